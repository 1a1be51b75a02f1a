"""Reading sources: normalize and OCR, one task per distinct scan, in parallel, through the cache.

The one path by which `packet build` (a docket of one case) and `packet batch` (every case) read
their scans. Sources are filed under their OCR cache key (``source_cache_key``): a scan that
is in two cases, or twice in one, is read once; a cache hit is served here and never reaches a
worker; the rest go to one ``Executor``, longest first, so the last to start is short and no
core idles at the end. One-page scans go to a worker a few at a time (``grouped``), their pages
read in one Tesseract process, since starting Tesseract costs about half the reading of such a
scan; each still gets its own reading and cache entry, and a group that fails is read again one
scan at a time. Cases get each result under their own file name (``results``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import socket
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from packet._exec import ocrmypdf, tesseract
from packet.cache import CachedOcr, EntryKey, OcrCache, cache_key
from packet.config import Config, NormalizeSettings, Settings
from packet.errors import BuildError, MissingProgramError, PacketError
from packet.executor import DaskExecutor, Executor, Limits, allow, default_jobs, executor_for
from packet.ingest import TOO_LARGE, Unusable, detail, file_sha256, inspect
from packet.ocr import Part
from packet.ocr import versions as ocr_versions
from packet.records import NormalizedSource, PageNormalization, ReadSource, Rejection, Source
from packet.work import DISK_FULL, full, temp_files_in, timed, work_folder


@dataclass(frozen=True)
class SourceTask:
    source: Source
    work: Path
    cache_dir: Path
    settings: Settings  # not the whole Config: it is sent to a worker with every file
    versions: dict[str, str]  # the OCR engines', part of the cache key (engine_versions)


@dataclass(frozen=True)
class SourceOutcome:
    read: ReadSource | None
    rejection: Rejection | None
    seconds: dict[str, float]
    note: str | None = None  # something the user should know that is not about the file


@dataclass(frozen=True)
class SourceJob:
    key: EntryKey  # the OCR cache key: one job per key, however many sources share the scan
    task: SourceTask


@dataclass(frozen=True)
class SourceDone:
    key: EntryKey
    outcome: SourceOutcome
    pdf: bytes | None = None  # the searchable PDF itself, when read on another machine


def page_settings(source: Source, settings: Settings) -> NormalizeSettings:
    """How a source's pages are normalized: config's way, changed by its case.yaml entry."""
    return settings.normalize.model_copy(update=dict(source.normalize))


def engine_versions(cache: OcrCache) -> dict[str, str]:
    """The OCR engines' versions, which every cache key includes.

    Without Tesseract they are the versions the cache was last filled with: a build whose every
    scan is cached then runs without an OCR engine, and one that needs OCR stops at the first
    scan to read, saying what to install.
    """
    try:
        found = ocr_versions()
    except MissingProgramError:
        recorded = cache.recorded_versions()
        if recorded is None:
            raise
        return recorded
    cache.record_versions(found)
    return found


# Raised whenever normalize or OCR makes other pages of the same scan with the same settings (a
# card turned upright that was not, a sheet cut out without the desk beside it): readings
# cached the old way are then read again.
READING_REVISION = 5


def source_cache_key(source: Source, settings: Settings, versions: dict[str, str]) -> EntryKey:
    """What the OCR cache files a source's result under; equal keys mean equal results."""
    return cache_key(
        source.sha256,
        {
            "revision": READING_REVISION,
            "normalize": page_settings(source, settings).model_dump(),
            "ocr": settings.ocr.model_dump(),
        },
        versions,
    )


def from_cache(cache: OcrCache, key: EntryKey, source: Source) -> SourceOutcome | None:
    """A source read by an earlier build (of this case or another), or None."""
    found = cache.get(key)
    if not found:
        return None
    normalized = tuple(PageNormalization.from_json(p) for p in found.normalized)
    # Read and inspected before (the entry proves it was made from this file): its pages known.
    known = replace(source, pages=len(found.page_texts))
    read = ReadSource(
        known,
        found.pdf,
        found.page_texts,
        found.page_confidences,
        found.page_drawn,
        True,
        normalized,
    )
    return SourceOutcome(read, None, {})


def read_limits(settings: Settings) -> Limits:
    """What reading one file may cost in its worker before it is stopped and the file rejected."""
    limits = settings.limits
    return Limits(limits.worker_memory_mb * 2**20, limits.seconds_per_file)


