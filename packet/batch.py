"""`packet batch`: every case under one folder, sharing one set of workers and one OCR cache.

All cases are opened first (case.yaml validated, files identified and hashed). Then the sources
of every case go to ONE executor, one task per distinct scan: the same file (same SHA-256, same
settings) in two cases is read once. So both cores stay busy however the pages are spread over
the cases. A case is classified, checked, composed and assembled here, in the client, as soon as
its last source is read, while the workers go on with the others. One failing case never stops
the rest; a case whose inputs, settings and tools did not change since the last batch is skipped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import multiprocessing
import os
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from packet import atomic
from packet._exec import ocrmypdf
from packet.cache import EntryKey, OcrCache, default_cache_dir
from packet.case import CASE_FILE
from packet.check import has_errors
from packet.config import Config, load_config
from packet.errors import BuildError, ExitCode, PacketError, UsageError
from packet.executor import DaskExecutor, Executor, executor_for
from packet.ingest import Rejection, file_sha256
from packet.ocr import ReadSource
from packet.pipeline import (
    Built,
    OpenedCase,
    Options,
    Reading,
    SourceOutcome,
    SourceTask,
    build_date,
    finish_reading,
    from_cache,
    open_case,
    read_limits,
    read_source,
    source_cache_key,
    stopped,
    work_folder,
    write_packet,
)
from packet.progress import BatchProgress

BATCH_REPORT = "batch-report.json"
SCHEMA = "packet-batch/1"
READY, FINDINGS, FAILED = "ready", "findings", "failed"


@dataclass(frozen=True)
class BatchOptions:
    out_dir: Path
    variants: tuple[str, ...] = ("efile",)
    strict: bool = False
    force: bool = False
    jobs: int | None = None
    scheduler: str | None = None  # a Dask scheduler's address; None runs a local process pool
    cache_dir: Path | None = None
    progress: BatchProgress = field(default_factory=lambda: BatchProgress(False))


@dataclass
class CaseResult:
    """One line of the summary table and of batch-report.json."""

    case: str  # the output folder's name under OUT_DIR
    folder: str  # the case folder, relative to CASES_DIR
    status: str  # ready | findings | failed
    pages: int = 0  # evidence pages read
    errors: int = 0
    warnings: int = 0
    seconds: float = 0.0
    message: str | None = None
    unchanged: bool = False  # skipped: nothing changed since the batch that built it
    fingerprint: str | None = None
    outputs: list[dict[str, Any]] = field(default_factory=list)
    report: str | None = None  # report.json, relative to OUT_DIR


@dataclass
class BatchResult:
    cases: list[CaseResult]
    notes: list[str]
    reads: dict[str, int]
    report_path: Path
    seconds: float

    @property
    def exit_code(self) -> ExitCode:
        if any(c.status == FAILED for c in self.cases):
            return ExitCode.build_failed
        if any(c.status == FINDINGS for c in self.cases):
            return ExitCode.findings
        return ExitCode.ok


# --- finding the cases ---


def find_cases(cases_dir: Path, out_dir: Path) -> tuple[list[Path], list[str]]:
    """Every folder holding a case.yaml; a case's own sub-folders are its evidence, not cases."""
    root, skip = cases_dir.resolve(), out_dir.resolve()
    cases: list[Path] = []
    notes: list[str] = []
    for folder, dirs, _ in os.walk(cases_dir):  # never enters a linked folder
        here = Path(folder)
        if (here / CASE_FILE).is_file():
            cases.append(here)
            dirs.clear()
            continue
        kept = []
        for name in sorted(dirs):
            path = here / name
            if name.startswith(".") or path.resolve() == skip:
                continue
            if path.is_symlink():
                if not path.resolve().is_relative_to(root):
                    notes.append(
                        f"{path.relative_to(cases_dir)}: skipped, it links to a folder outside "
                        f"{cases_dir}; copy the case in or run a batch on its real folder."
                    )
                continue  # a link inside CASES_DIR is found again under its real name
            kept.append(name)
        dirs[:] = kept
    return cases, notes


