"""`packet explain CASE_DIR FILE`: how one file was read, typed and tagged, and why.

It runs the real stages on that one file (ingest, normalize and OCR through the cache, then
``classify.decide``) and prints every step of the decision, so that a paralegal who disagrees
with a type can see which phrase caused it and fix the rule or add a `documents:` entry.
"""

from __future__ import annotations

import json
from pathlib import Path

from packet.case import load_case, same_form
from packet.classify import Candidate, Decision, decide
from packet.config import Config, load_config
from packet.errors import UsageError
from packet.ingest import ingest
from packet.ocr import ReadSource
from packet.pipeline import Options, out_dir_for, read_sources, work_folder

RUNNERS_UP = 3
PREVIEW_CHARS = 90


def case_file_name(case_dir: Path, file: str) -> str:
    """FILE as the case knows it (relative to the case folder), whether given that way or not."""
    given = Path(file)
    for candidate in (case_dir / given, given):
        if not candidate.is_file():
            continue
        try:
            return same_form(candidate.resolve().relative_to(case_dir.resolve()).as_posix())
        except ValueError:
            continue
    raise UsageError(f"{file}: no such file in the case folder {case_dir}.")


def explain(case_dir: Path, file: str, options: Options) -> list[str]:
    config = load_config()
    case = load_case(case_dir, config)
    name = case_file_name(case_dir, file)
    intake = ingest(case_dir, case, config.settings.intake, out_dir_for(case_dir, options))
    if name in intake.excluded:
        return [f"{name}: excluded by its `documents:` entry in case.yaml (exclude: true)."]
    rejected = next((r for r in intake.rejected if r.file == name), None)
    if rejected:
        return [f"{name}: not used: {rejected.reason}."]
    source = next((s for s in intake.sources if s.file == name), None)
    if source is None:
        raise UsageError(f"{name}: no such file among the case's documents in {case_dir}.")
    with work_folder() as work:
        read, failed = read_sources([source], options, work, config, {})
    if failed:
        return [f"{name}: could not be read: {failed[0].reason}."]
    decision = decide("\n".join(read[0].page_texts), name, case, config)
    lines = describe(read[0], decision, config)
    override = case.override_for(name)
    if override and override.translation:
        lines += ["", f"TRANSLATION  {override.translation}, paired in case.yaml"]
    elif decision.type == "certificate_of_translation" or decision.language != "en":
        lines += [
            "",
            "TRANSLATION  paired with the case's other files on each build: "
            "see report.json, or pair it under `documents:` with `translation:`",
        ]
    return lines


def _confidence(read: ReadSource, page: int, threshold: float) -> str:
    scores = read.page_confidences
    score = scores[page - 1] if page <= len(scores) else None
    if score is None:
        return "text from the PDF itself (no OCR confidence)"
    return f"OCR confidence {score:.0f}" + (
        f" (under {threshold:g}: check it)" if score < threshold else ""
    )


def describe(read: ReadSource, d: Decision, config: Config) -> list[str]:
    source = read.source
    lines = [f"{source.file}  ({source.kind}, sha256 {source.sha256[:12]}…)", "", "READ"]
    how = "taken from the OCR cache" if read.from_cache else "OCR run now"
    lines.append(f"  {len(read.page_texts)} page(s), {how}; language: {d.language}")
    threshold = config.settings.ocr.low_confidence
    for i, text in enumerate(read.page_texts, start=1):
        flat = " ".join(text.split())
        preview = flat[:PREVIEW_CHARS] + ("…" if len(flat) > PREVIEW_CHARS else "")
        lines.append(
            f"  page {i}: {_confidence(read, i, threshold)}, {len(flat)} characters: {preview!r}"
        )
    lines += ["", "TYPED"]
    label = config.taxonomy.document_types.get(d.type, d.type)
    lines.append(f"  {d.type} ({label}), confidence {d.confidence:.2f}")
    if d.overridden and d.reasons and d.reasons[0].startswith("type set"):
        lines.append(f"  {d.reasons[0]}")
    best = d.ranked[0]
    lines.append(
        f"  rules that fired for {best.type} (score {best.score:g}; "
        f"needs a strong phrase and {config.settings.classify.min_score:g}):"
    )
    lines += [
        f"    {h.weight:+5.1f}  {h.kind:<10} '{h.phrase}'"
        + (f"  read as '{h.seen}'" if h.seen != h.phrase else "")
        for h in best.hits
    ]
    runners = [s for s in d.ranked[1:] if s.score > 0][:RUNNERS_UP]
    lines.append("  runners-up:" if runners else "  runners-up: none scored above 0")
    for s in runners:
        note = "" if s.eligible else "  (no strong phrase: cannot win)"
        lines.append(f"    {s.type}: {s.score:g}{note}  {'; '.join(s.reasons)}")
    lines += ["", "ABOUT"]
    lines.append(
        f"  {d.person.name} ({d.person.claim or 'set in case.yaml'})"
        if d.person
        else "  no one named in case.yaml"
    )
    lines += [f"    considered {_candidate(c)}" for c in d.candidates]
    lines += ["", "TAGGED"]
    lines.append(
        f"  equity {d.equity} ({config.taxonomy.equities.get(d.equity, d.equity)}), "
        f"chosen by key '{d.equity_key}' of the type's equity rule"
    )
    lines += [f"  why: {r}" for r in d.reasons]
    lines += [
        "",
        "FIELDS",
        *(f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in d.fields.items()),
    ]
    return lines


def _candidate(c: Candidate) -> str:
    notes = f", {', '.join(c.notes)}" if c.notes else ""
    only = "; named only as another party" if c.only_as_other else ""
    return f"{c.person.name} ({c.person.claim}): score {c.score:g}{notes}{only}"
