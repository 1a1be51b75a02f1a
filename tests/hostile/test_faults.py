"""Faults during a build: kill -9, Ctrl-C, SIGTERM, a full disk, two builds at once, a damaged
cache. Whatever happens, a packet on disk is always complete and originals are never touched."""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from packet import atomic
from packet.cache import ENTRY_FORMAT, OcrCache
from packet.config import load_config
from packet.ingest import identify
from packet.ocr import versions as ocr_versions
from packet.reading import source_cache_key
from tests.hostile.conftest import (
    IS_ROOT,
    make_tiny_case,
    packet_command,
    sha256,
    snapshot,
)

KILL_TRIALS = 20  # with a warm cache, spread from start-up to the last write
COLD_KILL_TRIALS = 4  # with an empty cache, during OCR
SIGNAL_DEADLINE = 10.0  # seconds a build may take to stop after Ctrl-C or SIGTERM
OUTPUTS = ("packet-efile.pdf", "report.json", "review.html")


@dataclass
class Scene:
    """A case whose previous packet is on disk, and the environment builds of it run in."""

    case_dir: Path
    out_dir: Path
    cache: Path
    tmp: Path  # the builds' TMPDIR, to see their work folders

    def env(self, marker: str = "") -> dict[str, str]:
        return {
            **os.environ,
            "OMP_THREAD_LIMIT": "1",
            "TMPDIR": str(self.tmp),
            "PACKET_TRIAL": marker,
        }

    def start(self, *extra: str | Path, cache: Path | None = None, marker: str = ""):
        args = ["build", self.case_dir, "-o", self.out_dir, "--cache-dir", cache or self.cache]
        return subprocess.Popen(
            packet_command(*args, *extra),
            env=self.env(marker),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group, like a command typed in a terminal
            preexec_fn=as_typed_in_a_terminal,
        )

    def build(self, *extra: str | Path, cache: Path | None = None) -> subprocess.CompletedProcess:
        process = self.start(*extra, cache=cache)
        stdout, stderr = process.communicate(timeout=600)
        return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)

    def outputs(self) -> dict[str, str]:
        return {n: sha256(self.out_dir / n) for n in OUTPUTS if (self.out_dir / n).exists()}

    def keep(self) -> dict[str, str]:
        """Keep a copy of the outputs as they are now, to put back between trials."""
        kept = self.out_dir.parent / "kept"
        kept.mkdir(exist_ok=True)
        for name in OUTPUTS:
            shutil.copyfile(self.out_dir / name, kept / name)
        return self.outputs()

    def put_back(self) -> None:
        for name in OUTPUTS:
            shutil.copyfile(self.out_dir.parent / "kept" / name, self.out_dir / name)

    def work_folders(self) -> list[Path]:
        return list(self.tmp.glob("packet-*"))


REVISIONS = itertools.count(100)


def revise(case_dir: Path, words: str) -> None:
    """Change the case so that a new packet and a new report both differ from the previous ones:
    a new A-number (stamped on every page, and in the report) and a new narrative."""
    path = case_dir / "case.yaml"
    text = path.read_text(encoding="utf-8").split("request:")[0]
    text = re.sub(r'a_number: "[^"]*"', f'a_number: "A111-222-{next(REVISIONS)}"', text)
    path.write_text(text + f"request:\n  type: dismissal\n  narrative: {words}\n", encoding="utf-8")


