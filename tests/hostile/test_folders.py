"""The user's folders: nothing of theirs removed, no folder's mode changed, no output set torn.

Each test builds a one-scan case (its OCR shared through the session cache) in folders laid out
the way a user, a sync tool or another program could leave them.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.conftest import make_tiny_case, packet_command, sha256, snapshot

BAD_YAML = "schema: 1\nrespondent: [this is not a case file\n"


def run(*args: str | Path, tmp: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1", **env}
    if tmp is not None:
        environment["TMPDIR"] = str(tmp)
    return subprocess.run(
        packet_command(*args),
        capture_output=True,
        text=True,
        timeout=600,
        env=environment,
        stdin=subprocess.DEVNULL,
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


# --- the work-folder sweep ---


def test_only_work_folders_this_tool_made_are_removed(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    filed = tmp / "packet-2025-garcia"  # a user's folder holding a filed packet
    filed.mkdir()
    (filed / "packet-filing.pdf").write_bytes(b"%PDF-1.7 the filed packet")
    look_alike = tmp / "packet-2147483000-marquez"  # a number that is no running process
    look_alike.mkdir()
    (look_alike / "report.json").write_text("{}")
    case = make_tiny_case(tmp_path / "case", scans=0)
    (case / "case.yaml").write_text(BAD_YAML)
    kept = run("check", case, tmp=tmp, PACKET_KEEP_WORK="1")  # leaves its work folder behind
    assert kept.returncode == 2, kept.stderr
    abandoned = [p for p in tmp.glob("packet-*") if p not in (filed, look_alike)]
    assert len(abandoned) == 1, abandoned
    again = run("check", case, tmp=tmp)
    assert again.returncode == 2, again.stderr
    assert not abandoned[0].exists(), "the work folder of a finished build was not removed"
    assert (filed / "packet-filing.pdf").read_bytes() == b"%PDF-1.7 the filed packet"
    assert (look_alike / "report.json").is_file()


def test_an_output_folder_in_the_temporary_folder_survives_the_next_build(
    tmp_path: Path, ocr_cache: Path
) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    case = make_tiny_case(tmp_path / "case")
    out = tmp / "packet-2026-marquez"
    built = run("build", case, "-o", out, "--cache-dir", ocr_cache, tmp=tmp)
    assert built.returncode in (0, 1), built.stderr
    checked = run("check", case, "--cache-dir", ocr_cache, tmp=tmp)
    assert checked.returncode in (0, 1), checked.stderr
    assert (out / "packet-efile.pdf").is_file() and (out / "report.json").is_file()


# --- the output folder ---


@pytest.fixture
def two_cases(tmp_path: Path, ocr_cache: Path) -> tuple[Path, Path]:
    """Two cases; the second built with every variant, so its out/ holds a filing copy."""
    other = make_tiny_case(tmp_path / "other")
    built = run("build", other, "--variant", "all", "--cache-dir", ocr_cache)
    assert built.returncode in (0, 1), built.stderr
    return make_tiny_case(tmp_path / "case"), other


def test_a_planted_out_link_is_refused_and_nothing_is_written(
    two_cases: tuple[Path, Path], ocr_cache: Path
) -> None:
    case, other = two_cases
    (case / "out").symlink_to(other / "out")  # a link planted in the case folder
    before = snapshot(other)
    result = run("build", case, "--cache-dir", ocr_cache)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "is a link" in result.stderr and "-o" in result.stderr
    assert snapshot(other) == before, "the other case's packet or report was changed"


def test_a_shared_output_folder_keeps_its_mode_and_the_files_of_others(
    tmp_path: Path, ocr_cache: Path
) -> None:
    case = make_tiny_case(tmp_path / "case")
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp, or a team's drop folder
    theirs = shared / "packet-filing.pdf"  # someone's own file that happens to be named so
    theirs.write_bytes(b"%PDF-1.7 not made by this tool")
    (shared / "notes for the hearing.txt").write_text("mine")
    result = run("build", case, "-o", shared, "--cache-dir", ocr_cache)
    assert result.returncode in (0, 1), result.stderr
    assert mode(shared) == 0o1777, oct(mode(shared))
    assert theirs.read_bytes() == b"%PDF-1.7 not made by this tool"
    assert (shared / "notes for the hearing.txt").read_text() == "mine"
    assert mode(shared / "packet-efile.pdf") == 0o600  # what it wrote is still private


def test_a_users_file_named_like_a_packet_is_never_deleted(tmp_path: Path, ocr_cache: Path) -> None:
    case = make_tiny_case(tmp_path / "case")
    out = tmp_path / "out"
    assert run("build", case, "-o", out, "--cache-dir", ocr_cache).returncode in (0, 1)
    theirs = out / "packet-filing.pdf"  # not listed in report.json: not written by the tool
    theirs.write_bytes(b"%PDF-1.7 the user's own")
    assert run("build", case, "-o", out, "--cache-dir", ocr_cache).returncode in (0, 1)
    assert theirs.read_bytes() == b"%PDF-1.7 the user's own"


def test_no_folder_of_the_user_changes_mode(tmp_path: Path, ocr_cache: Path) -> None:
    case = make_tiny_case(tmp_path / "case")
    cache = tmp_path / "team-cache"
    cache.mkdir(mode=0o750)
    cache.chmod(0o750)
    folders = {p: mode(p) for p in (case, case / "scans", cache)}
    before = snapshot(case)
    for out in (case / "scans", case):  # the old packet would land among the evidence (#18)
        result = run("build", case, "-o", out, "--cache-dir", cache)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "holds the case's evidence" in result.stderr, result.stderr
    assert {p: mode(p) for p in folders} == folders
    assert snapshot(case) == before  # no packet folded into the evidence, nothing written


def test_a_new_output_folder_and_cache_are_private(tmp_path: Path, ocr_cache: Path) -> None:
    case = make_tiny_case(tmp_path / "case")
    old = os.umask(0)
    try:
        result = run("build", case, "-o", tmp_path / "new" / "out", "--cache-dir", ocr_cache)
    finally:
        os.umask(old)
    assert result.returncode in (0, 1), result.stderr
    assert mode(tmp_path / "new" / "out") == 0o700


# --- the whole output set at once ---

# A build killed by the system between renaming its packet and its report into place (the
# kill -9 trials hit that window only by chance): os.replace ends the process right after the
# packet is renamed.
KILLED_BETWEEN_RENAMES = """
import os, sys
real = os.replace
def replace(src, dst, *args, **kwargs):
    real(src, dst, *args, **kwargs)
    if str(dst).endswith("packet-efile.pdf"):
        os._exit(137)
