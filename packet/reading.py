"""Reading sources: normalize and OCR, one task per distinct scan, in parallel, through the cache.

The one path by which `packet build` (a docket of one case) and `packet batch` (every case) read
their scans. Sources are filed under their OCR cache key (``source_cache_key``): a scan that
is in two cases, or twice in one, is read once; a cache hit is served here and never reaches a
worker; the rest go to one ``Executor``, longest first, so the last to start is short and no
core idles at the end. Cases get each result under their own file name (``results``).
"""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from packet._exec import ocrmypdf, tesseract
from packet.cache import CachedOcr, OcrCache, cache_key
from packet.config import Config, NormalizeSettings
from packet.errors import BuildError, MissingProgramError, PacketError
from packet.executor import DaskExecutor, Executor, executor_for
from packet.ingest import Unusable, file_sha256
from packet.ocr import versions as ocr_versions
from packet.records import PageNormalization, ReadSource, Rejection, Source
from packet.work import temp_files_in, timed, work_folder


@dataclass(frozen=True)
class SourceTask:
    source: Source
    work: Path
    cache_dir: Path
    config: Config
    versions: dict[str, str]  # the OCR engines', part of the cache key (engine_versions)


@dataclass(frozen=True)
class SourceOutcome:
    read: ReadSource | None
    rejection: Rejection | None
    seconds: dict[str, float]


@dataclass(frozen=True)
class SourceJob:
    key: str  # the OCR cache key: one job per key, however many sources share the scan
    task: SourceTask


@dataclass(frozen=True)
class SourceDone:
    key: str
    outcome: SourceOutcome
    pdf: bytes | None = None  # the searchable PDF itself, when read on another machine


def page_settings(source: Source, config: Config) -> NormalizeSettings:
    """How a source's pages are normalized: config's way, changed by its case.yaml entry."""
    return config.settings.normalize.model_copy(update=dict(source.normalize))


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


def source_cache_key(source: Source, config: Config, versions: dict[str, str]) -> str:
    """What the OCR cache files a source's result under; equal keys mean equal results."""
    settings = config.settings
    return cache_key(
        source.sha256,
        {
            "normalize": page_settings(source, config).model_dump(),
            "ocr": settings.ocr.model_dump(),
        },
        versions,
    )


def from_cache(cache: OcrCache, key: str, source: Source) -> SourceOutcome | None:
    """A source read by an earlier build (of this case or another), or None."""
    found = cache.get(key)
    if not found:
        return None
    normalized = tuple(PageNormalization.from_json(p) for p in found.normalized)
    read = ReadSource(source, found.pdf, found.page_texts, found.page_confidences, True, normalized)
    return SourceOutcome(read, None, {})


def read_source(task: SourceTask) -> SourceOutcome:
    """Normalize and OCR one source, or take both from the cache. Runs in a worker process."""
    key = source_cache_key(task.source, task.config, task.versions)
    if hit := from_cache(OcrCache(task.cache_dir), key, task.source):
        return hit
    # Imported in the worker that reads: a build whose scans are all cached loads neither.
    from packet.normalize import normalize
    from packet.ocr import ocr

    source, settings = task.source, task.config.settings
    pages = page_settings(source, task.config)
    seconds: dict[str, float] = {}
    try:
        with timed(seconds, "normalize"):
            normalized = normalize(source, task.work, pages)
        with timed(seconds, "ocr"), temp_files_in(task.work):
            read = ocr(normalized, task.work, settings.ocr, pages)
    except PacketError:
        raise  # e.g. Tesseract missing: no document can be read, so the build stops
    except (Unusable, ocrmypdf.OcrFailed, tesseract.TesseractFailed) as exc:
        return SourceOutcome(None, Rejection(source.file, str(exc)), seconds)
    except Exception as exc:  # one unreadable file must never stop the rest of the case
        return SourceOutcome(
            None,
            Rejection(source.file, f"could not be read ({type(exc).__name__}: {exc})"),
            seconds,
        )
    stored = _put(OcrCache(task.cache_dir), key, read.pdf, read)
    return SourceOutcome(replace(read, pdf=stored.pdf), None, seconds)


