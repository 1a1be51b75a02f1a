"""The sixteenth blind corpus: four invented families whose folders hold the paperwork of
everyday American life more than textbook evidence (USCIS receipt and approval notices, a
Social Security Statement, Medicaid, SNAP and Medi-Cal notices, a VA benefit letter, utility
shut-off and payment-plan notices, a bank's letter, school letters, a child's immunization
record, family court orders, a pharmacy printout, a hospital bill, W-2s and gig 1099s, a
driver license, church papers) beside the vital records: Brazilian, Polish, Indonesian and
Turkish originals with their translations, four states' birth records, passports with valid
zones. Captured as offices receive them: desk photos, cards in a landscape frame, copier
stacks, a statement and a bill photographed page by page, a notice scanned twice.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind16.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind16 import documents as doc
from tests.realistic import capture
from tests.realistic.dates import long, us
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

# Every paper is dated on or before this day and a claimed residence the truth expects no gap
# in is covered up to it. After late 2027 the newest evidence is over a year old: move it on.
AS_OF = D(2026, 11, 30)

IDENTITY_OR_OTHER = ("identity", "other")
EN_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
TRANSLATED = ("birth_certificate", "certificate_of_translation")


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
    }


def _about(paper: Paper, *people: Person) -> Paper:
    """A paper a paralegal could file under any of these people."""
    assert isinstance(paper.about, str)
    paper.about = (paper.about, *[p.name for p in people if p.name != paper.about])
    return paper


def _passport(label: str, person: Person, language: Any, seed: int, **kw: Any) -> Paper:
    sheets, zone = doc.passport(person=person, seed=seed, **kw)
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


def _brazil_date(d: dt.date) -> str:
    """22 JUL/JUL 1989: a Brazilian passport's month in Portuguese, then English."""
    pt = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"][
        d.month - 1
    ]
    en = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][
        d.month - 1
    ]
    return f"{d.day:02d} {pt}/{en} {d.year}"


def _year(y: int) -> tuple[dt.date, dt.date]:
    return (D(y, 1, 1), D(y, 12, 31))


def _day(d: dt.date) -> tuple[dt.date, dt.date]:
    return (d, d)


# ---------------------------------------------------------------- 1. Round Rock, Texas


