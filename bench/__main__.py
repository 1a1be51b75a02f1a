"""`make bench`: every measurement next to its baseline, in one run, into bench/results/latest.*.

Each area's own script generates its corpus deterministically and measures ours and the
baseline in the same run; this runner calls them in turn, turns their numbers into
`record.Measurement`s, profiles what misses its target and writes latest.md and latest.json.
Usage (from the repository root, with OMP_THREAD_LIMIT=1 as the Makefile sets it):

    python -m bench [--quick] [--only intake,assembly,...] [--out bench/results]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench import record
from bench.record import Measurement

REPO = Path(__file__).resolve().parent.parent
KB = 1024


@dataclass(frozen=True)
class Plan:
    """How much work each area does: the full run, or the quick one for development."""

    mode: str
    repeat: int  # runs of the cheap measurements; the fastest counts
    intake_documents: int  # of bench/intake.py's ten (24 pages)
    intake_photos: int  # phone photos of pages on a desk
    assembly_pages: int
    batch_cases: int
    reading_cases: int  # of the blind corpus still blind (bench/reading.py's STILL_BLIND)
    big_case_pages: int


FULL = Plan(
    "full", 3, 10, 4, assembly_pages=1000, batch_cases=20, reading_cases=6, big_case_pages=1000
)
QUICK = Plan(
    "quick", 1, 3, 2, assembly_pages=200, batch_cases=4, reading_cases=2, big_case_pages=200
)


@dataclass
class Area:
    measurements: list[Measurement]
    details: dict
    # run only when a target of the area is missed: a cProfile of a small in-process run
    profile: Callable[[], list[str]] | None = None


def intake(plan: Plan, work: Path) -> Area:
    """Cold, warm and one-changed reads of the 24-page corpus vs bare Tesseract and OCRmyPDF."""
    from bench import intake as script

    documents = script.PAGES_PER_DOCUMENT[: plan.intake_documents]
    runs = []
    for i in range(plan.repeat):  # each from scratch: its own corpus copy and empty cache
        (work / f"run-{i}").mkdir()
        runs.append(script.run(work / f"run-{i}", documents, plan.intake_photos))
        runs[-1]["seconds"]["qpdf_merge"] = {
            "wall": _ocrmypdf_merge(work / f"run-{i}" / "ocrmypdf")
        }
    r = {**runs[0], "runs": runs}
    s = {
        key: {"wall": min(run["seconds"][key]["wall"] for run in runs)}
        for key in runs[0]["seconds"]
    }
    for key in ("lower_bound", "cold"):
        s[key]["cpu"] = min(run["seconds"][key]["cpu"] for run in runs)
    r["seconds"] = s
    pages, merge = r["pages"], s["qpdf_merge"]["wall"]
    photo = {
        key: min((run["photos"]["seconds"][key] for run in runs), key=lambda t: t["wall"])
        for key in ("lower_bound", "cold")
    }
    flat_extra = min(
        (run["flat_normalize"]["cpu_on"] - run["flat_normalize"]["cpu_off"]) / pages for run in runs
    )
    desk_left = max(share for run in runs for share in run["photos"]["background_share"])
    bound, cold, warm = s["lower_bound"]["wall"], s["cold"]["wall"], s["warm"]["wall"]
    skeleton = s["ocrmypdf"]["wall"] + merge
    calls = {k: sum(run["ocr_calls"][k] for run in runs) for k in ("warm", "one_changed")}
    shared = f"{pages} noisy 300-dpi pages in {len(documents)} scans"
    measurements = [
        Measurement(
            f"cold build, {pages} pages",
            cold,
            "s",
            bound,
            "bare `tesseract`, 2 at a time",
            1.15,
            of_ratio=True,
            runs=len(runs),
            note=f"{shared}: the whole `packet build` (start-up, ingest, normalize, OCR, "
            "classify, check, compose, assemble), `--jobs 2`, empty cache. Each run's "
            "bound is the mean of the bound measured before and after ours (wall s: "
            f"{[run['lower_bound_wall_before_after'] for run in runs]}). CPU seconds: ours "
            f"{s['cold']['cpu']:.1f}, bound {s['lower_bound']['cpu']:.1f} "
            f"({s['cold']['cpu'] / s['lower_bound']['cpu']:.2f}×).",
        ),
        Measurement(
            f"cold build vs OCRmyPDF, {pages} pages",
            cold,
            "s",
            skeleton,
            "`ocrmypdf` per scan + `qpdf` merge",
            runs=len(runs),
            note=f"OCRmyPDF on each scan, 2 at a time ({s['ocrmypdf']['wall']} s), then "
            f"`qpdf --empty --pages` of its outputs ({merge:.2f} s).",
        ),
        Measurement(
            "warm re-read, per 100 pages",
            warm / pages * 100,
            "s",
            target=2.0,
            runs=len(runs),
            note=f"nothing changed: {calls['warm']} scans OCR'd in {len(runs)} runs (expected "
            f"0); {warm:.2f} s for {pages} pages.",
        ),
        Measurement(
            "one scan changed, re-read",
            s["one_changed"]["wall"],
            "s",
            runs=len(runs),
            note=f"{calls['one_changed']} scans OCR'd in {len(runs)} runs (expected 1 each).",
        ),
        Measurement(
            f"cold read of {plan.intake_photos} desk photos",
            photo["cold"]["wall"],
            "s",
            photo["lower_bound"]["wall"],
            "bare `tesseract` on the same photos",
            1.25,
            of_ratio=True,
            runs=len(runs),
            note=f"phone photos of dense pages on a desk ({script.PHOTO_SIDE} px long): cut "
            "out, straightened, light flattened and OCR'd. CPU seconds: ours "
            f"{photo['cold']['cpu']:.1f}, bound {photo['lower_bound']['cpu']:.1f}.",
        ),
        Measurement(
            "crop check on a flat scan, per page",
            flat_extra * 1000,
            "ms",
            s["lower_bound"]["cpu"] / pages * 1000,
            "bare `tesseract` CPU ms per page",
            0.01,
            of_ratio=True,
            note="normalize alone, CPU, cropping and light flattening on minus off, on the "
            "flat 300-dpi scans (nothing to crop): the fastest of 3 each way.",
        ),
        Measurement(
            "desk left in a stored photo page, worst",
            desk_left * 100,
            "%",
            target=3.0,
            runs=len(runs),
            note="share of the stored page that lies outside the sheet, measured against "
            "where tests/photos.py put the sheet, over every photo of every run.",
        ),
        Measurement(
            "what enters the packet, 300 dpi",
            r["packet_bytes_per_page"] / KB,
            "KB/page",
            r["input_bytes_per_page"] / KB,
            "the scans",
            100,
            note="the stored page images of the noisy corpus, before assembly.",
        ),
    ]
    return Area(measurements, r, lambda: _profile_cold_read(work / "run-0" / "case"))


def _ocrmypdf_merge(folder: Path) -> float:
    """The baseline's last step: one PDF of OCRmyPDF's outputs, as our packet is one PDF."""
    pdfs = sorted(p for p in folder.glob("*.pdf") if not p.name.endswith(".in.pdf"))
    started = time.perf_counter()
    subprocess.run(
        ["qpdf", "--empty", "--pages", *map(str, pdfs), "--", str(folder / "merged.pdf")],
        check=True,
    )
    return time.perf_counter() - started


def _profile_cold_read(case: Path) -> list[str]:
    """Our cold read of the first two scans in this process (`--jobs 1`), under cProfile."""
    from bench import intake as script
    from packet.ingest import identify
    from packet.pipeline import Options, read_sources

    with tempfile.TemporaryDirectory(prefix="packet-bench-") as tmp:
        config = script.CONFIG
        scans = sorted(case.iterdir())[:2]
        sources = [identify(p, p.name, config.settings.intake) for p in scans]
        options = Options(jobs=1, cache_dir=Path(tmp) / "cache")
        return profiled(lambda: read_sources(sources, options, Path(tmp), config, {}))


def assembly(plan: Plan, work: Path) -> Area:
    """Assembling N pages vs a plain `qpdf --empty --pages` merge of the same files."""
    from bench import assembly as script

    r = script.measure(work, plan.assembly_pages, 1300, plan.repeat)
    runs = r["runs"]
    qpdf, efile = runs["qpdf --pages merge"], runs["assemble efile"]
    pages = r["pages"]
    peak = max(run["peak_rss_mb"] for name, run in runs.items() if name.startswith("assemble"))
    measurements = [
        Measurement(
            f"assembly, {pages} pages (efile)",
            efile["assemble_seconds"],
            "s",
            qpdf["seconds"],
            "`qpdf --empty --pages`",
            2.0,
            of_ratio=True,
            runs=r["repeat"],
            note=f"{r['source_bytes'] / 1e6:.0f} MB of scanned-looking pages; ours stamps, "
            "labels and bookmarks them. The filing variant (tab dividers) took "
            f"{runs['assemble filing']['assemble_seconds']} s.",
        ),
        Measurement(
            f"assembly peak RSS, {pages} pages",
            peak,
            "MB",
            qpdf["peak_rss_mb"],
            "qpdf",
            1024 * pages / 1000,
            runs=r["repeat"],
            note="the target, 1 GiB at 1000 pages, scaled to the pages of this run. The peak is "
            "that of the assembling process or of the `qpdf` it runs, whichever is higher.",
        ),
    ]
    return Area(measurements, r, lambda: _profile_assembly(work))


def _profile_assembly(work: Path) -> list[str]:
    from bench import assembly as script

    result = work / "profiled.json"
    return profiled(lambda: script.run_assembly(work, "efile", result))


def demo(plan: Plan, work: Path) -> Area:
    """The demo case as a paralegal runs it: `--help`, a cold build of every variant (packet
    sizes), then `check` and `build` again with nothing changed, each next to its baseline."""
    case = work / "demo-case"
    case.mkdir()
    shutil.copy(REPO / "samples" / "demo-case" / "case.yaml", case)
    subprocess.run(
        [sys.executable, REPO / "samples" / "make_demo_scans.py", case],
        check=True,
        capture_output=True,
    )
    out, cache = work / "out", work / "cache"
    started = time.perf_counter()
    built = _packet("build", case, "-o", out, "--variant", "all", "--cache-dir", cache)
    seconds = time.perf_counter() - started
    if built.returncode > 1:
        raise SystemExit(f"the demo case did not build:\n{built.stderr}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    scanned = sum(d["source_pages"] for d in report["documents"])
    scans = sum(p.stat().st_size for p in (case / "scans").rglob("*.*")) / scanned / KB
    measurements = _start_up(plan)
    tries = max(plan.repeat, 5)  # a second or less each: more runs, steadier minimum
    check = _fastest(tries, "check", case, "--cache-dir", cache)
    warm = _fastest(tries, "build", case, "-o", out, "--variant", "all", "--cache-dir", cache)
    measurements += [
        Measurement(
            "warm `packet check`, demo case",
            check,
            "s",
            target=0.6,
            runs=tries,
            note="nothing changed since the last build: every scan from the OCR cache.",
        ),
        Measurement(
            "warm `packet build --variant all`, demo case",
            warm,
            "s",
            target=1.5,
            runs=tries,
            note="nothing changed: every scan from the OCR cache; efile, filing and service "
            "written again.",
        ),
    ]
    for output in report["outputs"]:
        measurements.append(
            Measurement(
                f"packet size, {output['variant']}",
                output["bytes"] / scanned / KB,
                "KB/page",
                scans,
                "the scans",
                100,
                note=f"the demo case: {scanned} scanned pages at 200 dpi, "
                f"{output['pages']} packet pages, {output['bytes'] / 1e6:.2f} MB "
                "(cover letter, index and dividers included).",
            )
        )
    packets = [out / o["path"] for o in report["outputs"]]
    details = {"scanned_pages": scanned, "build_all_variants_cold_s": round(seconds, 1)}
    return Area(
        measurements,
        details,
        lambda: (
            [line for p in packets for line in _where_the_bytes_go(p).splitlines()]
            + _profile_warm_check(case, cache)
        ),
    )


def _start_up(plan: Plan) -> list[Measurement]:
    """`packet --help` against the least any click program pays: Python starting and importing
    click. Both through the venv's interpreter, the fastest of many runs."""
    tries = max(plan.repeat, 10)
    script = Path(sys.executable).with_name("packet")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "packet"]
    help_s = min(_wall([*command, "--help"]) for _ in range(tries))
    click_s = min(_wall([sys.executable, "-c", "import click"]) for _ in range(tries))
    shared = dict(baseline=click_s, baseline_name='`python -c "import click"`', runs=tries)
    return [
        Measurement("`packet --help`", help_s, "s", target=0.25, **shared),
        Measurement(
            "`packet --help` ÷ importing click",
            help_s,
            "s",
            target=2.0,
            of_ratio=True,
            note="the interpreter's own start-up is in both.",
            **shared,
        ),
    ]


