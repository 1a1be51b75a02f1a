"""Whom a document is about, and documents typed, as found on the tuning case `lin`
(tests/realistic/tuning_eighth.py) and its near cases, without OCR: a given name written in
two syllables, a wife under her husband's surname, an enrollment form, a renter's insurance
page, a landlord's statement and an employer's memo. Each rule has a near case that must keep
its reading, or stay silent."""

from __future__ import annotations

from packet.case import Case
from packet.classify import decide
from packet.config import load_config
from packet.text.names import find_name, married_names, name_tokens

CONFIG = load_config()
XIAOMEI, JIANGUO, EMILY, KEVIN = ("Xiaomei Lin", "Jianguo Chen", "Emily Yutong Chen",
                                  "Kevin Haoran Chen")  # fmt: skip


def _case(children: list[tuple[str, str]] | None = None) -> Case:
    kids = children or [(EMILY, "2015-06-20"), (KEVIN, "2018-11-03")]
    return Case.model_validate(
        {
            "schema": 1,
            "respondent": {"a_number": "A209-551-847", "name": XIAOMEI,
                           "date_of_birth": "1986-04-11", "country": "China"},
            "request": {"type": "dismissal"},
            "claims": {
                "children": [{"name": n, "date_of_birth": b, "status": "usc"} for n, b in kids],
                "spouse": {"name": JIANGUO, "status": "usc"},
                "crime_victim": {"kind": "other"},
            },
        }
    )  # fmt: skip


CASE = _case()


def _read(text: str, case: Case = CASE) -> tuple[str, str | None]:
    d = decide(text, "scans/x.pdf", case, CONFIG)
    return d.type, d.person.name if d.person else None


def test_a_given_name_written_in_two_syllables_is_the_name() -> None:
    for written in ("LIN, XIAO MEI", "Xiao Mei Lin", "Xiao-Mei Lin"):
        assert find_name(XIAOMEI, name_tokens(written)), written
    # near: two words that only together spell the name, across a line end, are not it
    assert not find_name(XIAOMEI, name_tokens("Lin Xiao\nmei"))
    # near: a short name word is never pieced together ("Li" + "n")
    assert not find_name("Ana Lin", name_tokens("ANA LI N"))


COMPLAINT = """POLICE DEPARTMENT - CITY OF NEW YORK COMPLAINT REPORT
SUSPECT / WANTED
Name (Last, First) Sex Age Status
MORRELL, DUSTIN K M 29 ARRESTED 09/17/2023
VICTIM
Name (Last, First Middle) Sex DOB Injury
LIN, XIAO MEI F 04/11/1986 BRUISED WRIST
Reporting Officer PO ANDREA KOWALCZYK-BELL"""


def test_a_police_report_is_about_its_victim_written_surname_first_in_syllables() -> None:
    assert _read(COMPLAINT) == ("police_report", XIAOMEI)


def test_the_wife_under_her_husbands_surname() -> None:
    assert married_names(XIAOMEI, JIANGUO) == ["xiaomei chen"]  # as folded words
    # two surnames each: her given names with each of his surnames
    assert married_names("María Elena Cruz Villalobos", "Jorge Luis Peña Soto") == [
        "maria elena pena",
        "maria elena soto",
    ]


RENTERS = """HUDSON MUTUAL INSURANCE COMPANY
RENTERS POLICY DECLARATIONS
NAMED INSURED POLICY NUMBER
XIAOMEI L CHEN HR 44-190-3318
RESIDENCE PREMISES POLICY PERIOD
41-22 KISSENA BOULEVARD, APT. 2F 04/01/2024 TO 04/01/2025
FLUSHING, NY 11355
C. Personal Property $25,000"""


def test_a_renters_declarations_page_under_the_married_name_is_hers() -> None:
    assert _read(RENTERS) == ("residence_record", XIAOMEI)


def test_no_married_name_when_a_daughter_shares_her_mothers_given_name() -> None:
    # near: Xiaomei Chen is also the daughter's name: the page is not taken for the mother's
    case = _case([("Xiaomei Chen", "2015-06-20")])
    assert _read(RENTERS, case) == ("residence_record", "Xiaomei Chen")
    # near: without a spouse in case.yaml nobody's surname is taken
    alone = Case.model_validate(
        {"schema": 1, "request": {"type": "dismissal"},
         "respondent": {"a_number": "A209-551-847", "name": XIAOMEI}}
    )  # fmt: skip
    assert _read(RENTERS, alone) == ("residence_record", None)


ENROLLMENT = """NEW YORK CITY PUBLIC SCHOOLS STUDENT ENROLLMENT FORM
P.S. 20 John Bowne School Year 2025-2026
SECTION A - STUDENT INFORMATION
Student Last Name First Name Middle Name Date of Birth
Chen Kevin Haoran 11/03/2018
SECTION B - PARENT / GUARDIAN
Parent/Guardian Last Name First Name Relationship Cell Phone
Lin Xiaomei Mother (718) 555-0143
SECTION C - EMERGENCY CONTACT (other than parent)
Chen Meifang Aunt (718) 555-0179
SECTION D - PROOF OF ADDRESS PROVIDED
Lease or landlord letter
Utility bill (within 60 days)"""


def test_a_school_enrollment_form_is_the_students_not_a_proof_of_address() -> None:
    assert _read(ENROLLMENT) == ("school_record", KEVIN)


LANDLORD = """LANDLORD'S STATEMENT OF TENANCY
I, ZHOU Baoshan, residing at 41-22 Kissena Boulevard, Flushing, New York 11355, am the owner
of the two-family house at that address.
Since September 1, 2017 I have rented the second-floor apartment, Apt. 2F, to Xiaomei Lin and
her husband, Jianguo Chen. They pay the rent of $1,850 a month on time.
Baoshan Zhou, Owner/Landlord"""

MEMO = """Golden Harvest Food Market
MEMORANDUM
TO: Whom It May Concern
FROM: Raymond Szeto, Produce Department Supervisor
RE: Employment of Xiao Mei Lin
Ms. Lin has worked in our produce department since March 5, 2018. She works full time, 40
hours a week. She is reliable, honest and always on time.
Respectfully,
Raymond Szeto"""


def test_a_landlords_statement_and_an_employers_memo_are_typed_for_what_they_prove() -> None:
    assert _read(LANDLORD) == ("residence_record", XIAOMEI)
    assert _read(MEMO) == ("employment_letter", XIAOMEI)
