"""Reading scans with real Tesseract, and the OCR cache: OCR'd once, never trusted when damaged."""

from __future__ import annotations

import base64
import io
import re
import stat
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader

from packet._exec import pdftoppm
from packet.cache import OcrCache
from packet.check import low_ocr_confidence
from packet.config import load_config
from packet.ingest import identify
from packet.ocr import versions as ocr_versions
from packet.pipeline import Options, read_sources
from packet.reading import source_cache_key
from packet.records import Document, ReadSource, Rejection, Source
from packet.thumbnails import Thumbnails
from tests import make_inputs as make
from tests.test_intake import marker_is_top_left

CONFIG = load_config()
NAME = "Ortega Ruiz"


def sources_in(folder: Path) -> list[Source]:
    return [
        identify(p, p.name, CONFIG.settings.intake) for p in sorted(folder.iterdir()) if p.is_file()
    ]


def read_all(
    folder: Path, cache: Path, work: Path, jobs: int = 1, meanwhile=None, ahead=None
) -> tuple[dict[str, ReadSource], list[Rejection]]:
    work.mkdir(parents=True, exist_ok=True)
    read, rejected = read_sources(
        sources_in(folder), Options(jobs=jobs, cache_dir=cache), work, CONFIG, {}, meanwhile, ahead
    )
    return {r.source.file: r for r in read}, rejected


@dataclass
class Scenario:
    read: dict[str, ReadSource]
    rejected: list[Rejection]
    cache: Path | None = None


