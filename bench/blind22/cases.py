"""The twenty-second blind corpus: four invented families whose papers are old, worn and
second-hand, as a family brings them in a folder or a shoebox and as a detention center or a
consulate sends them (typed civil records on yellowed paper, photocopies of photocopies, a fax
from a detention center, dot-matrix printouts, a faded thermal receipt, a laminated card under
a glare, booklets photographed open, stamps and handwritten notes), a case.yaml whose claims the
documents bear out (or, where the truth says so, do not), and the truth it is scored against.
Written from plain descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind22.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from bench.blind22 import documents as doc
from bench.blind22 import wear
from tests.realistic import capture, dates, mrz
from tests.realistic.model import (
    CasePlan,
    Choice,
    Paper,
    Person,
    Placed,
    up,
    write_from_command_line,
    write_plans,
)
from tests.realistic.paper import GREY, INK, Sheet, card, letterhead, portrait, tinted

D = dt.date

# Every paper is dated on or before this day and a claimed residence the truth expects no gap
# in is covered up to it.
AS_OF = D(2026, 11, 30)


def paper(
    label: str,
    pages: list[Image.Image],
    type: Choice,
    about: Person | tuple[Person, ...] | None,
    equity: Choice,
    language: Choice = "en",
    proves: tuple[dt.date, dt.date] | None = None,
    zone: tuple[str, ...] | None = None,
    is_card: bool = False,
) -> Paper:
    if isinstance(about, tuple):
        who: Choice | None = tuple(p.name for p in about)
    else:
        who = about.name if about else None
    return Paper(label, pages, type, who, equity, language, proves, zone, is_card)


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
    }


def fax(papers: list[Paper], file: str, sender: str, number: str, when: str, seed: int) -> Placed:
    """A stack faxed from a detention center's law library to the office's fax server: one
    PDF of 1-bit pages, each with the sending machine's header and its page number."""
    total = sum(len(p.pages) for p in papers)
    pages, records, n = [], [], 1
    for paper_ in papers:
        first = n
        for page in paper_.pages:
            header = f"{when}   FROM: {sender}   {number}        P.{n:03d}/{total:03d}"
            pages.append(wear.fax_page(page, header, seed + n))
            n += 1
        records.append(
            {
                "file": file,
                "pages": [first, n - 1],
                "source_pages": len(paper_.pages),
                **paper_.truth(),
            }
        )
    return Placed({file: wear.fax_pdf(pages)}, records)


def _passport(
    person: Person,
    country: str,
    code: str,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    header: list[str],
    labels: list[str],
    nationality: str,
    place: str,
    authority: str,
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    seed: int,
    language: Choice,
    date=dates.card,
) -> Paper:
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
    )
    values = [
        "P",
        code,
        number,
        up(person.surname),
        up(person.given),
        nationality,
        date(person.born),
        person.sex,
        place,
        date(issued),
        date(expiry),
        authority,
    ]
    image = doc.passport_page(
        header=header, labels=labels, values=values, zone=zone, tint=tint, seed=seed
    )
    return paper(
        f"passport_{code.lower()}",
        [image],
        "passport",
        person,
        "identity",
        language,
        zone=zone,
        is_card=True,
    )


# ================================================================ 1. Lumpkin, Georgia (detained)


