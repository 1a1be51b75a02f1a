"""The case model: case.yaml, validated, with the people and claims the pipeline checks.

Errors name the file, the key path (``claims.children[1].date_of_birth``) and what is wrong,
because the person fixing them is editing YAML by hand the week before a hearing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterator
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

from packet import case_errors
from packet.case_errors import key_path
from packet.config import Config
from packet.dates import build_date, whole_years
from packet.errors import CaseFileError
from packet.terminal import control_character
from packet.text.names import same_name

CASE_FILE = "case.yaml"
MAX_CASE_FILE_BYTES = 1_000_000
FILL_IN = "FILL_IN"  # what `packet init` writes where only a person knows the answer
MAX_NESTING = 20  # a case file nests four levels deep; more is a mistake or an attack
CHILD_UNTIL = 18  # years of age: who arrived before then arrived as a child


class _CaseLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: a date like 2023-02-30 reaches validation as text,
    so that the message names its key instead of crashing the YAML reader."""


_CaseLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml's parser, when PyYAML has it, with the same resolvers: it reads a case.yaml in a
# fifth of the time, and `packet check` reads one after every edit. A file it cannot read is
# read again by the Python one, whose messages case_errors.yaml_problem knows.
_FastCaseLoader: type | None = None
if hasattr(yaml, "CSafeLoader"):

    class _FastCaseLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        yaml_implicit_resolvers = _CaseLoader.yaml_implicit_resolvers


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
FILE_FIELDS = {"file", "translation", "more_pages"}  # file names: matched as on the disk


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

    @property
    def age_at_entry(self) -> int | None:
        """Whole years of age on the day of entry, as an age is counted (18 on the birthday)."""
        if self.date_of_birth and self.entered_us:
            return whole_years(self.date_of_birth, self.entered_us)
        return None

    @property
    def arrived_as_child(self) -> bool:
        """Under 18 on entering: the one rule classify (the equity of the respondent's own
        documents) and the letter (the paragraph on arriving as a child) both apply."""
        age = self.age_at_entry
        return age is not None and age < CHILD_UNTIL

    def adult_on(self, day: dt.date) -> bool:
        """18 or older on ``day``: a college transcript or a GED of someone who came as a child
        shows their education, not their childhood here."""
        return (
            self.date_of_birth is not None and whole_years(self.date_of_birth, day) >= CHILD_UNTIL
        )


class Proceedings(_Model):
    stage: Literal["pre_nta", "in_proceedings", "final_order", "on_appeal"] = "in_proceedings"
    detained: bool = False
    court: str | None = None
    judge: str | None = None
    next_hearing: dt.date | None = None
    hearing_type: Literal["master", "individual"] | None = None
    opla_office: str | None = None
    nta_date: dt.date | None = None  # when the Notice to Appear was filed
    charges: list[str] = []
    final_order_date: dt.date | None = None
    relief_sought: list[str] = []  # what reopening or termination would lead to


class PriorRequest(_Model):
    date: dt.date
    outcome: Literal["denied", "granted", "pending", "no_response"]
    changes: str | None = None  # the changed circumstances, in the representative's words


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


class PageHandling(_Model):
    """How one file's page images are normalized, instead of config/settings.yaml's way."""

    crop: bool | None = None  # false: keep the photo whole (the sheet was found wrongly)
    flatten_light: bool | None = None  # false: keep the light as photographed

    def settings(self) -> tuple[tuple[str, bool], ...]:
        """The settings this changes, as (name, value) pairs in a stable order."""
        return tuple(sorted(self.model_dump(exclude_none=True).items()))


class Service(_Model):
    """How the service copy is served on DHS: what the certificate of service states."""

    method: Literal["email", "ecas", "mail", "hand"]
    date: dt.date | None = None
    served_by: str | None = None


PAGE_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


