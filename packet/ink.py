"""Whether two scans carry the same ink: a re-scan of one paper, or another paper of its form.

Two pages that look alike (``packet/likeness.py``) may still be two pay stubs printed from one
template. ``same_ink`` lays one page's ink over the other's (aligned with OpenCV's ECC, coarse
to fine, allowing a shift, a scale and a slight turn) and looks for marks that only one of
them has. A re-scan at another resolution has none beyond dust; another stub has its other
dates and amounts, down to a 5 that is a 6.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
import pikepdf
from PIL import Image

COMPARE_WIDTH = 1275  # pixels: pages are compared at about 150 dpi, where a 5 is not a 6
INK = 0.35  # ink darker than this share of the way from paper to black counts as ink
# A mark of one page is matched by the other's ink down to this: a thin grey table rule that
# is dark at 150 dpi comes out paler from a 200-dpi scan brought down to the same size.
FAINT = 0.15
REACH = 1  # pixels: ink within this of the other page's ink is the same stroke, misaligned
SPECK = 2  # pixels: ink only one page has, this small or smaller, is dust, not a mark
STRAY = 6  # pixels: a patch of ink only one page has, larger than this, is a different mark
ALIGN_SCALES = (0.25, 0.5)  # of COMPARE_WIDTH: alignment is found coarse, then refined
ALIGN_STEPS = (60, 40)  # ECC iterations at each scale
STRAY_SHARE = 0.002  # of the page's ink, that may be unmatched all told (noise, JPEG edges)


def same_ink(a: Path, b: Path) -> bool:
    """Whether every page of PDF ``a`` carries the same ink as the same page of PDF ``b``.

    Only pages that are one image each (scans, photos) can be compared; a page drawn as text
    and vectors makes the answer False, as does any failure to read or align the pages.
    """
    try:
        first, second = _pictures(a), _pictures(b)
        return len(first) == len(second) and all(
            x is not None and y is not None and _same_page_ink(x, y)
            for x, y in zip(first, second, strict=True)
        )
    except (pikepdf.PdfError, OSError, ValueError, cv2.error):
        return False


@lru_cache(maxsize=8)  # a document compared with several others is decoded once
def _pictures(pdf: Path) -> tuple[np.ndarray | None, ...]:
    """Each page's largest image, grey, COMPARE_WIDTH pixels wide (None: a page with none)."""
    with pikepdf.open(pdf) as document:
        return tuple(_page_picture(page) for page in document.pages)


def largest_image(page: pikepdf.Page) -> Image.Image | None:
    """The largest image a page draws itself (not inside a form, where the OCR text lies)."""
    resources = page.obj.get("/Resources")
    xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    if not isinstance(xobjects, pikepdf.Dictionary):
        return None
    images = [
        pikepdf.PdfImage(x)
        for x in xobjects.values()
        if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == pikepdf.Name.Image
    ]
    if not images:
        return None
    return max(images, key=lambda i: i.width * i.height).as_pil_image()


def _page_picture(page: pikepdf.Page) -> np.ndarray | None:
    image = largest_image(page)
    if image is None:
        return None
    grey = np.asarray(image.convert("L"))
    height = round(grey.shape[0] * COMPARE_WIDTH / grey.shape[1])
    return cv2.resize(grey, (COMPARE_WIDTH, height), interpolation=cv2.INTER_AREA)


def _resized(ink: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    if size == ink.shape[::-1]:
        return ink
    return np.asarray(cv2.resize(ink, size, interpolation=cv2.INTER_AREA))


def _ink(grey: np.ndarray) -> np.ndarray:
    """Ink as 0-1 (1 = black), the paper's own grey taken as zero."""
    paper = float(np.percentile(grey, 90))
    darkness = (paper - grey.astype(np.float32)) / max(paper, 1.0)
    return np.asarray(np.clip(darkness, 0, 1))


def _same_page_ink(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether neither page has a mark of ink, bigger than a speck, that the other lacks."""
    ink_a, ink_b = _ink(a), _ink(b)
    aligned = _aligned(ink_a, ink_b)
    marks_a, marks_b = ink_a > INK, aligned > INK
    total = max(int(marks_a.sum()), int(marks_b.sum()), 1)
    for mine, theirs in ((marks_a, aligned > FAINT), (marks_b, ink_a > FAINT)):
        reach = cv2.dilate(theirs.astype(np.uint8), np.ones((2 * REACH + 1,) * 2, np.uint8))
        alone = (mine & (reach == 0)).astype(np.uint8)
        count, _, stats, _ = cv2.connectedComponentsWithStats(alone, connectivity=8)
        areas = stats[1:count, cv2.CC_STAT_AREA]
        thin = np.minimum(stats[1:count, cv2.CC_STAT_WIDTH], stats[1:count, cv2.CC_STAT_HEIGHT])
        # dust and a scanner's speckle come and go between scans; a sliver one pixel thin
        # along a rule or a stroke is where two resolutions drew the same edge apart
        marks = areas[(areas > SPECK) & (thin > 1)]
        if marks.sum() > STRAY_SHARE * total or (marks.size and marks.max() > STRAY):
            return False
    return True


def _aligned(fixed: np.ndarray, moving: np.ndarray) -> np.ndarray:
    """``moving`` warped (affine: shift, scale, a slight turn) to lie over ``fixed``."""
    height, width = fixed.shape
    moving = cv2.resize(moving, (width, round(moving.shape[0] * width / moving.shape[1])))
    canvas = np.zeros_like(fixed)
    rows = min(height, moving.shape[0])
    canvas[:rows] = moving[:rows]
    # Coarse first: blurred ink converges from further away; each finer size refines it.
    warp = np.eye(2, 3, dtype=np.float32)
    previous = ALIGN_SCALES[0]
    for scale, steps in zip(ALIGN_SCALES, ALIGN_STEPS, strict=True):
        warp[:, 2] *= scale / previous
        previous = scale
        size = (round(width * scale), round(height * scale))
        criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, steps, 1e-5)
        _, found = cv2.findTransformECC(
            _resized(fixed, size), _resized(canvas, size), warp, cv2.MOTION_AFFINE, criteria, None
        )  # OpenCV blurs both copies itself (a 5-pixel Gaussian) before comparing them
        warp = np.asarray(found, np.float32)
    warp[:, 2] /= previous  # from the last copy's size to the full size
    return cv2.warpAffine(
        canvas, warp, (width, height), flags=cv2.INTER_LINEAR + cv2.WARP_INVERSE_MAP
    )
