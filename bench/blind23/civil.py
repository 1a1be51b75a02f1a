"""Papers from Mexico, Guatemala and Honduras, drawn from what the real ones look like: passport
data pages, the printed acta de nacimiento with its CURP and electronic identifier, RENAP's
certificado de nacimiento, the RNP's certificación de acta de nacimiento, the INE voter card,
the consular matrícula, and a translator's English translation with its certificate.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import ImageDraw

from tests.realistic import dates, mrz
from tests.realistic.model import Person, plain, up
from tests.realistic.paper import GREY, INK, Sheet, card, mrz_lines, portrait, tinted

GREEN = (22, 92, 60)
MAROON = (120, 28, 40)
NAVY = (20, 40, 95)


def qr(s: Sheet, x: float, y: float, size: float, seed: int) -> None:
    """A two-dimensional code block as vital records print for verification."""
    rng = random.Random(seed)
    n = 25
    cell = size / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                a, b = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                s.rect(x + j * cell, y + i * cell, cell, cell, outline=None, fill=INK)


def curp(p: Person, state: str) -> str:
    """A Clave Única de Registro de Población in its real shape (the homoclave invented)."""
    first, second = [*plain(p.surname).upper().split(), "X"][:2]
    given = plain(p.given).upper().split()[0]
    vowel = next((c for c in first[1:] if c in "AEIOU"), "X")

    def inner(word: str) -> str:
        return next((c for c in word[1:] if c not in "AEIOU"), "X")

    sex = "M" if p.sex == "F" else "H"
    return (
        f"{first[0]}{vowel}{second[0]}{given[0]}{p.born:%y%m%d}{sex}{state}"
        f"{inner(first)}{inner(second)}{inner(given)}{'A' if p.born.year >= 2000 else '0'}"
        f"{(p.born.day * 7) % 10}"
    )


def passport(
    person: Person,
    *,
    country: tuple[str, str],
    code: str,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    seed: int,
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    nationality: str,
    place: str,
) -> tuple[list[Sheet], tuple[str, str]]:
    """A passport's data page (125 x 88 mm), bilingual Spanish/English labels, with its zone."""
    s = card(125, 88)
    tinted(s, *tint)
    s.security_background(seed, (tint[1][0] - 18, tint[1][1] - 14, tint[1][2] - 10))
    s.text(0.18, 0.1, country[0], 9.5, "sans-bold", fill=NAVY)
    s.text(0.18, 0.26, country[1], 7, "sans", fill=NAVY)
    s.text(4.75, 0.1, "PASAPORTE", 9.5, "sans-bold", fill=NAVY, align="right")
    s.text(4.75, 0.26, "PASSPORT", 7, "sans", fill=NAVY, align="right")
    portrait(s, 0.2, 0.55, 1.2, 1.5, seed)
    x = 1.6
    rows = [
        [
            ("Tipo / Type", "P"),
            ("Clave del país / Country code", code),
            ("Pasaporte No. / Passport No.", number),
        ],
        [("Apellidos / Surname", up(person.surname))],
        [("Nombres / Given names", up(person.given))],
        [
            ("Nacionalidad / Nationality", nationality),
            ("Fecha de nacimiento / Date of birth", dates.card(person.born, "es")),
        ],
        [
            ("Sexo / Sex", "F" if person.sex == "F" else "M"),
            ("Lugar de nacimiento / Place of birth", up(place)),
        ],
        [
            ("Fecha de expedición / Date of issue", dates.card(issued, "es")),
            ("Fecha de caducidad / Date of expiry", dates.card(expiry, "es")),
        ],
        [("Autoridad / Authority", authority)],
    ]
    y = 0.5
    for row in rows:
        cx = x
        for label, value in row:
            s.text(cx, y, label, 5, "sans", fill=GREY)
            s.text(cx, y + 0.085, value, 8, "sans-bold")
            cx += 1.1 if len(row) == 3 else 1.55
        y += 0.255
    s.signature(0.3, 2.15, person.first, 12)
    zone = mrz.td3(
        kind="P",
        country=code,
        surname=person.surname,
        given=person.given,
        number=number,
        nationality=code,
        birth=person.born,
        sex="F" if person.sex == "F" else "M",
        expiry=expiry,
    )
    mrz_lines(s, 2.78, zone, 11)
    return [s], zone


