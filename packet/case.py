"""The case model: case.yaml, validated, with the people and claims the pipeline checks.

Errors name the file, the key path (``claims.children[1].date_of_birth``) and what is wrong,
because the person fixing them is editing YAML by hand the week before a hearing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from packet.config import Config
from packet.errors import CaseFileError
from packet.text import control_character

CASE_FILE = "case.yaml"
MAX_CASE_FILE_BYTES = 1_000_000
FILL_IN = "FILL_IN"  # what `packet init` writes where only a person knows the answer
MAX_NESTING = 20  # a case file nests four levels deep; more is a mistake or an attack
MAX_SHOWN_INPUT = 60  # characters of a wrong value quoted back in a message


class _CaseLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: a date like 2023-02-30 reaches validation as text,
    so that the message names its key instead of crashing the YAML reader."""


_CaseLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _a_number(value: Any) -> str:
    digits = re.sub(r"[\s\-]", "", str(value)).upper().removeprefix("A")
    if not re.fullmatch(r"\d{8,9}", digits):
        raise ValueError('an A-number has 8 or 9 digits, e.g. "A123-456-789"')
    return digits.zfill(9)


def format_a_number(digits: str) -> str:
    """The nine digits case.yaml's A-number is stored as, written the way the court writes it."""
    return f"A{digits[:3]}-{digits[3:6]}-{digits[6:]}"


ANumber = Annotated[str, BeforeValidator(_a_number)]


MAX_LINE = 500  # characters of a one-line value: a name, an address line, a court
MAX_NARRATIVE = 20_000  # characters of the narrative, about eight pages of the letter
PARAGRAPH_FIELDS = {"narrative"}  # may hold paragraphs (blank lines between them)
FILE_FIELDS = {"file", "translation"}  # file names: matched as they are on the disk
# What a terminal or a PDF reader acts on instead of showing (tabs and line breaks are spacing).
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def written(text: str, paragraphs: bool) -> str:
    """A value as the letter prints it: one line (a line break is a space), or, where a value
    may hold paragraphs, lines kept; never a control character, never longer than fits."""
    if found := control_character(text):
        raise ValueError(f"holds a control character ({found!r}); remove it")
    if paragraphs:
        text = re.sub(r"[ \t]+", " ", text.replace("\r\n", "\n").replace("\r", "\n"))
    else:
        text = " ".join(text.split())
    limit = MAX_NARRATIVE if paragraphs else MAX_LINE
    if len(text) > limit:
        raise ValueError(f"is {len(text):,} characters long, more than {limit:,}; shorten it")
    return text


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _text_is_text(cls, value: Any, info: ValidationInfo) -> Any:
        if info.field_name in FILE_FIELDS:
            return value
        paragraphs = info.field_name in PARAGRAPH_FIELDS
        if isinstance(value, str):
            return written(value, paragraphs)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return [written(v, paragraphs) for v in value]
        return value


class Respondent(_Model):
    name: str = Field(min_length=1)
    a_number: ANumber
    date_of_birth: dt.date | None = None
    country: str | None = None
    entered_us: dt.date | None = None
    address: list[str] = []


class Proceedings(_Model):
    stage: Literal["pre_nta", "in_proceedings", "final_order", "on_appeal"] = "in_proceedings"
    detained: bool = False
    court: str | None = None
    judge: str | None = None
    next_hearing: dt.date | None = None
    hearing_type: Literal["master", "individual"] | None = None
    opla_office: str | None = None
    final_order_date: dt.date | None = None


class PriorRequest(_Model):
    date: dt.date
    outcome: Literal["denied", "granted", "pending", "no_response"]


class Request(_Model):
    type: str
    prior_request: PriorRequest | None = None
    narrative: str | None = None


class Representative(_Model):
    name: str
    organization: str | None = None
    address: list[str] = []
    phone: str | None = None
    email: str | None = None
    eoir_id: str | None = None


class Child(_Model):
    name: str
    date_of_birth: dt.date | None = None
    status: Literal["usc", "lpr", "other"]


class Spouse(_Model):
    name: str
    status: Literal["usc", "lpr", "other"]


class Military(_Model):
    member: Literal["self", "spouse", "child", "parent"]
    branch: str | None = None


class Medical(_Model):
    person: str = "self"
    condition: str


class Caretaker(_Model):
    person: str
    condition: str


class CrimeVictim(_Model):
    kind: Literal["domestic_violence", "trafficking", "other"]


