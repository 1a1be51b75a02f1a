"""The papers of the twenty-second blind corpus, drawn from plain descriptions of real
documents: passport data pages and booklet pages, foreign civil-registry records typed decades
ago and their translations, US birth and marriage certificates, W-2s and pay statements,
leases, school and court records, letters on letterhead, a G-28. Each maker returns page
images (clean; wear.py ages, copies or faxes them); the cases say what each paper truly is.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

from PIL import Image

from tests.realistic import dates
from tests.realistic.paper import (
    BLUE_INK,
    GREY,
    INK,
    Sheet,
    card,
    letterhead,
    mrz_lines,
    portrait,
    tinted,
)

PENCIL = (95, 95, 100)
RED = (170, 40, 50)
PURPLE = (90, 50, 130)

# ---------------------------------------------------------------- marks of handling


def note(s: Sheet, x: float, y: float, text: str, pt: float = 15, fill=BLUE_INK) -> None:
    """A handwritten note in the margin or between lines."""
    s.text(x, y, text, pt, "script", fill=fill)


def underline(s: Sheet, x: float, y: float, w: float, fill=BLUE_INK, seed: int = 0) -> None:
    """A pen stroke under a line someone wanted the lawyer to see."""
    rng = random.Random(seed)
    pts = [(x + w * i / 12, y + rng.uniform(-0.015, 0.015)) for i in range(13)]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        s.line(x1, y1, x2, y2, 1.3, fill)


# ---------------------------------------------------------------- passports


def passport_page(
    *,
    header: list[str],
    labels: list[str],
    values: list[str],
    zone: tuple[str, str],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    seed: int,
) -> Image.Image:
    """A passport's data page (125 x 88 mm): the state's name, the photo, labelled fields in
    two columns, the machine-readable zone at the foot."""
    s = card(125, 88)
    tinted(s, *tint)
    s.security_background(seed, (tint[1][0] - 18, tint[1][1] - 14, tint[1][2] - 10))
    y = 0.1
    for line in header:
        y = s.center(y, line, 8.5 if y < 0.2 else 7, "sans-bold")
    portrait(s, 0.2, 0.62, 1.15, 1.45, seed)
    x0, y0, col = 1.55, 0.6, 1.6
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        cx = x0 + (i % 2) * col
        cy = y0 + (i // 2) * 0.3
        s.text(cx, cy, label, 4.6, "sans")
        s.text(cx, cy + 0.085, value, 7.6, "sans-bold")
    s.signature(0.25, 2.2, values[3].split()[0].title(), 12)
    mrz_lines(s, 2.78, zone, 10.5)
    return s.image


# ---------------------------------------------------------------- translations


def translation(
    title: str,
    body: list[str],
    translator: dict,
    source_language: str,
    signed: dt.date,
) -> Image.Image:
    """An English translation typed by the office's translator, with her certificate under it
    (name, address, competence, accuracy, signature, date)."""
    s = Sheet()
    y = s.center(0.7, "ENGLISH TRANSLATION", 12, "serif-bold")
    y = s.center(y + 0.02, f"[Translated from the {source_language} original]", 9, "serif-italic")
    y = s.center(y + 0.15, title, 11, "serif-bold") + 0.1
    y = s.paras(0.9, y, 6.7, body, gap=0.08, pt=9.8, face="serif")
    y = max(y + 0.2, 7.7)
    s.line(0.9, y, 7.6, y, 0.8)
    y = s.text(0.9, y + 0.1, "CERTIFICATE OF TRANSLATION", 11, "serif-bold") + 0.05
    y = s.para(
        0.9,
        y,
        6.7,
        f"I, {translator['name']}, certify that I am competent to translate from "
        f"{source_language} into English, and that the foregoing is a true, accurate and "
        "complete translation of the attached document, to the best of my knowledge and ability.",
        10,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator["name"], 18)
    y = s.text(0.9, y + 0.62, translator["name"], 10, "serif")
    y = s.lines(0.9, y, [*translator["address"], f"Telephone: {translator['phone']}"], 9, "serif")
    s.text(0.9, y + 0.05, f"Date: {dates.long(signed)}", 10, "serif")
    return s.image


# ---------------------------------------------------------------- US forms


def w2(
    year: int,
    employee: str,
    ssn_last: str,
    address: list[str],
    employer: list[str],
    ein: str,
    wages: float,
    state: str,
    state_id: str,
    control: str,
) -> Image.Image:
    """Form W-2, Copy B, as a payroll service prints it on the top half of a letter page."""
    s = Sheet()
    fed, ss, med = wages * 0.082, wages * 0.062, wages * 0.0145
    st = wages * 0.041
    m = lambda v: f"{v:,.2f}"  # noqa: E731
    x, y, w = 0.5, 0.55, 7.5
    s.text(x, 0.32, "22222   VOID  [ ]", 7, "sans")
    left, right = 3.75, 3.75
    rows_left = [
        (0.42, "a  Employee's social security number", f"XXX-XX-{ssn_last}"),
        (0.42, "b  Employer identification number (EIN)", ein),
        (0.95, "c  Employer's name, address, and ZIP code", "\n".join(employer)),
        (0.42, "d  Control number", control),
        (
            0.95,
            "e  Employee's first name and initial   Last name   Suff.\n"
            "f  Employee's address and ZIP code",
            "\n".join([employee, *address]),
        ),
    ]
    yy = y
    for h, label, value in rows_left:
        s.field(x, yy, left, h, label, value, value_pt=8.5)
        yy += h
    pairs = [
        ("1  Wages, tips, other compensation", m(wages), "2  Federal income tax withheld", m(fed)),
        ("3  Social security wages", m(wages), "4  Social security tax withheld", m(ss)),
        ("5  Medicare wages and tips", m(wages), "6  Medicare tax withheld", m(med)),
        ("7  Social security tips", "", "8  Allocated tips", ""),
        ("9", "", "10  Dependent care benefits", ""),
        ("11  Nonqualified plans", "", "12a  See instructions for box 12", ""),
        ("13  Statutory employee / Retirement plan / Third-party sick pay", "", "12b", ""),
        ("14  Other", "", "12c", ""),
    ]
    yy = y
    for l1, v1, l2, v2 in pairs:
        s.field(x + left, yy, right / 2, 0.395, l1, v1, value_pt=8.5)
        s.field(x + left + right / 2, yy, right / 2, 0.395, l2, v2, value_pt=8.5)
        yy += 0.395
    yy = max(yy, y + sum(r[0] for r in rows_left))
    s.grid(
        x,
        yy,
        w,
        [
            (
                0.45,
                [
                    (0.6, "15  State", state),
                    (2, "Employer's state ID number", state_id),
                    (1.6, "16  State wages, tips, etc.", m(wages)),
                    (1.4, "17  State income tax", m(st)),
                    (1.4, "18  Local wages, tips, etc.", ""),
                    (1.2, "19  Local income tax", ""),
                    (1, "20  Locality name", ""),
                ],
            )
        ],
        value_pt=8.5,
    )
    yy += 0.55
    s.text(x, yy, "Form", 7, "sans")
    s.text(x + 0.35, yy - 0.08, "W-2", 20, "sans-bold")
    s.text(x + 1.2, yy, "Wage and Tax Statement", 12, "sans-bold")
    s.text(x + 4.0, yy - 0.05, str(year), 22, "sans-bold")
    s.text(x + 5.2, yy, "Department of the Treasury—Internal Revenue Service", 6.5, "sans")
    s.text(x, yy + 0.35, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 7, "sans-bold")
    s.text(
        x,
        yy + 0.48,
        "This information is being furnished to the Internal Revenue Service.",
        6.5,
        "sans",
    )
    s.line(0.3, 5.5, 8.2, 5.5, 0.5, GREY)
    s.text(4.25, 5.55, "- - - - fold and detach here - - - -", 7, "sans", fill=GREY, align="center")
    return s.image


def pay_stub(
    employer: list[str],
    employee: str,
    emp_id: str,
    address: list[str],
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    hours: float,
    rate: float,
    ytd_gross: float,
    check_no: str,
    ot_hours: float = 0.0,
) -> Image.Image:
    """An earnings statement from a payroll service: employer block, employee block, pay period,
    earnings and deductions tables with this period and year to date, net pay; a check stub."""
    s = Sheet()
    s.rect(0.5, 0.5, 7.5, 5.0, 1.0)
    y = s.lines(0.7, 0.65, employer[:1], 12, "sans-bold")
    y = s.lines(0.7, y, employer[1:], 8.5, "sans")
    s.text(7.8, 0.65, "EARNINGS STATEMENT", 12, "sans-bold", align="right")
    s.lines(
        5.0,
        0.95,
        [
            f"Check No.      {check_no}",
            f"Pay Period     {dates.us(period[0])} - {dates.us(period[1])}",
            f"Pay Date       {dates.us(paid)}",
            f"Employee ID    {emp_id}",
        ],
        8.5,
        "mono",
    )
    s.lines(0.7, 1.75, [employee.upper(), *address], 9, "mono-bold")
    gross = hours * rate + ot_hours * rate * 1.5
    fed, ss, med, st = gross * 0.07, gross * 0.062, gross * 0.0145, gross * 0.035
    f = lambda v: f"{v:,.2f}"  # noqa: E731
    rows = [
        ["EARNINGS", "RATE", "HOURS", "CURRENT", "YTD"],
        ["Regular", f(rate), f"{hours:.2f}", f(hours * rate), f(ytd_gross * 0.9)],
        [
            "Overtime",
            f(rate * 1.5),
            f"{ot_hours:.2f}",
            f(ot_hours * rate * 1.5),
            f(ytd_gross * 0.1),
        ],
        ["GROSS PAY", "", "", f(gross), f(ytd_gross)],
    ]
    s.table(0.7, 2.55, [1.5, 0.8, 0.7, 0.9, 1.0], rows, 8, align=["left"] + ["right"] * 4)
    drows = [
        ["DEDUCTIONS", "CURRENT", "YTD"],
        ["Federal Income Tax", f(fed), f(ytd_gross * 0.07)],
        ["Social Security", f(ss), f(ytd_gross * 0.062)],
        ["Medicare", f(med), f(ytd_gross * 0.0145)],
        ["State Income Tax", f(st), f(ytd_gross * 0.035)],
    ]
    s.table(5.8 - 0.1, 2.55, [1.2, 0.6, 0.6], drows, 7, align=["left", "right", "right"])
    net = gross - fed - ss - med - st
    s.rect(0.7, 4.65, 7.1, 0.45, 0.8, fill=(235, 235, 235))
    s.text(0.85, 4.75, "NET PAY", 11, "sans-bold")
    s.text(7.6, 4.75, f"${f(net)}", 11, "mono-bold", align="right")
    s.line(0.3, 5.85, 8.2, 5.85, 0.5, GREY)
    s.text(0.7, 6.1, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK", 10, "sans-bold", fill=GREY)
    s.text(0.7, 6.5, f"Pay to the order of: {employee.upper()}", 9, "mono")
    s.text(0.7, 6.75, f"Amount: ${f(net)}   Direct deposit  XXXXXX{check_no[-4:]}", 9, "mono")
    return s.image


def g28(rep: dict, client: dict, signed: dt.date, client_signed: dt.date) -> list[Image.Image]:
    """Form G-28 (Notice of Entry of Appearance as Attorney or Accredited Representative):
    page 1 (the representative, eligibility) and page 3 (the client's consent and signatures)."""
    p1 = Sheet()
    p1.text(0.6, 0.45, "Notice of Entry of Appearance", 15, "sans-bold")
    p1.text(0.6, 0.72, "as Attorney or Accredited Representative", 15, "sans-bold")
    p1.text(0.6, 1.02, "Department of Homeland Security", 9, "sans")
    p1.text(7.9, 0.45, "DHS", 12, "sans-bold", align="right")
    p1.text(7.9, 0.7, "Form G-28", 12, "sans-bold", align="right")
    p1.text(7.9, 0.92, "OMB No. 1615-0105", 7, "sans", align="right")
    p1.text(7.9, 1.05, "Expires 05/31/2027", 7, "sans", align="right")
    p1.line(0.6, 1.3, 7.9, 1.3, 1.5)
    y = (
        p1.text(
            0.6,
            1.42,
            "Part 1.  Information About Attorney or Accredited Representative",
            10,
            "sans-bold",
        )
        + 0.05
    )
    last, first = rep["name"].split()[-1], rep["name"].split()[0]
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1, "1. USCIS Online Account Number (if any)", ""),
                    (1, "2.a. Family Name (Last Name)", last.upper()),
                    (1, "2.b. Given Name (First Name)", first.upper()),
                ],
            ),
            (
                0.45,
                [
                    (2, "3.a. Street Number and Name", rep["address"][0]),
                    (1, "3.b. Apt./Ste./Flr.", ""),
                ],
            ),
            (
                0.45,
                [
                    (2, "3.c. City or Town, State, ZIP Code", rep["address"][1]),
                    (1, "3.h. Country", "USA"),
                ],
            ),
            (
                0.45,
                [
                    (1, "4. Daytime Telephone Number", rep["phone"]),
                    (2, "6. Email Address (if any)", rep["email"]),
                ],
            ),
        ],
    )
    y = (
        p1.text(
            0.6,
            y + 0.15,
            "Part 2.  Eligibility Information for Attorney or Accredited Representative",
            10,
            "sans-bold",
        )
        + 0.05
    )
    y = p1.checkbox(
        0.7,
        y + 0.05,
        False,
        "1.a. I am an attorney eligible to practice law in, "
        "and a member in good standing of, the bar of the highest courts of ...",
        7.5,
    )
    y = p1.checkbox(
        0.7,
        y + 0.08,
        True,
        "2.a. I am an accredited representative of the "
        "following qualified nonprofit religious, charitable, social service, or "
        "similar organization",
        7.5,
    )
    y = p1.grid(
        0.6,
        y + 0.08,
        7.3,
        [
            (
                0.45,
                [
                    (3, "2.b. Name of Recognized Organization", rep["organization"]),
                    (1, "2.c. Date of Accreditation (mm/dd/yyyy)", "03/14/2019"),
                ],
            ),
            (0.45, [(1, "EOIR ID", rep["eoir_id"]), (2, "", "")]),
        ],
    )
    y = (
        p1.text(
            0.6,
            y + 0.15,
            "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
            10,
            "sans-bold",
        )
        + 0.05
    )
    y = p1.checkbox(0.7, y + 0.05, True, "1.a. U.S. Immigration and Customs Enforcement (ICE)", 8)
    y = p1.grid(
        0.6,
        y + 0.08,
        7.3,
        [
            (
                0.45,
                [
                    (
                        3,
                        "2.b. List the specific matter in which appearance is entered",
                        client["matter"],
                    )
                ],
            ),
            (
                0.45,
                [
                    (1, "6.a. Client Family Name (Last Name)", client["last"]),
                    (1, "6.b. Client Given Name (First Name)", client["first"]),
                    (1, "10. Client's A-Number (if any)", client["a"]),
                ],
            ),
        ],
    )
    p1.text(0.6, 10.5, "Form G-28 Edition 09/17/18", 7, "sans")
    p1.text(7.9, 10.5, "Page 1 of 4", 7, "sans", align="right")
    p3 = Sheet()
    y = (
        p3.text(
            0.6, 0.5, "Part 4.  Client's Consent to Representation and Signature", 11, "sans-bold"
        )
        + 0.1
    )
    y = (
        p3.para(
            0.6,
            y,
            7.3,
            "I have requested the representation of and consented to being "
            "represented by the attorney or accredited representative named in Part 1. of "
            "this form. According to the Privacy Act of 1974 and DHS policy, I also consent "
            "to the disclosure to the named attorney or accredited representative of any "
            "records pertaining to me that appear in any system of records of USCIS, ICE, "
            "or CBP.",
            9,
            "sans",
        )
        + 0.2
    )
    p3.text(0.6, y, "5.a. Signature of Client or Authorized Signatory", 7, "sans")
    p3.rect(0.6, y + 0.15, 5.0, 0.5)
    p3.signature(0.8, y + 0.18, client["first"].title() + " " + client["last"].title(), 16)
    p3.field(
        5.7, y + 0.15, 2.2, 0.5, "5.b. Date of Signature (mm/dd/yyyy)", dates.us(client_signed)
    )
    y += 1.0
    y = (
        p3.text(
            0.6, y, "Part 5.  Signature of Attorney or Accredited Representative", 11, "sans-bold"
        )
        + 0.1
    )
    y = (
        p3.para(
            0.6,
            y,
            7.3,
            "I have read and understand the regulations and conditions "
            "contained in 8 CFR 103.2 and 292 governing appearances and representation "
            "before DHS. I declare under penalty of perjury under the laws of the United "
            "States that the information I have provided on this form is true and correct.",
            9,
            "sans",
        )
        + 0.2
    )
    p3.text(0.6, y, "1. Signature of Attorney or Accredited Representative", 7, "sans")
    p3.rect(0.6, y + 0.15, 5.0, 0.5)
    p3.signature(0.8, y + 0.18, rep["name"], 16)
    p3.field(5.7, y + 0.15, 2.2, 0.5, "2. Date of Signature (mm/dd/yyyy)", dates.us(signed))
    p3.text(0.6, 10.5, "Form G-28 Edition 09/17/18", 7, "sans")
    p3.text(7.9, 10.5, "Page 3 of 4", 7, "sans", align="right")
    return [p1.image, p3.image]


