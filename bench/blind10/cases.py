"""The tenth blind corpus: four invented families, each a case folder of what a legal-aid
office really receives (phone photos on a desk, cards in a landscape frame, one a quarter turn
off, copier stacks of two or three documents, a police report photographed page by page,
passports in bilingual layouts, records in Spanish and French), a case.yaml whose claims the
documents bear out, and the truth it is scored against. Written from plain descriptions of real
documents by someone who had not read the rules.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind10.cases OUT_DIR   # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind10 import documents as doc
from tests.realistic import capture
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date

# Every paper is dated on or before this day and the claimed residences are covered up to it;
# after late 2027 the newest evidence is over a year old: move the dates on then.
AS_OF = D(2026, 11, 30)


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
    }


def _service(rep: dict[str, Any], date: dt.date) -> dict[str, Any]:
    return {"method": "email", "date": date, "served_by": rep["name"]}


# ---------------------------------------------------------------- 1. Manchester, New Hampshire


def carrasco() -> CasePlan:
    """A Chilean mother of two US-citizen children in Manchester: her Chilean certificate with
    its translation, both children's New Hampshire certifications, two W-2s in one copier PDF,
    a two-page lease and a gas bill in another."""
    valentina = Person(
        "Valentina Andrea", "Carrasco Muñoz", D(1989, 2, 17), "F", "Valparaíso, Chile"
    )
    cristobal = Person("Cristóbal Ignacio", "Pizarro Lagos", D(1986, 8, 3), "M", "Chile")
    tomas = Person("Tomás Ignacio", "Pizarro Carrasco", D(2018, 11, 6), "M", "Manchester")
    isidora = Person("Isidora Belén", "Pizarro Carrasco", D(2021, 4, 22), "F", "Manchester")
    mother_bc = Person(valentina.given, valentina.surname, valentina.born, "F", "CHILE")
    father_bc = Person(cristobal.given, cristobal.surname, cristobal.born, "M", "CHILE")
    abuela = Person("Marcela Inés", "Muñoz Retamal", D(1963, 5, 1), "F", "Chile")
    abuelo = Person("Hernán Patricio", "Carrasco Vidal", D(1960, 9, 9), "M", "Chile")
    rep = _rep(
        "Margaret Doyle-Ferreira",
        "Granite State Immigrant Legal Services",
        ["55 Hanover Street, Suite 4", "Manchester, NH 03101"],
        "603-555-0172",
        "mdoyle@gsils.example",
        "XR410377",
    )
    translator = {
        "name": "Rodrigo Alarcón Webb",
        "address": ["19 Elm Street", "Nashua, NH 03060"],
        "phone": "603-555-0119",
    }
    street, city = "312 Cedar Street, Apt. 2", "Manchester, NH 03101"
    seed = 10100
    chile = doc.foreign_birth(
        "CL",
        valentina,
        abuela,
        abuelo,
        number="1182",
        place="Valparaíso",
        registered=D(1989, 3, 2),
        issued=D(2026, 1, 14),
        officer="Patricia Olave Sandoval",
        equity="identity",
        seed=seed,
    )
    nh = dict(city="Manchester", county="Hillsborough", registrar="Lorraine M. Beaulieu")
    placed = [
        capture.card_photo(
            doc.passport(
                "CHL",
                "REPÚBLICA DE CHILE",
                "CHILENA",
                valentina,
                number="F41087725",
                issued=D(2022, 6, 9),
                expiry=D(2032, 6, 8),
                bilingual="es",
                seed=seed + 1,
            ),
            "scans/IMG_4410.jpg",
            seed + 1,
        ),
        capture.desk(
            doc.us_birth(
                "NH",
                tomas,
                mother_bc,
                father_bc,
                facility="Elliot Hospital",
                file_no="2018-0041187",
                filed=D(2018, 11, 15),
                issued=D(2025, 3, 4),
                seed=seed + 2,
                **nh,
            ),
            "scans/IMG_4413.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.us_birth(
                "NH",
                isidora,
                mother_bc,
                father_bc,
                facility="Catholic Medical Center",
                file_no="2021-0019934",
                filed=D(2021, 5, 3),
                issued=D(2025, 3, 4),
                seed=seed + 3,
                **nh,
            ),
            "scans/isidora birth cert.pdf",
            seed + 3,
        ),
        capture.desk(chile, "scans/IMG_4420.jpg", seed + 4, surface="pale"),
        capture.scan(
            doc.translation(
                chile,
                valentina,
                [
                    "REPUBLIC OF CHILE",
                    "Civil Registry and Identification Service",
                    "BIRTH CERTIFICATE - FOR ALL PURPOSES",
                    "Registry district: Valparaíso    Entry no.: 1182    Register: N 1989",
                    f"Name registered: {valentina.name.upper()}",
                    "Date of birth: 17 02 1989    Sex: Female",
                    f"Father's name: {abuelo.name.upper()}",
                    f"Mother's name: {abuela.name.upper()}",
                    "Date issued: 14 January 2026",
                    "[electronic signature] Patricia Olave Sandoval, Head of General Archive",
                ],
                source="Spanish",
                translator=translator,
                signed=D(2026, 2, 2),
            ),
            "scans/translation birth certificate.pdf",
            seed + 5,
        ),
        capture.copier(
            [
                doc.w2(
                    valentina,
                    year,
                    ssn4="8830",
                    street=street,
                    city=city,
                    employer="Queen City Precision Components Inc",
                    employer_address="700 Gold Street, Manchester, NH 03103",
                    ein="02-0611843",
                    wages=wages,
                    state="NH",
                )
                for year, wages in [(2023, 36118.40), (2024, 38902.75)]
            ],
            "scans/w2s.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                doc.lease(
                    [valentina, cristobal],
                    landlord="Merrimack Mill Residential LLC",
                    address="312 Cedar Street, Apt. 2",
                    city="Manchester, NH 03101",
                    start=D(2019, 9, 1),
                    end=D(2027, 8, 31),
                    rent=1475,
                    state="New Hampshire",
                    signed=D(2019, 8, 16),
                ),
                doc.bill(
                    "gas",
                    valentina,
                    company="Liberty Gas NH",
                    company_lines=[
                        "Customer Service 1-800-555-0140",
                        "PO Box 1380, Londonderry NH 03053",
                    ],
                    account="2004-77183-01",
                    address=[street, city],
                    period=(D(2026, 9, 12), D(2026, 10, 13)),
                    rows=[
                        ["Gas supply", "31 therms", "$34.12"],
                        ["Delivery", "Customer charge", "$18.40"],
                        ["Taxes", "", "$1.22"],
                    ],
                    total="$53.74",
                    colour=(20, 90, 60),
                    seed=seed + 8,
                ),
            ],
            "scans/scan_20261104.pdf",
            seed + 8,
        ),
        capture.desk(
            doc.report_card(
                tomas,
                district="Manchester School District",
                school="Gossler Park Elementary School",
                grade="2",
                year=2025,
                teacher="Mrs. Joanne Theriault",
                marks=[
                    ("Reading", "3", "3"),
                    ("Writing", "2", "3"),
                    ("Mathematics", "3", "4"),
                    ("Science", "3", "3"),
                    ("Social / Work Habits", "4", "4"),
                ],
                comment="Tomás is a kind and curious learner who helps classmates "
                "and has grown as a writer this year. Keep reading at home!",
            ),
            "scans/IMG_4431.jpg",
            seed + 9,
            turn=0,
        ),
        capture.scan(
            doc.letter(
                "parish_letter",
                "letter_of_support",
                valentina,
                "community_ties",
                head="Parish of Saint Anne and Saint Augustin",
                head_lines=[
                    "383 Beech Street, Manchester, New Hampshire 03103",
                    "Office (603) 555-0133",
                ],
                colour=(100, 30, 40),
                mark="cross",
                dated="October 28, 2026",
                body=[
                    "I write in support of Valentina Carrasco Muñoz, who has been a "
                    "faithful member of our Spanish-language community since 2018.",
                    "Every Saturday she helps run our clothing closet, and for three "
                    "winters she has organised the parish's coat drive for families "
                    "newly arrived in Manchester. Her husband and children are with "
                    "her at the noon Mass each Sunday.",
                    "She is a generous, reliable woman. Separating her from her two "
                    "small children would be a grave harm to them and to us.",
                ],
                signer="Rev. Paul-Émile Gagnon",
                signer_lines=["Pastor"],
                folded=True,
            ),
            "scans/letter from father gagnon.jpg",
            seed + 10,
        ),
        capture.scan(
            doc.letter(
                "employer_letter",
                "employment_letter",
                valentina,
                "employment_and_taxes",
                head="Queen City Precision Components Inc.",
                head_lines=[
                    "700 Gold Street, Manchester, NH 03103",
                    "Human Resources  ·  603-555-0150",
                ],
                colour=(30, 50, 110),
                mark="shield",
                dated="November 2, 2026",
                body=[
                    "This letter confirms that Valentina A. Carrasco Muñoz has been "
                    "employed by Queen City Precision Components since April 9, 2018. "
                    "She works full time, forty hours a week, as a quality inspector "
                    "on our second shift, at $19.25 an hour.",
                    "She is a dependable employee who trains new inspectors, and we "
                    "would be glad to keep her with us.",
                ],
                signer="Karen Lavoie",
                signer_lines=["Human Resources Manager"],
                face="sans",
                proves=(D(2018, 4, 9), D(2026, 11, 2)),
            ),
            "scans/employment letter.pdf",
            seed + 11,
        ),
        capture.scan(
            doc.g28(
                valentina,
                a_number="214-660-918",
                rep=rep,
                street=street,
                city=city,
                signed=D(2026, 11, 5),
            ),
            "scans/G28.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": valentina.name,
            "a_number": "A214-660-918",
            "date_of_birth": valentina.born,
            "country": "Chile",
            "entered_us": D(2018, 1, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Boston, MA",
            "next_hearing": D(2027, 4, 14),
            "hearing_type": "master",
            "opla_office": "Boston",
            "nta_date": D(2023, 2, 9),
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2018, 4, 1),
            "children": [
                {"name": tomas.name, "date_of_birth": tomas.born, "status": "usc"},
                {"name": isidora.name, "date_of_birth": isidora.born, "status": "usc"},
            ],
            "community_ties": True,
        },
        "translator": translator,
        "service": _service(rep, D(2026, 12, 3)),
    }
    return CasePlan(
        "carrasco",
        "blind10",
        case,
        placed,
        notes="no deliberate gap: every claim is proved and residence is covered",
    )


# ---------------------------------------------------------------- 2. Fargo, North Dakota


def agbodjan() -> CasePlan:
    """A Togolese father in Fargo, caregiver of his daughter with spina bifida: a passport in
    French and English and a work permit, both a quarter turn off, his acte de naissance with a
    translation whose certificate says nothing of the translator's competence, two pay stubs
    and a 1040 in one copier PDF, the doctor's and the therapist's letters in another. He
    claims residence since 2017 but nothing dated shows it before 2023."""
    kossi = Person("Kossi Mawuli", "Agbodjan", D(1985, 7, 11), "M", "Lomé, Togo")
    akossiwa = Person("Akossiwa Afi", "Mensah", D(1990, 3, 29), "F", "TOGO")
    elikem = Person("Elikem Yao", "Agbodjan", D(2019, 5, 14), "M", "Fargo")
    ayele = Person("Ayélé Mawunyo", "Agbodjan", D(2022, 1, 30), "F", "Fargo")
    father_bc = Person(kossi.given, kossi.surname, kossi.born, "M", "TOGO")
    grandfather = Person("Komlan", "Agbodjan", D(1954, 1, 3), "M", "Aného")
    grandmother = Person("Adjoa Enyonam", "Amegee", D(1960, 6, 20), "F", "Tsévié")
    rep = _rep(
        "Daniel Okafor-Lindqvist",
        "Red River Valley Immigration Law Project",
        ["201 5th Street North, Suite 300", "Fargo, ND 58102"],
        "701-555-0184",
        "dlindqvist@rrvilp.example",
        "QT905126",
    )
    translator = {
        "name": "Séverine Houngbo",
        "address": ["1420 University Drive S", "Fargo, ND 58103"],
        "phone": "701-555-0163",
    }
    street, city = "2615 17th Avenue South, Apt. 108", "Fargo, ND 58103"
    seed = 10200
    acte = doc.foreign_birth(
        "TG",
        kossi,
        grandmother,
        grandfather,
        number="2274/85",
        place="Lomé",
        registered=D(1985, 7, 25),
        issued=D(2025, 12, 3),
        officer="Yawo Kpodar",
        equity="identity",
        seed=seed,
    )
    nd = dict(city="Fargo", county="Cass", registrar="Brenda Halvorson")
    placed = [
        capture.card_photo(
            doc.passport(
                "TGO",
                "RÉPUBLIQUE TOGOLAISE",
                "TOGOLAISE",
                kossi,
                number="B0918376",
                issued=D(2021, 10, 4),
                expiry=D(2031, 10, 3),
                bilingual="fr",
                seed=seed + 1,
            ),
            "scans/passport.jpg",
            seed + 1,
            turn=90,
        ),
        capture.card_photo(
            doc.id_card(
                "EAD",
                kossi,
                number="IOE0917734521",
                issued=D(2025, 2, 18),
                expiry=D(2030, 2, 17),
                extra=["USCIS", "Category:C08", "Country of Birth:Togo"],
                seed=seed + 2,
            ),
            "scans/IMG_20261009_1422.jpg",
            seed + 2,
            turn=270,
        ),
        capture.scan(
            doc.us_birth(
                "ND",
                elikem,
                akossiwa,
                father_bc,
                facility="Sanford Medical Center",
                file_no="ND-2019-004412",
                filed=D(2019, 5, 28),
                issued=D(2025, 8, 1),
                seed=seed + 3,
                **nd,
            ),
            "scans/elikem birth.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.us_birth(
                "ND",
                ayele,
                akossiwa,
                father_bc,
                facility="Essentia Health Fargo",
                file_no="ND-2022-001187",
                filed=D(2022, 2, 11),
                issued=D(2025, 8, 1),
                seed=seed + 4,
                **nd,
            ),
            "scans/IMG_20261009_1430.jpg",
            seed + 4,
        ),
        capture.desk(acte, "scans/IMG_20261009_1436.jpg", seed + 5),
        capture.scan(
            doc.translation(
                acte,
                kossi,
                [
                    "TOGOLESE REPUBLIC - Work, Liberty, Homeland",
                    "Municipality of Lomé - Main civil registry office",
                    "BIRTH CERTIFICATE No. 2274/85 of 25/07/1985",
                    f"On 11/07/1985, in Lomé, a male child was born, named {kossi.name.upper()}.",
                    f"Son of {grandfather.name.upper()}, born 03/01/1954 in Aného, farmer,",
                    f"and of {grandmother.name.upper()}, born 20/06/1960 in Tsévié, homemaker.",
                    "Drawn up on 25/07/1985 on the declaration of the father.",
                    "True copy issued on 03/12/2025.  The Civil Registrar, Yawo Kpodar [seal]",
                ],
                source="French",
                translator=translator,
                signed=D(2026, 1, 20),
                complete=False,
            ),
            "scans/acte translation.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                doc.pay_stub(
                    kossi,
                    employer="Prairie Harvest Foods Inc.",
                    address="3100 Main Avenue, Fargo, ND 58103",
                    period=(D(2026, 9, 28), D(2026, 10, 11)),
                    hours=80,
                    rate=18.75,
                    seed=seed + 7,
                ),
                doc.pay_stub(
                    kossi,
                    employer="Prairie Harvest Foods Inc.",
                    address="3100 Main Avenue, Fargo, ND 58103",
                    period=(D(2026, 10, 12), D(2026, 10, 25)),
                    hours=76.5,
                    rate=18.75,
                    seed=seed + 8,
                ),
                doc.form_1040(
                    kossi,
                    2023,
                    ssn4="4471",
                    street=street,
                    city=city,
                    wages=37250.0,
                    status="Married filing jointly",
                    dependents=[elikem, ayele],
                ),
            ],
            "scans/Scan0012.pdf",
            seed + 7,
        ),
        capture.copier(
            [
                doc.letter(
                    "physician_letter",
                    "medical_record",
                    ayele,
                    ("caretaker", "medical"),
                    head="Sanford Children's Fargo",
                    head_lines=[
                        "Pediatric Neurosurgery & Spina Bifida Clinic",
                        "5225 23rd Avenue S, Fargo, ND 58104 · 701-555-0101",
                    ],
                    colour=(0, 90, 140),
                    mark="star",
                    dated="September 22, 2026",
                    body=[
                        "Ayélé Agbodjan (DOB 01/30/2022) is followed in our clinic "
                        "for myelomeningocele (spina bifida, ICD-10 Q05.7), repaired "
                        "after birth, with a ventriculoperitoneal shunt and a "
                        "neurogenic bladder.",
                        "She needs clean intermittent catheterization every four "
                        "hours, daily bracing and close watch for signs of shunt "
                        "failure. Her father, Kossi Agbodjan, is her primary "
                        "caregiver: he performs her catheterizations, brings her to "
                        "every appointment and has been trained by our nurses.",
                        "Losing his care would put her at serious medical risk.",
                    ],
                    signer="Ingrid Solberg, MD",
                    signer_lines=["Pediatric Neurosurgery", "ND License 11873"],
                    face="sans",
                ),
                doc.letter(
                    "therapist_letter",
                    "medical_record",
                    ayele,
                    ("caretaker", "medical"),
                    head="Red River Pediatric Therapy",
                    head_lines=["4450 31st Ave S, Fargo, ND 58104", "Phone 701-555-0128"],
                    colour=(120, 70, 20),
                    mark="leaf",
                    dated="October 6, 2026",
                    body=[
                        "I am Ayélé's physical therapist and have seen her twice a "
                        "week since March 2023 for lower-limb weakness due to spina "
                        "bifida.",
                        "Her father attends every session and carries out her home "
                        "exercise program each day. Her progress in standing with "
                        "her walker is owed in large part to his consistency.",
                    ],
                    signer="Megan Thorsrud, PT, DPT",
                    signer_lines=["Pediatric Physical Therapist"],
                ),
            ],
            "scans/Scan0013.pdf",
            seed + 9,
        ),
        capture.desk(
            doc.certificate(
                kossi,
                org="North Dakota State College of Science",
                title="Certificate of Completion",
                what="Industrial Maintenance Technician Program, 160 hours",
                dated=D(2025, 5, 16),
                signer="Gary Nordquist",
                equity=("education", "employment_and_taxes"),
            ),
            "scans/IMG_20261009_1441.jpg",
            seed + 10,
        ),
        capture.scan(
            doc.g28(
                kossi,
                a_number="208-513-447",
                rep=rep,
                street=street,
                city=city,
                signed=D(2026, 10, 15),
            ),
            "scans/G-28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": kossi.name,
            "a_number": "208-513-447",
            "date_of_birth": kossi.born,
            "country": "Togo",
            "entered_us": D(2017, 2, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Fort Snelling, MN",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "individual",
            "nta_date": D(2021, 6, 1),
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2017, 2, 10),
            "children": [
                {"name": elikem.name, "date_of_birth": elikem.born, "status": "usc"},
                {"name": ayele.name, "date_of_birth": ayele.born, "status": "usc"},
            ],
            "education": True,
            "caretaker": {"person": ayele.name, "condition": "spina bifida"},
        },
        "translator": translator,
        "service": _service(rep, D(2026, 12, 1)),
    }
    findings = [
        {"code": "incomplete-translation-certificate", "file": "scans/acte translation.pdf"},
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    allowed = [{"code": "unknown-opla-office"}]  # no opla_office given: the court names it
    return CasePlan(
        "agbodjan",
        "blind10",
        case,
        placed,
        findings=findings,
        allowed=allowed,
        notes="true gaps: the translation certificate states no competence; "
        "nothing dated about him before 2023",
    )


# ---------------------------------------------------------------- 3. Jackson, Mississippi


def batista() -> CasePlan:
    """A Panamanian mother in Jackson, robbed and beaten, who helped the police: the report
    photographed page by page, a Supplement B and a shoplifting disposition in one copier PDF
    (declared as a negative factor), two bank statements in another, her Tribunal Electoral
    certificate with a translation, a neighbour's letter in Spanish nobody translated."""
    yariela = Person("Yariela Itzel", "Batista Quintero", D(1992, 10, 2), "F", "Colón, Panamá")
    son = Person("Santiago José", "Batista", D(2020, 8, 19), "M", "Jackson")
    mother_bc = Person(yariela.given, yariela.surname, yariela.born, "F", "PANAMA")
    madre = Person("Ilka Rosa", "Quintero de Batista", D(1968, 2, 2), "F", "Colón")
    padre = Person("Rubén Darío", "Batista Ortega", D(1965, 4, 4), "M", "Colón")
    rep = _rep(
        "Alicia Broussard Nwosu",
        "Magnolia Immigrant Justice Center",
        ["612 North State Street", "Jackson, MS 39202"],
        "601-555-0147",
        "abroussard@mijc.example",
        "MS771042",
    )
    translator = {
        "name": "Esteban Villarreal Cole",
        "address": ["1080 River Oaks Dr", "Flowood, MS 39232"],
        "phone": "601-555-0178",
    }
    street, city = "4418 Manhattan Road, Apt. 9B", "Jackson, MS 39206"
    seed = 10300
    panama = doc.foreign_birth(
        "PA",
        yariela,
        madre,
        padre,
        number="3-412-1987",
        place="Colón",
        registered=D(1992, 11, 20),
        issued=D(2025, 11, 7),
        officer="Lcdo. Abdiel Camarena",
        equity="identity",
        seed=seed,
    )
    placed = [
        capture.card_photo(
            doc.passport(
                "PAN",
                "REPÚBLICA DE PANAMÁ",
                "PANAMEÑA",
                yariela,
                number="PA0772419",
                issued=D(2023, 1, 17),
                expiry=D(2028, 1, 16),
                bilingual="es",
                seed=seed + 1,
            ),
            "scans/IMG_7702.jpg",
            seed + 1,
        ),
        capture.desk(
            doc.us_birth(
                "MS",
                son,
                mother_bc,
                None,
                facility="Merit Health Central",
                city="Jackson",
                county="Hinds",
                file_no="120-2020-031772",
                filed=D(2020, 9, 1),
                issued=D(2026, 3, 10),
                registrar="Dr. Harold T. Pruitt",
                seed=seed + 2,
            ),
            "scans/IMG_7705.jpg",
            seed + 2,
            surface="pale",
        ),
        capture.scan(panama, "scans/certificado nacimiento.jpg", seed + 3),
        capture.scan(
            doc.translation(
                panama,
                yariela,
                [
                    "REPUBLIC OF PANAMA - ELECTORAL TRIBUNAL",
                    "National Directorate of the Civil Registry",
                    "BIRTH CERTIFICATE    Volume 3    Entry 1987",
                    f"Name: {yariela.name.upper()}",
                    "Date of birth: 02/10/1992    Place of birth: Colón    Sex: Female",
                    f"Father: {padre.name.upper()}",
                    f"Mother: {madre.name.upper()}",
                    "Date of registration: 20/11/1992",
                    "Certified a faithful copy of the original entry. Panama, 07/11/2025.",
                    "[signature] Lcdo. Abdiel Camarena, Provincial Director of the Civil Registry",
                ],
                source="Spanish",
                translator=translator,
                signed=D(2026, 1, 9),
            ),
            "scans/translation of birth certificate.pdf",
            seed + 4,
        ),
        capture.desk(
            doc.police_report(
                yariela,
                agency="Jackson Police Department",
                agency_lines=["Precinct 3  ·  3238 Livingston Road", "Jackson, Mississippi 39213"],
                number="JPD-25-018834",
                occurred=D(2025, 4, 12),
                offense="Robbery / simple assault",
                location="Parking lot, 1200 block Ellis Avenue",
                narrative="On arrival R/O met the victim, BATISTA QUINTERO, "
                "YARIELA, who stated that as she walked to her car after her "
                "shift an unknown male grabbed her purse, struck her in the face "
                "and pushed her to the ground. She sustained a cut lip and "
                "bruising to both knees and refused transport. The suspect fled "
                "north on foot with her purse, her phone and $240 cash.",
                officer="Ofc. Marcus D. Whitlock",
            ),
            ["scans/police report 1.jpg", "scans/police report 2.jpg"],
            seed + 5,
        ),
        capture.copier(
            [
                doc.supplement_b(
                    yariela,
                    agency="Jackson Police Department",
                    certifier="Cmdr. Lisa Harmon-Grey",
                    title="Commander, Investigations Division",
                    crime="Felonious assault",
                    case_no="JPD-25-018834",
                    signed=D(2026, 2, 24),
                ),
                doc.disposition(
                    yariela,
                    court="Jackson Municipal Court, Hinds County",
                    number="2021-MC-004419",
                    charge="Shoplifting (first offense)",
                    filed=D(2021, 7, 14),
                    disposed=D(2021, 9, 8),
                    outcome="Guilty - Fined",
                    sentence="Fine $250 and costs, paid 10/01/2021",
                    clerk="Tamara Jefferson",
                ),
            ],
            "scans/court and police papers.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                doc.bill(
                    "bank",
                    yariela,
                    company="Magnolia Community Credit Union",
                    company_lines=["PO Box 2250, Jackson MS 39225", "Member Services 601-555-0110"],
                    account="****6621",
                    address=[street, city],
                    period=(start, end),
                    rows=rows,
                    total=total,
                    colour=(90, 30, 100),
                    seed=seed + 7 + i,
                )
                for i, (start, end, rows, total) in enumerate(
                    [
                        (
                            D(2026, 8, 1),
                            D(2026, 8, 31),
                            [
                                ["08/01", "Beginning balance", "", "612.40"],
                                ["08/07", "Payroll deposit", "742.18", "1,354.58"],
                                ["08/09", "Entergy Mississippi", "-131.07", "1,223.51"],
                                ["08/21", "Payroll deposit", "742.18", "1,965.69"],
                            ],
                            "$1,965.69",
                        ),
                        (
                            D(2026, 9, 1),
                            D(2026, 9, 30),
                            [
                                ["09/01", "Beginning balance", "", "1,965.69"],
                                ["09/01", "Rent check #214", "-875.00", "1,090.69"],
                                ["09/04", "Payroll deposit", "742.18", "1,832.87"],
                                ["09/18", "Payroll deposit", "742.18", "2,575.05"],
                            ],
                            "$2,575.05",
                        ),
                    ]
                )
            ],
            "scans/bank statements.pdf",
            seed + 7,
        ),
        capture.desk(
            doc.handwritten_letter(
                yariela,
                writer="Gloria Espinoza",
                language="es",
                lines=[
                    "Jackson, 3 de octubre de 2026",
                    "A quien corresponda:",
                    "Yo, Gloria Espinoza, vivo al lado de Yariela",
                    "desde hace cinco años. Ella es buena vecina,",
                    "cuida a mis nietos cuando trabajo de noche y",
                    "siempre está pendiente de los mayores del",
                    "edificio. Después del asalto nunca perdió el",
                    "ánimo y sigue trabajando por su niño.",
                    "Pido que la dejen quedarse con su hijo.",
                    "Atentamente,",
                ],
            ),
            "scans/carta de la vecina.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.letter(
                "employer_letter",
                "employment_letter",
                yariela,
                "employment_and_taxes",
                head="Bayou Kitchen & Catering LLC",
                head_lines=["2909 Old Canton Road, Jackson, MS 39216", "(601) 555-0191"],
                colour=(150, 60, 20),
                mark="house",
                dated="November 6, 2026",
                body=[
                    "To whom it may concern: Yariela Batista Quintero has worked in "
                    "our kitchen since May 2019, first as a dishwasher and since 2022 "
                    "as a line cook. She works about 35 hours a week.",
                    "After she was attacked in our parking lot last year she came back "
                    "to work within the week. She is one of the people this kitchen "
                    "depends on.",
                ],
                signer="Renée Fontenot",
                signer_lines=["Owner"],
                salutation="",
                closing="Respectfully,",
                proves=(D(2019, 5, 1), D(2026, 11, 6)),
            ),
            "scans/work letter.jpg",
            seed + 10,
        ),
        capture.scan(
            doc.f1099_nec(
                yariela,
                2024,
                tin4="0923",
                street=street,
                city=city,
                payer="Spotless Homes of Jackson LLC",
                payer_address="118 Lakeland Dr\nJackson MS 39216",
                amount=6840.0,
            ),
            "scans/1099 2024.pdf",
            seed + 11,
        ),
        capture.scan(
            doc.g28(
                yariela,
                a_number="219-004-371",
                rep=rep,
                street=street,
                city=city,
                signed=D(2026, 11, 9),
            ),
            "scans/g-28 form.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": yariela.name,
            "a_number": "219-004-371",
            "date_of_birth": yariela.born,
            "country": "Panama",
            "entered_us": D(2019, 3, 15),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "New Orleans, LA",
            "next_hearing": D(2027, 5, 6),
            "hearing_type": "master",
            "opla_office": "New Orleans",
            "nta_date": D(2022, 8, 30),
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {
            "residence_since": D(2019, 5, 1),
            "children": [{"name": son.name, "date_of_birth": son.born, "status": "usc"}],
            "crime_victim": {"kind": "other"},
            "law_enforcement_cooperation": True,
        },
        "translator": translator,
        "service": _service(rep, D(2026, 12, 2)),
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "shoplifting, first offense",
                "date": D(2021, 9, 8),
                "disposition": "fine of $250 paid; case closed",
            },
        ],
    }
    findings = [{"code": "untranslated-document", "file": "scans/carta de la vecina.jpg"}]
    return CasePlan(
        "batista",
        "blind10",
        case,
        placed,
        findings=findings,
        notes="true gap: the neighbour's Spanish letter has no translation",
    )


