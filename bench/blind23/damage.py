"""How paper from Mexico, Central America and US agencies reaches the office damaged or badly
captured: folded in thirds and photographed with its creases, crumpled, under a phone's flash,
in the phone's shadow, at an angle on a patterned tablecloth, a receipt on a dark car seat, too
close so an edge is cut off, forwarded on WhatsApp (small, twice compressed), a phone scanner
app's black-and-white PDF. Built on tests/photos.py (its placing, lighting and finishing) and
tests/realistic/capture.py (its truth records); deterministic from fixed seeds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from tests import photos
from tests.realistic import capture
from tests.realistic.model import Paper, Placed

# ---------------------------------------------------------------- damage to the paper itself


def folded(page: Image.Image, seed: int, panels: int = 3) -> Image.Image:
    """A letter folded in thirds for an envelope and flattened again: each panel lit at its own
    slant, a dark crease line with a pale ridge beside it at each fold."""
    rng = np.random.default_rng(seed)
    pixels = np.asarray(page.convert("RGB"), np.float32)
    h = pixels.shape[0]
    rows = np.arange(h, dtype=np.float32)
    gain = np.ones(h, np.float32)
    edges = [round(h * i / panels) for i in range(panels + 1)]
    for i in range(panels):
        top, bottom = edges[i], edges[i + 1]
        t = (rows[top:bottom] - top) / max(1, bottom - top)
        slope = rng.uniform(0.06, 0.14) * (1 if i % 2 == 0 else -1)
        gain[top:bottom] = 1 - slope * (t if slope > 0 else t - 1) - rng.uniform(0, 0.04)
    for edge in edges[1:-1]:
        edge = edge + int(rng.integers(-6, 7))
        gain *= 1 - 0.32 * np.exp(-(((rows - edge) / 2.2) ** 2))
        gain *= 1 + 0.05 * np.exp(-(((rows - edge - 7) / 4.0) ** 2))
    out = pixels * gain[:, None, None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


def crumpled(page: Image.Image, seed: int, amplitude: float = 5.0) -> Image.Image:
    """Paper crumpled in a pocket and smoothed out: the print wanders a few pixels, facets of
    light and shade, thin creases running every way."""
    rng = np.random.default_rng(seed)
    rgb = page.convert("RGB")
    w, h = rgb.size

    def field(cells: tuple[int, int]) -> np.ndarray:
        small = Image.fromarray(rng.integers(0, 255, cells, dtype=np.uint8), "L")
        return (np.asarray(small.resize((w, h), Image.Resampling.BICUBIC), np.float32) - 128) / 128

    dx, dy = field((9, 7)) * amplitude, field((9, 7)) * amplitude
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    sx = np.clip(np.rint(xs + dx), 0, w - 1).astype(np.int32)
    sy = np.clip(np.rint(ys + dy), 0, h - 1).astype(np.int32)
    pixels = np.asarray(rgb, np.float32)[sy, sx]
    relief = field((14, 11))
    gy, gx = np.gradient(relief)
    shade = 1 + np.clip((gx + gy) * w / 60, -0.1, 0.08) - 0.03 * np.abs(relief)
    pixels *= shade[:, :, None]
    lines = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(lines)
    for _ in range(9):
        x0, y0 = rng.uniform(0, w), rng.uniform(0, h)
        angle = rng.uniform(0, np.pi)
        length = rng.uniform(0.3, 0.8) * max(w, h)
        x1, y1 = x0 + length * np.cos(angle), y0 + length * np.sin(angle)
        draw.line((x0, y0, x1, y1), fill=int(rng.integers(40, 90)), width=2)
    creases = np.asarray(lines.filter(ImageFilter.GaussianBlur(1.2)), np.float32) / 255
    pixels *= (1 - creases)[:, :, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def blank_back(front: Image.Image, seed: int) -> Image.Image:
    """The blank reverse of a one-sided page, as a duplex copier scans it: nearly white, the
    front's print showing through faintly, mirrored."""
    rng = np.random.default_rng(seed)
    ghost = np.asarray(front.convert("L").transpose(Image.Transpose.FLIP_LEFT_RIGHT), np.float32)
    ghost = np.asarray(Image.fromarray(ghost.astype(np.uint8)).filter(ImageFilter.GaussianBlur(3)))
    pixels = 255 - (255 - ghost.astype(np.float32)) * 0.05 - rng.uniform(0, 3)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L").convert("RGB")


# ---------------------------------------------------------------- damage in the photo


def glare(photo: photos.Photo, where: tuple[float, float], radius: float) -> photos.Photo:
    """The phone's flash on glossy paper or a laminate: a blown-out white spot, a bright halo.
    ``where`` is a share of the saved photo's width and height, ``radius`` of its width."""
    pixels = np.asarray(photo.image, np.float32)
    h, w = pixels.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    d2 = (xs - where[0] * w) ** 2 + (ys - where[1] * h) ** 2
    sigma = radius * w
    alpha = np.clip(1.6 * np.exp(-d2 / (2 * sigma**2)), 0, 1)
    out = pixels + (255 - pixels) * alpha[:, :, None]
    return dataclasses.replace(photo, image=Image.fromarray(out.astype(np.uint8), "RGB"))


