"""Finding the documents in the files (packet/segment.py).

Rules first, on page texts (no OCR); then two real builds with Tesseract of one folder of scans
made by tests/segment_inputs.py: as packet finds the documents, and as case.yaml corrects it
(the second build reads the same scans from the shared OCR cache).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from packet.case import load_case
from packet.config import load_config
from packet.errors import CaseFileError
from packet.records import ReadSource, Source
from packet.segment import find_documents
from tests import segment_inputs as inputs
from tests.conftest import BuiltCase, run_packet

CONFIG = load_config()


def _read(file: str, *pages: tuple[str, ...]) -> ReadSource:
    source = Source(Path(file), file, f"sha-{file}", "pdf", len(pages))
    return ReadSource(source, Path(file), tuple("\n".join(p) for p in pages))


def _case(tmp_path: Path, documents: str = "", files: tuple[str, ...] = ()) -> object:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"%PDF-1.4\n")
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML + documents, "utf-8")
    return load_case(tmp_path, CONFIG)


def _found(read: list[ReadSource], case) -> list[list[tuple[str, int, int]]]:
    return [
        [(p.file, p.first, p.last) for p in cut.pieces]
        for cut in find_documents(read, case, CONFIG)
    ]


# --- splitting ---------------------------------------------------------------------------------


def test_a_copier_stack_is_cut_where_each_document_starts(tmp_path: Path) -> None:
    stack = _read(
        "scans/stack.pdf",
        inputs.BIRTH_CERTIFICATE,
        *inputs.REPORT_CARD,
        inputs.W2,
        inputs.SUPPORT_LETTER,
    )
    found = _found([stack], _case(tmp_path))
    assert found == [
        [("scans/stack.pdf", 1, 1)],
        [("scans/stack.pdf", 2, 3)],  # the report card's second page stays with it
        [("scans/stack.pdf", 4, 4)],
        [("scans/stack.pdf", 5, 5)],
    ]


def test_a_two_page_letter_is_one_document(tmp_path: Path) -> None:
    letter = _read("scans/letter.pdf", *inputs.NEIGHBOUR_LETTER)
    assert _found([letter], _case(tmp_path)) == [[("scans/letter.pdf", 1, 2)]]


def test_two_one_page_letters_in_a_row_are_two_letters(tmp_path: Path) -> None:
    # Neither letter has a title: the second opens with its own letterhead, date and greeting.
    second = (
        "West Side Youth Soccer League",
        "PO Box 9021",
        "Chicago, IL 60608",
        "September 2, 2025",
        "Dear Immigration Officer:",
        f"{inputs.RESPONDENT} has volunteered with our league for six seasons.",
        "With gratitude,",
        "Luis Carrasco, Head Coach",
    )
    read = _read("scans/letters.pdf", inputs.SUPPORT_LETTER, second, *inputs.TEACHER_LETTER)
    assert _found([read], _case(tmp_path)) == [
        [("scans/letters.pdf", 1, 1)],
        [("scans/letters.pdf", 2, 2)],
        [("scans/letters.pdf", 3, 4)],  # its second page opens with no greeting: one letter
    ]


# An IRS Record of Account over two pages: the second, titled as its account transcript part,
# names no one; two years' account transcripts each name the taxpayer (masked, as the IRS does).
RECORD_OF_ACCOUNT = (
    (
        "This Product Contains Sensitive Taxpayer Data",
        "Record of Account",
        "Request Date: 08-03-2026",
        "FORM NUMBER: 1040   TAX PERIOD: Dec. 31, 2023",
        "TAXPAYER IDENTIFICATION NUMBER: XXX-XX-4471",
        "MARI VEGA",
        "FILING STATUS: Single   ADJUSTED GROSS INCOME: 29,410.00",
    ),
    (
        "Account Transcript portion",
        "TRANSACTIONS",
        "CODE  EXPLANATION OF TRANSACTION  CYCLE  DATE  AMOUNT",
        "150   Tax return filed   20240805   03-11-2024   $0.00",
        "846   Refund issued      03-29-2024",
        "This Product Contains Sensitive Taxpayer Data",
    ),
)


def test_a_titled_later_part_that_names_no_one_stays_with_its_record(tmp_path: Path) -> None:
    read = _read("scans/record of account.pdf", *RECORD_OF_ACCOUNT)
    assert _found([read], _case(tmp_path)) == [[("scans/record of account.pdf", 1, 2)]]


def test_two_titled_records_each_naming_their_person_are_two(tmp_path: Path) -> None:
    year = tuple(line.replace("2023", "2022") for line in RECORD_OF_ACCOUNT[0])
    read = _read("scans/records.pdf", RECORD_OF_ACCOUNT[0], year)
    assert _found([read], _case(tmp_path)) == [
        [("scans/records.pdf", 1, 1)],
        [("scans/records.pdf", 2, 2)],
    ]


def test_a_signed_paper_then_a_page_under_a_letterhead_are_two_documents(tmp_path: Path) -> None:
    # A lease's last page ends in its signature lines; the landlord's rent ledger after it
    # opens with the landlord's address, reads as nothing titled, and is another paper. So is
    # a court's notice after an agency's signed letter, neither of a type of their own.
    signed = (*inputs.LEASE[1], "LANDLORD:  TENANT(S):", f"Cermak Homes LLC  {inputs.RESPONDENT}")
    ledger = (
        "Cermak Homes LLC",
        "2201 S. Kedzie Avenue, Chicago, IL 60623 - (773) 555-0190",
        "RESIDENT LEDGER",
        f"Resident: {inputs.RESPONDENT}",
        "07/01/2019  Rent payment - thank you  950.00",
    )
    letter = (
        "Office of the Principal Legal Advisor - Chicago",
        "April 22, 2025",
        "Re: Request for prosecutorial discretion",
        "OPLA declines to exercise prosecutorial discretion at this time.",
        "Sincerely,",
        "R. Castellano",
        "Deputy Chief Counsel",
    )
    notice = (
        "U.S. Department of Justice",
        "Executive Office for Immigration Review",
        "525 West Van Buren Street, Suite 500, Chicago, IL 60607",
        "Your case has been scheduled for a master hearing on March 10, 2027.",
    )
    landlord = _read("scans/landlord.pdf", inputs.LEASE[0], signed, ledger)
    court = _read("scans/immigration.pdf", letter, notice)
    assert _found([landlord, court], _case(tmp_path)) == [
        [("scans/landlord.pdf", 1, 2)],
        [("scans/landlord.pdf", 3, 3)],
        [("scans/immigration.pdf", 1, 1)],
        [("scans/immigration.pdf", 2, 2)],
    ]
    # closed as agencies and pastors close: "Sincerely yours,", "Very truly yours,", "God bless,"
    for closing in ("Sincerely yours,", "Very truly yours,", "God bless,"):
        closed = (*letter[:4], closing, *letter[5:])
        court = _read("scans/immigration.pdf", closed, notice)
        assert len(_found([court], _case(tmp_path))) == 2, closing


def test_a_page_under_another_issuers_letterhead_starts_another_document(tmp_path: Path) -> None:
    # a power bill, then a credit union's statement: both proofs of residence, neither signed,
    # each under its own issuer's name and address; a statement's later page under the same
    # letterhead stays with it
    bill = (
        "Prairie Gas and Electric - P.O. Box 24990, Oklahoma City, OK 73124 - 1-800-555-0144",
        f"Account Number 7104-4418-02  {inputs.RESPONDENT}",
        "Service period 09/18/2026 - 10/19/2026",
        "Energy charge 842 kWh $88.36",
        "Total current charges $118.36  Amount due $118.36",
    )
    statement = (
        "Canadian Valley Federal Credit Union",
        "Member FDIC P.O. Box 26140, Oklahoma City, OK 73126",
        f"{inputs.RESPONDENT}  Everyday Checking Statement",
        "October 1, 2026 through October 31, 2026",
        "10/05 RENT - CHECK 1021 -895.00",
    )
    later = (
        "Canadian Valley Federal Credit Union",
        "Member FDIC P.O. Box 26140, Oklahoma City, OK 73126",
        "10/20 PG&E AUTOPAY -118.36",
        "Ending balance 1,618.33",
    )
    read = _read("scans/bills.pdf", bill, statement, later)
    assert _found([read], _case(tmp_path)) == [
        [("scans/bills.pdf", 1, 1)],
        [("scans/bills.pdf", 2, 3)],
    ]


def test_a_letter_under_its_letterhead_after_a_page_of_no_type_starts_anew(tmp_path: Path) -> None:
    notice = (
        "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
        "IMMIGRATION COURT - 525 WEST VAN BUREN STREET, CHICAGO, IL 60607",
        "Your case has been scheduled for a MASTER hearing on Mar 30, 2027.",
        "CERTIFICATE OF SERVICE  BY: COURT STAFF",
    )
    letter = (
        "U.S. Immigration and Customs Enforcement",
        "Office of the Principal Legal Advisor",
        "101 W. Congress Parkway, Chicago, IL 60605",
        "September 15, 2025",
        "Dear Counsel:",
        "OPLA declines to exercise prosecutorial discretion at this time.",
    )
    read = _read("scans/immigration.pdf", notice, letter)
    assert _found([read], _case(tmp_path)) == [
        [("scans/immigration.pdf", 1, 1)],
        [("scans/immigration.pdf", 2, 2)],
    ]


def test_a_signed_page_then_one_without_a_letterhead_stays_one_document(tmp_path: Path) -> None:
    # what follows a letter's signature on a page of its own, under no address: its enclosures
    enclosures = ("cc: Centro Legal de la Comunidad", "Enclosure: a copy of her membership card")
    read = _read("scans/letter.pdf", inputs.SUPPORT_LETTER, enclosures)
    assert _found([read], _case(tmp_path)) == [[("scans/letter.pdf", 1, 2)]]


def test_two_w2s_named_under_their_boxes_are_two(tmp_path: Path) -> None:
    # A W-2 prints its name under the boxes, above the copy's instructions: two in a row are
    # two forms, though neither is titled at its head and both name the same employee.
    def w2(year: str, employer: str) -> tuple[str, ...]:
        return (
            "a Employee's social security number XXX-XX-5082",
            f"c Employer's name, address, and ZIP code {employer}",
            "1 Wages, tips, other compensation 31,206.44",
            f"e Employee's first name and initial Last name {inputs.RESPONDENT}",
            f"Form W-2 Wage and Tax Statement {year}",
            "Copy B-To Be Filed With Employee's FEDERAL Tax Return.",
            "This information is being furnished to the Internal Revenue Service.",
            "Department of the Treasury-Internal Revenue Service",
        )

    read = _read("scans/w2s.pdf", w2("2024", "Fore River Seafood"), w2("2025", "Back Cove LLC"))
    assert _found([read], _case(tmp_path)) == [
        [("scans/w2s.pdf", 1, 1)],
        [("scans/w2s.pdf", 2, 2)],
    ]


def test_two_months_statements_of_one_account_are_two_and_a_statements_pages_one(
    tmp_path: Path,
) -> None:
    # one credit union's statements, each a page under the same letterhead, each stating its
    # own period; a two-page statement repeats its period on its second page
    def statement(period: str, page: str = "") -> tuple[str, ...]:
        return (
            "Magnolia Community Credit Union",
            "Statement period",
            f"{inputs.RESPONDENT.upper()}   {period}",
            "4418 Manhattan Road, Apt. 9B    Account ****6621",
            "Jackson, MS 39206    Ending balance $1,965.69",
            "Date  Description  Amount  Balance",
            "08/01  Beginning balance  612.40",
            "08/07  Payroll deposit  742.18  1,354.58",
            page,
        )

    months = _read(
        "scans/bank statements.pdf",
        statement("08/01/2026 - 08/31/2026"),
        statement("09/01/2026 - 09/30/2026"),
    )
    case = _case(tmp_path)
    assert _found([months], case) == [
        [("scans/bank statements.pdf", 1, 1)],
        [("scans/bank statements.pdf", 2, 2)],
    ]
    pages = _read("scans/statement.pdf", *[statement("08/01/2026 - 08/31/2026")] * 2)
    assert _found([pages], case) == [[("scans/statement.pdf", 1, 2)]]


def test_a_translation_after_its_original_in_a_stack_is_a_document_of_its_own(
    tmp_path: Path,
) -> None:
    # the translation and its certificate share a page, which would stay with the page before
    # as a certificate does; before it stands the original, in Spanish
    original = (
        "REPUBLICA DEL ECUADOR",
        "DIRECCION GENERAL DE REGISTRO CIVIL, IDENTIFICACION Y CEDULACION",
        "CERTIFICADO DE INSCRIPCION DE NACIMIENTO",
        f"Apellidos y nombres: {inputs.RESPONDENT}",
        "Fecha de nacimiento: 2 de junio de 1988",
        "CERTIFICO: que la presente es fiel copia de la inscripcion que consta en los archivos.",
    )
    translation = (
        "ENGLISH TRANSLATION",
        "Birth Registration Certificate",
        f"Surnames and given names: {inputs.RESPONDENT}",
        "Date of birth: June 2, 1988",
        "CERTIFICATE OF TRANSLATION",
        "I certify that I am competent to translate from Spanish into English,",
        "and that the above is a true and accurate translation.",
    )
    read = _read("scans/stack.pdf", inputs.BIRTH_CERTIFICATE, original, translation)
    assert _found([read], _case(tmp_path)) == [
        [("scans/stack.pdf", 1, 1)],
        [("scans/stack.pdf", 2, 2)],
        [("scans/stack.pdf", 3, 3)],
    ]
    # the translation on a page of its own and its certificate on the next: the certificate
    # stays with the translation, the translation does not join the original
    body, certificate = translation[:4], translation[4:]
    read = _read("scans/acta.pdf", original, ("[TRANSLATION FROM SPANISH]", *body), certificate)
    assert _found([read], _case(tmp_path)) == [
        [("scans/acta.pdf", 1, 1)],
        [("scans/acta.pdf", 2, 3)],
    ]


def test_a_contract_page_whose_clauses_number_on_continues_though_a_clause_names_a_title(
    tmp_path: Path,
) -> None:
    # "the rent receipt" in clause 11 reads as a title at the head of the page
    later = (
        "9. ENTRY. Landlord may enter at reasonable times with 24 hours' notice.",
        "10. PETS. No animals without Landlord's written consent.",
        "11. NOTICES. Notices to Landlord go to the address on the rent receipt.",
        "12. GOVERNING LAW. This lease is governed by the laws of the State.",
    )
    first = (*inputs.LEASE[0], "7. Utilities other than water are paid by the tenant.")
    middle = ("8. Repairs are reported in writing.", "Tenant initials ____")
    read = _read("scans/lease.pdf", first, middle, later)
    assert _found([read], _case(tmp_path)) == [[("scans/lease.pdf", 1, 3)]]


def test_a_page_that_says_continued_in_parentheses_anywhere_continues(tmp_path: Path) -> None:
    # OCR read a transcript's running head "... Dec. 31, 2025 (continued)" where the values
    # column fell, at the page's foot
    later = (
        "Tax Return Transcript, Tax Period Ending Dec. 31",
        "Tax and Credits",
        "TAXABLE INCOME:",
        "NAME: MARI VEGA",
        "This Product Contains Sensitive Taxpayer Data",
        "2025 (continued)",
        "$12,653.20",
    )
    first = (
        "This Product Contains Sensitive Taxpayer Data",
        "Tax Return Transcript",
        "Tax Period Ending: Dec. 31, 2025",
        "NAME(S) SHOWN ON RETURN: MARI VEGA",
        "ADJUSTED GROSS INCOME: $35,153.20",
    )
    read = _read("scans/taxes.pdf", first, later)
    assert _found([read], _case(tmp_path)) == [[("scans/taxes.pdf", 1, 2)]]


def test_a_word_of_ocr_at_a_photos_edge_is_no_broken_sentence() -> None:
    from packet.segment import carries_on

    before = "Noi dang ky khai sinh: Uy ban nhan dan\nQuan Ninh Kieu, ngay 30 thang 03 nam 1988"
    assert carries_on(before, "om\nSTATE OF KANSAS\nCERTIFICATE OF LIVE BIRTH") is None
    assert carries_on(before, "and was registered on the same day.\nPage 2") is not None


def test_page_counts_decide_over_content(tmp_path: Path) -> None:
    # Two pay stubs in a row are the same type: only "Page 1 of 1" tells them apart; and a page
    # that says "Page 2 of 2" continues however it reads.
    stub = (*inputs.PAY_STUB, "Page 1 of 1")
    second = (*inputs.W2, "Page 2 of 2")
    read = _read("scans/stubs.pdf", stub, stub, (*inputs.EMPLOYMENT_LETTER, "Page 1 of 2"), second)
    assert _found([read], _case(tmp_path)) == [
        [("scans/stubs.pdf", 1, 1)],
        [("scans/stubs.pdf", 2, 2)],
        [("scans/stubs.pdf", 3, 4)],
    ]


def test_a_translators_certificate_stays_with_its_translation(tmp_path: Path) -> None:
    translation = ("Translation from Spanish into English", *inputs.BIRTH_CERTIFICATE)
    certificate = (
        "CERTIFICATE OF TRANSLATION",
        "I certify that I am competent to translate from Spanish into English",
        "and that the above is a true and accurate translation.",
    )
    read = _read("scans/translation.pdf", translation, certificate)
    assert _found([read], _case(tmp_path)) == [[("scans/translation.pdf", 1, 2)]]


def test_a_page_headed_as_a_translation_after_an_unread_original_starts_its_own_document(
    tmp_path: Path,
) -> None:
    # A Mongolian notary's copy, its Cyrillic read as Latin letters (so "English" to language
    # identification), two pages counted "Page 1 of 2" as OCR misread them ("Page 1012"); then
    # the translation with its certificate on one page.
    original = (
        "MOHTOJI YJIC",
        "NOTARIAL CERTIFICATE",
        "Moneoa x9499p: 2024 onpt 02 ayraap capbin 14-Hb1 enep Yaaan6aatap xor",
        "Xyynac 1 / Page 1012",
    )
    second = ("YJICbIH BY PTT9JIMUH EPOHXMM TA3AP", "Duor /9x/-auH Hop: BATBAAP", "Page 2012")
    translation = (
        "TRANSLATION FROM MONGOLIAN",
        "MONGOLIA",
        *inputs.BIRTH_CERTIFICATE,
        "CERTIFICATE OF TRANSLATION",
        "I certify that I am competent to translate from Mongolian into English.",
    )
    read = _read("scans/birth cert + translation.pdf", original, second, translation)
    assert _found([read], _case(tmp_path)) == [
        [("scans/birth cert + translation.pdf", 1, 2)],
        [("scans/birth cert + translation.pdf", 3, 3)],
    ]


# --- joining -----------------------------------------------------------------------------------


def test_photos_named_as_pages_are_joined_in_page_order(tmp_path: Path) -> None:
    pages = [_read(f"scans/lease_p{n}.jpg", inputs.LEASE[n - 1]) for n in (3, 1, 2)]
    assert _found(pages, _case(tmp_path)) == [
        [("scans/lease_p1.jpg", 1, 1), ("scans/lease_p2.jpg", 1, 1), ("scans/lease_p3.jpg", 1, 1)]
    ]


def test_a_page_named_as_the_next_and_headed_as_a_continuation_joins_whatever_it_reads_as(
    tmp_path: Path,
) -> None:
    # a police report's continuation sheet, whose narrative of the strangling reads as much
    # like a protective order as like a police report
    first = (
        "MESA POLICE DEPARTMENT                DEPARTMENTAL REPORT",
        "AGGRAVATED ASSAULT - DOMESTIC VIOLENCE      DR # 2025-0340872",
        f"VICTIM (V1)  {inputs.RESPONDENT.upper()}",
        "Reporting officer: Ofc. J. Whitcomb. I was dispatched to the apartment.",
        "Page 1012",
    )
    continuation = (
        "MESA POLICE DEPARTMENT",
        "- DA # 2025-0340871 - CONTINUATION",
        "Photographs of the victim's neck were taken. The advocate from the Center Against",
        "Family Violence responded; an order of protection was explained to the victim.",
    )
    read = [
        _read("scans/police report p1.jpg", first),
        _read("scans/police report p2.jpg", continuation),
    ]
    assert _found(read, _case(tmp_path)) == [
        [("scans/police report p1.jpg", 1, 1), ("scans/police report p2.jpg", 1, 1)]
    ]


def test_a_page_named_alike_that_starts_a_new_document_is_not_joined(tmp_path: Path) -> None:
    read = [
        _read("scans/lease_p1.jpg", inputs.LEASE[0]),
        _read("scans/lease_p2.jpg", inputs.W2),
    ]
    assert _found(read, _case(tmp_path)) == [
        [("scans/lease_p1.jpg", 1, 1)],
        [("scans/lease_p2.jpg", 1, 1)],
    ]


def test_a_cameras_counter_joins_only_with_a_page_count(tmp_path: Path) -> None:
    plain = [_read(f"scans/IMG_010{n}.jpg", inputs.TEACHER_LETTER[n - 1]) for n in (1, 2)]
    assert len(_found(plain, _case(tmp_path))) == 2  # two photos, maybe two papers
    counted = [
        _read("scans/IMG_0201.jpg", (*inputs.TEACHER_LETTER[0], "Page 1 of 2")),
        _read("scans/IMG_0202.jpg", (*inputs.TEACHER_LETTER[1], "Page 2 of 2")),
    ]
    assert _found(counted, _case(tmp_path)) == [
        [("scans/IMG_0201.jpg", 1, 1), ("scans/IMG_0202.jpg", 1, 1)]
    ]


def test_lease_photos_whose_clauses_number_on_join_though_a_clause_names_a_title(
    tmp_path: Path,
) -> None:
    # "lease 3.jpg" counts nothing legible ("Page Sot 3"); its first clause, 9, follows the 8
    # that ends the photo before, though clause 11 names a rent receipt near its head
    first = (*inputs.LEASE[0], "7. Utilities other than water are paid by the tenant.")
    middle = ("8. Repairs are reported in writing.", "Page 2 of 3")
    last = (
        "9. ENTRY. Landlord may enter at reasonable times with 24 hours' notice.",
        "10. PETS. No animals without Landlord's written consent.",
        "11. NOTICES. Notices to Landlord go to the address on the rent receipt.",
        "Page Sot 3",
    )
    photos = [
        _read(f"scans/lease {n}.jpg", page) for n, page in ((1, first), (2, middle), (3, last))
    ]
    assert _found(photos, _case(tmp_path)) == [
        [("scans/lease 1.jpg", 1, 1), ("scans/lease 2.jpg", 1, 1), ("scans/lease 3.jpg", 1, 1)]
    ]


# --- case.yaml ---------------------------------------------------------------------------------


def test_case_yaml_pages_cut_a_file_and_the_rest_is_still_split(tmp_path: Path) -> None:
    case = _case(
        tmp_path,
        'documents:\n  - {file: scans/work.pdf, pages: "1-2", type: employment_letter}\n',
        ("scans/work.pdf",),
    )
    read = _read(
        "scans/work.pdf",
        inputs.EMPLOYMENT_LETTER,
        inputs.PAY_STUB,
        inputs.W2,
        inputs.SUPPORT_LETTER,
    )
    assert _found([read], case) == [
        [("scans/work.pdf", 1, 2)],
        [("scans/work.pdf", 3, 3)],
        [("scans/work.pdf", 4, 4)],
    ]


def test_an_entry_for_a_whole_file_with_a_type_keeps_it_whole(tmp_path: Path) -> None:
    case = _case(
        tmp_path, "documents:\n  - {file: scans/work.pdf, type: pay_record}\n", ("scans/work.pdf",)
    )
    read = _read("scans/work.pdf", inputs.EMPLOYMENT_LETTER, inputs.PAY_STUB)
    assert _found([read], case) == [[("scans/work.pdf", 1, 2)]]


def test_case_yaml_more_pages_joins_files_in_its_order(tmp_path: Path) -> None:
    files = ("scans/a.jpg", "scans/b.jpg", "scans/c.jpg")
    case = _case(
        tmp_path, "documents:\n  - {file: scans/c.jpg, more_pages: [scans/a.jpg]}\n", files
    )
    read = [_read(f, inputs.TEACHER_LETTER[0]) for f in files]
    assert _found(read, case) == [
        [("scans/b.jpg", 1, 1)],
        [("scans/c.jpg", 1, 1), ("scans/a.jpg", 1, 1)],
    ]


@pytest.mark.parametrize(
    ("documents", "message"),
    [
        (
            '  - {file: scans/x.pdf, pages: "1-3"}\n  - {file: scans/x.pdf, pages: "3-4"}\n',
            "documents[1].pages: '3-4' overlaps documents[0].pages (1-3)",
        ),
        ('  - {file: scans/x.pdf, pages: "4-2"}\n', "documents[0].pages: give the first and last"),
        (
            "  - {file: scans/x.pdf, more_pages: [scans/nope.jpg]}\n",
            "documents[0].more_pages[0]: no file 'scans/nope.jpg'",
        ),
        (
            "  - {file: scans/x.pdf, more_pages: [scans/y.jpg]}\n"
            "  - {file: scans/z.jpg, more_pages: [scans/y.jpg]}\n",
            "documents[1].more_pages[0]: 'scans/y.jpg' is already a page of documents[0]",
        ),
        (
            '  - {file: scans/x.pdf, pages: "1"}\n  - {file: scans/x.pdf, type: pay_record}\n',
            "documents[0].pages: 'scans/x.pdf' also has an entry without `pages`",
        ),
    ],
)
def test_case_yaml_mistakes_name_the_key(tmp_path: Path, documents: str, message: str) -> None:
    with pytest.raises(CaseFileError) as raised:
        _case(tmp_path, "documents:\n" + documents, ("scans/x.pdf", "scans/y.jpg", "scans/z.jpg"))
    assert message in raised.value.message


def test_a_range_past_the_end_of_the_file_is_refused_before_reading(tmp_path: Path) -> None:
    inputs.write_case(tmp_path)
    with (tmp_path / "case.yaml").open("a", encoding="utf-8") as f:
        f.write('documents:\n  - {file: scans/neighbour_letter.pdf, pages: "2-3"}\n')
    result = run_packet("check", tmp_path)
    assert result.returncode == 2, result.stderr
    assert "documents[0].pages: '2-3' runs past the end of 'scans/neighbour_letter.pdf'" in (
        result.stderr + result.stdout
    )


# --- end to end, real OCR -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def found_build(ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> BuiltCase:
    case_dir = inputs.write_case(tmp_path_factory.mktemp("segment") / "case")
    result = run_packet("build", case_dir, "--cache-dir", ocr_cache)
    return BuiltCase(case_dir, case_dir / "out", result)


@pytest.fixture(scope="module")
def corrected_build(
    found_build: BuiltCase, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory
) -> BuiltCase:
    case_dir = tmp_path_factory.mktemp("segment-corrected") / "case"
    shutil.copytree(found_build.case_dir, case_dir, ignore=shutil.ignore_patterns("out"))
    (case_dir / "case.yaml").write_text(inputs.CASE_YAML + inputs.OVERRIDES, "utf-8")
    result = run_packet("build", case_dir, "--cache-dir", ocr_cache)
    return BuiltCase(case_dir, case_dir / "out", result)


def _entries(build: BuiltCase, file: str) -> list[dict]:
    assert build.result.returncode in (0, 1), build.result.stderr
    return [d for d in build.report["documents"] if d["file"] == file]


def _packet_text(build: BuiltCase, pages: list[int]) -> list[str]:
    reader = PdfReader(build.packet)
    return [reader.pages[n - 1].extract_text() for n in range(pages[0], pages[1] + 1)]


def test_the_copier_stack_is_four_documents_each_typed(found_build: BuiltCase) -> None:
    stack = _entries(found_build, "scans/copier_stack.pdf")
    assert [(d["pages"], d["type"], d["about"]) for d in stack] == [
        ([1, 1], "birth_certificate", inputs.CHILD),
        ([2, 3], "school_record", inputs.CHILD),
        ([4, 4], "tax_record", inputs.RESPONDENT),
        ([5, 5], "letter_of_support", inputs.RESPONDENT),
    ]
    assert len({d["exhibit"] for d in stack}) == 4  # each its own exhibit
    report_card = _packet_text(found_build, stack[1]["packet_pages"])
    assert "STUDENT REPORT CARD" in report_card[0] and "Teacher comments" in report_card[1]
    birth = _packet_text(found_build, stack[0]["packet_pages"])
    assert len(birth) == 1 and "CERTIFICATE OF LIVE BIRTH" in birth[0]


def test_a_multi_page_tiff_is_split_too(found_build: BuiltCase) -> None:
    fax = _entries(found_build, "scans/fax.tiff")
    assert [(d["pages"], d["type"]) for d in fax] == [
        ([1, 1], "pay_record"),
        ([2, 2], "letter_of_support"),
    ]


def test_the_lease_photos_are_one_document_in_page_order(found_build: BuiltCase) -> None:
    (lease,) = _entries(found_build, "scans/lease_p1.jpg")
    assert lease["more_files"] == ["scans/lease_p2.jpg", "scans/lease_p3.jpg"]
    assert lease["type"] == "residence_record" and lease["source_pages"] == 3
    assert "pages" not in lease
    assert not _entries(found_build, "scans/lease_p2.jpg")
    text = _packet_text(found_build, lease["packet_pages"])
    assert "RESIDENTIAL LEASE" in text[0] and "No pets" in text[1] and "binds" in text[2]


def test_a_two_page_letter_is_not_split(found_build: BuiltCase) -> None:
    (letter,) = _entries(found_build, "scans/neighbour_letter.pdf")
    assert letter["type"] == "letter_of_support" and letter["source_pages"] == 2
    assert "pages" not in letter and "more_files" not in letter


def test_a_document_in_two_files_is_a_duplicate_named_by_its_pages(found_build: BuiltCase) -> None:
    # work.pdf's last page is the copier stack's W-2 again: filed once, the finding says which
    (copy,) = [f for f in found_build.report["findings"] if f["code"] == "duplicate-document"]
    assert (copy["file"], copy["pages"]) == ("scans/work.pdf", [3, 3])
    assert "scans/copier_stack.pdf, page 4" in copy["message"]
    w2 = _entries(found_build, "scans/work.pdf")[-1]
    assert w2["pages"] == [3, 3] and w2["exhibit"] is None


def test_camera_photos_without_page_evidence_stay_apart(found_build: BuiltCase) -> None:
    assert len(_entries(found_build, "scans/IMG_0101.jpg")) == 1
    assert len(_entries(found_build, "scans/IMG_0102.jpg")) == 1


def test_case_yaml_corrections_are_honoured(corrected_build: BuiltCase) -> None:
    work = _entries(corrected_build, "scans/work.pdf")
    assert [(d["pages"], d["type"]) for d in work] == [
        ([1, 2], "employment_letter"),
        ([3, 3], "tax_record"),  # the page no entry covers, still found on its own
    ]
    assert work[0]["confidence"] == 1.0
    (letter,) = _entries(corrected_build, "scans/IMG_0101.jpg")
    assert letter["more_files"] == ["scans/IMG_0102.jpg"] and letter["source_pages"] == 2
    assert not _entries(corrected_build, "scans/IMG_0102.jpg")
    text = _packet_text(corrected_build, letter["packet_pages"])
    assert "Morrill" in text[0] and "library" in text[1]


def test_explain_shows_where_the_documents_of_a_file_start(
    found_build: BuiltCase, ocr_cache: Path
) -> None:
    result = run_packet(
        "explain", found_build.case_dir, "scans/copier_stack.pdf", "--cache-dir", ocr_cache
    )
    assert result.returncode == 0, result.stderr
    assert "scans/copier_stack.pdf pages 2-3: page 2 starts anew" in result.stdout
    assert "DOCUMENT  scans/copier_stack.pdf page 4" in result.stdout


def test_a_document_cut_out_of_a_file_shows_the_pages_the_worker_drew(
    found_build: BuiltCase, ocr_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review page's thumbnails of a document cut out of a stack, or joined from photos,
    are the pages the OCR worker drew already: no pdftoppm process a document after the last
    scan is read. Checked on a copy of the cache that holds only the scans' own thumbnails."""
    from packet import thumbnails as pictures
    from packet._exec import pdftoppm
    from packet.ingest import ingest
    from packet.pipeline import OpenedCase, Options, finish_reading, read_sources
    from packet.work import work_folder

    case = load_case(found_build.case_dir, CONFIG)
    intake = ingest(found_build.case_dir, case, CONFIG.settings.intake, tmp_path / "out")
    with work_folder() as work:
        read, _ = read_sources(intake.sources, Options(cache_dir=ocr_cache), work, CONFIG, {})
    cache = tmp_path / "cache"
    for r in read:  # only the scans' own thumbnails, as after the reading of a cold build
        key = pictures._key(r.pdf)
        stored = ocr_cache / pictures.FOLDER / key[:2] / f"{key}.json"
        assert stored.is_file(), r.source.file  # drawn by the worker that read it
        (cache / pictures.FOLDER / key[:2]).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stored, cache / pictures.FOLDER / key[:2] / f"{key}.json")

    def no_drawing(*_: object) -> None:
        raise AssertionError("a document's pages were drawn again")

    monkeypatch.setattr(pdftoppm, "draw_pages", no_drawing)
    opened = OpenedCase(found_build.case_dir, case, intake, {})
    with work_folder() as work:
        reading = finish_reading(opened, read, [], CONFIG, work, cache)
        cut = [d for d in reading.documents if d.pieces and not d.pieces[0].whole]
        joined = [d for d in reading.documents if len(d.pieces) > 1]
        assert cut and joined
        for document in cut + joined:
            shown = pictures.Thumbnails(cache, work).of(document.pdf)
            assert len(shown) == document.pages