# ---------------------------------------------------------------- 4. Washington, DC


def rampersad() -> CasePlan:
    """A Trinidadian mother in Washington renewing a denied request after a lupus diagnosis:
    an English Trinidad and Tobago birth entry (no translation needed), a passport, a DC ID a
    quarter turn off, both children's DC birth certificates, the rheumatologist's letter and a
    visit summary in one copier PDF, a teacher's letter and an enrollment verification in
    another, the EOIR notice, the prior denial and the landlord's letter."""
    shivani = Person("Shivani Devika", "Rampersad", D(1987, 12, 5), "F", "San Fernando, Trinidad")
    arjun = Person("Arjun Kiran", "Mohammed", D(2014, 6, 27), "M", "Washington")
    leela = Person("Leela Anjali", "Mohammed", D(2017, 3, 9), "F", "Washington")
    mother_bc = Person(shivani.given, shivani.surname, shivani.born, "F", "TRINIDAD")
    father_bc = Person("Imran Rafiq", "Mohammed", D(1984, 1, 16), "M", "GUYANA")
    gm = Person("Kamla", "Rampersad", D(1962, 3, 3), "F", "")
    gf = Person("Deonarine", "Rampersad", D(1958, 8, 8), "M", "")
    rep = _rep(
        "Theodore Achebe-Marsh",
        "Capital Area Immigrants' Defense Network",
        ["1525 Newton Street NW", "Washington, DC 20010"],
        "202-555-0163",
        "tachebe@caidn.example",
        "DC552018",
    )
    street, city = "3907 14th Street NW, Apt. 31", "Washington, DC 20011"
    seed = 10400
    dc = dict(
        city="Washington", county="District of Columbia", registrar="Angela M. Whitfield-Ross"
    )
    placed = [
        capture.card_photo(
            doc.passport(
                "TTO",
                "REPUBLIC OF TRINIDAD AND TOBAGO",
                "TRINIDAD AND TOBAGO",
                shivani,
                number="TC0418832",
                issued=D(2020, 2, 3),
                expiry=D(2030, 2, 2),
                bilingual=None,
                seed=seed + 1,
            ),
            "scans/passport photo page.jpg",
            seed + 1,
        ),
        capture.card_photo(
            doc.id_card(
                "ID",
                shivani,
                number="9918204",
                issued=D(2024, 11, 2),
                expiry=D(2032, 12, 5),
                extra=["DISTRICT OF COLUMBIA", f"Address:{street[:22]}"],
                seed=seed + 2,
            ),
            "scans/IMG_1187.jpg",
            seed + 2,
            turn=90,
        ),
        capture.scan(
            doc.foreign_birth(
                "TT",
                shivani,
                gm,
                gf,
                number="B 1288/1987",
                place="Victoria (San Fernando)",
                registered=D(1987, 12, 21),
                issued=D(2024, 10, 30),
                officer="Nadira Baksh-Charles",
                equity="identity",
                seed=seed + 3,
            ),
            "scans/trinidad birth certificate.pdf",
            seed + 3,
        ),
        capture.scan(
            doc.us_birth(
                "DC",
                arjun,
                mother_bc,
                father_bc,
                facility="MedStar Washington Hospital Center",
                file_no="2014-07118",
                filed=D(2014, 7, 8),
                issued=D(2024, 12, 2),
                seed=seed + 4,
                **dc,
            ),
            "scans/arjun bc.pdf",
            seed + 4,
        ),
        capture.desk(
            doc.us_birth(
                "DC",
                leela,
                mother_bc,
                father_bc,
                facility="Howard University Hospital",
                file_no="2017-02209",
                filed=D(2017, 3, 20),
                issued=D(2024, 12, 2),
                seed=seed + 5,
                **dc,
            ),
            "scans/IMG_1192.jpg",
            seed + 5,
        ),
        capture.copier(
            [
                doc.letter(
                    "rheumatology_letter",
                    "medical_record",
                    shivani,
                    "medical",
                    head="Georgetown Rheumatology Associates",
                    head_lines=[
                        "3800 Reservoir Road NW, Washington, DC 20007",
                        "Tel 202-555-0104  Fax 202-555-0105",
                    ],
                    colour=(40, 40, 110),
                    mark="cross",
                    dated="August 14, 2026",
                    body=[
                        "Ms. Shivani Rampersad (DOB 12/05/1987) has been under my "
                        "care since February 2025 for systemic lupus erythematosus "
                        "with lupus nephritis (class III), diagnosed on kidney "
                        "biopsy in March 2025.",
                        "She takes mycophenolate, hydroxychloroquine and prednisone, "
                        "needs blood and urine tests every month and infusion visits "
                        "every six weeks. Interrupting this treatment would risk "
                        "kidney failure.",
                        "She has kept every appointment while working and raising "
                        "her two children.",
                    ],
                    signer="Helen Szymanski-Obi, MD",
                    signer_lines=["Board Certified, Rheumatology", "DC License MD042871"],
                ),
                doc.bill(
                    "visit",
                    shivani,
                    company="MedStar Georgetown",
                    company_lines=["After Visit Summary", "Patient portal: myMedStar"],
                    account="MRN 88104427",
                    address=[street, city],
                    period=(D(2026, 10, 21), D(2026, 10, 21)),
                    rows=[
                        ["Diagnosis", "Systemic lupus erythematosus (M32.14)", ""],
                        ["Infusion", "Belimumab 10 mg/kg IV", "given"],
                        ["Labs", "CBC, CMP, urine protein/creatinine", "drawn"],
                        ["Next visit", "12/02/2026 Infusion Center", ""],
                    ],
                    total="Follow up in 6 weeks",
                    colour=(0, 80, 120),
                    seed=seed + 6,
                ),
            ],
            "scans/medical.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                doc.letter(
                    "teacher_letter",
                    ("letter_of_support", "school_record"),
                    arjun,
                    ("education", "us_family", "community_ties"),
                    head="Powell Elementary School",
                    head_lines=[
                        "District of Columbia Public Schools",
                        "1350 Upshur Street NW, Washington, DC 20011",
                    ],
                    colour=(20, 100, 60),
                    mark="star",
                    dated="October 30, 2026",
                    body=[
                        "I have taught Arjun Mohammed in fifth grade this year and "
                        "knew him before as a reading buddy. He is a thoughtful "
                        "student who leads our morning meeting.",
                        "His mother, Ms. Rampersad, comes to every conference even "
                        "on infusion days, and she volunteers at our Friday family "
                        "breakfast. Arjun talks about her constantly.",
                    ],
                    signer="Ms. Danielle Okonkwo-Price",
                    signer_lines=["Grade 5 Teacher"],
                    face="sans",
                    align="center",
                ),
                doc.enrollment(
                    leela,
                    shivani,
                    school="Powell Elementary School",
                    lines=[
                        "District of Columbia Public Schools",
                        "1350 Upshur Street NW, Washington, DC 20011",
                    ],
                    grade="3",
                    since=D(2022, 8, 29),
                    signer="Carlos Menéndez-Hill",
                    dated=D(2026, 10, 30),
                ),
            ],
            "scans/school letters.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.eoir_notice(
                shivani,
                a_number="209-884-120",
                court="2675 Prosperity Avenue, Fairfax, VA 22031",
                address=["2675 PROSPERITY AVE, SUITE 300", "FAIRFAX, VA 22031"],
                hearing=dt.datetime(2027, 3, 18, 8, 30),
            ),
            "scans/hearing notice.pdf",
            seed + 8,
            dpi=150,
        ),
        capture.scan(
            doc.pd_denial(
                shivani,
                a_number="209-884-120",
                office="Washington Field Location",
                lines=["2675 Prosperity Avenue, Fairfax, VA 22031"],
                dated=D(2024, 9, 20),
                signer="R. Castellano",
            ),
            "scans/ICE denial 2024.jpg",
            seed + 9,
        ),
        capture.desk(
            doc.letter(
                "landlord_letter",
                ("residence_record", "letter_of_support"),
                shivani,
                "length_of_residence",
                head="Kenyon Square Apartments",
                head_lines=[
                    "Owner-managed  ·  3907 14th Street NW, Washington DC",
                    "Office 202-555-0139",
                ],
                colour=(70, 70, 70),
                mark="house",
                dated="November 12, 2026",
                body=[
                    "Shivani Rampersad has rented an apartment in this building "
                    "since March 1, 2012, first unit 12 and since 2016 unit 31, "
                    "which she shares with her two children.",
                    "She pays her rent on time and is well liked by her neighbours.",
                ],
                signer="Walter Greenidge",
                signer_lines=["Owner and Manager"],
                proves=(D(2012, 3, 1), D(2026, 11, 12)),
                folded=True,
            ),
            "scans/IMG_1204.jpg",
            seed + 10,
        ),
        capture.scan(
            doc.g28(
                shivani,
                a_number="209-884-120",
                rep=rep,
                street=street,
                city=city,
                signed=D(2026, 11, 13),
            ),
            "scans/G-28 rampersad.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": shivani.name,
            "a_number": "A209-884-120",
            "date_of_birth": shivani.born,
            "country": "Trinidad and Tobago",
            "entered_us": D(2011, 8, 22),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Annandale, VA",
            "next_hearing": D(2027, 3, 18),
            "hearing_type": "master",
            "opla_office": "Washington",
            "nta_date": D(2019, 10, 4),
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2024, 9, 20),
                "outcome": "denied",
                "changes": "In March 2025 she was diagnosed with lupus nephritis and now needs "
                "monthly tests and infusions every six weeks.",
            },
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2012, 3, 1),
            "children": [
                {"name": arjun.name, "date_of_birth": arjun.born, "status": "usc"},
                {"name": leela.name, "date_of_birth": leela.born, "status": "usc"},
            ],
            "medical": {"person": "self", "condition": "systemic lupus erythematosus"},
            "community_ties": True,
        },
        "service": _service(rep, D(2026, 12, 4)),
    }
    allowed = [
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        {"code": "unknown-opla-office"},
    ]
    return CasePlan(
        "rampersad",
        "blind10",
        case,
        placed,
        allowed=allowed,
        notes="no deliberate gap; the prior denial is itself in the folder",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "carrasco": carrasco,
    "agbodjan": agbodjan,
    "batista": batista,
    "rampersad": rampersad,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
