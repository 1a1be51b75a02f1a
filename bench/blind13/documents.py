"""The papers of the thirteenth blind corpus, drawn with the Sheet primitives as the issuers
print them: Moldovan, Philippine, Nepali and Albanian passports and civil records, a Wyoming
county clerk's marriage certificate, a certificate of naturalization, a Form 1040, Hawaii school
records, Alaska court and police papers, a Vermont criminal judgment, and the letters, pay
statements and forms that come with them. Invented people and numbers only.
"""

from __future__ import annotations

import datetime as dt

from tests.realistic import dates
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
    write_letter,
)

RED = (150, 30, 40)
NAVY = (20, 40, 95)

RO_MONTHS = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
]
SQ_MONTHS = [
    "janar",
    "shkurt",
    "mars",
    "prill",
    "maj",
    "qershor",
    "korrik",
    "gusht",
    "shtator",
    "tetor",
    "nëntor",
    "dhjetor",
]
TL_MONTHS = [
    "Enero",
    "Pebrero",
    "Marso",
    "Abril",
    "Mayo",
    "Hunyo",
    "Hulyo",
    "Agosto",
    "Setyembre",
    "Oktubre",
    "Nobyembre",
    "Disyembre",
]

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = {
    1: "first",
    2: "second",
    3: "third",
    5: "fifth",
    8: "eighth",
    9: "ninth",
    12: "twelfth",
}


def cardinal_words(n: int) -> str:
    """22 -> twenty-two."""
    if n < 20:
        return ONES[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[unit]}" if unit else "")


def ordinal_words(n: int) -> str:
    """21 -> twenty-first, as diplomas spell the day."""
    if n in ORDINALS:
        return ORDINALS[n]
    if n < 20:
        word = ONES[n]
        return word[:-1] + "ieth" if word.endswith("y") else word + "th"
    tens, unit = divmod(n, 10)
    if unit == 0:
        return TENS[tens][:-1] + "ieth"
    return f"{TENS[tens]}-{ordinal_words(unit)}"


def ro_date(d: dt.date) -> str:
    return f"{d.day:02d} {RO_MONTHS[d.month - 1]} {d.year}"


