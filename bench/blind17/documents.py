"""The papers of the seventeenth blind corpus, drawn from plain descriptions of real documents:
small everyday papers (money-order and remittance receipts, a consular ID, a clinic's visit
history, an ITIN notice, a parish letter), crime-victim papers from Maryland, a Filipino
family's vital and court records from Nevada, a Nigerian veteran's service papers from Georgia
and an Oaxacan family's Oregon papers. Invented people and numbers only.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders").
"""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
from PIL import Image, ImageDraw

from tests.realistic import mrz
from tests.realistic.dates import abbreviated, card, long, spelled, us
from tests.realistic.model import Person, up
from tests.realistic.paper import (
    BLUE_INK,
    GREY,
    INK,
    Sheet,
    letterhead,
    monospace_page,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)
from tests.realistic.paper import card as card_sheet

PENCIL = (70, 70, 78)


# ---------------------------------------------------------------- marks people add


def hand(s: Sheet, x: float, y: float, text: str, pt: float = 13, fill=BLUE_INK) -> float:
    """Words written in by hand with a ballpoint (a flowing script, pen ink)."""
    return s.text(x, y, text, pt, "script", fill=fill)


def highlight(s: Sheet, x: float, y: float, w: float, h: float, colour=(250, 236, 80)) -> None:
    """A highlighter stroke over a line: the ink shows through the yellow."""
    box = (s.px(x), s.px(y), s.px(x + w), s.px(y + h))
    region = s.image.crop(box)
    pixels = np.asarray(region, np.float32) * np.asarray(colour, np.float32) / 255
    s.image.paste(Image.fromarray(pixels.astype(np.uint8), "RGB"), box[:2])
    s.draw = ImageDraw.Draw(s.image)


def money(value: float) -> str:
    return f"{value:,.2f}"


# ---------------------------------------------------------------- passports and cards


def passport(
    *,
    person: Person,
    seed: int,
    country: str,
    code: str,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    nationality: str,
    labels: list[str],
    heading: list[str],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    date_language: str = "en",
    personal: str = "",
    extra: tuple[str, str] | None = None,
) -> tuple[list[Sheet], tuple[str, ...]]:
    """A passport's data page (125 x 88 mm): the heading, the holder's photo, the labelled
    fields (one label line each, bilingual where the country prints two languages) and the
    two-line zone."""
    s = card_sheet(125, 88)
    tinted(s, *tint)
    s.security_background(seed, (tint[1][0] - 14, tint[1][1] - 14, tint[1][2] - 10))
    y = 0.1
    for line in heading:
        y = s.center(y, line, 8.5, "sans-bold")
    portrait(s, 0.2, 0.62, 1.2, 1.55, seed)
    values = [
        "P",
        code,
        number,
        up(person.surname),
        up(person.given),
        nationality,
        card(person.born, date_language),
        person.sex,
        up(person.birthplace),
        card(issued, date_language),
        card(expiry, date_language),
        authority,
    ]
    x0, x1 = 1.55, 3.35
    positions = [
        (x0, 0.62),
        (x0 + 0.55, 0.62),
        (x1, 0.62),
        (x0, 0.92),
        (x0, 1.2),
        (x0, 1.48),
        (x0, 1.76),
        (x1, 1.76),
        (x0, 2.04),
        (x0, 2.32),
        (x1, 2.32),
        (x0, 2.6),
    ]
    for (x, yy), label, value in zip(positions, labels, values, strict=True):
        s.text(x, yy, label, 5.2, "sans", fill=(60, 60, 70))
        s.text(x, yy + 0.09, value, 8.2, "mono-bold")
    if extra:
        s.text(x1, 2.04, extra[0], 5.2, "sans", fill=(60, 60, 70))
        s.text(x1, 2.13, extra[1], 8.2, "mono-bold")
    s.signature(0.25, 2.3, person.first, 11, fill=INK)
    zone = mrz.td3(
        kind="P",
        country=code,
        surname=person.surname,
        given=person.given,
        number=number,
        nationality=code,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
        personal=personal,
    )
    mrz_lines(s, 2.93, zone, 9.6)
    return [s], zone


def consular_id(person: Person, seed: int, address: list[str], issued: dt.date) -> list[Sheet]:
    """El Salvador's consular identity card, as consulates issue it to nationals abroad: its
    labels in Spanish with English under them, the holder's US address on the front."""
    s = card_sheet()
    tinted(s, (214, 226, 240), (236, 240, 248))
    s.rect(0, 0, s.width, 0.34, outline=None, fill=(20, 60, 140))
    s.text(0.12, 0.05, "REPÚBLICA DE EL SALVADOR", 7.5, "sans-bold", fill=(255, 255, 255))
    s.text(0.12, 0.19, "MINISTERIO DE RELACIONES EXTERIORES", 5, "sans", fill=(230, 230, 240))
    s.text(
        s.width - 0.12,
        0.08,
        "TARJETA DE IDENTIFICACIÓN CONSULAR",
        5.6,
        "sans-bold",
        fill=(255, 255, 255),
        align="right",
    )
    portrait(s, 0.12, 0.45, 0.82, 1.05, seed)
    rows = [
        ("Apellidos / Surnames", up(person.surname)),
        ("Nombres / Given names", up(person.given)),
        ("Fecha de nacimiento / Date of birth", card(person.born, "es")),
        ("Lugar de nacimiento / Place of birth", up(person.birthplace) + ", EL SALVADOR"),
        ("Domicilio en EE.UU. / U.S. address", up(address[0])),
        ("", up(address[1])),
    ]
    y = 0.42
    for label, value in rows:
        if label:
            s.text(1.05, y, label, 4.4, "sans", fill=(60, 60, 80))
            y += 0.07
        s.text(1.05, y, value, 6.4, "sans-bold")
        y += 0.13
    s.text(0.12, 1.62, "No. 0447-2011-118305", 6, "mono-bold")
    s.text(1.05, 1.62, f"Emisión / Issued: {card(issued, 'es')}", 5.2, "sans")
    s.text(
        1.05,
        1.76,
        f"Vence / Expires: {card(issued.replace(year=issued.year + 5), 'es')}",
        5.2,
        "sans",
        fill=(150, 20, 30),
    )
    s.text(0.12, 1.9, "CONSULADO GENERAL DE EL SALVADOR - WASHINGTON, D.C.", 4.6, "sans-bold")
    s.signature(2.35, 1.66, person.first, 9, fill=INK)
    return [s]


# ---------------------------------------------------------------- receipts and printouts


def remittance_receipt(
    sender: Person,
    address: list[str],
    when: dt.date,
    receiver: str,
    town: str,
    amount: float,
    number: str,
    seed: int,
) -> list[Sheet]:
    """A small remittance agency's receipt, printed half in Spanish and half in English, the
    sender's part filled in by hand at the counter, the agent's stamp across it."""
    s = Sheet(8.5, 11)
    s.rect(0.6, 0.6, 7.3, 5.3, weight=1.4)
    s.text(0.85, 0.75, "ENVÍOS CUSCATLÁN EXPRESS", 17, "sans-bold", fill=(20, 70, 150))
    s.text(0.85, 1.07, "Remesas a El Salvador, Guatemala y Honduras / Money transfers", 8.5, "sans")
    s.text(
        0.85, 1.22, "3409 Eastern Avenue, Baltimore, MD 21224  -  Tel. (410) 555-0187", 8, "sans"
    )
    s.text(5.6, 0.78, "RECIBO / RECEIPT", 11, "sans-bold")
    s.text(5.6, 1.0, f"No. {number}", 11, "mono-bold", fill=(170, 30, 30))
    s.line(0.6, 1.45, 7.9, 1.45, 1)
    fields = [
        ("Fecha / Date:", us(when)),
        ("Remitente / Sender:", sender.name),
        ("Dirección / Address:", f"{address[0]}, {address[1]}"),
        ("Beneficiario / Receiver:", receiver),
        ("Ciudad / City:", town),
        ("Cantidad / Amount US$:", money(amount)),
        ("Cargo / Fee US$:", "12.00"),
        ("Total US$:", money(amount + 12)),
    ]
    y = 1.62
    for label, value in fields:
        s.text(0.85, y + 0.08, label, 9, "sans")
        s.line(2.75, y + 0.34, 7.6, y + 0.34, 0.5, GREY)
        hand(s, 2.85, y, value, 14)
        y += 0.44
    s.text(0.85, 5.35, "Firma del cliente / Customer signature", 7, "sans", fill=GREY)
    s.signature(3.0, 5.05, sender.first, 16)
    s.stamp(5.3, 4.6, ["PAGADO / PAID", abbreviated(when).upper()], 10, angle=-7)
    s.text(0.85, 5.65, "Conserve este recibo. Keep this receipt for your records.", 7, "sans")
    return [s]


def money_order_receipt(
    purchaser: Person,
    address: list[str],
    when: dt.date,
    payee: str,
    amount: float,
    serial: str,
    office: str,
) -> list[Sheet]:
    """A postal money order's customer receipt: printed amount and serial, the payee and the
    purchaser's address written in by hand, the post office's date stamp."""
    s = Sheet(8.5, 11)
    s.rect(0.9, 0.9, 6.7, 2.9, weight=1.0, fill=(236, 242, 236))
    s.text(1.05, 1.0, "UNITED STATES POSTAL SERVICE", 10, "sans-bold")
    s.text(1.05, 1.2, "POSTAL MONEY ORDER  -  CUSTOMER'S RECEIPT", 9, "sans")
    s.text(1.05, 1.5, f"SERIAL NUMBER  {serial}", 10, "mono-bold")
    s.text(4.7, 1.5, f"{when.year}-{when.month:02d}-{when.day:02d}", 10, "mono-bold")
    s.text(1.05, 1.8, f"AMOUNT  ${money(amount)}", 11, "mono-bold")
    s.text(4.7, 1.8, f"POST OFFICE {office}", 8, "mono-bold")
    s.text(1.05, 2.2, "PAY TO", 7, "sans")
    hand(s, 1.7, 2.06, payee, 14)
    s.text(1.05, 2.6, "ADDRESS", 7, "sans")
    hand(s, 1.7, 2.46, f"{address[0]}  {address[1]}", 13)
    s.text(1.05, 3.0, "USED FOR", 7, "sans")
    hand(s, 1.7, 2.86, f"Rent {when.strftime('%B')} - {purchaser.first} {purchaser.surname}", 13)
    s.text(1.05, 3.45, "NOT NEGOTIABLE. KEEP THIS RECEIPT.", 6.5, "sans", fill=GREY)
    s.stamp(5.3, 2.35, [f"{office}", f"{card(when)}", "MD"], 8, colour=(40, 40, 120), angle=12)
    return [s]


def remittance_history(
    sender: Person, address: list[str], rows: list[tuple[dt.date, str, str, float]], seed: int
) -> list[Sheet]:
    """A money-transfer company's transaction history printed at the agent's counter: two
    pages of sends, sender and receiver, amount, fee, confirmation number."""
    header = [
        "REMESAS PRONTO USA, INC.  -  AGENTE 0418 HIGHLANDTOWN          HISTORIAL DE ENVIOS",
        "TRANSACTION HISTORY / HISTORIAL DE TRANSACCIONES",
        "",
        f"CLIENTE / CUSTOMER: {up(sender.name)}",
        f"DIRECCION / ADDRESS: {up(address[0])}, {up(address[1])}",
        "CLIENTE DESDE / CUSTOMER SINCE: 01/09/2016        ID: TARJETA CONSULAR",
        "",
        "FECHA       CONFIRMACION   BENEFICIARIO               DESTINO          MONTO     CARGO",
        "----------  -------------  -------------------------  -------------  --------  ------",
    ]
    lines = [
        f"{us(d)}  {f'RP{seed % 97:02d}{i:04d}{d.year % 100:02d}':<13}  {who:<25}  "
        f"{town:<13}  {money(amount):>8}  {'9.99':>6}"
        for i, (d, who, town, amount) in enumerate(rows)
    ]
    half = (len(lines) + 1) // 2
    pages = []
    for n, chunk in enumerate((lines[:half], lines[half:]), 1):
        foot = ["", f"PAGINA / PAGE {n} DE / OF 2        IMPRESO / PRINTED 11/02/2026 10:41"]
        if n == 2:
            total = sum(r[-1] for r in rows)
            foot = [
                "",
                f"TOTAL ENVIOS / TOTAL SENDS: {len(rows)}     TOTAL US$ {money(total)}",
                *foot,
            ]
        page = monospace_page(
            (header if n == 1 else [*header[:5], "", *header[7:]]) + chunk + foot, 8.4
        )
        pages.append(page)
    highlight(pages[0], 0.72, 0.6 + 3 * 8.4 * 1.25 / 72, 4.3, 0.15)
    return pages


def clinic_history(
    patient: Person,
    printed_birth: dt.date,
    address: list[str],
    mrn: str,
    visits: list[tuple[dt.date, str, str, str]],
) -> list[Sheet]:
    """A community health centre's patient visit history: a header block, then a table of
    visits (date, department, provider, reason), two pages."""
    pages = []
    half = (len(visits) + 1) // 2
    for n, chunk in enumerate((visits[:half], visits[half:]), 1):
        s = Sheet()
        y = letterhead(
            s,
            "Esperanza Family Health Center",
            [
                "3201 Foster Avenue, Baltimore, MD 21224",
                "Tel. 410-555-0140  Fax 410-555-0149",
                "Centro de Salud Familiar - se habla español",
            ],
            (20, 110, 90),
            "leaf",
        )
        s.text(0.9, y, "PATIENT VISIT HISTORY", 13, "sans-bold")
        s.text(7.6, y + 0.03, f"Page {n} of 2", 8.5, "sans", align="right")
        y += 0.35
        y = (
            s.grid(
                0.9,
                y,
                6.7,
                [
                    (
                        0.42,
                        [
                            (3, "PATIENT NAME", patient.last_first(accents=False)),
                            (1.4, "DOB", us(printed_birth)),
                            (1.3, "MRN", mrn),
                        ],
                    ),
                    (
                        0.42,
                        [
                            (4, "ADDRESS", f"{up(address[0])}, {up(address[1])}"),
                            (1.7, "PREFERRED LANGUAGE", "SPANISH"),
                        ],
                    ),
                ],
                value_pt=9,
            )
            + 0.2
        )
        rows = [["Date", "Department", "Provider", "Reason for visit"]]
        rows += [[us(d), dept, prov, why] for d, dept, prov, why in chunk]
        y = s.table(0.9, y, [1.0, 1.45, 1.65, 2.6], rows, pt=8.5, row_height=0.27)
        s.text(
            0.9,
            y + 0.25,
            "Printed 10/14/2026 by MRODRIGUEZ (front desk). This history lists "
            "completed visits only.",
            7.5,
            "sans",
            fill=GREY,
        )
        pages.append(s)
    return pages


