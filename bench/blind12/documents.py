"""The paper makers of the twelfth blind corpus: each draws one real kind of document (its
title, headings, field labels, boilerplate and layout) with the Sheet primitives, for the
invented people of bench/blind12/cases.py. Written from what the real papers look like.

NEVER TUNE RULES ON THESE TEMPLATES (bench/README.md, "Reading real folders").
"""

from __future__ import annotations

import datetime as dt

from tests.realistic import mrz
from tests.realistic.dates import card as card_date
from tests.realistic.dates import dashed, long, month, us
from tests.realistic.model import Person, plain, up
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
GREEN = (25, 90, 60)
MAROON = (110, 25, 40)
TEAL = (20, 95, 105)


def money(value: float) -> str:
    return f"{value:,.2f}"


# ---------------------------------------------------------------- passports


def passport(
    person: Person,
    seed: int,
    *,
    header: list[str],
    code: str,
    number: str,
    nationality: str,
    place: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    labels: list[str],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    date_language: str = "en",
    personal: str = "",
    personal_label: str = "",
) -> tuple[list[Sheet], tuple[str, ...]]:
    """A TD3 passport data page: the issuing state's header, the holder's photo, the boxed-in
    labels (bilingual where the state prints two languages), the signature, the zone."""
    s = card(125, 88)
    tinted(s, *tint)
    s.security_background(seed, tuple(max(0, c - 18) for c in tint[0]))  # type: ignore[arg-type]
    y = 0.1
    for i, line in enumerate(header):
        y = s.center(y, line, 9 if i == 0 else 7.5, "sans-bold" if i == 0 else "sans", fill=NAVY)
    portrait(s, 0.2, 0.62, 1.15, 1.45, seed)
    s.signature(0.25, 2.12, plain(person.first), 13, INK)
    values = [
        "P",
        code,
        number,
        up(person.surname),
        up(person.given),
        nationality,
        card_date(person.born, date_language),
        person.sex,
        place,
        card_date(issued, date_language),
        card_date(expiry, date_language),
        authority,
    ]
    x0, x1 = 1.5, 3.25
    spots = [
        (x0, 0.55),
        (x0 + 0.75, 0.55),
        (x1, 0.55),
        (x0, 0.86),
        (x0, 1.14),
        (x0, 1.42),
        (x0, 1.70),
        (x1, 1.70),
        (x1, 1.42),
        (x0, 1.98),
        (x1, 1.98),
        (x0, 2.26),
    ]
    for (x, yy), label, value in zip(spots, labels, values, strict=True):
        s.text(x, yy, label, 5.2, "sans", fill=GREY)
        s.text(x, yy + 0.09, value, 7.6, "sans-bold")
    if personal:
        s.text(x1, 0.86, personal_label, 5.2, "sans", fill=GREY)
        s.text(x1, 0.95, personal, 7.6, "sans-bold")
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
    mrz_lines(s, 2.78, zone, 11)
    return [s], zone


# ---------------------------------------------------------------- Mongolia / Arizona


def mongolian_notarial_birth(
    person: Person,
    father: str,
    mother: str,
    register_no: str,
    cert_no: str,
    registered: dt.date,
    notarized: dt.date,
    notary: str,
    seed: int,
    cyrillic: tuple[str, str] = ("", ""),
    notary_latin: str = "",
) -> list[Sheet]:
    """A Mongolian notary's certified copy of a birth certificate: the notarial certificate in
    Mongolian and English, and the copy of the certificate (Mongolian only) it is bound to."""
    s = Sheet()
    s.border(0.45, 1.2, double=False)
    y = s.center(0.75, "МОНГОЛ УЛС", 13, "serif-bold")
    y = s.center(y, "MONGOLIA", 10, "serif")
    y = s.center(y + 0.1, "НОТАРИАТЫН ГЭРЧИЛГЭЭ", 16, "serif-bold")
    y = s.center(y, "NOTARIAL CERTIFICATE", 13, "serif-bold")
    y = s.center(y + 0.08, f"№ {cert_no}", 10, "serif")
    y += 0.25
    nb = notarized
    cyr_surname, cyr_given = (c.upper() for c in cyrillic)
    mn_date = f"{nb.year} оны {nb.month:02d} дугаар сарын {nb.day:02d}"
    en_date = long(nb)
    mn = (
        f"{mn_date}-ны өдөр Улаанбаатар хот, Сүхбаатар дүүрэгт, би, нотариатч {notary}, "
        f"иргэн {cyr_surname}ын {cyr_given} (регистрийн дугаар {register_no})-ийн "
        "төрсний гэрчилгээний хуулбар эх хувьтайгаа тохирч байгааг гэрчилэв. Баримт бичигт "
        "засвар, нэмэлт, арилгасан зүйл байхгүй болно."
    )
    en = (
        f"On {en_date}, in Sukhbaatar District, Ulaanbaatar, I, {notary_latin}, notary, "
        f"certify that the attached copy of the Birth Certificate of citizen "
        f"{up(person.surname)} {up(person.given)} (register number "
        f"{plain(register_no).replace('У', 'U').replace('Б', 'B')}) conforms to the original "
        "presented to me. The document bears no corrections, additions or erasures."
    )
    s.text(0.9, y, "Монгол хэлээр:", 9, "serif-italic")
    y = s.para(0.9, y + 0.2, 6.7, mn, 11, "serif") + 0.2
    s.text(0.9, y, "In English:", 9, "serif-italic")
    y = s.para(0.9, y + 0.2, 6.7, en, 11, "serif") + 0.25
    y = s.lines(
        0.9,
        y,
        [
            "Бүртгэлийн дугаар / Registry No.: 2/" + cert_no.split("/")[-1],
            "Улсын тэмдэгтийн хураамж / State fee: 3,000 MNT",
        ],
        10,
        "serif",
    )
    s.seal(2.3, y + 1.25, 0.8, "МОНГОЛ УЛС * НОТАРИАТЧ * СҮХБААТАР ДҮҮРЭГ * ", "НОТАРИАТ")
    s.signature(4.3, y + 0.95, plain(notary).split()[-1], 22)
    s.line(4.1, y + 1.45, 7.4, y + 1.45, 0.6)
    s.lines(
        4.1,
        y + 1.5,
        ["Нотариатч / Notary", f"{notary} / {notary_latin}", "Сүхбаатар дүүргийн нотариатын газар"],
        9,
        "serif",
    )
    s.text(0.9, 10.3, "Хуудас 1 / Page 1 of 2", 8, "sans", fill=GREY)

    c = Sheet()
    c.security_background(seed, (232, 226, 240))
    c.border(0.5, 2.0)
    c.seal(4.25, 1.35, 0.55, "МОНГОЛ УЛС * УЛСЫН БҮРТГЭЛ * ", "УБЕГ")
    y = c.center(2.05, "МОНГОЛ УЛС", 12, "serif-bold")
    y = c.center(y, "УЛСЫН БҮРТГЭЛИЙН ЕРӨНХИЙ ГАЗАР", 10, "serif")
    y = c.center(y + 0.15, "ТӨРСНИЙ ГЭРЧИЛГЭЭ", 20, "serif-bold")
    y = c.center(y + 0.05, "Гэрчилгээний дугаар: " + cert_no.split("/")[0], 10, "serif")
    rows = [
        ("Эцэг /эх/-ийн нэр", cyr_surname),
        ("Нэр", cyr_given),
        ("Хүйс", "Эмэгтэй" if person.sex == "F" else "Эрэгтэй"),
        (
            "Төрсөн он, сар, өдөр",
            f"{person.born.year} оны {person.born.month:02d} сарын {person.born.day:02d}",
        ),
        ("Төрсөн газар", "Улаанбаатар хот, Сүхбаатар дүүрэг"),
        ("Регистрийн дугаар", register_no),
        ("Эцгийн овог, нэр", father),
        ("Эхийн овог, нэр", mother),
        ("Бүртгэсэн огноо", f"{registered.year}.{registered.month:02d}.{registered.day:02d}"),
    ]
    y += 0.35
    for label, value in rows:
        c.text(1.2, y, label + ":", 11, "serif")
        c.text(3.7, y, value, 12, "serif-bold")
        c.line(3.65, y + 0.22, 7.3, y + 0.22, 0.4, GREY)
        y += 0.45
    c.text(1.2, y + 0.2, "Улсын бүртгэгч", 10, "serif")
    c.signature(3.2, y, "Д. Оюун", 18)
    c.stamp(5.2, y - 0.2, ["ХУУЛБАР ЭХ ХУВЬТАЙ", "ТОХИРНО"], 10, (60, 60, 150), 4)
    c.text(0.9, 10.3, "Хуудас 2 / Page 2 of 2", 8, "sans", fill=GREY)
    return [s, c]


def mongolian_translation(
    person: Person,
    father: str,
    mother: str,
    register_no: str,
    cert_no: str,
    registered: dt.date,
    translator: str,
    address: list[str],
    signed: dt.date,
) -> list[Sheet]:
    s = Sheet()
    y = s.center(0.8, "TRANSLATION FROM MONGOLIAN", 13, "serif-bold")
    y = s.center(y, "[Copy bound to Notarial Certificate No. " + cert_no + "]", 9, "serif-italic")
    y += 0.3
    y = s.center(y, "MONGOLIA", 12, "serif-bold")
    y = s.center(y, "GENERAL AUTHORITY FOR STATE REGISTRATION", 10, "serif")
    y = s.center(y + 0.1, "BIRTH CERTIFICATE", 15, "serif-bold")
    y = s.center(y, "Certificate No.: " + cert_no.split("/")[0], 10, "serif") + 0.25
    reg = plain(register_no).replace("У", "U").replace("Б", "B")
    rows = [
        ("Father's (mother's) name [family name]", up(person.surname)),
        ("Given name", up(person.given)),
        ("Sex", "Female" if person.sex == "F" else "Male"),
        ("Date of birth", f"{month(person.born)} {person.born.day:02d}, {person.born.year}"),
        ("Place of birth", "Sukhbaatar District, Ulaanbaatar City"),
        ("Register number", reg),
        ("Father's family name and name", father),
        ("Mother's family name and name", mother),
        ("Date of registration", us(registered)),
    ]
    y = s.table(
        0.9,
        y,
        [3.0, 3.7],
        [["Field", "Entry"], *[[a, b] for a, b in rows]],
        pt=10,
        face="serif",
        header_face="serif-bold",
    )
    y = s.para(
        0.9,
        y + 0.15,
        6.7,
        "State Registrar: [signature] D. Oyun. Stamp: COPY CONFORMS TO THE ORIGINAL. "
        "Seal: Mongolia - State Registration.",
        10,
        "serif-italic",
    )
    y += 0.4
    s.line(0.9, y, 7.6, y, 1)
    y = s.center(y + 0.15, "CERTIFICATE OF TRANSLATION", 12, "serif-bold") + 0.1
    y = s.para(
        0.9,
        y,
        6.7,
        f"I, {translator}, certify that I am competent to translate from Mongolian into "
        "English, and that the foregoing is a complete and accurate translation of the "
        f"Mongolian birth certificate of {up(person.surname)} {up(person.given)} and of the "
        "notarial certificate attached to it, to the best of my knowledge and ability.",
        11,
    )
    s.signature(1.0, y + 0.15, translator, 19)
    s.line(0.9, y + 0.75, 4.0, y + 0.75, 0.6)
    s.lines(0.9, y + 0.8, [translator, *address, f"Date: {us(signed)}"], 10, "serif")
    return [s]


