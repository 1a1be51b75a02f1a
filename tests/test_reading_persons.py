"""Whom a document is about, and short documents typed, as found on the tuning case `hernandez`
(tests/realistic/tuning_persons.py) and its near cases, without OCR. Each rule is tested with
a near case that must keep its reading, or stay silent."""

from __future__ import annotations

import pytest

from packet.case import Case
from packet.classify import decide
from packet.config import load_config

CONFIG = load_config()
ROSA, SOFIA, MATEO, LUIS = (
    "Rosa Delia Hernández Márquez",
    "Sofía Torres Hernández",
    "Mateo Torres Hernández",
    "Luis Alberto Torres Cano",
)


def _case(children: list[dict[str, str]] | None = None) -> Case:
    return Case.model_validate(
        {
            "schema": 1,
            "respondent": {
                "a_number": "A218-441-907",
                "name": ROSA,
                "date_of_birth": "1987-03-22",
                "entered_us": "2011-04-02",
                "country": "Mexico",
            },
            "request": {"type": "dismissal"},
            "claims": {
                "children": children
                or [
                    {"name": SOFIA, "date_of_birth": "2012-08-14", "status": "usc"},
                    {"name": MATEO, "date_of_birth": "2016-01-05", "status": "usc"},
                ],
                "spouse": {"name": LUIS, "status": "usc"},
            },
        }
    )


CASE = _case()


def _read(text: str, case: Case = CASE) -> tuple[str, str | None]:
    d = decide(text, "scans/x.pdf", case, CONFIG)
    return d.type, d.person.name if d.person else None


TEACHER = """To the Honorable Immigration Judge,
I am Sofia Torres's fifth grade teacher at Bret Harte Middle School. I have known her mother,
Rosa Hernandez, for six years. Rosa volunteers in our classroom every week and is a devoted
mother. I respectfully ask that she be allowed to stay with her family.
Sincerely,
Karen Whitfield"""

BIRTH_MOTHER_FIRST = """CERTIFICATE OF LIVE BIRTH
MOTHER: ROSA DELIA HERNANDEZ MARQUEZ
FATHER: LUIS ALBERTO TORRES CANO
CHILD: MATEO TORRES HERNANDEZ
DATE OF BIRTH: 01/05/2016
STATE FILE NUMBER 2016-0011874"""

PATIENT_GIVEN_ONLY = """Fruitvale Children's Clinic
Patient: Sofia   DOB: 08/14/2012
Parent/Guardian: Rosa Hernandez
Diagnosis: severe persistent asthma
She is seen in our clinic every three months and uses her inhaler every day.
Miriam Castellanos, MD"""

PAY_STUB = """Bayside Linen Services Inc.
2200 Adeline Street, Oakland, CA 94607
EARNINGS STATEMENT
Employee: HERNANDEZ MARQUEZ, ROSA D
Pay period: 10/01/2025 - 10/15/2025    Pay date: 10/15/2025
Regular 80.00 19.50 1,560.00
Net pay 1,279.20"""


def test_a_letter_that_names_its_subject_as_someones_mother_is_about_her() -> None:
    # in a letter, "her mother, Rosa" says how the writer knows her, not that she is another
    # party; the daughter named first does not take the letter
    assert _read(TEACHER) == ("letter_of_support", ROSA)


def test_on_a_form_the_mother_box_is_still_another_party() -> None:
    assert _read(BIRTH_MOTHER_FIRST) == ("birth_certificate", MATEO)


def test_a_patient_written_by_the_given_name_alone_beside_the_date_of_birth() -> None:
    assert _read(PATIENT_GIVEN_ONLY) == ("medical_record", SOFIA)
    # without the date of birth the given name alone is nobody's
    no_date = PATIENT_GIVEN_ONLY.replace("DOB: 08/14/2012", "DOB: on file")
    assert _read(no_date) == ("medical_record", None)
    # nor when another person of the case has that given name
    twins = _case(
        [
            {"name": SOFIA, "date_of_birth": "2012-08-14", "status": "usc"},
            {"name": "Sofía Elena Torres Ruiz", "date_of_birth": "2010-02-01", "status": "usc"},
        ]
    )
    assert _read(PATIENT_GIVEN_ONLY, twins) == ("medical_record", None)


def test_a_pay_stub_naming_the_employee_last_name_first_with_an_initial() -> None:
    assert _read(PAY_STUB) == ("pay_record", ROSA)


LEASE_JOINT = """RESIDENTIAL LEASE AGREEMENT
Landlord: Walter Ostrowski
Tenants: Luis A. Torres and Rosa D. Hernandez
Premises: 88 Palm Street, Apt. 3, Oakland CA
Term: 12 months commencing March 1, 2019
Monthly rent $1,150.00"""

