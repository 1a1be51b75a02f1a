"""The pipeline, top to bottom: ingest → normalize → ocr → segment → classify → check → compose →
assemble.

``read_case`` runs the stages that read the evidence (what ``packet check`` needs);
``build`` adds the stages that write the packet. Each step is one call into its stage module;
the records they pass are in packet/records.py. `packet batch` runs the same steps for many
cases (packet/batch.py): ``open_case``, then packet/reading.py for every case's sources at once,
then ``finish_reading`` and ``write_packet`` per case.
"""

from __future__ import annotations

import contextlib
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from packet import atomic
from packet.cache import default_cache_dir
from packet.case import Case, load_case
from packet.check import check, has_errors
from packet.classify import classify, read_ahead, remembered_decisions
from packet.config import Config, load_config
from packet.dates import build_date, build_time
from packet.errors import BuildError, ExitCode, UsageError
from packet.ingest import OUTPUT_FOLDER, evidence_folders, ingest
from packet.ocr import ask_versions
from packet.progress import StageProgress
from packet.reading import Reader, SourceJob
from packet.records import (
    BuildContext,
    CheckResult,
    Document,
    FiledRecord,
    Finding,
    Intake,
    Output,
    ReadSource,
    Rejection,
    Source,
    Variant,
)
from packet.report import (
    REPORT_NAME,
    filing_record,
    load_filed,
    previous_outputs,
    report,
    report_bytes,
)
from packet.review import REVIEW_NAME
from packet.review import render as review_page
from packet.segment import check_ranges, segment
from packet.templates import keep_compiled
from packet.terminal import printable
from packet.text.language import remembered_readings
from packet.work import timed, work_folder

# The stages that write pages (compose, assemble; normalize and ocr in packet/reading.py) and
# their libraries (pikepdf, reportlab, OCRmyPDF) are imported by the steps that run them, so that
# `packet check` with every scan in the cache loads none of them (bench/README.md, "Start-up").


@dataclass(frozen=True)
class Options:
    out_dir: Path | None = None
    variants: tuple[Variant, ...] = ("efile",)
    strict: bool = False
    jobs: int | None = None
    cache_dir: Path | None = None
    max_mb: float | None = None  # e-filing size limit per file; None: config's packet.efile_max_mb
    tab_cut: int | None = None  # tab positions per bank of dividers; None: config's packet.tab_cut
    supplement_to: Path | None = None  # the filed packet's report.json: build a supplement to it
    progress: StageProgress = field(default_factory=lambda: StageProgress(False))


@dataclass
class Reading:
    """What the evidence says: the stages up to and including check."""

    context: BuildContext
    documents: list[Document]
    rejected: list[Rejection]
    checked: CheckResult
    timings: dict[str, float]

    @property
    def case(self) -> Case:
        return self.context.case

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.checked.findings


@dataclass
class Built:
    reading: Reading
    outputs: list[Output]
    report_path: Path | None

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.findings if has_errors(self.reading.findings) else ExitCode.ok


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


@dataclass
class OpenedCase:
    """A case whose case.yaml is valid and whose files are identified, before any is read."""

    case_dir: Path
    case: Case
    intake: Intake
    timings: dict[str, float]
    variants: tuple[Variant, ...] = ("efile",)
    filed: FiledRecord | None = None  # --supplement-to: the record of what was filed


def open_case(case_dir: Path, options: Options, config: Config) -> OpenedCase:
    timings: dict[str, float] = {}
    case = load_case(case_dir, config)
    out_dir = out_dir_for(case_dir, options)
    # before any scan is read: a report that is not this respondent's filing is refused at once
    filed = load_filed(options.supplement_to, case, out_dir) if options.supplement_to else None
    refuse_output_among_evidence(case_dir, out_dir, config)
    with timed(timings, "ingest"):
        intake = ingest(case_dir, case, config.settings.intake, out_dir)
    return OpenedCase(case_dir, case, intake, timings, options.variants, filed)


def refuse_output_among_evidence(case_dir: Path, out_dir: Path, config: Config) -> None:
    """A packet written where the evidence is would be read as evidence by the next check,
    and the evidence read from it would be missing from this one."""
    out = out_dir.resolve()
    holders = [case_dir.resolve()] if out == case_dir.resolve() else []
    folders = evidence_folders(case_dir, config.settings.intake)
    holders += sorted(d for d in folders if out.is_relative_to(d))
    if holders:
        raise UsageError(
            f"{out_dir}: the output folder is inside {holders[0]}, which holds the case's "
            "evidence: the packet would be read as evidence by the next check. Give `-o` a "
            f"folder of its own, e.g. {case_dir / OUTPUT_FOLDER} (the default), or one outside "
            "the case folder."
        )


