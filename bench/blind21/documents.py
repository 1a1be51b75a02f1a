"""Drawing the papers of the twenty-first blind corpus: phone screenshots of bank, school and
utility apps, pages printed from a browser to PDF, handwriting on ruled paper and in a receipt
book, notarized affidavits, foreign civil records with an apostille or a consul's legalization,
hospital summaries, a sheriff's report, Form I-918 Supplement B, a DD-214 and letters.

Written from plain knowledge of what such papers look like; every person, number and address
is invented. Coordinates are inches, type sizes points (tests/realistic/paper.py).
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Sequence

from tests.realistic import mrz
from tests.realistic.dates import long, us
from tests.realistic.model import Paper, Person, Placed, up
from tests.realistic.paper import (
    BLUE_INK,
    INK,
    Sheet,
    card,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)

D = dt.date
RED = (170, 40, 50)
NAVY = (20, 45, 100)


# ---------------------------------------------------------------- placing files by hand


def record(paper: Paper, file: str, pages: int, **where) -> dict:
    return {"file": file, **where, "source_pages": pages, **paper.truth()}


def png_file(paper: Paper, file: str) -> Placed:
    """A screenshot as the phone or computer saved it: a PNG, never printed or scanned."""
    buf = io.BytesIO()
    paper.pages[0].save(buf, "PNG", optimize=True)
    return Placed({file: buf.getvalue()}, [record(paper, file, 1)])


def pdf_file(paper: Paper, data: bytes, file: str, pages: int) -> Placed:
    """A page printed from a browser to PDF: text, no scan."""
    return Placed({file: data}, [record(paper, file, pages)])


def browser_pdf(title: str, url: str, printed: str, pages: list[list[tuple[str, str, float]]]):
    """A web page printed to PDF by a browser: its date and title along the top, its address
    and page count along the foot. Each page is lines of (face, text, size); faces are
    reportlab's base fonts. Returns the bytes."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    width, height = letter
    for n, lines in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(30, height - 22, printed)
        c.drawCentredString(width / 2, height - 22, title)
        c.drawString(30, 18, url)
        c.drawRightString(width - 30, 18, f"{n}/{len(pages)}")
        y = height - 60
        for face, text, size in lines:
            if face == "rule":
                c.line(50, y + 4, width - 50, y + 4)
                y -= 8
                continue
            c.setFont(face, size)
            c.drawString(50, y, text)
            y -= size * 1.35
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- passports


def passport(
    person: Person,
    *,
    code: str,
    country: list[str],
    labels: list[str],
    number: str,
    nationality: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    place: str,
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    seed: int,
    personal: str = "",
) -> tuple[Sheet, tuple[str, ...]]:
    """A TD3 data page (125 x 88 mm): the state's name across the top, the photo at left,
    labelled fields, the zone at the foot."""
    s = card(125, 88)
    tinted(s, *tint)
    y = 0.1
    for line in country:
        y = s.center(y, line, 8.5, "sans-bold", fill=NAVY)
    portrait(s, 0.2, 0.62, 1.25, 1.62, seed)
    surname, given = up(person.surname), up(person.given)
    values = [
        "P",
        code,
        number,
        surname,
        given,
        nationality,
        person.born.strftime("%d %b %Y").upper(),
        person.sex,
        place,
        issued.strftime("%d %b %Y").upper(),
        expiry.strftime("%d %b %Y").upper(),
        authority,
    ]
    spots = [
        (1.6, 0.6),
        (2.3, 0.6),
        (3.6, 0.6),
        (1.6, 0.9),
        (1.6, 1.2),
        (1.6, 1.5),
        (1.6, 1.8),
        (3.3, 1.8),
        (1.6, 2.1),
        (1.6, 2.4),
        (3.3, 2.4),
        (1.6, 2.7),
    ]
    for (x, yy), label, value in zip(spots, labels, values, strict=True):
        s.text(x, yy, label, 5, "sans")
        s.text(x, yy + 0.09, value, 8, "sans-bold")
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
    mrz_lines(s, 2.95, zone, 11)
    return s, zone


# ---------------------------------------------------------------- screens


def phone_screen(seed: int, clock: str, carrier: str = "", width: int = 828, height: int = 1792):
    """A phone's screenshot canvas (a 2x screen, drawn at 200 px an inch so points read as
    on the phone): the status bar with the clock, the signal and the battery."""
    s = Sheet(width / 200, height / 200, 200)
    s.text(0.35, 0.12, clock, 10.5, "sans-bold")
    if carrier:
        s.text(1.25, 0.14, carrier, 8, "sans")
    rng = random.Random(seed)
    x = s.width - 1.05
    for i in range(4):
        h = 0.04 + 0.025 * i
        s.rect(x + i * 0.07, 0.27 - h, 0.045, h, outline=None, fill=INK)
    s.rect(s.width - 0.55, 0.15, 0.3, 0.13, weight=0.8)
    s.rect(s.width - 0.535, 0.165, 0.3 * rng.uniform(0.3, 0.9), 0.1, outline=None, fill=INK)
    return s


