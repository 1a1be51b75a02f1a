"""Normalize: turn a source (image or PDF) into a PDF of US-letter portrait pages.

Input: a ``Source``. Output: a ``NormalizedSource`` (a PDF in the work folder, and for images
and image-only PDFs the page images OCR reads, each with a ``PageNormalization`` saying what
was done to it). A phone photo of a sheet lying on a desk is cut to the sheet and its
perspective corrected, and unevenly lit pages are evened out (packet/sheet.py); a flat scan
is recognised as one in milliseconds and left alone. Images are turned upright (EXIF, the
direction of their text lines, landscape, deskew), fitted inside the margins with their aspect
ratio kept, and stored compactly: grey when
the scan has no real colour, JPEG at no more than ``max_dpi``, pages of only ink on paper and
1-bit scans as lossless CCITT G4. Other PDFs' pages are scaled onto letter paper as vectors, so
born-digital text survives and is not OCR'd again; forms are flattened (their values stay
visible), and each page is rebuilt from what prints by an allow-list (pdfpages.py), so that no
script, attachment or metadata of the sender's file comes along. Every page image is written
without the source's metadata (EXIF, comments, ICC profile).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

import img2pdf
import pikepdf
from PIL import Image, ImageChops, ImageFilter, ImageOps, ImageSequence, ImageStat
from reportlab.lib.units import inch

from packet import likeness, pdfpages
from packet._exec import tesseract
from packet.config import IntakeSettings, NormalizeSettings
from packet.ingest import Unusable, detail, heif_support, refuse_bomb
from packet.records import NormalizedSource, PageImage, PageNormalization, Source

if TYPE_CHECKING:  # pypdf is imported where a PDF is read: a worker reading photos never needs it
    from pypdf import PageObject, PdfReader

LANDSCAPE_RATIO = 1.05  # wider than this is landscape content, turned to fit a portrait page
MIN_TESSERACT_DPI = 70  # below this Tesseract distrusts the resolution and guesses its own
COLOUR_SATURATION = 60  # 0-255: paper tints and JPEG noise stay below, ink and photos above
COLOUR_SHARE = 0.002  # a page with more colourful pixels than this keeps its colour
SKEW_WIDTH = 400  # pixels: skew is measured on a copy about this wide: precise enough, cheap
OCR_COPY_QUALITY = 95  # JPEG quality of the copy Tesseract reads: its reading does not change
SMOOTH_GREY_SHARE = 0.008  # more smooth mid-grey than this (a photo, shading) keeps a page grey
DOWNSAMPLE_SLACK = 1.2  # resampling a page only slightly over max_dpi costs time, saves little
MIN_SKEW = 0.3  # degrees: straightening less than this is invisible and costs a resample
OSD_SIDE = 1800  # pixels: the long side of the copy Tesseract's orientation check reads
# The text lines are known to run up and down; OSD only says which end is up, and even its
# unsure answers are right more often than a fixed guess.
MIN_OSD_CONFIDENCE = 0.0
# Turning a sheet the ink profiles could not call sideways: quarter-turned cards measured 2.8
# to 5.5, upright ones never read as a quarter turn at all.
UNSURE_OSD_CONFIDENCE = 1.5
EXIF_ORIENTATION = 0x0112
# A page image less than this many pixels across (its short side) is read enlarged twice, and
# less than the second, three times (see _enlargement)
ENLARGE_BELOW = 800
ENLARGE_THRICE_BELOW = 500
SHEET_SHARE = 1.25  # a sheet 4/5 of its photo keeps max_dpi; half of it, about 2/3 of that


@dataclass(frozen=True)
class Saved:
    """A frame as its file holds it: its size in pixels (a large JPEG may be decoded smaller)
    and its EXIF orientation, so that where its sheet was found can be told in the file's own
    pixels."""

    size: tuple[int, int] = (0, 0)  # (0, 0): as decoded
    orientation: int = 1


AS_DECODED = Saved()  # a PDF's page image: its pixels are the ones decoded


def normalize(
    source: Source, work: Path, settings: NormalizeSettings, limits: IntakeSettings
) -> NormalizedSource:
    pdf = work / f"{source.sha256[:16]}-normalized.pdf"
    if source.kind == "heic":
        heif_support()
    frames: Iterator[tuple[Image.Image, Saved]] | None
    if source.kind == "pdf":
        scans = _scanned_pages(source.path, limits.max_image_pixels)
        frames = None if scans is None else ((scan, AS_DECODED) for scan in scans)
    else:
        frames = _frames(source.path, limits.max_image_pixels, settings)
    if frames is None:
        return NormalizedSource(source, pdf, _pdf_onto_letter(source.path, pdf, settings, limits))
    stem = pdf.with_suffix("")
    images = [
        _page_image(
            *_prepared(frame, saved, settings, Path(f"{stem}-{n}")), Path(f"{stem}-{n}"), settings
        )
        for n, (frame, saved) in enumerate(frames, start=1)
    ]
    _write_image_pdf(images, pdf, settings)
    return NormalizedSource(source, pdf, len(images), tuple(images))


def turned_page(page: PageImage, degrees: int, settings: NormalizeSettings) -> PageImage:
    """The page image turned by ``degrees`` (counter-clockwise), written beside the original."""
    with Image.open(page.ocr_image) as image:
        upright = image.rotate(degrees, expand=True)
    stem = Path(f"{page.image.with_suffix('')}-turned{degrees}")
    record = replace(page.record, turned=(page.record.turned + degrees) % 360)
    return _page_image(upright, page.skew, page.bitonal, record, stem, settings)


def enlarged_page(page: PageImage) -> PageImage | None:
    """The page with a copy for OCR enlarged two or three times, or None when its letters are
    large enough as they are (see ``_enlargement``). The stored image stays as it was, and so
    does the size in points the text is laid over."""
    with Image.open(page.ocr_image) as image:
        times = _enlargement(image)
        if times == 1:
            return None
        image.load()
        dpi = max(MIN_TESSERACT_DPI, round(page.size[0] / (page.box[2] / inch)))
        stem = Path(f"{page.image.with_suffix('')}-enlarged")
        copy = _ocr_copy(image, stem, dpi, times)
    return replace(page, ocr_copy=copy, record=replace(page.record, read_enlarged=times))


def with_pages(
    normalized: NormalizedSource, pages: dict[int, PageImage], settings: NormalizeSettings
) -> NormalizedSource:
    """The same source with some page images replaced (page index → image), PDF rewritten."""
    images = [pages.get(i, image) for i, image in enumerate(normalized.images)]
    _write_image_pdf(images, normalized.pdf, settings)
    return replace(normalized, images=tuple(images))


# --- images ---


def _frames(
    path: Path, max_pixels: int, settings: NormalizeSettings
) -> Iterator[tuple[Image.Image, Saved]]:
    """Each frame upright by its EXIF, and its size and EXIF orientation as saved."""
    with Image.open(path) as image:
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            # every page against the same limit, before it is decoded (the header says its size)
            refuse_bomb(*frame.size, max_pixels, f"page {number} of the image")
            size = frame.size  # as saved: a large JPEG may be decoded smaller
            _decode_no_larger_than_needed(frame, settings)
            try:
                frame.load()
            except (OSError, ValueError, SyntaxError, EOFError) as exc:
                why = detail(exc, path)
                raise Unusable(
                    f"the image is damaged or truncated ({why}); copy or scan it again"
                ) from None
            # read once decoded: a PNG may keep its EXIF after the pixels
            saved = Saved(size, frame.getexif().get(EXIF_ORIENTATION, 1))
            x_dpi, y_dpi = _resolution(frame)
            square = _square_pixels(_flat(frame), x_dpi / y_dpi) if x_dpi and y_dpi else frame
            yield _flat(ImageOps.exif_transpose(square)), saved


# A fax's standard resolution is 204 x 98 dpi (its fine one 204 x 196): pixels not square
# are made square before anything looks at the page, or its text reads squashed to OCR.
SQUARE_ENOUGH = 1.1  # pixels this near square are square (a scanner's 300 x 299)


def _resolution(frame: Image.Image) -> tuple[float, float]:
    """The frame's horizontal and vertical resolution as its file states them, or zeros."""
    dpi = frame.info.get("dpi")
    try:
        x, y = (float(v) for v in dpi) if dpi else (0.0, 0.0)
    except (TypeError, ValueError):
        return 0.0, 0.0
    return (x, y) if x > 0 and y > 0 else (0.0, 0.0)


