"""A photo a messaging app shrank: its page read again enlarged, with real Tesseract.

A letter page photographed and forwarded at 600 x 800 pixels leaves its body text a few pixels
tall; read at that size Tesseract misreads most of it. The page is read again two or three
times larger where its first reading was doubtful, and kept so where that reads more letters
well; the stored page and the size its text is laid over stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from packet.config import load_config
from packet.ingest import identify
from packet.normalize import normalize
from packet.ocr import ocr
from packet.records import ReadSource
from tests import make_inputs as make
from tests import photos

CONFIG = load_config()
SETTINGS = CONFIG.settings
WORDS = {w.strip(",:.") for line in make.LINES for w in line.split()} - {""}


def _read(tmp_path: Path, data: bytes, name: str, enlarge_below: float) -> ReadSource:
    path = tmp_path / name
    path.write_bytes(data)
    work = tmp_path / f"work-{enlarge_below}"
    work.mkdir()
    source = identify(path, name, SETTINGS.intake)
    normalized = normalize(source, work, SETTINGS.normalize, SETTINGS.intake)
    settings = SETTINGS.ocr.model_copy(update={"enlarge_below": enlarge_below})
    return ocr(normalized, work, settings, SETTINGS.normalize)


@pytest.fixture(scope="module")
def forwarded(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReadSource, ReadSource]:
    """The same forwarded photo read as it is (enlarging switched off) and as the build reads
    it."""
    tmp_path = tmp_path_factory.mktemp("forwarded")
    page = make.text_page(mode="RGB")
    shot = photos.desk_photo(page, 5, long_side=800, quality=70, thumb=False)
    data = shot.jpeg()
    as_it_is = _read(tmp_path, data, "WhatsApp Image 1.jpeg", enlarge_below=0)
    built = _read(tmp_path, data, "WhatsApp Image 1.jpeg", SETTINGS.ocr.enlarge_below)
    return as_it_is, built


def _found(text: str) -> int:
    """How many of the page's words were read exactly."""
    return len(WORDS & {w.strip(",:.;'‘") for w in text.split()})


def test_a_shrunk_photo_is_read_enlarged_and_reads_more(
    forwarded: tuple[ReadSource, ReadSource],
) -> None:
    as_it_is, built = forwarded
    record = built.normalized[0]
    assert record.sheet and record.read_enlarged in (2, 3)
    assert "read enlarged" in " ".join(record.steps())
    assert record.summary()["read_enlarged"] == record.read_enlarged
    assert not as_it_is.normalized[0].read_enlarged > 1
    assert _found(built.page_texts[0]) >= _found(as_it_is.page_texts[0]) + 5


def test_the_enlarged_reading_lies_on_the_page_as_it_was_stored(
    forwarded: tuple[ReadSource, ReadSource],
) -> None:
    as_it_is, built = forwarded
    # the packet's page image is the one normalize stored: enlarging is for OCR only
    assert built.page_images[0].image.read_bytes() == as_it_is.page_images[0].image.read_bytes()
    page = PdfReader(built.pdf).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
    assert _found(page.extract_text()) >= _found(built.page_texts[0]) - 2


def test_a_scan_with_letters_large_enough_is_never_enlarged(tmp_path: Path) -> None:
    scan = make.save(photos.rescan(make.text_page(), 150, 150, 3), "JPEG", quality=80)
    read = _read(tmp_path, scan, "scan.jpg", SETTINGS.ocr.enlarge_below)
    assert read.normalized[0].read_enlarged == 1


def test_a_small_card_whose_zone_checks_is_read_at_its_own_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its zone already names the holder; an enlarged copy can break a check digit and lose
    the card's captions (a passport taken for Polish), so it is never tried."""
    import datetime as dt

    from packet import ocr as ocr_stage
    from packet._exec import tesseract
    from tests.realistic.mrz import td3

    zone = td3(
        kind="P",
        country="SEN",
        surname="Sow",
        given="Ndeye Coumba",
        number="A02918374",
        nationality="SEN",
        birth=dt.date(1986, 6, 3),
        sex="F",
        expiry=dt.date(2031, 1, 11),
    )
    card = make.text_page((4.9, 3.4), lines=("PASSEPORT", "SOW", *zone), mode="RGB")
    path = tmp_path / "passeport.jpg"
    path.write_bytes(make.save(card.resize((700, 486)), "JPEG", quality=80))
    normalized = normalize(
        identify(path, path.name, SETTINGS.intake), tmp_path, SETTINGS.normalize, SETTINGS.intake
    )
    read_badly = tesseract.Reading(
        tmp_path / "none.pdf", ("\n".join(("PASSEPORT", *zone)),), (55.0,), (12,)
    )

    def no_second_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("an enlarged copy was read")

    monkeypatch.setattr(tesseract, "read", no_second_reading)
    enlarged = ocr_stage._enlarged_if_better(
        normalized, {0: (read_badly, 0)}, tmp_path / "base", SETTINGS.ocr
    )
    assert enlarged == {}
