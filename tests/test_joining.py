"""Joining page photos into documents the way a phone folder names and shows them
(packet/segment.py): rules on page texts, no OCR. The end-to-end reading of such a folder is
the tuning case 'ortega' (tests/realistic/tuning_pages.py, measured by bench/tuning.py)."""

from __future__ import annotations

from pathlib import Path

from packet.case import load_case
from packet.config import load_config
from packet.records import ReadSource, Source
from packet.segment import find_documents, may_join
from tests import segment_inputs as inputs

CONFIG = load_config()
RESPONDENT = inputs.RESPONDENT

LETTER_BROKEN = (
    (
        "Iglesia Roca Firme - 1902 West Van Buren Street",
        "Dear Immigration Officer:",
        f"I write on behalf of {RESPONDENT}, a member of our church since 2015.",
        "When our church flooded in 2023 she came every evening to clean the classrooms and to",
    ),
    (
        "cook for the volunteers who rebuilt the walls. She asked for nothing in return.",
        "In Christ,",
        "Rev. Tomas Aguirre",
    ),
)
LETTER_HEADED = (
    (
        "Maryvale Children's Clinic",
        "To whom it may concern:",
        f"{inputs.CHILD} has been a patient of this clinic since 2014. His mother,",
        f"{RESPONDENT}, gives his insulin injections every day.",
    ),
    (
        f"{inputs.CHILD} - Page 2",
        "A sudden change in his care would put him at serious risk.",
        "Sincerely,",
        "Dana Whitfield, MD",
    ),
)


def _read(file: str, *pages: tuple[str, ...]) -> ReadSource:
    source = Source(Path(file), file, f"sha-{file}", "image", len(pages))
    return ReadSource(source, Path(file), tuple("\n".join(p) for p in pages))


def _found(tmp_path: Path, read: list[ReadSource]) -> list[list[str]]:
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML, "utf-8")
    case = load_case(tmp_path, CONFIG)
    return [[p.file for p in cut.pieces] for cut in find_documents(read, case, CONFIG)]


def test_a_cameras_photos_join_when_a_sentence_runs_over_the_page(tmp_path: Path) -> None:
    read = [_read(f"scans/IMG_20{41 + i}.jpg", page) for i, page in enumerate(LETTER_BROKEN)]
    assert _found(tmp_path, read) == [["scans/IMG_2041.jpg", "scans/IMG_2042.jpg"]]


def test_a_finished_page_and_a_new_sentence_stay_two_photos(tmp_path: Path) -> None:
    # The teacher's letter's first page ends with a full stop, the next begins "She ...":
    # nothing says it is one paper, so nothing is joined.
    read = [_read(f"scans/IMG_010{n}.jpg", inputs.TEACHER_LETTER[n - 1]) for n in (1, 2)]
    assert len(_found(tmp_path, read)) == 2


def test_a_second_file_saved_under_the_first_ones_name_joins_by_its_running_head(
    tmp_path: Path,
) -> None:
    read = [
        _read("scans/carta clinica (1).jpeg", LETTER_HEADED[1]),
        _read("scans/carta clinica.jpeg", LETTER_HEADED[0]),
    ]
    assert _found(tmp_path, read) == [["scans/carta clinica.jpeg", "scans/carta clinica (1).jpeg"]]


def test_timestamp_names_join_on_page_counts_even_garbled(tmp_path: Path) -> None:
    # An Android camera's names are seconds apart, not counting by one; OCR of the small footer
    # ran "2 of 3" together and read "3 of 3" as "3013".
    footers = ("Lease #4619 Page 1 of 3", "Lease #4619 Page 20f3", "Lease #4619 Page 3013")
    names = ("20240312_101502.jpg", "20240312_101518.jpg", "20240312_101533.jpg")
    read = [
        _read(f"scans/{name}", (*page, footer))
        for name, page, footer in zip(names, inputs.LEASE, footers, strict=True)
    ]
    assert _found(tmp_path, read) == [[f"scans/{n}" for n in names]]


def test_a_cards_front_and_back_join_front_first(tmp_path: Path) -> None:
    front = ("PERMANENT RESIDENT CARD", f"Name: {RESPONDENT}", "Card expires 06/02/2029")
    back = ("C1USAIOE0912345678<<<<<<<<<<<<<", "8306024F2906025MEX<<<<<<<<<<<0", "VEGA<<MARISOL")
    read = [_read("scans/green card back.jpg", back), _read("scans/green card front.jpg", front)]
    assert _found(tmp_path, read) == [["scans/green card front.jpg", "scans/green card back.jpg"]]


