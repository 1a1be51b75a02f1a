"""The papers of the ninth blind corpus, drawn from plain descriptions of real documents: boxed
state birth certificates, foreign civil-registry records and their translations, passport data
pages and cards, IRS forms and printouts, bills, school records, letters, police and court
papers. Each maker returns a list of Sheets; the cases say what each paper truly is.
"""

from __future__ import annotations

import datetime as dt

from tests.realistic import mrz
from tests.realistic.model import Person, up
from tests.realistic.paper import (
    BLUE_INK,
    GREY,
    Sheet,
    card,
    letterhead,
    monospace_page,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)

D = dt.date
Rows = list[tuple[float, list[tuple[float, str, str]]]]


def us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def _fold(s: Sheet, y: float) -> None:
    """A fold line across the page, as a letter that lived in an envelope shows it."""
    s.line(0.1, y, s.width - 0.1, y, 0.5, (200, 200, 204))


# ----------------------------------------------------------------- vital records


def state_birth(
    *,
    state: str,
    office: list[str],
    title: str,
    rows: Rows,
    registrar: str,
    issued: dt.date,
    number: str,
    seed: int,
    face: str = "sans-bold",
    tint: tuple[int, int, int] = (205, 222, 210),
    band: str = "CHILD",
) -> list[Sheet]:
    """A state's certified copy: security paper, the state's name, boxed fields by section,
    the registrar's signature and a raised seal, small print about alteration."""
    s = Sheet()
    s.security_background(seed, tint)
    s.border(0.35, 2.0)
    y = s.center(0.6, f"STATE OF {state.upper()}", 15, face)
    for line in office:
        y = s.center(y, line, 9, "sans")
    y = s.center(y + 0.1, title, 13, face) + 0.05
    s.text(6.3, 0.6, f"State File No. {number}", 8, "mono")
    top = y + 0.1
    y = s.grid(0.7, top, 7.1, rows)
    s.vertical(0.5, top, 1.6, band)
    y += 0.3
    s.para(
        0.8,
        y,
        6.9,
        f"This is a true and correct reproduction of the original record filed with the "
        f"{office[-1].title()}. Issued {long(issued)}.",
        8,
        "sans",
    )
    s.signature(1.0, y + 0.55, registrar, 18)
    s.text(1.0, y + 1.05, f"{registrar}, State Registrar", 8)
    s.seal(6.6, y + 0.85, 0.55, f"SEAL OF THE STATE OF {state.upper()} * ", "SEAL")
    s.text(
        0.8,
        10.3,
        "VOID IF ALTERED OR PHOTOCOPIED · DO NOT ACCEPT WITHOUT RAISED SEAL",
        6.5,
        "sans",
        fill=GREY,
    )
    return [s]


def register_extract(
    *,
    heads: list[str],
    title: str,
    entries: list[tuple[str, str]],
    closing: list[str],
    signer: str,
    stamp: list[str],
    seed: int,
    face: str = "serif",
) -> list[Sheet]:
    """A civil registry's typed extract: the republic and the office at the top, a title,
    numbered or labelled entries, a closing formula, a signature over a round stamp."""
    s = Sheet()
    s.security_background(seed, (225, 215, 190))
    y = 0.6
    for i, head in enumerate(heads):
        y = s.center(y, head, 12 if i == 0 else 9.5, f"{face}-bold" if i == 0 else face)
    y = s.center(y + 0.2, title, 14, f"{face}-bold") + 0.25
    for label, value in entries:
        s.text(0.9, y, label, 10, face)
        y = s.para(3.6, y, 4.1, value, 10.5, "mono-bold", 1.2) + 0.08
    y = s.paras(0.9, y + 0.2, 6.7, closing, pt=10, face=face)
    s.signature(4.6, y + 0.2, signer, 18)
    s.text(4.4, y + 0.75, signer, 9, face)
    s.seal(2.0, y + 0.7, 0.6, " ".join(heads[:2]).upper() + " * ", "")
    s.stamp(5.0, y + 1.3, stamp, 10, (60, 60, 150), -6)
    return [s]