def ramirez() -> CasePlan:
    """A Salvadoran man brought to Georgia at seven, a former DACA recipient, detained at
    Stewart since an arrest at a traffic stop: a passport upside down, the alcaldía's typed
    1998 certified copy of his partida de nacimiento on yellowed paper and its translation, a
    dot-matrix Gwinnett County school transcript on greenbar paper, the G-28 and a detention
    program certificate faxed from the detention center, a photocopy of a photocopy of his 2007
    DUI sentence and the order discharging his probation, his employer of twenty years' letter
    with a note and a received stamp, two W-2s, and his daughter's Georgia birth certificate
    scanned twice; community ties claimed with no letter to show them."""
    wil = Person("Wilfredo Antonio", "Ramírez Portillo", D(1987, 3, 9), "M", "San Miguel")
    keyla = Person("Keyla Marisol", "Ramírez Alvarado", D(2012, 6, 30), "F", "Lawrenceville")
    a_number = "214-876-903"
    rep = _rep(
        "Hannah Okafor-Reyes",
        "Piedmont Immigrant Defense Collaborative",
        ["2801 Buford Hwy NE, Suite 410", "Atlanta, GA 30329"],
        "404-555-0163",
        "hokafor@pidc.example",
        "GA617204",
    )
    translator = {
        "name": "Lucía Fernández Ortega",
        "address": ["2801 Buford Hwy NE, Suite 410", "Atlanta, GA 30329"],
        "phone": "404-555-0171",
    }
    seed = 22100
    home = ["5380 Jimmy Carter Blvd, Apt 1418", "Norcross, GA 30093"]

    passport = _passport(
        wil,
        "El Salvador",
        "SLV",
        "B04418273",
        D(2022, 3, 14),
        D(2027, 3, 13),
        ["REPÚBLICA DE EL SALVADOR", "REPUBLIC OF EL SALVADOR", "PASAPORTE / PASSPORT"],
        [
            "Tipo / Type",
            "Código / Code",
            "Pasaporte No. / Passport No.",
            "Apellidos / Surname",
            "Nombres / Given names",
            "Nacionalidad / Nationality",
            "Fecha de nacimiento / Date of birth",
            "Sexo / Sex",
            "Lugar de nacimiento / Place of birth",
            "Fecha de expedición / Date of issue",
            "Fecha de vencimiento / Date of expiry",
            "Autoridad / Authority",
        ],
        "SALVADOREÑA",
        "SAN MIGUEL, SAN MIGUEL",
        "CONSULADO GRAL. ATLANTA",
        ((205, 222, 240), (190, 210, 232)),
        seed,
        ("es", "en"),
        date=lambda d: dates.card(d, "es"),
    )

    # -- the partida: typed in 1998 from the 1987 book, yellowed, faded, stamped
    p = Sheet()
    p.center(0.6, "REPÚBLICA DE EL SALVADOR, C. A.", 12, "serif-bold")
    p.center(0.85, "ALCALDÍA MUNICIPAL DE SAN MIGUEL", 13, "serif-bold")
    p.center(1.1, "REGISTRO DEL ESTADO FAMILIAR", 11, "serif")
    p.seal(1.3, 1.0, 0.45, "ALCALDIA MUNICIPAL SAN MIGUEL ", "EL SALVADOR")
    p.center(1.55, "CERTIFICACIÓN DE PARTIDA DE NACIMIENTO", 12, "serif-bold")
    body = [
        "EL INFRASCRITO JEFE DEL REGISTRO DEL ESTADO FAMILIAR DE ESTA",
        "CIUDAD, CERTIFICA: Que en el Libro de Partidas de Nacimiento",
        "número CUARENTA Y DOS, que esta Alcaldía llevó en el año de mil",
        "novecientos ochenta y siete, se encuentra asentada la partida",
        "que literalmente dice:",
        "",
        '"Partida número OCHOCIENTOS TRECE. WILFREDO ANTONIO, sexo',
        "masculino, nació a las cuatro horas y diez minutos del día",
        "nueve de marzo de mil novecientos ochenta y siete, en el Barrio",
        "San Francisco de esta ciudad, hijo de JOSÉ WILFREDO RAMÍREZ",
        "CHÁVEZ, de veintiséis años de edad, agricultor, y de MARÍA",
        "DOLORES PORTILLO DE RAMÍREZ, de veintitrés años de edad, de",
        "oficios domésticos, ambos salvadoreños, del domicilio de San",
        "Miguel. Dio los datos el padre, quien firma. Alcaldía Municipal:",
        "San Miguel, dieciséis de marzo de mil novecientos ochenta y",
        'siete."  (f) ilegible.  (f) J. W. Ramírez.  Rubricadas.',
        "",
        "ES CONFORME con su original con el cual se confrontó. Y para",
        "los usos legales que el interesado estime convenientes, se",
        "extiende la presente en la Alcaldía Municipal de San Miguel, a",
        "los veintidós días del mes de abril de mil novecientos noventa",
        "y ocho.",
    ]
    p.lines(1.0, 2.05, body, 10.5, "mono")
    p.signature(4.6, 6.45, "R. Benítez Argueta", 18)
    p.line(4.2, 7.0, 7.4, 7.0, 0.7)
    p.center(7.05, "", 9)
    p.text(5.8, 7.05, "Lic. Rogelio Benítez Argueta", 9.5, "serif", align="center")
    p.text(5.8, 7.22, "Jefe del Registro del Estado Familiar", 9, "serif", align="center")
    p.seal(2.2, 7.0, 0.6, "REGISTRO DEL ESTADO FAMILIAR SAN MIGUEL ", "R.E.F.")
    p.stamp(0.9, 8.2, ["DERECHOS PAGADOS", "¢ 5.00  22 ABR 1998"], 10, (40, 60, 140), 4)
    doc.note(p, 5.0, 9.2, "original - no perder", 15)
    partida = paper(
        "san_miguel_partida_1998",
        [wear.aged(p.image, seed + 1, 0.8, 0.4)],
        "birth_certificate",
        wil,
        "identity",
        "es",
    )
    trans = paper(
        "partida_translation",
        [
            doc.translation(
                "REPUBLIC OF EL SALVADOR, C. A. - MUNICIPAL MAYOR'S OFFICE OF SAN MIGUEL - "
                "FAMILY STATUS REGISTRY - CERTIFICATION OF BIRTH RECORD",
                [
                    "THE UNDERSIGNED HEAD OF THE FAMILY STATUS REGISTRY OF THIS CITY CERTIFIES: "
                    "That in Book of Birth Records number FORTY-TWO, kept by this Mayor's Office "
                    "in the year nineteen eighty-seven, the following record is entered, which "
                    "reads verbatim:",
                    '"Record number EIGHT HUNDRED THIRTEEN. WILFREDO ANTONIO, male, was born at '
                    "four ten in the morning on March ninth, nineteen eighty-seven, in the San "
                    "Francisco neighborhood of this city, son of JOSÉ WILFREDO RAMÍREZ CHÁVEZ, "
                    "twenty-six years old, farmer, and of MARÍA DOLORES PORTILLO DE RAMÍREZ, "
                    "twenty-three years old, homemaker, both Salvadoran, residing in San Miguel. "
                    "The information was given by the father, who signs. Mayor's Office: San "
                    'Miguel, March sixteenth, nineteen eighty-seven." (s) illegible. (s) J. W. '
                    "Ramírez. Initialed.",
                    "THIS IS A TRUE COPY of the original, against which it was compared. Issued "
                    "for such legal purposes as the interested party deems appropriate at the "
                    "Municipal Mayor's Office of San Miguel on April twenty-second, nineteen "
                    "ninety-eight.",
                    "[Signature] Lic. Rogelio Benítez Argueta, Head of the Family Status "
                    "Registry. [Seal: Family Status Registry, San Miguel.] [Stamp: FEES PAID "
                    "¢5.00, 22 APR 1998.] [Handwritten note: original - do not lose]",
                ],
                translator,
                "Spanish",
                D(2026, 10, 2),
            )
        ],
        "certificate_of_translation",
        wil,
        "identity",
    )

    # -- the dot-matrix transcript, Gwinnett County, printed in 2005
    rows = [
        "GWINNETT COUNTY PUBLIC SCHOOLS               STUDENT PERMANENT RECORD",
        "NORCROSS HIGH SCHOOL  5300 SPALDING DR NORCROSS GA 30092    SCH 0651",
        "RUN DATE 06/03/2005                                       PAGE 1 OF 1",
        "=" * 70,
        f"STUDENT: {up(wil.surname)}, {up(wil.given)}",
        f"STUDENT ID: 0094417728   DOB: {dates.us(wil.born)}   SEX: M   GR: 12",
        "BIRTHPLACE: SAN MIGUEL, EL SALVADOR     HOME LANG: SPANISH",
        "ORIG ENTRY GCPS: 08/15/1994   GR 02   BEAVER RIDGE ELEMENTARY",
        "ESOL SERVICES: 1994-1998  EXITED 05/1998",
        "-" * 70,
        "ENROLLMENT HISTORY",
        "  1994-95 GR02 BEAVER RIDGE ES     1998-99 GR06 SUMMERLOUR MS",
        "  1995-96 GR03 BEAVER RIDGE ES     1999-00 GR07 SUMMERLOUR MS",
        "  1996-97 GR04 BEAVER RIDGE ES     2000-01 GR08 SUMMERLOUR MS",
        "  1997-98 GR05 BEAVER RIDGE ES     2001-05 GR09-12 NORCROSS HS",
        "-" * 70,
        "YR  COURSE                         GRD  CR    YR  COURSE           GRD  CR",
        "01  9TH LIT/COMP            23.0610  B  1.0  03  AMER LIT     C  1.0",
        "01  ALGEBRA I               27.0910  C  1.0  03  ALGEBRA II   C  1.0",
        "01  PHYSICAL SCIENCE        40.0110  B  1.0  03  CHEMISTRY    C  1.0",
        "01  WORLD GEOGRAPHY         45.0710  B  1.0  03  US HISTORY   B  1.0",
        "02  WORLD LIT/COMP          23.0620  B  1.0  04  BRIT LIT     B  1.0",
        "02  GEOMETRY                27.0920  C  1.0  04  ECON/GOVT    B  1.0",
        "02  BIOLOGY                 26.0110  B  1.0  04  CONSTR TECH  A  2.0",
        "02  WORLD HISTORY           45.0810  C  1.0  04  WELDING I    A  1.0",
        "-" * 70,
        "CUM CREDITS ATTEMPTED 24.0   EARNED 24.0   CUM GPA 2.71   RANK 318/512",
        "GHSGT: ENG P  MATH P  SCI P  SOC ST P  WRITING P",
        "DIPLOMA: COLLEGE PREP/CAREER TECH SEAL    GRAD DATE: 05/27/2005",
        "=" * 70,
        "OFFICIAL WHEN SIGNED AND SEALED BY REGISTRAR",
    ]
    t = Sheet(9.5, 11.0)
    t.lines(0.75, 0.6, rows, 9.6, "mono-bold")
    dm = wear.dot_matrix(t.image, seed + 2)
    ts = Sheet(9.5, 11.0)
    ts.image = dm
    from PIL import ImageDraw

    ts.draw = ImageDraw.Draw(dm)
    ts.signature(5.2, 7.45, "D. Whitaker", 16)
    ts.text(5.2, 7.95, "Registrar", 9, "sans", fill=GREY)
    ts.seal(3.0, 7.9, 0.55, "NORCROSS HIGH SCHOOL GWINNETT ", "SEAL")
    transcript = paper(
        "gwinnett_dot_matrix_transcript",
        [ts.image],
        "school_record",
        wil,
        ("arrived_as_child", "education"),
        proves=(D(1994, 8, 15), D(2005, 5, 27)),
    )

    # -- faxed from Stewart: the G-28 he signed there, and a program certificate
    g28 = paper(
        "g28_faxed",
        doc.g28(
            rep,
            {
                "matter": "Request for release from ICE custody; removal proceedings",
                "last": up(wil.surname),
                "first": up(wil.first),
                "a": a_number.replace("-", ""),
            },
            D(2026, 10, 14),
            D(2026, 10, 19),
        ),
        "g28",
        wil,
        "other",
    )
    c = Sheet()
    c.border(0.5, 2.5)
    c.center(1.1, "STEWART DETENTION CENTER", 16, "serif-bold")
    c.center(1.45, "Programs & Chaplaincy Department  -  146 CCA Road, Lumpkin, GA 31815", 9)
    c.center(2.3, "Certificate of Completion", 30, "script")
    c.center(3.3, "This certifies that", 12, "serif-italic")
    c.center(3.75, f"{up(wil.name)}", 18, "serif-bold")
    c.center(4.15, f"A# {a_number.replace('-', '')}     Housing Unit: B-3", 10, "serif")
    c.center(4.7, "has successfully completed the twelve-session", 12, "serif")
    c.center(5.0, "SUBSTANCE ABUSE EDUCATION AND RELAPSE PREVENTION PROGRAM", 12, "serif-bold")
    c.center(5.3, "(24 contact hours, August 25 - October 13, 2026)", 11, "serif")
    c.center(5.8, "Awarded this 15th day of October, 2026", 12, "serif-italic")
    c.signature(1.4, 7.0, "Rev. T. Holloway", 18)
    c.line(1.2, 7.6, 3.9, 7.6, 0.8)
    c.text(1.2, 7.65, "Rev. Terrence Holloway, Chaplain", 9)
    c.signature(5.0, 7.0, "M. Pruitt", 18)
    c.line(4.7, 7.6, 7.4, 7.6, 0.8)
    c.text(4.7, 7.65, "Marla Pruitt, Programs Coordinator", 9)
    certificate = paper(
        "detention_program_certificate",
        [c.image],
        ("other", "school_record"),
        wil,
        "rehabilitation",
        proves=(D(2026, 8, 25), D(2026, 10, 15)),
    )

    # -- the court papers, a photocopy of a photocopy
    def court_head(s: Sheet, title: str) -> float:
        s.center(0.7, "IN THE STATE COURT OF GWINNETT COUNTY", 12, "serif-bold")
        s.center(0.92, "STATE OF GEORGIA", 12, "serif-bold")
        s.lines(
            0.9,
            1.35,
            ["STATE OF GEORGIA", "", "        vs.", "", f"{up(wil.name)}", "     Defendant."],
            11,
            "serif",
        )
        s.lines(
            4.7, 1.55, ["ACCUSATION NO. 07-D-04512-S", "", "Offense Date: 03/03/2007"], 11, "serif"
        )
        s.line(4.5, 1.35, 4.5, 2.6, 0.8)
        return s.center(2.9, title, 12, "serif-bold") + 0.15

    s1 = Sheet()
    y = court_head(s1, "FINAL DISPOSITION - MISDEMEANOR SENTENCE")
    y = s1.paras(
        0.9,
        y,
        6.7,
        [
            f"The Defendant, {up(wil.name)} (DOB {dates.us(wil.born)}), having entered a plea "
            "of GUILTY on 05/22/2007 to Count 1, DRIVING UNDER THE "
            "INFLUENCE OF ALCOHOL (LESS SAFE), "
            "O.C.G.A. § 40-6-391(a)(1), first offense, Count 2 (Failure to Maintain Lane) being "
            "nolle prossed, it is the judgment of the Court that the Defendant is hereby sentenced "
            "to confinement for a period of TWELVE (12) MONTHS; said sentence to be served on "
            "PROBATION upon the following conditions:",
            "1. Pay a fine of $300.00 plus statutory surcharges; 2. Complete a DUI Alcohol or Drug "
            "Use Risk Reduction Program within 120 days; 3. Complete forty (40) hours of community "
            "service; 4. Submit to a clinical evaluation and complete any recommended treatment; "
            "5. Serve 24 hours in the Gwinnett County Detention Center, credit for time served; "
            "6. Report to probation as directed and not violate the laws of any governmental unit.",
            "SO ORDERED this 22nd day of May, 2007.",
        ],
        pt=10.5,
    )
    s1.signature(4.3, y + 0.2, "P. J. Hardeman", 18)
    s1.line(4.0, y + 0.75, 7.5, y + 0.75)
    s1.lines(4.0, y + 0.8, ["Judge, State Court of Gwinnett County"], 9.5, "serif")
    s1.stamp(
        0.9,
        8.6,
        ["CERTIFIED COPY", "CLERK STATE COURT", "GWINNETT CO., GA"],
        10,
        (120, 120, 120),
        -5,
    )
    s2 = Sheet()
    y = court_head(s2, "ORDER OF DISCHARGE FROM PROBATION")
    y = s2.paras(
        0.9,
        y,
        6.7,
        [
            "It appearing to the Court that the above-named Defendant was sentenced on "
            "05/22/2007 to twelve (12) months of probation, and the supervising probation officer "
            "having reported that the Defendant has paid all fines and fees in full, completed the "
            "Risk Reduction Program on 07/14/2007, completed forty (40) hours of community service "
            "and fulfilled every other condition of probation;",
            "IT IS HEREBY ORDERED that the Defendant is DISCHARGED from probation effective "
            "05/20/2008, the sentence having been completed in full.",
            "SO ORDERED this 20th day of May, 2008.",
        ],
        pt=10.5,
    )
    s2.signature(4.3, y + 0.2, "P. J. Hardeman", 18)
    s2.line(4.0, y + 0.75, 7.5, y + 0.75)
    s2.lines(4.0, y + 0.8, ["Judge, State Court of Gwinnett County"], 9.5, "serif")
    s2.stamp(
        0.9,
        8.6,
        ["CERTIFIED COPY", "CLERK STATE COURT", "GWINNETT CO., GA"],
        10,
        (120, 120, 120),
        6,
    )
    doc.note(s2, 5.2, 9.4, "copia para la abogada", 14, (60, 60, 60))
    court_equity = ("rehabilitation", "other")
    sentence = paper(
        "gwinnett_dui_sentence",
        [wear.photocopied(s1.image, seed + 3)],
        "court_record",
        wil,
        court_equity,
        proves=(D(2007, 3, 3), D(2007, 5, 22)),
    )
    discharge = paper(
        "gwinnett_probation_discharge",
        [wear.photocopied(s2.image, seed + 4)],
        "court_record",
        wil,
        court_equity,
        proves=(D(2007, 5, 22), D(2008, 5, 20)),
    )

    # -- his employer of twenty years
    e = doc.letter(
        (
            "Peachtree Hardscapes & Landscaping, Inc.",
            [
                "4170 Steve Reynolds Blvd, Norcross, GA 30093",
                "Tel. (770) 555-0128  •  Lic. LA-3318",
            ],
            (30, 90, 40),
            "leaf",
        ),
        "August 21, 2026",
        [],
        f"Re: {wil.name}",
        [
            f"I am the owner of Peachtree Hardscapes & Landscaping. {wil.name} has worked for "
            "my company without a break since March 13, 2006, more than twenty years. He started "
            "on a mowing crew at nineteen, learned retaining walls and pavers, and has been a "
            "crew leader since 2014, responsible for five men, a truck and trailer, and our "
            "commercial accounts in Gwinnett and DeKalb counties.",
            "Wilfredo was on the job every day until he was detained on August 4, 2026. He is the "
            "person I call when something has to be done right. He trained most of my current "
            "crew leaders. In 2007 he told me himself about his DUI; he finished his probation, "
            "and in nineteen years since I have never known him to drink on the job or miss a "
            "day because of it.",
            "His position is open for him. I will rehire him the day he is released, at his "
            "current pay of $24.50 an hour, full time. Please call me if I can help.",
        ],
        "Dale R. Whitfield",
        ["Owner and President", "(770) 555-0128"],
    )
    doc.underline(e, 0.9, 3.02, 6.6, seed=seed)
    doc.note(e, 5.4, 9.6, "call Dale - 770 555 0128", 14)
    e.stamp(5.3, 0.45, ["RECEIVED", "AUG 24 2026", "PIDC"], 10, (40, 60, 150), -7)
    employer = paper(
        "employer_letter_twenty_years",
        [e.image],
        "employment_letter",
        wil,
        "employment_and_taxes",
        proves=(D(2006, 3, 13), D(2026, 8, 4)),
    )

    employer_block = [
        "PEACHTREE HARDSCAPES & LANDSCAPING INC",
        "4170 STEVE REYNOLDS BLVD",
        "NORCROSS GA 30093",
    ]

    def w2(year: int, wages: float, n: int) -> Paper:
        return paper(
            f"w2_{year}",
            [
                doc.w2(
                    year,
                    up(wil.name),
                    "4417",
                    home,
                    employer_block,
                    "58-2290417",
                    wages,
                    "GA",
                    "2290417-SG",
                    f"{year % 100:02d}-0{n}31",
                )
            ],
            "tax_record",
            wil,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )

    # -- Keyla's Georgia birth certificate
    b = Sheet()
    b.security_background(seed + 5, (222, 228, 238))
    b.border(0.4, 2.0)
    b.center(0.65, "STATE OF GEORGIA", 14, "serif-bold")
    b.center(0.92, "DEPARTMENT OF PUBLIC HEALTH  -  VITAL RECORDS", 10, "serif")
    b.center(1.2, "CERTIFICATE OF BIRTH", 18, "serif-bold")
    b.text(6.0, 1.55, "STATE FILE NUMBER  2012-GA-118046", 8, "sans")
    b.grid(
        0.6,
        1.8,
        7.3,
        [
            (
                0.5,
                [
                    (3, "1. CHILD'S NAME (First, Middle, Last)", up(keyla.name)),
                    (1, "2. SEX", "FEMALE"),
                ],
            ),
            (
                0.5,
                [
                    (1, "3. DATE OF BIRTH (Mo/Day/Yr)", dates.us(keyla.born)),
                    (1, "4. TIME OF BIRTH", "02:41 PM"),
                    (2, "5. COUNTY OF BIRTH", "GWINNETT"),
                ],
            ),
            (
                0.5,
                [
                    (3, "6. PLACE OF BIRTH (Hospital name)", "GWINNETT MEDICAL CENTER"),
                    (1, "7. CITY", "LAWRENCEVILLE"),
                ],
            ),
            (
                0.5,
                [
                    (3, "8. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", "YESENIA ALVARADO CRUZ"),
                    (1, "9. MOTHER'S BIRTHPLACE", "HONDURAS"),
                ],
            ),
            (
                0.5,
                [
                    (3, "10. FATHER'S NAME", up(wil.name)),
                    (1, "11. FATHER'S BIRTHPLACE", "EL SALVADOR"),
                ],
            ),
            (0.5, [(2, "12. DATE FILED", "07/09/2012"), (2, "13. REGISTRAR", "STATE REGISTRAR")]),
        ],
    )
    b.para(
        0.6,
        5.1,
        7.3,
        "This is to certify that this is a true and correct abstract of the "
        "birth record on file in the Georgia Department of Public Health, State Office of "
        "Vital Records.",
        9,
        "serif",
    )
    b.signature(4.8, 5.7, "D. M. Ellis", 16)
    b.text(4.8, 6.2, "State Registrar and Custodian", 8.5)
    b.text(0.6, 6.2, "Issued: 09/02/2026   Gwinnett County Health Department", 8.5)
    b.seal(2.0, 7.2, 0.7, "DEPARTMENT OF PUBLIC HEALTH GEORGIA ", "SEAL")
    keyla_bc = paper("georgia_birth", [b.image], "birth_certificate", keyla, "us_family")

    placed = [
        capture.card_photo(passport, "scans/IMG_3311.jpg", seed + 10, turn=180),
        capture.scan(partida, "scans/partida nacimiento.jpg", seed + 11, colour=True),
        capture.scan(trans, "scans/partida translation.pdf", seed + 12, dpi=150),
        capture.desk(transcript, "scans/IMG_3318.jpg", seed + 13, long_side=1600),
        fax(
            [g28, certificate],
            "scans/fax_20261020_1542.pdf",
            "STEWART DET CTR LAW LIB",
            "229 555 0187",
            "OCT-20-2026 15:42",
            seed + 14,
        ),
        capture.copier([sentence, discharge], "scans/court papers 2007.pdf", seed + 15),
        capture.desk(employer, "scans/IMG_3320.jpg", seed + 16),
        capture.copier([w2(2015, 38140.0, 1), w2(2021, 47225.5, 2)], "scans/w2s.pdf", seed + 17),
        capture.twice(keyla_bc, ("scans/keyla birth cert.jpg", "scans/scan0007.jpg"), seed + 18),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": wil.name,
            "a_number": a_number,
            "date_of_birth": wil.born,
            "country": "El Salvador",
            "entered_us": D(1994, 7, 20),
            "address": home,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": True,
            "court": "Lumpkin, GA",
            "opla_office": "Lumpkin",
            "next_hearing": D(2026, 12, 15),
            "hearing_type": "master",
            "nta_date": D(2026, 8, 6),
            "charges": ["INA 212(a)(6)(A)(i)"],
        },
        "request": {
            "type": "release_from_detention",
            "narrative": "Mr. Ramírez was brought to the United States at seven, grew up and "
            "graduated from high school in Gwinnett County, and has worked for one employer "
            "for twenty years. His only arrest, a 2007 DUI, ended with probation completed in "
            "2008. He is the father of a U.S.-citizen daughter and poses no flight risk.",
        },
        "representative": rep,
        "claims": {
            "residence_since": D(1994, 7, 20),
            "children": [{"name": keyla.name, "date_of_birth": keyla.born, "status": "usc"}],
            "education": True,
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "ecas", "date": D(2026, 11, 20), "served_by": rep["name"]},
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "Driving under the influence (less safe), O.C.G.A. "
                "40-6-391(a)(1), State Court of Gwinnett County, No. 07-D-04512-S",
                "date": D(2007, 5, 22),
                "disposition": "Guilty plea; 12 months probation, fine, risk reduction program "
                "and community service; discharged from probation 2008-05-20",
            }
        ],
    }
    findings = [
        {
            "code": "duplicate-document",
            "file": ["scans/scan0007.jpg", "scans/keyla birth cert.jpg"],
        },
        # community ties are claimed, but the church's letter never reached the office
        {"code": "missing-evidence", "claim": "community_ties"},
    ]
    allowed = [
        {"code": "low-ocr-confidence", "file": "scans/fax_20261020_1542.pdf"},
        {"code": "low-ocr-confidence", "file": "scans/court papers 2007.pdf"},
        {"code": "low-ocr-confidence", "file": "scans/IMG_3318.jpg"},
        {"code": "low-ocr-confidence", "file": "scans/partida nacimiento.jpg"},
        {"code": "unclassified-document", "file": "scans/fax_20261020_1542.pdf"},
    ]
    return CasePlan(
        "ramirez",
        "blind22",
        case,
        placed,
        findings,
        allowed,
        notes="detained; the daughter's birth certificate scanned twice; no community letter",
    )


