# ruff: noqa: E501 -- a case reads best with each document's facts one to a line
"""The fourth blind corpus: four invented families, each a case folder of the evidence a
legal-aid office really receives (phone photos on a desk, cards in a landscape frame, copier
stacks, page-by-page photos, records in French and Spanish with and without their translations),
a case.yaml whose claims the documents bear out, and the truth it is scored against. Written
from plain descriptions of real documents by someone who had read neither the rules nor the
earlier blind corpora.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind4.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind4 import documents as doc
from tests.realistic import capture
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date

# The date the corpus is written as of: every letter, receipt and bill is dated on or before
# it. Move the dates on when the newest evidence of a case becomes more than a year old.
AS_OF = D(2026, 11, 30)


def _rep(
    name: str, org: str, address: list[str], phone: str, email: str, eoir: str
) -> dict[str, Any]:
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


# ---------------------------------------------------------------- 1. Portland, Maine


def mbuyi() -> CasePlan:
    """A Congolese (DRC) mother in Portland, Maine, stabbed in a street robbery and helpful to
    the prosecution: a bilingual passport photographed in a landscape frame, her work permit a
    quarter turn off, a French acte de naissance photographed on the desk with its certified
    translation, her daughter's Maine certificate, the police report photographed page by
    page, a copier PDF of the two-page I-918 Supplement B and an ESL certificate, a copier PDF
    of two W-2s, her pastor's letter, a G-28."""
    esperance = Person("Espérance", "Mbuyi Kalonji", D(1989, 2, 17), "F", "Kinshasa")
    grace = Person("Grâce Neema", "Ilunga", D(2019, 5, 9), "F", "Portland, Maine")
    patrice = Person(
        "Patrice", "Ilunga Tshibanda", D(1986, 8, 3), "M", "Democratic Republic of the Congo"
    )
    mother_bc = Person(
        esperance.given, esperance.surname, esperance.born, "F", "Democratic Republic of the Congo"
    )
    father = Person("Jean-Pierre", "Mbuyi Kasongo", D(1958, 4, 2), "M", "Mbuji-Mayi")
    mother = Person("Thérèse", "Kalonji Ngalula", D(1962, 11, 20), "F", "Kananga")
    rep = _rep(
        "Abigail Thornquist-Nwosu",
        "Casco Bay Immigrant Legal Services",
        ["142 High Street, Suite 3", "Portland, ME 04101"],
        "207-555-0163",
        "athornquist@cbils.example",
        "MN394021",
    )
    translator = _translator(
        "Claudine Mukendi Roy", ["58 Deering Avenue", "Portland, ME 04102"], "207-555-0188"
    )
    street, city = "41 Sherman Street, Apt. 2", "Portland, ME 04101"
    a_number = "221-604-118"
    acte = {
        "commune": "Kalamu",
        "ville": "Kinshasa",
        "number": "0412/1989",
        "volume": "III",
        "registered": D(1989, 3, 2),
        "issued": D(2023, 1, 16),
        "officer": "Albert Lukusa Mwamba",
    }
    seed = 4100
    placed = [
        capture.card_photo(
            doc.passport(
                doc.DRC_PASSPORT,
                esperance,
                number="OP0471286",
                issued=D(2022, 6, 14),
                expiry=D(2027, 6, 13),
                authority="AMBASSADE RDC WASHINGTON",
                seed=seed + 1,
            ),
            "scans/IMG_2207.jpg",
            seed + 1,
        ),
        capture.card_photo(
            doc.ead_card(
                esperance,
                uscis_number=a_number,
                card_number="IOE0921847563",
                category="C14",
                country="Congo (Kinshasa)",
                valid_from=D(2024, 3, 1),
                expiry=D(2028, 2, 29),
                seed=seed + 2,
            ),
            "scans/IMG_2209.jpg",
            seed + 2,
            turn=90,
        ),
        capture.desk(
            doc.drc_acte(esperance, father, mother, seed=seed + 3, **acte),
            "scans/IMG_2214.jpg",
            seed + 3,
        ),
        capture.scan(
            doc.translation(
                "drc_acte_translation",
                esperance,
                "identity",
                source_language="French",
                heading=[
                    "DEMOCRATIC REPUBLIC OF THE CONGO",
                    "CITY-PROVINCE OF KINSHASA  ·  COMMUNE OF KALAMU",
                    "CIVIL STATUS OFFICE",
                    "BIRTH CERTIFICATE",
                    f"No. {acte['number']}  —  Volume {acte['volume']}",
                ],
                fields=[
                    ("Date of registration", doc.long_date(acte["registered"])),
                    ("Civil status officer", acte["officer"]),
                    (
                        "Declarant",
                        f"{father.name}, father, born {doc.long_date(father.born)} in {father.birthplace}",
                    ),
                    ("Child", esperance.name),
                    ("Sex", "Female"),
                    ("Date of birth", doc.long_date(esperance.born)),
                    ("Place of birth", "Kinshasa, Commune of Kalamu"),
                    ("Father", father.name),
                    (
                        "Mother",
                        f"{mother.name}, born {doc.long_date(mother.born)} in {mother.birthplace}",
                    ),
                    ("Copy issued", f"Kinshasa, {doc.long_date(acte['issued'])}"),
                ],
                closing="Having read it aloud, the declarant signed this certificate with Us, drawn "
                "up under articles 116 and following of the Family Code. Certified true copy of "
                "the original. [Stamp: Commune of Kalamu, Civil Status]",
                translator=translator,
                signed=D(2026, 9, 21),
            ),
            "scans/acte translation.pdf",
            seed + 4,
        ),
        capture.scan(
            doc.us_birth(
                doc.MAINE,
                grace,
                mother_bc,
                patrice,
                facility="Maine Medical Center",
                city="Portland",
                county="Cumberland",
                mother_address="88 Grant Street, Apt. 5, Portland, ME 04101",
                file_number="2019-004417",
                filed=D(2019, 5, 21),
                issued=D(2024, 8, 6),
                registrar="Nadine Thibodeau-Hale",
                certifier="Rebecca Lindqvist, CNM",
                seed=seed + 5,
            ),
            "scans/grace birth cert.jpg",
            seed + 5,
            colour=True,
        ),
        capture.desk(
            doc.police_report(
                esperance,
                agency="Portland Police Department",
                agency_lines=[
                    "109 Middle Street, Portland, Maine 04101",
                    "Records Unit (207) 555-0120",
                ],
                case_number="21-047733",
                offense="AGGRAVATED ASSAULT 17-A §208; ROBBERY 17-A §651",
                occurred=dt.datetime(2021, 10, 16, 21, 40),
                location="FOREST AVE AT DEERING AVE",
                victim_address="88 GRANT ST APT 5, PORTLAND ME 04101",
                victim_phone="207-555-0107",
                suspect="DOYLE, KYLE ANTHONY",
                narrative=[
                    "On 10/16/2021 at approximately 2140 hours I was dispatched to Forest Ave at "
                    "Deering Ave for a report of a woman stabbed during a robbery. On arrival I "
                    "found the victim, MBUYI KALONJI, Esperance, seated on the curb holding a "
                    "scarf against her left forearm, which was bleeding heavily.",
                    "The victim stated through a telephone interpreter (French) that she was "
                    "walking home from her shift at the seafood plant when a white male in a grey "
                    "hooded sweatshirt grabbed her bag. When she held on to the strap he took out "
                    "a folding knife and cut her arm, then ran toward Deering Oaks with the bag.",
                    "Portland Fire Rescue treated the victim at the scene and transported her to "
                    "Maine Medical Center, where the wound was closed with eleven stitches. The "
                    "victim gave a detailed description of the suspect and of the bag, a black "
                    "backpack holding her phone, her wallet and her work badge.",
                    "On 10/19/2021 the victim viewed a photo array at this department and "
                    "identified DOYLE, Kyle Anthony without hesitation. DOYLE was arrested the "
                    "same day; the victim's work badge was found in his vehicle. The victim has "
                    "been cooperative throughout and agreed to testify. Case referred to the "
                    "Cumberland County District Attorney.",
                ],
                officer="Ofc. Sean McAllister-Diaz",
                badge="1187",
                approved="Sgt. Linda Pelletier",
            ),
            ["scans/IMG_2231.jpg", "scans/IMG_2232.jpg"],
            seed + 6,
        ),
        capture.copier(
            [
                doc.i918_supplement_b(
                    esperance,
                    agency="Portland Police Department",
                    agency_address=("109 Middle Street", "Portland, ME 04101"),
                    official="Marianne Doucette-Ray",
                    official_title="Lieutenant, Criminal Investigations Division",
                    phone="207-555-0131",
                    case_number="21-047733",
                    crime="Felonious Assault",
                    occurred=D(2021, 10, 16),
                    statute="17-A M.R.S. § 208 (aggravated assault); 17-A M.R.S. § 651 (robbery)",
                    signed=D(2022, 3, 8),
                    description="On 10/16/2021 the victim was robbed on Forest Avenue in "
                    "Portland by a man who cut her left forearm with a knife when she held on to "
                    "her bag. She needed eleven stitches. The suspect was arrested on 10/19/2021 "
                    "and charged with aggravated assault and robbery.",
                    helpfulness="The victim called 911, described the suspect, identified him in "
                    "a photo array on 10/19/2021 and testified before the grand jury. She has "
                    "answered every request of this department and of the District Attorney.",
                ),
                doc.adult_certificate(
                    esperance,
                    issuer=[
                        "Portland Adult Education",
                        "Portland Public Schools  ·  Portland, Maine",
                    ],
                    title="Certificate of Achievement",
                    body="has successfully completed English for Speakers of Other Languages, "
                    "Level 4 (High Intermediate), 240 hours of instruction, in the 2018-2019 "
                    "school year.",
                    awarded=D(2019, 6, 12),
                    signers=[
                        ("Gail Brosnan-Fitch", "Director, Portland Adult Education"),
                        ("Tomás Oyelaran", "ESOL Instructor"),
                    ],
                    label="esl_certificate",
                    doc_type=("diploma", "school_record"),
                    seed=seed + 7,
                ),
            ],
            "scans/scan0001.pdf",
            seed + 7,
        ),
        capture.copier(
            [
                doc.w2(
                    esperance,
                    2024,
                    ssn4="5082",
                    address=(street, city),
                    employer="Fore River Seafood Co.",
                    employer_address=("18 Portland Fish Pier", "Portland, ME 04101"),
                    ein="01-0587214",
                    wages=31206.44,
                    state="ME",
                    state_id="0109371",
                    control="000418",
                ),
                doc.w2(
                    esperance,
                    2025,
                    ssn4="5082",
                    address=(street, city),
                    employer="Back Cove Senior Living LLC",
                    employer_address=("400 Baxter Boulevard", "Portland, ME 04101"),
                    ein="84-2291043",
                    wages=35880.10,
                    state="ME",
                    state_id="1128840",
                    control="B-2217",
                ),
            ],
            "scans/w2s.pdf",
            seed + 8,
        ),
        capture.scan(
            doc.letter(
                "pastor_letter",
                (
                    "Emmanuel Francophone Evangelical Church",
                    [
                        "Église Évangélique Francophone Emmanuel",
                        "230 Ocean Avenue, Portland, ME 04103  ·  (207) 555-0144",
                    ],
                    (40, 70, 120),
                    "cross",
                ),
                doc.long_date(D(2026, 10, 25)),
                [],
                None,
                "To Whom It May Concern:",
                [
                    "I am the senior pastor of Emmanuel Francophone Evangelical Church, a "
                    "congregation of about two hundred families from Central Africa that meets "
                    "in Portland. I have known Espérance Mbuyi Kalonji since she first came to "
                    "our Sunday service in the winter of 2018.",
                    "Espérance leads our women's choir and, because she speaks French, Lingala, "
                    "Tshiluba and now good English, she goes with newly arrived families to their "
                    "appointments at the clinic and at the school. Many mothers in our church "
                    "found their first job because she walked with them to the interview.",
                    "After she was attacked in 2021 she could have withdrawn; instead she kept "
                    "coming, kept working and helped the police. She is raising her daughter "
                    "Grâce with great love. I ask you to allow her to remain in this country.",
                ],
                "In Christ,",
                "Rev. Désiré Kabasele Mutombo",
                ["Senior Pastor"],
                doc_type="letter_of_support",
                about=esperance,
                equity="community_ties",
            ),
            "scans/letter pastor.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.g28(
                esperance,
                a_number=a_number,
                rep=rep,
                client_address=(street, city),
                bar=("Maine", "009817"),
                signed=D(2026, 11, 4),
            ),
            "scans/G28.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": esperance.name,
            "a_number": "A" + a_number,
            "date_of_birth": esperance.born,
            "country": "Democratic Republic of the Congo",
            "entered_us": D(2017, 8, 22),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Boston, MA",
            "next_hearing": D(2027, 5, 18),
            "hearing_type": "master",
            "opla_office": "Boston",
        },
        "request": {
            "type": "dismissal",
            "narrative": "Ms. Mbuyi Kalonji was stabbed in a robbery in Portland in 2021 and "
            "helped the police and the prosecutor; the Portland Police Department certified "
            "her helpfulness, and her petition for U nonimmigrant status is pending.",
        },
        "representative": rep,
        "translator": translator,
        "claims": {
            "children": [{"name": grace.name, "date_of_birth": grace.born, "status": "usc"}],
            "education": True,
            "crime_victim": {"kind": "other"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
    }
    return CasePlan(
        "mbuyi",
        "blind4",
        case,
        placed,
        notes="no deliberate gap: every claim is proved; the French acte is translated",
    )


# ---------------------------------------------------------------- 2. Manassas, Virginia


def zeledon() -> CasePlan:
    """A Nicaraguan father of two in Manassas, Virginia, with a 2018 DWI disposed and declared:
    a bilingual passport photographed as a card, a Nicaraguan birth certificate whose
    translation's certificate only says who translated it (a true finding), a Virginia
    certification of birth on the desk and another in a mixed copier PDF with a report card
    and a child's asthma visit, two tax return transcripts in one PDF, the court's disposition,
    an employer's letter, a soccer coach's letter, a G-28."""
    julio = Person("Julio César", "Zeledón Arauz", D(1984, 9, 27), "M", "Matagalpa, Nicaragua")
    julio_bc = Person(julio.given, julio.surname, julio.born, "M", "Nicaragua")
    karla = Person("Karla Vanessa", "Ortez Molina", D(1988, 3, 5), "F", "Honduras")
    mateo = Person("Mateo Julián", "Zeledón Ortez", D(2015, 2, 11), "M", "Manassas, Virginia")
    valeria = Person("Valeria Sofía", "Zeledón Ortez", D(2018, 10, 30), "F", "Manassas, Virginia")
    father = Person("Ramón Antonio", "Zeledón Castillo", D(1956, 1, 9), "M", "Matagalpa")
    mother = Person("Marta Lidia", "Arauz Blandón", D(1960, 7, 22), "F", "Matagalpa")
    rep = _rep(
        "Owen Castellanos-Reidy",
        "Northern Virginia Immigrant Justice Center",
        ["9300 Grant Avenue, Suite 204", "Manassas, VA 20110"],
        "703-555-0129",
        "ocastellanos@nvijc.example",
        "VQ218834",
    )
    translator = _translator(
        "Reina Isabel Duarte", ["7419 Virginia Oaks Drive", "Gainesville, VA 20155"], "571-555-0162"
    )
    street, city = "8711 Sudley Manor Drive, Apt. 204", "Manassas, VA 20110"
    a_number = "213-557-902"
    record = {
        "municipio": "Matagalpa",
        "departamento": "Matagalpa",
        "tomo": "0087",
        "folio": "0214",
        "partida": "0427",
        "registered": D(1984, 10, 15),
        "issued": D(2019, 2, 4),
        "registrar": "Lic. Xiomara del Carmen Rivas",
    }
    seed = 4200
    home = f"{street}, {city}"
    births = {
        "facility": "Prince William Medical Center",
        "city": "Manassas",
        "county": "Prince William",
        "registrar": "Dwayne K. Holloway",
    }
    placed = [
        capture.card_photo(
            doc.passport(
                doc.NICARAGUA_PASSPORT,
                julio,
                number="C02418573",
                issued=D(2021, 1, 15),
                expiry=D(2031, 1, 14),
                authority="DGME MANAGUA",
                seed=seed + 1,
            ),
            "scans/pasaporte.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.nicaragua_certificado(julio, father, mother, seed=seed + 2, **record),
            "scans/partida de nacimiento.jpg",
            seed + 2,
            colour=True,
        ),
        capture.scan(
            doc.translation(
                "nicaragua_certificado_translation",
                julio,
                "identity",
                source_language="Spanish",
                heading=[
                    "REPUBLIC OF NICARAGUA",
                    "SUPREME ELECTORAL COUNCIL",
                    "CENTRAL REGISTRY OF THE CIVIL STATUS OF PERSONS",
                    "BIRTH CERTIFICATE",
                ],
                fields=[
                    (
                        "Book / Page / Entry",
                        f"{record['tomo']} / {record['folio']} / {record['partida']}",
                    ),
                    ("Date of registration", doc.long_date(record["registered"])),
                    ("Given names", doc.up(julio.given)),
                    ("Surnames", doc.up(julio.surname)),
                    ("Date of birth", doc.long_date(julio.born)),
                    ("Sex", "Male"),
                    ("Place of birth", "Matagalpa, Matagalpa"),
                    ("Father", f"{doc.up(father.name)}, Nicaraguan"),
                    ("Mother", f"{doc.up(mother.name)}, Nicaraguan"),
                    ("Declarant", f"{doc.up(father.name)} (father)"),
                ],
                closing="The undersigned Registrar of the Civil Status of Persons certifies that "
                "the above data agree with the original entered in the Book of Births of this "
                f"Registry. Issued in the city of Matagalpa on {doc.long_date(record['issued'])}. "
                f"{record['registrar']}, Registrar.",
                translator=translator,
                signed=D(2026, 9, 9),
                complete=False,
            ),
            "scans/partida translation.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.us_birth(
                doc.VIRGINIA,
                mateo,
                karla,
                julio_bc,
                mother_address="9012 Centreville Road, Apt. 3, Manassas, VA 20110",
                file_number="151-2015-017284",
                filed=D(2015, 2, 20),
                issued=D(2023, 6, 19),
                certifier="Anjali Deshmukh, M.D.",
                seed=seed + 4,
                **births,
            ),
            "scans/IMG_4410.jpg",
            seed + 4,
        ),
        capture.copier(
            [
                doc.us_birth(
                    doc.VIRGINIA,
                    valeria,
                    karla,
                    julio_bc,
                    mother_address=home,
                    file_number="151-2018-098331",
                    filed=D(2018, 11, 9),
                    issued=D(2023, 6, 19),
                    certifier="Lauren Becerra-Mills, CNM",
                    seed=seed + 5,
                    **births,
                ),
                doc.report_card(
                    mateo,
                    district="Prince William County Public Schools",
                    school="Sinclair Mill Elementary School",
                    school_lines=["7801 Garner Drive, Manassas, VA 20109  ·  (703) 555-0170"],
                    year=2025,
                    grade="5",
                    teacher="Mrs. Danielle Okonkwo",
                    student_id="1503398",
                    absences=(2, 1),
                    comment="Mateo is a kind and hard-working member of our class. He has grown "
                    "as a reader this year and his math fact fluency is excellent. Keep reading "
                    "twenty minutes every night!",
                ),
                doc.visit_summary(
                    valeria,
                    clinic="Bull Run Pediatrics",
                    clinic_lines=[
                        "8644 Sudley Road, Suite 110, Manassas, VA 20110",
                        "Phone (703) 555-0114",
                    ],
                    colour=(30, 110, 120),
                    visit=D(2026, 9, 3),
                    provider="Hye-Jin Albrecht, MD",
                    reason="Asthma follow-up; cough at night for two weeks",
                    diagnoses=[
                        ("Moderate persistent asthma, uncomplicated", "J45.40"),
                        ("Allergic rhinitis due to pollen", "J30.1"),
                    ],
                    vitals=[("Wt", "26.1 kg"), ("Temp", "98.4 °F"), ("SpO2", "97 %"), ("RR", "22")],
                    medications=[
                        (
                            "Fluticasone HFA 44 mcg inhaler",
                            "2 puffs twice a day with spacer, every day",
                        ),
                        (
                            "Albuterol HFA 90 mcg inhaler",
                            "2 puffs every 4 hours as needed for cough or wheeze",
                        ),
                        ("Cetirizine 5 mg/5 mL", "5 mL by mouth once a day"),
                    ],
                    instructions=[
                        "Follow Valeria's Asthma Action Plan; a copy was given to the school nurse.",
                        "Rinse her mouth after each dose of the controller inhaler.",
                        "Go to the emergency room if she struggles to breathe or her lips look blue.",
                        "Return to clinic in 3 months, sooner if she needs albuterol more than twice a week.",
                    ],
                    mrn="BRP-0041877",
                    equity="medical",
                    label="asthma_visit_summary",
                ),
            ],
            "scans/scan_0007.pdf",
            seed + 5,
        ),
        capture.copier(
            [
                doc.tax_return_transcript(
                    julio,
                    year,
                    ssn4="7731",
                    street=street,
                    status="Head of Household",
                    wages=wages,
                    dependents=[mateo, valeria],
                    requested=D(2026, 10, 6),
                    tracking=tracking,
                )
                for year, wages, tracking in [
                    (2023, 46830.0, "108227390441"),
                    (2024, 49115.0, "108227390442"),
                ]
            ],
            "scans/irs transcripts.pdf",
            seed + 6,
        ),
        capture.scan(
            doc.dui_disposition(
                julio,
                court=[
                    "VIRGINIA:",
                    "IN THE GENERAL DISTRICT COURT OF PRINCE WILLIAM COUNTY",
                    "Criminal and Traffic Division  ·  9311 Lee Avenue, Manassas, VA 20110",
                ],
                case_number="GT18007731-00",
                offense_date=D(2018, 6, 9),
                hearing=D(2018, 9, 17),
                charge="DRIVING WHILE INTOXICATED, 1ST OFFENSE (BAC 0.11)",
                code_section="18.2-266",
                sentence=[
                    "Jail: 30 days, all 30 days suspended for 12 months on condition of good behavior.",
                    "Fine: $250.00 plus costs.",
                    "Operator's license suspended 12 months; restricted license granted for "
                    "travel to and from work, with ignition interlock.",
                    "Enter and complete the Virginia Alcohol Safety Action Program (VASAP). "
                    "Completed 03/14/2019 per VASAP report filed 03/20/2019.",
                ],
                judge="Hon. Catherine B. Mulroney",
                clerk="Patricia A. Whitlow",
                address="9012 CENTREVILLE RD APT 3, MANASSAS VA 20110",
            ),
            "scans/court disposition DWI.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.letter(
                "employer_letter",
                (
                    "Ridgeline Drywall & Framing, Inc.",
                    [
                        "10560 Balls Ford Road, Manassas, VA 20109",
                        "Tel (703) 555-0187  ·  Licensed Class A Contractor",
                    ],
                    (120, 70, 20),
                    "house",
                ),
                doc.long_date(D(2026, 10, 20)),
                [
                    "U.S. Immigration and Customs Enforcement",
                    "Office of the Principal Legal Advisor",
                ],
                "Re: Employment of Julio César Zeledón Arauz",
                "To whom it may concern:",
                [
                    "This letter confirms that Julio César Zeledón Arauz has worked for Ridgeline "
                    "Drywall & Framing, Inc. since April 7, 2014. He was hired as a drywall "
                    "finisher and has been a crew lead since 2019, in charge of five workers on "
                    "our commercial jobs in Prince William and Fairfax counties.",
                    "Julio works full time, about 45 hours a week, and earns $28.50 an hour. He "
                    "has never missed a payroll period and is one of the most reliable people I "
                    "have employed in thirty years in this trade. We would hire him again "
                    "tomorrow and hope to keep him for many years.",
                    "Please call me at the number above if you need anything further.",
                ],
                "Sincerely,",
                "Dale R. Whitcomb",
                ["Owner and President"],
                doc_type="employment_letter",
                about=julio,
                equity="employment_and_taxes",
                proves=(D(2014, 4, 7), D(2026, 10, 20)),
            ),
            "scans/employer letter.jpg",
            seed + 8,
        ),
        capture.desk(
            doc.letter(
                "coach_letter",
                (
                    "Manassas Youth Soccer Association",
                    [
                        "P.O. Box 2274, Manassas, VA 20108",
                        "Recreational and travel soccer since 1979",
                    ],
                    (20, 110, 50),
                    "star",
                ),
                doc.long_date(D(2026, 11, 2)),
                [],
                None,
                "Dear Sir or Madam,",
                [
                    "I am the head coach of the Manassas Thunder U12 boys' team. I have coached "
                    "Mateo Zeledón for three seasons, and for the last two his father, Julio "
                    "Zeledón, has been my assistant coach as a volunteer.",
                    "Julio is at every Tuesday and Thursday practice and every Saturday game, "
                    "rain or shine. He drives players whose parents work weekends, he stayed "
                    "after practice all last spring to help a boy who had just arrived from El "
                    "Salvador learn the drills, and he passed the league's background check and "
                    "concussion training without being asked twice.",
                    "Our team and our families count on him. I hope he can stay.",
                ],
                "Respectfully,",
                "Brianna Kowalczyk-Sims",
                ["Head Coach, Manassas Thunder U12", "(703) 555-0155"],
                doc_type="letter_of_support",
                about=julio,
                equity="community_ties",
                face="sans",
            ),
            "scans/IMG_4432.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.g28(
                julio,
                a_number=a_number,
                rep=rep,
                client_address=(street, city),
                bar=("Virginia", "88213"),
                signed=D(2026, 11, 9),
            ),
            "scans/g-28.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": julio.name,
            "a_number": a_number,
            "date_of_birth": julio.born,
            "country": "Nicaragua",
            "entered_us": D(2013, 11, 4),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Annandale, VA",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "master",
            "opla_office": "Washington",
        },
        "request": {
            "type": "dismissal",
            "narrative": "Mr. Zeledón Arauz was convicted in 2018 of a first-offense DWI. He "
            "served no jail time, paid his fine, completed the alcohol safety program in 2019 "
            "and has had no arrest or ticket since.",
        },
        "representative": rep,
        "translator": translator,
        "claims": {
            "residence_since": D(2013, 11, 4),
            "children": [
                {"name": mateo.name, "date_of_birth": mateo.born, "status": "usc"},
                {"name": valeria.name, "date_of_birth": valeria.born, "status": "usc"},
            ],
            "education": True,
            "medical": {"person": valeria.name, "condition": "moderate persistent asthma"},
            "community_ties": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "driving while intoxicated, first offense",
                "date": D(2018, 9, 17),
                "disposition": "guilty plea; jail suspended, fine paid, VASAP completed 2019",
            }
        ],
    }
    findings = [
        # The translator's certificate says only "Translated by": no statement of competence
        # or accuracy, no address (ICPM 3.3(a)).
        {"code": "incomplete-translation-certificate", "file": "scans/partida translation.pdf"},
    ]
    allowed = [
        # Only the employer's letter dates the years between 2014 and 2023.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "zeledon",
        "blind4",
        case,
        placed,
        findings,
        allowed,
        notes="true finding: the translation's certificate is incomplete; the DWI is "
        "declared and addressed",
    )


