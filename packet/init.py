"""`packet init SCANS_DIR`: a starter case.yaml from a folder of scans.

It reads every scan with the real stages (ingest, normalize, OCR through the cache, classify),
guesses the respondent, the A-number and the children from what the scans say, and writes a
case.yaml that lists every scan with its guessed type. What it cannot know is written as
``FILL_IN``, which `packet check` refuses by key path until a person fills it in, so that no
guess reaches a filed packet unseen.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from packet import atomic
from packet.case import CASE_FILE, FILL_IN, Case, format_a_number
from packet.classify import Decision, decide
from packet.config import Config, load_config
from packet.errors import UsageError
from packet.ingest import ingest
from packet.pipeline import Options, cache_dir_for, out_dir_for, read_sources
from packet.records import ReadSource, Rejection
from packet.segment import document_reading, find_documents
from packet.text.anumbers import a_numbers_in
from packet.text.fold import fold
from packet.text.names import name_words
from packet.work import work_folder

RESIDENCE_TYPES = ("residence_record", "tax_record", "pay_record", "school_record")


@dataclass(frozen=True)
class Scan:
    file: str
    decision: Decision
    text: str
    pages: tuple[int, int] | None = None  # of a file that holds several documents
    more_pages: tuple[str, ...] = ()  # the files of its later pages


def write_starter_case(scans_dir: Path, force: bool, options: Options) -> tuple[Path, int]:
    target = scans_dir / CASE_FILE
    if target.exists() and not force:
        raise UsageError(
            f"{target} already exists; edit it, or run `packet init --force` to replace it."
        )
    config = load_config(cache_dir=cache_dir_for(options))
    scans, rejected = read_scans(scans_dir, options, config)
    if not scans:
        raise UsageError(f"{scans_dir}: no readable scans (images or PDFs) found.")
    text = starter_yaml(scans, config, scans_dir.name) + _rejected_comments(rejected)
    atomic.write_bytes(target, text.encode("utf-8"))
    return target, len(scans)


def _blank_case(name: str = FILL_IN, children: list[dict] | None = None) -> Case:
    return Case.model_validate(
        {
            "schema": 1,
            "respondent": {"name": name, "a_number": "000000000"},
            "request": {"type": "dismissal"},
            "claims": {"children": children or []},
        }
    )


def read_scans(
    scans_dir: Path, options: Options, config: Config
) -> tuple[list[Scan], list[Rejection]]:
    blank = _blank_case()
    intake = ingest(scans_dir, blank, config.settings.intake, out_dir_for(scans_dir, options))
    with work_folder() as work:
        read, unreadable = read_sources(intake.sources, options, work, config, {})
    rejected = intake.rejected + unreadable
    by_file = {r.source.file: r for r in read}
    found = [document_reading(cut, by_file) for cut in find_documents(read, blank, config)]

    def scan(doc: ReadSource, case: Case) -> Scan:
        first = doc.pieces[0] if doc.pieces else None
        pages = first.pages if first and not first.whole else None
        text = "\n".join(doc.page_texts)
        more = tuple(p.file for p in doc.pieces[1:])
        return Scan(
            doc.source.file, decide(text, doc.source.file, case, config, pages), text, pages, more
        )

    found.sort(key=lambda d: (d.source.file, d.pieces[0].first if d.pieces else 0))
    first = [scan(d, blank) for d in found]
    respondent = guess_respondent(first)
    children = guess_children(first, respondent)
    if not respondent:
        return first, rejected
    guessed = _blank_case(
        respondent, [{"name": n, "date_of_birth": dob, "status": "usc"} for n, dob, _ in children]
    )
    return [scan(d, guessed) for d in found], rejected


def _rejected_comments(rejected: list[Rejection]) -> str:
    if not rejected:
        return ""
    lines = ["  # Files that cannot go into a packet (fix or remove them):"]
    lines += [f"  #   {_q(r.file)}: {_q(r.reason)}" for r in rejected]
    return "\n".join(lines) + "\n"


def guess_respondent(scans: list[Scan]) -> str | None:
    """The name written on the most scans (a packet is mostly about its respondent)."""
    seen: Counter[tuple[str, ...]] = Counter()
    spellings: dict[tuple[str, ...], list[str]] = {}
    for scan in scans:
        for name in scan.decision.fields.names:
            key = tuple(name_words(name))
            seen[key] += 1
            spellings.setdefault(key, []).append(name)
    if not seen:
        return None
    key, _ = max(seen.items(), key=lambda item: (item[1], len(item[0])))
    # the spelling with accents, as a clerk wrote it, over the capitals of a form
    return max(spellings[key], key=lambda n: (_has_accents(n), not n.isupper()))


def _has_accents(text: str) -> bool:
    return fold(text) != text.lower()


def guess_children(scans: list[Scan], respondent: str | None) -> list[tuple[str, str, str]]:
    """(name, date of birth, file) of each birth certificate that is not the respondent's."""
    children = []
    own = set(name_words(respondent or ""))
    for scan in scans:
        fields = scan.decision.fields
        if scan.decision.type != "birth_certificate" or not fields.names:
            continue
        name = fields.names[0]
        if set(name_words(name)) <= own or not fields.date_of_birth:
            continue
        children.append((name, fields.date_of_birth.isoformat(), scan.file))
    return children