# ================================================================ 2. Framingham, Massachusetts


def souza() -> CasePlan:
    """A Brazilian mother in Framingham under a 2014 final order, asking for a stay of
    removal: a passport a quarter turn off, her old passport open at the 2001 visa and
    admission stamp, the cartório's typed 1999 segunda via of her certidão de nascimento and
    its translation, a dot-matrix 2003 earnings statement and two W-2s in one PDF, a faded
    2009 money-transfer receipt, her children's Massachusetts birth certificates in one PDF, her
    church's letter with a received stamp and underlining, the G-28, and her laminated Minas
    Gerais identity card photographed under a glare, never translated."""
    val = Person("Valdirene Aparecida", "Souza Lima", D(1975, 10, 2), "F", "Governador Valadares")
    lucas = Person("Lucas Henrique", "Souza Andrade", D(2005, 4, 18), "M", "Framingham")
    isa = Person("Isabela Cristina", "Souza Andrade", D(2009, 11, 2), "F", "Framingham")
    a_number = "096-412-558"
    rep = _rep(
        "Daniel Moreira Costa",
        "MetroWest Immigrant Justice Center",
        ["88 Concord Street, 2nd Floor", "Framingham, MA 01702"],
        "508-555-0146",
        "dcosta@mwijc.example",
        "MA559102",
    )
    translator = {
        "name": "Patrícia Nogueira Hale",
        "address": ["88 Concord Street, 2nd Floor", "Framingham, MA 01702"],
        "phone": "508-555-0149",
    }
    seed = 22200
    home = ["41 Waverly Street, Apt 3", "Framingham, MA 01702"]

    pt_labels = [
        "TIPO/TYPE/TYPE",
        "CÓDIGO DO PAÍS/COUNTRY CODE",
        "PASSAPORTE Nº/PASSPORT No.",
        "SOBRENOME/SURNAME/NOM",
        "NOME/GIVEN NAMES/PRÉNOMS",
        "NACIONALIDADE/NATIONALITY",
        "DATA DE NASCIMENTO/DATE OF BIRTH",
        "SEXO/SEX/SEXE",
        "NATURALIDADE/PLACE OF BIRTH",
        "DATA DE EXPEDIÇÃO/DATE OF ISSUE",
        "VÁLIDO ATÉ/DATE OF EXPIRY",
        "AUTORIDADE/AUTHORITY",
    ]
    passport = _passport(
        val,
        "Brazil",
        "BRA",
        "GF482213",
        D(2019, 8, 27),
        D(2029, 8, 26),
        ["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE  PASSPORT  PASSEPORT"],
        pt_labels,
        "BRASILEIRO(A)",
        "GOVERNADOR VALADARES/MG",
        "CG BOSTON",
        ((200, 220, 205), (185, 208, 192)),
        seed,
        ("pt", "en"),
        date=lambda d: d.strftime("%d %b/") + d.strftime("%b %Y").upper(),
    )

    # -- the old passport open at pages 6 and 7: the visa foil, the admission stamp
    left = Sheet(88 / 25.4, 125 / 25.4, 300)
    tinted(left, (226, 232, 226), (214, 224, 214))
    left.security_background(seed + 1, (200, 214, 202))
    left.text(0.15, 0.1, "VISTOS / VISAS", 7, "sans-bold", fill=GREY)
    left.text(3.2, 4.65, "6", 8, "sans", fill=GREY)
    foil = Sheet(3.2, 2.1, 300)
    tinted(foil, (230, 226, 240), (214, 220, 236))
    foil.text(0.1, 0.06, "UNITED STATES OF AMERICA", 8, "sans-bold", fill=(40, 40, 110))
    foil.text(2.35, 0.06, "VISA", 8, "sans-bold", fill=(40, 40, 110))
    portrait(foil, 0.1, 0.3, 0.65, 0.85, seed)
    vis = [
        ("Issuing Post Name", "RIO DE JANEIRO"),
        ("Control Number", "20010933180004"),
        ("Surname", up(val.surname)),
        ("Given Name", up(val.given)),
        ("Visa Type/Class", "R  B1/B2"),
        ("Entries", "M"),
        ("Issue Date", "03APR2001"),
        ("Expiration Date", "02APR2006"),
    ]
    for i, (k, v) in enumerate(vis):
        x, y = 0.85 + (i % 2) * 1.2, 0.3 + (i // 2) * 0.3
        foil.text(x, y, k, 4.5, "sans")
        foil.text(x, y + 0.07, v, 6.5, "sans-bold")
    vz = mrz.td3(
        kind="V",
        country="USA",
        surname=val.surname,
        given=val.given,
        number="41887302",
        nationality="BRA",
        birth=val.born,
        sex="F",
        expiry=D(2006, 4, 2),
    )
    foil.text(0.08, 1.62, vz[0], 6.2, "mono-bold")
    foil.text(0.08, 1.8, vz[1], 6.2, "mono-bold")
    left.image.paste(foil.image, (int(0.08 * 300), int(1.5 * 300)))
    right = Sheet(88 / 25.4, 125 / 25.4, 300)
    tinted(right, (226, 232, 226), (214, 224, 214))
    right.security_background(seed + 2, (200, 214, 202))
    right.text(0.15, 0.1, "VISTOS / VISAS", 7, "sans-bold", fill=GREY)
    right.text(0.15, 4.65, "7", 8, "sans", fill=GREY)
    right.stamp(
        0.3,
        0.6,
        [
            "U.S. IMMIGRATION",
            "170  BOS  1402",
            "JUN 14 2001",
            "ADMITTED",
            "CLASS B2  UNTIL DEC 13 2001",
        ],
        8,
        (60, 60, 140),
        3,
    )
    right.stamp(
        0.5,
        2.9,
        ["POLÍCIA FEDERAL", "AEROPORTO INTERNACIONAL", "RIO DE JANEIRO", "SAÍDA  13 JUN 2001"],
        7,
        (140, 40, 60),
        -6,
    )
    open_passport = paper(
        "old_passport_visa_pages",
        [wear.booklet(left.image, right.image)],
        "passport",
        val,
        ("identity", "length_of_residence"),
        "en",
        proves=(D(2001, 6, 14), D(2001, 6, 14)),
    )

    # -- the certidão: segunda via typed in 1999
    c = Sheet()
    c.center(0.6, "REPÚBLICA FEDERATIVA DO BRASIL", 12, "serif-bold")
    c.center(0.85, "ESTADO DE MINAS GERAIS", 11, "serif")
    c.center(1.08, "CARTÓRIO DO REGISTRO CIVIL DAS PESSOAS NATURAIS", 11, "serif-bold")
    c.center(1.3, "Comarca de Governador Valadares - 1º Subdistrito", 10, "serif")
    c.center(1.75, "CERTIDÃO DE NASCIMENTO", 16, "serif-bold")
    c.center(2.02, "(SEGUNDA VIA)", 10, "serif")
    body = [
        "CERTIFICO que, sob o nº 18.442, às fls. 127 do Livro A-61 de",
        "Registro de Nascimentos, foi feito hoje o assento de",
        "",
        "           VALDIRENE APARECIDA SOUZA LIMA",
        "",
        "nascida aos dois (02) dias do mês de outubro de mil novecentos",
        "e setenta e cinco (1975), às 06:30 horas, nesta cidade de",
        "Governador Valadares-MG, do sexo feminino, filha de JOÃO BATISTA",
        "DE LIMA e de MARIA DAS GRAÇAS SOUZA LIMA, sendo avós paternos",
        "Sebastião de Lima e Ana Rosa de Lima, e avós maternos Geraldo",
        "Souza e Aparecida Ferreira Souza. Declarante: o pai.",
        "Data do registro: 09 de outubro de 1975.",
        "",
        "O referido é verdade e dou fé.",
        "Governador Valadares, 17 de agosto de 1999.",
    ]
    c.lines(1.0, 2.5, body, 10.5, "mono")
    c.signature(4.3, 6.6, "Marlene F. Queiroz", 18)
    c.line(3.9, 7.15, 7.4, 7.15, 0.7)
    c.text(5.65, 7.2, "Marlene Ferreira Queiroz - Oficiala", 9.5, "serif", align="center")
    c.stamp(
        0.9,
        7.6,
        ["CARTÓRIO DO REGISTRO CIVIL", "GOV. VALADARES - MG", "Emol. R$ 6,40"],
        9,
        (60, 40, 130),
        5,
    )
    doc.note(c, 1.0, 9.3, "2a via - guardar", 15, (60, 60, 60))
    certidao = paper(
        "certidao_nascimento_1999",
        [wear.aged(c.image, seed + 3, 0.9, 0.45)],
        "birth_certificate",
        val,
        "identity",
        "pt",
    )
    trans = paper(
        "certidao_translation",
        [
            doc.translation(
                "FEDERATIVE REPUBLIC OF BRAZIL - STATE OF MINAS GERAIS - CIVIL REGISTRY OFFICE OF "
                "NATURAL PERSONS - District of Governador Valadares "
                "- BIRTH CERTIFICATE (SECOND COPY)",
                [
                    "I CERTIFY that under No. 18,442, on page 127 of Book A-61 of Birth Records, "
                    "the birth record was made today of VALDIRENE "
                    "APARECIDA SOUZA LIMA, born on the "
                    "second (02) day of October nineteen seventy-five "
                    "(1975), at 6:30 a.m., in this "
                    "city of Governador Valadares, Minas Gerais, "
                    "female, daughter of JOÃO BATISTA DE "
                    "LIMA and of MARIA DAS GRAÇAS SOUZA LIMA; paternal grandparents Sebastião de "
                    "Lima and Ana Rosa de Lima; maternal grandparents Geraldo Souza and Aparecida "
                    "Ferreira Souza. Informant: the father. Date of registration: October 9, 1975.",
                    "The foregoing is true and I attest to it. "
                    "Governador Valadares, August 17, 1999.",
                    "[Signature] Marlene Ferreira Queiroz, Registrar. "
                    "[Stamp: Civil Registry Office, "
                    "Gov. Valadares - MG, Fees R$ 6.40.] [Handwritten: 2nd copy - keep]",
                ],
                translator,
                "Portuguese",
                D(2026, 9, 18),
            )
        ],
        "certificate_of_translation",
        val,
        "identity",
    )

    # -- pay: a 2003 dot-matrix earnings statement, W-2s of 2012 and 2018
    rows = [
        "BAY STATE COMMERCIAL CLEANING INC      EMPLOYEE EARNINGS STATEMENT",
        "1180 WORCESTER RD  FRAMINGHAM MA 01702          CHECK NO 0041877",
        "-" * 66,
        f"EMPLOYEE: {up(val.name)}        EMP NO: 00417   DEPT: 20 NIGHT",
        "SSN: XXX-XX-8862        FED: S 01   MA: S 01",
        "PERIOD BEGIN 10/19/2003   PERIOD END 11/01/2003   PAY DATE 11/07/2003",
        "-" * 66,
        "EARNINGS        HOURS      RATE      CURRENT        YTD",
        "REGULAR         80.00      8.25       660.00     13,365.00",
        "OVERTIME         6.50     12.38        80.47      1,108.41",
        "                                    --------   ----------",
        "GROSS                                 740.47     14,473.41",
        "",
        "DEDUCTIONS                          CURRENT        YTD",
        "FEDERAL W/H                           52.18      1,019.88",
        "FICA SOC SEC                          45.91        897.35",
        "FICA MEDICARE                         10.74        209.87",
        "MA STATE W/H                          31.47        615.12",
        "                                    --------   ----------",
        "NET PAY                              600.17     11,731.19",
        "-" * 66,
        "VACATION HRS AVAIL  16.00      ** DIRECT DEPOSIT NOT ELECTED **",
    ]
    t = Sheet(9.5, 6.0)
    t.lines(0.75, 0.55, rows, 9.6, "mono-bold")
    stub2003 = paper(
        "dot_matrix_earnings_2003",
        [wear.aged(wear.dot_matrix(t.image, seed + 4), seed + 5, 0.5, 0.15)],
        "pay_record",
        val,
        "employment_and_taxes",
        proves=(D(2003, 10, 19), D(2003, 11, 1)),
    )

    def w2(year: int, employer: list[str], ein: str, wages: float, n: int) -> Paper:
        return paper(
            f"w2_{year}",
            [
                doc.w2(
                    year,
                    up(val.name),
                    "8862",
                    home,
                    employer,
                    ein,
                    wages,
                    "MA",
                    ein[-6:],
                    f"{n:05d}",
                )
            ],
            "tax_record",
            val,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )

    w2_2012 = w2(
        2012,
        ["BAY STATE COMMERCIAL CLEANING INC", "1180 WORCESTER RD", "FRAMINGHAM MA 01702"],
        "04-3318207",
        27410.0,
        4412,
    )
    w2_2018 = w2(
        2018,
        ["METROWEST SENIOR LIVING LLC", "250 ELM STREET", "MARLBOROUGH MA 01752"],
        "47-2093318",
        34980.75,
        1871,
    )

    # -- a faded money-transfer receipt from 2009
    r = Sheet(3.15, 7.6)
    rl = [
        "   MERCADINHO BRASIL",
        " 122 CONCORD ST FRAMINGHAM",
        "     (508) 555-0190",
        "",
        "  ** ENVIO DE DINHEIRO **",
        "    MONEY TRANSFER",
        "",
        "DATA/DATE: 03/14/2009 16:22",
        "AGENTE: 0441  TERM: 02",
        "MTCN: 418 227 9031",
        "",
        "REMETENTE / SENDER:",
        f" {up(val.name)}",
        " 41 WAVERLY ST APT 3",
        " FRAMINGHAM MA 01702",
        " TEL 508-555-0177",
        "",
        "BENEFICIARIO / RECEIVER:",
        " MARIA DAS GRACAS S LIMA",
        " GOVERNADOR VALADARES MG",
        " BRASIL",
        "",
        "VALOR ENVIADO   USD  300.00",
        "TAXA/FEE        USD   12.00",
        "TOTAL           USD  312.00",
        "CAMBIO 1 USD = 2.3410 BRL",
        "VALOR A RECEBER BRL  702.30",
        "",
        " GUARDE ESTE RECIBO",
        " KEEP THIS RECEIPT",
    ]
    r.lines(0.12, 0.25, rl, 8.4, "mono-bold")
    receipt = paper(
        "money_transfer_receipt_2009",
        [wear.thermal_faded(r.image, seed + 6)],
        ("residence_record", "other"),
        val,
        ("length_of_residence", "other"),
        ("en", "pt"),
        proves=(D(2009, 3, 14), D(2009, 3, 14)),
    )

    # -- the children's Massachusetts birth certificates
    def ma_birth(child: Person, reg: str, hospital: str, n: int) -> Paper:
        s = Sheet()
        s.security_background(seed + 10 + n, (230, 222, 236))
        s.border(0.4, 1.6)
        s.center(0.6, "THE COMMONWEALTH OF MASSACHUSETTS", 13, "serif-bold")
        s.center(0.88, "CERTIFICATE OF LIVE BIRTH", 17, "serif-bold")
        s.text(0.6, 1.2, "CITY/TOWN OF FRAMINGHAM", 9, "sans-bold")
        s.text(7.9, 1.2, f"REGISTERED NUMBER  {reg}", 9, "sans-bold", align="right")
        s.grid(
            0.6,
            1.45,
            7.3,
            [
                (
                    0.5,
                    [
                        (3, "1. NAME OF CHILD  First  Middle  Last", up(child.name)),
                        (1, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                    ],
                ),
                (
                    0.5,
                    [
                        (1, "3. DATE OF BIRTH", dates.us(child.born)),
                        (1, "4. TIME", "7:19 AM" if n == 1 else "10:02 PM"),
                        (2, "5. PLACE OF BIRTH (Facility)", hospital),
                    ],
                ),
                (0.5, [(2, "6. CITY/TOWN OF BIRTH", "FRAMINGHAM"), (2, "7. COUNTY", "MIDDLESEX")]),
                (
                    0.5,
                    [
                        (
                            3,
                            "8. MOTHER'S NAME  First  Middle  Last (Prior to first marriage)",
                            up(val.name),
                        ),
                        (1, "9. MOTHER'S BIRTHPLACE", "BRAZIL"),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "10. FATHER'S NAME", "RONALDO ANDRADE DE OLIVEIRA"),
                        (1, "11. FATHER'S BIRTHPLACE", "BRAZIL"),
                    ],
                ),
                (
                    0.5,
                    [
                        (2, "12. RESIDENCE OF MOTHER", "FRAMINGHAM, MA"),
                        (2, "13. DATE RECORDED", dates.us(child.born + dt.timedelta(days=9))),
                    ],
                ),
            ],
        )
        s.para(
            0.6,
            4.75,
            7.3,
            "I, the undersigned, hereby certify that I am the Town Clerk of "
            "Framingham; that as such I have custody of the records of births required by "
            "law to be kept in my office; and that the above is a true copy from said "
            "records.",
            9,
            "serif",
        )
        s.signature(4.8, 5.4, "L. M. Donovan", 16)
        s.text(4.8, 5.9, "Town Clerk, Framingham  -  Issued 06/11/2026", 8.5)
        s.seal(1.8, 6.5, 0.65, "TOWN OF FRAMINGHAM MASSACHUSETTS ", "1700")
        return paper(f"massachusetts_birth_{n}", [s.image], "birth_certificate", child, "us_family")

    # -- her church
    ch = doc.letter(
        (
            "Primeira Igreja Batista Brasileira de Framingham",
            [
                "First Brazilian Baptist Church  •  510 Union Avenue, Framingham, MA 01702",
                "(508) 555-0133  •  secretaria@pibbf.example",
            ],
            (120, 30, 40),
            "cross",
        ),
        "September 7, 2026",
        ["Office of the Principal Legal Advisor", "U.S. Immigration and Customs Enforcement"],
        f"Re: {val.name}",
        [
            f"I have been the senior pastor of this church since 2004, and I have known "
            f"{val.name} since she first came to our Sunday service in the summer of 2001. She "
            "has been a baptized member since 2002 and has taught our children's Sunday school "
            "class in Portuguese and English for more than fifteen years.",
            "Sister Valdirene raised Lucas and Isabela in our congregation; both were "
            "dedicated here as babies. When our members lose work or fall ill, she is the one "
            "who organizes the meals and the rides. She has checked in with immigration every "
            "time she was asked, and she has never been in any trouble.",
            "Her children need her. Lucas is in his second year at Framingham State and "
            "Isabela will graduate from Framingham High School in June. We ask with respect "
            "that she be allowed to remain with them.",
        ],
        "Rev. Edmilson Carvalho Prates",
        ["Senior Pastor"],
        salutation="Dear Sir or Madam:",
        closing="In Christ,",
    )
    doc.underline(ch, 0.9, 3.58, 6.6, seed=seed + 1)
    ch.stamp(5.4, 0.4, ["RECEIVED", "SEP 09 2026"], 11, (170, 40, 50), 6)
    church = paper("church_letter", [ch.image], "letter_of_support", val, "community_ties")

    g = paper(
        "g28",
        doc.g28(
            rep,
            {
                "matter": "Request for stay of removal",
                "last": up(val.surname),
                "first": up(val.first),
                "a": a_number.replace("-", ""),
            },
            D(2026, 9, 2),
            D(2026, 9, 2),
        ),
        "g28",
        val,
        "other",
    )

    # -- the laminated identity card from Minas Gerais, the data side
    rg = card(102, 68)
    tinted(rg, (214, 232, 214), (196, 220, 200))
    rg.security_background(seed + 7, (180, 206, 186))
    rg.center(0.08, "REPÚBLICA FEDERATIVA DO BRASIL", 7, "sans-bold")
    rg.center(0.22, "ESTADO DE MINAS GERAIS  -  SECRETARIA DE ESTADO DE SEGURANÇA PÚBLICA", 4.6)
    rg.center(0.32, "INSTITUTO DE IDENTIFICAÇÃO", 5, "sans-bold")
    items = [
        ("REGISTRO GERAL", "M-4.218.773"),
        ("DATA DE EXPEDIÇÃO", "14/08/1993"),
        ("NOME", up(val.name)),
        ("FILIAÇÃO", "JOAO BATISTA DE LIMA"),
        ("", "MARIA DAS GRACAS SOUZA LIMA"),
        ("NATURALIDADE", "GOVERNADOR VALADARES - MG"),
        ("DATA DE NASCIMENTO", dates.day_month_year(val.born)),
        ("DOC. ORIGEM", "C.NASC. 18442 LV A-61 FL 127 GOV. VALADARES"),
    ]
    y = 0.5
    for k, v in items:
        if k:
            rg.text(0.15, y, k, 4.6, "sans")
            y += 0.08
        rg.text(0.15, y, v, 7, "mono-bold")
        y += 0.17
    rg.text(2.3, 2.45, "ASSINATURA DO DIRETOR", 4.2, align="center")
    rg.signature(1.7, 2.2, "J. Alvarenga", 9)
    rg.text(0.15, 2.5, "LEI Nº 7.116 DE 29/08/83", 4.2)
    rg_paper = paper(
        "rg_minas_gerais_laminated",
        [wear.laminated(rg.image, seed + 8)],
        "identity_document",
        val,
        "identity",
        "pt",
        is_card=True,
    )

    placed = [
        capture.card_photo(passport, "scans/IMG_5502.jpg", seed + 20, turn=90),
        capture.desk(open_passport, "scans/IMG_5504.jpg", seed + 21, surface="pale"),
        capture.scan(certidao, "scans/certidao.jpg", seed + 22, colour=True),
        capture.scan(trans, "scans/certidao traducao.pdf", seed + 23, dpi=150),
        capture.copier([stub2003, w2_2012, w2_2018], "scans/trabalho.pdf", seed + 24),
        capture.desk(receipt, "scans/IMG_5510.jpg", seed + 25, long_side=1400),
        capture.copier(
            [
                ma_birth(lucas, "2005-00412", "METROWEST MEDICAL CENTER", 1),
                ma_birth(isa, "2009-01377", "METROWEST MEDICAL CENTER", 2),
            ],
            "scans/certidoes criancas.pdf",
            seed + 26,
        ),
        capture.scan(church, "scans/igreja.jpg", seed + 27),
        capture.scan(g, "scans/G-28.pdf", seed + 28, dpi=150),
        capture.card_photo(rg_paper, "scans/IMG_5515.jpg", seed + 29),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": val.name,
            "a_number": a_number,
            "date_of_birth": val.born,
            "country": "Brazil",
            "entered_us": D(2001, 6, 14),
            "address": home,
        },
        "proceedings": {
            "stage": "final_order",
            "detained": False,
            "court": "Boston, MA",
            "opla_office": "Boston",
            "final_order_date": D(2014, 3, 19),
        },
        "request": {"type": "stay_of_removal"},
        "representative": rep,
        "claims": {
            "children": [
                {"name": lucas.name, "date_of_birth": lucas.born, "status": "usc"},
                {"name": isa.name, "date_of_birth": isa.born, "status": "usc"},
            ],
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "email", "date": D(2026, 11, 16), "served_by": rep["name"]},
    }
    findings = [{"code": "untranslated-document", "file": "scans/IMG_5515.jpg"}]
    allowed = [
        {"code": "low-ocr-confidence", "file": "scans/IMG_5515.jpg"},
        {"code": "low-ocr-confidence", "file": "scans/IMG_5510.jpg"},
        {"code": "low-ocr-confidence", "file": "scans/IMG_5504.jpg"},
        {"code": "low-ocr-confidence", "file": "scans/certidao.jpg"},
        {"code": "unclassified-document", "file": "scans/IMG_5510.jpg"},
    ]
    return CasePlan(
        "souza",
        "blind22",
        case,
        placed,
        findings,
        allowed,
        notes="final order; the laminated identity card has no translation",
    )


