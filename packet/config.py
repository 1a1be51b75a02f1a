"""The one place that reads config/: taxonomy keys, document-type rules, settings, OPLA offices.

Everything here is data the user may edit; it is validated on load so that a typo in a rules
file is reported with the file's name instead of surfacing as a wrong classification.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import stat
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from packet.errors import ConfigError, UsageError
from packet.memo import Memo, content_key, fingerprint
from packet.text.fold import words

CONFIG_DIR_ENV = "PACKET_CONFIG_DIR"
USER_CONFIG_FOLDER = "evidence-packet"  # under $XDG_CONFIG_HOME (~/.config)
OPLA_OFFICES_FILE = "opla_offices.yaml"

# The finding codes of DESIGN.md: a fixed contract, so a typo in requirements.yaml is refused.
FindingCode = Literal[
    "missing-evidence",
    "missing-identity",
    "missing-g28",
    "residence-gap",
    "untranslated-document",
    "unaddressed-negative-factor",
    "duplicate-document",
    "low-ocr-confidence",
    "unclassified-document",
    "rejected-file",
    "stale-evidence",
    "unknown-opla-office",
    "inconsistent-identity",
    "incomplete-case",
    "copied-letter",
    "incomplete-translation-certificate",
]
FINDING_CODES: tuple[FindingCode, ...] = get_args(FindingCode)
Severity = Literal["error", "warning", "info"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RequestType(_Strict):
    label: str  # the wording of the request is in config/templates/requests/<key>.j2


class Taxonomy(_Strict):
    request_types: dict[str, RequestType]
    equities: dict[str, str]  # key -> label, in packet order
    document_types: dict[str, str]

    def equity_order(self, equity: str) -> int:
        return list(self.equities).index(equity)


class Subject(_Strict):
    labels: list[str] = []
    dated: bool = False
    prefer: list[str] = []
    # a birth record: of the case's people it names, one born a generation after another is
    # its subject (the others are the registrant's parents)
    youngest: bool = False


class Covers(_Strict):
    by: Literal["tax_year", "period", "school_year", "since", "document_date", "none"]
    labels: list[str] = []
    # with `by: period`, when no period is written: from the date after one of these up to the
    # document's date (a landlord's letter: "has rented the apartment from us since July 1, 2015")
    since: list[str] = []
    # a record that lists its visits one to a row (a clinic's visit history): with at least
    # this many rows that begin with a date, the first and last of them bound its span, as a
    # patient under one clinic's care over those years (0: no such rows are looked for)
    rows: int = 0
    # whether rows that begin with a date count (a transcript's transactions are dated in the
    # year after its tax year: a tax record's rows are its years only)
    row_dates: bool = True


class TypeRule(_Strict):
    strong: list[str] = []
    # a letter's greeting ("To whom it may concern"): says it is a letter, not which kind
    salutation: list[str] = []
    evidence: list[str] = []
    supporting: list[str] = []
    negative: list[str] = []
    mrz: list[str] = []  # machine-readable-zone document codes that name the type ("P")
    subject: Subject = Subject()
    # a claim of case.yaml -> phrases that tell of it: when the case makes the claim and the
    # text holds one, the equity mapping's key ``tells_<claim>`` applies
    topics: dict[str, list[str]] = {}
    # a card or a passport: on a text longer than a card holds (``card_most_words``) its
    # title phrases count only where they head the page; in the prose of a notice ("a
    # Benefits Identification Card in the mail") or a court order ("passport records") they
    # name a card the paper is not
    card: bool = False
    equity: str | dict[str, str]
    covers: Covers = Covers(by="document_date")

    def equity_for(self, tags: list[str]) -> tuple[str, str]:
        """The equity and the key that chose it: the first key of the mapping found in `tags`."""
        if isinstance(self.equity, str):
            return self.equity, "equity"
        for key, equity in self.equity.items():
            if key in tags or key == "default":
                return equity, key
        return "other", "no key applied"

    def equities(self) -> set[str]:
        return {self.equity} if isinstance(self.equity, str) else set(self.equity.values())


class Weights(_Strict):
    strong: float
    supporting: float
    negative: float
    heading: float = 0.0
    evidence: float = 0.0
    salutation: float = 0.0


class Untitled(_Strict):
    """When a type with no title phrase may still win: on the weight of its evidence."""

    min_score: float
    lead: float  # ahead of the runner-up by at least this


class PeopleRules(_Strict):
    other_labels: list[str] = []
    kin_labels: list[str] = []
    honorifics: list[str] = []  # "Mrs." (a full stop: an abbreviation), "Sister", "Doña"
    # A person written right after one of these is the one accused: an arrest report about the
    # respondent is the record of a negative factor, not of a crime against them.
    accused_labels: list[str] = []


class SchoolYear(_Strict):
    starts: str  # MM-DD
    ends: str
    # a college's terms ("Fall 2014" ... "Spring 2017"): each term's first and last day, MM-DD
    terms: dict[str, tuple[str, str]] = {}


class PlaceLabels(_Strict):
    """Where the event a record registers took place (a birth): read from labelled boxes."""

    types: list[str] = []  # the document types whose place is read
    place: list[str] = []  # labels of the whole place ("Place of birth: Chicago, Illinois")
    city: list[str] = []
    county: list[str] = []
    facility: list[str] = []  # words of a hospital's name, left out of the place
    # a label followed by one of these is another thing's name ("COUNTY CLERK", "COUNTY OF")
    not_after: list[str] = []


class FieldRules(_Strict):
    name_labels: list[str] = []
    issuer_markers: list[str] = []
    document_date_labels: list[str] = []
    date_of_birth_labels: list[str] = []
    place_labels: PlaceLabels = PlaceLabels()
    school_year: SchoolYear = SchoolYear(starts="08-01", ends="06-30")


class TranslationRules(_Strict):
    """How classify pairs an original with its translation by what both say."""

    markers: list[str] = []  # a document holding one of these is a translation
    # a page headed by one of these opens a translation, whatever OCR made of the page before
    # (an original in a script OCR does not read comes out as Latin letters, "English")
    headings: list[str] = []
    min_score: float = 4.0
    kept_words_least: int = 2  # words only an original and its translation write, that count
    kept_words_most: int = 3


class Kind(_Strict):
    """A kind of document within a type, named for what it shows: the description says
    "Certificate of completion of probation", not "Court record"."""

    label: str
    phrases: list[str]  # the text holds one of these
    unless: list[str] = []  # ... and none of these ("unsatisfactorily discharged")
    dated: str = "dated"  # what its date means, as the description says it ("completed")
    date_labels: list[str] = []  # its date is the first full date after one of these


class TypeRules(_Strict):
    weights: Weights
    most_supporting: int = 4
    most_evidence: int = 3
    untitled: Untitled = Untitled(min_score=5.0, lead=2.0)
    heading_chars: int = 300
    # the most words one side of an ID card or a passport's data page holds: a longer text is
    # another paper (segment: a photo's cut-out is not a card side; classify: a card type's
    # name in its prose is no title)
    card_most_words: int = 120
    people: PeopleRules = PeopleRules()
    fields: FieldRules = FieldRules()
    translations: TranslationRules = TranslationRules()
    kinds: dict[str, list[Kind]] = {}  # by document type, the first that fits naming it
    types: dict[str, TypeRule]


class IntakeSettings(_Strict):
    max_image_pixels: int
    max_pdf_pages: int
    max_page_drawing_mb: int = 64  # a PDF page's drawing instructions, decompressed
    max_page_draws: int = 100_000  # images and forms one PDF page draws, nested ones counted
    # Files in the case folder that are not evidence (fnmatch patterns on the file's name).
    not_evidence: list[str] = []


class LimitSettings(_Strict):
    """What reading one untrusted file may cost before its worker is stopped."""

    worker_memory_mb: int = 1536  # address space of a worker and of each program it runs
    seconds_per_file: float = 120  # to open a file, count its pages and read the first
    seconds_per_page: float = 60  # more for each further page


class NormalizeSettings(_Strict):
    page_inches: tuple[float, float]
    margin_inches: float
    max_dpi: int
    jpeg_quality: int
    deskew: bool = True
    bitonal_text: bool = True
    cleanup: bool = False
    crop: bool = True
    flatten_light: bool = True


class OcrSettings(_Strict):
    languages: list[str]
    low_confidence: float = 60.0
    trust_type_at: float = 0.85
    orientation_check_below: float = 70.0
    enlarge_below: float = 75.0
    read_again_unread: float = Field(default=0.3, gt=0, le=1)


class ClassifySettings(_Strict):
    min_score: float


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {exc}") from None
    return pattern


Regex = Annotated[str, AfterValidator(_compiles)]  # a regular expression, checked on loading


class SegmentSettings(_Strict):
    """Finding the documents in the files (packet/segment.py)."""

    split: bool = True  # cut a file that holds several documents into them
    join: bool = True  # join the photos of one document's pages into it
    # Types whose page stays with the document before it: a translator's certificate follows
    # the translation it certifies.
    stays_with_previous: list[str] = []
    # A card's two sides photographed as two files (packet/segment.py): the cut-out's long side
    # over its short side, and the most words a card's side holds.
    card_aspect: tuple[float, float] = (1.48, 1.72)
    signing_roles: list[str] = []  # parties whose signature lines end a contract
    # A letter's greeting on a line of its own (folded: lower case, no accents): a page that
    # opens with one starts a new letter. "": pages are not cut at greetings.
    greeting: Regex = ""
    # A page that ends signed (a closing or a signature line among its last lines) and a page
    # that opens with a letterhead (an address or a telephone number among its first lines),
    # both matched on folded lines: the signed page ended its document. "": never.
    signed_off: Regex = ""
    letterhead: Regex = ""
    # Names of forms printed one to a page (IRS information returns): a page holding one after
    # a page holding the same one is another copy of the form, not its second page.
    one_page_forms: list[str] = []
    # Labels of the period a statement, bill or pay stub covers ("Statement period 08/01/2026 -
    # 08/31/2026"): a page of the same type stating another period is the next month's paper.
    period_labels: list[str] = []


class PacketSettings(_Strict):
    stamp: str
    draft_mark: str = "DRAFT - not ready to file"  # on every page while errors remain
    efile_max_mb: float
    tab_cut: int
    double_sided: bool
    # tab_stock: dividers on 9 x 11 in. printable tab stock, the label in the tab past the
    # 8.5 in. body; plain: on letter paper, the tab drawn inside the page's edge
    tabs: Literal["tab_stock", "plain"] = "tab_stock"


class Settings(_Strict):
    intake: IntakeSettings
    normalize: NormalizeSettings
    ocr: OcrSettings
    classify: ClassifySettings
    packet: PacketSettings
    limits: LimitSettings = LimitSettings()
    segment: SegmentSettings = SegmentSettings()


class OplaSource(_Strict):
    """Where a value of config/opla_offices.yaml came from, and the day it was read. A page
    has a `url`; a user's own source may be a letter or a call, named by its `title`."""

    title: str = Field(min_length=1)
    url: str | None = None
    read: dt.date
    read_from: str | None = None  # where the page's text was actually read, when not at `url`
    note: str | None = None


