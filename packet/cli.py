"""The `packet` command: build, check, batch, init, explain, doctor, cache, config
(DESIGN.md, "Commands").

Each command imports the stages it runs when it runs: `packet --help` and a mistyped option
must answer at once, and importing the whole pipeline (OCRmyPDF, pikepdf, reportlab, Dask...)
costs ten times what Python and click do (bench/README.md, "Start-up").
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from packet import json_output
from packet.errors import ExitCode, PacketError, Terminated, UsageError
from packet.records import VARIANTS, CaseStatus, Variant
from packet.terminal import plural, printable, verdict, wrap

if TYPE_CHECKING:
    from rich.console import Console

    from packet.batch import BatchResult
    from packet.pipeline import Reading
    from packet.progress import StageProgress
    from packet.records import Finding, Timeline


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich exits 1 here; exits_cleanly ends a closed pipe quietly with 0 instead.
            self.quiet = True
            raise BrokenPipeError

    console = _Console(stderr=stderr, highlight=False)
    # On a terminal rich breaks lines between words at its width; a pipe gets whole lines.
    console.soft_wrap = not console.is_terminal
    return console


class _WhenUsed:
    """The console, made when first printed to: importing rich costs more than `--help` may."""

    def __init__(self, stderr: bool) -> None:
        self._stderr = stderr
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            self._console = _console(self._stderr)
        return getattr(self._console, name)


def escape(text: str) -> str:
    """Text printed as it is, never read as rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


out = cast("Console", _WhenUsed(stderr=False))
err = cast("Console", _WhenUsed(stderr=True))
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_HEADING = {"error": "Errors", "warning": "Warnings", "info": "For your information"}
# One character a month in the residence timeline: what covers it.
MONTH_MARKS = {
    "evidence": "[green]#[/]",
    "gap": "[bold red]![/]",
    "uncovered": "[dim]-[/]",
    None: " ",
}
TIMELINE_FILES_AT = 22  # where a timeline row's files start: "  2015  ", 12 months, 2 spaces
BATCH_STYLE = {
    CaseStatus.ready: "green",
    CaseStatus.findings: "yellow",
    CaseStatus.failed: "bold red",
}


def exits_cleanly(command: Callable[..., int]) -> Callable[..., None]:
    """Turn what a command returns or raises into an exit code and a message for a person."""

    schema = getattr(command, "json_schema", None)

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _terminate) if main_thread else None
        try:
            try:
                code = command(*args, **kwargs)
            except (Exception, KeyboardInterrupt) as exc:
                if schema and kwargs.get("as_json") and not isinstance(exc, BrokenPipeError):
                    click.echo(json_output.dumps(json_output.failure_output(schema, exc)))
                raise
        except BrokenPipeError:
            # `packet check CASE | head -1`: the reader has what it wanted; stop quietly.
            _drop_stdout()
            code = ExitCode.ok
        except PacketError as exc:
            say(err, f"error: {exc.message}", "bold red", len("error:"), lines=True)
            code = exc.exit_code
        except Terminated:
            err.print("stopped (SIGTERM); nothing was left half-written.")
            code = ExitCode.terminated
        except KeyboardInterrupt:
            err.print("interrupted; nothing was left half-written.")
            code = ExitCode.interrupted
        except OSError as exc:
            # Permission denied, a folder gone: the system's words, and the file.
            where = f" ({exc.filename})" if exc.filename else ""
            say(err, f"error: {exc.strerror or exc}{where}.", "bold red", len("error:"))
            say(err, "Nothing was left half-written; a packet already there was kept.")
            code = ExitCode.build_failed
        except Exception as exc:
            if os.environ.get("PACKET_DEBUG"):
                raise
            stopped_by = _stopped_by(exc)
            if stopped_by is KeyboardInterrupt:
                err.print("interrupted; nothing was left half-written.")
                code = ExitCode.interrupted
            elif stopped_by is Terminated:
                err.print("stopped (SIGTERM); nothing was left half-written.")
                code = ExitCode.terminated
            else:
                say(
                    err,
                    f"internal error: {type(exc).__name__}: {exc}. Nothing was left "
                    "half-written. Please report this; PACKET_DEBUG=1 shows the details.",
                    "bold red",
                    len("internal error:"),
                )
                code = ExitCode.build_failed
        finally:
            if main_thread:
                signal.signal(signal.SIGTERM, previous)
        sys.exit(int(code))

    return run


