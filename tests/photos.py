"""Phone photos and re-scans of clean rendered pages, for tests and the bench (invented text only).

Paralegals receive evidence as phone photos: the sheet lies on a dark desk, the camera is tilted
(perspective, a slight turn), a thumb holds an edge down, the room is dim and lit from one side,
and the phone saves a small JPEG. Cards (passport data pages, green cards) are photographed in a
landscape frame, and some photos come out a quarter or half turn off with no EXIF to say so.
The same paper is also scanned twice at different resolutions. Each maker here turns a clean
page image (PIL, as ``tests/make_inputs.py`` or the corpus renders it) into one of those,
deterministically from a seed, and says where the sheet ended up so a test can measure the crop.

Pillow and numpy only: a few hundred milliseconds a photo at the sizes tests use.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

Corners = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]

_TURNS = {
    0: None,
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_270,
}


@dataclass(frozen=True)
class Photo:
    """A photo as the phone saved it, and where the sheet is in it (before any ``turn``)."""

    image: Image.Image  # RGB, already turned by ``turn`` degrees counter-clockwise
    corners: Corners  # the sheet's top-left, top-right, bottom-right, bottom-left, in the
    # un-turned frame (x, y pixels)
    quality: int  # JPEG quality ``jpeg()`` saves with
    turn: int = 0  # degrees counter-clockwise the photo is off upright, no EXIF says so

    def jpeg(self) -> bytes:
        """The photo as a phone would send it: a low-quality JPEG with no EXIF orientation."""
        buf = io.BytesIO()
        self.image.save(buf, "JPEG", quality=self.quality)
        return buf.getvalue()

    def sheet_mask(self) -> Image.Image:
        """White where the sheet is in the saved (turned) photo, black elsewhere."""
        w, h = self.image.size if self.turn in (0, 180) else self.image.size[::-1]
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).polygon(self.corners, fill=255)
        transpose = _TURNS[self.turn]
        return mask.transpose(transpose) if transpose else mask

    @property
    def sheet_share(self) -> float:
        """How much of the frame the sheet covers (0-1): the rest is desk, thumb and shadow."""
        xs, ys = zip(*self.corners, strict=True)
        area = 0.5 * abs(sum(xs[i] * ys[i - 1] - xs[i - 1] * ys[i] for i in range(4)))
        w, h = self.image.size if self.turn in (0, 180) else self.image.size[::-1]
        return area / (w * h)


def desk_photo(
    page: Image.Image,
    seed: int,
    *,
    long_side: int = 1600,
    fill: float = 0.78,
    tilt: float = 0.06,
    turn: int = 0,
    thumb: bool = True,
    dim: bool = True,
    quality: int | None = None,
) -> Photo:
    """``page`` lying on a dark, textured desk, photographed from above by a hand-held phone.

    ``fill``: about how much of the frame's height (or width, for a landscape sheet) the sheet
    takes; ``tilt``: how far, as a share of the sheet's size, each corner moves from where a
    straight-down camera would see it (perspective plus a slight turn); ``turn``: 0, 90, 180 or
    270 degrees counter-clockwise the saved photo is off, with no EXIF; ``quality``: the JPEG
    quality, else one between 35 and 60 drawn from the seed.
    """
    rng = np.random.default_rng(seed)
    portrait = page.height >= page.width
    frame = (
        (round(long_side * 3 / 4), long_side) if portrait else (long_side, round(long_side * 3 / 4))
    )
    scale = fill * (frame[1] / page.height if portrait else frame[0] / page.width)
    corners = _placed(page.size, frame, scale, tilt, rng)
    photo = _on_desk(page, frame, corners, rng)
    if thumb:
        photo = _with_thumb(photo, corners, rng)
    photo = _lit(photo, rng, dim=dim)
    return _finished(photo, corners, rng, quality, turn)


def card_photo(
    card: Image.Image,
    seed: int,
    *,
    long_side: int = 1600,
    fill: float = 0.6,
    tilt: float = 0.04,
    turn: int = 0,
    quality: int | None = None,
) -> Photo:
    """A small card (passport data page, green card) photographed in a landscape frame.

    The card is upright in the frame and takes about ``fill`` of its width; the rest is desk.
    Cards are held down at their edge by the other hand less often than sheets: no thumb.
    """
    rng = np.random.default_rng(seed)
    frame = (long_side, round(long_side * 3 / 4))
    scale = fill * frame[0] / max(card.size)
    corners = _placed(card.size, frame, scale, tilt, rng)
    photo = _lit(_on_desk(card, frame, corners, rng), rng, dim=True)
    return _finished(photo, corners, rng, quality, turn)


def rescan(page: Image.Image, from_dpi: int, to_dpi: int, seed: int) -> Image.Image:
    """The same paper put on the scanner again at ``to_dpi``: resampled, a hair off straight,
    shifted by a few pixels, with the scanner's own noise. Returned grey, with its dpi set."""
    rng = np.random.default_rng(seed)
    size = (round(page.width * to_dpi / from_dpi), round(page.height * to_dpi / from_dpi))
    grey = page.convert("L").resize(size, Image.Resampling.LANCZOS)
    grey = grey.rotate(float(rng.uniform(-0.4, 0.4)), Image.Resampling.BILINEAR, fillcolor=255)
    dx, dy = (int(v) for v in rng.integers(-6, 7, size=2))
    shifted = Image.new("L", size, 255)
    shifted.paste(grey, (dx, dy))
    pixels = np.asarray(shifted, dtype=np.float32) + rng.normal(0, 3, size=(size[1], size[0]))
    scanned = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    scanned.info["dpi"] = (to_dpi, to_dpi)
    return scanned