class Claims(_Model):
    residence_since: dt.date | None = None
    children: list[Child] = []
    spouse: Spouse | None = None
    military: Military | None = None
    education: bool = False
    medical: Medical | None = None
    caretaker: Caretaker | None = None
    crime_victim: CrimeVictim | None = None
    law_enforcement_cooperation: bool = False
    community_ties: bool = False


class NegativeFactor(_Model):
    kind: str
    description: str
    date: dt.date | None = None
    disposition: str | None = None


class Translator(_Model):
    """Who translated the foreign-language documents; named on the certificates of translation."""

    name: str = Field(min_length=1)
    address: list[str] = []
    phone: str | None = None
    email: str | None = None


def same_form(name: str) -> str:
    """A file name in one Unicode form (NFC), whichever form it was typed or stored in: a Mac
    stores "José" as "Jose" plus a combining accent, an editor types it as one character."""
    return unicodedata.normalize("NFC", name)


FileName = Annotated[str, AfterValidator(same_form)]


class DocumentOverride(_Model):
    file: FileName
    type: str | None = None
    about: str | None = None
    exclude: bool = False
    translation: FileName | None = None
    translator: Translator | None = None  # for this translation, instead of the case's translator


class Case(_Model):
    schema_: Literal[1] = Field(alias="schema")
    respondent: Respondent
    proceedings: Proceedings = Proceedings()
    request: Request
    representative: Representative | None = None
    claims: Claims = Claims()
    negative_factors: list[NegativeFactor] = []
    translator: Translator | None = None
    documents: list[DocumentOverride] = []

    def people(self) -> list[Person]:
        """Everyone a document can be about, with the role that decides its equity."""
        people = [
            Person(self.respondent.name, "respondent", "respondent", self.respondent.date_of_birth)
        ]
        for i, child in enumerate(self.claims.children):
            people.append(Person(child.name, "child", f"children[{i}]", child.date_of_birth))
        if self.claims.spouse:
            people.append(Person(self.claims.spouse.name, "spouse", "spouse", None))
        caretaker = self.claims.caretaker
        if caretaker and not any(p.name == caretaker.person for p in people):
            people.append(Person(caretaker.person, "cared_for", "caretaker", None))
        return people

    def birthdays(self) -> set[dt.date]:
        """The dates of birth case.yaml gives: on a document, they date the person, not it."""
        return {p.date_of_birth for p in self.people() if p.date_of_birth}

    def override_for(self, file: str) -> DocumentOverride | None:
        return next((d for d in self.documents if d.file == file), None)

    def translator_for(self, original: str, translation: str) -> Translator | None:
        """Who translated `original` into `translation`: named on either file's entry under
        `documents:`, else the case's `translator:`."""
        for file in (translation, original):
            entry = self.override_for(file)
            if entry and entry.translator:
                return entry.translator
        return self.translator


@dataclass(frozen=True)
class Person:
    name: str
    role: str  # respondent | child | spouse | cared_for
    claim: str  # the case.yaml path of the claim that names this person
    date_of_birth: dt.date | None


def key_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path.replace("schema_", "schema")


def _known_keys() -> set[str]:
    keys: set[str] = set()
    for model in _Model.__subclasses__():
        keys.update(f.alias or name for name, f in model.model_fields.items())
    return keys


def _explain(error: dict[str, Any]) -> str:
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    where = key_path(loc) or "(top level)"
    if error["type"] == "extra_forbidden":
        guess = difflib.get_close_matches(str(loc[-1]), _known_keys(), n=1)
        hint = f'; did you mean "{guess[0]}"?' if guess else "; remove it or check its spelling."
        return f"{where}: unknown key{hint}"
    if error["type"] == "missing":
        return f"{where}: required, but missing."
    shown = repr(error.get("input"))
    if len(shown) > MAX_SHOWN_INPUT:
        shown = shown[:MAX_SHOWN_INPUT] + "..."
    return f"{where}: {error['msg'].removeprefix('Value error, ')} (got {shown})."


