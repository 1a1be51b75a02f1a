"""The blind corpus's documents: drawn from what real US immigration evidence looks like, by
someone who has not read the classification rules. NEVER TUNE RULES ON THIS TEXT (bench/README.md):
it measures how the reading does on documents nobody tuned to.

Every person, number, address and signature here is invented; agencies and forms are real
kinds (a California VS 10 birth record, a DD 214, IRS transcripts, a G-28, an EOIR hearing
notice), written from memory of how they look, not copied from any one of them.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.realistic import mrz
from tests.realistic.dates import (
    abbreviated,
    card,
    compact,
    dashed,
    day_month_year,
    long,
    spelled,
    us,
)
from tests.realistic.model import Paper, Person, plain
from tests.realistic.model import drawn as paper
from tests.realistic.paper import (
    GREY,
    Sheet,
    letterhead,
    monospace_page,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)
from tests.realistic.paper import card as card_sheet

D = dt.date


def up(text: str) -> str:
    return plain(text).upper()


# ---------------------------------------------------------------- US vital records


def california_birth(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    hospital: str,
    street: str,
    city: str,
    county: str,
    registered: dt.date,
    issued: dt.date,
    registrar: str,
    attendant: str,
    seed: int,
) -> Paper:
    """A county's certified copy of the State of California's VS 10 Certificate of Live Birth:
    numbered boxes (1A/1B/1C for the child's names), split into bands with their section name
    written up the side, on green security paper, the county's certification at the foot."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (214, 232, 216))
    s.center(0.45, "CERTIFICATION OF VITAL RECORD", 13, "serif-bold")
    s.center(0.7, f"COUNTY OF {county.upper()}", 10, "serif-bold")
    s.center(0.88, "REGISTRAR-RECORDER/COUNTY CLERK", 8, "serif")
    x, w = 0.55, 7.4
    top = 1.15
    s.field(
        x,
        top,
        1.7,
        0.5,
        "STATE FILE NUMBER",
        f"{rng.randint(100, 999)}{registered.year % 100:02d}{rng.randint(100000, 999999)}",
        value_pt=8,
    )
    s.rect(x + 1.7, top, 4.0, 0.5, 0.6)
    s.text(x + 3.7, top + 0.03, "CERTIFICATE OF LIVE BIRTH", 11, "sans-bold", align="center")
    s.text(x + 3.7, top + 0.22, "STATE OF CALIFORNIA", 8, "sans-bold", align="center")
    s.text(
        x + 3.7,
        top + 0.36,
        "USE BLACK INK ONLY / NO ERASURES, WHITEOUTS OR ALTERATIONS",
        5.5,
        align="center",
    )
    s.field(
        x + 5.7,
        top,
        1.7,
        0.5,
        "LOCAL REGISTRATION NUMBER",
        f"{rng.randint(1000, 9999)}-{registered.year}-{rng.randint(10000, 99999)}",
        value_pt=8,
    )
    y = top + 0.5
    band = 0.22  # the column that names each band
    bx, bw = x + band, w - band
    value = {"value_pt": 9}
    rows_child = [
        (
            0.42,
            [
                (3, "1A. NAME OF CHILD—FIRST (GIVEN)", up(child.first)),
                (2.4, "1B. MIDDLE", up(child.middle)),
                (3.4, "1C. LAST (FAMILY)", up(child.surname)),
            ],
        ),
        (
            0.42,
            [
                (1, "2. SEX", child.sex),
                (2, "3A. THIS BIRTH—SINGLE, TWIN, ETC.", "SINGLE"),
                (2, "3B. IF MULTIPLE, BIRTH ORDER", ""),
                (2.6, "4A. DATE OF BIRTH—MM/DD/CCYY", us(child.born)),
                (1.6, "4B. HOUR (24 HOURS)", f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"),
            ],
        ),
    ]
    end = s.grid(bx, y, bw, rows_child, **value)
    s.rect(x, y, band, end - y, 0.6)
    s.vertical(x + 0.03, y, end - y, "CHILD")
    y = end
    rows_place = [
        (
            0.42,
            [
                (4.2, "5A. PLACE OF BIRTH—NAME OF HOSPITAL OR FACILITY", up(hospital)),
                (4, "5B. STREET ADDRESS—STREET AND NUMBER, OR LOCATION", up(street)),
            ],
        ),
        (0.42, [(4.2, "5C. CITY", up(city)), (4, "5D. COUNTY", up(county))]),
    ]
    end = s.grid(bx, y, bw, rows_place, **value)
    s.rect(x, y, band, end - y, 0.6)
    s.vertical(x + 0.03, y, end - y, "PLACE OF BIRTH")
    y = end
    if father:
        f_first, f_middle, f_last = up(father.first), up(father.middle), up(father.surname)
        f_place, f_born = up(father.birthplace), us(father.born)
    else:
        f_first = f_middle = f_last = f_place = f_born = ""
    rows_parents = [
        (
            0.42,
            [
                (3, "6A. NAME OF FATHER/PARENT—FIRST (GIVEN)", f_first),
                (2.4, "6B. MIDDLE", f_middle),
                (3.4, "6C. LAST (FAMILY)", f_last),
            ],
        ),
        (
            0.42,
            [
                (5.4, "7. STATE/FOREIGN COUNTRY OF BIRTH", f_place),
                (3.4, "8. DATE OF BIRTH", f_born),
            ],
        ),
        (
            0.42,
            [
                (3, "9A. NAME OF MOTHER/PARENT—FIRST (GIVEN)", up(mother.first)),
                (2.4, "9B. MIDDLE", up(mother.middle)),
                (3.4, "9C. LAST (BIRTH NAME)", up(mother.surname)),
            ],
        ),
        (
            0.42,
            [
                (5.4, "10. STATE/FOREIGN COUNTRY OF BIRTH", up(mother.birthplace)),
                (3.4, "11. DATE OF BIRTH", us(mother.born)),
            ],
        ),
    ]
    end = s.grid(bx, y, bw, rows_parents, **value)
    s.rect(x, y, band, end - y, 0.6)
    s.vertical(x + 0.03, y, end - y, "PARENTS")
    y = end
    signed = registered - dt.timedelta(days=rng.randint(2, 6))
    rows_cert = [
        (
            0.5,
            [
                (
                    6,
                    "12A. I CERTIFY THAT I HAVE REVIEWED THE STATED INFORMATION AND THAT IT IS"
                    "\nTRUE AND CORRECT TO THE BEST OF MY KNOWLEDGE.—PARENT OR OTHER INFORMANT",
                    "SIGNATURE ON FILE",
                ),
                (2.8, "12B. RELATIONSHIP TO CHILD", "MOTHER"),
            ],
        ),
        (
            0.5,
            [
                (
                    5,
                    "13A. I CERTIFY THAT THE CHILD WAS BORN ALIVE AT THE DATE, HOUR\nAND PLACE"
                    " STATED.—ATTENDANT'S SIGNATURE, DEGREE OR TITLE",
                    "SIGNATURE ON FILE",
                ),
                (1.8, "13B. LICENSE NUMBER", f"A{rng.randint(40000, 99999)}"),
                (2, "13C. DATE SIGNED", us(signed)),
            ],
        ),
        (
            0.42,
            [
                (
                    8.8,
                    "14. TYPE NAME, TITLE AND MAILING ADDRESS OF ATTENDANT",
                    up(f"{attendant}, {hospital}"),
                )
            ],
        ),
        (
            0.42,
            [
                (6, "15. LOCAL REGISTRAR—SIGNATURE", "SIGNATURE ON FILE"),
                (2.8, "16. DATE ACCEPTED FOR REGISTRATION", us(registered)),
            ],
        ),
    ]
    end = s.grid(bx, y, bw, rows_cert, **value)
    s.rect(x, y, band, end - y, 0.6)
    s.vertical(x + 0.03, y, end - y, "CERTIFIER")
    y = end + 0.08
    s.text(x, y, "VS 10 (REV 1/05)", 6)
    y += 0.35
    s.text(x, y, "CERTIFIED COPY OF VITAL RECORDS", 9, "serif-bold")
    s.text(x, y + 0.18, f"STATE OF CALIFORNIA, COUNTY OF {county.upper()}   }}  ss", 8, "serif")
    y = s.para(
        x,
        y + 0.45,
        4.6,
        f"This is a true certified copy of the record filed in the County of {county}, "
        "State of California, if it bears the County Registrar's seal and signature.",
        8.5,
        "serif",
    )
    s.text(x, y + 0.2, f"DATE ISSUED: {abbreviated(issued).upper()}", 9, "serif-bold")
    s.signature(5.2, y - 0.35, registrar, 18)
    s.line(5.0, y + 0.1, 7.8, y + 0.1, 0.6)
    s.text(5.0, y + 0.14, f"{registrar.upper()}, Registrar-Recorder/County Clerk", 6.5, "serif")
    s.seal(3.9, y + 0.75, 0.5, f"COUNTY OF {county.upper()} * REGISTRAR * ", "SEAL")
    s.center(10.55, "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE", 7, "sans-bold")
    return paper("california_vs10_birth", [s], "birth_certificate", child, "us_family")


def texas_birth_abstract(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    city: str,
    county: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """The State of Texas's short-form Certification of Birth: an abstract of the record, the
    names and places in a column of captions, on pink security paper."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (240, 222, 226))
    s.border(0.45, 2.0)
    s.center(0.9, "THE STATE OF TEXAS", 18, "serif-bold")
    s.center(1.25, "CERTIFICATION OF BIRTH", 15, "serif-bold")
    s.center(1.55, "Department of State Health Services — Vital Statistics Section", 8.5, "serif")
    y = 2.1
    rows = [
        ("NAME", f"{up(child.given)} {up(child.surname)}"),
        ("DATE OF BIRTH", long(child.born).upper()),
        ("SEX", "FEMALE" if child.sex == "F" else "MALE"),
        ("PLACE OF BIRTH", f"{city.upper()}, {county.upper()} COUNTY"),
        ("FATHER", up(father.name) if father else ""),
        ("BIRTHPLACE OF FATHER", up(father.birthplace) if father else ""),
        ("MOTHER (MAIDEN NAME)", up(mother.name)),
        ("BIRTHPLACE OF MOTHER", up(mother.birthplace)),
        ("DATE FILED", long(filed).upper()),
        ("STATE FILE NUMBER", f"142-{filed.year}-{rng.randint(100000, 999999)}"),
    ]
    for caption, value in rows:
        s.text(1.1, y, caption, 9, "serif")
        s.line(3.3, y + 0.2, 7.3, y + 0.2, 0.4, GREY)
        s.text(3.35, y - 0.02, value, 11, "mono-bold")
        y += 0.42
    y = s.para(
        1.1,
        y + 0.3,
        6.3,
        "This is a true and correct reproduction or abstract of the official record "
        "filed with the Vital Statistics Section, Texas Department of State Health "
        "Services, Austin, Texas.",
        9,
        "serif",
    )
    s.text(1.1, y + 0.3, f"ISSUED  {us(issued)}", 10, "serif-bold")
    s.signature(4.6, y + 0.15, "J. M. Okonkwo-Reyes", 17)
    s.line(4.4, y + 0.6, 7.3, y + 0.6, 0.6)
    s.text(4.4, y + 0.64, "State Registrar", 8, "serif")
    s.seal(2.2, y + 1.4, 0.55, "STATE OF TEXAS * VITAL STATISTICS * ", "SEAL")
    s.text(
        1.1,
        10.1,
        "VS-113 ABSTRACT  WARNING: THIS DOCUMENT HAS A COLORED BACKGROUND AND A RAISED SEAL",
        6.5,
    )
    return paper("texas_birth_abstract", [s], "birth_certificate", child, "us_family")


def illinois_birth(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    hospital: str,
    city: str,
    county: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """A county clerk's certified copy of an Illinois Certificate of Live Birth: two columns
    of numbered boxes, the clerk's certification stamped across the foot."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (222, 226, 240))
    s.text(0.6, 0.5, "STATE OF ILLINOIS", 10, "sans-bold")
    s.text(7.9, 0.5, "DEPARTMENT OF PUBLIC HEALTH", 8, "sans", align="right")
    s.text(7.9, 0.66, "DIVISION OF VITAL RECORDS", 8, "sans", align="right")
    s.center(0.95, "CERTIFICATE OF LIVE BIRTH", 15, "sans-bold")
    s.text(
        0.6,
        1.35,
        f"STATE FILE NUMBER  {rng.randint(100, 199)}-{filed.year}-{rng.randint(100000, 999999)}",
        8,
        "mono-bold",
    )
    x, w = 0.6, 7.3
    rows = [
        (
            0.45,
            [
                (
                    5,
                    "1. CHILD—FIRST          MIDDLE          LAST",
                    f"{up(child.first)}  {up(child.middle)}  {up(child.surname)}",
                ),
                (1, "2. SEX", child.sex),
            ],
        ),
        (
            0.45,
            [
                (2.4, "3a. DATE OF BIRTH (Month, Day, Year)", long(child.born).upper()),
                (
                    1.3,
                    "3b. HOUR",
                    f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
                ),
                (2.3, "4a. COUNTY OF BIRTH", county.upper()),
            ],
        ),
        (
            0.45,
            [
                (2.6, "4b. CITY, TOWN, TWP., OR ROAD DIST.", city.upper()),
                (3.4, "4c. HOSPITAL NAME (If not in hospital, give street address)", up(hospital)),
            ],
        ),
        (
            0.45,
            [
                (
                    3.7,
                    "5a. MOTHER—FIRST     MIDDLE     LAST",
                    f"{up(mother.first)}  {up(mother.middle)}  {up(mother.surname)}",
                ),
                (2.3, "5b. MAIDEN SURNAME", up(mother.surname)),
            ],
        ),
        (
            0.45,
            [
                (2.4, "6. MOTHER'S DATE OF BIRTH", us(mother.born)),
                (3.6, "7. BIRTHPLACE (State or Foreign Country)", up(mother.birthplace)),
            ],
        ),
        (
            0.45,
            [
                (
                    3.7,
                    "8a. FATHER—FIRST     MIDDLE     LAST",
                    f"{up(father.first)}  {up(father.middle)}  {up(father.surname)}"
                    if father
                    else "",
                ),
                (
                    2.3,
                    "8b. BIRTHPLACE (State or Foreign Country)",
                    up(father.birthplace) if father else "",
                ),
            ],
        ),
        (
            0.6,
            [
                (4, "9. INFORMANT'S SIGNATURE AND RELATIONSHIP TO CHILD", "SIGNED: MOTHER"),
                (2, "10. DATE FILED", us(filed)),
            ],
        ),
        (
            0.6,
            [
                (
                    4,
                    "11. CERTIFIER—NAME AND TITLE (Type or print)",
                    f"DR. {rng.choice(['H. LINDQVIST', 'A. BANERJEE', 'T. WOJCIK'])}, M.D.",
                ),
                (2, "12. LOCAL REGISTRAR'S NUMBER", f"{rng.randint(10000, 99999)}"),
            ],
        ),
    ]
    y = s.grid(x, 1.55, w, rows, value_pt=9.5)
    s.text(x, y + 0.05, "VR 300 (Rev. 6/14)", 6)
    y += 0.5
    s.stamp(0.7, y, [f"{county.upper()} COUNTY CLERK", "CERTIFIED COPY"], 11, (40, 60, 150), 0)
    y = s.para(
        3.6,
        y,
        4.2,
        f"I, the undersigned County Clerk of {county} County, Illinois, certify that "
        "this is a true, exact and complete copy of the birth record on file in my "
        "office, as the State of Illinois directs it be kept.",
        8.5,
        "serif",
    )
    s.text(3.6, y + 0.2, f"Date issued: {long(issued)}", 9, "serif")
    s.signature(4.2, y + 0.45, "Celeste M. Varga", 18)
    s.line(3.6, y + 0.95, 7.8, y + 0.95, 0.6)
    s.text(3.6, y + 1.0, "County Clerk", 8, "serif")
    s.seal(1.6, y + 1.7, 0.5, f"{county.upper()} COUNTY * ILLINOIS * ", "SEAL")
    return paper("illinois_birth", [s], "birth_certificate", child, "us_family")


def new_york_city_birth(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    hospital: str,
    borough: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """The City of New York's Certificate of Birth (the long form): boxes under headed bands
    for the child, the mother and the father, the city registrar's certification below."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (230, 226, 210))
    s.center(0.5, "THE CITY OF NEW YORK", 11, "serif-bold")
    s.center(0.72, "DEPARTMENT OF HEALTH AND MENTAL HYGIENE", 9, "serif")
    s.center(1.0, "CERTIFICATE OF BIRTH", 17, "serif-bold")
    number = f"156-{filed.year % 100:02d}-{rng.randint(100000, 999999)}"
    s.text(7.9, 1.35, f"CERTIFICATE NUMBER  {number}", 8, "mono-bold", align="right")
    x, w = 0.6, 7.3
    y = 1.6

    def band(title: str, y: float) -> float:
        s.rect(x, y, w, 0.2, outline=None, fill=(60, 60, 66))
        s.text(x + 0.08, y + 0.03, title, 7, "sans-bold", fill=(255, 255, 255))
        return y + 0.2

    y = band("CHILD", y)
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.45,
                [
                    (3, "1a. Child's First Name", up(child.first)),
                    (2, "1b. Middle Name", up(child.middle)),
                    (3, "1c. Last Name", up(child.surname)),
                ],
            ),
            (
                0.45,
                [
                    (1.2, "2. Sex", "Female" if child.sex == "F" else "Male"),
                    (2, "3. Date of Birth (Month Day Year)", us(child.born)),
                    (1.3, "4. Time of Birth", f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}"),
                    (3.5, "5a. Place of Birth: Borough", borough.upper()),
                ],
            ),
            (
                0.45,
                [
                    (
                        8,
                        "5b. Name of Hospital or Other Facility (If not facility, street address)",
                        up(hospital),
                    )
                ],
            ),
        ],
        value_pt=9.5,
    )
    y = band("MOTHER / PARENT", y)
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.45,
                [
                    (5, "6a. Name Prior to First Marriage (First, Middle, Last)", up(mother.name)),
                    (3, "6b. Date of Birth", us(mother.born)),
                ],
            ),
            (
                0.45,
                [
                    (
                        5,
                        "6c. Birthplace (State, Territory or Foreign Country)",
                        up(mother.birthplace),
                    ),
                    (3, "6d. Usual Residence: Borough or County", borough.upper()),
                ],
            ),
        ],
        value_pt=9.5,
    )
    y = band("FATHER / PARENT", y)
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.45,
                [
                    (5, "7a. Name (First, Middle, Last)", up(father.name) if father else ""),
                    (3, "7b. Date of Birth", us(father.born) if father else ""),
                ],
            ),
            (
                0.45,
                [
                    (
                        8,
                        "7c. Birthplace (State, Territory or Foreign Country)",
                        up(father.birthplace) if father else "",
                    )
                ],
            ),
        ],
        value_pt=9.5,
    )
    y = s.grid(
        x,
        y + 0.1,
        w,
        [
            (
                0.45,
                [
                    (
                        5,
                        "8. Attendant at Birth",
                        f"DR. {rng.choice(['P. OYELARAN', 'S. HALVORSEN'])}",
                    ),
                    (3, "9. Date Filed", us(filed)),
                ],
            ),
        ],
        value_pt=9.5,
    )
    y = s.para(
        x,
        y + 0.4,
        7.2,
        "This is to certify that the foregoing is a true copy of a record on file in the "
        "Department of Health and Mental Hygiene. The Department does not certify to the "
        "truth of the statements made thereon, as no inquiry as to the facts has been "
        "provided by law.",
        8.5,
        "serif",
    )
    s.text(x, y + 0.25, f"DATE ISSUED  {us(issued)}", 9, "serif-bold")
    s.signature(4.6, y + 0.2, "Gareth Lindqvist-Amoah", 17)
    s.line(4.4, y + 0.7, 7.8, y + 0.7, 0.6)
    s.text(4.4, y + 0.74, "City Registrar", 8, "serif")
    s.seal(2.4, y + 1.45, 0.5, "CITY OF NEW YORK * DOHMH * ", "SEAL")
    s.text(
        x,
        10.3,
        "Do not accept this transcript unless it bears the raised seal of the "
        "Department of Health and Mental Hygiene.",
        6.5,
    )
    return paper("nyc_birth", [s], "birth_certificate", child, "us_family")


def texas_marriage(
    one: Person,
    two: Person,
    *,
    county: str,
    licensed: dt.date,
    married: dt.date,
    officiant: str,
    seed: int,
    about: tuple[Person, ...],
) -> Paper:
    """A Texas county clerk's marriage license with the officiant's return below it."""
    rng = random.Random(seed)
    s = Sheet()
    s.border(0.5, 1.5)
    s.text(0.9, 0.85, "THE STATE OF TEXAS", 11, "serif-bold")
    s.text(0.9, 1.05, f"COUNTY OF {county.upper()}", 11, "serif-bold")
    s.text(
        7.6,
        0.85,
        f"License No. {licensed.year}-{rng.randint(100000, 999999)}",
        9,
        "mono",
        align="right",
    )
    s.center(1.5, "MARRIAGE LICENSE", 20, "serif-bold")
    y = s.para(
        0.9,
        2.05,
        6.7,
        "TO ANY REGULARLY LICENSED OR ORDAINED MINISTER OF THE GOSPEL, JEWISH RABBI, "
        "JUDGE OF THE SUPREME COURT, COURT OF CRIMINAL APPEALS, COURTS OF APPEALS, "
        "DISTRICT, COUNTY AND PROBATE COURTS, OR JUSTICE OF THE PEACE, GREETINGS:",
        9,
        "serif",
    )
    y = s.para(
        0.9,
        y + 0.15,
        6.7,
        "YOU ARE HEREBY AUTHORIZED TO SOLEMNIZE THE RITES OF MATRIMONY BETWEEN",
        10,
        "serif",
    )
    for person in (one, two):
        y += 0.12
        s.text(1.3, y, up(person.name), 12, "mono-bold")
        s.text(5.6, y + 0.02, f"AGE {married.year - person.born.year - 1}", 9, "mono")
        y += 0.3
        s.text(1.3, y, f"born {us(person.born)} in {person.birthplace}", 8.5, "serif-italic")
        y += 0.25
    y = s.para(
        0.9,
        y + 0.1,
        6.7,
        "and make due return to the Clerk of the County Court of said County within "
        "thirty days thereafter, certifying your action under this License.",
        9.5,
        "serif",
    )
    s.text(
        0.9,
        y + 0.2,
        f"WITNESS my official signature and seal of office, {long(licensed)}.",
        9.5,
        "serif",
    )
    s.signature(4.6, y + 0.45, "Lucinda Parr-Hidalgo", 17)
    s.line(4.4, y + 0.95, 7.6, y + 0.95, 0.6)
    s.text(4.4, y + 1.0, f"County Clerk, {county} County, Texas", 8, "serif")
    y += 1.5
    s.line(0.9, y, 7.6, y, 1.2)
    s.center(y + 0.15, "OFFICIANT'S RETURN — CERTIFICATE OF MARRIAGE", 12, "serif-bold")
    y = s.para(
        0.9,
        y + 0.55,
        6.7,
        f"I, the undersigned, on the {married.day} day of {long(married).split()[0]}, "
        f"{married.year}, united in marriage {up(one.name)} and {up(two.name)}, the "
        "parties named in the above License.",
        10,
        "serif",
    )
    s.signature(1.2, y + 0.2, officiant, 17)
    s.line(0.9, y + 0.7, 4.0, y + 0.7, 0.6)
    s.text(0.9, y + 0.75, f"{officiant}, Officiant", 8, "serif")
    filed = married + dt.timedelta(days=rng.randint(8, 25))
    s.stamp(
        4.6,
        y + 0.25,
        ["RETURNED AND FILED", f"{us(filed)}", f"{county.upper()} CO. CLERK"],
        9,
        (40, 60, 150),
        -5,
    )
    return Paper(
        "texas_marriage",
        [s.image],
        "marriage_certificate",
        tuple(p.name for p in about),
        "us_family",
        "en",
        (married, married),
    )


# ---------------------------------------------------------------- foreign civil records


def mexico_acta(
    person: Person,
    father: Person,
    mother: Person,
    *,
    state: str,
    municipality: str,
    registered: dt.date,
    issued: dt.date,
    curp: str,
    seed: int,
    equity: str = "identity",
) -> Paper:
    """A Mexican acta de nacimiento in the national format printed since 2016: the coat of
    arms band, the electronic identifier, the CURP, boxed person and parent data."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (222, 236, 226))
    s.rect(0.5, 0.45, 7.5, 0.55, outline=None, fill=(30, 86, 62))
    s.text(
        4.25, 0.5, "ESTADOS UNIDOS MEXICANOS", 14, "sans-bold", fill=(255, 255, 255), align="center"
    )
    s.text(
        4.25,
        0.76,
        "IDENTIDAD · REGISTRO NACIONAL DE POBLACIÓN",
        7,
        "sans",
        fill=(255, 255, 255),
        align="center",
    )
    s.center(1.2, "ACTA DE NACIMIENTO", 18, "sans-bold")
    ident = (
        f"{rng.randint(10, 32):02d}{rng.randint(100, 999)}{registered.year}"
        f"{rng.randint(1000000, 9999999)}"
    )
    s.text(0.6, 1.65, "Identificador Electrónico", 7)
    s.text(0.6, 1.78, ident, 10, "mono-bold")
    s.text(5.0, 1.65, "CURP", 7)
    s.text(5.0, 1.78, curp, 10, "mono-bold")
    y = s.grid(
        0.6,
        2.15,
        7.3,
        [
            (
                0.45,
                [
                    (2, "Entidad de Registro", up(state)),
                    (2.2, "Municipio de Registro", up(municipality)),
                    (1.2, "Oficialía", f"{rng.randint(1, 12):04d}"),
                    (2, "Fecha de Registro", day_month_year(registered)),
                ],
            ),
            (
                0.45,
                [
                    (1.5, "Libro", f"{rng.randint(1, 9):04d}"),
                    (2, "Número de Acta", f"{rng.randint(100, 2999):05d}"),
                    (3.9, "", ""),
                ],
            ),
        ],
        value_pt=9.5,
    )
    s.text(0.6, y + 0.12, "Datos de la persona registrada", 10, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.38,
        7.3,
        [
            (
                0.45,
                [
                    (3, "Nombre(s)", up(person.given)),
                    (2.2, "Primer Apellido", up(person.surname.split()[0])),
                    (2.2, "Segundo Apellido", up(" ".join(person.surname.split()[1:]))),
                ],
            ),
            (
                0.45,
                [
                    (1.5, "Sexo", "MUJER" if person.sex == "F" else "HOMBRE"),
                    (2, "Fecha de Nacimiento", day_month_year(person.born)),
                    (3.9, "Lugar de Nacimiento", up(f"{municipality}, {state}")),
                ],
            ),
        ],
        value_pt=9.5,
    )
    s.text(0.6, y + 0.12, "Datos de filiación de la persona registrada", 10, "sans-bold")
    y += 0.38
    for role, parent in (("Padre", father), ("Madre", mother)):
        y = s.grid(
            0.6,
            y,
            7.3,
            [
                (
                    0.45,
                    [
                        (1.1, "", role.upper()),
                        (3, "Nombre(s)", up(parent.given)),
                        (2.1, "Primer Apellido", up(parent.surname.split()[0])),
                        (2.1, "Segundo Apellido", up(" ".join(parent.surname.split()[1:]))),
                    ],
                ),
                (
                    0.45,
                    [
                        (1.1, "", ""),
                        (2, "Edad", str(registered.year - parent.born.year)),
                        (2.2, "Nacionalidad", "MEXICANA" if parent.sex == "F" else "MEXICANO"),
                        (3, "CURP", ""),
                    ],
                ),
            ],
            value_pt=9.5,
        )
    s.text(0.6, y + 0.15, "Anotaciones Marginales:", 9, "sans-bold")
    s.text(2.3, y + 0.15, "SIN ANOTACIONES MARGINALES", 9, "mono-bold")
    y = s.para(
        0.6,
        y + 0.55,
        7.3,
        f"El suscrito, Oficial del Registro Civil, CERTIFICA que la presente es copia "
        f"fiel del acta que obra en los archivos de esta Oficialía. Se expide en "
        f"{municipality}, {state}, a {spelled(issued, 'es')}.",
        9,
        "sans",
    )
    s.signature(3.3, y + 0.2, "Lic. Hortensia Ibarra Solís", 16)
    s.line(2.8, y + 0.75, 5.8, y + 0.75, 0.6)
    s.center(y + 0.8, "LIC. HORTENSIA IBARRA SOLÍS — OFICIAL DEL REGISTRO CIVIL", 7.5)
    s.text(
        0.6,
        10.35,
        f"Fecha de impresión {day_month_year(issued)}   Folio {rng.randint(10**8, 10**9)}"
        "   La validez de este documento puede verificarse en gob.mx/actas",
        6.5,
    )
    return paper("mexico_acta_2016", [s], "birth_certificate", person, equity, "es")


def mexico_acta_translation(
    person: Person,
    father: Person,
    mother: Person,
    *,
    state: str,
    municipality: str,
    registered: dt.date,
    issued: dt.date,
    curp: str,
    translator: dict,
    signed: dt.date,
    equity: str = "identity",
) -> Paper:
    """A translator's English rendering of the acta, followed by their certificate: two pages,
    one document (a translation travels with its certificate)."""
    s = Sheet()
    s.text(0.9, 0.7, "[Translation from Spanish into English]", 9, "serif-italic")
    s.center(1.1, "UNITED MEXICAN STATES", 13, "serif-bold")
    s.center(1.35, "[Coat of arms] IDENTITY — NATIONAL POPULATION REGISTRY", 8.5, "serif")
    s.center(1.7, "BIRTH CERTIFICATE", 16, "serif-bold")
    rows = [
        ("CURP (Unique Population Registry Code):", curp),
        ("Registry State:", state),
        ("Registry Municipality:", municipality),
        ("Date of Registration:", long(registered)),
        ("", ""),
        ("DATA OF THE REGISTERED PERSON", ""),
        ("Given name(s):", up(person.given)),
        ("First surname:", up(person.surname.split()[0])),
        ("Second surname:", up(" ".join(person.surname.split()[1:]))),
        ("Sex:", "FEMALE" if person.sex == "F" else "MALE"),
        ("Date of birth:", long(person.born)),
        ("Place of birth:", f"{municipality}, {state}, Mexico"),
        ("", ""),
        ("PARENTAGE OF THE REGISTERED PERSON", ""),
        ("Father:", f"{up(father.name)}, Mexican"),
        ("Mother:", f"{up(mother.name)}, Mexican"),
        ("", ""),
        ("Marginal notes:", "NO MARGINAL NOTES"),
    ]
    y = 2.15
    for caption, value in rows:
        if caption and not value:
            s.text(0.9, y, caption, 10, "serif-bold")
        else:
            s.text(0.9, y, caption, 10, "serif")
            s.text(3.6, y, value, 10, "serif")
        y += 0.27
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "The undersigned Civil Registry Officer CERTIFIES that this is a true copy of the "
        f"record held in the archives of this Office. Issued in {municipality}, {state}, "
        f"on {long(issued)}.",
        10,
        "serif",
    )
    s.text(
        0.9,
        y + 0.3,
        "[Illegible signature]  Lic. Hortensia Ibarra Solís, Civil Registry Officer",
        10,
        "serif",
    )
    s.text(0.9, y + 0.6, "[Seal: Civil Registry — State of " + state + "]", 10, "serif")
    return paper(
        "mexico_acta_translation",
        [
            s,
            _translator_certificate(
                translator, "Spanish", f"birth certificate of {person.name}", signed
            ),
        ],
        "certificate_of_translation",
        person,
        equity,
        "en",
    )


def _translator_certificate(translator: dict, language: str, what: str, signed: dt.date) -> Sheet:
    """The certificate of translation the Immigration Court Practice Manual asks for: the
    translator's competence in both languages, the accuracy of the translation, their name,
    signature, address and the date."""
    s = Sheet()
    s.center(1.3, "CERTIFICATE OF TRANSLATION", 15, "serif-bold")
    y = s.paras(
        1.0,
        2.0,
        6.5,
        [
            f"I, {translator['name']}, hereby certify that I am competent to translate from "
            f"{language} into English, and that the foregoing English translation of the {what} "
            "is complete and accurate to the best of my knowledge and ability.",
            "I further certify that I am not related to the person named in the document and "
            "have no interest in the outcome of any proceeding in which it is used.",
        ],
        gap=0.25,
        pt=11.5,
        face="serif",
    )
    s.signature(1.3, y + 0.3, translator["name"], 19)
    s.line(1.0, y + 0.85, 4.6, y + 0.85, 0.6)
    y = s.text(1.0, y + 0.9, "Signature", 9, "serif")
    y = s.lines(
        1.0,
        y + 0.2,
        [
            f"Name: {translator['name']}",
            f"Address: {', '.join(translator['address'])}",
            f"Telephone: {translator['phone']}",
            f"Date: {long(signed)}",
        ],
        11,
        "serif",
    )
    return s


def brazil_certidao(
    person: Person,
    father: Person,
    mother: Person,
    *,
    city: str,
    state: str,
    hospital: str,
    registered: dt.date,
    issued: dt.date,
    grandparents: tuple[str, str],
    seed: int,
    equity: str = "us_family",
) -> Paper:
    """A Brazilian certidão de nascimento in the national model (since 2010): the matrícula
    number, the date of birth written out in words, filiação and avós, the registrar's faith."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (232, 232, 214))
    s.center(0.55, "REPÚBLICA FEDERATIVA DO BRASIL", 13, "serif-bold")
    s.center(0.8, "REGISTRO CIVIL DAS PESSOAS NATURAIS", 10, "serif")
    s.center(1.15, "CERTIDÃO DE NASCIMENTO", 18, "serif-bold")
    x, w = 0.6, 7.3
    matricula = (
        f"{rng.randint(100000, 999999)} 01 55 {registered.year} 1 "
        f"{rng.randint(10000, 99999)} {rng.randint(100, 999)} "
        f"{rng.randint(1000000, 9999999)} {rng.randint(10, 99)}"
    )
    y = s.grid(
        x,
        1.6,
        w,
        [
            (0.5, [(1, "NOME", up(person.name))]),
            (0.45, [(1, "MATRÍCULA", matricula)]),
            (
                0.5,
                [
                    (5, "DATA DE NASCIMENTO POR EXTENSO", _pt_date_words(person.born)),
                    (1, "DIA", f"{person.born.day:02d}"),
                    (1, "MÊS", f"{person.born.month:02d}"),
                    (1.2, "ANO", str(person.born.year)),
                ],
            ),
            (
                0.45,
                [
                    (2, "HORA", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
                    (4, "MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", up(f"{city} - {state}")),
                    (2, "SEXO", "MASCULINO" if person.sex == "M" else "FEMININO"),
                ],
            ),
            (
                0.45,
                [
                    (5, "LOCAL DE NASCIMENTO", up(hospital)),
                    (3, "MUNICÍPIO DE NASCIMENTO E U.F.", up(f"{city} - {state}")),
                ],
            ),
            (0.6, [(1, "FILIAÇÃO", f"{up(father.name)}\n{up(mother.name)}")]),
            (
                0.6,
                [(1, "AVÓS", f"PATERNOS: {up(grandparents[0])}\nMATERNOS: {up(grandparents[1])}")],
            ),
            (0.45, [(1, "GÊMEO", "NÃO"), (3, "NOME E MATRÍCULA DO(S) GÊMEO(S)", "---")]),
            (
                0.45,
                [
                    (4, "DATA DO REGISTRO POR EXTENSO", _pt_date_words(registered)),
                    (2, "NÚMERO DA DECLARAÇÃO DE NASCIDO VIVO", f"{rng.randint(10**9, 10**10)}"),
                ],
            ),
            (0.6, [(1, "AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "NADA CONSTA")]),
        ],
        value_pt=9,
    )
    s.text(
        x,
        y + 0.2,
        "CARTÓRIO DE REGISTRO CIVIL DO 28º SUBDISTRITO — JARDIM PAULISTA",
        8.5,
        "sans-bold",
    )
    s.text(x, y + 0.38, f"Oficial: Dr. Rubens Tavares Maciel   —   {city} - {state}", 8.5)
    y = s.para(
        x,
        y + 0.7,
        4.5,
        f"O conteúdo da certidão é verdadeiro. Dou fé. {city}, {spelled(issued, 'pt')}.",
        9.5,
        "serif",
    )
    s.signature(5.0, y - 0.3, "Rubens T. Maciel", 17)
    s.line(4.8, y + 0.2, 7.8, y + 0.2, 0.6)
    s.text(4.8, y + 0.25, "Oficial de Registro Civil / Escrevente autorizado", 7)
    s.stamp(
        0.8,
        y + 0.5,
        [
            "SELO DIGITAL",
            f"{rng.randint(1000, 9999)}.AB{rng.randint(10, 99)}.{rng.randint(10000, 99999)}",
        ],
        8,
        (60, 90, 60),
        3,
    )
    return paper("brazil_certidao", [s], "birth_certificate", person, equity, "pt")


_PT_UNITS = [
    "zero",
    "um",
    "dois",
    "três",
    "quatro",
    "cinco",
    "seis",
    "sete",
    "oito",
    "nove",
    "dez",
    "onze",
    "doze",
    "treze",
    "catorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
]
_PT_TENS = ["_", "_", "vinte", "trinta"]


def _pt_number(n: int) -> str:
    if n < 20:
        return _PT_UNITS[n]
    tens, unit = divmod(n, 10)
    return _PT_TENS[tens] + (f" e {_PT_UNITS[unit]}" if unit else "")


def _pt_date_words(d: dt.date) -> str:
    from tests.realistic.dates import month

    day = "primeiro" if d.day == 1 else _pt_number(d.day)
    rest = d.year - 2000
    year = "dois mil" + (f" e {_pt_number(rest)}" if rest else "")
    return f"{day} de {month(d, 'pt')} de {year}".upper()


def haiti_akt_nesans(
    person: Person,
    father: Person,
    mother: Person,
    *,
    commune: str,
    registered: dt.date,
    issued: dt.date,
    seed: int,
    equity: str = "identity",
) -> Paper:
    """An extract of a Haitian birth record written in Haitian Creole: the civil registrar's
    statement of who declared which child, born where and when, to whom."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (226, 230, 242))
    s.center(0.6, "REPIBLIK DAYITI", 15, "serif-bold")
    s.center(0.88, "Ministè Lajistis ak Sekirite Piblik", 9, "serif")
    s.center(1.06, "ACHIV NASYONAL DAYITI — SÈVIS ETA SIVIL", 9, "serif")
    s.center(1.5, "EKSTRÈ AKT NESANS", 18, "serif-bold")
    s.text(
        0.9,
        2.0,
        f"Rejis: {registered.year}    Fèy: {rng.randint(10, 99)}    "
        f"Nimewo akt: {rng.randint(100, 999)}",
        10,
        "mono-bold",
    )
    body = [
        f"Nou menm, Ofisye Eta Sivil komin {commune}, nou sètifye ke nan rejis akt nesans ane "
        f"{registered.year} la, gen yon akt ki di konsa:",
        f"Jodi a, {spelled(registered, 'ht')}, devan nou menm Ofisye Eta Sivil komin {commune}, "
        f"te prezante sitwayen {father.name}, ki rete nan komin {commune}, ki vin deklare "
        f"nesans yon timoun {'gason' if person.sex == 'M' else 'fi'} ki rele "
        f"{up(person.name)}, ki fèt nan {commune}, {spelled(person.born, 'ht')}, "
        f"pitit li fè ak {mother.name}.",
        "De temwen te siyen akt la avèk deklaran an ak nou menm apre nou fin li l ba yo.",
        "Nou bay ekstrè sa a pou sèvi sa l dwe sèvi.",
    ]
    y = s.paras(0.9, 2.5, 6.7, body, gap=0.22, pt=11.5, face="serif")
    y = s.lines(
        0.9,
        y + 0.2,
        [
            f"Non timoun nan:  {up(person.name)}",
            f"Dat nesans:  {day_month_year(person.born)}",
            f"Kote li fèt:  {commune}, Dayiti",
            f"Papa:  {up(father.name)}",
            f"Manman:  {up(mother.name)}",
        ],
        11,
        "mono-bold",
    )
    s.text(0.9, y + 0.35, f"Fèt nan {commune}, {spelled(issued, 'ht')}.", 11, "serif")
    s.signature(4.3, y + 0.6, "Wilner Ostin", 18)
    s.line(4.0, y + 1.1, 7.5, y + 1.1, 0.6)
    s.text(4.0, y + 1.15, f"Ofisye Eta Sivil, komin {commune}", 8.5, "serif")
    s.seal(2.0, y + 1.3, 0.55, "REPIBLIK DAYITI * ETA SIVIL * ", "SO")
    return paper("haiti_akt_nesans", [s], "birth_certificate", person, equity, "ht")


def haiti_translation(
    person: Person,
    father: Person,
    mother: Person,
    *,
    commune: str,
    registered: dt.date,
    issued: dt.date,
    translator: dict,
    signed: dt.date,
    equity: str = "identity",
) -> Paper:
    """English translation of the Creole extract, with the translator's certificate below it on
    the same page."""
    s = Sheet()
    s.text(0.9, 0.6, "TRANSLATION — original in Haitian Creole", 9, "serif-italic")
    s.center(0.95, "REPUBLIC OF HAITI", 13, "serif-bold")
    s.center(1.2, "Ministry of Justice and Public Security — National Archives", 9, "serif")
    s.center(1.5, "EXTRACT OF BIRTH RECORD", 14, "serif-bold")
    y = s.paras(
        0.9,
        1.95,
        6.7,
        [
            f"We, the Civil Registrar of the commune of {commune}, certify that in the register of "
            f"birth records for the year {registered.year} there is a record which reads:",
            f"On {long(registered)}, before us, Civil Registrar of the commune of {commune}, "
            f"appeared citizen {father.name}, residing in {commune}, who declared the birth of a "
            f"{'boy' if person.sex == 'M' else 'girl'} named {up(person.name)}, born in {commune} "
            f"on {long(person.born)}, his child with {mother.name}.",
            f"Issued in {commune} on {long(issued)}. [Signature] Civil Registrar. [Seal]",
        ],
        gap=0.16,
        pt=10.5,
        face="serif",
    )
    s.line(0.9, y + 0.1, 7.6, y + 0.1, 1.0)
    s.text(0.9, y + 0.3, "TRANSLATOR'S CERTIFICATION", 11, "serif-bold")
    y = s.para(
        0.9,
        y + 0.6,
        6.7,
        f"I, {translator['name']}, certify that I am fluent and competent in Haitian "
        "Creole and English, and that the above is a true, correct and complete "
        f"translation of the extract of the birth record of {person.name}.",
        10.5,
        "serif",
    )
    s.signature(1.1, y + 0.15, translator["name"], 17)
    s.line(0.9, y + 0.6, 4.3, y + 0.6, 0.6)
    s.lines(
        0.9,
        y + 0.7,
        [
            translator["name"],
            ", ".join(translator["address"]),
            translator["phone"],
            f"Date: {us(signed)}",
        ],
        10,
        "serif",
    )
    return paper("haiti_translation", [s], "certificate_of_translation", person, equity, "en")


def senegal_extrait(
    person: Person,
    father: Person,
    mother: Person,
    *,
    region: str,
    commune: str,
    issued: dt.date,
    seed: int,
    equity: str = "identity",
) -> Paper:
    """A Senegalese extract of the register of birth records, in French."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.7, 0.55, "RÉPUBLIQUE DU SÉNÉGAL", 11, "serif-bold")
    s.text(0.7, 0.75, "Un Peuple - Un But - Une Foi", 8, "serif-italic")
    s.lines(
        0.7,
        1.05,
        [
            f"RÉGION DE {region.upper()}",
            f"DÉPARTEMENT DE {region.upper()}",
            f"COMMUNE DE {commune.upper()}",
            "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        ],
        8.5,
        "serif",
    )
    s.center(2.1, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", 14, "serif-bold")
    s.center(
        2.4,
        f"Pour l'année {person.born.year}   —   N° dans le registre {rng.randint(100, 2999)}",
        10,
        "serif",
    )
    y = 2.9
    for caption, value in [
        ("Le", spelled(person.born, "fr")),
        ("est né(e) à", commune),
        ("Prénom(s)", person.given),
        ("Nom", up(person.surname)),
        ("Sexe", "Féminin" if person.sex == "F" else "Masculin"),
        ("De", f"{father.given} {up(father.surname)}  (père)"),
        ("Et de", f"{mother.given} {up(mother.surname)}  (mère)"),
    ]:
        s.text(1.0, y, caption, 11, "serif-italic")
        s.text(2.8, y, value, 12, "mono-bold")
        s.line(2.75, y + 0.22, 7.5, y + 0.22, 0.4, GREY)
        y += 0.45
    y = s.para(
        1.0,
        y + 0.3,
        6.5,
        "Extrait certifié conforme aux indications portées au registre.",
        10,
        "serif",
    )
    s.text(1.0, y + 0.3, f"Délivré à {commune}, le {spelled(issued, 'fr')}", 10, "serif")
    s.text(4.6, y + 0.8, "L'Officier de l'État Civil", 10, "serif-italic")
    s.signature(4.7, y + 1.05, "A. Diallo", 18)
    s.stamp(1.0, y + 1.0, [f"COMMUNE DE {commune.upper()}", "ÉTAT CIVIL"], 9, (60, 60, 150), -6)
    return paper("senegal_extrait", [s], "birth_certificate", person, equity, "fr")


def senegal_translation(
    person: Person,
    father: Person,
    mother: Person,
    *,
    commune: str,
    issued: dt.date,
    translator: dict,
    signed: dt.date,
    equity: str = "identity",
) -> Paper:
    s = Sheet()
    s.text(0.9, 0.6, "English translation of a document in French", 9, "serif-italic")
    s.center(1.0, "REPUBLIC OF SENEGAL", 13, "serif-bold")
    s.center(1.25, "One People - One Goal - One Faith", 9, "serif-italic")
    s.center(1.65, "EXTRACT FROM THE REGISTER OF BIRTH RECORDS", 13, "serif-bold")
    s.lines(
        1.0,
        2.2,
        [
            f"Year: {person.born.year}",
            f"On: {long(person.born)}",
            f"was born in: {commune}",
            f"Given name(s): {person.given}",
            f"Surname: {up(person.surname)}",
            f"Sex: {'Female' if person.sex == 'F' else 'Male'}",
            f"Of: {father.name} (father)",
            f"And of: {mother.name} (mother)",
            "",
            "Extract certified true to the entries in the register.",
            f"Issued in {commune} on {long(issued)}.",
            "[Signature] The Civil Registrar   [Stamp: Commune of " + commune + ", Civil Registry]",
        ],
        11,
        "serif",
    )
    return paper(
        "senegal_translation",
        [
            s,
            _translator_certificate(
                translator, "French", f"birth record extract of {person.name}", signed
            ),
        ],
        "certificate_of_translation",
        person,
        equity,
        "en",
    )


# ---------------------------------------------------------------- passports and cards

PASSPORTS = {
    "GTM": {
        "country": "REPÚBLICA DE GUATEMALA",
        "title": "PASAPORTE / PASSPORT",
        "labels": {
            "type": "Tipo / Type",
            "code": "Código / Code",
            "number": "Pasaporte No. / Passport No.",
            "surname": "Apellidos / Surname",
            "given": "Nombres / Given names",
            "nationality": "Nacionalidad / Nationality",
            "born": "Fecha de nacimiento / Date of birth",
            "sex": "Sexo / Sex",
            "place": "Lugar de nacimiento / Place of birth",
            "issued": "Fecha de emisión / Date of issue",
            "expiry": "Fecha de vencimiento / Date of expiry",
            "authority": "Autoridad / Authority",
        },
        "nationality": "GUATEMALTECA",
        "authority": "DIRECCIÓN GENERAL DE MIGRACIÓN",
        "colour": ((214, 226, 240), (236, 240, 246)),
        "date": "es",
        "language": ("es", "en"),
    },
    "HND": {
        "country": "REPÚBLICA DE HONDURAS",
        "title": "PASAPORTE · PASSPORT",
        "labels": {
            "type": "Tipo/Type",
            "code": "País emisor/Issuing country",
            "number": "No. de pasaporte/Passport No.",
            "surname": "Apellidos/Surnames",
            "given": "Nombres/Given names",
            "nationality": "Nacionalidad/Nationality",
            "born": "Fecha de nacimiento/Date of birth",
            "sex": "Sexo/Sex",
            "place": "Lugar de nacimiento/Place of birth",
            "issued": "Fecha de expedición/Date of issue",
            "expiry": "Fecha de expiración/Date of expiry",
            "authority": "Autoridad/Authority",
        },
        "nationality": "HONDUREÑA",
        "authority": "INSTITUTO NACIONAL DE MIGRACIÓN",
        "colour": ((222, 236, 242), (244, 246, 240)),
        "date": "es",
        "language": ("es", "en"),
    },
    "HTI": {
        "country": "RÉPUBLIQUE D'HAÏTI — REPUBLIC OF HAITI",
        "title": "PASSEPORT / PASSPORT",
        "labels": {
            "type": "Type / Type",
            "code": "Code / Code",
            "number": "N° du passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nationality": "Nationalité / Nationality",
            "born": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "place": "Lieu de naissance / Place of birth",
            "issued": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "authority": "Autorité / Authority",
        },
        "nationality": "HAITIENNE",
        "authority": "DIRECTION DE L'IMMIGRATION ET DE L'ÉMIGRATION",
        "colour": ((228, 222, 238), (242, 238, 246)),
        "date": "fr",
        "language": ("fr", "en"),
    },
    "USA": {
        "country": "UNITED STATES OF AMERICA",
        "title": "PASSPORT / PASSEPORT / PASAPORTE",
        "labels": {
            "type": "Type / Type / Tipo",
            "code": "Code / Code / Código",
            "number": "Passport No. / No. du Passeport / No. de Pasaporte",
            "surname": "Surname / Nom / Apellidos",
            "given": "Given Names / Prénoms / Nombres",
            "nationality": "Nationality / Nationalité / Nacionalidad",
            "born": "Date of birth / Date de naissance / Fecha de nacimiento",
            "sex": "Sex / Sexe / Sexo",
            "place": "Place of birth / Lieu de naissance / Lugar de nacimiento",
            "issued": "Date of issue / Date de délivrance / Fecha de expedición",
            "expiry": "Date of expiration / Date d'expiration / Fecha de caducidad",
            "authority": "Authority / Autorité / Autoridad",
        },
        "nationality": "UNITED STATES OF AMERICA",
        "authority": "United States Department of State",
        "colour": ((226, 232, 244), (246, 240, 236)),
        "date": "en",
        "language": "en",
    },
}


def passport(
    code: str,
    person: Person,
    *,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    equity: str,
    seed: int,
    personal: str = "",
) -> Paper:
    """A passport's data page (TD3, 125 x 88 mm): the holder's photo, bilingual captions, and
    the two-line machine-readable zone with its check digits."""
    spec = PASSPORTS[code]
    s = card_sheet(125, 88)
    tinted(s, *spec["colour"])
    s.security_background(seed, tuple(max(0, c - 14) for c in spec["colour"][0]))
    s.text(0.2, 0.12, spec["country"], 9, "sans-bold")
    s.text(4.7, 0.12, spec["title"], 8, "sans-bold", align="right")
    portrait(s, 0.2, 0.55, 1.25, 1.6, seed)
    labels = spec["labels"]
    x = 1.6
    language = spec["date"]
    rows = [
        [("type", "P"), ("code", code), ("number", number)],
        [("surname", up(person.surname))],
        [("given", up(person.given))],
        [("nationality", spec["nationality"])],
        [("born", card(person.born, language)), ("sex", person.sex)],
        [("place", up(person.birthplace))],
        [("issued", card(issued, language)), ("authority", spec["authority"])],
        [("expiry", card(expiry, language))],
    ]
    y = 0.42
    columns = {1: [3.2], 2: [1.6, 1.6], 3: [0.5, 1.15, 1.55]}
    for row in rows:
        cx = x
        for (key, value), w in zip(row, columns[len(row)], strict=True):
            s.text(cx, y, labels[key], 4.6, "sans", fill=(70, 70, 90))
            pt = 7.2
            while pt > 4.5 and s.length(value, pt, "sans-bold") > s.width - cx - 0.1:
                pt -= 0.3
            s.text(cx, y + 0.075, value, pt, "sans-bold")
            cx += w
        y += 0.235
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
    s.rect(
        0, 2.72, s.width, 0.75, outline=None, fill=tuple(min(255, c + 8) for c in spec["colour"][1])
    )
    mrz_lines(s, 2.82, zone)
    return paper(
        f"passport_{code.lower()}",
        [s],
        "passport",
        person,
        equity,
        spec["language"],
        mrz_zone=zone,
        is_card=True,
    )


def green_card(
    person: Person,
    *,
    a_number: str,
    card_number: str,
    category: str,
    country: str,
    country_code: str,
    since: dt.date,
    expiry: dt.date,
    equity: str,
    seed: int,
) -> Paper:
    """A permanent resident card, front and back: the front's captions and photo, the back's
    three-line zone (TD1) whose document number is the card's 13 characters."""
    front = card_sheet()
    tinted(front, (214, 232, 220), (236, 242, 228))
    front.security_background(seed, (200, 220, 206))
    front.text(0.15, 0.1, "UNITED STATES OF AMERICA", 8, "sans-bold", fill=(30, 60, 110))
    front.text(0.15, 0.27, "PERMANENT RESIDENT", 12, "sans-bold", fill=(30, 60, 110))
    portrait(front, 0.15, 0.62, 0.95, 1.2, seed)
    x = 1.25
    digits = a_number.replace("-", "")
    rows = [
        [("Surname", up(person.surname))],
        [("Given Name", up(person.given))],
        [("USCIS#", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"), ("Category", category)],
        [("Country of Birth", up(country))],
        [("Date of Birth", card(person.born)), ("Sex", person.sex)],
        [("Card Expires", card(expiry)), ("Resident Since", card(since))],
    ]
    y = 0.6
    for row in rows:
        cx = x
        for label, value in row:
            front.text(cx, y, label, 4.8, "sans", fill=(60, 70, 80))
            front.text(cx, y + 0.075, value, 6.8, "sans-bold")
            cx += 1.0
        y += 0.24
    back = card_sheet()
    tinted(back, (230, 236, 226), (214, 228, 220))
    back.security_background(seed + 1, (206, 216, 208))
    back.text(
        0.15, 0.12, "THE BEARER OF THIS CARD IS A PERMANENT RESIDENT OF THE UNITED", 4.8, "sans"
    )
    back.text(
        0.15,
        0.22,
        "STATES. THIS CARD MUST BE CARRIED AT ALL TIMES. IF FOUND, DROP IN ANY MAILBOX.",
        4.8,
        "sans",
    )
    back.rect(0.15, 0.45, 3.05, 0.55, outline=(150, 160, 150))
    zone = mrz.td1(
        kind="C1",
        country="USA",
        number=card_number,
        surname=person.surname,
        given=person.given,
        nationality=country_code,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
    )
    back.rect(0, 1.45, back.width, 0.68, outline=None, fill=(240, 244, 238))
    mrz_lines(back, 1.5, zone, pt=11)
    return Paper(
        "green_card",
        [front.image, back.image],
        "permanent_resident_card",
        person.name,
        equity,
        "en",
        None,
        zone,
        True,
    )


def ecowas_id(
    person: Person,
    *,
    number: str,
    personal: str,
    issued: dt.date,
    expiry: dt.date,
    place: str,
    seed: int,
) -> Paper:
    """Senegal's ECOWAS national identity card (carte d'identité CEDEAO), in French, with its
    three-line zone on the back."""
    front = card_sheet()
    tinted(front, (236, 226, 204), (226, 236, 214))
    front.security_background(seed, (222, 214, 196))
    front.text(0.15, 0.08, "RÉPUBLIQUE DU SÉNÉGAL", 8, "sans-bold", fill=(20, 90, 50))
    front.text(0.15, 0.24, "CARTE D'IDENTITÉ CEDEAO  /  ECOWAS IDENTITY CARD", 6.5, "sans-bold")
    portrait(front, 0.15, 0.55, 0.95, 1.2, seed)
    rows = [
        ("Prénoms / Given names", up(person.given)),
        ("Nom / Surname", up(person.surname)),
        ("Date de naissance / Date of birth", day_month_year(person.born)),
        ("Lieu de naissance / Place of birth", up(place)),
        ("Sexe / Sex", person.sex),
        ("Date de délivrance / Issued", day_month_year(issued)),
        ("Date d'expiration / Expiry", day_month_year(expiry)),
    ]
    y = 0.5
    for label, value in rows:
        front.text(1.25, y, label, 4.5, "sans", fill=(70, 60, 50))
        front.text(1.25, y + 0.07, value, 6.5, "sans-bold")
        y += 0.2
    front.text(1.25, y + 0.02, f"N° {number}", 7, "mono-bold")
    back = card_sheet()
    tinted(back, (226, 236, 214), (236, 226, 204))
    back.text(0.15, 0.15, f"N° d'identification nationale  {personal}", 6.5, "sans-bold")
    back.text(0.15, 0.35, "Adresse: " + up(place), 6, "sans")
    zone = mrz.td1(
        kind="I",
        country="SEN",
        number=number,
        surname=person.surname,
        given=person.given,
        nationality="SEN",
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
        optional1=personal[:6],
    )
    back.rect(0, 1.45, back.width, 0.68, outline=None, fill=(244, 240, 230))
    mrz_lines(back, 1.5, zone, pt=11)
    return Paper(
        "ecowas_id",
        [front.image, back.image],
        "identity_document",
        person.name,
        "identity",
        ("fr", "en"),
        None,
        zone,
        True,
    )


# ---------------------------------------------------------------- taxes and pay


def _mask_words(name: str, words: int = 2) -> str:
    """IRS masking of a business or street: four characters of each of the first words."""
    return " ".join(w[:4] for w in up(name).split()[:words])


def _mask_street(street: str) -> str:
    return up(street)[:6].rstrip()


def irs_wage_income(
    person: Person,
    year: int,
    *,
    ssn_last4: str,
    street: str,
    employer: str,
    employer_street: str,
    wages: float,
    withheld: float,
    requested: dt.date,
    seed: int,
) -> Paper:
    """An IRS Wage and Income Transcript for one tax year: the W-2 data the employer filed, the
    taxpayer's name masked to four letters of first and last name, the address to six
    characters."""
    rng = random.Random(seed)
    ss_tax, medicare = wages * 0.062, wages * 0.0145
    lines = [
        "              This Product Contains Sensitive Taxpayer Data",
        "",
        "                      Wage and Income Transcript",
        "",
        f"Request Date:            {dashed(requested)}",
        f"Response Date:           {dashed(requested)}",
        f"Tracking Number:         {rng.randint(10**11, 10**12 - 1)}",
        f"SSN Provided:            XXX-XX-{ssn_last4}",
        f"Tax Period Requested:    December, {year}",
        "",
        "Form W-2 Wage and Tax Statement",
        "",
        "Employer:",
        f"  Employer Identification Number (EIN):XXXXX{rng.randint(1000, 9999)}",
        f"  {_mask_words(employer)}",
        f"  {_mask_street(employer_street)}",
        "",
        "Employee:",
        f"  Employee's Social Security Number:XXX-XX-{ssn_last4}",
        f"  {person.irs}",
        f"  {_mask_street(street)}",
        "",
        "Submission Type:..................................Original document",
        f"Wages, Tips and Other Compensation:...............${wages:,.2f}",
        f"Federal Income Tax Withheld:.......................${withheld:,.2f}",
        f"Social Security Wages:............................${wages:,.2f}",
        f"Social Security Tax Withheld:.....................${ss_tax:,.2f}",
        f"Medicare Wages and Tips:..........................${wages:,.2f}",
        f"Medicare Tax Withheld:............................${medicare:,.2f}",
        "Social Security Tips:.............................$0.00",
        "Allocated Tips:...................................$0.00",
        "Dependent Care Benefits:..........................$0.00",
        "Deferred Compensation:............................$0.00",
        'Code "Q" Nontaxable Combat Pay:...................$0.00',
        'Code "W" Employer Contributions to a Health Savings Account:$0.00',
        "Third Party Sick Pay Indicator:...................Unanswered",
        "Retirement Plan Indicator:........................Not Checked",
        "Statutory Employee:...............................Not Statutory Employee",
        "W2 Submission Type:...............................Original",
        "W2 WHC SSN Validation Code:.......................Correct SSN",
        "",
        "",
        "              This Product Contains Sensitive Taxpayer Data",
    ]
    return paper(
        "irs_wage_income",
        [monospace_page(lines)],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def irs_account(
    person: Person,
    year: int,
    *,
    ssn_last4: str,
    street: str,
    agi: float,
    tax: float,
    refund: float,
    requested: dt.date,
    filing_status: str,
    seed: int,
) -> Paper:
    """An IRS Account Transcript: balances, the return's figures and the transaction codes in
    columns, the name masked."""
    rng = random.Random(seed)
    filed = D(year + 1, rng.randint(2, 4), rng.randint(1, 28))
    processed = filed + dt.timedelta(days=rng.randint(14, 30))
    cycle = f"{year + 1}{processed.isocalendar()[1]:02d}05"
    lines = [
        "              This Product Contains Sensitive Taxpayer Data",
        "",
        "                           Account Transcript",
        "",
        f"Request Date:            {dashed(requested)}",
        f"Response Date:           {dashed(requested)}",
        f"Tracking Number:         {rng.randint(10**11, 10**12 - 1)}",
        "",
        "FORM NUMBER: 1040                      TAX PERIOD: Dec. 31, " + str(year),
        f"TAXPAYER IDENTIFICATION NUMBER: XXX-XX-{ssn_last4}",
        "",
        person.irs,
        _mask_street(street),
        "",
        "  --- ANY MINUS SIGN SHOWN BELOW SIGNIFIES A CREDIT AMOUNT ---",
        "",
        "ACCOUNT BALANCE:                                        0.00",
        f"ACCRUED INTEREST:              0.00   AS OF: {abbreviated(requested)}",
        f"ACCRUED PENALTY:               0.00   AS OF: {abbreviated(requested)}",
        "",
        "ACCOUNT BALANCE PLUS ACCRUALS",
        "(this is not a payoff amount):                          0.00",
        "",
        "** INFORMATION FROM THE RETURN OR AS ADJUSTED **",
        "",
        "EXEMPTIONS:                                               00",
        f"FILING STATUS:                           {filing_status}",
        f"ADJUSTED GROSS INCOME:                             {agi:>10,.2f}",
        f"TAXABLE INCOME:                                    {max(0, agi - 20800):>10,.2f}",
        f"TAX PER RETURN:                                    {tax:>10,.2f}",
        "SE TAXABLE INCOME TAXPAYER:                              0.00",
        "SE TAXABLE INCOME SPOUSE:                                0.00",
        "TOTAL SELF EMPLOYMENT TAX:                               0.00",
        "",
        f"RETURN DUE DATE OR RETURN RECEIVED DATE (WHICHEVER IS LATER)   {abbreviated(filed)}",
        f"PROCESSING DATE                                    {abbreviated(processed)}",
        "",
        "                             TRANSACTIONS",
        "",
        "CODE  EXPLANATION OF TRANSACTION         CYCLE     DATE           AMOUNT",
        f"150   Tax return filed                   {cycle}  {dashed(processed)}   ${tax:,.2f}",
        f"      n/a {rng.randint(10000, 99999)}-{rng.randint(100, 999)}-"
        f"{rng.randint(10000, 99999)}-{rng.randint(0, 9)}",
        f"806   W-2 or 1099 withholding                     {dashed(D(year + 1, 4, 15))}"
        f"  -${tax + refund:,.2f}",
        f"846   Refund issued                      {cycle}  {dashed(processed)}   ${refund:,.2f}",
        "",
        "              This Product Contains Sensitive Taxpayer Data",
    ]
    return paper(
        "irs_account",
        [monospace_page(lines)],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def w2(
    person: Person,
    year: int,
    *,
    ssn_last4: str,
    street: str,
    city: str,
    employer: str,
    employer_address: tuple[str, str],
    ein: str,
    wages: float,
    withheld: float,
    state: str,
    state_tax: float,
    seed: int,
) -> Paper:
    """An employee's W-2, two copies on one sheet (Copy B for the federal return above, Copy C
    for the employee's records below), each the familiar grid of lettered and numbered boxes."""
    rng = random.Random(seed)
    s = Sheet()
    control = f"{rng.randint(10000, 99999)} {rng.choice('ABCDEFGH')}"
    ss_tax, medicare = wages * 0.062, wages * 0.0145
    for half, (copy, note) in enumerate(
        [
            (
                "Copy B—To Be Filed With Employee's FEDERAL Tax Return.",
                "This information is being furnished to the Internal Revenue Service.",
            ),
            (
                "Copy C—For EMPLOYEE'S RECORDS (See Notice to Employee on the back of Copy B.)",
                "Safe, accurate, FAST! Use e-file",
            ),
        ]
    ):
        y0 = 0.45 + half * 5.3
        x, w = 0.5, 7.5
        left, right = 3.9, 3.6
        s.field(x, y0, 1.9, 0.38, "a  Employee's social security number", f"XXX-XX-{ssn_last4}")
        s.text(x + 2.0, y0 + 0.08, "OMB No. 1545-0008", 7)
        y = y0 + 0.38
        s.field(x, y, left, 0.38, "b  Employer identification number (EIN)", ein)
        s.field(
            x,
            y + 0.38,
            left,
            0.85,
            "c  Employer's name, address, and ZIP code",
            f"{up(employer)}\n{up(employer_address[0])}\n{up(employer_address[1])}",
            value_pt=8.5,
        )
        s.field(x, y + 1.23, left, 0.38, "d  Control number", control)
        s.field(
            x,
            y + 1.61,
            left,
            0.45,
            "e  Employee's first name and initial      Last name              Suff.",
            f"{up(person.first)} {up(person.middle[:1])}   {up(person.surname)}",
        )
        s.field(
            x,
            y + 2.06,
            left,
            0.6,
            "f  Employee's address and ZIP code",
            f"{up(street)}\n{up(city)}",
            value_pt=8.5,
        )
        boxes = [
            (
                "1  Wages, tips, other compensation",
                f"{wages:,.2f}",
                "2  Federal income tax withheld",
                f"{withheld:,.2f}",
            ),
            (
                "3  Social security wages",
                f"{wages:,.2f}",
                "4  Social security tax withheld",
                f"{ss_tax:,.2f}",
            ),
            (
                "5  Medicare wages and tips",
                f"{wages:,.2f}",
                "6  Medicare tax withheld",
                f"{medicare:,.2f}",
            ),
            ("7  Social security tips", "", "8  Allocated tips", ""),
            ("9", "", "10  Dependent care benefits", ""),
            ("11  Nonqualified plans", "", "12a  See instructions for box 12", ""),
            ("13  Statutory employee  Retirement plan  Third-party sick pay", "", "12b", ""),
            ("14  Other", f"{state} SDI {wages * 0.011:,.2f}" if state == "CA" else "", "12c", ""),
        ]
        by = y0
        for l1, v1, l2, v2 in boxes:
            s.field(x + left, by, right / 2, 0.38, l1, v1, label_pt=5, value_pt=8.5)
            s.field(x + left + right / 2, by, right / 2, 0.38, l2, v2, label_pt=5, value_pt=8.5)
            by += 0.38
        y = max(by, y + 2.66)
        s.grid(
            x,
            y,
            w,
            [
                (
                    0.42,
                    [
                        (0.6, "15  State", state),
                        (1.6, "Employer's state ID number", f"{rng.randint(10**6, 10**7)}"),
                        (1.4, "16  State wages, tips, etc.", f"{wages:,.2f}"),
                        (1.2, "17  State income tax", f"{state_tax:,.2f}"),
                        (1.2, "18  Local wages, tips, etc.", ""),
                        (1.0, "19  Local income tax", ""),
                        (1.0, "20  Locality name", ""),
                    ],
                )
            ],
            label_pt=5,
            value_pt=8,
        )
        y += 0.5
        s.text(x, y, "Form", 7)
        s.text(x + 0.35, y - 0.06, "W-2", 16, "sans-bold")
        s.text(x + 1.05, y, "Wage and Tax Statement", 10, "sans-bold")
        s.text(x + 3.45, y - 0.08, str(year), 18, "mono-bold")
        s.text(x + w, y, "Department of the Treasury—Internal Revenue Service", 6.5, align="right")
        s.text(x, y + 0.25, copy, 6.5, "sans-bold")
        s.text(x, y + 0.38, note, 6)
        if half == 0:
            s.line(0.3, 5.55, 8.2, 5.55, 0.5, GREY)
    return paper(
        "w2_two_up",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def pay_statement(
    person: Person,
    *,
    employer: str,
    employer_address: tuple[str, str],
    street: str,
    city: str,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    rate: float,
    hours: float,
    overtime: float,
    ytd_gross: float,
    seed: int,
) -> Paper:
    """A biweekly pay statement of the kind payroll services print: the company and employee
    blocks, earnings and deductions tables with this period and year to date, the net pay and
    a non-negotiable deposit advice at the foot."""
    rng = random.Random(seed)
    s = Sheet()
    gross = rate * hours + rate * 1.5 * overtime
    fed, ss, med = gross * 0.06, gross * 0.062, gross * 0.0145
    state = gross * 0.018
    net = gross - fed - ss - med - state
    ytd = ytd_gross / gross
    s.text(0.6, 0.55, up(employer), 12, "sans-bold")
    s.lines(0.6, 0.78, [up(employer_address[0]), up(employer_address[1])], 8.5)
    s.text(7.9, 0.55, "Pay Statement", 16, "sans-bold", align="right")
    s.lines(
        5.2,
        0.95,
        [
            f"Period Start Date      {us(period[0])}",
            f"Period End Date        {us(period[1])}",
            f"Pay Date               {us(paid)}",
            f"Document               {rng.randint(100000, 999999)}",
            f"Net Pay                ${net:,.2f}",
        ],
        8.5,
        "mono",
    )
    s.rect(0.6, 1.45, 4.2, 1.1, 0.6)
    s.lines(
        0.75,
        1.52,
        [
            "Pay to the order of / Employee",
            up(person.name),
            up(street),
            up(city),
            f"Employee ID {rng.randint(10000, 99999)}",
        ],
        8.5,
    )
    y = 2.85
    s.text(0.6, y, "Earnings", 10, "sans-bold")
    y = s.table(
        0.6,
        y + 0.22,
        [2.1, 1.0, 1.0, 1.5, 1.7],
        [
            ["Pay Type", "Hours", "Pay Rate", "Current", "YTD"],
            [
                "Regular Pay",
                f"{hours:.2f}",
                f"${rate:.2f}",
                f"${rate * hours:,.2f}",
                f"${rate * hours * ytd:,.2f}",
            ],
            [
                "Overtime",
                f"{overtime:.2f}",
                f"${rate * 1.5:.2f}",
                f"${rate * 1.5 * overtime:,.2f}",
                f"${rate * 1.5 * overtime * ytd:,.2f}",
            ],
            ["Total Gross", "", "", f"${gross:,.2f}", f"${ytd_gross:,.2f}"],
        ],
        pt=8.5,
        align=["left", "right", "right", "right", "right"],
    )
    s.text(0.6, y + 0.25, "Deductions", 10, "sans-bold")
    y = s.table(
        0.6,
        y + 0.47,
        [3.1, 2.1, 2.1],
        [
            ["Description", "Current", "YTD"],
            ["Federal Income Tax", f"${fed:,.2f}", f"${fed * ytd:,.2f}"],
            ["Social Security", f"${ss:,.2f}", f"${ss * ytd:,.2f}"],
            ["Medicare", f"${med:,.2f}", f"${med * ytd:,.2f}"],
            ["State Income Tax", f"${state:,.2f}", f"${state * ytd:,.2f}"],
            [
                "Total Deductions",
                f"${fed + ss + med + state:,.2f}",
                f"${(fed + ss + med + state) * ytd:,.2f}",
            ],
        ],
        pt=8.5,
        align=["left", "right", "right"],
    )
    s.text(0.6, y + 0.3, f"Net Pay   ${net:,.2f}", 11, "sans-bold")
    s.line(0.4, 7.6, 8.1, 7.6, 0.6, GREY)
    s.text(0.6, 7.75, up(employer), 9, "sans-bold")
    s.text(7.9, 7.75, "DIRECT DEPOSIT ADVICE", 9, "sans-bold", align="right")
    s.lines(
        0.6,
        8.1,
        [
            f"Deposited to the account of   {up(person.name)}",
            f"Account Number   XXXXXX{rng.randint(1000, 9999)}     Amount   ${net:,.2f}",
            f"Advice Date      {us(paid)}",
        ],
        9,
        "mono",
    )
    s.text(4.25, 9.3, "NON-NEGOTIABLE — THIS IS NOT A CHECK", 10, "sans-bold", align="center")
    return paper("pay_statement", [s], "pay_record", person, "employment_and_taxes", proves=period)


# ---------------------------------------------------------------- home


def lease(
    tenants: list[Person],
    occupants: list[Person],
    *,
    owner: str,
    agent: str,
    address: str,
    city: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    deposit: int,
    signed: dt.date,
    state: str,
    about: Person,
    seed: int,
) -> Paper:
    """A three-page residential lease: the parties, premises and term; rent, deposit and
    utilities in numbered clauses; the occupants named; the signatures on the last page."""
    rng = random.Random(seed)
    names = " and ".join(t.name for t in tenants)
    p1 = Sheet()
    p1.center(0.7, "RESIDENTIAL LEASE AGREEMENT", 16, "serif-bold")
    p1.center(1.0, f"(Fixed Term — State of {state})", 10, "serif-italic")
    clauses1 = [
        f'1. PARTIES. This Residential Lease Agreement ("Lease") is entered into on '
        f'{long(signed)}, by and between {owner} ("Landlord"), through its managing agent '
        f'{agent}, and {names} ("Tenant").',
        f"2. PREMISES. Landlord rents to Tenant, and Tenant rents from Landlord, the dwelling "
        f'located at {address}, {city} (the "Premises"), together with the appliances listed '
        "in the move-in inspection form.",
        f"3. TERM. The term of this Lease begins on {long(start)} and ends on {long(end)}. "
        "Unless either party gives written notice at least sixty (60) days before the end of "
        "the term, the tenancy continues from month to month on the same terms.",
        f"4. RENT. Tenant shall pay Landlord monthly rent of ${rent:,} (in words: "
        f"{_dollars_words(rent)} dollars), in advance, on or before the first (1st) day of each "
        "month. Rent may be paid by check, money order or through the resident portal. Rent "
        "received after the fifth (5th) day of the month is late.",
        f"5. LATE CHARGE. A late charge of ${rng.choice([35, 50, 75])} is due for any rent not "
        "received by the fifth day of the month. A returned check incurs a fee of $25.",
        f"6. SECURITY DEPOSIT. On signing this Lease Tenant has paid a security deposit of "
        f"${deposit:,}. Landlord may apply the deposit to unpaid rent and to repair damage "
        "beyond ordinary wear and tear, and shall return any balance with an itemized "
        "statement within the time set by law after Tenant vacates.",
    ]
    p1.paras(0.9, 1.5, 6.7, clauses1, gap=0.16, pt=10.5, face="serif")
    p1.text(4.25, 10.4, "Page 1 of 3      Tenant initials ____  ____", 8, "serif", align="center")
    p2 = Sheet()
    everyone = ", ".join(o.name for o in tenants + occupants)
    clauses2 = [
        f"7. OCCUPANTS. The Premises shall be occupied only by the Tenant and the following "
        f"persons: {everyone}. No other person may live in the Premises for more than "
        "fourteen (14) days in any six-month period without Landlord's written consent.",
        "8. UTILITIES. Tenant shall place in Tenant's name and pay for gas and electricity. "
        "Landlord pays for water, sewer and trash collection.",
        "9. USE. The Premises shall be used only as a private residence. Tenant shall comply "
        "with all laws and with the rules of the building, a copy of which Tenant has received.",
        "10. MAINTENANCE AND REPAIRS. Tenant shall keep the Premises clean and sanitary and "
        "shall promptly notify Landlord in writing of any defect. Landlord shall make repairs "
        "required by law within a reasonable time after notice.",
        "11. ENTRY. Landlord may enter the Premises on twenty-four (24) hours' written notice "
        "to make repairs or show the unit, and at any time in an emergency.",
        "12. PETS. No animal shall be kept on the Premises without Landlord's written consent, "
        "except service and support animals as the law provides.",
        "13. ASSIGNMENT AND SUBLETTING. Tenant shall not assign this Lease or sublet any part "
        "of the Premises without Landlord's prior written consent.",
        "14. SMOKE DETECTORS. The Premises are equipped with working smoke and carbon monoxide "
        "detectors. Tenant shall test them monthly and replace batteries as needed.",
    ]
    p2.paras(0.9, 0.8, 6.7, clauses2, gap=0.16, pt=10.5, face="serif")
    p2.text(4.25, 10.4, "Page 2 of 3      Tenant initials ____  ____", 8, "serif", align="center")
    p3 = Sheet()
    y = p3.paras(
        0.9,
        0.8,
        6.7,
        [
            "15. NOTICES. Notices to Landlord shall be given to the managing agent at the address "
            "below. Notices to Tenant may be delivered to the Premises.",
            "16. ENTIRE AGREEMENT. This Lease, with the building rules and the move-in inspection "
            "form, is the entire agreement of the parties. Any change must be in writing and "
            "signed by both parties.",
            "The parties have read this Lease and agree to it, as shown by their signatures below.",
        ],
        gap=0.16,
        pt=10.5,
        face="serif",
    )
    y += 0.4
    for tenant in tenants:
        p3.signature(1.1, y - 0.05, tenant.name, 18)
        p3.line(0.9, y + 0.45, 4.6, y + 0.45, 0.6)
        p3.text(0.9, y + 0.5, f"TENANT: {tenant.name}", 9, "serif")
        p3.text(5.0, y + 0.25, f"Date: {us(signed)}", 10, "serif")
        y += 1.0
    p3.signature(1.1, y - 0.05, agent, 18)
    p3.line(0.9, y + 0.45, 4.6, y + 0.45, 0.6)
    p3.text(0.9, y + 0.5, f"LANDLORD / AGENT: {agent}, for {owner}", 9, "serif")
    p3.text(5.0, y + 0.25, f"Date: {us(signed)}", 10, "serif")
    p3.lines(
        0.9,
        y + 1.0,
        [
            f"Managing agent: {agent}",
            f"Office: {rng.randint(100, 999)} "
            f"{rng.choice(['Main', 'Central', 'Grand', 'Market'])} Street, "
            f"{city}",
        ],
        9,
        "serif",
    )
    p3.text(4.25, 10.4, "Page 3 of 3", 8, "serif", align="center")
    return paper(
        "residential_lease",
        [p1, p2, p3],
        "residence_record",
        about,
        "length_of_residence",
        proves=(start, end),
    )


def _dollars_words(n: int) -> str:
    ones = [
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
    tens = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def below_thousand(k: int) -> str:
        words = []
        if k >= 100:
            words.append(f"{ones[k // 100]} hundred")
            k %= 100
        if k >= 20:
            words.append(tens[k // 10] + (f"-{ones[k % 10]}" if k % 10 else ""))
        elif k:
            words.append(ones[k])
        return " ".join(words)

    thousands, rest = divmod(n, 1000)
    text = f"{below_thousand(thousands)} thousand " if thousands else ""
    return (text + below_thousand(rest)).strip()


# ---------------------------------------------------------------- school


def progress_report(
    child: Person,
    *,
    district: str,
    school: str,
    grade: str,
    year: int,
    teacher: str,
    principal: str,
    absences: int,
    comment: str,
    seed: int,
) -> Paper:
    """An elementary progress report: standards marked 4 to 1 over three reporting periods,
    attendance by period, the teacher's comment."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.6, 0.5, up(district), 10, "sans-bold")
    s.text(0.6, 0.7, school, 9)
    s.text(7.9, 0.5, "ELEMENTARY PROGRESS REPORT", 12, "sans-bold", align="right")
    s.text(7.9, 0.72, f"School Year {year}-{year + 1}", 9, align="right")
    s.grid(
        0.6,
        1.05,
        7.3,
        [
            (
                0.42,
                [
                    (3, "STUDENT", f"{up(child.surname)}, {up(child.given)}"),
                    (1, "GRADE", grade),
                    (1.6, "STUDENT ID", f"{rng.randint(10**9, 10**10)}"),
                    (2, "TEACHER", up(teacher)),
                ],
            )
        ],
        value_pt=9,
    )
    s.text(
        0.6,
        1.65,
        "Marks: 4 = Exceeds standard   3 = Meets standard   2 = Nearly meets   "
        "1 = Does not yet meet",
        7.5,
    )
    subjects = {
        "ENGLISH LANGUAGE ARTS": [
            "Reading: foundational skills",
            "Reading comprehension",
            "Writing",
            "Speaking and listening",
        ],
        "MATHEMATICS": [
            "Operations and algebraic thinking",
            "Number and operations",
            "Measurement and data",
            "Geometry",
        ],
        "SCIENCE": ["Life, earth and physical science"],
        "HISTORY-SOCIAL SCIENCE": ["Understands concepts and content"],
        "LEARNING HABITS": [
            "Follows directions",
            "Works well with others",
            "Completes work on time",
        ],
    }
    rows = [["Standard", "Period 1", "Period 2", "Period 3"]]
    for subject, standards in subjects.items():
        rows.append([subject, "", "", ""])
        for standard in standards:
            marks = [str(rng.choice([2, 3, 3, 3, 4])) for _ in range(3)]
            rows.append([f"   {standard}", *marks])
    y = s.table(
        0.6,
        1.9,
        [4.3, 1.0, 1.0, 1.0],
        rows,
        pt=8.5,
        row_height=0.24,
        align=["left", "right", "right", "right"],
    )
    s.text(0.6, y + 0.2, "ATTENDANCE", 10, "sans-bold")
    per = [absences // 3, absences // 3, absences - 2 * (absences // 3)]
    y = s.table(
        0.6,
        y + 0.42,
        [4.3, 1.0, 1.0, 1.0],
        [
            ["", "Period 1", "Period 2", "Period 3"],
            ["Days absent", *map(str, per)],
            ["Days tardy", "0", str(rng.randint(0, 2)), "0"],
        ],
        pt=8.5,
        row_height=0.24,
        align=["left", "right", "right", "right"],
    )
    s.text(0.6, y + 0.2, "TEACHER COMMENTS", 10, "sans-bold")
    y = s.para(0.6, y + 0.45, 7.2, comment, 9.5, "sans")
    s.text(0.6, y + 0.3, f"Teacher: {teacher}", 9)
    s.text(4.6, y + 0.3, f"Principal: {principal}", 9)
    return paper(
        "elementary_progress_report",
        [s],
        "school_record",
        child,
        "education",
        proves=(D(year, 8, 15), D(year + 1, 6, 10)),
    )


def high_school_transcript(
    student: Person,
    *,
    school: str,
    district: str,
    address: str,
    entered: int,
    graduated: dt.date | None,
    registrar: str,
    issued: dt.date,
    seed: int,
    equity: str = "education",
) -> Paper:
    """An official high school transcript: the student block, courses by year and semester
    with marks and credits, cumulative GPA, the registrar's certification."""
    rng = random.Random(seed)
    s = Sheet()
    s.center(0.45, up(school), 13, "serif-bold")
    s.center(0.68, f"{district}  ·  {address}", 8.5, "serif")
    s.center(0.95, "OFFICIAL TRANSCRIPT", 12, "sans-bold")
    s.grid(
        0.5,
        1.2,
        7.5,
        [
            (
                0.4,
                [
                    (3, "STUDENT NAME", f"{up(student.surname)}, {up(student.given)}"),
                    (1.5, "DATE OF BIRTH", us(student.born)),
                    (1.2, "GENDER", student.sex),
                    (1.8, "STUDENT NUMBER", f"{rng.randint(10**6, 10**7)}"),
                ],
            ),
            (
                0.4,
                [
                    (2, "ENTRY DATE", f"08/{rng.randint(14, 24)}/{entered}"),
                    (2, "GRADUATION DATE", us(graduated) if graduated else "IN PROGRESS"),
                    (3.5, "DIPLOMA", "RECOMMENDED HIGH SCHOOL PROGRAM" if graduated else ""),
                ],
            ),
        ],
        value_pt=8.5,
    )
    courses = [
        ["English I", "Algebra I", "Biology", "World Geography", "Spanish I", "Art I"],
        ["English II", "Geometry", "Chemistry", "World History", "Spanish II", "Health"],
        ["English III", "Algebra II", "Physics", "U.S. History", "Computer Science", "PE"],
        [
            "English IV",
            "Pre-Calculus",
            "Anatomy & Phys.",
            "Government / Economics",
            "Dual Credit Psych.",
            "Choir",
        ],
    ]
    years = 4 if graduated else min(4, max(1, issued.year - entered + (issued.month >= 8)))
    total_points = total_credits = 0.0
    colx = [0.5, 4.3]
    y_base = 2.15
    for i in range(years):
        x = colx[i % 2]
        y = y_base + (i // 2) * 2.6
        s.text(x, y, f"{entered + i}-{entered + i + 1}   GRADE {9 + i}", 8.5, "sans-bold")
        rows = [["Course", "S1", "S2", "Cr"]]
        for course in courses[i]:
            a, b = rng.randint(78, 99), rng.randint(76, 99)
            rows.append([course, str(a), str(b), "1.0"])
            total_points += (a + b) / 2
            total_credits += 1
        s.table(
            x,
            y + 0.2,
            [2.2, 0.45, 0.45, 0.45],
            rows,
            pt=7.5,
            row_height=0.27,
            align=["left", "right", "right", "right"],
        )
    average = total_points / total_credits
    y = y_base + 2 * 2.6 + 0.1
    s.text(
        0.5,
        y,
        f"CREDITS EARNED: {total_credits:.1f}      CUMULATIVE AVERAGE: "
        f"{average:.2f}      GPA (4.0 SCALE): {min(4.0, (average - 60) / 10):.2f}",
        9,
        "mono-bold",
    )
    y = s.para(
        0.5,
        y + 0.4,
        7.4,
        "I certify that this is a true and correct copy of the official academic record "
        "of the student named above. This transcript is official only when it bears the "
        "registrar's signature and the school seal.",
        8.5,
        "serif",
    )
    s.signature(0.8, y + 0.2, registrar, 16)
    s.line(0.5, y + 0.7, 3.6, y + 0.7, 0.6)
    s.text(0.5, y + 0.75, f"{registrar}, Registrar      Date issued: {us(issued)}", 8, "serif")
    s.seal(6.6, y + 0.55, 0.5, f"{up(school)} * ", "SEAL")
    return paper(
        "high_school_transcript",
        [s],
        "school_record",
        student,
        equity,
        proves=(D(entered, 8, 15), graduated or issued),
    )


def middle_school_report_card(
    child: Person,
    *,
    school: str,
    district: str,
    grade: int,
    year: int,
    counselor: str,
    seed: int,
) -> Paper:
    """A middle school report card: letter grades by period for each course, with citizenship
    marks and the attendance count."""
    rng = random.Random(seed)
    s = Sheet()
    s.rect(0.5, 0.45, 7.5, 0.7, outline=None, fill=(40, 70, 120))
    s.text(0.65, 0.52, up(district), 10, "sans-bold", fill=(255, 255, 255))
    s.text(0.65, 0.76, f"{school} — Report Card", 12, "sans-bold", fill=(255, 255, 255))
    s.text(7.85, 0.76, f"{year}-{year + 1}", 12, "sans-bold", fill=(255, 255, 255), align="right")
    s.lines(
        0.6,
        1.35,
        [
            f"Student: {child.name}",
            f"Grade: {grade}",
            f"Counselor: {counselor}",
            f"Student ID: {rng.randint(10**6, 10**7)}",
        ],
        9.5,
    )
    rows = [["Course", "Teacher", "Q1", "Q2", "Q3", "Q4", "Citizenship"]]
    for course, teacher in [
        ("Language Arts 7", "Ms. Whitcombe"),
        ("Math 7", "Mr. Adeyemi"),
        ("Life Science", "Ms. Faulkner"),
        ("World History", "Mr. Ortega"),
        ("Physical Education", "Coach Lindgren"),
        ("Art", "Ms. Tran"),
    ]:
        grades = [rng.choice(["A", "A-", "B+", "B", "A"]) for _ in range(4)]
        rows.append([course, teacher, *grades, rng.choice(["E", "S", "E"])])
    y = s.table(0.6, 2.5, [2.0, 1.7, 0.55, 0.55, 0.55, 0.55, 1.3], rows, pt=8.5, row_height=0.3)
    s.text(
        0.6,
        y + 0.3,
        f"Days enrolled: 180     Days absent: {rng.randint(1, 6)}     Tardies: {rng.randint(0, 3)}",
        9,
    )
    s.text(
        0.6,
        y + 0.6,
        "Citizenship: E = Excellent, S = Satisfactory, N = Needs improvement, U = Unsatisfactory",
        7.5,
    )
    return paper(
        "middle_school_report_card",
        [s],
        "school_record",
        child,
        "education",
        proves=(D(year, 8, 15), D(year + 1, 6, 5)),
    )


# ---------------------------------------------------------------- letters


def pediatric_letter(
    child: Person,
    parent: Person,
    *,
    clinic: str,
    clinic_lines: list[str],
    doctor: str,
    credentials: list[str],
    diagnosis: str,
    code: str,
    since: int,
    diagnosed: str,
    therapies: str,
    dated: dt.date,
    seed: int,
    equity: str = "caretaker",
) -> Paper:
    """A pediatrician's letter on the clinic's letterhead about a child's diagnosis, the
    treatment it needs and the parent who provides the care, signed by the treating doctor."""
    body = [
        f"I am the primary care pediatrician of {child.name} (date of birth {us(child.born)}), "
        f"whom I have treated at our clinic since {since}. I write at the request of "
        f"{child.his} mother, {parent.name}, to describe {child.his} medical needs.",
        f"{child.first} was diagnosed with {diagnosis} ({code}) in {diagnosed} after a full "
        f"developmental evaluation. {child.he.capitalize()} currently receives {therapies}. "
        f"{child.he.capitalize()} is seen in our office every three months and by specialists "
        "as needed.",
        f"Ms. {parent.surname.split()[0]} is {child.first}'s primary caregiver. She brings "
        f"{child.his} to every appointment, carries out the home program the therapists give "
        f"her and is the person {child.first} relies on for daily routines, communication "
        "and comfort. Children with this condition depend heavily on consistency; in my "
        f"medical opinion a separation from {child.his} mother would cause {child.his} "
        "serious regression and harm.",
        "Please do not hesitate to contact my office if further information is needed.",
    ]
    s = write_letter(
        (clinic, clinic_lines, (30, 110, 140), "leaf"),
        long(dated),
        ["To Whom It May Concern"],
        f"RE: {child.name}, DOB {us(child.born)}",
        "Dear Sir or Madam:",
        body,
        "Sincerely,",
        doctor,
        credentials,
    )
    return paper(
        "pediatric_clinic_letter", [s], "medical_record", child, equity, proves=(dated, dated)
    )


def specialist_letter(
    patient: Person,
    *,
    hospital: str,
    hospital_lines: list[str],
    doctor: str,
    credentials: list[str],
    condition: str,
    treatment: str,
    since: int,
    dated: dt.date,
) -> Paper:
    """A treating specialist's letter about the respondent's own serious condition."""
    body = [
        f"{patient.name} (DOB {us(patient.born)}) has been under my care in the Division of "
        f"Nephrology since {since}. {patient.he.capitalize()} has {condition}.",
        f"{patient.he.capitalize()} requires {treatment}. Missing even one session puts "
        f"{patient.his} life at risk through fluid overload and dangerous potassium levels. "
        f"{patient.he.capitalize()} is also on the waiting list for a kidney transplant at "
        "our center, which requires that the patient remain available to be called in within "
        "hours when an organ is offered.",
        "Hemodialysis of this kind is not available to my patient in the country of origin "
        "on a regular basis. An interruption of treatment would be fatal within days.",
        "I am available to answer any questions about this patient's care.",
    ]
    s = write_letter(
        (hospital, hospital_lines, (120, 30, 50), "cross"),
        long(dated),
        [],
        f"Re: {patient.name} — Date of birth {us(patient.born)}",
        "To the U.S. Immigration and Customs Enforcement:",
        body,
        "Respectfully,",
        doctor,
        credentials,
    )
    return paper(
        "specialist_letter", [s], "medical_record", patient, "medical", proves=(dated, dated)
    )


def treatment_summary(
    patient: Person,
    *,
    center: str,
    address: str,
    physician: str,
    started: dt.date,
    dated: dt.date,
    seed: int,
) -> Paper:
    """A dialysis unit's treatment summary: patient block, schedule, latest labs in a table."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.6, 0.5, center, 13, "sans-bold", fill=(20, 80, 120))
    s.text(0.6, 0.75, address, 8.5)
    s.text(7.9, 0.5, "PATIENT TREATMENT SUMMARY", 11, "sans-bold", align="right")
    s.grid(
        0.6,
        1.1,
        7.3,
        [
            (
                0.42,
                [
                    (3, "Patient", f"{up(patient.surname)}, {up(patient.given)}"),
                    (1.5, "DOB", us(patient.born)),
                    (1.5, "MRN", f"{rng.randint(10**6, 10**7)}"),
                    (1.5, "Report date", us(dated)),
                ],
            ),
            (
                0.42,
                [
                    (3, "Nephrologist", physician),
                    (2, "Modality", "In-center hemodialysis"),
                    (2.5, "Dialysis start date", us(started)),
                ],
            ),
        ],
        value_pt=9,
    )
    s.text(
        0.6,
        2.1,
        "Primary diagnosis: End-stage renal disease (N18.6), secondary to "
        "hypertensive kidney disease (I12.0)",
        9.5,
        "sans-bold",
    )
    s.text(
        0.6,
        2.4,
        "Schedule: Monday / Wednesday / Friday, chair 14, 06:00 — 4 hours per treatment",
        9.5,
    )
    rows = [["Test", "Result", "Units", "Reference"]]
    for test, lo, hi, units, ref in [
        ("Hemoglobin", 9.8, 11.4, "g/dL", "12.0-15.5"),
        ("Potassium", 4.6, 5.8, "mmol/L", "3.5-5.1"),
        ("Albumin", 3.4, 4.0, "g/dL", "3.5-5.0"),
        ("Phosphorus", 4.8, 6.3, "mg/dL", "2.5-4.5"),
        ("Kt/V (single pool)", 1.2, 1.5, "", ">= 1.2"),
    ]:
        rows.append([test, f"{rng.uniform(lo, hi):.1f}", units, ref])
    y = s.table(0.6, 2.8, [2.6, 1.4, 1.3, 2.0], rows, pt=9)
    s.text(0.6, y + 0.3, f"Attendance last 90 days: {rng.randint(37, 39)} of 39 treatments.", 9.5)
    s.text(0.6, y + 0.55, "Transplant status: Active on waiting list.", 9.5)
    s.signature(0.8, y + 0.9, physician, 17)
    s.line(0.6, y + 1.4, 3.8, y + 1.4, 0.6)
    s.text(0.6, y + 1.45, f"{physician}, Attending Nephrologist", 8.5)
    return paper(
        "dialysis_treatment_summary",
        [s],
        "medical_record",
        patient,
        "medical",
        proves=(dated, dated),
    )


def community_letter(
    about: Person,
    *,
    org: str,
    org_lines: list[str],
    colour: tuple[int, int, int],
    mark: str,
    signer: str,
    title: list[str],
    body: list[str],
    dated: dt.date,
    label: str,
    salutation: str = "To Whom It May Concern:",
    language: str = "en",
    closing: str = "Sincerely,",
) -> Paper:
    """A letter of support on an organisation's letterhead (a church, a food pantry, a
    mosque, a school), signed by the person who knows the respondent there."""
    s = write_letter(
        (org, org_lines, colour, mark),
        long(dated) if language == "en" else f"{spelled(dated, language)}",
        [],
        None,
        salutation,
        body,
        closing,
        signer,
        title,
    )
    return paper(
        label, [s], "letter_of_support", about, "community_ties", language, proves=(dated, dated)
    )


def plain_letter(
    about: Person,
    *,
    writer: str,
    writer_lines: list[str],
    place_date: str,
    salutation: str,
    body: list[str],
    closing: str,
    language: str,
    dated: dt.date,
    label: str,
    translation_of: str | None = None,
    translator: dict | None = None,
    signed: dt.date | None = None,
) -> Paper:
    """A personal letter typed on plain paper (a neighbour's, a friend's), with its writer's
    address under the signature; as a translation, with the translator's certificate after."""
    s = Sheet()
    y = 0.9
    if translation_of:
        y = (
            s.text(
                0.9,
                0.6,
                f"[English translation of a letter written in {translation_of}]",
                9,
                "serif-italic",
            )
            + 0.2
        )
    y = s.text(7.6, y, place_date, 11, "serif", align="right") + 0.35
    y = s.text(0.9, y, salutation, 11.5, "serif") + 0.15
    y = s.paras(0.9, y, 6.7, body, gap=0.15, pt=11.5, face="serif")
    y = s.text(0.9, y + 0.1, closing, 11.5, "serif")
    if translation_of:
        y = s.text(0.9, y + 0.1, f"[signature] {writer}", 11, "serif")
    else:
        s.signature(1.0, y + 0.05, writer, 20)
        y = s.text(0.9, y + 0.6, writer, 11, "serif")
    s.lines(0.9, y, writer_lines, 10.5, "serif")
    sheets = [s]
    kind = "letter_of_support"
    if translation_of and translator and signed:
        sheets.append(
            _translator_certificate(translator, translation_of, f"letter of {writer}", signed)
        )
        kind = "certificate_of_translation"
    return paper(label, sheets, kind, about, "community_ties", language, proves=(dated, dated))


def employment_verification(
    employee: Person,
    *,
    company: str,
    company_lines: list[str],
    signer: str,
    title: str,
    position: str,
    hired: dt.date,
    wage: str,
    hours: str,
    dated: dt.date,
) -> Paper:
    """An employer's verification of employment on company letterhead."""
    body = [
        f"This letter verifies that {employee.name} has been employed by {company} since "
        f"{long(hired)}. {employee.he.capitalize()} currently works as a {position}, "
        f"{hours}, at a rate of {wage}.",
        f"{employee.first} is a reliable and skilled member of our team. "
        f"{employee.he.capitalize()} has trained new hires, covers shifts when colleagues "
        "are out, and has never had a disciplinary action. We would be glad to continue employing "
        f"{'her' if employee.sex == 'F' else 'him'} for as long as we are able.",
        "This verification may be confirmed by calling our human resources office at the "
        "number above.",
    ]
    s = write_letter(
        (company, company_lines, (70, 70, 80), "star"),
        long(dated),
        [],
        "RE: Verification of Employment",
        "To Whom It May Concern:",
        body,
        "Sincerely,",
        signer,
        [title, company],
    )
    return paper(
        "employment_verification",
        [s],
        "employment_letter",
        employee,
        "employment_and_taxes",
        proves=(hired, dated),
    )


# ---------------------------------------------------------------- military


def dd214(
    veteran: Person,
    *,
    branch: str,
    rank: str,
    pay_grade: str,
    entered: dt.date,
    separated: dt.date,
    home: str,
    entry_place: str,
    last_unit: str,
    station: str,
    specialty: str,
    decorations: str,
    character: str,
    seed: int,
    equity: str = "military_service",
) -> Paper:
    """DD Form 214 (the August 2009 edition): the numbered boxes 1 to 30, record of service in
    years, months and days, and the character of service in box 24."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.4, 0.3, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES", 6.5, "sans-bold")
    s.text(8.1, 0.3, "THIS IS AN IMPORTANT RECORD. SAFEGUARD IT.", 6.5, "sans-bold", align="right")
    s.center(0.45, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY", 11, "sans-bold")
    x, w = 0.4, 7.7
    years, rem = divmod((separated - entered).days, 365)
    months, days = divmod(rem, 30)
    lv = {"label_pt": 5, "value_pt": 7.5}
    y = s.grid(
        x,
        0.7,
        w,
        [
            (
                0.36,
                [
                    (
                        3.2,
                        "1. NAME (Last, First, Middle)",
                        up(f"{veteran.surname}, {veteran.given}"),
                    ),
                    (2.8, "2. DEPARTMENT, COMPONENT AND BRANCH", up(branch)),
                    (1.7, "3. SOCIAL SECURITY NUMBER", f"XXX-XX-{rng.randint(1000, 9999)}"),
                ],
            ),
            (
                0.36,
                [
                    (2, "4.a. GRADE, RATE OR RANK", up(rank)),
                    (1, "4.b. PAY GRADE", pay_grade),
                    (2.2, "5. DATE OF BIRTH (YYYYMMDD)", compact(veteran.born)),
                    (
                        2.5,
                        "6. RESERVE OBLIG. TERM. DATE (YYYYMMDD)",
                        compact(entered.replace(year=entered.year + 8)),
                    ),
                ],
            ),
            (
                0.36,
                [
                    (3.5, "7.a. PLACE OF ENTRY INTO ACTIVE DUTY", up(entry_place)),
                    (
                        4.2,
                        "7.b. HOME OF RECORD AT TIME OF ENTRY (City and state, or complete "
                        "address if known)",
                        up(home),
                    ),
                ],
            ),
            (
                0.36,
                [
                    (3.5, "8.a. LAST DUTY ASSIGNMENT AND MAJOR COMMAND", up(last_unit)),
                    (4.2, "8.b. STATION WHERE SEPARATED", up(station)),
                ],
            ),
            (
                0.36,
                [
                    (4.5, "9. COMMAND TO WHICH TRANSFERRED", "USAR CON GP (ANNUAL TRAINING)"),
                    (3.2, "10. SGLI COVERAGE          None", "AMOUNT: $400,000.00"),
                ],
            ),
        ],
        **lv,
    )
    s.rect(x, y, 3.6, 2.1, 0.6)
    s.text(
        x + 0.04, y + 0.03, "11. PRIMARY SPECIALTY (List number, title and years and months in", 5
    )
    s.text(x + 0.04, y + 0.12, "specialty. List additional specialty numbers and titles ...)", 5)
    s.para(x + 0.08, y + 0.3, 3.4, up(specialty), 7.5, "mono-bold")
    record = [
        ("a. DATE ENTERED AD THIS PERIOD", f"{entered.year} {entered.month:02d} {entered.day:02d}"),
        (
            "b. SEPARATION DATE THIS PERIOD",
            f"{separated.year} {separated.month:02d} {separated.day:02d}",
        ),
        ("c. NET ACTIVE SERVICE THIS PERIOD", f"{years:04d} {months:02d} {days:02d}"),
        ("d. TOTAL PRIOR ACTIVE SERVICE", "0000 00 00"),
        ("e. TOTAL PRIOR INACTIVE SERVICE", "0000 00 00"),
        ("f. FOREIGN SERVICE", f"0000 {rng.randint(6, 11):02d} {rng.randint(0, 29):02d}"),
        ("g. SEA SERVICE", "0000 00 00"),
        ("h. INITIAL ENTRY TRAINING", f"0000 0{rng.randint(3, 5)} {rng.randint(0, 29):02d}"),
        ("i. EFFECTIVE DATE OF PAY GRADE", f"{separated.year - 1} 0{rng.randint(1, 9)} 01"),
    ]
    s.rect(x + 3.6, y, 4.1, 2.1, 0.6)
    s.text(
        x + 3.64,
        y + 0.03,
        "12. RECORD OF SERVICE                       YEAR(S)  MONTH(S)  DAY(S)",
        5,
    )
    ry = y + 0.2
    for label, value in record:
        s.text(x + 3.66, ry, label, 5.2)
        s.text(x + 6.1, ry - 0.01, value, 7, "mono-bold")
        ry += 0.205
    y += 2.1
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.75,
                [
                    (
                        4,
                        "13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN RIBBONS AWARDED "
                        "OR AUTHORIZED (All periods of service)",
                        up(decorations),
                    ),
                    (
                        3.7,
                        "14. MILITARY EDUCATION (Course title, number of weeks, and month and "
                        "year completed)",
                        "BASIC LEADER COURSE, 4 WEEKS, " + str(separated.year - 2),
                    ),
                ],
            ),
            (
                0.36,
                [
                    (2.5, "15.a. COMMISSIONED THROUGH SERVICE ACADEMY", "NO"),
                    (2.5, "15.b. COMMISSIONED THROUGH ROTC SCHOLARSHIP", "NO"),
                    (2.7, "16. DAYS ACCRUED LEAVE PAID", f"{rng.randint(5, 40)}.0"),
                ],
            ),
            (
                0.8,
                [
                    (
                        7.7,
                        "18. REMARKS",
                        "MEMBER HAS COMPLETED FIRST FULL TERM OF SERVICE. "
                        "SERVICE IN IRAQ/KUWAIT. //NOTHING FOLLOWS//",
                    )
                ],
            ),
            (
                0.5,
                [
                    (3.85, "19.a. MAILING ADDRESS AFTER SEPARATION (Include ZIP Code)", up(home)),
                    (
                        3.85,
                        "19.b. NEAREST RELATIVE (Name and address - include ZIP Code)",
                        "SIGNATURE ON FILE",
                    ),
                ],
            ),
            (
                0.4,
                [
                    (2.5, "21.a. MEMBER SIGNATURE", "SIGNED"),
                    (1.3, "21.b. DATE (YYYYMMDD)", compact(separated)),
                    (
                        2.6,
                        "22.a. OFFICIAL AUTHORIZED TO SIGN (Typed name, grade, title and "
                        "signature)",
                        "ELECTRONICALLY AUTHENTICATED",
                    ),
                    (1.3, "22.b. DATE (YYYYMMDD)", compact(separated)),
                ],
            ),
        ],
        **lv,
    )
    s.rect(x, y, w, 0.2, outline=None, fill=(220, 220, 220))
    s.text(
        x + w / 2,
        y + 0.04,
        "SPECIAL ADDITIONAL INFORMATION (For use by authorized agencies only)",
        6,
        "sans-bold",
        align="center",
    )
    y = s.grid(
        x,
        y + 0.2,
        w,
        [
            (
                0.4,
                [
                    (3.85, "23. TYPE OF SEPARATION", "DISCHARGE"),
                    (3.85, "24. CHARACTER OF SERVICE (Include upgrades)", up(character)),
                ],
            ),
            (
                0.4,
                [
                    (3.3, "25. SEPARATION AUTHORITY", "AR 635-200, CHAPTER 4"),
                    (2.2, "26. SEPARATION CODE", "MBK"),
                    (2.2, "27. REENTRY CODE", "1"),
                ],
            ),
            (
                0.4,
                [
                    (
                        7.7,
                        "28. NARRATIVE REASON FOR SEPARATION",
                        "COMPLETION OF REQUIRED ACTIVE SERVICE",
                    )
                ],
            ),
            (
                0.4,
                [
                    (4.5, "29. DATES OF TIME LOST DURING THIS PERIOD (YYYYMMDD)", "NONE"),
                    (3.2, "30. MEMBER REQUESTS COPY 4 (Initials)", "YES"),
                ],
            ),
        ],
        **lv,
    )
    s.text(x, y + 0.05, "DD FORM 214, AUG 2009", 7, "sans-bold")
    s.text(x + w / 2, y + 0.05, "PREVIOUS EDITION IS OBSOLETE.", 6.5, align="center")
    s.text(x + w, y + 0.05, "MEMBER - 4", 7, "sans-bold", align="right")
    return paper("dd214_2009", [s], "military_record", veteran, equity, proves=(entered, separated))


def va_benefit_letter(
    veteran: Person,
    *,
    office: str,
    office_lines: list[str],
    branch: str,
    entered: dt.date,
    released: dt.date,
    rating: int,
    monthly: str,
    dated: dt.date,
    street: str,
    city: str,
    seed: int,
    equity: str = "military_service",
) -> Paper:
    """A VA benefit summary letter: service verification (branch, character of discharge,
    dates) and the veteran's disability rating."""
    rng = random.Random(seed)
    s = Sheet()
    s.logo(0.8, 0.5, 0.65, "shield", (20, 50, 100))
    s.text(1.6, 0.52, "DEPARTMENT OF VETERANS AFFAIRS", 14, "serif-bold", fill=(20, 50, 100))
    s.lines(1.6, 0.82, [office, *office_lines], 8.5, "serif", fill=GREY)
    s.text(7.7, 1.45, f"{long(dated)}", 10, "serif", align="right")
    s.lines(0.9, 1.5, [up(veteran.name), up(street), up(city)], 10, "serif")
    s.lines(
        5.2,
        1.8,
        [
            f"In Reply Refer To: {rng.randint(300, 399)}/21",
            f"File Number: XXX XX {rng.randint(1000, 9999)}",
            up(veteran.name),
        ],
        9,
        "serif",
    )
    y = (
        s.text(
            0.9,
            2.5,
            f"Dear {'Ms.' if veteran.sex == 'F' else 'Mr.'} {veteran.surname.split()[0]}:",
            11,
            "serif",
        )
        + 0.1
    )
    y = (
        s.para(
            0.9,
            y,
            6.7,
            "This letter is a summary of benefits you currently receive from "
            "the Department of Veterans Affairs (VA). We are providing this letter to "
            "disabled Veterans to use in applying for benefits such as state or local "
            "property or vehicle tax relief, civil service preference, housing, and other "
            "purposes.",
            11,
            "serif",
        )
        + 0.15
    )
    y = s.text(0.9, y, "Military Information", 11.5, "serif-bold") + 0.05
    y = s.para(0.9, y, 6.7, "Your character of discharge and service dates are:", 11, "serif")
    y = (
        s.table(
            0.9,
            y + 0.1,
            [1.6, 2.0, 1.6, 1.5],
            [
                ["Branch of Service", "Character of Service", "Entered Active Duty", "Released"],
                [branch, "Honorable", us(entered), us(released)],
            ],
            pt=9.5,
            face="serif",
            header_face="serif-bold",
        )
        + 0.25
    )
    y = s.text(0.9, y, "VA Benefit Information", 11.5, "serif-bold") + 0.05
    y = (
        s.table(
            0.9,
            y,
            [4.9, 1.8],
            [
                ["", ""],
                ["You have one or more service-connected disabilities:", "Yes"],
                ["Your combined service-connected evaluation is:", f"{rating}%"],
                ["Your current monthly award amount is:", monthly],
                [
                    "The effective date of the last change to your current award was:",
                    us(released.replace(year=released.year + 1)),
                ],
                ["Are you considered to be totally and permanently disabled?", "No"],
            ],
            pt=9.5,
            face="serif",
            rules="none",
            header_fill=None,
        )
        + 0.25
    )
    y = (
        s.para(
            0.9,
            y,
            6.7,
            "You should contact your state or local office of Veterans' "
            "affairs for information on any tax, license, or fee-related benefits for which "
            "you may be eligible.",
            11,
            "serif",
        )
        + 0.2
    )
    s.text(0.9, y, "Sincerely Yours,", 11, "serif")
    s.signature(1.0, y + 0.15, "R. Castellanos-Whitfield", 18)
    s.lines(0.9, y + 0.7, ["Regional Office Director"], 10, "serif")
    return paper(
        "va_benefit_summary", [s], "military_record", veteran, equity, proves=(dated, dated)
    )


# ---------------------------------------------------------------- police and courts


def police_incident(
    victim: Person,
    offender: str,
    *,
    department: str,
    number: str,
    occurred: dt.datetime,
    address: str,
    offense: str,
    narrative: str,
    officer: str,
    star: str,
    seed: int,
    equity: str = "crime_victim",
) -> Paper:
    """A police department's original case incident report: one page of boxes (offense,
    occurrence, victim, offender, relationship) and the responding officer's narrative."""
    rng = random.Random(seed)
    s = Sheet()
    s.logo(0.5, 0.42, 0.55, "star", (30, 40, 90))
    s.text(1.2, 0.42, up(department), 12, "sans-bold")
    s.text(1.2, 0.65, "ORIGINAL CASE INCIDENT REPORT", 10, "sans-bold")
    s.text(7.9, 0.42, f"RD NO. {number}", 11, "mono-bold", align="right")
    s.text(7.9, 0.65, f"EVENT NO. {rng.randint(10**9, 10**10)}", 8, "mono", align="right")
    age = (occurred.date() - victim.born).days // 365
    y = s.grid(
        0.5,
        1.05,
        7.5,
        [
            (
                0.4,
                [
                    (5, "OFFENSE CLASSIFICATION", up(offense)),
                    (2.5, "DATE / TIME OF OCCURRENCE", occurred.strftime("%m/%d/%Y %H:%M")),
                ],
            ),
            (
                0.4,
                [
                    (5, "ADDRESS OF OCCURRENCE", up(address)),
                    (2.5, "LOCATION TYPE", "RESIDENCE - APARTMENT"),
                ],
            ),
            (
                0.4,
                [
                    (
                        3.5,
                        "VICTIM NAME (LAST, FIRST M)",
                        f"{up(victim.surname)}, {up(victim.given)}",
                    ),
                    (1, "SEX/RACE", f"{victim.sex} / WWH"),
                    (1, "AGE", str(age)),
                    (2, "DATE OF BIRTH", us(victim.born)),
                ],
            ),
            (
                0.4,
                [
                    (3.5, "OFFENDER NAME (LAST, FIRST M)", up(offender)),
                    (1, "SEX/RACE", "M / WWH"),
                    (3, "RELATIONSHIP TO VICTIM", "FORMER DATING RELATIONSHIP"),
                ],
            ),
            (
                0.4,
                [
                    (2.5, "INJURIES", "VISIBLE BRUISING - LEFT ARM"),
                    (2.5, "MEDICAL ATTENTION", "TREATED ON SCENE - REFUSED TRANSPORT"),
                    (2.5, "VICTIM SIGNED COMPLAINT", "YES"),
                ],
            ),
            (
                0.4,
                [
                    (2.5, "CASE STATUS", "CLEARED - CLOSED BY ARREST"),
                    (2.5, "ARRESTEE CB NO.", f"{rng.randint(10**7, 10**8)}"),
                    (2.5, "VICTIM INFORMATION NOTICE GIVEN", "YES"),
                ],
            ),
        ],
        value_pt=8.5,
    )
    s.rect(0.5, y, 7.5, 0.22, outline=None, fill=(220, 220, 225))
    s.text(0.6, y + 0.04, "NARRATIVE", 8, "sans-bold")
    y = s.para(0.6, y + 0.35, 7.3, narrative, 9.5, "mono")
    y += 0.3
    s.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.45,
                [
                    (3.5, "REPORTING OFFICER (NAME / STAR NO.)", f"{up(officer)} #{star}"),
                    (2, "UNIT / BEAT", f"0{rng.randint(10, 25)}/{rng.randint(1000, 2599)}"),
                    (
                        2,
                        "APPROVED BY SUPERVISOR",
                        f"SGT. {rng.choice(['KOWALCZYK', 'ABERNATHY', 'DUVAL'])}",
                    ),
                ],
            )
        ],
        value_pt=8.5,
    )
    s.text(
        0.5,
        10.4,
        "THIS REPORT WAS PRODUCED FROM THE DEPARTMENT'S RECORDS SYSTEM. "
        "REDACTIONS MADE UNDER 5 ILCS 140.",
        6.5,
    )
    return paper(
        "police_incident_report",
        [s],
        "police_report",
        victim,
        equity,
        proves=(occurred.date(), occurred.date()),
    )


def order_of_protection(
    petitioner: Person,
    respondent_name: str,
    *,
    county: str,
    state: str,
    case_number: str,
    entered: dt.date,
    expires: dt.date,
    judge: str,
    children: list[Person],
    seed: int,
) -> Paper:
    """A circuit court's plenary order of protection: the caption, the findings, the
    remedies granted by number with boxes checked, the judge's signature; two pages."""
    rng = random.Random(seed)
    p1 = Sheet()
    p1.center(0.6, f"IN THE CIRCUIT COURT OF {up(county)} COUNTY, {up(state)}", 11, "serif-bold")
    p1.center(0.85, "COUNTY DEPARTMENT — DOMESTIC RELATIONS DIVISION", 9, "serif")
    p1.lines(
        0.9,
        1.3,
        [
            up(petitioner.name),
            "                    Petitioner,",
            "",
            "        v.",
            "",
            up(respondent_name),
            "                    Respondent.",
        ],
        10.5,
        "serif",
    )
    p1.line(4.2, 1.3, 4.2, 2.8, 0.8)
    p1.lines(
        4.5, 1.6, [f"No. {case_number}", "", "Calendar " + rng.choice("ABCDEFG")], 10.5, "serif"
    )
    p1.center(3.1, "PLENARY ORDER OF PROTECTION", 15, "serif-bold")
    y = p1.paras(
        0.9,
        3.55,
        6.7,
        [
            "This matter coming before the Court on the Petition for Order of Protection, the "
            "Petitioner present and the Respondent having been duly served, the Court FINDS:",
            "(a) The Court has jurisdiction over the parties and the subject matter; (b) the "
            "Respondent has abused the Petitioner as defined in the Domestic Violence Act of "
            "1986; (c) the Petitioner and Respondent have had a dating relationship; and (d) the "
            "remedies ordered below are necessary to protect the Petitioner and the minor children "
            "named below from further abuse.",
            "IT IS HEREBY ORDERED that the following remedies are GRANTED:",
        ],
        gap=0.14,
        pt=10.5,
        face="serif",
    )
    for check, text in [
        (
            True,
            "R01. Respondent is prohibited from committing further acts of abuse, "
            "harassment, intimidation, interference with personal liberty or stalking.",
        ),
        (True, "R02. Petitioner is granted exclusive possession of the residence."),
        (
            True,
            "R03. Respondent shall stay at least 500 feet away from Petitioner, her "
            "residence, her place of employment and the school of the protected children.",
        ),
        (False, "R05. Physical care and possession of the minor children."),
        (
            True,
            "R10. Respondent is prohibited from possessing firearms and shall turn over any "
            "firearm and FOID card to the local law enforcement agency.",
        ),
    ]:
        p1.checkbox(1.0, y + 0.04, check, "")
        y = p1.para(1.3, y, 6.3, text, 10, "serif") + 0.1
    p1.text(4.25, 10.4, "Page 1 of 2", 8, "serif", align="center")
    p2 = Sheet()
    y = p2.text(0.9, 0.8, "Protected persons:", 11, "serif-bold") + 0.05
    y = (
        p2.lines(
            1.2,
            y,
            [petitioner.name] + [f"{c.name} (minor, born {us(c.born)})" for c in children],
            10.5,
            "serif",
        )
        + 0.2
    )
    y = p2.paras(
        0.9,
        y,
        6.7,
        [
            f"This Order is effective until {long(expires)} at 11:59 p.m., unless modified or "
            "vacated by the Court.",
            "WARNING: Violation of this order is a criminal offense punishable by imprisonment "
            "and fine. Only the Court can change this order; the Petitioner cannot give the "
            "Respondent permission to violate it.",
            "This order shall be entered in the Law Enforcement Agencies Data System (LEADS) and "
            "is enforceable in every state, tribal land and territory of the United States.",
        ],
        gap=0.15,
        pt=10.5,
        face="serif",
    )
    y += 0.3
    p2.text(0.9, y, f"ENTERED: {long(entered)}", 11, "serif-bold")
    p2.signature(4.4, y - 0.2, judge, 18)
    p2.line(4.2, y + 0.3, 7.6, y + 0.3, 0.6)
    p2.text(
        4.2, y + 0.35, f"Judge {judge}        Judge's No. {rng.randint(1000, 2999)}", 9, "serif"
    )
    p2.stamp(
        1.0,
        y + 0.9,
        ["CLERK OF THE CIRCUIT COURT", f"{up(county)} COUNTY", f"FILED {us(entered)}"],
        9,
        (40, 60, 150),
        4,
    )
    p2.text(4.25, 10.4, "Page 2 of 2", 8, "serif", align="center")
    return paper(
        "plenary_order_of_protection",
        [p1, p2],
        "protective_order",
        petitioner,
        "crime_victim",
        proves=(entered, entered),
    )


def criminal_minute_order(
    defendant: Person,
    *,
    county: str,
    case_number: str,
    hearing: dt.date,
    charge: str,
    dismissed: str,
    probation_years: int,
    jail_days: int,
    program: str,
    judge: str,
    certified: dt.date,
    seed: int,
) -> Paper:
    """A California superior court's criminal minute order recording a guilty plea and a
    grant of formal probation, certified by the clerk."""
    rng = random.Random(seed)
    s = Sheet()
    s.center(0.5, "SUPERIOR COURT OF CALIFORNIA", 12, "serif-bold")
    s.center(0.72, f"COUNTY OF {up(county)}", 11, "serif-bold")
    s.center(0.95, "CRIMINAL MINUTE ORDER", 10.5, "serif")
    s.grid(
        0.6,
        1.25,
        7.3,
        [
            (
                0.42,
                [
                    (
                        4.5,
                        "CASE TITLE",
                        f"PEOPLE OF THE STATE OF CALIFORNIA vs. "
                        f"{up(defendant.surname)}, {up(defendant.given)}",
                    ),
                    (2.8, "CASE NUMBER", case_number),
                ],
            ),
            (
                0.42,
                [
                    (2, "DATE", us(hearing)),
                    (1.5, "TIME", "08:30 AM"),
                    (1.8, "DEPT.", str(rng.randint(10, 40))),
                    (2, "JUDICIAL OFFICER", up(judge)),
                ],
            ),
            (
                0.42,
                [
                    (2.5, "DEFENDANT DOB", us(defendant.born)),
                    (2.5, "COUNSEL", "DEPUTY PUBLIC DEFENDER"),
                    (2.3, "PROSECUTOR", "DDA"),
                ],
            ),
        ],
        value_pt=8.5,
    )
    y = 2.7
    y = s.text(0.6, y, "PROCEEDINGS: CHANGE OF PLEA AND SENTENCING", 10, "sans-bold") + 0.1
    entries = [
        "Defendant present in custody with counsel. Defendant advised of and waives "
        "constitutional rights: jury trial, confrontation, self-incrimination. Court finds "
        "waivers knowing, intelligent and voluntary. Advisement of immigration consequences "
        "given pursuant to PC 1016.5.",
        f"Defendant withdraws plea of not guilty and pleads GUILTY to Count 1: {charge}. "
        "Court accepts plea and finds a factual basis. Defendant is CONVICTED of Count 1.",
        f"On motion of the People, remaining count(s) DISMISSED: {dismissed}.",
        f"Imposition of sentence SUSPENDED. Defendant is placed on FORMAL PROBATION for "
        f"{probation_years} years on the following terms and conditions:",
        f"  1. Serve {jail_days} days in county jail, credit for {jail_days} days served.",
        f"  2. Complete {program}.",
        "  3. Submit to search and testing; obey all laws; report to probation as directed.",
        "  4. Pay fines and fees as ordered by the probation department.",
        "Defendant released. Next court date: none set.",
    ]
    for entry in entries:
        y = s.para(0.6, y, 7.3, entry, 9.5, "mono") + 0.08
    y += 0.3
    s.stamp(
        0.6,
        y,
        [
            "CERTIFIED COPY",
            "CLERK OF THE SUPERIOR COURT",
            f"{up(county)} COUNTY",
            f"DATE {us(certified)}   DEPUTY {rng.choice(['M. LEE', 'R. PATEL'])}",
        ],
        8.5,
        (30, 40, 140),
        -3,
    )
    y = s.para(
        4.2,
        y + 0.1,
        3.7,
        "I certify that the foregoing is a full, true and correct copy of the original "
        "on file in my office.",
        8.5,
        "serif",
    )
    return paper(
        "criminal_minute_order",
        [s],
        "court_record",
        defendant,
        "rehabilitation",
        proves=(hearing, hearing),
    )


def probation_completion(
    defendant: Person,
    *,
    county: str,
    case_number: str,
    granted: dt.date,
    ended: dt.date,
    officer: str,
    dated: dt.date,
) -> Paper:
    """A county probation department's certificate that probation ended successfully."""
    s = Sheet()
    letterhead(
        s,
        f"{county} County Probation Department",
        ["Adult Services Division", "Records Unit"],
        (60, 60, 90),
        "shield",
        face="serif-bold",
    )
    s.center(2.0, "CERTIFICATE OF SUCCESSFUL COMPLETION OF PROBATION", 13, "serif-bold")
    y = s.paras(
        1.0,
        2.6,
        6.5,
        [
            f"This is to certify that {up(defendant.name)}, date of birth {us(defendant.born)}, "
            f"was granted formal probation by the Superior Court of California, County of "
            f"{county}, in case number {case_number} on {long(granted)}.",
            f"The probationer complied with all terms and conditions of probation, including the "
            f"treatment program ordered by the Court, and probation terminated on {long(ended)} "
            "as successfully completed. No violations of probation were filed during the term.",
            "This certificate is issued at the request of the former probationer.",
        ],
        gap=0.2,
        pt=11.5,
        face="serif",
    )
    s.text(1.0, y + 0.3, f"Issued: {long(dated)}", 11, "serif")
    s.signature(4.2, y + 0.5, officer, 18)
    s.line(4.0, y + 1.0, 7.5, y + 1.0, 0.6)
    s.text(4.0, y + 1.05, f"{officer}, Deputy Probation Officer III", 9, "serif")
    return paper(
        "probation_completion",
        [s],
        "court_record",
        defendant,
        "rehabilitation",
        proves=(granted, ended),
    )


# ---------------------------------------------------------------- immigration forms


def g28(
    client: Person,
    *,
    a_number: str,
    rep: dict,
    client_street: str,
    client_city: str,
    client_state: str,
    client_zip: str,
    signed: dt.date,
) -> Paper:
    """Form G-28, Notice of Entry of Appearance as Attorney or Accredited Representative:
    pages 1 and 2 of the four, the attorney's and client's information, ICE checked."""
    digits = a_number.replace("-", "").replace("A", "").zfill(9)
    last, first = rep["name"].split()[-1], " ".join(rep["name"].split()[:-1])
    street, city_line = rep["address"][0], rep["address"][-1]
    rcity, rest = city_line.split(",", 1)
    rstate, rzip = rest.split()
    p1 = Sheet()
    p1.text(0.5, 0.4, "Notice of Entry of Appearance", 14, "sans-bold")
    p1.text(0.5, 0.64, "as Attorney or Accredited Representative", 14, "sans-bold")
    p1.text(0.5, 0.9, "Department of Homeland Security", 9)
    p1.text(8.0, 0.4, "DHS", 10, "sans-bold", align="right")
    p1.text(8.0, 0.6, "Form G-28", 14, "sans-bold", align="right")
    p1.text(8.0, 0.85, "OMB No. 1615-0105", 7.5, align="right")
    p1.rect(0.5, 1.15, 7.5, 0.2, outline=None, fill=(30, 30, 60))
    p1.text(
        0.6,
        1.18,
        "Part 1.  Information About Attorney or Accredited Representative",
        8.5,
        "sans-bold",
        fill=(255, 255, 255),
    )
    lv = {"label_pt": 6, "value_pt": 9, "value_face": "mono"}
    y = p1.grid(
        0.5,
        1.4,
        7.5,
        [
            (0.42, [(1, "1.  USCIS Online Account Number (if any)", "")]),
            (
                0.42,
                [
                    (1, "2.a.  Family Name (Last Name)", up(last)),
                    (1, "2.b.  Given Name (First Name)", up(first.split()[0])),
                    (0.6, "2.c.  Middle Name", up(" ".join(first.split()[1:]))),
                ],
            ),
            (
                0.42,
                [
                    (2, "3.a.  Street Number and Name", up(street)),
                    (0.8, "3.b.  Apt. Ste. Flr.", ""),
                    (1.2, "3.c.  City or Town", up(rcity)),
                ],
            ),
            (
                0.42,
                [
                    (0.5, "3.d.  State", rstate),
                    (0.8, "3.e.  ZIP Code", rzip),
                    (1.2, "3.h.  Country", "USA"),
                ],
            ),
            (
                0.42,
                [
                    (1, "4.  Daytime Telephone Number", rep["phone"]),
                    (1.5, "6.  Email Address (if any)", rep["email"]),
                ],
            ),
        ],
        **lv,
    )
    p1.rect(0.5, y + 0.1, 7.5, 0.2, outline=None, fill=(30, 30, 60))
    p1.text(
        0.6,
        y + 0.13,
        "Part 2.  Eligibility Information for Attorney or Accredited Representative",
        8.5,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y += 0.4
    y = p1.checkbox(
        0.6,
        y,
        True,
        "1.a.  I am an attorney eligible to practice law in, and a "
        "member in good standing of, the bar of the highest courts of:",
        8,
    )
    y = p1.grid(
        0.9,
        y + 0.05,
        7.1,
        [
            (
                0.42,
                [
                    (2, "Licensing Authority", rep["bar_state"]),
                    (1, "1.b.  Bar Number", rep["bar_number"]),
                ],
            ),
            (
                0.42,
                [
                    (
                        1,
                        "1.d.  Name of Law Firm or Organization (if applicable)",
                        up(rep["organization"]),
                    )
                ],
            ),
        ],
        **lv,
    )
    y = p1.checkbox(
        0.6,
        y + 0.1,
        True,
        "1.c.  I am not subject to any order suspending, "
        "enjoining, restraining, disbarring, or otherwise restricting me in the "
        "practice of law.",
        8,
    )
    y = p1.checkbox(
        0.6,
        y + 0.05,
        False,
        "2.a.  I am an accredited representative of the "
        "following qualified nonprofit religious, charitable, social service...",
        8,
    )
    p1.rect(0.5, y + 0.1, 7.5, 0.2, outline=None, fill=(30, 30, 60))
    p1.text(
        0.6,
        y + 0.13,
        "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
        8.5,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y += 0.4
    y = p1.para(
        0.6,
        y,
        7.3,
        "This appearance relates to immigration matters before (select only one box):",
        8.5,
        "sans",
    )
    y = p1.checkbox(
        0.6, y + 0.05, False, "1.a.  U.S. Citizenship and Immigration Services (USCIS)", 8
    )
    y = p1.checkbox(0.6, y + 0.05, True, "2.a.  U.S. Immigration and Customs Enforcement (ICE)", 8)
    y = p1.grid(
        0.9,
        y + 0.05,
        7.1,
        [
            (
                0.42,
                [
                    (
                        1,
                        "2.b.  List the specific matter in which appearance is entered",
                        "REQUEST FOR PROSECUTORIAL DISCRETION",
                    )
                ],
            )
        ],
        **lv,
    )
    y = p1.checkbox(0.6, y + 0.05, False, "3.a.  U.S. Customs and Border Protection (CBP)", 8)
    y = p1.para(
        0.6,
        y + 0.1,
        7.3,
        "5.  I enter my appearance as an attorney or accredited "
        "representative at the request of the (select only one box):",
        8.5,
        "sans",
    )
    y = p1.checkbox(0.9, y + 0.05, True, "Respondent (ICE, CBP)", 8)
    p1.text(
        0.6,
        y + 0.15,
        "Information About Client (Applicant, Petitioner, Requestor, "
        "Beneficiary or Derivative, Respondent, or Document Requestor)",
        8.5,
        "sans-bold",
    )
    y = p1.grid(
        0.5,
        y + 0.4,
        7.5,
        [
            (
                0.42,
                [
                    (1, "6.a.  Family Name (Last Name)", up(client.surname)),
                    (1, "6.b.  Given Name (First Name)", up(client.first)),
                    (0.7, "6.c.  Middle Name", up(client.middle)),
                ],
            ),
            (
                0.42,
                [
                    (1, "8.  Client's USCIS Online Account Number (if any)", ""),
                    (
                        1,
                        "9.  Client's Alien Registration Number (A-Number)",
                        f"A- {' '.join(digits)}",
                    ),
                ],
            ),
            (
                0.42,
                [
                    (2, "13.a.  Street Number and Name", up(client_street)),
                    (1.2, "13.c.  City or Town", up(client_city)),
                    (0.5, "13.d.  State", client_state),
                    (0.7, "13.e.  ZIP Code", client_zip),
                ],
            ),
        ],
        **lv,
    )
    p1.text(0.5, 10.5, "Form G-28  Edition 09/17/18", 7.5)
    p1.text(8.0, 10.5, "Page 1 of 4", 7.5, align="right")
    p2 = Sheet()
    p2.rect(0.5, 0.5, 7.5, 0.2, outline=None, fill=(30, 30, 60))
    p2.text(
        0.6,
        0.53,
        "Part 4.  Client's Consent to Representation and Signature",
        8.5,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y = p2.para(
        0.6,
        0.85,
        7.3,
        "Consent to Representation and Release of Information. I have requested the "
        "representation of and consented to being represented by the attorney or "
        "accredited representative named in Part 1. of this form. According to the "
        "Privacy Act of 1974 and DHS policy, I also consent to the disclosure to the "
        "named attorney or accredited representative of any records pertaining to me "
        "that appear in any system of records of USCIS, ICE, or CBP.",
        8.5,
        "sans",
    )
    y = p2.checkbox(
        0.6,
        y + 0.1,
        True,
        "1.a.  I request that DHS send any notices (including "
        "Forms I-94) on an application, petition, or request to the business "
        "address of my attorney or accredited representative as listed in this form.",
        7.5,
    )
    p2.rect(0.5, y + 0.2, 5.5, 0.55, 0.6)
    p2.text(0.55, y + 0.23, "2.a.  Signature of Client or Authorized Signatory for an Entity", 6)
    p2.signature(0.9, y + 0.3, client.name, 16)
    p2.field(6.0, y + 0.2, 2.0, 0.55, "2.b.  Date of Signature (mm/dd/yyyy)", us(signed))
    y += 1.0
    p2.rect(0.5, y, 7.5, 0.2, outline=None, fill=(30, 30, 60))
    p2.text(
        0.6,
        y + 0.03,
        "Part 5.  Signature of Attorney or Accredited Representative",
        8.5,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y = p2.para(
        0.6,
        y + 0.35,
        7.3,
        "I have read and understand the regulations and conditions contained in 8 CFR "
        "103.2 and 292 governing appearances and representation before the Department "
        "of Homeland Security. I declare under penalty of perjury under the laws of the "
        "United States that the information I have provided on this form is true and "
        "correct.",
        8.5,
        "sans",
    )
    p2.rect(0.5, y + 0.15, 5.5, 0.55, 0.6)
    p2.text(0.55, y + 0.18, "1.  Signature of Attorney or Accredited Representative", 6)
    p2.signature(0.9, y + 0.25, rep["name"], 16)
    p2.field(6.0, y + 0.15, 2.0, 0.55, "2.  Date of Signature (mm/dd/yyyy)", us(signed))
    p2.text(0.5, 10.5, "Form G-28  Edition 09/17/18", 7.5)
    p2.text(8.0, 10.5, "Page 2 of 4", 7.5, align="right")
    return paper("g28_2018", [p1, p2], "g28", client, "other")


def eoir_hearing_notice(
    respondent: Person,
    *,
    a_number: str,
    court: tuple[str, str, str],
    hearing: dt.datetime,
    judge: str,
    sent: dt.date,
    seed: int,
) -> Paper:
    """An immigration court's Notice of Hearing in Removal Proceedings, with the file's
    A-number, and the certificate of service at the foot."""
    digits = a_number.replace("-", "").replace("A", "").zfill(9)
    s = Sheet()
    s.center(0.5, "U.S. Department of Justice", 10, "serif")
    s.center(0.7, "Executive Office for Immigration Review", 10, "serif")
    s.center(0.9, "Immigration Court", 10, "serif-bold")
    s.lines(0.8, 1.3, list(court), 9.5, "serif")
    s.lines(
        0.8,
        2.1,
        [
            f"In the Matter of:  {up(respondent.surname)}, {up(respondent.given)}",
            f"File: A{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            "RESPONDENT           IN REMOVAL PROCEEDINGS",
        ],
        10,
        "serif-bold",
    )
    s.center(3.0, "NOTICE OF HEARING IN REMOVAL PROCEEDINGS", 12, "serif-bold")
    y = s.paras(
        0.8,
        3.45,
        6.9,
        [
            f"Your case has been scheduled for a MASTER hearing before the Immigration Court on "
            f"{hearing.strftime('%b %d, %Y')} at {hearing.strftime('%I:%M %p')} at: "
            f"{court[0]}, {court[1]}, {court[2]}, before Immigration Judge {judge}.",
            "You may be represented in these proceedings, at no expense to the Government, by an "
            "attorney or other individual who is authorized and qualified to represent persons "
            "before an Immigration Court. Your hearing date has not been scheduled earlier than "
            "10 days from the date of service of the Notice to Appear in order to permit you the "
            "opportunity to obtain an attorney or representative.",
            "Failure to appear at your hearing except for exceptional circumstances may result in "
            "one or more of the following actions: (1) You may be taken into custody by the "
            "Department of Homeland Security and held for further action; or (2) your hearing may "
            "be held in your absence and an order of removal may be entered against you.",
            "You must report any change of address within 5 days using Form EOIR-33/IC.",
        ],
        gap=0.15,
        pt=10,
        face="serif",
    )
    s.line(0.8, y + 0.2, 7.7, y + 0.2, 0.8)
    s.text(0.8, y + 0.35, "CERTIFICATE OF SERVICE", 10, "serif-bold")
    s.lines(
        0.8,
        y + 0.6,
        [
            "THIS DOCUMENT WAS SERVED BY:  MAIL (M)  PERSONAL SERVICE (P)  ELECTRONIC SERVICE (E)",
            "TO: [ ] NONCITIZEN   [ ] NONCITIZEN c/o Custodial Officer   [E] NONCITIZEN'S ATT/REP"
            "   [E] DHS",
            f"DATE: {us(sent)}    BY: COURT STAFF {random.Random(seed).choice(['DM', 'KL', 'RT'])}",
        ],
        8.5,
        "mono",
    )
    return paper(
        "eoir_hearing_notice",
        [s],
        ("other", "court_record"),
        respondent,
        "other",
        proves=(sent, sent),
    )