def processes_with(marker: str, folder: Path) -> list[int]:
    """Processes of a build still running: ``marker`` in their environment (the build and its
    workers) or ``folder``, the builds' TMPDIR, on their command line (Tesseract, which is
    started with an environment of its own)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        with contextlib.suppress(OSError):
            if f"PACKET_TRIAL={marker}".encode() in (proc / "environ").read_bytes() or (
                str(folder).encode() in (proc / "cmdline").read_bytes()
            ):
                found.append(int(proc.name))
    return found


def wait_until_gone(marker: str, folder: Path, seconds: float = 10.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := processes_with(marker, folder)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def assert_complete(scene: Scene, previous: dict[str, str], revised: bool = True) -> str:
    """The outputs are the previous ones exactly, or a complete new pair. Returns which.

    ``revised``: the case changed since the previous packet, so a new packet differs from it
    (the same case builds a byte-identical packet on the same day, and its report may differ
    only in its timings, or not at all)."""
    # A kill between two renames of the set leaves its journal: the next build of the folder
    # finishes the set before anything else (test_folders.py); done here as that build would.
    if (scene.out_dir / atomic.JOURNAL).exists():
        assert atomic.finish_interrupted_commit(scene.out_dir)
    now = scene.outputs()
    assert set(now) == set(OUTPUTS), now
    if now == previous:
        return "previous"
    if revised:  # the revision shows in both files
        assert now["report.json"] != previous["report.json"], "a new packet with the old report"
        assert now["packet-efile.pdf"] != previous["packet-efile.pdf"], "an old packet, new report"
        assert now["review.html"] != previous["review.html"], "a new packet, the old review page"
    packet = scene.out_dir / "packet-efile.pdf"
    check = subprocess.run(["qpdf", "--check", str(packet)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads((scene.out_dir / "report.json").read_text(encoding="utf-8"))
    assert report["outputs"][0]["bytes"] == packet.stat().st_size
    return "new"


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory, ocr_cache: Path) -> Scene:
    root = tmp_path_factory.mktemp("faults")
    (root / "tmp").mkdir()
    case_dir = make_tiny_case(root / "case", scans=3)
    built = Scene(case_dir, root / "out", ocr_cache, root / "tmp")
    result = built.build()
    assert result.returncode in (0, 1), result.stderr
    return built


@pytest.fixture(scope="module")
def build_seconds(scene: Scene) -> float:
    """How long a build takes with a warm cache, to spread kill -9 moments over it."""
    seconds = []
    for attempt in range(2):
        revise(scene.case_dir, f"Timing {attempt}.")
        start = time.monotonic()
        assert scene.build("--jobs", "1").returncode in (0, 1)
        seconds.append(time.monotonic() - start)
    return max(seconds)


def test_kill_9_at_any_moment_leaves_a_complete_packet(scene: Scene, build_seconds: float) -> None:
    previous = scene.keep()
    original = snapshot(scene.case_dir)
    seen = {"previous": 0, "new": 0}
    for trial in range(KILL_TRIALS):
        revise(scene.case_dir, f"Trial {trial}.")
        marker = uuid.uuid4().hex
        delay = build_seconds * 1.5 * trial / (KILL_TRIALS - 1)
        process = scene.start("--jobs", "1", marker=marker)
        if trial == KILL_TRIALS - 1:
            # The last kill comes once the new set is on disk, however slow the machine is
            # today: the spread always reaches past the last write.
            _wait_for_new_outputs(scene, process, previous)
        else:
            time.sleep(delay)  # the first at once: always before anything is written
        process.kill()
        # Orphaned workers would hold the build's pipes open: a timeout here is a failure.
        process.communicate(timeout=30)
        assert not wait_until_gone(marker, scene.tmp), "workers outlived a killed build"
        seen[assert_complete(scene, previous)] += 1
        scene.put_back()  # the next trial starts from the previous packet, leftovers and all
    _record("kill -9 (warm cache)", KILL_TRIALS, seen)
    assert seen["previous"] and seen["new"], f"the kills were not spread over the build: {seen}"
    revise(scene.case_dir, "Final.")
    final = scene.build()
    assert final.returncode in (0, 1), final.stderr
    assert not list(scene.out_dir.glob(".partial-*")), "leftovers were not cleaned up"
    assert not scene.work_folders(), "work folders of killed builds were not cleaned up"
    assert_complete(scene, previous)
    assert {k: v for k, v in snapshot(scene.case_dir).items() if k != "case.yaml"} == {
        k: v for k, v in original.items() if k != "case.yaml"
    }


def _wait_for_new_outputs(scene: Scene, process: subprocess.Popen, previous: dict) -> None:
    report = scene.out_dir / "report.json"
    while process.poll() is None and (
        sha256(report) == previous["report.json"] or (scene.out_dir / atomic.JOURNAL).exists()
    ):
        time.sleep(0.005)


# A build that ends (as kill -9 would end it) just before its Nth file operation in the output
# folder: each file opened, renamed or removed there. Python's audit hook sees every one of
# them, the libraries' own (pikepdf's temporary files) included, so every moment of writing is
# tried, not the ones a timed kill happens to hit.
KILLED_AT_A_WRITE = """
import atexit, os, sys
folder = os.path.realpath(os.environ["PACKET_OUT"])
moment = int(os.environ["PACKET_KILL_AT"])
# What earlier trials left: removing it is not counted, so that moment N is the same
# operation in every trial (the final build checks that it is all removed).
left = {os.path.join(folder, n) for n in os.listdir(folder) if n.startswith(".partial-")}
done = 0
def hook(event, args):
    global done
    if event not in ("open", "os.rename", "os.remove"):
        return
    if not isinstance(args[0], (str, bytes, os.PathLike)):  # a file descriptor
        return
    path = os.path.realpath(os.fsdecode(args[0]))
    if os.path.dirname(path) != folder or path in left:
        return
    done += 1
    if done == moment:
        os._exit(137)
