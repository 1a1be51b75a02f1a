"""The blind corpus: six invented families, each a case folder of the evidence a legal-aid
office really receives (phone photos on a desk, cards in a landscape frame, copier stacks,
page-by-page photos, a rescan, a HEIC, documents in Spanish, Portuguese, French and Haitian
Creole), a case.yaml whose claims the documents bear out, and the truth it is scored against.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind.cases OUT_DIR      # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind import documents as doc
from tests.realistic import capture
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date

# The date the corpus is written as of: every letter and pay stub is dated on or before it,
# and the claimed residence is covered up to it. After late 2027 the newest evidence in some
# cases is more than a year old and a residence gap becomes true; move the dates on then.
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
    """The case.yaml block for a representative (without the G-28's bar details)."""
    return {k: rep[k] for k in ("name", "organization", "address", "phone", "email", "eoir_id")}


def _translator(name: str, address: list[str], phone: str) -> dict[str, Any]:
    return {"name": name, "address": address, "phone": phone}


# ---------------------------------------------------------------- 1. Los Angeles


def caballero() -> CasePlan:
    """A Guatemalan mother of two US-citizen children in Los Angeles, the elder autistic: a
    passport photographed in a landscape frame, one boxed California birth certificate
    photographed on the desk and one scanned, three years of wage and income transcripts in
    one copier PDF, a lease photographed page by page."""
    yesenia = Person(
        "Yesenia Marisol", "Caballero Duarte", D(1990, 6, 14), "F", "Quetzaltenango, Guatemala"
    )
    edgar = Person("Édgar Tomás", "Ajú Xicará", D(1987, 1, 22), "M", "Guatemala")
    dylan = Person("Dylan Mateo", "Ajú Caballero", D(2017, 9, 21), "M", "Los Angeles")
    camila = Person("Camila Rocío", "Ajú Caballero", D(2020, 1, 8), "F", "Los Angeles")
    yesenia_bc = Person(yesenia.given, yesenia.surname, yesenia.born, "F", "Guatemala")
    rep = _rep(
        "Helena Marsh Okoro",
        "Eastside Immigrant Defense Collaborative",
        ["3400 E. 1st Street, Suite 210", "Los Angeles, CA 90063"],
        "323-555-0148",
        "hokoro@eidc-legal.example",
        "RT582901",
        ("California", "311874"),
    )
    street, city = "1187 N. Soto Street, Apt. 6", "Los Angeles, CA 90033"
    seed = 1100
    placed = [
        capture.card_photo(
            doc.passport(
                "GTM",
                yesenia,
                number="284710935",
                issued=D(2022, 3, 1),
                expiry=D(2032, 2, 28),
                equity="identity",
                seed=seed + 1,
            ),
            "scans/IMG_3104.jpg",
            seed + 1,
        ),
        capture.desk(
            doc.california_birth(
                dylan,
                yesenia_bc,
                edgar,
                hospital="White Memorial Medical Center",
                street="1720 E. Cesar E. Chavez Avenue",
                city="Los Angeles",
                county="Los Angeles",
                registered=D(2017, 10, 3),
                issued=D(2024, 2, 5),
                registrar="Marguerite Ostrowski",
                attendant="Dr. Ana Ruth Velásquez, M.D.",
                seed=seed + 2,
            ),
            "scans/IMG_3110.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.california_birth(
                camila,
                yesenia_bc,
                edgar,
                hospital="LAC+USC Medical Center",
                street="2051 Marengo Street",
                city="Los Angeles",
                county="Los Angeles",
                registered=D(2020, 1, 21),
                issued=D(2024, 2, 5),
                registrar="Marguerite Ostrowski",
                attendant="Dr. Kwame Asante-Berg, M.D.",
                seed=seed + 3,
            ),
            "scans/camila birth certificate.pdf",
            seed + 3,
        ),
        capture.scan(
            doc.pediatric_letter(
                dylan,
                yesenia,
                clinic="Boyle Heights Children's Health Center",
                clinic_lines=[
                    "A Federally Qualified Health Center",
                    "2600 E. Cesar E. Chavez Ave., Los Angeles, CA 90033",
                    "Tel (323) 555-0190  ·  Fax (323) 555-0191",
                ],
                doctor="Priya Raman-Solís, MD, FAAP",
                credentials=[
                    "Attending Pediatrician",
                    "CA Medical License A 144207",
                    "NPI 1588204417",
                ],
                diagnosis="autism spectrum disorder, requiring substantial support (level 2)",
                code="ICD-10 F84.0",
                since=2019,
                diagnosed="March 2021",
                therapies="applied behavior analysis 15 hours a week, speech therapy twice a "
                "week and occupational therapy once a week",
                dated=D(2026, 10, 19),
                seed=seed + 4,
            ),
            "scans/letter from dr raman.jpg",
            seed + 4,
        ),
        capture.desk(
            doc.progress_report(
                dylan,
                district="Los Angeles Unified School District",
                school="Murchison Street Elementary School",
                grade="3",
                year=2025,
                teacher="Ms. Adaeze Whitfield",
                principal="Dr. Luis Ferrante",
                absences=4,
                comment="Dylan has made steady progress this year with the support of his "
                "aide and his IEP team. He now reads short chapter books on his own "
                "and uses his visual schedule to move between activities. His mother "
                "is in contact with us every week.",
                seed=seed + 5,
            ),
            "scans/IMG_3117.jpg",
            seed + 5,
        ),
        capture.copier(
            [
                doc.irs_wage_income(
                    yesenia,
                    year,
                    ssn_last4="6214",
                    street=street,
                    employer=employer,
                    employer_street=estreet,
                    wages=wages,
                    withheld=withheld,
                    requested=D(2026, 11, 2),
                    seed=seed + 10 + year,
                )
                for year, employer, estreet, wages, withheld in [
                    (2016, "Rosa Vista Garment Works Inc", "2210 S Alameda St", 14870.0, 402.0),
                    (2017, "Rosa Vista Garment Works Inc", "2210 S Alameda St", 21344.5, 690.0),
                    (2018, "Golden Crust Bakery LLC", "4410 E Olympic Blvd", 23902.0, 811.0),
                ]
            ],
            "scans/irs transcripts 2016-2018.pdf",
            seed + 6,
        ),
        capture.scan(
            doc.irs_account(
                yesenia,
                2022,
                ssn_last4="6214",
                street=street,
                agi=31480.0,
                tax=418.0,
                refund=3312.0,
                requested=D(2026, 11, 2),
                filing_status="Head of Household",
                seed=seed + 7,
            ),
            "scans/account transcript 2022.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.w2(
                yesenia,
                2023,
                ssn_last4="6214",
                street=street,
                city=city,
                employer="Golden Crust Bakery LLC",
                employer_address=("4410 E. Olympic Blvd.", "Los Angeles, CA 90023"),
                ein="95-4418276",
                wages=33518.22,
                withheld=1210.0,
                state="CA",
                state_tax=244.1,
                seed=seed + 8,
            ),
            "scans/w2 2023.jpg",
            seed + 8,
        ),
        capture.scan(
            doc.lease(
                [yesenia],
                [dylan, camila],
                owner="Soto Gardens Partners LP",
                agent="Carmen Ibáñez",
                address="4121 Whittier Blvd., Unit B",
                city="Los Angeles, CA 90023",
                start=D(2019, 4, 1),
                end=D(2021, 3, 31),
                rent=1450,
                deposit=1450,
                signed=D(2019, 3, 18),
                state="California",
                about=yesenia,
                seed=seed + 9,
            ),
            "scans/old lease 2019.pdf",
            seed + 9,
        ),
        capture.desk(
            doc.lease(
                [yesenia],
                [dylan, camila],
                owner="Lorena Park Holdings LLC",
                agent="Timothy Arakelian",
                address="1187 N. Soto Street, Apt. 6",
                city="Los Angeles, CA 90033",
                start=D(2024, 8, 1),
                end=D(2026, 7, 31),
                rent=1925,
                deposit=1925,
                signed=D(2024, 7, 12),
                state="California",
                about=yesenia,
                seed=seed + 20,
            ),
            ["scans/IMG_3121.jpg", "scans/IMG_3122.jpg", "scans/IMG_3123.jpg"],
            seed + 20,
        ),
        capture.scan(
            doc.community_letter(
                yesenia,
                org="Church of Our Lady of the Holy Rosary",
                org_lines=[
                    "Roman Catholic Archdiocese of Los Angeles",
                    "3027 Wabash Avenue, Los Angeles, CA 90063  ·  (323) 555-0166",
                ],
                colour=(90, 40, 40),
                mark="cross",
                signer="Rev. Tomás Ekwueme-Lara",
                title=["Pastor"],
                body=[
                    "I have known Yesenia Caballero Duarte since she joined our parish in "
                    "2017. She attends Mass with her children every Sunday and for the past "
                    "four years has taught the first-communion class on Saturday mornings.",
                    "When our food distribution began during the pandemic she was among the "
                    "first to volunteer, and she still helps pack boxes every second "
                    "Thursday. Parents in our community go to her when they need help with "
                    "a school form or a doctor's appointment, because she knows what it is "
                    "to care for a child with special needs.",
                    "She is honest, hard-working and devoted to her children. I ask that "
                    "she be allowed to remain with them.",
                ],
                dated=D(2026, 11, 8),
                label="parish_letter",
            ),
            "scans/church letter.jpg",
            seed + 21,
        ),
        capture.scan(
            doc.g28(
                yesenia,
                a_number="219-448-703",
                rep=rep,
                client_street=street,
                client_city="Los Angeles",
                client_state="CA",
                client_zip="90033",
                signed=D(2026, 11, 12),
            ),
            "scans/G-28 signed.pdf",
            seed + 22,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": yesenia.name,
            "a_number": "A219-448-703",
            "date_of_birth": yesenia.born,
            "country": "Guatemala",
            "entered_us": D(2016, 3, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Los Angeles, CA",
            "next_hearing": D(2027, 3, 9),
            "hearing_type": "master",
            "opla_office": "Los Angeles",
        },
        "request": {"type": "dismissal"},
        "representative": _representative(rep),
        "claims": {
            "residence_since": D(2016, 3, 2),
            "children": [
                {"name": dylan.name, "date_of_birth": dylan.born, "status": "usc"},
                {"name": camila.name, "date_of_birth": camila.born, "status": "usc"},
            ],
            "education": True,
            "caretaker": {"person": dylan.name, "condition": "autism spectrum disorder"},
            "community_ties": True,
        },
    }
    return CasePlan(
        "caballero",
        "blind",
        case,
        placed,
        notes="no deliberate gap: every claim is proved and residence is covered",
    )


