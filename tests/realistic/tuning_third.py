"""Two tuning cases built from tests/realistic/tuning_issuers.py's documents (and a few of the
earlier templates): Phoenix (`argueta`) and Newark (`restrepo`). Rules may be tuned on them;
never on the blind corpus. Every person, number and signature is invented."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from tests.realistic import capture
from tests.realistic import tuning_documents as doc
from tests.realistic import tuning_issuers as iss
from tests.realistic import tuning_widened as widened
from tests.realistic.dates import long
from tests.realistic.model import CasePlan, Person

D = dt.date


def _rep(name: str, org: str, address: list[str], eoir: str, bar: tuple[str, str]) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": "602-555-0100",
        "email": "intake@example.org",
        "eoir_id": eoir,
        "bar_state": bar[0],
        "bar_number": bar[1],
    }


def _case_rep(rep: dict[str, Any]) -> dict[str, Any]:
    return {k: rep[k] for k in ("name", "organization", "address", "phone", "email", "eoir_id")}


def argueta() -> CasePlan:
    """Phoenix: a Salvadoran mother assaulted in her home, in therapy since; her US-citizen
    husband is an Army veteran; their son has type 1 diabetes. A municipal certification with
    no title and its translation, an Arizona certificate with "Registrant" boxes, masked IRS
    transcripts (one joint), a single W-2 copy, an untitled pay stub, a rent receipt, an
    unofficial transcript, an endocrinologist's and a therapist's letter, a VA benefit summary,
    a pastor's letter in Spanish (untranslated), a departmental police report."""
    rosa = Person("Rosa Elvira", "Portillo Argueta", D(1986, 8, 19), "F", "Nueva Concepción")
    mother = Person("María Dolores", "Argueta Guardado", D(1960, 1, 1), "F", "Nueva Concepción")
    father = Person("José Santos", "Portillo Landaverde", D(1958, 1, 1), "M", "Tejutla")
    dwayne = Person("Dwayne Everett", "Halvorsen", D(1982, 11, 3), "M", "Mesa, Arizona")
    kevin = Person("Kevin Alexander", "Halvorsen Portillo", D(2013, 2, 27), "M", "Phoenix")
    street, city = "2231 W. Roeser Rd, Apt 12", "Phoenix, AZ 85041"
    seed = 9700
    rep = _rep(
        "Anneliese Quintero-Hobbs",
        "Sonoran Immigrant Defense Project",
        ["1001 N. Central Ave, Suite 400", "Phoenix, AZ 85004"],
        "PX220417",
        ("Arizona", "031876"),
    )
    cert = iss.salvador_certificacion(
        rosa,
        mother,
        father,
        municipio="Nueva Concepción",
        departamento="Chalatenango",
        book=14,
        entry=388,
        issued=D(2023, 5, 9),
        seed=seed + 1,
    )
    translation = iss.translation_of(
        "salvador_alcaldia_certificacion",
        rosa,
        [
            "MUNICIPAL GOVERNMENT OF NUEVA CONCEPCION, CHALATENANGO, EL SALVADOR",
            "",
            "The undersigned Head of the Civil Registry CERTIFIES that in Book 14 of",
            f"Birth Entries of {rosa.born.year}, entry number 388 reads:",
            "ROSA ELVIRA PORTILLO ARGUETA, female, born in Nueva Concepcion on",
            f"{long(rosa.born)}, daughter of MARIA DOLORES ARGUETA GUARDADO and",
            "JOSE SANTOS PORTILLO LANDAVERDE.",
            f"Issued at Nueva Concepcion on {long(D(2023, 5, 9))}.",
            "[seal] [signature] Head of the Civil Registry",
        ],
        translator="Gabriela Neftalí Sorto",
        language="Spanish",
        dated=D(2026, 9, 30),
        equity="identity",
    )
    placed = [
        capture.scan(cert, "scans/partida rosa.pdf", seed + 1),
        capture.scan(translation, "scans/partida rosa english.pdf", seed + 2),
        capture.desk(
            iss.arizona_birth(
                kevin,
                rosa,
                dwayne,
                county="Maricopa",
                hospital="St. Joseph's Hospital",
                filed=D(2013, 3, 8),
                issued=D(2025, 1, 14),
                seed=seed + 3,
            ),
            "scans/IMG_4410.jpg",
            seed + 3,
        ),
        capture.card_copy(
            doc.passport_page(
                "SLV",
                rosa,
                number="B01938275",
                issued=D(2022, 4, 4),
                expiry=D(2032, 4, 3),
                equity="identity",
                seed=seed + 4,
            ),
            "scans/pasaporte rosa.jpg",
            seed + 4,
        ),
        capture.scan(
            iss.wage_income_transcript(
                rosa,
                2024,
                ssn_last4="4471",
                employer="Saguaro Linen Services",
                employer_address="4400 S 36th St",
                wages=29870.0,
                withheld=1422.0,
                requested=D(2026, 8, 3),
                seed=seed + 5,
            ),
            "scans/irs wage income 2024.pdf",
            seed + 5,
        ),
        capture.scan(
            iss.record_of_account_joint(
                rosa,
                dwayne,
                2023,
                ssn_last4="4471",
                street=street,
                agi=71240.0,
                filed=D(2024, 3, 11),
                requested=D(2026, 8, 3),
                seed=seed + 6,
            ),
            "scans/record of account 2023.pdf",
            seed + 6,
        ),
        capture.scan(
            iss.w2_single(
                rosa,
                2025,
                employer="Saguaro Linen Services LLC",
                employer_lines=["4400 S 36th St", "Phoenix, AZ 85040"],
                ssn_last4="4471",
                street=street,
                city=city,
                wages=31450.0,
                seed=seed + 7,
            ),
            "scans/w2 2025.pdf",
            seed + 7,
        ),
        capture.desk(
            iss.untitled_stub(
                rosa,
                company="Saguaro Linen Services LLC",
                company_lines=["4400 S 36th St", "Phoenix, AZ 85040"],
                period=(D(2026, 10, 12), D(2026, 10, 25)),
                paid=D(2026, 10, 30),
                rate=17.25,
                hours=76.5,
                seed=seed + 8,
            ),
            "scans/IMG_4452.jpg",
            seed + 8,
        ),
        capture.scan(
            iss.rent_receipt(
                rosa,
                number=3318,
                dated=D(2026, 11, 1),
                amount=1150.0,
                address="2231 W Roeser #12",
                landlord="Ernesto Villalobos",
            ),
            "scans/recibo renta noviembre.jpg",
            seed + 9,
        ),
        capture.scan(
            iss.unofficial_transcript(
                kevin,
                district="Roosevelt Elementary School District No. 66",
                school="Cesar E. Chavez Community School",
                grades=[
                    ("2024-2025", "07", [("ELA 7", "B"), ("Math 7", "C+"), ("Science 7", "B")]),
                    (
                        "2025-2026",
                        "08",
                        [("ELA 8", "B+"), ("Pre-Algebra", "B"), ("Science 8", "A-")],
                    ),
                ],
                printed=D(2026, 9, 2),
                seed=seed + 10,
            ),
            "scans/kevin grades.pdf",
            seed + 10,
        ),
        capture.scan(
            iss.pediatric_specialist_letter(
                kevin,
                rosa,
                practice="Desert Children's Specialty Care",
                practice_lines=[
                    "Division of Endocrinology and Diabetes",
                    "1919 E. Thomas Road, Phoenix, AZ 85016 · 602-555-0133",
                ],
                physician="Oluwaseun Brandvold, MD",
                title=["Pediatric Endocrinology"],
                dated=D(2026, 10, 6),
            ),
            "scans/kevin doctor letter.pdf",
            seed + 11,
        ),
        capture.scan(
            iss.va_benefit_summary(
                dwayne,
                branch="Army",
                entered=D(2004, 6, 14),
                left=D(2010, 6, 13),
                dated=D(2026, 7, 21),
                rating=40,
            ),
            "scans/va letter.pdf",
            seed + 12,
        ),
        capture.scan(
            iss.carta_iglesia(
                rosa,
                church="Iglesia Evangélica Monte de Sion",
                lines=["3120 W. Broadway Rd, Phoenix, AZ 85041"],
                pastor="Rigoberto Amaya Funes",
                since_year=2016,
                dated=D(2026, 10, 11),
                city="Phoenix, Arizona",
            ),
            "scans/carta pastor.pdf",
            seed + 13,
        ),
        capture.scan(
            iss.departmental_report(
                rosa,
                department="Phoenix Police Department",
                number="2025-01188734",
                occurred=D(2025, 3, 16),
                reported=D(2025, 3, 16),
                officer="Ofc. T. Brannigan",
                seed=seed + 14,
            ),
            "scans/police report.pdf",
            seed + 14,
        ),
        capture.scan(
            iss.therapist_letter(
                rosa,
                agency="Camino Sano Counseling Center",
                agency_lines=["2400 N. Central Ave, Suite 210, Phoenix, AZ 85004"],
                therapist="Yolanda Prudhomme, LCSW",
                credentials=["Licensed Clinical Social Worker"],
                since=D(2025, 4, 9),
                dated=D(2026, 10, 15),
            ),
            "scans/therapist.pdf",
            seed + 15,
        ),
        capture.scan(
            iss.maricopa_marriage(
                rosa,
                dwayne,
                married=D(2012, 5, 19),
                officiant="Rev. Lowell Pettigrew",
                recorded=D(2012, 6, 1),
                seed=seed + 17,
            ),
            "scans/marriage.pdf",
            seed + 17,
        ),
        capture.scan(
            doc.g28_single(
                rosa,
                a_number="A219-448-016",
                rep=rep,
                address=(street, city),
                signed=D(2026, 10, 28),
            ),
            "scans/g-28.pdf",
            seed + 16,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": rosa.name,
            "a_number": "219-448-016",
            "date_of_birth": rosa.born,
            "country": "El Salvador",
            "entered_us": D(2011, 9, 5),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Phoenix, AZ",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "master",
            "opla_office": "Phoenix",
        },
        "request": {"type": "dismissal"},
        "representative": _case_rep(rep),
        "claims": {
            "residence_since": D(2023, 1, 1),
            "children": [{"name": kevin.name, "date_of_birth": kevin.born, "status": "usc"}],
            "spouse": {"name": dwayne.name, "status": "usc"},
            "military": {"member": "spouse", "branch": "Army"},
            "caretaker": {"person": kevin.name, "condition": "type 1 diabetes"},
            "medical": {"person": "self", "condition": "post-traumatic stress"},
            "crime_victim": {"kind": "other"},
            "community_ties": True,
        },
    }
    findings = [
        {"code": "untranslated-document", "file": "scans/carta pastor.pdf"},
        # a VA letter shows service, not citizenship
        {"code": "missing-evidence", "claim": "spouse"},
        # the volunteer's certificate gives only her name and the date (ICPM 3.3(a))
        {"code": "incomplete-translation-certificate", "file": "scans/partida rosa english.pdf"},
    ]
    return CasePlan(
        "argueta",
        "tuning",
        case,
        placed,
        findings,
        notes="true: the pastor's carta is in Spanish and not translated; nothing proves the"
        " husband's citizenship; the birth record's translation certificate gives no address"
        " or telephone",
    )


