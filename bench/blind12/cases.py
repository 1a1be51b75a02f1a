"""The twelfth blind corpus: four invented families, each a case folder of the evidence a
legal-aid office really receives (phone photos on a desk, passports in a landscape frame a
quarter turn off, copier stacks of two to four documents, a police report and a lease
photographed page by page, papers in Mongolian, Spanish and French), a case.yaml whose claims
the documents bear out, and the truth it is scored against. Written from plain descriptions of
real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind12.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind12 import documents as doc
from tests.realistic import capture
from tests.realistic.model import (
    CasePlan,
    Person,
    drawn,
    up,
    write_from_command_line,
    write_plans,
)

D = dt.date

# Every paper is dated on or before this day and a claimed residence is covered up to it
# (apart from the deliberate gap). After late 2027 the newest evidence is more than a year old.
AS_OF = D(2026, 12, 10)


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
    }


def _passport(label: str, person: Person, language: Any, seed: int, **kw: Any):
    sheets, zone = doc.passport(person, seed, **kw)
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


# ---------------------------------------------------------------- 1. Mesa, Arizona


def batbayar() -> CasePlan:
    """A Mongolian mother in Mesa strangled by her former partner: a bilingual passport a
    quarter turn off, a notary's bilingual certified copy of her birth certificate with its
    translation in one PDF, an Arizona birth certificate, the police report photographed page
    by page, the order of protection and a Supplement B in one PDF, an advocate's letter, a
    community college transcript, three pay stubs."""
    oyun = Person("Oyunchimeg", "Batbayar", D(1990, 3, 8), "F", "Ulaanbaatar")
    son = Person("Michael Temuulen", "Batbayar", D(2019, 7, 22), "M", "Mesa")
    ex, ex_born = "Enkhbold Tsogt", D(1986, 11, 30)
    a_number = "218-407-553"
    street, city = "1644 W. Main Street, Apt. 208", "Mesa, AZ 85201"
    new_home = ["2271 E. Broadway Road, Unit 31", "Mesa, AZ 85204"]
    rep = _rep(
        "Naomi Whitehorse-Baca",
        "Valley of the Sun Immigrant Justice Project",
        ["1101 N. Central Avenue, Suite 620", "Phoenix, AZ 85004"],
        "602-555-0187",
        "nwhitehorse@vsijp.example",
        "AZ417728",
    )
    seed = 12100
    attack = dt.datetime(2025, 2, 9, 21, 52)
    father, mother = "Дамдингийн Батбаяр", "Цэндийн Нарантуяа"
    notarial = doc.mongolian_notarial_birth(
        oyun,
        father,
        mother,
        "УБ90030812",
        "0411287/2024",
        D(1990, 3, 21),
        D(2024, 2, 14),
        "Г. Солонго",
        seed,
        ("Батбаяр", "Оюунчимэг"),
        "G. Solongo",
    )
    translation = doc.mongolian_translation(
        oyun,
        "Damdin Batbayar",
        "Tsend Narantuya",
        "УБ90030812",
        "0411287/2024",
        D(1990, 3, 21),
        "Sarangerel Munkh-Erdene",
        ["4117 E. Cactus Road", "Phoenix, AZ 85032", "(602) 555-0129"],
        D(2026, 9, 3),
    )
    stubs = [
        doc.clinic_pay_stub(oyun, "E-20531", (a, b), p, 80.0, 19.75, ytd, new_home)
        for a, b, p, ytd in [
            (D(2026, 9, 14), D(2026, 9, 27), D(2026, 10, 2), 33480.0),
            (D(2026, 9, 28), D(2026, 10, 11), D(2026, 10, 16), 35191.0),
            (D(2026, 10, 12), D(2026, 10, 25), D(2026, 10, 30), 36771.0),
        ]
    ]
    placed = [
        capture.card_photo(
            _passport(
                "mongolia_passport",
                oyun,
                ["mn", "en"],
                seed + 1,
                header=["МОНГОЛ УЛС  MONGOLIA", "ПАСПОРТ  PASSPORT"],
                code="MNG",
                number="E2284107",
                nationality="МОНГОЛ / MONGOLIAN",
                place="УЛААНБААТАР / ULAANBAATAR",
                issued=D(2023, 6, 12),
                expiry=D(2033, 6, 11),
                authority="УБЕГ / GASR",
                labels=[
                    "Төрөл / Type",
                    "Улсын код / Code",
                    "Паспортын дугаар / Passport No.",
                    "Овог / Surname",
                    "Нэр / Given names",
                    "Иргэншил / Nationality",
                    "Төрсөн огноо / Date of birth",
                    "Хүйс / Sex",
                    "Төрсөн газар / Place of birth",
                    "Олгосон огноо / Date of issue",
                    "Дуусах хугацаа / Date of expiry",
                    "Олгосон байгууллага / Authority",
                ],
                tint=((232, 226, 214), (214, 222, 232)),
            ),
            "scans/IMG_20260911_0932.jpg",
            seed + 2,
            turn=90,
        ),
        capture.copier(
            [
                drawn(
                    "mongolia_notarial_birth",
                    notarial,
                    "birth_certificate",
                    oyun,
                    "identity",
                    ("mn", "en"),
                ),
                drawn(
                    "mongolia_birth_translation",
                    translation,
                    "certificate_of_translation",
                    oyun,
                    "identity",
                ),
            ],
            "scans/birth cert mongolia + translation.pdf",
            seed + 3,
        ),
        capture.desk(
            drawn(
                "arizona_birth",
                doc.arizona_birth(
                    son,
                    oyun,
                    ex,
                    ex_born,
                    "DESERT SAGE MEDICAL CENTER",
                    "101-2019-045718",
                    D(2019, 8, 1),
                    D(2025, 5, 20),
                    seed + 4,
                ),
                "birth_certificate",
                son,
                "us_family",
            ),
            "scans/IMG_20260911_0936.jpg",
            seed + 5,
            surface="pale",
        ),
        capture.desk(
            drawn(
                "mesa_police_report",
                doc.mesa_police_report(
                    oyun,
                    ex,
                    ex_born,
                    "2025-0340871",
                    attack,
                    street + ", " + city,
                    "Ofc. Marcus Delacroix",
                    "20544",
                    son,
                ),
                "police_report",
                oyun,
                ("crime_victim", "law_enforcement_cooperation"),
                proves=(attack.date(), attack.date()),
            ),
            ["scans/police report p1.jpg", "scans/police report p2.jpg"],
            seed + 6,
        ),
        capture.copier(
            [
                drawn(
                    "arizona_order_of_protection",
                    doc.arizona_order_of_protection(
                        oyun,
                        ex,
                        ex_born,
                        son,
                        "PO2025-001187",
                        D(2025, 2, 11),
                        D(2025, 2, 13),
                        "Hon. Patricia Reyes-Whitlock",
                        street + ", " + city,
                    ),
                    "protective_order",
                    oyun,
                    "crime_victim",
                ),
                drawn(
                    "i918_supplement_b",
                    doc.supplement_b(
                        oyun,
                        a_number,
                        "Deputy County Attorney Graham T. Ellsworth",
                        "Bureau Chief, Family Violence Bureau",
                        "Maricopa County Attorney's Office",
                        "225 W. Madison Street, Phoenix, AZ 85003",
                        "602-555-0108",
                        "CR2025-108842-001",
                        "02/09/2025",
                        "A.R.S. 13-1204(A)(2); 13-1203; 13-3601",
                        ["Domestic Violence", "Felonious Assault"],
                        "On 02/09/2025 the defendant, the victim's former partner, struck the "
                        "victim in the face and strangled her in her apartment in Mesa. He was "
                        "arrested and charged with aggravated assault (strangulation), a "
                        "class 4 felony, domestic violence.",
                        "The victim reported the assault at once, gave a recorded interview, "
                        "provided photographs and medical information, met with prosecutors "
                        "twice and testified at the preliminary hearing on 04/17/2025.",
                        D(2025, 10, 6),
                    ),
                    "u_visa_certification",
                    oyun,
                    ("law_enforcement_cooperation", "crime_victim"),
                ),
            ],
            "scans/court papers.pdf",
            seed + 7,
        ),
        capture.desk(
            drawn(
                "advocate_letter",
                doc.advocate_letter(
                    oyun, "Lucia Morrow-Tapaha", attack.date(), D(2025, 2, 11), D(2026, 8, 27)
                ),
                "letter_of_support",
                oyun,
                "crime_victim",
            ),
            "scans/IMG_20260911_0941.jpg",
            seed + 8,
            turn=180,
        ),
        capture.scan(
            drawn(
                "college_transcript",
                doc.college_transcript(oyun, "30118842", D(2026, 8, 4)),
                "school_record",
                oyun,
                "education",
                proves=(D(2022, 8, 22), D(2024, 12, 13)),
            ),
            "scans/EVCC transcript.pdf",
            seed + 9,
            dpi=150,
        ),
        capture.copier(
            [
                drawn(
                    "clinic_pay_stub",
                    st,
                    "pay_record",
                    oyun,
                    "employment_and_taxes",
                    proves=(a, b),
                )
                for st, (a, b) in zip(
                    stubs,
                    [
                        (D(2026, 9, 14), D(2026, 9, 27)),
                        (D(2026, 9, 28), D(2026, 10, 11)),
                        (D(2026, 10, 12), D(2026, 10, 25)),
                    ],
                    strict=True,
                )
            ],
            "scans/paystubs sept oct.pdf",
            seed + 10,
        ),
        capture.scan(
            drawn(
                "g28",
                doc.g28(
                    oyun, a_number, new_home, rep, "State Bar of Arizona|031877", D(2026, 9, 11)
                ),
                "g28",
                oyun,
                "other",
            ),
            "scans/G28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": oyun.name,
            "a_number": a_number,
            "date_of_birth": oyun.born,
            "country": "Mongolia",
            "entered_us": D(2016, 9, 4),
            "address": new_home,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Phoenix, AZ",
            "next_hearing": D(2027, 4, 14),
            "hearing_type": "master",
            "opla_office": "Phoenix",
            "nta_date": D(2024, 5, 2),
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "children": [{"name": son.name, "date_of_birth": son.born, "status": "usc"}],
            "education": True,
            "crime_victim": {"kind": "domestic_violence"},
            "law_enforcement_cooperation": True,
        },
        "translator": {
            "name": "Sarangerel Munkh-Erdene",
            "address": ["4117 E. Cactus Road", "Phoenix, AZ 85032"],
            "phone": "602-555-0129",
        },
    }
    return CasePlan(
        "batbayar", "blind12", case, placed, notes="no deliberate finding; Mongolian original"
    )


# ---------------------------------------------------------------- 2. Lawrence, Massachusetts


def pena() -> CasePlan:
    """A Dominican mother in Lawrence renewing a 2025 denial, whose daughter has type 1
    diabetes: a bilingual passport, a JCE acta inextensa photographed on the desk with its
    two-page translation, a bilingual Puerto Rico birth certificate a half turn off, a
    Massachusetts certificate, an endocrinologist's letter and a GED in one PDF, a Dominican
    school certificación with no translation, two W-2s, the denial, a pastor's letter."""
    yoka = Person("Yokasta Altagracia", "Peña Rosario", D(1987, 11, 2), "F", "Santiago")
    genesis = Person("Génesis Marie", "Almonte Peña", D(2013, 4, 16), "F", "San Juan")
    adrian = Person("Adrián José", "Almonte", D(2018, 9, 3), "M", "Lawrence")
    partner = "Wilfredo Almonte Cruz"
    a_number = "206-771-348"
    street, city = "57 Bennington Street, 2nd Floor", "Lawrence, MA 01841"
    rep = _rep(
        "Caroline Ashby-Nwosu",
        "Merrimack Valley Immigrant Defense Collaborative",
        ["280 Merrimack Street, Suite 410", "Lawrence, MA 01843"],
        "978-555-0166",
        "cashby@mvidc.example",
        "MA552093",
    )
    seed = 12200
    father, mother = "Rafael Antonio Peña Ureña", "Mercedes Rosario Tavárez"
    employer = ["ANDOVER PRECISION PACKAGING INC", "400 S UNION ST", "LAWRENCE MA 01843"]
    untranslated = "scans/certificacion liceo.jpg"
    placed = [
        capture.card_photo(
            _passport(
                "dominican_passport",
                yoka,
                ["es", "en"],
                seed + 1,
                header=["REPÚBLICA DOMINICANA", "PASAPORTE / PASSPORT"],
                code="DOM",
                number="RD5528107",
                nationality="DOMINICANA",
                place="SANTIAGO, R.D.",
                issued=D(2022, 1, 18),
                expiry=D(2032, 1, 17),
                authority="DGP / CONSULADO BOSTON",
                labels=[
                    "Tipo / Type",
                    "Código / Code",
                    "Pasaporte No. / Passport No.",
                    "Apellidos / Surname",
                    "Nombres / Given names",
                    "Nacionalidad / Nationality",
                    "Fecha de nacimiento / Date of birth",
                    "Sexo / Sex",
                    "Lugar de nacimiento / Place of birth",
                    "Fecha de expedición / Date of issue",
                    "Fecha de vencimiento / Date of expiry",
                    "Autoridad / Authority",
                ],
                tint=((214, 226, 240), (236, 226, 226)),
                date_language="es",
                personal="03104567123",
                personal_label="Cédula / Personal No.",
            ),
            "scans/pasaporte.jpg",
            seed + 2,
        ),
        capture.desk(
            drawn(
                "dominican_acta_inextensa",
                doc.acta_inextensa(
                    yoka,
                    father,
                    mother,
                    "00245",
                    "0112",
                    "000556",
                    D(1987, 11, 18),
                    D(2024, 3, 14),
                    seed + 3,
                ),
                "birth_certificate",
                yoka,
                "identity",
                "es",
            ),
            "scans/WhatsApp Image 2026-07-14 at 19.02.11.jpeg",
            seed + 4,
        ),
        capture.scan(
            drawn(
                "acta_translation",
                doc.acta_translation(
                    yoka,
                    father,
                    mother,
                    "00245",
                    "0112",
                    "000556",
                    D(1987, 11, 18),
                    D(2024, 3, 14),
                    "Esperanza L. Madera",
                    ["15 Union Street, Suite 2", "Methuen, MA 01844"],
                    "(978) 555-0175",
                    D(2026, 7, 20),
                ),
                "certificate_of_translation",
                yoka,
                "identity",
            ),
            "scans/acta translation.pdf",
            seed + 5,
        ),
        capture.desk(
            drawn(
                "puerto_rico_birth",
                doc.puerto_rico_birth(
                    genesis, partner, yoka.name, "2013-SJ-0084412", D(2019, 2, 5), seed + 6
                ),
                "birth_certificate",
                genesis,
                "us_family",
                ["es", "en"],
            ),
            "scans/IMG_5520.jpg",
            seed + 7,
            turn=180,
        ),
        capture.copier(
            [
                drawn(
                    "massachusetts_birth",
                    doc.massachusetts_birth(
                        adrian,
                        yoka,
                        partner,
                        "2018-001184",
                        "MERRIMACK VALLEY MEDICAL CENTER",
                        D(2026, 6, 30),
                        seed + 8,
                    ),
                    "birth_certificate",
                    adrian,
                    "us_family",
                ),
                drawn(
                    "endocrinology_letter",
                    doc.endocrinology_letter(genesis, yoka, D(2021, 10, 11), D(2026, 8, 18)),
                    "medical_record",
                    genesis,
                    ("medical", "us_family", "caretaker"),
                ),
                drawn(
                    "massachusetts_ged",
                    doc.ged_credential(yoka, D(2023, 6, 9), "MA-GED-2023-118407"),
                    "diploma",
                    yoka,
                    "education",
                ),
            ],
            "scans/scan_20260821_1.pdf",
            seed + 9,
        ),
        capture.desk(
            drawn(
                "dominican_school_certificacion",
                doc.dominican_school_certification(yoka, D(2024, 4, 2)),
                "school_record",
                yoka,
                "education",
                "es",
            ),
            untranslated,
            seed + 10,
            surface="pale",
        ),
        capture.copier(
            [
                drawn(
                    "w2",
                    doc.w2(
                        yoka,
                        "XXX-XX-6614",
                        [street, city],
                        employer,
                        "04-3318902",
                        year,
                        wages,
                        "MA",
                        "20-118734",
                        control,
                    ),
                    "tax_record",
                    yoka,
                    "employment_and_taxes",
                    proves=(D(year, 1, 1), D(year, 12, 31)),
                )
                for year, wages, control in [(2024, 38217.4, "A0412"), (2025, 40902.15, "A0519")]
            ],
            "scans/W2s.pdf",
            seed + 11,
        ),
        capture.scan(
            drawn(
                "opla_denial",
                doc.opla_denial(yoka, a_number, D(2025, 1, 27), D(2025, 5, 6), rep),
                "other",
                yoka,
                "other",
            ),
            "scans/OPLA response 2025.pdf",
            seed + 12,
            dpi=150,
        ),
        capture.desk(
            drawn(
                "pastor_letter",
                doc.pastor_letter(yoka, 2016, D(2026, 8, 2)),
                "letter_of_support",
                yoka,
                "community_ties",
            ),
            "scans/IMG_5531.jpg",
            seed + 13,
        ),
        capture.scan(
            drawn(
                "g28",
                doc.g28(
                    yoka,
                    a_number,
                    [street, city],
                    rep,
                    "Supreme Judicial Court of Massachusetts|BBO 689214",
                    D(2026, 7, 14),
                ),
                "g28",
                yoka,
                "other",
            ),
            "scans/G-28 pena.pdf",
            seed + 14,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": yoka.name,
            "a_number": a_number,
            "date_of_birth": yoka.born,
            "country": "Dominican Republic",
            "entered_us": D(2011, 6, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Boston, MA",
            "next_hearing": D(2027, 3, 3),
            "hearing_type": "individual",
            "opla_office": "Boston",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 5, 6),
                "outcome": "denied",
                "changes": "Since the denial she earned her GED, her daughter's diabetes "
                "now needs an insulin pump she manages every night, and her pastor and the "
                "child's endocrinologist have written about her care.",
            },
        },
        "representative": rep,
        "claims": {
            "children": [
                {"name": genesis.name, "date_of_birth": genesis.born, "status": "usc"},
                {"name": adrian.name, "date_of_birth": adrian.born, "status": "usc"},
            ],
            "education": True,
            "medical": {"person": genesis.name, "condition": "type 1 diabetes"},
            "community_ties": True,
        },
    }
    findings = [{"code": "untranslated-document", "file": untranslated}]
    allowed = [
        {"code": "stale-evidence", "claim": "request.prior_request"},
        {"code": "unclassified-document", "file": "scans/OPLA response 2025.pdf"},
    ]
    return CasePlan(
        "pena",
        "blind12",
        case,
        placed,
        findings,
        allowed,
        notes="a renewal; the Dominican school certificación has no translation",
    )


