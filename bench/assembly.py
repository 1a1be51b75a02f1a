"""Assembly against its baseline: a plain `qpdf --empty --pages ... --` merge of the same files.

Generates a packet of scanned-looking pages (noise JPEGs, so nothing compresses them away), then
times, in separate child processes so that each peak RSS is its own:

- qpdf: the plain merge, no stamps, bookmarks or labels (the lower bound);
- assemble, efile: stamps, page labels, nested bookmarks, metadata, one file;
- assemble, filing: the same plus a tab divider (and its blank back) before each exhibit.

The issue's target: assembling 1000 pages costs at most ~3x the qpdf merge, peak RSS <= 1 GiB.

    .venv/bin/python bench/assembly.py [--pages 1000] [--page-kb 1300] [--out bench/results]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pickle
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from bench.child import measured  # noqa: E402

PAGES_PER_DOCUMENT = 10
DISTINCT_IMAGES = 10  # each page of a document carries its own image, as scans do


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--page-kb", type=int, default=1300, help="JPEG bytes per page")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    parser.add_argument("--child", nargs=3, metavar=("WORK", "VARIANT", "RESULT"))
    parser.add_argument("--generate", type=Path, metavar="WORK")
    args = parser.parse_args()
    if args.child:
        run_assembly(Path(args.child[0]), args.child[1], Path(args.child[2]))
        return
    if args.generate:
        generate(args.generate, args.pages, args.page_kb)
        return
    work = Path(tempfile.mkdtemp(prefix="bench-assembly-"))
    try:
        results = measure(work, args.pages, args.page_kb, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_results(results, args.out)


def measure(work: Path, pages: int, page_kb: int, repeat: int) -> dict:
    # in a child, so that this process stays small: a child forked from it starts with its memory
    started = time.perf_counter()
    generator = [sys.executable, __file__, "--generate", str(work), f"--pages={pages}"]
    subprocess.run([*generator, f"--page-kb={page_kb}"], check=True)
    generated = time.perf_counter() - started
    files = json.loads((work / "files.json").read_text())
    source_bytes = sum(os.path.getsize(f) for f in files)
    qpdf_out = work / "qpdf.pdf"
    runs: dict[str, list[dict]] = {
        "qpdf --pages merge": [],
        "assemble efile": [],
        "assemble filing": [],
    }
    for _ in range(repeat):  # interleaved, so that a busy moment of the machine hits all alike
        qpdf = timed_child(["qpdf", "--empty", "--pages", *files, "--", str(qpdf_out)])
        qpdf["bytes"] = qpdf_out.stat().st_size
        qpdf_out.unlink()
        runs["qpdf --pages merge"].append(qpdf)
        for variant in ("efile", "filing"):
            result = work / f"{variant}.json"
            child = [sys.executable, __file__, "--child", str(work), variant, str(result)]
            run = timed_child(child)
            run |= json.loads(result.read_text())
            runs[f"assemble {variant}"].append(run)
    return {
        "pages": pages,
        "documents": len(files) - 1,
        "source_bytes": source_bytes,
        "generate_seconds": round(generated, 1),
        "repeat": repeat,
        "runs": {name: fastest(tries) for name, tries in runs.items()},
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "qpdf": subprocess.run(["qpdf", "--version"], capture_output=True, text=True)
        .stdout.splitlines()[0]
        .strip(),
    }


def generate(work: Path, pages: int, page_kb: int) -> None:
    """Documents of ten pages, each page a distinct noise JPEG of about ``page_kb``."""
    from PIL import Image
    from reportlab import rl_config

    from tests.exhibits import Planned, made_up_composition

    # JPEGs embedded as binary, not ASCII85: the same bytes for assembly, generated 10x faster
    rl_config.useA85 = 0
    side = 700
    images = []
    for n in range(DISTINCT_IMAGES):
        while True:  # grow the image until its JPEG reaches the size asked for
            image = Image.effect_noise((side, round(side * 1.3)), 40 + n).convert("L")
            buf = io.BytesIO()
            image.save(buf, "JPEG", quality=80)
            if buf.tell() >= page_kb * 1000 or side > 4000:
                break
            side = round(side * (page_kb * 1000 / buf.tell()) ** 0.5 * 1.02)
        path = work / f"scan-{n}.jpg"
        path.write_bytes(buf.getvalue())
        images.append(path)
    equities = ["identity", "us_family", "length_of_residence", "education", "community_ties"]
    planned = [
        Planned(equities[i * len(equities) * PAGES_PER_DOCUMENT // pages], (PAGES_PER_DOCUMENT,))
        for i in range(pages // PAGES_PER_DOCUMENT)
    ]
    composition = made_up_composition(work / "case", planned, images=images)
    (work / "composition.pickle").write_bytes(pickle.dumps(composition))
    files = [composition.front_matter.pdf] + [
        d.pdf for e in composition.exhibits for d in e.documents
    ]
    (work / "files.json").write_text(json.dumps([str(f) for f in files]))


def fastest(tries: list[dict]) -> dict:
    """The fastest try, with the highest peak memory of all tries."""
    best = dict(min(tries, key=lambda t: t["seconds"]))
    best["peak_rss_mb"] = max(t["peak_rss_mb"] for t in tries)
    best["all_seconds"] = [t["seconds"] for t in tries]
    return best


def timed_child(command: list[str]) -> dict:
    """Wall time and peak resident memory of one child process (bench/child.py)."""
    run = measured(command)
    if run.code:
        raise SystemExit(f"{command[0]} failed with status {run.code}")
    return {"seconds": run.seconds, "peak_rss_mb": run.peak_rss_mb}


def run_assembly(work: Path, variant: str, result: Path) -> None:
    from packet.assemble import assemble
    from packet.atomic import Staging
    from packet.config import load_config
    from tests.exhibits import made_up_case

    composition = pickle.loads((work / "composition.pickle").read_bytes())
    out = work / "out"
    out.mkdir(exist_ok=True)
    started = time.perf_counter()
    with Staging(out) as staging:
        # no split: the qpdf baseline writes one file too
        [output] = assemble(composition, made_up_case(), load_config(), staging, (variant,), 1e6)
        staging.commit()
    seconds = time.perf_counter() - started
    result.write_text(
        json.dumps(
            {"assemble_seconds": round(seconds, 2), "bytes": output.bytes, "pages": output.pages}
        )
    )
    output.path.unlink()


def write_results(results: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "assembly.json").write_text(json.dumps(results, indent=2) + "\n")
    base = results["runs"]["qpdf --pages merge"]["seconds"]
    lines = [
        f"# Assembly: {results['pages']} pages in {results['documents']} documents, "
        f"{results['source_bytes'] / 1e6:.0f} MB of sources",
        "",
        f"{results['machine']}; {results['qpdf']}. Written by `bench/assembly.py`.",
        "",
        "| run | wall s | in-process s | x qpdf | peak RSS MB | output MB | pages |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, run in results["runs"].items():
        lines.append(
            f"| {name} | {run['seconds']} | {run.get('assemble_seconds', '')} | "
            f"{run.get('assemble_seconds', run['seconds']) / base:.2f} | {run['peak_rss_mb']} | "
            f"{run['bytes'] / 1e6:.0f} | "
            f"{run.get('pages', results['pages'] + 2)} |"
        )
    lines += [
        "",
        f"Fastest of {results['repeat']} interleaved runs each (all: "
        + "; ".join(f"{n} {r['all_seconds']}" for n, r in results["runs"].items())
        + "). Wall time is the whole child process (Python start-up and imports included); "
        "in-process is the `assemble()` call alone, which writes and fsyncs the packet, and is "
        "what x qpdf compares. Peak "
        "RSS is the highest of the tries, of the child or the qpdf it runs.",
    ]
    (folder / "assembly.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
