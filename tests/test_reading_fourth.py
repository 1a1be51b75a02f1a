"""Whom a document is about and which translation is whose, as found on the tuning case `funes`
(tests/realistic/tuning_fourth.py) and its near cases, without OCR: a spouse's medical record
that names the respondent as next of kin, a form's box captions read on the line above their
values, a congregation's letter in Portuguese, and letters paired with their translations by
the names and numbers a translator copies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from packet.case import Case
from packet.classify import classify, decide
from packet.config import load_config
from packet.records import ReadSource, Source

CONFIG = load_config()
DILCIA, ANDERSON, DAVI = (
    "Dilcia Maribel Funes Zavala",
    "Anderson Barbosa Lima",
    "Davi Barbosa Funes",
)


def _case(medical: str = ANDERSON) -> Case:
    return Case.model_validate(
        {
            "schema": 1,
            "respondent": {
                "a_number": "A209-553-118",
                "name": DILCIA,
                "date_of_birth": "1981-04-22",
            },
            "request": {"type": "dismissal"},
            "claims": {
                "children": [{"name": DAVI, "date_of_birth": "2013-09-03", "status": "usc"}],
                "medical": {"person": medical, "condition": "end-stage renal disease"},
                "community_ties": True,
            },
        }
    )


# OCR of a boxed form reads each row's captions as one line and the values as the next
DIALYSIS = """Piedmont Kidney Care - Eastland Dialysis
PATIENT TREATMENT SUMMARY
Patient name (Last, First MI) DOB MRN
BARBOSA LIMA, ANDERSON 11/05/1977 00482251
Attending nephrologist Modality
Samuel Achterberg, MD In-center hemodialysis, 3x weekly
Emergency contact 'Contact phone
FUNES ZAVALA, DILCIA (SPOUSE) (704) 555-0127
Diagnosis: N18.6 End stage renal disease
Samuel Achterberg, MD, Nephrology
Date: 10/06/2026"""


def _about(text: str, case: Case) -> str | None:
    d = decide(text, "scans/x.pdf", case, CONFIG)
    return d.person.name if d.person else None


def test_a_spouses_record_is_his_although_it_names_the_respondent_as_next_of_kin() -> None:
    """The person `claims.medical` names is someone a document can be about, and a name under
    the "Emergency contact" caption is another party's."""
    assert decide(DIALYSIS, "scans/x.pdf", _case(), CONFIG).type == "medical_record"
    assert _about(DIALYSIS, _case()) == ANDERSON


def test_a_respondents_own_record_naming_her_husband_as_contact_stays_hers() -> None:
    own = (
        DIALYSIS.replace("BARBOSA LIMA, ANDERSON", "FUNES ZAVALA, DILCIA M")
        .replace("FUNES ZAVALA, DILCIA (SPOUSE)", "BARBOSA LIMA, ANDERSON (SPOUSE)")
        .replace("11/05/1977", "04/22/1981")
    )
    assert _about(own, _case()) == DILCIA


def test_a_caption_line_is_short_a_line_of_prose_is_no_caption() -> None:
    """A name opening a line after a long line of prose that happens to begin with a label is
    not put under that label."""
    letter = (
        "To whom it may concern:\n"
        "Emergency contacts are called when patients miss treatment, and we always reach\n"
        "Dilcia Funes Zavala, who brings her son Davi to every session of his therapy.\n"
        "I have known her for years and she is a devoted mother.\nSincerely,\nKaren Whitfield"
    )
    assert _about(letter, _case()) == DILCIA


DECLARACAO = """Igreja Evangélica Assembleia de Deus Brasileira
3025 Eastway Drive, Charlotte, NC 28205
DECLARAÇÃO
Declaramos, para os devidos fins, que a irmã Dilcia Maribel Funes Zavala e seu esposo
Anderson Barbosa Lima são membros ativos desta igreja desde março de 2011.
A irmã Dilcia coordena o ministério infantil aos domingos e ajuda na distribuição de
alimentos às famílias necessitadas da nossa comunidade. É uma pessoa honesta, dedicada à
família e muito querida por todos.
Charlotte, 11 de outubro de 2026.
Pr. Josué Carvalho Nunes
Pastor Presidente"""


def test_a_congregations_declaracao_in_portuguese_is_a_letter_of_support() -> None:
    d = decide(DECLARACAO, "scans/x.pdf", _case(), CONFIG)
    assert (d.type, d.person and d.person.name, d.language) == (
        "letter_of_support",
        DILCIA,
        "pt",
    )


def test_an_employers_declaracao_in_portuguese_is_not_a_letter_of_support() -> None:
    employer = """Limpeza Total Serviços Ltda.
DECLARAÇÃO
Declaramos, para os devidos fins, que Dilcia Maribel Funes Zavala é funcionária desta
empresa desde 10 de janeiro de 2019, no cargo de auxiliar de limpeza, com salário de
US$ 17,50 por hora e jornada de 40 horas semanais.
Charlotte, 2 de outubro de 2026.
Roberto Alves, Gerente"""
    assert decide(employer, "scans/x.pdf", _case(), CONFIG).type != "letter_of_support"


