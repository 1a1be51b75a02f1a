"""The papers of the nineteenth blind corpus, drawn as the offices that issue them print them.

Each function returns the drawn sheets (``tests.realistic.paper.Sheet``) of one document; the
cases (``cases.py``) say what each one truly is. Written from what real documents look like,
not from any rule of the tool. NEVER TUNE RULES ON THIS CORPUS.
"""

from __future__ import annotations

import datetime as dt
import random
from functools import cache
from pathlib import Path

from PIL import ImageFont

from tests.realistic import dates, mrz
from tests.realistic.model import Person, up
from tests.realistic.paper import (
    GREY,
    INK,
    Sheet,
    card,
    letterhead,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)

us = dates.us
long = dates.long

# Dari is drawn with a font that has the Arabic script (DejaVu Sans ships on most systems);
# where it is missing, pen strokes stand in for it: OCR reads neither.
ARABIC_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PEN = (30, 50, 140)


@cache
def _arabic(px: int) -> ImageFont.FreeTypeFont | None:
    if not ARABIC_FONT.exists():
        return None
    return ImageFont.truetype(str(ARABIC_FONT), px, layout_engine=ImageFont.Layout.RAQM)


def dari(
    s: Sheet, x: float, y: float, text: str, pt: float = 10, fill=INK, align: str = "right"
) -> float:
    """A line of Dari with its right edge (or centre, or left edge) at ``x``; returns the y
    below it."""
    f = _arabic(max(6, round(pt * s.dpi / 72)))
    if f is None:
        width = len(text) * pt * 0.4 / 72
        left = {"right": x - width, "center": x - width / 2}.get(align, x)
        rng = random.Random(text)
        px0, py = s.px(left), s.px(y + pt * 0.7 / 72)
        points = [(px0 + i * 4, py + rng.randint(-6, 6)) for i in range(int(s.px(width) / 4))]
        if len(points) > 1:
            s.draw.line(points, fill=fill, width=2)
        return y + pt * 1.45 / 72
    width = f.getlength(text, direction="rtl", language="fa") / s.dpi
    left = {"right": x - width, "center": x - width / 2}.get(align, x)
    s.draw.text((s.px(left), s.px(y)), text, font=f, fill=fill, direction="rtl", language="fa")
    return y + pt * 1.45 / 72


def handwriting(s: Sheet, x: float, y: float, text: str, pt: float = 13, fill=PEN) -> float:
    """A line filled in by hand (a receipt book, a form's blank)."""
    return s.text(x, y, text, pt, "script", fill=fill)


def money(amount: float) -> str:
    return f"{amount:,.2f}"


# ---------------------------------------------------------------- passports and cards


def passport(
    person: Person,
    *,
    seed: int,
    code: str,
    country: str,
    title: str,
    number: str,
    nationality: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    labels: list[str],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    date_language: str = "en",
    dari_labels: list[str] | None = None,
    personal: str = "",
) -> tuple[list[Sheet], tuple[str, ...]]:
    """A passport's data page (ICAO TD3): a header, the photo, the labelled fields, the zone.
    ``labels`` are printed above each value (bilingual labels as "Apellidos/Surname"); with
    ``dari_labels`` each label has its Dari beside it, right to left."""
    s = card(125, 88)
    tinted(s, *tint)
    s.security_background(seed, tuple(max(0, c - 18) for c in tint[0]))
    s.center(0.1, country, 10, "sans-bold")
    s.center(0.28, title, 8.5, "sans")
    portrait(s, 0.2, 0.62, 1.2, 1.55, seed)
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
    values = [
        "P",
        code,
        number,
        up(person.surname),
        up(person.given),
        nationality,
        dates.card(person.born, date_language),
        person.sex,
        up(person.birthplace),
        dates.card(issued, date_language),
        dates.card(expiry, date_language),
        authority,
    ]
    x0, y = 1.58, 0.55
    layout = [(0, 1, 2), (3,), (4,), (5,), (6, 7), (8,), (9, 10), (11,)]
    for row in layout:
        xs = [x0, x0 + 1.15, x0 + 2.2] if len(row) == 3 else [x0, x0 + 1.8]
        for i, index in enumerate(row):
            s.text(xs[i], y, labels[index], 5.2, "sans", fill=(70, 70, 80))
            if dari_labels:
                after = xs[i] + s.length(labels[index] + "  ", 5.2)
                dari(s, after, y - 0.01, dari_labels[index], 5, align="left")
            s.text(xs[i], y + 0.085, values[index], 7.6, "sans-bold")
        y += 0.255
    s.signature(x0 + 1.9, 2.42, person.first, 11)
    mrz_lines(s, 2.72, zone, 10.5)
    return [s], zone


def cedula(person: Person, number: str, issued: dt.date, expiry: dt.date, seed: int) -> Sheet:
    """A Venezuelan cédula de identidad (SAIME): flag colours, photo, the number with its V."""
    s = card()
    tinted(s, (246, 226, 150), (200, 214, 236))
    s.rect(0, 0, s.width, 0.1, outline=None, fill=(238, 196, 30))
    s.rect(0, 0.1, s.width, 0.08, outline=None, fill=(30, 60, 150))
    s.rect(0, 0.18, s.width, 0.06, outline=None, fill=(200, 30, 40))
    s.center(0.28, "REPÚBLICA BOLIVARIANA DE VENEZUELA", 7.5, "sans-bold")
    s.center(0.42, "CÉDULA DE IDENTIDAD", 9.5, "sans-bold", fill=(180, 20, 30))
    s.text(0.15, 0.68, f"V {number}", 15, "sans-bold")
    portrait(s, 2.25, 0.62, 0.95, 1.2, seed)
    y = 0.98
    for label, value in (
        ("APELLIDOS", up(person.surname)),
        ("NOMBRES", up(person.given)),
    ):
        s.text(0.15, y, label, 5.5, "sans")
        s.text(0.15, y + 0.08, value, 8.5, "sans-bold")
        y += 0.25
    s.text(0.15, y, "F. NACIMIENTO", 5.5)
    s.text(0.15, y + 0.08, dates.day_month_year(person.born), 8, "sans-bold")
    s.text(1.1, y, "EDO. CIVIL", 5.5)
    s.text(1.1, y + 0.08, "S", 8, "sans-bold")
    s.text(1.65, y, "NACIONALIDAD", 5.5)
    s.text(1.65, y + 0.08, "VENEZOLANO", 7, "sans-bold")
    y += 0.25
    s.text(0.15, y, "F. EXPEDICIÓN", 5.5)
    s.text(0.15, y + 0.08, issued.strftime("%m/%Y"), 8, "sans-bold")
    s.text(1.1, y, "F. VENCIMIENTO", 5.5)
    s.text(1.1, y + 0.08, expiry.strftime("%m/%Y"), 8, "sans-bold")
    s.signature(2.25, 1.86, person.first, 9)
    s.text(2.3, 1.98, "FIRMA TITULAR", 4.5)
    s.signature(0.2, 1.84, "Director", 8)
    s.text(0.2, 1.98, "DIRECTOR SAIME", 4.5)
    return s


def ead(person: Person, uscis: str, card_no: str, category: str, valid: tuple, seed: int):
    """A USCIS employment authorization card, front and back."""
    front = card()
    tinted(front, (236, 226, 232), (214, 224, 238))
    front.security_background(seed, (214, 206, 220))
    front.text(0.12, 0.08, "UNITED STATES OF AMERICA", 8, "sans-bold", fill=(40, 40, 110))
    front.text(0.12, 0.24, "EMPLOYMENT AUTHORIZATION CARD", 9, "sans-bold", fill=(150, 30, 40))
    portrait(front, 0.12, 0.5, 0.85, 1.1, seed)
    x, y = 1.08, 0.46
    fields = [
        ("Surname", up(person.surname)),
        ("Given Name", up(person.given)),
    ]
    for label, value in fields:
        front.text(x, y, label, 5)
        front.text(x, y + 0.07, value, 7.5, "sans-bold")
        y += 0.2
    grid = [
        [("USCIS#", uscis), ("Category", category)],
        [("Card#", card_no), ("Country of Birth", "Venezuela")],
        [("Terms and Conditions", "None"), ("Sex", person.sex)],
        [("Date of Birth", dates.card(person.born)), ("Valid From:", us(valid[0]))],
        [("", ""), ("Card Expires:", us(valid[1]))],
    ]
    for row in grid:
        for i, (label, value) in enumerate(row):
            front.text(x + i * 1.05, y, label, 5)
            front.text(x + i * 1.05, y + 0.07, value, 7, "sans-bold")
        y += 0.19
    front.text(0.12, 1.98, "NOT VALID FOR REENTRY TO U.S.", 6.5, "sans-bold")
    back = card()
    tinted(back, (232, 232, 236), (222, 226, 236))
    rng = random.Random(seed)
    bx = 0.2
    while bx < 2.6:  # the back's barcode
        w = rng.choice([0.008, 0.012, 0.02])
        back.rect(bx, 0.25, w, 0.55, outline=None, fill=INK)
        bx += w + rng.choice([0.008, 0.012, 0.018])
    back.para(
        0.2,
        0.95,
        2.95,
        "The person identified by this card is entitled to work in the United States for the "
        "period shown. This card is not evidence of U.S. citizenship or of permanent residence. "
        "If found, return to: U.S. Citizenship and Immigration Services, P.O. Box 648005, "
        "Lee's Summit, MO 64002.",
        5.6,
        "sans",
    )
    back.text(0.2, 1.9, f"{card_no}   {uscis.replace('-', '')}", 7, "mono-bold")
    return [front, back]


