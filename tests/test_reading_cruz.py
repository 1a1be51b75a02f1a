"""Whom a document is about when it never writes the whole name, as found on the tuning case
`cruz` (tests/realistic/tuning_sixth.py), without OCR: a letter that calls the respondent by a
title ("Sister María", "Mrs. Cruz") and her children by first names, and a hospital statement
that took her down under her husband's surname ("PENA, MARIA E") beside her date of birth,
and a matrícula consular in capitals, which is Spanish. Each rule is tested with a near case
that must stay silent."""

from __future__ import annotations

from packet.case import Case
from packet.classify import decide
from packet.config import load_config
from packet.text.language import read_language
from packet.text.names import find_by_title, name_tokens

CONFIG = load_config()
TITLES = CONFIG.rules.people.honorifics
MARIA, JORGE, DIEGO, CAMILA = (
    "María Elena Cruz Villalobos",
    "Jorge Luis Peña Soto",
    "Diego Alejandro Peña Cruz",
    "Camila Sofía Peña Cruz",
)
CASE = Case.model_validate(
    {
        "schema": 1,
        "respondent": {
            "a_number": "A216-904-338",
            "name": MARIA,
            "date_of_birth": "1989-01-23",
            "entered_us": "2008-03-15",
            "country": "Mexico",
        },
        "request": {"type": "dismissal"},
        "claims": {
            "children": [
                {"name": DIEGO, "date_of_birth": "2013-09-12", "status": "usc"},
                {"name": CAMILA, "date_of_birth": "2017-03-11", "status": "usc"},
            ],
            "spouse": {"name": JORGE, "status": "lpr"},
        },
    }
)


def _about(text: str) -> str | None:
    d = decide(text, "scans/x.pdf", CASE, CONFIG)
    return d.person.name if d.person else None


CHURCH = """Iglesia Bautista Nueva Esperanza
October 12, 2026
To the Honorable Immigration Judge:
It is my privilege to write on behalf of Sister María, who has been a faithful member of our
congregation since the spring of 2014. She attends worship every Sunday with her husband,
Brother Jorge, and their children Diego and Camila.
Mrs. Cruz teaches the four- and five-year-olds in our Sunday school. Our church family would
suffer a great loss without her. I ask that Mrs. Cruz be allowed to remain with her family.
In Christ,
Rev. Abimael Thornton
Senior Pastor"""


def test_a_letter_that_calls_her_sister_and_mrs_by_her_first_surname_is_about_her() -> None:
    # her children carry Cruz second: "Diego and Camila. Mrs. Cruz" is no name of theirs
    assert _about(CHURCH) == MARIA


def test_a_title_before_a_surname_the_family_shares_first_names_no_one() -> None:
    # the husband and both children are Peña first: "Mrs. Peña" cannot tell which is meant
    tokens = name_tokens("Mrs. Peña teaches in our Sunday school.")
    for person in (JORGE, DIEGO, CAMILA):
        others = [p for p in (MARIA, JORGE, DIEGO, CAMILA) if p != person]
        assert find_by_title(person, others, tokens, TITLES) == []
    assert find_by_title(MARIA, [JORGE, DIEGO, CAMILA], name_tokens("Mrs. Cruz"), TITLES)


def test_a_title_before_a_surname_ocr_misread_by_two_letters_still_names_her() -> None:
    # an advocate's photographed letter: "Ms. Buthayar" for Batbayar; three letters misread
    # ("Ms. Bulhoyar") are someone else
    name = "Oyunchimeg Batbayar"
    assert find_by_title(name, [], name_tokens("I first met Ms. Buthayar in 2025."), TITLES)
    assert not find_by_title(name, [], name_tokens("I first met Ms. Bulhoyar in 2025."), TITLES)


def test_a_first_name_ending_a_sentence_and_a_surname_opening_the_next_are_no_name() -> None:
    # "their children Diego and Camila. Mrs. Peña teaches": neither child is named here, and
    # "Mrs. Peña" could be the husband's name as well as the children's
    letter = CHURCH.replace("Sister María", "our sister").replace("Mrs. Cruz", "Mrs. Peña")
    letter = letter.replace("Brother Jorge", "a good man")
    assert _about(letter) is None


def test_a_kin_word_ending_a_sentence_does_not_title_the_next_one() -> None:
    note = "To whom it may concern:\nShe lives with her sister. Camila goes to our school.\n"
    assert _about(note) is None