# ---------------------------------------------------------------- 3. Henderson, Nevada


def villanueva() -> CasePlan:
    """A Filipina home-care aide in Henderson, Nevada, renewing a denied request as caregiver
    of her mother with Parkinson's disease: a bilingual passport photographed as a card, her
    PSA birth certificate in English, her daughter's Nevada certificate on the desk, the
    neurologist's letter, a copier PDF of OPLA's denial and the court's hearing notice, a
    copier PDF of two 1099-NECs, an old lease photographed page by page, rent receipts, the
    school's attendance letter, a G-28. Fifteen years claimed, few of them dated."""
    maricel = Person("Maricel Dizon", "Villanueva", D(1981, 12, 3), "F", "San Pablo City, Laguna")
    maricel_bc = Person(maricel.given, maricel.surname, maricel.born, "F", "Philippines")
    lourdes = Person("Lourdes Dizon", "Villanueva", D(1950, 6, 18), "F", "Laguna, Philippines")
    lourdes_maiden = Person("Lourdes Reyes", "Dizon", D(1950, 6, 18), "F", "Laguna")
    rogelio = Person("Rogelio Manalo", "Villanueva", D(1947, 2, 27), "M", "Laguna")
    angelica = Person("Angelica Mae", "Villanueva", D(2016, 4, 14), "F", "Henderson, Nevada")
    rep = _rep(
        "Teodora Ng-Halvorsen",
        "Silver State Immigrant Advocates",
        ["725 S. 8th Street, Suite 110", "Las Vegas, NV 89101"],
        "702-555-0117",
        "tnghalvorsen@ssia.example",
        "NP557120",
    )
    street, city = "2284 Shady Palms Drive, Apt. 1036", "Henderson, NV 89074"
    a_number = "209-881-374"
    seed = 4300
    opla_head = (
        "U.S. Immigration and Customs Enforcement",
        [
            "U.S. Department of Homeland Security",
            "Office of the Principal Legal Advisor  ·  Las Vegas Field Location",
        ],
        (30, 50, 90),
        "shield",
    )
    placed = [
        capture.card_photo(
            doc.passport(
                doc.PHILIPPINES_PASSPORT,
                maricel,
                number="P4418027B",
                issued=D(2019, 8, 5),
                expiry=D(2029, 8, 4),
                authority="PCG SAN FRANCISCO",
                seed=seed + 1,
            ),
            "scans/passport.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.psa_birth(
                maricel,
                rogelio,
                lourdes_maiden,
                municipality="San Pablo City",
                province="Laguna",
                registry_number="81-2291",
                registered=D(1981, 12, 22),
                issued=D(2018, 3, 9),
                seed=seed + 2,
            ),
            "scans/PSA birth certificate.pdf",
            seed + 2,
        ),
        capture.desk(
            doc.us_birth(
                doc.NEVADA,
                angelica,
                maricel_bc,
                None,
                facility="St. Rose Dominican Hospital, Siena Campus",
                city="Henderson",
                county="Clark",
                mother_address="4250 E. Sunset Road, Apt. 1422, Henderson, NV 89014",
                file_number="2016-0337815",
                filed=D(2016, 4, 26),
                issued=D(2025, 1, 13),
                registrar="Ihsan Azzam-Delgado",
                certifier="Jocelyn Park, M.D.",
                seed=seed + 3,
            ),
            "scans/IMG_0093.jpg",
            seed + 3,
        ),
        capture.scan(
            doc.letter(
                "neurologist_letter",
                (
                    "Southern Hills Neurology Associates",
                    [
                        "2865 Siena Heights Drive, Suite 331, Henderson, NV 89052",
                        "Tel (702) 555-0138  ·  Fax (702) 555-0139",
                    ],
                    (90, 30, 100),
                    "leaf",
                ),
                doc.long_date(D(2026, 10, 14)),
                [],
                "Re: Lourdes Dizon Villanueva, DOB 06/18/1950",
                "To whom it may concern:",
                [
                    "Mrs. Lourdes Dizon Villanueva has been my patient since March 2021. She has "
                    "idiopathic Parkinson's disease (ICD-10 G20.A1), now at Hoehn and Yahr stage "
                    "4, with severe rigidity, freezing of gait and frequent falls. Since 2025 she "
                    "has also had mild cognitive impairment.",
                    "She cannot walk without a walker and a person at her side, and she needs "
                    "help to bathe, dress, use the toilet and take her medications, which are "
                    "given five times a day on a strict schedule. Missed or late doses of "
                    "carbidopa-levodopa leave her unable to move or swallow safely.",
                    "Her daughter, Maricel Dizon Villanueva, lives with her and is her primary "
                    "caregiver. She brings her to every visit, keeps her medication log and does "
                    "the exercises our therapists taught her every day. In my medical opinion, "
                    "without her daughter's care Mrs. Villanueva would need placement in a "
                    "skilled nursing facility.",
                ],
                "Sincerely,",
                "Chinedu Okafor, MD",
                ["Board Certified in Neurology", "Movement Disorders Clinic"],
                doc_type="medical_record",
                about=lourdes,
                equity="caretaker",
            ),
            "scans/dr okafor letter.pdf",
            seed + 4,
        ),
        capture.copier(
            [
                doc.letter(
                    "opla_pd_denial",
                    opla_head,
                    doc.long_date(D(2025, 4, 22)),
                    [rep["name"], rep["organization"], *rep["address"]],
                    f"Re: VILLANUEVA, Maricel Dizon  A{a_number}  —  Request for prosecutorial discretion",
                    f"Dear {rep['name']}:",
                    [
                        "The Office of the Principal Legal Advisor (OPLA) has received and "
                        "reviewed your request dated February 3, 2025, that OPLA exercise "
                        "prosecutorial discretion and move to dismiss the removal proceedings of "
                        "your client named above.",
                        "After careful consideration of the totality of the circumstances, OPLA "
                        "declines to exercise prosecutorial discretion in this matter at this "
                        "time. This decision does not preclude you from submitting a new request "
                        "should your client's circumstances change.",
                    ],
                    "Sincerely,",
                    "R. Castellano",
                    ["Deputy Chief Counsel", "Office of the Principal Legal Advisor, Las Vegas"],
                    doc_type=("other", "court_record"),
                    about=maricel,
                    equity="other",
                ),
                doc.hearing_notice(
                    maricel,
                    a_number=a_number,
                    court="Las Vegas Immigration Court",
                    court_address=("201 Las Vegas Blvd. South, Suite 1200", "Las Vegas, NV 89101"),
                    when=dt.datetime(2027, 3, 10, 8, 30),
                    judge="Patricia N. Arroyo-Lindqvist",
                    mailed=D(2026, 9, 14),
                    to_lines=[rep["name"], rep["organization"], *rep["address"]],
                ),
            ],
            "scans/immigration papers.pdf",
            seed + 5,
        ),
        capture.copier(
            [
                doc.form_1099_nec(
                    maricel,
                    year,
                    tin4="2296",
                    address=(street, city),
                    payer="Desert Bloom Home Care LLC",
                    payer_lines=(
                        "2550 W. Horizon Ridge Pkwy, Suite 140",
                        "Henderson, NV 89052",
                        "(702) 555-0179",
                    ),
                    payer_tin="88-1940327",
                    amount=amount,
                )
                for year, amount in [(2023, 27480.0), (2024, 31905.0)]
            ],
            "scans/1099s.pdf",
            seed + 6,
        ),
        capture.desk(
            doc.lease(
                maricel,
                [angelica, lourdes],
                landlord="Sunridge Vista Apartments LLC",
                landlord_address="1851 Wigwam Parkway, Henderson, NV 89074",
                premises="1851 Wigwam Parkway, Apt. 2117, Henderson, NV 89074",
                start=D(2019, 6, 1),
                end=D(2021, 5, 31),
                rent=1095,
                deposit=800,
                state="Nevada",
                signed=D(2019, 5, 20),
            ),
            ["scans/lease p1.jpg", "scans/lease p2.jpg"],
            seed + 7,
        ),
        capture.scan(
            doc.rent_receipts(
                maricel,
                landlord="Ernesto Baluyot",
                premises=f"{street}, Henderson",
                rent=1100,
                months=[D(2026, 8, 1), D(2026, 9, 1), D(2026, 10, 1)],
                first_number=217,
            ),
            "scans/rent receipts.jpg",
            seed + 8,
        ),
        capture.scan(
            doc.letter(
                "school_attendance_letter",
                (
                    "Amargosa Springs Elementary School",
                    [
                        "Clark County School District",
                        "2480 Amargosa Trail, Henderson, NV 89074  ·  (702) 555-0183",
                    ],
                    (150, 30, 40),
                    "star",
                ),
                doc.long_date(D(2026, 10, 30)),
                [],
                None,
                "To Whom It May Concern:",
                [
                    "This letter confirms that Angelica Mae Villanueva (date of birth April 14, "
                    "2016; student number 1108823) has been enrolled at Amargosa Springs "
                    "Elementary School since August 2021 and is now in the fifth grade.",
                    "In the 2025-2026 school year Angelica was absent three of 180 school days, "
                    "all excused, and she has not missed a day so far this year. She reads above "
                    "grade level and was named Student of the Month in September.",
                    "Her mother, Maricel Villanueva, attends every parent-teacher conference and "
                    "volunteers at our reading night.",
                ],
                "Sincerely,",
                "Dr. Rosalind Achebe-Morgan",
                ["Principal"],
                doc_type=("school_record", "letter_of_support"),
                about=angelica,
                equity="education",
            ),
            "scans/school letter.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.g28(
                maricel,
                a_number=a_number,
                rep=rep,
                client_address=(street, city),
                bar=("Nevada", "14452"),
                signed=D(2026, 11, 5),
            ),
            "scans/G-28 villanueva.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": maricel.name,
            "a_number": a_number.replace("-", ""),
            "date_of_birth": maricel.born,
            "country": "Philippines",
            "entered_us": D(2011, 7, 30),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Las Vegas, NV",
            "next_hearing": D(2027, 3, 10),
            "hearing_type": "master",
            "opla_office": "Las Vegas",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 4, 22),
                "outcome": "denied",
                "changes": "Since the denial her mother's Parkinson's disease has advanced to "
                "stage 4 and she now cares for her full time.",
            },
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2011, 7, 30),
            "children": [{"name": angelica.name, "date_of_birth": angelica.born, "status": "usc"}],
            "education": True,
            "caretaker": {"person": lourdes.name, "condition": "Parkinson's disease"},
        },
    }
    findings = [
        # Nothing about her is dated before the 2019 lease, nor between the lease's end in 2021
        # and the 2023 1099: a true gap the office must fill.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    allowed = [
        # DESIGN.md: a renewal whose new evidence postdates the denial gets an info note.
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        # OPLA's letter and the hearing notice prove no equity: they may be left `other`.
        {"code": "unclassified-document", "file": "scans/immigration papers.pdf"},
    ]
    return CasePlan(
        "villanueva",
        "blind4",
        case,
        placed,
        findings,
        allowed,
        notes="true gap: residence since 2011 is dated only from 2019",
    )


