"""OCR: add a searchable text layer to a normalized source and read its text, page by page.

Input: a ``NormalizedSource``. Output: ``ReadSource``, the searchable PDF, its page texts and
each page's OCR confidence. Images and image-only PDFs are read by Tesseract directly from the
page images normalize made, in one process per document, and the invisible text is grafted
under each image; a page read badly is checked for sideways or upside-down text and read again
upright, and a page whose letters the layout analysis left unread has what was left read as
sparse text. Other PDFs go through OCRmyPDF: pages that already carry text (born-digital) keep it
and are not rasterized; their confidence is not known (None).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from packet._exec import ocrmypdf, tesseract
from packet.config import NormalizeSettings, OcrSettings
from packet.records import NormalizedSource, PageImage, ReadSource

if TYPE_CHECKING:
    import pikepdf

# pikepdf, pypdf and normalize are imported where a page is OCR'd: a build whose scans are all
# in the cache only needs ``versions`` from here.

MIN_ORIENTATION_CONFIDENCE = 1.0  # OSD's own confidence; its guesses are checked anyway
FEW_WORDS = 8  # fewer words than this on a page with ink: maybe the text is sideways
HALF_TURN = 180  # always tried on a page read badly: OSD often misses an upside-down card
TURN_MARGIN = 10.0  # a turned page must read this much better (mean word confidence) to be kept


Part = tuple[tesseract.Reading, int]  # a reading and the page of it


def ocr(
    normalized: NormalizedSource,
    work: Path,
    settings: OcrSettings,
    page_settings: NormalizeSettings,
    first: tuple[Part, ...] | None = None,
) -> ReadSource:
    """``first``: the pages' first reading when it was made with other documents' pages
    (``first_readings``); None reads them here."""
    stem = normalized.pdf.stem.removesuffix("-normalized")
    if normalized.images:
        return _read_images(normalized, work / f"{stem}-ocr", settings, page_settings, first)
    return _read_pdf(normalized, work / f"{stem}-ocr", settings)


def first_readings(
    documents: Sequence[NormalizedSource], base: Path, settings: OcrSettings
) -> list[tuple[Part, ...]]:
    """The pages of several image documents read in one Tesseract process, each document's
    pages' parts in order: Tesseract's start-up and language models (about 0.13-0.2 CPU s
    with eng+spa, against 0.3 s for a whole one-page scan) are paid once for all of them.
    Each page reads exactly as it does alone: Tesseract carries nothing from page to page
    (a test compares the two)."""
    images = [page.ocr_image for document in documents for page in document.images]
    reading = tesseract.read(images, base, settings.languages)
    parts, start = [], 0
    for document in documents:
        parts.append(tuple((reading, start + i) for i in range(len(document.images))))
        start += len(document.images)
    return parts


def ask_versions() -> None:
    """Start asking the engines for their versions, to be taken by ``versions()`` later."""
    tesseract.ask_version()


def versions() -> dict[str, str]:
    """Versions that change OCR output; part of every cache key."""
    return {**ocrmypdf.versions(), "tesseract": tesseract.version()}


def _read_images(
    normalized: NormalizedSource,
    base: Path,
    settings: OcrSettings,
    page_settings: NormalizeSettings,
    first: tuple[Part, ...] | None,
) -> ReadSource:
    from packet.normalize import with_pages

    if first is None:
        [first] = first_readings([normalized], base, settings)
    # each page's readings, in order: the first (or its turned reading), then what it left
    readings: dict[int, list[Part]] = {i: [part] for i, part in enumerate(first)}
    turned = _turned_if_better(normalized, first, base, settings, page_settings)
    if turned:
        normalized = with_pages(
            normalized, {i: page for i, (page, _) in turned.items()}, page_settings
        )
        readings.update({i: [again] for i, (_, again) in turned.items()})
    enlarged = _enlarged_if_better(normalized, _firsts(readings), base, settings)
    if enlarged:
        pages = {i: page for i, (page, _) in enlarged.items()}
        images = tuple(pages.get(i, page) for i, page in enumerate(normalized.images))
        normalized = replace(normalized, images=images)  # the stored images are as they were
        readings.update({i: [again] for i, (_, again) in enlarged.items()})
    left = _read_what_was_left(normalized, _firsts(readings), base, settings)
    if left:
        for i, part in left.items():
            readings[i].append(part)
        normalized = _marked_read_again(normalized, set(left))
    pdf = base.with_name(base.name + "-searchable.pdf")
    _graft_text(normalized, readings, pdf)
    return ReadSource(
        normalized.source,
        pdf,
        tuple(_text(parts) for parts in readings.values()),
        # the first reading's: what was read of the leftovers adds text, never doubt
        tuple(_confidence(parts[0]) for parts in readings.values()),
        normalized=normalized.records,
        page_drawn=(True,) * normalized.pages,  # a scan: every page is an image
        page_images=normalized.images,
    )


def _firsts(readings: dict[int, list[Part]]) -> dict[int, Part]:
    """Each page's reading so far (its first, or the one kept turned or enlarged)."""
    return {i: parts[0] for i, parts in readings.items()}


