"""A page whose letters Tesseract's layout analysis left unread (a pay stub's shaded table taken
for a picture) has what was left read as sparse text, and says so; a page read whole is not.
Real Tesseract on photos from the tuning corpus; one build shared by the assertions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from packet.unread import unread_share
from tests.conftest import run_packet
from tests.realistic.tuning import write_case

KEPT = ("scans/IMG_2043.jpg", "scans/IMG_2044.jpg", "scans/IMG_2041.jpg")


@dataclass(frozen=True)
class Built:
    case: Path
    report: dict


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, ocr_cache: Path) -> Built:
    root = tmp_path_factory.mktemp("read-again")
    case = write_case("ortega", root)
    for path in (case / "scans").iterdir():
        if f"scans/{path.name}" not in KEPT:
            path.unlink()
    out = root / "out"
    result = run_packet("build", case, "-o", out, "--cache-dir", ocr_cache, "--variant", "efile")
    assert result.returncode in (0, 1), result.stderr
    return Built(case, json.loads((out / "report.json").read_text(encoding="utf-8")))


def _read_again(doc: dict) -> bool:
    return any(page.get("read_again") for page in doc.get("normalized", []))


@pytest.mark.e2e
def test_a_stub_whose_table_was_left_unread_is_read_again(built: Built, ocr_cache: Path) -> None:
    again = [d for d in built.report["documents"] if _read_again(d)]
    assert [d["file"] for d in again] == ["scans/IMG_2044.jpg"]
    assert again[0]["type"] == "pay_record"
    explained = run_packet("explain", built.case, again[0]["file"], "--cache-dir", ocr_cache)
    assert "read a second time for what the first reading left" in explained.stdout


@pytest.mark.e2e
def test_pages_read_whole_are_read_once(built: Built) -> None:
    once = [d["file"] for d in built.report["documents"] if not _read_again(d)]
    assert sorted(once) == ["scans/IMG_2041.jpg", "scans/IMG_2043.jpg"]


def test_unread_share_counts_letters_outside_the_words(tmp_path: Path) -> None:
    page = np.full((1100, 850), 255, dtype=np.uint8)
    letters = [(60 + 14 * (i % 50), 100 + 30 * (i // 50)) for i in range(400)]
    for x, y in letters:
        page[y : y + 12, x : x + 8] = 0  # a letter-sized mark: 12 px of an 1100 px page
    path = tmp_path / "page.png"
    Image.fromarray(page).save(path)
    every_row = [(50, 95 + 30 * r, 720, 22) for r in range(8)]
    assert unread_share(path, every_row) == 0.0
    assert unread_share(path, every_row[:2]) == pytest.approx(0.75)
    assert unread_share(path, []) == 1.0
    Image.fromarray(np.full((1100, 850), 255, dtype=np.uint8)).save(tmp_path / "blank.png")
    assert unread_share(tmp_path / "blank.png", []) == 0.0  # nothing to judge


def test_what_was_read_is_painted_out_of_the_copy_read_again(tmp_path: Path) -> None:
    from packet.unread import without_words

    page = np.full((200, 300), 255, dtype=np.uint8)
    page[20:40, 20:80] = 0  # a word that was read
    page[120:140, 150:210] = 0  # one that was not
    path = tmp_path / "page.png"
    Image.fromarray(page).save(path, dpi=(150, 150))
    without_words(path, [(20, 20, 60, 20)], tmp_path / "left.png")
    with Image.open(tmp_path / "left.png") as left:
        assert left.size == (300, 200) and round(left.info["dpi"][0]) == 150
        copy = np.asarray(left)
    assert copy[20:40, 20:80].min() == 255 and copy[120:140, 150:210].max() == 0


def test_a_sparse_readings_rules_and_specks_are_left_out_of_the_text(tmp_path: Path) -> None:
    from packet._exec.tesseract import _with_words

    columns = "level page_num block_num par_num line_num word_num left top width height conf text"
    header = columns.replace(" ", "\t")
    rows = [
        "5\t1\t1\t1\t1\t1\t10\t10\t80\t20\t91.0\tENTRY",
        "5\t1\t1\t1\t1\t2\t100\t10\t60\t20\t88.5\tOF",
        "5\t1\t2\t1\t1\t1\t10\t60\t90\t4\t21.0\t====",  # a dashed rule read as text
        "5\t1\t3\t1\t1\t1\t10\t90\t120\t20\t77.0\tBIRTH",
    ]
    tsv = tmp_path / "left.tsv"
    tsv.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    reading = _with_words(tmp_path / "left.pdf", ("ENTRY OF\n====\nBIRTH\n",), tsv)
    assert reading.legible_texts == ("ENTRY OF\nBIRTH",)
    assert reading.confident_letters == (12,) and reading.words == (4,)
