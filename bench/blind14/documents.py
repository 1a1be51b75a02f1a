# ruff: noqa: E501  (the documents' own wording, kept one phrase a line)
"""The papers of the fourteenth blind corpus, drawn as their issuers print them: passports of
Benin, Guinea-Bissau, Tonga and Haiti with their zones, an acte de naissance of Porto-Novo with
its date in words, a certidão of Bissau's Conservatória, a Tongan entry of birth, an extrait of
Haiti's Archives Nationales, Alaska, Vermont and Hawaii birth certificates, an NGB Form 22, a
hospital's discharge summary, a pharmacy's profile, payroll and bank apps' screens, W-2s, IRS
transcripts, a remittance history, leases, bills, a magistrate court's judgment, G-28s and
letters. Every name, number and address is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw, ImageFilter

from tests.realistic import dates, mrz
from tests.realistic.model import Person, up
from tests.realistic.paper import (
    GREY,
    INK,
    Sheet,
    card,
    letterhead,
    monospace_page,
    mrz_lines,
    portrait,
    tinted,
)

D = dt.date
us = dates.us
long = dates.long


# ---------------------------------------------------------------- marks of handling


def folded(sheet: Sheet, folds: int = 2, seed: int = 0) -> Sheet:
    """A letter folded in thirds (or halves) for an envelope: soft creases across the page."""
    rng = random.Random(seed)
    w, h = sheet.image.size
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    for k in range(1, folds + 1):
        y = round(h * k / (folds + 1)) + rng.randint(-12, 12)
        draw.line((0, y, w, y + rng.randint(-6, 6)), fill=70, width=max(2, sheet.dpi // 60))
    layer = layer.filter(ImageFilter.GaussianBlur(sheet.dpi / 50))
    sheet.image.paste(Image.new("RGB", (w, h), (150, 150, 150)), (0, 0), layer)
    sheet.draw = ImageDraw.Draw(sheet.image)
    return sheet


def page_footer(s: Sheet, left: str, right: str) -> None:
    s.line(0.6, s.height - 0.62, s.width - 0.6, s.height - 0.62, 0.5, GREY)
    s.text(0.6, s.height - 0.55, left, 7, "sans", fill=GREY)
    s.text(s.width - 0.6, s.height - 0.55, right, 7, "sans", fill=GREY, align="right")


# ---------------------------------------------------------------- passports


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
    heading: list[str],
    labels: list[str],
    date_language: str = "en",
    tint: tuple[tuple[int, int, int], tuple[int, int, int]] = ((228, 232, 240), (214, 220, 232)),
    personal: str = "",
) -> tuple[list[Sheet], tuple[str, str]]:
    """A TD3 data page: the issuer's name (in its languages), a photo, twelve labelled fields
    and the machine-readable zone."""
    s = card(125, 88)
    tinted(s, *tint)
    s.security_background(seed, (tint[1][0] - 18, tint[1][1] - 14, tint[1][2] - 8))
    y = 0.1
    for i, line in enumerate(heading):
        y = s.center(y, line, 9 if i == 0 else 7.5, "sans-bold" if i == 0 else "sans")
    portrait(s, 0.22, 0.62, 1.15, 1.45, seed)
    surname, given = up(person.surname), up(person.given)

    def when(d: dt.date) -> str:
        return dates.card(d, date_language)

    values = [
        "P",
        code,
        number,
        surname,
        given,
        nationality,
        when(person.born),
        person.sex,
        up(person.birthplace),
        when(issued),
        when(expiry),
        authority,
    ]
    fields = list(zip(labels, values, strict=True))
    x0, x1 = 1.55, 3.25
    rows = [
        [(x0, 0), (x0 + 0.55, 1), (x1, 2)],
        [(x0, 3)],
        [(x0, 4)],
        [(x0, 5)],
        [(x0, 6), (x1, 7)],
        [(x0, 8)],
        [(x0, 9), (x1, 10)],
        [(x0, 11)],
    ]
    y = 0.6
    for row in rows:
        for x, i in row:
            label, value = fields[i]
            s.text(x, y, label, 5.2, "sans", fill=GREY)
            s.text(x, y + 0.085, value, 7.6, "mono-bold")
        y += 0.27
    s.signature(0.3, 2.15, person.first, 11)
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
    s.rect(0, 2.72, s.width, s.height - 2.72, outline=None, fill=(240, 240, 238))
    mrz_lines(s, 2.8, zone, 11.5)
    return [s], zone


# ---------------------------------------------------------------- forms shared by the families


def w2(
    *,
    year: int,
    employee: Person,
    ssn_last: str,
    address: list[str],
    employer: list[str],
    ein: str,
    control: str,
    wages: float,
    federal: float,
    state: str = "",
    state_id: str = "",
    state_wages: float = 0.0,
    state_tax: float = 0.0,
    copy: str = "Copy B—To Be Filed With Employee's FEDERAL Tax Return.",
) -> list[Sheet]:
    """Form W-2, one copy on the top half of a page, as payroll services print it."""
    s = Sheet()
    ss, med = round(wages * 0.062, 2), round(wages * 0.0145, 2)
    money = "{:,.2f}".format
    x, w = 0.5, 7.5
    s.text(x, 0.45, "22222", 8, "sans-bold")
    s.text(1.6, 0.45, "Void", 7)
    y = 0.65
    rows = [
        (
            0.42,
            [
                (1.2, "a  Employee's social security number", f"XXX-XX-{ssn_last}"),
                (1.0, "OMB No. 1545-0029", ""),
                (1.3, "1  Wages, tips, other compensation", money(wages)),
                (1.3, "2  Federal income tax withheld", money(federal)),
            ],
        ),
        (
            0.42,
            [
                (2.2, "b  Employer identification number (EIN)", ein),
                (1.3, "3  Social security wages", money(wages)),
                (1.3, "4  Social security tax withheld", money(ss)),
            ],
        ),
        (
            0.8,
            [
                (2.2, "c  Employer's name, address, and ZIP code", "\n".join(employer)),
                (1.3, "5  Medicare wages and tips", money(wages)),
                (1.3, "6  Medicare tax withheld", money(med)),
            ],
        ),
        (
            0.42,
            [
                (2.2, "d  Control number", control),
                (1.3, "7  Social security tips", ""),
                (1.3, "8  Allocated tips", ""),
            ],
        ),
        (
            0.95,
            [
                (
                    2.2,
                    "e  Employee's first name and initial   Last name   Suff.\n"
                    "f  Employee's address and ZIP code",
                    "\n".join([up(employee.name), *address]),
                ),
                (1.3, "9", ""),
                (1.3, "10  Dependent care benefits", ""),
            ],
        ),
        (
            0.42,
            [
                (2.2, "11  Nonqualified plans", ""),
                (1.3, "12a  See instructions for box 12", "DD | 6,284.16"),
                (1.3, "13  Statutory employee / Retirement plan / Third-party sick pay", ""),
            ],
        ),
        (
            0.45,
            [
                (0.5, "15 State", state),
                (1.2, "Employer's state ID number", state_id),
                (1.0, "16  State wages, tips, etc.", money(state_wages) if state else ""),
                (1.0, "17  State income tax", money(state_tax) if state else ""),
                (1.0, "18  Local wages, tips, etc.", ""),
                (0.9, "19  Local income tax", ""),
                (0.8, "20  Locality name", ""),
            ],
        ),
    ]
    y = s.grid(x, y, w, rows, label_pt=5.8, value_pt=9)
    s.text(x, y + 0.08, "Form", 7)
    s.text(x + 0.35, y + 0.02, "W-2", 20, "sans-bold")
    s.text(x + 1.2, y + 0.06, "Wage and Tax", 11, "sans-bold")
    s.text(x + 1.2, y + 0.24, "Statement", 11, "sans-bold")
    s.text(x + 2.6, y + 0.05, str(year), 22, "sans-bold")
    s.text(x + 4.3, y + 0.06, "Department of the Treasury—Internal Revenue Service", 7)
    s.text(x, y + 0.55, copy, 7, "sans-bold")
    s.text(x, y + 0.68, "This information is being furnished to the Internal Revenue Service.", 6.5)
    s.line(0.3, 5.6, 8.2, 5.6, 0.5, GREY)
    s.text(
        4.25,
        5.65,
        "- - - - - - - - - - fold and detach here - - - - - - - - - -",
        6,
        align="center",
    )
    return [s]


def irs_return_transcript(
    *,
    year: int,
    person: Person,
    ssn_last: str,
    address: list[str],
    requested: dt.date,
    tracking: str,
    wages: float,
    status: str = "Single",
    spouse: Person | None = None,
    spouse_last: str = "",
    received: dt.date | None = None,
    withheld: float = 0.0,
    refund: float = 0.0,
    exemptions: int = 1,
) -> list[Sheet]:
    """A Tax Return Transcript as the IRS prints it: a monospace page, names cut to four letters."""
    money = "${:,.2f}".format
    names = person.irs + (f" & {spouse.irs}" if spouse else "")
    agi = wages
    deduction = 31500.0 if status.startswith("Married") else 15750.0
    if year < 2025:
        deduction = 29200.0 if status.startswith("Married") else 14600.0
    taxable = max(0.0, agi - deduction)
    tax = round(taxable * 0.105, 0)
    received = received or D(year + 1, 3, 14)
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                         Tax Return Transcript",
        "",
        f"Request Date:              {dates.dashed(requested)}",
        f"Response Date:             {dates.dashed(requested)}",
        f"Tracking Number:           {tracking}",
        f"SSN Provided:              XXX-XX-{ssn_last}",
        f"Tax Period Ending:         Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and",
        "the amount as adjusted (PC), if applicable. They do not show subsequent",
        "activity on the account.",
        "",
        f"SSN:                                        XXX-XX-{ssn_last}",
    ]
    if spouse:
        lines.append(f"SPOUSE SSN:                                 XXX-XX-{spouse_last}")
    lines += [
        f"NAME(S) SHOWN ON RETURN:                    {names}",
        f"ADDRESS:                                    {address[0][:4].upper()} "
        + address[0].split()[-2][:4].upper(),
        f"FILING STATUS:                              {status}",
        "FORM NUMBER:                                1040",
        f"CYCLE POSTED:                               {year + 1}{received.isocalendar()[1]:02d}05",
        f"RECEIVED DATE:                              {received.strftime('%b.%d, %Y')}",
        "REMITTANCE:                                 $0.00",
        f"EXEMPTION NUMBER:                           {exemptions}",
        "DEPENDENT 1 NAME CTRL:",
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:                 {money(wages)}",
        "TAXABLE INTEREST INCOME: SCH B:             $0.00",
        "TAX-EXEMPT INTEREST:                        $0.00",
        "ORDINARY DIVIDEND INCOME: SCH B:            $0.00",
        "BUSINESS INCOME OR LOSS (Schedule C):       $0.00",
        "TOTAL INCOME:                               " + money(wages),
        "",
        "Adjustments to Income",
        "TOTAL ADJUSTMENTS:                          $0.00",
        f"ADJUSTED GROSS INCOME:                      {money(agi)}",
        "",
        "Tax and Credits",
        f"STANDARD DEDUCTION PER COMPUTER:            {money(deduction)}",
        f"TAXABLE INCOME:                             {money(taxable)}",
        f"TENTATIVE TAX:                              {money(tax)}",
        f"TOTAL TAX LIABILITY TP FIGURES:             {money(tax)}",
        "",
        "Payments",
        f"FEDERAL INCOME TAX WITHHELD:                {money(withheld)}",
        "",
        "Refund or Amount Owed",
        "AMOUNT YOU OWE:                             $0.00",
        f"REFUND AMOUNT:                              {money(refund)}",
        "",
        "Third Party Designee",
        "THIRD PARTY DESIGNEE NAME:",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return [monospace_page(lines, pt=9)]


def g28(
    *,
    rep: dict,
    client: Person,
    a_number: str,
    address: list[str],
    phone: str,
    signed: dt.date,
    matter: str = "Removal proceedings before EOIR; request for prosecutorial discretion to OPLA",
) -> list[Sheet]:
    """Form G-28's first page: Part 1 about the representative, Part 2 eligibility, Part 3 the
    client, Edition 09/17/18."""
    s = Sheet()
    s.text(0.6, 0.45, "Notice of Entry of Appearance", 14, "sans-bold")
    s.text(0.6, 0.7, "as Attorney or Accredited Representative", 14, "sans-bold")
    s.text(0.6, 0.98, "Department of Homeland Security", 9)
    s.text(7.9, 0.45, "DHS", 12, "sans-bold", align="right")
    s.text(7.9, 0.68, "Form G-28", 12, "sans-bold", align="right")
    s.text(7.9, 0.9, "OMB No. 1615-0105", 8, align="right")
    s.text(7.9, 1.05, "Expires 05/31/2027", 8, align="right")
    s.line(0.6, 1.25, 7.9, 1.25, 1.5)
    s.rect(0.6, 1.3, 7.3, 0.6, 0.6)
    s.text(0.7, 1.35, "Part 1.  Information About Attorney or", 9, "sans-bold")
    s.text(0.7, 1.52, "Accredited Representative", 9, "sans-bold")
    s.text(3.9, 1.35, "Select this box if you are an attorney or accredited representative", 6.5)
    s.checkbox(3.9, 1.55, True, "Attorney eligible to practice law (Part 2, Item 1.a.)", 7)
    given, surname = rep["name"].split()[0], rep["name"].split()[-1]
    street = rep["address"][0]
    city = rep["address"][-1]
    y = 2.0
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (0.42, [(1, "1.  USCIS Online Account Number (if any)", "")]),
            (
                0.45,
                [
                    (1, "2.a.  Family Name (Last Name)", surname.upper()),
                    (1, "2.b.  Given Name (First Name)", given.upper()),
                    (0.5, "2.c.  Middle Name", ""),
                ],
            ),
            (
                0.45,
                [
                    (2, "3.a.  Street Number and Name", street.upper()),
                    (0.6, "3.b.  Apt. Ste. Flr.", ""),
                ],
            ),
            (
                0.45,
                [
                    (1.6, "3.c.  City or Town", city.split(",")[0].upper()),
                    (0.4, "3.d.  State", city.split(",")[1].split()[0]),
                    (0.6, "3.e.  ZIP Code", city.split()[-1]),
                ],
            ),
            (
                0.45,
                [
                    (1, "4.  Daytime Telephone Number", rep["phone"]),
                    (1.4, "6.  Email Address (if any)", rep["email"]),
                ],
            ),
        ],
        value_pt=9,
    )
    y += 0.12
    s.text(
        0.6,
        y,
        "Part 2.  Eligibility Information for Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y += 0.22
    s.checkbox(
        0.7,
        y,
        True,
        "1.a.  I am an attorney eligible to practice law in, and a member in good standing of,",
        7.5,
    )
    y += 0.18
    s.text(
        0.9,
        y,
        "the bar of the highest courts of the following States, possessions, territories, ...",
        7.5,
    )
    y += 0.2
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1.6, "Licensing Authority", rep.get("bar", "")),
                    (1, "1.b.  Bar Number (if applicable)", rep.get("bar_no", "")),
                ],
            ),
            (
                0.45,
                [
                    (
                        1,
                        "1.d.  Name of Law Firm or Organization (if applicable)",
                        rep["organization"].upper(),
                    )
                ],
            ),
        ],
        value_pt=9,
    )
    y += 0.12
    s.text(
        0.6,
        y,
        "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y += 0.2
    s.para(
        0.6,
        y,
        7.2,
        "This appearance relates to immigration matters before (select only one box): "
        "[X] ICE   [ ] USCIS   [ ] CBP.  List the specific matter: " + matter,
        7.5,
        "sans",
    )
    y += 0.5
    s.text(
        0.6,
        y,
        "Information About Client (Applicant, Petitioner, Requestor, Beneficiary or "
        "Derivative, Respondent, or Authorized Signatory for an Entity)",
        7.5,
        "sans-bold",
    )
    y += 0.2
    s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1, "5.a.  Client's Family Name (Last Name)", up(client.surname)),
                    (1, "5.b.  Client's Given Name (First Name)", up(client.first)),
                    (0.7, "5.c.  Middle Name", up(client.middle)),
                ],
            ),
            (
                0.45,
                [
                    (1, "8.  Client's Alien Registration Number (A-Number)", "A-" + a_number),
                    (1, "10.  Daytime Telephone Number", phone),
                ],
            ),
            (
                0.45,
                [
                    (2, "12.a.  Street Number and Name", address[0].upper()),
                    (1.2, "12.c.  City, State, ZIP", address[-1].upper()),
                ],
            ),
        ],
        value_pt=9,
    )
    s.text(0.6, 10.3, "Form G-28  Edition  09/17/18", 7, "sans-bold")
    s.text(7.9, 10.3, "Page 1 of 4", 7, align="right")
    s.signature(5.3, 9.6, rep["name"], 16)
    s.text(5.3, 10.0, f"Date signed {us(signed)}", 7)
    return [s]


# ---------------------------------------------------------------- phone screens


def phone_screen(
    title: str,
    colour: tuple[int, int, int],
    rows: list[tuple[str, str]],
    *,
    subtitle: str = "",
    header_rows: list[str] | None = None,
    clock: str = "7:42",
    banner: str = "",
) -> Sheet:
    """A phone screenshot (1170 x 2532 pixels): status bar, an app's coloured header, a list of
    two-column rows with thin separators, a tab bar."""
    s = Sheet(3.9, 8.44, 300)
    s.text(0.25, 0.12, clock, 9, "sans-bold")
    s.text(3.65, 0.12, "5G  87%", 8, "sans-bold", align="right")
    s.rect(0, 0.42, s.width, 0.95, outline=None, fill=colour)
    s.text(0.25, 0.55, "<", 16, "sans", fill=(255, 255, 255))
    s.center(0.6, title, 12, "sans-bold", fill=(255, 255, 255))
    if subtitle:
        s.center(0.92, subtitle, 7.5, "sans", fill=(235, 235, 245))
    y = 1.5
    for line in header_rows or []:
        y = s.text(0.25, y, line, 8.5 if line.isupper() else 8, "sans-bold" if y < 1.7 else "sans")
    if header_rows:
        y += 0.08
    if banner:
        s.rect(0.2, y, 3.5, 0.5, outline=None, fill=(238, 241, 247))
        s.text(0.32, y + 0.13, banner, 9, "sans-bold")
        y += 0.62
    for left, right in rows:
        if left.startswith("#"):
            s.rect(0, y, s.width, 0.3, outline=None, fill=(244, 244, 246))
            s.text(0.25, y + 0.07, left[1:], 7, "sans-bold", fill=GREY)
            y += 0.34
            continue
        main, _, sub = left.partition("|")
        s.text(0.25, y, main, 8)
        s.text(3.65, y, right, 8, "sans-bold", align="right")
        if sub:
            s.text(0.25, y + 0.15, sub, 6.5, fill=GREY)
        y += 0.38 if sub else 0.3
        s.line(0.25, y - 0.04, 3.65, y - 0.04, 0.4, (220, 220, 224))
        if y > 7.7:
            break
    s.rect(0, 7.85, s.width, 0.59, outline=None, fill=(248, 248, 250))
    s.line(0, 7.85, s.width, 7.85, 0.5, (210, 210, 215))
    for i, tab in enumerate(["Home", "Activity", "Transfer", "More"]):
        s.text(0.5 + i * 0.95, 8.05, tab, 6.5, "sans", fill=GREY, align="center")
    s.rect(1.35, 8.33, 1.2, 0.04, outline=None, fill=(20, 20, 20))
    return s


# ================================================================ 1. Benin, Anchorage, Alaska


def benin_acte(
    *,
    person: Person,
    number: str,
    father: str,
    mother: str,
    words: str,
    drawn_up: str,
    delivered: dt.date,
    seed: int,
) -> list[Sheet]:
    """An acte de naissance of a Beninese centre d'état civil: the register's margin with the
    number and name, the body in a long paragraph with the date in words, a copy's mention."""
    s = Sheet(paper=(250, 248, 240))
    s.security_background(seed, (236, 232, 218))
    s.text(0.7, 0.55, "REPUBLIQUE DU BENIN", 11, "serif-bold")
    s.text(0.7, 0.75, "Fraternité - Justice - Travail", 8.5, "serif-italic")
    s.lines(
        0.7,
        1.0,
        [
            "DEPARTEMENT DE L'OUEME",
            "COMMUNE DE PORTO-NOVO",
            "ARRONDISSEMENT : 2ème",
            "CENTRE D'ETAT CIVIL PRINCIPAL",
        ],
        8.5,
        "serif",
    )
    s.text(7.8, 0.55, f"Registre : {person.born.year}", 9, "serif", align="right")
    s.center(2.0, "ACTE DE NAISSANCE", 17, "serif-bold")
    s.center(2.35, f"N° {number}", 12, "serif-bold")
    s.rect(0.7, 2.8, 1.7, 6.0, 0.8)
    s.lines(
        0.8,
        2.9,
        [
            f"N° {number}",
            "",
            "NAISSANCE de",
            "",
            up(person.surname),
            person.given,
            "",
            "Sexe : F" if person.sex == "F" else "Sexe : M",
        ],
        9,
        "serif-bold",
    )
    body = (
        f"L'an mil neuf cent quatre-vingt-cinq, le {words}, à six heures trente minutes, est née "
        f"à la Maternité de l'Hôpital de Porto-Novo, {up(person.surname)} {person.given}, de sexe "
        f"féminin, fille de {father}, commerçant, domicilié à Porto-Novo, quartier Ouando, et de "
        f"{mother}, ménagère, domiciliée au même lieu."
    )
    y = s.para(2.6, 2.9, 5.2, body, 11, "serif", leading=1.55)
    y = s.para(
        2.6,
        y + 0.15,
        5.2,
        f"Dressé le {drawn_up} sur la déclaration du père, qui a signé avec Nous, "
        "Officier de l'état civil, après lecture faite.",
        11,
        "serif",
        leading=1.55,
    )
    s.text(2.6, y + 0.2, "Le Déclarant", 10, "serif-italic")
    s.text(5.8, y + 0.2, "L'Officier de l'état civil", 10, "serif-italic")
    s.signature(5.9, y + 0.45, "Dossou", 16, INK)
    s.text(0.7, 9.1, "POUR COPIE CERTIFIEE CONFORME AU REGISTRE", 9.5, "serif-bold")
    s.text(0.7, 9.35, f"Porto-Novo, le {dates.spelled(delivered, 'fr')}", 10, "serif")
    s.text(5.2, 9.35, "Le Chef d'Arrondissement", 10, "serif")
    s.signature(5.3, 9.55, "Agossou", 18)
    s.stamp(4.6, 9.45, ["MAIRIE DE PORTO-NOVO", "ETAT CIVIL"], 9, (40, 60, 150), -10)
    s.stamp(0.9, 9.8, ["TIMBRE FISCAL", "500 F CFA"], 8, (120, 40, 100), 4)
    return [s]


