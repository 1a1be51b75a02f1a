"""Rules found by the third tuning set (tests/realistic/tuning_issuers.py), without OCR: each
with a near case that must keep its own reading. Texts are as Tesseract read those pages."""

from __future__ import annotations

import datetime as dt

import pytest

from packet.case import Case
from packet.classify import decide
from packet.config import load_config
from packet.text.dates import dates_in

CONFIG = load_config()
CASE = Case.model_validate(
    {
        "schema": 1,
        "respondent": {
            "a_number": "A215-009-331",
            "name": "Luz Marina Restrepo Cardona",
            "date_of_birth": "1983-04-02",
            "entered_us": "2014-07-30",
            "country": "Colombia",
        },
        "request": {"type": "dismissal"},
        "claims": {
            "children": [
                {
                    "name": "Valentina Ospina Restrepo",
                    "date_of_birth": "2017-10-09",
                    "status": "usc",
                }
            ],
            "spouse": {"name": "Jorge Iván Ospina Gil", "status": "lpr"},
        },
    }
)
LUZ, VALENTINA, JORGE = (
    "Luz Marina Restrepo Cardona",
    "Valentina Ospina Restrepo",
    "Jorge Iván Ospina Gil",
)


def _read(text: str) -> tuple[str, str | None, str]:
    d = decide(text, "scans/x.pdf", CASE, CONFIG)
    return d.type, d.person.name if d.person else None, d.equity


SCHOOL_LETTER = """Oliver Street School
104 Oliver Street, Newark, NJ 07105 973-555-0171
October 5, 2026
To Whom It May Concern:
This letter confirms that Valentina Ospina Restrepo, date of birth 10/09/2017, is currently
enrolled at Oliver Street School in grade 5 for the 2026-2027 school year.
She has attended our school since September 7, 2022.
Please contact the main office if you need further information.
Sincerely,
Noreen Abdullahi
Registrar
"""

TEACHER_SUPPORT = """October 5, 2026
To Whom It May Concern:
I was Valentina's teacher in the second grade and I have known the Ospina Restrepo family for five
years. Luz Marina Restrepo Cardona volunteered in our classroom every week and is a
devoted, hardworking mother and a good neighbor. I respectfully ask that she be allowed to stay.
Sincerely,
Harriet Lindqvist
"""

THERAPIST = """Camino Sano Counseling Center
2400 N. Central Ave, Suite 210, Newark, NJ 07102
October 15, 2026
Re: Luz Marina Restrepo Cardona, DOB 04/02/1983
To Whom It May Concern:
Tam a licensed clinical social worker at Camino Sano Counseling Center. Luz Marina Restrepo Cardona
has attended weekly individual therapy sessions with me since April 9, 2025.
She presents with symptoms consistent with post-traumatic stress: nightmares, hypervigilance and
panic attacks. She is engaged in treatment and has made steady progress.
Respectfully,
Yolanda Prudhomme, LCSW
Licensed Clinical Social Worker
"""

FRIEND_MENTIONS_THERAPY = """To Whom It May Concern:
I have known Luz Marina Restrepo Cardona for many years through our church. After the accident she
went to therapy and she never stopped helping others. She is an honest, hardworking person and a
member of our congregation.
Sincerely,
Olga Petrenko
"""

RHEUMATOLOGY = """Garden State Arthritis & Rheumatology
1 Riverfront Plaza, Suite 300, Newark, NJ 07102
September 24, 2026
RE: Luz Marina Restrepo Cardona DOB: 04/02/1983
To Whom It May Concern:
Ms. Restrepo Cardona has systemic lupus erythematosus with kidney involvement. She receives
mycophenolate and hydroxychloroquine and her blood counts and kidney function are checked
every month.
Stopping this treatment would risk a flare and permanent kidney damage.
Sincerely,
Farrukh Osterberg, MD
Rheumatology
"""

RENT_RECEIPT = """RECEIPT No. 3318
Date 11/01/2026
Received from Luz Marina Restrepo Cardona
the sum of 1150 and 00/100 Dollars
For rent November 2026 - 88 Elm St 2nd fl
Y Cash U Check U] Money Order
Amount $1,150.00
Received by
"""

USCIS_RECEIPT = """RECEIPT NOTICE
Receipt Number IOE0912345678  Case Type I765 - APPLICATION FOR EMPLOYMENT AUTHORIZATION
Received Date 06/02/2025  Notice Date 06/05/2025
Applicant A215009331 LUZ MARINA RESTREPO CARDONA
The above application has been received. Please notify us immediately if any of the above
information is incorrect.
"""

