"""The twenty-third blind corpus: four invented families from Mexico, Guatemala and Honduras,
each a case folder of papers from home countries, US agencies, schools, hospitals and courts,
as they really reach a legal-aid office damaged or badly captured (folded in thirds, crumpled,
under a flash, in the phone's shadow, on a tablecloth or a car seat, photographed too close,
forwarded on WhatsApp, a scanner app's black-and-white PDF, copier stacks with a blank reverse,
pages photographed one by one), a case.yaml whose claims the documents bear out or honestly do
not, and the truth it is scored against. Written from plain descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind23.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind23 import agency, civil, damage, life
from tests import photos
from tests.realistic import capture
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    drawn,
    write_from_command_line,
    write_plans,
)

D = dt.date
T = dt.datetime

# Every paper is dated on or before this day and the claimed residence is covered up to it
# (where the truth expects no gap). After late 2027 move the dates on.
AS_OF = D(2026, 11, 30)

ID = "identity"
BILINGUAL = ("es", "en")


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
    }


def _passport(label: str, person: Person, seed: int, **kw: Any) -> Paper:
    sheets, zone = civil.passport(person, seed=seed, **kw)
    return drawn(label, sheets, "passport", person, ID, BILINGUAL, mrz_zone=zone, is_card=True)


def _with_back(paper: Paper, seed: int) -> Paper:
    """The paper with the blank reverse a duplex copier scanned after it."""
    paper.pages = [*paper.pages, damage.blank_back(paper.pages[0], seed)]
    return paper


def _either(paper: Paper, *people: Person) -> Paper:
    """A paper a paralegal could file under any of these people."""
    paper.about = tuple(p.name for p in people)
    return paper


def _shot(paper: Paper, names: list[str], make: Callable[[int, Any], photos.Photo]) -> Any:
    return damage.placed_photos(paper, names, [make(i, page) for i, page in enumerate(paper.pages)])


# ---------------------------------------------------------------- 1. Houston, Texas


def zavala() -> CasePlan:
    """A Mexican mother brought to Houston at twelve, caring for her son with epilepsy and
    autism, asking for dismissal: a passport a quarter turn off, a copier stack of the acta de
    nacimiento (with its blank reverse), its translation, her GED certificate and her son's
    Texas birth certificate, her INE card front and back never translated, the IEP and her
    own school district record in one copier PDF, the children's hospital letter in the
    phone's shadow, a college transcript page by page, the Social Security statement, the
    court's hearing notice."""
    yesenia = Person("Yesenia Guadalupe", "Zavala Pérez", D(1994, 3, 22), "F", "Zamora, Michoacán")
    mateo = Person("Mateo Alejandro", "Ríos Zavala", D(2015, 9, 3), "M", "Houston, Texas")
    mother = Person("María de la Luz", "Pérez Ochoa", D(1970, 5, 2), "F")
    father = Person("Jesús", "Zavala Mendoza", D(1968, 1, 9), "M")
    rogelio = Person("Rogelio", "Ríos Cárdenas", D(1991, 7, 14), "M")
    a_number = "219-407-863"
    rep = _rep(
        "Marisol Etheridge-Vance",
        "Gulf Coast Immigrant Defense Project",
        ["6300 Harrisburg Blvd., Suite 210", "Houston, TX 77011"],
        "713-555-0148",
        "metheridge@gcidp.example",
        "TX590312",
    )
    translator = {
        "name": "Octavio Rentería Lugo",
        "address": ["2215 Navigation Blvd.", "Houston, TX 77003"],
        "phone": "713-555-0163",
    }
    address = ["7719 Avenue J, Apt. 3", "Houston, TX 77012"]
    seed = 23100

    acta = _with_back(
        drawn(
            "mexico_acta_nacimiento_curp",
            civil.acta_mexico(
                yesenia,
                state="Michoacán de Ocampo",
                state_code="MN",
                municipio="Zamora",
                place="Zamora, Michoacán de Ocampo",
                registered=D(1994, 4, 18),
                acta="00731",
                oficialia="0002",
                mother=mother,
                father=father,
                identifier="16108000220940073104",
                printed=D(2026, 9, 14),
                seed=seed,
            ),
            "birth_certificate",
            yesenia,
            ID,
            "es",
        ),
        seed,
    )
    acta_tr = drawn(
        "acta_translation",
        civil.translation(
            "BIRTH CERTIFICATE",
            [
                ("Electronic identifier:", "16108000220940073104"),
                ("CURP:", civil.curp(yesenia, "MN")),
                (
                    "Registered in:",
                    "Zamora, Michoacán de Ocampo; Office 0002, Book 0001, Certificate 00731, "
                    "18/04/1994",
                ),
                ("Name:", yesenia.name),
                ("Sex:", "Female"),
                ("Date of birth:", "03/22/1994"),
                ("Place of birth:", "Zamora, Michoacán de Ocampo"),
                ("Father:", f"{father.name}, Mexican"),
                ("Mother:", f"{mother.name}, Mexican"),
                ("Marginal notes:", "None"),
            ],
            [
                "[Certification by the Director General of the Civil Registry of the State of "
                "Michoacán, issued September 14, 2026, with advanced electronic signature; QR "
                "code.]"
            ],
            translator=translator,
            signed=D(2026, 10, 2),
            document="Acta de Nacimiento, Yesenia Guadalupe Zavala Pérez",
        ),
        "certificate_of_translation",
        yesenia,
        ID,
    )
    ged = drawn(
        "texas_ged_certificate",
        life.ged_certificate(
            yesenia, state="Texas", passed=D(2011, 6, 18), number="TX-HSE-1106-44817"
        ),
        ("diploma", "school_record"),
        yesenia,
        "education",
        proves=(D(2011, 6, 18), D(2011, 6, 18)),
    )
    tx = drawn(
        "texas_birth_abstract",
        agency.texas_birth(
            mateo,
            mother=yesenia,
            father=rogelio,
            county="Harris",
            city="Houston",
            file_no="142-15-118406",
            filed=D(2015, 9, 21),
            issued=D(2026, 8, 5),
            seed=seed + 1,
        ),
        "birth_certificate",
        mateo,
        "us_family",
    )
    ine = drawn(
        "ine_credencial_votar",
        civil.ine_card(
            yesenia,
            address=["C. Morelos 412", "Col. Centro 59600", "Zamora, Mich."],
            clave="ZVPRYS94032216M300",
            state_code="MN",
            registered=2012,
            valid_until=2032,
            seccion="2087",
            seed=seed + 2,
        ),
        "identity_document",
        yesenia,
        ID,
        "es",
        is_card=True,
    )
    iep = drawn(
        "iep_houston_isd",
        life.iep(
            mateo,
            district="East End Independent School District",
            school="Magnolia Park Elementary School",
            meeting=D(2026, 10, 7),
            disability="Autism",
            case_manager="Kendra Oyelaran",
            parent=yesenia,
            services=[
                ("Special education - reading and math", "5 x 45 min / week", "Resource room"),
                ("Speech therapy", "2 x 30 min / week", "Therapy room"),
                ("Occupational therapy", "1 x 30 min / week", "Therapy room"),
                ("Special transportation with aide", "Daily", "Bus"),
            ],
        ),
        "school_record",
        mateo,
        ("caretaker", "education", "us_family"),
    )
    hospital = drawn(
        "childrens_hospital_neurology",
        life.hospital_letter(
            mateo,
            yesenia,
            hospital="Bayou Children's Hospital",
            dept="Comprehensive Epilepsy Program",
            address=["6621 Fannin Street", "Houston, TX 77030 · 832-555-0190"],
            signed=D(2026, 10, 20),
            doctor="Priya Raghunathan-Cole, MD",
        ),
        "medical_record",
        mateo,
        ("caretaker", "medical"),
    )
    college = drawn(
        "community_college_transcript",
        life.college_transcript(
            yesenia,
            college="San Jacinto Bay Community College",
            address="8060 Spencer Hwy, Pasadena, TX 77505",
            student_id="W20418833",
            printed=D(2026, 9, 30),
            award="Associate of Applied Science, Medical Assisting (May 2014)",
            terms=[
                (
                    "Fall 2010",
                    [
                        ("GUST 0341", "Developmental Reading", "3", "P"),
                        ("ESOL 0354", "Advanced Grammar", "3", "A"),
                    ],
                ),
                (
                    "Spring 2011",
                    [
                        ("MATH 0308", "Foundations of Algebra", "3", "B"),
                        ("ENGL 0310", "Developmental Writing", "3", "A"),
                    ],
                ),
                (
                    "Fall 2011",
                    [
                        ("ENGL 1301", "Composition I", "3", "B"),
                        ("BIOL 2401", "Anatomy & Physiology I", "4", "B"),
                    ],
                ),
                (
                    "Spring 2012",
                    [
                        ("BIOL 2402", "Anatomy & Physiology II", "4", "B"),
                        ("MDCA 1313", "Medical Terminology", "3", "A"),
                    ],
                ),
                (
                    "Fall 2012",
                    [
                        ("MDCA 1417", "Procedures in a Clinical Setting", "4", "A"),
                        ("PSYC 2301", "General Psychology", "3", "B"),
                    ],
                ),
                (
                    "Spring 2013",
                    [
                        ("MDCA 1448", "Pharmacology", "4", "B"),
                        ("SPCH 1315", "Public Speaking", "3", "A"),
                    ],
                ),
                (
                    "Fall 2013",
                    [
                        ("MDCA 1421", "Administrative Procedures", "4", "A"),
                        ("HITT 1305", "Medical Terminology II", "3", "A"),
                    ],
                ),
                (
                    "Spring 2014",
                    [
                        ("MDCA 1460", "Clinical - Medical Assistant", "4", "A"),
                        ("ENGL 1302", "Composition II", "3", "B"),
                    ],
                ),
            ],
        ),
        "school_record",
        yesenia,
        "education",
        proves=(D(2010, 8, 23), D(2014, 5, 10)),
    )
    hs = drawn(
        "houston_district_cumulative_record",
        life.hs_record(
            yesenia,
            district="East End Independent School District",
            school="Milby Park High School",
            years=[
                (
                    "2006-2007 GRADE 07",
                    "08/21/2006",
                    [("ESL LANGUAGE ARTS 7", "84"), ("MATH 7", "88"), ("SCIENCE 7", "81")],
                ),
                (
                    "2007-2008 GRADE 08",
                    "08/27/2007",
                    [("ESL LANGUAGE ARTS 8", "86"), ("ALGEBRA READINESS", "90")],
                ),
                (
                    "2008-2009 GRADE 09",
                    "08/25/2008",
                    [("ENGLISH I (ESL)", "82"), ("ALGEBRA I", "85"), ("BIOLOGY", "80")],
                ),
                ("2009-2010 GRADE 10", "08/24/2009", [("ENGLISH II", "79"), ("GEOMETRY", "83")]),
            ],
            withdrawn=D(2010, 3, 5),
            printed=D(2026, 9, 8),
        ),
        "school_record",
        yesenia,
        ("arrived_as_child", "education", "length_of_residence"),
        proves=(D(2006, 8, 21), D(2010, 3, 5)),
    )
    ssa = drawn(
        "ssa_earnings_statement",
        agency.ssa_statement(
            yesenia,
            ssn_tail="4718",
            issued=D(2026, 10, 12),
            address=address,
            earnings=[
                (y, v)
                for y, v in zip(
                    range(2013, 2026),
                    [
                        8120,
                        17466,
                        21900,
                        24310,
                        26044,
                        27800,
                        29612,
                        24120,
                        30905,
                        33180,
                        35642,
                        37015,
                        38820,
                    ],
                    strict=True,
                )
            ],
        ),
        "tax_record",
        yesenia,
        "employment_and_taxes",
        proves=(D(2013, 1, 1), D(2025, 12, 31)),
    )
    notice = drawn(
        "eoir_hearing_notice",
        agency.eoir_hearing_notice(
            yesenia,
            a_number=a_number,
            court=["600 Jefferson Street, Suite 900", "Houston, TX 77002"],
            notice=D(2026, 6, 3),
            hearing=T(2027, 3, 9, 8, 30),
            judge="Hon. Lionel Abernathy-Ruiz",
            rep=[rep["name"], rep["organization"], *rep["address"]],
        ),
        ("court_record", "other"),
        yesenia,
        "other",
    )
    g28 = drawn(
        "g28",
        agency.g28(yesenia, a_number=a_number, rep=rep, signed=D(2026, 10, 30)),
        "g28",
        yesenia,
        "other",
    )

    def shadowed(i: int, page: Any) -> photos.Photo:
        return damage.phone_shadow(
            photos.desk_photo(page, seed + 40 + i, surface="pale"), seed + 41
        )

    placed = [
        capture.card_photo(
            _passport(
                "mexico_passport",
                yesenia,
                seed + 3,
                country=("ESTADOS UNIDOS MEXICANOS", "UNITED MEXICAN STATES"),
                code="MEX",
                number="G48120937",
                issued=D(2024, 5, 20),
                expiry=D(2030, 5, 20),
                authority="SRE HOUSTON",
                tint=((232, 226, 244), (214, 228, 236)),
                nationality="MEXICANA",
                place="Michoacán",
            ),
            "scans/pasaporte.jpg",
            seed + 4,
            turn=90,
        ),
        capture.copier([acta, acta_tr, ged, tx], "scans/scan0001.pdf", seed + 5),
        capture.card_photo(ine, ["scans/INE frente.jpg", "scans/INE atras.jpg"], seed + 6),
        capture.copier([iep, hs], "scans/school papers.pdf", seed + 7),
        _shot(hospital, ["scans/carta hospital.jpg"], shadowed),
        capture.desk(college, ["scans/IMG_2041.jpg", "scans/IMG_2042.jpg"], seed + 8),
        capture.scan(ssa, "scans/ssa statement.pdf", seed + 10, dpi=150),
        capture.scan(notice, "scans/hearing notice.pdf", seed + 11, dpi=150),
        capture.scan(g28, "scans/G28.pdf", seed + 12, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": yesenia.name,
            "a_number": a_number,
            "date_of_birth": yesenia.born,
            "country": "Mexico",
            "entered_us": D(2006, 7, 15),
            "address": address,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Houston, TX",
            "next_hearing": D(2027, 3, 9),
            "hearing_type": "master",
            "opla_office": "Houston",
            "judge": "Hon. Lionel Abernathy-Ruiz",
            "nta_date": D(2024, 2, 12),
            "charges": ["INA 212(a)(6)(A)(i)"],
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2006, 7, 15),
            "children": [{"name": mateo.name, "date_of_birth": mateo.born, "status": "usc"}],
            "education": True,
            "caretaker": {
                "person": mateo.name,
                "condition": "epilepsy and autism spectrum disorder",
            },
        },
        "translator": translator,
        "service": {"method": "email", "date": D(2026, 11, 20), "served_by": rep["name"]},
    }
    findings = [{"code": "untranslated-document", "file": "scans/INE frente.jpg"}]
    allowed = [{"code": "unclassified-document", "file": "scans/hearing notice.pdf"}]
    return CasePlan(
        "zavala",
        "blind23",
        case,
        placed,
        findings,
        allowed,
        notes="the INE card front and back is never translated",
    )