def test_photos_of_a_printouts_pages_join_by_its_running_head(tmp_path: Path) -> None:
    # an after-visit summary photographed page by page, named by the camera: each page opens
    # with the patient, the record number and the visit's date, read with a slip or two
    first = (
        f"{inputs.RESPONDENT} DOB: 6/2/2018 MRN: CV2047716",
        "October 21, 2026 Pediatric Complex Care Clinic Lauren Desrochers, MD",
        "Today's Visit",
        "You were seen for: cerebral palsy, spastic quadriplegic (G80.0).",
    )
    second = (
        f"{inputs.RESPONDENT} DOB: 6/2/2018 MRN: CV2047716",
        "October 21, 2026 Pediatric Complex Care Cinic Lauren Desrochers, MD",
        "Your Medication List",
        "levetiracetam 100 mg/mL solution, by G-tube, 2 times a day",
    )
    read = [_read("scans/IMG_2207.jpg", first), _read("scans/IMG_2208.jpg", second)]
    assert _found(read, _case(tmp_path)) == [
        [("scans/IMG_2207.jpg", 1, 1), ("scans/IMG_2208.jpg", 1, 1)]
    ]
    # the next visit's summary opens with another date: a paper of its own
    later = (second[0], second[1].replace("October 21", "December 2"), *second[2:])
    read = [_read("scans/IMG_2207.jpg", first), _read("scans/IMG_2208.jpg", later)]
    assert len(_found(read, _case(tmp_path))) == 2


