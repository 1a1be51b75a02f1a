"""The later blind corpora (bench/blind2/, bench/blind3/, bench/blind4/) hold what their truth
says: every document's file is in its case folder, page ranges tile each file of several
documents, photos joined as one document exist, zones have valid check digits, every case.yaml
loads, the truth names only people, taxonomy keys and finding codes the contract knows, and a
correct build has nothing to find but what the truth lists. No OCR: each corpus is written
once."""

from __future__ import annotations

import datetime as dt
import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from bench.blind2 import cases as blind2
from bench.blind3 import cases as blind3
from bench.blind4 import cases as blind4
from bench.blind5 import cases as blind5
from bench.blind6 import cases as blind6
from bench.blind7 import cases as blind7
from bench.blind8 import cases as blind8
from bench.blind9 import cases as blind9
from bench.blind10 import cases as blind10
from bench.blind11 import cases as blind11
from bench.blind12 import cases as blind12
from bench.blind13 import cases as blind13
from bench.blind14 import cases as blind14
from bench.blind15 import cases as blind15
from bench.blind16 import cases as blind16
from bench.blind17 import cases as blind17
from bench.blind18 import cases as blind18
from bench.blind19 import cases as blind19
from bench.blind20 import cases as blind20
from bench.blind21 import cases as blind21
from bench.blind22 import cases as blind22
from bench.blind23 import cases as blind23
from packet.case import load_case
from packet.config import FINDING_CODES, load_config
from tests.realistic import mrz
from tests.realistic.model import residence_gaps, truth_path

REPO = Path(__file__).resolve().parent.parent
TAXONOMY = yaml.safe_load((REPO / "config" / "taxonomy.yaml").read_text(encoding="utf-8"))


def _options(value: str | list[str] | None) -> list:
    return value if isinstance(value, list) else [value]


CORPORA = {
    "blind2": blind2,
    "blind3": blind3,
    "blind4": blind4,
    "blind5": blind5,
    "blind6": blind6,
    "blind7": blind7,
    "blind8": blind8,
    "blind9": blind9,
    "blind10": blind10,
    "blind11": blind11,
    "blind12": blind12,
    "blind13": blind13,
    "blind14": blind14,
    "blind15": blind15,
    "blind16": blind16,
    "blind17": blind17,
    "blind18": blind18,
    "blind19": blind19,
    "blind20": blind20,
    "blind21": blind21,
    "blind22": blind22,
    "blind23": blind23,
}
CASES = [(name, key) for name, corpus in CORPORA.items() for key in corpus.CASES]


def _truth(corpus: Path, key: str) -> dict:
    return json.loads(truth_path(corpus, key).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    roots = {name: tmp_path_factory.mktemp(name) for name in CORPORA}
    # drawing fifteen corpora's pages is most of this file's time: on every core
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(_write_corpus, roots, roots.values()))
    return roots


def _write_corpus(name: str, root: Path) -> None:
    CORPORA[name].write_corpus(root)


@pytest.mark.parametrize(("name", "key"), CASES)
def test_every_document_of_the_truth_is_in_its_case_folder(
    corpora: dict[str, Path], name: str, key: str
) -> None:
    corpus = corpora[name]
    folder = corpus / key
    truth = _truth(corpus, key)
    assert truth["corpus"] == name and 10 <= len(truth["documents"]) <= 13
    ranges: dict[str, list[list[int]]] = {}
    for document in truth["documents"]:
        for name in [document["file"], *(document.get("more_files") or [])]:
            assert (folder / name).is_file(), f"{key}: {name} is not in the folder"
        if document.get("pages"):
            ranges.setdefault(document["file"], []).append(document["pages"])
    for file, spans in ranges.items():  # a copier's PDF holds its documents, one after another
        pages = len(PdfReader(folder / file).pages)
        assert 2 <= len(spans) <= 4, f"{file}: a copier stack of {len(spans)} documents"
        assert [s[0] for s in spans] == [1, *[s[1] + 1 for s in spans[:-1]]], file
        assert spans[-1][1] == pages, f"{file}: {pages} pages, the truth covers {spans[-1][1]}"
    for photo in truth["photos"]:
        assert (folder / photo).is_file()
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    named = {n for d in truth["documents"] for n in [d["file"], *(d.get("more_files") or [])]}
    assert on_disk - {"case.yaml"} == named, "a file in the folder that the truth does not list"


@pytest.mark.parametrize(("name", "key"), CASES)
def test_case_yaml_loads_and_the_truth_speaks_the_contract(
    corpora: dict[str, Path], name: str, key: str
) -> None:
    corpus = corpora[name]
    case = load_case(corpus / key, load_config())
    claims = case.claims
    people = {case.respondent.name, *(c.name for c in claims.children)}
    if claims.caretaker:
        people.add(claims.caretaker.person)
    if claims.medical and claims.medical.person != "self":
        people.add(claims.medical.person)
    if getattr(claims, "spouse", None):  # a spouse's own papers are about the spouse
        people.add(claims.spouse.name)
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


