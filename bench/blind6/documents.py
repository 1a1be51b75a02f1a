"""The papers of the sixth blind corpus, drawn from plain descriptions of real documents: US
state birth certificates in their boxed layouts, foreign civil records (a Vietnamese giấy khai
sinh, a Nigerian National Population Commission certificate, a Cuban certificación de
nacimiento, a Ukrainian svidotstvo), passports and a work permit, IRS forms, leases, bills,
school, clinic, police and court papers, and letters. Invented people only.

NEVER TUNE RULES ON THESE PAPERS (bench/README.md, "Reading real folders").
"""

from __future__ import annotations

import datetime as dt
import random
from functools import cache
from pathlib import Path

from PIL import ImageFont

from tests.realistic import mrz
from tests.realistic.model import Choice, Paper, Person, drawn, plain, up
from tests.realistic.paper import (
    BLUE_INK,
    CARD_DPI,
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

Head = tuple[str, list[str], tuple[int, int, int], str]

# Vietnamese needs glyphs the URW fonts lack (ơ, ư, ạ, ễ ...): DejaVu has them where installed;
# without it the text is drawn without its marks, as old registry printers wrote it.
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


_DEJAVU_FACES = {"sans": "DejaVuSans", "mono": "DejaVuSansMono", "narrow": "DejaVuSansCondensed"}


@cache
def _dejavu(face: str, px: int) -> ImageFont.FreeTypeFont | None:
    base, _, style = face.partition("-")
    name = _DEJAVU_FACES.get(base, "DejaVuSerif")
    slanted = "-Italic" if name == "DejaVuSerif" else "-Oblique"
    suffix = {"bold": "-Bold", "italic": slanted}.get(style, "")
    if base == "script":
        suffix = "-Italic"
    path = _DEJAVU / f"{name}{suffix}.ttf"
    return ImageFont.truetype(str(path), px) if path.exists() else None


class MarkedSheet(Sheet):
    """A sheet whose text keeps every Vietnamese mark when the machine has a font for them."""

    def font(self, name: str, pt: float) -> ImageFont.FreeTypeFont:
        found = _dejavu(name, max(6, round(pt * self.dpi / 72)))
        return found or super().font(name, pt)

    def text(self, x, y, text, pt=10, face="sans", fill=INK, align="left") -> float:
        if _dejavu("serif", 10) is None:
            text = plain(text).replace("Đ", "D").replace("đ", "d")
        return super().text(x, y, text, pt, face, fill, align)


def fmt(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def mdy(d: dt.date) -> str:
    return f"{d:%m/%d/%Y}"


def dmy(d: dt.date) -> str:
    return f"{d:%d/%m/%Y}"


# ---------------------------------------------------------------- identity


def passport(
    person: Person,
    *,
    code: str,
    country: str,
    header: list[str],
    labels: list[str],
    number: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    language: Choice,
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    seed: int,
) -> Paper:
    """A passport data page: a header in the issuer's language(s), the photo, labelled fields
    (``labels`` in their printed order, bilingual where the issuer prints both) and the zone."""
    s = MarkedSheet(125 / 25.4, 88 / 25.4, CARD_DPI) if code == "VNM" else card(125, 88)
    tinted(s, *tint)
    y = 0.12
    for line in header:
        y = s.center(y, line, 7.5, "sans-bold")
    portrait(s, 0.2, 0.62, 1.15, 1.5, seed)
    values = [
        "P",
        code,
        number,
        up(person.surname),
        up(person.given),
        country.upper() if code != "VNM" else "VIETNAMESE",
        person.born.strftime("%d %b %Y").upper(),
        person.sex,
        up(person.birthplace),
        issued.strftime("%d %b %Y").upper(),
        expiry.strftime("%d %b %Y").upper(),
        authority,
    ]
    x0, y = 1.5, 0.6
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        col, row = i % 3, i // 3
        if i >= 3:
            col, row = 0, i - 2
            if i >= 9:
                col, row = 1, i - 8
        x = x0 + col * (1.15 if i < 3 else 2.0)
        yy = y + row * 0.27
        s.text(x, yy, label, 4.6, "sans", fill=(70, 70, 90))
        s.text(x, yy + 0.085, value, 7.4, "sans-bold")
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
    mrz_lines(s, 2.78, zone, 10.5)
    return drawn(
        f"passport_{code.lower()}",
        [s],
        "passport",
        person,
        "identity",
        language,
        mrz_zone=zone,
        is_card=True,
    )


def work_permit(
    person: Person,
    *,
    card_no: str,
    uscis: str,
    category: str,
    valid: tuple[dt.date, dt.date],
    country: str,
    seed: int,
) -> Paper:
    """The employment authorization card (form I-766): its header bar, photo and fields."""
    s = card()
    tinted(s, (236, 232, 222), (222, 228, 236))
    s.rect(0, 0, s.width, 0.33, outline=None, fill=(40, 60, 110))
    s.text(0.12, 0.05, "UNITED STATES OF AMERICA", 7.5, "sans-bold", fill=(255, 255, 255))
    s.text(0.12, 0.18, "EMPLOYMENT AUTHORIZATION CARD", 6.5, "sans-bold", fill=(255, 255, 255))
    portrait(s, 0.12, 0.45, 0.8, 1.05, seed)
    rows = [
        ("Surname", up(person.surname)),
        ("Given Name", up(person.given)),
        ("USCIS#", uscis),
        ("Category", category),
        ("Card#", card_no),
        ("Country of Birth", country.upper()),
        ("Date of Birth", person.born.strftime("%d %b %Y").upper()),
        ("Sex", person.sex),
        ("Valid From:", mdy(valid[0])),
        ("Card Expires:", mdy(valid[1])),
    ]
    y = 0.42
    for i, (label, value) in enumerate(rows):
        x = 1.05 if i < 6 else 2.3
        yy = y + (i if i < 6 else i - 6) * 0.22
        s.text(x, yy, label, 4.5, "sans", fill=GREY)
        s.text(x, yy + 0.07, value, 6.5, "sans-bold")
    s.text(0.12, 1.95, "NOT VALID FOR REENTRY TO U.S.", 5, "sans-bold")
    return drawn("ead_card", [s], "identity_document", person, "identity", is_card=True)


# ---------------------------------------------------------------- US birth certificates


def us_birth(
    child: Person,
    mother: Person,
    father: Person,
    *,
    state: tuple[str, str, str],  # the issuing office's lines and the certificate's title
    facility: str,
    city: str,
    county: str,
    filed: dt.date,
    issued: dt.date,
    registrar: str,
    file_no: str,
    tint: tuple[int, int, int],
    label: str,
    seed: int,
) -> Paper:
    """A certified copy of a state birth certificate: security paper, the state's header, the
    numbered boxes of the standard certificate, the registrar's attestation and seal."""
    s = Sheet()
    s.security_background(seed, tint)
    s.border(0.35)
    office, division, title = state
    y = s.center(0.6, office, 12, "serif-bold")
    y = s.center(y, division, 9)
    y = s.center(y + 0.08, title, 17, "serif-bold")
    s.text(6.0, y + 0.02, f"STATE FILE NUMBER {file_no}", 7.5, "sans-bold")
    y += 0.3
    s.vertical(0.55, y, 2.0, "CHILD")
    rows = [
        (
            0.5,
            [
                (
                    3,
                    "1. CHILD'S NAME (First, Middle, Last, Suffix)",
                    f"{up(child.first)} {up(child.middle)} {up(child.surname)}",
                )
            ],
        ),
        (
            0.5,
            [
                (1, "2. DATE OF BIRTH (Mo/Day/Yr)", mdy(child.born)),
                (1, "3. SEX", child.sex),
                (1, "4. TIME OF BIRTH", "08:42"),
            ],
        ),
        (
            0.5,
            [
                (2, "5. FACILITY NAME (If not institution, give street and number)", facility),
                (1, "6. CITY, TOWN, OR LOCATION OF BIRTH", city),
            ],
        ),
        (0.5, [(1, "7. COUNTY OF BIRTH", county.upper()), (2, "8. PLACE OF BIRTH", "HOSPITAL")]),
    ]
    y = s.grid(0.75, y, 7.0, rows)
    s.vertical(0.55, y, 1.5, "MOTHER")
    y = s.grid(
        0.75,
        y,
        7.0,
        [
            (
                0.5,
                [
                    (3, "9a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(mother.name)),
                    (1, "9b. DATE OF BIRTH", mdy(mother.born)),
                ],
            ),
            (
                0.5,
                [
                    (2, "9c. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                    (
                        2,
                        "9d. BIRTHPLACE (State, Territory, or Foreign Country)",
                        up(mother.birthplace),
                    ),
                ],
            ),
        ],
    )
    s.vertical(0.55, y, 1.0, "FATHER")
    y = s.grid(
        0.75,
        y,
        7.0,
        [
            (
                0.5,
                [
                    (3, "10a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(father.name)),
                    (1, "10b. DATE OF BIRTH", mdy(father.born)),
                ],
            ),
            (
                0.5,
                [
                    (
                        4,
                        "10c. BIRTHPLACE (State, Territory, or Foreign Country)",
                        up(father.birthplace),
                    )
                ],
            ),
        ],
    )
    y = s.grid(
        0.75,
        y + 0.1,
        7.0,
        [
            (
                0.5,
                [
                    (2, "11. REGISTRAR", registrar.upper()),
                    (1, "12. DATE FILED", mdy(filed)),
                    (1, "13. DATE ISSUED", mdy(issued)),
                ],
            ),
        ],
    )
    y = s.para(
        0.9,
        y + 0.25,
        6.7,
        f"This is a true and correct reproduction of the original record filed with the "
        f"{division}. This copy is not valid unless it bears the raised seal of the "
        "issuing office and the signature of the State Registrar.",
        8.5,
        "sans",
    )
    s.signature(4.6, y + 0.15, registrar, 18)
    s.text(4.6, y + 0.65, f"{registrar}, State Registrar", 8)
    s.seal(2.0, y + 0.7, 0.6, f"{office} * SEAL * ", "SEAL")
    s.center(
        10.3,
        "DO NOT ACCEPT WITHOUT RAISED SEAL. ALTERING OR PHOTOCOPYING IS PROHIBITED.",
        7,
        "sans-bold",
    )
    return drawn(label, [s], "birth_certificate", child, "us_family")


# ---------------------------------------------------------------- foreign birth records


def viet_birth(
    person: Person,
    native: str,
    father: str,
    mother: str,
    *,
    commune: str,
    district: str,
    province: str,
    registered: dt.date,
    book: str,
    signer: str,
    seed: int,
) -> Paper:
    """A Vietnamese giấy khai sinh: the national motto, the commune's people's committee, the
    registration numbers and the child's and parents' rows, signed and stamped in red."""
    s = MarkedSheet()
    s.security_background(seed, (240, 228, 228))
    s.text(0.7, 0.6, f"ỦY BAN NHÂN DÂN {commune.upper()}", 9, "serif-bold")
    s.text(0.7, 0.78, f"{district}, {province}", 8.5, "serif")
    s.text(4.4, 0.6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 9.5, "serif-bold")
    s.text(4.85, 0.8, "Độc lập - Tự do - Hạnh phúc", 9.5, "serif-bold")
    y = s.center(1.35, "GIẤY KHAI SINH", 20, "serif-bold")
    y = s.center(y + 0.05, "(BẢN SAO)", 10)
    y = s.text(0.9, y + 0.2, f"Số: {book}      Quyển số: 01/{registered.year}", 10) + 0.15
    rows = [
        ("Họ, chữ đệm, tên:", native.upper()),
        ("Ngày, tháng, năm sinh:", dmy(person.born)),
        ("Giới tính:", "Nữ" if person.sex == "F" else "Nam"),
        ("Dân tộc:", "Kinh"),
        ("Quốc tịch:", "Việt Nam"),
        ("Nơi sinh:", f"Bệnh viện Đa khoa {province}"),
        ("Quê quán:", f"{district}, {province}"),
        ("Họ, chữ đệm, tên người mẹ:", mother.upper()),
        ("Họ, chữ đệm, tên người cha:", father.upper()),
        ("Nơi đăng ký khai sinh:", f"Ủy ban nhân dân {commune}"),
        ("Ngày, tháng, năm đăng ký:", dmy(registered)),
    ]
    for label, value in rows:
        s.text(0.9, y, label, 11, "serif")
        y = s.text(3.4, y, value, 11, "serif-bold") + 0.14
    s.text(
        4.6,
        y + 0.3,
        f"{district}, ngày {registered.day:02d} tháng {registered.month:02d} năm {registered.year}",
        10,
        "serif",
    )
    s.text(5.0, y + 0.55, "CHỦ TỊCH", 11, "serif-bold")
    s.seal(5.6, y + 1.35, 0.6, f"UBND {plain(commune).upper()} * ", "★")
    s.signature(4.9, y + 1.2, signer, 18)
    s.text(5.0, y + 1.9, signer, 10, "serif-bold")
    return drawn("viet_giay_khai_sinh", [s], "birth_certificate", person, "identity", "vi")


def npc_birth(
    person: Person,
    father: Person,
    mother: Person,
    *,
    state: str,
    lga: str,
    centre: str,
    registered: dt.date,
    cert_no: str,
    registrar: str,
    seed: int,
) -> Paper:
    """A Nigerian National Population Commission birth certificate (attestation issued for an
    older birth): coat of arms, the certificate number, the child's and parents' particulars."""
    s = Sheet()
    s.security_background(seed, (222, 236, 222))
    s.border(0.4, 3.0)
    s.logo(3.9, 0.6, 0.7, "shield", (30, 110, 60))
    y = s.center(1.45, "FEDERAL REPUBLIC OF NIGERIA", 14, "serif-bold", fill=(30, 90, 50))
    y = s.center(y, "NATIONAL POPULATION COMMISSION", 12, "serif-bold")
    y = s.center(y, "(Births and Deaths Registration Act, Cap. B9 LFN 2004)", 8.5, "serif")
    y = s.center(y + 0.15, "CERTIFICATE OF BIRTH", 20, "serif-bold", fill=(30, 90, 50))
    s.text(5.6, y + 0.05, f"No. {cert_no}", 11, "mono-bold", fill=(170, 30, 30))
    y += 0.45
    rows = [
        ("Registration Centre", centre),
        ("Local Government Area", lga),
        ("State", state),
        ("Name of Child", up(person.name)),
        ("Sex", "Male" if person.sex == "M" else "Female"),
        ("Date of Birth", fmt(person.born)),
        ("Place of Birth", person.birthplace),
        ("Name of Father", up(father.name)),
        ("Nationality of Father", "Nigerian"),
        ("Name of Mother", up(mother.name)),
        ("Nationality of Mother", "Nigerian"),
        ("Date of Registration", fmt(registered)),
    ]
    for label, value in rows:
        s.text(0.9, y, label + ":", 11, "serif")
        s.line(3.3, y + 0.2, 7.6, y + 0.2, 0.4, GREY)
        y = s.text(3.4, y, value, 11, "mono-bold") + 0.12
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "I certify that the above is a true extract from the "
        "Register of Births kept at the above Registration Centre.",
        10.5,
    )
    s.signature(4.8, y + 0.2, registrar, 18)
    s.text(4.8, y + 0.75, f"{registrar}, Registrar", 10)
    s.stamp(
        1.0,
        y + 0.2,
        ["NATIONAL POPULATION COMMISSION", f"{lga} LGA", "REGISTRAR"],
        8,
        (40, 60, 140),
        -5,
    )
    return drawn("nigeria_npc_birth", [s], "birth_certificate", person, "identity")


def cuba_birth(
    person: Person,
    father: str,
    mother: str,
    *,
    municipality: str,
    province: str,
    tomo: str,
    folio: str,
    issued: dt.date,
    registrar: str,
    seed: int,
) -> Paper:
    """A Cuban certificación de nacimiento from the Registro del Estado Civil: the Ministry of
    Justice header, tomo and folio of the entry, the inscribed's and parents' data, the stamps
    (sellos) and the registrar's signature."""
    s = Sheet()
    s.security_background(seed, (228, 232, 244))
    y = s.center(0.6, "REPÚBLICA DE CUBA", 13, "serif-bold")
    y = s.center(y, "MINISTERIO DE JUSTICIA", 10, "serif-bold")
    y = s.center(y, f"Registro del Estado Civil de {municipality}, {province}", 10, "serif")
    y = s.center(y + 0.2, "CERTIFICACIÓN DE NACIMIENTO", 17, "serif-bold")
    y = s.text(0.9, y + 0.2, f"Tomo: {tomo}     Folio: {folio}", 11, "mono-bold") + 0.12
    y = (
        s.para(
            0.9,
            y,
            6.7,
            f"{registrar.upper()}, Registrador(a) del Estado Civil de "
            f"{municipality}, CERTIFICO: que en el tomo y folio arriba indicados de la "
            "Sección de Nacimientos obra inscrito el nacimiento siguiente:",
            11,
        )
        + 0.1
    )
    rows = [
        ("Nombre(s) y apellidos", up(person.name)),
        ("Sexo", "Femenino" if person.sex == "F" else "Masculino"),
        (
            "Fecha de nacimiento",
            f"{person.born.day} de {_MESES[person.born.month]} de {person.born.year}",
        ),
        ("Lugar de nacimiento", f"{municipality}, {province}"),
        ("Nombre del padre", father.upper()),
        ("Nombre de la madre", mother.upper()),
        ("Abuelos paternos", "RAFAEL CASTILLO / ODALYS PUPO"),
        ("Abuelos maternos", "HUMBERTO FERRER / MIGDALIA ROSALES"),
    ]
    header = [["DATOS DEL INSCRITO", ""]]
    y = s.table(0.9, y, [2.4, 4.3], [*header, *[[a, b] for a, b in rows]], pt=10) + 0.2
    y = s.para(
        0.9,
        y,
        6.7,
        f"Y para que así conste, expido la presente a solicitud de parte "
        f"interesada, en {municipality}, a los {issued.day} días del mes de "
        f"{_MESES[issued.month]} de {issued.year}.",
        11,
    )
    s.signature(4.6, y + 0.2, registrar, 18)
    s.text(4.6, y + 0.75, f"Lic. {registrar}", 10)
    s.text(4.6, y + 0.92, "Registrador(a) del Estado Civil", 9)
    s.stamp(0.9, y + 0.3, ["SELLO DEL TIMBRE", "$ 5.00 CUP"], 10, (60, 60, 150), 3)
    s.seal(3.2, y + 0.9, 0.55, "REGISTRO DEL ESTADO CIVIL * CUBA * ", "RC")
    return drawn(
        "cuba_certificacion_nacimiento", [s], "birth_certificate", person, "identity", "es"
    )


_MESES = [
    "",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def ukraine_birth(
    person: Person,
    native: tuple[str, str, str],
    father: str,
    mother: str,
    *,
    place: str,
    record: str,
    office: str,
    issued: dt.date,
    series: str,
    seed: int,
) -> Paper:
    """A Ukrainian svidotstvo pro narodzhennia (свідоцтво про народження): the trident, the
    certificate's rows with the record number of the civil registry office and its seal."""
    surname, given, patronymic = native
    s = Sheet()
    s.security_background(seed, (236, 230, 214))
    s.border(0.5, 1.5)
    s.logo(3.95, 0.7, 0.6, "shield", (40, 80, 160))
    y = s.center(1.45, "УКРАЇНА", 14, "serif-bold")
    y = s.center(y + 0.1, "СВІДОЦТВО ПРО НАРОДЖЕННЯ", 18, "serif-bold")
    y += 0.3
    rows = [
        ("Прізвище", surname.upper()),
        ("Власне ім'я", given),
        ("По батькові", patronymic),
        ("народився(лася)", f"{person.born:%d.%m.%Y}"),
        ("Місце народження", place),
        ("Батько", father),
        ("Мати", mother),
        ("Актовий запис №", f"{record}  від {person.born + dt.timedelta(days=11):%d.%m.%Y}"),
        ("Місце державної реєстрації", office),
        ("Дата видачі", f"{issued:%d.%m.%Y}"),
    ]
    for label, value in rows:
        s.text(1.0, y, label, 10.5, "serif-italic", fill=GREY)
        s.line(3.2, y + 0.2, 7.5, y + 0.2, 0.4, GREY)
        y = s.text(3.3, y, value, 11.5, "serif-bold") + 0.17
    s.text(1.0, y + 0.3, "Посадова особа", 10, "serif")
    s.signature(3.2, y + 0.2, "Мельник", 18)
    s.seal(5.9, y + 0.55, 0.6, "ВІДДІЛ ДРАЦС * УКРАЇНА * ", "★")
    s.text(1.0, y + 1.3, f"Серія {series}", 12, "mono-bold", fill=(170, 30, 30))
    return drawn("ukraine_svidotstvo", [s], "birth_certificate", person, "identity", "uk")


def translation(
    person: Person,
    *,
    title: str,
    source: str,
    lines: list[tuple[str, str]],
    translator: dict,
    signed: dt.date,
    competent: bool = True,
    label: str,
) -> Paper:
    """An English translation of a civil record, with the translator's certificate under it.
    Without ``competent`` the certificate says the translation is accurate but never that the
    translator is competent to translate from the language (ICPM 3.3(a) asks for both)."""
    s = Sheet()
    y = s.center(0.7, "ENGLISH TRANSLATION", 13, "sans-bold")
    y = s.center(y, f"[{title}]", 11, "serif-italic")
    for key, value in lines:
        s.text(0.9, y + 0.1, key, 10, "serif")
        y = s.text(3.5, y + 0.1, value, 10, "serif-bold") + 0.04
    y = s.center(y + 0.3, "CERTIFICATE OF TRANSLATION", 12, "sans-bold") + 0.05
    text = (
        f"I, {translator['name']}, certify that I am competent to translate from "
        f"{source} into English, and that the above English translation of the attached "
        "document is complete and accurate to the best of my knowledge and ability."
        if competent
        else f"I, {translator['name']}, certify that the above English translation of the "
        f"attached {source} document is true and accurate."
    )
    y = s.para(0.9, y, 6.7, text, 11)
    s.signature(1.0, y + 0.2, translator["name"], 18)
    y = s.lines(
        0.9,
        y + 0.75,
        [
            translator["name"],
            *translator["address"],
            f"Telephone: {translator['phone']}",
            f"Date: {fmt(signed)}",
        ],
        10,
        "serif",
    )
    return drawn(label, [s], "certificate_of_translation", person, "identity")


# ---------------------------------------------------------------- taxes and pay


def w2(
    person: Person,
    year: int,
    *,
    ssn4: str,
    address: tuple[str, str],
    employer: str,
    employer_address: tuple[str, str],
    ein: str,
    wages: float,
    withheld: float,
    state: str,
    state_id: str,
    state_tax: float,
    seed: int,
) -> Paper:
    """Form W-2, Copy B, as an employer's payroll service prints it: the lettered boxes on the
    left, the numbered money boxes on the right."""
    s = Sheet(8.5, 5.5)
    ss, med = round(wages * 0.062, 2), round(wages * 0.0145, 2)
    s.text(0.4, 0.25, f"Form W-2 Wage and Tax Statement {year}", 12, "sans-bold")
    s.text(5.3, 0.3, "Copy B-To Be Filed With Employee's FEDERAL Tax Return.", 6.5)
    s.text(5.3, 0.42, "Department of the Treasury-Internal Revenue Service", 6.5)
    left = [
        (0.42, [(1, "a Employee's social security number", f"XXX-XX-{ssn4}")]),
        (0.42, [(1, "b Employer identification number (EIN)", ein)]),
        (
            0.8,
            [
                (
                    1,
                    "c Employer's name, address, and ZIP code",
                    f"{employer.upper()}\n{employer_address[0].upper()}\n"
                    f"{employer_address[1].upper()}",
                )
            ],
        ),
        (
            0.42,
            [
                (
                    1,
                    "e Employee's first name and initial   Last name",
                    f"{up(person.given)}  {up(person.surname)}",
                )
            ],
        ),
        (
            0.55,
            [
                (
                    1,
                    "f Employee's address and ZIP code",
                    f"{address[0].upper()}\n{address[1].upper()}",
                )
            ],
        ),
    ]
    s.grid(0.4, 0.65, 3.9, left)
    right = [
        (
            0.42,
            [
                (1, "1 Wages, tips, other compensation", f"{wages:,.2f}"),
                (1, "2 Federal income tax withheld", f"{withheld:,.2f}"),
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
        (
            0.42,
            [
                (1, "12a See instructions for box 12", "DD 4,812.00"),
                (1, "13 Statutory employee / Retirement plan", ""),
            ],
        ),
        (
            0.55,
            [
                (1, "15 State  Employer's state ID number", f"{state}  {state_id}"),
                (1, "17 State income tax", f"{state_tax:,.2f}"),
            ],
        ),
        (0.42, [(1, "16 State wages, tips, etc.", f"{wages:,.2f}"), (1, "20 Locality name", "")]),
    ]
    s.grid(4.3, 0.65, 3.8, right)
    return drawn(
        "w2",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )


def nec1099(
    person: Person,
    year: int,
    *,
    payer: str,
    payer_lines: tuple[str, str],
    payer_tin: str,
    tin4: str,
    address: tuple[str, str],
    amount: float,
    seed: int,
) -> Paper:
    """Form 1099-NEC, Copy B, as a delivery platform mails it to a contractor."""
    s = Sheet(8.5, 5.5)
    s.text(0.4, 0.25, f"Form 1099-NEC   Nonemployee Compensation   {year}", 12, "sans-bold")
    s.text(5.6, 0.45, "Copy B  For Recipient", 8, "sans-bold")
    s.grid(
        0.4,
        0.75,
        4.0,
        [
            (
                1.0,
                [
                    (
                        1,
                        "PAYER'S name, street address, city or town, state or province, country, "
                        "ZIP",
                        f"{payer.upper()}\n{payer_lines[0].upper()}\n{payer_lines[1].upper()}",
                    )
                ],
            ),
            (0.45, [(1, "PAYER'S TIN", payer_tin), (1, "RECIPIENT'S TIN", f"***-**-{tin4}")]),
            (0.45, [(1, "RECIPIENT'S name", up(person.name))]),
            (
                0.6,
                [
                    (
                        1,
                        "Street address (including apt. no.) / City or town, state, ZIP",
                        f"{address[0].upper()}\n{address[1].upper()}",
                    )
                ],
            ),
        ],
    )
    s.grid(
        4.4,
        0.75,
        3.6,
        [
            (0.6, [(1, "1 Nonemployee compensation", f"$ {amount:,.2f}")]),
            (0.45, [(1, "2 Payer made direct sales totaling $5,000 or more", "")]),
            (0.45, [(1, "4 Federal income tax withheld", "$ 0.00")]),
            (
                0.55,
                [
                    (1, "5 State tax withheld", "$ 0.00"),
                    (1, "6 State/Payer's state no.", "CO 21-004-8831"),
                ],
            ),
        ],
    )
    s.text(0.4, 3.3, "This is important tax information and is being furnished to the IRS.", 7)
    return drawn(
        "form_1099_nec",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )


def pay_stub(
    person: Person,
    *,
    employer: str,
    employer_lines: list[str],
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    hours: float,
    rate: float,
    ytd: float,
    emp_id: str,
    seed: int,
) -> Paper:
    """A pay stub on a half sheet: the employer, the pay period, earnings and deductions."""
    s = Sheet(8.5, 5.5)
    gross = round(hours * rate, 2)
    fed, fica, state = round(gross * 0.07, 2), round(gross * 0.0765, 2), round(gross * 0.04, 2)
    y = s.lines(0.5, 0.35, [employer], 13, "sans-bold")
    y = s.lines(0.5, y, employer_lines, 8, "sans", fill=GREY)
    s.text(5.3, 0.35, "EARNINGS STATEMENT", 12, "sans-bold")
    s.lines(
        5.3,
        0.6,
        [
            f"Pay period: {mdy(period[0])} - {mdy(period[1])}",
            f"Pay date: {mdy(paid)}",
            f"Employee ID: {emp_id}",
        ],
        8.5,
    )
    s.lines(0.5, y + 0.15, [up(person.name), "Pay rate: hourly"], 9.5, "sans-bold")
    y = s.table(
        0.5,
        y + 0.7,
        [2.0, 1.0, 1.0, 1.2, 1.4],
        [
            ["Earnings", "Rate", "Hours", "This period", "Year to date"],
            ["Regular", f"{rate:.2f}", f"{hours:.2f}", f"{gross:,.2f}", f"{ytd:,.2f}"],
            ["Federal income tax", "", "", f"-{fed:,.2f}", ""],
            ["Social Security / Medicare", "", "", f"-{fica:,.2f}", ""],
            ["KY state / Lexington occupational", "", "", f"-{state:,.2f}", ""],
        ],
        pt=8.5,
        align=["left", "right", "right", "right", "right"],
    )
    net = gross - fed - fica - state
    s.text(0.5, y + 0.2, f"NET PAY  ${net:,.2f}   Direct deposit ****4471", 11, "sans-bold")
    return drawn("pay_stub", [s], "pay_record", person, "employment_and_taxes", proves=period)


def tax_return_transcript(
    person: Person,
    year: int,
    *,
    ssn4: str,
    address: tuple[str, str],
    requested: dt.date,
    status: str,
    wages: float,
    agi: float,
    tax: float,
    seed: int,
) -> Paper:
    """An IRS tax return transcript as the online account prints it: the monospace header,
    the filing status and the money lines of the return as filed."""
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        f"Request Date: {mdy(requested)}",
        "Response Date: " + mdy(requested),
        f"Tracking Number: 1087{seed:05d}2231",
        "",
        "                         Tax Return Transcript",
        "",
        f"SSN Provided: XXX-XX-{ssn4}",
        f"Tax Period Ending: Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and the",
        "amount as adjusted (PC), if applicable. They do not show subsequent activity.",
        "",
        f"SSN: XXX-XX-{ssn4}",
        f"NAME(S) SHOWN ON RETURN: {person.irs}",
        f"ADDRESS: {address[0].upper()[:6]} {plain(address[0]).upper()[6:10]}",
        "",
        f"FILING STATUS:                                      {status}",
        "FORM NUMBER:                                                1040",
        "CYCLE POSTED:                                           20" + f"{year % 100 + 1}08",
        "RECEIVED DATE:                                  " + f"Mar.03, {year + 1}",
        "EXEMPTION NUMBER:                                              0",
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:                         ${wages:,.2f}",
        "TAXABLE INTEREST INCOME:                                  $0.00",
        "BUSINESS INCOME OR LOSS (Schedule C):                     $0.00",
        f"TOTAL INCOME:                                       ${wages:,.2f}",
        f"ADJUSTED GROSS INCOME:                              ${agi:,.2f}",
        "",
        "Tax and Credits",
        "STANDARD DEDUCTION PER COMPUTER:                    $21,900.00",
        f"TOTAL TAX LIABILITY TP FIGURES:                     ${tax:,.2f}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return drawn(
        "irs_tax_return_transcript",
        [monospace_page(lines, 9.5)],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )


# ---------------------------------------------------------------- where they live


def lease(
    tenants: list[Person],
    *,
    landlord: str,
    premises: str,
    city: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    deposit: int,
    signed: dt.date,
    state: str,
    pages: int,
    about: Person,
    seed: int,
) -> Paper:
    """A residential lease on a landlord's form: parties and premises, term and rent, the
    clauses, and (on its last page) the signatures."""
    clauses = [
        f"1. PARTIES. This Residential Lease Agreement is made on {fmt(signed)} between "
        f'{landlord} ("Landlord") and {", ".join(t.name for t in tenants)} ("Tenant").',
        f"2. PREMISES. Landlord leases to Tenant the dwelling at {premises}, {city}, "
        "together with the appliances listed in the move-in checklist.",
        f"3. TERM. The term begins on {fmt(start)} and ends on {fmt(end)}. If Tenant stays "
        "after that date with Landlord's consent, the tenancy is month to month.",
        f"4. RENT. Tenant will pay ${rent:,} each month, in advance, on the first day of the "
        "month. Rent paid after the fifth day carries a late charge of $50.",
        f"5. SECURITY DEPOSIT. Tenant has paid a deposit of ${deposit:,}, which Landlord will "
        f"hold and return as the law of {state} provides.",
        "6. UTILITIES. Tenant pays electricity and gas; Landlord pays water, sewer and trash.",
        "7. USE AND OCCUPANCY. The premises are for residential use only, by Tenant and the "
        "persons listed on the application, and no others for more than fourteen days.",
        "8. MAINTENANCE. Tenant keeps the premises clean and reports any needed repair in "
        "writing. Landlord makes repairs within a reasonable time.",
        "9. ENTRY. Landlord may enter at reasonable times with 24 hours' notice, or without "
        "notice in an emergency.",
        "10. PETS. No animals without Landlord's written consent.",
        "11. NOTICES. Notices to Landlord go to the address on the rent receipt.",
        f"12. GOVERNING LAW. This lease is governed by the laws of the State of {state}.",
    ]
    per = -(-len(clauses) // pages)
    sheets = []
    for n in range(pages):
        s = Sheet()
        y = 0.7
        if n == 0:
            y = s.center(y, "RESIDENTIAL LEASE AGREEMENT", 15, "serif-bold") + 0.2
        y = s.paras(0.9, y, 6.7, clauses[n * per : (n + 1) * per], pt=11)
        if n == pages - 1:
            y += 0.3
            for who in [landlord, *(t.name for t in tenants)]:
                s.signature(1.0, y, who, 16)
                s.line(0.9, y + 0.45, 4.5, y + 0.45)
                s.text(0.9, y + 0.5, f"{who}   Date: {mdy(signed)}", 9)
                y += 0.9
        s.text(4.0, 10.4, f"Page {n + 1} of {pages}   Tenant initials ____", 8, fill=GREY)
        sheets.append(s)
    return drawn(
        "lease", sheets, "residence_record", about, "length_of_residence", proves=(start, end)
    )


def rent_receipts(
    person: Person, *, landlord: str, premises: str, months: list[dt.date], rent: int, seed: int
) -> Paper:
    """Receipts torn from a receipt book, copied four to a page."""
    s = Sheet()
    rng = random.Random(seed)
    y = 0.5
    for month in months:
        s.rect(0.8, y, 6.9, 2.3, 1.0)
        s.text(1.0, y + 0.12, "RENT RECEIPT", 12, "sans-bold")
        s.text(5.6, y + 0.12, f"No. {rng.randint(1000, 9999)}", 11, "mono-bold", fill=(170, 30, 30))
        s.text(1.0, y + 0.5, f"Date: {mdy(month)}", 11, "sans")
        s.text(1.0, y + 0.8, f"Received from: {person.name}", 11, "sans")
        s.text(1.0, y + 1.1, f"The sum of: ${rent:,}.00   for rent of {premises}", 11, "sans")
        s.text(1.0, y + 1.4, f"For the period: {month:%B %Y}", 11, "sans")
        s.signature(4.8, y + 1.5, landlord, 15)
        s.text(4.8, y + 1.95, f"Received by {landlord}", 8, fill=GREY)
        y += 2.5
    return drawn(
        "rent_receipts",
        [s],
        "residence_record",
        person,
        "length_of_residence",
        proves=(months[0], months[-1] + dt.timedelta(days=30)),
    )


def utility_bill(
    person: Person,
    *,
    company: str,
    company_lines: list[str],
    colour: tuple[int, int, int],
    address: tuple[str, str],
    account: str,
    billed: dt.date,
    usage: list[tuple[str, str]],
    due: float,
    kind: str,
    seed: int,
) -> Paper:
    """A monthly utility bill: the company's band, the account box, the service address, the
    charges and the tear-off stub."""
    s = Sheet()
    s.rect(0, 0, 8.5, 1.1, outline=None, fill=colour)
    s.text(0.6, 0.3, company, 20, "sans-bold", fill=(255, 255, 255))
    s.lines(0.6, 0.7, company_lines, 8, "sans", fill=(235, 235, 235))
    s.grid(
        5.0,
        1.35,
        2.9,
        [
            (0.45, [(1, "Account number", account)]),
            (0.45, [(1, "Statement date", mdy(billed)), (1, "Amount due", f"${due:,.2f}")]),
            (0.45, [(1, "Due date", mdy(billed + dt.timedelta(days=21)))]),
        ],
    )
    s.lines(0.6, 1.4, [up(person.name), address[0].upper(), address[1].upper()], 10, "sans")
    s.text(0.6, 2.4, f"Service address: {address[0]}, {address[1]}", 9, fill=GREY)
    y = s.table(
        0.6,
        3.0,
        [4.3, 2.6],
        [["Your " + kind + " charges", "Amount"], *usage, ["Total amount due", f"${due:,.2f}"]],
        pt=9.5,
        align=["left", "right"],
    )
    s.para(
        0.6,
        y + 0.3,
        7.0,
        "Thank you for paying on time. To pay by phone, call the number "
        "above; to report an outage or a gas leak, call at any hour.",
        9,
        "sans",
    )
    s.line(0.4, 8.4, 8.1, 8.4, 0.8, GREY)
    s.text(0.6, 8.5, "Please return this portion with your payment.", 8, fill=GREY)
    s.lines(
        0.6,
        8.8,
        [f"Account {account}", up(person.name), address[0].upper(), address[1].upper()],
        9.5,
        "mono",
    )
    s.text(5.2, 8.8, f"Amount due ${due:,.2f}", 11, "sans-bold")
    start = billed - dt.timedelta(days=30)
    return drawn(
        "utility_bill",
        [s],
        "residence_record",
        person,
        "length_of_residence",
        proves=(start, billed),
    )


# ---------------------------------------------------------------- letters


def letter(
    head: Head,
    dated: dt.date,
    body: list[str],
    signer: str,
    signer_lines: list[str],
    *,
    type: Choice,
    about: Person,
    equity: Choice,
    label: str,
    recipient: list[str] | None = None,
    re_line: str | None = None,
    salutation: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    language: Choice = "en",
    date_line: str | None = None,
    proves: tuple[dt.date, dt.date] | None = None,
    face: str = "serif",
) -> Paper:
    """Any letter on letterhead: a doctor's, an employer's, a pastor's, a school's, an
    office's."""
    s = write_letter(
        head,
        date_line or fmt(dated),
        recipient or [],
        re_line,
        salutation,
        body,
        closing,
        signer,
        signer_lines,
        face=face,
    )
    return drawn(label, [s], type, about, equity, language, proves)


def certificate(
    person: Person,
    *,
    org: str,
    org_line: str,
    title: str,
    lines: list[str],
    dated: dt.date,
    signers: list[str],
    colour: tuple[int, int, int],
    label: str,
    type: Choice,
    seed: int,
) -> Paper:
    """A certificate in landscape: a border, the awarding body, the holder's name in large
    type, what it is for, the date and the signers."""
    s = Sheet(11.0, 8.5)
    s.border(0.4, 3.0)
    s.logo(5.2, 0.75, 0.6, "star", colour)
    y = s.center(1.5, org, 16, "serif-bold", fill=colour)
    y = s.center(y, org_line, 9, "sans", fill=GREY)
    y = s.center(y + 0.2, title, 26, "schoolbook-bold")
    y = s.center(y + 0.1, "is hereby awarded to", 12, "serif-italic")
    y = s.center(y + 0.1, person.name, 28, "script", fill=BLUE_INK)
    for line in lines:
        y = s.center(y + 0.05, line, 12, "serif")
    s.center(y + 0.1, f"Given this {dated.day} day of {dated:%B}, {dated.year}", 11, "serif-italic")
    for i, signer in enumerate(signers):
        x = 2.0 + i * 4.5
        s.signature(x, 6.6, signer.split(",")[0], 16)
        s.line(x - 0.2, 7.1, x + 2.8, 7.1)
        s.text(x, 7.15, signer, 9)
    s.seal(5.5, 6.95, 0.55, f"{org.upper()} * ", "SEAL")
    return drawn(
        label, [s], type, person, "education", proves=(dated - dt.timedelta(days=270), dated)
    )


# ---------------------------------------------------------------- clinic, school, court


def visit_summary(
    patient: Person,
    *,
    clinic: str,
    clinic_lines: list[str],
    provider: str,
    visit: dt.date,
    reason: str,
    problems: list[str],
    medications: list[str],
    vitals: list[list[str]],
    plan: list[str],
    mrn: str,
    pages: int,
    about: Person,
    equity: Choice,
    seed: int,
) -> Paper:
    """An after-visit summary printed from a clinic's electronic record: the patient banner,
    the visit, the problem list, medications, vitals and the plan."""
    s = Sheet()
    y = letterhead(s, clinic, clinic_lines, (20, 90, 120), "leaf", "sans-bold")
    y = s.text(0.9, y, "AFTER VISIT SUMMARY", 13, "sans-bold") + 0.05
    s.grid(
        0.9,
        y,
        6.7,
        [
            (
                0.45,
                [
                    (2, "Patient", up(patient.name)),
                    (1, "DOB", mdy(patient.born)),
                    (1, "MRN", mrn),
                    (1.2, "Visit date", mdy(visit)),
                ],
            )
        ],
        value_face="sans-bold",
    )
    y += 0.6
    y = s.text(0.9, y, f"Provider: {provider}        Reason for visit: {reason}", 9.5) + 0.15
    y = s.text(0.9, y, "Problem list", 11, "sans-bold")
    y = s.lines(1.1, y, [f"•  {p}" for p in problems], 10) + 0.15
    y = s.text(0.9, y, "Vital signs", 11, "sans-bold")
    y = s.table(0.9, y, [1.6, 1.6, 1.6, 1.9], vitals, pt=9) + 0.2
    y = s.text(0.9, y, "Current medications", 11, "sans-bold")
    y = s.lines(1.1, y, [f"•  {m}" for m in medications], 10)
    sheets = [s]
    if pages == 2:
        s.text(6.6, 10.4, "Page 1 of 2", 8, fill=GREY)
        s = Sheet()
        s.text(
            0.9, 0.6, f"{up(patient.name)}   DOB {mdy(patient.born)}   MRN {mrn}", 8.5, fill=GREY
        )
        y = 1.0
        sheets.append(s)
    y = s.text(0.9, y + 0.2, "Plan and instructions", 11, "sans-bold")
    y = s.paras(1.1, y, 6.5, plan, pt=10, face="sans")
    s.text(0.9, y + 0.2, f"Electronically signed by {provider} on {mdy(visit)}", 9, "sans-italic")
    if pages == 2:
        s.text(6.6, 10.4, "Page 2 of 2", 8, fill=GREY)
    return drawn("clinic_visit_summary", sheets, "medical_record", about, equity)


def report_card(
    student: Person,
    *,
    district: str,
    school: str,
    year: str,
    grade: str,
    teacher: str,
    marks: list[list[str]],
    absences: tuple[int, int],
    comment: str,
    seed: int,
) -> Paper:
    """An elementary standards-based report card: the district, the student, marks by term,
    attendance and the teacher's comment."""
    s = Sheet()
    y = s.center(0.6, district, 13, "sans-bold")
    y = s.center(y, school, 11, "sans")
    y = s.center(y + 0.1, f"Student Progress Report  {year}", 14, "serif-bold") + 0.15
    s.grid(
        0.8,
        y,
        6.9,
        [(0.45, [(2, "Student", student.name), (1, "Grade", grade), (2, "Teacher", teacher)])],
        value_face="sans-bold",
    )
    y += 0.65
    y = s.table(0.8, y, [3.9, 1.0, 1.0, 1.0], [["Subject", "T1", "T2", "T3"], *marks], pt=9.5)
    s.text(
        0.8, y + 0.15, "4 = exceeds standard, 3 = meets, 2 = approaching, 1 = below", 8, fill=GREY
    )
    y = s.table(
        0.8,
        y + 0.5,
        [3.9, 1.5, 1.5],
        [
            ["Attendance", "Days absent", "Days tardy"],
            ["Year to date", str(absences[0]), str(absences[1])],
        ],
        pt=9.5,
    )
    y = s.text(0.8, y + 0.3, "Teacher comments", 11, "sans-bold")
    s.para(0.8, y, 6.9, comment, 10.5)
    return drawn("report_card", [s], "school_record", student, "education")


def court_disposition(
    person: Person,
    *,
    court: str,
    county: str,
    case_no: str,
    offense: str,
    filed: dt.date,
    sentenced: dt.date,
    terms: list[str],
    judge: str,
    seed: int,
) -> Paper:
    """A county court's register of actions and disposition for a traffic misdemeanor, as the
    clerk certifies it."""
    s = Sheet()
    y = s.center(0.6, f"{court.upper()}, {county.upper()} COUNTY", 12, "serif-bold")
    y = s.center(y, "STATE OF COLORADO", 10, "serif")
    y = s.center(y + 0.1, "CASE DISPOSITION / REGISTER OF ACTIONS", 14, "sans-bold") + 0.15
    s.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.45,
                [
                    (2, "THE PEOPLE OF THE STATE OF COLORADO v.", up(person.name)),
                    (1, "Case Number", case_no),
                ],
            ),
            (
                0.45,
                [
                    (1, "Date of Birth", mdy(person.born)),
                    (1, "Date Filed", mdy(filed)),
                    (1, "Division", "Courtroom 3B"),
                ],
            ),
        ],
        value_face="sans-bold",
    )
    y += 1.1
    y = (
        s.table(
            0.8,
            y,
            [0.5, 3.4, 1.5, 1.5],
            [
                ["Ct", "Charge", "Plea", "Disposition"],
                ["1", offense, "Guilty", "Convicted"],
                ["2", "Careless driving  42-4-1402", "", "Dismissed"],
            ],
            pt=9,
        )
        + 0.3
    )
    y = s.text(0.8, y, f"SENTENCE  {mdy(sentenced)}", 11, "sans-bold")
    y = s.lines(1.0, y, terms, 10) + 0.2
    y = (
        s.table(
            0.8,
            y,
            [1.3, 5.6],
            [
                ["Date", "Action"],
                [mdy(filed), "Summons and complaint filed"],
                [mdy(sentenced), f"Plea of guilty, count 1; sentence imposed, Judge {judge}"],
                [mdy(sentenced + dt.timedelta(days=380)), "Probation completed; case closed"],
            ],
            pt=9,
        )
        + 0.4
    )
    y = s.para(
        0.8,
        y,
        6.9,
        "I certify that this is a true and complete copy of the record of "
        "this court in the above case.",
        10,
    )
    s.signature(4.4, y + 0.1, "R. Delgado-Fisk", 16)
    s.text(4.4, y + 0.6, "Deputy Clerk of Court", 9)
    s.seal(2.0, y + 0.6, 0.5, f"{county.upper()} COUNTY COURT * ", "SEAL")
    return drawn("court_disposition_dui", [s], "court_record", person, ("rehabilitation", "other"))


def hearing_notice(
    person: Person,
    *,
    a_number: str,
    court_lines: list[str],
    hearing: dt.datetime,
    judge: str,
    sent: dt.date,
    seed: int,
) -> Paper:
    """An immigration court's notice of hearing in removal proceedings."""
    s = Sheet()
    y = s.center(0.6, "UNITED STATES DEPARTMENT OF JUSTICE", 11, "serif-bold")
    y = s.center(y, "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW", 11, "serif-bold")
    y = s.center(y, "IMMIGRATION COURT", 11, "serif-bold")
    y = s.lines(0.9, y + 0.2, court_lines, 10) + 0.2
    y = s.text(0.9, y, f"RE: {up(person.surname)}, {up(person.given)}", 10.5, "mono-bold")
    y = s.text(0.9, y, f"FILE: {a_number}          DATE: {mdy(sent)}", 10.5, "mono-bold")
    y = s.lines(0.9, y + 0.2, ["TO:", up(person.name)], 10.5, "mono") + 0.2
    y = s.center(y, "NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS", 12, "sans-bold")
    y = s.paras(
        0.9,
        y + 0.2,
        6.7,
        [
            f"Your case has been scheduled for a MASTER hearing before the Immigration Court on "
            f"{hearing:%b %d, %Y} at {hearing:%I:%M %p} at the address above, before Immigration "
            f"Judge {judge}.",
            "You may be represented in these proceedings, at no expense to the Government, by an "
            "attorney or other individual authorized to practice before the Immigration Court.",
            "If you fail to appear for your hearing, you may be ordered removed in your absence.",
        ],
        pt=10.5,
    )
    s.text(
        0.9, y + 0.3, "CERTIFICATE OF SERVICE: THIS DOCUMENT WAS SERVED BY MAIL (M) TO THE ALIEN", 8
    )
    return drawn("eoir_hearing_notice", [s], ("court_record", "other"), person, "other")


def police_report(
    victim: Person,
    *,
    agency: str,
    agency_lines: list[str],
    report_no: str,
    occurred: dt.datetime,
    location: str,
    offense: str,
    narrative: list[str],
    officer: str,
    seed: int,
) -> Paper:
    """A city police department's incident report: the header boxes, the victim's block, the
    offense and, on a second page, the officer's narrative."""
    s = Sheet()
    y = letterhead(s, agency, agency_lines, (20, 30, 80), "shield", "sans-bold")
    y = s.text(0.8, y - 0.1, "INCIDENT / INVESTIGATION REPORT", 13, "sans-bold") + 0.05
    y = s.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.45,
                [
                    (1, "Report number", report_no),
                    (1, "Date/time occurred", occurred.strftime("%m/%d/%Y %H%M")),
                    (1, "Date reported", mdy(occurred.date())),
                ],
            ),
            (0.45, [(3, "Location of incident", location)]),
            (0.45, [(2, "Offense", offense), (1, "Status", "Open - arrest made")]),
        ],
        value_face="sans-bold",
    )
    y = s.text(0.8, y + 0.15, "VICTIM", 10, "sans-bold")
    y = s.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.45,
                [
                    (2, "Name (Last, First, Middle)", victim.last_first(accents=False)),
                    (1, "DOB", mdy(victim.born)),
                    (0.6, "Sex", victim.sex),
                ],
            ),
            (0.45, [(3, "Injuries", "Laceration left forearm; bruising; treated at scene by EMS")]),
        ],
        value_face="sans-bold",
    )
    y = s.text(0.8, y + 0.15, "SUSPECT", 10, "sans-bold")
    s.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.45,
                [
                    (2, "Name", "WHITLOCK, DUSTIN RAY"),
                    (1, "DOB", "02/11/1994"),
                    (1, "Arrested", "Yes"),
                ],
            )
        ],
        value_face="sans-bold",
    )
    s.text(6.6, 10.4, "Page 1 of 2", 8, fill=GREY)
    p2 = Sheet()
    p2.text(0.8, 0.6, f"{agency}   Report {report_no}   (continued)", 9, fill=GREY)
    y = p2.text(0.8, 1.0, "NARRATIVE", 11, "sans-bold")
    y = p2.paras(0.8, y + 0.05, 6.9, narrative, pt=10.5, face="sans")
    p2.signature(1.0, y + 0.2, officer, 16)
    p2.text(0.8, y + 0.7, f"Reporting officer: {officer}", 9)
    p2.text(6.6, 10.4, "Page 2 of 2", 8, fill=GREY)
    return drawn("police_incident_report", [s, p2], "police_report", victim, "crime_victim")


