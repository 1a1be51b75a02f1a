"""The nineteenth blind corpus: four invented families whose folders reached the office as
forwarded phone images and app scans (messaging-app images 800-1000 pixels long and heavily
compressed, a phone scanner app's PDFs with its line at each page's foot, a page in a plastic
sleeve with glare, a crumpled receipt, a colour home scan with the scanner lid's dark border, a
work permit front and back, a letter photographed page by page, a copier page upside down, a
paper sent twice through a messaging app and another scanned twice), a case.yaml whose claims
the documents bear out, and the truth it is scored against. Written from plain descriptions of
real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind19.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.blind19 import documents as doc
from tests import photos
from tests.realistic import capture
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    Placed,
    drawn,
    write_from_command_line,
    write_plans,
)
from tests.realistic.paper import DPI, font

D = dt.date
long = doc.long

# Every paper is dated on or before this day and the claimed residence is covered up to it
# (where the truth expects no gap). After late 2027 the newest evidence is over a year old.
AS_OF = D(2026, 11, 30)


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
    }


def _passport_paper(label: str, person: Person, language: Any, seed: int, **kw: Any) -> Paper:
    sheets, zone = doc.passport(person, seed=seed, **kw)
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


def _card(label: str, sheets, type_: Any, person: Person, equity: Any, language: Any = "en"):
    return drawn(label, sheets, type_, person, equity, language, is_card=True)


def _both(paper: Paper, *people: Person) -> Paper:
    """A paper a paralegal could file as about either person."""
    paper.about = tuple(p.name for p in people)
    return paper


# ---------------------------------------------------------------- how these folders arrived


def _record(paper: Paper, file: str, **where: Any) -> dict[str, Any]:
    return {"file": file, **where, "source_pages": len(paper.pages), **paper.truth()}


def messaging(
    paper: Paper,
    files: str | list[str],
    seed: int,
    long_side: int = 900,
    quality: int = 38,
    **options: Any,
) -> Placed:
    """Phone photos forwarded through a messaging app: shrunk to under a thousand pixels
    and saved again at a low JPEG quality, with no EXIF left."""
    return capture.desk(paper, files, seed, long_side=long_side, quality=quality, **options)


def sent_twice(paper: Paper, files: tuple[str, str], seed: int, **options: Any) -> Placed:
    """One photo sent twice through a messaging app: the second time shrunk and compressed
    harder. The same paper: a duplicate."""
    photo = photos.desk_photo(paper.pages[0], seed, long_side=1000, quality=58, **options)
    first = photo.jpeg()
    scale = 0.8
    smaller = Image.open(io.BytesIO(first)).convert("RGB")
    smaller = smaller.resize(
        (round(smaller.width * scale), round(smaller.height * scale)), Image.Resampling.BILINEAR
    )
    buf = io.BytesIO()
    smaller.save(buf, "JPEG", quality=33)
    info = capture._photo_info(photo)
    second_info = {
        **info,
        "corners": [[round(x * scale, 1), round(y * scale, 1)] for x, y in photo.corners],
        "size": list(smaller.size),
    }
    records = [_record(paper, files[0]), {**_record(paper, files[1]), "duplicate_of": files[0]}]
    return Placed(
        {files[0]: first, files[1]: buf.getvalue()},
        records,
        {files[0]: info, files[1]: second_info},
    )


def _app_page(page: Image.Image, seed: int, watermark: str) -> bytes:
    """A page as a phone scanner app saves it: cut out of a photo and stretched to A4, its
    light evened and its contrast pushed (greys go white, ink goes black), a little soft, and
    the app's line printed at the foot."""
    rng = np.random.default_rng(seed)
    size = (1240, 1754)  # A4 at 150 dpi, whatever the paper was
    out = page.convert("L").resize(size, Image.Resampling.BILINEAR)
    out = out.rotate(float(rng.uniform(-0.7, 0.7)), Image.Resampling.BILINEAR, fillcolor=250)
    pixels = np.asarray(out, np.float32)
    ys = np.linspace(0, 1, size[1], dtype=np.float32)[:, None]
    xs = np.linspace(0, 1, size[0], dtype=np.float32)[None, :]
    shade = 1 - 0.12 * (xs * float(rng.uniform(0.3, 1)) + ys * float(rng.uniform(0.3, 1)))
    pixels = pixels * shade
    pixels = (pixels - 70) * 1.5 + 40  # the app's "document" filter
    pixels += rng.normal(0, 3, size=pixels.shape)
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    draw = ImageDraw.Draw(out)
    draw.rectangle((0, size[1] - 46, size[0], size[1]), fill=255)
    f = font("sans", 22)
    draw.text((size[0] - 30, size[1] - 34), watermark, font=f, fill=120, anchor="ra")
    draw.rectangle(
        (
            size[0] - 60 - f.getlength(watermark),
            size[1] - 36,
            size[0] - 40 - f.getlength(watermark),
            size[1] - 16,
        ),
        fill=150,
    )
    return capture._jpeg(out, 62, 150)


def scanner_app(papers: list[Paper], file: str, seed: int, watermark: str) -> Placed:
    """A phone scanner app's multi-page PDF of one or several papers."""
    jpegs, records, page = [], [], 1
    for n, paper in enumerate(papers):
        for i, p in enumerate(paper.pages):
            jpegs.append(_app_page(p, seed + 17 * n + i, watermark))
        last = page + len(paper.pages) - 1
        where = {"pages": [page, last]} if len(papers) > 1 else {}
        records.append(_record(paper, file, **where))
        page = last + 1
    return Placed({file: capture._pdf(jpegs)}, records)


def in_sleeve(paper: Paper, file: str, seed: int) -> Placed:
    """A page kept in a clear plastic sleeve, photographed under a ceiling light: a broad
    streak of glare washes out part of it, and the sleeve's edge shines past the sheet."""
    photo = photos.desk_photo(paper.pages[0], seed, dim=False, thumb=False, quality=52)
    rng = np.random.default_rng(seed)
    w, h = photo.image.size
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.35, 0.65) * w, rng.uniform(0.3, 0.6) * h
    angle = rng.uniform(0.5, 1.1)
    along = (xs - cx) * np.cos(angle) + (ys - cy) * np.sin(angle)
    across = -(xs - cx) * np.sin(angle) + (ys - cy) * np.cos(angle)
    glare = np.exp(-((across / (0.06 * w)) ** 2) - (along / (0.45 * w)) ** 2)
    sheen = 0.08 * np.exp(-((across / (0.3 * w)) ** 2))
    pixels = np.asarray(photo.image, np.float32)
    lift = (0.85 * glare + sheen)[:, :, None]
    pixels = pixels * (1 - lift) + 255 * lift
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    edge = ImageDraw.Draw(image)
    (x0, y0), (x1, y1), (x2, y2), _ = photo.corners
    pad = 0.03 * w
    edge.line(
        [(x0 - pad, y0 - pad), (x1 + pad, y1 - pad), (x2 + pad, y2 + pad * 0.2)],
        fill=(205, 205, 210),
        width=2,
    )
    shot = photos.Photo(image, photo.corners, photo.quality, photo.turn)
    return Placed({file: shot.jpeg()}, [_record(paper, file)], {file: capture._photo_info(shot)})


