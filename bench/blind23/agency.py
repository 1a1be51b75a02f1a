"""US papers: four states' birth certificates (Texas, California, Illinois, North Carolina,
each its own look), DHS's Notice to Appear, an immigration court's hearing notice and order,
USCIS approval notices and a work permit card, a Social Security earnings statement, an
Illinois identification card, a Cook County marriage certificate, and Form G-28.
"""

from __future__ import annotations

import datetime as dt

from tests.realistic import dates
from tests.realistic.model import Person, up
from tests.realistic.paper import GREY, INK, Sheet, card, portrait, tinted

NAVY = (20, 40, 95)


def _certified_footer(s: Sheet, y: float, text: str, signer: str, title: str) -> None:
    s.para(0.9, y, 6.7, text, 8.5, "serif")
    s.signature(4.8, y + 0.55, signer, 17)
    s.line(4.6, y + 1.15, 7.6, y + 1.15, 0.6)
    s.text(4.6, y + 1.2, signer, 8, "sans")
    s.text(4.6, y + 1.34, title, 7, "sans", fill=GREY)


def texas_birth(
    child: Person,
    *,
    mother: Person,
    father: Person,
    county: str,
    city: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """Texas's certification of birth (the abstract): peach security paper, the state's seal,
    a ruled abstract of the record, Vital Statistics Section's certification."""
    s = Sheet(paper=(252, 240, 228))
    s.security_background(seed, (240, 214, 196))
    s.border(0.35, 2.5)
    s.seal(1.35, 1.25, 0.55, "THE STATE OF TEXAS * SEAL * ", "TX")
    s.center(0.75, "THE STATE OF TEXAS", 16, "schoolbook-bold")
    s.center(1.1, "CERTIFICATION OF BIRTH", 20, "schoolbook-bold", fill=(120, 40, 30))
    s.center(
        1.5, "Texas Department of State Health Services - Vital Statistics Section", 9, "serif"
    )
    rows = [
        ("NAME", up(child.name)),
        ("DATE OF BIRTH", dates.long(child.born).upper()),
        ("SEX", "MALE" if child.sex == "M" else "FEMALE"),
        ("PLACE OF BIRTH", f"{up(city)}, {up(county)} COUNTY, TEXAS"),
        ("FATHER", up(father.name)),
        ("MOTHER (MAIDEN NAME)", up(mother.name)),
        ("STATE FILE NUMBER", file_no),
        ("DATE FILED", dates.us(filed)),
    ]
    y = 2.3
    for label, value in rows:
        s.text(1.0, y, label, 9, "sans-bold")
        s.text(3.3, y, value, 11, "mono-bold")
        s.line(3.2, y + 0.24, 7.5, y + 0.24, 0.4, (150, 120, 110))
        y += 0.5
    _certified_footer(
        s,
        y + 0.5,
        "This is to certify that this is a true and correct abstract of the birth record on "
        "file with the Vital Statistics Section, Texas Department of State Health Services, "
        f"Austin, Texas. Issued {dates.us(issued)}. This certification is valid only with the "
        "raised seal of the State of Texas.",
        "Jennifer A. Whitcombe",
        "State Registrar",
    )
    s.text(0.9, 10.3, f"VS-112  ·  Certificate No. {file_no[-6:]}77", 7, "mono", fill=GREY)
    return [s]


def california_birth(
    child: Person,
    *,
    mother: Person,
    father: Person,
    hospital: str,
    street: str,
    city: str,
    county: str,
    state_no: str,
    local_no: str,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """California's certificate of live birth (form VS 10 certified by the county recorder):
    green security paper, numbered boxes 1A to 12, the county's certification at the foot."""
    s = Sheet(paper=(240, 248, 240))
    s.security_background(seed, (206, 228, 210))
    s.center(0.45, "CERTIFICATION OF VITAL RECORD", 9, "sans-bold")
    s.center(0.65, f"COUNTY OF {up(county)}  ·  REGISTRAR-RECORDER/COUNTY CLERK", 8, "sans")
    s.text(0.6, 0.95, f"STATE FILE NUMBER {state_no}", 8, "sans-bold")
    s.text(7.9, 0.95, f"LOCAL REGISTRATION NUMBER {local_no}", 8, "sans-bold", align="right")
    s.center(1.2, "CERTIFICATE OF LIVE BIRTH", 16, "sans-bold")
    s.center(1.48, "STATE OF CALIFORNIA", 10, "sans-bold")
    given = child.given.split()
    rows = [
        (
            0.42,
            [
                (1, "1A. NAME OF CHILD - FIRST", up(given[0])),
                (1, "1B. MIDDLE", up(" ".join(given[1:]))),
                (1.3, "1C. LAST", up(child.surname)),
            ],
        ),
        (
            0.42,
            [
                (0.7, "2. SEX", "M" if child.sex == "M" else "F"),
                (0.9, "3A. THIS BIRTH", "SINGLE"),
                (1, "4A. DATE OF BIRTH", dates.us(child.born)),
                (0.8, "4B. HOUR", "0947"),
            ],
        ),
        (0.42, [(2, "5A. PLACE OF BIRTH - NAME OF HOSPITAL OR FACILITY", up(hospital))]),
        (
            0.42,
            [
                (1.6, "5B. STREET ADDRESS", up(street)),
                (1, "5C. CITY", up(city)),
                (1, "5D. COUNTY", up(county)),
            ],
        ),
        (
            0.42,
            [
                (1.2, "6A. NAME OF FATHER/PARENT - FIRST", up(father.first)),
                (1.6, "6C. LAST", up(father.surname)),
                (1, "8. BIRTHPLACE", "GUATEMALA"),
            ],
        ),
        (
            0.42,
            [
                (1.2, "9A. NAME OF MOTHER/PARENT - FIRST", up(mother.given)),
                (1.6, "9C. LAST (BIRTH NAME)", up(mother.surname)),
                (1, "10. BIRTHPLACE", "GUATEMALA"),
            ],
        ),
        (
            0.42,
            [
                (2, "11A. ATTENDANT - NAME, TITLE", "R. OKONKWO-BELL MD"),
                (1, "12. DATE ACCEPTED BY LOCAL REG.", dates.us(child.born + dt.timedelta(days=9))),
            ],
        ),
    ]
    y = s.grid(0.6, 1.85, 7.3, rows)
    _certified_footer(
        s,
        y + 0.4,
        f"This is a true certified copy of the record filed in the County of {county}, "
        "Department of Public Health, if it bears the seal, imprinted signature of the "
        f"Registrar-Recorder/County Clerk. Date issued: {dates.us(issued)}.",
        "Mariela T. Sandoval",
        f"Registrar-Recorder/County Clerk, County of {county}",
    )
    s.seal(1.6, y + 1.2, 0.6, f"COUNTY OF {up(county)} * CALIFORNIA * ", "SEAL")
    return [s]


def illinois_birth(
    child: Person,
    *,
    mother: Person,
    father: Person,
    hospital: str,
    file_no: str,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """The Cook County Clerk's certified copy of an Illinois birth record: blue-grey paper, the
    county clerk's name across the top, a two-column record, a clerk's seal."""
    s = Sheet(paper=(238, 242, 250))
    s.security_background(seed, (208, 216, 236))
    s.rect(0.5, 0.45, 7.5, 0.9, outline=None, fill=NAVY)
    s.center(0.55, "COOK COUNTY CLERK", 18, "serif-bold", fill=(255, 255, 255))
    s.center(0.95, "BUREAU OF VITAL RECORDS  ·  CHICAGO, ILLINOIS", 9, "sans", fill=(255, 255, 255))
    s.center(1.6, "CERTIFICATION OF BIRTH", 16, "serif-bold")
    s.center(
        1.9,
        "STATE OF ILLINOIS - DEPARTMENT OF PUBLIC HEALTH - DIVISION OF VITAL RECORDS",
        8,
        "sans",
    )
    left = [
        ("Name", up(child.name)),
        ("Sex", "FEMALE" if child.sex == "F" else "MALE"),
        ("Date of Birth", dates.abbreviated(child.born).upper()),
        ("Place of Birth", "CHICAGO, COOK COUNTY"),
        ("Hospital", up(hospital)),
    ]
    right = [
        ("Mother's Name", up(mother.name)),
        ("Mother's Birthplace", "ILLINOIS"),
        ("Father's Name", up(father.name)),
        ("Father's Birthplace", "HONDURAS"),
        ("State File No.", file_no),
    ]
    y = 2.5
    for (l1, v1), (l2, v2) in zip(left, right, strict=True):
        s.text(0.8, y, l1, 7.5, "sans", fill=GREY)
        s.text(0.8, y + 0.14, v1, 10, "sans-bold")
        s.text(4.5, y, l2, 7.5, "sans", fill=GREY)
        s.text(4.5, y + 0.14, v2, 10, "sans-bold")
        y += 0.55
    _certified_footer(
        s,
        y + 0.4,
        "I, the undersigned Cook County Clerk, certify that this is a true and correct copy of "
        "the record of birth filed in this office, as required by the Vital Records Act of the "
        f"State of Illinois. Issued {dates.long(issued)}. Not valid without the raised seal.",
        "Monica Serrano-Duffy",
        "Cook County Clerk",
    )
    s.seal(1.7, y + 1.3, 0.65, "COOK COUNTY CLERK * ILLINOIS * ", "SEAL")
    return [s]


def nc_birth(
    child: Person,
    *,
    mother: Person,
    father: Person,
    hospital: str,
    county: str,
    city: str,
    cert_no: str,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """North Carolina's certified copy from a county Register of Deeds: a tan border, the
    state's title, a typed grid, the register's certificate and the seal."""
    s = Sheet(paper=(250, 246, 232))
    s.security_background(seed, (232, 222, 194))
    s.border(0.4, 3.0, double=True)
    s.center(0.75, "STATE OF NORTH CAROLINA", 15, "bookman-bold")
    s.center(1.05, "DEPARTMENT OF HEALTH AND HUMAN SERVICES · VITAL RECORDS", 8.5, "sans")
    s.center(1.35, "CERTIFICATE OF LIVE BIRTH", 17, "bookman-bold")
    rows = [
        (
            0.45,
            [
                (3, "1. CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                (1, "2. SEX", "FEMALE" if child.sex == "F" else "MALE"),
            ],
        ),
        (
            0.45,
            [
                (1.2, "3. DATE OF BIRTH (Mo/Day/Yr)", dates.us(child.born)),
                (1, "4. TIME", "10:22 AM"),
                (1.6, "5. FACILITY NAME", up(hospital)),
            ],
        ),
        (
            0.45,
            [
                (1.5, "6. CITY, TOWN OR LOCATION OF BIRTH", up(city)),
                (1, "7. COUNTY OF BIRTH", up(county)),
            ],
        ),
        (
            0.45,
            [
                (2.3, "8a. MOTHER'S CURRENT LEGAL NAME", up(mother.name)),
                (1, "8c. BIRTHPLACE", "MEXICO"),
            ],
        ),
        (
            0.45,
            [
                (2.3, "9a. FATHER'S CURRENT LEGAL NAME", up(father.name)),
                (1, "9c. BIRTHPLACE", "MEXICO"),
            ],
        ),
        (
            0.45,
            [
                (1.5, "10. CERTIFICATE NUMBER", cert_no),
                (1.5, "11. DATE FILED", dates.us(child.born + dt.timedelta(days=12))),
            ],
        ),
    ]
    y = s.grid(0.7, 1.9, 7.1, rows, value_face="mono-bold")
    _certified_footer(
        s,
        y + 0.4,
        f"I, Register of Deeds of {county} County, certify that this is a true and accurate "
        "reproduction of the birth record on file in this office. Issued "
        f"{dates.long(issued)}. This copy is not valid unless it bears the raised seal.",
        "Darnell K. Pettigrew",
        f"Register of Deeds, {county} County",
    )
    s.seal(1.8, y + 1.3, 0.6, f"{up(county)} COUNTY * REGISTER OF DEEDS * ", "NC")
    return [s]


def marriage_cook(
    groom: Person,
    bride: Person,
    *,
    married: dt.date,
    officiant: str,
    license_no: str,
    issued: dt.date,
    seed: int,
) -> list[Sheet]:
    """The Cook County Clerk's marriage certificate: the parties, the ceremony, the officiant."""
    s = Sheet(paper=(246, 244, 236))
    s.security_background(seed, (222, 220, 204))
    s.border(0.45, 2.0)
    s.center(0.85, "STATE OF ILLINOIS  ·  COUNTY OF COOK", 11, "serif-bold")
    s.center(1.2, "Marriage Certificate", 24, "script")
    s.center(1.75, f"License Number {license_no}", 9, "mono")
    y = s.paras(
        1.0,
        2.3,
        6.5,
        [
            "This is to certify that the undersigned, a person authorized to solemnize "
            "marriages, did on the date below join in marriage:",
            f"{up(groom.name)}, born {dates.us(groom.born)}, of Chicago, Illinois, and",
            f"{up(bride.name)}, born {dates.us(bride.born)}, of Chicago, Illinois,",
            f"at Chicago, County of Cook, State of Illinois, on {dates.long(married)}.",
            f"Officiant: {officiant}. Witnesses: Karen M. Kowalski; Wilmer A. Funes.",
        ],
        pt=12,
        face="serif",
        gap=0.22,
    )
    _certified_footer(
        s,
        y + 0.4,
        "I certify that this is a true and correct copy of the marriage record filed in the "
        f"office of the Cook County Clerk. Issued {dates.us(issued)}.",
        "Monica Serrano-Duffy",
        "Cook County Clerk",
    )
    s.seal(1.8, y + 1.3, 0.6, "COOK COUNTY CLERK * ILLINOIS * ", "SEAL")
    return [s]


def _dhs_head(s: Sheet, title: str, sub: str = "") -> float:
    s.text(0.6, 0.5, "U.S. Department of Homeland Security", 11, "serif-bold")
    s.text(
        7.9, 0.5, "Notice to Appear" if title == "NTA" else title, 11, "serif-bold", align="right"
    )
    if sub:
        s.text(0.6, 0.72, sub, 9, "serif")
    s.line(0.6, 0.95, 7.9, 0.95, 1.2)
    return 1.05


def nta(
    p: Person,
    *,
    a_number: str,
    country: str,
    entry: dt.date,
    place: str,
    issued: dt.date,
    hearing_address: list[str],
    officer: str,
    charge: str,
    seed: int,
) -> list[Sheet]:
    """Form I-862, Notice to Appear: the respondent's file number, the boxes of his status, the
    allegations and the charge, the order to appear, and page 2's warnings and service."""
    s = Sheet()
    y = _dhs_head(s, "NTA")
    s.center(y, "NOTICE TO APPEAR", 14, "serif-bold")
    y += 0.3
    s.text(
        0.6,
        y,
        "In removal proceedings under section 240 of the Immigration and Nationality Act:",
        9,
        "serif",
    )
    s.text(5.4, y + 0.25, f"Subject ID: {1400000000 + seed}", 9, "mono")
    s.text(5.4, y + 0.43, f"File No: {a_number}", 9, "mono-bold")
    s.text(5.4, y + 0.61, f"DOB: {dates.us(p.born)}", 9, "mono")
    s.text(0.6, y + 0.3, "In the Matter of:", 9, "serif")
    s.text(0.6, y + 0.5, f"Respondent: {up(p.name)}", 10, "mono-bold")
    s.text(
        0.6, y + 0.7, "currently residing at: 3121 W. 26TH ST, CHICAGO, ILLINOIS 60623", 9, "mono"
    )
    y += 1.05
    s.checkbox(0.6, y, False, "1. You are an arriving alien.", 9)
    s.checkbox(
        0.6,
        y + 0.2,
        True,
        "2. You are an alien present in the United States who has not been admitted or paroled.",
        9,
    )
    s.checkbox(
        0.6,
        y + 0.4,
        False,
        "3. You have been admitted to the United States, but are removable for the reasons "
        "stated below.",
        9,
    )
    y += 0.75
    s.text(0.6, y, "The Department of Homeland Security alleges that:", 9.5, "serif-bold")
    y = s.lines(
        0.8,
        y + 0.22,
        [
            "1. You are not a citizen or national of the United States;",
            f"2. You are a native of {country} and a citizen of {country};",
            f"3. You arrived in the United States at or near {place}, on or about "
            f"{dates.us(entry)};",
            "4. You were not then admitted or paroled after inspection by an Immigration Officer.",
        ],
        9.5,
        "mono",
    )
    y = s.para(
        0.6,
        y + 0.15,
        7.2,
        "On the basis of the foregoing, it is charged that you are subject to removal from "
        "the United States pursuant to the following provision(s) of law:",
        9.5,
        "serif",
    )
    y = s.para(0.8, y + 0.05, 7.0, charge, 9.5, "mono")
    s.checkbox(
        0.6,
        y + 0.15,
        True,
        "YOU ARE ORDERED to appear before an immigration judge of the United States Department "
        "of Justice at:",
        9,
    )
    y = s.lines(
        0.9,
        y + 0.4,
        [*hearing_address, "on a date to be set at a time to be set"],
        9.5,
        "mono-bold",
    )
    s.text(0.6, y + 0.2, f"Date: {dates.us(issued)}", 9.5, "serif")
    s.signature(4.3, y + 0.05, officer, 16)
    s.line(4.2, y + 0.6, 7.8, y + 0.6, 0.6)
    s.text(4.2, y + 0.65, f"{officer}, Supervisory Deportation Officer", 8, "sans")
    s.text(0.6, 10.4, "Form I-862 Page 1 of 2", 8, "sans", fill=GREY)
    p2 = Sheet()
    y = _dhs_head(p2, "NTA")
    p2.text(0.6, y + 0.1, "Notice to Respondent", 11, "serif-bold")
    y = p2.paras(
        0.6,
        y + 0.4,
        7.3,
        [
            "Warning: Any statement you make may be used against you in removal proceedings.",
            "Alien Registration: This copy of the Notice to Appear served upon you is evidence of "
            "your alien registration while you are under removal proceedings.",
            "Representation: If you so choose, you may be represented in this proceeding, at no "
            "expense to the Government, by an attorney or other individual authorized to practice "
            "before the Executive Office for Immigration Review.",
            "Failure to appear: You are required to provide the Department of Justice, in writing, "
            "with your full mailing address and telephone number. If you fail to attend the "
            "hearing "
            "at the time and place designated, a removal order may be made by the immigration "
            "judge "
            "in your absence.",
        ],
        pt=9.5,
        face="serif",
        gap=0.15,
    )
    p2.text(0.6, y + 0.2, "Certificate of Service", 11, "serif-bold")
    p2.para(
        0.6,
        y + 0.5,
        7.3,
        f"This Notice to Appear was served on the respondent by me on {dates.us(issued)}, in "
        "the following manner and in compliance with section 239(a)(1) of the Act: in person. "
        "Attached is a list of organizations and attorneys which provide free legal services.",
        9.5,
        "serif",
    )
    p2.signature(4.3, y + 1.2, officer, 16)
    p2.text(0.6, 10.4, "Form I-862 Page 2 of 2", 8, "sans", fill=GREY)
    return [s, p2]


def _eoir_head(s: Sheet, court: list[str]) -> float:
    s.center(0.5, "UNITED STATES DEPARTMENT OF JUSTICE", 10, "mono-bold")
    s.center(0.68, "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW", 10, "mono-bold")
    s.center(0.86, "IMMIGRATION COURT", 10, "mono-bold")
    return s.lines(0.6, 1.2, [up(x) for x in court], 9.5, "mono")


def eoir_hearing_notice(
    p: Person,
    *,
    a_number: str,
    court: list[str],
    notice: dt.date,
    hearing: dt.datetime,
    judge: str,
    rep: list[str],
) -> list[Sheet]:
    """The court's notice of a master calendar hearing: the court's address, the file, the date
    and time, the warnings, the certificate of service by the court staff."""
    s = Sheet()
    y = _eoir_head(s, court)
    y = s.lines(0.6, y + 0.2, ["To:", *[up(x) for x in rep]], 9.5, "mono")
    s.text(0.6, y + 0.2, f"RE: {up(p.surname)}, {up(p.given)}", 9.5, "mono-bold")
    s.text(0.6, y + 0.38, f"FILE: {a_number}", 9.5, "mono-bold")
    s.text(5.2, y + 0.38, f"DATE: {dates.abbreviated(notice)}", 9.5, "mono")
    y += 0.8
    s.center(y, "NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS", 11, "mono-bold")
    y = s.paras(
        0.6,
        y + 0.4,
        7.3,
        [
            "Your case has been scheduled for a MASTER hearing before the Immigration Court on "
            f"{dates.abbreviated(hearing.date())} at {hearing:%I:%M %p} at:",
            "      " + ", ".join(up(x) for x in court[:2]),
            f"Immigration Judge: {judge}",
            "You may be represented in these proceedings, at no expense to the Government, by an "
            "attorney or other individual who is authorized and qualified to represent persons "
            "before an Immigration Court. Your hearing date has not been scheduled earlier than 10 "
            "days from the date of service of the Notice to Appear in order to permit you the "
            "opportunity to obtain an attorney or representative.",
            "Failure to appear at your hearing except for exceptional circumstances may result in "
            "one or more of the following actions: (1) you may be taken into custody by the "
            "Department of Homeland Security; (2) your hearing may be held in your absence and an "
            "order of removal may be entered against you.",
            "To check the status of your case, call the automated case information line at "
            "1-800-898-7180 or visit https://acis.eoir.justice.gov.",
        ],
        pt=9.5,
        face="mono",
        gap=0.15,
    )
    s.text(0.6, y + 0.2, "CERTIFICATE OF SERVICE", 10, "mono-bold")
    s.lines(
        0.6,
        y + 0.45,
        [
            "THIS DOCUMENT WAS SERVED BY: [ ] MAIL (M) [ ] PERSONAL SERVICE (P) [X] ELECTRONIC "
            "SERVICE (E)",
            "TO: [ ] ALIEN  [ ] ALIEN c/o Custodial Officer  [X] Alien's ATT/REP  [X] DHS",
            f"DATE: {dates.us(notice)}   BY: COURT STAFF  R.M.",
        ],
        8.5,
        "mono",
    )
    return [s]


def ij_removal_order(
    p: Person, *, a_number: str, court: list[str], ordered: dt.date, judge: str, denied: str
) -> list[Sheet]:
    """The immigration judge's written order after a merits hearing: the boxes checked."""
    s = Sheet()
    y = _eoir_head(s, court)
    s.text(0.6, y + 0.25, f"In the Matter of: {up(p.name)}", 10, "mono-bold")
    s.text(0.6, y + 0.45, f"Case No.: {a_number}", 10, "mono-bold")
    s.text(0.6, y + 0.65, "Docket: CHARLOTTE, NORTH CAROLINA", 9.5, "mono")
    y += 1.05
    s.center(y, "ORDER OF THE IMMIGRATION JUDGE", 12, "mono-bold")
    y += 0.45
    y = (
        s.para(
            0.6,
            y,
            7.3,
            "This is a summary of the decision entered on "
            f"{dates.us(ordered)}. This memorandum is solely for the convenience of the parties.",
            9.5,
            "mono",
        )
        + 0.2
    )
    for checked, text in [
        (True, "The respondent was ordered removed from the United States to MEXICO."),
        (False, "Respondent's application for voluntary departure was granted."),
        (True, f"Respondent's application for {denied} was denied."),
        (False, "Respondent's application for asylum was granted."),
        (False, "Proceedings were terminated."),
        (True, "Respondent has waived appeal. Appeal waived: DHS reserved."),
    ]:
        y = s.checkbox(0.7, y, checked, text, 9) + 0.08
    s.signature(4.5, y + 0.4, judge, 17)
    s.line(4.3, y + 1.0, 7.8, y + 1.0, 0.6)
    s.text(4.3, y + 1.05, f"{judge}, Immigration Judge", 8.5, "mono")
    s.text(0.6, y + 1.6, "CERTIFICATE OF SERVICE", 9.5, "mono-bold")
    s.text(
        0.6,
        y + 1.8,
        "THIS DOCUMENT WAS SERVED BY: [X] PERSONAL SERVICE  TO: [X] ALIEN [X] DHS  DATE: "
        f"{dates.us(ordered)}",
        8,
        "mono",
    )
    return [s]


def i797(
    *,
    form: str,
    receipt: str,
    case_type: str,
    received: dt.date,
    notice: dt.date,
    petitioner: str,
    beneficiary: str,
    a_number: str,
    notice_type: str,
    section: str,
    body: list[str],
    center: list[str],
) -> list[Sheet]:
    """Form I-797 (I-797C), Notice of Action: the eagle banner, the boxes (receipt number, case
    type, dates, petitioner, beneficiary), the notice type and text, the service center."""
    s = Sheet()
    s.rect(0.5, 0.4, 7.5, 0.55, outline=None, fill=(214, 222, 236))
    s.text(0.65, 0.47, "THE UNITED STATES OF AMERICA", 14, "serif-bold", fill=NAVY)
    s.text(7.85, 0.52, form, 11, "sans-bold", fill=NAVY, align="right")
    s.text(7.85, 0.72, "NOTICE OF ACTION", 8, "sans-bold", fill=NAVY, align="right")
    s.text(
        0.6,
        1.05,
        "DEPARTMENT OF HOMELAND SECURITY · U.S. CITIZENSHIP AND IMMIGRATION SERVICES",
        8,
        "sans",
    )
    y = s.grid(
        0.5,
        1.3,
        7.5,
        [
            (0.45, [(1.3, "Receipt Number", receipt), (2, "Case Type", case_type)]),
            (
                0.45,
                [
                    (1, "Received Date", dates.us(received)),
                    (1, "Priority Date", dates.us(received)),
                    (1, "Notice Date", dates.us(notice)),
                    (0.6, "Page", "1 of 1"),
                ],
            ),
            (
                0.45,
                [
                    (1.6, "Petitioner / Applicant", petitioner),
                    (1.6, "Beneficiary", beneficiary),
                    (1, "A-Number", a_number),
                ],
            ),
        ],
        value_face="mono-bold",
    )
    s.text(0.6, y + 0.2, f"Notice Type: {notice_type}", 11, "sans-bold")
    if section:
        s.text(0.6, y + 0.45, f"Section: {section}", 9.5, "sans")
    y = s.paras(0.6, y + 0.8, 7.3, body, pt=9.5, face="sans", gap=0.14)
    s.lines(
        0.6,
        9.2,
        [
            "Please see the additional information on the back. You will be notified "
            "separately about any other cases you filed.",
            *center,
            "USCIS Contact Center: www.uscis.gov/contactcenter",
        ],
        8,
        "sans",
    )
    s.text(0.6, 10.4, f"Form {form.split(',')[0]} 04/01/24", 7.5, "sans", fill=GREY)
    return [s]


def ead_card(
    p: Person,
    *,
    uscis: str,
    category: str,
    card_no: str,
    valid_from: dt.date,
    expires: dt.date,
    country: str,
    seed: int,
) -> list[Sheet]:
    """The employment authorization card (Form I-766), front: the flag-and-eagle art, photo,
    the category and the validity."""
    s = card()
    tinted(s, (236, 230, 214), (214, 226, 236))
    s.security_background(seed, (206, 212, 224))
    s.text(0.1, 0.06, "UNITED STATES OF AMERICA", 7.5, "sans-bold", fill=NAVY)
    s.text(0.1, 0.2, "EMPLOYMENT AUTHORIZATION CARD", 6.5, "sans-bold", fill=(150, 30, 40))
    portrait(s, 0.1, 0.45, 0.85, 1.05, seed)
    rows = [
        ("Surname", up(p.surname)),
        ("Given Name", up(p.given)),
        ("USCIS#", uscis),
        ("Category", category),
        ("Card#", card_no),
        ("Country of Birth", up(country)),
        ("Terms and Conditions", "None"),
    ]
    y = 0.42
    for label, value in rows:
        s.text(1.05, y, label, 4.5, "sans", fill=GREY)
        s.text(1.05, y + 0.065, value, 6, "sans-bold")
        y += 0.18
    s.text(2.5, 0.78, "Date of Birth", 4.5, "sans", fill=GREY)
    s.text(2.5, 0.845, dates.card(p.born), 6, "sans-bold")
    s.text(2.5, 0.96, "Sex", 4.5, "sans", fill=GREY)
    s.text(2.5, 1.025, "F" if p.sex == "F" else "M", 6, "sans-bold")
    s.text(2.5, 1.14, "Valid From:", 4.5, "sans", fill=GREY)
    s.text(2.5, 1.205, dates.us(valid_from), 6, "sans-bold")
    s.text(2.5, 1.32, "Card Expires:", 4.5, "sans", fill=GREY)
    s.text(2.5, 1.385, dates.us(expires), 6, "sans-bold")
    s.text(0.1, 1.95, "NOT VALID FOR REENTRY TO THE U.S.", 6, "sans-bold", fill=(150, 30, 40))
    return [s]


def ssa_statement(
    p: Person,
    *,
    ssn_tail: str,
    issued: dt.date,
    earnings: list[tuple[int, int]],
    address: list[str],
) -> list[Sheet]:
    """The Social Security Statement's earnings record: the taxed Social Security and
    Medicare earnings year by year, printed from my Social Security."""
    s = Sheet()
    s.text(0.7, 0.55, "Social Security Administration", 14, "serif-bold", fill=NAVY)
    s.text(0.7, 0.85, "Your Social Security Statement", 11, "serif-italic")
    s.text(7.8, 0.55, f"Prepared especially for {p.name}", 9, "sans", align="right")
    s.text(7.8, 0.72, f"{dates.long(issued)}", 9, "sans", align="right")
    s.lines(0.7, 1.15, [up(p.name), *[up(a) for a in address]], 9, "mono")
    s.line(0.7, 1.85, 7.8, 1.85, 1.0, NAVY)
    s.text(0.7, 2.0, "Your Earnings Record", 13, "serif-bold")
    s.text(0.7, 2.3, f"Social Security number: XXX-XX-{ssn_tail}", 9, "sans")
    rows = [["Work Year", "Taxed Social Security Earnings", "Taxed Medicare Earnings"]]
    rows += [[str(y), f"${v:,}", f"${v:,}"] for y, v in earnings]
    y = s.table(
        0.9, 2.6, [1.3, 2.6, 2.6], rows, pt=9, row_height=0.27, align=["left", "right", "right"]
    )
    s.para(
        0.7,
        y + 0.25,
        7.0,
        "Your earnings are posted from reports your employers send us. If the earnings for a "
        "year are not shown or are wrong, please call us. Earnings for the most recent year "
        "may not be posted yet.",
        8.5,
        "sans",
    )
    s.text(0.7, 10.3, "Form SSA-7005-SM-OL  ·  www.ssa.gov/myaccount", 7.5, "sans", fill=GREY)
    return [s]


def illinois_id(
    p: Person, *, number: str, address: list[str], issued: dt.date, expires: dt.date, seed: int
) -> list[Sheet]:
    """The Illinois identification card from the Secretary of State, front."""
    s = card()
    tinted(s, (214, 228, 242), (240, 236, 224))
    s.security_background(seed, (196, 212, 232))
    s.text(0.1, 0.05, "ILLINOIS", 12, "serif-bold", fill=NAVY)
    s.text(1.3, 0.09, "IDENTIFICATION CARD", 7, "sans-bold", fill=(150, 30, 40))
    s.text(3.25, 0.09, "USA", 7, "sans-bold", fill=NAVY, align="right")
    portrait(s, 0.1, 0.45, 0.9, 1.15, seed)
    s.text(1.1, 0.42, f"4d IDN {number}", 6, "sans-bold")
    s.text(1.1, 0.56, f"1 {up(p.surname)}", 7, "sans-bold")
    s.text(1.1, 0.7, f"2 {up(p.given)}", 7, "sans-bold")
    s.lines(1.1, 0.86, [f"8 {up(address[0])}", f"  {up(address[1])}"], 5.5, "sans-bold")
    s.text(1.1, 1.15, f"3 DOB {dates.us(p.born)}", 6, "sans-bold", fill=(150, 30, 40))
    s.text(1.1, 1.28, f"4a ISS {dates.us(issued)}   4b EXP {dates.us(expires)}", 5.5, "sans-bold")
    s.text(
        1.1,
        1.41,
        f"15 SEX {'F' if p.sex == 'F' else 'M'}   16 HGT 5'-07\"   18 EYES BRO",
        5.5,
        "sans-bold",
    )
    s.text(0.1, 1.95, "Alexi M. Giannoulias · Secretary of State", 4.5, "sans", fill=GREY)
    s.signature(1.2, 1.55, p.first, 8)
    return [s]


def g28(p: Person, *, a_number: str, rep: dict, signed: dt.date) -> list[Sheet]:
    """Form G-28, Notice of Entry of Appearance as Attorney or Accredited Representative (DHS),
    page 1 with parts 1 to 3 filled."""
    s = Sheet()
    s.text(0.6, 0.5, "Notice of Entry of Appearance", 13, "sans-bold")
    s.text(0.6, 0.75, "as Attorney or Accredited Representative", 11, "sans-bold")
    s.text(7.9, 0.5, "DHS", 12, "sans-bold", align="right")
    s.text(7.9, 0.72, "Form G-28", 10, "sans-bold", align="right")
    s.text(7.9, 0.9, "OMB No. 1615-0105", 7, "sans", align="right")
    s.line(0.6, 1.1, 7.9, 1.1, 1.5)
    s.text(
        0.6, 1.2, "Part 1. Information About Attorney or Accredited Representative", 10, "sans-bold"
    )
    last, first = rep["name"].split()[-1], " ".join(rep["name"].split()[:-1])
    y = s.grid(
        0.6,
        1.45,
        7.3,
        [
            (
                0.45,
                [
                    (1, "1. USCIS Online Account Number (if any)", ""),
                    (1, "2.a. Family Name (Last Name)", up(last)),
                    (1, "2.b. Given Name (First Name)", up(first)),
                ],
            ),
            (
                0.45,
                [
                    (2, "3.a. Street Number and Name", rep["address"][0]),
                    (1, "3.c. City or Town, State, ZIP", rep["address"][1]),
                ],
            ),
            (
                0.45,
                [
                    (1, "4. Daytime Telephone Number", rep["phone"]),
                    (1.5, "6. Email Address", rep["email"]),
                ],
            ),
        ],
    )
    s.text(
        0.6,
        y + 0.15,
        "Part 2. Eligibility Information for Attorney or Accredited Representative",
        10,
        "sans-bold",
    )
    y = s.checkbox(
        0.7, y + 0.45, False, "1.a. I am an attorney eligible to practice law in ...", 8.5
    )
    y = s.checkbox(
        0.7,
        y + 0.05,
        True,
        "2.a. I am an accredited representative of the following recognized organization: "
        f"{rep['organization']}",
        8.5,
    )
    s.text(0.9, y + 0.05, f"EOIR ID: {rep['eoir_id']}", 8.5, "mono-bold")
    s.text(
        0.6,
        y + 0.45,
        "Part 3. Notice of Appearance as Attorney or Accredited Representative",
        10,
        "sans-bold",
    )
    y = s.grid(
        0.6,
        y + 0.7,
        7.3,
        [
            (
                0.45,
                [
                    (2, "5.a. Client's Family Name", up(p.surname)),
                    (2, "5.b. Client's Given Name", up(p.given)),
                ],
            ),
            (
                0.45,
                [
                    (1, "7. Client's A-Number (if any)", a_number),
                    (1, "Date of Birth", dates.us(p.born)),
                ],
            ),
            (
                0.45,
                [
                    (
                        2,
                        "This appearance relates to",
                        "ICE - Office of the Principal Legal Advisor",
                    ),
                    (1, "", ""),
                ],
            ),
        ],
    )
    s.text(
        0.6,
        y + 0.2,
        "Part 5. Signature of Client and of Attorney or Accredited Representative",
        10,
        "sans-bold",
    )
    s.signature(0.9, y + 0.45, p.name, 16)
    s.text(0.7, y + 1.0, f"Signature of Client   Date {dates.us(signed)}", 8, "sans")
    s.signature(4.4, y + 0.45, rep["name"], 16)
    s.text(4.3, y + 1.0, f"Signature of Representative   Date {dates.us(signed)}", 8, "sans")
    s.text(0.6, 10.4, "Form G-28 Edition 09/17/18   Page 1 of 4", 7.5, "sans", fill=GREY)
    return [s]


INK_BLACK = INK
