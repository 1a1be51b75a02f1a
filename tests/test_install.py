"""The wheel is enough: built from this checkout, installed into a fresh virtualenv outside it,
it builds the demo case with no file of the checkout in reach (no config/ beside it, no
PACKET_CONFIG_DIR), as `pipx install .` or `pip install .` would for a new user."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, DemoBuild

pytestmark = pytest.mark.e2e


@dataclass
class Installed:
    wheel: Path
    venv: Path
    home: Path  # the working folder of every command: outside the checkout

    def packet(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PACKET_", "PYTHON"))}
        return subprocess.run(
            [str(self.venv / "bin" / "packet"), *map(str, args)],
            cwd=self.home,
            env={**env, "OMP_THREAD_LIMIT": "1"},
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=900,
        )


def _run(*command: str | Path, cwd: Path) -> None:
    result = subprocess.run(
        list(map(str, command)), cwd=cwd, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    home = tmp_path_factory.mktemp("user")
    # The sources a wheel is built from, copied: setuptools writes build/ into the folder it
    # builds, and the tests write nothing into the checkout.
    source = home / "source"
    for name in ("packet", "config"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    dist = home / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, source, cwd=home)
    (wheel,) = dist.glob("evidence_packet-*.whl")
    venv = home / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=home)
    _run(venv / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=home)
    return Installed(wheel, venv, home)


def test_the_wheel_carries_every_config_file_and_schema(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    config = REPO / "config"
    for path in config.rglob("*"):
        if path.is_file():
            assert f"packet/_config/{path.relative_to(config).as_posix()}" in names
    for path in (REPO / "packet/schemas").glob("*.json"):
        assert f"packet/schemas/{path.name}" in names
    assert not any(n.startswith(("tests/", "samples/", "bench/")) for n in names)


def test_the_installed_tool_uses_its_own_config(installed: Installed) -> None:
    where = installed.packet("config", "path")
    assert where.returncode == 0, where.stderr
    folder = Path(where.stdout.strip())
    assert folder.is_relative_to(installed.venv) and folder.name == "_config"
    doctor = installed.packet("doctor")
    assert doctor.returncode == 0, doctor.stdout
    assert "bundled with packet" in doctor.stdout
    exported = installed.home / "my-config"
    assert installed.packet("config", "export", exported).returncode == 0
    assert (exported / "templates" / "cover_letter.j2").is_file()


def test_the_installed_tool_builds_the_demo_case(
    installed: Installed, demo_build: DemoBuild, ocr_cache: Path
) -> None:
    case_dir = installed.home / "demo-case"
    shutil.copytree(demo_build.case_dir, case_dir, ignore=shutil.ignore_patterns("out"))
    result = installed.packet(
        "build", case_dir, "--variant", "all", "--cache-dir", ocr_cache, "--json"
    )
    assert result.returncode == 1, result.stderr  # the demo's one deliberate gap
    content = json.loads(result.stdout)
    # the demo case gives `service:`, so the service copy is written too
    assert [o["variant"] for o in content["outputs"]] == ["efile", "filing", "service"]
    report = json.loads((case_dir / "out" / "report.json").read_text(encoding="utf-8"))
    editable = json.loads((demo_build.out_dir / "report.json").read_text(encoding="utf-8"))
    # the installed tool reads every document as the checkout does (the variants built, and so
    # the findings about the service copy, differ)
    assert report["documents"] and report["documents"] == editable["documents"]