def dotted(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


def money(x: float) -> str:
    return f"{x:,.2f}"


# ---------------------------------------------------------------- passports


def passport(
    *,
    header: list[str],
    rows: list[list[tuple[str, str]]],
    zone: tuple[str, str],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    seed: int,
    signature: str = "",
) -> list[Sheet]:
    """A passport data page (125 x 88 mm): the state's name, the holder's photo, rows of
    labelled fields (each a list of (label, value)) and the two-line zone at the foot."""
    s = card(125, 88)
    tinted(s, *tint)
    s.security_background(seed, tuple(max(0, c - 14) for c in tint[0]))
    y = 0.1
    for i, line in enumerate(header):
        y = s.text(2.55, y, line, 8.5 if i == 0 else 7, "sans-bold" if i == 0 else "sans")
    portrait(s, 0.2, 0.5, 1.05, 1.35, seed)
    y = 0.52
    for row in rows:
        x = 1.45
        width = (4.7 - x) / len(row)
        for label, value in row:
            s.text(x, y, label, 4.6, "sans", fill=(70, 70, 90))
            s.text(x, y + 0.085, value, 7.4, "sans-bold")
            x += width
        y += 0.255
    if signature:
        s.signature(0.25, 1.95, signature, 12, INK)
    mrz_lines(s, 2.74, zone, pt=10.6)
    return [s]


# ---------------------------------------------------------------- Moldova


def moldova_birth(
    *,
    surname: str,
    given: str,
    born: dt.date,
    place: list[str],
    father: tuple[str, str, str],
    mother: tuple[str, str, str],
    act: tuple[str, dt.date],
    office: str,
    issued: dt.date,
    series: str,
    idnp: str,
    registrar: str,
    seed: int,
) -> list[Sheet]:
    """A Moldovan civil status certificate of birth (certificat de naştere) on green security
    paper: the state's name, the series and number, the entry's facts line by line."""
    s = Sheet(6.0, 8.4)
    s.rect(0, 0, s.width, s.height, outline=None, fill=(232, 242, 226))
    s.security_background(seed, (205, 225, 200))
    s.border(0.18, 1.6)
    s.seal(3.0, 0.75, 0.42, "REPUBLICA MOLDOVA * STEMA * ", "RM")
    y = s.center(1.28, "REPUBLICA MOLDOVA", 13, "serif-bold")
    y = s.center(y + 0.05, "CERTIFICAT DE NAŞTERE", 17, "serif-bold", fill=(30, 70, 40))
    y = s.center(y + 0.02, f"Seria {series}", 10, "sans-bold", fill=RED)
    rows = [
        ("Numele", surname),
        ("Prenumele", given),
        ("Data naşterii", ro_date(born)),
        ("", f"({born.day} {RO_MONTHS[born.month - 1]} anul {born.year})"),
        ("Locul naşterii", place[0]),
        ("", place[1]),
        ("Codul personal (IDNP)", idnp),
        ("PĂRINŢII:", ""),
        ("Tatăl", father[0]),
        ("  cetăţenia", father[1]),
        ("  naţionalitatea", father[2]),
        ("Mama", mother[0]),
        ("  cetăţenia", mother[1]),
        ("  naţionalitatea", mother[2]),
    ]
    y += 0.2
    for label, value in rows:
        s.text(0.55, y, label, 9.5, "serif-bold" if label.isupper() else "serif")
        if value:
            s.text(2.3, y - 0.02, value, 10.5, "mono-bold")
            s.line(2.25, y + 0.19, 5.5, y + 0.19, 0.4, GREY)
        y += 0.29
    y += 0.1
    y = s.para(
        0.55,
        y,
        4.9,
        f"despre care în registrul actelor de stare civilă a fost întocmit actul de naştere "
        f"nr. {act[0]} din {dotted(act[1])}",
        9.5,
        "serif",
    )
    y += 0.1
    s.text(0.55, y, "Locul înregistrării", 9.5, "serif")
    s.text(2.3, y - 0.02, office, 9, "mono-bold")
    y += 0.3
    s.text(0.55, y, "Data eliberării", 9.5, "serif")
    s.text(2.3, y - 0.02, dotted(issued), 10.5, "mono-bold")
    y += 0.45
    s.text(0.55, y, "Şeful oficiului stare civilă", 9, "serif")
    s.signature(2.6, y - 0.15, registrar, 15)
    s.text(4.1, y + 0.02, registrar.split()[-1].upper(), 8.5, "sans")
    s.seal(1.2, y + 0.62, 0.42, "OFICIUL STARE CIVILĂ IALOVENI * ", "L.Ş.")
    s.text(3.2, s.height - 0.42, "Ministerul Justiţiei al Republicii Moldova", 6.5, "sans")
    return [s]


def moldova_translation(
    *,
    surname: str,
    given: str,
    born: dt.date,
    place: list[str],
    father: tuple[str, str, str],
    mother: tuple[str, str, str],
    act: tuple[str, dt.date],
    issued: dt.date,
    series: str,
    idnp: str,
    registrar: str,
    translator: tuple[str, list[str], str],
    signed: dt.date,
) -> list[Sheet]:
    """A translator's English rendering of the certificate, laid out line for line, with her
    certificate of translation on the same page."""
    s = Sheet()
    y = s.center(0.7, "[Translation from Romanian]", 10, "serif-italic")
    y = s.center(y + 0.1, "[Coat of arms of the Republic of Moldova]", 9.5, "serif-italic")
    y = s.center(y + 0.05, "REPUBLIC OF MOLDOVA", 13, "serif-bold")
    y = s.center(y, "BIRTH CERTIFICATE", 15, "serif-bold")
    y = s.center(y, f"Series {series}", 10.5, "serif")
    rows = [
        ("Surname", surname),
        ("First name", given),
        ("Date of birth", f"{born.day:02d} {dates.month(born)} {born.year}"),
        ("Place of birth", f"{place[0]}, {place[1]}"),
        ("Personal code (IDNP)", idnp),
        ("PARENTS:", ""),
        ("Father", f"{father[0]}; citizenship: Republic of Moldova; nationality: Moldovan"),
        ("Mother", f"{mother[0]}; citizenship: Republic of Moldova; nationality: Moldovan"),
    ]
    y += 0.25
    for label, value in rows:
        s.text(1.0, y, label, 11, "serif-bold" if label.isupper() else "serif")
        y = s.para(3.0, y, 4.6, value, 11, "serif") if value else y + 0.2
        y += 0.05
    y = s.para(
        1.0,
        y + 0.1,
        6.5,
        f"regarding whom birth record no. {act[0]} dated {dotted(act[1])} was drawn up in the "
        "register of civil status acts.",
        11,
    )
    y = s.para(1.0, y + 0.1, 6.5, "Place of registration: Costesti Village Hall, Ialoveni", 11)
    y = s.para(1.0, y + 0.05, 6.5, f"Date of issue: {dotted(issued)}", 11)
    y = s.para(
        1.0,
        y + 0.05,
        6.5,
        f"Head of the civil status office: [signature] {registrar}   [Round seal: Civil Status "
        "Office Ialoveni, Ministry of Justice of the Republic of Moldova]",
        11,
    )
    y += 0.35
    s.line(1.0, y, 7.5, y, 0.8)
    y = s.center(y + 0.15, "CERTIFICATE OF TRANSLATION", 12, "serif-bold") + 0.1
    name, address, phone = translator
    y = s.para(
        1.0,
        y,
        6.5,
        f"I, {name}, certify that I am fluent in the Romanian and English languages and "
        "competent to translate from Romanian into English, and that the above translation of "
        f"the birth certificate of {given.title()} {surname.title()} (series {series}) is "
        "complete and accurate to the best of my knowledge and ability.",
        11,
    )
    s.signature(1.1, y + 0.1, name, 18)
    y = s.lines(1.0, y + 0.6, [name, *address, f"Tel. {phone}", f"Date: {dates.us(signed)}"], 10)
    return [s]


# ---------------------------------------------------------------- Wyoming marriage


def wyoming_marriage(
    *,
    license_no: str,
    party_a: tuple[str, str, str, str, str],
    party_b: tuple[str, str, str, str, str, str],
    married: dt.date,
    place: str,
    officiant: tuple[str, str],
    witnesses: tuple[str, str],
    recorded: dt.date,
    book: str,
    clerk: str,
    certified: dt.date,
    seed: int,
) -> list[Sheet]:
    """A county clerk's certified copy of a Wyoming marriage license and certificate: the
    numbered boxes for both parties, the officiant's certification, the recording and the
    clerk's attestation with the raised seal."""
    s = Sheet()
    s.security_background(seed, (222, 232, 244))
    s.text(0.6, 0.45, f"LICENSE NO. {license_no}", 9, "sans-bold")
    s.text(7.9, 0.45, "STATE FILE NO. ________", 9, "sans", align="right")
    y = s.center(0.75, "STATE OF WYOMING", 15, "serif-bold")
    y = s.center(y, "COUNTY OF LARAMIE", 11, "serif")
    y = s.center(y + 0.05, "MARRIAGE LICENSE AND CERTIFICATE OF MARRIAGE", 13, "serif-bold")
    y += 0.15
    s.vertical(0.45, y, 1.55, "PARTY A")
    name, age, born, birthplace, residence = party_a
    y = s.grid(
        0.62,
        y,
        7.3,
        [
            (0.5, [(4, "1. NAME OF PARTY A (First, Middle, Last)", name), (1, "2. AGE", age)]),
            (
                0.5,
                [
                    (2, "3. DATE OF BIRTH (Month, Day, Year)", born),
                    (3, "4. BIRTHPLACE (State or Foreign Country)", birthplace),
                ],
            ),
            (0.55, [(5, "5. RESIDENCE (Street, City, County, State)", residence)]),
        ],
    )
    s.vertical(0.45, y, 2.0, "PARTY B")
    name, age, born, birthplace, residence, birth_surname = party_b
    y = s.grid(
        0.62,
        y,
        7.3,
        [
            (0.5, [(4, "6. NAME OF PARTY B (First, Middle, Last)", name), (1, "7. AGE", age)]),
            (0.5, [(5, "6a. SURNAME AT BIRTH (if different)", birth_surname)]),
            (
                0.5,
                [
                    (2, "8. DATE OF BIRTH (Month, Day, Year)", born),
                    (3, "9. BIRTHPLACE (State or Foreign Country)", birthplace),
                ],
            ),
            (0.55, [(5, "10. RESIDENCE (Street, City, County, State)", residence)]),
        ],
    )
    y += 0.12
    y = s.para(
        0.62,
        y,
        7.3,
        "AUTHORIZATION: Any person authorized by the laws of the State of Wyoming to perform "
        "marriage ceremonies is hereby authorized to join in marriage the above named parties, "
        "they having complied with the requirements of W.S. 20-1-101 through 20-1-113.",
        8,
        "sans",
    )
    y += 0.1
    s.vertical(0.45, y, 1.6, "CEREMONY")
    y = s.para(
        0.7,
        y + 0.02,
        7.1,
        "I HEREBY CERTIFY that the above named persons were joined by me in marriage in "
        "accordance with the laws of the State of Wyoming.",
        8,
        "sans-bold",
    )
    y = s.grid(
        0.62,
        y + 0.05,
        7.3,
        [
            (
                0.5,
                [
                    (2, "11. DATE OF MARRIAGE (Month, Day, Year)", dates.long(married).upper()),
                    (3, "12. PLACE OF MARRIAGE (City, County)", place),
                ],
            ),
            (
                0.6,
                [
                    (3, "13. SIGNATURE OF OFFICIANT", ""),
                    (2, "14. TITLE / NAME OF OFFICIANT", f"{officiant[1]}\n{officiant[0]}"),
                ],
            ),
            (0.55, [(1, "15a. WITNESS", witnesses[0]), (1, "15b. WITNESS", witnesses[1])]),
        ],
    )
    s.signature(0.9, y - 1.0, officiant[0], 15)
    y = s.grid(
        0.62,
        y,
        7.3,
        [
            (
                0.5,
                [
                    (2, "16. DATE RECORDED", dates.us(recorded)),
                    (1, "17. BOOK / PAGE", book),
                    (2, "18. COUNTY CLERK", clerk.upper()),
                ],
            )
        ],
    )
    y += 0.25
    y = s.para(
        0.62,
        y,
        5.2,
        f"I, {clerk}, County Clerk of Laramie County, Wyoming, do hereby certify that the "
        "foregoing is a true and correct copy of the Marriage License and Certificate recorded "
        "in my office.",
        9,
        "serif",
    )
    y = s.text(0.62, y + 0.05, f"Witness my hand and seal this {dates.us(certified)}.", 9, "serif")
    s.signature(0.8, y + 0.05, clerk, 17)
    s.text(0.62, y + 0.5, "Laramie County Clerk, Cheyenne, Wyoming", 8.5, "sans")
    s.seal(6.8, y + 0.05, 0.6, "LARAMIE COUNTY CLERK * WYOMING * ", "SEAL")
    s.text(
        4.25,
        10.55,
        "NOT VALID UNLESS EMBOSSED WITH THE RAISED SEAL OF THE LARAMIE COUNTY CLERK",
        6.5,
        "sans-bold",
        align="center",
    )
    return [s]


# ---------------------------------------------------------------- naturalization


def naturalization(
    *,
    number: str,
    uscis: str,
    name: str,
    born: dt.date,
    sex: str,
    height: str,
    marital: str,
    country: str,
    office: str,
    admitted: dt.date,
    seed: int,
) -> list[Sheet]:
    """A Certificate of Naturalization (Form N-550): the holder's description and photo on the
    left, the admission statement, the seal of the Department and the director's signature."""
    s = Sheet(8.5, 10.4)
    s.rect(0, 0, s.width, s.height, outline=None, fill=(238, 236, 226))
    s.security_background(seed, (222, 218, 205))
    s.border(0.35, 2.4)
    s.text(0.7, 0.6, f"No. {number}", 12, "serif-bold", fill=RED)
    s.text(7.8, 0.6, f"USCIS Registration No. {uscis}", 9, "serif", align="right")
    y = s.center(1.05, "THE UNITED STATES OF AMERICA", 18, "serif-bold")
    y = s.center(y + 0.05, "CERTIFICATE OF NATURALIZATION", 20, "schoolbook-bold", fill=NAVY)
    y += 0.2
    s.text(0.75, y, "Personal description of holder as of date of naturalization:", 9, "serif")
    rows = [
        ("Date of birth:", dates.long(born).upper()),
        ("Sex:", sex),
        ("Height:", height),
        ("Marital status:", marital),
        ("Country of former nationality:", country),
    ]
    yy = y + 0.25
    for label, value in rows:
        s.text(0.75, yy, label, 9, "serif")
        s.text(2.9, yy - 0.01, value, 9.5, "mono-bold")
        yy += 0.24
    portrait(s, 5.6, y + 0.05, 1.6, 1.95, seed)
    s.seal(6.4, y + 1.95, 0.45, "DEPARTMENT OF HOMELAND SECURITY * ")
    yy += 0.2
    yy = s.para(
        0.75,
        yy,
        4.5,
        "I certify that the description above given is true, and that the photograph affixed "
        "hereto is a likeness of me.",
        9,
        "serif",
    )
    s.signature(0.9, yy + 0.05, name.title(), 16, INK)
    s.line(0.75, yy + 0.45, 4.2, yy + 0.45, 0.6)
    s.text(0.75, yy + 0.48, "(Complete and true signature of holder)", 7.5, "serif-italic")
    y = yy + 1.0
    y = s.para(
        0.75,
        y,
        7.0,
        f"Be it known that, pursuant to an application filed with the Secretary of Homeland "
        f"Security at: {office}",
        11,
        "serif",
    )
    y = s.para(0.75, y + 0.05, 7.0, "The Secretary having found that:", 11, "serif")
    y = s.center(y + 0.08, name.upper(), 16, "schoolbook-bold")
    y = s.para(
        0.75,
        y + 0.1,
        7.0,
        "then residing in the United States, intends to reside in the United States when so "
        "required by the Naturalization Laws of the United States, and had in all other "
        "respects complied with the applicable provisions of such naturalization laws, and was "
        "entitled to be admitted to citizenship, such person having taken the oath of "
        "allegiance at a ceremony conducted by",
        11,
        "serif",
    )
    y = s.center(y + 0.08, "U.S. CITIZENSHIP AND IMMIGRATION SERVICES", 12, "serif-bold")
    y = s.para(
        0.75,
        y + 0.08,
        7.0,
        f"at: {office}   on: {dates.long(admitted)}",
        11,
        "serif",
    )
    y = s.para(
        0.75,
        y + 0.08,
        7.0,
        "such person is admitted as a citizen of the United States of America.",
        11,
        "serif",
    )
    s.signature(4.6, y + 0.25, "L. Marchetti-Hale", 18, INK)
    s.line(4.3, y + 0.75, 7.6, y + 0.75, 0.6)
    s.text(
        5.95,
        y + 0.8,
        "Director, U.S. Citizenship and Immigration Services",
        7.5,
        "serif",
        align="center",
    )
    s.text(
        4.25,
        s.height - 0.65,
        "IT IS PUNISHABLE BY U.S. LAW TO COPY, PRINT OR PHOTOGRAPH THIS CERTIFICATE WITHOUT "
        "LAWFUL AUTHORITY.",
        6.5,
        "sans-bold",
        align="center",
    )
    return [s]


# ---------------------------------------------------------------- leases, returns, pay


def lease(
    *,
    landlord: str,
    landlord_address: str,
    tenants: list[str],
    premises: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    deposit: int,
    state: str,
    statute: str,
    signed: dt.date,
    agent: str,
) -> list[Sheet]:
    """A two-page residential lease agreement: numbered sections, signatures on page two."""
    p1 = Sheet()
    y = p1.center(0.7, "RESIDENTIAL LEASE AGREEMENT", 15, "serif-bold")
    y = p1.center(y, f"(State of {state})", 10, "serif-italic") + 0.15
    sections = [
        (
            "1. PARTIES.",
            f'This Residential Lease Agreement ("Lease") is made on {dates.long(signed)} '
            f'between {landlord}, {landlord_address} ("Landlord"), and '
            f'{" and ".join(tenants)} (together, "Tenant"), who are jointly and severally '
            "liable for every obligation of this Lease.",
        ),
        (
            "2. PREMISES.",
            f'Landlord leases to Tenant the dwelling at {premises} ("Premises"), '
            "with one assigned parking space and the appliances now in it.",
        ),
        (
            "3. TERM.",
            f"The term begins on {dates.long(start)} and ends on {dates.long(end)}. If Tenant "
            "stays with Landlord's consent after the term ends, the tenancy continues from "
            "month to month on the same terms, ended by either party on thirty (30) days' "
            "written notice.",
        ),
        (
            "4. RENT.",
            f"Tenant shall pay ${rent:,}.00 per month in advance on the first day of each "
            "month at Landlord's office or through the resident portal. Rent received after "
            "the fifth (5th) day of the month incurs a late charge of $50.00.",
        ),
        (
            "5. SECURITY DEPOSIT.",
            f"Tenant has paid a security deposit of ${deposit:,}.00, to be returned with an "
            f"itemized statement of any deductions as required by {statute}.",
        ),
        (
            "6. UTILITIES.",
            "Landlord pays water, sewer and trash. Tenant pays electricity, gas, "
            "internet and any other service, in Tenant's name.",
        ),
        (
            "7. OCCUPANTS.",
            f"The Premises shall be occupied only by {' and '.join(tenants)}, "
            "and guests staying no longer than fourteen (14) days in any six months.",
        ),
        ("8. PETS.", "No animals without Landlord's written consent and a pet addendum."),
        (
            "9. MAINTENANCE.",
            "Tenant keeps the Premises clean and safe and reports needed repairs "
            "promptly in writing. Landlord makes repairs needed to keep the Premises fit for "
            "habitation.",
        ),
    ]
    for head, body in sections:
        y = p1.para(0.9, y, 6.7, f"{head} {body}", 10.5, "serif") + 0.1
    p1.text(4.25, 10.4, "Page 1 of 2      Tenant initials: ____ ____", 8.5, "serif", align="center")
    p2 = Sheet()
    more = [
        (
            "10. ENTRY.",
            "Landlord may enter at reasonable times after twenty-four (24) hours' "
            "notice, or at any time in an emergency.",
        ),
        (
            "11. DEFAULT.",
            "If Tenant fails to pay rent when due or breaks any term of this "
            "Lease, Landlord may end the tenancy as the law of the State allows.",
        ),
        (
            "12. GOVERNING LAW.",
            f"This Lease is governed by {statute} and the other laws of the State of {state}.",
        ),
        (
            "13. ENTIRE AGREEMENT.",
            "This Lease and its addenda are the whole agreement of the "
            "parties and may be changed only in a writing signed by both.",
        ),
    ]
    y = 0.8
    for head, body in more:
        y = p2.para(0.9, y, 6.7, f"{head} {body}", 10.5, "serif") + 0.1
    y += 0.3
    p2.text(0.9, y, "LANDLORD:", 10.5, "serif-bold")
    p2.signature(1.0, y + 0.25, agent, 18)
    p2.line(0.9, y + 0.7, 4.0, y + 0.7)
    p2.text(0.9, y + 0.75, f"{agent}, authorized agent for {landlord}", 9, "serif")
    p2.text(5.0, y + 0.75, f"Date: {dates.us(signed)}", 9, "serif")
    y += 1.3
    for tenant in tenants:
        p2.text(0.9, y, "TENANT:", 10.5, "serif-bold")
        p2.signature(1.0, y + 0.25, tenant, 18)
        p2.line(0.9, y + 0.7, 4.0, y + 0.7)
        p2.text(0.9, y + 0.75, tenant, 9, "serif")
        p2.text(5.0, y + 0.75, f"Date: {dates.us(signed)}", 9, "serif")
        y += 1.1
    p2.text(4.25, 10.4, "Page 2 of 2", 8.5, "serif", align="center")
    return [p1, p2]


def form_1040(
    *,
    year: int,
    you: tuple[str, str, str],
    spouse: tuple[str, str, str],
    address: tuple[str, str, str, str],
    wages: int,
    interest: int,
    withheld: int,
    occupations: tuple[str, str],
    signed: dt.date,
    preparer: tuple[str, str, str],
) -> list[Sheet]:
    """The two pages of a Form 1040 filed jointly, as the preparer's software prints it."""
    deduction = {2023: 27700, 2024: 29200, 2025: 31500}[year]
    total = wages + interest
    taxable = max(0, total - deduction)
    tax = round(taxable * 0.1 if taxable < 23850 else 2385 + (taxable - 23850) * 0.12)
    p1 = Sheet()
    p1.text(0.5, 0.4, "Form", 8, "sans")
    p1.text(0.5, 0.5, "1040", 22, "sans-bold")
    p1.text(1.55, 0.45, "Department of the Treasury—Internal Revenue Service", 7.5, "sans")
    p1.text(1.55, 0.6, "U.S. Individual Income Tax Return", 12, "sans-bold")
    p1.text(5.45, 0.45, str(year), 22, "sans-bold")
    p1.text(6.3, 0.45, "OMB No. 1545-0074", 7, "sans")
    p1.text(6.3, 0.6, "IRS Use Only—Do not write or staple in this space.", 6, "sans")
    p1.line(0.5, 0.95, 8.0, 0.95, 1.5)
    p1.text(0.5, 1.0, f"For the year Jan. 1–Dec. 31, {year}, or other tax year beginning", 7)
    y = 1.2
    p1.text(0.5, y, "Filing Status", 8, "sans-bold")
    x = 1.6
    for label, checked in [
        ("Single", False),
        ("Married filing jointly", True),
        ("Married filing separately (MFS)", False),
        ("Head of household (HOH)", False),
        ("Qualifying surviving spouse (QSS)", False),
    ]:
        p1.checkbox(x, y, checked, label, 7)
        x += p1.length(label, 7) + 0.35
    y = p1.grid(
        0.5,
        y + 0.25,
        7.5,
        [
            (
                0.42,
                [
                    (3, "Your first name and middle initial", you[0]),
                    (3, "Last name", you[1]),
                    (2, "Your social security number", you[2]),
                ],
            ),
            (
                0.42,
                [
                    (3, "If joint return, spouse's first name and middle initial", spouse[0]),
                    (3, "Last name", spouse[1]),
                    (2, "Spouse's social security number", spouse[2]),
                ],
            ),
            (
                0.42,
                [
                    (
                        6,
                        "Home address (number and street). If you have a P.O. box, see "
                        "instructions.",
                        address[0],
                    ),
                    (1, "Apt. no.", address[1]),
                ],
            ),
            (
                0.42,
                [
                    (
                        4,
                        "City, town, or post office. If you have a foreign address, also "
                        "complete spaces below.",
                        address[2],
                    ),
                    (1, "State", "WY"),
                    (1, "ZIP code", address[3]),
                ],
            ),
        ],
        value_face="sans",
    )
    y += 0.1
    p1.text(
        0.5,
        y,
        "Digital Assets  At any time during the year, did you: (a) receive (as a "
        "reward, award, or payment for property or services); or (b) sell, exchange, or "
        "otherwise dispose of a digital asset?",
        6.5,
    )
    p1.checkbox(6.8, y + 0.15, False, "Yes", 7)
    p1.checkbox(7.4, y + 0.15, True, "No", 7)
    y += 0.45
    p1.text(0.5, y, "Dependents (see instructions): none listed", 8, "sans-bold")
    y += 0.3
    lines = [
        ("1a", "Total amount from Form(s) W-2, box 1 (see instructions)", wages),
        ("1z", "Add lines 1a through 1h", wages),
        ("2b", "Taxable interest", interest),
        ("3b", "Ordinary dividends", 0),
        ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", total),
        ("10", "Adjustments to income from Schedule 1, line 26", 0),
        ("11", "Subtract line 10 from line 9. This is your adjusted gross income", total),
        ("12", "Standard deduction or itemized deductions (from Schedule A)", deduction),
        ("13", "Qualified business income deduction from Form 8995 or Form 8995-A", 0),
        ("14", "Add lines 12 and 13", deduction),
        (
            "15",
            "Subtract line 14 from line 11. If zero or less, enter -0-. This is your "
            "taxable income",
            taxable,
        ),
    ]
    for number, label, value in lines:
        p1.text(0.55, y, number, 8, "sans-bold")
        p1.text(0.9, y, label, 7.5)
        p1.rect(6.6, y - 0.04, 1.4, 0.26, 0.5)
        p1.text(7.95, y, f"{value:,}." if value else "0.", 9, "mono-bold", align="right")
        y += 0.3
    p1.text(
        0.5,
        10.5,
        "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see "
        "separate instructions.      Cat. No. 11320B",
        6.5,
    )
    p1.text(8.0, 10.5, f"Form 1040 ({year})", 7, "sans-bold", align="right")
    p2 = Sheet()
    p2.text(0.5, 0.45, f"Form 1040 ({year})", 8, "sans-bold")
    p2.text(8.0, 0.45, "Page 2", 8, "sans", align="right")
    p2.line(0.5, 0.65, 8.0, 0.65, 1.2)
    y = 0.8
    refund = withheld - tax
    lines2 = [
        ("16", "Tax (see instructions). Check if any from Form(s): 8814  4972", tax),
        ("18", "Add lines 16 and 17", tax),
        ("19", "Child tax credit or credit for other dependents from Schedule 8812", 0),
        ("22", "Subtract line 21 from line 18. If zero or less, enter -0-", tax),
        ("24", "Add lines 22 and 23. This is your total tax", tax),
        ("25a", "Federal income tax withheld from Form(s) W-2", withheld),
        ("25d", "Add lines 25a through 25c", withheld),
        ("33", "Add lines 25d, 26, and 32. These are your total payments", withheld),
        (
            "34",
            "If line 33 is more than line 24, subtract line 24 from line 33. This is the "
            "amount you overpaid",
            refund,
        ),
        ("35a", "Amount of line 34 you want refunded to you.", refund),
        ("37", "Subtract line 33 from line 24. This is the amount you owe now", 0),
    ]
    for number, label, value in lines2:
        p2.text(0.55, y, number, 8, "sans-bold")
        p2.text(0.95, y, label, 7.5)
        p2.rect(6.6, y - 0.04, 1.4, 0.26, 0.5)
        p2.text(7.95, y, f"{value:,}." if value else "0.", 9, "mono-bold", align="right")
        y += 0.32
    y += 0.2
    p2.text(
        0.5,
        y,
        "Third Party Designee  Do you want to allow another person to discuss this "
        "return with the IRS?",
        7,
    )
    p2.checkbox(6.8, y, False, "Yes", 7)
    p2.checkbox(7.4, y, True, "No", 7)
    y += 0.35
    p2.rect(0.5, y, 7.5, 1.6, 0.8)
    p2.text(0.58, y + 0.05, "Sign", 12, "sans-bold")
    p2.text(0.58, y + 0.25, "Here", 12, "sans-bold")
    p2.para(
        1.3,
        y + 0.05,
        6.5,
        "Under penalties of perjury, I declare that I have examined "
        "this return and accompanying schedules and statements, and to the best of my "
        "knowledge and belief, they are true, correct, and complete.",
        6.5,
        "sans",
    )
    p2.text(1.3, y + 0.45, "Your signature", 6)
    p2.signature(1.4, y + 0.5, f"{you[0]} {you[1]}".title(), 14)
    p2.text(4.3, y + 0.45, "Date", 6)
    p2.text(4.3, y + 0.6, dates.us(signed), 8, "mono-bold")
    p2.text(5.4, y + 0.45, "Your occupation", 6)
    p2.text(5.4, y + 0.6, occupations[0], 8, "mono-bold")
    p2.text(1.3, y + 0.95, "Spouse's signature. If a joint return, both must sign.", 6)
    p2.signature(1.4, y + 1.0, f"{spouse[0]} {spouse[1]}".title(), 14)
    p2.text(4.3, y + 0.95, "Date", 6)
    p2.text(4.3, y + 1.1, dates.us(signed), 8, "mono-bold")
    p2.text(5.4, y + 0.95, "Spouse's occupation", 6)
    p2.text(5.4, y + 1.1, occupations[1], 8, "mono-bold")
    y += 1.8
    p2.rect(0.5, y, 7.5, 0.9, 0.8)
    p2.text(0.58, y + 0.05, "Paid", 10, "sans-bold")
    p2.text(0.58, y + 0.22, "Preparer", 10, "sans-bold")
    p2.text(0.58, y + 0.39, "Use Only", 10, "sans-bold")
    p2.text(1.5, y + 0.05, "Preparer's name", 6)
    p2.text(1.5, y + 0.18, preparer[0], 8, "mono-bold")
    p2.text(4.3, y + 0.05, "PTIN", 6)
    p2.text(4.3, y + 0.18, preparer[1], 8, "mono-bold")
    p2.text(1.5, y + 0.5, "Firm's name and address", 6)
    p2.text(1.5, y + 0.63, preparer[2], 8, "mono-bold")
    p2.text(
        0.5, 10.5, "Go to www.irs.gov/Form1040 for instructions and the latest information.", 6.5
    )
    p2.text(8.0, 10.5, f"Form 1040 ({year})", 7, "sans-bold", align="right")
    return [p1, p2]


def hotel_stub(
    *,
    employer: list[str],
    employee: tuple[str, str, str],
    employee_id: str,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    rate: float,
    hours: float,
    overtime: float,
    ytd_gross: float,
    check_no: str,
) -> list[Sheet]:
    """A biweekly earnings statement printed by a payroll service (Wyoming: no state tax)."""
    s = Sheet()
    s.text(0.6, 0.55, employer[0], 13, "sans-bold")
    s.lines(0.6, 0.8, employer[1:], 8.5)
    s.text(7.9, 0.55, "EARNINGS STATEMENT", 13, "sans-bold", align="right")
    s.text(7.9, 0.8, f"Check No. {check_no}", 8.5, align="right")
    s.grid(
        4.6,
        1.1,
        3.3,
        [
            (
                0.38,
                [
                    (1, "PERIOD BEGINNING", dates.us(period[0])),
                    (1, "PERIOD ENDING", dates.us(period[1])),
                ],
            ),
            (0.38, [(1, "PAY DATE", dates.us(paid)), (1, "EMPLOYEE ID", employee_id)]),
        ],
        value_face="sans",
        value_pt=8.5,
    )
    s.lines(0.6, 1.35, [employee[0].upper(), employee[1], employee[2]], 9.5, "sans")
    gross = rate * hours + rate * 1.5 * overtime
    fed = round(gross * 0.072, 2)
    ss = round(gross * 0.062, 2)
    med = round(gross * 0.0145, 2)
    medical = 64.38
    k401 = round(gross * 0.03, 2)
    net = gross - fed - ss - med - medical - k401
    ytd = ytd_gross
    y = s.table(
        0.6,
        2.2,
        [2.2, 0.9, 0.9, 1.2, 1.3],
        [
            ["EARNINGS", "RATE", "HOURS", "THIS PERIOD", "YEAR TO DATE"],
            ["Regular", f"{rate:.2f}", f"{hours:.2f}", money(rate * hours), money(ytd * 0.95)],
            [
                "Overtime",
                f"{rate * 1.5:.2f}",
                f"{overtime:.2f}",
                money(rate * 1.5 * overtime),
                money(ytd * 0.05),
            ],
            ["GROSS PAY", "", "", money(gross), money(ytd)],
        ],
        pt=8.5,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.6,
        y + 0.25,
        [3.1, 1.2, 1.3],
        [
            ["TAXES AND DEDUCTIONS", "THIS PERIOD", "YEAR TO DATE"],
            ["Federal Income Tax", money(fed), money(ytd * 0.072)],
            ["Social Security", money(ss), money(ytd * 0.062)],
            ["Medicare", money(med), money(ytd * 0.0145)],
            ["Medical Pre-Tax (BCBS WY)", money(medical), money(medical * 20)],
            ["401(k) 3%", money(k401), money(ytd * 0.03)],
        ],
        pt=8.5,
        align=["left", "right", "right"],
    )
    s.rect(4.6, y + 0.25, 3.3, 0.5, 1.2)
    s.text(4.7, y + 0.3, "NET PAY", 10, "sans-bold")
    s.text(7.8, y + 0.4, f"${money(net)}", 13, "mono-bold", align="right")
    s.text(0.6, y + 0.3, "Direct deposit: Warren Federal Credit Union ****4471", 8.5)
    s.text(0.6, y + 0.5, "Wyoming does not levy a state income tax.", 7.5, fill=GREY)
    s.line(0.6, y + 1.1, 7.9, y + 1.1, 0.5, GREY)
    s.text(0.6, y + 1.15, "NON-NEGOTIABLE — THIS IS NOT A CHECK", 8, "sans-bold", fill=GREY)
    return [s]


def g28(
    *,
    rep: dict,
    bar: tuple[str, str],
    client: tuple[str, str, str],
    a_number: str,
    client_address: tuple[str, str, str, str],
    client_phone: str,
    signed: dt.date,
) -> list[Sheet]:
    """Form G-28 (Edition 09/17/18): its two pages of numbered items, ICE checked."""
    family, given = rep["name"].split()[-1], " ".join(rep["name"].split()[:-1])
    p1 = Sheet()
    p1.text(0.5, 0.4, "Notice of Entry of Appearance", 13, "sans-bold")
    p1.text(0.5, 0.62, "as Attorney or Accredited Representative", 13, "sans-bold")
    p1.text(7.95, 0.4, "DHS", 11, "sans-bold", align="right")
    p1.text(7.95, 0.58, "Form G-28", 11, "sans-bold", align="right")
    p1.text(7.95, 0.76, "OMB No. 1615-0105", 7.5, align="right")
    p1.text(0.5, 0.86, "Department of Homeland Security", 8)
    p1.line(0.5, 1.05, 8.0, 1.05, 1.5)
    p1.rect(0.5, 1.12, 7.5, 0.26, outline=None, fill=(210, 210, 210))
    p1.text(
        0.58,
        1.16,
        "Part 1.  Information About Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    street, city = rep["address"][0], rep["address"][1]
    city_name, state_zip = city.split(", ")
    state, zip_code = state_zip.split()
    y = p1.grid(
        0.5,
        1.42,
        7.5,
        [
            (0.42, [(1, "1. USCIS Online Account Number (if any)", "")]),
            (
                0.42,
                [
                    (2, "2.a. Family Name (Last Name)", family),
                    (2, "2.b. Given Name (First Name)", given),
                    (1, "2.c. Middle Name", ""),
                ],
            ),
            (0.42, [(4, "3.a. Street Number and Name", street), (1, "3.b. Ste.", "")]),
            (
                0.42,
                [
                    (3, "3.c. City or Town", city_name),
                    (1, "3.d. State", state),
                    (1, "3.e. ZIP Code", zip_code),
                ],
            ),
            (
                0.42,
                [
                    (1, "4. Daytime Telephone Number", rep["phone"]),
                    (2, "6. Email Address (if any)", rep["email"]),
                ],
            ),
        ],
        value_face="sans",
    )
    p1.rect(0.5, y + 0.1, 7.5, 0.26, outline=None, fill=(210, 210, 210))
    p1.text(
        0.58,
        y + 0.14,
        "Part 2.  Eligibility Information for Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y += 0.45
    y = p1.checkbox(
        0.6,
        y,
        True,
        "1.a. I am an attorney eligible to practice law in, and a "
        "member in good standing of, the bar of the highest courts of:",
        8,
    )
    y = p1.grid(
        0.8,
        y + 0.05,
        7.2,
        [
            (
                0.42,
                [
                    (3, "Licensing Authority", bar[0]),
                    (2, "1.b. Bar Number (if applicable)", bar[1]),
                ],
            )
        ],
        value_face="sans",
    )
    y = p1.checkbox(
        0.6,
        y + 0.1,
        False,
        "1.d. I am not subject to any order suspending, "
        "enjoining, restraining, disbarring, or otherwise restricting me in the "
        "practice of law.",
        8,
    )
    y = p1.text(
        0.8, y, f"Name of Law Firm or Organization (if applicable): {rep['organization']}", 8
    )
    y = p1.text(0.8, y, f"EOIR ID: {rep['eoir_id']}", 8)
    p1.rect(0.5, y + 0.1, 7.5, 0.26, outline=None, fill=(210, 210, 210))
    p1.text(
        0.58,
        y + 0.14,
        "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y += 0.45
    y = p1.text(
        0.6, y, "This appearance relates to immigration matters before (select only one box):", 8
    )
    p1.checkbox(0.7, y + 0.02, False, "1.a. U.S. Citizenship and Immigration Services (USCIS)", 8)
    p1.checkbox(0.7, y + 0.22, True, "2.a. U.S. Immigration and Customs Enforcement (ICE)", 8)
    p1.checkbox(0.7, y + 0.42, False, "3.a. U.S. Customs and Border Protection (CBP)", 8)
    y = p1.grid(
        0.8,
        y + 0.7,
        7.2,
        [
            (
                0.42,
                [
                    (
                        3,
                        "2.b. List the specific matter in which appearance is entered",
                        "Request for prosecutorial discretion",
                    ),
                    (2, "Receipt Number / A-Number", a_number),
                ],
            )
        ],
        value_face="sans",
    )
    p1.text(0.5, 10.45, "Form G-28 Edition 09/17/18", 7, "sans-bold")
    p1.text(8.0, 10.45, "Page 1 of 4", 7, align="right")
    p2 = Sheet()
    p2.rect(0.5, 0.5, 7.5, 0.26, outline=None, fill=(210, 210, 210))
    p2.text(0.58, 0.54, "Part 4.  Client's Consent to Representation and Signature", 9, "sans-bold")
    y = p2.para(
        0.6,
        0.9,
        7.3,
        "I have requested the representation of and consented to being "
        "represented by the attorney or accredited representative named in Part 1. of "
        "this form. According to the Privacy Act of 1974 and DHS policy, I also consent "
        "to the disclosure to the named attorney or accredited representative of any "
        "records pertaining to me that appear in any system of records of USCIS, ICE, "
        "or CBP.",
        8,
        "sans",
    )
    y = p2.grid(
        0.5,
        y + 0.1,
        7.5,
        [
            (
                0.42,
                [
                    (2, "1.a. Family Name (Last Name)", client[0]),
                    (2, "1.b. Given Name (First Name)", client[1]),
                    (1, "1.c. Middle Name", client[2]),
                ],
            ),
            (
                0.42,
                [
                    (2, "5. Alien Registration Number (A-Number) (if any)", a_number),
                    (2, "3. Daytime Telephone Number", client_phone),
                ],
            ),
            (0.42, [(4, "7.a. Street Number and Name", client_address[0])]),
            (
                0.42,
                [
                    (3, "7.c. City or Town", client_address[1]),
                    (1, "7.d. State", client_address[2]),
                    (1, "7.e. ZIP Code", client_address[3]),
                ],
            ),
        ],
        value_face="sans",
    )
    p2.text(
        0.6,
        y + 0.15,
        "8.a. Signature of Applicant, Petitioner, Requestor, Beneficiary, "
        "Derivative, or Respondent",
        7.5,
    )
    p2.signature(0.8, y + 0.3, f"{client[1]} {client[0]}".title(), 16)
    p2.text(5.6, y + 0.15, "8.b. Date of Signature (mm/dd/yyyy)", 7.5)
    p2.text(5.6, y + 0.4, dates.us(signed), 10, "mono-bold")
    y += 1.0
    p2.rect(0.5, y, 7.5, 0.26, outline=None, fill=(210, 210, 210))
    p2.text(
        0.58,
        y + 0.04,
        "Part 5.  Signature of Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y = p2.para(
        0.6,
        y + 0.4,
        7.3,
        "I have read and understand the regulations and conditions "
        "contained in 8 CFR 103.2 and 292 governing appearances and representation "
        "before the Department of Homeland Security. I declare under penalty of perjury "
        "under the laws of the United States that the information I have provided on "
        "this form is true and correct.",
        8,
        "sans",
    )
    p2.text(0.6, y + 0.15, "1.a. Signature of Attorney or Accredited Representative", 7.5)
    p2.signature(0.8, y + 0.3, rep["name"], 16)
    p2.text(5.6, y + 0.15, "1.b. Date of Signature (mm/dd/yyyy)", 7.5)
    p2.text(5.6, y + 0.4, dates.us(signed), 10, "mono-bold")
    p2.text(0.5, 10.45, "Form G-28 Edition 09/17/18", 7, "sans-bold")
    p2.text(8.0, 10.45, "Page 2 of 4", 7, align="right")
    return [p1, p2]


# ---------------------------------------------------------------- Philippines, Hawaii


def psa_birth(
    *,
    registry: str,
    province: str,
    city: str,
    child: tuple[str, str, str],
    sex: str,
    born: dt.date,
    place: str,
    mother: tuple[str, str, str, str, str],
    father: tuple[str, str, str, str, str],
    married: str,
    attendant: str,
    registered: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """A PSA copy on security paper of Municipal Form No. 102, the Certificate of Live Birth."""
    s = Sheet()
    s.rect(0, 0, s.width, s.height, outline=None, fill=(246, 240, 226))
    s.security_background(seed, (230, 220, 200))
    s.text(0.5, 0.35, "Municipal Form No. 102", 7, "sans")
    s.text(0.5, 0.47, "(Revised January 2007)", 7, "sans")
    s.text(
        8.0,
        0.35,
        "(To be accomplished in quadruplicate using black ink)",
        6.5,
        "sans",
        align="right",
    )
    y = s.center(0.42, "Republic of the Philippines", 9, "serif")
    y = s.center(y, "OFFICE OF THE CIVIL REGISTRAR GENERAL", 10, "serif-bold")
    y = s.center(y + 0.02, "CERTIFICATE OF LIVE BIRTH", 15, "serif-bold")
    y = s.grid(
        0.5,
        y + 0.08,
        7.5,
        [
            (0.38, [(3, "Province", province), (2, "Registry No.", registry)]),
            (0.38, [(5, "City/Municipality", city)]),
        ],
        value_pt=9,
    )
    s.vertical(0.35, y, 1.9, "CHILD")
    y = s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (2, "1. NAME (First)", child[0]),
                    (2, "(Middle)", child[1]),
                    (2, "(Last)", child[2]),
                ],
            ),
            (
                0.45,
                [
                    (1, "2. SEX (Male / Female)", sex),
                    (
                        3,
                        "3. DATE OF BIRTH (Day) (Month) (Year)",
                        f"{born.day}  {dates.month(born).upper()}  {born.year}",
                    ),
                ],
            ),
            (
                0.5,
                [
                    (
                        5,
                        "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution/House No., "
                        "St., Barangay) (City/Municipality) (Province)",
                        place,
                    )
                ],
            ),
            (
                0.45,
                [
                    (1, "5a. TYPE OF BIRTH", "SINGLE"),
                    (1, "5b. IF MULTIPLE BIRTH, CHILD WAS", ""),
                    (1, "5c. BIRTH ORDER", "FIRST"),
                    (1, "6. WEIGHT AT BIRTH", "3,050 grams"),
                ],
            ),
        ],
        value_pt=9,
    )
    s.vertical(0.35, y, 1.4, "MOTHER")
    y = s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (4, "7. MAIDEN NAME (First) (Middle) (Last)", mother[0]),
                    (1, "8. CITIZENSHIP", mother[1]),
                ],
            ),
            (
                0.45,
                [
                    (2, "9. RELIGION/RELIGIOUS SECT", mother[2]),
                    (2, "11. OCCUPATION", mother[3]),
                    (1, "12. Age at the time of this birth", mother[4]),
                ],
            ),
            (
                0.5,
                [
                    (
                        5,
                        "13. RESIDENCE (House No., St., Barangay, City/Municipality, Province, "
                        "Country)",
                        place.split(",", 1)[1].strip(),
                    )
                ],
            ),
        ],
        value_pt=9,
    )
    s.vertical(0.35, y, 0.9, "FATHER")
    y = s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (4, "14. NAME (First) (Middle) (Last)", father[0]),
                    (1, "15. CITIZENSHIP", father[1]),
                ],
            ),
            (
                0.45,
                [
                    (2, "16. RELIGION/RELIGIOUS SECT", father[2]),
                    (2, "17. OCCUPATION", father[3]),
                    (1, "18. Age at the time of this birth", father[4]),
                ],
            ),
        ],
        value_pt=9,
    )
    y = s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (
                        5,
                        "20a. DATE AND PLACE OF MARRIAGE OF PARENTS (Month, Day, Year)  (Place)",
                        married,
                    )
                ],
            ),
            (
                0.45,
                [
                    (3, "21a. ATTENDANT", attendant),
                    (2, "21b. CERTIFICATION OF ATTENDANT AT BIRTH", "Signed"),
                ],
            ),
            (
                0.5,
                [
                    (3, "REMARKS/ANNOTATIONS (For LCRO/OCRG Use Only)", ""),
                    (
                        2,
                        "RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR",
                        dates.long(registered).upper(),
                    ),
                ],
            ),
        ],
        value_pt=9,
    )
    y += 0.2
    s.rect(0.5, y, 7.5, 1.35, 0.8)
    s.center(y + 0.05, "PHILIPPINE STATISTICS AUTHORITY", 11, "sans-bold", fill=NAVY)
    s.para(
        0.65,
        y + 0.3,
        7.2,
        "This is to certify that this is a true copy of the Certificate "
        "of Live Birth on file with this Office. This certification is issued upon the "
        "request of the registrant for whatever legal purpose it may serve.",
        8,
        "sans",
    )
    s.text(
        0.65,
        y + 0.75,
        f"Issued on: {dates.long(issued)}      OR No.: 8803412-77      Verified by: R. T. Agustin",
        8,
    )
    s.signature(5.4, y + 0.75, "D. S. Mapa", 15, INK)
    s.text(5.2, y + 1.12, "National Statistician and Civil Registrar General", 6.5)
    s.text(
        4.25,
        10.62,
        "This document is printed on security paper. Any alteration or erasure renders it void.",
        6.5,
        align="center",
    )
    return [s]


