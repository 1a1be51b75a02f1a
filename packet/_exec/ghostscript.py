"""Ghostscript: OCRmyPDF runs it to rasterize PDF pages; we only find it and its version."""

from __future__ import annotations

import shutil
import subprocess

from packet.errors import MissingProgramError

INSTALL_PACKAGE = "ghostscript"
INSTALL = f"sudo apt-get install {INSTALL_PACKAGE}"


def program() -> str:
    found = shutil.which("gs")
    if found is None:
        raise MissingProgramError(
            "Ghostscript (which OCRmyPDF needs to read PDF scans) is not installed", INSTALL
        )
    return found


def version() -> str:
    """e.g. "10.00.0"."""
    result = subprocess.run(
        [program(), "--version"], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )
    return result.stdout.strip() or "unknown"