PARENTS_JOINT = """CERTIFICATE OF LIVE BIRTH
PARENTS: LUIS ALBERTO TORRES CANO AND ROSA DELIA HERNANDEZ MARQUEZ
DATE OF BIRTH: 01/05/2016
NAME: MATEO TORRES HERNANDEZ"""

HOSPITAL_STATEMENT = """Highland Hospital
PATIENT STATEMENT
Guarantor: ROSA HERNANDEZ
88 PALM ST APT 3 OAKLAND CA 94606
Patient: MATEO TORRES  Account 77120
Date of service 03/14/2025 Emergency department visit
Amount due $125.00"""


def test_two_names_joined_after_one_label_share_it() -> None:
    # both spouses are tenants: the type's preferred person, the respondent, holds the lease
    assert _read(LEASE_JOINT) == ("residence_record", ROSA)
    # only the husband after the label: his lease, the respondent named elsewhere
    husband = LEASE_JOINT.replace(
        "Tenants: Luis A. Torres and Rosa D. Hernandez",
        "Tenant: Luis A. Torres\nOccupants listed: Rosa D. Hernandez",
    )
    assert _read(husband) == ("residence_record", LUIS)
    # both parents after "Parents" are other parties: the child is the subject
    assert _read(PARENTS_JOINT) == ("birth_certificate", MATEO)


def test_a_hospital_statement_is_about_the_patient_not_the_guarantor() -> None:
    assert _read(HOSPITAL_STATEMENT) == ("medical_record", MATEO)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "RECEIPT  No. 0412\nDate 03/01/2025\nReceived from Rosa Hernandez $1,150.00 for "
            "March rent, 88 Palm St Apt 3.\nW. Ostrowski",
            "residence_record",
        ),
        (
            "Bret Harte Middle School\nCertificate of Attendance\nThis certifies that Sofia "
            "Torres had perfect attendance for the 2024-2025 school year.\nPrincipal",
            "school_record",
        ),
        (
            "Garfield Elementary School\nJune 12, 2025\nTo whom it may concern:\nMateo Torres "
            "was enrolled at Garfield Elementary School from August 14, 2024 to June 11, 2025.\n"
            "Office Manager",
            "school_record",
        ),
        (
            "Family Resource Center of Alameda County\nCertificate of Completion\nThis certifies "
            "that Rosa Hernandez has completed the 10-week Nurturing Parenting Program.\n"
            "March 3, 2024\nFacilitator",
            "diploma",
        ),
        (
            "American Heart Association\nHeartsaver CPR AED\nCourse Completion Card\nRosa "
            "Hernandez\nIssue date 05/2024\nTraining Center: Oakland Fire Department",
            "diploma",
        ),
        (
            "Immunization Record\nPatient: Mateo Torres  DOB 01/05/2016\nDTaP 03/05/2016 "
            "05/06/2016 07/07/2016\nMMR 01/10/2017",
            "medical_record",
        ),
        (
            "Patelco Credit Union\nStatement Period 09/01/2025 - 09/30/2025\nROSA D HERNANDEZ\n"
            "88 PALM ST APT 3 OAKLAND CA 94606\nBeginning balance 1,204.55 Ending balance 988.10",
            "residence_record",
        ),
        (
            "Alameda County Community Food Bank\nCertificate of Appreciation\npresented to Rosa "
            "Hernandez for 120 hours of volunteer service in 2024",
            "letter_of_support",
        ),
        # a court-ordered class stays the court's record, however its certificate is worded
        (
            "ALAMEDA COUNTY DRINKING DRIVER PROGRAM\nCertificate of Completion\nRosa Hernandez "
            "has completed the 12-hour first offender program as required by the court\n"
            "Superior Court case number 24-CR-01182\nJune 2, 2024",
            "court_record",
        ),
        # what nobody could type stays `other`
        ("Rosa Hernandez\n88 Palm St Apt 3\nOakland CA 94606", "other"),
        (
            "KNOW YOUR RIGHTS\nYou have the right to remain silent. Do not open the door.\n"
            "Call 510-555-0100",
            "other",
        ),
        (
            "MoneyGram\nPay to Walter Ostrowski\nAmount $1,150.00\nPurchaser Rosa Hernandez\n"
            "03/01/2025",
            "other",
        ),
    ],
    ids=[
        "one-line rent receipt",
        "certificate of attendance",
        "school's attendance letter",
        "certificate of completion of a parenting class",
        "CPR course completion card",
        "immunization record",
        "bank statement",
        "certificate of appreciation for volunteer service",
        "court-ordered class completed",
        "an envelope's address stays other",
        "a flyer stays other",
        "a money order stays other",
    ],
)
def test_short_clear_documents_are_typed(text: str, expected: str) -> None:
    assert _read(text)[0] == expected