def crumpled(paper: Paper, file: str, seed: int) -> Placed:
    """A receipt that spent years in a purse: creased into facets and smoothed out again,
    then photographed on the desk."""
    page = paper.pages[0].convert("RGB")
    rng = np.random.default_rng(seed)
    w, h = page.size
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    height = np.zeros((h, w), np.float32)
    for _ in range(9):  # each crease a ridge or a valley line across the slip
        a = rng.uniform(0, np.pi)
        px, py = rng.uniform(0, w), rng.uniform(0, h)
        height += rng.uniform(-1, 1) * np.abs((xs - px) * np.cos(a) + (ys - py) * np.sin(a))
    gy, gx = np.gradient(height)
    shade = 1 + 0.09 * np.clip(gx * 0.6 + gy * 0.8, -1.5, 1.5)
    creases = np.zeros((h, w), np.float32)
    lines = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(lines)
    for _ in range(6):
        draw.line(
            [(rng.uniform(0, w), rng.uniform(0, h)), (rng.uniform(0, w), rng.uniform(0, h))],
            fill=255,
            width=2,
        )
    creases = np.asarray(lines.filter(ImageFilter.GaussianBlur(1.5)), np.float32) / 255
    pixels = np.asarray(page, np.float32) * shade[:, :, None] * (1 - 0.25 * creases[:, :, None])
    worn = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    # the creases also bend the lines a little: a coarse mesh, each knot pushed aside
    step = 120
    mesh = []
    for top in range(0, h, step):
        for left in range(0, w, step):
            box = (left, top, min(left + step, w), min(top + step, h))
            jitter = [float(v) for v in rng.uniform(-3, 3, size=8)]
            quad = (
                box[0] + jitter[0],
                box[1] + jitter[1],
                box[0] + jitter[2],
                box[3] + jitter[3],
                box[2] + jitter[4],
                box[3] + jitter[5],
                box[2] + jitter[6],
                box[1] + jitter[7],
            )
            mesh.append((box, quad))
    worn = worn.transform(
        (w, h), Image.Transform.MESH, mesh, Image.Resampling.BILINEAR, fillcolor=(250, 244, 214)
    )
    bent = Paper(
        paper.label,
        [worn],
        paper.type,
        paper.about,
        paper.equity,
        paper.language,
        paper.proves,
        paper.mrz,
        paper.card,
    )
    return capture.desk(bent, file, seed, long_side=1400, quality=50, fill=0.62, surface="pale")


def lid_open_scan(paper: Paper, file: str, seed: int, dpi: int = 200) -> Placed:
    """A small paper scanned in colour at home with the lid not closed on it: the glass
    beyond the paper comes out near black, with a lighter band where the lid's edge lets the
    room light in."""
    page = paper.pages[0].convert("RGB")
    rng = np.random.default_rng(seed)
    glass = (round(8.5 * DPI), round(11.7 * DPI))
    canvas = Image.new("RGB", glass, (26, 26, 30))
    ys = np.linspace(0, 1, glass[1], dtype=np.float32)[:, None, None]
    band = np.clip(1 - np.abs(ys - 0.82) * 6, 0, 1) * 70
    base = np.asarray(canvas, np.float32) + band + rng.normal(0, 4, size=(glass[1], glass[0], 3))
    canvas = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    tilted = page.rotate(
        float(rng.uniform(-1.8, 1.8)), Image.Resampling.BICUBIC, expand=True, fillcolor=(26, 26, 30)
    )
    canvas.paste(tilted, (round(0.12 * DPI), round(0.1 * DPI)))
    scanned = capture._scanned(canvas, dpi, seed, colour=True)
    data = capture._jpeg(scanned, 74, dpi)
    return Placed({file: data}, [_record(paper, file)])


def copier_with_one_upside_down(
    papers: list[Paper], file: str, seed: int, flipped: int, dpi: int = 150
) -> Placed:
    """A copier's stack of papers, one of them fed in upside down."""
    turned = []
    for n, paper in enumerate(papers):
        if n == flipped:
            paper = Paper(
                paper.label,
                [p.rotate(180) for p in paper.pages],
                paper.type,
                paper.about,
                paper.equity,
                paper.language,
                paper.proves,
                paper.mrz,
                paper.card,
            )
        turned.append(paper)
    placed = capture.copier(turned, file, seed, dpi)
    for record, original in zip(placed.documents, papers, strict=True):
        record.update(original.truth())
    return placed


APP_MARK = "Scanned with PocketScan"


# ---------------------------------------------------------------- 1. Houston, Texas