def test_a_page_that_sends_its_reader_on_to_the_next_pages_title_joins_it(
    tmp_path: Path,
) -> None:
    # a benefits statement photographed page by page: its first page points to the earnings
    # record on page 2 (OCR ran the words together), which opens under that title
    first = (
        f"Your Social Security Statement, prepared especially for {inputs.RESPONDENT}",
        "Your Estimated Benefits: at your full retirement age your payment would be about $1,410.",
        "This Statement is based on the earnings reported under your Social Security number.",
        "Review your eamings recordon page 2 carefully; if an amount is wrong, call us.",
    )
    second = (
        f"Your Earnings Record    {inputs.RESPONDENT}",
        "Work Year   Taxed Social Security Earnings   Taxed Medicare Earnings",
        "2019   $18,240   $18,240",
        "2020   $19,905   $19,905",
    )
    photos = [_read("scans/IMG_4410.jpg", first), _read("scans/IMG_4411.jpg", second)]
    assert _found(photos, _case(tmp_path)) == [
        [("scans/IMG_4410.jpg", 1, 1), ("scans/IMG_4411.jpg", 1, 1)]
    ]
    # one file's two pages likewise
    assert _found([_read("scans/ssa.pdf", first, second)], _case(tmp_path)) == [
        [("scans/ssa.pdf", 1, 2)]
    ]
    # without the pointer the earnings record is a paper of its own
    alone = (*first[:3], "Call us if an amount is wrong.")
    photos = [_read("scans/IMG_4410.jpg", alone), _read("scans/IMG_4411.jpg", second)]
    assert len(_found(photos, _case(tmp_path))) == 2


