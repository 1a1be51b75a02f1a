"""How paper reaches a legal-aid office: flatbed scans, copier PDFs holding a stack of different
documents, phone photos of a page on a desk (one photo a page), cards photographed in a
landscape frame, a card copied onto a letter page, HEIC photos, and the same paper scanned
twice at two resolutions. Each maker returns a ``Placed``: the files' bytes, the truth records
saying which paper is where (``pages`` inside a file of several documents, ``more_files`` for a
document photographed page by page) and, for photos, where the sheet lies in the frame.

Deterministic: the same papers and seeds give the same bytes, so OCR caches stay warm.
"""

from __future__ import annotations

import io
from typing import Any

import img2pdf
import numpy as np
from PIL import Image

from tests import photos
from tests.realistic.model import Paper, Placed
from tests.realistic.paper import CARD_DPI, DPI

SCAN_DPI = 200


def _scanned(page: Image.Image, dpi: int, seed: int, colour: bool = False) -> Image.Image:
    """A flatbed's view of a page drawn at DPI: resampled (which softens it), a hair crooked,
    a little dimmer than the paper and noisy."""
    rng = np.random.default_rng(seed)
    if dpi != DPI:
        size = (round(page.width * dpi / DPI), round(page.height * dpi / DPI))
        page = page.resize(size, Image.Resampling.LANCZOS)
    page = page if colour else page.convert("L")
    fill = (255, 255, 255) if page.mode == "RGB" else 255
    angle = float(rng.uniform(-0.8, 0.8))
    page = page.rotate(angle, Image.Resampling.BILINEAR, fillcolor=fill)
    pixels = np.asarray(page, dtype=np.float32)
    pixels = pixels * float(rng.uniform(0.93, 0.99)) + rng.normal(0, 3.5, size=pixels.shape)
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), page.mode)
    out.info["dpi"] = (dpi, dpi)
    return out


