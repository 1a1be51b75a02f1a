"""The eighth blind corpus: four invented families (Sierra Leonean in Wilmington, Delaware;
Ivorian in St. Louis, Missouri; Argentine in Albuquerque, New Mexico; Costa Rican in
Birmingham, Alabama), each a case folder of what a legal-aid office really receives (phone
photos on a desk, cards in a landscape frame, copier stacks, a document photographed page by
page, records in French and Spanish), a case.yaml whose claims the documents bear out, and the
truth it is scored against. Written from plain descriptions of real documents by someone who
had not read the rules.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind8.cases OUT_DIR      # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bench.blind8 import documents as doc
from tests.realistic import capture
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date

# The date the corpus is written as of: every letter and pay stub is dated on or before it.
AS_OF = D(2026, 11, 30)


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {"name": name, "organization": org, "address": address, "phone": phone,
            "email": email, "eoir_id": eoir}  # fmt: skip


# ---------------------------------------------------------------- 1. Wilmington, Delaware


def kamara() -> CasePlan:
    """A Sierra Leonean mother in Wilmington whose former partner abused her: a protection
    from abuse order and the police report (photographed page by page), her son's Delaware
    certificate, a Freetown register entry, two W-2s in one copier PDF, a stack holding a
    record of account, a two-page lease and rent receipts, an imam's letter."""
    fatmata = Person("Fatmata Isatu", "Kamara", D(1989, 4, 17), "F", "Freetown, Sierra Leone")
    ousman = Person("Ousman", "Sesay", D(1985, 9, 2), "M", "Sierra Leone")
    ibrahim = Person("Ibrahim Mohamed", "Sesay", D(2018, 2, 9), "M", "Wilmington")
    mother_bc = Person(fatmata.given, fatmata.surname, fatmata.born, "F", "Sierra Leone")
    rep = _rep(
        "Rosalind Okafor-Bray",
        "First State Immigrant Legal Services",
        ["1201 N. Orange Street, Suite 704", "Wilmington, DE 19801"],
        "302-555-0163",
        "rokaforbray@fsils.example",
        "DE441902",
    )
    street, city = "2207 N. Van Buren Street, Apt. 3", "Wilmington, DE 19802"
    home = [street, city]
    seed = 8100
    narrative = [
        "ON THE ABOVE DATE AND TIME R/O WAS DISPATCHED TO 2207 N VAN BUREAN ST FOR A DOMESTIC "
        "DISTURBANCE. UPON ARRIVAL R/O MADE CONTACT WITH V-1 FATMATA KAMARA WHO WAS CRYING AND "
        "HAD A VISIBLE SWELLING UNDER HER LEFT EYE.",
        "V-1 STATED THAT HER FORMER BOYFRIEND S-1 OUSMAN SESAY CAME TO THE APARTMENT, DEMANDED "
        "MONEY AND STRUCK HER WITH A CLOSED FIST WHEN SHE REFUSED. HER SON (AGE 6) WAS PRESENT.",
        "V-1 STATED S-1 HAS THREATENED HER BEFORE AND TOLD HER HE WOULD CALL IMMIGRATION. S-1 "
        "FLED ON FOOT BEFORE R/O ARRIVED.",
        "R/O PHOTOGRAPHED THE INJURY. EMS RESPONDED AND V-1 REFUSED TRANSPORT. R/O PROVIDED "
        "V-1 WITH A DOMESTIC VIOLENCE VICTIM RESOURCE CARD AND PFA INFORMATION.",
        "A WARRANT FOR S-1 FOR ASSAULT 3RD DEGREE (11 DEL. C. 611) WAS REQUESTED. V-1 AGREED "
        "TO PROVIDE A WRITTEN STATEMENT AND TO COOPERATE WITH PROSECUTION.",
        "THE CHILD WAS NOT INJURED. CASE REFERRED TO THE DOMESTIC VIOLENCE UNIT FOR FOLLOW UP.",
    ]
    placed = [
        capture.card_photo(
            doc.passport(
                "Republic of Sierra Leone",
                "SLE",
                fatmata,
                "PA0418273",
                D(2019, 1, 8),
                D(2029, 1, 7),
                "en",
                (30, 110, 60),
                seed + 1,
            ),
            "scans/passport.jpg",
            seed + 1,
            turn=90,
        ),
        capture.desk(
            doc.sierra_leone_birth(
                fatmata, "Alhaji Sorie Kamara", "Mariama Bangura", D(2018, 11, 20)
            ),
            "scans/IMG_20261102_091544.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.us_birth(
                "Delaware",
                ibrahim,
                mother_bc,
                None,
                hospital="Christiana Hospital",
                city="Newark",
                county="New Castle",
                file_no="118-2018-004197",
                filed=D(2018, 2, 20),
                issued=D(2025, 6, 3),
                registrar="Deborah L. Whitfield",
                seed=seed + 3,
            ),
            "scans/Ibrahim birth cert.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.police_report(
                fatmata,
                "Wilmington Police Department",
                "300 N. Walnut Street, Wilmington, DE 19801",
                "30-24-051873",
                D(2024, 7, 14),
                "Assault 3rd degree - domestic",
                narrative,
                "Ptlm. Gregory Antonelli #2291",
            ),
            ["scans/police report 1.jpg", "scans/police report 2.jpg"],
            seed + 4,
        ),
        capture.scan(
            doc.protective_order(
                fatmata,
                ousman.name,
                "Family Court of the State of Delaware",
                "CN24-04411",
                D(2024, 8, 6),
                D(2026, 8, 6),
            ),
            "scans/PFA order.pdf",
            seed + 6,
            dpi=150,
        ),
        capture.copier(
            [
                doc.w2(
                    fatmata,
                    2024,
                    "Brandywine Senior Living LLC",
                    "505 Greenhill Ave, Wilmington DE 19805",
                    "51-0774412",
                    31408.55,
                    home,
                ),
                doc.w2(
                    fatmata,
                    2025,
                    "Brandywine Senior Living LLC",
                    "505 Greenhill Ave, Wilmington DE 19805",
                    "51-0774412",
                    33962.10,
                    home,
                ),
            ],
            "scans/scan_0007.pdf",
            seed + 7,
        ),
        capture.copier(
            [
                doc.irs_account(fatmata, 2020, home, D(2026, 10, 21), 18240.00),
                doc.lease(fatmata, "Harold J. Mensah", home, D(2021, 2, 1), 1075),
                doc.rent_receipts(
                    fatmata,
                    "Harold J. Mensah",
                    street,
                    [D(2023, 1, 1), D(2024, 6, 1), D(2025, 11, 1), D(2026, 11, 1)],
                    1150,
                ),
            ],
            "scans/scan_0008.pdf",
            seed + 10,
        ),
        capture.scan(
            doc.report_card(
                ibrahim,
                "Lewis Dual Language Elementary School",
                "Red Clay Consolidated School District",
                "2025-2026",
                "2",
                "Ms. Carmen Iturbe",
            ),
            "scans/report card.jpg",
            seed + 13,
        ),
        capture.scan(
            doc.letter(
                "imam_letter",
                (
                    "Masjid Al-Nur of Wilmington",
                    [
                        "214 W. 4th Street, Wilmington, DE 19801",
                        "(302) 555-0117 · info@masjidalnur-de.example",
                    ],
                    (20, 90, 60),
                    "star",
                ),
                D(2026, 10, 30),
                [
                    f"I have known Sister {fatmata.name} for six years, since she began to pray "
                    "with our congregation soon after arriving in Wilmington.",
                    "She teaches Qur'an reading to the younger girls on Sunday mornings and "
                    "cooks for our community iftar every Ramadan. After what she suffered in "
                    "2024 she did not withdraw; she rebuilt her life for her son Ibrahim.",
                    "She is a truthful, hard-working woman and a pillar of our community. I "
                    "ask that she be allowed to remain in the United States with her son.",
                ],
                "Imam Abubakarr Jalloh",
                ["Imam and Director", "Masjid Al-Nur of Wilmington"],
                "letter_of_support",
                fatmata,
                "community_ties",
                face="bookman",
            ),
            "scans/letter from imam.pdf",
            seed + 14,
        ),
        capture.scan(
            doc.g28(fatmata, "214-087-553", rep, home, D(2026, 11, 4)),
            "scans/G28.pdf",
            seed + 15,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": fatmata.name,
            "a_number": "214-087-553",
            "date_of_birth": fatmata.born,
            "country": "Sierra Leone",
            "entered_us": D(2019, 3, 1),
            "address": home,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Philadelphia, PA",
            "next_hearing": D(2027, 4, 13),
            "hearing_type": "master",
            "opla_office": "Philadelphia",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "service": {"method": "email", "date": D(2026, 11, 24), "served_by": rep["name"]},
        "claims": {
            "residence_since": D(2019, 3, 1),
            "children": [{"name": ibrahim.name, "date_of_birth": ibrahim.born, "status": "usc"}],
            "education": True,
            "crime_victim": {"kind": "domestic_violence"},
            "community_ties": True,
        },
    }
    return CasePlan(
        "kamara",
        "blind8",
        case,
        placed,
        notes="no deliberate gap: every claim is proved and residence is covered",
    )