def stopped(task: SourceTask, why: str) -> SourceOutcome:
    """The outcome of a read whose worker had to be stopped: the file is rejected, saying why."""
    return SourceOutcome(None, Rejection(task.source.file, why), {})


def read_source(task: SourceTask) -> SourceOutcome:
    """Inspect, normalize and OCR one source, or take it from the cache. Runs in a bounded
    worker process (executor.py): whatever the file does to the readers stays there."""
    [outcome] = read_sources([task])
    return outcome


def read_sources(tasks: Sequence[SourceTask]) -> list[SourceOutcome]:
    """Inspect, normalize and OCR sources in one worker, each taken from the cache if it is
    there, the pages of all their page images first read in one Tesseract process (one
    start-up for the group, not one a scan); each source's turned and left-over readings,
    text layer and cache entry are its own, exactly as when it is read alone. When the shared
    reading fails, each source is read again alone: one bad file never costs the others."""
    outcomes: dict[int, SourceOutcome] = {}
    normalized: dict[int, Normalized] = {}
    for i, task in enumerate(tasks):
        if i:  # each further file is given the time a file is given
            allow(task.settings.limits.seconds_per_file)
        key = source_cache_key(task.source, task.settings, task.versions)
        if hit := from_cache(OcrCache(task.cache_dir), key, task.source):
            outcomes[i] = hit
            continue
        done = _normalized(task, key)
        if isinstance(done, SourceOutcome):
            outcomes[i] = done
        else:
            normalized[i] = done
    firsts = _first_readings([normalized[i] for i in sorted(normalized)])
    for i, first in zip(sorted(normalized), firsts, strict=True):
        outcomes[i] = _ocred(normalized[i], first)
    return [outcomes[i] for i in range(len(tasks))]


@dataclass(frozen=True)
class Normalized:
    """A source normalized in its worker, waiting for OCR."""

    task: SourceTask
    key: EntryKey
    pages: NormalizedSource
    seconds: dict[str, float]


def _normalized(task: SourceTask, key: EntryKey) -> Normalized | SourceOutcome:
    """The source inspected and normalized, or the outcome saying why it cannot be."""
    from packet.normalize import normalize  # in the worker: a build all cached never loads it

    source, settings = task.source, task.settings
    seconds: dict[str, float] = {}
    try:
        with timed(seconds, "normalize"):
            source = inspect(source, settings.intake)
            allow(((source.pages or 1) - 1) * settings.limits.seconds_per_page)
            pages = normalize(source, task.work, page_settings(source, settings), settings.intake)
    except Exception as exc:
        return _unread(exc, task, source, seconds)
    return Normalized(task, key, pages, seconds)


def _first_readings(group: list[Normalized]) -> list[tuple[Part, ...] | None]:
    """The first reading of every page image of the group's sources, in one Tesseract call;
    None for each (read alone afterwards) where a source has no page images, where the group
    is one source, or where the shared call failed."""
    from packet.ocr import first_readings

    scans = [n for n in group if n.pages.images]
    found: dict[int, tuple[Part, ...]] = {}
    if len(scans) > 1:
        first, settings = scans[0], scans[0].task.settings
        base = first.task.work / f"{first.pages.pdf.stem.removesuffix('-normalized')}-group"
        seconds: dict[str, float] = {}
        parts: list[tuple[Part, ...] | None]
        try:
            with timed(seconds, "ocr"):
                parts = list(first_readings([n.pages for n in scans], base, settings.ocr))
        except PacketError:
            raise  # e.g. Tesseract missing: no document can be read, so the build stops
        except Exception:  # each read again alone, so that the one to blame is rejected alone
            parts = [None] * len(scans)
        pages = sum(n.pages.pages for n in scans)
        for n, part in zip(scans, parts, strict=True):
            if part is not None:
                found[id(n)] = part
                share = seconds.get("ocr", 0.0) * n.pages.pages / pages
                n.seconds["ocr"] = n.seconds.get("ocr", 0.0) + share
    return [found.get(id(n)) for n in group]


def _ocred(normalized: Normalized, first: tuple[Part, ...] | None) -> SourceOutcome:
    """A normalized source OCR'd (its pages' ``first`` reading given, or read here) and filed
    in the cache."""
    from packet.ocr import ocr

    task, seconds = normalized.task, normalized.seconds
    pages = page_settings(task.source, task.settings)
    try:
        with timed(seconds, "ocr"), temp_files_in(task.work):
            read = ocr(normalized.pages, task.work, task.settings.ocr, pages, first)
    except Exception as exc:
        return _unread(exc, task, normalized.pages.source, seconds)
    return _cached(task, normalized.key, read, seconds)