def test_a_photo_repeating_the_reference_number_of_the_page_before_joins_it(
    tmp_path: Path,
) -> None:
    # a benefits decision photographed page by page: the second page's head repeats the file
    # number under the first page's letterhead (its page number lost to OCR)
    first = (
        "DEPARTMENT OF VETERANS AFFAIRS                     October 16, 2020",
        "Regional Office, 1700 Clairmont Road, Decatur, GA 30033   VA File Number: 29 418 553",
        inputs.RESPONDENT.upper(),
        f"Dear {inputs.RESPONDENT}:",
        "We made a decision on your VA benefits. This letter tells you what we decided.",
    )
    second = (
        inputs.RESPONDENT,
        "VA File Number 29 418 553",
        "What You Should Do If You Disagree With Our Decision",
        "If you do not agree with our decision, you have one year to request a review.",
        "Sincerely yours, Regional Office Director",
    )
    photos = [_read("scans/IMG_2231.jpg", first), _read("scans/IMG_2232.jpg", second)]
    assert _found(photos, _case(tmp_path)) == [
        [("scans/IMG_2231.jpg", 1, 1), ("scans/IMG_2232.jpg", 1, 1)]
    ]
    # another file's number: another paper
    other = (second[0], "VA File Number 31 552 907", *second[2:])
    photos = [_read("scans/IMG_2231.jpg", first), _read("scans/IMG_2232.jpg", other)]
    assert len(_found(photos, _case(tmp_path))) == 2


