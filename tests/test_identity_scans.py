"""The identity and readability checks on real scans, read by real Tesseract: one case folder that
holds a document for each rule and a near case beside it where the rule must stay quiet, built
once; then built again from the warm OCR cache with the unreadable photo typed in case.yaml."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from samples.make_demo_scans import G28, as_scan, jpeg_bytes, render, scanned_pdf
from tests.conftest import run_packet

CASE_YAML = """\
schema: 1
respondent:
  name: Rosa Delia Márquez Fuentes
  a_number: "A208-415-337"
  date_of_birth: 1986-04-19
  country: Mexico
  address: [2718 S. Komensky Ave., Apt. 2, "Chicago, IL 60623"]
proceedings: {stage: in_proceedings, court: "Chicago, IL", opla_office: Chicago}
request: {type: dismissal}
representative:
  name: Laura Beth Okafor
  organization: Lakeshore Immigrant Legal Aid
  address: [77 W. Jackson Blvd., Suite 410, "Chicago, IL 60604"]
  eoir_id: XK493021
claims:
  children:
    - {name: Sophia Hernández Márquez, date_of_birth: 2012-08-14, status: usc}
    - {name: Mateo Hernandes Márquez, date_of_birth: 2016-02-27, status: usc}
    - {name: Lucas Hernandez Marquez, date_of_birth: 2019-05-03, status: usc}