# ================================================================ 3. Miami, Florida


def saint_fleur() -> CasePlan:
    """A Haitian mother in Little Haiti, Miami, in proceedings: a passport a quarter turn the
    other way, the consulate's certified photocopy of her extrait des archives and its
    translation, her yellow vaccination booklet open at two pages, a typed 2005 lease on
    yellowed paper photographed page by page, a 2019 lease scanned, three hotel pay stubs of
    three years in one PDF, her church's letter, her daughter's Florida birth certificate, the
    G-28, and true residence gaps between the leases and the pay stubs."""
    gue = Person("Guerline Marie", "Saint-Fleur", D(1981, 1, 17), "F", "Jacmel")
    woodnie = Person("Woodnie Esther", "Pierre", D(2011, 8, 23), "F", "Miami")
    a_number = "203-558-117"
    rep = _rep(
        "Nadège Beauvoir-Lindo",
        "Little Haiti Legal Assistance Project",
        ["8025 NE 2nd Avenue, Suite 204", "Miami, FL 33138"],
        "305-555-0124",
        "nbeauvoir@lhlap.example",
        "FL338261",
    )
    translator = {
        "name": "Jean-Robert Valcourt",
        "address": ["8025 NE 2nd Avenue, Suite 204", "Miami, FL 33138"],
        "phone": "305-555-0127",
    }
    seed = 22300
    home = ["6112 NE 1st Court, Apt 2", "Miami, FL 33137"]

    passport = _passport(
        gue,
        "Haiti",
        "HTI",
        "RD4418902",
        D(2021, 5, 11),
        D(2031, 5, 10),
        ["RÉPUBLIQUE D'HAÏTI  -  REPUBLIC OF HAITI", "PASSEPORT / PASSPORT"],
        [
            "Type / Type",
            "Code du pays / Country code",
            "No. du passeport / Passport No.",
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Sexe / Sex",
            "Lieu de naissance / Place of birth",
            "Date de délivrance / Date of issue",
            "Date d'expiration / Date of expiry",
            "Autorité / Authority",
        ],
        "HAITIENNE",
        "JACMEL",
        "DIE / CONSULAT MIAMI",
        ((214, 214, 236), (198, 200, 228)),
        seed,
        ("fr", "en"),
        date=lambda d: dates.card(d, "fr"),
    )

    # -- the consulate's certified copy of the extrait, a photocopy
    x = Sheet()
    x.center(0.55, "RÉPUBLIQUE D'HAÏTI", 13, "serif-bold")
    x.center(0.8, "ARCHIVES NATIONALES D'HAÏTI", 12, "serif-bold")
    x.center(1.05, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL", 11, "serif")
    x.center(1.45, "ACTE DE NAISSANCE", 15, "serif-bold")
    x.text(
        0.9, 1.8, "Commune de Jacmel      Registre B      Acte No. 214      Année 1981", 10, "mono"
    )
    body = [
        "L'an mil neuf cent quatre-vingt-un et le vingt-six janvier, à dix",
        "heures du matin, par-devant nous, Joseph Édouard CADET, Officier",
        "de l'État Civil de la commune de Jacmel, a comparu le citoyen",
        "Lucien SAINT-FLEUR, cultivateur, demeurant et domicilié à",
        "Jacmel, identifié au No. 07-221-981, lequel nous a déclaré que",
        "le dix-sept janvier mil neuf cent quatre-vingt-un, à trois heures",
        "de l'après-midi, est née en cette ville une enfant de sexe",
        "féminin qu'il nous a présentée et à laquelle il a donné les",
        "prénoms de GUERLINE MARIE, fille du comparant et de la dame",
        "Odette JOSEPH, son épouse, ménagère.",
        "Et de tout quoi, nous avons dressé le présent acte que le",
        "comparant et les témoins ont signé avec nous après lecture.",
        "",
        "Pour extrait conforme, délivré à Port-au-Prince le 3 mars 2004.",
    ]
    x.lines(0.9, 2.2, body, 10.2, "mono")
    x.signature(4.6, 5.6, "M. Thélusma", 16)
    x.text(4.5, 6.1, "Le Directeur Général des Archives Nationales", 8.5, "serif")
    x.seal(2.0, 6.0, 0.55, "ARCHIVES NATIONALES D'HAITI ", "A.N.H.")
    x.stamp(
        0.8,
        7.0,
        [
            "CONSULAT GÉNÉRAL DE LA",
            "RÉPUBLIQUE D'HAÏTI À MIAMI",
            "COPIE CERTIFIÉE CONFORME",
            "À L'ORIGINAL",
            "Miami, le 12 août 2026",
        ],
        9,
        (40, 40, 130),
        3,
    )
    x.signature(4.8, 7.6, "R. Dorvilier", 16)
    x.text(4.6, 8.15, "Pour le Consul Général, Section Légalisation", 8.5, "serif")
    x.text(4.6, 8.32, "Reçu No. 2026-08-3311   Droits: 25,00 USD", 8.5, "serif")
    extrait = paper(
        "extrait_archives_consulate_copy",
        [wear.photocopied(x.image, seed + 1, 1)],
        "birth_certificate",
        gue,
        "identity",
        "fr",
    )
    trans = paper(
        "extrait_translation",
        [
            doc.translation(
                "REPUBLIC OF HAITI - NATIONAL ARCHIVES OF HAITI - EXTRACT FROM THE CIVIL STATUS "
                "REGISTERS - BIRTH RECORD",
                [
                    "Commune of Jacmel, Register B, Record No. 214, Year 1981.",
                    "In the year nineteen eighty-one, on the "
                    "twenty-sixth of January, at ten o'clock "
                    "in the morning, before us, Joseph Édouard CADET, Civil Status Officer of the "
                    "commune of Jacmel, appeared citizen Lucien SAINT-FLEUR, farmer, residing and "
                    "domiciled in Jacmel, identified under No. 07-221-981, who declared to us that "
                    "on the seventeenth of January nineteen eighty-one, at three o'clock in the "
                    "afternoon, a female child was born in this town, whom he presented to us and "
                    "to whom he gave the given names GUERLINE MARIE, daughter of the declarant and "
                    "of Mrs. Odette JOSEPH, his wife, homemaker. In witness whereof we have drawn "
                    "up this record, which the declarant and the witnesses signed with us after "
                    "it was read.",
                    "True extract, issued at Port-au-Prince on March 3, 2004. [Signature] M. "
                    "Thélusma, Director General of the National Archives. [Seal: National Archives "
                    "of Haiti.]",
                    "[Stamp: CONSULATE GENERAL OF THE REPUBLIC OF HAITI IN MIAMI - CERTIFIED TRUE "
                    "COPY OF THE ORIGINAL - Miami, August 12, 2026. Signature: R. Dorvilier, for "
                    "the Consul General, Legalization Section. Receipt No. 2026-08-3311, Fee: "
                    "25.00 USD.]",
                ],
                translator,
                "French",
                D(2026, 9, 4),
            )
        ],
        "certificate_of_translation",
        gue,
        "identity",
    )

    # -- the yellow vaccination booklet open at the holder's page and the yellow fever page
    def yellow_page(n: int) -> Sheet:
        s = Sheet(100 / 25.4, 140 / 25.4, 250, paper=(246, 226, 120))
        s.text(0.2 if n else 3.6, 5.25, str(n + 1), 7, "sans", fill=GREY)
        return s

    yl = yellow_page(0)
    yl.center(0.2, "INTERNATIONAL CERTIFICATE OF VACCINATION", 7.5, "sans-bold")
    yl.center(0.36, "OR PROPHYLAXIS", 7.5, "sans-bold")
    yl.center(0.55, "CERTIFICAT INTERNATIONAL DE VACCINATION", 7, "sans")
    yl.center(0.69, "OU DE PROPHYLAXIE", 7, "sans")
    yy = 1.1
    for k, v in [
        ("This is to certify that [name] / Nous certifions que [nom]", up(gue.name)),
        ("date of birth / né(e) le", dates.day_month_year(gue.born)),
        ("sex / de sexe", "F"),
        ("nationality / et de nationalité", "HAITIENNE"),
        ("national identification document, if applicable", "RD4418902"),
        ("whose signature follows / dont la signature suit", ""),
    ]:
        yl.text(0.25, yy, k, 5.5, "sans")
        yl.line(0.25, yy + 0.33, 3.7, yy + 0.33, 0.5)
        if v:
            doc.note(yl, 0.4, yy + 0.1, v, 11, INK)
        yy += 0.48
    yl.signature(0.6, yy - 0.4, "Guerline S.", 12)
    yl.para(
        0.25,
        yy + 0.1,
        3.45,
        "has on the date indicated been vaccinated or received "
        "prophylaxis against: (name of disease or condition) in accordance with the "
        "International Health Regulations. / a été vacciné(e) ou a reçu des agents "
        "prophylactiques à la date indiquée contre:",
        5.5,
        "sans",
    )
    yr = yellow_page(1)
    yr.table(
        0.15,
        0.3,
        [0.8, 0.55, 0.9, 0.55, 0.95],
        [
            ["Vaccine", "Date", "Clinician", "Lot", "Stamp"],
            ["Fièvre jaune", "02/10/2004", "Dr. P. Augustin", "UF118", ""],
            ["DT adulte", "02/10/2004", "Dr. P. Augustin", "D4471", ""],
            ["Hép. B", "09/11/2004", "Inf. L. Noël", "HB220", ""],
        ],
        5.8,
        row_height=0.6,
    )
    yr.stamp(2.9, 0.95, ["MSPP", "CENTRE DE SANTÉ", "PORTAIL LÉOGÂNE"], 6, (60, 60, 140), 8)
    yr.stamp(2.9, 2.1, ["MSPP", "VACCINATION"], 6, (60, 60, 140), -4)
    yellow = paper(
        "yellow_vaccination_booklet",
        [
            wear.booklet(
                wear.aged(yl.image, seed + 2, 0.2, 0.2), wear.aged(yr.image, seed + 3, 0.2, 0.2)
            )
        ],
        ("medical_record", "other"),
        gue,
        ("other", "medical", "identity"),
        ("en", "fr"),
    )

    # -- the 2005 lease, typed, two pages, yellowed: photographed page by page
    l1 = doc.typed(
        [
            "                    RESIDENTIAL LEASE AGREEMENT",
            "                  (Unfurnished Apartment - Florida)",
            "",
            "THIS LEASE is made this 24th day of January, 2005, between",
            'ANDRÉ BELIZAIRE, hereinafter called "Landlord", and',
            f'{up(gue.name)}, hereinafter called "Tenant".',
            "",
            "1. PREMISES. Landlord leases to Tenant the apartment known as",
            "   5837 N.E. 2nd Avenue, Apt. 4, Miami, Florida 33137.",
            "",
            "2. TERM. The term of this lease shall be two (2) years,",
            "   beginning February 1, 2005 and ending January 31, 2007.",
            "",
            "3. RENT. Tenant shall pay rent of $575.00 per month, in",
            "   advance, on the first day of each month, at the office of",
            "   the Landlord or as Landlord directs in writing. A late",
            "   charge of $25.00 is due after the fifth day of the month.",
            "",
            "4. SECURITY DEPOSIT. Tenant has paid a deposit of $575.00,",
            "   to be held per Chapter 83, Florida Statutes.",
            "",
            "5. UTILITIES. Tenant pays electricity (FPL). Landlord pays",
            "   water, sewer and garbage.",
            "",
            "6. OCCUPANTS. The premises shall be occupied only by Tenant",
            "   and no more than one (1) other person.",
            "",
            "                                       (continued on page 2)",
        ],
        10.5,
    )
    doc.note(l1, 6.2, 10.1, "G.S.", 15)
    doc.note(l1, 5.2, 2.05, "#4 upstairs", 13, (60, 60, 60))
    l2 = doc.typed(
        [
            "7. USE. The premises shall be used as a private residence",
            "   only. No pets without written consent of Landlord.",
            "",
            "8. REPAIRS. Tenant shall keep the premises clean and shall",
            "   notify Landlord promptly of any repair needed.",
            "",
            "9. RADON GAS. Radon is a naturally occurring radioactive gas",
            "   that, when it has accumulated in a building in sufficient",
            "   quantities, may present health risks to persons who are",
            "   exposed to it over time. (Section 404.056(5), F.S.)",
            "",
            "10. ENTIRE AGREEMENT. This lease is the whole agreement of",
            "    the parties.",
            "",
            "IN WITNESS WHEREOF the parties have signed this lease on the",
            "date first written above.",
            "",
            "",
            "_______________________________   ____________________________",
            "ANDRÉ BELIZAIRE, Landlord          GUERLINE M. SAINT-FLEUR, Tenant",
            "",
            "Witness: ______________________",
        ],
        10.5,
    )
    l2.signature(1.2, 3.35, "A. Belizaire", 16)
    l2.signature(4.8, 3.35, "Guerline M. Saint-Fleur", 14)
    l2.signature(1.8, 4.2, "Marie Joseph", 13, INK)
    old_lease = paper(
        "typed_lease_2005",
        [wear.aged(l1.image, seed + 4, 0.75, 0.22), wear.aged(l2.image, seed + 5, 0.75, 0.22)],
        "residence_record",
        gue,
        "length_of_residence",
        proves=(D(2005, 2, 1), D(2007, 1, 31)),
    )

    # -- the 2019 lease: a printed form, two pages
    n1 = Sheet()
    y = (
        n1.center(
            0.6,
            "FLORIDA RESIDENTIAL LEASE FOR APARTMENT OR UNIT IN MULTIFAMILY RENTAL HOUSING",
            10,
            "sans-bold",
        )
        + 0.1
    )
    y = n1.paras(
        0.8,
        y,
        6.9,
        [
            "LANDLORD: Lemon City Gardens Apartments LLC, c/o Biscayne Residential Management, "
            "7300 Biscayne Blvd, Suite 210, Miami, FL 33138.",
            f"TENANT(S): {gue.name}. Occupants: the Tenant and {woodnie.name} (minor).",
            "PREMISES: 6112 NE 1st Court, Apt 2, Miami, FL 33137.",
            "TERM: The lease term begins on September 1, 2019 and ends on August 31, 2020.",
            "RENT: $1,150.00 per month, due on the 1st day of each month, payable by check, "
            "cashier's check or money order to Biscayne Residential Management. Prorated rent "
            "for the first month: none. Late charge: $50.00 if rent is not received by the 5th.",
            "SECURITY DEPOSIT: $1,150.00, held in a non-interest-bearing account at City National "
            "Bank of Florida, Miami, as required by Section 83.49, Florida Statutes.",
            "UTILITIES: Tenant pays electricity and internet. Landlord pays water, sewer, trash.",
            "MAINTENANCE: Landlord is responsible for the roof, windows, screens, locks, plumbing, "
            "heating, hot water and smoke detectors. Tenant keeps the unit clean and sanitary.",
        ],
        pt=9.5,
        face="sans",
    )
    n1.text(7.7, 10.4, "Page 1 of 2   Tenant initials: ____", 8, align="right")
    doc.note(n1, 6.6, 10.28, "GS", 13)
    n2 = Sheet()
    y = n2.paras(
        0.8,
        0.7,
        6.9,
        [
            "USE AND OCCUPANCY: The premises shall be used only as a residence. No more than two "
            "persons shall occupy the premises.",
            "RENEWAL: This lease renews month to month unless either party gives written notice "
            "at least 30 days before the end of the term.",
            "The parties have signed this lease on August 19, 2019.",
        ],
        pt=9.5,
        face="sans",
    )
    n2.line(0.8, y + 0.7, 4.0, y + 0.7)
    n2.signature(0.9, y + 0.2, "G. M. Saint-Fleur", 15)
    n2.text(0.8, y + 0.75, f"Tenant: {gue.name}", 9)
    n2.line(4.4, y + 0.7, 7.6, y + 0.7)
    n2.signature(4.5, y + 0.2, "Yolanda Brice", 15)
    n2.text(4.4, y + 0.75, "For Landlord: Yolanda Brice, Property Manager", 9)
    n2.text(7.7, 10.4, "Page 2 of 2", 8, align="right")
    new_lease = paper(
        "florida_lease_2019",
        [n1.image, n2.image],
        "residence_record",
        gue,
        "length_of_residence",
        proves=(D(2019, 9, 1), D(2020, 8, 31)),
    )

    hotel = [
        "OCEANSIDE GRAND HOTEL LLC",
        "4525 Collins Avenue",
        "Miami Beach, FL 33140",
        "Payroll: (305) 555-0188",
    ]

    def stub(period: tuple[dt.date, dt.date], paid: dt.date, rate: float, ytd: float, n: int):
        return paper(
            f"hotel_pay_stub_{paid.year}",
            [
                doc.pay_stub(
                    hotel,
                    gue.name,
                    "HK-20418",
                    home,
                    period,
                    paid,
                    76.5 + n,
                    rate,
                    ytd,
                    f"0{n}8812{n}4",
                    ot_hours=4.0 if n == 2 else 0.0,
                )
            ],
            "pay_record",
            gue,
            "employment_and_taxes",
            proves=period,
        )

    # -- her church
    ch = doc.letter(
        (
            "Église Baptiste Haïtienne Emmanuel",
            [
                "Emmanuel Haitian Baptist Church  •  119 NE 59th Street, Miami, FL 33137",
                "(305) 555-0151",
            ],
            (20, 60, 120),
            "cross",
        ),
        "Miami, le 30 août 2026 / August 30, 2026",
        [],
        f"Re: Letter of support for {gue.name}",
        [
            f"I am the pastor of Emmanuel Haitian Baptist Church. {gue.name} has been a faithful "
            "member of our congregation since 2005. She sings in our choir every Sunday, and for "
            "the last eight years she has cooked for our Saturday food distribution, which feeds "
            "about two hundred families of Little Haiti each week.",
            "Sister Guerline is a hard-working mother. She has worked at the same hotel in "
            "Miami Beach for years, and she raises her daughter Woodnie, who sings in our youth "
            "choir, alone. She is honest, humble and respected by everyone who knows her.",
            "We pray that she may be allowed to stay with her daughter and her church family.",
        ],
        "Rév. Wilner Desrosiers",
        ["Pasteur principal / Senior Pastor"],
        salutation="To the Office of the Principal Legal Advisor:",
        closing="Respectfully,",
    )
    ch.stamp(
        5.2, 8.6, ["ÉGLISE BAPTISTE HAÏTIENNE", "EMMANUEL", "MIAMI, FLORIDE"], 9, (40, 40, 130), -8
    )
    church = paper("church_letter", [ch.image], "letter_of_support", gue, "community_ties")

    # -- Woodnie's Florida birth certificate
    f = Sheet()
    f.security_background(seed + 6, (226, 234, 226))
    f.border(0.4, 1.5)
    f.center(0.6, "STATE OF FLORIDA", 13, "serif-bold")
    f.center(0.85, "BUREAU OF VITAL STATISTICS", 10, "serif")
    f.center(1.15, "CERTIFICATION OF BIRTH", 17, "serif-bold")
    f.text(7.9, 1.45, "STATE FILE NUMBER: 111-2011-094418", 8, "sans", align="right")
    rows_f = [
        ("NAME:", up(woodnie.name)),
        ("DATE OF BIRTH:", dates.abbreviated(woodnie.born).upper()),
        ("SEX:", "FEMALE"),
        ("COUNTY OF BIRTH:", "MIAMI-DADE"),
        ("PLACE OF BIRTH:", "JACKSON MEMORIAL HOSPITAL"),
        ("MOTHER'S NAME:", up(gue.name)),
        ("MOTHER'S BIRTHPLACE:", "HAITI"),
        ("FATHER'S NAME:", "WADSON PIERRE"),
        ("FATHER'S BIRTHPLACE:", "HAITI"),
        ("DATE FILED:", "AUG 30, 2011"),
        ("DATE ISSUED:", "JUL 22, 2026"),
    ]
    yy = 1.9
    for k, v in rows_f:
        f.text(1.0, yy, k, 9.5, "sans-bold")
        f.text(3.4, yy, v, 10, "mono-bold")
        yy += 0.33
    f.para(
        1.0,
        yy + 0.2,
        6.5,
        "THIS IS TO CERTIFY THAT THE ABOVE IS A TRUE AND CORRECT "
        "CERTIFICATION OF THE BIRTH RECORD ON FILE IN THIS OFFICE.",
        8.5,
        "sans",
    )
    f.signature(4.6, yy + 0.75, "K. Jernigan", 16)
    f.text(4.6, yy + 1.25, "STATE REGISTRAR", 8.5, "sans-bold")
    f.seal(2.0, yy + 1.2, 0.6, "FLORIDA DEPARTMENT OF HEALTH ", "SEAL")
    fl_bc = paper("florida_birth", [f.image], "birth_certificate", woodnie, "us_family")

    g = paper(
        "g28",
        doc.g28(
            rep,
            {
                "matter": "Removal proceedings - request for dismissal",
                "last": up(gue.surname),
                "first": up(gue.first),
                "a": a_number.replace("-", ""),
            },
            D(2026, 8, 14),
            D(2026, 8, 14),
        ),
        "g28",
        gue,
        "other",
    )

    placed = [
        capture.card_photo(passport, "scans/photo 1.jpg", seed + 20, turn=270),
        capture.scan(extrait, "scans/extrait consulat.pdf", seed + 21, dpi=150),
        capture.scan(trans, "scans/extrait translation.pdf", seed + 22, dpi=150),
        capture.desk(yellow, "scans/photo 4.jpg", seed + 23, long_side=1500),
        capture.desk(old_lease, ["scans/photo 2.jpg", "scans/photo 3.jpg"], seed + 24),
        capture.scan(new_lease, "scans/lease 2019.pdf", seed + 25, dpi=150),
        capture.copier(
            [
                stub((D(2021, 3, 6), D(2021, 3, 19)), D(2021, 3, 26), 11.75, 5640.0, 1),
                stub((D(2023, 7, 8), D(2023, 7, 21)), D(2023, 7, 28), 13.9, 19876.4, 2),
                stub((D(2026, 10, 3), D(2026, 10, 16)), D(2026, 10, 23), 15.5, 27405.0, 3),
            ],
            "scans/pay stubs.pdf",
            seed + 26,
        ),
        capture.desk(church, "scans/photo 6.jpg", seed + 27),
        capture.scan(fl_bc, "scans/woodnie birth.jpg", seed + 28, colour=True),
        capture.scan(g, "scans/g28 signed.pdf", seed + 29, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": gue.name,
            "a_number": a_number,
            "date_of_birth": gue.born,
            "country": "Haiti",
            "entered_us": D(2004, 11, 20),
            "address": home,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Miami, FL",
            "opla_office": "Miami",
            "next_hearing": D(2027, 3, 9),
            "hearing_type": "master",
            "nta_date": D(2022, 6, 13),
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2004, 11, 20),
            "children": [{"name": woodnie.name, "date_of_birth": woodnie.born, "status": "usc"}],
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "email", "date": D(2026, 11, 12), "served_by": rep["name"]},
    }
    findings = [{"code": "residence-gap", "claim": "residence_since"}]
    allowed = [
        {"code": "low-ocr-confidence", "file": "scans/extrait consulat.pdf"},
        {"code": "low-ocr-confidence", "file": "scans/photo 4.jpg"},
        {"code": "low-ocr-confidence", "file": "scans/photo 2.jpg"},
        {"code": "unclassified-document", "file": "scans/photo 4.jpg"},
    ]
    return CasePlan(
        "saint_fleur",
        "blind22",
        case,
        placed,
        findings,
        allowed,
        notes="gaps 2007-2019 and between the pay stubs; leases old and new",
    )