# ---------------------------------------------------------------- 2. Houston / San Antonio


def villasenor() -> CasePlan:
    """A Mexican father with a final order, married to a US citizen, whose son is an Army
    veteran: a Spanish acta with its translation in another file (no case.yaml entry pairs
    them), a US passport photographed as a card, a DD 214 and a VA letter, a copier PDF of a
    Texas birth certificate, a high school transcript, a W-2 and a food pantry letter, a W-2
    photographed as HEIC."""
    rogelio = Person(
        "Rogelio Antonio", "Villaseñor Ibarra", D(1968, 11, 3), "M", "Fresnillo, Zacatecas"
    )
    # She kept her own surname, so the license, the passport and case.yaml agree.
    linda = Person("Linda Marie", "Kowalski", D(1971, 4, 17), "F", "Texas, U.S.A.")
    linda_maiden = Person("Linda Marie", "Kowalski", D(1971, 4, 17), "F", "San Antonio, Texas")
    marco = Person("Marco Antonio", "Villaseñor", D(1993, 4, 2), "M", "San Antonio, Texas")
    alexis = Person("Alexis Renee", "Villaseñor", D(2008, 7, 30), "F", "San Antonio")
    father = Person("Jesús", "Villaseñor Campos", D(1940, 5, 2), "M", "Zacatecas")
    mother = Person("Guadalupe", "Ibarra Robles", D(1944, 12, 12), "F", "Zacatecas")
    rep = _rep(
        "Daniel Ochoa-Whitman",
        "Alamo Immigrant Rights Project",
        ["1305 N. Flores Street", "San Antonio, TX 78212"],
        "210-555-0132",
        "dochoa@airp.example",
        "KD740315",
        ("Texas", "24087711"),
    )
    translator = _translator(
        "Marisol Treviño Garza", ["811 W. Ashby Place", "San Antonio, TX 78212"], "210-555-0175"
    )
    street, city = "2318 W. Mistletoe Avenue", "San Antonio, TX 78201"
    seed = 2100
    acta = {
        "state": "Zacatecas",
        "municipality": "Fresnillo",
        "registered": D(1968, 11, 20),
        "issued": D(2025, 8, 12),
        "curp": "VIIR681103HZSLBG05",
    }
    placed = [
        capture.scan(
            doc.mexico_acta(rogelio, father, mother, seed=seed + 1, **acta),
            "scans/acta de nacimiento rogelio.jpg",
            seed + 1,
            colour=True,
        ),
        capture.scan(
            doc.mexico_acta_translation(
                rogelio, father, mother, translator=translator, signed=D(2026, 10, 2), **acta
            ),
            "scans/birth certificate english.pdf",
            seed + 2,
        ),
        capture.scan(
            doc.texas_marriage(
                rogelio,
                linda_maiden,
                county="Bexar",
                licensed=D(1992, 2, 3),
                married=D(1992, 2, 15),
                officiant="Rev. Harold Ames-Quintero",
                seed=seed + 3,
                about=(linda, rogelio),
            ),
            "scans/marriage license.jpg",
            seed + 3,
        ),
        capture.card_photo(
            doc.passport(
                "USA",
                linda,
                number="548112907",
                issued=D(2019, 6, 4),
                expiry=D(2029, 6, 3),
                equity="us_family",
                seed=seed + 4,
            ),
            "scans/linda passport.jpg",
            seed + 4,
        ),
        capture.scan(
            doc.dd214(
                marco,
                branch="Army/RA",
                rank="Sergeant",
                pay_grade="E05",
                entered=D(2011, 8, 9),
                separated=D(2015, 8, 8),
                home="San Antonio, TX",
                entry_place="San Antonio, TX",
                last_unit="B Co 2nd Bn 12th Inf Regt FORSCOM",
                station="Fort Carson, CO",
                specialty="11B10 Infantryman 4 yrs 0 mos // NOTHING FOLLOWS",
                decorations="Army Commendation Medal // Army Achievement Medal "
                "(2nd award) // Iraq Campaign Medal with campaign "
                "star // Combat Infantryman Badge",
                character="Honorable",
                seed=seed + 5,
            ),
            "scans/marco dd214.pdf",
            seed + 5,
        ),
        capture.scan(
            doc.va_benefit_letter(
                marco,
                office="Houston Regional Benefit Office",
                office_lines=["P.O. Box 4472, Houston, TX 77210"],
                branch="Army",
                entered=D(2011, 8, 9),
                released=D(2015, 8, 8),
                rating=50,
                monthly="$1,102.04",
                dated=D(2026, 9, 14),
                street="7702 Stoney Oak Drive",
                city="San Antonio, TX 78251",
                seed=seed + 6,
            ),
            "scans/VA letter marco.jpg",
            seed + 6,
        ),
        capture.copier(
            [
                doc.texas_birth_abstract(
                    alexis,
                    linda_maiden,
                    rogelio,
                    city="San Antonio",
                    county="Bexar",
                    filed=D(2008, 8, 12),
                    issued=D(2023, 5, 30),
                    seed=seed + 7,
                ),
                doc.high_school_transcript(
                    alexis,
                    school="Thomas Jefferson High School",
                    district="San Antonio Independent School District",
                    address="723 Donaldson Ave., San Antonio, TX 78201",
                    entered=2022,
                    graduated=None,
                    registrar="Norma Gallardo",
                    issued=D(2026, 10, 20),
                    seed=seed + 8,
                ),
                doc.w2(
                    rogelio,
                    2025,
                    ssn_last4="0937",
                    street=street,
                    city=city,
                    employer="Mission City Tile & Stone Inc",
                    employer_address=("5150 Rittiman Road", "San Antonio, TX 78218"),
                    ein="74-2810736",
                    wages=46210.0,
                    withheld=2880.0,
                    state="TX",
                    state_tax=0.0,
                    seed=seed + 9,
                ),
                doc.community_letter(
                    rogelio,
                    org="Westside Community Food Pantry",
                    org_lines=[
                        "A program of Westside Neighbors United",
                        "1210 S. Zarzamora St., San Antonio, TX 78207 · (210) 555-0121",
                    ],
                    colour=(40, 110, 60),
                    mark="leaf",
                    signer="Brenda Sauceda-Holt",
                    title=["Volunteer Coordinator"],
                    body=[
                        "I coordinate the volunteers of the Westside Community Food Pantry. "
                        "Rogelio Villaseñor has volunteered with us every Saturday morning "
                        "since the spring of 2019. He unloads the delivery truck, sorts produce "
                        "and helps our older clients carry their groceries to the bus stop.",
                        "Our records show more than 600 volunteer hours. Last year we asked him "
                        "to train new volunteers because he is patient, dependable and treats "
                        "every family that comes to us with dignity.",
                        "Rogelio is the kind of neighbor any community would be lucky to have.",
                    ],
                    dated=D(2026, 10, 27),
                    label="food_pantry_letter",
                ),
            ],
            "scans/scan0007.pdf",
            seed + 10,
        ),
        capture.desk(
            doc.w2(
                rogelio,
                2024,
                ssn_last4="0937",
                street=street,
                city=city,
                employer="Mission City Tile & Stone Inc",
                employer_address=("5150 Rittiman Road", "San Antonio, TX 78218"),
                ein="74-2810736",
                wages=44180.0,
                withheld=2690.0,
                state="TX",
                state_tax=0.0,
                seed=seed + 11,
            ),
            "scans/IMG_5521.HEIC",
            seed + 11,
            heic=True,
            long_side=2400,
            dim=False,
            thumb=False,
        ),
        capture.desk(
            doc.pay_statement(
                rogelio,
                employer="Mission City Tile & Stone Inc",
                employer_address=("5150 Rittiman Road", "San Antonio, TX 78218"),
                street=street,
                city=city,
                period=(D(2026, 10, 26), D(2026, 11, 8)),
                paid=D(2026, 11, 13),
                rate=23.75,
                hours=80,
                overtime=4.5,
                ytd_gross=42118.0,
                seed=seed + 12,
            ),
            "scans/IMG_5530.jpg",
            seed + 12,
        ),
        capture.scan(
            doc.g28(
                rogelio,
                a_number="A205-317-448",
                rep=rep,
                client_street=street,
                client_city="San Antonio",
                client_state="TX",
                client_zip="78201",
                signed=D(2026, 11, 3),
            ),
            "scans/g28.pdf",
            seed + 13,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": rogelio.name,
            "a_number": "205-317-448",
            "date_of_birth": rogelio.born,
            "country": "Mexico",
            "entered_us": D(1989, 5, 1),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "final_order",
            "detained": False,
            "court": "Houston, TX",
            "opla_office": "Houston",
            "final_order_date": D(2009, 6, 18),
        },
        "request": {"type": "stay_of_removal"},
        "representative": _representative(rep),
        "translator": {
            "name": translator["name"],
            "address": translator["address"],
            "phone": translator["phone"],
        },
        "claims": {
            "children": [
                {"name": marco.name, "date_of_birth": marco.born, "status": "usc"},
                {"name": alexis.name, "date_of_birth": alexis.born, "status": "usc"},
            ],
            "spouse": {"name": linda.name, "status": "usc"},
            "military": {"member": "child", "branch": "Army"},
            "education": True,
            "community_ties": True,
        },
    }
    findings = [
        # Marco's birth certificate is not in the folder: a true gap the office must fill.
        {"code": "missing-evidence", "claim": "children[0]"},
    ]
    return CasePlan(
        "villasenor",
        "blind",
        case,
        placed,
        findings,
        notes="true gap: no birth certificate for Marco (children[0])",
    )