def test_two_pay_stubs_of_one_person_stay_two_documents(tmp_path: Path) -> None:
    # Same type, same person, photographed one after the other: each has its own title.
    for names in (("IMG_2043.jpg", "IMG_2044.jpg"), ("stub.jpeg", "stub (1).jpeg")):
        read = [
            _read(f"scans/{names[0]}", inputs.PAY_STUB),
            _read(f"scans/{names[1]}", tuple(s.lower() for s in inputs.LATER_PAY_STUB)),
        ]
        assert len(_found(tmp_path, read)) == 2, names


def test_a_sentence_broken_before_another_documents_title_does_not_join(tmp_path: Path) -> None:
    read = [
        _read("scans/IMG_3001.jpg", LETTER_BROKEN[0]),
        _read("scans/IMG_3002.jpg", inputs.W2),
    ]
    assert len(_found(tmp_path, read)) == 2


def test_explain_reads_the_folder_for_a_file_that_may_be_a_first_page(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML, "utf-8")
    case = load_case(tmp_path, CONFIG)
    folder = ["scans/carta.jpeg", "scans/carta (1).jpeg", "scans/birth certificate.pdf"]
    assert may_join("scans/carta.jpeg", case, folder)
    assert may_join("scans/dl back.jpg", case, folder)
    assert not may_join("scans/birth certificate.pdf", case, folder)


# --- splitting a copier's stack of documents of one kind ---------------------------------------

W2_NEXT_YEAR = tuple(line.replace("2022", "2023").replace("29,410", "31,200") for line in inputs.W2)
OTHER_CHURCH_LETTER = tuple(
    line.replace(
        "Parroquia Santa Ana - 2200 W. 24th Street", "Iglesia Roca Firme - 1902 W. Cermak"
    ).replace("Rev. Paul Okonkwo", "Rev. Tomas Aguirre")
    for line in inputs.SUPPORT_LETTER
)


def test_documents_of_one_kind_in_a_row_are_cut_at_each_title(tmp_path: Path) -> None:
    stack = _read(
        "scans/stack.pdf",
        inputs.SUPPORT_LETTER,
        OTHER_CHURCH_LETTER,  # another writer's letter on its own letterhead
        inputs.PAY_STUB,
        inputs.LATER_PAY_STUB,
        inputs.W2,
        W2_NEXT_YEAR,
        *inputs.REPORT_CARD,
    )
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML, "utf-8")
    case = load_case(tmp_path, CONFIG)
    found = [[(p.first, p.last) for p in c.pieces] for c in find_documents([stack], case, CONFIG)]
    assert found == [[(1, 1)], [(2, 2)], [(3, 3)], [(4, 4)], [(5, 5)], [(6, 6)], [(7, 8)]]


def test_a_titled_page_that_carries_on_stays_with_its_document(tmp_path: Path) -> None:
    # A transcript repeats its title on every page; its running head says which page it is.
    first = (*inputs.W2, "Page 1 of 2")
    second = (*inputs.W2, "Page 2 of 2")
    headed = (f"{RESPONDENT} - Page 2", *inputs.W2)
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML, "utf-8")
    case = load_case(tmp_path, CONFIG)
    for pages in ((first, second), (inputs.W2, headed)):
        found = find_documents([_read("scans/w.pdf", *pages)], case, CONFIG)
        assert [(p.first, p.last) for c in found for p in c.pieces] == [(1, 2)], pages


def test_page_counts_are_read_through_ocr_slips() -> None:
    from packet.segment import PAGE_COUNT

    seen = {t: (m := PAGE_COUNT.search(t)) and m.groups() for t in ("Page 20t3", "Page 20f3")}
    assert seen == {"Page 20t3": ("2", "3"), "Page 20f3": ("2", "3")}
    assert PAGE_COUNT.search("page 12 of 14").groups() == ("12", "14")  # type: ignore[union-attr]
    assert PAGE_COUNT.search("Page 10 of 12").groups() == ("10", "12")  # type: ignore[union-attr]
    assert PAGE_COUNT.search("Paid 2 of 3 installments") is None