sys.addaudithook(hook)
atexit.register(lambda: print(f"file operations in the output folder: {done}", file=sys.stderr))
from packet.cli import main
sys.argv = ["packet", *sys.argv[1:]]
main()
"""


def test_a_build_killed_while_writing_any_file_leaves_a_complete_set_and_no_stray_file(
    scene: Scene,
) -> None:
    previous = scene.keep()

    def build_killed_at(moment: int) -> subprocess.CompletedProcess:
        command = ["build", scene.case_dir, "-o", scene.out_dir, "--cache-dir", scene.cache]
        return subprocess.run(
            [sys.executable, "-c", KILLED_AT_A_WRITE, *map(str, command)],
            env={**scene.env(), "PACKET_OUT": str(scene.out_dir), "PACKET_KILL_AT": str(moment)},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=600,
        )

    revise(scene.case_dir, "Counting the writes.")
    counted = build_killed_at(0)  # never killed: how many operations a whole build does
    assert counted.returncode in (0, 1), counted.stderr
    moments = int(re.findall(r"file operations in the output folder: (\d+)", counted.stderr)[-1])
    assert moments >= 6, counted.stderr  # stand-ins, renames and journal, at the least
    scene.put_back()
    seen = {"previous": 0, "new": 0}
    for moment in range(1, moments + 1):
        revise(scene.case_dir, f"Killed before write {moment}.")
        killed = build_killed_at(moment)
        assert killed.returncode == 137, (moment, killed.stderr)
        strays = [
            p.name
            for p in scene.out_dir.iterdir()
            if p.name not in OUTPUTS
            and p.name != atomic.JOURNAL
            and not p.name.startswith(atomic.TEMP_PREFIX)  # the next build removes those
        ]
        assert not strays, f"killed before write {moment}: {strays} would stay for good"
        seen[assert_complete(scene, previous)] += 1
        scene.put_back()
    _record("killed before each write in the output folder", moments, seen)
    assert seen["previous"] and seen["new"], seen
    revise(scene.case_dir, "After the killed writes.")
    final = scene.build()
    assert final.returncode in (0, 1), final.stderr
    assert sorted(p.name for p in scene.out_dir.iterdir()) == sorted(OUTPUTS)


def test_kill_9_during_ocr_keeps_the_cache_usable(scene: Scene, tmp_path: Path) -> None:
    previous = scene.keep()
    seen = {"previous": 0, "new": 0}
    for trial in range(COLD_KILL_TRIALS):
        marker = uuid.uuid4().hex
        cold = tmp_path / f"cold-cache-{trial}"  # empty, so that every trial runs Tesseract
        process = scene.start(cache=cold, marker=marker)
        assert _ocr_running(scene, process, marker), process.communicate()
        time.sleep(0.4 * trial)  # from the first Tesseract run on
        process.kill()
        # Orphaned workers would hold the build's pipes open: a timeout here is a failure.
        process.communicate(timeout=30)
        assert not wait_until_gone(marker, scene.tmp), "workers outlived a killed build"
        seen[assert_complete(scene, previous, revised=False)] += 1
    _record("kill -9 (during OCR)", COLD_KILL_TRIALS, seen)
    # The case changes before the last build, so that its packet and report differ from the
    # previous ones whatever the trials left: what is checked is that the cache the kills
    # interrupted serves a whole, correct build, not how fast the machine was.
    revise(scene.case_dir, "After the kills during OCR.")
    result = scene.build(cache=cold)
    assert result.returncode in (0, 1), result.stderr
    assert assert_complete(scene, previous) == "new"
    report = json.loads((scene.out_dir / "report.json").read_text(encoding="utf-8"))
    assert len(report["documents"]) == 3 and report["rejected"] == []
    for entry in cold.glob("*/*/entry.json"):
        index = json.loads(entry.read_text(encoding="utf-8"))
        assert sha256(entry.parent / "searchable.pdf") == index["pdf_sha256"]
    assert not list(scene.tmp.iterdir()), "temporary files of killed builds were left behind"


# A Tesseract that takes ten minutes over a page: only its version and languages are real.
SLOW_TESSERACT = """#!/bin/sh
case "$1" in --*) exec {real} "$@" ;; esac
exec sleep 600
"""


def test_kill_9_takes_the_programs_it_started_along(scene: Scene, tmp_path: Path) -> None:
    """A Tesseract reading a page for a killed build is killed too, however long its page
    takes: it is not left running on (and writing) by itself."""
    shims = tmp_path / "bin"
    shims.mkdir()
    shim = shims / "tesseract"
    shim.write_text(SLOW_TESSERACT.format(real=shutil.which("tesseract")))
    shim.chmod(0o755)
    marker = uuid.uuid4().hex
    command = ["build", scene.case_dir, "-o", tmp_path / "out", "--cache-dir", tmp_path / "cold"]
    process = subprocess.Popen(
        packet_command(*command),
        env={**scene.env(marker), "PATH": f"{shims}{os.pathsep}{os.environ['PATH']}"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not _slow_page(marker) and process.poll() is None:
            assert time.monotonic() < deadline, "the build never started reading a page"
            time.sleep(0.05)
        process.kill()
        process.wait(timeout=30)
        left = wait_until_gone(marker, scene.tmp)
        assert not left, f"still running after the build was killed: {_commands(left)}"
    finally:
        for pid in processes_with(marker, scene.tmp):  # this test's own, by its marker
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _slow_page(marker: str) -> bool:
    return any(b"sleep" in line for line in _commands(processes_with(marker, Path("/nowhere"))))


def _commands(pids: list[int]) -> list[bytes]:
    found = []
    for pid in pids:
        with contextlib.suppress(OSError):
            found.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" "))
    return found


@pytest.mark.parametrize(
    ("how", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["ctrl-c", "sigterm"]
)
def test_a_signal_stops_the_build_cleanly(
    scene: Scene, tmp_path: Path, how: signal.Signals, code: int
) -> None:
    previous = scene.outputs()
    marker = uuid.uuid4().hex
    process = scene.start(cache=tmp_path / "cold", marker=marker)  # cold: busy in OCR
    if not _ocr_running(scene, process, marker):
        pytest.fail(f"the build never reached OCR: {process.communicate()}")
    sent = time.monotonic()
    if how == signal.SIGINT:
        os.killpg(process.pid, how)  # Ctrl-C reaches every process of the terminal's group
    else:
        process.send_signal(how)  # `kill PID` reaches the build only
    _, stderr = process.communicate(timeout=60)
    took = time.monotonic() - sent
    assert took < SIGNAL_DEADLINE, f"took {took:.1f} s to stop"
    assert process.returncode == code, stderr
    assert "Traceback" not in stderr and "nothing was left half-written" in stderr
    assert not scene.work_folders(), "the work folder was not removed"
    assert not wait_until_gone(marker, scene.tmp), "workers or Tesseract outlived the build"
    assert not list(scene.tmp.iterdir()), "temporary files were left behind"
    assert scene.outputs() == previous


def as_typed_in_a_terminal() -> None:
    """Ctrl-C reaches a command typed in a terminal; a suite run in the background by a
    non-interactive shell has SIGINT ignored, and its children would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


