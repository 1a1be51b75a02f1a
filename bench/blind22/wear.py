"""What years, copiers, fax lines and plastic do to paper, applied to a clean page image: paper
gone yellow with faded ink, a photocopy of a photocopy, a fax received at fine resolution
(1-bit, with the sending machine's header line), a dot-matrix printer's dots on continuous
form paper, a thermal receipt fading from its edges, a laminated card with a glare band, a
booklet photographed open at two facing pages. All deterministic from a seed.
"""

from __future__ import annotations

import io

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from tests.realistic.paper import DPI, font


def _blotches(size: tuple[int, int], rng: np.random.Generator, cells=(5, 7)) -> np.ndarray:
    small = rng.uniform(0, 1, cells[::-1]).astype(np.float32)
    img = Image.fromarray((small * 255).astype(np.uint8), "L").resize(size, Image.BICUBIC)
    return np.asarray(img, np.float32) / 255


def aged(page: Image.Image, seed: int, yellow: float = 0.7, fade: float = 0.35) -> Image.Image:
    """Paper kept twenty years in a folder: yellowed unevenly, darker at the edges, a few
    foxing spots, the typewriter or printer ink faded to grey-brown."""
    rng = np.random.default_rng(seed)
    a = np.asarray(page.convert("RGB"), np.float32)
    a = 255 - (255 - a) * (1 - fade)  # the ink lifts toward the paper
    h, w = a.shape[:2]
    paper = np.array([248, 236 - 14 * yellow, 206 - 40 * yellow], np.float32) / 255
    blot = 0.93 + 0.07 * _blotches((w, h), rng)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum.reduce([xs, ys, w - xs, h - ys]) / (0.35 * DPI)
    rim = 0.88 + 0.12 * np.clip(edge, 0, 1)
    a = a * paper[None, None, :] * (blot * rim)[:, :, None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    spots = Image.new("L", out.size, 0)
    d = ImageDraw.Draw(spots)
    for _ in range(int(rng.integers(6, 14))):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(3, 14)
        d.ellipse((x - r, y - r, x + r, y + r), fill=int(rng.integers(30, 70)))
    spots = spots.filter(ImageFilter.GaussianBlur(4))
    return Image.composite(Image.new("RGB", out.size, (150, 110, 60)), out, spots)


def photocopied(page: Image.Image, seed: int, generations: int = 2) -> Image.Image:
    """A copy of a copy: grey paper, hard contrast that thickens type and drops fine lines,
    toner speckle, a streak from the drum, the page a little crooked each time, and the dark
    border where the lid did not close."""
    rng = np.random.default_rng(seed)
    img = page.convert("L")
    for g in range(generations):
        img = img.rotate(float(rng.uniform(-1.4, 1.4)), Image.BILINEAR, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        a = np.asarray(img, np.float32)
        a = np.clip((a - 70) * 1.45, 0, 255)  # contrast: greys go black or white
        a = a * rng.uniform(0.84, 0.9) + rng.normal(0, 6, a.shape)
        speck = rng.random(a.shape) < 0.0025
        a[speck] = rng.uniform(0, 90)
        x = int(rng.integers(a.shape[1] // 5, a.shape[1] * 4 // 5))
        a[:, x : x + 2 + g] *= 0.72
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    img = img.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.MinFilter(3))
    a = np.asarray(img, np.float32)
    band = int(0.12 * DPI)
    for i in range(band):
        shade = 0.35 + 0.65 * i / band
        a[:, i] *= shade
        a[i, :] *= shade
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").convert("RGB")


def fax_page(page: Image.Image, header: str, seed: int) -> Image.Image:
    """A page as a fax machine received it in fine mode (204 x 196 dpi), 1-bit: the sending
    machine's header line across the top, the page under it, a little noise and a streak."""
    rng = np.random.default_rng(seed)
    grey = page.convert("L").rotate(float(rng.uniform(-0.9, 0.9)), Image.BILINEAR, fillcolor=255)
    size = (1728, 2156)
    grey = grey.resize(size, Image.BILINEAR)
    canvas = Image.new("L", size, 255)
    canvas.paste(grey.resize((size[0], size[1] - 40)), (0, 40))
    ImageDraw.Draw(canvas).text((24, 8), header, font=font("mono", 24), fill=0)
    a = np.asarray(canvas, np.float32) + rng.normal(0, 18, (size[1], size[0]))
    bits = a > 150
    flips = rng.random(bits.shape) < 0.0015
    bits ^= flips
    x = int(rng.integers(200, size[0] - 200))
    bits[:, x] = False
    out = Image.fromarray((bits * 255).astype(np.uint8), "L").convert("1")
    return out


def fax_pdf(pages: list[Image.Image]) -> bytes:
    """A fax server's PDF: 1-bit pages (CCITT inside), each a letter page."""
    layout = img2pdf.get_layout_fun((img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11)))
    blobs = []
    for p in pages:
        buf = io.BytesIO()
        p.save(buf, "TIFF", compression="group4", dpi=(204, 196))
        blobs.append(buf.getvalue())
    return img2pdf.convert(blobs, layout_fun=layout)


def dot_matrix(page: Image.Image, seed: int, tractor: bool = True) -> Image.Image:
    """Text a 9-pin printer struck through a worn ribbon on continuous form paper: every
    glyph made of round dots, the ink uneven line to line, tractor-feed holes down both
    margins behind perforations. ``page`` holds black text on white."""
    rng = np.random.default_rng(seed)
    grey = np.asarray(page.convert("L"), np.float32)
    h, w = grey.shape
    cell = 3
    small = Image.fromarray(grey.astype(np.uint8), "L").resize((w // cell, h // cell), Image.BOX)
    on = np.asarray(small, np.float32) < 165
    dot = np.array([[0.5, 1, 0.5], [1, 1, 1], [0.5, 1, 0.5]], np.float32)
    ink = np.kron(on.astype(np.float32), dot)
    ink = np.pad(ink, ((0, h - ink.shape[0]), (0, w - ink.shape[1])))
    rows = _blotches((w, h), rng, (2, 40))
    strength = (0.55 + 0.35 * rows) * ink
    paper = np.full((h, w, 3), (250, 249, 244), np.float32)
    if tractor:
        band = np.zeros((h, w), bool)
        for y in range(0, h, int(DPI / 2)):  # greenbar: half an inch green, half white
            if (y // int(DPI / 2)) % 2 == 0:
                band[y : y + int(DPI / 2), int(0.5 * DPI) : w - int(0.5 * DPI)] = True
        paper[band] = (222, 238, 222)
    ribbon = np.array([45, 45, 60], np.float32)
    out = paper * (1 - strength[:, :, None]) + ribbon * strength[:, :, None]
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    if tractor:
        d = ImageDraw.Draw(img)
        r = int(0.07 * DPI)
        for y in range(int(0.25 * DPI), h, int(0.5 * DPI)):
            for x in (int(0.25 * DPI), w - int(0.25 * DPI)):
                d.ellipse((x - r, y - r, x + r, y + r), fill=(70, 70, 70))
        for x in (int(0.5 * DPI), w - int(0.5 * DPI)):
            for y in range(0, h, 8):
                d.line((x, y, x, y + 3), fill=(190, 190, 190))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def thermal_faded(page: Image.Image, seed: int) -> Image.Image:
    """A thermal receipt years after: the print gone pale and brownish, most of all at the
    edges and where it was folded, on grey-white paper."""
    rng = np.random.default_rng(seed)
    a = np.asarray(page.convert("L"), np.float32) / 255
    h, w = a.shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum.reduce([xs / w, (w - xs) / w, ys / h * 3, (h - ys) / h * 3])
    keep = np.clip(edge * 3.2, 0.18, 1) * (0.55 + 0.45 * _blotches((w, h), rng, (3, 6)))
    fold = np.abs(ys - h * rng.uniform(0.4, 0.6)) < 0.06 * DPI
    keep[fold] *= 0.5
    ink = (1 - a) * keep
    paper = np.array([238, 236, 230], np.float32)
    colour = np.array([95, 80, 70], np.float32)
    out = paper * (1 - ink[:, :, None]) + colour * ink[:, :, None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


def laminated(card: Image.Image, seed: int) -> Image.Image:
    """A paper card sealed in a laminating pouch: a clear plastic rim around it, the plastic's
    sheen, and a bright glare band across it where the ceiling light struck."""
    rng = np.random.default_rng(seed)
    rim = int(card.width * 0.04)
    out = Image.new("RGB", (card.width + 2 * rim, card.height + 2 * rim), (222, 226, 230))
    out.paste(card, (rim, rim))
    a = np.asarray(out, np.float32)
    h, w = a.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    slope = rng.uniform(-0.6, -0.3)
    centre = rng.uniform(0.35, 0.6) * w
    dist = (xs - (centre + slope * (ys - h / 2))) / (0.09 * w)
    glare = np.exp(-(dist**2)) * rng.uniform(0.75, 0.9)
    a = a * (1 - glare[:, :, None]) + 255 * glare[:, :, None]
    a = a * 0.96 + 8
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def booklet(left: Image.Image, right: Image.Image) -> Image.Image:
    """Two facing pages of a booklet held open: the pages side by side with the shadow of the
    spine between them and the cover's edge showing around."""
    h = max(left.height, right.height)
    cover = 14
    out = Image.new("RGB", (left.width + right.width + 2 * cover, h + 2 * cover), (40, 52, 90))
    out.paste(left, (cover, cover))
    out.paste(right, (cover + left.width, cover))
    a = np.asarray(out, np.float32)
    xs = np.arange(a.shape[1], dtype=np.float32)
    spine = cover + left.width
    shade = 1 - 0.45 * np.exp(-(((xs - spine) / (0.05 * left.width)) ** 2))
    a = a * shade[None, :, None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