def _wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, stdin=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def _fastest(tries: int, *args: str | Path) -> float:
    """The fastest of ``tries`` runs of a `packet` command that must not fail."""
    best = float("inf")
    for _ in range(tries):
        started = time.perf_counter()
        done = _packet(*args)
        best = min(best, time.perf_counter() - started)
        if done.returncode > 1:
            raise SystemExit(f"`packet {args[0]}` failed:\n{done.stderr}")
    return best


def _profile_warm_check(case: Path, cache: Path) -> list[str]:
    """Where a warm `packet check` spends its time: the modules it imports, then the run."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "packet", "check", case, "--cache-dir", cache],
        capture_output=True,
        text=True,
        check=False,
    )
    rows = [line.split("|") for line in done.stderr.splitlines() if line.startswith("import time:")]
    top = sorted(((int(r[1]), r[2].rstrip()) for r in rows[1:]), reverse=True)[:12]
    lines = [
        "warm `packet check`: the 12 imports taking longest (microseconds, with what they import)"
    ]
    lines += [f"  {us:8d}  {name.strip()}" for us, name in top]

    from packet.cli import main

    def run() -> None:
        with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
            main(["check", str(case), "--cache-dir", str(cache)], standalone_mode=True)

    return lines + profiled(run)


def _where_the_bytes_go(pdf: Path) -> str:
    """Not a time profile: how much of a packet is page images, by compression."""
    import pikepdf

    images: dict[str, list[int]] = {}
    with pikepdf.open(pdf) as packet:
        pages = len(packet.pages)
        for obj in packet.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                filters = obj.get("/Filter", [])
                filters = filters if isinstance(filters, pikepdf.Array) else [filters]
                kind = f"{'+'.join(map(str, filters)) or 'unfiltered'} {obj.get('/ColorSpace')}"
                images.setdefault(str(kind), []).append(len(obj.read_raw_bytes()))
    total = pdf.stat().st_size
    lines = [f"{pdf.name}: {total / 1e6:.2f} MB, {pages} pages"]
    for kind, sizes in sorted(images.items(), key=lambda k: -sum(k[1])):
        lines.append(f"  {len(sizes):4d} images {kind}: {sum(sizes) / 1e6:.2f} MB")
    rest = total - sum(sum(sizes) for sizes in images.values())
    lines.append(f"  everything else (text layers, fonts, pages): {rest / 1e6:.2f} MB")
    return "\n".join(lines)


def _packet(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packet", *map(str, args)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def batch(plan: Plan, work: Path) -> Area:
    """`packet batch` of N small cases vs N sequential `packet build`s and vs bare Tesseract on
    all their pages, cold caches."""
    from bench import batch as script

    r = script.measure(plan.batch_cases, 3, plan.repeat)
    shared = f"{r['scanned_pages']} one-page 150-dpi scans"
    measurements = [
        Measurement(
            f"batch of {r['cases']} cases",
            r["batch_s"],
            "s",
            r["sequential_s"],
            f"{r['cases']} sequential builds",
            script.TARGET,
            of_ratio=True,
            runs=len(r["runs"]),
            note=f"{shared}; both built the same packets.",
        ),
        Measurement(
            f"docket of {r['cases']} cases, cold, ÷ bare Tesseract",
            r["batch_s"],
            "s",
            r["tesseract_s"],
            "bare `tesseract` on every page, 2 at a time",
            script.TESSERACT_TARGET,
            of_ratio=True,
            runs=len(r["runs"]),
            note=f"{shared}: the whole `packet batch` (every case read, checked, composed and "
            "assembled, efile) against Tesseract alone reading the same scans; each run's bound "
            "is the mean of the bound measured before and after the batch (wall s: "
            f"{[run['tesseract_before_after'] for run in r['runs']]}).",
        ),
    ]
    return Area(measurements, r, lambda: _profile_one_case(work))


def big_case(plan: Plan, work: Path) -> Area:
    """A 1000-page case rebuilt from a warm cache, every variant, end to end."""
    from bench import big_case as script

    r = script.measure(work, plan.big_case_pages, plan.repeat)
    pages = r["pages"]
    shared = (
        f"{pages} scanned pages in {r['documents']} documents, {r['exhibits']} exhibits; "
        f"`packet build --variant all`, every scan in the OCR cache. "
    )
    outputs = ", ".join(
        f"{o['variant']} {o['pages']} pages, {o['bytes'] / 1e6:.0f} MB" for o in r["outputs"]
    )
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in r["timings"].items())
    measurements = [
        Measurement(
            f"big case rebuilt warm, {pages} pages",
            r["seconds"],
            "s",
            target=script.SECONDS_TARGET * pages / 1000,
            runs=r["repeat"],
            note=shared + f"Target {script.SECONDS_TARGET:g} s at 1000 pages, scaled to this "
            f"run's pages. Outputs: {outputs}. Stages: {stages}.",
        ),
        Measurement(
            f"big case peak RSS, {pages} pages",
            r["peak_rss_mb"],
            "MB",
            target=script.RSS_TARGET_MB,
            runs=r["repeat"],
            note="the build's process or any program it ran, whichever peaked higher.",
        ),
    ]
    return Area(measurements, r, lambda: _profile_big_case(work))


def _profile_big_case(work: Path) -> list[str]:
    from packet.pipeline import Options, build
    from packet.records import VARIANTS

    options = Options(work / "profiled", VARIANTS, cache_dir=work / "cache")
    return profiled(lambda: build(work / "big-case", options))


def _profile_one_case(work: Path) -> list[str]:
    """One small docket case built in this process (`--jobs 1`), cold: what each build pays."""
    from packet.pipeline import Options, build

    generate = [sys.executable, REPO / "samples" / "make_docket.py", work / "cases"]
    subprocess.run([*generate, "--cases", "1", "--documents", "3"], check=True, capture_output=True)
    [case] = [p.parent for p in (work / "cases").glob("*/case.yaml")]
    options = Options(out_dir=work / "out", jobs=1, cache_dir=work / "cache")
    return profiled(lambda: build(case, options))


def classification(plan: Plan, work: Path) -> Area:
    """Type accuracy of `classify.decide` on the labelled corpus, clean and OCR-damaged."""
    from bench import classification as script
    from tests.corpus import corpus, degraded_corpus, held_out_corpus

    corpora = {
        "clean": corpus(),
        "degraded 8 %": degraded_corpus(level=0.08),
        "later wordings": held_out_corpus(),
    }
    scored = {name: script.score(samples) for name, samples in corpora.items()}
    measurements = [
        Measurement(
            f"classification, {name}",
            100 * r["accuracy"]["type"],
            "%",
            target=100 * script.TARGET,
            at_least=True,
            note=f"{r['documents']} documents; equity {100 * r['accuracy']['equity']:.1f} %, "
            f"person {100 * r['accuracy']['about']:.1f} %.",
        )
        for name, r in scored.items()
    ]
    return Area(measurements, {n: {"documents": r["documents"], **r} for n, r in scored.items()})


def review(plan: Plan, work: Path) -> Area:
    """The review page: what writing it adds to a warm rebuild of the demo case, and its bytes."""
    from bench import review as script

    r = script.measure(work, max(plan.repeat, 3) + 2)  # small differences: more runs than most
    stage = r["warm_review_stage_s"]
    measurements = [
        Measurement(
            "warm rebuild of the demo case, with the review page",
            r["warm_with_page_cpu_s"],
            "CPU s",
            r["warm_without_page_cpu_s"],
            "the same build without the page",
            script.TIME_TARGET,
            of_ratio=True,
            runs=r["repeat"],
            note=f"in process, runs alternated; wall s {r['warm_with_page_s']:.3f} vs "
            f"{r['warm_without_page_s']:.3f}; the page's own stage took {1000 * stage:.1f} ms "
            f"warm ({100 * stage / r['packet_build_command_warm_s']:.1f} % of `packet build` "
            f"as a command, {r['packet_build_command_warm_s']:.2f} s) and "
            f"{1000 * r['cold_review_s']:.0f} ms cold (thumbnails drawn, template compiled).",
        ),
        Measurement(
            "review page, bytes per packet page",
            r["review_kb_per_packet_page"],
            "KB/page",
            target=script.BYTES_TARGET_KB,
            note=f"{r['review_bytes'] / 1000:.0f} KB for {r['packet_pages']} packet pages, "
            f"{r['thumbnails']} page thumbnails embedded.",
        ),
    ]
    return Area(measurements, r, lambda: _profile_review(work))


def _profile_review(work: Path) -> list[str]:
    """The page alone, warm, on the case the area just built."""
    from packet.config import load_config
    from packet.pipeline import Options, read_case, review_page, work_folder

    config, options = load_config(), Options(cache_dir=work / "cache")
    with work_folder() as folder:
        reading = read_case(work / "demo-case", options, folder, config)
        return profiled(lambda: review_page(reading, None, [], work / "cache"))


def reading(plan: Plan, work: Path) -> Area:
    """How `packet build` reads the blind corpus still blind: real-looking folders nobody
    tuned rules on, and whose misses nobody studied."""
    from bench import reading as script

    cases = script.corpus(script.STILL_BLIND).CASES
    r = script.run(work, list(cases)[: plan.reading_cases], None, 2, script.STILL_BLIND)
    s = r["summary"]
    docs, multi, joined, photos = (
        s["documents"], s["multi_document_files"], s["page_photos"], s["photo_pages"]
    )  # fmt: skip
    shared = f"{s['cases']} cases of {script.STILL_BLIND}, {docs} documents"
    measurements = [
        Measurement(
            f"reading: document {name}",
            100 * s["accuracy"][key],
            "%",
            target=100 * script.TARGETS[key],
            at_least=True,
            note=f"{shared}; {100 * s['accuracy_as_filed'][key]:.1f} % scoring the entry that "
            "holds each document's first page even when it was not split out or joined.",
        )
        for name, key in (("type", "type"), ("person", "about"), ("equity", "equity"))
    ]
    if multi["share"] is not None:
        measurements.append(
            Measurement(
                "reading: documents in multi-document files, right pages",
                100 * multi["share"],
                "%",
                target=100 * script.TARGETS["pages"],
                at_least=True,
                note=f"{multi['right_range']} of {multi['documents']} in copier PDFs.",
            )
        )
    if joined["documents"]:
        measurements.append(
            Measurement(
                "reading: page photos joined into their document",
                100 * joined["joined"] / joined["documents"],
                "%",
                target=100,
                at_least=True,
                note=f"{joined['joined']} of {joined['documents']} documents photographed page "
                "by page (or a card front and back).",
            )
        )
    measurements.append(
        Measurement(
            "reading: false findings",
            s["false_findings"],
            "findings",
            target=0,
            note=f"by code: {s['false_findings_by_code'] or 'none'}; true findings missed: "
            f"{len(s['missed_true_findings'])}.",
        )
    )
    if photos["pages"]:
        measurements.append(
            Measurement(
                "reading: worst stored photo page, background",
                100 * photos["worst_background"],
                "%",
                target=100 * script.TARGETS["background"],
                note=f"{photos['pages']} photo pages, mean {100 * photos['mean_background']:.1f} "
                f"%, {photos['over_target']} at or over 3 %; the photos themselves are "
                f"{100 * photos['mean_if_uncropped']:.1f} % background. Measured: "
                f"{photos['measured']}.",
            )
        )
    return Area(measurements, r)


AREAS: dict[str, Callable[[Plan, Path], Area]] = {
    "intake": intake,
    "assembly": assembly,
    "demo": demo,
    "review": review,
    "batch": batch,
    "bigcase": big_case,
    "classification": classification,
    "reading": reading,
}


def profiled(run: Callable[[], object], top: int = 12) -> list[str]:
    """The functions that took the most time of their own, as pstats prints them."""
    profile = cProfile.Profile()
    profile.runcall(run)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    lines = [_relative(line.rstrip()) for line in out.getvalue().splitlines()]
    start = next(i for i, line in enumerate(lines) if "function calls" in line)
    return [line for line in lines[start:] if line and not line.startswith("   Ordered by")]


def _relative(line: str) -> str:
    """No path of this machine in the results: libraries by module, ours from the repository."""
    line = re.sub(r"\S*/site-packages/", "", line)
    line = re.sub(r"\S*/lib/python3\.\d+/", "", line)
    return line.replace(f"{REPO}/", "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="less of everything: minutes")
    parser.add_argument("--only", help=f"comma-separated areas of {', '.join(AREAS)}")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    chosen = args.only.split(",") if args.only else list(AREAS)
    os.environ["OMP_THREAD_LIMIT"] = "1"
    # An installed package comes compiled; a shell that says not to write bytecode would make
    # every `packet` run here compile the package from source, which no user pays.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    started, clock, load = datetime.now(UTC), time.perf_counter(), record.load_average()
    measurements, profiles, details = [], {}, {}
    for name in chosen:
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        area_started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"packet-bench-{name}-") as tmp:
            area = AREAS[name](plan, Path(tmp))
            missed = [x.name for x in area.measurements if x.met is False]
            if missed and area.profile:
                profiles[f"{name} ({', '.join(missed)} missed)"] = area.profile()
        measurements += area.measurements
        details[name] = area.details
        details[name]["area_seconds"] = round(time.perf_counter() - area_started, 1)
    results = record.Results(
        plan.mode,
        started.strftime("%Y-%m-%d %H:%M UTC"),
        time.perf_counter() - clock,
        record.machine(),
        {"start": load, "end": record.load_average()},
        measurements,
        profiles,
        details,
    )
    record.write(results, args.out)
    print(record.markdown(results))


if __name__ == "__main__":
    main()