def handwriting(
    lines: Sequence[str],
    seed: int,
    *,
    top: float = 1.0,
    pt: float = 19,
    ink: tuple[int, int, int] = BLUE_INK,
    ruled: bool = True,
    sheet: Sheet | None = None,
    left: float = 1.0,
    step: float = 0.4,
) -> Sheet:
    """Lines written by hand on ruled notebook paper: a flowing script, each line drifting a
    little off the rule, the margin line in red."""
    s = sheet or Sheet(paper=(250, 250, 244))
    rng = random.Random(seed)
    if ruled and sheet is None:
        y = 0.9
        while y < s.height - 0.4:
            s.line(0.3, y, s.width - 0.3, y, 0.5, (170, 190, 220))
            y += step
        s.line(0.9, 0, 0.9, s.height, 0.7, (220, 140, 140))
    y = top
    for line in lines:
        if line:
            s.text(
                left + rng.uniform(-0.05, 0.12),
                y - 0.2 + rng.uniform(-0.03, 0.03),
                line,
                pt,
                "script",
                fill=ink,
            )
        y += step
    return s


# ---------------------------------------------------------------- forms and records


def vital_record(
    *,
    heads: list[str],
    title: str,
    rows: list[tuple[float, list[tuple[float, str, str]]]],
    file_no: str,
    registrar: str,
    registrar_title: str,
    seal_ring: str,
    certify: str,
    issued: dt.date,
    seed: int,
    tint: tuple[int, int, int] = (226, 232, 240),
) -> Sheet:
    """A US certified copy of a vital record on security paper: the state's heads, the title,
    boxed items, the registrar's certification, signature and raised seal."""
    s = Sheet()
    s.security_background(seed, tint)
    s.border(0.35, 2.0)
    y = 0.6
    for head in heads:
        y = s.center(y, head, 10, "serif-bold")
    y = s.center(y + 0.08, title, 16, "serif-bold") + 0.05
    s.text(6.0, y, f"STATE FILE NO. {file_no}", 8, "sans-bold")
    y = s.grid(0.7, y + 0.2, 7.1, rows)
    y = s.para(0.7, y + 0.25, 7.1, certify, 8.5, "serif")
    s.signature(4.6, y + 0.15, registrar, 18)
    s.line(4.5, y + 0.6, 7.7, y + 0.6)
    s.text(4.5, y + 0.65, registrar_title, 7.5)
    s.text(0.8, y + 0.65, f"DATE ISSUED: {us(issued)}", 8, "sans-bold")
    s.seal(2.3, y + 1.5, 0.55, seal_ring, "SEAL")
    s.text(0.8, 10.35, "VOID IF ALTERED OR PHOTOCOPIED. DO NOT ACCEPT WITHOUT RAISED SEAL.", 6.5)
    return s


def affidavit(
    *,
    title: str,
    venue: list[str],
    paras: list[str],
    affiant: str,
    affiant_lines: list[str],
    jurat: str,
    notary: str,
    commission: str,
    notary_state: str,
    seed: int,
) -> Sheet:
    """A sworn statement before a notary: the venue caption, the numbered statements, the
    affiant's signature, the jurat and the notary's signature, stamp and seal."""
    s = Sheet()
    y = s.lines(0.9, 0.8, venue, 11, "serif")
    y = s.center(y + 0.2, title, 14, "serif-bold") + 0.2
    y = s.paras(0.9, y, 6.7, paras, pt=11, face="serif", gap=0.1)
    s.signature(1.0, y + 0.15, affiant, 20)
    s.line(0.9, y + 0.62, 4.0, y + 0.62)
    y = s.lines(0.9, y + 0.66, [affiant, *affiant_lines], 10, "serif")
    y = s.para(0.9, y + 0.25, 6.7, jurat, 11, "serif")
    s.signature(4.5, y + 0.1, notary, 18, fill=INK)
    s.line(4.4, y + 0.58, 7.6, y + 0.58)
    s.lines(4.4, y + 0.62, [f"{notary}, Notary Public", commission], 9, "serif")
    s.stamp(
        0.9,
        y + 0.1,
        [up(notary), "NOTARY PUBLIC", notary_state, commission],
        8,
        colour=(40, 40, 120),
        angle=2,
    )
    s.seal(3.3, y + 0.75, 0.55, f"NOTARY PUBLIC * {notary_state} *", "SEAL")
    del seed
    return s