STARTUP_DELAYS = (0.0, 0.1, 0.2, 0.35, 0.5, 0.8, 1.1, 1.4)  # seconds after the command starts
# Ctrl-C while the interpreter itself starts (its site module, runpy finding `packet`), before
# any line of the tool runs, which on a loaded machine takes a good part of a second: Python's
# own words, not ours. Its traceback names no file of the package.
OUR_FRAME = re.compile(r'File "[^"]*/packet/[^"]*\.py"')


def test_ctrl_c_while_the_command_starts_prints_no_traceback(tmp_path: Path) -> None:
    """The command loads its libraries for up to a second or more: Ctrl-C then must end it
    like Ctrl-C later does. Whatever moment the signal lands on, the outcome is one of the
    allowed ones; the loaded machine only changes which."""
    case = make_tiny_case(tmp_path / "case", scans=0)  # nothing to read: check is quick
    outcomes = []
    for delay in STARTUP_DELAYS:
        process = subprocess.Popen(
            packet_command("check", case, "--cache-dir", tmp_path / "cache"),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            preexec_fn=as_typed_in_a_terminal,
        )
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        if "Traceback" in stderr and not OUR_FRAME.search(stderr):  # no line of ours had run yet
            outcomes.append("python")
            continue
        assert "Traceback" not in stderr, (delay, stderr)
        if process.returncode == 3:  # it had finished: the case holds no scans
            assert "Nothing to build" in stderr, (delay, stderr)
        # 130: interrupted; -2: before Python itself had started
        assert process.returncode in (130, -signal.SIGINT, 3), (delay, stderr)
        outcomes.append(process.returncode)
    assert 130 in outcomes, outcomes  # some signal landed while it loaded or worked


