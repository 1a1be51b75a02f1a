"""How much of a page's lettering OCR left unread.

Tesseract's page layout analysis can give up on whole regions: a table with shaded header
cells and dashed rules (a report card, a pay stub) is taken for a picture, and its title and
rows never reach the recognizer, though the page reads at a good confidence. Nothing in the
text says so. The page's ink does: marks the size of letters that lie in no word Tesseract
returned are letters it did not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

Box = tuple[int, int, int, int]  # left, top, width, height in the image's pixels

# A mark is letter-sized when its height is this share of the page's height: from a small
# print at 120 dpi to a title at 300 dpi, without specks, rules, seals and photographs.
LETTER_HEIGHT = (0.004, 0.04)
MAX_LETTER_WIDTH = 6  # times its height: letters, and letters run together by thresholding
MIN_LETTERS = 60  # fewer letter-sized marks than this: too little on the page to judge
WORD_MARGIN = 3  # pixels around a word's box that still belong to it
INK_BLOCKS = 40  # ink is judged against the mean of a square this share of the page's width
INK_CONTRAST = 15  # grey levels darker than that mean (of 255) to count as ink


def unread_share(image: Path, words: Sequence[Box]) -> float:
    """The share of the page's letter-sized marks that lie outside every word read from it
    (0.0 when the page holds too few marks to tell)."""
    import cv2
    import numpy as np

    # at half size, decoded so where the format allows: letters stay letters, a quarter the work
    grey = cv2.imread(str(image), cv2.IMREAD_REDUCED_GRAYSCALE_2)
    if grey is None:
        return 0.0
    # ink against the paper around it, not one threshold for the page: a photocopy's grey
    # gradient or a shaded cell would otherwise be one black blob, not letters
    block = max(7, grey.shape[1] // INK_BLOCKS) | 1
    ink = cv2.adaptiveThreshold(
        grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, INK_CONTRAST
    )
    _, _, stats, centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    page_height = grey.shape[0]
    low, high = (share * page_height for share in LETTER_HEIGHT)
    heights, widths = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    letters = (heights >= low) & (heights <= high) & (widths <= MAX_LETTER_WIDTH * heights)
    if int(letters.sum()) < MIN_LETTERS:
        return 0.0
    read = np.zeros(grey.shape, dtype=bool)
    m = WORD_MARGIN
    for left, top, width, height in words:  # in the full-size image's pixels
        read[
            max(top - m, 0) // 2 : (top + height + m) // 2 + 1,
            max(left - m, 0) // 2 : (left + width + m) // 2 + 1,
        ] = True
    x, y = (
        centres[1:, i].astype(int).clip(0, limit - 1)
        for i, limit in ((0, grey.shape[1]), (1, page_height))
    )
    inside = read[y[letters], x[letters]]
    return float(1.0 - inside.mean())


def without_words(image: Path, words: Sequence[Box], out: Path) -> None:
    """A copy of the page (greyscale PNG, same size and resolution) with every word read
    painted out in white, to read what is left."""
    from PIL import Image, ImageDraw

    with Image.open(image) as page:
        dpi = page.info.get("dpi")
        copy = page.convert("L")
    draw = ImageDraw.Draw(copy)
    m = WORD_MARGIN
    for left, top, width, height in words:
        draw.rectangle((left - m, top - m, left + width + m, top + height + m), fill=255)
    if dpi:
        copy.save(out, dpi=dpi)
    else:
        copy.save(out)
