"""Fixtures of the hostile suite: the corpus is generated once and built once per session."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import BuiltCase, run_packet
from tests.hostile.make_corpus import CASE_YAML, make_corpus, make_round_two, scan

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
MEMORY_LIMIT = 1_500_000_000  # bytes of address space a hostile input may make a command use
HANG_LIMIT = 300  # seconds a build of a hostile case may take before it counts as hung
TINY_CASE_YAML = CASE_YAML  # the smallest valid case: respondent and request only


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every entry under ``folder`` (links not followed): its mode and content hash."""
    entries = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            info = path.lstat()
            digest = ""
            if stat.S_ISREG(info.st_mode):
                path.chmod(info.st_mode | stat.S_IRUSR)  # the unreadable file, read by us
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                path.chmod(info.st_mode)
            elif stat.S_ISLNK(info.st_mode):
                digest = os.readlink(path)
            entries[path.relative_to(folder).as_posix()] = (info.st_mode, digest)
    return entries


def limited_memory() -> None:
    """For subprocess preexec_fn: cap the command's address space at MEMORY_LIMIT."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def expanded_pdf(pdf: Path, dest: Path) -> bytes:
    """The PDF with every stream uncompressed, to search its bytes for what must not be there."""
    subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(pdf), str(dest)],
        check=False,  # exit 3 means "warnings", and the output is still written
        capture_output=True,
    )
    return dest.read_bytes()


@dataclass
class Build(BuiltCase):
    before: dict[str, tuple[int, str]]


@pytest.fixture(scope="session")
def corpus_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    make_corpus(root)
    return root


@pytest.fixture(scope="session")
def hostile_build(corpus_root: Path, ocr_cache: Path) -> Iterator[Build]:
    """The whole corpus built once, with umask 000 so that privacy cannot come from the umask."""
    case_dir = corpus_root / "case"
    out_dir = corpus_root / "packet-out"
    before = snapshot(case_dir)
    old = os.umask(0)
    try:
        result = run_packet("build", case_dir, "-o", out_dir, "--cache-dir", ocr_cache)
    finally:
        os.umask(old)
    yield Build(case_dir, out_dir, result, before)


@pytest.fixture(scope="session")
def round_two_build(tmp_path_factory: pytest.TempPathFactory, ocr_cache: Path) -> Build:
    """The second hostile case built once, every process of it limited to MEMORY_LIMIT, and
    given HANG_LIMIT seconds: a build that hangs is stopped and counts as a failure."""
    root = tmp_path_factory.mktemp("round-two")
    case_dir = make_round_two(root)
    out_dir = root / "out"
    before = snapshot(case_dir)
    result = run_bounded(packet_command("build", case_dir, "-o", out_dir, "--cache-dir", ocr_cache))
    return Build(case_dir, out_dir, result, before)


def run_bounded(command: list[str], seconds: float = HANG_LIMIT) -> subprocess.CompletedProcess:
    """Run a command as a user would, in its own process group, under MEMORY_LIMIT; after
    ``seconds`` the whole group is killed and the result says so (return code None)."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        preexec_fn=limited_memory,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=seconds)
        code = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        code, stderr = None, f"HUNG: still running after {seconds} s\n{stderr}"
    return subprocess.CompletedProcess(command, code, stdout, stderr)  # type: ignore[arg-type]


def make_tiny_case(folder: Path, scans: int = 1) -> Path:
    (folder / "scans").mkdir(parents=True, exist_ok=True)
    (folder / "case.yaml").write_text(TINY_CASE_YAML, encoding="utf-8")
    for i in range(scans):
        (folder / "scans" / f"letter-{i}.jpg").write_bytes(scan(f"Letter of support {i}"))
    return folder


def packet_command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "packet", *map(str, args)]


def copy_case(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest, symlinks=True)
    return dest


# The figures of docs/reliability.md, measured: with PACKET_RELIABILITY_LOG=file, each run of
# the hostile suite appends how many of its tests ran, passed and failed, by file. Every crash
# (exit 3 or a traceback), hang (a time guard), change to the user's files or torn packet is a
# failed assertion of one of them: zero failures is zero of each.
_OUTCOMES: dict[str, dict[str, int]] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or report.outcome != "passed":
        file = report.nodeid.split("::")[0].rsplit("/", 1)[-1]
        counts = _OUTCOMES.setdefault(file, {"passed": 0, "failed": 0, "skipped": 0})
        counts[report.outcome] += 1


def pytest_sessionfinish(session: pytest.Session) -> None:
    log = os.environ.get("PACKET_RELIABILITY_LOG")
    if log and _OUTCOMES:
        import json

        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"what": "hostile tests", "by_file": _OUTCOMES}) + "\n")