# ---------------------------------------------------------------- letters


def letter(
    head: tuple[str, list[str], tuple[int, int, int], str],
    date_line: str,
    recipient: list[str],
    re_line: str | None,
    body: list[str],
    signer: str,
    signer_lines: list[str],
    salutation: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    face: str = "serif",
    pt: float = 11,
) -> Sheet:
    """A letter on printed letterhead (returned as a Sheet, so marks can be added on it)."""
    s = Sheet()
    name, lines, colour, mark = head
    y = letterhead(s, name, lines, colour, mark)
    y = s.text(0.9, y, date_line, pt, face) + 0.15
    if recipient:
        y = s.lines(0.9, y, recipient, pt, face) + 0.15
    if re_line:
        y = s.text(0.9, y, re_line, pt, face + "-bold" if "-" not in face else face) + 0.15
    y = s.text(0.9, y, salutation, pt, face) + 0.1
    y = s.paras(0.9, y, 6.7, body, gap=0.12, pt=pt, face=face)
    y = s.text(0.9, y + 0.05, closing, pt, face)
    s.signature(1.0, y + 0.05, signer, 20)
    s.lines(0.9, y + 0.6, [signer, *signer_lines], pt - 1, face)
    s.last_y = y + 0.6  # type: ignore[attr-defined]
    return s


def typed(lines: list[str], pt: float = 10.5, x: float = 1.0, y: float = 0.9) -> Sheet:
    """A page typed on a typewriter: one monospace face, the lines as typed."""
    s = Sheet()
    s.lines(x, y, lines, pt, "mono")
    return s


def ink(s: Sheet) -> Image.Image:
    return s.image


__all__ = ["BLUE_INK", "GREY", "INK", "PENCIL", "PURPLE", "RED"]