def acta_mexico(
    person: Person,
    *,
    state: str,
    state_code: str,
    municipio: str,
    place: str,
    registered: dt.date,
    acta: str,
    oficialia: str,
    mother: Person,
    father: Person,
    identifier: str,
    printed: dt.date,
    seed: int,
) -> list[Sheet]:
    """The acta de nacimiento printed since the 2016 format: green bands and guilloche, the
    CURP, the identificador electrónico, filiation, the certification with a QR and the
    electronic seal's long string."""
    s = Sheet()
    s.security_background(seed, (214, 232, 220))
    s.rect(0.5, 0.45, 7.5, 0.06, outline=None, fill=GREEN)
    s.seal(1.1, 1.05, 0.45, "ESTADOS UNIDOS MEXICANOS * ", "MX")
    s.center(0.7, "ESTADOS UNIDOS MEXICANOS", 13, "sans-bold", fill=GREEN)
    s.center(0.95, "ACTA DE NACIMIENTO", 18, "sans-bold")
    s.text(7.9, 0.62, "Identificador Electrónico", 7, "sans", fill=GREY, align="right")
    s.text(7.9, 0.76, identifier, 10, "mono-bold", align="right")
    y = 1.5
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.42,
                [
                    (1, "Entidad de Registro", up(state)),
                    (1.4, "Municipio de Registro", up(municipio)),
                    (0.6, "Oficialía", oficialia),
                    (1, "Fecha de Registro", dates.day_month_year(registered)),
                ],
            ),
            (
                0.42,
                [
                    (0.8, "Libro", "0001"),
                    (1, "Número de Acta", acta),
                    (2.2, "CURP", curp(person, state_code)),
                ],
            ),
        ],
        value_face="sans-bold",
    )
    s.rect(0.6, y + 0.08, 7.3, 0.24, outline=None, fill=GREEN)
    s.text(0.7, y + 0.11, "Datos de la persona registrada", 9, "sans-bold", fill=(255, 255, 255))
    names = up(person.surname).split()
    y = s.grid(
        0.6,
        y + 0.32,
        7.3,
        [
            (
                0.42,
                [
                    (1.5, "Nombre(s)", up(person.given)),
                    (1, "Primer Apellido", names[0]),
                    (1, "Segundo Apellido", names[1] if len(names) > 1 else ""),
                ],
            ),
            (
                0.42,
                [
                    (0.6, "Sexo", "MUJER" if person.sex == "F" else "HOMBRE"),
                    (1, "Fecha de Nacimiento", dates.day_month_year(person.born)),
                    (2, "Lugar de Nacimiento", up(place)),
                ],
            ),
        ],
        value_face="sans-bold",
    )
    s.rect(0.6, y + 0.08, 7.3, 0.24, outline=None, fill=GREEN)
    s.text(
        0.7,
        y + 0.11,
        "Datos de filiación de la persona registrada",
        9,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y = s.grid(
        0.6,
        y + 0.32,
        7.3,
        [
            (
                0.42,
                [
                    (0.5, "", "PADRE"),
                    (2.2, "Nombre", up(father.name)),
                    (1, "Nacionalidad", "MEXICANA"),
                    (1.6, "CURP", curp(father, state_code)),
                ],
            ),
            (
                0.42,
                [
                    (0.5, "", "MADRE"),
                    (2.2, "Nombre", up(mother.name)),
                    (1, "Nacionalidad", "MEXICANA"),
                    (1.6, "CURP", curp(mother, state_code)),
                ],
            ),
        ],
        value_face="sans-bold",
        value_pt=8.5,
    )
    s.text(0.6, y + 0.15, "Anotaciones marginales:", 8, "sans-bold")
    s.text(0.6, y + 0.3, "SIN ANOTACIONES MARGINALES", 8, "sans")
    y += 0.7
    s.rect(0.6, y, 7.3, 2.6, weight=0.6)
    s.text(0.75, y + 0.1, "CERTIFICACIÓN", 9, "sans-bold", fill=GREEN)
    s.para(
        0.75,
        y + 0.32,
        5.3,
        f"La persona titular de la Dirección General del Registro Civil del Estado de {state} "
        "CERTIFICA que la presente es copia fiel del acta que obra en la base de datos "
        "nacional del Registro Civil, la cual se expide en términos de lo dispuesto por los "
        "artículos aplicables del Código Civil del Estado y con firma electrónica avanzada, con "
        "la misma validez jurídica que la firma autógrafa.",
        7.5,
        "sans",
    )
    s.text(0.75, y + 1.45, f"Fecha de certificación: {dates.spelled(printed, 'es')}", 7.5, "sans")
    s.text(0.75, y + 1.65, "Firma electrónica avanzada / sello digital:", 7, "sans-bold")
    rng = random.Random(seed)
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    for k in range(3):
        line = "".join(rng.choice(chars) for _ in range(78))
        s.text(0.75, y + 1.82 + k * 0.13, line, 5.5, "mono")
    qr(s, 6.4, y + 0.25, 1.3, seed + 1)
    s.text(
        0.6,
        10.35,
        "Verifique la autenticidad de este documento en gob.mx/ActaNacimiento",
        7,
        "sans",
        fill=GREY,
    )
    s.text(7.9, 10.35, f"Código de verificación: {identifier[-8:]}", 7, "mono", align="right")
    return [s]


def renap_guatemala(
    person: Person,
    *,
    cui: str,
    municipio: str,
    departamento: str,
    partida: str,
    folio: str,
    libro: str,
    mother: Person,
    father: Person,
    registered: dt.date,
    printed: dt.date,
    certificate_no: str,
    seed: int,
) -> list[Sheet]:
    """RENAP's certificado de nacimiento: the blue header with the quetzal's shield, the
    registrar's certifying paragraph, the inscription's fields, the CUI, codes at the foot."""
    s = Sheet()
    s.security_background(seed, (222, 230, 244))
    s.logo(0.75, 0.55, 0.75, "shield", NAVY)
    s.text(1.7, 0.55, "REGISTRO NACIONAL DE LAS PERSONAS", 14, "sans-bold", fill=NAVY)
    s.text(1.7, 0.82, "RENAP  ·  REPÚBLICA DE GUATEMALA, C.A.", 9, "sans", fill=NAVY)
    s.text(7.8, 0.55, f"No. {certificate_no}", 10, "mono-bold", fill=MAROON, align="right")
    s.line(0.7, 1.4, 7.8, 1.4, 1.5, NAVY)
    s.center(1.6, "CERTIFICADO DE NACIMIENTO", 17, "serif-bold")
    y = s.para(
        0.85,
        2.2,
        6.8,
        f"EL INFRASCRITO REGISTRADOR CIVIL DE LAS PERSONAS DEL MUNICIPIO DE {up(municipio)}, "
        f"DEPARTAMENTO DE {up(departamento)}, CERTIFICA: QUE EN EL REGISTRO CIVIL DE LAS "
        "PERSONAS A SU CARGO SE ENCUENTRA INSCRITO EL NACIMIENTO QUE CONTIENE LOS DATOS "
        "SIGUIENTES:",
        10,
        "serif",
    )
    rows = [
        ("Código Único de Identificación (CUI):", cui),
        ("Partida / Folio / Libro:", f"{partida} / {folio} / {libro}"),
        ("Nombre del inscrito:", up(person.name)),
        ("Sexo:", "FEMENINO" if person.sex == "F" else "MASCULINO"),
        ("Fecha de nacimiento:", dates.spelled(person.born, "es").upper()),
        ("Lugar de nacimiento:", f"{up(municipio)}, {up(departamento)}"),
        ("Nombre de la madre:", up(mother.name)),
        ("Nombre del padre:", up(father.name)),
        ("Fecha de inscripción:", dates.day_month_year(registered)),
    ]
    y += 0.25
    for label, value in rows:
        s.text(1.0, y, label, 10, "sans-bold")
        s.text(4.0, y, value, 10, "mono-bold")
        y += 0.33
    s.text(1.0, y + 0.1, "Anotaciones: NINGUNA", 10, "sans")
    y = s.para(
        0.85,
        y + 0.55,
        6.8,
        "Y PARA LOS USOS LEGALES QUE AL INTERESADO CONVENGAN, SE EXTIENDE, SELLA Y FIRMA EL "
        f"PRESENTE CERTIFICADO EN {up(municipio)}, {up(departamento)}, EL "
        f"{dates.spelled(printed, 'es').upper()}.",
        10,
        "serif",
    )
    s.signature(3.2, y + 0.3, "Registrador Civil", 18, fill=INK)
    s.line(2.6, y + 0.95, 5.9, y + 0.95, 0.6)
    s.center(y + 1.0, "REGISTRADOR CIVIL DE LAS PERSONAS", 8.5, "sans-bold")
    s.seal(6.6, y + 0.55, 0.55, "RENAP * GUATEMALA * REGISTRO CIVIL * ", "RENAP")
    qr(s, 0.85, 9.3, 1.0, seed + 3)
    s.text(2.1, 9.45, "Verifique este certificado en www.renap.gob.gt", 7.5, "sans", fill=GREY)
    s.text(2.1, 9.62, f"Código de verificación: {certificate_no}-{cui[-4:]}", 7.5, "mono")
    s.text(
        2.1,
        9.79,
        "Este certificado no es válido si presenta tachaduras o enmiendas.",
        7.5,
        "sans",
        fill=GREY,
    )
    return [s]


def rnp_honduras(
    person: Person,
    *,
    identidad: str,
    municipio: str,
    departamento: str,
    tomo: str,
    folio: str,
    asiento: str,
    mother: Person,
    father: Person,
    registered: dt.date,
    printed: dt.date,
    seed: int,
) -> list[Sheet]:
    """The RNP's certificación de acta de nacimiento: a prose certification in capitals, the
    registry numbers, the municipal registrar's signature, the RNP's dry seal."""
    s = Sheet()
    s.security_background(seed, (230, 236, 246))
    s.center(0.6, "REPÚBLICA DE HONDURAS", 13, "serif-bold", fill=NAVY)
    s.center(0.85, "REGISTRO NACIONAL DE LAS PERSONAS", 12, "serif-bold", fill=NAVY)
    s.center(
        1.08,
        f"REGISTRO CIVIL MUNICIPAL DE {up(municipio)}, {up(departamento)}",
        9,
        "sans",
        fill=NAVY,
    )
    s.logo(0.8, 0.55, 0.65, "star", NAVY)
    s.logo(7.05, 0.55, 0.65, "star", NAVY)
    s.line(0.8, 1.4, 7.7, 1.4, 1.2, NAVY)
    s.center(1.6, "CERTIFICACIÓN DE ACTA DE NACIMIENTO", 15, "serif-bold")
    text = (
        f"EL INFRASCRITO REGISTRADOR CIVIL MUNICIPAL DE {up(municipio)}, DEPARTAMENTO DE "
        f"{up(departamento)}, CERTIFICA: QUE EN EL TOMO {tomo}, FOLIO {folio}, ASIENTO {asiento} "
        "DEL REGISTRO DE NACIMIENTOS QUE SE LLEVA EN ESTA OFICINA, SE ENCUENTRA INSCRITO EL "
        f"NACIMIENTO DE {up(person.name)}, "
        f"{'HIJA' if person.sex == 'F' else 'HIJO'} DE {up(father.name)} Y DE {up(mother.name)}, "
        f"OCURRIDO EN {up(municipio)}, {up(departamento)}, EL DÍA "
        f"{dates.spelled(person.born, 'es').upper()}, CON NÚMERO DE IDENTIDAD {identidad}, "
        f"INSCRITO EL {dates.spelled(registered, 'es').upper()}."
    )
    y = s.para(0.9, 2.2, 6.7, text, 11, "serif", leading=1.6)
    y = s.para(
        0.9,
        y + 0.3,
        6.7,
        "ANOTACIONES MARGINALES: NINGUNA. Y PARA LOS FINES QUE AL INTERESADO CONVENGAN SE "
        f"EXTIENDE LA PRESENTE EN LA CIUDAD DE {up(municipio)}, A LOS {printed.day} DÍAS DEL MES "
        f"DE {dates.month(printed, 'es').upper()} DE {printed.year}.",
        11,
        "serif",
        leading=1.6,
    )
    s.signature(3.0, y + 0.5, "Reg. Civil Mpal.", 18, fill=INK)
    s.line(2.4, y + 1.15, 6.1, y + 1.15, 0.6)
    s.center(y + 1.2, "REGISTRADOR CIVIL MUNICIPAL", 9, "sans-bold")
    s.seal(6.7, y + 0.9, 0.6, "REGISTRO NACIONAL DE LAS PERSONAS * HONDURAS * ", "RNP")
    s.text(0.9, 9.6, f"Certificación No. {tomo}{folio}{asiento}-{printed.year}", 8, "mono")
    s.text(
        0.9,
        9.78,
        "Valor: L. 0.00 (exenta)  ·  Válida sin enmiendas ni tachaduras",
        8,
        "sans",
        fill=GREY,
    )
    return [s]


def ine_card(
    person: Person,
    *,
    address: list[str],
    clave: str,
    state_code: str,
    registered: int,
    valid_until: int,
    seccion: str,
    seed: int,
) -> list[Sheet]:
    """The INE credencial para votar, front (photo, name, address, keys) and back (the
    fingerprint box, the three-line zone, the QR)."""
    front = card()
    tinted(front, (238, 222, 232), (220, 226, 238))
    front.security_background(seed, (214, 200, 220))
    front.text(0.12, 0.08, "MÉXICO", 8, "sans-bold", fill=MAROON)
    front.text(0.85, 0.08, "INSTITUTO NACIONAL ELECTORAL", 8, "sans-bold", fill=MAROON)
    front.text(0.85, 0.22, "CREDENCIAL PARA VOTAR", 6.5, "sans-bold")
    portrait(front, 0.12, 0.45, 0.85, 1.05, seed)
    x = 1.1
    front.text(x, 0.42, "NOMBRE", 4.5, "sans", fill=GREY)
    names = up(person.surname).split()
    front.lines(x, 0.5, [*names, up(person.given)], 6.5, "sans-bold")
    front.text(x, 0.93, "DOMICILIO", 4.5, "sans", fill=GREY)
    front.lines(x, 1.01, [up(a) for a in address], 5.5, "sans-bold")
    front.text(x, 1.45, f"CLAVE DE ELECTOR  {clave}", 5, "sans-bold")
    front.text(x, 1.57, f"CURP  {curp(person, state_code)}", 5, "sans-bold")
    front.text(
        x,
        1.69,
        f"AÑO DE REGISTRO {registered} 00   SECCIÓN {seccion}   VIGENCIA {valid_until}",
        5,
        "sans-bold",
    )
    front.text(2.75, 0.42, "FECHA DE NACIMIENTO", 4.5, "sans", fill=GREY)
    front.text(2.75, 0.5, dates.day_month_year(person.born), 6.5, "sans-bold")
    front.text(2.75, 0.68, "SEXO", 4.5, "sans", fill=GREY)
    front.text(2.75, 0.76, "M" if person.sex == "F" else "H", 6.5, "sans-bold")
    front.signature(0.15, 1.6, person.first, 9)
    back = card()
    tinted(back, (232, 232, 240), (242, 236, 238))
    back.rect(0.15, 0.15, 0.8, 0.95, weight=0.6)
    d = ImageDraw.Draw(back.image)
    cx, cy = back.px(0.55), back.px(0.62)
    for r in range(8, 110, 9):
        d.ellipse((cx - r * 0.8, cy - r, cx + r * 0.8, cy + r), outline=(130, 120, 130), width=2)
    qr(back, 2.55, 0.15, 0.7, seed + 5)
    back.para(
        1.1,
        0.2,
        1.35,
        "Esta credencial es un documento público que identifica a su titular.",
        5,
        "sans",
    )
    number = clave[:9]
    zone = mrz.td1(
        kind="ID",
        country="MEX",
        number=number,
        surname=person.surname,
        given=person.given,
        nationality="MEX",
        birth=person.born,
        sex="F" if person.sex == "F" else "M",
        expiry=dt.date(valid_until, 12, 31),
    )
    for i, line in enumerate(zone):
        back.text(0.15, 1.35 + i * 0.15, line, 8, "mono-bold")
    return [front, back]


def matricula(
    person: Person,
    *,
    number: str,
    consulate: str,
    address: list[str],
    issued: dt.date,
    expiry: dt.date,
    place: str,
    seed: int,
) -> list[Sheet]:
    """The matrícula consular de alta seguridad: the consulate's name, the photo, the holder's
    US address, birth place and date, issue and expiry."""
    s = card()
    tinted(s, (226, 238, 228), (244, 240, 226))
    s.security_background(seed, (204, 222, 208))
    s.rect(0, 0, s.width, 0.3, outline=None, fill=GREEN)
    s.text(0.1, 0.05, "MATRÍCULA CONSULAR", 8, "sans-bold", fill=(255, 255, 255))
    s.text(
        3.25, 0.07, "ESTADOS UNIDOS MEXICANOS", 6, "sans-bold", fill=(255, 255, 255), align="right"
    )
    s.text(
        0.1,
        0.34,
        f"SECRETARÍA DE RELACIONES EXTERIORES · {up(consulate)}",
        5,
        "sans-bold",
        fill=GREEN,
    )
    portrait(s, 0.1, 0.5, 0.85, 1.05, seed)
    x = 1.08
    rows = [
        ("NOMBRE", up(person.given)),
        ("APELLIDOS", up(person.surname)),
        ("DOMICILIO", up(address[0])),
        ("", up(address[1])),
        ("LUGAR DE NACIMIENTO", up(place)),
        ("FECHA DE NACIMIENTO", dates.day_month_year(person.born)),
    ]
    y = 0.5
    for label, value in rows:
        if label:
            s.text(x, y, label, 4.3, "sans", fill=GREY)
            y += 0.07
        s.text(x, y, value, 6, "sans-bold")
        y += 0.15
    s.text(
        x,
        1.6,
        f"EXPEDICIÓN {dates.day_month_year(issued)}   VENCE {dates.day_month_year(expiry)}",
        5,
        "sans-bold",
    )
    s.text(x, 1.73, f"No. {number}", 6.5, "mono-bold", fill=MAROON)
    s.signature(0.12, 1.62, person.first, 9)
    return [s]


def translation(
    title: str,
    rows: list[tuple[str, str]],
    notes: list[str],
    *,
    translator: dict,
    signed: dt.date,
    document: str,
) -> list[Sheet]:
    """A translator's English rendering of a Spanish original (fields and notes in brackets),
    with the certificate of translation on its own page."""
    page = Sheet()
    page.text(0.9, 0.7, "[TRANSLATION FROM SPANISH]", 9, "sans", fill=GREY)
    page.center(1.0, title, 15, "serif-bold")
    y = 1.6
    for label, value in rows:
        page.text(1.0, y, label, 10.5, "serif-bold")
        y = page.para(3.6, y, 3.9, value, 10.5, "serif") + 0.1
    y = page.paras(1.0, y + 0.2, 6.5, notes, pt=10.5, face="serif")
    page.text(0.9, 10.2, f"Translation of: {document}  -  page 1 of 2", 8, "sans", fill=GREY)
    cert = Sheet()
    cert.center(1.0, "CERTIFICATE OF TRANSLATION", 15, "serif-bold")
    y = cert.paras(
        1.0,
        1.7,
        6.5,
        [
            f"I, {translator['name']}, certify that I am competent to translate from Spanish into "
            "English, and that the attached English translation of the document entitled "
            f'"{document}" is complete and accurate to the best of my knowledge and ability.',
            "I declare under penalty of perjury under the laws of the United States of America "
            "that the foregoing is true and correct.",
        ],
        pt=11.5,
        face="serif",
        gap=0.25,
    )
    cert.signature(1.1, y + 0.3, translator["name"], 20)
    cert.line(1.0, y + 0.95, 4.6, y + 0.95, 0.6)
    cert.lines(
        1.0,
        y + 1.0,
        [
            translator["name"],
            *translator["address"],
            f"Telephone: {translator['phone']}",
            f"Date: {dates.long(signed)}",
        ],
        10.5,
        "serif",
    )
    cert.text(0.9, 10.2, f"Translation of: {document}  -  page 2 of 2", 8, "sans", fill=GREY)
    return [page, cert]