HOSPITAL = """HARRISBURG GENERAL HOSPITAL PATIENT STATEMENT
Patient Financial Services - PO Box 4410, Houston, TX 77210
PENA, MARIA E Statement date: 12/17/2023
Patient Date of birth Guarantor Insurance
PENA, MARIA E 01/23/1989 PENA, MARIA E Self-pay / charity 75%
11/07/2023 Emergency dept visit level 3 $612.00"""


def test_a_statement_under_her_husbands_surname_is_hers_by_her_date_of_birth() -> None:
    assert _about(HOSPITAL) == MARIA


def test_the_given_name_and_initial_without_her_date_of_birth_is_nobody() -> None:
    assert _about(HOSPITAL.replace("01/23/1989", "04/02/1991")) is None


MATRICULA = """ESTADOS UNIDOS MEXICANOS MATRICULA CONSULAR
SECRETARIA DE RELACIONES EXTERIORES DE ALTA SEGURIDAD
NOMBRE
MARIA ELENA
APELLIDOS
CRUZ VILLALOBOS
FECHA DE NACIMIENTO
23/01/1989
LUGAR DE NACIMIENTO
LINARES, NUEVO LEON
DOMICILIO EN EL EXTERIOR
8814 BELLFORT AVENUE, APT. 208, HOUSTON, TX 77061
EXPEDICIÓN 14/05/2024 VIGENCIA 14/05/2030
CONSULADO GENERAL DE MÉXICO EN HOUSTON, TX
No. 0000019347712"""

CAPITALS_IN_ENGLISH = """CERTIFICATE OF LIVE BIRTH
NAME OF CHILD DIEGO ALEJANDRO PENA CRUZ
DATE OF BIRTH 09/12/2013  PLACE OF BIRTH HOUSTON, HARRIS COUNTY
MOTHER'S NAME MARIA ELENA CRUZ VILLALOBOS  BIRTHPLACE MEXICO
FATHER'S NAME JORGE LUIS PENA SOTO  BIRTHPLACE MEXICO
HOSPITAL SAN JACINTO METHODIST  ATTENDANT ROSA AMELIA TREVINO, CNM"""


def test_a_card_in_capitals_is_read_in_its_own_language() -> None:
    reading = read_language(MATRICULA, CONFIG.languages)
    assert (reading.code, reading.bilingual) == ("es", False)


def test_an_english_form_in_capitals_full_of_spanish_names_stays_english() -> None:
    assert read_language(CAPITALS_IN_ENGLISH, CONFIG.languages).code == "en"


def test_a_form_with_capital_labels_and_spanish_names_is_read_as_it_is() -> None:
    # Mostly capitals, but not a text in capitals: its English labels and plan, read as they
    # are, say English; lowered, its Spanish names would make it Spanish.
    record = (
        "PATIENT: ROSARIO DEL CARMEN MENDOZA DE LA CRUZ  DOB 04/02/1985\n"
        "DIAGNOSIS: ASTHMA, MILD PERSISTENT\nPlan: continue inhaler twice daily\n"
        "PROVIDER: DR. ANA LUCIA TORRES SANCHEZ"
    )
    reading = read_language(record, CONFIG.languages)
    assert (reading.code, reading.found) == ("en", "en")


def test_the_names_of_the_case_say_nothing_of_a_papers_language() -> None:
    """An English bill that writes the respondent's Spanish names is English, not a Spanish
    paper with English throughout; a Spanish letter that names her stays Spanish."""
    rosario = "Rosario del Carmen Mendoza de la Cruz"
    case = CASE.model_copy(
        update={"respondent": CASE.respondent.model_copy(update={"name": rosario})}
    )
    bill = (
        "STATEMENT OF ACCOUNT\nCUSTOMER: ROSARIO DEL CARMEN MENDOZA DE LA CRUZ\n"
        "SERVICE ADDRESS: 1420 CALLE DEL SOL, LAS CRUCES NM\n"
        "AMOUNT DUE: 84.12  DUE DATE: 03/15/2024"
    )
    assert read_language(bill, CONFIG.languages).found == "es"  # the names pull it to Spanish
    d = decide(bill, "scans/bill.jpg", case, CONFIG)
    assert d.language == "en" and not any("bilingual" in r for r in d.reasons)
    letter = (
        "A quien corresponda: conozco a la señora Rosario del Carmen Mendoza de la Cruz desde "
        "hace diez años. Es una persona honrada y trabajadora."
    )
    assert decide(letter, "scans/carta.jpg", case, CONFIG).language == "es"
