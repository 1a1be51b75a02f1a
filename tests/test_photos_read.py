"""Phone photos read end to end with real Tesseract: a certificate photographed on a desk is cut
out of it, a card in a landscape frame and pages a quarter or half turn off with no EXIF come out
upright, a flat scan is left as it was, and the same pay stub scanned at 200 and 150 dpi is one
paper while another stub of the same form is not. One build of one case holds every scenario."""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
import reportlab
from PIL import Image, ImageDraw, ImageFont, ImageStat

from packet import ink
from packet.pipeline import Built, Options, build
from packet.records import Document
from samples.make_demo_scans import as_scan, render
from tests import photos
from tests.conftest import run_packet
from tests.corpus import FAMILIES, corpus

pytestmark = pytest.mark.e2e

FAMILY = next(f for f in FAMILIES if f.key == "hernandez")
SAMPLES = {s.id: s for s in corpus()}
FONT = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
CARD_DPI = 200
MAX_BACKGROUND = 0.03  # of a stored photo page that may still be desk (issue 16's target)


def page_of(sample_id: str) -> Image.Image:
    """A corpus document printed on a letter page at 200 dpi, clean."""
    lines = SAMPLES[sample_id].text.splitlines()
    return render([("heading", lines[0]), *(("field", line) for line in lines[1:])])


def card(sample_id: str, inches: tuple[float, float]) -> Image.Image:
    """A corpus document printed on a card (a passport's data page, a green card), with the
    marker square top-left that tells whether it came out upright."""
    size = (round(inches[0] * CARD_DPI), round(inches[1] * CARD_DPI))
    image = Image.new("RGB", size, (236, 240, 232))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 19)
    draw.rectangle((12, 12, 52, 52), fill="black")
    for i, line in enumerate(SAMPLES[sample_id].text.splitlines()):
        draw.text((24, 70 + i * 30), line, fill=(20, 20, 30), font=font)
    return image


def stub(period: tuple[str, str], pay_date: str, gross: str, net: str) -> Image.Image:
    name = FAMILY.name("respondent")
    lines = [
        "Lakeside Commercial Cleaning Inc.   Earnings Statement",
        f"Period Beginning: {period[0]}   Period Ending: {period[1]}   Pay Date: {pay_date}",
        f"Employee: {name}",
        "Earnings      rate     hours    this period    year to date",
        f"Regular      21.50     80.00      {gross}       15480.00",
        f"Gross Pay                          {gross}",
        "Federal Income Tax  -142.00   Social Security -106.64   Medicare -24.94",
        f"Net Pay                            {net}",
        "Direct deposit to checking account ending 4471. Keep this statement for your records.",
    ]
    return render([("heading", lines[0]), *(("field", line) for line in lines[1:])])


def saved_corners(shot: photos.Photo) -> list[tuple[float, float]]:
    """The sheet's top-left, top-right, bottom-right and bottom-left corners in the photo as
    saved: turned ``shot.turn`` degrees counter-clockwise from the frame they were placed in."""
    w, h = shot.image.size if shot.turn in (0, 180) else shot.image.size[::-1]
    turned = {
        0: lambda x, y: (x, y),
        90: lambda x, y: (y, w - x),
        180: lambda x, y: (w - x, h - y),
        270: lambda x, y: (h - y, x),
    }[shot.turn]
    return [turned(x, y) for x, y in shot.corners]


def jpeg(image: Image.Image, dpi: int, quality: int = 70) -> bytes:
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


@dataclass
class PhotoCase:
    folder: Path
    built: Built
    photos: dict[str, photos.Photo]  # file -> how it was photographed

    @property
    def documents(self) -> dict[str, Document]:
        return {d.file: d for d in self.built.reading.documents}

    @property
    def report(self) -> dict:
        assert self.built.report_path
        return json.loads(self.built.report_path.read_text(encoding="utf-8"))

    def stored_page(self, file: str) -> Image.Image:
        """The first page's image as it went into the packet."""
        with pikepdf.open(self.documents[file].pdf) as pdf:
            image = ink.largest_image(pdf.pages[0])
        assert image is not None
        return image.convert("L")


