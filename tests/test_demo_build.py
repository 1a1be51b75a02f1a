"""The demo case, built end to end with real OCR: what a paralegal gets from `make demo`."""

from __future__ import annotations

import re
import stat

from pypdf import PdfReader

from tests.conftest import DemoBuild, tree_hashes


def test_the_build_exits_1_because_of_the_deliberate_gap(demo_build: DemoBuild) -> None:
    assert demo_build.result.returncode == 1, demo_build.result.stderr
    assert "Traceback" not in demo_build.result.stderr


def test_the_missing_birth_certificate_names_the_right_child(demo_build: DemoBuild) -> None:
    errors = [f for f in demo_build.report["findings"] if f["severity"] == "error"]
    assert [(f["code"], f["claim"]) for f in errors] == [("missing-evidence", "children[1]")]
    assert "Mateo Hernández Márquez" in errors[0]["message"]
    assert "Sofía" not in errors[0]["message"]


def test_the_report_has_every_key_of_the_contract(demo_build: DemoBuild) -> None:
    report = demo_build.report
    assert report["schema"] == "packet-report/1"
    assert set(report) == {
        "schema",
        "case",
        "draft",
        "date",
        "packet_pages",
        "exhibits",
        "documents",
        "rejected",
        "findings",
        "outputs",
        "timings",
    }
    assert report["case"] == {
        "respondent": "Rosa Delia Márquez Fuentes",
        "a_number": "208415337",
        "request": "dismissal",
    }
    keys = {
        "file",
        "sha256",
        "type",
        "equity",
        "about",
        "language",
        "confidence",
        "reasons",
        "fields",
        "exhibit",
        "source_pages",
        "packet_pages",
    }
    # an exhibit's first document carries its description, a translation the original's file
    for d in report["documents"]:
        optional = {"normalized"} | ({"description"} if d["exhibit"] else set())
        optional |= (
            {"translation_of"}
            if d["exhibit"] and d["type"] == "certificate_of_translation"
            else set()
        )
        assert keys <= set(d) <= keys | optional, d["file"]
    assert sum("description" in d for d in report["documents"]) == len(
        {d["exhibit"] for d in report["documents"] if d["exhibit"]}
    )
    assert set(report["timings"]) >= {"ingest", "normalize", "ocr", "classify", "assemble"}
    assert report["rejected"] == []


def test_each_scan_is_typed_and_tagged(demo_build: DemoBuild) -> None:
    docs = {d["file"]: d for d in demo_build.report["documents"]}
    expected = {
        "scans/IMG_2041.jpg": ("birth_certificate", "us_family", "Sofía Hernández Márquez"),
        "scans/acta_nacimiento.jpg": (
            "birth_certificate",
            "identity",
            "Rosa Delia Márquez Fuentes",
        ),
        "scans/acta_translation.pdf": (
            "certificate_of_translation",
            "identity",
            "Rosa Delia Márquez Fuentes",
        ),
        "scans/report_card_2024.pdf": ("school_record", "education", "Sofía Hernández Márquez"),
        "scans/irs_transcript_2019.jpg": (
            "tax_record",
            "employment_and_taxes",
            "Rosa Delia Márquez Fuentes",
        ),
        "scans/lease_2014.jpg": (
            "residence_record",
            "length_of_residence",
            "Rosa Delia Márquez Fuentes",
        ),
        "scans/letter_pastor.jpg": (
            "letter_of_support",
            "community_ties",
            "Rosa Delia Márquez Fuentes",
        ),
        "scans/g28.pdf": ("g28", "other", "Rosa Delia Márquez Fuentes"),
    }
    for file, (doc_type, equity, about) in expected.items():
        assert (docs[file]["type"], docs[file]["equity"], docs[file]["about"]) == (
            doc_type,
            equity,
            about,
        ), file
    assert docs["scans/acta_nacimiento.jpg"]["language"] == "es"
    assert docs["scans/IMG_2041.jpg"]["fields"]["date_of_birth"] == "2012-08-14"
    assert any(
        "CERTIFICATE OF LIVE BIRTH".lower() in r for r in docs["scans/IMG_2041.jpg"]["reasons"]
    )