def hidoe_attendance(
    *,
    student: str,
    student_id: str,
    born: dt.date,
    rows: list[list[str]],
    school: str,
    printed: dt.date,
    registrar: str,
) -> list[Sheet]:
    """A Hawaii Department of Education cumulative attendance record, kindergarten to grade 12,
    printed from the student information system and signed by the school's registrar."""
    s = Sheet()
    s.seal(1.05, 0.95, 0.45, "HAWAII STATE DEPARTMENT OF EDUCATION * ")
    s.text(1.7, 0.55, "STATE OF HAWAII", 10, "sans-bold")
    s.text(1.7, 0.72, "DEPARTMENT OF EDUCATION", 12, "sans-bold")
    s.text(1.7, 0.92, "Office of Student Support Services", 8.5, fill=GREY)
    s.text(7.9, 0.6, "STUDENT CUMULATIVE", 12, "sans-bold", align="right")
    s.text(7.9, 0.8, "ATTENDANCE RECORD", 12, "sans-bold", align="right")
    s.line(0.6, 1.5, 7.9, 1.5, 1.2)
    s.grid(
        0.6,
        1.6,
        7.3,
        [
            (
                0.42,
                [
                    (3, "STUDENT NAME (Last, First Middle)", student),
                    (1.4, "STUDENT ID", student_id),
                    (1.4, "DATE OF BIRTH", dates.us(born)),
                ],
            ),
            (
                0.42,
                [
                    (
                        3,
                        "FIRST ENTRY, HAWAII PUBLIC SCHOOLS",
                        rows[0][3] + "  (E1 - from outside the U.S.)",
                    ),
                    (2.8, "CURRENT SCHOOL", school),
                ],
            ),
        ],
        value_face="sans-bold",
        value_pt=8.5,
    )
    y = s.table(
        0.6,
        2.6,
        [0.75, 0.4, 2.15, 0.8, 0.8, 0.55, 0.6, 0.6, 0.55],
        [["YEAR", "GR", "SCHOOL", "ENTRY", "EXIT", "ENR", "PRES", "ABS", "TDY"], *rows],
        pt=7.5,
        align=["left", "left", "left", "left", "left", "right", "right", "right", "right"],
    )
    y = s.para(
        0.6,
        y + 0.15,
        7.3,
        "ENR: days enrolled. PRES: days present. ABS: days absent "
        "(excused and unexcused). TDY: tardies. Exit W1: promoted at year end; G1: "
        "graduated with a Hawaii High School Diploma.",
        7.5,
        "sans",
    )
    y = s.para(
        0.6,
        y + 0.2,
        7.3,
        "I certify that this is a true and complete record of the "
        "attendance of the above-named student in the public schools of the State of "
        "Hawaii, as kept in the Department's student information system.",
        9,
        "serif",
    )
    s.signature(0.8, y + 0.1, registrar, 17)
    s.line(0.6, y + 0.55, 3.6, y + 0.55)
    s.text(0.6, y + 0.6, f"{registrar}, Registrar", 8.5)
    s.text(4.4, y + 0.6, f"Date printed: {dates.us(printed)}", 8.5)
    s.seal(6.8, y + 0.35, 0.5, f"{school.upper()} * HONOLULU * ")
    s.text(
        0.6,
        10.5,
        "HIDOE Form SIS-AT4 (rev. 2019)   Confidential student record — FERPA (20 U.S.C. 1232g)",
        6.5,
        fill=GREY,
    )
    return [s]


