"""One benchmark result as a plain record, and the writers of bench/results/latest.md and .json.

The runner (``python -m bench``) fills these records; nothing here measures anything, so the
table and JSON can be checked on made-up records.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path


@dataclass
class Measurement:
    """What we measured, the baseline measured next to it in the same run, and the target.

    ``target`` applies to ``ours / baseline`` when ``of_ratio``, else to ``ours`` itself;
    ``at_least`` turns "at most" into "at least" (accuracy).
    """

    name: str
    ours: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: float | None = None
    of_ratio: bool = False
    at_least: bool = False
    runs: int = 1
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None

    @property
    def compared(self) -> float | None:
        """The number the target applies to."""
        return self.ratio if self.of_ratio else self.ours

    @property
    def met(self) -> bool | None:
        if self.target is None or self.compared is None:
            return None
        return self.compared >= self.target if self.at_least else self.compared <= self.target

    @property
    def missed_by(self) -> float | None:
        """How far past the target, as a share of it (0.49 = 49 % over a ceiling)."""
        if self.met is not False:
            return None
        assert self.target is not None and self.compared is not None
        if not self.target:  # "none at all" (false findings): no share of zero to give
            return None
        return abs(self.compared - self.target) / self.target

    def target_text(self) -> str:
        if self.target is None:
            return ""
        sign = "≥" if self.at_least else "≤"
        return (
            f"{sign} {self.target:g}×" if self.of_ratio else f"{sign} {self.target:g} {self.unit}"
        )

    def verdict(self) -> str:
        if self.met is None:
            return ""
        if self.met:
            return "met"
        shown = f"{self.compared:.2f}×" if self.of_ratio else f"{self.compared:.3g} {self.unit}"
        if self.missed_by is None:
            return f"**missed** ({shown})"
        by = 100 * self.missed_by
        return f"**missed** by {by:.{1 if by < 10 else 0}f} % ({shown})"

    def to_json(self) -> dict:
        return {
            **asdict(self),
            "ratio": _round(self.ratio),
            "met": self.met,
            "missed_by": _round(self.missed_by),
        }


@dataclass
class Results:
    mode: str
    started: str
    seconds: float
    machine: dict
    load_average: dict[str, list[float]]
    measurements: list[Measurement]
    profiles: dict[str, list[str]] = field(default_factory=dict)
    details: dict = field(default_factory=dict)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    text = f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return f"{text} {unit}".strip()


def markdown(r: Results) -> str:
    m = r.machine
    load = r.load_average
    rows = [
        "| measurement | ours | baseline | ratio | target | result | runs |",
        "| --- | ---: | --- | ---: | --- | --- | ---: |",
    ]
    for x in r.measurements:
        baseline = _number(x.baseline, x.unit)
        if x.baseline_name:
            baseline = f"{baseline} ({x.baseline_name})" if baseline else x.baseline_name
        ratio = f"{x.ratio:.2f}×" if x.ratio is not None else ""
        rows.append(
            f"| {x.name} | {_number(x.ours, x.unit)} | {baseline} | {ratio} | "
            f"{x.target_text()} | {x.verdict()} | {x.runs} |"
        )
    notes = [f"- **{x.name}**: {x.note}" for x in r.measurements if x.note]
    missed = [x.name for x in r.measurements if x.met is False]
    lines = [
        f"# Benchmark results ({r.mode} run)",
        "",
        f"Started {r.started}, took {r.seconds / 60:.1f} min. Machine: {m['cores']} cores, "
        f"{m['memory_gib']} GiB, {m['platform']}, Python {m['python']}; Tesseract "
        f"{m['tesseract']}, OCRmyPDF {m['ocrmypdf']}, Ghostscript {m['ghostscript']}, qpdf "
        f"{m['qpdf']}, pikepdf {m['pikepdf']}, pypdf {m['pypdf']}.",
        "",
        f"Load average (1, 5, 15 min) at the start {load['start']}, at the end {load['end']}. "
        "The machine may be shared, so absolute times vary from run to run; each ratio compares "
        "two numbers measured in this same run, and those are what count. Times are the "
        "fastest of the runs shown.",
        "",
        *rows,
        "",
        f"Targets missed: {', '.join(missed) if missed else 'none'}.",
    ]
    if notes:
        lines += ["", "## Notes", "", *notes]
    if r.profiles:
        lines += [
            "",
            "Profiles below: cProfile of a small run of the missed measurement in one process, "
            "top functions by own time (for sizes: the packet's bytes by kind). Lock `acquire`, "
            "`poll` and `waitpid` are waits for child programs (Tesseract, Ghostscript, qpdf) or "
            "worker processes.",
        ]
    for name, profile in r.profiles.items():
        lines += ["", f"## Profile: {name}", "", "```", *profile, "```"]
    return "\n".join(lines) + "\n"


def write(r: Results, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    content = {
        "mode": r.mode,
        "started": r.started,
        "seconds": round(r.seconds, 1),
        "machine": r.machine,
        "load_average": r.load_average,
        "measurements": [x.to_json() for x in r.measurements],
        "profiles": r.profiles,
        "details": r.details,
    }
    (folder / "latest.json").write_text(
        json.dumps(content, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    (folder / "latest.md").write_text(markdown(r), encoding="utf-8")


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def machine() -> dict:
    """Cores, memory and the versions of every program and library the numbers depend on."""
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    return {
        "cores": len(os.sched_getaffinity(0)),
        "memory_gib": round(pages / 2**30, 1),
        "platform": f"{platform.system()} {platform.machine()}",
        "python": platform.python_version(),
        "tesseract": _first_line(["tesseract", "--version"]).removeprefix("tesseract "),
        "ocrmypdf": _package("ocrmypdf"),
        "ghostscript": _first_line(["gs", "--version"]),
        "qpdf": _first_line(["qpdf", "--version"]).removeprefix("qpdf version "),
        "pikepdf": _package("pikepdf"),
        "pypdf": _package("pypdf"),
    }


def _first_line(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return "not installed"
    return (done.stdout or done.stderr).strip().splitlines()[0]


def _package(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"