def output_names(case_dirs: list[Path], cases_dir: Path) -> tuple[dict[Path, str], list[str]]:
    """A folder name per case under OUT_DIR; nested cases that share a name get their path."""
    counts = Counter(c.name for c in case_dirs)
    names: dict[Path, str] = {}
    notes: list[str] = []
    for case_dir in case_dirs:
        parts = case_dir.relative_to(cases_dir).parts or (cases_dir.resolve().name,)
        base = parts[-1] if counts[case_dir.name] == 1 else "-".join(parts)
        name, n = base, 2
        while name in names.values():
            name, n = f"{base}-{n}", n + 1
        if name != base:
            notes.append(f"{'/'.join(parts)}: its outputs go to {name}, since {base} is taken.")
        names[case_dir] = name
    notes += [
        f"{count} cases are named {shared!r}; their outputs go to "
        + ", ".join(names[c] for c in case_dirs if c.name == shared)
        + "."
        for shared, count in counts.items()
        if count > 1
    ]
    return names, notes


# --- reading every case's sources through one executor ---


@dataclass(frozen=True)
class SourceJob:
    key: EntryKey  # the OCR cache key: one job per key, however many cases hold the scan
    task: SourceTask


@dataclass(frozen=True)
class SourceDone:
    key: EntryKey
    outcome: SourceOutcome
    pdf: bytes | None = None  # the searchable PDF itself, when read on another machine


def read_here(job: SourceJob) -> SourceDone:
    """In a local worker process: the work folder and the OCR cache are this machine's."""
    return SourceDone(job.key, read_source(job.task))


def read_on_worker(job: SourceJob) -> SourceDone:
    """On a cluster worker: the client's folders are not this machine's, so read in a private
    folder and send the PDF back; the client files it in its own cache."""
    source = job.task.source
    if not source.path.is_file() or file_sha256(source.path) != source.sha256:
        reason = (
            f"the Dask worker on {socket.gethostname()} cannot open {source.path}, or sees "
            "another file there; workers need the case folders at the same path as the "
            "computer running the batch"
        )
        return SourceDone(job.key, SourceOutcome(None, Rejection(source.file, reason), {}))
    with work_folder() as work:
        task = dataclasses.replace(job.task, work=work, cache_dir=work / "ocr-cache")
        # Bounded there as here: a hostile file stops its own worker process, not the Dask one.
        executor = executor_for(1, 1, read_limits(task.config))
        with may_start_processes():
            [outcome] = executor.map(read_source, [task], lambda _: None, stopped)
        pdf = outcome.read.pdf.read_bytes() if outcome.read else None
    return SourceDone(job.key, outcome, pdf)


@contextlib.contextmanager
def may_start_processes() -> Iterator[None]:
    """Let a Dask worker (a daemonic process) start the bounded reader. multiprocessing forbids
    that so that no child outlives a daemon; ours die with their parent anyway (PDEATHSIG)."""
    process = multiprocessing.current_process()
    was = process.daemon
    process.daemon = False
    try:
        yield
    finally:
        process.daemon = was


def stopped_job(job: SourceJob, why: str) -> SourceDone:
    return SourceDone(job.key, stopped(job.task, why))


@dataclass
class OpenCase:
    """A case waiting for its sources to be read."""

    name: str
    folder: str  # relative to CASES_DIR
    opened: OpenedCase
    fingerprint: str
    keys: list[EntryKey]  # the cache key of each of opened.intake.sources
    work: Path


