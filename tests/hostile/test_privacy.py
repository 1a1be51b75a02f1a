"""Nothing about the machine or the person running the build leaks into what is filed."""

from __future__ import annotations

import getpass
import os
import re
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.hostile.conftest import (
    IS_ROOT,
    TINY_CASE_YAML,
    Build,
    expanded_pdf,
    make_tiny_case,
    packet_command,
)
from tests.hostile.make_corpus import EXIF_DESCRIPTION, XMP_PATH

WORK_FOLDER = re.compile(rb"packet-\d+-")  # the build's work folder: packet-<pid>-<random>


def machine_strings(build: Build, cache: Path) -> dict[str, bytes]:
    """What must not appear in any output: paths of this machine, the user, temp folders."""
    strings = {
        "case folder": str(build.case_dir.resolve()),
        "output folder": str(build.out_dir.resolve()),
        "cache folder": str(cache.resolve()),
        "temporary folder": tempfile.gettempdir() + "/",
        "home folder": str(Path.home()) + "/",
    }
    user = getpass.getuser()
    found = {name: value.encode() for name, value in strings.items()}
    # As root the user name is "root", which is part of PDF syntax (/Root): search it as a word.
    found["user name"] = f"/{user}/".encode() if user == "root" else user.encode()
    return found


def test_no_output_names_a_path_the_user_or_a_temp_folder(
    hostile_build: Build, ocr_cache: Path, tmp_path: Path
) -> None:
    forbidden = machine_strings(hostile_build, ocr_cache)
    outputs = {
        "report.json": (hostile_build.out_dir / "report.json").read_bytes(),
        "review.html": (hostile_build.out_dir / "review.html").read_bytes(),
        "packet (raw)": hostile_build.packet.read_bytes(),
        "packet (streams expanded)": expanded_pdf(hostile_build.packet, tmp_path / "x.pdf"),
        "packet metadata": repr(PdfReader(hostile_build.packet).metadata).encode(),
    }
    for output, data in outputs.items():
        for name, value in forbidden.items():
            assert value not in data, f"{output} contains the {name} ({value!r})"
        assert not WORK_FOLDER.search(data), f"{output} names a work folder"


def test_the_report_names_files_relative_to_the_case(hostile_build: Build) -> None:
    report = hostile_build.report
    for record in report["documents"] + report["rejected"]:
        assert not record["file"].startswith(("/", "..")), record
    assert [o["path"] for o in report["outputs"]] == ["packet-efile.pdf"]


@pytest.fixture(scope="module")
def offline_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """A whole build with OCR, in a network namespace with no interfaces, under umask 000."""
    if not IS_ROOT:
        pytest.skip("a new network namespace needs root (unshare --net); not root here")
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    root = tmp_path_factory.mktemp("offline")
    case = make_tiny_case(root / "case")
    (case / "case.yaml").write_text(TINY_CASE_YAML, encoding="utf-8")
    cache = root / "new" / "cache"  # does not exist yet: the build makes it
    command = ["unshare", "--net", *packet_command("build", case, "--cache-dir", cache)]
    old = os.umask(0)
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    finally:
        os.umask(old)
    if "unshare failed" in result.stderr:
        pytest.skip(f"cannot make a network namespace here: {result.stderr.strip()}")
    return case / "out", cache, result.returncode


def test_a_whole_build_succeeds_with_no_network(offline_build: tuple[Path, Path, int]) -> None:
    out, _, code = offline_build
    assert code in (0, 1)
    assert (out / "packet-efile.pdf").is_file()
    text = PdfReader(out / "packet-efile.pdf").pages[-1].extract_text()
    assert "LETTER OF SUPPORT" in text.upper()  # read by OCR inside the namespace


def test_outputs_and_cache_are_private_under_umask_000(
    offline_build: tuple[Path, Path, int],
) -> None:
    out, cache, _ = offline_build
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700


# What no one sees on a page of a sender's PDF must not be passed on to OPLA and the court.
HIDDEN = {
    "a script": rb"/JavaScript(?![A-Za-z])|/JS(?![A-Za-z])",
    "a launch action": rb"/Launch(?![A-Za-z])",
    "an attachment": rb"/EmbeddedFile",
    "private application data": rb"/PieceInfo",
    "article threads and beads": rb"/Threads?(?![A-Za-z])|/Bead(?![A-Za-z])",
    "XMP metadata": rb"/Metadata(?![A-Za-z])|x:xmpmeta",
    "a path on the sender's computer": re.escape(XMP_PATH.encode()) + rb"|jdoe",
    "EXIF data": rb"Exif\x00\x00",
    "a photo's description": re.escape(EXIF_DESCRIPTION.encode()),
    "a photo's comment": rb"taken at the client's home",
    "an action": rb"/AA(?![A-Za-z])|/OpenAction",
}


def test_nothing_hidden_on_a_page_reaches_the_packet(
    round_two_build: Build, tmp_path: Path
) -> None:
    data = expanded_pdf(round_two_build.packet, tmp_path / "expanded.pdf")
    for what, pattern in HIDDEN.items():
        found = re.search(pattern, data)
        assert not found, f"the packet holds {what}: {found.group()!r}"


def test_the_page_that_hid_them_is_filed_as_it_prints(round_two_build: Build) -> None:
    record = next(
        d for d in round_two_build.report["documents"] if d["file"] == "scans/hidden content.pdf"
    )
    first, last = record["packet_pages"]
    assert first == last
    page = PdfReader(round_two_build.packet).pages[first - 1]
    text = page.extract_text()
    assert "HIDDEN CONTENT LETTER" in text
    assert "Signed, Pastor Invented" in text  # drawn by the form XObject that carried /AA
    assert _images_drawn(page) == 1  # the photo is there, without its EXIF


def _images_drawn(page: object) -> int:
    """Image XObjects on the page, nested forms included."""
    count, pending, seen = 0, [page["/Resources"]], set()
    while pending:
        resources = pending.pop().get_object()
        for xobject in resources.get("/XObject", {}).values():
            xobject = xobject.get_object()
            if id(xobject) in seen:
                continue
            seen.add(id(xobject))
            if xobject["/Subtype"] == "/Image":
                count += 1
            elif "/Resources" in xobject:
                pending.append(xobject["/Resources"])
    return count
