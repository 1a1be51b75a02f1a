"""report.json, schema ``packet-report/1`` (DESIGN.md): what was read, found and written."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from packet.case import Case, format_a_number
from packet.check import has_errors
from packet.errors import UsageError
from packet.filed import paper_of
from packet.records import (
    Composition,
    Document,
    Exhibit,
    Fields,
    FiledExhibit,
    FiledPaper,
    FiledRecord,
    Finding,
    Output,
    Rejection,
)

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
    described: dict[str, str] = {}
    for form, first in composition.front_matter.documents if composition else ():
        placed[form.name] = (None, [first, first + form.pages - 1])  # the G-28: no tab
    for exhibit in composition.exhibits if composition else ():
        page = exhibit.first_page
        described[exhibit.documents[0].name] = exhibit.description
        for d in exhibit.documents:
            placed[d.name] = (exhibit.letter, [page, page + d.pages - 1])
            page += d.pages
    on_file = composition.on_file if composition else {}
    for name, paper in on_file.items():  # a supplement: filed before, where it was filed
        placed[name] = (paper.letter, list(paper.packet_pages))
    files = {d.name: d.file for d in documents}
    records: list[dict[str, Any]] = []
    for d in documents:
        letter, pages = placed.get(d.name, (None, None))
        record: dict[str, Any] = {"file": d.file}
        if d.name in on_file:
            record["previously_submitted"] = on_file[d.name].filed_on.isoformat()
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
        if normalized := _normalized(d):
            records[-1]["normalized"] = normalized
        if d.name in described:
            records[-1]["description"] = described[d.name]
        if d.translates and d.translates in files:  # filed in its original's exhibit
            records[-1]["translation_of"] = files[d.translates]
    return records


def _normalized(d: Document) -> list[dict[str, Any]]:
    """What normalize did to each page it changed (cropped, light flattened, turned...); for a
    document whose pages come from several files (photographed page by page), the file of
    each page, since its ``sheet`` corners are in that file's pixels."""
    files = [p.file for p in d.pieces for _ in range(p.first, p.last + 1)]
    named = bool(d.more_files) and len(files) == len(d.normalized)
    return [
        ({"page": n, "file": files[n - 1]} if named else {"page": n}) | summary
        for n, page in enumerate(d.normalized, start=1)
        if (summary := page.summary())
    ]


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
        # while error findings remain every page of every packet carries the draft mark
        "draft": has_errors(findings),
        "documents": document_records(documents, composition),
        "rejected": [{"file": r.file, "reason": r.reason} for r in rejected],
        "findings": [finding_record(f) for f in findings],
        "outputs": [output_record(o) for o in outputs],
        # every stage the contract names, also one that had nothing to do (all scans cached)
        "timings": {
            stage: round(seconds, 3) for stage, seconds in {**STAGES_TIMED, **timings}.items()
        },
    }


STAGES_TIMED = dict.fromkeys(("ingest", "normalize", "ocr", "classify", "assemble"), 0.0)


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


# --- the filed record: what a supplement to this packet needs (packet/filed.py) ---------------


def filing_record(
    today: dt.date, composition: Composition | None, filed: FiledRecord | None
) -> dict[str, Any]:
    """The day built, the numbered pages, and every exhibit of the record with its files by
    SHA-256: a supplement's carries the earlier filings' exhibits forward, so a third filing
    can supplement the second."""
    record: dict[str, Any] = {"date": today.isoformat()}
    if composition is not None:
        first = composition.first_page
        last = first - 1 + composition.front_matter.pages
        last += sum(e.pages for e in composition.exhibits)
        record["packet_pages"] = [first, last]
        record["exhibits"] = [_earlier_record(e) for e in composition.earlier] + [
            _exhibit_record(e, today) for e in composition.exhibits
        ]
    if filed is not None:
        record["supplement_to"] = {
            "date": filed.date.isoformat(),
            "sha256": filed.sha256,
            "file": filed.path.name,
        }
    return record


