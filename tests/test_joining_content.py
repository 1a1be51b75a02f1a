"""Joining camera-numbered photos by what their pages show, when nothing counts the pages
(packet/segment.py: ``card_back``, ``follows_on``): rules on page texts and the shapes
normalize recorded, no OCR. The end-to-end reading of such a folder is the tuning case
'salcedo' (tests/realistic/tuning_joined.py, measured by bench/tuning.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from packet.case import load_case
from packet.config import load_config
from packet.records import PageNormalization, ReadSource, Source
from packet.segment import find_documents
from tests import segment_inputs as inputs
from tests.realistic.mrz import td1

CONFIG = load_config()
RESPONDENT = inputs.RESPONDENT

# The sheet normalize cut out of a 1600x1200 photo: an ID-1 card (1.59), a letter page (1.29).
CARD = ((300, 350), (1300, 350), (1300, 980), (300, 980))
LETTER_PAGE = ((400, 100), (1180, 100), (1180, 1110), (400, 1110))

GREEN_CARD = (
    "UNITED STATES OF AMERICA",
    "PERMANENT RESIDENT",
    "SURNAME",
    "VEGA TORRES",
    "GIVEN NAME",
    "MARISOL",
    "CARD EXPIRES 06/02/2029",
)


def _zone(number: str, surname: str, given: str, born: dt.date) -> tuple[str, str, str]:
    return td1(
        kind="C1",
        country="USA",
        number=number,
        surname=surname,
        given=given,
        nationality="MEX",
        birth=born,
        sex="F",
        expiry=dt.date(2029, 6, 2),
    )


GREEN_CARD_BACK = (
    "IOE  091234567",
    *_zone("IOE091234", "Vega Torres", "Marisol", dt.date(1983, 6, 2)),
)
OTHER_PERSONS_BACK = (
    "IOE  097770001",
    *_zone("IOE097770", "Prado Ruiz", "Julian", dt.date(1990, 1, 1)),
)
CHILDS_ID = ("STUDENT IDENTIFICATION", f"Name: {inputs.CHILD}", "Grade 7", "ID 20418877")
PASSPORT = (
    "PASAPORTE",
    "ESTADOS UNIDOS MEXICANOS",
    "Apellidos / Surname",
    "PRADO RUIZ",
    "Nombres / Given names",
    "JULIAN",
)

LEASE = (
    (
        "RESIDENTIAL LEASE AGREEMENT",
        f"This lease is made between Cermak Homes LLC (the Landlord) and {RESPONDENT}",
        "(the Tenant) for the apartment at 3315 W. 25th Street, Apt. 1, Chicago.",
        "10. RENT. The monthly rent is 950 dollars, due on the first of each month.",
        "11. REPAIRS. The Tenant reports needed repairs to the Landlord in writing.",
    ),
    (
        "12. DEFAULT. If the Tenant fails to pay rent the Landlord may end this lease.",
        "13. GOVERNING LAW. This lease is governed by the laws of Illinois.",
    ),
    (
        "Signed on June 20, 2018.",
        "Landlord: ______________  Cermak Homes LLC",
        f"Tenant: ______________  {RESPONDENT}",
    ),
)
FOOTED = (
    (
        "RESIDENTIAL LEASE AGREEMENT",
        f"Tenant: {RESPONDENT}. The Tenant keeps the premises clean.",
        "Cermak Homes LLC - 3315 W. 25th Street, Chicago",
    ),
    (
        "The Tenant may not sublet without the written consent of the owner.",
        "Cermak Homes LLC - 3315 W. 25th Street, Chicago",
    ),
)


def _read(file: str, lines: tuple[str, ...], sheet: tuple = ()) -> ReadSource:
    source = Source(Path(file), file, f"sha-{file}", "image", 1)
    normalized = (PageNormalization((1600, 1200), sheet),) if sheet else ()
    return ReadSource(source, Path(file), ("\n".join(lines),), normalized=normalized)


def _found(tmp_path: Path, read: list[ReadSource]) -> list[list[str]]:
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML, "utf-8")
    case = load_case(tmp_path, CONFIG)
    return [[p.file for p in cut.pieces] for cut in find_documents(read, case, CONFIG)]


def _why(tmp_path: Path, read: list[ReadSource]) -> list[str]:
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML, "utf-8")
    case = load_case(tmp_path, CONFIG)
    return [cut.why for cut in find_documents(read, case, CONFIG)]


def test_a_cards_back_under_a_camera_number_joins_its_front(tmp_path: Path) -> None:
    read = [
        _read("scans/IMG_3001.jpg", GREEN_CARD, CARD),
        _read("scans/IMG_3002.jpg", GREEN_CARD_BACK, CARD),
    ]
    assert _found(tmp_path, read) == [["scans/IMG_3001.jpg", "scans/IMG_3002.jpg"]]
    assert "machine-readable zone" in _why(tmp_path, read)[0]


def test_a_cards_back_with_its_number_only_joins_its_front(tmp_path: Path) -> None:
    back = ("IOE0912345678", "This card is the property of the U.S. Government.")
    read = [
        _read("scans/IMG_3001.jpg", (*GREEN_CARD, "IOE0912345678"), CARD),
        _read("scans/IMG_3002.jpg", back, CARD),
    ]
    assert _found(tmp_path, read) == [["scans/IMG_3001.jpg", "scans/IMG_3002.jpg"]]
    assert "card number" in _why(tmp_path, read)[0]


def test_a_card_has_two_sides_only(tmp_path: Path) -> None:
    read = [
        _read("scans/IMG_3001.jpg", GREEN_CARD, CARD),
        _read("scans/IMG_3002.jpg", GREEN_CARD_BACK, CARD),
        _read("scans/IMG_3003.jpg", ("IOE  0912345678",), CARD),
    ]
    assert len(_found(tmp_path, read)) == 2


def test_photos_not_shaped_as_cards_are_not_joined_as_sides(tmp_path: Path) -> None:
    # A page photographed after a card: nothing says it is the card's back.
    read = [
        _read("scans/IMG_3001.jpg", GREEN_CARD, CARD),
        _read("scans/IMG_3002.jpg", GREEN_CARD_BACK, LETTER_PAGE),
    ]
    assert len(_found(tmp_path, read)) == 2
    read = [_read("scans/IMG_3001.jpg", GREEN_CARD), _read("scans/IMG_3002.jpg", GREEN_CARD_BACK)]
    assert len(_found(tmp_path, read)) == 2  # no shape recorded (a PDF page): not a card's


def test_two_peoples_cards_stay_apart(tmp_path: Path) -> None:
    for second in (OTHER_PERSONS_BACK, CHILDS_ID, PASSPORT):
        read = [
            _read("scans/IMG_3001.jpg", GREEN_CARD, CARD),
            _read("scans/IMG_3002.jpg", second, CARD),
        ]
        assert len(_found(tmp_path, read)) == 2, second


def test_a_leases_later_pages_join_by_their_clauses_and_signatures(tmp_path: Path) -> None:
    read = [_read(f"scans/IMG_410{n}.jpg", page) for n, page in enumerate(LEASE, 1)]
    assert _found(tmp_path, read) == [[f"scans/IMG_410{n}.jpg" for n in (1, 2, 3)]]
    why = _why(tmp_path, read)[0]
    assert "signature lines" in why or "number on" in why


def test_a_signature_page_whose_labels_ocr_lost_joins_by_the_parties_it_names(
    tmp_path: Path,
) -> None:
    # Tesseract dropped the small "Landlord: ..." labels touching the signature lines.
    signed = (
        "The Landlord and the Tenant have read this lease and agree to it.",
        "Date: 06/20/2018",
    )
    read = [
        _read("scans/IMG_4101.jpg", LEASE[0]),
        _read("scans/IMG_4102.jpg", LEASE[1]),
        _read("scans/IMG_4103.jpg", signed),
    ]
    assert len(_found(tmp_path, read)) == 1
    once = ("Our landlord repaired the roof in May.", "Date: 06/20/2018")
    read = [_read("scans/IMG_4101.jpg", LEASE[0]), _read("scans/IMG_4102.jpg", once)]
    assert len(_found(tmp_path, read)) == 2


def test_a_page_with_the_footer_of_the_page_before_joins_it(tmp_path: Path) -> None:
    read = [_read(f"scans/IMG_420{n}.jpg", page) for n, page in enumerate(FOOTED, 1)]
    assert _found(tmp_path, read) == [["scans/IMG_4201.jpg", "scans/IMG_4202.jpg"]]
    assert "footer" in _why(tmp_path, read)[0]


def test_a_new_document_after_a_lease_page_stays_apart(tmp_path: Path) -> None:
    others = (
        inputs.SUPPORT_LETTER,  # its own title
        inputs.W2,  # another kind
        # no heading, but signed by parties of a lease that names other people
        ("Signed on May 2, 2021.", "Landlord: Ruiz Properties", "Tenant: Julian Prado"),
        # numbered, but starting its own list
        ("1. Bring the children's vaccination records.", "2. Bring a photo ID."),
    )
    for other in others:
        read = [_read("scans/IMG_4101.jpg", LEASE[0]), _read("scans/IMG_4102.jpg", other)]
        assert len(_found(tmp_path, read)) == 2, other


def test_a_speck_read_as_a_quote_mark_does_not_hide_the_sentence_going_on(tmp_path: Path) -> None:
    first = (
        "Iglesia Bautista Roca de Salvación",
        "Dear Immigration Officer:",
        f"I write on behalf of {RESPONDENT}, a member of our congregation since 2015.",
        "When our church flooded in 2023, she came every evening to clean the classrooms and to",
    )
    second = (
        "‘cook for the volunteers who rebuilt the walls. She asked for nothing in return.",
        "Rev. Tomás Aguirre Peña",
    )
    read = [_read("scans/IMG_2041.jpg", first), _read("scans/IMG_2042.jpg", second)]
    assert _found(tmp_path, read) == [["scans/IMG_2041.jpg", "scans/IMG_2042.jpg"]]
    # a page opening with a capital after the mark is no sentence going on
    capital = ("‘Cook County Clerk of the Circuit Court", "Case summary")
    read = [_read("scans/IMG_2041.jpg", first), _read("scans/IMG_2042.jpg", capital)]
    assert _found(tmp_path, read) == [["scans/IMG_2041.jpg"], ["scans/IMG_2042.jpg"]]