class Docket:
    """The cases of one batch, finished one by one as the reads they wait for come back."""

    def __init__(self, config: Config, options: BatchOptions, work: Path) -> None:
        self.config = config
        self.options = options
        self.work = work
        self.cache = OcrCache(options.cache_dir or default_cache_dir())
        self.waiting: list[OpenCase] = []
        self.outcomes: dict[EntryKey, SourceOutcome] = {}
        self.results: dict[str, CaseResult] = {}
        self.jobs: list[SourceJob] = []
        self.owner: dict[EntryKey, OpenCase] = {}  # the case whose timings carry a shared read
        self.sources = 0
        self.pages_read = 0  # pages of the scans read (not from the cache), once read

    def add(self, case: OpenCase) -> None:
        self.waiting.append(case)
        self.sources += len(case.keys)
        for source, key in zip(case.opened.intake.sources, case.keys, strict=True):
            if key in self.outcomes or key in self.owner:
                continue
            if hit := from_cache(self.cache, key, source):
                self.outcomes[key] = hit
                continue
            self.owner[key] = case
            task = SourceTask(source, case.work, self.cache.root, self.config)
            self.jobs.append(SourceJob(key, task))

    def scans_to_read(self) -> int:
        return len(self.jobs)

    def reads(self) -> dict[str, int]:
        """How much reading the shared cache and the deduplication saved."""
        distinct = len(self.outcomes.keys() | self.owner.keys())
        return {
            "sources": self.sources,
            "distinct": distinct,
            "from_cache": distinct - len(self.jobs),
            "ocr": len(self.jobs),
            "pages_ocr": self.pages_read,
        }

    def read_all(self, on_scan: Callable[[], None], on_case: Callable[[CaseResult], None]) -> None:
        def done(result: SourceDone) -> None:
            self.outcomes[result.key] = self._received(result)
            if read := self.outcomes[result.key].read:
                self.pages_read += len(read.page_texts)
            on_scan()
            self._finish_ready(on_case)

        self._finish_ready(on_case)
        if self.jobs:
            executor, task = self._executor()
            try:
                executor.map(task, self.jobs, done, stopped_job)
            except PacketError:
                raise
            except Exception as exc:  # read_source catches a document's own errors: a pool's
                raise BuildError(f"the workers stopped ({type(exc).__name__}: {exc})") from exc
        self._finish_ready(on_case)

    def abandon(self, message: str) -> list[CaseResult]:
        """When the workers as a whole fail, the cases still waiting fail with their message."""
        abandoned = [_failed(c.name, c.folder, message) for c in self.waiting]
        self.results.update((r.case, r) for r in abandoned)
        self.waiting.clear()
        return abandoned

    def _executor(self) -> tuple[Executor, Callable[[SourceJob], SourceDone]]:
        if self.options.scheduler:
            return DaskExecutor(self.options.scheduler), read_on_worker
        return executor_for(self.options.jobs, len(self.jobs), read_limits(self.config)), read_here

    def _received(self, done: SourceDone) -> SourceOutcome:
        outcome, owner = done.outcome, self.owner[done.key]
        for stage, seconds in outcome.seconds.items():
            owner.opened.timings[stage] = owner.opened.timings.get(stage, 0.0) + seconds
        if done.pdf is None or outcome.read is None:
            return outcome
        incoming = self.work / f"{done.key.digest}.pdf"
        incoming.write_bytes(done.pdf)
        read = outcome.read
        stored = self.cache.put(done.key, incoming, read.page_texts, read.page_confidences)
        incoming.unlink()
        return dataclasses.replace(outcome, read=dataclasses.replace(outcome.read, pdf=stored.pdf))

    def _finish_ready(self, on_case: Callable[[CaseResult], None]) -> None:
        ready = [c for c in self.waiting if all(k in self.outcomes for k in c.keys)]
        for case in ready:
            self.waiting.remove(case)
            self.results[case.name] = self._finish(case)
            on_case(self.results[case.name])

    def _finish(self, case: OpenCase) -> CaseResult:
        name, folder, case_dir = case.name, case.folder, case.opened.case_dir
        try:
            reading = finish_reading(case.opened, *self._case_reads(case), self.config)
            if not reading.documents:
                return _failed(name, folder, _nothing_readable(reading))
            built = write_packet(case_dir, reading, self._options(case), self.config, case.work)
        except PacketError as exc:
            return _failed(name, folder, exc.message)
        except Exception as exc:  # one case's bug must not cost the docket its other cases
            return _failed(name, folder, f"could not be built ({type(exc).__name__}: {exc})")
        return _built(case, built, self.options.out_dir)

    def _case_reads(self, case: OpenCase) -> tuple[list[ReadSource], list[Rejection]]:
        """Each case gets the shared result under its own file name."""
        read, rejected = [], []
        for source, key in zip(case.opened.intake.sources, case.keys, strict=True):
            outcome = self.outcomes[key]
            if outcome.read:
                read.append(dataclasses.replace(outcome.read, source=source))
            elif outcome.rejection:
                rejected.append(dataclasses.replace(outcome.rejection, file=source.file))
        return read, rejected

    def _options(self, case: OpenCase) -> Options:
        o = self.options
        return Options(o.out_dir / case.name, o.variants, o.strict, o.jobs, self.cache.root)


