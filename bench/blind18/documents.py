"""The papers of the eighteenth blind corpus, drawn from what real ones look like: Haitian,
Senegalese, Vietnamese and Guatemalan civil records (with the clerk's handwriting and stamps),
passports, Florida, Texas and New York City birth records, USCIS notices, IRS forms, pay stubs,
leases, utility bills, letters, a clinic's faxed letter, an e-mail read on a phone, court and
course certificates. Invented people, numbers and addresses.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders").
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.realistic import dates, mrz
from tests.realistic.model import Person, plain, up
from tests.realistic.paper import (
    BLUE_INK,
    GREY,
    INK,
    Sheet,
    letterhead,
    monospace_page,
    portrait,
    tinted,
    write_letter,
)

us = dates.us
RED = (180, 30, 40)
PURPLE = (92, 48, 140)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_DV = {
    "dv-sans": "DejaVuSans.ttf",
    "dv-sans-bold": "DejaVuSans-Bold.ttf",
    "dv-serif": "DejaVuSerif.ttf",
    "dv-serif-bold": "DejaVuSerif-Bold.ttf",
    "dv-italic": "DejaVuSerif-Italic.ttf",
    "dv-mono": "DejaVuSansMono.ttf",
}
_FALLBACK = {"dv-sans": "sans", "dv-sans-bold": "sans-bold", "dv-serif": "serif"}


@cache
def _dv_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(DEJAVU / _DV[name]), px)


class VSheet(Sheet):
    """A sheet that can also write Vietnamese (and the saltillo of K'iche'): the URW fonts have
    no glyphs for them, DejaVu (on every Debian with fonts) has."""

    def font(self, name: str, pt: float) -> ImageFont.FreeTypeFont:
        if name == "sans-bold":  # stamps and seals draw in it: give them the glyphs too
            name = "dv-sans-bold"
        if name.startswith("dv-"):
            px = max(6, round(pt * self.dpi / 72))
            if (DEJAVU / _DV[name]).exists():
                return _dv_font(name, px)
            name = _FALLBACK.get(name, "sans")
        return super().font(name, pt)


def _vcard(width_mm: float, height_mm: float) -> VSheet:
    return VSheet(width_mm / 25.4, height_mm / 25.4, 300)


def handwriting(s: Sheet, x: float, y: float, text: str, pt: float = 13) -> float:
    """An entry a clerk wrote by hand into a printed form, in blue ballpoint."""
    return s.text(x, y, text, pt, "script", fill=BLUE_INK)


def round_seal(s: Sheet, x: float, y: float, r: float, ring: str, middle: str, colour) -> None:
    """An inked round stamp (not embossed): coloured rings, the office's name around."""
    cx, cy, rad = s.px(x), s.px(y), s.px(r)
    d = s.draw
    d.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), outline=colour, width=max(2, rad // 25))
    inner = int(rad * 0.7)
    d.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), outline=colour, width=2)
    f = s.font("sans-bold", r * 72 * 0.22)
    import math

    for i, ch in enumerate(ring):
        a = -math.pi / 2 + 2 * math.pi * i / max(1, len(ring))
        px, py = cx + rad * 0.85 * math.cos(a), cy + rad * 0.85 * math.sin(a)
        g = Image.new("L", (f.size * 2, f.size * 2), 0)
        ImageDraw.Draw(g).text((f.size // 2, f.size // 2), ch, font=f, fill=230)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BILINEAR)
        s.image.paste(
            Image.new("RGB", g.size, colour), (int(px - g.width / 2), int(py - g.height / 2)), g
        )
    mf = s.font("sans-bold", r * 72 * 0.2)
    d.text((cx, cy), middle, font=mf, fill=colour, anchor="mm")


# ---------------------------------------------------------------- passports


def passport(
    *,
    person: Person,
    seed: int,
    country: str,
    heads: list[str],
    labels: list[tuple[str, str]],
    number: str,
    nationality: str,
    issued: dt.date,
    expiry: dt.date,
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    surname: str | None = None,
    given: str | None = None,
    personal: str = "",
    face: str = "sans",
    bold: str = "sans-bold",
) -> tuple[Sheet, tuple[str, str]]:
    """A passport data page (TD3, 125 x 88 mm): the state's name, the photo, bilingual labels
    over the values, and the two lines of the machine-readable zone."""
    s = _vcard(125, 88)
    tinted(s, *tint)
    y = 0.1
    for i, head in enumerate(heads):
        y = s.center(y, head, 7.5 if i == 0 else 6.5, bold if i == 0 else face)
    portrait(s, 0.22, 0.62, 1.05, 1.35, seed)
    zone = mrz.td3(
        kind="P",
        country=country,
        surname=surname or person.surname,
        given=given or person.given,
        number=number,
        nationality=country,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
        personal=personal,
    )
    x, y = 1.45, 0.62
    col = 0
    for label, value in labels:
        value = value.format(
            number=number,
            surname=up(surname or person.surname),
            given=up(given or person.given),
            nationality=nationality,
            born=dates.card(person.born, "fr"),
            born_es=dates.card(person.born, "es"),
            born_dmy=dates.day_month_year(person.born),
            sex=person.sex,
            place=up(person.birthplace),
            issued=dates.card(issued, "fr"),
            issued_es=dates.card(issued, "es"),
            issued_dmy=dates.day_month_year(issued),
            expiry=dates.card(expiry, "fr"),
            expiry_es=dates.card(expiry, "es"),
            expiry_dmy=dates.day_month_year(expiry),
            country=country,
            personal=personal,
        )
        wide = len(value) > 18
        if col == 1 and wide:
            x, y, col = 1.45, y + 0.25, 0
        s.text(x, y, label, 4.6, face, fill=GREY)
        s.text(x, y + 0.075, value, 7.4, bold)
        if wide or col == 1:
            x, y, col = 1.45, y + 0.25, 0
        else:
            x, col = 3.1, 1
    s.signature(0.25, 2.05, person.first, 11)
    top = s.height - 0.5
    for line in zone:
        s.text(0.16, top, line, 9.6, "mono-bold")
        top += 0.19
    return s, zone


def spread(data_page: Sheet, facing: Sheet) -> Sheet:
    """A passport booklet lying open: the facing page on the left, the data page on the right,
    the gutter between them shadowed, both pages a little warped toward the spine."""
    w = data_page.image.width + facing.image.width
    h = max(data_page.image.height, facing.image.height)
    out = Sheet(w / 300, h / 300, 300)
    out.image.paste(facing.image, (0, 0))
    out.image.paste(data_page.image, (facing.image.width, 0))
    gutter = facing.image.width
    for dx in range(-40, 41):
        shade = int(70 * (1 - abs(dx) / 40))
        out.draw.line(
            (gutter + dx, 0, gutter + dx, h), fill=(200 - shade, 195 - shade, 190 - shade)
        )
    return out


def vn_facing_page(seed: int) -> VSheet:
    """The page opposite the data page: the holder's signature line and the notes page, with
    an exit stamp of Tan Son Nhat airport."""
    s = _vcard(125, 88)
    tinted(s, (232, 226, 238), (222, 214, 230))
    s.center(0.25, "QUAN SÁT / OBSERVATIONS", 7.5, "dv-sans-bold")
    for i in range(6):
        s.line(0.4, 0.7 + i * 0.35, s.width - 0.4, 0.7 + i * 0.35, 0.4, GREY)
    s.text(0.4, 2.95, "Chữ ký của người mang hộ chiếu / Holder's signature", 5.5, "dv-sans")
    s.signature(1.3, 2.62, "Phuc", 14)
    s.stamp(
        2.2,
        0.9,
        ["CỬA KHẨU TÂN SƠN NHẤT", "XUẤT CẢNH / DEPARTURE", "02.06.2020"],
        6.5,
        (30, 80, 40),
        11,
    )
    del seed
    return s


# ---------------------------------------------------------------- Haiti


def haiti_extrait(person: Person, father: str, mother: str, declarant: str) -> Sheet:
    """An extrait d'acte de naissance of the Archives Nationales: a printed form, its blanks
    filled by hand, the registry numbers written in, a timbre and two stamps."""
    s = Sheet(paper=(250, 247, 236))
    s.security_background(71, (232, 226, 206))
    s.center(0.55, "RÉPUBLIQUE D'HAÏTI", 13, "serif-bold")
    s.center(0.8, "MINISTÈRE DE LA JUSTICE ET DE LA SÉCURITÉ PUBLIQUE", 9, "serif")
    s.center(1.0, "ARCHIVES NATIONALES D'HAÏTI", 11, "serif-bold")
    s.center(1.45, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL", 12, "serif-bold")
    s.center(1.7, "ACTE DE NAISSANCE", 11, "serif")
    s.text(0.9, 2.15, "Registre:", 10, "serif")
    handwriting(s, 1.75, 2.08, "B-14")
    s.text(3.0, 2.15, "Folio:", 10, "serif")
    handwriting(s, 3.6, 2.08, "87 R°")
    s.text(4.8, 2.15, "Acte N°:", 10, "serif")
    handwriting(s, 5.6, 2.08, "1163")
    s.text(0.9, 2.45, "Commune de:", 10, "serif")
    handwriting(s, 2.0, 2.38, "Les Cayes")
    s.text(4.8, 2.45, "Année:", 10, "serif")
    handwriting(s, 5.5, 2.38, "1987")
    b = person.born
    rows = [
        ("L'an mil neuf cent quatre-vingt-sept et le", f"{b.day} octobre"),
        ("Par-devant nous,", "Jean-Robert Lafontant, Officier de l'État Civil"),
        ("de la commune des Cayes, a comparu le citoyen", declarant),
        ("lequel nous a déclaré que le", f"{b.day} {dates.month(b, 'fr')} {b.year}"),
        ("est née en cette ville, à l'Hôpital Immaculée Conception,", "une enfant"),
        ("du sexe", "féminin"),
        ("à laquelle il a donné le(s) prénom(s) de", person.given),
        ("et le nom de", person.surname),
        ("fille de", father),
        ("et de", mother),
        ("Témoins:", "Mérilia Célestin, Joseph Dorélien"),
    ]
    y = 2.95
    for printed, hand in rows:
        s.text(0.9, y, printed, 10.5, "serif")
        handwriting(s, 0.95 + s.length(printed, 10.5, "serif") + 0.1, y - 0.07, hand, 13)
        s.line(0.95 + s.length(printed, 10.5, "serif") + 0.05, y + 0.19, 7.6, y + 0.19, 0.4, GREY)
        y += 0.42
    s.para(
        0.9,
        y + 0.15,
        6.7,
        "Pour extrait conforme délivré sur papier timbré, aux Archives Nationales, à "
        "Port-au-Prince, ce jour:",
        10,
        "serif",
    )
    handwriting(s, 4.95, y + 0.32, "14 mars 2023")
    s.text(4.9, y + 1.0, "Le Directeur Général", 10, "serif")
    s.signature(4.9, y + 1.2, "Lafleur", 18)
    round_seal(s, 2.0, y + 1.45, 0.62, "ARCHIVES NATIONALES D'HAITI * ", "A.N.H.", (40, 60, 150))
    s.stamp(0.9, y + 2.3, ["TIMBRE", "50 GOURDES"], 9, (30, 110, 60), -6)
    s.stamp(4.6, y + 2.15, ["VÉRIFIÉ", "A.N.H. 14 MARS 2023"], 9, RED, 7)
    return s


def haiti_translation(person: Person, father: str, mother: str, declarant: str, tr) -> Sheet:
    """The translator's English rendering of the extrait, her certificate below it."""
    s = Sheet()
    s.center(0.6, "[TRANSLATION FROM FRENCH]", 10, "sans-bold")
    s.center(0.9, "REPUBLIC OF HAITI", 12, "serif-bold")
    s.center(1.12, "MINISTRY OF JUSTICE AND PUBLIC SECURITY", 9, "serif")
    s.center(1.32, "NATIONAL ARCHIVES OF HAITI", 10, "serif-bold")
    s.center(1.6, "EXTRACT FROM THE CIVIL REGISTRY RECORDS - BIRTH CERTIFICATE", 10.5, "serif-bold")
    b = person.born
    body = [
        "Register: B-14   Folio: 87 R°   Certificate No.: 1163   Commune: Les Cayes   Year: 1987",
        f"In the year nineteen hundred eighty-seven, on the {b.day}th of October, before us, "
        "Jean-Robert Lafontant, Civil Registrar of the commune of Les Cayes, appeared the "
        f"citizen {declarant}, who declared to us that on {dates.long(b)} a child of the "
        "female sex was born in this city, at the Immaculée Conception Hospital, to whom he "
        f"gave the first name(s) {person.given} and the last name {person.surname}, daughter "
        f"of {father} and of {mother}. Witnesses: Mérilia Célestin, Joseph Dorélien.",
        "True extract issued on stamped paper at the National Archives, Port-au-Prince, on "
        "March 14, 2023. [Signed] The Director General. [Round seal: National Archives of "
        "Haiti, A.N.H.] [Stamp: 50 Gourdes] [Stamp: Verified A.N.H. March 14, 2023]",
    ]
    y = s.paras(0.9, 2.0, 6.7, body, gap=0.18, pt=10.5, face="serif")
    s.line(0.9, y + 0.1, 7.6, y + 0.1, 1.0)
    y = s.center(y + 0.3, "CERTIFICATE OF TRANSLATION", 11, "serif-bold") + 0.1
    name, address, phone = tr
    y = s.para(
        0.9,
        y,
        6.7,
        f"I, {name}, certify that I am competent to translate from French and Haitian Creole "
        "into English, and that the above is a complete and accurate translation of the "
        f"attached extract of the birth certificate of {person.name}.",
        10.5,
        "serif",
    )
    s.signature(1.0, y + 0.15, name, 18)
    s.lines(0.9, y + 0.7, [name, *address, phone, "Date: November 3, 2026"], 10, "serif")
    return s


def florida_birth(child: Person, mother: Person, father: str, file_no: str, filed, issued):
    """Florida's Certification of Birth on security paper: the state's boxed abstract."""
    s = Sheet(paper=(246, 250, 246))
    s.security_background(zlib.crc32(file_no.encode()) % 1000, (214, 230, 214))
    s.border(0.35, 2.5)
    s.center(0.65, "STATE OF FLORIDA", 14, "serif-bold")
    s.center(0.92, "DEPARTMENT OF HEALTH", 10, "serif")
    s.center(1.12, "BUREAU OF VITAL STATISTICS", 10, "serif")
    s.center(1.5, "CERTIFICATION OF BIRTH", 16, "serif-bold")
    s.text(5.4, 1.95, f"STATE FILE NUMBER: {file_no}", 8.5, "sans-bold")
    rows = [
        (0.5, [(3, "NAME", up(child.name)), (1, "SEX", "MALE" if child.sex == "M" else "FEMALE")]),
        (
            0.5,
            [
                (2, "DATE OF BIRTH", dates.long(child.born).upper()),
                (2, "COUNTY OF BIRTH", "MIAMI-DADE"),
            ],
        ),
        (0.5, [(4, "PLACE OF BIRTH", "JACKSON NORTH MEDICAL CENTER, NORTH MIAMI BEACH")]),
        (0.5, [(3, "MOTHER'S MAIDEN NAME", up(mother.name)), (1, "BIRTHPLACE", "HAITI")]),
        (0.5, [(3, "FATHER'S NAME", father.upper()), (1, "BIRTHPLACE", "HAITI")]),
        (0.5, [(2, "DATE FILED", us(filed)), (2, "DATE ISSUED", us(issued))]),
    ]
    y = s.grid(0.8, 2.2, 6.9, rows, value_pt=10.5)
    s.para(
        0.8,
        y + 0.3,
        6.9,
        "THIS IS TO CERTIFY THAT THE ABOVE IS A TRUE AND CORRECT COPY OF THE OFFICIAL RECORD "
        "ON FILE IN THIS OFFICE. THIS DOCUMENT IS PRINTED OR PHOTOCOPIED ON SECURITY PAPER "
        "WITH WATERMARKS OF THE GREAT SEAL OF THE STATE OF FLORIDA.",
        8,
        "sans",
    )
    s.seal(1.9, y + 1.8, 0.75, "GREAT SEAL OF THE STATE OF FLORIDA * ", "FL")
    s.signature(4.6, y + 1.4, "K. Whitfield", 18)
    s.text(4.5, y + 1.95, "STATE REGISTRAR", 8.5, "sans-bold")
    s.text(
        0.8,
        10.3,
        "DH 727  REQ: 2026-0441872  ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATION",
        6.5,
    )
    return s


def uscis_notice(
    person: Person,
    a_number: str,
    receipt: str,
    case_type: str,
    kind: str,
    received,
    notice,
    body: list[str],
    extra: list[tuple[float, str, str]] | None = None,
) -> Sheet:
    """An I-797 or I-797C Notice of Action as USCIS prints it: its boxes across the top, the
    addressee, the notice text."""
    s = Sheet()
    s.text(0.6, 0.45, "THE UNITED STATES OF AMERICA", 12, "serif-bold")
    s.text(0.6, 0.75, "Department of Homeland Security", 9)
    s.text(0.6, 0.92, "U.S. Citizenship and Immigration Services", 9)
    s.text(5.7, 0.55, "I-797" + ("C" if kind != "APPROVAL NOTICE" else ""), 14, "sans-bold")
    s.text(5.7, 0.85, "Notice of Action", 11, "sans-bold")
    s.center(1.25, kind, 11, "sans-bold")
    rows = [
        (0.42, [(2, "Receipt Number", receipt), (3, "Case Type", case_type)]),
        (
            0.42,
            [
                (1, "Received Date", us(received)),
                (1, "Priority Date", ""),
                (1, "Notice Date", us(notice)),
                (1, "Page", "1 of 1"),
            ],
        ),
        (0.42, [(3, "Applicant", f"A{a_number.replace('-', '')}"), (2, "", "")]),
        *([(0.42, extra)] if extra else []),
    ]
    y = s.grid(0.6, 1.5, 7.3, rows, value_pt=9)
    s.lines(
        0.8,
        y + 0.25,
        [
            up(person.name),
            "C/O HAITIAN LEGAL RIGHTS PROJECT",
            "7810 NE 2ND AVE STE 204",
            "MIAMI FL 33138",
        ],
        9,
        "mono",
    )
    s.paras(0.6, y + 1.35, 7.3, body, gap=0.12, pt=9, face="sans")
    s.line(0.6, 9.7, 7.9, 9.7, 0.6)
    s.lines(
        0.6,
        9.8,
        [
            "Please see the additional information on the back. "
            "You will be notified separately about any other cases you filed.",
            "USCIS Contact Center: www.uscis.gov/contactcenter",
            "National Benefits Center",
        ],
        7,
    )
    return s


def creole_church_letter(person: Person) -> Sheet:
    return write_letter(
        (
            "Legliz Batis Mòn Siyon",
            ["8120 NE 2nd Avenue, Miami, Florida 33138", "Tel: (305) 555-0163"],
            (90, 30, 110),
            "cross",
        ),
        "Miami, 4 novanm 2026",
        [],
        None,
        "Pou tout moun sa konsène,",
        [
            "Mwen menm, Pastè Wilner Desrosiers, responsab Legliz Batis Mòn Siyon, mwen sètifye "
            f"ke Sè {person.name} se yon manm fidèl legliz nou an depi mwa jen 2015. Li te batize "
            "nan legliz la an 2016.",
            "Chak dimanch li vin nan sèvis la ak de pitit li yo, Kenson ak Esther. Li chante nan "
            "koral fanm yo, epi li ede nan lekòl dimanch pou timoun piti yo. Lè gen fanmi ki "
            "fèk rive soti Ayiti, se li menm ki ede yo jwenn rad, manje ak enfòmasyon pou lekòl.",
            "Sè Nadège se yon moun ki serye, ki onèt, e ki renmen travay. Tout kongregasyon an "
            "konte sou li. Nou mande otorite yo pou yo ba li chans rete ak pitit li yo isit la.",
            "Si nou bezwen plis enfòmasyon, nou kapab rele m nan nimewo ki anlè a.",
        ],
        "Ak respè,",
        "Pastè Wilner Desrosiers",
        ["Pastè prensipal"],
    )


def school_attendance(child: Person, student_id: str, mother: Person) -> Sheet:
    """A district's attendance summary printed from the student information system."""
    s = Sheet()
    s.text(0.6, 0.5, "MIAMI-DADE COUNTY PUBLIC SCHOOLS", 12, "sans-bold")
    s.text(0.6, 0.75, "Student Attendance Summary - 2025-2026 and 2026-2027 (to date)", 9.5)
    s.text(5.6, 0.5, "Printed: 11/09/2026 10:14", 8, "mono")
    s.text(5.6, 0.66, "Report ATT-410", 8, "mono")
    rows = [
        (
            0.42,
            [
                (
                    3,
                    "Student Name",
                    up(child.last_first(False)).replace(",", ", ").replace(",  ", ", "),
                ),
                (1, "Student ID", student_id),
                (1, "Grade", "04"),
            ],
        ),
        (
            0.42,
            [
                (3, "School", "5012 MORNINGSIDE PALMS ELEMENTARY"),
                (2, "Date of Birth", us(child.born)),
            ],
        ),
        (0.42, [(3, "Parent/Guardian", up(mother.name)), (2, "Home Language", "HAITIAN CREOLE")]),
    ]
    y = s.grid(0.6, 1.05, 7.3, rows, value_pt=9)
    table = [["Month", "Days Enrolled", "Present", "Absent (Exc)", "Absent (Unexc)", "Tardy"]]
    months = [
        ("AUG 2025", 8, 8, 0, 0, 0),
        ("SEP 2025", 21, 20, 1, 0, 1),
        ("OCT 2025", 22, 22, 0, 0, 0),
        ("NOV 2025", 15, 14, 1, 0, 0),
        ("DEC 2025", 14, 14, 0, 0, 1),
        ("JAN 2026", 19, 18, 1, 0, 0),
        ("FEB 2026", 19, 19, 0, 0, 0),
        ("MAR 2026", 17, 16, 0, 1, 0),
        ("APR 2026", 21, 21, 0, 0, 0),
        ("MAY 2026", 20, 20, 0, 0, 0),
        ("AUG 2026", 9, 9, 0, 0, 0),
        ("SEP 2026", 20, 19, 1, 0, 0),
        ("OCT 2026", 21, 21, 0, 0, 0),
    ]
    for m in months:
        table.append([m[0], *(str(v) for v in m[1:])])
    table.append(["TOTAL", "226", "221", "4", "1", "2"])
    y = s.table(
        0.6, y + 0.35, [1.3, 1.2, 1.1, 1.2, 1.3, 0.9], table, 9, align=["left"] + ["right"] * 5
    )
    s.para(
        0.6,
        y + 0.3,
        7.3,
        "Attendance rate, 2025-2026: 97.9 %. Codes: excused absences "
        "with a parent note or medical note on file. This is an unofficial summary printed at "
        "the school; an official record may be requested from the Office of Student Records.",
        8.5,
        "sans",
    )
    s.text(0.6, y + 1.2, "Verified by: _______________________   Registrar", 9)
    s.signature(1.4, y + 0.98, "M. Exantus", 14)
    s.stamp(
        4.6, y + 0.85, ["MORNINGSIDE PALMS ELEM.", "NOV 09 2026", "REGISTRAR"], 8, (40, 40, 150), 4
    )
    return s


def asthma_letter(child: Person, mother: Person) -> Sheet:
    return write_letter(
        (
            "Little River Pediatric Associates",
            [
                "8350 NE 2nd Avenue, Suite 110, Miami, FL 33138",
                "Phone 305-555-0187  Fax 305-555-0188",
            ],
            (0, 90, 140),
            "leaf",
        ),
        "November 12, 2026",
        ["To Whom It May Concern"],
        f"RE: {child.name}, DOB {us(child.born)}",
        "Dear Sir or Madam:",
        [
            f"{child.name} has been a patient of this practice since birth. She has moderate "
            "persistent asthma, diagnosed at age 3. Her treatment is a daily inhaled "
            "corticosteroid (fluticasone 44 mcg, two puffs twice a day, with a spacer), albuterol "
            "by nebulizer or inhaler as needed, and an asthma action plan that her mother "
            "follows at home.",
            "In the past 12 months Esther has had two emergency department visits for asthma "
            "exacerbations (March and August 2026) and one course of oral steroids. Her triggers "
            "include viral infections, smoke, mold and strong heat. She needs regular follow-up "
            "every three months, and a caregiver who recognizes early warning signs and gives "
            "rescue medication without delay.",
            f"Her mother, {mother.name}, brings her to every visit, administers her medication "
            "and keeps her action plan with the school nurse. Separating Esther from her mother "
            "would put her health at serious risk.",
            "Please contact me with any questions.",
        ],
        "Sincerely,",
        "Roseline Augustin, MD, FAAP",
        ["Pediatrics", "Little River Pediatric Associates"],
    )


def fpl_bill(person: Person, address: list[str], account: str, start, end, amount: float) -> Sheet:
    s = Sheet()
    s.rect(0, 0, 8.5, 0.9, outline=None, fill=(0, 94, 160))
    s.text(0.6, 0.25, "FPL", 24, "sans-bold", fill=(255, 255, 255))
    s.text(2.0, 0.38, "Your electric statement", 12, "sans", fill=(255, 255, 255))
    s.text(0.6, 1.2, f"Statement Date: {dates.abbreviated(end)}", 9.5, "sans-bold")
    s.text(0.6, 1.4, f"Account Number: {account}", 9.5)
    s.lines(0.6, 1.75, [up(person.name), *(a.upper() for a in address)], 9.5, "mono")
    s.text(4.8, 1.2, "Service address:", 9)
    s.lines(4.8, 1.4, [a.upper() for a in address], 9)
    s.text(4.8, 2.0, f"Service from {dates.abbreviated(start)} to {dates.abbreviated(end)}", 9)
    rows = [
        ["Summary", "Amount"],
        ["Balance from last statement", "$118.42"],
        ["Payment received - thank you", "-$118.42"],
        ["Customer charge", "$9.61"],
        ["Non-fuel energy charge (1,062 kWh)", "$71.38"],
        ["Fuel charge", "$30.17"],
        ["Storm protection charge", "$4.26"],
        ["Gross receipts tax and franchise charge", "$7.91"],
        ["Total amount you owe", f"${amount:.2f}"],
    ]
    y = s.table(0.6, 2.7, [4.8, 1.8], rows, 9.5, align=["left", "right"])
    s.text(
        0.6,
        y + 0.3,
        f"New charges due by {dates.abbreviated(end + dt.timedelta(days=21))}",
        11,
        "sans-bold",
    )
    s.para(
        0.6,
        y + 0.7,
        7.2,
        "Energy usage: 1,062 kWh this month, 1,011 kWh one year ago. "
        "Avoid a late payment charge: pay at FPL.com, by phone or at an authorized pay agent.",
        9,
        "sans",
    )
    s.line(0.6, 8.6, 7.9, 8.6, 0.6)
    s.text(0.6, 8.7, "Please return this portion with your payment", 8)
    s.lines(
        0.6,
        9.0,
        [
            f"Account number {account}",
            f"Amount enclosed ________   Due {dates.abbreviated(end + dt.timedelta(days=21))}",
        ],
        9,
        "mono",
    )
    return s


def g28(person: Person, a_number: str, rep: dict, signed) -> Sheet:
    """Form G-28's first page as filled in on a computer: parts 1 to 3, the client's consent."""
    s = Sheet()
    s.text(0.6, 0.45, "Notice of Entry of Appearance", 14, "sans-bold")
    s.text(0.6, 0.75, "as Attorney or Accredited Representative", 14, "sans-bold")
    s.text(5.6, 0.45, "DHS Form G-28", 12, "sans-bold")
    s.text(5.6, 0.7, "OMB No. 1615-0105", 8)
    s.text(0.6, 1.1, "Department of Homeland Security", 9)
    s.rect(0.6, 1.35, 7.3, 0.3, outline=None, fill=(30, 30, 30))
    s.text(
        0.7,
        1.4,
        "Part 1. Information About Attorney or Accredited Representative",
        10,
        "sans-bold",
        fill=(255, 255, 255),
    )
    name = rep["name"].split()
    rows = [
        (
            0.45,
            [
                (2, "2.a. Family Name (Last Name)", name[-1].upper()),
                (2, "2.b. Given Name (First Name)", name[0].upper()),
            ],
        ),
        (0.45, [(4, "3.a. Street Number and Name", rep["address"][0])]),
        (0.45, [(4, "3.d. City or Town, State, ZIP Code", rep["address"][1])]),
        (
            0.45,
            [
                (2, "4. Daytime Telephone Number", rep["phone"]),
                (2, "6. Email Address", rep["email"]),
            ],
        ),
    ]
    y = s.grid(0.6, 1.7, 7.3, rows, value_pt=9.5)
    s.rect(0.6, y + 0.15, 7.3, 0.3, outline=None, fill=(30, 30, 30))
    s.text(
        0.7,
        y + 0.2,
        "Part 2. Eligibility Information for Attorney or Accredited Representative",
        10,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y = s.checkbox(
        0.7,
        y + 0.6,
        True,
        f"1.b. I am an accredited representative of {rep['organization']}, "
        "a recognized organization.",
        8.5,
    )
    y = s.text(0.9, y + 0.05, f"EOIR ID: {rep['eoir_id']}", 8.5)
    s.rect(0.6, y + 0.2, 7.3, 0.3, outline=None, fill=(30, 30, 30))
    s.text(
        0.7,
        y + 0.25,
        "Part 3. Notice of Appearance as Attorney or Accredited Representative",
        10,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y = s.checkbox(
        0.7, y + 0.65, True, "1.b. This appearance relates to immigration matters before ICE", 8.5
    )
    rows = [
        (
            0.45,
            [
                (2, "6.a. Family Name (Last Name)", up(person.surname)),
                (2, "6.b. Given Name (First Name)", up(person.given)),
            ],
        ),
        (
            0.45,
            [
                (2, "10. Alien Registration Number (A-Number)", "A-" + a_number.replace("-", "")),
                (2, "Daytime Telephone", ""),
            ],
        ),
    ]
    y = s.grid(0.6, y + 0.15, 7.3, rows, value_pt=9.5)
    s.rect(0.6, y + 0.2, 7.3, 0.3, outline=None, fill=(30, 30, 30))
    s.text(
        0.7,
        y + 0.25,
        "Part 4. Client's Consent to Representation and Signature",
        10,
        "sans-bold",
        fill=(255, 255, 255),
    )
    s.para(
        0.6,
        y + 0.65,
        7.3,
        "I have requested the representation of and consented to being "
        "represented by the attorney or accredited representative named in Part 1.",
        8.5,
        "sans",
    )
    s.text(0.6, y + 1.3, "Signature of Client or Authorized Signatory", 7)
    s.signature(0.9, y + 1.35, person.first, 16)
    s.text(4.6, y + 1.3, "Date of Signature", 7)
    s.text(4.7, y + 1.5, us(signed), 10, "mono-bold")
    s.text(
        0.6, 10.4, "Form G-28 Edition 09/17/18                                   Page 1 of 4", 7.5
    )
    return s


# ---------------------------------------------------------------- Viet Nam


def vn_birth(person: Person, father: tuple[str, int], mother: tuple[str, int]) -> VSheet:
    """A bản sao giấy khai sinh: the commune's copy from its birth register, the old register's
    entries copied by hand, the committee's red seal over the vice-chairman's signature."""
    s = VSheet(paper=(250, 248, 240))
    s.text(0.7, 0.55, "ỦY BAN NHÂN DÂN", 9.5, "dv-sans-bold")
    s.text(0.55, 0.75, "PHƯỜNG AN HÒA, Q. NINH KIỀU", 8.5, "dv-sans")
    s.text(0.6, 0.95, "TP. CẦN THƠ", 8.5, "dv-sans")
    s.text(0.7, 1.2, "Số: 145/1983", 9, "dv-sans")
    s.text(0.7, 1.4, "Quyển số: 02", 9, "dv-sans")
    s.text(3.7, 0.55, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10, "dv-sans-bold")
    s.text(4.45, 0.78, "Độc lập - Tự do - Hạnh phúc", 10, "dv-sans-bold")
    s.line(4.5, 1.0, 6.6, 1.0, 0.8)
    s.center(1.75, "GIẤY KHAI SINH", 18, "dv-serif-bold")
    s.center(2.1, "(BẢN SAO)", 11, "dv-serif")
    b = person.born
    rows = [
        ("Họ và tên:", "TRẦN VĂN PHÚC"),
        ("Ngày, tháng, năm sinh:", f"{b.day:02d}/{b.month:02d}/{b.year}"),
        ("Ghi bằng chữ:", "Ngày mười bốn tháng hai năm một nghìn chín trăm tám mươi ba"),
        ("Giới tính:", "Nam"),
        ("Dân tộc:", "Kinh            Quốc tịch: Việt Nam"),
        ("Nơi sinh:", "Bệnh viện Đa khoa Cần Thơ"),
        ("Quê quán:", "Xã Long Tuyền, huyện Bình Thủy, tỉnh Hậu Giang"),
        ("Họ và tên cha:", f"{father[0]}      Năm sinh: {father[1]}"),
        ("Dân tộc:", "Kinh   Quốc tịch: Việt Nam   Nơi thường trú: P. An Hòa, Cần Thơ"),
        ("Họ và tên mẹ:", f"{mother[0]}      Năm sinh: {mother[1]}"),
        ("Dân tộc:", "Kinh   Quốc tịch: Việt Nam   Nơi thường trú: P. An Hòa, Cần Thơ"),
        ("Người đi khai sinh:", f"{father[0]}, quan hệ: cha"),
        ("Nơi đăng ký:", "Ủy ban nhân dân phường An Hòa"),
        ("Ngày đăng ký:", "02/03/1983"),
    ]
    y = 2.6
    for label, value in rows:
        s.text(0.8, y, label, 10.5, "dv-serif")
        s.text(
            0.8 + s.length(label, 10.5, "dv-serif") + 0.12,
            y - 0.03,
            value,
            11.5,
            "dv-italic",
            fill=BLUE_INK,
        )
        y += 0.4
    s.text(0.8, y + 0.1, "Sao từ Sổ đăng ký khai sinh", 10, "dv-serif")
    s.text(0.8, y + 0.35, "Cần Thơ, ngày 21 tháng 5 năm 2019", 10, "dv-italic")
    s.text(4.6, y + 0.1, "TM. ỦY BAN NHÂN DÂN", 10, "dv-sans-bold")
    s.text(4.85, y + 0.33, "KT. CHỦ TỊCH", 10, "dv-sans-bold")
    s.text(4.85, y + 0.56, "PHÓ CHỦ TỊCH", 10, "dv-sans-bold")
    s.signature(4.9, y + 0.85, "Nguyen Tan", 16)
    round_seal(s, 4.7, y + 1.1, 0.6, "UBND PHUONG AN HOA * TP CAN THO * ", "★", RED)
    s.text(4.75, y + 1.85, "Nguyễn Tấn Lộc", 10.5, "dv-sans-bold")
    return s


def vn_translation(person: Person, father: tuple[str, int], mother: tuple[str, int], tr) -> Sheet:
    s = Sheet()
    s.text(0.8, 0.55, "ENGLISH TRANSLATION", 10, "sans-bold")
    s.text(
        0.8,
        0.9,
        "PEOPLE'S COMMITTEE OF AN HOA WARD, NINH KIEU DISTRICT, CAN THO CITY",
        9,
        "sans-bold",
    )
    s.text(0.8, 1.1, "No.: 145/1983   Book No.: 02", 9)
    s.text(
        0.8,
        1.4,
        "SOCIALIST REPUBLIC OF VIETNAM - Independence - Freedom - Happiness",
        9,
        "sans-bold",
    )
    s.center(1.8, "BIRTH CERTIFICATE (COPY)", 14, "serif-bold")
    rows = [
        ("Full name:", "TRAN VAN PHUC"),
        (
            "Date of birth:",
            f"{dates.day_month_year(person.born)} (February fourteenth, nineteen eighty-three)",
        ),
        ("Sex:", "Male    Ethnicity: Kinh    Nationality: Vietnamese"),
        ("Place of birth:", "Can Tho General Hospital"),
        ("Native place:", "Long Tuyen Commune, Binh Thuy District, Hau Giang Province"),
        ("Father:", f"{father[0]}, born {father[1]}, Kinh, Vietnamese, resident of An Hoa Ward"),
        ("Mother:", f"{mother[0]}, born {mother[1]}, Kinh, Vietnamese, resident of An Hoa Ward"),
        ("Declarant:", f"{father[0]}, relationship: father"),
        ("Registered at:", "People's Committee of An Hoa Ward on 02/03/1983"),
    ]
    y = 2.25
    for label, value in rows:
        s.text(0.8, y, label, 10.5, "serif-bold")
        y = s.para(2.3, y, 5.4, value, 10.5, "serif") + 0.08
    s.para(
        0.8,
        y + 0.1,
        6.9,
        "Copied from the Birth Register. Can Tho, May 21, 2019. ON BEHALF "
        "OF THE PEOPLE'S COMMITTEE, FOR THE CHAIRMAN, VICE CHAIRMAN [signed, red seal of the "
        "People's Committee of An Hoa Ward] Nguyen Tan Loc",
        10.5,
        "serif",
    )
    name, address, phone = tr
    s.line(0.8, 7.3, 7.7, 7.3, 0.8)
    s.center(7.45, "CERTIFICATION", 11, "serif-bold")
    s.para(
        0.8,
        7.8,
        6.9,
        f"I, {name}, hereby certify that I am fluent in Vietnamese and English "
        "and competent to translate between them, and that the foregoing is a true, complete "
        "and accurate translation of the attached Vietnamese birth certificate (copy) of "
        f"{plain(person.name)}.",
        10.5,
        "serif",
    )
    s.signature(0.9, 8.75, name, 18)
    s.lines(0.8, 9.3, [name, *address, phone, "Date: 10/28/2026"], 10, "serif")
    return s


def form_1040(
    person: Person, ssn: str, address: list[str], child: Person, wages: int
) -> list[Sheet]:
    p1 = Sheet()
    p1.text(0.5, 0.4, "Form 1040", 16, "sans-bold")
    p1.text(1.9, 0.38, "Department of the Treasury-Internal Revenue Service", 7.5)
    p1.text(1.9, 0.55, "U.S. Individual Income Tax Return", 11, "sans-bold")
    p1.text(5.3, 0.4, "2024", 20, "sans-bold")
    p1.text(6.4, 0.45, "OMB No. 1545-0074", 7)
    p1.text(0.5, 0.9, "Filing Status", 8.5, "sans-bold")
    p1.checkbox(1.6, 0.9, False, "Single", 8)
    p1.checkbox(2.4, 0.9, False, "Married filing jointly", 8)
    p1.checkbox(4.2, 0.9, True, "Head of household (HOH)", 8)
    rows = [
        (
            0.42,
            [
                (3, "Your first name and middle initial", "PHUC V"),
                (2, "Last name", "TRAN"),
                (2, "Your social security number", ssn),
            ],
        ),
        (
            0.42,
            [(5, "Home address (number and street)", address[0].upper()), (2, "Apt. no.", "214")],
        ),
        (
            0.42,
            [
                (4, "City, town, or post office. State. ZIP code", address[1].upper()),
                (3, "Presidential Election Campaign", ""),
            ],
        ),
    ]
    y = p1.grid(0.5, 1.15, 7.5, rows, value_pt=9.5)
    p1.text(0.5, y + 0.12, "Dependents (see instructions):", 8.5, "sans-bold")
    y = p1.table(
        0.5,
        y + 0.35,
        [2.6, 1.6, 1.5, 1.8],
        [
            ["(1) First name   Last name", "(2) SSN", "(3) Relationship", "(4) Child tax credit"],
            [f"{up(child.first)} {up(child.surname)}", "XXX-XX-8806", "DAUGHTER", "X"],
        ],
        8,
    )
    lines = [
        ("1a", "Total amount from Form(s) W-2, box 1", f"{wages:,}"),
        ("1z", "Add lines 1a through 1h", f"{wages:,}"),
        ("9", "This is your total income", f"{wages:,}"),
        ("11", "Subtract line 10 from line 9. This is your adjusted gross income", f"{wages:,}"),
        ("12", "Standard deduction or itemized deductions", "21,900"),
        ("14", "Add lines 12 and 13", "21,900"),
        ("15", "Subtract line 14 from line 11. This is your taxable income", f"{wages - 21900:,}"),
    ]
    y += 0.25
    for no, text, amount in lines:
        p1.text(0.55, y, no, 8.5, "sans-bold")
        p1.text(0.95, y, text + " " + "." * 20, 8.5)
        p1.text(7.9, y, amount, 9, "mono-bold", align="right")
        p1.line(6.6, y + 0.17, 8.0, y + 0.17, 0.4)
        y += 0.34
    p1.text(
        0.5,
        10.4,
        "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate "
        "instructions.   Cat. No. 11320B   Form 1040 (2024)",
        6.5,
    )
    p2 = Sheet()
    p2.text(0.5, 0.4, "Form 1040 (2024)", 9)
    p2.text(7.9, 0.4, "Page 2", 9, align="right")
    tax = round((wages - 21900) * 0.1)
    lines2 = [
        ("16", "Tax", f"{tax:,}"),
        ("19", "Child tax credit or credit for other dependents", f"{min(tax, 2000):,}"),
        ("22", "Subtract line 21 from line 18", f"{max(0, tax - 2000):,}"),
        ("24", "Add lines 22 and 23. This is your total tax", f"{max(0, tax - 2000):,}"),
        ("25a", "Federal income tax withheld from Form(s) W-2", "1,214"),
        ("28", "Additional child tax credit", "1,700"),
        ("33", "Add lines 25d, 26, and 32. These are your total payments", "2,914"),
        (
            "34",
            "If line 33 is more than line 24, the amount you overpaid",
            f"{2914 - max(0, tax - 2000):,}",
        ),
        ("35a", "Amount of line 34 you want refunded to you", f"{2914 - max(0, tax - 2000):,}"),
    ]
    y = 0.8
    for no, text, amount in lines2:
        p2.text(0.55, y, no, 8.5, "sans-bold")
        p2.text(0.95, y, text + " " + "." * 20, 8.5)
        p2.text(7.9, y, amount, 9, "mono-bold", align="right")
        p2.line(6.6, y + 0.17, 8.0, y + 0.17, 0.4)
        y += 0.36
    y += 0.3
    p2.text(0.5, y, "Sign Here", 11, "sans-bold")
    p2.para(
        1.6,
        y,
        6.3,
        "Under penalties of perjury, I declare that I have examined this return and "
        "accompanying schedules and statements, and to the best of my knowledge and belief, they "
        "are true, correct, and complete.",
        7.5,
        "sans",
    )
    rows = [
        (
            0.45,
            [
                (3, "Your signature", ""),
                (1, "Date", "03/11/2025"),
                (2, "Your occupation", "NAIL TECHNICIAN"),
            ],
        )
    ]
    y = p2.grid(1.6, y + 0.5, 6.3, rows, value_pt=9)
    p2.signature(1.8, y - 0.42, "Phuc Tran", 14)
    p2.text(0.5, y + 0.3, "Paid Preparer Use Only", 9, "sans-bold")
    rows = [
        (
            0.45,
            [
                (3, "Preparer's name", "KIM LOAN HUYNH"),
                (2, "PTIN", "P01873342"),
                (2, "Date", "03/11/2025"),
            ],
        ),
        (
            0.45,
            [
                (
                    5,
                    "Firm's name and address",
                    "SAIGON TAX & INSURANCE, 11210 BELLAIRE BLVD #118, HOUSTON TX 77072",
                ),
                (2, "Phone no.", "281-555-0134"),
            ],
        ),
    ]
    p2.grid(1.6, y + 0.25, 6.3, rows, value_pt=8.5)
    return [p1, p2]


def account_transcript(person: Person, year: int, ssn_last: str, request: dt.date) -> Sheet:
    amount = "$0.00"
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                            Account Transcript",
        "",
        f"Request Date: {dates.dashed(request)}",
        f"Response Date: {dates.dashed(request)}",
        "Tracking Number: 108412933075",
        "",
        "FORM NUMBER: 1040                        TAX PERIOD: Dec. 31, " + str(year),
        f"TAXPAYER IDENTIFICATION NUMBER: XXX-XX-{ssn_last}",
        "",
        person.irs,
        "11210 BELL",
        "",
        "                 --- ANY MINUS SIGN SHOWN BELOW SIGNIFIES A CREDIT AMOUNT ---",
        "",
        f"ACCOUNT BALANCE: {amount}",
        "ACCRUED INTEREST: $0.00                   AS OF: " + dates.dashed(request),
        "ACCRUED PENALTY: $0.00                    AS OF: " + dates.dashed(request),
        "",
        "                 ** INFORMATION FROM THE RETURN OR AS ADJUSTED **",
        "",
        "EXEMPTIONS: 01",
        "FILING STATUS: Single",
        "ADJUSTED GROSS INCOME:                    $24,611.00",
        "TAXABLE INCOME:                           $5,811.00",
        "TAX PER RETURN:                           $581.00",
        "SE TAXABLE INCOME TAXPAYER:               $0.00",
        "",
        "RETURN DUE DATE OR RETURN RECEIVED DATE (WHICHEVER IS LATER)  Apr. 15, " + str(year + 1),
        "",
        "PROCESSING DATE                           Mar. 21, " + str(year + 1),
        "",
        "                                TRANSACTIONS",
        "",
        "CODE  EXPLANATION OF TRANSACTION            CYCLE     DATE          AMOUNT",
        f"150   Tax return filed                      {year + 1}0805  03-21-{year + 1}   $581.00",
        "      20221-078-41873-2",
        f"806   W-2 or 1099 withholding                         04-15-{year + 1}   -$1,102.00",
        f"766   Credit to your account                          04-15-{year + 1}   -$1,400.00",
        f"846   Refund issued                                   03-28-{year + 1}   $1,921.00",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return monospace_page(lines, 9.2)


def w2(
    year: int,
    employee: Person,
    ssn: str,
    employer: list[str],
    ein: str,
    wages: float,
    address: list[str],
    state: str = "TX",
    control: str = "",
) -> Sheet:
    """A W-2's Copy B (or C) as employees receive it, printed on a letter page."""
    s = Sheet()
    fed = round(wages * 0.045, 2)
    ss = round(wages * 0.062, 2)
    mc = round(wages * 0.0145, 2)
    rows = [
        (0.45, [(2, "a  Employee's social security number", ssn), (3, "OMB No. 1545-0008", "")]),
        (
            0.45,
            [
                (2, "b  Employer identification number (EIN)", ein),
                (1.5, "1  Wages, tips, other compensation", f"{wages:,.2f}"),
                (1.5, "2  Federal income tax withheld", f"{fed:,.2f}"),
            ],
        ),
        (
            0.75,
            [
                (2, "c  Employer's name, address, and ZIP code", "\n".join(employer)),
                (1.5, "3  Social security wages", f"{wages:,.2f}"),
                (1.5, "4  Social security tax withheld", f"{ss:,.2f}"),
            ],
        ),
        (
            0.45,
            [
                (2, "d  Control number", control),
                (1.5, "5  Medicare wages and tips", f"{wages:,.2f}"),
                (1.5, "6  Medicare tax withheld", f"{mc:,.2f}"),
            ],
        ),
        (
            0.75,
            [
                (
                    2,
                    "e  Employee's first name and initial   Last name",
                    f"{up(employee.given)}  {up(employee.surname)}",
                ),
                (3, "12a", "DD | 4,812.00"),
            ],
        ),
        (
            0.75,
            [
                (2, "f  Employee's address and ZIP code", "\n".join(a.upper() for a in address)),
                (3, "13  Statutory employee / Retirement plan / Third-party sick pay", ""),
            ],
        ),
        (
            0.45,
            [
                (1, "15 State", state),
                (1.5, "16 State wages, tips, etc.", f"{wages:,.2f}" if state != "TX" else ""),
                (1.5, "17 State income tax", f"{wages * 0.028:,.2f}" if state != "TX" else ""),
            ],
        ),
    ]
    y = s.grid(0.6, 0.8, 7.3, rows, value_pt=9)
    s.text(0.6, y + 0.15, "Form W-2  Wage and Tax Statement", 12, "sans-bold")
    s.text(5.2, y + 0.15, str(year), 18, "sans-bold")
    s.text(0.6, y + 0.5, "Copy B-To Be Filed With Employee's FEDERAL Tax Return.", 8)
    s.text(0.6, y + 0.68, "This information is being furnished to the Internal Revenue Service.", 8)
    s.text(5.5, y + 0.6, "Department of the Treasury-Internal Revenue Service", 6.5)
    return s


def pay_stub(
    emp: Person, start, end, paid, hours: float, rate: float, tips: float, ytd: float, n: int
) -> Sheet:
    """A nail salon's payroll service statement: hours at the hourly rate, tips, deductions."""
    s = Sheet()
    s.text(0.6, 0.5, "LOTUS NAILS & SPA LLC", 13, "sans-bold")
    s.lines(0.6, 0.78, ["6025 Westheimer Rd, Suite C", "Houston, TX 77057"], 8.5)
    s.text(5.2, 0.5, "EARNINGS STATEMENT", 11, "sans-bold")
    s.text(5.2, 0.75, "Processed by Gulf Coast Payroll", 7.5, fill=GREY)
    rows = [
        (
            0.4,
            [
                (3, "Employee", up(emp.name)),
                (1, "Employee ID", "00417"),
                (2, "Check / Advice No.", f"DD-{20815 + n}"),
            ],
        ),
        (
            0.4,
            [
                (2, "Pay Period", f"{us(start)} - {us(end)}"),
                (2, "Pay Date", us(paid)),
                (2, "Position", "NAIL TECHNICIAN"),
            ],
        ),
    ]
    y = s.grid(0.6, 1.25, 7.3, rows, value_pt=9)
    gross = hours * rate + tips
    rows = [
        ["Earnings", "Rate", "Hours", "Current", "YTD"],
        ["Regular", f"{rate:.2f}", f"{hours:.2f}", f"{hours * rate:,.2f}", f"{ytd * 0.7:,.2f}"],
        ["Tips (card)", "", "", f"{tips:,.2f}", f"{ytd * 0.3:,.2f}"],
        ["Gross Pay", "", "", f"{gross:,.2f}", f"{ytd:,.2f}"],
    ]
    y = s.table(
        0.6,
        y + 0.3,
        [2.2, 1.0, 1.0, 1.5, 1.6],
        rows,
        9,
        align=["left", "right", "right", "right", "right"],
    )
    ded = [
        ["Deductions", "Current", "YTD"],
        ["Federal Income Tax", f"{gross * 0.04:,.2f}", f"{ytd * 0.04:,.2f}"],
        ["Social Security", f"{gross * 0.062:,.2f}", f"{ytd * 0.062:,.2f}"],
        ["Medicare", f"{gross * 0.0145:,.2f}", f"{ytd * 0.0145:,.2f}"],
    ]
    y = s.table(0.6, y + 0.25, [3.2, 2.0, 2.1], ded, 9, align=["left", "right", "right"])
    net = gross * (1 - 0.04 - 0.062 - 0.0145)
    s.text(0.6, y + 0.3, f"NET PAY: ${net:,.2f}", 12, "sans-bold")
    s.text(0.6, y + 0.6, "Direct deposit: Checking XXXXXX4471", 9)
    s.line(0.6, y + 1.0, 7.9, y + 1.0, 0.6)
    s.text(0.6, y + 1.1, "NON-NEGOTIABLE - THIS IS NOT A CHECK", 9, "sans-bold", fill=GREY)
    return s


def salon_letter(emp: Person) -> Sheet:
    return write_letter(
        (
            "Lotus Nails & Spa",
            [
                "6025 Westheimer Rd, Suite C, Houston, TX 77057",
                "(713) 555-0148   lotusnailsspa.example",
            ],
            (170, 60, 120),
            "leaf",
        ),
        "November 16, 2026",
        ["To Whom It May Concern"],
        "Re: Employment verification",
        "To Whom It May Concern:",
        [
            f"This letter is to confirm that {plain(emp.name)} has worked at Lotus Nails & "
            "Spa as a full-time nail technician since August 2020. He works Tuesday through "
            "Saturday, about 40 hours a week, and is paid hourly plus tips through our payroll "
            "service. His wages are reported on a W-2 every year.",
            "Phuc holds a Texas Department of Licensing and Regulation manicurist license and "
            "trains our new technicians. He is one of our most reliable employees: he is never "
            "late, our regular customers ask for him by name, and he has covered for co-workers "
            "many times when they were sick.",
            "We would be very sorry to lose him. His position is available to him for as long as "
            "he wants it. You may call me at the number above to confirm this information.",
        ],
        "Sincerely,",
        "Hanh Nguyen",
        ["Owner, Lotus Nails & Spa LLC"],
    )


def tx_lease(
    tenant: Person, child: Person, street: str, city: str, start, end, rent: int
) -> list[Sheet]:
    p1 = Sheet()
    p1.center(0.5, "RESIDENTIAL LEASE AGREEMENT", 14, "serif-bold")
    p1.center(0.78, "Bellaire Garden Apartments", 10, "serif")
    clauses = [
        f"1. PARTIES. This Lease is between {plain(tenant.name)} "
        '("Resident") and Bellaire Garden Apartments, LP, by its managing agent Pinnacle Gulf '
        'Residential ("Owner").',
        f"2. APARTMENT. Resident will rent Apartment No. 214 at {street}, Houston, Texas 77036 "
        '(the "apartment"), for use as a private residence only.',
        f"3. TERM. The initial term of this Lease begins on {dates.long(start)} and ends at "
        f"11:59 p.m. on {dates.long(end)}. This Lease will automatically renew month-to-month "
        "unless either party gives at least 30 days' written notice of termination.",
        f"4. RENT. Resident will pay ${rent:,} per month for rent, in advance and without "
        "demand, on or before the 1st day of each month. Rent paid after the 3rd is late and a "
        "late fee of $75 will be charged.",
        "5. SECURITY DEPOSIT. The total security deposit at the time of execution is $400.",
        f"6. OCCUPANTS. The apartment will be occupied only by Resident and the following "
        f"persons: {plain(child.name)} (minor).",
        "7. UTILITIES. Resident will pay for electricity; Owner pays water, sewer and trash, "
        "billed back at $48.00 per month.",
        "8. PARKING. One assigned space (No. 61). Vehicles without a parking tag may be towed.",
        "9. KEYS. Resident will receive 2 apartment keys and 1 mailbox key.",
    ]
    p1.paras(0.8, 1.2, 6.9, clauses, gap=0.14, pt=10, face="serif")
    p1.text(
        0.8, 10.4, "Initials: Resident ____  Owner ____                          Page 1 of 2", 8
    )
    p1.text(1.9, 10.3, "P.T.", 12, "script", fill=BLUE_INK)
    p2 = Sheet()
    more = [
        "10. RULES. Resident must comply with the community rules "
        "attached, which are part of this Lease.",
        "11. REPAIRS. Requests for repairs must be made in writing through "
        "the resident portal or at the office.",
        "12. ENTIRE AGREEMENT. This Lease and its addenda are the entire agreement. Owner's "
        "representatives have no authority to make promises not written here.",
    ]
    y = p2.paras(0.8, 0.8, 6.9, more, gap=0.14, pt=10, face="serif")
    p2.text(0.8, y + 0.4, "SIGNATURES", 11, "serif-bold")
    p2.text(0.8, y + 1.2, "Resident", 9)
    p2.line(0.8, y + 1.15, 4.0, y + 1.15, 0.6)
    p2.signature(1.0, y + 0.75, "Phuc Tran", 16)
    p2.text(4.5, y + 1.2, f"Date: {us(start - dt.timedelta(days=9))}", 9)
    p2.text(0.8, y + 2.0, "Owner's representative: Brenda Okafor, Community Manager", 9)
    p2.line(0.8, y + 1.95, 4.0, y + 1.95, 0.6)
    p2.signature(1.0, y + 1.55, "B. Okafor", 16)
    p2.text(4.5, y + 2.0, f"Date: {us(start - dt.timedelta(days=9))}", 9)
    p2.text(0.8, 10.4, "                                                          Page 2 of 2", 8)
    return [p1, p2]


def texas_birth(child: Person, father: Person, mother: str, file_no: str, issued) -> Sheet:
    s = Sheet(paper=(248, 246, 252))
    s.security_background(33, (222, 218, 238))
    s.border(0.35, 2.0)
    s.center(0.7, "THE STATE OF TEXAS", 15, "serif-bold")
    s.center(1.0, "CERTIFICATION OF VITAL RECORD", 11, "serif-bold")
    s.center(1.25, "CITY OF HOUSTON - BUREAU OF VITAL STATISTICS", 9, "serif")
    s.center(1.6, "BIRTH CERTIFICATE", 13, "serif-bold")
    rows = [
        (0.5, [(3, "CHILD - NAME", up(child.name)), (1, "SEX", "FEMALE")]),
        (
            0.5,
            [
                (2, "DATE OF BIRTH", us(child.born)),
                (2, "PLACE OF BIRTH - CITY / COUNTY", "HOUSTON / HARRIS"),
            ],
        ),
        (0.5, [(4, "FACILITY", "MEMORIAL HERMANN SOUTHWEST HOSPITAL")]),
        (
            0.5,
            [
                (3, "MOTHER - NAME PRIOR TO FIRST MARRIAGE", mother.upper()),
                (1, "BIRTHPLACE", "VIETNAM"),
            ],
        ),
        (0.5, [(3, "FATHER - NAME", up(father.name)), (1, "BIRTHPLACE", "VIETNAM")]),
        (0.5, [(2, "STATE FILE NUMBER", file_no), (2, "DATE FILED", "10/04/2022")]),
    ]
    y = s.grid(0.8, 2.0, 6.9, rows, value_pt=10.5)
    s.para(
        0.8,
        y + 0.3,
        6.9,
        "This is a true and correct reproduction or abstract of the official "
        "record filed with the Texas Department of State Health Services, Vital Statistics "
        f"Section, Austin, Texas. Issued {us(issued)}.",
        8.5,
        "serif",
    )
    s.seal(2.0, y + 1.8, 0.75, "STATE OF TEXAS * VITAL STATISTICS * ", "TX")
    s.signature(4.6, y + 1.3, "L. Ramírez", 18)
    s.text(4.5, y + 1.9, "LOCAL REGISTRAR", 8.5, "sans-bold")
    s.text(
        0.8,
        10.3,
        "VS-112  WARNING: IT IS ILLEGAL TO DUPLICATE THIS COPY BY PHOTOSTAT OR PHOTOGRAPH",
        6.5,
    )
    return s


# ---------------------------------------------------------------- Senegal


def senegal_extrait(person: Person, father: str, mother: str) -> Sheet:
    s = Sheet(paper=(252, 250, 244))
    s.text(0.7, 0.55, "RÉPUBLIQUE DU SÉNÉGAL", 11, "serif-bold")
    s.text(0.7, 0.78, "Un Peuple - Un But - Une Foi", 8.5, "serif-italic")
    s.lines(
        0.7,
        1.05,
        [
            "Région de Kaolack",
            "Département de Kaolack",
            "Commune de Kaolack",
            "Centre d'État Civil Principal",
        ],
        9,
        "serif",
    )
    s.text(5.0, 0.6, "N° dans le registre:", 9, "serif")
    handwriting(s, 6.4, 0.5, "1042")
    s.text(5.0, 0.95, "Année:", 9, "serif")
    handwriting(s, 5.6, 0.85, "1986")
    s.center(2.2, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", 13, "serif-bold")
    b = person.born
    rows = [
        ("Le", f"{b.day} {dates.month(b, 'fr')} {b.year}"),
        ("à", "10 heures 20 minutes"),
        ("est né(e) à", "Kaolack (Maternité de l'Hôpital Régional)"),
        ("de sexe", "Féminin"),
        ("Prénom(s)", person.given),
        ("Nom", person.surname.upper()),
        ("de", father),
        ("et de", mother),
        ("Domicile des parents", "Quartier Léona, Kaolack"),
    ]
    y = 2.8
    for label, value in rows:
        s.text(0.9, y, label, 11, "serif")
        s.line(2.9, y + 0.2, 7.6, y + 0.2, 0.4, GREY)
        handwriting(s, 3.0, y - 0.08, value, 13.5)
        y += 0.5
    s.para(
        0.9,
        y + 0.15,
        6.7,
        "Pour extrait certifié conforme au registre, délivré à Kaolack, le",
        10.5,
        "serif",
    )
    handwriting(s, 5.1, y + 0.1, "9 août 2024")
    s.text(4.6, y + 0.8, "L'Officier de l'État Civil", 10.5, "serif-bold")
    s.signature(4.8, y + 1.05, "M. Thiam", 18)
    round_seal(s, 2.2, y + 1.3, 0.6, "COMMUNE DE KAOLACK * ETAT CIVIL * ", "SN", (40, 70, 160))
    s.stamp(5.6, y + 1.75, ["TIMBRE FISCAL", "200 F CFA"], 8, (30, 120, 60), -5)
    return s


def senegal_translation(person: Person, father: str, mother: str, tr) -> Sheet:
    s = Sheet()
    s.center(0.6, "CERTIFIED ENGLISH TRANSLATION", 11, "sans-bold")
    s.text(0.8, 1.0, "REPUBLIC OF SENEGAL - One People - One Goal - One Faith", 9.5, "serif-bold")
    s.text(
        0.8,
        1.2,
        "Region of Kaolack, Department of Kaolack, Commune of Kaolack, Main Civil Registry Center",
        9,
        "serif",
    )
    s.text(0.8, 1.4, "Register No.: 1042    Year: 1986", 9, "serif")
    s.center(1.8, "EXTRACT FROM THE REGISTER OF BIRTH RECORDS", 12, "serif-bold")
    b = person.born
    body = (
        f"On {dates.long(b)}, at 10:20 a.m., was born in Kaolack (Maternity ward of the "
        f"Regional Hospital) a child of the female sex, first name(s) {person.given}, last "
        f"name {person.surname.upper()}, of {father} and of {mother}, parents residing in "
        "the Léona neighborhood, Kaolack."
    )
    y = s.para(0.8, 2.2, 6.9, body, 11, "serif")
    y = s.para(
        0.8,
        y + 0.2,
        6.9,
        "Certified true extract of the register, issued in Kaolack on "
        "August 9, 2024. The Civil Registrar [signed] [round seal: Commune of Kaolack, "
        "Civil Registry] [Fiscal stamp 200 F CFA]",
        11,
        "serif",
    )
    name, address, phone = tr
    s.line(0.8, y + 0.4, 7.7, y + 0.4, 0.8)
    y = s.center(y + 0.55, "TRANSLATOR'S CERTIFICATION", 11, "serif-bold")
    y = s.para(
        0.8,
        y + 0.15,
        6.9,
        f"I, {name}, certify that I am competent to translate from "
        "French into English and that this is a complete and accurate translation of the "
        f"attached birth extract of {person.name}, to the best of my knowledge and ability.",
        10.5,
        "serif",
    )
    s.signature(0.9, y + 0.15, name, 18)
    s.lines(0.8, y + 0.75, [name, *address, phone, "October 30, 2026"], 10, "serif")
    return s


def nyc_birth(
    child: Person, mother: Person, father: str, cert_no: str, hospital: str, issued
) -> Sheet:
    s = Sheet(paper=(250, 248, 240))
    s.security_background(zlib.crc32(cert_no.encode()) % 997, (236, 226, 206))
    s.border(0.35, 2.0)
    s.center(0.65, "THE CITY OF NEW YORK", 13, "serif-bold")
    s.center(0.9, "DEPARTMENT OF HEALTH AND MENTAL HYGIENE", 9.5, "serif")
    s.center(1.25, "CERTIFICATE OF BIRTH", 16, "serif-bold")
    s.text(5.5, 1.65, f"CERTIFICATE NO. {cert_no}", 9, "sans-bold")
    rows = [
        (
            0.5,
            [
                (3, "1a. CHILD'S NAME (First, Middle, Last)", up(child.name)),
                (1, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
            ],
        ),
        (
            0.5,
            [
                (2, "3. DATE OF BIRTH (Month Day Year)", dates.long(child.born).upper()),
                (2, "4a. PLACE OF BIRTH - BOROUGH", "BRONX"),
            ],
        ),
        (0.5, [(4, "4b. NAME OF HOSPITAL OR OTHER FACILITY", hospital)]),
        (
            0.5,
            [
                (3, "6a. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (1, "6b. BIRTHPLACE", "SENEGAL"),
            ],
        ),
        (
            0.5,
            [(3, "7a. FATHER'S / PARENT'S NAME", father.upper()), (1, "7b. BIRTHPLACE", "SENEGAL")],
        ),
        (
            0.5,
            [
                (2, "DATE FILED", us(child.born + dt.timedelta(days=6))),
                (2, "DATE ISSUED", us(issued)),
            ],
        ),
    ]
    y = s.grid(0.8, 1.95, 6.9, rows, value_pt=10.5)
    s.para(
        0.8,
        y + 0.3,
        6.9,
        "THIS IS A TRUE COPY OF THE RECORD ON FILE IN THE DEPARTMENT OF "
        "HEALTH AND MENTAL HYGIENE. The Department does not certify to the truth of the "
        "statements made thereon, as no inquiry as to the facts has been provided by law.",
        8,
        "sans",
    )
    s.seal(1.9, y + 1.75, 0.72, "CITY OF NEW YORK * DOHMH * ", "NYC")
    s.signature(4.6, y + 1.3, "G. Ferrante", 18)
    s.text(4.5, y + 1.85, "CITY REGISTRAR", 8.5, "sans-bold")
    s.text(
        0.8,
        10.3,
        "VR 262   DO NOT ACCEPT THIS TRANSCRIPT UNLESS IT BEARS THE SECURITY FEATURES",
        6.5,
    )
    return s


def hospital_letter(patient: Person, mrn: str) -> Sheet:
    return write_letter(
        (
            "Bronx Riverside Hospital",
            [
                "Division of Nephrology and Hypertension",
                "1800 Grand Concourse, Bronx, NY 10457  Tel 718-555-0121",
            ],
            (20, 80, 60),
            "cross",
        ),
        "October 21, 2026",
        ["To Whom It May Concern"],
        f"RE: {patient.name}   DOB {us(patient.born)}   MRN {mrn}",
        "Dear Sir or Madam:",
        [
            f"Ms. {patient.surname} has been followed in our nephrology clinic since April 2022 "
            "for chronic kidney disease, stage 3b, due to hypertension, with an estimated "
            "glomerular filtration rate between 34 and 41 mL/min over the past year. She was "
            "hospitalized at this hospital in January 2026 for a hypertensive emergency.",
            "Her treatment includes three blood-pressure medications, a phosphate binder and a "
            "low-sodium renal diet. She is seen in clinic every two months with laboratory "
            "monitoring, and she has been referred for transplant evaluation in case her kidney "
            "function declines further. Missed medication or interruption of care could lead "
            "quickly to kidney failure requiring dialysis.",
            "Treatment of this kind is not reliably available to her in her home country. It is "
            "my medical opinion that she should continue her care here without interruption.",
        ],
        "Sincerely,",
        "Oluwaseun Adeyemi-Clarke, MD",
        ["Attending Physician, Nephrology", "Bronx Riverside Hospital"],
    )


def email_screenshot(person: Person) -> Image.Image:
    """A phone's screenshot of an e-mail in its mail app: the status bar, the sender, the
    letter as the body, the reply bar. Saved as the phone saves screenshots (PNG)."""
    w, h = 1170, 2532
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    sans = lambda px: ImageFont.truetype(str(DEJAVU / _DV["dv-sans"]), px)  # noqa: E731
    bold = lambda px: ImageFont.truetype(str(DEJAVU / _DV["dv-sans-bold"]), px)  # noqa: E731
    d.text((70, 40), "9:41", font=bold(44), fill=INK)
    d.text((930, 40), "5G  87%", font=bold(40), fill=INK)
    d.text((50, 150), "< Inbox", font=sans(46), fill=(0, 110, 230))
    d.text((60, 260), "Letter for Ndèye Coumba Sow", font=bold(56), fill=INK)
    d.ellipse((60, 380, 170, 490), fill=(60, 140, 90))
    d.text((95, 405), "TM", font=bold(44), fill=(255, 255, 255))
    d.text((200, 385), "Theresa Mbaye-Collins", font=bold(42), fill=INK)
    d.text((200, 440), "To: ndeyecoumba.sow@mail.example", font=sans(34), fill=GREY)
    d.text((840, 390), "Nov 18", font=sans(34), fill=GREY)
    d.line((60, 530, 1110, 530), fill=(220, 220, 220), width=2)
    paras = [
        "To Whom It May Concern,",
        "I am the volunteer coordinator of the Tremont Community Food Pantry, 1911 Crotona "
        f"Avenue, Bronx, NY 10457. I am writing in support of {person.name}.",
        "Ms. Sow has volunteered with us every Saturday morning since September 2021. She sorts "
        "donations, packs grocery bags for about 300 families a week and, because she speaks "
        "French, Wolof and English, she helps our West African neighbors register and "
        "understand what help is available. In 2024 we named her Volunteer of the Year.",
        "She is dependable, warm and generous with her time even while raising two children "
        "and managing her own health. Our pantry and our neighborhood are better because she is "
        "part of it.",
        "Please feel free to contact me at 718-555-0196.",
        "Sincerely,",
        "Theresa Mbaye-Collins",
        "Volunteer Coordinator, Tremont Community Food Pantry",
    ]
    y = 580
    f = sans(40)
    for p in paras:
        line = ""
        for word in p.split():
            trial = f"{line} {word}".strip()
            if d.textlength(trial, font=f) > 1040:
                d.text((60, y), line, font=f, fill=INK)
                y += 58
                line = word
            else:
                line = trial
        d.text((60, y), line, font=f, fill=INK)
        y += 90
    d.rectangle((0, h - 200, w, h), fill=(246, 246, 248))
    for i, label in enumerate(["Reply", "Forward", "Delete"]):
        d.text((120 + i * 370, h - 140), label, font=sans(40), fill=(0, 110, 230))
    d.rounded_rectangle((390, h - 30, 780, h - 18), 6, fill=INK)
    return img


def con_ed_bill(
    person: Person, address: list[str], account: str, start, end, amount: float
) -> Sheet:
    s = Sheet()
    s.rect(0, 0, 8.5, 0.85, outline=None, fill=(0, 82, 155))
    s.text(0.6, 0.22, "conEdison", 22, "sans-bold", fill=(255, 255, 255))
    s.text(4.6, 0.32, "Your energy bill", 13, "sans", fill=(255, 255, 255))
    s.text(0.6, 1.15, f"Account number: {account}", 10, "sans-bold")
    s.text(
        0.6, 1.38, f"Billing period: {dates.abbreviated(start)} to {dates.abbreviated(end)}", 9.5
    )
    s.text(0.6, 1.58, f"Bill date: {dates.abbreviated(end + dt.timedelta(days=2))}", 9.5)
    s.lines(0.6, 1.95, [up(person.name), *(a.upper() for a in address)], 9.5, "mono")
    s.rect(4.7, 1.1, 3.2, 1.2, weight=0.8)
    s.text(4.85, 1.2, "Total amount due", 10, "sans-bold")
    s.text(4.85, 1.5, f"${amount:.2f}", 20, "sans-bold")
    s.text(4.85, 1.95, f"Due by {dates.abbreviated(end + dt.timedelta(days=23))}", 9)
    rows = [
        ["Your charges", "Amount"],
        ["Electricity supply (342 kWh)", f"${amount * 0.38:.2f}"],
        ["Electricity delivery", f"${amount * 0.44:.2f}"],
        ["Basic service charge", "$18.27"],
        ["Taxes and surcharges", f"${amount * 0.18 - 18.27:.2f}"],
        ["Total electricity charges", f"${amount:.2f}"],
    ]
    y = s.table(0.6, 3.0, [4.8, 2.0], rows, 9.5, align=["left", "right"])
    s.para(
        0.6,
        y + 0.35,
        7.2,
        "Service address: " + ", ".join(address) + ". Meter read: actual. "
        "Call 1-800-75-CONED to report an outage or a gas leak.",
        9,
        "sans",
    )
    s.line(0.6, 8.7, 7.9, 8.7, 0.6)
    s.text(
        0.6,
        8.8,
        "Return this stub with your payment to Con Edison, JAF Station, P.O. Box "
        "1702, New York, NY 10116-1702",
        7.5,
    )
    s.text(0.6, 9.1, f"{account}   ${amount:.2f}", 11, "mono-bold")
    return s


def dhcr_renewal(tenant: Person, address: str, unit: str, start, end, rent: float) -> list[Sheet]:
    """New York's rent-stabilized renewal lease form (RTP-8): the owner's offer on page 1,
    the tenant's choice and signature on page 2."""
    p1 = Sheet()
    p1.center(0.5, "Renewal Lease Form", 14, "sans-bold")
    p1.center(0.75, "Owners and Tenants should read the instructions on the attached Rider", 8.5)
    p1.center(
        0.95, "New York State Division of Housing and Community Renewal (DHCR) - Form RTP-8", 8
    )
    rows = [
        (
            0.6,
            [
                (
                    3,
                    "Tenant's Name(s) and Address",
                    f"{up(tenant.name)}\n{address.upper()}, APT {unit}",
                ),
                (
                    2,
                    "Owner's/Agent's Name and Address",
                    "1947 MAPES AVE REALTY LLC\nC/O BRONXWOOD MGMT, 2175 WALLACE AVE",
                ),
            ],
        ),
    ]
    y = p1.grid(0.6, 1.3, 7.3, rows, value_pt=9)
    p1.text(0.6, y + 0.2, "Part A - OFFER TO TENANT TO RENEW", 10, "sans-bold")
    p1.para(
        0.6,
        y + 0.45,
        7.3,
        f"Dated: {us(start - dt.timedelta(days=110))}. The owner hereby "
        "notifies you that your lease will expire on " + us(start - dt.timedelta(days=1)) + ". "
        "You may renew this lease, for one or two years, at your option, as follows:",
        9,
        "sans",
    )
    table = [
        ["Renewal term", "Legal regulated rent", "Guideline %", "New legal regulated rent"],
        ["1 year", f"${rent / 1.0275:,.2f}", "2.75 %", f"${rent:,.2f}"],
        ["2 years", f"${rent / 1.0275:,.2f}", "5.25 %", f"${rent / 1.0275 * 1.0525:,.2f}"],
    ]
    y = p1.table(0.6, y + 1.05, [1.6, 2.0, 1.4, 2.3], table, 9)
    p1.para(
        0.6,
        y + 0.3,
        7.3,
        "Security deposit: current $1,260.00. This renewal lease shall "
        "commence on " + us(start) + ", which shall not be less than 90 nor more than 150 days "
        "from the date of mailing or personal delivery of this Renewal Lease Form.",
        9,
        "sans",
    )
    p1.text(
        0.6,
        10.4,
        "RTP-8 (1/22)                                                       Page 1 of 2",
        7.5,
    )
    p2 = Sheet()
    p2.text(0.6, 0.6, "Part B - TENANT'S RESPONSE TO OWNER", 10, "sans-bold")
    p2.checkbox(
        0.7,
        1.0,
        True,
        "I (we) accept the offer of a one (1) year renewal lease at "
        f"the monthly rent of ${rent:,.2f}",
        9,
    )
    p2.checkbox(0.7, 1.35, False, "I (we) accept the offer of a two (2) year renewal lease", 9)
    p2.checkbox(
        0.7, 1.7, False, "I (we) will not renew my (our) lease and I (we) intend to move out", 9
    )
    p2.text(0.6, 2.3, "Tenant's signature", 8)
    p2.signature(0.8, 2.35, tenant.first, 18)
    p2.line(0.6, 2.9, 4.0, 2.9, 0.6)
    p2.text(4.5, 2.6, f"Dated: {us(start - dt.timedelta(days=80))}", 9)
    p2.text(0.6, 3.4, "Part C - AGREEMENT OF OWNER TO RENEWAL LEASE", 10, "sans-bold")
    p2.para(
        0.6,
        3.7,
        7.3,
        f"This renewal lease commences on {us(start)} and ends on {us(end)}. Owner's signature:",
        9,
        "sans",
    )
    p2.signature(2.8, 3.85, "R. Deluca", 16)
    p2.text(4.5, 4.4, f"Dated: {us(start - dt.timedelta(days=60))}", 9)
    p2.text(
        0.6,
        10.4,
        "RTP-8 (1/22)                                                       Page 2 of 2",
        7.5,
    )
    return [p1, p2]


def association_letter(person: Person) -> Sheet:
    """A letter from the Senegalese association, written in French and then in English."""
    s = Sheet()
    y = letterhead(
        s,
        "Association des Sénégalais du Bronx",
        [
            "Senegalese Association of the Bronx",
            "1130 Gerard Avenue, Bronx, NY 10452  ·  (347) 555-0119",
        ],
        (0, 120, 70),
        "star",
    )
    s.text(0.9, y, "Bronx, le 25 octobre 2026 / October 25, 2026", 10.5, "serif")
    y = (
        s.text(
            0.9,
            y + 0.35,
            "Objet : Attestation de bonne conduite / Re: Letter of good standing",
            10.5,
            "serif-bold",
        )
        + 0.1
    )
    fr = [
        f"Nous, soussignés, membres du bureau de l'Association des Sénégalais du Bronx, "
        f"attestons que Madame {person.name} est membre active de notre association depuis "
        "2014. Elle participe à nos tontines, à l'organisation de la fête de la Tabaski et "
        "elle accompagne les nouvelles arrivantes dans leurs démarches. C'est une mère "
        "dévouée et une personne honnête, respectée par toute la communauté."
    ]
    en = [
        f"We, the undersigned officers of the Senegalese Association of the Bronx, attest that "
        f"Mrs. {person.name} has been an active member of our association since 2014. She takes "
        "part in our savings circle, helps organize the Tabaski celebration and accompanies "
        "newly arrived women through their paperwork. She is a devoted mother and an honest "
        "person, respected by the whole community."
    ]
    y = s.paras(0.9, y + 0.1, 6.7, fr, pt=10.5, face="serif")
    y = s.paras(0.9, y + 0.15, 6.7, en, pt=10.5, face="serif-italic")
    s.text(0.9, y + 0.2, "Le Président / President", 10, "serif")
    s.signature(1.0, y + 0.4, "Ibrahima Ndiaye", 18)
    s.text(0.9, y + 1.0, "Ibrahima Ndiaye", 10, "serif")
    s.text(4.6, y + 0.2, "La Secrétaire générale / Secretary", 10, "serif")
    s.signature(4.7, y + 0.4, "Awa Gueye", 18)
    s.text(4.6, y + 1.0, "Awa Gueye", 10, "serif")
    round_seal(s, 3.9, y + 1.6, 0.5, "ASSOCIATION DES SENEGALAIS DU BRONX * ", "ASB", (0, 110, 70))
    return s


def hearing_notice(person: Person, a_number: str, hearing, address: list[str]) -> Sheet:
    s = Sheet()
    s.center(0.5, "UNITED STATES DEPARTMENT OF JUSTICE", 10, "serif-bold")
    s.center(0.72, "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW", 10, "serif-bold")
    s.center(0.94, "IMMIGRATION COURT", 10, "serif-bold")
    s.center(1.14, "26 FEDERAL PLAZA, 12TH FLOOR, NEW YORK, NY 10278", 9, "serif")
    s.lines(
        0.7,
        1.6,
        [
            f"RE: {up(person.surname)}, {up(person.given)}",
            f"FILE: A{a_number.replace('-', '')}",
            "",
            "DATE: Sep 3, 2026",
        ],
        9.5,
        "mono",
    )
    s.lines(0.7, 2.6, ["TO: " + up(person.name), *(a.upper() for a in address)], 9.5, "mono")
    s.center(3.6, "NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS", 11, "serif-bold")
    s.para(
        0.7,
        4.0,
        7.1,
        "Your case has been scheduled for a MASTER hearing before the Immigration "
        f"Court on {dates.abbreviated(hearing)} at 08:30 A.M. at: 26 FEDERAL PLAZA, 12TH FLOOR, "
        "ROOM 1237, NEW YORK, NY 10278.",
        10,
        "serif",
    )
    s.para(
        0.7,
        4.9,
        7.1,
        "You may be represented in these proceedings, at no expense to the "
        "Government, by an attorney or other individual authorized and qualified to represent "
        "persons before an Immigration Court. Your hearing date has not been scheduled early "
        "enough to allow you sufficient time to find an attorney. If you fail to appear at your "
        "hearing, except for exceptional circumstances, "
        "you may be ordered removed in your absence.",
        10,
        "serif",
    )
    s.text(0.7, 7.0, "CERTIFICATE OF SERVICE", 10, "serif-bold")
    s.para(
        0.7,
        7.25,
        7.1,
        "THIS DOCUMENT WAS SERVED BY: MAIL (M) TO: ALIEN  c/o DHS  DATE: "
        "09/03/2026  BY: COURT STAFF JR",
        9,
        "mono",
    )
    return s


# ---------------------------------------------------------------- Guatemala


def renap(person: Person, cui: str, father: str, mother: str) -> VSheet:
    s = VSheet(paper=(246, 249, 252))
    s.security_background(88, (214, 226, 240))
    s.rect(0, 0, 8.5, 1.2, outline=None, fill=(0, 70, 140))
    s.text(0.6, 0.25, "RENAP", 24, "sans-bold", fill=(255, 255, 255))
    s.text(2.3, 0.3, "REGISTRO NACIONAL DE LAS PERSONAS", 12, "sans-bold", fill=(255, 255, 255))
    s.text(2.3, 0.58, "REPÚBLICA DE GUATEMALA, C.A.", 10, "sans", fill=(255, 255, 255))
    s.center(1.6, "CERTIFICADO DE NACIMIENTO", 15, "serif-bold")
    s.text(5.6, 1.95, "No. 0418-7739265", 9, "mono-bold", fill=RED)
    s.para(
        0.8,
        2.3,
        6.9,
        "EL INFRASCRITO REGISTRADOR CIVIL DE LAS PERSONAS DEL MUNICIPIO DE "
        "SANTA CRUZ DEL QUICHÉ, DEPARTAMENTO DE QUICHÉ, CERTIFICA: que en el Registro Civil de "
        "las Personas se encuentra la inscripción de nacimiento con los datos siguientes:",
        10,
        "serif",
    )
    rows = [
        (
            0.45,
            [
                (2, "Código Único de Identificación (CUI)", cui),
                (1, "Partida / Folio / Libro", "412 / 206 / 88"),
            ],
        ),
        (0.45, [(3, "Nombre del inscrito", up(person.name))]),
        (
            0.45,
            [
                (1, "Sexo", "HOMBRE"),
                (2, "Fecha de nacimiento", dates.spelled(person.born, "es").upper()),
            ],
        ),
        (0.45, [(3, "Lugar de nacimiento", "ALDEA CHOCAJAU, SANTA CRUZ DEL QUICHÉ, QUICHÉ")]),
        (0.45, [(3, "Nombre del padre", father.upper())]),
        (0.45, [(3, "Nombre de la madre", mother.upper())]),
        (
            0.45,
            [
                (2, "Fecha de inscripción", "18 DE NOVIEMBRE DE 1985"),
                (1, "Idioma / Pueblo", "K'ICHE' / MAYA"),
            ],
        ),
    ]
    y = s.grid(0.8, 3.0, 6.9, rows, value_pt=9.5)
    s.para(
        0.8,
        y + 0.25,
        6.9,
        "Y para los usos legales que al interesado convengan, se extiende "
        "la presente en Santa Cruz del Quiché, el 19 de febrero de 2024.",
        10,
        "serif",
    )
    s.signature(4.7, y + 0.9, "H. Tzoc", 18)
    s.text(4.5, y + 1.5, "Registrador Civil de las Personas", 9, "serif-bold")
    round_seal(s, 2.0, y + 1.3, 0.6, "RENAP * QUICHE * GUATEMALA * ", "RC", (60, 60, 150))
    for i in range(40):
        w = 0.02 if i % 3 else 0.04
        s.rect(0.8 + i * 0.05, 9.6, w, 0.45, outline=None, fill=INK)
    s.text(0.8, 10.1, "Verifique en www.renap.gob.gt   Código: 7Q4M-2XK8-91PT", 7.5, "mono")
    return s


def renap_translation(person: Person, cui: str, father: str, mother: str, tr) -> Sheet:
    s = Sheet()
    s.center(0.6, "TRANSLATION FROM SPANISH", 10, "sans-bold")
    s.center(
        0.95, "NATIONAL REGISTRY OF PERSONS (RENAP) - REPUBLIC OF GUATEMALA, C.A.", 10, "serif-bold"
    )
    s.center(1.25, "BIRTH CERTIFICATE   No. 0418-7739265", 12, "serif-bold")
    s.para(
        0.8,
        1.7,
        6.9,
        "THE UNDERSIGNED CIVIL REGISTRAR OF THE MUNICIPALITY OF SANTA CRUZ DEL "
        "QUICHE, DEPARTMENT OF QUICHE, CERTIFIES: that the Civil Registry of Persons holds the "
        "following birth registration:",
        10.5,
        "serif",
    )
    rows = [
        ("Unique Identification Code (CUI):", cui),
        ("Entry / Folio / Book:", "412 / 206 / 88"),
        ("Name of registrant:", up(person.name)),
        ("Sex:", "Male"),
        ("Date of birth:", dates.long(person.born)),
        ("Place of birth:", "Chocajau village, Santa Cruz del Quiché, Quiché"),
        ("Father:", father),
        ("Mother:", mother),
        ("Date of registration:", "November 18, 1985"),
        ("Language / People:", "K'iche' / Maya"),
    ]
    y = 2.5
    for label, value in rows:
        s.text(0.8, y, label, 10.5, "serif-bold")
        s.text(3.4, y, value, 10.5, "serif")
        y += 0.3
    s.para(
        0.8,
        y + 0.15,
        6.9,
        "Issued for all legal purposes in Santa Cruz del Quiché on "
        "February 19, 2024. [Signature] Civil Registrar of Persons. [Seal: RENAP Quiché "
        "Guatemala] [Barcode; verification code 7Q4M-2XK8-91PT]",
        10.5,
        "serif",
    )
    name, address, phone = tr
    s.line(0.8, 7.1, 7.7, 7.1, 0.8)
    s.center(7.25, "CERTIFICATE OF TRANSLATION", 11, "serif-bold")
    s.para(
        0.8,
        7.6,
        6.9,
        f"I, {name}, certify that I am fluent in Spanish and English, that I am "
        "competent to translate from Spanish into English, and that the above translation of "
        f"the birth certificate of {person.name} is true, complete and accurate.",
        10.5,
        "serif",
    )
    s.signature(0.9, 8.5, name, 18)
    s.lines(0.8, 9.05, [name, *address, phone, "Date: November 2, 2026"], 10, "serif")
    return s


def plant_letter(emp: Person) -> Sheet:
    return write_letter(
        (
            "Platte Valley Beef Processing, LLC",
            [
                "Human Resources",
                "4100 W. Old Potash Highway, Grand Island, NE 68803  (308) 555-0170",
            ],
            (140, 20, 30),
            "shield",
        ),
        "October 20, 2026",
        ["To Whom It May Concern"],
        f"Re: Employment of {emp.name}",
        "To Whom It May Concern:",
        [
            f"This letter verifies that {emp.name} has been employed by Platte Valley Beef "
            "Processing at our Grand Island plant since September 9, 2019. He works full time on "
            "the second shift in the fabrication department, currently as a line lead on the "
            "chuck line, at $23.85 per hour.",
            "Tomás has a very good attendance record and has completed all of our food safety "
            "and workplace safety trainings. In March 2026 he was promoted to line lead. His "
            "supervisors describe him as careful, patient with new workers and respected by his "
            "crew, many of whom, like him, speak K'iche' as their first language.",
            "He remains in good standing and we expect his employment to continue. Please call "
            "Human Resources at the number above to verify this information.",
        ],
        "Sincerely,",
        "Dana Kowalczyk",
        ["Human Resources Manager"],
    )


def disposition(person: Person, case_no: str) -> Sheet:
    """The county court's certificate of disposition, typed, certified and sealed by the clerk
    magistrate."""
    s = Sheet()
    s.center(0.55, "IN THE COUNTY COURT OF HALL COUNTY, NEBRASKA", 12, "serif-bold")
    s.center(0.85, "CERTIFICATE OF DISPOSITION", 14, "serif-bold")
    rows = [
        (
            0.45,
            [
                (3, "Case Caption", f"STATE OF NEBRASKA v. {up(person.name)}"),
                (1, "Case Number", case_no),
            ],
        ),
        (
            0.45,
            [(2, "Defendant Date of Birth", us(person.born)), (2, "Date of Offense", "07/18/2015")],
        ),
        (
            0.45,
            [
                (2, "Arresting Agency", "GRAND ISLAND POLICE DEPARTMENT"),
                (2, "Date Filed", "07/21/2015"),
            ],
        ),
    ]
    y = s.grid(0.7, 1.3, 7.1, rows, value_pt=9.5)
    table = [
        ["Count", "Charge", "Class", "Disposition", "Date"],
        [
            "1",
            "DISTURBING THE PEACE  28-1322",
            "MISD III",
            "DISMISSED - DIVERSION COMPLETED",
            "01/12/2016",
        ],
        ["2", "CONSUMING ALCOHOL IN PUBLIC  (city ord.)", "INFR", "DISMISSED", "01/12/2016"],
    ]
    y = s.table(0.7, y + 0.35, [0.6, 2.7, 0.9, 2.1, 0.8], table, 8)
    s.para(
        0.7,
        y + 0.35,
        7.1,
        "Proceedings: 07/21/2015 complaint filed; 08/04/2015 arraignment, "
        "interpreter (K'iche') appointed, defendant accepted into the Hall County Attorney's "
        "pretrial diversion program; 01/12/2016 motion of the State to dismiss upon successful "
        "completion of diversion, granted. No plea of guilty was entered. No conviction.",
        10,
        "serif",
    )
    s.para(
        0.7,
        y + 1.5,
        7.1,
        "I, the undersigned Clerk Magistrate of the County Court of Hall "
        "County, Nebraska, certify that the above is a true and correct summary of the record "
        "of the above-entitled case as it appears in the files of this court.",
        10,
        "serif",
    )
    s.text(0.7, y + 2.4, "Dated: August 27, 2026", 10, "serif")
    s.signature(4.5, y + 2.2, "Colleen Fairbanks", 18)
    s.text(4.4, y + 2.8, "Clerk Magistrate, Hall County Court", 9.5, "serif")
    s.seal(2.3, y + 3.4, 0.7, "COUNTY COURT * HALL COUNTY * NEBRASKA * ", "SEAL")
    return s


def diversion_certificate(person: Person) -> Sheet:
    s = Sheet(11, 8.5, paper=(253, 251, 244))
    s.border(0.35, 3.0)
    s.center(0.9, "HALL COUNTY ATTORNEY'S OFFICE", 14, "serif-bold")
    s.center(1.25, "Pretrial Diversion Program", 12, "serif-italic")
    s.center(2.0, "Certificate of Successful Completion", 26, "script")
    s.center(2.9, "This certifies that", 12, "serif")
    s.center(3.35, person.name, 22, "serif-bold")
    s.para(
        1.6,
        4.1,
        7.8,
        "has satisfied every condition of the Hall County Pretrial Diversion "
        "Program in case CR15-2281, including an alcohol and drug evaluation, eight hours of "
        "alcohol education, 24 hours of community service and payment of all program fees.",
        12,
        "serif",
    )
    s.center(5.4, "Completed on the 8th day of January, 2016", 12, "serif")
    s.signature(1.8, 6.2, "R. Halvorsen", 18)
    s.line(1.5, 6.8, 4.5, 6.8, 0.8)
    s.text(1.5, 6.9, "Diversion Program Coordinator", 10, "serif")
    s.signature(6.8, 6.2, "M. Jablonski", 18)
    s.line(6.5, 6.8, 9.5, 6.8, 0.8)
    s.text(6.5, 6.9, "Deputy County Attorney", 10, "serif")
    s.seal(5.5, 6.7, 0.55, "HALL COUNTY ATTORNEY * ", "HC")
    return s


def alcohol_course(person: Person) -> Sheet:
    s = Sheet(11, 8.5)
    s.rect(0.3, 0.3, 10.4, 7.9, weight=6, outline=(30, 90, 140))
    s.logo(0.8, 0.7, 0.7, "leaf", (30, 90, 140))
    s.text(1.7, 0.75, "Central Nebraska Recovery Center", 16, "sans-bold", fill=(30, 90, 140))
    s.text(1.7, 1.1, "Programa Hispano / Hispanic Services  ·  Grand Island, Nebraska", 10, "sans")
    s.center(2.1, "CERTIFICATE OF COMPLETION", 24, "serif-bold")
    s.center(2.9, "is awarded to", 12, "serif-italic")
    s.center(3.4, person.name, 22, "serif-bold")
    s.para(
        1.5,
        4.1,
        8.0,
        "for completing the 16-week Alcohol and Drug Education and Relapse "
        "Prevention group (32 hours), attending every session from May 5 to August 18, 2026, "
        "with sessions in Spanish and an interpreter in K'iche'.",
        12,
        "serif",
    )
    s.center(5.4, "Awarded August 25, 2026", 12, "serif")
    s.signature(1.8, 6.1, "Rosa Elvira Chen", 18)
    s.line(1.5, 6.7, 4.7, 6.7, 0.8)
    s.lines(1.5, 6.8, ["Rosa Elvira Chen, LADC", "Group Facilitator"], 10, "serif")
    s.signature(6.9, 6.1, "T. Lindgren", 18)
    s.line(6.5, 6.7, 9.6, 6.7, 0.8)
    s.lines(6.5, 6.8, ["Thomas Lindgren, LIMHP", "Clinical Director"], 10, "serif")
    return s


def fax_header(sheet: Sheet, line: str) -> None:
    """The line a fax machine prints across the top of every page it sends."""
    sheet.rect(0, 0, sheet.width, 0.32, outline=None, fill=(255, 255, 255))
    sheet.text(0.3, 0.1, line, 8, "mono")


def jitter(seed: int) -> random.Random:
    return random.Random(seed)