def _exhibit_record(e: Exhibit, today: dt.date) -> dict[str, Any]:
    documents, page = [], e.first_page
    for d in e.documents:
        files = [p.file for p in d.pieces] or [d.file]
        pieces = [
            {"file": f, "sha256": sha, "pages": [first, last]}
            for f, (sha, first, last) in zip(files, paper_of(d), strict=True)
        ]
        documents.append(
            {
                "name": d.name,
                "file": d.file,
                "pieces": pieces,
                "packet_pages": [page, page + d.pages - 1],
            }
        )
        page += d.pages
    return {
        "letter": e.letter,
        "equity": e.equity,
        "description": e.description,
        "packet_pages": [e.first_page, e.last_page],
        "filed_on": today.isoformat(),
        "documents": documents,
    }


def _earlier_record(e: FiledExhibit) -> dict[str, Any]:
    record: dict[str, Any] = {
        "letter": e.letter,
        "equity": e.equity,
        "description": e.description,
        "packet_pages": [e.first_page, e.last_page],
        "filed_on": e.filed_on.isoformat(),
        "documents": [
            {
                "name": p.name,
                "file": p.file,
                "pieces": [
                    {"sha256": sha, "pages": [first, last]} for sha, first, last in p.pieces
                ],
                "packet_pages": list(p.packet_pages),
            }
            for p in e.papers
        ],
    }
    if e.replaced_by:
        record["replaced_by"] = e.replaced_by
    return record


def load_filed(path: Path, case: Case, out_dir: Path) -> FiledRecord:
    """The record of the filing ``path`` describes, or a UsageError (exit 2) saying why not."""
    where = f"--supplement-to {path}"
    if path.resolve() == (out_dir / REPORT_NAME).resolve():
        raise UsageError(
            f"{where}: that is the report this build writes, so the record of what was filed "
            "would be replaced by the supplement's. Copy what was filed (the packet and its "
            "report.json) to a folder of its own, e.g. filed/2025-02-03/ (outside the case "
            "folder, or inside it: a folder holding a packet's report.json is never read as "
            "evidence), and pass that report.json."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{where}: cannot be read ({exc.strerror or exc}).") from None
    try:
        content = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        content = None
    if not isinstance(content, dict) or content.get("schema") != SCHEMA:
        raise UsageError(
            f"{where}: not a packet report ({SCHEMA}); pass the report.json that `packet "
            "build` wrote with the packet that was filed."
        )
    mine = case.respondent.a_number
    theirs = str((content.get("case") or {}).get("a_number") or "")
    if theirs.zfill(9) != mine:
        raise UsageError(
            f"{where}: that packet was filed for A-number {theirs or '(none)'}, not "
            f"{format_a_number(mine)} (respondent.a_number in case.yaml); pass the report of "
            "this respondent's filed packet."
        )
    try:  # the hash of exactly the bytes read: the filing this supplement follows
        return _record(path, hashlib.sha256(data).hexdigest(), content)
    except (KeyError, TypeError, ValueError) as exc:
        raise UsageError(
            f"{where}: the report does not record what a supplement needs (each exhibit's "
            f"letter, pages and files, and the day it was built: {exc}); it was probably "
            "written by a version of packet that predates supplements. Rebuild the filed "
            "packet's case with this version only if the packet was not filed yet."
        ) from None


def _record(path: Path, sha256: str, content: dict[str, Any]) -> FiledRecord:
    date = dt.date.fromisoformat(content["date"])
    exhibits = tuple(_filed_exhibit(e, date) for e in content["exhibits"])
    last = int(content["packet_pages"][1])
    return FiledRecord(path, sha256, date, content["case"]["request"], exhibits, last)


def _filed_exhibit(e: dict[str, Any], default_day: dt.date) -> FiledExhibit:
    filed_on = dt.date.fromisoformat(e["filed_on"]) if e.get("filed_on") else default_day
    papers = tuple(
        FiledPaper(
            d["name"],
            d["file"],
            tuple((p["sha256"], int(p["pages"][0]), int(p["pages"][1])) for p in d["pieces"]),
            e["letter"],
            (int(d["packet_pages"][0]), int(d["packet_pages"][1])),
            filed_on,
        )
        for d in e["documents"]
    )
    first, last = e["packet_pages"]
    return FiledExhibit(
        e["letter"],
        e["equity"],
        e["description"],
        int(first),
        int(last),
        filed_on,
        papers,
        e.get("replaced_by"),
    )


def report_bytes(content: dict[str, Any]) -> bytes:
    return (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode()
