"""Rules learnt from folders forwarded through a messaging app (bench/blind19/, studied once its
blind figures were written down), without OCR: an I-94 printout, a probate court's guardianship
decree, a letter scanned twice under one name, a birth record whose person OCR lost but its
translation names, and a bilingual page inside an English document. Each with a near case that
must keep its own reading. Texts are written as Tesseract reads such pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from packet.case import Case, load_case
from packet.check import untranslated
from packet.classify import decide, pair_translations
from packet.config import load_config
from packet.records import Document, ReadSource, Source
from packet.segment import find_documents
from packet.text.dates import dates_in
from tests import segment_inputs as inputs

CONFIG = load_config()
RESPONDENT = "Nadia Mercedes Paredes Solís"
CARED_FOR = "Tomás Andrés Paredes"
CASE = Case.model_validate(
    {
        "schema": 1,
        "respondent": {
            "a_number": "A214-880-613",
            "name": RESPONDENT,
            "date_of_birth": "1986-11-04",
            "entered_us": "2019-08-12",
            "country": "Ecuador",
        },
        "request": {"type": "dismissal"},
        "claims": {
            "residence_since": "2019-08-12",
            "children": [{"name": CARED_FOR, "date_of_birth": "2005-02-19", "status": "usc"}],
            "caretaker": {"person": CARED_FOR, "condition": "cerebral palsy"},
        },
    }
)


def _decide(text: str):
    return decide(text, "scans/x.jpg", CASE, CONFIG)


# --- the record of admission (Form I-94) as CBP's website prints it ------------------------

I94 = """I-94 Official Website
Get Most Recent I-94
Most Recent Date of Entry: 2019 August 12
Class of Admission: B2
Admit Until Date: 02/11/2020
Details provided on the I-94 Information form:
Last/Surname: PAREDES SOLIS
First (Given) Name: NADIA MERCEDES
Birth Date: 1986 November 04
Document Number: 339104772
Country of Citizenship: ECUADOR
A record of admission printed from the CBP website constitutes a lawful record of admission.
"""

LAWYERS_LETTER = f"""Dear Assistant Chief Counsel:
We write on behalf of {RESPONDENT}. She entered on August 12, 2019 and her I-94 record of
admission shows the class of admission B2. Her most recent date of entry is enclosed.
We respectfully ask that you join a motion to dismiss.
Sincerely,
Ana Ruiz, Esq.
"""


def test_an_i94_printout_is_an_identity_document_of_its_holder() -> None:
    d = _decide(I94)
    assert (d.type, d.person.name if d.person else None) == ("identity_document", RESPONDENT)
    assert d.equity == "identity"


def test_the_i94s_year_first_dates_are_read() -> None:
    assert _decide(I94).fields.issued.isoformat() == "2019-08-12"
    assert dt_iso(dates_in("Birth Date: 1986 November 04")) == ["1986-11-04"]
    # a year before a month-first date is not its own date's year
    assert dt_iso(dates_in("In 2012 August 14, 2013 was the hearing")) == ["2013-08-14"]
    assert dates_in("from 2019 May 2020") == []


def dt_iso(days: list) -> list[str]:
    return [d.isoformat() for d in days]


def test_a_letter_citing_the_i94_is_not_one() -> None:
    assert _decide(LAWYERS_LETTER).type != "identity_document"


# --- a probate court's guardianship of the person cared for ---------------------------------

DECREE = f"""COMMONWEALTH OF MASSACHUSETTS Docket No. HA23P0771GD
THE TRIAL COURT
PROBATE AND FAMILY COURT
DECREE AND ORDER OF APPOINTMENT OF GUARDIAN
FOR AN INCAPACITATED PERSON
In the Interests of {CARED_FOR}
After hearing, the Court finds that the Medical Certificate dated May 2, 2023 was filed and that
{CARED_FOR} is an incapacitated person as a result of a clinically diagnosed condition,
cerebral palsy, and needs treatment and care.
IT IS DECREED AND ORDERED that {RESPONDENT} is appointed Guardian of the Incapacitated Person.
Date: June 14, 2023
Justice of the Probate and Family Court
"""

NEUROLOGIST = f"""Pioneer Valley Neurology Associates
October 2, 2026
To Whom It May Concern:
I am the treating neurologist of {CARED_FOR} (date of birth 02/19/2005). He has spastic cerebral
palsy and epilepsy and needs help with every part of his care. His mother, {RESPONDENT}, is his
court-appointed guardian and his primary caregiver.
Sincerely,
Laura Chen, MD
"""


def test_a_guardianship_decree_is_a_court_record_of_the_care_claimed() -> None:
    d = _decide(DECREE)
    assert d.type == "court_record", d.reasons
    assert d.equity == "caretaker"


def test_a_doctors_letter_naming_the_guardian_stays_medical() -> None:
    d = _decide(NEUROLOGIST)
    assert (d.type, d.equity) == ("medical_record", "caretaker")


# --- a letter scanned twice under one name is a copy, not its next page ---------------------

AWARD = (
    "Social Security Administration",
    "Supplemental Security Income",
    "Notice of Award",
    "Date: August 15, 2022",
    f"FOR {inputs.CHILD.upper()}",
    f"We are writing to tell you that {inputs.CHILD} is eligible for Supplemental Security Income",
    "payments beginning June 2022. We have chosen you to receive these payments for him as his",
    "representative payee. He will receive $955.82 each month starting June 2022. We found that",
    "he became disabled under our rules on May 17, 2022 because of cerebral palsy.",
    "If you have any questions, call us toll-free at 1-800-772-1213, or visit the Social Security",
    "office at 340 Main Street, Suite 400, Worcester, MA 01608.",
)


def _read(file: str, lines: tuple[str, ...]) -> ReadSource:
    source = Source(Path(file), file, f"sha-{file}", "image", 1)
    return ReadSource(source, Path(file), ("\n".join(lines),))


def _found(tmp_path: Path, read: list[ReadSource]) -> list[list[str]]:
    (tmp_path / "case.yaml").write_text(inputs.CASE_YAML, "utf-8")
    case = load_case(tmp_path, CONFIG)
    return [[p.file for p in cut.pieces] for cut in find_documents(read, case, CONFIG)]


def test_a_letter_scanned_twice_under_one_name_is_two_copies(tmp_path: Path) -> None:
    rescanned = (*AWARD[:-1], "office at 340 Main Street, Suite 400, Worcester, MA 01603.")
    read = [
        _read("scans/SSI award letter.jpg", AWARD),
        _read("scans/SSI award letter (2).jpg", rescanned),
    ]
    assert _found(tmp_path, read) == [
        ["scans/SSI award letter.jpg"],
        ["scans/SSI award letter (2).jpg"],
    ]


def test_its_real_second_page_still_joins(tmp_path: Path) -> None:
    # the same letter's second page, with the footer of the first: a later page
    second = (
        "Things To Remember",
        "As representative payee you must use the payments for his current needs and keep",
        "records of how you spend them.",
        "office at 340 Main Street, Suite 400, Worcester, MA 01608.",
    )
    read = [
        _read("scans/SSI award letter.jpg", AWARD),
        _read("scans/SSI award letter (2).jpg", second),
    ]
    assert _found(tmp_path, read) == [
        ["scans/SSI award letter.jpg", "scans/SSI award letter (2).jpg"]
    ]


# --- a birth record whose person OCR lost, and its translation ------------------------------

PARTIDA = """REPUBLICA DEL ECUADOR
DIRECCION GENERAL DE REGISTRO CIVIL
PARTIDA DE NACIMIENTO
mer gear Ov! Uri ORRICK eye e Maga
te Maser a te sion a AN om nacido en la parroquia
Nene ae masts nets co. came sama fecha de inscripcion
"""

TRANSLATION = f"""TRANSLATION FROM SPANISH
REPUBLIC OF ECUADOR
GENERAL DIRECTORATE OF CIVIL REGISTRY
BIRTH CERTIFICATE
Name of registered person: {RESPONDENT.upper()}
Date of birth: NOVEMBER 4, 1986
Place of birth: CUENCA, AZUAY
CERTIFICATE OF TRANSLATION
I, Reina Cárcamo, certify that I am competent to translate from Spanish into English, and that
the attached English translation of the birth certificate of {RESPONDENT} is a complete and
accurate translation of the original document.
"""


def _document(file: str, text: str) -> Document:
    d = decide(text, file, CASE, CONFIG)
    return Document(
        file=file,
        sha256=file,
        pdf=Path("unused.pdf"),
        page_texts=tuple(text.split("\f")),
        type=d.type,
        equity=d.equity,
        about=d.person.name if d.person else None,
        about_claim=None,
        language=d.language,
        confidence=d.confidence,
        reasons=d.reasons,
        fields=d.fields,
    )


def test_a_record_whose_person_ocr_lost_is_whom_its_translation_names() -> None:
    original = _document("scans/WhatsApp Image 1.jpeg", PARTIDA)
    english = _document("scans/translation.pdf", TRANSLATION)
    assert (original.type, original.about, original.language) == ("birth_certificate", None, "es")
    paired = {d.file: d for d in pair_translations([original, english], CASE, CONFIG)}
    record = paired["scans/WhatsApp Image 1.jpeg"]
    assert record.translation == "scans/translation.pdf"
    assert (record.type, record.about, record.equity) == (
        "birth_certificate",
        RESPONDENT,
        "identity",
    ), record.reasons
    assert any("its person read from its translation" in r for r in record.reasons)
    assert paired["scans/translation.pdf"].equity == "identity"


def test_a_certificate_naming_another_kind_does_not_take_the_record() -> None:
    original = _document("scans/WhatsApp Image 1.jpeg", PARTIDA)
    of_a_diploma = TRANSLATION.replace("BIRTH CERTIFICATE", "BACHILLER DIPLOMA").replace(
        "the birth certificate of", "the high school diploma of"
    )
    english = dataclasses.replace(
        _document("scans/translation.pdf", of_a_diploma), type="certificate_of_translation"
    )
    paired = {d.file: d for d in pair_translations([original, english], CASE, CONFIG)}
    assert paired["scans/WhatsApp Image 1.jpeg"].translation is None


# --- a bilingual page inside an English document -------------------------------------------

ENROLLMENT = f"""Gulf Coast Community Head Start
ENROLLMENT CONFIRMATION
CONFIRMACION DE INSCRIPCION
Child's name / Nombre del niño(a): {CARED_FOR.upper()}
Dear {RESPONDENT}: We are happy to confirm that your child is enrolled in our Head Start
program for the 2025-2026 school year. Please bring the immunization record, a change of
clothes and a photo of the family on the first day.
Estimada señora: Con gusto confirmamos que su hijo está inscrito en nuestro programa Head
Start para el año escolar 2025-2026. Por favor traiga el registro de vacunas, una muda de ropa
y una foto de la familia el primer día.
Family Services Advocate / Defensora de Servicios Familiares: Araceli Benavides
\fGulf Coast Community Head Start
FAMILY PARTNERSHIP AGREEMENT
I will bring my child to school every day and on time. I will call the center when my child is
absent. I will attend at least two parent-teacher conferences. I give permission for health and
developmental screenings.
Parent signature Date
"""

SPANISH_ATTACHMENT = """Estimada señora: Con gusto confirmamos que su hijo está inscrito en nuestro
programa para el año escolar. Por favor traiga el registro de vacunas, una muda de ropa y una
foto de la familia el primer día. Le pedimos que llame al centro cuando su hijo falte y que asista
por lo menos a dos conferencias con la maestra durante el año escolar.
"""


def test_a_bilingual_page_of_an_english_document_needs_no_translation() -> None:
    enrollment = _document("scans/head start.pdf", ENROLLMENT)
    assert enrollment.language == "en"
    assert list(untranslated(CASE, [enrollment], CONFIG)) == []


def test_a_page_only_in_spanish_still_does() -> None:
    english, _ = ENROLLMENT.split("\f")
    attached = _document(
        "scans/head start.pdf", ENROLLMENT.split("\f")[1] + "\f" + SPANISH_ATTACHMENT
    )
    assert english and attached.language == "en"
    found = list(untranslated(CASE, [attached], CONFIG))
    assert [code for code, *_ in found] == ["untranslated-document"]