def florida_id(person: Person, number: str, address: list[str], issued, expiry, seed):
    s = card()
    tinted(s, (250, 236, 206), (214, 232, 240))
    s.security_background(seed, (226, 220, 200))
    s.text(0.12, 0.07, "FLORIDA", 15, "serif-bold", fill=(20, 90, 150))
    s.text(1.5, 0.14, "IDENTIFICATION CARD", 8.5, "sans-bold", fill=(170, 70, 20))
    s.text(2.58, 0.3, "USA", 7, "sans-bold")
    portrait(s, 0.12, 0.52, 0.9, 1.18, seed)
    x = 1.12
    s.text(x, 0.44, f"4d ID  {number}", 7.5, "sans-bold")
    s.text(x, 0.62, f"1 {up(person.surname)}", 8, "sans-bold")
    s.text(x, 0.77, f"2 {up(person.given)}", 8, "sans-bold")
    s.text(x, 0.92, f"8 {address[0].upper()}", 6)
    s.text(x + 0.12, 1.03, address[1].upper(), 6)
    s.text(x, 1.2, f"3 DOB  {us(person.born)}", 7, "sans-bold")
    s.text(x, 1.34, f"4a ISS  {us(issued)}", 6.5)
    s.text(x + 1.1, 1.34, f"4b EXP  {us(expiry)}", 6.5, "sans-bold")
    s.text(x, 1.48, f"15 SEX {person.sex}   16 HGT 5'-08\"   18 EYES BRO", 6)
    s.text(x, 1.62, "5 DD 0412 2302 7731 0", 5.5)
    s.signature(0.2, 1.78, person.name, 10)
    return s


def passport_labels_es() -> list[str]:
    return [
        "Tipo/Type",
        "Código/Code",
        "Pasaporte No./Passport No.",
        "Apellidos/Surname",
        "Nombres/Given names",
        "Nacionalidad/Nationality",
        "Fecha de nacimiento/Date of birth",
        "Sexo/Sex",
        "Lugar de nacimiento/Place of birth",
        "Fecha de expedición/Date of issue",
        "Fecha de vencimiento/Date of expiry",
        "Autoridad/Authority",
    ]


PASSPORT_LABELS_EN = [
    "Type",
    "Code",
    "Passport No.",
    "Surname",
    "Given Names",
    "Nationality",
    "Date of Birth",
    "Sex",
    "Place of Birth",
    "Date of Issue",
    "Date of Expiry",
    "Authority",
]

PASSPORT_LABELS_DARI = [
    "نوع",
    "کود کشور",
    "نمبر پاسپورت",
    "تخلص",
    "اسم",
    "تابعیت",
    "تاریخ تولد",
    "جنس",
    "محل تولد",
    "تاریخ صدور",
    "تاریخ ختم",
    "مرجع صادر کننده",
]


# ---------------------------------------------------------------- civil records


def honduras_partida(
    person: Person, mother: str, father: str, dni: str, registry: dict, issued: dt.date
) -> list[Sheet]:
    """A certificación de acta de nacimiento of the Registro Nacional de las Personas."""
    s = Sheet()
    s.security_background(71, (214, 228, 240))
    s.logo(3.95, 0.4, 0.6, "shield", (30, 70, 150))
    y = s.center(1.1, "REPÚBLICA DE HONDURAS", 13, "serif-bold")
    y = s.center(y, "REGISTRO NACIONAL DE LAS PERSONAS", 11.5, "serif-bold", fill=(30, 70, 150))
    y = s.center(y + 0.05, "RNP", 9, "sans-bold")
    y = s.center(y + 0.15, "CERTIFICACIÓN DE ACTA DE NACIMIENTO", 14, "sans-bold") + 0.2
    s.text(0.9, y, "El infrascrito Registrador Civil Municipal CERTIFICA: que en el Registro", 10.5)
    y = s.text(
        0.9,
        y + 0.2,
        "de Nacimientos de este municipio se encuentra la inscripción siguiente:",
        10.5,
    )
    y += 0.2
    rows = [
        ("Número de Identificación:", dni),
        ("Nombre del inscrito:", up(person.name)),
        ("Sexo:", "FEMENINO" if person.sex == "F" else "MASCULINO"),
        ("Fecha de nacimiento:", dates.spelled(person.born, "es").upper()),
        ("Lugar de nacimiento:", "DANLÍ, EL PARAÍSO"),
        ("Nombre de la madre:", mother),
        ("Nacionalidad de la madre:", "HONDUREÑA"),
        ("Nombre del padre:", father),
        ("Nacionalidad del padre:", "HONDUREÑA"),
        (
            "Tomo / Folio / Asiento:",
            f"{registry['tomo']} / {registry['folio']} / {registry['asiento']}",
        ),
        ("Fecha de inscripción:", dates.spelled(registry["inscrito"], "es").upper()),
    ]
    for label, value in rows:
        s.text(1.0, y, label, 10, "sans-bold")
        s.text(3.35, y, value, 10, "mono-bold")
        y += 0.3
    y += 0.1
    s.text(1.0, y, "Observaciones:", 10, "sans-bold")
    s.text(3.35, y, "NINGUNA", 10, "mono-bold")
    y += 0.45
    y = s.para(
        0.9,
        y,
        6.7,
        "Y para los fines que al interesado convengan, se extiende la presente en la ciudad de "
        f"Danlí, departamento de El Paraíso, a los {issued.day} días del mes de "
        f"{dates.month(issued, 'es')} del año {issued.year}.",
        10.5,
        "serif",
    )
    s.seal(2.3, y + 1.0, 0.62, "REGISTRO NACIONAL DE LAS PERSONAS * HONDURAS * ", "RNP")
    s.signature(4.6, y + 0.6, "R. Zelaya", 20)
    s.line(4.3, y + 1.15, 7.3, y + 1.15, 0.6)
    s.text(4.4, y + 1.2, "Registrador Civil Municipal", 9)
    s.text(4.4, y + 1.36, "Danlí, El Paraíso", 9)
    s.text(0.9, 10.1, f"Certificación No. {registry['cert']}   Valor: L. 120.00", 8, "mono")
    s.text(0.9, 10.25, "Verifique la autenticidad de este documento en www.rnp.hn", 7.5, fill=GREY)
    return [s]


def partida_translation(
    person: Person,
    mother: str,
    father: str,
    dni: str,
    registry: dict,
    issued: dt.date,
    translator: dict,
    signed: dt.date,
) -> list[Sheet]:
    """The translation of the partida on one page and the translator's certificate on a second."""
    s = Sheet()
    y = s.center(0.8, "TRANSLATION FROM SPANISH", 9, "sans", fill=GREY)
    y = s.center(y + 0.1, "REPUBLIC OF HONDURAS", 12, "serif-bold")
    y = s.center(y, "NATIONAL REGISTRY OF PERSONS", 11, "serif-bold")
    y = s.center(y + 0.1, "CERTIFICATION OF BIRTH RECORD", 13, "serif-bold") + 0.25
    y = (
        s.para(
            0.9,
            y,
            6.7,
            "The undersigned Municipal Civil Registrar CERTIFIES: that the Registry of "
            "Births of this municipality contains the following entry:",
            11,
        )
        + 0.2
    )
    rows = [
        ("Identification Number:", dni),
        ("Name of registered person:", up(person.name)),
        ("Sex:", "FEMALE"),
        ("Date of birth:", long(person.born).upper()),
        ("Place of birth:", "DANLÍ, EL PARAÍSO"),
        ("Mother's name:", mother),
        ("Mother's nationality:", "HONDURAN"),
        ("Father's name:", father),
        ("Father's nationality:", "HONDURAN"),
        (
            "Volume / Page / Entry:",
            f"{registry['tomo']} / {registry['folio']} / {registry['asiento']}",
        ),
        ("Date of registration:", long(registry["inscrito"]).upper()),
        ("Remarks:", "NONE"),
    ]
    for label, value in rows:
        s.text(1.0, y, label, 10.5, "serif-bold")
        s.text(3.5, y, value, 10.5, "serif")
        y += 0.3
    y += 0.2
    s.para(
        0.9,
        y,
        6.7,
        "And for the purposes that suit the interested party, this is issued in the "
        f"city of Danlí, department of El Paraíso, on the {issued.day}th day of the month of "
        f"{dates.month(issued)} of the year {issued.year}.",
        11,
    )
    y += 1.0
    s.text(0.9, y, "[Seal: National Registry of Persons, Honduras, RNP]", 10.5, "serif-italic")
    s.text(4.3, y, "[Signature illegible]", 10.5, "serif-italic")
    s.text(4.3, y + 0.22, "Municipal Civil Registrar, Danlí, El Paraíso", 10.5)
    s.text(0.9, y + 0.8, f"Certification No. {registry['cert']}   Fee: L. 120.00", 10)
    s.text(0.9, y + 1.0, "Verify the authenticity of this document at www.rnp.hn", 10)
    return [
        s,
        translation_certificate(
            translator, "Spanish", f"Certification of Birth Record of {person.name}", signed
        ),
    ]


