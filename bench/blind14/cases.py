# ruff: noqa: E501  (the documents' own wording, kept one phrase a line)
"""The fourteenth blind corpus: four invented families whose folders the clients photographed
themselves in a hurry (phone photos in dim kitchen light at a strong angle, a thumb, a fold,
low JPEG quality, a HEIC, passports in a landscape frame a quarter or half turn off, papers
photographed page by page under the camera's own counter names, payroll and bank app
screenshots saved as PNG, a WhatsApp-forwarded copy) and copier PDFs of whatever lay on the
table; a case.yaml whose claims the documents bear out, and the truth it is scored against.
Written from plain descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind14.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind14 import documents as doc
from tests.realistic import capture
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    Placed,
    drawn,
    write_from_command_line,
    write_plans,
)
from tests.realistic.paper import Sheet, write_letter

D = dt.date

# Every paper is dated on or before this day and the claimed residence is covered up to it.
# After late 2027 the newest evidence is more than a year old; move the dates on then.
AS_OF = D(2026, 11, 30)


def _rep(
    name: str,
    org: str,
    address: list[str],
    phone: str,
    email: str,
    eoir: str,
    bar: str,
    bar_no: str,
) -> dict[str, Any]:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
        "bar": bar,
        "bar_no": bar_no,
    }


def _case_rep(rep: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rep.items() if k not in ("bar", "bar_no")}


def _passport(label: str, person: Person, language: Any, seed: int, **kw: Any) -> Paper:
    sheets, zone = doc.passport(person=person, seed=seed, **kw)
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


def _record(paper: Paper, file: str, **where: Any) -> dict[str, Any]:
    return {"file": file, **where, "source_pages": len(paper.pages), **paper.truth()}


def screenshot(paper: Paper, file: str) -> Placed:
    """A phone's screenshot, saved as the phone saves it: a PNG at the screen's pixels."""
    buf = io.BytesIO()
    paper.pages[0].save(buf, "PNG")
    return Placed({file: buf.getvalue()}, [_record(paper, file)])


def photographed_twice(paper: Paper, files: tuple[str, str], seed: int, **kw: Any) -> Placed:
    """The same one-page paper photographed twice a minute apart (a second try at a sharper
    shot): two photos of one paper, the second a duplicate of the first."""
    first = capture.desk(paper, files[0], seed, **kw)
    second = capture.desk(paper, files[1], seed + 50, **kw)
    records = [*first.documents, {**second.documents[0], "duplicate_of": files[0]}]
    return Placed({**first.files, **second.files}, records, {**first.photos, **second.photos})


def _letter(
    head: tuple,
    date_line: str,
    body: list[str],
    signer: str,
    lines: list[str],
    *,
    recipient: list[str] | None = None,
    re_line: str | None = None,
    salutation: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    fold: int = 0,
    seed: int = 0,
    face: str = "serif",
) -> list[Sheet]:
    s = write_letter(
        head,
        date_line,
        recipient or [],
        re_line,
        salutation,
        body,
        closing,
        signer,
        lines,
        face=face,
    )
    return [doc.folded(s, fold, seed) if fold else s]


# ---------------------------------------------------------------- 1. Anchorage, Alaska


def houngbedji() -> CasePlan:
    """A Beninese mother in Anchorage in treatment for breast cancer: a passport a quarter turn
    off, a Porto-Novo acte de naissance folded on the kitchen table, its translation in a copier
    stack with the oncologist's letter and a pharmacy printout, an Alaska birth certificate, a
    two-page discharge summary photographed page by page, a payroll app's screenshot, a W-2 as
    HEIC, a school's volunteer letter, the employer's letter and the G-28 in another stack."""
    afiavi = Person("Afiavi Rosine", "Houngbédji", D(1985, 7, 22), "F", "Porto-Novo")
    mathis = Person("Mathis Sèna", "Adjovi", D(2017, 3, 8), "M", "Anchorage")
    father = "Koffi Élie Adjovi"
    street, city = "4418 Reka Drive, Apt. 6", "Anchorage, AK 99508"
    a_number = "218-604-377"
    rep = _rep(
        "Hannah Okpik-Sorensen",
        "Northern Lights Immigrant Justice Project",
        ["1057 W. Fireweed Lane, Suite 204", "Anchorage, AK 99503"],
        "907-555-0119",
        "hokpik@nlijp.example",
        "AK604213",
        "Alaska Bar Association",
        "1711042",
    )
    seed = 14100
    oncologist = "Katherine A. Oyelaran, MD"
    surgeon = "Erik J. Halvorsen, MD"

    acte = doc.benin_acte(
        person=afiavi,
        number="1427",
        father="HOUNGBEDJI Codjo Mathieu",
        mother="AGBODJAN Rachelle Dossi",
        words="vingt-deux juillet",
        drawn_up="vingt-cinq juillet mil neuf cent quatre-vingt-cinq",
        delivered=D(2014, 6, 3),
        seed=seed,
    )
    doc.folded(acte[0], 2, seed)
    translation = doc.translation_pages(
        title="REPUBLIC OF BENIN - BIRTH CERTIFICATE No. 1427",
        source_language="French",
        paragraphs=[
            "REPUBLIC OF BENIN. Fraternity - Justice - Labor. Department of Oueme, Commune of "
            "Porto-Novo, 2nd District, Principal Civil Registry Center. Register: 1985.",
            "BIRTH CERTIFICATE No. 1427. [Margin:] No. 1427, BIRTH of HOUNGBEDJI Afiavi Rosine, "
            "Sex: F.",
            "In the year nineteen hundred eighty-five, on the twenty-second of July, at six thirty "
            "in the morning, was born at the Maternity Ward of the Porto-Novo Hospital "
            "HOUNGBEDJI Afiavi Rosine, of female sex, daughter of HOUNGBEDJI Codjo Mathieu, "
            "trader, domiciled in Porto-Novo, Ouando quarter, and of AGBODJAN Rachelle Dossi, "
            "homemaker, domiciled at the same place.",
            "Drawn up on the twenty-fifth of July nineteen hundred eighty-five on the declaration "
            "of the father, who signed with Us, Civil Registrar, after reading. [Signatures: the "
            "Declarant; the Civil Registrar, Dossou.]",
            "CERTIFIED TRUE COPY OF THE REGISTER. Porto-Novo, June 3, 2014. The District Chief "
            "[signature: Agossou]. [Stamp: Porto-Novo City Hall, Civil Registry.] [Revenue stamp: "
            "500 F CFA.]",
        ],
        certificate=[
            "I, Étienne Sossa Kpadonou, certify that I am fluent in French and English and "
            "competent to translate from French into English, and that the attached English "
            "translation of the birth certificate (Acte de naissance No. 1427, Porto-Novo) of "
            "Afiavi Rosine Houngbédji is complete and accurate to the best of my knowledge and "
            "ability.",
        ],
        translator="Étienne Sossa Kpadonou",
        translator_lines=["2600 Denali Street, Apt. 11", "Anchorage, AK 99503", "(907) 555-0182"],
        signed=D(2026, 11, 2),
    )
    onc_letter = _letter(
        (
            "Chugach Cancer Care",
            [
                "Medical Oncology & Hematology  |  3851 Piper Street, Suite 300",
                "Anchorage, Alaska 99508  |  (907) 555-0176  |  Fax (907) 555-0177",
            ],
            (90, 30, 110),
            "leaf",
        ),
        "November 18, 2026",
        [
            "I am the medical oncologist treating Ms. Afiavi Houngbédji (date of birth 07/22/1985). "
            "She was diagnosed in August 2026 with invasive ductal carcinoma of the left breast, "
            "stage IIA, hormone-receptor positive. She underwent a partial mastectomy with sentinel "
            "node biopsy on September 8, 2026 at Cook Inlet Medical Center.",
            "Because her tumor's genomic score places her at high risk of recurrence, she began "
            "adjuvant chemotherapy on September 30, 2026: four cycles of doxorubicin and "
            "cyclophosphamide every two weeks, to be followed by twelve weekly doses of paclitaxel, "
            "then six weeks of daily radiation and at least five years of endocrine therapy with "
            "regular surveillance imaging. She has tolerated treatment with expected side effects "
            "(fatigue, nausea, low blood counts) and has not missed an appointment.",
            "Interrupting this plan now would substantially raise her risk that the cancer returns "
            "and spreads. The combination of chemotherapy, radiation and close monitoring she "
            "needs over the next year is not something I could expect her to obtain reliably in "
            "her country of origin. I would be glad to speak with anyone reviewing her case.",
        ],
        oncologist,
        ["Medical Oncology, Chugach Cancer Care", "Alaska Medical License No. MEDS 6120"],
        re_line="Re: Afiavi R. Houngbédji, DOB 07/22/1985",
    )
    pharmacy = doc.pharmacy_profile(
        patient=afiavi,
        address=[street, city],
        printed=dt.datetime(2026, 11, 21, 10, 14),
        prescriber=surgeon,
    )
    placed = [
        capture.card_photo(
            _passport(
                "benin_passport",
                afiavi,
                ["fr", "en"],
                seed + 1,
                heading=["RÉPUBLIQUE DU BÉNIN / REPUBLIC OF BENIN", "PASSEPORT / PASSPORT"],
                country="BEN",
                code="BEN",
                number="B03318472",
                issued=D(2022, 3, 14),
                expiry=D(2027, 3, 13),
                authority="DEI COTONOU",
                nationality="BENINOISE",
                date_language="fr",
                labels=[
                    "Type",
                    "Code",
                    "N° du passeport / Passport No.",
                    "Nom / Surname",
                    "Prénoms / Given names",
                    "Nationalité / Nationality",
                    "Date de naissance / Date of birth",
                    "Sexe / Sex",
                    "Lieu de naissance / Place of birth",
                    "Date de délivrance / Date of issue",
                    "Date d'expiration / Date of expiry",
                    "Autorité / Authority",
                ],
                tint=((232, 236, 226), (216, 226, 210)),
            ),
            "scans/IMG_4410.jpg",
            seed + 2,
            turn=90,
        ),
        capture.desk(
            drawn("benin_acte_naissance", acte, "birth_certificate", afiavi, "identity", "fr"),
            "scans/IMG_4411.jpg",
            seed + 3,
            tilt=0.1,
        ),
        capture.desk(
            drawn(
                "alaska_birth",
                doc.alaska_birth(
                    child=mathis,
                    mother=afiavi,
                    father=father,
                    file_no="142-2017-004871",
                    hospital="Alaska Regional Family Birth Center",
                    filed=D(2017, 3, 16),
                    issued=D(2024, 1, 9),
                    seed=seed + 4,
                ),
                "birth_certificate",
                mathis,
                "us_family",
            ),
            "scans/IMG_4415.jpg",
            seed + 5,
        ),
        capture.desk(
            drawn(
                "discharge_summary",
                doc.discharge_summary(
                    patient=afiavi,
                    mrn="00418273",
                    admitted=D(2026, 9, 8),
                    discharged=D(2026, 9, 11),
                    surgeon=surgeon,
                    oncologist=oncologist,
                ),
                "medical_record",
                afiavi,
                "medical",
            ),
            ["scans/IMG_5531.jpg", "scans/IMG_5532.jpg"],
            seed + 6,
        ),
        capture.copier(
            [
                drawn("oncologist_letter", onc_letter, "medical_record", afiavi, "medical"),
                drawn("pharmacy_history", pharmacy, "medical_record", afiavi, "medical"),
                drawn(
                    "acte_translation",
                    translation,
                    "certificate_of_translation",
                    afiavi,
                    "identity",
                ),
            ],
            "scans/scan_001.pdf",
            seed + 7,
        ),
        screenshot(
            drawn(
                "payroll_app_screen",
                [
                    doc.phone_screen(
                        "Pay Statement",
                        (18, 96, 160),
                        [
                            ("#EARNINGS", ""),
                            ("Regular|80.00 hrs @ $19.25", "$1,540.00"),
                            ("Overtime|4.50 hrs @ $28.88", "$129.96"),
                            ("Gross pay", "$1,669.96"),
                            ("#TAXES", ""),
                            ("Federal Income Tax", "-$98.41"),
                            ("Social Security", "-$103.54"),
                            ("Medicare", "-$24.21"),
                            ("AK Unemployment (SUI)", "-$8.52"),
                            ("#DEDUCTIONS", ""),
                            ("Medical PPO (pre-tax)", "-$61.30"),
                            ("#", ""),
                            ("Net pay|Direct deposit ••••2291", "$1,373.98"),
                            ("Gross YTD", "$36,211.48"),
                        ],
                        subtitle="PayPort by Arcadia Payroll",
                        header_rows=[
                            "MIDNIGHT SUN LODGING GROUP LLC",
                            "Afiavi R Houngbedji  ·  ID 004418",
                            "Pay date Nov 13, 2026",
                            "Period Oct 26 - Nov 08, 2026",
                        ],
                        clock="9:12",
                    )
                ],
                "pay_record",
                afiavi,
                "employment_and_taxes",
            ),
            "scans/Screenshot_20261114-091203.png",
        ),
        capture.desk(
            drawn(
                "w2_2025",
                doc.w2(
                    year=2025,
                    employee=afiavi,
                    ssn_last="6172",
                    address=[street, city],
                    employer=[
                        "MIDNIGHT SUN LODGING GROUP LLC",
                        "DBA CAPTAIN'S COVE INN",
                        "939 W 5TH AVE",
                        "ANCHORAGE AK 99501",
                    ],
                    ein="92-0418836",
                    control="0004418 ACP",
                    wages=38912.44,
                    federal=1904.17,
                ),
                "tax_record",
                afiavi,
                "employment_and_taxes",
                proves=(D(2025, 1, 1), D(2025, 12, 31)),
            ),
            "scans/IMG_5540.HEIC",
            seed + 8,
            heic=True,
        ),
        capture.desk(
            drawn(
                "school_volunteer_letter",
                _letter(
                    (
                        "Spenard Heights Elementary School",
                        [
                            "Anchorage School District  |  2300 W. 36th Avenue, Anchorage, AK 99517",
                            "Office (907) 555-0193",
                        ],
                        (10, 80, 140),
                        "star",
                    ),
                    "November 6, 2026",
                    [
                        "Afiavi Houngbédji has been one of our most dependable family volunteers since "
                        "her son Mathis started kindergarten here in 2022. Until this fall she came "
                        "every Thursday morning to shelve books and read aloud in our library, and she "
                        "has cooked for our International Night three years running, bringing dishes "
                        "from Benin that our students still ask about.",
                        "When she told us about her diagnosis she apologized for having to step back, "
                        "which says a great deal about her. Our staff and families have organized meals "
                        "for her household during her chemotherapy. Mathis is a bright, kind third "
                        "grader who reads above grade level, and his mother's involvement is a big "
                        "part of why.",
                        "Please feel free to contact me at the number above.",
                    ],
                    "Denise Whitford-Ahn",
                    ["Principal", "Spenard Heights Elementary School"],
                    fold=2,
                    seed=seed + 9,
                ),
                "letter_of_support",
                afiavi,
                "community_ties",
            ),
            "scans/IMG_5544.jpg",
            seed + 10,
            quality=38,
        ),
        capture.copier(
            [
                drawn(
                    "employer_letter",
                    _letter(
                        (
                            "Captain's Cove Inn",
                            [
                                "Midnight Sun Lodging Group LLC  |  939 W. 5th Avenue",
                                "Anchorage, AK 99501  |  (907) 555-0108",
                            ],
                            (20, 60, 90),
                            "house",
                        ),
                        "October 30, 2026",
                        [
                            "I am the Director of Housekeeping at Captain's Cove Inn and have supervised "
                            "Afiavi Houngbédji since she joined our staff on April 15, 2019. She works "
                            "full time as a Room Attendant and, since 2023, as a Lead Room Attendant, "
                            "at $19.25 an hour, about 40 hours a week.",
                            "Afiavi is reliable, careful and patient with new staff, several of whom "
                            "she has trained. We have adjusted her schedule around her chemotherapy, "
                            "and her position is waiting for her at full hours whenever her doctors "
                            "allow.",
                        ],
                        "Gregory Tallmadge",
                        ["Director of Housekeeping", "gtallmadge@captainscove.example"],
                        salutation="To whom it may concern,",
                    ),
                    "employment_letter",
                    afiavi,
                    "employment_and_taxes",
                ),
                drawn(
                    "g28",
                    doc.g28(
                        rep=rep,
                        client=afiavi,
                        a_number=a_number,
                        address=[street, city],
                        phone="907-555-0147",
                        signed=D(2026, 11, 20),
                    ),
                    "g28",
                    afiavi,
                    "other",
                ),
            ],
            "scans/Scan 2026-11-24.pdf",
            seed + 11,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": afiavi.name,
            "a_number": a_number,
            "date_of_birth": afiavi.born,
            "country": "Benin",
            "entered_us": D(2014, 9, 3),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Seattle, WA",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "master",
            "opla_office": "Seattle",
        },
        "request": {"type": "dismissal"},
        "representative": _case_rep(rep),
        "claims": {
            "children": [{"name": mathis.name, "date_of_birth": mathis.born, "status": "usc"}],
            "medical": {"person": "self", "condition": "breast cancer in active treatment"},
            "community_ties": True,
        },
        "translator": {
            "name": "Étienne Sossa Kpadonou",
            "address": ["2600 Denali Street, Apt. 11", "Anchorage, AK 99503"],
            "phone": "907-555-0182",
        },
    }
    return CasePlan("houngbedji", "blind14", case, placed, notes="no deliberate finding")


# ---------------------------------------------------------------- 2. Burlington, Vermont


def co() -> CasePlan:
    """A Bissau-Guinean mother in Burlington, pro se, caring for her daughter with cerebral
    palsy: a passport a quarter turn off, a certidão forwarded on WhatsApp, its translation
    (whose note never says the translator is competent or the translation accurate) in a copier
    stack with a two-page lease and a light bill, a Vermont birth certificate, a neurologist's
    folded letter, a two-page after-visit summary photographed page by page, a work permit front
    and back, a pay stub and a community association's letter in another stack."""
    domingas = Person("Domingas Maria", "Có", D(1990, 2, 14), "F", "Bissau")
    esperanca = Person("Esperança", "Có Mendes", D(2018, 6, 2), "F", "Burlington")
    father = "Armando Mendes"
    street, city = "88 Elmwood Avenue, Apt. 2", "Burlington, VT 05401"
    a_number = "216-337-092"
    seed = 14200

    certidao = doc.bissau_certidao(
        person=domingas,
        number="2318",
        father="Bernardo Có, natural de Canchungo, Região de Cacheu",
        mother="Joana Nanque, natural de Bissau",
        words="Catorze de Fevereiro de mil novecentos e noventa",
        issued=D(2026, 3, 9),
        seed=seed,
    )
    translation = doc.translation_pages(
        title="REPUBLIC OF GUINEA-BISSAU - BIRTH CERTIFICATE",
        source_language="Portuguese",
        paragraphs=[
            "REPUBLIC OF GUINEA-BISSAU. Ministry of Justice and Human Rights. Directorate-General of "
            "Registries, Notaries and Civil Identification. Civil Registry Office of Bissau.",
            "BIRTH CERTIFICATE (Full copy) - Entry No. 2318 of the year 1990.",
            "Name: DOMINGAS MARIA CO. Sex: Female. Date of birth: February fourteenth, nineteen "
            "hundred ninety. Time: At five p.m. Place of birth: Simão Mendes National Hospital, "
            "Bissau. Sector / Region: Autonomous Sector of Bissau. Father: Bernardo Có, native of "
            "Canchungo, Cacheu Region. Mother: Joana Nanque, native of Bissau. Paternal "
            "grandparents: Quintino Có and Isabel Mendy. Maternal grandparents: Malam Nanque and "
            "Fatu Sambu. Informant: The father, who signs with the Registrar. Date of entry: "
            "February twenty-first, nineteen hundred ninety.",
            "Annotations: None. I certify that this certificate, consisting of one sheet, conforms "
            "to the original entry kept in this Registry Office. Civil Registry Office of Bissau, "
            "March 9, 2026. The Registrar, [signature: Tcherno Baldé]. [Stamps: Civil Registry "
            "Office - Bissau; Fees: 2,500 FCFA.]",
        ],
        certificate=[
            "Translator's note: translated from Portuguese into English by Armando Tavares Indi, "
            "a friend of the family, for use by Domingas Maria Có.",
        ],
        translator="Armando Tavares Indi",
        translator_lines=["31 North Winooski Avenue", "Burlington, VT 05401"],
        signed=D(2026, 4, 2),
    )
    neuro = _letter(
        doc.CHILDRENS,
        "September 22, 2026",
        [
            "Esperança Có Mendes (date of birth 06/02/2018) has been followed in our pediatric "
            "neurology clinic since infancy. She has spastic quadriplegic cerebral palsy, GMFCS "
            "level IV, related to complications of her premature birth, and focal epilepsy. She "
            "cannot sit or walk without support, is fed by gastrostomy tube, and communicates "
            "with an eye-gaze device.",
            "Her mother, Domingas Có, is her only caregiver at home. She gives four tube feedings "
            "and five medications a day, lifts and repositions her, does her daily stretching "
            "program, recognizes and treats her seizures, and brings her to therapy or specialist "
            "appointments two to three times each week. Esperança depends on her mother entirely "
            "for her care.",
            "Esperança's care requires a coordinated team (neurology, physiatry, orthopedics, "
            "gastroenterology, and physical, occupational and speech therapy) and uninterrupted "
            "access to medications and equipment. Separating her from her mother, or moving her "
            "away from this care, would place her health at serious risk.",
        ],
        "Priya Raghunathan-Weiss, MD",
        [
            "Attending Physician, Pediatric Neurology",
            "Assistant Professor of Neurological Sciences",
        ],
        re_line="Re: Esperança Có Mendes",
        fold=2,
        seed=seed + 1,
    )
    ead_sheets, ead_zone = doc.ead(
        person=domingas,
        a_number=a_number,
        card_no="IOE0927714385",
        category="C08",
        valid=(D(2025, 8, 19), D(2030, 8, 18)),
        country="Guinea-Bissau",
        seed=seed + 2,
    )
    stub = doc.Sheet()
    y = doc.letterhead(
        stub,
        "Lake Champlain Shoreline Foods",
        ["412 Pine Street, Burlington, VT 05401  |  Payroll (802) 555-0150"],
        (0, 100, 120),
        "leaf",
    )
    stub.text(0.8, y, "EARNINGS STATEMENT", 12, "sans-bold")
    stub.lines(
        4.8,
        y,
        [
            "Check date: 10/23/2026",
            "Period: 10/05/2026 - 10/18/2026",
            "Employee ID: 01877",
            "Dept: 220 Packaging",
        ],
        9,
    )
    stub.lines(0.8, y + 0.3, ["DOMINGAS M CO", street.upper(), city.upper()], 9.5, "sans-bold")
    ty = stub.table(
        0.8,
        y + 1.2,
        [2.4, 1.0, 1.0, 1.3, 1.3],
        [
            ["Earnings", "Rate", "Hours", "This period", "Year to date"],
            ["Regular", "18.60", "48.00", "892.80", "18,306.40"],
            ["Shift differential", "1.25", "48.00", "60.00", "1,186.25"],
        ],
        pt=8.5,
        align=["left", "right", "right", "right", "right"],
    )
    ty = stub.table(
        0.8,
        ty + 0.2,
        [3.4, 1.3, 1.3, 1.0],
        [
            ["Taxes and deductions", "This period", "Year to date", ""],
            ["Federal income tax", "31.88", "642.10", ""],
            ["Social Security", "59.07", "1,208.53", ""],
            ["Medicare", "13.82", "282.64", ""],
            ["VT state income tax", "12.44", "251.02", ""],
            ["VT child care contribution", "0.42", "8.60", ""],
        ],
        pt=8.5,
        align=["left", "right", "right", "right"],
    )
    stub.text(
        0.8,
        ty + 0.2,
        "NET PAY  $835.17     Direct deposit: Opportunities CU ****3308",
        10,
        "sans-bold",
    )
    stub.text(
        0.8,
        ty + 0.45,
        "Hours are part-time by employee request (caregiver schedule).",
        8,
        "sans-italic",
    )
    placed = [
        capture.card_photo(
            _passport(
                "guinea_bissau_passport",
                domingas,
                ["pt", "en"],
                seed + 3,
                heading=[
                    "REPÚBLICA DA GUINÉ-BISSAU",
                    "CEDEAO / ECOWAS  -  PASSAPORTE / PASSPORT / PASSEPORT",
                ],
                country="GNB",
                code="GNB",
                number="BA0715528",
                issued=D(2023, 5, 30),
                expiry=D(2028, 5, 29),
                authority="SERVIÇO DE MIGRAÇÃO E FRONTEIRAS",
                nationality="BISSAU-GUINEENSE",
                labels=[
                    "Tipo / Type",
                    "Código / Code",
                    "Passaporte N.º / Passport No.",
                    "Apelido / Surname",
                    "Nome / Given names",
                    "Nacionalidade / Nationality",
                    "Data de nascimento / Date of birth",
                    "Sexo / Sex",
                    "Local de nascimento / Place of birth",
                    "Data de emissão / Date of issue",
                    "Válido até / Date of expiry",
                    "Autoridade / Authority",
                ],
                tint=((240, 232, 222), (228, 216, 204)),
            ),
            "scans/IMG_2190.jpg",
            seed + 4,
            turn=270,
        ),
        capture.desk(
            drawn("bissau_certidao", certidao, "birth_certificate", domingas, "identity", "pt"),
            "scans/IMG-20260311-WA0004.jpeg",
            seed + 5,
            long_side=1280,
            quality=36,
            thumb=False,
        ),
        capture.copier(
            [
                drawn(
                    "certidao_translation",
                    translation,
                    "certificate_of_translation",
                    domingas,
                    "identity",
                ),
                drawn(
                    "vermont_lease",
                    doc.vermont_lease(
                        tenant=domingas,
                        landlord="Old North End Properties, LLC",
                        premises=f"{street}, {city}",
                        start=D(2025, 6, 1),
                        end=D(2026, 5, 31),
                        rent=1450,
                    ),
                    "residence_record",
                    domingas,
                    "length_of_residence",
                    proves=(D(2025, 6, 1), D(2026, 5, 31)),
                ),
                drawn(
                    "electric_bill",
                    doc.electric_bill(
                        name="Domingas M Co",
                        account="0418-22715",
                        service=street,
                        city=city,
                        period=(D(2026, 9, 10), D(2026, 10, 9)),
                        billed=D(2026, 10, 14),
                        kwh=512,
                        amount=96.41,
                        utility=(
                            "Queen City Electric Department",
                            [
                                "585 Pine Street, Burlington, VT 05401",
                                "Customer Care (802) 555-0161",
                            ],
                            (30, 80, 40),
                        ),
                    ),
                    "residence_record",
                    domingas,
                    "length_of_residence",
                    proves=(D(2026, 9, 10), D(2026, 10, 9)),
                ),
            ],
            "scans/scan0007.pdf",
            seed + 6,
        ),
        capture.desk(
            drawn(
                "vermont_birth",
                doc.vermont_birth(
                    child=esperanca,
                    mother=domingas,
                    father=father,
                    file_no="2018-0003142",
                    town="Burlington",
                    hospital="Champlain Valley Medical Center",
                    issued=D(2023, 10, 4),
                    seed=seed + 7,
                ),
                "birth_certificate",
                esperanca,
                ("us_family", "caretaker"),
            ),
            "scans/IMG_2195.jpg",
            seed + 8,
            tilt=0.09,
        ),
        capture.desk(
            drawn(
                "neurologist_letter", neuro, "medical_record", esperanca, ("caretaker", "medical")
            ),
            "scans/IMG_2199.jpg",
            seed + 9,
        ),
        capture.desk(
            drawn(
                "after_visit_summary",
                doc.avs(
                    patient=esperanca,
                    mrn="CV2047716",
                    visit=D(2026, 10, 21),
                    clinician="Lauren Desrochers, MD",
                    caregiver=domingas,
                ),
                "medical_record",
                esperanca,
                ("caretaker", "medical"),
            ),
            ["scans/IMG_2207.jpg", "scans/IMG_2208.jpg"],
            seed + 10,
        ),
        capture.card_photo(
            drawn(
                "work_permit",
                ead_sheets,
                "identity_document",
                domingas,
                "identity",
                mrz_zone=ead_zone,
                is_card=True,
            ),
            ["scans/IMG_2211.jpg", "scans/IMG_2212.jpg"],
            seed + 11,
        ),
        capture.copier(
            [
                drawn(
                    "pay_stub",
                    [stub],
                    "pay_record",
                    domingas,
                    "employment_and_taxes",
                    proves=(D(2026, 10, 5), D(2026, 10, 18)),
                ),
                drawn(
                    "community_letter",
                    _letter(
                        (
                            "Lusophone African Community Association of Vermont",
                            ["c/o 20 Allen Street, Winooski, VT 05404  |  (802) 555-0127"],
                            (150, 80, 20),
                            "star",
                        ),
                        "October 12, 2026",
                        [
                            "Our association brings together families from Guinea-Bissau, Cabo Verde, "
                            "Angola and Mozambique living in Chittenden County. Domingas Có has been a "
                            "member since 2019 and, since 2022, the volunteer who runs our Saturday "
                            "Portuguese and Kriol reading circle for children at the Winooski library.",
                            "Many of us know how much of her day goes to caring for her daughter "
                            "Esperança. Even so, she has found time to help newly arrived mothers "
                            "register their children for school and find the pediatric clinic. She is "
                            "someone our community counts on.",
                        ],
                        "Bacar Djaló",
                        ["President", "Lusophone African Community Association of Vermont"],
                        salutation="Dear Sir or Madam:",
                    ),
                    "letter_of_support",
                    domingas,
                    "community_ties",
                ),
            ],
            "scans/scan0008.pdf",
            seed + 12,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": domingas.name,
            "a_number": a_number,
            "date_of_birth": domingas.born,
            "country": "Guinea-Bissau",
            "entered_us": D(2016, 10, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Boston, MA",
            "next_hearing": D(2027, 3, 2),
            "hearing_type": "master",
            "opla_office": "Boston",
        },
        "request": {"type": "administrative_closure"},
        "claims": {
            "children": [
                {"name": esperanca.name, "date_of_birth": esperanca.born, "status": "usc"}
            ],
            "caretaker": {
                "person": esperanca.name,
                "condition": "spastic quadriplegic cerebral palsy and epilepsy",
            },
            "community_ties": True,
        },
    }
    findings = [
        # The translator's note names him and says he is a friend; it never says he is competent
        # to translate or that the translation is accurate (ICPM 3.3(a)).
        {"code": "incomplete-translation-certificate", "file": "scans/scan0007.pdf"},
    ]
    return CasePlan(
        "co",
        "blind14",
        case,
        placed,
        findings=findings,
        notes="pro se; an incomplete translation certificate",
    )


# ---------------------------------------------------------------- 3. Honolulu, Hawaii


def fifita() -> CasePlan:
    """A Tongan hotel engineer in Honolulu whose son served six years in the Hawaii Army
    National Guard: a passport photographed upside down, a Tongan entry of birth, two Hawaii
    certificates of live birth in one copier PDF, an NGB Form 22, two W-2s in another, a tax
    return transcript, the employer's and union's letters with the G-28 in a third, and his
    congregation's letter in Tongan and English."""
    sione = Person("Sione Tevita", "Fifita", D(1972, 5, 14), "M", "Neiafu, Vava'u")
    viliami = Person("Viliami Taufa", "Fifita", D(2002, 11, 3), "M", "Honolulu")
    mele = Person("Mele Ana", "Fifita", D(2006, 8, 19), "F", "Honolulu")
    lesieli = Person("Lesieli Hopoate", "Fifita", D(1975, 1, 9), "F", "Nuku'alofa")
    street, city = "1522 Kalihi Street, Unit B", "Honolulu, HI 96819"
    a_number = "204-771-586"
    rep = _rep(
        "Keoni Nakamura-Pele",
        "Aloha Immigrant Legal Clinic",
        ["1132 Bishop Street, Suite 1600", "Honolulu, HI 96813"],
        "808-555-0131",
        "knakamura@ailc.example",
        "HI207719",
        "Hawaii State Bar Association",
        "10418",
    )
    seed = 14300
    employer = ["WAIKIKI PALMS RESORT LLC", "2424 KALAKAUA AVE", "HONOLULU HI 96815"]

    def births() -> list[Paper]:
        out = []
        for n, (child, file_no, accepted) in enumerate(
            [(viliami, "2002 018842", D(2002, 11, 14)), (mele, "2006 021377", D(2006, 8, 29))]
        ):
            out.append(
                drawn(
                    "hawaii_birth",
                    doc.hawaii_birth(
                        child=child,
                        mother="Lesieli Hopoate",
                        father=sione.name,
                        file_no=file_no,
                        hospital="Kapiolani-Makai Medical Center",
                        address="1522 Kalihi Street",
                        accepted=accepted,
                        issued=D(2025, 2, 18),
                        seed=seed + 20 + n,
                    ),
                    "birth_certificate",
                    child,
                    "us_family",
                )
            )
        return out

    def w2(year: int, wages: float, federal: float, tax: float, n: int) -> Paper:
        return drawn(
            f"w2_{year}",
            doc.w2(
                year=year,
                employee=sione,
                ssn_last="4471",
                address=[street.upper(), city.upper()],
                employer=employer,
                ein="99-0274415",
                control=f"{n:02d}-0077318",
                wages=wages,
                federal=federal,
                state="HI",
                state_id="W40182733-01",
                state_wages=wages,
                state_tax=tax,
            ),
            "tax_record",
            sione,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )

    placed = [
        capture.card_photo(
            _passport(
                "tonga_passport",
                sione,
                "en",
                seed + 1,
                heading=["KINGDOM OF TONGA  -  PULE'ANGA TONGA", "PASSPORT"],
                country="TON",
                code="TON",
                number="T0182274",
                issued=D(2021, 7, 6),
                expiry=D(2031, 7, 5),
                authority="MINISTRY OF FOREIGN AFFAIRS NUKU'ALOFA",
                nationality="TONGAN",
                labels=[
                    "Type",
                    "Code of State",
                    "Passport No.",
                    "Surname",
                    "Given Names",
                    "Nationality",
                    "Date of Birth",
                    "Sex",
                    "Place of Birth",
                    "Date of Issue",
                    "Date of Expiry",
                    "Authority",
                ],
                tint=((240, 226, 226), (228, 210, 212)),
            ),
            "scans/IMG_0882.jpg",
            seed + 2,
            turn=180,
        ),
        capture.desk(
            drawn(
                "tonga_birth_entry",
                doc.tonga_birth(
                    person=sione,
                    entry="1972/0418",
                    father="Tevita Fifita",
                    mother="Losana Fifita, formerly Lolohea",
                    place="Neiafu, Vava'u",
                    registered=D(1972, 5, 30),
                    issued=D(2019, 8, 2),
                    seed=seed + 3,
                ),
                "birth_certificate",
                sione,
                "identity",
            ),
            "scans/IMG_0884.jpg",
            seed + 4,
            tilt=0.1,
        ),
        capture.copier(births(), "scans/birth certificates kids.pdf", seed + 5),
        capture.desk(
            drawn(
                "ngb22",
                doc.ngb22(
                    soldier=viliami,
                    dodid="1618204477",
                    entered=D(2020, 10, 1),
                    separated=D(2026, 9, 30),
                    address=f"{street}, {city}",
                    unit="1487TH ENGINEER COMPANY (MULTI-ROLE BRIDGE), 227TH ENGINEER BN, HIARNG",
                ),
                "military_record",
                viliami,
                ("military_service", "us_family"),
            ),
            "scans/IMG_0890.jpg",
            seed + 6,
        ),
        capture.copier(
            [w2(2024, 61844.10, 3105.33, 3122.40, 1), w2(2025, 64310.72, 3288.18, 3266.95, 2)],
            "scans/W2s.pdf",
            seed + 7,
        ),
        capture.scan(
            drawn(
                "irs_return_transcript_2025",
                doc.irs_return_transcript(
                    year=2025,
                    person=sione,
                    ssn_last="4471",
                    address=[street, city],
                    requested=D(2026, 10, 6),
                    tracking="108723554019",
                    wages=64310.72 + 22418.00,
                    status="Married Filing Joint",
                    spouse=lesieli,
                    spouse_last="8820",
                    withheld=4011.52,
                    refund=812.00,
                    exemptions=3,
                ),
                "tax_record",
                sione,
                "employment_and_taxes",
                proves=(D(2025, 1, 1), D(2025, 12, 31)),
            ),
            "scans/tax transcript 2025.pdf",
            seed + 8,
            dpi=150,
        ),
        capture.copier(
            [
                drawn(
                    "employer_letter",
                    _letter(
                        (
                            "Waikiki Palms Resort",
                            [
                                "Engineering Department  |  2424 Kalakaua Avenue",
                                "Honolulu, Hawaii 96815  |  (808) 555-0100",
                            ],
                            (0, 110, 120),
                            "leaf",
                        ),
                        "October 19, 2026",
                        [
                            "Sione Fifita has worked in our Engineering Department since March 2008. He "
                            "is a Maintenance Engineer II on the day shift, full time, at $30.92 per "
                            "hour. He keeps our chillers, pumps and guest-room plumbing running and is "
                            "the person our younger engineers go to when something will not start.",
                            "In eighteen years he has never had a disciplinary write-up. We would "
                            "keep him for as long as he wants to work here.",
                        ],
                        "Maile Kuahiwinui",
                        ["Director of Engineering", "Waikiki Palms Resort"],
                    ),
                    "employment_letter",
                    sione,
                    "employment_and_taxes",
                ),
                drawn(
                    "union_letter",
                    _letter(
                        (
                            "Hawaii Hotel & Resort Workers Union, Local 808",
                            ["1650 Kapiolani Boulevard, Honolulu, HI 96814  |  (808) 555-0125"],
                            (160, 20, 30),
                            "star",
                        ),
                        "November 2, 2026",
                        [
                            "Brother Sione Fifita has been a dues-paying member of Local 808 since "
                            "2009 and has served as shop steward for the Waikiki Palms engineering "
                            "unit since 2017. He walked the picket line with his co-workers in 2018 and "
                            "sat on our bargaining committee in 2022.",
                            "Members trust him to speak for them because he listens first. His union "
                            "family stands with him and his family.",
                        ],
                        "Rosalind Kaleikini",
                        ["Financial Secretary-Treasurer", "Local 808"],
                        salutation="To the Office of the Principal Legal Advisor:",
                        closing="In solidarity,",
                        face="serif",
                    ),
                    "letter_of_support",
                    sione,
                    "community_ties",
                ),
                drawn(
                    "g28",
                    doc.g28(
                        rep=rep,
                        client=sione,
                        a_number=a_number,
                        address=[street, city],
                        phone="808-555-0179",
                        signed=D(2026, 11, 12),
                    ),
                    "g28",
                    sione,
                    "other",
                ),
            ],
            "scans/scan_11122026.pdf",
            seed + 9,
        ),
        capture.desk(
            drawn(
                "bilingual_church_letter",
                doc.bilingual_church_letter(
                    person=sione, since=2003, signed=D(2026, 10, 25), minister="Tevita Lolohea"
                ),
                "letter_of_support",
                sione,
                "community_ties",
                ["en", "to"],
            ),
            "scans/IMG_0897.jpg",
            seed + 10,
            surface="pale",
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": sione.name,
            "a_number": a_number,
            "date_of_birth": sione.born,
            "country": "Tonga",
            "entered_us": D(2001, 4, 22),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Honolulu, HI",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "individual",
            "opla_office": "Honolulu",
        },
        "request": {"type": "dismissal"},
        "representative": _case_rep(rep),
        "claims": {
            "children": [
                {"name": viliami.name, "date_of_birth": viliami.born, "status": "usc"},
                {"name": mele.name, "date_of_birth": mele.born, "status": "usc"},
            ],
            "military": {"member": "child", "branch": "Army National Guard"},
            "community_ties": True,
        },
    }
    return CasePlan("fifita", "blind14", case, placed, notes="no deliberate finding")


# ---------------------------------------------------------------- 4. Morgantown, West Virginia


def dorvil() -> CasePlan:
    """A Haitian nursing aide in Morgantown renewing a 2025 denial on seventeen years here: a
    passport a quarter turn off, an extrait of the Archives Nationales, its translation with
    the magistrate court's judgment on a 2016 shoplifting and the G-28 in one copier PDF, a
    two-page remittance history, a lease photographed page by page, two tax return transcripts
    in one PDF, a light bill photographed twice, a bank app's screenshot, and her pastor's
    letter in Creole forwarded on WhatsApp with no translation."""
    rosemene = Person("Rosemène", "Dorvil", D(1979, 6, 21), "F", "Jacmel")
    street, city = "1187 Dorsey Avenue, Apt. 3", "Morgantown, WV 26501"
    a_number = "208-153-940"
    rep = _rep(
        "Margaret Oduya-Caldwell",
        "Appalachian Immigrant Rights Project",
        ["405 High Street, Suite 210", "Morgantown, WV 26505"],
        "304-555-0114",
        "moduya@airp.example",
        "WV518830",
        "West Virginia State Bar",
        "12877",
    )
    seed = 14400
    translation = doc.translation_pages(
        title="REPUBLIC OF HAITI - BIRTH CERTIFICATE (EXTRACT)",
        source_language="French",
        paragraphs=[
            "REPUBLIC OF HAITI. NATIONAL ARCHIVES OF HAITI. Extract from the Civil Status Registers. "
            "BIRTH CERTIFICATE. Register: 1979-J-14. Folio: 87. Certificate No.: 1163.",
            "In the year nineteen hundred seventy-nine, on the twenty-eighth of June, before Us, "
            "Mr. Jean-Baptiste Auguste, Civil Registrar of the Commune of Jacmel, undersigned, "
            "appeared citizen Fénelon Dorvil, farmer, residing and domiciled in Jacmel, identified "
            "under No. 07-01-99-1947-03-00412, who declared to us that on the twenty-first of June "
            "of this year, at ten o'clock in the morning, there was born in this town, at her "
            "parents' home, a female child whom he named ROSEMÈNE, born of his union with Mrs. "
            "Marie-Ange Célestin, merchant, residing at the same place. Of all the above we drew "
            "up this certificate, which the declarant signed with Us and the witnesses, after it "
            "was read.",
            "Name of the child: DORVIL ROSEMÈNE - Date of birth: 21/06/1979 - Place: Jacmel, "
            "South-East.",
            "True extract, issued by Us, Director General of the National Archives of Haiti, in "
            "Port-au-Prince, on February 11, 2019. The Director General [signature]. [Stamps: "
            "National Archives of Haiti, Port-au-Prince; DGI revenue stamp 25 gourdes, No. "
            "0588127.]",
        ],
        certificate=[
            "I, Gérald Saint-Fleur, certify that I am competent to translate from French into "
            "English and that the foregoing is a complete and accurate translation of the "
            "attached extract of the birth certificate of Rosemène Dorvil, issued by the National "
            "Archives of Haiti.",
        ],
        translator="Gérald Saint-Fleur",
        translator_lines=["229 Willey Street", "Morgantown, WV 26505", "(304) 555-0172"],
        signed=D(2026, 10, 28),
    )
    entries: list[tuple[dt.date, str, float]] = []
    day = D(2009, 12, 5)
    amounts = [150.0, 200.0, 120.0, 250.0, 100.0, 180.0]
    n = 0
    while day <= D(2021, 2, 20):
        agent = (
            "AGT 1187 LITTLE HAITI MIAMI FL"
            if day < D(2012, 6, 1)
            else "AGT 4402 UNIVERSITY AVE MORGANTOWN WV"
        )
        entries.append((day, agent, amounts[n % len(amounts)]))
        n += 1
        month = day.month + 3
        day = D(day.year + (month - 1) // 12, (month - 1) % 12 + 1, min(day.day + (n % 3), 27))
    bill = doc.electric_bill(
        name="Rosemene Dorvil",
        account="110 084 417 22",
        service=street,
        city=city,
        period=(D(2026, 4, 15), D(2026, 5, 14)),
        billed=D(2026, 5, 18),
        kwh=688,
        amount=118.27,
        utility=(
            "Monongahela Valley Power",
            [
                "P.O. Box 3615, Fairmont, WV 26555",
                "Customer Service 1-800-555-0166  |  mvpower.example",
            ],
            (200, 90, 20),
        ),
        due_days=20,
    )
    placed = [
        capture.card_photo(
            _passport(
                "haiti_passport",
                rosemene,
                ["fr", "en"],
                seed + 1,
                heading=["RÉPUBLIQUE D'HAÏTI / REPUBLIC OF HAITI", "PASSEPORT / PASSPORT"],
                country="HTI",
                code="HTI",
                number="RH4470193",
                issued=D(2022, 9, 12),
                expiry=D(2032, 9, 11),
                authority="DIE PORT-AU-PRINCE",
                nationality="HAITIENNE",
                date_language="fr",
                labels=[
                    "Type",
                    "Code du pays / Country code",
                    "N° de passeport / Passport No.",
                    "Nom / Surname",
                    "Prénoms / Given names",
                    "Nationalité / Nationality",
                    "Date de naissance / Date of birth",
                    "Sexe / Sex",
                    "Lieu de naissance / Place of birth",
                    "Date de délivrance / Date of issue",
                    "Date d'expiration / Date of expiry",
                    "Autorité / Authority",
                ],
                tint=((226, 230, 244), (206, 214, 236)),
            ),
            "scans/IMG_7702.jpg",
            seed + 2,
            turn=270,
        ),
        capture.desk(
            drawn(
                "haiti_extrait",
                doc.haiti_extrait(
                    person=rosemene,
                    registre="1979-J-14",
                    acte="1163",
                    father="Fénelon Dorvil",
                    mother="Marie-Ange Célestin",
                    declared="vingt et un juin de la présente année",
                    issued=D(2019, 2, 11),
                    seed=seed + 3,
                ),
                "birth_certificate",
                rosemene,
                "identity",
                "fr",
            ),
            "scans/IMG_7703.jpg",
            seed + 4,
            tilt=0.1,
        ),
        capture.copier(
            [
                drawn(
                    "extrait_translation",
                    translation,
                    "certificate_of_translation",
                    rosemene,
                    "identity",
                ),
                drawn(
                    "magistrate_judgment",
                    doc.magistrate_judgment(
                        person=rosemene,
                        case_no="16-M31M-01842",
                        offense=D(2016, 7, 9),
                        plea=D(2016, 8, 4),
                        paid=D(2016, 8, 30),
                        address=f"{street}, {city}",
                    ),
                    "court_record",
                    rosemene,
                    ("other", "rehabilitation"),
                ),
                drawn(
                    "g28",
                    doc.g28(
                        rep=rep,
                        client=rosemene,
                        a_number=a_number,
                        address=[street, city],
                        phone="304-555-0190",
                        signed=D(2026, 11, 9),
                    ),
                    "g28",
                    rosemene,
                    "other",
                ),
            ],
            "scans/scan0042.pdf",
            seed + 5,
        ),
        capture.scan(
            drawn(
                "remittance_history",
                doc.remittance_history(
                    sender=rosemene,
                    receiver="Marie-Ange Celestin",
                    entries=entries,
                    customer="CX-0733-18874",
                    printed=D(2026, 10, 30),
                ),
                "residence_record",
                rosemene,
                "length_of_residence",
                proves=(entries[0][0], entries[-1][0]),
            ),
            "scans/caribe express history.pdf",
            seed + 6,
            dpi=150,
        ),
        capture.desk(
            drawn(
                "wv_lease",
                doc.wv_lease(
                    tenant=rosemene,
                    landlord="Cheat Lake Rentals, LLC",
                    premises=f"{street}, {city}",
                    start=D(2021, 3, 1),
                    end=D(2023, 2, 28),
                    rent=875,
                ),
                "residence_record",
                rosemene,
                "length_of_residence",
                proves=(D(2021, 3, 1), D(2023, 2, 28)),
            ),
            ["scans/IMG_7731.jpg", "scans/IMG_7732.jpg"],
            seed + 7,
            tilt=0.11,
        ),
        capture.copier(
            [
                drawn(
                    f"irs_return_transcript_{year}",
                    doc.irs_return_transcript(
                        year=year,
                        person=rosemene,
                        ssn_last="3390",
                        address=[street, city],
                        requested=D(2026, 10, 14),
                        tracking=f"10872{year}4417",
                        wages=wages,
                        status="Single",
                        withheld=withheld,
                        refund=refund,
                    ),
                    "tax_record",
                    rosemene,
                    "employment_and_taxes",
                    proves=(D(year, 1, 1), D(year, 12, 31)),
                )
                for year, wages, withheld, refund in [
                    (2024, 34418.20, 1688.00, 402.00),
                    (2025, 36902.75, 1815.40, 377.00),
                ]
            ],
            "scans/IRS transcripts.pdf",
            seed + 8,
        ),
        photographed_twice(
            drawn(
                "electric_bill",
                bill,
                "residence_record",
                rosemene,
                "length_of_residence",
                proves=(D(2026, 4, 15), D(2026, 5, 14)),
            ),
            ("scans/IMG_7790.jpg", "scans/IMG_7791.jpg"),
            seed + 9,
        ),
        screenshot(
            drawn(
                "bank_app_screen",
                [
                    doc.phone_screen(
                        "Account Activity",
                        (0, 60, 120),
                        [
                            ("#NOVEMBER 2026", ""),
                            (
                                "CHEAT RIVER NURSING & REHAB|Nov 20 · Payroll direct deposit",
                                "+$1,342.18",
                            ),
                            ("KROGER #0418 MORGANTOWN WV|Nov 19 · Debit card", "-$86.40"),
                            ("CARIBE EXPRESS|Nov 16 · Debit card", "-$155.00"),
                            ("MONONGAHELA VALLEY POWER|Nov 10 · Bill pay", "-$94.12"),
                            ("CHEAT LAKE RENTALS LLC|Nov 1 · Bill pay", "-$925.00"),
                            ("#OCTOBER 2026", ""),
                            (
                                "CHEAT RIVER NURSING & REHAB|Oct 23 · Payroll direct deposit",
                                "+$1,339.77",
                            ),
                            ("SHEETZ 0561 MORGANTOWN|Oct 21 · Debit card", "-$41.08"),
                            (
                                "CHEAT RIVER NURSING & REHAB|Oct 9 · Payroll direct deposit",
                                "+$1,351.02",
                            ),
                            ("MONONGAHELA VALLEY POWER|Oct 8 · Bill pay", "-$101.66"),
                            ("CHEAT LAKE RENTALS LLC|Oct 1 · Bill pay", "-$925.00"),
                        ],
                        subtitle="Mountaineer Federal Credit Union",
                        header_rows=[
                            "ROSEMENE DORVIL",
                            "Free Checking ••4417",
                            "Available balance $1,208.33",
                        ],
                        clock="19:35",
                    )
                ],
                "residence_record",
                rosemene,
                "length_of_residence",
                proves=(D(2026, 10, 1), D(2026, 11, 20)),
            ),
            "scans/Screenshot_20261124-193512.png",
        ),
        capture.desk(
            drawn(
                "creole_church_letter",
                doc.creole_letter(
                    person=rosemene,
                    pastor="Jean-Wilfrid Estimé",
                    since=2012,
                    signed=D(2026, 10, 18),
                ),
                "letter_of_support",
                rosemene,
                "community_ties",
                "ht",
            ),
            "scans/IMG-20261102-WA0012.jpg",
            seed + 10,
            long_side=1280,
            quality=35,
            thumb=False,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": rosemene.name,
            "a_number": a_number,
            "date_of_birth": rosemene.born,
            "country": "Haiti",
            "entered_us": D(2009, 11, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Philadelphia, PA",
            "next_hearing": D(2027, 1, 26),
            "hearing_type": "individual",
            "opla_office": "Philadelphia",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 3, 18),
                "outcome": "denied",
                "changes": "Since the denial she has filed her 2024 and 2025 returns, kept the "
                "same job and home, and gathered the record of her seventeen years here.",
            },
        },
        "representative": _case_rep(rep),
        "claims": {"residence_since": D(2009, 11, 20), "community_ties": True},
        "translator": {
            "name": "Gérald Saint-Fleur",
            "address": ["229 Willey Street", "Morgantown, WV 26505"],
            "phone": "304-555-0172",
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "shoplifting, first offense (misdemeanor)",
                "date": D(2016, 7, 9),
                "disposition": "guilty plea; fine, costs and restitution paid",
            },
        ],
    }
    findings = [
        # Her pastor's letter is in Haitian Creole and nobody translated it.
        {"code": "untranslated-document", "file": "scans/IMG-20261102-WA0012.jpg"},
        # She photographed the May light bill twice: one paper, two photos.
        {"code": "duplicate-document", "file": ["scans/IMG_7791.jpg", "scans/IMG_7790.jpg"]},
    ]
    allowed = [
        # A renewal: much of her evidence (the extrait, the remittances, the lease) predates the
        # 2025 denial, as long-residence evidence must.
        {"code": "stale-evidence"},
    ]
    return CasePlan(
        "dorvil",
        "blind14",
        case,
        placed,
        findings=findings,
        allowed=allowed,
        notes="a renewal; an untranslated Creole letter; a bill photographed twice",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "houngbedji": houngbedji,
    "co": co,
    "fifita": fifita,
    "dorvil": dorvil,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
