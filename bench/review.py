"""The review page's cost on the demo case: time added to a warm rebuild, bytes per packet page.

    OMP_THREAD_LIMIT=1 .venv/bin/python bench/review.py [--repeat 5]     # about a minute

Builds the demo case once cold (OCR, thumbnails drawn), then warm rebuilds in this process,
alternating builds that write the page with builds whose page writer is replaced by one that
writes nothing (the baseline: the same build without the review page), fastest of
``--repeat`` each, in CPU seconds of this process (a warm rebuild starts no other process) and
in wall seconds. CPU seconds are what other work on a shared machine disturbs least: the
difference is a hundredth of a second, less than wall-clock noise under load. Also times
`packet build` as a person runs it (a new process, warm), and
records the page's own stage time (report.json's ``timings.review``) cold and warm, and its
size per packet page. Results: bench/results/review.md and .json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from packet import pipeline  # noqa: E402

TIME_TARGET = 1.05  # warm rebuild with the page / without it
BYTES_TARGET_KB = 150  # review.html per packet page
KB = 1024


def demo_case(work: Path) -> Path:
    case = work / "demo-case"
    case.mkdir()
    shutil.copy(REPO / "samples" / "demo-case" / "case.yaml", case)
    subprocess.run(
        [sys.executable, str(REPO / "samples" / "make_demo_scans.py"), str(case)],
        check=True,
        capture_output=True,
    )
    return case


def timed_build(
    case: Path, options: pipeline.Options, page: bool = True
) -> tuple[float, float, dict]:
    """Wall and CPU seconds of one build in this process, and its report."""
    nothing = mock.patch.object(pipeline, "review_page", lambda *_, **__: b"")
    started, cpu = time.perf_counter(), time.process_time()
    if page:
        pipeline.build(case, options)
    else:
        with nothing:
            pipeline.build(case, options)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    report = json.loads((options.out_dir / "report.json").read_text(encoding="utf-8"))
    return seconds, cpu, report


def command_seconds(case: Path, out: Path, cache: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "packet",
            "build",
            str(case),
            "-o",
            str(out),
            "--cache-dir",
            str(cache),
        ],
        check=False,
        capture_output=True,
    )
    return time.perf_counter() - started


def measure(work: Path, repeat: int) -> dict:
    case = demo_case(work)
    options = pipeline.Options(out_dir=work / "out", cache_dir=work / "cache", jobs=2)
    cold_seconds, _, cold = timed_build(case, options)
    with_page, without, review_stage = [], [], []
    for _ in range(repeat):  # alternated, so that load on the machine falls on both alike
        seconds, cpu, report = timed_build(case, options)
        with_page.append((seconds, cpu))
        review_stage.append(report["timings"]["review"])
        without.append(timed_build(case, options, page=False)[:2])
    timed_build(case, options)  # leave the real page in out/ to weigh it
    command = min(command_seconds(case, work / "out", work / "cache") for _ in range(repeat))
    report = json.loads((work / "out" / "report.json").read_text(encoding="utf-8"))
    packet_pages = report["outputs"][0]["pages"]
    page_bytes = (work / "out" / "review.html").stat().st_size
    return {
        "repeat": repeat,
        "cold_build_s": round(cold_seconds, 3),
        "cold_review_s": cold["timings"]["review"],
        "warm_with_page_s": round(min(w for w, _ in with_page), 3),
        "warm_without_page_s": round(min(w for w, _ in without), 3),
        "warm_with_page_cpu_s": round(min(c for _, c in with_page), 3),
        "warm_without_page_cpu_s": round(min(c for _, c in without), 3),
        "warm_review_stage_s": round(min(review_stage), 4),
        "warm_runs_with_page_s": [[round(w, 3), round(c, 3)] for w, c in with_page],
        "warm_runs_without_page_s": [[round(w, 3), round(c, 3)] for w, c in without],
        "packet_build_command_warm_s": round(command, 3),
        "packet_pages": packet_pages,
        "review_bytes": page_bytes,
        "review_kb_per_packet_page": round(page_bytes / packet_pages / KB, 1),
        "documents": len(report["documents"]),
        "thumbnails": sum(d["source_pages"] for d in report["documents"]),
    }


def summary(r: dict) -> str:
    added = r["warm_with_page_cpu_s"] / r["warm_without_page_cpu_s"] - 1
    wall = r["warm_with_page_s"] / r["warm_without_page_s"] - 1
    stage = r["warm_review_stage_s"]
    return "\n".join(
        [
            "# Review page cost (bench/review.py)",
            "",
            "| measurement | value | target |",
            "| --- | ---: | --- |",
            f"| warm rebuild, with the page / without it (CPU s in process, fastest of "
            f"{r['repeat']}) | {r['warm_with_page_cpu_s']:.3f} s / "
            f"{r['warm_without_page_cpu_s']:.3f} s = {100 * added:+.1f} % | ≤ +5 % |",
            f"| the same in wall seconds | {r['warm_with_page_s']:.3f} s / "
            f"{r['warm_without_page_s']:.3f} s = {100 * wall:+.1f} % | |",
            f"| the page's own stage, warm | {1000 * stage:.1f} ms = "
            f"{100 * stage / r['warm_without_page_s']:.1f} % of the rebuild, "
            f"{100 * stage / r['packet_build_command_warm_s']:.1f} % of `packet build` "
            f"({r['packet_build_command_warm_s']:.2f} s) | |",
            f"| the page's own stage, cold (thumbnails drawn, template compiled) "
            f"| {1000 * r['cold_review_s']:.0f} ms of a {r['cold_build_s']:.1f} s cold build | |",
            f"| review.html per packet page | {r['review_kb_per_packet_page']} KB "
            f"({r['review_bytes'] / 1000:.0f} KB, {r['packet_pages']} packet pages, "
            f"{r['thumbnails']} thumbnails) | ≤ {BYTES_TARGET_KB} KB |",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="packet-bench-review-") as tmp:
        result = measure(Path(tmp), args.repeat)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "review.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    (args.out / "review.md").write_text(summary(result), encoding="utf-8")
    print(summary(result))


if __name__ == "__main__":
    main()
