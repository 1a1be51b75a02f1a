"""`packet batch`: every case under one folder, sharing one set of workers and one OCR cache.

All cases are opened first (case.yaml validated, files identified and hashed). Then the sources
of every case go to ONE executor, one task per distinct scan: the same file (same SHA-256, same
settings) in two cases is read once. So both cores stay busy however the pages are spread over
the cases. A case is classified, checked, composed and assembled here, in the client, as soon as
its last source is read, while the workers go on with the others. One failing case never stops
the rest; a case whose inputs, settings and tools did not change since the last batch is skipped.

Once every case is finished, the letters of support of all of them are compared
(packet/copied.py, the rule `packet check` holds one case's letters to): the same letter under
other names in two cases is a docket finding, named in batch-report.json and the summary. Each
case keeps its letters' bodies in batch-report.json, so a case skipped as unchanged is compared
too.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from packet import atomic
from packet.cache import EntryKey, default_cache_dir
from packet.case import CASE_FILE
from packet.check import has_errors
from packet.config import Config, load_config
from packet.copied import Letter, copied, letters
from packet.dates import build_date
from packet.errors import ExitCode, PacketError, UsageError
from packet.ingest import file_sha256
from packet.pipeline import (
    Built,
    OpenedCase,
    Options,
    finish_reading,
    open_case,
    write_packet,
)
from packet.progress import BatchProgress
from packet.reading import Reader, SourceJob
from packet.records import CaseStatus, Document, Variant
from packet.work import work_folder

BATCH_REPORT = "batch-report.json"
SCHEMA = "packet-batch/1"
READY, FINDINGS, FAILED = CaseStatus.ready, CaseStatus.findings, CaseStatus.failed


@dataclass(frozen=True)
class BatchOptions:
    out_dir: Path
    variants: tuple[Variant, ...] = ("efile",)
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
    status: CaseStatus
    pages: int = 0  # evidence pages read
    errors: int = 0
    warnings: int = 0
    seconds: float = 0.0
    message: str | None = None
    unchanged: bool = False  # skipped: nothing changed since the batch that built it
    fingerprint: str | None = None
    outputs: list[dict[str, Any]] = field(default_factory=list)
    report: str | None = None  # report.json, relative to OUT_DIR
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    # its letters of support, compared with the other cases' (packet/copied.py ``Letter``)
    letters: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class DocketFinding:
    """A finding about several cases at once: one letter's body in the letters of two cases."""

    code: str
    severity: str
    message: str
    letters: list[dict[str, str]]  # {"case": its output folder's name, "file": the document}


@dataclass
class BatchResult:
    cases: list[CaseResult]
    notes: list[str]
    reads: dict[str, int]
    report_path: Path
    seconds: float
    findings: list[DocketFinding] = field(default_factory=list)

    @property
    def exit_code(self) -> ExitCode:
        if any(c.status == FAILED for c in self.cases):
            return ExitCode.build_failed
        if any(c.status == FINDINGS for c in self.cases) or any(
            f.severity == "error" for f in self.findings
        ):
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


@dataclass
class OpenCase:
    """A case waiting for its sources to be read."""

    name: str
    folder: str  # relative to CASES_DIR
    opened: OpenedCase
    fingerprint: str
    work: Path
    keys: list[EntryKey] = field(default_factory=list)  # the cache key of each source, once filed


class Docket:
    """The cases of one batch, each finished as soon as the reads it waits for come back.

    Reading is packet/reading.py's ``Reader``, the path `packet build` reads by too.
    """

    def __init__(self, config: Config, options: BatchOptions, work: Path) -> None:
        self.config = config
        self.options = options
        cache_dir = options.cache_dir or default_cache_dir()
        self.reader = Reader(config, cache_dir, work, options.jobs, options.scheduler)
        self.waiting: list[OpenCase] = []
        self.results: dict[str, CaseResult] = {}
        self.respondents: dict[str, str] = {}  # case -> its respondent, for letters about two

    def add(self, case: OpenCase) -> None:
        self.waiting.append(case)
        opened = case.opened
        case.keys = self.reader.add(opened.intake.sources, case.work, opened.timings)

    def scans_to_read(self) -> int:
        return self.reader.scans_to_read()

    def reads(self) -> dict[str, int]:
        return self.reader.reads()

    def read_all(self, on_scan: Callable[[], None], on_case: Callable[[CaseResult], None]) -> None:
        def read(job: SourceJob) -> None:
            on_scan()
            self._finish_ready(on_case)

        self._finish_ready(on_case)
        self.reader.read_all(read)
        self._finish_ready(on_case)

    def abandon(self, message: str) -> list[CaseResult]:
        """When the workers as a whole fail, the cases still waiting fail with their message."""
        abandoned = [_failed(c.name, c.folder, message) for c in self.waiting]
        self.results.update((r.case, r) for r in abandoned)
        self.waiting.clear()
        return abandoned

    def _finish_ready(self, on_case: Callable[[CaseResult], None]) -> None:
        ready = [c for c in self.waiting if self.reader.done(c.keys)]
        for case in ready:
            self.waiting.remove(case)
            self.results[case.name] = self._finish(case)
            on_case(self.results[case.name])

    def _finish(self, case: OpenCase) -> CaseResult:
        name, folder, case_dir = case.name, case.folder, case.opened.case_dir
        try:
            read, rejected = self.reader.results(case.opened.intake.sources, case.keys)
            reading = finish_reading(
                case.opened, read, rejected, self.config, case.work, self.reader.cache.root
            )
            built = write_packet(case_dir, reading, self._options(case))
        except PacketError as exc:
            return _failed(name, folder, exc.message)
        except Exception as exc:  # one case's bug must not cost the docket its other cases
            return _failed(name, folder, f"could not be built ({type(exc).__name__}: {exc})")
        result = _built(case, built, self.options.out_dir)
        copies = built.reading.checked.copies  # a case's copies of one paper: compared once
        documents = [d for d in built.reading.documents if d.name not in copies]
        result.letters = case_letters(documents, self.config, case.name, self.respondents)
        return result

    def _options(self, case: OpenCase) -> Options:
        o = self.options
        return Options(o.out_dir / case.name, o.variants, o.strict, o.jobs, self.reader.cache.root)


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
        timings={stage: round(t, 3) for stage, t in built.reading.timings.items()},
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


