"""report.json, schema ``packet-report/1`` (DESIGN.md): what was read, found and written."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Any

from packet.assemble import Output
from packet.case import Case
from packet.check import Finding
from packet.classify import Document
from packet.compose import Composition
from packet.ingest import Rejection

SCHEMA = "packet-report/1"
REPORT_NAME = "report.json"
PACKET_NAME = re.compile(r"packet-[a-z]+(-part\d+)?\.pdf")


def finding_record(f: Finding) -> dict[str, Any]:
    record: dict[str, Any] = {"code": f.code, "severity": f.severity}
    for key in ("claim", "file", "page"):
        if getattr(f, key) is not None:
            record[key] = getattr(f, key)
    record.update(f.extra)
    record["message"] = f.message
    return record


def document_records(
    documents: list[Document], composition: Composition | None
) -> list[dict[str, Any]]:
    placed: dict[str, tuple[str | None, list[int]]] = {}
    for form, first in composition.front_matter.documents if composition else ():
        placed[form.file] = (None, [first, first + form.pages - 1])  # the G-28: no tab
    for exhibit in composition.exhibits if composition else ():
        page = exhibit.first_page
        for d in exhibit.documents:
            placed[d.file] = (exhibit.letter, [page, page + d.pages - 1])
            page += d.pages
    records = []
    for d in documents:
        letter, pages = placed.get(d.file, (None, None))
        records.append(
            {
                "file": d.file,
                "sha256": d.sha256,
                "type": d.type,
                "equity": d.equity,
                "about": d.about,
                "language": d.language,
                "confidence": d.confidence,
                "reasons": list(d.reasons),
                "fields": d.fields,
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
    findings: list[Finding],
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
