"""The papers of the fifteenth blind corpus, drawn with the Sheet primitives: papers that have
been through many hands. Besides the page makers, small image helpers give a paper its history
before it reaches the office: a photocopy of a photocopy (grey, speckled, a little crooked, the
copier lid's dark edge), a page received by fax (1-bit, a fax header line, streaks), a carbon
copy (purple-blue smudged writing on thin tinted paper), a page stapled crooked, and writing by
hand in a form's boxes. ``faxed`` writes a fax as the office's fax server saves it.

Invented people, numbers and addresses only.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from typing import Any

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from tests.realistic import mrz
from tests.realistic.dates import card as card_date
from tests.realistic.dates import long, month, us
from tests.realistic.model import Paper, Person, Placed, up
from tests.realistic.paper import (
    BLUE_INK,
    DPI,
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

D = dt.date
PENCIL = (70, 70, 78)
BLACK_PEN = (30, 30, 40)


# ---------------------------------------------------------------- the history of a paper


def photocopied(page: Image.Image, seed: int, generations: int = 2) -> Image.Image:
    """A copy of a copy: each pass greys the paper, drops fine strokes, adds toner specks and
    turns the page a little; the copier lid leaves a dark band along one edge."""
    rng = np.random.default_rng(seed)
    img = page.convert("L")
    for _ in range(generations):
        px = np.asarray(img, np.float32)
        px = 255 - (255 - px) * rng.uniform(1.05, 1.25)  # darker strokes
        px = px * rng.uniform(0.86, 0.93) + rng.normal(0, 6, px.shape)
        specks = rng.random(px.shape) < 0.0015
        px[specks] = rng.uniform(20, 90)
        img = Image.fromarray(np.clip(px, 0, 255).astype(np.uint8), "L")
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        img = img.rotate(float(rng.uniform(-1.2, 1.2)), Image.Resampling.BILINEAR, fillcolor=235)
    draw = ImageDraw.Draw(img)
    w, h = img.size
    band = int(rng.integers(12, 30))
    if rng.random() < 0.5:
        draw.rectangle((0, h - band, w, h), fill=int(rng.integers(40, 80)))
    else:
        draw.rectangle((w - band, 0, w, h), fill=int(rng.integers(40, 80)))
    return img.convert("RGB")


def fax_header(page: Image.Image, line: str) -> Image.Image:
    """The sending machine's line across the top of every page it sends."""
    out = page.copy()
    s = Sheet()
    s.image = out
    s.draw = ImageDraw.Draw(out)
    s.text(0.25, 0.12, line, 8, "mono")
    return out


def fax_received(page: Image.Image, seed: int, dpi: int = 100) -> Image.Image:
    """What a fax machine prints or saves: 1-bit at ``dpi``, a streak down the page where the
    sender's glass was dirty, a few dropped scan lines, salt noise."""
    rng = np.random.default_rng(seed)
    size = (round(page.width * dpi / DPI), round(page.height * dpi / DPI))
    grey = page.convert("L").resize(size, Image.Resampling.BILINEAR)
    px = np.asarray(grey, np.float32) + rng.normal(0, 18, (size[1], size[0]))
    for _ in range(int(rng.integers(1, 3))):  # vertical streaks
        x = int(rng.integers(40, size[0] - 40))
        px[:, x : x + int(rng.integers(1, 3))] -= 160
    for _ in range(int(rng.integers(2, 5))):  # dropped lines repeat the one above
        y = int(rng.integers(60, size[1] - 10))
        px[y : y + 2] = px[y - 1]
    bits = Image.fromarray(np.clip(px, 0, 255).astype(np.uint8), "L").point(
        lambda v: 255 if v > 150 else 0, "1"
    )
    bits.info["dpi"] = (dpi, dpi)
    return bits


def carbon(
    page: Image.Image, seed: int, tint: tuple[int, int, int] = (246, 236, 200)
) -> Image.Image:
    """A carbon copy: the writing comes through purple-blue and soft, on thin tinted paper."""
    rng = np.random.default_rng(seed)
    grey = page.convert("L").filter(ImageFilter.GaussianBlur(1.3))
    ink = np.asarray(grey, np.float32) / 255.0
    paper = np.array(tint, np.float32)[None, None, :]
    violet = np.array((70, 60, 150), np.float32)[None, None, :]
    smudge = rng.normal(0, 0.05, ink.shape)[:, :, None]
    alpha = np.clip(1 - ink[:, :, None] + smudge * (ink[:, :, None] < 0.9), 0, 1) * 0.85
    out = paper * (1 - alpha) + violet * alpha
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


def stapled_crooked(page: Image.Image, seed: int, angle: float = 3.5) -> Image.Image:
    """A page stapled to the one before it a few degrees off, copied that way: turned, its
    corner shadowed, the staple's two legs showing at the top left."""
    rng = np.random.default_rng(seed)
    turned = page.convert("RGB").rotate(angle, Image.Resampling.BICUBIC, fillcolor=(250, 250, 250))
    draw = ImageDraw.Draw(turned)
    x, y = int(rng.integers(60, 90)), int(rng.integers(50, 80))
    draw.line((x, y, x + 70, y - 28), fill=(90, 90, 95), width=6)
    draw.line((x + 4, y + 6, x + 74, y - 22), fill=(160, 160, 165), width=2)
    return turned


def hand(
    s: Sheet,
    x: float,
    y: float,
    text: str,
    pt: float = 11,
    seed: int = 0,
    fill: tuple[int, int, int] = BLUE_INK,
    cursive: bool = False,
) -> None:
    """Writing by hand in a box: block capitals (or a cursive) whose letters wander a little
    above and below the line and are not evenly spaced."""
    rng = random.Random(seed * 7919 + len(text))
    face = "script" if cursive else "narrow"
    f = s.font(face, pt)
    cx = s.px(x)
    for ch in text:
        dy = rng.uniform(-0.012, 0.012) * s.dpi
        s.draw.text((cx, s.px(y) + dy), ch, font=f, fill=fill)
        cx += f.getlength(ch) * rng.uniform(1.0, 1.12)


def flattened(image: Image.Image) -> Image.Image:
    return image.convert("RGB")


# ---------------------------------------------------------------- placing a fax


def faxed(paper: Paper, file: str, seed: int, dpi: int = 100) -> Placed:
    """A fax as the office's fax server stores it: every page 1-bit at ``dpi``, in a PDF or a
    multi-page TIFF (CCITT group 4), with nothing rescanned after it."""
    pages = [fax_received(p, seed + i, dpi) for i, p in enumerate(paper.pages)]
    tiffs = []
    for p in pages:
        buf = io.BytesIO()
        p.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
        tiffs.append(buf.getvalue())
    if file.lower().endswith(".pdf"):
        data = img2pdf.convert(tiffs)
    else:
        buf = io.BytesIO()
        pages[0].save(
            buf,
            "TIFF",
            save_all=True,
            append_images=pages[1:],
            compression="group4",
            dpi=(dpi, dpi),
        )
        data = buf.getvalue()
    record = {"file": file, "source_pages": len(paper.pages), **paper.truth()}
    return Placed({file: data}, [record])


# ---------------------------------------------------------------- common pieces


def passport_page(
    *,
    person: Person,
    country: str,
    code: str,
    number: str,
    nationality: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    labels: dict[str, str],
    title: list[str],
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    seed: int,
    personal: str = "",
    place: str = "",
    date_language: str = "en",
    full_name: bool = False,
) -> tuple[list[Sheet], tuple[str, str]]:
    """A passport's data page (125 x 88 mm): title lines, a photo, labelled values, the zone."""
    s = card(125, 88)
    tinted(s, *tint)
    s.security_background(seed, tuple(max(0, c - 18) for c in tint[0]))
    y = 0.1
    for i, line in enumerate(title):
        y = s.center(y, line, 9 if i == 0 else 7.5, "sans-bold" if i == 0 else "sans")
    portrait(s, 0.22, 0.62, 1.2, 1.55, seed)
    x, y = 1.6, 0.6
    value_pt = 8.3

    def put(key: str, value: str, dx: float = 0.0) -> None:
        s.text(x + dx, row_y[0], labels[key], 5.2, "sans", fill=GREY)
        s.text(x + dx, row_y[0] + 0.1, value, value_pt, "sans-bold")

    row_y = [y]
    put("type", "P")
    put("code", code, 0.65)
    put("number", number, 1.55)
    row_y[0] += 0.3
    if full_name:
        put("name", up(person.name))
        row_y[0] += 0.3
    else:
        put("surname", up(person.surname))
        row_y[0] += 0.28
        put("given", up(person.given))
        row_y[0] += 0.3
    put("nationality", nationality)
    row_y[0] += 0.28
    put("birth", card_date(person.born, date_language))
    put("sex", person.sex, 1.55)
    row_y[0] += 0.28
    put("place", place or up(person.birthplace))
    row_y[0] += 0.28
    put("issued", card_date(issued, date_language))
    put("expiry", card_date(expiry, date_language), 1.35)
    row_y[0] += 0.28
    put("authority", authority)
    s.signature(0.3, 2.28, person.first, 11, fill=INK)
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
    mrz_lines(s, 2.86, zone, 10.5)
    return [s], zone


