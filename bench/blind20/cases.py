"""The twentieth blind corpus: four invented families from the rural and small-town United
States with mixed-status households, each a case folder of the evidence a legal-aid office
really receives (a page photographed on a car's dashboard, a bill folded in thirds, an ID's two
sides on one copier page, a receipt book's carbon, a three-page bank statement whose middle page
has no header, a web page printed to PDF, a stapled stack fanned out, a letter photographed
from two angles), a case.yaml and the truth it is scored against. Written from plain
descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind20.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind20 import documents as doc
from tests.realistic import capture
from tests.realistic.dates import long, spelled, us
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    drawn,
    up,
    write_from_command_line,
    write_plans,
)
from tests.realistic.paper import GREY, Sheet, letterhead, monospace_page, write_letter

D = dt.date

# Every paper is dated on or before this day and the claimed residence is covered up to it
# (where the truth expects no gap). After late 2027 move the dates on.
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


def _passport(label: str, person: Person, language: Any, seed: int, **kw: Any) -> Paper:
    sheets, zone = doc.passport(person, seed, **kw)
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


def _g28(person: Person, rep: dict, a_number: str, signed: dt.date) -> Sheet:
    s = Sheet()
    s.text(0.6, 0.45, "Notice of Entry of Appearance", 14, "sans-bold")
    s.text(0.6, 0.7, "as Attorney or Accredited Representative", 11, "sans-bold")
    s.text(6.2, 0.45, "DHS Form G-28", 10, "sans-bold")
    s.text(6.2, 0.62, "OMB No. 1615-0105", 7)
    s.text(0.6, 0.98, "Department of Homeland Security", 8, fill=GREY)
    s.text(
        0.6,
        1.22,
        "Part 1.  Information About Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y = s.grid(
        0.6,
        1.42,
        7.3,
        [
            (
                0.42,
                [
                    (1, "2.a. Family Name (Last Name)", up(rep["name"].split()[-1])),
                    (1, "2.b. Given Name (First Name)", up(rep["name"].split()[0])),
                ],
            ),
            (
                0.42,
                [
                    (2, "3.a. Street Number and Name", rep["address"][0]),
                    (1, "3.c. City or Town, State ZIP", rep["address"][1]),
                ],
            ),
            (
                0.42,
                [
                    (1, "4. Daytime Telephone Number", rep["phone"]),
                    (1, "6. Email Address", rep["email"]),
                ],
            ),
        ],
    )
    s.text(
        0.6,
        y + 0.15,
        "Part 2.  Eligibility Information for Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    s.checkbox(
        0.7,
        y + 0.42,
        True,
        "1.b. I am an accredited representative of the following "
        "qualified nonprofit religious, charitable, social service, or similar organization",
    )
    y = s.grid(
        0.6,
        y + 0.7,
        7.3,
        [
            (
                0.42,
                [
                    (2, "1.b.1. Name of Recognized Organization", rep["organization"]),
                    (1, "EOIR ID", rep["eoir_id"]),
                ],
            ),
        ],
    )
    s.text(
        0.6,
        y + 0.2,
        "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    s.checkbox(0.7, y + 0.45, True, "1.a. Immigration and Customs Enforcement (ICE)")
    y = s.grid(
        0.6,
        y + 0.75,
        7.3,
        [
            (
                0.42,
                [
                    (1, "6.a. Family Name", up(person.surname)),
                    (1, "6.b. Given Name", up(person.given)),
                ],
            ),
            (
                0.42,
                [
                    (1, "8. USCIS Online Account / A-Number", "A" + a_number.replace("-", "")),
                    (1, "Date of Birth", us(person.born)),
                ],
            ),
        ],
    )
    s.text(
        0.6, y + 0.25, "Part 4.  Client's Consent to Representation and Signature", 9, "sans-bold"
    )
    s.signature(0.9, y + 0.55, person.name, 18)
    s.text(5.2, y + 0.7, f"Date: {us(signed)}", 9)
    s.signature(0.9, y + 1.25, rep["name"], 18)
    s.text(5.2, y + 1.4, f"Date: {us(signed)}", 9)
    s.text(0.6, 10.5, "Form G-28 Edition 09/17/18", 7)
    return s


def _pay_stub(
    company: list[str],
    person: Person,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    rows: list[list[str]],
    net: str,
    ytd: str,
    bilingual: bool = False,
) -> Sheet:
    s = Sheet(8.5, 5.5)
    s.text(0.5, 0.3, company[0], 12, "sans-bold")
    s.lines(0.5, 0.55, company[1:], 8, fill=GREY)
    title = "EARNINGS STATEMENT / TALON DE PAGO" if bilingual else "EARNINGS STATEMENT"
    s.text(8.0, 0.3, title, 10, "sans-bold", align="right")
    s.lines(
        5.0,
        0.6,
        [
            f"{'Empleado / Employee' if bilingual else 'Employee'}: {up(person.name)}",
            f"{'Periodo / Pay period' if bilingual else 'Pay period'}: {us(period[0])} - "
            f"{us(period[1])}",
            f"{'Fecha de pago / Pay date' if bilingual else 'Pay date'}: {us(paid)}",
        ],
        8,
    )
    head = (
        ["Concepto / Description", "Horas / Hours", "Tarifa / Rate", "Total"]
        if bilingual
        else ["Description", "Hours", "Rate", "Current"]
    )
    y = s.table(
        0.5, 1.35, [3.2, 1.2, 1.2, 1.9], [head, *rows], 8, align=["left", "right", "right", "right"]
    )
    s.text(
        0.5,
        y + 0.15,
        ("Pago neto / Net pay: " if bilingual else "Net pay: ") + net,
        10,
        "sans-bold",
    )
    s.text(5.0, y + 0.15, ("Acumulado / YTD gross: " if bilingual else "YTD gross: ") + ytd, 8)
    return s


def _birth_wa(
    child: Person,
    mother: str,
    father: str,
    county: str,
    hospital: str,
    file_no: str,
    filed: dt.date,
) -> Sheet:
    s = Sheet(paper=(248, 246, 238))
    s.security_background(len(child.name), (226, 222, 236))
    s.border(0.35)
    s.center(0.6, "STATE OF WASHINGTON", 13, "serif-bold")
    s.center(0.85, "DEPARTMENT OF HEALTH - CENTER FOR HEALTH STATISTICS", 8)
    s.center(1.1, "CERTIFICATION OF BIRTH", 16, "serif-bold")
    s.text(6.1, 1.45, f"State File No. {file_no}", 8, "mono")
    s.grid(
        0.7,
        1.7,
        7.1,
        [
            (
                0.5,
                [
                    (3, "CHILD'S NAME (FIRST, MIDDLE, LAST)", up(child.name)),
                    (1, "SEX", "MALE" if child.sex == "M" else "FEMALE"),
                ],
            ),
            (
                0.5,
                [
                    (1, "DATE OF BIRTH", us(child.born)),
                    (1, "COUNTY OF BIRTH", county),
                    (1, "CITY OF BIRTH", up(child.birthplace)),
                ],
            ),
            (0.5, [(3, "PLACE OF BIRTH (FACILITY)", hospital)]),
            (
                0.5,
                [
                    (3, "MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother)),
                    (1, "BIRTHPLACE", "MEXICO"),
                ],
            ),
            (0.5, [(3, "FATHER'S NAME", up(father)), (1, "BIRTHPLACE", "MEXICO")]),
            (0.5, [(1, "DATE FILED", us(filed)), (2, "DATE ISSUED", us(D(2026, 2, 19)))]),
        ],
    )
    s.para(
        0.7,
        5.0,
        7.1,
        "This is a true and correct certification of the birth record on "
        "file with the Washington State Department of Health. Any alteration or erasure "
        "voids this certificate.",
        8,
        "sans",
    )
    s.signature(5.0, 5.6, "Katherine Tuel", 14)
    s.text(5.0, 6.1, "State Registrar of Vital Statistics", 8)
    s.seal(1.8, 6.2, 0.55, "STATE OF WASHINGTON * DEPARTMENT OF HEALTH * ", "SEAL")
    return s


# ---------------------------------------------------------------- 1. Yakima, Washington


def navarrete() -> CasePlan:
    """A Mexican farmworker in Yakima who came on an H-2A visa in 2008 and stayed, his wife
    (also without status) and two US-citizen children: a passport a quarter turn off, the old
    H-2A visa copy, the orchard's letter photographed on a car's dashboard, three bilingual pay
    stubs in one PDF, both birth certificates and the toddler's WIC folder in another, a
    Washington ID's two sides on one copier page, a mobile-home lot agreement page by page, a
    parish letter in Spanish never translated, and nothing dated between the H-2A season of
    2008 and the spring of 2015."""
    heri = Person("Heriberto", "Navarrete Solís", D(1984, 2, 17), "M", "Tangancícuaro, Mich.")
    yesenia = "Yesenia Ortiz Barajas"
    angel = Person("Ángel Heriberto", "Navarrete Ortiz", D(2013, 10, 21), "M", "Toppenish")
    valeria = Person("Valeria", "Navarrete Ortiz", D(2023, 5, 9), "F", "Yakima")
    rep = _rep(
        "Graciela Ybarra-Hollis",
        "Yakima Valley Immigrant Rights Project",
        ["402 S. 3rd Avenue, Suite B", "Yakima, WA 98902"],
        "509-555-0146",
        "gybarra@yvirp.example",
        "WY772104",
    )
    street, city = "2100 Birchfield Rd, Space 37", "Yakima, WA 98901"
    a_number = "208-417-563"
    seed = 20100

    visa = Sheet()
    v = visa
    v.rect(1.0, 1.2, 6.5, 4.2, weight=1.2, fill=(236, 240, 232))
    v.text(1.2, 1.35, "UNITED STATES OF AMERICA", 12, "serif-bold")
    v.text(5.4, 1.35, "VISA", 14, "serif-bold")
    rows = [
        ("Issuing Post Name", "MONTERREY"),
        ("Control Number", "20080471930002"),
        ("Surname", up(heri.surname)),
        ("Given Name", up(heri.given)),
        ("Visa Type/Class", "R H2A"),
        ("Passport Number", "04381127719"),
        ("Sex", "M"),
        ("Birth Date", "17FEB1984"),
        ("Nationality", "MEXI"),
        ("Entries", "M"),
        ("Issue Date", "06MAR2008"),
        ("Expiration Date", "30NOV2008"),
        ("Annotation", "PET: SUNNYSLOPE FRUIT CO LLC  RCPT WAC0812345678"),
    ]
    y = 1.75
    for label, value in rows:
        v.text(1.2, y, label, 6.5, fill=GREY)
        y = v.text(2.7, y - 0.02, value, 9, "mono-bold") + 0.03
    doc.portrait(v, 5.7, 1.8, 1.3, 1.6, seed)
    v.text(1.2, 5.05, "VNUSANAVARRETE<SOLIS<<HERIBERTO<<<<<<<<<<<<<<", 9, "mono-bold")
    v.text(1.2, 5.22, "043811277<3MEX8402170M0811302B3MTY0712A0471930", 9, "mono-bold")
    v.stamp(
        2.0,
        6.0,
        ["ADMITTED", "MAR 15 2008", "CLASS H-2A", "UNTIL NOV 30 2008"],
        11,
        (40, 40, 130),
        -4,
    )
    v.text(
        1.0,
        8.0,
        "Copy of passport visa page and entry stamp (client's old passport).",
        9,
        "serif-italic",
        fill=GREY,
    )

    employer = write_letter(
        (
            "Sunnyslope Fruit Co., LLC",
            [
                "Apples - Pears - Cherries",
                "1850 Naches Heights Rd, Yakima, WA 98908",
                "(509) 555-0193",
            ],
            (150, 40, 30),
            "leaf",
        ),
        long(D(2026, 10, 14)),
        ["To Whom It May Concern"],
        None,
        "Re: Heriberto Navarrete Solís",
        [
            "This letter confirms that Heriberto Navarrete Solís has worked for Sunnyslope Fruit "
            "Co. every season since April 2015, in pruning, thinning and harvest, and for the "
            "last four years year-round as an irrigation and tractor crew lead on our Naches "
            "Heights and Cowiche blocks.",
            "He is one of the most dependable people on our crews. He trains new pickers, keeps "
            "the spray and safety logs, and has never missed a harvest. He is paid hourly, with "
            "piece rate in harvest, and his wages are reported to the Employment Security "
            "Department and the IRS.",
            "We would hire him again without hesitation. Please contact me with any questions.",
        ],
        "Sincerely,",
        "Dale Ostrander",
        ["Orchard Manager"],
    )

    def stub(period, paid, hours, rate, pieces, ytd, n):
        gross = hours * rate + pieces
        rows = [
            [
                "Horas regulares / Regular hours",
                f"{hours:.2f}",
                f"{rate:.2f}",
                f"{hours * rate:,.2f}",
            ],
            ["Destajo / Piece rate (bins)", "", "", f"{pieces:,.2f}"],
            ["Seguro Social / Social Security", "", "", f"-{gross * 0.062:,.2f}"],
            ["Medicare", "", "", f"-{gross * 0.0145:,.2f}"],
            ["WA Cares / PFML", "", "", f"-{gross * 0.0108:,.2f}"],
        ]
        net = f"{gross * (1 - 0.0873 - 0.06):,.2f}"
        return drawn(
            "orchard_pay_stub",
            [
                _pay_stub(
                    ["SUNNYSLOPE FRUIT CO LLC", "1850 Naches Heights Rd", "Yakima WA 98908"],
                    heri,
                    period,
                    paid,
                    rows,
                    net,
                    f"{ytd:,.2f}",
                    bilingual=True,
                )
            ],
            "pay_record",
            heri,
            "employment_and_taxes",
            ("es", "en"),
            proves=period,
        )

    wic = Sheet()
    y = letterhead(
        wic,
        "Washington WIC Nutrition Program",
        [
            "Yakima Neighborhood Health Services - WIC Clinic",
            "12 S. 8th Street, Yakima, WA 98901  -  (509) 555-0170",
        ],
        (30, 110, 60),
        "leaf",
    )
    wic.text(0.9, y, "WIC CERTIFICATION / CERTIFICACIÓN DE WIC", 13, "sans-bold")
    y = wic.grid(
        0.9,
        y + 0.35,
        6.7,
        [
            (
                0.45,
                [
                    (2, "Participant / Participante", up(valeria.name)),
                    (1, "Date of birth / Fecha de nac.", us(valeria.born)),
                ],
            ),
            (
                0.45,
                [
                    (2, "Parent or caregiver / Padre o tutor", up(yesenia)),
                    (1, "Family ID", "YK-0094417"),
                ],
            ),
            (
                0.45,
                [
                    (1, "Category", "CHILD (1-5)"),
                    (1, "Certified / Certificado", us(D(2026, 6, 3))),
                    (1, "Cert. ends / Vence", us(D(2027, 5, 31))),
                ],
            ),
            (
                0.45,
                [
                    (1, "Height", "35.4 in"),
                    (1, "Weight", "29 lb 6 oz"),
                    (1, "Hemoglobin", "11.8 g/dL"),
                ],
            ),
        ],
    )
    wic.para(
        0.9,
        y + 0.25,
        6.7,
        "Your child is eligible for WIC benefits until the date above. "
        "Bring this folder and your child's shot record to every appointment. Su hijo(a) "
        "es elegible para WIC hasta la fecha indicada.",
        9,
        "sans",
    )
    wic.table(
        0.9,
        y + 1.1,
        [1.8, 2.6, 2.3],
        [
            ["Next appointment", "Type", "With"],
            ["12/02/2026", "Nutrition education", "R. Villanueva, RD"],
            ["03/04/2027", "Mid-certification check", "Clinic staff"],
        ],
        9,
    )

    lot = []
    p1 = Sheet()
    y = p1.center(0.6, "MANUFACTURED/MOBILE HOME LOT RENTAL AGREEMENT", 13, "serif-bold")
    y = p1.center(y, "Birchfield Mobile Home Park  -  2100 Birchfield Rd, Yakima, WA 98901", 9)
    y = p1.paras(
        0.8,
        y + 0.3,
        6.9,
        [
            f"This agreement is made on {long(D(2017, 5, 1))} between Birchfield MHP LLC "
            f'("Landlord") and {heri.name} and {yesenia} ("Tenants"), under the Washington '
            "Manufactured/Mobile Home Landlord-Tenant Act, chapter 59.20 RCW.",
            "1. LOT. Landlord rents to Tenants Space 37 of the park for the Tenants' manufactured "
            "home, a 1996 Fleetwood 14 x 66, serial no. IDFL2AE57819N.",
            "2. TERM. The term is one year, from May 1, 2017, and renews automatically for "
            "successive one-year terms unless the Tenants give notice (RCW 59.20.090).",
            "3. RENT. Lot rent is $465.00 a month, due on the first day of each month, payable "
            "at the park office. A late fee of $25.00 applies after the fifth. Rent may be "
            "raised once a year with three months' written notice.",
            "4. UTILITIES. Water, sewer and garbage are billed by the park monthly; electricity is "
            "paid by the Tenants to Pacific Power.",
            "5. RULES. Tenants agree to the park rules attached, including speed limits, pets and "
            "the care of the lot and skirting.",
        ],
        pt=10.5,
    )
    p1.text(7.6, 10.4, "Page 1 of 2", 8, align="right")
    p2 = Sheet()
    y = p2.paras(
        0.8,
        0.7,
        6.9,
        [
            "6. ASSIGNMENT. Tenants may not sublet the lot without the Landlord's written consent.",
            "7. NOTICES. Notices to Tenants go to Space 37; to the Landlord, to the park office.",
            "8. RENT HISTORY (office use). 2017: $465. 2019: $495. 2021: $540. 2023: $585. "
            "2025: $640. 2026: $675 from 07/01/2026.",
        ],
        pt=10.5,
    )
    p2.signature(1.0, y + 0.5, heri.name, 18)
    p2.text(1.0, y + 1.0, f"Tenant   {heri.name}   Date 05/01/2017", 9)
    p2.signature(1.0, y + 1.4, yesenia, 18)
    p2.text(1.0, y + 1.9, f"Tenant   {yesenia}   Date 05/01/2017", 9)
    p2.signature(4.7, y + 0.5, "Marlene Kuykendall", 18)
    p2.text(4.7, y + 1.0, "Landlord / Park Manager", 9)
    p2.stamp(4.6, y + 2.4, ["RENEWED", "MAY 01 2026", "BIRCHFIELD MHP"], 10, (30, 60, 150), 6)
    p2.text(7.6, 10.4, "Page 2 of 2", 8, align="right")
    lot = [p1, p2]

    parish = write_letter(
        (
            "Parroquia San José",
            ["Iglesia Católica - Wapato, Washington", "405 W. 3rd St, Wapato, WA 98951"],
            (120, 30, 90),
            "cross",
        ),
        f"Wapato, Washington, a {spelled(D(2026, 9, 28), 'es')}",
        ["A quien corresponda:"],
        None,
        "Estimados señores:",
        [
            f"Por medio de la presente hago constar que el señor {heri.name} y su esposa "
            f"{yesenia} son miembros activos de esta parroquia desde hace muchos años. Sus hijos "
            "Ángel y Valeria fueron bautizados aquí.",
            "El señor Navarrete sirve como ministro de la Eucaristía en la misa en español de los "
            "domingos y ayuda cada otoño con la colecta de alimentos para las familias de los "
            "trabajadores del campo. Es un hombre honrado, trabajador y dedicado a su familia.",
            "Pido con todo respeto que se tome en cuenta su buen carácter y su arraigo en nuestra "
            "comunidad.",
        ],
        "Atentamente,",
        "Pbro. Julián Etxeberria",
        ["Párroco"],
    )

    wa_id = doc.id_card(
        heri,
        seed + 40,
        heading="WASHINGTON",
        sub="IDENTIFICATION CARD",
        rows=[
            ("4d DL NO.", "WDL7Q2X84K9B"),
            ("1 FAMILY NAME", "NAVARRETE SOLIS"),
            ("2 GIVEN NAME", "HERIBERTO"),
            ("8 ADDRESS", f"{street.upper()}, {city.upper()}"),
            ("3 DOB", us(heri.born)),
            ("4b EXP", us(D(2029, 2, 17))),
        ],
        back_lines=[
            "FEDERAL LIMITS APPLY",
            "Not valid for federal identification",
            "ISS 01/09/2024",
        ],
        tint=((230, 238, 246), (246, 236, 226)),
    )

    placed = [
        capture.card_photo(
            _passport(
                "mexico_passport",
                heri,
                ("es", "en"),
                seed + 1,
                country="MÉXICO",
                code="MEX",
                number="G21476830",
                nationality="MEXICANA",
                issued=D(2022, 8, 9),
                expiry=D(2032, 8, 9),
                authority="SRE CONSULADO SEATTLE",
                title="ESTADOS UNIDOS MEXICANOS  PASAPORTE / PASSPORT",
                labels=[
                    "Tipo/Type",
                    "Código/Code",
                    "Pasaporte/Passport No.",
                    "Apellidos/Surnames",
                    "Nombres/Given names",
                    "Nacionalidad/Nationality",
                    "Fecha de nac./Date of birth",
                    "Sexo/Sex",
                    "Lugar de nac./Place of birth",
                    "Expedición/Issue",
                    "Caducidad/Expiry",
                    "Autoridad/Authority",
                ],
                tint=((222, 236, 226), (236, 230, 214)),
                date_language="es",
            ),
            "scans/IMG_5521.jpg",
            seed + 2,
            turn=90,
        ),
        capture.scan(
            drawn(
                "h2a_visa_copy",
                [visa],
                ("identity_document", "other"),
                heri,
                ("length_of_residence", "identity"),
                proves=(D(2008, 3, 15), D(2008, 11, 30)),
            ),
            "scans/visa H2A 2008.jpg",
            seed + 3,
            dpi=150,
        ),
        doc.dashboard_photo(
            drawn(
                "orchard_employer_letter",
                [employer],
                "employment_letter",
                heri,
                "employment_and_taxes",
                proves=(D(2015, 4, 1), D(2026, 10, 14)),
            ),
            "scans/IMG_5530.jpg",
            seed + 4,
        ),
        capture.copier(
            [
                stub((D(2026, 9, 1), D(2026, 9, 15)), D(2026, 9, 19), 86.5, 17.13, 0.0, 28410.0, 1),
                stub(
                    (D(2026, 9, 16), D(2026, 9, 30)), D(2026, 10, 3), 72.0, 17.13, 612.0, 30240.0, 2
                ),
                stub(
                    (D(2026, 10, 1), D(2026, 10, 15)),
                    D(2026, 10, 17),
                    80.0,
                    17.13,
                    744.0,
                    32360.0,
                    3,
                ),
            ],
            "scans/talones de pago.pdf",
            seed + 5,
        ),
        capture.copier(
            [
                drawn(
                    "washington_birth",
                    [
                        _birth_wa(
                            angel,
                            yesenia,
                            heri.name,
                            "YAKIMA",
                            "PROVIDENCE TOPPENISH HOSPITAL",
                            "2013-046211",
                            D(2013, 10, 29),
                        )
                    ],
                    "birth_certificate",
                    angel,
                    "us_family",
                ),
                drawn(
                    "washington_birth",
                    [
                        _birth_wa(
                            valeria,
                            yesenia,
                            heri.name,
                            "YAKIMA",
                            "VIRGINIA MASON MEMORIAL",
                            "2023-021877",
                            D(2023, 5, 16),
                        )
                    ],
                    "birth_certificate",
                    valeria,
                    "us_family",
                ),
                drawn(
                    "wic_certification",
                    [wic],
                    ("other", "medical_record"),
                    valeria,
                    ("us_family", "medical"),
                    ("en", "es"),
                ),
            ],
            "scans/scan0001.pdf",
            seed + 6,
        ),
        doc.both_sides_on_one_page(
            drawn("washington_id", wa_id, "identity_document", heri, "identity", is_card=True),
            "scans/WA ID front and back.jpg",
            seed + 7,
        ),
        capture.desk(
            drawn(
                "mobile_home_lot_agreement",
                lot,
                "residence_record",
                heri,
                "length_of_residence",
                proves=(D(2017, 5, 1), D(2026, 11, 1)),
            ),
            ["scans/lot rent p1.jpg", "scans/lot rent p2.jpg"],
            seed + 8,
            surface="pale",
            dim=False,
        ),
        capture.desk(
            drawn(
                "parish_letter_spanish", [parish], "letter_of_support", heri, "community_ties", "es"
            ),
            "scans/carta parroquia.jpg",
            seed + 10,
        ),
        capture.scan(
            drawn("g28", [_g28(heri, rep, a_number, D(2026, 10, 20))], "g28", heri, "other"),
            "scans/G28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": heri.name,
            "a_number": a_number,
            "date_of_birth": heri.born,
            "country": "Mexico",
            "entered_us": D(2008, 3, 15),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Seattle, WA",
            "next_hearing": D(2027, 4, 13),
            "hearing_type": "master",
            "nta_date": D(2024, 2, 6),
            "charges": ["INA 237(a)(1)(B)"],
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {
            "residence_since": D(2008, 3, 15),
            "children": [
                {"name": angel.name, "date_of_birth": angel.born, "status": "usc"},
                {"name": valeria.name, "date_of_birth": valeria.born, "status": "usc"},
            ],
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 11, 20), "served_by": rep["name"]},
    }
    findings = [
        {"code": "residence-gap", "claim": "residence_since"},  # Dec 2008 to Apr 2015
        {"code": "untranslated-document", "file": "scans/carta parroquia.jpg"},
    ]
    return CasePlan(
        "navarrete",
        "blind20",
        case,
        placed,
        findings,
        notes="a true residence gap 2008-2015; the parish letter is untranslated",
    )


def _translation(
    label: str,
    person: Person,
    title: str,
    body: list[str],
    translator: str,
    address: str,
    signed: dt.date,
    source: str,
) -> Paper:
    """An English translation and its certificate on the translator's two pages."""
    p1 = Sheet()
    y = p1.center(0.6, "ENGLISH TRANSLATION", 12, "sans-bold")
    y = p1.center(y, f"[Translated from {source}]", 9, "serif-italic")
    y = p1.center(y + 0.2, title, 12, "serif-bold")
    p1.paras(0.9, y + 0.3, 6.7, body, pt=10.5)
    p2 = Sheet()
    y = p2.center(0.8, "CERTIFICATE OF TRANSLATION", 14, "serif-bold")
    y = p2.paras(
        0.9,
        y + 0.4,
        6.7,
        [
            f"I, {translator}, certify that I am competent to translate from {source} into "
            "English, and that the attached English translation of the "
            f"{title.title()} of {person.name} is complete and accurate to the best of my "
            "knowledge and ability.",
        ],
        pt=11,
    )
    p2.signature(1.0, y + 0.4, translator, 20)
    p2.lines(0.9, y + 1.0, [translator, address, f"Date: {long(signed)}"], 10, "serif")
    return drawn(label, [p1, p2], "certificate_of_translation", person, "identity")