def _nothing_readable(reading: Reading) -> str:
    if not reading.rejected:
        return "the case folder holds no scans or documents besides case.yaml"
    first = reading.rejected[0]
    return (
        f"no file could be used: all {len(reading.rejected)} were rejected "
        f"(e.g. {first.file}: {first.reason})"
    )


def _built(case: OpenCase, built: Built, out_dir: Path) -> CaseResult:
    findings = built.reading.findings
    message = None
    if not built.outputs:
        message = "no packet written: --strict and error-level findings remain"
    return CaseResult(
        case=case.name,
        folder=case.folder,
        status=FINDINGS if has_errors(findings) else READY,
        pages=sum(d.pages for d in built.reading.documents),
        errors=sum(f.severity == "error" for f in findings),
        warnings=sum(f.severity == "warning" for f in findings),
        seconds=round(sum(built.reading.timings.values()), 2),
        message=message,
        fingerprint=case.fingerprint,
        outputs=[
            {"variant": o.variant, "path": o.path.name, "pages": o.pages, "bytes": o.bytes}
            for o in built.outputs
        ],
        report=built.report_path.relative_to(out_dir).as_posix() if built.report_path else None,
    )


def _failed(name: str, folder: str, message: str) -> CaseResult:
    return CaseResult(name, folder, FAILED, message=message)


# --- skipping what did not change ---


