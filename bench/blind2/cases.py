"""The second blind corpus: four invented families (Salvadoran in Maryland, Venezuelan in
Florida, Ghanaian in Minnesota, Dominican in New Jersey), each a case folder of what a
legal-aid office really receives, a case.yaml whose claims the documents bear out, and the
truth it is scored against. Written from plain descriptions of real documents by someone who
had not read the rules, nor the first blind corpus's documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind2.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind2 import documents as doc
from tests.realistic import capture
from tests.realistic.dates import long, us
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date

# Every letter and bill is dated on or before this day.
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


def _translator(name: str, address: list[str], phone: str) -> dict[str, Any]:
    return {"name": name, "address": address, "phone": phone}


# ---------------------------------------------------------------- 1. Maryland


def alvarenga() -> CasePlan:
    """A Salvadoran mother of two US-citizen children in Hyattsville, Maryland, robbed at a bus
    stop in 2019: her passport photographed a quarter turn off, a boxed Maryland birth
    certificate on the desk, a copier stack of a birth certificate, a report card, a transcript
    and a W-2, the younger child's asthma visit, a lease photographed page by page."""
    reina = Person("Reina Isabel", "Alvarenga Cruz", D(1989, 4, 17), "F", "San Miguel, El Salvador")
    wilfredo = Person("Wilfredo Antonio", "Henríquez Portillo", D(1986, 11, 2), "M", "El Salvador")
    mother = Person(reina.given, reina.surname, reina.born, "F", "El Salvador")
    bryan = Person("Bryan Josué", "Henríquez Alvarenga", D(2014, 5, 9), "M", "Maryland")
    daniela = Person("Daniela Abigail", "Henríquez Alvarenga", D(2017, 2, 23), "F", "Maryland")
    rep = _rep(
        "Nadia Forsythe Ramírez",
        "Capital Area Immigrant Legal Services",
        ["8701 Georgia Avenue, Suite 400", "Silver Spring, MD 20910"],
        "301-555-0162",
        "nforsythe@cails.example",
        "PQ418220",
    )
    street, city = "5812 37th Avenue, Apt. 3", "Hyattsville, MD 20782"
    a_number = "214-587-330"
    seed = 21100
    cleaner = (
        "Capital Shine Commercial Cleaning LLC",
        ["4400 Forbes Blvd., Suite 2", "Lanham, MD 20706"],
    )
    placed = [
        capture.card_photo(
            doc.passport(
                "República de El Salvador",
                "SLV",
                reina,
                number="A04418273",
                issued=D(2023, 6, 5),
                expiry=D(2029, 6, 4),
                authority="CONSULADO GENERAL, WASHINGTON D.C.",
                nationality="Salvadoreña",
                bilingual=True,
                colour=(20, 50, 120),
                seed=seed + 1,
            ),
            "scans/IMG_4471.jpg",
            seed + 1,
            turn=90,
        ),
        capture.desk(
            doc.maryland_birth(
                bryan,
                mother,
                wilfredo,
                facility="Anacostia Ridge Medical Center",
                city="Cheverly",
                county="Prince George's",
                filed=D(2014, 5, 20),
                issued=D(2025, 1, 14),
                file_number="2014-041-088217",
                seed=seed + 2,
            ),
            "scans/IMG_4475.jpg",
            seed + 2,
        ),
        capture.copier(
            [
                doc.maryland_birth(
                    daniela,
                    mother,
                    wilfredo,
                    facility="Anacostia Ridge Medical Center",
                    city="Cheverly",
                    county="Prince George's",
                    filed=D(2017, 3, 6),
                    issued=D(2025, 1, 14),
                    file_number="2017-041-019954",
                    seed=seed + 3,
                ),
                doc.report_card(
                    daniela,
                    district="Prince George's County Public Schools",
                    school="Rosa L. Parks Elementary School",
                    school_lines=["6111 Ager Road, Hyattsville, MD 20782", "(301) 555-0117"],
                    grade="3",
                    year="2025-2026",
                    teacher="Ms. Keisha Drummond",
                    subjects=[
                        ("English Language Arts", "3", "3", "3"),
                        ("Mathematics", "3", "3", "4"),
                        ("Science", "3", "3", "3"),
                        ("Social Studies", "3", "4", "3"),
                        ("English Language Development", "2", "3", "3"),
                    ],
                    present=171,
                    absent=9,
                    comment="Daniela is a kind classmate who works hard. Her absences this "
                    "year were mostly for asthma appointments and she always made up her work.",
                    colour=(20, 60, 120),
                ),
                doc.tax_return_transcript(
                    reina,
                    year=2023,
                    ssn_last="6614",
                    street="5812 37th Avenue",
                    city_line="Hyattsville, MD 20782",
                    wages=31840,
                    requested=D(2026, 10, 20),
                ),
                doc.w2(
                    reina,
                    year=2024,
                    ssn_last="6614",
                    employer=cleaner,
                    ein="52-1948306",
                    street=street,
                    city_line=city,
                    wages=33612,
                    state="MD",
                ),
            ],
            "scans/scan0007.pdf",
            seed + 4,
        ),
        capture.scan(
            doc.visit_summary(
                daniela,
                clinic="Riverdale Pediatric & Family Clinic",
                clinic_lines=[
                    "6200 Kenilworth Avenue, Riverdale, MD 20737",
                    "Phone (301) 555-0185 · Fax (301) 555-0186",
                ],
                colour=(0, 110, 120),
                visit=D(2026, 9, 15),
                provider="Priya Venkataraman, MD (Pediatrics)",
                mrn="RPF-0448192",
                diagnoses=[
                    ("J45.30", "Mild persistent asthma, uncomplicated"),
                    ("J30.9", "Allergic rhinitis, unspecified"),
                ],
                medications=[
                    "Fluticasone HFA 44 mcg, 2 puffs twice daily (controller)",
                    "Albuterol HFA 90 mcg, 2 puffs every 4 hours as needed (rescue)",
                    "Cetirizine 5 mg by mouth once daily",
                ],
                vitals="Wt 29.4 kg  ·  SpO2 98 %  ·  Peak flow 210 L/min",
                plan=[
                    "Use the controller inhaler every day even when well. Use the spacer.",
                    "Green zone: no symptoms. Yellow zone: cough or wheeze, use albuterol. Red "
                    "zone: trouble breathing or lips blue, go to the emergency room.",
                    "School medication form signed today so the nurse can give albuterol.",
                    "Return in 3 months, sooner if night-time symptoms more than twice a month.",
                ],
                guardian=reina,
            ),
            "scans/daniela asthma.pdf",
            seed + 5,
            dpi=150,
        ),
        capture.desk(
            doc.form_1099_nec(
                reina,
                year=2025,
                payer=(
                    "Greenbelt Home Services LLC",
                    ["7307 Hanover Pkwy, Suite C", "Greenbelt, MD 20770", "(301) 555-0140"],
                ),
                payer_tin="87-3301942",
                tin_last="6614",
                street=street,
                city_line=city,
                amount=9450,
            ),
            "scans/IMG_4480.jpg",
            seed + 6,
        ),
        capture.desk(
            doc.lease(
                [reina],
                landlord="Harold B. Okafor",
                premises=f"{street}, {city}",
                begins=D(2023, 9, 1),
                ends=D(2024, 8, 31),
                rent=1650,
                signed=D(2023, 8, 18),
                state="Maryland",
            ),
            ["scans/lease 1.jpg", "scans/lease 2.jpg"],
            seed + 7,
        ),
        capture.scan(
            doc.org_letter(
                "employer_letter",
                (cleaner[0], [*cleaner[1], "Tel (301) 555-0171"], (30, 90, 60), "leaf"),
                D(2026, 10, 28),
                "Re: Employment verification — Reina Isabel Alvarenga Cruz",
                [
                    "This letter confirms that Reina Isabel Alvarenga Cruz has worked for our "
                    "company since June 2014. She is a crew leader on our night shift, cleaning "
                    "office buildings in Greenbelt and College Park, and works 35 to 40 hours a "
                    "week at $19.75 an hour.",
                    "Ms. Alvarenga trains new crew members and has keys and alarm codes to our "
                    "clients' buildings. In twelve years she has never had a complaint. We "
                    "would rehire her at any time.",
                ],
                "Marcus T. Bellamy",
                ["Operations Manager"],
                type_="employment_letter",
                about=reina,
                equity="employment_and_taxes",
                proves=(D(2014, 6, 1), D(2026, 10, 28)),
            ),
            "scans/work letter.pdf",
            seed + 8,
        ),
        capture.scan(
            doc.police_report(
                reina,
                agency="Prince George's County Police Department",
                agency_lines=[
                    "District I Station · 5000 Rhode Island Avenue",
                    "Hyattsville, MD 20781",
                ],
                case_number="19-0041187",
                offense="ROBBERY (STRONG-ARM)",
                occurred=dt.datetime(2019, 7, 13, 21, 40),
                location="BUS STOP, QUEENS CHAPEL RD AT HAMILTON ST, HYATTSVILLE",
                victim_address="5812 37TH AVE APT 3, HYATTSVILLE MD 20782",
                narrative="On 07/13/2019 at approx 2140 hrs I responded to the bus stop for a "
                "reported robbery. The victim, ALVARENGA CRUZ, REINA, stated she was waiting "
                "for the bus after work when an unknown male grabbed her purse, struck her in "
                "the face and knocked her to the ground. The victim had a cut to her lip and "
                "bruising to her right knee and was treated on scene by PGFD Medic 801. The "
                "victim gave a description and a suspect was located two blocks away with the "
                "victim's purse. The victim identified the suspect at the scene. Property was "
                "returned to the victim. Suspect transported to DSPS.",
                officer="PFC D. KOWALCZYK",
                badge="3318",
                suspect="UNKNOWN MALE, 20-25 YRS (NAME WITHHELD)",
            ),
            "scans/police report.pdf",
            seed + 9,
            dpi=150,
        ),
        capture.scan(
            doc.eoir_hearing_notice(
                reina,
                a_number=a_number.replace("-", ""),
                court_address=["31 Hopkins Plaza, Room 440", "Baltimore, MD 21201"],
                hearing=dt.datetime(2027, 3, 16, 8, 30),
                mailed=D(2026, 8, 4),
                judge="Hon. Patricia L. Ormsby",
                mailing=[street, city],
            ),
            "scans/court notice.pdf",
            seed + 10,
            dpi=150,
        ),
        capture.scan(
            doc.g28(
                reina,
                a_number=a_number,
                rep=rep,
                client_address=f"{street}, {city}",
                signed=D(2026, 10, 15),
            ),
            "scans/G28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": reina.name,
            "a_number": f"A{a_number}",
            "date_of_birth": reina.born,
            "country": "El Salvador",
            "entered_us": D(2013, 8, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Baltimore, MD",
            "next_hearing": D(2027, 3, 16),
            "hearing_type": "master",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2013, 8, 20),
            "children": [
                {"name": bryan.name, "date_of_birth": bryan.born, "status": "usc"},
                {"name": daniela.name, "date_of_birth": daniela.born, "status": "usc"},
            ],
            "education": True,
            "medical": {"person": daniela.name, "condition": "persistent asthma"},
            "crime_victim": {"kind": "other"},
        },
        "service": {"method": "email", "date": D(2026, 12, 10), "served_by": rep["name"]},
    }
    allowed = [
        # From 2014 to 2023 only the employer's letter ("since June 2014") and the 2017 birth
        # and 2019 police report date her here: whether a letter's tenure counts is arguable.
        {"code": "residence-gap", "claim": "residence_since"},
        # A hearing notice proves no equity.
        {"code": "unclassified-document", "file": "scans/court notice.pdf"},
    ]
    return CasePlan("alvarenga", "blind2", case, placed, allowed=allowed, notes="no deliberate gap")