def translation(
    *,
    title: str,
    entries: list[tuple[str, str]],
    note: str,
    certificate: list[str],
    translator: str,
    translator_lines: list[str],
    signed: dt.date | None,
) -> list[Sheet]:
    """A translation into English laid out like its original, then the translator's
    certificate on the same page."""
    s = Sheet()
    y = s.center(0.6, "[TRANSLATION FROM THE ORIGINAL]", 9, "sans-italic")
    y = s.center(y + 0.1, title, 13, "serif-bold") + 0.2
    for label, value in entries:
        s.text(0.9, y, label, 10, "serif")
        y = s.para(3.6, y, 4.1, value, 10, "serif", 1.2) + 0.06
    y = s.para(0.9, y + 0.1, 6.7, note, 9, "serif-italic") + 0.25
    s.line(0.9, y, 7.6, y, 1.0)
    y = s.center(y + 0.12, "CERTIFICATE OF TRANSLATION", 11, "serif-bold") + 0.08
    y = s.paras(0.9, y, 6.7, certificate, pt=10, face="serif")
    s.signature(1.0, y + 0.05, translator, 18)
    dated = [f"Date: {long(signed)}"] if signed else []
    s.lines(0.9, y + 0.55, [translator, *translator_lines, *dated], 9, "serif")
    return [s]


# ----------------------------------------------------------------- identity


def passport(
    *,
    country_name: list[str],
    code: str,
    person: Person,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    nationality: str,
    labels: list[str],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    seed: int,
) -> tuple[list[Sheet], tuple[str, str]]:
    """A passport data page (125 x 88 mm): the country's name (in one or two languages), the
    photo, the fields under their labels and the two-line zone."""
    s = card(125, 88)
    tinted(s, *tint)
    y = 0.1
    for line in country_name:
        y = s.center(y, line, 8.5, "sans-bold")
    portrait(s, 0.2, 0.6, 1.15, 1.45, seed)
    surname, given = person.surname, person.given
    values = [
        "P",
        code,
        number,
        up(surname),
        up(given),
        nationality,
        person.born.strftime("%d %b %Y").upper(),
        person.sex,
        up(person.birthplace),
        issued.strftime("%d %b %Y").upper(),
        expiry.strftime("%d %b %Y").upper(),
        authority,
    ]
    x, y = 1.5, 0.6
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        col = 1.5 + (i % 3) * 1.15 if i < 3 else 1.5
        if i < 3:
            s.text(col, y, label, 4.5, "sans", fill=GREY)
            s.text(col, y + 0.08, value, 7, "sans-bold")
            if i == 2:
                y += 0.25
            continue
        s.text(x, y, label, 4.5, "sans", fill=GREY)
        y = s.text(x, y + 0.08, value, 7, "sans-bold") + 0.01
    s.signature(0.25, 2.15, person.first, 10)
    zone = mrz.td3(
        kind="P",
        country=code,
        surname=surname,
        given=given,
        number=number,
        nationality=code,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
    )
    mrz_lines(s, 2.78, zone, 10.5)
    return [s], zone


def id_card(
    *,
    top: list[str],
    fields: list[tuple[str, str]],
    seed: int,
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    footer: str = "",
    back: list[str] | None = None,
) -> list[Sheet]:
    """An ID-1 card: the issuer across the top, a photo at left, labelled fields at right,
    and (when given) a back with its fine print."""
    s = card()
    tinted(s, *tint)
    y = 0.08
    for i, line in enumerate(top):
        y = s.center(y, line, 8 if i == 0 else 5.5, "sans-bold" if i == 0 else "sans")
    portrait(s, 0.12, 0.55, 0.85, 1.05, seed)
    y = 0.52
    for label, value in fields:
        s.text(1.1, y, label, 4.2, "sans", fill=GREY)
        y = s.text(1.1, y + 0.06, value, 6, "sans-bold")
    if footer:
        s.text(0.12, 1.97, footer, 5, "sans")
    sides = [s]
    if back:
        b = card()
        tinted(b, (235, 235, 235), (215, 220, 225))
        b.lines(0.15, 0.2, back, 5.5, "sans")
        sides.append(b)
    return sides