def apostille(
    *,
    heading: list[str],
    country: str,
    signed_by: str,
    capacity: str,
    seal_of: str,
    at: str,
    on: dt.date,
    by: str,
    number: str,
    official: str,
    language: str,
    seed: int,
) -> Sheet:
    """The Hague apostille on the record's second leaf: the title in French, the ten numbered
    items in the issuing state's language (and English), its number, a seal and a signature."""
    s = Sheet()
    y = 0.8
    for line in heading:
        y = s.center(y, line, 11, "serif-bold")
    s.rect(1.3, y + 0.25, 5.9, 5.6, weight=1.4)
    y = s.center(y + 0.45, "APOSTILLE", 18, "serif-bold")
    y = s.center(y, "(Convention de La Haye du 5 octobre 1961)", 10, "serif-italic") + 0.15
    if language == "pt":
        labels = [
            "País / Country:",
            "Este documento público / This public document",
            "foi assinado por / has been signed by",
            "na qualidade de / acting in the capacity of",
            "tem o selo/carimbo de / bears the seal/stamp of",
            "Reconhecido / Certified",
            "em / at",
            "no dia / the",
            "por / by",
            "sob o nº / No.",
            "Selo/Carimbo / Seal/stamp:",
            "Assinatura / Signature:",
        ]
    else:
        labels = [
            "País / Country:",
            "El presente documento público / This public document",
            "ha sido firmado por / has been signed by",
            "quien actúa en calidad de / acting in the capacity of",
            "y está revestido del sello/timbre de / bears the seal/stamp of",
            "Certificado / Certified",
            "en / at",
            "el día / the",
            "por / by",
            "bajo el número / No.",
            "Sello/timbre / Seal/stamp:",
            "Firma / Signature:",
        ]
    values = [
        country,
        "",
        signed_by,
        capacity,
        seal_of,
        "",
        at,
        us(on) if language != "pt" else on.strftime("%d/%m/%Y"),
        by,
        number,
        "",
        "",
    ]
    numbers = ["1.", "", "2.", "3.", "4.", "", "5.", "6.", "7.", "8.", "9.", "10."]
    for num, label, value in zip(numbers, labels, values, strict=True):
        s.text(1.5, y, num, 9.5, "serif-bold")
        s.text(1.8, y, label, 9, "serif")
        if value:
            s.text(1.8, y + 0.17, value, 9.5, "mono-bold")
            y += 0.17
        y += 0.24
    s.seal(2.7, y - 0.1, 0.5, f"{seal_of} * APOSTILLE *"[:48], "")
    s.signature(4.3, y - 0.4, official, 18, fill=INK)
    s.text(4.3, y + 0.05, official, 8.5, "serif")
    s.text(1.4, 9.9, f"Verifique em / Verify at: apostille.example/{number}", 7, "mono")
    del seed
    return s


def translator_certificate(name: str, address: str, phone: str, source: str, when: dt.date):
    """The paragraphs of a translator's certificate as ICPM 3.3(a) frames it."""
    return [
        f"I, {name}, certify that I am competent to translate from {source} into English, "
        f"and that the above is a complete and accurate translation of the attached document "
        f"from {source} into English, to the best of my knowledge and ability.",
        f"Address: {address}    Telephone: {phone}    Date: {long(when)}",
    ]


def translation(
    title: str,
    body: list[str],
    *,
    note: str,
    translator: str,
    address: str,
    phone: str,
    source: str,
    when: dt.date,
) -> Sheet:
    """An English translation typed by the translator, with the certificate at its foot."""
    s = Sheet()
    y = s.center(0.75, "ENGLISH TRANSLATION", 13, "sans-bold")
    y = s.center(y, note, 9, "sans-italic") + 0.15
    y = s.center(y, title, 11.5, "serif-bold") + 0.1
    y = s.paras(0.9, y, 6.7, body, pt=10, face="serif", gap=0.08)
    y = max(y + 0.2, 7.5)
    s.line(0.9, y, 7.6, y, 0.8)
    y = s.text(0.9, y + 0.1, "CERTIFICATE OF TRANSLATION", 11, "sans-bold")
    y = s.paras(
        0.9,
        y + 0.05,
        6.7,
        translator_certificate(translator, address, phone, source, when),
        pt=10,
        face="serif",
    )
    s.signature(1.0, y + 0.05, translator, 18)
    s.line(0.9, y + 0.5, 4.0, y + 0.5)
    s.text(0.9, y + 0.55, f"{translator}, Translator", 9, "serif")
    return s