def i918b(
    victim: Person,
    *,
    agency: str,
    address: list[str],
    certifier: str,
    title: str,
    crime: str,
    occurred: dt.date,
    signed: dt.date,
    case_no: str,
    seed: int,
) -> Paper:
    """Form I-918, Supplement B, U Nonimmigrant Status Certification, two of its pages."""
    s = Sheet()
    s.text(0.6, 0.5, "Department of Homeland Security", 9)
    s.text(0.6, 0.65, "U.S. Citizenship and Immigration Services", 9)
    s.text(3.3, 0.5, "Form I-918, Supplement B", 12, "sans-bold")
    s.text(3.3, 0.72, "U Nonimmigrant Status Certification", 11, "sans-bold")
    s.text(7.0, 0.5, "USCIS Form I-918 Supplement B", 6)
    y = s.text(0.6, 1.2, "Part 1. Victim Information", 10, "sans-bold")
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1, "1.a. Family Name (Last Name)", up(victim.surname)),
                    (1, "1.b. Given Name (First Name)", up(victim.given)),
                ],
            ),
            (
                0.45,
                [
                    (1, "3. Date of Birth (mm/dd/yyyy)", mdy(victim.born)),
                    (1, "4. Gender", "Female" if victim.sex == "F" else "Male"),
                ],
            ),
        ],
    )
    y = s.text(0.6, y + 0.2, "Part 2. Agency Information", 10, "sans-bold")
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (0.45, [(2, "1. Name of Certifying Agency", agency)]),
            (0.45, [(1, "2. Name of Certifying Official", certifier), (1, "3. Title", title)]),
            (0.55, [(2, "Agency Address", ", ".join(address))]),
            (0.45, [(1, "8. Agency Case Number", case_no), (1, "9. FBI / SID Number", "N/A")]),
        ],
    )
    y = s.text(0.6, y + 0.2, "Part 3. Criminal Acts", 10, "sans-bold")
    y = s.checkbox(0.7, y + 0.05, True, f"1. {crime}", 9)
    s.checkbox(0.7, y + 0.05, False, "Domestic Violence", 9)
    s.grid(
        0.6,
        y + 0.35,
        7.3,
        [
            (
                0.45,
                [
                    (1, "2. Date of criminal activity", mdy(occurred)),
                    (1, "4. Where", "Lexington, Kentucky"),
                ],
            )
        ],
    )
    s.text(0.6, 10.5, "Form I-918 Supplement B Edition 04/01/24   Page 2 of 5", 7)
    p = Sheet()
    y = p.text(0.6, 0.6, "Part 4. Helpfulness of the Victim", 10, "sans-bold")
    y = p.para(
        0.7,
        y,
        7.1,
        "1. The victim possesses information concerning the criminal "
        "activity listed in Part 3.   [X] Yes",
        9.5,
        "sans",
    )
    y = p.para(
        0.7,
        y + 0.1,
        7.1,
        "2. The victim has been, is being, or is likely to be "
        "helpful in the investigation or prosecution of the criminal activity.   [X] Yes",
        9.5,
        "sans",
    )
    y = p.para(
        0.7,
        y + 0.1,
        7.1,
        f"3. Provide an explanation: {victim.name} called 911, gave "
        "a full statement the same night, identified the suspect from a photo line-up "
        "and testified at the preliminary hearing.",
        9.5,
        "sans",
    )
    y = p.text(0.6, y + 0.3, "Part 6. Certification", 10, "sans-bold")
    y = p.para(
        0.7,
        y,
        7.1,
        "I am the head of the agency listed in Part 2 or I am the person "
        "in the agency who has been specifically designated by the head of the agency to "
        "issue U Nonimmigrant Status Certifications. Based upon investigation of the "
        "facts, I certify, under penalty of perjury, that the individual noted above "
        "is or was a victim of one or more of the crimes listed in Part 3.",
        9.5,
        "sans",
    )
    p.signature(1.0, y + 0.2, certifier, 18)
    p.grid(
        0.6,
        y + 0.8,
        7.3,
        [
            (
                0.45,
                [
                    (2, "Signature of Certifying Official", ""),
                    (1, "Date of Signature", mdy(signed)),
                ],
            )
        ],
    )
    p.text(0.6, 10.5, "Form I-918 Supplement B Edition 04/01/24   Page 4 of 5", 7)
    return drawn(
        "i918_supplement_b", [s, p], "u_visa_certification", victim, "law_enforcement_cooperation"
    )