def translation_certificate(
    translator: dict,
    language: str,
    document: str,
    signed: dt.date,
    page: Sheet | None = None,
    y: float = 1.2,
) -> Sheet:
    """The translator's certificate: competence, accuracy, name, address, signature, date."""
    s = page or Sheet()
    y = s.center(y, "CERTIFICATE OF TRANSLATION", 13, "serif-bold") + 0.3
    y = (
        s.para(
            0.9,
            y,
            6.7,
            f"I, {translator['name']}, certify that I am competent to translate from {language} "
            "into "
            f"English, and that the attached English translation of the {document} is a complete "
            "and accurate translation of the original document, to the best of my knowledge and "
            "ability.",
            11.5,
        )
        + 0.5
    )
    s.signature(1.0, y, translator["name"], 20)
    y += 0.55
    s.line(0.9, y, 4.2, y, 0.6)
    y = s.lines(
        0.9,
        y + 0.06,
        [translator["name"], *translator["address"], f"Telephone: {translator['phone']}"],
        10.5,
        "serif",
    )
    s.text(0.9, y + 0.15, f"Date: {us(signed)}", 10.5, "serif")
    return s


def texas_birth(
    child: Person,
    mother: Person,
    hospital: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
    residence: str,
    seed: int,
) -> list[Sheet]:
    """A certified copy of a Texas certificate of birth from Vital Statistics."""
    s = Sheet()
    s.security_background(seed, (226, 222, 236))
    s.border(0.35, 2.0)
    y = s.center(0.6, "THE STATE OF TEXAS", 10, "serif-bold")
    y = s.center(y, "DEPARTMENT OF STATE HEALTH SERVICES — VITAL STATISTICS SECTION", 8.5, "sans")
    y = s.center(y + 0.05, "CERTIFICATE OF BIRTH", 17, "serif-bold") + 0.1
    s.text(5.4, y, f"STATE FILE NUMBER {file_no}", 8, "sans-bold")
    y += 0.22
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.5,
                [
                    (2, "1a. CHILD'S NAME (First)", up(child.first)),
                    (2, "1b. (Middle)", up(child.middle)),
                    (2, "1c. (Last)", up(child.surname)),
                ],
            ),
            (
                0.5,
                [
                    (2, "2. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                    (1, "3. TIME OF BIRTH", "07:42 AM" if seed % 2 else "11:16 PM"),
                    (1, "4. SEX", "FEMALE" if child.sex == "F" else "MALE"),
                    (2, "5. COUNTY OF BIRTH", "HARRIS"),
                ],
            ),
            (
                0.5,
                [
                    (2, "6. CITY OF BIRTH", "HOUSTON"),
                    (4, "7. PLACE OF BIRTH (Hospital or facility name)", hospital),
                ],
            ),
            (
                0.5,
                [
                    (4, "8a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(mother.name)),
                    (2, "8b. DATE OF BIRTH", us(mother.born)),
                ],
            ),
            (
                0.5,
                [
                    (3, "8c. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                    (3, "8d. BIRTHPLACE (State, Territory or Foreign Country)", "HONDURAS"),
                ],
            ),
            (0.5, [(6, "9. MOTHER'S RESIDENCE (Street, City, County, State, Zip)", residence)]),
            (
                0.5,
                [
                    (4, "10a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)", "—"),
                    (2, "10b. DATE OF BIRTH", "—"),
                ],
            ),
            (
                0.55,
                [
                    (3, "11. CERTIFIER'S NAME AND TITLE", "K. OYELARAN, CNM"),
                    (3, "12. DATE FILED BY LOCAL REGISTRAR", us(filed)),
                ],
            ),
        ],
        value_pt=9,
    )
    y += 0.3
    s.para(
        0.7,
        y,
        7.1,
        "This is a true and exact reproduction of the document officially "
        "registered and placed on file in the Vital Statistics Section, Texas Department of "
        "State Health Services, Austin, Texas.",
        8.5,
        "sans",
    )
    s.seal(1.7, 8.9, 0.65, "STATE OF TEXAS * VITAL STATISTICS * ", "TEXAS")
    s.text(3.2, 8.6, f"ISSUED {us(issued)}", 9, "sans-bold")
    s.signature(4.8, 8.55, "J. A. Marroquín", 16)
    s.text(4.8, 9.05, "STATE REGISTRAR", 8, "sans-bold")
    s.text(
        0.6,
        10.1,
        "WARNING: THIS DOCUMENT IS PRINTED ON SECURITY PAPER. DO NOT ACCEPT "
        "WITHOUT THE RAISED SEAL.",
        6.5,
        "sans",
    )
    return [s]


def head_start(
    child: Person, mother: Person, address: list[str], start: dt.date, signed: dt.date
) -> list[Sheet]:
    """A Head Start enrollment confirmation and family agreement, in English and Spanish."""
    head = (
        "Gulf Coast Community Head Start",
        [
            "Magnolia Park Early Learning Center · 7420 Harrisburg Blvd, Houston, TX 77011",
            "Enrollment Office / Oficina de Inscripción · (713) 555-0186",
        ],
        (20, 110, 70),
        "star",
    )
    p1 = Sheet()
    name, lines, colour, mark = head
    y = letterhead(p1, name, lines, colour, mark)
    y = p1.center(y, "ENROLLMENT CONFIRMATION", 14, "sans-bold")
    y = p1.center(y, "CONFIRMACIÓN DE INSCRIPCIÓN", 11, "sans-italic") + 0.2
    y = p1.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.52,
                [
                    (3, "Child's name / Nombre del niño(a)", up(child.name)),
                    (2, "Date of birth / Fecha de nacimiento", us(child.born)),
                ],
            ),
            (
                0.52,
                [
                    (3, "Program option / Opción de programa", "HEAD START — FULL DAY (7:30-3:30)"),
                    (2, "First day / Primer día", us(start)),
                ],
            ),
            (
                0.52,
                [
                    (3, "Classroom / Salón", "ROOM 4 — MARIPOSAS (3-4 YEARS)"),
                    (2, "Teacher / Maestra", "MS. YOLANDA PRUITT"),
                ],
            ),
            (
                0.52,
                [
                    (3, "Parent or guardian / Padre, madre o tutor", up(mother.name)),
                    (2, "Relationship / Parentesco", "MOTHER / MADRE"),
                ],
            ),
            (0.52, [(5, "Home address / Dirección", f"{address[0]}, {address[1]}".upper())]),
            (
                0.52,
                [
                    (2, "Eligibility / Elegibilidad", "INCOME-ELIGIBLE"),
                    (3, "Family size / Número de personas en el hogar", "3"),
                ],
            ),
        ],
        value_pt=9,
    )
    y += 0.3
    y = p1.paras(
        0.8,
        y,
        6.9,
        [
            f"Dear {mother.first}: We are happy to confirm that {child.first} is enrolled in our "
            "Head Start program for the 2025-2026 school year. Please bring the immunization "
            "record, "
            "a change of clothes and a photo of the family on the first day.",
            f"Estimada {mother.first}: Con gusto confirmamos que {child.first} está inscrita en "
            "nuestro programa Head Start para el año escolar 2025-2026. Por favor traiga el "
            "registro "
            "de vacunas, una muda de ropa y una foto de la familia el primer día.",
        ],
        pt=10.5,
        face="serif",
    )
    p1.text(0.8, y + 0.2, "Family Services Advocate / Defensora de Servicios Familiares:", 9)
    p1.signature(0.9, y + 0.42, "Araceli Benavides", 16)
    p1.text(0.8, y + 0.95, "Araceli Benavides", 10)
    p1.text(6.4, 10.3, "Page 1 of 2", 8, fill=GREY)
    p2 = Sheet()
    y = p2.text(0.8, 0.7, "Gulf Coast Community Head Start", 11, "sans-bold", fill=colour)
    y = p2.center(y + 0.2, "FAMILY PARTNERSHIP AGREEMENT", 13, "sans-bold")
    y = p2.center(y, "ACUERDO DE ASOCIACIÓN CON LA FAMILIA", 10.5, "sans-italic") + 0.25
    items = [
        (
            "I will bring my child to school every day and on time. / Traeré a mi hijo(a) a la "
            "escuela todos los días y a tiempo."
        ),
        (
            "I will call the center when my child is absent. / Llamaré al centro cuando mi "
            "hijo(a) falte."
        ),
        (
            "I will attend at least two parent-teacher conferences. / Asistiré por lo menos a dos "
            "conferencias con la maestra."
        ),
        (
            "I give permission for health and developmental screenings. / Doy permiso para "
            "evaluaciones de salud y desarrollo."
        ),
        ("I would like to volunteer in the classroom. / Me gustaría ser voluntaria en el salón."),
    ]
    for item in items:
        p2.checkbox(0.9, y + 0.02, True, "", 10)
        y = p2.para(1.2, y, 6.4, item, 10, "sans") + 0.12
    y += 0.2
    y = (
        p2.para(
            0.8,
            y,
            6.9,
            "Emergency contacts / Contactos de emergencia: Rosa Elvira "
            "Maradiaga (neighbor / vecina) 832-555-0149",
            10,
            "sans",
        )
        + 0.5
    )
    p2.signature(0.9, y, mother.name, 16)
    p2.line(0.8, y + 0.45, 4.3, y + 0.45, 0.6)
    p2.text(0.8, y + 0.5, "Parent signature / Firma del padre o madre", 8.5)
    p2.text(4.8, y + 0.25, us(signed), 11, "mono")
    p2.line(4.7, y + 0.45, 7.2, y + 0.45, 0.6)
    p2.text(4.8, y + 0.5, "Date / Fecha", 8.5)
    p2.text(6.4, 10.3, "Page 2 of 2", 8, fill=GREY)
    return [p1, p2]


