"""Classification through real OCR: corpus documents rendered as poor 150 dpi phone scans, read
by Tesseract, then typed and tagged; and the two helper commands, init and explain, on them."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from packet.pipeline import Options, Reading, check_case
from samples.make_demo_scans import as_scan, render
from tests.conftest import run_packet
from tests.corpus import FAMILIES, Sample, corpus

DPI = 150
# Chosen to cover a US and a Spanish birth certificate, a tax year, a lease period, a school
# year, a DD-214 and a letter: the types the checks lean on, each with a different name layout.
CHOSEN = [
    "hernandez/california_birth",
    "hernandez/renap_guatemala",
    "hernandez/w2",
    "hernandez/contrato_arrendamiento",
    "hernandez/houston_transcript",
    "hernandez/pediatric_letter",
    "hernandez/receipt",
]


def scan_of(sample: Sample, rng: random.Random) -> bytes:
    """The sample printed, photographed badly and saved at 150 dpi as a phone would."""
    lines = sample.text.splitlines()
    page = render([("heading", lines[0]), *(("field", line) for line in lines[1:])])
    page = as_scan(page, rng)
    page = page.resize(
        (page.width * DPI // 200, page.height * DPI // 200), Image.Resampling.LANCZOS
    )
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=55, dpi=(DPI, DPI))
    return buf.getvalue()


@dataclass
class ScannedCase:
    folder: Path
    samples: dict[str, Sample]  # file -> the truth
    reading: Reading


@pytest.fixture(scope="session")
def scanned_case(tmp_path_factory: pytest.TempPathFactory, ocr_cache: Path) -> ScannedCase:
    folder = tmp_path_factory.mktemp("scanned") / "case"
    (folder / "scans").mkdir(parents=True)
    family = next(f for f in FAMILIES if f.key == "hernandez")
    (folder / "case.yaml").write_text(family.case_yaml(), encoding="utf-8")
    by_id = {s.id: s for s in corpus()}
    rng = random.Random(150)
    samples = {}
    for sample_id in CHOSEN:
        file = f"scans/{sample_id.split('/')[1]}.jpg"
        (folder / file).write_bytes(scan_of(by_id[sample_id], rng))
        samples[file] = by_id[sample_id]
    reading = check_case(folder, Options(cache_dir=ocr_cache, jobs=2))
    return ScannedCase(folder, samples, reading)


def test_scanned_documents_are_typed_and_tagged(scanned_case: ScannedCase) -> None:
    docs = {d.file: d for d in scanned_case.reading.documents}
    assert set(docs) == set(scanned_case.samples)
    for file, truth in scanned_case.samples.items():
        d = docs[file]
        about = truth.family.name(truth.about) if truth.about else None
        assert (d.type, d.equity, d.about) == (truth.type, truth.equity, about), (file, d.reasons)
        assert d.language == truth.language, file


def test_scanned_documents_carry_their_dates(scanned_case: ScannedCase) -> None:
    docs = {d.file: d for d in scanned_case.reading.documents}
    for file, truth in scanned_case.samples.items():
        if truth.covers:
            covers = docs[file].fields.covers
            assert covers, file
            assert (covers.start.isoformat(), covers.end.isoformat()) == truth.covers, file
    assert docs["scans/california_birth.jpg"].fields.date_of_birth == dt.date(2016, 6, 9)


def test_the_receipt_is_flagged_not_guessed(scanned_case: ScannedCase) -> None:
    unclassified = [
        f.file for f in scanned_case.reading.findings if f.code == "unclassified-document"
    ]
    assert unclassified == ["scans/receipt.jpg"]


def test_explain_shows_the_rules_the_person_and_the_fields(
    scanned_case: ScannedCase, ocr_cache: Path
) -> None:
    result = run_packet(
        "explain", scanned_case.folder, "scans/california_birth.jpg", "--cache-dir", ocr_cache
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout
    for section in ("READ", "TYPED", "ABOUT", "TAGGED", "FIELDS"):
        assert f"\n{section}\n" in text
    assert "birth_certificate" in text and "strong" in text and "runners-up" in text
    assert "Emily Hernández (children[0])" in text
    assert "named only as another party" in text  # the parents
    assert "taken from the OCR cache" in text
    assert re.search(r"page 1: OCR confidence \d+", text)  # Tesseract's, kept in the cache


def test_explain_names_a_file_that_is_not_there(scanned_case: ScannedCase) -> None:
    result = run_packet("explain", scanned_case.folder, "scans/nope.jpg")
    assert result.returncode == 2
    assert "scans/nope.jpg" in result.stderr and "Traceback" not in result.stderr


def test_init_writes_a_starter_case_that_becomes_valid_when_filled(
    scanned_case: ScannedCase, ocr_cache: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "new-case"
    shutil.copytree(scanned_case.folder / "scans", folder / "scans")
    (folder / "scans" / "empty.jpg").write_bytes(b"")
    result = run_packet("init", folder, "--cache-dir", ocr_cache)
    assert result.returncode == 0, result.stderr
    written = (folder / "case.yaml").read_text(encoding="utf-8")
    assert "scans/california_birth.jpg" in written and "type: birth_certificate" in written
    assert "type: tax_record" in written and "FILL_IN" in written
    assert '#   "scans/empty.jpg": "the file is empty' in written  # quoted by YAML

    check = run_packet("check", folder, "--cache-dir", ocr_cache)
    assert check.returncode == 2
    assert "request.type: still FILL_IN" in check.stderr

    filled = written.replace("type: FILL_IN", "type: dismissal").replace(
        "status: FILL_IN", "status: usc"
    )
    filled = filled.replace('"FILL_IN"', '"A201-555-014"').replace(
        "name: FILL_IN", "name: José Luis Hernández de la Cruz"
    )
    (folder / "case.yaml").write_text(filled, encoding="utf-8")
    (folder / "scans" / "empty.jpg").unlink()
    check = run_packet("check", folder, "--cache-dir", ocr_cache)
    assert check.returncode in (0, 1), check.stderr

    again = run_packet("init", folder, "--cache-dir", ocr_cache)
    assert again.returncode == 2 and "--force" in again.stderr
    assert (folder / "case.yaml").read_text(encoding="utf-8") == filled