# ---------------------------------------------------------------- 3. Chicago


def mejia() -> CasePlan:
    """A Honduran survivor of domestic violence in Chicago: her passport photographed a
    quarter turn off, an Illinois birth certificate photographed on the desk, the police
    report scanned twice (200 and 150 dpi), a two-page order of protection, a neighbour's
    letter in Spanish with its translation, two pay statements of different periods."""
    dunia = Person("Dunia Esperanza", "Mejía Zelaya", D(1995, 2, 27), "F", "San Pedro Sula, Cortés")
    dunia_bc = Person(dunia.given, dunia.surname, dunia.born, "F", "Honduras")
    ashley = Person("Ashley Nicole", "Mejía", D(2021, 5, 30), "F", "Chicago")
    rep = _rep(
        "Grace Adeyemi-Novak",
        "Lakefront Survivors Legal Clinic",
        ["19 S. LaSalle Street, Suite 1200", "Chicago, IL 60603"],
        "312-555-0109",
        "gadeyemi@lslc.example",
        "WQ218854",
        ("Illinois", "6329104"),
    )
    translator = _translator(
        "Rubén Echeverría Paz", ["2630 S. Pulaski Road", "Chicago, IL 60623"], "773-555-0138"
    )
    street, city = "3718 W. 26th Street, 2F", "Chicago, IL 60623"
    seed = 3100
    employer = ("Little Village Family Foods", ("2845 S. Kedzie Ave.", "Chicago, IL 60623"))
    narrative = (
        "On 09/14/2024 at approx. 2310 hrs R/Os responded to a call of a domestic disturbance "
        "at the above address. Upon arrival R/Os met the victim, MEJIA ZELAYA, DUNIA E., who "
        "related through a Spanish-speaking officer that her former boyfriend, the offender, "
        "came to her apartment uninvited, pushed her against the wall and grabbed her left "
        "arm, causing visible bruising, while her three-year-old daughter was present. The "
        "offender was located in the gangway and placed into custody. The victim cooperated "
        "fully, gave a written statement, identified the offender and signed complaints. "
        "Victim was given a domestic violence victim information notice and referred to "
        "advocacy services. Evidence technician photographed the victim's injuries."
    )
    carta_body_es = [
        "Yo, Marta Leticia Orellana, vivo en el mismo edificio que la señora Dunia Esperanza "
        "Mejía Zelaya desde el año 2021. La conozco a ella y a su hija Ashley desde que se "
        "mudaron al segundo piso.",
        "Dunia es una madre muy responsable y trabajadora. Todas las mañanas lleva a la niña a "
        "la guardería antes de ir a su trabajo, y los fines de semana ayuda a los vecinos "
        "mayores con sus compras. Cuando mi esposo estuvo enfermo, ella cuidó a mis nietos "
        "sin pedir nada a cambio.",
        "La noche de septiembre de 2024 en que la atacaron, yo llamé a la policía. Desde "
        "entonces ella ha salido adelante con mucho valor. Pido que le permitan quedarse con "
        "su hija en este país.",
    ]
    carta_body_en = [
        "I, Marta Leticia Orellana, have lived in the same building as Mrs. Dunia Esperanza "
        "Mejía Zelaya since 2021. I have known her and her daughter Ashley since they moved "
        "to the second floor.",
        "Dunia is a very responsible and hard-working mother. Every morning she takes the girl "
        "to day care before going to work, and on weekends she helps the elderly neighbors "
        "with their shopping. When my husband was ill, she looked after my grandchildren "
        "without asking for anything in return.",
        "On the night in September 2024 when she was attacked, I called the police. Since then "
        "she has moved forward with great courage. I ask that she be allowed to stay with her "
        "daughter in this country.",
    ]
    writer_lines = ["3718 W. 26th Street, 1F", "Chicago, IL 60623", "Tel. 773-555-0152"]
    placed = [
        capture.card_photo(
            doc.passport(
                "HND",
                dunia,
                number="F43871209",
                issued=D(2023, 1, 16),
                expiry=D(2033, 1, 15),
                equity="identity",
                seed=seed + 1,
            ),
            "scans/pasaporte.jpg",
            seed + 1,
            turn=90,
        ),
        capture.desk(
            doc.illinois_birth(
                ashley,
                dunia_bc,
                None,
                hospital="Mount Sinai Hospital",
                city="Chicago",
                county="Cook",
                filed=D(2021, 6, 8),
                issued=D(2024, 11, 4),
                seed=seed + 2,
            ),
            "scans/IMG_0931.jpg",
            seed + 2,
        ),
        capture.twice(
            doc.police_incident(
                dunia,
                "CASTRO PINEDA, WILMER J",
                department="Chicago Police Department",
                number="JH-438127",
                address=street + ", Chicago",
                occurred=dt.datetime(2024, 9, 14, 23, 10),
                offense="Domestic battery - bodily harm (0486)",
                narrative=narrative,
                officer="P.O. Renata Skowron",
                star="14427",
                seed=seed + 3,
            ),
            ("scans/police report.jpg", "scans/police report (2).jpg"),
            seed + 3,
        ),
        capture.scan(
            doc.order_of_protection(
                dunia,
                "Wilmer José Castro Pineda",
                county="Cook",
                state="Illinois",
                case_number="2024 OP 71542",
                entered=D(2024, 10, 21),
                expires=D(2026, 10, 21),
                judge="Patricia Onwuachi-Ruiz",
                children=[ashley],
                seed=seed + 4,
            ),
            "scans/order of protection.pdf",
            seed + 4,
        ),
        capture.desk(
            doc.plain_letter(
                dunia,
                writer="Marta Leticia Orellana",
                writer_lines=writer_lines,
                place_date="Chicago, Illinois, 3 de noviembre de 2026",
                salutation="A quien corresponda:",
                body=carta_body_es,
                closing="Atentamente,",
                language="es",
                dated=D(2026, 11, 3),
                label="carta_vecina",
            ),
            "scans/carta vecina.jpg",
            seed + 5,
        ),
        capture.scan(
            doc.plain_letter(
                dunia,
                writer="Marta Leticia Orellana",
                writer_lines=writer_lines,
                place_date="Chicago, Illinois, November 3, 2026",
                salutation="To whom it may concern:",
                body=carta_body_en,
                closing="Sincerely,",
                language="en",
                dated=D(2026, 11, 3),
                label="carta_vecina_translation",
                translation_of="Spanish",
                translator=translator,
                signed=D(2026, 11, 6),
            ),
            "scans/neighbor letter translation.pdf",
            seed + 6,
        ),
        capture.scan(
            doc.community_letter(
                dunia,
                org="Iglesia Evangélica Monte de Sion",
                org_lines=["4018 W. 31st Street, Chicago, IL 60623", "(773) 555-0127"],
                colour=(40, 60, 110),
                mark="star",
                signer="Pastor Efraín Quiñónez",
                title=["Senior Pastor"],
                body=[
                    "Dunia Mejía Zelaya has been a member of our congregation since 2022. She "
                    "sings in our choir, and on Wednesdays she helps in the children's program "
                    "while other mothers attend the English class we offer.",
                    "After what happened to her in 2024, our church family watched her find her "
                    "strength again. She kept working, kept her daughter in day care and never "
                    "missed a court date. She now encourages other women in our congregation who "
                    "face abuse to seek help.",
                    "We stand with her and with her daughter, and we will keep supporting them.",
                ],
                dated=D(2026, 10, 30),
                label="church_letter",
            ),
            "scans/church letter.pdf",
            seed + 7,
        ),
        capture.desk(
            doc.pay_statement(
                dunia,
                employer=employer[0],
                employer_address=employer[1],
                street=street,
                city=city,
                period=(D(2026, 9, 28), D(2026, 10, 11)),
                paid=D(2026, 10, 16),
                rate=17.25,
                hours=76,
                overtime=0,
                ytd_gross=28610.0,
                seed=seed + 8,
            ),
            "scans/IMG_0944.jpg",
            seed + 8,
        ),
        capture.desk(
            doc.pay_statement(
                dunia,
                employer=employer[0],
                employer_address=employer[1],
                street=street,
                city=city,
                period=(D(2026, 10, 12), D(2026, 10, 25)),
                paid=D(2026, 10, 30),
                rate=17.25,
                hours=80,
                overtime=3,
                ytd_gross=30068.6,
                seed=seed + 9,
            ),
            "scans/IMG_0945.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.irs_account(
                dunia,
                2021,
                ssn_last4="3380",
                street=street,
                agi=19880.0,
                tax=0.0,
                refund=4108.0,
                requested=D(2026, 10, 5),
                filing_status="Head of Household",
                seed=seed + 10,
            ),
            "scans/irs 2021.pdf",
            seed + 10,
        ),
        capture.scan(
            doc.g28(
                dunia,
                a_number="220-611-095",
                rep=rep,
                client_street=street,
                client_city="Chicago",
                client_state="IL",
                client_zip="60623",
                signed=D(2026, 11, 5),
            ),
            "scans/G28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": dunia.name,
            "a_number": "220611095",
            "date_of_birth": dunia.born,
            "country": "Honduras",
            "entered_us": D(2018, 11, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Chicago, IL",
            "next_hearing": D(2027, 1, 26),
            "hearing_type": "individual",
            "opla_office": "Chicago",
        },
        "request": {"type": "administrative_closure"},
        "representative": _representative(rep),
        "claims": {
            "residence_since": D(2018, 11, 20),
            "children": [{"name": ashley.name, "date_of_birth": ashley.born, "status": "usc"}],
            "crime_victim": {"kind": "domestic_violence"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
    }
    findings = [
        {
            "code": "duplicate-document",
            "file": ["scans/police report.jpg", "scans/police report (2).jpg"],
        },
        # Nothing dates 2019-2020 or 2022-mid 2024: claimed since 2018, proved in patches.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "mejia",
        "blind",
        case,
        placed,
        findings,
        notes="true: the police report is there twice; residence has gaps",
    )


# ---------------------------------------------------------------- 4. San Francisco


def portillo() -> CasePlan:
    """A Salvadoran permanent resident in removal proceedings over a 2019 drug conviction:
    his green card photographed front and back, the minute order of his guilty plea and the
    certificate that his probation ended, a copier PDF of his daughter's birth certificate, his
    son's report card, an employer's letter and a W-2, an immigration court hearing notice."""
    edwin = Person(
        "Edwin Alexander", "Portillo Rivas", D(1986, 8, 9), "M", "San Miguel, El Salvador"
    )
    edwin_bc = Person(edwin.given, edwin.surname, edwin.born, "M", "El Salvador")
    karla = Person("Karla Yamileth", "Hernández Soto", D(1989, 3, 12), "F", "El Salvador")
    brandon = Person("Brandon Alexander", "Portillo Hernández", D(2012, 11, 19), "M", "")
    sofia = Person("Sofía Valentina", "Portillo Hernández", D(2016, 4, 2), "F", "")
    rep = _rep(
        "Mei-Lin Castañeda",
        "Bay Area Immigrant Justice Center",
        ["1663 Mission Street, 4th Floor", "San Francisco, CA 94103"],
        "415-555-0163",
        "mcastaneda@baijc.example",
        "PZ930447",
        ("California", "298113"),
    )
    street, city = "2447 Bay Road, Apt. 3", "East Palo Alto, CA 94303"
    seed = 4100
    placed = [
        capture.card_photo(
            doc.green_card(
                edwin,
                a_number="214902557",
                card_number="SRC0712448903",
                category="IR1",
                country="El Salvador",
                country_code="SLV",
                since=D(2007, 9, 14),
                expiry=D(2027, 5, 20),
                equity="identity",
                seed=seed + 1,
            ),
            ["scans/IMG_7781.jpg", "scans/IMG_7782.jpg"],
            seed + 1,
        ),
        capture.scan(
            doc.criminal_minute_order(
                edwin,
                county="San Mateo",
                case_number="19-NF-004471-A",
                hearing=D(2019, 7, 15),
                charge="HS 11351 Possession for sale of a controlled substance (felony)",
                dismissed="Count 2, HS 11364",
                probation_years=3,
                jail_days=45,
                program="an 18-month outpatient substance abuse treatment program",
                judge="Hon. Raymond Tsai-Whitaker",
                certified=D(2026, 8, 19),
                seed=seed + 2,
            ),
            "scans/court minute order 2019.pdf",
            seed + 2,
        ),
        capture.scan(
            doc.probation_completion(
                edwin,
                county="San Mateo",
                case_number="19-NF-004471-A",
                granted=D(2019, 7, 15),
                ended=D(2022, 7, 14),
                officer="Danielle Fonoti",
                dated=D(2026, 8, 25),
            ),
            "scans/probation completed.jpg",
            seed + 3,
        ),
        capture.desk(
            doc.california_birth(
                brandon,
                karla,
                edwin_bc,
                hospital="Stanford Health Care",
                street="300 Pasteur Drive",
                city="Palo Alto",
                county="Santa Clara",
                registered=D(2012, 12, 4),
                issued=D(2021, 9, 9),
                registrar="Dolores Achebe-Kim",
                attendant="Dr. Ingrid Solberg, M.D.",
                seed=seed + 4,
            ),
            "scans/brandon_birth.jpg",
            seed + 4,
        ),
        capture.copier(
            [
                doc.california_birth(
                    sofia,
                    karla,
                    edwin_bc,
                    hospital="Sequoia Hospital",
                    street="170 Alameda de las Pulgas",
                    city="Redwood City",
                    county="San Mateo",
                    registered=D(2016, 4, 19),
                    issued=D(2021, 9, 13),
                    registrar="Anthony Pereira-Lund",
                    attendant="Dr. Farah Qureshi, M.D.",
                    seed=seed + 5,
                ),
                doc.middle_school_report_card(
                    brandon,
                    school="Cesar Chavez Ravenswood Middle School",
                    district="Ravenswood City School District",
                    grade=7,
                    year=2025,
                    counselor="Mr. Jonah Tuilagi",
                    seed=seed + 6,
                ),
                doc.employment_verification(
                    edwin,
                    company="Peninsula Fleet Services Inc.",
                    company_lines=[
                        "880 Industrial Road, San Carlos, CA 94070",
                        "Human Resources: (650) 555-0117",
                    ],
                    signer="Alicia Brandt",
                    title="Human Resources Manager",
                    position="lead diesel mechanic",
                    hired=D(2014, 3, 3),
                    wage="$38.50 an hour",
                    hours="full time, 40 hours a week",
                    dated=D(2026, 10, 6),
                ),
                doc.w2(
                    edwin,
                    2025,
                    ssn_last4="5582",
                    street=street,
                    city=city,
                    employer="Peninsula Fleet Services Inc.",
                    employer_address=("880 Industrial Road", "San Carlos, CA 94070"),
                    ein="94-3307712",
                    wages=81904.0,
                    withheld=8120.0,
                    state="CA",
                    state_tax=3105.0,
                    seed=seed + 7,
                ),
            ],
            "scans/scan_2026-11-09.pdf",
            seed + 8,
        ),
        capture.scan(
            doc.eoir_hearing_notice(
                edwin,
                a_number="214902557",
                court=("100 Montgomery Street, Suite 800", "San Francisco, CA 94104", ""),
                hearing=dt.datetime(2027, 3, 16, 8, 30),
                judge="Imelda Rasmussen",
                sent=D(2026, 11, 4),
                seed=seed + 9,
            ),
            "scans/hearing notice.pdf",
            seed + 9,
        ),
        capture.desk(
            doc.irs_wage_income(
                edwin,
                2024,
                ssn_last4="5582",
                street=street,
                employer="Peninsula Fleet Services Inc.",
                employer_street="880 Industrial Road",
                wages=79330.0,
                withheld=7804.0,
                requested=D(2026, 10, 28),
                seed=seed + 10,
            ),
            "scans/IMG_7790.jpg",
            seed + 10,
        ),
        capture.scan(
            doc.g28(
                edwin,
                a_number="214-902-557",
                rep=rep,
                client_street=street,
                client_city="East Palo Alto",
                client_state="CA",
                client_zip="94303",
                signed=D(2026, 11, 10),
            ),
            "scans/g-28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": edwin.name,
            "a_number": "A214902557",
            "date_of_birth": edwin.born,
            "country": "El Salvador",
            "entered_us": D(2007, 9, 14),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "San Francisco, CA",
            "next_hearing": D(2027, 3, 16),
            "hearing_type": "master",
            "opla_office": "San Francisco",
        },
        "request": {
            "type": "dismissal",
            "narrative": "Mr. Portillo was convicted in 2019 of possession of a "
            "controlled substance for sale. He completed his treatment "
            "program and three years of probation without a violation, "
            "and has been sober and fully employed since.",
        },
        "representative": _representative(rep),
        "claims": {
            "children": [
                {"name": brandon.name, "date_of_birth": brandon.born, "status": "usc"},
                {"name": sofia.name, "date_of_birth": sofia.born, "status": "usc"},
            ],
            "education": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "possession of a controlled substance for sale",
                "date": D(2019, 7, 15),
                "disposition": "guilty plea; probation completed 2022",
            }
        ],
    }
    allowed = [  # a hearing notice proves no equity: a correct build may leave it `other`
        {"code": "unclassified-document", "file": "scans/hearing notice.pdf"},
    ]
    return CasePlan(
        "portillo",
        "blind",
        case,
        placed,
        allowed=allowed,
        notes="no deliberate gap: the conviction is addressed by the narrative and "
        "by the court records",
    )


# ---------------------------------------------------------------- 5. New York


def desir() -> CasePlan:
    """A Haitian father in Brooklyn: a bilingual passport photographed as a card, his birth
    record in Haitian Creole with its translation, his Brazilian-born son's certidão in
    Portuguese with no translation, his US-born daughter's New York City birth certificate, a
    lease photographed page by page, a masked account transcript."""
    jean = Person("Jean-Robert", "Désir", D(1984, 1, 22), "M", "Jacmel, Haïti")
    nadege = Person("Nadège", "Pierre Désir", D(1987, 9, 5), "F", "Haïti")
    wisly = Person("Wisly", "Désir", D(2014, 3, 3), "M", "São Paulo")
    naika = Person("Naïka", "Désir", D(2018, 6, 11), "F", "Brooklyn")
    father = Person("Anténor", "Désir", D(1950, 2, 2), "M", "Jacmel")
    mother = Person("Marie-Claire", "Saint-Fleur", D(1956, 8, 15), "F", "Jacmel")
    jean_bc = Person(jean.given, jean.surname, jean.born, "M", "Haiti")
    nadege_bc = Person(nadege.given, nadege.surname, nadege.born, "F", "Haiti")
    rep = _rep(
        "Samuel Okafor-Baptiste",
        "Flatbush Haitian Legal Services",
        ["1101 Flatbush Avenue, 2nd Floor", "Brooklyn, NY 11226"],
        "718-555-0184",
        "sbaptiste@fhls.example",
        "HN601287",
        ("New York", "5523871"),
    )
    translator = _translator(
        "Rose-Mirlande Étienne", ["488 E. 21st Street", "Brooklyn, NY 11226"], "718-555-0113"
    )
    street, city = "615 Rogers Avenue, Apt. 4C", "Brooklyn, NY 11225"
    seed = 5100
    record = {"commune": "Jacmel", "registered": D(1984, 2, 6), "issued": D(2024, 12, 3)}
    placed = [
        capture.card_photo(
            doc.passport(
                "HTI",
                jean,
                number="RD5129847",
                issued=D(2021, 8, 2),
                expiry=D(2031, 8, 1),
                equity="identity",
                seed=seed + 1,
            ),
            "scans/passport jean robert.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.haiti_akt_nesans(jean, father, mother, seed=seed + 2, **record),
            "scans/akt nesans.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.haiti_translation(
                jean, father, mother, translator=translator, signed=D(2026, 9, 30), **record
            ),
            "scans/birth record translation.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.brazil_certidao(
                wisly,
                jean,
                nadege,
                city="São Paulo",
                state="SP",
                hospital="Hospital Municipal Dr. Moysés Deutsch",
                registered=D(2014, 3, 12),
                issued=D(2015, 1, 20),
                grandparents=(
                    "Anténor Désir e Marie-Claire Saint-Fleur",
                    "Joseph Pierre e Anne Délicat",
                ),
                seed=seed + 4,
            ),
            "scans/IMG_0405.jpg",
            seed + 4,
        ),
        capture.scan(
            doc.new_york_city_birth(
                naika,
                nadege_bc,
                jean_bc,
                hospital="Kings County Hospital Center",
                borough="Brooklyn",
                filed=D(2018, 6, 25),
                issued=D(2022, 3, 14),
                seed=seed + 5,
            ),
            "scans/naika birth.pdf",
            seed + 5,
        ),
        capture.desk(
            doc.progress_report(
                naika,
                district="New York City Public Schools",
                school="P.S. 249 The Caton School, Brooklyn",
                grade="2",
                year=2025,
                teacher="Mr. Devon Achterberg",
                principal="Ms. Yolanda Brisbane",
                absences=3,
                comment="Naïka is a joy to teach. She reads with "
                "expression, helps classmates who are new to "
                "English and is proud of her math journal. "
                "Her father comes to every family conference.",
                seed=seed + 6,
            ),
            "scans/IMG_0407.jpg",
            seed + 6,
        ),
        capture.scan(
            doc.community_letter(
                jean,
                org="Église Baptiste Bethel de Flatbush",
                org_lines=[
                    "Bethel Baptist Church of Flatbush",
                    "2119 Church Avenue, Brooklyn, NY 11226 · (718) 555-0149",
                ],
                colour=(80, 40, 100),
                mark="cross",
                signer="Rev. Dr. Frantz Bellegarde",
                title=["Senior Pastor"],
                body=[
                    "It is my privilege to write on behalf of Jean-Robert Désir, a member of "
                    "Bethel Baptist Church of Flatbush since he came to Brooklyn in 2017.",
                    "Brother Jean-Robert serves as a deacon and drives our church van every "
                    "Sunday to bring elderly members to worship. He organized our congregation's "
                    "collection for families affected by the 2021 earthquake in the south of "
                    "Haiti, and he tutors young people in mathematics on Tuesday evenings.",
                    "He is a devoted husband and father and a pillar of our community. Our whole "
                    "congregation prays that he may remain with his family.",
                ],
                dated=D(2026, 11, 15),
                label="church_letter_haitian",
            ),
            "scans/lettre eglise.jpg",
            seed + 7,
        ),
        capture.scan(
            doc.irs_account(
                jean,
                2025,
                ssn_last4="7719",
                street=street,
                agi=52311.0,
                tax=2210.0,
                refund=1890.0,
                requested=D(2026, 11, 9),
                filing_status="Married Filing Jointly",
                seed=seed + 8,
            ),
            "scans/account transcript 2025.pdf",
            seed + 8,
        ),
        capture.desk(
            doc.lease(
                [jean, nadege],
                [wisly, naika],
                owner="Rogers Avenue Realty Corp.",
                agent="Miriam Goldfarb-Osei",
                address="615 Rogers Avenue, Apt. 4C",
                city="Brooklyn, NY 11225",
                start=D(2025, 3, 1),
                end=D(2027, 2, 28),
                rent=2150,
                deposit=2150,
                signed=D(2025, 2, 12),
                state="New York",
                about=jean,
                seed=seed + 9,
            ),
            ["scans/IMG_0412.jpg", "scans/IMG_0413.jpg", "scans/IMG_0414.jpg"],
            seed + 9,
        ),
        capture.scan(
            doc.g28(
                jean,
                a_number="A213-004-871",
                rep=rep,
                client_street=street,
                client_city="Brooklyn",
                client_state="NY",
                client_zip="11225",
                signed=D(2026, 11, 16),
            ),
            "scans/G-28.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": jean.name,
            "a_number": "213-004-871",
            "date_of_birth": jean.born,
            "country": "Haiti",
            "entered_us": D(2017, 4, 9),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "New York, NY",
            "next_hearing": D(2027, 2, 2),
            "hearing_type": "master",
            "opla_office": "New York City",
        },
        "request": {"type": "dismissal"},
        "representative": _representative(rep),
        "translator": {
            "name": translator["name"],
            "address": translator["address"],
            "phone": translator["phone"],
        },
        "claims": {
            "children": [
                {"name": wisly.name, "date_of_birth": wisly.born, "status": "other"},
                {"name": naika.name, "date_of_birth": naika.born, "status": "usc"},
            ],
            "education": True,
            "community_ties": True,
        },
    }
    findings = [
        # Wisly's Brazilian certidão is in Portuguese and nobody translated it yet.
        {"code": "untranslated-document", "file": "scans/IMG_0405.jpg"},
    ]
    return CasePlan(
        "desir",
        "blind",
        case,
        placed,
        findings,
        notes="true gap: the Portuguese certidão has no translation",
    )