def translation_pages(
    *,
    title: str,
    source_language: str,
    paragraphs: list[str],
    certificate: list[str] | None,
    translator: str,
    translator_lines: list[str],
    signed: dt.date,
) -> list[Sheet]:
    """An English translation on plain paper, and (when given) the translator's certificate on
    a second page."""
    s = Sheet()
    s.center(0.8, f"[Translation from {source_language}]", 10, "serif-italic")
    s.center(1.15, title, 13, "serif-bold")
    y = s.paras(0.9, 1.65, 6.7, paragraphs, gap=0.16, pt=11, face="serif")
    s.text(0.9, y + 0.2, "[Stamps: illegible; seal of the issuing office]", 10, "serif-italic")
    pages = [s]
    if certificate is None:
        return pages
    c = Sheet()
    c.center(1.2, "CERTIFICATE OF TRANSLATION", 14, "serif-bold")
    y = c.paras(0.9, 1.9, 6.7, certificate, gap=0.2, pt=11.5, face="serif")
    c.signature(1.0, y + 0.3, translator, 20)
    c.line(0.9, y + 0.85, 4.2, y + 0.85, 0.6)
    c.lines(0.9, y + 0.9, [translator, *translator_lines, f"Date: {long(signed)}"], 10.5, "serif")
    return [s, c]