AddressLines = Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]
OfficeValue = Literal["name", "address", "mailing_address", "email", "area", "courts"]


class OplaOffice(_Strict):
    """One office on ICE's list of OPLA field locations, with the source of each value."""

    name: str = Field(min_length=1)  # as ICE writes it: "Office of the Principal Legal Advisor, X"
    field_location: str | None  # the field location it belongs to; None where ICE names none
    address: AddressLines | None = None  # street address, one list item per line
    mailing_address: AddressLines | None = None  # where ICE gives one apart from the street
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    area: str | None = None  # ICE's "Area of Responsibility", on a field location's main office
    courts: list[str] = []  # keys of `courts:` whose cases this office takes
    aliases: list[str] = []
    sources: dict[OfficeValue, str | list[str]]  # value -> key(s) of `sources:`

    @model_validator(mode="after")
    def _every_value_has_a_source(self) -> OplaOffice:
        unsourced = [v for v in get_args(OfficeValue) if getattr(self, v) and v not in self.sources]
        if unsourced:
            raise ValueError(
                f"no source for {unsourced}: say under `sources:` where each came from"
            )
        return self

    @property
    def postal_address(self) -> list[str] | None:
        """The lines to write a letter to: the mailing address where ICE gives one."""
        return self.mailing_address or self.address

    def source_keys(self) -> set[str]:
        return {k for v in self.sources.values() for k in ([v] if isinstance(v, str) else v)}