def hidoe_elementary_card(
    *,
    student: str,
    grade: str,
    year: str,
    school: str,
    teacher: str,
    marks: list[tuple[str, list[str]]],
    glo: list[str],
    absences: list[str],
    comment: str,
    principal: str,
) -> list[Sheet]:
    """A Hawaii public elementary school's standards-based report card: marks 4 to 1 by
    quarter, the General Learner Outcomes, attendance and the teacher's comment."""
    s = Sheet()
    y = s.center(0.5, "HAWAII STATE DEPARTMENT OF EDUCATION", 10, "sans-bold")
    y = s.center(y, school.upper(), 13, "sans-bold")
    y = s.center(y, f"Elementary Standards-Based Report Card — {grade}", 11)
    y = s.center(y, f"School Year {year}", 9.5)
    y = s.grid(
        0.6,
        y + 0.1,
        7.3,
        [(0.42, [(3, "STUDENT", student), (2, "TEACHER", teacher), (1, "GRADE", grade)])],
        value_face="sans-bold",
        value_pt=9,
    )
    s.text(
        0.6,
        y + 0.08,
        "Key: 4 Exceeds Proficiency   3 Meets Proficiency   2 Approaches "
        "Proficiency   1 Well Below Proficiency   N/A Not assessed this quarter",
        7.5,
        "sans-italic",
    )
    y = s.table(
        0.6,
        y + 0.32,
        [4.7, 0.65, 0.65, 0.65, 0.65],
        [["CONTENT AREA / STANDARD", "Q1", "Q2", "Q3", "Q4"], *[[label, *q] for label, q in marks]],
        pt=8,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.6,
        y + 0.2,
        [4.7, 0.65, 0.65, 0.65, 0.65],
        [
            [
                "GENERAL LEARNER OUTCOMES (C Consistently, U Usually, S Sometimes, R Rarely)",
                "Q1",
                "Q2",
                "Q3",
                "Q4",
            ],
            *[
                [name, *glo[i].split()]
                for i, name in enumerate(
                    [
                        "GLO 1 Self-directed Learner",
                        "GLO 2 Community Contributor",
                        "GLO 3 Complex Thinker",
                        "GLO 4 Quality Producer",
                        "GLO 5 Effective Communicator",
                        "GLO 6 Effective and Ethical User of Technology",
                    ]
                )
            ],
        ],
        pt=8,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.6,
        y + 0.2,
        [4.7, 0.65, 0.65, 0.65, 0.65],
        [
            ["ATTENDANCE", "Q1", "Q2", "Q3", "Q4"],
            ["Days absent", *absences],
            ["Times tardy", "0", "1", "0", "0"],
        ],
        pt=8,
        align=["left", "right", "right", "right", "right"],
    )
    s.text(0.6, y + 0.2, "TEACHER COMMENTS", 9, "sans-bold")
    y = s.para(0.6, y + 0.42, 7.3, comment, 9.5, "serif")
    s.text(0.6, y + 0.25, f"Principal: {principal}", 8.5)
    s.text(4.6, y + 0.25, "Placement for next school year: Grade 4", 8.5, "sans-bold")
    return [s]


def middle_school_card(
    *,
    student: str,
    student_id: str,
    grade: str,
    year: str,
    school: str,
    address: str,
    courses: list[list[str]],
    absences: str,
    counselor: str,
) -> list[Sheet]:
    """A Hawaii intermediate school's year-end report card with letter grades by quarter."""
    s = Sheet()
    letterhead(s, school, [address, "Hawaii State Department of Education"], NAVY, "star")
    s.text(0.9, 1.75, "REPORT CARD — END OF YEAR", 12, "sans-bold")
    s.text(7.6, 1.75, f"School Year {year}", 10, align="right")
    y = s.grid(
        0.9,
        2.05,
        6.7,
        [(0.42, [(3, "STUDENT", student), (1.5, "STUDENT ID", student_id), (1, "GRADE", grade)])],
        value_face="sans-bold",
        value_pt=9,
    )
    y = s.table(
        0.9,
        y + 0.2,
        [2.3, 1.4, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
        [["COURSE", "TEACHER", "Q1", "Q2", "S1", "Q3", "Q4", "S2"], *courses],
        pt=8.5,
        align=["left", "left", "right", "right", "right", "right", "right", "right"],
    )
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "Grades: A 90-100, B 80-89, C 70-79, D 60-69, F below 60. "
        "S1/S2: semester grade recorded on the permanent record.",
        8,
        "sans",
    )
    s.text(0.9, y + 0.15, f"Days absent this year: {absences}", 9)
    s.text(0.9, y + 0.4, f"Promoted to Grade 8.   Counselor: {counselor}", 9, "sans-bold")
    return [s]


def progress_report(
    *,
    student: str,
    student_id: str,
    grade: str,
    school: str,
    address: str,
    issued: dt.date,
    quarter: str,
    courses: list[list[str]],
    note: str,
) -> list[Sheet]:
    """A high school's mid-quarter progress report printed from the gradebook."""
    s = Sheet()
    s.text(0.7, 0.55, school.upper(), 13, "sans-bold")
    s.text(0.7, 0.78, address, 8.5, fill=GREY)
    s.text(7.8, 0.55, "PROGRESS REPORT", 13, "sans-bold", align="right")
    s.text(7.8, 0.78, f"{quarter} — issued {dates.us(issued)}", 8.5, align="right")
    s.line(0.7, 1.05, 7.8, 1.05, 1.0)
    s.lines(0.7, 1.2, [f"Student: {student}", f"ID: {student_id}    Grade: {grade}"], 9.5)
    y = s.table(
        0.7,
        1.75,
        [2.2, 1.5, 0.75, 0.7, 0.7, 1.25],
        [["Course", "Teacher", "Grade", "%", "Missing", "Citizenship"], *courses],
        pt=8.5,
        rules="header",
        align=["left", "left", "left", "right", "right", "left"],
    )
    y = s.para(0.7, y + 0.25, 7.1, note, 9.5, "serif")
    s.para(
        0.7,
        y + 0.2,
        7.1,
        "Progress grades are not final and are not recorded on the "
        "transcript. Parents may view current grades in the Parent Portal.",
        8,
        "sans-italic",
    )
    return [s]