# ---------------------------------------------------------------- 2. Louisville, Kentucky


def xiloj() -> CasePlan:
    """A Guatemalan who crossed alone at fifteen and is twenty now in Louisville, with Special
    Immigrant Juvenile status approved and a visa not yet available: a passport a quarter turn
    the other way, the RENAP birth certificate with its two-page translation in one PDF, the
    family court's two-page SIJ findings photographed page by page, the I-360 approval, a
    Kentucky high school equivalency diploma and its GED transcript, the public schools'
    transcript, the foster care agency's letter photographed twice from two angles, and a lease
    stapled and fanned out with only its first page readable."""
    edwin = Person("Edwin Rolando", "Xiloj Tzoc", D(2006, 3, 2), "M", "Momostenango, Totonicapán")
    rep = _rep(
        "Thomas Okafor-Reyes",
        "Kentuckiana Immigrant Youth Legal Services",
        ["1325 S. 4th Street", "Louisville, KY 40208"],
        "502-555-0113",
        "tokafor@kiyls.example",
        "KL390561",
    )
    street, city = "4417 Southern Pkwy, Apt 6", "Louisville, KY 40214"
    a_number = "221-806-347"
    seed = 20200

    renap = Sheet(paper=(246, 244, 236))
    renap.security_background(seed, (214, 226, 238))
    renap.center(0.55, "REGISTRO NACIONAL DE LAS PERSONAS", 13, "sans-bold")
    renap.center(0.82, "REPÚBLICA DE GUATEMALA, C.A.", 9)
    renap.center(1.1, "CERTIFICADO DE NACIMIENTO", 15, "serif-bold")
    y = renap.grid(
        0.7,
        1.5,
        7.1,
        [
            (
                0.45,
                [
                    (1, "CUI", "3054 81276 0805"),
                    (1, "Partida", "1873"),
                    (1, "Folio", "412"),
                    (1, "Libro", "97"),
                ],
            ),
            (0.45, [(3, "Nombre del inscrito", up(edwin.name)), (1, "Sexo", "MASCULINO")]),
            (
                0.45,
                [
                    (2, "Fecha de nacimiento", spelled(edwin.born, "es").upper()),
                    (2, "Lugar de nacimiento", "MOMOSTENANGO, TOTONICAPÁN"),
                ],
            ),
            (
                0.45,
                [
                    (3, "Nombre de la madre", "MARÍA ISABEL TZOC BATZ"),
                    (1, "CUI", "2591 40213 0805"),
                ],
            ),
            (
                0.45,
                [(3, "Nombre del padre", "PASCUAL XILOJ AJANEL"), (1, "CUI", "1987 33016 0805")],
            ),
        ],
    )
    renap.para(
        0.7,
        y + 0.3,
        7.1,
        "El infrascrito Registrador Civil de las Personas CERTIFICA "
        "que los datos anteriores concuerdan con la inscripción de nacimiento que obra "
        "en el Registro Civil de las Personas del municipio de Momostenango, "
        "departamento de Totonicapán. Extendido el 14 de enero de 2022.",
        9.5,
        "sans",
    )
    renap.seal(6.6, 7.6, 0.6, "REGISTRO NACIONAL DE LAS PERSONAS * RENAP * ", "RENAP")
    renap.signature(1.2, 7.6, "Lic. Oswaldo Pac", 15)
    renap.text(1.2, 8.15, "Registrador Civil de las Personas", 8)
    translation = _translation(
        "renap_translation",
        edwin,
        "BIRTH CERTIFICATE",
        [
            "NATIONAL REGISTRY OF PERSONS - REPUBLIC OF GUATEMALA, C.A.",
            "CUI: 3054 81276 0805. Entry: 1873. Folio: 412. Book: 97.",
            f"Name of the registered person: {up(edwin.name)}. Sex: MALE.",
            f"Date of birth: {long(edwin.born).upper()}. Place of birth: MOMOSTENANGO, "
            "TOTONICAPAN.",
            "Mother's name: MARIA ISABEL TZOC BATZ. Father's name: PASCUAL XILOJ AJANEL.",
            "The undersigned Civil Registrar CERTIFIES that the foregoing data agree with the "
            "birth entry in the Civil Registry of Momostenango, Totonicapán. Issued January 14, "
            "2022. [Seal: RENAP] [Signature illegible] Civil Registrar.",
        ],
        "Lucía Montenegro Hale",
        "2011 Bardstown Rd, Louisville, KY 40205",
        D(2022, 3, 2),
        "Spanish",
    )

    order = []
    o1 = Sheet()
    y = o1.center(0.6, "COMMONWEALTH OF KENTUCKY", 11, "serif-bold")
    y = o1.center(y, "JEFFERSON CIRCUIT COURT - FAMILY DIVISION SIX", 11, "serif-bold")
    y = o1.center(y, "CASE NO. 22-J-004718-001", 10, "serif")
    y = o1.center(y + 0.2, f"IN RE: {up(edwin.name)}, a minor", 11, "serif-bold")
    y = o1.center(y + 0.2, "ORDER MAKING SPECIAL FINDINGS", 13, "serif-bold")
    y = o1.center(
        y, "(Special Immigrant Juvenile Status, 8 U.S.C. 1101(a)(27)(J))", 9, "serif-italic"
    )
    o1.paras(
        0.9,
        y + 0.3,
        6.7,
        [
            "This matter came before the Court on the petition for custody and special findings. "
            "Having heard the testimony and reviewed the record, the Court FINDS:",
            f"1. {edwin.name} was born on {long(edwin.born)} in Momostenango, Guatemala, is under "
            "twenty-one years of age and unmarried, and resides in Jefferson County, Kentucky.",
            "2. The minor is dependent on this Court and has been placed in the custody of an "
            "individual appointed by this Court under KRS Chapter 620.",
            "3. Reunification with the minor's father is not viable due to abandonment, as "
            "defined under Kentucky law: the father left the household when the minor was four "
            "years old and has provided no support since.",
        ],
        pt=10.5,
    )
    o1.text(7.6, 10.4, "Page 1 of 2", 8, align="right")
    o2 = Sheet()
    y = o2.paras(
        0.9,
        0.8,
        6.7,
        [
            "4. Reunification with the minor's mother is not viable due to neglect: the minor was "
            "sent to work in the fields at eleven, left school, and was not protected from "
            "threats by a local gang.",
            "5. It is not in the minor's best interest to be returned to Guatemala, his or his "
            "parents' previous country of nationality or last habitual residence.",
            "IT IS SO ORDERED.",
        ],
        pt=10.5,
    )
    o2.signature(4.2, y + 0.4, "Hon. Denise Aldridge", 20)
    o2.lines(
        4.2, y + 1.0, ["JUDGE, JEFFERSON FAMILY COURT", f"Entered: {us(D(2023, 2, 8))}"], 9, "serif"
    )
    o2.stamp(
        0.9, y + 0.6, ["ENTERED", "FEB 08 2023", "DAVID L. NICHOLSON, CLERK"], 10, (120, 40, 40), 3
    )
    o2.text(7.6, 10.4, "Page 2 of 2", 8, align="right")
    order = [o1, o2]

    approval = Sheet()
    approval.text(0.6, 0.5, "Department of Homeland Security", 10, "sans-bold")
    approval.text(0.6, 0.68, "U.S. Citizenship and Immigration Services", 9)
    approval.text(5.0, 0.5, "Form I-797, Notice of Action", 12, "sans-bold")
    approval.text(
        0.6, 1.0, "THIS NOTICE DOES NOT GRANT ANY IMMIGRATION STATUS OR BENEFIT.", 8, "sans-bold"
    )
    approval.grid(
        0.6,
        1.2,
        7.3,
        [
            (
                0.45,
                [
                    (1, "Receipt Number", "IOE0917734521"),
                    (
                        1,
                        "Case Type",
                        "I360 - PETITION FOR AMERASIAN, WIDOW(ER), OR SPECIAL IMMIGRANT",
                    ),
                ],
            ),
            (
                0.45,
                [
                    (1, "Received Date", "03/22/2023"),
                    (1, "Priority Date", "03/22/2023"),
                    (1, "Notice Date", "11/06/2023"),
                ],
            ),
            (
                0.45,
                [
                    (1, "Petitioner", up(edwin.name)),
                    (1, "Beneficiary A#", "A" + a_number.replace("-", "")),
                    (1, "Classification", "SPECIAL IMMIGRANT JUVENILE"),
                ],
            ),
        ],
    )
    approval.text(0.6, 2.8, "Approval Notice", 14, "sans-bold")
    approval.paras(
        0.6,
        3.15,
        7.2,
        [
            "The above petition has been approved. The petition indicates that the beneficiary is "
            "in the United States and will apply for adjustment of status. He or she should "
            "contact the USCIS Contact Center for information when an immigrant visa number "
            "becomes available, based on the priority date shown above.",
            "Please see the additional information on the back. You will be notified separately "
            "about any other cases you filed.",
        ],
        pt=10,
        face="sans",
    )
    approval.lines(
        0.6,
        9.2,
        ["USCIS", "National Benefits Center", "P.O. Box 25920", "Overland Park KS 66225-5920"],
        9,
    )

    diploma = Sheet(11, 8.5, paper=(250, 247, 236))
    diploma.border(0.4, 3)
    diploma.center(1.0, "Commonwealth of Kentucky", 26, "schoolbook-bold")
    diploma.center(1.6, "High School Equivalency Diploma", 22, "schoolbook")
    diploma.center(2.4, "This certifies that", 13, "serif-italic")
    diploma.center(2.85, edwin.name, 30, "script")
    diploma.center(
        3.7, "has successfully completed the GED® test and the requirements of the", 12, "serif"
    )
    diploma.center(3.95, "Kentucky Skills U program and is awarded this diploma", 12, "serif")
    diploma.center(4.4, f"Given this {long(D(2024, 6, 19))}", 12, "serif")
    diploma.seal(5.5, 5.9, 0.8, "COMMONWEALTH OF KENTUCKY * EDUCATION * ", "KY")
    diploma.signature(1.5, 6.2, "Ronda Harmon", 18)
    diploma.text(1.5, 6.8, "Commissioner, Kentucky Adult Education", 9)
    diploma.text(8.6, 7.6, "Diploma No. 24-KY-0381652", 8)

    ged = monospace_page(
        [
            "GED TESTING SERVICE                          OFFICIAL TRANSCRIPT",
            "GED ID: 7742018845                           Issued: 07/02/2024",
            "",
            f"Name:          {up(edwin.name)}",
            f"Date of Birth: {us(edwin.born)}",
            "Jurisdiction:  KENTUCKY",
            "Credential:    Kentucky High School Equivalency Diploma 06/19/2024",
            "",
            "TEST                                 DATE        SCORE  STATUS",
            "-----------------------------------------------------------------",
            "Mathematical Reasoning               01/17/2024  151    PASS",
            "Reasoning Through Language Arts      03/06/2024  149    PASS",
            "Science                              04/24/2024  158    PASS",
            "Social Studies                       06/05/2024  147    PASS",
            "",
            "Testing center: Jefferson County Public Schools Adult Education,",
            "                Louisville, KY",
            "",
            "Passing score 145 on each test.  GED College Ready 165-174.",
            "This transcript is official only when received directly from GED",
            "Testing Service or the Kentucky Office of Adult Education.",
        ]
    )

    jcps = Sheet()
    y = letterhead(
        jcps,
        "Jefferson County Public Schools",
        ["Iroquois High School - 4615 Taylor Blvd, Louisville, KY 40215"],
        (20, 60, 120),
        "shield",
    )
    jcps.text(0.9, y, "STUDENT ACADEMIC RECORD (UNOFFICIAL)", 12, "sans-bold")
    jcps.lines(
        0.9,
        y + 0.3,
        [
            f"Student: {up(edwin.last_first())}   ID: 2210481",
            f"DOB: {us(edwin.born)}   Entry: 08/11/2021   Withdrawn: 05/24/2023",
            "Program: English Learner (ESL) Newcomer Academy",
        ],
        9,
    )
    jcps.table(
        0.9,
        y + 1.0,
        [1.0, 3.4, 1.0, 1.0],
        [
            ["Year", "Course", "Grade", "Credit"],
            ["2021-22", "ESL English I", "B", "1.0"],
            ["2021-22", "Algebra I", "C+", "1.0"],
            ["2021-22", "Integrated Science", "B", "1.0"],
            ["2021-22", "World Civilizations", "B-", "1.0"],
            ["2022-23", "ESL English II", "B+", "1.0"],
            ["2022-23", "Geometry", "C", "1.0"],
            ["2022-23", "Biology", "B", "1.0"],
            ["2022-23", "Construction Technology I", "A", "1.0"],
        ],
        9,
    )
    jcps.text(0.9, 8.9, "Withdrawal reason: W23 - enrolled in adult education / employment", 8)

    foster = write_letter(
        (
            "St. Gerard Family Services",
            [
                "Unaccompanied Refugee and Immigrant Minors Foster Care",
                "2600 Frankfort Ave, Louisville, KY 40206  -  502-555-0188",
            ],
            (90, 30, 110),
            "house",
        ),
        long(D(2026, 9, 10)),
        ["Office of the Principal Legal Advisor"],
        f"Re: {edwin.name}",
        "To whom it may concern:",
        [
            f"{edwin.name} came into our foster care program on June 2, 2021, after his release "
            "from an ORR shelter, and lived with one of our licensed foster families in south "
            "Louisville until he aged out of care in March 2024. He stayed in our extended "
            "transitional services until last summer.",
            "In nearly three years with us he learned English, finished his high school "
            "equivalency diploma, held a job at a distribution warehouse, and never had a single "
            "incident report. His foster parents describe him as calm, reliable and devoted to "
            "the younger children of the home.",
            "We support his request without reservation.",
        ],
        "Sincerely,",
        "Angela Mwangi, LCSW",
        ["Program Director"],
    )

    lease_top = Sheet()
    y = lease_top.center(0.6, "RESIDENTIAL LEASE AGREEMENT", 14, "serif-bold")
    lease_top.paras(
        0.9,
        y + 0.3,
        6.7,
        [
            f"This lease is made on {long(D(2024, 5, 20))} between Southern Parkway Apartments LLC "
            f'("Landlord") and {edwin.name} ("Tenant").',
            f"PREMISES: {street}, {city}.",
            "TERM: twelve months beginning June 1, 2024, continuing month to month after May 31, "
            "2025 until either party gives thirty days' written notice.",
            "RENT: $780.00 a month, due the first of the month. SECURITY DEPOSIT: $780.00.",
            "UTILITIES: Tenant pays LG&E electric and gas; Landlord pays water and sewer.",
        ],
        pt=10.5,
    )
    lease_top.text(7.6, 10.4, "Page 1 of 4", 8, align="right")
    under = []
    for n in (2, 3, 4):
        u = Sheet()
        u.paras(0.9, 0.8, 6.7, [f"{n * 3 + k}. ..." + " terms" * 30 for k in range(4)], pt=10)
        under.append(u.image)

    w2 = Sheet(8.5, 5.5)
    w2.text(0.4, 0.2, "Form W-2 Wage and Tax Statement 2025", 11, "sans-bold")
    w2.grid(
        0.4,
        0.5,
        7.7,
        [
            (
                0.5,
                [
                    (1, "a Employee's social security number", "XXX-XX-6619"),
                    (1, "1 Wages, tips, other compensation", "34,218.40"),
                    (1, "2 Federal income tax withheld", "1,912.00"),
                ],
            ),
            (
                0.7,
                [
                    (
                        1,
                        "c Employer's name, address, and ZIP code",
                        "RIVER CITY FULFILLMENT LLC\n7300 Grade Ln\nLouisville KY 40219",
                    ),
                    (1, "3 Social security wages", "34,218.40"),
                    (1, "4 Social security tax", "2,121.54"),
                ],
            ),
            (
                0.7,
                [
                    (
                        1,
                        "e Employee's name and address",
                        f"{up(edwin.name)}\n{street.upper()}\n{city.upper()}",
                    ),
                    (1, "5 Medicare wages", "34,218.40"),
                    (1, "6 Medicare tax", "496.17"),
                ],
            ),
            (
                0.5,
                [
                    (1, "15 State  KY", "16 State wages 34,218.40"),
                    (1, "17 State income tax", "1,368.74"),
                    (1, "19 Local (Louisville)", "752.80"),
                ],
            ),
        ],
    )

    placed = [
        capture.card_photo(
            _passport(
                "guatemala_passport",
                edwin,
                ("es", "en"),
                seed + 1,
                country="GUATEMALA",
                code="GTM",
                number="269418735",
                nationality="GUATEMALTECA",
                issued=D(2024, 11, 4),
                expiry=D(2029, 11, 3),
                authority="CONSULADO GENERAL DE GUATEMALA, ATLANTA",
                title="REPÚBLICA DE GUATEMALA  PASAPORTE / PASSPORT",
                labels=[
                    "Tipo/Type",
                    "Código/Code",
                    "No. Pasaporte/Passport No.",
                    "Apellidos/Surname",
                    "Nombres/Given names",
                    "Nacionalidad/Nationality",
                    "Fecha de nacimiento/Date of birth",
                    "Sexo/Sex",
                    "Lugar de nacimiento/Place of birth",
                    "Fecha de emisión/Date of issue",
                    "Fecha de vencimiento/Date of expiry",
                    "Autoridad/Authority",
                ],
                tint=((214, 230, 244), (236, 240, 246)),
                date_language="es",
            ),
            "scans/pasaporte.jpg",
            seed + 2,
            turn=270,
        ),
        capture.copier(
            [
                drawn("renap_birth", [renap], "birth_certificate", edwin, "identity", "es"),
                translation,
            ],
            "scans/birth cert and translation.pdf",
            seed + 3,
        ),
        capture.desk(
            drawn("sij_findings_order", order, "court_record", edwin, "arrived_as_child"),
            ["scans/IMG_4410.jpg", "scans/IMG_4411.jpg"],
            seed + 4,
            surface="pale",
        ),
        capture.scan(
            drawn("i360_approval", [approval], "other", edwin, ("arrived_as_child", "other")),
            "scans/I-360 approval.pdf",
            seed + 5,
            dpi=150,
        ),
        capture.desk(
            drawn(
                "ged_diploma",
                [diploma],
                "diploma",
                edwin,
                "education",
                proves=(D(2024, 6, 19), D(2024, 6, 19)),
            ),
            "scans/IMG_4415.jpg",
            seed + 6,
            dim=False,
        ),
        capture.scan(
            drawn(
                "ged_transcript",
                [ged],
                ("school_record", "diploma"),
                edwin,
                "education",
                proves=(D(2024, 1, 17), D(2024, 6, 5)),
            ),
            "scans/GED transcript.pdf",
            seed + 7,
            dpi=150,
        ),
        capture.scan(
            drawn(
                "jcps_transcript",
                [jcps],
                "school_record",
                edwin,
                "education",
                proves=(D(2021, 8, 11), D(2023, 5, 24)),
            ),
            "scans/JCPS record.jpg",
            seed + 8,
        ),
        doc.two_angles(
            drawn(
                "foster_agency_letter",
                [foster],
                "letter_of_support",
                edwin,
                ("arrived_as_child", "community_ties"),
                proves=(D(2021, 6, 2), D(2024, 3, 31)),
            ),
            ("scans/IMG_4420.jpg", "scans/IMG_4421.jpg"),
            seed + 9,
        ),
        doc.fanned_photo(
            drawn(
                "apartment_lease_fanned",
                [lease_top],
                "residence_record",
                edwin,
                "length_of_residence",
                proves=(D(2024, 6, 1), D(2025, 5, 31)),
            ),
            under,
            "scans/IMG_4430.jpg",
            seed + 10,
        ),
        capture.scan(
            drawn(
                "w2_2025",
                [w2],
                "tax_record",
                edwin,
                "employment_and_taxes",
                proves=(D(2025, 1, 1), D(2025, 12, 31)),
            ),
            "scans/W2 2025.jpg",
            seed + 11,
        ),
        capture.scan(
            drawn("g28", [_g28(edwin, rep, a_number, D(2026, 10, 2))], "g28", edwin, "other"),
            "scans/G-28 signed.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": edwin.name,
            "a_number": a_number,
            "date_of_birth": edwin.born,
            "country": "Guatemala",
            "entered_us": D(2021, 5, 18),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Memphis, TN",
            "next_hearing": D(2027, 3, 2),
            "hearing_type": "master",
            "nta_date": D(2021, 6, 14),
        },
        "request": {
            "type": "dismissal",
            "narrative": "Mr. Xiloj's I-360 was approved in November 2023; he will "
            "adjust status before USCIS when his priority date is current.",
        },
        "representative": rep,
        "claims": {"residence_since": D(2021, 5, 18), "education": True, "community_ties": True},
        "service": {"method": "email", "date": D(2026, 11, 12), "served_by": rep["name"]},
    }
    findings = [
        {"code": "duplicate-document", "file": ["scans/IMG_4421.jpg", "scans/IMG_4420.jpg"]}
    ]
    allowed = [
        {"code": "low-ocr-confidence", "file": "scans/IMG_4430.jpg"},
        {"code": "unclassified-document", "file": "scans/I-360 approval.pdf"},
    ]
    return CasePlan(
        "xiloj",
        "blind20",
        case,
        placed,
        findings,
        allowed,
        notes="the foster care letter photographed twice; residence 2025-05 to "
        "2026-11 rests on the W-2 and the letter of September 2026",
    )