class ImmigrationCourt(_Strict):
    city: str | None = None
    state: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")


def name_key(name: str) -> str:
    """An office's name as it is compared: case, accents, spaces and punctuation dropped, so
    that "chicago", "Chicago " and "CHICAGO" are one office, and "New-York" is "New York"."""
    return "".join(words(name))


class FieldLocation(_Strict):
    aliases: list[str] = []  # other names people write for it ("NYC"); ours, not ICE's


class OplaDirectory(_Strict):
    """config/opla_offices.yaml: the OPLA field locations, their offices and the courts."""

    sources: dict[str, OplaSource]
    check_at: list[str] = Field(min_length=1)  # sources that say where to look an office up
    courts_source: str
    courts: dict[str, ImmigrationCourt]
    field_locations: dict[str, FieldLocation]
    offices: dict[str, OplaOffice]

    @model_validator(mode="after")
    def _references_resolve(self) -> OplaDirectory:
        problems = [
            f"check_at: unknown source {k!r}" for k in self.check_at if k not in self.sources
        ]
        if self.courts_source not in self.sources:
            problems.append(f"courts_source: unknown source {self.courts_source!r}")
        for key, office in self.offices.items():
            problems += [
                f"offices.{key}.sources: unknown source {s!r}"
                for s in sorted(office.source_keys() - set(self.sources))
            ]
            problems += [
                f"offices.{key}.courts: {c!r} is not under `courts:`"
                for c in office.courts
                if c not in self.courts
            ]
            if office.field_location and office.field_location not in self.field_locations:
                problems.append(
                    f"offices.{key}.field_location: {office.field_location!r} "
                    "is not under `field_locations:`"
                )
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @model_validator(mode="after")
    def _names_are_unambiguous(self) -> OplaDirectory:
        """Each name a case.yaml may write means one thing. A field location and its main
        office share their name on purpose: the field location is looked up first."""
        seen: dict[str, str] = {}
        named = [(k, f"field location {k!r}") for k in self.field_locations]
        named += [
            (a, f"field location {k!r}") for k, f in self.field_locations.items() for a in f.aliases
        ]
        named += [(k, f"office {k!r}") for k in self.offices if k not in self.field_locations]
        named += [(a, f"office {k!r}") for k, o in self.offices.items() for a in o.aliases]
        for name, what in named:
            other = seen.setdefault(name_key(name), what)
            if other != what:
                raise ValueError(f"the name {name!r} means both {other} and {what}")
        return self


