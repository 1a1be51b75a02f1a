"""`packet check` end to end on the demo case with real OCR, plus a copied file and a re-scan.

One scenario, run once per session: `packet check` (text and --json) and `packet build --strict`
on the same folder. The findings themselves are pinned in test_check.py; here we pin what the
paralegal sees and that nothing but the OCR cache is written.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, DemoBuild, run_packet, tree_hashes

# A fixed "today" (2026-11-01) so the residence timeline does not move with the calendar.
TODAY_EPOCH = {"SOURCE_DATE_EPOCH": "1793491200"}


@dataclass
class CheckRun:
    case_dir: Path
    before: dict[str, str]
    text: subprocess.CompletedProcess[str]
    json: subprocess.CompletedProcess[str]
    strict: subprocess.CompletedProcess[str]
    build: subprocess.CompletedProcess[str]  # not strict, written outside the case folder
    out_dir: Path

    @property
    def findings(self) -> list[dict]:
        return json.loads(self.json.stdout)["findings"]


def rescan_of_the_pastors_letter() -> bytes:
    """The same paper photographed again: another turn, other specks, lower JPEG quality."""
    spec = importlib.util.spec_from_file_location("demo_scans", REPO / "samples/make_demo_scans.py")
    assert spec and spec.loader
    scans = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scans)
    page = scans.as_scan(scans.render(scans.PASTOR), random.Random(3))
    return scans.jpeg_bytes(page, quality=60)


@pytest.fixture(scope="session")
def check_run(
    demo_build: DemoBuild, demo_scans: Path, ocr_cache: Path, tmp_path_factory
) -> CheckRun:
    # After the demo build, which reads the demo scans cold: only the re-scan is OCR'd here.
    case_dir = tmp_path_factory.mktemp("check") / "demo-case"
    shutil.copytree(demo_scans, case_dir, ignore=shutil.ignore_patterns("out"))
    shutil.copy(case_dir / "scans/g28.pdf", case_dir / "scans/g28_copy.pdf")
    (case_dir / "scans/pastor_again.jpg").write_bytes(rescan_of_the_pastors_letter())
    before = tree_hashes(case_dir)
    common = (case_dir, "--cache-dir", ocr_cache)
    out_dir = case_dir.parent / "elsewhere"
    return CheckRun(
        case_dir,
        before,
        run_packet("check", *common, env=TODAY_EPOCH),
        run_packet("check", *common, "--json", env=TODAY_EPOCH),
        run_packet("build", *common, "--strict", env=TODAY_EPOCH),
        run_packet("build", *common, "-o", out_dir, env=TODAY_EPOCH),
        out_dir,
    )


def test_check_exits_1_while_errors_remain(check_run: CheckRun) -> None:
    for result in (check_run.text, check_run.json, check_run.strict, check_run.build):
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_check_writes_only_its_review_page(check_run: CheckRun) -> None:
    written = tree_hashes(check_run.case_dir)
    assert {k: v for k, v in written.items() if k != "out/review.html"} == check_run.before
    assert "out/review.html" in written
    assert "Review page: " in check_run.text.stdout
    assert json.loads(check_run.json.stdout)["schema"] == "packet-check/1"  # JSON, no prose


def test_strict_build_refuses_to_write_anything(check_run: CheckRun) -> None:
    assert "No packet written" in check_run.strict.stderr
    assert "not even report.json" in check_run.strict.stderr
    assert [p.name for p in (check_run.case_dir / "out").iterdir()] == ["review.html"]  # check's


def test_findings_are_grouped_by_severity_and_end_with_the_verdict(check_run: CheckRun) -> None:
    lines = check_run.text.stdout.rstrip().splitlines()
    errors = sum(f["severity"] == "error" for f in check_run.findings)
    warnings = sum(f["severity"] == "warning" for f in check_run.findings)
    assert errors == 1
    assert lines[-1] == f"1 error, {warnings} warnings: not ready to file"
    headings = [line for line in lines if re.fullmatch(r"(Errors|Warnings) \(\d+\)", line)]
    assert headings == ["Errors (1)", f"Warnings ({warnings})"]
    error_at = lines.index("Errors (1)")
    assert lines[error_at + 1].startswith("  [children[1]] No birth certificate names Mateo")


def test_both_copies_are_found_and_each_names_the_one_kept(check_run: CheckRun) -> None:
    duplicates = {f["file"]: f for f in check_run.findings if f["code"] == "duplicate-document"}
    assert set(duplicates) == {"scans/g28_copy.pdf", "scans/pastor_again.jpg"}
    assert "identical bytes" in duplicates["scans/g28_copy.pdf"]["message"]
    assert "keeps scans/letter_pastor.jpg only" in duplicates["scans/pastor_again.jpg"]["message"]


def test_the_timeline_shows_each_claimed_year(check_run: CheckRun) -> None:
    out = check_run.text.stdout
    assert "Residence claimed since September 10, 2005" in out
    rows = dict(re.findall(r"^  (\d{4})  ([#!\- ]{12}|[#!\- ]+)", out, re.M))
    assert sorted(rows) == [str(y) for y in range(2005, 2027)]
    assert rows["2015"] == "#" * 12  # the lease term and the probation record
    assert "scans/lease_2014.jpg" in re.search(r"^  2015 .*$", out, re.M).group(0)


def test_json_is_the_findings_part_of_the_report(check_run: CheckRun) -> None:
    findings = check_run.findings
    assert all(set(f) >= {"code", "severity", "claim", "file", "page", "message"} for f in findings)
    gaps = [f for f in findings if f["code"] == "residence-gap"]
    assert gaps and all(f["from"] <= f["to"] and f["claim"] == "residence_since" for f in gaps)
    assert gaps[-1]["to"] == "2026-11-01"
    text_messages = check_run.text.stdout.replace("\n", " ")
    assert all(f["message"][:40] in text_messages for f in findings)


def test_the_packet_files_one_copy_of_each_paper(check_run: CheckRun) -> None:
    report = json.loads((check_run.out_dir / "report.json").read_text(encoding="utf-8"))
    exhibits = {d["file"]: d["exhibit"] for d in report["documents"]}
    assert exhibits["scans/pastor_again.jpg"] is None and exhibits["scans/g28_copy.pdf"] is None
    assert exhibits["scans/letter_pastor.jpg"]
    # the G-28 is filed in the front matter, without a tab letter, but on its own packet page
    pages = {d["file"]: d["packet_pages"] for d in report["documents"]}
    assert pages["scans/g28.pdf"] and pages["scans/g28_copy.pdf"] is None
    assert report["findings"] == check_run.findings


HEAVY = ("pypdf", "pikepdf", "reportlab", "ocrmypdf", "dask", "numpy", "py3langid", "PIL", "cv2")


def test_a_warm_check_reads_no_pdf_and_loads_no_heavy_library(
    check_run: CheckRun, ocr_cache: Path
) -> None:
    """What a paralegal runs after every edit of case.yaml: with every scan in the cache it
    needs no PDF library, image library or language model, so it starts in a blink. The
    certificate's empty signature line is still told, from what was read with its page."""
    show = (
        "import runpy, sys\n"
        "sys.argv = ['packet', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('packet', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        f"print('LOADED', sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    case, cache = str(check_run.case_dir), str(ocr_cache)  # the session's: every scan read above
    result = subprocess.run(
        [sys.executable, "-c", show, "check", case, "--json", "--cache-dir", cache],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **TODAY_EPOCH},
        timeout=300,
    )
    assert "LOADED []" in result.stderr, result.stderr
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    lacking = [f for f in json.loads(result.stdout)["findings"] if "signature" in f["message"]]
    assert "incomplete-translation-certificate" in codes and lacking