class DocumentOverride(_Model):
    file: FileName
    # One document inside a file that holds several: "3-4", or "3" (1-based, as a viewer counts)
    pages: str | None = None
    # One document photographed page by page: the files of its later pages, in order
    more_pages: list[FileName] = []
    type: str | None = None
    about: str | None = None
    exclude: bool = False
    translation: FileName | None = None
    translator: Translator | None = None  # for this translation, instead of the case's translator
    normalize: PageHandling | None = None
    description: str | None = None  # the exhibit's description, instead of the one composed

    @field_validator("pages", mode="before")
    @classmethod
    def _page_range(cls, value: Any) -> Any:
        if isinstance(value, int):
            value = str(value)
        if isinstance(value, str):
            m = PAGE_RANGE.match(value)
            if not m or int(m[1]) < 1 or int(m[2] or m[1]) < int(m[1]):
                raise ValueError('give the first and last page of the file it holds, e.g. "3-4"')
        return value

    @property
    def page_range(self) -> tuple[int, int] | None:
        if self.pages is None:
            return None
        m = PAGE_RANGE.match(self.pages)
        assert m  # checked when read
        return int(m[1]), int(m[2] or m[1])


class Case(_Model):
    schema_: Literal[1] = Field(alias="schema")
    respondent: Respondent
    proceedings: Proceedings = Proceedings()
    request: Request
    representative: Representative | None = None
    claims: Claims = Claims()
    negative_factors: list[NegativeFactor] = []
    translator: Translator | None = None
    service: Service | None = None
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
        # a medical claim about a parent, or a spouse the claims do not otherwise name: their
        # records are about them, not about the respondent they name as next of kin
        medical = self.claims.medical
        if (
            medical
            and medical.person != "self"
            and not any(p.name == medical.person for p in people)
        ):
            people.append(Person(medical.person, "other", "medical", None))
        return people

    def named_people(self) -> list[str]:
        """Every person case.yaml names whom a document can be about."""
        return list(dict.fromkeys(p.name for p in self.people()))

    def birthdays(self) -> set[dt.date]:
        """The dates of birth case.yaml gives: on a document, they date the person, not it."""
        return {p.date_of_birth for p in self.people() if p.date_of_birth}

    def override_for(
        self, file: str, pages: tuple[int, int] | None = None
    ) -> DocumentOverride | None:
        """The `documents:` entry for a file, or for the pages of it a document occupies."""
        return next((d for d in self.documents if d.file == file and d.page_range == pages), None)

    def translator_for(self, original: str, translation: str) -> Translator | None:
        """Who translated `original` into `translation`: named on either file's entry under
        `documents:`, else the case's `translator:`."""
        for file in (translation, original):
            entry = self.override_for(file)
            if entry and entry.translator:
                return entry.translator
        return self.translator


Role = Literal["respondent", "child", "spouse", "cared_for", "other"]


@dataclass(frozen=True)
class Person:
    name: str
    role: Role  # "other": someone named only by `claims.medical` or a `documents:` entry
    claim: str  # the case.yaml path of the claim that names this person
    date_of_birth: dt.date | None


def _case_data(text: str, path: Path, loader: type) -> Any:
    """The YAML's data, refusing aliases, deep nesting and keys given twice (CaseFileError); a
    file that is not YAML raises yaml.YAMLError."""
    # PyYAML expands anchors into shared references: a "billion laughs" file is small to parse
    # but exponential to validate. A case file has no use for anchors, so none are accepted.
    # Deep nesting would exhaust the YAML reader's recursion; it is refused before composing.
    depth = 0
    for event in yaml.parse(text, Loader=loader):
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
    reader = loader(text)
    try:
        node = reader.get_single_node()
        _refuse_duplicate_keys(node, path)
        return None if node is None else reader.construct_document(node)  # builds no objects
    finally:
        reader.dispose()


def _refuse_duplicate_keys(node: yaml.Node | None, path: Path) -> None:
    """A key given twice is an error naming both lines. YAML readers keep the last one without a
    word: a second `a_number:` stamped every page with it, a second `claims:` dropped the
    children and the case was "ready to file"."""
    if twice := list(_duplicates(node)):
        raise CaseFileError(
            f"{path}: a key is given twice; keep one of each (the other would be ignored):\n"
            + "\n".join(f"  {where}: lines {first} and {again}." for where, first, again in twice)
        )


def _duplicates(
    node: yaml.Node | None, loc: tuple[int | str, ...] = ()
) -> Iterator[tuple[str, int, int]]:
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
    if _FastCaseLoader is not None:
        with contextlib.suppress(yaml.YAMLError):
            return _case_data(text, path, _FastCaseLoader)
    try:
        return _case_data(text, path, _CaseLoader)
    except yaml.YAMLError as exc:  # e.g. a list used as a key
        raise CaseFileError(case_errors.yaml_problem(path, exc, text)) from None


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
        explained = "\n".join(f"  {case_errors.validation_problem(e, Case)}" for e in exc.errors())
        raise CaseFileError(f"{path}: invalid case file:\n{explained}") from None
    problems = (
        _taxonomy_problems(case, config)
        + _date_problems(case, build_date())
        + _document_problems(case, case_dir)
    )
    if problems:
        raise CaseFileError(f"{path}: invalid case file:\n" + "\n".join(f"  {p}" for p in problems))
    return case