# ---------------------------------------------------------------- 3. Columbus, Ohio


def ngo_nlend() -> CasePlan:
    """A Cameroonian nurse aide in Columbus, married to a US citizen, filing pro se: a passport
    upside down, the acte de naissance in French photographed and its translation scanned, the
    Ohio marriage license and a three-page bank statement (page 2 without its header) in one
    PDF, the nurse aide registry and the I-94 printed to PDF from the web, two hospital pay
    stubs in one PDF, the top W-2 of a stapled stack fanned out, a rent receipt book's carbon,
    her husband's passport card; community ties claimed with no letter, and nothing dated from
    mid-2018 to mid-2022 or through 2024 and 2025."""
    mireille = Person("Mireille", "Ngo Nlend", D(1991, 7, 14), "F", "Édéa")
    darnell = Person("Darnell Wayne", "Hutchins", D(1988, 12, 3), "M", "Columbus, Ohio")
    street, city = "1187 Oakwood Ave, Apt C", "Columbus, OH 43206"
    a_number = "216-330-984"
    seed = 20300

    acte = Sheet(paper=(244, 240, 228))
    acte.text(0.6, 0.5, "RÉPUBLIQUE DU CAMEROUN", 11, "serif-bold")
    acte.text(0.6, 0.7, "Paix - Travail - Patrie", 9, "serif-italic")
    acte.text(5.0, 0.5, "REPUBLIC OF CAMEROON", 11, "serif-bold")
    acte.text(5.0, 0.7, "Peace - Work - Fatherland", 9, "serif-italic")
    acte.lines(
        0.6,
        1.0,
        ["Région du Littoral", "Département de la Sanaga-Maritime", "Centre d'état civil d'Édéa"],
        9,
    )
    acte.center(1.8, "ACTE DE NAISSANCE N° 417/1991", 15, "serif-bold")
    y = acte.lines(
        0.9,
        2.4,
        [
            f"Nom de l'enfant : {up(mireille.surname)}",
            f"Prénoms de l'enfant : {up(mireille.given)}",
            f"Né(e) le : {spelled(mireille.born, 'fr')}",
            "À : Édéa, Hôpital Régional",
            "De sexe : Féminin",
            "Fils ou fille de : NLEND Jean-Pierre",
            "Né à : Pouma, le 03 mars 1962      Profession : instituteur",
            "Domicilié à : Édéa",
            "Et de : NGO BIKOÏ Henriette",
            "Née à : Édéa, le 19 août 1966      Profession : ménagère",
            "Dressé le 22 juillet 1991 sur la déclaration de : NLEND Jean-Pierre, père",
            "Par Nous : MBENOUN Paul, officier d'état civil",
            "Assisté de : ESSOMBA Thérèse, secrétaire d'état civil",
        ],
        11,
        "serif",
    )
    acte.signature(1.0, y + 0.3, "Mbenoun", 18)
    acte.signature(5.0, y + 0.3, "Essomba", 18)
    acte.stamp(
        3.2,
        y + 0.9,
        ["COPIE CERTIFIÉE CONFORME", "À L'ORIGINAL", "ÉDÉA LE 04/05/2016"],
        10,
        (40, 60, 140),
        -7,
    )
    translation = _translation(
        "acte_translation",
        mireille,
        "BIRTH CERTIFICATE",
        [
            "REPUBLIC OF CAMEROON - Peace - Work - Fatherland. Littoral Region, Sanaga-Maritime "
            "Division, Civil Status Registry of Edea.",
            "BIRTH CERTIFICATE No. 417/1991",
            f"Surname of the child: {up(mireille.surname)}. Given name: {up(mireille.given)}. "
            f"Born on: {long(mireille.born)}, at Edea Regional Hospital. Sex: Female.",
            "Child of: NLEND Jean-Pierre, born at Pouma on March 3, 1962, teacher, residing at "
            "Edea; and of NGO BIKOI Henriette, born at Edea on August 19, 1966, homemaker.",
            "Drawn up on July 22, 1991 on the declaration of NLEND Jean-Pierre, father, by us "
            "MBENOUN Paul, civil status officer, assisted by ESSOMBA Therese, secretary.",
            "[Stamp: CERTIFIED TRUE COPY OF THE ORIGINAL, EDEA, 05/04/2016] [Two signatures]",
        ],
        "Serge Abena Mvondo",
        "3390 Cleveland Ave, Columbus, OH 43224",
        D(2026, 9, 15),
        "French",
    )

    marriage = Sheet(paper=(250, 249, 242))
    marriage.border(0.4)
    marriage.center(0.7, "THE STATE OF OHIO", 13, "serif-bold")
    marriage.center(0.95, "FRANKLIN COUNTY PROBATE COURT", 11, "serif-bold")
    marriage.center(1.3, "MARRIAGE LICENSE", 18, "serif-bold")
    marriage.center(1.6, "and Certificate of Marriage", 11, "serif-italic")
    y = marriage.grid(
        0.8,
        2.0,
        6.9,
        [
            (
                0.45,
                [
                    (2, "Applicant (Party One)", up(darnell.name)),
                    (1, "Date of Birth", us(darnell.born)),
                ],
            ),
            (
                0.45,
                [
                    (2, "Applicant (Party Two)", up(mireille.name)),
                    (1, "Date of Birth", us(mireille.born)),
                ],
            ),
            (
                0.45,
                [
                    (1, "License No.", "2022-ML-006481"),
                    (1, "Issued", "06/03/2022"),
                    (1, "Date of Marriage", "06/18/2022"),
                ],
            ),
            (
                0.45,
                [
                    (2, "Place of Marriage", "Franklin Park Conservatory, Columbus, Ohio"),
                    (1, "Officiant", "Rev. Carla Dunbar"),
                ],
            ),
        ],
    )
    marriage.para(
        0.8,
        y + 0.3,
        6.9,
        "I certify that the above is a true copy of the marriage "
        "record filed in this Court on June 24, 2022.",
        10,
        "serif",
    )
    marriage.seal(6.4, y + 1.4, 0.6, "PROBATE COURT * FRANKLIN COUNTY * OHIO * ", "SEAL")
    marriage.signature(1.0, y + 1.1, "Jean M. Walsh", 16)
    marriage.text(1.0, y + 1.6, "Deputy Clerk, Probate Court", 9)

    bank = []
    bank_rows = [
        ["09/02", "PAYROLL DEP RIVERSIDE METHODIST", "", "1,184.52", "2,391.07"],
        ["09/03", "KROGER #0587 COLUMBUS OH", "86.14", "", "2,304.93"],
        ["09/05", "AEP OHIO BILL PAY", "112.40", "", "2,192.53"],
        ["09/06", "ZELLE TO HUTCHINS D", "300.00", "", "1,892.53"],
        ["09/09", "COTA FARE", "62.00", "", "1,830.53"],
        ["09/15", "RENT OAKWOOD PROPERTIES", "925.00", "", "905.53"],
        ["09/16", "PAYROLL DEP RIVERSIDE METHODIST", "", "1,201.88", "2,107.41"],
        ["09/18", "SPEEDWAY 7713", "41.20", "", "2,066.21"],
        ["09/20", "WESTERN UNION TRANSFER CMR", "150.00", "", "1,916.21"],
        ["09/22", "TARGET T-1924", "57.36", "", "1,858.85"],
        ["09/25", "COLUMBIA GAS OF OHIO", "48.77", "", "1,810.08"],
        ["09/29", "ATM WITHDRAWAL 3RD & LIVINGSTON", "60.00", "", "1,750.08"],
        ["09/30", "PAYROLL DEP RIVERSIDE METHODIST", "", "1,188.10", "2,938.18"],
    ]
    b1 = Sheet()
    y = letterhead(
        b1,
        "Buckeye Community Federal Credit Union",
        ["PO Box 16220, Columbus OH 43216  -  buckeyecfcu.example  -  614-555-0102"],
        (160, 20, 30),
        "star",
    )
    b1.lines(0.9, y, [up(mireille.name), street.upper(), city.upper()], 10)
    b1.lines(
        5.0,
        y,
        ["Statement period: 09/01/2026 - 09/30/2026", "Member no. ****4471", "Page 1 of 3"],
        9,
    )
    b1.text(0.9, y + 0.9, "SHARE DRAFT CHECKING ****4471", 10, "sans-bold")
    b1.table(
        0.9,
        y + 1.2,
        [0.7, 3.3, 0.9, 0.9, 0.9],
        [
            ["Date", "Description", "Withdrawals", "Deposits", "Balance"],
            ["09/01", "BEGINNING BALANCE", "", "", "1,206.55"],
            *bank_rows[:6],
        ],
        8.5,
        align=["left", "left", "right", "right", "right"],
    )
    b2 = Sheet()  # the middle page: the table goes on, no letterhead, no name
    b2.table(
        0.9,
        0.7,
        [0.7, 3.3, 0.9, 0.9, 0.9],
        [["Date", "Description", "Withdrawals", "Deposits", "Balance"], *bank_rows[6:]],
        8.5,
        align=["left", "left", "right", "right", "right"],
    )
    b3 = Sheet()
    b3.text(0.9, 0.6, "Page 3 of 3      Member no. ****4471      09/01/2026 - 09/30/2026", 8)
    b3.table(
        0.9,
        1.0,
        [3.0, 1.5],
        [
            ["Summary", "Amount"],
            ["Beginning balance", "1,206.55"],
            ["Deposits (3)", "3,574.50"],
            ["Withdrawals (10)", "1,842.87"],
            ["Ending balance", "2,938.18"],
        ],
        9,
    )
    b3.para(
        0.9,
        3.0,
        6.7,
        "In case of errors or questions about your electronic transfers, "
        "call or write us as soon as you can. We must hear from you no later than 60 days "
        "after we sent the first statement on which the problem appeared. Federally insured "
        "by NCUA.",
        8,
        "sans",
    )
    bank = [b1, b2, b3]

    def stub(period, paid, hours, ytd):
        rate = 18.65
        rows = [
            ["Regular", f"{hours:.2f}", f"{rate:.2f}", f"{hours * rate:,.2f}"],
            ["Shift diff (night)", "24.00", "2.25", "54.00"],
            ["Federal income tax", "", "", f"-{hours * rate * 0.07:,.2f}"],
            ["OASDI / Medicare", "", "", f"-{hours * rate * 0.0765:,.2f}"],
            ["Ohio / Columbus tax", "", "", f"-{hours * rate * 0.045:,.2f}"],
        ]
        net = f"{hours * rate * 0.8085 + 54:,.2f}"
        return drawn(
            "hospital_pay_stub",
            [
                _pay_stub(
                    [
                        "Riverside Methodist Hospital",
                        "3535 Olentangy River Rd",
                        "Columbus OH 43214",
                    ],
                    mireille,
                    period,
                    paid,
                    rows,
                    net,
                    f"{ytd:,.2f}",
                )
            ],
            "pay_record",
            mireille,
            "employment_and_taxes",
            proves=period,
        )

    w2_top = Sheet(8.5, 5.5)
    w2_top.text(0.4, 0.2, "Form W-2 Wage and Tax Statement 2023", 11, "sans-bold")
    w2_top.grid(
        0.4,
        0.5,
        7.7,
        [
            (
                0.5,
                [
                    (1, "a Employee's SSN", "XXX-XX-2290"),
                    (1, "1 Wages, tips, other comp.", "36,904.12"),
                    (1, "2 Federal income tax withheld", "2,288.00"),
                ],
            ),
            (
                0.7,
                [
                    (
                        1,
                        "c Employer's name, address, and ZIP code",
                        "OHIOHEALTH CORPORATION\n180 E Broad St\nColumbus OH 43215",
                    ),
                    (1, "3 Social security wages", "36,904.12"),
                    (1, "4 Social security tax", "2,288.06"),
                ],
            ),
            (
                0.7,
                [
                    (
                        1,
                        "e Employee's name",
                        f"{up(mireille.name)}\n{street.upper()}\n{city.upper()}",
                    ),
                    (1, "5 Medicare wages", "36,904.12"),
                    (1, "6 Medicare tax", "535.11"),
                ],
            ),
        ],
    )
    under = []
    for year in (2022, 2021):
        u = Sheet(8.5, 5.5)
        u.text(0.4, 0.2, f"Form W-2 Wage and Tax Statement {year}", 11, "sans-bold")
        under.append(u.image)

    receipt = Sheet(6.0, 3.2)
    receipt.text(0.2, 0.15, "RENT RECEIPT", 12, "sans-bold")
    receipt.text(4.4, 0.15, "No. 0642", 11, "mono-bold")
    receipt.lines(
        0.2,
        0.55,
        [
            "Date  Aug 1, 2017",
            f"Received from  {mireille.name}",
            "the sum of  Six hundred ten 00/100 ------ dollars  $610.00",
            "For rent  August 2017 - 822 E. Livingston Ave #2",
            "[x] Cash   [ ] Check   [ ] Money order",
            "By  R. Abdi (landlord)",
        ],
        11,
        "script",
    )
    receipt = doc.carbon(receipt)

    card = doc.id_card(
        darnell,
        seed + 50,
        heading="UNITED STATES OF AMERICA",
        sub="PASSPORT CARD",
        rows=[
            ("Surname", "HUTCHINS"),
            ("Given Names", "DARNELL WAYNE"),
            ("Nationality", "USA"),
            ("Date of Birth", "03 DEC 1988"),
            ("Place of Birth", "OHIO, U.S.A."),
            ("Card No.", "C04718826"),
            ("Expires On", "11 APR 2033"),
        ],
        back_lines=[
            "The bearer is a United States citizen.",
            "Valid for land and sea travel only.",
        ],
        tint=((222, 232, 244), (240, 236, 230)),
    )[:1]

    registry_pdf = doc.web_pdf(
        [
            ("Ohio Department of Health", 16, True),
            ("Nurse Aide Registry - Verification", 12, True),
            ("", 10, False),
            ("Search results for: NGO NLEND", 10, False),
            ("", 10, False),
            (f"Name: {up(mireille.surname)}, {up(mireille.given)}", 10, True),
            ("Registry number: NA-0318874", 10, False),
            ("Status: ACTIVE - IN GOOD STANDING", 10, True),
            ("Original certification date: 06/15/2018", 10, False),
            ("Expiration date: 06/15/2027", 10, False),
            ("Training program: Columbus State Community College STNA Program", 10, False),
            ("Last employment verified: 05/2025  Riverside Methodist Hospital", 10, False),
            ("Findings of abuse, neglect or misappropriation: NONE", 10, False),
            ("", 10, False),
            (
                "This verification is generated from the registry's records on the date printed.",
                8,
                False,
            ),
        ],
        "11/09/2026, 8:14 PM   Nurse Aide Registry Verification | Ohio Department of Health",
        "https://nurseaide.odh.ohio.example/verify?reg=NA-0318874",
    )
    i94_pdf = doc.web_pdf(
        [
            ("Official Website of the Department of Homeland Security", 8, False),
            ("U.S. Customs and Border Protection", 14, True),
            ("Most Recent I-94", 12, True),
            ("", 10, False),
            ("Admission (I-94) Record Number: 694217750A3", 10, False),
            ("Most Recent Date of Entry: 2016 September 03", 10, False),
            ("Class of Admission: B2", 10, False),
            ("Admit Until Date: 03/02/2017", 10, False),
            ("Details provided on the I-94 Information form:", 10, True),
            (f"Last/Surname: {up(mireille.surname)}", 10, False),
            (f"First (Given) Name: {up(mireille.given)}", 10, False),
            (f"Birth Date: {mireille.born.strftime('%Y %B %d')}", 10, False),
            ("Passport Number: 0B4417260", 10, False),
            ("Country of Citizenship: Cameroon", 10, False),
            ("", 10, False),
            ("Effective April 26, 2013, DHS began automating the admission process.", 8, False),
        ],
        "11/09/2026, 8:31 PM   I94 - Official Website",
        "https://i94.cbp.dhs.example/I94/#/recent-search",
    )

    placed = [
        capture.card_photo(
            _passport(
                "cameroon_passport",
                mireille,
                ("fr", "en"),
                seed + 1,
                country="CAMEROUN",
                code="CMR",
                number="0B4417260",
                nationality="CAMEROUNAISE / CAMEROONIAN",
                issued=D(2025, 2, 11),
                expiry=D(2030, 2, 10),
                authority="DGSN YAOUNDE",
                title="RÉPUBLIQUE DU CAMEROUN  REPUBLIC OF CAMEROON  PASSEPORT / PASSPORT",
                labels=[
                    "Type",
                    "Code",
                    "Passeport N°/Passport No.",
                    "Nom/Surname",
                    "Prénoms/Given names",
                    "Nationalité/Nationality",
                    "Date de naissance/Date of birth",
                    "Sexe/Sex",
                    "Lieu de naissance/Place of birth",
                    "Date de délivrance/Date of issue",
                    "Date d'expiration/Date of expiry",
                    "Autorité/Authority",
                ],
                tint=((226, 236, 222), (244, 236, 214)),
                date_language="fr",
            ),
            "scans/passport.jpg",
            seed + 2,
            turn=180,
        ),
        capture.desk(
            drawn("acte_de_naissance", [acte], "birth_certificate", mireille, "identity", "fr"),
            "scans/acte de naissance.jpg",
            seed + 3,
            surface="pale",
        ),
        capture.scan(translation, "scans/acte translation.pdf", seed + 4, dpi=150),
        capture.copier(
            [
                drawn(
                    "ohio_marriage_license",
                    [marriage],
                    "marriage_certificate",
                    mireille,
                    "us_family",
                    proves=(D(2022, 6, 18), D(2022, 6, 18)),
                ),
                drawn(
                    "bank_statement_3pp",
                    bank,
                    "other",
                    mireille,
                    ("employment_and_taxes", "length_of_residence"),
                    proves=(D(2026, 9, 1), D(2026, 9, 30)),
                ),
            ],
            "scans/Scan_0918.pdf",
            seed + 5,
        ),
        doc.born_digital(
            drawn(
                "nurse_aide_registry_web",
                [Sheet()],
                ("other", "employment_letter"),
                mireille,
                ("employment_and_taxes", "education"),
                proves=(D(2018, 6, 15), D(2018, 6, 15)),
            ),
            "scans/Nurse Aide Registry Verification.pdf",
            registry_pdf,
        ),
        doc.born_digital(
            drawn(
                "i94_web",
                [Sheet()],
                ("identity_document", "other"),
                mireille,
                ("length_of_residence", "identity"),
                proves=(D(2016, 9, 3), D(2016, 9, 3)),
            ),
            "scans/I94.pdf",
            i94_pdf,
        ),
        capture.copier(
            [
                stub((D(2026, 10, 4), D(2026, 10, 17)), D(2026, 10, 23), 72.0, 33120.8),
                stub((D(2026, 10, 18), D(2026, 10, 31)), D(2026, 11, 6), 76.0, 34591.2),
            ],
            "scans/paystubs.pdf",
            seed + 6,
        ),
        doc.fanned_photo(
            drawn(
                "w2_stack_fanned",
                [w2_top],
                "tax_record",
                mireille,
                "employment_and_taxes",
                proves=(D(2023, 1, 1), D(2023, 12, 31)),
            ),
            under,
            "scans/IMG_0733.jpg",
            seed + 7,
        ),
        capture.desk(
            drawn(
                "rent_receipt_carbon",
                [receipt],
                "residence_record",
                mireille,
                "length_of_residence",
                proves=(D(2017, 8, 1), D(2017, 8, 31)),
            ),
            "scans/IMG_0741.jpg",
            seed + 8,
            dim=False,
        ),
        capture.card_photo(
            drawn(
                "us_passport_card",
                card,
                ("identity_document", "passport"),
                darnell,
                "us_family",
                is_card=True,
            ),
            "scans/IMG_0745.jpg",
            seed + 9,
            turn=90,
        ),
    ]
    placed[3].documents[0]["about"] = [mireille.name, darnell.name]
    case = {
        "schema": 1,
        "respondent": {
            "name": mireille.name,
            "a_number": a_number,
            "date_of_birth": mireille.born,
            "country": "Cameroon",
            "entered_us": D(2016, 9, 3),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Cleveland, OH",
            "next_hearing": D(2027, 1, 26),
            "hearing_type": "master",
            "nta_date": D(2023, 8, 1),
            "charges": ["INA 237(a)(1)(B)"],
            "relief_sought": [
                "adjustment of status through her US citizen husband (I-130 filed 2024)"
            ],
        },
        "request": {"type": "dismissal"},
        "claims": {
            "residence_since": D(2016, 9, 3),
            "spouse": {"name": darnell.name, "status": "usc"},
            "community_ties": True,
        },
        "service": {"method": "mail", "date": D(2026, 11, 24), "served_by": mireille.name},
    }
    findings = [
        {"code": "residence-gap", "claim": "residence_since"},  # 2018-2022 and 2024-2026
        {"code": "missing-evidence", "claim": "community_ties"},
    ]
    allowed = [
        {"code": "low-ocr-confidence", "file": "scans/IMG_0733.jpg"},
        {"code": "low-ocr-confidence", "file": "scans/IMG_0741.jpg"},
    ]
    return CasePlan(
        "ngo_nlend",
        "blind20",
        case,
        placed,
        findings,
        allowed,
        notes="pro se; true gaps mid-2018 to mid-2022 and 2024 to autumn 2026; "
        "community ties claimed with no letter",
    )


