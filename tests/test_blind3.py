"""The third blind corpus (bench/blind3/) holds what its truth says: every document's file is in
its case folder, page ranges tile each file of several documents, photos joined as one document
exist, zones have valid check digits, every case.yaml loads, and the truth names only people,
taxonomy keys and finding codes the contract knows. No OCR: the corpus is written once."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from bench.blind3 import cases as blind3
from packet.case import load_case
from packet.config import FINDING_CODES, load_config
from tests.realistic import mrz
from tests.realistic.model import residence_gaps, truth_path

REPO = Path(__file__).resolve().parent.parent
TAXONOMY = yaml.safe_load((REPO / "config" / "taxonomy.yaml").read_text(encoding="utf-8"))


def _options(value: str | list[str] | None) -> list:
    return value if isinstance(value, list) else [value]


def _truth(corpus: Path, key: str) -> dict:
    return json.loads(truth_path(corpus, key).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("blind3")
    blind3.write_corpus(root)
    return root


@pytest.mark.parametrize("key", list(blind3.CASES))
def test_every_document_of_the_truth_is_in_its_case_folder(corpus: Path, key: str) -> None:
    folder = corpus / key
    truth = _truth(corpus, key)
    assert truth["corpus"] == "blind3" and 10 <= len(truth["documents"]) <= 13
    ranges: dict[str, list[list[int]]] = {}
    for document in truth["documents"]:
        for name in [document["file"], *(document.get("more_files") or [])]:
            assert (folder / name).is_file(), f"{key}: {name} is not in the folder"
        if document.get("pages"):
            ranges.setdefault(document["file"], []).append(document["pages"])
    for name, spans in ranges.items():  # a copier's PDF holds its documents, one after another
        pages = len(PdfReader(folder / name).pages)
        assert 2 <= len(spans) <= 4, f"{name}: a copier stack of {len(spans)} documents"
        assert [s[0] for s in spans] == [1, *[s[1] + 1 for s in spans[:-1]]], name
        assert spans[-1][1] == pages, f"{name}: {pages} pages, the truth covers {spans[-1][1]}"
    for photo in truth["photos"]:
        assert (folder / photo).is_file()
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    named = {n for d in truth["documents"] for n in [d["file"], *(d.get("more_files") or [])]}
    assert on_disk - {"case.yaml"} == named, "a file in the folder that the truth does not list"


@pytest.mark.parametrize("key", list(blind3.CASES))
def test_case_yaml_loads_and_the_truth_speaks_the_contract(corpus: Path, key: str) -> None:
    case = load_case(corpus / key, load_config())
    claims = case.claims
    people = {case.respondent.name, *(c.name for c in claims.children)}
    if claims.caretaker:
        people.add(claims.caretaker.person)
    if claims.medical and claims.medical.person != "self":
        people.add(claims.medical.person)
    truth = _truth(corpus, key)
    for document in truth["documents"]:
        label = f"{key}: {document['file']}"
        assert set(_options(document["type"])) <= set(TAXONOMY["document_types"]), label
        assert set(_options(document["equity"])) <= set(TAXONOMY["equities"]), label
        assert set(_options(document["about"])) <= people, label
        if document.get("mrz"):
            assert mrz.valid(tuple(document["mrz"])), label
    for finding in truth["findings"] + truth["allowed_findings"]:
        assert finding["code"] in FINDING_CODES, finding


def test_the_corpus_has_what_offices_receive(corpus: Path) -> None:
    """Across the cases: four copier stacks or more (one holding a two-page document), a
    document photographed page by page, a card a quarter turn off, a bilingual passport,
    passports with valid zones, Spanish originals, deliberate true findings, under 20 MB."""
    docs, photos, findings = [], {}, []
    for key in blind3.CASES:
        truth = _truth(corpus, key)
        docs += truth["documents"]
        photos |= truth["photos"]
        findings += truth["findings"]
    assert 45 <= len(docs) <= 52
    stacks = {d["file"] for d in docs if d.get("pages")}
    assert len(stacks) >= 4
    assert any(d.get("pages") and d["pages"][1] > d["pages"][0] for d in docs)
    assert any(2 <= len(d.get("more_files") or []) + 1 <= 3 for d in docs)
    assert any(p["turn"] in (90, 270) for p in photos.values())
    passports = [d for d in docs if d["type"] == "passport"]
    assert len(passports) == 4 and all(mrz.valid(tuple(d["mrz"])) for d in passports)
    assert any(isinstance(d["language"], list) for d in passports)
    assert sum(d["language"] == "es" for d in docs) >= 3
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}
    size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    assert size < 20_000_000


@pytest.mark.parametrize("key", list(blind3.CASES))
def test_the_claims_are_borne_out_unless_the_truth_expects_the_finding(
    corpus: Path, key: str
) -> None:
    """A correct build raises only what the truth expects or allows: each claim has its
    document, what is foreign is translated, a representative has a G-28, a negative factor
    is disclosed with its disposition, and a claimed residence the truth expects no gap in is
    covered by dated evidence about the respondent."""
    truth = _truth(corpus, key)
    case = yaml.safe_load((corpus / key / "case.yaml").read_text(encoding="utf-8"))
    docs, claims = truth["documents"], case["claims"]
    respondent = case["respondent"]["name"]
    listed = {(f["code"], f.get("claim")) for f in truth["findings"] + truth["allowed_findings"]}

    def has(doc_type: str, about: str) -> bool:
        return any(doc_type in _options(d["type"]) and about in _options(d["about"]) for d in docs)

    for child in claims.get("children", []):
        assert has("birth_certificate", child["name"]), child["name"]
    assert has("passport", respondent)
    assert has("g28", respondent) == ("representative" in case)
    if "caretaker" in claims:
        assert has("medical_record", claims["caretaker"]["person"])
    if "medical" in claims:
        patient = claims["medical"]["person"]
        assert has("medical_record", respondent if patient == "self" else patient)
    if claims.get("crime_victim"):
        assert has("police_report", respondent)
    if claims.get("law_enforcement_cooperation"):
        assert has("u_visa_certification", respondent)
    for factor in case.get("negative_factors", []):
        assert factor.get("disposition") and has("court_record", respondent), factor
    if "residence_since" in claims and ("residence-gap", "residence_since") not in listed:
        stretches = [
            tuple(dt.date.fromisoformat(x) for x in d["proves"])
            for d in docs
            if d.get("proves") and respondent in _options(d["about"])
        ]
        since = dt.date.fromisoformat(str(claims["residence_since"]))
        assert residence_gaps(since, blind3.AS_OF, stretches) == []
    untranslated = {f["file"] for f in truth["findings"] if f["code"] == "untranslated-document"}
    for d in docs:
        if "en" in _options(d["language"]) or d["file"] in untranslated:
            continue
        assert any(
            "certificate_of_translation" in _options(t["type"]) and t["about"] == d["about"]
            for t in docs
        ), f"{d['file']} is in {d['language']} and not translated"