# ---------------------------------------------------------------- 2. Florida


def quintero() -> CasePlan:
    """A Venezuelan father in Doral, Florida, filing pro se: a bilingual passport, a work
    permit photographed a quarter turn off, a Florida birth certificate, a partida de
    nacimiento with its certified translation, a 1040 and a 1099-NEC, rent receipts, a copier
    stack of a power bill and two school papers, a soccer coach's letter, a DUI disposition."""
    andres = Person(
        "Andrés Eduardo", "Quintero Salcedo", D(1985, 3, 2), "M", "Maracaibo, Venezuela"
    )
    mariangel = Person("Mariangel", "Chirinos Paz", D(1988, 9, 19), "F", "Venezuela")
    santiago = Person("Santiago Andrés", "Quintero Chirinos", D(2015, 10, 5), "M", "Maracaibo")
    sofia = Person("Sofía Valentina", "Quintero Chirinos", D(2020, 6, 11), "F", "Miami")
    father = Person(andres.given, andres.surname, andres.born, "M", "Venezuela")
    translator = _translator(
        "Gabriela Montilla Rojas",
        ["10400 NW 33rd Street, Suite 150", "Doral, FL 33172"],
        "305-555-0193",
    )
    street, city = "4920 NW 79th Avenue, Apt. 207", "Doral, FL 33166"
    a_number = "246-118-905"
    seed = 22100
    partida = doc.partida_venezuela(
        santiago,
        mariangel,
        andres,
        state="Zulia",
        municipality="Maracaibo",
        parish="Olegario Villalobos",
        act="1873",
        registered=D(2015, 10, 19),
        registrar="Yelitza Coromoto Fernández",
        equity=("us_family", "other"),
        seed=seed + 4,
    )
    translated = doc.translation(
        "the birth certificate (acta de nacimiento)",
        "BOLIVARIAN REPUBLIC OF VENEZUELA — CIVIL REGISTRY — BIRTH CERTIFICATE No. 1873",
        [
            (
                "Registry office:",
                "Civil Registry of Olegario Villalobos Parish, Maracaibo Municipality, Zulia State",
            ),
            ("Date of registration:", "October 19, 2015"),
            ("Name of child:", "SANTIAGO ANDRÉS QUINTERO CHIRINOS"),
            ("Sex:", "Male"),
            ("Date of birth:", "October 5, 2015"),
            ("Place of birth:", "University Hospital of Maracaibo"),
            ("Father:", "ANDRÉS EDUARDO QUINTERO SALCEDO, Venezuelan, ID No. V-17.482.903"),
            ("Mother:", "MARIANGEL CHIRINOS PAZ, Venezuelan, ID No. V-18.330.561"),
            ("Witnesses:", "Carmen Elena Urdaneta; Wilmer José Fuenmayor"),
            ("Signatures:", "[signature] Civil Registrar; [signature] the declarant"),
            ("Stamp:", "CIVIL REGISTRY, OLEGARIO VILLALOBOS PARISH — TRUE COPY"),
        ],
        santiago,
        ("birth_certificate", "certificate_of_translation"),
        ("us_family", "other"),
        translator,
        D(2026, 10, 9),
    )
    fpl = doc.utility_bill(
        andres,
        company="Biscayne Power & Light",
        company_lines=["P.O. Box 025576, Miami, FL 33102", "Customer service 1-800-555-0134"],
        service=f"{street};{city}",
        account="61203-88417",
        period=(D(2026, 9, 12), D(2026, 10, 13)),
        amount="$187.42",
        usage=[
            ("Customer charge", "", "$9.48"),
            ("Energy charge (non-fuel)", "1,284 kWh", "$98.63"),
            ("Fuel charge", "1,284 kWh", "$49.91"),
            ("Storm protection charge", "", "$12.11"),
            ("Taxes and fees", "", "$17.29"),
        ],
        colour=(0, 90, 160),
    )
    school_lines = ["8600 NW 107th Avenue, Doral, FL 33178", "Tel. 305-555-0152"]
    attendance = doc.school_letter(
        santiago,
        andres,
        school="Doral Palms K-8 Center",
        school_lines=school_lines,
        colour=(120, 30, 60),
        dated=D(2026, 10, 22),
        signer="Marisela T. Ocampo",
        title="Assistant Principal",
        body=[
            "This letter confirms that Santiago Andrés Quintero Chirinos (date of birth "
            "10/05/2015) has been enrolled at Doral Palms K-8 Center since August 2020, when he "
            "started pre-kindergarten, and is currently in the fifth grade, homeroom 5-214.",
            "Santiago has attended school regularly. In the 2025-2026 school year he was "
            "present 176 of 180 days, and so far this year he has not missed a day. His "
            "father, Mr. Andrés Quintero, attends every parent conference.",
        ],
    )
    report = doc.report_card(
        santiago,
        district="Miami-Dade County Public Schools",
        school="Doral Palms K-8 Center",
        school_lines=school_lines,
        grade="4",
        year="2025-2026",
        teacher="Mr. Rolando Vizcaíno",
        subjects=[
            ("Reading/Language Arts", "B", "A", "A"),
            ("Mathematics", "A", "A", "B"),
            ("Science", "B", "B", "A"),
            ("Social Sciences", "A", "A", "A"),
            ("Physical Education", "A", "A", "A"),
        ],
        present=176,
        absent=4,
        comment="Santiago reads above grade level and helps newer students in class. A "
        "pleasure to teach.",
        colour=(0, 70, 140),
    )
    placed = [
        capture.card_photo(
            doc.passport(
                "República Bolivariana de Venezuela",
                "VEN",
                andres,
                number="154203877",
                issued=D(2019, 2, 14),
                expiry=D(2029, 2, 13),
                authority="SAIME",
                nationality="Venezolana",
                bilingual=True,
                colour=(110, 20, 40),
                seed=seed + 1,
            ),
            "scans/pasaporte.jpg",
            seed + 1,
        ),
        capture.card_photo(
            doc.employment_authorization(
                andres,
                uscis="246-118-905",
                card_number="IOE0918844271",
                category="C08",
                valid_from=D(2025, 7, 30),
                expires=D(2030, 7, 29),
                seed=seed + 2,
            ),
            "scans/work permit.jpg",
            seed + 2,
            turn=270,
        ),
        capture.scan(
            doc.florida_birth(
                sofia,
                mariangel,
                father,
                county="Miami-Dade",
                facility="Kendall Bay Regional Hospital",
                filed=D(2020, 6, 24),
                issued=D(2024, 11, 6),
                file_number="109-2020-061447",
                seed=seed + 3,
            ),
            "scans/sofia birth certificate.pdf",
            seed + 3,
        ),
        capture.scan(partida, "scans/partida santiago.jpg", seed + 4, dpi=200),
        capture.scan(translated, "scans/partida santiago english.pdf", seed + 5, dpi=150),
        capture.desk(
            doc.form_1040(
                andres,
                year=2024,
                ssn_last="3057",
                street="4920 NW 79th Avenue Apt 207",
                city="Doral",
                state="FL",
                zip_code="33166",
                wages=41870,
                dependents=[santiago, sofia],
            ),
            "scans/IMG_20261101_181204.jpg",
            seed + 6,
        ),
        capture.scan(
            doc.form_1099_nec(
                andres,
                year=2025,
                payer=(
                    "Doral Tile & Marble Installers Inc.",
                    ["2250 NW 84th Avenue", "Doral, FL 33122", "(305) 555-0108"],
                ),
                payer_tin="65-1173902",
                tin_last="3057",
                street=street,
                city_line=city,
                amount=46215,
            ),
            "scans/1099 2025.pdf",
            seed + 7,
            dpi=150,
        ),
        capture.desk(
            doc.rent_receipts(
                andres,
                landlord="Olga Betancourt",
                premises=street,
                months=[D(2026, 8, 1), D(2026, 9, 1), D(2026, 10, 1)],
                rent=1975,
                first=318,
            ),
            "scans/recibos renta.jpg",
            seed + 8,
        ),
        capture.copier([fpl, attendance, report], "scans/Scan 2026-11-03.pdf", seed + 9),
        capture.scan(
            doc.org_letter(
                "coach_letter",
                (
                    "Doral Strikers Youth Soccer Club",
                    [
                        "A 501(c)(3) nonprofit · 8355 NW 53rd Street, Doral, FL 33166",
                        "doralstrikers.example · (305) 555-0177",
                    ],
                    (20, 110, 50),
                    "star",
                ),
                D(2026, 11, 5),
                None,
                [
                    "I am the director of coaching at Doral Strikers, a youth soccer club of "
                    "about 300 children. I have known Andrés Quintero since the fall of 2019, "
                    "when his son Santiago joined our under-6 team.",
                    "Since 2021 Andrés has been a volunteer assistant coach for the under-10 "
                    "boys. He is at every Tuesday and Thursday practice and every Saturday "
                    "game, he drives players whose parents work weekends, and he passed the "
                    "club's background check and SafeSport training.",
                    "The families on his team trust him with their children. I recommend him "
                    "without hesitation and hope he can stay with his family in Doral.",
                ],
                "Luis Fernando Abreu",
                ["Director of Coaching", "(305) 555-0177"],
                type_="letter_of_support",
                about=andres,
                equity="community_ties",
            ),
            "scans/coach letter.pdf",
            seed + 10,
            dpi=150,
        ),
        capture.scan(
            doc.court_disposition(
                andres,
                court=[
                    "IN THE COUNTY COURT OF THE ELEVENTH JUDICIAL CIRCUIT",
                    "IN AND FOR MIAMI-DADE COUNTY, FLORIDA",
                    "CRIMINAL DIVISION",
                ],
                case_number="B21-008415",
                charge="DRIVING UNDER THE INFLUENCE (F.S. 316.193(1))",
                plea="NOLO CONTENDERE",
                disposed=D(2021, 3, 18),
                sentence=[
                    "Probation for 12 months, with DUI school and a victim impact panel.",
                    "Fine and costs of $1,023.00.",
                    "50 hours of community service.",
                    "Driver's license revoked for 6 months; ignition interlock not ordered.",
                ],
                judge="Hon. Beatriz E. Lamadrid",
                clerk="MIAMI-DADE COUNTY",
            ),
            "scans/DUI court papers.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": andres.name,
            "a_number": a_number,
            "date_of_birth": andres.born,
            "country": "Venezuela",
            "entered_us": D(2018, 7, 14),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Miami, FL",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "master",
        },
        "request": {
            "type": "administrative_closure",
            "narrative": "Mr. Quintero was convicted once, in 2021, of driving under the "
            "influence. He completed probation, DUI school and community service, and has had "
            "no arrest since.",
        },
        "translator": translator,
        "claims": {
            "residence_since": D(2018, 7, 14),
            "children": [
                {"name": sofia.name, "date_of_birth": sofia.born, "status": "usc"},
                {"name": santiago.name, "date_of_birth": santiago.born, "status": "other"},
            ],
            "education": True,
            "community_ties": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "driving under the influence",
                "date": D(2021, 3, 18),
                "disposition": "probation completed 2022; DUI school and community service",
            }
        ],
        "service": {"method": "mail", "date": D(2026, 12, 10), "served_by": andres.name},
    }
    findings = [
        # Nothing dates him here between his entry in July 2018 and the birth of Sofía in June
        # 2020, nor between the 2021 court date and the 2024 return: true gaps.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "quintero",
        "blind2",
        case,
        placed,
        findings,
        notes="true gap: 2018-2020 and 2021-2024 have no dated evidence",
    )