def ordonez() -> CasePlan:
    """A Honduran mother in Houston with asylum pending and two young US-citizen children: a
    passport a quarter turn off, the RNP's certificación de acta de nacimiento forwarded through
    a messaging app with its translation in a scanner app's PDF (which also holds the Head Start
    enrollment papers, in English and Spanish), two Texas birth certificates in a copier PDF,
    the pediatric clinic's letter sent twice through the messaging app, her church's letter in
    Spanish with its translation, a lease photographed page by page, a crumpled rent receipt."""
    dilcia = Person("Dilcia Marisol", "Ordóñez Banegas", D(1994, 7, 9), "F", "Danlí, El Paraíso")
    keylin = Person("Keylin Abigail", "Ordóñez", D(2021, 3, 14), "F", "Houston")
    mateo = Person("Mateo Josué", "Ordóñez", D(2023, 10, 2), "M", "Houston")
    street, city = "6300 Renwick Dr, Apt 1412", "Houston, TX 77081"
    rep = _rep(
        "Marisa Quintanilla-Roe",
        "Bayou City Immigrant Legal Project",
        ["2900 Woodridge Dr, Suite 210", "Houston, TX 77087"],
        "713-555-0134",
        "mquintanilla@bayoucitylegal.example",
        "TX552190",
    )
    translator = {
        "name": "Reina Isabel Cárcamo",
        "address": ["2900 Woodridge Dr, Suite 210", "Houston, TX 77087"],
        "phone": "713-555-0139",
    }
    seed = 19100
    a_number = "218-604-377"
    registry = {
        "tomo": "0412",
        "folio": "0187",
        "asiento": "0093",
        "inscrito": D(1994, 8, 1),
        "cert": "2026-0703-118542",
    }
    mother_name, father_name = "MARÍA DOLORES BANEGAS FLORES", "JOSÉ SANTOS ORDÓÑEZ PAZ"

    pediatric = doc.letter(
        (
            "Gulfton Family Pediatrics",
            [
                "A program of Southwest Community Health Center",
                "5508 Chimney Rock Rd, Houston, TX 77081 · (713) 555-0167 · Fax (713) 555-0168",
            ],
            (20, 90, 150),
            "leaf",
        ),
        long(D(2026, 9, 10)),
        [
            f"{mateo.name} (date of birth {doc.us(mateo.born)}) has been my patient since he "
            "left the neonatal intensive care unit. He was born at 31 weeks and spent 44 days "
            "in the NICU. He has bronchopulmonary dysplasia (chronic lung disease of "
            "prematurity) and needed home oxygen until he was nine months old.",
            "Mateo is followed by pediatric pulmonology every three months and takes inhaled "
            "budesonide twice a day. Viral colds put him at risk of hospitalization; he was "
            "admitted twice in 2025 with respiratory syncytial virus and pneumonia. He also "
            "receives early childhood intervention services for a motor delay.",
            f"His mother, {dilcia.name}, is his only caregiver. She brings him to every visit, "
            "gives his medicines correctly and knows the warning signs that need urgent care. "
            f"His sister {keylin.name} ({doc.us(keylin.born)}) is also my patient and is "
            "healthy and fully vaccinated.",
            "Please contact my office with any questions.",
        ],
        "Sofía Lazcano-Briggs, MD",
        ["Board Certified in Pediatrics", "Gulfton Family Pediatrics"],
    )
    church_es = doc.letter(
        (
            "Iglesia Evangélica Pentecostal Fuente de Vida",
            [
                "7711 Bissonnet St, Houston, TX 77074 · Tel. (713) 555-0192",
                "Pastor Efraín Mejía Soriano",
            ],
            (120, 40, 40),
            "cross",
        ),
        "Houston, Texas, 6 de septiembre de 2026",
        [
            f"Por medio de la presente hago constar que la hermana {dilcia.name} asiste a "
            "nuestra congregación desde el mes de agosto de 2019, junto con sus hijos Keylin "
            "y Mateo.",
            "La hermana Dilcia participa fielmente en los cultos de los domingos y miércoles, "
            "colabora en el ministerio de niños y ayuda cada mes en la despensa de alimentos "
            "que nuestra iglesia ofrece a las familias del vecindario.",
            "La conocemos como una madre responsable, trabajadora y honesta, dedicada al "
            "cuidado de su hijo Mateo, quien nació prematuro y necesita atención médica "
            "constante. Nuestra comunidad la apoya y la estima.",
            "Extiendo la presente a solicitud de la interesada, para los fines que estime "
            "convenientes.",
        ],
        "Efraín Mejía Soriano",
        ["Pastor General"],
        salutation="A quien corresponda:",
        closing="Atentamente,",
    )
    church_en = doc.Sheet()
    y = church_en.center(0.7, "TRANSLATION FROM SPANISH", 9, "sans", fill=doc.GREY)
    y = church_en.center(
        y + 0.1, "[Letterhead:] Fuente de Vida Pentecostal Evangelical Church", 11, "serif-bold"
    )
    y = (
        church_en.center(
            y,
            "7711 Bissonnet St, Houston, TX 77074 · Tel. (713) 555-0192 · "
            "Pastor Efraín Mejía Soriano",
            9.5,
            "serif",
        )
        + 0.3
    )
    y = church_en.text(0.9, y, "Houston, Texas, September 6, 2026", 11) + 0.15
    y = church_en.text(0.9, y, "To whom it may concern:", 11) + 0.1
    y = (
        church_en.paras(
            0.9,
            y,
            6.7,
            [
                f"I hereby state that sister {dilcia.name} has attended our congregation since "
                "August "
                "2019, together with her children Keylin and Mateo.",
                "Sister Dilcia faithfully takes part in the Sunday and Wednesday services, helps "
                "in "
                "the children's ministry and helps every month at the food pantry our church "
                "offers "
                "to the families of the neighborhood.",
                "We know her as a responsible, hard-working and honest mother, devoted to the "
                "care of "
                "her son Mateo, who was born premature and needs constant medical attention. Our "
                "community supports her and holds her in esteem.",
                "I issue this letter at the request of the interested party, for the purposes she "
                "deems appropriate.",
                "Sincerely, [signature] Efraín Mejía Soriano, Senior Pastor",
            ],
            pt=11,
        )
        + 0.2
    )
    church_en.line(0.9, y, 7.6, y, 0.6)
    doc.translation_certificate(
        translator,
        "Spanish",
        "letter of Pastor Efraín Mejía Soriano",
        D(2026, 9, 15),
        church_en,
        y + 0.25,
    )
    receipt = doc.rent_receipt(
        "0347",
        D(2020, 2, 1),
        "Dilcia Ordoñez",
        450.0,
        "Four hundred fifty and 00/100",
        "Room rent - February 2020",
        "Rosa E. Maradiaga",
    )
    placed = [
        capture.card_photo(
            _passport_paper(
                "honduras_passport",
                dilcia,
                ["es", "en"],
                seed,
                code="HND",
                country="REPÚBLICA DE HONDURAS",
                title="PASAPORTE / PASSPORT",
                number="G518207",
                nationality="HONDUREÑA",
                issued=D(2018, 11, 20),
                expiry=D(2028, 11, 19),
                authority="INM HONDURAS",
                labels=doc.passport_labels_es(),
                tint=((214, 226, 240), (226, 236, 246)),
                date_language="es",
            ),
            "scans/WhatsApp Image 2026-10-02 at 18.41.07.jpeg",
            seed + 1,
            turn=90,
            long_side=960,
            quality=40,
        ),
        messaging(
            drawn(
                "honduras_rnp_partida",
                doc.honduras_partida(
                    dilcia, mother_name, father_name, "0703-1994-01488", registry, D(2026, 9, 28)
                ),
                "birth_certificate",
                dilcia,
                "identity",
                "es",
            ),
            "scans/WhatsApp Image 2026-10-02 at 18.41.09.jpeg",
            seed + 2,
        ),
        scanner_app(
            [
                drawn(
                    "partida_translation",
                    doc.partida_translation(
                        dilcia,
                        mother_name,
                        father_name,
                        "0703-1994-01488",
                        registry,
                        D(2026, 9, 28),
                        translator,
                        D(2026, 10, 6),
                    ),
                    "certificate_of_translation",
                    dilcia,
                    "identity",
                ),
                drawn(
                    "head_start_enrollment",
                    doc.head_start(keylin, dilcia, [street, city], D(2025, 8, 18), D(2025, 7, 29)),
                    "school_record",
                    keylin,
                    ("us_family", "education"),
                    ["en", "es"],
                ),
            ],
            "scans/PocketScan 2026-10-07 10.22.pdf",
            seed + 3,
            APP_MARK,
        ),
        capture.copier(
            [
                drawn(
                    "texas_birth",
                    doc.texas_birth(
                        keylin,
                        dilcia,
                        "MEMORIAL HERMANN SOUTHWEST HOSPITAL",
                        "142-21-038815",
                        D(2021, 3, 22),
                        D(2026, 8, 4),
                        f"{street.upper()}, HOUSTON, HARRIS, TX 77081",
                        1,
                    ),
                    "birth_certificate",
                    keylin,
                    "us_family",
                ),
                drawn(
                    "texas_birth",
                    doc.texas_birth(
                        mateo,
                        dilcia,
                        "TEXAS CHILDREN'S PAVILION FOR WOMEN",
                        "142-23-119274",
                        D(2023, 10, 11),
                        D(2026, 8, 4),
                        f"{street.upper()}, HOUSTON, HARRIS, TX 77081",
                        2,
                    ),
                    "birth_certificate",
                    mateo,
                    "us_family",
                ),
            ],
            "scans/birth certificates kids.pdf",
            seed + 4,
        ),
        sent_twice(
            drawn("pediatric_letter", pediatric, "medical_record", mateo, ("medical", "us_family")),
            (
                "scans/WhatsApp Image 2026-09-11 at 08.03.55.jpeg",
                "scans/WhatsApp Image 2026-09-11 at 08.04.31.jpeg",
            ),
            seed + 5,
        ),
        capture.desk(
            drawn(
                "church_letter_es", church_es, "letter_of_support", dilcia, "community_ties", "es"
            ),
            "scans/carta iglesia.jpg",
            seed + 6,
            surface="pale",
            dim=False,
            quality=64,
        ),
        capture.scan(
            drawn(
                "church_letter_translation",
                [church_en],
                "certificate_of_translation",
                dilcia,
                "community_ties",
            ),
            "scans/church letter translation.pdf",
            seed + 7,
            dpi=150,
        ),
        capture.desk(
            drawn(
                "lease",
                doc.lease(
                    dilcia,
                    [keylin, mateo],
                    [street, city],
                    D(2025, 9, 1),
                    D(2026, 8, 31),
                    1185,
                    "Renwick Park Apartments LLC",
                    "Thanh Vo",
                ),
                "residence_record",
                dilcia,
                "length_of_residence",
                proves=(D(2025, 9, 1), D(2026, 8, 31)),
            ),
            ["scans/lease_p1.jpg", "scans/lease_p2.jpg"],
            seed + 8,
            surface="pale",
            quality=55,
        ),
        crumpled(
            drawn(
                "rent_receipt",
                receipt,
                "residence_record",
                dilcia,
                "length_of_residence",
                proves=(D(2020, 2, 1), D(2020, 2, 29)),
            ),
            "scans/IMG_20261001_152233.jpg",
            seed + 9,
        ),
        capture.scan(
            drawn(
                "g28",
                doc.g28(
                    dilcia, a_number, rep, "State Bar of Texas", D(2026, 10, 1), [street, city]
                ),
                "g28",
                dilcia,
                "other",
            ),
            "scans/G28 signed.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": dilcia.name,
            "a_number": a_number,
            "date_of_birth": dilcia.born,
            "country": "Honduras",
            "entered_us": D(2019, 6, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Houston, TX",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "individual",
            "opla_office": "Houston",
            "nta_date": D(2019, 7, 15),
            "charges": ["INA 212(a)(6)(A)(i)"],
            "relief_sought": ["asylum and withholding of removal (I-589)"],
        },
        "request": {
            "type": "administrative_closure",
            "narrative": "Ms. Ordóñez has an asylum application pending before the court. "
            "Her younger son, a U.S. citizen born premature, has chronic lung disease and "
            "depends on her care.",
        },
        "representative": rep,
        "claims": {
            "children": [
                {"name": keylin.name, "date_of_birth": keylin.born, "status": "usc"},
                {"name": mateo.name, "date_of_birth": mateo.born, "status": "usc"},
            ],
            "medical": {"person": mateo.name, "condition": "bronchopulmonary dysplasia"},
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "email", "date": D(2026, 11, 20), "served_by": rep["name"]},
    }
    dup = [
        "scans/WhatsApp Image 2026-09-11 at 08.03.55.jpeg",
        "scans/WhatsApp Image 2026-09-11 at 08.04.31.jpeg",
    ]
    findings = [{"code": "duplicate-document", "file": dup}]
    allowed = [
        {"code": "low-ocr-confidence", "file": "scans/IMG_20261001_152233.jpg"},
        {"code": "low-ocr-confidence", "file": dup},
        {"code": "low-ocr-confidence", "file": "scans/WhatsApp Image 2026-10-02 at 18.41.09.jpeg"},
    ]
    return CasePlan(
        "ordonez",
        "blind19",
        case,
        placed,
        findings,
        allowed,
        notes="the pediatric letter forwarded twice (a true duplicate)",
    )


# ---------------------------------------------------------------- 2. Doral, Florida


def marcano() -> CasePlan:
    """A Venezuelan man in Doral, paroled in at the border in 2022 and granted TPS, filing pro
    se: his cédula de identidad a quarter turn off (in Spanish, never translated), a passport,
    the I-94 printout, his work permit front and back as two photos, the I-797 TPS approval
    forwarded through a messaging app, three pay stubs of a delivery company in a scanner app's
    PDF, a Florida ID card a quarter turn off, a community college ESL certificate, the
    delivery company's letter."""
    luis = Person("Luis Alfredo", "Marcano Rivero", D(1987, 9, 3), "M", "Barquisimeto, Lara")
    street, city = "10550 NW 41st St, Apt 208", "Doral, FL 33178"
    seed = 19200
    a_number = "241-387-905"
    employer = [
        "SUNPATH LAST MILE LOGISTICS LLC",
        "8200 NW 27th St, Bay 4",
        "Doral, FL 33122",
        "Payroll: (305) 555-0121",
    ]

    def stub(period_end: dt.date, hours: float, overtime: float, ytd: float, n: int) -> Paper:
        start = period_end - dt.timedelta(days=6)
        paid = period_end + dt.timedelta(days=5)
        sheet = doc.pay_stub(
            employer,
            "LUIS A MARCANO RIVERO",
            "SPL-20417",
            [street, city],
            (start, period_end),
            paid,
            hours,
            overtime,
            19.50 if n < 3 else 20.25,
            ytd,
            f"00{4410 + n * 733}",
        )
        return drawn(
            "delivery_pay_stub",
            [sheet],
            "pay_record",
            luis,
            "employment_and_taxes",
            proves=(start, period_end),
        )

    tps = doc.i797(
        luis,
        a_number,
        "IOE0921773410",
        "I821 - APPLICATION FOR TEMPORARY PROTECTED STATUS",
        D(2023, 11, 6),
        D(2024, 7, 12),
        [
            "The above application for Temporary Protected Status (TPS) has been approved. "
            "You have been granted TPS as a national of Venezuela under the designation "
            "published in the Federal Register.",
            "Your TPS remains valid as long as the designation of Venezuela remains in effect "
            "and you continue to meet the eligibility requirements. Watch for Federal Register "
            "notices about extensions and re-registration periods.",
            "Your employment authorization document will be mailed separately.",
        ],
        [street, city],
    )
    office_letter = doc.letter(
        (
            "Sunpath Last Mile Logistics LLC",
            [
                "8200 NW 27th St, Bay 4, Doral, FL 33122",
                "(305) 555-0120 · operations@sunpathlm.example",
            ],
            (220, 120, 20),
            "star",
        ),
        long(D(2026, 10, 20)),
        [
            f"This letter confirms that {luis.name} has been employed by Sunpath Last Mile "
            "Logistics LLC as a full-time Delivery Associate since March 13, 2025. He works "
            "five days a week, about 40 to 45 hours, delivering packages on routes in Doral, "
            "Sweetwater and Medley. His current pay rate is $20.25 per hour.",
            "Luis has a clean driving record with our fleet, has never missed a scheduled "
            "route and was named Driver of the Month in January 2026. He trains new associates "
            "on the delivery app and safety checks.",
            "We would be glad to keep him on our team. Please contact me with any questions.",
        ],
        "Yaneisy Portuondo",
        ["Operations Manager", "(305) 555-0120"],
    )
    placed = [
        capture.card_photo(
            _card(
                "venezuela_cedula",
                [doc.cedula(luis, "17.845.302", D(2015, 5, 11), D(2025, 5, 11), seed)],
                "identity_document",
                luis,
                "identity",
                "es",
            ),
            "scans/cedula.jpg",
            seed + 1,
            turn=270,
        ),
        capture.card_photo(
            _passport_paper(
                "venezuela_passport",
                luis,
                ["es", "en"],
                seed + 2,
                code="VEN",
                country="REPÚBLICA BOLIVARIANA DE VENEZUELA",
                title="PASAPORTE / PASSPORT",
                number="149503727",
                nationality="VENEZOLANA",
                issued=D(2019, 2, 18),
                expiry=D(2029, 2, 17),
                authority="SAIME",
                labels=doc.passport_labels_es(),
                tint=((236, 222, 226), (222, 226, 240)),
                date_language="es",
            ),
            "scans/pasaporte.jpg",
            seed + 3,
        ),
        capture.desk(
            drawn(
                "i94_printout",
                doc.i94(
                    luis,
                    "214873659A3",
                    D(2022, 10, 19),
                    "DT",
                    D(2024, 10, 18),
                    "149503727",
                    "VENEZUELA",
                    D(2026, 9, 30),
                    luis.born,
                ),
                ("other", "identity_document"),
                luis,
                ("length_of_residence", "identity"),
                proves=(D(2022, 10, 19), D(2022, 10, 19)),
            ),
            "scans/I94.jpg",
            seed + 4,
            surface="pale",
            dim=False,
        ),
        capture.card_photo(
            _card(
                "ead_card",
                doc.ead(
                    luis,
                    a_number,
                    "IOE0921773415",
                    "A12",
                    (D(2024, 7, 12), D(2026, 4, 2)),
                    seed + 5,
                ),
                "identity_document",
                luis,
                ("identity", "employment_and_taxes"),
            ),
            ["scans/permiso trabajo frente.jpg", "scans/permiso trabajo atras.jpg"],
            seed + 5,
        ),
        messaging(
            drawn(
                "i797_tps_approval",
                tps,
                "other",
                luis,
                ("other", "identity"),
                proves=(D(2024, 7, 12), D(2024, 7, 12)),
            ),
            "scans/WhatsApp Image 2026-09-20 at 20.15.44.jpeg",
            seed + 6,
            long_side=1000,
            quality=44,
        ),
        scanner_app(
            [
                stub(D(2025, 5, 24), 40, 2.5, 9870.0, 1),
                stub(D(2025, 12, 20), 40, 5.0, 38215.5, 2),
                stub(D(2026, 10, 10), 40, 3.0, 36420.75, 3),
            ],
            "scans/Talones de pago.pdf",
            seed + 7,
            APP_MARK,
        ),
        capture.card_photo(
            _card(
                "florida_id",
                [
                    doc.florida_id(
                        luis,
                        "M652-418-87-303-0",
                        [street, city],
                        D(2023, 2, 27),
                        D(2031, 9, 3),
                        seed + 8,
                    )
                ],
                "identity_document",
                luis,
                "identity",
            ),
            "scans/florida id.jpg",
            seed + 8,
            turn=90,
        ),
        capture.desk(
            drawn(
                "esl_certificate",
                doc.certificate(
                    [
                        "Biscayne State College",
                        "School of Continuing and Adult Education",
                        "Doral Campus",
                    ],
                    (20, 60, 120),
                    "Certificate of Completion",
                    up_name(luis),
                    [
                        "has successfully completed",
                        "English for Speakers of Other Languages (ESOL) — Level 4, Intermediate",
                        "240 instructional hours, Fall 2023 – Spring 2024",
                    ],
                    D(2024, 4, 26),
                    [
                        ("Maritza Olazábal, Ed.D.", "Dean, Adult Education"),
                        ("Kevin O'Shea", "ESOL Program Coordinator"),
                    ],
                    4471,
                ),
                ("school_record", "diploma"),
                luis,
                "education",
                proves=(D(2023, 9, 5), D(2024, 4, 26)),
            ),
            "scans/IMG_4471.jpg",
            seed + 9,
            dim=False,
            quality=68,
        ),
        capture.desk(
            drawn(
                "employer_letter",
                office_letter,
                "employment_letter",
                luis,
                "employment_and_taxes",
                proves=(D(2025, 3, 13), D(2026, 10, 20)),
            ),
            "scans/carta trabajo.jpg",
            seed + 10,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": luis.name,
            "a_number": a_number,
            "date_of_birth": luis.born,
            "country": "Venezuela",
            "entered_us": D(2022, 10, 19),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Miami, FL",
            "next_hearing": D(2027, 3, 2),
            "hearing_type": "master",
            "opla_office": "Miami",
            "nta_date": D(2022, 10, 19),
        },
        "request": {
            "type": "dismissal",
            "narrative": "I was paroled at the border in October 2022 and USCIS approved my "
            "Temporary Protected Status in July 2024. I work full time and study English. I ask "
            "that my case be dismissed.",
        },
        "claims": {
            "residence_since": D(2022, 10, 19),
            "education": True,
        },
        "service": {"method": "mail", "date": D(2026, 11, 23), "served_by": luis.name},
    }
    findings = [{"code": "untranslated-document", "file": "scans/cedula.jpg"}]
    allowed = [
        # The TPS approval proves no listed equity: a build may leave it untyped.
        {
            "code": "unclassified-document",
            "file": "scans/WhatsApp Image 2026-09-20 at 20.15.44.jpeg",
        },
    ]
    return CasePlan(
        "marcano",
        "blind19",
        case,
        placed,
        findings,
        allowed,
        notes="pro se; the cédula is in Spanish and not translated",
    )


def up_name(person: Person) -> str:
    return person.name.upper()


# ---------------------------------------------------------------- 3. Sacramento, California


def hakimi() -> CasePlan:
    """An Afghan evacuee in Sacramento who interpreted for a US Army unit: a passport in Dari
    and English a quarter turn off, a paper tazkira in Dari scanned in colour with the lid
    open, its translation and the resettlement agency's letter in one copier PDF, the I-94 of
    his parole (which prints January 1 for his birth date), the officer's two-page letter
    photographed page by page, two English-class certificates in one PDF, two W-2s in another,
    the CalFresh approval forwarded through a messaging app."""
    jawid = Person("Jawid Ahmad", "Hakimi", D(1990, 3, 21), "M", "Parwan")
    street, city = "3921 Norwood Ave, Apt 7", "Sacramento, CA 95838"
    rep = _rep(
        "Naomi Feldstein",
        "Capitol Immigrant Defense Collaborative",
        ["1017 L Street, Suite 340", "Sacramento, CA 95814"],
        "916-555-0147",
        "nfeldstein@capitoldefense.example",
        "CA381054",
    )
    translator = {
        "name": "Farida Noori",
        "address": ["4820 Auburn Blvd, Suite 12", "Sacramento, CA 95841"],
        "phone": "916-555-0183",
    }
    seed = 19300
    a_number = "220-918-463"

    def w2_paper(year: int, wages: float) -> Paper:
        sheet = doc.w2(
            year,
            [
                "NORTHGATE COLD STORAGE &",
                "DISTRIBUTION LLC",
                "5600 POWER INN RD",
                "SACRAMENTO CA 95824",
            ],
            "68-0419273",
            jawid,
            "4417",
            [street, city],
            wages,
            "CA",
            "431-8820-5",
        )
        return drawn(
            "w2",
            [sheet],
            "tax_record",
            jawid,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )

    def esl(level: str, term: str, issued: dt.date, start: dt.date, n: int) -> Paper:
        sheets = doc.certificate(
            ["Del Paso Adult Education Center", "North Sacramento Unified School District"],
            (120, 30, 60),
            "Certificate of Achievement",
            up_name(jawid),
            ["has completed", f"English as a Second Language — {level}", term],
            issued,
            [("Linh Tran-Moreno", "Principal"), ("Gregory Albers", "ESL Instructor")],
            2200 + n,
        )
        return drawn(
            "esl_certificate",
            sheets,
            ("school_record", "diploma"),
            jawid,
            "education",
            proves=(start, issued),
        )

    agency = doc.letter(
        (
            "Capital Region Refugee & Immigrant Services",
            [
                "Afghan Placement and Assistance Program",
                "2515 Fair Oaks Blvd, Sacramento, CA 95825 · (916) 555-0110",
            ],
            (30, 100, 120),
            "house",
        ),
        long(D(2021, 11, 8)),
        [
            f"This letter confirms that Mr. {jawid.name}, a national of Afghanistan, was "
            "evacuated from Kabul in August 2021 and arrived in the United States on August 30, "
            "2021 under Operation Allies Welcome. He was paroled into the United States by U.S. "
            "Customs and Border Protection and stayed at Fort McCoy, Wisconsin, before his "
            "resettlement.",
            "Mr. Hakimi arrived in Sacramento on October 14, 2021 and was resettled by our "
            "agency under the Afghan Placement and Assistance Program (case AP-21-04187). We "
            "provided his initial housing, orientation and enrollment in English classes and "
            "employment services.",
            "He has told our staff that he worked for several years as an interpreter for U.S. "
            "forces in Parwan Province. He is a polite and hard-working client.",
        ],
        "Samira Haidari",
        ["Resettlement Case Manager"],
    )
    officer = doc.two_page_letter(
        (
            "Daniel R. Whitcomb",
            [
                "Major, United States Army",
                "Fort Liberty, North Carolina",
                "daniel.whitcomb.personal@example.com",
            ],
            (40, 60, 40),
            "star",
        ),
        long(D(2026, 9, 2)),
        [
            f"I write in strong support of {jawid.name}, who served as the interpreter of my "
            "platoon in Parwan Province, Afghanistan, from June 2011 to May 2012, when I was a "
            "first lieutenant and platoon leader with the 1st Battalion, 187th Infantry.",
            "Jawid was with us on more than 120 mounted and dismounted patrols and at nearly "
            "every meeting with village elders in the Shinwari and Ghorband valleys. He did not "
            "only translate words; he explained to us what was meant, who was speaking for whom "
            "and when a meeting was not what it seemed. He did this knowing that interpreters "
            "and their families were being targeted.",
            "On March 9, 2012, on a foot patrol south of Siyah Gird, Jawid overheard two men "
            "at a shop discussing where our patrol would pass and warned me. We changed our "
            "route. A pressure-plate device was found on the original route by an engineer "
            "team the next day. I believe that warning saved lives in my platoon.",
        ],
        [
            "After our unit left, Jawid continued to work with the units that replaced us. When "
            "Kabul fell in August 2021, several of us who had served with him wrote letters and "
            "called anyone we knew to help him reach the airport. I was relieved beyond words "
            "when I learned he was safe at Fort McCoy.",
            "Since then I have kept in touch with him. He has worked full time, studied "
            "English and built a life in Sacramento. He is exactly the kind of person this "
            "country promised to protect. I respectfully ask that he be allowed to remain here "
            "and pursue his claims.",
            "I can be reached at the e-mail address above. This letter reflects my personal "
            "views and not those of the Department of the Army or the Department of Defense.",
        ],
        "Daniel R. Whitcomb",
        ["Major, U.S. Army"],
        ["Daniel R. Whitcomb — letter in support of Jawid Ahmad Hakimi", "Page 2 of 2"],
    )
    placed = [
        capture.card_photo(
            _passport_paper(
                "afghanistan_passport",
                jawid,
                ["en", "fa"],
                seed,
                code="AFG",
                country="ISLAMIC REPUBLIC OF AFGHANISTAN",
                title="PASSPORT",
                number="P04418732",
                nationality="AFGHAN",
                issued=D(2019, 5, 6),
                expiry=D(2029, 5, 5),
                authority="MOI KABUL",
                labels=doc.PASSPORT_LABELS_EN,
                dari_labels=doc.PASSPORT_LABELS_DARI,
                tint=((220, 232, 214), (236, 236, 220)),
            ),
            "scans/passport hakimi.jpg",
            seed + 1,
            turn=270,
        ),
        lid_open_scan(
            drawn(
                "afghan_tazkira",
                doc.tazkira(seed + 2),
                "identity_document",
                jawid,
                "identity",
                "fa",
            ),
            "scans/tazkira scan.jpg",
            seed + 2,
        ),
        capture.copier(
            [
                drawn(
                    "tazkira_translation",
                    doc.tazkira_translation(jawid, translator, D(2026, 8, 28)),
                    "certificate_of_translation",
                    jawid,
                    "identity",
                ),
                drawn(
                    "resettlement_letter",
                    agency,
                    ("letter_of_support", "other"),
                    jawid,
                    ("length_of_residence", "other"),
                    proves=(D(2021, 10, 14), D(2021, 11, 8)),
                ),
            ],
            "scans/resettlement papers.pdf",
            seed + 3,
        ),
        capture.desk(
            drawn(
                "i94_printout",
                doc.i94(
                    jawid,
                    "918204473A1",
                    D(2021, 8, 30),
                    "OAR",
                    D(2023, 8, 29),
                    "P04418732",
                    "AFGHANISTAN",
                    D(2026, 8, 14),
                    D(1990, 1, 1),
                ),
                ("other", "identity_document"),
                jawid,
                ("length_of_residence", "identity"),
                proves=(D(2021, 8, 30), D(2021, 8, 30)),
            ),
            "scans/i94 record.jpg",
            seed + 4,
        ),
        capture.desk(
            drawn(
                "officer_letter",
                officer,
                "letter_of_support",
                jawid,
                ("other", "military_service", "community_ties"),
            ),
            ["scans/IMG_5521.jpg", "scans/IMG_5522.jpg"],
            seed + 5,
            surface="pale",
        ),
        capture.copier(
            [
                esl("Beginning Low (Level 2)", "Spring 2022", D(2022, 6, 10), D(2022, 1, 10), 1),
                esl("Intermediate High (Level 5)", "Spring 2023", D(2023, 5, 25), D(2023, 1, 9), 2),
            ],
            "scans/english certificates.pdf",
            seed + 6,
        ),
        capture.copier(
            [w2_paper(2024, 41286.40), w2_paper(2025, 44910.15)],
            "scans/w2 2024 2025.pdf",
            seed + 7,
            dpi=200,
        ),
        messaging(
            drawn(
                "calfresh_notice",
                doc.calfresh_notice(
                    jawid,
                    "S0B7712",
                    [street, city],
                    D(2026, 3, 2),
                    D(2026, 3, 1),
                    292,
                    "M. Okonkwo",
                ),
                ("residence_record", "other"),
                jawid,
                ("length_of_residence", "other"),
                proves=(D(2026, 3, 2), D(2026, 3, 2)),
            ),
            "scans/WhatsApp Image 2026-03-05 at 11.03.52.jpeg",
            seed + 8,
            long_side=820,
        ),
        capture.scan(
            drawn(
                "g28",
                doc.g28(
                    jawid, a_number, rep, "State Bar of California", D(2026, 9, 14), [street, city]
                ),
                "g28",
                jawid,
                "other",
            ),
            "scans/G-28.pdf",
            seed + 9,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": jawid.name,
            "a_number": a_number,
            "date_of_birth": jawid.born,
            "country": "Afghanistan",
            "entered_us": D(2021, 8, 30),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Sacramento, CA",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "master",
            "nta_date": D(2025, 6, 3),
            "relief_sought": ["asylum (I-589), referred by USCIS"],
        },
        "request": {
            "type": "dismissal",
            "narrative": "Mr. Hakimi was evacuated from Kabul in August 2021 after years as an "
            "interpreter for U.S. forces. His asylum application was referred to the court "
            "after his parole expired; dismissal would let him pursue it before USCIS.",
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2021, 8, 30),
            "education": True,
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "email", "date": D(2026, 11, 18), "served_by": rep["name"]},
    }
    findings = [{"code": "inconsistent-identity", "file": "scans/i94 record.jpg"}]
    allowed = [
        # OCR cannot read the tazkira's Dari; its translation gives no surname and an age,
        # not a date of birth, as paper tazkiras do.
        {"code": "low-ocr-confidence", "file": "scans/tazkira scan.jpg"},
        {"code": "inconsistent-identity", "file": "scans/tazkira scan.jpg"},
        {"code": "inconsistent-identity", "file": "scans/resettlement papers.pdf"},
        {"code": "low-ocr-confidence", "file": "scans/WhatsApp Image 2026-03-05 at 11.03.52.jpeg"},
    ]
    return CasePlan(
        "hakimi",
        "blind19",
        case,
        placed,
        findings,
        allowed,
        notes="the I-94 prints his birth date as January 1, 1990",
    )


