"""Two scans of one paper against two papers of one form, by their page images (no OCR): the
perceptual hash finds pages that look alike, the ink decides, and the duplicate rule uses both
only where OCR read a number differently."""

from __future__ import annotations

import io
import random
from pathlib import Path

import img2pdf
import pytest
from PIL import Image

from packet import ink, likeness
from packet.config import load_config
from packet.duplicates import duplicate_copies
from packet.records import Document, PageNormalization
from samples.make_demo_scans import as_scan, render
from tests import photos

NAME = "Lucía Beltrán Ochoa"


def stub(period_start: str, net: str) -> Image.Image:
    lines = [
        "Riverside Staffing Group   Earnings Statement",
        f"Period Beginning: {period_start}/2024   Period Ending: 03/14/2024",
        f"Employee: {NAME}   Employee ID 004417",
        "Regular   16.50   80.00   1320.00   6600.00",
        f"Net Pay   {net}",
        "Federal Income Tax  -98.00   Social Security -81.84   Medicare -19.14",
    ]
    return render([("heading", lines[0]), *(("field", line) for line in lines[1:])])


def pdf_of(image: Image.Image, path: Path, dpi: int) -> Path:
    buf = io.BytesIO()
    image.convert("L").save(buf, "JPEG", quality=60, dpi=(dpi, dpi))
    path.write_bytes(img2pdf.convert(buf.getvalue()))
    return path


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """Each scan as a one-page PDF and its page hash."""
    folder = tmp_path_factory.mktemp("likeness")
    paper = as_scan(stub("03/01", "1104.12"), random.Random(1))
    images = {
        "first": (paper, 200),
        "again_at_150_dpi": (photos.rescan(paper, 200, 150, 2), 150),
        "one_digit_other": (as_scan(stub("06/01", "1104.12"), random.Random(3)), 200),
        "other_net_pay": (as_scan(stub("03/01", "1187.90"), random.Random(4)), 200),
        "a_lease": (
            as_scan(render([("heading", "RESIDENTIAL LEASE")] * 12), random.Random(5)),
            200,
        ),
    }
    return {
        name: (pdf_of(image, folder / f"{name}.pdf", dpi), likeness.page_hash(image))
        for name, (image, dpi) in images.items()
    }


def test_a_rescan_looks_alike_and_a_different_page_does_not(scans) -> None:
    first = scans["first"][1]
    assert likeness.hash_distance(first, scans["again_at_150_dpi"][1]) <= likeness.NEAR_HASH
    assert likeness.hash_distance(first, scans["a_lease"][1]) > likeness.NEAR_HASH


def test_a_rescan_at_another_resolution_has_the_same_ink(scans) -> None:
    assert ink.same_ink(scans["first"][0], scans["again_at_150_dpi"][0])


@pytest.mark.parametrize("other", ["one_digit_other", "other_net_pay"])
def test_another_stub_of_the_same_form_has_other_ink(scans, other: str) -> None:
    # The perceptual hash cannot tell them apart; the ink can, down to a 3 read as a 6.
    assert likeness.hash_distance(scans["first"][1], scans[other][1]) <= likeness.NEAR_HASH
    assert not ink.same_ink(scans["first"][0], scans[other][0])


def stub_document(file: str, scan: tuple[Path, str], net: str) -> Document:
    text = (
        f"Riverside Staffing Group Earnings Statement Period Beginning 03/01/2024 Period Ending "
        f"03/14/2024 Employee {NAME} Employee ID 004417 Regular 16.50 80.00 1320.00 6600.00 "
        f"Net Pay {net} Federal Income Tax 98.00 Social Security 81.84 Medicare 19.14"
    )
    return Document(
        file=file,
        sha256=file * 4,
        pdf=scan[0],
        page_texts=(text,),
        type="pay_record",
        equity="employment_and_taxes",
        about=NAME,
        about_claim="respondent",
        language="en",
        confidence=0.9,
        reasons=(),
        normalized=(PageNormalization((1700, 2200), image_hash=scan[1]),),
    )


def test_a_number_misread_on_a_rescan_is_settled_by_the_page_images(scans) -> None:
    config = load_config()
    first = stub_document("scans/a.jpg", scans["first"], "1104.12")
    misread = stub_document("scans/b.jpg", scans["again_at_150_dpi"], "1104.72")  # OCR: 1 as 7
    assert duplicate_copies([first, misread], config) == {"scans/b.jpg": "scans/a.jpg"}


def test_a_stub_whose_one_number_differs_is_another_paper(scans) -> None:
    config = load_config()
    first = stub_document("scans/a.jpg", scans["first"], "1104.12")
    other = stub_document("scans/b.jpg", scans["other_net_pay"], "1187.90")
    assert duplicate_copies([first, other], config) == {}