# ---------------------------------------------------------------- 2. Los Angeles, California


def chumil() -> CasePlan:
    """A K'iche' Guatemalan mother in Los Angeles, a survivor of domestic violence with a U visa
    petition found bona fide, asking for administrative closure: a passport upside down, the
    RENAP certificate from a scanner app and its translation, the restraining order, a crumpled
    police report, the shelter's letter, the I-797 folded in thirds, the work permit under the
    flash, her daughter's California birth certificate photographed and forwarded again on
    WhatsApp, the report card, a bilingual lease on a tablecloth page by page."""
    rosa = Person("Rosa Elvira", "Chumil Tzoc", D(1991, 11, 8), "F", "Momostenango, Totonicapán")
    daniela = Person(
        "Daniela Sarai", "Ixcot Chumil", D(2016, 5, 14), "F", "Los Angeles, California"
    )
    walter = "Walter Ixcot Batz"
    a_number = "208-115-934"
    rep = _rep(
        "Benjamin Achterberg",
        "Pico-Union Legal Aid Collective",
        ["1530 James M. Wood Blvd., Suite 4", "Los Angeles, CA 90015"],
        "213-555-0127",
        "bachterberg@pulac.example",
        "CA718244",
    )
    translator = {
        "name": "Ixchel Marroquín de León",
        "address": ["907 S. Alvarado St.", "Los Angeles, CA 90006"],
        "phone": "213-555-0192",
    }
    address = ["2440 W. 11th Street, Apt. 7", "Los Angeles, CA 90006"]
    seed = 23200
    passport = _passport(
        "guatemala_passport",
        rosa,
        seed,
        country=("REPÚBLICA DE GUATEMALA", "REPUBLIC OF GUATEMALA"),
        code="GTM",
        number="358204716",
        issued=D(2023, 11, 6),
        expiry=D(2028, 11, 5),
        authority="CONSULADO LOS ÁNGELES",
        tint=((222, 232, 246), (236, 240, 230)),
        nationality="GUATEMALTECA",
        place="Totonicapán",
    )
    renap = drawn(
        "renap_certificado_nacimiento",
        civil.renap_guatemala(
            rosa,
            cui="2714 56382 0804",
            municipio="Momostenango",
            departamento="Totonicapán",
            partida="1187",
            folio="094",
            libro="212",
            mother=Person("Juana", "Tzoc Vicente", D(1968, 2, 2), "F"),
            father=Person("Sebastián", "Chumil Baten", D(1965, 3, 3), "M"),
            registered=D(1991, 12, 2),
            printed=D(2026, 8, 19),
            certificate_no="A-4471093",
            seed=seed + 1,
        ),
        "birth_certificate",
        rosa,
        ID,
        "es",
    )
    renap_tr = drawn(
        "renap_translation",
        civil.translation(
            "BIRTH CERTIFICATE",
            [
                ("Issued by:", "National Registry of Persons (RENAP), Republic of Guatemala"),
                ("Certificate No.:", "A-4471093"),
                ("CUI:", "2714 56382 0804"),
                ("Entry / Page / Book:", "1187 / 094 / 212"),
                ("Name:", rosa.name),
                ("Sex:", "Female"),
                ("Date of birth:", "November 8, 1991"),
                ("Place of birth:", "Momostenango, Totonicapán"),
                ("Mother:", "Juana Tzoc Vicente"),
                ("Father:", "Sebastián Chumil Baten"),
                ("Date registered:", "12/02/1991"),
                ("Notes:", "None"),
            ],
            [
                "[Signed and sealed by the Civil Registrar of Persons, Momostenango, August "
                "19, 2026; QR code.]"
            ],
            translator=translator,
            signed=D(2026, 9, 25),
            document="Certificado de Nacimiento, RENAP, Rosa Elvira Chumil Tzoc",
        ),
        "certificate_of_translation",
        rosa,
        ID,
    )
    order = drawn(
        "california_dv130_order",
        life.restraining_order(
            rosa,
            walter,
            case_no="23STRO01877",
            court="Los Angeles",
            granted=D(2023, 3, 8),
            expires=D(2028, 3, 8),
            child=daniela,
            judge="Hon. Theresa Quintanilla-Moss",
        ),
        "protective_order",
        rosa,
        "crime_victim",
        proves=(D(2023, 3, 8), D(2023, 3, 8)),
    )
    police = drawn(
        "lapd_dv_report",
        life.police_report(
            rosa,
            walter,
            agency="Los Angeles Police Department - Rampart Area",
            dr_no="230204417",
            occurred=T(2023, 2, 11, 22, 40),
            address="2440 W 11th St Apt 7, Los Angeles",
            officer="P. Landeros",
            serial="42918",
            narrative=[
                "On 02/11/23 at approx 2240 hrs, Officers responded to a radio call of a woman "
                "screaming. "
                "Upon arrival we observed V (Chumil) crying in the hallway holding her "
                "daughter (age 6).",
                "V stated in Spanish that S (Ixcot), her boyfriend of 8 years and father of "
                "her daughter, "
                "came home intoxicated, accused her of talking to another man, grabbed her by "
                "the neck and "
                "pushed her against the wall, then struck her L arm with a closed fist.",
                "V stated this has happened before but she never called police because S told "
                "her she "
                "would be deported. Officers observed redness on V's neck and bruising on L "
                "arm. Photos taken.",
                "S was located inside and arrested for PC 273.5(a). An Emergency Protective "
                "Order was "
                "obtained. V was given a DV resource card and referred to a shelter.",
            ],
        ),
        "police_report",
        rosa,
        "crime_victim",
        proves=(D(2023, 2, 11), D(2023, 2, 11)),
    )
    shelter = drawn(
        "dv_shelter_letter",
        life.shelter_letter(
            rosa,
            org="Casa Refugio de Esperanza",
            address=["P.O. Box 57219", "Los Angeles, CA 90057 · 213-555-0155"],
            signed=D(2026, 10, 14),
            stay=(D(2023, 2, 12), D(2023, 5, 20)),
            signer="Graciela Montalvo-Reyes, LMFT",
        ),
        ("letter_of_support", "other"),
        rosa,
        "crime_victim",
        proves=(D(2023, 2, 12), D(2023, 5, 20)),
    )
    i797 = drawn(
        "i797_u_visa_bona_fide",
        agency.i797(
            form="I-797, Notice of Action",
            receipt="EAC2390184521",
            case_type="I918 - PETITION FOR U NONIMMIGRANT STATUS",
            received=D(2023, 9, 18),
            notice=D(2025, 1, 14),
            petitioner=rosa.upper,
            beneficiary=rosa.upper,
            a_number=a_number,
            notice_type="Bona Fide Determination - Deferred Action",
            section="",
            body=[
                "USCIS has determined that your Form I-918 petition is bona fide and that you "
                "merit a "
                "favorable exercise of discretion. You have been granted deferred action for "
                "four years "
                "from the date of this notice, and you may be eligible for employment "
                "authorization.",
                "This is not an approval of your petition. Your petition will be placed on the "
                "waiting "
                "list when a U visa becomes available.",
            ],
            center=[
                "Vermont Service Center",
                "U.S. Citizenship and Immigration Services",
                "75 Lower Welden Street",
                "Saint Albans, VT 05479-0001",
            ],
        ),
        "other",
        rosa,
        ("crime_victim", "other"),
    )
    ead = drawn(
        "employment_authorization_card",
        agency.ead_card(
            rosa,
            uscis="208-115-934",
            category="C14",
            card_no="EAC2509441837",
            valid_from=D(2025, 1, 20),
            expires=D(2029, 1, 13),
            country="Guatemala",
            seed=seed + 2,
        ),
        "identity_document",
        rosa,
        (ID, "employment_and_taxes"),
        is_card=True,
    )
    birth = drawn(
        "california_live_birth",
        agency.california_birth(
            daniela,
            mother=rosa,
            father=Person("Walter", "Ixcot Batz", D(1985, 1, 1), "M"),
            hospital="Good Samaritan Hospital",
            street="1225 Wilshire Blvd",
            city="Los Angeles",
            county="Los Angeles",
            state_no="2016-19-0473612",
            local_no="1902-24811",
            issued=D(2026, 7, 22),
            seed=seed + 3,
        ),
        "birth_certificate",
        daniela,
        "us_family",
    )
    card = drawn(
        "lausd_report_card",
        life.report_card(
            daniela,
            school="Hoover Street Elementary School",
            district="Los Angeles Unified School District",
            grade="4",
            year="2025-2026",
            teacher="Ms. A. Nakamura-Ortiz",
            grades=[
                ("English Language Arts - Reading", "3", "3", "4"),
                ("English Language Arts - Writing", "3", "3", "3"),
                ("Mathematics", "2", "3", "3"),
                ("Science", "3", "3", "3"),
                ("History-Social Science", "3", "4", "4"),
                ("Visual and Performing Arts", "4", "4", "4"),
                ("English Language Development", "3", "4", "4"),
            ],
            absences=(1, 2),
            seed=seed + 4,
        ),
        "school_record",
        daniela,
        ("us_family", "education"),
    )
    lease = drawn(
        "bilingual_lease",
        life.lease_bilingual(
            rosa,
            landlord="Hye-Jin Park",
            address="2440 W. 11th Street, Apt. 7, Los Angeles, CA 90006",
            start=D(2024, 7, 1),
            end=D(2026, 6, 30),
            rent=1650,
            signed=D(2024, 6, 18),
        ),
        "residence_record",
        rosa,
        "length_of_residence",
        BILINGUAL,
        proves=(D(2024, 7, 1), D(2026, 6, 30)),
    )
    g28 = drawn(
        "g28",
        agency.g28(rosa, a_number=a_number, rep=rep, signed=D(2026, 10, 28)),
        "g28",
        rosa,
        "other",
    )

    def upside(i: int, page: Any) -> photos.Photo:
        return photos.card_photo(page, seed + 10 + i, turn=180)

    def crumpled(i: int, page: Any) -> photos.Photo:
        return photos.desk_photo(damage.crumpled(page, seed + 20), seed + 21 + i)

    def folded(i: int, page: Any) -> photos.Photo:
        return photos.desk_photo(
            damage.folded(page, seed + 22), seed + 23 + i, surface="pale", thumb=False
        )

    def flashed(i: int, page: Any) -> photos.Photo:
        return damage.glare(photos.card_photo(page, seed + 24 + i), (0.56, 0.42), 0.05)

    def on_cloth(i: int, page: Any) -> photos.Photo:
        return damage.surface_photo(page, seed + 26 + i, "tablecloth", tilt=0.14)

    placed = [
        _shot(passport, ["scans/pasaporte rosa.jpg"], upside),
        damage.scanner_app([renap], "scans/CamScanner 11-04-2026 10.22.pdf", seed + 5),
        capture.scan(renap_tr, "scans/traduccion certificado.pdf", seed + 6, dpi=150),
        capture.scan(order, "scans/restraining order.pdf", seed + 7, dpi=150),
        _shot(police, ["scans/police report.jpg"], crumpled),
        capture.scan(shelter, "scans/shelter letter.pdf", seed + 8, dpi=150),
        _shot(i797, ["scans/IMG_4410.jpg"], folded),
        _shot(ead, ["scans/permiso trabajo.jpg"], flashed),
        damage.forwarded_twice(
            birth,
            ("scans/IMG_4398.jpg", "scans/IMG-20261103-WA0012.jpg"),
            photos.desk_photo(birth.pages[0], seed + 9),
        ),
        capture.scan(card, "scans/report card daniela.pdf", seed + 11, dpi=150),
        _shot(lease, ["scans/IMG_3307.jpg", "scans/IMG_3308.jpg"], on_cloth),
        capture.scan(g28, "scans/G-28 chumil.pdf", seed + 12, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": rosa.name,
            "a_number": a_number,
            "date_of_birth": rosa.born,
            "country": "Guatemala",
            "entered_us": D(2014, 3, 17),
            "address": address,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Los Angeles, CA",
            "next_hearing": D(2027, 5, 18),
            "hearing_type": "master",
            "opla_office": "Los Angeles",
            "nta_date": D(2014, 4, 2),
            "charges": ["INA 212(a)(6)(A)(i)"],
        },
        "request": {
            "type": "administrative_closure",
            "narrative": "Ms. Chumil's U visa petition has been found bona fide and she holds "
            "deferred action; her case should be closed while she waits for a visa number.",
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2014, 3, 17),
            "children": [{"name": daniela.name, "date_of_birth": daniela.born, "status": "usc"}],
            "crime_victim": {"kind": "domestic_violence"},
        },
        "translator": translator,
        "service": {"method": "ecas", "date": D(2026, 11, 18), "served_by": rep["name"]},
    }
    findings = [
        # Nothing dated about her from her 2014 arrival until the 2023 police report.
        {"code": "residence-gap", "claim": "residence_since"},
        {"code": "duplicate-document", "file": "scans/IMG-20261103-WA0012.jpg"},
    ]
    allowed = [{"code": "unclassified-document", "file": "scans/IMG_4410.jpg"}]
    return CasePlan(
        "chumil",
        "blind23",
        case,
        placed,
        findings,
        allowed,
        notes="a real gap 2014-2023; the birth certificate photo forwarded again on WhatsApp",
    )