# ---------------------------------------------------------------- 3. Memphis, Tennessee


def traore() -> CasePlan:
    """A Malian father in Memphis, filing pro se, whose son served four years in the Army: a
    French and English passport a quarter turn off, an acte de naissance photographed upside
    down, a translation whose note never says it is accurate, two Tennessee birth certificates
    in one PDF, a DD 214, a two-page tax return transcript with an employer's letter and a
    utility bill in another, an imam's letter, his daughter's report card."""
    bouba = Person("Boubacar Sidiki", "Traoré", D(1979, 6, 14), "M", "Ségou")
    ibrahim = Person("Ibrahim", "Traoré", D(2003, 3, 11), "M", "Memphis")
    aminata = Person("Aminata", "Traoré", D(2012, 10, 5), "F", "Memphis")
    a_number = "094-318-772"
    street, city = "4418 Kirby Oaks Drive", "Memphis, TN 38118"
    seed = 12300
    father, mother = "Sidiki TRAORÉ", "Kadiatou COULIBALY"
    translation_file = "scans/translation acte.jpg"
    placed = [
        capture.card_photo(
            _passport(
                "mali_passport",
                bouba,
                ["fr", "en"],
                seed + 1,
                header=["RÉPUBLIQUE DU MALI / REPUBLIC OF MALI", "PASSEPORT / PASSPORT"],
                code="MLI",
                number="AA3318420",
                nationality="MALIENNE / MALIAN",
                place="SEGOU",
                issued=D(2021, 11, 3),
                expiry=D(2031, 11, 2),
                authority="AMBASSADE DU MALI WASHINGTON",
                labels=[
                    "Type / Type",
                    "Code du pays / Code",
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
                tint=((226, 236, 214), (240, 232, 204)),
                date_language="fr",
            ),
            "scans/passport.jpg",
            seed + 2,
            turn=270,
        ),
        capture.desk(
            drawn(
                "mali_acte_de_naissance",
                doc.mali_acte(
                    bouba,
                    father,
                    "Commerçant",
                    mother,
                    "Ménagère",
                    "0412",
                    D(1979, 6, 20),
                    D(2019, 1, 8),
                    seed + 3,
                ),
                "birth_certificate",
                bouba,
                "identity",
                "fr",
            ),
            "scans/acte naissance.jpg",
            seed + 4,
            turn=180,
        ),
        capture.scan(
            drawn(
                "mali_acte_translation",
                doc.mali_translation(
                    bouba,
                    father,
                    "Trader",
                    mother,
                    "Homemaker",
                    "0412",
                    D(1979, 6, 20),
                    D(2019, 1, 8),
                    "Fatoumata Sow",
                    D(2026, 9, 22),
                ),
                "certificate_of_translation",
                bouba,
                "identity",
            ),
            translation_file,
            seed + 5,
        ),
        capture.copier(
            [
                drawn(
                    "tennessee_birth",
                    doc.tennessee_birth(
                        child,
                        "KADIDIA DIALLO",
                        up(bouba.name),
                        number,
                        child.born + dt.timedelta(12),
                        issued,
                        hospital,
                        seed + 6 + i,
                    ),
                    "birth_certificate",
                    child,
                    "us_family",
                )
                for i, (child, number, issued, hospital) in enumerate(
                    [
                        (ibrahim, "2003-012884", D(2021, 4, 19), "REGIONAL MEDICAL CENTER"),
                        (aminata, "2012-054471", D(2024, 8, 2), "BAPTIST WOMEN'S HOSPITAL"),
                    ]
                )
            ],
            "scans/kids birth certificates.pdf",
            seed + 8,
        ),
        capture.scan(
            drawn(
                "dd214",
                doc.dd214(ibrahim, D(2021, 6, 15), D(2025, 6, 14), "WESTBROOK, ALAN J, CPT"),
                "military_record",
                ibrahim,
                ("military_service", "us_family"),
            ),
            "scans/DD214 Ibrahim.pdf",
            seed + 9,
        ),
        capture.copier(
            [
                drawn(
                    "tax_return_transcript",
                    doc.tax_return_transcript(
                        bouba,
                        "XXX-XX-7731",
                        2025,
                        "4418 KIRBY OAKS DR MEMPHIS TN 38118-",
                        44316.0,
                        D(2026, 10, 14),
                    ),
                    "tax_record",
                    bouba,
                    "employment_and_taxes",
                    proves=(D(2025, 1, 1), D(2025, 12, 31)),
                ),
                drawn(
                    "employer_letter",
                    doc.employer_letter_memphis(bouba, D(2014, 3, 17), D(2026, 9, 30)),
                    "employment_letter",
                    bouba,
                    "employment_and_taxes",
                ),
                drawn(
                    "utility_bill",
                    doc.utility_bill(
                        bouba,
                        "2207-4418-0931",
                        [street, city],
                        (D(2026, 8, 19), D(2026, 9, 18)),
                        D(2026, 9, 22),
                        142.18,
                        21.40,
                        48.77,
                        company="Wolf River Light, Gas & Water",
                        company_lines=[
                            "220 S. Main Street, Memphis, TN 38103",
                            "Customer Service (901) 555-0100",
                        ],
                        colour=(20, 70, 130),
                    ),
                    "residence_record",
                    bouba,
                    "length_of_residence",
                    proves=(D(2026, 8, 19), D(2026, 9, 18)),
                ),
            ],
            "scans/scan0007.pdf",
            seed + 10,
        ),
        capture.desk(
            drawn(
                "imam_letter",
                doc.imam_letter(bouba, 2005, D(2026, 10, 2)),
                "letter_of_support",
                bouba,
                "community_ties",
            ),
            "scans/IMG_3391.jpg",
            seed + 11,
        ),
        capture.desk(
            drawn(
                "memphis_report_card",
                doc.memphis_report_card(aminata, "8", "2026-2027", D(2026, 10, 23)),
                "school_record",
                aminata,
                ("us_family", "education"),
            ),
            "scans/IMG_3394.jpg",
            seed + 12,
            surface="pale",
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": bouba.name,
            "a_number": a_number,
            "date_of_birth": bouba.born,
            "country": "Mali",
            "entered_us": D(2001, 12, 9),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Memphis, TN",
            "next_hearing": D(2027, 5, 19),
            "hearing_type": "master",
            "opla_office": "Memphis",
        },
        "request": {"type": "administrative_closure"},
        "claims": {
            "children": [
                {"name": ibrahim.name, "date_of_birth": ibrahim.born, "status": "usc"},
                {"name": aminata.name, "date_of_birth": aminata.born, "status": "usc"},
            ],
            "military": {"member": "child", "branch": "Army"},
            "community_ties": True,
        },
        "translator": {"name": "Fatoumata Sow"},
    }
    findings = [{"code": "incomplete-translation-certificate", "file": translation_file}]
    return CasePlan(
        "traore",
        "blind12",
        case,
        placed,
        findings,
        notes="pro se; the acte's translation never says it is accurate and gives no address",
    )


# ---------------------------------------------------------------- 4. Sioux Falls, South Dakota


def kamau() -> CasePlan:
    """A Kenyan woman in Sioux Falls brought here at eight, twenty-two years ago: a passport, a
    district cumulative record (grades 3-8), a high school transcript, three IRS transcripts
    in one PDF, a lease photographed page by page and another scanned, two light bills in one
    PDF, a two-page wage and income transcript, a pay stub. Nothing dates the nineteen months
    after her graduation: a true residence gap."""
    faith = Person("Faith Wanjiru", "Kamau", D(1996, 2, 20), "F", "Nakuru")
    mother = "Grace Njeri Kamau"
    a_number = "201-663-094"
    ssn = "XXX-XX-5186"
    seed = 12400
    rep = _rep(
        "Thomas Eagle Feather-Lund",
        "Dakota Immigrant Rights Legal Clinic",
        ["300 N. Dakota Avenue, Suite 515", "Sioux Falls, SD 57104"],
        "605-555-0143",
        "tfeatherlund@dirlc.example",
        "SD228810",
    )
    home = ["1917 S. Minnesota Avenue, Apt. 6", "Sioux Falls, SD 57105"]
    irs_home = "1917 S MINNESOTA AVE APT 6 SIOUX FALLS SD 57105-"
    lease1_home = ["3012 E. 10th Street, Apt. 204", "Sioux Falls, SD 57103"]
    lease2_home = ["801 W. 41st Street, Apt. 12", "Sioux Falls, SD 57105"]
    years = [
        ("2004-2005", "3", "Hawthorne Elementary", 171, 5),
        ("2005-2006", "4", "Hawthorne Elementary", 173, 3),
        ("2006-2007", "5", "Hawthorne Elementary", 170, 6),
        ("2007-2008", "6", "Whittier Middle School", 172, 4),
        ("2008-2009", "7", "Whittier Middle School", 174, 2),
        ("2009-2010", "8", "Whittier Middle School", 169, 7),
    ]
    transcripts = [
        drawn(
            "account_transcript_2016",
            doc.account_transcript(
                faith,
                ssn,
                2016,
                14870.0,
                1262.0,
                890.0,
                D(2026, 6, 3),
                "3012 E 10TH ST APT 204 SIOUX FALLS SD 57103-",
            ),
            "tax_record",
            faith,
            ("employment_and_taxes", "length_of_residence"),
            proves=(D(2016, 1, 1), D(2016, 12, 31)),
        ),
        drawn(
            "wage_income_2019",
            doc.wage_income_transcript(
                faith,
                ssn,
                2019,
                "3012 E 10TH ST APT 204 SIOUX FALLS SD 57103-",
                [("XXXXX4417", "BIGS SIOU", "1305 W 18TH ST SIOUX FALLS SD 57104", 27311.0)],
                D(2026, 6, 3),
            ),
            "tax_record",
            faith,
            ("employment_and_taxes", "length_of_residence"),
            proves=(D(2019, 1, 1), D(2019, 12, 31)),
        ),
        drawn(
            "account_transcript_2022",
            doc.account_transcript(
                faith, ssn, 2022, 36480.0, 3410.0, 2771.0, D(2026, 6, 3), irs_home
            ),
            "tax_record",
            faith,
            ("employment_and_taxes", "length_of_residence"),
            proves=(D(2022, 1, 1), D(2022, 12, 31)),
        ),
    ]
    bills = [
        drawn(
            "light_bill",
            doc.utility_bill(
                faith,
                "51-0088-2217-4",
                home,
                period,
                issued,
                amount,
                0.0,
                0.0,
                company="Prairie Sky Energy",
                company_lines=["P.O. Box 1650, Sioux Falls, SD 57101", "1-800-555-0119"],
                colour=(40, 110, 60),
            ),
            "residence_record",
            faith,
            "length_of_residence",
            proves=period,
        )
        for period, issued, amount in [
            ((D(2023, 10, 12), D(2023, 11, 10)), D(2023, 11, 14), 71.35),
            ((D(2024, 9, 10), D(2024, 10, 9)), D(2024, 10, 12), 64.02),
        ]
    ]
    placed = [
        capture.card_photo(
            _passport(
                "kenya_passport",
                faith,
                "en",
                seed + 1,
                header=["REPUBLIC OF KENYA", "PASSPORT"],
                code="KEN",
                number="AK0618352",
                nationality="KENYAN",
                place="NAKURU",
                issued=D(2023, 3, 29),
                expiry=D(2033, 3, 28),
                authority="KENYA EMBASSY WASHINGTON",
                labels=[
                    "Type",
                    "Code",
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
                tint=((236, 222, 222), (222, 232, 222)),
            ),
            "scans/passport faith.jpg",
            seed + 2,
        ),
        capture.desk(
            drawn(
                "cumulative_record",
                doc.cumulative_record(faith, years, mother, D(2026, 5, 27)),
                "school_record",
                faith,
                ("length_of_residence", "arrived_as_child", "education"),
                proves=(D(2004, 8, 23), D(2010, 5, 27)),
            ),
            "scans/IMG_0412.jpg",
            seed + 3,
            surface="pale",
        ),
        capture.scan(
            drawn(
                "high_school_transcript",
                doc.high_school_transcript(faith, D(2010, 8, 19), D(2014, 5, 24), D(2026, 5, 29)),
                "school_record",
                faith,
                ("length_of_residence", "arrived_as_child", "education"),
                proves=(D(2010, 8, 19), D(2014, 5, 24)),
            ),
            "scans/PVHS transcript.pdf",
            seed + 4,
            dpi=150,
        ),
        capture.copier(transcripts, "scans/IRS transcripts.pdf", seed + 5),
        capture.desk(
            drawn(
                "lease_2017",
                doc.south_dakota_lease(
                    faith,
                    "Tenth Street Flats, LLC",
                    lease1_home,
                    D(2017, 6, 1),
                    D(2018, 5, 31),
                    745,
                    D(2017, 5, 18),
                ),
                "residence_record",
                faith,
                "length_of_residence",
                proves=(D(2017, 6, 1), D(2018, 5, 31)),
            ),
            ["scans/lease 2017 page 1.jpg", "scans/lease 2017 page 2.jpg"],
            seed + 6,
        ),
        capture.scan(
            drawn(
                "lease_2020",
                doc.south_dakota_lease(
                    faith,
                    "Westside Commons Apartments, LLC",
                    lease2_home,
                    D(2020, 8, 1),
                    D(2021, 7, 31),
                    895,
                    D(2020, 7, 20),
                ),
                "residence_record",
                faith,
                "length_of_residence",
                proves=(D(2020, 8, 1), D(2021, 7, 31)),
            ),
            "scans/lease 2020.pdf",
            seed + 7,
        ),
        capture.copier(bills, "scans/energy bills.pdf", seed + 8),
        capture.scan(
            drawn(
                "wage_income_2025",
                doc.wage_income_transcript(
                    faith,
                    ssn,
                    2025,
                    irs_home,
                    [
                        ("XXXXX4417", "BIGS SIOU", "1305 W 18TH ST SIOUX FALLS SD 57104", 41877.0),
                        (
                            "XXXXX9032",
                            "PRAI HOME",
                            "4500 S LOUISE AVE SIOUX FALLS SD 57106",
                            6218.0,
                        ),
                    ],
                    D(2026, 6, 3),
                ),
                "tax_record",
                faith,
                ("employment_and_taxes", "length_of_residence"),
                proves=(D(2025, 1, 1), D(2025, 12, 31)),
            ),
            "scans/wage income 2025.pdf",
            seed + 9,
        ),
        capture.desk(
            drawn(
                "pay_stub",
                doc.sd_pay_stub(
                    faith,
                    (D(2026, 11, 15), D(2026, 11, 28)),
                    D(2026, 12, 4),
                    72.0,
                    22.85,
                    47210.0,
                    home,
                ),
                "pay_record",
                faith,
                ("employment_and_taxes", "length_of_residence"),
                proves=(D(2026, 11, 15), D(2026, 11, 28)),
            ),
            "scans/IMG_0430.jpg",
            seed + 10,
            turn=90,
        ),
        capture.scan(
            drawn(
                "g28",
                doc.g28(
                    faith, a_number, home, rep, "State Bar of South Dakota|4471", D(2026, 6, 1)
                ),
                "g28",
                faith,
                "other",
            ),
            "scans/G-28 kamau.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": faith.name,
            "a_number": a_number,
            "date_of_birth": faith.born,
            "country": "Kenya",
            "entered_us": D(2004, 8, 10),
            "address": home,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Fort Snelling, MN",
            "next_hearing": D(2027, 2, 24),
            "hearing_type": "master",
            "opla_office": "St. Paul",
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {"residence_since": D(2004, 8, 23), "education": True},
    }
    findings = [{"code": "residence-gap", "claim": "residence_since"}]
    return CasePlan(
        "kamau",
        "blind12",
        case,
        placed,
        findings,
        notes="a true residence gap from her graduation (2014-05-24) to 2016-01-01",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "batbayar": batbayar,
    "pena": pena,
    "traore": traore,
    "kamau": kamau,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