# --- letters across the cases ---


def case_letters(
    documents: list[Document], config: Config, case: str, respondents: dict[str, str]
) -> list[dict[str, Any]]:
    """A case's letters of support as batch-report.json keeps them (``CaseResult.letters``)."""
    rule = config.requirements.copied_letters
    return [
        {**dataclasses.asdict(letter), "mentions": sorted(letter.mentions)}
        for letter in letters(documents, rule, case, respondents)
    ]


def copied_across(cases: list[CaseResult], config: Config) -> list[DocketFinding]:
    """The letters of support of different cases that share their body; a case's own copies
    are in its report already, so only groups that span cases are named here."""
    rule = config.requirements.copied_letters
    found = []
    for case in cases:
        for entry in case.letters:
            try:
                found.append(Letter(**entry | {"mentions": frozenset(entry["mentions"])}))
            except (TypeError, KeyError):  # a report from another version: not compared
                continue
    findings = []
    for group in copied(found, rule):
        if len({letter.case for letter in group}) < 2:
            continue
        first, rest = group[0], group[1:]
        others = ", ".join(f"{letter.case}: {letter.name}" for letter in rest)
        findings.append(
            DocketFinding(
                "copied-letter",
                config.requirements.severity["copied-letter"],
                f"{first.case}: {first.name} has the same body as {others}: OPLA reads the same "
                "letter under several signatures, or for several respondents, as no letter at "
                "all. Ask each writer for a letter in their own words about what they know of "
                "that respondent, or set `exclude: true` for the copies under `documents:`.",
                [{"case": letter.case, "file": letter.name} for letter in group],
            )
        )
    return findings


# --- skipping what did not change ---


def fingerprint(
    opened: OpenedCase, config: Config, options: BatchOptions, versions: dict[str, str]
) -> str:
    """Everything a case's outputs depend on, cheaply: hashes, not OCR."""
    intake = opened.intake
    material = {
        "case.yaml": file_sha256(opened.case_dir / CASE_FILE),
        "sources": [[s.file, s.sha256] for s in intake.sources],
        "rejected": [[r.file, r.reason] for r in intake.rejected],
        "excluded": intake.excluded,
        "config": _folder_sha256(config.directory),
        "opla_offices": config.opla_offices.model_dump(mode="json"),  # with the user's own file
        "versions": {"evidence-packet": version("evidence-packet"), **versions},
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
        cases = [
            CaseResult(**{k: v for k, v in c.items() if k in known} | _status(c))
            for c in content["cases"]
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    return {c.case: c for c in cases}


def _status(case: dict[str, Any]) -> dict[str, CaseStatus]:
    return {"status": CaseStatus(case["status"])}


def unchanged(previous: CaseResult | None, fingerprint: str, out_dir: Path) -> CaseResult | None:
    """The previous result again, when it was built from exactly these inputs and is still there."""
    if previous is None or previous.status == FAILED or previous.fingerprint != fingerprint:
        return None
    written = [o["path"] for o in previous.outputs] + ([previous.report] if previous.report else [])
    case_out = out_dir / previous.case
    if not all((case_out / Path(p).name).is_file() for p in written):
        return None
    return dataclasses.replace(previous, unchanged=True, seconds=0.0, timings={})


# --- the batch ---


def run_batch(cases_dir: Path, options: BatchOptions) -> BatchResult:
    config = load_config(cache_dir=options.cache_dir or default_cache_dir())
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
            opened = _open(case_dir, name, folder, index, config, options, previous, docket)
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
    notes += docket.reader.notes()  # e.g. a cache that could not be written
    batch = BatchResult(
        ordered,
        notes,
        docket.reads(),
        options.out_dir / BATCH_REPORT,
        seconds,
        copied_across(ordered, config),
    )
    write_batch_report(batch, cases_dir)
    return batch


def _open(
    case_dir: Path,
    name: str,
    folder: str,
    index: int,
    config: Config,
    options: BatchOptions,
    previous: dict[str, CaseResult],
    docket: Docket,
) -> OpenCase | CaseResult:
    case_options = Options(out_dir=options.out_dir / name, variants=options.variants)
    try:
        opened = open_case(case_dir, case_options, config)
        versions = docket.reader.engine_versions()  # none: no Tesseract and nothing cached
        mark = fingerprint(opened, config, options, versions)
    except PacketError as exc:
        return _failed(name, folder, exc.message)
    except Exception as exc:  # one case's bug must not cost the docket its other cases
        return _failed(name, folder, f"could not be opened ({type(exc).__name__}: {exc})")
    docket.respondents[name] = opened.case.respondent.name  # unchanged cases' too
    if not options.force and (same := unchanged(previous.get(name), mark, options.out_dir)):
        return dataclasses.replace(same, folder=folder)
    case_work = docket.reader.work / f"case-{index}"
    case_work.mkdir()
    return OpenCase(name, folder, opened, mark, case_work)


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
        "findings": [dataclasses.asdict(f) for f in result.findings],
        "cases": [dataclasses.asdict(c) for c in cases],
    }
    data = (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode()
    atomic.write_bytes(result.report_path, data)