# ---------------------------------------------------------------- 3. Chicago, Illinois


def ordonez() -> CasePlan:
    """A Honduran carpenter in Chicago ordered removed in absentia in 2017, married to a US
    citizen whose I-130 for him was approved, asking OPLA to join a motion to reopen: a
    passport under the flash, the RNP's certification folded in thirds and its translation,
    his daughter's Cook County birth certificate, the marriage certificate, the I-130 approval,
    the 2016 Notice to Appear, a copier stack of the DUI disposition (which prints his birth
    date wrong), the probation discharge certificate and the AA attendance sheet, his
    employer's letter photographed too close, his Illinois identification card."""
    marvin = Person(
        "Marvin Josué", "Ordóñez Castellanos", D(1986, 4, 27), "M", "San Pedro Sula, Cortés"
    )
    jennifer = Person("Jennifer Lynn", "Kowalski", D(1989, 10, 2), "F", "Chicago, Illinois")
    sofia = Person("Sofía Isabel", "Ordóñez Kowalski", D(2022, 12, 1), "F", "Chicago, Illinois")
    a_number = "206-778-341"
    rep = _rep(
        "Daniela Szymanski-Ortega",
        "Pilsen Community Law Office",
        ["1831 S. Racine Avenue, 2nd Floor", "Chicago, IL 60608"],
        "312-555-0139",
        "dszymanski@pclo.example",
        "IL402786",
    )
    translator = {
        "name": "Wendy Carolina Zelaya",
        "address": ["2301 S. Blue Island Ave.", "Chicago, IL 60608"],
        "phone": "312-555-0171",
    }
    address = ["3121 W. 26th Street, 2F", "Chicago, IL 60623"]
    seed = 23300
    passport = _passport(
        "honduras_passport",
        marvin,
        seed,
        country=("REPÚBLICA DE HONDURAS", "REPUBLIC OF HONDURAS"),
        code="HND",
        number="E1472093",
        issued=D(2022, 2, 14),
        expiry=D(2032, 2, 13),
        authority="INM CONSULADO CHICAGO",
        tint=((220, 234, 246), (240, 238, 228)),
        nationality="HONDUREÑA",
        place="San Pedro Sula, Cortés",
    )
    rnp = drawn(
        "rnp_certificacion_acta_nacimiento",
        civil.rnp_honduras(
            marvin,
            identidad="0501-1986-07734",
            municipio="San Pedro Sula",
            departamento="Cortés",
            tomo="0412",
            folio="0087",
            asiento="0173",
            mother=Person("Dilcia Marleni", "Castellanos Paz", D(1966, 1, 1), "F"),
            father=Person("Josué Alberto", "Ordóñez Funes", D(1963, 1, 1), "M"),
            registered=D(1986, 5, 20),
            printed=D(2026, 7, 30),
            seed=seed + 1,
        ),
        "birth_certificate",
        marvin,
        ID,
        "es",
    )
    rnp_tr = drawn(
        "rnp_translation",
        civil.translation(
            "CERTIFIED COPY OF BIRTH RECORD",
            [
                (
                    "Issued by:",
                    "National Registry of Persons, Municipal Civil Registry of San Pedro Sula, "
                    "Cortés, Honduras",
                ),
                ("Volume / Page / Entry:", "0412 / 0087 / 0173"),
                ("Name:", marvin.name),
                ("Parents:", "Josué Alberto Ordóñez Funes and Dilcia Marleni Castellanos Paz"),
                ("Date of birth:", "April 27, 1986"),
                ("Place of birth:", "San Pedro Sula, Cortés"),
                ("Identity number:", "0501-1986-07734"),
                ("Registered:", "May 20, 1986"),
                ("Marginal notes:", "None"),
            ],
            [
                "[Signed by the Municipal Civil Registrar and sealed by the RNP; issued in San "
                "Pedro "
                "Sula on the 30th day of July 2026.]"
            ],
            translator=translator,
            signed=D(2026, 9, 9),
            document="Certificación de Acta de Nacimiento, Marvin Josué Ordóñez Castellanos",
        ),
        "certificate_of_translation",
        marvin,
        ID,
    )
    birth = drawn(
        "cook_county_birth",
        agency.illinois_birth(
            sofia,
            mother=jennifer,
            father=marvin,
            hospital="Mount Sinai Hospital",
            file_no="122-2022-088417",
            issued=D(2026, 8, 11),
            seed=seed + 2,
        ),
        "birth_certificate",
        sofia,
        "us_family",
    )
    marriage = _either(
        drawn(
            "cook_county_marriage",
            agency.marriage_cook(
                marvin,
                jennifer,
                married=D(2021, 6, 19),
                officiant="Rev. Ignatius Okafor",
                license_no="2021-0042875",
                issued=D(2026, 8, 11),
                seed=seed + 3,
            ),
            "marriage_certificate",
            marvin,
            "us_family",
            proves=(D(2021, 6, 19), D(2021, 6, 19)),
        ),
        marvin,
        jennifer,
    )
    approval = drawn(
        "i797_i130_approval",
        agency.i797(
            form="I-797, Notice of Action",
            receipt="IOE0918847352",
            case_type="I130 - PETITION FOR ALIEN RELATIVE",
            received=D(2023, 4, 3),
            notice=D(2024, 9, 26),
            petitioner=jennifer.upper,
            beneficiary=marvin.upper,
            a_number=a_number,
            notice_type="Approval Notice",
            section="Husband or wife of U.S. Citizen, 201(b) INA",
            body=[
                "The above petition has been approved. We have sent the original visa petition "
                "to the "
                "Department of State National Visa Center (NVC). NVC processes all approved "
                "immigrant visa "
                "petitions that need consular action.",
                "If the person you are filing for is in the United States and eligible to "
                "adjust status, "
                "they may file Form I-485. The approval of this petition does not itself grant any "
                "immigration status.",
            ],
            center=[
                "National Benefits Center",
                "U.S. Citizenship and Immigration Services",
                "P.O. Box 648003",
                "Lee's Summit, MO 64002",
            ],
        ),
        "other",
        marvin,
        ("us_family", "other"),
    )
    notice = drawn(
        "notice_to_appear_i862",
        agency.nta(
            marvin,
            a_number=a_number,
            country="Honduras",
            entry=D(2005, 10, 2),
            place="Laredo, Texas",
            issued=D(2016, 5, 11),
            hearing_address=["525 West Van Buren Street, Suite 500", "Chicago, IL 60607"],
            officer="Brandon T. Gillespie",
            charge="212(a)(6)(A)(i) of the Immigration and Nationality Act, as "
            "amended, in that you are an alien present in the United States without being "
            "admitted or paroled.",
            seed=seed,
        ),
        ("court_record", "other"),
        marvin,
        "other",
        proves=(D(2016, 5, 11), D(2016, 5, 11)),
    )
    dispo = drawn(
        "cook_county_disposition",
        life.disposition(
            marvin,
            printed_dob=D(1986, 4, 21),
            case_no="19DV7730412",
            arrested=D(2019, 3, 9),
            charges=[
                (
                    "1",
                    "625 ILCS 5/11-501(a)(2) DUI - ALCOHOL",
                    "PLEA OF GUILTY - FINDING OF GUILTY",
                ),
                ("2", "625 ILCS 5/11-501(a)(1) DUI - BAC .08 OR MORE", "NOLLE PROSEQUI"),
                ("3", "625 ILCS 5/6-303 DRIVING WHILE LIC. INVALID", "NOLLE PROSEQUI"),
            ],
            sentence=[
                "07/16/2019  CT 1: PROBATION 18 MONTHS",
                "ALCOHOL EVALUATION AND TREATMENT; VICTIM IMPACT PANEL",
                "FINES AND COSTS $1,845.00 - PAID IN FULL 11/02/2020",
                "01/15/2021  PROBATION TERMINATED SATISFACTORILY - DISCHARGED",
            ],
            clerk="Mariyana T. Spyropoulos",
            certified=D(2026, 9, 17),
        ),
        "court_record",
        marvin,
        ("rehabilitation", "other"),
        proves=(D(2019, 3, 9), D(2021, 1, 15)),
    )
    probation = drawn(
        "cook_probation_completion",
        life.probation_certificate(
            marvin,
            case_no="19DV7730412",
            offense="driving under the influence",
            sentenced=D(2019, 7, 16),
            discharged=D(2021, 1, 15),
            term="eighteen months' probation",
        ),
        ("court_record", "other"),
        marvin,
        "rehabilitation",
    )
    aa = drawn(
        "aa_attendance_sheet",
        life.aa_sheet(
            marvin,
            court_case="19DV7730412",
            meetings=[
                (D(2019, 8, 3), "Grupo Nueva Vida (Spanish) - 26th St.", "7:30 PM", "Rigoberto M."),
                (
                    D(2019, 8, 10),
                    "Grupo Nueva Vida (Spanish) - 26th St.",
                    "7:30 PM",
                    "Rigoberto M.",
                ),
                (D(2019, 8, 14), "Little Village Wednesday Step Study", "8:00 PM", "Ana L."),
                (D(2019, 8, 17), "Grupo Nueva Vida (Spanish) - 26th St.", "7:30 PM", "Efrain T."),
                (D(2019, 8, 21), "Little Village Wednesday Step Study", "8:00 PM", "Ana L."),
                (
                    D(2019, 8, 24),
                    "Grupo Nueva Vida (Spanish) - 26th St.",
                    "7:30 PM",
                    "Rigoberto M.",
                ),
                (D(2019, 8, 28), "Little Village Wednesday Step Study", "8:00 PM", "Tom K."),
                (D(2019, 8, 31), "Grupo Nueva Vida (Spanish) - 26th St.", "7:30 PM", "Efrain T."),
            ],
        ),
        ("other", "court_record"),
        marvin,
        "rehabilitation",
    )
    job = drawn(
        "employer_letter_millwork",
        life.employment_letter(
            marvin,
            company="Lakeview Millwork & Cabinet Co.",
            address=["4215 N. Ravenswood Avenue", "Chicago, IL 60613 · 773-555-0104"],
            since=D(2006, 3, 13),
            signed=D(2026, 10, 28),
            signer="Gregory Halvorsen",
            title="Owner and President",
            role="finish carpenter and cabinet installer",
            wage="$31.50 an hour",
        ),
        "employment_letter",
        marvin,
        "employment_and_taxes",
        proves=(D(2006, 3, 13), D(2026, 10, 28)),
    )
    state_id = drawn(
        "illinois_state_id",
        agency.illinois_id(
            marvin,
            number="O635-4418-6127",
            address=address,
            issued=D(2024, 6, 3),
            expires=D(2029, 4, 27),
            seed=seed + 4,
        ),
        "identity_document",
        marvin,
        ID,
        is_card=True,
    )
    g28 = drawn(
        "g28",
        agency.g28(marvin, a_number=a_number, rep=rep, signed=D(2026, 11, 2)),
        "g28",
        marvin,
        "other",
    )

    def flashed(i: int, page: Any) -> photos.Photo:
        return damage.glare(photos.card_photo(page, seed + 10 + i, fill=0.7), (0.22, 0.42), 0.045)

    def folded(i: int, page: Any) -> photos.Photo:
        return photos.desk_photo(damage.folded(page, seed + 12), seed + 13 + i)

    def too_close(i: int, page: Any) -> photos.Photo:
        return damage.surface_photo(
            page, seed + 14 + i, "desk", fill=0.94, tilt=0.05, cut_left=0.035
        )

    placed = [
        _shot(passport, ["scans/passport marvin.jpg"], flashed),
        _shot(rnp, ["scans/partida nacimiento.jpg"], folded),
        capture.scan(rnp_tr, "scans/translation birth.pdf", seed + 5, dpi=150),
        capture.scan(birth, "scans/sofia birth cert.pdf", seed + 6, colour=True),
        capture.scan(marriage, "scans/marriage.jpg", seed + 7),
        capture.scan(approval, "scans/I-130 approval.pdf", seed + 8, dpi=150),
        capture.scan(notice, "scans/NTA 2016.pdf", seed + 9, dpi=150),
        capture.copier([dispo, probation, aa], "scans/scan_20261105.pdf", seed + 15),
        _shot(job, ["scans/carta trabajo.jpg"], too_close),
        capture.card_photo(state_id, "scans/IMG_0931.jpg", seed + 16),
        capture.scan(g28, "scans/G-28.pdf", seed + 17, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": marvin.name,
            "a_number": a_number,
            "date_of_birth": marvin.born,
            "country": "Honduras",
            "entered_us": D(2005, 10, 2),
            "address": address,
        },
        "proceedings": {
            "stage": "final_order",
            "detained": False,
            "court": "Chicago, IL",
            "opla_office": "Chicago",
            "nta_date": D(2016, 5, 11),
            "charges": ["INA 212(a)(6)(A)(i)"],
            "final_order_date": D(2017, 8, 15),
            "relief_sought": [
                "adjustment of status (Form I-485) as the husband of a US citizen "
                "whose Form I-130 was approved"
            ],
        },
        "request": {
            "type": "joint_motion_to_reopen",
            "narrative": "Mr. Ordóñez never received notice of his 2017 hearing after he "
            "moved; his wife's I-130 petition for him was approved in 2024.",
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2005, 10, 2),
            "children": [{"name": sofia.name, "date_of_birth": sofia.born, "status": "usc"}],
            "spouse": {"name": jennifer.name, "status": "usc"},
        },
        "translator": translator,
        "service": {"method": "email", "date": D(2026, 11, 16), "served_by": rep["name"]},
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "DUI (625 ILCS 5/11-501(a)(2))",
                "date": D(2019, 7, 16),
                "disposition": "18 months' probation, completed; discharged January 15, 2021",
            }
        ],
    }
    findings = [
        # The clerk typed his birth date 04/21/1986 for 04/27/1986 on the disposition.
        {"code": "inconsistent-identity", "file": "scans/scan_20261105.pdf"},
    ]
    allowed = [
        {"code": "unclassified-document", "file": "scans/I-130 approval.pdf"},
        {"code": "unclassified-document", "file": "scans/NTA 2016.pdf"},
    ]
    return CasePlan(
        "ordonez",
        "blind23",
        case,
        placed,
        findings,
        allowed,
        notes="the disposition prints a wrong date of birth",
    )