def _square_pixels(image: Image.Image, shape: float) -> Image.Image:
    """The image with square pixels: ``shape`` is a pixel's height over its width; the
    shorter side is stretched (a 1-bit fax stays 1-bit: its rows are repeated)."""
    if 1 / SQUARE_ENOUGH <= shape <= SQUARE_ENOUGH:
        return image
    w, h = image.size
    size = (w, round(h * shape)) if shape > 1 else (round(w / shape), h)
    method = Image.Resampling.NEAREST if image.mode == "1" else Image.Resampling.LANCZOS
    return image.resize(size, method)


def _decode_no_larger_than_needed(image: Image.Image, settings: NormalizeSettings) -> None:
    """A JPEG larger than its page needs is decoded at a half, a quarter or an eighth of its
    size (the largest that still gives the page max_dpi, also when the sheet cut out of the
    photo covers four fifths of it): decoded whole, a 48-megapixel phone photo took 770 MB of
    memory before it was resampled to 300 dpi anyway."""
    if image.format != "JPEG":
        return
    w, h = image.size
    turned = image.getexif().get(EXIF_ORIENTATION, 1) in (5, 6, 7, 8)  # shown sideways
    if turned:
        w, h = h, w
    landscape = w > h * LANDSCAPE_RATIO
    if landscape:
        w, h = h, w
    w_pt, h_pt = _fitted(w, h, settings)
    share = SHEET_SHARE if settings.crop else 1.0
    need = [math.ceil(v / inch * settings.max_dpi * share) for v in (w_pt, h_pt)]
    if landscape:
        need.reverse()
    if turned:
        need.reverse()
    image.draft(image.mode, (need[0], need[1]))