def test_uscis_notices_stacked_in_one_scan_are_each_a_paper(tmp_path: Path) -> None:
    # a receipt notice, then an approval notice: both read as no type, each headed as one
    def notice(kind: str, number: str) -> tuple[str, ...]:
        return (
            "THE UNITED STATES OF AMERICA   I-797",
            "Department of Homeland Security",
            "U.S. Citizenship and Immigration Services   Notice of Action",
            kind,
            f"Receipt Number {number}   Case Type I-765 APPLICATION FOR EMPLOYMENT AUTHORIZATION",
            f"Applicant A212-334-556   {inputs.RESPONDENT.upper()}",
            "Please see the additional information on the back.",
        )

    stack = _read(
        "scans/uscis.pdf",
        notice("RECEIPT NOTICE", "IOE0921774306"),
        notice("APPROVAL NOTICE", "IOE09"),
    )
    assert _found([stack], _case(tmp_path)) == [
        [("scans/uscis.pdf", 1, 1)],
        [("scans/uscis.pdf", 2, 2)],
    ]
    # a notice's second page that counts on stays with it
    counted = (*notice("APPROVAL NOTICE", "IOE09")[:-1], "Page 2 of 2")
    first = (*notice("RECEIPT NOTICE", "IOE07"), "Page 1 of 2")
    assert len(_found([_read("scans/uscis.pdf", first, counted)], _case(tmp_path))) == 1


def test_a_head_both_pages_open_with_is_no_broken_sentence(tmp_path: Path) -> None:
    # two months' bills in one scan, their logo read small: each states its own period
    def bill(period: str, total: str) -> tuple[str, ...]:
        return (
            "con Ed ison Your energy bill",
            "Account number: 4630 1822 7700 014",
            f"Billing period: {period}",
            inputs.RESPONDENT.upper(),
            "Electricity supply (342 kWh) $36.64",
            f"4630 1822 7700 014 {total}",
        )

    bills = _read(
        "scans/coned.pdf",
        bill("Aug. 14, 2026 to Sep. 14, 2026", "$96.41"),
        bill("Sep. 14, 2026 to Oct. 14, 2026", "$81.07"),
    )
    assert _found([bills], _case(tmp_path)) == [
        [("scans/coned.pdf", 1, 1)],
        [("scans/coned.pdf", 2, 2)],
    ]