def _gathered(corpus: Path, cases: list[str]) -> tuple[list, dict, list]:
    docs, photos, findings = [], {}, []
    for key in cases:
        truth = _truth(corpus, key)
        docs += truth["documents"]
        photos |= truth["photos"]
        findings += truth["findings"]
    return docs, photos, findings


def _copier_stacks(docs: list[dict], of_one_kind: int = 1) -> dict[str, list[dict]]:
    """The corpus's copier PDFs of several documents (file -> its documents), checked to be
    as offices receive them: four or more, ``of_one_kind`` holding papers of one type, one
    mixed, one holding a document of several pages."""
    stacks: dict[str, list[dict]] = {}
    for d in docs:
        if d.get("pages"):
            stacks.setdefault(d["file"], []).append(d)
    kinds = [len({str(d["type"]) for d in held}) for held in stacks.values()]
    assert len(stacks) >= 4
    assert sum(k == 1 for k in kinds) >= of_one_kind and any(k > 1 for k in kinds)
    assert any(d["pages"][1] > d["pages"][0] for held in stacks.values() for d in held)
    return stacks


def _passports_with_zones(docs: list[dict]) -> list[dict]:
    """The corpus's four passports, each with a machine-readable zone whose check digits hold."""
    passports = [d for d in docs if d["type"] == "passport"]
    assert len(passports) == 4 and all(mrz.valid(tuple(d["mrz"])) for d in passports)
    return passports


@pytest.mark.parametrize("name", list(CORPORA))
def test_each_corpus_stays_small(corpora: dict[str, Path], name: str) -> None:
    size = sum(p.stat().st_size for p in corpora[name].rglob("*") if p.is_file())
    assert size < 20_000_000


def test_blind2_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: copier stacks, page-by-page photos, cards in a landscape frame a
    quarter turn off, a bilingual passport, Spanish originals, deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind2"], list(blind2.CASES))
    assert len({d["file"] for d in docs if d.get("pages")}) >= 2
    assert any(d.get("more_files") for d in docs)
    assert any(p["turn"] in (90, 270) for p in photos.values())
    assert any(d["type"] == "passport" and isinstance(d["language"], list) for d in docs)
    assert sum(d["language"] == "es" for d in docs) >= 3
    assert {"untranslated-document", "incomplete-translation-certificate"} <= {
        f["code"] for f in findings
    }