def phone_shadow(photo: photos.Photo, seed: int, depth: float = 0.5) -> photos.Photo:
    """The phone and the hand holding it shade a band of the page from the ceiling light."""
    rng = np.random.default_rng(seed)
    w, h = photo.image.size
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    x0 = rng.uniform(0.45, 0.6) * w
    draw.polygon([(x0, h), (x0 + 0.12 * w, 0.45 * h), (w * 1.1, 0.38 * h), (w * 1.1, h)], fill=255)
    layer = layer.filter(ImageFilter.GaussianBlur(w / 40))
    alpha = np.asarray(layer, np.float32)[:, :, None] / 255 * depth
    out = np.asarray(photo.image, np.float32) * (1 - alpha)
    return dataclasses.replace(photo, image=Image.fromarray(out.astype(np.uint8), "RGB"))


def whatsapp(photo: photos.Photo, long_side: int = 900, quality: int = 40) -> photos.Photo:
    """The photo as it arrives after being forwarded on WhatsApp: shrunk, compressed twice."""
    w, h = photo.image.size
    scale = long_side / max(w, h)
    small = photo.image.resize((round(w * scale), round(h * scale)), Image.Resampling.BILINEAR)
    once = io.BytesIO()
    small.save(once, "JPEG", quality=55)
    again = Image.open(io.BytesIO(once.getvalue())).convert("RGB")
    corners = tuple((x * scale, y * scale) for x, y in photo.corners)
    return photos.Photo(again, corners, quality, photo.turn)  # type: ignore[arg-type]


# ---------------------------------------------------------------- surfaces


