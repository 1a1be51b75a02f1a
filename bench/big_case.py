"""A big case rebuilt from a warm cache, end to end: every variant of a 1000-page case.

Generates one invented family's case folder: a case.yaml and ``--pages`` scanned pages in
documents of 1 to 12 pages (phone photos as JPEG for one-page papers, scanner PDFs for longer
ones: tax returns, leases, school and medical records, bank statements, pay stubs, letters of
support, each page with its own words and numbers), and fills an OCR cache for it as a cold build
would have left it: each scan goes through ``packet.normalize`` (the same page images a cold
build stores) and is filed under the cache key a build looks up, with the text the page was
drawn from. Tesseract is not run: a warm rebuild never reads anything else of the cache (the
one thing missing is the invisible text layer OCR would have laid under each image, a few KB a
page). A `packet check` then draws the review page's thumbnails into the cache, as the case's
first build would have. Then it times, in a child process as a user runs it,

    packet build CASE --variant all

(start-up, ingest hashing every scan, cache look-ups, classify, check, compose, assembly of
efile, filing and service, report.json) and its peak RSS, including any program it runs.
Target (issue 23): <= 30 s and <= 1 GiB at 1000 pages.

    .venv/bin/python bench/big_case.py [--pages 1000] [--repeat 3] [--out bench/results]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "samples"))  # make_demo_scans, to draw the pages

SECONDS_TARGET = 30.0  # at 1000 pages
RSS_TARGET_MB = 1024
NAME = "Rosa Delia Márquez Fuentes"
CHILDREN = ["Sofía Hernández Márquez", "Mateo Hernández Márquez", "Lucas Hernández Márquez"]
CASE_YAML = f"""schema: 1
respondent:
  name: {NAME}
  a_number: "A208-415-337"
  date_of_birth: 1986-04-19
  country: Mexico
  entered_us: 2005-09-10
proceedings: {{stage: in_proceedings, court: "Chicago, IL", opla_office: Chicago}}
request: {{type: dismissal}}
representative:
  name: Laura Beth Okafor
  organization: Lakeshore Immigrant Legal Aid
  address: [77 W. Jackson Blvd., Suite 410, "Chicago, IL 60604"]
  eoir_id: XK493021
claims:
  residence_since: 2005-09-10
  children:
    - {{name: {CHILDREN[0]}, date_of_birth: 2012-08-14, status: usc}}
    - {{name: {CHILDREN[1]}, date_of_birth: 2016-02-27, status: usc}}
    - {{name: {CHILDREN[2]}, date_of_birth: 2019-11-03, status: usc}}
  education: true
  community_ties: true
