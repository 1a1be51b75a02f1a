"""The realistic corpora (tests/realistic/tuning.py and the blind one in bench/blind/) produce what
their truth says: every file accounted for, page ranges that tile each copier PDF, machine-
readable zones with valid check digits that name the right person, claims the documents bear
out. No OCR: the cases are drawn once (about a minute on a busy machine) and only inspected.
"""

from __future__ import annotations

import datetime as dt
import io
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import yaml
from PIL import Image
from pypdf import PdfReader

from bench.blind import cases as blind
from packet.case import Case
from packet.config import FINDING_CODES
from tests.realistic import mrz, tuning
from tests.realistic.model import CasePlan, residence_gaps

REPO = Path(__file__).resolve().parent.parent
TAXONOMY = yaml.safe_load((REPO / "config" / "taxonomy.yaml").read_text(encoding="utf-8"))
CORPORA = {"blind": (blind.CASES, blind.AS_OF), "tuning": (tuning.CASES, tuning.AS_OF)}
KEYS = [(corpus, key) for corpus, (cases, _) in CORPORA.items() for key in cases]


def _drawn(corpus_and_key: tuple[str, str]) -> CasePlan:
    corpus, key = corpus_and_key
    return CORPORA[corpus][0][key]()


@pytest.fixture(scope="session")
def plans() -> dict[tuple[str, str], CasePlan]:
    with ProcessPoolExecutor(max_workers=2) as pool:  # drawing photos is most of the minute
        return dict(zip(KEYS, pool.map(_drawn, KEYS), strict=True))


def options(value: str | list[str] | None) -> list:
    return value if isinstance(value, list) else [value]


def people(case: dict) -> dict[str, dict]:
    """Everyone case.yaml names, by name: the respondent, the children, the spouse, whom the
    medical claim is about."""
    named = {case["respondent"]["name"]: case["respondent"]}
    claims = case.get("claims", {})
    for child in claims.get("children", []):
        named[child["name"]] = child
    if "spouse" in claims:
        named[claims["spouse"]["name"]] = claims["spouse"]
    medical = claims.get("medical", {}).get("person", "self")
    if medical != "self":  # a spouse or parent named only as the one the medical claim is about
        named.setdefault(medical, {"name": medical})
    return named


def test_the_zones_of_icao_9303s_specimens_come_out_exactly() -> None:
    """Doc 9303's own examples (Part 4, TD3; Part 5, TD1) from their printed fields."""
    anna = {"surname": "Eriksson", "given": "Anna María", "nationality": "UTO",
            "birth": dt.date(1974, 8, 12), "sex": "F", "expiry": dt.date(2012, 4, 15)}  # fmt: skip
    assert mrz.td3(kind="P", country="UTO", number="L898902C3", personal="ZE184226B", **anna) == (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    )
    assert mrz.td1(kind="I", country="UTO", number="D23145890", **anna) == (
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    )


def test_a_long_card_number_runs_on_into_the_optional_data_and_stays_checkable() -> None:
    zone = mrz.td1(kind="C1", country="USA", number="SRC0712448903", surname="Núñez",
                   given="José", nationality="SLV", birth=dt.date(1986, 8, 9), sex="M",
                   expiry=dt.date(2027, 5, 20))  # fmt: skip
    assert zone[0].startswith("C1USASRC071244<8903") and zone[2].startswith("NUNEZ<<JOSE<")
    assert mrz.valid(zone)
    tampered = (zone[0], zone[1][:6] + str((int(zone[1][6]) + 1) % 10) + zone[1][7:], zone[2])
    assert not mrz.valid(tampered)


def test_the_two_corpora_share_no_template_and_no_person(plans) -> None:
    def labels_and_names(corpus: str) -> tuple[set[str], set[str]]:
        mine = [p for (c, _), p in plans.items() if c == corpus]
        labels = {d["label"] for p in mine for d in p.truth()["documents"]}
        return labels, {name for p in mine for name in people(p.case)}

    blind_labels, blind_people = labels_and_names("blind")
    tuning_labels, tuning_people = labels_and_names("tuning")
    assert not blind_labels & tuning_labels
    assert not blind_people & tuning_people


@pytest.mark.parametrize(("corpus", "key"), KEYS)
def test_every_file_is_one_documents_and_every_page_is_accounted_for(plans, corpus, key) -> None:
    plan = plans[corpus, key]
    files, truth = plan.files(), plan.truth()
    held: dict[str, list[list[int] | None]] = {}
    for d in truth["documents"]:
        for f in [d["file"], *(d.get("more_files") or [])]:
            assert f in files, f"{key}: the truth names {f}, which is not written"
            held.setdefault(f, []).append(d.get("pages"))
    assert set(held) == set(files), f"{key}: files no document holds"
    for f, ranges in held.items():
        pages = _pages(f, files[f])
        if ranges == [None]:
            continue  # one document, all the file's pages (checked below)
        assert None not in ranges, f"{key}: {f} holds several documents, each needs its pages"
        covered = sorted(p for first, last in ranges for p in range(first, last + 1))
        assert covered == list(range(1, pages + 1)), f"{key}: {f}'s ranges do not tile it"
    for d in truth["documents"]:
        files_of = [d["file"], *(d.get("more_files") or [])]
        pages = sum(_pages(f, files[f]) for f in files_of)
        expected = d["pages"][1] - d["pages"][0] + 1 if d.get("pages") else pages
        assert d["source_pages"] == expected, f"{key}: {d['file']} page count"
    assert set(truth["photos"]) <= set(files)
    for f, photo in truth["photos"].items():
        w, h = photo["size"] if photo["turn"] in (0, 180) else photo["size"][::-1]
        assert 0.1 < photo["sheet_share"] < 0.9
        assert all(-5 < x < w + 5 and -5 < y < h + 5 for x, y in photo["corners"]), f


