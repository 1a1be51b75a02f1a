"""Supplements end to end (`packet build --supplement-to`), with real OCR on the demo case.

The demo case is built and filed (its out/ copied outside the case folder); a renewal adds a
birth certificate issued after the denial, a letter written before it and a clearer rescan of a
filed letter, and is built as a supplement to the filed report; one more letter and the
translator's signed certificate for the filed translation arrive, and a second supplement is
built on the first. Each step checks letters, pages and citations against
the report.json of the filing before it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import run_packet
from tests.supplement_inputs import CHANGES, late_evidence, renewal
from tests.test_assemble import outline, page_texts
from tests.test_json_schemas import validate

FILED_ON = dt.date(2025, 2, 3)
RENEWED_ON = dt.date(2025, 10, 1)
LATER_ON = dt.date(2026, 2, 1)


@dataclass
class Filing:
    """One build, with its out/ copied where the user keeps what was filed."""

    folder: Path
    result: subprocess.CompletedProcess[str]

    @property
    def report_path(self) -> Path:
        return self.folder / "report.json"

    @property
    def report(self) -> dict:
        return json.loads(self.report_path.read_text(encoding="utf-8"))

    def exhibit(self, letter: str) -> dict:
        return next(e for e in self.report["exhibits"] if e["letter"] == letter)

    def document(self, file: str) -> dict:
        return next(d for d in self.report["documents"] if d["file"] == file)

    def new_exhibits(self) -> list[dict]:
        return [e for e in self.report["exhibits"] if e["filed_on"] == self.report["date"]]

    def front_text(self) -> str:
        """The cover letter and the index, as one line of text."""
        pdf = self.folder / "packet-efile.pdf"
        if not pdf.exists():
            pdf = self.folder / "packet-efile-part1.pdf"
        pages = page_texts(pdf)
        first_exhibit = self.new_exhibits()[0]["packet_pages"][0] if self.new_exhibits() else 0
        front = first_exhibit - self.report["packet_pages"][0] if first_exhibit else len(pages)
        return re.sub(r"\s+", " ", " ".join(pages[:front]).replace("\u00a0", " "))


def epoch(day: dt.date) -> str:
    return str(int(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC).timestamp()))


@pytest.fixture(scope="module")
def filings(
    demo_scans: Path, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[Filing]:
    root = tmp_path_factory.mktemp("supplements")
    case_dir = root / "demo-case"
    shutil.copytree(demo_scans, case_dir, ignore=shutil.ignore_patterns("out"))

    def build(day: dt.date, *extra: str | Path) -> Filing:
        result = run_packet(
            "build",
            case_dir,
            "--cache-dir",
            ocr_cache,
            *extra,
            env={"SOURCE_DATE_EPOCH": epoch(day)},
        )
        assert result.returncode in (0, 1), result.stderr
        filed = root / "filed" / day.isoformat()  # outside the case folder
        shutil.copytree(case_dir / "out", filed)
        return Filing(filed, result)

    first = build(FILED_ON)
    renewal(case_dir)
    second = build(RENEWED_ON, "--supplement-to", first.report_path)
    late_evidence(case_dir)
    third = build(
        LATER_ON, "--supplement-to", second.report_path, "--variant", "all", "--max-mb", "0.2"
    )
    return [first, second, third]


# --- what the filed report records -------------------------------------------------------------


def test_report_json_records_what_a_later_supplement_needs(filings: list[Filing]) -> None:
    for filing in filings:
        validate(filing.report)  # the new keys are in report.schema.json
    report = filings[0].report
    assert report["date"] == "2025-02-03"
    assert "supplement_to" not in report
    letters = [e["letter"] for e in report["exhibits"]]
    assert letters == [chr(ord("A") + i) for i in range(len(letters))]
    assert report["packet_pages"] == [1, report["outputs"][0]["pages"]]
    assert report["exhibits"][-1]["packet_pages"][1] == report["packet_pages"][1]
    for exhibit in report["exhibits"]:
        for filed in exhibit["documents"]:
            document = next(d for d in report["documents"] if d["file"] == filed["file"])
            assert document["exhibit"] == exhibit["letter"]
            assert document["packet_pages"] == filed["packet_pages"]
            assert [p["sha256"] for p in filed["pieces"]] == [document["sha256"]]


# --- the first supplement: a renewal --------------------------------------------------------------


def test_filed_evidence_keeps_its_letter_and_pages(filings: list[Filing]) -> None:
    filed, renewed = filings[0], filings[1]
    kept = [d for d in renewed.report["documents"] if d.get("previously_submitted")]
    assert len(kept) == len(filed.report["documents"]) - 2  # the G-28 and the rescanned letter
    for document in kept:
        before = filed.document(document["file"])
        assert document["sha256"] == before["sha256"]
        assert (document["exhibit"], document["packet_pages"]) == (
            before["exhibit"],
            before["packet_pages"],
        )
        assert document["previously_submitted"] == "2025-02-03"
    # carried forward into the record, as filed
    for exhibit in filed.report["exhibits"]:
        carried = renewed.exhibit(exhibit["letter"])
        assert carried["packet_pages"] == exhibit["packet_pages"]
        assert carried["filed_on"] == "2025-02-03"


def test_new_evidence_gets_the_next_letters_and_pages(filings: list[Filing]) -> None:
    filed, renewed = filings[0], filings[1]
    last_page = filed.report["packet_pages"][1]
    report = renewed.report
    assert report["packet_pages"][0] == last_page + 1
    new = renewed.new_exhibits()
    assert [e["letter"] for e in new] == ["K", "L", "M"]
    page = new[0]["packet_pages"][0]
    for e in new:  # consecutive, after the front matter
        assert e["packet_pages"][0] == page
        page = e["packet_pages"][1] + 1
    assert page - 1 == report["packet_pages"][1]
    mateo = renewed.document("scans/mateo_birth.jpg")
    assert mateo["exhibit"] == "K" and "previously_submitted" not in mateo
    # the packet's stamps, labels and bookmarks follow the numbering
    packet = renewed.folder / "packet-efile.pdf"
    first, last = report["packet_pages"]
    assert PdfReader(packet).page_labels == [str(n) for n in range(first, last + 1)]
    texts = page_texts(packet)
    assert f"Page {first} of {last}" in texts[0]
    k = renewed.exhibit("K")
    assert f"Page {k['packet_pages'][0]} of {last}" in texts[k["packet_pages"][0] - first]
    titles = [title for _, title, _ in outline(packet)]
    assert any(t.startswith("Exhibit K: Birth certificate of Mateo") for t in titles)
    assert not any(t.startswith("Exhibit A:") for t in titles)  # not filed again


def test_the_review_page_shows_what_was_filed_before(filings: list[Filing]) -> None:
    filed, renewed = filings[0], filings[1]
    page = (renewed.folder / "review.html").read_text(encoding="utf-8")
    b = filed.exhibit("B")
    assert (
        f"Previously submitted on February 3, 2025 as Exhibit B, p. {b['packet_pages'][0]}" in page
    )
    k, first = renewed.exhibit("K"), renewed.report["packet_pages"][0]
    assert f"packet-efile.pdf#page={k['packet_pages'][0] - first + 1}" in page
    # what was filed before is not in this packet: no link points past the packet's own pages
    [efile] = [o for o in renewed.report["outputs"] if o["variant"] == "efile"]
    linked = [int(n) for n in re.findall(r'packet-efile\.pdf#page=(\d+)"', page)]
    assert linked and min(linked) >= 1 and max(linked) <= efile["pages"]


def test_a_rescan_of_a_filed_paper_replaces_the_earlier_exhibit(filings: list[Filing]) -> None:
    filed, renewed = filings[0], filings[1]
    pastor = filed.document("scans/letter_pastor.jpg")
    rescan = renewed.document("scans/letter_pastor.jpg")
    assert rescan["sha256"] != pastor["sha256"]
    assert "previously_submitted" not in rescan
    new = renewed.exhibit(rescan["exhibit"])
    assert new["filed_on"] == "2025-10-01"
    assert f"replaces Exhibit {pastor['exhibit']}" in new["description"]
    assert renewed.exhibit(pastor["exhibit"])["replaced_by"] == rescan["exhibit"]


def test_the_supplemental_letter_cites_both_filings(filings: list[Filing]) -> None:
    filed, renewed = filings[0], filings[1]
    text = renewed.front_text()
    a, j = filed.exhibit("A"), filed.exhibit("J")
    assert (
        "On February 3, 2025, we asked the Office of the Principal Legal Advisor (OPLA) to "
        "exercise its prosecutorial discretion by agreeing to a joint motion to dismiss" in text
    )
    assert f"filing Exhibits A–J (pp. {a['packet_pages'][0]}–{j['packet_pages'][1]})" in text
    assert "OPLA denied the request on June 2, 2025" in text
    assert CHANGES in text
    # each new document, cited by its new letter and page
    k = renewed.exhibit("K")
    assert f"Exhibit K, p. {k['packet_pages'][0]}: the birth certificate of Mateo" in text
    pastor = filed.document("scans/letter_pastor.jpg")
    assert f"filed as Exhibit {pastor['exhibit']}, p. {pastor['packet_pages'][0]}" in text
    # the earlier exhibits it relies on, by their filed letters and pages
    b = filed.exhibit("B")
    assert f"Exhibit B, p. {b['packet_pages'][0]}, now joined by Exhibit K" in text
    assert "Supplement to request for a joint motion to dismiss" in text  # the request's words
    # the index lists what was filed, with its date and original pages
    assert "Previously submitted on February 3, 2025" in text
    # (a description too long for its cell wraps: its page number follows the first line)
    assert j["description"].startswith(
        "Certificate of completion of probation for Rosa Delia Márquez Fuentes, 2014–2015"
    )
    assert "J Certificate of completion of probation for Rosa" in text


def test_renewal_checks_count_only_evidence_new_since_the_denial(filings: list[Filing]) -> None:
    renewed = filings[1]
    # Mateo's birth certificate is dated after the denial: the renewal has what it needs
    assert [f for f in renewed.report["findings"] if f["code"] == "stale-evidence"] == []
    text = renewed.front_text()
    # the neighbor's letter is new to the record, but was written before the denial
    # a letter is described by the day it was written (docs/sample-letter.md)
    dated = r"the letter of support, dated \w+ \d+, \d{4}"
    assert re.search(dated + r" \(dated before the denial\)", text)
    assert "Of these, the birth certificate of Mateo" in text
    assert not re.search(dated + r" \(see", text)


def test_the_supplement_records_what_it_supplements(filings: list[Filing]) -> None:
    filed, renewed = filings[0], filings[1]
    assert renewed.report["supplement_to"] == {
        "date": "2025-02-03",
        "sha256": hashlib.sha256(filed.report_path.read_bytes()).hexdigest(),
        "file": "report.json",
    }


# --- the second supplement: to the first ------------------------------------------------------


def test_a_supplement_to_a_supplement(filings: list[Filing]) -> None:
    _, renewed, later = filings
    report = later.report
    assert report["supplement_to"]["date"] == "2025-10-01"
    assert (
        report["supplement_to"]["sha256"]
        == hashlib.sha256(renewed.report_path.read_bytes()).hexdigest()
    )
    assert report["packet_pages"][0] == renewed.report["packet_pages"][1] + 1
    # the late translator's certificate (identity, first in packet order), then the letter
    assert [e["letter"] for e in later.new_exhibits()] == ["N", "O"]
    # both earlier filings keep their letters, pages and dates
    for exhibit in renewed.report["exhibits"]:
        carried = later.exhibit(exhibit["letter"])
        assert (carried["packet_pages"], carried["filed_on"]) == (
            exhibit["packet_pages"],
            exhibit["filed_on"],
        )
    mateo = later.document("scans/mateo_birth.jpg")
    assert (mateo["exhibit"], mateo["previously_submitted"]) == ("K", "2025-10-01")
    text = later.front_text()
    assert "Previously submitted on February 3, 2025" in text
    assert "Previously submitted on October 1, 2025" in text
    assert "On October 1, 2025, we renewed that request, filing Exhibits K–M" in text
    o = later.exhibit("O")
    assert re.search(
        rf"Exhibit O, p\. {o['packet_pages'][0]}: the letter of support, dated \w+ \d+, \d{{4}}",
        text,
    )
    k = renewed.exhibit("K")
    assert f"Exhibit K, p. {k['packet_pages'][0]}" in text  # cited as filed in the renewal


def test_the_parts_and_tabbed_copies_of_a_supplement_follow_its_numbering(
    filings: list[Filing],
) -> None:
    later = filings[2]
    report = later.report
    first, last = report["packet_pages"]
    parts = [o for o in report["outputs"] if o["variant"] == "efile"]
    assert len(parts) > 1
    page = first
    for part in parts:
        assert part["packet_pages"][0] == page
        page = part["packet_pages"][1] + 1
    assert page - 1 == last
    filing = PdfReader(later.folder / "packet-filing.pdf")
    labels = filing.page_labels
    assert "Tab N" in labels
    after_tab = next(label for label in labels[labels.index("Tab N") :] if label.isdigit())
    assert after_tab == str(later.exhibit("N")["packet_pages"][0])
    assert str(first) in labels and str(first - 1) not in labels


def test_a_late_translators_certificate_is_filed_for_the_filed_exhibit(
    filings: list[Filing],
) -> None:
    filed, renewed, later = filings
    acta = filed.document("scans/acta_nacimiento.jpg")
    a = filed.exhibit(acta["exhibit"])
    cited = f"Exhibit {a['letter']}, pp. {a['packet_pages'][0]}–{a['packet_pages'][1]}"
    certificate = later.document("scans/acta_certificate.pdf")
    assert certificate["type"] == "certificate_of_translation"
    assert "previously_submitted" not in certificate  # it is new: filed in this supplement
    n = later.exhibit(certificate["exhibit"])
    assert n["filed_on"] == "2026-02-01" and n["equity"] == acta["equity"]
    assert n["description"].endswith(f", for {cited}, filed February 3, 2025")
    text = later.front_text()
    index = text[text.index("Submitted with this supplement") :]
    # its index row (the page number, and the e-filing part that holds it when that is another,
    # may sit between wrapped lines)
    row = re.search(
        rf"\b{n['letter']} Certificate of translation, dated January 20, 2026,.*"
        rf"{re.escape(cited)},(?: {n['packet_pages'][0]})?(?: Part \d+)? filed February 3, 2025",
        index,
    )
    assert row
    holder = next(
        o["part"]
        for o in later.report["outputs"]
        if o.get("part") and o["packet_pages"][0] <= n["packet_pages"][0] <= o["packet_pages"][1]
    )
    assert holder == 1 or f"Part {holder}" in row.group(0)
    assert re.search(  # the letter lists it with the filed exhibit it completes
        rf"Exhibit {n['letter']}, p\. {n['packet_pages'][0]}: the certificate of translation, "
        rf"dated January 20, 2026, for the document filed as {re.escape(cited)}\.",
        re.sub(r" Part \d+\b", "", text),  # without the margin's notes of the part to open
    )
    # the filed certificate lacked a telephone number and a signature; the signed one settles it
    codes = {f["code"] for f in renewed.report["findings"]}
    assert "incomplete-translation-certificate" in codes
    assert "incomplete-translation-certificate" not in {f["code"] for f in later.report["findings"]}


def test_a_g28_refiled_with_a_supplement_is_a_form_of_this_filing(filings: list[Filing]) -> None:
    """The G-28 is the form that lets OPLA recognise counsel, filed with each submission: it is
    in the supplement's own front matter, numbered on from the filed packet, not an exhibit and
    not "previously submitted"."""
    filed, renewed = filings[0], filings[1]
    g28 = renewed.document("scans/g28.pdf")
    assert g28.get("exhibit") is None and "previously_submitted" not in g28
    first, last = renewed.report["packet_pages"]
    assert first <= g28["packet_pages"][0] <= g28["packet_pages"][1] < last
    assert g28["packet_pages"][0] > filed.report["packet_pages"][1]
    text = renewed.front_text()
    form = "Form G-28, Notice of Entry of Appearance"
    assert f"Filed with this request — {form} {g28['packet_pages'][0]}" in text
    assert "missing-g28" not in {f["code"] for f in renewed.report["findings"]}


def _index_links(pdf: Path, after_index: int) -> list[int]:
    """The packet pages (their labels) that the index's links point to: the links on the pages
    from the index's heading to packet page ``after_index``."""
    reader = PdfReader(pdf)
    labels = reader.page_labels
    start = next(i for i, p in enumerate(reader.pages) if "Index of Exhibits" in p.extract_text())
    targets = []
    for page in reader.pages[start : labels.index(str(after_index))]:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            assert "/A" not in annot, annot  # no packet-page: URI is left behind
            dest = annot["/Dest"]
            targets.append(int(labels[reader.get_page_number(dest[0].get_object())]))
    return targets