def ferreira() -> CasePlan:
    """A Brazilian mother in Round Rock, Texas, asylum pending since 2014: a passport in
    Portuguese, English and French a quarter turn off, a certidão de nascimento on the desk with
    its translation and certificate scanned apart, two Texas birth certificates in one PDF, an
    I-797C for her work permit, a Social Security Statement photographed page by page, a
    Medicaid/CHIP notice, a W-2 and a 1099-K in one PDF, a G-28, and her congregation's letter
    in Portuguese with no translation."""
    luciana = Person(
        "Luciana Aparecida", "Ferreira Rocha", D(1989, 7, 22), "F", "Governador Valadares"
    )
    gabriel = Person("Gabriel", "Rocha Batista", D(2016, 5, 14), "M", "Round Rock")
    isabela = Person("Isabela", "Rocha Batista", D(2019, 11, 2), "F", "Austin")
    father = "Anderson Lima Batista"
    street, city = "1407 Prairie Clover Trail", "Round Rock, TX 78664"
    a_number = "218-447-903"
    rep = _rep(
        "Marisol Etheridge-Vance",
        "Hill Country Immigrant Justice Project",
        ["2110 E. Palm Valley Blvd., Suite 210", "Round Rock, TX 78664"],
        "512-555-0148",
        "metheridge@hcijp.example",
        "TX519027",
    )
    translator = {
        "name": "Renata Quintela Moraes",
        "address": ["8804 Spicewood Springs Rd., Apt. 1132", "Austin, TX 78759"],
        "phone": "512-555-0171",
    }
    seed = 16100

    passport = _passport(
        "brazil_passport",
        luciana,
        ("pt", "en"),
        seed,
        number="GB482917",
        code="BRA",
        heading=["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT / PASSEPORT"],
        labels=[
            "TIPO/TYPE/TYPE",
            "PAÍS EMISSOR/ISSUING COUNTRY",
            "PASSAPORTE Nº/PASSPORT No.",
            "SOBRENOME/SURNAME/NOM",
            "NOME/GIVEN NAMES/PRÉNOMS",
            "NACIONALIDADE/NATIONALITY",
            "DATA DE NASCIMENTO/DATE OF BIRTH",
            "SEXO/SEX",
            "NATURALIDADE/PLACE OF BIRTH",
            "DATA DE EXPEDIÇÃO/DATE OF ISSUE",
            "VÁLIDO ATÉ/DATE OF EXPIRY",
            "AUTORIDADE/AUTHORITY",
        ],
        nationality="BRASILEIRO(A)",
        place="GOVERNADOR VALADARES/MG",
        issued=D(2022, 9, 14),
        expiry=D(2032, 9, 13),
        authority="CONSULADO-GERAL EM HOUSTON",
        when=_brazil_date,
        tint=((214, 228, 240), (226, 236, 220)),
    )
    certidao = doc.certidao_nascimento(
        person=luciana,
        father="JOSÉ CARLOS ROCHA",
        mother="MARIA DAS GRAÇAS FERREIRA ROCHA",
        grandparents="PATERNOS: SEBASTIÃO ROCHA E ANTÔNIA DE SOUZA ROCHA; MATERNOS: "
        "GERALDO FERREIRA E LUZIA APARECIDA FERREIRA",
        cpf="084.552.917-30",
        matricula="0921 5201 55 1989 1 00047 112 0018563 41",
        registered=D(1989, 8, 3),
        issued=D(2024, 2, 6),
        dnv="NÃO CONSTA",
        city="GOVERNADOR VALADARES - MG",
        hospital="HOSPITAL SÃO LUCAS",
        hour="14:35",
        cartorio=[
            "CARTÓRIO DO REGISTRO CIVIL DAS PESSOAS NATURAIS DO 1º SUBDISTRITO",
            "Oficial: Dra. Helena Braga Coutinho - Governador Valadares",
            "Rua Marechal Floriano, 1020 - Centro - CEP 35010-140 - Tel. (33) 3271-4410",
        ],
        officer="Adriana Pimenta Lacerda",
        place="Governador Valadares",
        seed=seed + 1,
    )
    translated = doc.translation(
        "TRANSLATION FROM PORTUGUESE INTO ENGLISH",
        [
            (
                "Heading",
                "FEDERATIVE REPUBLIC OF BRAZIL - CIVIL REGISTRY OF NATURAL PERSONS - "
                "BIRTH CERTIFICATE",
            ),
            ("Name", up(luciana.name)),
            ("CPF (taxpayer no.)", "084.552.917-30"),
            ("Registration no.", "0921 5201 55 1989 1 00047 112 0018563 41"),
            ("Date of birth in words", "twenty-second of July, nineteen eighty-nine"),
            ("Day / Month / Year", "22 / 07 / 1989"),
            ("Time", "14:35"),
            ("Place of birth", "Hospital São Lucas, Governador Valadares, Minas Gerais"),
            ("Sex", "Female"),
            ("Parents", "José Carlos Rocha and Maria das Graças Ferreira Rocha"),
            (
                "Grandparents",
                "Paternal: Sebastião Rocha and Antônia de Souza Rocha; maternal: "
                "Geraldo Ferreira and Luzia Aparecida Ferreira",
            ),
            ("Date of registration", "third of August, nineteen eighty-nine"),
            ("Annotations", "None"),
            (
                "",
                "The contents of this certificate are true. I so attest. Governador Valadares, "
                "February 6, 2024. [signature] Adriana Pimenta Lacerda, Deputy Registrar.",
            ),
        ],
        ["[Coat of arms of the Federative Republic of Brazil]"],
        ["[Digital seal: EBX41207-KQ, verifiable at www.tjmg.jus.br]"],
    )
    certificate = doc.translator_certificate(
        "Certification of Translation",
        [
            f"I, {translator['name']}, hereby certify that I am competent to translate from "
            "Portuguese into English, being a native speaker of Portuguese and fluent in "
            "English, and that the attached English translation of the Brazilian birth "
            f"certificate (Certidão de Nascimento) of {luciana.name} is true, accurate and "
            "complete to the best of my knowledge and ability.",
        ],
        translator["name"],
        translator["address"],
        translator["phone"],
        D(2026, 9, 2),
    )

    def texas(child: Person, file_no: str, facility: str, city: str, county: str, n: int):
        return doc.us_birth(
            heading=[
                "THE STATE OF TEXAS",
                "DEPARTMENT OF STATE HEALTH SERVICES - VITAL STATISTICS",
            ],
            title="CERTIFICATE OF BIRTH",
            numbers=[("STATE FILE NUMBER", file_no), ("LOCAL FILE NO.", f"WC-{4410 + n}")],
            rows=[
                (
                    0.45,
                    [
                        (2, "1a. CHILD - FIRST NAME", up(child.first)),
                        (2, "1b. MIDDLE NAME", up(child.middle) or "-"),
                        (2, "1c. LAST NAME", up(child.surname)),
                    ],
                ),
                (
                    0.45,
                    [
                        (2, "2. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                        (1, "3. TIME OF BIRTH", "09:17" if n == 1 else "22:40"),
                        (1, "4. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                    ],
                ),
                (
                    0.45,
                    [
                        (2, "5. PLACE OF BIRTH - COUNTY", county),
                        (2, "6. CITY, TOWN", city),
                        (3, "7. FACILITY NAME", facility),
                    ],
                ),
                (
                    0.45,
                    [
                        (3, "8a. MOTHER - NAME PRIOR TO FIRST MARRIAGE", up(luciana.name)),
                        (1, "8b. DATE OF BIRTH", us(luciana.born)),
                        (2, "8c. BIRTHPLACE (State or Foreign Country)", "BRAZIL"),
                    ],
                ),
                (
                    0.45,
                    [
                        (3, "9a. FATHER - NAME", up(father)),
                        (1, "9b. DATE OF BIRTH", "03/11/1986"),
                        (2, "9c. BIRTHPLACE (State or Foreign Country)", "BRAZIL"),
                    ],
                ),
                (
                    0.45,
                    [
                        (3, "10. CERTIFIER - NAME AND TITLE", "K. ABERNATHY, M.D."),
                        (
                            2,
                            "11. DATE FILED BY LOCAL REGISTRAR",
                            us(child.born + dt.timedelta(days=9)),
                        ),
                    ],
                ),
            ],
            certification="This is a true and exact reproduction of the document officially "
            "registered and placed on file in the Vital Statistics Section, Texas Department of "
            "State Health Services, Austin, Texas.",
            registrar="Jennifer A. Shipley",
            registrar_title="State Registrar",
            issued=us(D(2025, 3, 18)),
            seal="TEXAS DEPARTMENT OF STATE HEALTH SERVICES ",
            tint=(232, 226, 238),
            seed=seed + 10 + n,
            warning="WARNING: THIS DOCUMENT HAS A COLORED BACKGROUND, A WATERMARK AND A RAISED "
            "SEAL. IT IS ILLEGAL TO ALTER OR COUNTERFEIT THIS DOCUMENT. VS-112",
        )

    i797 = doc.i797(
        kind="Form I-797C, Notice of Action",
        receipt="IOE0923847165",
        case_type="I765 - APPLICATION FOR EMPLOYMENT AUTHORIZATION",
        received=D(2026, 2, 18),
        priority="",
        notice_date=D(2026, 2, 24),
        applicant=up(luciana.last_first(False).replace(",", "")),
        a_number=a_number.replace("-", ""),
        mail_to=[up(luciana.name), street.upper(), city.upper()],
        body=[
            "Eligibility Category: (c)(08)",
            "The above application has been received. Please notify us immediately if any of "
            "the above information is incorrect. If you find it necessary to contact this office "
            "in writing, you must include a copy of this receipt notice with your inquiry.",
            "Your Employment Authorization Document (EAD) may be automatically extended for up "
            "to 540 days from its expiration date while this renewal application is pending. "
            "This notice, together with your facially expired EAD, is acceptable evidence of "
            "continued employment authorization for Form I-9 purposes.",
            "You can check the status of your case online at www.uscis.gov. Processing times "
            "vary by form type.",
        ],
        seed=seed + 20,
    )
    earnings = [
        (2015, 9120),
        (2016, 17480),
        (2017, 19905),
        (2018, 21340),
        (2019, 22810),
        (2020, 16225),
        (2021, 23990),
        (2022, 26415),
        (2023, 28770),
        (2024, 30110),
        (2025, 31685),
    ]
    ssa = doc.ssa_statement(
        person=luciana,
        ssn_tail="4419",
        prepared=D(2026, 10, 5),
        earnings=earnings,
        address=[up(luciana.name), street.upper(), city.upper()],
    )
    hhsc = doc.notice(
        agency=[
            "Texas Health and Human Services",
            "P.O. Box 149024",
            "Austin, TX 78714-9024",
            "YourTexasBenefits.com  |  2-1-1, option 2",
        ],
        colour=(0, 70, 130),
        mark="star",
        date_line=f"Date: {long(D(2026, 8, 11))}",
        address=[up(luciana.name), street.upper(), city.upper()],
        refs=[
            ("Case Number:", "1083 4416 92"),
            ("Form:", "TF0001"),
            ("Office:", "Williamson County 2421"),
        ],
        title="Notice of Case Action - Medicaid and CHIP",
        body=[
            "We reviewed your renewal for health care benefits. Here is what we decided for "
            "each person in your household:",
        ],
        table=(
            [3.1, 1.7, 1.0, 0.9],
            [
                ["Name", "Program", "Decision", "Begins"],
                [up(gabriel.name), "Children's Medicaid", "Approved", "09/01/2026"],
                [up(isabela.name), "Children's Medicaid", "Approved", "09/01/2026"],
                [up(luciana.name), "Medicaid for Children", "Not eligible", "-"],
            ],
        ),
        after=[
            "Coverage is approved for 12 months, through August 31, 2027, unless your household "
            "changes. You must tell us within 10 days if your address, income or household "
            "changes. Reason for the decision on your own coverage: Rule 366.501 - you are not a "
            "child under age 19.",
            "If you disagree with this decision, you may ask for a fair hearing. You must ask by "
            "the 90th day after the date on this notice.",
        ],
        footer="HHSC does not discriminate on the basis of race, color, national origin, sex, "
        "age or disability. Para recibir esta información en español, llame al 2-1-1.",
    )
    w2 = doc.w2(
        year=2025,
        employee=luciana,
        ssn_tail="4419",
        employer=[
            "LONE STAR BRIGHTWAY CLEANING LLC",
            "600 W. Louis Henna Blvd., Ste 115",
            "Round Rock, TX 78681",
        ],
        ein="74-3318095",
        wages=24860.00,
        state="TX",
        state_id="",
        address=[street, city],
        control="000318",
    )
    k1099 = doc.form_1099(
        form="1099-K",
        year=2025,
        payer=[
            "TASKNEST PAYMENTS INC.",
            "1 Market Plaza, Floor 9",
            "San Francisco, CA 94105",
            "(888) 555-0136",
        ],
        payer_tin="88-2041736",
        recipient=luciana,
        tin_tail="4419",
        address=[street, city],
        account="TN-5520-7781",
        boxes=[
            ("1a Gross amount of payment card/third party network transactions", "$ 6,842.50"),
            ("1b Card Not Present transactions", "$ 6,842.50"),
            ("2 Merchant category code", "7349"),
            ("3 Number of payment transactions", "212"),
            ("4 Federal income tax withheld", "$ 0.00"),
            ("5a January  $ 412.00   5b February  $ 498.50", ""),
            ("8 State  9 State identification no.", "TX"),
        ],
    )
    church = doc.plain_letter(
        (
            "Igreja Batista Nova Aliança de Round Rock",
            [
                "Ministério Brasileiro",
                "915 Sam Bass Road, Round Rock, TX 78681",
                "(512) 555-0103  |  contato@nova-alianca.example",
            ],
            (30, 80, 50),
            "leaf",
        ),
        "Round Rock, 14 de setembro de 2026",
        [],
        "Declaração de Membresia",
        "A quem possa interessar,",
        [
            "Declaramos, para os devidos fins, que a irmã LUCIANA APARECIDA FERREIRA ROCHA é "
            "membro ativo desta igreja desde março de 2015, tendo sido recebida por carta de "
            "transferência da Primeira Igreja Batista de Governador Valadares.",
            "Durante estes anos a irmã Luciana tem servido fielmente no ministério infantil aos "
            "domingos e na equipe de distribuição de cestas básicas às famílias da comunidade, "
            "todas as terças-feiras. É mãe dedicada de Gabriel e Isabela, que frequentam a "
            "escola dominical.",
            "Por ser verdade, firmamos a presente declaração, colocando-nos à disposição para "
            "quaisquer esclarecimentos.",
        ],
        "Em Cristo,",
        "Pr. Valdir Mendonça Teixeira",
        ["Pastor Titular", "Igreja Batista Nova Aliança de Round Rock"],
    )
    g28 = doc.g28(
        attorney={**rep, "bar": "State Bar of Texas", "bar_no": "24098817"},
        client=luciana,
        a_number=a_number.replace("-", ""),
        client_address=[street, city],
        signed=D(2026, 9, 21),
    )

    placed = [
        capture.card_photo(passport, "scans/IMG_4471.jpg", seed + 30, turn=90),
        capture.desk(
            drawn("brazil_certidao", certidao, "birth_certificate", luciana, "identity", "pt"),
            "scans/IMG_4475.jpg",
            seed + 31,
        ),
        capture.scan(
            drawn("certidao_translation", translated, TRANSLATED, luciana, "identity"),
            "scans/certidao english.pdf",
            seed + 32,
        ),
        capture.scan(
            drawn(
                "certidao_certificate",
                certificate,
                "certificate_of_translation",
                luciana,
                IDENTITY_OR_OTHER,
            ),
            "scans/translator cert.jpg",
            seed + 33,
        ),
        capture.copier(
            [
                drawn(
                    "texas_birth",
                    texas(
                        gabriel,
                        "142-16-087214",
                        "BRUSHY CREEK MEDICAL CENTER",
                        "ROUND ROCK",
                        "WILLIAMSON",
                        1,
                    ),
                    "birth_certificate",
                    gabriel,
                    "us_family",
                ),
                drawn(
                    "texas_birth",
                    texas(
                        isabela,
                        "142-19-164032",
                        "SHOAL CREEK WOMEN'S HOSPITAL",
                        "AUSTIN",
                        "TRAVIS",
                        2,
                    ),
                    "birth_certificate",
                    isabela,
                    "us_family",
                ),
            ],
            "scans/kids birth certificates.pdf",
            seed + 34,
        ),
        capture.desk(
            drawn(
                "i797c_receipt",
                [i797[0]],
                ("other", "identity_document"),
                luciana,
                ("other", "identity", "employment_and_taxes"),
            ),
            "scans/IMG_4480.jpg",
            seed + 35,
            surface="pale",
        ),
        capture.desk(
            drawn(
                "ssa_statement",
                ssa,
                ("tax_record", "pay_record", "other"),
                luciana,
                ("employment_and_taxes", "length_of_residence"),
                proves=(D(2015, 1, 1), D(2025, 12, 31)),
            ),
            ["scans/IMG_4482.jpg", "scans/IMG_4483.jpg"],
            seed + 36,
        ),
        capture.scan(
            _about(
                drawn(
                    "texas_medicaid_notice",
                    [hhsc],
                    ("other", "residence_record"),
                    luciana,
                    ("us_family", "other", "length_of_residence"),
                    proves=_day(D(2026, 8, 11)),
                ),
                gabriel,
                isabela,
            ),
            "scans/medicaid letter.jpg",
            seed + 37,
        ),
        capture.copier(
            [
                drawn("w2", w2, "tax_record", luciana, "employment_and_taxes", proves=_year(2025)),
                drawn(
                    "form_1099k",
                    k1099,
                    "tax_record",
                    luciana,
                    "employment_and_taxes",
                    proves=_year(2025),
                ),
            ],
            "scans/taxes 2025.pdf",
            seed + 38,
        ),
        capture.desk(
            drawn(
                "church_membership_pt",
                church,
                ("letter_of_support", "other"),
                luciana,
                "community_ties",
                "pt",
            ),
            "scans/IMG_4490.jpg",
            seed + 39,
        ),
        capture.scan(
            drawn("g28", g28, "g28", luciana, "other"), "scans/G28.pdf", seed + 40, dpi=150
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": luciana.name,
            "a_number": a_number,
            "date_of_birth": luciana.born,
            "country": "Brazil",
            "entered_us": D(2014, 3, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "San Antonio, TX",
            "next_hearing": D(2027, 4, 19),
            "hearing_type": "individual",
            "opla_office": "San Antonio",
            "relief_sought": ["asylum (I-589)"],
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {
            "residence_since": D(2014, 3, 10),
            "children": [
                {"name": gabriel.name, "date_of_birth": gabriel.born, "status": "usc"},
                {"name": isabela.name, "date_of_birth": isabela.born, "status": "usc"},
            ],
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "email", "date": D(2026, 11, 20), "served_by": rep["name"]},
    }
    findings = [{"code": "untranslated-document", "file": "scans/IMG_4490.jpg"}]
    allowed = [
        {"code": "unclassified-document", "file": "scans/IMG_4480.jpg"},
        {"code": "unclassified-document", "file": "scans/medicaid letter.jpg"},
    ]
    return CasePlan(
        "ferreira",
        "blind16",
        case,
        placed,
        findings,
        allowed,
        notes="the congregation's letter is in Portuguese with no translation",
    )


# ---------------------------------------------------------------- 2. Chicago, Illinois


def zielonka() -> CasePlan:
    """A Polish wife of an Army veteran in Chicago, renewing a 2025 denial: a passport in Polish
    and English, an odpis zupełny scanned in colour with a two-page translation and its
    certificate in one PDF, the Cook County marriage certificate and her daughter's Illinois
    birth certificate in another, her husband's two-page VA benefit letter and a SNAP notice in
    a third, a ComEd-style disconnection notice scanned twice, a bank's letter upside down, a
    G-28."""
    kasia = Person("Katarzyna Maria", "Zielonka", D(1985, 10, 3), "F", "Nowy Targ")
    brendan = Person("Brendan Michael", "Donnelly", D(1983, 6, 12), "M", "Joliet")
    zofia = Person("Zofia Anne", "Donnelly", D(2018, 4, 27), "F", "Chicago")
    street, city = "3148 N. Kilbourn Ave., Apt. 2", "Chicago, IL 60641"
    a_number = "207-318-664"
    rep = _rep(
        "Joanna Przybylski-Hart",
        "Northwest Side Immigrant Law Center",
        ["4754 N. Milwaukee Ave., 2nd Floor", "Chicago, IL 60630"],
        "773-555-0119",
        "jhart@nwsilc.example",
        "IL806441",
    )
    translator = {
        "name": "Halina Wróbel-Sanders",
        "address": ["8022 N. Milwaukee Ave., Unit 3B", "Niles, IL 60714"],
        "phone": "847-555-0152",
    }
    seed = 16200

    passport = _passport(
        "poland_passport",
        kasia,
        ("pl", "en"),
        seed,
        number="EK4718302",
        code="POL",
        heading=["RZECZPOSPOLITA POLSKA  REPUBLIC OF POLAND", "PASZPORT / PASSPORT / PASSEPORT"],
        labels=[
            "Typ/Type",
            "Kod państwa/Code of State",
            "Nr paszportu/Passport No.",
            "Nazwisko/Surname",
            "Imiona/Given names",
            "Obywatelstwo/Nationality",
            "Data urodzenia/Date of birth",
            "Płeć/Sex",
            "Miejsce urodzenia/Place of birth",
            "Data wydania/Date of issue",
            "Data ważności/Date of expiry",
            "Organ wydający/Authority",
        ],
        nationality="POLSKIE/POLISH",
        place="NOWY TARG",
        issued=D(2021, 5, 6),
        expiry=D(2031, 5, 6),
        authority="KONSUL RP W CHICAGO",
        when=lambda d: d.strftime("%d.%m.%Y"),
        tint=((236, 226, 232), (226, 230, 240)),
        personal="85100307248",
        personal_label="Nr PESEL/Personal No.",
    )
    odpis = doc.odpis_zupelny(
        person=kasia,
        pesel="85100307248",
        father=("ZIELONKA", "STANISŁAW JÓZEF", "14.02.1958", "NOWY TARG"),
        mother=("ZIELONKA", "BARBARA", "KOWAL", "29.08.1960", "ZAKOPANE"),
        act="1211011/00/AU/1985/000412",
        office="Urząd Stanu Cywilnego w Nowym Targu",
        province="małopolskie",
        issued=D(2024, 11, 18),
        registrar="Magdalena Chowaniec",
        seed=seed + 1,
    )
    translated = doc.translation(
        "Translation from Polish - Full Copy of Birth Certificate",
        [
            (
                "Header",
                "REPUBLIC OF POLAND, Lesser Poland Province, Civil Registry Office in Nowy Targ",
            ),
            ("Act number", "1211011/00/AU/1985/000412"),
            ("Title", "FULL COPY OF BIRTH CERTIFICATE"),
            ("", "DATA CONCERNING THE CHILD"),
            ("1. Surname", "ZIELONKA"),
            ("2. Given name(s)", "KATARZYNA MARIA"),
            ("3. Sex", "FEMALE"),
            ("4. Date of birth", "03.10.1985 (October 3, 1985)"),
            ("5. Time of birth", "07:40"),
            ("6. Place of birth", "NOWY TARG"),
            ("7. PESEL number", "85100307248"),
            ("", "DATA CONCERNING THE FATHER"),
            ("1. Surname", "ZIELONKA"),
            ("2. Given name(s)", "STANISŁAW JÓZEF"),
            ("3. Date of birth", "14.02.1958"),
            ("4. Place of birth", "NOWY TARG"),
            ("", "DATA CONCERNING THE MOTHER"),
            ("1. Surname", "ZIELONKA"),
            ("2. Given name(s)", "BARBARA"),
            ("3. Family (maiden) name", "KOWAL"),
            ("4. Date of birth", "29.08.1960"),
            ("5. Place of birth", "ZAKOPANE"),
            ("", "ANNOTATIONS AND ENTRIES: Additional entries - NONE"),
            (
                "",
                "It is hereby certified that the above copy is consistent with the contents "
                "of the civil status record. Nowy Targ, 18.11.2024.",
            ),
        ],
        ["[Emblem of the Republic of Poland]"],
        [
            "[Round seal: Civil Registry Office in Nowy Targ]",
            "[Signature illegible] Head of the Civil Registry Office, Magdalena Chowaniec",
        ],
        pages=2,
    )
    certificate = doc.translator_certificate(
        "TRANSLATOR'S CERTIFICATION",
        [
            f"I, {translator['name']}, certify that I am fluent in the Polish and English "
            "languages and competent to translate between them, and that the foregoing English "
            "translation of the Full Copy of Birth Certificate (Odpis zupełny aktu urodzenia) "
            f"of {kasia.name}, consisting of two pages, is a complete and accurate translation "
            "of the original document.",
        ],
        translator["name"],
        translator["address"],
        translator["phone"],
        D(2026, 8, 27),
        notary=["OFFICIAL SEAL", "DOROTA NOWICKI", "NOTARY PUBLIC, STATE OF ILLINOIS"],
    )
    marriage = doc.us_birth(
        heading=["STATE OF ILLINOIS", "COUNTY OF COOK"],
        title="CERTIFICATION OF MARRIAGE",
        numbers=[("LICENSE NUMBER", "2016-0058841"), ("FILE NUMBER", "2016 054 117")],
        rows=[
            (
                0.45,
                [
                    (3, "GROOM - NAME (First, Middle, Last)", up(brendan.name)),
                    (1, "AGE", "33"),
                    (2, "BIRTHPLACE", "ILLINOIS"),
                ],
            ),
            (0.45, [(6, "GROOM - RESIDENCE", "CHICAGO, ILLINOIS")]),
            (
                0.45,
                [
                    (3, "BRIDE - NAME (First, Middle, Last)", up(kasia.name)),
                    (1, "AGE", "30"),
                    (2, "BIRTHPLACE", "POLAND"),
                ],
            ),
            (0.45, [(6, "BRIDE - RESIDENCE", "CHICAGO, ILLINOIS")]),
            (
                0.45,
                [
                    (2, "DATE OF MARRIAGE", us(D(2016, 8, 20))),
                    (2, "PLACE OF MARRIAGE", "CHICAGO"),
                    (2, "COUNTY", "COOK"),
                ],
            ),
            (
                0.45,
                [
                    (3, "OFFICIANT", "REV. TADEUSZ KRÓL, ST. HYACINTH BASILICA"),
                    (3, "DATE FILED", us(D(2016, 8, 29))),
                ],
            ),
        ],
        certification="I, the undersigned Clerk of Cook County, do hereby certify that the "
        "above is a true and correct abstract of the record of marriage on file in my office, "
        "as provided by the Illinois Marriage and Dissolution of Marriage Act (750 ILCS 5).",
        registrar="Monica R. Ashworth",
        registrar_title="Cook County Clerk",
        issued=us(D(2025, 1, 9)),
        seal="COUNTY CLERK - COOK COUNTY ILLINOIS ",
        tint=(226, 234, 226),
        seed=seed + 2,
        warning="NOT VALID WITHOUT THE RAISED SEAL OF THE COOK COUNTY CLERK. "
        "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATION.",
    )
    birth = doc.us_birth(
        heading=["STATE OF ILLINOIS", "DEPARTMENT OF PUBLIC HEALTH - DIVISION OF VITAL RECORDS"],
        title="CERTIFICATE OF LIVE BIRTH",
        numbers=[("STATE FILE NUMBER", "118-2018-031562"), ("REG. DIST. NO.", "16-02")],
        rows=[
            (
                0.45,
                [
                    (4, "1. CHILD'S NAME (First, Middle, Last)", up(zofia.name)),
                    (1, "2. SEX", "FEMALE"),
                ],
            ),
            (
                0.45,
                [
                    (2, "3a. DATE OF BIRTH", us(zofia.born)),
                    (1, "3b. HOUR", "06:52 AM"),
                    (2, "4. COUNTY OF BIRTH", "COOK"),
                ],
            ),
            (
                0.45,
                [
                    (3, "5a. HOSPITAL NAME", "NORTHWEST LUTHERAN MEDICAL CENTER"),
                    (2, "5b. CITY, TOWN OR LOCATION", "CHICAGO"),
                ],
            ),
            (
                0.45,
                [
                    (3, "6a. MOTHER'S NAME", up(kasia.name)),
                    (2, "6b. MAIDEN SURNAME", "ZIELONKA"),
                    (1, "6c. BIRTHPLACE", "POLAND"),
                ],
            ),
            (
                0.45,
                [
                    (3, "7a. FATHER'S NAME", up(brendan.name)),
                    (2, "7b. DATE OF BIRTH", us(brendan.born)),
                    (1, "7c. BIRTHPLACE", "ILLINOIS"),
                ],
            ),
            (
                0.45,
                [(3, "8. ATTENDANT", "R. OYELARAN, M.D."), (2, "9. DATE FILED", us(D(2018, 5, 4)))],
            ),
        ],
        certification="This is to certify that this is a true and correct copy of the official "
        "record filed with the Illinois Department of Public Health. This certification is "
        "issued by the Cook County Clerk under the authority of 410 ILCS 535.",
        registrar="Monica R. Ashworth",
        registrar_title="Cook County Clerk",
        issued=us(D(2025, 1, 9)),
        seal="COOK COUNTY CLERK - VITAL RECORDS ",
        tint=(230, 226, 214),
        seed=seed + 3,
        warning="VOID IF ALTERED. NOT VALID WITHOUT RAISED SEAL. THIS COPY IS PRINTED ON "
        "SECURITY PAPER WITH A MULTICOLORED BACKGROUND.",
    )
    va1 = doc.notice(
        agency=[
            "DEPARTMENT OF VETERANS AFFAIRS",
            "Veterans Benefits Administration",
            "P.O. Box 8888, Janesville, WI 53547-8888",
        ],
        colour=(0, 45, 100),
        mark="shield",
        date_line=long(D(2026, 7, 2)),
        address=[up(brendan.name), street.upper(), city.upper()],
        refs=[("In Reply Refer To:", "27/PMC/SHM"), ("File Number:", "XXX-XX-8217")],
        title="Benefit Summary and Service Verification Letter",
        body=[
            f"Dear {brendan.first} {brendan.surname}:",
            "This letter is a summary of benefits you currently receive from the Department of "
            "Veterans Affairs (VA). We are providing this letter to disabled Veterans to use in "
            "applying for benefits such as state or local property or vehicle tax relief, civil "
            "service preference, housing entitlement, free or reduced state park annual "
            "memberships, or any other program or entitlement in which verification of VA "
            "benefits is required.",
            "Military Service: Your military service is verified as follows:",
        ],
        table=(
            [1.6, 1.9, 1.6, 1.6],
            [
                [
                    "Branch of Service",
                    "Character of Service",
                    "Entered Active Duty",
                    "Release Date",
                ],
                ["Army", "Honorable", "09/14/2004", "10/31/2010"],
            ],
        ),
        after=[
            "VA Benefits Information: You have one or more service-connected disabilities. Your "
            "combined service-connected evaluation is 70 percent. Your current monthly award "
            "amount is $1,942.41, effective December 1, 2025.",
        ],
    )
    va2 = doc.Sheet()
    va2.text(0.9, 0.7, f"{brendan.name.upper()}  -  XXX-XX-8217", 9, "sans-bold")
    y = va2.text(0.9, 0.95, "Page 2", 9)
    y = va2.table(
        0.9,
        y + 0.2,
        [5.2, 1.5],
        [
            ["Benefit Information", ""],
            ["Are you considered to be totally and permanently disabled?", "No"],
            ["Are you in receipt of special monthly compensation?", "No"],
            ["Do you have one or more service-connected disabilities?", "Yes"],
            ["Your combined service-connected evaluation is:", "70%"],
            ["Your dependents on your award: Spouse, 1 child", "Yes"],
        ],
        pt=9,
    )
    y = va2.paras(
        0.9,
        y + 0.3,
        6.7,
        [
            f"Your award includes additional compensation for your spouse, {up(kasia.name)}, and "
            f"your child, {up(zofia.name)}.",
            "You should contact your state or local office of Veterans' affairs for information on "
            "any tax, license, or fee-related benefits for which you may be eligible.",
            "How You Can Contact Us: If you need general information about benefits and "
            "eligibility, please visit us at www.va.gov or call us at 1-800-827-1000.",
            "Sincerely yours,",
        ],
        pt=10,
        face="sans",
    )
    va2.signature(1.0, y, "Regional Office Director", 16)
    va2.lines(0.9, y + 0.55, ["Regional Office Director", "Chicago VA Regional Office"], 9.5)
    snap = doc.notice(
        agency=[
            "Illinois Department of Human Services",
            "Family Community Resource Center",
            "Logan Square FCRC, 2630 N. Pulaski Rd., Chicago, IL 60639",
        ],
        colour=(0, 85, 60),
        mark="leaf",
        date_line=f"Date of Notice: {us(D(2026, 6, 15))}",
        address=[up(kasia.name), street.upper(), city.upper()],
        refs=[
            ("Case Number:", "03-22-714-8816"),
            ("Form:", "IL444-0360C"),
            ("Caseworker:", "Unit 41, Worker 07"),
        ],
        title="Notice of Decision - SNAP Benefits",
        body=[
            "Your application for Supplemental Nutrition Assistance Program (SNAP) benefits "
            "dated 05/20/2026 has been APPROVED. Benefits will be placed on your Illinois Link "
            "card each month.",
        ],
        table=(
            [2.6, 2.0, 2.1],
            [
                ["Household Member", "Date of Birth", "Included"],
                [up(kasia.name), us(kasia.born), "No - non-citizen"],
                [up(brendan.name), us(brendan.born), "Yes"],
                [up(zofia.name), us(zofia.born), "Yes"],
            ],
        ),
        after=[
            "Monthly benefit amount: $412.00 beginning 06/2026. Certification period: "
            "06/01/2026 through 05/31/2027.",
            "The income of all household members, including members not eligible for SNAP, was "
            "counted to decide your benefit (89 Ill. Adm. Code 121.140). You have the right to "
            "appeal this decision within 90 days of the date of this notice.",
        ],
        footer="IDHS does not discriminate in admission to programs or treatment of employment "
        "in programs or activities. ABE: abe.illinois.gov. Helpline 1-800-843-6154.",
    )
    shutoff = doc.notice(
        agency=[
            "Lakeshore Electric Company",
            "Customer Care, P.O. Box 6111",
            "Carol Stream, IL 60197-6111",
            "1-800-555-0162  |  lakeshore-electric.example",
        ],
        colour=(200, 40, 30),
        mark="star",
        date_line=f"Notice Date: {us(D(2026, 10, 8))}",
        address=[up(brendan.name), up(kasia.name), street.upper(), city.upper()],
        refs=[
            ("Account Number:", "4417 092 318"),
            ("Service Address:", "3148 N KILBOURN 2"),
            ("Past Due Amount:", "$486.19"),
        ],
        title="FINAL NOTICE - DISCONNECTION OF ELECTRIC SERVICE",
        body=[
            "Your account is past due. To avoid disconnection, pay the past due amount of "
            "$486.19 by 10/23/2026. Your service may be disconnected on or after that date "
            "without further notice.",
        ],
        table=(
            [3.9, 1.4, 1.4],
            [
                ["Billing Period", "Billed", "Unpaid"],
                ["07/09/2026 - 08/07/2026", "$162.44", "$162.44"],
                ["08/07/2026 - 09/08/2026", "$171.02", "$171.02"],
                ["09/08/2026 - 10/07/2026", "$152.73", "$152.73"],
            ],
        ),
        after=[
            "You may be eligible for a Deferred Payment Arrangement, which lets you pay the past "
            "due balance in installments, or for energy assistance through LIHEAP. If a member "
            "of your household is seriously ill, a medical certificate may postpone "
            "disconnection for up to 60 days (83 Ill. Adm. Code 280).",
        ],
        footer="Illinois Commerce Commission consumer line: 1-800-524-0795. This notice is "
        "required by the rules of the Illinois Commerce Commission. Retain for your records.",
    )
    bank = doc.plain_letter(
        (
            "Avondale Community Bank",
            ["Member FDIC", "3456 W. Belmont Avenue, Chicago, IL 60618", "(773) 555-0130"],
            (20, 60, 110),
            "house",
        ),
        long(D(2026, 9, 3)),
        [up(kasia.name), street.upper(), city.upper()],
        "Re: Account verification - checking account ending 7702",
        f"Dear Ms. {kasia.surname}:",
        [
            "At your request, we confirm that you have maintained a personal checking account "
            "with Avondale Community Bank since March 14, 2009. The account is in good standing "
            "and is held jointly with Brendan M. Donnelly since September 2016.",
            "Over the past twelve months the account has received regular monthly deposits, "
            "and no overdrafts or returned items have been recorded.",
            "This letter is provided for verification only and is not a guarantee of future "
            "balances or creditworthiness.",
        ],
        "Sincerely,",
        "Teresa Gawlik",
        ["Branch Manager, Belmont Office"],
        face="sans",
        pt=10.5,
    )
    g28 = doc.g28(
        attorney={**rep, "bar": "Supreme Court of Illinois", "bar_no": "6329114"},
        client=kasia,
        a_number=a_number.replace("-", ""),
        client_address=[street, city],
        signed=D(2026, 9, 10),
    )

    placed = [
        capture.card_photo(passport, "scans/paszport.jpg", seed + 30),
        capture.scan(
            drawn("poland_odpis", odpis, "birth_certificate", kasia, "identity", "pl"),
            "scans/odpis aktu urodzenia.jpg",
            seed + 31,
            colour=True,
        ),
        capture.copier(
            [
                drawn("odpis_translation", translated, TRANSLATED, kasia, "identity"),
                drawn(
                    "odpis_certificate",
                    certificate,
                    "certificate_of_translation",
                    kasia,
                    IDENTITY_OR_OTHER,
                ),
            ],
            "scans/translation birth cert.pdf",
            seed + 32,
        ),
        capture.copier(
            [
                _about(
                    drawn("cook_marriage", marriage, "marriage_certificate", kasia, "us_family"),
                    brendan,
                ),
                drawn("illinois_birth", birth, "birth_certificate", zofia, "us_family"),
            ],
            "scans/marriage and birth.pdf",
            seed + 33,
        ),
        capture.copier(
            [
                drawn(
                    "va_benefit_letter",
                    [va1, va2],
                    ("military_record", "other"),
                    brendan,
                    ("military_service", "us_family"),
                ),
                _about(
                    drawn(
                        "illinois_snap_notice",
                        [snap],
                        ("other", "residence_record"),
                        kasia,
                        ("other", "us_family", "length_of_residence"),
                        proves=_day(D(2026, 6, 15)),
                    ),
                    brendan,
                    zofia,
                ),
            ],
            "scans/VA and SNAP.pdf",
            seed + 34,
        ),
        capture.twice(
            _about(
                drawn(
                    "disconnection_notice",
                    [shutoff],
                    "residence_record",
                    kasia,
                    ("length_of_residence", "other"),
                    proves=_day(D(2026, 10, 8)),
                ),
                brendan,
            ),
            ("scans/comed notice.jpg", "scans/comed notice (2).jpg"),
            seed + 35,
        ),
        capture.desk(
            drawn(
                "bank_verification",
                bank,
                ("other", "residence_record", "letter_of_support"),
                kasia,
                ("length_of_residence", "other", "community_ties"),
            ),
            "scans/IMG_20260905_181142.jpg",
            seed + 36,
            turn=180,
        ),
        capture.scan(
            drawn("g28", g28, "g28", kasia, "other"), "scans/g-28.pdf", seed + 37, dpi=150
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": kasia.name,
            "a_number": a_number,
            "date_of_birth": kasia.born,
            "country": "Poland",
            "entered_us": D(2007, 6, 18),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Chicago, IL",
            "next_hearing": D(2027, 3, 2),
            "hearing_type": "master",
            "opla_office": "Chicago",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 5, 14),
                "outcome": "denied",
                "changes": "Since the denial her husband's service-connected disability rating "
                "rose to 70 percent, the family now relies on SNAP and has fallen behind on the "
                "electric bill, and their daughter started school.",
            },
        },
        "representative": rep,
        "claims": {
            "children": [{"name": zofia.name, "date_of_birth": zofia.born, "status": "usc"}],
            "spouse": {"name": brendan.name, "status": "usc"},
            "military": {"member": "spouse", "branch": "Army"},
        },
        "translator": translator,
        "service": {"method": "email", "date": D(2026, 11, 16), "served_by": rep["name"]},
    }
    findings = [
        {
            "code": "duplicate-document",
            "file": ["scans/comed notice (2).jpg", "scans/comed notice.jpg"],
        }
    ]
    allowed = [
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        {"code": "unclassified-document", "file": "scans/VA and SNAP.pdf"},
        {"code": "unclassified-document", "file": "scans/IMG_20260905_181142.jpg"},
    ]
    return CasePlan(
        "zielonka",
        "blind16",
        case,
        placed,
        findings,
        allowed,
        notes="a renewal; the disconnection notice is scanned twice at two resolutions",
    )


# ---------------------------------------------------------------- 3. Alhambra, California


def wijaya() -> CasePlan:
    """An Indonesian father in Alhambra, California, filing pro se as caregiver of his son with
    autism: a passport in Indonesian and English a quarter turn off, a 1981 kutipan akta
    kelahiran on the desk with its translation and certificate in one PDF, a California birth
    certificate, an IEP meeting notice, a Medi-Cal notice, a pharmacy printout, an AB 60 driver
    license, a W-2 and a 1099-NEC in one PDF, a 2005 baptism certificate, a two-page hospital
    bill photographed page by page, and a true residence gap from 2005 to 2025."""
    budi = Person("Budi Santoso", "Wijaya", D(1981, 8, 17), "M", "Surabaya")
    nathan = Person("Nathaniel Arya", "Wijaya", D(2015, 9, 3), "M", "Alhambra")
    mother = "Grace Lindawati Tanoto"
    street, city = "1219 S. Chapel Ave., Apt. 7", "Alhambra, CA 91801"
    a_number = "095-582-316"
    translator = {
        "name": "Maria Hartono Lie",
        "address": ["412 E. Valley Blvd., Suite 5", "San Gabriel, CA 91776"],
        "phone": "626-555-0184",
    }
    seed = 16300

    passport = _passport(
        "indonesia_passport",
        budi,
        ("id", "en"),
        seed,
        number="C4419207",
        code="IDN",
        heading=["REPUBLIK INDONESIA  REPUBLIC OF INDONESIA", "PASPOR / PASSPORT"],
        labels=[
            "Jenis/Type",
            "Kode Negara/Country Code",
            "No. Paspor/Passport No.",
            "Nama Keluarga/Surname",
            "Nama/Given Names",
            "Kewarganegaraan/Nationality",
            "Tgl. Lahir/Date of Birth",
            "Jenis Kelamin/Sex",
            "Tempat Lahir/Place of Birth",
            "Tgl. Pengeluaran/Date of Issue",
            "Tgl. Habis Berlaku/Date of Expiry",
            "Kantor yang Mengeluarkan/Issuing Office",
        ],
        nationality="INDONESIA",
        place="SURABAYA",
        issued=D(2023, 1, 12),
        expiry=D(2033, 1, 12),
        authority="KJRI LOS ANGELES",
        when=lambda d: f"{d.day:02d} {EN_MONTHS[d.month - 1]} {d.year}",
        tint=((222, 232, 222), (236, 230, 214)),
    )
    akta = doc.kutipan_akta(
        person=budi,
        father="HENDRA WIJAYA",
        mother="LILIANA TANUDJAJA",
        number="4127/1981",
        issued=D(1981, 9, 2),
        head="Drs. Soekarno Hadiwidjojo",
        seed=seed + 1,
    )
    translated = doc.translation(
        "ENGLISH TRANSLATION (from Indonesian)",
        [
            ("Heading", "REPUBLIC OF INDONESIA - CIVIL REGISTRY"),
            ("Citizenship", "INDONESIAN"),
            ("Title", "EXTRACT OF BIRTH CERTIFICATE No. 4127/1981"),
            (
                "",
                "Based on Birth Certificate Number 4127/1981, according to Stbld. 1917 No. 130 "
                "jo. 1919 No. 81, in Surabaya on the seventeenth of August nineteen eighty-one was "
                "born:",
            ),
            ("Name", "BUDI SANTOSO WIJAYA"),
            ("", "son of the married couple HENDRA WIJAYA and LILIANA TANUDJAJA."),
            ("", "This extract was issued in Surabaya on September 2, 1981."),
            (
                "Signed",
                "Head of the Civil Registry Office of the Municipality of Surabaya, Drs. "
                "Soekarno Hadiwidjojo, NIP. 010 072 315",
            ),
        ],
        ["[Garuda emblem]", "[Revenue stamp: Rp. 500]"],
        ["[Round seal of the Civil Registry Office]"],
    )
    certificate = doc.translator_certificate(
        "CERTIFICATE OF TRANSLATION",
        [
            f"I, {translator['name']}, certify that I am competent to translate from Indonesian "
            "into English and that the attached translation of the Kutipan Akta Kelahiran "
            f"(extract of birth certificate) No. 4127/1981 of {budi.name} is a true and accurate "
            "translation of the original document, to the best of my ability.",
        ],
        translator["name"],
        translator["address"],
        translator["phone"],
        D(2026, 7, 28),
    )
    birth = doc.us_birth(
        heading=[
            "STATE OF CALIFORNIA",
            "CERTIFICATION OF VITAL RECORD",
            "COUNTY OF LOS ANGELES - REGISTRAR-RECORDER/COUNTY CLERK",
        ],
        title="CERTIFICATE OF LIVE BIRTH",
        numbers=[
            ("STATE FILE NUMBER", "3201519047713"),
            ("LOCAL REGISTRATION NUMBER", "1901-2015-088214"),
        ],
        rows=[
            (
                0.45,
                [
                    (2, "1A. NAME OF CHILD - FIRST (GIVEN)", up(nathan.first)),
                    (2, "1B. MIDDLE", up(nathan.middle)),
                    (2, "1C. LAST (FAMILY)", up(nathan.surname)),
                ],
            ),
            (
                0.45,
                [
                    (1, "2. SEX", "M"),
                    (2, "3A. THIS BIRTH - SINGLE, TWIN, ETC.", "SINGLE"),
                    (2, "4A. DATE OF BIRTH - MM/DD/CCYY", us(nathan.born)),
                    (1, "4B. HOUR", "0314"),
                ],
            ),
            (
                0.45,
                [
                    (3, "5A. PLACE OF BIRTH - NAME OF HOSPITAL", "RAMONA VISTA HOSPITAL"),
                    (3, "5B. STREET ADDRESS", "100 S. RAYMOND AVE."),
                ],
            ),
            (0.45, [(3, "5C. CITY", "ALHAMBRA"), (3, "5D. COUNTY", "LOS ANGELES")]),
            (
                0.45,
                [
                    (2, "6A. NAME OF FATHER/PARENT - FIRST", "BUDI SANTOSO"),
                    (2, "6C. LAST", "WIJAYA"),
                    (2, "7. STATE OF BIRTH", "INDONESIA"),
                ],
            ),
            (
                0.45,
                [
                    (2, "9A. NAME OF MOTHER/PARENT - FIRST", "GRACE LINDAWATI"),
                    (2, "9C. LAST (BIRTH NAME)", "TANOTO"),
                    (2, "10. STATE OF BIRTH", "INDONESIA"),
                ],
            ),
            (
                0.45,
                [
                    (3, "14A. CERTIFIER - NAME, TITLE", "H. NGUYEN-PARK, M.D."),
                    (3, "16. DATE ACCEPTED FOR REGISTRATION", us(D(2015, 9, 11))),
                ],
            ),
        ],
        bands=[("CHILD", 2), ("PLACE OF BIRTH", 2), ("PARENTS", 2), ("CERTIFIER", 1)],
        certification="CERTIFIED COPY OF VITAL RECORDS. STATE OF CALIFORNIA, COUNTY OF LOS "
        "ANGELES. This is a true and exact reproduction of the document officially registered "
        "and placed on file in the office of the Los Angeles County Registrar-Recorder/County "
        "Clerk.",
        registrar="Dean C. Lamoureux",
        registrar_title="Registrar-Recorder/County Clerk",
        issued=us(D(2024, 6, 20)),
        seal="LOS ANGELES COUNTY REGISTRAR-RECORDER ",
        tint=(234, 228, 210),
        seed=seed + 2,
        warning="This copy not valid unless prepared on engraved border displaying seal and "
        "signature of Registrar. ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE.",
    )
    iep = doc.notice(
        agency=[
            "Alhambra Unified School District",
            "Special Education Department",
            "1515 W. Mission Road, Alhambra, CA 91803",
            "(626) 555-0177",
        ],
        colour=(120, 30, 40),
        mark="star",
        date_line=f"Date sent: {us(D(2026, 9, 29))}",
        address=[f"To the Parent/Guardian of {up(nathan.name)}", street.upper(), city.upper()],
        refs=[
            ("Student:", up(nathan.name)),
            ("Date of Birth:", us(nathan.born)),
            ("School:", "Emery Park Elementary"),
            ("Grade:", "5"),
            ("SSID:", "7724019385"),
        ],
        title="Notice of Individualized Education Program (IEP) Meeting",
        body=[
            "You are invited to attend an IEP team meeting for your child. You are a key member "
            "of the team, and we value your participation.",
            "Date: Tuesday, October 20, 2026    Time: 3:15 p.m.    Location: Emery Park "
            "Elementary, Room 14 (interpreter: Indonesian, requested)",
            "Purpose of meeting:  [X] Annual review   [ ] Initial   [X] Triennial "
            "reevaluation   [ ] Transition   [ ] Other",
        ],
        table=(
            [2.8, 3.9],
            [
                ["Invited participants", "Role"],
                ["Ms. Karen Ochoa", "Special education teacher (SAI, autism program)"],
                ["Mr. Daniel Soto", "General education teacher"],
                ["Dr. Linh Tran", "School psychologist"],
                ["Ms. Rebecca Ahn", "Speech-language pathologist"],
                ["Mr. Victor Huang", "Administrator designee"],
            ],
        ),
        after=[
            "Primary eligibility: Autism. Please return the bottom portion of this notice to "
            "let us know whether you can attend. If the date or time does not work for you, "
            "call the school office to reschedule. A copy of Procedural Safeguards (Notice of "
            "Parent Rights) is enclosed.",
            "[X] I will attend   [ ] Please reschedule    Parent signature: ________________",
        ],
        footer="AUSD prohibits discrimination, harassment, intimidation and bullying "
        "(Board Policy 0410). Spanish, Chinese, Vietnamese and Indonesian interpretation is "
        "available at no cost.",
    )
    medical = doc.notice(
        agency=[
            "Los Angeles County Department of Public Social Services",
            "El Monte District Office, 3350 Aerojet Ave., El Monte, CA 91731",
            "Customer Service Center: (866) 613-3777",
        ],
        colour=(40, 70, 40),
        mark="shield",
        date_line=f"Notice Date: {us(D(2026, 5, 4))}",
        address=[up(budi.name), street.upper(), city.upper()],
        refs=[
            ("Case Name:", up(budi.name)),
            ("Case Number:", "B44 0917 2283"),
            ("Worker:", "M. Castellanos  A21"),
        ],
        title="NOTICE OF ACTION - APPROVAL FOR MEDI-CAL",
        body=[
            "Beginning 05/01/2026, the people listed below will get Medi-Cal with no share of "
            "cost. You will get a Benefits Identification Card (BIC) in the mail for anyone "
            "who does not already have one.",
        ],
        table=(
            [2.8, 1.6, 2.3],
            [
                ["Name", "Date of Birth", "Coverage"],
                [up(nathan.name), us(nathan.born), "Full-scope, no share of cost"],
                [up(budi.name), us(budi.born), "Full-scope, no share of cost"],
            ],
        ),
        after=[
            "Rules: This action is based on California Code of Regulations, Title 22, Sections "
            "50179 and 50262.3; Welfare and Institutions Code Section 14007.8.",
            "Your Medi-Cal renewal is due in April 2027. You must report changes in income, "
            "address or household within 10 days.",
        ],
        footer="YOUR HEARING RIGHTS: If you think this action is wrong, you can ask for a "
        "hearing within 90 days. Call 1-800-743-8525 or write to the California Department of "
        "Social Services, State Hearings Division.",
    )
    pharmacy = doc.pharmacy_history(
        store=["RIDGEWAY PHARMACY #0418", "701 W. MAIN ST  ALHAMBRA CA 91801", "(626) 555-0121"],
        patient=nathan,
        guardian=f"{budi.surname.upper()}, {budi.given.upper()} (FATHER)",
        address=f"{street}, {city}",
        printed=dt.datetime(2026, 10, 2, 16, 41),
        fills=[
            (D(2026, 3, 6), "6120447", "RISPERIDONE 0.5MG TAB", "30", "TRAN-OKADA, E", "$0.00"),
            (D(2026, 4, 5), "6120447", "RISPERIDONE 0.5MG TAB", "30", "TRAN-OKADA, E", "$0.00"),
            (D(2026, 5, 4), "6120447", "RISPERIDONE 0.5MG TAB", "30", "TRAN-OKADA, E", "$0.00"),
            (D(2026, 5, 4), "6131902", "MELATONIN 3MG TAB", "30", "TRAN-OKADA, E", "$4.29"),
            (D(2026, 6, 3), "6120447", "RISPERIDONE 0.5MG TAB", "30", "TRAN-OKADA, E", "$0.00"),
            (D(2026, 7, 8), "6139115", "RISPERIDONE 1MG TAB", "30", "TRAN-OKADA, E", "$0.00"),
            (D(2026, 8, 7), "6139115", "RISPERIDONE 1MG TAB", "30", "TRAN-OKADA, E", "$0.00"),
            (D(2026, 9, 5), "6139115", "RISPERIDONE 1MG TAB", "30", "TRAN-OKADA, E", "$0.00"),
        ],
    )
    license_card = doc.california_license(
        person=budi,
        number="Y4471928",
        address=[street, city],
        issued=D(2021, 8, 10),
        expiry=D(2026, 8, 17),
        seed=seed + 3,
    )
    w2 = doc.w2(
        year=2025,
        employee=budi,
        ssn_tail="0000",
        employer=["GOLDEN DRAGON NOODLE HOUSE INC", "28 E. Main St.", "Alhambra, CA 91801"],
        ein="95-4417730",
        wages=29480.00,
        state="CA",
        state_id="214-6603-8",
        address=[street, city],
        control="A-0091",
    )
    nec = doc.form_1099(
        form="1099-NEC",
        year=2025,
        payer=[
            "DASHWAY DELIVERY TECHNOLOGIES INC",
            "PO Box 88219",
            "Los Angeles, CA 90009",
            "(855) 555-0199",
        ],
        payer_tin="46-2207391",
        recipient=budi,
        tin_tail="9514",
        address=[street, city],
        account="DW-118204-LA",
        boxes=[
            ("1 Nonemployee compensation", "$ 7,315.62"),
            ("2 Payer made direct sales totaling $5,000 or more [ ]", ""),
            ("3 Excess golden parachute payments", ""),
            ("4 Federal income tax withheld", "$ 0.00"),
            ("5 State tax withheld", "$ 0.00"),
            ("6 State/Payer's state no.", "CA  811-2290-4"),
            ("7 State income", "$ 7,315.62"),
        ],
    )
    baptism = doc.baptism_certificate(
        church=[
            "Gereja Injili Indonesia Los Angeles",
            "Indonesian Evangelical Church",
            "2021 W. Valley Blvd., Alhambra, California",
        ],
        person=budi,
        baptized=D(2005, 4, 10),
        minister="Rev. Yohanes Gunawan",
        verse='"Therefore, if anyone is in Christ, the new creation has come." 2 Cor. 5:17',
        seed=seed + 4,
    )
    bill = doc.hospital_bill(
        hospital=[
            "Ramona Vista Hospital",
            "Patient Financial Services",
            "100 S. Raymond Ave., Alhambra, CA 91801",
        ],
        guarantor=budi,
        patient=nathan,
        address=[street, city],
        account="RV-20260611-4418",
        statement=D(2026, 7, 22),
        visit=D(2026, 6, 11),
        charges=[
            ("0450", "EMERGENCY ROOM - LEVEL 4", "$2,318.00"),
            ("0300", "LAB - COMPREHENSIVE METABOLIC PANEL", "$214.00"),
            ("0320", "RADIOLOGY - XR FOREARM 2 VIEWS", "$486.00"),
            ("0250", "PHARMACY - MIDAZOLAM INTRANASAL", "$97.50"),
            ("0761", "TREATMENT ROOM - SPLINT APPLICATION", "$612.00"),
        ],
        adjustments=[
            ("MEDI-CAL CONTRACTUAL ADJUSTMENT", "-$3,102.50"),
            ("MEDI-CAL PAYMENT", "-$600.00"),
        ],
        due="$25.00",
    )

    placed = [
        capture.card_photo(passport, "scans/passport.jpg", seed + 30, turn=270),
        capture.desk(
            drawn("indonesia_akta", akta, "birth_certificate", budi, "identity", "id"),
            "scans/akta kelahiran.jpg",
            seed + 31,
        ),
        capture.copier(
            [
                drawn("akta_translation", translated, TRANSLATED, budi, "identity"),
                drawn(
                    "akta_certificate",
                    certificate,
                    "certificate_of_translation",
                    budi,
                    IDENTITY_OR_OTHER,
                ),
            ],
            "scans/akta translation.pdf",
            seed + 32,
        ),
        capture.scan(
            drawn("california_birth", birth, "birth_certificate", nathan, "us_family"),
            "scans/nathan birth certificate.pdf",
            seed + 33,
        ),
        capture.desk(
            drawn(
                "iep_meeting_notice",
                [iep],
                "school_record",
                nathan,
                ("caretaker", "education", "us_family"),
            ),
            "scans/IMG_0921.jpg",
            seed + 34,
        ),
        capture.scan(
            _about(
                drawn(
                    "medi_cal_approval",
                    [medical],
                    ("other", "medical_record", "residence_record"),
                    nathan,
                    ("caretaker", "medical", "other", "us_family"),
                ),
                budi,
            ),
            "scans/medi-cal.jpg",
            seed + 35,
        ),
        capture.desk(
            drawn("pharmacy_history", pharmacy, "medical_record", nathan, ("caretaker", "medical")),
            "scans/IMG_0926.jpg",
            seed + 36,
            surface="pale",
        ),
        capture.card_photo(
            drawn(
                "california_license",
                license_card,
                "identity_document",
                budi,
                "identity",
                is_card=True,
            ),
            "scans/license.jpg",
            seed + 37,
            turn=90,
        ),
        capture.copier(
            [
                drawn("w2", w2, "tax_record", budi, "employment_and_taxes", proves=_year(2025)),
                drawn(
                    "form_1099nec",
                    nec,
                    "tax_record",
                    budi,
                    "employment_and_taxes",
                    proves=_year(2025),
                ),
            ],
            "scans/2025 tax forms.pdf",
            seed + 38,
        ),
        capture.desk(
            drawn(
                "baptism_certificate",
                baptism,
                ("other", "letter_of_support"),
                budi,
                "community_ties",
                proves=_day(D(2005, 4, 10)),
            ),
            "scans/IMG_0930.jpg",
            seed + 39,
        ),
        capture.desk(
            drawn(
                "hospital_statement",
                bill,
                ("medical_record", "other"),
                nathan,
                ("caretaker", "medical"),
            ),
            ["scans/IMG_0933.jpg", "scans/IMG_0934.jpg"],
            seed + 40,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": budi.name,
            "a_number": a_number,
            "date_of_birth": budi.born,
            "country": "Indonesia",
            "entered_us": D(2004, 5, 22),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Los Angeles, CA",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "master",
            "opla_office": "Los Angeles",
        },
        "request": {"type": "dismissal"},
        "claims": {
            "residence_since": D(2004, 5, 22),
            "children": [{"name": nathan.name, "date_of_birth": nathan.born, "status": "usc"}],
            "caretaker": {"person": nathan.name, "condition": "autism spectrum disorder"},
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "mail", "date": D(2026, 11, 23), "served_by": budi.name},
    }
    del mother
    findings = [{"code": "residence-gap", "claim": "residence_since"}]
    allowed = [
        {"code": "unclassified-document", "file": "scans/medi-cal.jpg"},
        {"code": "unclassified-document", "file": "scans/IMG_0930.jpg"},
    ]
    return CasePlan(
        "wijaya",
        "blind16",
        case,
        placed,
        findings,
        allowed,
        notes="pro se; claimed since 2004, dated evidence only 2005 and from 2025: a true gap",
    )


# ---------------------------------------------------------------- 4. Brooklyn, New York


def kaya() -> CasePlan:
    """A Turkish mother in Brooklyn with custody of her two children: a passport in Turkish and
    English a quarter turn off, an e-Devlet nüfus kayıt örneği with its translation and
    certificate in one PDF, two New York City birth certificates in another, a two-page
    Family Court custody order and a support order in a third, a CIR immunization record, a
    school attendance letter, an I-797 approval notice whose A-number has two digits swapped,
    a utility's deferred payment agreement and a G-28."""
    elif_ = Person("Elif Nur", "Kaya", D(1991, 1, 25), "F", "Kayseri")
    ayla = Person("Ayla Deniz", "Reyes", D(2017, 3, 11), "F", "Brooklyn")
    emir = Person("Emir Can", "Reyes", D(2020, 10, 6), "M", "Brooklyn")
    father = "Marcus Anthony Reyes"
    street, city = "2265 Ocean Ave., Apt. 4F", "Brooklyn, NY 11229"
    a_number = "241-690-538"
    wrong_a = "241609538"  # two digits swapped on the approval notice
    rep = _rep(
        "Danielle Okonkwo-Brandt",
        "Kings Bay Legal Services - Immigration Unit",
        ["75 Livingston Street, 9th Floor", "Brooklyn, NY 11201"],
        "718-555-0163",
        "dokonkwo@kbls.example",
        "NY274415",
    )
    translator = {
        "name": "Selin Aktaş-Moreno",
        "address": ["31-18 Steinway Street, Apt. 2R", "Astoria, NY 11103"],
        "phone": "718-555-0127",
    }
    seed = 16400

    passport = _passport(
        "turkey_passport",
        elif_,
        ("tr", "en"),
        seed,
        number="U18840327",
        code="TUR",
        heading=["TÜRKİYE CUMHURİYETİ  REPUBLIC OF TÜRKİYE", "PASAPORT / PASSPORT / PASSEPORT"],
        labels=[
            "Tipi/Type",
            "Ülke Kodu/Country Code",
            "Pasaport No/Passport No",
            "Soyadı/Surname",
            "Adı/Given Name(s)",
            "Uyruğu/Nationality",
            "Doğum Tarihi/Date of Birth",
            "Cinsiyeti/Sex",
            "Doğum Yeri/Place of Birth",
            "Veriliş Tarihi/Date of Issue",
            "Geçerlilik Tarihi/Date of Expiry",
            "Makam/Authority",
        ],
        nationality="T.C./TUR",
        place="KAYSERİ",
        issued=D(2023, 4, 18),
        expiry=D(2033, 4, 18),
        authority="NEW YORK BŞK.",
        when=lambda d: d.strftime("%d.%m.%Y"),
        tint=((238, 224, 224), (230, 230, 238)),
        personal="41827730516",
        personal_label="T.C. Kimlik No/Personal No",
    )
    nufus = doc.nufus_kayit(
        person=elif_,
        kimlik="41827730516",
        father=("41827730182", "AHMET", "KAYSERİ 12.06.1962"),
        mother=("41827730254", "ZEYNEP", "TALAS 03.09.1966"),
        province="KAYSERİ",
        district="MELİKGAZİ",
        quarter="GESİ FATİH MAH.",
        issued=dt.datetime(2025, 11, 4, 10, 22),
        code="NVI-4K7Q-2M8X-77RD",
    )
    translated = doc.translation(
        "TRANSLATION FROM TURKISH TO ENGLISH",
        [
            (
                "Header",
                "REPUBLIC OF TURKEY, MINISTRY OF THE INTERIOR, General Directorate of "
                "Civil Registration and Nationality",
            ),
            ("Title", "CIVIL REGISTRY RECORD EXTRACT"),
            ("Province / District", "KAYSERI / MELIKGAZI"),
            ("Quarter / Village", "GESI FATIH QUARTER; Volume 47, Household 318"),
            (
                "Row 1",
                "Male, Father, ID 41827730182, AHMET KAYA, father's name MEHMET, mother's "
                "name HATICE, born Kayseri 12.06.1962, married, living",
            ),
            (
                "Row 2",
                "Female, Mother, ID 41827730254, ZEYNEP KAYA, father's name OSMAN, "
                "mother's name FATMA, born Talas 03.09.1966, married, living",
            ),
            (
                "Row 3",
                "Female, Self, ID 41827730516, ELIF NUR KAYA, father's name AHMET, "
                "mother's name ZEYNEP, born Kayseri 25.01.1991, single, living",
            ),
            ("Remarks", "There is no annotation in the person's civil registry record."),
            (
                "",
                "This document was signed with a secure electronic signature under Electronic "
                "Signature Law No. 5070. Barcode: NVI-4K7Q-2M8X-77RD. Document date: 04.11.2025 "
                "10:22.",
            ),
        ],
        ["[Emblem of the Ministry of the Interior]"],
        ["[Barcode]"],
    )
    certificate = doc.translator_certificate(
        "Translator's Certificate of Accuracy",
        [
            f"I, {translator['name']}, am a professional translator fluent in Turkish and "
            "English. I certify that I am competent to translate from Turkish into English and "
            'that the attached document, "Nüfus Kayıt Örneği" (Civil Registry Record Extract) '
            f"of {elif_.name}, has been translated by me fully and accurately.",
        ],
        translator["name"],
        translator["address"],
        translator["phone"],
        D(2026, 6, 30),
    )

    def nyc(child: Person, number: str, hospital: str, time: str, filed: dt.date, n: int):
        return doc.us_birth(
            heading=["THE CITY OF NEW YORK", "DEPARTMENT OF HEALTH AND MENTAL HYGIENE"],
            title="CERTIFICATE OF BIRTH",
            numbers=[("Certificate Number", number), ("", "")],
            rows=[
                (
                    0.45,
                    [
                        (4, "1. Child's Name (First, Middle, Last)", up(child.name)),
                        (1, "2. Sex", "Female" if child.sex == "F" else "Male"),
                    ],
                ),
                (
                    0.45,
                    [
                        (2, "3a. Date of Birth (Month Day Year)", long(child.born)),
                        (1, "3b. Time", time),
                        (2, "4a. Place of Birth: Borough", "Brooklyn"),
                    ],
                ),
                (0.45, [(5, "4b. Name of Hospital or Other Facility", hospital)]),
                (
                    0.45,
                    [
                        (3, "5a. Mother's/Parent's Name Prior to First Marriage", up(elif_.name)),
                        (2, "5b. Birthplace (State or Foreign Country)", "Turkey"),
                    ],
                ),
                (
                    0.45,
                    [
                        (3, "6a. Father's/Parent's Name", up(father)),
                        (2, "6b. Birthplace (State or Foreign Country)", "New York"),
                    ],
                ),
                (0.45, [(3, "7. Date Filed", long(filed)), (2, "8. Attendant", "M.D.")]),
            ],
            certification="This is to certify that the foregoing is a true copy of a record on "
            "file in the Department of Health and Mental Hygiene. The Department of Health and "
            "Mental Hygiene does not certify to the truth of the statements made thereon, as no "
            "inquiry as to the facts has been provided by law.",
            registrar="Steven P. Schwartz-Ito",
            registrar_title="City Registrar",
            issued=long(D(2024, 10, 1)),
            seal="DEPARTMENT OF HEALTH CITY OF NEW YORK ",
            tint=(222, 230, 240),
            seed=seed + 10 + n,
            warning="DO NOT ACCEPT THIS TRANSCRIPT UNLESS IT BEARS THE SECURITY FEATURES LISTED "
            "ON THE BACK. REPRODUCTION OR ALTERATION OF THIS TRANSCRIPT IS PROHIBITED BY "
            "SECTION 3.21 OF THE NEW YORK CITY HEALTH CODE.",
        )

    court = [
        "At a term of the Family Court of the State of New York, held in and for the",
        "County of Kings, at 330 Jay Street, Brooklyn, New York 11201",
    ]
    caption_left = [
        "In the Matter of a Proceeding for Custody",
        "under Article 6 of the Family Court Act",
        f"{up(elif_.name)},",
        "                 Petitioner,",
        "      - against -",
        f"{up(father)},",
        "                 Respondent.",
    ]
    custody = doc.court_order(
        court=court,
        caption_left=caption_left,
        caption_right=[
            "Docket No. V-11482-24",
            "File No. 228415",
            "",
            "ORDER OF CUSTODY AND",
            "VISITATION ON CONSENT",
        ],
        title="ORDER OF CUSTODY AND PARENTING TIME",
        preamble=[
            "PRESENT: Hon. Andrea L. Whitfield-Moss, Judge.",
            f"A petition under Article 6 of the Family Court Act having been filed on April 2, "
            f"2024 by {elif_.name} seeking custody of the children named below; and the "
            "Petitioner and the Respondent having appeared and been advised of their rights; "
            "and the parties having consented on the record to the terms of this order, and "
            "the Court having determined that the order is in the best interests of the "
            "children;",
            f"NOW, after examination and inquiry into the facts and circumstances of the case, "
            f"the Court finds that the children {ayla.name} (born {us(ayla.born)}) and "
            f"{emir.name} (born {us(emir.born)}) reside with the Petitioner mother in Kings "
            "County and have done so since birth;",
        ],
        ordered=[
            f"the Petitioner, {elif_.name}, is awarded sole legal and sole physical custody of "
            "the subject children;",
            "the Respondent shall have parenting time with the children on alternate weekends "
            "from Saturday at 10:00 a.m. until Sunday at 6:00 p.m., with exchanges at the 61st "
            "Precinct, 2575 Coney Island Avenue, Brooklyn;",
            "neither party shall remove the children from the State of New York without the "
            "written consent of the other party or further order of this Court;",
            "the Petitioner shall be entitled to obtain the children's school, medical and "
            "passport records without the Respondent's signature;",
            "this order shall continue in full force and effect until the children reach the "
            "age of eighteen or until further order of this Court.",
        ],
        judge="Andrea L. Whitfield-Moss",
        entered=D(2024, 7, 16),
        form="GF-17  (Custody/Visitation Order)",
        pages=2,
    )
    support = doc.court_order(
        court=court,
        caption_left=[
            "In the Matter of a Support Proceeding",
            "under Article 4 of the Family Court Act",
            f"{up(elif_.name)},",
            "                 Petitioner,",
            "      - against -",
            f"{up(father)},",
            "                 Respondent.",
        ],
        caption_right=[
            "Docket No. F-11483-24",
            "File No. 228415",
            "NYCSCU Acct. CS38814Q2",
            "ORDER OF SUPPORT",
            "(Child)",
        ],
        title="ORDER OF SUPPORT BY SUPPORT MAGISTRATE",
        preamble=[
            "PRESENT: Support Magistrate Rafael T. Quiñones.",
            "The Petitioner having filed a petition for child support on April 2, 2024, and the "
            "matter having come before the Support Magistrate, and the Respondent having been "
            "duly served and having appeared; the Support Magistrate, applying the Child "
            "Support Standards Act (Family Court Act section 413), finds the Respondent's "
            "combined parental income to be $58,240 per year and the basic child support "
            "obligation for two children to be 25 percent;",
        ],
        ordered=[
            f"the Respondent, {father}, pay to the Petitioner, {elif_.name}, through the "
            "Support Collection Unit, P.O. Box 15363, Albany, NY 12212-5363, the sum of $1,118 "
            "per month for the support of the children Ayla Deniz Reyes and Emir Can Reyes, "
            "beginning August 1, 2024;",
            "the Respondent shall pay 62 percent of the children's reasonable unreimbursed "
            "health care and child care expenses;",
            "payments shall be made by income deduction order issued to the Respondent's "
            "employer pursuant to CPLR 5241.",
        ],
        judge="Rafael T. Quiñones",
        entered=D(2024, 7, 30),
        form="4-11  (Order of Support)",
    )
    immun = doc.immunization_record(
        child=emir,
        mother=up(elif_.name),
        printed=D(2026, 8, 24),
        doses=[
            (
                "DTaP",
                [D(2020, 12, 8), D(2021, 2, 9), D(2021, 4, 13), D(2022, 1, 11), D(2024, 10, 15)],
            ),
            ("Polio (IPV)", [D(2020, 12, 8), D(2021, 2, 9), D(2021, 10, 12), D(2024, 10, 15)]),
            ("Hep B", [D(2020, 10, 7), D(2020, 12, 8), D(2021, 4, 13)]),
            ("Hib", [D(2020, 12, 8), D(2021, 2, 9), D(2021, 10, 12)]),
            ("PCV13", [D(2020, 12, 8), D(2021, 2, 9), D(2021, 4, 13), D(2021, 10, 12)]),
            ("MMR", [D(2021, 10, 12), D(2024, 10, 15)]),
            ("Varicella", [D(2021, 10, 12), D(2024, 10, 15)]),
            ("Influenza", [D(2023, 10, 3), D(2024, 10, 15), D(2025, 10, 21)]),
        ],
        provider="Sheepshead Bay Pediatrics, 2712 Avenue U, Brooklyn NY",
    )
    attendance = doc.plain_letter(
        (
            "P.S. 277 Gerritsen Beach",
            [
                "New York City Public Schools - District 22",
                "2529 Gerritsen Avenue, Brooklyn, NY 11229",
                "Tel. (718) 555-0114",
            ],
            (0, 60, 130),
            "star",
        ),
        long(D(2026, 10, 14)),
        ["To Whom It May Concern"],
        f"Re: {ayla.name}, OSIS No. 239 481 066, Grade 4, Class 4-302",
        "To Whom It May Concern:",
        [
            f"This letter verifies that {ayla.first} {ayla.surname} has been enrolled at P.S. "
            "277 since kindergarten in September 2022 and is currently in the fourth grade. Her "
            f"parent of record is {elif_.name}, who lives with her at {street}, {city}.",
            "For the 2025-2026 school year Ayla was present 176 of 180 days (97.8 percent), and "
            "she has been present every day of the current school year to date. Her mother "
            "attends parent-teacher conferences and volunteers with our PTA book fair.",
            "Please contact the main office if further information is needed.",
        ],
        "Sincerely,",
        "Yvette Marchand-Rivera",
        ["Parent Coordinator", "P.S. 277 Gerritsen Beach"],
        face="serif",
    )
    approval = doc.i797(
        kind="Form I-797, Notice of Action",
        receipt="IOE0927731480",
        case_type="I765 - APPLICATION FOR EMPLOYMENT AUTHORIZATION",
        received=D(2025, 12, 2),
        priority="",
        notice_date=D(2026, 3, 17),
        applicant=f"{up(elif_.surname)} {up(elif_.given)}",
        a_number=wrong_a,
        mail_to=[up(elif_.name), street.upper(), city.upper()],
        body=[
            "Eligibility Category: (c)(08)    Valid from 03/17/2026 to 03/16/2031",
            "The above application has been approved. We will mail your new employment "
            "authorization document separately. You should receive it within 30 days of the "
            "date of this notice.",
            "Please contact the USCIS Contact Center if you have not received your card within "
            "30 days or if any of the information on this notice is wrong.",
            "THIS FORM IS NOT AN EMPLOYMENT AUTHORIZATION DOCUMENT.",
        ],
        seed=seed + 20,
    )
    dpa = doc.notice(
        agency=[
            "Harbor Five Boroughs Energy",
            "Credit & Collections, 4 Irving Place",
            "New York, NY 10003",
            "1-800-555-0184",
        ],
        colour=(0, 90, 150),
        mark="house",
        date_line=f"Agreement Date: {us(D(2026, 3, 3))}",
        address=[up(elif_.name), street.upper(), city.upper()],
        refs=[
            ("Account No.:", "77-4120-0318-0004-6"),
            ("Service at:", "2265 OCEAN AVE 4F"),
            ("Arrears:", "$1,106.40"),
        ],
        title="DEFERRED PAYMENT AGREEMENT (Residential)",
        body=[
            "You agree to pay the arrears of $1,106.40 on your account as follows: a down "
            "payment of $110.64 due 03/15/2026, and 10 monthly installments of $99.58 in "
            "addition to your current monthly bills, beginning with your April 2026 bill.",
            "As long as you keep this agreement, we will not shut off your service for the "
            "arrears covered by it. If you miss a payment, we may send you a final termination "
            "notice. You may ask to change this agreement if your financial circumstances "
            "change (Home Energy Fair Practices Act, N.Y. Public Service Law section 37).",
        ],
        table=(
            [2.2, 2.2, 2.3],
            [
                ["Installment", "Due with bill of", "Amount"],
                ["Down payment", "03/15/2026", "$110.64"],
                ["1 - 10", "04/2026 - 01/2027", "$99.58 each"],
            ],
        ),
        after=["Customer signature: signed by phone, confirmation HF-5521807."],
        footer="If you have a complaint, call us first; if we cannot resolve it, contact the "
        "New York State Department of Public Service at 1-800-342-3377.",
    )
    g28 = doc.g28(
        attorney={**rep, "bar": "New York State Courts (Appellate Division)", "bar_no": "5519207"},
        client=elif_,
        a_number=a_number.replace("-", ""),
        client_address=[street, city],
        signed=D(2026, 10, 1),
    )

    placed = [
        capture.card_photo(passport, "scans/IMG_7702.jpg", seed + 30, turn=270),
        capture.copier(
            [
                drawn(
                    "turkey_nufus_kayit",
                    nufus,
                    ("birth_certificate", "identity_document"),
                    elif_,
                    "identity",
                    "tr",
                ),
                drawn(
                    "nufus_translation",
                    translated,
                    ("birth_certificate", "identity_document", "certificate_of_translation"),
                    elif_,
                    "identity",
                ),
                drawn(
                    "nufus_certificate",
                    certificate,
                    "certificate_of_translation",
                    elif_,
                    IDENTITY_OR_OTHER,
                ),
            ],
            "scans/nufus kayit with translation.pdf",
            seed + 31,
        ),
        capture.copier(
            [
                drawn(
                    "nyc_birth",
                    nyc(
                        ayla,
                        "156-17-014482",
                        "Bay Ridge Lutheran Medical Center",
                        "08:21",
                        D(2017, 3, 20),
                        1,
                    ),
                    "birth_certificate",
                    ayla,
                    "us_family",
                ),
                drawn(
                    "nyc_birth",
                    nyc(
                        emir,
                        "156-20-031907",
                        "Kings Harbor Hospital Center",
                        "15:02",
                        D(2020, 10, 15),
                        2,
                    ),
                    "birth_certificate",
                    emir,
                    "us_family",
                ),
            ],
            "scans/birth certificates kids.pdf",
            seed + 32,
        ),
        capture.copier(
            [
                _about(
                    drawn("custody_order", custody, "court_record", elif_, ("us_family", "other")),
                    ayla,
                    emir,
                ),
                _about(
                    drawn("support_order", support, "court_record", elif_, ("us_family", "other")),
                    ayla,
                    emir,
                ),
            ],
            "scans/family court orders.pdf",
            seed + 33,
        ),
        capture.desk(
            drawn(
                "nyc_immunization_record",
                immun,
                ("medical_record", "school_record"),
                emir,
                ("us_family", "medical", "other"),
            ),
            "scans/IMG_7710.jpg",
            seed + 34,
        ),
        capture.desk(
            _about(
                drawn(
                    "school_attendance_letter",
                    attendance,
                    "school_record",
                    ayla,
                    ("us_family", "education"),
                ),
                elif_,
            ),
            "scans/IMG_7712.jpg",
            seed + 35,
            turn=180,
        ),
        capture.scan(
            drawn(
                "i797_approval",
                approval,
                ("other", "identity_document"),
                elif_,
                ("other", "identity", "employment_and_taxes"),
            ),
            "scans/uscis approval.jpg",
            seed + 36,
        ),
        capture.desk(
            drawn(
                "deferred_payment_agreement",
                [dpa],
                "residence_record",
                elif_,
                ("length_of_residence", "other"),
            ),
            "scans/IMG_7715.jpg",
            seed + 37,
            surface="pale",
        ),
        capture.scan(
            drawn("g28", g28, "g28", elif_, "other"), "scans/G-28 kaya.pdf", seed + 38, dpi=150
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": elif_.name,
            "a_number": a_number,
            "date_of_birth": elif_.born,
            "country": "Turkey",
            "entered_us": D(2013, 7, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "New York, NY",
            "next_hearing": D(2027, 1, 26),
            "hearing_type": "master",
            "opla_office": "New York",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "children": [
                {"name": ayla.name, "date_of_birth": ayla.born, "status": "usc"},
                {"name": emir.name, "date_of_birth": emir.born, "status": "usc"},
            ],
        },
        "translator": translator,
        "service": {"method": "ecas", "date": D(2026, 11, 24), "served_by": rep["name"]},
    }
    findings = [{"code": "inconsistent-identity", "file": "scans/uscis approval.jpg"}]
    allowed = [{"code": "unclassified-document", "file": "scans/uscis approval.jpg"}]
    return CasePlan(
        "kaya",
        "blind16",
        case,
        placed,
        findings,
        allowed,
        notes="the I-797 approval's A-number has two digits swapped",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "ferreira": ferreira,
    "zielonka": zielonka,
    "wijaya": wijaya,
    "kaya": kaya,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