def arizona_birth(
    child: Person,
    mother: Person,
    father: str,
    father_born: dt.date,
    facility: str,
    state_file: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    s = Sheet()
    s.security_background(seed, (226, 232, 244))
    s.border(0.35, 1.8)
    s.seal(1.3, 1.2, 0.55, "ARIZONA DEPARTMENT OF HEALTH SERVICES * ", "ADHS")
    y = s.center(0.65, "STATE OF ARIZONA", 14, "serif-bold")
    y = s.center(y, "DEPARTMENT OF HEALTH SERVICES - BUREAU OF VITAL RECORDS", 9, "sans")
    y = s.center(y + 0.08, "CERTIFICATE OF BIRTH", 20, "serif-bold")
    s.text(7.4, 1.75, f"STATE FILE NUMBER  {state_file}", 8, "sans-bold", align="right")
    rows = [
        (
            0.48,
            [
                (2, "1. CHILD'S NAME - FIRST", up(child.first)),
                (2, "MIDDLE", up(child.middle)),
                (2, "LAST", up(child.surname)),
            ],
        ),
        (
            0.48,
            [
                (2, "2. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                (1, "3. TIME OF BIRTH", "09:41"),
                (1, "4. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                (2, "5. PLURALITY", "SINGLE"),
            ],
        ),
        (
            0.48,
            [
                (3, "6. FACILITY NAME (If not institution, give street and number)", facility),
                (2, "7. CITY, TOWN OR LOCATION OF BIRTH", "MESA"),
                (1, "8. COUNTY", "MARICOPA"),
            ],
        ),
        (
            0.48,
            [
                (3, "9a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(mother.name)),
                (2, "9b. DATE OF BIRTH (Mo/Day/Yr)", us(mother.born)),
                (2, "9c. BIRTHPLACE (State, Territory or Foreign Country)", "MONGOLIA"),
            ],
        ),
        (
            0.48,
            [
                (3, "10a. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (4, "10b. RESIDENCE OF MOTHER - CITY, STATE", "MESA, ARIZONA"),
            ],
        ),
        (
            0.48,
            [
                (3, "11a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(father)),
                (2, "11b. DATE OF BIRTH (Mo/Day/Yr)", us(father_born)),
                (2, "11c. BIRTHPLACE (State, Territory or Foreign Country)", "MONGOLIA"),
            ],
        ),
        (
            0.48,
            [
                (3, "12. CERTIFIER - NAME AND TITLE", "R. OKAFOR-LEE, M.D."),
                (2, "13. DATE FILED BY REGISTRAR", us(filed)),
                (2, "14. AMENDMENTS", "NONE"),
            ],
        ),
    ]
    y = s.grid(0.75, 2.05, 7.0, rows) + 0.35
    y = s.para(
        0.9,
        y,
        6.7,
        "This is a true and correct reproduction of the document officially registered and "
        "placed on file in the Office of Vital Records, Arizona Department of Health Services.",
        10,
        "serif",
    )
    s.signature(4.8, y + 0.25, "Carla M. Benavidez", 18)
    s.line(4.6, y + 0.85, 7.6, y + 0.85, 0.6)
    s.lines(4.6, y + 0.9, ["STATE REGISTRAR OF VITAL RECORDS"], 8, "sans")
    s.text(0.9, y + 0.9, f"DATE ISSUED: {us(issued)}", 9, "sans-bold")
    s.center(
        10.25,
        "WARNING: THIS DOCUMENT IS PRINTED ON SECURITY PAPER. DO NOT ACCEPT WITHOUT RAISED SEAL.",
        7,
        "sans-bold",
    )
    return [s]


def mesa_police_report(
    victim: Person,
    suspect: str,
    suspect_born: dt.date,
    report_no: str,
    when: dt.datetime,
    address: str,
    officer: str,
    serial: str,
    child: Person,
) -> list[Sheet]:
    p1 = Sheet()
    p1.logo(0.6, 0.45, 0.55, "star", NAVY)
    p1.text(1.3, 0.45, "MESA POLICE DEPARTMENT", 15, "sans-bold", fill=NAVY)
    p1.text(1.3, 0.72, "130 N. Robson  |  Mesa, Arizona 85201", 8, "sans", fill=GREY)
    p1.text(7.9, 0.45, "DEPARTMENTAL REPORT", 12, "sans-bold", align="right")
    p1.text(7.9, 0.7, f"DR #  {report_no}", 10, "mono-bold", align="right")
    rows = [
        (
            0.42,
            [
                (3, "OFFENSE / INCIDENT", "AGGRAVATED ASSAULT - DOMESTIC VIOLENCE"),
                (2, "A.R.S.", "13-1204(A)(2); 13-3601"),
                (1, "CLASS", "F3 DV"),
            ],
        ),
        (
            0.42,
            [
                (2, "DATE / TIME OCCURRED", when.strftime("%m/%d/%Y  %H%M HRS")),
                (2, "DATE / TIME REPORTED", when.strftime("%m/%d/%Y  ") + "2214 HRS"),
                (2, "BEAT / DISTRICT", "214 / CENTRAL"),
            ],
        ),
        (0.42, [(4, "LOCATION OF OCCURRENCE", address.upper()), (2, "PREMISE", "APARTMENT")]),
    ]
    y = p1.grid(0.5, 1.05, 7.5, rows)
    y = p1.text(0.5, y + 0.1, "VICTIM (V1)", 9, "sans-bold")
    y = p1.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.42,
                [
                    (3, "NAME (LAST, FIRST MIDDLE)", victim.last_first(False)),
                    (1, "DOB", us(victim.born)),
                    (1, "SEX", victim.sex),
                    (1, "RACE", "A"),
                ],
            ),
            (
                0.42,
                [
                    (4, "ADDRESS", address.upper()),
                    (2, "RELATIONSHIP TO SUSPECT", "FORMER COHABITANT / CHILD IN COMMON"),
                ],
            ),
        ],
    )
    y = p1.text(0.5, y + 0.1, "SUSPECT (S1)", 9, "sans-bold")
    last, first = suspect.split()[-1], " ".join(suspect.split()[:-1])
    y = p1.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.42,
                [
                    (3, "NAME (LAST, FIRST MIDDLE)", f"{last.upper()}, {first.upper()}"),
                    (1, "DOB", us(suspect_born)),
                    (1, "SEX", "M"),
                    (1, "ARRESTED", "YES"),
                ],
            ),
            (
                0.42,
                [
                    (3, "CHARGES BOOKED", "13-1204 AGG ASLT; 13-1203 ASLT; 13-2904 DISORD"),
                    (3, "BOOKED INTO", "MCSO 4TH AVENUE JAIL"),
                ],
            ),
        ],
    )
    y = p1.text(0.5, y + 0.12, "NARRATIVE", 10, "sans-bold") + 0.03
    narrative = [
        f"On {when.strftime('%m/%d/%Y')} at approximately {when.strftime('%H%M')} hours I was "
        f"dispatched to {address} reference a 911 hang-up with a female screaming in the "
        "background. Upon arrival I contacted V1, "
        f"{plain(victim.name)}, at the door. V1 was crying and holding a towel to the left side "
        "of her face. I observed swelling and redness under her left eye and red marks "
        "consistent with fingers on both sides of her neck.",
        f"V1 stated in English that S1, {plain(suspect)}, her former boyfriend and the father "
        f"of her son {plain(child.first)} (age {when.year - child.born.year}), had come to the "
        "apartment to pick up clothing. An argument started about money and S1 struck her "
        "with a closed fist. When she tried to call 911 S1 took her phone, pushed her against "
        "the kitchen counter and put both hands around her neck for what she described as "
        '"five or ten seconds" until she could not breathe. The child was in the bedroom.',
    ]
    y = p1.paras(0.5, y, 7.5, narrative, gap=0.1, pt=9.5, face="mono")
    p1.text(7.9, 10.5, "Page 1 of 2", 8, "sans", align="right")
    p1.text(0.5, 10.5, "MPD Form 1001 (Rev. 03/22)", 7, "sans", fill=GREY)

    p2 = Sheet()
    p2.text(0.5, 0.5, f"MESA POLICE DEPARTMENT - DR # {report_no} - CONTINUATION", 10, "sans-bold")
    p2.line(0.5, 0.75, 8.0, 0.75, 0.8)
    more = [
        "S1 left the apartment before officers arrived. Ofc. J. Whitcomb #20917 located S1 on "
        "foot two blocks north and detained him. S1 had a scratch on his right forearm and "
        "declined to make a statement after Miranda.",
        "V1 declined treatment by Mesa Fire Medical Engineer 204 at the scene but was advised "
        "to seek medical care for strangulation injuries. Photographs of V1's face and neck "
        "were taken and uploaded to Evidence.com. V1 completed a written statement and the "
        "Lethality Assessment Program screen (screened in: high danger). The on-call advocate "
        "from the Center Against Family Violence was contacted and responded.",
        "V1 was given the Arizona Victims' Rights form and information on obtaining an Order "
        "of Protection. V1 said she was willing to assist with prosecution. S1 was booked on "
        "the charges listed. This report will be forwarded to the Mesa City Prosecutor and "
        "to the Maricopa County Attorney's Office for review of felony charges.",
        "CASE STATUS: CLEARED BY ARREST.",
    ]
    y = p2.paras(0.5, 0.95, 7.5, more, gap=0.12, pt=9.5, face="mono") + 0.3
    y = p2.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (3, "REPORTING OFFICER / SERIAL", f"{officer.upper()}  #{serial}"),
                    (2, "DATE", when.strftime("%m/%d/%Y")),
                    (3, "APPROVED BY / SERIAL", "SGT. D. HALVORSEN  #14460"),
                ],
            )
        ],
    )
    p2.signature(0.7, y + 0.05, officer, 16)
    p2.stamp(5.3, y + 0.3, ["RECORDS UNIT", "COPY RELEASED TO VICTIM"], 9, (40, 60, 140), 3)
    p2.text(7.9, 10.5, "Page 2 of 2", 8, "sans", align="right")
    return [p1, p2]


def arizona_order_of_protection(
    plaintiff: Person,
    defendant: str,
    defendant_born: dt.date,
    child: Person,
    case_no: str,
    issued: dt.date,
    served: dt.date,
    judge: str,
    address: str,
) -> list[Sheet]:
    p1 = Sheet()
    p1.text(0.7, 0.5, "Plaintiff / Petitioner", 7, "sans", fill=GREY)
    p1.text(0.7, 0.62, up(plaintiff.name), 10, "mono-bold")
    p1.text(0.7, 0.85, "Defendant / Respondent", 7, "sans", fill=GREY)
    p1.text(0.7, 0.97, up(defendant), 10, "mono-bold")
    p1.text(4.6, 0.5, "MESA MUNICIPAL COURT", 11, "serif-bold")
    p1.text(4.6, 0.7, "245 W. 2nd Street, Mesa, AZ 85201", 8, "sans")
    p1.text(4.6, 0.95, f"Case No.  {case_no}", 10, "mono-bold")
    p1.line(0.7, 1.3, 7.8, 1.3, 1.2)
    y = p1.center(1.42, "ORDER OF PROTECTION", 17, "serif-bold")
    y = p1.center(y, "(Arizona Rules of Protective Order Procedure; A.R.S. § 13-3602)", 8, "sans")
    y += 0.12
    y = p1.grid(
        0.7,
        y,
        7.1,
        [
            (
                0.45,
                [
                    (3, "DEFENDANT'S NAME", up(defendant)),
                    (1, "SEX", "M"),
                    (1, "DOB", us(defendant_born)),
                    (1, "RACE", "A"),
                ],
            ),
            (
                0.45,
                [
                    (3, "RELATIONSHIP TO PLAINTIFF", "Child in common; lived together"),
                    (3, "PROTECTED PERSONS (in addition to Plaintiff)", up(child.name)),
                ],
            ),
        ],
    )
    y += 0.15
    y = p1.para(
        0.7,
        y,
        7.1,
        "THE COURT FINDS that it has jurisdiction over the parties and the subject matter, "
        "and that there is reasonable cause to believe that the Defendant may commit an act "
        "of domestic violence or has committed an act of domestic violence within the past "
        "year.",
        9.5,
        "serif",
    )
    y = p1.text(0.7, y + 0.1, "IT IS ORDERED:", 10, "serif-bold") + 0.05
    items = [
        (
            True,
            "Defendant shall not commit an act of domestic violence against Plaintiff or "
            "the protected persons.",
        ),
        (
            True,
            "Defendant shall have no contact with Plaintiff except through attorneys, "
            "legal process, or court hearings.",
        ),
        (True, f"Defendant shall not go to or near Plaintiff's residence: {address}."),
        (True, "Defendant shall not go to or near Plaintiff's workplace or the child's school."),
        (
            True,
            "Defendant shall not possess, receive or purchase firearms or ammunition "
            "(Brady indicator: YES) and shall transfer any firearms to a law enforcement agency "
            "within 24 hours of service.",
        ),
        (False, "Plaintiff is granted exclusive use and possession of the joint residence."),
    ]
    for checked, text in items:
        p1.checkbox(0.8, y + 0.02, checked, "", 9)
        y = p1.para(1.1, y, 6.7, text, 9.5, "serif") + 0.06
    y = p1.para(
        0.7,
        y + 0.05,
        7.1,
        "This Order is effective for one year after service on the Defendant. The Defendant "
        "is entitled to one hearing on request during the term of this Order.",
        9.5,
        "serif-bold",
    )
    p1.signature(4.8, y + 0.15, judge.split()[-1], 18)
    p1.line(4.6, y + 0.75, 7.8, y + 0.75, 0.6)
    p1.text(4.6, y + 0.8, f"Judicial Officer  {judge}", 8.5, "sans")
    p1.text(0.7, y + 0.8, f"Date issued: {us(issued)}", 9, "sans-bold")
    p1.text(7.8, 10.5, "Page 1 of 2", 8, "sans", align="right")
    p1.text(0.7, 10.5, "PO-OP 1 (Rev. 01/2024)", 7, "sans", fill=GREY)

    p2 = Sheet()
    p2.text(0.7, 0.5, f"ORDER OF PROTECTION - Case No. {case_no}", 10, "sans-bold")
    p2.line(0.7, 0.75, 7.8, 0.75, 0.8)
    y = p2.text(0.7, 0.95, "WARNINGS TO DEFENDANT", 11, "serif-bold") + 0.05
    warnings = [
        "1. This Order shall be enforced, even without registration, by the courts of any "
        "state, the District of Columbia, any U.S. Territory, and may be enforced by Tribal "
        "Lands (18 U.S.C. § 2265). Crossing state, territorial, or tribal boundaries to "
        "violate this Order may result in federal imprisonment (18 U.S.C. § 2262).",
        "2. Federal law provides penalties for possessing, transporting, shipping, or "
        "receiving any firearm or ammunition while this Order is in effect "
        "(18 U.S.C. § 922(g)(8)).",
        "3. If you disobey this Order, you may be arrested and prosecuted for the crime of "
        "interfering with judicial proceedings (A.R.S. § 13-2810) and any other crime you "
        "commit in violating this Order.",
        "4. Only the court can change this Order. The Plaintiff cannot give you permission "
        "to violate it.",
    ]
    y = p2.paras(0.7, y, 7.1, warnings, gap=0.1, pt=9.5, face="serif") + 0.2
    y = p2.text(0.7, y, "CERTIFICATE OF SERVICE", 11, "serif-bold") + 0.05
    y = p2.grid(
        0.7,
        y,
        7.1,
        [
            (
                0.45,
                [
                    (2, "DATE OF SERVICE", us(served)),
                    (2, "TIME", "1435"),
                    (3, "SERVED BY", "MESA PD OFC. A. TRUJILLO #21188"),
                ],
            ),
            (0.45, [(7, "PLACE OF SERVICE", "MESA CITY COURT, 245 W. 2ND ST., MESA AZ")]),
        ],
    )
    p2.stamp(4.6, y + 0.4, ["MESA MUNICIPAL COURT", "CERTIFIED COPY", us(served)], 9, RED, -4)
    p2.seal(2.0, y + 1.2, 0.6, "MESA MUNICIPAL COURT * ARIZONA * ", "SEAL")
    p2.text(7.8, 10.5, "Page 2 of 2", 8, "sans", align="right")
    return [p1, p2]


