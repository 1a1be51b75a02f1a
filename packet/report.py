"""report.json, schema ``packet-report/1`` (DESIGN.md): what was read, found and written."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from packet.case import Case
from packet.records import Composition, Document, Fields, Finding, Output, Rejection

SCHEMA = "packet-report/1"
REPORT_NAME = "report.json"
PACKET_NAME = re.compile(r"packet-[a-z]+(-part\d+)?\.pdf")


def finding_record(f: Finding) -> dict[str, Any]:
    """One finding; every key is always there (null when it does not apply), so that a script
    can read ``finding["file"]`` without asking first. ``from``/``to``: a residence gap's."""
    record: dict[str, Any] = {
        "code": f.code,
        "severity": f.severity,
        "claim": f.claim,
        "file": f.file,
        "page": f.page,
        "from": None,
        "to": None,
    }
    record.update(f.extra)
    record["message"] = f.message
    return record


def fields_record(fields: Fields) -> dict[str, Any]:
    """A document's fields as report.json has always written them: only those read, dates as
    ISO strings, the covered span as {"from", "to"}."""
    f = fields
    record: dict[str, Any] = {}
    if f.date_of_birth:
        record["date_of_birth"] = f.date_of_birth.isoformat()
    if f.names:
        record["names"] = list(f.names)
    if f.issuer:
        record["issuer"] = f.issuer
    if f.issued:
        record["issued"] = f.issued.isoformat()
    if f.dates:
        record["dates"] = [d.isoformat() for d in f.dates]
        record["earliest_date"] = f.dates[0].isoformat()
        record["latest_date"] = f.dates[-1].isoformat()
    if f.covers:
        record["covers"] = {"from": f.covers.start.isoformat(), "to": f.covers.end.isoformat()}
    if f.tax_year is not None:
        record["tax_year"] = f.tax_year
    if f.expires:
        record["expires"] = f.expires.isoformat()
    return record


def document_records(
    documents: list[Document], composition: Composition | None
) -> list[dict[str, Any]]:
    placed: dict[str, tuple[str | None, list[int]]] = {}
    for form, first in composition.front_matter.documents if composition else ():
        placed[form.name] = (None, [first, first + form.pages - 1])  # the G-28: no tab
    for exhibit in composition.exhibits if composition else ():
        page = exhibit.first_page
        for d in exhibit.documents:
            placed[d.name] = (exhibit.letter, [page, page + d.pages - 1])
            page += d.pages
    records = []
    for d in documents:
        letter, pages = placed.get(d.name, (None, None))
        record: dict[str, Any] = {"file": d.file}
        if d.file_pages:  # one of several documents in its file (docs/reading.md)
            record["pages"] = list(d.file_pages)
        if d.more_files:  # photographed page by page: the files of its later pages
            record["more_files"] = list(d.more_files)
        records.append(
            record
            | {
                "sha256": d.sha256,
                "type": d.type,
                "equity": d.equity,
                "about": d.about,
                "language": d.language,
                "confidence": d.confidence,
                "reasons": list(d.reasons),
                "fields": fields_record(d.fields),
                "exhibit": letter,
                "source_pages": d.pages,
                "packet_pages": pages,
            }
        )
    return records


def output_record(o: Output) -> dict[str, Any]:
    record: dict[str, Any] = {
        "variant": o.variant,
        "path": o.path.name,
        "pages": o.pages,
        "bytes": o.bytes,
        "bytes_per_page": round(o.bytes / o.pages) if o.pages else 0,
    }
    if o.part is not None:  # one part of a split e-filing copy, and the packet pages it holds
        record["part"] = o.part
        record["packet_pages"] = list(o.numbered) if o.numbered else None
    return record


def report(
    case: Case,
    documents: list[Document],
    rejected: list[Rejection],
    findings: Sequence[Finding],
    composition: Composition | None,
    outputs: list[Output],
    timings: dict[str, float],
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "case": {
            "respondent": case.respondent.name,
            "a_number": case.respondent.a_number,
            "request": case.request.type,
        },
        "documents": document_records(documents, composition),
        "rejected": [{"file": r.file, "reason": r.reason} for r in rejected],
        "findings": [finding_record(f) for f in findings],
        "outputs": [output_record(o) for o in outputs],
        "timings": {stage: round(seconds, 3) for stage, seconds in timings.items()},
    }


def previous_outputs(out_dir: Path) -> list[Path]:
    """The packets the previous build wrote here, as its report.json lists them, and only those
    still as it wrote them (the same size): a user's own file named like a packet, or a packet
    someone has since edited, is never taken for ours."""
    try:
        content = json.loads((out_dir / REPORT_NAME).read_text(encoding="utf-8"))
        listed = [(o["path"], o["bytes"]) for o in content["outputs"]]
        if content["schema"] != SCHEMA:
            return []
    except (OSError, ValueError, KeyError, TypeError):
        return []
    found = []
    for name, size in listed:
        if not isinstance(name, str) or not PACKET_NAME.fullmatch(name):
            continue
        path = out_dir / name
        with contextlib.suppress(OSError):
            if path.is_file() and not path.is_symlink() and path.stat().st_size == size:
                found.append(path)
    return found


def report_bytes(content: dict[str, Any]) -> bytes:
    return (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode()
