"""The records of a realistic case: invented people, the papers drawn about them, and the truth
a case folder is scored against.

A ``Paper`` is one document as printed (its page images) with what it truly is: its type, whom
it is about (the name case.yaml gives that person), the equity a paralegal files it under, its
language and the period it proves the respondent lived here. ``capture`` turns papers into
files the way offices receive them; ``CasePlan.write`` puts the files, a case.yaml and the truth
(next to the folder, never inside it: the tool reads every file of a case folder) on disk.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from PIL import Image

if TYPE_CHECKING:
    from tests.realistic.paper import Sheet

TRUTH_SCHEMA = "realistic-truth/1"
GAP_MONTHS = 12  # a claimed residence with a longer stretch of no dated evidence is a true gap

Choice = str | tuple[str, ...]  # one right answer, or the answers a paralegal could defend


def plain(text: str) -> str:
    """Without accents, as clerks' systems and IRS printouts write names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def up(text: str) -> str:
    """In capitals without accents, as forms and cards print names."""
    return plain(text).upper()


@dataclass(frozen=True)
class Person:
    """An invented person. ``given`` may hold a middle name; ``surname`` may hold two."""

    given: str
    surname: str
    born: dt.date
    sex: str = "F"
    birthplace: str = ""

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def first(self) -> str:
        return self.given.split()[0]

    @property
    def middle(self) -> str:
        return " ".join(self.given.split()[1:])

    @property
    def upper(self) -> str:
        return self.name.upper()

    def last_first(self, accents: bool = True) -> str:
        text = f"{self.surname}, {self.given}".upper()
        return text if accents else plain(text)

    @property
    def irs(self) -> str:
        """How IRS transcripts print a name since 2018: four letters of first and last name."""
        first = plain(self.first).upper().replace("-", "")
        last = plain(self.surname.split()[0]).upper().replace("-", "")
        return f"{first[:4]} {last[:4]}"

    @property
    def he(self) -> str:
        return "she" if self.sex == "F" else "he"

    @property
    def his(self) -> str:
        return "her" if self.sex == "F" else "his"


@dataclass
class Paper:
    """One document as printed, and what it truly is."""

    label: str  # which template drew it, e.g. "california_birth_long_form"
    pages: list[Image.Image]
    type: Choice
    about: Choice | None  # the person's name exactly as case.yaml writes it
    equity: Choice
    language: Choice = "en"
    proves: tuple[dt.date, dt.date] | None = None  # the stretch of residence it shows, if any
    mrz: tuple[str, ...] | None = None
    card: bool = False  # a small card, not a letter page

    def truth(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "label": self.label,
            "type": _json_choice(self.type),
            "about": self.about if self.about is None else _json_choice(self.about),
            "equity": _json_choice(self.equity),
            "language": _json_choice(self.language),
        }
        if self.proves:
            record["proves"] = [self.proves[0].isoformat(), self.proves[1].isoformat()]
        if self.mrz:
            record["mrz"] = list(self.mrz)
        return record


def drawn(
    label: str,
    sheets: list[Sheet],
    type: Choice,
    about: Person | None,
    equity: Choice,
    language: Choice = "en",
    proves: tuple[dt.date, dt.date] | None = None,
    mrz_zone: tuple[str, ...] | None = None,
    is_card: bool = False,
) -> Paper:
    """A Paper from the sheets a template drew, ``about`` a Person (or None)."""
    return Paper(
        label,
        [s.image for s in sheets],
        type,
        about.name if about else None,
        equity,
        language,
        proves,
        mrz_zone,
        is_card,
    )


def _json_choice(choice: Choice) -> str | list[str]:
    return choice if isinstance(choice, str) else list(choice)


@dataclass
class Placed:
    """Papers as they reach the case folder: the files and which paper is where in them."""

    files: dict[str, bytes]
    documents: list[dict[str, Any]]  # truth records: the paper's, plus file/pages/more_files
    photos: dict[str, dict[str, Any]] = field(default_factory=dict)  # sheet corners per photo


@dataclass
class CasePlan:
    """A case to write: its case.yaml (as data), what is in its scans, the findings it has."""

    key: str
    corpus: str  # "tuning" or "blind"
    case: dict[str, Any]
    placed: list[Placed]
    findings: list[dict[str, Any]] = field(default_factory=list)  # true findings, expected
    allowed: list[dict[str, Any]] = field(default_factory=list)  # a correct tool may raise
    notes: str = ""

    def truth(self) -> dict[str, Any]:
        return {
            "schema": TRUTH_SCHEMA,
            "corpus": self.corpus,
            "case": self.key,
            "notes": self.notes,
            "documents": [d for p in self.placed for d in p.documents],
            "photos": {f: info for p in self.placed for f, info in p.photos.items()},
            "findings": self.findings,
            "allowed_findings": self.allowed,
        }

    def files(self) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for p in self.placed:
            for name, data in p.files.items():
                if name in out:
                    raise ValueError(f"{self.key}: two papers written to {name}")
                out[name] = data
        return out

    def write(self, root: Path) -> Path:
        """Write ``root/<key>/`` (case.yaml and scans/) and ``root/<key>.truth.json``."""
        folder = root / self.key
        for name, data in self.files().items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (folder / "case.yaml").write_text(case_yaml(self.case), encoding="utf-8")
        truth_path(root, self.key).write_text(
            json.dumps(self.truth(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        return folder


def truth_path(root: Path, key: str) -> Path:
    return root / f"{key}.truth.json"


def case_yaml(case: dict[str, Any]) -> str:
    head = "# Invented people, generated scans: a realistic test case (see its .truth.json).\n"
    return head + yaml.safe_dump(_dates_as_text(case), allow_unicode=True, sort_keys=False)


def _dates_as_text(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _dates_as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates_as_text(v) for v in value]
    return value


def residence_gaps(
    since: dt.date, until: dt.date, stretches: list[tuple[dt.date, dt.date]]
) -> list[tuple[dt.date, dt.date]]:
    """The stretches from ``since`` to ``until`` longer than GAP_MONTHS with no evidence."""
    gaps = []
    cursor = since
    for start, end in sorted(stretches):
        if start > cursor and _months(cursor, start) > GAP_MONTHS:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    if until > cursor and _months(cursor, until) > GAP_MONTHS:
        gaps.append((cursor, until))
    return gaps


def _months(a: dt.date, b: dt.date) -> float:
    return (b - a).days / 30.44


Plans = Mapping[str, Callable[[], "CasePlan"]]  # a corpus: each case's key and its plan


def write_plans(plans: Plans, root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of a corpus (or those named) under ``root``: ``root/<key>/`` and
    ``root/<key>.truth.json`` each; returns the case folders."""
    root.mkdir(parents=True, exist_ok=True)
    return [plans[key]().write(root) for key in (only or list(plans))]


def write_from_command_line(plans: Plans, usage: str | None) -> None:
    """A corpus module run as a script: ``python -m MODULE OUT_DIR`` writes its cases."""
    if len(sys.argv) != 2:
        raise SystemExit(usage)
    for folder in write_plans(plans, Path(sys.argv[1])):
        print(folder)