def supplement_b(
    victim: Person,
    a_number: str,
    official: str,
    title: str,
    agency: str,
    agency_address: str,
    phone: str,
    case_no: str,
    crime_dates: str,
    citations: str,
    kinds: list[str],
    description: str,
    helpful: str,
    signed: dt.date,
) -> list[Sheet]:
    """Form I-918, Supplement B, U Nonimmigrant Status Certification (two pages drawn)."""

    def head(s: Sheet, page: int) -> float:
        s.text(0.6, 0.45, "Department of Homeland Security", 8, "sans")
        s.text(0.6, 0.58, "U.S. Citizenship and Immigration Services", 8, "sans")
        s.text(7.9, 0.45, "USCIS", 9, "sans-bold", align="right")
        s.text(7.9, 0.58, "Form I-918", 8, "sans", align="right")
        s.text(7.9, 0.70, "Supplement B", 8, "sans", align="right")
        s.text(7.9, 0.82, "OMB No. 1615-0104", 7, "sans", align="right")
        y = s.center(0.8, "Supplement B,", 13, "sans-bold")
        y = s.center(y, "U Nonimmigrant Status Certification", 13, "sans-bold")
        s.line(0.6, y + 0.05, 7.9, y + 0.05, 1.5)
        s.text(0.6, 10.55, "Form I-918 Supplement B Edition 04/01/24", 7, "sans")
        s.text(7.9, 10.55, f"Page {page} of 2", 7, "sans", align="right")
        return y + 0.18

    p1 = Sheet()
    y = head(p1, 1)
    y = p1.text(0.6, y, "Part 1.  Victim Information", 10, "sans-bold") + 0.03
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.44,
                [
                    (1, "1.a. Family Name (Last Name)", up(victim.surname)),
                    (1, "1.b. Given Name (First Name)", up(victim.given)),
                    (1, "1.c. Middle Name", "N/A"),
                ],
            ),
            (
                0.44,
                [
                    (1, "3. Date of Birth (mm/dd/yyyy)", us(victim.born)),
                    (1, "4. Gender", "Female" if victim.sex == "F" else "Male"),
                    (1, "5. Alien Registration Number (A-Number)", "A-" + a_number),
                ],
            ),
        ],
    )
    y = p1.text(0.6, y + 0.12, "Part 2.  Agency Information", 10, "sans-bold") + 0.03
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.44,
                [
                    (1, "1. Name of Certifying Agency", agency),
                    (1, "2. Name of Certifying Official", official),
                ],
            ),
            (
                0.44,
                [
                    (1, "3. Title and Division/Office of Certifying Official", title),
                    (1, "4. Agency Address", agency_address),
                ],
            ),
            (
                0.44,
                [
                    (1, "5. Daytime Telephone Number", phone),
                    (1, "6. Agency Type", "Prosecutor"),
                    (1, "7. Case Number", case_no),
                ],
            ),
        ],
    )
    y = p1.text(0.6, y + 0.12, "Part 3.  Criminal Acts", 10, "sans-bold") + 0.03
    y = p1.para(
        0.6,
        y,
        7.3,
        "1. The applicant is a victim of criminal activity involving or similar to violations "
        "of one of the following Federal, state, or local criminal offenses. (Select all "
        "applicable boxes.)",
        8.5,
        "sans",
    )
    options = [
        "Abduction",
        "Domestic Violence",
        "Felonious Assault",
        "Kidnapping",
        "Obstruction of Justice",
        "Rape",
        "Sexual Assault",
        "Stalking",
        "Trafficking",
    ]
    for i, name in enumerate(options):
        p1.checkbox(0.8 + (i % 3) * 2.4, y + 0.05 + (i // 3) * 0.2, name in kinds, name, 8)
    y += 0.75
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.44,
                [
                    (1, "2. Date(s) of Criminal Activity (mm/dd/yyyy)", crime_dates),
                    (2, "3. List the statutory citation(s) for the criminal activity", citations),
                ],
            ),
            (
                1.3,
                [
                    (
                        1,
                        "5. Provide a description of the criminal activity being investigated "
                        "and/or prosecuted and the involvement of the individual named in Part 1",
                        description,
                    )
                ],
            ),
        ],
        value_face="mono",
        value_pt=8.5,
    )
    p2 = Sheet()
    y = head(p2, 2)
    y = p2.text(0.6, y, "Part 4.  Helpfulness of the Victim", 10, "sans-bold") + 0.05
    for q, ans in [
        (
            "1. The victim possesses information concerning the criminal activity listed in "
            "Part 3.",
            True,
        ),
        (
            "2. The victim has been, is being, or is likely to be helpful in the investigation "
            "and/or prosecution of the criminal activity detailed above.",
            True,
        ),
        (
            "3. Since the initiation of cooperation, has the victim refused or failed to provide "
            "assistance reasonably requested?",
            False,
        ),
    ]:
        p2.checkbox(0.7, y + 0.03, ans, "Yes", 8)
        p2.checkbox(1.3, y + 0.03, not ans, "No", 8)
        y = p2.para(1.9, y, 6.0, q, 8.5, "sans") + 0.08
    y = p2.grid(
        0.6,
        y,
        7.3,
        [(1.2, [(1, "4. Provide an explanation for the answers above", helpful)])],
        value_face="mono",
        value_pt=8.5,
    )
    y = (
        p2.text(
            0.6,
            y + 0.15,
            "Part 5.  Family Members Implicated in Criminal Activity",
            10,
            "sans-bold",
        )
        + 0.05
    )
    p2.checkbox(0.7, y, False, "Yes", 8)
    y = p2.checkbox(1.3, y, True, "No", 8) + 0.15
    y = p2.text(0.6, y, "Part 6.  Certification", 10, "sans-bold") + 0.05
    y = p2.para(
        0.6,
        y,
        7.3,
        "I am the head of the agency listed in Part 2. or I am the person in the agency who "
        "has been specifically designated by the head of the agency to issue U Nonimmigrant "
        "Status Certifications on behalf of the agency. Based upon investigation of the facts, "
        "I certify, under penalty of perjury, that the individual noted in Part 1. is or was "
        "a victim of one or more of the crimes listed in Part 3. I certify that the above "
        "information is complete, true, and correct to the best of my knowledge.",
        8.5,
        "sans",
    )
    p2.signature(1.0, y + 0.15, official, 18)
    y = p2.grid(
        0.6,
        y + 0.7,
        7.3,
        [
            (
                0.44,
                [
                    (2, "Signature of Certifying Official", ""),
                    (1, "Date of Signature (mm/dd/yyyy)", us(signed)),
                ],
            )
        ],
    )
    return [p1, p2]


def advocate_letter(
    victim: Person, advocate: str, since: dt.date, order_date: dt.date, signed: dt.date
) -> list[Sheet]:
    body = [
        f"I am a legal advocate with the Sonoran Shelter & Advocacy Network. I first met Ms. "
        f"{plain(victim.surname)} on {long(since)}, when our on-call team was asked by Mesa "
        "police officers to respond to her apartment after she was strangled and beaten by "
        "her former partner. She has been a client of our program since that night.",
        "Over the following weeks I helped her make a safety plan for herself and her young "
        "son, went with her to the Mesa Municipal Court to petition for an Order of "
        f"Protection, which was granted on {long(order_date)}, and sat with her through two "
        "interviews with the prosecutor's office. She has kept every appointment, answered "
        "every request from the prosecutor, and testified at the preliminary hearing even "
        "though she was frightened to see him again.",
        "She completed our twelve-week support group for survivors and still attends the "
        "monthly alumni circle. With our transitional housing assistance she moved to a new "
        "apartment and kept her job at the clinic throughout. Her son is doing well in school "
        "and sees a child therapist through our program.",
        "If she were removed to Mongolia she would lose the counseling, the protection of "
        "the order and the court process she has worked so hard to see through. I would be "
        "glad to speak with anyone reviewing her case.",
    ]
    s = write_letter(
        (
            "Sonoran Shelter & Advocacy Network",
            [
                "Confidential location  |  Mailing: P.O. Box 4471, Mesa, AZ 85211",
                "24-hour hotline (480) 555-0163  |  www.sonoranshelter.example",
            ],
            TEAL,
            "leaf",
        ),
        long(signed),
        ["To Whom It May Concern"],
        None,
        "Dear Sir or Madam:",
        body,
        "Sincerely,",
        advocate,
        ["Legal Advocate, Survivor Services", "(480) 555-0163 ext. 214"],
        pt=10.5,
    )
    return [s]


def college_transcript(student: Person, student_id: str, issued: dt.date) -> list[Sheet]:
    s = Sheet()
    s.security_background(71, (236, 240, 232))
    s.text(0.6, 0.45, "EAST VALLEY COMMUNITY COLLEGE", 14, "serif-bold", fill=MAROON)
    s.text(
        0.6,
        0.7,
        "Office of Admissions and Records  |  1833 W. Southern Ave., Mesa, AZ 85202",
        8,
        "sans",
        fill=GREY,
    )
    s.text(7.9, 0.45, "OFFICIAL TRANSCRIPT", 12, "sans-bold", align="right")
    s.text(7.9, 0.68, f"Issued: {us(issued)}", 8, "sans", align="right")
    s.line(0.6, 0.95, 7.9, 0.95, 1.2, MAROON)
    y = s.grid(
        0.6,
        1.05,
        7.3,
        [
            (
                0.42,
                [
                    (3, "STUDENT NAME", student.last_first(False)),
                    (2, "STUDENT ID", student_id),
                    (2, "BIRTH DATE", us(student.born)[:5] + "/XXXX"),
                ],
            )
        ],
    )
    y += 0.1
    terms = [
        (
            "FALL 2022",
            [
                ("ENG 101", "First-Year Composition", "3.00", "B"),
                ("MAT 142", "College Mathematics", "3.00", "B"),
                ("HCC 130", "Fundamentals in Health Care Delivery", "3.00", "A"),
            ],
        ),
        (
            "SPRING 2023",
            [
                ("ENG 102", "First-Year Composition", "3.00", "B"),
                ("BIO 160", "Intro to Human Anatomy and Physiology", "4.00", "B"),
                ("HCC 145AA", "Medical Terminology for Health Care Workers I", "2.00", "A"),
            ],
        ),
        (
            "FALL 2023",
            [
                ("MAS 101", "Medical Assisting I", "4.00", "A"),
                ("PSY 101", "Introduction to Psychology", "3.00", "A"),
                ("CPD 150", "Strategies for College Success", "1.00", "A"),
            ],
        ),
        (
            "SPRING 2024",
            [
                ("MAS 102", "Medical Assisting II", "4.00", "A"),
                ("MAS 201", "Clinical Procedures", "4.00", "B"),
            ],
        ),
        (
            "FALL 2024",
            [
                ("MAS 295", "Medical Assisting Externship", "5.00", "A"),
                ("COM 110", "Interpersonal Communication", "3.00", "A"),
            ],
        ),
    ]
    points = {"A": 4, "B": 3, "C": 2}
    total_h = total_p = 0.0
    for term, courses in terms:
        y = s.text(0.6, y + 0.05, term, 9, "sans-bold")
        rows = [["COURSE", "TITLE", "CREDITS", "GRADE"]]
        th = tp = 0.0
        for code, title, cr, gr in courses:
            rows.append([code, title, cr, gr])
            th += float(cr)
            tp += float(cr) * points[gr]
        total_h += th
        total_p += tp
        y = s.table(
            0.6, y, [1.0, 4.3, 1.0, 1.0], rows, pt=8, face="mono", rules="header", header_fill=None
        )
        y = s.text(
            4.2,
            y + 0.02,
            f"TERM GPA {tp / th:.2f}   CUM GPA {total_p / total_h:.2f}",
            8,
            "mono-bold",
        )
    y += 0.15
    y = s.text(
        0.6,
        y,
        f"TOTAL CREDITS EARNED: {total_h:.2f}    CUMULATIVE GPA: {total_p / total_h:.2f}",
        9,
        "mono-bold",
    )
    y = s.text(
        0.6,
        y + 0.05,
        "AWARD: CERTIFICATE OF COMPLETION - MEDICAL ASSISTING   CONFERRED 12/13/2024",
        9,
        "mono-bold",
    )
    y = s.text(0.6, y + 0.05, "ACADEMIC STANDING: GOOD STANDING", 9, "mono")
    s.signature(5.0, y + 0.2, "P. Nakagawa", 16)
    s.text(5.0, y + 0.75, "Registrar", 8, "sans")
    s.seal(2.2, y + 0.85, 0.55, "EAST VALLEY COMMUNITY COLLEGE * ", "1971")
    s.center(
        10.5,
        "This transcript is official only when it bears the registrar's signature "
        "and the college seal. FERPA: release to third parties prohibited.",
        7,
        "sans",
    )
    return [s]


def clinic_pay_stub(
    employee: Person,
    emp_id: str,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    hours: float,
    rate: float,
    ytd_gross: float,
    address: list[str],
) -> list[Sheet]:
    s = Sheet()
    s.text(0.6, 0.5, "DESERT PALMS FAMILY MEDICINE, PLLC", 12, "sans-bold")
    s.lines(0.6, 0.72, ["2950 E. Baseline Road, Suite 110", "Mesa, AZ 85204"], 8, "sans")
    s.text(7.9, 0.5, "EARNINGS STATEMENT", 13, "sans-bold", align="right")
    s.text(7.9, 0.78, f"Check Date  {us(paid)}", 9, "sans", align="right")
    s.text(
        7.9,
        0.94,
        "Voucher No.  " + str(40000 + paid.timetuple().tm_yday * 7),
        9,
        "sans",
        align="right",
    )
    y = s.grid(
        0.6,
        1.25,
        7.3,
        [
            (
                0.42,
                [
                    (3, "EMPLOYEE", up(employee.name)),
                    (1, "EMPLOYEE ID", emp_id),
                    (2, "PAY PERIOD", f"{us(period[0])} - {us(period[1])}"),
                    (1, "FREQUENCY", "Biweekly"),
                ],
            ),
            (
                0.42,
                [
                    (3, "ADDRESS", ", ".join(address).upper()),
                    (2, "DEPARTMENT", "CLINICAL"),
                    (2, "POSITION", "MEDICAL ASSISTANT"),
                ],
            ),
        ],
    )
    gross = hours * rate
    ot = 2.5 * rate * 1.5 if paid.month % 2 else 0.0
    gross += ot
    fed, ss, med, az = gross * 0.068, gross * 0.062, gross * 0.0145, gross * 0.025
    rows = [
        ["Earnings", "Rate", "Hours", "Current", "YTD"],
        ["Regular", money(rate), f"{hours:.2f}", money(hours * rate), money(ytd_gross * 0.96)],
        [
            "Overtime",
            money(rate * 1.5),
            "2.50" if ot else "0.00",
            money(ot),
            money(ytd_gross * 0.04),
        ],
        ["Gross Pay", "", "", money(gross), money(ytd_gross)],
    ]
    y = s.table(
        0.6,
        y + 0.25,
        [2.0, 1.1, 1.0, 1.5, 1.7],
        rows,
        pt=9,
        align=["left", "right", "right", "right", "right"],
    )
    rows = [
        ["Deductions", "Current", "YTD"],
        ["Federal Income Tax", money(fed), money(ytd_gross * 0.068)],
        ["Social Security", money(ss), money(ytd_gross * 0.062)],
        ["Medicare", money(med), money(ytd_gross * 0.0145)],
        ["AZ State Income Tax", money(az), money(ytd_gross * 0.025)],
    ]
    y = s.table(0.6, y + 0.2, [3.1, 2.0, 2.2], rows, pt=9, align=["left", "right", "right"])
    net = gross - fed - ss - med - az
    y = s.grid(
        0.6,
        y + 0.2,
        7.3,
        [
            (
                0.5,
                [
                    (2, "NET PAY", "$" + money(net)),
                    (3, "DIRECT DEPOSIT  Acct XXXXXX6620", "$" + money(net)),
                ],
            )
        ],
    )
    s.line(0.6, y + 0.6, 7.9, y + 0.6, 0.5, GREY)
    s.text(
        0.6,
        y + 0.7,
        "Paid time off available: 31.20 hrs   Sick leave (AZ Fair Wages and "
        "Healthy Families Act): 24.00 hrs",
        8,
        "sans",
    )
    return [s]