def test_blind3_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: four copier stacks or more (one holding a two-page document), a
    document photographed page by page, a card a quarter turn off, a bilingual passport,
    passports with valid zones, Spanish originals, deliberate true findings."""
    corpus = corpora["blind3"]
    docs, photos, findings = _gathered(corpus, list(blind3.CASES))
    assert 45 <= len(docs) <= 52
    stacks = {d["file"] for d in docs if d.get("pages")}
    assert len(stacks) >= 4
    assert any(d.get("pages") and d["pages"][1] > d["pages"][0] for d in docs)
    assert any(2 <= len(d.get("more_files") or []) + 1 <= 3 for d in docs)
    assert any(p["turn"] in (90, 270) for p in photos.values())
    passports = _passports_with_zones(docs)
    assert any(isinstance(d["language"], list) for d in passports)
    assert sum(d["language"] == "es" for d in docs) >= 3
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind4_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: four copier stacks or more (two of one kind, one holding a two-page
    document), documents photographed page by page, cards a quarter turn off, bilingual
    passports with valid zones, French and Spanish originals, a work permit, a crime victim's
    police report and certification, a DUI disposition, a hearing notice, deliberate true
    findings."""
    corpus = corpora["blind4"]
    docs, photos, findings = _gathered(corpus, list(blind4.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs)
    assert sum(2 <= len(d.get("more_files") or []) + 1 <= 3 for d in docs) >= 2
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 2
    passports = _passports_with_zones(docs)
    assert all(isinstance(d["language"], list) for d in passports)
    assert {"fr", "es"} <= {d["language"] for d in docs if isinstance(d["language"], str)}
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "identity_document",
        "police_report",
        "u_visa_certification",
        "court_record",
        "medical_record",
        "residence_record",
        "employment_letter",
        "diploma",
    } <= types
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind5_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: four copier stacks or more (some of one kind, some mixed, one holding a
    two-page document), documents photographed page by page, a card a quarter turn off,
    passports with valid zones (one bilingual), Spanish and French civil records, boxed birth
    certificates of the four states, a work permit, IRS records, a crime victim's papers, a DUI
    judgment, a hearing notice and a declined request, and deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind5"], list(blind5.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs)
    assert sum(2 <= len(d.get("more_files") or []) + 1 <= 3 for d in docs) >= 2
    assert any(p["turn"] in (90, 270) for p in photos.values())
    passports = _passports_with_zones(docs)
    assert any(isinstance(d["language"], list) for d in passports)
    assert {"fr", "es"} <= {d["language"] for d in docs if isinstance(d["language"], str)}
    labels = {d["label"] for d in docs}
    assert {f"{s}_birth_certificate" for s in ("ct", "oh", "ne", "nc")} <= labels
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "identity_document",
        "tax_record",
        "pay_record",
        "residence_record",
        "police_report",
        "u_visa_certification",
        "court_record",
        "medical_record",
        "employment_letter",
        "letter_of_support",
        "diploma",
    } <= types
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind6_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: four copier stacks or more (some of one kind, some mixed, one holding
    a two-page document), a document photographed page by page, cards a quarter turn off,
    bilingual passports with valid zones, Vietnamese, Spanish and Ukrainian originals, a work
    permit, a crime victim's report and certification, a DUI disposition, a hearing notice,
    deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind6"], list(blind6.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs)
    assert any(2 <= len(d.get("more_files") or []) + 1 <= 3 for d in docs)
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 2
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) >= 2
    assert {"vi", "es", "uk"} <= {d["language"] for d in docs if isinstance(d["language"], str)}
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "identity_document",
        "police_report",
        "u_visa_certification",
        "court_record",
        "medical_record",
        "residence_record",
        "employment_letter",
        "diploma",
        "pay_record",
        "tax_record",
    } <= types
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind8_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: four copier stacks or more (some of one kind, some mixed, one holding
    a two-page document), a police report photographed page by page, a passport and a work
    permit a quarter turn off, bilingual passports with valid zones, French and Spanish
    originals, a caregiver's doctor letter, a protection order, a Supplement B, a disposition,
    a prior denial and a hearing notice, deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind8"], list(blind8.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs)
    assert any(2 <= len(d.get("more_files") or []) + 1 <= 3 for d in docs)
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 2
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) >= 2
    assert {"fr", "es"} <= {d["language"] for d in docs if isinstance(d["language"], str)}
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "identity_document",
        "police_report",
        "protective_order",
        "u_visa_certification",
        "court_record",
        "medical_record",
        "residence_record",
        "employment_letter",
        "diploma",
        "pay_record",
        "tax_record",
        "school_record",
        "certificate_of_translation",
    } <= types
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind7_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: four copier stacks or more (some of one kind, some mixed, one holding
    a two-page document), a lease photographed page by page, cards a quarter turn off, bilingual
    passports with valid zones, Spanish, French and Portuguese originals, a work permit, IRS
    forms of four kinds, a caregiver's doctor letter, a crime victim's report and certification,
    a court disposition, a hearing notice and a denial, deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind7"], list(blind7.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs)
    assert any(2 <= len(d.get("more_files") or []) + 1 <= 3 for d in docs)
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 2
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) >= 2
    assert {"es", "fr", "pt"} <= {d["language"] for d in docs if isinstance(d["language"], str)}
    labels = {d["label"] for d in docs}
    assert {"w2_2024", "irs_account_2025", "form_1040_2024", "form_1099_nec_2025"} <= labels
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "identity_document",
        "police_report",
        "u_visa_certification",
        "court_record",
        "medical_record",
        "residence_record",
        "employment_letter",
        "diploma",
        "pay_record",
        "tax_record",
        "school_record",
        "certificate_of_translation",
    } <= types
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind9_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: four copier stacks or more (two W-2s, two power bills, two birth
    certificates, three pay stubs, and mixed ones, one holding two-page papers), a lease
    photographed page by page, cards a quarter turn off, four passports with valid zones (two
    bilingual), Spanish and Portuguese originals, a Supplement B, a disposition, a prior
    denial, deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind9"], list(blind9.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs, of_one_kind=3)
    assert any(len(d.get("more_files") or []) == 2 for d in docs)
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 3
    assert all(1200 <= max(p["size"]) <= 2000 for p in photos.values())
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) == 2
    assert {"es", "pt"} <= {d["language"] for d in docs if isinstance(d["language"], str)}
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "identity_document",
        "police_report",
        "u_visa_certification",
        "court_record",
        "medical_record",
        "residence_record",
        "employment_letter",
        "diploma",
        "pay_record",
        "tax_record",
        "school_record",
        "certificate_of_translation",
        "g28",
    } <= types
    assert {"untranslated-document", "incomplete-translation-certificate"} <= {
        f["code"] for f in findings
    }