def background_share(photo: Photo, quad: Corners, size: tuple[int, int] = (340, 440)) -> float:
    """The share of a page cut out of ``photo`` along ``quad`` that is not the sheet.

    ``quad`` is the four corners normalizing found, in the saved (turned) photo's pixels, in
    the order they become the stored page's top-left, top-right, bottom-right, bottom-left.
    Measured on where the sheet truly lies, not on the stored pixels: light flattening turns a
    strip of desk as white as paper, so it could not be seen there.
    """
    w, h = size
    coeffs = _coefficients([(0, 0), (w, 0), (w, h), (0, h)], quad)
    cut = photo.sheet_mask().transform(size, Image.Transform.PERSPECTIVE, coeffs, Image.BILINEAR)
    return float((np.asarray(cut) < 128).mean())


# --- geometry and light ---


def _placed(
    size: tuple[int, int],
    frame: tuple[int, int],
    scale: float,
    tilt: float,
    rng: np.random.Generator,
) -> Corners:
    """Where the sheet's corners land in the frame: scaled, centred near the middle, each corner
    moved at random (perspective) and the whole turned a little (the hand was not square)."""
    w, h = size[0] * scale, size[1] * scale
    cx = frame[0] / 2 + rng.uniform(-0.04, 0.04) * frame[0]
    cy = frame[1] / 2 + rng.uniform(-0.04, 0.04) * frame[1]
    angle = np.radians(rng.uniform(-4, 4))
    # A tilted camera makes the far edge shorter: narrow the top a little more than the rest.
    near = rng.uniform(0.4, 1.0) * tilt
    square = [
        (-w / 2 + near * w, -h / 2),
        (w / 2 - near * w, -h / 2),
        (w / 2, h / 2),
        (-w / 2, h / 2),
    ]
    cos, sin = np.cos(angle), np.sin(angle)
    corners = []
    for x, y in square:
        x += rng.uniform(-tilt, tilt) * w / 2
        y += rng.uniform(-tilt, tilt) * h / 2
        corners.append((cx + x * cos - y * sin, cy + x * sin + y * cos))
    return tuple(corners)  # type: ignore[return-value]


