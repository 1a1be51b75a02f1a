"""A child process's wall time and peak resident memory, measured so that the peak is its own.

Linux hands a child the peak resident size (``ru_maxrss``) of the process that started it as its
own starting peak, so a command started by a bench process that has grown (the intake corpus
is drawn in it) reports the bench's peak, not its own: every peak of a quick run read 574 MB.
A small launcher in between starts the command from a fresh address space and reports the
command's own peak, including anything it ran.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_LAUNCHER = """import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
open(sys.argv[1], "w").write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss_mb: int
    code: int
    stderr: str


def measured(command: list[str]) -> Measured:
    """Run ``command`` (its output discarded, its errors kept) and measure it."""
    with tempfile.TemporaryDirectory(prefix="bench-child-") as folder:
        peak = Path(folder) / "peak"
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, str(peak), *map(str, command)],
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - started
        kilobytes = int(peak.read_text()) if peak.exists() else 0
    return Measured(round(seconds, 2), round(kilobytes / 1024), done.returncode, done.stderr)