# ---------------------------------------------------------------- 4. Charlotte, North Carolina


def bautista() -> CasePlan:
    """A Mixtec man from Oaxaca in Charlotte, on dialysis since 2026, filing pro se to renew a
    stay of removal OPLA denied in 2025: a passport a quarter turn the other way forwarded on
    WhatsApp, his matrícula consular never translated, his daughter's North Carolina birth
    certificate and baptism certificate, the 2020 removal order, a pharmacy medication list
    under the flash, the Medicaid disability determination, a scanner app PDF of two pay stubs
    and a W-2, the power bill folded in thirds, a remittance receipt on a car seat, and his
    comadre's crumpled handwritten letter in Spanish never translated."""
    fidel = Person("Fidel", "Bautista Jiménez", D(1979, 1, 30), "M", "Santiago Juxtlahuaca, Oaxaca")
    lupita = Person(
        "Guadalupe", "Bautista Ramírez", D(2010, 8, 21), "F", "Charlotte, North Carolina"
    )
    araceli = Person("Araceli", "Ramírez Soto", D(1983, 6, 6), "F")
    a_number = "095-331-872"
    address = ["4419 Kilborne Drive, Apt. 6", "Charlotte, NC 28205"]
    seed = 23400
    passport = _passport(
        "mexico_passport",
        fidel,
        seed,
        country=("ESTADOS UNIDOS MEXICANOS", "UNITED MEXICAN STATES"),
        code="MEX",
        number="N07731562",
        issued=D(2025, 1, 9),
        expiry=D(2035, 1, 9),
        authority="SRE RALEIGH",
        tint=((230, 228, 244), (220, 232, 232)),
        nationality="MEXICANA",
        place="Oaxaca",
    )
    mat = drawn(
        "matricula_consular",
        civil.matricula(
            fidel,
            number="1904287736",
            consulate="Consulado de México en Raleigh",
            address=address,
            issued=D(2022, 3, 8),
            expiry=D(2028, 3, 8),
            place="Santiago Juxtlahuaca, Oax.",
            seed=seed + 1,
        ),
        "identity_document",
        fidel,
        ID,
        "es",
        proves=(D(2022, 3, 8), D(2022, 3, 8)),
        is_card=True,
    )
    birth = drawn(
        "north_carolina_live_birth",
        agency.nc_birth(
            lupita,
            mother=araceli,
            father=fidel,
            hospital="Novant Health Presbyterian Medical Center",
            county="Mecklenburg",
            city="Charlotte",
            cert_no="2010-060-041733",
            issued=D(2026, 9, 3),
            seed=seed + 2,
        ),
        "birth_certificate",
        lupita,
        "us_family",
    )
    order = drawn(
        "ij_removal_order",
        agency.ij_removal_order(
            fidel,
            a_number=a_number,
            court=["5701 Executive Center Drive, Suite 400", "Charlotte, NC 28212"],
            ordered=D(2020, 2, 18),
            judge="Hon. Vernon P. Hollingsworth",
            denied="cancellation of removal for certain nonpermanent residents (EOIR-42B)",
        ),
        "court_record",
        fidel,
        "other",
        proves=(D(2020, 2, 18), D(2020, 2, 18)),
    )
    meds = drawn(
        "pharmacy_medication_profile",
        life.pharmacy_list(
            fidel,
            pharmacy="Eastway Community Pharmacy",
            address="3101 Eastway Dr, Charlotte, NC 28205 · 704-555-0133",
            printed=D(2026, 11, 9),
            prescriber="Dr. Olufemi Adeyinka (Nephrology)",
            meds=[
                ("SEVELAMER CARB 800MG TAB", "2 tabs with each meal", "ADEYINKA O", "11/02/26"),
                ("CALCITRIOL 0.25MCG CAP", "1 cap by mouth daily", "ADEYINKA O", "11/02/26"),
                ("AMLODIPINE 10MG TAB", "1 tab by mouth daily", "ADEYINKA O", "10/28/26"),
                ("INSULIN GLARGINE 100U/ML PEN", "18 units at bedtime", "PATEL R", "10/19/26"),
                (
                    "RENAL VITAMIN (NEPHRO-VITE)",
                    "1 tab daily after dialysis",
                    "ADEYINKA O",
                    "10/19/26",
                ),
            ],
        ),
        "medical_record",
        fidel,
        "medical",
        proves=(D(2026, 11, 9), D(2026, 11, 9)),
    )
    disability = drawn(
        "medicaid_disability_determination",
        life.disability_determination(
            fidel,
            case_no="DDS-26-0448193",
            decided=D(2026, 5, 22),
            onset=D(2026, 3, 4),
            condition="end-stage renal disease due to diabetes, treated with hemodialysis "
            "since March 2026",
        ),
        ("medical_record", "other"),
        fidel,
        "medical",
        proves=(D(2026, 5, 22), D(2026, 5, 22)),
    )
    employer = "Queen City Pallet & Crating LLC"
    stub1 = drawn(
        "pay_stub_october",
        life.pay_stub(
            fidel,
            employer=employer,
            address="2208 Rozzelles Ferry Rd, Charlotte, NC 28208",
            period=(D(2026, 10, 5), D(2026, 10, 18)),
            paid=D(2026, 10, 23),
            hours=62,
            rate=17.25,
            ytd=25980.0,
            number="0417",
        ),
        "pay_record",
        fidel,
        "employment_and_taxes",
        proves=(D(2026, 10, 5), D(2026, 10, 23)),
    )
    stub2 = drawn(
        "pay_stub_november",
        life.pay_stub(
            fidel,
            employer=employer,
            address="2208 Rozzelles Ferry Rd, Charlotte, NC 28208",
            period=(D(2026, 11, 2), D(2026, 11, 15)),
            paid=D(2026, 11, 20),
            hours=58,
            rate=17.25,
            ytd=28011.0,
            number="0417",
        ),
        "pay_record",
        fidel,
        "employment_and_taxes",
        proves=(D(2026, 11, 2), D(2026, 11, 20)),
    )
    w2 = drawn(
        "w2_2025",
        life.w2(
            fidel,
            year=2025,
            employer=[employer.upper(), "2208 ROZZELLES FERRY RD", "CHARLOTTE NC 28208"],
            ein="56-2874019",
            wages=38214.50,
            state="NC",
            state_id="600418327",
            address=address,
            ssn="9XX-XX-4410",
        ),
        "tax_record",
        fidel,
        "employment_and_taxes",
        proves=(D(2025, 1, 1), D(2025, 12, 31)),
    )
    bill = drawn(
        "duke_style_power_bill",
        life.power_bill(
            fidel,
            utility="Piedmont Carolinas Energy",
            account="9103 4471 2286",
            service=", ".join(address),
            period=(D(2026, 9, 24), D(2026, 10, 23)),
            due=D(2026, 11, 14),
            kwh=812,
            amount=118.37,
        ),
        "residence_record",
        fidel,
        "length_of_residence",
        proves=(D(2026, 9, 24), D(2026, 10, 23)),
    )
    receipt = drawn(
        "remittance_receipt",
        life.remittance_receipt(
            fidel,
            company="ENVÍOS LA GUELAGUETZA",
            agent="Agente: Tienda Mixteca #2",
            sent=T(2026, 11, 7, 16, 42),
            folio="LG-7739-2026-118402",
            receiver="Rufina Jiménez Cruz",
            place="Santiago Juxtlahuaca, Oaxaca, MX",
            amount=250.00,
            rate=18.4120,
        ),
        ("residence_record", "other"),
        fidel,
        ("length_of_residence", "other"),
        BILINGUAL,
        proves=(D(2026, 11, 7), D(2026, 11, 7)),
    )
    letter = drawn(
        "handwritten_letter_comadre",
        life.handwritten_letter(
            [
                "Charlotte, N.C. a 3 de noviembre de 2026",
                "",
                "A quien corresponda:",
                "Yo me llamo Herminia Cruz Salazar y conozco a",
                "Fidel Bautista Jiménez desde el año 2003, cuando",
                "llegamos a trabajar a Charlotte. Soy madrina de",
                "su hija Lupita. Fidel es un hombre trabajador y",
                "honrado, nunca le ha faltado a su familia.",
                "Desde que le empezó la diálisis yo lo llevo al",
                "centro tres veces por semana, lunes, miércoles y",
                "viernes. Sin su tratamiento él no puede vivir.",
                "En la iglesia de San Patricio todos lo conocemos",
                "porque ayuda en la cocina en las fiestas.",
                "Les pido de corazón que lo dejen quedarse aquí",
                "con su hija. Cualquier cosa mi teléfono es",
                "704-555-0119.",
                "",
                "Atentamente,",
            ],
            seed=seed + 3,
            signer="Herminia Cruz S.",
        ),
        "letter_of_support",
        fidel,
        "community_ties",
        "es",
    )
    bapt = _either(
        drawn(
            "baptism_certificate_charlotte",
            life.baptism(
                lupita,
                parish="St. Patrick's Catholic Church",
                address=["1621 Dilworth Road East", "Charlotte, NC 28203"],
                baptized=D(2010, 10, 17),
                parents=f"{fidel.name} and {araceli.name}",
                godparents="Herminia Cruz Salazar and Amado Ruiz Ortiz",
                priest="Rev. Tomás Echeverría",
                book="Book 31, Page 118, No. 472",
                issued=D(2026, 9, 20),
            ),
            ("other", "residence_record"),
            fidel,
            ("community_ties", "us_family", "length_of_residence"),
            proves=(D(2010, 10, 17), D(2010, 10, 17)),
        ),
        fidel,
        lupita,
    )

    def forwarded(i: int, page: Any) -> photos.Photo:
        return damage.whatsapp(photos.card_photo(page, seed + 10 + i, turn=270), long_side=1000)

    def flashed(i: int, page: Any) -> photos.Photo:
        return damage.glare(
            photos.desk_photo(page, seed + 12 + i, surface="pale"), (0.58, 0.3), 0.07
        )

    def folded(i: int, page: Any) -> photos.Photo:
        return photos.desk_photo(damage.folded(page, seed + 14), seed + 15 + i)

    def seat(i: int, page: Any) -> photos.Photo:
        return damage.surface_photo(page, seed + 16 + i, "car_seat", fill=0.85, tilt=0.08)

    def crumpled(i: int, page: Any) -> photos.Photo:
        return photos.desk_photo(
            damage.crumpled(page, seed + 18, 6.0), seed + 19 + i, surface="pale"
        )

    placed = [
        _shot(passport, ["scans/IMG-20261102-WA0003.jpg"], forwarded),
        capture.card_photo(mat, "scans/matricula.jpg", seed + 4),
        capture.scan(birth, "scans/acta lupita NC.pdf", seed + 5, colour=True),
        capture.scan(order, "scans/orden juez 2020.pdf", seed + 6, dpi=150),
        _shot(meds, ["scans/IMG_7702.jpg"], flashed),
        capture.scan(disability, "scans/medicaid disability.pdf", seed + 7, dpi=150),
        damage.scanner_app([stub1, stub2, w2], "scans/Scanned_20261106.pdf", seed + 8),
        _shot(bill, ["scans/recibo luz.jpg"], folded),
        _shot(receipt, ["scans/IMG_7715.jpg"], seat),
        _shot(letter, ["scans/carta comadre.jpg"], crumpled),
        capture.scan(bapt, "scans/bautizo lupita.jpg", seed + 9),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": fidel.name,
            "a_number": a_number,
            "date_of_birth": fidel.born,
            "country": "Mexico",
            "entered_us": D(2001, 5, 10),
            "address": address,
        },
        "proceedings": {
            "stage": "final_order",
            "detained": False,
            "court": "Charlotte, NC",
            "opla_office": "Charlotte",
            "final_order_date": D(2020, 2, 18),
        },
        "request": {
            "type": "stay_of_removal",
            "prior_request": {
                "date": D(2025, 6, 2),
                "outcome": "denied",
                "changes": "Since the denial I was found to have end-stage kidney disease "
                "and I have been on dialysis three times a week since March 2026.",
            },
        },
        "claims": {
            "residence_since": D(2001, 5, 10),
            "children": [{"name": lupita.name, "date_of_birth": lupita.born, "status": "usc"}],
            "education": True,
            "medical": {"person": "self", "condition": "end-stage renal disease on hemodialysis"},
            "community_ties": True,
        },
        "service": {"method": "mail", "date": D(2026, 11, 23), "served_by": fidel.name},
    }
    findings = [
        # Nothing dated about him from 2001 to his daughter's 2010 baptism, and long gaps after.
        {"code": "residence-gap", "claim": "residence_since"},
        {"code": "untranslated-document", "file": "scans/matricula.jpg"},
        {"code": "untranslated-document", "file": "scans/carta comadre.jpg"},
        # He claims education (ESL classes, he says) and brings no school record.
        {"code": "missing-evidence", "claim": "education"},
    ]
    allowed = [
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
    ]
    return CasePlan(
        "bautista",
        "blind23",
        case,
        placed,
        findings,
        allowed,
        notes="pro se renewal; gaps; two Spanish papers untranslated; education unproved",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "zavala": zavala,
    "chumil": chumil,
    "ordonez": ordonez,
    "bautista": bautista,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