"""
# No rule types an immigration court's notice: the office types it, and its A-number is checked.
NOTICE_TYPED = "documents:\n  - {file: scans/notice.jpg, type: court_record}\n"
PHOTO_TYPED = "  - {file: scans/photo.jpg, type: residence_record}\n"


def birth_certificate(child: str, born: str) -> list[tuple[str, str]]:
    return [
        ("small", "STATE OF ILLINOIS - DEPARTMENT OF PUBLIC HEALTH - DIVISION OF VITAL RECORDS"),
        ("title", "CERTIFICATE OF LIVE BIRTH"),
        ("rule", ""),
        ("field", f"CHILD'S NAME:  {child}"),
        ("field", f"DATE OF BIRTH:  {born}        SEX:  Male"),
        ("field", "PLACE OF BIRTH:  Mount Sinai Hospital, Chicago, Cook County, Illinois"),
        ("rule", ""),
        ("field", "MOTHER'S NAME:  Rosa Delia Márquez Fuentes"),
        ("field", "FATHER'S NAME:  Julián Hernández Soto"),
        ("rule", ""),
        ("field", "Registrar of Vital Records        Issued: 03/02/2024"),
    ]


NOTICE = [
    ("small", "U.S. DEPARTMENT OF JUSTICE - EXECUTIVE OFFICE FOR IMMIGRATION REVIEW"),
    ("title", "NOTICE OF HEARING"),
    ("heading", "Immigration Court, Chicago, Illinois"),
    ("rule", ""),
    ("field", "In removal proceedings"),
    ("field", "Respondent:  Rosa Delia Márquez Fuentes"),
    ("field", "A-Number:  208 415 337"),  # case.yaml's number, written with spaces: quiet
    ("rule", ""),
    ("field", "Your master calendar hearing is scheduled for February 16, 2027 at 9:00 AM."),
    ("field", "Location:  525 W. Van Buren St., Suite 500, Chicago, IL 60607"),
]

RECEIPT = [  # nothing a rule could type it by, even if it were read
    ("heading", "Received from:  Rosa Delia Márquez Fuentes"),
    ("heading", "The sum of:  950.00 for June 2014"),
    ("heading", "At:  2718 S. Komensky Ave., Apt. 2"),
    ("heading", "Signed:  Joseph Okonkwo"),
]


def shaken_photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo taken with a shaking hand: each letter smeared over a fifth of an inch, so
    OCR finds words but is unsure of nearly all of them (confidence about 30 of 100)."""
    smeared = page
    for shift in range(1, 18):
        smeared = Image.blend(smeared, ImageChops.offset(page, shift, shift // 3), 1 / (shift + 1))
    noise = Image.frombytes("L", page.size, rng.randbytes(page.width * page.height))
    return Image.blend(smeared, noise, 0.15)


def write_case(case_dir: Path) -> None:
    rng = random.Random(1818)
    g28 = [
        (kind, text.replace("A208-415-337", "A208-415-338")) for kind, text in G28
    ]  # another number than case.yaml's: fires
    files = {
        "scans/g28.pdf": scanned_pdf([as_scan(render(g28), rng)]),
        "scans/notice.jpg": jpeg_bytes(as_scan(render(NOTICE), rng)),
        # Sophia in case.yaml, Sofía on the certificate, born the claimed day: a near miss
        "scans/bc_sofia.jpg": jpeg_bytes(
            as_scan(render(birth_certificate("Sofía Hernández Márquez", "August 14, 2012")), rng)
        ),
        # "Hernandes" in case.yaml: a letter OCR does not confuse, so it fires
        "scans/bc_mateo.jpg": jpeg_bytes(
            as_scan(render(birth_certificate("Mateo Hernández Márquez", "February 27, 2016")), rng)
        ),
        # "Hernandez Marquez" in case.yaml: only the accents differ, so it stays quiet
        "scans/bc_lucas.jpg": jpeg_bytes(
            as_scan(render(birth_certificate("Lucas Hernández Márquez", "May 3, 2019")), rng)
        ),
        "scans/photo.jpg": jpeg_bytes(shaken_photo(render(RECEIPT), rng)),
    }
    for name, data in files.items():
        path = case_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (case_dir / "case.yaml").write_text(CASE_YAML + NOTICE_TYPED, encoding="utf-8")


@dataclass
class Build:
    out: Path
    returncode: int
    stdout: str
    report: dict

    def findings(self, code: str, file: str | None = None) -> list[dict]:
        return [
            f
            for f in self.report["findings"]
            if f["code"] == code and (file is None or f["file"] == file)
        ]

    def document(self, file: str) -> dict:
        return next(d for d in self.report["documents"] if d["file"] == file)


def build(case_dir: Path, out: Path, cache: Path) -> Build:
    result = run_packet("build", case_dir, "-o", out, "--cache-dir", cache)
    assert result.returncode in (0, 1), result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return Build(out, result.returncode, result.stdout + result.stderr, report)


@pytest.fixture(scope="module")
def case_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("identity-case")
    write_case(folder)
    return folder


@pytest.fixture(scope="module")
def built(case_dir: Path, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build(case_dir, tmp_path_factory.mktemp("identity-out"), ocr_cache)


@pytest.fixture(scope="module")
def typed(
    built: Build, case_dir: Path, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory
) -> Build:
    """The same case again, with the photo typed in case.yaml: read from the warm cache."""
    (case_dir / "case.yaml").write_text(CASE_YAML + NOTICE_TYPED + PHOTO_TYPED, encoding="utf-8")
    return build(case_dir, tmp_path_factory.mktemp("identity-typed"), ocr_cache)


@pytest.mark.e2e
def test_an_unreadable_photo_is_an_error_kept_out_of_the_packet(built: Build) -> None:
    found = built.findings("low-ocr-confidence", "scans/photo.jpg")
    assert [f["severity"] for f in found] == ["error"], built.report["findings"]
    assert "rescan this page" in found[0]["message"]
    photo = built.document("scans/photo.jpg")
    assert photo["type"] == "other"  # what an untyped document is filed under, when it is
    assert photo["exhibit"] is None and not photo["packet_pages"]
    assert built.returncode == 1
    review = (built.out / "review.html").read_text(encoding="utf-8")
    assert "Left out of the packet: it could not be read" in review


@pytest.mark.e2e
def test_typing_the_unreadable_photo_files_it_again(typed: Build) -> None:
    photo = typed.document("scans/photo.jpg")
    assert photo["type"] == "residence_record"
    assert photo["exhibit"] is not None and photo["packet_pages"]
    assert not any(f["severity"] == "error" for f in typed.findings("low-ocr-confidence"))


@pytest.mark.e2e
def test_a_g28_with_another_a_number_is_inconsistent(built: Build) -> None:
    assert built.document("scans/g28.pdf")["type"] == "g28"
    found = built.findings("inconsistent-identity", "scans/g28.pdf")
    assert len(found) == 1, built.report["findings"]
    message = found[0]["message"]
    assert "A208-415-338" in message and "A208-415-337" in message
    assert "scans/g28.pdf" in message


@pytest.mark.e2e
def test_the_same_a_number_written_with_spaces_stays_quiet(built: Build) -> None:
    assert built.document("scans/notice.jpg")["type"] == "court_record"
    assert built.findings("inconsistent-identity", "scans/notice.jpg") == []


@pytest.mark.e2e
def test_a_name_spelled_otherwise_on_the_birth_certificate_fires(built: Build) -> None:
    found = built.findings("inconsistent-identity", "scans/bc_mateo.jpg")
    assert len(found) == 1, built.report["findings"]
    message = found[0]["message"]  # both spellings quoted, accents aside
    assert "'Hernandez'" in message and "'Hernandes'" in message and "scans/bc_mateo.jpg" in message


@pytest.mark.e2e
def test_a_name_that_differs_only_in_accents_stays_quiet(built: Build) -> None:
    assert built.document("scans/bc_lucas.jpg")["about"] == "Lucas Hernandez Marquez"
    assert built.findings("inconsistent-identity", "scans/bc_lucas.jpg") == []
    assert not any(f["claim"] == "children[2]" for f in built.report["findings"])


@pytest.mark.e2e
def test_a_child_spelled_otherwise_gets_a_pointer_to_the_near_miss(built: Build) -> None:
    found = [f for f in built.findings("missing-evidence") if f["claim"] == "children[0]"]
    assert len(found) == 1, built.report["findings"]
    message = found[0]["message"]
    assert "scans/bc_sofia.jpg" in message and "Sofía Hernández Márquez" in message
    assert "2012-08-14" in message and "correct the name in case.yaml" in message