def _text(parts: list[Part]) -> str:
    """A page's text: its first reading as Tesseract laid it out, then the legible words of
    what was read of its leftovers."""
    (first, n), *left = parts
    return "\n".join([first.texts[n], *(r.legible_texts[m] for r, m in left)])


def _turned_if_better(
    normalized: NormalizedSource,
    first: tuple[Part, ...],
    base: Path,
    settings: OcrSettings,
    page_settings: NormalizeSettings,
) -> dict[int, tuple[PageImage, tuple[tesseract.Reading, int]]]:
    """Pages read badly, read again turned over and turned the way OSD says; each kept in
    the turn that reads clearly best, and as it was unless a turn reads better by a margin.

    OSD is unsure on short pages and small cards (a passport page upside down is "upright,
    Bengali" to it), so a half turn is always tried besides its guess, and every guess is
    checked by reading the page again rather than trusted. The turned pages of a document are
    read in one Tesseract call; upright pages that read well never pay for any of it.
    """
    from packet.normalize import turned_page

    tries: list[tuple[int, PageImage]] = []
    for i in _doubtful_pages(first, settings):
        page = normalized.images[i]
        osd = tesseract.upright_turn(page.ocr_image, MIN_ORIENTATION_CONFIDENCE)
        for degrees in sorted({HALF_TURN, osd} - {0}):
            tries.append((i, turned_page(page, degrees, page_settings)))
    if not tries:
        return {}
    again = tesseract.read(
        [page.ocr_image for _, page in tries],
        base.with_name(base.name + "-turned"),
        settings.languages,
    )
    best: dict[int, tuple[PageImage, tuple[tesseract.Reading, int]]] = {}
    score = {i: (_confidence(first[i]) or 0) + TURN_MARGIN for i, _ in tries}
    for n, (i, page) in enumerate(tries):
        confidence = again.confidences[n] or 0
        if confidence > score[i] and again.words[n] >= FEW_WORDS:
            best[i], score[i] = (page, (again, n)), confidence
    return best


def _enlarged_if_better(
    normalized: NormalizedSource, first: dict[int, Part], base: Path, settings: OcrSettings
) -> dict[int, tuple[PageImage, Part]]:
    """Small pages read poorly (a photo a messaging app shrank to a few hundred pixels), read
    again two or three times larger; each kept enlarged where that reads more surely.

    Only where the first reading was doubtful: enlarging a page that read well gains little,
    and a card's machine-readable zone, read at its own size well enough that its birth date
    checks, can come out of an enlarged copy with a letter too many, and its captions lost.
    Kept by how many letters each reading read well: a reading of smudges is unsure of
    everything, so its mean confidence may still beat a reading of the words. The pages of a
    document are read in one call.
    """
    from packet.normalize import enlarged_page
    from packet.text.mrz import read_zone

    tries: list[tuple[int, PageImage]] = []
    for i, (reading, n) in sorted(first.items()):
        if (_confidence((reading, n)) or 0) >= settings.enlarge_below:
            continue
        if read_zone(reading.texts[n]) is not None:
            continue  # a zone whose birth date checks: the holder is read; enlarging risks it
        if page := enlarged_page(normalized.images[i]):
            tries.append((i, page))
    if not tries:
        return {}
    again = tesseract.read(
        [page.ocr_image for _, page in tries],
        base.with_name(base.name + "-enlarged"),
        settings.languages,
    )
    best: dict[int, tuple[PageImage, Part]] = {}
    for n, (i, page) in enumerate(tries):
        reading, m = first[i]
        if again.confident_letters[n] > reading.confident_letters[m]:
            best[i] = (page, (again, n))
    return best


