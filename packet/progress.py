"""Progress for long work: a bar on a terminal, silence in a pipe or a log."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from packet.records import CaseStatus


def _bar_columns() -> tuple[ProgressColumn, ...]:
    return (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )


class StageProgress:
    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    @contextmanager
    def stage(self, description: str, total: int) -> Iterator[Callable[..., None]]:
        """Yield a function to call once per finished item."""
        if not self.enabled or total == 0:
            yield lambda *_: None
            return
        with Progress(*_bar_columns(), console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task(description, total=total)
            yield lambda *_: bar.advance(task)


class BatchProgress:
    """`packet batch`: bars for cases and pages with an ETA on a terminal, plain lines elsewhere."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.terminal = sys.stderr.isatty() if enabled is None else enabled

    @contextmanager
    def running(self, cases: int, pages: int) -> Iterator[BatchDisplay]:
        if not self.terminal:
            yield BatchLines(cases)
            return
        columns = (*_bar_columns(), TextColumn("ETA"), TimeRemainingColumn())
        with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
            yield BatchBars(bar, cases, pages)


class BatchDisplay:
    def pages_read(self, pages: int) -> None: ...

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
    if result.unchanged:
        return f"{result.case}: unchanged since the last batch ({result.status}), skipped"
    if result.message and result.status == CaseStatus.failed:
        return f"{result.case}: failed: {result.message}"
    return (
        f"{result.case}: {result.status}, {result.pages} pages, {result.errors} errors, "
        f"{result.warnings} warnings, {result.seconds:.1f} s"
    )


class BatchLines(BatchDisplay):
    def __init__(self, cases: int) -> None:
        self.cases, self.done = cases, 0

    def case_done(self, result: CaseLine) -> None:
        self.done += 1
        print(f"[{self.done}/{self.cases}] {case_line(result)}", file=sys.stderr, flush=True)


class BatchBars(BatchDisplay):
    def __init__(self, bar: Progress, cases: int, pages: int) -> None:
        self.bar = bar
        self.cases = bar.add_task("Cases built", total=cases)
        self.pages = bar.add_task("Pages OCR'd", total=pages) if pages else None

    def pages_read(self, pages: int) -> None:
        if self.pages is not None:
            self.bar.advance(self.pages, pages)

    def case_done(self, result: CaseLine) -> None:
        self.bar.advance(self.cases)
        self.bar.console.print(case_line(result), markup=False, highlight=False)
