"""Progress for long work: a bar with an ETA on a terminal, one line per stage in a pipe or a
log (so that a minute of OCR is not a minute of silence), nothing at all with --quiet."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

from rich.console import Console

from packet.records import CaseStatus
from packet.terminal import plural, printable

if TYPE_CHECKING:
    from rich.progress import Progress, ProgressColumn

# rich's bars (rich.progress and what it loads) are imported only to draw one on a terminal: a
# command in a pipe or a script, such as a warm `packet check`, never draws one.


def _bar(console: Console) -> Progress:
    from rich.progress import Progress

    return Progress(*_eta_columns(), console=console, transient=True)


def _bar_columns() -> tuple[ProgressColumn, ...]:
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn

    return (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )


def _eta_columns() -> tuple[ProgressColumn, ...]:
    from rich.progress import TextColumn, TimeRemainingColumn

    return (*_bar_columns(), TextColumn("ETA"), TimeRemainingColumn())


class StageProgress:
    """What a stage shows while it runs.

    ``enabled`` False shows nothing (the library's default; the CLI's --quiet); None draws a bar
    on a terminal and writes one line per stage elsewhere. ``verbose`` adds, as each stage
    ends, how long it took.
    """

    def __init__(self, enabled: bool | None = None, verbose: bool = False) -> None:
        self.enabled = enabled is not False
        self.terminal = Console(stderr=True).is_terminal if enabled is None else bool(enabled)
        self.verbose = verbose and self.enabled

    @contextmanager
    def stage(
        self, description: str, total: int, unit: str = "item"
    ) -> Iterator[Callable[..., None]]:
        """Yield a function to call once per finished item."""
        if not self.enabled or total == 0:
            yield lambda *_: None
            return
        start = time.perf_counter()
        if self.terminal:
            with _bar(Console(stderr=True)) as bar:
                task = bar.add_task(description, total=total)
                yield lambda *_: bar.advance(task)
        else:
            print(f"{description}: {plural(total, unit)}", file=sys.stderr, flush=True)
            yield lambda *_: None
        if self.verbose:
            seconds = time.perf_counter() - start
            print(
                f"{description}: {plural(total, unit)} in {seconds:.1f} s",
                file=sys.stderr,
                flush=True,
            )


class BatchProgress:
    """`packet batch`: bars for cases and pages with an ETA on a terminal, plain lines elsewhere."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.terminal = sys.stderr.isatty() if enabled is None else enabled

    @contextmanager
    def running(self, cases: int, scans: int) -> Iterator[BatchDisplay]:
        if not self.terminal:
            yield BatchLines(cases)
            return
        with _bar(Console(stderr=True)) as bar:
            yield BatchBars(bar, cases, scans)


class BatchDisplay:
    def scan_read(self) -> None: ...

    def case_done(self, result: CaseLine) -> None: ...


class CaseLine(Protocol):
    case: str
    status: CaseStatus
    pages: int
    errors: int
    warnings: int
    seconds: float
    unchanged: bool
    message: str | None


def case_line(result: CaseLine) -> str:
    """One case's line, its folder name and message shown with control characters escaped."""
    case = printable(result.case)
    if result.unchanged:
        return f"{case}: unchanged since the last batch ({result.status}), skipped"
    if result.message and result.status == CaseStatus.failed:
        return f"{case}: failed: {printable(result.message)}"
    return (
        f"{case}: {result.status}, {plural(result.pages, 'page')}, "
        f"{plural(result.errors, 'error')}, {plural(result.warnings, 'warning')}, "
        f"{result.seconds:.1f} s"
    )


class BatchLines(BatchDisplay):
    def __init__(self, cases: int) -> None:
        self.cases, self.done = cases, 0

    def case_done(self, result: CaseLine) -> None:
        self.done += 1
        print(f"[{self.done}/{self.cases}] {case_line(result)}", file=sys.stderr, flush=True)


class BatchBars(BatchDisplay):
    def __init__(self, bar: Progress, cases: int, scans: int) -> None:
        self.bar = bar
        self.cases = bar.add_task("Cases built", total=cases)
        # Scans, not pages: a file's pages are counted in its worker, once it is opened there.
        self.scans = bar.add_task("Scans read", total=scans) if scans else None

    def scan_read(self) -> None:
        if self.scans is not None:
            self.bar.advance(self.scans)

    def case_done(self, result: CaseLine) -> None:
        self.bar.advance(self.cases)
        self.bar.console.print(case_line(result), markup=False, highlight=False)