# ----------------------------------------------------------------- letters


def letter(
    head: tuple[str, list[str], tuple[int, int, int], str],
    dated: dt.date,
    body: list[str],
    signer: str,
    signer_lines: list[str],
    *,
    recipient: list[str] | None = None,
    re_line: str | None = None,
    salutation: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    face: str = "serif",
    fold: bool = False,
    date_line: str | None = None,
) -> list[Sheet]:
    s = write_letter(
        head,
        date_line or long(dated),
        recipient or [],
        re_line,
        salutation,
        body,
        closing,
        signer,
        signer_lines,
        face=face,
    )
    if fold:
        _fold(s, 3.67)
        _fold(s, 7.33)
    return [s]


def handwritten_note(lines: list[str], signer: str, seed: int) -> list[Sheet]:
    """A letter written out by hand on lined paper (drawn in a script face)."""
    s = Sheet(paper=(250, 250, 244))
    for i in range(30):
        s.line(0.5, 1.0 + i * 0.32, 8.0, 1.0 + i * 0.32, 0.5, (170, 190, 220))
    y = 0.78
    for line in lines:
        s.text(0.8, y, line, 15, "script", fill=BLUE_INK)
        y += 0.32
    s.signature(4.5, y + 0.1, signer, 22)
    return [s]


# ----------------------------------------------------------------- money and tax


def w2(
    *,
    year: int,
    person: Person,
    ssn4: str,
    address: tuple[str, str],
    employer: str,
    employer_address: tuple[str, str],
    ein: str,
    wages: float,
    fed: float,
    state: str,
    state_tax: float,
) -> list[Sheet]:
    """Copy B of a W-2, the boxed federal layout, on the top half of a page."""
    s = Sheet()
    ss, med = wages * 0.062, wages * 0.0145
    s.text(0.6, 0.45, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 7)
    rows: Rows = [
        (
            0.42,
            [
                (1, "a Employee's social security number", f"XXX-XX-{ssn4}"),
                (1, "OMB No. 1545-0008", ""),
            ],
        ),
        (
            0.42,
            [
                (1, "b Employer identification number (EIN)", ein),
                (1, "1 Wages, tips", f"{wages:,.2f}"),
            ],
        ),
        (
            0.8,
            [
                (1, "c Employer's name, address, and ZIP code", ""),
                (1, "2 Federal income tax withheld", f"{fed:,.2f}"),
            ],
        ),
        (
            0.42,
            [
                (1, "3 Social security wages", f"{wages:,.2f}"),
                (1, "4 Social security tax withheld", f"{ss:,.2f}"),
            ],
        ),
        (
            0.42,
            [
                (1, "5 Medicare wages and tips", f"{wages:,.2f}"),
                (1, "6 Medicare tax withheld", f"{med:,.2f}"),
            ],
        ),
        (0.8, [(1, "e/f Employee's name, address, and ZIP code", ""), (1, "12a See instr.", "")]),
        (
            0.42,
            [
                (0.4, "15 State", state),
                (1, "16 State wages, tips, etc.", f"{wages:,.2f}"),
                (1, "17 State income tax", f"{state_tax:,.2f}"),
            ],
        ),
    ]
    s.grid(0.6, 0.65, 7.3, rows)
    s.lines(0.7, 1.68, [employer.upper(), *employer_address], 8.5, "mono-bold")
    s.lines(0.7, 3.75, [up(person.name), *address], 8.5, "mono-bold")
    s.text(0.6, 4.85, "Form W-2 Wage and Tax Statement", 12, "sans-bold")
    s.text(4.2, 4.85, str(year), 20, "sans-bold")
    s.text(5.3, 4.9, "Department of the Treasury—Internal Revenue Service", 7)
    return [s]