# ---------------------------------------------------------------- 2. St. Louis, Missouri


def kouassi() -> CasePlan:
    """An Ivorian mother in St. Louis caring for her son with Down syndrome, renewing a 2025
    denial, with a disclosed 2022 driving offence: an extrait in French and its translation,
    two Missouri certifications of birth, a bilingual passport, three pay stubs in one PDF."""
    adjoua = Person("Adjoua Marie-Laure", "Kouassi", D(1986, 3, 14), "F", "Bouaké, Côte d'Ivoire")
    mother_bc = Person(adjoua.given, adjoua.surname, adjoua.born, "F", "Ivory Coast")
    yao = Person("Kouadio Serge", "Yao", D(1983, 12, 1), "M", "Ivory Coast")
    emmanuel = Person("Emmanuel Kouadio", "Yao", D(2016, 5, 23), "M", "St. Louis")
    grace = Person("Grâce Akissi", "Yao", D(2019, 10, 2), "F", "St. Louis")
    rep = _rep(
        "Thomas Ebbers-Mwangi",
        "Gateway Immigrant Justice Project",
        ["4387 Laclede Avenue", "St. Louis, MO 63108"],
        "314-555-0172",
        "tem@gijp.example",
        "MO773015",
    )
    home = ["3912 Minnesota Avenue", "St. Louis, MO 63118"]
    translator = {"name": "Céline Moreau-Diallo", "address": ["7020 Pershing Ave.",
                  "University City, MO 63130"], "phone": "314-555-0139"}  # fmt: skip
    seed = 8200
    extrait_en = [
        "REPUBLIC OF CÔTE D'IVOIRE - Union - Discipline - Work",
        "Department of Bouaké - Commune of Bouaké - Principal Civil Registry Center",
        f"For the year {adjoua.born.year}   No. 1187 of {adjoua.born.strftime('%m/%d/%Y')}",
        "EXTRACT FROM THE REGISTER OF CIVIL STATUS RECORDS - BIRTH RECORD",
        f"On {doc.long(adjoua.born)}, was born in Bouaké: Adjoua Marie-Laure KOUASSI, daughter "
        "of Kouassi Koffi Bernard, farmer, residing in Bouaké, and of N'Guessan Amenan Rose, "
        "homemaker, residing in Bouaké.",
        "NOTATIONS: Married on ..... to ..... None. Divorced ..... Deceased ..... None.",
        "Certified that this extract conforms to the entries in the register.",
        "Issued at Bouaké, March 9, 2023. The Civil Registrar [signature] K. Tanoh. [Stamp: "
        "Town Hall of Bouaké, Civil Registry]. Revenue stamp: 500 CFA francs.",
    ]
    pay = [
        (D(2026, 9, 6), D(2026, 9, 19), 64.0, 15400.0),
        (D(2026, 10, 4), D(2026, 10, 17), 61.5, 18300.0),
        (D(2026, 11, 1), D(2026, 11, 14), 66.0, 20950.0),
    ]
    employer = "Tower Grove Home Care Services"
    emp_lines = ["3150 Morganford Road", "St. Louis, MO 63116"]
    placed = [
        capture.card_photo(
            doc.passport(
                "République de Côte d'Ivoire",
                "CIV",
                adjoua,
                "20AC41187",
                D(2021, 6, 2),
                D(2031, 6, 1),
                "fr/en",
                (150, 80, 20),
                seed + 1,
                language=("fr", "en"),
            ),
            "scans/passeport.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.ivorian_extrait(
                adjoua, "Kouassi Koffi Bernard", "N'Guessan Amenan Rose", D(2023, 3, 9)
            ),
            "scans/extrait de naissance.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.translation(
                adjoua,
                "BIRTH CERTIFICATE (EXTRACT)",
                extrait_en,
                translator["name"],
                translator["address"],
                translator["phone"],
                "French",
                D(2026, 10, 12),
            ),
            "scans/extrait translation.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.us_birth(
                "Missouri",
                emmanuel,
                mother_bc,
                yao,
                hospital="St. Louis Children's Hospital",
                city="St. Louis",
                county="St. Louis City",
                file_no="2016-118-04772",
                filed=D(2016, 6, 3),
                issued=D(2024, 9, 18),
                registrar="Kendra J. Lowell",
                seed=seed + 4,
            ),
            "scans/IMG_4471.jpg",
            seed + 4,
            surface="pale",
        ),
        capture.copier(
            [
                doc.us_birth(
                    "Missouri",
                    grace,
                    mother_bc,
                    yao,
                    hospital="SSM Health St. Mary's Hospital",
                    city="Richmond Heights",
                    county="St. Louis",
                    file_no="2019-118-11920",
                    filed=D(2019, 10, 15),
                    issued=D(2024, 9, 18),
                    registrar="Kendra J. Lowell",
                    seed=seed + 5,
                ),
                doc.letter(
                    "caregiver_letter",
                    (
                        "Forest Park Pediatric Associates",
                        [
                            "Developmental Pediatrics · 4990 Children's Place, St. Louis, MO 63110",
                            "Phone 314-555-0155 · Fax 314-555-0156",
                        ],
                        (0, 100, 140),
                        "cross",
                    ),
                    D(2026, 10, 27),
                    [
                        f"I am the developmental pediatrician of {emmanuel.name} (DOB "
                        f"{doc.us(emmanuel.born)}), whom I have treated since 2017.",
                        "Emmanuel has Down syndrome (trisomy 21) with a repaired atrioventricular "
                        "septal defect, hypothyroidism and moderate intellectual disability. He "
                        "needs help with feeding, dressing and toileting, speech and occupational "
                        "therapy three times a week and cardiology follow-up twice a year.",
                        f"His mother, {adjoua.name}, is his primary caregiver. She brings him to "
                        "every appointment, gives his daily medication and carries out his "
                        "home therapy program. Separating Emmanuel from her would cause him "
                        "serious harm.",
                    ],
                    "Naomi R. Feldstein, MD",
                    ["Attending Physician, Developmental Pediatrics", "NPI 1447802913"],
                    "medical_record",
                    emmanuel,
                    "caretaker",
                    face="sans",
                ),
            ],
            "scans/Scan 2026-11-03.pdf",
            seed + 5,
        ),
        capture.scan(
            doc.disposition(
                adjoua,
                "Municipal Court of the City of St. Louis",
                "220913447",
                "DRIVING WITHOUT A VALID LICENSE (RSMO 302.020)",
                D(2022, 8, 19),
                D(2022, 11, 14),
                "FINE $225.00 AND COSTS",
            ),
            "scans/court disposition.pdf",
            seed + 8,
        ),
        capture.scan(
            doc.pd_denial(
                adjoua,
                "216-390-448",
                ["2345 Grand Boulevard, Suite 500, Kansas City, MO 64108"],
                D(2025, 4, 22),
                D(2025, 1, 30),
            ),
            "scans/ICE denial letter 2025.pdf",
            seed + 9,
        ),
        capture.copier(
            [doc.pay_stub(adjoua, employer, emp_lines, a, b, h, 18.75, y) for a, b, h, y in pay],
            "scans/paystubs.pdf",
            seed + 10,
            dpi=200,
        ),
        capture.scan(
            doc.letter(
                "landlord_letter",
                (
                    "Benton Park Rentals LLC",
                    ["2716 S. Jefferson Ave, St. Louis, MO 63118", "314-555-0108"],
                    (110, 60, 20),
                    "house",
                ),
                D(2026, 11, 2),
                [
                    f"This letter confirms that {adjoua.name} has rented the apartment at "
                    "3912 Minnesota Avenue from our company since July 1, 2015, and lives "
                    "there today with her two children.",
                    "Her rent of $940 a month has always been paid on time. She has been a "
                    "quiet and responsible tenant and we would gladly renew her lease.",
                ],
                "Gary Stoltz",
                ["Property Manager"],
                "residence_record",
                adjoua,
                "length_of_residence",
                proves=(D(2015, 7, 1), D(2026, 11, 2)),
            ),
            "scans/landlord letter.pdf",
            seed + 13,
        ),
        capture.scan(
            doc.g28(adjoua, "216-390-448", rep, home, D(2026, 11, 6)),
            "scans/g-28.pdf",
            seed + 14,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": adjoua.name,
            "a_number": "216-390-448",
            "date_of_birth": adjoua.born,
            "country": "Côte d'Ivoire",
            "entered_us": D(2015, 6, 12),
            "address": home,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Kansas City, MO",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "individual",
            "opla_office": "Kansas City",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 1, 30),
                "outcome": "denied",
                "changes": "Since the denial Emmanuel's heart condition required a second "
                "surgery and she has become his full-time caregiver.",
            },
        },
        "representative": rep,
        "service": {"method": "ecas", "date": D(2026, 11, 24), "served_by": rep["name"]},
        "translator": translator,
        "claims": {
            "residence_since": D(2015, 7, 1),
            "children": [
                {"name": emmanuel.name, "date_of_birth": emmanuel.born, "status": "usc"},
                {"name": grace.name, "date_of_birth": grace.born, "status": "usc"},
            ],
            "caretaker": {"person": emmanuel.name, "condition": "Down syndrome"},
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "driving without a valid license",
                "date": D(2022, 8, 19),
                "disposition": "guilty plea; fine paid",
            }
        ],
    }
    allowed = [
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        {"code": "unclassified-document", "file": "scans/ICE denial letter 2025.pdf"},
    ]
    return CasePlan(
        "kouassi",
        "blind8",
        case,
        placed,
        allowed=allowed,
        notes="no deliberate gap; the conviction is disclosed with its disposition",
    )