def g28(
    client: Person, a_number: str, client_address: list[str], rep: dict, bar: str, signed: dt.date
) -> list[Sheet]:
    s = Sheet()
    s.text(0.6, 0.4, "Department of Homeland Security", 8, "sans")
    s.text(7.9, 0.4, "DHS Form G-28", 9, "sans-bold", align="right")
    s.text(7.9, 0.53, "OMB No. 1615-0105", 7, "sans", align="right")
    y = s.center(0.62, "Notice of Entry of Appearance", 13, "sans-bold")
    y = s.center(y, "as Attorney or Accredited Representative", 13, "sans-bold")
    s.line(0.6, y + 0.05, 7.9, y + 0.05, 1.5)
    y += 0.15
    y = (
        s.text(
            0.6,
            y,
            "Part 1.  Information About Attorney or Accredited Representative",
            9.5,
            "sans-bold",
        )
        + 0.03
    )
    last = rep["name"].split()[-1]
    first = " ".join(rep["name"].split()[:-1])
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.42,
                [
                    (1, "2.a. Family Name (Last Name)", last),
                    (1, "2.b. Given Name (First Name)", first),
                    (1, "1. USCIS Online Account Number", ""),
                ],
            ),
            (
                0.42,
                [
                    (2, "3.a. Street Number and Name", rep["address"][0]),
                    (1, "3.c. City or Town, State, ZIP", rep["address"][1]),
                ],
            ),
            (
                0.42,
                [
                    (1, "4. Daytime Telephone Number", rep["phone"]),
                    (2, "6. Email Address", rep["email"]),
                ],
            ),
        ],
        value_pt=8.5,
    )
    y = (
        s.text(
            0.6,
            y + 0.1,
            "Part 2.  Eligibility Information for Attorney or Accredited Representative",
            9.5,
            "sans-bold",
        )
        + 0.03
    )
    s.checkbox(
        0.7,
        y + 0.02,
        True,
        "1.a. I am an attorney eligible to practice law in, and a "
        "member in good standing of, the bar of the highest courts of:",
        8,
    )
    y = s.grid(
        0.9,
        y + 0.22,
        7.0,
        [
            (
                0.42,
                [
                    (2, "Licensing Authority", bar.split("|")[0]),
                    (1, "1.b. Bar Number", bar.split("|")[1]),
                ],
            )
        ],
        value_pt=8.5,
    )
    s.checkbox(
        0.7,
        y + 0.06,
        True,
        "1.d. I (choose one)  am not   subject to any order "
        "suspending, enjoining, restraining, disbarring, or otherwise restricting me.",
        8,
    )
    y += 0.3
    y = (
        s.text(
            0.6,
            y + 0.05,
            "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
            9.5,
            "sans-bold",
        )
        + 0.03
    )
    s.checkbox(0.7, y, False, "1. USCIS", 8)
    s.checkbox(
        2.0,
        y,
        True,
        "2. ICE  List the specific matter:  Request for prosecutorial discretion (OPLA)",
        8,
    )
    y += 0.25
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.42,
                [
                    (1, "6.a. Client Family Name", up(client.surname)),
                    (1, "6.b. Given Name", up(client.given)),
                    (1, "9. A-Number", "A-" + a_number),
                ],
            ),
            (
                0.42,
                [
                    (2, "12.a. Mailing Address", client_address[0]),
                    (1, "12.c. City, State, ZIP", client_address[1]),
                ],
            ),
        ],
        value_pt=8.5,
    )
    y = (
        s.text(
            0.6,
            y + 0.1,
            "Part 4.  Client's Consent to Representation and Signature",
            9.5,
            "sans-bold",
        )
        + 0.03
    )
    y = s.para(
        0.6,
        y,
        7.3,
        "I have requested the representation of and consented to being "
        "represented by the attorney named in Part 1. of this form. I request that DHS "
        "send any notice on an application, petition, or request to my attorney.",
        8,
        "sans",
    )
    s.signature(0.9, y + 0.05, plain(client.name), 16)
    y = s.grid(
        0.6,
        y + 0.55,
        7.3,
        [(0.42, [(3, "2.a. Signature of Client", ""), (1, "2.b. Date of Signature", us(signed))])],
    )
    y = (
        s.text(
            0.6,
            y + 0.1,
            "Part 5.  Signature of Attorney or Accredited Representative",
            9.5,
            "sans-bold",
        )
        + 0.03
    )
    y = s.para(
        0.6,
        y,
        7.3,
        "I have read and understand the regulations and conditions "
        "contained in 8 CFR 103.2 and 292 governing appearances and representation "
        "before DHS. I declare under penalty of perjury under the laws of the United "
        "States that the information I have provided on this form is true and correct.",
        8,
        "sans",
    )
    s.signature(0.9, y + 0.05, rep["name"], 16)
    s.grid(
        0.6,
        y + 0.55,
        7.3,
        [
            (
                0.42,
                [
                    (3, "1. Signature of Attorney or Accredited Representative", ""),
                    (1, "2. Date of Signature", us(signed)),
                ],
            )
        ],
    )
    s.text(0.6, 10.55, "Form G-28 Edition 09/17/18", 7, "sans")
    s.text(7.9, 10.55, "Page 1 of 4", 7, "sans", align="right")
    return [s]


# ------------------------------------------------------- Dominican Republic / Massachusetts

SPELLED_DAYS = {2: "dos", 14: "catorce", 18: "dieciocho", 23: "veintitrés"}


def acta_inextensa(
    person: Person,
    father: str,
    mother: str,
    libro: str,
    folio: str,
    acta: str,
    declared: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    s = Sheet()
    s.security_background(seed, (222, 236, 240))
    s.seal(1.1, 1.05, 0.5, "JUNTA CENTRAL ELECTORAL * REPUBLICA DOMINICANA * ", "JCE")
    y = s.center(0.55, "REPÚBLICA DOMINICANA", 13, "serif-bold", fill=NAVY)
    y = s.center(y, "JUNTA CENTRAL ELECTORAL", 12, "serif-bold", fill=NAVY)
    y = s.center(y, "OFICINA CENTRAL DEL ESTADO CIVIL", 9, "sans")
    y = s.center(y + 0.15, "ACTA INEXTENSA DE NACIMIENTO", 16, "serif-bold")
    y = s.center(
        y + 0.05, "Oficialía del Estado Civil de la 1ra. Circunscripción de Santiago", 10, "serif"
    )
    y = s.grid(
        0.9,
        y + 0.2,
        6.7,
        [
            (
                0.42,
                [
                    (1, "Libro No.", libro),
                    (1, "Folio No.", folio),
                    (1, "Acta No.", acta),
                    (1, "Año", str(declared.year)),
                ],
            )
        ],
        value_face="serif-bold",
        value_pt=10,
    )
    born = person.born
    body = (
        f"En la ciudad de Santiago de los Caballeros, municipio de Santiago, República "
        f"Dominicana, a los {SPELLED_DAYS.get(declared.day, str(declared.day))} "
        f"({declared.day}) días del mes de {month(declared, 'es')} del año mil novecientos "
        f"ochenta y siete ({declared.year}), ante mí, LIC. RAMÓN ANTONIO GIL TAVERAS, Oficial "
        "del Estado Civil de la Primera Circunscripción de Santiago, compareció el señor "
        f"{father}, dominicano, mayor de edad, agricultor, portador de la cédula de identidad "
        "No. 031-0098812-4, domiciliado y residente en Pekín, Santiago, y me declaró que en "
        f"fecha {SPELLED_DAYS.get(born.day, str(born.day))} ({born.day}) del mes de "
        f"{month(born, 'es')} del año {born.year}, a las 3:20 a.m., en el Hospital Regional "
        "Universitario José María Cabral y Báez de esta ciudad, nació una niña a quien se le "
        f"ha dado el nombre de {up(person.given)}, hija del declarante y de la señora "
        f"{mother}, dominicana, de quehaceres domésticos, portadora de la cédula No. "
        "031-0144507-9. Fueron testigos los señores Félix Bautista Núñez y Rosa Elena "
        "Jiménez, mayores de edad, dominicanos. Leída la presente acta a los comparecientes, "
        "la firman conmigo."
    )
    y = s.para(0.9, y + 0.25, 6.7, body, 11, "serif", leading=1.45) + 0.2
    y = s.para(0.9, y, 6.7, "NOTA: Apellidos de la inscrita: PEÑA ROSARIO.", 10, "serif-italic")
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "Certifico que la presente es una copia fiel y conforme del original que reposa en "
        f"los archivos de esta Oficialía. Expedida a solicitud de parte interesada en "
        f"Santiago, República Dominicana, hoy {issued.day} de {month(issued, 'es')} del año "
        f"{issued.year}.",
        10.5,
        "serif",
    )
    s.signature(4.6, y + 0.2, "Ramon A. Gil", 20)
    s.line(4.3, y + 0.8, 7.5, y + 0.8, 0.6)
    s.lines(
        4.3, y + 0.85, ["Lic. Ramón Antonio Gil Taveras", "Oficial del Estado Civil"], 9, "serif"
    )
    s.stamp(0.9, y + 0.4, ["OFICIALÍA DEL ESTADO CIVIL", "1RA. CIRC. SANTIAGO"], 9, NAVY, 6)
    s.text(
        0.9,
        10.2,
        "Código de verificación: JCE-"
        + str(seed * 37 % 999983).zfill(6)
        + "-ST   Verifique en www.jce.gob.do",
        8,
        "mono",
    )
    s.text(0.9, 10.4, "Esta acta no es válida si presenta tachaduras o enmiendas.", 8, "sans")
    return [s]


def acta_translation(
    person: Person,
    father: str,
    mother: str,
    libro: str,
    folio: str,
    acta: str,
    declared: dt.date,
    issued: dt.date,
    translator: str,
    address: list[str],
    phone: str,
    signed: dt.date,
) -> list[Sheet]:
    p1 = Sheet()
    y = p1.center(0.7, "[Translation from Spanish]", 10, "serif-italic")
    y = p1.center(y + 0.1, "DOMINICAN REPUBLIC", 12, "serif-bold")
    y = p1.center(y, "CENTRAL ELECTORAL BOARD", 11, "serif-bold")
    y = p1.center(y, "CENTRAL OFFICE OF CIVIL STATUS", 9, "serif")
    y = p1.center(y + 0.1, "FULL-TEXT BIRTH RECORD", 14, "serif-bold")
    y = p1.center(y, "Civil Registry Office of the 1st District of Santiago", 10, "serif")
    y = p1.text(
        0.9,
        y + 0.2,
        f"Book No. {libro}    Page No. {folio}    Record No. {acta}    Year {declared.year}",
        10.5,
        "serif-bold",
    )
    body = (
        "In the city of Santiago de los Caballeros, municipality of Santiago, Dominican "
        f"Republic, on the {declared.day}th day of the month of {month(declared)} of the year "
        f"nineteen eighty-seven ({declared.year}), before me, RAMÓN ANTONIO GIL TAVERAS, "
        "Esq., Civil Registry Officer of the First District of Santiago, appeared Mr. "
        f"{father}, Dominican, of legal age, farmer, holder of identity card No. "
        "031-0098812-4, domiciled and resident in Pekín, Santiago, and declared to me that on "
        f"the {person.born.day}nd day of the month of {month(person.born)} of the year "
        f"{person.born.year}, at 3:20 a.m., at the José María Cabral y Báez Regional "
        "University Hospital of this city, a girl was born who has been given the name "
        f"{up(person.given)}, daughter of the declarant and of Mrs. {mother}, Dominican, "
        "homemaker, holder of identity card No. 031-0144507-9. The witnesses were Mr. Félix "
        "Bautista Núñez and Mrs. Rosa Elena Jiménez, of legal age, Dominican. This record "
        "having been read to those appearing, they sign it with me."
    )
    y = p1.para(0.9, y + 0.2, 6.7, body, 11, "serif", leading=1.4) + 0.15
    y = (
        p1.para(
            0.9,
            y,
            6.7,
            "NOTE: Surnames of the registered person: PEÑA ROSARIO.",
            10.5,
            "serif-italic",
        )
        + 0.15
    )
    y = p1.para(
        0.9,
        y,
        6.7,
        "I certify that this is a true and faithful copy of the original "
        "kept in the archives of this Office. Issued at the request of the interested "
        f"party in Santiago, Dominican Republic, on {long(issued)}.",
        10.5,
        "serif",
    )
    p1.para(
        0.9,
        y + 0.2,
        6.7,
        "[Signature] Ramón Antonio Gil Taveras, Esq., Civil Registry "
        "Officer. [Stamp: Civil Registry Office, 1st District, Santiago.] [Seal of the "
        "Central Electoral Board.] Verification code and notice: This record is not valid "
        "if it shows erasures or alterations.",
        10,
        "serif-italic",
    )
    p1.text(7.6, 10.4, "Page 1 of 2", 8, "sans", align="right")
    p2 = Sheet()
    y = letterhead(p2, "Merrimack Language Partners", [*address, phone], NAVY, "star")
    y = p2.center(y + 0.3, "CERTIFICATE OF TRANSLATION", 15, "serif-bold") + 0.3
    y = p2.paras(
        0.9,
        y,
        6.7,
        [
            f"I, {translator}, hereby certify that I am competent to translate from Spanish into "
            "English, being fluent in both languages and certified by the American Translators "
            "Association (Spanish into English).",
            "I further certify that the attached English document is a true, accurate and "
            "complete translation of the Dominican birth record (Acta Inextensa de Nacimiento, "
            f"Book {libro}, Page {folio}, Record {acta}) of {plain(person.name)}.",
        ],
        pt=11.5,
        face="serif",
        gap=0.2,
    )
    p2.signature(1.0, y + 0.2, translator, 20)
    p2.line(0.9, y + 0.8, 4.2, y + 0.8, 0.6)
    p2.lines(0.9, y + 0.85, [translator, *address, phone, f"Date: {long(signed)}"], 10, "serif")
    p2.text(7.6, 10.4, "Page 2 of 2", 8, "sans", align="right")
    return [p1, p2]


def puerto_rico_birth(
    child: Person, father: str, mother: str, registry: str, issued: dt.date, seed: int
) -> list[Sheet]:
    """Puerto Rico's certified birth certificate, printed in Spanish and English."""
    s = Sheet()
    s.security_background(seed, (238, 230, 218))
    s.border(0.4, 1.5)
    s.seal(4.25, 1.1, 0.5, "GOBIERNO DE PUERTO RICO * DEPARTAMENTO DE SALUD * ", "PR")
    y = s.center(1.7, "GOBIERNO DE PUERTO RICO / GOVERNMENT OF PUERTO RICO", 10, "sans-bold")
    y = s.center(y, "DEPARTAMENTO DE SALUD / DEPARTMENT OF HEALTH", 9, "sans")
    y = s.center(y, "REGISTRO DEMOGRÁFICO / DEMOGRAPHIC REGISTRY", 9, "sans")
    y = s.center(y + 0.12, "CERTIFICADO DE NACIMIENTO", 17, "serif-bold")
    y = s.center(y, "BIRTH CERTIFICATE", 13, "serif-bold")
    surnames = child.surname.split()
    rows = [
        (
            0.5,
            [
                (3, "NOMBRE / NAME", up(child.given)),
                (2, "APELLIDO PATERNO / FATHER'S SURNAME", up(surnames[0])),
                (2, "APELLIDO MATERNO / MOTHER'S SURNAME", up(surnames[-1])),
            ],
        ),
        (
            0.5,
            [
                (2, "SEXO / SEX", "FEMENINO / FEMALE" if child.sex == "F" else "MASCULINO / MALE"),
                (2, "FECHA DE NACIMIENTO / DATE OF BIRTH", us(child.born)),
                (3, "LUGAR DE NACIMIENTO / PLACE OF BIRTH", "SAN JUAN, PUERTO RICO"),
            ],
        ),
        (
            0.5,
            [
                (4, "NOMBRE DEL PADRE / FATHER'S NAME", up(father)),
                (3, "LUGAR DE NACIMIENTO / BIRTHPLACE", "REPUBLICA DOMINICANA"),
            ],
        ),
        (
            0.5,
            [
                (4, "NOMBRE DE LA MADRE / MOTHER'S NAME", up(mother)),
                (3, "LUGAR DE NACIMIENTO / BIRTHPLACE", "REPUBLICA DOMINICANA"),
            ],
        ),
        (
            0.5,
            [
                (2, "NÚMERO DE REGISTRO / REGISTRY NO.", registry),
                (2, "OFICINA / OFFICE", "SAN JUAN"),
                (3, "FECHA DE EXPEDICIÓN / DATE OF ISSUE", us(issued)),
            ],
        ),
    ]
    y = s.grid(0.8, y + 0.25, 6.9, rows, value_pt=10) + 0.3
    y = s.para(
        0.9,
        y,
        6.7,
        "Certifico que la información aquí contenida es copia fiel de la "
        "que consta en el Registro Demográfico de Puerto Rico. / I certify that the "
        "information herein is a true copy of the record on file in the Demographic "
        "Registry of Puerto Rico.",
        9.5,
        "serif",
    )
    s.signature(4.7, y + 0.2, "Wanda I. Colon", 18)
    s.line(4.5, y + 0.8, 7.6, y + 0.8, 0.6)
    s.lines(4.5, y + 0.85, ["Director(a) / Director", "Registro Demográfico"], 8.5, "sans")
    s.text(
        0.9,
        10.2,
        "Ley Núm. 191 de 22 de diciembre de 2009. Número de control: "
        f"PR-{seed * 7919 % 99999999:08d}",
        7.5,
        "mono",
    )
    return [s]