# ---------------------------------------------------------------- 3. Minnesota


def mensah() -> CasePlan:
    """A Ghanaian mother in Brooklyn Park, Minnesota, renewing a denied request: she is now the
    caregiver of her husband after his stroke, and has type 2 diabetes. A Ghanaian passport
    and certified copy of entry of birth, a Minnesota birth certificate, the doctor's letter
    about her husband, her own visit summary photographed, a copier stack of a transcript, a
    W-2 and a power bill, an ESL certificate, a neighbour's letter, the prior denial."""
    abena = Person("Abena Serwaa", "Mensah", D(1979, 8, 21), "F", "Kumasi, Ghana")
    kwabena = Person("Kwabena Osei", "Mensah", D(1975, 1, 30), "M", "Ghana")
    akosua = Person("Akosua Nhyira", "Mensah", D(2011, 12, 3), "F", "Minnesota")
    yaw = Person("Yaw", "Boakye", D(1950, 3, 3), "M", "Ghana")
    ama = Person("Ama Serwaa", "Boakye", D(1955, 6, 6), "F", "Ghana")
    mother = Person(abena.given, "Boakye", abena.born, "F", "Ghana")
    rep = _rep(
        "Samuel J. Lindahl",
        "North Metro Immigrant Legal Center",
        ["2100 Freeway Blvd., Suite 305", "Brooklyn Center, MN 55430"],
        "763-555-0126",
        "slindahl@nmilc.example",
        "MN902217",
    )
    street, city = "7645 Zane Avenue N., Apt. 112", "Brooklyn Park, MN 55443"
    a_number = "208-771-446"
    seed = 23100
    agency = (
        "Twin Cities Compassionate Home Care",
        ["3300 County Road 10, Suite 210", "Brooklyn Center, MN 55429"],
    )
    placed = [
        capture.card_photo(
            doc.passport(
                "Republic of Ghana",
                "GHA",
                abena,
                number="G2841907",
                issued=D(2021, 9, 14),
                expiry=D(2031, 9, 13),
                authority="MINISTRY OF FOREIGN AFFAIRS, ACCRA",
                nationality="Ghanaian",
                bilingual=False,
                colour=(20, 20, 20),
                seed=seed + 1,
            ),
            "scans/passport.jpg",
            seed + 1,
        ),
        capture.desk(
            doc.ghana_birth(
                abena,
                ama,
                yaw,
                district="Kumasi Metropolitan",
                entry="KMA/1979/08/4417",
                registered=D(1979, 9, 4),
                issued=D(2008, 5, 12),
                seed=seed + 2,
            ),
            "scans/IMG_20261012_101544.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.minnesota_birth(
                akosua,
                mother,
                kwabena,
                county="Hennepin",
                city="Robbinsdale",
                filed=D(2011, 12, 15),
                issued=D(2025, 6, 2),
                file_number="2011-MN-027744",
                seed=seed + 3,
            ),
            "scans/akosua birth cert.pdf",
            seed + 3,
        ),
        capture.scan(
            doc.org_letter(
                "caregiver_letter",
                (
                    "North Hennepin Neurology Associates",
                    [
                        "6401 University Avenue NE, Suite 300, Fridley, MN 55432",
                        "Phone 763-555-0199 · Fax 763-555-0198",
                    ],
                    (40, 70, 130),
                    "cross",
                ),
                D(2026, 10, 6),
                f"Re: Kwabena Osei Mensah, DOB {us(kwabena.born)}",
                [
                    "I am Mr. Mensah's treating neurologist. He suffered a left middle cerebral "
                    "artery ischemic stroke on June 3, 2025, and has right-sided hemiparesis "
                    "and expressive aphasia. He walks only a few steps with a quad cane and "
                    "cannot dress, bathe or manage his medications on his own.",
                    "His wife, Abena Serwaa Mensah, is his primary caregiver. She gives him "
                    "his anticoagulant and blood pressure medications, helps with all transfers "
                    "and personal care, and brings him to physical and speech therapy three "
                    "times a week. He is not safe to be left alone for long periods.",
                    "If Mrs. Mensah were not able to care for him, he would most likely need "
                    "placement in a skilled nursing facility.",
                ],
                "Hannah R. Adeyemi-Strand, MD",
                ["Neurology", "Minnesota license 55108"],
                type_="medical_record",
                about=(kwabena, abena),
                equity="caretaker",
                salutation="To Whom It May Concern:",
            ),
            "scans/dr letter kwabena.pdf",
            seed + 4,
            dpi=150,
        ),
        capture.desk(
            doc.visit_summary(
                abena,
                clinic="Brooklyn Park Community Health Clinic",
                clinic_lines=["8000 Brooklyn Blvd., Brooklyn Park, MN 55445", "763-555-0145"],
                colour=(120, 60, 20),
                visit=D(2026, 8, 19),
                provider="Daniel O. Frimpong, MD (Internal Medicine)",
                mrn="BPC-2290417",
                diagnoses=[
                    ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
                    ("I10", "Essential (primary) hypertension"),
                ],
                medications=[
                    "Metformin ER 1000 mg by mouth twice daily",
                    "Insulin glargine 22 units at bedtime",
                    "Lisinopril 20 mg by mouth once daily",
                ],
                vitals="BP 142/88 · Wt 84.1 kg · A1c 8.9 % (today)",
                plan=[
                    "A1c is higher than at the last visit. Increase glargine to 22 units.",
                    "Check fingerstick glucose before breakfast and at bedtime; bring log.",
                    "Referral to diabetes education and to the eye clinic for a retinal exam.",
                    "Return in 3 months with labs one week before.",
                ],
            ),
            "scans/IMG_20261012_102210.jpg",
            seed + 5,
        ),
        capture.copier(
            [
                doc.tax_return_transcript(
                    abena,
                    year=2024,
                    ssn_last="2291",
                    street="7645 Zane Avenue N",
                    city_line="Brooklyn Park, MN 55443",
                    wages=38410,
                    requested=D(2026, 9, 30),
                    filing_status="Married Filing Jointly",
                ),
                doc.w2(
                    abena,
                    year=2025,
                    ssn_last="2291",
                    employer=agency,
                    ein="41-2079935",
                    street=street,
                    city_line=city,
                    wages=40985,
                    state="MN",
                ),
                doc.utility_bill(
                    abena,
                    company="North Star Energy",
                    company_lines=[
                        "P.O. Box 9477, Minneapolis, MN 55440",
                        "northstar-energy.example · 1-800-555-0112",
                    ],
                    service=f"{street};{city}",
                    account="51-0084412-7",
                    period=(D(2026, 9, 24), D(2026, 10, 23)),
                    amount="$96.18",
                    usage=[
                        ("Basic service charge", "", "$8.00"),
                        ("Energy charge", "612 kWh", "$71.44"),
                        ("Fuel cost charge", "612 kWh", "$9.31"),
                        ("City fees and taxes", "", "$7.43"),
                    ],
                    colour=(200, 120, 0),
                ),
            ],
            "scans/Scan_0001.pdf",
            seed + 6,
        ),
        capture.scan(
            doc.adult_certificate(
                abena,
                issuer="Osseo Area Schools Adult Basic Education",
                issuer_lines=["Northview Learning Center · Brooklyn Park, Minnesota"],
                heading="Certificate of Achievement",
                words="for completing English as a Second Language, Level 5 (High "
                "Intermediate), 192 hours of instruction, January through June 2026.",
                awarded=D(2026, 6, 11),
                signers=[
                    ("Rebecca Thorsgaard", "ESL Instructor"),
                    ("Michael Yang", "ABE Program Coordinator"),
                ],
                type_=("diploma", "school_record"),
                seed=seed + 7,
            ),
            "scans/ESL certificate.jpg",
            seed + 7,
            dpi=150,
        ),
        capture.scan(
            doc.plain_letter(
                "neighbour_letter",
                ["7645 Zane Avenue N., Apt. 108", "Brooklyn Park, MN 55443"],
                long(D(2026, 10, 30)),
                "To the Immigration Officer:",
                [
                    "My name is Patricia Lundgren and I have lived down the hall from Abena "
                    "Mensah and her family since 2012. I am 74 and a retired school bus driver.",
                    "When my husband was in hospice in 2022, Abena came every evening after "
                    "her shift to check on me and brought me meals. Since her husband's stroke "
                    "I have watched her care for him day and night while she still works. She "
                    "is the person everyone in this building calls when something goes wrong.",
                    "Please let her stay. Her husband and her daughter need her, and so do we.",
                ],
                "Sincerely,",
                "Patricia A. Lundgren",
                ["(763) 555-0131"],
                about=abena,
                on=D(2026, 10, 30),
            ),
            "scans/letter from patricia.jpg",
            seed + 8,
            dpi=150,
        ),
        capture.scan(
            doc.org_letter(
                "employer_letter",
                (
                    agency[0],
                    [*agency[1], "Tel 763-555-0150 · Licensed by MDH"],
                    (110, 40, 110),
                    "house",
                ),
                D(2026, 10, 19),
                "Re: Verification of employment",
                [
                    "Abena S. Mensah has been employed by Twin Cities Compassionate Home Care "
                    "as a Personal Care Assistant since April 2016. She currently works 32 "
                    "hours a week with two elderly clients in Brooklyn Park and Crystal, at "
                    "$20.50 an hour.",
                    "In 2025 we reduced her hours at her request so that she could care for "
                    "her husband after his stroke. She remains one of our most reliable "
                    "caregivers, and her clients' families ask for her by name.",
                ],
                "Grace N. Ofori-Atta",
                ["Director of Client Services"],
                type_="employment_letter",
                about=abena,
                equity="employment_and_taxes",
                proves=(D(2016, 4, 1), D(2026, 10, 19)),
            ),
            "scans/employment verification.pdf",
            seed + 9,
            dpi=150,
        ),
        capture.scan(
            doc.pd_denial(
                abena,
                a_number=a_number.replace("-", ""),
                office=[
                    "Saint Paul Field Location",
                    "1 Federal Drive, Suite 1800",
                    "Fort Snelling, MN 55111",
                ],
                dated=D(2025, 4, 10),
                requested=D(2024, 12, 2),
                representative=rep["name"],
                rep_lines=[rep["organization"], *rep["address"]],
                signer="Karen M. Holmquist",
            ),
            "scans/OPLA denial 2025.pdf",
            seed + 10,
            dpi=150,
        ),
        capture.scan(
            doc.g28(
                abena,
                a_number=a_number,
                rep=rep,
                client_address=f"{street}, {city}",
                signed=D(2026, 10, 2),
            ),
            "scans/g-28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": abena.name,
            "a_number": a_number,
            "date_of_birth": abena.born,
            "country": "Ghana",
            "entered_us": D(2009, 2, 11),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Fort Snelling, MN",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "individual",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2024, 12, 2),
                "outcome": "denied",
                "changes": "In June 2025 Mrs. Mensah's husband had a stroke that left him "
                "partly paralysed; she is now his caregiver.",
            },
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2009, 2, 11),
            "children": [
                {"name": akosua.name, "date_of_birth": akosua.born, "status": "usc"},
            ],
            "education": True,
            "medical": {"person": "self", "condition": "type 2 diabetes"},
            "caretaker": {"person": kwabena.name, "condition": "stroke with right-sided paralysis"},
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 12, 10), "served_by": rep["name"]},
    }
    findings = [
        # From her entry in 2009 to her daughter's birth in December 2011 nothing dates her
        # here (the neighbour knows her since 2012, the employer since 2016): a true gap.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    allowed = [
        {"code": "unclassified-document", "file": "scans/OPLA denial 2025.pdf"},
    ]
    return CasePlan(
        "mensah",
        "blind2",
        case,
        placed,
        findings,
        allowed,
        notes="true gap: 2009-2011 has no dated evidence",
    )