class ClaimRule(_Strict):
    """One thing a claim needs (config/requirements.yaml, `claims:`)."""

    types: list[str]
    match: Literal["person", "names", "any"] = "any"
    when: dict[str, list[str]] = {}
    missing: str
    add: str


class RequestRule(_Strict):
    """A case.yaml key a request type needs (config/requirements.yaml, `request_types:`)."""

    key: str
    equals: Any = None
    missing: str
    add: str


class IdentityRequirement(_Strict):
    types: list[str]


class ResidenceRequirement(_Strict):
    gap_months: int = Field(ge=1)
    period_types: list[str] = []
    from_abroad: list[str] = []


class CertificateContents(_Strict):
    """What a translator's certificate must hold (ICPM 3.3(a), 8 C.F.R. 1003.33): phrases are
    matched in its folded text, the rest are regular expressions over it."""

    competence: list[str] = Field(min_length=1)  # "competent to translate"
    accuracy: list[str] = Field(min_length=1)  # "true and accurate"
    # the same statement worded otherwise ("a true, correct and complete translation")
    accuracy_wording: Regex | None = None
    address: Regex  # a street address or a ZIP code
    telephone: Regex
    blank_signature: Regex  # a signature line with nothing on it (asked of typed pages only)


class TranslationRequirement(_Strict):
    certificate_phrases: list[str] = Field(min_length=1)
    # a translator's line that names them without certifying anything ("Translated by: ..."):
    # a certificate that lacks its statements, not a translation without one
    attribution_phrases: list[str] = []
    # None: certificates are not read for what they hold (no incomplete-translation-certificate)
    certificate_must_hold: CertificateContents | None = None