def rent_receipt(
    number: str, date: dt.date, payer: str, amount: float, words: str, period: str, landlord: str
) -> list[Sheet]:
    """One slip from a receipt book, filled in by hand."""
    s = Sheet(6.5, 3.4, paper=(252, 246, 214))
    s.rect(0.12, 0.12, 6.26, 3.16, weight=1.2)
    s.text(0.3, 0.25, "RECEIPT", 16, "sans-bold")
    s.text(4.7, 0.28, "No.", 11, "sans-bold")
    s.text(5.15, 0.22, number, 15, "mono-bold", fill=(190, 30, 40))
    s.text(0.3, 0.75, "DATE", 8, "sans-bold")
    handwriting(s, 0.85, 0.6, us(date))
    s.line(0.8, 0.9, 2.6, 0.9, 0.5)
    s.text(0.3, 1.15, "RECEIVED FROM", 8, "sans-bold")
    handwriting(s, 1.5, 1.0, payer)
    s.line(1.45, 1.3, 6.1, 1.3, 0.5)
    handwriting(s, 0.4, 1.45, words)
    s.line(0.3, 1.72, 5.0, 1.72, 0.5)
    s.text(5.1, 1.55, "DOLLARS", 8, "sans-bold")
    s.text(0.3, 2.0, "FOR", 8, "sans-bold")
    handwriting(s, 0.8, 1.85, period)
    s.line(0.75, 2.15, 6.1, 2.15, 0.5)
    s.rect(0.3, 2.4, 1.7, 0.5, weight=0.8)
    s.text(0.36, 2.45, "$", 12, "sans-bold")
    handwriting(s, 0.6, 2.42, money(amount), 15)
    s.checkbox(2.3, 2.45, True, "CASH", 8)
    s.checkbox(2.3, 2.65, False, "MONEY ORDER", 8)
    s.text(3.6, 2.9, "BY", 8, "sans-bold")
    s.signature(3.9, 2.45, landlord, 15)
    s.line(3.85, 2.95, 6.1, 2.95, 0.5)
    return [s]


def lease(
    tenant: Person,
    children: list[Person],
    address: list[str],
    start: dt.date,
    end: dt.date,
    rent: int,
    landlord: str,
    manager: str,
) -> list[Sheet]:
    """A two-page residential lease drawn up by a small landlord company."""
    p1 = Sheet()
    y = p1.center(0.7, "RESIDENTIAL LEASE AGREEMENT", 15, "serif-bold")
    y = p1.center(y, landlord, 10, "sans") + 0.3
    sections = [
        (
            "1. PARTIES.",
            f"This Lease is made on {long(start - dt.timedelta(days=9))} between "
            f'{landlord} ("Landlord") and {tenant.name} ("Tenant").',
        ),
        (
            "2. PREMISES.",
            f"Landlord leases to Tenant the apartment at {address[0]}, {address[1]} "
            '(the "Premises"), unfurnished, with one assigned parking space.',
        ),
        (
            "3. TERM.",
            f"The term begins on {long(start)} and ends on {long(end)}. After the end "
            "of the term, this Lease continues month to month until either party gives thirty (30) "
            "days' written notice.",
        ),
        (
            "4. RENT.",
            f"Tenant will pay ${rent:,}.00 per month, in advance, on or before the 1st "
            "day of each month, at the management office or through the resident portal. Rent "
            "received after the 3rd is late; a late fee of $75.00 applies.",
        ),
        (
            "5. SECURITY DEPOSIT.",
            f"Tenant has paid a security deposit of ${rent:,}.00, to be "
            "refunded within thirty days after Tenant surrenders the Premises, less lawful "
            "deductions.",
        ),
        (
            "6. OCCUPANTS.",
            "The Premises will be occupied only by Tenant and the following "
            "persons: " + ", ".join(f"{c.name} (child)" for c in children) + ". No other person "
            "may live in the Premises for more than 14 days without Landlord's written consent.",
        ),
        (
            "7. UTILITIES.",
            "Tenant pays electricity and internet. Landlord pays water, sewer and trash.",
        ),
    ]
    for head, text in sections:
        p1.text(0.9, y, head, 10.5, "serif-bold")
        y = p1.para(2.55, y, 5.1, text, 10.5) + 0.16
    p1.text(0.9, 10.3, "Tenant initials: ______", 9)
    handwriting(p1, 2.0, 10.15, "DMOB", 12)
    p1.text(6.6, 10.3, "Page 1 of 2", 9)
    p2 = Sheet()
    y = 0.8
    for head, text in [
        ("8. USE.", "The Premises will be used only as a private residence."),
        (
            "9. MAINTENANCE.",
            "Tenant will keep the Premises clean and report needed repairs in "
            "writing. Landlord will make repairs within a reasonable time.",
        ),
        ("10. PETS.", "No pets without a signed pet addendum."),
        (
            "11. ENTRY.",
            "Landlord may enter at reasonable times with 24 hours' notice, or at any "
            "time in an emergency.",
        ),
        (
            "12. NOTICES.",
            f"Notices to Landlord: {manager}, Property Manager, 6211 Bellaire Blvd "
            "Ste 110, Houston, TX 77081.",
        ),
        (
            "13. ENTIRE AGREEMENT.",
            "This Lease is the entire agreement of the parties. Texas law governs it.",
        ),
    ]:
        p2.text(0.9, y, head, 10.5, "serif-bold")
        y = p2.para(2.55, y, 5.1, text, 10.5) + 0.16
    y += 0.5
    for who, name in (("TENANT", tenant.name), ("LANDLORD", f"{manager}, for {landlord}")):
        p2.signature(1.0, y, name.split(",")[0], 17)
        p2.line(0.9, y + 0.5, 4.8, y + 0.5, 0.6)
        p2.text(0.9, y + 0.55, f"{who}: {name}", 9.5)
        p2.text(5.2, y + 0.3, us(start - dt.timedelta(days=9)), 10.5, "mono")
        p2.text(5.2, y + 0.55, "Date", 9)
        y += 1.2
    p2.text(6.6, 10.3, "Page 2 of 2", 9)
    return [p1, p2]


# ---------------------------------------------------------------- letters