@pytest.fixture(scope="module")
def mixed_case(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """Every OCR path once, two documents at a time, with one file that vanishes mid-build."""
    root = tmp_path_factory.mktemp("mixed")
    folder = root / "case"
    folder.mkdir()
    files = {
        "sideways.jpg": make.jpeg_with_orientation(6),
        "upside_down.jpg": make.upside_down(),
        "sideways_no_exif.jpg": make.sideways(),
        "IMG_4032.jpg": make.phone_photo(72),
        "fax.tif": make.tiff_pages(pages=2),
        "scanned.pdf": make.scanned_pdf(),
        "lease.pdf": make.text_pdf(),
        "mixed.pdf": make.mixed_pdf(),
        "vanishes.png": make.save(make.text_page(), "PNG"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    sources = sources_in(folder)
    (root / "work").mkdir()
    (folder / "vanishes.png").unlink()  # read fails after ingest: the others must still be read
    read, rejected = read_sources(
        sources, Options(jobs=2, cache_dir=root / "cache"), root / "work", CONFIG, {}
    )
    return Scenario({r.source.file: r for r in read}, rejected, root / "cache")


@pytest.mark.parametrize(
    "file",
    [
        *("sideways.jpg", "upside_down.jpg", "sideways_no_exif.jpg", "IMG_4032.jpg"),
        *("scanned.pdf", "lease.pdf"),
    ],
)
def test_every_kind_of_scan_is_read(mixed_case: Scenario, file: str) -> None:
    read = mixed_case.read[file]
    assert NAME in read.page_texts[0]
    assert NAME in PdfReader(read.pdf).pages[0].extract_text()  # the packet is searchable


def test_every_frame_of_a_tiff_is_read(mixed_case: Scenario) -> None:
    texts = mixed_case.read["fax.tif"].page_texts
    assert ["Page 1 of 2" in texts[0], "Page 2 of 2" in texts[1]] == [True, True]


@pytest.mark.parametrize("file", ["upside_down.jpg", "sideways_no_exif.jpg"])
def test_a_photo_taken_the_wrong_way_round_is_turned_upright(
    mixed_case: Scenario, tmp_path: Path, file: str
) -> None:
    pdf = mixed_case.read[file].pdf
    image = PdfReader(pdf).pages[0].images[0]
    (tmp_path / image.name).write_bytes(image.data)
    assert marker_is_top_left(tmp_path / image.name)


def test_a_mixed_pdf_keeps_its_text_and_has_its_scanned_page_read(mixed_case: Scenario) -> None:
    texts = mixed_case.read["mixed.pdf"].page_texts
    assert NAME in texts[0] and NAME in texts[1]


def test_the_text_layer_lies_on_the_words_of_a_straightened_scan(tmp_path: Path) -> None:
    """The invisible text of a scan that was straightened is laid under the words as the
    packet shows them: each word a reader finds, selects or copies is where its ink is."""
    folder = tmp_path / "case"
    folder.mkdir()
    skewed = make.text_page().rotate(3, Image.Resampling.BICUBIC, expand=True, fillcolor="white")
    (folder / "skewed.png").write_bytes(make.save(skewed, "PNG"))
    read, _ = read_all(folder, tmp_path / "cache", tmp_path / "work")
    scan = read["skewed.png"]
    assert abs(scan.normalized[0].skew) > 2  # it was straightened, so the layer was turned
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(scan.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = [
        (tuple(float(v) for v in box), word)
        for *box, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(\w{5,})<',
            boxes,
        )
    ]
    assert len(words) >= 10
    subprocess.run(
        ["pdftoppm", "-r", "72", "-gray", "-png", "-singlefile", str(scan.pdf), tmp_path / "page"],
        check=True,
    )
    page = Image.open(tmp_path / "page.png").convert("L")
    on_ink = [
        ImageStat.Stat(page.crop(tuple(round(v) for v in box))).mean[0] < 225 for box, _ in words
    ]
    shifted = [  # the same boxes a line lower: between the lines, where there is no ink
        ImageStat.Stat(page.crop((x0, y1 + 4, x1, 2 * y1 - y0 + 4))).mean[0] < 225
        for (x0, y0, x1, y1), _ in words
    ]
    assert sum(on_ink) >= 0.9 * len(words), words
    assert sum(shifted) < sum(on_ink) / 2


@pytest.mark.parametrize("file", ["upside_down.jpg", "IMG_4032.jpg", "fax.tif", "scanned.pdf"])
def test_the_worker_draws_a_scans_thumbnails_as_pdftoppm_would(
    mixed_case: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str
) -> None:
    """Thumbnails drawn from the page images by the worker that read them (turned upright,
    on their letter page) look like pdftoppm's drawing of the searchable PDF, which the build
    then need not run."""
    assert mixed_case.cache is not None
    pdf = mixed_case.read[file].pdf
    drawn_by = []
    real = pdftoppm.draw_pages
    monkeypatch.setattr(pdftoppm, "draw_pages", lambda *a: drawn_by.append(a) or real(*a))
    kept = Thumbnails(mixed_case.cache, tmp_path).of(pdf)
    assert not drawn_by  # the worker's thumbnails were found
    fresh = Thumbnails(tmp_path / "empty-cache", tmp_path).of(pdf)
    assert drawn_by and len(kept) == len(fresh) == mixed_case.read[file].source.pages
    for ours, theirs in zip(kept, fresh, strict=True):
        assert (ours.width, ours.height) == (theirs.width, theirs.height) == (360, 466)
        a, b = (
            Image.open(io.BytesIO(base64.b64decode(t.jpeg_base64))).convert("L")
            for t in (ours, theirs)
        )
        # mean difference of 255: about 1.5 for the same page, 4 for it turned over
        assert ImageStat.Stat(ImageChops.difference(a, b)).mean[0] < 3


def test_image_pages_carry_their_ocr_confidence(mixed_case: Scenario) -> None:
    for file in ("sideways.jpg", "IMG_4032.jpg", "fax.tif", "scanned.pdf"):
        confidences = mixed_case.read[file].page_confidences
        assert confidences and all(c is not None and 60 < c <= 100 for c in confidences), file
    assert mixed_case.read["lease.pdf"].page_confidences == (None,)


def test_one_failing_document_does_not_stop_the_others(mixed_case: Scenario) -> None:
    assert [r.file for r in mixed_case.rejected] == ["vanishes.png"]
    assert "could not be read" in mixed_case.rejected[0].reason
    assert len(mixed_case.read) == 8


# --- the cache ---


def read_again(read: dict[str, ReadSource]) -> list[str]:
    """The files that were OCR'd, not taken from the cache (reads run in worker processes)."""
    return sorted(file for file, r in read.items() if not r.from_cache)


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("cached")
    folder = root / "case"
    folder.mkdir()
    (folder / "a.png").write_bytes(make.save(make.text_page(), "PNG"))
    (folder / "b.pdf").write_bytes(make.scanned_pdf())
    read_all(folder, root / "cache", root / "work-cold")
    return folder, root / "cache"


def test_the_cache_folder_is_private(warm: tuple[Path, Path]) -> None:
    _, cache = warm
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700


def test_a_rebuild_with_nothing_changed_makes_no_ocr_call(
    warm: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, cache = warm
    ran: list[str] = []
    read, rejected = read_all(folder, cache, tmp_path, meanwhile=lambda: ran.append("it"))
    assert ran == []  # what a build does while scans are read waits for none
    assert read_again(read) == []
    assert rejected == []
    assert all(r.from_cache for r in read.values())
    assert NAME in read["a.png"].page_texts[0] and NAME in read["b.pdf"].page_texts[0]
    assert read["a.png"].page_confidences[0] is not None


def test_a_changed_scan_is_the_only_one_read_again(warm: tuple[Path, Path], tmp_path: Path) -> None:
    folder, cache = warm
    changed = tmp_path / "case"
    changed.mkdir()
    (changed / "a.png").write_bytes((folder / "a.png").read_bytes())
    (changed / "b.pdf").write_bytes(make.scanned_pdf(pages=2))
    ran: list[str] = []

    def meanwhile() -> None:
        ran.append(threading.current_thread().name)
        raise RuntimeError("its own failure is not the build's")

    ahead: list[tuple[str, str]] = []

    def read_ahead(scan: ReadSource) -> None:
        ahead.append((threading.current_thread().name, scan.source.file))

    read, _ = read_all(changed, cache, tmp_path / "work", meanwhile=meanwhile, ahead=read_ahead)
    assert ran == ["meanwhile"]  # run beside the read, in a thread, and ended with it
    assert ahead == [("meanwhile", "b.pdf")]  # then each scan OCR'd, as it came back
    assert read_again(read) == ["b.pdf"]
    assert len(read["b.pdf"].page_texts) == 2


@pytest.mark.parametrize("damage", ["pdf", "index"])
def test_a_damaged_cache_entry_is_read_again_not_trusted(
    warm: tuple[Path, Path], tmp_path: Path, damage: str
) -> None:
    folder, cache = warm
    png = identify(folder / "a.png", "a.png", CONFIG.settings.intake)
    entry = OcrCache(cache).entry_folder(source_cache_key(png, CONFIG.settings, ocr_versions()))
    target = entry / ("searchable.pdf" if damage == "pdf" else "entry.json")
    target.write_bytes(target.read_bytes()[:-40])
    read, _ = read_all(folder, cache, tmp_path)
    assert read_again(read) == ["a.png"]
    assert all(NAME in r.page_texts[0] for r in read.values())
    again, _ = read_all(folder, cache, tmp_path / "again")  # the redone entry is whole again
    assert read_again(again) == []


# --- low OCR confidence ---


def document(file: str, confidences: tuple[float | None, ...]) -> Document:
    return Document(
        file=file,
        sha256="0" * 64,
        pdf=Path(file),
        page_texts=("",) * len(confidences),
        type="lease",
        equity="residence",
        about=None,
        about_claim=None,
        language="en",
        confidence=0.5,  # typed, but not surely enough to vouch for a badly read page
        reasons=(),
        page_confidences=confidences,
    )


def test_pages_read_with_low_confidence_are_named() -> None:
    threshold = CONFIG.settings.ocr.low_confidence
    docs = [
        document("blurry.jpg", (threshold + 20, threshold - 15)),
        document("born_digital.pdf", (None,)),
        document("clear.jpg", (threshold + 1,)),
    ]
    found = [(code, where) for code, _, where in low_ocr_confidence(docs, CONFIG)]
    assert found == [("low-ocr-confidence", {"file": "blurry.jpg", "page": 2})]


@pytest.fixture
def fresh_tesseract_version():
    from packet._exec import tesseract

    tesseract.version.cache_clear()
    yield tesseract
    tesseract.version.cache_clear()


def test_the_version_asked_ahead_is_the_version(fresh_tesseract_version) -> None:
    """A check starts `tesseract --version` before reading case.yaml and takes its answer for
    the cache keys later: the same answer as asking then."""
    tesseract = fresh_tesseract_version
    asked_then = tesseract.version()
    tesseract.version.cache_clear()
    tesseract.ask_version()
    assert tesseract._version_asked is not None
    assert tesseract.version() == asked_then and asked_then.startswith("tesseract ")
    assert tesseract._version_asked is None
    tesseract.ask_version()  # known already: nothing is started
    assert tesseract._version_asked is None


def test_asking_ahead_with_no_tesseract_still_says_what_to_install(
    fresh_tesseract_version, monkeypatch
) -> None:
    from packet.errors import MissingProgramError

    tesseract = fresh_tesseract_version
    monkeypatch.setenv("PATH", "")
    tesseract.ask_version()
    assert tesseract._version_asked is None
    with pytest.raises(MissingProgramError, match="Tesseract"):
        tesseract.version()