def _put(cache: OcrCache, key: str, pdf: Path, read: ReadSource) -> CachedOcr:
    """File a source's reading in the cache: its searchable PDF, texts and page records."""
    records = tuple(p.as_json() for p in read.normalized)
    return cache.put(key, pdf, read.page_texts, read.page_confidences, records)


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
        outcome = read_source(task)
        pdf = outcome.read.pdf.read_bytes() if outcome.read else None
    return SourceDone(job.key, outcome, pdf)


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
        self.outcomes: dict[str, SourceOutcome] = {}
        self.todo: list[SourceJob] = []
        self.timings: dict[str, dict[str, float]] = {}  # whose timings carry a shared read
        self.sources = 0
        self._versions: dict[str, str] | None = None

    def engine_versions(self) -> dict[str, str]:
        """The OCR engines' versions (or the cache's record of them), asked once."""
        if self._versions is None:
            self._versions = engine_versions(self.cache)
        return self._versions

    def add(self, sources: list[Source], work: Path, timings: dict[str, float]) -> list[str]:
        """File a case's sources to be read (in ``work``); returns each one's cache key. Their
        reading seconds go to ``timings``, a shared read's to the first case that asked."""
        versions = self.engine_versions() if sources else {}
        keys = [source_cache_key(s, self.config, versions) for s in sources]
        self.sources += len(sources)
        for source, key in zip(sources, keys, strict=True):
            if key in self.outcomes or key in self.timings:
                continue
            if hit := from_cache(self.cache, key, source):
                self.outcomes[key] = hit
                continue
            self.timings[key] = timings
            task = SourceTask(source, work, self.cache.root, self.config, versions)
            self.todo.append(SourceJob(key, task))
        return keys

    def pages_to_read(self) -> int:
        return sum(job.task.source.pages for job in self.todo)

    def done(self, keys: list[str]) -> bool:
        return all(k in self.outcomes for k in keys)

    def reads(self) -> dict[str, int]:
        """How much reading the shared cache and the deduplication saved."""
        distinct = len(self.outcomes.keys() | self.timings.keys())
        return {
            "sources": self.sources,
            "distinct": distinct,
            "from_cache": distinct - len(self.todo),
            "ocr": len(self.todo),
            "pages_ocr": self.pages_to_read(),
        }

    def read_all(self, on_read: Callable[[SourceJob], None]) -> None:
        """Read every source not served from the cache, longest first; ``on_read`` as each
        comes back."""
        if not self.todo:
            return
        # Longest documents first: the last one to start is short, so no core idles at the end.
        jobs = sorted(self.todo, key=lambda job: -job.task.source.pages)
        by_key = {job.key: job for job in jobs}

        def received(result: SourceDone) -> None:
            self.outcomes[result.key] = self._filed(result)
            on_read(by_key[result.key])

        executor, task = self._executor(len(jobs))
        try:
            executor.map(task, jobs, received)
        except PacketError:
            raise
        except Exception as exc:  # read_source catches a document's own errors: a pool's
            raise BuildError(f"the workers stopped ({type(exc).__name__}: {exc})") from exc

    def results(
        self, sources: list[Source], keys: list[str]
    ) -> tuple[list[ReadSource], list[Rejection]]:
        """A case's sources as read, each under its own file name, in the case's order."""
        read, rejected = [], []
        for source, key in zip(sources, keys, strict=True):
            outcome = self.outcomes[key]
            if outcome.read:
                read.append(dataclasses.replace(outcome.read, source=source))
            elif outcome.rejection:
                rejected.append(dataclasses.replace(outcome.rejection, file=source.file))
        return read, rejected

    def _executor(self, tasks: int) -> tuple[Executor, Callable[[SourceJob], SourceDone]]:
        if self.scheduler:
            return DaskExecutor(self.scheduler), read_on_worker
        return executor_for(self.jobs, tasks), read_here

    def _filed(self, done: SourceDone) -> SourceOutcome:
        """The outcome of a read, its seconds counted, its PDF filed in our cache if it was read
        on another machine."""
        outcome, timings = done.outcome, self.timings[done.key]
        for stage, seconds in outcome.seconds.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
        if done.pdf is None or outcome.read is None:
            return outcome
        incoming = self.work / f"{done.key}.pdf"
        incoming.write_bytes(done.pdf)
        read = outcome.read
        stored = _put(self.cache, done.key, incoming, read)
        incoming.unlink()
        return dataclasses.replace(outcome, read=dataclasses.replace(read, pdf=stored.pdf))
