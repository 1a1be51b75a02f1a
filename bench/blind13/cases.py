"""The thirteenth blind corpus: four invented families, each a case folder of the evidence a
legal-aid office really receives (phone photos on a desk, passports in a landscape frame
upright, a quarter turn and a half turn off, copier stacks of two or three documents, a police
report and a sponsor's letter photographed page by page, a marriage certificate scanned twice,
papers in Romanian, Tagalog and Albanian), a case.yaml whose claims the documents bear out,
and the truth it is scored against. Written from plain descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind13.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bench.blind13 import documents as doc
from tests.realistic import capture, dates, mrz
from tests.realistic.model import (
    CasePlan,
    Choice,
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


def _passport(
    label: str,
    person: Person,
    language: Choice,
    seed: int,
    *,
    country: str,
    number: str,
    expiry: dt.date,
    header: list[str],
    rows: list[list[tuple[str, str]]],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    personal: str = "",
    surname: str | None = None,
    given: str | None = None,
) -> Paper:
    zone = mrz.td3(
        kind="P",
        country=country,
        surname=surname or person.surname,
        given=given or person.given,
        number=number,
        nationality=country,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
        personal=personal,
    )
    sheets = doc.passport(
        header=header, rows=rows, zone=zone, tint=tint, seed=seed, signature=person.name
    )
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


def _g28(
    rep: dict,
    bar: tuple[str, str],
    person: Person,
    a_number: str,
    address: tuple[str, str, str, str],
    phone: str,
    signed: dt.date,
) -> Paper:
    given, *middle = person.given.split()
    sheets = doc.g28(
        rep=rep,
        bar=bar,
        client=(person.surname.upper(), given.upper(), " ".join(middle).upper()),
        a_number=a_number,
        client_address=address,
        client_phone=phone,
        signed=signed,
    )
    return drawn("g28", sheets, "g28", person, "other")


# ---------------------------------------------------------------- 1. Cheyenne, Wyoming


def turcanu() -> CasePlan:
    """A Moldovan woman in Cheyenne, Wyoming, who came on a summer work-and-travel visa and
    married a naturalized US citizen: a Moldovan passport, her certificat de naştere with its
    translation, the Laramie County marriage certificate scanned twice, her husband's
    certificate of naturalization, a joint lease and a joint 1040 in one PDF, three hotel pay
    statements in another, the hotel's letter."""
    viorica = Person("Viorica", "Țurcanu", D(1993, 3, 8), "F", "Costești, Ialoveni")
    tomasz = Person("Tomasz Andrzej", "Nowicki", D(1987, 11, 2), "M", "Rzeszów, Poland")
    a_number = "220-418-937"
    rep = _rep(
        "Hannah Wexler-Oyelowo",
        "High Plains Immigrant Justice Project",
        ["1709 Carey Avenue, Suite 204", "Cheyenne, WY 82001"],
        "307-555-0148",
        "hwexler@hpijp.example",
        "WY627104",
    )
    street, city = "2318 E. Fremont Drive, Apt. 6", "Cheyenne, WY 82001"
    seed = 13100
    idnp = "2003012468135"
    birth_facts = dict(
        surname="ȚURCANU",
        given="VIORICA",
        born=viorica.born,
        place=["s. Costeşti, r-nul Ialoveni", "Republica Moldova"],
        father=("ȚURCANU ION", "Republica Moldova", "moldovean"),
        mother=("ȚURCANU ELENA", "Republica Moldova", "moldoveancă"),
        act=("47", D(1993, 3, 19)),
        issued=D(2013, 4, 12),
        series="N-CN Nr. 0418822",
        idnp=idnp,
        registrar="Larisa Munteanu",
    )
    birth = doc.moldova_birth(**birth_facts, office="Primăria s. Costeşti", seed=seed)
    translation = doc.moldova_translation(
        **birth_facts,
        translator=(
            "Natalia Cebotari",
            ["4410 Yellowstone Road", "Cheyenne, WY 82009"],
            "307-555-0193",
        ),
        signed=D(2026, 9, 3),
    )
    marriage = doc.wyoming_marriage(
        license_no="2022-ML-01187",
        party_a=(
            "TOMASZ ANDRZEJ NOWICKI",
            "34",
            dates.us(tomasz.born),
            "POLAND",
            "1120 W. 31ST ST., CHEYENNE, LARAMIE, WY",
        ),
        party_b=(
            "VIORICA TURCANU",
            "29",
            dates.us(viorica.born),
            "MOLDOVA",
            "1120 W. 31ST ST., CHEYENNE, LARAMIE, WY",
            "TURCANU",
        ),
        married=D(2022, 9, 17),
        place="CHEYENNE, LARAMIE COUNTY",
        officiant=("Rev. Dale A. Sorensen", "MINISTER, FIRST LUTHERAN CHURCH"),
        witnesses=("KAYLA M. BRUNNER", "OLEG ROTARU"),
        recorded=D(2022, 9, 21),
        book="B-77 / 412",
        clerk="Gwen R. Haskell",
        certified=D(2026, 8, 24),
        seed=seed + 1,
    )
    natz = doc.naturalization(
        number="41862093",
        uscis="A 087-331-652",
        name=tomasz.name,
        born=tomasz.born,
        sex="MALE",
        height="6 FEET 0 INCHES",
        marital="SINGLE",
        country="POLAND",
        office="DENVER, COLORADO",
        admitted=D(2011, 6, 14),
        seed=seed + 2,
    )
    lease = doc.lease(
        landlord="Bighorn Residential Properties, LLC",
        landlord_address="600 Central Avenue, Cheyenne, WY 82007",
        tenants=["Tomasz A. Nowicki", "Viorica Turcanu"],
        premises=f"{street}, {city}",
        start=D(2025, 8, 1),
        end=D(2026, 7, 31),
        rent=1375,
        deposit=1375,
        state="Wyoming",
        statute="the Wyoming Residential Rental Property Act, W.S. 1-21-1201 through 1-21-1211",
        signed=D(2025, 7, 18),
        agent="Courtney L. Pfeiffer",
    )
    ret = doc.form_1040(
        year=2024,
        you=("TOMASZ A", "NOWICKI", "XXX-XX-2206"),
        spouse=("VIORICA", "TURCANU", "XXX-XX-5179"),
        address=("1120 W 31ST ST", "", "CHEYENNE", "82001"),
        wages=98640,
        interest=112,
        withheld=9875,
        occupations=("ELECTRICIAN", "FRONT DESK SUPV"),
        signed=D(2025, 3, 4),
        preparer=("JOANNE K. DILLARD", "P01873364", "DILLARD TAX SERVICE, CHEYENNE WY"),
    )
    employer = [
        "FRONTIER PLAINS LODGE & CONFERENCE CENTER",
        "1900 W. Lincolnway",
        "Cheyenne, WY 82001   (307) 555-0100",
    ]

    def stub(
        period: tuple[dt.date, dt.date], paid: dt.date, overtime: float, ytd: float, n: int
    ) -> Paper:
        sheets = doc.hotel_stub(
            employer=employer,
            employee=("Viorica Turcanu", street, city),
            employee_id="004417",
            period=period,
            paid=paid,
            rate=21.40,
            hours=80.0,
            overtime=overtime,
            ytd_gross=ytd,
            check_no=f"DD-{88140 + n}",
        )
        return drawn(
            "hotel_pay_statement",
            sheets,
            "pay_record",
            viorica,
            "employment_and_taxes",
            proves=(period[0], paid),
        )

    hotel = doc.letter(
        (
            "Frontier Plains Lodge & Conference Center",
            ["1900 W. Lincolnway, Cheyenne, Wyoming 82001", "(307) 555-0100"],
            (120, 60, 20),
            "house",
        ),
        D(2026, 10, 6),
        [],
        None,
        "To Whom It May Concern:",
        [
            "Viorica Turcanu has worked at Frontier Plains Lodge since April 2, 2016. She "
            "started at our front desk as a guest service agent on the overnight shift and in "
            "2021 was promoted to Front Desk Supervisor, the position she holds today.",
            "As supervisor she schedules and trains a team of nine agents, balances the night "
            "audit, handles group reservations for the conference center and is the manager "
            "on duty three evenings a week. She works full time, forty hours a week and often "
            "more during the Frontier Days rodeo in July, and is paid $21.40 an hour with "
            "health insurance and a 401(k) match.",
            "Guests mention her by name in their reviews, and our staff rely on her. I would "
            "be glad to answer any questions about her employment.",
        ],
        "Sincerely,",
        "Marcus J. Vinterberg",
        ["General Manager", "mvinterberg@frontierplainslodge.example"],
    )
    g28 = _g28(
        rep,
        ("Wyoming State Bar", "7-6318"),
        viorica,
        a_number,
        ("2318 E. Fremont Drive, Apt. 6", "Cheyenne", "WY", "82001"),
        "307-555-0166",
        D(2026, 9, 10),
    )
    placed = [
        capture.card_photo(
            _passport(
                "moldova_passport",
                viorica,
                ["ro", "en"],
                seed + 3,
                country="MDA",
                number="AB0634172",
                expiry=D(2031, 5, 19),
                personal=idnp,
                surname="TURCANU",
                given="VIORICA",
                header=["REPUBLICA MOLDOVA", "PAŞAPORT / PASSPORT / PASSEPORT"],
                rows=[
                    [
                        ("Tipul/Type", "P"),
                        ("Codul statului/Code", "MDA"),
                        ("Nr. paşaportului/Passport No.", "AB0634172"),
                    ],
                    [("Numele/Surname/Nom", "ȚURCANU / TURCANU")],
                    [("Prenumele/Given names/Prénoms", "VIORICA")],
                    [("Cetăţenia/Nationality", "MOLDOVA"), ("Cod personal/Personal No.", idnp)],
                    [
                        ("Data naşterii/Date of birth", "08.03.1993"),
                        ("Sexul/Sex", "F"),
                        ("Locul naşterii/Place of birth", "MDA"),
                    ],
                    [
                        ("Data eliberării/Date of issue", "20.05.2021"),
                        ("Data expirării/Date of expiry", "19.05.2031"),
                    ],
                    [("Autoritatea/Authority", "ASP 1105")],
                ],
                tint=((222, 232, 244), (206, 220, 236)),
            ),
            "scans/IMG_3021.jpg",
            seed + 3,
        ),
        capture.desk(
            drawn("moldova_birth", birth, "birth_certificate", viorica, "identity", "ro"),
            "scans/IMG_3024.jpg",
            seed + 4,
        ),
        capture.scan(
            drawn(
                "moldova_birth_translation",
                translation,
                "certificate_of_translation",
                viorica,
                "identity",
            ),
            "scans/birth certificate translation.pdf",
            seed + 5,
        ),
        capture.twice(
            drawn("wyoming_marriage", marriage, "marriage_certificate", viorica, "us_family"),
            ("scans/marriage certificate.jpg", "scans/marriage certificate 150.jpg"),
            seed + 6,
        ),
        capture.desk(
            drawn(
                "naturalization_certificate",
                natz,
                "naturalization_certificate",
                tomasz,
                "us_family",
            ),
            "scans/IMG_3030.jpg",
            seed + 8,
            surface="pale",
        ),
        capture.copier(
            [
                drawn(
                    "joint_lease",
                    lease,
                    "residence_record",
                    viorica,
                    "length_of_residence",
                    proves=(D(2025, 8, 1), D(2026, 7, 31)),
                ),
                drawn(
                    "joint_1040",
                    ret,
                    "tax_record",
                    viorica,
                    "employment_and_taxes",
                    proves=(D(2024, 1, 1), D(2024, 12, 31)),
                ),
            ],
            "scans/lease and taxes.pdf",
            seed + 9,
        ),
        capture.copier(
            [
                stub((D(2026, 8, 16), D(2026, 8, 29)), D(2026, 9, 4), 3.5, 36980.0, 1),
                stub((D(2026, 8, 30), D(2026, 9, 12)), D(2026, 9, 18), 0.0, 38692.0, 2),
                stub((D(2026, 9, 13), D(2026, 9, 26)), D(2026, 10, 2), 6.0, 40596.6, 3),
            ],
            "scans/paystubs.pdf",
            seed + 10,
        ),
        capture.scan(
            drawn(
                "hotel_employment_letter",
                hotel,
                "employment_letter",
                viorica,
                "employment_and_taxes",
            ),
            "scans/employment letter.jpg",
            seed + 11,
        ),
        capture.scan(g28, "scans/G-28.pdf", seed + 12, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": viorica.name,
            "a_number": a_number,
            "date_of_birth": viorica.born,
            "country": "Moldova",
            "entered_us": D(2014, 6, 3),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Denver, CO",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "master",
            "opla_office": "Denver",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {"spouse": {"name": tomasz.name, "status": "usc"}},
        "translator": {
            "name": "Natalia Cebotari",
            "address": ["4410 Yellowstone Road", "Cheyenne, WY 82009"],
            "phone": "307-555-0193",
        },
    }
    findings = [
        {
            "code": "duplicate-document",
            "file": ["scans/marriage certificate 150.jpg", "scans/marriage certificate.jpg"],
        }
    ]
    return CasePlan(
        "turcanu",
        "blind13",
        case,
        placed,
        findings=findings,
        notes="the marriage certificate is scanned twice: a true duplicate",
    )


# ---------------------------------------------------------------- 2. Honolulu, Hawaii


def macaraeg() -> CasePlan:
    """A young man from Ilocos Norte brought to Honolulu at five: a Philippine passport a
    quarter turn off, a PSA certificate of live birth, a cumulative attendance record from
    kindergarten to grade 12, a report card, a year-end report card and a progress report in
    one PDF, a diploma and a community college certificate photographed and scanned, three
    W-2s in one PDF, a family friend's letter in Tagalog with no translation."""
    jericho = Person("Jericho", "Macaraeg", D(2003, 11, 22), "M", "Laoag City, Ilocos Norte")
    a_number = "216-095-384"
    rep = _rep(
        "Leilani Kahananui-Soto",
        "Aloha Immigrant Rights Clinic",
        ["1132 Bishop Street, Suite 1510", "Honolulu, HI 96813"],
        "808-555-0127",
        "lkahananui@airc.example",
        "HI518273",
    )
    street, city = "1847 Kamehameha IV Road, Unit 12", "Honolulu, HI 96819"
    seed = 13200
    full = "MACARAEG, JERICHO DELA CRUZ"
    psa = doc.psa_birth(
        registry="2003-4512",
        province="ILOCOS NORTE",
        city="LAOAG CITY",
        child=("JERICHO", "DELA CRUZ", "MACARAEG"),
        sex="MALE",
        born=jericho.born,
        place="GOV. ROQUE B. ABLAN SR. MEMORIAL HOSPITAL, BRGY. 8, LAOAG CITY, ILOCOS NORTE",
        mother=("MARICEL SANTOS DELA CRUZ", "FILIPINO", "ROMAN CATHOLIC", "SALES CLERK", "24"),
        father=("ROMMEL AGCAOILI MACARAEG", "FILIPINO", "ROMAN CATHOLIC", "DRIVER", "27"),
        married="MAY 14, 2002  LAOAG CITY, ILOCOS NORTE",
        attendant="PHYSICIAN",
        registered=D(2003, 12, 9),
        issued=D(2023, 2, 17),
        seed=seed,
    )
    schools = [
        ("2009-10", "K", "Kalihi Uka Elementary", "08/03/2009", "05/28/2010", 178, 170),
        ("2010-11", "1", "Kalihi Uka Elementary", "08/02/2010", "05/27/2011", 177, 172),
        ("2011-12", "2", "Kalihi Uka Elementary", "08/01/2011", "05/24/2012", 178, 173),
        ("2012-13", "3", "Kalihi Uka Elementary", "07/31/2012", "05/30/2013", 180, 177),
        ("2013-14", "4", "Kalihi Uka Elementary", "08/05/2013", "05/29/2014", 180, 176),
        ("2014-15", "5", "Kalihi Uka Elementary", "08/04/2014", "05/28/2015", 180, 177),
        ("2015-16", "6", "Kapalama Ridge Middle", "08/03/2015", "05/26/2016", 180, 174),
        ("2016-17", "7", "Kapalama Ridge Middle", "08/01/2016", "05/25/2017", 180, 176),
        ("2017-18", "8", "Kapalama Ridge Middle", "07/31/2017", "05/24/2018", 180, 178),
        ("2018-19", "9", "Moanalua Heights High", "08/06/2018", "05/23/2019", 180, 171),
        ("2019-20", "10", "Moanalua Heights High", "08/05/2019", "05/28/2020", 180, 173),
        ("2020-21", "11", "Moanalua Heights High", "08/04/2020", "05/27/2021", 180, 168),
        ("2021-22", "12", "Moanalua Heights High", "08/03/2021", "05/21/2022", 178, 172),
    ]
    rows = []
    for year, grade, school, entry, exit_, enrolled, present in schools:
        exit_code = "G1" if year == "2021-22" else "W1"
        rows.append(
            [
                year,
                grade,
                school,
                entry,
                f"{exit_} {exit_code}",
                str(enrolled),
                str(present),
                str(enrolled - present),
                str((enrolled - present) // 2),
            ]
        )
    attendance = doc.hidoe_attendance(
        student=full,
        student_id="1008847216",
        born=jericho.born,
        rows=rows,
        school="Moanalua Heights High School",
        printed=D(2026, 9, 14),
        registrar="Corazon P. Ulufale",
    )
    grade3 = doc.hidoe_elementary_card(
        student="Jericho D. Macaraeg",
        grade="Grade 3",
        year="2012-2013",
        school="Kalihi Uka Elementary School",
        teacher="Mrs. Sharon Nakamoto",
        marks=[
            ("Language Arts: Reading — reads grade-level text with fluency", ["2", "3", "3", "3"]),
            ("Language Arts: Writing — writes organized paragraphs", ["2", "2", "3", "3"]),
            ("Language Arts: Oral communication", ["3", "3", "3", "3"]),
            ("Mathematics: Number and operations (multiplication facts)", ["3", "3", "4", "4"]),
            ("Mathematics: Measurement and geometry", ["3", "3", "3", "4"]),
            ("Science: Scientific investigation", ["3", "3", "3", "3"]),
            ("Social Studies: Hawaiian communities past and present", ["3", "3", "3", "3"]),
            ("Health / Physical Education", ["3", "3", "3", "3"]),
            ("English Language Learner (ELL) services", ["Yes", "Yes", "Exited", "—"]),
        ],
        glo=["U U C C", "C C C C", "S U U U", "U U U C", "S U U U", "U U C C"],
        absences=["1", "0", "2", "0"],
        comment="Jericho has grown so much this year! He exited ELL services in the third "
        "quarter and now reads chapter books on his own. He is a kind helper to new students "
        "in our class. Keep practicing writing at home over the summer.",
        principal="Dr. Glenn K. Arakaki",
    )
    grade7 = doc.middle_school_card(
        student="MACARAEG, JERICHO D",
        student_id="1008847216",
        grade="7",
        year="2016-2017",
        school="Kapalama Ridge Middle School",
        address="1740 Kalihi Street, Honolulu, Hawaii 96819",
        courses=[
            ["English Language Arts 7", "Fonoti, M.", "B", "B", "B", "B+", "A-", "B+"],
            ["Math 7", "Yoshimura, K.", "A-", "A", "A", "A", "A", "A"],
            ["Science 7", "Pascua, R.", "B", "B+", "B+", "B", "B+", "B+"],
            ["Pacific & World History", "Kealoha, D.", "B+", "B", "B", "A-", "B+", "B+"],
            ["Physical Education", "Tamashiro, L.", "A", "A", "A", "A", "A", "A"],
            ["Band (Beginning)", "Ramos, J.", "A", "A-", "A", "A", "A", "A"],
        ],
        absences="4",
        counselor="Ms. Aileen Domingo",
    )
    grade10 = doc.progress_report(
        student="Macaraeg, Jericho Dela Cruz",
        student_id="1008847216",
        grade="10",
        school="Moanalua Heights High School",
        address="2825 Ala Ilima Street, Honolulu, Hawaii 96818",
        issued=D(2019, 9, 13),
        quarter="Quarter 1, 2019-2020",
        courses=[
            ["English 10", "Kaneshiro, B.", "B", "84.6", "1", "Satisfactory"],
            ["Algebra II", "Dizon, P.", "A", "93.1", "0", "Outstanding"],
            ["Chemistry", "Whitmore, E.", "C", "74.8", "3", "Satisfactory"],
            ["Modern History of Hawaii", "Palakiko, K.", "B", "86.0", "0", "Satisfactory"],
            ["Automotive Technology I (CTE)", "Garcia, T.", "A", "97.5", "0", "Outstanding"],
            ["JROTC II", "SFC Alofaituli", "A", "95.0", "0", "Outstanding"],
        ],
        note="Jericho is doing excellent work in Automotive Technology and JROTC. In Chemistry "
        "he has three missing lab reports; he may turn them in until September 27 for partial "
        "credit. Please contact Ms. Whitmore with any questions.",
    )
    diploma = doc.hawaii_diploma(
        name="Jericho Dela Cruz Macaraeg",
        school="Moanalua Heights High School",
        awarded=D(2022, 5, 21),
        signers=[
            ("Bruce K. Voss", "Chairperson, Board of Education"),
            ("Keith T. Hayashi", "Superintendent of Education"),
            ("Maile N. Kanahele", "Principal"),
        ],
        seed=seed + 1,
    )
    college = doc.college_certificate(
        college="Ewa Plains Community College",
        name="Jericho D. Macaraeg",
        program="Automotive Mechanics Technology",
        awarded=D(2024, 5, 10),
        signers=[
            ("Rochelle A. Tengan", "Chancellor"),
            ("Vernon K. Ah Sing", "Program Coordinator"),
        ],
    )

    def w2(year: int, wages: float, employer: list[str], ein: str, state_id: str) -> Paper:
        sheets = doc.w2(
            year=year,
            ssn="XXX-XX-8145",
            ein=ein,
            employer=employer,
            control=f"{year}-00{year % 100}7",
            employee=("JERICHO D MACARAEG", street.upper(), city.upper()),
            wages=wages,
            state_id=state_id,
            state="HI",
            state_rate=0.052,
        )
        return drawn(
            "w2",
            sheets,
            "tax_record",
            jericho,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )

    nimitz = ["NIMITZ AUTO & TIRE LLC", "2150 N NIMITZ HWY", "HONOLULU HI 96819"]
    letter = doc.tagalog_letter(
        writer="Perlita R. Agbayani",
        address=["94-1025 Waipahu Street", "Waipahu, Hawaii 96797"],
        subject="Jericho Dela Cruz Macaraeg",
        written=D(2026, 10, 3),
        body=[
            "Ako po si Perlita R. Agbayani, 67 taong gulang, retiradong nars, at naninirahan "
            "sa Waipahu mula pa noong 1989. Kilala ko po si Jericho mula nang dumating ang "
            "kanilang pamilya sa Honolulu noong Enero 2009, noong siya ay limang taong gulang "
            "pa lamang.",
            "Ako po ang nag-aalaga sa kanya tuwing hapon pagkatapos ng klase habang "
            "nagtatrabaho ang kanyang mga magulang, mula kindergarten hanggang ikaanim na "
            "baitang. Nakita ko po kung paano siya natutong magbasa at magsalita ng Ingles, at "
            "kung paano siya nagsikap sa paaralan.",
            "Ngayon po ay isa na siyang mekaniko. Tuwing Linggo ay tumutulong siya sa aming "
            "parokya sa pag-aayos ng mga upuan at sa pagmamaneho ng mga matatanda papunta sa "
            "misa. Siya po ay mabait, magalang at masipag na binata.",
            "Buong puso ko pong hinihiling na bigyan siya ng pagkakataong manatili rito sa "
            "Hawaii, ang tanging tahanan na kanyang nakilala.",
        ],
    )
    g28 = _g28(
        rep,
        ("Hawaii State Bar Association", "11284"),
        jericho,
        a_number,
        ("1847 Kamehameha IV Road, Unit 12", "Honolulu", "HI", "96819"),
        "808-555-0175",
        D(2026, 10, 12),
    )
    placed = [
        capture.card_photo(
            _passport(
                "philippine_passport",
                jericho,
                ["tl", "en"],
                seed + 2,
                country="PHL",
                number="P4827163B",
                expiry=D(2033, 3, 1),
                header=[
                    "REPUBLIKA NG PILIPINAS",
                    "REPUBLIC OF THE PHILIPPINES",
                    "PASAPORTE / PASSPORT",
                ],
                rows=[
                    [
                        ("Uri/Type", "P"),
                        ("Kodigo ng Bansa/Country Code", "PHL"),
                        ("Pasaporte Blg./Passport No.", "P4827163B"),
                    ],
                    [("Apelyido/Surname", "MACARAEG")],
                    [
                        ("Mga Pangalan/Given Names", "JERICHO"),
                        ("Panggitnang Apelyido/Middle Name", "DELA CRUZ"),
                    ],
                    [
                        ("Petsa ng Kapanganakan/Date of Birth", "22 NOV 2003"),
                        ("Kasarian/Sex", "M"),
                        ("Nasyonalidad/Nationality", "FILIPINO"),
                    ],
                    [("Lugar ng Kapanganakan/Place of Birth", "LAOAG CITY")],
                    [
                        ("Petsa ng Pagkakaloob/Date of Issue", "02 MAR 2023"),
                        ("Valid Hanggang/Valid Until", "01 MAR 2033"),
                    ],
                    [("Maykapangyarihang Nagbigay/Issuing Authority", "PCG HONOLULU")],
                ],
                tint=((236, 226, 236), (222, 214, 232)),
            ),
            "scans/passport.jpg",
            seed + 2,
            turn=90,
        ),
        capture.desk(
            drawn("psa_birth", psa, "birth_certificate", jericho, "identity"),
            "scans/PSA birth cert.jpg",
            seed + 3,
        ),
        capture.scan(
            drawn(
                "hidoe_cumulative_attendance",
                attendance,
                "school_record",
                jericho,
                ("arrived_as_child", "education", "length_of_residence"),
                proves=(D(2009, 8, 3), D(2022, 5, 21)),
            ),
            "scans/attendance record.pdf",
            seed + 4,
        ),
        capture.copier(
            [
                drawn(
                    "hidoe_report_card_grade3",
                    grade3,
                    "school_record",
                    jericho,
                    ("education", "arrived_as_child"),
                    proves=(D(2012, 7, 31), D(2013, 5, 30)),
                ),
                drawn(
                    "report_card_grade7",
                    grade7,
                    "school_record",
                    jericho,
                    ("education", "arrived_as_child"),
                    proves=(D(2016, 8, 1), D(2017, 5, 25)),
                ),
                drawn(
                    "progress_report_grade10",
                    grade10,
                    "school_record",
                    jericho,
                    ("education", "arrived_as_child"),
                    proves=(D(2019, 8, 5), D(2019, 9, 13)),
                ),
            ],
            "scans/school records.pdf",
            seed + 5,
        ),
        capture.desk(
            drawn("hawaii_diploma", diploma, "diploma", jericho, "education"),
            "scans/IMG_20261004_101512.jpg",
            seed + 6,
            turn=0,
            fill=0.82,
        ),
        capture.scan(
            drawn("college_certificate", college, "diploma", jericho, "education"),
            "scans/certificate of achievement.jpg",
            seed + 7,
            colour=True,
        ),
        capture.copier(
            [
                w2(2023, 31480.55, nimitz, "99-1184672", "W40917733-01"),
                w2(2024, 38912.00, nimitz, "99-1184672", "W40917733-01"),
                w2(
                    2025,
                    46205.18,
                    ["MAKAI FLEET SERVICES INC", "91-255 KALAELOA BLVD", "KAPOLEI HI 96707"],
                    "99-0472815",
                    "W11650284-01",
                ),
            ],
            "scans/w2s.pdf",
            seed + 8,
        ),
        capture.desk(
            drawn("tagalog_letter", letter, "letter_of_support", jericho, "community_ties", "tl"),
            "scans/sulat ni tita perlita.jpg",
            seed + 9,
            surface="pale",
        ),
        capture.scan(g28, "scans/G28 Macaraeg.pdf", seed + 10, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": jericho.name,
            "a_number": a_number,
            "date_of_birth": jericho.born,
            "country": "Philippines",
            "entered_us": D(2009, 1, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Honolulu, HI",
            "next_hearing": D(2027, 3, 9),
            "hearing_type": "master",
            "opla_office": "Honolulu",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {"residence_since": D(2009, 1, 20), "education": True},
    }
    findings = [{"code": "untranslated-document", "file": "scans/sulat ni tita perlita.jpg"}]
    return CasePlan(
        "macaraeg",
        "blind13",
        case,
        placed,
        findings=findings,
        notes="the Tagalog letter has no translation",
    )


# ---------------------------------------------------------------- 3. Anchorage, Alaska


def tamang() -> CasePlan:
    """A Nepali mother in Anchorage, Alaska, beaten by her husband and helpful to the
    police: a passport upside down, an English birth registration certificate, an Alaska
    certificate of live birth for her son, a police report photographed page by page, the
    long-term protective order and a Supplement B (its A-number mistyped) in one PDF, an
    emergency department's after-visit summary, a shelter advocate's letter, two pay
    statements in one PDF, an electric bill."""
    pramila = Person("Pramila", "Tamang", D(1994, 1, 28), "F", "Hetauda, Makwanpur")
    aarav = Person("Aarav", "Bhandari", D(2020, 3, 9), "M", "Anchorage")
    abuser = "Rajendra Kumar Bhandari"
    a_number = "219-847-306"
    rep = _rep(
        "Margaret Ivanoff-Reyes",
        "Northern Lights Immigration Legal Services",
        ["431 W. 7th Avenue, Suite 208", "Anchorage, AK 99501"],
        "907-555-0139",
        "mivanoff@nlils.example",
        "AK702915",
    )
    street, city = "3520 Lois Drive, Apt. 4B", "Anchorage, AK 99517"
    seed = 13300
    nepal = doc.nepal_birth(
        registration="2050/04/0872",
        office=[
            "Office of the Local Registrar",
            "Hetauda Sub-Metropolitan City, Ward No. 4",
            "Makwanpur, Bagmati Province, Nepal",
        ],
        name="PRAMILA TAMANG",
        sex="Female",
        born_bs="2050/10/15",
        born_ad=pramila.born,
        place="Hetauda-4, Makwanpur",
        father="BIR BAHADUR TAMANG",
        mother="SITA MAYA TAMANG",
        grandfather="KANCHHA TAMANG",
        address="Hetauda Sub-Metropolitan City-4, Makwanpur",
        registered_bs="2050/11/02",
        issued="2079/09/18 B.S.",
        registrar="Ram Prasad Adhikari",
    )
    alaska = doc.alaska_birth(
        file_no="141-2020-003918",
        child=("AARAV", "", "BHANDARI"),
        sex="MALE",
        born=aarav.born,
        hour="0617",
        facility="ALPENGLOW REGIONAL MEDICAL CENTER",
        mother=("PRAMILA TAMANG", dates.us(pramila.born), "NEPAL"),
        father=(up(abuser), "07/19/1989", "NEPAL"),
        filed=D(2020, 3, 18),
        issued=D(2025, 1, 8),
        registrar="Hollis R. Caldwell",
        seed=seed,
    )
    police = doc.apd_report(
        case_no="24-41877",
        reported=dt.datetime(2024, 10, 12, 21, 38),
        occurred="10/12/2024 2050 - 10/12/2024 2115",
        location="1610 E. 40TH AVE. APT 2, ANCHORAGE AK 99508",
        offenses=[
            "AS 11.41.230(a)(1) ASSAULT IN THE FOURTH DEGREE - DV",
            "AS 11.56.745 INTERFERING WITH A REPORT OF A CRIME INVOLVING DV",
        ],
        victim=("TAMANG, PRAMILA", "01/28/1994", "F", "WITHHELD"),
        suspect=("BHANDARI, RAJENDRA KUMAR", "07/19/1989", "M", "1610 E. 40TH AVE. #2"),
        officer=("Ofc. Tyler J. Merculieff", "2291"),
        narrative=[
            "On 10/12/2024 at about 2138 hours I was dispatched to 1610 E. 40th Ave. for a "
            "report of a disturbance. The caller, a neighbor, reported a woman screaming and "
            "something hitting the wall. Ofc. Naanaa and I arrived at 2146.",
            "A female, later identified as Pramila TAMANG, opened the door holding a young "
            "boy. She was crying and had a swollen left cheek and red marks on her left "
            "forearm. She said in English that her husband, Rajendra BHANDARI, had hit her.",
            "TAMANG stated that BHANDARI came home after drinking and became angry that she "
            "had gone to work without his permission. He slapped her face several times with "
            "an open hand and struck her left arm with a closed fist. When she tried to call "
            "911 he took her phone and threw it against the wall. The neighbor then called.",
        ],
        more=[
            "TAMANG said this was not the first time. She said BHANDARI has held her passport "
            "and bank card since 2019 and does not let her speak to her family. I photographed "
            "her injuries and the broken phone (evidence items 1-4).",
            "BHANDARI was in the bedroom. He smelled strongly of an alcoholic beverage. He "
            'stated that they had argued and that she "fell." He was placed under arrest for '
            "Assault 4 DV and Interfering with a Report of a Crime Involving DV and "
            "transported to the Anchorage Correctional Complex without incident.",
            "TAMANG was given the AS 18.65.520 notice of rights and services for victims of "
            "domestic violence and the shelter hotline number. Anchorage Fire Department "
            "Medic 3 evaluated her at the scene; she chose to be driven to Alpenglow Regional "
            "Medical Center by a friend. An advocate from the shelter was contacted and met "
            "her at the hospital.",
        ],
    )
    order = doc.alaska_protective_order(
        case_no="3AN-24-09314CI",
        petitioner=pramila.name,
        respondent=abuser,
        respondent_dob=D(1989, 7, 19),
        hearing=D(2024, 11, 1),
        expires=D(2025, 11, 1),
        judge="Christine M. Oquilluk",
    )
    supp_b = doc.supplement_b(
        victim=("TAMANG", "PRAMILA", ""),
        born=pramila.born,
        a_number="A219-874-306",
        agency=["Anchorage Police Department", "716 W. 4th Avenue", "907-555-0160"],
        official=("Lt. Dana K. Whitcomb", "Lieutenant, Special Victims Unit"),
        case_no="24-41877",
        crime_dates="10/12/2024 (and earlier incidents 2021-2024)",
        statutes="AS 11.41.230(a)(1) Assault in the Fourth Degree; AS 11.56.745 Interfering "
        "with a Report of a Crime Involving Domestic Violence",
        description="On October 12, 2024 the victim was struck repeatedly in the face and arm "
        "by her husband in their apartment and was prevented from calling 911 when he took and "
        "broke her phone. Officers observed her injuries. She reported prior assaults and that "
        "he kept her passport. The suspect was arrested and charged; he was convicted of "
        "Assault 4 DV on March 3, 2025.",
        helpful="Ms. Tamang gave a recorded statement on the night of the assault, provided "
        "photographs of earlier injuries, met with the prosecutor twice and appeared under "
        "subpoena for trial on March 3, 2025, when the defendant changed his plea.",
        signed=D(2025, 6, 18),
    )
    er = doc.after_visit(
        hospital=[
            "Alpenglow Regional Medical Center",
            "2801 Debarr Road, Anchorage, AK 99508",
            "Emergency Department (907) 555-0110",
        ],
        patient="TAMANG, PRAMILA",
        mrn="E00418273",
        born=pramila.born,
        visit=D(2024, 10, 12),
        provider="Jonathan Ekwueme, MD",
        complaint="Assault. Patient reports being slapped and punched by her husband tonight. "
        "Pain of the left cheek and left forearm. No loss of consciousness.",
        diagnoses=[
            ("S00.83XA", "Contusion of other part of head (left cheek), initial encounter"),
            ("S50.12XA", "Contusion of left forearm, initial encounter"),
            ("Y04.0XXA", "Assault by unarmed fight"),
            ("Y07.01", "Husband, perpetrator of maltreatment and neglect"),
        ],
        findings="Swelling and tenderness of the left zygomatic area; CT of the face shows no "
        "fracture. Two 3-4 cm contusions on the left forearm; X-ray negative. Domestic "
        "violence screen positive; social work consulted and forensic photographs taken with "
        "the patient's consent.",
        instructions=[
            "Ice the cheek 20 minutes at a time for the next 48 hours.",
            "Acetaminophen 500 mg, 1-2 tablets every 6 hours as needed for pain.",
            "Return if you have worsening pain, vision changes or severe headache.",
        ],
        referrals="Shelter advocate met patient in the department. Follow up with your "
        "primary care clinic in 1 week. Anchorage crisis line available 24 hours.",
    )
    advocate = doc.letter(
        (
            "Kinnikinnick Family Safety Center",
            [
                "Confidential shelter location",
                "Mailing: P.O. Box 241677, Anchorage, AK 99524",
                "24-hour line (907) 555-0177",
            ],
            (90, 40, 110),
            "leaf",
        ),
        D(2026, 9, 22),
        [],
        "Re: Pramila Tamang, DOB 01/28/1994",
        "To whom it may concern:",
        [
            "I am a legal advocate at Kinnikinnick Family Safety Center, Anchorage's shelter "
            "and advocacy program for survivors of domestic violence and sexual assault. I "
            "first met Ms. Tamang at the Alpenglow emergency department on the night of "
            "October 12, 2024, when the police called us after her husband assaulted her.",
            "Ms. Tamang and her son stayed in our emergency shelter for 54 nights, from "
            "October 13 to December 6, 2024, and then moved into transitional housing with our "
            "help. I worked with her on a safety plan, helped her file the petition for a "
            "protective order and sat with her at the hearing on November 1, 2024. When the "
            "criminal case went to trial in March 2025 I accompanied her to the courthouse.",
            "She has attended our weekly support group since January 2025 and completed our "
            "financial empowerment course. She now works, keeps her own apartment and takes "
            "her son to preschool every day. Her safety remains a concern: the man who "
            "assaulted her has contacted her through relatives in violation of the order, "
            "which we reported to the police in July 2025.",
            "Because our location is confidential, please send any correspondence to the "
            "mailing address above.",
        ],
        "Respectfully,",
        "Renata Kashevarof",
        ["Legal Advocate", "Kinnikinnick Family Safety Center"],
        pt=10.5,
    )
    address = [street, city]

    def stub(period: tuple[dt.date, dt.date], paid: dt.date, hours: float, ytd: float) -> Paper:
        sheets = doc.market_stub(
            employee=pramila.name,
            file_no="004386",
            period=period,
            paid=paid,
            rate=19.25,
            hours=hours,
            ytd=ytd,
            address=address,
        )
        return drawn(
            "market_pay_statement",
            sheets,
            "pay_record",
            pramila,
            "employment_and_taxes",
            proves=(period[0], paid),
        )

    bill = doc.electric_bill(
        utility=[
            "KNIK ARM ELECTRIC COOPERATIVE",
            "5601 Electron Drive, Anchorage, AK 99518",
            "Member Services (907) 555-0102   knikarmelectric.example",
        ],
        account="1048-2271-05",
        customer=pramila.name,
        service=[street, city],
        period=(D(2026, 9, 14), D(2026, 10, 13)),
        billed=D(2026, 10, 16),
        due=D(2026, 11, 9),
        kwh=412,
        amount=133.86,
        usage=[520, 610, 640, 580, 470, 390, 330, 300, 310, 350, 412, 470],
    )
    g28 = _g28(
        rep,
        ("Alaska Bar Association", "1811052"),
        pramila,
        a_number,
        ("3520 Lois Drive, Apt. 4B", "Anchorage", "AK", "99517"),
        "907-555-0182",
        D(2026, 9, 29),
    )
    placed = [
        capture.card_photo(
            _passport(
                "nepal_passport",
                pramila,
                "en",
                seed + 1,
                country="NPL",
                number="PA0482716",
                expiry=D(2035, 2, 13),
                header=["NEPAL", "PASSPORT"],
                rows=[
                    [("Type", "P"), ("Country Code", "NPL"), ("Passport No.", "PA0482716")],
                    [("Surname", "TAMANG")],
                    [("Given Names", "PRAMILA")],
                    [("Nationality", "NEPALI"), ("Sex", "F"), ("Date of Birth", "28 JAN 1994")],
                    [("Place of Birth", "MAKWANPUR"), ("Personal No.", "27-01-74-08812")],
                    [("Date of Issue", "14 FEB 2025"), ("Date of Expiry", "13 FEB 2035")],
                    [("Issuing Authority", "MOFA, DEPARTMENT OF PASSPORTS")],
                ],
                tint=((236, 232, 222), (226, 218, 206)),
            ),
            "scans/IMG_0457.jpg",
            seed + 1,
            turn=180,
        ),
        capture.desk(
            drawn("nepal_birth_registration", nepal, "birth_certificate", pramila, "identity"),
            "scans/IMG_0459.jpg",
            seed + 2,
        ),
        capture.scan(
            drawn("alaska_birth", alaska, "birth_certificate", aarav, "us_family"),
            "scans/aarav birth certificate.jpg",
            seed + 3,
            colour=True,
        ),
        capture.desk(
            drawn("apd_incident_report", police, "police_report", pramila, "crime_victim"),
            ["scans/police report p1.jpg", "scans/police report p2.jpg"],
            seed + 4,
        ),
        capture.copier(
            [
                drawn(
                    "alaska_protective_order", order, "protective_order", pramila, "crime_victim"
                ),
                drawn(
                    "supplement_b",
                    supp_b,
                    "u_visa_certification",
                    pramila,
                    ("law_enforcement_cooperation", "crime_victim"),
                ),
            ],
            "scans/court papers.pdf",
            seed + 6,
        ),
        capture.scan(
            drawn("er_after_visit", er, "medical_record", pramila, ("crime_victim", "medical")),
            "scans/hospital papers.jpg",
            seed + 7,
        ),
        capture.desk(
            drawn(
                "shelter_advocate_letter", advocate, "letter_of_support", pramila, "crime_victim"
            ),
            "scans/IMG_0466.jpg",
            seed + 8,
            surface="pale",
        ),
        capture.copier(
            [
                stub((D(2026, 9, 20), D(2026, 10, 3)), D(2026, 10, 9), 72.5, 27480.25),
                stub((D(2026, 10, 4), D(2026, 10, 17)), D(2026, 10, 23), 76.0, 28943.25),
            ],
            "scans/paystubs oct.pdf",
            seed + 9,
        ),
        capture.scan(
            drawn(
                "electric_bill",
                bill,
                "residence_record",
                pramila,
                "length_of_residence",
                proves=(D(2026, 9, 14), D(2026, 10, 13)),
            ),
            "scans/electric bill.jpg",
            seed + 10,
        ),
        capture.scan(g28, "scans/G-28 Tamang.pdf", seed + 11, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": pramila.name,
            "a_number": a_number,
            "date_of_birth": pramila.born,
            "country": "Nepal",
            "entered_us": D(2018, 5, 26),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Seattle, WA",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "master",
            "opla_office": "Seattle",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "children": [{"name": aarav.name, "date_of_birth": aarav.born, "status": "usc"}],
            "crime_victim": {"kind": "domestic_violence"},
            "law_enforcement_cooperation": True,
        },
    }
    findings = [{"code": "inconsistent-identity", "file": "scans/court papers.pdf"}]
    return CasePlan(
        "tamang",
        "blind13",
        case,
        placed,
        findings=findings,
        notes="the Supplement B gives her A-number with two digits transposed",
    )


# ---------------------------------------------------------------- 4. Burlington, Vermont


def dervishaj() -> CasePlan:
    """An Albanian cook in Burlington, Vermont, with a 2012 cocaine possession conviction and
    thirteen years clean, renewing a 2025 denial: a passport a quarter turn off, a certifikatë
    lindjeje whose translator's note never says she is competent, the judgment, the discharge
    from probation and OPLA's denial in one PDF, three certificates of completion in another,
    his sponsor's two-page letter photographed page by page, the restaurant's letter, a tax
    return transcript."""
    ilir = Person("Ilir", "Dervishaj", D(1986, 5, 14), "M", "Shkodër")
    a_number = "205-773-419"
    rep = _rep(
        "Thomas Brightwater",
        "Green Mountain Immigrant Defense",
        ["187 St. Paul Street, Second Floor", "Burlington, VT 05401"],
        "802-555-0114",
        "tbrightwater@gmid.example",
        "VT430286",
    )
    street, city = "42 Archibald Street, Apt. 3", "Burlington, VT 05401"
    seed = 13400
    nid = "H60514087K"
    facts = dict(
        nid=nid,
        given="ILIR",
        surname="DERVISHAJ",
        father="GJERGJ",
        mother="MARIJE",
        mother_surname="KOLAJ",
        born=ilir.born,
        issued=D(2023, 2, 21),
        clerk="Valbona Hysa",
        code="GC-7H4K-29QX-0815",
    )
    birth = doc.albania_birth(
        office="ZYRA E GJENDJES CIVILE BASHKIA SHKODËR",
        place="SHKODËR",
        sex="M",
        seed=seed,
        **facts,
    )
    translation = doc.albania_translation(
        place="Shkoder", translator=("Arta Kelmendi", "Winooski, Vermont"), **facts
    )
    docket = "3318-10-12 Cncr"
    judgment = doc.vermont_judgment(
        docket=docket,
        defendant=ilir.name,
        born=ilir.born,
        counts=[
            (
                "1",
                "Possession of cocaine, 18 V.S.A. § 4231(a)(1) (misd.)",
                "Guilty plea",
                "Sentenced",
            ),
            ("2", "Driving with license suspended, 23 V.S.A. § 674(a)", "—", "Dismissed by State"),
        ],
        plea_date=D(2012, 12, 18),
        sentence=[
            "Count 1: 0 to 11 months, all suspended, probation. Standard conditions A, B, C, "
            "D, E, F, H, J and L.",
            "Special conditions: the defendant shall complete a substance abuse screening and "
            "any counseling or treatment his probation officer directs, to the satisfaction of "
            "the officer; shall not buy, possess or use regulated drugs without a prescription; "
            "and shall submit to urinalysis as directed.",
            "Fine $300 and surcharges $47, payable within 90 days.",
        ],
        judge="Helen T. Marchand",
        clerk="Robert A. Lavalley",
        certified=D(2025, 1, 22),
    )
    discharge = doc.probation_discharge(
        docket=docket,
        defendant=ilir.name,
        sentenced=D(2012, 12, 18),
        discharged=D(2014, 6, 30),
        officer="Kristen M. Boudreau",
        judge="Helen T. Marchand",
    )
    denial = doc.opla_denial(
        office=["15 New Sudbury Street, Room 425", "Boston, MA 02203"],
        dated=D(2025, 5, 6),
        to=[rep["name"], rep["organization"], *rep["address"]],
        re=f"Re: DERVISHAJ, Ilir   A{a_number}   Request for Prosecutorial Discretion",
        signer="Paul D. Castellano",
    )
    certificates = [
        doc.completion_certificate(
            org=[
                "Champlain Valley Recovery Services",
                "Intensive Outpatient Program",
                "75 San Remo Drive, South Burlington, Vermont",
            ],
            title="Certificate of Completion",
            name="Ilir Dervishaj",
            body="for successfully completing the twelve-week Intensive Outpatient Program "
            "for substance use disorders, 108 hours of group and individual treatment, with "
            "commitment, honesty and courage.",
            date=D(2013, 5, 24),
            signers=[
                ("Andrea P. Lussier", "LADC, Program Director"),
                ("Michael Shorey", "Clinical Counselor"),
            ],
            colour=(20, 90, 120),
            mark="leaf",
        ),
        doc.completion_certificate(
            org=[
                "Champlain Valley Recovery Services",
                "Continuing Care",
                "75 San Remo Drive, South Burlington, Vermont",
            ],
            title="Relapse Prevention Aftercare",
            name="Ilir Dervishaj",
            body="has attended and completed all twenty-six sessions of the Relapse Prevention "
            "Aftercare Group, September 2013 through March 2014.",
            date=D(2014, 3, 28),
            signers=[
                ("Michael Shorey", "Clinical Counselor"),
                ("Andrea P. Lussier", "LADC, Program Director"),
            ],
            colour=(20, 90, 120),
            mark="leaf",
        ),
        doc.completion_certificate(
            org=[
                "Vermont Adult Learning",
                "Burlington Learning Center",
                "In partnership with the Vermont Department of Labor",
            ],
            title="Certificate of Completion",
            name="Ilir Dervishaj",
            body="for completing the 60-hour Culinary Arts and Kitchen Leadership course, "
            "including safe food handling, kitchen management and workplace supervision.",
            date=D(2025, 11, 14),
            signers=[
                ("Denise R. Fortin", "Program Coordinator"),
                ("Chef Samuel Ouellette", "Instructor"),
            ],
            colour=(110, 40, 40),
            mark="star",
        ),
    ]
    sponsor = doc.two_page_letter(
        writer=[
            "Daniel R. Thibodeau",
            "118 North Willard Street",
            "Burlington, VT 05401",
            "(802) 555-0186",
        ],
        dated=D(2026, 10, 19),
        salutation="To the Office of the Principal Legal Advisor:",
        body=[
            "My name is Dan Thibodeau. I am a retired electrician and I have lived in "
            "Burlington all my life. I have been clean and sober for twenty-two years, and for "
            "the last thirteen of them I have been Ilir Dervishaj's sponsor in Narcotics "
            "Anonymous. He asked me to write, and I am glad to.",
            "I met Ilir in the spring of 2013 at a Tuesday night meeting in the Old North End. "
            "He had been arrested the October before, and he was in an outpatient program as a "
            "condition of his probation. A lot of men come to meetings because a judge told "
            "them to and stop coming when the paperwork is done. Ilir did not stop. His clean "
            "date is March 2, 2013, and he has kept it every day since.",
            "For the first years we met every week at the diner on North Avenue and worked "
            "the steps together. He made amends to the people he had hurt, including his "
            "mother in Shkodër, whom he called and told the truth. He paid every fine, finished "
            "his probation early and never missed a test.",
            "What I want you to know is what he does now. Ilir chairs the Tuesday meeting and "
            "has for six years. He sponsors three younger men himself. When one of them "
            "relapsed last winter, Ilir drove him to detox at two in the morning and sat with "
            "him until the intake nurse came.",
            "He works hard at the restaurant, more hours than anybody I know, and he has "
            "trained half the cooks in this town. He rents the apartment on Archibald Street, "
            "pays his bills and helps his neighbors shovel out.",
            "I have watched a lot of people try to get better. Ilir is one of the ones who "
            "did. I would trust him with my house keys, and I have. Please let him stay and "
            "keep doing the good he does here.",
        ],
        split=3,
        closing="Sincerely,",
        signer="Daniel R. Thibodeau",
        signer_lines=[],
    )
    employer = doc.letter(
        (
            "Pearl Street Trattoria",
            [
                "211 Pearl Street, Burlington, Vermont 05401",
                "(802) 555-0150   pearlstreettrattoria.example",
            ],
            (120, 20, 30),
            "star",
        ),
        D(2026, 10, 14),
        [],
        None,
        "To Whom It May Concern:",
        [
            "I own Pearl Street Trattoria and have employed Ilir Dervishaj since August 11, "
            "2014. He started as a prep cook, moved to the line within a year, became sous "
            "chef in 2017 and has been our kitchen manager since March 2019.",
            "Ilir runs a kitchen of seven cooks and dishwashers. He writes the schedule, does "
            "the ordering from our farms and suppliers, costs the menu, and is responsible for "
            "food safety and our health inspections, which have been clean every year he has "
            "been in charge. He works about 45 hours a week, Tuesday through Saturday, and is "
            "paid a salary of $58,500 a year with health insurance.",
            "He knows about his conviction from 2012 because he told me about it the day I "
            "interviewed him. In twelve years he has never given me a reason to regret hiring "
            "him. If he had to leave, I would lose the person who holds my kitchen together.",
        ],
        "Sincerely,",
        "Gina M. Russo-Beaulieu",
        ["Owner"],
    )
    transcript = doc.irs_transcript(
        year=2025,
        requested=D(2026, 9, 30),
        ssn_last="6203",
        masked="ILIR DERV",
        address="42 ARC",
        tracking="108852631994",
        wages=58500,
        withheld=5412,
    )
    g28 = _g28(
        rep,
        ("Vermont Supreme Court", "5218"),
        ilir,
        a_number,
        ("42 Archibald Street, Apt. 3", "Burlington", "VT", "05401"),
        "802-555-0171",
        D(2026, 10, 1),
    )
    placed = [
        capture.card_photo(
            _passport(
                "albania_passport",
                ilir,
                ["sq", "en"],
                seed + 1,
                country="ALB",
                number="BD4417082",
                expiry=D(2033, 4, 10),
                personal=nid,
                header=["REPUBLIKA E SHQIPËRISË", "REPUBLIC OF ALBANIA", "PASAPORTË / PASSPORT"],
                rows=[
                    [
                        ("Tipi/Type", "P"),
                        ("Kodi/Code", "ALB"),
                        ("Nr. i pasaportës/Passport No.", "BD4417082"),
                    ],
                    [("Mbiemri/Surname", "DERVISHAJ")],
                    [("Emri/Given names", "ILIR")],
                    [
                        ("Shtetësia/Nationality", "SHQIPTARE/ALBANIAN"),
                        ("Nr. personal/Personal No.", nid),
                    ],
                    [
                        ("Datëlindja/Date of birth", "14 MAJ/MAY 1986"),
                        ("Gjinia/Sex", "M"),
                        ("Vendlindja/Place of birth", "SHKODËR"),
                    ],
                    [
                        ("Data e lëshimit/Date of issue", "11 PRI/APR 2023"),
                        ("Data e mbarimit/Date of expiry", "10 PRI/APR 2033"),
                    ],
                    [("Autoriteti/Authority", "MINISTRIA E BRENDSHME")],
                ],
                tint=((240, 226, 226), (230, 212, 212)),
            ),
            "scans/IMG_7702.jpg",
            seed + 1,
            turn=270,
        ),
        capture.scan(
            drawn("albania_birth", birth, "birth_certificate", ilir, "identity", "sq"),
            "scans/certifikate lindjeje.jpg",
            seed + 2,
            colour=True,
        ),
        capture.scan(
            drawn(
                "albania_birth_translation",
                translation,
                "certificate_of_translation",
                ilir,
                "identity",
            ),
            "scans/birth certificate english.jpg",
            seed + 3,
        ),
        capture.copier(
            [
                drawn(
                    "vermont_judgment", judgment, "court_record", ilir, ("rehabilitation", "other")
                ),
                drawn("probation_discharge", discharge, "court_record", ilir, "rehabilitation"),
                drawn("opla_denial", denial, "other", ilir, "other"),
            ],
            "scans/court and ICE papers.pdf",
            seed + 4,
        ),
        capture.copier(
            [
                drawn("iop_certificate", certificates[0], "other", ilir, "rehabilitation"),
                drawn("aftercare_certificate", certificates[1], "other", ilir, "rehabilitation"),
                drawn(
                    "culinary_certificate",
                    certificates[2],
                    "other",
                    ilir,
                    ("rehabilitation", "employment_and_taxes", "education"),
                ),
            ],
            "scans/certificates.pdf",
            seed + 7,
        ),
        capture.desk(
            drawn("sponsor_letter", sponsor, "letter_of_support", ilir, "rehabilitation"),
            ["scans/IMG_7710.jpg", "scans/IMG_7711.jpg"],
            seed + 10,
        ),
        capture.scan(
            drawn(
                "restaurant_employment_letter",
                employer,
                "employment_letter",
                ilir,
                "employment_and_taxes",
            ),
            "scans/letter from Gina.jpg",
            seed + 12,
        ),
        capture.scan(
            drawn(
                "tax_return_transcript",
                transcript,
                "tax_record",
                ilir,
                "employment_and_taxes",
                proves=(D(2025, 1, 1), D(2025, 12, 31)),
            ),
            "scans/2025 transcript.pdf",
            seed + 13,
        ),
        capture.scan(g28, "scans/G-28 signed.pdf", seed + 14, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": ilir.name,
            "a_number": a_number,
            "date_of_birth": ilir.born,
            "country": "Albania",
            "entered_us": D(2005, 9, 8),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Boston, MA",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "individual",
            "opla_office": "Boston",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 5, 6),
                "outcome": "denied",
                "changes": "Since the denial he completed a culinary and kitchen leadership "
                "course, filed his 2025 return, and his sponsor and employer describe thirteen "
                "years of recovery and steady work.",
            },
        },
        "representative": rep,
        "claims": {"community_ties": True},
        "translator": {
            "name": "Arta Kelmendi",
            "address": ["27 Main Street", "Winooski, VT 05404"],
            "phone": "802-555-0197",
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "Possession of cocaine (misdemeanor), 18 V.S.A. § 4231(a)(1), "
                "Vermont Superior Court, Chittenden Unit",
                "date": D(2012, 12, 18),
                "disposition": "suspended sentence and probation; discharged early on "
                "June 30, 2014",
            }
        ],
    }
    findings = [
        {
            "code": "incomplete-translation-certificate",
            "file": "scans/birth certificate english.jpg",
        }
    ]
    allowed = [
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        {"code": "unclassified-document", "file": "scans/court and ICE papers.pdf"},
    ]
    return CasePlan(
        "dervishaj",
        "blind13",
        case,
        placed,
        findings=findings,
        allowed=allowed,
        notes="a renewal; the translator's note never says she is competent",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "turcanu": turcanu,
    "macaraeg": macaraeg,
    "tamang": tamang,
    "dervishaj": dervishaj,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