def massachusetts_birth(
    child: Person,
    mother: Person,
    father: str,
    registered_no: str,
    facility: str,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    s = Sheet()
    s.security_background(seed, (230, 240, 230))
    s.border(0.35, 1.6)
    s.seal(1.25, 1.15, 0.55, "CITY OF LAWRENCE * MASSACHUSETTS * ", "1847")
    y = s.center(0.6, "THE COMMONWEALTH OF MASSACHUSETTS", 13, "serif-bold")
    y = s.center(y, "CERTIFICATE OF LIVE BIRTH", 18, "serif-bold")
    y = s.center(y, "CITY OF LAWRENCE", 11, "serif")
    s.text(7.5, 1.8, f"REGISTERED NUMBER  {registered_no}", 8.5, "sans-bold", align="right")
    rows = [
        (
            0.46,
            [
                (4, "1. CHILD - NAME  FIRST  MIDDLE  LAST", up(child.name)),
                (1, "2. SEX", "M" if child.sex == "M" else "F"),
            ],
        ),
        (
            0.46,
            [
                (2, "3. DATE OF BIRTH (Month, Day, Year)", long(child.born).upper()),
                (1, "4. TIME", "6:05 PM"),
                (2, "5. PLACE OF BIRTH - CITY/TOWN", "LAWRENCE"),
            ],
        ),
        (
            0.46,
            [
                (3, "6. FACILITY NAME (If not institution, street address)", facility),
                (2, "7. COUNTY", "ESSEX"),
            ],
        ),
        (
            0.46,
            [
                (3, "8a. MOTHER/PARENT - NAME  FIRST  MIDDLE  LAST", up(mother.name)),
                (2, "8b. DATE OF BIRTH", us(mother.born)),
            ],
        ),
        (
            0.46,
            [
                (3, "8c. BIRTHPLACE (State or Foreign Country)", "DOMINICAN REPUBLIC"),
                (2, "8d. RESIDENCE - CITY/TOWN", "LAWRENCE"),
            ],
        ),
        (
            0.46,
            [
                (3, "9a. FATHER/PARENT - NAME  FIRST  MIDDLE  LAST", up(father)),
                (2, "9b. BIRTHPLACE", "DOMINICAN REPUBLIC"),
            ],
        ),
        (
            0.46,
            [
                (3, "10. CERTIFIER", "L. FERREIRA-DOYLE, CNM"),
                (2, "11. DATE RECEIVED BY CITY/TOWN CLERK", us(child.born + dt.timedelta(9))),
            ],
        ),
    ]
    y = s.grid(0.75, 2.05, 7.0, rows) + 0.35
    y = s.para(
        0.9,
        y,
        6.7,
        "I, the undersigned, hereby certify that I am the City Clerk; that "
        "as such I have custody of the records of births required by law to be kept in "
        "my office; and that the foregoing is a true copy from said records.",
        10,
        "serif",
    )
    s.signature(4.8, y + 0.2, "Marisol T. Abreu", 18)
    s.line(4.6, y + 0.8, 7.6, y + 0.8, 0.6)
    s.text(4.6, y + 0.85, "CITY CLERK", 8.5, "sans")
    s.text(0.9, y + 0.85, f"ISSUED {us(issued)}", 9, "sans-bold")
    s.center(10.2, "NOT VALID WITHOUT THE RAISED SEAL OF THE CITY OF LAWRENCE", 7.5, "sans-bold")
    return [s]


def endocrinology_letter(
    patient: Person, parent: Person, diagnosed: dt.date, signed: dt.date
) -> list[Sheet]:
    body = [
        f"{plain(patient.name)} (DOB {us(patient.born)}) has been followed in our pediatric "
        f"diabetes clinic since {month(diagnosed)} {diagnosed.year}, when she was admitted in "
        "diabetic ketoacidosis and diagnosed with type 1 diabetes mellitus (E10.9). She has no "
        "remaining insulin production and will need insulin every day for the rest of her "
        "life.",
        "She uses an insulin pump with a continuous glucose monitor. Her most recent "
        "hemoglobin A1c was 7.4%, a good result that reflects careful management at home. "
        "She is seen every three months by our endocrinologists, diabetes educator and "
        "dietitian, with laboratory screening for thyroid and celiac disease each year.",
        f"Her mother, Ms. {plain(parent.surname.split()[0])}, is the adult who manages her "
        "diabetes day to day: she counts carbohydrates for every meal, changes the pump site, "
        "responds to overnight low-glucose alarms and comes to every visit. Children of this "
        "age are not yet able to do this safely on their own. An interruption of insulin, "
        "supplies or specialist follow-up would put her at risk of severe hypoglycemia or of "
        "ketoacidosis, both of which can be fatal.",
        "Please contact our office with any questions.",
    ]
    s = write_letter(
        (
            "Merrimack Valley Children's Specialty Center",
            [
                "Division of Pediatric Endocrinology and Diabetes",
                "One Parkway Drive, Methuen, MA 01844  |  Tel (978) 555-0131  |  "
                "Fax (978) 555-0139",
            ],
            NAVY,
            "cross",
        ),
        long(signed),
        [],
        f"RE: {plain(patient.name)}   DOB {us(patient.born)}   MRN 00-48-2217",
        "To whom it may concern:",
        body,
        "Sincerely,",
        "Helen K. Marchetti, MD",
        [
            "Attending Physician, Pediatric Endocrinology",
            "Board Certified, Pediatric Endocrinology",
        ],
        pt=10.5,
    )
    return [s]


def ged_credential(person: Person, awarded: dt.date, number: str) -> list[Sheet]:
    s = Sheet(11.0, 8.5)
    s.border(0.35, 2.4)
    s.seal(1.4, 1.4, 0.65, "COMMONWEALTH OF MASSACHUSETTS * DESE * ", "MA")
    y = s.center(0.75, "The Commonwealth of Massachusetts", 22, "schoolbook-bold")
    y = s.center(y + 0.05, "Department of Elementary and Secondary Education", 12, "schoolbook")
    y = s.center(y + 0.3, "High School Equivalency Certificate", 26, "script")
    y = s.center(y + 0.3, "This certifies that", 12, "schoolbook")
    y = s.center(y + 0.1, plain(person.name), 24, "schoolbook-bold")
    y = s.para(
        1.6,
        y + 0.25,
        7.8,
        "having achieved passing scores on the General Educational "
        "Development (GED®) Tests in Mathematical Reasoning, Reasoning Through Language "
        "Arts, Science and Social Studies, has met the requirements established by the "
        "Board of Elementary and Secondary Education and is awarded this certificate.",
        12,
        "schoolbook",
    )
    s.text(1.6, y + 0.35, f"Awarded: {long(awarded)}", 11, "schoolbook")
    s.text(1.6, y + 0.6, f"Certificate No. {number}", 11, "schoolbook")
    s.signature(6.4, y + 0.1, "J. Whitfield-Osei", 20)
    s.line(6.2, y + 0.7, 9.6, y + 0.7, 0.6)
    s.text(6.2, y + 0.75, "Commissioner of Elementary and Secondary Education", 9, "schoolbook")
    return [s]


def dominican_school_certification(person: Person, issued: dt.date) -> list[Sheet]:
    """A Dominican secondary school's certificación de estudios (Spanish only)."""
    s = Sheet()
    s.logo(0.8, 0.5, 0.6, "shield", NAVY)
    y = s.center(0.5, "REPÚBLICA DOMINICANA", 12, "serif-bold")
    y = s.center(y, "MINISTERIO DE EDUCACIÓN (MINERD)", 10, "serif")
    y = s.center(y, "Regional 08 Santiago - Distrito Educativo 08-03", 9, "sans")
    y = s.center(y + 0.05, "LICEO SECUNDARIO PROFESORA ANA JOSEFA PUELLO", 12, "serif-bold")
    y = s.center(y, "Pekín, Santiago de los Caballeros  -  Código del centro 04821", 8.5, "sans")
    s.line(0.8, y + 0.08, 7.7, y + 0.08, 1.2)
    y = s.center(y + 0.35, "CERTIFICACIÓN", 16, "serif-bold") + 0.2
    y = s.text(0.9, y, "A quien pueda interesar:", 11, "serif") + 0.1
    y = (
        s.para(
            0.9,
            y,
            6.7,
            "Por medio de la presente, la Dirección de este centro educativo "
            f"certifica que la estudiante {up(person.name)}, nacida el "
            f"{person.born.day} de {month(person.born, 'es')} de {person.born.year}, cursó "
            "y aprobó en este liceo los grados 1ro., 2do. y 3ro. del Nivel Medio durante "
            "los años escolares 2001-2002, 2002-2003 y 2003-2004, con las calificaciones "
            "finales siguientes:",
            11,
            "serif",
        )
        + 0.15
    )
    rows = [
        ["Asignatura", "1ro.", "2do.", "3ro."],
        ["Lengua Española", "85", "88", "90"],
        ["Matemática", "78", "80", "83"],
        ["Ciencias Sociales", "88", "86", "91"],
        ["Ciencias de la Naturaleza", "80", "84", "82"],
        ["Lenguas Extranjeras (Inglés)", "75", "79", "84"],
        ["Educación Física", "95", "93", "95"],
        ["Formación Integral Humana y Religiosa", "90", "92", "94"],
        ["Promedio", "84", "86", "88"],
    ]
    y = s.table(
        1.2,
        y,
        [3.4, 0.8, 0.8, 0.8],
        rows,
        pt=10,
        face="serif",
        header_face="serif-bold",
        align=["left", "right", "right", "right"],
    )
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "La estudiante no completó el 4to. grado del Nivel Medio por "
        "traslado fuera del país. Se expide la presente a solicitud de la parte "
        f"interesada, en Santiago de los Caballeros, a los {issued.day} días del mes de "
        f"{month(issued, 'es')} del año {issued.year}.",
        11,
        "serif",
    )
    s.signature(1.2, y + 0.3, "Lic. Carmen Liriano", 18)
    s.line(0.9, y + 0.9, 3.9, y + 0.9, 0.6)
    s.lines(0.9, y + 0.95, ["Lic. Carmen Liriano de Vargas", "Directora"], 9.5, "serif")
    s.signature(4.7, y + 0.3, "Jose R. Cepeda", 16)
    s.line(4.5, y + 0.9, 7.5, y + 0.9, 0.6)
    s.lines(4.5, y + 0.95, ["José Rafael Cepeda", "Secretario Docente"], 9.5, "serif")
    s.stamp(
        3.0,
        y + 1.5,
        ["LICEO PROF. ANA JOSEFA PUELLO", "DIRECCIÓN", "SANTIAGO, R.D."],
        9,
        (60, 40, 140),
        -7,
    )
    return [s]


def w2(
    employee: Person,
    ssn: str,
    address: list[str],
    employer: list[str],
    ein: str,
    year: int,
    wages: float,
    state: str,
    state_id: str,
    control: str,
) -> list[Sheet]:
    """Copy B of a Form W-2 (the employee's federal copy), with its lettered and numbered boxes."""
    s = Sheet()
    s.text(0.6, 0.5, f"Form W-2 Wage and Tax Statement  {year}", 13, "sans-bold")
    s.text(
        7.9,
        0.5,
        "Copy B - To Be Filed With Employee's FEDERAL Tax Return.",
        7.5,
        "sans",
        align="right",
    )
    s.text(
        7.9, 0.63, "Department of the Treasury - Internal Revenue Service", 7, "sans", align="right"
    )
    fed, ss, med = wages * 0.09, wages * 0.062, wages * 0.0145
    rows = [
        (0.48, [(3, "a Employee's social security number", ssn), (4, "OMB No. 1545-0008", "")]),
        (
            0.48,
            [
                (3, "b Employer identification number (EIN)", ein),
                (2, "1 Wages, tips, other compensation", money(wages)),
                (2, "2 Federal income tax withheld", money(fed)),
            ],
        ),
        (
            0.9,
            [
                (3, "c Employer's name, address, and ZIP code", "\n".join(employer)),
                (2, "3 Social security wages", money(wages)),
                (2, "4 Social security tax withheld", money(ss)),
            ],
        ),
        (
            0.48,
            [
                (3, "d Control number", control),
                (2, "5 Medicare wages and tips", money(wages)),
                (2, "6 Medicare tax withheld", money(med)),
            ],
        ),
        (
            0.9,
            [
                (
                    3,
                    "e Employee's first name and initial   Last name   Suff.\nf Employee's "
                    "address and ZIP code",
                    f"{up(employee.first)} {up(employee.surname)}\n" + "\n".join(address).upper(),
                ),
                (2, "12a See instructions for box 12", "DD | " + money(wages * 0.11)),
                (2, "13 Statutory employee / Retirement plan / Third-party sick pay", ""),
            ],
        ),
        (
            0.48,
            [
                (1, "15 State", state),
                (2, "Employer's state ID number", state_id),
                (2, "16 State wages, tips, etc.", money(wages)),
                (2, "17 State income tax", money(wages * 0.05)),
            ],
        ),
    ]
    s.grid(0.6, 0.85, 7.3, rows, value_pt=9)
    s.text(
        0.6, 4.6, "This information is being furnished to the Internal Revenue Service.", 7, "sans"
    )
    return [s]


def opla_denial(
    person: Person, a_number: str, requested: dt.date, decided: dt.date, rep: dict
) -> list[Sheet]:
    body = [
        f"This letter responds to the request for prosecutorial discretion received by this "
        f"office on {long(requested)} on behalf of your client, {plain(person.name)}, whose "
        "removal proceedings are pending before the Boston Immigration Court.",
        "The Office of the Principal Legal Advisor (OPLA) has reviewed the request and the "
        "supporting documentation in light of the totality of the circumstances. After "
        "careful consideration, OPLA declines to exercise prosecutorial discretion in this "
        "matter at this time.",
        "This decision is discretionary and does not create any right or benefit "
        "enforceable at law. It does not preclude a future request based on new information "
        "or changed circumstances, which may be submitted to this office.",
    ]
    s = write_letter(
        (
            "U.S. Department of Homeland Security",
            [
                "U.S. Immigration and Customs Enforcement",
                "Office of the Principal Legal Advisor - Boston",
                "15 New Sudbury Street, Room 425, Boston, MA 02203",
            ],
            NAVY,
            "shield",
        ),
        long(decided),
        [rep["name"], rep["organization"], *rep["address"]],
        f"Re: {person.last_first(False)}   A{a_number}   Request for Prosecutorial Discretion",
        f"Dear {rep['name'].split()[0]} {rep['name'].split()[-1]}:",
        body,
        "Sincerely,",
        "Office of the Chief Counsel - Boston",
        ["Assistant Chief Counsel", "U.S. Immigration and Customs Enforcement"],
        pt=10.5,
    )
    return [s]