def _ocr_running(
    scene: Scene, process: subprocess.Popen, marker: str, seconds: float = 120.0
) -> bool:
    """Wait until the build runs Tesseract (it is then deep in OCR, with workers): its own
    Tesseract, by the trial's marker, never one a killed build left finishing its page."""
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        for proc in Path("/proc").glob("[0-9]*"):
            with contextlib.suppress(OSError):
                line = (proc / "cmdline").read_bytes()
                if (
                    line.startswith(b"tesseract")
                    and str(scene.tmp).encode() in line
                    and f"PACKET_TRIAL={marker}".encode() in (proc / "environ").read_bytes()
                ):
                    return True
        time.sleep(0.02)
    return False


def test_a_full_disk_exits_3_and_keeps_the_previous_packet(scene: Scene, tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "small") as small:
        out = small / "out"
        first = Scene(scene.case_dir, out, scene.cache, scene.tmp).build()
        assert first.returncode in (0, 1), first.stderr
        previous = {n: sha256(out / n) for n in OUTPUTS}
        packet_bytes = (out / "packet-efile.pdf").stat().st_size
        _fill(small, leave=packet_bytes // 2)
        revise(scene.case_dir, "A revision that no longer fits on the disk.")
        result = Scene(scene.case_dir, out, scene.cache, scene.tmp).build()
        assert result.returncode == 3, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        assert "could not write the packet" in result.stderr
        assert "kept as they were" in result.stderr
        assert {n: sha256(out / n) for n in OUTPUTS} == previous
        assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)