POLICE = """NEWARK POLICE DEPARTMENT DR $ 2025-01188734
DEPARTMENTAL REPORT
OFFENSE DATE/TIME OCCURRED
AGGRAVATED ASSAULT 03/16/2025 2140
vi NAME (LAST, FIRST MIDDLE) DOB
VICTIM RESTREPO CARDONA, LUZ MARINA 04/02/1983
SUSPECT DOE, JOHN (UNKNOWN) UNK
NARRATIVE
On the above date I responded to a call of a woman screaming. V1 stated that S1 forced his way into
the apartment and struck her. V1 gave a recorded statement and agreed to assist with prosecution.
Reporting officer: Ofc. T. Brannigan Serial 8706
"""

DISPOSITION = """NEWARK MUNICIPAL COURT
DISPOSITION REPORT
COMPLAINT NUMBER: 0714-S-2021-004417
DEFENDANT: RESTREPO CARDONA, LUZ MARINA
DATE OF BIRTH: 04/02/1983
STATUTE DESCRIPTION PLEA FINDING DISP DATE
39:4-50 DRIVING WHILE INTOXICATED GUILTY GUILTY 06/08/2021
PENALTIES:
FINE $300.00 COSTS $33.00
CERTIFIED A TRUE COPY OF THE RECORDS OF THIS COURT
Court Administrator
"""

CLASS_COMPLETED = """ESSEX COUNTY INTOXICATED DRIVER RESOURCE CENTER
Certificate of Completion
This is to certify that
Luz Marina Restrepo Cardona
has completed the 12-hour Intoxicated Driver Resource Center program
as required by the Municipal Court, on August 21, 2021.
Program Director
"""

ESL_COMPLETED = """NEWARK ADULT LEARNING CENTER
Certificate of Completion
This is to certify that
Luz Marina Restrepo Cardona
has successfully completed the English as a Second Language program, Level 3,
120 hours of instruction, on June 12, 2024.
Director
"""

REGISTRO_NACIMIENTO = """REPUBLICA DE COLOMBIA REGISTRO CIVIL
REGISTRADURIA NACIONAL DEL ESTADO CIVIL DE NACIMIENTO
Indicativo Serial 08412277
NOTARIA SEXTA DE MEDELLIN COLOMBIA -— MEDELLIN
DATOS DEL INSCRITO!
Primer Apellido ‘Segundo Apellido Nombre(s)
RESTREPO CARDONA LUZ MARINA
Fecha de nacimiento Día / Mes / Año Sexo Lugar de nacimiento
02 / 04 / 1983 FEMENINO MEDELLIN
NUIP Grupo sanguineo
1147773021 O+
DATOS DE LA MADRE
Apellidos y nombres completos Nacionalidad
CARDONA URIBE GLORIA INES COLOMBIANA
"""

REGISTRO_MATRIMONIO = """REPUBLICA DE COLOMBIA
REGISTRO CIVIL DE MATRIMONIO
REGISTRADURIA NACIONAL DEL ESTADO CIVIL
Indicativo Serial 05830162
Notaria Fecha de celebración
NOTARÍA SEXTA DE MEDELLIN 15/12/2012
DATOS DEL CONTRAYENTE
Apellidos y nombres Fecha de nacimiento
OSPINA GIL JORGE IVAN 12/12/1980
DATOS DE LA CONTRAYENTE
Apellidos y nombres Fecha de nacimiento
RESTREPO CARDONA LUZ MARINA 02/04/1983
"""

MATRIMONIO_TRANSLATED = """ENGLISH TRANSLATION
(Translated from Spanish)
REPUBLIC OF COLOMBIA - NATIONAL REGISTRY OF CIVIL STATUS
CIVIL REGISTRY OF MARRIAGE Serial 05830162
Groom: OSPINA GIL JORGE IVAN, born 12/12/1980
Bride: RESTREPO CARDONA LUZ MARINA, born 02/04/1983
I, Camila Ferreira-Boateng, certify that I am fluent in Spanish and English, and that the above is a
complete and accurate translation of the attached document.
"""

NEIGHBOUR = """Bernadette Sowinski
86 Elm Street, Newark, NJ 07105
October 19, 2026
To the Judge,
My name is Bernadette Sowinski and I live next door to Luz Marina Restrepo Cardona and her family.
We have been neighbors for 9 years. She checks on me when I am sick. She is a good person.
Please let her stay with her family.
"""