def itin_notice(person: Person, address: list[str], itin: str, when: dt.date) -> list[Sheet]:
    """IRS Notice CP565: the letter that assigns an ITIN."""
    s = Sheet()
    s.text(0.8, 0.6, "Department of the Treasury", 9, "sans")
    s.text(0.8, 0.75, "Internal Revenue Service", 9, "sans-bold")
    s.text(0.8, 0.9, "Austin TX 73301-0057", 9, "sans")
    s.text(5.2, 0.6, "Notice          CP565", 9, "sans")
    s.text(5.2, 0.75, f"Notice date     {long(when)}", 9, "sans")
    s.text(5.2, 0.9, f"ITIN            {itin}", 9, "sans")
    s.text(5.2, 1.05, "To contact us   Phone 1-800-829-1040", 9, "sans")
    s.lines(0.8, 1.6, [up(person.name), up(address[0]), up(address[1])], 10, "mono")
    y = (
        s.text(
            0.8,
            2.5,
            "We assigned you an Individual Taxpayer Identification Number (ITIN)",
            14,
            "sans-bold",
        )
        + 0.15
    )
    y = s.paras(
        0.8,
        y,
        6.9,
        [
            "We received your Form W-7, Application for IRS Individual Taxpayer Identification "
            "Number, and assigned you the ITIN shown below. Use this number on tax returns and "
            "other documents you send to us.",
            f"Your ITIN: {itin}",
            "Your ITIN is for federal tax purposes only. It does not entitle you to Social "
            "Security "
            "benefits or the earned income tax credit, and it does not change your immigration "
            "status or your right to work in the United States.",
            "If you don't use your ITIN on a federal tax return at least once in three consecutive "
            "years, it will expire. Keep this notice in a safe place with your tax records.",
        ],
        pt=10.5,
        face="serif",
    )
    highlight(s, 0.78, y - 4 * 0.14 - 3 * 10.5 * 1.3 / 72 * 2.6, 2.1, 0.2)
    s.text(0.8, 10.3, "CP565  (Rev. 01-2006)", 7, "sans", fill=GREY)
    return [s]


def form_1040(
    person: Person,
    address: list[str],
    itin: str,
    year: int,
    wages: float,
    withheld: float,
    occupation: str,
    signed: dt.date,
) -> list[Sheet]:
    """A two-page Form 1040 filed with an ITIN: name and address boxes, filing status,
    income lines, tax and payments, the signature block; highlighter on the ITIN."""
    p1 = Sheet()
    p1.text(0.5, 0.45, "Form 1040", 16, "sans-bold")
    p1.text(1.75, 0.45, "Department of the Treasury - Internal Revenue Service", 7, "sans")
    p1.text(1.75, 0.58, f"U.S. Individual Income Tax Return  {year}", 11, "sans-bold")
    p1.text(6.4, 0.5, "OMB No. 1545-0074", 7, "sans")
    y = p1.grid(
        0.5,
        0.9,
        7.5,
        [
            (
                0.42,
                [
                    (3, "Your first name and middle initial", up(person.given)),
                    (3, "Last name", up(person.surname)),
                    (2, "Your social security number", itin),
                ],
            ),
            (0.42, [(6, "Home address (number and street)", up(address[0])), (2, "Apt. no.", "")]),
            (
                0.42,
                [
                    (5, "City, town, or post office. State. ZIP code", up(address[1])),
                    (3, "Presidential Election Campaign", ""),
                ],
            ),
        ],
        value_pt=9.5,
    )
    highlight(p1, 6.4, 1.12, 1.55, 0.18)
    y += 0.1
    p1.text(0.5, y, "Filing Status", 9, "sans-bold")
    p1.checkbox(1.6, y, True, "Single", 8)
    p1.checkbox(2.5, y, False, "Married filing jointly", 8)
    p1.checkbox(4.3, y, False, "Head of household (HOH)", 8)
    y += 0.35
    p1.text(
        0.5,
        y,
        "Digital Assets  At any time during the year, did you receive, sell, exchange "
        "... a digital asset?   [ ] Yes  [X] No",
        7.5,
        "sans",
    )
    y += 0.35
    std = 13850.0 if year == 2023 else 14600.0
    taxable = max(0.0, wages - std)
    tax = round(taxable * 0.11, 0)
    lines = [
        ("1a", "Total amount from Form(s) W-2, box 1", wages),
        ("1z", "Add lines 1a through 1h", wages),
        ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", wages),
        ("11", "Subtract line 10 from line 9. This is your adjusted gross income", wages),
        ("12", "Standard deduction or itemized deductions (from Schedule A)", std),
        ("14", "Add lines 12 and 13", std),
        ("15", "Subtract line 14 from line 11. This is your taxable income", taxable),
    ]
    for no, text, value in lines:
        p1.text(0.55, y, no, 8, "sans-bold")
        p1.text(0.95, y, text, 8, "sans")
        p1.rect(6.6, y - 0.04, 1.4, 0.26, weight=0.6)
        p1.text(7.92, y, money(value), 9, "mono-bold", align="right")
        y += 0.34
    p1.text(
        0.5,
        10.4,
        "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see "
        "separate instructions.        Form 1040 ("
        f"{year})",
        7,
        "sans",
    )
    p2 = Sheet()
    p2.text(0.5, 0.45, f"Form 1040 ({year})", 9, "sans")
    p2.text(7.9, 0.45, "Page 2", 9, "sans", align="right")
    y = 0.8
    refund = round(withheld - tax, 0)
    lines2 = [
        ("16", "Tax", tax),
        ("22", "Subtract line 21 from line 18", tax),
        ("24", "Add lines 22 and 23. This is your total tax", tax),
        ("25a", "Federal income tax withheld from Form(s) W-2", withheld),
        ("33", "Add lines 25d, 26, and 32. These are your total payments", withheld),
        ("34", "If line 33 is more than line 24, subtract line 24 from line 33", refund),
        ("35a", "Amount of line 34 you want refunded to you", refund),
    ]
    for no, text, value in lines2:
        p2.text(0.55, y, no, 8, "sans-bold")
        p2.text(0.95, y, text, 8, "sans")
        p2.rect(6.6, y - 0.04, 1.4, 0.26, weight=0.6)
        p2.text(7.92, y, money(value), 9, "mono-bold", align="right")
        y += 0.34
    y += 0.3
    p2.line(0.5, y, 8.0, y, 1.2)
    p2.text(0.5, y + 0.08, "Sign Here", 11, "sans-bold")
    p2.para(
        1.6,
        y + 0.08,
        6.3,
        "Under penalties of perjury, I declare that I have examined this "
        "return and accompanying schedules and statements, and to the best of my knowledge "
        "and belief, they are true, correct, and complete.",
        7,
        "sans",
    )
    y = p2.grid(
        1.6,
        y + 0.5,
        6.3,
        [
            (
                0.5,
                [
                    (3, "Your signature", ""),
                    (1.3, "Date", us(signed)),
                    (2, "Your occupation", occupation.upper()),
                ],
            ),
        ],
    )
    p2.signature(1.75, y - 0.42, person.name, 14)
    y += 0.3
    p2.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (3, "Paid Preparer Use Only - Preparer's name", "GLORIA E. VENTURA"),
                    (2, "PTIN", "P01938274"),
                    (3, "Firm's name", "VENTURA TAX & MULTISERVICIOS"),
                ],
            ),
            (
                0.45,
                [
                    (5, "Firm's address", "3319 EASTERN AVE, BALTIMORE, MD 21224"),
                    (3, "Phone no.", "410-555-0163"),
                ],
            ),
        ],
    )
    return [p1, p2]


# ---------------------------------------------------------------- Maryland crime papers


def bpd_report(
    victim: Person,
    address: list[str],
    phone: str,
    suspect: str,
    when: dt.datetime,
    number: str,
    officer: str,
    narrative: list[str],
) -> list[Sheet]:
    """A city police department's incident report: two pages of boxes (incident, victim,
    suspect) and the officer's narrative."""
    p1 = Sheet()
    p1.logo(0.55, 0.45, 0.6, "shield", (20, 30, 80))
    p1.text(1.3, 0.48, "BALTIMORE POLICE DEPARTMENT", 15, "sans-bold", fill=(20, 30, 80))
    p1.text(1.3, 0.75, "INCIDENT REPORT", 11, "sans-bold")
    p1.text(1.3, 0.93, "601 E. Fayette Street, Baltimore, Maryland 21202", 8, "sans", fill=GREY)
    p1.text(7.95, 0.5, f"Complaint No. {number}", 9, "mono-bold", align="right")
    p1.text(7.95, 0.68, "Page 1 of 2", 8, "sans", align="right")
    y = p1.grid(
        0.5,
        1.25,
        7.5,
        [
            (
                0.45,
                [
                    (3, "OFFENSE / INCIDENT", "AGGRAVATED ASSAULT - OTHER WEAPON"),
                    (1.2, "CODE", "4E"),
                    (2, "DISTRICT / POST", "SOUTHEAST / 213"),
                ],
            ),
            (
                0.45,
                [
                    (2, "DATE OCCURRED", us(when.date())),
                    (1, "TIME", when.strftime("%H%M")),
                    (4, "LOCATION OF OCCURRENCE", up(address[0]) + ", BALTIMORE MD"),
                ],
            ),
            (
                0.45,
                [
                    (2, "DATE REPORTED", us(when.date())),
                    (1, "TIME", "0012"),
                    (4, "PREMISE TYPE", "RESIDENCE - ROW HOUSE (SHARED)"),
                ],
            ),
        ],
    )
    p1.vertical(0.3, y, 1.35, "VICTIM")
    y = p1.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (4, "VICTIM NAME (LAST, FIRST MIDDLE)", victim.last_first(accents=False)),
                    (1, "SEX", victim.sex),
                    (1, "RACE", "W"),
                    (2, "DATE OF BIRTH", us(victim.born)),
                ],
            ),
            (
                0.45,
                [(5, "HOME ADDRESS", f"{up(address[0])}, {up(address[1])}"), (2.5, "PHONE", phone)],
            ),
            (
                0.45,
                [
                    (3, "INJURY", "LACERATION TO HEAD, FRACTURED LEFT ULNA"),
                    (3, "TRANSPORTED TO", "JOHNS HOPKINS BAYVIEW - MEDIC 41"),
                ],
            ),
        ],
    )
    p1.vertical(0.3, y, 0.9, "SUSPECT")
    y = (
        p1.grid(
            0.5,
            y,
            7.5,
            [
                (0.45, [(4, "SUSPECT NAME", suspect), (1, "SEX", "M"), (2, "AGE", "47")]),
                (
                    0.45,
                    [
                        (3, "RELATIONSHIP TO VICTIM", "LANDLORD / SAME HOUSEHOLD"),
                        (3, "WEAPON", "METAL PIPE"),
                        (1.5, "ARRESTED", "YES"),
                    ],
                ),
            ],
        )
        + 0.2
    )
    p1.text(0.5, y, "NARRATIVE", 9, "sans-bold")
    y = p1.paras(0.5, y + 0.22, 7.4, narrative[:2], pt=9.5, face="mono")
    p2 = Sheet()
    p2.text(
        0.5, 0.5, f"BALTIMORE POLICE DEPARTMENT  -  INCIDENT REPORT  -  {number}", 9, "sans-bold"
    )
    p2.text(7.95, 0.5, "Page 2 of 2", 8, "sans", align="right")
    p2.text(0.5, 0.85, "NARRATIVE (CONTINUED)", 9, "sans-bold")
    y = p2.paras(0.5, 1.1, 7.4, narrative[2:], pt=9.5, face="mono") + 0.3
    y = p2.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (3, "REPORTING OFFICER", officer),
                    (1.5, "SEQUENCE NO.", "H4471"),
                    (2, "UNIT", "SOUTHEAST DISTRICT"),
                ],
            ),
            (
                0.45,
                [
                    (3, "APPROVING SUPERVISOR", "SGT. D. KOWALCZYK"),
                    (1.5, "DATE", us(when.date())),
                    (2, "CASE STATUS", "CLOSED BY ARREST"),
                ],
            ),
        ],
    )
    p2.stamp(
        4.8,
        y + 0.4,
        ["CERTIFIED TRUE COPY", "CENTRAL RECORDS SECTION"],
        9,
        colour=(40, 60, 140),
        angle=-4,
    )
    return [p1, p2]


def protective_order(
    petitioner: Person,
    respondent: str,
    address: list[str],
    case_no: str,
    hearing: dt.date,
    expires: dt.date,
    judge: str,
) -> list[Sheet]:
    """The District Court of Maryland's final protective order: caption, findings with boxes
    checked, what the respondent must not do, its end date, the judge's signature."""
    p1 = Sheet()
    p1.center(0.5, "DISTRICT COURT OF MARYLAND FOR BALTIMORE CITY", 12, "serif-bold")
    p1.center(0.72, "LOCATED AT: 700 E. PATAPSCO AVENUE, BALTIMORE, MD 21225", 8, "sans")
    p1.text(0.7, 1.15, "PETITIONER", 7, "sans", fill=GREY)
    p1.text(0.7, 1.28, up(petitioner.name), 10, "mono-bold")
    p1.text(0.7, 1.5, f"{up(address[0])}, {up(address[1])}", 9, "mono")
    p1.text(4.2, 1.28, "vs.", 10, "serif")
    p1.text(4.8, 1.15, "RESPONDENT", 7, "sans", fill=GREY)
    p1.text(4.8, 1.28, respondent, 10, "mono-bold")
    p1.text(4.8, 1.72, "CASE NO.", 7, "sans", fill=GREY)
    p1.text(4.8, 1.85, case_no, 10, "mono-bold")
    p1.center(2.3, "FINAL PROTECTIVE ORDER", 15, "serif-bold")
    y = (
        p1.para(
            0.7,
            2.75,
            7.1,
            f"This matter came before the Court on {long(hearing)} on the "
            "Petition for Protection. The Respondent was served and appeared. Upon "
            "consideration of the evidence, the Court FINDS by a preponderance of the "
            "evidence that:",
            10.5,
            "serif",
        )
        + 0.15
    )
    for checked, text in [
        (
            True,
            "the Petitioner is a person eligible for relief: a person who resided with the "
            "Respondent in the home for at least 90 days within one year before the filing "
            "of the Petition;",
        ),
        (
            True,
            "the Respondent committed the following act(s) of abuse against the Petitioner: "
            "an act that caused serious bodily harm; assault in any degree;",
        ),
        (False, "the Respondent consented to the entry of this Order without a finding of abuse."),
    ]:
        p1.checkbox(0.8, y + 0.02, checked, "", 9)
        y = p1.para(1.1, y, 6.7, text, 10, "serif") + 0.1
    y = p1.text(0.7, y + 0.1, "IT IS ORDERED that:", 10.5, "serif-bold") + 0.05
    for checked, text in [
        (True, "the Respondent SHALL NOT abuse, threaten to abuse, or harass the Petitioner;"),
        (
            True,
            "the Respondent SHALL NOT contact the Petitioner in person, by telephone, in "
            "writing or by any other means, or through a third party;",
        ),
        (
            True,
            f"the Respondent SHALL STAY AWAY from the Petitioner's residence at "
            f"{address[0]}, and from his place of employment;",
        ),
        (
            True,
            "the Respondent SHALL surrender all firearms in his possession to law "
            "enforcement within two days and shall not possess a firearm while this Order "
            "is in effect;",
        ),
    ]:
        p1.checkbox(0.8, y + 0.02, checked, "", 9)
        y = p1.para(1.1, y, 6.7, text, 10, "serif") + 0.08
    p1.text(0.7, 10.4, "CC-DC-DV-007 (Rev.)   Page 1 of 2", 7, "sans", fill=GREY)
    p2 = Sheet()
    p2.text(0.7, 0.5, f"Case No. {case_no}", 9, "mono-bold")
    y = (
        p2.paras(
            0.7,
            0.9,
            7.1,
            [
                "IT IS FURTHER ORDERED that, except for the provisions concerning the surrender "
                "of "
                f"firearms, this Order is effective until {long(expires)}, unless extended or "
                f"modified by the Court.",
                "VIOLATION OF THIS ORDER MAY RESULT IN CRIMINAL PROSECUTION, IMPRISONMENT OR FINE "
                "OR "
                "BOTH, AND CONTEMPT OF COURT. THIS ORDER IS ENFORCEABLE IN EVERY STATE, THE "
                "DISTRICT "
                "OF COLUMBIA, TRIBAL LANDS AND U.S. TERRITORIES.",
                "The Respondent was present and was given a copy of this Order in open court. A "
                "copy "
                "was given to the Petitioner and sent to the Baltimore Police Department.",
            ],
            pt=10.5,
            face="serif",
        )
        + 0.4
    )
    p2.text(0.7, y, f"Date: {us(hearing)}", 10.5, "serif")
    p2.signature(4.4, y - 0.2, judge.split()[-1], 20, fill=INK)
    p2.line(4.2, y + 0.35, 7.6, y + 0.35)
    p2.text(4.2, y + 0.4, f"JUDGE  {judge}", 9.5, "serif")
    p2.seal(2.2, y + 1.6, 0.75, "DISTRICT COURT OF MARYLAND * BALTIMORE CITY * ", "SEAL")
    p2.stamp(
        4.3,
        y + 1.2,
        ["TRUE COPY TEST", "CLERK, DISTRICT COURT", us(hearing)],
        9,
        colour=(40, 60, 140),
        angle=6,
    )
    p2.text(0.7, 10.4, "CC-DC-DV-007 (Rev.)   Page 2 of 2", 7, "sans", fill=GREY)
    return [p1, p2]