def test_previously_submitted_rows_link_nowhere_outside_the_file(filings: list[Filing]) -> None:
    filed, renewed = filings[0], filings[1]
    first = renewed.report["packet_pages"][0]
    g28 = renewed.document("scans/g28.pdf")["packet_pages"][0]
    targets = _index_links(renewed.folder / "packet-efile.pdf", g28)
    new_rows = [e["packet_pages"][0] for e in renewed.new_exhibits()]
    # links (one a cell line) only to what this supplement holds, none for earlier rows
    assert set(targets) == {*new_rows, g28}
    assert min(targets) >= first
    earlier = [e["packet_pages"][0] for e in filed.report["exhibits"]]
    assert not set(earlier) & set(targets)


# --- refusals: before any scan is read -----------------------------------------------------------


@pytest.fixture
def case_and_report(demo_scans: Path, filings: list[Filing], tmp_path: Path) -> tuple[Path, dict]:
    case_dir = tmp_path / "case"
    shutil.copytree(demo_scans, case_dir, ignore=shutil.ignore_patterns("out"))
    return case_dir, filings[0].report


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda r: r["case"].update(a_number="987654321"), "filed for A-number 987654321"),
        (lambda r: r.update(schema="something-else/1"), "not a packet report"),
        (lambda r: r.pop("exhibits"), "predates supplements"),
    ],
    ids=["another-respondent", "not-a-report", "no-exhibit-record"],
)
def test_a_report_that_is_not_this_respondents_filing_is_refused(
    case_and_report: tuple[Path, dict], tmp_path: Path, change, says: str
) -> None:
    case_dir, report = case_and_report
    change(report)
    other = tmp_path / "filed" / "report.json"
    other.parent.mkdir()
    other.write_text(json.dumps(report), encoding="utf-8")
    result = run_packet("build", case_dir, "--supplement-to", other)
    assert result.returncode == 2, result.stderr
    assert says in result.stderr and str(other) in result.stderr.replace("\n", "")
    assert not (case_dir / "out").exists()


def test_the_report_this_build_would_replace_is_refused(
    case_and_report: tuple[Path, dict],
) -> None:
    case_dir, report = case_and_report
    inside = case_dir / "out" / "report.json"
    inside.parent.mkdir()
    inside.write_text(json.dumps(report), encoding="utf-8")
    result = run_packet("build", case_dir, "--supplement-to", inside)
    assert result.returncode == 2, result.stderr
    assert "that is the report this build writes" in result.stderr.replace("\n", " ")
