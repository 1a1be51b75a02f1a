"""What to write instead: the wording of every case.yaml mistake.

case.py decides what is wrong; this module says it to the person editing the file by hand,
always with what to write (the date format, the indentation, the valid values with the
closest one), never a parser's or a validator's message alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from pydantic import BaseModel
from pydantic_core import ErrorDetails

MAX_SHOWN_INPUT = 60  # characters of a wrong value quoted back in a message
MAX_LISTED = 30  # valid values listed in a message (every type); more are summed up
MAX_FILES_SEEN = 20_000  # files looked at for a did-you-mean, in a huge folder
SIMILAR = 70  # rapidfuzz ratio (0-100) from which a value is offered as "did you mean"
SLASH_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
EXAMPLE = "docs/case-yaml.md"


def shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_SHOWN_INPUT else text[:MAX_SHOWN_INPUT] + "..."


def closest(value: str, choices: Iterable[str]) -> str | None:
    """The choice most likely meant by ``value``: the same in other capitals, one it starts
    with or that starts with it ("uscitizen" -> "usc"), else the closest in spelling."""
    from rapidfuzz import fuzz, process

    options = [str(c) for c in choices]
    folded = value.casefold().strip()
    if not options or not folded:
        return None
    for test in (
        lambda c: c == folded,
        lambda c: len(folded) >= 3 and (folded.startswith(c) or c.startswith(folded)),
    ):
        found = [o for o in options if test(o.casefold())]
        if found:
            return max(found, key=len)
    best = process.extractOne(
        value, options, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=SIMILAR
    )
    return best[0] if best else None


def listing(values: Iterable[str]) -> str:
    values = list(values)
    if len(values) <= MAX_LISTED:
        return ", ".join(values)
    return ", ".join(values[:MAX_LISTED]) + f" and {len(values) - MAX_LISTED} more"


def unknown_value(where: str, value: str, kind: str, valid: Iterable[str], source: str) -> str:
    """``request.type: 'dismisal' is not a request type; did you mean 'dismissal'? ...``"""
    valid = list(valid)
    guess = closest(value, valid)
    hint = f"did you mean {guess!r}? Write" if guess else "write"
    return f"{where}: {value!r} is not {kind}; {hint} one of: {listing(valid)} ({source})."


# --- YAML the reader could not parse ---


def yaml_problem(path: Path, exc: yaml.YAMLError, text: str) -> str:
    """One sentence on where the YAML breaks and what to write, with the line itself."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    lines = text.splitlines()
    line_no = mark.line + 1 if mark else None
    line = lines[mark.line] if mark and mark.line < len(lines) else ""
    if "\t" in line or "'\\t'" in problem:
        what = "a tab character: indent with spaces (two per level), never tabs"
    elif "mapping values are not allowed" in problem:
        what = (
            "a second `key:` on one line. If the value holds a colon, put it in quotes "
            '(description: "Note: ..."); if it is a key of its own, start it on a new line'
        )
    elif "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        what = "a list [ ... ] or a mapping { ... } that is not closed: check the brackets"
    elif "quoted scalar" in context:
        what = "a quotation mark that is not closed: end the value with the same quote"
    elif "expected <block end>" in problem or "indentation" in problem:
        what = (
            "the indentation does not match the lines above: keys of one mapping start in the "
            "same column, and a key's contents are indented further, with spaces"
        )
    elif "expected <document start>" in problem:
        what = (
            "a line that belongs to nothing above it: indent it under its key, or "
            "start it in the first column if it is a top-level key"
        )
    elif "unhashable" in problem or "found unacceptable key" in problem:
        what = "a key that is not a plain word: write `key: value`"
    elif "block sequence entries are not allowed" in problem:
        what = "a list item (`- ...`) where a value is expected: start the list on the next line"
    else:
        detail = "; ".join(p for p in (context, problem) if p) or type(exc).__name__
        what = f"it cannot be read as YAML ({detail}). Compare it with the example in {EXAMPLE}"
    where = f"{path}, line {line_no}" if line_no else str(path)
    quoted = f"\n    {line.strip()}" if line.strip() else ""
    return f"{where}: {what}.{quoted}"


# --- values the case model refused ---


def key_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path.replace("schema_", "schema")


def _models_in(annotation: Any) -> Iterator[tuple[type[BaseModel], bool]]:
    """The models an annotation holds, and whether each sits in a list."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation, False
        return
    origin = typing.get_origin(annotation)
    for arg in typing.get_args(annotation):
        for model, listed in _models_in(arg):
            yield model, listed or origin is list


def _keys(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def places(root: type[BaseModel]) -> dict[str, list[str]]:
    """Every key case.yaml knows, and where each goes (``children`` -> ``claims``)."""
    found: dict[str, list[str]] = {}

    def walk(model: type[BaseModel], parent: str, depth: int) -> None:
        for name, field in model.model_fields.items():
            key = field.alias or name
            found.setdefault(key, []).append(parent)
            if depth < 4:
                for inner, listed in _models_in(field.annotation):
                    here = f"{parent}.{key}" if parent else key
                    walk(inner, f"each item of {here}" if listed else here, depth + 1)

    walk(root, "", 0)
    return found


def model_at(root: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model whose keys are valid at ``loc`` (list positions skipped)."""
    model: type[BaseModel] | None = root
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        fields = {f.alias or n: f for n, f in model.model_fields.items()}
        field = fields.get(str(part))
        inner = list(_models_in(field.annotation)) if field else []
        model = inner[0][0] if inner else None
    return model


def _under(parent: str) -> str:
    return f"under {parent}:" if parent else "at the top level"


