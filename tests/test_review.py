"""The review page's template and what it is given: escaping, links, the timeline, the entries.

Documents are built directly as classify.Document records over small generated PDFs (no OCR);
the thumbnails are real (pdftoppm). The demo case's page in a browser: test_review_browser.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import stat
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from packet.case import Case, DocumentOverride
from packet.check import check
from packet.config import load_config
from packet.dates import Span
from packet.errors import MissingProgramError
from packet.pipeline import Reading
from packet.records import BuildContext, Document, Fields, Finding, Piece, Rejection, Timeline
from packet.review import Anchors, correction_entry, render, timeline_drawing
from packet.thumbnails import Thumbnails
from tests.make_inputs import text_pdf

TODAY = dt.date(2026, 11, 1)
RESPONDENT = "Lucía Beltrán Ochoa"
CHILD = "Tomás Beltrán Ochoa"
HOSTILE = '<script>alert("x")</script><img src="https://tracker.example/p.gif">'


@pytest.fixture(scope="module")
def config():
    return load_config()


def make_case(**parts: Any) -> Case:
    data: dict[str, Any] = {
        "schema": 1,
        "respondent": {"name": RESPONDENT, "a_number": "A123-456-789"},
        "request": {"type": "dismissal"},
        "claims": {
            "residence_since": "2008-03-01",
            "children": [{"name": CHILD, "date_of_birth": "2012-05-02", "status": "usc"}],
        },
    }
    data.update(parts)
    return Case.model_validate(data)


def doc(folder: Path, file: str, type: str, about: str | None = RESPONDENT, **kw: Any) -> Document:
    pdf = folder / (hashlib.sha256(file.encode()).hexdigest()[:12] + ".pdf")
    pages = kw.pop("pages", 1)
    pdf.write_bytes(text_pdf(lines=(f"{type} of {about}", file), pages=pages))
    return Document(
        file=file,
        sha256=kw.pop("sha256", hashlib.sha256(file.encode()).hexdigest()),
        pdf=pdf,
        page_texts=(f"{type} of {about}",) * pages,
        type=type,
        equity=kw.pop("equity", "identity"),
        about=about,
        about_claim=kw.pop("about_claim", "respondent" if about == RESPONDENT else None),
        language="en",
        confidence=0.87,
        reasons=kw.pop("reasons", ("contains 'passport'",)),
        fields=kw.pop("fields", Fields()),
        **kw,
    )


def reading(case: Case, documents: list[Document], config, folder: Path, **kw: Any) -> Reading:
    """What check makes of the documents; ``findings``, ``copies`` and ``left_out`` replace
    parts of it where a test needs them exactly."""
    rejected = kw.pop("rejected", [])
    work = folder / "work"
    work.mkdir(exist_ok=True)
    context = BuildContext(case, config, TODAY, work)
    checked = dataclasses.replace(check(context, documents, rejected), **kw)
    return Reading(context, documents, rejected, checked, {})


def page_of(read: Reading, tmp_path: Path) -> str:
    return render(read, None, [], tmp_path / "cache").decode()


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's parser sees them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def attribute(self, name: str) -> list[str]:
        return [a[name] for _, a in self.tags if name in a]


@pytest.fixture
def passport(tmp_path: Path) -> Document:
    return doc(
        tmp_path, "scans/passport.pdf", "passport", fields=Fields(issued=dt.date(2019, 6, 1))
    )


def test_what_ocr_read_and_file_names_are_escaped(config, tmp_path: Path) -> None:
    case = make_case()
    hostile = doc(
        tmp_path,
        f"scans/{HOSTILE}.pdf",
        "other",
        None,
        reasons=(f"contains {HOSTILE}",),
        fields=Fields(issuer=HOSTILE, names=(HOSTILE,)),
    )
    rejected = [Rejection(f"scans/{HOSTILE}.jpg", f"not a picture: {HOSTILE}")]
    html = page_of(reading(case, [hostile], config, tmp_path, rejected=rejected), tmp_path)
    tags = Tags(html)
    assert "script" not in {tag for tag, _ in tags.tags}
    assert not [a for a in tags.attribute("src") + tags.attribute("href") if "tracker" in a]
    assert html.count("&lt;script&gt;alert(") >= 5  # heading, reasons, fields, rejected, finding


def test_nothing_on_the_page_is_loaded_from_elsewhere(config, tmp_path: Path, passport) -> None:
    html = page_of(reading(make_case(), [passport], config, tmp_path), tmp_path)
    tags = Tags(html)
    addresses = tags.attribute("src") + tags.attribute("href")
    assert addresses and not [a for a in addresses if re.match(r"(https?:)?//", a)]
    assert all(src.startswith("data:image/jpeg;base64,") for src in tags.attribute("src"))
    assert {tag for tag, _ in tags.tags}.isdisjoint({"script", "link", "iframe", "object"})
    [policy] = [
        a["content"] for t, a in tags.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert "default-src 'none'" in policy and "img-src data:" in policy
    assert str(tmp_path) not in html  # no folder of this machine: files relative to the case


def test_every_link_on_the_page_leads_somewhere_on_it(config, tmp_path: Path) -> None:
    case = make_case()
    docs = [
        doc(tmp_path, "scans/passport.pdf", "passport", pages=2),
        doc(tmp_path, "scans/acta.pdf", "birth_certificate", CHILD, about_claim="children[0]"),
    ]
    findings = (
        Finding(
            "low-ocr-confidence",
            "warning",
            "Page 2 reads badly.",
            file="scans/passport.pdf",
            page=2,
        ),
        Finding("missing-g28", "error", "No G-28.", claim="representative"),
        Finding("rejected-file", "error", "Broken.", file="scans/broken.pdf"),
    )
    rejected = [Rejection("scans/broken.pdf", "damaged")]
    html = page_of(
        reading(case, docs, config, tmp_path, rejected=rejected, findings=findings), tmp_path
    )
    tags = Tags(html)
    ids = tags.attribute("id")
    assert len(ids) == len(set(ids)), "an id used twice"
    inside = [h[1:] for h in tags.attribute("href") if h.startswith("#")]
    assert set(inside) <= set(ids)
    links = re.findall(r'<a href="(#[^"]+)">([^<]+)</a>', html)
    assert ("#doc-1-page-2", "scans/passport.pdf, page 2") in links
    assert ("#claim-representative", "representative") in links
    assert ("#rejected-1", "scans/broken.pdf") in links
    assert ("#claim-children-0", CHILD) in links  # the card names whom it is about


def test_the_timeline_marks_each_gap_in_words_and_hatching(config, tmp_path: Path) -> None:
    case = make_case()
    lease = doc(
        tmp_path,
        "scans/lease.pdf",
        "residence_record",
        fields=Fields(covers=Span(dt.date(2010, 1, 1), dt.date(2014, 12, 31))),
    )
    taxes = doc(
        tmp_path,
        "scans/taxes.pdf",
        "tax_record",
        fields=Fields(covers=Span(dt.date(2018, 1, 1), dt.date(2026, 6, 30))),
    )
    read = reading(case, [lease, taxes], config, tmp_path)
    timeline = read.checked.timeline
    assert timeline and [(g.start.year, g.end.year) for g in timeline.gaps] == [
        (2008, 2009),
        (2015, 2017),
    ]
    drawing = timeline_drawing(timeline, Anchors([lease, taxes], []))
    assert [t for _, t in drawing.ticks] == [str(y) for y in range(2008, 2027)]
    lease_bar = drawing.rows[0].bars[0]
    first_gap, second_gap = drawing.gaps
    assert first_gap.x < lease_bar.x < second_gap.x  # years run left to right
    assert abs(first_gap.x + first_gap.width - lease_bar.x) < 1  # the gap ends where it starts
    assert second_gap.note == "3 years"
    assert second_gap.x < second_gap.note_x < second_gap.x + second_gap.width  # written under it
    assert drawing.left < first_gap.note_x  # and never cut off at either end
    html = page_of(read, tmp_path)
    svg = html[
        html.index('<svg class="timeline"') : html.index(
            "</svg>", html.index('<svg class="timeline"')
        )
    ]
    gaps = re.findall(r'<g class="gap">\s*<title>([^<]+)</title>', svg)
    assert gaps == [
        "Gap: no dated evidence from March 1, 2008 to December 31, 2009 (1 year 10 months)",
        "Gap: no dated evidence from January 1, 2015 to December 31, 2017 (3 years)",
    ]
    assert svg.count('fill="url(#hatch)"') == 2  # a pattern, not only a colour
    assert svg.count(">gap</tspan>") == 2  # and the word
    assert "2 gaps with no dated evidence" in html


def test_a_timeline_without_gaps_says_so(config, tmp_path: Path) -> None:
    timeline = Timeline(
        dt.date(2020, 1, 1),
        TODAY,
        (Span(dt.date(2020, 1, 1), TODAY, "scans/lease.pdf"),),
        (),
        12,
    )
    drawing = timeline_drawing(timeline, Anchors([], []))
    assert not drawing.gaps
    assert "no gap longer than 12 months" in drawing.summary


def test_the_correction_entry_pastes_into_case_yaml(config, tmp_path: Path) -> None:
    case = make_case()
    letter = doc(tmp_path, "scans/Carta: de la Iglesia, #2.jpg", "letter_of_support", "O'Brien: Jr")
    entry = correction_entry(case, letter, {})
    [parsed] = yaml.safe_load(entry)
    assert parsed == {
        "file": "scans/Carta: de la Iglesia, #2.jpg",
        "type": "letter_of_support",
        "about": "O'Brien: Jr",
    }
    DocumentOverride.model_validate(parsed)
    assert entry.startswith("- {file: ")  # one line, as docs/case-yaml.md writes entries


def test_the_correction_entry_keeps_what_case_yaml_already_says(config, tmp_path: Path) -> None:
    case = make_case(documents=[{"file": "scans/acta.jpg", "translation": "scans/acta-en.pdf"}])
    acta = doc(tmp_path, "scans/acta.jpg", "birth_certificate", overridden=True)
    [parsed] = yaml.safe_load(correction_entry(case, acta, {}))
    assert parsed == {
        "file": "scans/acta.jpg",
        "type": "birth_certificate",
        "about": RESPONDENT,
        "translation": "scans/acta-en.pdf",
    }


def test_a_document_inside_a_larger_file_names_its_pages(config, tmp_path: Path) -> None:
    stack = "scans/scan0003.pdf"
    piece = Piece(stack, "b" * 64, 3, 4, whole=False)
    report_card = doc(tmp_path, stack, "school_record", CHILD, pages=2, pieces=(piece,))
    [parsed] = yaml.safe_load(correction_entry(make_case(), report_card, {"pages": [3, 4]}))
    assert parsed["pages"] == "3-4"


def test_a_document_photographed_page_by_page_names_its_other_photos(
    config, tmp_path: Path
) -> None:
    pieces = tuple(Piece(f"scans/lease_p{n}.jpg", f"{n}" * 64, 1, 1, whole=True) for n in (1, 2))
    lease = doc(tmp_path, "scans/lease_p1.jpg", "residence_record", pages=2, pieces=pieces)
    [parsed] = yaml.safe_load(correction_entry(make_case(), lease, {}))
    assert parsed["more_pages"] == ["scans/lease_p2.jpg"]


def test_duplicates_are_shown_side_by_side(config, tmp_path: Path) -> None:
    case = make_case()
    first = doc(tmp_path, "scans/passport.pdf", "passport", sha256="a" * 64)
    again = doc(tmp_path, "scans/passport (1).pdf", "passport", sha256="a" * 64)
    read = reading(
        case,
        [first, again],
        config,
        tmp_path,
        left_out=frozenset({again.file}),
        copies={again.file: first.file},
    )
    html = page_of(read, tmp_path)
    section = html[html.index('id="duplicates"') :]
    assert section.index("scans/passport (1).pdf") < section.index("Left out of the packet")
    assert "Kept (the same bytes)" in section
    assert section.count("<img ") == 2
    assert "Left out of the packet: another copy of scans/passport.pdf." in html


def test_check_page_says_nothing_is_filed_yet(config, tmp_path: Path, passport) -> None:
    html = page_of(reading(make_case(), [passport], config, tmp_path), tmp_path)
    assert "Checked (no packet written)" in html
    assert "Not filed yet: `packet build` gives it its exhibit letter and pages." in html
    assert "Not ready to file" in html  # the claimed child has no birth certificate


def test_thumbnails_are_drawn_once_and_kept(config, tmp_path: Path, passport, monkeypatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    first = Thumbnails(tmp_path / "cache", work).of(passport.pdf)
    assert len(first) == 1 and first[0].width == 360 and first[0].height == 466
    stored = list((tmp_path / "cache" / "thumbnails").rglob("*.json"))
    assert len(stored) == 1 and stat.S_IMODE(stored[0].stat().st_mode) == 0o600

    def no_drawing(*_: object) -> list[Path]:
        raise AssertionError("drawn again")

    monkeypatch.setattr("packet._exec.pdftoppm.draw_pages", no_drawing)
    assert Thumbnails(tmp_path / "cache", work).of(passport.pdf) == first
    assert not list(work.iterdir())  # pdftoppm's pictures were removed


def test_without_pdftoppm_the_page_says_so_and_is_still_written(
    config, tmp_path: Path, passport, monkeypatch
) -> None:
    def missing(*_: object) -> list[Path]:
        raise MissingProgramError("pdftoppm is not installed", "sudo apt-get install poppler-utils")

    monkeypatch.setattr("packet._exec.pdftoppm.draw_pages", missing)
    html = page_of(reading(make_case(), [passport], config, tmp_path), tmp_path)
    assert "No page pictures on this page: pdftoppm is not installed" in html
    assert (
        "<img " not in html
        and 'aria-label="Page 1 of 1 of scans/passport.pdf (no picture)"' in html
    )


def test_a_document_that_cannot_be_drawn_keeps_its_card(config, tmp_path: Path) -> None:
    broken = doc(tmp_path, "scans/broken.pdf", "passport")
    broken.pdf.write_bytes(b"%PDF-1.4 not really")
    gone = doc(tmp_path, "scans/gone.pdf", "passport")
    gone.pdf.unlink()
    html = page_of(reading(make_case(), [broken, gone], config, tmp_path), tmp_path)
    assert html.count("No thumbnails: ") == 2
    assert "its pages could not be drawn" in html and "could not be read (No such file" in html
    assert str(tmp_path) not in html  # pdftoppm's and the system's words name no path of ours


EMPTY_CASE = """schema: 1
respondent: {name: Lucía Beltrán Ochoa, a_number: "A123-456-789"}
request: {type: dismissal}
"""


def test_check_writes_the_page_where_it_is_told_never_among_the_scans(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from packet.cli import main

    case = tmp_path / "case"
    case.mkdir()
    (case / "case.yaml").write_text(EMPTY_CASE, encoding="utf-8")
    (case / "letter.pdf").write_bytes(text_pdf())  # something to read: an empty case is exit 3
    cache = ["--cache-dir", str(tmp_path / "cache")]
    refused = CliRunner().invoke(
        main, ["check", str(case), "--review", str(case / "r.html"), *cache]
    )
    assert refused.exit_code == 2 and "inside the case folder" in refused.output
    assert sorted(p.name for p in case.iterdir()) == ["case.yaml", "letter.pdf"]
    elsewhere = tmp_path / "reviews"
    elsewhere.mkdir()
    done = CliRunner().invoke(main, ["check", str(case), "--review", str(elsewhere), *cache])
    assert done.exit_code == 1, done.output  # no identity document: an error
    page = elsewhere / "review.html"
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    assert "missing-identity" in page.read_text(encoding="utf-8")
    assert sorted(p.name for p in case.iterdir()) == ["case.yaml", "letter.pdf"]
    default = CliRunner().invoke(main, ["check", str(case), *cache])
    assert default.exit_code == 1 and (case / "out" / "review.html").is_file()
