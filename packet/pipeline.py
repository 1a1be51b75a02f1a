"""The pipeline, top to bottom: ingest → normalize → ocr → classify → check → compose → assemble.

``read_case`` runs the stages that read the evidence (what ``packet check`` needs);
``build`` adds the stages that write the packet. Each step is one call into its stage module.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from packet import atomic
from packet._exec import ocrmypdf, tesseract
from packet.assemble import Output, assemble
from packet.cache import EntryKey, OcrCache, cache_key, default_cache_dir
from packet.case import Case, load_case
from packet.check import (
    Finding,
    Timeline,
    check,
    duplicate_copies,
    has_errors,
    left_out,
    residence_timeline,
)
from packet.classify import Document, classify
from packet.compose import compose
from packet.config import Config, load_config
from packet.errors import BuildError, ExitCode, PacketError, UsageError
from packet.executor import Limits, allow, executor_for
from packet.ingest import (
    OUTPUT_FOLDER,
    TOO_LARGE,
    Intake,
    Rejection,
    Source,
    Unusable,
    detail,
    ingest,
    inspect,
)
from packet.normalize import normalize
from packet.ocr import ReadSource, ocr
from packet.ocr import versions as ocr_versions
from packet.progress import StageProgress
from packet.report import REPORT_NAME, previous_outputs, report, report_bytes
from packet.text import printable

VARIANTS = ("efile", "filing", "service")
KEEP_WORK_ENV = "PACKET_KEEP_WORK"
WORK_PREFIX = "packet-"  # then the build's process id
# Inside every work folder: who made it. Only a folder holding this, owned by this user and
# naming a process that is no longer running, is ever removed as abandoned.
WORK_MARKER = ".evidence-packet-work"


@dataclass(frozen=True)
class Options:
    out_dir: Path | None = None
    variants: tuple[str, ...] = ("efile",)
    strict: bool = False
    jobs: int | None = None
    cache_dir: Path | None = None
    max_mb: float | None = None  # e-filing size limit per file; None: config's packet.efile_max_mb
    tab_cut: int | None = None  # tab positions per bank of dividers; None: config's packet.tab_cut
    progress: StageProgress = field(default_factory=lambda: StageProgress(False))


@dataclass
class Reading:
    """What the evidence says: the stages up to and including check."""

    case: Case
    documents: list[Document]
    rejected: list[Rejection]
    findings: list[Finding]
    timings: dict[str, float]
    timeline: Timeline | None = None  # the residence claimed against the dated evidence
    copies_left_out: frozenset[str] = frozenset()  # the same paper scanned twice: filed once


@dataclass
class Built:
    reading: Reading
    outputs: list[Output]
    report_path: Path | None

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.findings if has_errors(self.reading.findings) else ExitCode.ok


@contextlib.contextmanager
def work_folder() -> Iterator[Path]:
    """A private temporary folder, removed at the end (also on Ctrl-C) unless asked to keep it."""
    _remove_abandoned_work_folders()
    try:
        path = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-"))
        (path / WORK_MARKER).write_text(json.dumps(_made_by()), encoding="utf-8")
    except OSError as exc:
        raise BuildError(full(Path(tempfile.gettempdir()), exc)) from None
    try:
        yield path
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise BuildError(full(path.parent, exc)) from None
        raise
    finally:
        if os.environ.get(KEEP_WORK_ENV):
            print(f"work folder kept: {printable(str(path))}")
        else:
            shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def temp_files_in(work: Path) -> Iterator[None]:
    """Send libraries' own temporary files (OCRmyPDF's) into the work folder, then restore."""
    saved, tempfile.tempdir = tempfile.tempdir, str(work)
    try:
        yield
    finally:
        tempfile.tempdir = saved


def _remove_abandoned_work_folders() -> None:
    """Remove work folders of builds that were killed (kill -9 or a power cut) and cannot.

    A folder in the temporary folder is only ever removed when this tool made it: it is a real
    folder of this user, and holds the marker a work folder is made with, naming a process that
    is no longer running (or a boot before this one). A folder of the user's that merely looks
    like one (``packet-2025-garcia``, an output folder ``-o $TMPDIR/packet-2026-x``) is kept.
    """
    for folder in Path(tempfile.gettempdir()).glob(WORK_PREFIX + "*-*"):
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            if _abandoned(folder):
                shutil.rmtree(folder, ignore_errors=True)


def _made_by() -> dict[str, object]:
    return {"tool": "evidence-packet", "pid": os.getpid(), "boot": _boot(), "pids": _pid_space()}


def _abandoned(folder: Path) -> bool:
    info, marker = folder.lstat(), folder / WORK_MARKER
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return False
    marked = marker.lstat()
    if not stat.S_ISREG(marked.st_mode) or marked.st_uid != os.getuid() or marked.st_size > 4096:
        return False
    made = json.loads(marker.read_text(encoding="utf-8"))
    pid = made["pid"]
    if made["tool"] != "evidence-packet" or not folder.name.startswith(f"{WORK_PREFIX}{pid}-"):
        return False
    if made["boot"] != _boot():
        return True  # made before the computer last started: no process of it runs
    # A build in another PID namespace (a container sharing /tmp) cannot be seen from here.
    return made["pids"] == _pid_space() and not _running(int(pid))


def _boot() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _pid_space() -> str:
    try:
        return str(os.stat("/proc/self/ns/pid").st_ino)
    except OSError:
        return ""


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


def out_dir_for(case_dir: Path, options: Options) -> Path:
    return options.out_dir or case_dir / OUTPUT_FOLDER


def output_folder(case_dir: Path, options: Options) -> Path:
    """Where the packet goes. The case's own out/ must be a real folder: a link planted there
    would make this client's packet replace another case's, or land in a shared folder."""
    out_dir = out_dir_for(case_dir, options)
    if options.out_dir is None and out_dir.is_symlink():
        raise UsageError(
            f"{out_dir} is a link (to {os.readlink(out_dir)}), not a folder; the packet is "
            "written only into a real folder, so that it can never replace another case's "
            "files. Remove the link, or choose where to write with -o."
        )
    return out_dir


def finish_interrupted_writes(out_dir: Path) -> None:
    """A build killed while it renamed its outputs into place left them half new, half old:
    finish that first, so that no later command sees a new packet beside an old report."""
    if (out_dir / atomic.JOURNAL).is_file():
        with atomic.exclusive(out_dir, lambda: _waiting_for(out_dir)):
            atomic.finish_interrupted_commit(out_dir)


@contextlib.contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


@dataclass
class OpenedCase:
    """A case whose case.yaml is valid and whose files are identified, before any is read."""

    case_dir: Path
    case: Case
    intake: Intake
    timings: dict[str, float]


def open_case(case_dir: Path, options: Options, config: Config) -> OpenedCase:
    timings: dict[str, float] = {}
    case = load_case(case_dir, config)
    with timed(timings, "ingest"):
        intake = ingest(case_dir, case, config.settings.intake, out_dir_for(case_dir, options))
    return OpenedCase(case_dir, case, intake, timings)


def finish_reading(
    opened: OpenedCase, read: list[ReadSource], rejected: list[Rejection], config: Config
) -> Reading:
    """Classify and check sources already read (here, or by ``packet batch`` across cases)."""
    case, timings = opened.case, opened.timings
    with timed(timings, "classify"):
        documents = classify(read, case, config)
    rejected = opened.intake.rejected + rejected
    with timed(timings, "check"):
        today = build_date()
        copies = duplicate_copies(documents, config)  # compared once, used by check and filing
        findings = check(case, documents, rejected, config, today, copies)
        timeline = residence_timeline(case, documents, config, today)
        dropped = frozenset(left_out(documents, config, copies))
    return Reading(case, documents, rejected, findings, timings, timeline, dropped)


def read_case(case_dir: Path, options: Options, work: Path, config: Config) -> Reading:
    opened = open_case(case_dir, options, config)
    read, rejected = read_sources(opened.intake.sources, options, work, config, opened.timings)
    return finish_reading(opened, read, rejected, config)


def build(case_dir: Path, options: Options) -> Built:
    finish_interrupted_writes(output_folder(case_dir, options))
    config = load_config()
    with work_folder() as work:
        reading = read_case(case_dir, options, work, config)
        return write_packet(case_dir, reading, options, config, work)


def write_packet(
    case_dir: Path, reading: Reading, options: Options, config: Config, work: Path
) -> Built:
    """Compose and assemble a case already read, and write its packets and report.json."""
    if options.strict and has_errors(reading.findings):
        return Built(reading, [], None)  # nothing written, not even report.json
    timings = reading.timings
    today = build_date()
    with timed(timings, "compose"):
        filed = [d for d in reading.documents if d.file not in reading.copies_left_out]
        tab_cut = options.tab_cut or config.settings.packet.tab_cut
        composition = compose(reading.case, filed, config, work, today, tab_cut)
    out_dir = atomic.private_dir(output_folder(case_dir, options))
    with (
        atomic.exclusive(out_dir, lambda: _waiting_for(out_dir)),
        _writing_to(out_dir),
        atomic.Staging(out_dir) as staging,
    ):
        atomic.finish_interrupted_commit(out_dir)
        atomic.remove_leftovers(out_dir)
        with (
            timed(timings, "assemble"),
            options.progress.stage("Assembling the packet", len(options.variants)) as advance,
        ):
            outputs = assemble(
                composition,
                reading.case,
                config,
                staging,
                options.variants,
                options.max_mb,
                build_time(),
                advance,
            )
        content = report(
            reading.case,
            reading.documents,
            reading.rejected,
            reading.findings,
            composition,
            outputs,
            timings,
        )
        # Packets and report.json replace the previous ones together, renamed back to back.
        staging.write(REPORT_NAME, lambda f: f.write(report_bytes(content)))
        # out/ holds exactly what report.json lists: a filing copy left from an earlier build
        # could otherwise be printed and filed although it no longer matches the case. Only
        # packets the previous report lists are removed: nothing of the user's, ever.
        staging.commit(stale=previous_outputs(out_dir))
    return Built(reading, outputs, out_dir / REPORT_NAME)


def _waiting_for(out_dir: Path) -> None:
    print(
        f"Another build is writing to {printable(str(out_dir))}; waiting for it to finish...",
        file=sys.stderr,
    )


@contextlib.contextmanager
def _writing_to(out_dir: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise BuildError(
            f"could not write the packet to {out_dir}: {exc.strerror or exc}. Free some space "
            "(or fix the folder's permissions) and build again; the packet and report already "
            "there were kept as they were."
        ) from None


def check_case(case_dir: Path, options: Options) -> Reading:
    config = load_config()
    with work_folder() as work:
        return read_case(case_dir, options, work, config)


def build_date() -> dt.date:
    """Today, or SOURCE_DATE_EPOCH's day, so that a rebuild can reproduce a packet exactly."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()