@pytest.fixture(scope="module")
def photo_case(tmp_path_factory: pytest.TempPathFactory, ocr_cache: Path) -> PhotoCase:
    folder = tmp_path_factory.mktemp("photos") / "case"
    (folder / "scans").mkdir(parents=True)
    (folder / "case.yaml").write_text(FAMILY.case_yaml(), encoding="utf-8")
    shots = {
        "scans/IMG_0412.jpg": photos.desk_photo(
            page_of("hernandez/california_birth").convert("RGB"), 16, long_side=2000
        ),
        "scans/IMG_0413.jpg": photos.card_photo(card("hernandez/passport_mexico", (4.9, 3.5)), 3),
        "scans/IMG_0414.jpg": photos.card_photo(
            card("hernandez/green_card", (3.37, 2.13)), 5, turn=90
        ),
        "scans/IMG_0415.jpg": photos.desk_photo(
            page_of("hernandez/pediatric_letter").convert("RGB"), 7, long_side=2000, turn=180
        ),
    }
    for file, shot in shots.items():
        (folder / file).write_bytes(shot.jpeg())
    lease = as_scan(page_of("hernandez/contrato_arrendamiento"), random.Random(4))
    (folder / "scans/lease_scan.jpg").write_bytes(jpeg(lease, 200))
    may1 = as_scan(
        stub(("05/01/2023", "05/14/2023"), "05/19/2023", "1720.00", "1446.42"), random.Random(1)
    )
    may15 = as_scan(
        stub(("05/15/2023", "05/28/2023"), "06/02/2023", "1634.00", "1371.94"), random.Random(2)
    )
    (folder / "scans/stub_may1.jpg").write_bytes(jpeg(may1, 200))
    (folder / "scans/stub_may1_150dpi.jpg").write_bytes(
        jpeg(photos.rescan(may1, 200, 150, 3), 150, 45)
    )
    (folder / "scans/stub_may15.jpg").write_bytes(jpeg(may15, 200))
    built = build(folder, Options(cache_dir=ocr_cache, jobs=2))
    return PhotoCase(folder, built, shots)


