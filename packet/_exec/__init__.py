"""One module per external program: how to call it, its version, its errors."""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Callable

PR_SET_PDEATHSIG = 1  # linux/prctl.h


@functools.cache
def _prctl() -> Callable[..., int] | None:
    if sys.platform != "linux":
        return None
    import ctypes

    return ctypes.CDLL(None, use_errno=True).prctl


def die_with(parent: int) -> None:
    """Make this process die when ``parent`` dies, even by SIGKILL (which runs no clean-up)."""
    if prctl := _prctl():
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def dies_with_parent() -> Callable[[], None]:
    """A ``preexec_fn`` that makes a program die with the process starting it: a Tesseract
    reading a file for a killed build would otherwise run on by itself. prctl is looked up
    here, before the fork: the child between fork and exec only calls it."""
    _prctl()
    return functools.partial(die_with, os.getpid())
