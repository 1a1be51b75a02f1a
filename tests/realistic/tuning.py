"""The tuning corpus: four invented families whose folders hold every phenomenon of issue 16
(phone photos on a desk, cards in a landscape frame a half or quarter turn off, a copier PDF of
a birth certificate, a school record, a W-2 and a letter, a lease photographed page by page as
lease_p1.jpg..lease_p3.jpg, a rescan at another resolution, a HEIC, Spanish, Portuguese,
French and Haitian Creole originals with and without translations), for end-to-end tests and
for tuning rules. The blind corpus (bench/blind/) is the one rules are never tuned on.

    from tests.realistic.tuning import CASES, write_case
    folder = write_case("quiroz", tmp_path)       # tmp_path/quiroz/ and quiroz.truth.json

or ``python -m tests.realistic.tuning OUT_DIR`` for all four.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.realistic import capture
from tests.realistic import tuning_documents as doc
from tests.realistic import tuning_eighth as eighth
from tests.realistic import tuning_fifth as fifth
from tests.realistic import tuning_fourth as fourth
from tests.realistic import tuning_joined as joined
from tests.realistic import tuning_pages as pages
from tests.realistic import tuning_persons as persons
from tests.realistic import tuning_seventh as seventh
from tests.realistic import tuning_sixth as sixth
from tests.realistic import tuning_third as third
from tests.realistic import tuning_widened as widened
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date
AS_OF = D(2026, 11, 30)  # as bench/blind/cases.py: the newest evidence is dated before it


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


def _case_rep(rep: dict[str, Any]) -> dict[str, Any]:
    return {k: rep[k] for k in ("name", "organization", "address", "phone", "email", "eoir_id")}


def quiroz() -> CasePlan:
    """Riverside, California: a Mexican mother of two US-citizen children, the younger with
    cerebral palsy; the issue's own examples (GRAC QUIR, a boxed California certificate
    photographed on a desk, a copier stack, lease_p1..3.jpg)."""
    graciela = Person("Graciela", "Quiroz Mendoza", D(1988, 5, 9), "F", "Morelia, Michoacán")
    graciela_bc = Person("Graciela", "Quiroz Mendoza", D(1988, 5, 9), "F", "Mexico")
    ramon = Person("Ramón", "Estrada Villa", D(1985, 10, 30), "M", "Mexico")
    sebastian = Person("Sebastián", "Estrada Quiroz", D(2014, 2, 17), "M", "Riverside")
    valeria = Person("Valeria Sofía", "Estrada Quiroz", D(2019, 8, 2), "F", "Riverside")
    rep = _rep(
        "Nora Bjornstad-Paz",
        "Inland Empire Immigrant Legal Services",
        ["3870 Main Street, Suite 300", "Riverside, CA 92501"],
        "951-555-0102",
        "nbpaz@ieils.example",
        "JM204418",
        ("California", "287115"),
    )
    street, city = "4417 Magnolia Avenue, Apt. 12", "Riverside, CA 92506"
    employer = ("Citrus Valley Packing Co.", ("1550 Iowa Avenue", "Riverside, CA 92507"))
    seed = 7100
    placed = [
        capture.card_photo(
            doc.passport_page(
                "MEX",
                graciela,
                number="G38841027",
                issued=D(2021, 5, 3),
                expiry=D(2031, 5, 2),
                equity="identity",
                seed=seed + 1,
            ),
            "scans/pasaporte graciela.jpg",
            seed + 1,
            turn=180,
        ),
        capture.desk(
            doc.california_birth_numbered(
                sebastian,
                graciela_bc,
                ramon,
                hospital="Riverside Community Hospital",
                city="Riverside",
                county="Riverside",
                accepted=D(2014, 3, 3),
                issued=D(2023, 6, 1),
                officer="Harold Nwosu-Clark",
                seed=seed + 2,
            ),
            "scans/IMG_1204.jpg",
            seed + 2,
        ),
        capture.copier(
            [
                doc.california_birth_numbered(
                    valeria,
                    graciela_bc,
                    ramon,
                    hospital="Parkview Community Hospital",
                    city="Riverside",
                    county="Riverside",
                    accepted=D(2019, 8, 19),
                    issued=D(2023, 6, 1),
                    officer="Harold Nwosu-Clark",
                    seed=seed + 3,
                ),
                doc.district_report_card(
                    sebastian,
                    district="Riverside Unified School District",
                    campus="Longfellow Elementary School",
                    grade=6,
                    year=2025,
                    seed=seed + 4,
                ),
                doc.w2_four_up(
                    graciela,
                    2024,
                    employer=employer[0],
                    employer_address=employer[1],
                    ein="33-0981127",
                    ssn_last4="4471",
                    street=street,
                    city=city,
                    wages=29840.0,
                    withheld=880.0,
                    state="CA",
                    seed=seed + 5,
                ),
                doc.support_letter(
                    graciela,
                    org="St. Catherine of Alexandria Parish",
                    org_lines=[
                        "3680 Arlington Avenue, Riverside, CA 92506",
                        "Office (951) 555-0177",
                    ],
                    colour=(110, 30, 30),
                    mark="cross",
                    signer="Fr. Miguel Ángel Osei",
                    title=["Pastor"],
                    body=[
                        "Graciela Quiroz Mendoza and her children have been part "
                        "of our parish family since 2015. She volunteers at our "
                        "Tuesday food bank and sews the costumes for the "
                        "children's Christmas pageant every year.",
                        "Her daughter Valeria needs constant care, and Graciela "
                        "gives it with a patience that inspires our whole "
                        "community. She is a woman of faith and integrity.",
                        "I respectfully ask that she be allowed to remain with her children.",
                    ],
                    dated=D(2026, 11, 2),
                    label="parish_letter_centered",
                ),
            ],
            "scans/scan0003.pdf",
            seed + 6,
        ),
        capture.scan(
            doc.medical_necessity_letter(
                valeria,
                graciela,
                practice="Riverside Pediatric Associates",
                practice_lines=[
                    "6670 Alessandro Blvd., Suite C, Riverside, CA 92506",
                    "Phone 951-555-0144 · Fax 951-555-0145",
                ],
                physician="Dr. Anjali Sorensen, M.D.",
                title=["Board Certified Pediatrician"],
                condition="spastic quadriplegic cerebral palsy with a seizure disorder",
                dated=D(2026, 10, 14),
            ),
            "scans/valeria doctor letter.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.wage_income_with_1099(
                graciela,
                2021,
                ssn_last4="4471",
                street=street,
                employer=employer[0],
                wages=21480.0,
                payer="Arlington Cleaning Services LLC",
                nec=2350.0,
                requested=D(2026, 10, 1),
                seed=seed + 8,
            ),
            "scans/wage income 2021.pdf",
            seed + 8,
        ),
        capture.desk(
            doc.lease_agreement(
                graciela,
                [sebastian, valeria],
                landlord="Magnolia Court Apartments LLC",
                address="4417 Magnolia Avenue, Apt. 12, Riverside, CA",
                start=D(2022, 6, 1),
                end=D(2025, 5, 31),
                rent=1780,
                signed=D(2022, 5, 20),
                seed=seed + 9,
            ),
            ["scans/lease_p1.jpg", "scans/lease_p2.jpg", "scans/lease_p3.jpg"],
            seed + 9,
        ),
        capture.scan(
            doc.tax_return_transcript(
                graciela,
                2025,
                ssn_last4="4471",
                street=street,
                spouse=None,
                wages=31102.0,
                agi=31102.0,
                tax=402.0,
                requested=D(2026, 10, 1),
                seed=seed + 10,
            ),
            "scans/tax return transcript 2025.pdf",
            seed + 10,
        ),
        capture.desk(
            doc.earnings_statement(
                graciela,
                company=employer[0],
                company_address="1550 Iowa Avenue, Riverside, CA",
                street=street,
                city=city,
                period=(D(2026, 10, 12), D(2026, 10, 25)),
                check_date=D(2026, 10, 30),
                rate=17.5,
                hours=80,
                ytd=27950.0,
                seed=seed + 11,
            ),
            "scans/IMG_1251.jpg",
            seed + 11,
        ),
        capture.scan(
            doc.g28_single(
                graciela,
                a_number="A215-330-912",
                rep=rep,
                address=(street, city),
                signed=D(2026, 11, 4),
            ),
            "scans/G-28.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": graciela.name,
            "a_number": "215-330-912",
            "date_of_birth": graciela.born,
            "country": "Mexico",
            "entered_us": D(2012, 4, 1),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Los Angeles, CA",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "master",
            "opla_office": "Los Angeles",
            "relief_sought": ["a U visa petition (Form I-918) pending with USCIS"],
        },
        "request": {"type": "administrative_closure"},
        "representative": _case_rep(rep),
        "claims": {
            "residence_since": D(2021, 1, 1),
            "children": [
                {"name": sebastian.name, "date_of_birth": sebastian.born, "status": "usc"},
                {"name": valeria.name, "date_of_birth": valeria.born, "status": "usc"},
            ],
            "education": True,
            "caretaker": {"person": valeria.name, "condition": "cerebral palsy"},
            "community_ties": True,
        },
    }
    return CasePlan("quiroz", "tuning", case, placed, notes="no deliberate gap")


def quiala() -> CasePlan:
    """New York: an Angolan father married to a Haitian permanent resident: his Portuguese
    birth certificate photographed on the desk with its translation, her green card copied
    onto a page, their daughters' French and Creole birth records (the Creole one not yet
    translated), a W-2 as HEIC, two pay statements of different periods."""
    domingos = Person("Domingos Manuel", "Quiala", D(1983, 7, 14), "M", "Luanda")
    manuel = Person("Manuel", "Quiala Neto", D(1955, 3, 3), "M", "Luanda")
    joana = Person("Joana", "Bento", D(1958, 11, 21), "F", "Luanda")
    roseline = Person("Roseline", "Augustin", D(1986, 12, 2), "F", "Cap-Haïtien, Haïti")
    nathan = Person("Nathan", "Quiala", D(2017, 10, 9), "M", "Miami")
    esther = Person("Esther", "Quiala", D(2012, 4, 25), "F", "Cap-Haïtien")
    mikerlange = Person("Mikerlange", "Quiala", D(2010, 1, 6), "F", "Cap-Haïtien")
    roseline_bc = Person("Roseline", "Augustin", roseline.born, "F", "Haiti")
    domingos_bc = Person(domingos.given, domingos.surname, domingos.born, "M", "Angola")
    rep = _rep(
        "Ifeoma Castellanos",
        "Harlem Immigrant Defenders",
        ["2090 Adam Clayton Powell Jr. Blvd., 7th Floor", "New York, NY 10027"],
        "212-555-0156",
        "icastellanos@hid.example",
        "BN773102",
        ("New York", "5401128"),
    )
    translator = {
        "name": "Paulo Sérgio Mwangi",
        "address": ["144 W. 135th Street", "New York, NY 10030"],
        "phone": "212-555-0129",
    }
    translator_fr = {
        "name": "Guerline Thermidor-Shaw",
        "address": ["88 Lenox Avenue", "New York, NY 10026"],
        "phone": "646-555-0190",
    }
    street, city = "301 W. 138th Street, Apt. 5B", "New York, NY 10030"
    employer = ("Uptown Medical Transport Inc.", "1520 Park Avenue, New York, NY 10029")
    seed = 8100
    esther_record = {"commune": "Cap-Haïtien", "declared": D(2012, 5, 10), "issued": D(2024, 1, 9)}
    placed = [
        capture.desk(
            doc.angola_certidao(
                domingos,
                manuel,
                joana,
                place="Luanda",
                assento=D(1983, 8, 1),
                issued=D(2022, 3, 30),
                seed=seed + 1,
            ),
            "scans/certidao domingos.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.angola_translation(
                domingos,
                manuel,
                joana,
                place="Luanda",
                issued=D(2022, 3, 30),
                translator=translator,
                signed=D(2026, 9, 2),
            ),
            "scans/certidao english.pdf",
            seed + 2,
        ),
        capture.card_copy(
            doc.resident_card(
                roseline,
                a_number="A088112340",
                card_number="EAC1690331205",
                category="F21",
                country="Haiti",
                country_code="HTI",
                since=D(2016, 9, 1),
                expiry=D(2026, 12, 30),
                equity="us_family",
                seed=seed + 3,
            ),
            "scans/roseline green card.jpg",
            seed + 3,
        ),
        capture.scan(
            doc.nyc_marriage(
                domingos_bc,
                roseline_bc,
                married=D(2009, 6, 20),
                seed=seed + 4,
                about=(roseline, domingos),
            ),
            "scans/marriage.pdf",
            seed + 4,
        ),
        capture.scan(
            doc.florida_birth(
                nathan,
                roseline_bc,
                domingos_bc,
                county="Miami-Dade",
                filed=D(2017, 10, 20),
                issued=D(2019, 2, 14),
                seed=seed + 5,
            ),
            "scans/nathan birth.jpg",
            seed + 5,
        ),
        capture.scan(
            doc.haiti_extrait(esther, domingos, roseline, seed=seed + 6, **esther_record),
            "scans/esther acte de naissance.jpg",
            seed + 6,
        ),
        capture.scan(
            doc.haiti_extrait_translation(
                esther,
                domingos,
                roseline,
                translator=translator_fr,
                signed=D(2026, 9, 20),
                **esther_record,
            ),
            "scans/esther translation.pdf",
            seed + 7,
        ),
        capture.desk(
            doc.haiti_sertifika(
                mikerlange,
                domingos,
                roseline,
                commune="Cap-Haïtien",
                registered=D(2010, 2, 1),
                issued=D(2023, 11, 2),
                seed=seed + 8,
            ),
            "scans/IMG_3390.jpg",
            seed + 8,
        ),
        capture.desk(
            doc.w2_four_up(
                domingos,
                2025,
                employer=employer[0],
                employer_address=("1520 Park Avenue", "New York, NY 10029"),
                ein="13-4409871",
                ssn_last4="9902",
                street=street,
                city=city,
                wages=48210.0,
                withheld=4120.0,
                state="NY",
                seed=seed + 9,
            ),
            "scans/IMG_3395.HEIC",
            seed + 9,
            heic=True,
            long_side=2400,
            dim=False,
            thumb=False,
        ),
        capture.scan(
            doc.earnings_statement(
                domingos,
                company=employer[0],
                company_address=employer[1],
                street=street,
                city=city,
                period=(D(2026, 9, 28), D(2026, 10, 11)),
                check_date=D(2026, 10, 16),
                rate=24.0,
                hours=80,
                ytd=38400.0,
                seed=seed + 10,
            ),
            "scans/paystub october 1.jpg",
            seed + 10,
        ),
        capture.scan(
            doc.earnings_statement(
                domingos,
                company=employer[0],
                company_address=employer[1],
                street=street,
                city=city,
                period=(D(2026, 10, 12), D(2026, 10, 25)),
                check_date=D(2026, 10, 30),
                rate=24.0,
                hours=78,
                ytd=40272.0,
                seed=seed + 11,
            ),
            "scans/paystub october 2.jpg",
            seed + 11,
        ),
        capture.scan(
            doc.support_letter(
                domingos,
                org="Harlem Community Food Pantry",
                org_lines=[
                    "A project of Mount Olive Baptist Church",
                    "201 Lenox Avenue, New York, NY 10027",
                ],
                colour=(30, 100, 50),
                mark="leaf",
                signer="Loretta Vance-Mbeki",
                title=["Pantry Director"],
                body=[
                    "Domingos Quiala has given his Saturdays to our "
                    "pantry for five years. He drives our van to the "
                    "wholesale market at dawn and is the first to "
                    "arrive and the last to leave.",
                    "Families in our neighborhood know him by name. "
                    "He speaks Portuguese, French and English and "
                    "helps newcomers register for services.",
                    "We are grateful for him and hope he can stay with his wife and daughters.",
                ],
                dated=D(2026, 10, 29),
                label="food_pantry_centered",
            ),
            "scans/pantry letter.jpg",
            seed + 12,
        ),
        capture.scan(
            doc.g28_single(
                domingos,
                a_number="A209-441-086",
                rep=rep,
                address=(street, city),
                signed=D(2026, 11, 1),
            ),
            "scans/g28.pdf",
            seed + 13,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": domingos.name,
            "a_number": "209441086",
            "date_of_birth": domingos.born,
            "country": "Angola",
            "entered_us": D(2008, 3, 15),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "New York, NY",
            "next_hearing": D(2027, 6, 1),
            "hearing_type": "individual",
            "opla_office": "New York City",
        },
        "request": {"type": "dismissal"},
        "representative": _case_rep(rep),
        "claims": {
            "spouse": {"name": roseline.name, "status": "lpr"},
            "children": [
                {"name": nathan.name, "date_of_birth": nathan.born, "status": "usc"},
                {"name": esther.name, "date_of_birth": esther.born, "status": "other"},
                {"name": mikerlange.name, "date_of_birth": mikerlange.born, "status": "other"},
            ],
            "community_ties": True,
        },
    }
    findings = [{"code": "untranslated-document", "file": "scans/IMG_3390.jpg"}]
    return CasePlan(
        "quiala",
        "tuning",
        case,
        placed,
        findings,
        notes="true gap: Mikerlange's Creole birth certificate is not translated",
    )


def ramirez() -> CasePlan:
    """Los Angeles: a Guatemalan father whose US-citizen wife is a Marine Corps veteran: his
    RENAP certificate with its one-page translation, her DD 214 (1988 edition) and a VA
    letter photographed on the desk, a report card scanned twice (200 and 150 dpi), a Spanish
    letter with its translation."""
    oscar = Person("Óscar Iván", "Ramírez Pérez", D(1981, 9, 12), "M", "Huehuetenango")
    # She kept her own surname: her birth certificate, DD 214 and case.yaml agree.
    teresa = Person("Teresa Ann", "Wolcott", D(1983, 1, 28), "F", "California")
    janet = Person("Janet Lee", "Wolcott", D(1960, 8, 14), "F", "Ohio")
    luis = Person("Luis Ángel", "Ramírez", D(2011, 12, 3), "M", "Los Angeles")
    padre = Person("Cruz", "Ramírez Tello", D(1950, 4, 4), "M", "Huehuetenango")
    madre = Person("Marta Lidia", "Pérez Sosa", D(1955, 9, 9), "F", "Huehuetenango")
    oscar_bc = Person(oscar.given, oscar.surname, oscar.born, "M", "Guatemala")
    rep = _rep(
        "Kwabena Ruiz-Halloran",
        "Westside Veterans & Families Legal Project",
        ["11500 W. Olympic Blvd., Suite 400", "Los Angeles, CA 90064"],
        "310-555-0141",
        "kruiz@wvflp.example",
        "CS118230",
        ("California", "276640"),
    )
    translator = {
        "name": "Beatriz Olmedo-Carr",
        "address": ["2205 S. Bundy Drive", "Los Angeles, CA 90064"],
        "phone": "310-555-0188",
    }
    street, city = "1841 S. Bentley Avenue", "Los Angeles, CA 90025"
    seed = 9100
    renap = {
        "municipality": "Huehuetenango",
        "department": "Huehuetenango",
        "inscribed": D(1981, 10, 2),
        "issued": D(2024, 4, 18),
        "cui": "2611 48831 1301",
    }
    carta_es = [
        "Por medio de la presente hago constar que conozco al señor Óscar Iván Ramírez "
        "Pérez desde hace doce años, cuando empezamos a trabajar juntos en la misma "
        "constructora.",
        "Óscar es un hombre honrado, responsable y muy dedicado a su "
        "familia. Cuida a su esposa, que es veterana de la Marina, y lleva a su hijo Luis "
        "a la escuela todos los días.",
        "Por todo lo anterior, pido respetuosamente que "
        "se le permita permanecer en este país con su familia.",
    ]
    carta_en = [
        "I hereby state that I have known Mr. Óscar Iván Ramírez Pérez for twelve years, "
        "since we started working together at the same construction company.",
        "Óscar "
        "is an honest, responsible man, very dedicated to his family. He takes care of "
        "his wife, who is a Marine veteran, and takes his son Luis to school every day.",
        "For all of the above, I respectfully ask that he be allowed to remain in this "
        "country with his family.",
    ]
    writer, writer_lines = (
        "Jacinto Maldonado Ruiz",
        ["1022 S. Sepulveda Blvd.", "Los Angeles, CA 90025", "(310) 555-0133"],
    )
    placed = [
        capture.scan(
            doc.guatemala_renap(oscar, padre, madre, seed=seed + 1, **renap),
            "scans/certificado renap.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.guatemala_renap_translation(
                oscar, padre, madre, translator=translator, signed=D(2026, 8, 30), **renap
            ),
            "scans/renap translation.pdf",
            seed + 2,
        ),
        capture.scan(
            doc.nyc_marriage(
                oscar_bc, teresa, married=D(2010, 5, 8), seed=seed + 3, about=(teresa, oscar)
            ),
            "scans/marriage certificate.pdf",
            seed + 3,
        ),
        capture.scan(
            doc.california_birth_numbered(
                teresa,
                janet,
                None,
                hospital="Cedars-Sinai Medical Center",
                city="Los Angeles",
                county="Los Angeles",
                accepted=D(1983, 2, 10),
                issued=D(2020, 7, 7),
                officer="Philippa Grau-Otieno",
                seed=seed + 4,
            ),
            "scans/teresa birth certificate.pdf",
            seed + 4,
        ),
        capture.scan(
            doc.dd214_1988(
                teresa,
                branch="USMC/Regular",
                rank="Corporal",
                entered=D(2001, 6, 4),
                separated=D(2005, 6, 3),
                specialty="0411 Maintenance Management Specialist",
                character="Honorable",
                seed=seed + 5,
            ),
            "scans/dd214 teresa.pdf",
            seed + 5,
        ),
        capture.desk(
            doc.va_service_letter(
                teresa,
                center="VA Greater Los Angeles Healthcare System",
                center_lines=["11301 Wilshire Blvd., Los Angeles, CA 90073"],
                branch="United States Marine Corps",
                entered=D(2001, 6, 4),
                discharged=D(2005, 6, 3),
                dated=D(2026, 9, 8),
            ),
            "scans/IMG_8802.jpg",
            seed + 6,
        ),
        capture.desk(
            doc.california_birth_numbered(
                luis,
                teresa,
                oscar_bc,
                hospital="UCLA Medical Center",
                city="Los Angeles",
                county="Los Angeles",
                accepted=D(2011, 12, 20),
                issued=D(2022, 1, 5),
                officer="Philippa Grau-Otieno",
                seed=seed + 7,
            ),
            "scans/IMG_8806.jpg",
            seed + 7,
        ),
        capture.twice(
            doc.district_report_card(
                luis,
                district="Los Angeles Unified School District",
                campus="Emerson Community Charter School",
                grade=8,
                year=2024,
                seed=seed + 8,
            ),
            ("scans/report card.jpg", "scans/report card 150.jpg"),
            seed + 8,
        ),
        capture.desk(
            doc.carta(
                oscar,
                writer=writer,
                lines=writer_lines,
                place="Los Ángeles, California",
                dated=D(2026, 10, 20),
                body=carta_es,
            ),
            "scans/carta jacinto.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.carta_translation(
                oscar,
                writer=writer,
                lines=writer_lines,
                place="Los Angeles, California",
                dated=D(2026, 10, 20),
                body=carta_en,
                translator=translator,
                signed=D(2026, 10, 25),
            ),
            "scans/carta jacinto english.pdf",
            seed + 10,
        ),
        capture.scan(
            doc.g28_single(
                oscar,
                a_number="A203-778-514",
                rep=rep,
                address=(street, city),
                signed=D(2026, 11, 9),
            ),
            "scans/g-28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": oscar.name,
            "a_number": "A203778514",
            "date_of_birth": oscar.born,
            "country": "Guatemala",
            "entered_us": D(2006, 2, 11),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Los Angeles, CA",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "master",
            "opla_office": "Los Angeles",
        },
        "request": {"type": "dismissal"},
        "representative": _case_rep(rep),
        "translator": translator,
        "claims": {
            "spouse": {"name": teresa.name, "status": "usc"},
            "children": [{"name": luis.name, "date_of_birth": luis.born, "status": "usc"}],
            "military": {"member": "spouse", "branch": "Marine Corps"},
            "education": True,
            "community_ties": True,
        },
    }
    findings = [
        {
            "code": "duplicate-document",
            "file": ["scans/report card.jpg", "scans/report card 150.jpg"],
        }
    ]
    return CasePlan(
        "ramirez",
        "tuning",
        case,
        placed,
        findings,
        notes="true: the report card is there twice, at 200 and 150 dpi",
    )


def benitez() -> CasePlan:
    """Los Angeles: a Salvadoran survivor of domestic violence with an old DWI conviction in
    Texas: her passport photographed a quarter turn off, a sheriff's report, a DV-130, the
    judgment and the discharge from community supervision, an ICE release order and a copier
    PDF of her son's birth certificate, his enrollment letter and her employer's letter."""
    marisol = Person(
        "Marisol Guadalupe", "Benítez Aguilar", D(1990, 3, 21), "F", "Santa Ana, El Salvador"
    )
    marisol_bc = Person(marisol.given, marisol.surname, marisol.born, "F", "El Salvador")
    kevin = Person("Kevin Josué", "Benítez", D(2016, 7, 15), "M", "Los Angeles")
    rep = _rep(
        "Thandiwe Aragón",
        "South Bay Survivors Immigration Project",
        ["1420 W. Carson Street, Suite 5", "Torrance, CA 90501"],
        "310-555-0117",
        "taragon@sbsip.example",
        "VX402276",
        ("California", "301922"),
    )
    street, city = "2208 W. 182nd Street, Unit 4", "Torrance, CA 90504"
    seed = 10100
    narrative = [
        "On the above date deputies responded to a radio call of a family disturbance. "
        "The victim, BENITEZ AGUILAR, stated that her husband struck her in the face "
        "and pushed her to the floor in front of their son after an argument about "
        "money.",
        "Deputies observed redness and swelling to the victim's left cheek. "
        "The victim provided a written statement and agreed to testify. The suspect "
        "was arrested and booked. An Emergency Protective Order was obtained and "
        "served on the suspect.",
    ]
    placed = [
        capture.card_photo(
            doc.passport_page(
                "SLV",
                marisol,
                number="B05528914",
                issued=D(2022, 9, 12),
                expiry=D(2032, 9, 11),
                equity="identity",
                seed=seed + 1,
            ),
            "scans/IMG_5003.jpg",
            seed + 1,
            turn=270,
        ),
        capture.scan(
            doc.sheriff_report(
                marisol,
                agency="Los Angeles County Sheriff's Department",
                number="025-11874-1263-055",
                occurred=D(2025, 2, 8),
                location=street + ", Torrance",
                suspect="Nelson A. Cruz Molina",
                narrative=narrative,
                deputy="Dep. A. Fairbanks",
                seed=seed + 2,
            ),
            "scans/sheriff report.pdf",
            seed + 2,
        ),
        capture.scan(
            doc.dv130(
                marisol,
                "Nelson Alexis Cruz Molina",
                county="Los Angeles",
                case_number="25TRRO00418",
                hearing=D(2025, 3, 4),
                expires=D(2030, 3, 4),
                judge="Hon. Gwendolyn Aquino-Marsh",
                seed=seed + 3,
            ),
            "scans/restraining order.pdf",
            seed + 3,
        ),
        capture.scan(
            doc.texas_judgment(
                marisol,
                county="Harris",
                cause="2099417",
                offense="Driving while intoxicated",
                committed=D(2015, 11, 7),
                sentenced=D(2016, 1, 19),
                supervision="12 MONTHS COMMUNITY SUPERVISION, DWI "
                "EDUCATION PROGRAM, 24 HOURS COMMUNITY SERVICE",
                judge="Leland P. Okonjo",
                seed=seed + 4,
            ),
            "scans/judgment 2016.pdf",
            seed + 4,
        ),
        capture.desk(
            doc.supervision_discharge(
                marisol,
                county="Harris",
                cause="2099417",
                placed=D(2016, 1, 19),
                discharged=D(2017, 1, 20),
                judge="Leland P. Okonjo",
            ),
            "scans/IMG_5011.jpg",
            seed + 5,
        ),
        capture.scan(
            doc.ice_release(
                marisol,
                a_number="A218-006-337",
                released=D(2019, 5, 2),
                office="ICE ERO Los Angeles, 300 N. Los Angeles Street",
                report_on=D(2019, 8, 5),
                seed=seed + 6,
            ),
            "scans/i-220a.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                doc.california_birth_numbered(
                    kevin,
                    marisol_bc,
                    None,
                    hospital="Torrance Memorial Medical Center",
                    city="Torrance",
                    county="Los Angeles",
                    accepted=D(2016, 8, 1),
                    issued=D(2021, 3, 30),
                    officer="Philippa Grau-Otieno",
                    seed=seed + 7,
                ),
                doc.enrollment_verification(
                    kevin,
                    school="Arlington Elementary School",
                    school_lines=[
                        "Torrance Unified School District",
                        "17800 Van Ness Ave., Torrance, CA 90504",
                    ],
                    registrar="Cheryl Nakamura-Diaz",
                    grade=5,
                    since=D(2021, 8, 25),
                    dated=D(2026, 10, 9),
                ),
                doc.employer_letter(
                    marisol,
                    company="Del Amo Dry Cleaners",
                    lines=["21515 Hawthorne Blvd., Torrance, CA 90503", "(310) 555-0162"],
                    signer="Hyun-woo Castañeda",
                    since=D(2019, 9, 3),
                    job="presser and counter clerk",
                    dated=D(2026, 10, 16),
                ),
            ],
            "scans/scan_0019.pdf",
            seed + 8,
        ),
        capture.scan(
            doc.tax_return_transcript(
                marisol,
                2024,
                ssn_last4="8120",
                street=street,
                spouse=None,
                wages=27410.0,
                agi=27410.0,
                tax=0.0,
                requested=D(2026, 9, 29),
                seed=seed + 9,
            ),
            "scans/2024 transcript.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.g28_single(
                marisol,
                a_number="A218-006-337",
                rep=rep,
                address=(street, city),
                signed=D(2026, 11, 6),
            ),
            "scans/G28 Benitez.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": marisol.name,
            "a_number": "218-006-337",
            "date_of_birth": marisol.born,
            "country": "El Salvador",
            "entered_us": D(2013, 6, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Los Angeles, CA",
            "next_hearing": D(2027, 4, 6),
            "hearing_type": "master",
            "opla_office": "Los Angeles",
        },
        "request": {"type": "dismissal"},
        "representative": _case_rep(rep),
        "claims": {
            "children": [{"name": kevin.name, "date_of_birth": kevin.born, "status": "usc"}],
            "crime_victim": {"kind": "domestic_violence"},
            "education": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "driving while intoxicated",
                "date": D(2016, 1, 19),
                "disposition": "community supervision completed 2017",
            }
        ],
    }
    allowed = [  # an ICE release order proves no equity: `other`, and a correct build may say so
        {"code": "unclassified-document", "file": "scans/i-220a.pdf"},
    ]
    return CasePlan(
        "benitez",
        "tuning",
        case,
        placed,
        allowed=allowed,
        notes="no deliberate gap: the DWI is addressed by the judgment and discharge",
    )


def zelaya() -> CasePlan:
    """Houston, Texas: a Honduran framer, robbed at gunpoint and helpful to the police, with
    kidney disease; his US-citizen daughter's Texas abstract, his EAD's front copied alone, an
    IRS account transcript, a 1099-NEC, a payroll vendor's stub, a progress report, a
    nephrologist's letter and a discharge summary with no title phrase the first templates
    used, a police incident report and an I-918 Supplement B, a Spanish church constancia with
    no translation, an electric bill and an employment verification."""
    marvin = Person("Marvin Alexis", "Zelaya Cruz", D(1987, 3, 22), "M", "San Pedro Sula")
    marvin_bc = Person("Marvin Alexis", "Zelaya Cruz", D(1987, 3, 22), "M", "Honduras")
    karla = Person("Karla Yesenia", "Rivas Orellana", D(1990, 9, 4), "F", "Honduras")
    daniela = Person("Daniela Abigail", "Zelaya Rivas", D(2016, 6, 11), "F", "Houston")
    street, city = "7422 Bissonnet Street, Apt. 214", "Houston, TX 77074"
    company = ("Gulf Coast Framing Contractors LLC", "9100 Clay Road, Houston, TX 77080")
    seed = 9100
    w = widened
    placed = [
        capture.card_copy(
            doc.passport_page(
                "HND",
                marvin,
                number="F482213",
                issued=D(2019, 7, 1),
                expiry=D(2029, 6, 30),
                equity="identity",
                seed=seed + 1,
            ),
            "scans/pasaporte.jpg",
            seed + 1,
        ),
        capture.desk(
            w.texas_birth_abstract(
                daniela,
                karla,
                marvin_bc,
                county="Harris",
                filed=D(2016, 6, 28),
                issued=D(2024, 2, 6),
                seed=seed + 2,
            ),
            "scans/IMG_2231.jpg",
            seed + 2,
        ),
        capture.card_copy(
            w.ead_card(
                marvin,
                a_number="A208-517-346",
                card_number="IOE0914472210",
                category="C08",
                country="Honduras",
                valid_from=D(2025, 2, 3),
                expiry=D(2030, 2, 2),
                seed=seed + 3,
            ),
            "scans/work permit.jpg",
            seed + 3,
        ),
        capture.scan(
            w.account_transcript(
                marvin,
                2024,
                ssn_last4="8820",
                street=street,
                agi=38410.0,
                filed=D(2025, 3, 3),
                requested=D(2026, 9, 14),
                seed=seed + 4,
            ),
            "scans/account transcript 2024.pdf",
            seed + 4,
        ),
        capture.scan(
            w.form_1099_nec(
                marvin,
                2023,
                payer="Bayou Drywall & Paint Inc.",
                payer_lines=["2210 Westheimer Rd", "Houston, TX 77098", "713-555-0184"],
                street=street,
                city=city,
                amount=18650.0,
                seed=seed + 5,
            ),
            "scans/1099 2023.pdf",
            seed + 5,
        ),
        capture.desk(
            w.vendor_pay_stub(
                marvin,
                company=company[0],
                company_address=company[1],
                period=(D(2026, 10, 5), D(2026, 10, 18)),
                pay_date=D(2026, 10, 23),
                rate=21.0,
                hours=80,
                overtime=6,
                ytd_gross=36200.0,
                seed=seed + 6,
            ),
            "scans/IMG_2240.jpg",
            seed + 6,
        ),
        capture.scan(
            w.progress_report(
                daniela,
                district="Houston Independent School District",
                campus="Sharpstown Park Elementary",
                grade=4,
                year=2026,
                teacher="Ms. Okonkwo-Larsen",
            ),
            "scans/daniela school.pdf",
            seed + 7,
        ),
        capture.scan(
            w.specialist_letter(
                marvin,
                practice="Bayou City Kidney Specialists, P.A.",
                practice_lines=[
                    "6550 Fannin Street, Suite 1820, Houston, TX 77030",
                    "Tel 713-555-0161 · Fax 713-555-0162",
                ],
                physician="Rashid Lindqvist-Amadi, M.D.",
                title=["Nephrology", "Diplomate, American Board of Internal Medicine"],
                paragraphs=[
                    "Mr. Zelaya Cruz is under my care for chronic kidney disease, stage 4, "
                    "due to hypertension. His kidney function has declined over the past two "
                    "years and he is being evaluated for a kidney transplant.",
                    "He is seen in this clinic every six weeks, takes five daily medications "
                    "and will likely need dialysis within the year. Interruption of his care "
                    "would place his life at serious risk.",
                ],
                dated=D(2026, 10, 20),
                label="nephrology_letter",
            ),
            "scans/kidney doctor.pdf",
            seed + 8,
        ),
        capture.scan(
            w.discharge_summary(
                marvin,
                hospital="Southwest Memorial Hospital",
                hospital_lines=["7600 Beechnut Street, Houston, TX 77074"],
                admitted=D(2026, 3, 2),
                discharged=D(2026, 3, 6),
                attending="Priya Castellano, M.D.",
                diagnosis="acute kidney injury on chronic kidney disease",
                seed=seed + 9,
            ),
            "scans/hospital.pdf",
            seed + 9,
        ),
        capture.scan(
            w.incident_report(
                marvin,
                department="Houston Police Department",
                city="Houston, TX",
                occurred=D(2024, 8, 17),
                reported=D(2024, 8, 17),
                offense="Aggravated Robbery",
                officer="Sgt. L. Haddad-Moreno",
                seed=seed + 10,
            ),
            "scans/police report.pdf",
            seed + 10,
        ),
        capture.scan(
            w.i918_supplement_b(
                marvin,
                agency="Houston Police Department",
                certifier="Captain Denise Falkenrath",
                occurred=D(2024, 8, 17),
                signed=D(2025, 11, 12),
                offense="Aggravated Robbery",
            ),
            "scans/supplement b.pdf",
            seed + 11,
        ),
        capture.scan(
            w.constancia_iglesia(
                marvin,
                church="Iglesia Evangélica Monte de Sion",
                lines=["6000 Hillcroft Avenue, Houston, TX 77081"],
                pastor="Rev. Edgardo Villatoro Quist",
                city="Houston, Texas",
                dated=D(2026, 10, 4),
                since=2015,
            ),
            "scans/constancia iglesia.pdf",
            seed + 12,
        ),
        capture.desk(
            w.utility_bill(
                marvin,
                company="Lone Star Power & Light",
                street=street,
                city=city,
                billed=D(2026, 10, 9),
                due=D(2026, 10, 30),
                amount=142.37,
                seed=seed + 13,
            ),
            "scans/IMG_2255.jpg",
            seed + 13,
        ),
        capture.scan(
            w.employment_verification(
                marvin,
                company=company[0],
                lines=[company[1], "Office 832-555-0107"],
                signer="Tamara Whitfield-Ochoa",
                since=D(2019, 4, 15),
                job="lead framer",
                wage=21.0,
                dated=D(2026, 10, 27),
            ),
            "scans/employment letter.pdf",
            seed + 14,
        ),
    ]
    rep = _rep(
        "Selin Marroquín-Abbott",
        "Gulf Coast Immigrant Legal Aid",
        ["4100 Southwest Freeway, Suite 600", "Houston, TX 77027"],
        "713-555-0190",
        "smabbott@gcila.example",
        "HK551930",
        ("Texas", "24099817"),
    )
    placed.append(
        capture.scan(
            doc.g28_single(
                marvin,
                a_number="A208-517-346",
                rep=rep,
                address=(street, city),
                signed=D(2026, 10, 29),
            ),
            "scans/g28 signed.pdf",
            seed + 15,
            dpi=150,
        )
    )
    case = {
        "schema": 1,
        "respondent": {
            "name": marvin.name,
            "a_number": "208-517-346",
            "date_of_birth": marvin.born,
            "country": "Honduras",
            "entered_us": D(2014, 5, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Houston, TX",
            "next_hearing": D(2027, 4, 6),
            "hearing_type": "master",
            "opla_office": "Houston",
            "relief_sought": [
                "a Form I-130 petition filed by a U.S.-citizen child, then adjustment of status"
            ],
        },
        "request": {"type": "administrative_closure"},
        "representative": _case_rep(rep),
        "claims": {
            "residence_since": D(2023, 1, 1),
            "children": [{"name": daniela.name, "date_of_birth": daniela.born, "status": "usc"}],
            "education": True,
            "medical": {"person": "self", "condition": "chronic kidney disease"},
            "crime_victim": {"kind": "other"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
    }
    findings = [{"code": "untranslated-document", "file": "scans/constancia iglesia.pdf"}]
    return CasePlan(
        "zelaya",
        "tuning",
        case,
        placed,
        findings,
        notes="true: the church constancia is in Spanish and not translated",
    )


def diallo() -> CasePlan:
    """Chicago: a Senegalese father whose son has leukemia; his bilingual passport copied onto
    a page, the son's Illinois long form, a pediatric oncologist's letter, his own
    psychiatrist's letter, a mosque's letter, an old conviction with the probation
    department's certificate of completion, an employment verification and a G-28."""
    mamadou = Person("Mamadou Lamine", "Diallo", D(1984, 1, 30), "M", "Thiès")
    mamadou_bc = Person("Mamadou Lamine", "Diallo", mamadou.born, "M", "Senegal")
    awa = Person("Awa", "Ndiaye", D(1989, 7, 12), "F", "Senegal")
    ibrahima = Person("Ibrahima", "Diallo", D(2018, 11, 3), "M", "Chicago")
    street, city = "5120 N. Kenmore Avenue, Apt. 3N", "Chicago, IL 60640"
    seed = 9500
    w = widened
    rep = _rep(
        "Tomasz Okafor-Lindgren",
        "Midwest Immigrant Justice Partners",
        ["111 W. Jackson Blvd., Suite 1700", "Chicago, IL 60604"],
        "312-555-0117",
        "tokafor@mijp.example",
        "CK318840",
        ("Illinois", "6312209"),
    )
    placed = [
        capture.card_copy(
            doc.passport_page(
                "SEN",
                mamadou,
                number="A03318842",
                issued=D(2020, 2, 17),
                expiry=D(2030, 2, 16),
                equity="identity",
                seed=seed + 1,
            ),
            "scans/passport copy.jpg",
            seed + 1,
        ),
        capture.scan(
            w.illinois_birth_long(
                ibrahima,
                awa,
                mamadou_bc,
                hospital="Weiss Memorial Hospital",
                city="Chicago",
                county="Cook",
                filed=D(2018, 11, 14),
                issued=D(2023, 8, 22),
                seed=seed + 2,
            ),
            "scans/ibrahima birth certificate.pdf",
            seed + 2,
        ),
        capture.scan(
            w.specialist_letter(
                ibrahima,
                practice="Lakeshore Children's Hospital — Division of Hematology/Oncology",
                practice_lines=[
                    "225 E. Chicago Avenue, Box 30, Chicago, IL 60611",
                    "Clinic 312-555-0148",
                ],
                physician="Helena Abernathy-Sy, M.D.",
                title=["Attending Physician, Pediatric Hematology/Oncology"],
                paragraphs=[
                    "Ibrahima is a 7-year-old boy with B-cell acute lymphoblastic leukemia, "
                    "diagnosed in March 2025. He is in the maintenance phase of chemotherapy "
                    "under a Children's Oncology Group protocol and will be treated until "
                    "mid-2027.",
                    "His treatment requires clinic visits every four weeks, daily oral "
                    "chemotherapy given at home, and urgent care for any fever. His father, "
                    "Mamadou Lamine Diallo, gives his medications and brings him to every "
                    "visit. Separating Ibrahima from his father now would endanger his care.",
                ],
                dated=D(2026, 9, 30),
                label="oncology_letter",
                equity="caretaker",  # about the child the respondent cares for
            ),
            "scans/oncology letter.pdf",
            seed + 3,
        ),
        capture.scan(
            w.specialist_letter(
                mamadou,
                practice="Uptown Behavioral Health Associates",
                practice_lines=[
                    "4750 N. Sheridan Road, Suite 410, Chicago, IL 60640",
                    "773-555-0125",
                ],
                physician="Yusuf Bergstrom, M.D.",
                title=["Psychiatrist", "Board Certified, Psychiatry and Neurology"],
                paragraphs=[
                    "Mr. Diallo has been in my care since June 2024 for posttraumatic stress "
                    "disorder and major depressive disorder, recurrent, moderate. He attends "
                    "monthly medication management and weekly psychotherapy.",
                    "His symptoms have improved with treatment and he has remained fully "
                    "adherent. An abrupt end to his treatment would put him at high risk of "
                    "relapse.",
                ],
                dated=D(2026, 10, 8),
                label="psychiatry_letter",
            ),
            "scans/dr bergstrom.pdf",
            seed + 4,
        ),
        capture.scan(
            w.mosque_letter(
                mamadou,
                org="Masjid Al-Noor of Uptown",
                lines=["4901 N. Broadway, Chicago, IL 60640", "773-555-0176"],
                signer="Imam Abdoulaye Kessler-Ba",
                dated=D(2026, 10, 16),
                since=2016,
            ),
            "scans/masjid letter.pdf",
            seed + 5,
        ),
        capture.scan(
            w.probation_completion(
                mamadou,
                court="Circuit Court of Cook County",
                county="Cook",
                cause="19 CR 0441802",
                began=D(2019, 9, 9),
                ended=D(2020, 9, 8),
                officer="Renata Voss-Adeyemi",
            ),
            "scans/probation certificate.pdf",
            seed + 6,
        ),
        capture.scan(
            w.employment_verification(
                mamadou,
                company="North Shore Linen Services Inc.",
                lines=["3300 W. Montrose Avenue, Chicago, IL 60618"],
                signer="Gail Pietrowski",
                since=D(2017, 3, 6),
                job="route driver",
                wage=23.5,
                dated=D(2026, 10, 21),
            ),
            "scans/work letter.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.g28_single(
                mamadou,
                a_number="A213-904-118",
                rep=rep,
                address=(street, city),
                signed=D(2026, 10, 30),
            ),
            "scans/G28.pdf",
            seed + 8,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": mamadou.name,
            "a_number": "213-904-118",
            "date_of_birth": mamadou.born,
            "country": "Senegal",
            "entered_us": D(2015, 8, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Chicago, IL",
            "next_hearing": D(2027, 6, 15),
            "hearing_type": "master",
            "opla_office": "Chicago",
            "relief_sought": [
                "Special Immigrant Juvenile classification (Form I-360) pending with USCIS"
            ],
        },
        "request": {"type": "administrative_closure"},
        "representative": _case_rep(rep),
        "claims": {
            "children": [{"name": ibrahima.name, "date_of_birth": ibrahima.born, "status": "usc"}],
            "caretaker": {"person": ibrahima.name, "condition": "acute lymphoblastic leukemia"},
            "medical": {"person": "self", "condition": "posttraumatic stress disorder"},
            "community_ties": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "retail theft",
                "date": D(2019, 9, 9),
                "disposition": "probation completed 2020",
            }
        ],
    }
    return CasePlan("diallo", "tuning", case, placed, notes="no deliberate gap")


CASES: dict[str, Callable[[], CasePlan]] = {
    "quiroz": quiroz,
    "quiala": quiala,
    "ramirez": ramirez,
    "benitez": benitez,
    "zelaya": zelaya,
    "diallo": diallo,
    "ortega": pages.ortega,
    "argueta": third.argueta,
    "restrepo": third.restrepo,
    "salcedo": joined.salcedo,
    "hernandez": persons.hernandez,
    "funes": fourth.funes,
    "dorvil": fourth.dorvil,
    "banegas": fifth.banegas,
    "cruz": sixth.cruz,
    "moraes": seventh.moraes,
    "lin": eighth.lin,
}


def write_case(key: str, root: Path) -> Path:
    """Write one tuning case: ``root/<key>/`` (case.yaml, scans/) and ``root/<key>.truth.json``."""
    [folder] = write_plans(CASES, root, [key])
    return folder


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
