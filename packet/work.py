"""A build's private work folder, and the seconds each stage took."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

KEEP_WORK_ENV = "PACKET_KEEP_WORK"
WORK_PREFIX = "packet-"  # then the build's process id, so a later build knows it was abandoned


@contextlib.contextmanager
def work_folder() -> Iterator[Path]:
    """A private temporary folder, removed at the end (also on Ctrl-C) unless asked to keep it."""
    _remove_abandoned_work_folders()
    path = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-"))
    try:
        yield path
    finally:
        if os.environ.get(KEEP_WORK_ENV):
            print(f"work folder kept: {path}")
        else:
            shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def temp_files_in(work: Path) -> Iterator[None]:
    """Send libraries' own temporary files (OCRmyPDF's) into the work folder, then restore."""
    saved, tempfile.tempdir = tempfile.tempdir, str(work)
    try:
        yield
    finally:
        tempfile.tempdir = saved


def _remove_abandoned_work_folders() -> None:
    """Remove work folders of builds that were killed (kill -9 or a power cut) and cannot."""
    for folder in Path(tempfile.gettempdir()).glob(WORK_PREFIX + "*-*"):
        pid = folder.name.removeprefix(WORK_PREFIX).split("-", 1)[0]
        with contextlib.suppress(OSError):  # e.g. removed meanwhile by another build
            if pid.isdigit() and folder.lstat().st_uid == os.getuid() and not _running(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)


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
