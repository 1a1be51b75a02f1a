"""OCRmyPDF (and through it Tesseract and Ghostscript): the only place that calls them.

OCRmyPDF itself is imported only when a document is given to it: importing it takes longer
than a whole `packet check` of a case whose scans are in the cache.
"""

from __future__ import annotations

import logging
import os
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

from packet._exec import ghostscript, tesseract
from packet.errors import MissingProgramError

PAGE_BREAK = "\f"
SKIPPED_MARK = "[OCR skipped on page"  # what the sidecar holds for a page that had text


class OcrFailed(Exception):
    """OCRmyPDF refused or failed on one document; the message is its own explanation."""


def quiet_logging() -> None:
    # OCRmyPDF reports per-page notes ("page already has text") at INFO and WARNING; our own
    # report says what matters, so only its errors reach the terminal.
    logging.getLogger("ocrmypdf").setLevel(logging.ERROR)
    # Tesseract's own threads slow it down when each core already runs one document.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@cache
def versions() -> dict[str, str]:
    """Versions that change OCR output; part of every cache key. The Tesseract it drives is
    the one packet/_exec/tesseract.py names, and ocr.versions() adds that."""
    return {"ocrmypdf": metadata.version("ocrmypdf")}


def add_text_layer(
    input_pdf: Path, output_pdf: Path, sidecar: Path, languages: list[str], pages: int
) -> list[str]:
    """OCR every page that has no text yet; pages with text are kept as they are.

    Returns the text of each of the ``pages`` pages."""
    import ocrmypdf
    from ocrmypdf.exceptions import ExitCodeException, MissingDependencyError

    # Checked first, so that a missing program or language gets one sentence saying what to
    # install instead of OCRmyPDF's own paragraphs.
    ghostscript.program()
    tesseract.require_languages(languages)
    quiet_logging()
    # A call can leave sys.stderr pointing at a buffer, which would hide our own messages after it.
    streams = sys.stdout, sys.stderr
    try:
        ocrmypdf.ocr(
            input_pdf,
            output_pdf,
            language=languages,
            sidecar=sidecar,
            mode="skip",
            output_type="pdf",  # PDF/A conversion (Ghostscript) costs time and buys nothing here
            optimize=0,
            jobs=1,  # documents run in parallel one per core instead
            progress_bar=False,
            quiet=True,
        )
    except MissingDependencyError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise MissingProgramError(
            f"OCRmyPDF cannot run ({first})", f"{tesseract.INSTALL} {ghostscript.INSTALL_PACKAGE}"
        ) from None
    except ExitCodeException as exc:
        raise OcrFailed(str(exc) or type(exc).__name__) from None
    finally:
        sys.stdout, sys.stderr = streams
    return _page_texts(sidecar, output_pdf, pages)


def _page_texts(sidecar: Path, pdf: Path, pages: int) -> list[str]:
    """Each page's text from the sidecar; a page skipped because it had text has only a note
    there, so its own text is taken from the PDF."""
    texts = sidecar.read_text(encoding="utf-8").split(PAGE_BREAK)[:pages]
    texts += [""] * (pages - len(texts))
    if any(SKIPPED_MARK in t for t in texts):
        from pypdf import PdfReader

        reader = PdfReader(pdf)
        texts = [
            reader.pages[i].extract_text() if SKIPPED_MARK in t else t for i, t in enumerate(texts)
        ]
    return texts