def finish_reading(
    opened: OpenedCase,
    read: list[ReadSource],
    rejected: list[Rejection],
    config: Config,
    work: Path,
    cache_dir: Path | None = None,
) -> Reading:
    """Classify and check sources already read (here, or by ``packet batch`` across cases);
    with ``cache_dir``, the languages of texts read before are taken from it."""
    context = BuildContext(opened.case, config, build_date(), work, opened.variants, opened.filed)
    timings = opened.timings
    check_ranges(opened.case, read)  # case.yaml's `pages:` against the files' pages as read
    # segment (a translation's page after its original), classify and check ask texts' languages
    # and segment and classify their types and decisions: remembered beside the cache (memo.py)
    with remembered_readings(cache_dir), remembered_decisions(cache_dir):
        with timed(timings, "segment"):
            found = segment(read, opened.case, config, work)
            if cache_dir:
                _keep_thumbnails_of_pieces(found, read, cache_dir, work)
        if not found:
            raise nothing_to_build(opened, opened.intake.rejected + rejected)
        rejected = opened.intake.rejected + rejected
        with timed(timings, "classify"):
            documents = classify(found, opened.case, config)
        with timed(timings, "check"):
            checked = check(context, documents, rejected)
    return Reading(context, documents, rejected, checked, timings)


def _keep_thumbnails_of_pieces(
    found: list[ReadSource], read: list[ReadSource], cache_dir: Path, work: Path
) -> None:
    """A document cut out of a file or joined from several gets the review page's thumbnails of
    the pages it is made of (packet/thumbnails.py): drawing its new PDF again would cost a
    pdftoppm process a document, after the last scan is read, while the workers wait."""
    from packet.thumbnails import Thumbnails

    files = {r.source.file: r.pdf for r in read}
    thumbnails = Thumbnails(cache_dir, work)
    for document in found:
        pieces = document.pieces
        if pieces and not (len(pieces) == 1 and pieces[0].whole):
            thumbnails.keep_pieces(document.pdf, [(files[p.file], p.first, p.last) for p in pieces])


def nothing_to_build(opened: OpenedCase, rejected: list[Rejection]) -> BuildError:
    """No document could be read at all: there is no packet to build, draft or not."""
    where = opened.case_dir
    if rejected:
        why = "; ".join(f"{r.file}: {r.reason}" for r in rejected)
        found = f"no file in {where} could be used ({why})"
    elif opened.intake.excluded:
        found = f"every file in {where} is set to `exclude: true` in case.yaml"
    else:
        found = f"{where} holds no scans"
    return BuildError(
        f"Nothing to build: {found}. Add the scans of the evidence (photos, or PDFs from the "
        "scanner) to the case folder, for example in scans/: the respondent's passport or birth "
        "certificate, and the documents of each claim in case.yaml. No packet was written."
    )


def read_case(
    case_dir: Path,
    options: Options,
    work: Path,
    config: Config,
    meanwhile: Callable[[], object] | None = None,
) -> Reading:
    """The case read and checked; ``meanwhile`` runs in a thread while scans are OCR'd, and
    each scan's types are worked out there as it comes back (``classify.read_ahead``)."""
    opened = open_case(case_dir, options, config)
    read, rejected = read_sources(
        opened.intake.sources,
        options,
        work,
        config,
        opened.timings,
        meanwhile,
        lambda scan: read_ahead(scan, config),
    )
    return finish_reading(opened, read, rejected, config, work, cache_dir_for(options))


def build(case_dir: Path, options: Options) -> Built:
    ask_versions()  # answered while case.yaml and config/ are read and the scans hashed
    finish_interrupted_writes(output_folder(case_dir, options))
    config = load_config(cache_dir=cache_dir_for(options))
    with work_folder() as work:
        reading = read_case(case_dir, options, work, config, _import_writers)
        return write_packet(case_dir, reading, options)


def _import_writers() -> object:
    """The stages that write the packet and their libraries (reportlab, pikepdf, qpdf: ~0.4 s
    to import), loaded while the workers read the scans rather than after."""
    import packet.assemble
    import packet.compose

    return packet.compose, packet.assemble