CONSULAR_ID = """REPUBLICA DE GUATEMALA
MINISTERIO DE RELACIONES EXTERIORES
TARJETA DE IDENTIFICACION CONSULAR
Consulado General de Guatemala en Newark
Nombre LUZ MARINA RESTREPO CARDONA
Fecha de nacimiento 02/04/1983
Domicilio 88 ELM ST NEWARK NJ
"""

PAY_SLIP = """FERRY STREET BAKERY LLC  212 Ferry St, Newark NJ 07105
PAY SLIP
Employee LUZ MARINA RESTREPO CARDONA
Pay period 10/12/2026 - 10/25/2026  Pay date 10/30/2026
Regular 76.50 17.25 1,319.63
Gross pay 1,319.63  Net pay 1,104.20
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SCHOOL_LETTER, ("school_record", VALENTINA, "education")),
        (TEACHER_SUPPORT, ("letter_of_support", LUZ, "community_ties")),
        (THERAPIST, ("medical_record", LUZ, "medical")),
        (FRIEND_MENTIONS_THERAPY, ("letter_of_support", LUZ, "community_ties")),
        (RHEUMATOLOGY, ("medical_record", LUZ, "medical")),
        (RENT_RECEIPT, ("residence_record", LUZ, "length_of_residence")),
        (POLICE, ("police_report", LUZ, "crime_victim")),
        (DISPOSITION, ("court_record", LUZ, "rehabilitation")),
        (CLASS_COMPLETED, ("court_record", LUZ, "rehabilitation")),
        (ESL_COMPLETED, ("diploma", LUZ, "education")),
        (REGISTRO_NACIMIENTO, ("birth_certificate", LUZ, "identity")),
        (REGISTRO_MATRIMONIO, ("marriage_certificate", JORGE, "us_family")),
        (NEIGHBOUR, ("letter_of_support", LUZ, "community_ties")),
        (CONSULAR_ID, ("identity_document", LUZ, "identity")),
        (PAY_SLIP, ("pay_record", LUZ, "employment_and_taxes")),
    ],
    ids=[
        "school's letter greeting 'to whom it may concern'",
        "a teacher's letter of support stays one",
        "therapist's letter",
        "a friend who mentions therapy stays a letter of support",
        "specialist's letter with no title",
        "receipt-book rent receipt",
        "police departmental report",
        "municipal court disposition",
        "court-ordered class completed",
        "an ESL certificate of completion stays a diploma",
        "Colombian registro civil, title split by OCR",
        "Colombian registro civil de matrimonio",
        "neighbour's letter 'To the Judge'",
        "consular identification card",
        "pay slip",
    ],
)
def test_documents_with_no_title_read_on_their_evidence(text, expected) -> None:
    assert _read(text) == expected


def test_a_uscis_receipt_notice_is_no_proof_of_residence() -> None:
    assert _read(USCIS_RECEIPT)[0] != "residence_record"


def test_an_english_rendering_of_a_marriage_record_is_its_translation() -> None:
    assert _read(MATRIMONIO_TRANSLATED)[0] == "certificate_of_translation"


def test_a_greeting_weighs_less_than_a_title() -> None:
    d = decide(NEIGHBOUR, "scans/x.pdf", CASE, CONFIG)
    kinds = {h.kind for s in d.ranked if s.type == "letter_of_support" for h in s.hits}
    assert "salutation" in kinds and "heading" not in kinds
    assert any("greets its reader 'to the judge'" in r for r in d.reasons)


def test_a_registry_dates_its_certification_in_words_of_the_month() -> None:
    text = "se extiende la presente a los 9 días del mes de mayo de 2023."
    assert dates_in(text, day_first=True) == [dt.date(2023, 5, 9)]


JOINT_RETURN = """Record of Account
TAX PERIOD: Dec. 31, 2024
TAXPAYER IDENTIFICATION NUMBER: XXX-XX-6630
SPOUSE TAXPAYER IDENTIFICATION NUMBER: XXX-XX-9102
NAME(S) SHOWN ON RETURN: {names}
FILING STATUS: Married Filing Joint
ADJUSTED GROSS INCOME: 88,120.00
"""


@pytest.mark.parametrize(
    ("names", "about"),
    [("JORG OSPI & LUZ REST", LUZ), ("LUZ REST & JORG OSPI", LUZ), ("JORG OSPI", JORGE)],
    ids=["respondent second", "respondent first", "the husband's own return"],
)
def test_a_joint_return_is_about_the_respondent_whichever_filer_she_is(names, about) -> None:
    assert _read(JOINT_RETURN.format(names=names))[:2] == ("tax_record", about)