def supplement_b(
    victim: Person,
    a_number: str,
    incident: dt.date,
    number: str,
    signer: str,
    signed: dt.date,
) -> list[Sheet]:
    """Form I-918 Supplement B, U Nonimmigrant Status Certification: three pages of the
    form's parts, typed in by the certifying agency and signed in blue ink."""

    def head(s: Sheet, page: int) -> float:
        s.text(0.5, 0.4, "Form I-918, Supplement B,", 11, "sans-bold")
        s.text(0.5, 0.6, "U Nonimmigrant Status Certification", 11, "sans-bold")
        s.text(7.95, 0.4, "Department of Homeland Security", 8.5, "sans", align="right")
        s.text(7.95, 0.55, "U.S. Citizenship and Immigration Services", 8.5, "sans", align="right")
        s.text(
            7.95, 0.7, "USCIS Form I-918 Supplement B  OMB No. 1615-0104", 7, "sans", align="right"
        )
        s.line(0.5, 0.95, 8.0, 0.95, 1.5)
        s.text(
            0.5,
            10.45,
            f"Form I-918 Supplement B Edition 04/01/24          Page {page} of 3",
            7,
            "sans",
            fill=GREY,
        )
        return 1.1

    p1 = Sheet()
    y = head(p1, 1)
    p1.rect(0.5, y, 7.5, 0.24, outline=None, fill=(40, 40, 40))
    p1.text(0.58, y + 0.04, "Part 1.  Victim Information", 9, "sans-bold", fill=(255, 255, 255))
    y = (
        p1.grid(
            0.5,
            y + 0.3,
            7.5,
            [
                (
                    0.45,
                    [
                        (1, "1.a. Family Name (Last Name)", up(victim.surname)),
                        (1, "1.b. Given Name (First Name)", up(victim.given.split()[0])),
                        (1, "1.c. Middle Name", up(victim.middle)),
                    ],
                ),
                (
                    0.45,
                    [
                        (2, "2. Other Names Used", "ARGUETA, JOSE W."),
                        (1, "3. Date of Birth (mm/dd/yyyy)", us(victim.born)),
                    ],
                ),
                (
                    0.45,
                    [
                        (1, "4. Gender", "MALE"),
                        (2, "5. Alien Registration Number (A-Number)", a_number),
                    ],
                ),
            ],
        )
        + 0.2
    )
    p1.rect(0.5, y, 7.5, 0.24, outline=None, fill=(40, 40, 40))
    p1.text(0.58, y + 0.04, "Part 2.  Agency Information", 9, "sans-bold", fill=(255, 255, 255))
    y = p1.grid(
        0.5,
        y + 0.3,
        7.5,
        [
            (0.45, [(2, "1. Name of Certifying Agency", "BALTIMORE POLICE DEPARTMENT")]),
            (
                0.45,
                [
                    (1, "2. Name of Certifying Official", signer.upper()),
                    (1, "3. Title and Division/Office", "MAJOR, CRIMINAL INVESTIGATION DIV."),
                ],
            ),
            (
                0.45,
                [
                    (2, "4. Street Address", "601 E. FAYETTE STREET"),
                    (1, "City, State, ZIP", "BALTIMORE, MD 21202"),
                ],
            ),
            (
                0.45,
                [
                    (1, "5. Daytime Telephone", "410-555-0110"),
                    (1, "6. Agency Type", "LOCAL LAW ENFORCEMENT"),
                    (1, "7. Case Number", number),
                ],
            ),
            (
                0.45,
                [
                    (1, "8. FBI or SID Number", "N/A"),
                    (1, "9. Agency Email", "UCERT@BALTIMOREPOLICE.EXAMPLE"),
                ],
            ),
        ],
    )
    p2 = Sheet()
    y = head(p2, 2)
    p2.rect(0.5, y, 7.5, 0.24, outline=None, fill=(40, 40, 40))
    p2.text(0.58, y + 0.04, "Part 3.  Criminal Acts", 9, "sans-bold", fill=(255, 255, 255))
    y += 0.35
    p2.text(
        0.5,
        y,
        "1. The applicant is a victim of criminal activity involving or similar to "
        "violations of one of the following (select all that apply):",
        8.5,
        "sans",
    )
    y += 0.25
    acts = [
        "Abduction",
        "Felonious Assault",
        "Obstruction of Justice",
        "Extortion",
        "Domestic Violence",
        "Witness Tampering",
        "Kidnapping",
        "Stalking",
        "Torture",
        "Trafficking",
        "Involuntary Servitude",
        "Other: ______",
    ]
    for i, act in enumerate(acts):
        p2.checkbox(
            0.7 + (i % 3) * 2.5, y + (i // 3) * 0.25, act in ("Felonious Assault",), act, 8.5
        )
    y += 4 * 0.25 + 0.15
    y = (
        p2.grid(
            0.5,
            y,
            7.5,
            [
                (
                    0.45,
                    [
                        (1, "2. Date(s) of Criminal Activity", us(incident)),
                        (
                            2,
                            "3. Statutory Citation(s) for the Criminal Activity",
                            "MD CRIM LAW 3-202 (ASSAULT 1ST DEGREE)",
                        ),
                    ],
                ),
            ],
        )
        + 0.15
    )
    p2.text(
        0.5,
        y,
        "5. Provide a description of the criminal activity being investigated and/or prosecuted:",
        8.5,
        "sans",
    )
    y = (
        p2.para(
            0.6,
            y + 0.22,
            7.2,
            f"On {long(incident)} the victim was struck repeatedly with "
            "a metal pipe by the owner of the row house where he rented a room, after the "
            "victim asked for the return of his security deposit. The suspect was arrested "
            "at the scene and charged with first degree assault.",
            9.5,
            "mono",
        )
        + 0.1
    )
    p2.text(
        0.5,
        y,
        "6. Provide a description of any known or documented injury to the victim:",
        8.5,
        "sans",
    )
    p2.para(
        0.6,
        y + 0.22,
        7.2,
        "Scalp laceration closed with staples; fracture of the left ulna "
        "treated by open reduction at Johns Hopkins Bayview Medical Center.",
        9.5,
        "mono",
    )
    p3 = Sheet()
    y = head(p3, 3)
    p3.rect(0.5, y, 7.5, 0.24, outline=None, fill=(40, 40, 40))
    p3.text(
        0.58, y + 0.04, "Part 4.  Helpfulness of the Victim", 9, "sans-bold", fill=(255, 255, 255)
    )
    y += 0.35
    for checked, text in [
        (True, "1. The victim possesses information concerning the criminal activity."),
        (
            True,
            "2. The victim has been, is being, or is likely to be helpful in the "
            "investigation and/or prosecution of the criminal activity.",
        ),
        (False, "3. The victim has refused or failed to provide assistance reasonably requested."),
    ]:
        p3.checkbox(0.6, y, checked, text, 8.5)
        y += 0.3
    y = (
        p3.para(
            0.6,
            y + 0.05,
            7.2,
            "The victim gave a recorded statement, identified the "
            "suspect, and testified at the preliminary hearing and at trial in the Circuit "
            "Court for Baltimore City, where the suspect was convicted.",
            9.5,
            "mono",
        )
        + 0.3
    )
    p3.rect(0.5, y, 7.5, 0.24, outline=None, fill=(40, 40, 40))
    p3.text(0.58, y + 0.04, "Part 6.  Certification", 9, "sans-bold", fill=(255, 255, 255))
    y = (
        p3.para(
            0.6,
            y + 0.35,
            7.2,
            "I am the head of the agency listed in Part 2. or I am "
            "the person in the agency who has been specifically designated by the head of "
            "the agency to issue U Nonimmigrant Status Certifications on behalf of the "
            "agency. Based upon investigation of the facts, I certify, under penalty of "
            "perjury, that the individual noted in Part 1. is or was a victim of one or "
            "more of the crimes listed in Part 3.",
            8.5,
            "sans",
        )
        + 0.3
    )
    y = p3.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.6,
                [
                    (3, "Signature of Certifying Official", ""),
                    (1, "Date of Signature (mm/dd/yyyy)", us(signed)),
                ],
            ),
        ],
    )
    p3.signature(0.7, y - 0.5, signer, 20)
    p3.stamp(
        4.9,
        y + 0.3,
        ["BALTIMORE POLICE DEPT.", "CRIMINAL INVESTIGATION", "DIVISION"],
        8,
        colour=(40, 60, 140),
        angle=-3,
    )
    return [p1, p2, p3]


def parish_letter(person: Person, when: dt.date, since: int) -> list[Sheet]:
    """A parish priest's letter, in English, naming the parishioner and his years there."""
    return [
        write_letter(
            (
                "Sacred Heart of Mary and San Óscar Romero Parish",
                [
                    "6720 Dundalk Avenue, Baltimore, MD 21222",
                    "Rectory 410-555-0129  -  Misa en español domingos 12:30",
                ],
                (120, 30, 40),
                "cross",
            ),
            long(when),
            [
                "To the Office of the Principal Legal Advisor",
                "U.S. Immigration and Customs Enforcement",
                "Baltimore, Maryland",
            ],
            f"Re: {person.name}",
            "To whom it may concern:",
            [
                f"I write on behalf of {person.name}, a registered parishioner of our parish since "
                f"{since}. I have been pastor here for eleven years and I know him well. He comes "
                "to "
                "the Spanish Mass every Sunday with his nephews, serves as an usher, and for the "
                "past "
                "eight years has helped to set up and take down our Lenten fish fry and the "
                "September "
                "festival for the feast of the Salvadoran patron, el Divino Salvador del Mundo.",
                "After he was attacked in his own home in 2024, our parish community helped him "
                "with "
                "meals and rent while his arm healed. He returned to his volunteer work as soon as "
                "he could lift a table again. He is honest, quiet and generous; when a family in "
                "the "
                "parish loses a job, he is one of the first to bring groceries.",
                "I respectfully ask that he be allowed to remain in the United States, where he "
                "has "
                "made his life for more than twenty years. Please feel free to contact me at the "
                "rectory.",
            ],
            "Sincerely in Christ,",
            "Rev. Tomás A. Villatoro",
            ["Pastor"],
            pt=10.5,
        )
    ]


# ---------------------------------------------------------------- Filipino family, Nevada


def psa_birth(
    person: Person,
    father: str,
    mother: str,
    registry: str,
    registered: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """A Philippine Statistics Authority copy of a Certificate of Live Birth (Municipal Form
    No. 102) on security paper: numbered boxes, the PSA's certification line at the foot."""
    s = Sheet(paper=(250, 249, 240))
    s.security_background(seed, (222, 230, 216))
    s.text(0.5, 0.35, "Municipal Form No. 102", 7, "sans")
    s.text(0.5, 0.47, "(Revised January 1993)", 7, "sans")
    s.center(0.4, "Republic of the Philippines", 9, "serif")
    s.center(0.56, "OFFICE OF THE CIVIL REGISTRAR GENERAL", 10, "serif-bold")
    s.center(0.78, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    s.text(7.95, 0.45, "Registry No.", 7, "sans", align="right")
    s.text(7.95, 0.58, registry, 10, "mono-bold", align="right")
    y = s.grid(
        0.5,
        1.2,
        7.5,
        [
            (0.32, [(2, "Province", "PANGASINAN"), (2, "City/Municipality", "SAN CARLOS CITY")]),
        ],
        value_pt=9,
    )
    s.vertical(0.32, y, 1.5, "CHILD")
    given, middle = person.given.split()[0], person.middle
    y = s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.5,
                [
                    (2, "1. NAME (First)", up(given)),
                    (2, "(Middle)", up(middle)),
                    (2, "(Last)", up(person.surname)),
                ],
            ),
            (
                0.5,
                [
                    (1, "2. SEX", "FEMALE"),
                    (
                        3,
                        "3. DATE OF BIRTH (Day) (Month) (Year)",
                        f"{person.born.day} {long(person.born).split()[0]} "
                        f"{person.born.year}".upper(),
                    ),
                ],
            ),
            (
                0.5,
                [
                    (
                        4,
                        "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution/House No., St., "
                        "Barangay) (City/Municipality) (Province)",
                        "BRGY. BOLINGIT, SAN CARLOS CITY, PANGASINAN",
                    )
                ],
            ),
        ],
        value_pt=9,
    )
    s.vertical(0.32, y, 1.0, "MOTHER")
    y = s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.5,
                [
                    (4, "7. MAIDEN NAME (First) (Middle) (Last)", up(mother)),
                    (2, "8. CITIZENSHIP", "FILIPINO"),
                ],
            ),
            (
                0.5,
                [(2, "10. OCCUPATION", "HOUSEKEEPER"), (1, "11. AGE at the time of birth", "31")],
            ),
        ],
        value_pt=9,
    )
    s.vertical(0.32, y, 1.0, "FATHER")
    y = s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.5,
                [
                    (4, "14. NAME (First) (Middle) (Last)", up(father)),
                    (2, "15. CITIZENSHIP", "FILIPINO"),
                ],
            ),
            (0.5, [(2, "17. OCCUPATION", "FARMER"), (1, "18. AGE at the time of birth", "35")]),
        ],
        value_pt=9,
    )
    y = (
        s.grid(
            0.5,
            y,
            7.5,
            [
                (
                    0.5,
                    [
                        (
                            3,
                            "20. DATE AND PLACE OF MARRIAGE OF PARENTS",
                            "JUNE 4, 1966 - SAN CARLOS CITY, PANGASINAN",
                        )
                    ],
                ),
                (
                    0.55,
                    [
                        (2, "22. INFORMANT", up(mother)),
                        (2, "24. RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR", us(registered)),
                    ],
                ),
            ],
            value_pt=9,
        )
        + 0.3
    )
    s.text(0.5, y, "REMARKS / ANNOTATIONS (For LCRO/OCRG Use Only)", 7.5, "sans-bold")
    s.text(0.5, y + 0.25, "This is a computer-generated copy of the document on file.", 8, "sans")
    s.rect(0.5, 9.0, 7.5, 1.3, weight=0.6, fill=(246, 246, 236))
    s.text(0.65, 9.1, "PHILIPPINE STATISTICS AUTHORITY", 10, "sans-bold", fill=(30, 60, 130))
    s.para(
        0.65,
        9.35,
        5.0,
        "This copy is issued upon the request of the registrant for "
        f"immigration purposes. Issued on {long(issued)}. Official Receipt No. "
        "5928341-OR. Amount paid: P 155.00.",
        8,
        "sans",
    )
    s.seal(6.9, 9.65, 0.5, "PHILIPPINE STATISTICS AUTHORITY * ", "PSA")
    s.text(0.65, 9.98, "RIZALINA D. SANTOS - Civil Registrar General", 7.5, "sans-bold")
    return [s]