def wage_income_transcript(
    *,
    person: Person,
    year: int,
    ssn4: str,
    requested: dt.date,
    forms: list[list[str]],
) -> list[Sheet]:
    """The IRS 'Wage and Income Transcript' as printed from the online account."""
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                     Wage and Income Transcript",
        "",
        f"Request Date:          {us(requested)}",
        f"Response Date:         {us(requested)}",
        f"Tracking Number:       10{ssn4}8{year}7731",
        f"SSN Provided:          XXX-XX-{ssn4}",
        f"Tax Period Requested:  December, {year}",
        "",
        "Form W-2 Wage and Tax Statement" if forms else "No record of return filed",
        "",
    ]
    for form in forms:
        lines += [*form, "", "-" * 70, ""]
    lines += [f"Employee: XXX-XX-{ssn4}", person.irs, "", "This Product Contains Sensitive"]
    return [monospace_page(lines, 9)]


def form_1040(
    *,
    person: Person,
    year: int,
    ssn4: str,
    address: tuple[str, str],
    status: str,
    wages: float,
    agi: float,
    tax: float,
    refund: float,
    dependents: list[tuple[Person, str]],
) -> list[Sheet]:
    """The first page of Form 1040: the header band, filing status, name and address boxes,
    dependents table and the income lines."""
    s = Sheet()
    s.rect(0.5, 0.4, 7.5, 0.55, 1.2)
    s.text(0.6, 0.45, "Form 1040", 16, "sans-bold")
    s.text(2.0, 0.47, "Department of the Treasury—Internal Revenue Service", 7)
    s.text(2.0, 0.62, f"U.S. Individual Income Tax Return  {year}", 11, "sans-bold")
    s.text(6.6, 0.5, "OMB No. 1545-0074", 7)
    y = 1.05
    for label in ("Single", "Married filing jointly", "Head of household"):
        s.checkbox(
            0.6 + 2.3 * ["Single", "Married filing jointly", "Head of household"].index(label),
            y,
            label == status,
            label,
        )
    y = 1.35
    y = s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.4,
                [
                    (2, "Your first name and middle initial", up(person.given)),
                    (2, "Last name", up(person.surname)),
                    (1, "Your social security number", f"XXX-XX-{ssn4}"),
                ],
            ),
            (0.4, [(4, "Home address (number and street)", address[0]), (1, "Apt. no.", "")]),
            (0.4, [(5, "City, town, or post office, state, and ZIP code", address[1])]),
        ],
    )
    y += 0.15
    s.text(0.6, y, "Dependents (see instructions):", 8, "sans-bold")
    rows = [["(1) First name   Last name", "(2) SSN", "(3) Relationship"]]
    rows += [
        [up(p.name), "XXX-XX-" + str(1000 + i * 37)[-4:], rel]
        for i, (p, rel) in enumerate(dependents)
    ]
    y = s.table(0.6, y + 0.2, [3.4, 1.6, 2.2], rows, 8) + 0.2
    lines = [
        ("1a", "Total amount from Form(s) W-2, box 1", wages),
        ("9", "This is your total income", wages),
        ("11", "Subtract line 10 from line 9. This is your adjusted gross income", agi),
        ("24", "This is your total tax", tax),
        ("34", "Amount you overpaid (refund)", refund),
    ]
    for no, text, amount in lines:
        s.text(0.6, y, no, 8.5, "sans-bold")
        s.text(1.0, y, text, 8.5)
        s.text(7.9, y, f"{amount:,.0f}", 9, "mono-bold", align="right")
        s.line(0.6, y + 0.18, 7.95, y + 0.18, 0.4, GREY)
        y += 0.3
    s.text(
        0.6,
        10.4,
        "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, "
        "see separate instructions.",
        6.5,
    )
    s.text(7.9, 10.4, "Form 1040 (" + str(year) + ")", 7, "sans-bold", align="right")
    return [s]