def build_time() -> dt.datetime:
    """When the packet says it was made: SOURCE_DATE_EPOCH, else the build day at 00:00 UTC, so
    that two builds of the same case on the same day are byte-identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.combine(build_date(), dt.time(), dt.UTC)


# --- reading sources: normalize and OCR, one task per source, in parallel, through the cache ---


@dataclass(frozen=True)
class SourceTask:
    source: Source
    work: Path
    cache_dir: Path
    config: Config


@dataclass(frozen=True)
class SourceOutcome:
    read: ReadSource | None
    rejection: Rejection | None
    seconds: dict[str, float]
    note: str | None = None  # something the user should know that is not about the file


def read_limits(config: Config) -> Limits:
    """What reading one file may cost in its worker before it is stopped and the file rejected."""
    limits = config.settings.limits
    return Limits(limits.worker_memory_mb * 2**20, limits.seconds_per_file)


def stopped(task: SourceTask, why: str) -> SourceOutcome:
    """The outcome of a read whose worker had to be stopped: the file is rejected, saying why."""
    return SourceOutcome(None, Rejection(task.source.file, why), {})


def read_sources(
    sources: list[Source], options: Options, work: Path, config: Config, timings: dict[str, float]
) -> tuple[list[ReadSource], list[Rejection]]:
    cache_dir = options.cache_dir or default_cache_dir()
    tasks = [SourceTask(s, work, cache_dir, config) for s in sources]
    # Cached documents are served here, so a rebuild with nothing changed starts no worker.
    outcomes = {i: hit for i, task in enumerate(tasks) if (hit := cached(task))}
    # Longest documents first: the last one to start is short, so no core idles at the end.
    todo = sorted(set(range(len(tasks))) - set(outcomes), key=lambda i: -longest_first(tasks[i]))
    with options.progress.stage("Reading scans (OCR)", len(tasks)) as advance:
        for hit in outcomes.values():
            advance(hit)
        if todo:
            executor = executor_for(options.jobs, len(todo), read_limits(config))
            done = executor.map(read_source, [tasks[i] for i in todo], advance, stopped)
            outcomes.update(zip(todo, done, strict=True))
    ordered = [outcomes[i] for i in range(len(tasks))]
    for outcome in ordered:
        for stage, seconds in outcome.seconds.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
    for note in dict.fromkeys(o.note for o in ordered if o.note):
        print(f"note: {printable(note)}", file=sys.stderr)
    return [o.read for o in ordered if o.read], [o.rejection for o in ordered if o.rejection]


def longest_first(task: SourceTask) -> int:
    """How long a source will take to read, roughly: its size (its pages are not yet known)."""
    try:
        return task.source.path.stat().st_size
    except OSError:
        return 0


def source_cache_key(source: Source, config: Config) -> EntryKey:
    """What the OCR cache files a source's result under; equal keys mean equal results."""
    settings = config.settings
    return cache_key(
        source.sha256,
        {"normalize": settings.normalize.model_dump(), "ocr": settings.ocr.model_dump()},
        ocr_versions(),
    )