# ---------------------------------------------------------------- 3. Albuquerque, New Mexico


def ferreyra() -> CasePlan:
    """An Argentine father in Albuquerque with type 2 diabetes, filing pro se: a partida whose
    translation certificate never says the translator is competent, a neighbour's handwritten
    letter in Spanish with no translation, a stack of a 1040 and a two-page bank statement, a
    stack of two letters of support (a coach, a food bank), a CNM certificate."""
    martin = Person("Martín Ezequiel", "Ferreyra", D(1982, 8, 30), "M", "Rosario, Argentina")
    lucia = Person("Lucía Belén", "Ocampo", D(1985, 2, 11), "F", "Argentina")
    father_bc = Person(martin.given, martin.surname, martin.born, "M", "Argentina")
    valentina = Person("Valentina Sol", "Ferreyra Ocampo", D(2012, 6, 4), "F", "Albuquerque")
    home = ["8214 Zuni Road SE, Unit B", "Albuquerque, NM 87108"]
    seed = 8300
    partida_en = [
        "ARGENTINE REPUBLIC - Ministry of the Interior - National Registry of Persons (RENAPER)",
        "Civil Registry of the Province of Santa Fe - BIRTH CERTIFICATE - Faithful copy",
        f"Act No. 812  Volume 2 A  Folio 406  Year {martin.born.year}  Office: Rosario, 3rd "
        "Section",
        f"In the city of Rosario, Province of Santa Fe, on September 5, {martin.born.year}, "
        "before me, Head of the Registry, the father appears and declares:",
        f"That on {doc.long(martin.born)}, at 06:20 hours, at the Hospital Provincial del "
        "Centenario, a male person was born who is given the name MARTÍN EZEQUIEL FERREYRA.",
        "Son of Héctor Raúl Ferreyra, Argentine, D.N.I. 11.204.873, and of Norma Beatriz "
        "Aguirre, Argentine, D.N.I. 12.661.045, residing at Pellegrini 1840, Rosario.",
        "Marginal notes: none. Issued in Rosario on May 16, 2024. [Signature] Graciela M. "
        "Ibarra, Public Officer. [Seal of the Civil Registry of Santa Fe]",
    ]
    bank_rows = [
        ["10/01", "Beginning balance", "", "1,204.18"],
        ["10/02", "ACH DEP SANDIA FRAMING PAYROLL", "1,386.40", "2,590.58"],
        ["10/03", "RENT CHECK 1044", "-1,050.00", "1,540.58"],
        ["10/06", "PNM ELECTRIC AUTOPAY", "-88.12", "1,452.46"],
        ["10/09", "SMITH'S FOOD #431", "-143.77", "1,308.69"],
        ["10/14", "NM GAS CO AUTOPAY", "-41.30", "1,267.39"],
        ["10/16", "ACH DEP SANDIA FRAMING PAYROLL", "1,402.55", "2,669.94"],
        ["10/20", "WALGREENS #9921 PHARMACY", "-36.00", "2,633.94"],
        ["10/23", "ATM WITHDRAWAL CENTRAL AVE", "-200.00", "2,433.94"],
        ["10/27", "ABQ YOUTH SOCCER LEAGUE", "-75.00", "2,358.94"],
        ["10/30", "ACH DEP SANDIA FRAMING PAYROLL", "1,377.80", "3,736.74"],
        ["10/31", "Ending balance", "", "3,736.74"],
    ]
    placed = [
        capture.card_photo(
            doc.passport(
                "República Argentina",
                "ARG",
                martin,
                "AAF518204",
                D(2019, 9, 10),
                D(2029, 9, 9),
                "es/en",
                (40, 60, 110),
                seed + 1,
                language=("es", "en"),
            ),
            "scans/pasaporte Martin.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.argentine_partida(
                martin, "Héctor Raúl Ferreyra", "Norma Beatriz Aguirre", D(2024, 5, 16)
            ),
            "scans/partida de nacimiento.pdf",
            seed + 2,
        ),
        capture.scan(
            doc.translation(
                martin,
                "BIRTH CERTIFICATE",
                partida_en,
                "Rubén Saavedra",
                ["1510 Girard Blvd NE", "Albuquerque, NM 87106"],
                "505-555-0124",
                "Spanish",
                D(2026, 9, 30),
                competent=False,
            ),
            "scans/partida traduccion.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.us_birth(
                "New Mexico",
                valentina,
                lucia,
                father_bc,
                hospital="Presbyterian Hospital",
                city="Albuquerque",
                county="Bernalillo",
                file_no="112-2012-014458",
                filed=D(2012, 6, 22),
                issued=D(2023, 1, 9),
                registrar="Celestina Archuleta",
                seed=seed + 4,
            ),
            "scans/IMG_0093.jpg",
            seed + 4,
        ),
        capture.copier(
            [
                doc.form_1040(martin, 2023, home, 38915.00),
                doc.bank_statement(
                    martin,
                    "Río Grande Federal Credit Union",
                    home,
                    (D(2026, 10, 1), D(2026, 10, 31)),
                    bank_rows,
                ),
            ],
            "scans/taxes and bank.pdf",
            seed + 5,
        ),
        capture.copier(
            [
                doc.letter(
                    "coach_letter",
                    (
                        "Duke City Youth Soccer Association",
                        ["P.O. Box 40112, Albuquerque, NM 87196", "www.dukecitysoccer.example"],
                        (200, 90, 0),
                        "star",
                    ),
                    D(2026, 10, 18),
                    [
                        f"I am the director of coaching for our league. {martin.name} has "
                        "volunteered as an assistant coach for our U-12 and U-14 girls' teams "
                        "since 2019, first on his daughter Valentina's team.",
                        "He is at every Tuesday and Thursday practice after a full day of work, "
                        "drives players whose parents cannot, and repaired our goals at the "
                        "Balloon Fiesta Park fields at his own cost.",
                        "Our league would lose one of its most dependable volunteers.",
                    ],
                    "Kimberly A. Trujillo",
                    ["Director of Coaching"],
                    "letter_of_support",
                    martin,
                    "community_ties",
                    face="sans",
                ),
                doc.letter(
                    "food_bank_letter",
                    (
                        "Southeast Heights Community Food Pantry",
                        ["St. Therese Hall, 4421 Kathryn Ave SE, Albuquerque, NM 87108"],
                        (120, 30, 90),
                        "leaf",
                    ),
                    D(2026, 11, 5),
                    [
                        f"As volunteer coordinator I am writing for {martin.name}, who has "
                        "volunteered at our pantry on the first Saturday of every month since "
                        "March 2021, unloading deliveries and packing boxes for about 300 "
                        "families.",
                        "During the winter of 2022 he organised a coat drive among the framing "
                        "crews he works with. He is reliable, kind and humble.",
                    ],
                    "Dolores Benavídez",
                    ["Volunteer Coordinator"],
                    "letter_of_support",
                    martin,
                    "community_ties",
                ),
            ],
            "scans/letters.pdf",
            seed + 8,
        ),
        capture.desk(
            doc.handwritten_letter(
                martin,
                "Rosa Elvira Gallegos",
                "Albuquerque",
                "3 de noviembre de 2026",
                [
                    "A quien corresponda:",
                    "Yo, Rosa Elvira Gallegos, vivo al lado de la familia Ferreyra desde hace "
                    "nueve años. Martín es un buen vecino, trabajador y honesto.",
                    "Cuando mi esposo estuvo en el hospital, Martín me llevaba al hospital "
                    "todos los días y arregló el techo de mi casa sin cobrarme nada.",
                    "Les pido que le permitan quedarse con su familia.",
                ],
                "es",
            ),
            "scans/carta vecina.jpg",
            seed + 10,
            surface="pale",
        ),
        capture.scan(
            doc.letter(
                "employer_letter",
                (
                    "Sandia Framing & Drywall, Inc.",
                    ["3301 Broadway Blvd SE, Albuquerque, NM 87105", "Tel 505-555-0181"],
                    (90, 90, 90),
                    "shield",
                ),
                D(2026, 11, 9),
                [
                    f"This letter verifies that {martin.name} has been employed by Sandia "
                    "Framing & Drywall, Inc. since March 18, 2013. He works full time, 40 "
                    "hours a week, as a lead framer, and earns $24.50 an hour.",
                    "He is one of our most skilled and trusted workers and trains new hires "
                    "on safety. We would be glad to keep him as long as he wishes.",
                ],
                "Douglas P. Whitaker",
                ["Owner and President"],
                "employment_letter",
                martin,
                "employment_and_taxes",
                proves=(D(2013, 3, 18), D(2026, 11, 9)),
            ),
            "scans/employment letter.jpg",
            seed + 11,
        ),
        capture.scan(
            doc.letter(
                "clinic_letter",
                (
                    "First Choice Community Healthcare",
                    [
                        "South Valley Medical Center · 2001 "
                        "N. Centro Familiar SW, Albuquerque, NM 87105",
                        "(505) 555-0166",
                    ],
                    (0, 110, 110),
                    "cross",
                ),
                D(2026, 10, 6),
                [
                    f"{martin.name} (date of birth {doc.us(martin.born)}) has been my "
                    "patient since 2018. He has type 2 diabetes mellitus with diabetic "
                    "peripheral neuropathy and hypertension.",
                    "His most recent hemoglobin A1c was 8.4%. He takes metformin 1000 mg twice "
                    "daily, insulin glargine 24 units at bedtime and lisinopril 20 mg. He "
                    "needs quarterly visits, daily glucose monitoring and a yearly eye exam.",
                    "Interruption of his care would put him at risk of serious complications.",
                ],
                "Ana Lucero Montoya, MD",
                ["Family Medicine"],
                "medical_record",
                martin,
                "medical",
                re_line=f"Re: {martin.name}, DOB {doc.us(martin.born)}",
            ),
            "scans/medical letter.pdf",
            seed + 12,
        ),
        capture.scan(
            doc.certificate(
                martin,
                "Central New Mexico Community College",
                "has successfully completed the requirements of the",
                "Certificate of Completion in Construction Technology",
                D(2012, 5, 11),
                ["Dr. Raymond Esquibel, Dean", "Lorraine Chávez, Program Director"],
                "cnm_certificate",
            ),
            "scans/CNM certificate.jpg",
            seed + 13,
            colour=True,
        ),
    ]
    # The CNM certificate dates his studies there (fall 2011 to spring 2012).
    placed[-1].documents[0]["proves"] = ["2011-08-22", "2012-05-11"]
    case = {
        "schema": 1,
        "respondent": {
            "name": martin.name,
            "a_number": "208-551-903",
            "date_of_birth": martin.born,
            "country": "Argentina",
            "entered_us": D(2011, 7, 4),
            "address": home,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Albuquerque, NM",
            "next_hearing": D(2027, 5, 18),
            "hearing_type": "master",
        },
        "request": {"type": "administrative_closure"},
        "service": {"method": "mail", "date": D(2026, 11, 23), "served_by": martin.name},
        "claims": {
            "residence_since": D(2011, 8, 1),
            "children": [
                {"name": valentina.name, "date_of_birth": valentina.born, "status": "usc"}
            ],
            "education": True,
            "medical": {"person": "self", "condition": "type 2 diabetes"},
            "community_ties": True,
        },
    }
    allowed = [  # no opla_office: the court names Albuquerque, which a correct build may not place
        {"code": "unknown-opla-office"},
    ]
    findings = [
        {"code": "incomplete-translation-certificate", "file": "scans/partida traduccion.pdf"},
        {"code": "untranslated-document", "file": "scans/carta vecina.jpg"},
    ]
    return CasePlan(
        "ferreyra",
        "blind8",
        case,
        placed,
        findings,
        allowed,
        notes="true: a translation certificate without the translator's competence "
        "and a neighbour's Spanish letter with no translation",
    )