def g28(
    *,
    client: Person,
    a_number: str,
    rep: dict[str, Any],
    client_address: list[str],
    signed: dt.date,
    seed: int,
    bar: str = "",
) -> list[Sheet]:
    """Form G-28, its first page (attorney, eligibility, appearance) and its signature page."""
    pages = []
    s = Sheet()
    s.text(0.6, 0.45, "Notice of Entry of Appearance", 13, "sans-bold")
    s.text(0.6, 0.68, "as Attorney or Accredited Representative", 13, "sans-bold")
    s.text(0.6, 0.95, "Department of Homeland Security", 9, "sans")
    s.text(7.9, 0.45, "DHS", 16, "sans-bold", align="right")
    s.text(7.9, 0.75, "Form G-28", 11, "sans-bold", align="right")
    s.text(7.9, 0.93, "OMB No. 1615-0105", 7, "sans", align="right")
    s.text(7.9, 1.05, "Expires 05/31/2027", 7, "sans", align="right")
    s.rect(0.6, 1.25, 7.3, 0.22, fill=(200, 200, 200))
    s.text(
        0.65,
        1.27,
        "Part 1.  Information About Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    family, given = rep["name"].split()[-1], " ".join(rep["name"].split()[:-1])
    street, city = rep["address"][0], rep["address"][-1]
    town, _, rest = city.partition(",")
    state, _, zip_code = rest.strip().partition(" ")
    y = s.grid(
        0.6,
        1.5,
        7.3,
        [
            (0.42, [(1, "1. USCIS Online Account Number (if any)", "")]),
            (
                0.42,
                [
                    (1, "2.a. Family Name (Last Name)", family.upper()),
                    (1, "2.b. Given Name (First Name)", given.upper()),
                ],
            ),
            (
                0.42,
                [
                    (3, "3.a. Street Number and Name", street.upper()),
                    (1, "3.b. Apt./Ste./Flr.", ""),
                ],
            ),
            (
                0.42,
                [
                    (2, "3.c. City or Town", town.upper()),
                    (1, "3.d. State", state),
                    (1, "3.e. ZIP Code", zip_code),
                ],
            ),
            (
                0.42,
                [
                    (1, "4. Daytime Telephone Number", rep["phone"]),
                    (2, "7. Email Address (if any)", rep["email"]),
                ],
            ),
        ],
    )
    s.rect(0.6, y + 0.12, 7.3, 0.22, fill=(200, 200, 200))
    s.text(
        0.65,
        y + 0.14,
        "Part 2.  Eligibility Information for Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y += 0.45
    attorney = bool(bar)
    y = s.checkbox(
        0.7,
        y,
        attorney,
        "1.a. I am an attorney eligible to practice law in, and a "
        "member in good standing of, the bar of the highest courts of:",
        8,
    )
    if attorney:
        s.text(1.0, y, bar, 9, "mono-bold")
        y += 0.2
    y = s.checkbox(
        0.7,
        y + 0.05,
        not attorney,
        "2.a. I am an accredited representative of the "
        "following qualified nonprofit religious, charitable, social service, or",
        8,
    )
    y = s.text(
        0.95,
        y,
        "similar organization established in the United States and recognized by "
        "the Department of Justice in accordance with 8 CFR part 1292.",
        8,
    )
    y = s.grid(
        0.6,
        y + 0.08,
        7.3,
        [
            (
                0.42,
                [
                    (2, "2.b. Name of Recognized Organization", rep["organization"].upper()),
                    (1, "EOIR ID", rep["eoir_id"]),
                ],
            )
        ],
    )
    s.rect(0.6, y + 0.12, 7.3, 0.22, fill=(200, 200, 200))
    s.text(
        0.65,
        y + 0.14,
        "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y += 0.45
    y = s.para(
        0.7,
        y,
        7.0,
        "This appearance relates to immigration matters before (select only one box):",
        8,
        "sans",
    )
    y = s.checkbox(0.7, y + 0.04, False, "1.a. U.S. Citizenship and Immigration Services (USCIS)")
    y = s.checkbox(0.7, y + 0.02, True, "2.a. U.S. Immigration and Customs Enforcement (ICE)")
    s.text(
        1.0,
        y,
        "2.b. List the specific matter: PROSECUTORIAL DISCRETION REQUEST / OPLA",
        8,
        "mono-bold",
    )
    y += 0.28
    y = s.checkbox(0.7, y, False, "3.a. U.S. Customs and Border Protection (CBP)")
    y = s.grid(
        0.6,
        y + 0.1,
        7.3,
        [
            (
                0.42,
                [
                    (1, "5.a. Family Name (Last Name) of client", up(client.surname)),
                    (1, "5.b. Given Name (First Name)", up(client.given)),
                ],
            ),
            (
                0.42,
                [
                    (1, "8. Client's A-Number (if any)", "A" + a_number.replace("-", "")),
                    (1, "Date of Birth (mm/dd/yyyy)", us(client.born)),
                ],
            ),
            (
                0.42,
                [
                    (3, "10.a. Street Number and Name", up(client_address[0])),
                    (2, "10.c. City, State, ZIP Code", up(client_address[-1])),
                ],
            ),
        ],
    )
    s.text(0.6, 10.55, "Form G-28  Edition 09/17/18", 7, "sans")
    s.text(7.9, 10.55, "Page 1 of 4", 7, "sans", align="right")
    pages.append(s)
    p = Sheet()
    p.rect(0.6, 0.6, 7.3, 0.22, fill=(200, 200, 200))
    p.text(0.65, 0.62, "Part 4.  Client's Consent to Representation and Signature", 9, "sans-bold")
    y = p.para(
        0.7,
        0.95,
        7.0,
        "I have requested the representation of and consented to being "
        "represented by the attorney or accredited representative named in Part 1. of this "
        "form. According to the Privacy Act of 1974 and DHS policy, I also consent to the "
        "disclosure to the named attorney or accredited representative of any records "
        "pertaining to me that appear in any system of records of USCIS, ICE, or CBP.",
        8.5,
        "sans",
    )
    y = p.checkbox(
        0.7,
        y + 0.1,
        True,
        "1.a. I request that DHS send any notice on an application, "
        "petition, or request to the business address of my attorney.",
        8,
    )
    p.rect(0.6, y + 0.15, 7.3, 0.55)
    p.text(0.65, y + 0.17, "2.a. Signature of Client or Authorized Signatory", 6)
    p.signature(1.0, y + 0.27, client.name, 18)
    p.text(6.3, y + 0.17, "2.b. Date of Signature", 6)
    p.text(6.35, y + 0.45, us(signed), 9.5, "mono-bold")
    y += 0.95
    p.rect(0.6, y, 7.3, 0.22, fill=(200, 200, 200))
    p.text(
        0.65,
        y + 0.02,
        "Part 5.  Signature of Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y = p.para(
        0.7,
        y + 0.32,
        7.0,
        "I have read and understand the regulations and conditions "
        "contained in 8 CFR 103.2 and 292 governing appearances and representation before "
        "DHS. I declare under penalty of perjury under the laws of the United States that "
        "the information I have provided on this form is true and correct.",
        8.5,
        "sans",
    )
    p.rect(0.6, y + 0.12, 7.3, 0.55)
    p.text(0.65, y + 0.14, "1. Signature of Attorney or Accredited Representative", 6)
    p.signature(1.0, y + 0.24, rep["name"], 18)
    p.text(6.3, y + 0.14, "2. Date of Signature", 6)
    p.text(6.35, y + 0.42, us(signed), 9.5, "mono-bold")
    p.text(0.6, 10.55, "Form G-28  Edition 09/17/18", 7, "sans")
    p.text(7.9, 10.55, "Page 3 of 4", 7, "sans", align="right")
    rng = random.Random(seed)
    p.stamp(
        4.6,
        8.6 + rng.uniform(-0.2, 0.2),
        ["RECEIVED", up(rep["organization"])[:28], card_date(signed)],
        9,
        (40, 60, 150),
        6,
    )
    pages.append(p)
    return pages


def translator_certificate(
    *,
    translator: str,
    address: list[str],
    phone: str,
    source: str,
    title: str,
    person: Person,
    signed: dt.date,
    complete: bool = True,
    place: str = "",
) -> list[Sheet]:
    """A translator's certificate on its own page. ``complete=False``: it never says the
    translator is competent in both languages or that the translation is true and accurate."""
    s = Sheet()
    y = s.center(
        1.2,
        "CERTIFICATE OF TRANSLATION" if complete else "TRANSLATOR'S STATEMENT",
        14,
        "serif-bold",
    )
    y += 0.4
    if complete:
        body = [
            f"I, {translator}, certify that I am competent to translate from {source} into "
            "English, and that the attached English translation of the "
            f"{title} of {person.name} is a complete, true and accurate translation of the "
            f"original document in {source}.",
            "I further certify that I am not related to the person named in the document and "
            "have no interest in the outcome of the proceedings.",
        ]
    else:
        body = [
            f"I, {translator}, translated the attached {title} of {person.name} from {source} "
            "into English at the request of the family.",
            "Please contact me at the number below with any questions about this document.",
        ]
    y = s.paras(1.0, y, 6.5, body, gap=0.2, pt=12)
    y += 0.4
    s.signature(1.1, y, translator, 22)
    s.line(1.0, y + 0.5, 4.4, y + 0.5)
    y = s.lines(1.0, y + 0.55, [translator, *address, f"Tel. {phone}"], 11, "serif")
    s.text(
        1.0,
        y + 0.25,
        f"Date: {long(signed)}" + (f"    Place: {place}" if place else ""),
        11,
        "serif",
    )
    return [s]


# ---------------------------------------------------------------- 1. Panama / Kentucky


def panama_birth(
    person: Person, father: str, mother: str, cedula: str, issued: dt.date
) -> list[Sheet]:
    """Certificado de Nacimiento of the Tribunal Electoral, Dirección Nacional del Registro
    Civil: the registry's entry (tomo, partida) typed in, issued with a code and a seal."""
    s = Sheet()
    s.security_background(41, (222, 232, 240))
    y = s.center(0.55, "REPÚBLICA DE PANAMÁ", 13, "serif-bold")
    y = s.center(y, "TRIBUNAL ELECTORAL", 15, "serif-bold")
    y = s.center(y, "DIRECCIÓN NACIONAL DEL REGISTRO CIVIL", 10, "sans-bold")
    s.seal(1.3, 1.0, 0.5, "TRIBUNAL ELECTORAL * PANAMA * ", "TE")
    y = s.center(y + 0.3, "CERTIFICADO DE NACIMIENTO", 17, "serif-bold")
    y += 0.25
    y = s.para(
        0.9,
        y,
        6.7,
        "EL SUSCRITO DIRECTOR NACIONAL DEL REGISTRO CIVIL, CERTIFICA: Que en el "
        "Tomo 0312 de Nacimientos de la Provincia de COMARCA NGÄBE BUGLÉ, Partida 00845, se "
        "encuentra inscrito el nacimiento de:",
        11,
        "serif",
    )
    rows = [
        ("NOMBRE:", up(person.name)),
        ("SEXO:", "FEMENINO" if person.sex == "F" else "MASCULINO"),
        (
            "FECHA DE NACIMIENTO:",
            f"{person.born.day} DE {month(person.born, 'es').upper()} DE {person.born.year}",
        ),
        ("LUGAR DE NACIMIENTO:", "CORREGIMIENTO DE BISIRA, DISTRITO DE KANKINTU,"),
        ("", "COMARCA NGABE BUGLE"),
        ("NOMBRE DEL PADRE:", up(father)),
        ("NOMBRE DE LA MADRE:", up(mother)),
        ("CÉDULA No.:", cedula),
        ("FECHA DE INSCRIPCIÓN:", "11 DE ABRIL DE 1996"),
    ]
    y += 0.2
    for label, value in rows:
        s.text(1.0, y, label, 10, "sans-bold")
        s.text(3.3, y, value, 10.5, "mono-bold")
        y += 0.3
    y += 0.2
    y = s.para(
        0.9,
        y,
        6.7,
        "OBSERVACIONES: Inscripción tardía según Resolución No. 2041 de 1996 de "
        "la Dirección Regional de Registro Civil de Chiriquí. No hay notas marginales.",
        10,
        "serif",
    )
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "Se expide el presente certificado a solicitud de la parte "
        f"interesada en la ciudad de Panamá, el {issued.day} de {month(issued, 'es')} de "
        f"{issued.year}.",
        11,
        "serif",
    )
    s.signature(3.3, y + 0.35, "R. Quintero", 22, fill=INK)
    s.line(2.6, y + 0.95, 5.9, y + 0.95)
    s.center(y + 1.0, "LCDO. ROGELIO A. QUINTERO M.", 10, "sans-bold")
    s.center(y + 1.18, "Director Nacional del Registro Civil", 9.5, "sans")
    s.stamp(5.4, y + 0.1, ["REGISTRO CIVIL", "PANAMA", "CERTIFICADO"], 9, (60, 70, 150), -10)
    s.text(
        0.9,
        10.0,
        "Código de verificación: RC-2021-0714-55A3F9   www.tribunal-electoral.gob.pa",
        8,
        "mono",
    )
    s.text(0.9, 10.2, "Valor B/. 2.00   Válido para trámites dentro y fuera del país.", 8, "sans")
    return [s]


def panama_birth_translation(
    person: Person, father: str, mother: str, cedula: str, issued: dt.date
) -> list[Sheet]:
    s = Sheet()
    y = s.center(0.7, "[Translation from Spanish]", 10, "serif-italic")
    y = s.center(y + 0.1, "REPUBLIC OF PANAMA", 12, "serif-bold")
    y = s.center(y, "ELECTORAL TRIBUNAL", 12, "serif-bold")
    y = s.center(y, "NATIONAL DIRECTORATE OF THE CIVIL REGISTRY", 10, "serif-bold")
    y = s.center(y + 0.2, "BIRTH CERTIFICATE", 15, "serif-bold")
    s.text(0.9, y + 0.1, "[Seal: Electoral Tribunal, Panama]", 9, "serif-italic")
    y = s.para(
        0.9,
        y + 0.45,
        6.7,
        "THE UNDERSIGNED NATIONAL DIRECTOR OF THE CIVIL REGISTRY "
        "CERTIFIES: That Volume 0312 of Births of the Province of COMARCA NGÄBE BUGLÉ, "
        "Entry 00845, records the birth of:",
        11,
        "serif",
    )
    rows = [
        ("NAME:", up(person.name)),
        ("SEX:", "FEMALE" if person.sex == "F" else "MALE"),
        ("DATE OF BIRTH:", long(person.born).upper()),
        ("PLACE OF BIRTH:", "BISIRA TOWNSHIP, KANKINTU DISTRICT, COMARCA NGABE BUGLE"),
        ("FATHER'S NAME:", up(father)),
        ("MOTHER'S NAME:", up(mother)),
        ("IDENTITY CARD No.:", cedula),
        ("DATE OF REGISTRATION:", "APRIL 11, 1996"),
    ]
    y += 0.15
    for label, value in rows:
        s.text(1.0, y, label, 10, "serif-bold")
        s.text(3.1, y, value, 10, "serif")
        y += 0.28
    y = s.para(
        0.9,
        y + 0.15,
        6.7,
        "REMARKS: Late registration under Resolution No. 2041 of 1996 of "
        "the Regional Directorate of the Civil Registry of Chiriquí. There are no marginal "
        "notes.",
        11,
        "serif",
    )
    y = s.para(
        0.9,
        y + 0.15,
        6.7,
        "This certificate is issued at the request of the interested "
        f"party in Panama City on {long(issued)}.",
        11,
        "serif",
    )
    y = s.lines(
        0.9,
        y + 0.2,
        [
            "[Illegible signature]",
            "ROGELIO A. QUINTERO M., LL.B.",
            "National Director of the Civil Registry",
            "[Stamp: CIVIL REGISTRY - PANAMA - CERTIFIED]",
        ],
        11,
        "serif",
    )
    s.text(0.9, y + 0.2, "Verification code: RC-2021-0714-55A3F9   Fee B/. 2.00", 10, "serif")
    return [s]


def kentucky_birth(
    child: Person, mother: Person, father: str, file_no: str, issued: dt.date, seed: int
) -> list[Sheet]:
    s = Sheet()
    s.security_background(seed, (235, 226, 238))
    s.border(0.35, 2.5)
    y = s.center(0.6, "COMMONWEALTH OF KENTUCKY", 13, "serif-bold")
    y = s.center(y, "CABINET FOR HEALTH AND FAMILY SERVICES", 9.5, "sans")
    y = s.center(y, "OFFICE OF VITAL STATISTICS", 9.5, "sans")
    y = s.center(y + 0.12, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    s.text(5.6, 1.05, "STATE FILE NUMBER", 6.5, "sans")
    s.text(5.6, 1.18, file_no, 10, "mono-bold")
    rows = [
        (
            0.48,
            [
                (3, "1. CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                (1, "2. TIME OF BIRTH", "07:41 AM"),
            ],
        ),
        (
            0.48,
            [
                (1, "3. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                (1, "4. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                (2, "5. FACILITY NAME", "NORTON WOMEN'S AND CHILDREN'S HOSPITAL"),
            ],
        ),
        (
            0.48,
            [
                (2, "6. CITY, TOWN, OR LOCATION OF BIRTH", "LOUISVILLE"),
                (2, "7. COUNTY OF BIRTH", "JEFFERSON"),
            ],
        ),
        (
            0.48,
            [
                (3, "8a. MOTHER'S CURRENT LEGAL NAME", up(mother.name)),
                (1, "8b. DATE OF BIRTH", us(mother.born)),
            ],
        ),
        (
            0.48,
            [
                (3, "8c. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (1, "8d. BIRTHPLACE", "PANAMA"),
            ],
        ),
        (
            0.48,
            [(3, "9a. FATHER'S CURRENT LEGAL NAME", up(father)), (1, "9b. BIRTHPLACE", "PANAMA")],
        ),
        (
            0.48,
            [
                (2, "10. DATE FILED BY REGISTRAR", us(child.born + dt.timedelta(days=9))),
                (2, "11. CERTIFIER'S NAME AND TITLE", "M. OKONKWO-HART, M.D."),
            ],
        ),
    ]
    y = s.grid(0.7, 1.55, 7.1, rows)
    y = s.para(
        0.8,
        y + 0.3,
        6.9,
        "I certify that this is a true and correct copy of the official "
        "record filed with the Office of Vital Statistics, Frankfort, Kentucky.",
        10,
        "serif",
    )
    s.signature(4.6, y + 0.2, "Jason Bellamy", 20)
    s.line(4.4, y + 0.8, 7.6, y + 0.8)
    s.text(4.4, y + 0.85, "STATE REGISTRAR", 8, "sans-bold")
    s.text(0.8, y + 0.85, f"DATE ISSUED: {us(issued)}", 9, "mono-bold")
    s.seal(1.8, y + 1.9, 0.6, "COMMONWEALTH OF KENTUCKY * SEAL * ", "KY")
    s.text(
        0.8,
        10.3,
        "VS-1 (Rev. 08/2016)   ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE",
        7,
        "sans",
    )
    return [s]


def lmpd_report(
    victim: Person, suspect: str, incident: str, when: dt.date, address: str
) -> list[Sheet]:
    """A KYIBRS uniform offense report, two pages, as LMPD's records unit prints it."""
    s = Sheet()
    s.text(0.5, 0.45, "KENTUCKY STATE POLICE", 8, "sans")
    s.text(0.5, 0.58, "KYIBRS - UNIFORM OFFENSE REPORT", 13, "sans-bold")
    s.text(8.0, 0.45, "LOUISVILLE METRO POLICE DEPARTMENT", 9, "sans-bold", align="right")
    s.text(8.0, 0.6, "RECORDS MANAGEMENT UNIT", 7.5, "sans", align="right")
    y = s.grid(
        0.5,
        0.95,
        7.5,
        [
            (
                0.4,
                [
                    (2, "AGENCY ORI", "KY0560300"),
                    (2, "INCIDENT NUMBER", incident),
                    (1, "DIVISION", "4TH"),
                    (1, "BEAT", "423"),
                ],
            ),
            (
                0.4,
                [
                    (2, "DATE/TIME REPORTED", f"{us(when)} 2317"),
                    (2, "DATE/TIME OCCURRED FROM", f"{us(when)} 2240"),
                    (2, "LOCATION OF INCIDENT", address.upper()),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=8.5,
    )
    s.rect(0.5, y + 0.1, 7.5, 0.2, fill=(210, 210, 210))
    s.text(0.55, y + 0.12, "OFFENSE(S)", 8, "sans-bold")
    y = s.table(
        0.5,
        y + 0.3,
        [0.5, 1.3, 4.2, 1.5],
        [
            ["#", "KRS", "DESCRIPTION", "ATT/COMP"],
            ["1", "508.030", "ASSAULT 4TH DEGREE - DOMESTIC VIOLENCE - MINOR INJURY", "COMPLETED"],
            ["2", "525.060", "TERRORISTIC THREATENING 3RD DEGREE", "COMPLETED"],
            ["3", "511.060", "CRIMINAL MISCHIEF 3RD DEGREE (CELL PHONE)", "COMPLETED"],
        ],
        pt=8,
    )
    s.rect(0.5, y + 0.15, 7.5, 0.2, fill=(210, 210, 210))
    s.text(0.55, y + 0.17, "VICTIM", 8, "sans-bold")
    y = s.grid(
        0.5,
        y + 0.35,
        7.5,
        [
            (
                0.4,
                [
                    (3, "NAME (LAST, FIRST MIDDLE)", victim.last_first(False)),
                    (1, "DOB", us(victim.born)),
                    (1, "SEX", victim.sex),
                    (1, "RACE", "I"),
                ],
            ),
            (
                0.4,
                [
                    (4, "ADDRESS", address.upper()),
                    (2, "RELATIONSHIP TO OFFENDER", "BOYFRIEND/GIRLFRIEND"),
                ],
            ),
            (
                0.4,
                [
                    (3, "INJURY", "APPARENT MINOR INJURY / SEVERE LACERATION"),
                    (3, "LANGUAGE", "NGABERE (GUAYMI) - INTERPRETER VIA LANGUAGE LINE"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=8.5,
    )
    s.rect(0.5, y + 0.15, 7.5, 0.2, fill=(210, 210, 210))
    s.text(0.55, y + 0.17, "OFFENDER / SUSPECT", 8, "sans-bold")
    y = s.grid(
        0.5,
        y + 0.35,
        7.5,
        [
            (
                0.4,
                [
                    (3, "NAME (LAST, FIRST MIDDLE)", suspect),
                    (1, "DOB", "02/14/1989"),
                    (1, "SEX", "M"),
                    (1, "ARRESTED", "Y"),
                ],
            ),
            (
                0.4,
                [
                    (3, "ARREST NUMBER", "22-041877"),
                    (3, "CHARGES AT ARREST", "508.030; 525.060; 511.060"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=8.5,
    )
    s.text(
        0.5,
        10.45,
        f"INCIDENT {incident}   PAGE 1 OF 2   PRINTED 03/02/2023 0914 BY 7712",
        7,
        "mono",
    )
    p = Sheet()
    p.text(0.5, 0.5, f"LMPD INCIDENT {incident} - NARRATIVE (CONTINUED)", 10, "sans-bold")
    narrative = (
        f"On {us(when)} at approximately 2300 hours I was dispatched to {address} on a report of "
        "a domestic disturbance. On arrival I met the victim, "
        f"{victim.name.upper()}, who was bleeding from the nose and had swelling under the left "
        "eye. The victim speaks Ngabere and limited Spanish; an interpreter was reached through "
        "Language Line (interpreter #20417). The victim stated that her boyfriend, the suspect, "
        "came home intoxicated, accused her of calling her family, took her phone and broke it, "
        "and struck her in the face several times with his fist in front of her son, age 4. "
        "She stated he told her he would have her deported and her son taken if she called "
        "police. I observed a broken phone on the kitchen floor. EMS (Unit 17) treated the victim "
        "and transported her to the emergency department. The suspect was located on the back "
        "porch and arrested without incident. Photos were taken and uploaded to evidence. The "
        "victim was given an EPO packet and the Center for Women and Families hotline number. "
        "The victim was cooperative and answered all questions."
    )
    y = p.para(0.6, 0.85, 7.3, narrative, 10, "mono", 1.45)
    y = p.grid(
        0.5,
        y + 0.3,
        7.5,
        [
            (
                0.45,
                [
                    (3, "REPORTING OFFICER", "OFC. T. MARCUM #7712"),
                    (2, "DATE", us(when)),
                    (3, "APPROVING SUPERVISOR", "SGT. D. OYELARAN #4409"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=8.5,
    )
    p.signature(1.0, y + 0.15, "T. Marcum", 16, fill=INK)
    p.stamp(4.7, y + 0.1, ["LMPD RECORDS", "CERTIFIED COPY", "MAR 02 2023"], 10, (40, 40, 40), 4)
    p.text(
        0.5,
        10.45,
        f"INCIDENT {incident}   PAGE 2 OF 2   PRINTED 03/02/2023 0914 BY 7712",
        7,
        "mono",
    )
    return [s, p]


def i918b(
    victim: Person, a_number: str, incident: str, when: dt.date, signed: dt.date, seed: int
) -> list[Sheet]:
    """Form I-918 Supplement B, filled in by hand, signed and stamped across its boxes."""
    s = Sheet()
    s.text(0.6, 0.45, "U Nonimmigrant Status Certification", 14, "sans-bold")
    s.text(0.6, 0.72, "Department of Homeland Security", 9, "sans")
    s.text(0.6, 0.86, "U.S. Citizenship and Immigration Services", 9, "sans")
    s.text(7.9, 0.45, "USCIS", 14, "sans-bold", align="right")
    s.text(7.9, 0.72, "Form I-918", 10, "sans-bold", align="right")
    s.text(7.9, 0.88, "Supplement B", 10, "sans-bold", align="right")
    s.text(7.9, 1.03, "OMB No. 1615-0104", 7, "sans", align="right")
    s.rect(0.6, 1.25, 7.3, 0.22, fill=(200, 200, 200))
    s.text(0.65, 1.27, "Part 1.  Victim Information", 9, "sans-bold")
    y = s.grid(
        0.6,
        1.5,
        7.3,
        [
            (
                0.45,
                [
                    (1, "1.a. Family Name (Last Name)", ""),
                    (1, "1.b. Given Name (First Name)", ""),
                    (1, "1.c. Middle Name", ""),
                ],
            ),
            (
                0.45,
                [
                    (1, "3. Date of Birth (mm/dd/yyyy)", ""),
                    (1, "4. Gender  [ ] Male  [X] Female", ""),
                    (1, "A-Number (if any)", ""),
                ],
            ),
        ],
    )
    fam, given, middle = victim.surname, victim.first, victim.middle
    for i, v in enumerate([up(fam), up(given), up(middle)]):
        hand(s, 0.68 + i * 2.433, 1.7, v, 11, seed + i)
    hand(s, 0.68, 2.15, us(victim.born), 11, seed + 4)
    hand(s, 5.55, 2.15, "A" + a_number.replace("-", ""), 11, seed + 5)
    s.rect(0.6, y + 0.12, 7.3, 0.22, fill=(200, 200, 200))
    s.text(0.65, y + 0.14, "Part 2.  Agency Information", 9, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.37,
        7.3,
        [
            (
                0.45,
                [
                    (2, "1. Name of Certifying Agency", ""),
                    (1, "2. Name of Certifying Official", ""),
                ],
            ),
            (
                0.45,
                [
                    (2, "3. Title and Division or Office of Certifying Official", ""),
                    (1, "Daytime Telephone Number", ""),
                ],
            ),
            (0.45, [(3, "4. Agency Street Address, City, State, ZIP Code", "")]),
            (
                0.45,
                [
                    (1, "6. Case Number", ""),
                    (1, "7. FBI or State ID Number", ""),
                    (1, "8. Other Identifying Numbers", ""),
                ],
            ),
        ],
    )
    base = y - 4 * 0.45
    hand(s, 0.68, base + 0.2, "LOUISVILLE METRO POLICE DEPT.", 11, seed + 6)
    hand(s, 5.55, base + 0.2, "MAJ. R. A. TOLLIVER", 11, seed + 7)
    hand(s, 0.68, base + 0.65, "SPECIAL VICTIMS UNIT - COMMANDER", 11, seed + 8)
    hand(s, 5.55, base + 0.65, "502-574-7111", 11, seed + 9)
    hand(s, 0.68, base + 1.1, "633 W. JEFFERSON ST., LOUISVILLE, KY 40202", 11, seed + 10)
    hand(s, 0.68, base + 1.55, incident, 11, seed + 11)
    hand(s, 5.55, base + 1.55, "ARREST 22-041877", 11, seed + 12)
    y = s.text(0.7, y + 0.15, "5. Agency Type:", 8.5, "sans-bold")
    s.checkbox(2.0, y - 0.2, False, "Federal")
    s.checkbox(2.9, y - 0.2, False, "State")
    s.checkbox(3.6, y - 0.2, True, "Local")
    y = s.text(0.7, y + 0.05, "Certifying Agency Category:", 8.5, "sans-bold")
    s.checkbox(2.4, y - 0.2, True, "Law Enforcement")
    s.checkbox(3.8, y - 0.2, False, "Prosecutor")
    s.checkbox(4.8, y - 0.2, False, "Judge")
    s.checkbox(5.5, y - 0.2, False, "Other")
    y = s.text(0.7, y + 0.05, "Case Status:", 8.5, "sans-bold")
    s.checkbox(2.0, y - 0.2, False, "On-going")
    s.checkbox(3.0, y - 0.2, True, "Completed")
    s.rect(0.6, y + 0.12, 7.3, 0.22, fill=(200, 200, 200))
    s.text(0.65, y + 0.14, "Part 3.  Criminal Acts", 9, "sans-bold")
    y = s.para(
        0.7,
        y + 0.42,
        7.1,
        "1. The applicant is a victim of criminal activity involving or "
        "similar to violations of the following Federal, State, or local criminal offenses. "
        "(Select all that apply.)",
        8.5,
        "sans",
    )
    col = [
        "Abduction",
        "Abusive Sexual Contact",
        "Blackmail",
        "Domestic Violence",
        "Extortion",
        "False Imprisonment",
        "Felonious Assault",
        "Fraud in Foreign Labor Contracting",
        "Hostage",
        "Incest",
        "Involuntary Servitude",
        "Kidnapping",
        "Manslaughter",
        "Murder",
        "Obstruction of Justice",
        "Peonage",
        "Perjury",
        "Prostitution",
        "Rape",
        "Sexual Assault",
        "Sexual Exploitation",
        "Slave Trade",
        "Stalking",
        "Torture",
        "Trafficking",
        "Witness Tampering",
        "Unlawful Criminal Restraint",
        "Other",
    ]
    for i, name in enumerate(col):
        cx, cy = 0.8 + (i % 4) * 1.8, y + 0.05 + (i // 4) * 0.2
        s.checkbox(cx, cy, name in ("Domestic Violence", "Felonious Assault"), name, 7.5)
    y += 0.05 + 7 * 0.2 + 0.1
    s.field(
        0.6, y, 3.65, 0.45, "2. Provide the date or dates on which the criminal activity occurred."
    )
    s.field(
        4.25,
        y,
        3.65,
        0.45,
        "3. List the statutory citations for the criminal activity being "
        "investigated or prosecuted.",
    )
    hand(s, 0.7, y + 0.22, us(when), 11, seed + 13)
    hand(s, 4.35, y + 0.22, "KRS 508.030; 525.060; 511.060", 10.5, seed + 14)
    s.text(0.6, 10.55, "Form I-918 Supplement B  Edition 04/01/24", 7, "sans")
    s.text(7.9, 10.55, "Page 1 of 2", 7, "sans", align="right")

    p = Sheet()
    p.rect(0.6, 0.6, 7.3, 0.22, fill=(200, 200, 200))
    p.text(0.65, 0.62, "Part 3.  Criminal Acts (continued)", 9, "sans-bold")
    p.field(
        0.6,
        0.9,
        7.3,
        1.5,
        "5. Provide a description of the criminal activity being "
        "investigated and/or prosecuted and the involvement of the individual named in Part 1.",
    )
    lines = [
        "VICTIM WAS ASSAULTED BY HER BOYFRIEND IN HER HOME. STRUCK IN",
        "THE FACE SEVERAL TIMES, PHONE DESTROYED, THREATENED WITH",
        "DEPORTATION. SUFFERED NASAL FRACTURE. SUSPECT ARRESTED ON SCENE.",
    ]
    for i, line in enumerate(lines):
        hand(p, 0.7, 1.2 + i * 0.3, line, 11, seed + 20 + i)
    p.field(
        0.6,
        2.5,
        7.3,
        0.9,
        "6. Provide a description of any known or documented injury to the victim.",
    )
    hand(p, 0.7, 2.8, "NASAL BONE FRACTURE, CONTUSIONS TO FACE. TREATED IN ER.", 11, seed + 24)
    p.rect(0.6, 3.55, 7.3, 0.22, fill=(200, 200, 200))
    p.text(0.65, 3.57, "Part 4.  Helpfulness of the Victim", 9, "sans-bold")
    y = p.para(0.7, 3.9, 7.1, "The victim (or the parent, guardian, or next friend):", 8.5, "sans")
    y = p.checkbox(
        0.8,
        y + 0.02,
        True,
        "1. Possesses information concerning the criminal activity listed in Part 3.",
        8,
    )
    y = p.checkbox(
        0.8,
        y + 0.02,
        True,
        "2. Has been, is being, or is likely to be helpful in the "
        "investigation and/or prosecution of the criminal activity.",
        8,
    )
    y = p.checkbox(
        0.8,
        y + 0.02,
        False,
        "3. Has not refused or failed to provide information and assistance reasonably requested.",
        8,
    )
    p.field(0.6, y + 0.1, 7.3, 0.9, "4. Provide an explanation for the victim's helpfulness.")
    hand(
        p,
        0.7,
        y + 0.4,
        "GAVE STATEMENT THROUGH INTERPRETER, TESTIFIED AT PRELIM HEARING",
        10.5,
        seed + 25,
    )
    hand(p, 0.7, y + 0.68, "AND DVO HEARING. SUSPECT PLED GUILTY 01/2023.", 10.5, seed + 26)
    y += 1.15
    p.rect(0.6, y, 7.3, 0.22, fill=(200, 200, 200))
    p.text(0.65, y + 0.02, "Part 6.  Certification", 9, "sans-bold")
    y = p.para(
        0.7,
        y + 0.32,
        7.1,
        "I am the head of the agency listed in Part 2. or I am the person "
        "in the agency who has been specifically designated by the head of the agency to "
        "issue U Nonimmigrant Status Certifications on behalf of the agency. Based upon "
        "investigation of the facts, I certify, under penalty of perjury, that the "
        "individual noted in Part 1. is or was a victim of one or more of the crimes listed "
        "in Part 3.",
        8.5,
        "sans",
    )
    p.rect(0.6, y + 0.15, 5.0, 0.65)
    p.text(0.65, y + 0.17, "1. Signature of Certifying Official", 6)
    p.rect(5.6, y + 0.15, 2.3, 0.65)
    p.text(5.65, y + 0.17, "2. Date of Signature (mm/dd/yyyy)", 6)
    hand(p, 5.7, y + 0.45, us(signed), 11, seed + 27)
    p.signature(1.0, y + 0.2, "R. A. Tolliver", 24)
    p.stamp(
        2.6,
        y - 0.1,
        ["LOUISVILLE METRO POLICE", "SPECIAL VICTIMS UNIT", "OFFICIAL"],
        10,
        (150, 30, 40),
        12,
    )
    p.text(0.6, 10.55, "Form I-918 Supplement B  Edition 04/01/24", 7, "sans")
    p.text(7.9, 10.55, "Page 2 of 2", 7, "sans", align="right")
    return [s, p]


def kentucky_dvo(
    petitioner: Person, respondent: str, case_no: str, entered: dt.date
) -> list[Sheet]:
    s = Sheet()
    s.text(0.6, 0.45, "AOC-275.3      Doc. Code: DVO", 8, "sans")
    s.text(0.6, 0.58, "Rev. 1-22", 8, "sans")
    s.text(0.6, 0.71, "Page 1 of 1", 8, "sans")
    s.text(0.6, 0.9, "Commonwealth of Kentucky", 9, "sans-bold")
    s.text(0.6, 1.03, "Court of Justice   www.kycourts.gov", 8, "sans")
    s.text(0.6, 1.16, "KRS 403.740; 403.750", 8, "sans")
    s.center(0.6, "ORDER OF PROTECTION", 15, "sans-bold")
    s.field(5.6, 0.45, 2.3, 0.42, "Case No.", case_no)
    s.field(5.6, 0.87, 2.3, 0.42, "Court", "DISTRICT")
    s.field(5.6, 1.29, 2.3, 0.42, "County", "JEFFERSON")
    y = s.grid(
        0.6,
        1.85,
        7.3,
        [
            (0.45, [(1, "PETITIONER", up(petitioner.name)), (1, "D.O.B.", us(petitioner.born))]),
            (0.45, [(1, "RESPONDENT", respondent), (1, "D.O.B.", "02/14/1989")]),
        ],
    )
    y = s.para(
        0.7,
        y + 0.2,
        7.1,
        "The Court, having conducted a hearing on "
        f"{us(entered)}, at which the Respondent was present, FINDS by a preponderance of "
        "the evidence that domestic violence and abuse has occurred and may again occur, "
        "and ORDERS:",
        9.5,
        "serif",
    )
    items = [
        (
            True,
            "Respondent is restrained from committing further acts of abuse or threats of "
            "abuse, stalking, or sexual assault.",
        ),
        (
            True,
            "Respondent is restrained from any unauthorized contact, directly, indirectly, or "
            "through electronic or other means, with the Petitioner and the minor child.",
        ),
        (True, "Respondent is to remain at least 500 feet away from Petitioner and her residence."),
        (True, "Respondent shall not possess, purchase, or attempt to obtain a firearm."),
        (True, "Petitioner is awarded temporary custody of the minor child."),
        (False, "Respondent shall complete a batterer intervention program."),
    ]
    for checked, text in items:
        s.checkbox(0.8, y + 0.05, checked, "", 9)
        y = s.para(1.1, y + 0.03, 6.7, text, 9.5, "serif") + 0.06
    y = s.para(
        0.7,
        y + 0.1,
        7.1,
        "This Order is effective until "
        + us(entered.replace(year=entered.year + 3))
        + " unless renewed. Violation of this Order is a criminal offense "
        "under KRS 403.763.",
        9.5,
        "serif-bold",
    )
    s.signature(4.8, y + 0.3, "M. Abernathy", 20, fill=INK)
    s.line(4.6, y + 0.9, 7.8, y + 0.9)
    s.text(4.6, y + 0.95, "JUDGE, JEFFERSON DISTRICT COURT", 8, "sans-bold")
    s.text(0.7, y + 0.95, f"Date and time entered: {us(entered)}  10:42 AM", 9, "mono-bold")
    s.stamp(
        1.0, y + 1.3, ["ENTERED", us(entered), "DAVID L. NICHOLSON, CLERK"], 10, (40, 40, 40), -5
    )
    return [s]


def er_discharge(patient: Person, visit: dt.date, mrn: str) -> list[Sheet]:
    pages = []
    s = Sheet()
    y = letterhead(
        s,
        "Falls City Regional Medical Center",
        ["Emergency Department  |  2400 Dixie Highway, Louisville, KY 40216  |  (502) 555-0190"],
        (20, 80, 120),
        "cross",
    )
    y = s.text(0.8, y, "EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS", 13, "sans-bold") + 0.1
    y = s.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.42,
                [
                    (3, "Patient", patient.last_first(False)),
                    (1, "DOB", us(patient.born)),
                    (1, "MRN", mrn),
                ],
            ),
            (
                0.42,
                [
                    (2, "Arrival", f"{us(visit)} 23:48"),
                    (2, "Discharge", f"{us(visit + dt.timedelta(days=1))} 04:15"),
                    (2, "Interpreter", "NGABERE via video (Y)"),
                ],
            ),
        ],
        value_face="sans-bold",
        value_pt=9,
    )
    y = s.text(0.8, y + 0.2, "Your diagnosis today:", 10.5, "sans-bold")
    y = s.lines(
        1.0,
        y,
        [
            "1. Closed fracture of nasal bones, initial encounter (S02.2XXA)",
            "2. Contusion of left periorbital region (S00.12XA)",
            "3. Assault by bodily force (Y04.0XXA); domestic partner (Y07.03)",
        ],
        10,
        "sans",
    )
    y = s.text(0.8, y + 0.15, "Medications:", 10.5, "sans-bold")
    y = s.lines(
        1.0,
        y,
        [
            "acetaminophen 500 mg tablet - take 2 tablets every 6 hours as needed",
            "ibuprofen 600 mg tablet - take 1 tablet every 8 hours with food",
        ],
        10,
        "sans",
    )
    y = s.text(0.8, y + 0.15, "Instructions:", 10.5, "sans-bold")
    y = s.paras(
        1.0,
        y,
        6.6,
        [
            "Apply ice to your nose and eye 20 minutes at a time for the next 2 days. Sleep with "
            "your head raised. Do not blow your nose for one week.",
            "A social worker met with you tonight. You were given information about the Center for "
            "Women and Families and how to ask for an emergency protective order.",
            "Return to the Emergency Department right away if you have trouble breathing through "
            "your mouth, clear fluid from your nose, vision changes, or severe headache.",
        ],
        pt=10,
        face="sans",
    )
    s.text(0.8, 10.4, f"{patient.last_first(False)}   MRN {mrn}   Page 1 of 2", 8, "sans")
    pages.append(s)
    p = Sheet()
    y = p.text(
        0.8, 0.6, "Falls City Regional Medical Center - Emergency Department", 10, "sans-bold"
    )
    y = p.text(0.8, y + 0.2, "Follow-up:", 10.5, "sans-bold")
    y = p.lines(
        1.0,
        y,
        [
            "ENT / Facial Trauma Clinic - call (502) 555-0177 within 5-7 days",
            "Park DuValle Community Health Center - primary care, 1 to 2 weeks",
        ],
        10,
        "sans",
    )
    y = p.text(0.8, y + 0.2, "Imaging:", 10.5, "sans-bold")
    y = p.para(
        1.0,
        y,
        6.6,
        "CT maxillofacial without contrast: minimally displaced fracture of "
        "the nasal bones. No orbital wall fracture. No intracranial injury.",
        10,
        "sans",
    )
    y = p.text(0.8, y + 0.2, "Provider:", 10.5, "sans-bold")
    y = p.lines(
        1.0,
        y,
        [
            "Amanda R. Whitlock, MD - Emergency Medicine",
            "Electronically signed " + us(visit + dt.timedelta(days=1)) + " 04:09",
        ],
        10,
        "sans",
    )
    y = p.para(
        0.8,
        y + 0.4,
        6.9,
        "I have received these instructions and understand them. They "
        "were explained to me in my language by an interpreter.",
        10,
        "sans",
    )
    p.signature(1.0, y + 0.1, patient.first, 16)
    p.line(0.8, y + 0.6, 4.0, y + 0.6)
    p.text(0.8, y + 0.65, "Patient signature", 8, "sans")
    p.text(0.8, 10.4, f"{patient.last_first(False)}   MRN {mrn}   Page 2 of 2", 8, "sans")
    pages.append(p)
    return pages


def parish_letter_es(person: Person, since: dt.date, signed: dt.date) -> list[Sheet]:
    """A parish's constancia in Spanish, on the parish's letterhead."""
    s = write_letter(
        (
            "Parroquia San Bartolomé",
            [
                "Ministerio Hispano  ·  2618 Preston Highway, Louisville, "
                "KY 40217  ·  (502) 555-0136"
            ],
            (110, 30, 40),
            "cross",
        ),
        f"Louisville, Kentucky, {signed.day} de {month(signed, 'es')} de {signed.year}",
        [],
        None,
        "A quien corresponda:",
        [
            "Por medio de la presente hago constar que la señora "
            f"{person.name} es feligresa de esta parroquia desde {month(since, 'es')} de "
            f"{since.year}. Asiste a la misa dominical en español con su hijo y participa en el "
            "grupo de oración de los martes.",
            "La conozco personalmente. Es una mujer trabajadora, humilde y muy dedicada a su hijo. "
            "Cuando llegó hablaba solamente su idioma ngäbere y poco español; con mucho esfuerzo "
            "ha salido adelante. Desde 2023 ayuda cada mes en la despensa de alimentos de la "
            "parroquia.",
            "Se extiende la presente a solicitud de la interesada para los fines que estime "
            "convenientes.",
        ],
        "Atentamente,",
        "Pbro. Julián Echeverri Mora",
        ["Párroco"],
        face="serif",
    )
    s.stamp(5.2, 8.0, ["PARROQUIA SAN BARTOLOMÉ", "LOUISVILLE, KY"], 9, (40, 60, 150), 8)
    return [s]


def language_letter(person: Person, signed: dt.date, since: dt.date) -> list[Sheet]:
    s = write_letter(
        (
            "Bluegrass Indigenous Language Access Network",
            [
                "Interpreting in Mayan, Ngäbere, Mixtec and other languages of the Americas",
                "PO Box 4471, Louisville, KY 40204  ·  (502) 555-0163  ·  info@biglan.example",
            ],
            (30, 100, 70),
            "leaf",
        ),
        long(signed),
        [
            "Office of the Principal Legal Advisor",
            "U.S. Immigration and Customs Enforcement",
            "Memphis, Tennessee",
        ],
        f"Re: {person.name}, language needs",
        "To the Assistant Chief Counsel:",
        [
            f"Our interpreters have worked with Ms. {person.surname.split()[0]} since "
            f"{month(since)} {since.year}, at her son's pediatric visits, at the Jefferson "
            "District Court and with the Louisville Metro Police Department. Her first language "
            "is Ngäbere (also called Guaymí), the language of the Ngäbe people of western Panama. "
            "She learned some Spanish as a young woman but reads and writes it only with "
            "difficulty, and she does not follow legal proceedings in Spanish or in English.",
            "Ngäbere interpreters are few. There is no Ngäbere interpreter on the immigration "
            "court's contract roster, and our network is the only source of one in this region. "
            "We ask that any proceeding involving her be scheduled with enough notice to arrange "
            "interpretation by video.",
            "She has been a reliable, punctual client and has attended every appointment we "
            "scheduled for her.",
        ],
        "Sincerely,",
        "Rosalía Ábrego Montezuma",
        ["Coordinator, Ngäbere interpreting", "Bluegrass Indigenous Language Access Network"],
    )
    return [s]


def linen_letter(person: Person, since: dt.date, signed: dt.date) -> list[Sheet]:
    s = write_letter(
        (
            "Derby City Linen Services, Inc.",
            [
                "Commercial laundry for hotels and hospitals",
                "1190 Industry Road, Louisville, KY 40208",
                "Phone (502) 555-0148  ·  Fax (502) 555-0149",
            ],
            (20, 40, 110),
            "star",
        ),
        long(signed),
        [],
        "RE: Employment verification",
        "To Whom It May Concern:",
        [
            f"This will confirm that {person.name} has worked for Derby City Linen Services "
            f"since {long(since)}. She is a full-time production associate on our day shift in "
            "the folding and finishing department and currently earns $15.85 per hour, "
            "averaging 38 to 40 hours a week.",
            "She is one of our most dependable people. Her supervisors describe her as careful "
            "and fast, and she has trained several new associates on the ironer line. She has no "
            "disciplinary history with the company.",
            "Please call our Human Resources office at the number above if you need anything "
            "further.",
        ],
        "Sincerely,",
        "Brenda K. Satterly",
        ["Human Resources Manager"],
        face="sans",
        pt=10.5,
    )
    return [s]


# ---------------------------------------------------------------- 2. Indonesia / Pennsylvania


def _id_day(n: int) -> str:
    words = {
        1: "satu",
        2: "dua",
        3: "tiga",
        4: "empat",
        5: "lima",
        6: "enam",
        7: "tujuh",
        8: "delapan",
        9: "sembilan",
        10: "sepuluh",
        11: "sebelas",
    }
    if n in words:
        return words[n]
    if n < 20:
        return f"{words[n - 10]} belas"
    tens, ones = divmod(n, 10)
    return f"{words[tens]} puluh" + (f" {words[ones]}" if ones else "")


ID_MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"


def id_date(d: dt.date) -> str:
    return f"{d.day} {ID_MONTHS.split()[d.month - 1]} {d.year}"


def id_date_words(d: dt.date) -> str:
    """Tanggal sembilan belas bulan Mei tahun dua ribu satu, as a civil registry writes it."""
    year = {
        2001: "dua ribu satu",
        1978: "seribu sembilan ratus tujuh puluh delapan",
        1980: "seribu sembilan ratus delapan puluh",
    }[d.year]
    return f"{_id_day(d.day)} {ID_MONTHS.split()[d.month - 1]} {year}"


def akta_perkawinan(
    husband: Person, wife: Person, married: dt.date, number: str, seed: int
) -> list[Sheet]:
    """Kutipan Akta Perkawinan of the Kantor Catatan Sipil, Kota Manado (2001): a preprinted
    form on security paper with the entries typed in and a stamp across the signature."""
    s = Sheet(paper=(246, 244, 236))
    s.security_background(seed, (214, 226, 214))
    s.border(0.45, 3.0)
    s.seal(4.25, 1.05, 0.42, "REPUBLIK INDONESIA * GARUDA * ", "RI")
    y = s.center(1.6, "REPUBLIK INDONESIA", 14, "serif-bold")
    y = s.center(y + 0.05, "KUTIPAN AKTA PERKAWINAN", 18, "serif-bold")
    y = s.center(y, f"No. {number}", 11, "mono-bold")
    y += 0.3
    y = s.para(
        0.95,
        y,
        6.6,
        "Berdasarkan Akta Perkawinan No. " + number + " yang tercatat "
        "dalam register Kantor Catatan Sipil Kota Manado, bahwa di Manado pada tanggal "
        + id_date_words(married)
        + " telah dilangsungkan perkawinan menurut Agama Kristen "
        "Protestan antara:",
        11.5,
        "serif",
        1.5,
    )
    y += 0.15
    for label, value in [
        ("Nama", up(husband.name)),
        ("Lahir di", f"{up(husband.birthplace)}, tanggal {id_date_words(husband.born)}"),
        ("", ""),
        ("dan", ""),
        ("Nama", up(wife.name)),
        ("Lahir di", f"{up(wife.birthplace)}, tanggal {id_date_words(wife.born)}"),
    ]:
        s.text(1.1, y, label, 11.5, "serif")
        if value:
            s.text(2.4, y, ":", 11.5, "serif")
            lines = s.wrap(value, 4.9, 10.5, "mono-bold")
            for i, line in enumerate(lines):
                s.text(2.55, y + i * 0.22, line, 10.5, "mono-bold")
            y += 0.22 * (len(lines) - 1)
        y += 0.3
    y = s.para(
        0.95,
        y + 0.15,
        6.6,
        "Kutipan ini sesuai dengan aslinya dan dikeluarkan di Manado "
        f"pada tanggal {id_date(married + dt.timedelta(days=3))}.",
        11.5,
        "serif",
        1.5,
    )
    s.text(4.3, y + 0.3, "KEPALA KANTOR CATATAN SIPIL", 10, "serif-bold")
    s.text(4.3, y + 0.48, "KOTA MANADO", 10, "serif-bold")
    s.signature(4.5, y + 0.7, "Tumbelaka", 22, fill=INK)
    s.stamp(
        3.9, y + 0.45, ["PEMERINTAH KOTA MANADO", "KANTOR CATATAN SIPIL"], 10, (120, 50, 140), 14
    )
    s.text(4.3, y + 1.35, "Drs. ALBERTUS M. TUMBELAKA", 10.5, "serif-bold")
    s.text(4.3, y + 1.53, "NIP. 010 183 447", 9.5, "serif")
    s.text(0.95, 10.1, "Model: KAP/Kristen  Seri B  0418257", 8, "mono")
    return [s]


def akta_translation(husband: Person, wife: Person, married: dt.date, number: str) -> list[Sheet]:
    s = Sheet()
    y = s.center(0.8, "[English translation]", 10, "serif-italic")
    y = s.center(y + 0.1, "[Coat of arms: Garuda]", 10, "serif-italic")
    y = s.center(y + 0.1, "REPUBLIC OF INDONESIA", 13, "serif-bold")
    y = s.center(y, "EXTRACT OF MARRIAGE CERTIFICATE", 15, "serif-bold")
    y = s.center(y, f"No. {number}", 11, "serif")
    y = s.para(
        1.0,
        y + 0.35,
        6.5,
        f"Pursuant to Marriage Certificate No. {number} recorded in "
        "the register of the Civil Registry Office of the City of Manado, at Manado on "
        f"{long(married)} a marriage was solemnized according to the Protestant "
        "Christian religion between:",
        11.5,
        "serif",
        1.45,
    )
    y += 0.2
    for label, value in [
        ("Name:", up(husband.name)),
        ("Born at:", f"{up(husband.birthplace)}, on {long(husband.born)}"),
        ("and", ""),
        ("Name:", up(wife.name)),
        ("Born at:", f"{up(wife.birthplace)}, on {long(wife.born)}"),
    ]:
        s.text(1.2, y, label, 11.5, "serif")
        s.text(2.5, y, value, 11.5, "serif-bold")
        y += 0.32
    y = s.para(
        1.0,
        y + 0.15,
        6.5,
        "This extract conforms to the original and is issued at Manado "
        f"on {long(married + dt.timedelta(days=3))}.",
        11.5,
        "serif",
        1.45,
    )
    s.lines(
        4.2,
        y + 0.3,
        [
            "HEAD OF THE CIVIL REGISTRY OFFICE",
            "CITY OF MANADO",
            "[Signature] [Stamp: Government of the City of Manado,",
            "Civil Registry Office]",
            "Drs. ALBERTUS M. TUMBELAKA",
            "Civil servant no. 010 183 447",
        ],
        10,
        "serif",
    )
    return [s]


def green_card(
    person: Person, number: str, uscis: str, since: dt.date, expires: dt.date, seed: int
) -> tuple[list[Sheet], tuple[str, str, str]]:
    """An I-551 (2017 design) front and back, the back carrying its TD1 zone."""
    f = card()
    tinted(f, (222, 236, 226), (204, 222, 214))
    f.security_background(seed, (196, 216, 204))
    f.text(0.12, 0.08, "UNITED STATES OF AMERICA", 8.5, "sans-bold", fill=(30, 60, 110))
    f.text(0.12, 0.24, "PERMANENT RESIDENT", 12, "sans-bold", fill=(30, 60, 110))
    portrait(f, 0.14, 0.58, 0.92, 1.15, seed)
    x = 1.18
    rows = [
        ("Surname", up(person.surname)),
        ("Given Name", up(person.given)),
        ("USCIS#", uscis),
        ("Category", "AS6"),
        ("Country of Birth", "Indonesia"),
        ("Date of Birth", card_date(person.born)),
        ("Sex", person.sex),
        ("Card Expires", card_date(expires)),
        ("Resident Since", card_date(since)),
    ]
    y = 0.56
    for label, value in rows:
        dx = 1.1 if label in ("Sex", "Resident Since") else 0
        if label in ("Sex", "Resident Since"):
            y -= 0.26
        f.text(x + dx, y, label, 4.8, "sans", fill=GREY)
        f.text(x + dx, y + 0.075, value, 6.8, "sans-bold")
        y += 0.26
    f.signature(0.15, 1.8, person.first, 9, fill=INK)
    b = card()
    tinted(b, (222, 232, 226), (210, 222, 214))
    b.rect(0.0, 0.22, b.width, 0.28, outline=None, fill=(40, 40, 40))
    b.text(0.15, 0.65, number, 7, "mono")
    zone = mrz.td1(
        kind="C1",
        country="USA",
        number=number,
        surname=person.surname,
        given=person.given,
        nationality="IDN",
        birth=person.born,
        sex=person.sex,
        expiry=expires,
    )
    mrz_lines(b, 1.3, zone, 9.5)
    return [f, b], zone


def pennsylvania_birth(
    child: Person, mother: Person, father: Person, file_no: str, issued: dt.date, seed: int
) -> list[Sheet]:
    s = Sheet()
    s.security_background(seed, (230, 230, 214))
    s.border(0.4, 2.0)
    s.seal(1.35, 1.2, 0.55, "COMMONWEALTH OF PENNSYLVANIA * ", "PA")
    y = s.center(0.7, "COMMONWEALTH OF PENNSYLVANIA", 14, "serif-bold")
    y = s.center(y, "DEPARTMENT OF HEALTH  ·  DIVISION OF VITAL RECORDS", 9, "sans")
    y = s.center(y + 0.15, "CERTIFICATION OF BIRTH", 18, "serif-bold")
    s.text(6.0, 1.9, "STATE FILE NUMBER", 6.5, "sans")
    s.text(6.0, 2.03, file_no, 10, "mono-bold")
    rows = [
        ("NAME", up(child.name)),
        ("DATE OF BIRTH", long(child.born).upper()),
        ("SEX", "MALE" if child.sex == "M" else "FEMALE"),
        ("PLACE OF BIRTH", "PHILADELPHIA, PHILADELPHIA COUNTY"),
        ("MOTHER'S MAIDEN NAME", up(mother.name)),
        ("FATHER'S NAME", up(father.name)),
        ("DATE FILED", us(child.born + dt.timedelta(days=12))),
    ]
    y = 2.5
    for label, value in rows:
        s.text(1.0, y, label, 8, "sans-bold")
        s.text(3.2, y - 0.02, value, 11, "mono-bold")
        s.line(3.2, y + 0.2, 7.4, y + 0.2, 0.4, GREY)
        y += 0.42
    y = s.para(
        1.0,
        y + 0.3,
        6.5,
        "This is to certify that this is a true copy of the record which "
        "is on file in the Division of Vital Records, in accordance with Act 66, P.L. 304, "
        "approved by the General Assembly, June 29, 1953.",
        9.5,
        "serif",
    )
    s.signature(4.5, y + 0.3, "Krystal Oyelowo", 20)
    s.line(4.3, y + 0.9, 7.4, y + 0.9)
    s.text(4.3, y + 0.95, "STATE REGISTRAR", 8, "sans-bold")
    s.text(1.0, y + 0.95, f"DATE ISSUED  {us(issued)}", 9, "mono-bold")
    s.text(
        1.0,
        10.2,
        "H105.100P   NOT VALID WITHOUT RAISED SEAL  ·  DO NOT ACCEPT IF LAMINATED",
        7,
        "sans",
    )
    return [s]


def rent_receipt(
    no: str, when: dt.date, tenant: Person, amount: str, words: str, period: str, seed: int
) -> list[Sheet]:
    """A page of a rent receipt book as the copier saw it: the carbon slip on the glass."""
    page = Sheet()
    slip = Sheet(7.0, 2.9)
    slip.rect(0.05, 0.05, 6.9, 2.8, weight=1.0)
    slip.text(0.2, 0.15, "RENT RECEIPT", 13, "sans-bold")
    slip.text(6.8, 0.15, f"No. {no}", 11, "sans-bold", align="right")
    slip.text(4.2, 0.5, "Date", 9, "sans")
    slip.line(4.6, 0.68, 6.8, 0.68, 0.5)
    hand(slip, 4.7, 0.42, us(when), 13, seed, fill=INK, cursive=True)
    slip.text(0.2, 0.85, "Received From", 9, "sans")
    slip.line(1.2, 1.03, 6.8, 1.03, 0.5)
    hand(slip, 1.3, 0.75, tenant.name, 14, seed + 1, fill=INK, cursive=True)
    hand(slip, 0.6, 1.15, words, 13, seed + 2, fill=INK, cursive=True)
    slip.line(0.2, 1.4, 6.0, 1.4, 0.5)
    slip.text(6.1, 1.22, "Dollars", 9, "sans")
    slip.text(0.2, 1.6, "For Rent at", 9, "sans")
    slip.line(1.05, 1.78, 6.8, 1.78, 0.5)
    hand(slip, 1.15, 1.5, "1527 S. 8th St. 2nd fl.", 13, seed + 3, fill=INK, cursive=True)
    slip.text(0.2, 1.95, "For the period", 9, "sans")
    slip.line(1.2, 2.13, 6.8, 2.13, 0.5)
    hand(slip, 1.3, 1.85, period, 13, seed + 4, fill=INK, cursive=True)
    slip.rect(0.2, 2.25, 2.6, 0.5, weight=0.5)
    slip.text(0.25, 2.28, "AMT. OF ACCOUNT", 6, "sans")
    slip.text(0.25, 2.5, "THIS PAYMENT", 6, "sans")
    hand(slip, 1.5, 2.3, amount, 12, seed + 5, fill=INK)
    slip.text(3.3, 2.5, "By", 9, "sans")
    slip.signature(3.6, 2.25, "Frank DiMarco", 15, fill=INK)
    carbon_slip = carbon(slip.image, seed)
    page.image.paste(carbon_slip, (page.px(0.6), page.px(0.5)))
    return [page]


def church_letter_philly(
    person: Person, wife: Person, since: dt.date, signed: dt.date
) -> list[Sheet]:
    s = write_letter(
        (
            "Gereja Injili Indonesia Philadelphia",
            [
                "Indonesian Evangelical Church of Philadelphia",
                "1722 S. Broad Street, Philadelphia, PA 19145  ·  (215) 555-0118",
            ],
            (120, 20, 30),
            "cross",
        ),
        long(signed),
        [],
        None,
        "Dear Sir or Madam,",
        [
            f"I have been the pastor of our congregation for fourteen years, and I have known "
            f"{person.name} and his wife {wife.name} for all of them. Church records show that "
            f"Johannes has been a member since {month(since)} {since.year}, only weeks after he "
            "arrived in Philadelphia.",
            "He serves as a deacon, drives our older members to Sunday worship and to their "
            "doctors, and for the last six years has organized the Saturday food distribution we "
            "run with the South Philadelphia food cupboard. When the 2023 flooding damaged homes "
            "on our block he led the team that cleaned out basements.",
            "His children, Kevin and Stefani, grew up in our Sunday school. Kevin now helps lead "
            "the youth group. This family is woven into our community, and his absence would be "
            "felt by many people beyond his own household.",
        ],
        "In Christ,",
        "Rev. Daniel Sumampouw",
        ["Senior Pastor"],
        align="center",
    )
    return [s]


def seafood_letter(person: Person, since: dt.date, signed: dt.date) -> list[Sheet]:
    s = write_letter(
        (
            "Pier 84 Fresh Seafood Distributors, Inc.",
            [
                "3301 S. Columbus Blvd., Philadelphia, PA 19148",
                "Tel. (215) 555-0171  ·  Fax (215) 555-0172",
            ],
            (0, 90, 130),
            "shield",
        ),
        long(signed),
        ["Office of the Principal Legal Advisor", "Philadelphia, Pennsylvania"],
        f"Re: {person.name}",
        "To whom it may concern,",
        [
            f"{person.name} has been employed by Pier 84 since {long(since)}. He started on the "
            "receiving dock and since 2014 has been our warehouse lead on the early shift, "
            "responsible for cold-storage inventory and a crew of nine.",
            "He is paid $24.50 an hour and works full time, usually 45 hours a week in the busy "
            "season. Payroll taxes have been withheld from his wages throughout his employment.",
            "In twenty-one years he has never missed a shift without calling in. We would be "
            "glad to keep him for as long as he wants to work here.",
        ],
        "Very truly yours,",
        "Michael T. Kowalczyk",
        ["Operations Manager"],
        face="sans",
        pt=10.5,
    )
    return [s]


# ---------------------------------------------------------------- 3. Fiji / California


def fiji_birth(person: Person, father: str, mother: str, reg: str, issued: dt.date) -> list[Sheet]:
    s = Sheet()
    s.security_background(77, (226, 232, 242))
    s.border(0.4, 2.0)
    s.seal(4.25, 1.0, 0.45, "REPUBLIC OF FIJI * REGISTRAR GENERAL * ", "FIJI")
    y = s.center(1.6, "REPUBLIC OF FIJI", 14, "serif-bold")
    y = s.center(y, "BIRTHS, DEATHS AND MARRIAGES REGISTRATION ACT 1975", 9, "sans")
    y = s.center(y + 0.1, "BIRTH CERTIFICATE", 17, "serif-bold")
    y = s.center(y, "(Certified Copy of an Entry of Birth)", 10, "serif-italic")
    y = s.grid(
        0.8,
        y + 0.3,
        6.9,
        [
            (0.48, [(2, "Registration No.", reg), (1, "District", "LAUTOKA")]),
            (
                0.48,
                [
                    (2, "1. Name", up(person.name)),
                    (1, "2. Sex", "MALE" if person.sex == "M" else "FEMALE"),
                ],
            ),
            (
                0.48,
                [
                    (1, "3. Date of Birth", person.born.strftime("%d %B %Y").upper()),
                    (2, "4. Place of Birth", "LAUTOKA HOSPITAL, LAUTOKA"),
                ],
            ),
            (0.48, [(2, "5. Father's Name", up(father)), (1, "6. Occupation", "CANE FARMER")]),
            (
                0.48,
                [
                    (2, "7. Mother's Name and Maiden Surname", up(mother)),
                    (1, "8. Occupation", "DOMESTIC DUTIES"),
                ],
            ),
            (
                0.48,
                [
                    (2, "9. Informant", f"{up(father)}, FATHER, NAVUTU, LAUTOKA"),
                    (1, "10. Date of Registration", "03 MARCH 1993"),
                ],
            ),
        ],
        value_pt=9.5,
    )
    y = s.para(
        0.8,
        y + 0.35,
        6.9,
        "I hereby certify that the above is a true copy of the "
        "particulars recorded in an entry in the Register of Births kept at the Office of "
        "the Registrar General, Suva.",
        10.5,
        "serif",
    )
    s.signature(4.4, y + 0.3, "S. Tuilevuka", 20, fill=INK)
    s.line(4.2, y + 0.9, 7.6, y + 0.9)
    s.text(4.2, y + 0.95, "for REGISTRAR GENERAL", 9, "sans-bold")
    s.text(
        0.8,
        y + 0.95,
        f"Dated at Suva this {issued.day} day of {month(issued)} {issued.year}",
        10,
        "serif",
    )
    s.stamp(
        1.0,
        y + 1.4,
        ["REGISTRAR GENERAL'S OFFICE", "SUVA  FIJI", "FEE PAID $22.00"],
        9,
        (30, 50, 140),
        -6,
    )
    return [s]


def blue_card(person: Person, parent: str, seed: int) -> list[Sheet]:
    """California School Immunization Record (PM 286), written by hand at school entry."""
    s = Sheet(paper=(214, 228, 244))
    s.text(0.6, 0.45, "STATE OF CALIFORNIA - HEALTH AND HUMAN SERVICES AGENCY", 7, "sans")
    s.text(7.9, 0.45, "DEPARTMENT OF HEALTH SERVICES", 7, "sans", align="right")
    s.center(0.7, "CALIFORNIA SCHOOL IMMUNIZATION RECORD", 15, "sans-bold")
    s.center(
        0.98,
        "PM 286 (1/99)   Keep this record with the student's permanent school record",
        8,
        "sans",
    )
    y = s.grid(
        0.6,
        1.2,
        7.3,
        [
            (
                0.5,
                [
                    (3, "Student's Name (Last, First, Middle)", ""),
                    (1, "Birthdate (Mo/Day/Yr)", ""),
                    (1, "Sex", ""),
                ],
            ),
            (0.5, [(3, "Parent or Guardian", ""), (2, "Birth Country", "")]),
        ],
        label_face="sans",
    )
    hand(s, 0.7, 1.42, person.last_first(False), 12, seed, fill=BLACK_PEN)
    hand(s, 5.1, 1.42, us(person.born), 12, seed + 1, fill=BLACK_PEN)
    hand(s, 7.0, 1.42, person.sex, 12, seed + 2, fill=BLACK_PEN)
    hand(s, 0.7, 1.92, up(parent), 12, seed + 3, fill=BLACK_PEN)
    hand(s, 5.1, 1.92, "FIJI", 12, seed + 4, fill=BLACK_PEN)
    rows = [["VACCINE", "1st", "2nd", "3rd", "4th", "5th"]]
    rows += [
        ["POLIO (OPV or IPV)", "", "", "", "", ""],
        ["DTP/DTaP/DT/Td", "", "", "", "", ""],
        ["MMR (Measles, Mumps, Rubella)", "", "", "", "", ""],
        ["HEPATITIS B", "", "", "", "", ""],
        ["VARICELLA (chickenpox)", "", "", "", "", ""],
        ["TB SKIN TEST (date / result)", "", "", "", "", ""],
    ]
    top = y + 0.3
    s.table(
        0.6,
        top,
        [2.55, 0.95, 0.95, 0.95, 0.95, 0.95],
        rows,
        pt=8.5,
        row_height=0.45,
        header_fill=(190, 206, 228),
    )
    dates = [
        ["04/93", "06/93", "08/93", "03/97", "08/27/01"],
        ["04/93", "06/93", "08/93", "03/97", "08/27/01"],
        ["03/94", "08/27/01", "", "", ""],
        ["08/27/01", "09/28/01", "", "", ""],
        ["HX DISEASE", "", "", "", ""],
        ["08/27/01 NEG", "", "", "", ""],
    ]
    for r, row in enumerate(dates):
        for c, value in enumerate(row):
            if value:
                hand(
                    s,
                    3.2 + c * 0.95,
                    top + 0.45 * (r + 1) + 0.12,
                    value,
                    10,
                    seed + 10 + r * 5 + c,
                    fill=BLACK_PEN if "01" not in value else BLUE_INK,
                )
    y = top + 0.45 * 7 + 0.2
    y = s.para(
        0.7,
        y,
        7.1,
        "Doses before 08/2001 transcribed from Fiji Ministry of Health child "
        "health card. Catch-up doses given at Sacramento County Immunization Clinic.",
        8.5,
        "sans-italic",
    )
    s.field(0.6, y + 0.15, 3.6, 0.55, "School entered", "")
    s.field(4.2, y + 0.15, 3.7, 0.55, "Date entered", "")
    hand(s, 0.7, y + 0.42, "GOLDEN POPPY ELEM. - GR 3", 12, seed + 50)
    hand(s, 4.3, y + 0.42, "09/04/2001", 12, seed + 51)
    s.stamp(
        5.0,
        y + 0.9,
        ["SACRAMENTO COUNTY", "IMMUNIZATION CLINIC", "AUG 27 2001"],
        9,
        (150, 40, 50),
        -7,
    )
    s.signature(1.0, y + 0.95, "L. Mendoza RN", 16)
    return [s]


def report_card(
    person: Person,
    school: str,
    year: str,
    grade: str,
    teacher: str,
    comments: str,
    absences: tuple[int, int, int],
    seed: int,
) -> list[Sheet]:
    s = Sheet()
    y = s.center(0.5, "CAPITOL VALLEY UNIFIED SCHOOL DISTRICT", 11, "sans-bold")
    y = s.center(y, f"{school}  ·  Elementary Progress Report  ·  {year}", 10, "sans")
    y = s.grid(
        0.6,
        y + 0.2,
        7.3,
        [
            (
                0.42,
                [
                    (3, "Student", person.last_first(False)),
                    (1, "Grade", grade),
                    (1, "Student ID", "100" + str(seed)[-5:]),
                    (2, "Teacher", teacher),
                ],
            ),
        ],
        value_face="sans-bold",
        value_pt=9,
    )
    rows = [
        ["", "Trimester 1", "Trimester 2", "Trimester 3"],
        ["Reading", "2", "2", "3"],
        ["Writing", "1", "2", "2"],
        ["Listening and Speaking", "2", "3", "3"],
        ["Mathematics", "3", "3", "4"],
        ["Science", "2", "3", "3"],
        ["History - Social Science", "2", "2", "3"],
        ["Physical Education", "S", "S", "O"],
        ["Work Habits", "S", "O", "O"],
        ["English Language Development (CELDT level)", "2", "2", "3"],
    ]
    y = s.table(0.6, y + 0.3, [3.4, 1.3, 1.3, 1.3], rows, pt=9, row_height=0.32)
    s.text(
        0.6,
        y + 0.08,
        "4 Advanced  3 Proficient  2 Basic  1 Below Basic    O Outstanding  "
        "S Satisfactory  N Needs Improvement",
        7.5,
        "sans",
    )
    y = s.table(
        0.6,
        y + 0.35,
        [3.4, 1.3, 1.3, 1.3],
        [
            ["Attendance", "T1", "T2", "T3"],
            ["Days absent", *[str(a) for a in absences]],
            ["Days tardy", "0", "1", "0"],
        ],
        pt=9,
    )
    s.text(0.6, y + 0.25, "Teacher comments:", 9.5, "sans-bold")
    s.rect(0.6, y + 0.45, 7.3, 1.7)
    lines = s.wrap(comments, 6.9, 13, "script")
    for i, line in enumerate(lines):
        hand(s, 0.75, y + 0.55 + i * 0.3, line, 13, seed + i, fill=BLUE_INK, cursive=True)
    s.signature(0.8, y + 2.35, teacher, 16)
    s.text(0.8, y + 2.85, "Teacher", 8, "sans")
    s.line(4.6, y + 2.8, 7.8, y + 2.8)
    s.text(4.6, y + 2.85, "Parent/Guardian signature", 8, "sans")
    s.signature(4.8, y + 2.35, "V. Chand", 16, fill=INK)
    return [s]


def clinic_history(person: Person, mrn: str) -> list[Sheet]:
    lines = [
        "SACRAMENTO COUNTY DEPARTMENT OF HEALTH AND HUMAN SERVICES",
        "PRIMARY CARE CENTER - PEDIATRICS        4600 BROADWAY, SACRAMENTO CA 95820",
        "",
        "PATIENT ENCOUNTER HISTORY                             RUN DATE 03/12/2004 14:22",
        "-" * 78,
        f"PATIENT: {person.last_first(False):<32} MRN: {mrn}",
        f"DOB: {us(person.born)}   SEX: {person.sex}   LANG: HINDI/ENGLISH   FIN CLASS: MEDI-CAL",
        "GUARDIAN: CHAND, VIJAY (FATHER)   PHONE: (916) 555-0147",
        "-" * 78,
        "DATE       PROV   TYPE        DX / REASON                          CPT",
        "---------- ------ ----------- ------------------------------------ -----",
        "10/15/2002 OKE    WELL CHILD  V20.2 ROUTINE CHILD HEALTH EXAM      99393",
        "10/15/2002 OKE    VACCINE     V06.1 DTAP BOOSTER / V04.81 FLU      90700",
        "01/28/2003 RAM    SICK VISIT  493.90 ASTHMA UNSPECIFIED            99213",
        "01/28/2003 RAM    NEB TX      ALBUTEROL NEBULIZER IN CLINIC        94640",
        "02/11/2003 RAM    FOLLOW UP   493.90 ASTHMA - IMPROVED             99212",
        "09/09/2003 OKE    WELL CHILD  V20.2 SCHOOL PHYSICAL GR 5           99393",
        "09/09/2003 OKE    SCREENING   VISION/HEARING PASS                  99173",
        "12/02/2003 TSE    SICK VISIT  382.9 OTITIS MEDIA                   99213",
        "03/09/2004 OKE    FOLLOW UP   493.90 ASTHMA - SPACER TEACHING      99213",
        "",
        "MEDICATIONS: ALBUTEROL HFA 90MCG 2 PUFFS Q4H PRN; SPACER W/ MASK",
        "ALLERGIES: NKDA",
        "",
        "*** END OF REPORT ***    PAGE 1 OF 1    REQUESTED BY: MED RECORDS / RELEASE 04-0331",
    ]
    return [monospace_page(lines, 8.8, 0.7)]


def cumulative_record(person: Person, school: str) -> list[Sheet]:
    s = Sheet()
    y = s.center(0.5, "CAPITOL VALLEY UNIFIED SCHOOL DISTRICT", 11, "sans-bold")
    y = s.center(y, "CUMULATIVE RECORD - MIDDLE SCHOOL (GRADES 6-8)", 12, "sans-bold")
    y = s.center(y, school, 10, "sans")
    y = s.grid(
        0.6,
        y + 0.2,
        7.3,
        [
            (
                0.42,
                [
                    (3, "Name (Last, First, Middle)", person.last_first(False)),
                    (1, "Birthdate", us(person.born)),
                    (1, "Birthplace", "FIJI"),
                ],
            ),
            (
                0.42,
                [
                    (3, "Date first enrolled in U.S. school", "09/04/2001"),
                    (2, "Home language", "HINDI (FIJI HINDI)"),
                ],
            ),
        ],
        value_pt=9,
    )
    rows = [
        ["Course", "Gr 6  04-05", "Gr 7  05-06", "Gr 8  06-07"],
        ["English / Language Arts", "C", "B-", "B"],
        ["ELD / Reading Intervention", "B", "B", "-"],
        ["Mathematics (Pre-Alg / Alg I)", "B", "B+", "A-"],
        ["Science", "C+", "B", "B"],
        ["Social Studies", "B-", "B", "B+"],
        ["Physical Education", "A", "A", "A"],
        ["Elective", "Art  A", "Band  B+", "Band  A-"],
    ]
    y = s.table(0.6, y + 0.3, [3.1, 1.4, 1.4, 1.4], rows, pt=9, row_height=0.32)
    y = s.table(
        0.6,
        y + 0.3,
        [3.1, 1.4, 1.4, 1.4],
        [
            ["Attendance", "04-05", "05-06", "06-07"],
            ["Days enrolled", "180", "180", "180"],
            ["Days absent", "6", "4", "3"],
        ],
        pt=9,
    )
    y = s.table(
        0.6,
        y + 0.3,
        [3.1, 1.4, 1.4, 1.4],
        [
            ["Test", "Spring 05", "Spring 06", "Spring 07"],
            ["CST English-Language Arts", "Basic", "Basic", "Proficient"],
            ["CST Mathematics", "Proficient", "Proficient", "Advanced"],
            ["CELDT overall", "Early Adv.", "Advanced", "Redesignated"],
        ],
        pt=9,
    )
    s.text(
        0.6, y + 0.3, "Redesignated Fluent English Proficient (RFEP): 03/15/2007", 10, "mono-bold"
    )
    s.text(0.6, y + 0.55, "Promoted to grade 9: 06/14/2007", 10, "mono-bold")
    s.stamp(4.8, y + 0.9, ["COPY - NOT FOR TRANSFER", "CVUSD STUDENT RECORDS"], 9, (80, 80, 80), 5)
    return [s]


def hs_transcript(person: Person, school: str) -> list[Sheet]:
    pages = []
    years = [
        (
            "2007-2008",
            "9",
            [
                ("ENGLISH 9", "B", "B+"),
                ("ALGEBRA 1", "A-", "A"),
                ("BIOLOGY", "B", "B"),
                ("WORLD GEOGRAPHY", "B+", "A-"),
                ("PHYSICAL EDUCATION 9", "A", "A"),
                ("CONCERT BAND", "A", "A"),
            ],
        ),
        (
            "2008-2009",
            "10",
            [
                ("ENGLISH 10", "B", "B"),
                ("GEOMETRY", "B+", "B+"),
                ("CHEMISTRY", "C+", "B-"),
                ("WORLD HISTORY", "B", "B+"),
                ("SPANISH 1", "B", "A-"),
                ("AUTO TECHNOLOGY 1", "A", "A"),
            ],
        ),
        (
            "2009-2010",
            "11",
            [
                ("AMERICAN LITERATURE", "B", "B+"),
                ("ALGEBRA 2", "B", "B"),
                ("PHYSICS", "C", "C+"),
                ("U.S. HISTORY", "B+", "B"),
                ("SPANISH 2", "B", "B"),
                ("AUTO TECHNOLOGY 2", "A", "A"),
            ],
        ),
        (
            "2010-2011",
            "12",
            [
                ("ENGLISH 12 / EXPOSITORY", "B+", "A-"),
                ("STATISTICS", "B", "B+"),
                ("AMER. GOVERNMENT / ECONOMICS", "A-", "B+"),
                ("AUTO TECHNOLOGY 3", "A", "A"),
                ("WORK EXPERIENCE", "P", "P"),
                ("CONCERT BAND", "A", "A"),
            ],
        ),
    ]
    for page_no, chunk in enumerate((years[:2], years[2:]), 1):
        s = Sheet()
        y = s.center(0.5, "CAPITOL VALLEY UNIFIED SCHOOL DISTRICT", 11, "sans-bold")
        y = s.center(y, f"{school}  ·  7700 Elder Creek Road, Sacramento, CA 95824", 9, "sans")
        y = s.center(y + 0.05, "OFFICIAL HIGH SCHOOL TRANSCRIPT", 13, "sans-bold")
        y = s.grid(
            0.6,
            y + 0.15,
            7.3,
            [
                (
                    0.4,
                    [
                        (3, "Student", person.last_first(False)),
                        (1, "Birthdate", us(person.born)),
                        (1, "Student ID", "10041385"),
                        (1, "Gender", person.sex),
                    ],
                ),
            ],
            value_pt=9,
        )
        for year, grade, courses in chunk:
            y = s.text(0.6, y + 0.2, f"SCHOOL YEAR {year}    GRADE {grade}", 9.5, "mono-bold")
            rows = [["COURSE", "SEM 1", "SEM 2", "CREDITS"]]
            rows += [[c, a, b, "10.0"] for c, a, b in courses]
            y = s.table(
                0.6,
                y + 0.05,
                [3.9, 1.1, 1.1, 1.2],
                rows,
                pt=8.5,
                face="mono",
                header_face="mono-bold",
                rules="header",
                header_fill=None,
            )
        if page_no == 2:
            y = s.lines(
                0.6,
                y + 0.3,
                [
                    "CUMULATIVE CREDITS EARNED: 240.0     REQUIRED: 230.0",
                    "CUMULATIVE GPA: 3.21 (UNWEIGHTED)     CLASS RANK: 142 / 388",
                    "CAHSEE: ELA PASSED 03/2009   MATH PASSED 03/2009",
                    "GRADUATION DATE: 06/10/2011     DIPLOMA: STANDARD",
                ],
                9.5,
                "mono-bold",
            )
            s.signature(1.0, y + 0.3, "P. Vang", 18, fill=INK)
            s.line(0.8, y + 0.85, 4.2, y + 0.85)
            s.text(0.8, y + 0.9, "Registrar", 8, "sans")
            s.seal(6.3, y + 0.6, 0.55, "CAMELLIA PARK HIGH SCHOOL * SEAL * ", "CPHS")
        s.text(
            0.6,
            10.45,
            f"Page {page_no} of 2    Issued 09/18/2026    A transcript is official "
            "only with the registrar's signature and seal.",
            7.5,
            "sans",
        )
        pages.append(s)
    return pages


def docket(person: Person, case_no: str) -> list[Sheet]:
    """The criminal case summary a clerk prints (and the family's old lawyer faxed)."""
    head = [
        "SUPERIOR COURT OF CALIFORNIA, COUNTY OF SACRAMENTO",
        "CRIMINAL CASE SUMMARY                                  PRINTED 10/06/2026 09:51",
        "=" * 78,
        f"CASE NO: {case_no}      PEOPLE OF THE STATE OF CALIFORNIA VS.",
        f"DEFENDANT: {person.last_first(False):<30} DOB: {us(person.born)}",
        "XREF: 4418207   AGENCY: SACRAMENTO POLICE DEPT   RPT 13-077412",
        "FILED: 03/25/2013   CASE TYPE: MISDEMEANOR   DEPT: 61",
        "=" * 78,
        "CT  CHARGE                 DESCRIPTION                      DISPOSITION",
        "--  ---------------------  -------------------------------  --------------",
        "01  PC 594(A)(B)(2)(A) M   VANDALISM UNDER $400             CONV - NOLO",
        "02  PC 647(F) M            DISORDERLY CONDUCT: INTOX        DISM - PLEA",
        "",
        "DATE        EVENT",
        "----------  -------------------------------------------------------------",
        "03/23/2013  ARREST / CITED AND RELEASED",
        "04/02/2013  ARRAIGNMENT. DEFT PRESENT W/ PD. PLEA NOT GUILTY CTS 1-2.",
        "05/14/2013  PRE-TRIAL CONF. DEFT WITHDRAWS NG PLEA, PLEADS NOLO CT 1.",
        "            CT 2 DISMISSED IN INTEREST OF JUSTICE (PC 1385).",
        "            SENTENCE: 36 MOS INFORMAL PROBATION; 10 DAYS SHERIFF'S WORK",
        "            PROJECT; RESTITUTION $612.40 TO VICTIM; FINE $220 + PA.",
    ]
    more = [
        f"CASE NO: {case_no}   (CONTINUED)",
        "=" * 78,
        "08/09/2013  PROOF OF COMPLETION SHERIFF'S WORK PROJECT FILED.",
        "02/18/2014  RESTITUTION PAID IN FULL. FINE PAID IN FULL.",
        "05/14/2016  PROBATION EXPIRED. TERMINATED - SUCCESSFUL.",
        "06/28/2019  PETITION FOR DISMISSAL PC 1203.4 FILED (CR-180).",
        "08/16/2019  PETITION GRANTED. PLEA SET ASIDE, NG PLEA ENTERED,",
        "            COMPLAINT DISMISSED PER PC 1203.4. ORDER (CR-181) FILED.",
        "",
        "NO WARRANTS.  NO FURTHER HEARINGS SCHEDULED.",
        "",
        "*** END OF CASE SUMMARY ***                                  PAGE 2 OF 2",
    ]
    a = monospace_page([*head, "", "", " " * 49 + "PAGE 1 OF 2"], 9.5, 0.7)
    b = monospace_page(more, 9.5, 0.7)
    a.stamp(
        5.0,
        7.5,
        ["CERTIFIED COPY", "CLERK OF THE SUPERIOR COURT", "OCT 06 2026"],
        10,
        (40, 40, 40),
        3,
    )
    for sheet, n in ((a, 1), (b, 2)):
        sheet.image = fax_header(
            sheet.image,
            f"10/07/2026 14:03  FROM: LAW OFC R. DESAI 916-555-0133   TO: 9165550190   P.00{n}/002",
        )
    return [a, b]


def cr181(person: Person, case_no: str, granted: dt.date) -> list[Sheet]:
    s = Sheet()
    s.text(0.6, 0.45, "CR-181", 12, "sans-bold")
    s.rect(0.6, 0.75, 4.7, 1.2)
    s.text(
        0.65, 0.78, "ATTORNEY OR PARTY WITHOUT ATTORNEY (Name, State Bar number, and address):", 6
    )
    s.lines(
        0.7,
        0.95,
        [
            "SACRAMENTO COUNTY PUBLIC DEFENDER",
            "CLEAN SLATE UNIT",
            "700 H STREET, SUITE 0270",
            "SACRAMENTO, CA 95814",
        ],
        8.5,
        "mono-bold",
    )
    s.rect(5.3, 0.75, 2.6, 1.2)
    s.text(5.35, 0.78, "FOR COURT USE ONLY", 6)
    s.stamp(5.45, 0.95, ["FILED", "AUG 16 2019", "SUPERIOR COURT"], 9, (40, 40, 40), 0)
    y = s.grid(
        0.6,
        1.95,
        7.3,
        [
            (0.5, [(1, "SUPERIOR COURT OF CALIFORNIA, COUNTY OF", "SACRAMENTO")]),
            (
                0.5,
                [
                    (3, "PEOPLE OF THE STATE OF CALIFORNIA vs.\nDEFENDANT:", up(person.name)),
                    (1, "DATE OF BIRTH:", us(person.born)),
                ],
            ),
            (0.55, [(3, "ORDER FOR DISMISSAL", ""), (1, "CASE NUMBER:", case_no)]),
        ],
    )
    s.center(y - 0.45, "(Penal Code, §§ 17(b), 1203.4, 1203.4a, 1203.41, 1203.42)", 8)
    y = s.para(
        0.7,
        y + 0.2,
        7.1,
        "The court finds that the defendant is eligible for the relief "
        "requested and that it is in the interest of justice to grant it.",
        9.5,
        "serif",
    )
    y = s.checkbox(
        0.8,
        y + 0.1,
        True,
        "IT IS ORDERED (Pen. Code, § 1203.4) that the plea, verdict, "
        "or finding of guilt in the above-entitled action be set aside and",
        8.5,
    )
    y = s.text(
        1.05, y, "vacated, a plea of not guilty be entered, and the complaint be dismissed.", 8.5
    )
    y = s.checkbox(
        0.8,
        y + 0.1,
        False,
        "IT IS ORDERED (Pen. Code, § 17(b)) that the offense be reduced to a misdemeanor.",
        8.5,
    )
    y = s.checkbox(0.8, y + 0.1, False, "The petition is DENIED.", 8.5)
    y = s.para(
        0.7,
        y + 0.3,
        7.1,
        "Count(s): 1 (PC 594(a)(b)(2)(A)). This order does not relieve "
        "the defendant of the obligation to disclose the conviction in response to any "
        "direct question contained in any questionnaire or application for public office, "
        "for licensure by any state or local agency, or for contracting with the "
        "California State Lottery Commission.",
        8.5,
        "sans",
    )
    s.text(0.7, y + 0.5, f"Date: {us(granted)}", 10, "mono-bold")
    s.signature(4.5, y + 0.25, "K. Nakashima-Ruiz", 20, fill=INK)
    s.line(4.2, y + 0.85, 7.8, y + 0.85)
    s.text(4.2, y + 0.9, "JUDICIAL OFFICER", 8, "sans-bold")
    s.text(
        0.6,
        10.35,
        "Form Approved for Optional Use  Judicial Council of California  CR-181 "
        "[Rev. January 1, 2019]",
        7,
        "sans",
    )
    s.text(7.9, 10.35, "ORDER FOR DISMISSAL   Page 1 of 1", 7, "sans-bold", align="right")
    return [s]


def california_birth(
    child: Person, mother: Person, father: Person, file_no: str, issued: dt.date, seed: int
) -> list[Sheet]:
    s = Sheet()
    s.security_background(seed, (240, 226, 214))
    s.center(0.4, "CERTIFICATION OF VITAL RECORD", 11, "serif-bold")
    s.center(0.6, "COUNTY OF SACRAMENTO  ·  DEPARTMENT OF HEALTH SERVICES", 8.5, "sans")
    s.text(0.6, 0.9, "STATE OF CALIFORNIA", 8, "sans-bold")
    s.center(0.9, "CERTIFICATE OF LIVE BIRTH", 14, "sans-bold")
    s.text(7.9, 0.9, "VS 10", 8, "sans-bold", align="right")
    s.text(0.6, 1.12, "USE BLACK INK ONLY / NO ERASURES, WHITEOUTS OR ALTERATIONS", 6, "sans")
    s.field(5.3, 1.08, 2.6, 0.36, "STATE FILE NUMBER", file_no, value_pt=8.5)
    g = s.grid(
        0.6,
        1.5,
        7.3,
        [
            (
                0.44,
                [
                    (2, "1A. NAME OF CHILD-FIRST (GIVEN)", up(child.first)),
                    (2, "1B. MIDDLE", up(child.middle)),
                    (2, "1C. LAST (FAMILY)", up(child.surname)),
                ],
            ),
            (
                0.44,
                [
                    (1, "2. SEX", child.sex),
                    (1, "3A. THIS BIRTH-SINGLE, TWIN", "SINGLE"),
                    (2, "4A. DATE OF BIRTH-MM/DD/CCYY", us(child.born)),
                    (1, "4B. HOUR", "0316"),
                ],
            ),
            (
                0.44,
                [
                    (
                        3,
                        "5A. PLACE OF BIRTH-NAME OF HOSPITAL OR FACILITY",
                        "SUTTER MEMORIAL HOSPITAL",
                    ),
                    (2, "5C. CITY", "SACRAMENTO"),
                    (1, "5D. COUNTY", "SACRAMENTO"),
                ],
            ),
            (
                0.44,
                [
                    (2, "6A. NAME OF FATHER-FIRST", up(father.first)),
                    (2, "6B. MIDDLE", up(father.middle)),
                    (2, "6C. LAST", up(father.surname)),
                    (1, "7. STATE/COUNTRY OF BIRTH", "FIJI"),
                ],
            ),
            (
                0.44,
                [
                    (2, "9A. NAME OF MOTHER-FIRST", up(mother.first)),
                    (2, "9B. MIDDLE", up(mother.middle)),
                    (2, "9C. LAST (BIRTH NAME)", up(mother.surname)),
                    (1, "10. STATE/COUNTRY", "CA"),
                ],
            ),
            (
                0.44,
                [
                    (
                        3,
                        "12A. I CERTIFY THAT I AM THE PARENT AND HAVE REVIEWED THE ABOVE",
                        "SIGNED BY PARENT",
                    ),
                    (2, "14A. ATTENDANT-NAME, TITLE", "P. SANDHU MD"),
                    (
                        2,
                        "17. DATE ACCEPTED BY LOCAL REGISTRAR",
                        us(child.born + dt.timedelta(days=8)),
                    ),
                ],
            ),
        ],
        value_pt=8.5,
    )
    y = s.para(
        0.7,
        g + 0.4,
        7.1,
        "This is a true and exact reproduction of the document officially "
        "registered and placed on file in the office of the Sacramento County Clerk-"
        "Recorder.",
        9.5,
        "serif",
    )
    s.text(0.7, y + 0.25, f"DATE ISSUED {us(issued)}", 9.5, "mono-bold")
    s.signature(4.6, y + 0.05, "Olivia Barrios", 18)
    s.text(4.5, y + 0.6, "COUNTY RECORDER, SACRAMENTO COUNTY", 8, "sans-bold")
    s.seal(2.0, y + 1.4, 0.6, "COUNTY OF SACRAMENTO * CALIFORNIA * ", "SEAL")
    s.text(
        0.7,
        10.35,
        "This copy not valid unless prepared on engraved border displaying seal and "
        "signature of Registrar.",
        7,
        "sans",
    )
    return [s]


def logistics_letter(person: Person, since: dt.date, signed: dt.date) -> list[Sheet]:
    s = write_letter(
        (
            "Delta Breeze Logistics, LLC",
            [
                "Distribution Center 3  ·  8250 Power Inn Road, Sacramento, CA 95828",
                "(916) 555-0182",
            ],
            (180, 90, 20),
            "house",
        ),
        long(signed),
        [],
        None,
        "To Whom It May Concern:",
        [
            f"I am writing at the request of our employee {person.name}, who has worked at "
            f"this distribution center since {long(since)}. He began as a seasonal picker, was "
            "hired permanently that summer, and today is a certified forklift and reach-truck "
            "operator and shift trainer.",
            "In more than ten years he has been one of the people I rely on most. He trains our "
            "new hires on safety, covers shifts when others cannot, and received our Safety "
            "Excellence award in 2021 and 2024. He earns $27.10 per hour, full time, with "
            "benefits, and his daughter is on his health plan.",
            "I know he had trouble with the law when he was young. The man I have known for a "
            "decade is responsible, honest and a devoted father.",
        ],
        "Sincerely,",
        "Teresa Holloway-Lim",
        ["General Manager, DC3"],
        face="sans",
        pt=10.5,
    )
    return [s]


# ---------------------------------------------------------------- 4. Uganda / Montana


def montana_marriage(
    bride: Person, groom: Person, married: dt.date, license_no: str
) -> list[Sheet]:
    s = Sheet()
    s.border(0.4, 2.0)
    y = s.center(0.7, "STATE OF MONTANA", 14, "serif-bold")
    y = s.center(y, "MARRIAGE LICENSE AND CERTIFICATE", 16, "serif-bold")
    y = s.center(y, "County of Yellowstone  ·  Thirteenth Judicial District", 10, "serif")
    s.text(6.0, 0.75, f"License No. {license_no}", 9, "mono-bold")
    y = s.grid(
        0.7,
        y + 0.3,
        7.1,
        [
            (
                0.46,
                [
                    (3, "GROOM / PARTY A - FULL NAME", up(groom.name)),
                    (1, "DATE OF BIRTH", us(groom.born)),
                    (1, "BIRTHPLACE", "MONTANA"),
                ],
            ),
            (
                0.46,
                [
                    (3, "RESIDENCE", "BILLINGS, YELLOWSTONE COUNTY, MT"),
                    (2, "PREVIOUS MARRIAGES", "NONE"),
                ],
            ),
            (
                0.46,
                [
                    (3, "BRIDE / PARTY B - FULL NAME", up(bride.name)),
                    (1, "DATE OF BIRTH", us(bride.born)),
                    (1, "BIRTHPLACE", "UGANDA"),
                ],
            ),
            (
                0.46,
                [
                    (3, "RESIDENCE", "BILLINGS, YELLOWSTONE COUNTY, MT"),
                    (2, "PREVIOUS MARRIAGES", "NONE"),
                ],
            ),
        ],
        value_pt=9.5,
    )
    y = s.para(
        0.8,
        y + 0.25,
        6.9,
        "LICENSE. The Clerk of the District Court of Yellowstone County "
        "hereby authorizes any person authorized by law to solemnize marriages to join in "
        "marriage the persons named above, no legal impediment being known.",
        10,
        "serif",
    )
    s.text(0.8, y + 0.1, "Issued: 07/12/2016", 10, "mono-bold")
    s.text(4.4, y + 0.1, "Deputy Clerk: J. Redfield", 10, "serif")
    y += 0.5
    s.line(0.7, y, 7.8, y, 1.2)
    y = s.center(y + 0.1, "CERTIFICATE OF MARRIAGE", 13, "serif-bold")
    y = s.para(
        0.8,
        y + 0.1,
        6.9,
        "I hereby certify that the persons named above were by me joined "
        f"in marriage at Billings, Montana, on the {married.day}rd day of {month(married)}, "
        f"{married.year}, in the presence of the witnesses below.",
        10.5,
        "serif",
    )
    y = s.grid(
        0.7,
        y + 0.2,
        7.1,
        [
            (
                0.5,
                [
                    (1, "OFFICIANT (SIGNATURE AND TITLE)", ""),
                    (1, "WITNESS", ""),
                    (1, "WITNESS", ""),
                ],
            ),
        ],
    )
    s.signature(0.9, y - 0.38, "Rev. Carl Lindgren", 14)
    s.signature(3.3, y - 0.38, "Grace Babirye", 14)
    s.signature(5.7, y - 0.38, "Mark Whitford", 14)
    y = s.para(
        0.8,
        y + 0.4,
        6.9,
        "Recorded " + us(married + dt.timedelta(days=10)) + " in the "
        "marriage records of Yellowstone County, Book 112, Page 387. I certify that this is "
        "a true and correct copy of the original on file in my office.",
        10,
        "serif",
    )
    s.stamp(
        1.0,
        y + 0.2,
        ["CERTIFIED COPY", "CLERK OF DISTRICT COURT", "YELLOWSTONE COUNTY MT"],
        10,
        (40, 60, 140),
        -5,
    )
    s.seal(6.2, y + 0.8, 0.6, "DISTRICT COURT * YELLOWSTONE COUNTY * ", "MT")
    return [s]


def montana_death(dead: Person, spouse: Person, died: dt.date, file_no: str) -> list[Sheet]:
    s = Sheet()
    s.security_background(5, (226, 226, 236))
    s.center(0.4, "MONTANA DEPARTMENT OF PUBLIC HEALTH AND HUMAN SERVICES", 8.5, "sans-bold")
    s.center(0.57, "OFFICE OF VITAL STATISTICS", 8.5, "sans")
    s.center(0.76, "CERTIFICATE OF DEATH", 15, "serif-bold")
    s.field(5.8, 1.02, 2.1, 0.36, "STATE FILE NUMBER", file_no, value_pt=8.5)
    age = died.year - dead.born.year - ((died.month, died.day) < (dead.born.month, dead.born.day))
    g = s.grid(
        0.6,
        1.42,
        7.3,
        [
            (
                0.44,
                [
                    (4, "1. DECEDENT'S LEGAL NAME (First, Middle, Last)", up(dead.name)),
                    (1, "2. SEX", dead.sex),
                    (2, "3. SOCIAL SECURITY NUMBER", "XXX-XX-6604"),
                ],
            ),
            (
                0.44,
                [
                    (1, "4a. AGE (Years)", str(age)),
                    (2, "5. DATE OF BIRTH (Mo/Day/Yr)", us(dead.born)),
                    (3, "6. BIRTHPLACE (City and State)", "MILES CITY, MONTANA"),
                ],
            ),
            (
                0.44,
                [
                    (3, "7a. RESIDENCE-STATE / COUNTY", "MONTANA / YELLOWSTONE"),
                    (3, "7d. STREET AND NUMBER", "1418 LEWIS AVE, BILLINGS MT 59102"),
                ],
            ),
            (
                0.44,
                [
                    (2, "9. EVER IN US ARMED FORCES?", "NO"),
                    (2, "10. MARITAL STATUS AT TIME OF DEATH", "MARRIED"),
                    (3, "11. SURVIVING SPOUSE'S NAME", up(spouse.name)),
                ],
            ),
            (
                0.44,
                [
                    (3, "12. FATHER'S NAME", "RONALD EUGENE WHITFORD"),
                    (3, "13. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", "LINDA MAE OSTBY"),
                ],
            ),
            (
                0.44,
                [
                    (3, "14a. INFORMANT'S NAME", up(spouse.name)),
                    (1, "14b. RELATIONSHIP", "WIFE"),
                    (3, "14c. MAILING ADDRESS", "1418 LEWIS AVE, BILLINGS MT 59102"),
                ],
            ),
            (
                0.44,
                [
                    (3, "15. PLACE OF DEATH", "HOSPITAL - INPATIENT"),
                    (3, "16. FACILITY NAME", "BILLINGS DEACONESS MEDICAL CENTER"),
                ],
            ),
            (
                0.44,
                [
                    (2, "18. METHOD OF DISPOSITION", "BURIAL"),
                    (3, "19. PLACE OF DISPOSITION", "SUNSET MEMORIAL GARDENS, BILLINGS MT"),
                    (2, "21. FUNERAL FACILITY", "YELLOWSTONE VALLEY FUNERAL CHAPEL"),
                ],
            ),
            (
                0.44,
                [
                    (2, "24. DATE PRONOUNCED DEAD", us(died)),
                    (1, "25. TIME", "0547"),
                    (3, "29. ACTUAL OR PRESUMED DATE OF DEATH", us(died)),
                ],
            ),
        ],
        value_pt=8,
    )
    s.rect(0.6, g + 0.1, 7.3, 0.2, fill=(205, 205, 215))
    s.text(0.65, g + 0.12, "CAUSE OF DEATH - PART I. Enter the chain of events", 7.5, "sans-bold")
    y = s.grid(
        0.6,
        g + 0.3,
        7.3,
        [
            (
                0.4,
                [
                    (5, "IMMEDIATE CAUSE  a.", "ACUTE MYOCARDIAL INFARCTION"),
                    (1, "Onset to death", "HOURS"),
                ],
            ),
            (0.4, [(5, "Due to  b.", "ATHEROSCLEROTIC CORONARY ARTERY DISEASE"), (1, "", "YEARS")]),
            (0.4, [(5, "Due to  c.", "TYPE 2 DIABETES MELLITUS"), (1, "", "YEARS")]),
            (
                0.44,
                [(3, "37. MANNER OF DEATH", "NATURAL"), (3, "38. CERTIFIER", "H. PASTORINI, MD")],
            ),
        ],
        value_pt=8,
    )
    s.text(0.6, y + 0.15, f"DATE FILED: {us(died + dt.timedelta(days=6))}", 9, "mono-bold")
    s.para(
        0.6,
        y + 0.45,
        7.3,
        "I certify that this is a true and correct copy of the official "
        "record on file with the Montana Office of Vital Statistics.",
        9,
        "serif",
    )
    s.signature(4.8, y + 0.7, "Dana Kessler", 18, fill=INK)
    s.text(4.6, y + 1.2, "STATE REGISTRAR", 8, "sans-bold")
    s.seal(1.6, y + 1.35, 0.5, "STATE OF MONTANA * VITAL STATISTICS * ", "MT")
    s.image = fax_header(
        s.image, "03/04/2025 11:26  YELLOWSTONE VALLEY FUNERAL  406-555-0115  P. 1/1"
    )
    return [s]


def montana_birth(
    child: Person, mother: Person, father: Person, file_no: str, issued: dt.date, seed: int
) -> list[Sheet]:
    s = Sheet()
    s.security_background(seed, (222, 234, 222))
    s.border(0.35, 2.2)
    y = s.center(0.65, "STATE OF MONTANA", 14, "serif-bold")
    y = s.center(y, "DEPARTMENT OF PUBLIC HEALTH AND HUMAN SERVICES", 9, "sans")
    y = s.center(y + 0.12, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    y = s.center(y, "(CERTIFIED COPY)", 9, "sans")
    s.text(6.0, 0.65, "STATE FILE NO.", 6.5, "sans")
    s.text(6.0, 0.78, file_no, 10, "mono-bold")
    y = s.grid(
        0.7,
        y + 0.25,
        7.1,
        [
            (
                0.46,
                [
                    (3, "CHILD'S NAME", up(child.name)),
                    (1, "SEX", "MALE" if child.sex == "M" else "FEMALE"),
                ],
            ),
            (
                0.46,
                [
                    (1, "DATE OF BIRTH", us(child.born)),
                    (1, "TIME OF BIRTH", "1422"),
                    (2, "PLACE OF BIRTH", "BILLINGS CLINIC HOSPITAL"),
                ],
            ),
            (0.46, [(2, "CITY", "BILLINGS"), (2, "COUNTY", "YELLOWSTONE")]),
            (0.46, [(3, "MOTHER'S NAME", up(mother.name)), (1, "BIRTHPLACE", "UGANDA")]),
            (0.46, [(3, "FATHER'S NAME", up(father.name)), (1, "BIRTHPLACE", "MONTANA")]),
            (
                0.46,
                [
                    (2, "DATE FILED", us(child.born + dt.timedelta(days=7))),
                    (2, "DATE ISSUED", us(issued)),
                ],
            ),
        ],
    )
    y = s.para(
        0.8,
        y + 0.35,
        6.9,
        "This is to certify that the above is a true and correct "
        "abstract of the record on file with the Office of Vital Statistics, Helena, "
        "Montana.",
        10,
        "serif",
    )
    s.signature(4.6, y + 0.2, "Dana Kessler", 20)
    s.line(4.4, y + 0.8, 7.6, y + 0.8)
    s.text(4.4, y + 0.85, "STATE REGISTRAR", 8, "sans-bold")
    s.seal(1.8, y + 1.4, 0.6, "STATE OF MONTANA * GREAT SEAL * ", "MT")
    return [s]


def i797c(petitioner: Person, beneficiary: Person, receipt: str, received: dt.date) -> list[Sheet]:
    s = Sheet()
    s.text(0.6, 0.5, "Department of Homeland Security", 9, "sans")
    s.text(0.6, 0.64, "U.S. Citizenship and Immigration Services", 9, "sans")
    s.text(7.9, 0.5, "I-797C, Notice of Action", 12, "sans-bold", align="right")
    s.center(1.0, "THE UNITED STATES OF AMERICA", 12, "serif-bold")
    s.text(
        0.6, 1.3, "THIS NOTICE DOES NOT GRANT ANY IMMIGRATION STATUS OR BENEFIT.", 8.5, "sans-bold"
    )
    g = s.grid(
        0.6,
        1.5,
        7.3,
        [
            (
                0.45,
                [
                    (2, "Receipt Number", receipt),
                    (2, "Case Type", "I130 - PETITION FOR ALIEN RELATIVE"),
                ],
            ),
            (
                0.45,
                [
                    (1, "Received Date", us(received)),
                    (1, "Priority Date", us(received)),
                    (
                        2,
                        "Petitioner",
                        f"A000 000 000\n{up(petitioner.surname)}, {up(petitioner.given)}",
                    ),
                ],
            ),
            (
                0.45,
                [
                    (1, "Notice Date", us(received + dt.timedelta(days=9))),
                    (1, "Page", "1 of 1"),
                    (2, "Beneficiary", f"{up(beneficiary.surname)}, {up(beneficiary.given)}"),
                ],
            ),
        ],
        value_face="sans-bold",
        value_pt=8.5,
    )
    s.lines(
        0.8, g + 0.3, [up(petitioner.name), "1418 LEWIS AVE", "BILLINGS MT 59102"], 10, "mono-bold"
    )
    s.text(4.8, g + 0.3, "Amount received: $535.00 U.S.", 9, "sans")
    s.text(4.8, g + 0.48, "Section: Husband or wife of U.S.", 9, "sans")
    s.text(4.8, g + 0.62, "citizen, 201(b) INA", 9, "sans")
    y = s.paras(
        0.6,
        g + 1.2,
        7.3,
        [
            "The above application or petition has been received. It is normally processed in the "
            "order in which it was received. You will be notified separately about any other cases "
            "you filed. If you have questions about your case, go to www.uscis.gov/casestatus.",
            "If this notice contains a priority date, the priority date reflects the date that "
            "your petition was received. The beneficiary of this petition may not apply for "
            "adjustment of status or an immigrant visa until the petition is approved and a visa "
            "number is available. This notice does not itself prove that the beneficiary is in "
            "lawful status.",
            "Please see the additional information on the back. You will be notified separately "
            "about any other cases you filed.",
        ],
        pt=9.5,
        face="sans",
    )
    s.lines(
        0.6,
        y + 0.3,
        [
            "National Benefits Center",
            "U.S. CITIZENSHIP & IMMIGRATION SVC",
            "P.O. Box 648003",
            "Lee's Summit MO 64002",
            "USCIS Contact Center: www.uscis.gov/contactcenter",
        ],
        9,
        "sans",
    )
    s.text(0.6, 10.4, "Form I-797C 07/11/14", 7, "sans")
    return [s]


def avs(patient: Person, parent: Person, visit: dt.date, mrn: str) -> list[Sheet]:
    a = Sheet()
    y = letterhead(
        a,
        "Yellowstone Children's Specialty Clinic",
        [
            "Pediatric Endocrinology and Diabetes  ·  2825 8th Ave N, Billings, MT 59101  ·  "
            "(406) 555-0129"
        ],
        (90, 40, 130),
        "star",
    )
    y = a.text(0.8, y, "AFTER VISIT SUMMARY", 14, "sans-bold")
    y = a.text(0.8, y, f"{patient.name}   DOB: {us(patient.born)}   MRN: {mrn}", 10, "sans")
    y = (
        a.text(0.8, y, f"Visit date: {abbr(visit)}   Provider: Naomi Bergstrom, MD", 10, "sans")
        + 0.15
    )
    y = a.text(0.8, y, "Today's diagnoses", 11, "sans-bold")
    y = (
        a.lines(
            1.0,
            y,
            [
                "Type 1 diabetes mellitus without complication (E10.9)",
                "Long term (current) use of insulin (Z79.4)",
            ],
            10,
            "sans",
        )
        + 0.1
    )
    y = a.table(
        0.8,
        y,
        [2.0, 1.3, 1.3, 2.3],
        [
            ["Result", "Today", "3 months ago", "Goal"],
            ["Hemoglobin A1c", "8.4 %", "9.1 %", "under 7.0 %"],
            ["Time in range (CGM)", "52 %", "41 %", "more than 70 %"],
            ["Weight", "24.6 kg", "23.8 kg", ""],
        ],
        pt=9.5,
    )
    y = a.text(0.8, y + 0.2, "Your medicines", 11, "sans-bold")
    y = a.lines(
        1.0,
        y,
        [
            "insulin glargine (LANTUS) 100 unit/mL - 7 units at bedtime",
            "insulin lispro (HUMALOG) pen - carb ratio 1 unit : 20 g; correction "
            "1 unit per 75 over 150",
            "glucagon nasal powder 3 mg - for severe low blood sugar",
            "Dexcom G7 sensor - change every 10 days",
        ],
        10,
        "sans",
    )
    y = a.text(0.8, y + 0.2, "Instructions", 11, "sans-bold")
    a.paras(
        1.0,
        y,
        6.6,
        [
            "Esther's numbers are better than at her last visit. Keep giving the lunch dose at "
            "school with the nurse and check her sensor before recess.",
            "Treat any low under 70 with 15 grams of fast sugar (4 ounces of juice), recheck in 15 "
            "minutes.",
        ],
        pt=10,
        face="sans",
    )
    a.text(0.8, 10.4, f"{patient.name}  MRN {mrn}  Printed {us(visit)}  Page 1 of 2", 8, "sans")
    b = Sheet()
    y = (
        b.text(
            0.8,
            0.6,
            "Yellowstone Children's Specialty Clinic - After Visit Summary (continued)",
            10,
            "sans-bold",
        )
        + 0.2
    )
    y = b.text(0.8, y, "Care team notes", 11, "sans-bold")
    y = b.paras(
        1.0,
        y,
        6.6,
        [
            f"Esther lives with her mother, {parent.name}, who is her only caregiver since her "
            "father died in February 2025. Mother manages all overnight sensor alarms, carb "
            "counting and pump training, and attends every visit. She has completed our family "
            "diabetes education course (4 sessions).",
            "Esther needs an adult who is trained to recognize and treat low blood sugar with her "
            "at all times, including overnight. Interruption of insulin or supplies for even one "
            "day can cause diabetic ketoacidosis, which is life threatening.",
            "Social work: connected with Montana Healthcare Programs; referred to diabetes camp "
            "scholarship.",
        ],
        pt=10,
        face="sans",
    )
    y = b.text(0.8, y + 0.1, "Next appointments", 11, "sans-bold")
    y = b.lines(
        1.0,
        y,
        [
            f"{abbr(visit + dt.timedelta(days=91))}  Pediatric Endocrinology - Naomi Bergstrom, MD",
            f"{abbr(visit + dt.timedelta(days=35))}  Diabetes Education - insulin pump start",
        ],
        10,
        "sans",
    )
    b.text(0.8, 10.4, f"{patient.name}  MRN {mrn}  Printed {us(visit)}  Page 2 of 2", 8, "sans")
    return [a, b]


def abbr(d: dt.date) -> str:
    return f"{month(d)[:3]} {d.day}, {d.year}"


def paystub(
    person: Person,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    hours: float,
    rate: float,
    ytd: float,
    check: str,
) -> list[Sheet]:
    s = Sheet()
    s.text(0.6, 0.5, "RIMROCK CARE AND REHABILITATION CENTER", 12, "sans-bold")
    s.text(0.6, 0.7, "2117 Rimrock Road, Billings, MT 59102", 9, "sans")
    s.text(7.9, 0.5, "EARNINGS STATEMENT", 12, "sans-bold", align="right")
    y = s.grid(
        0.6,
        1.0,
        7.3,
        [
            (
                0.42,
                [
                    (3, "Employee", up(person.name)),
                    (1, "Employee ID", "004418"),
                    (2, "Position", "CERTIFIED NURSING ASSISTANT"),
                ],
            ),
            (
                0.42,
                [
                    (2, "Pay period", f"{us(period[0])} - {us(period[1])}"),
                    (1, "Pay date", us(paid)),
                    (1, "Check / Advice No.", check),
                    (2, "Filing status", "HEAD OF HOUSEHOLD"),
                ],
            ),
        ],
        value_face="sans-bold",
        value_pt=8.5,
    )
    gross = round(hours * rate, 2)
    night = round(24 * 1.75, 2)
    total = gross + night
    fed, ss, med, state = (
        round(total * 0.068, 2),
        round(total * 0.062, 2),
        round(total * 0.0145, 2),
        round(total * 0.035, 2),
    )
    net = round(total - fed - ss - med - state - 38.5, 2)
    y = s.table(
        0.6,
        y + 0.3,
        [2.6, 1.1, 1.1, 1.2, 1.3],
        [
            ["Earnings", "Rate", "Hours", "Current", "Year to date"],
            ["Regular", f"{rate:.2f}", f"{hours:.2f}", f"{gross:,.2f}", f"{ytd:,.2f}"],
            ["Night differential", "1.75", "24.00", f"{night:,.2f}", f"{ytd * 0.035:,.2f}"],
            ["Gross pay", "", "", f"{total:,.2f}", f"{ytd * 1.035:,.2f}"],
        ],
        pt=9,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.6,
        y + 0.3,
        [3.7, 1.6, 2.0],
        [
            ["Deductions", "Current", "Year to date"],
            ["Federal income tax", f"{fed:,.2f}", f"{ytd * 0.07:,.2f}"],
            ["Social Security", f"{ss:,.2f}", f"{ytd * 0.064:,.2f}"],
            ["Medicare", f"{med:,.2f}", f"{ytd * 0.015:,.2f}"],
            ["MT state income tax", f"{state:,.2f}", f"{ytd * 0.036:,.2f}"],
            ["Dental plan (pre-tax)", "38.50", ""],
        ],
        pt=9,
        align=["left", "right", "right"],
    )
    s.rect(0.6, y + 0.3, 7.3, 0.45, fill=(235, 235, 235))
    s.text(0.7, y + 0.4, f"NET PAY   ${net:,.2f}     Direct deposit  xxxxxx2291", 11, "mono-bold")
    s.line(0.3, 5.6, 8.2, 5.6, 0.5, GREY)
    s.text(0.6, 5.7, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK", 10, "sans-bold", fill=GREY)
    return [s]


def tax_transcript(person: Person, spouse: Person, year: int, agi: str) -> list[Sheet]:
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                        Tax Return Transcript",
        "",
        "Request Date: 10-14-2026",
        "Response Date: 10-14-2026",
        "Tracking Number: 108622409917",
        "SSN Provided: XXX-XX-6604",
        f"Tax Period Ending: Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and the amount",
        "as adjusted (PC), if applicable. They do not show subsequent activity on the account.",
        "",
        "SSN: XXX-XX-6604",
        "SPOUSE SSN: XXX-XX-3187",
        f"NAME(S) SHOWN ON RETURN: {spouse.irs} & {person.irs}",
        "ADDRESS: 1418 L*** A**",
        "         BILL***, MT 59102-****",
        "",
        "FILING STATUS:                                     Married Filing Joint",
        "FORM NUMBER:                                                      1040",
        "CYCLE POSTED:                                                 20251405",
        "RECEIVED DATE:                                            Mar.31, 2025",
        "EXEMPTION NUMBER:                                                    4",
        "DEPENDENT 1 NAME CTRL:                                            WHIT",
        "DEPENDENT 2 NAME CTRL:                                            WHIT",
        "",
        "Income",
        "WAGES, SALARIES, TIPS, ETC:                                  $71,406.00",
        "TAXABLE INTEREST INCOME:                                          $0.00",
        "BUSINESS INCOME OR LOSS (Schedule C):                              $0.00",
        f"ADJUSTED GROSS INCOME:                                      ${agi}",
        "",
        "Tax and Credits",
        "STANDARD DEDUCTION PER COMPUTER:                             $29,200.00",
        "TAXABLE INCOME:                                              $42,206.00",
        "CHILD & OTHER DEPENDENT CREDIT:                               $4,000.00",
        "TOTAL TAX LIABILITY TP FIGURES:                                 $612.00",
        "",
        "Payments",
        "FEDERAL INCOME TAX WITHHELD:                                  $3,958.00",
        "REFUND AMOUNT:                                                $3,346.00",
    ]
    return [monospace_page(lines, 9.2, 0.6)]


def care_center_letter(person: Person, since: dt.date, signed: dt.date) -> list[Sheet]:
    s = write_letter(
        (
            "Rimrock Care and Rehabilitation Center",
            ["2117 Rimrock Road, Billings, Montana 59102  ·  (406) 555-0152"],
            (40, 100, 120),
            "leaf",
        ),
        long(signed),
        [],
        "Re: Harriet Nakato, CNA",
        "To the immigration officials reviewing Ms. Nakato's case:",
        [
            f"Harriet Nakato has worked here as a certified nursing assistant since {long(since)}. "
            "She works full-time nights on our long-term care hall, where she looks after "
            "twenty-two residents, most of them with dementia.",
            "When her husband Dan died last year she took two weeks off and came back to work "
            "because, as she told me, her residents were waiting. Families ask for her by name. "
            "She was our Employee of the Quarter in spring 2023 and she precepts every new CNA on "
            "nights.",
            "Montana has a severe shortage of direct-care workers. We cannot easily replace "
            "someone with her skill and her heart, and her two children depend on her entirely.",
        ],
        "Respectfully,",
        "Janelle Two Feathers, RN",
        ["Director of Nursing"],
    )
    return [s]


def church_letter_billings(person: Person, signed: dt.date) -> list[Sheet]:
    s = write_letter(
        (
            "Grace Fellowship Church",
            ["1002 Grand Avenue, Billings, MT 59102", "Office (406) 555-0108"],
            (60, 60, 60),
            "cross",
        ),
        long(signed),
        [],
        None,
        "Dear Officer,",
        [
            f"{person.name} and her late husband Daniel were married in our sanctuary in July "
            "2016, and I conducted Dan's funeral in February 2025. I have been their pastor "
            "throughout.",
            "Since Dan's death Harriet has carried everything: night shifts at the care center, "
            "Joshua's school and soccer, and Esther's diabetes, which needs attention around the "
            "clock. Our congregation has helped with meals and rides, but Harriet is the only "
            "parent these children have left, and the only one trained to keep Esther safe.",
            "She sings in our choir and leads the children's ministry one Sunday a month. Please "
            "allow her to remain with her children in Billings.",
        ],
        "With gratitude,",
        "Pastor Carl Lindgren",
        ["Grace Fellowship Church"],
        align="center",
    )
    return [s]