def _flat(image: Image.Image) -> Image.Image:
    """An image in mode 1, L or RGB, transparency laid on white paper."""
    if image.mode in ("1", "L", "RGB"):
        return image  # exif_transpose already made a copy, detached from the file
    if image.mode == "P" or "A" in image.mode or image.mode == "LA":
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, "white")
        return Image.alpha_composite(paper, rgba).convert("RGB")
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "F"):  # 16-bit scans: scale, don't clip
        wide = image.convert("I")
        low, high = cast(tuple[float, float], wide.getextrema())  # one band: its min and max
        scale = 255 / max(1, high - low)
        return wide.point(lambda v: (v - low) * scale).convert("L")
    return image.convert("RGB")  # CMYK, YCbCr, LAB


def _prepared(
    frame: Image.Image, saved: Saved, settings: NormalizeSettings, stem: Path
) -> tuple[Image.Image, float, bool, PageNormalization]:
    """The frame cut to its sheet, evenly lit, upright and no larger than needed; its skew;
    whether to store it 1-bit; and what was done to it."""
    frame, record = _as_paper(frame, saved, settings, stem)
    if not record.sheet and frame.width > frame.height * LANDSCAPE_RATIO:
        # A landscape scan is turned to fill the portrait page; a sheet cut out of a photo was
        # already turned by its text (a card stays landscape, upright).
        frame = frame.transpose(Image.Transpose.ROTATE_90)
        record = replace(record, turned=90)
    frame = _downsampled(frame, settings)
    if settings.cleanup and frame.mode != "1":
        frame = ImageOps.autocontrast(frame.convert("L"), cutoff=1)
    elif frame.mode == "RGB" and not _has_colour(frame):
        frame = frame.convert("L")
    bitonal = settings.bitonal_text and frame.mode == "L" and _only_ink_on_paper(frame)
    angle = _skew(frame) if settings.deskew else 0.0
    return frame, (angle if abs(angle) >= MIN_SKEW else 0.0), bitonal, record