os.replace = replace
from packet.cli import main
sys.argv = ["packet", *sys.argv[1:]]
main()
"""


def test_a_build_killed_between_its_renames_is_finished_by_the_next(
    tmp_path: Path, ocr_cache: Path
) -> None:
    case = make_tiny_case(tmp_path / "case")
    out = case / "out"
    assert run("build", case, "--cache-dir", ocr_cache).returncode in (0, 1)
    old_report, old_review = sha256(out / "report.json"), sha256(out / "review.html")
    text = (case / "case.yaml").read_text().replace("A111-222-333", "A111-222-444")
    (case / "case.yaml").write_text(text)  # a new A-number: a new packet and a new report
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED_BETWEEN_RENAMES,
            "build",
            str(case),
            "--cache-dir",
            str(ocr_cache),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    assert killed.returncode == 137, killed.stderr
    # the window: a new packet beside the old report and the old review page
    assert sha256(out / "report.json") == old_report
    assert sha256(out / "review.html") == old_review
    # The next build of the case finishes the set before anything else, even one that stops
    # at once on a broken case.yaml.
    (case / "case.yaml").write_text(BAD_YAML)
    broken = run("build", case, "--cache-dir", ocr_cache)
    assert broken.returncode == 2, broken.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["case"]["a_number"] == "111222444"
    assert report["outputs"][0]["bytes"] == (out / "packet-efile.pdf").stat().st_size
    assert sha256(out / "review.html") != old_review  # the review page of the new packet
    assert "111222444" in (out / "review.html").read_text(encoding="utf-8").replace("-", "")
    assert sorted(p.name for p in out.iterdir()) == [
        "packet-efile.pdf",
        "report.json",
        "review.html",
    ]