def test_a_full_temporary_folder_is_named_and_nothing_is_written(
    scene: Scene, tmp_path: Path
) -> None:
    previous = scene.outputs()
    with small_filesystem(tmp_path / "small") as small:
        # Room for the work folder (Python skips a TMPDIR it cannot write at all, silently),
        # not for the pages.
        _fill(small, leave=64 * 1024)
        build = Scene(scene.case_dir, scene.out_dir, tmp_path / "cold-cache", small)
        result = build.build()  # a cold cache: reading writes page images there
        assert result.returncode == 3, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        assert f"the disk holding {small} is full" in result.stderr, result.stderr
        assert "TMPDIR" in result.stderr
    assert scene.outputs() == previous


def test_a_full_cache_lets_the_build_go_on_without_caching(scene: Scene, tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "small") as small:
        cache = small / "cache"
        cache.mkdir()
        _fill(small, leave=0)
        result = scene.build(cache=cache)
        assert result.returncode in (0, 1), result.stdout + result.stderr
        assert f"the OCR cache {cache} could not be written to" in result.stderr, result.stderr
        assert "without caching" in result.stderr
        report = json.loads((scene.out_dir / "report.json").read_text(encoding="utf-8"))
        assert len(report["documents"]) == 3 and report["rejected"] == []


@contextlib.contextmanager
def small_filesystem(mount_point: Path) -> Iterator[Path]:
    mount_point.mkdir()
    if not IS_ROOT:
        pytest.skip("making a small file system needs root (mount -t tmpfs); not root here")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path, leave: int) -> None:
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with (folder / "filler").open("wb") as f:
        f.write(b"\0" * max(0, free - leave))