def _unread(
    exc: Exception, task: SourceTask, source: Source, seconds: dict[str, float]
) -> SourceOutcome:
    """The outcome of a read that raised: the file rejected, saying why; raised again when it
    is not the file's fault (Tesseract missing, the disk full), as no other file could be
    read either."""
    if isinstance(exc, PacketError):
        raise exc
    if isinstance(exc, Unusable | ocrmypdf.OcrFailed | tesseract.TesseractFailed):
        return SourceOutcome(None, Rejection(source.file, str(exc)), seconds)
    if isinstance(exc, MemoryError):
        return SourceOutcome(None, Rejection(source.file, TOO_LARGE), seconds)
    if isinstance(exc, OSError) and exc.errno in DISK_FULL:  # the disk is full, not the file
        raise BuildError(full(task.work.parent, exc)) from None
    # one unreadable file must never stop the rest of the case
    return SourceOutcome(None, Rejection(source.file, could_not_read(exc, source)), seconds)


def _cached(
    task: SourceTask, key: EntryKey, read: ReadSource, seconds: dict[str, float]
) -> SourceOutcome:
    """The read filed in the OCR cache; when the cache cannot take it (a full disk, a folder
    made read-only), the build goes on with the read in its work folder, saying so."""
    try:
        stored = _put(OcrCache(task.cache_dir), key, read.pdf, read)
    except OSError as exc:
        note = (
            f"the OCR cache {task.cache_dir} could not be written to ({exc.strerror or exc}); "
            "this build goes on without caching, so the next one reads these scans again. "
            "Free some space there, or choose another folder with --cache-dir."
        )
        return SourceOutcome(replace(read, page_images=()), None, seconds, note)
    if read.page_images:
        _draw_thumbnails(task, stored.pdf, read)
    return SourceOutcome(replace(read, pdf=stored.pdf, page_images=()), None, seconds)


def _draw_thumbnails(task: SourceTask, pdf: Path, read: ReadSource) -> None:
    """The review page's thumbnails of a scan, drawn here from its page images while they are
    at hand, and kept in the cache for the build to find: the build would otherwise draw each
    document again from its PDF, one pdftoppm process each, while the workers wait."""
    from packet.thumbnails import Thumbnails, of_page_images

    inches = page_settings(task.source, task.settings).page_inches
    try:
        Thumbnails(task.cache_dir, task.work).keep(pdf, of_page_images(read.page_images, inches))
    except Exception:  # the build draws them from the PDF instead; no reason to lose the read
        return


def could_not_read(exc: BaseException, source: Source) -> str:
    return f"could not be read ({type(exc).__name__}: {detail(exc, source.path)})"


def _put(cache: OcrCache, key: EntryKey, pdf: Path, read: ReadSource) -> CachedOcr:
    """File a source's reading in the cache: its searchable PDF, texts and page records."""
    records = tuple(p.as_json() for p in read.normalized)
    return cache.put(key, pdf, read.page_texts, read.page_confidences, records, read.page_drawn)


# How many one-page scans one worker reads in one Tesseract process. Tesseract's start-up with
# eng+spa costs about half a one-page scan's reading, so four scans a process pay an eighth of
# it a page instead of a half; more would save little and leave longer tasks to the last round.
SHARED_READ_PAGES = 4
ROUNDS = 2  # groups are never so large that a worker has fewer than this many to take in turn
# Kinds that hold one page (nearly always): a TIFF or a PDF may hold hundreds, and is read alone.
ONE_PAGE_KINDS = frozenset({"jpeg", "png", "gif", "bmp", "webp", "heic"})


@dataclass(frozen=True)
class ReadGroup:
    """What one worker reads as one task: a source alone, or a few one-page scans whose pages
    share one Tesseract process (``read_sources``)."""

    jobs: tuple[SourceJob, ...]


@dataclass(frozen=True)
class GroupDone:
    group: ReadGroup
    done: tuple[SourceDone, ...]
    stopped: str | None = None  # the worker reading several was stopped (why): read each alone