# ---------------------------------------------------------------- 4. New Jersey


def batista() -> CasePlan:
    """A Dominican mother in Paterson, New Jersey, a victim of domestic violence who helped the
    police: a photocopied passport, an extracto de acta with a translation whose certificate
    lacks the translator's statement of competence and accuracy, a New Jersey birth
    certificate on the desk, a copier stack of the police report and the I-918 Supplement B,
    a report card, a high school equivalency diploma, a neighbour's letter in Spanish with no
    translation, a W-2 photographed, letters from her employer and her pastor."""
    yokasta = Person(
        "Yokasta Altagracia",
        "Batista Féliz",
        D(1992, 1, 28),
        "F",
        "San Francisco de Macorís, Duarte",
    )
    ramon = Person("Ramón Antonio", "Batista Ureña", D(1965, 4, 4), "M", "República Dominicana")
    altagracia = Person("Altagracia", "Féliz Mejía", D(1968, 12, 1), "F", "República Dominicana")
    mother = Person(yokasta.given, yokasta.surname, yokasta.born, "F", "Dominican Republic")
    luis = Person("Luis Manuel", "Peña Rosario", D(1990, 7, 7), "M", "Dominican Republic")
    jayden = Person("Jayden Ramón", "Peña Batista", D(2018, 9, 14), "M", "New Jersey")
    rep = _rep(
        "Claudia Restrepo Haines",
        "Passaic County Immigrant Rights Project",
        ["152 Market Street, 4th Floor", "Paterson, NJ 07505"],
        "973-555-0109",
        "crestrepo@pcirp.example",
        "NJ771043",
    )
    translator = _translator(
        "Wendy Marte Polanco", ["38 Van Houten Street", "Paterson, NJ 07505"], "973-555-0168"
    )
    street, city = "211 Straight Street, 2nd Floor", "Paterson, NJ 07501"
    a_number = "215-903-664"
    seed = 24100
    warehouse = ("Garden State Fulfillment Co.", ["600 Grand Street", "Paterson, NJ 07514"])
    extracto = doc.extracto_dominicano(
        yokasta,
        altagracia,
        ramon,
        office="la Primera Circunscripción de San Francisco de Macorís",
        book="00112",
        folio="0147",
        act="000347",
        year=1992,
        issued=D(2025, 11, 3),
        equity="identity",
        seed=seed + 2,
    )
    translated = doc.translation(
        "the extract of birth record",
        "DOMINICAN REPUBLIC — CENTRAL ELECTORAL BOARD — EXTRACT OF BIRTH RECORD",
        [
            ("Civil Registry Office:", "First District of San Francisco de Macorís"),
            ("Book / Folio / Record / Year:", "00112 / 0147 / 000347 / 1992"),
            ("Given name(s):", "YOKASTA ALTAGRACIA"),
            ("Surname(s):", "BATISTA FELIZ"),
            ("Date of birth:", "January 28, 1992"),
            ("Place of birth:", "San Francisco de Macorís, Duarte"),
            ("Sex:", "Female"),
            ("Father:", "RAMON ANTONIO BATISTA UREÑA, Dominican"),
            ("Mother:", "ALTAGRACIA FELIZ MEJIA, Dominican"),
            ("Issued:", "November 3, 2025, by the Civil Registry Officer [signature, seal]"),
        ],
        yokasta,
        ("birth_certificate", "certificate_of_translation"),
        "identity",
        translator,
        D(2026, 9, 22),
        complete=False,
    )
    placed = [
        capture.card_copy(
            doc.passport(
                "República Dominicana",
                "DOM",
                yokasta,
                number="RD5582140",
                issued=D(2022, 1, 17),
                expiry=D(2032, 1, 16),
                authority="DIRECCIÓN GENERAL DE PASAPORTES",
                nationality="Dominicana",
                bilingual=True,
                colour=(10, 40, 110),
                seed=seed + 1,
            ),
            "scans/pasaporte copia.jpg",
            seed + 1,
        ),
        capture.scan(extracto, "scans/acta nacimiento.jpg", seed + 2, dpi=200),
        capture.scan(translated, "scans/acta nacimiento traduccion.pdf", seed + 3, dpi=150),
        capture.desk(
            doc.new_jersey_birth(
                jayden,
                mother,
                luis,
                municipality="Paterson",
                county="Passaic",
                facility="Great Falls Medical Center",
                filed=D(2018, 9, 25),
                issued=D(2024, 3, 19),
                file_number="2018-0611-044973",
                seed=seed + 4,
            ),
            "scans/IMG_0388.jpg",
            seed + 4,
        ),
        capture.copier(
            [
                doc.police_report(
                    yokasta,
                    agency="Paterson Police Department",
                    agency_lines=["111 Broadway, Paterson, NJ 07505", "(973) 555-0100"],
                    case_number="23-006219",
                    offense="AGGRAVATED ASSAULT — DOMESTIC VIOLENCE (2C:12-1B)",
                    occurred=dt.datetime(2023, 2, 11, 1, 15),
                    location=f"{up_address(street)}, PATERSON NJ",
                    victim_address=f"{up_address(street)}, PATERSON NJ 07501",
                    narrative="On 02/11/2023 at 0115 hrs officers responded to a 911 call of "
                    "a female screaming. Upon arrival officers met the victim, BATISTA FELIZ, "
                    "YOKASTA, who was bleeding from the nose and had red marks on her neck. "
                    "She stated her boyfriend, with whom she lives, choked her and struck her "
                    "with a closed fist after an argument, in front of her four-year-old son. "
                    "Suspect was located inside and placed under arrest. Victim was advised of "
                    "her rights under the Prevention of Domestic Violence Act and a temporary "
                    "restraining order was issued. Victim gave a sworn statement and agreed to "
                    "assist the Passaic County Prosecutor's Office.",
                    officer="PTL. R. CASTELLANOS",
                    badge="4471",
                    suspect="PENA ROSARIO, LUIS M. (DOB 07/07/1990)",
                ),
                doc.i918_supplement_b(
                    yokasta,
                    agency="Passaic County Prosecutor's Office",
                    agency_address="401 Grand Street, Paterson, NJ 07505",
                    official="Denise A. Kowalski",
                    official_title="Chief of Investigations",
                    case_number="PCPO 23-DV-0412 / PPD 23-006219",
                    occurred=D(2023, 2, 11),
                    statute="N.J.S.A. 2C:12-1b(1); 2C:12-1b(13); 2C:25-19",
                    description="The victim was strangled and beaten by her domestic partner "
                    "in her home. She reported the crime, gave a sworn statement, identified "
                    "the defendant and testified before the grand jury in May 2023. The "
                    "defendant pleaded guilty to aggravated assault in October 2023.",
                    signed=D(2026, 6, 17),
                ),
            ],
            "scans/police + U visa.pdf",
            seed + 5,
        ),
        capture.scan(
            doc.report_card(
                jayden,
                district="Paterson Public Schools",
                school="School No. 12",
                school_lines=["121 N. 2nd Street, Paterson, NJ 07522"],
                grade="2",
                year="2025-2026",
                teacher="Mrs. Ana Lucía Cabrera",
                subjects=[
                    ("Reading", "3", "3", "4"),
                    ("Writing", "3", "3", "3"),
                    ("Mathematics", "4", "4", "4"),
                    ("Science", "3", "3", "3"),
                    ("Social Emotional Learning", "3", "4", "4"),
                ],
                present=174,
                absent=6,
                comment="Jayden has grown so much this year. He is a strong mathematician "
                "and a good friend to others.",
                colour=(140, 20, 20),
            ),
            "scans/jayden report card.pdf",
            seed + 6,
            dpi=150,
        ),
        capture.scan(
            doc.adult_certificate(
                yokasta,
                issuer="State of New Jersey · Department of Education",
                issuer_lines=[
                    "State-Issued High School Diploma",
                    "Passaic County Community College Adult Learning Center",
                ],
                heading="High School Diploma",
                words="having met the requirements of the State of New Jersey by passing the "
                "high school equivalency examination (GED), is awarded this State-Issued High "
                "School Diploma.",
                awarded=D(2025, 6, 27),
                signers=[
                    ("Marcus A. Whitfield", "Commissioner of Education"),
                    ("Irene Szymanski", "Director, Adult Education"),
                ],
                type_=("diploma", "school_record"),
                seed=seed + 7,
            ),
            "scans/diploma GED.jpg",
            seed + 7,
            dpi=150,
        ),
        capture.scan(
            doc.plain_letter(
                "neighbour_carta",
                ["215 Straight Street", "Paterson, NJ 07501"],
                "Paterson, 14 de octubre de 2026",
                "A quien pueda interesar:",
                [
                    "Mi nombre es Mercedes Almonte y vivo al lado de Yokasta Batista desde el "
                    "año 2017. La conozco como una madre trabajadora y responsable que siempre "
                    "está pendiente de su hijo Jayden.",
                    "Cuando ella pasó por el problema con el papá del niño, yo vi cómo salió "
                    "adelante sola, terminó su diploma y consiguió un trabajo estable. Los "
                    "domingos me ayuda a llevar a mi madre, que está en silla de ruedas, a la "
                    "iglesia.",
                    "Pido con todo respeto que le permitan quedarse en este país con su hijo.",
                ],
                "Atentamente,",
                "Mercedes Almonte de la Cruz",
                ["Tel. (973) 555-0184"],
                about=yokasta,
                language="es",
                on=D(2026, 10, 14),
            ),
            "scans/carta vecina.jpg",
            seed + 8,
            dpi=150,
        ),
        capture.desk(
            doc.w2(
                yokasta,
                year=2025,
                ssn_last="8842",
                employer=warehouse,
                ein="22-3871490",
                street=street,
                city_line=city,
                wages=36240,
                state="NJ",
            ),
            "scans/IMG_0392.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.org_letter(
                "employer_letter",
                (
                    warehouse[0],
                    [*warehouse[1], "HR Department · (973) 555-0122"],
                    (60, 60, 60),
                    "shield",
                ),
                D(2026, 11, 2),
                "Re: Employment of Yokasta A. Batista Feliz",
                [
                    "Please accept this letter as confirmation that Yokasta A. Batista Feliz "
                    "has been employed full time at our Paterson distribution center since "
                    "March 2017. She is a Lead Picker on the day shift and was named employee "
                    "of the quarter in the second quarter of 2025.",
                    "Her current rate of pay is $18.90 per hour, 40 hours per week.",
                ],
                "Kevin O'Dowd",
                ["Human Resources Generalist"],
                type_="employment_letter",
                about=yokasta,
                equity="employment_and_taxes",
                proves=(D(2017, 3, 1), D(2026, 11, 2)),
            ),
            "scans/employer letter.pdf",
            seed + 10,
            dpi=150,
        ),
        capture.scan(
            doc.org_letter(
                "pastor_letter",
                (
                    "Iglesia Cristiana Fuente de Vida",
                    [
                        "Fountain of Life Christian Church",
                        "44 Mill Street, Paterson, NJ 07501 · (973) 555-0190",
                    ],
                    (90, 30, 90),
                    "cross",
                ),
                D(2026, 10, 25),
                None,
                [
                    "I have been the pastor of Fountain of Life Christian Church for eleven "
                    "years, and I have known Yokasta Batista since she first came to our "
                    "Sunday service in 2017.",
                    "She has served in our children's ministry every Sunday for five years and "
                    "organises our winter coat drive. After what she suffered in 2023 our "
                    "congregation supported her, and she now supports other women in the same "
                    "situation through our women's group.",
                    "I know her to be truthful, responsible and devoted to her son. I ask "
                    "that she be allowed to remain in the United States.",
                ],
                "Rev. Elías Manuel Tavárez",
                ["Senior Pastor"],
                type_="letter_of_support",
                about=yokasta,
                equity="community_ties",
            ),
            "scans/pastor letter.pdf",
            seed + 11,
            dpi=150,
        ),
        capture.scan(
            doc.g28(
                yokasta,
                a_number=a_number,
                rep=rep,
                client_address=f"{street}, {city}",
                signed=D(2026, 10, 20),
            ),
            "scans/G-28 form.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": yokasta.name,
            "a_number": a_number,
            "date_of_birth": yokasta.born,
            "country": "Dominican Republic",
            "entered_us": D(2016, 5, 3),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Newark, NJ",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "master",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "translator": translator,
        "claims": {
            "residence_since": D(2016, 5, 3),
            "children": [{"name": jayden.name, "date_of_birth": jayden.born, "status": "usc"}],
            "education": True,
            "crime_victim": {"kind": "domestic_violence"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 12, 10), "served_by": rep["name"]},
    }
    findings = [
        # The translator only wrote her name: no statement that she is competent to translate
        # and that the translation is accurate (ICPM 3.3(a)).
        {
            "code": "incomplete-translation-certificate",
            "file": ["scans/acta nacimiento traduccion.pdf", "scans/acta nacimiento.jpg"],
        },
        # The neighbour's letter is in Spanish and nobody translated it.
        {"code": "untranslated-document", "file": "scans/carta vecina.jpg"},
    ]
    allowed = [
        # 2018-2023 is dated only by the employer's "since March 2017" and the pastor's letter.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "batista",
        "blind2",
        case,
        placed,
        findings,
        allowed,
        notes="true findings: an incomplete translation certificate; an untranslated letter",
    )


def up_address(text: str) -> str:
    return text.upper().replace(",", "")


CASES: dict[str, Callable[[], CasePlan]] = {
    "alvarenga": alvarenga,
    "quintero": quintero,
    "mensah": mensah,
    "batista": batista,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
