"""Phone photos of paper: find the sheet, straighten it, even out its light, see how its text runs.

Used by normalize on every page image. Each decision is made first on a copy about
``ANALYSIS_SIDE`` pixels long, so a flat scan (paper to the edges, even light) is recognised in
a few milliseconds and left exactly as it was; only a photo pays for the warp and the
division at full size. OpenCV does the image work (contours, warps, filters) on numpy arrays.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

Point = tuple[float, float]
Quad = tuple[Point, Point, Point, Point]  # top-left, top-right, bottom-right, bottom-left

ANALYSIS_SIDE = 512  # pixels: the long side of the copy every decision is made on
DESK_BORDER = 0.5  # share of the frame's edge darker than the paper: something lies around it
MIN_SHEET = 0.08  # of the frame: a smaller bright patch is a label or a reflection, not paper
WHOLE_FRAME = 0.94  # of the frame: a sheet this large leaves nothing worth cropping
FILLED_QUAD = 0.85  # the paper must fill its four corners' outline (a thumb bites a little)
PAPER_SATURATION = 90  # 0-255: paper under room light stays below, skin and wood above
INSET = 0.004  # of each side, cut off after the warp: the sheet's own soft edge, never text
SQUARE = 1.0  # degrees: corners this close to right angles are a plain crop, no perspective
LIGHT_CELLS = 24  # the paper's brightness is sampled on a grid this many cells across
UNEVEN = 0.8  # darkest / brightest paper under this: the light is flattened
PAPER_SHARE_OF_LIGHT = 0.55  # at least this bright against the paper's light around it: paper
MAX_ASPECT = 2.0  # a sheet found against a pale desk longer than this is a page's lit strip
MAX_HULL_POINTS = 24  # more corners than this on a simplified outline: not a sheet
# A lit patch of a pale desk joined to the sheet puts a corner out of the frame; cut along the
# paper's edges (Canny, these hysteresis levels of grey), the sheet stands alone again.
EDGE_LOW, EDGE_HIGH = 20, 60
OUT_OF_FRAME = 0.01  # of the frame's size: a corner further out than this is no sheet's corner
ROW_VS_COLUMN = 1.6  # ink profiles this much sharper across than along: the text runs vertically
# Between these the profiles cannot tell (a card whose portrait outweighs its lines of text):
# upright cards of the blind corpora measured up to 0.96, cards a quarter turn off from 1.07.
UNSURE_ROW_VS_COLUMN = 0.75


@dataclass(frozen=True)
class Sheet:
    """Where the paper lies in a photo, in the photo's pixels."""

    corners: Quad
    perspective: bool  # its corners are not right angles: the camera was tilted

    def size(self) -> tuple[int, int]:
        """Width and height of the sheet once straightened: the mean of opposite sides."""
        tl, tr, br, bl = (np.array(p) for p in self.corners)
        width = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
        height = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
        return round(width), round(height)


@dataclass(frozen=True)
class Look:
    """An image as every decision sees it: a copy about ANALYSIS_SIDE pixels long."""

    small: np.ndarray  # L or RGB
    scale: float  # from the copy's pixels to the image's


def look(image: Image.Image) -> Look:
    """The small copy of ``image``, made once for the questions asked about it."""
    factor = max(1, max(image.size) // ANALYSIS_SIDE)
    small = image.reduce(factor) if factor > 1 else image
    if small.mode not in ("L", "RGB"):
        small = small.convert("L")
    return Look(np.asarray(small), float(factor))


def find_sheet(image: Image.Image, seen: Look | None = None) -> Sheet | None:
    """The sheet of paper in a photo of it lying on something darker, or None.

    None for a flat scan or a photo filled by its page (no darker border to crop away), and
    when no bright four-cornered shape big enough to be paper stands out.
    """
    seen = seen or look(image)
    small, scale = seen.small, seen.scale
    grey = cv2.GaussianBlur(_grey(small), (5, 5), 0)
    level, bright = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    if not _dark_border(grey, level):
        return None
    # A dim corner of the sheet can be darker than the desk under the lamp: judge each pixel
    # against the paper's light where it is, extrapolated from the clearly bright paper.
    light = _paper_light(grey, bright > 0)
    light = cv2.resize(light, grey.shape[::-1], interpolation=cv2.INTER_LINEAR)
    saturation = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)[:, :, 1] if small.ndim == 3 else None
    # Paper is what is nearer the paper's light than the desk's: a pale desk (grey laminate,
    # light oak) is more than PAPER_SHARE_OF_LIGHT of it. That stricter share is tried first,
    # its sheet kept only if shaped like paper (a page's own shadowed side, read as desk,
    # leaves a strip); then the share that keeps a dark desk's shadowed sheet corner.
    desk = float(_edge(grey / np.maximum(light, 1)).mean())
    for share in sorted({PAPER_SHARE_OF_LIGHT, (desk + 1) / 2}, reverse=True):
        bright = (grey > share * light).astype(np.uint8) * 255
        masks: list[np.ndarray] = [bright]
        if saturation is not None:  # paper is grey or white; a thumb or a wooden desk is coloured
            grey_only = cv2.bitwise_and(bright, (saturation < PAPER_SATURATION).astype(np.uint8))
            # against a pale desk, only what is grey or white may be paper: a coloured shape
            # brighter than its surroundings (a picture, a drawing) is not a sheet
            masks = [grey_only] if share > PAPER_SHARE_OF_LIGHT else [grey_only, bright]
        for mask in masks:
            quad = _paper_outline(mask)
            if quad is not None and (
                not _in_frame(quad, grey.shape) or _on_frame(quad, grey.shape)
            ):
                cut = _paper_outline(_cut_at_edges(mask, grey))
                quad = cut if cut is not None and _in_frame(cut, grey.shape) else quad
            if quad is None:
                continue
            found = Sheet(tuple((x * scale, y * scale) for x, y in quad), False)  # type: ignore[arg-type]
            if share > PAPER_SHARE_OF_LIGHT and max(found.size()) > MAX_ASPECT * min(found.size()):
                break
            return Sheet(found.corners, not _square(found.corners))
    return None


