"""Rules two stages need are decided once: each test asks both stages the question on which
their own copies of a rule once disagreed, and expects the one answer kept (docs/development.md,
"One rule in one place")."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest

from packet import typeset
from packet.case import Case
from packet.check import check
from packet.classify import equity_tags
from packet.config import Covers, FieldRules, load_config
from packet.dates import Span, add_months, duration, longer_than, whole_years
from packet.fields import extract
from packet.letter import letter_context, new_evidence
from packet.records import BuildContext, Document, Exhibit, Fields

CONFIG = load_config()
TODAY = dt.date(2026, 11, 1)
RESPONDENT = "Marta Quiroga Salas"


def make_case(**parts: Any) -> Case:
    data: dict[str, Any] = {
        "schema": 1,
        "respondent": {"name": RESPONDENT, "a_number": "A123-456-789"},
        "request": {"type": "dismissal"},
    }
    data.update(parts)
    return Case.model_validate(data)


def document(file: str, type: str, fields: Fields, text: str = "") -> Document:
    return Document(
        file=file,
        sha256=hashlib.sha256(file.encode()).hexdigest(),
        pdf=Path(file),
        page_texts=(text or f"{type} of {RESPONDENT}",),
        type=type,
        equity="community_ties",
        about=RESPONDENT,
        about_claim="respondent",
        language="en",
        confidence=0.9,
        reasons=(),
        fields=fields,
    )


# --- months: fields (a lease's term) and check (an 18-month gap) count them one way ------------


def test_a_twelve_month_lease_from_may_30_ends_on_may_29_for_fields_and_check() -> None:
    text = "RESIDENTIAL LEASE. The term of this lease is 12 months commencing May 30, 2019."
    fields = extract(text, Covers(by="period", labels=["term"]), FieldRules(), day_first=False)
    assert fields.covers == Span(dt.date(2019, 5, 30), dt.date(2020, 5, 29))
    # the check's gap rule counts with the same months: the lease's term is not longer than
    # 12 months, a day more is
    assert not longer_than(fields.covers, 12)
    assert longer_than(Span(dt.date(2019, 5, 30), dt.date(2020, 5, 30)), 12)
    assert duration(fields.covers) == "1 year"


def test_months_end_on_the_last_day_of_a_shorter_month() -> None:
    assert add_months(dt.date(2020, 1, 31), 1) == dt.date(2020, 2, 29)
    assert add_months(dt.date(2019, 8, 31), 34) == dt.date(2022, 6, 30)
    # duration agrees with add_months at a month's end
    assert duration(Span(dt.date(2019, 8, 31), dt.date(2022, 6, 29))) == "2 years 10 months"


# --- ages: classify (the respondent's equity) and the letter count whole years -----------------


@pytest.mark.parametrize(
    ("born", "entered", "child"),
    [
        ("2001-01-01", "2019-01-01", False),  # 18 on the day of entry: 6574 days < 18 × 365.25
        ("2001-01-02", "2019-01-01", True),  # one day short of 18
        ("2004-02-29", "2022-02-27", True),  # born on a leap day: 18 on February 28
    ],
)
def test_arrived_as_a_child_is_under_18_in_whole_years_for_classify_and_the_letter(
    born: str, entered: str, child: bool, tmp_path: Path
) -> None:
    case = make_case(respondent={"name": RESPONDENT, "a_number": "A123-456-789",
                                 "date_of_birth": born, "entered_us": entered})  # fmt: skip
    respondent = case.people()[0]
    # a paper of the day of entry (only a paper dated in childhood shows it)
    tags = equity_tags(respondent, case, dt.date.fromisoformat(entered))
    assert ("respondent_arrived_as_child" in tags) is child
    assert "respondent_arrived_as_child" not in equity_tags(respondent, case)  # undated
    context = letter_context(BuildContext(case, CONFIG, TODAY, tmp_path), [])
    letter_says_child = any(e["key"] == "arrived_as_child" for e in context["equities"])
    assert letter_says_child is child
    assert context["age_at_entry"] == whole_years(
        dt.date.fromisoformat(born), dt.date.fromisoformat(entered)
    )


# --- dated after the denial: check (stale-evidence) and the renewal letter agree ---------------

DENIED = {"type": "dismissal", "prior_request": {"date": "2022-06-01", "outcome": "denied"}}


def test_a_letter_issued_before_the_denial_that_mentions_a_later_date_is_not_new(
    tmp_path: Path,
) -> None:
    """The letter's issue date counts, not the dates it speaks of: a 2020 letter saying "her
    lease runs until May 1, 2024" is not new evidence for a 2022 denial."""
    issued, mentioned = dt.date(2020, 1, 1), dt.date(2024, 5, 1)
    letter = document(
        "scans/letter.jpg",
        "letter_of_support",
        Fields(issued=issued, dates=(issued, mentioned)),  # as classify reads it: no span
        "January 1, 2020. She has lived with us and her lease runs until May 1, 2024.",
    )
    passport = document("scans/passport.jpg", "passport", Fields())
    case = make_case(request=DENIED)
    ctx = BuildContext(case, CONFIG, TODAY, tmp_path)
    stale = [f for f in check(ctx, [passport, letter], []).findings if f.code == "stale-evidence"]
    assert [f.severity for f in stale] == ["warning"]  # nothing is dated after the denial
    assert "no document is dated after the denial" in stale[0].message
    exhibit = Exhibit("A", "community_ties", "Letter of support", (letter,), 3, 3)
    assert (
        new_evidence(case, [exhibit], TODAY, CONFIG) == []
    )  # the letter does not call it new either


