"""Compose: the cover letter, index, tab dividers, cover page and certificates, read back from
the PDFs they become. Inputs are Case and Document records built here (no OCR): the documents
are one-page PDFs whose text is what OCR would have read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from packet import compose as compose_module
from packet import fields as document_fields
from packet.case import Case, load_case
from packet.check import untranslated
from packet.compose import compose
from packet.config import Config, load_config, user_opla_offices_file
from packet.dates import Span, whole_years
from packet.duplicates import duplicate_copies, left_out
from packet.errors import CaseFileError, ConfigError
from packet.letter import narrative_disagreements
from packet.records import BuildContext, Composition, Document, Fields

TODAY = dt.date(2026, 11, 20)
CONFIG = load_config()

REQUEST_WORDING = {
    "dismissal": "joint motion to dismiss these removal proceedings without prejudice",
    "termination": "motion to terminate them",
    "administrative_closure": "a motion to administratively close these removal proceedings",
    "continuance": "not opposing our motion to continue the hearing set for February 16, 2027",
    "stipulation": "stipulating to Respondent's eligibility for the relief sought",
    "joint_motion_to_reopen": "joining our motion to reopen these removal proceedings",
    "non_opposition_to_reopen": "not opposing our motion to reopen these removal proceedings",
    "appellate_mediation": "Board of Immigration Appeals, through appellate mediation",
    "stay_of_removal": "not opposing a stay of Respondent's removal",
    "release_from_detention": "release from ICE detention, on bond or on other conditions",
    "deferred_action": "granting Respondent deferred action",
}


def case_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": 1,
        "respondent": {
            "name": "Ana Lucía Peña Ibáñez",
            "a_number": "A201-555-019",
            "date_of_birth": "1990-03-04",
            "country": "Honduras",
            "entered_us": "2004-07-01",
            "address": ["1500 W. Cermak Rd., Apt. 3", "Chicago, IL 60608"],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Chicago, IL",
            "next_hearing": "2027-02-16",
            "hearing_type": "master",
            "opla_office": "Chicago",
        },
        "request": {
            "type": "dismissal",
            "narrative": "Ms. Peña has raised her daughter in Chicago since 2010.",
        },
        "representative": {
            "name": "Tomás Ortega Ruiz",
            "organization": "Westside Immigrant Law Project",
            "address": ["200 S. Wacker Dr., Suite 12", "Chicago, IL 60606"],
            "phone": "312-555-0142",
            "email": "tortega@westside.example",
            "eoir_id": "QZ120045",
        },
        "claims": {
            "residence_since": "2004-07-01",
            "children": [{"name": "Ana García", "date_of_birth": "2010-05-02", "status": "usc"}],
            "community_ties": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "driving without a license",
                "date": "2013-06-01",
                "disposition": "fine paid",
            }
        ],
    }
    for path, value in changes.items():
        *parents, key = path.split("__")
        node = data
        for p in parents:
            node = node.setdefault(p, {})
        if value is None:
            node.pop(key, None)
        else:
            node[key] = value
    return data


def pdf_with(path: Path, pages: list[str]) -> Path:
    canvas = Canvas(str(path), pagesize=LETTER, invariant=True)
    for text in pages:
        y = 700
        for line in text.splitlines():
            canvas.drawString(72, y, line)
            y -= 14
        canvas.showPage()
    canvas.save()
    return path


class Documents:
    """Document records as classify would give them, each with a real PDF behind it: the fields
    are read from the text by classify's own rules unless the test gives them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __call__(
        self,
        file: str,
        doc_type: str,
        equity: str,
        text: str,
        about: str | None = "Ana Lucía Peña Ibáñez",
        pages: int = 1,
        **extra: Any,
    ) -> Document:
        pdf = pdf_with(self.folder / (file.replace("/", "_") + ".pdf"), [text] * pages)
        rule = CONFIG.rules.types.get(doc_type)
        fields = extra.pop("fields", None) or document_fields.extract(
            text, rule.covers if rule else None, CONFIG.rules.fields, day_first=False
        )
        return Document(
            file=file,
            sha256=hashlib.sha256(file.encode()).hexdigest(),
            pdf=pdf,
            page_texts=(text,) * pages,
            type=doc_type,
            equity=equity,
            about=about,
            about_claim=None,
            language=extra.pop("language", "en"),
            confidence=0.9,
            reasons=("test",),
            fields=fields,
            **extra,
        )


@pytest.fixture
def make_doc(tmp_path: Path) -> Documents:
    folder = tmp_path / "docs"
    folder.mkdir()
    return Documents(folder)


def evidence(make_doc: Documents) -> list[Document]:
    """A typical case: identity with a translation, a child's birth certificate, residence,
    taxes, support letters, a court record, and the G-28."""
    return [
        make_doc(
            "scans/acta.jpg",
            "birth_certificate",
            "identity",
            "ACTA DE NACIMIENTO Ana Lucía Peña Ibáñez 4 de marzo de 1990",
            language="es",
            translation="scans/acta-en.pdf",
        ),
        make_doc(
            "scans/acta-en.pdf",
            "certificate_of_translation",
            "identity",
            "Translation. I certify that I am competent to translate. March 4, 1990",
            translates="scans/acta.jpg",
        ),
        make_doc(
            "scans/birth.jpg",
            "birth_certificate",
            "us_family",
            "CERTIFICATE OF LIVE BIRTH Ana García May 2, 2010",
            about="Ana García",
            fields=Fields(date_of_birth=dt.date(2010, 5, 2), dates=(dt.date(2010, 5, 2),)),
        ),
        make_doc(
            "scans/lease.jpg",
            "residence_record",
            "length_of_residence",
            "RESIDENTIAL LEASE June 1, 2008 to May 31, 2012",
            pages=2,
        ),
        make_doc(
            "scans/taxes.jpg",
            "tax_record",
            "employment_and_taxes",
            "Tax return transcript, filed April 15, 2024",
        ),
        make_doc(
            "scans/pastor.jpg",
            "letter_of_support",
            "community_ties",
            "To whom it may concern, October 3, 2022",
        ),
        make_doc(
            "scans/neighbor.jpg",
            "letter_of_support",
            "community_ties",
            "Letter, September 9, 2025",
        ),
        make_doc(
            "scans/court.jpg",
            "court_record",
            "rehabilitation",
            "Circuit Court of Cook County, fine paid July 2, 2013",
        ),
        make_doc("scans/g28.pdf", "g28", "other", "Form G-28 Notice of Entry of Appearance"),
    ]