# ---------------------------------------------------------------- 6. Chicago, a renewal


def sarr() -> CasePlan:
    """A Senegalese mother on dialysis asking again after a denial, with new evidence since:
    an ECOWAS ID card photographed upside down in a landscape frame, her French birth record
    with its translation, a nephrologist's letter, a copier PDF of her daughter's Illinois
    birth certificate and report card, the dialysis unit's summary and a W-2."""
    fatou = Person("Fatou Bintou", "Sarr", D(1979, 10, 5), "F", "Thiès")
    mamadou = Person("Mamadou", "Sarr", D(1948, 1, 1), "M", "Thiès")
    aissatou = Person("Aïssatou", "Diop", D(1953, 6, 30), "F", "Thiès")
    awa = Person("Awa Khady", "Sarr-Mbaye", D(2013, 2, 19), "F", "Chicago")
    ibrahima = Person("Ibrahima", "Mbaye", D(1975, 4, 4), "M", "Senegal")
    fatou_bc = Person(fatou.given, fatou.surname, fatou.born, "F", "Senegal")
    rep = _rep(
        "Rachel Lindqvist-Abara",
        "Midwest Immigrant Advocacy Network",
        ["205 W. Randolph Street, Suite 900", "Chicago, IL 60606"],
        "312-555-0191",
        "rlindqvist@mian.example",
        "LF884120",
        ("Illinois", "6301187"),
    )
    translator = _translator(
        "Odile Ngom-Farrell", ["5444 S. Blackstone Ave.", "Chicago, IL 60615"], "773-555-0106"
    )
    street, city = "7740 S. Cornell Avenue, Apt. 1", "Chicago, IL 60649"
    seed = 6100
    record = {"commune": "Thiès", "issued": D(2023, 7, 11)}
    placed = [
        capture.card_photo(
            doc.ecowas_id(
                fatou,
                number="1791198300451",
                personal="2791979004512",
                issued=D(2019, 3, 4),
                expiry=D(2029, 3, 3),
                place="Thiès",
                seed=seed + 1,
            ),
            ["scans/id front.jpg", "scans/id back.jpg"],
            seed + 1,
            turn=180,
        ),
        capture.scan(
            doc.senegal_extrait(fatou, mamadou, aissatou, region="Thiès", seed=seed + 2, **record),
            "scans/extrait de naissance.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.senegal_translation(
                fatou, mamadou, aissatou, translator=translator, signed=D(2026, 10, 9), **record
            ),
            "scans/birth extract translation.pdf",
            seed + 3,
        ),
        capture.scan(
            doc.specialist_letter(
                fatou,
                hospital="Lakeshore University Medical Center",
                hospital_lines=[
                    "Section of Nephrology",
                    "5841 S. Maryland Ave., Chicago, IL 60637 · (773) 555-0170",
                ],
                doctor="Oluwaseun Hartmann, MD",
                credentials=["Associate Professor of Medicine", "Section of Nephrology"],
                condition="end-stage renal disease caused by long-standing hypertension",
                treatment="in-center hemodialysis three times a week, four hours each session",
                since=2021,
                dated=D(2026, 10, 22),
            ),
            "scans/nephrology letter.pdf",
            seed + 4,
        ),
        capture.copier(
            [
                doc.illinois_birth(
                    awa,
                    fatou_bc,
                    ibrahima,
                    hospital="Prentice Women's Hospital",
                    city="Chicago",
                    county="Cook",
                    filed=D(2013, 3, 1),
                    issued=D(2022, 8, 15),
                    seed=seed + 5,
                ),
                doc.middle_school_report_card(
                    awa,
                    school="Bouchet Math & Science Academy",
                    district="Chicago Public Schools",
                    grade=7,
                    year=2025,
                    counselor="Ms. Tamika Rowe",
                    seed=seed + 6,
                ),
                doc.treatment_summary(
                    fatou,
                    center="South Shore Kidney Care — Dialysis Unit",
                    address="7531 S. Stony Island Ave., Chicago, IL 60649",
                    physician="Oluwaseun Hartmann, MD",
                    started=D(2022, 1, 10),
                    dated=D(2026, 11, 2),
                    seed=seed + 7,
                ),
                doc.w2(
                    fatou,
                    2025,
                    ssn_last4="2046",
                    street=street,
                    city=city,
                    employer="Hyde Park Home Care Services",
                    employer_address=("1525 E. 53rd Street", "Chicago, IL 60615"),
                    ein="36-4471180",
                    wages=24660.0,
                    withheld=640.0,
                    state="IL",
                    state_tax=1220.6,
                    seed=seed + 8,
                ),
            ],
            "scans/copier scan.pdf",
            seed + 9,
        ),
        capture.scan(
            doc.community_letter(
                fatou,
                org="Masjid Al-Taqwa Community Center",
                org_lines=["1437 E. 75th Street, Chicago, IL 60619 · (773) 555-0133"],
                colour=(20, 100, 80),
                mark="star",
                signer="Imam Abdoulaye Kane",
                title=["Imam and Director"],
                body=[
                    "I write to support Fatou Bintou Sarr, whom I have known since she began "
                    "attending our community center in 2012.",
                    "Before her illness, Sister Fatou cooked for our Friday community meal and "
                    "taught French and Wolof to the children of newer families. Even now, on "
                    "the days she does not have dialysis, she comes to sit with the women who "
                    "are new to Chicago and helps them find doctors and schools for their "
                    "children.",
                    "Her daughter Awa is an excellent student. Our community helps the family "
                    "with rides to the dialysis center. I respectfully ask that she be allowed "
                    "to continue her treatment here with her daughter.",
                ],
                dated=D(2026, 11, 6),
                label="mosque_letter",
            ),
            "scans/letter imam kane.jpg",
            seed + 10,
        ),
        capture.desk(
            doc.irs_wage_income(
                fatou,
                2025,
                ssn_last4="2046",
                street=street,
                employer="Hyde Park Home Care Services",
                employer_street="1525 E. 53rd Street",
                wages=24660.0,
                withheld=640.0,
                requested=D(2026, 11, 10),
                seed=seed + 11,
            ),
            "scans/IMG_2290.jpg",
            seed + 11,
        ),
        capture.scan(
            doc.g28(
                fatou,
                a_number="A097-552-318",
                rep=rep,
                client_street=street,
                client_city="Chicago",
                client_state="IL",
                client_zip="60649",
                signed=D(2026, 11, 18),
            ),
            "scans/g28 form.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": fatou.name,
            "a_number": "097-552-318",
            "date_of_birth": fatou.born,
            "country": "Senegal",
            "entered_us": D(2011, 9, 3),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Chicago, IL",
            "next_hearing": D(2027, 4, 13),
            "hearing_type": "master",
            "opla_office": "Chicago",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {"date": D(2025, 6, 12), "outcome": "denied"},
        },
        "representative": _representative(rep),
        "translator": {
            "name": translator["name"],
            "address": translator["address"],
            "phone": translator["phone"],
        },
        "claims": {
            "children": [{"name": awa.name, "date_of_birth": awa.born, "status": "usc"}],
            "education": True,
            "medical": {"person": "self", "condition": "end-stage renal disease"},
            "community_ties": True,
        },
    }
    allowed = [
        # DESIGN.md: a renewal whose new evidence postdates the denial gets an info note.
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
    ]
    return CasePlan(
        "sarr",
        "blind",
        case,
        placed,
        allowed=allowed,
        notes="no deliberate gap; most evidence is dated after the 2025 denial",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "caballero": caballero,
    "villasenor": villasenor,
    "mejia": mejia,
    "portillo": portillo,
    "desir": desir,
    "sarr": sarr,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
