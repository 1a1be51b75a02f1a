"""Whether two page images look alike: a perceptual hash of each stored page.

``page_hash`` is a difference hash (which of two neighbouring cells of a 16 x 16 grid is
clearly darker), computed once in normalize and carried on the page's record: pages whose hashes are
far apart are different papers, without opening an image. Hashes are blind to a changed amount
or date, though: two pay stubs printed from one template hash alike, and ``packet/ink.py``
tells those apart. Pillow only, and only to hash: comparing hashes (check) does not load it.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

HASH_GRID = 16  # cells across and down: 256 bits
# Grey levels by which a cell must be brighter than its left neighbour to count: two cells of
# plain paper differ by noise only, and without this their bits would flip from scan to scan.
DEAD_ZONE = 2
NEAR_HASH = 12  # of 256 bits: re-scans of one page differ by 0-4, a letter and a lease by 25+


def page_hash(image: Image.Image) -> str:
    """The page's difference hash, as hexadecimal."""
    from PIL import Image

    cells = image.convert("L").resize((HASH_GRID + 1, HASH_GRID), Image.Resampling.BOX)
    levels = cells.tobytes()
    bits = 0
    for row in range(HASH_GRID):
        line = levels[row * (HASH_GRID + 1) : (row + 1) * (HASH_GRID + 1)]
        for left, right in itertools.pairwise(line):
            bits = bits << 1 | (right > left + DEAD_ZONE)
    return f"{bits:0{HASH_GRID * HASH_GRID // 4}x}"


def hash_distance(a: str, b: str) -> int:
    """How many of the hashes' bits differ (Hamming distance); all of them when one is missing."""
    if not a or not b or len(a) != len(b):
        return HASH_GRID * HASH_GRID
    return (int(a, 16) ^ int(b, 16)).bit_count()


def look_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two documents' pages, in order, all have near perceptual hashes."""
    return (
        bool(a)
        and len(a) == len(b)
        and all(hash_distance(x, y) <= NEAR_HASH for x, y in zip(a, b, strict=True))
    )
