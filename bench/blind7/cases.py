"""The seventh blind corpus: four invented families (Bolivian in Indianapolis, Guinean in Des
Moines, Angolan in Oklahoma City, Belizean in Grand Rapids), each a case folder of the evidence
a legal-aid office really receives (phone photos on a desk, cards in a landscape frame a
quarter turn off, copier stacks, a document photographed page by page, originals in Spanish,
French and Portuguese with translations), a case.yaml whose claims the documents bear out, and
the truth it is scored against. Written from plain descriptions of real documents, without
reading the rules.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind7.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind7 import documents as doc
from tests.realistic import capture
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date

# The date the corpus is written as of: every letter and pay stub is dated on or before it,
# and the claimed residence is covered up to it (where no gap is expected). Move the dates on
# after late 2027, when the newest evidence becomes more than a year old.
AS_OF = D(2026, 11, 30)


def _rep(
    name: str, org: str, address: list[str], phone: str, email: str, eoir: str, bar: tuple[str, str]
) -> dict[str, Any]:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
        "bar_state": bar[0],
        "bar_number": bar[1],
    }


def _representative(rep: dict[str, Any]) -> dict[str, Any]:
    return {k: rep[k] for k in ("name", "organization", "address", "phone", "email", "eoir_id")}


# ---------------------------------------------------------------- 1. Indianapolis, Indiana


def quispe() -> CasePlan:
    """A Bolivian mother in Indianapolis: a bilingual passport a quarter turn off, her SERECI
    certificado and its two-page translation in one copier PDF, her son's Indiana certificate
    photographed on the desk, two report cards in one PDF, two W-2s in another, a lease
    photographed page by page."""
    rosa = Person("Rosa Elena", "Quispe Mamani", D(1989, 4, 17), "F", "La Paz, Bolivia")
    rosa_bc = Person(rosa.given, rosa.surname, rosa.born, "F", "Bolivia")
    wilfredo = Person("Wilfredo", "Choque Apaza", D(1986, 10, 2), "M", "Bolivia")
    joel = Person("Joel Andrés", "Choque Quispe", D(2016, 2, 9), "M", "Indianapolis")
    rep = _rep(
        "Margaret Lindqvist Obi",
        "Crossroads Immigrant Legal Clinic",
        ["2105 E. Washington Street, Suite 3", "Indianapolis, IN 46201"],
        "317-555-0172",
        "mobi@crossroads-legal.example",
        "IN447120",
        ("Indiana", "30418-49"),
    )
    street, city = "3318 N. Keystone Avenue, Apt. 2B", "Indianapolis, IN 46218"
    seed = 7100
    translator = (
        "Héctor Villarroel Suárez",
        "611 E. 38th Street, Indianapolis, IN 46205",
        "317-555-0124",
    )
    marks = [
        ["Reading / ELA", "B", "B+", "A-", "A-", "A-"],
        ["Mathematics", "A", "A", "A-", "A", "A"],
        ["Science", "B", "B", "B+", "B+", "B+"],
        ["Social Studies", "B+", "A-", "B+", "A-", "A-"],
        ["Physical Education", "S", "S", "S", "S", "S"],
    ]
    marks2 = [[row[0], *[m.replace("B", "A").replace("S", "E") for m in row[1:]]] for row in marks]
    placed = [
        capture.card_photo(
            doc.passport(
                "BOL",
                "BOLIVIANA",
                [
                    "ESTADO PLURINACIONAL DE BOLIVIA / PLURINATIONAL STATE OF BOLIVIA",
                    "PASAPORTE / PASSPORT",
                ],
                [
                    "Tipo/Type",
                    "Código/Code",
                    "Pasaporte N°/Passport No.",
                    "Apellidos/Surname",
                    "Nombres/Given names",
                    "Nacionalidad/Nationality",
                    "Fecha de nacimiento/Date of birth",
                    "Sexo/Sex",
                    "Lugar de nacimiento/Place of birth",
                    "Fecha de emisión/Date of issue",
                    "Fecha de vencimiento/Date of expiry",
                    "Autoridad/Authority",
                ],
                rosa,
                "BP4471902",
                D(2023, 5, 8),
                D(2033, 5, 7),
                "DIGEMIG LA PAZ",
                ("es", "en"),
                seed + 1,
            ),
            "scans/IMG_4410.jpg",
            seed + 1,
            turn=90,
        ),
        capture.copier(
            [
                doc.bolivia_birth(
                    rosa, "Francisca Mamani Condori", "Eusebio Quispe Huanca", "2045", seed + 2
                ),
                doc.translation(
                    "BIRTH CERTIFICATE",
                    "Spanish",
                    [
                        (
                            "Issuer",
                            "Plurinational State of Bolivia, Civil Registry Service (SERECI)",
                        ),
                        ("Registry office / Book / Entry", "2045 / 14 / 231"),
                        ("Paternal surname", "QUISPE"),
                        ("Maternal surname", "MAMANI"),
                        ("Given names", "ROSA ELENA"),
                        ("Date of birth", doc.long_date(rosa.born)),
                        ("Place of birth", "La Paz, Bolivia"),
                        ("Mother", "Francisca Mamani Condori"),
                        ("Father", "Eusebio Quispe Huanca"),
                        ("Issued", "La Paz, March 3, 2025, Departmental Director of SERECI"),
                    ],
                    rosa,
                    translator,
                    D(2026, 10, 20),
                ),
            ],
            "scans/scan_0001.pdf",
            seed + 2,
        ),
        capture.desk(
            doc.us_birth(
                "Indiana",
                [
                    "INDIANA DEPARTMENT OF HEALTH",
                    "CERTIFICATE OF LIVE BIRTH",
                    "DIVISION OF VITAL RECORDS",
                ],
                joel,
                rosa_bc,
                wilfredo,
                "Eskenazi Health",
                "Indianapolis",
                "Marion",
                "116-2016-004418",
                D(2016, 2, 19),
                D(2025, 1, 14),
                "Corinne Hadley",
                0,
                seed + 3,
            ),
            "scans/IMG_4415.jpg",
            seed + 3,
        ),
        capture.copier(
            [
                doc.report_card(
                    joel,
                    "Francis Scott Key School 103",
                    "Indianapolis Public Schools",
                    "2024-2025",
                    "3",
                    marks,
                    seed + 4,
                ),
                doc.report_card(
                    joel,
                    "Francis Scott Key School 103",
                    "Indianapolis Public Schools",
                    "2025-2026",
                    "4",
                    marks2,
                    seed + 5,
                ),
            ],
            "scans/report cards.pdf",
            seed + 4,
        ),
        capture.copier(
            [
                doc.w2(
                    rosa,
                    2024,
                    "7731",
                    [street, city],
                    ["HOOSIER FRESH PRODUCE CO", "4550 W. 16th Street", "Indianapolis, IN 46222"],
                    "35-2218804",
                    29884.10,
                    "IN",
                ),
                doc.w2(
                    rosa,
                    2025,
                    "7731",
                    [street, city],
                    ["HOOSIER FRESH PRODUCE CO", "4550 W. 16th Street", "Indianapolis, IN 46222"],
                    "35-2218804",
                    31402.55,
                    "IN",
                ),
            ],
            "scans/W2s.pdf",
            seed + 6,
        ),
        capture.desk(
            doc.lease(
                rosa,
                [joel],
                "Keystone Commons Apartments LLC",
                "3318 N. Keystone Avenue, Apt. 2B",
                "Indianapolis, IN 46218",
                D(2024, 6, 1),
                D(2027, 5, 31),
                1080,
                "Indiana",
                D(2024, 5, 20),
            ),
            ["scans/IMG_2231.jpg", "scans/IMG_2232.jpg"],
            seed + 7,
        ),
        capture.scan(
            doc.letter(
                "pastor_letter",
                "letter_of_support",
                "community_ties",
                rosa,
                (
                    "Iglesia Cristiana Fuente de Vida",
                    ["4012 E. 34th Street", "Indianapolis, IN 46218  ·  (317) 555-0109"],
                    (100, 30, 60),
                    "cross",
                ),
                D(2026, 11, 8),
                None,
                [
                    "I am the pastor of Fuente de Vida, a Spanish-speaking congregation on the "
                    "east side of Indianapolis. Rosa Elena Quispe Mamani began attending our "
                    "church in October 2014, a few weeks after she arrived in the city, and "
                    "she has been a member ever since.",
                    "Rosa leads our children's Sunday school class and cooks for the "
                    "community supper we hold on the last Friday of each month. When a family "
                    "in our church lost their home to a fire in 2022 she took two of their "
                    "children into her apartment for a month.",
                    "She is raising her son Joel with great love. He is a good student and "
                    "sings in our youth choir. I know her to be honest and responsible, and I "
                    "respectfully ask that she be allowed to remain in the United States.",
                ],
                "Rev. Samuel Arredondo Pike",
                ["Senior Pastor"],
                proves=(D(2014, 10, 1), D(2026, 11, 8)),
            ),
            "scans/carta pastor.jpg",
            seed + 8,
        ),
        capture.scan(
            doc.esl_certificate(
                rosa,
                "Ivy Tech Community College",
                "English as a Second Language, Level 4 (Intermediate High)",
                96,
                D(2019, 5, 10),
            ),
            "scans/esl certificate.jpg",
            seed + 9,
            colour=True,
        ),
        capture.scan(
            doc.g28(rosa, "A213-550-874", rep, street, city, D(2026, 11, 12)),
            "scans/G-28.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": rosa.name,
            "a_number": "A213-550-874",
            "date_of_birth": rosa.born,
            "country": "Bolivia",
            "entered_us": D(2014, 8, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Chicago, IL",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "master",
            "opla_office": "Chicago",
        },
        "request": {"type": "dismissal"},
        "representative": _representative(rep),
        "translator": {"name": translator[0], "address": [translator[1]], "phone": translator[2]},
        "claims": {
            "residence_since": D(2014, 8, 10),
            "children": [{"name": joel.name, "date_of_birth": joel.born, "status": "usc"}],
            "education": True,
            "community_ties": True,
        },
    }
    return CasePlan(
        "quispe",
        "blind7",
        case,
        placed,
        notes="no deliberate gap: every claim is proved and residence is covered",
    )


# ---------------------------------------------------------------- 2. Des Moines, Iowa


def diallo() -> CasePlan:
    """A Guinean father in Des Moines who cares for his wife with multiple sclerosis: his
    extrait photographed on the desk, a translation whose certificate lacks the translator's
    statement of competence, three pay stubs in one PDF, a masked account transcript, a
    neighbour's letter in French with no translation."""
    mamadou = Person("Mamadou Saliou", "Diallo", D(1985, 7, 23), "M", "Labé, Guinée")
    mamadou_bc = Person(mamadou.given, mamadou.surname, mamadou.born, "M", "Guinea")
    binta = Person("Fatoumata Binta", "Bah", D(1990, 1, 5), "F", "Guinea")
    ibrahima = Person("Ibrahima Sory", "Diallo", D(2018, 11, 30), "M", "Des Moines")
    rep = _rep(
        "Peter Hansen-Ruiz",
        "Heartland Justice for Immigrants",
        ["1000 Grand Avenue, Suite 410", "Des Moines, IA 50309"],
        "515-555-0163",
        "phansen@hji-legal.example",
        "IA902215",
        ("Iowa", "AT0019482"),
    )
    street, city = "2219 Hickman Road, Apt. 5", "Des Moines, IA 50310"
    seed = 7200
    translator = ("Claudine Mbemba Ferris", "900 Keo Way, Des Moines, IA 50309", "515-555-0188")
    stubs = [
        doc.pay_stub(
            mamadou,
            "PRAIRIE STATE LOGISTICS INC",
            "3900 SE 14th St, Des Moines, IA 50320",
            (start, start + dt.timedelta(days=13)),
            start + dt.timedelta(days=18),
            80.0,
            19.75,
            seed + i,
        )
        for i, start in enumerate([D(2026, 9, 14), D(2026, 9, 28), D(2026, 10, 12)])
    ]
    placed = [
        capture.card_photo(
            doc.passport(
                "GIN",
                "GUINEENNE",
                ["RÉPUBLIQUE DE GUINÉE / REPUBLIC OF GUINEA", "PASSEPORT / PASSPORT"],
                [
                    "Type",
                    "Code du pays/Country code",
                    "N° de passeport/Passport No.",
                    "Nom/Surname",
                    "Prénoms/Given names",
                    "Nationalité/Nationality",
                    "Date de naissance/Date of birth",
                    "Sexe/Sex",
                    "Lieu de naissance/Place of birth",
                    "Date de délivrance/Date of issue",
                    "Date d'expiration/Date of expiry",
                    "Autorité/Authority",
                ],
                mamadou,
                "R0338127",
                D(2021, 9, 2),
                D(2026, 9, 1),
                "DCPAF CONAKRY",
                ("fr", "en"),
                seed + 1,
                ((214, 232, 216), (244, 240, 222)),
            ),
            "scans/IMG_0087.jpg",
            seed + 1,
            turn=270,
        ),
        capture.desk(
            doc.guinea_extrait(mamadou, "Hadja Kadiatou Baldé", "Thierno Oumar Diallo", seed + 2),
            "scans/extrait de naissance.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.translation(
                "EXTRACT OF BIRTH RECORD",
                "French",
                [
                    (
                        "Issuer",
                        "Republic of Guinea, Prefecture of Labé, Urban Commune of Labé, "
                        "Civil Registry Center",
                    ),
                    ("Record", "No. 0417 / 1985"),
                    ("Date of birth", doc.long_date(mamadou.born)),
                    ("Place of birth", "Labé"),
                    ("Name", "MAMADOU SALIOU DIALLO"),
                    ("Sex", "male"),
                    ("Son of", "Thierno Oumar Diallo"),
                    ("And of", "Hadja Kadiatou Baldé"),
                    ("Issued", "June 14, 2024, by the Civil Registry Officer"),
                ],
                mamadou,
                translator,
                D(2026, 10, 30),
                competent=False,
            ),
            "scans/translation birth.pdf",
            seed + 3,
        ),
        capture.scan(
            doc.us_birth(
                "Iowa",
                [
                    "IOWA DEPARTMENT OF HEALTH AND HUMAN SERVICES",
                    "CERTIFICATE OF LIVE BIRTH",
                    "BUREAU OF HEALTH STATISTICS",
                ],
                ibrahima,
                binta,
                mamadou_bc,
                "MercyOne Des Moines Medical Center",
                "Des Moines",
                "Polk",
                "153-2018-071143",
                D(2018, 12, 10),
                D(2024, 3, 4),
                "Dana Hollister",
                1,
                seed + 4,
            ),
            "scans/ibrahima birth cert.pdf",
            seed + 4,
        ),
        capture.scan(
            doc.letter(
                "neurology_letter",
                "medical_record",
                "caretaker",
                binta,
                (
                    "UnityPoint Health - Des Moines Neurology",
                    [
                        "1215 Pleasant Street, Suite 306",
                        "Des Moines, IA 50309  ·  Tel 515-555-0147  ·  Fax 515-555-0148",
                    ],
                    (0, 80, 140),
                    "cross",
                ),
                D(2026, 10, 21),
                f"Re: Fatoumata Binta Bah, DOB {doc.us(binta.born)}",
                [
                    "I am the treating neurologist of Ms. Fatoumata Binta Bah, whom I have "
                    "followed since 2021 for relapsing-remitting multiple sclerosis. Her "
                    "disease has progressed: she now walks only short distances with a "
                    "walker, has severe fatigue and has lost fine control of her right hand.",
                    "She needs help every day with bathing, dressing, meals and getting to "
                    "her infusion appointments every six weeks. Her husband, Mamadou Saliou "
                    "Diallo, is her sole caregiver; he arranges his work shifts around her "
                    "care and brings her to every visit.",
                    "In my medical opinion, losing his care would put her at serious risk of "
                    "falls, missed treatment and hospitalisation.",
                ],
                "Anne-Marie Kowalczyk, MD",
                ["Neurology, UnityPoint Health"],
                salutation="To the Department of Homeland Security:",
            ),
            "scans/doctor letter.pdf",
            seed + 5,
        ),
        capture.copier(stubs, "scans/scan0004.pdf", seed + 6),
        capture.scan(
            doc.letter(
                "employment_letter",
                "employment_letter",
                "employment_and_taxes",
                mamadou,
                (
                    "Prairie State Logistics, Inc.",
                    [
                        "3900 SE 14th Street, Des Moines, IA 50320",
                        "Human Resources  ·  515-555-0111",
                    ],
                    (30, 60, 30),
                    "leaf",
                ),
                D(2026, 11, 2),
                "Re: Verification of employment",
                [
                    "This letter confirms that Mamadou Saliou Diallo has been employed by "
                    "Prairie State Logistics since March 4, 2013. He is a full-time forklift "
                    "operator and shift lead in our distribution warehouse, currently paid "
                    "$19.75 an hour.",
                    "Mr. Diallo is dependable and respected by his co-workers. He trains new "
                    "employees in safe equipment handling and has received our safety award "
                    "three times.",
                ],
                "Gloria Tran-Meyers",
                ["Human Resources Manager"],
                face="sans",
                proves=(D(2013, 3, 4), D(2026, 11, 2)),
            ),
            "scans/employer letter.jpg",
            seed + 7,
        ),
        capture.scan(
            doc.account_transcript(mamadou, 2025, "4408", street, 40211.0, D(2026, 11, 3)),
            "scans/transcript 2025.pdf",
            seed + 8,
        ),
        capture.desk(
            doc.letter(
                "neighbour_letter_fr",
                "letter_of_support",
                "community_ties",
                mamadou,
                (
                    "Aminata Sylla",
                    ["2225 Hickman Road, Apt. 7", "Des Moines, IA 50310"],
                    (60, 60, 60),
                    "house",
                ),
                D(2026, 11, 5),
                None,
                [
                    "Je m'appelle Aminata Sylla et je suis la voisine de Mamadou Saliou Diallo "
                    "depuis six ans. Chaque matin je le vois aider sa femme à descendre "
                    "l'escalier et l'accompagner à ses rendez-vous.",
                    "C'est un homme honnête et travailleur. Il aide tous les voisins, il "
                    "répare les vélos des enfants et il déblaie la neige devant nos portes en "
                    "hiver. Sa famille a besoin de lui.",
                ],
                "Aminata Sylla",
                ["Voisine"],
                "fr",
                salutation="Madame, Monsieur,",
                closing="Veuillez agréer mes salutations distinguées,",
                date_line="Des Moines, le 5 novembre 2026",
            ),
            "scans/IMG_0112.jpg",
            seed + 9,
            surface="pale",
        ),
        capture.scan(
            doc.g28(mamadou, "A208-114-390", rep, street, city, D(2026, 11, 10)),
            "scans/g28.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": mamadou.name,
            "a_number": "208-114-390",
            "date_of_birth": mamadou.born,
            "country": "Guinea",
            "entered_us": D(2012, 5, 19),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Omaha, NE",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "individual",
            "opla_office": "Omaha",
        },
        "request": {"type": "administrative_closure"},
        "representative": _representative(rep),
        "translator": {"name": translator[0], "address": [translator[1]], "phone": translator[2]},
        "claims": {
            "residence_since": D(2012, 5, 19),
            "children": [{"name": ibrahima.name, "date_of_birth": ibrahima.born, "status": "usc"}],
            "caretaker": {"person": binta.name, "condition": "multiple sclerosis"},
            "community_ties": True,
        },
    }
    findings = [
        # The certificate says what was translated but not that the translator is competent.
        {"code": "incomplete-translation-certificate", "file": "scans/translation birth.pdf"},
        # The neighbour wrote in French and no one translated it.
        {"code": "untranslated-document", "file": "scans/IMG_0112.jpg"},
    ]
    return CasePlan(
        "diallo",
        "blind7",
        case,
        placed,
        findings,
        notes="true findings: an incomplete translation certificate and an "
        "untranslated letter; residence is covered",
    )


