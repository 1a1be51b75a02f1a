"""The fifth blind corpus: four invented families (Ecuadorian in Danbury, Connecticut;
Cameroonian in Columbus, Ohio; Guatemalan in Omaha, Nebraska; Jamaican in Charlotte, North
Carolina), each a case folder of what a legal-aid office really receives (phone photos on a
desk, cards in a landscape frame, copier stacks, page-by-page photos, Spanish and French civil
records with their translations), a case.yaml whose claims the documents bear out, and the
truth it is scored against. Written from plain descriptions of real documents by someone who
had not read the rules.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind5.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind5 import documents as doc
from tests.realistic import capture
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date

# The date the corpus is written as of: every letter and pay stub is dated on or before it.
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


def _proceedings(court: str, office: str, hearing: dt.date) -> dict[str, Any]:
    return {
        "stage": "in_proceedings",
        "detained": False,
        "court": court,
        "next_hearing": hearing,
        "hearing_type": "master",
        "opla_office": office,
    }


# Each office below is one where an immigration court sits; should the build's list of OPLA
# field locations not hold it, the warning is not a misreading.
def _office_allowed() -> list[dict[str, Any]]:
    return [{"code": "unknown-opla-office"}]


# ---------------------------------------------------------------- 1. Danbury, Connecticut


def guaman() -> CasePlan:
    """An Ecuadorian mother of two US-citizen children in Danbury, the elder with asthma: her
    passport photographed a quarter turn off, her partida de nacimiento with a translation in a
    copier stack with a birth certificate, a lease photographed page by page, three pay stubs
    in one PDF, a 2019 transcript and an ESL certificate; nothing proves 2013-2016 or mid-2017
    to 2019 or 2020-2021: a true residence gap."""
    mercedes = Person(
        "Mercedes Alexandra", "Guamán Quizhpi", D(1989, 2, 17), "F", "Cuenca, Ecuador"
    )
    luis = Person("Luis Fernando", "Naula Pintado", D(1986, 9, 4), "M", "Ecuador")
    kevin = Person("Kevin Andrés", "Naula Guamán", D(2014, 5, 9), "M", "Danbury")
    emily = Person("Emily Nayeli", "Naula Guamán", D(2019, 11, 23), "F", "Danbury")
    rep = _rep(
        "Meredith Anne Caldwell",
        "Housatonic Valley Immigrant Legal Services",
        ["198 Main Street, Suite 3", "Danbury, CT 06810"],
        "203-555-0174",
        "mcaldwell@hvils.example",
        "CT447120",
        ("Connecticut", "431207"),
    )
    street, city = "27 Beaver Street, Apt. 2R", "Danbury, CT 06810"
    a_number = "A214-773-905"
    seed = 5100
    birth: dict[str, Any] = {
        "facility": "DANBURY HOSPITAL",
        "town": "Danbury",
        "county": "Fairfield",
        "residence": (street, "Danbury", "06810"),
        "registrar": "Patricia M. Kowalczyk",
    }
    partida = doc.ecuador_partida(
        mercedes,
        "Segundo Manuel Guamán Lema",
        "Rosa Elvira Quizhpi Naula",
        parish="San Sebastián",
        canton="Cuenca",
        province="Azuay",
        tomo="4",
        acta="0288",
        registered=D(1989, 3, 6),
        issued=D(2026, 8, 19),
        cedula="0105938471",
        seed=seed + 3,
    )
    translated = doc.translation(
        "Birth Registration Certificate (Partida de Nacimiento)",
        "Spanish",
        mercedes,
        [
            (
                "Issued by",
                "Republic of Ecuador, General Directorate of Civil Registry, "
                "Identification and Identity Cards",
            ),
            ("Volume / Page, Record", "4 / 0288"),
            ("Place of registration", "San Sebastián, Cuenca, Azuay"),
            ("Date of registration", "March 6, 1989"),
            ("Surnames", "GUAMAN QUIZHPI"),
            ("Given names", "MERCEDES ALEXANDRA"),
            ("Identity card number", "0105938471"),
            ("Date of birth", "February 17, 1989"),
            ("Place of birth", "San Sebastián, Cuenca canton, Azuay province"),
            ("Sex", "Female"),
            ("Nationality", "Ecuadorian"),
            ("Father", "SEGUNDO MANUEL GUAMAN LEMA, Ecuadorian"),
            ("Mother", "ROSA ELVIRA QUIZHPI NAULA, Ecuadorian"),
            ("Remarks", "None"),
            (
                "Certification",
                "I certify that this is a true copy of the record in the "
                "archives of this Directorate. Cuenca, August 19, 2026. [signature] Marlene "
                "Patricia Ordóñez Vera, Archive Officer, Cuenca Office. [seal]",
            ),
        ],
        translator="Gabriela Inés Montalvo",
        address=["41 Elm Street", "Bethel, CT 06801"],
        phone="203-555-0119",
        signed=D(2026, 9, 2),
    )
    placed = [
        capture.card_photo(
            doc.passport(
                "ECU",
                mercedes,
                number="A08341975",
                issued=D(2022, 6, 14),
                expiry=D(2032, 6, 14),
                place="Cuenca",
                seed=seed + 1,
            ),
            "scans/IMG_5521.jpg",
            seed + 1,
            turn=90,
        ),
        capture.desk(
            doc.us_birth(
                "CT",
                kevin,
                mercedes,
                luis,
                file_number="2014-0183355",
                filed=D(2014, 5, 16),
                issued=D(2025, 1, 8),
                certifier="SUSAN R. ABERNATHY, M.D., PHYSICIAN",
                seed=seed + 2,
                **birth,
            ),
            "scans/IMG_5530.jpg",
            seed + 2,
        ),
        capture.copier(
            [
                doc.us_birth(
                    "CT",
                    emily,
                    mercedes,
                    luis,
                    file_number="2019-0208714",
                    filed=D(2019, 12, 2),
                    issued=D(2025, 1, 8),
                    certifier="MARISOL T. BRENNAN, CNM, CERTIFIED NURSE MIDWIFE",
                    seed=seed + 4,
                    **birth,
                ),
                partida,
                translated,
            ],
            "scans/scan_0012.pdf",
            seed + 5,
        ),
        capture.scan(
            doc.clinic_visit(
                kevin,
                clinic="Connecticut Institute for Communities Pediatrics",
                clinic_lines=["120 Main Street, Danbury, CT 06810", "Tel (203) 555-0151"],
                colour=(20, 100, 120),
                mrn="CIFC-0047812",
                visit=D(2026, 9, 22),
                provider="Nadia Perlmutter, MD",
                guardian=f"{mercedes.name} (mother)",
                problems=[
                    "J45.40  Moderate persistent asthma, uncomplicated (since 2017)",
                    "J30.2  Seasonal allergic rhinitis",
                ],
                medications=[
                    "Fluticasone HFA 110 mcg, 2 puffs twice daily with spacer",
                    "Albuterol HFA 90 mcg, 2 puffs every 4 hours as needed",
                    "Montelukast 5 mg, one tablet at bedtime",
                ],
                labs=[
                    ["Measure", "Result", "Predicted", "% predicted"],
                    ["FEV1 (L)", "1.72", "2.21", "78 %"],
                    ["FEV1/FVC", "0.74", "0.86", ""],
                ],
                assessment="Twelve-year-old with moderate persistent asthma, two emergency "
                "visits this year (February and August) for exacerbations triggered by "
                "viral illness and cold air. Control is not yet adequate on the current "
                "controller.",
                plan=[
                    "Continue daily controller; reviewed spacer technique with patient and mother.",
                    "Written asthma action plan given for home and school; school nurse form "
                    "signed.",
                    "Influenza vaccine given today. Follow up in 6 weeks.",
                ],
                two_pages=False,
                label="pediatric_asthma_visit",
            ),
            "scans/kevin asthma visit.pdf",
            seed + 6,
        ),
        capture.desk(
            doc.lease_two_pages(
                [mercedes],
                [kevin, emily, luis],
                landlord="Anthony J. Ferrante",
                address="27 Beaver Street, Apt. 2R",
                city="Danbury, CT 06810",
                start=D(2021, 6, 1),
                end=D(2023, 5, 31),
                rent=1650,
                deposit=3300,
                signed=D(2021, 5, 20),
                state="Connecticut",
            ),
            ["scans/lease_pg1.jpg", "scans/lease_pg2.jpg"],
            seed + 7,
        ),
        capture.copier(
            [
                doc.pay_stub(
                    mercedes,
                    employer="Candlewood Precision Molding LLC",
                    employer_lines=["14 Commerce Drive, Danbury, CT 06810", "(203) 555-0102"],
                    employee_id="004417",
                    street=street,
                    city=city,
                    period=(start, start + dt.timedelta(days=13)),
                    paid=start + dt.timedelta(days=18),
                    rate=18.25,
                    hours=80,
                    overtime=ot,
                    ytd_gross=ytd,
                    state="CT",
                )
                for start, ot, ytd in [
                    (D(2026, 7, 5), 4.0, 22180.0),
                    (D(2026, 9, 13), 0.0, 29460.5),
                    (D(2026, 11, 8), 6.5, 35510.25),
                ]
            ],
            "scans/paystubs.pdf",
            seed + 8,
        ),
        capture.scan(
            doc.return_transcript(
                mercedes,
                2019,
                ssn4="7731",
                street="27 Beaver Street Apt 2R",
                zip_code="DANBURY, CT 06810-4411",
                status="Head of Household",
                requested=D(2026, 10, 6),
                business=0.0,
                wages=24118.0,
                tax=412.0,
                refund=4187.0,
                two_pages=False,
                dependent="NAUL",
            ),
            "scans/tax transcript 2019.pdf",
            seed + 9,
        ),
        capture.scan(
            doc.adult_ed_certificate(
                mercedes,
                program="Danbury Adult Education",
                lines=["Danbury Public Schools", "Rogers Park Campus, Danbury, Connecticut"],
                course="English as a Second Language, Level 4 (High Intermediate)",
                hours=180,
                start=D(2016, 9, 12),
                awarded=D(2017, 6, 8),
                signers=[
                    ("Elaine R. Vasconcelos", "Program Director"),
                    ("Thomas Whitfield-Oyelaran", "ESL Instructor"),
                ],
            ),
            "scans/esl certificate.jpg",
            seed + 10,
        ),
        capture.scan(
            doc.g28(
                mercedes,
                a_number=a_number,
                rep=rep,
                client_address=(street, city),
                signed=D(2026, 11, 10),
            ),
            "scans/G28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": mercedes.name,
            "a_number": a_number,
            "date_of_birth": mercedes.born,
            "country": "Ecuador",
            "entered_us": D(2013, 4, 10),
            "address": [street, city],
        },
        "proceedings": _proceedings("Hartford, CT", "Hartford", D(2027, 4, 20)),
        "request": {"type": "dismissal"},
        "representative": _representative(rep),
        "claims": {
            "residence_since": D(2013, 4, 10),
            "children": [
                {"name": kevin.name, "date_of_birth": kevin.born, "status": "usc"},
                {"name": emily.name, "date_of_birth": emily.born, "status": "usc"},
            ],
            "education": True,
            "medical": {"person": kevin.name, "condition": "moderate persistent asthma"},
        },
        "service": {"method": "email", "date": D(2027, 1, 12), "served_by": rep["name"]},
    }
    findings = [
        # Claimed since 2013; dated evidence only for 2016-17, 2019, 2021-23 and 2026.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "guaman",
        "blind5",
        case,
        placed,
        findings,
        _office_allowed(),
        notes="true gap: residence since 2013 proved only in patches",
    )


# ---------------------------------------------------------------- 2. Columbus, Ohio


def nkwenti() -> CasePlan:
    """A Cameroonian father in Columbus who cares for his wife with multiple sclerosis and was
    shot at in a robbery on a delivery run: a bilingual passport page, a work permit
    photographed a quarter turn off, a French acte de naissance photographed on the desk with a
    translation whose certificate lacks the translator's competence and address (a true
    finding), the police report and the I-918 Supplement B in one stack, two W-2s in another."""
    herve = Person("Hervé Landry", "Mbarga Owona", D(1985, 7, 3), "M", "Yaoundé, Cameroun")
    christelle = Person("Christelle Aimée", "Ndzana", D(1988, 3, 21), "F", "Douala, Cameroon")
    ethan = Person("Ethan Junior", "Mbarga", D(2017, 8, 14), "M", "Columbus")
    father = Person("Jean-Pierre", "Owona Mbarga", D(1952, 11, 2), "M", "Mbalmayo")
    mother = Person("Thérèse", "Ngo Biyong", D(1958, 5, 19), "F", "Éséka")
    rep = _rep(
        "Tobias R. Whitcombe",
        "Central Ohio Immigrant Justice Project",
        ["620 E. Broad Street, Suite 300", "Columbus, OH 43215"],
        "614-555-0139",
        "twhitcombe@coijp.example",
        "OH228415",
        ("Ohio", "0098124"),
    )
    street, city = "3318 Refugee Road, Apt. C", "Columbus, OH 43232"
    a_number = "A209-518-664"
    seed = 5200
    head_church = (
        "Église Évangélique Francophone de Columbus",
        [
            "French-speaking Evangelical Church",
            "2150 Lockbourne Road, Columbus, OH 43207",
            "(614) 555-0188",
        ],
        (90, 30, 60),
        "cross",
    )
    placed = [
        capture.card_photo(
            doc.passport(
                "CMR",
                herve,
                number="AA1847263",
                issued=D(2021, 1, 18),
                expiry=D(2031, 1, 17),
                place="Yaoundé",
                seed=seed + 1,
            ),
            "scans/passport page.jpg",
            seed + 1,
        ),
        capture.card_photo(
            doc.work_permit(
                herve,
                uscis="209-518-664",
                card_number="IOE0918274461",
                category="C08",
                country="Cameroon",
                valid_from=D(2025, 6, 30),
                expires=D(2030, 6, 29),
                seed=seed + 2,
            ),
            "scans/IMG_20260914_101522.jpg",
            seed + 2,
            turn=270,
        ),
        capture.scan(
            doc.us_birth(
                "OH",
                ethan,
                christelle,
                herve,
                facility="RIVERSIDE METHODIST HOSPITAL",
                town="Columbus",
                county="Franklin",
                residence=(street, "Columbus", "43232"),
                file_number="2017-094412",
                filed=D(2017, 8, 29),
                issued=D(2024, 3, 4),
                registrar="Denise A. Holloway",
                certifier="RAJIV MENON-CLARKE, M.D.",
                seed=seed + 3,
            ),
            "scans/ethan birth cert.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.cameroon_acte(
                herve,
                father,
                mother,
                centre="Yaoundé IIIe",
                number="1247/85",
                drawn_up=D(1985, 7, 12),
                declarant="M. Jean-Pierre Owona Mbarga, père de l'enfant",
                officer="Emmanuel Abessolo Ndong",
                secretary="Pauline Mengue",
                copied=D(2026, 5, 4),
                seed=seed + 4,
            ),
            "scans/IMG_20260914_101840.jpg",
            seed + 4,
        ),
        capture.scan(
            doc.translation(
                "Birth Certificate (Acte de Naissance) No. 1247/85",
                "French",
                herve,
                [
                    (
                        "Heading",
                        "Republic of Cameroon, Peace - Work - Fatherland. Centre "
                        "Region, Mfoundi Division, Yaoundé 3rd District Council. Civil Status "
                        "Centre of Yaoundé 3rd.",
                    ),
                    ("Certificate", "BIRTH CERTIFICATE No. 1247/85"),
                    ("Surname of the child", "MBARGA OWONA"),
                    ("Given names", "Hervé Landry"),
                    ("Born on", "July 3, 1985"),
                    ("At", "Yaoundé, Central Hospital (Yaoundé 3rd)"),
                    ("Sex", "Male"),
                    (
                        "Son of",
                        "JEAN-PIERRE OWONA MBARGA, born November 2, 1952 at "
                        "Mbalmayo, residing in Yaoundé, teacher",
                    ),
                    (
                        "And of",
                        "THÉRÈSE NGO BIYONG, born May 19, 1958 at Éséka, residing "
                        "in Yaoundé, homemaker",
                    ),
                    (
                        "Drawn up",
                        "July 12, 1985, on the declaration of Mr. Jean-Pierre Owona "
                        "Mbarga, father of the child, by Emmanuel Abessolo Ndong, Civil Status "
                        "Officer, assisted by Pauline Mengue, Civil Status Secretary.",
                    ),
                    ("Stamp", "Certified true copy, Yaoundé, 04/05/2026 [seal]"),
                ],
                translator="Armand Kamdem Fotso",
                address=[],
                phone="",
                signed=D(2026, 9, 20),
                complete=False,
            ),
            "scans/acte translation.pdf",
            seed + 5,
        ),
        capture.scan(
            doc.doctor_letter(
                (
                    "Buckeye Neurology Associates",
                    [
                        "Multiple Sclerosis Center",
                        "3545 Olentangy River Road, Suite 410",
                        "Columbus, OH 43214  ·  (614) 555-0127",
                    ],
                    (30, 60, 120),
                    "cross",
                ),
                christelle,
                herve,
                dated=D(2026, 10, 14),
                body=[
                    "I am the treating neurologist of Mrs. Christelle Aimée Ndzana, whom I "
                    "have followed at our center since March 2021, when she was diagnosed "
                    "with relapsing-remitting multiple sclerosis (ICD-10 G35).",
                    "Despite disease-modifying treatment, she has had three relapses, the "
                    "latest in June 2026, and now has weakness of both legs, severe fatigue "
                    "and poor balance. She walks with a cane at home and uses a wheelchair "
                    "outside. She cannot drive and needs help with bathing, dressing and "
                    "getting to her infusions every six months.",
                    "Her husband, Hervé Landry Mbarga Owona, is her primary caregiver. He "
                    "brings her to every appointment, manages her medications and cares for "
                    "their son. His absence would put her health and safety at serious risk.",
                ],
                signer="Margaret L. Oyelowo, MD",
                title=["Neurologist, Board Certified", "Ohio License 35.118204"],
            ),
            "scans/dr letter christelle.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                doc.police_report(
                    herve,
                    agency="Columbus Division of Police",
                    agency_lines=[
                        "Records Management Unit",
                        "120 Marconi Boulevard, Columbus, Ohio 43215",
                    ],
                    report_no="230011874",
                    occurred=dt.datetime(2023, 2, 11, 21, 40),
                    location="1900 block of Parsons Avenue, Columbus, OH 43207",
                    offense="Aggravated Robbery ORC 2911.01; Felonious Assault ORC 2903.11",
                    victim_address=f"{street}, {city}",
                    narrative="Victim states he was delivering a food order when two males "
                    "approached his vehicle. Suspect 1 displayed a black handgun and demanded "
                    "his phone and cash. When the victim stepped back, suspect 1 struck him "
                    "in the face with the handgun and fired one round, which struck the "
                    "vehicle door. Suspects fled north on foot. Victim was treated by CFD "
                    "Medic 14 for a laceration above the left eye. Victim gave a statement "
                    "and agreed to view a photo array.",
                    officer="P.O. Kyle D. Brannigan",
                    badge="2871",
                    approved="Sgt. L. Okonjo-Hart #1190",
                ),
                doc.i918b(
                    herve,
                    a_number=a_number,
                    agency="Columbus Division of Police",
                    agency_address="120 Marconi Blvd., Columbus, OH 43215",
                    official="Cmdr. Renata S. Villalobos",
                    title="Commander, Investigative Subdivision",
                    case_no="230011874",
                    crime_date=D(2023, 2, 11),
                    statute="ORC 2903.11 (Felonious Assault); ORC 2911.01",
                    description="On 02/11/2023 the victim was robbed at gunpoint while making "
                    "a delivery, struck with the firearm and shot at. He reported the crime "
                    "at once, identified a suspect from a photo array on 03/02/2023 and "
                    "testified before the grand jury.",
                    signed=D(2024, 5, 17),
                ),
            ],
            "scans/police and cert.pdf",
            seed + 7,
        ),
        capture.copier(
            [
                doc.w2(
                    herve,
                    year,
                    ssn4="5082",
                    street=street,
                    city=city,
                    employer=employer,
                    employer_address=address,
                    ein=ein,
                    wages=wages,
                    withheld=withheld,
                    state="OH",
                    state_id=state_id,
                    state_tax=round(wages * 0.021, 2),
                    control=f"{year}-{seed % 1000}{year % 100}",
                )
                for year, employer, address, ein, wages, withheld, state_id in [
                    (
                        2024,
                        "Scioto Valley Distribution Inc",
                        ("4400 Alum Creek Dr", "Obetz, OH 43207"),
                        "31-1877402",
                        41280.55,
                        2310.0,
                        "52-184470",
                    ),
                    (
                        2025,
                        "Scioto Valley Distribution Inc",
                        ("4400 Alum Creek Dr", "Obetz, OH 43207"),
                        "31-1877402",
                        44912.10,
                        2604.0,
                        "52-184470",
                    ),
                ]
            ],
            "scans/w2s.pdf",
            seed + 8,
        ),
        capture.scan(
            doc.letter(
                (
                    "Scioto Valley Distribution Inc.",
                    [
                        "4400 Alum Creek Drive, Obetz, Ohio 43207",
                        "Human Resources  ·  (614) 555-0110",
                    ],
                    (20, 90, 60),
                    "leaf",
                ),
                herve,
                dated=D(2026, 10, 30),
                body=[
                    "This letter confirms that Hervé Landry Mbarga Owona has been employed "
                    "by Scioto Valley Distribution Inc. since April 8, 2019. He works full "
                    "time, 40 hours a week, as a forklift operator and lead associate on our "
                    "second shift, at an hourly rate of $21.60.",
                    "Mr. Mbarga Owona is a dependable employee who trains new associates. "
                    "When his wife's illness required it, we arranged his schedule so he "
                    "could attend her medical appointments; he has never missed a shift "
                    "without notice. His position remains available to him.",
                ],
                signer="Dana K. Lutterbein",
                title=["Human Resources Manager"],
                type="employment_letter",
                equity="employment_and_taxes",
                label="employer_letter",
            ),
            "scans/employment letter.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.letter(
                head_church,
                herve,
                dated=D(2026, 11, 2),
                body=[
                    "I write as pastor of the French-speaking Evangelical Church of Columbus "
                    "to support Mr. Hervé Landry Mbarga Owona, who has been a member of our "
                    "congregation since the summer of 2018.",
                    "Hervé leads our men's fellowship and drives members without cars to "
                    "Sunday service. After his wife fell ill, our members saw how he carries "
                    "his family: he works nights, brings her to her treatments and still "
                    "teaches Sunday school to the children, among them his son Ethan.",
                    "He is a man of peace and of his word. Our church asks that he be allowed "
                    "to stay with his wife and son.",
                ],
                signer="Rev. Samuel Ebongue Tchoua",
                title=["Senior Pastor"],
                type="letter_of_support",
                equity="community_ties",
                label="pastor_letter",
            ),
            "scans/church letter.pdf",
            seed + 10,
        ),
        capture.scan(
            doc.g28(
                herve,
                a_number=a_number,
                rep=rep,
                client_address=(street, city),
                signed=D(2026, 11, 4),
            ),
            "scans/g-28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": herve.name,
            "a_number": a_number,
            "date_of_birth": herve.born,
            "country": "Cameroon",
            "entered_us": D(2016, 10, 2),
            "address": [street, city],
        },
        "proceedings": _proceedings("Cleveland, OH", "Cleveland", D(2027, 3, 30)),
        "request": {"type": "dismissal"},
        "representative": _representative(rep),
        "claims": {
            "children": [{"name": ethan.name, "date_of_birth": ethan.born, "status": "usc"}],
            "caretaker": {
                "person": christelle.name,
                "condition": "relapsing-remitting multiple sclerosis",
            },
            "crime_victim": {"kind": "other"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2027, 1, 8), "served_by": rep["name"]},
    }
    findings = [
        # The translator signed but stated no competence and gave no address or date.
        {"code": "incomplete-translation-certificate", "file": "scans/acte translation.pdf"},
    ]
    return CasePlan(
        "nkwenti",
        "blind5",
        case,
        placed,
        findings,
        _office_allowed(),
        notes="true finding: the acte's translation certificate lacks what ICPM 3.3(a) asks",
    )


# ---------------------------------------------------------------- 3. Omaha, Nebraska


def ajanel() -> CasePlan:
    """A Guatemalan mother of two in Omaha with type 2 diabetes and a 2018 DUI she completed
    probation for: her RENAP certificate with its translation, one Nebraska birth certificate
    photographed and one in a copier stack with a report card and a school letter, her
    diabetes visit note photographed page by page, and a neighbour's handwritten letter in
    Spanish that nobody has translated yet (a true finding)."""
    irma = Person("Irma Yolanda", "Tzoc Ajanel", D(1983, 10, 11), "F", "Totonicapán, Guatemala")
    mynor = Person("Mynor Estuardo", "López Chaj", D(1980, 1, 30), "M", "Guatemala")
    jonathan = Person("Jonathan Alexander", "López Tzoc", D(2010, 3, 2), "M", "Omaha")
    dulce = Person("Dulce María", "López Tzoc", D(2015, 12, 19), "F", "Omaha")
    rep = _rep(
        "Lucía Fernanda Brandt",
        "Heartland Immigrant Legal Clinic",
        ["2401 S. 24th Street", "Omaha, NE 68108"],
        "402-555-0162",
        "lbrandt@hilc.example",
        "NE310877",
        ("Nebraska", "27714"),
    )
    street, city = "4619 S. 26th Street", "Omaha, NE 68107"
    a_number = "A203-664-118"
    seed = 5300
    birth: dict[str, Any] = {
        "facility": "METHODIST WOMEN'S HOSPITAL",
        "town": "Omaha",
        "county": "Douglas",
        "residence": (street, "Omaha", "68107"),
        "registrar": "Gerald F. Ostermann",
    }
    school: doc.Head = (
        "Omaha South High Magnet School",
        ["Omaha Public Schools", "4519 S. 24th Street, Omaha, NE 68107  ·  (402) 555-0177"],
        (120, 20, 40),
        "star",
    )
    placed = [
        capture.card_photo(
            doc.passport(
                "GTM",
                irma,
                number="343817265",
                issued=D(2024, 2, 26),
                expiry=D(2029, 2, 25),
                place="Totonicapán",
                seed=seed + 1,
            ),
            "scans/pasaporte.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.renap_certificado(
                irma,
                "Santos Tzoc Batz",
                "Juana Ajanel Xiloj",
                municipio="Totonicapán",
                departamento="Totonicapán",
                cui="2418 77063 0801",
                libro="112",
                folio="45",
                partida="1890",
                registered=D(1983, 10, 24),
                issued=D(2026, 7, 13),
                registrar="Licda. Carmen Lucrecia Sic Tacam",
                seed=seed + 2,
            ),
            "scans/certificado renap.pdf",
            seed + 2,
        ),
        capture.scan(
            doc.translation(
                "Birth Certificate issued by RENAP (Certificado de Nacimiento)",
                "Spanish",
                irma,
                [
                    (
                        "Issued by",
                        "National Registry of Persons (RENAP), Republic of "
                        "Guatemala, Civil Registry of Persons",
                    ),
                    (
                        "Certification",
                        "The undersigned Civil Registrar of Persons CERTIFIES "
                        "that the following birth is registered in the Civil Registry of the "
                        "municipality of Totonicapán, department of Totonicapán:",
                    ),
                    ("Unique Identification Code", "2418 77063 0801"),
                    ("Name", "IRMA YOLANDA TZOC AJANEL"),
                    ("Sex", "Female"),
                    ("Date of birth", "October 11, 1983"),
                    ("Place of birth", "Totonicapán, Totonicapán"),
                    ("Mother", "JUANA AJANEL XILOJ, Guatemalan"),
                    ("Father", "SANTOS TZOC BATZ, Guatemalan"),
                    ("Book / Folio / Entry", "112 / 45 / 1890"),
                    ("Date of registration", "24/10/1983"),
                    (
                        "Issued",
                        "Guatemala City, July 13, 2026. [signature] Carmen Lucrecia "
                        "Sic Tacam, Civil Registrar of Persons. [seal of RENAP]",
                    ),
                ],
                translator="Rafael Antonio Quintanilla",
                address=["5522 Leavenworth Street", "Omaha, NE 68106"],
                phone="402-555-0145",
                signed=D(2026, 8, 3),
            ),
            "scans/renap translation.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.us_birth(
                "NE",
                jonathan,
                irma,
                mynor,
                file_number="2010-004718",
                filed=D(2010, 3, 15),
                issued=D(2023, 11, 20),
                certifier="HEATHER O. LINDQVIST, M.D.",
                seed=seed + 4,
                **birth,
            ),
            "scans/IMG_0871.jpg",
            seed + 4,
        ),
        capture.copier(
            [
                doc.us_birth(
                    "NE",
                    dulce,
                    irma,
                    mynor,
                    file_number="2015-038825",
                    filed=D(2016, 1, 4),
                    issued=D(2023, 11, 20),
                    certifier="DARNELL P. WHITAKER, M.D.",
                    seed=seed + 5,
                    **birth,
                ),
                doc.report_card(
                    dulce,
                    district="Omaha Public Schools",
                    school="Gomez Heritage Elementary School",
                    address="5101 S. 17th Street, Omaha, NE 68107",
                    year=2025,
                    grade="5",
                    teacher="Mrs. Katherine Szymanski",
                    absences=2,
                    marks=[
                        ("Reading: comprehension of grade-level text", "3", "3", "4"),
                        ("Writing: opinion and informative writing", "3", "3", "3"),
                        ("Mathematics: fractions and decimals", "2", "3", "3"),
                        ("Science", "3", "4", "4"),
                        ("Social Studies", "3", "3", "3"),
                        ("English Language Development", "3", "4", "4"),
                        ("Work habits: completes work on time", "4", "4", "4"),
                    ],
                    comment="Dulce is a kind and hard-working student who helps classmates "
                    "who are new to English. Her math has grown a great deal since the fall. "
                    "She was chosen as student council representative for our class.",
                ),
                doc.school_letter(
                    school,
                    jonathan,
                    irma,
                    dated=D(2026, 10, 27),
                    body=[
                        "This letter confirms that Jonathan Alexander López Tzoc is enrolled "
                        "at Omaha South High Magnet School as an eleventh-grade student for "
                        "the 2026-2027 school year. He has attended Omaha Public Schools "
                        "continuously since kindergarten in August 2015.",
                        "Jonathan's attendance rate for the 2025-2026 school year was 97 "
                        "percent, with no unexcused absences. He is in the school's "
                        "engineering academy, plays in the marching band and holds a "
                        "cumulative grade point average of 3.6.",
                    ],
                    signer="Rosalind M. Achterberg",
                    title=["Attendance Secretary and Registrar"],
                ),
            ],
            "scans/school and birth.pdf",
            seed + 6,
        ),
        capture.desk(
            doc.clinic_visit(
                irma,
                clinic="South Omaha Family Health Center",
                clinic_lines=[
                    "A community health center",
                    "2929 Q Street, Omaha, NE 68107",
                    "Tel (402) 555-0133  ·  Se habla español",
                ],
                colour=(150, 60, 20),
                mrn="SOF-221904",
                visit=D(2026, 8, 18),
                provider="Bernardo Icaza Whitmore, MD",
                guardian="self",
                problems=[
                    "E11.65  Type 2 diabetes mellitus with hyperglycemia (diagnosed 2019)",
                    "E11.42  Type 2 diabetes with diabetic polyneuropathy",
                    "I10  Essential hypertension",
                ],
                medications=[
                    "Metformin ER 1000 mg, two tablets daily with supper",
                    "Insulin glargine 100 units/mL, 24 units at bedtime",
                    "Lisinopril 10 mg daily",
                    "Gabapentin 300 mg at bedtime",
                ],
                labs=[
                    ["Test", "05/12/2026", "08/11/2026", "Goal"],
                    ["Hemoglobin A1c", "9.4 %", "8.6 %", "< 7.0 %"],
                    ["Fasting glucose", "212 mg/dL", "176 mg/dL", "80-130"],
                    ["Creatinine", "0.8 mg/dL", "0.8 mg/dL", ""],
                    ["Urine albumin/creatinine", "41 mg/g", "38 mg/g", "< 30"],
                ],
                assessment="Type 2 diabetes, improving but not at goal on metformin and "
                "basal insulin; numbness and burning of both feet consistent with diabetic "
                "neuropathy. Early kidney involvement (microalbuminuria). Needs regular "
                "monitoring, insulin and supplies every month.",
                plan=[
                    "Increase insulin glargine to 26 units; check fasting sugars daily.",
                    "Diabetes education visit and nutrition class in Spanish.",
                    "Podiatry and diabetic eye exam referrals placed.",
                    "Return in 3 months with labs.",
                ],
                two_pages=True,
                label="diabetes_visit_note",
            ),
            ["scans/IMG_0880.jpg", "scans/IMG_0881.jpg"],
            seed + 7,
        ),
        capture.scan(
            doc.dui_judgment(
                irma,
                court="County Court",
                county="Douglas",
                case_no="CR 18-14471",
                arrested=D(2018, 6, 30),
                sentenced=D(2018, 10, 9),
                discharged=D(2019, 4, 12),
                judge="Hon. Martin J. Rasmussen",
                clerk="Deputy Clerk B. Haskins",
            ),
            "scans/court papers dui.pdf",
            seed + 8,
        ),
        capture.desk(
            doc.handwritten_note(
                irma,
                dated=D(2026, 10, 5),
                body=[
                    "Yo, Guadalupe Ramírez Soto, vivo al lado de la familia de Irma desde "
                    "hace nueve años en la calle 26 Sur. La conozco como una buena vecina y "
                    "una madre muy dedicada a sus hijos Jonathan y Dulce.",
                    "Cuando mi esposo estuvo en el hospital, Irma cuidó a mis nietos y nos "
                    "traía comida todos los días. Ella ayuda en la parroquia y en la escuela "
                    "de sus hijos. Pido que le den la oportunidad de quedarse con su familia.",
                ],
                signer="Guadalupe Ramírez Soto",
                lines=["4623 S. 26th St., Omaha", "Tel. 402-555-0190"],
            ),
            "scans/IMG_0885.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.g28(
                irma,
                a_number=a_number,
                rep=rep,
                client_address=(street, city),
                signed=D(2026, 11, 16),
            ),
            "scans/g28 form.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": irma.name,
            "a_number": a_number,
            "date_of_birth": irma.born,
            "country": "Guatemala",
            "entered_us": D(2008, 5, 22),
            "address": [street, city],
        },
        "proceedings": _proceedings("Omaha, NE", "Omaha", D(2027, 2, 23)),
        "request": {
            "type": "dismissal",
            "narrative": "Ms. Tzoc Ajanel was convicted in 2018 of driving under the "
            "influence, a first offense. She completed her alcohol evaluation, the victim "
            "impact panel and six months of probation and was discharged early in 2019; she "
            "has had no arrest or citation since.",
        },
        "representative": _representative(rep),
        "claims": {
            "children": [
                {"name": jonathan.name, "date_of_birth": jonathan.born, "status": "usc"},
                {"name": dulce.name, "date_of_birth": dulce.born, "status": "usc"},
            ],
            "medical": {"person": "self", "condition": "type 2 diabetes with neuropathy"},
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2027, 1, 15), "served_by": rep["name"]},
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "DUI, first offense",
                "date": D(2018, 10, 9),
                "disposition": "no contest plea; six months probation, discharged 2019",
            }
        ],
    }
    findings = [
        # The neighbour's letter is in Spanish and nobody has translated it.
        {"code": "untranslated-document", "file": "scans/IMG_0885.jpg"},
    ]
    return CasePlan(
        "ajanel",
        "blind5",
        case,
        placed,
        findings,
        _office_allowed(),
        notes="true finding: the neighbour's Spanish letter is untranslated",
    )


# ---------------------------------------------------------------- 4. Charlotte, North Carolina


def blackwood() -> CasePlan:
    """A Jamaican father in Charlotte renewing a request OPLA declined in 2025, now the
    caregiver of his mother after her stroke: an English-language RGD birth certificate, a
    North Carolina birth certificate and a light bill photographed on the desk, the denial and
    a hearing notice in one stack, a 1099-NEC and a two-page return transcript in another."""
    andre = Person("Andre Fitzroy", "Blackwood", D(1979, 12, 2), "M", "Spanish Town, Jamaica")
    hyacinth = Person("Hyacinth Merle", "Blackwood", D(1951, 4, 17), "F", "Jamaica")
    jaylen = Person("Jaylen Andre", "Blackwood", D(2012, 7, 26), "M", "Charlotte")
    tanisha = Person("Tanisha Renee", "Gordon", D(1984, 8, 9), "F", "North Carolina")
    rep = _rep(
        "Danielle M. Prescott",
        "Queen City Immigration Legal Partners",
        ["1401 W. Morehead Street, Suite 210", "Charlotte, NC 28208"],
        "704-555-0126",
        "dprescott@qcilp.example",
        "NC559032",
        ("North Carolina", "48213"),
    )
    street, city = "5817 Harrisburg Road, Apt. 3", "Charlotte, NC 28215"
    a_number = "A096-402-771"
    seed = 5400
    placed = [
        capture.card_photo(
            doc.passport(
                "JAM",
                andre,
                number="A3018847",
                issued=D(2023, 9, 5),
                expiry=D(2033, 9, 4),
                place="Spanish Town",
                seed=seed + 1,
            ),
            "scans/jamaica passport.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.jamaica_rgd(
                andre,
                "Winston Earl Blackwood",
                "Hyacinth Merle Blackwood née Campbell",
                district="Spanish Town",
                parish="St. Catherine",
                entry="4418",
                registered=D(1979, 12, 20),
                issued=D(2024, 6, 11),
                seed=seed + 2,
            ),
            "scans/birth cert jamaica.jpg",
            seed + 2,
        ),
        capture.desk(
            doc.us_birth(
                "NC",
                jaylen,
                tanisha,
                andre,
                facility="NOVANT HEALTH PRESBYTERIAN MEDICAL CENTER",
                town="Charlotte",
                county="Mecklenburg",
                residence=("5817 Harrisburg Road, Apt. 3", "Charlotte", "28215"),
                file_number="2012-060-31884",
                filed=D(2012, 8, 7),
                issued=D(2025, 12, 1),
                registrar="Celestine W. Abernethy",
                certifier="OLUWASEUN ADEYEMI-PRICE, M.D.",
                seed=seed + 3,
            ),
            "scans/PXL_20261103_141522.jpg",
            seed + 3,
        ),
        capture.scan(
            doc.doctor_letter(
                (
                    "Piedmont Internal Medicine & Geriatrics",
                    [
                        "7020 E. W.T. Harris Blvd., Suite 200",
                        "Charlotte, NC 28215",
                        "Phone (704) 555-0158  ·  Fax (704) 555-0159",
                    ],
                    (0, 90, 110),
                    "cross",
                ),
                hyacinth,
                andre,
                dated=D(2026, 10, 21),
                body=[
                    "Mrs. Hyacinth Merle Blackwood has been my patient since she came to live "
                    "with her son in Charlotte in August 2025. In July 2025 she suffered an "
                    "ischemic stroke (ICD-10 I63.9) that left her with weakness of the left "
                    "arm and leg and difficulty speaking; she also has type 2 diabetes and "
                    "atrial fibrillation treated with a blood thinner.",
                    "She cannot live alone. She needs help to get out of bed, to bathe and "
                    "dress, to take eleven daily medications correctly and to reach physical "
                    "and speech therapy three times a week.",
                    "Her son, Andre Fitzroy Blackwood, is her primary and only caregiver in "
                    "this country. He has arranged his work around her care and comes to "
                    "every visit. Without him she would need placement in a nursing facility.",
                ],
                signer="Chiamaka N. Okafor, MD",
                title=["Internal Medicine and Geriatrics", "NC License 2014-01873"],
            ),
            "scans/dr okafor letter.pdf",
            seed + 4,
        ),
        capture.copier(
            [
                doc.pd_denial(
                    andre,
                    a_number="096-402-771",
                    dated=D(2025, 4, 15),
                    requested=D(2025, 1, 21),
                    office=["5701 Executive Center Drive, Suite 300", "Charlotte, NC 28212"],
                    rep=rep["name"],
                    rep_lines=[rep["organization"], *rep["address"]],
                    signer="Whitney A. Garrison",
                ),
                doc.hearing_notice(
                    andre,
                    a_number="096-402-771",
                    court_address=["5701 Executive Center Drive, Suite 400", "Charlotte, NC 28212"],
                    hearing=dt.datetime(2027, 5, 11, 9, 0),
                    judge="Harold T. Beckwith",
                    mailed=D(2026, 9, 29),
                    street=street,
                    city=city,
                ),
            ],
            "scans/ice and court letters.pdf",
            seed + 5,
        ),
        capture.copier(
            [
                doc.nec1099(
                    andre,
                    2025,
                    tin4="3318",
                    street=street,
                    city=city,
                    payer="Carolina Last Mile Couriers LLC",
                    payer_address=("2200 Westinghouse Blvd", "Charlotte, NC 28273"),
                    payer_tin="56-2290417",
                    amount=38210.0,
                ),
                doc.return_transcript(
                    andre,
                    2025,
                    ssn4="3318",
                    street="5817 Harrisburg Road Apt 3",
                    zip_code="CHARLOTTE, NC 28215-3102",
                    status="Head of Household",
                    requested=D(2026, 10, 28),
                    business=38210.0,
                    wages=0.0,
                    tax=1268.0,
                    refund=1816.0,
                    two_pages=True,
                    dependent="BLAC",
                ),
            ],
            "scans/taxes 2025.pdf",
            seed + 6,
        ),
        capture.desk(
            doc.utility_bill(
                andre,
                company="Catawba Power & Light",
                company_lines=[
                    "PO Box 71140, Charlotte, NC 28272",
                    "catawbapower.example  ·  1-800-555-0166",
                ],
                colour=(0, 84, 140),
                account="9102 4471 8830",
                street=street,
                city=city,
                period=(D(2026, 9, 18), D(2026, 10, 17)),
                billed=D(2026, 10, 20),
                kwh=[880, 910, 1150, 1320, 1410, 1260, 1040, 930],
                amount=148.62,
            ),
            "scans/PXL_20261103_142010.jpg",
            seed + 7,
        ),
        capture.scan(
            doc.rent_receipts(
                andre,
                landlord="Marcus D. Ellerbe",
                address=street,
                rent=1275,
                months=[D(2026, 8, 1), D(2026, 9, 1), D(2026, 10, 1)],
                first_number=318,
            ),
            "scans/rent receipts.pdf",
            seed + 8,
        ),
        capture.scan(
            doc.letter(
                (
                    "Eastway Eagles Youth Football & Cheer",
                    [
                        "A volunteer league for ages 6 to 14",
                        "3240 Eastway Drive, Charlotte, NC 28205",
                    ],
                    (100, 40, 130),
                    "star",
                ),
                andre,
                dated=D(2026, 11, 9),
                body=[
                    "I am the head coach of the Eastway Eagles 14U team and have coached in "
                    "this league for twelve years. I have known Andre Blackwood since 2019, "
                    "when his son Jaylen joined our 8U team.",
                    "Andre has been one of our volunteer assistant coaches for five seasons. "
                    "He runs the Tuesday and Thursday practices, drives players home when "
                    "their parents work late and passed the league's background check and "
                    "concussion training every year. The boys call him Coach Dre.",
                    "Last year, when his mother came to live with him after her stroke, he "
                    "still made nearly every practice. He is the kind of man our young people "
                    "need to see. I ask you to let him stay with his son and his mother.",
                ],
                signer="Reginald T. Huntley",
                title=[
                    "Head Coach, 14U",
                    "Eastway Eagles Youth Football & Cheer",
                    "(704) 555-0137",
                ],
                type="letter_of_support",
                equity="community_ties",
                label="coach_letter",
            ),
            "scans/coach letter.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.g28(
                andre,
                a_number=a_number,
                rep=rep,
                client_address=(street, city),
                signed=D(2026, 11, 12),
            ),
            "scans/G-28 blackwood.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": andre.name,
            "a_number": a_number,
            "date_of_birth": andre.born,
            "country": "Jamaica",
            "entered_us": D(2009, 6, 14),
            "address": [street, city],
        },
        "proceedings": _proceedings("Charlotte, NC", "Charlotte", D(2027, 5, 11)),
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 4, 15),
                "outcome": "denied",
                "changes": "Since the denial, Mr. Blackwood's mother suffered a stroke and "
                "moved in with him; he is now her only caregiver.",
            },
        },
        "representative": _representative(rep),
        "claims": {
            "children": [{"name": jaylen.name, "date_of_birth": jaylen.born, "status": "usc"}],
            "caretaker": {
                "person": hyacinth.name,
                "condition": "left-sided weakness after an ischemic stroke",
            },
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2027, 1, 19), "served_by": rep["name"]},
    }
    allowed = [
        *_office_allowed(),
        # DESIGN.md: a renewal whose new evidence postdates the denial may get an info note.
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        # The denial and the hearing notice prove no equity: a correct build may leave them
        # `other`.
        {"code": "unclassified-document", "file": "scans/ice and court letters.pdf"},
    ]
    return CasePlan(
        "blackwood",
        "blind5",
        case,
        placed,
        allowed=allowed,
        notes="no deliberate gap; a renewal whose new evidence postdates the 2025 denial",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "guaman": guaman,
    "nkwenti": nkwenti,
    "ajanel": ajanel,
    "blackwood": blackwood,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