# ================================================================ 4. Jersey City, New Jersey


def macaraeg() -> CasePlan:
    """A Filipino seaman who stayed in 2003 and was ordered removed in absentia in 2012, with
    a US-citizen wife, asking DHS to join a motion to reopen: a passport, a photocopy of a
    photocopy of his typed 1978 certificate of live birth, a copier PDF holding the New Jersey
    marriage certificate, his son's birth certificate and the parish letter, two W-2s and a pay
    stub in another, the nursing home's notarized letter, his college transcript of records
    photographed page by page (which prints his birth date July 3 for March 7), the in absentia
    order stamped COPY, his daughter's birth certificate photographed, the G-28."""
    rom = Person("Rommel Dizon", "Macaraeg", D(1978, 3, 7), "M", "San Fernando, Pampanga")
    wife = Person("Jennifer Lynn", "Macaraeg", D(1982, 12, 4), "F", "Bayonne")
    miguel = Person("Miguel Andres", "Macaraeg", D(2014, 5, 11), "M", "Jersey City")
    sofia = Person("Sofia Grace", "Macaraeg", D(2017, 9, 28), "F", "Jersey City")
    a_number = "088-927-341"
    rep = _rep(
        "Theresa Gallardo-Wynn",
        "Hudson County Immigrant Rights Clinic",
        ["574 Summit Avenue, Suite 302", "Jersey City, NJ 07306"],
        "201-555-0119",
        "tgallardo@hcirc.example",
        "NJ402877",
    )
    seed = 22400
    home = ["212 Danforth Avenue, 2nd Floor", "Jersey City, NJ 07305"]

    passport = _passport(
        rom,
        "Philippines",
        "PHL",
        "P4471882B",
        D(2023, 2, 6),
        D(2033, 2, 5),
        ["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES", "PASAPORTE / PASSPORT"],
        [
            "Uri / Type",
            "Kodigo ng Bansa / Country Code",
            "Pasaporte Blg. / Passport No.",
            "Apelyido / Surname",
            "Pangalan / Given Names",
            "Nasyonalidad / Nationality",
            "Petsa ng Kapanganakan / Date of Birth",
            "Kasarian / Sex",
            "Lugar ng Kapanganakan / Place of Birth",
            "Petsa ng Pagkakaloob / Date of Issue",
            "Valid Until / Date of Expiry",
            "Maykapangyarihan / Authority",
        ],
        "FILIPINO",
        "SAN FERNANDO PAMPANGA",
        "PCG NEW YORK",
        ((236, 222, 226), (226, 208, 214)),
        seed,
        ("en", "tl"),
    )

    # -- the 1978 certificate of live birth, typed on the municipal form, copied twice
    b = Sheet()
    b.text(0.6, 0.45, "Municipal Form No. 102", 8, "serif")
    b.text(0.6, 0.6, "(Revised January 1974)", 8, "serif")
    b.center(0.55, "Republic of the Philippines", 10, "serif")
    b.center(0.72, "OFFICE OF THE LOCAL CIVIL REGISTRAR", 10, "serif-bold")
    b.text(7.9, 0.55, "Registry No. 78-1142", 9, "mono", align="right")
    b.center(1.0, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    b.grid(
        0.6,
        1.4,
        7.3,
        [
            (0.5, [(1, "Province", "PAMPANGA"), (1, "Municipality/City", "SAN FERNANDO")]),
            (
                0.55,
                [
                    (1, "1. NAME  (First)", "ROMMEL"),
                    (1, "(Middle)", "DIZON"),
                    (1, "(Last)", "MACARAEG"),
                ],
            ),
            (
                0.5,
                [
                    (1, "2. SEX", "MALE"),
                    (2, "3. DATE OF BIRTH (Day, Month, Year)", "7th March 1978"),
                ],
            ),
            (
                0.5,
                [
                    (
                        3,
                        "4. PLACE OF BIRTH (Name of Hospital/Clinic or Address)",
                        "MOTHER OF GOOD COUNSEL HOSPITAL, SAN FERNANDO, PAMPANGA",
                    )
                ],
            ),
            (
                0.5,
                [
                    (2, "5. MAIDEN NAME OF MOTHER", "LOURDES CANLAS DIZON"),
                    (1, "6. CITIZENSHIP", "FILIPINO"),
                ],
            ),
            (
                0.5,
                [
                    (2, "7. NAME OF FATHER", "REYNALDO TUAZON MACARAEG"),
                    (1, "8. CITIZENSHIP", "FILIPINO"),
                ],
            ),
            (
                0.5,
                [
                    (
                        2,
                        "9. DATE AND PLACE OF MARRIAGE OF PARENTS",
                        "JUNE 12, 1976  SAN FERNANDO, PAMPANGA",
                    ),
                    (1, "10. ATTENDANT", "PHYSICIAN"),
                ],
            ),
            (
                0.6,
                [
                    (2, "11. INFORMANT (Signature over printed name)", "REYNALDO T. MACARAEG"),
                    (1, "12. DATE RECEIVED BY LCR", "March 15, 1978"),
                ],
            ),
        ],
    )
    b.text(0.6, 6.0, "REMARKS:", 8, "sans-bold")
    b.signature(5.0, 6.2, "F. Lacson", 16)
    b.text(4.8, 6.7, "FELICIDAD M. LACSON, Municipal Civil Registrar", 8, "serif")
    b.stamp(
        0.8,
        7.3,
        ["CERTIFIED TRUE COPY", "NATIONAL STATISTICS OFFICE", "NOV 18 2002"],
        9,
        (80, 80, 80),
        5,
    )
    b.text(0.6, 9.6, "NSO-SECPA  BA 1447308", 8, "mono")
    colb = paper(
        "philippine_colb_1978",
        [wear.photocopied(b.image, seed + 1, 2)],
        "birth_certificate",
        rom,
        "identity",
    )

    # -- the mixed stack: marriage certificate, Miguel's birth certificate, parish letter
    m = Sheet()
    m.security_background(seed + 2, (236, 228, 214))
    m.border(0.45, 2.0)
    m.center(0.7, "STATE OF NEW JERSEY", 13, "serif-bold")
    m.center(0.95, "DEPARTMENT OF HEALTH", 10, "serif")
    m.center(1.25, "CERTIFICATE OF MARRIAGE", 17, "serif-bold")
    m.text(7.6, 1.6, "STATE FILE NO. 2010-01741", 8, align="right")
    m.grid(
        0.8,
        1.85,
        6.9,
        [
            (
                0.5,
                [
                    (3, "1. NAME OF BRIDEGROOM (First, Middle, Last)", up(rom.name)),
                    (1, "2. AGE", "32"),
                ],
            ),
            (0.5, [(2, "3. RESIDENCE", "JERSEY CITY, NJ"), (2, "4. BIRTHPLACE", "PHILIPPINES")]),
            (
                0.5,
                [
                    (
                        3,
                        "5. NAME OF BRIDE (First, Middle, Maiden Surname)",
                        "JENNIFER LYNN OSTROWSKI",
                    ),
                    (1, "6. AGE", "27"),
                ],
            ),
            (0.5, [(2, "7. RESIDENCE", "BAYONNE, NJ"), (2, "8. BIRTHPLACE", "BAYONNE, NJ")]),
            (
                0.5,
                [
                    (2, "9. DATE OF MARRIAGE", "OCTOBER 16, 2010"),
                    (2, "10. PLACE OF MARRIAGE", "JERSEY CITY, HUDSON COUNTY"),
                ],
            ),
            (
                0.5,
                [
                    (2, "11. OFFICIANT", "REV. FR. AMADO C. REYES"),
                    (2, "12. WITNESSES", "MARK OSTROWSKI; MARIBEL SANTOS"),
                ],
            ),
        ],
    )
    m.para(
        0.8,
        5.2,
        6.9,
        "I certify that the foregoing is a true copy of the record of "
        "marriage on file in this office.",
        9,
        "serif",
    )
    m.signature(4.6, 5.6, "S. Wierzbicki", 16)
    m.text(4.6, 6.1, "Local Registrar, City of Jersey City   Issued 07/08/2026", 8)
    m.seal(2.0, 6.6, 0.6, "REGISTRAR OF VITAL STATISTICS JERSEY CITY ", "NJ")
    marriage = paper(
        "new_jersey_marriage", [m.image], "marriage_certificate", (rom, wife), "us_family"
    )

    def nj_birth(child: Person, filed: str, number: str, n: int) -> Paper:
        nb = Sheet()
        nb.security_background(seed + 3 + n, (224, 230, 240))
        nb.border(0.45, 1.6)
        nb.center(0.7, "STATE OF NEW JERSEY", 13, "serif-bold")
        nb.center(0.95, "DEPARTMENT OF HEALTH  -  VITAL STATISTICS AND REGISTRY", 9.5, "serif")
        nb.center(1.25, "CERTIFICATION OF BIRTH", 17, "serif-bold")
        nb.grid(
            0.8,
            1.75,
            6.9,
            [
                (
                    0.5,
                    [
                        (3, "NAME", up(child.name)),
                        (1, "SEX", "MALE" if child.sex == "M" else "FEMALE"),
                    ],
                ),
                (
                    0.5,
                    [
                        (2, "DATE OF BIRTH", dates.long(child.born).upper()),
                        (2, "PLACE OF BIRTH", "JERSEY CITY MEDICAL CENTER, JERSEY CITY"),
                    ],
                ),
                (
                    0.5,
                    [
                        (2, "MOTHER/PARENT", "JENNIFER LYNN OSTROWSKI"),
                        (2, "BIRTHPLACE", "NEW JERSEY"),
                    ],
                ),
                (0.5, [(2, "FATHER/PARENT", up(rom.name)), (2, "BIRTHPLACE", "PHILIPPINES")]),
                (0.5, [(2, "DATE FILED", filed), (2, "STATE FILE NUMBER", number)]),
            ],
        )
        nb.para(
            0.8,
            4.5,
            6.9,
            "This is to certify that the above is a true abstract of the "
            "record on file with the New Jersey Department of Health.",
            9,
            "serif",
        )
        nb.signature(4.6, 5.0, "A. P. Moran", 16)
        nb.text(4.6, 5.5, "State Registrar   Issued 07/08/2026", 8)
        return paper(f"new_jersey_birth_{n}", [nb.image], "birth_certificate", child, "us_family")

    miguel_bc = nj_birth(miguel, "MAY 19, 2014", "2014-0093317", 1)
    sofia_bc = nj_birth(sofia, "OCT 5, 2017", "2017-0118804", 2)
    pl = doc.letter(
        (
            "Parish of San Lorenzo Ruiz",
            [
                "Filipino Catholic Community of Jersey City",
                "93 Sherman Place, Jersey City, NJ 07307  •  (201) 555-0165",
            ],
            (110, 20, 30),
            "cross",
        ),
        "July 26, 2026",
        [],
        None,
        [
            f"This is to certify that {rom.name} and his wife Jennifer are registered "
            "parishioners of the Parish of San Lorenzo Ruiz. Rommel has served as an usher at "
            "the 9:30 Sunday Mass since 2011 and helps every December with our Simbang Gabi "
            "novena and the parish Christmas dinner for the homeless.",
            "Their son Miguel was baptized here on August 24, 2014 and their daughter Sofia on "
            "January 7, 2018. Miguel made his First Holy Communion this May. The Macaraeg "
            "family are faithful, generous members of our community, and we would be deeply "
            "grieved to see this family separated.",
        ],
        "Rev. Fr. Amado C. Reyes",
        ["Parish Priest"],
        closing="Sincerely yours in Christ,",
    )
    pl.seal(6.7, 8.9, 0.55, "PARISH OF SAN LORENZO RUIZ ", "JC")
    parish = paper("parish_letter", [pl.image], "letter_of_support", rom, "community_ties")

    care = ["RIVERVIEW CARE & REHABILITATION CTR", "1420 KENNEDY BLVD", "JERSEY CITY NJ 07305"]

    def w2(year: int, wages: float) -> Paper:
        return paper(
            f"w2_{year}",
            [
                doc.w2(
                    year,
                    up(rom.name),
                    "5209",
                    home,
                    care,
                    "22-3817440",
                    wages,
                    "NJ",
                    "223817440/000",
                    f"RV{year}",
                )
            ],
            "tax_record",
            rom,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )

    stub = paper(
        "care_center_pay_stub_2026",
        [
            doc.pay_stub(
                [
                    "Riverview Care & Rehabilitation Center",
                    "1420 Kennedy Blvd, Jersey City, NJ 07305",
                    "Payroll by Garden State Payroll Services",
                ],
                rom.name,
                "004471",
                home,
                (D(2026, 10, 4), D(2026, 10, 17)),
                D(2026, 10, 23),
                80.0,
                22.4,
                39860.0,
                "2210447",
                ot_hours=6.0,
            )
        ],
        "pay_record",
        rom,
        "employment_and_taxes",
        proves=(D(2026, 10, 4), D(2026, 10, 17)),
    )

    # -- the employer's notarized letter
    el = doc.letter(
        (
            "Riverview Care & Rehabilitation Center",
            [
                "1420 Kennedy Boulevard, Jersey City, NJ 07305",
                "(201) 555-0102  •  Fax (201) 555-0103",
            ],
            (20, 80, 110),
            "house",
        ),
        "October 28, 2026",
        [],
        f"Re: Employment verification - {rom.name}",
        [
            f"This letter confirms that {rom.name} has been employed by Riverview Care & "
            "Rehabilitation Center since September 9, 2013, first as a housekeeping aide and "
            "since 2016 as a full-time maintenance technician. He works forty hours a week on "
            "the day shift, and his current rate is $22.40 an hour.",
            "Rommel keeps our 180-bed building running: boilers, generators, call-bell systems "
            "and resident rooms. During the 2020 pandemic he worked double shifts for months. "
            "He has received our Employee of the Quarter award three times.",
            "We value him and hope to keep him. Please contact me with any question.",
        ],
        "Karen D. Whitlock",
        ["Director of Human Resources"],
    )
    el.stamp(
        4.7,
        9.3,
        [
            "KEVIN J. ARROYO",
            "NOTARY PUBLIC",
            "STATE OF NEW JERSEY",
            "My Commission Expires 04/11/2029",
        ],
        8,
        (40, 40, 40),
        0,
    )
    el.text(0.9, 9.4, "Sworn and subscribed before me this 28th day of October, 2026.", 8.5)
    el.signature(1.2, 9.6, "K. J. Arroyo", 14)
    employer = paper(
        "employer_letter_notarized",
        [el.image],
        "employment_letter",
        rom,
        "employment_and_taxes",
        proves=(D(2013, 9, 9), D(2026, 10, 28)),
    )

    # -- the transcript of records, two pages, photographed page by page
    def tor_page(n: int) -> Image.Image:
        s = Sheet()
        s.security_background(seed + 5 + n, (236, 232, 218))
        letterhead(
            s,
            "Pampanga Polytechnic College",
            ["Office of the Registrar", "San Fernando, Pampanga, Philippines  •  Founded 1961"],
            (20, 70, 40),
            "shield",
        )
        s.center(1.65, "OFFICIAL TRANSCRIPT OF RECORDS", 14, "serif-bold")
        if n == 0:
            s.grid(
                0.7,
                2.0,
                7.1,
                [
                    (0.42, [(3, "NAME", "MACARAEG, ROMMEL DIZON"), (1, "STUDENT NO.", "95-01874")]),
                    (
                        0.42,
                        [
                            (1, "DATE OF BIRTH", "July 3, 1978"),
                            (2, "PLACE OF BIRTH", "San Fernando, Pampanga"),
                            (1, "SEX", "Male"),
                        ],
                    ),
                    (
                        0.42,
                        [
                            (2, "PARENT/GUARDIAN", "Reynaldo T. Macaraeg"),
                            (2, "ADDRESS", "Brgy. Sta. Lucia, San Fernando, Pampanga"),
                        ],
                    ),
                    (
                        0.42,
                        [
                            (2, "COURSE", "Bachelor of Science in Marine Transportation"),
                            (2, "ENTRANCE DATA", "Pampanga High School, 1995"),
                        ],
                    ),
                ],
                value_face="sans-bold",
                value_pt=8.5,
            )
            rows = [
                ["TERM", "COURSE NO.", "DESCRIPTIVE TITLE", "GRADE", "UNITS"],
                ["1st Sem 1995-96", "Eng 1", "Communication Arts I", "2.25", "3"],
                ["", "Math 11", "College Algebra", "2.00", "3"],
                ["", "Nav 101", "Terrestrial Navigation", "1.75", "3"],
                ["", "Seam 1", "Seamanship I", "1.75", "3"],
                ["2nd Sem 1995-96", "Fil 1", "Sining ng Pakikipagtalastasan", "2.00", "3"],
                ["", "Phys 1", "General Physics", "2.50", "3"],
                ["", "Nav 102", "Coastal Navigation", "1.50", "3"],
                ["1st Sem 1996-97", "Nav 201", "Celestial Navigation", "2.00", "4"],
                ["", "Met 1", "Meteorology and Oceanography", "2.25", "3"],
                ["2nd Sem 1996-97", "Cargo 1", "Cargo Handling and Stowage", "1.75", "3"],
                ["", "MarLaw", "Maritime Law", "2.00", "3"],
            ]
        else:
            rows = [
                ["TERM", "COURSE NO.", "DESCRIPTIVE TITLE", "GRADE", "UNITS"],
                ["1st Sem 1997-98", "Ship 1", "Ship Construction and Stability", "2.00", "3"],
                ["", "BRM", "Bridge Resource Management", "1.75", "3"],
                ["", "Col Reg", "Collision Regulations", "1.50", "3"],
                ["2nd Sem 1997-98", "Eng 3", "Technical Writing", "2.25", "3"],
                ["", "Radar", "Radar and ARPA", "1.75", "3"],
                ["1998-99", "Cadet", "Shipboard Training (12 months)", "PASSED", "24"],
                ["", "", "GRADUATED: April 10, 1999", "", ""],
                ["", "", "Special Order No. 50-301124-0112, s. 1999", "", ""],
            ]
        y = s.table(0.7, 3.85 if n == 0 else 2.1, [1.35, 0.9, 3.35, 0.75, 0.75], rows, 8.5)
        if n == 1:
            y = s.para(
                0.7,
                y + 0.3,
                7.1,
                "GRADING SYSTEM: 1.00 Excellent; 1.25-1.50 Very "
                "Good; 1.75-2.25 Good; 2.50-2.75 Satisfactory; 3.00 Passing; 5.00 Failed. "
                "One unit of credit is one hour of lecture a week for a semester.",
                8,
                "sans",
            )
            s.text(0.7, y + 0.3, "Issued for: EMPLOYMENT / LEGAL PURPOSES", 9, "sans-bold")
            s.text(0.7, y + 0.5, "Date issued: June 2, 2008   Not valid without seal", 9)
            s.signature(5.0, y + 0.6, "E. Manalang", 16)
            s.text(4.8, y + 1.1, "EDGARDO P. MANALANG, College Registrar", 8.5, "sans-bold")
            s.seal(2.6, y + 1.3, 0.55, "PAMPANGA POLYTECHNIC COLLEGE ", "1961")
        s.text(7.8, 10.4, f"Page {n + 1} of 2", 8, align="right")
        return s.image

    tor = paper(
        "transcript_of_records", [tor_page(0), tor_page(1)], "school_record", rom, "education"
    )

    # -- the in absentia order, a copy stamped COPY, with a note
    o = Sheet()
    o.center(0.6, "UNITED STATES DEPARTMENT OF JUSTICE", 11, "serif-bold")
    o.center(0.8, "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW", 11, "serif-bold")
    o.center(1.0, "IMMIGRATION COURT", 11, "serif-bold")
    o.center(1.2, "970 BROAD STREET, ROOM 1200, NEWARK, NJ 07102", 9.5, "serif")
    o.text(0.9, 1.65, "In the Matter of:", 10.5, "serif")
    o.text(0.9, 1.85, f"{up(rom.surname)}, {up(rom.given)}", 10.5, "serif-bold")
    o.text(5.0, 1.65, f"Case No.: A{a_number.replace('-', '')}", 10.5, "serif")
    o.text(5.0, 1.85, "Docket: Newark, New Jersey", 10.5, "serif")
    o.text(0.9, 2.05, "RESPONDENT                IN REMOVAL PROCEEDINGS", 10.5, "serif")
    o.center(2.55, "ORDER OF THE IMMIGRATION JUDGE", 12, "serif-bold")
    o.paras(
        0.9,
        2.95,
        6.7,
        [
            "This is a summary of the oral decision entered on May 14, 2012. This memorandum is "
            "solely for the convenience of the parties. If the proceedings should be appealed or "
            "reopened, the oral decision will become the official opinion in the case.",
            "The respondent failed to appear for the hearing after written notice was provided "
            "to the address of record. The Court finds that removability has been established by "
            "clear, unequivocal and convincing evidence as charged in the Notice to Appear under "
            "INA § 237(a)(1)(B).",
            "[X] The respondent was ordered removed from the United States to the PHILIPPINES in "
            "absentia pursuant to INA § 240(b)(5)(A).",
            "[ ] Respondent's application for voluntary departure was denied.",
        ],
        pt=10.5,
    )
    o.signature(4.5, 6.3, "M. T. Sorensen", 18)
    o.line(4.2, 6.85, 7.5, 6.85)
    o.text(4.2, 6.9, "Immigration Judge   Date: May 14, 2012", 9.5, "serif")
    o.text(
        0.9,
        7.5,
        "CERTIFICATE OF SERVICE: This document was served by: [X] Mail to "
        "[X] Alien  [ ] Alien's Atty  [X] DHS",
        8.5,
    )
    o.text(0.9, 7.7, "Date: 05/14/2012   By: Court Staff  TK", 8.5)
    o.stamp(5.3, 0.35, ["COPY"], 20, (170, 40, 50), -10)
    doc.note(o, 0.9, 8.4, "never got the notice - moved to Danforth Ave Jan 2012", 14)
    doc.underline(o, 0.9, 4.53, 6.5, seed=seed + 8)
    order = paper("in_absentia_order_2012", [o.image], "court_record", rom, "other")

    g = paper(
        "g28",
        doc.g28(
            rep,
            {
                "matter": "Joint motion to reopen removal proceedings",
                "last": up(rom.surname),
                "first": up(rom.first),
                "a": a_number.replace("-", ""),
            },
            D(2026, 7, 20),
            D(2026, 7, 20),
        ),
        "g28",
        rom,
        "other",
    )

    placed = [
        capture.card_photo(passport, "scans/20261102_101544.jpg", seed + 20),
        capture.scan(colb, "scans/birth cert PH.jpg", seed + 21),
        capture.copier([marriage, miguel_bc, parish], "scans/family docs.pdf", seed + 22),
        capture.copier(
            [w2(2013, 9870.0), w2(2019, 41230.6), stub], "scans/W2 and stub.pdf", seed + 23
        ),
        capture.scan(employer, "scans/riverview letter.pdf", seed + 24, dpi=150),
        capture.desk(sofia_bc, "scans/20261102_101702.jpg", seed + 28),
        capture.desk(tor, ["scans/20261102_102010.jpg", "scans/20261102_102031.jpg"], seed + 25),
        capture.scan(order, "scans/IJ order 2012.pdf", seed + 26, dpi=150),
        capture.scan(g, "scans/G28 macaraeg.pdf", seed + 27, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": rom.name,
            "a_number": a_number,
            "date_of_birth": rom.born,
            "country": "Philippines",
            "entered_us": D(2003, 2, 8),
            "address": home,
        },
        "proceedings": {
            "stage": "final_order",
            "detained": False,
            "court": "Newark, NJ",
            "opla_office": "Newark",
            "final_order_date": D(2012, 5, 14),
            "relief_sought": ["cancellation of removal for non-permanent residents (EOIR-42B)"],
        },
        "request": {"type": "joint_motion_to_reopen"},
        "representative": rep,
        "claims": {
            "spouse": {"name": wife.name, "status": "usc"},
            "children": [
                {"name": miguel.name, "date_of_birth": miguel.born, "status": "usc"},
                {"name": sofia.name, "date_of_birth": sofia.born, "status": "usc"},
            ],
            "education": True,
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 11, 9), "served_by": rep["name"]},
    }
    findings = [
        {"code": "inconsistent-identity", "file": "scans/20261102_102010.jpg"},
    ]
    allowed = [
        {"code": "low-ocr-confidence", "file": "scans/birth cert PH.jpg"},
    ]
    return CasePlan(
        "macaraeg",
        "blind22",
        case,
        placed,
        findings,
        allowed,
        notes="the transcript's birth date is July 3, not March 7",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "ramirez": ramirez,
    "souza": souza,
    "saint_fleur": saint_fleur,
    "macaraeg": macaraeg,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
