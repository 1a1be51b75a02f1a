"""Warm `packet check` and warm `packet build --variant all` of the demo case in CPU seconds,
this tree next to an earlier revision, in one run.

On a shared machine wall seconds move with everybody else's load; the CPU seconds a command
uses (user + system, its own and its children's, from ``getrusage``) barely do. Each command
runs ``--runs`` times per tree, the trees taking turns, and the least CPU of each is kept.

    .venv/bin/python bench/warm_cpu.py --before REV [--runs 5] [--out bench/results]

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

# Runs `packet` from the folder in argv[1], not from the editable install of this tree.
_RUN_FROM = (
    "import sys; tree = sys.argv.pop(1); "
    "sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f)]; "
    "sys.path.insert(0, tree); sys.argv[0] = 'packet'; "
    "from packet.cli import main; main()"
)


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
        trees = {
            "before": [sys.executable, "-c", _RUN_FROM, str(before_tree)],
            "after": [sys.executable, "-m", "packet"],
        }
        cached = ["--cache-dir", str(cache)]
        commands = {
            "check": ["check", str(case), *cached],
            "build": ["build", str(case), "-o", str(out), "--variant", "all", *cached],
        }
        for tree in trees.values():  # fill the cache (OCR, thumbnails) and write bytecode
            cpu_and_wall(tree + commands["build"])
            cpu_and_wall(tree + commands["check"])
        best: dict[str, dict[str, list[float]]] = {
            t: {c: [float("inf"), float("inf")] for c in commands} for t in trees
        }
        for _ in range(args.runs):
            for name, command in commands.items():
                for tree, prefix in trees.items():
                    cpu, wall, _code = cpu_and_wall(prefix + command)
                    best[tree][name][0] = min(best[tree][name][0], cpu)
                    best[tree][name][1] = min(best[tree][name][1], wall)
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
    for c in commands:
        lines.append(
            f"| warm `packet {c}` | {result['cpu_s']['before'][c]} | {result['cpu_s']['after'][c]}"
            f" | {result['wall_s']['before'][c]} | {result['wall_s']['after'][c]}"
            f" | ≤ {targets[c]} s |"
        )
    (args.out / "warm_cpu.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