def _q(value: str) -> str:
    """A value as one double-quoted YAML scalar on one line, escaped by the YAML library: a file
    name or a text read from a scan can hold line breaks (also Unicode's NEL and line
    separator) that, written raw, would end a comment and start keys of their own."""
    dumped = yaml.safe_dump(value, default_style='"', allow_unicode=True, width=float("inf"))
    return dumped.removesuffix("\n...\n").strip()


def starter_yaml(scans: list[Scan], config: Config, folder: str) -> str:
    respondent = next(
        (
            s.decision.person.name
            for s in scans
            if s.decision.person and s.decision.person.role == "respondent"
        ),
        None,
    ) or guess_respondent(scans)
    named_on = sum(1 for s in scans if s.decision.person and s.decision.person.role == "respondent")
    a_number = next(((found[0], s.file) for s in scans if (found := a_numbers_in(s.text))), None)
    children = guess_children(scans, respondent)
    request_types = ", ".join(config.taxonomy.request_types)
    lines = [
        f"# Starter case.yaml written by `packet init` from {len(scans)} scans in {folder}/.",
        f"# 1. Replace every {FILL_IN} (packet check names each one left, by its key path).",
        "# 2. Check every value marked `guessed`: it was read from the scans by OCR.",
        "# 3. Add the claims the request rests on (see docs/case-yaml.md), then run",
        "#      packet check <this folder>",
        "schema: 1",
        "respondent:",
    ]
    if respondent:
        lines.append(
            f"  name: {_q(respondent)}   # guessed: named on {named_on} scan(s); check the spelling"
        )
    else:
        lines.append(f"  name: {FILL_IN}   # the respondent's full name, as on the NTA")
    if a_number:
        written = format_a_number(a_number[0])
        lines.append(f'  a_number: "{written}"   # guessed: found on {_q(a_number[1])}')
    else:
        lines.append(f'  a_number: "{FILL_IN}"   # 8 or 9 digits, e.g. "A123-456-789"')
    own_dob = next(
        (
            s.decision.fields.date_of_birth
            for s in scans
            if s.decision.type == "birth_certificate"
            and s.decision.person
            and s.decision.person.role == "respondent"
        ),
        None,
    )
    lines.append(
        f"  # date_of_birth: {own_dob.isoformat() if own_dob else 'YYYY-MM-DD'}"
        + ("   # guessed from a birth certificate" if own_dob else "")
    )
    lines += [
        "  # country:",
        "  # entered_us: YYYY-MM-DD",
        "request:",
        f"  type: {FILL_IN}   # one of: {request_types}",
        "claims:",
    ]
    starts = sorted(
        covers.start
        for s in scans
        if s.decision.type in RESIDENCE_TYPES and (covers := s.decision.fields.covers)
    )
    earliest = starts[0].isoformat() if starts else None
    lines.append(
        f"  # residence_since: {earliest}   # the earliest dated residence evidence found"
        if earliest
        else "  # residence_since: YYYY-MM-DD"
    )
    if children:
        lines.append(
            "  children:   # from the birth certificates found; set each status: usc | lpr | other"
        )
        lines += [
            f"    - {{name: {_q(n)}, date_of_birth: {_q(dob)}, status: {FILL_IN}}}"
            f"   # guessed from {_q(f)}"
            for n, dob, f in children
        ]
    else:
        lines.append("  # children: [{name: ..., date_of_birth: YYYY-MM-DD, status: usc}]")
    lines += [
        "documents:",
        "  # Every scan, with the type packet init guessed. Correct a wrong type, delete a `type:`",
        "  # line to let packet decide on each build, or add `exclude: true` to leave a scan out.",
    ]
    for scan in scans:
        lines += _document_entry(scan, config)
    return "\n".join(lines) + "\n"


def _document_entry(scan: Scan, config: Config) -> list[str]:
    d = scan.decision
    entry = [f"  - file: {_q(scan.file)}"]
    if scan.pages:  # one of several documents in the file, as packet found them
        first, last = scan.pages
        entry.append(
            f'    pages: "{first}-{last}"   # found in the file; correct the range if wrong'
        )
    if scan.more_pages:
        entry.append(f"    more_pages: [{', '.join(_q(f) for f in scan.more_pages)}]   # joined")
    if d.type == "other":
        entry.append(
            f"    # type: {FILL_IN}   could not tell what this is: set its type or exclude it"
        )
    else:
        why = _q("; ".join(d.reasons[:1]))
        entry.append(f"    type: {d.type}   # guessed (confidence {d.confidence:.2f}): {why}")
    if d.person:
        entry.append(f"    # about: {_q(d.person.name)}")
    names = d.fields.names
    dates = [day.isoformat() for day in d.fields.dates]
    if names:
        entry.append(f"    # names on it: {', '.join(_q(n) for n in names[:4])}")
    if dates:
        entry.append(f"    # dates on it: {', '.join(_q(day) for day in dates[:6])}")
    if d.language != "en":
        entry.append(
            f"    # in {_q(d.language)}: needs a translation: add `translation: <its file>`"
        )
    return entry
