"""Writing outputs so that a crash never leaves a half-written file under a final name.

Each output is written to a temporary file in the same folder, flushed to disk, made readable
by its owner only, and renamed over the final name in one step. A ``Staging`` holds several
outputs (a packet's variants and parts) as stand-ins until all of them are written, so a build
killed while writing replaces none of the previous packet's files.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
TEMP_PREFIX = ".partial-"


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(PRIVATE_DIR)
    return path


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """Open a stand-in for ``path``; on success it replaces ``path``, on failure it vanishes."""
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, PRIVATE_FILE)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


class Staging:
    """Outputs written as stand-ins beside their final names, renamed over them on ``commit``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._staged: dict[Path, Path] = {}  # final path -> stand-in

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *_: object) -> None:
        for temp in self._staged.values():  # left only when commit was never reached
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
        self._staged.clear()

    def write(self, name: str, write: Callable[[BinaryIO], object]) -> int:
        """Write the stand-in for ``name`` with ``write``; the bytes it holds."""
        self.discard(name)
        fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=Path(name).suffix, dir=self.folder)
        self._staged[self.folder / name] = Path(temp)
        with os.fdopen(fd, "w+b") as f:  # readable too: assemble hashes the packet it wrote
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, PRIVATE_FILE)
        return os.path.getsize(temp)

    @contextlib.contextmanager
    def scratch(self) -> Iterator[Path]:
        """A private work file beside the outputs (on the same disk), removed afterwards; named
        like a stand-in, so that one a killed build leaves is cleared away too."""
        fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=self.folder)
        os.close(fd)
        try:
            yield Path(temp)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)

    def discard(self, name: str) -> None:
        if temp := self._staged.pop(self.folder / name, None):
            os.unlink(temp)

    def commit(self, stale: Iterable[Path] = ()) -> None:
        """Rename every stand-in over its final name, then remove ``stale`` files not rewritten."""
        for final, temp in self._staged.items():
            os.replace(temp, final)
        for path in stale:
            if path not in self._staged:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        self._staged.clear()
        _sync_folder(self.folder)


def _sync_folder(folder: Path) -> None:
    """Make the renames themselves durable, not only the files' contents."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes) -> None:
    with replacing(path) as f:
        f.write(data)


def remove_leftovers(folder: Path) -> None:
    """Remove stand-ins a killed build left behind; they never carry a final name."""
    for leftover in folder.glob(TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


@contextlib.contextmanager
def exclusive(folder: Path, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold the folder's lock: a second build writing to it waits for the first to finish.

    The lock is taken on the folder itself, so no lock file is left among the outputs; the
    system releases it when the process ends, also when it is killed.
    """
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