def _read_what_was_left(
    normalized: NormalizedSource, first: dict[int, Part], base: Path, settings: OcrSettings
) -> dict[int, Part]:
    """What Tesseract's layout analysis left unread on each page (``packet/unread.py``: a
    shaded, dashed table taken for a picture), read as sparse text from a copy of the page
    with every word already read painted out: the first reading keeps its order and lines,
    and nothing is read twice. Kept where it reads enough letters well; the pages of a
    document are read in one call, and a page read whole costs only the look at its ink."""
    from packet.unread import unread_share, without_words

    pages = [
        i
        for i, page in enumerate(normalized.images)
        if unread_share(page.ocr_image, first[i][0].boxes[first[i][1]])
        >= settings.read_again_unread
    ]
    if not pages:
        return {}
    copies = []
    for i in pages:
        reading, n = first[i]
        copy = base.with_name(f"{base.name}-left-{i + 1}.png")
        without_words(normalized.images[i].ocr_image, reading.boxes[n], copy)
        copies.append(copy)
    left = tesseract.read(
        copies, base.with_name(base.name + "-left"), settings.languages, tesseract.SPARSE_TEXT
    )
    return {
        i: (left, n)
        for n, i in enumerate(pages)
        if left.confident_letters[n] >= READ_AGAIN_MIN_LETTERS
    }


def _marked_read_again(normalized: NormalizedSource, pages: set[int]) -> NormalizedSource:
    """The source with its pages read again saying so, for `packet explain` and report.json."""
    images = tuple(
        replace(page, record=replace(page.record, read_again=True)) if i in pages else page
        for i, page in enumerate(normalized.images)
    )
    return replace(normalized, images=images)


READ_AGAIN_MIN_LETTERS = 20  # read well (confidence 70 or more): less is specks and rules


def _doubtful_pages(first: tuple[Part, ...], settings: OcrSettings) -> list[int]:
    """Pages read so badly that their text may be sideways or upside down."""
    return [
        i
        for i, (reading, n) in enumerate(first)
        if reading.words[n] < FEW_WORDS
        or (reading.confidences[n] or 0) < settings.orientation_check_below
    ]


def _confidence(part: Part) -> float | None:
    reading, n = part
    return reading.confidences[n]


def _graft_text(normalized: NormalizedSource, readings: dict[int, list[Part]], out: Path) -> None:
    """Lay each page's invisible text exactly under the image it was read from.

    Each text page becomes a Form XObject drawn under the image, turned by the page's skew:
    nothing is parsed or re-encoded, so grafting costs milliseconds a page. A page read twice
    (what the first reading left) gets both layers: the second read a copy of the same size.
    """
    import pikepdf

    with contextlib.ExitStack() as stack:
        pdf = stack.enter_context(pikepdf.open(normalized.pdf))
        layers = {
            id(r): stack.enter_context(pikepdf.open(r.text_pdf))
            for parts in readings.values()
            for r, _ in parts
        }
        for i, parts in sorted(readings.items()):
            page = pdf.pages[i]
            for reading, n in reversed(parts):  # each prepended: the first reading comes first
                text_page = layers[id(reading)].pages[n]
                form = pdf.copy_foreign(text_page.as_form_xobject())
                name = page.add_resource(form, pikepdf.Name.XObject, prefix="OCR")
                a, b, c, d, e, f = _text_placement(normalized.images[i], text_page.mediabox)
                drawing = f"q {a:f} {b:f} {c:f} {d:f} {e:f} {f:f} cm {name} Do Q\n".encode()
                page.contents_add(pikepdf.Stream(pdf, drawing), prepend=True)
        pdf.save(out)


def _text_placement(image: PageImage, mediabox: pikepdf.Array) -> tuple[float, ...]:
    """The matrix from Tesseract's text page to where its image sits, turned as it was: each
    step applied after the one before (``a @ b``: first a, then b)."""
    from pikepdf import Matrix

    width, height = (
        float(mediabox[2]) - float(mediabox[0]),
        float(mediabox[3]) - float(mediabox[1]),
    )
    ocr_w, ocr_h = image.ocr_size
    shown_w, shown_h = image.size
    left, bottom, box_w, _ = image.box
    points_per_pixel = box_w / shown_w
    steps = (
        Matrix().scaled(ocr_w / width, ocr_h / height),  # text page units → scan pixels
        Matrix().translated(-ocr_w / 2, -ocr_h / 2),
        Matrix().rotated(image.skew),  # about the centre, as Pillow turned the image
        Matrix().translated(shown_w / 2, shown_h / 2),
        Matrix().scaled(points_per_pixel, points_per_pixel),
        Matrix().translated(left, bottom),
    )
    placed = Matrix()
    for step in steps:
        placed = placed @ step
    return tuple(placed.shorthand)


def _read_pdf(normalized: NormalizedSource, base: Path, settings: OcrSettings) -> ReadSource:
    pdf, sidecar = base.with_suffix(".pdf"), base.with_suffix(".txt")
    texts = ocrmypdf.add_text_layer(
        normalized.pdf, pdf, sidecar, settings.languages, normalized.pages
    )
    from packet.pdfpages import drawn_pages

    confidences = (None,) * normalized.pages
    return ReadSource(
        normalized.source, pdf, tuple(texts), confidences, page_drawn=drawn_pages(pdf)
    )