# ---------------------------------------------------------------- 3. Oklahoma City, Oklahoma


def domingos() -> CasePlan:
    """An Angolan mother in Oklahoma City, a survivor of domestic violence renewing a denied
    request: a police report and an I-918 Supplement B in one copier PDF, the hearing notice
    and the denial in another, a bill and a bank statement in a third."""
    teresa = Person("Teresa Manuela", "Domingos Kiala", D(1992, 3, 28), "F", "Luanda, Angola")
    teresa_bc = Person(teresa.given, teresa.surname, teresa.born, "F", "Angola")
    lucas = Person("Lucas Emanuel", "Domingos", D(2019, 8, 14), "M", "Oklahoma City")
    rep = _rep(
        "Rachel Whitebird Santos",
        "Red Earth Immigration Law Project",
        ["800 N. Harvey Avenue, Suite 212", "Oklahoma City, OK 73102"],
        "405-555-0135",
        "rsantos@redearth-law.example",
        "OK118734",
        ("Oklahoma", "33871"),
    )
    street, city = "4420 NW 23rd Street, Apt. 118", "Oklahoma City, OK 73127"
    seed = 7300
    translator = (
        "Joaquim Pereira Lutz",
        "2900 N. Classen Blvd., Oklahoma City, OK 73106",
        "405-555-0192",
    )
    placed = [
        capture.card_photo(
            doc.passport(
                "AGO",
                "ANGOLANA",
                ["REPÚBLICA DE ANGOLA / REPUBLIC OF ANGOLA", "PASSAPORTE / PASSPORT"],
                [
                    "Tipo/Type",
                    "Código/Code",
                    "Passaporte N.º/Passport No.",
                    "Apelido/Surname",
                    "Nome/Given names",
                    "Nacionalidade/Nationality",
                    "Data de nascimento/Date of birth",
                    "Sexo/Sex",
                    "Local de nascimento/Place of birth",
                    "Data de emissão/Date of issue",
                    "Válido até/Date of expiry",
                    "Autoridade/Authority",
                ],
                teresa,
                "N2094471",
                D(2022, 1, 17),
                D(2032, 1, 16),
                "SME LUANDA",
                ("pt", "en"),
                seed + 1,
                ((236, 222, 210), (250, 244, 236)),
            ),
            "scans/passport.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.angola_certidao(teresa, "Esperança Kiala", "António Domingos", seed + 2),
            "scans/certidao.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.translation(
                "BIRTH CERTIFICATE (FULL NARRATIVE)",
                "Portuguese",
                [
                    (
                        "Issuer",
                        "Republic of Angola, Ministry of Justice and Human Rights, Civil "
                        "Registry Office of Luanda, 2nd Section",
                    ),
                    ("Entry", "Book of birth entries no. 88, page 112, entry no. 3304"),
                    ("Name", "TERESA MANUELA DOMINGOS KIALA"),
                    ("Sex", "female"),
                    ("Date of birth", doc.long_date(teresa.born)),
                    ("Place of birth", "Luanda"),
                    ("Parents", "António Domingos and Esperança Kiala"),
                    ("Issued", "Luanda, January 22, 2025, the Registrar"),
                ],
                teresa,
                translator,
                D(2026, 9, 30),
            ),
            "scans/certidao translation.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.us_birth(
                "Oklahoma",
                [
                    "OKLAHOMA STATE DEPARTMENT OF HEALTH",
                    "CERTIFICATE OF BIRTH",
                    "CENTER FOR HEALTH STATISTICS - VITAL RECORDS",
                ],
                lucas,
                teresa_bc,
                None,
                "Integris Baptist Medical Center",
                "Oklahoma City",
                "Oklahoma",
                "2019-0331870",
                D(2019, 8, 26),
                D(2025, 6, 3),
                "Wanda Redcorn",
                2,
                seed + 4,
            ),
            "scans/IMG_5520.jpg",
            seed + 4,
            turn=180,
        ),
        capture.copier(
            [
                doc.police_report(
                    teresa,
                    "OKLAHOMA CITY POLICE DEPARTMENT",
                    "2023-071288",
                    D(2023, 6, 9),
                    "4420 NW 23RD ST APT 118",
                    "DOMESTIC ASSAULT AND BATTERY WITH A DANGEROUS WEAPON",
                    "R/O RESPONDED TO A 911 CALL. VICTIM TERESA DOMINGOS KIALA STATED HER "
                    "FORMER BOYFRIEND FORCED ENTRY, STRUCK HER WITH A LAMP AND CHOKED HER "
                    "IN FRONT OF HER 3 YR OLD SON. R/O OBSERVED BRUISING TO NECK AND A "
                    "LACERATION ABOVE LEFT EYE. EMSA TRANSPORTED VICTIM TO ST ANTHONY. "
                    "SUSPECT LEFT BEFORE ARRIVAL; WARRANT REQUESTED. VICTIM COOPERATIVE AND "
                    "GAVE A RECORDED STATEMENT.",
                    "Ofc. D. Nakai #2291",
                ),
                doc.i918b(
                    teresa,
                    "Oklahoma City Police Department",
                    "Capt. Brenda Lofton",
                    "2023-071288",
                    D(2024, 2, 12),
                ),
            ],
            "scans/police and U cert.pdf",
            seed + 5,
        ),
        capture.copier(
            [
                doc.eoir_notice(
                    teresa,
                    "A220-471-093",
                    "Dallas, TX",
                    ["1100 COMMERCE STREET, SUITE 1060", "DALLAS, TX 75242"],
                    dt.datetime(2027, 3, 30, 8, 30),
                    D(2026, 10, 1),
                ),
                doc.letter(
                    "pd_denial",
                    ("other", "court_record"),
                    "other",
                    teresa,
                    (
                        "U.S. Immigration and Customs Enforcement",
                        [
                            "Office of the Principal Legal Advisor - Dallas",
                            "125 E. John Carpenter Fwy, Suite 500, Irving, TX 75062",
                        ],
                        (20, 40, 80),
                        "shield",
                    ),
                    D(2025, 9, 15),
                    "Re: DOMINGOS KIALA, Teresa Manuela  A220-471-093",
                    [
                        "OPLA has reviewed your request that it exercise prosecutorial "
                        "discretion in the above matter. After careful consideration of the "
                        "totality of the circumstances, OPLA declines to exercise "
                        "prosecutorial discretion at this time.",
                        "This decision does not preclude a future request based on changed "
                        "circumstances or new information.",
                    ],
                    "Chief Counsel, Dallas",
                    ["Office of the Principal Legal Advisor"],
                    salutation="Dear Counsel:",
                    face="sans",
                ),
            ],
            "scans/ICE and court papers.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                doc.utility_bill(
                    teresa,
                    "OG&E",
                    [
                        "Oklahoma Gas and Electric",
                        "P.O. Box 24990, Oklahoma City, OK 73124",
                        "1-800-555-0144",
                    ],
                    "7104-4418-02",
                    street,
                    city,
                    (D(2026, 9, 18), D(2026, 10, 19)),
                    118.36,
                    (0, 90, 160),
                ),
                doc.bank_statement(
                    teresa,
                    "Canadian Valley Federal Credit Union",
                    street,
                    city,
                    (D(2026, 10, 1), D(2026, 10, 31)),
                    [
                        (1, "ACH DEPOSIT SOONER HOME HEALTH PAYROLL", 1184.20),
                        (3, "POS WALMART SC #0483 OKLAHOMA CITY", -96.14),
                        (5, "RENT - CHECK 1021", -895.00),
                        (15, "ACH DEPOSIT SOONER HOME HEALTH", 1190.75),
                        (20, "OG&E AUTOPAY", -118.36),
                        (27, "ATM WITHDRAWAL NW 23RD", -60.00),
                    ],
                    412.88,
                ),
            ],
            "scans/bills.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.letter(
                "volunteer_letter",
                "letter_of_support",
                "community_ties",
                teresa,
                (
                    "Regional Food Bank of Oklahoma",
                    ["3355 S. Purdue Avenue", "Oklahoma City, OK 73179  ·  405-555-0100"],
                    (200, 90, 20),
                    "leaf",
                ),
                D(2026, 11, 4),
                "Re: Teresa Manuela Domingos Kiala",
                [
                    "As volunteer coordinator of the Regional Food Bank's west-side pantry I "
                    "have worked with Teresa Domingos Kiala every week since January 2024. She "
                    "volunteers each Saturday morning, sorting donations and helping families "
                    "who speak Portuguese and Spanish register for food boxes.",
                    "Teresa is reliable and warm with everyone she meets. She has logged more "
                    "than 300 volunteer hours and trains new volunteers. Our pantry would "
                    "miss her greatly.",
                ],
                "Devon Achterberg",
                ["Volunteer Coordinator, West Side Pantry"],
                face="sans",
            ),
            "scans/food bank letter.pdf",
            seed + 8,
        ),
        capture.scan(
            doc.g28(teresa, "A220-471-093", rep, street, city, D(2026, 11, 9)),
            "scans/G28 Domingos.pdf",
            seed + 9,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": teresa.name,
            "a_number": "A220-471-093",
            "date_of_birth": teresa.born,
            "country": "Angola",
            "entered_us": D(2017, 11, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Dallas, TX",
            "next_hearing": D(2027, 3, 30),
            "hearing_type": "master",
            "opla_office": "Dallas",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 9, 15),
                "outcome": "denied",
                "changes": "Since the denial Ms. Domingos Kiala's U visa petition is supported "
                "by a certification and she has become a weekly food bank volunteer.",
            },
        },
        "representative": _representative(rep),
        "translator": {"name": translator[0], "address": [translator[1]], "phone": translator[2]},
        "claims": {
            "children": [{"name": lucas.name, "date_of_birth": lucas.born, "status": "usc"}],
            "crime_victim": {"kind": "domestic_violence"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
    }
    allowed = [
        # a hearing notice and a denial prove no equity: a correct build may leave them other
        {"code": "unclassified-document", "file": "scans/ICE and court papers.pdf"},
        # DESIGN.md: a renewal whose new evidence postdates the denial gets an info note
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
    ]
    return CasePlan(
        "domingos",
        "blind7",
        case,
        placed,
        allowed=allowed,
        notes="no deliberate gap; the police report and the certification "
        "predate the denial, the bills and the letter follow it",
    )


# ---------------------------------------------------------------- 4. Grand Rapids, Michigan


def flowers() -> CasePlan:
    """A Belizean father in Grand Rapids with an old drunk-driving conviction and a daughter
    with sickle cell disease: a work permit a quarter turn off, two Michigan certificates (one
    scanned, one photographed), a 1040 and a 1099-NEC in one PDF, two school papers in
    another, a court disposition."""
    kenrick = Person("Kenrick Alphonso", "Flowers", D(1984, 12, 3), "M", "Belize City, Belize")
    kenrick_bc = Person(kenrick.given, kenrick.surname, kenrick.born, "M", "Belize")
    latoya = Person("Latoya Simone", "Gentle", D(1988, 6, 19), "F", "Michigan")
    shanice = Person("Shanice Marie", "Flowers", D(2013, 4, 2), "F", "Grand Rapids")
    jaylen = Person("Jaylen Andre", "Flowers", D(2016, 9, 25), "M", "Grand Rapids")
    rep = _rep(
        "Thomas Greenhoe-Akande",
        "West Michigan Immigrant Advocates",
        ["40 Pearl Street NW, Suite 800", "Grand Rapids, MI 49503"],
        "616-555-0157",
        "takande@wmia-law.example",
        "MI550981",
        ("Michigan", "P81442"),
    )
    street, city = "1406 Madison Avenue SE", "Grand Rapids, MI 49507"
    seed = 7400
    michigan = [
        "STATE OF MICHIGAN",
        "CERTIFIED COPY OF BIRTH RECORD",
        "MICHIGAN DEPARTMENT OF HEALTH AND HUMAN SERVICES - VITAL RECORDS",
    ]
    placed = [
        capture.card_photo(
            doc.passport(
                "BLZ",
                "BELIZEAN",
                ["BELIZE", "PASSPORT"],
                [
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
                kenrick,
                "P0718842",
                D(2020, 2, 11),
                D(2030, 2, 10),
                "IMMIGRATION DEPT BELMOPAN",
                "en",
                seed + 1,
                ((210, 222, 240), (240, 244, 250)),
            ),
            "scans/IMG_7781.jpg",
            seed + 1,
        ),
        capture.card_photo(
            doc.work_permit(
                kenrick, "IOE0931774502", "208-339-117", "C08", (D(2025, 4, 1), D(2030, 3, 31))
            ),
            "scans/IMG_7783.jpg",
            seed + 2,
            turn=90,
        ),
        capture.scan(
            doc.belize_birth(kenrick, "Merline Flowers", "Alphonso Usher", seed + 3),
            "scans/belize birth.jpg",
            seed + 3,
        ),
        capture.scan(
            doc.us_birth(
                "Michigan",
                michigan,
                shanice,
                latoya,
                kenrick_bc,
                "Spectrum Health Butterworth Hospital",
                "Grand Rapids",
                "Kent",
                "41-2013-118204",
                D(2013, 4, 12),
                D(2024, 8, 19),
                "Sarah Chen",
                1,
                seed + 4,
            ),
            "scans/shanice bc.pdf",
            seed + 4,
            dpi=150,
        ),
        capture.desk(
            doc.us_birth(
                "Michigan",
                michigan,
                jaylen,
                latoya,
                kenrick_bc,
                "Mercy Health Saint Mary's",
                "Grand Rapids",
                "Kent",
                "41-2016-130977",
                D(2016, 10, 5),
                D(2024, 8, 19),
                "Sarah Chen",
                0,
                seed + 5,
            ),
            "scans/IMG_7790.jpg",
            seed + 5,
        ),
        capture.copier(
            [
                doc.form_1040(kenrick, 2024, "2260", street, city, [shanice, jaylen], 38412.0),
                doc.form_1099_nec(
                    kenrick,
                    2025,
                    "2260",
                    street,
                    city,
                    [
                        "GREAT LAKES FLOORING INSTALLERS LLC",
                        "2750 29th St SE",
                        "Grand Rapids, MI 49512",
                        "(616) 555-0123",
                    ],
                    41870.00,
                ),
            ],
            "scans/taxes.pdf",
            seed + 6,
        ),
        capture.scan(
            doc.court_disposition(
                kenrick,
                "61ST DISTRICT COURT - CITY OF GRAND RAPIDS",
                "19-04417-OD",
                "OPERATING WHILE INTOXICATED, 1ST OFFENSE, MCL 257.625(1)",
                (D(2019, 3, 16), D(2019, 6, 4), D(2020, 6, 3)),
                [
                    "12 MONTHS PROBATION, ALCOHOL EDUCATION PROGRAM,",
                    "FINES AND COSTS $1,125.00 (PAID 09/20/2019)",
                    "LICENSE RESTRICTED 150 DAYS",
                ],
                "Hon. Marisa Tolbert-Vink",
            ),
            "scans/court disposition.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.clinic_summary(
                shanice,
                "Helen DeVos Children's Hospital - Hematology & Oncology",
                ["100 Michigan Street NE, Grand Rapids, MI 49503", "Phone 616-555-0181"],
                D(2026, 10, 27),
                [
                    "Sickle cell disease, HbSS (D57.1)",
                    "History of acute chest syndrome (2022)",
                    "Vaso-occlusive pain crises, 3 admissions in past 12 months",
                ],
                [
                    "Hydroxyurea 500 mg by mouth daily",
                    "Folic acid 1 mg daily",
                    "Penicillin VK 250 mg twice daily",
                ],
                "Renata Osei-Bonsu, MD",
                "Shanice is seen every 8 weeks with labs. Continue hydroxyurea; transcranial "
                "Doppler due in January. Father attends all visits and manages her "
                "medications and hydration; reviewed the crisis plan with him today.",
            ),
            "scans/shanice hematology.pdf",
            seed + 8,
        ),
        capture.copier(
            [
                doc.school_letter(
                    jaylen,
                    kenrick,
                    "Dickinson Academy",
                    [
                        "Grand Rapids Public Schools",
                        "448 Dickinson Street SE, Grand Rapids, MI 49507  ·  616-555-0170",
                    ],
                    [
                        "Jaylen Andre Flowers is enrolled in the fourth grade at Dickinson "
                        "Academy for the 2026-2027 school year. His attendance this year is 97 "
                        "percent and he has had no unexcused absences.",
                        "His father, Mr. Kenrick Flowers, walks him to school every morning and "
                        "has attended every parent-teacher conference. Jaylen is a pleasure to "
                        "have in class.",
                    ],
                    "Yolanda Brink",
                    "Principal",
                    D(2026, 11, 6),
                    "attendance_letter",
                ),
                doc.school_letter(
                    shanice,
                    kenrick,
                    "Alger Middle School",
                    [
                        "Grand Rapids Public Schools",
                        "921 Alger Street SE, Grand Rapids, MI 49507  ·  616-555-0175",
                    ],
                    [
                        "This letter verifies that Shanice Marie Flowers is enrolled as a "
                        "full-time eighth-grade student at Alger Middle School for the 2026-2027 "
                        "school year and has attended Grand Rapids Public Schools since "
                        "kindergarten in 2018.",
                        "Shanice has a Section 504 plan for sickle cell disease that allows "
                        "water, rest breaks and excused absences for medical appointments.",
                    ],
                    "Marcus DeYoung",
                    "Registrar",
                    D(2026, 11, 6),
                    "enrollment_verification",
                ),
            ],
            "scans/school.pdf",
            seed + 9,
        ),
        capture.scan(
            doc.letter(
                "coach_letter",
                "letter_of_support",
                "community_ties",
                kenrick,
                (
                    "Southeast Grand Rapids Youth Soccer",
                    ["Garfield Park, 334 Burton Street SE", "Grand Rapids, MI 49507"],
                    (20, 110, 40),
                    "star",
                ),
                D(2026, 11, 1),
                None,
                [
                    "I have coached youth soccer at Garfield Park for twelve years, and for the "
                    "last five Kenrick Flowers has been my assistant coach for the under-12 "
                    "team. He is at every practice and every Saturday game, and he drives "
                    "children home whose parents work weekends.",
                    "Kenrick talks openly with the older boys about the mistake he made in "
                    "2019 and how he turned his life around. He has not had a drink in more "
                    "than six years. He is the kind of man our neighbourhood needs.",
                ],
                "Curtis Vanderwall",
                ["Head Coach, U-12 Boys"],
                face="sans",
            ),
            "scans/coach.jpg",
            seed + 10,
        ),
        capture.scan(
            doc.g28(kenrick, "A208-339-117", rep, street, city, D(2026, 11, 13)),
            "scans/G-28 Flowers.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": kenrick.name,
            "a_number": "A208-339-117",
            "date_of_birth": kenrick.born,
            "country": "Belize",
            "entered_us": D(2008, 7, 1),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Detroit, MI",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "master",
            "opla_office": "Detroit",
        },
        "request": {
            "type": "dismissal",
            "narrative": "Mr. Flowers was convicted in 2019 of operating while intoxicated, "
            "first offence. He completed probation and an alcohol education program in 2020 "
            "and has not had a drink since.",
        },
        "representative": _representative(rep),
        "claims": {
            "residence_since": D(2008, 7, 1),
            "children": [
                {"name": shanice.name, "date_of_birth": shanice.born, "status": "usc"},
                {"name": jaylen.name, "date_of_birth": jaylen.born, "status": "usc"},
            ],
            "medical": {"person": shanice.name, "condition": "sickle cell disease"},
            "education": True,
            "community_ties": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "operating while intoxicated, first offence",
                "date": D(2019, 6, 4),
                "disposition": "guilty plea; probation completed 2020",
            },
        ],
    }
    findings = [
        # No dated evidence about him from his arrival in 2008 until the 2019 court case.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "flowers",
        "blind7",
        case,
        placed,
        findings,
        notes="true gap: nothing dated shows him here from 2008 to 2019",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "quispe": quispe,
    "diallo": diallo,
    "domingos": domingos,
    "flowers": flowers,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