# ---------------------------------------------------------------- 4. Worcester, Massachusetts


def owusu() -> CasePlan:
    """A Ghanaian mother in Worcester renewing a 2025 denial as caregiver of her adult US-citizen
    son with cerebral palsy: a passport upside down, her Ghana birth certificate photographed in
    its plastic sleeve, her son's Massachusetts birth certificate, the Probate and Family
    Court's two-page guardianship decree and the neurologist's letter in one copier PDF, the SSI
    award letter scanned twice at two resolutions, the home health agency's letter, three W-2s
    in one PDF (one fed upside down), the District Court docket of a 2011 shoplifting charge
    dismissed. Community ties are claimed with no letter to show them, and she claims residence
    since 2001 with nothing dated between 2001 and 2011 or between 2012 and 2017."""
    abena = Person("Abena Konadu", "Owusu-Ansah", D(1976, 2, 14), "F", "Kumasi")
    emmanuel = Person("Emmanuel Kwadwo", "Owusu-Ansah", D(2004, 5, 17), "M", "Worcester")
    street, city = "48 Eastern Ave, Unit 2", "Worcester, MA 01605"
    rep = _rep(
        "Brendan Oduya-Walsh",
        "Central Mass Immigrant Justice Center",
        ["340 Main Street, Suite 806", "Worcester, MA 01608"],
        "508-555-0162",
        "boduyawalsh@cmijc.example",
        "MA740218",
    )
    seed = 19400
    a_number = "097-552-184"

    def w2_paper(year: int, wages: float) -> Paper:
        sheet = doc.w2(
            year,
            ["HEARTWOOD HOME HEALTH", "SERVICES INC", "101 GOLD STAR BLVD", "WORCESTER MA 01606"],
            "04-3391852",
            abena,
            "2208",
            [street, city],
            wages,
            "MA",
            "MA-0837714",
        )
        return drawn(
            "w2",
            [sheet],
            "tax_record",
            abena,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )

    neurologist = doc.letter(
        (
            "Central Massachusetts Neurology Associates",
            [
                "Pediatric and Adult Transition Neurology",
                "67 Belmont Street, Suite 300, Worcester, MA 01605 · (508) 555-0178",
            ],
            (70, 40, 120),
            "leaf",
        ),
        long(D(2026, 10, 14)),
        [
            f"I am the treating neurologist of {emmanuel.name} (date of birth "
            f"{doc.us(emmanuel.born)}), whom I have followed since 2016. Emmanuel has spastic "
            "quadriplegic cerebral palsy (GMFCS level V), epilepsy and severe intellectual "
            "disability. He does not speak, uses a power wheelchair he cannot drive himself, and "
            "has been fed through a gastrostomy tube since March 2025.",
            "His seizures have become more frequent over the past eighteen months, with "
            "clusters that need rescue medication (intranasal midazolam) and two admissions in "
            "2026. He needs someone trained in his seizure plan, tube feeding, repositioning "
            "and transfers with him at all times.",
            f"His mother, {abena.name}, is his court-appointed guardian and his primary "
            "caregiver. She is trained in every part of his care and knows his signs of "
            "distress better than any clinician. Losing her care would put his health and his "
            "life at serious risk; there is no family member who could take her place.",
        ],
        "Priya Venkataraman, MD",
        ["Neurology, Central Massachusetts Neurology Associates"],
    )
    agency = doc.letter(
        (
            "Heartwood Home Health Services, Inc.",
            [
                "101 Gold Star Blvd, Worcester, MA 01606 · (508) 555-0115",
                "Adult Foster Care · Personal Care · Skilled Nursing",
            ],
            (150, 70, 30),
            "house",
        ),
        long(D(2026, 10, 5)),
        [
            f"This letter confirms that {abena.name} has been employed by Heartwood Home "
            "Health Services since February 6, 2017, as the paid caregiver of her son, "
            f"{emmanuel.name}, under the MassHealth Adult Foster Care program. She provides "
            "his daily care in their home, about 50 hours a week, and is supervised by our "
            "registered nurse, who visits monthly.",
            "Ms. Owusu-Ansah has completed our home health aide training, CPR and first aid, "
            "seizure management and gastrostomy tube care. Our nurses report that Emmanuel is "
            "well cared for and that his mother follows his care plan carefully.",
            "She is a dependable employee in good standing. Please contact me with any questions.",
        ],
        "Joanne Pelletier, RN",
        ["Director of Clinical Services"],
    )
    placed = [
        capture.card_photo(
            _passport_paper(
                "ghana_passport",
                abena,
                "en",
                seed,
                code="GHA",
                country="REPUBLIC OF GHANA",
                title="PASSPORT",
                number="G2871463",
                nationality="GHANAIAN",
                issued=D(2023, 6, 14),
                expiry=D(2033, 6, 13),
                authority="MINISTRY OF FOREIGN AFFAIRS",
                labels=doc.PASSPORT_LABELS_EN,
                tint=((230, 222, 236), (240, 232, 222)),
            ),
            "scans/passport.jpg",
            seed + 1,
            turn=180,
        ),
        in_sleeve(
            drawn(
                "ghana_birth",
                doc.ghana_birth(
                    abena,
                    "AKUA SERWAA OWUSU",
                    "KWAME ANSAH OWUSU",
                    "KMA/1283/76",
                    D(1976, 3, 2),
                    D(2000, 11, 21),
                ),
                "birth_certificate",
                abena,
                "identity",
            ),
            "scans/IMG_0912.jpg",
            seed + 2,
        ),
        capture.scan(
            drawn(
                "massachusetts_birth",
                doc.massachusetts_birth(
                    emmanuel,
                    abena,
                    "KOFI BOATENG ANSAH",
                    "2004-0001962",
                    D(2004, 5, 24),
                    D(2022, 6, 30),
                    "48 EASTERN AVE, WORCESTER, MA",
                ),
                "birth_certificate",
                emmanuel,
                ("us_family", "caretaker"),
                proves=(D(2004, 5, 17), D(2004, 5, 17)),
            ),
            "scans/emmanuel birth certificate.jpg",
            seed + 3,
            colour=True,
        ),
        capture.copier(
            [
                _both(
                    drawn(
                        "guardianship_decree",
                        doc.guardianship_decree(
                            emmanuel, abena, "WO22P1874GD", D(2022, 9, 27), "Worcester, MA"
                        ),
                        "court_record",
                        emmanuel,
                        ("caretaker", "us_family"),
                        proves=(D(2022, 9, 27), D(2022, 9, 27)),
                    ),
                    emmanuel,
                    abena,
                ),
                drawn(
                    "neurologist_letter",
                    neurologist,
                    "medical_record",
                    emmanuel,
                    ("caretaker", "medical"),
                ),
            ],
            "scans/court and doctor.pdf",
            seed + 4,
        ),
        capture.twice(
            _both(
                drawn(
                    "ssi_award",
                    doc.ssi_award(
                        emmanuel, abena, [street, city], D(2022, 8, 15), "$955.82", "June 2022"
                    ),
                    "other",
                    emmanuel,
                    ("caretaker", "medical"),
                    proves=(D(2022, 8, 15), D(2022, 8, 15)),
                ),
                emmanuel,
                abena,
            ),
            ("scans/SSI award letter.jpg", "scans/SSI award letter (2).jpg"),
            seed + 5,
        ),
        capture.desk(
            _both(
                drawn(
                    "home_health_letter",
                    agency,
                    ("employment_letter", "letter_of_support"),
                    abena,
                    ("caretaker", "employment_and_taxes"),
                    proves=(D(2017, 2, 6), D(2026, 10, 5)),
                ),
                abena,
                emmanuel,
            ),
            "scans/IMG_0915.jpg",
            seed + 6,
            quality=47,
        ),
        copier_with_one_upside_down(
            [w2_paper(2023, 38640.00), w2_paper(2024, 40115.25), w2_paper(2025, 41870.60)],
            "scans/W2 2023-2025.pdf",
            seed + 7,
            flipped=1,
        ),
        capture.scan(
            drawn(
                "district_court_docket",
                doc.docket(
                    abena,
                    "1162CR007318",
                    D(2011, 11, 19),
                    [
                        (
                            D(2011, 11, 21),
                            "COMPLAINT ISSUED. Defendant arraigned; advised of right to "
                            "counsel. Not guilty plea entered.",
                        ),
                        (
                            D(2011, 11, 21),
                            "Released on personal recognizance. Pretrial conference "
                            "scheduled 01/09/2012.",
                        ),
                        (D(2012, 1, 9), "Pretrial conference held. Continued to 04/03/2012."),
                        (
                            D(2012, 4, 3),
                            "DISMISSED upon payment of court costs, $50.00 (c.276 §87).",
                        ),
                        (D(2012, 4, 3), "Costs paid in full. Case closed."),
                    ],
                    D(2026, 9, 22),
                ),
                "court_record",
                abena,
                ("other", "rehabilitation"),
                proves=(D(2011, 11, 19), D(2012, 4, 3)),
            ),
            "scans/court dismissal 2012.pdf",
            seed + 8,
            dpi=150,
        ),
        capture.scan(
            drawn(
                "g28",
                doc.g28(
                    abena,
                    a_number,
                    rep,
                    "Supreme Judicial Court of Massachusetts",
                    D(2026, 10, 20),
                    [street, city],
                ),
                "g28",
                abena,
                "other",
            ),
            "scans/G28 Owusu-Ansah.pdf",
            seed + 9,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": abena.name,
            "a_number": a_number,
            "date_of_birth": abena.born,
            "country": "Ghana",
            "entered_us": D(2001, 8, 12),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Boston, MA",
            "next_hearing": D(2027, 8, 16),
            "hearing_type": "individual",
            "opla_office": "Boston",
            "nta_date": D(2012, 6, 18),
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 4, 10),
                "outcome": "denied",
                "changes": "Since the denial her son's seizures have become more frequent, he "
                "now depends on tube feeding, and he was admitted twice in 2026; she remains "
                "his guardian and his paid full-time caregiver.",
            },
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2001, 8, 12),
            "children": [
                {"name": emmanuel.name, "date_of_birth": emmanuel.born, "status": "usc"},
            ],
            "caretaker": {"person": emmanuel.name, "condition": "cerebral palsy"},
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 11, 24), "served_by": rep["name"]},
        "negative_factors": [
            {
                "kind": "arrest",
                "description": "Shoplifting charge (G.L. c. 266, § 30A), Worcester District Court",
                "date": D(2011, 11, 19),
                "disposition": "dismissed on April 3, 2012 upon payment of court costs",
            }
        ],
    }
    findings = [
        {"code": "residence-gap", "claim": "residence_since"},
        {"code": "missing-evidence", "claim": "community_ties"},
        {
            "code": "duplicate-document",
            "file": ["scans/SSI award letter.jpg", "scans/SSI award letter (2).jpg"],
        },
    ]
    allowed = [
        # A renewal: much of the folder predates the 2025 denial, though not all of it.
        {"code": "stale-evidence", "claim": "request.prior_request"},
        {"code": "low-ocr-confidence", "file": "scans/IMG_0912.jpg"},
    ]
    return CasePlan(
        "owusu",
        "blind19",
        case,
        placed,
        findings,
        allowed,
        notes="a renewal; true residence gaps 2001-2011 and 2012-2017; community "
        "ties claimed with no letter; the SSI letter scanned twice",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "ordonez": ordonez,
    "marcano": marcano,
    "hakimi": hakimi,
    "owusu": owusu,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