# ---------------------------------------------------------------- 4. West Valley City, Utah


def huaman() -> CasePlan:
    """A Peruvian mother in West Valley City, Utah, with type 2 diabetes: a bilingual passport
    photographed a quarter turn off, a RENIEC acta photographed on the desk (sent over
    WhatsApp) with its certified translation, her son's Utah certificate, a clinic's visit
    summary, her GED diploma on the desk, a copier PDF of a 1040's first page and a W-2, a
    copier PDF of a gas bill, her son's report card and her employer's letter, a neighbour's
    letter in Spanish nobody translated (a true finding), a G-28."""
    nilda = Person("Nilda Rosario", "Huamán Quispe", D(1979, 5, 21), "F", "Cusco")
    nilda_bc = Person(nilda.given, nilda.surname, nilda.born, "F", "Peru")
    wilber = Person("Wilber", "Ccori Mamani", D(1977, 3, 3), "M", "Peru")
    brayan = Person("Brayan Alexis", "Ccori Huamán", D(2014, 8, 19), "M", "Murray, Utah")
    father = Person("Eusebio", "Huamán Ccahua", D(1950, 10, 4), "M", "Cusco")
    mother = Person("Justina", "Quispe Layme", D(1954, 2, 12), "F", "Cusco")
    rep = _rep(
        "Morgan Althaus-Pérez",
        "Wasatch Immigrant Legal Aid",
        ["1385 W. Indiana Avenue, Suite 2", "Salt Lake City, UT 84104"],
        "801-555-0152",
        "maltaus@wila.example",
        "WL662083",
    )
    translator = _translator(
        "Héctor Villca Mendoza",
        ["3620 S. Redwood Road", "West Valley City, UT 84119"],
        "801-555-0196",
    )
    street, city = "4127 W. Sunnyvale Avenue", "West Valley City, UT 84120"
    a_number = "206-715-339"
    acta = {
        "district": "Wanchaq",
        "province": "Cusco",
        "department": "Cusco",
        "acta_number": "1979-0004418",
        "cui": "40721836",
        "registered": D(1979, 6, 8),
        "issued": D(2024, 11, 20),
        "registrar": "Gladys Mamani Apaza",
    }
    seed = 4400
    placed = [
        capture.card_photo(
            doc.passport(
                doc.PERU_PASSPORT,
                nilda,
                number="121844903",
                issued=D(2023, 9, 12),
                expiry=D(2028, 9, 11),
                authority="CONSULADO GENERAL DEL PERU EN DENVER",
                seed=seed + 1,
            ),
            "scans/passport nilda.jpg",
            seed + 1,
            turn=270,
        ),
        capture.desk(
            doc.peru_acta(nilda, father, mother, seed=seed + 2, **acta),
            "scans/WhatsApp Image 2026-10-03 at 18.22.41.jpeg",
            seed + 2,
        ),
        capture.scan(
            doc.translation(
                "peru_acta_translation",
                nilda,
                "identity",
                source_language="Spanish",
                heading=[
                    "NATIONAL REGISTRY OF IDENTIFICATION AND CIVIL STATUS - RENIEC",
                    "REPUBLIC OF PERU",
                    "BIRTH CERTIFICATE",
                    f"No. {acta['acta_number']}",
                ],
                fields=[
                    ("1. Given names", doc.up(nilda.given)),
                    ("2. Surnames", doc.up(nilda.surname)),
                    ("3. Date of birth", doc.long_date(nilda.born)),
                    ("4. Sex", "Female"),
                    ("5. CUI / DNI", acta["cui"]),
                    (
                        "6-8. Place of birth",
                        "District of Wanchaq, Province of Cusco, Department of Cusco",
                    ),
                    ("9-10. Mother", f"{doc.up(mother.name)}, Peruvian"),
                    ("11-12. Father", f"{doc.up(father.name)}, Peruvian"),
                    ("13. Date of registration", doc.long_date(acta["registered"])),
                    (
                        "14. Registry office",
                        "Civil Registry Office, District Municipality of Wanchaq",
                    ),
                    ("15. Civil registrar", doc.up(acta["registrar"])),
                ],
                closing="I CERTIFY: That this is a true copy of the birth certificate kept in the "
                "archive of the Civil Registry. Issued at the request of the interested party in "
                f"Lima on {doc.long_date(acta['issued'])}. [Stamp: RENIEC, certified copy]",
                translator=translator,
                signed=D(2026, 10, 12),
            ),
            "scans/acta traduccion ingles.pdf",
            seed + 3,
        ),
        capture.scan(
            doc.us_birth(
                doc.UTAH,
                brayan,
                nilda_bc,
                wilber,
                facility="Intermountain Medical Center",
                city="Murray",
                county="Salt Lake",
                mother_address="3457 S. Lester Street, West Valley City, UT 84119",
                file_number="144-2014-031872",
                filed=D(2014, 9, 2),
                issued=D(2022, 4, 11),
                registrar="Lyndsey Hoggan-Park",
                certifier="Matthew Sorensen, M.D.",
                seed=seed + 4,
            ),
            "scans/brayan birth.jpg",
            seed + 4,
        ),
        capture.scan(
            doc.visit_summary(
                nilda,
                clinic="Westside Community Health Center",
                clinic_lines=[
                    "A Federally Qualified Health Center",
                    "3540 S. 4000 W., West Valley City, UT 84120  ·  (801) 555-0140",
                ],
                colour=(20, 90, 150),
                visit=D(2026, 8, 27),
                provider="Esteban Lindgren, PA-C",
                reason="Diabetes follow-up, lab review",
                diagnoses=[
                    ("Type 2 diabetes mellitus with hyperglycemia", "E11.65"),
                    ("Type 2 diabetes mellitus with diabetic peripheral neuropathy", "E11.42"),
                    ("Essential (primary) hypertension", "I10"),
                ],
                vitals=[
                    ("BP", "138/86"),
                    ("Wt", "78.4 kg"),
                    ("BMI", "31.2"),
                    ("Hemoglobin A1c", "8.4 %"),
                ],
                medications=[
                    ("Metformin ER 500 mg tablet", "2 tablets by mouth twice a day with meals"),
                    (
                        "Insulin glargine 100 units/mL pen",
                        "Inject 18 units under the skin at bedtime",
                    ),
                    ("Lisinopril 10 mg tablet", "1 tablet by mouth once a day"),
                    ("Gabapentin 300 mg capsule", "1 capsule at bedtime for foot pain"),
                ],
                instructions=[
                    "Check your blood sugar before breakfast and at bedtime; bring your log to every visit.",
                    "Increase glargine by 2 units every 3 days if your morning sugar is above 150.",
                    "Diabetic eye exam and foot exam are due; referral to podiatry placed today.",
                    "Return in 3 months with fasting labs one week before.",
                ],
                mrn="WCH-00218840",
                equity="medical",
                label="diabetes_visit_summary",
            ),
            "scans/clinic visit.pdf",
            seed + 5,
        ),
        capture.desk(
            doc.adult_certificate(
                nilda,
                issuer=["State of Utah", "Utah State Board of Education"],
                title="High School Equivalency Diploma",
                body="having passed the GED® tests with scores meeting the standards set by the "
                "Utah State Board of Education, is awarded this diploma of high school "
                "equivalency.",
                awarded=D(2016, 11, 4),
                signers=[
                    ("Sydnee Dickson-Ward", "State Superintendent of Public Instruction"),
                    ("Mark R. Huntsman-Cole", "Chair, Utah State Board of Education"),
                ],
                label="ged_diploma",
                doc_type="diploma",
                seed=seed + 6,
            ),
            "scans/IMG_7781.jpg",
            seed + 6,
        ),
        capture.copier(
            [
                doc.form_1040_page1(
                    nilda,
                    2024,
                    ssn4="6610",
                    address=(street, city),
                    status="Head of household",
                    dependents=[brayan],
                    wages=36412.0,
                ),
                doc.w2(
                    nilda,
                    2024,
                    ssn4="6610",
                    address=(street, city),
                    employer="Canyon Crest Commercial Cleaning LLC",
                    employer_address=("2790 S. Decker Lake Drive", "West Valley City, UT 84119"),
                    ein="87-0633194",
                    wages=36412.0,
                    state="UT",
                    state_id="14298310-002WTH",
                    control="CC-0871",
                ),
            ],
            "scans/taxes 2024.pdf",
            seed + 7,
        ),
        capture.copier(
            [
                doc.utility_bill(
                    nilda,
                    company="Bonneville Natural Gas Co.",
                    company_lines=[
                        "P.O. Box 45360, Salt Lake City, UT 84145",
                        "Customer service 1-800-555-0144  ·  bonnevillegas.example",
                    ],
                    colour=(200, 90, 20),
                    account="4418-2207-315",
                    service_address=(street, city),
                    period=(D(2026, 8, 19), D(2026, 9, 18)),
                    kind="gas",
                    usage=19,
                    amount=41.27,
                ),
                doc.report_card(
                    brayan,
                    district="Granite School District",
                    school="Hillsdale Park Elementary School",
                    school_lines=["3275 W. 3100 S., West Valley City, UT 84119"],
                    year=2025,
                    grade="5",
                    teacher="Mr. Tyler Nakamura-Ellis",
                    student_id="G-2207419",
                    absences=(3, 2),
                    comment="Brayan works carefully and asks good questions. He helped two "
                    "newcomers to our class learn our routines in Spanish. Next step: show his "
                    "thinking in writing when he solves word problems.",
                ),
                doc.letter(
                    "employer_letter",
                    (
                        "Canyon Crest Commercial Cleaning LLC",
                        [
                            "2790 S. Decker Lake Drive, West Valley City, UT 84119",
                            "(801) 555-0123  ·  Bonded and insured",
                        ],
                        (30, 100, 160),
                        "leaf",
                    ),
                    doc.long_date(D(2026, 9, 29)),
                    [],
                    "Re: Nilda Rosario Huamán Quispe",
                    "To whom it may concern,",
                    [
                        "Nilda Rosario Huamán Quispe has worked for Canyon Crest Commercial "
                        "Cleaning since March 15, 2010. She started on our night crew and has "
                        "been a shift supervisor since 2017, responsible for eleven cleaners in "
                        "three office buildings in Salt Lake County.",
                        "She works full time, Monday to Friday from 5:00 p.m. to 1:30 a.m., and "
                        "earns $19.75 an hour. Our clients ask for her crew by name. Her job is "
                        "waiting for her as long as she wants it.",
                    ],
                    "Sincerely,",
                    "Darlene Ostergaard",
                    ["Operations Manager"],
                    doc_type="employment_letter",
                    about=nilda,
                    equity="employment_and_taxes",
                    proves=(D(2010, 3, 15), D(2026, 9, 29)),
                    face="sans",
                ),
            ],
            "scans/scan0042.pdf",
            seed + 8,
        ),
        capture.desk(
            doc.plain_letter(
                "carta_vecina",
                [
                    "Rosa Elvira Cárdenas Ruiz",
                    "4133 W. Sunnyvale Avenue",
                    "West Valley City, UT 84120",
                    "Tel. (801) 555-0108",
                ],
                f"West Valley City, {doc.es_date(D(2026, 10, 18))}",
                "A quien corresponda:",
                [
                    "Mi nombre es Rosa Elvira Cárdenas Ruiz y soy vecina de la señora Nilda "
                    "Rosario Huamán Quispe desde el año 2015, cuando ella y su hijo Brayan se "
                    "mudaron a la casa de al lado.",
                    "Nilda es una persona trabajadora, honesta y muy responsable. Cuando mi "
                    "esposo estuvo hospitalizado en el año 2022, ella cuidó a mis nietos todas "
                    "las tardes durante un mes sin pedir nada a cambio. Cada domingo ayuda en "
                    "la colecta de alimentos de nuestra parroquia.",
                    "Pido con todo respeto que se le permita quedarse en este país con su hijo, "
                    "que necesita a su mamá.",
                ],
                "Atentamente,",
                "Rosa Elvira Cárdenas Ruiz",
                about=nilda,
                language="es",
            ),
            "scans/IMG_7790.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.g28(
                nilda,
                a_number=a_number,
                rep=rep,
                client_address=(street, city),
                bar=("Utah", "17720"),
                signed=D(2026, 11, 11),
            ),
            "scans/g28 huaman.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": nilda.name,
            "a_number": "A" + a_number.replace("-", ""),
            "date_of_birth": nilda.born,
            "country": "Peru",
            "entered_us": D(2008, 2, 14),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Salt Lake City, UT",
            "next_hearing": D(2027, 6, 8),
            "hearing_type": "individual",
            "opla_office": "Salt Lake City",
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "translator": translator,
        "claims": {
            "residence_since": D(2008, 2, 14),
            "children": [{"name": brayan.name, "date_of_birth": brayan.born, "status": "usc"}],
            "education": True,
            "medical": {"person": "self", "condition": "type 2 diabetes"},
            "community_ties": True,
        },
    }
    findings = [
        # The neighbour's letter is in Spanish and nobody translated it yet.
        {"code": "untranslated-document", "file": "scans/IMG_7790.jpg"},
    ]
    allowed = [
        # Only the employer's "since March 15, 2010" and the 2016 GED date the years before 2024.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "huaman",
        "blind4",
        case,
        placed,
        findings,
        allowed,
        notes="true finding: the neighbour's Spanish letter is not translated",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "mbuyi": mbuyi,
    "zeledon": zeledon,
    "villanueva": villanueva,
    "huaman": huaman,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