def form_1099nec(
    *,
    year: int,
    person: Person,
    ssn4: str,
    address: tuple[str, str],
    payer: list[str],
    payer_tin: str,
    amount: float,
) -> list[Sheet]:
    """Copy B of a 1099-NEC, for the recipient."""
    s = Sheet()
    s.grid(
        0.6,
        0.6,
        7.3,
        [
            (
                1.0,
                [
                    (1.3, "PAYER'S name, street address, city or town, state, ZIP", ""),
                    (1, "OMB No. 1545-0116", f"Form 1099-NEC  {year}"),
                ],
            ),
            (
                0.42,
                [
                    (0.65, "PAYER'S TIN", payer_tin),
                    (0.65, "RECIPIENT'S TIN", f"XXX-XX-{ssn4}"),
                    (1, "1 Nonemployee compensation", f"$ {amount:,.2f}"),
                ],
            ),
            (
                0.42,
                [
                    (1.3, "RECIPIENT'S name", up(person.name)),
                    (1, "4 Federal income tax withheld", "$ 0.00"),
                ],
            ),
            (
                0.42,
                [
                    (1.3, "Street address (including apt. no.)", address[0]),
                    (1, "5 State tax withheld", ""),
                ],
            ),
            (
                0.42,
                [
                    (1.3, "City or town, state or province, country, and ZIP", address[1]),
                    (1, "6 State/Payer's state no.", ""),
                ],
            ),
        ],
    )
    s.lines(0.7, 0.8, payer, 8.5, "mono-bold")
    s.text(0.6, 3.45, "Nonemployee Compensation    Copy B For Recipient", 10, "sans-bold")
    s.text(0.6, 3.65, "This is important tax information and is being furnished to the IRS.", 7)
    return [s]


def statement(
    *,
    head: tuple[str, list[str], tuple[int, int, int], str],
    title: str,
    meta: list[tuple[str, str]],
    address: list[str],
    widths: list[float],
    rows: list[list[str]],
    notes: list[str],
    face: str = "sans-bold",
    align: list[str] | None = None,
) -> list[Sheet]:
    """A printed statement (a bill, a pay stub, a bank statement, a report card): the issuer,
    the addressee in the window, the account details at right, a table, the small print."""
    s = Sheet()
    name, lines, colour, mark = head
    y = letterhead(s, name, lines, colour, mark, face=face)
    s.lines(0.9, y + 0.1, address, 10, "sans")
    my = y + 0.1
    for label, value in meta:
        s.text(4.7, my, label, 8, "sans", fill=GREY)
        my = s.text(6.3, my, value, 8.5, "sans-bold")
    y = max(my, y + 0.2 + 0.18 * len(address)) + 0.3
    y = s.center(y, title, 12, "sans-bold") + 0.1
    y = s.table(0.8, y, widths, rows, 8.5, align=align) + 0.25
    for note in notes:
        y = s.para(0.8, y, 6.9, note, 7.5, "sans") + 0.08
    return [s]


# ----------------------------------------------------------------- school


def certificate(
    *,
    org: str,
    line: str,
    person: Person,
    achievement: list[str],
    dated: dt.date,
    signers: list[tuple[str, str]],
    colour: tuple[int, int, int],
) -> list[Sheet]:
    """A certificate of completion, in landscape, with a double border and two signatures."""
    s = Sheet(11.0, 8.5)
    s.border(0.4, 3.0)
    s.center(0.9, org, 20, "bookman-bold", fill=colour)
    s.center(1.35, line, 10, "sans")
    s.center(2.0, "CERTIFICATE OF COMPLETION", 24, "schoolbook-bold")
    s.center(2.8, "This certifies that", 12, "serif-italic")
    s.center(3.25, person.name, 28, "script")
    y = 4.1
    for text in achievement:
        y = s.center(y, text, 12, "serif")
    s.center(y + 0.15, f"Awarded {long(dated)}", 11, "serif-italic")
    for i, (name, title) in enumerate(signers):
        x = 2.0 + i * 4.5
        s.signature(x, 6.2, name, 18)
        s.line(x - 0.2, 6.75, x + 2.8, 6.75, 0.8)
        s.text(x, 6.8, f"{name}, {title}", 9)
    s.seal(5.5, 6.7, 0.55, f"{org.upper()} * ", "")
    return [s]