def fingerprint(opened: OpenedCase, config: Config, options: BatchOptions) -> str:
    """Everything a case's outputs depend on, cheaply: hashes, not OCR."""
    intake = opened.intake
    material = {
        "case.yaml": file_sha256(opened.case_dir / CASE_FILE),
        "sources": [[s.file, s.sha256] for s in intake.sources],
        "rejected": [[r.file, r.reason] for r in intake.rejected],
        "excluded": intake.excluded,
        "config": _folder_sha256(config.directory),
        "versions": {"evidence-packet": version("evidence-packet"), **ocrmypdf.versions()},
        "variants": list(options.variants),
        "strict": options.strict,
        "date": build_date().isoformat(),  # the letter's date, and what "today" means to check
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


@cache
def _folder_sha256(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(file_sha256(path).encode())
    return digest.hexdigest()


def previous_results(out_dir: Path) -> dict[str, CaseResult]:
    """The cases of the last batch into OUT_DIR; an unreadable report just means no skipping."""
    try:
        content = json.loads((out_dir / BATCH_REPORT).read_text(encoding="utf-8"))
        if content.get("schema") != SCHEMA:
            return {}
        known = {f.name for f in dataclasses.fields(CaseResult)}
        cases = [CaseResult(**{k: v for k, v in c.items() if k in known}) for c in content["cases"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    return {c.case: c for c in cases}


def unchanged(previous: CaseResult | None, fingerprint: str, out_dir: Path) -> CaseResult | None:
    """The previous result again, when it was built from exactly these inputs and is still there."""
    if previous is None or previous.status == FAILED or previous.fingerprint != fingerprint:
        return None
    written = [o["path"] for o in previous.outputs] + ([previous.report] if previous.report else [])
    case_out = out_dir / previous.case
    if not all((case_out / Path(p).name).is_file() for p in written):
        return None
    return dataclasses.replace(previous, unchanged=True, seconds=0.0)


# --- the batch ---


def run_batch(cases_dir: Path, options: BatchOptions) -> BatchResult:
    config = load_config()
    start = time.perf_counter()
    case_dirs, notes = find_cases(cases_dir, options.out_dir)
    if not case_dirs:
        raise UsageError(
            f"{cases_dir}: no case found; put each case in its own folder with a {CASE_FILE}."
        )
    out = options.out_dir.resolve()
    if inside := next((c for c in case_dirs if out.is_relative_to(c.resolve())), None):
        raise UsageError(
            f"{options.out_dir} is inside the case folder {inside}, whose files would then be "
            "read as evidence; choose an output folder outside every case."
        )
    names, name_notes = output_names(case_dirs, cases_dir)
    notes += name_notes
    previous = previous_results(options.out_dir)
    atomic.private_dir(options.out_dir)
    results: dict[str, CaseResult] = {}
    progress = options.progress
    with work_folder() as work:
        docket = Docket(config, options, work)
        for index, case_dir in enumerate(case_dirs):
            name = names[case_dir]
            folder = case_dir.relative_to(cases_dir).as_posix()
            opened = _open(case_dir, name, folder, index, config, options, previous, work)
            if isinstance(opened, CaseResult):
                results[name] = opened
            else:
                docket.add(opened)
        with progress.running(len(case_dirs), docket.scans_to_read()) as display:
            for result in results.values():
                display.case_done(result)
            try:
                docket.read_all(display.scan_read, display.case_done)
            except PacketError as exc:  # no scheduler, no Tesseract: no case can be read
                for result in docket.abandon(exc.message):
                    display.case_done(result)
    results.update(docket.results)
    ordered = [results[names[c]] for c in case_dirs]
    seconds = time.perf_counter() - start
    result = BatchResult(ordered, notes, docket.reads(), options.out_dir / BATCH_REPORT, seconds)
    write_batch_report(result, cases_dir)
    return result


def _open(
    case_dir: Path,
    name: str,
    folder: str,
    index: int,
    config: Config,
    options: BatchOptions,
    previous: dict[str, CaseResult],
    work: Path,
) -> OpenCase | CaseResult:
    case_options = Options(out_dir=options.out_dir / name)
    try:
        opened = open_case(case_dir, case_options, config)
        mark = fingerprint(opened, config, options)
    except PacketError as exc:
        return _failed(name, folder, exc.message)
    except Exception as exc:  # one case's bug must not cost the docket its other cases
        return _failed(name, folder, f"could not be opened ({type(exc).__name__}: {exc})")
    if not options.force and (same := unchanged(previous.get(name), mark, options.out_dir)):
        return dataclasses.replace(same, folder=folder)
    keys = [source_cache_key(s, config) for s in opened.intake.sources]
    case_work = work / f"case-{index}"
    case_work.mkdir()
    return OpenCase(name, folder, opened, mark, keys, case_work)


def write_batch_report(result: BatchResult, cases_dir: Path) -> None:
    cases = result.cases
    statuses = Counter(c.status for c in cases)
    content = {
        "schema": SCHEMA,
        "cases_dir": str(cases_dir),
        "summary": {
            "cases": len(cases),
            READY: statuses[READY],
            FINDINGS: statuses[FINDINGS],
            FAILED: statuses[FAILED],
            "unchanged": sum(c.unchanged for c in cases),
        },
        "reads": result.reads,
        "seconds": round(result.seconds, 2),
        "notes": result.notes,
        "cases": [dataclasses.asdict(c) for c in cases],
    }
    data = (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode()
    atomic.write_bytes(result.report_path, data)
