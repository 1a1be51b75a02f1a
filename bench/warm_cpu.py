"""Warm `packet check` and warm `packet build --variant all` of the demo case, and a cold
`packet batch` of a small docket, in CPU seconds: this tree next to an earlier revision, in one
run.

On a shared machine wall seconds move with everybody else's load; the CPU seconds a command
uses (user + system, its own and its children's, from ``getrusage``) barely do. Each command
runs ``--runs`` times per tree, the trees taking turns, and the least CPU of each is kept.

    .venv/bin/python bench/warm_cpu.py --before REV [--runs 5] [--docket 4] [--out bench/results]

The docket (``samples/make_docket.py``, three one-page scans a case) is built once per tree
from an empty cache, next to bare `tesseract` on all its scans, two at a time, measured before
and after (bench/intake.py's ``lower_bound``).

The earlier revision is exported with ``git archive`` into a temporary folder and run by the
same interpreter with this tree's editable install set aside, so both use the same libraries.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

sys.path.insert(0, str(REPO))

# Runs `packet` from the folder in $BEFORE_TREE, not from the editable install of this tree; at
# the top of the module, so that the OCR workers it spawns (which import it again) do as well.
_RUNNER = """import os, sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f)]
sys.path.insert(0, os.environ["BEFORE_TREE"])
if __name__ == "__main__":
    sys.argv[0] = "packet"
    from packet.cli import main
    main()
"""


def cpu_and_wall(command: list[str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, stdin=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode > 1:
        raise SystemExit(f"{command} failed:\n{done.stderr.decode(errors='replace')}")
    return cpu, wall, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="a git revision to compare with")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--docket", type=int, default=4, help="cases in the cold batch (0: none)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    os.environ.clear()
    os.environ.update(env)
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="warm-cpu-") as temp:
        work = Path(temp)
        before_tree = work / "before"
        before_tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", REPO, "archive", args.before], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", before_tree], input=archive, check=True)
        case, out, cache = work / "demo-case", work / "out", work / "cache"
        case.mkdir()
        shutil.copy(REPO / "samples" / "demo-case" / "case.yaml", case)
        subprocess.run(
            [sys.executable, REPO / "samples" / "make_demo_scans.py", case],
            check=True,
            capture_output=True,
        )
        runner = work / "before_packet.py"
        runner.write_text(_RUNNER)
        os.environ["BEFORE_TREE"] = str(before_tree)
        trees = {
            "before": [sys.executable, str(runner)],
            "after": [sys.executable, "-m", "packet"],
        }
        # Each tree its own cache: what one version remembers beside it (the languages texts
        # read as, under that version's fingerprint) would be thrown out by the other's runs,
        # and each warm check would work it out again.
        commands = {
            t: {
                "check": ["check", str(case), "--cache-dir", f"{cache}-{t}"],
                "build": [
                    *("build", str(case), "-o", f"{out}-{t}", "--variant", "all"),
                    *("--cache-dir", f"{cache}-{t}"),
                ],
            }
            for t in trees
        }
        for tree, prefix in trees.items():  # fill its cache (OCR, thumbnails), write bytecode
            cpu_and_wall(prefix + commands[tree]["build"])
            cpu_and_wall(prefix + commands[tree]["check"])
        best: dict[str, dict[str, list[float]]] = {
            t: {c: [float("inf"), float("inf")] for c in ("check", "build")} for t in trees
        }
        for _ in range(args.runs):
            for name in ("check", "build"):
                for tree, prefix in trees.items():
                    cpu, wall, _code = cpu_and_wall(prefix + commands[tree][name])
                    best[tree][name][0] = min(best[tree][name][0], cpu)
                    best[tree][name][1] = min(best[tree][name][1], wall)
        docket = cold_docket(trees, args.docket, work) if args.docket else None
    load_end = os.getloadavg()
    revision = subprocess.run(
        ["git", "-C", REPO, "rev-parse", "--short", args.before],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    result = {
        "before": revision,
        "runs": args.runs,
        "load_start": [round(x, 2) for x in load_start],
        "load_end": [round(x, 2) for x in load_end],
        "cpu_s": {t: {c: round(v[0], 3) for c, v in r.items()} for t, r in best.items()},
        "wall_s": {t: {c: round(v[1], 3) for c, v in r.items()} for t, r in best.items()},
        "docket": docket,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "warm_cpu.json").write_text(json.dumps(result, indent=2) + "\n")
    targets = {"check": 0.6, "build": 1.5}
    lines = [
        f"# Warm demo case, CPU seconds: {revision} (before) and this tree (after), one run",
        "",
        f"Fastest of {args.runs} runs each, the trees taking turns; load average (1, 5, 15 min) "
        f"{result['load_start']} at the start, {result['load_end']} at the end.",
        "",
        "| command | before CPU s | after CPU s | before wall s | after wall s | target |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for c in ("check", "build"):
        lines.append(
            f"| warm `packet {c}` | {result['cpu_s']['before'][c]} | {result['cpu_s']['after'][c]}"
            f" | {result['wall_s']['before'][c]} | {result['wall_s']['after'][c]}"
            f" | ≤ {targets[c]} s |"
        )
    if docket:
        t = docket["tesseract"]
        lines += [
            "",
            f"Cold `packet batch` of {args.docket} cases ({docket['scans']} one-page scans), "
            "empty caches, and bare `tesseract` on the same scans, 2 at a time "
            f"(CPU s {t['cpu']}, wall s {t['wall']}: the mean of before and after the batches):",
            "",
            "| tree | CPU s | ÷ Tesseract CPU | wall s | ÷ Tesseract wall | target (wall) |",
            "| --- | ---: | ---: | ---: | ---: | --- |",
        ]
        for tree in trees:
            b = docket[tree]
            lines.append(
                f"| {tree} | {b['cpu']} | {b['cpu'] / t['cpu']:.2f}× | {b['wall']} "
                f"| {b['wall'] / t['wall']:.2f}× | ≤ 1.2× |"
            )
    (args.out / "warm_cpu.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def cold_docket(trees: dict[str, list[str]], cases: int, work: Path) -> dict:
    from bench.intake import lower_bound

    folder = work / "docket"
    generate = [sys.executable, REPO / "samples" / "make_docket.py", folder]
    subprocess.run([*generate, "--cases", str(cases), "--documents", "3"], check=True)
    scans = sorted(folder.glob("*/scans/*"))
    for side in ("before", "after"):
        (work / f"tesseract-{side}").mkdir()
    bounds = [lower_bound(scans, work / "tesseract-before")]
    result: dict = {"scans": len(scans)}
    for tree, prefix in trees.items():
        out, cache = work / f"docket-{tree}", work / f"docket-cache-{tree}"
        cpu, wall, _code = cpu_and_wall(
            [*prefix, "batch", str(folder), "-o", str(out), "--cache-dir", str(cache)]
        )
        result[tree] = {"cpu": round(cpu, 2), "wall": round(wall, 2)}
    bounds.append(lower_bound(scans, work / "tesseract-after"))
    result["tesseract"] = {
        "cpu": round(sum(b.cpu for b in bounds) / 2, 2),
        "wall": round(sum(b.wall for b in bounds) / 2, 2),
        "before_after_wall": [round(b.wall, 2) for b in bounds],
    }
    return result


if __name__ == "__main__":
    main()