def _jpeg(image: Image.Image, quality: int, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    extra: dict[str, Any] = {"dpi": (dpi, dpi)} if dpi else {}
    image.save(buf, "JPEG", quality=quality, **extra)
    return buf.getvalue()


def _pdf(jpegs: list[bytes]) -> bytes:
    return img2pdf.convert(jpegs)


def _record(paper: Paper, file: str, **where: Any) -> dict[str, Any]:
    return {"file": file, **where, "source_pages": len(paper.pages), **paper.truth()}


def scan(paper: Paper, file: str, seed: int, dpi: int = SCAN_DPI, colour: bool = False) -> Placed:
    """A flatbed scan: a JPEG or PNG of a one-page paper, or a PDF or TIFF of all its pages."""
    pages = [_scanned(p, dpi, seed + i, colour) for i, p in enumerate(paper.pages)]
    ext = file.rsplit(".", 1)[-1].lower()
    if ext in ("jpg", "jpeg", "png") and len(pages) != 1:
        raise ValueError(f"{file}: one image file cannot hold {len(pages)} pages")
    if ext in ("jpg", "jpeg"):
        data = _jpeg(pages[0], 82, dpi)
    elif ext == "png":
        buf = io.BytesIO()
        pages[0].save(buf, "PNG", dpi=(dpi, dpi))
        data = buf.getvalue()
    elif ext == "pdf":
        data = _pdf([_jpeg(p, 80, dpi) for p in pages])
    elif ext in ("tif", "tiff"):
        buf = io.BytesIO()
        grey = [p.convert("L") for p in pages]
        grey[0].save(
            buf,
            "TIFF",
            save_all=True,
            append_images=grey[1:],
            compression="tiff_lzw",
            dpi=(dpi, dpi),
        )
        data = buf.getvalue()
    else:
        raise ValueError(f"{file}: no scanner writes .{ext}")
    return Placed({file: data}, [_record(paper, file)])


def copier(papers: list[Paper], file: str, seed: int, dpi: int = 150) -> Placed:
    """A copier's scan-to-PDF of a stack: several documents, one after another, in one file."""
    jpegs, records, page = [], [], 1
    for n, paper in enumerate(papers):
        for i, p in enumerate(paper.pages):
            jpegs.append(_jpeg(_scanned(p, dpi, seed + 31 * n + i), 72, dpi))
        last = page + len(paper.pages) - 1
        records.append(_record(paper, file, pages=[page, last]))
        page = last + 1
    return Placed({file: _pdf(jpegs)}, records)


def _photo_info(photo: photos.Photo) -> dict[str, Any]:
    return {
        "corners": [[round(x, 1), round(y, 1)] for x, y in photo.corners],
        "size": list(photo.image.size),
        "turn": photo.turn,
        "sheet_share": round(photo.sheet_share, 4),
    }


def desk(
    paper: Paper,
    files: str | list[str],
    seed: int,
    turn: int = 0,
    long_side: int = 1600,
    heic: bool = False,
    **options: Any,
) -> Placed:
    """Phone photos of a paper lying on a desk, one photo a page: ``files`` names them in page
    order (the first is the document's file, the rest its ``more_files``)."""
    names = [files] if isinstance(files, str) else files
    if len(names) != len(paper.pages):
        raise ValueError(f"{names}: {len(paper.pages)} pages need as many photos")
    out, info = {}, {}
    for i, (name, page) in enumerate(zip(names, paper.pages, strict=True)):
        photo = photos.desk_photo(page, seed + i, long_side=long_side, turn=turn, **options)
        out[name] = _heic(photo) if heic else photo.jpeg()
        info[name] = _photo_info(photo)
    where = {"more_files": names[1:]} if len(names) > 1 else {}
    return Placed(out, [_record(paper, names[0], **where)], info)


def _heic(photo: photos.Photo) -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    photo.image.save(buf, "HEIF", quality=max(photo.quality, 50))
    return buf.getvalue()


def card_photo(
    paper: Paper, files: str | list[str], seed: int, turn: int = 0, **options: Any
) -> Placed:
    """A card or passport data page photographed in a landscape frame, lying on a desk; a
    card's front and back are two photos (``files`` in order: front first)."""
    names = [files] if isinstance(files, str) else files
    if len(names) != len(paper.pages):
        raise ValueError(f"{names}: {len(paper.pages)} sides need as many photos")
    out, info = {}, {}
    for i, (name, side) in enumerate(zip(names, paper.pages, strict=True)):
        photo = photos.card_photo(side, seed + i, turn=turn, **options)
        out[name] = photo.jpeg()
        info[name] = _photo_info(photo)
    where = {"more_files": names[1:]} if len(names) > 1 else {}
    return Placed(out, [_record(paper, names[0], **where)], info)


def card_copy(paper: Paper, file: str, seed: int, dpi: int = SCAN_DPI) -> Placed:
    """A card's sides copied onto one letter page, as offices photocopy IDs: one page."""
    sheet = Image.new("RGB", (round(8.5 * DPI), round(11 * DPI)), (255, 255, 255))
    y = round(0.8 * DPI)
    for side in paper.pages:
        scaled = side.resize(
            (round(side.width * DPI / CARD_DPI), round(side.height * DPI / CARD_DPI)),
            Image.Resampling.LANCZOS,
        )
        sheet.paste(scaled, (round(1.2 * DPI), y))
        y += scaled.height + round(0.6 * DPI)
    page = _scanned(sheet, dpi, seed)
    record = {**_record(paper, file), "source_pages": 1}
    return Placed({file: _jpeg(page, 80, dpi)}, [record])


def twice(paper: Paper, files: tuple[str, str], seed: int, dpis: tuple[int, int] = (200, 150)):
    """The same one-page paper scanned twice, at two resolutions: the second file is a copy of
    the first, which a correct build reports as a duplicate and keeps once."""
    first = _scanned(paper.pages[0], dpis[0], seed)
    second = photos.rescan(first, dpis[0], dpis[1], seed + 1)
    data = {files[0]: _jpeg(first, 82, dpis[0]), files[1]: _jpeg(second, 78, dpis[1])}
    records = [_record(paper, files[0]), {**_record(paper, files[1]), "duplicate_of": files[0]}]
    return Placed(data, records)
