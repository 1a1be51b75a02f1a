"""Rules learnt from small-town folders (bench/blind20/, studied once its blind figures were
written down), without OCR: letters that mention a diploma or a tax form, a school's academic
record, New York's certificate of relief from disabilities, a WIC certification copied after a
birth certificate, and a photo's "ei" read as "en" in a name. Each with a near case that must
keep its own reading. Texts are written as Tesseract reads such pages."""

from __future__ import annotations

from pathlib import Path

from packet.case import Case, load_case
from packet.classify import decide
from packet.config import load_config
from packet.records import ReadSource, Source
from packet.segment import find_documents
from packet.text.names import spelled_otherwise
from tests import segment_inputs as inputs

CONFIG = load_config()
RESPONDENT = "Edwin Rolando Ajpop Tzul"
CASE = Case.model_validate(
    {
        "schema": 1,
        "respondent": {
            "a_number": "A219-604-118",
            "name": RESPONDENT,
            "date_of_birth": "2005-03-02",
            "entered_us": "2021-05-18",
            "country": "Guatemala",
        },
        "request": {"type": "dismissal"},
        "claims": {"residence_since": "2021-05-18", "education": True, "community_ties": True},
    }
)


def _decide(text: str):
    return decide(text, "scans/x.jpg", CASE, CONFIG)


FOSTER_LETTER = f"""St. Gerard Family Services
Unaccompanied Refugee and Immigrant Minors Foster Care
September 10, 2026
To whom it may concern:
{RESPONDENT} came into our foster care program on June 2, 2021 and lived with one of our
licensed foster families until he aged out of care. In nearly three years with us he learned
English, finished his high school equivalency diploma and held a job at a warehouse.
We support his request without reservation.
Sincerely,
Angela Mwangi, LCSW
Program Director
"""

DIPLOMA = f"""Commonwealth of Kentucky
High School Equivalency Diploma
This certifies that
{RESPONDENT}
has successfully completed the GED test and is awarded this diploma
Given this June 19, 2024
Commissioner, Kentucky Adult Education
"""


def test_a_letter_that_mentions_his_diploma_is_a_letter() -> None:
    assert _decide(FOSTER_LETTER).type == "letter_of_support"
    assert _decide(DIPLOMA).type == "diploma"


EMPLOYERS_LETTER = f"""Golden Harbor Restaurant
136-20 Roosevelt Ave, Flushing, NY 11354
Tel 718-555-0164
October 30, 2026
Department of Homeland Security
Office of the Principal Legal Advisor
Dear Sir or Madam:
I am the owner of Golden Harbor Restaurant. {RESPONDENT} has worked in our kitchen as a cook
since March 2014. He works six days a week and trains the younger cooks. Since 2021 we have paid
him as an independent contractor and reported his pay to the IRS on Form 1099-NEC.
He is honest and reliable. I ask you to let him stay with us.
Owner
"""

FORM_1099 = f"""PAYER'S name, street address, city or town
Golden Harbor Restaurant
RECIPIENT'S name
{RESPONDENT}
Form 1099-NEC Nonemployee Compensation
1 Nonemployee compensation $31,200.00
Department of the Treasury - Internal Revenue Service
"""


def test_an_employers_letter_naming_the_1099_is_an_employment_letter() -> None:
    assert _decide(EMPLOYERS_LETTER).type == "employment_letter"
    assert _decide(FORM_1099).type == "tax_record"


def test_a_schools_academic_record_is_a_school_record() -> None:
    record = """Jefferson County Public Schools
Iroquois High School - 4615 Taylor Blvd, Louisville, KY 40215
STUDENT ACADEMIC RECORD (UNOFFICIAL)
Student: AJPOP TZUL, EDWIN ROLANDO  ID: 2210481
DOB: 03/02/2005 Entry: 08/11/2021 Withdrawn: 05/24/2023
2021-22 ESL English B 1.0
2021-22 Algebra C+ 1.0
"""
    assert _decide(record).type == "school_record"


def test_a_certificate_of_relief_from_disabilities_is_a_court_record() -> None:
    relief = f"""CERTIFICATE OF RELIEF FROM DISABILITIES
Issued by the Court (Correction Law, Article 23)
{RESPONDENT.upper()}
Criminal Court, Queens County
PL 155.25 Petit Larceny (A misd.)
This certificate is issued to the holder to grant relief from all disabilities and bars to
employment that are imposed by law by reason of the conviction of the crime specified above.
"""
    d = _decide(relief)
    assert (d.type, d.equity) == ("court_record", "rehabilitation")


BIRTH = (
    "STATE OF WASHINGTON",
    "DEPARTMENT OF HEALTH - CENTER FOR HEALTH STATISTICS",
    "CERTIFICATION OF BIRTH",
    "CHILD'S NAME (FIRST, MIDDLE, LAST)",
    inputs.CHILD.upper(),
    "DATE OF BIRTH 05/09/2023",
    "State Registrar of Vital Statistics",
)
WIC = (
    "Washington WIC Nutrition Program",
    "Yakima Neighborhood Health Services - WIC Clinic",
    "WIC CERTIFICATION / CERTIFICACION DE WIC",
    f"Participant / Participante {inputs.CHILD.upper()} 05/09/2023",
    "Height 35.4 in Weight 29 lb Hemoglobin 11.8 g/dL",
    "Your child is eligible for WIC benefits until the date above.",
)


def test_a_wic_certification_after_a_birth_certificate_is_a_document_of_its_own(
    tmp_path: Path,
) -> None:
    assert _decide("\n".join(WIC)).type == "medical_record"
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML, "utf-8")
    case = load_case(tmp_path, CONFIG)
    source = Source(Path("scans/scan0001.pdf"), "scans/scan0001.pdf", "sha", "pdf", 2)
    read = ReadSource(source, Path("scan0001.pdf"), ("\n".join(BIRTH), "\n".join(WIC)))
    cuts = find_documents([read], case, CONFIG)
    assert [(p.first, p.last) for cut in cuts for p in cut.pieces] == [(1, 1), (2, 2)]


def test_a_photos_ei_read_as_en_is_no_other_spelling() -> None:
    name = "Mireille Ngo Nlend"
    assert spelled_otherwise(name, "Prénoms de l'enfant : MIRENLLE  Nom : NGO NLEND") == []
    assert spelled_otherwise(name, "Prénoms de l'enfant : MIREYLLE  Nom : NGO NLEND") != []


NYC_BIRTH = """THE CITY OF NEW YORK
DEPARTMENT OF HEALTH AND MENTAL HYGIENE
BUREAU OF VITAL STATISTICS
Certificate No. 156-2015-041127
7 Fa mA ao
EDWIN ROLANDO AJPOP TZUL
FEMALE 06/20/2015 08:42 AM
This is to certify that the foregoing is true copy of a record on file in the Department of
Health and Mental Hygiene.
Date issued: 01/16/2024
City Registrar
"""


def test_a_city_birth_record_whose_title_ocr_lost_is_a_birth_certificate() -> None:
    """From the tuning corpus: the title under the bureau's name was read as noise."""
    assert _decide(NYC_BIRTH).type == "birth_certificate"
    death = NYC_BIRTH.replace("FEMALE 06/20/2015", "Name of decedent: Date of death: 01/02/2020")
    assert _decide(death).type != "birth_certificate"
