"""The tuning case 'salcedo' (tests/realistic/tuning_joined.py) built end to end with real
Tesseract: camera-numbered photos whose pages say nothing of pages are joined by what they
show (a card's back after its front, a lease's unnumbered pages), and the papers beside them
stay their own. One build holds every assertion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from packet.pipeline import Built, Options, build
from packet.records import Document
from tests.realistic.tuning import write_case

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, ocr_cache: Path) -> Built:
    folder = write_case("salcedo", tmp_path_factory.mktemp("salcedo"))
    return build(folder, Options(cache_dir=ocr_cache, jobs=2))


def _files(d: Document) -> list[str]:
    return [p.file for p in d.pieces] or [d.file]


def _by_first_file(built: Built) -> dict[str, Document]:
    return {d.file: d for d in built.reading.documents}


def test_a_green_cards_back_under_a_camera_number_joins_its_front(built: Built) -> None:
    card = _by_first_file(built)["scans/IMG_5102.jpg"]
    assert _files(card) == ["scans/IMG_5102.jpg", "scans/IMG_5103.jpg"]
    assert (card.type, card.about) == ("permanent_resident_card", "Ernesto Paredes Mejía")


def test_a_leases_unnumbered_pages_join_in_camera_order(built: Built) -> None:
    lease = _by_first_file(built)["scans/IMG_5110.jpg"]
    assert _files(lease) == [f"scans/IMG_511{n}.jpg" for n in (0, 1, 2)]
    assert lease.type == "residence_record"


def test_the_papers_beside_them_stay_their_own(built: Built) -> None:
    documents = _by_first_file(built)
    for file, kind in (
        ("scans/IMG_5101.jpg", "identity_document"),  # another person's card, just before
        ("scans/IMG_5104.jpg", "passport"),  # the respondent's passport, just after
        ("scans/IMG_5113.jpg", "letter_of_support"),  # a letter right after the lease
    ):
        assert _files(documents[file]) == [file], file
        assert documents[file].type == kind, file
    assert len(built.reading.documents) == 7


def test_no_page_is_left_unclassified_and_the_report_lists_the_joined_files(built: Built) -> None:
    codes = [f.code for f in built.reading.findings]
    assert "unclassified-document" not in codes
    assert built.report_path
    report = json.loads(built.report_path.read_text(encoding="utf-8"))
    records = {r["file"]: r for r in report["documents"]}
    assert records["scans/IMG_5102.jpg"]["more_files"] == ["scans/IMG_5103.jpg"]
    assert records["scans/IMG_5110.jpg"]["more_files"] == [
        "scans/IMG_5111.jpg",
        "scans/IMG_5112.jpg",
    ]