def test_blind10_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: four copier stacks or more (some of one kind, some mixed, one holding
    a two-page document), a police report photographed page by page, cards a quarter turn off,
    passports with valid zones (bilingual ones among them), Spanish and French originals, a
    caregiver's doctor letter, a Supplement B, a disposition, a prior denial and a hearing
    notice, and deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind10"], list(blind10.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs)
    assert any(2 <= len(d.get("more_files") or []) + 1 <= 3 for d in docs)
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 2
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) >= 2
    assert {"fr", "es"} <= {d["language"] for d in docs if isinstance(d["language"], str)}
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "identity_document",
        "police_report",
        "u_visa_certification",
        "court_record",
        "medical_record",
        "residence_record",
        "employment_letter",
        "letter_of_support",
        "diploma",
        "pay_record",
        "tax_record",
        "school_record",
        "certificate_of_translation",
        "g28",
    } <= types
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind11_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: four copier stacks or more (three W-2s, two birth certificates, two
    pay stubs, three tax transcripts, and mixed ones holding two-page papers), an IEP and a
    lease photographed page by page, cards a quarter and a half turn off, four passports with
    valid zones (three bilingual), French, Spanish and Portuguese originals, a DD 214, a
    naturalized parent's papers, an arrest with its dismissal, a prior denial and a pro se
    case, and deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind11"], list(blind11.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs, of_one_kind=3)
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 2
    assert any(p["turn"] == 180 for p in photos.values())
    assert all(1200 <= max(p["size"]) <= 2000 for p in photos.values())
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) == 3
    assert {"fr", "es", "pt"} <= {d["language"] for d in docs if isinstance(d["language"], str)}
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "military_record",
        "naturalization_certificate",
        "police_report",
        "court_record",
        "medical_record",
        "residence_record",
        "employment_letter",
        "letter_of_support",
        "pay_record",
        "tax_record",
        "school_record",
        "certificate_of_translation",
        "g28",
    } <= types
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind12_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: copier stacks (three pay stubs, two W-2s, two birth certificates,
    three IRS transcripts, two light bills, and mixed ones holding a two-page notarial copy, a
    two-page order of protection and Supplement B, a two-page transcript), a police report and
    a lease photographed page by page, passports a quarter turn off with valid zones (bilingual
    ones among them), Mongolian, Spanish and French originals, a DD 214, a GED, a college
    transcript, a prior denial, and deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind12"], list(blind12.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=3)
    assert len(stacks) >= 6
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 3
    assert any(p["turn"] == 180 for p in photos.values())
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) >= 2
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"mn", "es", "fr", "en"} <= languages
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "police_report",
        "protective_order",
        "u_visa_certification",
        "military_record",
        "medical_record",
        "residence_record",
        "employment_letter",
        "letter_of_support",
        "diploma",
        "pay_record",
        "tax_record",
        "school_record",
        "certificate_of_translation",
        "g28",
    } <= types
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind13_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: copier stacks (three pay stubs, three school records, three W-2s,
    two pay stubs, three certificates of completion, and mixed ones holding a two-page lease
    and a two-page 1040, a two-page protective order and Supplement B, a judgment, a discharge
    and a denial), a police report and a sponsor's letter photographed page by page, passports
    upright, a quarter turn and a half turn off with valid zones (three bilingual), a paper
    scanned twice, Romanian, Tagalog and Albanian originals, a marriage certificate and a
    spouse's certificate of naturalization, school records from kindergarten to a diploma, a
    prior denial, and deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind13"], list(blind13.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=4)
    assert len(stacks) >= 6
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    assert {p["turn"] for p in photos.values()} >= {0, 90, 180, 270}
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) >= 3
    assert any(d.get("duplicate_of") for d in docs)
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"ro", "tl", "sq", "en"} <= languages
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "marriage_certificate",
        "naturalization_certificate",
        "police_report",
        "protective_order",
        "u_visa_certification",
        "medical_record",
        "court_record",
        "residence_record",
        "employment_letter",
        "letter_of_support",
        "diploma",
        "pay_record",
        "tax_record",
        "school_record",
        "certificate_of_translation",
        "g28",
    } <= types
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "inconsistent-identity",
        "duplicate-document",
    } <= {f["code"] for f in findings}


def test_blind14_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: what clients photograph themselves (desk photos, a HEIC, WhatsApp
    copies, app screenshots as PNG, passports a quarter and a half turn off, papers photographed
    page by page), copier stacks (two birth certificates, two W-2s, two transcripts, mixed ones
    holding two-page papers), French, Portuguese and Haitian Creole originals, a bilingual
    letter, an NGB Form 22, a renewal, a pro se case and deliberate true findings."""
    docs, photos, findings = _gathered(corpora["blind14"], list(blind14.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=3)
    assert len(stacks) >= 7
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 3
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 3
    assert any(p["turn"] == 180 for p in photos.values())
    files = {n for d in docs for n in [d["file"], *(d.get("more_files") or [])]}
    assert sum(f.endswith(".png") for f in files) >= 2
    assert any(f.endswith(".HEIC") for f in files)
    assert sum("-WA" in f for f in files) >= 2
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) >= 3
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"fr", "pt", "ht", "en"} <= languages
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "military_record",
        "medical_record",
        "residence_record",
        "employment_letter",
        "letter_of_support",
        "pay_record",
        "tax_record",
        "court_record",
        "identity_document",
        "certificate_of_translation",
        "g28",
    } <= types
    assert any(d.get("duplicate_of") for d in docs)
    assert {
        "untranslated-document",
        "incomplete-translation-certificate",
        "duplicate-document",
    } <= {f["code"] for f in findings}


def test_blind15_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: papers through many hands (faxes stored 1-bit, copies of copies, a
    carbon-copy receipt stack, a page stapled crooked, hand-filled forms), copier stacks (two of
    one kind, mixed ones holding two-page papers), forms photographed page by page, passports
    with valid zones (two bilingual), a green card, Spanish and Indonesian originals with their
    translations, a foreign marriage certificate, a death certificate, a U visa certification,
    a disclosed conviction's court papers, a pro se case and deliberate true findings."""
    corpus = corpora["blind15"]
    docs, photos, findings = _gathered(corpus, list(blind15.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=3)
    assert len(stacks) >= 6
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    assert any(p["turn"] in (90, 270) for p in photos.values())
    passports = _passports_with_zones(docs)
    assert sum(isinstance(d["language"], list) for d in passports) == 2
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"es", "id", "en"} <= languages
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "marriage_certificate",
        "permanent_resident_card",
        "u_visa_certification",
        "police_report",
        "protective_order",
        "court_record",
        "school_record",
        "medical_record",
        "residence_record",
        "certificate_of_translation",
        "g28",
    } <= types
    faxes = [d for d in docs if d["label"].endswith("_fax")]
    assert len(faxes) >= 4
    for d in faxes:  # a fax is stored as the fax server saves it: every page 1-bit
        path = corpus / next(k for k in blind15.CASES if (corpus / k / d["file"]).is_file())
        data = (path / d["file"]).read_bytes()
        assert data.startswith((b"%PDF", b"II*\x00", b"MM\x00*"))
    cases = [yaml.safe_load((corpus / k / "case.yaml").read_text("utf-8")) for k in blind15.CASES]
    assert any("representative" not in c for c in cases)  # a pro se case
    assert {"untranslated-document", "incomplete-translation-certificate", "residence-gap"} <= {
        f["code"] for f in findings
    }