# ----------------------------------------------------------------- police and court


def police_report(
    *,
    agency: str,
    agency_lines: list[str],
    case_no: str,
    reported: dt.date,
    offense: str,
    location: str,
    victim: Person,
    victim_address: str,
    suspect: str,
    narrative: list[str],
    officer: str,
    badge: str,
) -> list[Sheet]:
    """An incident report in two pages: the boxed face sheet, then the officer's narrative."""
    p1 = Sheet()
    y = p1.center(0.5, agency.upper(), 14, "sans-bold")
    for line in agency_lines:
        y = p1.center(y, line, 8.5)
    y = p1.center(y + 0.1, "INCIDENT / OFFENSE REPORT", 13, "sans-bold") + 0.1
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1, "CASE NUMBER", case_no),
                    (1, "DATE REPORTED", us(reported)),
                    (1, "TIME", "21:40"),
                ],
            ),
            (0.45, [(2, "OFFENSE", offense), (1, "UCR CODE", "120")]),
            (0.45, [(3, "LOCATION OF OCCURRENCE", location)]),
            (
                0.45,
                [
                    (1.4, "VICTIM (LAST, FIRST MIDDLE)", victim.last_first(False)),
                    (0.6, "DOB", us(victim.born)),
                    (0.4, "SEX", victim.sex),
                ],
            ),
            (0.45, [(3, "VICTIM ADDRESS", victim_address)]),
            (0.45, [(2, "SUSPECT", suspect), (1, "STATUS", "ARRESTED")]),
            (
                0.45,
                [
                    (1.5, "REPORTING OFFICER", officer),
                    (0.7, "BADGE", badge),
                    (0.8, "PAGE", "1 of 2"),
                ],
            ),
        ],
    )
    p1.para(0.7, y + 0.3, 7.0, "Narrative continued on page 2.", 9, "sans-italic")
    p2 = Sheet()
    p2.text(0.6, 0.5, f"{agency.upper()} · CASE {case_no} · NARRATIVE", 9, "sans-bold")
    p2.text(7.9, 0.5, "Page 2 of 2", 9, align="right")
    y = p2.paras(0.7, 0.9, 7.0, narrative, pt=10, face="mono", leading=1.35)
    p2.signature(0.9, y + 0.2, officer, 18)
    p2.text(0.8, y + 0.75, f"Reporting officer: {officer}, badge {badge}", 9)
    p2.text(0.8, y + 0.95, "Approved: Sgt. on duty", 9)
    return [p1, p2]


