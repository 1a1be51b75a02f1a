"""Normalizing phone photos without OCR: the sheet cut out of the desk, the light evened, a flat
scan left exactly as it was, and case.yaml keeping one photo whole."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageStat

from bench.blind10 import documents as blind10_documents
from packet.case import load_case
from packet.config import load_config
from packet.ingest import identify, ingest
from packet.normalize import NormalizedSource, normalize
from packet.ocr import versions as ocr_versions
from packet.reading import page_settings, source_cache_key
from packet.sheet import flattened
from tests import make_inputs as make
from tests import photos
from tests.realistic import capture
from tests.realistic.model import Person

CONFIG = load_config()
SETTINGS = CONFIG.settings


def normalized(tmp_path: Path, name: str, data: bytes, **settings: bool) -> NormalizedSource:
    path = tmp_path / name
    path.write_bytes(data)
    work = tmp_path / f"work-{name}-{sorted(settings.items())}"
    work.mkdir()
    chosen = SETTINGS.normalize.model_copy(update=settings)
    return normalize(identify(path, name, SETTINGS.intake), work, chosen, SETTINGS.intake)


def test_a_flat_scan_comes_out_exactly_as_without_cropping(tmp_path: Path) -> None:
    scan = make.save(photos.rescan(make.text_page(), 150, 150, 1), "JPEG", quality=80)
    on = normalized(tmp_path, "scan.jpg", scan)
    off = normalized(tmp_path, "scan.jpg", scan, crop=False, flatten_light=False)
    assert on.images[0].image.read_bytes() == off.images[0].image.read_bytes()
    assert on.images[0].record.steps() == []


def test_a_photo_on_a_desk_is_cut_to_a_letter_shaped_page(tmp_path: Path) -> None:
    shot = photos.desk_photo(make.text_page(mode="RGB"), 11)
    page = normalized(tmp_path, "IMG_1.jpg", shot.jpeg()).images[0]
    assert page.record.sheet and page.record.perspective and page.record.light_flattened
    assert page.size[1] / page.size[0] == pytest.approx(11 / 8.5, rel=0.04)
    assert photos.background_share(shot, page.record.sheet) < 0.03
    kept_whole = normalized(tmp_path, "IMG_1.jpg", shot.jpeg(), crop=False).images[0]
    assert not kept_whole.record.sheet


def test_where_the_sheet_lies_is_told_in_the_pixels_the_phone_saved(tmp_path: Path) -> None:
    # The phone stored the photo sideways and wrote EXIF orientation 6 (turn it right to show).
    shot = photos.desk_photo(make.text_page(mode="RGB"), 11)
    stored = shot.image.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    data = make.save(stored, "JPEG", quality=80, exif=exif.tobytes())
    record = normalized(tmp_path, "IMG_2.jpg", data).images[0].record
    w = shot.image.width  # shown upright, then turned back as saved: (x, y) -> (y, w - x)
    for (x, y), found in zip(shot.corners, record.sheet_as_saved(), strict=True):
        assert found == pytest.approx((y, w - x), abs=0.02 * w)


def test_a_card_photo_stays_landscape_and_upright(tmp_path: Path) -> None:
    card = make.text_page((3.37, 2.125), lines=("PERMANENT RESIDENT", "Name: Ana Ruiz"))
    page = normalized(tmp_path, "card.jpg", photos.card_photo(card, 2).jpeg()).images[0]
    assert page.record.sheet and not page.record.turned
    assert page.size[0] > page.size[1]
    assert photos.background_share(photos.card_photo(card, 2), page.record.sheet) < 0.03


def test_uneven_light_on_a_page_filling_the_frame_is_evened(tmp_path: Path) -> None:
    page = np.asarray(make.text_page(), np.float32)
    fall_off = np.linspace(1.0, 0.45, page.shape[1], dtype=np.float32)[None, :]
    dim = Image.fromarray((page * fall_off).astype(np.uint8))
    result = normalized(tmp_path, "dim.png", make.save(dim, "PNG")).images[0]
    assert result.record.light_flattened and not result.record.sheet
    with Image.open(result.ocr_image) as stored:
        grey = stored.convert("L")
        w, h = grey.size
        left, right = (
            ImageStat.Stat(grey.crop(b)).median[0]
            for b in ((0, 0, w // 8, h), (w - w // 8, 0, w, h))
        )
    assert abs(left - right) < 12


def test_flattening_does_not_wash_out_a_photo_on_the_page() -> None:
    page = make.text_page(inches=(4.9, 3.5), lines=("PASAPORTE / PASSPORT",), mode="RGB")
    ImageDraw.Draw(page).rectangle((40, 120, 240, 420), fill=(70, 60, 55))  # the holder's photo
    shaded = Image.fromarray(
        (np.asarray(page, np.float32) * np.linspace(1, 0.6, page.width)[None, :, None]).astype(
            np.uint8
        )
    )
    even = flattened(shaded).convert("L")
    assert ImageStat.Stat(even.crop((60, 140, 220, 400))).mean[0] < 130


def test_case_yaml_can_keep_one_photo_whole(tmp_path: Path) -> None:
    case_dir = tmp_path / "case"
    (case_dir / "scans").mkdir(parents=True)
    shot = photos.desk_photo(make.text_page(mode="RGB"), 12)
    (case_dir / "scans/IMG_1.jpg").write_bytes(shot.jpeg())
    (case_dir / "scans/IMG_2.jpg").write_bytes(shot.jpeg())
    (case_dir / "case.yaml").write_text(
        "schema: 1\n"
        "respondent: {name: Ana Ruiz, a_number: A123456789}\n"
        "request: {type: dismissal}\n"
        "documents:\n"
        "  - {file: scans/IMG_2.jpg, normalize: {crop: false}}\n",
        encoding="utf-8",
    )
    case = load_case(case_dir, CONFIG)
    sources = {s.file: s for s in ingest(case_dir, case, SETTINGS.intake, case_dir / "out").sources}
    first, second = sources["scans/IMG_1.jpg"], sources["scans/IMG_2.jpg"]
    assert page_settings(first, SETTINGS).crop and not page_settings(second, SETTINGS).crop
    versions = ocr_versions()
    assert source_cache_key(first, SETTINGS, versions) != source_cache_key(
        second, SETTINGS, versions
    )
    work = tmp_path / "work"
    work.mkdir()
    whole = normalize(second, work, page_settings(second, SETTINGS), SETTINGS.intake).images[0]
    assert not whole.record.sheet


@pytest.mark.parametrize("turn", [0, 90, 270])
def test_a_card_whose_portrait_hides_its_lines_is_turned_by_tesseracts_orientation_check(
    tmp_path: Path, turn: int
) -> None:
    # A work permit whose portrait and colour bands make its rows and columns of ink about
    # as even (blind10's card, 1.07 where an upright card measured up to 0.96): the ink
    # profiles cannot tell, so Tesseract's orientation check decides, and an upright card
    # stays as it lay.
    holder = Person("Kossi Mawuli", "Agbodjan", dt.date(1985, 7, 11), "M", "Lomé, Togo")
    permit = blind10_documents.id_card(
        "EAD",
        holder,
        number="IOE0917734521",
        issued=dt.date(2025, 2, 18),
        expiry=dt.date(2030, 2, 17),
        extra=["USCIS", "Category:C08", "Country of Birth:Togo"],
        seed=7,
    )
    photo = capture.card_photo(permit, "permit.jpg", 7, turn=turn).files["permit.jpg"]
    page = normalized(tmp_path, "permit.jpg", photo).images[0]
    assert page.record.sheet
    assert page.record.turned == (360 - turn) % 360


def test_a_fax_at_its_standard_resolution_is_read_with_square_pixels(tmp_path: Path) -> None:
    # a fax at 204 x 98 dpi: each pixel twice as tall as wide; stored as it came, the page
    # would be half its height and its letters squashed
    letter = make.text_page().convert("1")  # a letter page, square pixels
    w, h = letter.size
    squashed = letter.resize((w, round(h * 98 / 204)), Image.Resampling.NEAREST)
    tiff = tmp_path / "fax.tif"
    squashed.save(tiff, "TIFF", compression="group4", dpi=(204, 98))
    page = normalized(tmp_path, "salon letter fax.tif", tiff.read_bytes()).images[0]
    assert page.size[1] / page.size[0] == pytest.approx(11 / 8.5, rel=0.04)
    # a PDF a fax server made of it, drawing the image over a letter page
    pdf = tmp_path / "fax.pdf"
    squashed.save(pdf, "PDF", resolution=204.0)
    drawn = normalized(tmp_path, "fax_letter.pdf", _stretched_onto_letter(pdf)).images[0]
    assert drawn.size[1] / drawn.size[0] == pytest.approx(11 / 8.5, rel=0.04)


def _stretched_onto_letter(pdf: Path) -> bytes:
    """The PDF's one image drawn over a whole letter page, whatever its pixels' shape."""
    import pikepdf

    with pikepdf.open(pdf) as doc:
        page = doc.pages[0]
        name = next(iter(page.get_images()))
        page.obj.MediaBox = [0, 0, 612, 792]
        page.obj.Contents = doc.make_stream(f"q 612 0 0 792 0 0 cm {name} Do Q".encode())
        out = pdf.with_name("stretched.pdf")
        doc.save(out)
    return out.read_bytes()


def test_a_one_bit_fax_stored_with_a_png_predictor_reads_as_faxed(tmp_path: Path) -> None:
    # a fax server's PDF: a 1-bit page 1734 pixels wide (not a multiple of 8) compressed with
    # PNG predictors (each row filtered Up, Sub or Paeth), which pypdf alone decodes with
    # sheared rows
    import pikepdf

    page = make.text_page().convert("1").resize((1734, 2156))
    pdf = pikepdf.new()
    image = pdf.make_stream(
        _png_rows(page),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=1734,
        Height=2156,
        ColorSpace=pikepdf.Name.DeviceGray,
        BitsPerComponent=1,
        Filter=pikepdf.Name.FlateDecode,
        DecodeParms=pikepdf.Dictionary(Predictor=15, Colors=1, BitsPerComponent=1, Columns=1734),
    )
    pdf.add_blank_page(page_size=(612, 792))
    pdf.pages[0].Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    pdf.pages[0].Contents = pdf.make_stream(b"q 612 0 0 792 0 0 cm /Im0 Do Q")
    path = tmp_path / "fax.pdf"
    pdf.save(path)
    stored = normalized(tmp_path, "fax_letter.pdf", path.read_bytes()).images[0]
    with Image.open(stored.image) as read:
        grey = np.asarray(read.convert("L"))
    # as faxed: white paper with a little ink, the same ink as the page drawn
    assert grey.mean() == pytest.approx(np.asarray(page.convert("L")).mean(), abs=2)


def _png_rows(image: Image.Image) -> bytes:
    """The image's rows as a PNG stores them, filtered and deflated: what a PDF's FlateDecode
    with /Predictor 15 holds."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    data, chunks = buffer.getvalue()[8:], []
    while data:
        length = int.from_bytes(data[:4], "big")
        if data[4:8] == b"IDAT":
            chunks.append(data[8 : 8 + length])
        data = data[12 + length :]
    return b"".join(chunks)