def hawaii_diploma(
    *, name: str, school: str, awarded: dt.date, signers: list[tuple[str, str]], seed: int
) -> list[Sheet]:
    """A Hawaii high school diploma: a landscape certificate in old English style lettering."""
    s = Sheet(11.0, 8.5)
    s.rect(0, 0, s.width, s.height, outline=None, fill=(250, 247, 236))
    s.border(0.35, 3.0)
    y = s.center(0.85, "State of Hawaii  ·  Department of Education", 14, "schoolbook")
    y = s.center(y + 0.15, school, 30, "schoolbook-bold", fill=NAVY)
    y = s.center(y + 0.25, "This certifies that", 14, "serif-italic")
    y = s.center(y + 0.1, name, 26, "script")
    y = s.para(
        1.6,
        y + 0.35,
        7.8,
        "has satisfactorily completed the course of study prescribed for graduation by the Board "
        "of Education of the State of Hawaii and is therefore awarded this",
        14,
        "schoolbook",
    )
    y = s.center(y + 0.1, "Diploma", 36, "script")
    day = ordinal_words(awarded.day)
    s.center(
        y + 0.3,
        f"Given at Honolulu, Hawaii, this {day} day of {dates.month(awarded)}, "
        f"two thousand {cardinal_words(awarded.year - 2000)}",
        12,
        "serif-italic",
    )
    x = 1.3
    for signer, title in signers:
        s.signature(x + 0.1, 6.55, signer, 16, INK)
        s.line(x, 7.05, x + 2.5, 7.05, 0.6)
        s.text(x + 1.25, 7.1, title, 9, "serif", align="center")
        x += 3.0
    s.seal(5.5, 6.9, 0.55, "HAWAII STATE DEPARTMENT OF EDUCATION * ")
    return [s]


def college_certificate(
    *, college: str, name: str, program: str, awarded: dt.date, signers: list[tuple[str, str]]
) -> list[Sheet]:
    """A community college's certificate of achievement (landscape)."""
    s = Sheet(11.0, 8.5)
    s.border(0.4, 2.5)
    y = s.center(0.95, "University of Hawaii System", 13, "serif-italic")
    y = s.center(y + 0.1, college, 28, "serif-bold", fill=(20, 80, 60))
    y = s.para(
        2.0,
        y + 0.3,
        7.0,
        "upon the recommendation of the faculty and by virtue of the "
        "authority vested in it has conferred upon",
        13,
        "serif",
    )
    y = s.center(y + 0.15, name, 24, "schoolbook-bold")
    y = s.center(y + 0.2, "the", 13, "serif")
    y = s.center(y + 0.05, "Certificate of Achievement", 24, "script")
    y = s.center(y + 0.1, f"in {program}", 15, "serif-bold")
    s.center(
        y + 0.2,
        f"Given at Pearl City, Hawaii, on the {ordinal_words(awarded.day)} day of "
        f"{dates.month(awarded)}, {awarded.year}",
        12,
        "serif-italic",
    )
    x = 1.6
    for signer, title in signers:
        s.signature(x + 0.2, 6.6, signer, 16, INK)
        s.line(x, 7.1, x + 3.0, 7.1, 0.6)
        s.text(x + 1.5, 7.15, title, 9.5, "serif", align="center")
        x += 4.8
    s.seal(5.5, 6.9, 0.55, f"{college.upper()} * ")
    return [s]


def w2(
    *,
    year: int,
    ssn: str,
    ein: str,
    employer: list[str],
    control: str,
    employee: tuple[str, str, str],
    wages: float,
    state_id: str,
    state: str,
    state_rate: float,
) -> list[Sheet]:
    """A Form W-2, Copy B, printed by the employer's payroll software on the top of a page."""
    s = Sheet()
    fed = round(wages * 0.068, 2)
    ss = round(wages * 0.062, 2)
    med = round(wages * 0.0145, 2)
    st = round(wages * state_rate, 2)
    y = 0.6
    s.text(0.5, y, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 7, "sans-bold")
    s.text(8.0, y, "OMB No. 1545-0008", 7, align="right")
    y += 0.2
    left = [
        (0.45, [(1, "a  Employee's social security number", ssn)]),
        (0.45, [(1, "b  Employer identification number (EIN)", ein)]),
        (0.85, [(1, "c  Employer's name, address, and ZIP code", "\n".join(employer))]),
        (0.4, [(1, "d  Control number", control)]),
        (0.85, [(1, "e/f  Employee's name, address, and ZIP code", "\n".join(employee))]),
    ]
    right = [
        (
            0.45,
            [
                (1, "1  Wages, tips, other compensation", money(wages)),
                (1, "2  Federal income tax withheld", money(fed)),
            ],
        ),
        (
            0.45,
            [
                (1, "3  Social security wages", money(wages)),
                (1, "4  Social security tax withheld", money(ss)),
            ],
        ),
        (
            0.45,
            [
                (1, "5  Medicare wages and tips", money(wages)),
                (1, "6  Medicare tax withheld", money(med)),
            ],
        ),
        (0.4, [(1, "7  Social security tips", ""), (1, "8  Allocated tips", "")]),
        (0.4, [(1, "9", ""), (1, "10  Dependent care benefits", "")]),
        (
            0.4,
            [
                (1, "11  Nonqualified plans", ""),
                (1, "12a  See instructions for box 12", "DD | 4,212.00"),
            ],
        ),
        (
            0.45,
            [
                (1, "13  Statutory employee / Retirement plan / Third-party sick pay", ""),
                (1, "14  Other", ""),
            ],
        ),
    ]
    end_left = s.grid(0.5, y, 3.7, left, value_pt=8.5)
    end_right = s.grid(4.2, y, 3.8, right, value_pt=8.5)
    y = max(end_left, end_right)
    y = s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (1, "15  State", state),
                    (2.5, "Employer's state ID number", state_id),
                    (2, "16  State wages, tips, etc.", money(wages)),
                    (2, "17  State income tax", money(st)),
                    (1.5, "20  Locality name", ""),
                ],
            )
        ],
        value_pt=8.5,
    )
    s.text(0.5, y + 0.08, "Form", 8)
    s.text(0.85, y + 0.02, "W-2", 18, "sans-bold")
    s.text(1.6, y + 0.08, "Wage and Tax Statement", 11, "sans-bold")
    s.text(4.6, y + 0.02, str(year), 18, "sans-bold")
    s.text(8.0, y + 0.08, "Department of the Treasury—Internal Revenue Service", 7, align="right")
    s.para(
        0.5,
        y + 0.45,
        7.5,
        "This information is being furnished to the Internal Revenue "
        "Service. If you are required to file a tax return, a negligence penalty or other "
        "sanction may be imposed on you if this income is taxable and you fail to report it.",
        6.5,
        "sans",
    )
    s.line(0.3, 5.5, 8.2, 5.5, 0.5, GREY)
    s.text(4.25, 5.55, "- - - fold and detach here - - -", 7, fill=GREY, align="center")
    return [s]


def tagalog_letter(
    *, writer: str, address: list[str], subject: str, written: dt.date, body: list[str]
) -> list[Sheet]:
    """A family friend's letter in Tagalog, typed at home and signed."""
    s = Sheet()
    y = s.lines(0.9, 0.8, [writer, *address], 11, "sans")
    y = s.text(
        0.9,
        y + 0.3,
        f"Ika-{written.day} ng {TL_MONTHS[written.month - 1]}, {written.year}",
        11,
        "sans",
    )
    y = s.text(0.9, y + 0.3, "SA KINAUUKULAN:", 11, "sans-bold")
    y = s.text(0.9, y + 0.1, f"Tungkol kay: {subject}", 11, "sans-bold")
    y = s.paras(0.9, y + 0.2, 6.7, body, gap=0.15, pt=11, face="sans")
    y = s.text(0.9, y + 0.1, "Lubos na gumagalang,", 11, "sans")
    s.signature(1.0, y + 0.05, writer, 20)
    s.lines(0.9, y + 0.65, [writer.upper(), "Tel. (808) 555-0191"], 10, "sans")
    return [s]


# ---------------------------------------------------------------- Nepal, Alaska


def nepal_birth(
    *,
    registration: str,
    office: list[str],
    name: str,
    sex: str,
    born_bs: str,
    born_ad: dt.date,
    place: str,
    father: str,
    mother: str,
    grandfather: str,
    address: str,
    registered_bs: str,
    issued: str,
    registrar: str,
) -> list[Sheet]:
    """A Nepali local registrar's birth registration certificate in its English version, dates
    in Bikram Sambat with the Gregorian date beside."""
    s = Sheet()
    s.border(0.35, 1.6)
    s.logo(3.95, 0.55, 0.6, "star", RED)
    y = s.center(1.25, "Government of Nepal", 12, "serif-bold")
    y = s.center(y, "Ministry of Federal Affairs and General Administration", 10, "serif")
    y = s.center(y, "Department of National ID and Civil Registration", 10, "serif")
    for line in office:
        y = s.center(y, line, 10, "serif-bold")
    y = s.center(y + 0.2, "BIRTH REGISTRATION CERTIFICATE", 16, "serif-bold", fill=RED)
    s.text(0.9, y + 0.15, f"Registration No.: {registration}", 10.5, "serif-bold")
    s.text(7.6, y + 0.15, f"Date of Issue: {issued}", 10.5, "serif-bold", align="right")
    y += 0.55
    y = s.para(
        0.9,
        y,
        6.7,
        "This is to certify that the following details have been "
        "registered in the birth register of this office under the Act Relating to "
        "National Identity Card and Civil Registration, 2076 (2020).",
        10.5,
        "serif",
    )
    y += 0.15
    rows = [
        ("Name of the Child", name),
        ("Sex", sex),
        ("Date of Birth", f"{born_bs} B.S. ({dates.day_month_year(born_ad)} A.D.)"),
        ("Place of Birth", place),
        ("Name of Father", father),
        ("Name of Mother", mother),
        ("Name of Grandfather", grandfather),
        ("Permanent Address", address),
        ("Date of Registration", f"{registered_bs} B.S."),
    ]
    for label, value in rows:
        s.text(1.0, y, label, 10.5, "serif")
        s.text(3.0, y, ":", 10.5, "serif")
        s.text(3.2, y - 0.01, value, 10.5, "mono-bold")
        y += 0.34
    y += 0.4
    s.signature(5.2, y, registrar, 17)
    s.line(4.9, y + 0.5, 7.6, y + 0.5, 0.6)
    s.text(6.25, y + 0.55, f"{registrar}", 9.5, "serif", align="center")
    s.text(6.25, y + 0.72, "Local Registrar", 9.5, "serif-bold", align="center")
    s.stamp(
        1.0,
        y - 0.1,
        ["HETAUDA SUB-METROPOLITAN CITY", "WARD NO. 4 OFFICE", "MAKWANPUR"],
        9,
        (60, 60, 150),
        -5,
    )
    s.text(
        0.9,
        9.9,
        "Note: This certificate is issued in English on the basis of the Nepali "
        "birth register. Any alteration voids it.",
        8,
        "serif-italic",
    )
    return [s]


def alaska_birth(
    *,
    file_no: str,
    child: tuple[str, str, str],
    sex: str,
    born: dt.date,
    hour: str,
    facility: str,
    mother: tuple[str, str, str],
    father: tuple[str, str, str],
    filed: dt.date,
    issued: dt.date,
    registrar: str,
    seed: int,
) -> list[Sheet]:
    """A certified copy of an Alaska certificate of live birth: boxes with the borough in
    place of a county, the state registrar's signature and the raised seal."""
    s = Sheet()
    s.security_background(seed, (212, 226, 238))
    s.text(0.6, 0.45, "STATE OF ALASKA", 10, "sans-bold")
    s.text(0.6, 0.62, "DEPARTMENT OF HEALTH, DIVISION OF PUBLIC HEALTH", 7.5)
    s.text(0.6, 0.76, "HEALTH ANALYTICS AND VITAL RECORDS SECTION", 7.5)
    s.text(7.9, 0.45, f"STATE FILE NUMBER  {file_no}", 9, "sans-bold", align="right")
    y = s.center(1.05, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    y += 0.1
    s.vertical(0.42, y, 2.0, "CHILD")
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.48,
                [
                    (2, "1a. CHILD'S NAME (First)", child[0]),
                    (2, "1b. (Middle)", child[1]),
                    (2, "1c. (Last)", child[2]),
                ],
            ),
            (
                0.48,
                [
                    (1, "2. SEX", sex),
                    (2, "3a. DATE OF BIRTH (Mo/Day/Yr)", dates.us(born)),
                    (1, "3b. HOUR", hour),
                ],
            ),
            (
                0.48,
                [
                    (3, "4a. FACILITY NAME (If not institution, give street address)", facility),
                    (1.5, "4b. CITY, TOWN OR LOCATION", "ANCHORAGE"),
                    (1.5, "4c. BOROUGH / CENSUS AREA", "MUNICIPALITY OF ANCHORAGE"),
                ],
            ),
        ],
    )
    s.vertical(0.42, y, 1.0, "MOTHER")
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.48,
                [
                    (3, "5a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", mother[0]),
                    (1.5, "5b. DATE OF BIRTH", mother[1]),
                    (1.5, "5c. BIRTHPLACE (State or Foreign Country)", mother[2]),
                ],
            ),
            (0.48, [(6, "5d. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", mother[0])]),
        ],
    )
    s.vertical(0.42, y, 0.5, "FATHER")
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.48,
                [
                    (3, "6a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)", father[0]),
                    (1.5, "6b. DATE OF BIRTH", father[1]),
                    (1.5, "6c. BIRTHPLACE (State or Foreign Country)", father[2]),
                ],
            )
        ],
    )
    y = s.grid(
        0.6,
        y + 0.1,
        7.3,
        [
            (
                0.48,
                [
                    (3, "7. CERTIFIER'S NAME AND TITLE", "K. J. OYELARAN, MD"),
                    (1.5, "8. DATE SIGNED", dates.us(born)),
                    (1.5, "9. DATE FILED BY REGISTRAR", dates.us(filed)),
                ],
            ),
        ],
    )
    y += 0.4
    y = s.para(
        0.6,
        y,
        5.3,
        "This is a true and correct reproduction of the original record "
        "filed with the Alaska Health Analytics and Vital Records Section. This copy is "
        "issued under the authority of AS 18.50.",
        8.5,
        "serif",
    )
    s.text(0.6, y + 0.15, f"DATE ISSUED: {dates.us(issued)}", 9, "sans-bold")
    s.signature(0.8, y + 0.4, registrar, 17)
    s.line(0.6, y + 0.85, 3.8, y + 0.85)
    s.text(0.6, y + 0.9, f"{registrar}, State Registrar", 8.5)
    s.seal(6.7, y + 0.3, 0.6, "STATE OF ALASKA * VITAL RECORDS * ", "SEAL")
    s.text(
        4.25,
        10.55,
        "WARNING: THIS DOCUMENT HAS A BLUE TINTED BACKGROUND AND A RAISED SEAL. "
        "DO NOT ACCEPT WITHOUT BOTH.",
        6.5,
        "sans-bold",
        align="center",
    )
    return [s]