# ---------------------------------------------------------------- 4. Flushing, New York


def lin() -> CasePlan:
    """A Fujianese cook in Flushing renewing a 2025 denial now that he holds a certificate of
    relief from disabilities: a passport, a hukou booklet page in Chinese (which no OCR here
    reads) photographed with its translation scanned, the restaurant owner's letter, two
    1099-NEC forms in one PDF, a Con Edison bill folded in thirds, the 2012 petty larceny
    certificate of disposition (which prints his birth date day for month) and the two-page
    certificate of relief in one PDF, his church's letter, the denial, a G-28."""
    lin_ = Person("Guoqiang", "Lin", D(1979, 3, 8), "M", "Fujian")
    rep = _rep(
        "Helen Cheung-Alvarado",
        "Queens Community Justice Center",
        ["136-20 38th Avenue, Suite 5F", "Flushing, NY 11354"],
        "718-555-0137",
        "hcheung@qcjc.example",
        "NY604417",
    )
    street, city = "41-27 Parsons Blvd, Apt 3R", "Flushing, NY 11355"
    a_number = "204-918-772"
    seed = 20400

    hukou = Sheet(6.0, 8.5, paper=(236, 226, 204))
    hukou.rect(0.3, 0.3, 5.4, 7.9, weight=1.2, outline=(150, 60, 50))
    doc.han_like(hukou, 2.1, 0.45, 5, 16, seed)
    y = 1.1
    cells = [
        (4, "350182197903081536"),
        (3, "1979 3 8"),
        (3, ""),
        (5, ""),
        (6, ""),
        (4, ""),
        (3, "2003 11 20"),
    ]
    for k, (n, digits) in enumerate(cells):
        hukou.line(0.3, y + 0.5, 5.7, y + 0.5, 0.6, (150, 60, 50))
        doc.han_like(hukou, 0.45, y + 0.12, n, 11, seed + k)
        if digits:
            hukou.text(2.6, y + 0.12, digits, 11, "mono-bold")
        else:
            doc.han_like(hukou, 2.6, y + 0.12, 4 + k % 3, 11, seed + 50 + k)
        y += 0.55
    hukou.stamp(3.3, 6.0, ["  "], 22, (200, 40, 40), 0)
    doc.han_like(hukou, 3.45, 6.2, 4, 9, seed + 99)
    translation = _translation(
        "hukou_translation",
        lin_,
        "RESIDENT HOUSEHOLD REGISTER (HUKOU) - REGISTRATION CARD",
        [
            "RESIDENT REGISTRATION CARD (page of the household register booklet)",
            "Name: LIN Guoqiang. Relationship to head of household: son. Sex: male.",
            f"Place of birth: Changle County, Fujian Province. Date of birth: {long(lin_.born)}.",
            "Citizen ID number: 350182197903081536. Nationality: Han.",
            "Native place: Changle, Fujian. Religion: none. Education: junior middle school.",
            "Occupation: none listed. Other addresses in this city/county: none.",
            "Date registered: November 20, 2003. [Seal: Household Registration Special Seal, "
            "Hunan Town Police Station, Changle Public Security Bureau]",
        ],
        "Wei-Ting Chao",
        "39-07 Prince St, Suite 4B, Flushing, NY 11354",
        D(2025, 1, 8),
        "Chinese",
    )

    owner = write_letter(
        (
            "Golden Harbor Seafood Restaurant",
            ["37-12 Main Street, Flushing, NY 11354", "Tel. 718-555-0164"],
            (170, 30, 30),
            "star",
        ),
        long(D(2026, 10, 30)),
        ["Department of Homeland Security", "Office of the Principal Legal Advisor"],
        None,
        "Dear Sir or Madam:",
        [
            f"I am the owner of Golden Harbor Seafood Restaurant. {lin_.name} has worked in our "
            "kitchen since March 2011, first as a prep cook and since 2016 as our wok chef.",
            "He works six days a week, trains the younger cooks, and covers for others when they "
            "are sick. Since 2021 we have paid him as an independent contractor and reported his "
            "pay to the IRS on Form 1099-NEC.",
            "In fifteen years I have never had a complaint about him. He is honest with money "
            "and the staff trust him. I ask you to let him stay with us.",
        ],
        "Respectfully,",
        "Zheng Meihua",
        ["Owner"],
    )

    def nec(year: int, amount: str) -> Paper:
        s = Sheet(8.5, 5.5)
        s.text(0.4, 0.2, f"Form 1099-NEC  Nonemployee Compensation  {year}", 11, "sans-bold")
        s.text(6.0, 0.2, "Copy B For Recipient", 8)
        s.grid(
            0.4,
            0.5,
            7.7,
            [
                (
                    0.8,
                    [
                        (
                            1,
                            "PAYER'S name, street address, city, state, ZIP",
                            "GOLDEN HARBOR SEAFOOD INC\n37-12 MAIN ST\nFLUSHING NY 11354",
                        ),
                        (1, "1 Nonemployee compensation", amount),
                    ],
                ),
                (
                    0.5,
                    [
                        (1, "PAYER'S TIN", "XX-XXX4418"),
                        (1, "RECIPIENT'S TIN", "XXX-XX-7035"),
                        (1, "4 Federal income tax withheld", "0.00"),
                    ],
                ),
                (
                    0.8,
                    [
                        (
                            1,
                            "RECIPIENT'S name, street address",
                            f"{up(lin_.name)}\n{street.upper()}\n{city.upper()}",
                        ),
                        (1, "5 State tax withheld", "0.00"),
                    ],
                ),
            ],
        )
        return drawn(
            "form_1099_nec",
            [s],
            "tax_record",
            lin_,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )

    coned = Sheet()
    y = letterhead(
        coned,
        "conEdison",
        ["Consolidated Edison Company of New York, Inc."],
        (0, 90, 170),
        "star",
        face="sans-bold",
    )
    coned.lines(
        0.9,
        y,
        [
            f"Account name: {up(lin_.name)}",
            f"Service address: {street.upper()}, {city.upper()}",
            "Account number: 85-3301-4472-0009-6",
        ],
        10,
    )
    coned.lines(
        5.2,
        y,
        [
            "Bill date: October 21, 2026",
            "Billing period:",
            "Sep 19, 2026 to Oct 20, 2026",
            "Total amount due: $96.42",
            "Due by: Nov 12, 2026",
        ],
        10,
    )
    coned.table(
        0.9,
        y + 1.3,
        [4.0, 2.7],
        [
            ["Your electricity charges", "Amount"],
            ["Delivery (318 kWh)", "$58.11"],
            ["Supply", "$33.97"],
            ["Taxes and fees", "$4.34"],
            ["Total electricity charges", "$96.42"],
        ],
        10,
    )
    coned.para(
        0.9,
        y + 3.0,
        6.7,
        "Pay online, by phone or at an authorized payment agent. "
        "Keep this part for your records; return the stub below with your check.",
        9,
        "sans",
    )
    coned.line(0.5, 8.4, 8.0, 8.4, 0.6)
    coned.lines(
        0.9,
        8.6,
        [
            "Return this portion with your payment",
            "Account 85-3301-4472-0009-6      Amount due $96.42",
        ],
        9,
    )
    coned = doc.folded_in_thirds(coned)

    wrong_dob = D(1979, 8, 3)  # the clerk keyed the day as the month
    disp = Sheet()
    disp.center(0.6, "CRIMINAL COURT OF THE CITY OF NEW YORK", 12, "serif-bold")
    disp.center(0.85, "COUNTY OF QUEENS", 11, "serif-bold")
    disp.center(1.3, "CERTIFICATE OF DISPOSITION", 15, "serif-bold")
    disp.lines(
        0.9,
        1.8,
        [
            f"THE PEOPLE OF THE STATE OF NEW YORK vs. {up(lin_.last_first())}",
            f"DATE OF BIRTH: {us(wrong_dob)}",
            "DOCKET NUMBER: 2012QN038417",
            "ARREST DATE: 07/19/2012    NYSID: 09183377K",
            "ARRAIGNMENT DATE: 07/20/2012",
        ],
        10,
        "mono",
    )
    disp.paras(
        0.9,
        3.2,
        6.7,
        [
            "I HEREBY CERTIFY THAT IT APPEARS FROM AN EXAMINATION OF THE RECORDS ON FILE IN THIS "
            "COURT THAT ON 09/12/2012 THE ABOVE NAMED DEFENDANT WAS CONVICTED OF THE OFFENSE OF "
            "PL 155.25, PETIT LARCENY, A CLASS A MISDEMEANOR, BY PLEA OF GUILTY.",
            "SENTENCE: CONDITIONAL DISCHARGE, ONE YEAR; RESTITUTION $214.00 PAID; COMMUNITY "
            "SERVICE 3 DAYS COMPLETED.",
            "NO FEE CERTIFICATION - GOVERNMENT AGENCY/COUNSEL.",
        ],
        pt=10,
        face="mono",
    )
    disp.seal(6.3, 6.6, 0.6, "CRIMINAL COURT * CITY OF NEW YORK * ", "SEAL")
    disp.signature(1.0, 6.5, "A. Rosado", 16)
    disp.text(1.0, 7.0, f"COURT CLERK     DATE: {us(D(2024, 12, 2))}", 9, "mono")
    relief = []
    r1 = Sheet()
    r1.center(0.5, "CERTIFICATE OF RELIEF FROM DISABILITIES", 14, "serif-bold")
    r1.center(0.8, "Issued by the Court (Correction Law, Article 23)", 9, "serif-italic")
    r1.grid(
        0.8,
        1.2,
        6.9,
        [
            (0.45, [(2, "Name of holder", up(lin_.name)), (1, "NYSID", "09183377K")]),
            (
                0.45,
                [
                    (1, "Date of birth", us(lin_.born)),
                    (1, "Docket / Indictment", "2012QN038417"),
                    (1, "Court", "Criminal Court, Queens County"),
                ],
            ),
            (
                0.45,
                [
                    (2, "Crime or offense", "PL 155.25 Petit Larceny (A misd.)"),
                    (1, "Date of sentence", "09/12/2012"),
                ],
            ),
        ],
    )
    r1.paras(
        0.8,
        2.8,
        6.9,
        [
            "This certificate is issued to the holder to grant relief from all disabilities and "
            "bars to employment, excluding the right to be eligible for public office, that are "
            "automatically imposed by law by reason of the conviction of the crime or offense "
            "specified above.",
            "This certificate shall be considered a temporary certificate: NO (permanent).",
        ],
        pt=10.5,
    )
    r1.text(7.6, 10.4, "Page 1 of 2", 8, align="right")
    r2 = Sheet()
    y = r2.paras(
        0.8,
        0.8,
        6.9,
        [
            "The Court, having considered the application of the holder and the report of the "
            "Department of Probation, finds that the holder has lived a law-abiding life since "
            "the conviction, and that the relief to be granted is consistent with the "
            "rehabilitation of the holder and with the public interest.",
        ],
        pt=10.5,
    )
    r2.signature(4.0, y + 0.4, "Hon. Rebecca Tsai", 20)
    r2.lines(4.0, y + 1.0, ["Judge of the Criminal Court", f"Dated: {us(D(2026, 4, 16))}"], 9)
    r2.text(7.6, 10.4, "Page 2 of 2", 8, align="right")
    relief = [r1, r2]

    church = write_letter(
        (
            "Flushing Grace Evangelical Church",
            ["133-47 Sanford Ave, Flushing, NY 11355"],
            (40, 80, 60),
            "cross",
        ),
        long(D(2026, 10, 18)),
        ["To the Office of the Principal Legal Advisor"],
        None,
        "Dear Officer:",
        [
            f"I have been the pastor of the Fuzhounese-language congregation of our church since "
            f"2013, and I have known {lin_.name} since he first came to our Sunday service in "
            "2014.",
            "Mr. Lin serves in our kitchen ministry, cooking for the Saturday senior lunch that "
            "feeds sixty elderly neighbors each week, and drives two of them to their medical "
            "appointments. He has told our church openly about his mistake in 2012 and has lived "
            "a steady, honest life since.",
            "Our congregation would lose a faithful servant. I ask you kindly to consider him.",
        ],
        "In Christ,",
        "Rev. Samuel Chen",
        ["Pastor, Fuzhounese Ministry"],
    )

    denial = Sheet()
    y = letterhead(
        denial,
        "U.S. Department of Homeland Security",
        [
            "U.S. Immigration and Customs Enforcement",
            "Office of the Principal Legal Advisor - New York Field Location",
        ],
        (30, 50, 90),
        "shield",
    )
    denial.paras(
        0.9,
        y,
        6.7,
        [
            long(D(2025, 3, 10)),
            f"{rep['name']}, {rep['organization']}",
            f"Re: {up(lin_.name)}, A{a_number.replace('-', '')} - Request for Prosecutorial "
            "Discretion",
            "OPLA has reviewed your request that it move to dismiss the above respondent's "
            "removal proceedings as an exercise of prosecutorial discretion. After considering "
            "the totality of the circumstances, including the respondent's 2012 conviction, OPLA "
            "declines to exercise discretion at this time.",
            "This decision does not preclude a future request should circumstances change.",
        ],
        pt=10.5,
    )
    denial.signature(1.0, 6.4, "Assistant Chief Counsel", 16)
    denial.text(0.9, 6.9, "Assistant Chief Counsel", 9)

    placed = [
        capture.card_photo(
            _passport(
                "china_passport",
                lin_,
                ("zh", "en"),
                seed + 1,
                country="CHINA",
                code="CHN",
                number="EK3094417",
                nationality="CHINESE",
                issued=D(2023, 5, 30),
                expiry=D(2033, 5, 29),
                authority="CONSULATE GENERAL NEW YORK",
                title="PEOPLE'S REPUBLIC OF CHINA  PASSPORT",
                labels=[
                    "Type",
                    "Country Code",
                    "Passport No.",
                    "Surname",
                    "Given names",
                    "Nationality",
                    "Date of birth",
                    "Sex",
                    "Place of birth",
                    "Date of issue",
                    "Date of expiry",
                    "Authority",
                ],
                tint=((232, 226, 236), (240, 232, 222)),
            ),
            "scans/passport page.jpg",
            seed + 2,
        ),
        capture.desk(
            drawn(
                "hukou_page",
                [hukou],
                ("identity_document", "birth_certificate"),
                lin_,
                "identity",
                "zh",
            ),
            "scans/hukou.jpg",
            seed + 3,
            surface="pale",
            dim=True,
        ),
        capture.scan(translation, "scans/hukou translation.pdf", seed + 4, dpi=150),
        capture.desk(
            drawn(
                "restaurant_owner_letter",
                [owner],
                "employment_letter",
                lin_,
                "employment_and_taxes",
                proves=(D(2011, 3, 1), D(2026, 10, 30)),
            ),
            "scans/IMG_3302.jpg",
            seed + 5,
        ),
        capture.copier(
            [nec(2024, "41,600.00"), nec(2025, "43,160.00")], "scans/1099s.pdf", seed + 6
        ),
        capture.desk(
            drawn(
                "coned_bill_folded",
                [coned],
                "residence_record",
                lin_,
                "length_of_residence",
                proves=(D(2026, 9, 19), D(2026, 10, 20)),
            ),
            "scans/IMG_3310.jpg",
            seed + 7,
            dim=False,
            surface="pale",
        ),
        capture.copier(
            [
                drawn(
                    "certificate_of_disposition",
                    [disp],
                    "court_record",
                    lin_,
                    "rehabilitation",
                    proves=(D(2012, 7, 19), D(2012, 9, 12)),
                ),
                drawn("certificate_of_relief", relief, "court_record", lin_, "rehabilitation"),
            ],
            "scans/court papers.pdf",
            seed + 8,
        ),
        capture.desk(
            drawn("church_letter", [church], "letter_of_support", lin_, "community_ties"),
            "scans/IMG_3315.jpg",
            seed + 9,
        ),
        capture.scan(
            drawn("opla_denial_2025", [denial], "other", lin_, "other"),
            "scans/denial.pdf",
            seed + 10,
            dpi=150,
        ),
        capture.scan(
            drawn("g28", [_g28(lin_, rep, a_number, D(2026, 11, 2))], "g28", lin_, "other"),
            "scans/G28 Lin.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": lin_.name,
            "a_number": a_number,
            "date_of_birth": lin_.born,
            "country": "China",
            "entered_us": D(2010, 11, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "New York, NY",
            "next_hearing": D(2027, 5, 19),
            "hearing_type": "individual",
            "nta_date": D(2013, 1, 9),
            "charges": ["INA 212(a)(6)(A)(i)"],
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 3, 10),
                "outcome": "denied",
                "changes": "Since the denial the Queens Criminal Court "
                "granted him a certificate of relief from disabilities "
                "(April 16, 2026).",
            },
        },
        "representative": rep,
        "claims": {"residence_since": D(2010, 11, 2), "community_ties": True},
        "service": {"method": "email", "date": D(2026, 11, 25), "served_by": rep["name"]},
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "petit larceny, PL 155.25",
                "date": D(2012, 9, 12),
                "disposition": "conditional discharge completed; restitution "
                "paid; certificate of relief from disabilities 2026",
            }
        ],
    }
    findings = [{"code": "inconsistent-identity", "file": "scans/court papers.pdf"}]
    allowed = [
        {"code": "stale-evidence", "claim": "request.prior_request"},
        {"code": "unclassified-document", "file": "scans/denial.pdf"},
        {"code": "unclassified-document", "file": "scans/hukou.jpg"},
        {"code": "low-ocr-confidence", "file": "scans/hukou.jpg"},
    ]
    return CasePlan(
        "lin",
        "blind20",
        case,
        placed,
        findings,
        allowed,
        notes="a renewal; the certificate of disposition prints 08/03/1979 for March 8, 1979",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "navarrete": navarrete,
    "xiloj": xiloj,
    "ngo_nlend": ngo_nlend,
    "lin": lin,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