def pastor_letter(person: Person, since: int, signed: dt.date) -> list[Sheet]:
    body = [
        f"I have been the senior pastor of Iglesia Cristiana Monte de Sion for fourteen years. "
        f"Sister {plain(person.first)} {plain(person.surname.split()[0])} began worshipping "
        f"with us in {since}, shortly after she moved to Lawrence, and she has been a baptized "
        "member of our congregation ever since.",
        "She is in church every Sunday with her two children and at Wednesday evening Bible "
        "study. For the last five years she has taught the Sunday school class for children "
        "from six to nine years old, and she sings in the choir. When a family in our church "
        "loses a job or has a death, she is one of the first to organize meals and rides.",
        "During the winter coat drive and the back-to-school backpack drive she has "
        "coordinated the volunteers at our fellowship hall, and many families in the "
        "neighborhood know her from that work. She is honest, hard working and devoted to her "
        "children, especially to her daughter, whose diabetes she manages with great care.",
        "Our congregation would feel her absence deeply. Please do not hesitate to call me.",
    ]
    s = write_letter(
        (
            "Iglesia Cristiana Monte de Sion",
            [
                "112 Broadway, Lawrence, Massachusetts 01841",
                "(978) 555-0184  |  montedesion.example",
            ],
            MAROON,
            "cross",
        ),
        long(signed),
        ["Office of the Principal Legal Advisor", "Boston, Massachusetts"],
        None,
        "To the reviewing attorney:",
        body,
        "In Christ,",
        "Rev. Héctor Manuel Guzmán",
        ["Senior Pastor"],
        pt=10.5,
    )
    return [s]


# ---------------------------------------------------------------- Mali / Tennessee


def mali_acte(
    person: Person,
    father: str,
    father_job: str,
    mother: str,
    mother_job: str,
    number: str,
    drawn_up: dt.date,
    copy: dt.date,
    seed: int,
) -> list[Sheet]:
    s = Sheet()
    s.security_background(seed, (236, 236, 222))
    s.text(0.8, 0.5, "RÉGION DE SÉGOU", 9, "sans-bold")
    s.text(0.8, 0.66, "CERCLE DE SÉGOU", 9, "sans-bold")
    s.text(0.8, 0.82, "COMMUNE URBAINE DE SÉGOU", 9, "sans-bold")
    s.text(0.8, 1.0, "CENTRE D'ÉTAT CIVIL DE SÉGOU PRINCIPAL", 9, "sans")
    s.text(7.7, 0.5, "RÉPUBLIQUE DU MALI", 11, "serif-bold", align="right")
    s.text(7.7, 0.7, "Un Peuple - Un But - Une Foi", 9, "serif-italic", align="right")
    y = s.center(1.45, "ACTE DE NAISSANCE", 20, "serif-bold")
    y = s.center(y, f"N° {number}", 12, "serif-bold")
    y = s.center(y, "Volet N° 3 - Copie délivrée au déclarant", 9, "serif-italic") + 0.2
    b = person.born
    rows = [
        ("Année", str(b.year)),
        ("Date de naissance", f"Le {b.day} {month(b, 'fr')} {b.year}, à 06 heures 15"),
        ("Lieu de naissance", "Ségou, quartier Médine"),
        ("Prénom(s)", person.given),
        ("Nom", up(person.surname)),
        ("Sexe", "Masculin" if person.sex == "M" else "Féminin"),
        ("Fils / Fille de", f"{father}, {father_job}, domicilié à Ségou"),
        ("Et de", f"{mother}, {mother_job}, domiciliée à Ségou"),
        (
            "Dressé le",
            f"{drawn_up.day} {month(drawn_up, 'fr')} {drawn_up.year}, sur la déclaration du père",
        ),
    ]
    for label, value in rows:
        s.text(0.9, y, label, 11, "serif")
        s.text(2.9, y, ":", 11, "serif")
        s.text(3.1, y, value, 11.5, "serif-bold")
        s.line(3.05, y + 0.23, 7.6, y + 0.23, 0.4, GREY)
        y += 0.46
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "Lecture faite et le déclarant invité à lire l'acte, nous "
        "avons signé avec lui. Pour copie certifiée conforme à l'original du registre, "
        f"délivrée à Ségou le {copy.day} {month(copy, 'fr')} {copy.year}.",
        10.5,
        "serif",
    )
    s.text(4.6, y + 0.2, "L'Officier de l'État Civil", 10, "serif-bold")
    s.signature(4.8, y + 0.45, "A. Sangare", 20)
    s.seal(2.2, y + 1.0, 0.62, "MAIRIE DE SEGOU * ETAT CIVIL * MALI * ", "SÉGOU")
    s.text(4.6, y + 1.15, "Adama SANGARÉ, Maire adjoint", 9.5, "serif")
    s.stamp(0.9, 9.6, ["TIMBRE FISCAL", "200 F CFA"], 8, (40, 110, 60), 0)
    return [s]


def mali_translation(
    person: Person,
    father: str,
    father_job: str,
    mother: str,
    mother_job: str,
    number: str,
    drawn_up: dt.date,
    copy: dt.date,
    translator: str,
    signed: dt.date,
) -> list[Sheet]:
    """An English translation of the acte whose translator's note says nothing about whether
    the translation is accurate, and gives no address."""
    s = Sheet()
    y = s.center(0.8, "ENGLISH TRANSLATION", 13, "serif-bold")
    y = s.center(
        y + 0.2, "SEGOU REGION - SEGOU DISTRICT (CERCLE) - URBAN COMMUNE OF SEGOU", 9, "sans"
    )
    y = s.center(y, "MAIN CIVIL REGISTRY CENTER OF SEGOU", 9, "sans")
    y = s.center(
        y + 0.1, "REPUBLIC OF MALI  -  One People - One Goal - One Faith", 10, "serif-bold"
    )
    y = s.center(y + 0.15, "BIRTH CERTIFICATE", 16, "serif-bold")
    y = s.center(y, f"No. {number}  (Part No. 3 - Copy issued to the declarant)", 10, "serif") + 0.2
    b = person.born
    rows = [
        ["Year", str(b.year)],
        ["Date of birth", f"{long(b)}, at 6:15 a.m."],
        ["Place of birth", "Segou, Medine neighborhood"],
        ["First name(s)", person.given],
        ["Last name", up(person.surname)],
        ["Sex", "Male" if person.sex == "M" else "Female"],
        ["Son / daughter of", f"{father}, {father_job}, residing in Segou"],
        ["And of", f"{mother}, {mother_job}, residing in Segou"],
        ["Drawn up on", f"{long(drawn_up)}, on the declaration of the father"],
    ]
    y = s.table(
        0.9, y, [2.0, 4.7], [["", ""], *rows], pt=10.5, face="serif", header_fill=None, rules="none"
    )
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "The act having been read and the declarant invited to read "
        "it, we signed with him. Certified true copy of the original in the register, "
        f"issued in Segou on {long(copy)}.",
        10.5,
        "serif",
    )
    y = s.para(
        0.9,
        y + 0.15,
        6.7,
        "The Civil Registry Officer [signature] Adama SANGARE, "
        "Deputy Mayor. [Seal: Town Hall of Segou - Civil Registry - Mali.] [Revenue "
        "stamp: 200 CFA francs.]",
        10,
        "serif-italic",
    )
    y += 0.5
    s.line(0.9, y, 7.6, y, 0.6)
    y = s.text(0.9, y + 0.15, "Translator's note", 11, "serif-bold")
    y = s.para(
        0.9,
        y + 0.05,
        6.7,
        f"Translated by {translator}. I speak and write French, Bambara and English fluently.",
        11,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator, 18)
    s.text(0.9, y + 0.7, us(signed), 10, "serif")
    return [s]