def _unfilled(data: Any, loc: tuple[int | str, ...] = ()) -> Iterator[str]:
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
    unknown = case_errors.unknown_value
    problems = []
    request_types = config.taxonomy.request_types
    if case.request.type not in request_types:
        problems.append(
            unknown(
                "request.type",
                case.request.type,
                "a request type",
                request_types,
                "config/taxonomy.yaml",
            )
        )
    doc_types = config.taxonomy.document_types
    for i, doc in enumerate(case.documents):
        if doc.type and doc.type not in doc_types:
            problems.append(
                unknown(
                    f"documents[{i}].type",
                    doc.type,
                    "a document type",
                    doc_types,
                    "config/taxonomy.yaml",
                )
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
    files: list[str] | None = None  # the case's files, listed only to suggest a missing one
    for i, doc in enumerate(case.documents):
        named = [("file", doc.file), ("translation", doc.translation)]
        named += [(f"more_pages[{j}]", more) for j, more in enumerate(doc.more_pages)]
        for key, name in named:
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
                files = case_errors.case_files(case_dir) if files is None else files
                problems.append(case_errors.missing_file(where, name, files))
        if doc.pages is None and doc.file in seen:
            problems.append(
                f"documents[{i}].file: {doc.file!r} is listed twice; merge the entries, or give "
                'each the `pages` of the file it covers ("1-2", "3").'
            )
        if doc.pages is None:
            seen.add(doc.file)
        if doc.about and not any(same_name(doc.about, n) for n in case.named_people()):
            problems.append(
                f"documents[{i}].about: {doc.about!r} is nobody case.yaml names; give one of "
                f"{', '.join(case.named_people())}, or add the person to `claims:` first."
            )
        if doc.pages is not None and doc.more_pages:
            problems.append(
                f"documents[{i}]: give either `pages` (part of one file) or `more_pages` "
                "(a document in several files), not both."
            )
    problems += _page_problems(case.documents)
    problems += _translation_problems(case)
    return problems


def _page_problems(entries: list[DocumentOverride]) -> list[str]:
    """Page ranges of one file that overlap, and files that are pages of two documents."""
    problems = []
    ranges: dict[str, list[tuple[int, int, int]]] = {}
    whole = {d.file for d in entries if d.pages is None}
    for i, doc in enumerate(entries):
        if (pages := doc.page_range) is None:
            continue
        if doc.file in whole:
            problems.append(
                f"documents[{i}].pages: {doc.file!r} also has an entry without `pages`; give "
                "every entry for a file that holds several documents its `pages`."
            )
        for j, first, last in ranges.get(doc.file, []):
            if first <= pages[1] and pages[0] <= last:
                problems.append(
                    f"documents[{i}].pages: {doc.pages!r} overlaps documents[{j}].pages "
                    f"({first}-{last}) of {doc.file!r}; a page belongs to one document."
                )
        ranges.setdefault(doc.file, []).append((i, *pages))
    used: dict[str, str] = {}
    for i, doc in enumerate(entries):
        for j, more in enumerate(doc.more_pages):
            where = f"documents[{i}].more_pages[{j}]"
            if more == doc.file or more in used:
                owner = used.get(more, f"documents[{i}].file")
                problems.append(
                    f"{where}: {more!r} is already a page of {owner}; a file is one page of "
                    "one document."
                )
            used[more] = where
    for i, doc in enumerate(entries):
        if doc.file in used and not doc.exclude:
            problems.append(
                f"documents[{i}].file: {doc.file!r} is a later page of another document "
                f"({used[doc.file]}); correct that document's entry instead."
            )
    return problems


def _translation_problems(case: Case) -> list[str]:
    """Pairs that cannot be filed: a file as its own translation, a pair both ways, a translation
    of a translation, one translation of two files. Each would leave files out of the packet
    without a word (a translation is filed with its original, never on its own)."""
    problems = []
    translated_by: dict[str, int] = {}  # translation -> index of the entry that names it
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