def write_packet(case_dir: Path, reading: Reading, options: Options) -> Built:
    """Compose and assemble a case already read, and write its packets and report.json."""
    from packet.assemble import assemble
    from packet.compose import compose

    if options.strict and has_errors(reading.findings):
        return Built(reading, [], None)  # nothing written, not even report.json
    ctx, timings = reading.context, reading.timings
    config = ctx.config
    keep_compiled(config, cache_dir_for(options))  # the letter's templates, as the review page's
    # The service copy carries a completed certificate of service: without `service:` in
    # case.yaml there is nothing to complete it from (check says what to add), so none is written.
    variants = tuple(v for v in options.variants if v != "service" or ctx.case.service)
    with timed(timings, "compose"):
        filed = reading.checked.filed(reading.documents)
        cut = options.tab_cut or config.settings.packet.tab_cut
        composition = compose(ctx, filed, cut, variants)
    for warning in composition.warnings:
        print(f"{case_dir.name}: warning: {warning}", file=sys.stderr)
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
            options.progress.stage("Assembling the packet", len(variants), "variant") as advance,
        ):
            outputs = assemble(
                composition,
                ctx.case,
                config,
                staging,
                variants,
                options.max_mb,
                build_time(),
                advance,
                draft=has_errors(reading.findings),
            )
        with timed(timings, "review"):
            review = review_page(reading, composition, outputs, cache_dir_for(options))
        staging.write(REVIEW_NAME, lambda f: f.write(review))
        content = report(
            ctx.case,
            reading.documents,
            reading.rejected,
            reading.findings,
            composition,
            outputs,
            timings,
        ) | filing_record(ctx.today, composition, ctx.filed)
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


def check_case(case_dir: Path, options: Options, review: Path | None = None) -> Reading:
    """Read and check the case; with ``review``, write the review page there (no packet)."""
    ask_versions()  # answered while case.yaml and config/ are read and the scans hashed
    config = load_config(cache_dir=cache_dir_for(options))
    with work_folder() as work:
        reading = read_case(case_dir, options, work, config)
        if review:
            page = review_page(reading, None, [], cache_dir_for(options))
            review.parent.mkdir(mode=atomic.PRIVATE_DIR, parents=True, exist_ok=True)
            atomic.write_bytes(review, page)
        return reading


def cache_dir_for(options: Options) -> Path:
    """The OCR cache a command uses, which also keeps config/'s data and the memos."""
    return options.cache_dir or default_cache_dir()


def read_sources(
    sources: list[Source],
    options: Options,
    work: Path,
    config: Config,
    timings: dict[str, float],
    meanwhile: Callable[[], object] | None = None,
    ahead: Callable[[ReadSource], None] | None = None,
) -> tuple[list[ReadSource], list[Rejection]]:
    """One case's sources, read through packet/reading.py as a docket of one. While the
    workers OCR (only when there is a scan to OCR), a thread runs ``meanwhile``, then
    ``ahead`` on each scan as it comes back."""
    reader = Reader(config, options.cache_dir or default_cache_dir(), work, options.jobs)
    keys = reader.add(sources, work, timings)
    thread = _Meanwhile(meanwhile, ahead) if reader.scans_to_read() else None
    with (
        thread or contextlib.nullcontext(),
        options.progress.stage("Reading scans (OCR)", len(sources), "file") as advance,
    ):
        for key in keys:
            if key in reader.outcomes:
                advance()

        def read(job: SourceJob) -> None:
            for _ in range(keys.count(job.key)):  # a scan the folder holds twice is read once
                advance()
            if thread and (outcome := reader.outcomes[job.key].read):
                thread.ahead(outcome)

        reader.read_all(read)
    for note in reader.notes():
        print(f"note: {printable(note)}", file=sys.stderr)
    return reader.results(sources, keys)


class _Meanwhile:
    """A thread that works while the scans are read: ``first`` once, then ``each`` on every
    scan handed to it. It has ended when the reading has (a thread still importing at
    interpreter exit could fail there). Its errors are its own: the step that needs what it
    did does it again and reports them."""

    def __init__(
        self, first: Callable[[], object] | None, each: Callable[[ReadSource], None] | None
    ) -> None:
        self.first, self.each = first, each
        self.todo: queue.SimpleQueue[ReadSource | None] = queue.SimpleQueue()
        self.stopped = False  # the reading failed or was interrupted: what is left is not done
        self.thread = threading.Thread(target=self._run, name="meanwhile", daemon=True)

    def ahead(self, read: ReadSource) -> None:
        if self.each:
            self.todo.put(read)

    def __enter__(self) -> _Meanwhile:
        self.thread.start()
        return self

    def __exit__(self, failure: type[BaseException] | None, *_: object) -> None:
        self.stopped = failure is not None
        self.todo.put(None)
        self.thread.join()

    def _run(self) -> None:
        with contextlib.suppress(Exception):
            if self.first:
                self.first()
        while (read := self.todo.get()) is not None:
            with contextlib.suppress(Exception):
                if self.each and not self.stopped:
                    self.each(read)
