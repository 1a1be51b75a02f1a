"""Normalize: turn a source (image or PDF) into a PDF of US-letter portrait pages.

Input: a ``Source``. Output: a ``NormalizedSource`` (a PDF in the work folder). Images are
fitted inside the margins with their aspect ratio kept, EXIF orientation honoured, landscape
turned to portrait; PDF pages are scaled onto letter paper as vectors, so born-digital text
survives and is not OCR'd again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from packet.config import NormalizeSettings
from packet.ingest import Source

LANDSCAPE_RATIO = 1.05  # wider than this is landscape content, turned to fit a portrait page


@dataclass(frozen=True)
class NormalizedSource:
    source: Source
    pdf: Path
    pages: int


def normalize(source: Source, work: Path, settings: NormalizeSettings) -> NormalizedSource:
    pdf = work / f"{source.sha256[:16]}-normalized.pdf"
    if source.kind == "pdf":
        pages = _pdf_onto_letter(source.path, pdf, settings)
    else:
        pages = _image_onto_letter(source.path, pdf, work, settings)
    return NormalizedSource(source, pdf, pages)


def _frames(path: Path) -> Iterator[Image.Image]:
    with Image.open(path) as image:
        for frame in ImageSequence.Iterator(image):
            upright = ImageOps.exif_transpose(frame)
            if upright.mode not in ("L", "RGB"):
                upright = upright.convert("L" if upright.mode in ("1", "I", "I;16", "F") else "RGB")
            yield upright


def _image_onto_letter(path: Path, pdf: Path, work: Path, settings: NormalizeSettings) -> int:
    page_w, page_h = (d * inch for d in settings.page_inches)
    margin = settings.margin_inches * inch
    box_w, box_h = page_w - 2 * margin, page_h - 2 * margin
    canvas = Canvas(str(pdf), pagesize=(page_w, page_h), invariant=True)
    pages = 0
    for pages, frame in enumerate(_frames(path), start=1):
        if frame.width > frame.height * LANDSCAPE_RATIO:
            frame = frame.transpose(Image.Transpose.ROTATE_90)
        scale = min(box_w / frame.width, box_h / frame.height)  # points per pixel
        most_pixels = settings.max_dpi / inch  # pixels per point at max_dpi
        if 1 / scale > most_pixels:
            size = (
                round(frame.width * scale * most_pixels),
                round(frame.height * scale * most_pixels),
            )
            frame = frame.resize(size, Image.Resampling.LANCZOS)
            scale = min(box_w / frame.width, box_h / frame.height)
        jpeg = work / f"{pdf.stem}-{pages}.jpg"
        frame.save(jpeg, "JPEG", quality=settings.jpeg_quality, optimize=True)
        w, h = frame.width * scale, frame.height * scale
        # A JPEG file given by path is embedded as it is (DCTDecode), not decoded and re-encoded.
        canvas.drawImage(str(jpeg), (page_w - w) / 2, (page_h - h) / 2, w, h)
        canvas.showPage()
    canvas.save()
    return pages


def _pdf_onto_letter(path: Path, pdf: Path, settings: NormalizeSettings) -> int:
    page_w, page_h = (d * inch for d in settings.page_inches)
    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    writer = PdfWriter(clone_from=reader)
    _strip_active_content(writer)
    letter = RectangleObject([0, 0, page_w, page_h])
    for page in writer.pages:
        page.add_transformation(_fit(page, page_w, page_h))
        for box in ("/MediaBox", "/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
            if box in page:
                del page[box]
        page.mediabox = letter
        # Links, form widgets and actions are not evidence and may carry active content.
        for key in ("/Annots", "/AA"):
            if key in page:
                del page[key]
    with pdf.open("wb") as out:
        writer.write(out)
    return len(writer.pages)


def _strip_active_content(writer: PdfWriter) -> None:
    """Remove what a reader could run or open: scripts, open actions, attachments, forms."""
    root = writer._root_object
    for key in ("/OpenAction", "/AA", "/AcroForm", "/Names"):
        if key in root:
            del root[key]


def _fit(page: PageObject, page_w: float, page_h: float) -> Transformation:
    """The transformation that puts a page's visible content upright and centred on letter paper."""
    page.transfer_rotation_to_content()
    box = page.cropbox
    w, h = float(box.width), float(box.height)
    move = Transformation().translate(-float(box.left), -float(box.bottom))
    if w > h * LANDSCAPE_RATIO:
        move = move.rotate(90).translate(h, 0)
        w, h = h, w
    if (round(w), round(h)) == (round(page_w), round(page_h)):
        return move
    scale = min(page_w / w, page_h / h, 2.0)
    return move.scale(scale).translate((page_w - w * scale) / 2, (page_h - h * scale) / 2)