def prints_json(schema: str) -> Callable[[Callable[..., int]], Callable[..., int]]:
    """Mark a command whose --json output, on failure, is ``schema``'s object with ``error``."""

    def mark(command: Callable[..., int]) -> Callable[..., int]:
        command.json_schema = schema  # type: ignore[attr-defined]
        return command

    return mark


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def say(
    console: Console,
    text: str,
    style: str | None = None,
    styled: int = 0,
    lines: bool = False,
) -> None:
    """Print plain text broken between words at the terminal's width, each wrapped line
    indented under its first; the first ``styled`` characters in ``style``. Control characters
    (of a file name, a case value, a library's message) are shown escaped, line breaks too
    unless ``lines`` (a message of several lines): no name can colour or clear the terminal, or
    fake a line of its own ("0 errors: ready to file")."""
    from rich.text import Text

    width = console.width if console.is_terminal else None
    for i, line in enumerate(wrap(printable(text, newlines=lines), width)):
        shown = Text(line)
        if i == 0 and style and styled:
            shown.stylize(style, 0, styled)
        console.print(shown, soft_wrap=True)


def _terminate(signum: int, frame: object) -> None:
    # Ignore a second SIGTERM while the first one unwinds, so that the clean-up finishes.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise Terminated


case_dir_argument = click.argument(
    "case_dir", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Documents read at once (default: number of cores).",
)
cache_option = click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where OCR results are kept between builds (default: $PACKET_CACHE_DIR, else "
    "~/.cache/evidence-packet; see `packet cache info`).",
)
quiet_option = click.option(
    "--quiet", "-q", is_flag=True, help="No progress; print only the errors and the verdict."
)
verbose_option = click.option(
    "--verbose", "-v", is_flag=True, help="Also print how long each stage took."
)


def stage_progress(quiet: bool, verbose: bool) -> StageProgress:
    from packet.progress import StageProgress

    if quiet and verbose:
        raise UsageError("--quiet and --verbose contradict each other; give one of them.")
    return StageProgress(False if quiet else None, verbose=verbose)


def show_timings(timings: dict[str, float]) -> None:
    """--verbose: each stage's time, in pipeline order, on stderr."""
    shown = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in timings.items())
    say(err, f"Timings: {shown}; total {sum(timings.values()):.2f} s")


def variant_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--variant efile|filing|service|all, handed to the command as the variants to build."""
    return click.option(
        "--variant",
        "variants",
        type=click.Choice([*VARIANTS, "all"]),
        default="efile",
        show_default=True,
        callback=lambda _ctx, _param, value: VARIANTS if value == "all" else (value,),
        help=help,
    )


JSON_SCHEMAS = {
    "check": json_output.CHECK_SCHEMA,
    "build": json_output.BUILD_SCHEMA,
    "batch": json_output.BATCH_SCHEMA,
}


class PacketCommands(click.Group):
    """The command group; with --json, even a bad invocation (a folder that does not exist, an
    unknown option) prints the command's JSON object with its ``error``, as well as the usage
    message on stderr."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        schema = next((JSON_SCHEMAS[a] for a in argv if a in JSON_SCHEMAS), None)
        if not schema or "--json" not in argv:
            return super().main(argv, prog_name, complete_var, standalone_mode, **extra)
        try:
            return super().main(argv, prog_name, complete_var, False, **extra)
        except click.ClickException as exc:
            failure = json_output.failure_output(schema, UsageError(exc.format_message()))
            click.echo(json_output.dumps(failure))
            exc.show()
            sys.exit(exc.exit_code)
        except click.exceptions.Exit as exc:  # --help, --version
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(ExitCode.interrupted)