def test_a_certificate_photographed_on_a_desk_is_cut_out_read_and_typed(photo_case: PhotoCase):
    file = "scans/IMG_0412.jpg"
    d = photo_case.documents[file]
    assert (d.type, d.about) == ("birth_certificate", "Emily Hernández"), d.reasons
    page = d.normalized[0]
    assert page.sheet and page.perspective and page.light_flattened
    assert photos.background_share(photo_case.photos[file], page.sheet) < MAX_BACKGROUND
    # No band of dark desk left along the stored page's edges.
    stored = photo_case.stored_page(file)
    w, h = stored.size
    edges = [(0, 0, w, h // 50), (0, h - h // 50, w, h), (0, 0, w // 50, h), (w - w // 50, 0, w, h)]
    assert all(ImageStat.Stat(stored.crop(band)).mean[0] > 150 for band in edges)


def test_a_passport_photographed_in_a_landscape_frame_reads_upright(photo_case: PhotoCase):
    d = photo_case.documents["scans/IMG_0413.jpg"]
    assert (d.type, d.about) == ("passport", FAMILY.name("respondent")), d.reasons
    assert (d.page_confidences[0] or 0) > 70
    assert not d.normalized[0].turned  # a card stays landscape, as it was photographed
    stored = photo_case.stored_page("scans/IMG_0413.jpg")
    assert stored.width > stored.height and marker_is_top_left(stored)
    assert "missing-identity" not in {f.code for f in photo_case.built.reading.findings}


def test_a_card_photographed_sideways_without_exif_is_turned_upright(photo_case: PhotoCase):
    d = photo_case.documents["scans/IMG_0414.jpg"]
    assert d.type == "permanent_resident_card", d.reasons
    assert d.normalized[0].turned == 270  # the photo was a quarter turn left: turned right
    assert marker_is_top_left(photo_case.stored_page("scans/IMG_0414.jpg"))


def test_a_page_photographed_upside_down_is_turned_over(photo_case: PhotoCase):
    d = photo_case.documents["scans/IMG_0415.jpg"]
    assert d.type == "medical_record", d.reasons
    assert d.normalized[0].turned == 180
    assert (d.page_confidences[0] or 0) > 70


def test_a_flat_scan_is_left_as_it_was(photo_case: PhotoCase):
    d = photo_case.documents["scans/lease_scan.jpg"]
    assert d.normalized[0].steps() in ([], [f"straightened by {abs(d.normalized[0].skew):.1f}°"])
    assert not d.normalized[0].sheet and not d.normalized[0].light_flattened
    records = {r["file"]: r for r in photo_case.report["documents"]}
    assert "normalized" not in records["scans/lease_scan.jpg"] or all(
        set(p) <= {"page", "deskewed"} for p in records["scans/lease_scan.jpg"]["normalized"]
    )


def test_the_same_stub_scanned_at_200_and_150_dpi_is_one_paper(photo_case: PhotoCase):
    duplicates = {
        f.file: f.message
        for f in photo_case.built.reading.findings
        if f.code == "duplicate-document"
    }
    assert set(duplicates) == {"scans/stub_may1_150dpi.jpg"}, duplicates
    assert "scans/stub_may1.jpg" in duplicates["scans/stub_may1_150dpi.jpg"]
    assert photo_case.built.reading.checked.left_out == {"scans/stub_may1_150dpi.jpg"}


def test_two_stubs_of_one_form_are_both_filed(photo_case: PhotoCase):
    kept = {d["file"] for d in photo_case.report["documents"] if d["exhibit"]}
    assert {"scans/stub_may1.jpg", "scans/stub_may15.jpg"} <= kept


def test_report_and_explain_say_what_was_done_to_each_photo(
    photo_case: PhotoCase, ocr_cache: Path
) -> None:
    records = {r["file"]: r for r in photo_case.report["documents"]}
    (page,) = records["scans/IMG_0412.jpg"]["normalized"]
    assert page["page"] == 1 and page["cropped_from"] == [2000 * 3 // 4, 2000]
    assert page["perspective_corrected"] is True and page["light_flattened"] is True
    assert records["scans/IMG_0415.jpg"]["normalized"][0]["turned"] == 180
    # Where each sheet was cut out, in the saved photo's pixels, starting from the corner that
    # became the stored page's top-left: the page's own top-left also when the photo was turned.
    for file in ("scans/IMG_0412.jpg", "scans/IMG_0414.jpg", "scans/IMG_0415.jpg"):
        shot = photo_case.photos[file]
        sheet = records[file]["normalized"][0]["sheet"]
        assert photos.background_share(shot, tuple(map(tuple, sheet))) < MAX_BACKGROUND, file
        reach = 0.03 * max(shot.image.size)
        for found, truth in zip(sheet, saved_corners(shot), strict=True):
            assert abs(found[0] - truth[0]) < reach and abs(found[1] - truth[1]) < reach, file
    result = run_packet(
        "explain", photo_case.folder, "scans/IMG_0412.jpg", "--cache-dir", ocr_cache
    )
    assert result.returncode == 0, result.stderr
    assert "\nNORMALIZED\n" in result.stdout
    assert (
        "page 1: cropped to the sheet of paper from a 1500x2000 photo, perspective corrected"
        in (result.stdout)
    )


def test_the_photos_themselves_are_not_touched(photo_case: PhotoCase) -> None:
    for file, shot in photo_case.photos.items():
        assert (photo_case.folder / file).read_bytes() == shot.jpeg()


def marker_is_top_left(image: Image.Image) -> bool:
    """The cards and pages carry a black square top-left: is it still there?"""
    grey = image.convert("L")
    w, h = grey.size
    corners = {
        "top-left": (0, 0, w // 5, h // 5),
        "top-right": (w - w // 5, 0, w, h // 5),
        "bottom-left": (0, h - h // 5, w // 5, h),
        "bottom-right": (w - w // 5, h - h // 5, w, h),
    }
    darkest = min(corners, key=lambda c: ImageStat.Stat(grey.crop(corners[c])).mean[0])
    return darkest == "top-left"
