"""Intake without OCR: every kind of input identified by content, normalized onto letter paper
upright and compact, or rejected with a plain reason. (OCR and the cache: test_ocr_cache.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageStat
from pypdf import PdfReader

from packet.config import load_config
from packet.ingest import Unusable, identify
from packet.normalize import normalize
from packet.records import NormalizedSource, Source
from packet.work import work_folder
from tests import make_inputs as make

SETTINGS = load_config().settings
LETTER = (612, 792)


def put(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def source(folder: Path, name: str, data: bytes) -> Source:
    return identify(put(folder, name, data), name, SETTINGS.intake)


def normalized(tmp_path: Path, name: str, data: bytes) -> NormalizedSource:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    return normalize(source(tmp_path, name, data), work, SETTINGS.normalize, SETTINGS.intake)


def marker_is_top_left(image_path: Path) -> bool:
    """The generated pages carry a black square top-left: is it still there?"""
    with Image.open(image_path) as image:
        grey = image.convert("L")
    w, h = grey.size
    corners = {
        "top-left": (0, 0, w // 6, h // 8),
        "top-right": (w - w // 6, 0, w, h // 8),
        "bottom-left": (0, h - h // 8, w // 6, h),
        "bottom-right": (w - w // 6, h - h // 8, w, h),
    }
    darkest = min(corners, key=lambda c: ImageStat.Stat(grey.crop(corners[c])).mean[0])
    return darkest == "top-left"


def pages_of(pdf: Path) -> list:
    return PdfReader(pdf).pages


def assert_letter_portrait(pdf: Path, pages: int) -> None:
    found = pages_of(pdf)
    assert len(found) == pages
    for page in found:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == LETTER
        assert not page.get("/Rotate")


# --- identified by content ---


def test_a_png_named_pdf_is_a_png(tmp_path: Path) -> None:
    assert source(tmp_path, "scan.pdf", make.save(make.text_page(), "PNG")).kind == "png"


def test_a_pdf_named_jpg_is_a_pdf(tmp_path: Path) -> None:
    assert source(tmp_path, "scan.jpg", make.text_pdf()).kind == "pdf"


@pytest.mark.parametrize(
    ("name", "data", "kind", "pages"),
    [
        ("a.gif", make.save(make.text_page(mode="P"), "GIF"), "gif", 1),
        ("a.bmp", make.save(make.text_page(), "BMP"), "bmp", 1),
        ("a.webp", make.save(make.text_page(mode="RGB"), "WEBP"), "webp", 1),
        ("a.heic", make.heic(), "heic", 1),
        ("a.tif", make.tiff_pages(), "tiff", 3),
        ("a.png", make.png_palette(), "png", 1),
    ],
)
def test_image_kinds_are_accepted(tmp_path: Path, name: str, data: bytes, kind: str, pages: int):
    found = source(tmp_path, name, data)
    assert (found.kind, found.pages) == (kind, pages)
    result = normalize(found, tmp_path, SETTINGS.normalize, SETTINGS.intake)
    assert_letter_portrait(result.pdf, pages)
    assert all(marker_is_top_left(p.image) for p in result.images)


# --- rejected with a reason ---


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (make.encrypted_pdf(), "password"),
        (b"Dear judge, this is a plain text file.\n" * 20, "not a PDF or an image"),
        (make.zip_file(), "not a PDF or an image"),
        (make.ELF_EXECUTABLE, "not a PDF or an image"),
        (make.wav_audio(), "not a PDF or an image"),
        (make.bomb_png(), "decompression bomb"),
        (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n", "PDF"),
    ],
    ids=[
        "empty",
        "encrypted",
        "text",
        "zip",
        "elf",
        "wav",
        "bomb",
        "pdf-cut",
    ],
)
def test_unusable_files_are_rejected_with_a_reason(tmp_path: Path, data: bytes, reason: str):
    with pytest.raises(Unusable, match=reason):
        source(tmp_path, "evidence.pdf", data)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "TIFF", "WEBP"])
def test_a_truncated_image_is_rejected_when_read(tmp_path: Path, fmt: str) -> None:
    data = make.truncated(make.save(make.text_page(), fmt))
    with pytest.raises(Unusable, match="damaged or truncated"):
        normalized(tmp_path, "scan.img", data)


def test_a_truncated_pdf_is_rejected(tmp_path: Path) -> None:
    data = make.scanned_pdf(pages=2)
    with pytest.raises(Unusable, match="PDF"):
        source(tmp_path, "scan.pdf", data[: len(data) // 3])


def test_a_pdf_restricted_without_a_password_is_read(tmp_path: Path) -> None:
    result = normalized(tmp_path, "statement.pdf", make.encrypted_pdf(user_password=""))
    reader = PdfReader(result.pdf)
    assert not reader.is_encrypted
    assert "Lucia Fernanda Ortega Ruiz" in reader.pages[0].extract_text()


def test_a_multi_page_image_over_the_page_limit_is_rejected(tmp_path: Path) -> None:
    small_limit = SETTINGS.intake.model_copy(update={"max_pdf_pages": 2})
    put(tmp_path, "fax.tif", make.tiff_pages(pages=3))
    with pytest.raises(Unusable, match="more than 2 pages, the limit"):
        identify(tmp_path / "fax.tif", "fax.tif", small_limit)


def test_a_pdf_over_the_page_limit_is_rejected(tmp_path: Path) -> None:
    limit = SETTINGS.intake.max_pdf_pages
    with pytest.raises(Unusable, match=f"more than the limit of {limit}"):
        source(tmp_path, "huge.pdf", make.text_pdf(pages=limit + 1))


# --- images onto letter paper, upright, compact ---


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_orientation_is_honoured(tmp_path: Path, orientation: int) -> None:
    result = normalized(tmp_path, "photo.jpg", make.jpeg_with_orientation(orientation))
    assert_letter_portrait(result.pdf, 1)
    assert marker_is_top_left(result.images[0].image)


def test_a_16_bit_scan_keeps_its_grey_levels(tmp_path: Path) -> None:
    page = make.text_page()
    ImageDraw.Draw(page).rectangle((300, 900, 900, 1300), fill=128)  # a grey photo, say
    sixteen = page.convert("I").point(lambda v: v * 257).convert("I;16")
    result = normalized(tmp_path, "scan16.png", make.save(sixteen, "PNG"))
    with Image.open(result.images[0].ocr_image) as found:
        histogram = found.convert("L").histogram()
    assert sum(histogram[100:160]) > 0.1 * sum(histogram)  # the grey stayed grey
    assert marker_is_top_left(result.images[0].ocr_image)


def test_transparent_png_lands_on_white_paper(tmp_path: Path) -> None:
    result = normalized(tmp_path, "alpha.png", make.png_with_alpha())
    with Image.open(result.images[0].image) as page:
        assert ImageStat.Stat(page.convert("L")).mean[0] > 200  # mostly paper, not black
    assert marker_is_top_left(result.images[0].image)


def test_landscape_content_is_turned_to_portrait_with_its_aspect_kept(tmp_path: Path) -> None:
    result = normalized(tmp_path, "wide.png", make.landscape())
    _, _, w, h = result.images[0].box
    assert h > w
    assert h / w == pytest.approx(11 / 8.5, rel=0.01)
    assert_letter_portrait(result.pdf, 1)


@pytest.mark.parametrize("dpi", [72, None])
def test_a_phone_photo_with_absurd_or_no_dpi_fills_the_page(tmp_path: Path, dpi: int | None):
    result = normalized(tmp_path, "IMG_0001.jpg", make.phone_photo(dpi))
    left, bottom, w, _ = result.images[0].box
    margin = SETTINGS.normalize.margin_inches * 72
    assert min(left, bottom) == pytest.approx(margin, abs=1)  # fitted to the margins
    with Image.open(result.images[0].image) as page:
        placed_dpi = page.width / (w / 72)
        assert page.info["dpi"][0] == pytest.approx(placed_dpi, abs=1)  # what Tesseract is told
    assert placed_dpi <= SETTINGS.normalize.max_dpi + 1


def test_grey_scans_are_stored_grey_and_colour_photos_keep_colour(tmp_path: Path) -> None:
    grey = normalized(tmp_path, "scan.jpg", make.save(make.text_page(mode="RGB"), "JPEG"))
    photo = normalized(tmp_path, "photo.jpg", make.colour_photo())
    assert image_colour_spaces(grey.pdf) == ["/DeviceGray"]
    assert image_colour_spaces(photo.pdf) == ["/DeviceRGB"]


def test_phone_photo_cleanup_is_off_by_default_and_makes_a_grey_scan_when_on(
    tmp_path: Path,
) -> None:
    assert SETTINGS.normalize.cleanup is False
    photo = make.save(make.text_page(mode="RGB").point(lambda v: v * 0.7 + 40), "JPEG")
    cleaned = normalize(
        source(tmp_path, "photo.jpg", photo),
        tmp_path,
        SETTINGS.normalize.model_copy(update={"cleanup": True, "bitonal_text": False}),
        SETTINGS.intake,
    )
    with Image.open(cleaned.images[0].image) as page:
        assert page.mode == "L"
        assert page.getextrema() == (0, 255)  # contrast stretched: paper white, ink black


def test_one_bit_scans_are_stored_losslessly_as_g4(tmp_path: Path) -> None:
    result = normalized(tmp_path, "fax.tif", make.tiff_pages())
    filters = [str(img["/Filter"]) for img in page_images(result.pdf)]
    assert all("/CCITTFaxDecode" in f for f in filters) and len(filters) == 3
    assert result.pdf.stat().st_size < 3 * 30_000


def test_a_text_page_costs_under_100_kb(tmp_path: Path) -> None:
    result = normalized(
        tmp_path, "scan.jpg", make.save(make.text_page(mode="RGB"), "JPEG", quality=90)
    )
    assert result.pdf.stat().st_size < 100_000


def test_a_skewed_scan_is_straightened(tmp_path: Path) -> None:
    skewed = make.text_page().rotate(3, Image.Resampling.BICUBIC, expand=True, fillcolor="white")
    result = normalized(tmp_path, "skewed.png", make.save(skewed, "PNG"))
    with Image.open(result.images[0].image) as straightened:
        assert row_sharpness(straightened) > 1.3 * row_sharpness(skewed)
        assert row_sharpness(straightened) > 0.5 * row_sharpness(make.text_page())


def row_sharpness(image: Image.Image) -> float:
    """How much the rows' ink varies: high when text lines are horizontal."""
    ink = image.convert("L").point(lambda v: 255 if v < 128 else 0)
    ink = ink.resize((ink.width // 4, ink.height // 4), Image.Resampling.BOX)
    return ImageStat.Stat(ink.resize((1, ink.height), Image.Resampling.BOX)).var[0]


# --- PDFs onto letter paper, text kept, inert ---


def page_images(pdf: Path) -> list:
    found = []
    for page in PdfReader(pdf).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        found += [
            x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"
        ]
    return found


def image_colour_spaces(pdf: Path) -> list[str]:
    return [img["/ColorSpace"] for img in page_images(pdf)]


def test_born_digital_pdf_keeps_its_text_and_is_not_rasterized(tmp_path: Path) -> None:
    result = normalized(tmp_path, "lease.pdf", make.text_pdf())
    assert_letter_portrait(result.pdf, 1)
    assert "Lucia Fernanda Ortega Ruiz" in pages_of(result.pdf)[0].extract_text()
    assert page_images(result.pdf) == []
    assert result.images == ()


@pytest.mark.parametrize("size", sorted(make.PAGE_SIZES))
def test_other_page_sizes_become_letter(tmp_path: Path, size: str) -> None:
    result = normalized(tmp_path, f"{size}.pdf", make.text_pdf(pagesize=make.PAGE_SIZES[size]))
    assert_letter_portrait(result.pdf, 1)
    assert "Northside Rentals" in pages_of(result.pdf)[0].extract_text()


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_rotated_pdf_pages_come_out_upright(tmp_path: Path, degrees: int) -> None:
    result = normalized(tmp_path, "rotated.pdf", make.rotated_pdf(degrees))
    assert_letter_portrait(result.pdf, 1)
    text = pages_of(result.pdf)[0].extract_text(orientations=(0,))
    assert "Lucia Fernanda Ortega Ruiz" in text  # only upright text is extracted


@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
def test_a_scanned_pdf_is_read_like_its_images_upright(tmp_path: Path, degrees: int) -> None:
    result = normalized(tmp_path, "scan.pdf", make.rotated_scan_pdf(degrees))
    assert_letter_portrait(result.pdf, 1)
    assert len(result.images) == 1
    assert marker_is_top_left(result.images[0].ocr_image)
    assert result.pdf.stat().st_size < 100_000


def test_a_pdf_image_over_the_pixel_limit_is_refused_before_it_is_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = source(tmp_path, "scan.pdf", make.scanned_pdf())
    small_limit = SETTINGS.intake.model_copy(update={"max_image_pixels": 1000})
    monkeypatch.setattr(Image, "frombytes", None)  # nothing may decode it
    with pytest.raises(Unusable, match="decompression bomb"):
        normalize(found, tmp_path, SETTINGS.normalize, small_limit)


def test_mixed_pdf_keeps_both_pages(tmp_path: Path) -> None:
    result = normalized(tmp_path, "mixed.pdf", make.mixed_pdf())
    assert_letter_portrait(result.pdf, 2)
    assert "Northside" in pages_of(result.pdf)[0].extract_text()
    assert len(page_images(result.pdf)) == 1


def test_forms_are_flattened_with_their_values_visible(tmp_path: Path) -> None:
    result = normalized(tmp_path, "form.pdf", make.form_pdf())
    reader = PdfReader(result.pdf)
    assert "/AcroForm" not in reader.trailer["/Root"]
    assert "/Annots" not in reader.pages[0]
    assert "Lucia Fernanda Ortega Ruiz" in reader.pages[0].extract_text()


def test_active_content_is_removed(tmp_path: Path) -> None:
    data = make.active_pdf()
    assert b"/JavaScript" in data and b"/Launch" in data and b"/EmbeddedFile" in data
    result = normalized(tmp_path, "active.pdf", data)
    written = result.pdf.read_bytes()
    for marker in (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/OpenAction", b"/AA"):
        assert marker not in written, marker
    assert "Lucia Fernanda Ortega Ruiz" in pages_of(result.pdf)[0].extract_text()


# --- temporary files ---


def test_the_work_folder_is_removed_even_on_ctrl_c() -> None:
    with pytest.raises(KeyboardInterrupt), work_folder() as work:
        (work / "page.jpg").write_bytes(b"scan")
        kept = work
        raise KeyboardInterrupt
    assert not kept.exists()
