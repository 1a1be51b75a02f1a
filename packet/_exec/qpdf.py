"""qpdf, the command: the only place that runs it.

The merge runs in qpdf's own process because it copies pages lazily, reading each source's
streams only while it writes; pikepdf (the same libqpdf) copies foreign pages eagerly, holding
every image of the packet in memory at once (1.8 GB for 1000 scanned pages, bench/assembly.py).
"""

from __future__ import annotations

import errno
import shutil
import subprocess
from pathlib import Path

from packet.errors import BuildError, MissingProgramError

INSTALL = "sudo apt-get install qpdf"
WARNINGS = 3  # qpdf's exit status when it wrote the file but had something to say


def program() -> str:
    found = shutil.which("qpdf")
    if found is None:
        raise MissingProgramError("qpdf (it merges the packet's pages) is not installed", INSTALL)
    return found


def version() -> str:
    """e.g. "11.3.0"."""
    result = subprocess.run(
        [program(), "--version"], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )
    first = (result.stdout or result.stderr).strip().splitlines()
    return first[0].removeprefix("qpdf version ").strip() if first else "unknown"


def merge(runs: list[tuple[Path, int, int]], output: Path) -> None:
    """Write ``output`` from page runs (pdf, first, last; 1-based), streams copied as they are."""
    qpdf = program()
    pages: list[str] = []
    for pdf, first, last in runs:
        pages += [str(pdf), str(first) if first == last else f"{first}-{last}"]
    command = [qpdf, "--empty", "--stream-data=preserve", "--pages", *pages, "--", str(output)]
    result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if result.returncode not in (0, WARNINGS):
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise BuildError(f"qpdf could not merge the packet's pages: {detail[-1] if detail else ''}")
    _refuse_incomplete(output)


def _refuse_incomplete(output: Path) -> None:
    """qpdf 11 exits 0 when the disk fills up while it writes, leaving a truncated file."""
    with output.open("rb") as f:
        f.seek(max(0, output.stat().st_size - 1024))
        if b"%%EOF" not in f.read():
            raise OSError(
                errno.ENOSPC, "qpdf wrote an incomplete file (is the disk full?)", str(output)
            )