def letter(
    head,
    date_line,
    body,
    signer,
    signer_lines,
    *,
    recipient=None,
    re_line=None,
    salutation="To Whom It May Concern:",
    closing="Sincerely,",
    face="serif",
    pt=11,
):
    return [
        write_letter(
            head,
            date_line,
            recipient or [],
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


def two_page_letter(
    head,
    date_line,
    body1,
    body2,
    signer,
    signer_lines,
    footer2,
    *,
    re_line=None,
    salutation="To Whom It May Concern:",
    pt=11,
) -> list[Sheet]:
    """A letter running onto a second page, which carries the writer's running head."""
    p1 = write_letter(head, date_line, [], re_line, salutation, body1, "", "", [], pt=pt)
    p2 = Sheet()
    y = p2.lines(0.9, 0.8, footer2, 9.5, "serif") + 0.3
    y = p2.paras(0.9, y, 6.7, body2, gap=0.12, pt=pt, face="serif")
    y = p2.text(0.9, y + 0.1, "Respectfully,", pt)
    p2.signature(1.0, y + 0.05, signer, 20)
    p2.lines(0.9, y + 0.62, [signer, *signer_lines], pt - 1, "serif")
    return [p1, p2]


# ---------------------------------------------------------------- US government printouts


def i94(
    person: Person,
    record: str,
    entered: dt.date,
    klass: str,
    until: dt.date,
    passport_no: str,
    citizenship: str,
    printed: dt.date,
    birth_shown: dt.date,
) -> list[Sheet]:
    """The I-94 page printed from the CBP website."""
    s = Sheet()
    s.rect(0, 0, 8.5, 0.55, outline=None, fill=(18, 46, 90))
    s.text(0.5, 0.14, "U.S. Customs and Border Protection", 13, "sans-bold", fill=(255, 255, 255))
    s.text(0.5, 0.62, "Official Website of the Department of Homeland Security", 7.5, fill=GREY)
    y = s.text(0.8, 1.05, "I-94 Official Website", 16, "sans-bold", fill=(18, 46, 90)) + 0.1
    y = s.text(0.8, y, "Get Most Recent I-94", 13, "sans-bold") + 0.15
    s.rect(0.8, y, 6.9, 0.5, outline=(120, 140, 170), fill=(236, 242, 250))
    s.text(0.95, y + 0.14, f"Admission (I-94) Record Number: {record}", 11, "sans-bold")
    y += 0.75
    rows = [
        ("Most Recent Date of Entry:", entered.strftime("%Y %B %d")),
        ("Class of Admission:", klass),
        ("Admit Until Date:", us(until)),
        ("Details provided on the I-94 Information form:", ""),
        ("Last/Surname:", up(person.surname)),
        ("First (Given) Name:", up(person.given)),
        ("Birth Date:", birth_shown.strftime("%Y %B %d")),
        ("Document Number:", passport_no),
        ("Country of Citizenship:", citizenship),
    ]
    for label, value in rows:
        if not value:
            y = s.text(0.8, y + 0.1, label, 10.5, "sans-bold") + 0.12
            continue
        s.text(1.0, y, label, 10.5, "sans")
        s.text(4.2, y, value, 10.5, "sans-bold")
        y += 0.3
    y += 0.3
    s.para(
        0.8,
        y,
        6.9,
        "Effective April 26, 2013, DHS began automating the admission process. "
        "An alien lawfully admitted or paroled into the U.S. is no longer required to be in "
        "possession of a preprinted Form I-94. A record of admission printed from the CBP "
        "website constitutes a lawful record of admission. See 8 CFR § 1.4(d).",
        9,
        "sans",
    )
    s.para(
        0.8,
        y + 1.0,
        6.9,
        "Note: For travelers admitted on a Visa Waiver Program or paroled, "
        "the admit until date is the date by which the traveler must depart unless granted "
        "an extension or a change of status.",
        9,
        "sans",
    )
    s.text(0.5, 10.5, "https://i94.cbp.dhs.gov/search/recent-search", 7.5, fill=GREY)
    s.text(6.6, 10.5, f"{us(printed)}, 9:14 AM", 7.5, fill=GREY)
    return [s]


def i797(
    person: Person,
    a_number: str,
    receipt: str,
    case_type: str,
    received: dt.date,
    notice: dt.date,
    body: list[str],
    address: list[str],
) -> list[Sheet]:
    """A USCIS Form I-797 Notice of Action (approval)."""
    s = Sheet()
    s.security_background(33, (232, 234, 244))
    s.text(0.6, 0.5, "THE UNITED STATES OF AMERICA", 12, "serif-bold")
    s.text(5.6, 0.5, "I-797 | NOTICE OF ACTION", 10.5, "sans-bold")
    s.line(0.6, 0.8, 7.9, 0.8, 1.2)
    y = s.grid(
        0.6,
        0.9,
        7.3,
        [
            (0.5, [(3, "RECEIPT NUMBER", receipt), (4, "CASE TYPE", case_type)]),
            (
                0.5,
                [
                    (2, "RECEIVED DATE", us(received)),
                    (2, "PRIORITY DATE", ""),
                    (3, "APPLICANT", a_number.replace("-", "")),
                ],
            ),
            (
                0.5,
                [(2, "NOTICE DATE", us(notice)), (2, "PAGE", "1 of 1"), (3, "", up(person.name))],
            ),
        ],
        value_pt=9.5,
    )
    y = s.lines(0.8, y + 0.35, [up(person.name), *(a.upper() for a in address)], 10, "mono")
    s.text(5.3, y - 0.6, "Notice Type: Approval Notice", 10, "sans-bold")
    s.text(5.3, y - 0.4, "Class: A12", 10, "sans")
    y += 0.4
    y = s.paras(0.8, y, 6.9, body, pt=10, face="sans") + 0.4
    s.para(
        0.8,
        y,
        6.9,
        "Please see the additional information on the back. You will be "
        "notified separately about any other cases you filed.",
        9,
        "sans",
    )
    s.lines(
        0.8,
        9.0,
        [
            "U.S. CITIZENSHIP AND IMMIGRATION SERVICES",
            "NEBRASKA SERVICE CENTER",
            "P.O. BOX 82521",
            "LINCOLN NE 68501-2521",
            "USCIS Contact Center: www.uscis.gov/contactcenter",
        ],
        9,
        "sans",
    )
    s.text(5.6, 10.3, "Form I-797 (Rev. 01/31/05) N", 8)
    return [s]


def pay_stub(
    employer: list[str],
    employee: str,
    emp_id: str,
    address: list[str],
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    hours: float,
    overtime: float,
    rate: float,
    ytd_gross: float,
    number: str,
) -> Sheet:
    gross = round(hours * rate + overtime * rate * 1.5, 2)
    fed = round(gross * 0.071, 2)
    ss = round(gross * 0.062, 2)
    med = round(gross * 0.0145, 2)
    net = round(gross - fed - ss - med, 2)
    s = Sheet()
    s.text(0.6, 0.6, employer[0], 13, "sans-bold")
    s.lines(0.6, 0.85, employer[1:], 8.5, "sans", fill=GREY)
    s.text(5.3, 0.6, "EARNINGS STATEMENT", 12, "sans-bold")
    s.text(5.3, 0.85, f"Check No. {number}", 8.5)
    s.text(5.3, 1.0, f"Pay Date: {us(paid)}", 8.5)
    s.line(0.6, 1.4, 7.9, 1.4, 1.0)
    s.lines(0.7, 1.55, [employee, *address], 9.5, "mono")
    s.lines(
        4.6,
        1.55,
        [
            f"Employee ID: {emp_id}",
            f"Pay Period: {us(period[0])} - {us(period[1])}",
            "Pay Frequency: Weekly",
            "Position: Delivery Associate",
            "Filing Status: Single / Federal",
        ],
        8.5,
    )
    y = s.table(
        0.6,
        2.55,
        [2.2, 1.0, 1.0, 1.2, 1.3],
        [
            ["Earnings", "Rate", "Hours", "This Period", "Year to Date"],
            [
                "Regular",
                f"{rate:.2f}",
                f"{hours:.2f}",
                money(hours * rate),
                money(ytd_gross * 0.93),
            ],
            [
                "Overtime",
                f"{rate * 1.5:.2f}",
                f"{overtime:.2f}",
                money(overtime * rate * 1.5),
                money(ytd_gross * 0.07),
            ],
            ["Gross Pay", "", "", money(gross), money(ytd_gross)],
        ],
        pt=9,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.6,
        y + 0.3,
        [3.4, 1.2, 1.3],
        [
            ["Deductions", "This Period", "Year to Date"],
            ["Federal Income Tax", money(fed), money(ytd_gross * 0.071)],
            ["Social Security Tax", money(ss), money(ytd_gross * 0.062)],
            ["Medicare Tax", money(med), money(ytd_gross * 0.0145)],
        ],
        pt=9,
        align=["left", "right", "right"],
    )
    s.rect(0.6, y + 0.3, 6.7, 0.45, fill=(236, 236, 236))
    s.text(0.75, y + 0.42, "NET PAY", 11, "sans-bold")
    s.text(6.0, y + 0.42, money(net), 11, "sans-bold")
    s.text(0.6, y + 1.0, f"Direct Deposit — Account ******6621   {money(net)}", 9, "mono")
    s.line(0.6, 5.6, 7.9, 5.6, 0.4, GREY)
    s.text(0.6, 5.7, "THIS IS NOT A CHECK — NON-NEGOTIABLE", 8, fill=GREY)
    return s


def w2(
    year: int,
    employer: list[str],
    ein: str,
    employee: Person,
    ssn_last: str,
    address: list[str],
    wages: float,
    state: str,
    state_id: str,
) -> Sheet:
    """A Form W-2, Copy B, printed by a payroll service: the boxes and their amounts."""
    fed, ss, med = wages * 0.082, wages * 0.062, wages * 0.0145
    s = Sheet()
    s.text(0.6, 0.5, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 8.5, "sans-bold")
    s.text(0.6, 0.65, "This information is being furnished to the Internal Revenue Service.", 7.5)
    y = s.grid(
        0.6,
        0.9,
        7.3,
        [
            (
                0.45,
                [
                    (3, "a  Employee's social security number", f"XXX-XX-{ssn_last}"),
                    (4, "OMB No. 1545-0008", ""),
                ],
            ),
            (
                0.45,
                [
                    (3, "b  Employer identification number (EIN)", ein),
                    (2, "1  Wages, tips, other compensation", money(wages)),
                    (2, "2  Federal income tax withheld", money(fed)),
                ],
            ),
            (
                1.0,
                [
                    (3, "c  Employer's name, address, and ZIP code", "\n".join(employer)),
                    (
                        2,
                        "3  Social security wages\n\n5  Medicare wages and tips",
                        f"{money(wages)}\n{money(wages)}",
                    ),
                    (
                        2,
                        "4  Social security tax withheld\n\n6  Medicare tax withheld",
                        f"{money(ss)}\n{money(med)}",
                    ),
                ],
            ),
            (
                0.45,
                [
                    (3, "d  Control number", f"{year % 100:02d}-0{ssn_last}"),
                    (2, "7  Social security tips", ""),
                    (2, "8  Allocated tips", ""),
                ],
            ),
            (
                1.0,
                [
                    (
                        3,
                        "e  Employee's first name and initial   Last name   Suff.\n"
                        "f  Employee's address and ZIP code",
                        "\n".join([up(employee.name), *(a.upper() for a in address)]),
                    ),
                    (
                        2,
                        "10  Dependent care benefits\n12a  See instructions for box 12",
                        "\nDD | 4,812.00",
                    ),
                    (2, "11  Nonqualified plans\n13  Statutory employee / Retirement plan", ""),
                ],
            ),
            (
                0.5,
                [
                    (1, "15  State", state),
                    (2, "Employer's state ID number", state_id),
                    (2, "16  State wages, tips, etc.", money(wages)),
                    (2, "17  State income tax", money(wages * 0.021 if state != "FL" else 0)),
                ],
            ),
        ],
        value_pt=9,
    )
    s.text(0.6, y + 0.1, "Form W-2  Wage and Tax Statement", 11, "sans-bold")
    s.text(4.6, y + 0.1, str(year), 18, "sans-bold")
    s.text(5.4, y + 0.15, "Department of the Treasury—Internal Revenue Service", 7)
    s.line(0.6, 5.5, 7.9, 5.5, 0.5, GREY)
    s.text(0.6, 5.6, "Dept. of the Treasury - IRS   (keep for your records)", 7, fill=GREY)
    return s


def g28(
    client: Person, a_number: str, rep: dict, bar: str, signed: dt.date, address: list[str]
) -> list[Sheet]:
    """Form G-28, Notice of Entry of Appearance, as filled in online and printed: two pages."""
    p1 = Sheet()
    p1.text(0.6, 0.5, "Notice of Entry of Appearance", 14, "sans-bold")
    p1.text(0.6, 0.75, "as Attorney or Accredited Representative", 12, "sans-bold")
    p1.text(5.7, 0.5, "DHS", 14, "sans-bold")
    p1.text(5.7, 0.75, "Form G-28", 11, "sans-bold")
    p1.text(5.7, 0.95, "OMB No. 1615-0105", 8)
    p1.text(0.6, 1.05, "Department of Homeland Security", 9)
    p1.line(0.6, 1.3, 7.9, 1.3, 1.5)
    y = (
        p1.text(
            0.6,
            1.4,
            "Part 1.  Information About Attorney or Accredited Representative",
            10,
            "sans-bold",
        )
        + 0.05
    )
    last, first = rep["name"].split()[-1], " ".join(rep["name"].split()[:-1])
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1, "1. USCIS Online Account Number (if any)", ""),
                    (2, "2.a. Family Name (Last Name)", last.upper()),
                    (2, "2.b. Given Name (First Name)", first.upper()),
                ],
            ),
            (
                0.45,
                [
                    (3, "3.a. Street Number and Name", rep["address"][0]),
                    (2, "3.c. City or Town, State, ZIP Code", rep["address"][1]),
                ],
            ),
            (
                0.45,
                [
                    (2, "4. Daytime Telephone Number", rep["phone"]),
                    (3, "6. Email Address (if any)", rep["email"]),
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
    p1.checkbox(
        0.7,
        y + 0.02,
        True,
        "1.a. I am an attorney eligible to practice law in, and a "
        "member in good standing of, the bar of the highest courts of:",
        8.5,
    )
    y = p1.grid(
        0.9,
        y + 0.25,
        7.0,
        [
            (
                0.45,
                [
                    (2, "Licensing Authority", bar),
                    (1, "1.b. Bar Number (if applicable)", rep["eoir_id"][2:]),
                ],
            ),
            (
                0.45,
                [(3, "1.d. Name of Law Firm or Organization (if applicable)", rep["organization"])],
            ),
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
    p1.checkbox(
        0.7,
        y + 0.02,
        True,
        "This appearance relates to immigration matters before "
        "U.S. Immigration and Customs Enforcement (ICE)",
        8.5,
    )
    y = p1.grid(
        0.6,
        y + 0.3,
        7.3,
        [
            (
                0.45,
                [
                    (
                        5,
                        "2.b. List the specific matter in which appearance is entered",
                        "Request for prosecutorial discretion (OPLA)",
                    )
                ],
            ),
            (
                0.45,
                [
                    (2, "6.a. Family Name (Last Name)", up(client.surname)),
                    (2, "6.b. Given Name (First Name)", up(client.given)),
                    (1, "10. A-Number", a_number),
                ],
            ),
            (
                0.45,
                [
                    (3, "12.a. Street Number and Name", address[0]),
                    (2, "12.c. City or Town, State, ZIP Code", address[1]),
                ],
            ),
        ],
    )
    p1.text(0.6, 10.4, "Form G-28  Edition 09/17/18", 8)
    p1.text(6.8, 10.4, "Page 1 of 4", 8)
    p2 = Sheet()
    y = (
        p2.text(
            0.6, 0.6, "Part 4.  Client's Consent to Representation and Signature", 10, "sans-bold"
        )
        + 0.1
    )
    y = (
        p2.para(
            0.6,
            y,
            7.2,
            "I have requested the representation of and consented to being "
            "represented by the attorney or accredited representative named in Part 1. of "
            "this form. According to the Privacy Act of 1974 and DHS policy, I also consent "
            "to the disclosure to the named attorney of any record pertaining to me that "
            "appears in any system of records of USCIS, ICE, or CBP.",
            9,
            "sans",
        )
        + 0.3
    )
    p2.signature(0.8, y, client.name, 16)
    p2.line(0.7, y + 0.45, 4.8, y + 0.45, 0.6)
    p2.text(0.7, y + 0.5, "2.a. Signature of Applicant, Petitioner, Requestor, or Respondent", 8)
    p2.text(5.2, y + 0.25, us(signed), 10, "mono")
    y += 1.1
    y = (
        p2.text(
            0.6, y, "Part 5.  Signature of Attorney or Accredited Representative", 10, "sans-bold"
        )
        + 0.1
    )
    y = (
        p2.para(
            0.6,
            y,
            7.2,
            "I have read and understand the regulations and conditions "
            "contained in 8 CFR 103.2 and 292 governing appearances and representation "
            "before DHS. I declare under penalty of perjury under the laws of the United "
            "States that the information I have provided on this form is true and "
            "correct.",
            9,
            "sans",
        )
        + 0.3
    )
    p2.signature(0.8, y, rep["name"], 16)
    p2.line(0.7, y + 0.45, 4.8, y + 0.45, 0.6)
    p2.text(0.7, y + 0.5, "1. Signature of Attorney or Accredited Representative", 8)
    p2.text(5.2, y + 0.25, us(signed), 10, "mono")
    p2.text(0.6, 10.4, "Form G-28  Edition 09/17/18", 8)
    p2.text(6.8, 10.4, "Page 3 of 4", 8)
    return [p1, p2]


# ---------------------------------------------------------------- the Afghan papers


def tazkira(seed: int) -> list[Sheet]:
    """A paper tazkira (Afghan identity certificate) of the old format, in Dari: a small
    ruled page with the photo, the fields handwritten in blue, stamps across the photo."""
    s = Sheet(8.3, 5.9, paper=(234, 240, 222))
    s.security_background(seed, (212, 226, 206))
    s.rect(0.2, 0.2, 7.9, 5.5, weight=1.6, outline=(40, 90, 60))
    dari(s, 4.15, 0.32, "جمهوری اسلامی افغانستان", 13, align="center")
    dari(s, 4.15, 0.62, "وزارت امور داخله — ریاست عمومی ثبت احوال نفوس", 10, align="center")
    dari(s, 4.15, 0.9, "تذکره تابعیت", 17, fill=(40, 90, 60), align="center")
    portrait(s, 0.5, 1.45, 1.35, 1.7, seed)
    s.seal(1.55, 2.95, 0.45, "ریاست ثبت احوال نفوس پروان ", "")
    rows = [
        ("اسم:", "جاوید احمد"),
        ("ولد:", "عبدالحکیم"),
        ("ولدیت پدر کلان:", "محمد یوسف"),
        ("قوم:", "تاجیک"),
        ("سکونت اصلی:", "ولایت پروان، ولسوالی چاریکار، قریه توتم‌دره"),
        ("سکونت فعلی:", "ولایت پروان، شهر چاریکار"),
        ("سن:", "۱۵ ساله در سال ۱۳۸۴"),
        ("شماره ثبت:", "جلد ۱۲ صفحه ۴۵ نمبر ۸۷۳۲"),
    ]
    y = 1.35
    for label, value in rows:
        dari(s, 7.8, y, label, 10.5)
        dari(s, 6.1, y - 0.03, value, 11.5, fill=PEN)
        s.line(2.2, y + 0.3, 6.15, y + 0.3, 0.4, (120, 140, 120))
        y += 0.42
    dari(s, 7.8, 4.85, "تاریخ صدور: ۱۳۸۴/۰۵/۱۲", 10)
    dari(s, 3.6, 4.85, "امضاء مدیر ثبت احوال نفوس", 9)
    s.signature(1.2, 4.7, "Hamid", 14)
    s.rect(4.5, 4.4, 1.5, 0.36, weight=1.4, outline=(60, 60, 160))
    dari(s, 5.9, 4.43, "نمبر مسلسل ۰۰۵۲۱۸۷", 10, fill=(60, 60, 160))
    s.rect(0.5, 3.35, 0.8, 0.95, weight=0.8)
    s.draw.ellipse((s.px(0.65), s.px(3.5), s.px(1.12), s.px(4.1)), fill=(70, 60, 90))
    return [s]


def tazkira_translation(person: Person, translator: dict, signed: dt.date) -> list[Sheet]:
    p1 = Sheet()
    y = p1.center(0.8, "ENGLISH TRANSLATION", 10, "sans", fill=GREY)
    y = p1.center(y + 0.1, "Islamic Republic of Afghanistan", 12, "serif-bold")
    y = p1.center(
        y,
        "Ministry of Interior Affairs — General Directorate of Population Registration",
        10.5,
        "serif",
    )
    y = p1.center(y + 0.1, "CERTIFICATE OF CITIZENSHIP (TAZKIRA)", 14, "serif-bold") + 0.3
    y = p1.table(
        0.9,
        y,
        [2.4, 4.3],
        [
            ["Entry", "Translation"],
            ["Name:", person.first + " " + person.middle],
            ["Son of (father):", "Abdul Hakim"],
            ["Grandfather's name:", "Mohammad Yousuf"],
            ["Ethnicity:", "Tajik"],
            ["Original residence:", "Totumdara village, Charikar District, Parwan Province"],
            ["Current residence:", "Charikar City, Parwan Province"],
            ["Age:", "15 years old in the year 1384 [2005]"],
            ["Registration:", "Volume 12, Page 45, Number 8732"],
            ["Serial number (stamp):", "0052187"],
            ["Date of issue:", "12/05/1384 [August 3, 2005]"],
            ["Issued by:", "Population Registration Office, Parwan Province"],
        ],
        pt=10.5,
        face="serif",
        header_face="serif-bold",
        row_height=0.36,
    )
    y += 0.3
    p1.para(
        0.9,
        y,
        6.7,
        "[Photograph of the holder, stamped by the Population Registration "
        "Office of Parwan.] [Signature of the Director of Population Registration.] "
        "[Fingerprint.]",
        10.5,
        "serif-italic",
    )
    p1.text(
        0.9,
        10.2,
        "Translator's note: dates are given in the Solar Hijri calendar with the "
        "Gregorian date in brackets.",
        9,
        "serif-italic",
    )
    return [
        p1,
        translation_certificate(
            translator,
            "Dari",
            f"Afghan tazkira (certificate of citizenship) of {person.first} {person.middle}",
            signed,
        ),
    ]


def certificate(
    issuer: list[str],
    colour,
    title: str,
    holder: str,
    lines: list[str],
    issued: dt.date,
    signers: list[tuple[str, str]],
    seed: int,
) -> list[Sheet]:
    """A landscape certificate of completion with a border, a seal and two signatures."""
    s = Sheet(11.0, 8.5)
    s.border(0.35, 3.0)
    s.rect(0.55, 0.55, 9.9, 7.4, weight=0.8, outline=colour)
    y = s.center(0.95, issuer[0], 16, "serif-bold", fill=colour)
    for line in issuer[1:]:
        y = s.center(y, line, 11, "serif")
    y = s.center(y + 0.35, title, 30, "script")
    y = s.center(y + 0.2, "This certifies that", 13, "serif-italic")
    y = s.center(y + 0.15, holder, 24, "serif-bold")
    s.line(2.5, y + 0.05, 8.5, y + 0.05, 0.8)
    y += 0.3
    for line in lines:
        y = s.center(y, line, 13, "serif")
    s.center(y + 0.15, f"Awarded {long(issued)}", 12, "serif-italic")
    s.seal(5.5, 6.55, 0.6, f"{issuer[0].upper()} * ", "")
    for i, (name, title_line) in enumerate(signers):
        x = 1.3 + i * 5.3
        s.signature(x + 0.3, 6.35, name, 17)
        s.line(x, 6.95, x + 3.2, 6.95, 0.7)
        s.text(x, 7.0, name, 10)
        s.text(x, 7.17, title_line, 9, "serif-italic")
    s.text(9.0, 7.55, f"No. {seed:05d}", 7, fill=GREY)
    return [s]


def calfresh_notice(
    person: Person,
    case_no: str,
    address: list[str],
    notice: dt.date,
    begin: dt.date,
    amount: int,
    worker: str,
) -> list[Sheet]:
    s = Sheet()
    s.text(0.6, 0.45, "STATE OF CALIFORNIA - HEALTH AND HUMAN SERVICES AGENCY", 7.5)
    s.text(0.6, 0.58, "CALIFORNIA DEPARTMENT OF SOCIAL SERVICES", 7.5)
    s.text(0.6, 0.85, "Sacramento County Department of Human Assistance", 11, "sans-bold")
    s.lines(0.6, 1.05, ["2700 Fulton Avenue", "Sacramento, CA 95821", "(916) 874-3100"], 8.5)
    s.lines(
        5.0,
        0.85,
        [
            f"Notice Date: {us(notice)}",
            f"Case Number: {case_no}",
            f"Worker: {worker}",
            "Worker ID: 4JD2",
            "Phone: (916) 875-0212",
        ],
        8.5,
    )
    s.lines(1.0, 1.9, [up(person.name), *(a.upper() for a in address)], 10, "mono")
    y = s.center(2.9, "NOTICE OF ACTION", 13, "sans-bold")
    y = s.center(y, "APPROVAL OF CALFRESH BENEFITS", 12, "sans-bold") + 0.25
    y = (
        s.paras(
            0.8,
            y,
            6.9,
            [
                f"Beginning {long(begin)}, the County is approving your application for CalFresh "
                f"benefits. You will get ${amount} a month for a household of 1.",
                f"Your certification period is {us(begin)} through "
                f"{us(begin.replace(year=begin.year + 1) - dt.timedelta(days=1))}. You must "
                "complete a "
                "periodic report (SAR 7) in month 6 to keep getting benefits.",
                "Your benefits will be put on your EBT card on the 9th of each month.",
            ],
            pt=10.5,
            face="sans",
        )
        + 0.2
    )
    y = s.table(
        0.8,
        y,
        [4.4, 2.0],
        [
            ["How we figured your benefits", "Amount"],
            ["Gross earned income", "$1,640.00"],
            ["Earned income deduction (20%)", "- $328.00"],
            ["Standard deduction", "- $204.00"],
            ["Excess shelter deduction", "- $312.00"],
            ["Net income", "$796.00"],
            ["CalFresh benefit for household of 1", f"${amount}.00"],
        ],
        pt=9.5,
        align=["left", "right"],
    )
    y += 0.3
    s.para(
        0.8,
        y,
        6.9,
        "Rule: This action is based on Manual of Policies and Procedures "
        "Section 63-503. You have the right to ask for a State Hearing if you disagree. See "
        "the back of this page for your hearing rights.",
        9,
        "sans",
    )
    s.text(0.6, 10.4, "NA 1239 (9/24) - CalFresh Approval", 8)
    s.text(6.9, 10.4, "Page 1 of 2", 8)
    return [s]


def ghana_birth(
    person: Person, mother: str, father: str, entry: str, registered: dt.date, issued: dt.date
) -> list[Sheet]:
    """A Ghanaian birth certificate from the Births and Deaths Registry, in English."""
    s = Sheet()
    s.security_background(91, (232, 226, 214))
    s.border(0.4, 2.4)
    s.logo(3.95, 0.6, 0.6, "star", (20, 20, 20))
    y = s.center(1.3, "REPUBLIC OF GHANA", 14, "serif-bold")
    y = s.center(y, "BIRTHS AND DEATHS REGISTRY", 12, "serif-bold")
    y = s.center(y + 0.05, "Births and Deaths Registration Act, 1965 (Act 301)", 9, "serif-italic")
    y = s.center(y + 0.2, "BIRTH CERTIFICATE", 20, "serif-bold") + 0.15
    s.text(0.9, y, f"Entry No. {entry}", 11, "serif-bold")
    s.text(5.2, y, "Registration District: KUMASI", 10, "serif-bold")
    y += 0.5
    rows = [
        ("1. Name of Child", up(person.name)),
        ("2. Date of Birth", long(person.born).upper()),
        ("3. Place of Birth", "KOMFO ANOKYE TEACHING HOSPITAL, KUMASI"),
        ("4. Sex", "FEMALE" if person.sex == "F" else "MALE"),
        ("5. Name of Mother", mother),
        ("6. Nationality of Mother", "GHANAIAN"),
        ("7. Name of Father", father),
        ("8. Nationality of Father", "GHANAIAN"),
        ("9. Name of Informant", mother.title()),
        ("10. Date of Registration", long(registered).upper()),
    ]
    for label, value in rows:
        s.text(1.0, y, label, 10.5, "serif")
        s.text(1.0 + 2.6, y - 0.02, value, 11, "mono-bold")
        s.line(3.55, y + 0.22, 7.6, y + 0.22, 0.4, GREY)
        y += 0.42
    y += 0.3
    s.para(
        0.9,
        y,
        6.7,
        "I hereby certify that the above particulars are a true extract from the "
        "Register of Births kept at the Births and Deaths Registry of the district named "
        "above.",
        10.5,
    )
    s.seal(2.1, y + 1.6, 0.65, "BIRTHS AND DEATHS REGISTRY * GHANA * ", "B&D")
    s.signature(4.7, y + 1.05, "K. Agyeman-Duah", 18)
    s.line(4.4, y + 1.6, 7.4, y + 1.6, 0.6)
    s.text(4.5, y + 1.65, "Registrar of Births and Deaths", 10)
    s.text(4.5, y + 1.85, f"Date: {dates.day_month_year(issued)}", 10)
    s.text(
        0.9, 10.1, "Any person who alters this certificate commits an offence.", 8, "serif-italic"
    )
    return [s]


def massachusetts_birth(
    child: Person,
    mother: Person,
    father: str,
    number: str,
    filed: dt.date,
    issued: dt.date,
    residence: str,
) -> list[Sheet]:
    """A certified copy of a Massachusetts birth record from the Worcester city clerk."""
    s = Sheet()
    s.security_background(52, (222, 232, 226))
    y = s.center(0.55, "THE COMMONWEALTH OF MASSACHUSETTS", 12, "serif-bold")
    y = s.center(y, "CITY OF WORCESTER — OFFICE OF THE CITY CLERK", 10, "sans")
    y = s.center(y + 0.1, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    s.text(5.6, y + 0.05, f"REGISTERED NO. {number}", 8.5, "sans-bold")
    y += 0.35
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.5,
                [
                    (5, "1. CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                    (1, "2. SEX", "MALE"),
                ],
            ),
            (
                0.5,
                [
                    (2, "3. DATE OF BIRTH", us(child.born)),
                    (1, "4. TIME", "3:27 AM"),
                    (3, "5. PLACE OF BIRTH (Facility name)", "UMASS MEMORIAL MEDICAL CENTER"),
                ],
            ),
            (0.5, [(3, "6. CITY/TOWN OF BIRTH", "WORCESTER"), (3, "7. COUNTY", "WORCESTER")]),
            (
                0.5,
                [
                    (4, "8. MOTHER'S NAME (First, Middle, Last)", up(mother.name)),
                    (2, "9. MOTHER'S DATE OF BIRTH", us(mother.born)),
                ],
            ),
            (
                0.5,
                [(3, "10. MOTHER'S BIRTHPLACE", "GHANA"), (3, "11. MOTHER'S RESIDENCE", residence)],
            ),
            (
                0.5,
                [
                    (4, "12. FATHER'S NAME (First, Middle, Last)", father),
                    (2, "13. FATHER'S BIRTHPLACE", "GHANA"),
                ],
            ),
            (
                0.5,
                [
                    (3, "14. DATE RECEIVED BY CITY CLERK", us(filed)),
                    (3, "15. CERTIFIER", "R. DESROSIERS, M.D."),
                ],
            ),
        ],
        value_pt=9.5,
    )
    y += 0.4
    s.para(
        0.7,
        y,
        7.1,
        "I, the undersigned, hereby certify that I am the City Clerk of the City "
        "of Worcester; that as such I have custody of the records of births required by law "
        "to be kept in my office; and that the above is a true copy from the records of "
        "births in said city.",
        9.5,
        "serif",
    )
    s.seal(1.7, 8.7, 0.65, "CITY OF WORCESTER * MASSACHUSETTS * ", "1848")
    s.signature(4.6, 8.3, "N. Pavlidis", 17)
    s.line(4.4, 8.85, 7.5, 8.85, 0.6)
    s.text(4.5, 8.9, "City Clerk", 9.5)
    s.text(4.5, 9.1, f"Issued {us(issued)}", 9.5)
    s.text(0.6, 10.2, "NOT VALID WITHOUT THE RAISED SEAL OF THE CITY OF WORCESTER", 7, "sans-bold")
    return [s]


def guardianship_decree(
    person: Person, guardian: Person, docket: str, decided: dt.date, address: str
) -> list[Sheet]:
    """The Probate and Family Court's decree appointing a guardian (two pages)."""
    p1 = Sheet()
    p1.text(0.6, 0.5, "COMMONWEALTH OF MASSACHUSETTS", 10, "sans-bold")
    p1.text(0.6, 0.67, "THE TRIAL COURT", 9)
    p1.text(0.6, 0.82, "PROBATE AND FAMILY COURT", 10, "sans-bold")
    p1.text(5.6, 0.5, f"Docket No. {docket}", 10, "sans-bold")
    p1.text(0.6, 1.05, "Worcester Division", 9)
    y = p1.center(1.45, "DECREE AND ORDER OF APPOINTMENT OF GUARDIAN", 13, "sans-bold")
    y = p1.center(y, "FOR AN INCAPACITATED PERSON", 13, "sans-bold") + 0.15
    y = p1.center(y, f"In the Interests of {person.name}", 11, "serif")
    y = p1.center(y, f"of {address}", 10.5, "serif")
    y = p1.center(y, "Respondent (Incapacitated Person)", 10, "serif-italic") + 0.25
    y = p1.paras(
        0.8,
        y,
        6.9,
        [
            "After hearing on the Petition for Appointment of Guardian for an Incapacitated "
            "Person, "
            "the Court finds that all persons entitled to notice have been notified pursuant to "
            "law, that the Medical Certificate dated August 22, 2022, was filed, and that no "
            "objection was filed.",
            f"The Court finds that {person.name}, born {long(person.born)}, is an incapacitated "
            "person as defined by G.L. c. 190B, § 5-101(9), as a result of a clinically diagnosed "
            "condition, cerebral palsy (spastic quadriplegia) with a seizure disorder and "
            "intellectual disability, which results in an inability to receive and evaluate "
            "information or make or communicate decisions to such an extent that he lacks the "
            "ability to meet essential requirements for his physical health, safety or self-care, "
            "even with appropriate technological assistance.",
            f"IT IS DECREED AND ORDERED that {guardian.name} of {address} is appointed Guardian of "
            "the Incapacitated Person, to serve without sureties on the bond.",
        ],
        pt=10.5,
    )
    p1.text(0.6, 10.3, "MPC 760 (10/21)", 8)
    p1.text(6.9, 10.3, "Page 1 of 2", 8)
    p2 = Sheet()
    p2.text(0.6, 0.5, f"Docket No. {docket}", 9, "sans-bold")
    y = (
        p2.paras(
            0.8,
            0.9,
            6.9,
            [
                "The Guardian shall have the authority to make decisions regarding the "
                "Incapacitated "
                "Person's medical treatment, including consent to routine and emergency care, "
                "residential placement, education and vocational services, and application for "
                "public benefits, except as limited by G.L. c. 190B, § 5-309(g).",
                "The Guardian shall file a report on the condition of the Incapacitated Person, on "
                "Form MPC 820, within sixty days of the date of appointment and annually "
                "thereafter.",
                "The Court finds that the Incapacitated Person's needs cannot be met by a less "
                "restrictive alternative, and that the Guardian is suitable to serve.",
            ],
            pt=10.5,
        )
        + 0.5
    )
    p2.text(0.8, y, f"Date: {long(decided)}", 11)
    p2.signature(4.3, y - 0.15, "M. T. Gallagher", 18)
    p2.line(4.1, y + 0.4, 7.5, y + 0.4, 0.6)
    p2.text(4.2, y + 0.45, "Justice of the Probate and Family Court", 9.5)
    p2.stamp(
        0.8,
        y + 1.2,
        ["A TRUE COPY ATTEST", "REGISTER OF PROBATE", "WORCESTER DIVISION"],
        10,
        colour=(40, 60, 150),
        angle=5,
    )
    p2.text(0.6, 10.3, "MPC 760 (10/21)", 8)
    p2.text(6.9, 10.3, "Page 2 of 2", 8)
    return [p1, p2]


def ssi_award(
    person: Person, payee: Person, address: list[str], notice: dt.date, amount: str, start: str
) -> list[Sheet]:
    s = Sheet()
    s.logo(0.7, 0.5, 0.6, "shield", (30, 50, 110))
    s.text(1.45, 0.52, "Social Security Administration", 14, "serif-bold", fill=(30, 50, 110))
    s.text(1.45, 0.78, "Supplemental Security Income", 10.5, "serif")
    s.text(1.45, 0.98, "Notice of Award", 11, "serif-bold")
    s.text(5.7, 1.2, f"Date: {long(notice)}", 10)
    s.text(5.7, 1.38, "BNC#: 22K1063N44817", 8.5)
    s.lines(
        1.0,
        1.8,
        [f"{up(payee.name)}", f"FOR {up(person.name)}", *(a.upper() for a in address)],
        10,
        "mono",
    )
    y = (
        s.paras(
            0.9,
            3.0,
            6.7,
            [
                f"We are writing to tell you that {person.first} is eligible for Supplemental "
                "Security "
                f"Income (SSI) payments beginning {start}. We have chosen you to receive these "
                "payments "
                f"for {person.first} as his representative payee.",
                "Information About The Payments",
                f"{person.first} will receive {amount} each month starting {start}. This includes "
                "$841.00 in Federal benefits and the Massachusetts State Supplement. Payments "
                "will be "
                "deposited on the 1st of each month.",
                "Why We Decided He Is Disabled",
                f"We found that {person.first} became disabled under our rules on May 17, 2022, "
                "the "
                "day he turned 18, because of cerebral palsy and a seizure disorder.",
                "Things To Remember",
                "As representative payee you must use the payments for his current needs, keep "
                "records of how you spend them, and tell us right away about changes in his living "
                "arrangements, income or resources.",
            ],
            pt=10.5,
        )
        + 0.3
    )
    s.para(
        0.9,
        y,
        6.7,
        "If you have any questions, call us toll-free at 1-800-772-1213, or "
        "visit the Social Security office at 340 Main Street, Suite 400, Worcester, MA "
        "01608.",
        10,
    )
    s.text(0.9, 10.2, "SSA-L8151 (Notice of Award)", 8)
    return [s]


def docket(
    defendant: Person, number: str, offense_date: dt.date, entries: list[tuple], certified: dt.date
) -> list[Sheet]:
    """A District Court criminal docket, certified by the clerk-magistrate."""
    s = Sheet()
    s.text(0.6, 0.5, "CRIMINAL DOCKET", 13, "sans-bold")
    s.text(5.0, 0.5, f"DOCKET NUMBER {number}", 10, "sans-bold")
    s.text(0.6, 0.75, "Trial Court of Massachusetts — District Court Department", 9.5)
    s.text(0.6, 0.92, "Worcester District Court, 225 Main Street, Worcester, MA 01608", 9)
    y = s.grid(
        0.6,
        1.2,
        7.3,
        [
            (
                0.5,
                [
                    (
                        4,
                        "DEFENDANT NAME AND ADDRESS",
                        f"{defendant.last_first(False)}\nWORCESTER, MA 01610",
                    ),
                    (2, "DATE OF BIRTH", us(defendant.born)),
                    (1, "GENDER", "F"),
                ],
            ),
            (
                0.45,
                [
                    (3, "OFFENSE(S)", "1. SHOPLIFTING BY ASPORTATION c266 §30A(1)"),
                    (1, "OFFENSE DATE", us(offense_date)),
                    (2, "POLICE DEPT", "WORCESTER PD"),
                ],
            ),
        ],
        value_pt=8.5,
    )
    y = s.table(
        0.6,
        y + 0.3,
        [1.1, 6.2],
        [
            ["DATE", "DOCKET ENTRIES"],
            *[[us(d), text] for d, text in entries],
        ],
        pt=8.5,
        face="mono",
        row_height=0.3,
    )
    y += 0.5
    s.para(
        0.6,
        y,
        7.3,
        "A TRUE COPY ATTEST: I certify that this is a true copy of the docket "
        "entries of the above-entitled case on file in this court.",
        9,
        "sans",
    )
    s.signature(3.9, y + 0.35, "D. Kalivas", 15)
    s.line(3.8, y + 0.85, 7.4, y + 0.85, 0.6)
    s.text(3.9, y + 0.9, "Assistant Clerk-Magistrate", 9)
    s.text(3.9, y + 1.08, f"Date: {us(certified)}", 9)
    s.text(0.6, 10.4, "Printed: " + us(certified), 7, fill=GREY)
    return [s]
