"""`packet doctor`, and what a command says when a program it needs is missing.

A program is "missing" by leaving it out of PATH (a folder of links to the others), or by a
stand-in `tesseract` that lists fewer languages; nothing is uninstalled. No command asks for
an engine it will not use: a build whose scans are all in the OCR cache runs without Tesseract.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import DemoBuild, run_packet
from tests.hostile.conftest import make_tiny_case

DOCTOR_HINT = "`packet doctor` shows every program packet uses and what is missing."


def path_without(folder: Path, *left_out: str) -> dict[str, str]:
    """PATH holding links to the programs packet runs, less ``left_out``."""
    folder.mkdir(exist_ok=True)
    for program in ("tesseract", "gs", "qpdf"):
        found = shutil.which(program)
        if program not in left_out and found and not (folder / program).exists():
            (folder / program).symlink_to(found)
    return {"PATH": str(folder)}


def tesseract_without_spanish(folder: Path) -> dict[str, str]:
    env = path_without(folder, "tesseract")
    stand_in = folder / "tesseract"
    stand_in.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--list-langs" ]; then\n'
        '  printf \'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (2):\\n'
        "eng\\nosd\\n'\n"
        "  exit 0\n"
        "fi\n"
        f'exec {shutil.which("tesseract")} "$@"\n'
    )
    stand_in.chmod(stand_in.stat().st_mode | stat.S_IXUSR)
    return env


def test_doctor_lists_each_program_with_its_version(tmp_path: Path) -> None:
    result = run_packet("doctor", "--cache-dir", tmp_path / "cache")
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    # no qpdf program: assembly runs the libqpdf inside pikepdf
    for name in ("Tesseract (OCR engine)", "Ghostscript", "OCRmyPDF", "pikepdf"):
        line = next(line for line in lines if name in line)
        assert line.startswith("ok "), line
    languages = next(line for line in lines if "Tesseract languages" in line)
    assert "eng" in languages and "spa" in languages and "reads eng+spa" in languages
    config = next(line for line in lines if line.startswith("info") and "Configuration" in line)
    assert "bundled with packet" in config
    cache = next(line for line in lines if "OCR cache" in line)
    assert str(tmp_path / "cache") in cache and "0 scans, 0.0 MB" in cache
    assert lines[-1] == "Everything packet needs is installed."


def test_doctor_names_the_package_of_a_missing_program(tmp_path: Path) -> None:
    result = run_packet("doctor", env=path_without(tmp_path / "bin", "tesseract", "gs"))
    assert result.returncode == 1
    out = result.stdout
    assert "missing  Tesseract (OCR engine): not installed" in out
    assert "to install: sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa" in (
        out
    )
    assert "to install: sudo apt-get install ghostscript" in out
    assert out.splitlines()[-1].startswith("3 things missing: Tesseract (OCR engine), ")


def test_doctor_names_a_missing_language_pack(tmp_path: Path) -> None:
    result = run_packet("doctor", env=tesseract_without_spanish(tmp_path / "bin"))
    assert result.returncode == 1
    line = next(line for line in result.stdout.splitlines() if "Tesseract languages" in line)
    assert "Spanish (spa) missing; reads eng+spa" in line
    assert "to install: sudo apt-get install tesseract-ocr-spa" in result.stdout


def test_doctor_shows_the_config_and_cache_folders_chosen_by_the_environment(
    tmp_path: Path,
) -> None:
    exported = tmp_path / "my-config"
    assert run_packet("config", "export", exported).returncode == 0
    env = {"PACKET_CONFIG_DIR": str(exported), "PACKET_CACHE_DIR": str(tmp_path / "c")}
    out = run_packet("doctor", env=env).stdout
    assert f"{exported} (from PACKET_CONFIG_DIR)" in out
    assert f"{tmp_path / 'c'}, from PACKET_CACHE_DIR" in out


def test_the_cluster_extra_is_optional_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    from click.testing import CliRunner

    from packet.cli import main

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name)
    )
    cases = make_tiny_case(tmp_path / "cases" / "one").parent
    result = CliRunner().invoke(
        main, ["batch", str(cases), "-o", str(tmp_path / "out"), "--scheduler", "tcp://x:1"]
    )
    assert result.exit_code == 2
    assert "pip install 'evidence-packet[cluster]'" in result.output
    assert "leave out --scheduler" in result.output
    assert not (tmp_path / "out").exists()  # refused before any work
    doctor = CliRunner().invoke(main, ["doctor"])
    assert "optional Dask distributed" in doctor.output
    assert doctor.exit_code == 0  # optional: nothing a build needs is missing


@pytest.mark.e2e
def test_a_build_from_a_warm_cache_needs_no_tesseract(
    demo_build: DemoBuild, ocr_cache: Path, tmp_path: Path
) -> None:
    case_dir = tmp_path / "demo-case"
    shutil.copytree(demo_build.case_dir, case_dir, ignore=shutil.ignore_patterns("out"))
    env = path_without(tmp_path / "bin", "tesseract")
    result = run_packet("build", case_dir, "--cache-dir", ocr_cache, env=env)
    assert result.returncode == 1, result.stderr  # the demo's deliberate gap, and nothing else
    assert (case_dir / "out/packet-efile.pdf").is_file()
    assert "Tesseract" not in result.stderr


@pytest.mark.e2e
def test_a_scan_that_needs_ocr_without_tesseract_names_the_package(tmp_path: Path) -> None:
    case_dir = make_tiny_case(tmp_path / "case")
    env = path_without(tmp_path / "bin", "tesseract")
    result = run_packet("check", case_dir, "--cache-dir", tmp_path / "cache", env=env)
    assert result.returncode == 3
    assert (
        "error: Tesseract (the OCR engine) is not installed: install it with "
        "`sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa`. " + DOCTOR_HINT
    ) in " ".join(result.stderr.split())
    assert "make demo" not in result.stderr


@pytest.mark.e2e
def test_a_missing_spanish_pack_is_one_short_sentence(tmp_path: Path) -> None:
    case_dir = make_tiny_case(tmp_path / "case")
    env = tesseract_without_spanish(tmp_path / "bin")
    result = run_packet("check", case_dir, "--cache-dir", tmp_path / "cache", env=env)
    assert result.returncode == 3
    message = " ".join(result.stderr.split())
    assert (
        "error: Tesseract has no Spanish (spa) language data; it reads eng+spa (ocr.languages "
        "in config/settings.yaml): install it with `sudo apt-get install tesseract-ocr-spa`."
    ) in message
    assert len(message) < 400 and "OCRmyPDF" not in message


def test_no_missing_program_message_mentions_the_makefile() -> None:
    package = Path(__file__).resolve().parent.parent / "packet"
    for source in package.rglob("*.py"):
        assert "make demo" not in source.read_text(encoding="utf-8"), source