def apd_report(
    *,
    case_no: str,
    reported: dt.datetime,
    occurred: str,
    location: str,
    offenses: list[str],
    victim: tuple[str, str, str, str],
    suspect: tuple[str, str, str, str],
    officer: tuple[str, str],
    narrative: list[str],
    more: list[str],
) -> list[Sheet]:
    """A two-page police incident report: boxed header, the people involved, the narrative."""
    p1 = Sheet()
    p1.logo(0.6, 0.45, 0.6, "shield", NAVY)
    p1.text(1.35, 0.48, "ANCHORAGE POLICE DEPARTMENT", 14, "sans-bold", fill=NAVY)
    p1.text(1.35, 0.72, "716 W. 4th Avenue, Anchorage, Alaska 99501", 8.5, fill=GREY)
    p1.text(7.9, 0.48, "INCIDENT REPORT", 13, "sans-bold", align="right")
    p1.text(7.9, 0.72, f"Case No. {case_no}", 10, "mono-bold", align="right")
    y = p1.grid(
        0.6,
        1.2,
        7.3,
        [
            (
                0.45,
                [
                    (1, "DATE / TIME REPORTED", reported.strftime("%m/%d/%Y %H%M")),
                    (2, "OCCURRED (FROM - TO)", occurred),
                ],
            ),
            (0.45, [(3, "LOCATION OF OCCURRENCE", location)]),
            (0.7, [(3, "OFFENSE(S)", "\n".join(offenses))]),
        ],
        value_face="sans-bold",
        value_pt=8.5,
    )
    p1.text(0.6, y + 0.1, "PERSONS", 9, "sans-bold")
    y = p1.table(
        0.6,
        y + 0.3,
        [0.9, 2.5, 1.0, 1.0, 1.9],
        [
            ["ROLE", "NAME (LAST, FIRST MIDDLE)", "DOB", "SEX", "ADDRESS"],
            ["V-1", *victim],
            ["S-1", *suspect],
        ],
        pt=8,
    )
    p1.text(0.6, y + 0.2, "NARRATIVE", 9, "sans-bold")
    y = p1.paras(0.6, y + 0.42, 7.3, narrative, gap=0.1, pt=9.5, face="serif")
    p1.text(0.6, 10.45, f"Reporting officer: {officer[0]} #{officer[1]}", 7.5)
    p1.text(7.9, 10.45, "Page 1 of 2", 7.5, align="right")
    p2 = Sheet()
    p2.text(
        0.6, 0.5, f"ANCHORAGE POLICE DEPARTMENT — Case No. {case_no} (continued)", 9, "sans-bold"
    )
    p2.line(0.6, 0.72, 7.9, 0.72, 0.8)
    y = p2.paras(0.6, 0.9, 7.3, more, gap=0.1, pt=9.5, face="serif")
    y = p2.grid(
        0.6,
        y + 0.3,
        7.3,
        [
            (
                0.45,
                [
                    (2, "DISPOSITION", "ARREST — REFERRED TO MUNICIPAL PROSECUTOR"),
                    (1, "DV RELATED", "YES"),
                ],
            ),
            (
                0.45,
                [
                    (2, "REPORTING OFFICER / BADGE", f"{officer[0]} #{officer[1]}"),
                    (1, "APPROVED BY", "SGT. L. FAIRWEATHER #0987"),
                ],
            ),
        ],
        value_face="sans-bold",
        value_pt=8.5,
    )
    p2.signature(0.8, y + 0.15, officer[0], 16)
    p2.text(
        0.6,
        10.45,
        "Released to victim under AS 12.61.110 — personal identifiers of the "
        "victim withheld from public copies.",
        7,
    )
    p2.text(7.9, 10.45, "Page 2 of 2", 7.5, align="right")
    return [p1, p2]


def alaska_protective_order(
    *,
    case_no: str,
    petitioner: str,
    respondent: str,
    respondent_dob: dt.date,
    hearing: dt.date,
    expires: dt.date,
    judge: str,
) -> list[Sheet]:
    """An Alaska court's long-term protective order (form DV-130 style), two pages."""
    p1 = Sheet()
    y = p1.center(0.6, "IN THE DISTRICT COURT FOR THE STATE OF ALASKA", 11, "serif-bold")
    y = p1.center(y, "AT ANCHORAGE", 11, "serif-bold") + 0.2
    p1.text(0.9, y, f"{petitioner},", 11, "serif")
    p1.text(1.3, y + 0.22, "Petitioner,", 11, "serif")
    p1.text(0.9, y + 0.5, "vs.", 11, "serif")
    p1.text(0.9, y + 0.78, f"{respondent}, DOB {dates.us(respondent_dob)},", 11, "serif")
    p1.text(1.3, y + 1.0, "Respondent.", 11, "serif")
    p1.line(0.9, y + 1.3, 4.6, y + 1.3, 0.6)
    p1.text(5.0, y + 0.78, f"Case No. {case_no}", 11, "serif-bold")
    y += 1.6
    y = p1.center(y, "LONG-TERM PROTECTIVE ORDER", 14, "serif-bold")
    y = p1.center(y, "(AS 18.66.100)", 10, "serif") + 0.15
    y = (
        p1.para(
            0.9,
            y,
            6.7,
            f"A hearing was held on {dates.long(hearing)}. Petitioner appeared "
            "in person. Respondent appeared in person and was served with the petition and "
            "notice of hearing. The court finds by a preponderance of the evidence that the "
            "respondent has committed a crime involving domestic violence against the "
            "petitioner, and that the petitioner and respondent are household members under "
            "AS 18.66.990.",
            10.5,
        )
        + 0.15
    )
    y = p1.text(0.9, y, "IT IS ORDERED:", 10.5, "serif-bold") + 0.05
    orders = [
        (
            True,
            "1. Respondent is prohibited from threatening to commit or committing acts of "
            "domestic violence, stalking, or harassment against petitioner.",
        ),
        (
            True,
            "2. Respondent is prohibited from telephoning, contacting, or otherwise "
            "communicating directly or indirectly with petitioner, except through counsel.",
        ),
        (
            True,
            "3. Respondent is removed and excluded from the residence at a location not "
            "disclosed in this order, regardless of ownership.",
        ),
        (
            True,
            "4. Respondent shall stay away from the residence, school and place of "
            "employment of petitioner and any specified place frequented by petitioner, and shall "
            "stay at least 500 feet away from petitioner.",
        ),
        (
            False,
            "5. Respondent is prohibited from entering a propelled vehicle in the "
            "possession of or occupied by petitioner.",
        ),
        (
            True,
            "6. Respondent is prohibited from using or possessing a deadly weapon and shall "
            "surrender any firearm to the Anchorage Police Department within 24 hours.",
        ),
        (
            True,
            "7. Temporary custody of the minor child Aarav Bhandari is awarded to "
            "petitioner. Respondent shall have no contact with the child except as arranged "
            "through the court's supervised visitation program.",
        ),
    ]
    for checked, text in orders:
        p1.checkbox(0.9, y + 0.02, checked, "", 9)
        y = p1.para(1.2, y, 6.4, text, 10, "serif") + 0.06
    p1.text(0.9, 10.4, "DV-130 (2/24)(cs)   LONG-TERM PROTECTIVE ORDER", 7.5)
    p1.text(7.6, 10.4, "Page 1 of 2", 7.5, align="right")
    p2 = Sheet()
    y = p2.text(0.9, 0.7, f"Case No. {case_no}", 10, "serif-bold") + 0.2
    y = (
        p2.para(
            0.9,
            y,
            6.7,
            f"This order is effective immediately and remains in effect until "
            f"{dates.long(expires)} unless dissolved or modified by the court. Paragraph 1 "
            "(committing domestic violence) remains in effect until further order.",
            10.5,
        )
        + 0.15
    )
    p2.rect(0.9, y, 6.7, 1.5, 1.5)
    p2.center(y + 0.08, "WARNINGS TO RESPONDENT", 11, "sans-bold")
    p2.para(
        1.05,
        y + 0.35,
        6.4,
        "Violation of this order may be a misdemeanor under AS "
        "11.56.740, punishable by up to one year in jail and a fine of up to $25,000. Only "
        "the court can change this order. The petitioner cannot give you permission to "
        "violate it. This order is enforceable in every state, territory and tribal land "
        "of the United States (18 U.S.C. 2265).",
        9.5,
        "sans",
    )
    y += 1.8
    p2.text(0.9, y, f"Effective date: {dates.us(hearing)}", 10.5, "serif")
    p2.signature(4.3, y + 0.2, judge, 18)
    p2.line(4.1, y + 0.7, 7.6, y + 0.7)
    p2.text(4.1, y + 0.75, f"District Court Judge  {judge}", 9, "serif")
    y += 1.3
    p2.text(0.9, y, "CERTIFICATE OF DISTRIBUTION", 9, "sans-bold")
    p2.lines(
        0.9,
        y + 0.2,
        [
            f"A copy of this order was distributed on {dates.us(hearing)} to:",
            "[x] Petitioner (in court)   [x] Respondent (in court)   [x] APD   [x] Dept. of Public "
            "Safety",
            "Clerk: M. Tungwenuk",
        ],
        8.5,
        "sans",
    )
    p2.stamp(
        5.0,
        y + 0.8,
        ["CERTIFIED TRUE COPY", "ALASKA TRIAL COURTS", "ANCHORAGE"],
        9,
        (40, 60, 140),
        6,
    )
    p2.text(0.9, 10.4, "DV-130 (2/24)(cs)   LONG-TERM PROTECTIVE ORDER", 7.5)
    p2.text(7.6, 10.4, "Page 2 of 2", 7.5, align="right")
    return [p1, p2]


