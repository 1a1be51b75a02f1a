"""Shared fixtures. The demo case is built once per session with real Tesseract OCR."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "samples" / "demo-case"

# The tests never read the person's own settings (their OPLA offices, docs/opla-offices.md):
# a folder that does not exist stands for a user who has none. Set before any test module
# loads the configuration; child `packet` processes inherit it.
os.environ["XDG_CONFIG_HOME"] = str(REPO / "tests" / "no-user-settings")


def run_packet(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `packet` command in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "packet", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1", **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=900,
    )


@pytest.fixture(scope="session")
def ocr_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One OCR cache for the session: tests that are not about OCR reuse what earlier ones read."""
    return tmp_path_factory.mktemp("ocr-cache")


@pytest.fixture(scope="session")
def demo_scans() -> Path:
    subprocess.run(
        [sys.executable, str(REPO / "samples" / "make_demo_scans.py"), str(DEMO)], check=True
    )
    return DEMO


@dataclass
class BuiltCase:
    """A case built once by the real `packet build`, shared by the assertions about it."""

    case_dir: Path
    out_dir: Path
    result: subprocess.CompletedProcess[str]

    @property
    def report(self) -> dict:
        return json.loads((self.out_dir / "report.json").read_text(encoding="utf-8"))

    @property
    def packet(self) -> Path:
        return self.out_dir / "packet-efile.pdf"


@dataclass
class DemoBuild(BuiltCase):
    input_hashes_before: dict[str, str]


def tree_hashes(folder: Path) -> dict[str, str]:
    import hashlib

    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="session")
def demo_build(
    demo_scans: Path, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory
) -> DemoBuild:
    case_dir = tmp_path_factory.mktemp("demo") / "demo-case"
    shutil.copytree(demo_scans, case_dir, ignore=shutil.ignore_patterns("out"))
    before = tree_hashes(case_dir)
    out_dir = case_dir / "out"
    result = run_packet("build", case_dir, "--cache-dir", ocr_cache)
    return DemoBuild(case_dir, out_dir, result, before)