def test_a_second_build_waits_for_the_first(scene: Scene) -> None:
    previous = scene.outputs()
    revise(scene.case_dir, "Built while another build held the lock.")
    fd = os.open(scene.out_dir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # stands for a first build in the middle of writing
        process = scene.start("--jobs", "1")
        said = _line_with(process, "Another build is writing to", timeout=120)
        assert said, "the second build did not say that it waits"
        time.sleep(1.0)
        assert process.poll() is None, "the second build did not wait"
        assert scene.outputs() == previous, "the second build wrote while the lock was held"
    finally:
        os.close(fd)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode in (0, 1), stderr
    assert assert_complete(scene, previous) == "new"


def _line_with(process: subprocess.Popen, words: str, timeout: float) -> str:
    """The first line holding ``words`` the build writes to stderr (after its stage lines),
    or "" if it says nothing of the kind in time."""
    found: list[str] = []

    def read() -> None:
        for line in iter(process.stderr.readline, ""):
            if words in line:
                found.append(line)
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    return found[0] if found else ""


def test_two_builds_at_once_never_interleave(scene: Scene) -> None:
    previous = scene.outputs()
    revise(scene.case_dir, "Two builds at once.")
    first, second = scene.start(), scene.start()
    for process in (first, second):
        _, stderr = process.communicate(timeout=300)
        assert process.returncode in (0, 1), stderr
    assert assert_complete(scene, previous) == "new"


def test_a_damaged_cache_entry_is_detected_and_redone(scene: Scene, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert scene.build(cache=cache).returncode in (0, 1)  # a cache holding this case only
    entries = sorted(p.parent for p in cache.glob("*/*/entry.json"))
    assert len(entries) >= 3
    damage = [
        lambda e: (e / "searchable.pdf").write_bytes((e / "searchable.pdf").read_bytes()[:500]),
        lambda e: (e / "entry.json").write_bytes(os.urandom(200)),
        lambda e: (e / "entry.json").write_text(
            json.dumps({**json.loads((e / "entry.json").read_text()), "format": 999})
        ),
        lambda e: (e / "searchable.pdf").write_bytes(b"%PDF-1.7 garbage"),
    ]
    for entry, spoil in zip(entries, damage, strict=False):
        spoil(entry)
    result = scene.build(cache=cache)
    assert result.returncode in (0, 1), result.stderr
    report = json.loads((scene.out_dir / "report.json").read_text(encoding="utf-8"))
    assert len(report["documents"]) == 3 and report["rejected"] == []
    for entry in cache.glob("*/*/entry.json"):
        index = json.loads(entry.read_text(encoding="utf-8"))
        assert index["format"] == ENTRY_FORMAT
        assert sha256(entry.parent / "searchable.pdf") == index["pdf_sha256"]


def test_a_cache_entry_is_used_only_for_the_source_it_was_made_from(
    scene: Scene, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    assert scene.build(cache=cache).returncode in (0, 1)
    first = _pages_and_types(scene)
    config = load_config()
    scans = [scene.case_dir / "scans" / f"letter-{i}.jpg" for i in range(3)]
    entry = [
        OcrCache(cache).entry_folder(
            source_cache_key(
                identify(p, p.name, config.settings.intake), config.settings, ocr_versions()
            )
        )
        for p in scans
    ]
    # Another scan's entry copied over letter-0's, as a sync tool or a restore would.
    shutil.rmtree(entry[0])
    shutil.copytree(entry[1], entry[0])
    # letter-2's texts edited (its PDF untouched) to read as a birth certificate.
    index = json.loads((entry[2] / "entry.json").read_text(encoding="utf-8"))
    index["page_texts"] = ["CERTIFICATE OF LIVE BIRTH. Child: Tomasa Invented Ruiz."]
    (entry[2] / "entry.json").write_text(json.dumps(index), encoding="utf-8")
    result = scene.build(cache=cache)
    assert result.returncode in (0, 1), result.stderr
    assert _pages_and_types(scene) == first


def _pages_and_types(scene: Scene) -> dict[str, tuple[str, str]]:
    """Each document's type, and the text of its first page in the packet (stamp left out)."""
    report = json.loads((scene.out_dir / "report.json").read_text(encoding="utf-8"))
    reader = PdfReader(scene.out_dir / "packet-efile.pdf")
    found = {}
    for document in report["documents"]:
        text = reader.pages[document["packet_pages"][0] - 1].extract_text()
        found[document["file"]] = (document["type"], text.split("A111-222")[0])
    return found


def test_a_read_only_case_folder_builds_elsewhere(tmp_path: Path, ocr_cache: Path) -> None:
    case = make_tiny_case(tmp_path / "case")
    before = snapshot(case)
    with read_only(case):
        result = Scene(case, tmp_path / "out", ocr_cache, tmp_path).build()
        assert result.returncode in (0, 1), result.stderr
    assert (tmp_path / "out" / "packet-efile.pdf").is_file()
    assert snapshot(case) == before


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    if not IS_ROOT:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        try:
            yield
        finally:
            for path in [folder, *folder.rglob("*")]:
                path.chmod(path.stat().st_mode | 0o200)
        return
    # Root writes through permissions: a read-only bind mount is the real thing.
    bound = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if bound.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bound.stderr.decode().strip()}")
    try:
        remount = ["mount", "-o", "remount,ro,bind", str(folder)]
        subprocess.run(remount, check=True, capture_output=True)
        with pytest.raises(OSError):
            (folder / "probe").write_text("x")
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=False)


RECORD = Path(os.environ.get("PACKET_RELIABILITY_LOG", os.devnull))


def _record(what: str, trials: int, seen: dict[str, int]) -> None:
    """Append what a trial series saw, for docs/reliability.md (``make fuzz`` collects it)."""
    with RECORD.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"what": what, "trials": trials, **seen}) + "\n")