def grouped(jobs: Sequence[SourceJob], workers: int) -> list[ReadGroup]:
    """The jobs, in their order, as the tasks the workers take: each one-page scan in a run of
    up to SHARED_READ_PAGES with its neighbours (sorted by size, they take about as long),
    everything else alone; no run so long that fewer than ROUNDS tasks are left a worker."""
    small = sum(job.task.source.kind in ONE_PAGE_KINDS for job in jobs)
    size = max(1, min(SHARED_READ_PAGES, small // (workers * ROUNDS)))
    groups: list[list[SourceJob]] = []
    run: list[SourceJob] = []
    for job in jobs:
        if job.task.source.kind not in ONE_PAGE_KINDS or size == 1:
            groups.append([job])
            continue
        if not run or len(run) == size:
            run = []
            groups.append(run)
        run.append(job)
    return [ReadGroup(tuple(group)) for group in groups]


def read_here(group: ReadGroup) -> GroupDone:
    """In a local worker process: the work folder and the OCR cache are this machine's."""
    outcomes = read_sources([job.task for job in group.jobs])
    done = (SourceDone(job.key, o) for job, o in zip(group.jobs, outcomes, strict=True))
    return GroupDone(group, tuple(done))


def stopped_group(group: ReadGroup, why: str) -> GroupDone:
    """A group whose worker had to be stopped: a source alone is rejected saying why; several
    are each read again alone, so that only the one to blame is rejected."""
    if len(group.jobs) == 1:
        return GroupDone(group, (stopped_job(group.jobs[0], why),))
    return GroupDone(group, (), why)


def read_groups(
    executor: Executor,
    task: Callable[[ReadGroup], GroupDone],
    groups: list[ReadGroup],
    on_done: Callable[[SourceDone], None],
) -> None:
    """Read the groups through the executor, ``on_done`` as each source comes back; the sources
    of a group whose worker was stopped are read again, one a task."""
    again: list[ReadGroup] = []

    def received(result: GroupDone) -> None:
        if result.stopped:
            again.extend(ReadGroup((job,)) for job in result.group.jobs)
        for done in result.done:
            on_done(done)

    executor.map(task, groups, received, stopped_group)
    if again:
        executor.map(task, again, received, stopped_group)


def read_on_worker(group: ReadGroup) -> GroupDone:
    """On a cluster worker: the client's folders are not this machine's, so read in a private
    folder and send the PDFs back; the client files them in its own cache."""
    done: list[SourceDone] = []
    readable: list[SourceJob] = []
    for job in group.jobs:
        source = job.task.source
        if source.path.is_file() and file_sha256(source.path) == source.sha256:
            readable.append(job)
            continue
        reason = (
            f"the Dask worker on {socket.gethostname()} cannot open {source.path}, or sees "
            "another file there; workers need the case folders at the same path as the "
            "computer running the batch"
        )
        done.append(SourceDone(job.key, SourceOutcome(None, Rejection(source.file, reason), {})))
    if not readable:
        return GroupDone(group, tuple(done))
    with work_folder() as work:
        here = ReadGroup(
            tuple(
                dataclasses.replace(
                    job,
                    task=dataclasses.replace(job.task, work=work, cache_dir=work / "ocr-cache"),
                )
                for job in readable
            )
        )

        def sent_back(result: SourceDone) -> None:
            read = result.outcome.read
            done.append(dataclasses.replace(result, pdf=read.pdf.read_bytes() if read else None))

        # Bounded there as here: a hostile file stops its own worker process, not the Dask one.
        executor = executor_for(1, 1, read_limits(readable[0].task.settings))
        with may_start_processes():
            read_groups(executor, read_here, [here], sent_back)
    return GroupDone(group, tuple(done))


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


class Reader:
    """The sources of one or more cases, each distinct scan read once."""

    def __init__(
        self,
        config: Config,
        cache_dir: Path,
        work: Path,
        jobs: int | None = None,
        scheduler: str | None = None,  # a Dask scheduler's address; None: a local process pool
    ) -> None:
        self.config = config
        self.cache = OcrCache(cache_dir)
        self.work = work
        self.jobs = jobs
        self.scheduler = scheduler
        self.outcomes: dict[EntryKey, SourceOutcome] = {}
        self.todo: list[SourceJob] = []
        self.timings: dict[EntryKey, dict[str, float]] = {}  # whose timings carry a shared read
        self.pages_read = 0  # pages of the scans read (not from the cache), once read
        self.sources = 0
        self._versions: dict[str, str] | None = None

    def engine_versions(self) -> dict[str, str]:
        """The OCR engines' versions (or the cache's record of them), asked once."""
        if self._versions is None:
            self._versions = engine_versions(self.cache)
        return self._versions

    def add(self, sources: list[Source], work: Path, timings: dict[str, float]) -> list[EntryKey]:
        """File a case's sources to be read (in ``work``); returns each one's cache key. Their
        reading seconds go to ``timings``, a shared read's to the first case that asked."""
        versions = self.engine_versions() if sources else {}
        keys = [source_cache_key(s, self.config.settings, versions) for s in sources]
        self.sources += len(sources)
        for source, key in zip(sources, keys, strict=True):
            if key in self.outcomes or key in self.timings:
                continue
            if hit := from_cache(self.cache, key, source):
                self.outcomes[key] = hit
                continue
            self.timings[key] = timings
            task = SourceTask(source, work, self.cache.root, self.config.settings, versions)
            self.todo.append(SourceJob(key, task))
        return keys

    def scans_to_read(self) -> int:
        return len(self.todo)

    def notes(self) -> list[str]:
        """What the reads had to say that is not about a file (a full cache), each once."""
        return list(dict.fromkeys(o.note for o in self.outcomes.values() if o.note))

    def done(self, keys: list[EntryKey]) -> bool:
        return all(k in self.outcomes for k in keys)

    def reads(self) -> dict[str, int]:
        """How much reading the shared cache and the deduplication saved."""
        distinct = len(self.outcomes.keys() | self.timings.keys())
        return {
            "sources": self.sources,
            "distinct": distinct,
            "from_cache": distinct - len(self.todo),
            "ocr": len(self.todo),
            "pages_ocr": self.pages_read,
        }

    def read_all(self, on_read: Callable[[SourceJob], None]) -> None:
        """Read every source not served from the cache, longest first; ``on_read`` as each
        comes back."""
        if not self.todo:
            return
        # Longest documents first: the last one to start is short, so no core idles at the end.
        jobs = sorted(self.todo, key=lambda job: -_size(job.task.source))
        by_key = {job.key: job for job in jobs}

        def received(result: SourceDone) -> None:
            self.outcomes[result.key] = self._filed(result)
            if read := self.outcomes[result.key].read:
                self.pages_read += len(read.page_texts)
            on_read(by_key[result.key])

        groups = grouped(jobs, self.jobs or default_jobs())
        executor, task = self._executor(len(groups))
        try:
            read_groups(executor, task, groups, received)
        except PacketError:
            raise
        except Exception as exc:  # read_source catches a document's own errors: a pool's
            raise BuildError(f"the workers stopped ({type(exc).__name__}: {exc})") from exc

    def results(
        self, sources: list[Source], keys: list[EntryKey]
    ) -> tuple[list[ReadSource], list[Rejection]]:
        """A case's sources as read, each under its own file name, in the case's order."""
        read, rejected = [], []
        for source, key in zip(sources, keys, strict=True):
            outcome = self.outcomes[key]
            if outcome.read:
                pages = outcome.read.source.pages  # counted when it was read
                read.append(dataclasses.replace(outcome.read, source=replace(source, pages=pages)))
            elif outcome.rejection:
                rejected.append(dataclasses.replace(outcome.rejection, file=source.file))
        return read, rejected

    def _executor(self, tasks: int) -> tuple[Executor, Callable[[ReadGroup], GroupDone]]:
        if self.scheduler:
            return DaskExecutor(self.scheduler), read_on_worker
        return executor_for(self.jobs, tasks, read_limits(self.config.settings)), read_here

    def _filed(self, done: SourceDone) -> SourceOutcome:
        """The outcome of a read, its seconds counted, its PDF filed in our cache if it was read
        on another machine."""
        outcome, timings = done.outcome, self.timings[done.key]
        for stage, seconds in outcome.seconds.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
        if done.pdf is None or outcome.read is None:
            return outcome
        incoming = self.work / f"{done.key.digest}.pdf"
        incoming.write_bytes(done.pdf)
        read = outcome.read
        stored = _put(self.cache, done.key, incoming, read)
        incoming.unlink()
        return dataclasses.replace(outcome, read=dataclasses.replace(read, pdf=stored.pdf))


def _size(source: Source) -> int:
    """How long a source will take to read, roughly: its size (its pages are not yet known)."""
    try:
        return source.path.stat().st_size
    except OSError:
        return 0