def tablecloth(frame: tuple[int, int], rng: np.random.Generator) -> Image.Image:
    """A red-and-white gingham oilcloth on a kitchen table, with a printed flower here and there."""
    w, h = frame
    ys, xs = np.mgrid[0:h, 0:w]
    cell = int(rng.integers(26, 38))
    band_x = (xs // cell) % 2
    band_y = (ys // cell) % 2
    red = np.array([178, 36, 44], np.float32)
    white = np.array([236, 228, 220], np.float32)
    share = (band_x + band_y)[:, :, None] / 2.0
    cloth = white * (1 - share) + red * share * 0.9 + white * share * 0.1
    img = Image.fromarray(cloth.astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(10, 22)
        for k in range(5):
            a = k * 2 * np.pi / 5
            px, py = cx + r * np.cos(a), cy + r * np.sin(a)
            draw.ellipse((px - r / 2, py - r / 2, px + r / 2, py + r / 2), fill=(240, 200, 60))
        draw.ellipse((cx - r / 3, cy - r / 3, cx + r / 3, cy + r / 3), fill=(60, 110, 50))
    return img.filter(ImageFilter.GaussianBlur(1.0))


def car_seat(frame: tuple[int, int], rng: np.random.Generator) -> Image.Image:
    """A dark grey cloth car seat: woven noise, a stitched seam, the bolster's shadow."""
    w, h = frame
    noise = rng.normal(0, 9, (h, w)).astype(np.float32)
    weave = 6 * np.sin(np.arange(w, dtype=np.float32) / 2.1)[None, :]
    base = 42 + noise + weave
    xs = np.arange(w, dtype=np.float32)
    bolster = -18 * np.exp(-(((xs - 0.12 * w) / (0.04 * w)) ** 2))
    base += bolster[None, :]
    seam = int(0.82 * w)
    base[:, seam : seam + 3] -= 20
    base[::14, seam + 6 : seam + 8] += 35
    seat = np.stack([base, base, base * 1.05], axis=2)
    return Image.fromarray(np.clip(seat, 0, 255).astype(np.uint8), "RGB")


SURFACES = {"tablecloth": tablecloth, "car_seat": car_seat}


def surface_photo(
    page: Image.Image,
    seed: int,
    surface: str,
    *,
    long_side: int = 1600,
    fill: float = 0.8,
    tilt: float = 0.12,
    turn: int = 0,
    quality: int | None = None,
    cut_left: float = 0.0,
    dim: bool = True,
) -> photos.Photo:
    """``page`` photographed on ``surface`` (see SURFACES, or "desk"), with ``tilt`` the camera's
    slant; ``cut_left`` moves the sheet that share of its width out of the frame's left edge
    (the phone held too close)."""
    rng = np.random.default_rng(seed)
    portrait = page.height >= page.width
    frame = (
        (round(long_side * 3 / 4), long_side) if portrait else (long_side, round(long_side * 3 / 4))
    )
    scale = fill * (frame[1] / page.height if portrait else frame[0] / page.width)
    corners = photos._placed(page.size, frame, scale, tilt, rng)
    if cut_left:
        left = min(corners[0][0], corners[3][0])
        shift = -left - cut_left * page.width * scale
        corners = tuple((x + shift, y) for x, y in corners)  # type: ignore[assignment]
    w, h = page.size
    coeffs = photos._coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    sheet = page.convert("RGB").transform(frame, Image.Transform.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(
        frame, Image.Transform.PERSPECTIVE, coeffs, Image.BICUBIC
    )
    ground = photos._desk(frame, rng) if surface == "desk" else SURFACES[surface](frame, rng)
    shadow = Image.new("L", frame, 0)
    shadow.paste(mask.filter(ImageFilter.GaussianBlur(frame[0] / 120)), (5, 9))
    ground = Image.composite(
        Image.new("RGB", frame, (12, 10, 8)), ground, shadow.point(lambda v: v // 2)
    )
    tint = np.asarray(rng.integers(228, 247, size=3), np.float32)
    sheet = Image.fromarray((np.asarray(sheet, np.float32) * tint / 255).astype(np.uint8), "RGB")
    image = photos._lit(Image.composite(sheet, ground, mask), rng, dim=dim)
    return photos._finished(image, corners, rng, quality, turn)


# ---------------------------------------------------------------- into the case folder


def placed_photos(paper: Paper, names: list[str], shots: list[photos.Photo]) -> Placed:
    """Photos already taken, one a page, as files of the case folder with their truth."""
    if len(names) != len(paper.pages) or len(shots) != len(names):
        raise ValueError(f"{names}: one photo a page")
    files = {name: shot.jpeg() for name, shot in zip(names, shots, strict=True)}
    info = {name: capture._photo_info(shot) for name, shot in zip(names, shots, strict=True)}
    where: dict[str, Any] = {"more_files": names[1:]} if len(names) > 1 else {}
    return Placed(files, [capture._record(paper, names[0], **where)], info)


def forwarded_twice(paper: Paper, names: tuple[str, str], shot: photos.Photo) -> Placed:
    """One photo sent by the client, then the same photo forwarded again on WhatsApp: the
    second file is a copy of the first (a duplicate a correct build keeps once)."""
    copy = whatsapp(shot)
    files = {names[0]: shot.jpeg(), names[1]: copy.jpeg()}
    info = {names[0]: capture._photo_info(shot), names[1]: capture._photo_info(copy)}
    records = [
        capture._record(paper, names[0]),
        {**capture._record(paper, names[1]), "duplicate_of": names[0]},
    ]
    return Placed(files, records, info)


def _scanner_page(page: Image.Image, seed: int, dpi: int = 150) -> Image.Image:
    """A phone scanner app's page: cropped flat, then thresholded to black and white against
    its own local brightness, so shading vanishes, fine print thickens or breaks up."""
    rng = np.random.default_rng(seed)
    size = (round(page.width * dpi / 200), round(page.height * dpi / 200))
    grey = page.convert("L").resize(size, Image.Resampling.LANCZOS)
    grey = grey.rotate(float(rng.uniform(-1.2, 1.2)), Image.Resampling.BILINEAR, fillcolor=255)
    pixels = np.asarray(grey, np.float32)
    ys, xs = np.mgrid[0 : size[1], 0 : size[0]].astype(np.float32)
    light = 0.8 + 0.2 * (xs / size[0]) * (1 - 0.3 * ys / size[1])
    pixels = pixels * light + rng.normal(0, 6, pixels.shape)
    local = np.asarray(
        Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.BoxBlur(12)),
        np.float32,
    )
    bw = Image.fromarray(((pixels > local * 0.82) * 255).astype(np.uint8), "L").convert("1")
    bw.info["dpi"] = (dpi, dpi)
    return bw


def scanner_app(papers: list[Paper], file: str, seed: int) -> Placed:
    """A PDF made by a phone scanner app (high contrast, black and white, 1-bit pages): one
    paper, or several one after another."""
    images, records, page = [], [], 1
    for n, paper in enumerate(papers):
        for i, p in enumerate(paper.pages):
            buf = io.BytesIO()
            _scanner_page(p, seed + 17 * n + i).save(buf, "PNG", dpi=(150, 150))
            images.append(buf.getvalue())
        last = page + len(paper.pages) - 1
        where: dict[str, Any] = {"pages": [page, last]} if len(papers) > 1 else {}
        records.append(capture._record(paper, file, **where))
        page = last + 1
    fixed = dt.datetime(2026, 11, 6, 10, 22, tzinfo=dt.UTC)  # the same bytes on every run
    return Placed(
        {
            file: img2pdf.convert(
                images, creationdate=fixed, moddate=fixed, engine=img2pdf.Engine.internal
            )
        },
        records,
    )