def nevada_birth(
    child: Person,
    mother: Person,
    father: str,
    state_no: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """A Nevada certified copy of a certificate of live birth from the Office of Vital
    Records: the state's banner, boxed items, the state registrar's certification."""
    s = Sheet(paper=(246, 248, 252))
    s.security_background(seed, (214, 222, 238))
    s.border(0.35, 2.0)
    s.center(0.55, "STATE OF NEVADA", 15, "serif-bold")
    s.center(0.82, "CERTIFICATE OF LIVE BIRTH", 12, "serif-bold")
    s.center(1.02, "DEPARTMENT OF HEALTH AND HUMAN SERVICES - OFFICE OF VITAL RECORDS", 7.5, "sans")
    s.text(6.0, 1.25, "STATE FILE NUMBER", 6.5, "sans")
    s.text(6.0, 1.37, state_no, 10, "mono-bold")
    y = (
        s.grid(
            0.6,
            1.7,
            7.3,
            [
                (
                    0.5,
                    [
                        (3, "1. CHILD - NAME (FIRST, MIDDLE, LAST)", up(child.name)),
                        (1, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                    ],
                ),
                (
                    0.5,
                    [
                        (1.4, "3a. DATE OF BIRTH", us(child.born)),
                        (1, "3b. HOUR", "0847"),
                        (2, "4. COUNTY OF BIRTH", "CLARK"),
                    ],
                ),
                (
                    0.5,
                    [
                        (2.5, "5a. FACILITY NAME", "SUNRISE HOSPITAL AND MEDICAL CENTER"),
                        (1.5, "5b. CITY, TOWN OR LOCATION", "LAS VEGAS"),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "6a. MOTHER - CURRENT LEGAL NAME", up(mother.name)),
                        (1.5, "6b. DATE OF BIRTH", us(mother.born)),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "6c. MOTHER - NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                        (1.5, "6d. BIRTHPLACE", "PHILIPPINES"),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "7a. FATHER - CURRENT LEGAL NAME", father),
                        (1.5, "7b. BIRTHPLACE", "PHILIPPINES"),
                    ],
                ),
                (
                    0.5,
                    [(2, "8. INFORMANT", "MOTHER"), (2, "9. DATE FILED BY REGISTRAR", us(filed))],
                ),
            ],
        )
        + 0.35
    )
    s.para(
        0.7,
        y,
        7.0,
        "This is to certify that this is a true and correct reproduction of the "
        "original record filed with the Nevada Office of Vital Records.",
        9,
        "serif",
    )
    s.text(0.7, y + 0.6, f"DATE ISSUED: {us(issued)}", 9, "mono-bold")
    s.signature(4.6, y + 0.45, "Registrar", 16, fill=INK)
    s.text(4.6, y + 0.9, "STATE REGISTRAR OF VITAL STATISTICS", 7.5, "sans")
    s.seal(2.0, y + 1.7, 0.6, "STATE OF NEVADA * VITAL RECORDS * ", "NV")
    s.text(
        0.7,
        10.2,
        "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE",
        7,
        "sans-bold",
        fill=(150, 40, 40),
    )
    return [s]


def naturalization(
    person: Person, number: str, a_number: str, when: dt.date, court: str, address: str, seed: int
) -> list[Sheet]:
    """A certificate of naturalization (an older landscape certificate with the holder's
    photo, the court that naturalized him, the certificate number in red)."""
    s = Sheet(11, 8.5, paper=(246, 243, 230))
    s.security_background(seed, (228, 220, 200))
    s.border(0.35, 2.4)
    s.text(0.7, 0.6, f"No. {number}", 12, "mono-bold", fill=(170, 30, 30))
    s.center(0.9, "THE UNITED STATES OF AMERICA", 20, "serif-bold")
    s.center(1.35, "CERTIFICATE OF NATURALIZATION", 16, "serif-bold")
    portrait(s, 0.9, 1.9, 1.5, 1.9, seed)
    s.lines(
        2.8,
        1.95,
        [
            f"Personal description of holder as of date of naturalization: Date of birth "
            f"{long(person.born)}; sex male;",
            "height 5 feet 5 inches; marital status married; country of former nationality "
            "Philippines.",
        ],
        9,
        "serif",
    )
    s.text(2.8, 2.5, f"Alien Registration No. {a_number}", 10, "mono-bold")
    y = s.paras(
        2.8,
        2.95,
        7.4,
        [
            f"Be it known that, pursuant to an application filed with the Attorney General, the "
            f"Attorney General having found that {up(person.name)}, then residing at {address}, "
            "intends to reside permanently in the United States, had in all other respects "
            "complied with the applicable provisions of the naturalization laws of the United "
            "States, and was entitled to be admitted to citizenship, such person was admitted as "
            f"a citizen of the United States of America by the {court} on {long(when)}.",
        ],
        pt=10.5,
        face="serif",
    )
    s.signature(1.0, 4.1, person.first + " Macaraeg", 14)
    s.text(0.9, 4.45, "Signature of holder", 7, "sans")
    s.seal(9.4, 6.6, 0.7, "UNITED STATES DEPARTMENT OF JUSTICE * ", "INS")
    s.text(2.8, y + 0.4, "Commissioner of Immigration and Naturalization", 8, "serif")
    s.text(
        0.7,
        7.7,
        "IT IS PUNISHABLE BY U.S. LAW TO COPY, PRINT OR PHOTOGRAPH THIS CERTIFICATE "
        "WITHOUT LAWFUL AUTHORITY.",
        7,
        "sans-bold",
    )
    return [s]


def neurologist_letter(patient: Person, caregiver: Person, when: dt.date) -> list[Sheet]:
    """A neurologist's letter on a practice's letterhead: diagnosis, what care the patient
    needs every day and who gives it."""
    return [
        write_letter(
            (
                "Desert Valley Neurology Associates",
                [
                    "2880 N. Tenaya Way, Suite 210, Las Vegas, NV 89128",
                    "Tel 702-555-0158 - Fax 702-555-0159",
                ],
                (40, 70, 120),
                "star",
            ),
            long(when),
            [],
            f"Re: {patient.name}, DOB {us(patient.born)}",
            "To Whom It May Concern:",
            [
                f"Mr. {patient.surname} is an 85-year-old man under my care since 2019 for "
                "Parkinson's disease, now with Parkinson's disease dementia (moderate stage). In "
                "February 2026 he had a left hemispheric ischemic stroke, admitted to Sunrise "
                "Hospital, with residual right-sided weakness and difficulty swallowing.",
                "He cannot walk without hands-on assistance, is at high risk of falls, and needs "
                "help with bathing, dressing, toileting and meals, which must be of modified "
                "texture. He takes eleven medications at five times of the day, including "
                "carbidopa-levodopa, which must be given on a strict schedule to prevent freezing "
                "and rigidity. He becomes confused and agitated in the evening and should not be "
                "left alone.",
                f"His daughter, {caregiver.name}, lives with him and is his primary caregiver. "
                f"She gives his medications, brings him to every appointment, and has been "
                "trained by our staff and by his home health therapists. In my medical opinion, "
                "losing her care would very likely lead to his placement in a skilled nursing "
                "facility and a decline in his health.",
            ],
            "Sincerely,",
            "Priya Raghunathan, MD",
            ["Board Certified in Neurology", "NV License 14722"],
            pt=10.5,
        )
    ]


def home_care_letter(patient: Person, caregiver: Person, when: dt.date) -> list[Sheet]:
    """A home-care agency's letter: the hours it provides and the family caregiver's role."""
    return [
        write_letter(
            (
                "Silver State Home Care, LLC",
                [
                    "4760 S. Pecos Road, Suite 104, Las Vegas, NV 89121",
                    "Nevada HCQC License No. PCA-2118  -  702-555-0176",
                ],
                (150, 80, 20),
                "house",
            ),
            long(when),
            [],
            f"Re: Client {patient.name}",
            "To whom it may concern,",
            [
                f"Silver State Home Care has provided personal care services to {patient.name} "
                "in his home at 5308 Bristol Bend Court, Las Vegas, since March 2026, under "
                "authorization from his Medicare Advantage plan. Our aide visits Monday through "
                "Friday, three hours each morning, to help with bathing, grooming and exercises.",
                f"For the rest of each day and night, his care is provided by his daughter, "
                f"{caregiver.name}. She is listed in our care plan as his primary caregiver and "
                "emergency contact, she meets with our care coordinator monthly, and our nurses "
                "have trained her in safe transfers and in checking his skin for pressure sores. "
                "Our agency cannot staff the overnight and weekend hours he needs.",
                "Please contact me if you need further information.",
            ],
            "Respectfully,",
            "Marites O. Dela Paz, RN",
            ["Director of Client Services"],
            pt=10.5,
        )
    ]


def i797_approval(
    beneficiary: Person, petitioner: Person, received: dt.date, approved: dt.date, receipt: str
) -> list[Sheet]:
    """A Form I-797 approval notice for an I-130 petition filed by a US-citizen father for
    his unmarried daughter."""
    s = Sheet()
    s.text(0.5, 0.45, "THE UNITED STATES OF AMERICA", 11, "serif-bold")
    s.text(0.5, 0.7, "Department of Homeland Security", 9, "sans")
    s.text(0.5, 0.85, "U.S. Citizenship and Immigration Services", 9, "sans")
    s.text(7.95, 0.5, "I-797 | NOTICE OF ACTION", 12, "sans-bold", align="right")
    y = (
        s.grid(
            0.5,
            1.2,
            7.5,
            [
                (
                    0.45,
                    [
                        (3, "RECEIPT NUMBER", receipt),
                        (3, "CASE TYPE", "I130 - PETITION FOR ALIEN RELATIVE"),
                    ],
                ),
                (
                    0.45,
                    [
                        (2, "RECEIVED DATE", us(received)),
                        (2, "PRIORITY DATE", us(received)),
                        (2, "PAGE", "1 of 1"),
                    ],
                ),
                (
                    0.45,
                    [
                        (3, "PETITIONER", up(petitioner.name)),
                        (3, "BENEFICIARY", up(beneficiary.name)),
                    ],
                ),
                (
                    0.45,
                    [
                        (2, "NOTICE DATE", us(approved)),
                        (4, "CLASSIFICATION", "201B INA UNMARRIED SON/DAUGHTER OF USC F11"),
                    ],
                ),
            ],
        )
        + 0.3
    )
    s.lines(0.6, y, [up(petitioner.name), "5308 BRISTOL BEND CT", "LAS VEGAS NV 89135"], 10, "mono")
    s.text(4.8, y, "Approval Notice", 14, "sans-bold")
    y += 0.9
    s.paras(
        0.6,
        y,
        7.2,
        [
            "The above petition has been approved. We have sent the original visa petition to the "
            "Department of State National Visa Center (NVC), 31 Rochester Avenue, Portsmouth, NH "
            "03801-2914. NVC processes all approved immigrant visa petitions that need consular "
            "action.",
            "NVC will contact the person for whom you are petitioning (beneficiary) concerning "
            "further immigrant visa processing steps when a visa number is about to become "
            "available under the priority date shown above.",
            "THIS FORM IS NOT A VISA AND MAY NOT BE USED IN PLACE OF A VISA.",
        ],
        pt=10,
        face="serif",
    )
    s.text(
        0.5,
        10.2,
        "National Benefits Center  U.S. CITIZENSHIP & IMMIGRATION SERVICES  "
        "P.O. Box 648005  Lee's Summit MO 64002",
        7,
        "sans",
    )
    return [s]


def nv_disposition(
    defendant: Person, case_no: str, arrest: dt.date, plea: dt.date, closed: dt.date, dob: dt.date
) -> list[Sheet]:
    """A justice court's certificate of disposition for a first-offense DUI: the charge, the
    plea, the sentence, compliance, the clerk's certification and seal."""
    s = Sheet()
    s.center(0.5, "JUSTICE COURT, LAS VEGAS TOWNSHIP", 13, "serif-bold")
    s.center(0.75, "CLARK COUNTY, NEVADA", 11, "serif-bold")
    s.center(0.95, "Regional Justice Center - 200 Lewis Avenue - Las Vegas, NV 89155", 8, "sans")
    s.center(1.4, "CERTIFICATE OF DISPOSITION", 15, "serif-bold")
    y = (
        s.grid(
            0.7,
            1.85,
            7.1,
            [
                (
                    0.45,
                    [
                        (
                            3,
                            "STATE OF NEVADA, Plaintiff, vs. DEFENDANT",
                            defendant.last_first(False),
                        ),
                        (1.5, "CASE NO.", case_no),
                    ],
                ),
                (
                    0.45,
                    [
                        (1.5, "DATE OF BIRTH", us(dob)),
                        (1.5, "DATE OF ARREST", us(arrest)),
                        (2, "ARRESTING AGENCY", "LVMPD"),
                    ],
                ),
            ],
        )
        + 0.25
    )
    rows = [
        ["Count", "Charge", "NOC / Statute", "Plea", "Disposition"],
        ["1", "DUI, 1st offense", "53900 / NRS 484C.110", "Guilty", "Convicted"],
        ["2", "Failure to maintain lane", "51007 / NRS 484B.223", "-", "Dismissed"],
    ]
    y = s.table(0.7, y, [0.6, 2.0, 1.8, 0.9, 1.8], rows, pt=9, row_height=0.3) + 0.3
    y = (
        s.paras(
            0.7,
            y,
            7.1,
            [
                f"On {long(plea)} the Defendant, present with counsel, entered a plea of guilty to "
                "Count 1. The Court sentenced the Defendant to two days in the Clark County "
                "Detention "
                "Center, credit for time served (two days); a fine of $585.00 plus administrative "
                "assessments; completion of the DUI Education Program (Level I) and attendance at "
                "a "
                "Victim Impact Panel; no further violations for six months.",
                "The Defendant has paid all fines and fees and filed proof of completion of the "
                "DUI "
                f"Education Program and the Victim Impact Panel. The case was closed on "
                f"{long(closed)}.",
            ],
            pt=10.5,
            face="serif",
        )
        + 0.3
    )
    s.para(
        0.7,
        y,
        7.1,
        "I hereby certify that the foregoing is a true and correct abstract of "
        "the disposition of the above-entitled case as it appears in the records of this "
        "Court.",
        10,
        "serif",
    )
    s.text(0.7, y + 0.9, f"Dated: {long(dt.date(2026, 9, 30))}", 10, "serif")
    s.signature(4.4, y + 0.6, "Deputy Clerk", 16, fill=INK)
    s.line(4.2, y + 1.15, 7.6, y + 1.15)
    s.text(4.2, y + 1.2, "DEPUTY CLERK OF THE COURT", 8.5, "sans")
    s.seal(2.1, y + 2.0, 0.65, "JUSTICE COURT * LAS VEGAS TOWNSHIP * ", "SEAL")
    return [s]


def dui_program(person: Person, finished: dt.date, panel: dt.date) -> list[Sheet]:
    """Proof of a completed program: a DUI school's certificate of completion (landscape,
    the instructor's signature) on which the Victim Impact Panel date is written by hand."""
    s = Sheet(11, 8.5)
    s.border(0.4, 3.0)
    s.center(0.9, "SOUTHERN NEVADA TRAFFIC SAFETY INSTITUTE", 15, "sans-bold")
    s.center(1.25, "State-certified DUI Education Program - Level I (8 hours)", 10, "sans")
    s.center(2.0, "CERTIFICATE OF COMPLETION", 28, "serif-bold")
    s.center(2.8, "This certifies that", 12, "serif-italic")
    s.center(3.2, person.name, 26, "script", fill=INK)
    s.line(2.5, 3.85, 8.5, 3.85)
    s.center(
        4.05,
        f"has successfully completed the DUI Education Program on {long(finished)}",
        12,
        "serif",
    )
    s.center(
        4.35,
        "as required by NRS 484C.400 and ordered by the Justice Court, Las Vegas Township.",
        12,
        "serif",
    )
    s.text(1.2, 5.2, "Victim Impact Panel attended:", 11, "serif")
    hand(s, 3.9, 5.02, f"{us(panel)}  - MADD Las Vegas, Cert # VIP-40582", 15)
    s.signature(1.3, 6.2, "Leonard Whitfield", 18, fill=INK)
    s.line(1.2, 6.75, 4.6, 6.75)
    s.text(1.2, 6.8, "Leonard Whitfield, Certified DUI Instructor #0311", 9, "sans")
    s.text(7.0, 6.8, "Certificate No. SN-2019-07716", 9, "mono-bold")
    s.seal(8.9, 6.3, 0.6, "TRAFFIC SAFETY INSTITUTE * LAS VEGAS * ", "NV")
    return [s]


def opla_denial(person: Person, a_number: str, when: dt.date, request: dt.date) -> list[Sheet]:
    """OPLA's short letter declining a request for prosecutorial discretion."""
    s = Sheet()
    s.center(0.55, "U.S. Department of Homeland Security", 11, "serif-bold")
    s.center(0.75, "U.S. Immigration and Customs Enforcement", 10, "serif")
    s.center(0.92, "Office of the Principal Legal Advisor - Las Vegas", 10, "serif")
    s.center(1.08, "501 S. Las Vegas Blvd., Suite 200, Las Vegas, NV 89101", 8.5, "sans")
    s.line(0.9, 1.3, 7.6, 1.3, 1.0)
    y = s.text(0.9, 1.6, long(when), 11, "serif") + 0.2
    y = (
        s.lines(
            0.9, y, [person.name, "5308 Bristol Bend Court", "Las Vegas, NV 89135"], 11, "serif"
        )
        + 0.2
    )
    y = (
        s.text(
            0.9,
            y,
            f"Re: Request for Prosecutorial Discretion - {person.name}, A# {a_number}",
            11,
            "serif-bold",
        )
        + 0.2
    )
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"Dear {person.first} {person.surname}:",
            f"The Office of the Principal Legal Advisor (OPLA) has received and reviewed your "
            f"request for prosecutorial discretion dated {long(request)}. After careful "
            "consideration of the totality of the circumstances, OPLA has determined not to "
            "exercise prosecutorial discretion in your case at this time.",
            "This decision does not preclude you from submitting a new request should your "
            "circumstances change. Your case remains on the immigration court's docket and you "
            "must appear at all scheduled hearings.",
            "Sincerely,",
        ],
        pt=11,
        face="serif",
    )
    s.signature(1.0, y, "Chief Counsel", 18, fill=INK)
    s.lines(0.9, y + 0.55, ["Deputy Chief Counsel", "OPLA Las Vegas"], 10, "serif")
    return [s]