def g28(
    client: Person,
    *,
    a_number: str,
    rep: dict,
    client_address: tuple[str, str],
    signed: dt.date,
    seed: int,
) -> Paper:
    """Form G-28, Notice of Entry of Appearance as Attorney or Accredited Representative:
    its first page, filled in by the attorney's office."""
    s = Sheet()
    s.text(0.6, 0.5, "Department of Homeland Security", 9)
    s.text(2.8, 0.5, "Notice of Entry of Appearance", 13, "sans-bold")
    s.text(2.8, 0.72, "as Attorney or Accredited Representative", 13, "sans-bold")
    s.text(6.9, 0.5, "DHS Form G-28", 9, "sans-bold")
    y = s.text(
        0.6,
        1.25,
        "Part 1. Information About Attorney or Accredited Representative",
        10,
        "sans-bold",
    )
    last, first = rep["name"].split()[-1], " ".join(rep["name"].split()[:-1])
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1, "1. Online Account Number (if any)", ""),
                    (1, "2.a. Family Name", last),
                    (1, "2.b. Given Name", first),
                ],
            ),
            (0.55, [(3, "3. Address", f"{rep['address'][0]}, {rep['address'][1]}")]),
            (0.45, [(1, "4. Daytime Telephone", rep["phone"]), (2, "7. Email", rep["email"])]),
        ],
    )
    y = s.text(0.6, y + 0.2, "Part 2. Eligibility Information", 10, "sans-bold")
    y = s.checkbox(
        0.7,
        y + 0.05,
        True,
        f"1.a. I am an attorney eligible to practice law in "
        f"{rep['bar_state']}. Bar Number {rep['bar_number']}",
        9,
    )
    y = s.text(0.6, y + 0.2, "Part 3. Notice of Appearance", 10, "sans-bold")
    y = s.checkbox(0.7, y + 0.05, True, "1.b. ICE", 9)
    y = s.text(0.6, y + 0.2, "Information About Client", 10, "sans-bold")
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1, "5.a. Client's Family Name", up(client.surname)),
                    (1, "5.b. Client's Given Name", up(client.given)),
                ],
            ),
            (0.45, [(1, "9. Date of Birth", mdy(client.born)), (1, "10. A-Number", a_number)]),
            (0.55, [(2, "12. Mailing Address", f"{client_address[0]}, {client_address[1]}")]),
        ],
    )
    y = s.text(0.6, y + 0.2, "Part 4. Client's Consent", 10, "sans-bold")
    s.signature(1.0, y + 0.1, client.name, 16)
    s.text(5.0, y + 0.3, f"Date: {mdy(signed)}", 10)
    s.signature(1.0, y + 0.8, rep["name"], 16)
    s.text(5.0, y + 1.0, f"Date: {mdy(signed)}", 10)
    s.text(0.6, 10.5, "Form G-28 Edition 09/17/18   Page 1 of 4", 7)
    return drawn("g28", [s], "g28", client, ("other", "identity"))