def test_blind16_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: everyday American paperwork (USCIS notices, benefit letters, a Social
    Security Statement, utility notices, a bank's letter, school letters, family court orders, a
    pharmacy printout, a hospital bill, gig 1099s, a driver license), copier stacks (two birth
    certificates, two tax forms, two court orders, mixed ones holding two-page papers), papers
    photographed page by page, passports with valid zones, Portuguese, Polish, Indonesian and
    Turkish originals, a renewal, a pro se case and true findings of four kinds."""
    docs, photos, findings = _gathered(corpora["blind16"], list(blind16.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs, of_one_kind=3)
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 3
    assert any(p["turn"] == 180 for p in photos.values())
    passports = _passports_with_zones(docs)
    assert all(isinstance(d["language"], list) for d in passports)
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"pt", "pl", "id", "tr", "en"} <= languages
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "marriage_certificate",
        "identity_document",
        "military_record",
        "medical_record",
        "residence_record",
        "school_record",
        "tax_record",
        "court_record",
        "letter_of_support",
        "certificate_of_translation",
        "g28",
    } <= types
    assert any(d.get("duplicate_of") for d in docs)
    assert {
        "untranslated-document",
        "duplicate-document",
        "inconsistent-identity",
        "residence-gap",
    } <= {f["code"] for f in findings}


def test_blind17_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: small everyday papers proving years here (remittance and money-order
    receipts, a remittance history photographed page by page, an ITIN notice and a 1040, a
    clinic's visit history, an expired consular ID, utility bills, a lease photographed page by
    page, report cards, pay stubs), crime-victim papers (a police report and a protective order
    in one PDF, a Supplement B), a DD-214, a VA rating letter, a WAEC certificate, a PSA birth
    certificate scanned twice, a DUI disposed and disclosed, passports with valid zones (one
    upside down), Spanish and Tagalog, a renewal, a pro se case and true findings of five
    kinds."""
    docs, photos, findings = _gathered(corpora["blind17"], list(blind17.CASES))
    assert 45 <= len(docs) <= 52
    _copier_stacks(docs, of_one_kind=4)
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    assert any(len(d.get("more_files") or []) == 2 for d in docs)
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 3
    assert any(p["turn"] == 180 for p in photos.values())
    _passports_with_zones(docs)
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"es", "tl", "en"} <= languages
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "naturalization_certificate",
        "identity_document",
        "military_record",
        "medical_record",
        "residence_record",
        "school_record",
        "tax_record",
        "pay_record",
        "police_report",
        "protective_order",
        "u_visa_certification",
        "court_record",
        "employment_letter",
        "letter_of_support",
        "certificate_of_translation",
        "g28",
    } <= types
    assert any(d.get("duplicate_of") for d in docs)
    assert {
        "untranslated-document",
        "duplicate-document",
        "inconsistent-identity",
        "residence-gap",
        "missing-evidence",
    } <= {f["code"] for f in findings}


