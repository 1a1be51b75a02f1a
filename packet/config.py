"""The one place that reads config/: taxonomy keys, document-type rules, settings, OPLA offices.

Everything here is data the user may edit; it is validated on load so that a typo in a rules
file is reported with the file's name instead of surfacing as a wrong classification.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from packet.errors import ConfigError

CONFIG_DIR_ENV = "PACKET_CONFIG_DIR"
_REPO_CONFIG = Path(__file__).resolve().parent.parent / "config"

# The finding codes of DESIGN.md: a fixed contract, so a typo in requirements.yaml is refused.
FINDING_CODES = (
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
)
FindingCode = Literal[FINDING_CODES]


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


class Covers(_Strict):
    by: Literal["tax_year", "period", "school_year", "since", "document_date", "none"]
    labels: list[str] = []


class TypeRule(_Strict):
    strong: list[str] = []
    supporting: list[str] = []
    negative: list[str] = []
    subject: Subject = Subject()
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


class PeopleRules(_Strict):
    other_labels: list[str] = []


class SchoolYear(_Strict):
    starts: str  # MM-DD
    ends: str


class FieldRules(_Strict):
    name_labels: list[str] = []
    issuer_markers: list[str] = []
    document_date_labels: list[str] = []
    date_of_birth_labels: list[str] = []
    school_year: SchoolYear = SchoolYear(starts="08-01", ends="06-30")


class TypeRules(_Strict):
    weights: Weights
    most_supporting: int = 4
    heading_chars: int = 300
    people: PeopleRules = PeopleRules()
    fields: FieldRules = FieldRules()
    types: dict[str, TypeRule]


class IntakeSettings(_Strict):
    max_image_pixels: int
    max_pdf_pages: int
    max_page_drawing_mb: int = 64  # a PDF page's drawing instructions, decompressed
    max_page_draws: int = 100_000  # images and forms one PDF page draws, nested ones counted


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


class OcrSettings(_Strict):
    languages: list[str]
    low_confidence: float = 60.0
    orientation_check_below: float = 70.0


class ClassifySettings(_Strict):
    min_score: float


class PacketSettings(_Strict):
    stamp: str
    efile_max_mb: float
    tab_cut: int
    double_sided: bool


class Settings(_Strict):
    intake: IntakeSettings
    normalize: NormalizeSettings
    ocr: OcrSettings
    classify: ClassifySettings
    packet: PacketSettings
    limits: LimitSettings = LimitSettings()


class OplaOffice(_Strict):
    name: str
    street: str | None = None
    city: str | None = None
    email: str | None = None


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


class TranslationRequirement(_Strict):
    certificate_phrases: list[str] = Field(min_length=1)


class NegativeFactorRequirement(_Strict):
    disposition_types: list[str]
    letter_types: list[str]


class DuplicateRule(_Strict):
    min_similarity: float = Field(gt=0, le=1)
    min_words: int = Field(ge=1)


class Requirements(_Strict):
    severity: dict[FindingCode, Literal["error", "warning", "info"]]
    identity: IdentityRequirement
    claims: dict[str, list[ClaimRule]]
    request_types: dict[str, list[RequestRule]] = {}
    filing_paperwork: list[str] = []
    residence: ResidenceRequirement
    translation: TranslationRequirement
    negative_factors: NegativeFactorRequirement
    duplicates: DuplicateRule

    @model_validator(mode="after")
    def _every_code_has_a_severity(self) -> Requirements:
        missing = set(FINDING_CODES) - set(self.severity)
        if missing:
            raise ValueError(f"requirements.yaml: severity: no severity for {sorted(missing)}")
        return self

    def document_types(self) -> set[str]:
        """Every document type named anywhere in the requirements, to check against the taxonomy."""
        named = set(self.identity.types) | set(self.filing_paperwork)
        named |= set(self.residence.period_types)
        named |= set(self.negative_factors.disposition_types)
        named |= set(self.negative_factors.letter_types)
        for rules in self.claims.values():
            for rule in rules:
                named |= set(rule.types)
        return named


class Config(_Strict):
    directory: Path
    taxonomy: Taxonomy
    rules: TypeRules
    settings: Settings
    requirements: Requirements
    opla_offices: dict[str, OplaOffice]

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


def config_dir() -> Path:
    return Path(os.environ.get(CONFIG_DIR_ENV) or _REPO_CONFIG)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: missing configuration file.") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None


@cache
def load_config(directory: Path | None = None) -> Config:
    directory = directory or config_dir()
    try:
        return Config(
            directory=directory,
            taxonomy=_read_yaml(directory / "taxonomy.yaml"),
            rules=_read_yaml(directory / "document_types.yaml"),
            settings=_read_yaml(directory / "settings.yaml"),
            requirements=_read_yaml(directory / "requirements.yaml"),
            opla_offices=_read_yaml(directory / "opla_offices.yaml"),
        )
    except ValidationError as exc:
        raise ConfigError(f"{directory}: invalid configuration:\n{exc}") from None
