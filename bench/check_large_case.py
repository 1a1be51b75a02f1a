"""How long `check` takes on a large case, without OCR: 300 documents, many of one kind.

The duplicate search compares every document with every other one of the same type and subject,
so the worst case is a folder of near-identical papers: here 120 pay stubs of one person, 60 tax
transcripts, 60 undated letters from one template, and 60 documents of other kinds, 1 page each.
Usage: python bench/check_large_case.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from pathlib import Path

from packet.case import Case
from packet.check import check
from packet.config import load_config
from packet.records import BuildContext, Document, Fields

NAME = "Lucía Beltrán Ochoa"
SIGNERS = ["Ana", "Bruno", "Carla", "Diego", "Elsa", "Fidel", "Gloria", "Hugo", "Inés", "Jorge"]


def page(kind: str, i: int) -> str:
    day = dt.date(2010, 1, 1) + dt.timedelta(days=14 * i)
    body = {
        "pay_record": f"Earnings statement. Pay period ending {day:%m/%d/%Y}. Hours worked 80.00 "
        f"Rate 16.50 Gross pay {1320 + i}.00 Net pay 1104.12 Year to date {1320 * (i + 1)}.00",
        "tax_record": f"Tax Return Transcript. Tax period ending Dec. 31, {2000 + i}. Wages "
        f"{30000 + 17 * i}.00 Adjusted gross income {29000 + 13 * i}.00 Filing status single",
        # Undated form letters: no number tells them apart, only the signer's name.
        "letter_of_support": f"To whom it may concern. I have known {NAME} for many years as a "
        f"neighbor and volunteer. Signed, {SIGNERS[i % 10]} {SIGNERS[i // 10 % 10]}son",
    }.get(kind, f"{kind} document number {i} issued {day:%m/%d/%Y}")
    return f"{body} {NAME} " * 4


def documents() -> list[Document]:
    kinds = ["pay_record"] * 120 + ["tax_record"] * 60 + ["letter_of_support"] * 60
    kinds += ["school_record", "medical_record", "residence_record"] * 20
    docs = []
    for i, kind in enumerate(kinds):
        text = page(kind, i)
        day = dt.date(2010, 1, 1) + dt.timedelta(days=14 * i)
        docs.append(
            Document(
                file=f"scans/{i:03d}.jpg",
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                pdf=Path(f"{i}.pdf"),
                page_texts=(text,),
                type=kind,
                equity="other",
                about=NAME,
                about_claim="respondent",
                language="en",
                confidence=0.9,
                reasons=(),
                fields=Fields(issued=day, dates=(day,)),
            )
        )
    return docs


def main() -> None:
    case = Case.model_validate(
        {
            "schema": 1,
            "respondent": {"name": NAME, "a_number": "123456789"},
            "request": {"type": "dismissal"},
            "claims": {"residence_since": "2005-01-01", "community_ties": True},
        }
    )
    config, docs = load_config(), documents()
    start = time.perf_counter()
    context = BuildContext(case, config, dt.date(2026, 11, 1), Path("work-not-used-by-check"))
    findings = check(context, docs, []).findings
    seconds = time.perf_counter() - start
    codes = sorted({f.code for f in findings})
    print(f"check: {len(docs)} documents in {seconds:.2f} s; {len(findings)} findings: {codes}")


if __name__ == "__main__":
    main()
