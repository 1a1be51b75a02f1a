"""A sheet photographed on a pale surface (grey laminate, light oak) is cut out as well as on a
dark desk: paper is what is nearer the paper's light than the desk's (packet/sheet.py). No OCR."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from packet import sheet
from tests import photos

MAX_BACKGROUND = 0.03  # issue 16's target for a stored photo page


def _page() -> Image.Image:
    page = Image.new("RGB", (1275, 1650), "white")
    draw = ImageDraw.Draw(page)
    for i in range(40):
        draw.text(
            (100, 100 + i * 36), f"Line {i} of a letter photographed on a counter " * 2, "black"
        )
    return page


@pytest.mark.parametrize("surface", ["pale", "dark"])
@pytest.mark.parametrize("seed", range(4))
def test_the_sheet_is_found_on_a_pale_or_dark_desk(surface: str, seed: int) -> None:
    photo = photos.desk_photo(_page(), seed, long_side=1200, surface=surface, dim=seed % 2 == 0)
    found = sheet.find_sheet(photo.image)
    assert found is not None
    assert photos.background_share(photo, found.corners) < MAX_BACKGROUND


@pytest.mark.parametrize("dim", [True, False])
def test_a_lit_patch_of_a_pale_desk_beside_the_sheet_is_cut_away_at_the_papers_edge(
    dim: bool,
) -> None:
    # this photo's lamp lights the laminate beside the sheet as brightly as the paper: the
    # bright shape runs on out of the frame, and only the paper's edge tells them apart
    photo = photos.desk_photo(_page(), 8, long_side=1200, surface="pale", dim=dim)
    found = sheet.find_sheet(photo.image)
    assert found is not None
    assert photos.background_share(photo, found.corners) < MAX_BACKGROUND


def _form() -> Image.Image:
    """A boxed form: each field's box drawn round its lines of text."""
    page = _page()
    draw = ImageDraw.Draw(page)
    for i in range(0, 40, 5):
        draw.rectangle((90, 95 + i * 36, 1180, 265 + i * 36), outline="black", width=3)
    return page


@pytest.mark.parametrize("seed", [5, 6, 14, 19, 20])
def test_a_boxed_form_on_a_pale_desk_is_found_though_its_boxes_break_the_margin(seed: int) -> None:
    # the boxes' lines and a thumb cut the bright margin round them into pieces: the sheet is
    # the quadrilateral its bright pixels fill, not the outline of the largest piece
    photo = photos.desk_photo(_form(), seed, long_side=1200, surface="pale", dim=True)
    found = sheet.find_sheet(photo.image)
    assert found is not None
    assert photos.background_share(photo, found.corners) < MAX_BACKGROUND


@pytest.mark.parametrize(("seed", "dim"), [(9, True), (15, False), (30, True)])
def test_a_lit_patch_of_desk_drawing_a_corner_to_the_frames_edge_is_cut_away(
    seed: int, dim: bool
) -> None:
    # the bright shape stays inside the frame, but a corner of it lies on the frame's edge,
    # where the lamp's patch on the laminate runs on: the paper's edge cuts the patch away
    photo = photos.desk_photo(_page(), seed, long_side=1200, surface="pale", dim=dim)
    found = sheet.find_sheet(photo.image)
    assert found is not None
    assert photos.background_share(photo, found.corners) < MAX_BACKGROUND
