"""What `check --json`, `build --json` and `batch --json` print: one JSON object each.

Every object names its ``schema`` (packet/schemas/ holds a JSON Schema for each, described in
docs/report-json.md), carries the exit code, the verdict and the findings, and keeps every key
in place (null when it does not apply), so that a script never has to ask whether a key exists.
When the command fails (exit 2 or 3) the same object comes with ``error`` set and the rest null.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packet.errors import (
    BuildError,
    CaseFileError,
    ConfigError,
    ExitCode,
    MissingProgramError,
    PacketError,
    Terminated,
    UsageError,
)
from packet.terminal import verdict

if TYPE_CHECKING:  # only for annotations: the records come from the commands that made them
    from packet.batch import BatchResult
    from packet.pipeline import Built, Reading
    from packet.records import Finding

CHECK_SCHEMA = "packet-check/1"
BUILD_SCHEMA = "packet-build/1"
BATCH_SCHEMA = "packet-batch-run/1"
# The keys of each object, in order; a failure fills them with null.
KEYS = {
    CHECK_SCHEMA: ("case_dir", "case", "verdict", "findings", "documents", "rejected"),
    BUILD_SCHEMA: ("case_dir", "case", "verdict", "findings", "outputs", "report", "written"),
    BATCH_SCHEMA: ("cases_dir", "out_dir", "verdict", "cases", "findings", "notes", "report"),
}
ERROR_KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (CaseFileError, "case-file"),
    (ConfigError, "config"),
    (UsageError, "usage"),
    (MissingProgramError, "missing-program"),
    (BuildError, "build"),
    (PacketError, "build"),
    (Terminated, "terminated"),
    (KeyboardInterrupt, "interrupted"),
    (OSError, "system"),
)


def dumps(content: dict[str, Any]) -> str:
    return json.dumps(content, indent=2, ensure_ascii=False)


def _envelope(schema: str, code: int, **values: Any) -> dict[str, Any]:
    content: dict[str, Any] = {"schema": schema, "exit_code": int(code)}
    content.update({key: values.get(key) for key in KEYS[schema]})
    content["error"] = values.get("error")
    return content


def verdict_record(findings: Sequence[Finding]) -> dict[str, Any]:
    count = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    return {
        "ready_to_file": count["error"] == 0,
        "errors": count["error"],
        "warnings": count["warning"],
        "info": count["info"],
        "summary": verdict(findings),
    }


def _case_record(reading: Reading) -> dict[str, Any]:
    case = reading.case
    return {
        "respondent": case.respondent.name,
        "a_number": case.respondent.a_number,
        "request": case.request.type,
    }


def check_output(case_dir: Path, reading: Reading, code: int) -> dict[str, Any]:
    from packet.report import document_records, finding_record

    return _envelope(
        CHECK_SCHEMA,
        code,
        case_dir=str(case_dir),
        case=_case_record(reading),
        verdict=verdict_record(reading.findings),
        findings=[finding_record(f) for f in reading.findings],
        documents=document_records(reading.documents, None),
        rejected=[{"file": r.file, "reason": r.reason} for r in reading.rejected],
    )


def build_output(case_dir: Path, built: Built, code: int) -> dict[str, Any]:
    from packet.report import finding_record, output_record

    outputs = [
        {
            **output_record(o),
            "path": str(o.path),
            "part": o.part,
            "packet_pages": list(o.numbered) if o.part is not None and o.numbered else None,
        }
        for o in built.outputs
    ]
    return _envelope(
        BUILD_SCHEMA,
        code,
        case_dir=str(case_dir),
        case=_case_record(built.reading),
        verdict=verdict_record(built.reading.findings),
        findings=[finding_record(f) for f in built.reading.findings],
        outputs=outputs,
        report=str(built.report_path) if built.report_path else None,
        written=bool(built.outputs),
    )


def batch_output(cases_dir: Path, out_dir: Path, result: BatchResult) -> dict[str, Any]:
    statuses = [str(c.status) for c in result.cases]
    counts = {s: statuses.count(s) for s in ("ready", "findings", "failed")}
    summary = (
        f"{counts['ready']} ready, {counts['findings']} with errors, {counts['failed']} failed"
    )
    cases = [
        {
            "case": c.case,
            "folder": c.folder,
            "status": c.status,
            "unchanged": c.unchanged,
            "pages": c.pages,
            "errors": c.errors,
            "warnings": c.warnings,
            "seconds": c.seconds,
            "message": c.message,
            "report": str(out_dir / c.report) if c.report else None,
            "outputs": [{**o, "path": str(out_dir / c.case / o["path"])} for o in c.outputs],
            "findings": _findings_in(out_dir / c.report) if c.report else None,
        }
        for c in result.cases
    ]
    return _envelope(
        BATCH_SCHEMA,
        result.exit_code,
        cases_dir=str(cases_dir),
        out_dir=str(out_dir),
        verdict={
            "cases": len(result.cases),
            **counts,
            "unchanged": sum(c.unchanged for c in result.cases),
            "summary": summary,
        },
        cases=cases,
        findings=[dataclasses.asdict(f) for f in result.findings],
        notes=list(result.notes),
        report=str(result.report_path),
    )


def _findings_in(report: Path) -> list[dict[str, Any]] | None:
    """A case's findings, from the report.json the batch wrote (or kept, when unchanged)."""
    try:
        findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return findings if isinstance(findings, list) else None


def failure_output(schema: str, exc: BaseException) -> dict[str, Any]:
    """The command's object when it stopped: every key null but ``error``."""
    kind = next((k for cls, k in ERROR_KINDS if isinstance(exc, cls)), "internal")
    code = error_exit_code(exc)
    if isinstance(exc, PacketError):
        message = exc.message
    elif isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        message = f"{exc.strerror or exc}{where}"
    elif isinstance(exc, KeyboardInterrupt):
        message = "stopped before it finished; nothing was left half-written"
    else:
        message = f"internal error: {type(exc).__name__}: {exc}"
    return _envelope(schema, code, error={"code": int(code), "kind": kind, "message": message})


def error_exit_code(exc: BaseException) -> ExitCode:
    if isinstance(exc, PacketError):
        return exc.exit_code
    if isinstance(exc, Terminated):
        return ExitCode.terminated
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.interrupted
    return ExitCode.build_failed
