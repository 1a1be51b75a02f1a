"""Writing outputs so that a crash never leaves a half-written file under a final name.

Each output is written to a temporary file in the same folder, flushed to disk, made readable
by its owner only, and renamed over the final name in one step. A ``Staging`` holds several
outputs (a packet's variants and parts) as stand-ins until all of them are written, so a build
killed while writing replaces none of the previous packet's files.

The renames of one set (packets, then report.json) are several system calls, so the set is
recorded first in a journal beside it: a build killed between two renames leaves the journal,
and the next build of that folder finishes the set before anything else (even one that then
stops at a bad case.yaml), so a new packet is never left beside the old report.

Folders are made private (0700) when this tool creates them; a folder that already existed
keeps its mode, whoever made it: an output folder may be a shared one.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
TEMP_PREFIX = ".partial-"


JOURNAL = ".packet-commit.json"  # the renames of a set being committed


def private_dir(path: Path) -> Path:
    """The folder, made owner-only if it is made now; an existing folder is left as it is."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=PRIVATE_DIR)
    except FileExistsError:
        return path
    path.chmod(PRIVATE_DIR)  # mkdir's mode passes through the umask
    return path


@contextlib.contextmanager
def replacing(path: Path, durable: bool = True) -> Iterator[BinaryIO]:
    """Open a stand-in for ``path``; on success it replaces ``path``, on failure it vanishes.
    Not ``durable``: not flushed to the disk first, for a copy that is made again when found
    damaged (a power cut may leave it empty)."""
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            if durable:
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
        """Rename every stand-in over its final name, then remove ``stale`` files not rewritten:
        recorded in the journal first, so that an interrupted commit is finished next time."""
        journal = {
            "renames": [[temp.name, final.name] for final, temp in self._staged.items()],
            "remove": [p.name for p in stale if p not in self._staged],
        }
        write_bytes(self.folder / JOURNAL, json.dumps(journal).encode())
        _sync_folder(self.folder)
        self._staged.clear()
        _finish(self.folder, journal)


def finish_interrupted_commit(folder: Path) -> bool:
    """Finish a commit a killed build left half-done in ``folder``; True when there was one.
    Call it holding the folder's lock (``exclusive``)."""
    try:
        journal = json.loads((folder / JOURNAL).read_text(encoding="utf-8"))
        renames = [(str(temp), str(final)) for temp, final in journal["renames"]]
        remove = [str(name) for name in journal["remove"]]
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError):  # not ours to act on: set it aside
        with contextlib.suppress(OSError):
            (folder / JOURNAL).unlink()
        return False
    names = [n for pair in renames for n in pair] + remove
    if any(Path(n).name != n or n in ("", ".", "..") for n in names):
        return False  # only plain names in this folder are ever renamed or removed
    if not _ours(folder / JOURNAL) or not all(
        temp.startswith(TEMP_PREFIX) and _ours(folder / temp, missing=True) for temp, _ in renames
    ):
        return False  # someone else's files in a shared folder: not acted on
    remove = [name for name in remove if _ours(folder / name, missing=True)]
    _finish(folder, {"renames": renames, "remove": remove})
    return True


def _ours(path: Path, missing: bool = False) -> bool:
    """A regular file of this user (or, with ``missing``, no file at all)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return missing
    return stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid()


def _finish(folder: Path, journal: dict) -> None:
    for temp, final in journal["renames"]:
        with contextlib.suppress(FileNotFoundError):  # renamed before the interruption
            os.replace(folder / temp, folder / final)
    for name in journal["remove"]:
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
    _sync_folder(folder)
    (folder / JOURNAL).unlink()
    _sync_folder(folder)


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


# pikepdf's own temporary file beside a stand-in it was asked to overwrite by name (an earlier
# version of the tool did so for a scratch file): left by a build killed while pikepdf wrote.
LIBRARY_TEMP_PREFIX = ".pikepdf." + TEMP_PREFIX


def remove_leftovers(folder: Path) -> None:
    """Remove stand-ins a killed build left behind; they never carry a final name. Only what
    looks like one of ours is touched: a private regular file of this user, named like one."""
    leftovers = [*folder.glob(TEMP_PREFIX + "*"), *folder.glob(LIBRARY_TEMP_PREFIX + "*")]
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            if _ours(leftover) and stat.S_IMODE(leftover.lstat().st_mode) == PRIVATE_FILE:
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