# ---------------------------------------------------------------- 4. Birmingham, Alabama


def solano() -> CasePlan:
    """A Costa Rican mother in Birmingham robbed and beaten at the store where she worked,
    who helped the police: a TSE certificación and its translation, a work permit a quarter
    turn off, her son's Alabama certificate, a stack of the police report and the two-page
    Supplement B, a stack of an ESL certificate and a school attendance letter, a hearing
    notice; no evidence of her residence from 2019 to 2025, a true gap."""
    karla = Person("Karla Vanessa", "Solano Jiménez", D(1993, 1, 27), "F", "Cartago, Costa Rica")
    mother_bc = Person(karla.given, karla.surname, karla.born, "F", "Costa Rica")
    andres = Person("Andrés Felipe", "Brenes Quesada", D(1990, 7, 7), "M", "Costa Rica")
    mateo = Person("Mateo Andrés", "Brenes Solano", D(2020, 3, 16), "M", "Birmingham")
    home = ["1519 Cotton Avenue SW", "Birmingham, AL 35211"]
    translator = {"name": "Patricia Heredia-Lowe", "address": ["2100 Morris Ave, Suite 3",
                  "Birmingham, AL 35203"], "phone": "205-555-0191"}  # fmt: skip
    seed = 8400
    cert_en = [
        "SUPREME ELECTORAL TRIBUNAL - CIVIL REGISTRY - Republic of Costa Rica",
        "BIRTH CERTIFICATION (Literal)",
        "Registration citation: Province 3, Volume 0412, Folio 077, Entry 0154",
        "Name: KARLA VANESSA   First surname: SOLANO   Second surname: JIMENEZ",
        f"Date of birth: {doc.long(karla.born)}   Place of birth: Cartago, Cartago, Oriental",
        "Sex: Female   Father: Rodrigo Solano Ureña   Mother: Marta Eugenia Jiménez Brenes",
        "Identity card number: 3-0412-0821   Marginal notes: None",
        "This certification is issued at the request of the interested party, digitally signed, "
        "and is valid for three months from issuance. Law 8454. San José, February 4, 2026. "
        "Digitally signed by: LUIS DIEGO ARAYA SOTO. Verify at www.tse.go.cr.",
    ]
    narrative = [
        "R/O RESPONDED TO AN ARMED ROBBERY IN PROGRESS AT LA ESPERANZA MARKET, 1700 3RD AVE W. "
        "THE CLERK, V-1 KARLA SOLANO JIMENEZ, STATED A B/M WEARING A GRAY HOODIE DISPLAYED A "
        "HANDGUN AND DEMANDED THE REGISTER. WHEN SHE WAS SLOW TO OPEN IT HE STRUCK HER IN THE "
        "HEAD WITH THE GUN. V-1 WAS TRANSPORTED TO UAB HOSPITAL WITH A SCALP LACERATION.",
        "V-1 GAVE A DETAILED DESCRIPTION OF S-1 AND LATER IDENTIFIED HIM IN A PHOTO LINE-UP. "
        "STORE VIDEO RECOVERED. CASE ASSIGNED TO ROBBERY UNIT.",
    ]
    placed = [
        capture.card_photo(
            doc.passport(
                "República de Costa Rica",
                "CRI",
                karla,
                "116040721",
                D(2017, 2, 14),
                D(2027, 2, 13),
                "es/en",
                (20, 40, 110),
                seed + 1,
                language=("es", "en"),
            ),
            "scans/pasaporte.jpg",
            seed + 1,
        ),
        capture.card_photo(
            doc.work_permit(karla, "IOE0918827415", "C14", D(2025, 9, 1), D(2027, 8, 31), seed + 2),
            "scans/work permit.jpg",
            seed + 2,
            turn=270,
        ),
        capture.scan(
            doc.costa_rica_certificacion(
                karla, "Rodrigo Solano Ureña", "Marta Eugenia Jiménez Brenes", D(2026, 2, 4)
            ),
            "scans/certificacion nacimiento.jpg",
            seed + 3,
        ),
        capture.scan(
            doc.translation(
                karla,
                "BIRTH CERTIFICATION",
                cert_en,
                translator["name"],
                translator["address"],
                translator["phone"],
                "Spanish",
                D(2026, 3, 2),
            ),
            "scans/certificacion translation.pdf",
            seed + 4,
        ),
        capture.scan(
            doc.us_birth(
                "Alabama",
                mateo,
                mother_bc,
                andres,
                hospital="Princeton Baptist Medical Center",
                city="Birmingham",
                county="Jefferson",
                file_no="101-20-008812",
                filed=D(2020, 3, 30),
                issued=D(2025, 8, 12),
                registrar="Harriet W. Coggins",
                seed=seed + 5,
            ),
            "scans/Mateo birth certificate.pdf",
            seed + 5,
        ),
        capture.copier(
            [
                doc.police_report(
                    karla,
                    "Birmingham Police Department",
                    "1710 1st Avenue North, Birmingham, AL 35203",
                    "BPD-25-118043",
                    D(2025, 3, 8),
                    "Robbery first degree",
                    narrative,
                    "Officer Terrence Pruitt #4120",
                    pages=1,
                ),
                doc.supplement_b(
                    karla,
                    "Birmingham Police Department",
                    "Lt. Denise Harwell",
                    "Code of Alabama 13A-8-41",
                    D(2025, 3, 8),
                    D(2026, 6, 17),
                ),
            ],
            "scans/police and U visa.pdf",
            seed + 6,
        ),
        capture.scan(
            doc.hearing_notice(
                karla,
                "219-774-062",
                [
                    "Atlanta Immigration Court",
                    "180 Ted Turner Dr. SW, Suite 241",
                    "Atlanta, GA 30303",
                ],
                D(2027, 3, 2),
                "Immigration Judge Charles E. Whitlow",
            ),
            "scans/hearing notice.pdf",
            seed + 9,
            dpi=150,
        ),
        capture.copier(
            [
                doc.certificate(
                    karla,
                    "Literacy Council of Central Alabama",
                    "has completed 120 hours of instruction in",
                    "English as a Second Language - Level 4 (Intermediate)",
                    D(2026, 5, 21),
                    ["Jenna M. Oakes, Executive Director", "Luis Ortega, Lead Instructor"],
                    "esl_certificate",
                ),
                doc.letter(
                    "attendance_letter",
                    (
                        "Birmingham City Schools",
                        [
                            "Glen Iris Elementary School · 1115 11th "
                            "Street South, Birmingham, AL 35205",
                            "(205) 555-0149",
                        ],
                        (130, 20, 30),
                        "star",
                    ),
                    D(2026, 11, 10),
                    [
                        f"This letter confirms that {mateo.name} (DOB {doc.us(mateo.born)}) "
                        "is enrolled in kindergarten at Glen Iris Elementary School for the "
                        "2025-2026 school year and has attended since August 7, 2025.",
                        "Mateo has missed only two days this year. His mother, "
                        f"{karla.name}, attends every parent-teacher conference and "
                        "volunteers in our library on Fridays.",
                    ],
                    "Dr. Angela Ruffin",
                    ["Principal"],
                    "school_record",
                    mateo,
                    "education",
                    face="sans",
                ),
            ],
            "scans/school.pdf",
            seed + 10,
        ),
        capture.scan(
            doc.irs_wage_income(karla, 2018, "La Esperanza Market LLC", 17220.00, D(2026, 9, 14)),
            "scans/IRS transcript 2018.pdf",
            seed + 13,
        ),
        capture.desk(
            doc.utility_bill(
                karla,
                "Alabama Power",
                ["Questions? Call 1-800-555-0140", "Pay online at alabamapower.example"],
                home,
                (D(2026, 9, 18), D(2026, 10, 17)),
                132.48,
                "04418-27730",
            ),
            "scans/power bill.jpg",
            seed + 14,
        ),
    ]
    # The work permit's holder is the respondent; her passport proves no residence.
    case = {
        "schema": 1,
        "respondent": {
            "name": karla.name,
            "a_number": "219-774-062",
            "date_of_birth": karla.born,
            "country": "Costa Rica",
            "entered_us": D(2017, 11, 20),
            "address": home,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Atlanta, GA",
            "next_hearing": D(2027, 3, 2),
            "hearing_type": "master",
            "opla_office": "Atlanta",
        },
        "request": {"type": "dismissal"},
        "service": {"method": "mail", "date": D(2026, 11, 25), "served_by": karla.name},
        "translator": translator,
        "claims": {
            "residence_since": D(2017, 11, 20),
            "children": [{"name": mateo.name, "date_of_birth": mateo.born, "status": "usc"}],
            "education": True,
            "crime_victim": {"kind": "other"},
            "law_enforcement_cooperation": True,
        },
    }
    findings = [{"code": "residence-gap", "claim": "residence_since"}]
    allowed = [{"code": "unclassified-document", "file": "scans/hearing notice.pdf"}]
    return CasePlan(
        "solano",
        "blind8",
        case,
        placed,
        findings,
        allowed,
        notes="true gap: nothing about her residence from 2019 to the 2025 bill",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "kamara": kamara,
    "kouassi": kouassi,
    "ferreyra": ferreyra,
    "solano": solano,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