def _coefficients(
    targets: Sequence[tuple[float, float]], sources: Sequence[tuple[float, float]]
) -> tuple[float, ...]:
    """Pillow's PERSPECTIVE coefficients: each of four ``targets`` (pixels of the image made)
    is read from the matching point of ``sources`` (pixels of the image transformed)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(targets, sources, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return tuple(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def _desk(frame: tuple[int, int], rng: np.random.Generator) -> Image.Image:
    """A dark desk: a brown or grey base, soft blotches and wood grain running across it."""
    h = frame[1]
    base = rng.choice([(62, 42, 30), (48, 40, 36), (35, 35, 38), (78, 56, 38)])
    blotches = Image.fromarray(rng.integers(0, 255, (6, 8), dtype=np.uint8), "L").resize(
        frame, Image.Resampling.BICUBIC
    )
    grain = Image.fromarray(rng.integers(0, 255, (h // 3, 6), dtype=np.uint8), "L").resize(
        frame, Image.Resampling.BICUBIC
    )
    texture = (np.asarray(blotches, np.float32) - 128) * 0.12 + (
        np.asarray(grain, np.float32) - 128
    ) * 0.10
    desk = np.asarray(base, np.float32)[None, None, :] + texture[:, :, None]
    return Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")


def _on_desk(
    page: Image.Image, frame: tuple[int, int], corners: Corners, rng: np.random.Generator
) -> Image.Image:
    w, h = page.size
    coeffs = _coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    paper = page.convert("RGB").transform(frame, Image.Transform.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(
        frame, Image.Transform.PERSPECTIVE, coeffs, Image.BICUBIC
    )
    desk = _desk(frame, rng)
    # The sheet casts a soft shadow on the desk, a few pixels down and to one side.
    offset = (int(rng.integers(2, 8)), int(rng.integers(4, 12)))
    shadow = Image.new("L", frame, 0)
    shadow.paste(mask.filter(ImageFilter.GaussianBlur(frame[0] / 150)), offset)
    desk = Image.composite(
        Image.new("RGB", frame, (10, 8, 6)), desk, shadow.point(lambda v: v // 2)
    )
    # Paper is warm off-white, never pure white under room light.
    tint = Image.new("RGB", frame, tuple(int(v) for v in rng.integers(225, 246, size=3)))
    paper = Image.fromarray(
        (np.asarray(paper, np.float32) * np.asarray(tint, np.float32) / 255).astype(np.uint8), "RGB"
    )
    return Image.composite(paper, desk, mask)


def _with_thumb(photo: Image.Image, corners: Corners, rng: np.random.Generator) -> Image.Image:
    """A thumb holding down one side edge of the sheet, half on it, half on the desk."""
    w, h = photo.size
    side = int(rng.integers(0, 2))  # left or right edge
    top, bottom = (corners[0], corners[3]) if side == 0 else (corners[1], corners[2])
    t = rng.uniform(0.35, 0.75)
    cx, cy = top[0] + t * (bottom[0] - top[0]), top[1] + t * (bottom[1] - top[1])
    tw, th = w * rng.uniform(0.06, 0.08), w * rng.uniform(0.11, 0.14)
    cx += (tw * 0.15) * (1 if side == 0 else -1)  # a little more on the sheet than off it
    layer = Image.new("L", photo.size, 0)
    ImageDraw.Draw(layer).ellipse((cx - tw / 2, cy - th / 2, cx + tw / 2, cy + th / 2), fill=255)
    # The thumb comes in from outside the frame: a wrist-wide band to the frame's edge.
    edge = 0 if side == 0 else w
    ImageDraw.Draw(layer).rectangle(
        (min(edge, cx), cy - th * 0.35, max(edge, cx), cy + th * 0.45), fill=255
    )
    layer = layer.filter(ImageFilter.GaussianBlur(2))
    skin = np.asarray(rng.choice([(198, 150, 122), (160, 112, 84), (112, 78, 58)]), np.float32)
    ys = np.linspace(-1, 1, h, dtype=np.float32)[:, None, None]
    shaded = np.clip(skin[None, None, :] * (1 - 0.15 * ys), 0, 255).astype(np.uint8)
    return Image.composite(Image.fromarray(np.broadcast_to(shaded, (h, w, 3)).copy()), photo, layer)


def _lit(photo: Image.Image, rng: np.random.Generator, *, dim: bool) -> Image.Image:
    """Room light: dim overall, falling off to the frame's corners (vignette), brighter on the
    window's side, with the soft shadow of the phone or a head over part of the sheet."""
    w, h = photo.size
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    nx, ny = xs / w - 0.5, ys / h - 0.5
    vignette = 1 - rng.uniform(0.35, 0.6) * (nx**2 + ny**2) * 2
    angle = rng.uniform(0, 2 * np.pi)
    side = 1 + rng.uniform(0.15, 0.3) * (nx * np.cos(angle) + ny * np.sin(angle)) * 2
    sx, sy, sr = rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3), rng.uniform(0.15, 0.3)
    blob = np.exp(-(((nx - sx) ** 2 + (ny - sy) ** 2) / (2 * sr**2)))
    shadow = 1 - rng.uniform(0.15, 0.3) * blob
    exposure = rng.uniform(0.55, 0.75) if dim else rng.uniform(0.85, 1.0)
    gain = (vignette * side * shadow * exposure)[:, :, None]
    pixels = np.asarray(photo, np.float32) * gain
    pixels += rng.normal(0, 4 if dim else 2, size=pixels.shape)  # sensor noise, worse in the dark
    lit = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    return lit.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))  # a hand-held camera


def _finished(
    photo: Image.Image,
    corners: Corners,
    rng: np.random.Generator,
    quality: int | None,
    turn: int,
) -> Photo:
    if turn not in _TURNS:
        raise ValueError(f"turn must be one of {sorted(_TURNS)}, not {turn}")
    transpose = _TURNS[turn]
    image = photo.transpose(transpose) if transpose else photo
    chosen = int(rng.integers(35, 61)) if quality is None else quality
    return Photo(image, corners, chosen, turn)
