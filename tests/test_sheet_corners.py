"""Where a sheet was cut out of a photo, as report.json tells it: in the file's own pixels as
saved (before its EXIF turn, and at full size when a large JPEG was decoded smaller), in the
order the corners became the stored page's top-left, top-right, bottom-right, bottom-left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageOps

from packet.records import Document, PageNormalization, Piece
from packet.report import _normalized

# The sheet as found in a decoded 400x300 frame: top-left, top-right, bottom-right, bottom-left.
SHEET = ((40, 30), (360, 20), (370, 280), (30, 290))


def where_the_dot_went(size: tuple[int, int], dot: tuple[int, int], orientation: int):
    """The saved image with one white pixel at ``dot``, shown upright by its EXIF orientation
    by Pillow itself: where that pixel is then, and the upright size."""
    raw = Image.new("L", size, 0)
    raw.putpixel(dot, 255)
    exif = raw.getexif()
    exif[0x0112] = orientation
    raw.info["exif"] = exif.tobytes()
    upright = ImageOps.exif_transpose(raw)
    box = upright.getbbox()
    assert box
    return (box[0], box[1]), upright.size


@pytest.mark.parametrize("orientation", range(1, 9))
def test_corners_are_told_in_the_pixels_the_file_saved(orientation: int) -> None:
    saved_size, dot = (400, 300), (37, 221)
    shown, upright = where_the_dot_went(saved_size, dot, orientation)
    # A sheet whose top-left corner is that pixel, found in the upright frame.
    sheet = (shown, *SHEET[1:])
    record = PageNormalization(upright, sheet, saved=saved_size, exif=orientation)
    x, y = record.sheet_as_saved()[0]
    # Pixel centres: a mirror maps pixel i to w - 1 - i, the point-geometry to w - i.
    assert abs(x - dot[0]) <= 1 and abs(y - dot[1]) <= 1


def test_a_jpeg_decoded_at_a_quarter_of_its_size_is_told_at_full_size() -> None:
    record = PageNormalization((400, 300), SHEET, saved=(1600, 1200))
    assert record.sheet_as_saved() == tuple((4 * x, 4 * y) for x, y in SHEET)


@pytest.mark.parametrize(("turned", "first"), [(0, 0), (90, 1), (180, 2), (270, 3)])
def test_a_page_turned_after_the_crop_starts_at_the_corner_that_became_its_top_left(
    turned: int, first: int
) -> None:
    # Turned a quarter counter-clockwise, the sheet's top-right corner comes to the top-left.
    record = PageNormalization((400, 300), SHEET, turned=turned)
    assert record.sheet_as_saved() == SHEET[first:] + SHEET[:first]


def test_nothing_cropped_reports_no_sheet() -> None:
    record = PageNormalization((400, 300), light_flattened=True)
    assert record.sheet_as_saved() == ()
    assert "sheet" not in record.summary()


def document(file: str, pages: int, **more) -> Document:
    return Document(
        file,
        "a" * 64,
        Path("x.pdf"),
        ("",) * pages,
        "lease",
        "residence",
        None,
        None,
        "en",
        1.0,
        (),
        **more,
    )


def test_a_document_photographed_page_by_page_names_the_file_of_each_page() -> None:
    pages = ("scans/lease_p1.jpg", "scans/lease_p2.jpg")
    photographed = document(
        pages[0],
        2,
        pieces=tuple(Piece(f, c * 64, 1, 1, True) for f, c in zip(pages, "ab", strict=True)),
        normalized=(PageNormalization((400, 300), SHEET), PageNormalization((400, 300), SHEET)),
    )
    entries = _normalized(photographed)
    assert [e["file"] for e in entries] == list(pages)
    assert all(e["sheet"] == [list(p) for p in SHEET] for e in entries)


def test_a_single_file_document_says_no_file_per_page() -> None:
    single = document("scans/IMG_0412.jpg", 1, normalized=(PageNormalization((400, 300), SHEET),))
    (entry,) = _normalized(single)
    assert "file" not in entry and entry["page"] == 1