def _as_paper(
    frame: Image.Image, saved: Saved, settings: NormalizeSettings, stem: Path
) -> tuple[Image.Image, PageNormalization]:
    """A photo of a sheet on a desk cut to the sheet, straightened, evenly lit and turned by its
    text; anything else as it was (checked on a small copy: a flat scan costs milliseconds)."""
    record = PageNormalization(frame.size, saved=saved.size, exif=saved.orientation)
    if frame.mode == "1" or not (settings.crop or settings.flatten_light):
        return frame, record  # a fax or a 1-bit scan: paper to the edges, no light to even
    # OpenCV takes a third of a second to import: commands that read no image never pay it.
    from packet import sheet

    seen = sheet.look(frame)
    found = sheet.find_sheet(frame, seen) if settings.crop else None
    if found:
        frame = sheet.unwarp(frame, found)
        corners = tuple((round(x), round(y)) for x, y in found.corners)
        record = replace(record, sheet=corners, perspective=found.perspective)
    # A sheet cut out of a photo is always evened; anything else only when it is uneven.
    if settings.flatten_light and (found or sheet.uneven_light(frame, seen)):
        frame = sheet.flattened(frame)
        record = replace(record, light_flattened=True)
    sideways = sheet.text_runs_vertically(frame) if found else False
    if sideways is not False:
        turn = _quarter_turn(frame, stem, sure=sideways is True)
        if turn:
            frame = frame.rotate(turn, expand=True)
            record = replace(record, turned=turn)
    return frame, record


def _quarter_turn(frame: Image.Image, stem: Path, sure: bool) -> int:
    """Degrees (90 or 270, counter-clockwise) that make a sideways sheet's text upright, or 0.

    Tesseract's orientation check decides. When the sheet surely lies sideways and the check
    cannot tell, a quarter turn left is taken, and OCR later turns the page over if it then
    reads upside down; when it only may lie sideways, it is turned only if the check says so
    with some confidence (its "180" on an upright card is the upside-down doubt OCR settles).
    """
    copy = frame.convert("L")
    copy.thumbnail((OSD_SIDE, OSD_SIDE))
    path = Path(f"{stem}-osd.png")
    dpi = max(MIN_TESSERACT_DPI, round(max(copy.size) / 11))  # as if it were a letter page
    copy.save(path, dpi=(dpi, dpi))
    try:
        turn = tesseract.upright_turn(path, MIN_OSD_CONFIDENCE if sure else UNSURE_OSD_CONFIDENCE)
    finally:
        path.unlink(missing_ok=True)
    if turn in (90, 270):
        return turn
    return 90 if sure else 0


def _straightened(frame: Image.Image, skew: float, bitonal: bool) -> Image.Image:
    if not skew:
        return frame
    # Pages stored 1-bit lose their grey edges anyway, and turning them is cheap that way.
    nearest = bitonal or frame.mode == "1"
    quality = Image.Resampling.NEAREST if nearest else Image.Resampling.BILINEAR
    fill = 1 if frame.mode == "1" else "white"
    return frame.rotate(skew, quality, expand=True, fillcolor=fill)


def _fitted(width: int, height: int, settings: NormalizeSettings) -> tuple[float, float]:
    """Width and height in points of an image fitted inside the page margins."""
    page_w, page_h = (d * inch for d in settings.page_inches)
    margin = settings.margin_inches * inch
    scale = min((page_w - 2 * margin) / width, (page_h - 2 * margin) / height)
    return width * scale, height * scale


