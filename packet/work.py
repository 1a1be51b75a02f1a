"""A build's private work folder, and the seconds each stage took."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from packet.errors import BuildError
from packet.terminal import printable

KEEP_WORK_ENV = "PACKET_KEEP_WORK"
WORK_PREFIX = "packet-"  # then the build's process id
# Inside every work folder: who made it. Only a folder holding this, owned by this user and
# naming a process that is no longer running, is ever removed as abandoned.
WORK_MARKER = ".evidence-packet-work"
DISK_FULL = (errno.ENOSPC, errno.EDQUOT)


@contextlib.contextmanager
def work_folder() -> Iterator[Path]:
    """A private temporary folder, removed at the end (also on Ctrl-C) unless asked to keep it."""
    _remove_abandoned_work_folders()
    try:
        path = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-"))
        (path / WORK_MARKER).write_text(json.dumps(_made_by()), encoding="utf-8")
    except OSError as exc:
        raise BuildError(full(Path(tempfile.gettempdir()), exc)) from None
    try:
        yield path
    except OSError as exc:
        if exc.errno in DISK_FULL:
            raise BuildError(full(path.parent, exc)) from None
        raise
    finally:
        if os.environ.get(KEEP_WORK_ENV):
            print(f"work folder kept: {printable(str(path))}")
        else:
            shutil.rmtree(path, ignore_errors=True)


def full(folder: Path, exc: OSError) -> str:
    """A full disk, named by the folder that is on it, and what to do."""
    return (
        f"the disk holding {folder} is full ({exc.strerror}); free some space there, or set "
        "TMPDIR to a folder on a disk with room, and build again"
    )


@contextlib.contextmanager
def temp_files_in(work: Path) -> Iterator[None]:
    """Send libraries' own temporary files (OCRmyPDF's) into the work folder, then restore."""
    saved, tempfile.tempdir = tempfile.tempdir, str(work)
    try:
        yield
    finally:
        tempfile.tempdir = saved


def _remove_abandoned_work_folders() -> None:
    """Remove work folders of builds that were killed (kill -9 or a power cut) and cannot.

    A folder in the temporary folder is only ever removed when this tool made it: it is a real
    folder of this user, and holds the marker a work folder is made with, naming a process that
    is no longer running (or a boot before this one). A folder of the user's that merely looks
    like one (``packet-2025-garcia``, an output folder ``-o $TMPDIR/packet-2026-x``) is kept.
    """
    for folder in Path(tempfile.gettempdir()).glob(WORK_PREFIX + "*-*"):
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            if _abandoned(folder):
                shutil.rmtree(folder, ignore_errors=True)


def _made_by() -> dict[str, object]:
    return {"tool": "evidence-packet", "pid": os.getpid(), "boot": _boot(), "pids": _pid_space()}


def _abandoned(folder: Path) -> bool:
    info, marker = folder.lstat(), folder / WORK_MARKER
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return False
    marked = marker.lstat()
    if not stat.S_ISREG(marked.st_mode) or marked.st_uid != os.getuid() or marked.st_size > 4096:
        return False
    made = json.loads(marker.read_text(encoding="utf-8"))
    pid = made["pid"]
    if made["tool"] != "evidence-packet" or not folder.name.startswith(f"{WORK_PREFIX}{pid}-"):
        return False
    if made["boot"] != _boot():
        return True  # made before the computer last started: no process of it runs
    # A build in another PID namespace (a container sharing /tmp) cannot be seen from here.
    return made["pids"] == _pid_space() and not _running(int(pid))


def _boot() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _pid_space() -> str:
    try:
        return str(os.stat("/proc/self/ns/pid").st_ino)
    except OSError:
        return ""


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


@contextlib.contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start