def _goes(parents: list[str]) -> str:
    """``under claims:``, ``at the top level (in the first column)``, or several."""
    return " or ".join(
        f"under {p}:" if p else "at the top level (in the first column)" for p in parents
    )


def _unknown_key(root: type[BaseModel], loc: tuple[int | str, ...], where: str) -> str:
    key, parent_loc = str(loc[-1]), loc[:-1]
    parent = key_path(tuple(p for p in parent_loc if not isinstance(p, int)))
    here_model = model_at(root, parent_loc)
    siblings = _keys(here_model) if here_model else []
    everywhere = places(root)
    if key in everywhere:
        return (
            f"{where}: belongs {_goes(everywhere[key])}, not {_under(parent)}; move it there "
            "(a key's contents are indented two spaces further than the key)."
        )
    guess = closest(key, siblings)
    if guess:
        return f'{where}: unknown key; did you mean "{guess}"?'
    elsewhere = closest(key, everywhere)
    if elsewhere:
        return (
            f'{where}: unknown key; did you mean "{elsewhere}"? It goes '
            f"{_goes(everywhere[elsewhere])}."
        )
    return (
        f"{where}: unknown key; remove it or check its spelling. The keys {_under(parent)} "
        f"are: {listing(siblings)}."
    )


def date_advice(value: Any) -> str:
    """How to write the date someone meant, from what they wrote."""
    text = str(value).strip()
    if m := SLASH_DATE.fullmatch(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        readings = []
        for month, day in ((first, second), (second, first)):
            try:
                meant = dt.date(year, month, day)
            except ValueError:
                continue
            reading = f"{meant.isoformat()} for {meant:%B} {meant.day}, {meant.year}"
            if reading not in readings:
                readings.append(reading)
        if readings:
            return f"write dates as YYYY-MM-DD: {' or '.join(readings)}"
    if m := ISO_DATE.fullmatch(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if not 1 <= month <= 12:
            return f"there is no month {month}; write dates as YYYY-MM-DD"
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return (
                f"{calendar.month_name[month]} {year} has {last} days, not {day}; "
                "write a real date as YYYY-MM-DD"
            )
    return "write dates as YYYY-MM-DD, e.g. 2010-05-02 for May 2, 2010"


def _literal_values(error: ErrorDetails) -> list[str]:
    return re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))


def validation_problem(error: ErrorDetails, root: type[BaseModel]) -> str:
    """One pydantic error, as a sentence naming the key path and what to write there."""
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    where = key_path(loc) or "(top level)"
    kind, value = error["type"], error.get("input")
    if kind == "extra_forbidden":
        return _unknown_key(root, loc, where)
    if kind == "missing":
        key = key_path(loc[-1:])
        parent = key_path(tuple(p for p in loc[:-1] if not isinstance(p, int)))
        return f"{where}: required, but missing; add `{key}:` {_under(parent)}."
    if kind.startswith("date_"):
        return f"{where}: {shown(value)} is not a date; {date_advice(value)}."
    if kind.startswith("bool_"):
        return f"{where}: write true or false (got {shown(value)})."
    if kind == "literal_error":
        valid = _literal_values(error)
        if where == "schema":
            return f"schema: write 1 (the case.yaml format this version reads; got {shown(value)})."
        guess = closest(str(value), valid)
        hint = f"; did you mean {guess!r}?" if guess else "."
        return f"{where}: {shown(value)} is not one of {', '.join(valid)}{hint}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        model = model_at(root, loc)
        keys = f" ({listing(f'{k}:' for k in _keys(model))})" if model else ""
        return (
            f"{where}: expected keys indented under it{keys}, got {shown(value)}; "
            f"see the example in {EXAMPLE}."
        )
    if kind == "list_type":
        return (
            f"{where}: expected a list, e.g. [first, second] or one `- item` a line below it "
            f"(got {shown(value)})."
        )
    if kind == "string_type":
        return f"{where}: expected text (got {shown(value)}); quote it if it holds [ ] {{ }} or :."
    if kind == "string_too_short":
        return f"{where}: empty; write the value, or remove the key."
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message} (got {shown(value)})."


# --- files a documents: entry names ---


def case_files(case_dir: Path, skip: Iterable[str] = ("out",)) -> list[str]:
    """The files in the case folder, as case.yaml names them (``scans/IMG_2041.jpg``)."""
    found: list[str] = []
    skipped = set(skip)
    for folder, dirs, files in os.walk(case_dir):
        here = Path(folder)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not (here == case_dir and d in skipped)
        )
        for name in sorted(files):
            if not name.startswith("."):
                found.append((here / name).relative_to(case_dir).as_posix())
            if len(found) >= MAX_FILES_SEEN:
                return found
    return found


def file_suggestion(name: str, files: list[str]) -> str | None:
    """The file someone most likely meant by ``name``: the same name under scans/ (or any
    folder), the same name in other capitals, else the closest path."""
    wanted = PurePosixPath(name)
    same_name = [f for f in files if PurePosixPath(f).name == wanted.name]
    if f"scans/{name}" in files:
        return f"scans/{name}"
    if same_name:
        return same_name[0]
    folded = [f for f in files if PurePosixPath(f).name.casefold() == wanted.name.casefold()]
    if folded:
        return folded[0]
    return closest(name, files)


def missing_file(where: str, name: str, files: list[str]) -> str:
    guess = file_suggestion(name, files)
    if guess:
        return f"{where}: no file {name!r} in the case folder; did you mean {guess!r}?"
    return (
        f"{where}: no file {name!r} in the case folder; give its path from the case folder, "
        "e.g. scans/IMG_2041.jpg."
    )