class DispositionFact(_Strict):
    """A fact a disposition or certificate states, as the letter puts it: `says` is written
    when `pattern` (a regular expression over the folded text) matches; {1} is its first group."""

    pattern: Regex
    says: str


class NegativeFactorRequirement(_Strict):
    disposition_types: list[str]
    letter_types: list[str]
    shows: list[DispositionFact] = []  # what the letter says a disposition shows, in order


class DuplicateRule(_Strict):
    min_similarity: float = Field(gt=0, le=1)
    min_words: int = Field(ge=1)
    max_misreads: int = Field(default=2, ge=0)
    max_misread_share: float = Field(default=0.0, ge=0, le=1)


class ConsistencyRule(_Strict):
    """Which documents' A-numbers, names and dates of birth are held against case.yaml's."""

    a_number_types: list[str]
    a_number_types_about_respondent: list[str] = []
    name_types: list[str]


class CopiedLetterRule(_Strict):
    types: list[str]
    min_similarity: float = Field(gt=0, le=1)
    min_words: int = Field(ge=1)


class Requirements(_Strict):
    severity: dict[FindingCode, Severity]
    identity: IdentityRequirement
    claims: dict[str, list[ClaimRule]]
    request_types: dict[str, list[RequestRule]] = {}
    filing_paperwork: list[str] = []
    residence: ResidenceRequirement
    translation: TranslationRequirement
    negative_factors: NegativeFactorRequirement
    duplicates: DuplicateRule
    consistency: ConsistencyRule
    copied_letters: CopiedLetterRule

    @model_validator(mode="after")
    def _every_code_has_a_severity(self) -> Requirements:
        missing = set(FINDING_CODES) - set(self.severity)
        if missing:
            raise ValueError(f"requirements.yaml: severity: no severity for {sorted(missing)}")
        return self

    def document_types(self) -> set[str]:
        """Every document type named anywhere in the requirements, to check against the taxonomy."""
        named = set(self.identity.types) | set(self.filing_paperwork)
        named |= set(self.residence.period_types) | set(self.residence.from_abroad)
        named |= set(self.negative_factors.disposition_types)
        named |= set(self.negative_factors.letter_types)
        named |= set(self.consistency.a_number_types) | set(self.consistency.name_types)
        named |= set(self.copied_letters.types)
        for rules in self.claims.values():
            for rule in rules:
                named |= set(rule.types)
        return named


class Language(_Strict):
    name: str  # as letters and findings write it: "Spanish"
    day_first: bool = False  # its numeric dates: 03/04/2011 is April 3
    # how surely the model must tell the language to claim a text (packet/text/language.py);
    # below it, the text is read as if the language were not listed. None: as any other
    min_probability: float | None = Field(default=None, ge=0, le=1)