def supplement_b(
    *,
    victim: tuple[str, str, str],
    born: dt.date,
    a_number: str,
    agency: list[str],
    official: tuple[str, str],
    case_no: str,
    crime_dates: str,
    statutes: str,
    description: str,
    helpful: str,
    signed: dt.date,
) -> list[Sheet]:
    """Form I-918, Supplement B (edition 04/01/24), its parts on two pages."""
    p1 = Sheet()
    p1.text(0.5, 0.4, "U Nonimmigrant Status Certification", 13, "sans-bold")
    p1.text(0.5, 0.62, "Department of Homeland Security", 8)
    p1.text(0.5, 0.76, "U.S. Citizenship and Immigration Services", 8)
    p1.text(8.0, 0.4, "USCIS", 11, "sans-bold", align="right")
    p1.text(8.0, 0.58, "Form I-918", 11, "sans-bold", align="right")
    p1.text(8.0, 0.76, "Supplement B", 11, "sans-bold", align="right")
    p1.text(8.0, 0.93, "OMB No. 1615-0104", 7, align="right")
    p1.line(0.5, 1.1, 8.0, 1.1, 1.5)

    def band(y: float, text: str) -> float:
        p1.rect(0.5, y, 7.5, 0.26, outline=None, fill=(210, 210, 210))
        p1.text(0.58, y + 0.04, text, 9, "sans-bold")
        return y + 0.3

    y = band(1.2, "Part 1.  Victim Information")
    y = p1.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.42,
                [
                    (2, "1.a. Family Name (Last Name)", victim[0]),
                    (2, "1.b. Given Name (First Name)", victim[1]),
                    (1, "1.c. Middle Name", victim[2]),
                ],
            ),
            (
                0.42,
                [
                    (1, "3. Date of Birth (mm/dd/yyyy)", dates.us(born)),
                    (1, "4. Gender", "Female"),
                    (2, "5. Alien Registration Number (A-Number) (if any)", a_number),
                ],
            ),
        ],
        value_face="sans",
    )
    y = band(y + 0.1, "Part 2.  Agency Information")
    y = p1.grid(
        0.5,
        y,
        7.5,
        [
            (0.42, [(1, "1. Name of Certifying Agency", agency[0])]),
            (
                0.42,
                [
                    (1, "2. Name of Certifying Official", official[0]),
                    (1, "3. Title of Certifying Official", official[1]),
                ],
            ),
            (
                0.42,
                [
                    (2, "5.a. Street Number and Name", agency[1]),
                    (1, "5.c. City or Town", "Anchorage"),
                    (0.5, "5.d. State", "AK"),
                    (0.6, "5.e. ZIP Code", "99501"),
                ],
            ),
            (
                0.42,
                [
                    (1, "7. Daytime Telephone Number", agency[2]),
                    (1, "11. Agency Case Number", case_no),
                ],
            ),
        ],
        value_face="sans",
    )
    y = p1.text(0.6, y + 0.1, "8. Agency Type:", 8)
    p1.checkbox(1.8, y - 0.2, False, "Federal", 8)
    p1.checkbox(2.8, y - 0.2, False, "State", 8)
    p1.checkbox(3.7, y - 0.2, True, "Local", 8)
    y = p1.text(0.6, y + 0.05, "9. Case Status:", 8)
    p1.checkbox(1.8, y - 0.2, False, "On-going", 8)
    p1.checkbox(2.9, y - 0.2, True, "Completed", 8)
    y = p1.text(0.6, y + 0.05, "10. Certifying Agency Category:", 8)
    p1.checkbox(2.6, y - 0.2, True, "Law Enforcement", 8)
    p1.checkbox(4.1, y - 0.2, False, "Prosecutor", 8)
    p1.checkbox(5.2, y - 0.2, False, "Judge", 8)
    y = band(y + 0.15, "Part 3.  Criminal Acts")
    y = p1.text(
        0.6,
        y + 0.02,
        "1. The applicant is a victim of criminal activity involving or "
        "similar to violations of the following Federal, state, or local criminal laws:",
        7.5,
    )
    col = [
        ("Domestic Violence", True),
        ("Felonious Assault", False),
        ("Stalking", False),
        ("Obstruction of Justice", True),
        ("Trafficking", False),
        ("Involuntary Servitude", False),
    ]
    for i, (label, checked) in enumerate(col):
        p1.checkbox(0.8 + (i % 3) * 2.4, y + 0.05 + (i // 3) * 0.22, checked, label, 8)
    y += 0.55
    y = p1.grid(
        0.5,
        y,
        7.5,
        [
            (0.42, [(1, "2. Date(s) of criminal activity (mm/dd/yyyy)", crime_dates)]),
            (
                0.6,
                [
                    (
                        1,
                        "3. List the statutory citation(s) for the criminal activity being "
                        "investigated or prosecuted",
                        statutes,
                    )
                ],
            ),
        ],
        value_face="sans",
    )
    p1.text(0.5, 10.45, "Form I-918 Supplement B Edition 04/01/24", 7, "sans-bold")
    p1.text(8.0, 10.45, "Page 1 of 2", 7, align="right")
    p2 = Sheet()
    p2.rect(0.5, 0.5, 7.5, 0.26, outline=None, fill=(210, 210, 210))
    p2.text(0.58, 0.54, "Part 3.  Criminal Acts (continued)", 9, "sans-bold")
    p2.text(
        0.6,
        0.85,
        "6. Provide a description of the criminal activity being investigated "
        "and/or prosecuted and the involvement of the victim:",
        7.5,
    )
    y = p2.para(0.6, 1.05, 7.3, description, 9.5, "sans")
    p2.rect(0.5, y + 0.1, 7.5, 0.26, outline=None, fill=(210, 210, 210))
    p2.text(0.58, y + 0.14, "Part 4.  Helpfulness of the Victim", 9, "sans-bold")
    y += 0.45
    for item in [
        "1. The victim possesses information concerning the criminal activity listed in Part 3.",
        "2. The victim has been, is being, or is likely to be helpful "
        "to an investigation or prosecution of the criminal activity detailed above.",
    ]:
        p2.checkbox(0.6, y + 0.02, True, "", 8)
        y = p2.para(0.85, y, 7.0, item, 8, "sans") + 0.05
    y = p2.para(0.6, y + 0.05, 7.3, helpful, 9.5, "sans")
    p2.rect(0.5, y + 0.15, 7.5, 0.26, outline=None, fill=(210, 210, 210))
    p2.text(0.58, y + 0.19, "Part 6.  Certification", 9, "sans-bold")
    y = p2.para(
        0.6,
        y + 0.5,
        7.3,
        "I am the head of the agency listed in Part 2. or I am the "
        "person in the agency who has been specifically designated by the head of the "
        "agency to issue U Nonimmigrant Status Certifications on behalf of the agency. "
        "Based upon investigation of the facts, I certify, under penalty of perjury, "
        "that the individual noted in Part 1. is or was a victim of one or more of the "
        "crimes listed in Part 3.",
        8,
        "sans",
    )
    p2.text(0.6, y + 0.15, "1. Signature of Certifying Official", 7.5)
    p2.signature(0.8, y + 0.3, official[0], 16)
    p2.text(5.6, y + 0.15, "2. Date of Signature (mm/dd/yyyy)", 7.5)
    p2.text(5.6, y + 0.4, dates.us(signed), 10, "mono-bold")
    p2.text(0.5, 10.45, "Form I-918 Supplement B Edition 04/01/24", 7, "sans-bold")
    p2.text(8.0, 10.45, "Page 2 of 2", 7, align="right")
    return [p1, p2]


def after_visit(
    *,
    hospital: list[str],
    patient: str,
    mrn: str,
    born: dt.date,
    visit: dt.date,
    provider: str,
    complaint: str,
    diagnoses: list[tuple[str, str]],
    findings: str,
    instructions: list[str],
    referrals: str,
) -> list[Sheet]:
    """An emergency department's after-visit summary printed at discharge."""
    s = Sheet()
    s.text(0.6, 0.5, hospital[0], 14, "sans-bold", fill=(0, 90, 110))
    s.lines(0.6, 0.75, hospital[1:], 8.5, fill=GREY)
    s.text(7.9, 0.5, "AFTER VISIT SUMMARY", 12, "sans-bold", align="right")
    s.text(7.9, 0.72, "Emergency Department", 9, align="right")
    s.line(0.6, 1.2, 7.9, 1.2, 1.0, (0, 90, 110))
    s.grid(
        0.6,
        1.3,
        7.3,
        [
            (0.42, [(3, "PATIENT", patient), (1.5, "MRN", mrn), (1.5, "DOB", dates.us(born))]),
            (
                0.42,
                [
                    (1.5, "VISIT DATE", dates.us(visit)),
                    (3, "ATTENDING PROVIDER", provider),
                    (1.5, "DISPOSITION", "Discharged home"),
                ],
            ),
        ],
        value_face="sans-bold",
        value_pt=8.5,
    )
    y = s.text(0.6, 2.3, "Reason for visit", 10, "sans-bold")
    y = s.para(0.6, y, 7.3, complaint, 9.5, "sans") + 0.1
    y = s.text(0.6, y, "Diagnoses", 10, "sans-bold")
    y = s.table(
        0.6,
        y + 0.05,
        [1.2, 6.1],
        [["ICD-10-CM", "Description"], *[list(d) for d in diagnoses]],
        pt=8.5,
    )
    y = s.text(0.6, y + 0.15, "Findings", 10, "sans-bold")
    y = s.para(0.6, y, 7.3, findings, 9.5, "sans") + 0.1
    y = s.text(0.6, y, "Your instructions", 10, "sans-bold")
    for item in instructions:
        y = s.para(0.75, y, 7.1, f"• {item}", 9.5, "sans") + 0.03
    y = s.text(0.6, y + 0.1, "Referrals", 10, "sans-bold")
    s.para(0.6, y, 7.3, referrals, 9.5, "sans")
    s.text(0.6, 10.45, f"Printed {dates.us(visit)} 23:41 — {patient} — MRN {mrn}", 7, fill=GREY)
    s.text(7.9, 10.45, "Page 1 of 1", 7, align="right", fill=GREY)
    return [s]


def electric_bill(
    *,
    utility: list[str],
    account: str,
    customer: str,
    service: list[str],
    period: tuple[dt.date, dt.date],
    billed: dt.date,
    due: dt.date,
    kwh: int,
    amount: float,
    usage: list[int],
) -> list[Sheet]:
    """An electric cooperative's monthly bill with a usage history bar chart and a stub."""
    s = Sheet()
    s.logo(0.6, 0.45, 0.55, "star", (200, 120, 0))
    s.text(1.3, 0.48, utility[0], 14, "sans-bold")
    s.lines(1.3, 0.73, utility[1:], 8.5, fill=GREY)
    s.grid(
        5.0,
        0.45,
        2.9,
        [
            (0.4, [(1, "ACCOUNT NUMBER", account)]),
            (0.4, [(1, "BILL DATE", dates.us(billed)), (1, "DUE DATE", dates.us(due))]),
            (0.4, [(1, "AMOUNT DUE", f"${money(amount)}")]),
        ],
        value_face="sans-bold",
        value_pt=9,
    )
    y = s.lines(0.6, 1.8, [customer.upper(), *service], 10)
    s.text(0.6, y + 0.25, "SERVICE DETAIL", 10, "sans-bold")
    energy = round(kwh * 0.2318, 2)
    customer_charge = 20.50
    fuel = round(kwh * 0.0321, 2)
    tax = round(amount - energy - customer_charge - fuel, 2)
    y = s.table(
        0.6,
        y + 0.45,
        [3.6, 1.3, 1.2, 1.2],
        [
            ["Description", "Usage", "Rate", "Amount"],
            [f"Service {dates.us(period[0])} - {dates.us(period[1])}", "", "", ""],
            ["Customer charge", "", "", money(customer_charge)],
            ["Energy charge", f"{kwh} kWh", "0.2318", money(energy)],
            ["Fuel and purchased power", f"{kwh} kWh", "0.0321", money(fuel)],
            ["Regulatory cost charge and taxes", "", "", money(tax)],
            ["TOTAL CURRENT CHARGES", "", "", money(amount)],
        ],
        pt=8.5,
        align=["left", "right", "right", "right"],
    )
    s.text(0.6, y + 0.25, "12-MONTH USAGE HISTORY (kWh)", 9, "sans-bold")
    base = y + 1.6
    top = max(usage)
    for i, value in enumerate(usage):
        h = 1.1 * value / top
        s.rect(0.8 + i * 0.5, base - h, 0.3, h, 0.4, fill=(150, 150, 160))
        s.text(
            0.95 + i * 0.5,
            base + 0.03,
            "JFMAMJJASOND"[(period[1].month + i) % 12],
            7,
            align="center",
        )
    s.line(0.6, 8.6, 7.9, 8.6, 0.6, GREY)
    s.text(
        4.25,
        8.5,
        "- - - please detach and return this portion with your payment - - -",
        7,
        fill=GREY,
        align="center",
    )
    s.lines(0.6, 8.8, [utility[0], f"Account {account}", customer.upper()], 9)
    s.grid(
        5.0,
        8.8,
        2.9,
        [(0.42, [(1, "DUE DATE", dates.us(due)), (1, "AMOUNT DUE", f"${money(amount)}")])],
        value_face="sans-bold",
        value_pt=9,
    )
    return [s]


def market_stub(
    *,
    employee: str,
    file_no: str,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    rate: float,
    hours: float,
    ytd: float,
    address: list[str],
) -> list[Sheet]:
    """A grocery's statement of earnings and deductions (Alaska: no income tax, but employees
    pay state unemployment insurance)."""
    s = Sheet()
    s.rect(0.5, 0.45, 7.5, 0.5, outline=None, fill=(40, 90, 60))
    s.text(0.65, 0.55, "SPENARD FRESH MARKET, INC.", 13, "sans-bold", fill=(255, 255, 255))
    s.text(
        7.85,
        0.58,
        "Statement of Earnings and Deductions",
        9,
        "sans",
        fill=(255, 255, 255),
        align="right",
    )
    s.lines(0.6, 1.05, ["3310 Spenard Road", "Anchorage, AK 99503"], 8.5, fill=GREY)
    s.lines(
        4.5,
        1.05,
        [
            f"Company Code: SFM/{file_no[:3]}",
            f"File No.: {file_no}",
            f"Period Beginning: {dates.us(period[0])}",
            f"Period Ending: {dates.us(period[1])}",
            f"Pay Date: {dates.us(paid)}",
        ],
        8.5,
    )
    s.lines(4.5, 2.0, [employee.upper(), *address], 10, "sans-bold")
    gross = rate * hours
    fed = round(gross * 0.05, 2)
    ss = round(gross * 0.062, 2)
    med = round(gross * 0.0145, 2)
    sui = round(gross * 0.005, 2)
    net = gross - fed - ss - med - sui
    y = s.table(
        0.6,
        2.9,
        [1.8, 0.9, 0.9, 1.1, 1.2],
        [
            ["Earnings", "rate", "hours", "this period", "year to date"],
            ["Regular", f"{rate:.2f}", f"{hours:.2f}", money(gross), money(ytd)],
            ["Gross Pay", "", "", money(gross), money(ytd)],
        ],
        pt=8.5,
        rules="header",
        header_fill=None,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.6,
        y + 0.3,
        [3.6, 1.1, 1.2],
        [
            ["Statutory Deductions", "this period", "year to date"],
            ["Federal Income Tax", f"-{money(fed)}", money(ytd * 0.05)],
            ["Social Security Tax", f"-{money(ss)}", money(ytd * 0.062)],
            ["Medicare Tax", f"-{money(med)}", money(ytd * 0.0145)],
            ["AK SUI/SDI Tax", f"-{money(sui)}", money(ytd * 0.005)],
        ],
        pt=8.5,
        rules="header",
        header_fill=None,
        align=["left", "right", "right"],
    )
    s.text(0.6, y + 0.3, "Net Pay", 10, "sans-bold")
    s.text(5.5, y + 0.3, f"${money(net)}", 11, "mono-bold", align="right")
    s.text(0.6, y + 0.6, "Federal taxable wages this period: $" + money(gross), 8)
    s.text(0.6, y + 0.8, "Your federal taxable wages this period are $" + money(gross), 8)
    s.line(0.5, 7.2, 8.0, 7.2, 0.5, GREY)
    s.text(0.6, 7.3, "SPENARD FRESH MARKET, INC.", 9, "sans-bold")
    s.text(0.6, 7.5, f"Deposited to the account of {employee.upper()}", 8.5)
    s.text(5.6, 7.5, f"Net amount ${money(net)}", 9, "mono-bold")
    s.text(0.6, 7.75, "Checking xxxxxx2096  Northrim Credit Union", 8.5)
    s.text(5.6, 7.75, "NON-NEGOTIABLE", 10, "sans-bold", fill=GREY)
    return [s]


# ---------------------------------------------------------------- Albania, Vermont


def albania_birth(
    *,
    office: str,
    nid: str,
    given: str,
    surname: str,
    father: str,
    mother: str,
    mother_surname: str,
    born: dt.date,
    place: str,
    sex: str,
    issued: dt.date,
    clerk: str,
    code: str,
    seed: int,
) -> list[Sheet]:
    """An Albanian civil registry certificate of birth (certifikatë lindjeje) printed from the
    electronic civil status register, with the registrar's stamp."""
    s = Sheet()
    s.security_background(seed, (236, 228, 228))
    s.seal(4.25, 0.9, 0.45, "REPUBLIKA E SHQIPËRISË * ")
    y = s.center(1.5, "REPUBLIKA E SHQIPËRISË", 13, "serif-bold")
    y = s.center(y, "MINISTRIA E BRENDSHME", 10.5, "serif")
    y = s.center(y, "DREJTORIA E PËRGJITHSHME E GJENDJES CIVILE", 10.5, "serif")
    y = s.center(y, office, 10.5, "serif-bold")
    y = s.center(y + 0.3, "CERTIFIKATË LINDJEJE", 17, "serif-bold", fill=RED)
    y += 0.3
    rows = [
        ("Numri personal", nid),
        ("Emri", given),
        ("Mbiemri", surname),
        ("Atësia", father),
        ("Amësia", mother),
        ("Mbiemri i nënës", mother_surname),
        ("Datëlindja", dotted(born)),
        ("Vendlindja", place),
        ("Gjinia", sex),
        ("Shtetësia", "SHQIPTARE"),
    ]
    for label, value in rows:
        s.text(1.2, y, label, 11, "serif")
        s.text(3.3, y, ":", 11, "serif")
        s.text(3.5, y - 0.01, value, 11, "mono-bold")
        y += 0.34
    y += 0.2
    y = s.para(
        1.2,
        y,
        6.1,
        "Certifikata lëshohet në bazë të të dhënave të Regjistrit Kombëtar "
        "të Gjendjes Civile dhe shërben për t'u paraqitur pranë çdo institucioni brenda "
        "dhe jashtë vendit.",
        10,
        "serif",
    )
    s.text(1.2, y + 0.25, f"Lëshuar më: {dotted(issued)}", 10.5, "serif")
    s.text(1.2, y + 0.5, f"Kodi i verifikimit: {code}", 9.5, "mono")
    s.text(5.2, y + 0.25, "Nëpunësi i Gjendjes Civile", 10, "serif")
    s.signature(5.3, y + 0.45, clerk, 16)
    s.text(5.2, y + 0.95, clerk, 9.5, "serif")
    s.stamp(5.0, y + 1.2, ["ZYRA E GJENDJES CIVILE", "BASHKIA SHKODËR"], 9, (40, 50, 150), -7)
    s.text(
        4.25,
        10.4,
        "Dokumenti mund të verifikohet në portalin e-Albania me kodin e verifikimit.",
        7.5,
        "serif-italic",
        align="center",
    )
    return [s]


def albania_translation(
    *,
    nid: str,
    given: str,
    surname: str,
    father: str,
    mother: str,
    mother_surname: str,
    born: dt.date,
    place: str,
    issued: dt.date,
    clerk: str,
    code: str,
    translator: tuple[str, str],
) -> list[Sheet]:
    """The English translation of the Albanian certificate, with a translator's short note:
    it says the translation is true but not that the translator is competent, nor where she
    can be reached."""
    s = Sheet()
    y = s.lines(0.9, 0.7, ["ENGLISH TRANSLATION", "Original language: Albanian"], 10, "sans-bold")
    y = s.center(y + 0.2, "REPUBLIC OF ALBANIA", 13, "serif-bold")
    y = s.center(y, "MINISTRY OF INTERIOR", 10.5, "serif")
    y = s.center(y, "GENERAL DIRECTORATE OF CIVIL STATUS", 10.5, "serif")
    y = s.center(y, "CIVIL STATUS OFFICE, MUNICIPALITY OF SHKODER", 10.5, "serif-bold")
    y = s.center(y + 0.25, "BIRTH CERTIFICATE", 15, "serif-bold")
    y += 0.25
    rows = [
        ("Personal number", nid),
        ("First name", given),
        ("Surname", surname),
        ("Father's name", father),
        ("Mother's name", mother),
        ("Mother's surname", mother_surname),
        ("Date of birth", f"{dates.long(born)}"),
        ("Place of birth", place),
        ("Sex", "Male"),
        ("Citizenship", "Albanian"),
    ]
    for label, value in rows:
        s.text(1.2, y, label, 11, "serif")
        s.text(3.3, y, ":", 11, "serif")
        s.text(3.5, y, value, 11, "serif")
        y += 0.3
    y = s.para(
        1.2,
        y + 0.15,
        6.2,
        "The certificate is issued on the basis of the data of the "
        "National Civil Status Register and may be presented to any institution in the "
        "country or abroad.",
        11,
    )
    y = s.para(1.2, y + 0.1, 6.2, f"Issued on: {dotted(issued)}.  Verification code: {code}.", 11)
    y = s.para(
        1.2,
        y + 0.1,
        6.2,
        f"Civil Status Officer: [signature] {clerk}.  [Stamp: Civil "
        "Status Office, Municipality of Shkoder]",
        11,
    )
    y += 0.6
    s.line(1.2, y, 7.4, y, 0.6)
    y = s.para(
        1.2,
        y + 0.15,
        6.2,
        f"I, {translator[0]}, hereby certify that this is a true and "
        "correct translation of the attached document from Albanian into English.",
        11,
    )
    s.signature(1.3, y + 0.1, translator[0], 18)
    s.text(1.2, y + 0.6, translator[0], 10)
    s.text(1.2, y + 0.8, translator[1], 10)
    return [s]


def vermont_judgment(
    *,
    docket: str,
    defendant: str,
    born: dt.date,
    counts: list[tuple[str, str, str, str]],
    plea_date: dt.date,
    sentence: list[str],
    judge: str,
    clerk: str,
    certified: dt.date,
) -> list[Sheet]:
    """A Vermont Superior Court criminal judgment and sentence, certified by the clerk."""
    s = Sheet()
    y = s.center(0.6, "STATE OF VERMONT", 12, "serif-bold")
    s.text(0.9, y + 0.1, "SUPERIOR COURT", 10.5, "serif-bold")
    s.text(0.9, y + 0.3, "Criminal Division", 10.5, "serif")
    s.text(0.9, y + 0.5, "Chittenden Unit", 10.5, "serif")
    s.text(7.6, y + 0.1, f"Docket No. {docket}", 10.5, "serif-bold", align="right")
    y += 0.95
    y = s.center(y, f"STATE OF VERMONT v. {defendant.upper()}", 12, "serif-bold")
    y = s.center(y, f"DOB: {dates.us(born)}", 10, "serif")
    y = s.center(y + 0.15, "JUDGMENT AND SENTENCE", 14, "serif-bold") + 0.1
    y = s.table(
        0.9,
        y,
        [0.6, 3.1, 1.2, 1.8],
        [
            ["Count", "Offense and statute", "Plea/Finding", "Disposition"],
            *[list(c) for c in counts],
        ],
        pt=8.5,
    )
    y = (
        s.para(
            0.9,
            y + 0.2,
            6.7,
            f"On {dates.long(plea_date)} the defendant, present with "
            "counsel, entered a plea of guilty to Count 1 pursuant to a plea agreement, and "
            "the court, having found a factual basis for the plea, accepted it and adjudged "
            "the defendant guilty. The State dismissed Count 2. The court imposes the "
            "following sentence:",
            10.5,
        )
        + 0.1
    )
    for line in sentence:
        y = s.para(1.1, y, 6.5, line, 10.5) + 0.05
    y += 0.2
    y = s.para(
        0.9,
        y,
        6.7,
        "The defendant shall report to the Burlington Probation and Parole "
        "office of the Department of Corrections within 48 hours. Fines and surcharges "
        "are payable to the Vermont Court Diversion and Pretrial Services collections "
        "unit.",
        10.5,
    )
    s.text(
        0.9, y + 0.35, f"Dated at Burlington, Vermont, on {dates.long(plea_date)}.", 10.5, "serif"
    )
    s.signature(4.3, y + 0.55, judge, 18)
    s.line(4.1, y + 1.05, 7.6, y + 1.05)
    s.text(4.1, y + 1.1, f"Hon. {judge}, Superior Judge", 9.5, "serif")
    s.stamp(
        0.9,
        y + 1.5,
        ["A TRUE COPY ATTEST", f"{clerk}, CLERK", dates.us(certified)],
        9,
        (40, 40, 140),
        4,
    )
    return [s]


def probation_discharge(
    *,
    docket: str,
    defendant: str,
    sentenced: dt.date,
    discharged: dt.date,
    officer: str,
    judge: str,
) -> list[Sheet]:
    """The court's order discharging a probationer on the Department of Corrections' request."""
    s = Sheet()
    y = s.center(0.6, "STATE OF VERMONT", 12, "serif-bold")
    s.text(0.9, y + 0.1, "SUPERIOR COURT, CRIMINAL DIVISION", 10.5, "serif-bold")
    s.text(0.9, y + 0.3, "Chittenden Unit", 10.5, "serif")
    s.text(7.6, y + 0.1, f"Docket No. {docket}", 10.5, "serif-bold", align="right")
    y += 0.9
    y = s.center(y, f"STATE OF VERMONT v. {defendant.upper()}", 12, "serif-bold")
    y = s.center(y + 0.2, "ORDER OF DISCHARGE FROM PROBATION", 14, "serif-bold") + 0.25
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"The defendant was placed on probation by this court on {dates.long(sentenced)}. The "
            "Department of Corrections, through the undersigned probation officer, reports that "
            "the defendant has complied with the conditions of probation: he has reported as "
            "directed, completed the substance abuse assessment and the treatment recommended, "
            "submitted to testing with no positive results, paid all fines and surcharges, and "
            "incurred no new charges.",
            "Pursuant to 28 V.S.A. § 251, the Department recommends that the defendant be "
            "discharged from probation before the expiration of the term.",
            f"IT IS HEREBY ORDERED that the defendant is discharged from probation effective "
            f"{dates.long(discharged)}, and the sentence in this docket is satisfied.",
        ],
        gap=0.15,
        pt=10.5,
    )
    y += 0.3
    s.text(0.9, y, "Recommended by:", 10, "serif")
    s.signature(1.0, y + 0.2, officer, 16)
    s.line(0.9, y + 0.65, 3.9, y + 0.65)
    s.text(0.9, y + 0.7, f"{officer}, Probation and Parole Officer", 9, "serif")
    s.text(0.9, y + 0.88, "Burlington Probation and Parole, Vermont DOC", 9, "serif")
    s.signature(4.6, y + 0.2, judge, 18)
    s.line(4.4, y + 0.65, 7.6, y + 0.65)
    s.text(4.4, y + 0.7, f"Hon. {judge}, Superior Judge", 9, "serif")
    s.text(4.4, y + 0.88, f"Date: {dates.us(discharged)}", 9, "serif")
    s.stamp(
        0.9,
        y + 1.4,
        ["FILED", "VERMONT SUPERIOR COURT", "CHITTENDEN UNIT", dates.us(discharged)],
        9,
        RED,
        -6,
    )
    return [s]