def supplement_b(
    *,
    victim: Person,
    agency: str,
    agency_address: str,
    certifier: str,
    title: str,
    case_no: str,
    crime: str,
    occurred: dt.date,
    signed: dt.date,
) -> list[Sheet]:
    """Form I-918 Supplement B, U Nonimmigrant Status Certification: two pages of parts."""
    p1 = Sheet()
    p1.text(0.6, 0.45, "Department of Homeland Security", 9, "sans-bold")
    p1.text(0.6, 0.62, "U.S. Citizenship and Immigration Services", 9)
    p1.text(7.9, 0.45, "USCIS Form I-918 Supplement B", 9, "sans-bold", align="right")
    p1.center(1.0, "U Nonimmigrant Status Certification", 15, "sans-bold")
    y = p1.text(0.6, 1.5, "Part 1. Victim Information", 10, "sans-bold")
    y = p1.grid(
        0.6,
        y + 0.05,
        7.3,
        [
            (
                0.45,
                [
                    (1, "1.a. Family Name (Last Name)", up(victim.surname)),
                    (1, "1.b. Given Name", up(victim.given)),
                ],
            ),
            (
                0.45,
                [
                    (1, "3. Date of Birth (mm/dd/yyyy)", us(victim.born)),
                    (1, "4. Gender", victim.sex),
                ],
            ),
        ],
    )
    y = p1.text(0.6, y + 0.2, "Part 2. Agency Information", 10, "sans-bold")
    y = p1.grid(
        0.6,
        y + 0.05,
        7.3,
        [
            (0.45, [(1, "1. Name of Certifying Agency", agency)]),
            (0.45, [(1, "2. Name of Certifying Official", certifier), (1, "3. Title", title)]),
            (0.45, [(1, "4. Agency Address", agency_address)]),
            (0.45, [(1, "6. Agency Case Number", case_no)]),
        ],
    )
    y = p1.text(0.6, y + 0.2, "Part 3. Criminal Acts", 10, "sans-bold")
    p1.checkbox(0.7, y + 0.05, True, f"1. The victim was a victim of: {crime}", 9)
    p1.text(0.7, y + 0.35, f"2. Date of the criminal activity: {us(occurred)}", 9)
    p2 = Sheet()
    p2.text(0.6, 0.45, "Form I-918 Supplement B  Page 2 of 2", 8, "sans-bold")
    y = p2.text(0.6, 0.8, "Part 4. Helpfulness of the Victim", 10, "sans-bold")
    for q in (
        "1. The victim possesses information concerning the criminal activity.",
        "2. The victim has been, is being, or is likely to be helpful in the investigation "
        "or prosecution of the criminal activity.",
    ):
        p2.checkbox(0.7, y + 0.05, True, "Yes", 9)
        y = p2.para(1.4, y + 0.05, 6.3, q, 9, "sans") + 0.15
    y = p2.text(0.6, y + 0.2, "Part 6. Certification", 10, "sans-bold")
    y = p2.para(
        0.7,
        y + 0.05,
        7.0,
        "I am the head of the agency listed in Part 2 or I am the person in the agency "
        "specifically designated by the head of the agency to issue U Nonimmigrant Status "
        "Certifications. Based upon investigation of the facts, I certify under penalty of "
        "perjury that the individual noted in Part 1 is or was a victim of the criminal "
        "activity checked in Part 3.",
        9,
        "sans",
    )
    p2.signature(1.0, y + 0.2, certifier, 18)
    p2.text(0.8, y + 0.75, f"Signature of Certifying Official · Date {us(signed)}", 8)
    return [p1, p2]


def disposition(
    *,
    court: list[str],
    caption: str,
    defendant: Person,
    case_no: str,
    charge: str,
    plea: str,
    sentence: list[str],
    dated: dt.date,
    clerk: str,
) -> list[Sheet]:
    """A court's certified disposition: caption, charge table, judgment, the clerk's stamp."""
    s = Sheet()
    y = 0.6
    for line in court:
        y = s.center(y, line, 11, "serif-bold")
    y = s.center(y + 0.15, caption, 11, "serif") + 0.1
    s.text(
        0.9,
        y,
        f"Defendant: {defendant.last_first(False)}    DOB: {us(defendant.born)}",
        10,
        "serif",
    )
    y = s.text(0.9, y + 0.22, f"Case No.: {case_no}", 10, "serif") + 0.2
    y = s.center(y, "JUDGMENT AND DISPOSITION", 12, "serif-bold") + 0.1
    y = (
        s.table(
            0.9,
            y,
            [0.5, 3.6, 1.2, 1.4],
            [["Ct.", "Charge", "Plea", "Disposition"], ["1", charge, plea, "Guilty"]],
            9,
            "serif",
        )
        + 0.2
    )
    y = s.paras(0.9, y, 6.7, sentence, pt=10, face="serif")
    s.text(0.9, y + 0.3, f"Entered {long(dated)}", 10, "serif")
    s.stamp(4.4, y + 0.6, ["CERTIFIED TRUE COPY", clerk, "CIRCUIT CLERK"], 10, (40, 40, 140), 4)
    return [s]


