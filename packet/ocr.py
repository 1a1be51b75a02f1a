"""OCR: add a searchable text layer to a normalized source and read its text, page by page.

Input: a ``NormalizedSource``. Output: ``ReadSource``, the searchable PDF and its page texts.
Pages that already carry text (born-digital PDFs) keep it and are not rasterized.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from packet._exec import ocrmypdf
from packet.config import OcrSettings
from packet.ingest import Source
from packet.normalize import NormalizedSource

PAGE_BREAK = "\f"
SKIPPED_MARK = "[OCR skipped on page"  # what OCRmyPDF's sidecar holds for a page that had text


@dataclass(frozen=True)
class ReadSource:
    source: Source
    pdf: Path  # letter-size pages with a text layer
    page_texts: tuple[str, ...]
    from_cache: bool = False


def ocr(normalized: NormalizedSource, work: Path, settings: OcrSettings) -> ReadSource:
    stem = normalized.pdf.stem.removesuffix("-normalized")
    pdf, sidecar = work / f"{stem}-ocr.pdf", work / f"{stem}-ocr.txt"
    ocrmypdf.add_text_layer(normalized.pdf, pdf, sidecar, settings.languages)
    texts = sidecar.read_text(encoding="utf-8").split(PAGE_BREAK)[: normalized.pages]
    texts += [""] * (normalized.pages - len(texts))
    if any(SKIPPED_MARK in t for t in texts):
        reader = PdfReader(pdf)
        texts = [
            reader.pages[i].extract_text() if SKIPPED_MARK in t else t for i, t in enumerate(texts)
        ]
    return ReadSource(normalized.source, pdf, tuple(texts))
