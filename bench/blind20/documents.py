"""The papers of the twentieth blind corpus, drawn from plain descriptions of real documents,
and the few ways they reached the office that the shared capture tools do not make: a photo
taken on a car's dashboard, a page folded in thirds, both sides of an ID on one scanned page,
a receipt book's carbon copy, a stapled stack fanned out, a web page printed to PDF, glyphs of
a Chinese register no OCR reads. NEVER TUNE RULES ON THIS CORPUS.
"""

from __future__ import annotations

import datetime as dt
import io
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from tests import photos
from tests.realistic import mrz
from tests.realistic.capture import _jpeg, _photo_info, _record, _scanned
from tests.realistic.dates import card, long, month, spelled, us
from tests.realistic.model import Paper, Person, Placed, up
from tests.realistic.paper import (
    BLUE_INK,
    DPI,
    GREY,
    INK,
    Sheet,
    letterhead,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)
from tests.realistic.paper import card as card_sheet

# ---------------------------------------------------------------- cards


def passport(
    person: Person,
    seed: int,
    *,
    country: str,
    code: str,
    number: str,
    nationality: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    title: str,
    labels: list[str],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    date_language: str = "en",
    personal: str = "",
) -> tuple[list[Sheet], tuple[str, ...]]:
    """A passport data page: photo left, labelled fields right, the zone at the foot."""
    s = card_sheet(125, 88)
    tinted(s, *tint)
    s.security_background(seed, tuple(max(0, c - 18) for c in tint[0]))
    s.center(0.12, title, 9, "sans-bold")
    portrait(s, 0.2, 0.55, 1.25, 1.6, seed)
    values = [
        "P",
        code,
        number,
        up(person.surname),
        up(person.given),
        nationality,
        card(person.born, date_language),
        person.sex,
        up(person.birthplace),
        card(issued, date_language),
        card(expiry, date_language),
        authority,
    ]
    x0, y = 1.62, 0.5
    pairs = list(zip(labels, values, strict=True))
    for i, (label, value) in enumerate(pairs[:3]):
        s.text(x0 + i * 1.05, y, label, 5.5, "sans", fill=GREY)
        s.text(x0 + i * 1.05, y + 0.09, value, 8.5, "mono-bold")
    y += 0.3
    for label, value in pairs[3:]:
        s.text(x0, y, label, 5.5, "sans", fill=GREY)
        s.text(x0, y + 0.09, value, 8.5, "mono-bold")
        y += 0.26
    s.signature(0.25, 2.25, person.name, 11)
    zone = mrz.td3(
        kind="P",
        country=code,
        surname=person.surname,
        given=person.given,
        number=number,
        nationality=code,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
        personal=personal,
    )
    mrz_lines(s, 2.88, zone, 11)
    return [s], zone


def id_card(
    person: Person,
    seed: int,
    *,
    heading: str,
    sub: str,
    rows: list[tuple[str, str]],
    back_lines: list[str],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
) -> list[Sheet]:
    """An ID-1 card's front (photo, fields) and back (barcode, small print)."""
    front = card_sheet()
    tinted(front, *tint)
    front.text(0.12, 0.08, heading, 10, "sans-bold", fill=(20, 60, 110))
    front.text(0.12, 0.27, sub, 6.5, "sans-bold", fill=(150, 30, 40))
    portrait(front, 0.12, 0.5, 0.85, 1.1, seed)
    y = 0.48
    for label, value in rows:
        front.text(1.08, y, label, 5, "sans", fill=GREY)
        y = front.text(1.08, y + 0.07, value, 7.5, "sans-bold") + 0.02
    front.signature(1.1, 1.78, person.name, 9)
    back = card_sheet()
    tinted(back, tint[1], tint[0])
    rng = random.Random(seed)
    x = 0.2
    while x < 3.1:
        w = rng.choice([0.008, 0.012, 0.02])
        back.rect(x, 0.2, w, 0.7, outline=None, fill=INK)
        x += w + rng.choice([0.008, 0.014, 0.02])
    back.lines(0.2, 1.05, back_lines, 5.5, "sans")
    return [front, back]


