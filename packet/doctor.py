"""`packet doctor`: the programs packet runs, their versions, and what to install when one is
missing; where its configuration and its OCR cache are.

Each check asks the wrapper in packet/_exec/ that runs the program, so that doctor finds a
program exactly as a build would. Nothing here imports OCRmyPDF or Dask: a version is read
from the installed package's metadata.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from packet.errors import MissingProgramError, PacketError
from packet.terminal import plural

OK, MISSING, OPTIONAL, INFO = "ok", "missing", "optional", "info"
REINSTALL = (
    "pipx install --force evidence-packet  (or: pip install --force-reinstall evidence-packet)"
)


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok | missing | optional (missing, but only one command needs it) | info
    detail: str  # the version or location found, or what is missing
    fix: str | None = None  # what to run when it is missing

    @property
    def needed_and_missing(self) -> bool:
        return self.status == MISSING


def checks(languages: list[str] | None = None, cache_dir: Path | None = None) -> list[Check]:
    """Every check, in the order a person reads them."""
    return [
        _program("Tesseract (OCR engine)", _tesseract_version),
        _tesseract_languages(languages),
        _program("Ghostscript (reads PDF scans for OCRmyPDF)", _ghostscript_version),
        _package("OCRmyPDF", "ocrmypdf", REINSTALL),
        _package("pikepdf", "pikepdf", REINSTALL),
        _dask(),
        _python(),
        _config(),
        _cache(cache_dir),
    ]


def _program(name: str, find: Callable[[], str]) -> Check:
    try:
        return Check(name, OK, find())
    except MissingProgramError as exc:
        return Check(name, MISSING, "not installed", exc.install)


def _tesseract_version() -> str:
    from packet._exec import tesseract

    return tesseract.version().removeprefix("tesseract ")


def _ghostscript_version() -> str:
    from packet._exec import ghostscript

    return ghostscript.version()


def _tesseract_languages(languages: list[str] | None) -> Check:
    from packet._exec import tesseract

    name = "Tesseract languages"
    try:
        wanted = languages if languages is not None else _configured_languages()
    except PacketError as exc:
        return Check(name, MISSING, f"cannot read config/settings.yaml: {exc.message}")
    try:
        installed = tesseract.installed_languages()
    except MissingProgramError:
        return Check(name, MISSING, "none (Tesseract is not installed)", tesseract.INSTALL)
    missing = [code for code in wanted if code not in installed]
    found = ", ".join(sorted(installed - {"osd"})) or "none"
    if missing:
        names = ", ".join(f"{tesseract.language_name(c)} ({c})" for c in missing)
        return Check(
            name,
            MISSING,
            f"{names} missing; reads {'+'.join(wanted)} (ocr.languages); installed: {found}",
            "sudo apt-get install " + " ".join(tesseract.language_package(c) for c in missing),
        )
    return Check(name, OK, f"{found} (reads {'+'.join(wanted)}, from ocr.languages)")


def _configured_languages() -> list[str]:
    from packet.config import load_config

    return list(load_config().settings.ocr.languages)


def _package(name: str, distribution: str, fix: str) -> Check:
    try:
        return Check(name, OK, version(distribution))
    except PackageNotFoundError:
        return Check(name, MISSING, "not installed", fix)


def _dask() -> Check:
    name = "Dask distributed (for `packet batch --scheduler`)"
    if importlib.util.find_spec("distributed") is None:
        return Check(
            name,
            OPTIONAL,
            "not installed; only `packet batch --scheduler` needs it",
            "pip install 'evidence-packet[cluster]'  (with pipx: pipx inject evidence-packet "
            "distributed)",
        )
    return Check(name, OK, version("distributed"))


def _python() -> Check:
    try:
        own = version("evidence-packet")
    except PackageNotFoundError:
        own = "not installed as a package"
    return Check("evidence-packet", INFO, f"{own}, Python {sys.version.split()[0]}")


def _config() -> Check:
    from packet.config import CONFIG_DIR_ENV, config_dir, load_config

    name = "Configuration (rules, templates, settings)"
    try:
        directory = config_dir()
        load_config(directory)
    except PacketError as exc:
        return Check(
            name,
            MISSING,
            exc.message,
            f"unset {CONFIG_DIR_ENV}, or fix the file named above (`packet config export DIR` "
            "writes a fresh copy)",
        )
    origin = f"from {CONFIG_DIR_ENV}" if os.environ.get(CONFIG_DIR_ENV) else "bundled with packet"
    return Check(name, INFO, f"{directory} ({origin})")


def _cache(cache_dir: Path | None) -> Check:
    from packet.cache import CACHE_DIR_ENV, OcrCache, default_cache_dir

    root = cache_dir or default_cache_dir()
    usage = OcrCache(root).usage()
    origin = f", from {CACHE_DIR_ENV}" if os.environ.get(CACHE_DIR_ENV) and not cache_dir else ""
    return Check(
        "OCR cache (the text of your clients' scans)",
        INFO,
        f"{root}{origin}: {plural(usage.entries, 'scan')}, {megabytes(usage.bytes)}; "
        "`packet cache clear` empties it",
    )


def megabytes(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB"