def _downsampled(frame: Image.Image, settings: NormalizeSettings) -> Image.Image:
    w_pt, _ = _fitted(frame.width, frame.height, settings)
    dpi = frame.width / (w_pt / inch)
    if dpi <= settings.max_dpi * DOWNSAMPLE_SLACK:
        return frame
    factor = settings.max_dpi / dpi
    size = (round(frame.width * factor), round(frame.height * factor))
    if frame.mode == "1":  # resampling a 1-bit image needs grey levels, then back to 1-bit
        return (
            frame.convert("L")
            .resize(size, Image.Resampling.BOX)
            .point(lambda v: 255 if v > 127 else 0, "1")
        )
    return frame.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _has_colour(frame: Image.Image) -> bool:
    small = frame.reduce(max(1, frame.width // 400)).convert("HSV")
    saturation, _, value = small.split()
    # colourful = saturated and not nearly black (dark pixels have meaningless hue)
    vivid = saturation.point(lambda s: 255 if s > COLOUR_SATURATION else 0)
    lit = value.point(lambda v: 255 if v > 60 else 0)
    return ImageStat.Stat(ImageChops.multiply(vivid, lit)).mean[0] / 255 > COLOUR_SHARE


def _only_ink_on_paper(grey: Image.Image) -> bool:
    """Text, lines and stamps on plain paper: nothing a 1-bit copy would lose.

    Photos, shading and tinted security paper have smooth areas of mid-grey; text only has
    mid-grey at the edges of its strokes, next to ink and paper. Measured at about 75 dpi.
    """
    small = grey.reduce(max(1, grey.width // 600))
    spread = ImageChops.difference(small, small.filter(ImageFilter.BoxBlur(1)))
    mid_grey = small.point(lambda v: 255 if 60 < v < 200 else 0)
    smooth = spread.point(lambda v: 255 if v < 6 else 0)
    return ImageStat.Stat(ImageChops.multiply(mid_grey, smooth)).mean[0] / 255 < SMOOTH_GREY_SHARE


def _ink_threshold(grey: Image.Image) -> int:
    """Otsu's threshold: the grey level that best separates ink from paper."""
    histogram = grey.histogram()
    total, weighted = sum(histogram), sum(i * n for i, n in enumerate(histogram))
    best, best_spread, below, below_weighted = 128, -1.0, 0, 0
    for level, count in enumerate(histogram[:-1]):
        below += count
        below_weighted += level * count
        above = total - below
        if below == 0 or above == 0:
            continue
        gap = below_weighted / below - (weighted - below_weighted) / above
        spread = below * above * gap * gap
        if spread > best_spread:
            best, best_spread = level, spread
    return best


def _skew(frame: Image.Image) -> float:
    """Degrees (counter-clockwise) that make the text lines of ``frame`` horizontal.

    Text lines are straight when the rows' ink totals vary most (projection profile), tried on
    a small inverted copy: a coarse sweep, then a fine one around the best coarse angle.
    """
    grey = frame.convert("L")
    small = grey.reduce(max(1, grey.width // SKEW_WIDTH))
    ink = small.point(lambda v: 255 if v < 128 else 0)
    if ImageStat.Stat(ink).mean[0] < 0.5:  # a blank page has no lines to straighten
        return 0.0

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, Image.Resampling.NEAREST, expand=False)
        return ImageStat.Stat(turned.resize((1, turned.height), Image.Resampling.BOX)).var[0]

    best = max(range(-5, 6), key=sharpness)
    return max((best + a / 5 for a in range(-3, 4)), key=sharpness)


def _page_image(
    frame: Image.Image,
    skew: float,
    bitonal: bool,
    record: PageNormalization,
    stem: Path,
    settings: NormalizeSettings,
) -> PageImage:
    """Write one page's image, straight and compact, and say where it sits on the letter page.

    When the stored image is not the scan as it was (straightened, or made 1-bit), the scan is
    also written uncompressed for OCR, which costs no encoding time.
    """
    page = _straightened(frame, skew, bitonal)
    page.info.clear()  # no comment, EXIF or ICC profile of the source goes into the packet
    w_pt, h_pt = _fitted(page.width, page.height, settings)
    dpi = max(MIN_TESSERACT_DPI, round(page.width / (w_pt / inch)))
    ocr_copy = _ocr_copy(frame, stem, dpi) if bitonal or skew else None
    record = replace(record, skew=skew, image_hash=likeness.page_hash(page))
    if bitonal:
        threshold = _ink_threshold(frame)
        page = page.point(lambda v: 255 if v > threshold else 0, "1")
    if page.mode == "1":
        path = stem.with_suffix(".tif")
        # One strip: img2pdf then copies the G4 data as it is instead of decoding and re-encoding
        page.save(path, "TIFF", compression="group4", dpi=(dpi, dpi), strip_size=2**31 - 1)
    else:
        path = stem.with_suffix(".jpg")
        page.save(path, "JPEG", quality=settings.jpeg_quality, optimize=True, dpi=(dpi, dpi))
    page_w, page_h = (d * inch for d in settings.page_inches)
    box = ((page_w - w_pt) / 2, (page_h - h_pt) / 2, w_pt, h_pt)
    return PageImage(path, box, page.size, ocr_copy, frame.size, skew, bitonal, record)


def _enlargement(frame: Image.Image) -> int:
    """How many times larger Tesseract may read a page again: 1 for a scan, 2 or 3 for a sheet
    a messaging app or a thumbnail left only a few hundred pixels across.

    Tesseract finds letters best when they are some 20-30 pixels tall; on a letter page 500-800
    pixels wide its body text is 6-9 pixels tall, and Tesseract misreads most of it (a forwarded
    pediatric letter: 45 words of four letters or more read at its own size, 88 at twice it).
    Enlarged smoothly (Lanczos), the letters' edges stay where the photo had them. A page 800
    pixels or more across reads as well at its own size.
    """
    if frame.mode == "1":
        return 1  # a fax or a 1-bit scan: its pixels are all it has, and there are enough
    short = min(frame.size)
    if short >= ENLARGE_BELOW:
        return 1
    return 2 if short >= ENLARGE_THRICE_BELOW else 3


def _ocr_copy(frame: Image.Image, stem: Path, dpi: int, enlarged: int = 1) -> Path:
    """The page as scanned, for Tesseract: near-lossless, fast to write, and small enough that a
    300-page scan does not fill the temporary folder (uncompressed it would take 8 MB a page).
    Enlarged ``enlarged`` times, its DPI with it: the text Tesseract lays over it keeps the
    page's size in points."""
    if enlarged > 1:
        size = (frame.width * enlarged, frame.height * enlarged)
        frame = frame.resize(size, Image.Resampling.LANCZOS)
        dpi *= enlarged
    if frame.mode == "1":
        path = Path(f"{stem}-ocr.tif")
        frame.save(path, "TIFF", compression="group4", dpi=(dpi, dpi), strip_size=2**31 - 1)
    else:
        path = Path(f"{stem}-ocr.jpg")
        frame.save(path, "JPEG", quality=OCR_COPY_QUALITY, dpi=(dpi, dpi))
    return path


def _write_image_pdf(images: list[PageImage], pdf: Path, settings: NormalizeSettings) -> None:
    page_w, page_h = (d * inch for d in settings.page_inches)
    boxes = iter([p.box for p in images])

    def layout(_w: int, _h: int, _dpi: tuple[float, float]) -> tuple[float, float, float, float]:
        _, _, w, h = next(boxes)
        return page_w, page_h, w, h  # img2pdf centres the image, as _page_image assumed

    # img2pdf embeds JPEG and G4 data as they are: no decoding, no second generation loss.
    data = img2pdf.convert([str(p.image) for p in images], layout_fun=layout)
    pdf.write_bytes(data)


# --- PDFs ---

PLAIN_IMAGE_FILTERS = {"/DCTDecode", "/FlateDecode", "/CCITTFaxDecode", "/LZWDecode"}


def _scanned_pages(path: Path, max_pixels: int) -> Iterator[Image.Image] | None:
    """The page images of a PDF that is nothing but one scanned image per page, else None.

    Such a PDF is read like a stack of images (compact pages, direct OCR, confidences); any
    page with text, annotations, drawing or several images keeps the PDF on the vector path.
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [_scan_image(page, reader, max_pixels) for page in reader.pages]
    except Exception:  # anything unusual about the PDF: the vector path copes with it
        return None
    if not pages or any(p is None for p in pages):
        return None
    return _decoded_pages(path, pages)  # type: ignore[arg-type]


def _decoded_pages(
    path: Path, pages: list[tuple[PageObject, str, int, float]]
) -> Iterator[Image.Image]:
    """Each page's image, the PDF opened once with qpdf for the 1-bit ones."""
    try:
        pdf: pikepdf.Pdf | None = pikepdf.open(path)
    except Exception:  # qpdf cannot open it: pypdf's reading of every image, as before
        pdf = None
    try:
        for index, page in enumerate(pages):
            yield _decoded(pdf, index, *page)
    finally:
        if pdf is not None:
            pdf.close()


def _scan_image(
    page: PageObject, reader: PdfReader, max_pixels: int
) -> tuple[PageObject, str, int, float] | None:
    """(page, image name, /Rotate, the image's pixels' height over their width as the page
    draws them) when the page only draws one image over the whole page."""
    from pypdf.generic import ContentStream, DictionaryObject

    if "/Annots" in page:
        return None
    operations = [
        (operands, op)
        for operands, op in ContentStream(page.get_contents(), reader).operations
        if op not in (b"q", b"Q")
    ]
    if [op for _, op in operations] != [b"cm", b"Do"]:
        return None
    a, b, c, d, _, _ = (float(v) for v in operations[0][0])
    box = page.mediabox
    if b or c or a <= 0 or d <= 0 or a * d < 0.9 * float(box.width) * float(box.height):
        return None
    name = operations[1][0][0]
    # pypdf types the page tree loosely; this page's resources were read as dictionaries above
    resources = cast(DictionaryObject, page["/Resources"])
    image = cast(DictionaryObject, cast(DictionaryObject, resources["/XObject"])[name].get_object())
    filters = image.get("/Filter")
    filters = [filters] if isinstance(filters, str) else list(filters or [])
    if image.get("/Subtype") != "/Image" or not set(filters) <= PLAIN_IMAGE_FILTERS:
        return None
    width, height = cast(int, image["/Width"]), cast(int, image["/Height"])  # NumberObjects
    if int(width) * int(height) > max_pixels:
        return None  # a bomb would be decoded whole here: the vector path refuses it
    if page.extract_text().strip():
        return None
    # a fax drawn at its 204 x 98 dpi: each pixel twice as tall as it is wide
    pixel_shape = (d / int(height)) / (a / int(width))
    return page, name, int(page.get("/Rotate", 0)) % 360, pixel_shape


def _decoded(
    pdf: pikepdf.Pdf | None,
    index: int,
    page: PageObject,
    name: str,
    rotate: int,
    pixel_shape: float,
) -> Image.Image:
    image = (_one_bit_image(pdf, index, name) if pdf else None) or page.images[name].image
    if image is None:
        raise Unusable("its page image cannot be decoded; scan the paper again")
    image = _square_pixels(_flat(image), pixel_shape)
    # /Rotate turns the page clockwise for viewing; Pillow's rotate() is counter-clockwise.
    return image.rotate(-rotate, expand=True) if rotate else image


def _one_bit_image(pdf: pikepdf.Pdf, index: int, name: str) -> Image.Image | None:
    """A 1-bit page image (a fax's), as qpdf decodes it: pypdf misreads such an image stored
    with a PNG predictor when its width is not a multiple of 8 (its rows come out sheared, and
    OCR reads nothing). None for any other image, read as pypdf reads it."""
    try:
        raw = pdf.pages[index].Resources.XObject[name]
        if not isinstance(raw, pikepdf.Stream) or int(raw.get("/BitsPerComponent", 8)) != 1:
            return None
        if raw.get("/ImageMask", False):
            return None
        image = pikepdf.PdfImage(raw).as_pil_image()
        image.load()
        return image
    except Exception:  # qpdf cannot decode it either: pypdf's reading, as before
        return None


def _pdf_onto_letter(
    path: Path, pdf: Path, settings: NormalizeSettings, limits: IntakeSettings
) -> int:
    page_w, page_h = (d * inch for d in settings.page_inches)
    page_size = (page_w, page_h)
    try:
        with pikepdf.open(path) as source:
            _flatten_forms(source)
            return pdfpages.rebuild(
                source, pdf, lambda page: _fit(page.obj, *page_size), page_size, limits
            )
    except pikepdf.PasswordError:
        raise Unusable(
            "the PDF is protected by a password; save an unlocked copy and use that"
        ) from None
    except pikepdf.PdfError as exc:
        raise Unusable(
            f"the PDF is damaged and cannot be read ({detail(exc, path)}); export or scan it again"
        ) from None


def _flatten_forms(pdf: pikepdf.Pdf) -> None:
    """Form values and annotations drawn into the page content they print as (an XFA form:
    only its AcroForm view, which is what most readers print)."""
    form = pdf.Root.get("/AcroForm")
    if isinstance(form, pikepdf.Dictionary):
        if "/XFA" in form:
            del form["/XFA"]
        pdf.generate_appearance_streams()
    pdf.flatten_annotations("all")


def _fit(page: pikepdf.Dictionary, page_w: float, page_h: float) -> tuple[float, ...]:
    """The matrix that puts a page's visible content (its crop box, turned as /Rotate says)
    upright and centred on letter paper; landscape content is turned to portrait."""
    box = pdfpages.inherited(page, "/CropBox") or pdfpages.inherited(page, "/MediaBox")
    try:
        x0, y0, x1, y1 = (float(v) for v in box)
    except (TypeError, ValueError):
        x0, y0, x1, y1 = 0.0, 0.0, 612.0, 792.0  # no usable box: letter, as readers assume
    left, bottom = min(x0, x1), min(y0, y1)
    w, h = abs(x1 - x0), abs(y1 - y0)
    if w < 1 or h < 1:
        raise Unusable("the PDF is damaged: a page has no size; export or scan it again")
    from pypdf import Transformation

    move = Transformation().translate(-left, -bottom)
    rotate = pdfpages.inherited(page, "/Rotate")
    turn = int(rotate) % 360 if isinstance(rotate, int) else 0
    # /Rotate turns the page clockwise for viewing: the same turn, applied to the content.
    if turn == 90:
        move, w, h = move.rotate(-90).translate(0, w), h, w
    elif turn == 180:
        move = move.rotate(180).translate(w, h)
    elif turn == 270:
        move, w, h = move.rotate(90).translate(h, 0), h, w
    if w > h * LANDSCAPE_RATIO:
        move, w, h = move.rotate(90).translate(h, 0), h, w
    if (round(w), round(h)) == (round(page_w), round(page_h)):
        return move.ctm
    scale = min(page_w / w, page_h / h, 2.0)
    return move.scale(scale).translate((page_w - w * scale) / 2, (page_h - h * scale) / 2).ctm