class Languages(_Strict):
    """config/languages.yaml: the languages a document's text is told apart by."""

    default: str
    min_letters: int = Field(ge=0)
    min_probability: float = Field(ge=0, le=1)
    # below min_probability for every language, a text the default is given less than this is
    # still not in the default language (Latin-letter noise OCR made of another script)
    unlike_default: float = Field(default=0.0, ge=0, le=1)
    bilingual_share: float = Field(gt=0, le=1)
    bilingual_labels: int = Field(ge=1)
    zone_bilingual_labels: int = Field(ge=1)  # the same, on a text with a checked MRZ
    # a travel document's English captions (ICAO 9303): on one, such a side is English
    travel_captions: list[str] = []
    page_min_letters: int = Field(default=150, ge=0)
    page_min_probability: float = Field(default=0.5, ge=0, le=1)
    languages: dict[str, Language]

    @model_validator(mode="after")
    def _default_is_listed(self) -> Languages:
        if self.default not in self.languages:
            raise ValueError(f"languages.yaml: default {self.default!r} is not under languages:")
        return self

    def name(self, code: str) -> str | None:
        language = self.languages.get(code)
        return language.name if language else None


class Config(_Strict):
    directory: Path
    taxonomy: Taxonomy
    rules: TypeRules
    settings: Settings
    requirements: Requirements
    opla_offices: OplaDirectory
    languages: Languages

    @model_validator(mode="after")
    def _rules_use_known_keys(self) -> Config:
        for key, rule in self.rules.types.items():
            if key not in self.taxonomy.document_types:
                raise ValueError(f"document_types.yaml: unknown document type {key!r}")
            unknown = rule.equities() - set(self.taxonomy.equities)
            if unknown:
                raise ValueError(f"document_types.yaml: {key}: unknown equity {sorted(unknown)}")
        unknown = self.requirements.document_types() - set(self.taxonomy.document_types)
        if unknown:
            raise ValueError(f"requirements.yaml: unknown document types {sorted(unknown)}")
        unknown = set(self.requirements.request_types) - set(self.taxonomy.request_types)
        if unknown:
            raise ValueError(f"requirements.yaml: request_types: unknown {sorted(unknown)}")
        return self

    @property
    def templates(self) -> Path:
        return self.directory / "templates"


def bundled_config_dir() -> Path:
    """The config/ that comes with the package.

    An installed wheel carries it inside the package (packet/_config/, see pyproject.toml); an
    editable install or a checkout reads the repository's own config/ beside packet/.
    """
    package = Path(str(resources.files("packet")))
    for candidate in (package / "_config", package.parent / "config"):
        if (candidate / "settings.yaml").is_file():
            return candidate
    raise ConfigError(
        f"{package}: this installation carries no config/ folder (rules, templates, settings); "
        "reinstall evidence-packet, or set PACKET_CONFIG_DIR to a copy of config/."
    )


def config_dir() -> Path:
    """PACKET_CONFIG_DIR when set (e.g. a copy from `packet config export`), else the bundled."""
    chosen = os.environ.get(CONFIG_DIR_ENV)
    return Path(chosen) if chosen else bundled_config_dir()