def parish_filipino(person: Person, father: Person, when: dt.date) -> list[Sheet]:
    """A Filipino-American parish ministry's letter of support."""
    return [
        write_letter(
            (
                "St. Lorenzo Ruiz Filipino Catholic Community",
                [
                    "at St. Joseph, Husband of Mary Church - 7260 W. Sahara Avenue, Las Vegas, NV "
                    "89117"
                ],
                (30, 80, 150),
                "cross",
            ),
            long(when),
            [],
            None,
            "To Whom It May Concern:",
            [
                f"{person.name} has been an active member of our Filipino community at this parish "
                "since 2009. She sings in the Simbang Gabi choir every December and for years has "
                "organized the rosary group that visits homebound elders.",
                f"Since her father, {father.name}, became ill, she has brought him to Sunday Mass "
                "in his wheelchair whenever he is strong enough, and members of our group take "
                "turns sitting with him so she can rest. Her son Adrian serves at the altar.",
                "She is a devoted daughter and mother, and we ask that she be allowed to stay "
                "with her family.",
            ],
            "God bless,",
            "Corazon M. Tolentino",
            ["Coordinator, Filipino Ministry"],
            pt=10.5,
        )
    ]


# ---------------------------------------------------------------- Nigerian veteran, Georgia


def npc_birth(
    person: Person, father: str, mother: str, cert_no: str, registered: dt.date, seed: int
) -> list[Sheet]:
    """A National Population Commission birth certificate (a late registration): green
    border, the coat of arms' place, numbered particulars, the registrar's signature."""
    s = Sheet(paper=(246, 250, 244))
    s.security_background(seed, (214, 232, 214))
    s.border(0.35, 3.0)
    s.center(0.6, "FEDERAL REPUBLIC OF NIGERIA", 14, "serif-bold", fill=(10, 90, 40))
    s.center(0.88, "NATIONAL POPULATION COMMISSION", 12, "serif-bold")
    s.center(1.1, "(Births and Deaths Registration Act, Cap B9 LFN 2004)", 8, "serif")
    s.center(1.5, "BIRTH CERTIFICATE", 20, "serif-bold", fill=(10, 90, 40))
    s.text(5.8, 1.95, f"Certificate No. {cert_no}", 9, "mono-bold", fill=(170, 30, 30))
    y = 2.4
    rows = [
        ("Name of Child", up(person.name)),
        ("Sex", "MALE"),
        ("Date of Birth", long(person.born).upper()),
        ("Place of Birth", "UNIVERSITY OF NIGERIA TEACHING HOSPITAL, ENUGU"),
        ("Town / Village", "ENUGU"),
        ("Local Government Area", "ENUGU NORTH"),
        ("State", "ENUGU STATE"),
        ("Name of Father", up(father)),
        ("Nationality of Father", "NIGERIAN"),
        ("Name of Mother", up(mother)),
        ("Nationality of Mother", "NIGERIAN"),
        ("Name of Informant", up(father)),
        ("Date of Registration", long(registered).upper()),
        ("Registration Centre", "ENUGU NORTH LGA REGISTRATION CENTRE"),
    ]
    for i, (label, value) in enumerate(rows, 1):
        s.text(0.8, y, f"{i}.  {label}", 10, "serif")
        s.text(3.4, y, value, 10, "mono-bold")
        s.line(3.35, y + 0.2, 7.7, y + 0.2, 0.4, GREY)
        y += 0.36
    s.para(
        0.8,
        y + 0.2,
        6.9,
        "I certify that the above is a true extract from the Register of "
        "Births in my custody. (Late Registration: attestation of age sworn before the "
        "Registrar.)",
        9.5,
        "serif",
    )
    s.signature(4.8, y + 0.85, "Ugwu", 18, fill=INK)
    s.line(4.6, y + 1.35, 7.6, y + 1.35)
    s.text(4.6, y + 1.4, "Registrar, Enugu North LGA", 9, "serif")
    s.seal(2.0, y + 1.5, 0.65, "NATIONAL POPULATION COMMISSION * ENUGU * ", "NPC")
    return [s]


def waec(
    person: Person, cand_no: str, year: int, grades: list[tuple[str, str]], seed: int
) -> list[Sheet]:
    """A West African Senior School Certificate: the council's heading, the candidate, the
    subjects and grades in words, the registrar's signature."""
    s = Sheet(paper=(250, 248, 236))
    s.security_background(seed, (232, 226, 204))
    s.border(0.35, 2.2)
    s.center(0.6, "THE WEST AFRICAN EXAMINATIONS COUNCIL", 15, "serif-bold", fill=(120, 30, 30))
    s.center(0.95, "WEST AFRICAN SENIOR SCHOOL CERTIFICATE", 13, "serif-bold")
    s.center(1.2, f"MAY/JUNE {year}", 11, "serif-bold")
    s.text(0.8, 1.7, "This is to certify that", 11, "serif-italic")
    s.text(0.8, 2.0, up(f"{person.surname} {person.given}"), 14, "mono-bold")
    s.text(
        0.8,
        2.35,
        f"Candidate No. {cand_no}     Centre: COLLEGE OF IMMACULATE CONCEPTION, ENUGU",
        9.5,
        "serif",
    )
    s.text(
        0.8,
        2.6,
        "sat the West African Senior School Certificate Examination and obtained "
        "the following results:",
        10,
        "serif",
    )
    rows = [["SUBJECT", "GRADE"]] + [[subj, grade] for subj, grade in grades]
    y = (
        s.table(1.2, 3.0, [4.0, 2.0], rows, pt=10, row_height=0.3, rules="header", header_fill=None)
        + 0.3
    )
    s.text(0.8, y, f"Number of subjects: {len(grades)}", 10, "serif")
    s.signature(4.9, y + 0.6, "Registrar", 18, fill=INK)
    s.line(4.7, y + 1.1, 7.6, y + 1.1)
    s.text(4.7, y + 1.15, "Registrar to the Council", 9, "serif")
    s.seal(2.1, y + 1.3, 0.6, "WEST AFRICAN EXAMINATIONS COUNCIL * ", "WAEC")
    s.text(0.8, 10.1, "Any alteration renders this certificate invalid.", 8, "serif-italic")
    return [s]


def transcript(
    person: Person,
    student_id: str,
    terms: list[tuple[str, list[tuple]]],
    degree: str,
    conferred: dt.date,
) -> list[Sheet]:
    """A community college's official transcript: two pages of terms and courses, GPA,
    degree conferred, the registrar's facsimile signature on the last page."""
    pages = []
    half = (len(terms) + 1) // 2
    total_hours, total_points = 0.0, 0.0
    for n, chunk in enumerate((terms[:half], terms[half:]), 1):
        s = Sheet(paper=(244, 246, 250))
        s.security_background(90 + n, (228, 232, 242))
        s.text(0.5, 0.4, "GWINNETT VALLEY COMMUNITY COLLEGE", 13, "serif-bold", fill=(20, 40, 100))
        s.text(
            0.5,
            0.62,
            "Office of the Registrar - 1250 Sugarloaf Parkway, Lawrenceville, GA 30043",
            8,
            "sans",
        )
        s.text(7.95, 0.42, "OFFICIAL TRANSCRIPT", 11, "sans-bold", align="right")
        s.text(7.95, 0.62, f"Page {n} of 2", 8, "sans", align="right")
        y = (
            s.grid(
                0.5,
                0.9,
                7.5,
                [
                    (
                        0.4,
                        [
                            (3, "STUDENT NAME", person.last_first(False)),
                            (1.5, "STUDENT ID", student_id),
                            (1.5, "DATE OF BIRTH", us(person.born)),
                        ],
                    ),
                ],
                value_pt=9,
            )
            + 0.2
        )
        for term, courses in chunk:
            y = s.text(0.5, y, term, 9.5, "sans-bold") + 0.03
            rows = [["Course", "Title", "Grade", "Hrs", "Pts"]]
            for code, title, grade, hours in courses:
                pts = {"A": 4, "B": 3, "C": 2, "D": 1}.get(grade, 0) * hours
                total_hours += hours
                total_points += pts
                rows.append([code, title, grade, f"{hours:.1f}", f"{pts:.1f}"])
            y = (
                s.table(
                    0.5,
                    y,
                    [1.1, 4.0, 0.7, 0.8, 0.9],
                    rows,
                    pt=8.5,
                    row_height=0.24,
                    rules="header",
                    header_fill=None,
                )
                + 0.25
            )
        if n == 2:
            y = (
                s.text(
                    0.5,
                    y,
                    f"CUMULATIVE: Hours {total_hours:.1f}  Points {total_points:.1f}  "
                    f"GPA {total_points / total_hours:.2f}",
                    9.5,
                    "mono-bold",
                )
                + 0.2
            )
            y = (
                s.text(0.5, y, f"DEGREE CONFERRED: {degree}  {us(conferred)}", 9.5, "mono-bold")
                + 0.5
            )
            s.signature(0.7, y, "M. Okafor-Hill", 16, fill=INK)
            s.text(
                0.5,
                y + 0.5,
                "Registrar.  This transcript is official only with the "
                "registrar's signature and the college seal.",
                8,
                "sans",
            )
            s.seal(6.6, y + 0.2, 0.55, "GWINNETT VALLEY COMMUNITY COLLEGE * ", "GVCC")
        pages.append(s)
    return pages