def test_a_transcript_then_a_w2_titled_at_its_foot_are_two_tax_records(tmp_path: Path) -> None:
    # one type, two forms: the W-2's title stands at its foot, and its first line is a box
    # letter before a caption, not the rest of a sentence broken off on the page before
    transcript = (
        "This Product Contains Sensitive Taxpayer Data",
        "Tax Return Transcript",
        "Tax Period Ending: Dec. 31, 2024",
        f"Taxpayer: {RESPONDENT}",
        "Filing status: Head of Household",
        "Adjusted gross income: 31,480.00",
        "Form 1040 Line 1a wages, salaries, tips",
    )
    w2 = (
        "a Employee's social security number XXX-XX-4410",
        "b Employer identification number (EIN) 36-4471092",
        "c Employer's name, address, and ZIP code   Lakeside Commercial Cleaning Inc.",
        f"e Employee's first name and initial   Last name   {RESPONDENT}",
        "1 Wages, tips, other compensation 31,480.00   2 Federal income tax withheld 1,912.00",
        "Form W-2 Wage and Tax Statement 2024",
    )
    found = find_documents([_read("scans/taxes.pdf", transcript, w2)], *_case(tmp_path))
    assert [[(p.first, p.last) for p in c.pieces] for c in found] == [[(1, 1)], [(2, 2)]]


def test_a_sentence_broken_off_still_carries_on_to_a_page_in_small_letters() -> None:
    from packet.segment import carries_on

    before = "The tenant shall pay the rent on the first day of each"
    assert carries_on(before, "month, and a late fee after the fifth day.")
    assert carries_on(before, "a month without fail, as the landlord asks.")
    assert carries_on(before, "a Employee's social security number") is None


def _case(tmp_path: Path) -> tuple:
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML, "utf-8")
    return load_case(tmp_path, CONFIG), CONFIG


def test_two_w2s_titled_at_their_foot_are_two_documents(tmp_path: Path) -> None:
    def w2(year: int, wages: str) -> tuple[str, ...]:
        return (
            "a Employee's social security number XXX-XX-4410",
            "b Employer identification number (EIN) 36-4471092",
            f"e Employee's first name and initial   Last name   {RESPONDENT}",
            f"1 Wages, tips, other compensation {wages}",
            f"Form W-2 Wage and Tax Statement {year}",
        )

    found = find_documents(
        [_read("scans/w2s.pdf", w2(2023, "29,100.00"), w2(2024, "31,480.00"))], *_case(tmp_path)
    )
    assert [[(p.first, p.last) for p in c.pieces] for c in found] == [[(1, 1)], [(2, 2)]]


POLICE_FIRST = (
    "SPRINGDALE POLICE DEPARTMENT",
    "INCIDENT REPORT",
    "Report No. 25-004417   Date reported: 03/14/2025",
    f"Victim: {RESPONDENT}",
    "Offense: Robbery. The victim stated that two men approached her at the bus stop and",
    "demanded her purse. One of them showed a knife and pulled the strap from her shoulder.",
)
POLICE_CONTINUED = (
    "SPRINGDALE POLICE DEPARTMENT",
    "INCIDENT REPORT (CONTINUED)",
    "Report No. 25-004417",
    "The victim gave a description of both suspects and agreed to view a photo array.",
    "Reporting officer: Ofc. D. Whitlock, badge 3381",
)


def test_a_titled_page_that_says_it_continues_stays_with_its_report(tmp_path: Path) -> None:
    stack = find_documents(
        [_read("scans/report.pdf", POLICE_FIRST, POLICE_CONTINUED)], *_case(tmp_path)
    )
    assert [[(p.first, p.last) for p in c.pieces] for c in stack] == [[(1, 2)]]
    photos = [
        _read("scans/IMG_4490.jpg", POLICE_FIRST),
        _read("scans/IMG_4491.jpg", POLICE_CONTINUED),
    ]
    assert _found(tmp_path, photos) == [["scans/IMG_4490.jpg", "scans/IMG_4491.jpg"]]
    # a second report of its own, titled and not saying it continues, stays apart
    other = tuple(line.replace(" (CONTINUED)", "") for line in POLICE_CONTINUED)
    apart = [_read("scans/IMG_4490.jpg", POLICE_FIRST), _read("scans/IMG_4491.jpg", other)]
    assert len(_found(tmp_path, apart)) == 2
