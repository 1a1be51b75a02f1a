"""A case folder full of bad files still builds: each bad file is left out with a plain reason."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pty
import re
import signal
import stat
import struct
import subprocess
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from tests.hostile.conftest import (
    IS_ROOT,
    Build,
    expanded_pdf,
    limited_memory,
    make_tiny_case,
    packet_command,
    run_bounded,
    snapshot,
)
from tests.hostile.make_corpus import (
    ANSI_NAME,
    FIFO_NAME,
    MARKER,
    NFC_NAME,
    REJECTED,
    REJECTED_UNLESS_ROOT,
    USED,
    expected,
    make_round_two,
    round_two,
)

ACTIVE_KEYS = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFiles", b"/XFA")
TECHNICAL = re.compile(r"Traceback|\b[A-Z][A-Za-z]+(Error|Exception)\b|File \"")


def outcome(name: str) -> str:
    if expected()[name] == REJECTED_UNLESS_ROOT:
        return USED if IS_ROOT else REJECTED
    return expected()[name]


def test_the_build_exits_1_with_findings_not_3(hostile_build: Build) -> None:
    assert hostile_build.result.returncode == 1, hostile_build.result.stderr
    assert "Traceback" not in hostile_build.result.stderr + hostile_build.result.stdout
    assert hostile_build.packet.is_file()


@pytest.mark.parametrize("name", sorted(n for n in expected() if outcome(n) == REJECTED))
def test_each_bad_file_is_rejected_with_a_plain_reason(hostile_build: Build, name: str) -> None:
    rejected = {r["file"]: r["reason"] for r in hostile_build.report["rejected"]}
    assert name in rejected, f"{name!r} was not rejected"
    reason = rejected[name]
    assert 10 < len(reason) < 300 and not TECHNICAL.search(reason), reason
    findings = [f for f in hostile_build.report["findings"] if f.get("file") == name]
    assert [f["code"] for f in findings] == ["rejected-file"]
    assert findings[0]["severity"] == "error"


@pytest.mark.parametrize("name", sorted(n for n in expected() if outcome(n) == USED))
def test_each_good_file_is_used_whatever_its_name(hostile_build: Build, name: str) -> None:
    used = {d["file"]: d for d in hostile_build.report["documents"]}
    assert name in used, f"{name!r} was not used"
    assert used[name]["exhibit"] and used[name]["packet_pages"]


def test_specific_reasons_say_what_happened(hostile_build: Build) -> None:
    rejected = {r["file"]: r["reason"] for r in hostile_build.report["rejected"]}
    assert "empty" in rejected["scans/empty.pdf"]
    assert "password" in rejected["scans/user password.pdf"]
    assert "decompression bomb" in rejected["scans/bomb.png"]
    assert "decompression bomb" in rejected["scans/huge image claim.pdf"]
    assert "301 pages" in rejected["scans/too many pages.pdf"]
    assert "outside the case folder" in rejected["scans/link to outside.jpg"]
    assert "loop" in rejected["scans/loop.pdf"]
    assert "not followed" in rejected["scans/link to outside folder"]
    for name in ("scans/[/] notes [bold].pdf", "scans/archive.pdf", "scans/voicemail.jpg"):
        assert "not a PDF or an image" in rejected[name]
    for ext in ("jpg", "png", "tif"):
        assert "damaged or truncated" in rejected[f"scans/truncated-50.{ext}"]
    if not IS_ROOT:
        assert "permission" in rejected["scans/unreadable.jpg"]


def test_nothing_outside_the_case_folder_is_read_into_the_packet(hostile_build: Build) -> None:
    text = "".join(page.extract_text() for page in PdfReader(hostile_build.packet).pages)
    assert "ANOTHER CLIENT" not in text.upper()
    assert all(not d["file"].startswith("..") for d in hostile_build.report["documents"])


def test_every_usable_page_is_in_the_packet(hostile_build: Build) -> None:
    text = "".join(page.extract_text() for page in PdfReader(hostile_build.packet).pages)
    used = [n for n in expected() if outcome(n) == USED]
    assert text.count(MARKER) == len(used)
    for title in ("ACTIVE CONTENT LETTER", "BROKEN XREF LETTER", "PROTECTED LETTER"):
        assert title in text


def test_originals_are_never_modified(hostile_build: Build) -> None:
    assert snapshot(hostile_build.case_dir) == hostile_build.before


def test_the_output_folder_holds_only_the_packet_report_and_review(hostile_build: Build) -> None:
    assert sorted(p.name for p in hostile_build.out_dir.iterdir()) == [
        "packet-efile.pdf",
        "report.json",
        "review.html",
    ]


def test_no_active_content_reaches_the_packet(hostile_build: Build, tmp_path: Path) -> None:
    data = expanded_pdf(hostile_build.packet, tmp_path / "expanded.pdf")
    for key in ACTIVE_KEYS:
        assert not re.search(re.escape(key) + rb"(?![A-Za-z])", data), key
    reader = PdfReader(hostile_build.packet)
    assert "/OpenAction" not in reader.trailer["/Root"]
    assert "/Names" not in reader.trailer["/Root"] or not _holds_scripts(reader)
    for page in reader.pages:
        assert "/AA" not in page
        for annot in page.get("/Annots", ArrayObject()):
            annot = annot.get_object()
            assert "/A" not in annot and "/AA" not in annot, annot


def _holds_scripts(reader: PdfReader) -> bool:
    names = reader.trailer["/Root"]["/Names"].get_object()
    return any(k in names for k in ("/JavaScript", "/EmbeddedFiles"))


def test_the_active_content_letter_keeps_its_page(hostile_build: Build) -> None:
    record = next(
        d for d in hostile_build.report["documents"] if d["file"] == "scans/active content.pdf"
    )
    first, last = record["packet_pages"]
    page = PdfReader(hostile_build.packet).pages[first - 1]
    assert "ACTIVE CONTENT LETTER" in page.extract_text()
    assert first == last


def test_outputs_are_private_whatever_the_umask(hostile_build: Build) -> None:
    # The build ran with umask 000.
    assert stat.S_IMODE(hostile_build.out_dir.stat().st_mode) == 0o700
    for path in hostile_build.out_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def _objects(value: object, seen: set[int]) -> Iterator[object]:
    """Every object reachable from ``value`` (used to look for actions anywhere)."""
    if isinstance(value, IndirectObject):
        if value.idnum in seen:
            return
        seen.add(value.idnum)
        value = value.get_object()
    yield value
    if isinstance(value, DictionaryObject):
        for item in value.values():
            yield from _objects(item, seen)
    elif isinstance(value, ArrayObject):
        for item in value:
            yield from _objects(item, seen)


def test_no_action_dictionary_is_reachable_anywhere(hostile_build: Build) -> None:
    reader = PdfReader(hostile_build.packet)
    for obj in _objects(reader.trailer["/Root"], set()):
        if isinstance(obj, DictionaryObject):
            assert obj.get("/S") not in ("/JavaScript", "/Launch", "/URI", "/SubmitForm"), obj
            assert obj.get("/Subtype") != "/Link" or "/A" not in obj, obj


def test_odd_names_are_printed_as_they_are(hostile_build: Build) -> None:
    # Square brackets are markup to the terminal library; a name must never be read as markup.
    assert "scans/[/] notes [bold].pdf was left out" in hostile_build.result.stdout


def test_a_huge_file_is_rejected_without_reading_it_into_memory(tmp_path: Path) -> None:
    case = make_tiny_case(tmp_path / "case", scans=0)
    with (case / "scans" / "clip.jpg").open("wb") as f:
        f.truncate(3 * 1024**3)  # 3 GB on paper, nothing on disk (sparse)
    result = subprocess.run(
        packet_command("check", case, "--cache-dir", tmp_path / "cache"),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limited_memory,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    # the only file, rejected: nothing to build (exit 3), and the message names it
    assert result.returncode == 3, result.stderr
    assert "scans/clip.jpg: not a PDF or an image" in result.stderr


# --- round two: polyglots, PDFs that crashed, hung or exhausted a build, a pipe, names ---------


def two(name: str) -> str:
    return round_two()[name][1] if name in round_two() else REJECTED  # the pipe


def test_round_two_ends_in_time_with_findings_not_3(round_two_build: Build) -> None:
    result = round_two_build.result
    assert result.returncode is not None, result.stderr[:2000]  # None: it hung and was killed
    assert result.returncode == 1, result.stderr
    assert not TECHNICAL.search(result.stdout + result.stderr), result.stdout + result.stderr
    assert round_two_build.packet.is_file()


@pytest.mark.parametrize(
    "name", sorted([*(n for n in round_two() if two(n) == REJECTED), FIFO_NAME]), ids=repr
)
def test_round_two_bad_files_are_each_rejected_with_a_plain_reason(
    round_two_build: Build, name: str
) -> None:
    rejected = {r["file"]: r["reason"] for r in round_two_build.report["rejected"]}
    assert name in rejected, f"{name!r} was not rejected"
    assert 10 < len(rejected[name]) < 300 and not TECHNICAL.search(rejected[name]), rejected[name]
    findings = [f for f in round_two_build.report["findings"] if f.get("file") == name]
    assert [f["code"] for f in findings] == ["rejected-file"]


@pytest.mark.parametrize("name", sorted(n for n in round_two() if two(n) == USED), ids=repr)
def test_round_two_good_files_are_used(round_two_build: Build, name: str) -> None:
    used = {d["file"]: d for d in round_two_build.report["documents"]}
    assert name in used, f"{name!r} was not used"
    assert used[name]["exhibit"] and used[name]["packet_pages"]


def test_round_two_reasons_say_what_happened(round_two_build: Build) -> None:
    rejected = {r["file"]: r["reason"] for r in round_two_build.report["rejected"]}
    assert "certificate" in rejected["scans/certificate encrypted.pdf"]
    assert "encrypted" in rejected["scans/unknown encryption.pdf"]
    assert "not a regular file" in rejected[FIFO_NAME]
    for name in ("inline image bomb.pdf", "flate bomb.pdf", "two pages.tif"):
        assert "bomb" in rejected[f"scans/{name}"], rejected[f"scans/{name}"]
    assert "page 2" in rejected["scans/two pages.tif"]  # every page held to the same limit


def test_a_polyglot_photo_is_the_photo_every_viewer_shows(round_two_build: Build) -> None:
    used = {d["file"]: d for d in round_two_build.report["documents"]}
    reader = PdfReader(round_two_build.packet)
    for name in ("scans/photo-a.jpg", "scans/photo-b.png"):
        assert used[name]["type"] != "birth_certificate", used[name]
        first, _ = used[name]["packet_pages"]
        assert "FAMILY PICNIC" in reader.pages[first - 1].extract_text().upper()
    # The PDF hidden after each image's end was never read: the claimed child still has no
    # birth certificate, and nothing of the hidden PDF is in the packet.
    missing = [f for f in round_two_build.report["findings"] if f.get("claim") == "children[0]"]
    assert [f["code"] for f in missing] == ["missing-evidence"]
    text = "".join(page.extract_text() for page in reader.pages).upper()
    assert "CERTIFICATE OF LIVE BIRTH" not in text


def test_names_are_printed_with_control_characters_escaped(round_two_build: Build) -> None:
    printed = round_two_build.result.stdout + round_two_build.result.stderr
    assert "\x1b" not in printed and "\x07" not in printed
    shown = ANSI_NAME.encode("unicode_escape").decode()
    assert shown in printed  # the name is still recognisable


def test_names_are_escaped_on_a_terminal_too(tmp_path: Path, ocr_cache: Path) -> None:
    """On a terminal the output is styled and drawn with progress bars: a file name's own
    escape sequences must still never reach it raw."""
    case = make_tiny_case(tmp_path / "case")
    (case / ANSI_NAME).write_bytes(b"")  # rejected, so that its name is printed
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 250, 0, 0))
    process = subprocess.Popen(
        packet_command("check", case, "--cache-dir", ocr_cache),
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=terminal,
        env={**os.environ, "OMP_THREAD_LIMIT": "1", "TERM": "xterm-256color"},
    )
    os.close(terminal)
    shown = b""
    with contextlib.suppress(OSError):  # EIO: the command ended and closed the terminal
        while chunk := os.read(controller, 65536):
            shown += chunk
    os.close(controller)
    assert process.wait(timeout=600) == 1, shown.decode(errors="replace")
    for raw in (b"\x1b[2J", b"\x1b]0;", b"\x07", b"\x1b[32m0 errors"):
        assert raw not in shown, (raw, shown.decode(errors="replace"))
    assert rb"\x1b[2J\x1b]0;owned\x07\x1b[32m0" in shown, shown.decode(errors="replace")


def test_a_file_named_in_case_yaml_is_found_whatever_its_unicode_form(
    round_two_build: Build,
) -> None:
    used = {d["file"]: d for d in round_two_build.report["documents"]}
    assert used[NFC_NAME]["type"] == "letter_of_support"  # its documents: entry applied


def test_a_batch_holding_the_hostile_case_writes_its_report(
    tmp_path: Path, ocr_cache: Path, round_two_build: Build
) -> None:
    cases = tmp_path / "cases"
    make_round_two(cases)  # cases/case; its scans are in the session cache
    make_tiny_case(cases / "tiny")
    result = run_bounded(
        packet_command("batch", cases, "-o", tmp_path / "out", "--cache-dir", ocr_cache)
    )
    assert result.returncode is not None, result.stderr[:2000]
    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads((tmp_path / "out" / "batch-report.json").read_text(encoding="utf-8"))
    assert {c["case"]: c["status"] for c in report["cases"]} == {
        "case": "findings",
        "tiny": "findings",  # no identity document: an error, as in every tiny case
    }


@pytest.mark.parametrize("delay", [1.5, 3.0, 6.0])
def test_sigterm_ends_a_build_reading_a_hostile_file_within_seconds(
    tmp_path: Path, delay: float
) -> None:
    """Forms that draw each other 2^40 times recursed in the build's own process and ignored
    SIGTERM twice. Whatever it is reading when the signal comes, the build ends in seconds."""
    case = make_tiny_case(tmp_path / "case", scans=0)  # the form bomb is its one file
    (case / "scans" / "form fan-out.pdf").write_bytes(round_two()["scans/form fan-out.pdf"][0]())
    process = subprocess.Popen(
        packet_command("build", case, "--cache-dir", tmp_path / "cold"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    time.sleep(delay)
    sent = time.monotonic()
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    took = time.monotonic() - sent
    assert took < 10, f"SIGTERM took {took:.1f} s to end the build"
    # 143: stopped; -15: still starting (nothing written yet); 3: it had already finished (the
    # one file rejected, nothing to build)
    assert process.returncode in (143, -signal.SIGTERM, 3), stderr
    assert "Traceback" not in stderr