def cached(task: SourceTask) -> SourceOutcome | None:
    return from_cache(
        OcrCache(task.cache_dir), source_cache_key(task.source, task.config), task.source
    )


def from_cache(cache: OcrCache, key: EntryKey, source: Source) -> SourceOutcome | None:
    """A source read by an earlier build (of this case or another), or None."""
    found = cache.get(key)
    if not found:
        return None
    # Read and inspected before (the entry proves it was made from this file): its pages known.
    known = replace(source, pages=len(found.page_texts))
    read = ReadSource(known, found.pdf, found.page_texts, found.page_confidences, True)
    return SourceOutcome(read, None, {})


def read_source(task: SourceTask) -> SourceOutcome:
    """Inspect, normalize and OCR one source, or take it from the cache. Runs in a bounded
    worker process (executor.py): whatever the file does to the readers stays there."""
    if hit := cached(task):
        return hit
    source, settings = task.source, task.config.settings
    seconds: dict[str, float] = {}
    try:
        with timed(seconds, "normalize"):
            source = inspect(source, settings.intake)
            allow(((source.pages or 1) - 1) * settings.limits.seconds_per_page)
            normalized = normalize(source, task.work, settings.normalize, settings.intake)
        with timed(seconds, "ocr"), temp_files_in(task.work):
            read = ocr(normalized, task.work, settings.ocr, settings.normalize)
    except PacketError:
        raise  # e.g. Tesseract missing: no document can be read, so the build stops
    except (Unusable, ocrmypdf.OcrFailed, tesseract.TesseractFailed) as exc:
        return SourceOutcome(None, Rejection(source.file, str(exc)), seconds)
    except MemoryError:
        return SourceOutcome(None, Rejection(source.file, TOO_LARGE), seconds)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):  # the disk is full, not the file wrong
            raise BuildError(full(task.work.parent, exc)) from None
        return SourceOutcome(None, Rejection(source.file, could_not_read(exc, source)), seconds)
    except Exception as exc:  # one unreadable file must never stop the rest of the case
        return SourceOutcome(None, Rejection(source.file, could_not_read(exc, source)), seconds)
    return _cached(task, read, seconds)


def _cached(task: SourceTask, read: ReadSource, seconds: dict[str, float]) -> SourceOutcome:
    """The read filed in the OCR cache; when the cache cannot take it (a full disk, a folder
    made read-only), the build goes on with the read in its work folder, saying so."""
    try:
        stored = OcrCache(task.cache_dir).put(
            source_cache_key(task.source, task.config),
            read.pdf,
            read.page_texts,
            read.page_confidences,
        )
    except OSError as exc:
        note = (
            f"the OCR cache {task.cache_dir} could not be written to ({exc.strerror or exc}); "
            "this build goes on without caching, so the next one reads these scans again. "
            "Free some space there, or choose another folder with --cache-dir."
        )
        return SourceOutcome(read, None, seconds, note)
    return SourceOutcome(replace(read, pdf=stored.pdf), None, seconds)


def could_not_read(exc: BaseException, source: Source) -> str:
    return f"could not be read ({type(exc).__name__}: {detail(exc, source.path)})"


def full(folder: Path, exc: OSError) -> str:
    """A full disk, named by the folder that is on it, and what to do."""
    return (
        f"the disk holding {folder} is full ({exc.strerror}); free some space there, or set "
        "TMPDIR to a folder on a disk with room, and build again"
    )