def completion_certificate(
    *,
    org: list[str],
    title: str,
    name: str,
    body: str,
    date: dt.date,
    signers: list[tuple[str, str]],
    colour: tuple[int, int, int],
    mark: str,
) -> list[Sheet]:
    """A certificate of completion of a class or treatment program (landscape)."""
    s = Sheet(11.0, 8.5)
    s.border(0.4, 3.0)
    s.rect(0.6, 0.6, 9.8, 7.3, 1.0, outline=colour)
    s.logo(5.2, 0.85, 0.6, mark, colour)
    y = s.center(1.6, org[0], 18, "serif-bold", fill=colour)
    for line in org[1:]:
        y = s.center(y, line, 10, "sans", fill=GREY)
    y = s.center(y + 0.3, title, 30, "schoolbook-bold")
    y = s.center(y + 0.2, "is presented to", 13, "serif-italic")
    y = s.center(y + 0.15, name, 26, "script")
    s.line(2.5, y + 0.05, 8.5, y + 0.05, 0.6)
    y = s.para(1.8, y + 0.3, 7.4, body, 13, "serif")
    s.center(y + 0.15, f"Awarded {dates.long(date)}", 12, "serif-italic")
    x = 1.5
    for signer, role in signers:
        s.signature(x + 0.2, 6.45, signer, 15)
        s.line(x, 6.95, x + 3.2, 6.95, 0.6)
        s.text(x + 1.6, 7.0, f"{signer}, {role}", 9, "serif", align="center")
        x += 4.8
    return [s]


def irs_transcript(
    *,
    year: int,
    requested: dt.date,
    ssn_last: str,
    masked: str,
    address: str,
    tracking: str,
    wages: int,
    withheld: int,
    status: str = "Single",
) -> list[Sheet]:
    """An IRS tax return transcript (the 2019 redesigned format with masked names)."""
    agi = wages + 37
    deduction = {2024: 14600, 2025: 15750}[year]
    taxable = max(0, agi - deduction)
    tax = round(1192.5 + (taxable - 11925) * 0.12) if taxable > 11925 else round(taxable * 0.1)
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        f"Request Date: {dates.dashed(requested)}",
        f"Response Date: {dates.dashed(requested)}",
        f"Tracking Number: {tracking}",
        "",
        "                        Tax Return Transcript",
        "",
        f"SSN Provided:                 XXX-XX-{ssn_last}",
        f"Tax Period Ending:            Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and the",
        "amount as adjusted (PC), if applicable. They do not show subsequent activity",
        "on the account.",
        "",
        f"SSN:                          XXX-XX-{ssn_last}",
        "SPOUSE SSN:",
        f"NAME(S) SHOWN ON RETURN:      {masked}",
        f"ADDRESS:                      {address}",
        "",
        f"FILING STATUS:                {status}",
        "FORM NUMBER:                  1040",
        f"CYCLE POSTED:                 {year + 1}1005",
        f"RECEIVED DATE:                Mar.{10 + year % 7:02d}, {year + 1}",
        "REMITTANCE:                   $0.00",
        "EXEMPTION NUMBER:             0",
        "DEPENDENT 1 NAME CTRL:",
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:                                   ${wages:,}.00",
        "TAXABLE INTEREST INCOME: SCH B:                                     $37.00",
        "TAX-EXEMPT INTEREST:                                                 $0.00",
        "ORDINARY DIVIDEND INCOME: SCH B:                                     $0.00",
        "BUSINESS INCOME OR LOSS (Schedule C):                                $0.00",
        f"TOTAL INCOME:                                                 ${agi:,}.00",
        "",
        "Adjusted Gross Income",
        f"ADJUSTED GROSS INCOME:                                        ${agi:,}.00",
        "",
        "Tax and Credits",
        f"STANDARD DEDUCTION PER COMPUTER:                              ${deduction:,}.00",
        f"TAXABLE INCOME:                                               ${taxable:,}.00",
        f"TOTAL TAX LIABILITY TP FIGURES:                                ${tax:,}.00",
        "",
        "Payments",
        f"FEDERAL INCOME TAX WITHHELD:                                   ${withheld:,}.00",
        f"TOTAL PAYMENTS:                                                ${withheld:,}.00",
        f"REFUND AMOUNT:                                                 ${withheld - tax:,}.00",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return [monospace_page(lines, 9.2)]


def opla_denial(
    *,
    office: list[str],
    dated: dt.date,
    to: list[str],
    re: str,
    signer: str,
) -> list[Sheet]:
    """OPLA's letter declining prosecutorial discretion."""
    s = write_letter(
        (
            "U.S. Department of Homeland Security",
            [
                "U.S. Immigration and Customs Enforcement",
                "Office of the Principal Legal Advisor",
                *office,
            ],
            NAVY,
            "shield",
        ),
        dates.long(dated),
        to,
        re,
        "Dear Counsel:",
        [
            "The Office of the Principal Legal Advisor (OPLA) has reviewed the request for "
            "prosecutorial discretion submitted on behalf of your client in the above-"
            "referenced removal proceedings, together with the supporting documentation.",
            "After careful consideration of the totality of the circumstances, including the "
            "noncitizen's criminal history, OPLA declines to exercise prosecutorial discretion "
            "in this matter at this time. OPLA will continue to litigate the case before the "
            "immigration court.",
            "This decision is not subject to appeal. It does not preclude your client from "
            "submitting a new request should there be a material change in circumstances, or "
            "from pursuing any relief or protection for which he may be eligible before the "
            "immigration court.",
        ],
        "Sincerely,",
        signer,
        ["Deputy Chief Counsel", "Boston Office of the Principal Legal Advisor"],
        face="serif",
        pt=10.5,
    )
    return [s]


def two_page_letter(
    *,
    writer: list[str],
    dated: dt.date,
    salutation: str,
    body: list[str],
    split: int,
    closing: str,
    signer: str,
    signer_lines: list[str],
) -> list[Sheet]:
    """A personal letter, typed without letterhead, running onto a second page."""
    p1 = Sheet()
    y = p1.lines(4.6, 0.8, writer, 10.5, "serif")
    y = p1.text(4.6, y + 0.1, dates.long(dated), 10.5, "serif")
    y = p1.text(0.9, y + 0.4, salutation, 11, "serif") + 0.1
    p1.paras(0.9, y, 6.7, body[:split], gap=0.14, pt=11, face="serif")
    p1.text(4.25, 10.4, "1", 9, "serif", align="center")
    p2 = Sheet()
    y = p2.text(0.9, 0.7, f"{salutation.rstrip(':,')} — page 2", 9, "serif-italic", fill=GREY)
    y = p2.paras(0.9, y + 0.2, 6.7, body[split:], gap=0.14, pt=11, face="serif")
    y = p2.text(0.9, y + 0.1, closing, 11, "serif")
    p2.signature(1.0, y + 0.05, signer, 20)
    p2.lines(0.9, y + 0.6, [signer, *signer_lines], 10, "serif")
    p2.text(4.25, 10.4, "2", 9, "serif", align="center")
    return [p1, p2]


def letter(
    head: tuple[str, list[str], tuple[int, int, int], str],
    dated: dt.date,
    recipient: list[str],
    re_line: str | None,
    salutation: str,
    body: list[str],
    closing: str,
    signer: str,
    signer_lines: list[str],
    face: str = "serif",
    pt: float = 11,
) -> list[Sheet]:
    return [
        write_letter(
            head,
            dates.long(dated),
            recipient,
            re_line,
            salutation,
            body,
            closing,
            signer,
            signer_lines,
            face=face,
            pt=pt,
        )
    ]
