"""The `packet` command: build, check, batch, init, explain (DESIGN.md, "Commands")."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click
from rich.box import SIMPLE
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from packet.batch import BatchOptions, BatchResult, run_batch
from packet.check import Finding, Timeline, has_errors
from packet.errors import ExitCode, PacketError, Terminated
from packet.pipeline import VARIANTS, Options, Reading, build, check_case, out_dir_for
from packet.progress import BatchProgress, StageProgress
from packet.report import finding_record
from packet.text import long_date, printable

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_HEADING = {"error": "Errors", "warning": "Warnings", "info": "For your information"}
# One character a month in the residence timeline: what covers it.
MONTH_MARKS = {
    "evidence": "[green]#[/]",
    "gap": "[bold red]![/]",
    "uncovered": "[dim]-[/]",
    None: " ",
}
BATCH_STYLE = {"ready": "green", "findings": "yellow", "failed": "bold red"}


def exits_cleanly(command: Callable[..., int]) -> Callable[..., None]:
    """Turn what a command returns or raises into an exit code and a message for a person."""

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _terminate) if main_thread else None
        try:
            code = command(*args, **kwargs)
        except PacketError as exc:
            err.print(f"[bold red]error:[/] {shown(exc.message, newlines=True)}", markup=True)
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
            err.print(f"[bold red]error:[/] {shown(str(exc.strerror or exc) + where)}.")
            err.print("Nothing was left half-written; a packet already there was kept.")
            code = ExitCode.build_failed
        except Exception as exc:
            if os.environ.get("PACKET_DEBUG"):
                raise
            err.print(
                f"[bold red]internal error:[/] {shown(f'{type(exc).__name__}: {exc}')}. "
                "Nothing was left half-written. Please report this; PACKET_DEBUG=1 shows the "
                "details."
            )
            code = ExitCode.build_failed
        finally:
            if main_thread:
                signal.signal(signal.SIGTERM, previous)
        sys.exit(int(code))

    return run


def shown(text: str, newlines: bool = False) -> str:
    """Text from a file name, a case file or a library, as console markup that prints it as it
    is: no control character reaches the terminal, no bracket is read as markup."""
    return escape(printable(text, newlines))


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
    help="Where OCR results are kept between builds (default: ~/.cache/evidence-packet).",
)


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="evidence-packet")
def main() -> None:
    """Build prosecutorial-discretion evidence packets from a folder of scans.

    Put the scans and a case.yaml in one folder, run `packet check` to see what is missing,
    then `packet build` to get a bookmarked, page-numbered PDF with a cover letter and an
    exhibit index. Originals are never changed.
    """


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
@jobs_option
@cache_option
@exits_cleanly
def build_command(
    case_dir: Path,
    out_dir: Path | None,
    variants: tuple[str, ...],
    max_mb: float | None,
    tab_cut: int | None,
    strict: bool,
    jobs: int | None,
    cache_dir: Path | None,
) -> int:
    """Read, check and assemble the case in CASE_DIR into a packet.

    Exits 0 when built with no errors, 1 when error-level findings remain (the packet is still
    written unless --strict), 2 for a bad case.yaml or option, 3 when nothing could be built.
    """
    options = Options(
        out_dir,
        variants,
        strict,
        jobs,
        cache_dir,
        max_mb=max_mb,
        tab_cut=tab_cut,
        progress=StageProgress(),
    )
    built = build(case_dir, options)
    show_findings(built.reading)
    if not built.outputs:
        err.print(
            "[bold red]No packet written:[/] --strict and error-level findings remain; nothing "
            "was written (not even report.json). Fix the errors above, or build without --strict."
        )
        earlier = sorted(out_dir_for(case_dir, options).glob("packet-*.pdf"))
        if earlier:
            err.print(f"{shown(str(earlier[0]))} is from an earlier build: do not file it as is.")
        return built.exit_code
    for output in built.outputs:
        part = f", part {output.part}" if output.part else ""
        out.print(
            f"Packet ({output.variant}{part}): {shown(str(output.path))}  {output.pages} pages, "
            f"{output.bytes / 1_000_000:.1f} MB"
        )
    out.print(f"Report: {shown(str(built.report_path))}")
    return built.exit_code


@main.command("check")
@case_dir_argument
@click.option(
    "--json", "as_json", is_flag=True, help="Print the findings as JSON (report.json's `findings`)."
)
@jobs_option
@cache_option
@exits_cleanly
def check_command(case_dir: Path, as_json: bool, jobs: int | None, cache_dir: Path | None) -> int:
    """Check the case in CASE_DIR for missing exhibits before anything is filed.

    Reads and OCRs the scans (using the cache) and writes nothing but the cache. Prints the
    findings by severity, the residence timeline and a verdict; exits 1 when errors remain.
    """
    reading = check_case(
        case_dir, Options(jobs=jobs, cache_dir=cache_dir, progress=StageProgress())
    )
    if as_json:
        click.echo(
            json.dumps([finding_record(f) for f in reading.findings], indent=2, ensure_ascii=False)
        )
    else:
        show_findings(reading, timeline=True)
    return ExitCode.findings if has_errors(reading.findings) else ExitCode.ok


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
    help="Read the documents on a Dask cluster, e.g. tcp://10.0.0.5:8786 (see docs/batch.md).",
)
@cache_option
@exits_cleanly
def batch_command(
    cases_dir: Path,
    out_dir: Path,
    variants: tuple[str, ...],
    strict: bool,
    force: bool,
    jobs: int | None,
    scheduler: str | None,
    cache_dir: Path | None,
) -> int:
    """Build every case under CASES_DIR: each folder holding a case.yaml is one case.

    One failing case never stops the others. A case whose files, case.yaml, settings and tools
    did not change since the last batch into OUT_DIR is skipped (--force rebuilds it). Exits 0
    when every case built clean, 1 when some have error-level findings, 3 when some failed.
    """
    options = BatchOptions(
        out_dir, variants, strict, force, jobs, scheduler, cache_dir, BatchProgress()
    )
    result = run_batch(cases_dir, options)
    show_batch(result)
    return result.exit_code


def show_batch(result: BatchResult) -> None:
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
        if c.message:
            out.print(f"  {shown(c.case)}: {shown(c.message)}")
    for note in result.notes:
        out.print(f"  note: {shown(note)}")
    reads = result.reads
    out.print(
        f"{len(result.cases)} cases in {result.seconds:.1f} s; {reads['ocr']} scans OCR'd "
        f"({reads['pages_ocr']} pages), {reads['from_cache']} from the cache, "
        f"{reads['sources'] - reads['distinct']} shared between cases."
    )
    out.print(f"Report: {shown(str(result.report_path))}")


def show_findings(reading: Reading, timeline: bool = False) -> None:
    docs = reading.documents
    out.print(
        f"{shown(reading.case.respondent.name)}: {len(docs)} documents read, "
        f"{sum(d.pages for d in docs)} pages, {len(reading.rejected)} files rejected."
    )
    if timeline and reading.timeline:
        show_timeline(reading.timeline)
    for severity in ("error", "warning", "info"):
        found = [f for f in reading.findings if f.severity == severity]
        if found:
            style = SEVERITY_STYLE[severity]
            out.print(f"\n[{style}]{SEVERITY_HEADING[severity]} ({len(found)})[/]")
        for f in found:
            out.print(f"  {_where(f)}{shown(f.message)}")
    out.print()
    out.print(verdict(reading.findings))


def show_timeline(timeline: Timeline) -> None:
    """One row a year, one mark a month, and the documents dated that year."""
    out.print(
        f"\nResidence claimed since {long_date(timeline.since)}: "
        f"[green]#[/] dated evidence, [dim]-[/] no evidence, "
        f"[bold red]![/] no evidence for more than {timeline.gap_months} months"
    )
    out.print("        JFMAMJJASOND")
    for year in range(timeline.since.year, timeline.until.year + 1):
        marks = "".join(MONTH_MARKS[timeline.month(year, m)] for m in range(1, 13))
        files = timeline.files_in(year)
        names = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
        out.print(f"  {year}  {marks}  {shown(names)}".rstrip())


def _where(f: Finding) -> str:
    place = f.claim or f.file
    if f.page is not None:
        place = f"{place}, page {f.page}" if place else f"page {f.page}"
    return shown(f"[{place}] ") if place else ""


def verdict(findings: list[Finding]) -> str:
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    counts = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    return f"{counts}: {'not ready to file' if errors else 'ready to file'}"


@main.command("init")
@click.argument("scans_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace an existing case.yaml.")
@jobs_option
@cache_option
@exits_cleanly
def init_command(scans_dir: Path, force: bool, jobs: int | None, cache_dir: Path | None) -> int:
    """Write a starter case.yaml in SCANS_DIR listing each scan with its guessed type.

    Reads every scan (OCR, through the cache), guesses the respondent, the A-number and the
    children from what the scans say, and lists each scan with its guessed type, the person and
    the names and dates found on it. Values only you know are written as FILL_IN: `packet check`
    refuses the file, naming each one, until you replace them. Never overwrites an existing
    case.yaml unless --force.
    """
    from packet.init import write_starter_case

    options = Options(jobs=jobs, cache_dir=cache_dir, progress=StageProgress())
    path, count = write_starter_case(scans_dir, force, options)
    out.print(
        f"Wrote {shown(str(path))} listing {count} scans. Fill in each FILL_IN, check each guess, "
        "then:"
    )
    out.print(f"  packet check {shown(str(scans_dir))}")
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

    for line in explain(case_dir, file, Options(cache_dir=cache_dir)):
        out.print(printable(line), markup=False)
    return ExitCode.ok
