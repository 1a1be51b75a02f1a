"""Real layouts through real Tesseract: a pediatric clinic's letter with no title, an IRS wage
and income transcript that masks names, a W-2's box grid, a bilingual passport read through its
machine-readable zone, a Spanish birth certificate with its English translation (no
`documents:` entry pairs them), and Portuguese, French and Haitian Creole birth certificates.
One case, read once (OCR, classify, check), shared by every assertion."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from packet.pipeline import Options, Reading, check_case
from packet.records import Document, Finding
from tests.realistic import capture, mrz
from tests.realistic.model import Paper
from tests.realistic.paper import Sheet, card, monospace_page, mrz_lines, write_letter

DPI = 150
RESPONDENT = "Graciela Quiroz López"
CHILD = "Mateo Quiroz"

CASE = {
    "schema": 1,
    "respondent": {
        "a_number": "A201-555-777",
        "name": RESPONDENT,
        "date_of_birth": "1985-03-14",
        "entered_us": "2006-02-01",
        "country": "Mexico",
    },
    "request": {"type": "dismissal"},
    "claims": {
        "residence_since": "2006-02-01",
        "children": [
            {"name": CHILD, "date_of_birth": "2015-07-09", "status": "usc"},
            {"name": "Lucas Quiroz", "date_of_birth": "2009-04-21", "status": "other"},
            {"name": "Chloé Quiroz", "date_of_birth": "2011-10-02", "status": "other"},
            {"name": "Wilner Quiroz", "date_of_birth": "2013-01-17", "status": "other"},
        ],
        "caretaker": {"person": CHILD, "condition": "asthma"},
    },
}


def _paper(label: str, sheet: Sheet) -> Paper:
    # the truth lives in the assertions; capture only needs the pages
    return Paper(label, [sheet.image], "other", None, "other")


def clinic_letter() -> Sheet:
    return write_letter(
        (
            "Valley Pediatrics",
            ["Family Health Center - 1200 Orchard Ave, Fresno, CA 93701", "(559) 555-0142"],
            (20, 90, 140),
            "cross",
        ),
        "March 3, 2024",
        [],
        f"Re: {CHILD}, DOB 07/09/2015",
        "To whom it may concern:",
        [
            f"{CHILD} has been my patient since 2017. He was diagnosed with moderate persistent "
            "asthma and is treated with a daily controller inhaler and a rescue inhaler.",
            "His mother, Graciela Quiroz, brings him to every follow up appointment, gives his "
            "medication twice a day and knows the signs of an attack. He depends on her care.",
        ],
        "Sincerely,",
        "Ana Ruiz, MD",
        ["Attending physician"],
    )


def irs_transcript() -> Sheet:
    return monospace_page(
        [
            "This Product Contains Sensitive Taxpayer Data",
            "",
            "Wage and Income Transcript",
            "",
            "Request Date:       04-15-2024",
            "Response Date:      04-15-2024",
            "Tracking Number:    108877665544",
            "",
            "SSN Provided:       XXX-XX-4821",
            "Tax Period Requested: December, 2021",
            "",
            "Form W-2 Wage and Tax Statement",
            "Employer:",
            "Employer Identification Number (EIN):XXXXX6789",
            "SUNR PACK",
            "Employee:",
            "Employee's Social Security Number:XXX-XX-4821",
            "GRAC QUIR",
            "",
            "Submission Type:.....................Original document",
            "Wages, Tips and Other Compensation:..............$27,104.00",
            "Federal Income Tax Withheld:......................$1,802.00",
            "Social Security Wages:...........................$27,104.00",
        ]
    )


EMPLOYER = "SUNRISE PACKING LLC\nFRESNO CA"


def w2() -> Sheet:
    s = Sheet()
    s.text(0.6, 0.5, "2022", 14, "sans-bold")
    s.grid(
        0.6,
        0.8,
        7.3,
        [
            (
                0.5,
                [
                    (1, "a Employee's social security number", "XXX-XX-4821"),
                    (1, "OMB No. 1545-0008", ""),
                ],
            ),
            (
                0.5,
                [
                    (1, "b Employer identification number (EIN)", "12-3456789"),
                    (1, "1 Wages, tips, other compensation", "28410.55"),
                    (1, "2 Federal income tax withheld", "1904.12"),
                ],
            ),
            (
                0.8,
                [
                    (1, "c Employer's name, address, and ZIP code", EMPLOYER),
                    (1, "3 Social security wages", "28410.55"),
                    (1, "5 Medicare wages and tips", "28410.55"),
                ],
            ),
            (
                0.6,
                [
                    (2, "e Employee's first name and initial   Last name", "GRACIELA QUIROZ LOPEZ"),
                    (1, "16 State wages, tips, etc.", "28410.55"),
                ],
            ),
        ],
    )
    return s


def passport() -> Sheet:
    s = card(125, 88)
    s.text(0.2, 0.15, "ESTADOS UNIDOS MEXICANOS", 11, "sans-bold")
    s.text(0.2, 0.38, "PASAPORTE / PASSPORT", 9, "sans-bold")
    y = 0.65
    for label, value in [
        ("Apellidos / Surname", "QUIROZ LOPEZ"),
        ("Nombres / Given names", "GRACIELA"),
        ("Nacionalidad / Nationality", "MEXICANA"),
        ("Fecha de nacimiento / Date of birth", "14 03 1985"),
        ("Lugar de nacimiento / Place of birth", "OAXACA"),
        ("Fecha de caducidad / Date of expiry", "01 01 2030"),
    ]:
        y = s.text(1.7, y, label, 6)
        y = s.text(1.7, y, value, 8, "sans-bold") + 0.02
    zone = mrz.td3(
        kind="P",
        country="MEX",
        number="G12345678",
        surname="QUIROZ LOPEZ",
        given="GRACIELA",
        nationality="MEX",
        birth=dt.date(1985, 3, 14),
        sex="F",
        expiry=dt.date(2030, 1, 1),
    )
    mrz_lines(s, 2.75, zone, 10)
    return s


def _certificate(lines: list[str]) -> Sheet:
    s = Sheet()
    s.border()
    s.lines(0.9, 0.9, lines, 11, "serif")
    return s


ACTA = [
    "ESTADOS UNIDOS MEXICANOS",
    "ACTA DE NACIMIENTO",
    "Registro Civil del Estado de Oaxaca",
    "Nombre del registrado: Graciela Quiroz López",
    "Fecha de nacimiento: 14/03/1985",
    "Lugar de nacimiento: Oaxaca de Juárez, Oaxaca",
    "Nombre de la madre: Rosa López Méndez",
    "Nombre del padre: Andrés Quiroz Pérez",
    "Fecha de registro: 02/04/1985",
    "El oficial del registro civil certifica que los datos son fieles al libro.",
]
ACTA_ENGLISH = [
    "English translation",
    "UNITED MEXICAN STATES - BIRTH CERTIFICATE",
    "Civil Registry of the State of Oaxaca",
    "Name of the registered person: Graciela Quiroz López",
    "Date of birth: March 14, 1985",
    "Place of birth: Oaxaca de Juárez, Oaxaca",
    "Mother's name: Rosa López Méndez",
    "Father's name: Andrés Quiroz Pérez",
    "Date of registration: April 2, 1985",
    "",
    "Certificate of translation: I certify that I am competent to translate",
    "from Spanish into English and that this is a true and accurate translation.",
    "Luis Ortega, translator",
]
PORTUGUESE = [
    "REPÚBLICA FEDERATIVA DO BRASIL",
    "CERTIDÃO DE NASCIMENTO",
    "Nome do registrado: Lucas Quiroz",
    "Data de nascimento: 21/04/2009, às dez horas",
    "Local de nascimento: São Paulo, SP",
    "Filiação: Graciela Quiroz López",
    "O oficial do registro civil certifica que esta certidão",
    "reproduz fielmente o termo lavrado no livro de nascimentos.",
]
FRENCH = [
    "RÉPUBLIQUE FRANÇAISE",
    "EXTRAIT D'ACTE DE NAISSANCE",
    "Nom de l'enfant : Chloé Quiroz",
    "Date de naissance : le deux octobre deux mille onze",
    "Lieu de naissance : Lyon",
    "Mère : Graciela Quiroz López, sans profession",
    "Dressé par nous, officier de l'état civil, sur la déclaration",
    "de la mère, qui a signé avec nous après lecture.",
]
CREOLE = [
    "REPIBLIK DAYITI",
    "AK NESANS",
    "Non pitit la: Wilner Quiroz",
    "Dat nesans: disèt janvye de mil trèz",
    "Kote li fèt: Pòtoprens",
    "Manman li se Graciela Quiroz López.",
    "Nou menm ofisye eta sivil la sètifye ke papye sa a",
    "se kopi egzak sa ki ekri nan rejis la.",
]

FILES = {
    "scans/clinic_letter.jpg": clinic_letter,
    "scans/irs_wage_income.jpg": irs_transcript,
    "scans/w2_2022.jpg": w2,
    "scans/acta.jpg": lambda: _certificate(ACTA),
    "scans/acta_english.jpg": lambda: _certificate(ACTA_ENGLISH),
    "scans/certidao.jpg": lambda: _certificate(PORTUGUESE),
    "scans/acte_naissance.jpg": lambda: _certificate(FRENCH),
    "scans/ak_nesans.jpg": lambda: _certificate(CREOLE),
}


@dataclass
class ReadCase:
    reading: Reading

    @property
    def documents(self) -> dict[str, Document]:
        return {d.file: d for d in self.reading.documents}

    def findings(self, code: str) -> list[Finding]:
        return [f for f in self.reading.checked.findings if f.code == code]


@pytest.fixture(scope="module")
def read_case(tmp_path_factory: pytest.TempPathFactory, ocr_cache: Path) -> ReadCase:
    folder = tmp_path_factory.mktemp("layouts") / "case"
    (folder / "scans").mkdir(parents=True)
    (folder / "case.yaml").write_text(yaml.safe_dump(CASE, allow_unicode=True), "utf-8")
    for seed, (file, draw) in enumerate(FILES.items()):
        placed = capture.scan(_paper(file, draw()), file, seed, dpi=DPI)
        (folder / file).write_bytes(placed.files[file])
    placed = capture.card_copy(_paper("passport", passport()), "scans/passport.jpg", 99, dpi=200)
    (folder / "scans/passport.jpg").write_bytes(placed.files["scans/passport.jpg"])
    return ReadCase(check_case(folder, Options(cache_dir=ocr_cache, jobs=2)))


def _is(d: Document, type_: str, about: str | None, equity: str) -> None:
    assert (d.type, d.about, d.equity) == (type_, about, equity), (d.file, d.reasons)


def test_a_clinic_letter_proves_the_caretaker_claim(read_case: ReadCase) -> None:
    _is(read_case.documents["scans/clinic_letter.jpg"], "medical_record", CHILD, "caretaker")
    missing = [f.claim for f in read_case.findings("missing-evidence")]
    assert "caretaker" not in missing, missing


def test_a_masked_irs_transcript_proves_the_respondents_tax_year(read_case: ReadCase) -> None:
    d = read_case.documents["scans/irs_wage_income.jpg"]
    _is(d, "tax_record", RESPONDENT, "employment_and_taxes")
    assert d.fields.tax_year == 2021


def test_a_w2_box_grid_is_a_tax_record(read_case: ReadCase) -> None:
    # drawn without its "Form W-2" title line, as OCR of a photographed W-2 often loses it
    d = read_case.documents["scans/w2_2022.jpg"]
    _is(d, "tax_record", RESPONDENT, "employment_and_taxes")
    assert d.fields.tax_year == 2022


def test_a_passport_names_its_holder_through_its_zone(read_case: ReadCase) -> None:
    d = read_case.documents["scans/passport.jpg"]
    _is(d, "passport", RESPONDENT, "identity")
    assert d.fields.date_of_birth == dt.date(1985, 3, 14), d.reasons
    assert any("machine-readable zone" in r for r in d.reasons)


def test_a_bilingual_passport_is_not_untranslated(read_case: ReadCase) -> None:
    assert read_case.documents["scans/passport.jpg"].language == "en"
    assert "scans/passport.jpg" not in {f.file for f in read_case.findings("untranslated-document")}


def test_a_spanish_original_is_paired_with_its_translation(read_case: ReadCase) -> None:
    acta = read_case.documents["scans/acta.jpg"]
    assert acta.language == "es"
    assert acta.translation == "scans/acta_english.jpg", acta.reasons
    assert "scans/acta.jpg" not in {f.file for f in read_case.findings("untranslated-document")}


@pytest.mark.parametrize(
    ("file", "language", "child"),
    [
        ("scans/certidao.jpg", "pt", "Lucas Quiroz"),
        ("scans/acte_naissance.jpg", "fr", "Chloé Quiroz"),
        ("scans/ak_nesans.jpg", "ht", "Wilner Quiroz"),
    ],
)
def test_other_languages_are_untranslated(
    read_case: ReadCase, file: str, language: str, child: str
) -> None:
    d = read_case.documents[file]
    assert (d.language, d.type, d.about) == (language, "birth_certificate", child), d.reasons
    assert file in {f.file for f in read_case.findings("untranslated-document")}