def test_the_translation_travels_with_its_original(demo_build: DemoBuild) -> None:
    docs = {d["file"]: d for d in demo_build.report["documents"]}
    original, translation = docs["scans/acta_nacimiento.jpg"], docs["scans/acta_translation.pdf"]
    assert original["exhibit"] == translation["exhibit"]
    assert translation["packet_pages"][0] == original["packet_pages"][1] + 1


def test_the_packet_opens_with_front_matter_then_every_source_page(demo_build: DemoBuild) -> None:
    reader = PdfReader(demo_build.packet)
    report = demo_build.report
    source_pages = sum(d["source_pages"] for d in report["documents"])
    first_exhibit_page = min(d["packet_pages"][0] for d in report["documents"])
    front_matter = first_exhibit_page - 1
    assert front_matter >= 2  # cover letter and index
    assert len(reader.pages) == front_matter + source_pages == report["outputs"][0]["pages"]


def test_every_exhibit_has_a_bookmark_on_its_first_page(demo_build: DemoBuild) -> None:
    reader = PdfReader(demo_build.packet)
    outline = reader.outline
    titles = {}

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles[item.title] = reader.get_destination_page_number(item)

    walk(outline)
    assert "Front matter" in titles and "Cover letter" in titles and "Exhibit index" in titles
    exhibits: dict[str, int] = {}
    for d in demo_build.report["documents"]:
        if d["exhibit"]:
            exhibits[d["exhibit"]] = min(exhibits.get(d["exhibit"], 10**6), d["packet_pages"][0])
    for letter, first_page in exhibits.items():
        [title] = [t for t in titles if t.startswith(f"Exhibit {letter}:")]
        assert titles[title] == first_page - 1
    assert "U.S. citizen and resident family" in titles


def test_every_page_is_stamped_and_labelled_with_its_number(demo_build: DemoBuild) -> None:
    reader = PdfReader(demo_build.packet)
    total = len(reader.pages)
    last = reader.pages[-1].extract_text()
    assert f"A208-415-337 Page {total} of {total}" in re.sub(r"\s+", " ", last)
    assert reader.page_labels == [str(n) for n in range(1, total + 1)]


def test_scanned_text_is_searchable_in_the_packet(demo_build: DemoBuild) -> None:
    reader = PdfReader(demo_build.packet)
    page = next(d for d in demo_build.report["documents"] if d["file"] == "scans/IMG_2041.jpg")[
        "packet_pages"
    ][0]
    text = reader.pages[page - 1].extract_text()
    assert "CERTIFICATE OF LIVE BIRTH" in text
    assert "Hern" in text and "2012" in text


def test_the_cover_letter_cites_exhibits_and_pages(demo_build: DemoBuild) -> None:
    letter = " ".join(p.extract_text() for p in PdfReader(demo_build.packet).pages[:2])
    letter = re.sub(r"\s+", " ", letter)
    assert "A208-415-337" in letter
    assert "motion to dismiss" in letter
    birth = next(d for d in demo_build.report["documents"] if d["file"] == "scans/IMG_2041.jpg")
    assert f"Exhibit {birth['exhibit']}, p. {birth['packet_pages'][0]}" in letter


def test_inputs_are_never_modified(demo_build: DemoBuild) -> None:
    after = {k: v for k, v in tree_hashes(demo_build.case_dir).items() if not k.startswith("out/")}
    assert after == demo_build.input_hashes_before


def test_outputs_are_readable_by_the_owner_only(demo_build: DemoBuild) -> None:
    for path in (
        demo_build.packet,
        *(demo_build.out_dir / n for n in ("report.json", "review.html")),
    ):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(demo_build.out_dir.stat().st_mode) == 0o700
    assert not [p for p in demo_build.out_dir.iterdir() if p.name.startswith(".partial-")]
