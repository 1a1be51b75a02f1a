"""Rules found by the widened tuning corpus (tests/realistic/tuning_widened.py), without OCR:
each with a near case that must keep its own reading. Texts are written as Tesseract reads
such pages."""

from __future__ import annotations

from packet.case import Case
from packet.classify import decide
from packet.config import load_config

CONFIG = load_config()
CASE = Case.model_validate(
    {
        "schema": 1,
        "respondent": {
            "a_number": "A208-517-346",
            "name": "Marvin Alexis Zelaya Cruz",
            "date_of_birth": "1987-03-22",
            "entered_us": "2014-05-02",
            "country": "Honduras",
        },
        "request": {"type": "dismissal"},
        "claims": {
            "children": [
                {"name": "Daniela Zelaya Rivas", "date_of_birth": "2016-06-11", "status": "usc"}
            ],
        },
    }
)
RESPONDENT = "Marvin Alexis Zelaya Cruz"


def _decide(text: str):
    return decide(text, "scans/x.jpg", CASE, CONFIG)


EAD_FRONT = """UNITED STATES OF AMERICA
EMPLOYMENT AUTHORIZATION CARD
Surname
ZELAYA CRUZ
Given Name
MARVIN ALEXIS
USCIS# Category
208-517-346 C08
Card# IOE0914472210
Country of Birth
HONDURAS
Date of Birth Sex
22 MAR 1987 M
Valid From Card Expires
03 FEB 2025 02 FEB 2030
NOT VALID FOR REENTRY TO U.S.
"""

GREEN_CARD_FRONT = """UNITED STATES OF AMERICA
PERMANENT RESIDENT
SURNAME
ZELAYA CRUZ
GIVEN NAME
MARVIN ALEXIS
USCIS # 208-517-346
CATEGORY IR1
COUNTRY OF BIRTH HONDURAS
DATE OF BIRTH SEX 22 MAR 1987 M
CARD EXPIRES 02 FEB 2030
RESIDENT SINCE 03 FEB 2020
"""


def test_a_work_permit_is_an_identity_document_not_a_green_card() -> None:
    """Both cards carry a USCIS number, a category and an expiry; only one is residence."""
    d = _decide(EAD_FRONT)
    assert (d.type, d.person and d.person.name, d.equity) == (
        "identity_document",
        RESPONDENT,
        "identity",
    ), d.reasons


def test_a_green_card_front_stays_a_green_card() -> None:
    assert _decide(GREEN_CARD_FRONT).type == "permanent_resident_card"


PSYCHIATRY_LETTER = """Uptown Behavioral Health Associates
4750 N. Sheridan Road, Suite 410, Chicago, IL 60640 773-555-0125
October 8, 2026
RE: Marvin Alexis Zelaya Cruz DOB: 03/22/1987
To Whom It May Concern:
Mr. Zelaya Cruz has been in my care since June 2024 for posttraumatic stress disorder and
major depressive disorder, recurrent, moderate. He attends monthly medication management and
weekly psychotherapy.
His symptoms have improved with treatment. An abrupt end to his treatment would put him at
high risk of relapse.
Sincerely,
Yusuf Bergstrom, M.D.
Psychiatrist
Board Certified, Psychiatry and Neurology
"""

FRIENDS_LETTER = """To Whom It May Concern:
I have known Marvin Alexis Zelaya Cruz for eight years. We volunteer together at the mental
health awareness walk every spring, and he drove my mother to her doctor appointments when
she was in treatment. He is honest and hardworking.
Sincerely,
Rosa Delgado
"""

PROBATION_CERTIFICATE = """COOK COUNTY ADULT PROBATION DEPARTMENT
Certificate of Successful Completion
This certifies that
Marvin Alexis Zelaya Cruz
has successfully completed the term of community supervision ordered by the Circuit Court of
Cook County in Cause No. 19 CR 0441802, from September 9, 2019 through September 8, 2020,
having satisfied all conditions, including payment of fines and fees.
Renata Voss-Adeyemi, Community Supervision Officer Date: 09/08/2020
"""

SCHOOL_COMPLETION = """LINCOLN ADULT EDUCATION CENTER
Certificate of Completion
This certifies that Marvin Alexis Zelaya Cruz has completed 120 hours of English as a Second
Language, Level 3, on June 5, 2024.
Director of Adult Education
"""


def test_a_psychiatrists_letter_is_medical_though_it_opens_to_whom_it_may_concern() -> None:
    d = _decide(PSYCHIATRY_LETTER)
    assert (d.type, d.equity) == ("medical_record", "medical"), d.reasons


def test_a_friends_letter_that_mentions_health_stays_a_letter_of_support() -> None:
    assert _decide(FRIENDS_LETTER).type == "letter_of_support"


def test_a_probation_departments_certificate_of_successful_completion_is_a_court_record() -> None:
    d = _decide(PROBATION_CERTIFICATE)
    assert (d.type, d.person and d.person.name, d.equity) == (
        "court_record",
        RESPONDENT,
        "rehabilitation",
    ), d.reasons


def test_a_class_completion_certificate_is_not_a_court_record() -> None:
    assert _decide(SCHOOL_COMPLETION).type != "court_record"