def alaska_birth(
    *,
    child: Person,
    mother: Person,
    father: str,
    file_no: str,
    hospital: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """An Alaska certificate of live birth from the Health Analytics and Vital Records Section:
    numbered boxes, boroughs, the section's certification at its foot."""
    s = Sheet(paper=(247, 250, 246))
    s.security_background(seed, (220, 234, 222))
    s.border(0.35, 2.5)
    s.center(0.6, "STATE OF ALASKA", 13, "serif-bold")
    s.center(0.85, "DEPARTMENT OF HEALTH", 9.5, "serif")
    s.center(1.02, "HEALTH ANALYTICS AND VITAL RECORDS SECTION", 9.5, "serif")
    s.center(1.35, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    s.text(7.8, 1.75, f"STATE FILE NUMBER  {file_no}", 8.5, "sans-bold", align="right")
    rows = [
        (
            0.5,
            [
                (1.3, "1a. CHILD - FIRST NAME", up(child.first)),
                (1.0, "1b. MIDDLE NAME", up(child.middle)),
                (1.3, "1c. LAST NAME", up(child.surname)),
            ],
        ),
        (
            0.5,
            [
                (0.7, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                (1.0, "3a. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                (0.6, "3b. TIME", "0317"),
                (1.3, "4a. PLACE OF BIRTH - FACILITY NAME", hospital.upper()),
            ],
        ),
        (
            0.5,
            [
                (1.2, "4b. CITY, TOWN OR LOCATION OF BIRTH", "ANCHORAGE"),
                (1.6, "4c. BOROUGH OR CENSUS AREA", "MUNICIPALITY OF ANCHORAGE"),
            ],
        ),
        (
            0.5,
            [
                (1.8, "5a. MOTHER - CURRENT LEGAL NAME (First, Middle, Last)", up(mother.name)),
                (1.0, "5b. DATE OF BIRTH", us(mother.born)),
                (1.0, "5c. BIRTHPLACE (State or Foreign Country)", "BENIN"),
            ],
        ),
        (
            0.5,
            [
                (2.2, "6a. MOTHER - NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (1.6, "6b. RESIDENCE - CITY AND STATE", "ANCHORAGE, ALASKA"),
            ],
        ),
        (
            0.5,
            [
                (1.8, "7a. FATHER - CURRENT LEGAL NAME (First, Middle, Last)", father.upper()),
                (1.0, "7b. DATE OF BIRTH", "11/02/1981"),
                (1.0, "7c. BIRTHPLACE", "BENIN"),
            ],
        ),
        (
            0.5,
            [
                (1.8, "8a. CERTIFIER - NAME AND TITLE", "L. MARCHETTI-BOYD, CNM"),
                (1.0, "8b. DATE CERTIFIED", us(child.born + dt.timedelta(days=1))),
                (1.0, "9. DATE FILED BY REGISTRAR", us(filed)),
            ],
        ),
    ]
    y = s.grid(0.6, 2.0, 7.3, rows, value_pt=10)
    s.paras(
        0.7,
        y + 0.45,
        7.1,
        [
            "THIS IS A TRUE AND CORRECT CERTIFICATION OF THE RECORD ON FILE WITH THE ALASKA HEALTH "
            "ANALYTICS AND VITAL RECORDS SECTION.  THIS CERTIFICATION IS VALID ONLY WHEN PRINTED ON "
            "SECURITY PAPER BEARING THE RAISED SEAL OF THE STATE OF ALASKA.",
        ],
        pt=8.5,
        face="sans",
    )
    s.seal(1.7, 8.6, 0.75, "STATE OF ALASKA * VITAL RECORDS * ", "SEAL")
    s.signature(4.8, 8.3, "Andrea K. Fullerton", 18, INK)
    s.line(4.6, 8.85, 7.7, 8.85, 0.6)
    s.lines(4.6, 8.9, ["STATE REGISTRAR", f"DATE ISSUED: {us(issued)}"], 8.5, "sans")
    s.text(0.7, 10.3, "VS 1 (REV. 01/2019)", 7, "sans", fill=GREY)
    s.text(
        7.8, 10.3, "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE", 7, "sans-bold", align="right"
    )
    return [s]


HOSPITAL = (
    "Cook Inlet Medical Center",
    [
        "3200 East Tudor Road  |  Anchorage, Alaska 99508",
        "Main (907) 555-0140  |  Health Information Management (907) 555-0187",
    ],
    (20, 70, 110),
    "cross",
)


def discharge_summary(
    *,
    patient: Person,
    mrn: str,
    admitted: dt.date,
    discharged: dt.date,
    surgeon: str,
    oncologist: str,
) -> list[Sheet]:
    """A hospital's discharge summary over two pages, as the patient portal prints it."""
    name = f"{up(patient.surname)}, {up(patient.first)} {patient.middle[:1].upper()}"
    pages = []
    for n in (1, 2):
        s = Sheet()
        y = letterhead(s, *HOSPITAL)
        s.rect(0.8, y - 0.15, 6.9, 0.75, 0.6, fill=(242, 245, 248))
        s.text(0.9, y - 0.1, f"Patient: {name}", 9, "sans-bold")
        s.text(0.9, y + 0.08, f"MRN: {mrn}    DOB: {us(patient.born)}    Sex: F", 8.5)
        s.text(
            0.9,
            y + 0.26,
            f"Admit: {us(admitted)}   Discharge: {us(discharged)}   Unit: 4 West Surgical",
            8.5,
        )
        s.text(7.6, y - 0.1, "DISCHARGE SUMMARY", 10, "sans-bold", align="right")
        y += 0.85
        if n == 1:
            blocks = [
                ("Attending Physician", [f"{surgeon}, Surgical Oncology"]),
                (
                    "Admission Diagnosis",
                    ["Malignant neoplasm of upper-outer quadrant of left female breast (C50.412)"],
                ),
                (
                    "Discharge Diagnoses",
                    [
                        "1. Invasive ductal carcinoma, left breast, grade 2, clinical stage IIA (cT2 N0 M0),",
                        "   ER positive / PR positive / HER2 negative, 2.6 cm on imaging.",
                        "2. Status post left partial mastectomy with sentinel lymph node biopsy (3 nodes).",
                        "3. Iron deficiency anemia.",
                    ],
                ),
                (
                    "Procedures",
                    [
                        f"{us(admitted)}: Left breast partial mastectomy, wire-localized;",
                        "left axillary sentinel lymph node biopsy. Surgeon: " + surgeon + ".",
                    ],
                ),
            ]
            for head, body in blocks:
                y = s.text(0.8, y, head, 10, "sans-bold") + 0.02
                y = s.lines(1.0, y, body, 9.5, "sans") + 0.14
            y = s.text(0.8, y, "Hospital Course", 10, "sans-bold") + 0.02
            course = (
                f"Ms. {patient.surname} is a {admitted.year - patient.born.year}-year-old woman who "
                "presented in August with a palpable left breast mass. Diagnostic mammogram and "
                "ultrasound showed a 2.6 cm irregular mass; core biopsy confirmed invasive ductal "
                "carcinoma. She was admitted electively for surgery, which was uncomplicated. "
                "Estimated blood loss 40 mL. Post-operatively her pain was controlled with oral "
                "analgesics, she tolerated a regular diet and ambulated on post-operative day 0. "
                "A surgical drain was not placed. Final pathology: 2.4 cm invasive ductal "
                "carcinoma, margins negative (closest 3 mm), 0/3 sentinel nodes involved. Oncotype "
                "DX recurrence score 31 (high). Case reviewed at multidisciplinary tumor board: "
                "adjuvant chemotherapy is recommended, followed by whole-breast radiation and "
                "endocrine therapy for at least five years."
            )
            s.para(1.0, y, 6.6, course, 9.5, "sans", leading=1.4)
        else:
            y = s.text(0.8, y, "Discharge Medications", 10, "sans-bold") + 0.06
            y = (
                s.table(
                    0.9,
                    y,
                    [2.6, 1.4, 2.7],
                    [
                        ["Medication", "Dose", "Instructions"],
                        [
                            "acetaminophen 500 mg tablet",
                            "1,000 mg",
                            "every 6 hours as needed for pain",
                        ],
                        ["ibuprofen 600 mg tablet", "600 mg", "every 8 hours with food, 5 days"],
                        ["oxycodone 5 mg tablet (#6)", "5 mg", "every 6 hours only if severe pain"],
                        ["ferrous sulfate 325 mg tablet", "325 mg", "once daily"],
                        ["docusate 100 mg capsule", "100 mg", "twice daily while on oxycodone"],
                    ],
                    pt=8.5,
                )
                + 0.25
            )
            for head, body in [
                ("Condition at Discharge", "Stable. Incisions clean, dry and intact."),
                (
                    "Follow-up",
                    f"{surgeon}, Surgical Oncology, in 10-14 days for wound check. "
                    f"{oncologist}, Medical Oncology, Chugach Cancer Care, within 2 weeks to begin "
                    "adjuvant chemotherapy (port placement to be scheduled). Radiation oncology "
                    "consultation after chemotherapy.",
                ),
                (
                    "Patient Instructions",
                    "No lifting more than 10 lb with the left arm for 2 weeks. "
                    "You may shower after 48 hours. Call for fever over 101 F, redness or drainage "
                    "from the incision, or swelling of the left arm. Interpreter used: French.",
                ),
            ]:
                y = s.text(0.8, y, head, 10, "sans-bold") + 0.02
                y = s.para(1.0, y, 6.6, body, 9.5, "sans", leading=1.4) + 0.15
            y += 0.2
            s.text(
                0.8,
                y,
                f"Electronically signed by {surgeon} on {us(discharged)} 14:32",
                9,
                "sans-italic",
            )
            s.text(
                0.8,
                y + 0.2,
                f"cc: {oncologist}; Primary care: Anchorage Neighborhood Health Center",
                8.5,
            )
        page_footer(
            s,
            f"{name}  MRN {mrn}  Printed {us(discharged + dt.timedelta(days=62))}",
            f"Page {n} of 2",
        )
        pages.append(s)
    return pages


def pharmacy_profile(
    *, patient: Person, address: list[str], printed: dt.datetime, prescriber: str
) -> list[Sheet]:
    """A pharmacy's patient prescription history, printed at the counter for the patient."""
    s = Sheet()
    s.text(0.7, 0.55, "NORTHWAY PHARMACY #214", 13, "sans-bold")
    s.lines(
        0.7,
        0.8,
        [
            "3101 Penland Pkwy, Anchorage, AK 99508   Tel (907) 555-0166",
            "NABP 0241873   DEA-registered retail pharmacy",
        ],
        8.5,
        "sans",
    )
    s.center(1.4, "PATIENT PRESCRIPTION HISTORY", 12, "sans-bold")
    s.center(1.62, "For insurance / tax / personal records", 8.5, "sans-italic")
    info = [
        f"Patient:  {up(patient.surname)}, {up(patient.first)}",
        f"DOB:      {us(patient.born)}",
        f"Address:  {address[0].upper()}, {address[1].upper()}",
        "Plan:     PREMERA BLUE CROSS AK  / GRP 0047731",
        f"Dates:    09/01/2026 - {printed:%m/%d/%Y}",
    ]
    s.lines(0.7, 1.95, info, 9, "mono")
    rows = [["Fill Date", "Rx #", "Drug / Strength", "Qty", "DS", "Prescriber", "Pt Pay"]]
    fills = [
        (
            "09/11/26",
            "7730418",
            "OXYCODONE HCL 5 MG TAB",
            "6",
            "2",
            prescriber.split(",")[0].split()[-1],
            "$3.00",
        ),
        ("09/11/26", "7730419", "IBUPROFEN 600 MG TAB", "15", "5", "HALVORSEN", "$1.50"),
        ("09/29/26", "7731902", "ONDANSETRON 8 MG TAB", "30", "15", "OYELARAN", "$5.00"),
        ("09/29/26", "7731903", "DEXAMETHASONE 4 MG TAB", "12", "6", "OYELARAN", "$2.00"),
        ("09/29/26", "7731904", "OLANZAPINE 5 MG TAB", "8", "8", "OYELARAN", "$4.00"),
        (
            "09/29/26",
            "7731905",
            "LIDOCAINE-PRILOCAINE 2.5-2.5% CRM",
            "30 G",
            "30",
            "OYELARAN",
            "$10.00",
        ),
        (
            "10/13/26",
            "7731902",
            "ONDANSETRON 8 MG TAB  (REFILL 1)",
            "30",
            "15",
            "OYELARAN",
            "$5.00",
        ),
        ("10/27/26", "7733310", "PROCHLORPERAZINE 10 MG TAB", "30", "10", "OYELARAN", "$3.00"),
        (
            "10/27/26",
            "7731903",
            "DEXAMETHASONE 4 MG TAB  (REFILL 1)",
            "12",
            "6",
            "OYELARAN",
            "$2.00",
        ),
        (
            "11/10/26",
            "7731902",
            "ONDANSETRON 8 MG TAB  (REFILL 2)",
            "30",
            "15",
            "OYELARAN",
            "$5.00",
        ),
        ("11/10/26", "7734188", "FERROUS SULFATE 325 MG TAB", "90", "90", "OYELARAN", "$0.00"),
    ]
    y = s.table(
        0.6,
        3.05,
        [0.8, 0.75, 2.55, 0.5, 0.4, 1.1, 0.7],
        rows + [list(f) for f in fills],
        pt=7.8,
        face="mono",
        rules="header",
    )
    s.text(
        0.7,
        y + 0.15,
        f"Total prescriptions: {len(fills)}      Patient paid: $40.50",
        9,
        "mono-bold",
    )
    s.para(
        0.7,
        y + 0.5,
        7.1,
        "This is a record of prescriptions dispensed by this pharmacy. It is "
        "not a receipt for payment. Questions: ask to speak with the pharmacist on duty.",
        8,
        "sans",
    )
    s.text(
        0.7,
        10.3,
        f"Printed {printed:%m/%d/%Y %I:%M %p}  by RPH J. NAKAMURA-ELLIS   Page 1 of 1",
        7.5,
        "mono",
    )
    return [s]


# ================================================================ 2. Guinea-Bissau, Burlington, Vermont


def bissau_certidao(
    *, person: Person, number: str, father: str, mother: str, words: str, issued: dt.date, seed: int
) -> list[Sheet]:
    """A certidão de nascimento of the Conservatória do Registo Civil de Bissau: the ministry's
    heading, the assento's number, its entries line by line, the conservador's certifying."""
    s = Sheet(paper=(252, 251, 246))
    s.security_background(seed, (232, 236, 226))
    s.center(0.55, "REPÚBLICA DA GUINÉ-BISSAU", 12, "serif-bold")
    s.center(0.78, "MINISTÉRIO DA JUSTIÇA E DOS DIREITOS HUMANOS", 9, "serif")
    s.center(0.95, "DIRECÇÃO-GERAL DOS REGISTOS, NOTARIADO E IDENTIFICAÇÃO CIVIL", 9, "serif")
    s.center(1.12, "CONSERVATÓRIA DO REGISTO CIVIL DE BISSAU", 9.5, "serif-bold")
    s.center(1.7, "CERTIDÃO DE NASCIMENTO", 17, "serif-bold")
    s.center(
        2.02, f"(Cópia integral)  -  Assento n.º {number} do ano de {person.born.year}", 10, "serif"
    )
    entries = [
        ("Nome", up(person.name)),
        ("Sexo", "Feminino" if person.sex == "F" else "Masculino"),
        ("Data do nascimento", words),
        ("Hora", "Às dezassete horas"),
        ("Lugar do nascimento", "Hospital Nacional Simão Mendes, Bissau"),
        ("Sector / Região", "Sector Autónomo de Bissau"),
        ("Pai", father),
        ("Mãe", mother),
        ("Avós paternos", "Quintino Có e Isabel Mendy"),
        ("Avós maternos", "Malam Nanque e Fatu Sambu"),
        ("Declarante", "O pai, que assina com o Conservador"),
        ("Data do assento", "Vinte e um de Fevereiro de mil novecentos e noventa"),
    ]
    y = 2.55
    for label, value in entries:
        s.text(0.9, y, f"{label}:", 10.5, "serif-bold")
        y = s.para(3.0, y, 4.7, value, 10.5, "serif", leading=1.35) + 0.1
        s.line(0.9, y - 0.05, 7.7, y - 0.05, 0.3, (190, 190, 180))
    s.para(0.9, y + 0.25, 6.8, "Averbamentos: Nada consta.", 10.5, "serif-italic")
    y = s.para(
        0.9,
        y + 0.7,
        6.8,
        "Certifico que a presente certidão, composta por uma folha, está conforme com o "
        "original do assento arquivado nesta Conservatória.",
        10.5,
        "serif",
    )
    s.text(
        0.9,
        y + 0.2,
        f"Conservatória do Registo Civil de Bissau, aos {dates.spelled(issued, 'pt')}.",
        10.5,
        "serif",
    )
    s.text(4.8, y + 0.6, "O Conservador,", 10.5, "serif")
    s.signature(4.9, y + 0.85, "Tcherno Baldé", 18)
    s.stamp(1.0, y + 0.7, ["CONSERVATÓRIA DO REGISTO", "CIVIL - BISSAU"], 9, (50, 70, 150), 12)
    s.stamp(1.0, 9.7, ["Emolumentos: 2.500 FCFA", "Conta n.º 0418"], 8, (120, 40, 60), -3)
    return [s]


def vermont_birth(
    *,
    child: Person,
    mother: Person,
    father: str,
    file_no: str,
    town: str,
    hospital: str,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """A Vermont certified copy of a birth certificate from the Department of Health's Vital
    Records Office."""
    s = Sheet(paper=(246, 248, 252))
    s.security_background(seed, (222, 228, 242))
    s.border(0.4, 2.0)
    s.text(0.75, 0.7, "STATE OF VERMONT", 12, "serif-bold")
    s.text(0.75, 0.92, "Department of Health - Vital Records Office", 9, "serif")
    s.text(7.75, 0.7, "CERTIFIED COPY", 11, "sans-bold", align="right")
    s.text(7.75, 0.92, f"State File No. {file_no}", 8.5, "sans", align="right")
    s.center(1.45, "CERTIFICATE OF BIRTH", 16, "serif-bold")
    rows = [
        (
            0.5,
            [
                (2.6, "1. CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                (0.9, "2. SEX", "FEMALE" if child.sex == "F" else "MALE"),
            ],
        ),
        (
            0.5,
            [
                (1.1, "3. DATE OF BIRTH", us(child.born)),
                (0.8, "4. TIME OF BIRTH", "10:52 AM"),
                (1.6, "5. FACILITY NAME", hospital.upper()),
            ],
        ),
        (
            0.5,
            [
                (1.5, "6. CITY/TOWN OF BIRTH", town.upper()),
                (1.2, "7. COUNTY OF BIRTH", "CHITTENDEN"),
                (0.8, "8. STATE", "VERMONT"),
            ],
        ),
        (
            0.5,
            [
                (2.4, "9. MOTHER'S CURRENT LEGAL NAME", up(mother.name)),
                (1.1, "10. DATE OF BIRTH", us(mother.born)),
            ],
        ),
        (
            0.5,
            [
                (2.4, "11. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (1.1, "12. BIRTHPLACE", "GUINEA-BISSAU"),
            ],
        ),
        (
            0.5,
            [
                (2.4, "13. FATHER'S CURRENT LEGAL NAME", father.upper()),
                (1.1, "14. BIRTHPLACE", "GUINEA-BISSAU"),
            ],
        ),
        (
            0.5,
            [
                (2.4, "15. MOTHER'S RESIDENCE (Town, State)", f"{town.upper()}, VERMONT"),
                (1.1, "16. DATE FILED", us(child.born + dt.timedelta(days=6))),
            ],
        ),
    ]
    y = s.grid(0.75, 1.95, 7.0, rows, value_pt=10)
    s.para(
        0.8,
        y + 0.4,
        6.9,
        "I certify that this is a true copy of the record on file in the Vital Records Office "
        "of the Vermont Department of Health. Issued under 18 V.S.A. chapter 101.",
        9,
        "serif",
    )
    s.seal(1.8, 8.7, 0.7, "VERMONT DEPARTMENT OF HEALTH * ", "VT")
    s.signature(4.7, 8.4, "Renée Lachapelle-Ortiz", 16, INK)
    s.line(4.5, 8.95, 7.6, 8.95, 0.6)
    s.lines(
        4.5, 9.0, ["State Registrar of Vital Records", f"Date Issued: {us(issued)}"], 9, "serif"
    )
    s.text(
        0.8,
        10.2,
        "NOT VALID WITHOUT RAISED SEAL   *   DO NOT ACCEPT IF ALTERED",
        7,
        "sans-bold",
        fill=GREY,
    )
    return [s]


CHILDRENS = (
    "Champlain Valley Children's Hospital",
    [
        "Division of Pediatric Neurology  |  111 Colchester Avenue, Burlington, VT 05401",
        "Tel (802) 555-0134  |  Fax (802) 555-0135",
    ],
    (100, 40, 110),
    "star",
)


def avs(
    *, patient: Person, mrn: str, visit: dt.date, clinician: str, caregiver: Person
) -> list[Sheet]:
    """An after-visit summary of a pediatric complex-care clinic, two pages."""
    first, second = Sheet(), Sheet()
    for n, s in ((1, first), (2, second)):
        s.rect(0, 0, s.width, 0.9, outline=None, fill=(100, 40, 110))
        s.text(0.6, 0.22, "After Visit Summary", 16, "sans-bold", fill=(255, 255, 255))
        s.text(
            7.9,
            0.28,
            "Champlain Valley Children's Hospital",
            9,
            "sans-bold",
            fill=(255, 255, 255),
            align="right",
        )
        s.text(
            0.6,
            1.05,
            f"{patient.name}   DOB: {patient.born.month}/{patient.born.day}/{patient.born.year}   MRN: {mrn}",
            10,
            "sans-bold",
        )
        s.text(0.6, 1.27, f"{long(visit)}   Pediatric Complex Care Clinic   {clinician}", 9)
        page_footer(s, f"{patient.name} (MRN {mrn})  Printed {us(visit)} 4:18 PM", f"Page {n} of 2")
    y = 1.65
    y = first.text(0.6, y, "Today's Visit", 12, "sans-bold") + 0.05
    y = (
        first.para(
            0.6,
            y,
            7.2,
            "You were seen for: Cerebral palsy, spastic quadriplegic (G80.0); "
            "Epilepsy, focal, controlled (G40.109); Gastrostomy status (Z93.1); "
            "Neuromuscular scoliosis (M41.40).",
            10,
            "sans",
        )
        + 0.15
    )
    y = first.text(0.6, y, "Vitals", 11, "sans-bold") + 0.05
    y = (
        first.table(
            0.6,
            y,
            [1.8, 1.8, 1.8, 1.8],
            [
                ["Weight", "Length", "Heart rate", "SpO2"],
                ["17.9 kg", "109 cm (supine)", "96", "98 %"],
            ],
            pt=9,
        )
        + 0.2
    )
    y = first.text(0.6, y, "Instructions from your care team", 11, "sans-bold") + 0.05
    y = first.paras(
        0.6,
        y,
        7.2,
        [
            "Continue G-tube feeds: PediaSure 1.0, 240 mL four times a day by bolus, water flushes "
            "60 mL with each feed. Weight is stable on the growth curve.",
            "Continue levetiracetam 300 mg by G-tube twice a day. For a seizure longer than 5 minutes "
            "give intranasal midazolam 5 mg and call 911.",
            "Botulinum toxin injections to the hamstrings are scheduled with Physiatry. Keep wearing "
            "ankle-foot orthoses 6 hours a day. Orthopedics will re-check the spine X-ray in 6 months.",
            f"Mom ({caregiver.first}) is the main caregiver at home and gives all feeds, medicines and "
            "stretching. A French/Portuguese interpreter was used for this visit.",
        ],
        gap=0.1,
        pt=9.5,
        face="sans",
    )
    y = 1.65
    y = second.text(0.6, y, "Your Medication List", 12, "sans-bold") + 0.05
    y = (
        second.table(
            0.6,
            y,
            [2.8, 1.4, 3.0],
            [
                ["Medication", "Dose", "How to take"],
                ["levetiracetam 100 mg/mL solution", "300 mg", "by G-tube, 2 times a day"],
                ["baclofen 5 mg tablet", "5 mg", "crushed, by G-tube, 3 times a day"],
                ["midazolam nasal spray", "5 mg", "as needed, seizure over 5 minutes"],
                ["polyethylene glycol 3350", "8.5 g", "in 120 mL water, once daily"],
                ["omeprazole 2 mg/mL suspension", "10 mg", "by G-tube, before breakfast"],
            ],
            pt=8.5,
        )
        + 0.3
    )
    y = second.text(0.6, y, "Upcoming Appointments", 12, "sans-bold") + 0.05
    y = (
        second.table(
            0.6,
            y,
            [1.6, 2.6, 3.0],
            [
                ["Date", "Department", "Provider"],
                ["11/04/2026", "Physiatry - procedures", "T. Okonkwo-Ruiz, MD"],
                ["11/18/2026", "Physical therapy (weekly)", "CVCH Outpatient Rehab"],
                ["12/09/2026", "Pediatric GI / nutrition", "S. Bélanger, RD"],
                ["04/21/2027", "Pediatric Complex Care", clinician],
            ],
            pt=8.5,
        )
        + 0.3
    )
    y = second.text(0.6, y, "Care Team", 12, "sans-bold") + 0.05
    second.lines(
        0.6,
        y,
        [
            "PCP: Old North End Pediatrics",
            f"Complex care: {clinician}",
            "Care coordinator: Maeve Lindgren, RN  (802) 555-0139",
        ],
        9.5,
    )
    return [first, second]


def vermont_lease(
    *, tenant: Person, landlord: str, premises: str, start: dt.date, end: dt.date, rent: int
) -> list[Sheet]:
    """A two-page residential rental agreement of a small Vermont landlord."""
    p1, p2 = Sheet(), Sheet()
    p1.center(0.7, "RESIDENTIAL RENTAL AGREEMENT", 15, "serif-bold")
    p1.center(
        0.98, "(Vermont Residential Rental Agreements Act, 9 V.S.A. chapter 137)", 9, "serif-italic"
    )
    clauses = [
        f"1. PARTIES. This Agreement is made on {long(start - dt.timedelta(days=12))} between "
        f'{landlord} ("Landlord") and {tenant.name.replace("Có", "Co")} ("Tenant").',
        f'2. PREMISES. Landlord rents to Tenant the dwelling unit at {premises} ("the Premises"), '
        "with one off-street parking space.",
        f"3. TERM. The term begins on {long(start)} and ends on {long(end)}. Thereafter the "
        "tenancy continues month to month unless either party gives written notice as the law "
        "requires.",
        f"4. RENT. Rent is ${rent:,} per month, due on the first day of each month, payable by check "
        "or electronic transfer to Landlord. A late fee may not be charged unless rent is more "
        "than 10 days late.",
        f"5. SECURITY DEPOSIT. Tenant has paid a security deposit of ${rent:,}. Landlord will "
        "return the deposit, with an itemized list of any deductions, within 14 days after Tenant "
        "vacates, as 9 V.S.A. § 4461 requires.",
        "6. UTILITIES. Landlord pays water, sewer and trash. Tenant pays electricity and heat "
        "(natural gas) and keeps those accounts in Tenant's name.",
        "7. OCCUPANTS. The Premises will be occupied only by Tenant and Tenant's minor child.",
        "8. ACCESSIBILITY. Landlord has installed a ramp at the rear entrance and consents to "
        "Tenant's installation of grab bars and a ceiling lift at Tenant's expense.",
    ]
    p1.paras(0.85, 1.45, 6.8, clauses, gap=0.16, pt=10.5, face="serif")
    page_footer(p1, "Tenant initials: D.M.C.    Landlord initials: R.G.", "Page 1 of 2")
    more = [
        "9. REPAIRS. Landlord keeps the Premises safe, clean and fit for habitation and makes "
        "repairs within a reasonable time after notice.",
        "10. ENTRY. Landlord may enter with at least 48 hours' notice, between 9:00 a.m. and "
        "9:00 p.m., or at any time in an emergency.",
        "11. SMOKING AND PETS. No smoking in the building. No pets without written consent.",
        "12. ENTIRE AGREEMENT. This is the whole agreement of the parties; changes must be in "
        "writing and signed by both.",
    ]
    y = p2.paras(0.85, 0.8, 6.8, more, gap=0.16, pt=10.5, face="serif") + 0.5
    for who, name in (("LANDLORD", landlord), ("TENANT", tenant.name)):
        p2.signature(1.0, y, name.split(",")[0] if who == "LANDLORD" else tenant.name, 18)
        p2.line(0.9, y + 0.55, 4.5, y + 0.55, 0.6)
        p2.text(0.9, y + 0.6, f"{who}: {name}", 10, "serif")
        p2.text(5.0, y + 0.6, f"Date: {us(start - dt.timedelta(days=12))}", 10, "serif")
        y += 1.2
    page_footer(p2, "", "Page 2 of 2")
    return [p1, p2]


def electric_bill(
    *,
    name: str,
    account: str,
    service: str,
    city: str,
    period: tuple[dt.date, dt.date],
    billed: dt.date,
    kwh: int,
    amount: float,
    utility: tuple[str, list[str], tuple[int, int, int]],
    due_days: int = 21,
) -> list[Sheet]:
    """A monthly electric bill: the utility's banner, the account box, usage, charges and the
    return stub."""
    s = Sheet()
    title, lines, colour = utility
    s.rect(0, 0, s.width, 1.1, outline=None, fill=colour)
    s.text(0.6, 0.25, title, 17, "sans-bold", fill=(255, 255, 255))
    s.lines(0.6, 0.6, lines, 8, "sans", fill=(235, 240, 245))
    s.rect(4.9, 1.3, 3.0, 1.3, 0.8)
    s.lines(
        5.0,
        1.36,
        [
            f"Account Number: {account}",
            f"Bill Date: {us(billed)}",
            f"Due Date: {us(billed + dt.timedelta(days=due_days))}",
            f"Amount Due: ${amount:,.2f}",
        ],
        9.5,
        "sans-bold",
    )
    s.lines(0.6, 1.4, [name.upper(), service.upper(), city.upper()], 10.5, "sans")
    s.text(0.6, 2.9, "Service Summary", 11, "sans-bold")
    y = s.table(
        0.6,
        3.15,
        [2.6, 1.5, 1.5, 1.6],
        [
            ["Service period", "Meter", "Days", "kWh used"],
            [
                f"{us(period[0])} - {us(period[1])}",
                "4471802",
                str((period[1] - period[0]).days),
                f"{kwh:,}",
            ],
        ],
        pt=9,
    )
    y += 0.3
    s.text(0.6, y, "Charges This Period", 11, "sans-bold")
    customer = 12.5
    energy = round(amount - customer - round(amount * 0.02, 2), 2)
    y = s.table(
        0.6,
        y + 0.25,
        [5.0, 2.2],
        [
            ["Description", "Amount"],
            ["Customer charge", f"${customer:,.2f}"],
            [f"Energy charge  {kwh} kWh", f"${energy:,.2f}"],
            ["Taxes and fees", f"${amount - customer - energy:,.2f}"],
            ["Total current charges", f"${amount:,.2f}"],
        ],
        pt=9,
        align=["left", "right"],
    )
    s.para(
        0.6,
        y + 0.3,
        7.2,
        "Your usage over the last 13 months is shown on the back. Paying by "
        "AutoPay or online saves a stamp. If you are having trouble paying, call us before your "
        "due date to ask about budget billing and assistance programs.",
        8.5,
        "sans",
    )
    s.line(0.3, 8.6, 8.2, 8.6, 0.6, GREY)
    s.text(4.25, 8.45, "Please detach and return this portion with your payment", 7, align="center")
    s.lines(0.6, 8.8, [name.upper(), service.upper(), city.upper()], 9.5, "sans")
    s.lines(
        4.9,
        8.8,
        [
            f"Account Number  {account}",
            f"Amount Due  ${amount:,.2f}",
            "Amount Enclosed  $__________",
        ],
        9.5,
        "sans-bold",
    )
    s.text(0.6, 10.2, f"{account.replace('-', '')}000{int(amount * 100):07d}4", 10, "mono")
    return [s]


def ead(
    *,
    person: Person,
    a_number: str,
    card_no: str,
    category: str,
    valid: tuple[dt.date, dt.date],
    country: str,
    seed: int,
) -> tuple[list[Sheet], tuple[str, str, str]]:
    """An employment authorization card, front and back (with its TD1 zone)."""
    front = card()
    tinted(front, (236, 228, 238), (214, 222, 236))
    front.security_background(seed, (210, 205, 228))
    front.text(0.12, 0.08, "UNITED STATES OF AMERICA", 7.5, "sans-bold")
    front.text(0.12, 0.22, "EMPLOYMENT AUTHORIZATION CARD", 8, "sans-bold", fill=(120, 30, 40))
    portrait(front, 0.12, 0.48, 0.8, 1.0, seed)
    rows = [
        ("Surname", up(person.surname)),
        ("Given Name", up(person.given)),
        ("USCIS#", a_number.replace("-", "")),
        ("Category", category),
        ("Card#", card_no),
        ("Country of Birth", country),
        ("Terms and Conditions", "None"),
        ("Date of Birth", person.born.strftime("%m/%d/%Y")),
        ("Sex", person.sex),
        ("Valid From:", us(valid[0])),
        ("Card Expires:", us(valid[1])),
    ]
    y = 0.45
    for i, (label, value) in enumerate(rows):
        if i < 8:
            front.text(1.05, y + 0.17 * i, label, 4.8, "sans", fill=GREY)
            front.text(1.75, y + 0.17 * i - 0.01, value, 6.5, "sans-bold")
        else:
            yy = 0.79 + 0.34 * (i - 8)
            front.text(2.6, yy, label, 4.8, "sans", fill=GREY)
            front.text(2.6, yy + 0.08, value, 6.5, "sans-bold")
    front.text(0.12, 1.95, "NOT VALID FOR REENTRY TO U.S.", 6, "sans-bold", fill=(120, 30, 40))
    back = card()
    tinted(back, (236, 236, 240), (226, 228, 236))
    back.para(
        0.15,
        0.12,
        3.1,
        "This card is not evidence of U.S. citizenship or lawful permanent "
        "residence. If found, please drop in any U.S. mailbox. Return to: DHS/USCIS, P.O. Box "
        "7030, Lee's Summit, MO 64064.",
        6,
        "sans",
    )
    zone = mrz.td1(
        kind="I",
        country="USA",
        number=card_no,
        surname=person.surname,
        given=person.given,
        nationality="GNB",
        birth=person.born,
        sex=person.sex,
        expiry=valid[1],
    )
    back.rect(0, 1.25, back.width, back.height - 1.25, outline=None, fill=(246, 246, 246))
    for i, line in enumerate(zone):
        back.text(0.12, 1.32 + i * 0.17, line, 9.5, "mono-bold")
    return [front, back], zone


# ================================================================ 3. Tonga, Honolulu, Hawaii


def tonga_birth(
    *,
    person: Person,
    entry: str,
    father: str,
    mother: str,
    place: str,
    registered: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """A certified copy of an entry of birth from the Registrar General of the Kingdom of Tonga:
    a landscape-ish register row reproduced in columns, the registrar's certificate below."""
    s = Sheet(paper=(250, 249, 243))
    s.security_background(seed, (230, 226, 214))
    s.center(0.6, "KINGDOM OF TONGA", 14, "serif-bold")
    s.center(0.88, "BIRTHS, DEATHS AND MARRIAGES REGISTRATION ACT", 9, "serif")
    s.center(1.2, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 14, "serif-bold")
    s.center(1.48, "Registrar General's Office, Nuku'alofa", 9.5, "serif-italic")
    y = s.grid(
        0.6,
        2.0,
        7.3,
        [
            (
                0.55,
                [
                    (0.6, "No. of Entry", entry),
                    (1.3, "When and where born", f"{dates.spelled(person.born, 'en')}\n{place}"),
                ],
            ),
            (
                0.5,
                [
                    (1.4, "Name", up(person.name)),
                    (0.5, "Sex", "Male" if person.sex == "M" else "Female"),
                ],
            ),
            (
                0.5,
                [(1.4, "Name of father", father.upper()), (0.6, "Occupation of father", "Farmer")],
            ),
            (
                0.5,
                [
                    (1.4, "Name and maiden name of mother", mother.upper()),
                    (0.6, "Residence", "Neiafu, Vava'u"),
                ],
            ),
            (
                0.5,
                [
                    (
                        1.4,
                        "Signature, description and residence of informant",
                        "T. FIFITA, Father, Neiafu",
                    ),
                    (0.6, "When registered", us(registered)),
                ],
            ),
            (
                0.5,
                [
                    (1.4, "Signature of Registrar", "S. Havili, District Registrar, Vava'u"),
                    (0.6, "Remarks", "Nil"),
                ],
            ),
        ],
        value_pt=10,
        label_pt=6.5,
    )
    s.para(
        0.7,
        y + 0.5,
        7.0,
        "I HEREBY CERTIFY that the above is a true copy of the particulars recorded in an entry "
        "in the Register of Births kept at the Registrar General's Office, Nuku'alofa.",
        10.5,
        "serif",
    )
    s.text(
        0.7,
        y + 1.3,
        f"Given under my hand and seal this {dates.spelled(issued, 'en')}.",
        10.5,
        "serif",
    )
    s.seal(1.8, y + 2.5, 0.7, "REGISTRAR GENERAL * KINGDOM OF TONGA * ", "TONGA")
    s.signature(4.8, y + 2.0, "M. Tu'ipulotu", 18)
    s.line(4.6, y + 2.55, 7.6, y + 2.55, 0.6)
    s.text(4.6, y + 2.6, "Registrar General", 10, "serif")
    s.text(0.7, 10.2, "Fee paid: T$10.00   Receipt No. 0058814", 8, "serif", fill=GREY)
    return [s]


def hawaii_birth(
    *,
    child: Person,
    mother: str,
    father: str,
    file_no: str,
    hospital: str,
    address: str,
    accepted: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """A State of Hawaii certificate of live birth (the long form the Department of Health
    certifies): the island of birth, the mother's maiden name, the registrar's acceptance date."""
    s = Sheet(paper=(247, 249, 244))
    s.security_background(seed, (216, 232, 214))
    s.border(0.35, 2.0)
    s.center(0.62, "STATE OF HAWAII", 13, "serif-bold")
    s.center(0.86, "DEPARTMENT OF HEALTH", 10, "serif")
    s.center(1.2, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    s.text(7.7, 1.55, f"FILE NUMBER   151  {file_no}", 9.5, "mono-bold", align="right")
    rows = [
        (
            0.5,
            [
                (1.3, "1a. Child's Name (Type or print) - First", up(child.first)),
                (1.0, "1b. Middle", up(child.middle)),
                (1.1, "1c. Last", up(child.surname)),
            ],
        ),
        (
            0.5,
            [
                (0.8, "2. Sex", "Male" if child.sex == "M" else "Female"),
                (1.0, "3. This Birth - Single, Twin, Triplet", "Single"),
                (0.8, "5a. Birth Date", us(child.born)),
                (0.7, "5b. Hour", "6:14 P.M."),
            ],
        ),
        (
            0.5,
            [
                (1.1, "6a. Place of Birth: City, Town or Rural Location", "Honolulu"),
                (0.6, "6b. Island", "Oahu"),
                (1.5, "6c. Name of Hospital or Institution", hospital),
            ],
        ),
        (
            0.5,
            [
                (1.1, "7a. Usual Residence of Mother: City, Town", "Honolulu"),
                (0.6, "7b. Island", "Oahu"),
                (1.5, "7d. Street Address", address),
            ],
        ),
        (
            0.5,
            [
                (1.8, "8. Full Name of Father", father.upper()),
                (0.8, "9. Race of Father", "Tongan"),
                (0.5, "10. Age", str(child.born.year - 1972)),
                (0.9, "11. Birthplace", "Tonga"),
            ],
        ),
        (
            0.5,
            [
                (1.8, "12. Full Maiden Name of Mother", mother.upper()),
                (0.8, "13. Race of Mother", "Tongan"),
                (0.5, "14. Age", str(child.born.year - 1975)),
                (0.9, "15. Birthplace", "Tonga"),
            ],
        ),
        (
            0.5,
            [
                (2.0, "17a. Signature of Parent or Other Informant", "Lesieli H. Fifita"),
                (1.0, "17b. Relationship", "Mother"),
            ],
        ),
        (
            0.5,
            [
                (1.5, "18a. Certifier", "K. Nakasone, M.D."),
                (0.9, "18b. Date Signed", us(child.born + dt.timedelta(days=2))),
                (1.2, "19. Date Accepted by Local Registrar", us(accepted)),
            ],
        ),
    ]
    y = s.grid(0.55, 1.8, 7.4, rows, value_pt=9.5, label_pt=5.6)
    s.para(
        0.7,
        y + 0.35,
        7.1,
        "I CERTIFY THAT THIS IS A TRUE COPY OR ABSTRACT OF THE RECORD ON "
        "FILE IN THE HAWAII STATE DEPARTMENT OF HEALTH",
        9,
        "sans-bold",
    )
    s.seal(1.7, 8.8, 0.7, "DEPARTMENT OF HEALTH * STATE OF HAWAII * ", "HAWAII")
    s.signature(4.6, 8.4, "Ian K. Matsumura", 18, INK)
    s.line(4.4, 8.95, 7.6, 8.95, 0.6)
    s.lines(4.4, 9.0, ["STATE REGISTRAR", f"{issued:%b %d %Y}".upper()], 9, "sans")
    s.text(0.7, 10.2, "ANY ALTERATIONS INVALIDATE THIS CERTIFICATE", 7, "sans-bold", fill=GREY)
    return [s]


def ngb22(
    *, soldier: Person, dodid: str, entered: dt.date, separated: dt.date, address: str, unit: str
) -> list[Sheet]:
    """NGB Form 22, Report of Separation and Record of Service, with its numbered items."""
    s = Sheet()
    s.center(0.45, "NATIONAL GUARD BUREAU", 10, "sans-bold")
    s.center(0.65, "REPORT OF SEPARATION AND RECORD OF SERVICE", 12, "sans-bold")
    s.text(0.5, 0.9, "THIS IS AN IMPORTANT RECORD.  SAFEGUARD IT.", 7.5, "sans-bold")
    s.text(8.0, 0.9, "(Army National Guard)", 7.5, "sans", align="right")
    years, rem = divmod((separated - entered).days + 1, 365)
    rows = [
        (
            0.45,
            [
                (2.4, "1. NAME (Last, First, Middle)", up(f"{soldier.surname}, {soldier.given}")),
                (1.4, "2. DEPARTMENT, COMPONENT AND BRANCH", "ARNG - HAWAII"),
                (1.2, "3. DoD ID NUMBER", dodid),
            ],
        ),
        (
            0.45,
            [
                (1.2, "4a. GRADE, RATE OR RANK", "SGT"),
                (0.8, "4b. PAY GRADE", "E5"),
                (1.2, "5. DATE OF BIRTH (YYYYMMDD)", dates.compact(soldier.born)),
                (1.8, "6. DATE OF ENTRY INTO CURRENT ARNG (YYYYMMDD)", dates.compact(entered)),
            ],
        ),
        (
            0.6,
            [
                (2.5, "7. LAST DUTY ASSIGNMENT AND MAJOR COMMAND", unit),
                (2.5, "8. PLACE OF ENTRY INTO CURRENT ARNG", "HONOLULU, HI"),
            ],
        ),
        (
            0.9,
            [
                (
                    2.5,
                    "9. STATEMENT OF SERVICE  a. NET SERVICE THIS PERIOD\nb. TOTAL FOR PAY  c. TOTAL PRIOR ACTIVE SERVICE",
                    f"a. {years:02d} YRS {rem // 30:02d} MOS 00 DAYS\nb. {years:02d} YRS {rem // 30:02d} MOS\nc. 00 YRS 05 MOS 12 DAYS",
                ),
                (
                    2.5,
                    "10. MILITARY EDUCATION (Course title, number of weeks, month and year completed)",
                    "IET MOTOR TRANSPORT OPERATOR 88M 7 WKS 2021\nBASIC LEADER COURSE 4 WKS 2024",
                ),
            ],
        ),
        (
            0.75,
            [
                (
                    5,
                    "11. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN RIBBONS AWARDED OR AUTHORIZED",
                    "ARMY ACHIEVEMENT MEDAL // ARMY RESERVE COMPONENTS ACHIEVEMENT MEDAL // NATIONAL DEFENSE "
                    "SERVICE MEDAL // ARMY SERVICE RIBBON // HAWAII STATE EMERGENCY SERVICE RIBBON",
                )
            ],
        ),
        (
            0.75,
            [
                (
                    5,
                    "12. REMARKS",
                    "MEMBER SERVED ON STATE ACTIVE DUTY (WILDFIRE RESPONSE, MAUI) 20230812 - 20230930 // "
                    "MEMBER HAS COMPLETED HIS INITIAL MILITARY SERVICE OBLIGATION // NOTHING FOLLOWS",
                )
            ],
        ),
        (0.45, [(5, "13. MAILING ADDRESS AFTER SEPARATION (Include ZIP Code)", address.upper())]),
        (
            0.45,
            [
                (2.2, "14. NAME OF UNIT TO WHICH TRANSFERRED", "NONE"),
                (
                    2.8,
                    "15. AUTHORITY AND REASON",
                    "NGR 600-200, PARA 6-35h, EXPIRATION OF TERM OF SERVICE",
                ),
            ],
        ),
        (
            0.45,
            [
                (1.8, "16. EFFECTIVE DATE (YYYYMMDD)", dates.compact(separated)),
                (1.8, "17. CHARACTER OF SERVICE", "HONORABLE"),
                (1.4, "18. REENLISTMENT ELIGIBILITY (RE) CODE", "RE-1"),
            ],
        ),
        (
            0.7,
            [
                (
                    2.5,
                    "19. TYPED NAME, GRADE AND TITLE OF AUTHENTICATING OFFICIAL",
                    "KALEO M. AKANA, CW2, HUMAN RESOURCES OFFICER",
                ),
                (2.5, "20. SIGNATURE", ""),
            ],
        ),
    ]
    y = s.grid(0.5, 1.1, 7.5, rows, value_pt=8.5, label_pt=5.6)
    s.signature(5.0, y - 0.55, "Kaleo M. Akana", 15)
    s.text(0.5, y + 0.12, "NGB FORM 22, 20141001   PREVIOUS EDITIONS ARE OBSOLETE.", 7, "sans-bold")
    s.text(8.0, y + 0.12, "MEMBER - 1", 8, "sans-bold", align="right")
    return [s]


def bilingual_church_letter(
    *, person: Person, since: int, signed: dt.date, minister: str
) -> list[Sheet]:
    """A congregation's letter in Tongan and in English, side by side."""
    s = Sheet()
    y = letterhead(
        s,
        "Siasi Uesiliana Tau'atāina 'o Tonga - Kalihi",
        [
            "Free Wesleyan Church of Tonga, Kalihi Congregation",
            "1830 Kalihi Street, Honolulu, Hawaii 96819  |  (808) 555-0122",
        ],
        (120, 30, 40),
        "cross",
        align="center",
    )
    s.text(0.9, y, f"Honolulu, {long(signed)}", 11, "serif")
    y += 0.45
    s.text(0.9, y, "Ki he fa'ahinga 'oku kaunga ki ai / To whom it may concern", 11, "serif-bold")
    y += 0.35
    to = (
        f"Ko e tohi ni ke fakamo'oni'i ko {person.name} ko e mēmipa faivelenga ia 'o homau "
        f"siasi talu mei he ta'u {since}. 'Oku ne tokoni ma'u pē ki he kuaea, 'oku faiako 'i "
        "he Ako Faka-Sāpate, pea 'okú ne tokangaekina 'a e fale siasi 'i he 'aho Tokonaki kotoa "
        "pē. Ko ha tangata anga-lelei, faitotonu mo ngāue mālohi ia ki hono fāmili mo e kāinga."
    )
    en = (
        f"This letter certifies that {person.name} has been a faithful member of our "
        f"congregation since {since}. He sings in the choir, teaches Sunday school, and looks "
        "after the church hall every Saturday. He is a kind and honest man who works hard for "
        "his family and for our community."
    )
    yl = s.para(0.9, y, 3.2, to, 10.5, "serif", leading=1.4)
    yr = s.para(4.4, y, 3.2, en, 10.5, "serif", leading=1.4)
    y = max(yl, yr) + 0.25
    to2 = (
        "Ko hono foha ko Viliami na'e ngāue 'i he Kau Tau Fakafonua 'o Hawai'i, pea 'oku "
        "mau fiefia 'i he fāmili ni. 'Oku mau kole fakamolemole ke tuku ke nofo 'a Sione mo hono fāmili."
    )
    en2 = (
        "His son Viliami served in the Hawaii Army National Guard, and our church is proud of "
        "this family. We respectfully ask that Sione be allowed to remain with his family."
    )
    yl = s.para(0.9, y, 3.2, to2, 10.5, "serif", leading=1.4)
    yr = s.para(4.4, y, 3.2, en2, 10.5, "serif", leading=1.4)
    y = max(yl, yr) + 0.4
    s.text(0.9, y, "'Ofa atu / Sincerely,", 11, "serif")
    s.signature(1.0, y + 0.25, minister, 20)
    s.lines(
        0.9, y + 0.85, [f"Rev. {minister}", "Faifekau Pule / Minister in charge"], 10.5, "serif"
    )
    s.stamp(4.8, y + 0.3, ["FREE WESLEYAN CHURCH", "KALIHI - HONOLULU"], 9, (40, 60, 140), -8)
    return [s]


# ================================================================ 4. Haiti, Morgantown, West Virginia


def haiti_extrait(
    *,
    person: Person,
    registre: str,
    acte: str,
    father: str,
    mother: str,
    declared: str,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """An extrait des registres de l'état civil delivered by the Archives Nationales d'Haïti:
    the acte's text in one long paragraph, the register's references, the archives' stamps."""
    s = Sheet(paper=(250, 248, 238))
    s.security_background(seed, (226, 230, 238))
    s.logo(3.95, 0.45, 0.6, "shield", (40, 60, 130))
    s.center(1.15, "RÉPUBLIQUE D'HAÏTI", 13, "serif-bold")
    s.center(1.4, "ARCHIVES NATIONALES D'HAÏTI", 11, "serif-bold")
    s.center(1.62, "Extrait des Registres de l'État Civil", 10, "serif-italic")
    s.center(2.05, "ACTE DE NAISSANCE", 16, "serif-bold")
    s.text(0.9, 2.5, f"Registre : {registre}", 10, "serif")
    s.text(3.6, 2.5, "Folio : 87", 10, "serif")
    s.text(5.6, 2.5, f"Acte N° : {acte}", 10, "serif")
    body = (
        f"L'an mil neuf cent soixante-dix-neuf et le vingt-huit juin, par-devant Nous, "
        "Me Jean-Baptiste Auguste, Officier de l'État Civil de la Commune de Jacmel, soussigné, "
        f"a comparu le citoyen {father}, cultivateur, demeurant et domicilié à Jacmel, identifié "
        f"au N° 07-01-99-1947-03-00412, lequel nous a déclaré que le {declared}, à dix heures du "
        "matin, est née en cette ville, en la demeure de ses parents, une enfant du sexe féminin "
        f"qu'il a nommée {person.given.upper()}, issue de son union avec la dame {mother}, "
        "marchande, demeurant au même lieu. Et de tout ce que dessus, avons dressé le présent acte "
        "que le comparant a signé avec Nous et les témoins, après lecture faite."
    )
    y = s.para(0.9, 2.95, 6.8, body, 11, "serif", leading=1.55)
    y = s.para(
        0.9,
        y + 0.25,
        6.8,
        f"Nom de l'enfant : {up(person.surname)} {person.given.upper()}   -   "
        f"Date de naissance : {dates.day_month_year(person.born)}   -   Lieu : Jacmel, Sud-Est",
        10,
        "serif-bold",
        leading=1.4,
    )
    y = s.para(
        0.9,
        y + 0.35,
        6.8,
        f"Pour extrait conforme, délivré par Nous, Directeur Général des Archives Nationales "
        f"d'Haïti, à Port-au-Prince, ce {dates.spelled(issued, 'fr')}.",
        11,
        "serif",
        leading=1.5,
    )
    s.signature(4.8, y + 0.35, "Pierre-Antoine", 18)
    s.line(4.6, y + 0.95, 7.6, y + 0.95, 0.6)
    s.text(4.6, y + 1.0, "Le Directeur Général", 10, "serif")
    s.stamp(1.0, y + 0.3, ["ARCHIVES NATIONALES", "D'HAÏTI", "P-au-P"], 9, (40, 60, 140), 10)
    s.stamp(1.0, 9.6, ["DGI  TIMBRE  25 GDES", "No 0588127"], 8, (40, 110, 60), -6)
    return [s]


def remittance_history(
    *,
    sender: Person,
    receiver: str,
    entries: list[tuple[dt.date, str, float]],
    customer: str,
    printed: dt.date,
) -> list[Sheet]:
    """A money-transfer company's customer transaction history, printed by an agent over two
    pages."""
    pages = []
    half = (len(entries) + 1) // 2
    for n, chunk in enumerate((entries[:half], entries[half:]), 1):
        s = Sheet()
        s.rect(0.6, 0.45, 7.3, 0.55, outline=None, fill=(0, 90, 70))
        s.text(0.75, 0.55, "CARIBE EXPRESS TRANSFERS", 14, "sans-bold", fill=(255, 255, 255))
        s.text(
            7.75,
            0.6,
            "Customer Transaction History",
            9,
            "sans-bold",
            fill=(255, 255, 255),
            align="right",
        )
        s.lines(
            0.6,
            1.15,
            [
                f"Customer: {up(sender.name)}        Customer No.: {customer}",
                f"Beneficiary: {receiver.upper()}  -  Jacmel, Haiti (cash pickup / MonCash)",
                f"Report period: {us(entries[0][0])} to {us(entries[-1][0])}     Printed: {us(printed)}",
            ],
            8.5,
            "mono",
        )
        rows = [["Date", "MTCN / Ref.", "Sending agent", "Amount USD", "Fee", "Status"]]
        for i, (day, agent, amount) in enumerate(chunk):
            rows.append(
                [
                    us(day),
                    f"CX{day:%y%m%d}{(i * 37 + day.day) % 1000:03d}",
                    agent,
                    f"{amount:,.2f}",
                    "4.99" if amount < 200 else "7.99",
                    "PAID",
                ]
            )
        s.table(
            0.6,
            1.85,
            [0.95, 1.35, 2.6, 0.95, 0.55, 0.9],
            rows,
            pt=7.8,
            face="mono",
            rules="header",
            row_height=0.235,
        )
        page_footer(
            s,
            "Caribe Express Transfers, Inc. is licensed as a money transmitter. "
            "This history is provided at the customer's request.",
            f"Page {n} of 2",
        )
        pages.append(s)
    return pages


def wv_lease(
    *, tenant: Person, landlord: str, premises: str, start: dt.date, end: dt.date, rent: int
) -> list[Sheet]:
    """A two-page West Virginia residential lease on a stationer's form."""
    p1, p2 = Sheet(), Sheet()
    p1.text(0.8, 0.6, "RESIDENTIAL LEASE AGREEMENT", 16, "sans-bold")
    p1.text(0.8, 0.9, "State of West Virginia  -  County of Monongalia", 9.5, "sans")
    y = p1.grid(
        0.8,
        1.25,
        6.9,
        [
            (0.45, [(1, "LANDLORD", landlord.upper()), (1, "TENANT(S)", up(tenant.name))]),
            (0.45, [(2, "PREMISES", premises.upper())]),
            (
                0.45,
                [
                    (1, "TERM BEGINS", us(start)),
                    (1, "TERM ENDS", us(end)),
                    (1, "MONTHLY RENT", f"${rent:,}.00"),
                ],
            ),
        ],
        value_pt=10,
    )
    clauses = [
        "1. RENT. Tenant shall pay the monthly rent in advance on the first day of each month at "
        "the Landlord's office or by money order. Rent received after the fifth (5th) day is late "
        "and a late charge of $35.00 is due.",
        "2. DEPOSIT. Tenant has deposited the sum of one month's rent as security for the "
        "performance of this Lease, to be returned within sixty (60) days of the end of the "
        "tenancy less lawful deductions (W. Va. Code § 37-6A-1 et seq.).",
        "3. UTILITIES. Tenant shall place electric service in Tenant's name. Landlord furnishes "
        "water, sewer and refuse collection.",
        "4. USE AND OCCUPANCY. The Premises shall be used as a private residence only, by Tenant "
        "and no more than one other adult occupant, without Landlord's written consent.",
        "5. CONDITION. Tenant has inspected the Premises and accepts them in their present "
        "condition, except as noted on the move-in checklist attached.",
        "6. MAINTENANCE. Tenant shall keep the Premises clean and report needed repairs promptly. "
        "Tenant shall not paint, alter or change locks without written consent.",
    ]
    p1.paras(0.8, y + 0.3, 6.9, clauses, gap=0.14, pt=10, face="serif")
    p1.text(0.8, 10.2, "Tenant's initials ______  R.D.", 8.5, "sans")
    p1.text(7.7, 10.2, "Page 1 of 2", 8.5, "sans", align="right")
    more = [
        "7. RENEWAL. Unless either party gives written notice at least thirty (30) days before the "
        "end of the term, this Lease continues from month to month on the same terms.",
        "8. DEFAULT. If Tenant fails to pay rent when due or breaks any term of this Lease, Landlord "
        "may end the tenancy as West Virginia law allows.",
        "9. NOTICES. Notices to Tenant may be delivered to the Premises; notices to Landlord to "
        "Cheat Lake Rentals, LLC, 2260 Cheat Road, Morgantown, WV 26508.",
    ]
    y = p2.paras(0.8, 0.8, 6.9, more, gap=0.14, pt=10, face="serif") + 0.5
    p2.text(
        0.8,
        y,
        "IN WITNESS WHEREOF the parties have signed this Lease on the date below.",
        10,
        "serif",
    )
    y += 0.5
    p2.signature(1.0, y, "Dale R. Whitacre", 18)
    p2.line(0.8, y + 0.55, 4.3, y + 0.55, 0.6)
    p2.text(0.8, y + 0.6, f"Landlord / Agent: {landlord}", 9.5, "serif")
    p2.signature(1.0, y + 1.0, tenant.name, 18)
    p2.line(0.8, y + 1.55, 4.3, y + 1.55, 0.6)
    p2.text(0.8, y + 1.6, f"Tenant: {tenant.name}", 9.5, "serif")
    p2.text(5.0, y + 1.6, f"Date: {us(start - dt.timedelta(days=9))}", 9.5, "serif")
    p2.text(7.7, 10.2, "Page 2 of 2", 8.5, "sans", align="right")
    return [p1, p2]


def creole_letter(*, person: Person, pastor: str, since: int, signed: dt.date) -> list[Sheet]:
    """A Haitian congregation's letter in Creole, no translation."""
    s = Sheet()
    y = letterhead(
        s,
        "Legliz Batis Evanjelik Betani",
        [
            "Premye Legliz Ayisyen nan Mountaineer Valley  |  301 Spruce Street, Morgantown, WV 26505",
            "Tel. (304) 555-0158",
        ],
        (20, 90, 60),
        "cross",
    )
    s.text(7.6, y, f"Morgantown, {dates.spelled(signed, 'ht')}", 11, "serif", align="right")
    y += 0.5
    s.text(0.9, y, "Bay moun sa yo ki konsène", 11, "serif-bold")
    y += 0.4
    body = [
        f"Mwen menm, Pastè {pastor}, responsab Legliz Batis Evanjelik Betani, mwen ekri lèt sa a pou "
        f"m temwaye ke sè {person.name} se yon manm fidèl nan legliz nou depi ane {since}.",
        "Chak dimanch li la nan sèvis la, li chante nan koral fanm yo, epi li ede nan kizin "
        "legliz la lè nou fè repa pou moun ki nan bezwen. Lè gen moun ki malad nan kominote a, se "
        "li menm ki premye pou l al vizite yo e pote manje ba yo.",
        "Sè a se yon moun ki onèt, ki travay di, e ki pa janm bliye fanmi li ann Ayiti. Tout "
        "manm legliz la konnen li e renmen li. Nou mande otorite yo, tanpri, pou yo pèmèt li rete "
        "nan peyi a pou l kontinye sèvi kominote nou an.",
        "Si nou bezwen plis enfòmasyon, nou mèt rele m nan nimewo ki anwo a.",
    ]
    y = s.paras(0.9, y, 6.7, body, gap=0.16, pt=11, face="serif")
    s.text(0.9, y + 0.2, "Ak tout respè m,", 11, "serif")
    s.signature(1.0, y + 0.45, pastor, 20)
    s.lines(0.9, y + 1.05, [f"Pastè {pastor}", "Pastè Titilè"], 10.5, "serif")
    s.stamp(4.9, y + 0.4, ["LEGLIZ BATIS EVANJELIK", "BETANI - MORGANTOWN"], 9, (30, 90, 60), 6)
    return [s]


def magistrate_judgment(
    *, person: Person, case_no: str, offense: dt.date, plea: dt.date, paid: dt.date, address: str
) -> list[Sheet]:
    """A West Virginia magistrate court's criminal judgment order on a misdemeanour."""
    s = Sheet()
    s.center(0.6, "IN THE MAGISTRATE COURT OF MONONGALIA COUNTY, WEST VIRGINIA", 11, "serif-bold")
    s.text(0.9, 1.15, "STATE OF WEST VIRGINIA", 11, "serif")
    s.text(0.9, 1.4, "v.", 11, "serif")
    s.text(0.9, 1.65, f"{up(person.name)}, Defendant", 11, "serif")
    s.text(0.9, 1.9, address.upper(), 9.5, "serif")
    s.text(5.0, 1.4, f"Case No. {case_no}", 11, "serif-bold")
    s.text(5.0, 1.65, "Criminal - Misdemeanor", 10, "serif")
    s.center(2.5, "JUDGMENT ORDER - PLEA AND SENTENCING", 13, "serif-bold")
    y = s.grid(
        0.9,
        2.85,
        6.7,
        [
            (
                0.5,
                [
                    (2.2, "CHARGE", "SHOPLIFTING, FIRST OFFENSE (VALUE $168.47)"),
                    (1.2, "W. VA. CODE", "§ 61-3A-3(a)(1)"),
                ],
            ),
            (
                0.5,
                [
                    (1, "DATE OF OFFENSE", us(offense)),
                    (1, "ARRESTING AGENCY", "MORGANTOWN POLICE DEPT."),
                    (1, "CITATION NO.", "MPD-16-004418"),
                ],
            ),
            (
                0.5,
                [
                    (1, "PLEA", "GUILTY"),
                    (1, "DATE OF PLEA", us(plea)),
                    (1, "COUNSEL", "WAIVED IN WRITING"),
                ],
            ),
        ],
        value_pt=9.5,
    )
    body = [
        "The defendant appeared in person and, having been advised of the charge, of the right to "
        "counsel and of the right to a trial by jury, knowingly and voluntarily waived those rights "
        "and entered a plea of GUILTY. The Court accepted the plea and found the defendant guilty "
        "of the offense charged.",
        "It is ORDERED that the defendant pay a fine of $200.00 and court costs of $155.00, and "
        "restitution of $168.47 to the merchant, within sixty (60) days. No jail time is imposed.",
        f"PAYMENT: Fine, costs and restitution paid in full on {us(paid)}. Case closed.",
    ]
    y = s.paras(0.9, y + 0.35, 6.7, body, gap=0.16, pt=11, face="serif")
    s.text(
        0.9,
        y + 0.4,
        f"ENTERED this {plea.day}th day of {dates.month(plea)}, {plea.year}.",
        11,
        "serif",
    )
    s.signature(4.8, y + 0.8, "Carol Ann Strosnider", 18)
    s.line(4.6, y + 1.35, 7.6, y + 1.35, 0.6)
    s.text(4.6, y + 1.4, "Magistrate", 10, "serif")
    s.stamp(
        0.9,
        y + 1.6,
        ["CERTIFIED TRUE COPY", "MAGISTRATE COURT CLERK", "MONONGALIA CO., W.VA."],
        9,
        (60, 60, 150),
        5,
    )
    s.text(0.9, 10.2, "SCA-M301 / Judgment Order (Misdemeanor)", 7, "sans", fill=GREY)
    return [s]