def test_blind18_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: folders in several languages with odd captures (French, Haitian
    Creole, Vietnamese and Spanish civil records with handwritten entries and stamps, a
    bilingual letter, faxes stored 1-bit at fax resolution, a passport booklet photographed
    open, a copier page upside down, a translation stapled before its original, an e-mail
    letter as a phone screenshot, a certificate scanned twice), copier stacks (two birth
    certificates, two USCIS notices, three W-2s, two bills, mixed ones holding a two-page
    1040), papers photographed page by page, passports with valid zones, a renewal, a pro se
    case and true findings of five kinds."""
    docs, photos, findings = _gathered(corpora["blind18"], list(blind18.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=3)
    assert any(held[0]["type"] == "certificate_of_translation" for held in stacks.values())
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 3
    assert any(p["turn"] == 180 for p in photos.values())
    passports = _passports_with_zones(docs)
    assert all(isinstance(d["language"], list) for d in passports)
    files = {n for d in docs for n in [d["file"], *(d.get("more_files") or [])]}
    assert any(f.endswith(".tif") for f in files) and any(f.endswith(".png") for f in files)
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"fr", "ht", "vi", "es", "en"} <= languages
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "passport",
        "school_record",
        "medical_record",
        "residence_record",
        "tax_record",
        "pay_record",
        "employment_letter",
        "court_record",
        "letter_of_support",
        "certificate_of_translation",
        "g28",
    } <= types
    assert any(d.get("duplicate_of") for d in docs)
    assert {
        "untranslated-document",
        "duplicate-document",
        "inconsistent-identity",
        "residence-gap",
        "missing-evidence",
    } <= {f["code"] for f in findings}


def test_blind19_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: folders that came as forwarded phone images and app scans (images
    a messaging app shrank under a thousand pixels, a phone scanner app's PDFs with its line at
    each foot, a certificate in a plastic sleeve, a crumpled receipt, a tazkira scanned with the
    lid open, a work permit front and back, a copier page upside down, a letter sent twice
    through the app, another scanned twice), copier stacks (two birth certificates, three pay
    stubs, two certificates, W-2s, mixed ones holding a two-page translation and a two-page
    court decree), papers photographed page by page, passports with valid zones, Spanish and
    Dari originals, a bilingual enrollment form, a renewal, a pro se case and true findings of
    five kinds."""
    docs, photos, findings = _gathered(corpora["blind19"], list(blind19.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=3)
    assert any(held[0]["type"] == "certificate_of_translation" for held in stacks.values())
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 3
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 3
    assert any(p["turn"] == 180 for p in photos.values())
    assert sum(max(p["size"]) <= 1000 for p in photos.values()) >= 4  # forwarded by an app
    _passports_with_zones(docs)
    files = {n for d in docs for n in [d["file"], *(d.get("more_files") or [])]}
    assert sum(f.startswith("scans/WhatsApp Image") for f in files) >= 5
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"es", "fa", "en"} <= languages
    bilingual = [d for d in docs if set(_options(d["language"])) == {"en", "es"}]
    assert any(d["type"] != "passport" for d in bilingual)
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "passport",
        "identity_document",
        "school_record",
        "medical_record",
        "residence_record",
        "tax_record",
        "pay_record",
        "employment_letter",
        "court_record",
        "letter_of_support",
        "certificate_of_translation",
        "g28",
    } <= types
    assert sum(bool(d.get("duplicate_of")) for d in docs) == 2
    assert {
        "untranslated-document",
        "duplicate-document",
        "inconsistent-identity",
        "residence-gap",
        "missing-evidence",
    } <= {f["code"] for f in findings}


def test_blind20_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: rural and small-town folders of mixed-status households (a page on a
    car's dashboard, a bill folded in thirds, an ID's two sides on one copier page, a receipt
    book's carbon, a three-page bank statement, web pages printed to PDF, stapled stacks fanned
    out, a letter photographed from two angles), copier stacks (three pay stubs, two pay stubs,
    two 1099s, mixed ones holding a two-page translation, a three-page statement and a two-page
    certificate of relief), papers photographed page by page, passports with valid zones,
    Spanish, French and Chinese originals, bilingual pay stubs, a renewal, a pro se case and
    true findings of five kinds."""
    docs, photos, findings = _gathered(corpora["blind20"], list(blind20.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=3)
    assert any(d["pages"][1] - d["pages"][0] == 2 for held in stacks.values() for d in held)
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 3
    assert any(p["turn"] == 180 for p in photos.values())
    passports = _passports_with_zones(docs)
    assert all(isinstance(d["language"], list) for d in passports)
    files = {n for d in docs for n in [d["file"], *(d.get("more_files") or [])]}
    assert sum(f.endswith(".pdf") and f not in stacks for f in files) >= 8
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"es", "fr", "zh", "en"} <= languages
    bilingual = [d for d in docs if set(_options(d["language"])) == {"en", "es"}]
    assert any(d["type"] == "pay_record" for d in bilingual)
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "marriage_certificate",
        "passport",
        "identity_document",
        "school_record",
        "diploma",
        "residence_record",
        "tax_record",
        "pay_record",
        "employment_letter",
        "court_record",
        "letter_of_support",
        "certificate_of_translation",
        "g28",
    } <= types
    assert sum(bool(d.get("duplicate_of")) for d in docs) == 1
    assert {
        "untranslated-document",
        "duplicate-document",
        "inconsistent-identity",
        "residence-gap",
        "missing-evidence",
    } <= {f["code"] for f in findings}


def test_blind21_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: what an urban office receives by e-mail and at intake (phone
    screenshots of a bank app, a school's parent portal, a utility account and a patient
    portal, IRS, Social Security and VA pages printed to PDF with their text, handwritten
    letters and a receipt-book page photographed, notarized affidavits, civil records with an
    apostille or a consul's legalization, a sheriff's report and Form I-918 Supplement B,
    DD-214s, an elderly naturalized mother's papers), copier stacks (two birth certificates,
    records behind their translations, a Creole letter and its translation, a court record and
    a certificate, two agencies' letters), papers photographed page by page, passports with
    valid zones (two a quarter turn off, one upside down), Portuguese, French, Haitian Creole
    and Spanish originals, a pro se case, a renewal, and true findings of five kinds."""
    docs, photos, findings = _gathered(corpora["blind21"], list(blind21.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=1)
    assert any(len(held) == 4 for held in stacks.values())
    assert any(d["pages"][1] - d["pages"][0] == 1 for held in stacks.values() for d in held)
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    assert sum(p["turn"] in (90, 270) for p in photos.values()) >= 2
    assert any(p["turn"] == 180 for p in photos.values())
    passports = _passports_with_zones(docs)
    turned = {f for f, p in photos.items() if p["turn"] in (90, 270)}
    assert any(d["file"] in turned for d in passports)
    files = {n for d in docs for n in [d["file"], *(d.get("more_files") or [])]}
    assert sum(f.lower().endswith(".png") for f in files) >= 4  # screenshots, never printed
    assert sum(f.endswith(".pdf") and f not in stacks for f in files) >= 10
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"pt", "fr", "ht", "es", "en"} <= languages
    labels = {d["label"] for d in docs}
    assert {
        "bank_app_transactions",
        "school_parent_portal",
        "irs_online_account_transcript",
        "utility_account_screen",
        "handwritten_neighbour_letter",
        "handwritten_letter_spanish",
        "handwritten_rent_receipt",
        "notarized_employment_affidavit",
        "brazil_certidao_apostille",
        "salvador_partida_apostille",
        "haiti_extrait_legalized",
        "patient_portal_visit_summary",
        "discharge_summary",
        "i918_supplement_b",
        "dd214",
    } <= labels
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "marriage_certificate",
        "passport",
        "naturalization_certificate",
        "school_record",
        "military_record",
        "tax_record",
        "residence_record",
        "employment_letter",
        "letter_of_support",
        "medical_record",
        "police_report",
        "u_visa_certification",
        "court_record",
        "certificate_of_translation",
        "g28",
    } <= types
    assert sum(bool(d.get("duplicate_of")) for d in docs) == 1
    assert {
        "residence-gap",
        "duplicate-document",
        "untranslated-document",
        "inconsistent-identity",
        "missing-evidence",
    } <= {f["code"] for f in findings}