def g28(
    *,
    client: Person,
    a_number: str,
    rep: dict,
    bar: tuple[str, str],
    client_address: tuple[str, str],
    signed: dt.date,
) -> list[Sheet]:
    """Form G-28, Notice of Entry of Appearance as Attorney: its parts, filled in."""
    s = Sheet()
    s.text(0.6, 0.45, "Notice of Entry of Appearance", 13, "sans-bold")
    s.text(0.6, 0.68, "as Attorney or Accredited Representative", 11, "sans-bold")
    s.text(7.9, 0.45, "DHS Form G-28", 10, "sans-bold", align="right")
    s.text(7.9, 0.65, "OMB No. 1615-0105", 7, align="right")
    y = s.text(
        0.6,
        1.1,
        "Part 1. Information About Attorney or Accredited Representative",
        9.5,
        "sans-bold",
    )
    name = rep["name"].split()
    y = s.grid(
        0.6,
        y + 0.05,
        7.3,
        [
            (
                0.42,
                [
                    (1, "1. Online Account Number", ""),
                    (1, "2.a. Family Name", name[-1]),
                    (1, "2.b. Given Name", name[0]),
                ],
            ),
            (
                0.42,
                [(2, "3. Address", rep["address"][0]), (1, "City, State ZIP", rep["address"][1])],
            ),
            (0.42, [(1, "4. Daytime Telephone", rep["phone"]), (1, "6. Email", rep["email"])]),
        ],
    )
    y = s.text(0.6, y + 0.15, "Part 2. Eligibility Information", 9.5, "sans-bold")
    s.checkbox(
        0.7,
        y + 0.05,
        True,
        f"1.a. I am an attorney eligible to practice law in {bar[0]}, bar number {bar[1]}",
        8,
    )
    y = s.text(0.6, y + 0.45, "Part 3. Notice of Appearance", 9.5, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.05,
        7.3,
        [
            (
                0.42,
                [
                    (1, "Client Family Name", up(client.surname)),
                    (1, "Given Name", up(client.given)),
                ],
            ),
            (0.42, [(1, "A-Number", a_number), (1, "Date of Birth", us(client.born))]),
            (
                0.42,
                [
                    (2, "Mailing Address", client_address[0]),
                    (1, "City, State ZIP", client_address[1]),
                ],
            ),
        ],
    )
    y = s.text(
        0.6, y + 0.15, "Part 4. Client's Consent to Representation and Signature", 9.5, "sans-bold"
    )
    s.signature(1.0, y + 0.1, client.name, 16)
    s.text(0.7, y + 0.6, f"Signature of Client      Date {us(signed)}", 8)
    y = s.text(0.6, y + 0.95, "Part 5. Signature of Attorney", 9.5, "sans-bold")
    s.signature(1.0, y + 0.1, rep["name"], 16)
    s.text(0.7, y + 0.6, f"Signature of Attorney      Date {us(signed)}", 8)
    s.text(0.6, 10.4, "Form G-28 Edition 09/17/18", 7)
    return [s]


def lease(
    *,
    title: str,
    parties: str,
    clauses: list[str],
    landlord: str,
    tenant: Person,
    signed: dt.date,
    per_page: int,
) -> list[Sheet]:
    """A residential lease in numbered clauses over several pages, signed on the last."""
    pages: list[Sheet] = []
    chunks = [clauses[i : i + per_page] for i in range(0, len(clauses), per_page)]
    for n, chunk in enumerate(chunks, 1):
        s = Sheet()
        y = 0.7
        if n == 1:
            y = s.center(y, title, 14, "serif-bold") + 0.15
            y = s.para(0.9, y, 6.7, parties, 10.5, "serif") + 0.15
        y = s.paras(0.9, y, 6.7, chunk, pt=10.5, face="serif")
        if n == len(chunks):
            s.signature(1.0, y + 0.2, landlord, 17)
            s.text(0.9, y + 0.75, f"Landlord: {landlord}    Date: {us(signed)}", 9, "serif")
            s.signature(1.0, y + 1.0, tenant.name, 17)
            s.text(0.9, y + 1.55, f"Tenant: {tenant.name}    Date: {us(signed)}", 9, "serif")
        s.text(
            4.25, 10.4, f"Page {n} of {len(chunks)}    Initials: ____", 8, "serif", align="center"
        )
        pages.append(s)
    return pages
