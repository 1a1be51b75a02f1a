"""pdftoppm (poppler-utils), the command: the only place that runs it.

It draws the review page's thumbnails: each page as a PDF reader shows it (the scan inside its
margins, a born-digital page's text and lines), small, as JPEG, one process per document.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from packet._exec import dies_with_parent
from packet.errors import MissingProgramError

INSTALL = "sudo apt-get install poppler-utils"


class DrawingFailed(Exception):
    """pdftoppm could not draw a document's pages; the message is its own explanation."""


def draw_pages(pdf: Path, folder: Path, width: int, quality: int) -> list[Path]:
    """Every page of ``pdf`` as a JPEG ``width`` pixels wide, in page order, in ``folder``."""
    program = shutil.which("pdftoppm")
    if program is None:
        raise MissingProgramError(
            "pdftoppm (it draws the review page's thumbnails) is not installed", INSTALL
        )
    root = folder / "page"
    command = [
        program,
        "-jpeg",
        "-jpegopt",
        f"quality={quality},optimize=y",
        "-scale-to-x",
        str(width),
        "-scale-to-y",
        "-1",  # the page's own proportions
        str(pdf),
        str(root),
    ]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        preexec_fn=dies_with_parent(),
    )
    if result.returncode != 0:
        detail = result.stderr.strip().splitlines()
        said = detail[-1] if detail else f"pdftoppm exited {result.returncode}"
        # its words name the files it was given: they are this machine's, not the case's
        raise DrawingFailed(said.replace(str(pdf), pdf.name).replace(str(folder), "."))
    # page-1.jpg ... page-9.jpg, or page-01.jpg ... when there are ten or more: sort by number
    return sorted(folder.glob("page-*.jpg"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
