"""The ninth blind corpus: four invented families, each a case folder of the evidence a
legal-aid office really receives (phone photos on a desk, cards in a landscape frame a quarter
turn off, copier stacks of two to four documents, a lease photographed page by page, bilingual
passports, records in Spanish and Portuguese), a case.yaml whose claims the documents bear out,
and the truth it is scored against. Written from plain descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind9.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind9 import documents as doc
from tests.realistic import capture
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    drawn,
    up,
    write_from_command_line,
    write_plans,
)

D = dt.date

# Every paper is dated on or before this day and the claimed residence is covered up to it.
# After late 2027 the newest evidence is more than a year old; move the dates on then.
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


def _passport_paper(label: str, person: Person, language: Any, seed: int, **kw: Any):
    sheets, zone = doc.passport(person=person, seed=seed, **kw)
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


def _about_either(paper: Paper, other: Person) -> Paper:
    """A paper a paralegal could file under either person (a teacher writing of a child and
    of the mother who raises him)."""
    assert isinstance(paper.about, str)
    paper.about = (paper.about, other.name)
    return paper


# ---------------------------------------------------------------- 1. Milwaukee, Wisconsin


def kollie() -> CasePlan:
    """A Liberian mother in Milwaukee caring for her son with sickle cell disease: a passport a
    quarter turn off, a work permit front and back, an English-language Liberian birth
    certificate, two boxed Wisconsin birth certificates, two W-2s in one copier PDF, a
    landlord's folded letter, a hematologist's letter, a pastor's letter, a gas and power bill."""
    comfort = Person("Comfort Yatta", "Kollie", D(1988, 4, 19), "F", "Gbarnga, Bong County")
    josiah = Person("Josiah Kpakolo", "Kollie", D(2016, 8, 5), "M", "Milwaukee")
    precious = Person("Precious Wonyene", "Kollie", D(2020, 2, 11), "F", "Milwaukee")
    father = "Samuel Flomo Kollie"
    partner = "Augustine Tarnue Sayeh"
    rep = _rep(
        "Rebecca Lindqvist-Amadi",
        "Cream City Immigrant Legal Services",
        ["2617 W. Lincoln Avenue, Suite 3", "Milwaukee, WI 53215"],
        "414-555-0172",
        "rlindqvist@ccils.example",
        "WM483920",
    )
    street, city = "3318 N. 38th Street, Lower", "Milwaukee, WI 53216"
    seed = 9100

    def wisconsin(child: Person, hospital: str, file_no: str, registered: dt.date, n: int):
        rows = [
            (
                0.45,
                [
                    (3, "1. CHILD'S NAME (First, Middle, Last)", up(child.name)),
                    (1, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                ],
            ),
            (
                0.45,
                [
                    (1, "3. DATE OF BIRTH", doc.us(child.born)),
                    (1, "4. TIME", "04:12 AM" if n == 1 else "11:48 PM"),
                    (2, "5. COUNTY OF BIRTH", "MILWAUKEE"),
                ],
            ),
            (
                0.45,
                [
                    (2, "6. PLACE OF BIRTH (Facility)", hospital.upper()),
                    (1, "7. CITY", "MILWAUKEE"),
                ],
            ),
            (
                0.45,
                [
                    (3, "8. MOTHER'S CURRENT LEGAL NAME", up(comfort.name)),
                    (1, "9. DATE OF BIRTH", doc.us(comfort.born)),
                ],
            ),
            (
                0.45,
                [
                    (3, "10. MOTHER'S BIRTHPLACE", "LIBERIA"),
                    (1, "11. RESIDENCE STATE", "WISCONSIN"),
                ],
            ),
            (0.45, [(3, "12. FATHER'S NAME", up(partner)), (1, "13. BIRTHPLACE", "LIBERIA")]),
            (
                0.45,
                [
                    (2, "14. DATE FILED", doc.us(registered)),
                    (2, "15. CERTIFIER", "CNM, ATTENDING MIDWIFE"),
                ],
            ),
        ]
        sheets = doc.state_birth(
            state="Wisconsin",
            office=[
                "Department of Health Services",
                "Division of Public Health",
                "State Vital Records Office",
            ],
            title="CERTIFICATE OF BIRTH",
            rows=rows,
            registrar="Harold J. Vennema",
            issued=D(2025, 6, 3),
            number=file_no,
            seed=seed + n,
            face="gothic-bold",
            tint=(214, 206, 226),
        )
        return drawn("wisconsin_birth", sheets, "birth_certificate", child, "us_family")

    liberia = doc.register_extract(
        heads=[
            "REPUBLIC OF LIBERIA",
            "MINISTRY OF HEALTH",
            "Bureau of Vital Statistics · Monrovia",
        ],
        title="CERTIFICATE OF BIRTH",
        entries=[
            ("Registration No.:", "BG/0412/88"),
            ("Name of Child:", comfort.name),
            ("Sex:", "Female"),
            ("Date of Birth:", "19th April, 1988"),
            ("Place of Birth:", "Phebe Hospital, Gbarnga, Bong County"),
            ("Name of Father:", father),
            ("Nationality of Father:", "Liberian"),
            ("Name of Mother:", "Musu Garmai Kollie"),
            ("Nationality of Mother:", "Liberian"),
            ("Date of Registration:", "2nd May, 1988"),
        ],
        closing=[
            "I hereby certify that the above is a true extract from the Register of Births "
            "kept at this office. Issued at Monrovia this 14th day of January, 2014."
        ],
        signer="Josephine K. Wesseh",
        stamp=["BUREAU OF VITAL STATISTICS", "REGISTRAR GENERAL", "MONROVIA"],
        seed=seed + 3,
    )
    w2s = [
        drawn(
            "w2",
            doc.w2(
                year=year,
                person=comfort,
                ssn4="4408",
                address=(street, city),
                employer=employer,
                employer_address=eaddr,
                ein=ein,
                wages=wages,
                fed=fed,
                state="WI",
                state_tax=wages * 0.035,
            ),
            "tax_record",
            comfort,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )
        for year, employer, eaddr, ein, wages, fed in [
            (
                2024,
                "Brewline Home Care Services LLC",
                ("5402 W. Burleigh Street", "Milwaukee, WI 53210"),
                "39-2287145",
                31844.60,
                1402.00,
            ),
            (
                2025,
                "Brewline Home Care Services LLC",
                ("5402 W. Burleigh Street", "Milwaukee, WI 53210"),
                "39-2287145",
                34912.15,
                1688.00,
            ),
        ]
    ]
    ead = doc.id_card(
        top=["UNITED STATES OF AMERICA", "EMPLOYMENT AUTHORIZATION"],
        fields=[
            ("Surname", up(comfort.surname)),
            ("Given Name", up(comfort.given)),
            ("USCIS#", "208-417-553"),
            ("Category", "C08"),
            ("Card#", "IOE0918844721"),
            ("Country of Birth", "Liberia"),
            ("Date of Birth", comfort.born.strftime("%d %b %Y").upper()),
            ("Valid From / Card Expires", "06/18/2025    06/17/2030"),
        ],
        seed=seed + 4,
        tint=((238, 226, 230), (214, 226, 240)),
        footer="NOT VALID FOR REENTRY TO U.S.",
        back=[
            "This card is evidence of employment authorization only.",
            "If found, please drop in any mailbox.",
            "Return to: USCIS, P.O. Box 648005, Lee's Summit, MO 64002",
        ],
    )
    landlord = doc.letter(
        (
            "Mwangi Rental Properties",
            ["P.O. Box 11452, Milwaukee, WI 53211", "(414) 555-0128"],
            (70, 70, 70),
            "house",
        ),
        D(2026, 10, 20),
        [
            f"This letter is to confirm that {comfort.name} has rented the lower flat at "
            "3318 N. 38th Street from me since July 1, 2014. She lives there with her two "
            "children, Josiah and Precious.",
            "Her rent is $975 a month and she has always paid it on time. She takes care of "
            "the unit and is well liked by the upstairs tenants. I would rent to her again "
            "without any hesitation.",
            "You may call me at the number above if you need anything further.",
        ],
        "Peter Mwangi",
        ["Owner"],
        fold=True,
    )
    hematology = doc.letter(
        (
            "Lakefront Children's Hospital",
            [
                "Comprehensive Sickle Cell Program · Hematology/Oncology Clinic",
                "8915 W. Connell Court, Milwaukee, WI 53226 · (414) 555-0196",
            ],
            (150, 30, 40),
            "cross",
        ),
        D(2026, 9, 29),
        [
            f"RE: {josiah.name}, DOB {doc.us(josiah.born)}",
            "Josiah has been followed in our clinic since infancy for sickle cell disease "
            "(hemoglobin SS, ICD-10 D57.1). He takes hydroxyurea and penicillin every day and "
            "receives transfusions when his hemoglobin falls. He was admitted to our hospital "
            "three times in the past year for pain crises and once for acute chest syndrome.",
            f"His mother, {comfort.name}, is his only caregiver. She gives his medicines, "
            "brings him to monthly clinic visits, watches for fever and takes him to the "
            "emergency department when he needs it. Separating Josiah from his mother would "
            "put his health at serious risk.",
        ],
        "Nkechi Obi-Halvorsen, MD",
        ["Attending Physician, Pediatric Hematology", "WI License 61774-20"],
        face="sans",
    )
    pastor = doc.letter(
        (
            "Greater Refuge Liberian Fellowship Church",
            ["4120 W. Villard Avenue, Milwaukee, WI 53209", "Sunday worship 10:30 a.m."],
            (40, 60, 110),
            "cross",
        ),
        D(2026, 11, 2),
        [
            f"I am the senior pastor of Greater Refuge and I have known Sister {comfort.name} "
            "since 2015, when she first came to worship with us.",
            "She sings in our choir, helps prepare the fellowship meal every first Sunday and "
            "visits our elderly members at home. During the hard winters she organized coats "
            "and boots for the newer families from West Africa.",
            "She is a faithful member of our church and a loving mother. We pray she is allowed "
            "to remain here with her children.",
        ],
        "Rev. Moses T. Dolo",
        ["Senior Pastor"],
        salutation="Dear Sir or Madam:",
        closing="In His service,",
    )
    bill = doc.statement(
        head=(
            "North Shore Energy",
            [
                "Gas & Electric Service · northshore-energy.example",
                "Customer service 1-800-555-0143",
            ],
            (0, 90, 140),
            "star",
        ),
        title="Your Energy Statement",
        meta=[
            ("Account number", "6620-1187-44"),
            ("Statement date", "10/16/2026"),
            ("Service period", "09/14/2026 - 10/13/2026"),
            ("Amount due", "$118.42"),
            ("Due date", "11/06/2026"),
        ],
        address=[up(comfort.name), "3318 N 38TH ST LOWER", "MILWAUKEE WI 53216-2207"],
        widths=[3.8, 1.5, 1.6],
        rows=[
            ["Description", "Usage", "Amount"],
            ["Previous balance", "", "$104.10"],
            ["Payment received 09/30 - thank you", "", "-$104.10"],
            ["Electric service", "412 kWh", "$71.90"],
            ["Natural gas service", "28 therms", "$39.31"],
            ["Taxes and fees", "", "$7.21"],
            ["Total amount due", "", "$118.42"],
        ],
        notes=[
            "Service address: 3318 N 38TH ST LOWER, MILWAUKEE WI. "
            "Energy assistance is available; call 211."
        ],
        align=["left", "right", "right"],
    )
    g28 = doc.g28(
        client=comfort,
        a_number="208-417-553",
        rep=rep,
        bar=("Wisconsin", "1098432"),
        client_address=(street, city),
        signed=D(2026, 11, 9),
    )
    placed = [
        capture.card_photo(
            _passport_paper(
                "liberia_passport",
                comfort,
                "en",
                seed + 5,
                country_name=["REPUBLIC OF LIBERIA", "PASSPORT"],
                code="LBR",
                number="PP0712984",
                issued=D(2023, 2, 14),
                expiry=D(2028, 2, 13),
                authority="MINISTRY OF FOREIGN AFFAIRS",
                nationality="LIBERIAN",
                labels=[
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
                tint=((230, 236, 246), (210, 220, 238)),
            ),
            "scans/IMG_20261104_091522.jpg",
            seed + 5,
            turn=90,
        ),
        capture.card_photo(
            drawn("work_permit", ead, "identity_document", comfort, "identity", is_card=True),
            ["scans/work permit front.jpg", "scans/work permit back.jpg"],
            seed + 6,
        ),
        capture.scan(
            drawn("liberia_birth", liberia, "birth_certificate", comfort, "identity"),
            "scans/my birth certificate.jpg",
            seed + 7,
            colour=True,
        ),
        capture.desk(
            wisconsin(josiah, "Lakefront Children's Hospital", "2016-0041187", D(2016, 8, 12), 1),
            "scans/IMG_4471.jpg",
            seed + 8,
        ),
        capture.scan(
            wisconsin(precious, "Aurora Sinai Medical Center", "2020-0009214", D(2020, 2, 19), 2),
            "scans/precious birth cert.pdf",
            seed + 9,
        ),
        capture.copier(w2s, "scans/scan_0041.pdf", seed + 10),
        capture.scan(
            drawn(
                "landlord_letter",
                landlord,
                "residence_record",
                comfort,
                "length_of_residence",
                proves=(D(2014, 7, 1), D(2026, 10, 20)),
            ),
            "scans/landlord letter.jpg",
            seed + 11,
        ),
        capture.scan(
            drawn("hematology_letter", hematology, "medical_record", josiah, "caretaker"),
            "scans/josiah doctor letter.pdf",
            seed + 12,
        ),
        capture.desk(
            drawn("pastor_letter", pastor, "letter_of_support", comfort, "community_ties"),
            "scans/IMG_4480.jpg",
            seed + 13,
        ),
        capture.scan(
            drawn(
                "energy_bill",
                bill,
                "residence_record",
                comfort,
                "length_of_residence",
                proves=(D(2026, 9, 14), D(2026, 10, 13)),
            ),
            "scans/energy bill oct.jpg",
            seed + 14,
            dpi=150,
        ),
        capture.scan(
            drawn("g28", g28, "g28", comfort, "other"), "scans/G28.pdf", seed + 15, dpi=150
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": comfort.name,
            "a_number": "A208-417-553",
            "date_of_birth": comfort.born,
            "country": "Liberia",
            "entered_us": D(2014, 6, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Chicago, IL",
            "next_hearing": D(2027, 5, 18),
            "hearing_type": "master",
            "opla_office": "Chicago",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2014, 6, 20),
            "children": [
                {"name": josiah.name, "date_of_birth": josiah.born, "status": "usc"},
                {"name": precious.name, "date_of_birth": precious.born, "status": "usc"},
            ],
            "caretaker": {"person": josiah.name, "condition": "sickle cell disease"},
            "community_ties": True,
        },
    }
    return CasePlan("kollie", "blind9", case, placed, notes="no deliberate finding")


# ---------------------------------------------------------------- 2. Little Rock, Arkansas


def benitez() -> CasePlan:
    """A Paraguayan father in Little Rock, robbed at gunpoint at the tire shop where he works
    and helpful to the police, with a disclosed 2018 DWI: a bilingual passport, a Paraguayan
    certificado de nacimiento with a translation whose certificate gives neither the
    translator's address nor a date, an Arkansas birth certificate, a copier PDF of the
    two-page police report and the two-page Supplement B, the court's disposition, a wage and
    income transcript, the employer's letter, a phone bill and rent receipts in one PDF, the
    letter of his daughter's soccer coach photographed on a desk."""
    derlis = Person(
        "Derlis Ramón", "Benítez Ayala", D(1985, 10, 2), "M", "Coronel Oviedo, Caaguazú"
    )
    luana = Person("Luana Belén", "Benítez Ortiz", D(2019, 5, 14), "F", "Little Rock")
    mother = "Nilda Graciela Ortiz Fretes"
    rep = _rep(
        "Jonah Whitfield-Baptiste",
        "Arkansas Justice for Immigrants Project",
        ["1100 N. University Avenue, Suite 214", "Little Rock, AR 72207"],
        "501-555-0119",
        "jwhitfield@ajip.example",
        "AR662017",
    )
    translator = _translator(
        "Graciela Insfrán Whitmore", ["6421 Baseline Road", "Little Rock, AR 72209"], "501-555-0164"
    )
    street, city = "7014 Geyer Springs Road, Apt. 12", "Little Rock, AR 72209"
    seed = 9200
    entries_es = [
        ("Acta N.º:", "1.204"),
        ("Tomo / Folio:", "III / 118"),
        ("Oficina:", "Registro Civil de Coronel Oviedo, Dpto. de Caaguazú"),
        ("Nombre del inscripto:", up(derlis.name)),
        ("Sexo:", "Masculino"),
        ("Fecha de nacimiento:", "dos de octubre de mil novecientos ochenta y cinco (02/10/1985)"),
        ("Lugar de nacimiento:", "Coronel Oviedo"),
        ("Padre:", "Ramón Benítez Cáceres, paraguayo"),
        ("Madre:", "Lidia Ayala de Benítez, paraguaya"),
        ("Fecha de inscripción:", "18 de octubre de 1985"),
    ]
    entries_en = [
        ("Record No.:", "1,204"),
        ("Volume / Page:", "III / 118"),
        ("Office:", "Civil Registry of Coronel Oviedo, Department of Caaguazú"),
        ("Name of registrant:", up(derlis.name)),
        ("Sex:", "Male"),
        ("Date of birth:", "October second, nineteen eighty-five (10/02/1985)"),
        ("Place of birth:", "Coronel Oviedo"),
        ("Father:", "Ramón Benítez Cáceres, Paraguayan"),
        ("Mother:", "Lidia Ayala de Benítez, Paraguayan"),
        ("Date of registration:", "October 18, 1985"),
    ]
    certificado = doc.register_extract(
        heads=[
            "REPÚBLICA DEL PARAGUAY",
            "MINISTERIO DE JUSTICIA",
            "Dirección General del Registro del Estado Civil de las Personas",
        ],
        title="CERTIFICADO DE NACIMIENTO",
        entries=entries_es,
        closing=[
            "La Dirección General del Registro del Estado Civil CERTIFICA que los datos que "
            "anteceden concuerdan fielmente con el acta original obrante en esta oficina. "
            "Asunción, 3 de marzo de 2025."
        ],
        signer="Abg. Rosalía Giménez Benegas",
        stamp=["REGISTRO DEL ESTADO CIVIL", "DIRECCIÓN GENERAL", "ASUNCIÓN - PARAGUAY"],
        seed=seed + 1,
        face="bookman",
    )
    # ICPM 3.3(a): a certificate gives the translator's name, signature, address and the date
    # it was signed; this one states competence and accuracy but has no address and no date.
    translated = doc.translation(
        title="BIRTH CERTIFICATE",
        entries=entries_en,
        note="[Seal: Civil Registry, General Directorate, Asunción - Paraguay] "
        "[Illegible signature]",
        certificate=[
            "I, Graciela Insfrán Whitmore, certify that I am fluent in Spanish and English "
            "and competent to translate between them, and that the above is a complete and "
            "accurate translation of the attached birth certificate of Derlis Ramón Benítez "
            "Ayala."
        ],
        translator=translator["name"],
        translator_lines=["Translator"],
        signed=None,
    )
    rows = [
        (
            0.45,
            [
                (3, "1. CHILD—NAME (First, Middle, Last, Suffix)", up(luana.name)),
                (1, "2. SEX", "F"),
            ],
        ),
        (
            0.45,
            [
                (1, "3a. DATE OF BIRTH", doc.us(luana.born)),
                (1, "3b. TIME", "0927"),
                (2, "4. FACILITY NAME", "BAPTIST HEALTH MEDICAL CENTER"),
            ],
        ),
        (
            0.45,
            [
                (2, "5. CITY, TOWN OR LOCATION OF BIRTH", "LITTLE ROCK"),
                (2, "6. COUNTY OF BIRTH", "PULASKI"),
            ],
        ),
        (
            0.45,
            [
                (3, "7. MOTHER—NAME PRIOR TO FIRST MARRIAGE", up(mother)),
                (1, "8. DATE OF BIRTH", "07/30/1990"),
            ],
        ),
        (
            0.45,
            [
                (3, "9. FATHER—NAME (First, Middle, Last)", up(derlis.name)),
                (1, "10. BIRTHPLACE", "PARAGUAY"),
            ],
        ),
        (0.45, [(2, "11. DATE FILED BY REGISTRAR", "05/22/2019"), (2, "12. CERTIFIER", "M.D.")]),
    ]
    arkansas = doc.state_birth(
        state="Arkansas",
        office=["Department of Health", "Vital Records"],
        title="CERTIFICATION OF BIRTH",
        rows=rows,
        registrar="Dolores M. Atwater",
        issued=D(2024, 11, 18),
        number="119-2019-036642",
        seed=seed + 3,
        face="serif-bold",
        tint=(228, 214, 200),
    )
    police = doc.police_report(
        agency="Little Rock Police Department",
        agency_lines=[
            "700 West Markham Street, Little Rock, Arkansas 72201",
            "Records Division · (501) 555-0100",
        ],
        case_no="2021-118043",
        reported=D(2021, 9, 17),
        offense="AGGRAVATED ROBBERY (A.C.A. 5-12-103)",
        location="ROCK CITY TIRE & LUBE, 8120 GEYER SPRINGS RD",
        victim=derlis,
        victim_address=f"{street.upper()}, LITTLE ROCK AR 72209",
        suspect="B/M, 20-25 YRS, BLACK HOODIE",
        narrative=[
            "On 09/17/2021 at approximately 2140 hours I responded to a robbery call at Rock "
            "City Tire & Lube. Upon arrival I made contact with the victim, Derlis Benitez "
            "Ayala, an employee who was closing the shop.",
            "The victim stated that a male entered the bay, pointed a handgun at his head and "
            "demanded the money from the register. The suspect struck the victim in the face "
            "with the gun and fled on foot with approximately $1,300. The victim had a "
            "laceration above his left eye and was treated by MEMS on scene.",
            "The victim gave a detailed description and later identified the suspect from a "
            "photo lineup. The victim agreed to testify and appeared at every hearing.",
        ],
        officer="Ofc. Terrence Baskin",
        badge="2281",
    )
    supp_b = doc.supplement_b(
        victim=derlis,
        agency="Little Rock Police Department",
        agency_address="700 West Markham Street, Little Rock, AR 72201",
        certifier="Lt. Andrea Castellaw",
        title="Commander, Major Crimes Division",
        case_no="2021-118043",
        crime="Felonious Assault; Robbery with a deadly weapon",
        occurred=D(2021, 9, 17),
        signed=D(2024, 3, 12),
    )
    dwi = doc.disposition(
        court=[
            "IN THE DISTRICT COURT OF PULASKI COUNTY, ARKANSAS",
            "LITTLE ROCK DIVISION — TRAFFIC",
        ],
        caption=f"STATE OF ARKANSAS v. {up(derlis.name)}",
        defendant=derlis,
        case_no="LRTR-18-2207",
        charge="Driving While Intoxicated, first offense (A.C.A. 5-65-103)",
        plea="Guilty",
        sentence=[
            "Fine of $500 and costs, paid in full 06/29/2018. Defendant ordered to complete the "
            "Alcohol Safety Education Program; certificate of completion filed 08/14/2018. "
            "Driver's license suspended six months; reinstated. No further violations."
        ],
        dated=D(2018, 5, 22),
        clerk="Marcia D. Pruitt",
    )
    transcript = doc.wage_income_transcript(
        person=derlis,
        year=2022,
        ssn4="7715",
        requested=D(2026, 10, 28),
        forms=[
            [
                "Employer:",
                "Employer Identification Number (EIN):XXXXX4418",
                "ROCK CITY TIRE LUBE",
                "8120 GEYER SPRINGS RD",
                "",
                "Wages, Tips and Other Compensation:                $36,904.00",
                "Federal Income Tax Withheld:                        $2,118.00",
                "Social Security Wages:                             $36,904.00",
                "Medicare Wages and Tips:                           $36,904.00",
            ]
        ],
    )
    employer = doc.letter(
        (
            "Rock City Tire & Lube",
            ["8120 Geyer Springs Road · Little Rock, AR 72209", "Tel. 501-555-0182"],
            (180, 80, 20),
            "star",
        ),
        D(2026, 11, 5),
        [
            f"{derlis.name} has worked for Rock City Tire & Lube since March 4, 2013. He "
            "started as a tire technician and has been our shift lead since 2019. He works "
            "full time, about 45 hours a week, and earns $19.50 an hour.",
            "Derlis is the person the other technicians go to when something is difficult. "
            "After the robbery in 2021 he came back to work within a week and helped us put "
            "in the cameras we have today. We want to keep him.",
        ],
        "Carl W. Huddleston",
        ["Owner", "501-555-0182"],
        face="sans",
    )
    phone = doc.statement(
        head=("Ozark Wireless", ["ozarkwireless.example · 1-888-555-0107"], (120, 20, 120), "leaf"),
        title="Monthly Statement",
        meta=[
            ("Account", "8842 1106 330"),
            ("Bill date", "Oct 22, 2026"),
            ("Bill period", "Sep 22 - Oct 21"),
            ("Total due", "$85.00"),
        ],
        address=[up(derlis.name), street.upper(), "LITTLE ROCK AR 72209"],
        widths=[3.4, 2.0, 1.5],
        rows=[
            ["Line", "Plan", "Charges"],
            ["501-555-0148 (Derlis)", "Unlimited Talk & Text", "$45.00"],
            ["501-555-0150 (Nilda)", "Unlimited Talk & Text", "$35.00"],
            ["Surcharges and taxes", "", "$5.00"],
            ["Total", "", "$85.00"],
        ],
        notes=["Autopay is on. Payment will be drafted on Nov 12, 2026."],
        face="gothic-bold",
        align=["left", "left", "right"],
    )
    receipts = doc.statement(
        head=(
            "Geyer Springs Court Apartments",
            ["7014 Geyer Springs Road · Little Rock, AR 72209", "Office (501) 555-0137"],
            (60, 60, 60),
            "house",
        ),
        title="RENT RECEIPTS",
        meta=[("Unit", "12"), ("Resident", up(derlis.name))],
        address=[up(derlis.name), street.upper(), "LITTLE ROCK AR 72209"],
        widths=[1.3, 1.2, 2.4, 1.0, 1.0],
        rows=[
            ["Receipt #", "Date", "For", "Method", "Amount"],
            ["004417", "08/01/2026", "Rent August 2026", "Money order", "$860.00"],
            ["004503", "09/01/2026", "Rent September 2026", "Money order", "$860.00"],
            ["004588", "10/01/2026", "Rent October 2026", "Money order", "$860.00"],
            ["004671", "11/02/2026", "Rent November 2026", "Cash", "$860.00"],
        ],
        notes=["Received by: D. Whitlow, property manager. Thank you for your payment."],
        align=["left", "left", "left", "left", "right"],
    )
    coach = doc.letter(
        (
            "Southwest Little Rock Youth Soccer League",
            ["Otter Creek Park Fields · swlrsoccer.example"],
            (10, 110, 40),
            "star",
        ),
        D(2026, 10, 11),
        [
            "I coach the U8 girls' team in our league. Derlis Benitez has been my assistant "
            "coach for three seasons, since his daughter Luana joined the team.",
            "He comes to every Saturday game and Tuesday practice, drives girls whose parents "
            "work weekends, and last spring he fixed the goals at Otter Creek for free. The "
            "kids call him Coach D. Our league would miss him.",
        ],
        "Tamika Ruiz-Fontenot",
        ["Head Coach, U8 Girls", "Volunteer Board Member"],
        face="sans",
        fold=True,
    )
    g28 = doc.g28(
        client=derlis,
        a_number="215-903-846",
        rep=rep,
        bar=("Arkansas", "2009174"),
        client_address=(street, city),
        signed=D(2026, 11, 16),
    )
    pass_labels = [
        "Tipo / Type",
        "Código / Code",
        "Pasaporte N.º / Passport No.",
        "Apellidos / Surname",
        "Nombres / Given names",
        "Nacionalidad / Nationality",
        "Fecha de nacimiento / Date of birth",
        "Sexo / Sex",
        "Lugar de nacimiento / Place of birth",
        "Fecha de expedición / Date of issue",
        "Fecha de vencimiento / Date of expiry",
        "Autoridad / Authority",
    ]
    placed = [
        capture.card_photo(
            _passport_paper(
                "paraguay_passport",
                derlis,
                ("es", "en"),
                seed + 4,
                country_name=[
                    "REPÚBLICA DEL PARAGUAY",
                    "REPUBLIC OF PARAGUAY",
                    "PASAPORTE / PASSPORT",
                ],
                code="PRY",
                number="R0448217",
                issued=D(2022, 8, 9),
                expiry=D(2032, 8, 8),
                authority="POLICÍA NACIONAL",
                nationality="PARAGUAYA / PARAGUAYAN",
                labels=pass_labels,
                tint=((238, 232, 214), (214, 226, 232)),
            ),
            "scans/pasaporte.jpg",
            seed + 4,
        ),
        capture.scan(
            drawn("paraguay_birth", certificado, "birth_certificate", derlis, "identity", "es"),
            "scans/certificado nacimiento derlis.jpg",
            seed + 5,
            colour=True,
        ),
        capture.scan(
            drawn(
                "paraguay_birth_translation",
                translated,
                "certificate_of_translation",
                derlis,
                ("identity", "other"),
            ),
            "scans/birth cert translation.pdf",
            seed + 6,
        ),
        capture.scan(
            drawn("arkansas_birth", arkansas, "birth_certificate", luana, "us_family"),
            "scans/luana birth certificate.pdf",
            seed + 7,
        ),
        capture.copier(
            [
                drawn("police_report", police, "police_report", derlis, "crime_victim"),
                drawn(
                    "supplement_b",
                    supp_b,
                    "u_visa_certification",
                    derlis,
                    "law_enforcement_cooperation",
                ),
            ],
            "scans/police report and supp b.pdf",
            seed + 8,
        ),
        capture.scan(
            drawn("dwi_disposition", dwi, "court_record", derlis, ("rehabilitation", "other")),
            "scans/court papers 2018.pdf",
            seed + 9,
        ),
        capture.scan(
            drawn(
                "wage_income_transcript",
                transcript,
                "tax_record",
                derlis,
                "employment_and_taxes",
                proves=(D(2022, 1, 1), D(2022, 12, 31)),
            ),
            "scans/irs 2022.pdf",
            seed + 10,
        ),
        capture.scan(
            drawn(
                "employer_letter",
                employer,
                "employment_letter",
                derlis,
                "employment_and_taxes",
                proves=(D(2013, 3, 4), D(2026, 11, 5)),
            ),
            "scans/work letter.jpg",
            seed + 11,
        ),
        capture.copier(
            [
                drawn(
                    "phone_bill",
                    phone,
                    "residence_record",
                    derlis,
                    "length_of_residence",
                    proves=(D(2026, 9, 22), D(2026, 10, 21)),
                ),
                drawn(
                    "rent_receipts",
                    receipts,
                    "residence_record",
                    derlis,
                    "length_of_residence",
                    proves=(D(2026, 8, 1), D(2026, 11, 2)),
                ),
            ],
            "scans/Scan 11-18-2026.pdf",
            seed + 13,
            dpi=200,
        ),
        capture.desk(
            drawn("coach_letter", coach, "letter_of_support", derlis, "community_ties"),
            "scans/IMG_7730.jpg",
            seed + 14,
        ),
        capture.scan(
            drawn("g28", g28, "g28", derlis, "other"), "scans/g-28.pdf", seed + 15, dpi=150
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": derlis.name,
            "a_number": "215-903-846",
            "date_of_birth": derlis.born,
            "country": "Paraguay",
            "entered_us": D(2013, 2, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Memphis, TN",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "individual",
            "opla_office": "Memphis",
        },
        "request": {
            "type": "administrative_closure",
            "narrative": "Mr. Benítez Ayala pleaded guilty to a first-offense DWI in 2018, paid "
            "his fine, completed the alcohol safety program and has had no violation since. "
            "He was the victim of an armed robbery in 2021 and helped the police convict the "
            "man who robbed him; his U visa petition is pending.",
        },
        "representative": rep,
        "translator": translator,
        "claims": {
            "residence_since": D(2013, 2, 10),
            "children": [{"name": luana.name, "date_of_birth": luana.born, "status": "usc"}],
            "crime_victim": {"kind": "other"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "driving while intoxicated, first offense",
                "date": D(2018, 5, 22),
                "disposition": "guilty plea; fine paid and alcohol safety program completed 2018",
            }
        ],
    }
    findings = [
        # The certificate has no translator's address and no date.
        {"code": "incomplete-translation-certificate", "file": "scans/birth cert translation.pdf"},
    ]
    return CasePlan(
        "benitez",
        "blind9",
        case,
        placed,
        findings,
        notes="true: the translation certificate lacks the translator's address and date",
    )


# ---------------------------------------------------------------- 3. Boise, Idaho


def macuacua() -> CasePlan:
    """A Mozambican mother in Boise, filing without a lawyer, living with lupus: a
    bilingual passport a quarter turn off, a certidão narrativa de nascimento photographed on
    the desk and its translation, an Idaho birth certificate photographed, a lease photographed
    page by page, two power bills in one copier PDF, her clinic's visit history, her son's
    enrollment verification and his teacher's letter in one PDF, a neighbour's letter in
    Portuguese nobody translated, an ESL certificate, the first page of a 1040."""
    albertina = Person("Albertina Felizarda", "Macuácua", D(1991, 7, 23), "F", "Xai-Xai, Gaza")
    tiago = Person("Tiago Nelson", "Macuácua", D(2018, 3, 30), "M", "Boise")
    translator = _translator(
        "Rui Manhiça Oldenburg",
        ["1520 W. State Street, Suite 4", "Boise, ID 83702"],
        "208-555-0157",
    )
    street, city = "4410 W. Overland Road, Unit 27", "Boise, ID 83705"
    seed = 9300
    narrativa_pt = doc.register_extract(
        heads=[
            "REPÚBLICA DE MOÇAMBIQUE",
            "MINISTÉRIO DA JUSTIÇA, ASSUNTOS CONSTITUCIONAIS E RELIGIOSOS",
            "Conservatória do Registo Civil de Xai-Xai",
        ],
        title="CERTIDÃO NARRATIVA DE NASCIMENTO",
        entries=[
            ("Assento n.º:", "1.873 do ano de 1991"),
            ("Nome:", albertina.name),
            ("Sexo:", "Feminino"),
            ("Data de nascimento:", "vinte e três de Julho de mil novecentos e noventa e um"),
            ("Local:", "Hospital Provincial de Xai-Xai, Província de Gaza"),
            ("Pai:", "Felizardo Armando Macuácua, natural de Chibuto"),
            ("Mãe:", "Graça Benedito Cossa, natural de Xai-Xai"),
            ("Declarante:", "o pai"),
        ],
        closing=[
            "Certifico que a presente certidão narrativa é cópia fiel do assento lavrado "
            "nesta Conservatória, ao qual me reporto. Conservatória do Registo Civil de "
            "Xai-Xai, aos 9 de Fevereiro de 2016."
        ],
        signer="Amélia Zandamela",
        stamp=["CONSERVATÓRIA DO REGISTO CIVIL", "XAI-XAI · GAZA"],
        seed=seed + 1,
    )
    narrativa_en = doc.translation(
        title="NARRATIVE BIRTH CERTIFICATE",
        entries=[
            ("Entry No.:", "1,873 of the year 1991"),
            ("Name:", albertina.name),
            ("Sex:", "Female"),
            ("Date of birth:", "July twenty-third, nineteen ninety-one"),
            ("Place:", "Xai-Xai Provincial Hospital, Gaza Province"),
            ("Father:", "Felizardo Armando Macuácua, native of Chibuto"),
            ("Mother:", "Graça Benedito Cossa, native of Xai-Xai"),
            ("Declarant:", "the father"),
        ],
        note="[Round stamp: Civil Registry Office, Xai-Xai, Gaza] [Signature: Amélia "
        "Zandamela, Registrar] Issued February 9, 2016.",
        certificate=[
            f"I, {translator['name']}, certify that I am competent to translate from "
            "Portuguese into English, and that the above is a complete and accurate "
            "translation of the attached Certidão Narrativa de Nascimento of "
            f"{albertina.name}.",
        ],
        translator=translator["name"],
        translator_lines=[*translator["address"], translator["phone"]],
        signed=D(2026, 10, 14),
    )
    idaho = doc.state_birth(
        state="Idaho",
        office=[
            "Department of Health and Welfare",
            "Bureau of Vital Records and Health Statistics",
        ],
        title="CERTIFIED COPY OF BIRTH CERTIFICATE",
        rows=[
            (
                0.45,
                [
                    (2, "CHILD'S FIRST NAME", up(tiago.first)),
                    (1, "MIDDLE", up(tiago.middle)),
                    (2, "LAST", up(tiago.surname)),
                ],
            ),
            (
                0.45,
                [
                    (1, "SEX", "MALE"),
                    (2, "DATE OF BIRTH", tiago.born.strftime("%B %d, %Y").upper()),
                    (2, "COUNTY", "ADA"),
                ],
            ),
            (
                0.45,
                [(3, "FACILITY", "ST. LUKE'S BOISE MEDICAL CENTER"), (2, "CITY OF BIRTH", "BOISE")],
            ),
            (
                0.45,
                [
                    (3, "MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(albertina.name)),
                    (2, "BIRTHPLACE", "MOZAMBIQUE"),
                ],
            ),
            (0.45, [(3, "FATHER'S NAME", ""), (2, "BIRTHPLACE", "")]),
            (0.45, [(2, "DATE FILED", "04/06/2018"), (3, "ATTENDANT", "ELENA VOSKRESENSKY, MD")]),
        ],
        registrar="James K. Oyelaran",
        issued=D(2023, 8, 1),
        number="118-2018-004613",
        seed=seed + 3,
        face="narrow-bold",
        tint=(210, 225, 232),
        band="REGISTRANT",
    )
    clauses = [
        f"1. PREMISES. Landlord rents to Tenant the dwelling at {street}, Boise, Idaho 83705, "
        "a two-bedroom apartment with one assigned parking space (No. 27).",
        "2. TERM. The term begins February 1, 2025 and ends January 31, 2026, and continues "
        "month to month after that unless either party gives thirty days' written notice.",
        "3. RENT. Tenant shall pay $1,240.00 per month, due on the first day of each month, "
        "at the leasing office or through the resident portal. A late fee of $50.00 applies "
        "after the fifth day.",
        "4. SECURITY DEPOSIT. Tenant has paid a deposit of $1,000.00, to be returned within "
        "twenty-one days after Tenant moves out, less lawful deductions (Idaho Code 6-321).",
        "5. OCCUPANTS. The premises shall be occupied only by Tenant and her son, Tiago "
        "Nelson Macuácua, a minor.",
        "6. UTILITIES. Tenant pays electricity. Landlord pays water, sewer and trash.",
        "7. PETS. No pets without written permission of the Landlord.",
        "8. MAINTENANCE. Tenant shall keep the premises clean and report any needed repairs "
        "promptly. Landlord shall keep the premises fit for habitation.",
        "9. ENTRY. Landlord may enter with twenty-four hours' notice, or at any time in an "
        "emergency.",
        "10. NOTICES. Notices to Landlord go to Overland Terrace Management, 4400 W. Overland "
        "Road, Boise, Idaho 83705.",
        "11. ENTIRE AGREEMENT. This lease and its attached rules are the whole agreement of "
        "the parties.",
    ]
    lease = doc.lease(
        title="RESIDENTIAL LEASE AGREEMENT",
        parties="This Lease is made January 14, 2025 between Overland Terrace Management LLC "
        f'("Landlord") and {albertina.name} ("Tenant").',
        clauses=clauses,
        landlord="Kristin Abernathy-Yazzie",
        tenant=albertina,
        signed=D(2025, 1, 14),
        per_page=4,
    )

    def power(month: str, period: str, kwh: int, amount: str, issued: str):
        return doc.statement(
            head=(
                "Snake River Power",
                ["P.O. Box 70, Boise, ID 83707", "snakeriverpower.example · 208-555-0111"],
                (20, 80, 160),
                "star",
            ),
            title=f"Electric Bill — {month}",
            meta=[
                ("Account", "2204-7781-310"),
                ("Bill date", issued),
                ("Service period", period),
                ("Amount due", amount),
            ],
            address=[up(albertina.name), "4410 W OVERLAND RD UNIT 27", "BOISE ID 83705"],
            widths=[3.6, 1.6, 1.7],
            rows=[
                ["Charges for service", "Usage", "Amount"],
                ["Service charge", "", "$5.00"],
                ["Energy charge", f"{kwh} kWh", amount.replace("$", "$ ")],
                ["Franchise fee", "", "included"],
            ],
            notes=["Pay by the due date to avoid a late charge of 1% a month."],
            face="sans-bold",
            align=["left", "right", "right"],
        )

    bills = [
        drawn(
            "power_bill",
            power("August 2026", "07/08 - 08/06/2026", 688, "$79.12", "08/09/2026"),
            "residence_record",
            albertina,
            "length_of_residence",
            proves=(D(2026, 7, 8), D(2026, 8, 6)),
        ),
        drawn(
            "power_bill",
            power("October 2026", "09/05 - 10/06/2026", 402, "$49.88", "10/09/2026"),
            "residence_record",
            albertina,
            "length_of_residence",
            proves=(D(2026, 9, 5), D(2026, 10, 6)),
        ),
    ]
    visits = [["Date", "Provider", "Reason for visit"]]
    for year, month, reason in [
        (2016, 6, "New patient visit; joint pain, facial rash"),
        (2017, 3, "Lupus (SLE) confirmed by rheumatology; hydroxychloroquine"),
        (2018, 9, "Postpartum lupus flare; prednisone taper"),
        (2019, 11, "SLE follow-up; eye exam for hydroxychloroquine"),
        (2020, 10, "Telehealth: medication refill"),
        (2021, 8, "Proteinuria found; nephrology referral"),
        (2022, 5, "Lupus nephritis class III; mycophenolate started"),
        (2023, 7, "SLE follow-up; blood pressure raised, lisinopril"),
        (2024, 6, "Flare: admitted 3 days, IV steroids"),
        (2025, 4, "Kidney function stable; labs every 3 months"),
        (2026, 10, "SLE follow-up; disease quiet on treatment"),
    ]:
        visits.append([f"{month:02d}/14/{year}", "L. Nakamura-Ortiz, NP", reason])
    clinic = doc.statement(
        head=(
            "Treasure Valley Community Health",
            [
                "A nonprofit community health center",
                "6125 W. Fairview Ave., Boise, ID 83704 · (208) 555-0180",
            ],
            (0, 110, 110),
            "leaf",
        ),
        title="PATIENT VISIT HISTORY AND PROBLEM LIST",
        meta=[
            ("Patient", up(albertina.name)),
            ("DOB", doc.us(albertina.born)),
            ("MRN", "TVCH-0088421"),
            ("Printed", "10/21/2026"),
        ],
        address=[albertina.name, street, city],
        widths=[1.1, 2.0, 3.8],
        rows=visits,
        notes=[
            "Active problems: systemic lupus erythematosus with lupus nephritis (M32.14); "
            "hypertension (I10). Medications: hydroxychloroquine 200 mg twice daily, "
            "mycophenolate 1000 mg twice daily, lisinopril 10 mg daily.",
            "She needs visits and laboratory monitoring every three months and uninterrupted "
            "access to her immunosuppressive medicines. — Linnea Nakamura-Ortiz, FNP-C",
        ],
    )
    enrollment = doc.letter(
        (
            "Boise School District · Whittier Elementary",
            ["301 N. 29th Street, Boise, ID 83702", "Main office (208) 555-0121"],
            (110, 20, 30),
            "shield",
        ),
        D(2026, 9, 15),
        [
            "VERIFICATION OF ENROLLMENT",
            f"This is to verify that {tiago.name}, date of birth {doc.us(tiago.born)}, is "
            "enrolled full time in the third grade at Whittier Elementary School for the "
            "2026-2027 school year. He has attended our school since kindergarten in "
            "August 2023.",
            f"Parent/guardian on file: {albertina.name}, {street}, Boise, ID 83705.",
        ],
        "Darlene Hutchins-Mbeki",
        ["Registrar"],
        face="sans",
    )
    teacher = doc.letter(
        (
            "Whittier Elementary School",
            ["Room 14 · Mrs. Castellanos-Reid, Grade 3"],
            (110, 20, 30),
            "shield",
        ),
        D(2026, 11, 6),
        [
            "I am Tiago's third grade teacher. He is a kind, curious boy who loves fractions "
            "and reads above grade level. He helps the newer students who are still learning "
            "English.",
            f"His mother, {albertina.name}, has come to every conference and volunteers at our "
            "Friday reading hour. She checks his homework folder each night. Tiago is "
            "thriving because of her.",
        ],
        "Alicia Castellanos-Reid",
        ["Third Grade Teacher"],
        salutation="Dear Immigration Officer,",
        closing="Warmly,",
    )
    neighbour = doc.letter(
        ("Carta de apoio", ["Boise, Idaho"], (60, 60, 60), "house"),
        D(2026, 10, 30),
        [
            f"Eu, Ermelinda Chissano Farrell, vizinha da Sra. {albertina.name} há oito anos, "
            "venho por este meio declarar que ela é uma pessoa honesta, trabalhadora e uma "
            "mãe dedicada.",
            "Quando fiquei doente em 2022 ela cuidou dos meus filhos durante três semanas e "
            "levava-me às consultas. Na nossa comunidade moçambicana em Boise ela é conhecida "
            "por ajudar todos os que chegam.",
            "Peço que lhe seja permitido continuar a viver aqui com o seu filho.",
        ],
        "Ermelinda Chissano Farrell",
        ["4418 W. Overland Road, Unit 31, Boise"],
        salutation="A quem possa interessar,",
        closing="Atenciosamente,",
        date_line="Boise, 30 de Outubro de 2026",
    )
    esl = doc.certificate(
        org="Boise Adult Learning Center",
        line="English Language Program · College of Western Idaho partner site",
        person=albertina,
        achievement=[
            "has completed",
            "English as a Second Language, Level 4 (High Intermediate)",
            "120 instructional hours, Fall 2025 – Spring 2026",
        ],
        dated=D(2026, 5, 21),
        signers=[("Brenda Okafor-Lund", "Program Coordinator"), ("Sam Whitaker", "Instructor")],
        colour=(30, 60, 130),
    )
    f1040 = doc.form_1040(
        person=albertina,
        year=2023,
        ssn4="3390",
        address=(street, city),
        status="Head of household",
        wages=28466.0,
        agi=28466.0,
        tax=0.0,
        refund=5112.0,
        dependents=[(tiago, "Son")],
    )
    pass_labels = [
        "Tipo / Type",
        "Código / Code",
        "Passaporte N.º / Passport No.",
        "Apelido / Surname",
        "Nomes / Given names",
        "Nacionalidade / Nationality",
        "Data de nascimento / Date of birth",
        "Sexo / Sex",
        "Local de nascimento / Place of birth",
        "Data de emissão / Date of issue",
        "Válido até / Date of expiry",
        "Autoridade / Authority",
    ]
    placed = [
        capture.card_photo(
            _passport_paper(
                "mozambique_passport",
                albertina,
                ("pt", "en"),
                seed + 4,
                country_name=[
                    "REPÚBLICA DE MOÇAMBIQUE",
                    "REPUBLIC OF MOZAMBIQUE",
                    "PASSAPORTE / PASSPORT",
                ],
                code="MOZ",
                number="13AB52871",
                issued=D(2021, 11, 2),
                expiry=D(2031, 11, 1),
                authority="SENAMI",
                nationality="MOÇAMBICANA / MOZAMBICAN",
                labels=pass_labels,
                tint=((232, 238, 222), (240, 226, 214)),
            ),
            "scans/IMG_0931.jpg",
            seed + 4,
            turn=270,
        ),
        capture.desk(
            drawn(
                "mozambique_narrative_birth",
                narrativa_pt,
                "birth_certificate",
                albertina,
                "identity",
                "pt",
            ),
            "scans/IMG_0934.jpg",
            seed + 5,
        ),
        capture.scan(
            drawn(
                "mozambique_birth_translation",
                narrativa_en,
                "certificate_of_translation",
                albertina,
                ("identity", "other"),
            ),
            "scans/traducao certidao.pdf",
            seed + 6,
        ),
        capture.desk(
            drawn("idaho_birth", idaho, "birth_certificate", tiago, "us_family"),
            "scans/IMG_0940.jpg",
            seed + 7,
        ),
        capture.desk(
            drawn(
                "lease",
                lease,
                "residence_record",
                albertina,
                "length_of_residence",
                proves=(D(2025, 1, 14), D(2026, 1, 31)),
            ),
            ["scans/20250114_101502.jpg", "scans/20250114_101519.jpg", "scans/20250114_101533.jpg"],
            seed + 8,
        ),
        capture.copier(bills, "scans/power bills.pdf", seed + 9),
        capture.scan(
            drawn(
                "clinic_visit_history",
                clinic,
                "medical_record",
                albertina,
                "medical",
                proves=(D(2016, 6, 14), D(2026, 10, 14)),
            ),
            "scans/clinic records.pdf",
            seed + 10,
        ),
        capture.copier(
            [
                drawn(
                    "enrollment_verification",
                    enrollment,
                    "school_record",
                    tiago,
                    ("education", "us_family"),
                ),
                _about_either(
                    drawn(
                        "teacher_letter",
                        teacher,
                        ("letter_of_support", "school_record"),
                        tiago,
                        ("education", "community_ties", "us_family"),
                    ),
                    albertina,
                ),
            ],
            "scans/school.pdf",
            seed + 11,
        ),
        capture.scan(
            drawn(
                "neighbour_letter",
                neighbour,
                "letter_of_support",
                albertina,
                "community_ties",
                "pt",
            ),
            "scans/carta vizinha.jpg",
            seed + 12,
        ),
        capture.scan(
            drawn("esl_certificate", esl, "diploma", albertina, "education"),
            "scans/esl certificate.jpg",
            seed + 13,
            dpi=150,
        ),
        capture.scan(
            drawn(
                "form_1040",
                f1040,
                "tax_record",
                albertina,
                "employment_and_taxes",
                proves=(D(2023, 1, 1), D(2023, 12, 31)),
            ),
            "scans/2023 tax return p1.pdf",
            seed + 14,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": albertina.name,
            "a_number": "A217-640-095",
            "date_of_birth": albertina.born,
            "country": "Mozambique",
            "entered_us": D(2016, 5, 12),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Salt Lake City, UT",
            "next_hearing": D(2027, 3, 30),
            "hearing_type": "master",
            "opla_office": "Salt Lake City",
        },
        "request": {"type": "dismissal"},
        "translator": translator,
        "claims": {
            "residence_since": D(2016, 5, 12),
            "children": [{"name": tiago.name, "date_of_birth": tiago.born, "status": "usc"}],
            "medical": {"person": "self", "condition": "systemic lupus erythematosus"},
            "education": True,
            "community_ties": True,
        },
    }
    findings = [
        # The neighbour wrote in Portuguese and nobody translated her letter.
        {"code": "untranslated-document", "file": "scans/carta vizinha.jpg"},
    ]
    return CasePlan(
        "macuacua",
        "blind9",
        case,
        placed,
        findings,
        notes="pro se; true: the neighbour's Portuguese letter has no translation",
    )


# ---------------------------------------------------------------- 4. Columbia, South Carolina


def persaud() -> CasePlan:
    """A Guyanese father of two in Columbia asking again after a 2025 denial: his passport, a
    Guyana General Register Office birth certificate, two South Carolina birth certificates in
    one copier PDF, three pay stubs of different periods in another, a 1099-NEC, a South
    Carolina ID card a quarter turn off, the denial letter, a food bank volunteer
    coordinator's letter, his son's therapist's letter."""
    devendra = Person("Devendra Ramesh", "Persaud", D(1983, 12, 8), "M", "New Amsterdam, Berbice")
    anjali = Person("Anjali Savitri", "Persaud", D(2012, 9, 19), "F", "Columbia")
    rohan = Person("Rohan Kishore", "Persaud", D(2015, 1, 27), "M", "Columbia")
    wife = "Shalini Devi Ramkissoon"
    rep = _rep(
        "Marguerite Obuya-Haskell",
        "Palmetto Immigrant Advocacy Network",
        ["1713 Main Street, Suite 400", "Columbia, SC 29201"],
        "803-555-0126",
        "mobuya@pian.example",
        "SC519384",
    )
    street, city = "2215 Two Notch Road, Apt. 9B", "Columbia, SC 29204"
    seed = 9400
    guyana = doc.register_extract(
        heads=[
            "CO-OPERATIVE REPUBLIC OF GUYANA",
            "GENERAL REGISTER OFFICE",
            "Births and Deaths Registration Act, Cap. 44:01",
        ],
        title="BIRTH CERTIFICATE",
        entries=[
            ("No. of Entry:", "B 2291 / 1983"),
            ("Registration District:", "New Amsterdam, Berbice"),
            ("When and where born:", "Eighth December 1983, New Amsterdam Public Hospital"),
            ("Name:", devendra.name),
            ("Sex:", "Male"),
            ("Name of father:", "Kishore Persaud, Cane Cutter"),
            ("Name and maiden name of mother:", "Savitri Persaud, formerly Narine"),
            ("Informant:", "K. Persaud, Father, Canefield Village"),
            ("When registered:", "Twenty-first December 1983"),
        ],
        closing=[
            "Certified to be a true copy of an entry in a Register of Births in the General "
            "Register Office, Georgetown, Guyana. Given under the seal of the said Office "
            "this 6th day of June, 2011."
        ],
        signer="Deodat Ramcharran",
        stamp=["GENERAL REGISTER OFFICE", "GEORGETOWN · GUYANA"],
        seed=seed + 1,
        face="schoolbook",
    )

    def carolina(child: Person, hospital: str, number: str, filed: str, n: int):
        rows = [
            (
                0.42,
                [
                    (3, "1. CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                    (1, "2. SEX", child.sex),
                ],
            ),
            (
                0.42,
                [
                    (2, "3. DATE OF BIRTH (Mo/Day/Yr)", doc.us(child.born)),
                    (2, "4. COUNTY OF BIRTH", "RICHLAND"),
                ],
            ),
            (0.42, [(2, "5. CITY OF BIRTH", "COLUMBIA"), (2, "6. HOSPITAL", hospital)]),
            (
                0.42,
                [
                    (3, "7. MOTHER'S MAIDEN NAME (First, Middle, Last)", up(wife)),
                    (1, "8. BIRTHPLACE", "GUYANA"),
                ],
            ),
            (
                0.42,
                [
                    (3, "9. FATHER'S NAME (First, Middle, Last)", up(devendra.name)),
                    (1, "10. BIRTHPLACE", "GUYANA"),
                ],
            ),
            (0.42, [(2, "11. DATE FILED", filed), (2, "12. REGISTRAR", "RICHLAND COUNTY")]),
        ]
        sheets = doc.state_birth(
            state="South Carolina",
            office=["Department of Public Health", "Division of Vital Records"],
            title="CERTIFICATE OF LIVE BIRTH",
            rows=rows,
            registrar="Lorraine B. Geddings",
            issued=D(2025, 9, 30),
            number=number,
            seed=seed + 10 + n,
            face="schoolbook-bold",
            tint=(222, 214, 232),
        )
        return drawn("south_carolina_birth", sheets, "birth_certificate", child, "us_family")

    def stub(period: tuple[dt.date, dt.date], paid: dt.date, gross: float, ytd: float, n: int):
        net = gross * 0.84
        sheets = doc.statement(
            head=(
                "Congaree Logistics Group",
                [
                    "1500 Shop Road, Columbia, SC 29201",
                    "Payroll questions: payroll@congaree.example",
                ],
                (30, 30, 90),
                "shield",
            ),
            title="EARNINGS STATEMENT",
            meta=[
                ("Employee", up(devendra.name)),
                ("Employee ID", "004187"),
                ("Pay period", f"{doc.us(period[0])} - {doc.us(period[1])}"),
                ("Pay date", doc.us(paid)),
                ("Net pay", f"${net:,.2f}"),
            ],
            address=[up(devendra.name), street.upper(), "COLUMBIA SC 29204"],
            widths=[2.6, 1.0, 1.0, 1.2, 1.2],
            rows=[
                ["Earnings", "Rate", "Hours", "This period", "Year to date"],
                ["Regular", "21.40", "80.00", f"{21.4 * 80:,.2f}", f"{ytd * 0.9:,.2f}"],
                [
                    "Overtime",
                    "32.10",
                    f"{(gross - 1712) / 32.1:.2f}",
                    f"{gross - 1712:,.2f}",
                    f"{ytd * 0.1:,.2f}",
                ],
                ["Federal income tax", "", "", f"-{gross * 0.07:,.2f}", ""],
                ["Social Security / Medicare", "", "", f"-{gross * 0.0765:,.2f}", ""],
                ["SC state income tax", "", "", f"-{gross * 0.0135:,.2f}", ""],
                ["Net pay", "", "", f"{net:,.2f}", ""],
            ],
            notes=["Direct deposit to account ending 2290. This is not a check."],
            face="narrow-bold",
            align=["left", "right", "right", "right", "right"],
        )
        return drawn(
            "pay_stub", sheets, "pay_record", devendra, "employment_and_taxes", proves=period
        )

    nec = doc.form_1099nec(
        year=2024,
        person=devendra,
        ssn4="5821",
        address=(street, city),
        payer=["MIDLANDS FLOORING INSTALL LLC", "88 Percival Rd", "Columbia, SC 29206"],
        payer_tin="57-1194402",
        amount=9840.00,
    )
    sc_id = doc.id_card(
        top=["SOUTH CAROLINA", "IDENTIFICATION CARD · NOT A DRIVER LICENSE"],
        fields=[
            ("4d ID NO.", "104882716"),
            ("1 LAST", up(devendra.surname)),
            ("2 FIRST", up(devendra.given)),
            ("8 ADDRESS", "2215 TWO NOTCH RD APT 9B, COLUMBIA SC 29204"),
            ("3 DOB", doc.us(devendra.born)),
            ("4a ISS / 4b EXP", "03/11/2024   12/08/2031"),
            ("15 SEX / 18 EYES / 16 HGT", "M   BRO   5'-08\""),
        ],
        seed=seed + 3,
        tint=((226, 236, 246), (246, 236, 214)),
        footer="SCDMV",
    )
    denial = doc.letter(
        (
            "U.S. Department of Homeland Security",
            [
                "U.S. Immigration and Customs Enforcement",
                "Office of the Principal Legal Advisor · Charlotte Field Location",
            ],
            (20, 40, 90),
            "shield",
        ),
        D(2025, 4, 22),
        [
            f"RE: {up(devendra.surname)}, {devendra.given}    A# 209-554-617",
            "This office has reviewed your request that the Department of Homeland Security "
            "exercise prosecutorial discretion in the above matter.",
            "After careful consideration of the totality of the circumstances, OPLA declines "
            "to exercise prosecutorial discretion at this time. This decision does not "
            "prevent you from submitting a new request should circumstances change.",
        ],
        "Chief Counsel",
        ["Office of the Principal Legal Advisor"],
        recipient=[rep["name"], rep["organization"], *rep["address"]],
        salutation="Dear Counsel:",
        face="serif",
    )
    volunteer = doc.letter(
        (
            "Midlands Community Food Bank",
            ["2201 Shop Road · Columbia, SC 29201", "Volunteer Services · (803) 555-0193"],
            (200, 90, 10),
            "leaf",
        ),
        D(2026, 11, 3),
        [
            f"I coordinate volunteers at Midlands Community Food Bank. {devendra.name} has "
            "volunteered with us every month since the spring of 2019, logging more than 400 "
            "hours sorting donations and driving our mobile pantry truck to rural Richland "
            "County.",
            "When Hurricane Helene hit in 2024 he worked four straight Saturdays loading relief "
            "boxes. He often brings his daughter Anjali, who has started volunteering on her "
            "own. He is dependable and generous.",
        ],
        "Keisha Brunson-Alvarez",
        ["Volunteer Coordinator"],
        face="sans",
    )
    therapist = doc.letter(
        (
            "Riverbanks Child & Family Counseling",
            ["1440 Gervais Street, Columbia, SC 29201", "Tel (803) 555-0160 · Fax (803) 555-0161"],
            (90, 50, 120),
            "leaf",
        ),
        D(2026, 10, 27),
        [
            f"RE: {rohan.name} (DOB {doc.us(rohan.born)})",
            "Rohan has been in weekly therapy with me since February 2025 for separation "
            "anxiety disorder (F93.0), which began after his father's immigration hearing "
            "was scheduled. He has trouble sleeping, stomach pains before school and panic "
            "when his father leaves for work.",
            "His father attends every session and practises the coping plan with him at home. "
            "In my clinical opinion, Rohan's father's removal would seriously set back his "
            "treatment.",
        ],
        "Danielle Okonjo-Brewer, LPC",
        ["Licensed Professional Counselor, SC License 7752"],
    )
    g28 = doc.g28(
        client=devendra,
        a_number="209-554-617",
        rep=rep,
        bar=("South Carolina", "103382"),
        client_address=(street, city),
        signed=D(2026, 11, 12),
    )
    placed = [
        capture.card_photo(
            _passport_paper(
                "guyana_passport",
                devendra,
                "en",
                seed + 4,
                country_name=["CO-OPERATIVE REPUBLIC OF GUYANA", "PASSPORT · GUYANA"],
                code="GUY",
                number="R0519442",
                issued=D(2021, 5, 4),
                expiry=D(2031, 5, 3),
                authority="CENTRAL IMMIGRATION AND PASSPORT OFFICE",
                nationality="GUYANESE",
                labels=[
                    "Type",
                    "Country Code",
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
                tint=((226, 238, 226), (214, 226, 214)),
            ),
            "scans/passport devendra.jpg",
            seed + 4,
        ),
        capture.scan(
            drawn("guyana_birth", guyana, "birth_certificate", devendra, "identity"),
            "scans/guyana birth cert.jpg",
            seed + 5,
            colour=True,
        ),
        capture.copier(
            [
                carolina(anjali, "PRISMA HEALTH BAPTIST", "2012-SC-041877", "09/28/2012", 1),
                carolina(rohan, "PROVIDENCE HOSPITAL", "2015-SC-003562", "02/04/2015", 2),
            ],
            "scans/kids birth certificates.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                stub((D(2026, 8, 30), D(2026, 9, 12)), D(2026, 9, 18), 1872.5, 38990.0, 1),
                stub((D(2026, 9, 27), D(2026, 10, 10)), D(2026, 10, 16), 1904.6, 42770.0, 2),
                stub((D(2026, 10, 25), D(2026, 11, 7)), D(2026, 11, 13), 1776.2, 46440.0, 3),
            ],
            "scans/paystubs.pdf",
            seed + 7,
        ),
        capture.scan(
            drawn(
                "form_1099_nec",
                nec,
                "tax_record",
                devendra,
                "employment_and_taxes",
                proves=(D(2024, 1, 1), D(2024, 12, 31)),
            ),
            "scans/1099 2024.jpg",
            seed + 8,
        ),
        capture.card_photo(
            drawn(
                "south_carolina_id", sc_id, "identity_document", devendra, "identity", is_card=True
            ),
            "scans/IMG_8812.jpg",
            seed + 9,
            turn=90,
        ),
        capture.scan(
            drawn("pd_denial", denial, "other", devendra, "other"),
            "scans/denial letter 2025.pdf",
            seed + 10,
            dpi=150,
        ),
        capture.scan(
            drawn("volunteer_letter", volunteer, "letter_of_support", devendra, "community_ties"),
            "scans/food bank letter.jpg",
            seed + 11,
        ),
        capture.desk(
            drawn("therapist_letter", therapist, "medical_record", rohan, ("medical", "us_family")),
            "scans/IMG_8820.jpg",
            seed + 12,
        ),
        capture.scan(
            drawn("g28", g28, "g28", devendra, "other"),
            "scans/G-28 persaud.pdf",
            seed + 13,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": devendra.name,
            "a_number": "209-554-617",
            "date_of_birth": devendra.born,
            "country": "Guyana",
            "entered_us": D(2010, 8, 14),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Charlotte, NC",
            "next_hearing": D(2027, 6, 8),
            "hearing_type": "individual",
            "opla_office": "Charlotte",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 4, 22),
                "outcome": "denied",
                "changes": "Since the denial his son Rohan began treatment for separation "
                "anxiety disorder, and he has kept working full time and volunteering.",
            },
        },
        "representative": rep,
        "claims": {
            "children": [
                {"name": anjali.name, "date_of_birth": anjali.born, "status": "usc"},
                {"name": rohan.name, "date_of_birth": rohan.born, "status": "usc"},
            ],
            "community_ties": True,
        },
    }
    allowed = [
        # DESIGN.md: a renewal whose new evidence postdates the denial gets an info note.
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        # The denial letter proves no equity: a correct build may leave it unclassified.
        {"code": "unclassified-document", "file": "scans/denial letter 2025.pdf"},
    ]
    return CasePlan(
        "persaud", "blind9", case, placed, allowed=allowed, notes="a renewal; no deliberate finding"
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "kollie": kollie,
    "benitez": benitez,
    "macuacua": macuacua,
    "persaud": persaud,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