def letter(
    org: str,
    lines: list[str],
    colour: tuple[int, int, int],
    mark: str,
    when: str,
    recipient: list[str],
    re_line: str | None,
    body: list[str],
    signer: str,
    signer_lines: list[str],
    salutation: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    face: str = "serif",
    pt: float = 11,
) -> Sheet:
    return write_letter(
        (org, lines, colour, mark),
        when,
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


def g28(person: Person, a_number: str, rep: dict, signed: dt.date, address: list[str]) -> Sheet:
    """Form G-28, Notice of Entry of Appearance as Attorney or Accredited Representative: its
    first page, the parts filled on a computer."""
    s = Sheet()
    s.text(0.5, 0.45, "Department of Homeland Security", 9, "sans-bold")
    s.text(0.5, 0.6, "U.S. Citizenship and Immigration Services", 8)
    s.text(5.3, 0.45, "OMB No. 1615-0105", 7.5)
    s.text(5.3, 0.58, "Expires 05/31/2027", 7.5)
    s.center(0.85, "Notice of Entry of Appearance", 14, "sans-bold")
    s.center(1.08, "as Attorney or Accredited Representative", 12, "sans-bold")
    s.text(7.3, 0.45, "Form G-28", 12, "sans-bold")
    y = 1.5
    s.rect(0.5, y, 7.5, 0.25, outline=None, fill=(215, 215, 215))
    s.text(
        0.55,
        y + 0.04,
        "Part 1. Information About Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    first, *rest = rep["name"].split()
    y = s.grid(
        0.5,
        y + 0.3,
        7.5,
        [
            (
                0.45,
                [
                    (1, "1. Online Account Number (if any)", ""),
                    (1, "2.a. Family Name (Last Name)", rest[-1].upper()),
                    (1, "2.b. Given Name (First Name)", first.upper()),
                ],
            ),
            (
                0.45,
                [
                    (2, "3.a. Street Number and Name", rep["address"][0]),
                    (1, "City or Town, State, ZIP", rep["address"][1]),
                ],
            ),
            (
                0.45,
                [
                    (1, "4. Daytime Telephone Number", rep["phone"]),
                    (2, "6. Email Address (if any)", rep["email"]),
                ],
            ),
        ],
    )
    s.rect(0.5, y + 0.15, 7.5, 0.25, outline=None, fill=(215, 215, 215))
    s.text(
        0.55,
        y + 0.19,
        "Part 2. Eligibility Information for Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y = s.checkbox(
        0.6,
        y + 0.5,
        True,
        "1.a. I am an attorney eligible to practice law in, and "
        "a member in good standing of, the bar of the highest courts of",
        8,
    )
    y = s.grid(
        0.5,
        y + 0.05,
        7.5,
        [
            (
                0.45,
                [
                    (1, "Licensing Authority", "Supreme Judicial Court"),
                    (1, "1.b. Bar Number (if applicable)", "684213"),
                    (1, "EOIR ID", rep["eoir_id"]),
                ],
            ),
            (
                0.45,
                [(3, "1.d. Name of Law Firm or Organization (if applicable)", rep["organization"])],
            ),
        ],
    )
    s.rect(0.5, y + 0.15, 7.5, 0.25, outline=None, fill=(215, 215, 215))
    s.text(
        0.55,
        y + 0.19,
        "Part 3. Notice of Appearance as Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y = s.checkbox(
        0.6,
        y + 0.5,
        True,
        "1. USCIS and ICE: this appearance relates to immigration matters before ICE",
        8,
    )
    y = s.grid(
        0.5,
        y + 0.05,
        7.5,
        [
            (
                0.45,
                [
                    (2, "4. List the specific matter", "Request for prosecutorial discretion"),
                    (1, "5. Receipt Number or A-Number", f"A{a_number}"),
                ],
            ),
            (
                0.45,
                [
                    (1, "6.a. Family Name (Last Name) of Client", up(person.surname)),
                    (1, "6.b. Given Name (First Name)", up(person.first)),
                    (1, "Date of Birth", us(person.born)),
                ],
            ),
            (
                0.45,
                [(2, "Client's Mailing Address", address[0]), (1, "City, State, ZIP", address[1])],
            ),
        ],
    )
    s.text(
        0.5, y + 0.25, "Part 4. Client's Consent to Representation and Signature", 9, "sans-bold"
    )
    s.signature(0.8, y + 0.45, person.name, 18)
    s.line(0.6, y + 0.9, 4.5, y + 0.9)
    s.text(0.6, y + 0.95, "Signature of Client or Authorized Signatory", 7)
    s.text(5.0, y + 0.75, us(signed), 10, "mono-bold")
    s.signature(0.8, y + 1.2, rep["name"], 18)
    s.line(0.6, y + 1.65, 4.5, y + 1.65)
    s.text(0.6, y + 1.7, "Signature of Attorney or Accredited Representative", 7)
    s.text(
        0.5,
        10.5,
        "Form G-28 Edition 09/17/18                                          Page 1 of 4",
        7.5,
    )
    return s
