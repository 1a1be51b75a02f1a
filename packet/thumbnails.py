"""Thumbnails: small pictures of a document's pages for the review page, kept between builds.

Input: a document's searchable PDF (its pages as they go into the packet). Output: a
``Thumbnail`` per page, a JPEG small enough to embed in the page as a data: URI. Drawing
them costs ~20 ms a document (one pdftoppm process), a fifth of a warm rebuild of the demo
case for all twelve, so they are kept in the OCR cache's folder under the SHA-256 of the PDF
they were drawn from: a rebuild with nothing changed reads them back instead (bench/review.py).
A scan read in this build has them already: the worker that read it drew them from its page
images (``of_page_images``, a few ms a page) and kept them there, and a document cut out of it
or joined from several gets those of its pages (``keep_pieces``); pdftoppm draws the rest
(PDFs with their own text, scans read on a Dask cluster).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from packet import atomic
from packet._exec import pdftoppm

if TYPE_CHECKING:
    from packet.records import PageImage

WIDTH = 360  # pixels: shown about 180 CSS pixels wide, sharp on a high-density screen
QUALITY = 60  # JPEG: ~15 KB a page; enough to recognise a document, not to read fine print
FORMAT = 1  # of a stored entry; bump it when WIDTH, QUALITY or the layout below change
FOLDER = "thumbnails"  # inside the cache folder, beside the OCR entries


@dataclass(frozen=True)
class Thumbnail:
    width: int
    height: int
    jpeg_base64: str

    @property
    def data_uri(self) -> str:
        return f"data:image/jpeg;base64,{self.jpeg_base64}"


class NoPictures(Exception):
    """The pages could not be drawn; the message says why, for the review page."""


class Thumbnails:
    """Draws page thumbnails, or reads the ones an earlier build drew of the same PDF."""

    def __init__(self, cache_dir: Path, work: Path) -> None:
        self.folder = cache_dir / FOLDER
        self.work = work
        self._stored: dict[Path, tuple[Thumbnail, ...] | None] = {}  # by PDF, for keep_pieces

    def of(self, pdf: Path) -> tuple[Thumbnail, ...]:
        key = _key(pdf)
        stored = self.folder / key[:2] / f"{key}.json"
        if found := _read(stored):
            return found
        drawn = self._draw(pdf)
        self._keep(stored, drawn)
        return drawn

    def keep(self, pdf: Path, drawn: tuple[Thumbnail, ...]) -> None:
        """Keep thumbnails drawn elsewhere (by the worker that made ``pdf``) for ``of``."""
        key = _key(pdf)
        self._keep(self.folder / key[:2] / f"{key}.json", drawn)

    def keep_pieces(self, pdf: Path, pieces: Sequence[tuple[Path, int, int]]) -> None:
        """Keep, for ``pdf``, the thumbnails its pages already have as pages of other PDFs
        (each piece a PDF and its first and last page, counted from 1): a document cut out of
        a scanned stack, or joined from page photos, shows the pages the worker drew, instead
        of being drawn again by pdftoppm. Nothing is kept unless every piece's are stored."""
        pages: list[Thumbnail] = []
        for source, first, last in pieces:
            if source not in self._stored:  # a stack's documents share its PDF: hashed once
                key = _key(source)
                self._stored[source] = _read(self.folder / key[:2] / f"{key}.json")
            stored = self._stored[source]
            if stored is None or last > len(stored):
                return
            pages += stored[first - 1 : last]
        self.keep(pdf, tuple(pages))

    def _keep(self, stored: Path, drawn: tuple[Thumbnail, ...]) -> None:
        with contextlib.suppress(OSError):  # a read-only cache only costs the next build time
            atomic.private_dir(self.folder)
            atomic.private_dir(stored.parent)
            atomic.write_bytes(stored, _entry(drawn))

    def _draw(self, pdf: Path) -> tuple[Thumbnail, ...]:
        with tempfile.TemporaryDirectory(prefix="thumbnails-", dir=self.work) as folder:
            try:
                pages = pdftoppm.draw_pages(pdf, Path(folder), WIDTH, QUALITY)
            except pdftoppm.DrawingFailed as exc:
                raise NoPictures(f"its pages could not be drawn ({exc})") from None
            return tuple(_thumbnail(page) for page in pages)


def of_page_images(
    images: Sequence[PageImage], page_inches: tuple[float, float]
) -> tuple[Thumbnail, ...]:
    """Thumbnails of pages made from images, drawn from the images themselves: what pdftoppm
    would draw of their PDF (each image where it sits on a white letter page), without a
    process and a PDF renderer a document (~70 ms; this takes a few)."""
    from PIL import Image

    page_w, page_h = (d * 72 for d in page_inches)
    scale = WIDTH / page_w
    drawn = []
    for page in images:
        canvas = Image.new("L", (WIDTH, round(page_h * scale)), 255)
        left, bottom, w, h = page.box
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        with Image.open(page.image) as image:
            image.draft("RGB" if image.mode == "RGB" else "L", size)  # a JPEG decodes small
            small = image.convert("RGB" if image.mode == "RGB" else "L")
            # shrunk first by a whole factor while it stays 1.5 times as large: half the
            # time of Lanczos all the way down, and alike to the eye at this size
            small = small.resize(size, Image.Resampling.LANCZOS, reducing_gap=1.5)
        if small.mode == "RGB":
            canvas = canvas.convert("RGB")
        canvas.paste(small, (round(left * scale), round((page_h - bottom - h) * scale)))
        out = io.BytesIO()
        canvas.save(out, "JPEG", quality=QUALITY, optimize=True)
        encoded = base64.b64encode(out.getvalue()).decode("ascii")
        drawn.append(Thumbnail(canvas.width, canvas.height, encoded))
    return tuple(drawn)


def _key(pdf: Path) -> str:
    with pdf.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _thumbnail(jpeg: Path) -> Thumbnail:
    from PIL import Image  # only to draw: stored thumbnails need none

    data = jpeg.read_bytes()
    with Image.open(jpeg) as image:  # reads the header only
        width, height = image.size
    return Thumbnail(width, height, base64.b64encode(data).decode("ascii"))


def _entry(thumbnails: tuple[Thumbnail, ...]) -> bytes:
    pages = [{"width": t.width, "height": t.height, "jpeg": t.jpeg_base64} for t in thumbnails]
    return json.dumps({"format": FORMAT, "pages": pages}).encode()


def _read(stored: Path) -> tuple[Thumbnail, ...] | None:
    """The thumbnails stored at ``stored``, or None when there are none (or they are damaged:
    then they are drawn again and replaced)."""
    try:
        entry = json.loads(stored.read_bytes())
        if entry["format"] != FORMAT or not entry["pages"]:
            return None
        pages = tuple(
            Thumbnail(int(p["width"]), int(p["height"]), p["jpeg"]) for p in entry["pages"]
        )
        return pages if all(isinstance(t.jpeg_base64, str) for t in pages) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