def _pages(file: str, data: bytes) -> int:
    if file.lower().endswith(".pdf"):
        return len(PdfReader(io.BytesIO(data)).pages)
    if file.lower().endswith((".tif", ".tiff")):
        return Image.open(io.BytesIO(data)).n_frames
    return 1


@pytest.mark.parametrize(("corpus", "key"), KEYS)
def test_the_truth_speaks_the_taxonomy_and_names_people_of_case_yaml(plans, corpus, key) -> None:
    plan = plans[corpus, key]
    Case.model_validate(yaml.safe_load(_yaml(plan)))  # the tool would accept this case.yaml
    named = people(plan.case)
    truth = plan.truth()
    assert truth["corpus"] == corpus
    for d in truth["documents"]:
        assert set(options(d["type"])) <= set(TAXONOMY["document_types"]), d["label"]
        assert set(options(d["equity"])) <= set(TAXONOMY["equities"]), d["label"]
        assert all(a is None or a in named for a in options(d["about"])), d["label"]
    for f in truth["findings"] + truth["allowed_findings"]:
        assert f["code"] in FINDING_CODES
        assert all(x in plan.files() for x in options(f.get("file")) if x)


def _yaml(plan: CasePlan) -> str:
    from tests.realistic.model import case_yaml

    return case_yaml(plan.case)


@pytest.mark.parametrize(("corpus", "key"), KEYS)
def test_each_zone_is_valid_and_names_whom_the_document_is_about(plans, corpus, key) -> None:
    plan = plans[corpus, key]
    named = people(plan.case)
    zones = [d for d in plan.truth()["documents"] if d.get("mrz")]
    for d in zones:
        zone = tuple(d["mrz"])
        assert mrz.valid(zone), d["file"]
        who = named[d["about"]]
        born = who.get("date_of_birth")
        birth_field = zone[1][13:19] if len(zone) == 2 else zone[1][0:6]
        if born:
            assert birth_field == dt.date.fromisoformat(str(born)).strftime("%y%m%d"), d["file"]
        surname = mrz.transliterated(d["about"].split()[-1])
        assert surname in zone[0] + zone[-1], d["file"]


@pytest.mark.parametrize(("corpus", "key"), KEYS)
def test_the_claims_are_borne_out_unless_the_truth_lists_the_gap(plans, corpus, key) -> None:
    """A correct build raises only the findings the truth expects: so the documents must prove
    each claim, cover the residence, translate what is foreign, and include a G-28."""
    plan = plans[corpus, key]
    truth, case = plan.truth(), plan.case
    expected = {(f["code"], f.get("claim")) for f in truth["findings"]}
    docs = truth["documents"]
    respondent = case["respondent"]["name"]

    def has(doc_type: str, about: str | None = None) -> bool:
        return any(
            doc_type in options(d["type"]) and (about is None or about in options(d["about"]))
            for d in docs
        )

    claims = case.get("claims", {})
    for i, child in enumerate(claims.get("children", [])):
        if (
            child["status"] in ("usc", "lpr")
            and ("missing-evidence", f"children[{i}]") not in expected
        ):
            assert has("birth_certificate", child["name"]), child["name"]
    assert ("missing-identity", None) in expected or any(
        respondent in options(d["about"]) and set(options(d["type"])) & {
        "passport", "birth_certificate", "identity_document", "permanent_resident_card"}
        for d in docs)  # fmt: skip
    if "representative" in case and ("missing-g28", None) not in expected:
        assert has("g28", respondent)
    if "spouse" in claims and ("missing-evidence", "spouse") not in expected:
        assert has("marriage_certificate", claims["spouse"]["name"])
    if "caretaker" in claims:
        assert has("medical_record", claims["caretaker"]["person"])
    if "medical" in claims:
        patient = claims["medical"].get("person", "self")
        assert has("medical_record", respondent if patient == "self" else patient)
    if "military" in claims:
        assert has("military_record")
    if claims.get("community_ties"):
        assert has("letter_of_support")
    if claims.get("education"):
        assert has("school_record") or has("diploma")
    if claims.get("crime_victim"):
        assert has("police_report") or has("protective_order")
    since = claims.get("residence_since")
    if since and ("residence-gap", "residence_since") not in expected:
        as_of = CORPORA[corpus][1]
        stretches = [tuple(dt.date.fromisoformat(x) for x in d["proves"]) for d in docs
                     if d.get("proves") and respondent in options(d["about"])]  # fmt: skip
        assert residence_gaps(dt.date.fromisoformat(str(since)), as_of, stretches) == []
    untranslated = {f["file"] for f in truth["findings"] if f["code"] == "untranslated-document"}
    for d in docs:
        if "en" in options(d["language"]) or d["file"] in untranslated:
            continue
        assert any(
            "certificate_of_translation" in options(t["type"]) and t["about"] == d["about"]
            for t in docs
        ), f"{d['file']} is in {d['language']} and not translated"