def export_config(target: Path, force: bool = False) -> int:
    """Copy the configuration in use into ``target`` (user-writable), for a person to edit and
    point PACKET_CONFIG_DIR at. Refuses to overwrite files there unless ``force``. Returns the
    number of files copied."""
    source = config_dir()
    files = sorted(p for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    clashes = [f for f in files if (target / f.relative_to(source)).exists()]
    if clashes and not force:
        raise UsageError(
            f"{target} already holds {clashes[0].relative_to(source)} (and "
            f"{len(clashes) - 1} more); choose an empty folder, or add --force to overwrite them."
        )
    for file in files:
        copy = target / file.relative_to(source)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(file, copy)
        copy.chmod(copy.stat().st_mode | stat.S_IWUSR)
    return len(files)


def user_opla_offices_file() -> Path:
    """The user's own OPLA offices, merged over config/opla_offices.yaml (docs/opla-offices.md).
    It lives outside the installed package, so an upgrade never overwrites it."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / USER_CONFIG_FOLDER / OPLA_OFFICES_FILE


# libyaml's parser when PyYAML has it: ten times faster on the rules, and every command reads them.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Even so, PyYAML builds every value in Python (~60 ms for config/'s files, most of a warm
# check's own work), against ~3 ms to load the same data as JSON: a command given a cache
# folder keeps each file's data there by the SHA-256 of its text (packet/memo.py).
CONFIG_MEMO = "config.json"
CONFIG_MEMO_LIMIT = 40  # files' data kept: config/'s seven, as edited a few times


def _read_yaml(path: Path, memo: Memo | None = None) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        hint = (
            f" {CONFIG_DIR_ENV} points at {path.parent}: copy the missing file from "
            "`packet config export`, or unset the variable to use the bundled config."
            if os.environ.get(CONFIG_DIR_ENV)
            else ""
        )
        raise ConfigError(f"{path}: missing configuration file.{hint}") from None
    key = content_key(text) if memo is not None else ""
    if memo is not None and (known := memo.get(key)) is not None:
        return known
    try:
        data = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    if memo is not None and data is not None and _same_as_json(data):
        memo.put(key, data)
    return data


def _same_as_json(data: Any) -> bool:
    """Whether JSON keeps the data as it is: YAML's dates and number keys it would not."""
    try:
        return bool(json.loads(json.dumps(data)) == data)
    except (TypeError, ValueError):
        return False


def load_config(directory: Path | None = None, cache_dir: Path | None = None) -> Config:
    """config/ (or ``directory``) with the user's OPLA offices merged over it; with
    ``cache_dir``, its files' data are remembered there (they are read again when changed)."""
    return _load_config(directory or config_dir(), user_opla_offices_file(), cache_dir)


@cache
def _load_config(directory: Path, user_offices: Path, cache_dir: Path | None) -> Config:
    memo = (
        Memo(cache_dir / CONFIG_MEMO, fingerprint(yaml=yaml.__version__), limit=CONFIG_MEMO_LIMIT)
        if cache_dir
        else None
    )
    try:
        config = Config(
            directory=directory,
            taxonomy=_read_yaml(directory / "taxonomy.yaml", memo),
            rules=_read_yaml(directory / "document_types.yaml", memo),
            settings=_read_yaml(directory / "settings.yaml", memo),
            requirements=_read_yaml(directory / "requirements.yaml", memo),
            opla_offices=_opla_offices(directory / OPLA_OFFICES_FILE, user_offices, memo),
            languages=_read_yaml(directory / "languages.yaml", memo),
        )
    except ValidationError as exc:
        raise ConfigError(f"{directory}: invalid configuration:\n{exc}") from None
    if memo is not None:
        memo.save()  # only a configuration that loads: a mistake is read, and named, each time
    return config


def _opla_offices(packaged: Path, user: Path, memo: Memo | None = None) -> OplaDirectory:
    """The packaged directory with the user's own file merged over it. A mistake names the
    file it is in: the user's, when there is one (the packaged file is tested)."""
    data, source = _read_yaml(packaged, memo), packaged
    if user.is_file():
        override = _read_yaml(user, memo) or {}
        if not isinstance(override, dict):
            raise ConfigError(f"{user}: expected keys such as `offices:` and `sources:`.")
        data, source = merge_opla_offices(data, override), user
    try:
        return OplaDirectory.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{source}: invalid OPLA offices:\n{exc}") from None


def merge_opla_offices(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """`override` over `base`: sources, courts and field locations replace those of the same
    key; an office's values replace those it names and keep the rest (its `sources` too), so
    adding a mailbox takes two lines. A value set to null removes it."""
    merged = {**base}
    for table in ("sources", "courts", "field_locations"):
        merged[table] = {**base.get(table, {}), **(override.get(table) or {})}
    for key in ("check_at", "courts_source"):
        if key in override:
            merged[key] = override[key]
    offices = dict(base.get("offices", {}))
    for key, values in (override.get("offices") or {}).items():
        old = offices.get(key) or {}
        if isinstance(values, dict) and isinstance(old, dict):
            sources = {**old.get("sources", {}), **(values.get("sources") or {})}
            values = {**old, **values, "sources": sources}
        offices[key] = values
    merged["offices"] = offices
    return merged