def tennessee_birth(
    child: Person,
    mother: str,
    father: str,
    number: str,
    filed: dt.date,
    issued: dt.date,
    hospital: str,
    seed: int,
) -> list[Sheet]:
    s = Sheet()
    s.security_background(seed, (238, 228, 232))
    s.border(0.4, 1.6)
    s.seal(7.2, 1.15, 0.5, "STATE OF TENNESSEE * DEPARTMENT OF HEALTH * ", "TN")
    y = s.center(0.65, "STATE OF TENNESSEE", 14, "serif-bold")
    y = s.center(y, "DEPARTMENT OF HEALTH - OFFICE OF VITAL RECORDS", 9, "sans")
    y = s.center(y + 0.05, "CERTIFICATE OF BIRTH", 20, "serif-bold")
    y = s.center(y, "CERTIFIED COPY", 9, "sans-bold")
    rows = [
        (
            0.46,
            [
                (4, "CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                (2, "STATE FILE NUMBER", number),
            ],
        ),
        (
            0.46,
            [
                (2, "DATE OF BIRTH", us(child.born)),
                (1, "SEX", "Male" if child.sex == "M" else "Female"),
                (3, "PLACE OF BIRTH (Hospital or Address)", hospital),
            ],
        ),
        (
            0.46,
            [(3, "CITY, TOWN, OR LOCATION OF BIRTH", "MEMPHIS"), (3, "COUNTY OF BIRTH", "SHELBY")],
        ),
        (
            0.46,
            [
                (4, "MOTHER'S NAME PRIOR TO FIRST MARRIAGE (First, Middle, Last)", mother),
                (2, "MOTHER'S BIRTHPLACE", "MALI"),
            ],
        ),
        (
            0.46,
            [
                (4, "FATHER'S NAME (First, Middle, Last, Suffix)", father),
                (2, "FATHER'S BIRTHPLACE", "MALI"),
            ],
        ),
        (0.46, [(3, "DATE FILED", us(filed)), (3, "DATE ISSUED", us(issued))]),
    ]
    y = s.grid(0.75, 2.0, 7.0, rows) + 0.35
    y = s.para(
        0.9,
        y,
        6.7,
        "This is to certify that this is a true and correct copy of the "
        "official record filed with the Tennessee Office of Vital Records.",
        10,
        "serif",
    )
    s.signature(4.8, y + 0.2, "Terrence D. Wills", 18)
    s.line(4.6, y + 0.8, 7.6, y + 0.8, 0.6)
    s.lines(4.6, y + 0.85, ["State Registrar"], 8.5, "sans")
    s.center(10.25, "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE. PH-1654", 7, "sans-bold")
    return [s]


def dd214(member: Person, entered: dt.date, separated: dt.date, signed_by: str) -> list[Sheet]:
    s = Sheet()
    s.text(0.45, 0.35, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES", 7, "sans-bold")
    s.text(8.05, 0.35, "THIS IS AN IMPORTANT RECORD. SAFEGUARD IT.", 7, "sans-bold", align="right")
    s.center(0.55, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY", 12, "sans-bold")
    net = separated - entered
    yrs, rest = divmod(net.days, 365)
    mos, days = divmod(rest, 30)
    rows = [
        (
            0.38,
            [
                (3, "1. NAME (Last, First, Middle)", member.last_first(False)),
                (2, "2. DEPARTMENT, COMPONENT AND BRANCH", "ARMY/RA"),
                (2, "3. SOCIAL SECURITY NUMBER", "XXX-XX-3308"),
            ],
        ),
        (
            0.38,
            [
                (2, "4.a. GRADE, RATE OR RANK", "SPC"),
                (1, "4.b. PAY GRADE", "E04"),
                (2, "5. DATE OF BIRTH (YYYYMMDD)", member.born.strftime("%Y%m%d")),
                (2, "6. RESERVE OBLIGATION TERMINATION DATE", "20290614"),
            ],
        ),
        (
            0.38,
            [
                (3, "7.a. PLACE OF ENTRY INTO ACTIVE DUTY", "MEMPHIS, TN"),
                (4, "7.b. HOME OF RECORD AT TIME OF ENTRY", "MEMPHIS, SHELBY, TN 38116"),
            ],
        ),
        (
            0.38,
            [
                (
                    3,
                    "8.a. LAST DUTY ASSIGNMENT AND MAJOR COMMAND",
                    "HHC 101ST DIV SUST BDE FORSCOM",
                ),
                (3, "8.b. STATION WHERE SEPARATED", "FORT CAMPBELL, KY 42223"),
            ],
        ),
        (
            0.38,
            [
                (4, "9. COMMAND TO WHICH TRANSFERRED", "USAR CON GP (ANNUAL TRAINING) HRC"),
                (2, "10. SGLI COVERAGE", "$500,000"),
            ],
        ),
        (
            0.75,
            [
                (3, "11. PRIMARY SPECIALTY", "88M10 MOTOR TRANSPORT OPERATOR - 4 YRS 0 MOS"),
                (
                    3,
                    "12. RECORD OF SERVICE   a. DATE ENTERED AD THIS PERIOD\n"
                    "b. SEPARATION DATE THIS PERIOD   c. NET ACTIVE SERVICE THIS PERIOD",
                    f"a. {entered:%Y%m%d}   b. {separated:%Y%m%d}\nc. {yrs:02d} YRS {mos:02d} MOS "
                    f"{days:02d} DAYS",
                ),
            ],
        ),
        (
            0.75,
            [
                (
                    6,
                    "13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN RIBBONS AWARDED "
                    "OR AUTHORIZED",
                    "ARMY ACHIEVEMENT MEDAL // ARMY GOOD CONDUCT MEDAL // "
                    "NATIONAL DEFENSE SERVICE MEDAL // GLOBAL WAR ON TERRORISM SERVICE MEDAL // "
                    "ARMY SERVICE RIBBON // DRIVER AND MECHANIC BADGE-W",
                )
            ],
        ),
        (
            0.6,
            [
                (
                    6,
                    "14. MILITARY EDUCATION",
                    "BASIC COMBAT TRAINING, 10 WEEKS, 2021 // MOTOR "
                    "TRANSPORT OPERATOR COURSE, 7 WEEKS, 2021 // "
                    "BASIC LEADER COURSE, 4 WEEKS, 2024",
                )
            ],
        ),
        (
            0.6,
            [
                (
                    6,
                    "18. REMARKS",
                    "MEMBER HAS COMPLETED FIRST FULL TERM OF SERVICE // "
                    "SUBJECT TO ACTIVE DUTY RECALL AND/OR ANNUAL SCREENING // NOTHING FOLLOWS",
                )
            ],
        ),
        (
            0.38,
            [
                (3, "21.a. MEMBER SIGNATURE", ""),
                (3, "22.a. OFFICIAL AUTHORIZED TO SIGN", signed_by),
            ],
        ),
        (
            0.38,
            [
                (3, "23. TYPE OF SEPARATION", "RELEASE FROM ACTIVE DUTY"),
                (3, "24. CHARACTER OF SERVICE (Include upgrades)", "HONORABLE"),
            ],
        ),
        (
            0.38,
            [
                (2, "25. SEPARATION AUTHORITY", "AR 635-200, CHAP 4"),
                (1, "26. SEPARATION CODE", "MBK"),
                (1, "27. REENTRY CODE", "1"),
            ],
        ),
        (
            0.38,
            [
                (4, "28. NARRATIVE REASON FOR SEPARATION", "COMPLETION OF REQUIRED ACTIVE SERVICE"),
                (2, "30. MEMBER REQUESTS COPY 4", "YES"),
            ],
        ),
    ]
    s.grid(0.45, 0.8, 7.6, rows, label_pt=5, value_pt=8.5, value_face="mono-bold")
    s.signature(0.7, 7.15, plain(member.first + " " + member.surname), 14)
    s.signature(4.6, 7.15, signed_by.split(",")[0].title(), 14)
    s.text(0.45, 10.4, "DD FORM 214, AUG 2009", 8, "sans-bold")
    s.text(8.05, 10.4, "MEMBER - 4", 9, "sans-bold", align="right")
    return [s]


def irs_header(kind: str, request: dt.date, tracking: str, ssn: str) -> list[str]:
    return [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        f"{kind:^72}",
        "",
        f"Request Date:          {dashed(request)}",
        f"Response Date:         {dashed(request)}",
        f"Tracking Number:       {tracking}",
    ]


def tax_return_transcript(
    person: Person,
    ssn: str,
    year: int,
    address: str,
    wages: float,
    request: dt.date,
    status: str = "Head of Household",
) -> list[Sheet]:
    tax = wages * 0.055
    lines = [
        *irs_header("Tax Return Transcript", request, "1080" + str(year) + "55129", ssn),
        f"SSN Provided:          {ssn}",
        f"Tax Period Ending:     Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and the",
        "amount as adjusted (PC), if applicable. They do not show subsequent activity",
        "on the account.",
        "",
        f"SSN:                                  {ssn}",
        "SPOUSE SSN:",
        f"NAME(S) SHOWN ON RETURN:              {person.irs}",
        f"ADDRESS:                              {address}",
        "",
        f"FILING STATUS:                        {status}",
        "FORM NUMBER:                          1040",
        f"CYCLE POSTED:                         {year + 1}0805",
        f"RECEIVED DATE:                        Mar.04, {year + 1}",
        "REMITTANCE:                           $0.00",
        "DEPENDENT 1 NAME CTRL:                AMIN",
        "DEPENDENT 1 SSN:                      XXX-XX-1920",
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:                         ${money(wages)}",
        "TAXABLE INTEREST INCOME: SCH B:                         $0.00",
        "TAX-EXEMPT INTEREST:                                    $0.00",
        "ORDINARY DIVIDEND INCOME: SCH B:                        $0.00",
        "BUSINESS INCOME OR LOSS (Schedule C):                   $0.00",
        f"TOTAL INCOME:                                       ${money(wages)}",
        "",
        "Adjustments to Income",
        "EDUCATOR EXPENSES:                                      $0.00",
        "STUDENT LOAN INTEREST DEDUCTION:                        $0.00",
        "TOTAL ADJUSTMENTS:                                      $0.00",
        f"ADJUSTED GROSS INCOME:                              ${money(wages)}",
    ]
    p1 = monospace_page(lines, 9)
    p1.text(7.75, 10.5, "Page 1 of 2", 8, "mono", align="right")
    more = [
        "Tax and Credits",
        "STANDARD DEDUCTION PER COMPUTER:                   $22,500.00",
        f"TAXABLE INCOME:                                     ${money(max(0, wages - 22500))}",
        f"TENTATIVE TAX:                                       ${money(tax)}",
        "CHILD & OTHER DEPENDENT CREDIT:                      $2,200.00",
        f"TOTAL TAX LIABILITY TP FIGURES:                      ${money(max(0, tax - 2200))}",
        "",
        "Payments",
        f"FEDERAL INCOME TAX WITHHELD:                         ${money(wages * 0.07)}",
        "EARNED INCOME CREDIT:                                   $0.00",
        f"TOTAL PAYMENTS:                                      ${money(wages * 0.07)}",
        "",
        "Refund or Amount Owed",
        f"AMOUNT TO BE REFUNDED:                               "
        f"${money(wages * 0.07 - max(0, tax - 2200))}",
        "",
        "Third Party Designee",
        "THIRD PARTY DESIGNEE NAME:",
        "",
        "Print/Electronic Indicator",
        "PREPARER SSN OR PTIN:                 P01882934",
        "PREPARER EIN:                         XX-XXX4417",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    p2 = monospace_page(more, 9)
    p2.text(7.75, 10.5, "Page 2 of 2", 8, "mono", align="right")
    return [p1, p2]


def employer_letter_memphis(person: Person, since: dt.date, signed: dt.date) -> list[Sheet]:
    body = [
        f"This letter confirms that {plain(person.name)} has worked for Mid-South Cold Chain "
        f"Distribution at our Lamar Avenue warehouse since {long(since)}. He is a full-time, "
        "permanent employee on our first shift, Monday through Friday, 6:00 a.m. to 2:30 p.m., "
        "with regular Saturday overtime during the holiday season.",
        "He started as a freezer picker and has been a certified reach-truck and forklift "
        "operator since 2016. Since 2021 he has been a team lead for the receiving dock: he "
        "schedules the unloading of about forty inbound trailers a day, trains new hires on "
        "OSHA forklift safety, and checks temperature logs for frozen and refrigerated "
        "product. His current rate is $23.40 an hour.",
        "In over ten years he has never had a safety incident or a written warning, and he "
        "was our site's Associate of the Year in 2023. We would keep him in his position "
        "without hesitation.",
    ]
    s = write_letter(
        (
            "Mid-South Cold Chain Distribution, LLC",
            [
                "Human Resources  |  3775 Lamar Avenue, Memphis, TN 38118",
                "(901) 555-0147  |  hr@midsouthcoldchain.example",
            ],
            NAVY,
            "house",
        ),
        long(signed),
        ["To Whom It May Concern"],
        f"RE: Employment verification - {plain(person.name)}",
        "To Whom It May Concern:",
        body,
        "Regards,",
        "Deborah A. Pruitt",
        ["Human Resources Manager", "(901) 555-0147"],
        pt=10.5,
    )
    return [s]


def utility_bill(
    customer: Person,
    account: str,
    service_address: list[str],
    period: tuple[dt.date, dt.date],
    issued: dt.date,
    electric: float,
    gas: float,
    water: float,
    *,
    company: str,
    company_lines: list[str],
    colour,
) -> list[Sheet]:
    s = Sheet()
    s.rect(0, 0, 8.5, 1.1, outline=None, fill=colour)
    s.text(0.6, 0.3, company, 16, "sans-bold", fill=(255, 255, 255))
    s.text(0.6, 0.65, "  |  ".join(company_lines), 8, "sans", fill=(235, 235, 235))
    s.text(7.9, 0.35, "UTILITY BILL", 12, "sans-bold", fill=(255, 255, 255), align="right")
    y = s.grid(
        0.6,
        1.35,
        7.3,
        [
            (
                0.45,
                [
                    (3, "ACCOUNT NUMBER", account),
                    (2, "BILL DATE", us(issued)),
                    (2, "DUE DATE", us(issued + dt.timedelta(21))),
                ],
            ),
            (
                0.65,
                [
                    (
                        3,
                        "CUSTOMER NAME / SERVICE ADDRESS",
                        up(customer.name) + "\n" + ", ".join(service_address).upper(),
                    ),
                    (
                        4,
                        "SERVICE PERIOD",
                        f"{us(period[0])} TO {us(period[1])}  "
                        f"({(period[1] - period[0]).days} DAYS)",
                    ),
                ],
            ),
        ],
    )
    rows = [["Service", "Meter", "Previous", "Present", "Usage", "Charges"]]
    if electric:
        rows.append(["Electric", "E 4471092", "38,221", "39,104", "883 kWh", money(electric)])
    if gas:
        rows.append(["Gas", "G 1180334", "7,812", "7,859", "47 CCF", money(gas)])
    if water:
        rows.append(["Water / Sewer", "W 902215", "1,204", "1,211", "7 CCF", money(water)])
    total = electric + gas + water
    rows.append(["Total current charges", "", "", "", "", money(total)])
    y = s.table(
        0.6,
        y + 0.3,
        [2.0, 1.1, 1.0, 1.0, 1.1, 1.1],
        rows,
        pt=9,
        align=["left", "left", "right", "right", "right", "right"],
    )
    y = s.grid(
        0.6,
        y + 0.25,
        7.3,
        [
            (
                0.5,
                [
                    (2, "PREVIOUS BALANCE", money(total * 0.93)),
                    (2, "PAYMENT RECEIVED - THANK YOU", "-" + money(total * 0.93)),
                    (2, "AMOUNT DUE", "$" + money(total)),
                ],
            )
        ],
    )
    s.line(0.3, 8.1, 8.2, 8.1, 0.6, GREY)
    s.text(
        4.25,
        8.0,
        "- - - - - - -  please detach and return this portion with your payment  - - - - - - -",
        7,
        "sans",
        fill=GREY,
        align="center",
    )
    s.text(0.6, 8.35, company, 10, "sans-bold")
    s.lines(0.6, 8.6, [up(customer.name), *[a.upper() for a in service_address]], 9, "mono")
    s.text(5.2, 8.35, f"Account  {account}", 9, "mono")
    s.text(5.2, 8.55, f"Amount due  ${money(total)}", 9, "mono-bold")
    s.text(5.2, 8.75, f"Due by  {us(issued + dt.timedelta(21))}", 9, "mono")
    return [s]


def imam_letter(person: Person, since: int, signed: dt.date) -> list[Sheet]:
    body = [
        f"Assalamu alaikum. I have served as imam of Masjid Al-Furqan in Memphis since 2009, "
        f"and I have known Brother {plain(person.given.split()[0])} "
        f"{plain(person.surname)} since he first came to pray with us in {since}.",
        "He attends Jumu'ah prayer every Friday during his lunch break and brings his family "
        "to the masjid on weekends. Each Ramadan for the past twelve years he has led the team "
        "that prepares the community iftar, which feeds about three hundred people a night, "
        "many of them students and newly arrived families from West Africa.",
        "When new families arrive he helps them find apartments, translates for them in "
        "Bambara and French at the clinic and the school, and drives them to their "
        "appointments. He also volunteers with our Saturday food pantry, which is open to "
        "everyone in the Hickory Hill neighborhood.",
        "He is a respected, peaceful man and a devoted father, and our whole community relies "
        "on him.",
    ]
    s = write_letter(
        (
            "Masjid Al-Furqan of Memphis",
            [
                "5122 Winchester Road, Memphis, TN 38118",
                "(901) 555-0112  |  alfurqanmemphis.example",
            ],
            GREEN,
            "star",
        ),
        long(signed),
        [],
        None,
        "To whom it may concern,",
        body,
        "With respect,",
        "Imam Abdoulaye Konaté",
        ["Imam and Director"],
        pt=10.5,
    )
    return [s]


def memphis_report_card(student: Person, grade: str, year: str, issued: dt.date) -> list[Sheet]:
    s = Sheet(11.0, 8.5)
    s.text(0.5, 0.4, "MEMPHIS-SHELBY COUNTY SCHOOLS", 14, "sans-bold", fill=NAVY)
    s.text(
        0.5,
        0.65,
        "Hickory Ridge Middle School  |  3910 Ridgeway Road, Memphis, TN 38115",
        8.5,
        "sans",
        fill=GREY,
    )
    s.text(10.5, 0.4, "STUDENT REPORT CARD", 13, "sans-bold", align="right")
    s.text(10.5, 0.65, f"School Year {year}  -  Issued {us(issued)}", 8.5, "sans", align="right")
    y = s.grid(
        0.5,
        0.95,
        10.0,
        [
            (
                0.42,
                [
                    (3, "STUDENT", student.last_first(False)),
                    (1, "GRADE", grade),
                    (1, "STUDENT ID", "402219873"),
                    (2, "HOMEROOM", "B-114 MS. ARCHIBALD"),
                ],
            )
        ],
    )
    rows = [
        ["Course", "Teacher", "Q1", "Q2", "Q3", "Q4", "Final", "Absences"],
        ["ELA 8", "Archibald, K.", "91", "93", "", "", "", "1"],
        ["Math 8", "Okonkwo, B.", "88", "85", "", "", "", "1"],
        ["Science 8", "Delgado, R.", "94", "92", "", "", "", "0"],
        ["Social Studies 8", "Hargrove, T.", "90", "95", "", "", "", "1"],
        ["Spanish I", "Morales, L.", "97", "96", "", "", "", "0"],
        ["Physical Education", "Banks, C.", "100", "98", "", "", "", "0"],
    ]
    y = s.table(0.5, y + 0.25, [2.4, 2.0, 0.8, 0.8, 0.8, 0.8, 1.0, 1.4], rows, pt=9.5)
    y = s.text(
        0.5,
        y + 0.2,
        "Conduct: Excellent    Days present: 84    Days absent: 3    Tardies: 0",
        9.5,
        "sans",
    )
    s.para(
        0.5,
        y + 0.15,
        10.0,
        "Teacher comment: Aminata is a thoughtful, hard-working "
        "student who helps her classmates and participates in Beta Club. Keep it up!",
        9.5,
        "sans-italic",
    )
    s.text(
        0.5,
        7.9,
        "Grading scale: A 90-100, B 80-89, C 70-79, D 65-69, F below 65",
        8,
        "sans",
        fill=GREY,
    )
    return [s]


# ---------------------------------------------------------------- Kenya / South Dakota


def cumulative_record(
    student: Person, years: list[tuple[str, str, str, int, int]], parent: str, printed: dt.date
) -> list[Sheet]:
    s = Sheet()
    s.text(0.6, 0.45, "SIOUX FALLS SCHOOL DISTRICT 49-5", 13, "sans-bold")
    s.text(
        0.6,
        0.68,
        "Student Services - Records Office  |  201 E. 38th Street, Sioux Falls, SD 57105",
        8,
        "sans",
        fill=GREY,
    )
    s.text(7.9, 0.45, "ELEMENTARY AND MIDDLE", 9, "sans-bold", align="right")
    s.text(7.9, 0.6, "CUMULATIVE RECORD", 12, "sans-bold", align="right")
    y = s.grid(
        0.6,
        1.0,
        7.3,
        [
            (
                0.42,
                [
                    (3, "STUDENT LEGAL NAME (Last, First, Middle)", student.last_first(False)),
                    (1, "SEX", student.sex),
                    (2, "BIRTH DATE", us(student.born)),
                    (2, "BIRTHPLACE", "NAKURU, KENYA"),
                ],
            ),
            (
                0.42,
                [
                    (3, "PARENT / GUARDIAN", up(parent)),
                    (2, "DATE FIRST ENROLLED IN DISTRICT", years[0][4] and "08/23/2004"),
                    (2, "STATE STUDENT ID", "SD0040917726"),
                ],
            ),
        ],
    )
    rows = [["School Year", "Grade", "School", "Days Present", "Days Absent", "Placement"]]
    for year, grade, school, present, absent in years:
        rows.append([year, grade, school, str(present), str(absent), "Promoted"])
    y = s.table(0.6, y + 0.3, [1.1, 0.6, 2.8, 1.0, 1.0, 0.8], rows, pt=8.5)
    y = s.text(0.6, y + 0.25, "ENGLISH LEARNER SERVICES", 9, "sans-bold")
    y = s.para(
        0.6,
        y + 0.02,
        7.3,
        "Identified EL 08/2004 (W-APT). Served in ESL pull-out "
        "grades 3-5. Exited EL status 05/2008 (ACCESS composite 5.1). Monitored "
        "2008-2010.",
        9,
        "sans",
    )
    y = s.text(0.6, y + 0.2, "IMMUNIZATIONS", 9, "sans-bold")
    s.para(
        0.6,
        y + 0.02,
        7.3,
        "Complete per SDCL 13-28-7.1 (record on file with school nurse).",
        9,
        "sans",
    )
    s.text(
        0.6,
        10.3,
        f"Printed {us(printed)} from district student information system. "
        "Confidential student record - FERPA.",
        7.5,
        "sans",
        fill=GREY,
    )
    s.signature(5.3, 9.4, "L. Henningsen", 15)
    s.text(5.3, 9.95, "Records Custodian", 8, "sans")
    return [s]


def high_school_transcript(
    student: Person, entered: dt.date, graduated: dt.date, issued: dt.date
) -> list[Sheet]:
    s = Sheet()
    s.security_background(41, (232, 236, 244))
    s.text(0.55, 0.4, "PRAIRIE VIEW HIGH SCHOOL", 14, "serif-bold", fill=NAVY)
    s.text(
        0.55,
        0.64,
        "5500 W. 41st Street, Sioux Falls, SD 57106  |  CEEB 420188",
        8,
        "sans",
        fill=GREY,
    )
    s.text(7.95, 0.4, "OFFICIAL HIGH SCHOOL TRANSCRIPT", 11, "sans-bold", align="right")
    y = s.grid(
        0.55,
        0.95,
        7.4,
        [
            (
                0.4,
                [
                    (3, "STUDENT", student.last_first(False)),
                    (2, "DATE OF BIRTH", us(student.born)),
                    (1, "GENDER", student.sex),
                    (2, "STUDENT ID", "117734"),
                ],
            ),
            (
                0.4,
                [
                    (2, "ENTRY DATE", us(entered)),
                    (2, "GRADUATION DATE", us(graduated)),
                    (2, "DIPLOMA", "STANDARD - ADVANCED"),
                    (2, "CLASS RANK", "61 / 402"),
                ],
            ),
        ],
    )
    years = [
        (
            "2010-2011  Grade 9",
            [
                ("English 9", "A", "B+"),
                ("Algebra I", "B", "B"),
                ("Physical Science", "B+", "A-"),
                ("World Geography", "A", "A"),
                ("Spanish I", "A-", "A"),
                ("Physical Education", "A", "A"),
            ],
        ),
        (
            "2011-2012  Grade 10",
            [
                ("English 10", "A-", "A"),
                ("Geometry", "B", "B+"),
                ("Biology", "A-", "B+"),
                ("World History", "A", "A-"),
                ("Spanish II", "A", "A"),
                ("Health", "A", ""),
            ],
        ),
        (
            "2012-2013  Grade 11",
            [
                ("American Literature", "B+", "A-"),
                ("Algebra II", "B", "B"),
                ("Chemistry", "B+", "B+"),
                ("U.S. History", "A", "A"),
                ("Accounting I", "A", "A"),
                ("Choir", "A", "A"),
            ],
        ),
        (
            "2013-2014  Grade 12",
            [
                ("British Literature", "A", "A"),
                ("Pre-Calculus", "B", "B+"),
                ("Anatomy and Physiology", "A-", "A"),
                ("Government", "A", ""),
                ("Economics", "", "A"),
                ("Choir", "A", "A"),
            ],
        ),
    ]
    x_cols = [0.55, 4.25]
    top = y + 0.2
    for i, (title, courses) in enumerate(years):
        x = x_cols[i % 2]
        yy = top + (i // 2) * 2.35
        yy = s.text(x, yy, title, 9, "sans-bold")
        rows = [["Course", "S1", "S2", "Cr"]] + [
            [c, a, b, f"{(0.5 if a else 0) + (0.5 if b else 0):.1f}"] for c, a, b in courses
        ]
        s.table(
            x, yy, [2.2, 0.45, 0.45, 0.5], rows, pt=8, face="mono", rules="header", header_fill=None
        )
    y = top + 4.9
    y = s.text(
        0.55,
        y,
        "CUMULATIVE CREDITS 24.0    CUMULATIVE GPA (4.0) 3.52    "
        "STATE ASSESSMENT: PROFICIENT (ELA, MATH)",
        9,
        "mono-bold",
    )
    y = s.text(
        0.55,
        y + 0.05,
        "ACTIVITIES: CONCERT CHOIR 9-12; FCCLA 10-12; NATIONAL HONOR SOCIETY 12",
        9,
        "mono",
    )
    s.signature(5.2, y + 0.35, "Renee Vanderpol", 16)
    s.line(5.0, y + 0.95, 7.9, y + 0.95, 0.6)
    s.text(5.0, y + 1.0, f"Registrar   Date {us(issued)}", 8.5, "sans")
    s.seal(2.0, y + 1.0, 0.55, "PRAIRIE VIEW HIGH SCHOOL * SIOUX FALLS * ", "SD")
    return [s]


def account_transcript(
    person: Person,
    ssn: str,
    year: int,
    agi: float,
    withheld: float,
    tax: float,
    request: dt.date,
    address: str,
) -> list[Sheet]:
    refund = withheld - tax
    filed = dt.date(year + 1, 3, 11)
    posted, refunded = dashed(filed + dt.timedelta(24)), dashed(filed + dt.timedelta(35))
    due = dashed(dt.date(year + 1, 4, 15))
    tax_s, held_s, refund_s = (
        f"{money(tax):>10}",
        f"{'-' + money(withheld):>10}",
        f"{money(-refund):>10}",
    )
    lines = [
        *irs_header("Account Transcript", request, "1089" + str(year) + "73610", ssn),
        "",
        "FORM NUMBER:  1040",
        f"TAX PERIOD:   Dec. 31, {year}",
        "",
        f"TAXPAYER IDENTIFICATION NUMBER:    {ssn}",
        f"{person.irs}",
        f"{address}",
        "",
        "              --- ANY MINUS SIGN SHOWN BELOW SIGNIFIES A CREDIT AMOUNT ---",
        "",
        "ACCOUNT BALANCE:                                     0.00",
        "ACCRUED INTEREST:                 0.00  AS OF: " + dashed(request),
        "ACCRUED PENALTY:                  0.00  AS OF: " + dashed(request),
        "",
        "ACCOUNT BALANCE PLUS ACCRUALS",
        "(this is not a payoff amount):                       0.00",
        "",
        "** INFORMATION FROM THE RETURN OR AS ADJUSTED **",
        "",
        "EXEMPTIONS:                                            01"
        if year < 2018
        else "EXEMPTIONS:                                            00",
        "FILING STATUS:                                     Single",
        f"ADJUSTED GROSS INCOME:                        {money(agi):>12}",
        f"TAXABLE INCOME:                               {money(max(0, agi - 12000)):>12}",
        f"TAX PER RETURN:                               {money(tax):>12}",
        "SE TAXABLE INCOME TAXPAYER:                           0.00",
        "SE TAXABLE INCOME SPOUSE:                             0.00",
        "TOTAL SELF EMPLOYMENT TAX:                            0.00",
        "",
        f"RETURN DUE DATE OR RETURN RECEIVED DATE (WHICHEVER IS LATER)  Apr. 15, {year + 1}",
        f"PROCESSING DATE                                  {filed + dt.timedelta(24):%b. %d, %Y}",
        "",
        "TRANSACTIONS",
        "",
        "CODE  EXPLANATION OF TRANSACTION          CYCLE       DATE          AMOUNT",
        f"150   Tax return filed                    {year + 1}1205  {posted}  {tax_s}",
        "      n/a",
        f"806   W-2 or 1099 withholding                         {due}  {held_s}",
        f"846   Refund issued                       {year + 1}1207  {refunded}  {refund_s}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return [monospace_page(lines, 8.8)]


def wage_income_transcript(
    person: Person,
    ssn: str,
    year: int,
    address: str,
    employers: list[tuple[str, str, str, float]],
    request: dt.date,
) -> list[Sheet]:
    lines = [
        *irs_header("Wage and Income Transcript", request, "1082" + str(year) + "40918", ssn),
        f"SSN Provided:          {ssn}",
        f"Tax Period Requested:  December, {year}",
        "",
        "Form W-2 Wage and Tax Statement",
        "",
    ]
    for ein, name, addr, wages in employers:
        lines += [
            "Employer:",
            f"Employer Identification Number (EIN):{ein}",
            f"{name}",
            f"{addr}",
            "Employee:",
            f"Employee's Social Security Number:{ssn}",
            f"{person.irs}",
            f"{address}",
            "",
            "Submission Type:...............................Original document",
            f"Wages, Tips and Other Compensation:...........${money(wages)}",
            f"Federal Income Tax Withheld:..................${money(wages * 0.08)}",
            f"Social Security Wages:........................${money(wages)}",
            f"Social Security Tax Withheld:.................${money(wages * 0.062)}",
            f"Medicare Wages and Tips:......................${money(wages)}",
            f"Medicare Tax Withheld:........................${money(wages * 0.0145)}",
            "Social Security Tips:.........................$0.00",
            "Allocated Tips:...............................$0.00",
            "Dependent Care Benefits:......................$0.00",
            "Deferred Compensation:........................$0.00",
            "",
        ]
    lines.append("This Product Contains Sensitive Taxpayer Data")
    per = 48
    chunks = [lines[i : i + per] for i in range(0, len(lines), per)]
    pages = []
    for n, chunk in enumerate(chunks, 1):
        p = monospace_page(chunk, 8.8)
        if len(chunks) > 1:
            p.text(7.75, 10.5, f"Page {n} of {len(chunks)}", 8, "mono", align="right")
        pages.append(p)
    return pages


def south_dakota_lease(
    tenant: Person,
    landlord: str,
    address: list[str],
    start: dt.date,
    end: dt.date,
    rent: int,
    signed: dt.date,
) -> list[Sheet]:
    p1 = Sheet()
    y = p1.center(0.6, "RESIDENTIAL LEASE AGREEMENT", 16, "serif-bold")
    y = p1.center(y, "State of South Dakota", 10, "serif-italic") + 0.2
    sections = [
        f'1. PARTIES. This Lease is made on {long(signed)} between {landlord} ("Landlord") '
        f'and {plain(tenant.name)} ("Tenant").',
        f"2. PREMISES. Landlord leases to Tenant the apartment at {', '.join(address)}, "
        "together with one assigned parking stall (No. 14) and a storage locker.",
        f"3. TERM. The term of this Lease begins on {long(start)} and ends at 11:59 p.m. on "
        f"{long(end)}. If Tenant remains in possession after the end of the term with "
        "Landlord's consent, the tenancy becomes month to month on the same terms.",
        f"4. RENT. Tenant shall pay monthly rent of ${rent:,}.00, due on the first day of each "
        "month, at the management office or through the resident portal. Rent received after "
        "the fifth day of the month is late and a late fee of $50.00 is due.",
        f"5. SECURITY DEPOSIT. Tenant has paid a security deposit of ${rent:,}.00, which "
        "Landlord will hold and return as provided in SDCL 43-32-24, less any lawful "
        "deductions, within two weeks after Tenant surrenders the premises.",
        "6. UTILITIES. Landlord pays water, sewer and trash. Tenant places electric service "
        "in Tenant's own name and pays it directly to the utility.",
        "7. OCCUPANTS. The premises shall be occupied only by Tenant. Guests staying longer "
        "than fourteen days in a six-month period require Landlord's written consent.",
        "8. USE AND CARE. Tenant shall keep the premises clean and sanitary, shall not "
        "disturb other residents, and shall promptly report any needed repairs in writing.",
    ]
    y = p1.paras(0.9, y, 6.7, sections, gap=0.14, pt=10.5, face="serif")
    p1.text(7.6, 10.4, "Page 1 of 2        Tenant initials: ____", 8, "sans", align="right")
    p2 = Sheet()
    more = [
        "9. ENTRY. Landlord may enter the premises at reasonable times, on twenty-four hours' "
        "notice except in an emergency, to inspect, make repairs or show the premises.",
        "10. PETS. No pets are allowed without a signed pet addendum.",
        "11. DEFAULT. If Tenant fails to pay rent when due or breaches this Lease, Landlord "
        "may terminate the tenancy as provided in SDCL chapter 21-16.",
        "12. NOTICES. Notices to Landlord shall be delivered to the management office. "
        "Notices to Tenant shall be delivered to the premises.",
        "13. ENTIRE AGREEMENT. This Lease, the community rules and any signed addenda are the "
        "entire agreement of the parties.",
    ]
    y = p2.paras(0.9, 0.8, 6.7, more, gap=0.14, pt=10.5, face="serif") + 0.5
    for who, name, title in [
        ("LANDLORD", landlord, "By: Gail Tschetter, Property Manager"),
        ("TENANT", plain(tenant.name), ""),
    ]:
        p2.text(0.9, y, who, 9, "sans-bold")
        p2.signature(1.1, y + 0.15, name.split(",")[0] if who == "TENANT" else "Gail Tschetter", 18)
        p2.line(0.9, y + 0.75, 4.6, y + 0.75, 0.6)
        p2.text(0.9, y + 0.8, title or name, 9, "serif")
        p2.text(5.0, y + 0.55, f"Date: {us(signed)}", 10, "serif")
        y += 1.35
    p2.text(7.6, 10.4, "Page 2 of 2", 8, "sans", align="right")
    return [p1, p2]


def sd_pay_stub(
    employee: Person,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    hours: float,
    rate: float,
    ytd: float,
    address: list[str],
) -> list[Sheet]:
    s = Sheet()
    s.logo(0.6, 0.45, 0.5, "cross", (30, 110, 150))
    s.text(1.25, 0.45, "Big Sioux Regional Health", 13, "sans-bold", fill=(30, 110, 150))
    s.text(
        1.25,
        0.7,
        "Payroll Services  |  1305 W. 18th Street, Sioux Falls, SD 57104",
        8,
        "sans",
        fill=GREY,
    )
    s.text(7.9, 0.45, "PAY STATEMENT", 12, "sans-bold", align="right")
    gross = hours * rate + 16 * 1.5
    rows = [
        ["Employee", up(employee.name), "Pay Date", us(paid)],
        ["Address", ", ".join(address).upper(), "Period", f"{us(period[0])}-{us(period[1])}"],
        ["Job", "PATIENT CARE TECHNICIAN II", "Employee #", "0088213"],
    ]
    y = s.table(0.6, 1.2, [1.1, 3.6, 1.0, 1.6], rows, pt=8.5, header_fill=None, header_face="sans")
    rows = [
        ["Earnings", "Hours", "Rate", "Current", "YTD"],
        ["Regular", f"{hours:.2f}", money(rate), money(hours * rate), money(ytd * 0.93)],
        ["Night differential", "16.00", "1.50", "24.00", money(ytd * 0.02)],
        ["Gross", "", "", money(gross), money(ytd)],
    ]
    y = s.table(
        0.6,
        y + 0.3,
        [2.3, 1.0, 1.0, 1.5, 1.5],
        rows,
        pt=9,
        align=["left", "right", "right", "right", "right"],
    )
    rows = [
        ["Taxes and deductions", "Current", "YTD"],
        ["Federal withholding", money(gross * 0.08), money(ytd * 0.08)],
        ["Social Security", money(gross * 0.062), money(ytd * 0.062)],
        ["Medicare", money(gross * 0.0145), money(ytd * 0.0145)],
        ["403(b) 4%", money(gross * 0.04), money(ytd * 0.04)],
        ["Medical - employee only", "48.10", money(48.10 * 24)],
    ]
    y = s.table(0.6, y + 0.25, [3.3, 2.0, 2.0], rows, pt=9, align=["left", "right", "right"])
    net = gross * (1 - 0.08 - 0.062 - 0.0145 - 0.04) - 48.10
    s.grid(
        0.6,
        y + 0.25,
        7.3,
        [
            (
                0.5,
                [
                    (3, "NET PAY", "$" + money(net)),
                    (3, "DEPOSITED TO CHECKING XXXX1187", "$" + money(net)),
                ],
            )
        ],
    )
    s.text(0.6, y + 1.0, "South Dakota has no state income tax.", 8, "sans", fill=GREY)
    return [s]