def both_sides_on_one_page(paper: Paper, file: str, seed: int, dpi: int = 200) -> Placed:
    """A copier's page holding a card's front and back side by side, near the glass's top."""
    sheet = Image.new("RGB", (round(8.5 * DPI), round(11 * DPI)), (255, 255, 255))
    x = round(0.5 * DPI)
    for side in paper.pages:
        scaled = side.resize((round(side.width * DPI / 300), round(side.height * DPI / 300)))
        sheet.paste(scaled, (x, round(0.45 * DPI)))
        x += scaled.width + round(0.3 * DPI)
    page = _scanned(sheet, dpi, seed)
    return Placed({file: _jpeg(page, 76, dpi)}, [{**_record(paper, file), "source_pages": 1}])


# ---------------------------------------------------------------- marks of handling


def folded_in_thirds(sheet: Sheet) -> Sheet:
    """A page mailed in a #10 envelope and flattened: two creases across it, each a thin dark
    line with a lighter ridge beside it, the panels a little differently lit."""
    img = sheet.image
    arr = np.asarray(img, np.float32)
    h = arr.shape[0]
    for k, third in enumerate((h / 3, 2 * h / 3)):
        y = int(third)
        arr[: y if k == 0 else h] *= 0.985 if k == 0 else 1.0
        arr[y - 2 : y + 1] *= 0.72
        arr[y + 1 : y + 6] = np.minimum(arr[y + 1 : y + 6] * 1.04 + 4, 255)
        arr[y - 14 : y - 2] *= np.linspace(1.0, 0.9, 12)[:, None, None]
    arr[int(2 * h / 3) :] *= 0.97
    sheet.image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    sheet.draw = ImageDraw.Draw(sheet.image)
    return sheet


def carbon(sheet: Sheet) -> Sheet:
    """A receipt book's carbon copy: thin paper, the writing pressed through in smudged blue."""
    grey = np.asarray(sheet.image.convert("L"), np.float32) / 255
    ink = 1 - grey
    blur = np.asarray(
        Image.fromarray((ink * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.6)),
        np.float32,
    )
    strength = np.clip(blur / 255 * 1.5, 0, 1)[:, :, None]
    paper = np.array([236, 238, 246], np.float32)
    blue = np.array([60, 70, 150], np.float32)
    rng = np.random.default_rng(7)
    noise = rng.normal(0, 6, size=grey.shape)[:, :, None]
    arr = paper * (1 - strength) + blue * strength + noise
    sheet.image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    sheet.draw = ImageDraw.Draw(sheet.image)
    return sheet