def unwarp(image: Image.Image, sheet: Sheet) -> Image.Image:
    """The sheet cut out of the photo and straightened to a rectangle (four-point warp)."""
    width, height = sheet.size()
    target = np.array([(0, 0), (width, 0), (width, height), (0, height)], np.float32)
    matrix = cv2.getPerspectiveTransform(np.array(sheet.corners, np.float32), target)
    pixels = np.asarray(image)
    warped = cv2.warpPerspective(
        pixels, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    dx, dy = round(width * INSET), round(height * INSET)
    return Image.fromarray(warped[dy : height - dy, dx : width - dx])


def uneven_light(image: Image.Image, seen: Look | None = None) -> bool:
    """Whether the paper is lit much more brightly in one place than another (a photo, not a
    scanner's even lamp)."""
    surface = _paper_light(_grey((seen or look(image)).small))
    return bool(surface.min() < UNEVEN * surface.max())


def flattened(image: Image.Image) -> Image.Image:
    """The page as if evenly lit: each pixel divided by the paper's brightness around it.

    The paper's brightness is a smooth surface fitted to the brightest pixels of each cell of
    a grid, so a shadow, a vignette or a window's side light is removed but a dark photo or a
    black box on the page is not mistaken for shadow and washed out.
    """
    small = look(image).small
    surface = _paper_light(_grey(small))
    light = cv2.resize(surface, image.size, interpolation=cv2.INTER_CUBIC)
    light = np.clip(light, 1, 255).astype(np.uint8)
    pixels = np.asarray(image)
    if pixels.ndim == 2:
        return Image.fromarray(cv2.divide(pixels, light, scale=255), "L")
    # Paper is white: each channel is scaled by its own paper level, which removes the room
    # light's colour cast along with its unevenness. (uint8 division: OpenCV's, saturating.)
    sample = small.reshape(-1, 3)
    paper = np.maximum(np.percentile(sample, 90, axis=0), 1)
    balance = paper.mean() / paper
    channels = [cv2.divide(pixels[:, :, c], light, scale=255 * balance[c]) for c in range(3)]
    return Image.fromarray(np.dstack(channels), "RGB")


def text_runs_vertically(image: Image.Image) -> bool | None:
    """Whether the lines of text run up and down: the page lies a quarter turn off; None when
    the ink profiles cannot tell.

    Lines of text make the rows' ink totals swing from line to gap; read the other way the
    columns' totals are flatter. A card's portrait or a table's columns flatten the difference;
    with little ink, nothing to tell by, the page counts as upright.
    """
    ink = cv2.adaptiveThreshold(
        _grey(look(image).small), 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15
    ).astype(np.float32)
    if ink.mean() < 0.005:
        return False
    across, along = _profile_sharpness(ink), _profile_sharpness(ink.T)
    if along > ROW_VS_COLUMN * across:
        return True
    return None if along > UNSURE_ROW_VS_COLUMN * across else False


# --- on the small copy ---


def _grey(pixels: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY) if pixels.ndim == 3 else pixels


def _dark_border(grey: np.ndarray, level: float) -> bool:
    """Whether most of the frame's edge is darker than the paper: a desk around the sheet."""
    return bool((_edge(grey) < level).mean() > DESK_BORDER)


def _edge(pixels: np.ndarray) -> np.ndarray:
    """The pixels of a band along the frame's four edges."""
    band = max(2, min(pixels.shape) // 40)
    return np.concatenate(
        [
            pixels[:band].ravel(),
            pixels[-band:].ravel(),
            pixels[:, :band].ravel(),
            pixels[:, -band:].ravel(),
        ]
    )


def _paper_outline(mask: np.ndarray) -> np.ndarray | None:
    """The four corners of the largest bright shape in ``mask``, if it is a sheet's outline."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)  # cut thin bridges to glare
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    frame = mask.shape[0] * mask.shape[1]
    area = cv2.contourArea(outline)
    if not MIN_SHEET * frame <= area <= WHOLE_FRAME * frame:
        return None
    quad = _four_corners(outline)
    if quad is None or max(area / max(_area(quad), 1.0), _filled(mask, quad)) < FILLED_QUAD:
        return None
    return _fitted_sides(outline, quad)


def _filled(mask: np.ndarray, quad: np.ndarray) -> float:
    """The share of the quadrilateral that the mask holds: a sheet fills its corners' outline,
    however its boxes' lines break the bright margin around them into pieces."""
    inside = np.zeros_like(mask)
    cv2.fillPoly(inside, [np.round(quad).astype(np.int32)], 255)
    total = cv2.countNonZero(inside)
    return cv2.countNonZero(cv2.bitwise_and(mask, inside)) / total if total else 0.0


def _in_frame(quad: np.ndarray, shape: tuple[int, ...]) -> bool:
    inside, _ = _against_frame(quad, shape)
    return inside


def _on_frame(quad: np.ndarray, shape: tuple[int, ...]) -> bool:
    """Whether a corner lies on the frame's edge: on a photo with a desk around the sheet, a
    lit patch of a pale desk joined to the paper draws its corner out to where the frame ends
    (the lamp's light fades only beyond it)."""
    _, on_edge = _against_frame(quad, shape)
    return on_edge


def _against_frame(quad: np.ndarray, shape: tuple[int, ...]) -> tuple[bool, bool]:
    """Whether every corner lies within the frame (``OUT_OF_FRAME`` of slack), and whether
    any lies on its edge (within that slack of it)."""
    height, width = shape[:2]
    margin = OUT_OF_FRAME * max(height, width)
    xs, ys = quad[:, 0], quad[:, 1]
    inside = xs.min() >= -margin and ys.min() >= -margin
    inside = inside and xs.max() <= width + margin and ys.max() <= height + margin
    on_side = (xs <= margin) | (xs >= width - margin) | (ys <= margin) | (ys >= height - margin)
    return bool(inside), bool(on_side.any())


def _cut_at_edges(mask: np.ndarray, grey: np.ndarray) -> np.ndarray:
    """The mask less the edges the grey copy shows: a sheet's border against a pale desk is an
    edge even where both are bright enough to pass for paper."""
    edges = cv2.dilate(cv2.Canny(grey, EDGE_LOW, EDGE_HIGH), np.ones((3, 3), np.uint8))
    return cv2.bitwise_and(mask, cv2.bitwise_not(edges))


def _four_corners(outline: np.ndarray) -> np.ndarray | None:
    """The four points of the outline's hull that enclose the most area.

    A corner bitten off (a dark logo at the very edge, a thumb) leaves two hull points where
    the corner was; the largest quadrilateral keeps one of them, and the sides' fitted lines
    then find the true corner where they cross.
    """
    hull = cv2.convexHull(outline)
    simple = cv2.approxPolyDP(hull, 0.004 * cv2.arcLength(hull, True), True).reshape(-1, 2)
    if len(simple) < 4:
        return None
    if len(simple) > MAX_HULL_POINTS:  # a ragged outline: not a sheet of paper
        return None
    points = simple.astype(np.float64)
    best, best_area = None, 0.0
    for chosen in itertools.combinations(range(len(points)), 4):
        area = _area(points[list(chosen)])
        if area > best_area:
            best, best_area = chosen, area
    return _ordered(points[list(best)]) if best else None


def _area(quad: np.ndarray) -> float:
    """The area of a polygon whose points are in order (the shoelace formula)."""
    x, y = quad[:, 0], quad[:, 1]
    return float(abs(x @ np.roll(y, -1) - y @ np.roll(x, -1)) / 2)


def _ordered(points: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    points = points[np.argsort(angles)]  # clockwise on screen, starting from the left
    start = int(np.argmin(points.sum(axis=1)))  # top-left: smallest x + y
    return np.roll(points, -start, axis=0)


def _fitted_sides(outline: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Corners refined by a straight line fitted to each side's edge points.

    The hull's corners sit on single blurred pixels; a line through all of a side's points is
    steadier, and points where a thumb bites into the edge, far off the side, are left out.
    """
    points = outline.reshape(-1, 2).astype(np.float64)
    lines = []
    for i in range(4):
        a, b = quad[i], quad[(i + 1) % 4]
        side = b - a
        length = np.linalg.norm(side)
        if length < 1:
            return quad
        direction = side / length
        offset = points - a
        along = offset @ direction
        across = np.abs(offset[:, 0] * direction[1] - offset[:, 1] * direction[0])
        near = (along > 0.1 * length) & (along < 0.9 * length) & (across < 0.02 * length + 1.5)
        if near.sum() < 10:
            return quad
        vx, vy, x0, y0 = cv2.fitLine(points[near].astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01)
        lines.append((np.array([x0[0], y0[0]]), np.array([vx[0], vy[0]])))
    corners = [_crossing(lines[i - 1], lines[i]) for i in range(4)]
    if any(c is None for c in corners):
        return quad
    refined = np.array(corners)
    # A refinement that moves a corner far is a fit gone wrong: keep the hull's corners.
    if np.abs(refined - quad).max() > 0.05 * np.linalg.norm(quad[2] - quad[0]):
        return quad
    return refined


def _crossing(
    first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]
) -> np.ndarray | None:
    (p, r), (q, s) = first, second
    cross = r[0] * s[1] - r[1] * s[0]
    if abs(cross) < 1e-6:
        return None
    t = ((q - p)[0] * s[1] - (q - p)[1] * s[0]) / cross
    return np.asarray(p + t * r)


def _square(corners: Quad) -> bool:
    """Whether the corners are right angles and the sides upright: a plain crop would do."""
    points = np.array(corners)
    for i in range(4):
        a, b = points[i - 1] - points[i], points[(i + 1) % 4] - points[i]
        angle = np.degrees(np.arccos(np.clip(a @ b / np.linalg.norm(a) / np.linalg.norm(b), -1, 1)))
        if abs(angle - 90) > SQUARE:
            return False
    top = points[1] - points[0]
    return bool(abs(np.degrees(np.arctan2(top[1], top[0]))) <= SQUARE)


def _paper_light(grey: np.ndarray, paper: np.ndarray | None = None) -> np.ndarray:
    """The paper's brightness over the page: a smooth surface, one value per grid cell.

    Each cell's paper level is its 90th percentile (text covers far less than a tenth of a
    cell); a cubic surface is fitted to those levels, twice, the second time without the cells
    well below the first fit (a photo, a black box), and never rises above the brightest cell.
    ``paper``, when given, marks where the paper surely is: only cells mostly inside it count,
    and the surface is extrapolated over the rest. Callers stretch the grid to their size.
    """
    h, w = grey.shape
    cell = max(4, w // LIGHT_CELLS)
    rows, cols = h // cell, w // cell
    if rows < 2 or cols < 2:
        return np.full((2, 2), float(grey.max() or 1), np.float32)
    grid = grey[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell)
    cells = grid.transpose(0, 2, 1, 3).reshape(rows, cols, -1)
    rank = int(0.9 * (cell * cell - 1))
    levels = np.partition(cells, rank, axis=2)[:, :, rank].astype(np.float64)
    ys, xs = np.mgrid[0:rows, 0:cols]
    terms = _cubic_terms((xs.ravel() + 0.5) / cols, (ys.ravel() + 0.5) / rows)
    values = levels.ravel()
    keep = np.ones(values.shape, bool)
    if paper is not None:
        inside = paper[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).mean((1, 3))
        keep = inside.ravel() > 0.8
        if keep.sum() < len(terms[0]) * 2:
            return np.full((rows, cols), float(values.max() or 1), np.float32)
    for _ in range(2):
        coefficients, *_ = np.linalg.lstsq(terms[keep], values[keep], rcond=None)
        keep &= values > 0.88 * (terms @ coefficients)
    surface = np.clip(terms @ coefficients, 0.25 * values.max(), values.max())
    return np.asarray(surface.reshape(rows, cols), np.float32)


def _cubic_terms(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.stack(
        [np.ones_like(x), x, y, x * x, x * y, y * y, x**3, x * x * y, x * y * y, y**3], axis=1
    )


def _profile_sharpness(ink: np.ndarray) -> float:
    """How much the rows' ink totals vary, relative to their mean."""
    rows = ink.mean(axis=1)
    return float(rows.std() / max(rows.mean(), 1e-6))