@click.group(cls=PacketCommands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="evidence-packet")
def main() -> None:
    """Build prosecutorial-discretion evidence packets from a folder of scans.

    Put the scans and a case.yaml in one folder, run `packet check` to see what is missing,
    then `packet build` to get a bookmarked, page-numbered PDF with a cover letter and an
    exhibit index. Originals are never changed. `packet doctor` checks that the programs it
    needs are installed.
    """


json_option = click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object on stdout (schema in docs/report-json.md), also on failure.",
)


@main.command("build")
@case_dir_argument
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the packet and report.json (default: CASE_DIR/out).",
)
@variant_option(
    "efile: for ECAS upload; filing: with tab dividers; service: the copy served on DHS."
)
@click.option(
    "--max-mb",
    type=click.FloatRange(min=0.1),
    help="Split the efile copy into parts no larger than this many MB "
    "(default: packet.efile_max_mb in config/settings.yaml, the court's 25 MB limit).",
)
@click.option(
    "--tab-cut",
    type=click.IntRange(min=1, max=12),
    help="Tab positions on your divider stock, e.g. 5 for 5-cut tabs "
    "(default: packet.tab_cut in config/settings.yaml).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Write nothing (no packet, no report.json) while error-level findings remain.",
)
@click.option(
    "--supplement-to",
    "supplement_to",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Build a supplement to a packet already filed: the report.json written with it (a "
    "copy kept in a folder of its own). What was filed keeps its exhibit letters and pages; "
    "new evidence gets the next letters and pages (docs/supplements.md).",
)
@json_option
@quiet_option
@verbose_option
@jobs_option
@cache_option
@exits_cleanly
@prints_json(json_output.BUILD_SCHEMA)
def build_command(
    case_dir: Path,
    out_dir: Path | None,
    variants: tuple[Variant, ...],
    max_mb: float | None,
    tab_cut: int | None,
    strict: bool,
    supplement_to: Path | None,
    as_json: bool,
    quiet: bool,
    verbose: bool,
    jobs: int | None,
    cache_dir: Path | None,
) -> int:
    """Read, check and assemble the case in CASE_DIR into a packet.

    Exits 0 when built with no errors, 1 when error-level findings remain (the packet is still
    written unless --strict), 2 for a bad case.yaml or option, 3 when nothing could be built.
    """
    from packet.pipeline import Options, build, out_dir_for
    from packet.review import REVIEW_NAME

    options = Options(
        out_dir,
        variants,
        strict,
        jobs,
        cache_dir,
        max_mb=max_mb,
        tab_cut=tab_cut,
        supplement_to=supplement_to,
        progress=stage_progress(quiet, verbose),
    )
    built = build(case_dir, options)
    if verbose:
        show_timings(built.reading.timings)
    if as_json:
        click.echo(json_output.dumps(json_output.build_output(case_dir, built, built.exit_code)))
    else:
        show_findings(built.reading, quiet=quiet)
    if not built.outputs:
        say(
            err,
            "No packet written: --strict and error-level findings remain; nothing was written "
            "(not even report.json). Fix the errors above, or build without --strict.",
            "bold red",
            len("No packet written:"),
        )
        earlier = sorted(out_dir_for(case_dir, options).glob("packet-*.pdf"))
        if earlier:
            say(err, f"{earlier[0]} is from an earlier build: do not file it as is.")
        return built.exit_code
    if not as_json:
        for output in built.outputs:
            part = f", part {output.part}" if output.part else ""
            say(
                out,
                f"Packet ({output.variant}{part}): {output.path}  "
                f"{plural(output.pages, 'page')}, {output.bytes / 1_000_000:.1f} MB",
            )
        say(out, f"Report: {built.report_path}")
        say(out, f"Review page: {out_dir_for(case_dir, options) / REVIEW_NAME}")
    return built.exit_code


@main.command("check")
@case_dir_argument
@json_option
@click.option(
    "--review",
    "review",
    type=click.Path(path_type=Path),
    help="Where to write the review page (default: CASE_DIR/out/review.html; a folder gets "
    "review.html inside it).",
)
@quiet_option
@verbose_option
@jobs_option
@cache_option
@exits_cleanly
@prints_json(json_output.CHECK_SCHEMA)
def check_command(
    case_dir: Path,
    as_json: bool,
    review: Path | None,
    quiet: bool,
    verbose: bool,
    jobs: int | None,
    cache_dir: Path | None,
) -> int:
    """Check the case in CASE_DIR for missing exhibits before anything is filed.

    Reads and OCRs the scans (using the cache) and writes no packet: only the review page
    (out/review.html: every document with its pages, what was found, the timeline). Prints the
    findings by severity, the residence timeline and a verdict; exits 1 when errors remain.
    """
    from packet.check import has_errors
    from packet.pipeline import Options, check_case, out_dir_for

    options = Options(jobs=jobs, cache_dir=cache_dir, progress=stage_progress(quiet, verbose))
    page = review_path(case_dir, review, out_dir_for(case_dir, options))
    reading = check_case(case_dir, options, page)
    code = ExitCode.findings if has_errors(reading.findings) else ExitCode.ok
    if verbose:
        show_timings(reading.timings)
    if as_json:
        click.echo(json_output.dumps(json_output.check_output(case_dir, reading, code)))
    else:
        if not quiet:
            say(out, f"Review page: {page}")  # before the findings: the verdict ends
        show_findings(reading, timeline=not quiet, quiet=quiet)
    return code


def review_path(case_dir: Path, given: Path | None, out_dir: Path) -> Path:
    """Where `packet check` writes the review page: never among the case's own files, where the
    next build would take it for a scan."""
    from packet.review import REVIEW_NAME, with_review_name

    page = with_review_name(given) if given else out_dir / REVIEW_NAME
    inside = page.resolve().is_relative_to(case_dir.resolve())
    if inside and not page.resolve().is_relative_to(out_dir.resolve()):
        raise UsageError(
            f"--review {given}: that is inside the case folder, whose files are the case; "
            f"write it into {out_dir} or outside {case_dir}."
        )
    return page


@main.command("batch")
@click.argument("cases_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write each case's packet (OUT_DIR/<case folder>/) and batch-report.json.",
)
@variant_option("Which packets to build for every case (see `packet build --help`).")
@click.option(
    "--strict", is_flag=True, help="Write no packet for a case with error-level findings."
)
@click.option("--force", is_flag=True, help="Rebuild every case, even those that did not change.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Documents read at once on this computer (default: number of cores).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Read the documents on a Dask cluster, e.g. tcp://10.0.0.5:8786 (see docs/batch.md; "
    "needs the [cluster] extra).",
)
@json_option
@click.option(
    "--quiet", "-q", is_flag=True, help="No progress; print only the failed cases and the total."
)
@click.option("--verbose", "-v", is_flag=True, help="Also print each case's stage timings.")
@cache_option
@exits_cleanly
@prints_json(json_output.BATCH_SCHEMA)
def batch_command(
    cases_dir: Path,
    out_dir: Path,
    variants: tuple[Variant, ...],
    strict: bool,
    force: bool,
    jobs: int | None,
    scheduler: str | None,
    as_json: bool,
    quiet: bool,
    verbose: bool,
    cache_dir: Path | None,
) -> int:
    """Build every case under CASES_DIR: each folder holding a case.yaml is one case.

    One failing case never stops the others. A case whose files, case.yaml, settings and tools
    did not change since the last batch into OUT_DIR is skipped (--force rebuilds it). Exits 0
    when every case built clean, 1 when some have error-level findings, 3 when some failed.
    """
    if quiet and verbose:
        raise UsageError("--quiet and --verbose contradict each other; give one of them.")
    if scheduler:
        from packet.executor import require_dask

        require_dask()
    from packet.batch import BatchOptions, run_batch
    from packet.progress import BatchProgress

    progress = BatchProgress(False if quiet else None)
    options = BatchOptions(out_dir, variants, strict, force, jobs, scheduler, cache_dir, progress)
    result = run_batch(cases_dir, options)
    if as_json:
        click.echo(json_output.dumps(json_output.batch_output(cases_dir, out_dir, result)))
    else:
        show_batch(result, quiet, verbose)
    return result.exit_code


def show_batch(result: BatchResult, quiet: bool = False, verbose: bool = False) -> None:
    from rich.box import SIMPLE
    from rich.table import Table
    from rich.text import Text

    if not quiet:
        table = Table("case", "pages", "errors", "warnings", "status", "time", box=SIMPLE)
        for c in result.cases:
            status = f"{c.status} (unchanged)" if c.unchanged else c.status
            table.add_row(
                Text(printable(c.case)),
                str(c.pages),
                str(c.errors),
                str(c.warnings),
                Text(status, style=BATCH_STYLE[c.status]),
                "-" if c.unchanged else f"{c.seconds:.1f} s",
            )
        out.print(table)
    for c in result.cases:
        if c.message and (c.status == CaseStatus.failed or not quiet):
            say(out, f"  {c.case}: {c.message}")
        if verbose and c.timings:
            timings = ", ".join(f"{stage} {t:.2f} s" for stage, t in c.timings.items())
            say(err, f"  {c.case}: {timings}")
    for f in result.findings:  # about several cases at once: in no case's report
        if f.severity == "error" or not quiet:
            say(out, f"  docket: {f.code}: {f.message}")
    if not quiet:
        for note in result.notes:
            say(out, f"  note: {note}")
    reads = result.reads
    say(
        out,
        f"{plural(len(result.cases), 'case')} in {result.seconds:.1f} s; "
        f"{plural(reads['ocr'], 'scan')} OCR'd ({plural(reads['pages_ocr'], 'page')}), "
        f"{reads['from_cache']} from the cache, "
        f"{reads['sources'] - reads['distinct']} shared between cases.",
    )
    say(out, f"Report: {result.report_path}")


def show_findings(reading: Reading, timeline: bool = False, quiet: bool = False) -> None:
    docs = reading.documents
    if not quiet:
        say(
            out,
            f"{reading.case.respondent.name}: {plural(len(docs), 'document')} read, "
            f"{plural(sum(d.pages for d in docs), 'page')}, "
            f"{plural(len(reading.rejected), 'file')} rejected.",
        )
    if timeline and reading.checked.timeline:
        show_timeline(reading.checked.timeline)
    for severity in ("error",) if quiet else ("error", "warning", "info"):
        found = [f for f in reading.findings if f.severity == severity]
        if found:
            style = SEVERITY_STYLE[severity]
            out.print(f"\n[{style}]{SEVERITY_HEADING[severity]} ({len(found)})[/]")
        for f in found:
            say(out, f"  {_where(f)}{f.message}")
    out.print()
    out.print(verdict(reading.findings), markup=False)


def show_timeline(timeline: Timeline) -> None:
    """One row a year, one mark a month, and the documents dated that year."""
    from packet.dates import long_date

    out.print(
        f"\nResidence claimed since {long_date(timeline.since)}: "
        f"[green]#[/] dated evidence, [dim]-[/] no evidence, "
        f"[bold red]![/] no evidence for more than {timeline.gap_months} months"
    )
    out.print("        JFMAMJJASOND")
    for year in range(timeline.since.year, timeline.until.year + 1):
        marks = "".join(MONTH_MARKS[timeline.month(year, m)] for m in range(1, 13))
        files = timeline.files_in(year)
        shown = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
        # On a narrow terminal the files go on under each other, right of the months.
        width = out.width - TIMELINE_FILES_AT if out.is_terminal else None
        first, *more = wrap(shown, width, hang=0)
        out.print(f"  {year}  {marks}  {escape(printable(first))}".rstrip(), soft_wrap=True)
        for line in more:
            out.print(" " * TIMELINE_FILES_AT + escape(printable(line)), soft_wrap=True)


def _where(f: Finding) -> str:
    place = f.claim or f.file
    if f.page is not None:
        place = f"{place}, page {f.page}" if place else f"page {f.page}"
    return f"[{place}] " if place else ""


@main.command("init")
@click.argument("scans_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace an existing case.yaml.")
@quiet_option
@verbose_option
@jobs_option
@cache_option
@exits_cleanly
def init_command(
    scans_dir: Path,
    force: bool,
    quiet: bool,
    verbose: bool,
    jobs: int | None,
    cache_dir: Path | None,
) -> int:
    """Write a starter case.yaml in SCANS_DIR listing each scan with its guessed type.

    Reads every scan (OCR, through the cache), guesses the respondent, the A-number and the
    children from what the scans say, and lists each scan with its guessed type, the person and
    the names and dates found on it. Values only you know are written as FILL_IN: `packet check`
    refuses the file, naming each one, until you replace them. Never overwrites an existing
    case.yaml unless --force.
    """
    from packet.init import write_starter_case
    from packet.pipeline import Options

    options = Options(jobs=jobs, cache_dir=cache_dir, progress=stage_progress(quiet, verbose))
    path, count = write_starter_case(scans_dir, force, options)
    say(
        out,
        f"Wrote {path} listing {plural(count, 'scan')}. Fill in each FILL_IN, check each "
        "guess, then:",
    )
    out.print(f"  packet check {escape(printable(str(scans_dir)))}")
    return ExitCode.ok


@main.command("explain")
@case_dir_argument
@click.argument("file")
@cache_option
@exits_cleanly
def explain_command(case_dir: Path, file: str, cache_dir: Path | None) -> int:
    """Show how FILE of the case in CASE_DIR was read, typed and tagged, and why.

    Prints its pages and language, the rules that fired with their weights and the runners-up,
    the people of case.yaml it names, the equity chosen and the fields read. FILE may be given
    relative to CASE_DIR or as a path.
    """
    from packet.explain import explain
    from packet.pipeline import Options

    for line in explain(case_dir, file, Options(cache_dir=cache_dir)):
        out.print(printable(line), markup=False)
    return ExitCode.ok


@main.command("doctor")
@cache_option
@exits_cleanly
def doctor_command(cache_dir: Path | None) -> int:
    """Check the programs packet uses (Tesseract and its languages, Ghostscript, qpdf,
    OCRmyPDF), their versions, the configuration in use and the OCR cache.

    For each one missing, prints what to install. Exits 0 when everything a build needs is
    there, 1 when something is missing.
    """
    from packet import doctor

    found = doctor.checks(cache_dir=cache_dir)
    style = {"ok": "green", "missing": "bold red", "optional": "yellow", "info": "cyan"}
    for check in found:
        label = f"{check.status:<9}"
        say(out, f"{label}{check.name}: {check.detail}", style[check.status], len(label))
        if check.fix and check.status in ("missing", "optional"):
            say(out, f"{'':9}to install: {check.fix}")
    missing = [c for c in found if c.needed_and_missing]
    out.print()
    if missing:
        say(
            out,
            f"{plural(len(missing), 'thing')} missing: "
            f"{', '.join(c.name for c in missing)}. Install what is named above, then run "
            "`packet doctor` again.",
        )
        return ExitCode.findings
    out.print("Everything packet needs is installed.")
    return ExitCode.ok


@main.group("cache")
def cache_group() -> None:
    """The OCR cache: the searchable PDF and the text of every scan read, kept so that a
    rebuild reads only what changed. It holds your clients' documents' text: clear it when a
    case is closed.

    Its folder is --cache-dir, else $PACKET_CACHE_DIR, else ~/.cache/evidence-packet.
    """


@cache_group.command("info")
@cache_option
@exits_cleanly
def cache_info_command(cache_dir: Path | None) -> int:
    """Where the OCR cache is, how many scans it holds and how much space they take."""
    from packet.cache import OcrCache, default_cache_dir
    from packet.doctor import megabytes

    usage = OcrCache(cache_dir or default_cache_dir()).usage()
    say(out, f"OCR cache: {usage.root}")
    say(out, f"  {plural(usage.entries, 'scan')} read, {megabytes(usage.bytes)}")
    if usage.oldest is not None and usage.newest is not None:
        say(out, f"  oldest {_day(usage.oldest)}, newest {_day(usage.newest)}")
    say(out, "  `packet cache clear` removes them all, `--older-than 90d` only the older ones.")
    return ExitCode.ok


@cache_group.command("clear")
@click.option(
    "--older-than",
    "older_than",
    metavar="AGE",
    help="Remove only scans read longer ago than AGE: 90d (days), 12w (weeks), 36h (hours).",
)
@cache_option
@exits_cleanly
def cache_clear_command(older_than: str | None, cache_dir: Path | None) -> int:
    """Remove the OCR cache's entries (all, or those older than --older-than).

    The next build reads those scans again. Only the cache's own entries are removed, with
    what it remembered of their text (the types and decisions read in it).
    """
    from packet.cache import OcrCache, default_cache_dir
    from packet.doctor import megabytes

    seconds = _age_seconds(older_than) if older_than else None
    cache = OcrCache(cache_dir or default_cache_dir())
    removed = cache.clear(seconds)
    left = cache.usage()
    which = f" read more than {older_than} ago" if older_than else ""
    say(
        out,
        f"Removed {plural(removed.entries, 'scan')}{which} ({megabytes(removed.bytes)}) from "
        f"{cache.root}; {plural(left.entries, 'scan')} left.",
    )
    return ExitCode.ok


AGE_UNITS = {"d": 86_400, "w": 7 * 86_400, "h": 3_600}


def _age_seconds(age: str) -> float:
    value, unit = age.strip()[:-1], age.strip()[-1:].lower()
    if unit not in AGE_UNITS or not value.isdigit():
        raise UsageError(
            f"--older-than {age!r}: write a number and a unit, e.g. 90d (days), 12w (weeks) "
            "or 36h (hours)."
        )
    return int(value) * AGE_UNITS[unit]


def _day(timestamp: float) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(timestamp).date().isoformat()


@main.group("config")
def config_group() -> None:
    """The rules, templates and settings packet reads (config/).

    packet carries its own copy. To change the wording of a letter, a rule or a setting, copy
    it out with `packet config export DIR`, edit the files there, and point packet at them with
    PACKET_CONFIG_DIR=DIR.
    """


@config_group.command("path")
@exits_cleanly
def config_path_command() -> int:
    """Print the folder of the configuration in use."""
    from packet.config import config_dir

    click.echo(str(config_dir()))
    return ExitCode.ok


@config_group.command("export")
@click.argument("target", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files already in TARGET.")
@exits_cleanly
def config_export_command(target: Path, force: bool) -> int:
    """Copy the configuration in use into TARGET, to edit it there."""
    from packet.config import CONFIG_DIR_ENV, export_config

    count = export_config(target, force)
    say(out, f"Copied {plural(count, 'file')} of configuration to {target}. Edit them there, then:")
    out.print(f"  export {CONFIG_DIR_ENV}={escape(printable(str(target.resolve())))}")
    say(out, "and every packet command reads them (`packet config path` shows which it reads).")
    return ExitCode.ok


def _stopped_by(exc: BaseException) -> type[BaseException] | None:
    """Ctrl-C or SIGTERM that Python wrapped in another error on the way up (a class being
    created while the signal came arrives as "RuntimeError: Error calling __set_name__")."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, Terminated):  # a KeyboardInterrupt of its own kind
            return Terminated
        if isinstance(cause, KeyboardInterrupt):
            return KeyboardInterrupt
        cause = cause.__cause__ or cause.__context__
    return None