def restrepo() -> CasePlan:
    """Newark: a Colombian mother with lupus, an old DWI and its class; her husband a
    permanent resident, their daughter a US citizen with a US passport. A Colombian Registro
    Civil and its translation, the daughter's passport page, the husband's green card, her own
    EAD, a wage and income transcript masked "LUZ REST", a "report to parents", a school's
    "to whom it may concern" enrolment letter, a rheumatologist's letter, a neighbour's letter,
    a municipal court's disposition and the alcohol-education certificate."""
    luz = Person("Luz Marina", "Restrepo Cardona", D(1983, 4, 2), "F", "Medellín")
    mother = Person("Gloria Inés", "Cardona Uribe", D(1958, 1, 1), "F", "Envigado")
    father = Person("Hernán Darío", "Restrepo Vélez", D(1955, 1, 1), "M", "Medellín")
    jorge = Person("Jorge Iván", "Ospina Gil", D(1980, 12, 12), "M", "Pereira")
    vale = Person("Valentina", "Ospina Restrepo", D(2017, 10, 9), "F", "Newark, New Jersey")
    street, city = "88 Elm Street, 2nd Floor", "Newark, NJ 07105"
    seed = 9800
    w = widened
    rep = _rep(
        "Desmond Achebe-Larsson",
        "Ironbound Community Legal Services",
        ["60 Park Place, Suite 900", "Newark, NJ 07102"],
        "NW730155",
        ("New Jersey", "041122019"),
    )
    registro = iss.colombia_registro_civil(
        luz,
        mother,
        father,
        notaria="SEXTA DE MEDELLIN",
        city="Medellín",
        serial="08412277",
        issued=D(2022, 11, 17),
        seed=seed + 1,
    )
    translation = iss.translation_of(
        "colombia_registro_civil_nacimiento",
        luz,
        [
            "REPUBLIC OF COLOMBIA - NATIONAL REGISTRY OF CIVIL STATUS",
            "CIVIL REGISTRY OF BIRTH   Serial 08412277",
            "Registry office: Sixth Notary of Medellin",
            "Registered person: RESTREPO CARDONA, LUZ MARINA",
            f"Date of birth: {luz.born.strftime('%d / %m / %Y')}   Sex: Female",
            "Place of birth: Medellin, Antioquia, Colombia",
            "Mother: CARDONA URIBE GLORIA INES, Colombian",
            "Father: RESTREPO VELEZ HERNAN DARIO, Colombian",
            "True copy of the original. Issued in Medellin on November 17, 2022.",
        ],
        translator="Camila Ferreira-Boateng",
        language="Spanish",
        dated=D(2026, 10, 2),
        equity="identity",
        contact=["418 Ferry Street, Apt. 2", "Newark, NJ 07105", "Tel. (973) 555-0162"],
    )
    placed = [
        capture.scan(registro, "scans/registro civil.pdf", seed + 1),
        capture.scan(translation, "scans/registro civil translation.pdf", seed + 2),
        capture.card_copy(
            doc.passport_page(
                "USA",
                vale,
                number="A48213390",
                issued=D(2023, 6, 1),
                expiry=D(2028, 5, 31),
                equity="us_family",
                seed=seed + 3,
            ),
            "scans/valentina passport.jpg",
            seed + 3,
        ),
        capture.card_copy(
            doc.resident_card(
                jorge,
                a_number="A201-334-870",
                card_number="IOE0771203348",
                category="IR1",
                country="Colombia",
                country_code="COL",
                since=D(2019, 2, 20),
                expiry=D(2029, 2, 19),
                equity="us_family",
                seed=seed + 4,
            ),
            "scans/jorge green card.jpg",
            seed + 4,
        ),
        capture.card_copy(
            w.ead_card(
                luz,
                a_number="A215-009-331",
                card_number="IOE0992217765",
                category="C10",
                country="Colombia",
                valid_from=D(2025, 6, 2),
                expiry=D(2030, 6, 1),
                seed=seed + 5,
            ),
            "scans/luz ead.jpg",
            seed + 5,
        ),
        capture.scan(
            iss.wage_income_transcript(
                luz,
                2025,
                ssn_last4="9102",
                employer="Ferry Street Bakery",
                employer_address="212 Ferry St",
                wages=33410.0,
                withheld=1980.0,
                requested=D(2026, 9, 9),
                seed=seed + 6,
            ),
            "scans/wage income 2025.pdf",
            seed + 6,
        ),
        capture.scan(
            # a joint return with the husband as primary filer: filed for the respondent's
            # tax compliance, so it is about her
            dataclasses.replace(
                iss.record_of_account_joint(
                    jorge,
                    luz,
                    2024,
                    ssn_last4="6630",
                    street=street,
                    agi=88120.0,
                    filed=D(2025, 4, 2),
                    requested=D(2026, 9, 9),
                    seed=seed + 16,
                ),
                about=luz.name,
            ),
            "scans/record of account 2024 joint.pdf",
            seed + 16,
        ),
        capture.scan(
            iss.report_to_parents(
                vale,
                district="Newark Board of Education",
                school="Oliver Street School",
                year="2025-2026",
                teacher="Ms. Kowalczyk",
                seed=seed + 7,
            ),
            "scans/valentina report card.pdf",
            seed + 7,
        ),
        capture.scan(
            iss.enrolment_letter(
                vale,
                school="Oliver Street School",
                school_lines=["104 Oliver Street, Newark, NJ 07105", "973-555-0171"],
                grade="5",
                year="2026-2027",
                since=D(2022, 9, 7),
                signer="Noreen Abdullahi",
                dated=D(2026, 10, 5),
            ),
            "scans/school letter.pdf",
            seed + 8,
        ),
        capture.scan(
            w.specialist_letter(
                luz,
                practice="Garden State Arthritis & Rheumatology",
                practice_lines=["1 Riverfront Plaza, Suite 300, Newark, NJ 07102"],
                physician="Farrukh Osterberg, MD",
                title=["Rheumatology"],
                paragraphs=[
                    "Ms. Restrepo Cardona has systemic lupus erythematosus with kidney "
                    "involvement. She receives mycophenolate and hydroxychloroquine and her "
                    "blood counts and kidney function are checked every month.",
                    "Stopping this treatment would risk a flare and permanent kidney damage.",
                ],
                dated=D(2026, 9, 24),
                label="rheumatology_letter",
            ),
            "scans/lupus doctor.pdf",
            seed + 9,
        ),
        capture.scan(
            iss.neighbour_note(
                luz,
                writer="Bernadette Sowinski",
                address="86 Elm Street, Newark, NJ 07105",
                years=9,
                dated=D(2026, 10, 19),
            ),
            "scans/neighbor.pdf",
            seed + 10,
        ),
        capture.scan(
            iss.municipal_disposition(
                luz,
                court="Newark Municipal Court",
                complaint="0714-S-2021-004417",
                offense_date=D(2021, 2, 13),
                disposed=D(2021, 6, 8),
            ),
            "scans/court disposition.pdf",
            seed + 11,
        ),
        capture.scan(
            iss.program_completion(
                luz,
                program="Intoxicated Driver Resource Center program",
                agency="Essex County Intoxicated Driver Resource Center",
                hours=12,
                completed=D(2021, 8, 21),
                director="Lorraine Okonkwo-Baptiste",
            ),
            "scans/idrc certificate.jpg",
            seed + 12,
        ),
        capture.scan(
            iss.colombia_registro_matrimonio(
                jorge,
                luz,
                notaria="SEXTA DE MEDELLIN",
                married=D(2012, 12, 15),
                serial="05830162",
                seed=seed + 14,
            ),
            "scans/matrimonio.pdf",
            seed + 14,
        ),
        capture.scan(
            iss.translation_of(
                "colombia_registro_civil_matrimonio",
                jorge,
                [
                    "REPUBLIC OF COLOMBIA - NATIONAL REGISTRY OF CIVIL STATUS",
                    "CIVIL REGISTRY OF MARRIAGE   Serial 05830162",
                    "Notary: Sixth Notary of Medellin   Date of marriage: 15/12/2012",
                    "Groom: OSPINA GIL JORGE IVAN, born 12/12/1980",
                    "Bride: RESTREPO CARDONA LUZ MARINA, born 02/04/1983",
                    "True copy of the original kept at this notary's office.",
                ],
                translator="Camila Ferreira-Boateng",
                language="Spanish",
                dated=D(2026, 10, 2),
                equity="us_family",
                contact=["Phone: 973.555.0162", "418 Ferry Street, Newark, New Jersey 07105"],
            ),
            "scans/matrimonio translation.pdf",
            seed + 15,
        ),
        capture.scan(
            doc.g28_single(
                luz,
                a_number="A215-009-331",
                rep=rep,
                address=(street, city),
                signed=D(2026, 10, 27),
            ),
            "scans/G28 luz.pdf",
            seed + 13,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": luz.name,
            "a_number": "215-009-331",
            "date_of_birth": luz.born,
            "country": "Colombia",
            "entered_us": D(2014, 7, 30),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Newark, NJ",
            "next_hearing": D(2027, 3, 2),
            "hearing_type": "master",
            "opla_office": "Newark",
            "relief_sought": [
                "a Form I-130 petition filed by a U.S.-citizen child, then adjustment of status"
            ],
        },
        "request": {"type": "administrative_closure"},
        "representative": _case_rep(rep),
        "claims": {
            "children": [{"name": vale.name, "date_of_birth": vale.born, "status": "usc"}],
            "spouse": {"name": jorge.name, "status": "lpr"},
            "education": True,
            "medical": {"person": "self", "condition": "systemic lupus erythematosus"},
            "community_ties": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "driving while intoxicated",
                "date": D(2021, 6, 8),
                "disposition": "fine, suspension and IDRC completed 2021",
            }
        ],
    }
    findings = [
        # a US passport proves the daughter's citizenship, not that she is the mother's child
        {"code": "missing-evidence", "claim": "children[0]"},
    ]
    return CasePlan(
        "restrepo",
        "tuning",
        case,
        placed,
        findings,
        notes="true: no birth certificate of the daughter",
    )
