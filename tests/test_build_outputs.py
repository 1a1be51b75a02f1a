"""What `packet build` writes, end to end on the demo case: reproducible, split, never torn."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import DemoBuild, run_packet

EPOCH = "1700000000"  # 2023-11-14 22:13:20 UTC


def copy_of_demo(demo_build: DemoBuild, folder: Path) -> Path:
    """A fresh copy of the demo case; ``demo_build`` has already filled the OCR cache."""
    case_dir = folder / "demo-case"
    shutil.copytree(demo_build.case_dir, case_dir, ignore=shutil.ignore_patterns("out"))
    return case_dir


def packet_hashes(out_dir: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out_dir.iterdir())
        if not p.name.startswith(".partial-")
    }


def test_two_builds_of_the_same_case_are_byte_identical(
    demo_build: DemoBuild, ocr_cache: Path, tmp_path: Path
) -> None:
    case_dir = copy_of_demo(demo_build, tmp_path)
    hashes = []
    for out in ("first", "second"):
        result = run_packet(
            "build",
            case_dir,
            "-o",
            tmp_path / out,
            "--cache-dir",
            ocr_cache,
            env={"SOURCE_DATE_EPOCH": EPOCH},
        )
        assert result.returncode == 1, result.stderr  # the demo's deliberate gap
        hashes.append(packet_hashes(tmp_path / out)["packet-efile.pdf"])
    assert hashes[0] == hashes[1]
    info = PdfReader(tmp_path / "first" / "packet-efile.pdf").metadata
    assert info["/CreationDate"] == "D:20231114221320Z"


def test_max_mb_splits_the_efile_copy_and_the_report_lists_the_parts(
    demo_build: DemoBuild, ocr_cache: Path, tmp_path: Path
) -> None:
    case_dir = copy_of_demo(demo_build, tmp_path)
    # The demo packet is ~1.3 MB (1-bit G4 text pages): half a MB makes it split.
    result = run_packet("build", case_dir, "--max-mb", "0.5", "--cache-dir", ocr_cache)
    assert result.returncode == 1, result.stderr
    out = case_dir / "out"
    outputs = json.loads((out / "report.json").read_text(encoding="utf-8"))["outputs"]
    assert len(outputs) > 1
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["report.json", "review.html", *(o["path"] for o in outputs)]
    )
    whole = demo_build.report["outputs"][0]
    page = 1
    for n, output in enumerate(outputs, start=1):
        assert output["variant"] == "efile" and output["part"] == n
        assert output["path"] == f"packet-efile-part{n}.pdf"
        assert output["bytes"] == (out / output["path"]).stat().st_size <= 500_000
        assert output["packet_pages"][0] == page
        page = output["packet_pages"][1] + 1
        assert output["bytes_per_page"] == round(output["bytes"] / output["pages"])
        assert f"Packet (efile, part {n})" in result.stdout
    assert page - 1 == whole["pages"]


def test_variant_all_builds_the_three_copies(
    demo_build: DemoBuild, ocr_cache: Path, tmp_path: Path
) -> None:
    case_dir = copy_of_demo(demo_build, tmp_path)
    result = run_packet("build", case_dir, "--variant", "all", "--cache-dir", ocr_cache)
    assert result.returncode == 1, result.stderr
    report = json.loads((case_dir / "out" / "report.json").read_text(encoding="utf-8"))
    pages = {o["variant"]: o["pages"] for o in report["outputs"]}
    assert set(pages) == {"efile", "filing", "service"}
    assert pages["efile"] < pages["filing"] < pages["service"]
    again = run_packet("build", case_dir, "--variant", "efile", "--cache-dir", ocr_cache)
    assert again.returncode == 1, again.stderr
    # no filing copy from the earlier build is left to be printed by mistake
    left = sorted(p.name for p in (case_dir / "out").iterdir())
    assert left == ["packet-efile.pdf", "report.json", "review.html"]


def test_a_build_killed_while_writing_leaves_the_previous_packet_in_place(
    demo_build: DemoBuild, ocr_cache: Path, tmp_path: Path
) -> None:
    case_dir = tmp_path / "demo-case"
    shutil.copytree(demo_build.case_dir, case_dir)  # with the packet the demo build wrote
    out = case_dir / "out"
    before = packet_hashes(out)
    killed = 0
    for delay in (0.0, 0.02, 0.05):
        # another date (so other bytes), split into parts: a long stretch of writing to interrupt
        command = ["build", str(case_dir), "--max-mb", "3", "--cache-dir", str(ocr_cache)]
        build = subprocess.Popen(
            [sys.executable, "-m", "packet", *command],
            env={**os.environ, "OMP_THREAD_LIMIT": "1", "SOURCE_DATE_EPOCH": EPOCH},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while build.poll() is None and not list(out.glob(".partial-*")):
            time.sleep(0.001)
        time.sleep(delay)
        if build.poll() is not None:
            continue  # it finished first: nothing was interrupted this time
        build.kill()  # SIGKILL: no clean-up runs
        build.wait()
        killed += 1
        assert packet_hashes(out) == before, f"killed {delay}s into writing"
        check = subprocess.run(["qpdf", "--check", str(out / "packet-efile.pdf")])
        assert check.returncode == 0
    assert killed >= 2, "the builds finished before they could be interrupted"


def test_the_demo_packet_names_no_folder_of_this_machine(
    demo_build: DemoBuild, ocr_cache: Path
) -> None:
    plain = subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(demo_build.packet), "-"],
        capture_output=True,
    ).stdout
    for leak in (str(demo_build.case_dir), str(ocr_cache), "/tmp/", str(Path.home())):
        assert leak.encode() not in plain, leak
    assert not re.search(rb"packet-[a-z0-9_]{8}/", plain)  # the build's work folder