def _refuse_aliases_and_depth(text: str, path: Path) -> None:
    # PyYAML expands anchors into shared references: a "billion laughs" file is small to parse
    # but exponential to validate. A case file has no use for anchors, so none are accepted.
    # Deep nesting would exhaust the YAML reader's recursion; it is refused before reading.
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_CaseLoader):
            if isinstance(event, yaml.AliasEvent):
                raise CaseFileError(
                    f"{path}: YAML aliases (*name) are not accepted in a case file; "
                    "write each value out in full."
                )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    raise CaseFileError(
                        f"{path}: nested more than {MAX_NESTING} levels deep; "
                        "is it a case.yaml? Compare it with the example in docs/."
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        raise CaseFileError(f"{path}: not valid YAML: {exc}") from None


def _refuse_duplicate_keys(text: str, path: Path) -> None:
    """A key given twice is an error naming both lines. YAML readers keep the last one without a
    word: a second `a_number:` stamped every page with it, a second `claims:` dropped the
    children and the case was "ready to file"."""
    try:
        twice = list(_duplicates(yaml.compose(text, Loader=_CaseLoader)))
    except yaml.YAMLError as exc:
        raise CaseFileError(f"{path}: not valid YAML: {exc}") from None
    if twice:
        raise CaseFileError(
            f"{path}: a key is given twice; keep one of each (the other would be ignored):\n"
            + "\n".join(f"  {where}: lines {first} and {again}." for where, first, again in twice)
        )


def _duplicates(node: yaml.Node | None, loc: tuple[int | str, ...] = ()):
    """(key path, first line, repeated line) of every key given twice in one mapping."""
    if isinstance(node, yaml.MappingNode):
        lines: dict[tuple[str, str], int] = {}
        for key, value in node.value:
            name = (key.tag, key.value) if isinstance(key, yaml.ScalarNode) else None
            line = key.start_mark.line + 1
            if name in lines:
                yield key_path((*loc, str(key.value))), lines[name], line
            elif name is not None:
                lines[name] = line
            yield from _duplicates(value, (*loc, str(key.value)))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _duplicates(item, (*loc, i))


def read_case_file(path: Path) -> Any:
    try:
        if path.exists() and not path.is_file():
            raise CaseFileError(f"{path}: not a regular file; case.yaml must be a text file.")
        if path.stat().st_size > MAX_CASE_FILE_BYTES:
            raise CaseFileError(
                f"{path}: larger than {MAX_CASE_FILE_BYTES} bytes; is it a case.yaml?"
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseFileError(
            f"{path}: no case.yaml in this folder. "
            "Run `packet init` on the scans folder to start one."
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseFileError(f"{path}: cannot be read: {exc}") from None
    _refuse_aliases_and_depth(text, path)
    _refuse_duplicate_keys(text, path)
    try:
        return yaml.load(text, Loader=_CaseLoader)  # a SafeLoader: builds no objects
    except yaml.YAMLError as exc:  # e.g. a list used as a key
        raise CaseFileError(f"{path}: not valid YAML: {exc}") from None


def load_case(case_dir: Path, config: Config) -> Case:
    path = case_dir / CASE_FILE
    data = read_case_file(path)
    if not isinstance(data, dict):
        raise CaseFileError(f"{path}: expected a mapping of keys (respondent:, request:, ...).")
    if unfilled := list(_unfilled(data)):
        raise CaseFileError(
            f"{path}: fill in the values `packet init` left for you:\n"
            + "\n".join(f"  {where}: still {FILL_IN}." for where in unfilled)
        )
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        problems = "\n".join(f"  {_explain(e)}" for e in exc.errors())
        raise CaseFileError(f"{path}: invalid case file:\n{problems}") from None
    problems = (
        _taxonomy_problems(case, config)
        + _date_problems(case, dt.date.today())
        + _document_problems(case, case_dir)
    )
    if problems:
        raise CaseFileError(f"{path}: invalid case file:\n" + "\n".join(f"  {p}" for p in problems))
    return case


def _unfilled(data: Any, loc: tuple[int | str, ...] = ()):
    """The key path of every value still ``FILL_IN``."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _unfilled(value, (*loc, str(key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _unfilled(value, (*loc, i))
    elif data == FILL_IN:
        yield key_path(loc)


def _taxonomy_problems(case: Case, config: Config) -> list[str]:
    problems = []
    request_types = config.taxonomy.request_types
    if case.request.type not in request_types:
        problems.append(
            f"request.type: unknown request type {case.request.type!r}; "
            f"use one of: {', '.join(request_types)}."
        )
    doc_types = config.taxonomy.document_types
    for i, doc in enumerate(case.documents):
        if doc.type and doc.type not in doc_types:
            problems.append(f"documents[{i}].type: unknown document type {doc.type!r}.")
    if case.proceedings.opla_office and case.proceedings.opla_office not in config.opla_offices:
        problems.append(
            f"proceedings.opla_office: unknown office {case.proceedings.opla_office!r}; "
            f"add it to config/opla_offices.yaml or use one of: {', '.join(config.opla_offices)}."
        )
    return problems


def _date_problems(case: Case, today: dt.date) -> list[str]:
    """Dates that cannot be true: born in the future, or in the US before being born."""
    born = case.respondent.date_of_birth
    past = {
        "respondent.date_of_birth": born,
        "respondent.entered_us": case.respondent.entered_us,
        "claims.residence_since": case.claims.residence_since,
        "request.prior_request.date": case.request.prior_request
        and case.request.prior_request.date,
    }
    past |= {
        f"claims.children[{i}].date_of_birth": c.date_of_birth
        for i, c in enumerate(case.claims.children)
    }
    problems = [
        f"{key}: {date.isoformat()} is in the future; check the year."
        for key, date in past.items()
        if date and date > today
    ]
    for key in ("respondent.entered_us", "claims.residence_since"):
        date = past[key]
        if born and date and date < born:
            problems.append(
                f"{key}: {date.isoformat()} is before respondent.date_of_birth "
                f"({born.isoformat()}); check both dates."
            )
    return problems


def on_disk(case_dir: Path, name: PurePosixPath) -> Path:
    """Where ``name`` is in the case folder, each part matched whatever Unicode form the disk
    stores it in (see ``same_form``)."""
    path = case_dir
    for part in name.parts:
        candidate = path / part
        if not candidate.exists() and not candidate.is_symlink() and path.is_dir():
            wanted = same_form(part)
            for entry in os.listdir(path):
                if same_form(entry) == wanted:
                    candidate = path / entry
                    break
        path = candidate
    return path


def _document_problems(case: Case, case_dir: Path) -> list[str]:
    problems = []
    seen: set[str] = set()
    root = case_dir.resolve()
    for i, doc in enumerate(case.documents):
        for key in ("file", "translation"):
            name = getattr(doc, key)
            if name is None:
                continue
            where = f"documents[{i}].{key}"
            pure = PurePosixPath(name)
            try:
                target = on_disk(case_dir, pure).resolve()
            except (OSError, RuntimeError, ValueError):  # a link loop, a NUL byte
                problems.append(f"{where}: {name!r} cannot be followed; give a plain path.")
                continue
            if pure.is_absolute() or not target.is_relative_to(root):
                problems.append(
                    f"{where}: {name!r} is outside the case folder; give a path inside it."
                )
            elif not target.is_file():
                problems.append(f"{where}: no file {name!r} in the case folder.")
        if doc.file in seen:
            problems.append(
                f"documents[{i}].file: {doc.file!r} is listed twice; merge the entries."
            )
        seen.add(doc.file)
    return problems + _translation_problems(case)


def _translation_problems(case: Case) -> list[str]:
    """Pairs that cannot be filed: a file as its own translation, a pair both ways, a translation
    of a translation, one translation of two files. Each would leave files out of the packet
    without a word (a translation is filed with its original, never on its own)."""
    problems = []
    translated_by = {}  # translation -> index of the entry that names it
    for i, doc in enumerate(case.documents):
        if doc.translation is None:
            continue
        where = f"documents[{i}].translation"
        if doc.translation == doc.file:
            problems.append(
                f"{where}: {doc.file!r} is named as its own translation; name the file that "
                "holds the English translation."
            )
        elif doc.translation in translated_by:
            first = translated_by[doc.translation]
            problems.append(
                f"{where}: {doc.translation!r} is already the translation of "
                f"{case.documents[first].file!r} (documents[{first}]); each translation is "
                "filed with one original."
            )
        else:
            translated_by[doc.translation] = i
    for i, doc in enumerate(case.documents):
        if doc.translation and doc.translation != doc.file and doc.file in translated_by:
            j = translated_by[doc.file]
            original = case.documents[j].file
            if doc.translation == original and j > i:
                continue  # a pair both ways: said once, at its second entry
            problems.append(
                f"documents[{i}].translation: {doc.file!r} is itself the translation of "
                f"{original!r} (documents[{j}]), so it cannot have a translation; "
                + (
                    "a pair is named one way only: the original, then `translation:`."
                    if doc.translation == original
                    else f"pair {doc.translation!r} with {original!r} instead."
                )
            )
    return problems