def test_a_document_issued_after_the_denial_is_new_for_both(tmp_path: Path) -> None:
    issued = dt.date(2024, 3, 3)
    letter = document("scans/letter.jpg", "letter_of_support", Fields(issued=issued))
    case = make_case(request=DENIED)
    ctx = BuildContext(case, CONFIG, TODAY, tmp_path)
    stale = [f for f in check(ctx, [letter], []).findings if f.code == "stale-evidence"]
    assert stale == []  # new since the denial: nothing stale to say
    exhibit = Exhibit("A", "community_ties", "Letter of support", (letter,), 3, 3)
    assert new_evidence(case, [exhibit], TODAY, CONFIG) == [exhibit]


# --- paragraphs: the letter and the typesetter split a narrative the same way -------------------


def test_a_narrative_line_that_looks_like_markup_never_becomes_layout() -> None:
    narrative = "She works nights.\n \n# Not a title\nbut a line\n\n  ~ kept\n\n||a||b"
    paragraphs = typeset.paragraphs(narrative)
    assert paragraphs == ["She works nights.", "# Not a title\nbut a line", "~ kept", "||a||b"]
    markup = "\n\n".join(typeset.literal(p) for p in paragraphs)
    blocks = typeset.paragraphs(markup)
    assert len(blocks) == len(paragraphs)  # each paragraph of the narrative is one block
    assert not any(b[:1] in "#~|!^+=" for b in blocks)  # and none starts a title, caption...
    # even a paragraph not split first stays one block, every markup character neutralised
    assert typeset.literal("a\n \n# b") == "a &#35; b"


def test_the_letter_gives_the_typesetter_the_narrative_in_its_own_paragraphs(
    tmp_path: Path,
) -> None:
    case = make_case(request={"type": "dismissal", "narrative": "One.\n \n# Two\n\n\nThree."})
    context = letter_context(BuildContext(case, CONFIG, TODAY, tmp_path), [])
    assert context["narrative"] == typeset.paragraphs(case.request.narrative or "")
    assert context["narrative"] == ["One.", "# Two", "Three."]


def test_filing_paperwork_is_no_new_evidence_for_either(tmp_path: Path) -> None:
    """A translator's certificate signed after the denial is no changed circumstance: neither
    stale-evidence nor the letter's list of new evidence counts it (check.is_paperwork)."""
    certificate = document(
        "scans/cert.pdf", "certificate_of_translation", Fields(issued=dt.date(2024, 3, 3))
    )
    case = make_case(request=DENIED)
    ctx = BuildContext(case, CONFIG, TODAY, tmp_path)
    stale = [f for f in check(ctx, [certificate], []).findings if f.code == "stale-evidence"]
    assert [f.severity for f in stale] == ["warning"]
    exhibit = Exhibit("A", "identity", "Certificate of translation", (certificate,), 3, 3)
    assert new_evidence(case, [exhibit], TODAY, CONFIG) == []