def test_blind22_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: old, worn and second-hand paper (typed civil records on yellowed
    paper, photocopies of photocopies, a detention center's fax of 1-bit pages with its header
    line, dot-matrix printouts, a faded thermal receipt, a laminated card under a glare,
    booklets photographed open), copier stacks (two court papers, W-2s, three pay stubs, two
    birth certificates, mixed ones), papers photographed page by page, passports with valid
    zones turned a quarter or half turn, Spanish, Portuguese and French originals, a detained
    respondent, one duplicate and true findings of five kinds."""
    docs, photos, findings = _gathered(corpora["blind22"], list(blind22.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=3)
    mixed = [held for held in stacks.values() if len({str(d["type"]) for d in held}) == 3]
    assert any(len(held) == 3 for held in mixed)
    assert sum(len(d.get("more_files") or []) == 1 for d in docs) >= 2
    turns = {p["turn"] for p in photos.values()}
    assert {90, 180, 270} <= turns
    passports = [d for d in docs if d["type"] == "passport" and d.get("mrz")]
    assert len(passports) == 4 and all(mrz.valid(tuple(d["mrz"])) for d in passports)
    assert any(d["type"] == "passport" and not d.get("mrz") for d in docs)  # a booklet open
    labels = {d["label"] for d in docs}
    assert {
        "detention_program_certificate",
        "gwinnett_dot_matrix_transcript",
        "dot_matrix_earnings_2003",
        "money_transfer_receipt_2009",
        "rg_minas_gerais_laminated",
        "yellow_vaccination_booklet",
        "typed_lease_2005",
        "florida_lease_2019",
    } <= labels
    fax = [d for d in docs if d["file"].startswith("scans/fax_")]
    assert len(fax) == 2 and fax[0]["pages"] == [1, 2]
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"es", "pt", "fr", "en"} <= languages
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "marriage_certificate",
        "passport",
        "identity_document",
        "school_record",
        "residence_record",
        "tax_record",
        "pay_record",
        "employment_letter",
        "court_record",
        "letter_of_support",
        "certificate_of_translation",
        "g28",
    } <= types
    assert any("arrived_as_child" in _options(d["equity"]) for d in docs)
    assert any("rehabilitation" in _options(d["equity"]) for d in docs)
    assert sum(bool(d.get("duplicate_of")) for d in docs) == 1
    assert {
        "untranslated-document",
        "duplicate-document",
        "inconsistent-identity",
        "residence-gap",
        "missing-evidence",
    } <= {f["code"] for f in findings}


def test_blind23_has_what_offices_receive(corpora: dict[str, Path]) -> None:
    """Across its cases: papers from Mexico, Guatemala and Honduras and from US agencies as they
    arrive damaged or badly captured (folded in thirds with creases, crumpled, under a flash,
    in the phone's shadow, on a tablecloth, a receipt on a car seat, photographed too close,
    forwarded on WhatsApp, a scanner app's 1-bit PDF), copier stacks (an acta with its blank
    reverse, its translation, a GED and a Texas birth certificate; a disposition, a probation
    certificate and an AA sheet), papers photographed page by page (IMG_2041, IMG_2042),
    passports with valid zones (a quarter turn each way, one upside down), four states' birth
    certificates, a pro se renewal, one duplicate and true findings of five kinds."""
    docs, photos, findings = _gathered(corpora["blind23"], list(blind23.CASES))
    assert 45 <= len(docs) <= 52
    stacks = _copier_stacks(docs, of_one_kind=1)
    mixed = [held for held in stacks.values() if len({str(d["type"]) for d in held}) >= 3]
    assert len(mixed) >= 2 and any(len(held) == 4 for held in mixed)
    acta = next(d for d in docs if d["label"] == "mexico_acta_nacimiento_curp")
    assert acta["pages"] == [1, 2] and acta["source_pages"] == 2  # with its blank reverse
    joined = [d for d in docs if d.get("more_files")]
    assert len(joined) == 3
    college = next(d for d in docs if d["label"] == "community_college_transcript")
    assert (college["file"], college["more_files"]) == (
        "scans/IMG_2041.jpg",
        ["scans/IMG_2042.jpg"],
    )
    turns = {p["turn"] for p in photos.values()}
    assert {90, 180, 270} <= turns
    passports = [d for d in docs if d["type"] == "passport"]
    assert len(passports) == 4 and all(mrz.valid(tuple(d["mrz"])) for d in passports)
    turned = {f: p["turn"] for f, p in photos.items()}
    assert sorted(turned[d["file"]] for d in passports) == [0, 90, 180, 270]
    labels = {d["label"] for d in docs}
    assert {
        "mexico_acta_nacimiento_curp",
        "renap_certificado_nacimiento",
        "rnp_certificacion_acta_nacimiento",
        "ine_credencial_votar",
        "matricula_consular",
        "notice_to_appear_i862",
        "eoir_hearing_notice",
        "i797_u_visa_bona_fide",
        "i797_i130_approval",
        "employment_authorization_card",
        "ssa_earnings_statement",
        "illinois_state_id",
        "lausd_report_card",
        "iep_houston_isd",
        "texas_ged_certificate",
        "community_college_transcript",
        "childrens_hospital_neurology",
        "pharmacy_medication_profile",
        "medicaid_disability_determination",
        "california_dv130_order",
        "dv_shelter_letter",
        "aa_attendance_sheet",
        "cook_probation_completion",
        "cook_county_disposition",
        "bilingual_lease",
        "baptism_certificate_charlotte",
        "remittance_receipt",
        "handwritten_letter_comadre",
        "texas_birth_abstract",
        "california_live_birth",
        "cook_county_birth",
        "north_carolina_live_birth",
    } <= labels
    assert any(d["file"].startswith("scans/CamScanner") for d in docs)  # a scanner app's PDF
    assert "scans/Scanned_20261106.pdf" in stacks  # pay stubs and a W-2 from a scanner app
    languages = {x for d in docs for x in _options(d["language"])}
    assert {"es", "en"} <= languages
    types = {t for d in docs for t in _options(d["type"])}
    assert {
        "birth_certificate",
        "marriage_certificate",
        "passport",
        "identity_document",
        "school_record",
        "diploma",
        "tax_record",
        "pay_record",
        "residence_record",
        "employment_letter",
        "letter_of_support",
        "medical_record",
        "police_report",
        "protective_order",
        "court_record",
        "certificate_of_translation",
        "g28",
    } <= types
    for equity in ("arrived_as_child", "caretaker", "crime_victim", "rehabilitation", "medical"):
        assert any(equity in _options(d["equity"]) for d in docs), equity
    assert sum(bool(d.get("duplicate_of")) for d in docs) == 1
    assert {
        "untranslated-document",
        "duplicate-document",
        "inconsistent-identity",
        "residence-gap",
        "missing-evidence",
    } <= {f["code"] for f in findings}


@pytest.mark.parametrize(("name", "key"), CASES)
def test_the_claims_are_borne_out_unless_the_truth_expects_the_finding(
    corpora: dict[str, Path], name: str, key: str
) -> None:
    """A correct build raises only what the truth expects or allows: each claim has its
    document, what is foreign is translated, a representative has a G-28, a negative factor
    is disclosed with its disposition, and a claimed residence the truth expects no gap in is
    covered by dated evidence about the respondent."""
    corpus = corpora[name]
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
        assert residence_gaps(since, CORPORA[name].AS_OF, stretches) == []
    untranslated = {f["file"] for f in truth["findings"] if f["code"] == "untranslated-document"}
    for d in docs:
        if "en" in _options(d["language"]) or d["file"] in untranslated:
            continue
        assert any(
            "certificate_of_translation" in _options(t["type"]) and t["about"] == d["about"]
            for t in docs
        ), f"{d['file']} is in {d['language']} and not translated"