def dd214(person: Person, ssn: str, entered: dt.date, separated: dt.date, seed: int) -> list[Sheet]:
    """DD Form 214, Certificate of Release or Discharge from Active Duty: its numbered boxes
    in rows, the member's and official's signatures, member copy 4."""
    s = Sheet()
    s.text(0.4, 0.3, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES", 7, "sans-bold")
    s.text(7.6, 0.3, "THIS IS AN IMPORTANT RECORD. SAFEGUARD IT.", 7, "sans-bold", align="right")
    s.center(0.5, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY", 11, "sans-bold")
    s.text(0.4, 0.55, "DD FORM 214", 7, "sans-bold")
    net = separated - entered
    years, rest = divmod(net.days, 365)
    months, days = divmod(rest, 30)
    given = person.given.split()
    name = f"{up(person.surname)}, {up(given[0])} {up(given[1])}"
    w = 7.7
    y = s.grid(
        0.4,
        0.75,
        w,
        [
            (
                0.42,
                [
                    (3, "1. NAME (Last, First, Middle)", name),
                    (2, "2. DEPARTMENT, COMPONENT AND BRANCH", "ARMY/RA"),
                    (1.5, "3. SOCIAL SECURITY NUMBER", ssn),
                ],
            ),
            (
                0.42,
                [
                    (1.5, "4.a. GRADE, RATE OR RANK", "SGT"),
                    (1, "b. PAY GRADE", "E05"),
                    (1.5, "5. DATE OF BIRTH (YYYYMMDD)", person.born.strftime("%Y%m%d")),
                    (2, "6. RESERVE OBLIG. TERM. DATE (YYYYMMDD)", "20220303"),
                ],
            ),
            (
                0.42,
                [
                    (2, "7.a. PLACE OF ENTRY INTO ACTIVE DUTY", "ATLANTA, GA"),
                    (3, "b. HOME OF RECORD AT TIME OF ENTRY", "LAWRENCEVILLE, GA 30044"),
                ],
            ),
            (
                0.42,
                [
                    (3, "8.a. LAST DUTY ASSIGNMENT AND MAJOR COMMAND", "HHC 3 ID SUST BDE FORSCOM"),
                    (2, "b. STATION WHERE SEPARATED", "FORT STEWART, GA 31314"),
                ],
            ),
            (
                0.42,
                [
                    (2.5, "9. COMMAND TO WHICH TRANSFERRED", "USAR CON GP (ANNUAL TRAINING)"),
                    (1.5, "10. SGLI COVERAGE", "$400,000.00"),
                ],
            ),
        ],
        label_pt=5.2,
        value_pt=8.5,
    )
    box11 = (
        "92F20 PETROLEUM SUPPLY SPECIALIST - 4 YRS 2 MOS//88M10 MOTOR TRANSPORT OPERATOR "
        "- 1 YR 10 MOS//NOTHING FOLLOWS"
    )
    box13 = (
        "ARMY COMMENDATION MEDAL//ARMY ACHIEVEMENT MEDAL (2ND AWARD)//ARMY GOOD CONDUCT "
        "MEDAL//NATIONAL DEFENSE SERVICE MEDAL//GLOBAL WAR ON TERRORISM SERVICE MEDAL//"
        "ARMY SERVICE RIBBON//OVERSEAS SERVICE RIBBON//NOTHING FOLLOWS"
    )
    s.field(
        0.4,
        y,
        w * 0.55,
        1.25,
        "11. PRIMARY SPECIALTY (List number, title and years and months in specialty)",
        box11,
        label_pt=5.2,
        value_pt=7.5,
    )
    x = 0.4 + w * 0.55
    s.rect(x, y, w * 0.45, 1.25, weight=0.6)
    s.text(x + 0.04, y + 0.02, "12. RECORD OF SERVICE        YEAR(S)  MONTH(S)  DAY(S)", 5.2)
    records = [
        ("a. DATE ENTERED AD THIS PERIOD", entered.strftime("%Y  %m  %d")),
        ("b. SEPARATION DATE THIS PERIOD", separated.strftime("%Y  %m  %d")),
        ("c. NET ACTIVE SERVICE THIS PERIOD", f"{years:04d}  {months:02d}  {days:02d}"),
        ("d. TOTAL PRIOR ACTIVE SERVICE", "0000  00  00"),
        ("e. TOTAL PRIOR INACTIVE SERVICE", "0000  00  00"),
        ("f. FOREIGN SERVICE", "0000  09  11"),
        ("g. SEA SERVICE", "0000  00  00"),
    ]
    ry = y + 0.16
    for label, value in records:
        s.text(x + 0.06, ry, label, 5.2)
        s.text(x + 2.3, ry - 0.02, value, 7.5, "mono-bold")
        ry += 0.155
    y += 1.25
    s.field(
        0.4,
        y,
        w * 0.55,
        1.2,
        "13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN "
        "RIBBONS AWARDED OR AUTHORIZED (All periods of service)",
        box13,
        label_pt=5.2,
        value_pt=7.5,
    )
    s.field(
        0.4 + w * 0.55,
        y,
        w * 0.45,
        1.2,
        "14. MILITARY EDUCATION (Course title, number of weeks, and month and year completed)",
        "PETROLEUM SUPPLY SPECIALIST, 9 WEEKS, 2014//BASIC LEADER COURSE, 4 WEEKS, 2017//"
        "COMBAT LIFESAVER, 1 WEEK, 2016//NOTHING FOLLOWS",
        label_pt=5.2,
        value_pt=7.5,
    )
    y += 1.2
    y = s.grid(
        0.4,
        y,
        w,
        [
            (
                0.42,
                [
                    (2, "15.a. COMMISSIONED THROUGH SERVICE ACADEMY", "NO"),
                    (2, "b. COMMISSIONED THROUGH ROTC", "NO"),
                    (2, "c. ENLISTED UNDER LOAN REPAYMENT PROGRAM", "NO"),
                ],
            ),
            (
                0.42,
                [
                    (3, "16. DAYS ACCRUED LEAVE PAID", "12"),
                    (3, "17. MEMBER WAS PROVIDED COMPLETE DENTAL EXAMINATION", "YES"),
                ],
            ),
        ],
        label_pt=5.2,
        value_pt=8.5,
    )
    s.field(
        0.4,
        y,
        w,
        1.1,
        "18. REMARKS",
        "ENLISTED UNDER THE MILITARY ACCESSIONS VITAL TO THE NATIONAL INTEREST (MAVNI) "
        "PROGRAM//SERVICE IN KUWAIT 20170514-20180224//MEMBER HAS COMPLETED FIRST FULL TERM "
        "OF SERVICE//NOTHING FOLLOWS",
        label_pt=5.2,
        value_pt=7.5,
    )
    y += 1.1
    y = s.grid(
        0.4,
        y,
        w,
        [
            (
                0.55,
                [
                    (
                        3,
                        "19.a. MAILING ADDRESS AFTER SEPARATION",
                        "2231 LAWRENCEVILLE HWY APT 14B, DECATUR, GA 30033",
                    ),
                    (2, "21.a. MEMBER SIGNATURE", ""),
                    (2, "22.a. OFFICIAL AUTHORIZED TO SIGN", ""),
                ],
            ),
        ],
        label_pt=5.2,
        value_pt=7.5,
    )
    s.signature(0.4 + w * 3 / 7 + 0.1, y - 0.38, person.surname, 12)
    s.signature(0.4 + w * 5 / 7 + 0.1, y - 0.38, "T. Boateng", 12, fill=INK)
    s.text(
        0.4,
        y + 0.04,
        "SPECIAL ADDITIONAL INFORMATION (For use by authorized agencies only)",
        6,
        "sans-bold",
    )
    y = s.grid(
        0.4,
        y + 0.2,
        w,
        [
            (
                0.42,
                [
                    (2.5, "23. TYPE OF SEPARATION", "DISCHARGE"),
                    (2.5, "24. CHARACTER OF SERVICE (Include upgrades)", "HONORABLE"),
                ],
            ),
            (
                0.42,
                [
                    (2.5, "25. SEPARATION AUTHORITY", "AR 635-200, CHAPTER 4"),
                    (1, "26. SEPARATION CODE", "MBK"),
                    (1, "27. REENTRY CODE", "1"),
                ],
            ),
            (
                0.42,
                [
                    (
                        5,
                        "28. NARRATIVE REASON FOR SEPARATION",
                        "COMPLETION OF REQUIRED ACTIVE SERVICE",
                    )
                ],
            ),
        ],
        label_pt=5.2,
        value_pt=8.5,
    )
    s.text(
        0.4,
        y + 0.05,
        "DD FORM 214, AUG 2009        PREVIOUS EDITION IS OBSOLETE.      MEMBER - 4",
        6.5,
        "sans-bold",
    )
    return [s]


def va_rating(person: Person, file_no: str, when: dt.date, address: list[str]) -> list[Sheet]:
    """A VA regional office's decision letter on a disability compensation claim: two pages,
    the combined rating, the payment, the conditions granted."""
    p1 = Sheet()
    p1.logo(0.7, 0.5, 0.6, "shield", (20, 40, 90))
    p1.text(1.45, 0.52, "DEPARTMENT OF VETERANS AFFAIRS", 13, "serif-bold", fill=(20, 40, 90))
    p1.text(1.45, 0.78, "Atlanta Regional Benefit Office", 9, "sans")
    p1.text(1.45, 0.93, "1700 Clairmont Road, Decatur GA 30033", 9, "sans")
    p1.text(7.8, 0.55, long(when), 9.5, "sans", align="right")
    p1.text(7.8, 0.72, "In reply, refer to: 316/214", 8, "sans", align="right")
    p1.text(7.8, 0.87, f"VA File Number: {file_no}", 8, "sans", align="right")
    p1.lines(0.9, 1.5, [up(person.name), *(up(a) for a in address)], 10, "mono")
    y = p1.text(0.9, 2.4, f"Dear {person.first} {person.surname}:", 10.5, "serif") + 0.15
    y = (
        p1.paras(
            0.9,
            y,
            6.8,
            [
                "We made a decision on your VA benefits. This letter tells you what we decided, "
                "includes a copy of our decision, and tells you what to do if you disagree.",
                "Your combined disability rating is 70%. Your monthly entitlement amount is shown "
                "below:",
            ],
            pt=10.5,
            face="serif",
        )
        + 0.05
    )
    rows = [
        ["Monthly Entitlement", "Amount", "Effective Date", "Payment Start Date"],
        ["Original award", "$1,663.06", "Mar 04, 2020", "Apr 01, 2020"],
        ["Cost-of-living adjustment", "$1,716.28", "Dec 01, 2020", "Jan 01, 2021"],
    ]
    y = p1.table(0.9, y, [2.1, 1.3, 1.6, 1.8], rows, pt=9, row_height=0.3) + 0.25
    highlight(p1, 0.88, 3.3 + 0.02, 3.4, 0.2)
    y = p1.text(0.9, y, "What We Decided", 11, "serif-bold") + 0.1
    rows = [
        ["Condition", "Decision", "Evaluation"],
        ["Posttraumatic stress disorder", "Service connected", "50%"],
        ["Lumbosacral strain with degenerative disc disease", "Service connected", "20%"],
        ["Tinnitus", "Service connected", "10%"],
        ["Right knee patellofemoral pain syndrome", "Service connected", "0%"],
    ]
    p1.table(0.9, y, [3.6, 1.8, 1.4], rows, pt=9, row_height=0.3)
    p2 = Sheet()
    p2.text(0.9, 0.6, f"{person.first} {person.surname}", 9, "sans")
    p2.text(7.6, 0.6, "Page 2", 9, "sans", align="right")
    p2.text(0.9, 0.8, f"VA File Number {file_no}", 9, "sans")
    y = (
        p2.text(0.9, 1.2, "What You Should Do If You Disagree With Our Decision", 11, "serif-bold")
        + 0.1
    )
    y = p2.paras(
        0.9,
        y,
        6.8,
        [
            "If you do not agree with our decision, you have one year from the date of this letter "
            "to request a Supplemental Claim, a Higher-Level Review, or to appeal to the Board of "
            "Veterans' Appeals. Please see the enclosed VA Form 20-0998.",
            "Are You Entitled to Additional Benefits? Because you have a service-connected "
            "disability rated 30% or more, you may be entitled to additional compensation for a "
            "spouse, child or dependent parent. Based on your combined evaluation you may also be "
            "eligible for Veteran Readiness and Employment (Chapter 31) services and for health "
            "care at your local VA medical center.",
            "If you have questions, call us toll-free at 1-800-827-1000. If you use a "
            "Telecommunications Device for the Deaf (TDD), the number is 711.",
            "Sincerely yours,",
        ],
        pt=10.5,
        face="serif",
    )
    p2.text(0.9, y + 0.1, "Regional Office Director", 10.5, "serif")
    p2.text(0.9, y + 0.35, "Enclosure(s): Rating Decision, VA Form 20-0998", 9, "sans")
    return [p1, p2]


def aam_certificate(person: Person, when: dt.date, seed: int) -> list[Sheet]:
    """A Department of the Army certificate of an Army Achievement Medal (landscape)."""
    s = Sheet(11, 8.5, paper=(250, 248, 240))
    s.border(0.45, 3.0)
    s.center(0.85, "DEPARTMENT OF THE ARMY", 20, "serif-bold")
    s.center(1.45, "THIS IS TO CERTIFY THAT", 12, "serif")
    s.center(1.75, "THE SECRETARY OF THE ARMY HAS AWARDED", 12, "serif")
    s.center(2.3, "THE ARMY ACHIEVEMENT MEDAL", 22, "serif-bold")
    s.center(2.85, "TO", 12, "serif")
    given = person.given.split()
    s.center(
        3.25, f"SPECIALIST {up(given[0])} {up(given[1])[0]}. {up(person.surname)}", 16, "serif-bold"
    )
    s.center(3.7, "ALPHA COMPANY, 3RD INFANTRY DIVISION SUSTAINMENT BRIGADE", 11, "serif")
    s.para(
        1.3,
        4.2,
        8.4,
        "FOR MERITORIOUS SERVICE AS A PETROLEUM SUPPLY SPECIALIST DURING "
        "OPERATION SPARTAN SHIELD, CAMP BUEHRING, KUWAIT. SPECIALIST NWACHUKWU'S DEDICATION "
        "AND TECHNICAL SKILL ENSURED THE SAFE RECEIPT AND ISSUE OF OVER 1.2 MILLION GALLONS OF "
        "FUEL WITHOUT INCIDENT, REFLECTING GREAT CREDIT UPON HIMSELF, THE SUSTAINMENT "
        "BRIGADE AND THE UNITED STATES ARMY.",
        10.5,
        "serif",
    )
    s.text(
        1.3,
        6.2,
        f"GIVEN UNDER MY HAND IN KUWAIT THIS {when.day}TH DAY OF "
        f"{long(when).split()[0].upper()} {when.year}",
        9.5,
        "serif",
    )
    s.signature(6.7, 6.0, "R. Caldwell", 18, fill=INK)
    s.line(6.4, 6.6, 9.8, 6.6)
    s.text(6.4, 6.65, "RICHARD A. CALDWELL, LTC, LG, Commanding", 8.5, "serif")
    s.text(1.3, 6.9, "PERMANENT ORDER 058-114", 8.5, "serif")
    s.seal(2.3, 7.2, 0.5, "DEPARTMENT OF THE ARMY * ", "")
    return [s]


def logistics_letter(person: Person, when: dt.date, since: dt.date) -> list[Sheet]:
    """An employer's verification letter from a freight company's HR manager."""
    return [
        write_letter(
            (
                "Peachstate Freight Logistics, LLC",
                [
                    "4185 Moreland Avenue, Conley, GA 30288",
                    "Human Resources - 404-555-0191 - hr@peachstatefreight.example",
                ],
                (30, 100, 60),
                "star",
            ),
            long(when),
            [],
            "Re: Employment verification",
            "To whom it may concern:",
            [
                f"This letter confirms that {person.name} has been employed full time by "
                f"Peachstate Freight Logistics since {long(since)}. He began as a yard driver and "
                "since January 2025 has been our fuel and fleet maintenance coordinator at the "
                "Conley terminal, where he supervises six employees.",
                "His current rate of pay is $27.40 per hour and he averages 44 hours a week. He "
                "holds a Class A commercial driver's license and a HAZMAT endorsement.",
                f"{person.first} brought the discipline of his Army service to our company. He has "
                "not missed a shift without notice, trains every new hire on fuel safety, and is "
                "someone we would be very sorry to lose.",
            ],
            "Sincerely,",
            "Sharonda Whitley",
            ["Human Resources Manager"],
            pt=10.5,
        )
    ]


def pay_stub(
    person: Person,
    address: str,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    hours: float,
    rate: float,
    ytd: float,
    n: int,
) -> list[Sheet]:
    """A payroll service's earnings statement: company, employee, period, earnings and
    deductions with year-to-date columns, net pay; a highlighter stroke on the YTD gross."""
    s = Sheet()
    s.text(0.6, 0.5, "PEACHSTATE FREIGHT LOGISTICS, LLC", 12, "sans-bold")
    s.text(0.6, 0.72, "4185 Moreland Avenue, Conley, GA 30288", 8.5, "sans")
    s.text(7.9, 0.5, "EARNINGS STATEMENT", 12, "sans-bold", align="right")
    s.text(7.9, 0.72, f"Check No. {48110 + n * 113}", 8.5, "mono", align="right")
    y = (
        s.grid(
            0.6,
            1.05,
            7.3,
            [
                (
                    0.42,
                    [
                        (3, "EMPLOYEE", up(person.name)),
                        (1.4, "EMPLOYEE ID", "E-20417"),
                        (1.5, "PAY DATE", us(paid)),
                    ],
                ),
                (
                    0.42,
                    [
                        (3, "ADDRESS", address),
                        (1.4, "PERIOD BEGIN", us(period[0])),
                        (1.5, "PERIOD END", us(period[1])),
                    ],
                ),
            ],
            value_pt=8.5,
        )
        + 0.25
    )
    regular = min(hours, 80)
    overtime = max(0.0, hours - 80)
    gross = round(regular * rate + overtime * rate * 1.5, 2)
    fed, ss, med, ga = (round(gross * k, 2) for k in (0.092, 0.062, 0.0145, 0.045))
    net = round(gross - fed - ss - med - ga - 62.31, 2)
    rows = [
        ["Earnings", "Rate", "Hours", "Current", "YTD"],
        ["Regular", f"{rate:.2f}", f"{regular:.2f}", money(regular * rate), money(ytd * 0.9)],
        [
            "Overtime",
            f"{rate * 1.5:.2f}",
            f"{overtime:.2f}",
            money(overtime * rate * 1.5),
            money(ytd * 0.1),
        ],
        ["GROSS PAY", "", "", money(gross), money(ytd)],
    ]
    y = (
        s.table(
            0.6,
            y,
            [2.1, 1.1, 1.1, 1.5, 1.5],
            rows,
            pt=9,
            row_height=0.28,
            align=["left", "right", "right", "right", "right"],
        )
        + 0.25
    )
    highlight(s, 6.4, y - 0.28 + 0.02, 1.5, 0.24)
    rows = [
        ["Deductions", "Current", "YTD"],
        ["Federal Income Tax", money(fed), money(ytd * 0.092)],
        ["Social Security", money(ss), money(ytd * 0.062)],
        ["Medicare", money(med), money(ytd * 0.0145)],
        ["GA State Income Tax", money(ga), money(ytd * 0.045)],
        ["Dental/Vision Pre-Tax", "62.31", money(62.31 * (14 + n * 2))],
    ]
    y = (
        s.table(
            0.6, y, [3.3, 2.0, 2.0], rows, pt=9, row_height=0.28, align=["left", "right", "right"]
        )
        + 0.3
    )
    s.rect(4.6, y, 3.3, 0.45, weight=1.0, fill=(236, 236, 236))
    s.text(4.7, y + 0.1, f"NET PAY   $ {money(net)}", 12, "mono-bold")
    s.text(0.6, y + 0.1, "Direct deposit: XXXXXX4471  Delta Community CU", 8.5, "sans")
    s.line(0.5, y + 0.9, 8.0, y + 0.9, 0.5, GREY)
    s.text(
        0.6,
        y + 0.95,
        "- - - - - - - - - - - - - - - - - - -  NON-NEGOTIABLE  - - - - - - - - "
        "- - - - - - - - - - -",
        8,
        "sans",
        fill=GREY,
    )
    return [s]


# ---------------------------------------------------------------- Oaxacan family, Oregon


def acta(
    person: Person,
    father: str,
    mother: str,
    curp: str,
    registered: dt.date,
    acta_no: str,
    seed: int,
) -> list[Sheet]:
    """A Mexican birth record as the civil registry prints it today: the national heading,
    CURP, the registered person's data, her parents', the registration data, the electronic
    identifier and the certification block."""
    s = Sheet(paper=(252, 250, 244))
    s.security_background(seed, (226, 232, 222))
    s.text(0.6, 0.45, "ESTADOS UNIDOS MEXICANOS", 14, "serif-bold", fill=(100, 20, 40))
    s.text(0.6, 0.75, "ACTA DE NACIMIENTO", 18, "serif-bold")
    s.text(7.9, 0.45, "Identificador Electrónico", 7.5, "sans", align="right")
    s.text(7.9, 0.6, "20010001419870002017", 10, "mono-bold", align="right")
    s.text(7.9, 0.85, f"CURP {curp}", 10, "mono-bold", align="right")
    y = s.grid(
        0.6,
        1.2,
        7.3,
        [
            (
                0.42,
                [
                    (1, "Entidad de Registro", "OAXACA"),
                    (1.5, "Municipio de Registro", "SAN JUAN MIXTEPEC"),
                    (1, "Oficialía", "0001"),
                    (
                        1,
                        "Fecha de Registro",
                        us(registered)[3:6] + us(registered)[:3] + us(registered)[6:],
                    ),
                ],
            ),
            (0.42, [(1, "Libro", "0002"), (1, "Número de Acta", acta_no)]),
        ],
        value_pt=9,
    )
    s.rect(0.6, y + 0.15, 7.3, 0.26, outline=None, fill=(100, 20, 40))
    s.text(0.7, y + 0.19, "Datos de la persona registrada", 9, "sans-bold", fill=(255, 255, 255))
    apellidos = person.surname.split()
    y = s.grid(
        0.6,
        y + 0.45,
        7.3,
        [
            (
                0.45,
                [
                    (2, "Nombre(s)", up(person.given)),
                    (1.5, "Primer Apellido", up(apellidos[0])),
                    (1.5, "Segundo Apellido", up(apellidos[1])),
                ],
            ),
            (
                0.45,
                [
                    (1, "Sexo", "MUJER"),
                    (1.5, "Fecha de Nacimiento", person.born.strftime("%d/%m/%Y")),
                    (2.5, "Lugar de Nacimiento", "SAN JUAN MIXTEPEC, OAXACA"),
                ],
            ),
        ],
        value_pt=9,
    )
    s.rect(0.6, y + 0.15, 7.3, 0.26, outline=None, fill=(100, 20, 40))
    s.text(
        0.7,
        y + 0.19,
        "Datos de filiación de la persona registrada",
        9,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y = (
        s.grid(
            0.6,
            y + 0.45,
            7.3,
            [
                (0.45, [(3, "Padre - Nombre", up(father)), (1.5, "Nacionalidad", "MEXICANA")]),
                (0.45, [(3, "Madre - Nombre", up(mother)), (1.5, "Nacionalidad", "MEXICANA")]),
            ],
            value_pt=9,
        )
        + 0.3
    )
    s.para(0.6, y, 7.3, "Anotaciones marginales: SIN ANOTACIONES.", 9, "sans")
    s.para(
        0.6,
        y + 0.4,
        7.3,
        "El presente documento es una copia fiel del acta que obra en "
        "los archivos del Registro Civil del Estado de Oaxaca, se expide a petición de la "
        "parte interesada, de conformidad con el Código Civil para el Estado de Oaxaca.",
        9,
        "serif",
    )
    s.text(
        0.6,
        y + 1.2,
        "Lugar y fecha de expedición: OAXACA DE JUÁREZ, OAXACA, A 14 DE MARZO DE 2023",
        8.5,
        "sans-bold",
    )
    s.signature(4.5, y + 1.5, "Director", 16, fill=INK)
    s.text(4.5, y + 2.0, "DIRECCIÓN DEL REGISTRO CIVIL DEL ESTADO DE OAXACA", 7.5, "sans")
    s.seal(1.8, y + 2.2, 0.6, "REGISTRO CIVIL * OAXACA * ", "")
    s.text(
        0.6,
        10.3,
        "Firma electrónica: 3eDp9Kq/1f6+Ww2... Cadena original verificable en "
        "gob.mx/ActaNacimiento",
        6.5,
        "mono",
        fill=GREY,
    )
    return [s]


def acta_translation(
    person: Person,
    father: str,
    mother: str,
    curp: str,
    registered: dt.date,
    acta_no: str,
    translator: str,
    address: list[str],
    phone: str,
    signed: dt.date,
) -> list[Sheet]:
    """The English translation of the acta, then the translator's certificate (two pages)."""
    p1 = Sheet()
    p1.center(0.6, "[TRANSLATION FROM SPANISH]", 10, "sans-bold")
    y = p1.lines(
        0.9,
        1.0,
        [
            "UNITED MEXICAN STATES",
            "BIRTH CERTIFICATE",
            "",
            f"Electronic Identifier: 20010001419870002017      CURP: {curp}",
            "",
            "Registry State: OAXACA    Registry Municipality: SAN JUAN MIXTEPEC",
            f"Office: 0001    Registration Date: {us(registered)}    Book: 0002    "
            f"Certificate Number: {acta_no}",
            "",
            "Data of the registered person",
            f"Given name(s): {up(person.given)}",
            f"First surname: {up(person.surname.split()[0])}   Second surname: "
            f"{up(person.surname.split()[1])}",
            f"Sex: FEMALE    Date of birth: {us(person.born)}",
            "Place of birth: SAN JUAN MIXTEPEC, OAXACA",
            "",
            "Parents of the registered person",
            f"Father: {up(father)}     Nationality: MEXICAN",
            f"Mother: {up(mother)}     Nationality: MEXICAN",
            "",
            "Marginal notes: NONE.",
            "",
            "This document is a true copy of the record held in the archives of the Civil Registry",
            "of the State of Oaxaca, issued at the request of the interested party, pursuant to "
            "the",
            "Civil Code of the State of Oaxaca.",
            "",
            "Place and date of issue: OAXACA DE JUAREZ, OAXACA, MARCH 14, 2023",
            "[Signature]  DIRECTORATE OF THE CIVIL REGISTRY OF THE STATE OF OAXACA",
            "[Seal: CIVIL REGISTRY - OAXACA]",
            "[Electronic signature and verification string]",
        ],
        10.5,
        "serif",
    )
    p2 = Sheet()
    p2.center(1.0, "CERTIFICATE OF TRANSLATION", 15, "serif-bold")
    y = (
        p2.paras(
            0.9,
            1.7,
            6.7,
            [
                f"I, {translator}, certify that I am competent to translate from Spanish into "
                "English, "
                "and that the foregoing translation of the attached birth certificate (acta de "
                f"nacimiento) of {person.name} is complete and accurate to the best of my "
                "knowledge "
                "and ability.",
            ],
            pt=11.5,
            face="serif",
        )
        + 0.6
    )
    p2.signature(1.0, y, translator, 20)
    p2.line(0.9, y + 0.55, 4.5, y + 0.55)
    p2.lines(
        0.9,
        y + 0.6,
        [translator, *address, f"Telephone: {phone}", f"Date: {long(signed)}"],
        10.5,
        "serif",
    )
    return [p1, p2]


def oregon_birth(
    child: Person,
    mother: Person,
    father: str,
    state_no: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """An Oregon certified copy of a certificate of live birth from the Center for Health
    Statistics: heading with the state's name, boxes, the state registrar's certification."""
    s = Sheet(paper=(248, 246, 238))
    s.security_background(seed, (230, 222, 206))
    s.text(0.6, 0.5, "OREGON HEALTH AUTHORITY", 8.5, "sans-bold")
    s.text(0.6, 0.65, "Center for Health Statistics", 8.5, "sans")
    s.center(0.95, "STATE OF OREGON", 16, "serif-bold")
    s.center(1.25, "CERTIFICATE OF LIVE BIRTH", 13, "serif-bold")
    s.text(7.9, 0.5, "STATE FILE NUMBER", 6.5, "sans", align="right")
    s.text(7.9, 0.63, state_no, 10, "mono-bold", align="right")
    y = (
        s.grid(
            0.6,
            1.65,
            7.3,
            [
                (
                    0.5,
                    [
                        (3, "1. CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                        (1, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                    ],
                ),
                (
                    0.5,
                    [
                        (1.3, "3. DATE OF BIRTH", us(child.born)),
                        (1, "4. TIME OF BIRTH", "10:22 AM"),
                        (2, "5. CITY/TOWN OF BIRTH", "SALEM"),
                    ],
                ),
                (
                    0.5,
                    [
                        (2.5, "6. PLACE OF BIRTH (Facility name)", "SALEM HOSPITAL"),
                        (1.5, "7. COUNTY OF BIRTH", "MARION"),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "8a. MOTHER'S CURRENT LEGAL NAME", up(mother.name)),
                        (1.5, "8b. DATE OF BIRTH", us(mother.born)),
                        (1.5, "8c. BIRTHPLACE", "MEXICO"),
                    ],
                ),
                (
                    0.5,
                    [
                        (
                            3,
                            "9a. MOTHER'S RESIDENCE - STREET, CITY",
                            "1187 N. BOONES FERRY RD, WOODBURN",
                        ),
                        (1, "9b. COUNTY", "MARION"),
                        (1, "9c. STATE", "OREGON"),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "10a. FATHER'S CURRENT LEGAL NAME", father),
                        (1.5, "10b. BIRTHPLACE", "MEXICO"),
                    ],
                ),
                (0.5, [(2, "11. DATE FILED", us(filed)), (2, "12. AMENDMENTS", "NONE")]),
            ],
        )
        + 0.4
    )
    s.para(
        0.7,
        y,
        7.0,
        "I certify that this is a true copy of the official record filed with "
        "the Oregon Center for Health Statistics.",
        9.5,
        "serif",
    )
    s.text(0.7, y + 0.6, f"ISSUED: {us(issued)}", 9, "mono-bold")
    s.signature(4.5, y + 0.4, "Registrar", 16, fill=INK)
    s.text(4.5, y + 0.9, "STATE REGISTRAR", 8, "sans")
    s.seal(2.0, y + 1.8, 0.6, "STATE OF OREGON * HEALTH STATISTICS * ", "OR")
    return [s]


def report_card(
    student: Person,
    parent: Person,
    school: str,
    grade: str,
    year: str,
    teacher: str,
    rows: list[tuple[str, str, str, str]],
    absences: int,
) -> list[Sheet]:
    """A school district's standards-based report card: student, parent, school year, subject
    marks by trimester (1-4), attendance, the teacher's comment."""
    s = Sheet()
    s.text(0.6, 0.5, "WOODBURN SCHOOL DISTRICT", 11, "sans-bold", fill=(20, 80, 60))
    s.text(0.6, 0.7, school, 10, "sans")
    s.text(7.9, 0.5, "REPORT CARD / BOLETA DE CALIFICACIONES", 10, "sans-bold", align="right")
    s.text(7.9, 0.7, f"School Year {year}", 9, "sans", align="right")
    y = (
        s.grid(
            0.6,
            1.0,
            7.3,
            [
                (
                    0.42,
                    [
                        (3, "Student", up(student.name)),
                        (1, "Grade", grade),
                        (1.5, "Student ID", f"{(student.born.toordinal() * 7) % 900000 + 100000}"),
                    ],
                ),
                (
                    0.42,
                    [(3, "Parent/Guardian", up(parent.name)), (2.5, "Teacher / Advisor", teacher)],
                ),
            ],
            value_pt=9,
        )
        + 0.25
    )
    s.text(0.6, y, "4 = Exceeds   3 = Meets   2 = Approaching   1 = Beginning", 8, "sans-italic")
    y += 0.25
    table = [["Subject", "T1", "T2", "T3"]] + [list(r) for r in rows]
    y = s.table(0.6, y, [4.3, 1.0, 1.0, 1.0], table, pt=9.5, row_height=0.3) + 0.3
    y = (
        s.table(
            0.6,
            y,
            [4.3, 1.0, 1.0, 1.0],
            [
                ["Attendance", "T1", "T2", "T3"],
                [
                    "Days absent",
                    str(absences // 3),
                    str(absences - 2 * (absences // 3)),
                    str(absences // 3),
                ],
                ["Days tardy", "0", "1", "0"],
            ],
            pt=9.5,
            row_height=0.3,
        )
        + 0.3
    )
    s.text(0.6, y, "Teacher comments:", 9, "sans-bold")
    hand(
        s,
        0.8,
        y + 0.2,
        f"{student.first} works hard and helps classmates. Keep reading at home!",
        14,
        fill=PENCIL,
    )
    return [s]


def lease_pages(
    tenant: Person,
    landlord: str,
    address: list[str],
    start: dt.date,
    end: dt.date,
    rent: int,
    signed: dt.date,
) -> list[Sheet]:
    """A three-page residential rental agreement from a stationery-store form: printed terms,
    blanks filled in by hand, initials at each foot, signatures on the last page."""
    pages = []
    terms = [
        (
            "1. PARTIES.",
            "This Rental Agreement is between the Landlord named above and the "
            "Tenant(s) named above, for the premises at the address above.",
        ),
        (
            "2. TERM.",
            "The tenancy begins on the start date and ends on the end date written "
            "above. After the end date the tenancy continues month to month unless "
            "either party gives written notice as Oregon law requires.",
        ),
        (
            "3. RENT.",
            "Rent is due on the first day of each month. Rent paid after the fourth "
            "day is late, and a late charge may be charged as allowed by ORS 90.260.",
        ),
        (
            "4. DEPOSIT.",
            "Tenant has paid the security deposit written above, to be returned as "
            "provided by ORS 90.300 after the Tenant moves out.",
        ),
        (
            "5. OCCUPANTS.",
            "The premises shall be occupied only by the Tenant and the persons "
            "listed: two minor children.",
        ),
        (
            "6. UTILITIES.",
            "Tenant pays electricity and gas. Landlord pays water, sewer and garbage.",
        ),
        (
            "7. REPAIRS.",
            "Landlord shall keep the premises habitable. Tenant shall report any "
            "needed repair in writing and keep the premises clean and safe.",
        ),
        (
            "8. ENTRY.",
            "Landlord may enter with at least 24 hours' notice, or without notice in an emergency.",
        ),
        ("9. PETS.", "No pets without the Landlord's written consent."),
        ("10. SMOKING.", "No smoking inside the dwelling."),
        ("11. NOTICES.", "Notices to the Tenant may be delivered at the premises."),
        ("12. ENTIRE AGREEMENT.", "This Agreement is the entire agreement of the parties."),
    ]
    chunks = [terms[:4], terms[4:9], terms[9:]]
    for n, chunk in enumerate(chunks, 1):
        s = Sheet()
        s.center(0.5, "RESIDENTIAL RENTAL AGREEMENT", 15, "serif-bold")
        s.center(0.78, "(Month-to-Month or Fixed Term)  -  Oregon", 9, "serif")
        y = 1.2
        if n == 1:
            for label, value in [
                ("Landlord:", landlord),
                ("Tenant(s):", tenant.name),
                ("Premises:", f"{address[0]}, {address[1]}"),
                ("Start date:", us(start)),
                ("End date:", us(end)),
                ("Monthly rent: $", f"{rent:,}.00"),
                ("Security deposit: $", f"{rent:,}.00"),
            ]:
                s.text(0.9, y + 0.1, label, 10.5, "serif")
                s.line(2.6, y + 0.35, 7.6, y + 0.35, 0.5, GREY)
                hand(s, 2.7, y, value, 14)
                y += 0.45
            y += 0.2
        for label, text in chunk:
            y = s.text(0.9, y, label, 10.5, "serif-bold")
            y = s.para(0.9, y, 6.7, text, 10.5, "serif") + 0.18
        if n == 3:
            y += 0.4
            for who, name in (("LANDLORD", landlord), ("TENANT", tenant.name)):
                s.line(0.9, y + 0.45, 4.6, y + 0.45)
                s.signature(1.0, y, name.split()[0], 16)
                s.text(0.9, y + 0.5, f"{who}: {name}", 9, "sans")
                s.text(5.0, y + 0.5, "Date:", 9, "sans")
                hand(s, 5.5, y + 0.3, us(signed), 13)
                y += 1.0
        s.text(0.9, 10.3, f"Page {n} of 3", 8, "sans")
        s.text(6.0, 10.3, "Tenant initials:", 8, "sans")
        hand(s, 7.0, 10.15, "".join(p[0] for p in tenant.name.split()[:3]), 13)
        pages.append(s)
    return pages


def pge_bill(
    person: Person, address: list[str], when: dt.date, account: str, kwh: int, amount: float
) -> list[Sheet]:
    """An electric utility's monthly statement: account, service address, usage chart,
    amount due, the tear-off stub; the name and address highlighted."""
    s = Sheet()
    s.text(0.6, 0.5, "Portland General Electric", 15, "sans-bold", fill=(0, 90, 150))
    s.text(
        0.6,
        0.8,
        "PO Box 4438, Portland, OR 97208-4438  -  portlandgeneral.example  -  503-555-0133",
        8,
        "sans",
    )
    s.text(7.9, 0.5, "Your Energy Statement", 11, "sans-bold", align="right")
    s.text(7.9, 0.72, f"Statement date {us(when)}", 9, "sans", align="right")
    y = (
        s.grid(
            0.6,
            1.15,
            7.3,
            [
                (0.42, [(3, "ACCOUNT HOLDER", up(person.name)), (2, "ACCOUNT NUMBER", account)]),
                (0.42, [(5, "SERVICE ADDRESS", f"{up(address[0])}, {up(address[1])}")]),
            ],
            value_pt=9.5,
        )
        + 0.3
    )
    highlight(s, 0.66, 1.37, 3.5, 0.2)
    highlight(s, 0.66, 1.79, 4.6, 0.2)
    rows = [
        ["Charges for service", "Amount"],
        ["Basic charge", "13.00"],
        [f"Energy charge  {kwh} kWh @ 0.1495", money(kwh * 0.1495)],
        ["Public purpose charge", money(kwh * 0.0041)],
        ["City of Woodburn franchise fee", money(kwh * 0.006)],
        ["Total current charges", money(amount)],
    ]
    y = s.table(0.6, y, [5.3, 2.0], rows, pt=9.5, row_height=0.3, align=["left", "right"]) + 0.35
    s.text(0.6, y, "Monthly usage (kWh)", 9, "sans-bold")
    rng = random.Random(kwh)
    for i in range(13):
        h = rng.uniform(0.3, 1.2) if i < 12 else kwh / 900
        s.rect(0.7 + i * 0.45, y + 1.5 - h, 0.3, h, weight=0.4, fill=(150, 180, 210))
    y += 1.8
    s.rect(4.8, y - 1.4, 3.1, 0.9, weight=1.2)
    s.text(4.95, y - 1.3, "Amount due", 10, "sans")
    s.text(4.95, y - 1.05, f"$ {money(amount)}", 18, "sans-bold")
    s.text(4.95, y - 0.68, f"Due by {us(when + dt.timedelta(days=21))}", 9, "sans")
    s.line(0.5, y + 0.3, 8.0, y + 0.3, 0.5, GREY)
    s.text(0.6, y + 0.4, "Please return this portion with your payment.", 8, "sans")
    s.lines(0.6, y + 0.7, [up(person.name), up(address[0]), up(address[1])], 9.5, "mono")
    s.text(5.2, y + 0.7, f"Account {account}", 9, "mono")
    s.text(5.2, y + 0.9, f"Amount due $ {money(amount)}", 9, "mono")
    return [s]


def nwnatural_bill(
    person: Person, address: list[str], when: dt.date, account: str, therms: int, amount: float
) -> list[Sheet]:
    """A gas utility's bill: a different company's layout (a left column of account facts)."""
    s = Sheet()
    s.rect(0, 0, 8.5, 1.0, outline=None, fill=(30, 90, 60))
    s.text(0.6, 0.3, "NW Natural", 20, "sans-bold", fill=(255, 255, 255))
    s.text(7.9, 0.4, "Gas bill", 13, "sans", fill=(255, 255, 255), align="right")
    s.lines(
        0.6,
        1.3,
        [
            f"Bill date: {abbreviated(when)}",
            f"Account: {account}",
            f"Service period: {us(when - dt.timedelta(days=31))} - "
            f"{us(when - dt.timedelta(days=1))}",
        ],
        9.5,
        "sans",
    )
    s.lines(4.6, 1.3, [person.name, address[0], address[1]], 10, "sans-bold")
    y = 2.4
    rows = [
        ["Meter reading", "Previous", "Current", "Therms"],
        ["Meter 000839214", "4,112", f"{4112 + therms:,}", str(therms)],
    ]
    y = s.table(0.6, y, [2.8, 1.5, 1.5, 1.5], rows, pt=9.5, row_height=0.3) + 0.3
    rows = [
        ["Charges", "Amount"],
        ["Customer charge", "8.00"],
        [f"Delivery and gas {therms} therms", money(amount - 8 - 2.17)],
        ["Public purpose charge", "2.17"],
        ["Total amount due", money(amount)],
    ]
    y = s.table(0.6, y, [5.3, 2.0], rows, pt=9.5, row_height=0.3, align=["left", "right"]) + 0.4
    s.para(
        0.6,
        y,
        7.2,
        "Pay by the due date to avoid a late charge. Pague antes de la fecha "
        "de vencimiento para evitar un cargo por atraso. Questions? 1-800-555-0166.",
        9,
        "sans",
    )
    s.stamp(
        5.0, y + 0.7, ["PAID", us(when + dt.timedelta(days=9))], 12, colour=(30, 90, 160), angle=-9
    )
    return [s]


def teacher_letter(child: Person, mother: Person, when: dt.date) -> list[Sheet]:
    """A teacher's letter about a pupil and her mother's part in her schooling."""
    return [
        write_letter(
            (
                "Cascade Heights Elementary School",
                [
                    "1800 W. Hayes Street, Woodburn, OR 97071",
                    "Woodburn School District - 503-555-0121",
                ],
                (20, 80, 60),
                "star",
            ),
            long(when),
            [],
            None,
            "To whom it may concern:",
            [
                f"I am {child.first}'s fifth-grade teacher in our dual-language program this year, "
                f"and I was also her second-grade teacher. I have known her mother, "
                f"{mother.name}, for three years.",
                f"Ms. {mother.surname.split()[0]} has come to every parent-teacher conference, "
                "often straight from her shift at the nursery, and she volunteers at our family "
                "literacy nights, where she helps other Mixtec-speaking parents who are new to the "
                "school follow along in Spanish. She reads with Valeria every night.",
                f"{child.first} is a bright, kind student who reads above grade level in both "
                "English and Spanish. She is very close to her mother and her brother, and the "
                "thought of being separated from her mother worries her deeply. I hope this letter "
                "helps her family stay together.",
            ],
            "Sincerely,",
            "Rachel Yoder-Camacho",
            ["Grade 5 Teacher, Dual Language Program"],
            pt=10.5,
        )
    ]


def vivero_letter(worker: Person, when: dt.date, since: int) -> list[Sheet]:
    """An employer's letter written in Spanish by the owner of a plant nursery."""
    return [
        write_letter(
            (
                "Viveros Hermanos Ochoa",
                ["9870 Butteville Road NE, Aurora, OR 97002", "Tel. (503) 555-0154"],
                (40, 110, 40),
                "leaf",
            ),
            spelled(when, "es").join(["Aurora, Oregón, a ", ""]),
            [],
            None,
            "A quien corresponda:",
            [
                f"Por medio de la presente hago constar que la señora {worker.name} trabaja en "
                f"nuestro vivero desde la temporada de {since}. Empezó en la siembra y el "
                "trasplante "
                "de plantas en maceta y desde hace seis años es encargada de una cuadrilla de ocho "
                "trabajadoras en los invernaderos.",
                "Es una persona muy responsable, puntual y honrada. Nunca ha faltado sin avisar y "
                "las demás trabajadoras la respetan mucho. Trabaja de marzo a noviembre, cuarenta "
                "y cinco horas por semana, y en invierno la llamamos para el mantenimiento de los "
                "invernaderos.",
                "Extiendo la presente a petición de la interesada para los fines legales que a "
                "ella "
                "convengan.",
            ],
            "Atentamente,",
            "Rogelio Ochoa Villaseñor",
            ["Propietario"],
            pt=10.5,
        )
    ]


# ---------------------------------------------------------------- the representative's form


def g28(
    client: Person,
    a_number: str,
    address: list[str],
    rep: dict,
    signed: dt.date,
    accredited: bool = False,
) -> list[Sheet]:
    """Form G-28, Notice of Entry of Appearance as Attorney or Accredited Representative: two
    pages of the form's parts, typed, signed by the client and the representative."""
    p1 = Sheet()
    p1.text(0.5, 0.4, "Notice of Entry of Appearance", 12, "sans-bold")
    p1.text(0.5, 0.6, "as Attorney or Accredited Representative", 12, "sans-bold")
    p1.text(7.95, 0.4, "Department of Homeland Security", 8.5, "sans", align="right")
    p1.text(7.95, 0.56, "DHS Form G-28  OMB No. 1615-0105", 8, "sans", align="right")
    p1.line(0.5, 0.9, 8.0, 0.9, 1.5)
    y = 1.05
    p1.rect(0.5, y, 7.5, 0.24, outline=None, fill=(40, 40, 40))
    p1.text(
        0.58,
        y + 0.04,
        "Part 1.  Information About Attorney or Accredited Representative",
        9,
        "sans-bold",
        fill=(255, 255, 255),
    )
    first, *_, last = rep["name"].split()
    y = (
        p1.grid(
            0.5,
            y + 0.3,
            7.5,
            [
                (
                    0.45,
                    [
                        (1, "2.a. Family Name (Last Name)", up(last)),
                        (1, "2.b. Given Name (First Name)", up(first)),
                        (1, "1. Online Account Number (if any)", ""),
                    ],
                ),
                (0.45, [(3, "3.a. Street Number and Name", up(rep["address"][0]))]),
                (0.45, [(3, "3.d. City or Town, State, ZIP Code", up(rep["address"][1]))]),
                (
                    0.45,
                    [
                        (1, "4. Daytime Telephone Number", rep["phone"]),
                        (2, "6. Email Address", rep["email"]),
                    ],
                ),
            ],
        )
        + 0.2
    )
    p1.rect(0.5, y, 7.5, 0.24, outline=None, fill=(40, 40, 40))
    p1.text(
        0.58,
        y + 0.04,
        "Part 2.  Eligibility Information for Attorney or Accredited Representative",
        9,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y += 0.4
    p1.checkbox(
        0.6,
        y,
        not accredited,
        "1.a. I am an attorney eligible to practice law in, and "
        "a member in good standing of, the bar of the highest courts of:",
        8.5,
    )
    y = (
        p1.grid(
            0.9,
            y + 0.25,
            7.1,
            [
                (
                    0.45,
                    [
                        (2, "Licensing Authority", rep.get("bar", "")),
                        (1, "1.b. Bar Number (if applicable)", rep.get("bar_no", "")),
                    ],
                ),
            ],
        )
        + 0.15
    )
    p1.checkbox(
        0.6,
        y,
        accredited,
        "2.a. I am an accredited representative of the following "
        "qualified nonprofit religious, charitable, social service, or similar "
        "organization recognized by EOIR:",
        8.5,
    )
    y = (
        p1.grid(
            0.9,
            y + 0.25,
            7.1,
            [
                (
                    0.45,
                    [
                        (2, "2.b. Name of Recognized Organization", up(rep["organization"])),
                        (1, "EOIR ID", rep["eoir_id"]),
                    ],
                ),
            ],
        )
        + 0.2
    )
    p1.rect(0.5, y, 7.5, 0.24, outline=None, fill=(40, 40, 40))
    p1.text(
        0.58,
        y + 0.04,
        "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
        9,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y += 0.35
    p1.text(
        0.6,
        y,
        "1.a. [X] USCIS  [X] ICE  [ ] CBP    2.a. List the form numbers or specific "
        "matter: PROSECUTORIAL DISCRETION REQUEST / OPLA",
        8.5,
        "sans",
    )
    y = p1.grid(
        0.5,
        y + 0.3,
        7.5,
        [
            (
                0.45,
                [
                    (1, "6.a. Client Family Name (Last Name)", up(client.surname)),
                    (1, "6.b. Client Given Name (First Name)", up(client.given)),
                ],
            ),
            (
                0.45,
                [
                    (1, "10. Client A-Number (if any)", a_number),
                    (1, "8. Client Date of Birth", us(client.born)),
                ],
            ),
            (
                0.45,
                [
                    (2, "12.a. Client Street Number and Name", up(address[0])),
                    (1, "12.d. City, State, ZIP", up(address[1])),
                ],
            ),
        ],
    )
    p1.text(0.5, 10.45, "Form G-28 Edition 09/17/18          Page 1 of 2", 7, "sans", fill=GREY)
    p2 = Sheet()
    p2.text(0.5, 0.5, "Part 4.  Client's Consent to Representation and Signature", 10, "sans-bold")
    y = (
        p2.para(
            0.5,
            0.8,
            7.4,
            "I have requested the representation of and consented to being "
            "represented by the attorney or accredited representative named in Part 1. of "
            "this form. I understand that any notices and documents will be sent to my "
            "attorney or accredited representative.",
            9,
            "sans",
        )
        + 0.3
    )
    y = p2.grid(
        0.5,
        y,
        7.5,
        [
            (0.6, [(3, "2.a. Signature of Client", ""), (1, "2.b. Date of Signature", us(signed))]),
        ],
    )
    p2.signature(0.7, y - 0.5, client.name, 16)
    y += 0.5
    p2.text(0.5, y, "Part 5.  Signature of Attorney or Accredited Representative", 10, "sans-bold")
    y = (
        p2.para(
            0.5,
            y + 0.3,
            7.4,
            "I have read and understand the regulations and conditions "
            "contained in 8 CFR 103.2 and 292 governing appearances and representation "
            "before the Department of Homeland Security. I declare under penalty of "
            "perjury under the laws of the United States that the information I have "
            "provided on this form is true and correct.",
            9,
            "sans",
        )
        + 0.3
    )
    y = p2.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.6,
                [
                    (3, "1.a. Signature of Attorney or Accredited Representative", ""),
                    (1, "1.b. Date of Signature", us(signed)),
                ],
            ),
        ],
    )
    p2.signature(0.7, y - 0.5, rep["name"], 16)
    p2.text(0.5, 10.45, "Form G-28 Edition 09/17/18          Page 2 of 2", 7, "sans", fill=GREY)
    return [p1, p2]
