"""Two scans of one paper against two papers of one form, by their page images (no OCR): the
perceptual hash finds pages that look alike, the ink decides, and the duplicate rule uses both
only where OCR read a number differently."""

from __future__ import annotations

import dataclasses
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
        "one_digit_other_at_150_dpi": (
            photos.rescan(as_scan(stub("06/01", "1104.12"), random.Random(3)), 200, 150, 3),
            150,
        ),
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


@pytest.mark.parametrize(
    "other", ["one_digit_other", "other_net_pay", "one_digit_other_at_150_dpi"]
)
def test_another_stub_of_the_same_form_has_other_ink(scans, other: str) -> None:
    # The perceptual hash cannot tell them apart; the ink can, down to a 3 read as a 6, also
    # when the other stub was scanned at another resolution.
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


def test_a_ruled_report_card_scanned_at_200_and_150_dpi_carries_the_same_ink(
    tmp_path: Path,
) -> None:
    """A report card's thin grade-table rules, dark at 150 dpi, come out paler from the 200-dpi
    scan brought down to the same size, and as slivers along each rule where the two
    resolutions drew its edge apart: neither is a mark of another paper."""
    import datetime as dt

    from packet.ingest import file_sha256, identify
    from packet.normalize import normalize
    from tests.realistic import capture
    from tests.realistic import tuning_documents as doc
    from tests.realistic.model import Person

    settings = load_config().settings
    child = Person("Tomás Elías", "Quintanar", dt.date(2012, 3, 9), "M")
    card = doc.district_report_card(
        child,
        district="Fresno Unified School District",
        campus="Addams Elementary",
        grade=6,
        year=2024,
        seed=41,
    )
    placed = capture.twice(card, ("card.jpg", "card 150.jpg"), 41)
    pdfs = []
    for name, data in placed.files.items():
        (tmp_path / name).write_bytes(data)
        source = identify(tmp_path / name, name, settings.intake)
        assert source.sha256 == file_sha256(tmp_path / name)
        pdfs.append(normalize(source, tmp_path, settings.normalize, settings.intake).pdf)
    assert ink.same_ink(*pdfs)


def test_a_long_table_with_a_few_numbers_misread_is_still_settled_by_the_page_images(
    scans,
) -> None:
    """Four grades of a long table read differently on the rescan: more than two misreads, but
    a small share of the words, so the page images decide; in a short text, they would not."""
    config = load_config()
    grades = " ".join(f"Period {n} {80 + n % 17}" for n in range(60))
    misread = grades.replace("Period 3 83", "Period 3 33").replace("Period 7 87", "Period 7 37")
    misread = misread.replace("Period 9 89", "Period 9 39").replace("Period 11 91", "Period 11 01")
    first = stub_document("scans/a.jpg", scans["first"], "1104.12")
    again = stub_document("scans/b.jpg", scans["again_at_150_dpi"], "1104.12")
    first = dataclasses.replace(first, page_texts=(first.page_texts[0] + " " + grades,))
    long_again = dataclasses.replace(again, page_texts=(again.page_texts[0] + " " + misread,))
    assert duplicate_copies([first, long_again], config) == {"scans/b.jpg": "scans/a.jpg"}
    other = stub_document("scans/c.jpg", scans["one_digit_other"], "1104.12")
    other = dataclasses.replace(other, page_texts=(other.page_texts[0] + " " + misread,))
    assert duplicate_copies([first, other], config) == {}  # other ink: another paper