def _dashboard(frame: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """A car's dashboard: black grained plastic, an air vent's slats, windshield glare above."""
    w, h = frame
    base = np.full((h, w, 3), 28, np.float32)
    base += rng.normal(0, 5, size=(h, w, 1))
    ys = np.linspace(0, 1, h)[:, None, None]
    base += 120 * np.clip(0.18 - ys, 0, None) / 0.18  # the bright glass at the frame's top
    vent_y = int(h * 0.82)
    for k in range(6):
        y = vent_y + k * int(h * 0.025)
        base[y : y + int(h * 0.01), int(w * 0.1) : int(w * 0.45)] = 12
    return base


def dashboard_photo(paper: Paper, file: str, seed: int, quality: int = 48) -> Placed:
    """A page photographed lying on a car's dashboard, on the way to the office."""
    photo = photos.desk_photo(paper.pages[0], seed, thumb=True, dim=False, quality=quality)
    rng = np.random.default_rng(seed + 5)
    mask = np.asarray(photo.sheet_mask(), np.float32)[:, :, None] / 255
    dash = _dashboard(photo.image.size, rng)
    arr = np.asarray(photo.image, np.float32)
    # keep the thumb and the sheet, the dashboard where the desk was
    desk_like = (arr.mean(axis=2, keepdims=True) < 95).astype(np.float32) * (1 - mask)
    out = arr * (1 - desk_like) + dash * desk_like
    image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    done = photos.Photo(image, photo.corners, photo.quality, photo.turn)
    return Placed({file: done.jpeg()}, [_record(paper, file)], {file: _photo_info(done)})


def fanned_photo(paper: Paper, under: list[Image.Image], file: str, seed: int) -> Placed:
    """A stapled stack photographed fanned out: the pages beneath show as edges of paper with a
    few lines peeking out; only the top page (the paper) can be read."""
    photo = photos.desk_photo(paper.pages[0], seed, thumb=False, surface="pale", quality=55)
    image = photo.image.copy()
    cx = sum(x for x, _ in photo.corners) / 4
    cy = sum(y for _, y in photo.corners) / 4
    mask = photo.sheet_mask()
    for k, page in enumerate(under, start=1):
        angle = np.radians(5.5 * k)
        cos, sin = np.cos(angle), np.sin(angle)
        quad = [
            (cx + (x - cx) * cos - (y - cy) * sin + 14 * k, cy + (x - cx) * sin + (y - cy) * cos)
            for x, y in photo.corners
        ]
        w, h = page.size
        coeffs = photos._coefficients(quad, [(0, 0), (w, 0), (w, h), (0, h)])
        warped = page.convert("RGB").transform(
            image.size, Image.Transform.PERSPECTIVE, coeffs, Image.BICUBIC
        )
        pmask = Image.new("L", page.size, 255).transform(
            image.size, Image.Transform.PERSPECTIVE, coeffs, Image.BICUBIC
        )
        factor = 0.8 - 0.07 * k
        shade = Image.eval(warped, lambda v, f=factor: int(v * f))
        image = Image.composite(image, Image.composite(shade, image, pmask), mask)
    done = photos.Photo(image, photo.corners, photo.quality, photo.turn)
    return Placed({file: done.jpeg()}, [_record(paper, file)], {file: _photo_info(done)})


def two_angles(paper: Paper, files: tuple[str, str], seed: int) -> Placed:
    """The same page photographed twice on the same desk, the second from a lower angle: the
    second photo is a duplicate of the first."""
    first = photos.desk_photo(paper.pages[0], seed, surface="dark", quality=52)
    second = photos.desk_photo(paper.pages[0], seed + 17, tilt=0.11, surface="dark", quality=44)
    data = {files[0]: first.jpeg(), files[1]: second.jpeg()}
    records = [_record(paper, files[0]), {**_record(paper, files[1]), "duplicate_of": files[0]}]
    return Placed(data, records, {files[0]: _photo_info(first), files[1]: _photo_info(second)})


def web_pdf(lines: list[tuple[str, float, bool]], header: str, footer: str) -> bytes:
    """A web page printed to PDF from the browser: real text, no scan; the browser's date and
    title at the top, the address and page count at the foot."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    width, height = letter
    c.setFont("Helvetica", 7.5)
    c.drawString(28, height - 20, header)
    c.drawString(28, 18, footer)
    c.drawRightString(width - 28, 18, "1/1")
    y = height - 60
    for text, size, bold in lines:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(54, y, text)
        y -= size * 1.55
    c.showPage()
    c.save()
    return buf.getvalue()


def born_digital(paper: Paper, file: str, data: bytes) -> Placed:
    return Placed({file: data}, [_record(paper, file)])


# ---------------------------------------------------------------- glyphs no OCR reads


def han_like(s: Sheet, x: float, y: float, text_len: int, pt: float, seed: int) -> float:
    """Characters of a Chinese form, drawn as square clusters of strokes (the machine draws no
    Chinese font): each cell a few horizontal, vertical and falling strokes, as Han script is."""
    rng = random.Random(seed)
    size = s.px(pt / 72)
    w = max(1, size // 9)
    cx = s.px(x)
    top = s.px(y)
    for _ in range(text_len):
        strokes = rng.randint(3, 8)
        for _ in range(strokes):
            kind = rng.random()
            a, b = rng.uniform(0.1, 0.9) * size, rng.uniform(0.1, 0.9) * size
            span = rng.uniform(0.3, 0.8) * size
            if kind < 0.45:
                s.draw.line((cx + a - span / 2, top + b, cx + a + span / 2, top + b), INK, w)
            elif kind < 0.8:
                s.draw.line((cx + a, top + b - span / 2, cx + a, top + b + span / 2), INK, w)
            else:
                s.draw.line((cx + a, top + b, cx + a - span / 2, top + b + span / 2), INK, w)
        cx += int(size * 1.12)
    return y + pt * 1.4 / 72


__all__ = [
    "BLUE_INK",
    "letterhead",
    "long",
    "month",
    "spelled",
    "us",
    "write_letter",
]
