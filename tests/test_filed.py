"""The filed record (packet/filed.py): what counts as already filed, what replaces what, and a
renewal's stale-evidence check held against the filed record. Fast: no scan is read."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from packet.check import check
from packet.config import load_config
from packet.exhibits import exhibit_letter
from packet.filed import letter_index, next_letter_index, not_on_file, on_file, paper_of, replaced
from packet.records import BuildContext, FiledExhibit, FiledPaper, FiledRecord, Piece
from tests.test_check import PASSPORT, doc, make_case, on

FILED_ON = dt.date(2025, 2, 3)
DENIED = dt.date(2025, 6, 2)
TODAY = dt.date(2025, 10, 1)


def filed_as(letter: str, document, first_page: int) -> FiledExhibit:
    last = first_page + document.pages - 1
    paper = FiledPaper(
        document.name, document.file, paper_of(document), letter, (first_page, last), FILED_ON
    )
    return FiledExhibit(letter, "other", "A document", first_page, last, FILED_ON, (paper,))


def record(*exhibits: FiledExhibit) -> FiledRecord:
    last = max(e.last_page for e in exhibits)
    return FiledRecord(Path("filed/report.json"), "0" * 64, FILED_ON, "dismissal", exhibits, last)


def part_of(document, sha256: str, first: int, last: int):
    """A document that is pages first..last of a copier's stack."""
    return dataclasses.replace(
        document,
        sha256=sha256,
        page_texts=("page",) * (last - first + 1),
        pieces=(Piece(document.file, sha256, first, last, whole=False),),
    )


def test_exhibit_letters_go_on_after_the_last_filed_one() -> None:
    for index in (0, 1, 25, 26, 27, 51, 52, 701, 702):
        assert letter_index(exhibit_letter(index)) == index
    lease = doc("scans/lease.jpg", "residence_record")
    assert next_letter_index(None) == 0
    assert next_letter_index(record(filed_as("A", PASSPORT, 3), filed_as("L", lease, 4))) == 12


def test_already_filed_is_the_same_bytes_and_pages() -> None:
    stack = doc("scans/stack.pdf", "school_record")
    school, tax = part_of(stack, "ab" * 32, 1, 2), part_of(stack, "ab" * 32, 3, 3)
    filed = record(filed_as("A", PASSPORT, 3), filed_as("B", school, 4))
    assert set(on_file([PASSPORT, school, tax], filed)) == {PASSPORT.name, school.name}
    assert on_file([school], filed)[school.name].packet_pages == (4, 5)
    assert not_on_file([PASSPORT, school, tax], filed) == [tax]
    # the same pages of a file whose bytes changed are not the filed paper
    rescanned = part_of(stack, "cd" * 32, 1, 2)
    assert on_file([rescanned], filed) == {}
    assert on_file([PASSPORT], None) == {}


def test_a_rescan_under_the_same_name_replaces_the_filed_exhibit() -> None:
    letter = doc("scans/letter_pastor.jpg", "letter_of_support")
    filed = record(filed_as("A", PASSPORT, 3), filed_as("B", letter, 4))
    rescan = dataclasses.replace(letter, sha256="ef" * 32)
    present = {paper_of(PASSPORT), paper_of(rescan)}
    old = replaced(rescan, filed, present)
    assert old is not None and old.letter == "B"
    # while the old scan is still in the case, a new paper of that name replaces nothing
    assert replaced(rescan, filed, present | {paper_of(letter)}) is None
    other = doc("scans/letter_neighbor.jpg", "letter_of_support")
    assert replaced(other, filed, present | {paper_of(other)}) is None


@pytest.fixture(scope="module")
def stale():
    config = load_config()
    case = make_case(
        request={"type": "dismissal", "prior_request": {"date": DENIED, "outcome": "denied"}}
    )

    def findings(documents, filed: FiledRecord | None):
        ctx = BuildContext(case, config, TODAY, Path("work-not-used-by-check"), filed=filed)
        return [f for f in check(ctx, documents, []).findings if f.code == "stale-evidence"]

    return findings


def test_a_renewal_is_judged_on_what_the_supplement_adds(stale) -> None:
    # filed before the denial, but dated after it: it was already before OPLA when it denied
    recent = doc("scans/lease_2025.jpg", "residence_record", fields=on("2025-07-01"))
    old_letter = doc("scans/letter.jpg", "letter_of_support", fields=on("2025-03-10"))
    filed = record(filed_as("A", PASSPORT, 3), filed_as("B", recent, 4))
    [finding] = stale([PASSPORT, recent, old_letter], filed)
    assert finding.severity == "warning"
    assert "no document this supplement adds is dated after the denial" in finding.message
    # without the filed record the lease looks like new evidence: nothing to say
    assert stale([PASSPORT, recent, old_letter], None) == []
    new = doc("scans/birth.jpg", "birth_certificate", fields=on("2025-09-15"))
    assert stale([PASSPORT, recent, old_letter, new], filed) == []


@pytest.mark.parametrize("letter", ["A", "Z", "AA", "AZ", "BA"])
def test_letter_index_inverts_exhibit_letter(letter: str) -> None:
    assert exhibit_letter(letter_index(letter)) == letter
