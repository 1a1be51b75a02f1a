"""The filed record: what a packet already filed holds, read back from its report.json.

`packet build --supplement-to FILED/report.json` builds a supplement (docs/supplements.md):
what was filed keeps its exhibit letter and packet pages, new evidence gets the next letters
and pages. The record is the filed report.json: its ``exhibits`` list every exhibit of every
filing so far (a supplement's report carries the earlier ones forward), so a third filing
supplements the second. Compose (what to file, how to letter and number it) and check (what
is new to a renewal) ask here, so both decide "already filed" alike; packet/report.py writes
the record and reads it back.

A document is already filed when its pieces are the same bytes (SHA-256 of each file, and
which of its pages) as a filed document's. A scan of the same paper whose bytes changed (a
clearer rescan saved under the same name) is new evidence that replaces the earlier exhibit.
"""

from __future__ import annotations

import dataclasses

from packet.records import Document, FiledExhibit, FiledPaper, FiledRecord

Paper = tuple[tuple[str, int, int], ...]  # each piece's file hash, first and last page


def paper_of(doc: Document) -> Paper:
    """Which bytes a document is: each piece's file hash and pages (all of ``file`` if none)."""
    if not doc.pieces:
        return ((doc.sha256, 1, doc.pages),)
    return tuple((p.sha256, p.first, p.last) for p in doc.pieces)


# --- holding the case's documents against it ---------------------------------------------------


def on_file(documents: list[Document], filed: FiledRecord | None) -> dict[str, FiledPaper]:
    """The documents (by ``name``) that are already filed, each with where it was filed."""
    if filed is None:
        return {}
    papers = {p.pieces: p for e in filed.exhibits for p in e.papers}
    return {d.name: papers[paper_of(d)] for d in documents if paper_of(d) in papers}


def not_on_file(documents: list[Document], filed: FiledRecord | None) -> list[Document]:
    """What this filing adds: for a renewal, the evidence that can be new."""
    done = on_file(documents, filed)
    return [d for d in documents if d.name not in done]


def replaced(doc: Document, filed: FiledRecord, present: set[Paper]) -> FiledExhibit | None:
    """The filed exhibit a new document is a fresh copy of: one filed under the same name (or
    the same file, when the file held one document) whose bytes are no longer in the case."""
    candidates = [
        e
        for e in filed.exhibits
        if e.replaced_by is None
        and any(p.name == doc.name and p.pieces not in present for p in e.papers[:1])
    ]
    if not candidates:
        candidates = [
            e
            for e in filed.exhibits
            if e.replaced_by is None
            and e.papers
            and e.papers[0].file == doc.file
            and e.papers[0].pieces not in present
            and sum(p.file == doc.file for x in filed.exhibits for p in x.papers[:1]) == 1
        ]
    return candidates[-1] if candidates else None


def letter_index(letter: str) -> int:
    """The inverse of exhibits.exhibit_letter: A is 0, Z 25, AA 26."""
    index = 0
    for c in letter:
        index = index * 26 + ord(c) - ord("A") + 1
    return index - 1


def next_letter_index(filed: FiledRecord | None) -> int:
    """Where a supplement's exhibit letters start: after the last letter filed (A-L: M)."""
    if filed is None or not filed.exhibits:
        return 0
    return max(letter_index(e.letter) for e in filed.exhibits) + 1


def first_page(filed: FiledRecord | None) -> int:
    """Where this packet's page numbers start: after the filed packet's last page."""
    return filed.last_page + 1 if filed else 1


def carried_forward(
    filed: FiledRecord | None, replacements: dict[str, str]
) -> tuple[FiledExhibit, ...]:
    """The filed exhibits, each marked with the new exhibit (if any) that replaces it."""
    if filed is None:
        return ()
    return tuple(
        dataclasses.replace(e, replaced_by=replacements[e.letter])
        if e.letter in replacements
        else e
        for e in filed.exhibits
    )