def composed(tmp_path: Path, docs: list[Document], tab_cut: int = 5, **changes: Any) -> Composition:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    case = Case.model_validate(case_data(**changes))
    return compose(context(case, CONFIG, work), docs, tab_cut=tab_cut)


def context(case: Case, config: Config, work: Path) -> BuildContext:
    return BuildContext(case, config, TODAY, work)


@pytest.fixture(scope="module")
def typical(tmp_path_factory: pytest.TempPathFactory) -> Composition:
    """The typical represented case, composed once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("typical")
    (folder / "docs").mkdir()
    return composed(folder, evidence(Documents(folder / "docs")))


def text_of(pdf: Path, pages: slice = slice(None)) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages[pages])
    return re.sub(r"\s+", " ", text)


def letter_text(c: Composition) -> str:
    index_page = dict(c.front_matter.sections)["Exhibit index"]
    return text_of(c.front_matter.pdf, slice(0, index_page))


def exhibit(c: Composition, file: str):
    return next(e for e in c.exhibits if e.documents[0].file == file)


@pytest.mark.parametrize("request_type", sorted(REQUEST_WORDING))
def test_each_request_type_states_its_request_precisely(
    request_type: str, tmp_path: Path, make_doc: Documents
) -> None:
    stage = {"joint_motion_to_reopen": "final_order", "non_opposition_to_reopen": "final_order"}
    c = composed(
        tmp_path,
        evidence(make_doc),
        request__type=request_type,
        proceedings__stage=stage.get(request_type, "in_proceedings"),
    )
    letter = letter_text(c)
    assert REQUEST_WORDING[request_type] in letter
    assert "Dear Chief Counsel:" in letter and "Respectfully submitted" in letter
    assert 1 <= dict(c.front_matter.sections)["Exhibit index"] <= 4
    cover = text_of(c.cover_page)
    # titled for what is filed: evidence (a draft motion only where one is enclosed)
    assert "SUBMISSION OF EVIDENCE" in cover
    assert ("DRAFT JOINT MOTION" in cover) == (request_type == "joint_motion_to_reopen")
    assert "File No.: A201-555-019" in cover


def test_the_letter_cites_each_exhibit_by_letter_and_packet_page(typical: Composition) -> None:
    c = typical
    letter = letter_text(c)
    birth = exhibit(c, "scans/birth.jpg")
    assert f"Ana García, born May 2, 2010, a U.S. citizen (see {birth.citation})" in letter
    lease = exhibit(c, "scans/lease.jpg")
    assert (
        lease.citation == f"Exhibit {lease.letter}, pp. {lease.first_page}\u2013{lease.last_page}"
    )
    assert lease.citation in letter
    # the pages cited are the pages the exhibits occupy after the front matter
    assert c.exhibits[0].first_page == c.front_matter.pages + 1
    for before, after in zip(c.exhibits, c.exhibits[1:], strict=False):
        assert after.first_page == before.last_page + 1


def test_equities_come_in_taxonomy_order_each_with_a_heading(typical: Composition) -> None:
    letter = letter_text(typical)
    headings = [
        "Identity",
        "U.S. citizen and resident family",
        "Length of residence in the United States",
        "Arrival in the United States as a child",
        "Employment and tax compliance",
        "Community ties",
        "Negative factors",
    ]
    positions = [letter.index(h) for h in headings]
    assert positions == sorted(positions)
    identity = typical.exhibits[0]  # the identity exhibit comes first
    assert (
        f"Respondent is a native and citizen of Honduras, born on March 4, 1990 "
        f"(see {identity.citation})." in letter
    )
    assert "came to the United States on July 1, 2004, at the age of 14" in letter
    assert "Two letters of support speak to Respondent's ties" in letter
    assert "Ms. Peña has raised her daughter in Chicago since 2010." in letter  # narrative


def test_a_claimed_child_without_a_birth_certificate_is_named_but_not_cited(
    tmp_path: Path, make_doc: Documents
) -> None:
    children = [
        {"name": "Ana García", "date_of_birth": "2010-05-02", "status": "usc"},
        {"name": "Luis García", "date_of_birth": "2014-01-09", "status": "usc"},
    ]
    letter = letter_text(composed(tmp_path, evidence(make_doc), claims__children=children))
    assert "the parent of two children" in letter
    # claimed, not proven: not called a citizen, and nothing cited for him
    assert re.search(
        r"; and Luis García, born January 9, 2014, for whom evidence of U\.S\. citizenship will "
        r"be supplemented(?! \(see)",
        letter,
    )


def test_negative_factors_are_disclosed_and_addressed(typical: Composition) -> None:
    c = typical
    letter = letter_text(c)
    court = exhibit(c, "scans/court.jpg")
    assert (
        "Respondent's record includes a conviction for driving without a license (June 1, 2013)."
        in letter
    )
    # the record that addresses it is cited under it; case.yaml's account follows it
    assert f"The court record, dated July 2, 2013 (see {court.citation}) addresses it." in letter
    assert "Respondent's account of the outcome: fine paid." in letter
    # counted from the date it names (the outcome, after it, is no "then"), in a sentence that
    # does not open on a figure
    assert "It has been 13 years since June 1, 2013." in letter
    assert "passed since then" not in letter
    # one factor: the closing names it, not an "it" left without its noun
    assert "weighed against the equities described above, this conviction does not" in letter


PROBATION_COMPLETED = """COOK COUNTY ADULT PROBATION DEPARTMENT
Circuit Court of Cook County, Illinois
CERTIFICATE OF COMPLETION OF PROBATION
This certifies that ANA LUCIA PENA IBANEZ, Case No. 13-TR-00321,
has satisfied all conditions of the term of probation ordered by the Court
and was discharged from probation on March 3, 2016.
Term of probation: March 4, 2014 to March 3, 2016
Date issued: March 10, 2016
"""


def test_a_probation_completion_certificate_is_described_as_what_it_shows(
    tmp_path: Path, make_doc: Documents
) -> None:
    docs = [d for d in evidence(make_doc) if d.file != "scans/court.jpg"]
    rule = CONFIG.rules.types["court_record"]
    fields = document_fields.extract(PROBATION_COMPLETED, rule.covers, CONFIG.rules.fields, False)
    docs.append(
        make_doc("scans/probation.jpg", "court_record", "rehabilitation", PROBATION_COMPLETED)
    )
    assert fields.covers and fields.covers.end == dt.date(2016, 3, 3)
    # without a labelled day of completion, the term's years: its end is no day of completion
    unlabelled = PROBATION_COMPLETED.replace("from probation on March 3, 2016", "from probation")
    kinds = CONFIG.rules.kinds["court_record"]
    assert document_fields.kind_of(unlabelled, kinds, False) == document_fields.KindRead(
        "Certificate of completion of probation", "completed", None
    )
    c = composed(
        tmp_path,
        docs,
        negative_factors=[{"kind": "conviction", "description": "driving without a license"}],
    )
    completed = exhibit(c, "scans/probation.jpg")
    assert completed.description == (
        "Certificate of completion of probation for Ana Lucía Peña Ibáñez, completed March 3, "
        "2016 (Cook County Adult Probation Department)"
    )
    # cited under the negative factor it answers, for what it shows
    letter = letter_text(c)
    assert (
        "The certificate of completion of probation, completed March 3, 2016 "
        f"(see {completed.citation}) shows completion of the sentence." in letter
    )


def test_a_discharge_that_was_not_a_completion_is_no_certificate_of_completion() -> None:
    text = PROBATION_COMPLETED.replace("has satisfied", "has not satisfied").replace(
        "was discharged", "was unsatisfactorily discharged"
    )
    kinds = CONFIG.rules.kinds["court_record"]
    assert document_fields.kind_of(text, kinds, False) is None
    assert document_fields.kind_of(PROBATION_COMPLETED, kinds, False) == (
        document_fields.KindRead(
            "Certificate of completion of probation", "completed", dt.date(2016, 3, 3)
        )
    )


def test_a_represented_letter_has_counsels_letterhead_and_signature(typical: Composition) -> None:
    letter = letter_text(typical)
    assert letter.startswith("Tomás Ortega Ruiz Westside Immigrant Law Project")
    assert "On behalf of our client, Ana Lucía Peña Ibáñez, we respectfully ask" in letter
    assert "EOIR ID QZ120045 Counsel for Ana Lucía Peña Ibáñez" in letter
    assert "tortega@westside.example" in letter


def test_a_pro_se_letter_speaks_in_the_first_person(tmp_path: Path, make_doc: Documents) -> None:
    docs = [d for d in evidence(make_doc) if d.type != "g28"]
    c = composed(tmp_path, docs, representative=None)
    letter = letter_text(c)
    assert letter.startswith("Ana Lucía Peña Ibáñez 1500 W. Cermak Rd., Apt. 3")
    assert "I, Ana Lucía Peña Ibáñez, respectfully ask" in letter
    assert "I am a native and citizen of Honduras" in letter
    assert "I am the parent of one child" in letter
    assert "My record includes a conviction for driving without a license" in letter
    assert "respond in writing to me at 1500 W. Cermak Rd., Apt. 3, Chicago, IL 60608." in letter
    assert "Respondent, pro se" in letter
    assert "our client" not in letter and "Respondent is" not in letter
    assert "Respondent, pro se" in text_of(c.cover_page)


def test_a_detained_respondent_is_flagged_in_the_letter_and_on_the_cover_page(
    tmp_path: Path, make_doc: Documents
) -> None:
    c = composed(
        tmp_path,
        evidence(make_doc),
        proceedings__detained=True,
        request__type="release_from_detention",
    )
    letter = letter_text(c)
    assert letter.count("DETAINED") == 2  # the banner and the custody line
    assert "Respondent is detained in ICE custody" in letter
    assert text_of(c.cover_page).startswith("DETAINED")


def test_a_respondent_at_liberty_is_not_called_detained(typical: Composition) -> None:
    c = typical
    assert "Custody: not detained" in letter_text(c)
    assert "DETAINED" not in letter_text(c) and "DETAINED" not in text_of(c.cover_page)


def test_a_renewal_names_the_denial_and_cites_only_newer_evidence(
    tmp_path: Path, make_doc: Documents
) -> None:
    c = composed(
        tmp_path,
        evidence(make_doc),
        request__prior_request={"date": "2023-05-01", "outcome": "denied"},
    )
    letter = letter_text(c)
    renewal = letter.split("Changed circumstances since the prior request")[1].split(
        "Why discretion is warranted"
    )[0]
    assert "OPLA denied our prior request for prosecutorial discretion on May 1, 2023." in renewal
    assert exhibit(c, "scans/taxes.jpg").citation in renewal  # dated 2024
    assert exhibit(c, "scans/neighbor.jpg").citation in renewal  # dated 2025
    assert exhibit(c, "scans/pastor.jpg").citation not in renewal  # dated 2022, before the denial


def test_a_first_request_mentions_no_prior_request(typical: Composition) -> None:
    letter = letter_text(typical)
    assert "prior request" not in letter and "Changed circumstances" not in letter


# ICE's list of OPLA offices, as config/opla_offices.yaml gives it
CHICAGO = (
    "Office of the Principal Legal Advisor, Chicago "
    "55 E. Monroe Street, Suite 1400 Chicago, IL 60603"
)


def test_the_letter_is_addressed_to_the_directorys_street_address(typical: Composition) -> None:
    letter = letter_text(typical)
    assert CHICAGO in letter
    assert CONFIG.opla_offices.offices["Chicago"].email is None
    assert "By e-mail" not in letter  # no mailbox in the directory: none is made up


def test_the_index_groups_exhibits_under_equity_headings_with_page_ranges(
    typical: Composition,
) -> None:
    c = typical
    index_page = dict(c.front_matter.sections)["Exhibit index"]
    g28_page = dict(c.front_matter.sections)["Form G-28, Notice of Entry of Appearance"]
    index = text_of(c.front_matter.pdf, slice(index_page, g28_page))
    birth, lease = exhibit(c, "scans/birth.jpg"), exhibit(c, "scans/lease.jpg")
    assert (
        f"{birth.letter} Birth certificate of Ana García, born May 2, 2010 {birth.first_page}"
        in index
    )
    assert (
        f"{lease.letter} Residential lease for Ana Lucía Peña Ibáñez, 2008–2012 "
        f"{lease.first_page}–{lease.last_page}" in index
    )
    assert "Letter of support for Ana Lucía Peña Ibáñez, dated October 3, 2022" in index
    assert index.index("Identity") < index.index("U.S. citizen and resident family")
    assert index.index("Filed with this request") < index.index("Identity")


@pytest.mark.parametrize("first_guess", [compose_module.LIKELY_TEXT_PAGES, 6])
def test_the_letter_is_typeset_once_when_the_first_guess_holds_and_never_padded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_guess: int
) -> None:
    """The letter cites the pages after it, so it is typeset until its page count settles: once
    for the usual two-page letter and one-page index; a guess too long is typeset again at
    the count it came to, never padded with blank pages."""
    renders = []
    real = compose_module._render_text
    monkeypatch.setattr(
        compose_module, "_render_text", lambda *a, **k: renders.append(1) or real(*a, **k)
    )
    monkeypatch.setattr(compose_module, "LIKELY_TEXT_PAGES", first_guess)
    (tmp_path / "docs").mkdir()
    c = composed(tmp_path, evidence(Documents(tmp_path / "docs"))[:3])
    pages = PdfReader(c.front_matter.pdf).pages
    assert len(pages) == c.front_matter.pages == 3
    assert all(page.extract_text().strip() for page in pages)
    assert len(renders) == (1 if first_guess == 3 else 2)
    assert "Exhibit A, pp. 4" in letter_text(c)  # the pages after the three settled


def test_the_g28_follows_the_index_in_the_front_matter_without_a_tab(typical: Composition) -> None:
    c = typical
    [(form, first_page)] = c.front_matter.documents
    assert form.type == "g28"
    assert first_page == c.front_matter.pages  # the last front-matter page, numbered
    assert "g28" not in {e.documents[0].type for e in c.exhibits}
    assert "G-28" not in "".join(c.dividers)
    assert "Form G-28 Notice of Entry" in text_of(c.front_matter.pdf, slice(first_page - 1, None))
    assert len(PdfReader(c.front_matter.pdf).pages) == c.front_matter.pages


def test_a_translation_with_its_own_certificate_gets_no_second_one(typical: Composition) -> None:
    c = typical
    acta = exhibit(c, "scans/acta.jpg")
    assert [d.file for d in acta.documents] == ["scans/acta.jpg", "scans/acta-en.pdf"]


def translated_without_certificate(make_doc: Documents) -> list[Document]:
    docs = [d for d in evidence(make_doc) if d.file != "scans/acta-en.pdf"]
    return [
        *docs,
        make_doc(
            "scans/acta-en.pdf",
            "birth_certificate",
            "identity",
            "BIRTH CERTIFICATE (English translation)",
            translates="scans/acta.jpg",
        ),
    ]


def test_a_translation_without_a_certificate_gets_one_naming_the_translator(
    tmp_path: Path, make_doc: Documents
) -> None:
    translator = {"name": "Marisol Cañas", "address": ["9 Elm St.", "Evanston, IL 60201"]}
    c = composed(tmp_path, translated_without_certificate(make_doc), translator=translator)
    acta = exhibit(c, "scans/acta.jpg")
    original, translation, certificate = acta.documents
    assert original.file == "scans/acta.jpg"
    assert translation.file == "scans/acta-en.pdf"
    assert certificate.type == "certificate_of_translation" and certificate.pages == 1
    assert acta.last_page - acta.first_page + 1 == 3  # numbered, inside the exhibit
    text = re.sub(r"\s+", " ", " ".join(certificate.page_texts))
    assert (
        "I, Marisol Cañas, certify that I am competent to translate from Spanish into English"
        in text
    )
    assert "complete and accurate" in text and "9 Elm St., Evanston, IL 60201" in text


def test_a_translator_named_on_the_document_entry_wins(tmp_path: Path, make_doc: Documents) -> None:
    c = composed(
        tmp_path,
        translated_without_certificate(make_doc),
        translator={"name": "Marisol Cañas"},
        documents=[
            {
                "file": "scans/acta.jpg",
                "translation": "scans/acta-en.pdf",
                "translator": {"name": "Iker Núñez"},
            }
        ],
    )
    certificate = exhibit(c, "scans/acta.jpg").documents[-1]
    assert "I, Iker Núñez, certify" in " ".join(certificate.page_texts)


def test_without_a_translator_the_certificate_leaves_blanks_to_sign(
    tmp_path: Path, make_doc: Documents
) -> None:
    c = composed(tmp_path, translated_without_certificate(make_doc))
    text = " ".join(exhibit(c, "scans/acta.jpg").documents[-1].page_texts)
    assert "I, ____" in text


def test_a_certificate_sent_on_its_own_stands_with_its_translation(
    tmp_path: Path, make_doc: Documents
) -> None:
    loose = make_doc(
        "scans/translator-certificate.pdf",
        "certificate_of_translation",
        "other",
        "CERTIFICATE OF TRANSLATION. I certify that I am competent to translate from Spanish "
        "into English and that the translation is accurate.",
    )
    documents = [*translated_without_certificate(make_doc), loose]
    c = composed(tmp_path, documents)
    acta = exhibit(c, "scans/acta.jpg")
    # right after the translation, under the original's letter, and no certificate generated
    assert [d.file for d in acta.documents] == [
        "scans/acta.jpg",
        "scans/acta-en.pdf",
        "scans/translator-certificate.pdf",
    ]
    assert acta.last_page - acta.first_page + 1 == 3
    assert sum(d.file == loose.file for e in c.exhibits for d in e.documents) == 1
    # nor does check ask for the certificate it holds
    case = Case.model_validate(case_data())
    assert not list(untranslated(case, documents, CONFIG))


def tab_heights(divider: Path) -> float:
    heights = []

    def visit(text: str, cm, tm, *_: Any) -> None:
        if text.strip() and len(text.strip()) <= 2:
            heights.append(tm[5])

    PdfReader(divider).pages[0].extract_text(visitor_text=visit)
    [height] = heights
    return height


def test_tab_dividers_stagger_down_the_right_edge_like_cut_tab_stock(
    tmp_path: Path, make_doc: Documents
) -> None:
    c = composed(tmp_path, evidence(make_doc), tab_cut=3)
    letters = [e.letter for e in c.exhibits]
    assert list(c.dividers) == letters
    heights = [tab_heights(c.dividers[letter]) for letter in letters]
    assert heights[0] > heights[1] > heights[2]  # down the page
    assert heights[3] == heights[0]  # and back to the top after three cuts
    first = text_of(c.dividers[letters[0]])
    assert f"EXHIBIT {letters[0]}" in first and c.exhibits[0].description in first
    assert all(len(PdfReader(p).pages) == 1 for p in c.dividers.values())


def tab_label_x(divider: Path) -> float:
    xs = []

    def visit(text: str, cm, tm, *_: Any) -> None:
        if text.strip() and len(text.strip()) <= 2:
            xs.append(tm[4])

    PdfReader(divider).pages[0].extract_text(visitor_text=visit)
    return xs[0]


def test_tab_labels_print_in_the_tab_of_tab_stock_or_inside_plain_paper(
    tmp_path: Path, make_doc: Documents
) -> None:
    (tmp_path / "stock").mkdir()
    (tmp_path / "plain").mkdir()
    stock = composed(tmp_path / "stock", evidence(make_doc))
    divider = PdfReader(stock.dividers["A"]).pages[0]
    assert (float(divider.mediabox.width), float(divider.mediabox.height)) == (648, 792)
    assert 612 < tab_label_x(stock.dividers["A"]) < 648  # in the half inch past 8.5 in.

    packet = CONFIG.settings.packet.model_copy(update={"tabs": "plain"})
    plain_config = CONFIG.model_copy(
        update={"settings": CONFIG.settings.model_copy(update={"packet": packet})}
    )
    case = Case.model_validate(case_data())
    plain = compose(context(case, plain_config, tmp_path / "plain"), evidence(make_doc))
    page = PdfReader(plain.dividers["A"]).pages[0]
    assert float(page.mediabox.width) == 612
    assert tab_label_x(plain.dividers["A"]) < 612


def test_the_certificate_of_service_says_who_served_whom_when_and_how(typical: Composition) -> None:
    c = typical
    text = text_of(c.certificate_of_service)
    # without `service:` the certificate leaves the date blank (no service copy is written)
    assert "On ____________________, I, Tomás Ortega Ruiz, served a copy" in text
    assert f"at the following office: {CHICAGO} by the method marked below" in text
    assert "[ X ]" not in text.replace("\xa0", " ")
    assert "first-class mail" in text and "ECAS" in text
    assert "Counsel for Ana Lucía Peña Ibáñez" in text


def test_the_cover_page_follows_the_practice_manual_caption(
    tmp_path: Path, make_doc: Documents
) -> None:
    c = composed(tmp_path, evidence(make_doc), proceedings__judge="Hon. R. Villalobos")
    cover = text_of(c.cover_page)
    for part in (
        "Tomás Ortega Ruiz",
        "EOIR ID QZ120045",
        "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW IMMIGRATION COURT CHICAGO, IL",
        "In the Matter of: ANA LUCÍA PEÑA IBÁÑEZ Respondent.",
        "Immigration Judge: Hon. R. Villalobos",
        "Next hearing: February 16, 2027",
    ):
        assert part in cover, part
    assert len(PdfReader(c.cover_page).pages) == 1


def test_accented_names_render_in_an_embedded_truetype_font(typical: Composition) -> None:
    c = typical
    assert "Ana Lucía Peña Ibáñez" in letter_text(c)
    fonts = PdfReader(c.front_matter.pdf).pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"]  # embedded, so every reader has the glyphs


def test_a_typical_letter_is_one_to_four_pages(typical: Composition) -> None:
    c = typical
    assert 1 <= dict(c.front_matter.sections)["Exhibit index"] <= 4


def test_a_request_type_without_a_letter_template_is_a_config_error(
    tmp_path: Path, make_doc: Documents
) -> None:
    config_dir = tmp_path / "config"
    shutil.copytree(CONFIG.directory, config_dir)
    taxonomy = config_dir / "taxonomy.yaml"
    text = taxonomy.read_text(encoding="utf-8")
    taxonomy.write_text(
        text.replace("request_types:\n", "request_types:\n  parole:\n    label: Parole\n", 1),
        encoding="utf-8",
    )
    case = Case.model_validate(case_data(request__type="parole"))
    with pytest.raises(ConfigError) as caught:
        compose(context(case, load_config(config_dir), tmp_path), evidence(make_doc))
    assert caught.value.exit_code == 2
    assert "requests/parole.j2: missing" in caught.value.message


def test_a_case_with_no_documents_still_gets_a_letter_and_an_empty_index(
    tmp_path: Path,
) -> None:
    c = composed(tmp_path, [], negative_factors=[], claims={})
    assert c.exhibits == () and c.dividers == {}
    assert c.front_matter.pages == len(PdfReader(c.front_matter.pdf).pages)
    letter = letter_text(c)
    assert "Respondent is a native and citizen of Honduras" in letter
    assert "Exhibit" not in letter.split("Enclosures:")[0]


def test_an_office_added_in_the_users_own_file_reaches_the_letter_and_the_certificate(
    tmp_path: Path, make_doc: Documents, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home-config"))
    own = user_opla_offices_file()
    own.parent.mkdir(parents=True)
    own.write_text(
        "sources:\n"
        "  our-notes: {title: Letter from OPLA Springfield, read: 2027-01-04, url: file:letter}\n"
        "offices:\n"
        "  Springfield:\n"
        "    name: OPLA Springfield\n"
        "    field_location: null\n"
        "    address: [1 Example Plaza, Room 9, 'Springfield, IL 62701']\n"
        "    email: opla-springfield@example.gov\n"
        "    sources: {name: our-notes, address: our-notes, email: our-notes}\n",
        encoding="utf-8",
    )
    case = Case.model_validate(case_data(proceedings__opla_office="springfield"))
    c = compose(context(case, load_config(), tmp_path), evidence(make_doc))
    office = "OPLA Springfield 1 Example Plaza, Room 9 Springfield, IL 62701"
    assert f"{office} By e-mail: opla-springfield@example.gov" in letter_text(c)
    assert f"{office} opla-springfield@example.gov" in text_of(c.certificate_of_service)


def test_an_office_not_in_the_directory_is_named_as_given_with_a_blank_for_the_address(
    tmp_path: Path, make_doc: Documents
) -> None:
    c = composed(tmp_path, evidence(make_doc), proceedings__opla_office="Springfield")
    blank = "Office of the Principal Legal Advisor, Springfield ________"
    assert blank in letter_text(c)
    assert blank in text_of(c.certificate_of_service)
    assert "Chicago, IL 60603" not in letter_text(c)


def test_every_claimed_equity_gets_a_paragraph_citing_its_proof(
    tmp_path: Path, make_doc: Documents
) -> None:
    docs = [
        *evidence(make_doc),
        make_doc(
            "scans/marriage.jpg", "marriage_certificate", "us_family", "MARRIAGE", about="José Peña"
        ),
        make_doc(
            "scans/dd214.jpg", "military_record", "military_service", "DD 214", about="José Peña"
        ),
        make_doc("scans/a1c.jpg", "medical_record", "medical", "Endocrinology note"),
        make_doc("scans/care.jpg", "medical_record", "caretaker", "Diagnosis", about="Ana García"),
        make_doc(
            "scans/i918.jpg", "u_visa_certification", "crime_victim", "Form I-918 Supplement B"
        ),
    ]
    claims = {
        "children": [
            {"name": "Ana García", "date_of_birth": "2010-05-02", "status": "usc"},
            {"name": "Luis García", "date_of_birth": "2014-01-09", "status": "lpr"},
            {"name": "Eva García", "status": "other"},
        ],
        "spouse": {"name": "José Peña", "status": "usc"},
        "military": {"member": "spouse", "branch": "Army"},
        "medical": {"person": "self", "condition": "type 1 diabetes"},
        "caretaker": {"person": "Ana García", "condition": "cerebral palsy"},
        "crime_victim": {"kind": "domestic_violence"},
        "law_enforcement_cooperation": True,
    }
    c = composed(tmp_path, docs, claims=claims)
    letter = letter_text(c)
    cite = {
        d: f"see {exhibit(c, d).citation}"
        for d in ("scans/marriage.jpg", "scans/i918.jpg", "scans/care.jpg", "scans/a1c.jpg")
    }
    # each claim as fact only with what proves it (check's rules), else to be supplemented
    assert (
        f"Respondent is the parent of three children: Ana García, born May 2, 2010, a U.S. "
        f"citizen (see {exhibit(c, 'scans/birth.jpg').citation}); Luis García, born January 9, "
        "2014, for whom evidence of lawful permanent residence will be supplemented; "
        "and Eva García." in letter
    )
    # the marriage certificate proves the marriage, not José's citizenship
    assert (
        f"Respondent is married to José Peña ({cite['scans/marriage.jpg']}); the evidence of "
        "the marriage and of José Peña's status as a U.S. citizen will be supplemented." in letter
    )
    # one "see" per citation: not "see the military record ... (see Exhibit F, p. 13)"
    assert "Respondent's spouse served in the U.S. Army, as the military record" in letter
    assert not re.search(r"\bsee the [^()]*\(see Exhibit", letter)
    assert (
        f"Respondent has type 1 diabetes, as the medical record ({cite['scans/a1c.jpg']}) shows."
        in letter
    )
    assert (
        "Respondent is a caretaker for Ana García, who has cerebral palsy, as the medical record "
        f"of Ana García ({cite['scans/care.jpg']}) shows." in letter
    )
    assert f"Respondent is a survivor of domestic violence ({cite['scans/i918.jpg']})" in letter
    # the U visa certification is filed as crime-victim evidence and proves cooperation too
    assert f"Respondent has cooperated with law enforcement ({cite['scans/i918.jpg']})" in letter


def test_an_appeal_is_captioned_before_the_board(tmp_path: Path, make_doc: Documents) -> None:
    c = composed(
        tmp_path,
        evidence(make_doc),
        request__type="appellate_mediation",
        proceedings__stage="on_appeal",
        proceedings__next_hearing=None,
    )
    assert "BOARD OF IMMIGRATION APPEALS FALLS CHURCH, VIRGINIA" in text_of(c.cover_page)
    assert "appeal from the decision of the Immigration Court in Chicago, IL is pending" in (
        letter_text(c)
    )


def test_the_translator_key_is_optional_and_checked_like_every_key(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text(
        yaml.safe_dump(case_data(translator={"nmae": "Marisol Cañas"}), allow_unicode=True),
        encoding="utf-8",
    )
    with pytest.raises(CaseFileError) as caught:
        load_case(tmp_path, CONFIG)
    assert 'translator.nmae: unknown key; did you mean "name"?' in caught.value.message
    (tmp_path / "case.yaml").write_text(
        yaml.safe_dump(case_data(translator={"name": "Marisol Cañas"}), allow_unicode=True),
        encoding="utf-8",
    )
    assert load_case(tmp_path, CONFIG).translator.name == "Marisol Cañas"


def test_copies_are_left_out_by_check_and_never_with_their_translation(
    tmp_path: Path, make_doc: Documents
) -> None:
    # Which copies of a paper to leave out is check's decision (duplicates.left_out, which the
    # pipeline applies before compose); compose files every document it is given.
    docs = evidence(make_doc)
    acta = next(d for d in docs if d.file == "scans/acta.jpg")
    acta_en = next(d for d in docs if d.file == "scans/acta-en.pdf")
    birth = next(d for d in docs if d.file == "scans/birth.jpg")
    g28 = next(d for d in docs if d.type == "g28")
    copies = [
        dataclasses.replace(birth, file="scans/birth-again.jpg"),
        dataclasses.replace(g28, file="scans/g28-again.pdf"),
        # the same acta scanned again, with its own translation: both pairs stay, none alone
        dataclasses.replace(
            acta, file="scans/acta-again.jpg", translation="scans/acta-again-en.pdf"
        ),
        dataclasses.replace(
            acta_en, file="scans/acta-again-en.pdf", translates="scans/acta-again.jpg"
        ),
    ]
    everything = [*docs, *copies]
    dropped = left_out(duplicate_copies(everything, CONFIG), everything)
    births, g28s = {"scans/birth.jpg", "scans/birth-again.jpg"}, {g28.file, "scans/g28-again.pdf"}
    assert len(dropped & births) == len(dropped & g28s) == 1 and dropped <= births | g28s
    c = composed(tmp_path, [d for d in everything if d.file not in dropped])
    filed = [d.file for e in c.exhibits for d in e.documents]
    assert len(births & set(filed)) == 1
    assert {"scans/acta-again.jpg", "scans/acta-again-en.pdf"} <= set(filed)
    assert len(c.exhibits) == len(composed(tmp_path, docs).exhibits) + 1
    assert len(c.front_matter.documents) == 1


def test_the_narrative_is_printed_as_written_never_read_as_layout(
    tmp_path: Path, make_doc: Documents
) -> None:
    narrative = "# 1 provider for <three> kids & her mother\n\n+ volunteers at St. Pius"
    c = composed(tmp_path, evidence(make_doc), request__narrative=narrative)
    letter = letter_text(c)
    assert "# 1 provider for <three> kids & her mother" in letter
    assert "+ volunteers at St. Pius" in letter


@pytest.mark.parametrize(
    ("hearing_type", "said"),
    [
        ("master", "The next hearing, a master calendar hearing, is set for February 16, 2027."),
        (None, "The next hearing is set for February 16, 2027."),  # not "hearing, is set"
    ],
)
def test_the_next_hearing_is_one_sentence_with_or_without_its_type(
    tmp_path: Path, make_doc: Documents, hearing_type: str | None, said: str
) -> None:
    c = composed(tmp_path, evidence(make_doc), proceedings__hearing_type=hearing_type)
    assert said in " ".join(letter_text(c).split())


def test_a_stipulation_names_the_relief_it_stipulates_to(
    tmp_path: Path, make_doc: Documents
) -> None:
    c = composed(
        tmp_path,
        evidence(make_doc),
        request__type="stipulation",
        proceedings__relief_sought=["asylum (Form I-589)"],
    )
    assert (
        "by stipulating to Respondent's eligibility for asylum (Form I-589), so that the "
        "Immigration Court may grant it" in " ".join(letter_text(c).split())
    )


def test_without_a_narrative_no_heading_stands_empty(tmp_path: Path, make_doc: Documents) -> None:
    # "Why discretion is warranted" heads the narrative; with none, "Identity" followed it
    # directly, a heading with nothing under it
    letter = letter_text(composed(tmp_path, evidence(make_doc), request__narrative=None))
    assert "Why discretion is warranted" not in letter
    assert "Identity Respondent is a native and citizen of" in " ".join(letter.split())


def test_the_span_and_issue_date_classify_read_win_over_dates_in_the_text(
    tmp_path: Path, make_doc: Documents
) -> None:
    docs = [
        make_doc(
            "scans/w2.jpg",
            "tax_record",
            "employment_and_taxes",
            "Form W-2 for 2019, printed March 1, 2024",
            fields=Fields(covers=Span(dt.date(2019, 1, 1), dt.date(2019, 12, 31)), tax_year=2019),
        ),
        make_doc(
            "scans/lease.jpg",
            "residence_record",
            "length_of_residence",
            "Lease signed May 1, 2024",
            fields=Fields(covers=Span(dt.date(2014, 6, 1), dt.date(2016, 5, 31))),
        ),
        make_doc(
            "scans/pastor.jpg",
            "letter_of_support",
            "community_ties",
            "Pastor since March 3, 2001",
            fields=Fields(issued=dt.date(2025, 1, 10)),
        ),
    ]
    c = composed(tmp_path, docs, request__prior_request={"date": "2023-05-01", "outcome": "denied"})
    assert exhibit(c, "scans/w2.jpg").description.endswith(", tax year 2019")
    assert exhibit(c, "scans/lease.jpg").description.endswith(", 2014–2016")
    assert exhibit(c, "scans/pastor.jpg").description.endswith(", dated January 10, 2025")
    renewal = letter_text(c).split("Why discretion is warranted")[0]
    assert exhibit(c, "scans/pastor.jpg").citation in renewal
    assert exhibit(c, "scans/w2.jpg").citation not in renewal  # printed in 2024, but for 2019


def test_a_translation_whose_text_certifies_itself_gets_no_generated_certificate(
    tmp_path: Path, make_doc: Documents
) -> None:
    docs = [d for d in evidence(make_doc) if d.file != "scans/acta-en.pdf"]
    signed = make_doc(
        "scans/acta-en.pdf",
        "birth_certificate",
        "identity",
        "Birth certificate (translation). I am competent to translate Spanish and English.",
        translates="scans/acta.jpg",
    )
    c = composed(tmp_path, [*docs, signed], translator={"name": "Marisol Cañas"})
    assert len(exhibit(c, "scans/acta.jpg").documents) == 2


@pytest.mark.parametrize(
    ("narrative", "warned"),
    [
        ("She has lived in Chicago for nearly twenty-three years.", False),  # 22 counted
        ("She has lived here for 20 years.", True),
        ("She has lived here for over twenty years.", False),
        ("She has lived here for nearly 22 years.", True),  # it is 22 already
        ("She worked for ten years at the same bakery.", False),  # not about residence
    ],
)
def test_a_narrative_figure_that_contradicts_the_letters_count_is_a_warning(
    narrative: str, warned: bool
) -> None:
    case = Case.model_validate(case_data(request__narrative=narrative))
    since = case.claims.residence_since or case.respondent.entered_us
    assert since is not None and whole_years(since, TODAY) == 22
    assert bool(narrative_disagreements(case, TODAY)) == warned


@pytest.mark.parametrize(
    ("request_type", "says"),
    [
        ("continuance", "Good cause exists for the continuance: Respondent is pursuing asylum"),
        ("administrative_closure", "Closure would allow Respondent to pursue asylum"),
    ],
)
def test_a_continuance_gives_good_cause_and_a_closure_its_reason(
    request_type: str, says: str, tmp_path: Path, make_doc: Documents
) -> None:
    relief = ["asylum and withholding of removal (Form I-589)"]
    c = composed(
        tmp_path,
        evidence(make_doc),
        request__type=request_type,
        proceedings__relief_sought=relief,
    )
    assert says in letter_text(c)
    # without relief named: a continuance shows a visible blank, never an invented cause; a
    # closure rests on discretion, the letter's own argument, and says so
    (tmp_path / "bare").mkdir()
    bare = letter_text(composed(tmp_path / "bare", evidence(make_doc), request__type=request_type))
    if request_type == "continuance":
        assert "____________________" in bare
    else:
        assert "____________________ (to be completed" not in bare
        assert "Closure is asked as an exercise of prosecutorial discretion" in bare


def test_counsel_without_an_eoir_id_or_a_g28_gets_no_blank_line_and_no_silent_drop(
    tmp_path: Path, make_doc: Documents
) -> None:
    without_g28 = [d for d in evidence(make_doc) if d.type != "g28"]
    c = composed(tmp_path, without_g28, representative__eoir_id=None)
    letter = letter_text(c)
    assert "EOIR ID" not in letter and "Tomás Ortega Ruiz Counsel for" in letter
    assert "Form G-28, Notice of Entry of Appearance (to be supplemented)" in letter
