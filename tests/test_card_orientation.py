"""A passport data page photographed on a desk in a landscape frame, as it comes off a phone
in each of the four ways it can lie (no EXIF to say which), read end to end with real
Tesseract: once cut out of the photo, every one reads upright, as the respondent's passport,
and `packet explain` says how it was turned. One build holds all four photos.

OSD alone calls such a card upside down "upright" (a small card gives it too little text):
the half turn is tried on every page that reads badly, and kept only if it reads better.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from packet.pipeline import Built, Options, build
from packet.records import Document
from tests import segment_inputs as inputs
from tests.conftest import run_packet
from tests.realistic import capture
from tests.realistic import tuning_documents as doc
from tests.realistic.model import Person

pytestmark = pytest.mark.e2e

D = dt.date
HOLDER = Person("Marisol", "Vega Torres", D(1988, 6, 2), "F", "Puebla")
TURNS = (0, 90, 180, 270)  # degrees counter-clockwise the photo lies off upright


def _photo_name(turn: int) -> str:
    return f"scans/pasaporte {turn}.jpg"


@dataclass
class Cards:
    folder: Path
    built: Built

    def document(self, turn: int) -> Document:
        return next(d for d in self.built.reading.documents if d.file == _photo_name(turn))


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory, ocr_cache: Path) -> Cards:
    folder = tmp_path_factory.mktemp("cards") / "case"
    (folder / "scans").mkdir(parents=True)
    (folder / "case.yaml").write_text(inputs.CASE_YAML, encoding="utf-8")
    for n, turn in enumerate(TURNS):
        passport = doc.passport_page(
            "MEX",
            HOLDER,
            number=f"G5520{n}917",
            issued=D(2021, 5, 3),
            expiry=D(2031, 5, 2),
            equity="identity",
            seed=300 + n,
        )
        placed = capture.card_photo(passport, _photo_name(turn), 300 + n, turn=turn)
        for name, data in placed.files.items():
            (folder / name).write_bytes(data)
    return Cards(folder, build(folder, Options(cache_dir=ocr_cache, jobs=2)))


@pytest.mark.parametrize("turn", TURNS)
def test_a_card_photo_reads_upright_however_it_lay(cards: Cards, turn: int) -> None:
    d = cards.document(turn)
    assert (d.type, d.about) == ("passport", inputs.RESPONDENT), d.reasons
    assert (d.page_confidences[0] or 0) > 70
    page = d.normalized[0]
    assert page.sheet  # cut out of the photo first, then turned
    # The turn that undoes the photo's (counter-clockwise both): 0 stays as it was.
    assert page.turned == (360 - turn) % 360


def test_no_card_raises_a_false_missing_identity(cards: Cards) -> None:
    codes = {f.code for f in cards.built.reading.findings}
    assert "missing-identity" not in codes
    low = [f for f in cards.built.reading.findings if f.code == "low-ocr-confidence"]
    assert not low, [f.message for f in low]


def test_report_and_explain_say_how_each_card_was_turned(cards: Cards, ocr_cache: Path) -> None:
    assert cards.built.report_path
    report = json.loads(cards.built.report_path.read_text(encoding="utf-8"))
    records = {r["file"]: r for r in report["documents"]}
    assert "turned" not in records[_photo_name(0)]["normalized"][0]
    assert records[_photo_name(180)]["normalized"][0]["turned"] == 180
    result = run_packet("explain", cards.folder, _photo_name(180), "--cache-dir", ocr_cache)
    assert result.returncode == 0, result.stderr
    assert "turned upside down to read upright (no EXIF said so)" in result.stdout