CARTA = """Charlotte, Carolina del Norte, a 20 de octubre de 2026
A las autoridades de inmigración:
Conozco a Dilcia Maribel Funes Zavala desde el año 2014, cuando empezamos a trabajar juntas
en el turno de noche limpiando oficinas. Es una persona responsable y trabajadora.
Le pido respetuosamente que le permitan quedarse con su familia.
Reina Isabel Cruz Mejía
2215 Kilborne Drive, Charlotte, NC 28205
Tel. (704) 555-0172"""

CARTA_EN = """ENGLISH TRANSLATION
Charlotte, North Carolina, October 20, 2026
To the immigration authorities:
I have known Dilcia Maribel Funes Zavala since 2014, when we began working together on the
night shift cleaning offices. She is a responsible and hard-working person.
I respectfully ask that she be allowed to stay with her family.
[signed] Reina Isabel Cruz Mejía
2215 Kilborne Drive, Charlotte, NC 28205
Tel. (704) 555-0172
TRANSLATOR'S CERTIFICATION. I, Marcela Ibarra Toledo, certify that I am competent to
translate from Spanish into English and that the above is a true and accurate translation.
Marcela Ibarra Toledo, 1801 N. Tryon Street, Charlotte, NC 28206, 704-555-0151"""

DECLARACAO_EN = """ENGLISH TRANSLATION (Translated from Portuguese)
Evangelical Church Assembly of God (Brazilian)
3025 Eastway Drive, Charlotte, NC 28205
DECLARATION
We declare, for all due purposes, that sister Dilcia Maribel Funes Zavala and her husband
Anderson Barbosa Lima have been active members of this church since March 2011.
Charlotte, October 11, 2026.
[signed] Pr. Josué Carvalho Nunes, Senior Pastor
I, Marcela Ibarra Toledo, certify that I am fluent in Portuguese and English, and that the
above is a complete and accurate translation of the attached document.
Marcela Ibarra Toledo, 1801 N. Tryon Street, Charlotte, NC 28206, 704-555-0151"""


def _classified(tmp_path: Path, texts: dict[str, str]) -> dict[str, tuple[str | None, str]]:
    read = [
        ReadSource(Source(tmp_path / n, n, f"{i:064d}", "pdf", 1), tmp_path / f"{i}.pdf", (t,))
        for i, (n, t) in enumerate(texts.items())
    ]
    return {d.name: (d.translation, d.equity) for d in classify(read, _case(), CONFIG)}


def test_two_letters_about_the_respondent_pair_with_their_own_translations(tmp_path) -> None:
    """Neither letter has a title or a date of birth to pair it by, and both translations are
    about the respondent: the writer's name, address and phone number, copied unchanged into
    the translation and written by no other document, tell which is whose."""
    found = _classified(
        tmp_path,
        {
            "scans/carta.pdf": CARTA,
            "scans/declaracao.pdf": DECLARACAO,
            "scans/letter english.pdf": CARTA_EN,
            "scans/church english.pdf": DECLARACAO_EN,
        },
    )
    assert found["scans/carta.pdf"][0] == "scans/letter english.pdf"
    assert found["scans/declaracao.pdf"][0] == "scans/church english.pdf"
    assert found["scans/church english.pdf"][1] == "community_ties"


def test_a_letter_is_not_paired_with_another_letters_translation(tmp_path) -> None:
    """What both letters write (the respondent's name, the town) pairs nothing: the Spanish
    letter whose translation is missing stays untranslated."""
    found = _classified(
        tmp_path,
        {
            "scans/carta.pdf": CARTA,
            "scans/declaracao.pdf": DECLARACAO,
            "scans/church english.pdf": DECLARACAO_EN,
        },
    )
    assert found["scans/carta.pdf"][0] is None
    assert found["scans/declaracao.pdf"][0] == "scans/church english.pdf"


def test_a_record_is_dated_by_its_own_date_not_by_the_patients_birth() -> None:
    """The first date of the record is the patient's date of birth, which case.yaml does not
    give: it dates him, not the record."""
    fields = decide(DIALYSIS, "scans/x.pdf", _case(), CONFIG).fields
    assert fields.issued == dt.date(2026, 10, 6)
    assert fields.covers and fields.covers.start == dt.date(2026, 10, 6)


def test_a_record_whose_only_date_is_a_birth_date_is_still_dated_by_it() -> None:
    only = "\n".join(line for line in DIALYSIS.splitlines() if not line.startswith("Date:"))
    assert decide(only, "scans/x.pdf", _case(), CONFIG).fields.issued == dt.date(1977, 11, 5)
