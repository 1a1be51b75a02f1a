"""`packet explain CASE_DIR FILE`: how one file was read, typed and tagged, and why.

It runs the real stages on that one file (ingest, normalize and OCR through the cache, then
``classify.decide``) and prints every step of the decision, so that a paralegal who disagrees
with a type can see which phrase caused it and fix the rule or add a `documents:` entry.
"""

from __future__ import annotations

import json
from pathlib import Path

from packet.case import load_case, same_form
from packet.case_errors import case_files, file_suggestion
from packet.classify import Candidate, Decision, decide
from packet.config import Config, load_config
from packet.errors import UsageError
from packet.ingest import ingest
from packet.pipeline import Options, cache_dir_for, out_dir_for, read_sources
from packet.records import Piece, ReadSource
from packet.report import fields_record
from packet.segment import described, document_reading, find_documents, may_join
from packet.work import work_folder

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
    guess = file_suggestion(file, case_files(case_dir))
    hint = f"; did you mean {guess}?" if guess else "; give its path from the case folder."
    raise UsageError(f"{file}: no such file in the case folder {case_dir}{hint}")


def explain(case_dir: Path, file: str, options: Options) -> list[str]:
    config = load_config(cache_dir=cache_dir_for(options))
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
    # The photos of one document's pages are found among the folder's other files.
    sources = intake.sources if may_join(name, case, [s.file for s in intake.sources]) else [source]
    with work_folder() as work:
        read, failed = read_sources(sources, options, work, config, {})
    if any(f.file == name for f in failed):
        reason = next(f.reason for f in failed if f.file == name)
        return [f"{name}: could not be read: {reason}."]
    by_file = {r.source.file: r for r in read}
    cuts = [c for c in find_documents(read, case, config) if any(p.file == name for p in c.pieces)]
    lines = []
    if len(cuts) != 1 or len(cuts[0].pieces) != 1 or not cuts[0].pieces[0].whole:
        lines += ["DOCUMENTS FOUND (docs/reading.md; correct with `pages:` or `more_pages:`)"]
        lines += [f"  {described(c)}: {c.why}" for c in cuts]
        lines.append("")
    for n, cut in enumerate(cuts):
        document = document_reading(cut, by_file)
        pages = cut.pieces[0].pages if not cut.pieces[0].whole else None
        decision = decide("\n".join(document.page_texts), cut.pieces[0].file, case, config, pages)
        if n:
            lines += ["", "=" * 60, ""]
        if len(cuts) > 1 or pages or len(cut.pieces) > 1:
            lines += [f"DOCUMENT  {described(cut)}", ""]
        lines += describe(document, decision, config)
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


def _normalized(read: ReadSource) -> list[str]:
    """What normalize did to each page: cropped, light flattened, turned, straightened."""
    if not read.normalized:
        return ["  pages drawn as text and vectors: fitted onto letter paper, nothing else"]
    lines = []
    for i, page in enumerate(read.normalized, start=1):
        steps = page.steps() or ["as scanned: nothing cropped, turned or straightened"]
        lines.append(f"  page {i}: {'; '.join(steps)}")
    if any(page.sheet or page.light_flattened for page in read.normalized):
        lines.append(
            "  (to keep photos as they are: normalize.crop / flatten_light, docs/reading.md)"
        )
    return lines


def describe(read: ReadSource, d: Decision, config: Config) -> list[str]:
    source = read.source
    lines = [f"{source.file}  ({source.kind}, sha256 {source.sha256[:12]}…)", "", "READ"]
    if read.pieces:
        lines.append(f"  the document's pages: {', '.join(_piece(p) for p in read.pieces)}")
    how = "taken from the OCR cache" if read.from_cache else "OCR run now"
    lines.append(f"  {len(read.page_texts)} page(s), {how}; language: {d.language}")
    threshold = config.settings.ocr.low_confidence
    for i, text in enumerate(read.page_texts, start=1):
        flat = " ".join(text.split())
        preview = flat[:PREVIEW_CHARS] + ("…" if len(flat) > PREVIEW_CHARS else "")
        lines.append(
            f"  page {i}: {_confidence(read, i, threshold)}, {len(flat)} characters: {preview!r}"
        )
    lines += ["", "NORMALIZED", *_normalized(read)]
    lines += ["", "TYPED"]
    label = config.taxonomy.document_types.get(d.type, d.type)
    lines.append(f"  {d.type} ({label}), confidence {d.confidence:.2f}")
    if d.overridden and d.reasons and d.reasons[0].startswith("type set"):
        lines.append(f"  {d.reasons[0]}")
    best = d.ranked[0]
    lines.append(
        f"  rules that fired for {best.type} (score {best.score:g}; "
        f"needs {config.settings.classify.min_score:g} and a strong phrase, a checked "
        f"machine-readable zone or evidence of {config.rules.untitled.min_score:g} leading by "
        f"{config.rules.untitled.lead:g}):"
    )
    lines += [
        f"    {h.weight:+5.1f}  {h.kind:<10} '{h.phrase}'"
        + (f"  read as '{h.seen}'" if h.seen != h.phrase else "")
        for h in best.hits
    ]
    runners = [s for s in d.ranked[1:] if s.score > 0][:RUNNERS_UP]
    lines.append("  runners-up:" if runners else "  runners-up: none scored above 0")
    for s in runners:
        note = "" if s.eligible else "  (no title and not enough evidence: cannot win)"
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
        *(
            f"  {k}: {json.dumps(v, ensure_ascii=False)}"
            for k, v in fields_record(d.fields).items()
        ),
    ]
    return lines


def _piece(p: Piece) -> str:
    return (
        p.file
        if p.whole
        else f"{p.file} pages {p.first}-{p.last}".replace(
            f"pages {p.first}-{p.first}", f"page {p.first}"
        )
    )


def _candidate(c: Candidate) -> str:
    notes = f", {', '.join(c.notes)}" if c.notes else ""
    only = "; named only as another party" if c.only_as_other else ""
    return f"{c.person.name} ({c.person.claim}): score {c.score:g}{notes}{only}"
