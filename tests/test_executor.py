"""The local pool of bounded workers (packet/executor.py), with real worker processes."""

from __future__ import annotations

import time
from pathlib import Path

from packet.executor import Limits, ProcessExecutor


def _read(path: str) -> str:
    """A stand-in for reading a file: it leaves a mark that it started."""
    Path(path).write_text("started", encoding="utf-8")
    return path


def test_a_freed_worker_starts_on_the_next_file_while_the_last_result_is_handled(
    tmp_path: Path,
) -> None:
    """Handling a result can take a while (in `packet batch`, a case's whole packet): the
    worker that returned it is given its next file first, instead of waiting idle."""
    files = [str(tmp_path / f"file-{n}") for n in range(3)]
    seen_started: list[bool] = []

    def handle(result: str) -> None:
        following = files.index(result) + 1
        if following < len(files):
            deadline = time.monotonic() + 10
            while not Path(files[following]).exists() and time.monotonic() < deadline:
                time.sleep(0.02)
            seen_started.append(Path(files[following]).exists())

    results = ProcessExecutor(1, Limits(2**32, 60)).map(_read, files, handle, lambda item, why: why)
    assert results == files
    assert seen_started == [True, True]