"""
WORDS = (
    *("neighbor", "church", "volunteer", "pantry", "Saturday", "children", "school", "work"),
    *("honest", "family", "years", "helped", "community", "garden", "meetings", "always"),
    *("kind", "reliable", "mother", "friend", "support", "classes", "parish", "block"),
)


@dataclass(frozen=True)
class Paper:
    """One document of the case: its file name and the text of each page."""

    file: str
    pages: tuple[list[tuple[str, str]], ...]  # make_demo_scans blocks, one list per page


def papers(pages: int) -> list[Paper]:
    """Documents of every kind a long-resident family files, until ``pages`` pages."""
    rng = random.Random(23)
    makers = [_tax_return, _pay_stub, _lease, _school_record, _medical_record, _bank_statement]
    makers += [_letter, _pay_stub, _letter]
    found: list[Paper] = []
    total, n = 0, 0
    while total < pages:
        paper = makers[n % len(makers)](n, rng)
        paper = Paper(paper.file, paper.pages[: pages - total])
        found.append(paper)
        total += len(paper.pages)
        n += 1
    return found


def _numbered(title: str, n: int, count: int, lines: list[tuple[str, str]]) -> list:
    return [("title", title), ("rule", ""), *lines, ("gap", ""), ("small", f"Page {n} of {count}")]


def _tax_return(n: int, rng: random.Random) -> Paper:
    year, count = 2005 + n % 19, 4
    pages = tuple(
        _numbered(
            "Tax Return Transcript",
            p + 1,
            count,
            [
                ("small", "Department of the Treasury - Internal Revenue Service"),
                ("field", f"Tax Period Ending: Dec. 31, {year}"),
                ("field", f"Name(s) Shown on Return: {NAME.upper()}"),
                (
                    "field",
                    f"Line {10 + p}: wages, salaries, tips ........ ${21000 + n * 37 + p}.00",
                ),
                ("field", f"Line {20 + p}: adjusted gross income ........ ${20000 + n * 31}.00"),
                ("field", f"Request number {n:04d}-{p}-{rng.randrange(10**6):06d}"),
            ],
        )
        for p in range(count)
    )
    return Paper(f"scans/taxes/irs-{n:04d}-{year}.pdf", pages)


def _pay_stub(n: int, rng: random.Random) -> Paper:
    day = f"{1 + n % 12:02d}/{1 + n % 27:02d}/{2008 + n % 16}"
    page = [
        ("title", "EARNINGS STATEMENT"),
        ("field", "Employer: Midway Produce Distributors LLC, Chicago IL"),
        ("field", f"Employee: {NAME}"),
        ("field", f"Pay period ending: {day}   Check number {100000 + n}"),
        ("field", f"Hours worked: {70 + n % 11}.00   Rate: 16.{n % 100:02d}"),
        ("field", f"Gross pay: {1200 + n}.{rng.randrange(100):02d}   Net pay: {1000 + n}.00"),
        ("field", f"Year to date: {9000 + 37 * n}.00"),
    ]
    return Paper(f"scans/pay/stub-{n:04d}.jpg", (page,))


def _lease(n: int, rng: random.Random) -> Paper:
    year, count = 2005 + n % 19, 8
    pages = tuple(
        _numbered(
            "RESIDENTIAL LEASE AGREEMENT",
            p + 1,
            count,
            [
                ("field", f"Landlord: Komensky Properties {n}   Tenant: {NAME}"),
                ("field", f"Premises: {2700 + n} S. Komensky Ave., Apt. {1 + p}, Chicago, IL"),
                ("field", f"Term: January 1, {year} to December 31, {year}"),
                (
                    "text",
                    f"Section {p + 1}. The tenant shall pay a monthly rent of "
                    f"${800 + n + p}.00 on the first day of each month. Deposit "
                    f"{rng.randrange(400, 900)}.00.",
                ),
            ],
        )
        for p in range(count)
    )
    return Paper(f"scans/housing/lease-{n:04d}-{year}.pdf", pages)


def _school_record(n: int, rng: random.Random) -> Paper:
    child, count = CHILDREN[n % len(CHILDREN)], 3
    year = 2017 + n % 8
    pages = tuple(
        _numbered(
            "CHICAGO PUBLIC SCHOOLS - STUDENT REPORT CARD",
            p + 1,
            count,
            [
                ("field", f"Student: {child}   School year {year}-{year + 1}"),
                ("field", f"Attendance: {150 + n % 30} days present, {n % 5} absent"),
                ("field", f"Reading: {rng.choice('ABC')}   Math: {rng.choice('ABC')}   p{p}"),
                ("field", f"Record number {n:05d}-{p}"),
            ],
        )
        for p in range(count)
    )
    return Paper(f"scans/school/report-card-{n:04d}.pdf", pages)


def _medical_record(n: int, rng: random.Random) -> Paper:
    count = 12
    pages = tuple(
        _numbered(
            "MOUNT SINAI HOSPITAL - MEDICAL RECORD",
            p + 1,
            count,
            [
                ("field", f"Patient: {NAME}   MRN {n:06d}"),
                ("field", f"Visit date: {1 + p % 12:02d}/{1 + n % 27:02d}/{2010 + n % 14}"),
                (
                    "text",
                    f"Progress note {p + 1}: blood pressure {110 + p}/{70 + n % 20}, "
                    f"pulse {60 + rng.randrange(30)}. Follow up in {2 + p % 6} weeks.",
                ),
            ],
        )
        for p in range(count)
    )
    return Paper(f"scans/medical/record-{n:04d}.pdf", pages)


def _bank_statement(n: int, rng: random.Random) -> Paper:
    count = 2
    month = 1 + n % 12
    pages = tuple(
        _numbered(
            "CHASE BANK - ACCOUNT STATEMENT",
            p + 1,
            count,
            [
                ("field", f"{NAME}   Account ending {n:04d}"),
                (
                    "field",
                    f"Statement period: {month:02d}/01/{2008 + n % 16} to "
                    f"{month:02d}/28/{2008 + n % 16}",
                ),
                ("field", f"Beginning balance: {1000 + n * 3}.{rng.randrange(100):02d}"),
                ("field", f"Deposits: {2000 + n}.00   Withdrawals: {1800 + n + p}.00"),
            ],
        )
        for p in range(count)
    )
    return Paper(f"scans/bank/statement-{n:04d}.pdf", pages)


def _letter(n: int, rng: random.Random) -> Paper:
    body = " ".join(rng.choice(WORDS) for _ in range(60))
    page = [
        ("title", "Letter of Support"),
        ("field", f"Chicago, March {1 + n % 28}, 2025"),
        ("field", "To Whom It May Concern:"),
        ("text", f"I have known {NAME} for {3 + n % 15} years. {body.capitalize()}."),
        ("field", f"Sincerely, Neighbor number {n}, {1000 + n} W. 26th St., Chicago"),
    ]
    return Paper(f"scans/letters/letter-{n:04d}.jpg", (page,))


# --- writing the case and its warm cache ---


def generate(case: Path, cache: Path, pages: int, jobs: int = 2) -> dict:
    """The case folder and an OCR cache holding every scan; returns what was made."""
    (case / "scans").mkdir(parents=True)
    (case / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    made = papers(pages)
    work = case.parent / "generate-work"
    work.mkdir()
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_write_and_cache, [(case, cache, work, p) for p in made], chunksize=4))
    shutil.rmtree(work)
    scans = [case / p.file for p in made]
    return {
        "documents": len(made),
        "pages": sum(len(p.pages) for p in made),
        "scan_bytes": sum(s.stat().st_size for s in scans),
    }


_SPECKLES: list = []


def _write_and_cache(job: tuple[Path, Path, Path, Paper]) -> None:
    from make_demo_scans import render

    from packet.cache import OcrCache
    from packet.config import load_config
    from packet.ingest import identify
    from packet.normalize import normalize
    from packet.reading import engine_versions, source_cache_key

    case, cache, work, paper = job
    rng = random.Random(paper.file)
    images = [_scanned(render(blocks), rng) for blocks in paper.pages]
    path = case / paper.file
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    if len(images) == 1:
        images[0].save(buf, "JPEG", quality=72, dpi=(200, 200))
    else:
        images[0].save(buf, "PDF", resolution=200, save_all=True, append_images=images[1:])
    path.write_bytes(buf.getvalue())
    config = load_config()
    source = identify(path, paper.file, config.settings.intake)
    folder = work / source.sha256[:16]
    folder.mkdir()
    normalized = normalize(source, folder, config.settings.normalize, config.settings.intake)
    texts = tuple("\n".join(text for _, text in blocks if text) for blocks in paper.pages)
    store = OcrCache(cache)
    key = source_cache_key(source, config.settings, engine_versions(store))
    store.put(key, normalized.pdf, texts, (92.0,) * len(texts))
    shutil.rmtree(folder)


def _scanned(page, rng: random.Random):
    """A rendered page made to look scanned, cheaply: some turned, softened, speckled, grey."""
    from PIL import Image, ImageFilter

    if not _SPECKLES:  # a few speckle layers, reused: drawing one per page is most of the cost
        seed = random.Random(7)
        for _ in range(4):
            noise = Image.frombytes("L", page.size, seed.randbytes(page.size[0] * page.size[1]))
            _SPECKLES.append(noise.point(lambda v: 0 if v < 2 else 255))
    if rng.random() < 0.3:  # a third of the pages were fed in askew: normalize straightens them
        page = page.rotate(rng.uniform(-1.2, 1.2), Image.Resampling.BILINEAR, fillcolor=235)
    page = page.filter(ImageFilter.BoxBlur(1))
    page = Image.composite(page, Image.new("L", page.size, 90), rng.choice(_SPECKLES))
    return page.point(lambda v: int(235 * v / 255) + 12)


# --- measuring ---


def timed_child(command: list[str]) -> dict:
    """Wall time and peak resident memory of a child process and anything it ran."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read() if process.stderr else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code > 1:  # 1: built, with findings
        raise SystemExit(f"the big case did not build ({code}):\n{stderr.decode()}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024)}


def measure(work: Path, pages: int, repeat: int) -> dict:
    case, cache, out = work / "big-case", work / "cache", work / "out"
    started = time.perf_counter()
    made = generate(case, cache, pages)
    generated = time.perf_counter() - started
    # The review page's thumbnails are drawn once and kept in the cache too: a `packet check`
    # first leaves the cache as the case's earlier builds would have (not timed).
    check = [sys.executable, "-m", "packet", "check", str(case), "--cache-dir", str(cache)]
    started = time.perf_counter()
    timed_child([*check, "--review", str(work / "review.html")])
    thumbnails = time.perf_counter() - started
    build = [sys.executable, "-m", "packet", "build", str(case), "-o", str(out)]
    build += ["--variant", "all", "--cache-dir", str(cache)]
    runs = [timed_child(build) for _ in range(repeat)]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    if "ocr" in report["timings"] or "normalize" in report["timings"]:
        raise SystemExit("the big case was not read from the cache: the measurement is void")
    return {
        **made,
        "generate_seconds": round(generated, 1),
        "first_check_seconds": round(thumbnails, 1),
        "repeat": repeat,
        "runs": runs,
        "seconds": min(r["seconds"] for r in runs),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "outputs": report["outputs"],
        "timings": report["timings"],
        "findings": len(report["findings"]),
        "exhibits": len({d["exhibit"] for d in report["documents"] if d.get("exhibit")}),
    }


def markdown(r: dict) -> str:
    outputs = ", ".join(
        f"{o['variant']} {o['pages']} pages {o['bytes'] / 1e6:.0f} MB" for o in r["outputs"]
    )
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in r["timings"].items())
    return f"""# A big case rebuilt from a warm cache

{r["pages"]} scanned pages in {r["documents"]} documents ({r["scan_bytes"] / 1e6:.0f} MB of
scans, {r["exhibits"]} exhibits, {r["findings"]} findings), `packet build --variant all` with
every scan in the OCR cache. Written by `bench/big_case.py`.

| | seconds | peak RSS MB |
| --- | ---: | ---: |
| `packet build --variant all`, warm (best of {r["repeat"]}) | {r["seconds"]} | {r["peak_rss_mb"]} |

All runs: {r["runs"]}. Outputs: {outputs}. Stages (last run's report.json): {stages}.
Target: <= {SECONDS_TARGET:g} s and <= {RSS_TARGET_MB} MB at 1000 pages.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="builds; the fastest counts")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    args = parser.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    with tempfile.TemporaryDirectory(prefix="packet-bench-big-") as tmp:
        result = measure(Path(tmp), args.pages, args.repeat)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "big_case.json").write_text(json.dumps(result, indent=2) + "\n")
    (args.out / "big_case.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
