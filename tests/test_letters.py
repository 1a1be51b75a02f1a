"""The front matter an attorney would sign, on real builds (real Tesseract, the demo's scans).

Two cases, each built once by the real `packet build` and shared by the assertions about it:

- counsel: a renewal after a denial, a negative factor with its disposition, a caretaker claim
  proved by a clinic letter, a translation, a claimed U.S.-citizen child with no birth
  certificate (an error: the packet is a draft), service details, the posture from case.yaml;
- pro se: a joint motion to reopen after a final order, no errors (no draft), built as the
  filing copy only (a service copy asked for without `service:` is itself an error);
- flagged: the counsel case without its disposition and without `service:`, with a second
  negative factor the narrative explains but no court record shows;
- record: the demo case with the court's disposition of the DUI (a plea and a sentence), a
  spouse's DD-214 (honorable), built with a configuration exported by `packet config export`
  whose settings ask for plain-paper tabs and double-sided printing.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from packet.dates import long_date
from samples.make_demo_scans import as_scan, jpeg_bytes, render
from tests.conftest import run_packet

CLINIC_LETTER = [
    ("title", "Lawndale Pediatric Clinic"),
    ("small", "3860 W. Ogden Ave., Chicago, IL 60623 - (773) 555-0190"),
    ("rule", ""),
    ("field", "October 6, 2026"),
    ("gap", ""),
    ("field", "Patient name:  Sofía Hernández Márquez"),
    ("gap", ""),
    (
        "text",
        "Sofía Hernández Márquez is under my care at this clinic. She was diagnosed with "
        "type 1 diabetes in 2021 and needs insulin several times a day, with her blood sugar "
        "checked at night. Her mother, Rosa Delia Márquez Fuentes, is her primary caretaker: "
        "she gives the insulin, keeps the treatment log and brings her to every appointment.",
    ),
    ("gap", ""),
    ("field", "Dr. Elena Vargas, M.D., treating physician"),
]


@dataclass
class Built:
    case_dir: Path
    out: Path
    returncode: int
    stderr: str
    variant: str  # the variant the letter is read from: the first one built

    @property
    def report(self) -> dict:
        return json.loads((self.out / "report.json").read_text(encoding="utf-8"))

    def text(self, variant: str | None = None) -> str:
        pdf = self.out / f"packet-{variant or self.variant}.pdf"
        return "\n".join(p.extract_text() for p in PdfReader(pdf).pages)

    def letter(self) -> str:
        """The cover letter's text, up to the index, as one line (PDF line breaks are spaces),
        without what each page repeats (the draft mark, the page stamp): a sentence reads on
        across a page break."""
        text = self.text()
        text = re.sub(r"DRAFT - not ready to file|A\d{3}-\d{3}-\d{3}\s+Page \d+ of \d+", " ", text)
        return " ".join(text[: text.index("Index of Exhibits")].split())


def _build(case_dir: Path, ocr_cache: Path, variant: str = "all") -> Built:
    result = run_packet("build", case_dir, "--variant", variant, "--cache-dir", ocr_cache)
    assert result.returncode in (0, 1), result.stderr
    first = "efile" if variant == "all" else variant
    return Built(case_dir, case_dir / "out", result.returncode, result.stderr, first)


def _case(tmp: Path, demo_scans: Path, name: str, edit) -> Path:
    case_dir = tmp / name
    shutil.copytree(demo_scans, case_dir, ignore=shutil.ignore_patterns("out"))
    data = yaml.safe_load((case_dir / "case.yaml").read_text(encoding="utf-8"))
    edit(data, case_dir)
    (case_dir / "case.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return case_dir


def _counsel(data: dict, case_dir: Path) -> None:
    page = as_scan(render(CLINIC_LETTER), random.Random(17))
    (case_dir / "scans" / "clinic_letter.jpg").write_bytes(jpeg_bytes(page))
    data["proceedings"] |= {
        "judge": "Hon. Ana Torres",
        "nta_date": "2019-04-02",
        "charges": ["INA 212(a)(6)(A)(i)"],
        "relief_sought": ["cancellation of removal for non-permanent residents (EOIR-42B)"],
    }
    data["request"]["prior_request"] = {
        "date": "2024-06-01",
        "outcome": "denied",
        "changes": "Since the denial, Sofía was hospitalized twice and now needs insulin at night.",
    }
    data["claims"]["caretaker"] = {
        "person": "Sofía Hernández Márquez",
        "condition": "type 1 diabetes",
    }
    data["service"] = {"method": "email", "date": "2027-01-10", "served_by": "Laura Beth Okafor"}
    data["documents"].append(
        {
            "file": "scans/lease_2014.jpg",
            "description": "Residential lease, 2718 S. Komensky Ave., 2014–2016",
        }
    )


def _pro_se(data: dict, case_dir: Path) -> None:
    (case_dir / "scans" / "g28.pdf").unlink()  # no counsel, no G-28
    del data["representative"]
    data["claims"]["children"] = data["claims"]["children"][:1]  # Sofía: her certificate is here
    data["proceedings"] = {
        "stage": "final_order",
        "court": "Chicago, IL",
        "opla_office": "Chicago",
        "final_order_date": "2021-03-01",
        "relief_sought": ["cancellation of removal for non-permanent residents (EOIR-42B)"],
    }
    data["request"]["type"] = "joint_motion_to_reopen"


@pytest.fixture(scope="module")
def counsel(demo_scans: Path, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Built:
    return _build(
        _case(tmp_path_factory.mktemp("letters"), demo_scans, "counsel", _counsel), ocr_cache
    )


@pytest.fixture(scope="module")
def pro_se(demo_scans: Path, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Built:
    return _build(
        _case(tmp_path_factory.mktemp("letters"), demo_scans, "pro-se", _pro_se),
        ocr_cache,
        "filing",
    )


def _flagged(data: dict, case_dir: Path) -> None:
    (case_dir / "scans" / "probation_completion.jpg").unlink()
    del data["service"]  # the demo's
    data["request"]["narrative"] = (
        "Ms. Márquez has raised two children in Chicago. In 2009 she was arrested for retail "
        "theft; the charge was dismissed."
    )
    data["negative_factors"].append(
        {
            "kind": "arrest",
            "description": "retail theft",
            "date": "2009-05-01",
            "disposition": "charge dismissed",
        }
    )


@pytest.fixture(scope="module")
def flagged(demo_scans: Path, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Built:
    return _build(
        _case(tmp_path_factory.mktemp("letters"), demo_scans, "flagged", _flagged), ocr_cache
    )


DISPOSITION = [
    ("small", "CIRCUIT COURT OF COOK COUNTY, ILLINOIS - CRIMINAL DIVISION"),
    ("heading", "CERTIFICATE OF DISPOSITION"),
    ("rule", ""),
    ("field", "People of the State of Illinois v. Rosa Delia Márquez Fuentes"),
    ("field", "Case number:  14-DT-003318"),
    ("field", "Charge:  Driving under the influence of alcohol, 625 ILCS 5/11-501(a)(2)"),
    ("gap", ""),
    (
        "text",
        "On September 15, 2014 the defendant pleaded guilty to the charge and was sentenced "
        "to 12 months' probation, with a victim impact panel.",
    ),
    ("gap", ""),
    ("field", "Clerk of the Circuit Court:  Mariyana T. Spyropoulos"),
    ("field", "Date certified:  October 3, 2026"),
]

DD214 = [
    ("small", "DEPARTMENT OF DEFENSE"),
    ("title", "CERTIFICATE OF RELEASE OR DISCHARGE"),
    ("heading", "FROM ACTIVE DUTY - DD FORM 214"),
    ("rule", ""),
    ("field", "1. NAME (Last, First, Middle):  Hernández Soto, Julián"),
    ("field", "2. DEPARTMENT, COMPONENT AND BRANCH:  ARMY / RA"),
    ("field", "12.a DATE ENTERED AD THIS PERIOD:  June 12, 2006"),
    ("field", "12.b SEPARATION DATE THIS PERIOD:  June 11, 2010"),
    ("field", "24. CHARACTER OF SERVICE:  HONORABLE"),
    ("field", "25. SEPARATION AUTHORITY:  AR 635-200"),
    ("field", "28. NARRATIVE REASON FOR SEPARATION:  Completion of required active service"),
]


def _record(data: dict, case_dir: Path) -> None:
    rng = random.Random(1721)
    scans = case_dir / "scans"
    (scans / "disposition_2014.jpg").write_bytes(jpeg_bytes(as_scan(render(DISPOSITION), rng)))
    (scans / "dd214_julian.jpg").write_bytes(jpeg_bytes(as_scan(render(DD214), rng)))
    data["claims"]["spouse"] = {"name": "Julián Hernández Soto", "status": "usc"}
    data["claims"]["military"] = {"member": "spouse", "branch": "Army"}


@pytest.fixture(scope="module")
def record(demo_scans: Path, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Built:
    tmp = tmp_path_factory.mktemp("letters")
    exported = tmp / "config"
    assert run_packet("config", "export", exported).returncode == 0
    settings = exported / "settings.yaml"
    text = settings.read_text(encoding="utf-8")
    for default, chosen in (
        ("tabs: tab_stock", "tabs: plain"),
        ("double_sided: false", "double_sided: true"),
    ):
        assert default in text
        text = text.replace(default, chosen)
    settings.write_text(text, encoding="utf-8")
    case_dir = _case(tmp, demo_scans, "record", _record)
    result = run_packet(
        "build", case_dir, "--variant", "all", "--cache-dir", ocr_cache,
        env={"PACKET_CONFIG_DIR": str(exported)},
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    return Built(case_dir, case_dir / "out", result.returncode, result.stderr, "efile")


def _exhibit(report: dict, file: str) -> str:
    return next(d["exhibit"] for d in report["documents"] if d["file"] == file)


# --- 1. nothing asserted without its proof; the draft mark -----------------------------------


def test_an_unproven_child_is_not_called_a_citizen(counsel: Built) -> None:
    letter = counsel.letter()
    assert (
        "Mateo Hernández Márquez, born February 27, 2016, for whom evidence of U.S. "
        "citizenship will be supplemented." in letter
    )
    sofia = _exhibit(counsel.report, "scans/IMG_2041.jpg")
    # each child's entry holds commas: a semicolon, not a bare "and", parts the two
    assert re.search(
        rf"Sofía Hernández Márquez, born August 14, 2012, a U.S. citizen "
        rf"\(see Exhibit {sofia}, p\. \d+\); and Mateo",
        letter,
    )


def test_the_years_no_exhibit_dates_are_to_be_supplemented(counsel: Built) -> None:
    # residence is claimed since 2005, but nothing filed is dated before 2009: the letter does
    # not let "documented by" stand for the whole stretch
    gaps = [f for f in counsel.report["findings"] if f["code"] == "residence-gap"]
    said = [
        f"{long_date(dt.date.fromisoformat(g['from']))} to "
        f"{long_date(dt.date.fromisoformat(g['to']))}"
        for g in gaps
    ]
    assert len(said) == 2 and said[0] == "September 10, 2005 to December 30, 2009"
    assert (
        f"The evidence of Respondent's residence from {said[0]} and from {said[1]} will be "
        "supplemented." in counsel.letter()
    )


def test_the_caretaker_claim_cites_the_clinic_letter(counsel: Built) -> None:
    clinic = next(d for d in counsel.report["documents"] if d["file"] == "scans/clinic_letter.jpg")
    assert clinic["type"] == "medical_record"
    assert re.search(
        rf"a caretaker for Sofía Hernández Márquez, who has type 1 diabetes, as the medical "
        rf"record of Sofía Hernández Márquez, dated October 6, 2026 "
        rf"\(see Exhibit {clinic['exhibit']}, p\. \d+\) shows",
        counsel.letter(),
    )


def test_the_negative_factor_cites_its_disposition_and_what_it_shows(counsel: Built) -> None:
    letter = counsel.letter()
    completion = _exhibit(counsel.report, "scans/probation_completion.jpg")
    section = letter[letter.index("Negative factors") : letter.index("Conclusion")]
    assert f"Exhibit {completion}" in section
    assert "shows completion of the sentence and completion of alcohol risk education" in section
    assert "was convicted" not in section  # the date in case.yaml is not the disposition's


def test_every_page_of_every_variant_carries_the_draft_mark(counsel: Built) -> None:
    assert counsel.returncode == 1 and counsel.report["draft"] is True
    for variant in ("efile", "filing", "service"):
        pages = PdfReader(counsel.out / f"packet-{variant}.pdf").pages
        assert all("DRAFT - not ready to file" in p.extract_text() for p in pages), variant


def test_a_clean_build_has_no_draft_mark(pro_se: Built) -> None:
    assert pro_se.returncode == 0, pro_se.report["findings"]
    assert pro_se.report["draft"] is False
    assert "not ready to file" not in pro_se.text("filing")


# --- 2. posture, renewal, request needs ---------------------------------------------------------


def test_posture_comes_from_case_yaml(counsel: Built) -> None:
    letter = counsel.letter()
    assert (
        "filed a Notice to Appear against Respondent with the Immigration Court in Chicago, IL "
        "on April 2, 2019, charging removability under INA 212(a)(6)(A)(i)" in letter
    )
    assert "The case is pending before Hon. Ana Torres." in letter
    assert (
        "Respondent seeks cancellation of removal for non-permanent residents (EOIR-42B)" in letter
    )


def test_a_renewal_names_the_changes_and_the_new_evidence(counsel: Built) -> None:
    letter = counsel.letter()
    section = letter[letter.index("Changed circumstances") : letter.index("Why discretion")]
    assert "OPLA denied our prior request for prosecutorial discretion on June 1, 2024" in section
    assert "Sofía was hospitalized twice" in section
    clinic = _exhibit(counsel.report, "scans/clinic_letter.jpg")
    employer = _exhibit(counsel.report, "scans/employment_letter.jpg")
    assert f"Exhibit {clinic}" in section and f"Exhibit {employer}" in section
    lease = _exhibit(counsel.report, "scans/lease_2014.jpg")  # dated before the denial
    assert f"Exhibit {lease}" not in section
    # the school year 2023–2024 ran past the denial: listed, but not said to be "dated after"
    school = _exhibit(counsel.report, "scans/report_card_2024.pdf")
    assert f"Exhibit {school}" in section
    assert "is dated after" not in section
    assert "was issued after June 1, 2024, or covers time since then: the" in section


def test_a_joint_motion_to_reopen_encloses_the_draft_motion_and_order(pro_se: Built) -> None:
    text = pro_se.text()
    letter = pro_se.letter()
    assert "ordered me removed on March 1, 2021" in letter
    assert "Once the proceedings are reopened, I will seek cancellation of removal" in letter
    assert "Draft joint motion to reopen and proposed order" in letter  # in the enclosures
    assert "DRAFT JOINT MOTION TO REOPEN" in text and "PROPOSED ORDER" in text
    assert "1003.23(b)(4)(iv)" in text
    # the index lists the draft motion and order among the papers filed, at their pages
    pages = PdfReader(pro_se.out / "packet-filing.pdf").pages
    motion = next(
        i for i, p in enumerate(pages) if "DRAFT JOINT MOTION TO REOPEN" in p.extract_text()[:200]
    )
    stamped = re.search(r"Page (\d+) of", pages[motion].extract_text())
    assert stamped
    start = text.index("Index of Exhibits")
    index = " ".join(text[start : text.index("Identity", start)].split())
    assert "Filed with this request — Draft joint motion to reopen and proposed order " in index
    assert re.search(
        rf"Draft joint motion to reopen and proposed order {stamped[1]}–{int(stamped[1]) + 1}\b",
        index,
    )
    order = " ".join(text[text.index("PROPOSED ORDER") :].split()).replace("\xa0", " ")
    # a judge who ticks DENIED does not also order the proceedings reopened
    assert "DENIED, and that these proceedings are reopened" not in order
    assert re.search(r"\[ *\] GRANTED, and these proceedings are reopened; \[ *\] DENIED\.", order)


def test_a_flagged_negative_factor_says_nothing_of_time_passed(flagged: Built) -> None:
    built = flagged
    assert "unaddressed-negative-factor" in {f["code"] for f in built.report["findings"]}
    letter = built.letter()
    assert "passed since then" not in letter
    assert (
        "The disposition (probation completed 2015, as we understand it) and any evidence of "
        "rehabilitation will be supplemented" in letter
    )


# --- 3. service and the pro se address ---------------------------------------------------------


def test_the_certificate_of_service_is_completed(counsel: Built) -> None:
    text = counsel.text("service")
    certificate = text[text.index("CERTIFICATE OF SERVICE") :]
    assert "On January 10, 2027, I, Laura Beth Okafor, served a copy" in certificate
    assert "55 E. Monroe Street, Suite 1400" in certificate
    assert "[ X ] e-mail" in " ".join(certificate.split()).replace("\xa0", " ")
    assert "Date: January 10, 2027" in certificate


def test_an_email_service_with_no_known_mailbox_is_a_warning(counsel: Built) -> None:
    # served by e-mail on OPLA Chicago, whose PD mailbox no public source gives: the
    # certificate's "E-mail:" line is blank, and the build says what would fill it in
    text = counsel.text("service")
    assert "E-mail: ____" in text[text.index("CERTIFICATE OF SERVICE") :]
    [found] = [f for f in counsel.report["findings"] if f.get("claim") == "service.method"]
    assert (found["code"], found["severity"]) == ("incomplete-case", "warning")
    assert (
        "no e-mail mailbox is known for Office of the Principal Legal Advisor" in (found["message"])
    )
    assert "opla_offices.yaml (docs/opla-offices.md)" in found["message"]


def test_no_service_copy_without_service_details(flagged: Built) -> None:
    assert (flagged.out / "packet-filing.pdf").exists()  # asked for all variants
    assert not (flagged.out / "packet-service.pdf").exists()
    assert "service" not in {o["variant"] for o in flagged.report["outputs"]}
    assert "service" in {f.get("claim") for f in flagged.report["findings"]}  # says what to add


def test_a_pro_se_letter_gives_the_respondents_address(pro_se: Built) -> None:
    assert (
        "respond in writing to me at 2718 S. Komensky Ave., Apt. 2, Chicago, IL 60623"
        in pro_se.letter()
    )


# --- 5., 6. descriptions and translations in report.json ----------------------------------------


def test_descriptions_are_specific_and_overridable(counsel: Built) -> None:
    described = {d["file"]: d.get("description") for d in counsel.report["documents"]}
    assert (
        described["scans/lease_2014.jpg"] == "Residential lease, 2718 S. Komensky Ave., 2014–2016"
    )
    assert described["scans/letter_pastor.jpg"].endswith("dated January 10, 2025")  # not a span
    index = counsel.text()[counsel.text().index("Index of Exhibits") :]
    assert "Residential lease, 2718 S. Komensky Ave." in index


def test_a_proof_of_residence_is_named_for_what_it_is(pro_se: Built) -> None:
    # no `description` in case.yaml: the lease and the electric bill say what they are, in the
    # index and in the letter, not "proof of residence" twice over
    described = {d["file"]: d.get("description") for d in pro_se.report["documents"]}
    assert described["scans/lease_2014.jpg"] == (
        "Residential lease for Rosa Delia Márquez Fuentes, 2014–2016"
    )
    assert described["scans/comed_bill_2023.jpg"] == (
        "Utility bill for Rosa Delia Márquez Fuentes, 2023"
    )
    # a report card is a report card, not "School record"
    assert described["scans/report_card_2024.pdf"] == (
        "Report card for Sofía Hernández Márquez, 2023–2024 (Chicago Public Schools)"
    )
    # an IRS transcript is named for the product it is, not "Tax record"
    assert described["scans/irs_transcript_2019.jpg"].startswith(
        "Tax return transcript for Rosa Delia Márquez Fuentes, tax year 2019"
    )
    letter = pro_se.letter()
    assert "the tax return transcript, tax year 2022 (see Exhibit" in letter
    assert "documented by the residential lease, 2014–2016 (see Exhibit" in letter
    assert "the utility bill, 2023 (see Exhibit" in letter
    assert "proof of residence" not in letter


def test_a_translation_shares_its_originals_exhibit(counsel: Built) -> None:
    docs = {d["file"]: d for d in counsel.report["documents"]}
    original, translation = docs["scans/acta_nacimiento.jpg"], docs["scans/acta_translation.pdf"]
    assert translation["exhibit"] == original["exhibit"]
    assert translation["translation_of"] == "scans/acta_nacimiento.jpg"
    assert translation["packet_pages"][0] == original["packet_pages"][1] + 1


# --- 7., 8. the filing copy and the prose ------------------------------------------------------


def test_the_filing_cover_is_titled_for_what_is_filed(counsel: Built, pro_se: Built) -> None:
    cover = " ".join(counsel.text("filing").split())
    assert "SUBMISSION OF EVIDENCE IN SUPPORT OF DISMISSAL" in cover
    assert "MOTION TO DISMISS" not in cover
    assert "Hon. Ana Torres" in cover
    assert "DRAFT JOINT MOTION TO REOPEN, WITH RESPONDENT" in " ".join(
        pro_se.text("filing").split()
    )


def test_the_prose_has_no_run_together_sentences(counsel: Built, pro_se: Built) -> None:
    for built in (counsel, pro_se):
        letter = built.letter()
        # "completed 2015.12 years": a sentence run into the next
        assert not re.search(r"[a-z)]\.[A-Z0-9]|\d\.[A-Z]|\b(?:19|20)\d\d\.\d", letter), letter
        assert "weigh the equities below" not in letter
        assert "77 W. Jackson Blvd., Suite 410" in letter or built is pro_se


def test_the_closing_the_signature_and_the_enclosures_share_a_page(
    counsel: Built, flagged: Built
) -> None:
    # the flagged letter ran a line past its second page: "Enclosures: ..." stood alone on
    # the third, or a signature would stand on a page without the text it signs
    for built in (counsel, flagged):
        pages = [p.extract_text() for p in PdfReader(built.out / "packet-efile.pdf").pages]
        [page] = [p for p in pages if "Enclosures: index of exhibits" in p]
        assert "Respectfully submitted" in page and "For these reasons" in page


def test_a_narrative_figure_against_the_computed_one_is_a_warning(counsel: Built) -> None:
    # the demo's narrative says "nearly twenty years"; the letter counts 21
    assert "request.narrative says 'nearly twenty years'" in counsel.stderr
    assert "counts 21 years of residence" in counsel.stderr


# --- what a review found missing: dispositions, service records, issuers, paper --------------


def _document(report: dict, file: str) -> dict:
    return next(d for d in report["documents"] if d["file"] == file)


def test_a_disposition_is_cited_under_its_factor_with_the_plea_and_sentence(record: Built) -> None:
    disposition = _document(record.report, "scans/disposition_2014.jpg")
    assert disposition["type"] == "court_record"
    letter = record.letter()
    section = letter[letter.index("Negative factors") : letter.index("Conclusion")]
    assert re.search(
        rf"The certificate of disposition, certified October 3, 2026 "
        rf"\(see Exhibit {disposition['exhibit']}, p\. \d+\) shows a plea of guilty and a "
        r"sentence of 12 months' probation\.",
        section,
    )
    completion = _exhibit(record.report, "scans/probation_completion.jpg")
    assert f"Exhibit {completion}" in section  # the rehabilitation evidence, under the factor
    # a disposition is filed: time counts, from the date case.yaml gives
    assert "It has been 12 years since August 30, 2014." in section
    assert "unaddressed-negative-factor" not in {f["code"] for f in record.report["findings"]}


def test_an_explained_factor_with_no_disposition_filed_is_a_warning(flagged: Built) -> None:
    [theft] = [f for f in flagged.report["findings"] if f.get("claim") == "negative_factors[1]"]
    assert (theft["code"], theft["severity"]) == ("unaddressed-negative-factor", "warning")
    assert "no court disposition of it is filed" in theft["message"]
    letter = flagged.letter()
    assert (
        "an arrest for retail theft (May 1, 2009). The disposition (charge dismissed, as we "
        "understand it) and any evidence of rehabilitation will be supplemented." in letter
    )


def test_a_dd214_says_honorable_from_the_index_to_the_letter(record: Built) -> None:
    dd214 = _document(record.report, "scans/dd214_julian.jpg")
    assert (dd214["type"], dd214["about"]) == ("military_record", "Julián Hernández Soto")
    assert dd214["description"].startswith(
        "Military record (honorable discharge) of Julián Hernández Soto"
    )
    index = " ".join(record.text()[record.text().index("Index of Exhibits") :].split())
    assert "Military record (honorable discharge) of Julián Hernández Soto" in index
    assert re.search(
        r"Respondent's spouse served in the U\.S\. Army, as the military record \(honorable "
        rf"discharge\) of Julián Hernández Soto[^(]*\(see Exhibit {dd214['exhibit']}, p\. \d+\) "
        r"shows\.",
        record.letter(),
    )


def test_descriptions_name_the_issuing_authority(record: Built) -> None:
    described = {d["file"]: d.get("description") or "" for d in record.report["documents"]}
    assert described["scans/dd214_julian.jpg"].endswith("(Department of Defense)")
    # named for what it is, with what its date means: not "Court record ..., dated ..."
    assert described["scans/disposition_2014.jpg"] == (
        "Certificate of disposition for Rosa Delia Márquez Fuentes, certified October 3, 2026 "
        "(Circuit Court of Cook County, Illinois)"
    )
    assert described["scans/IMG_2041.jpg"] == (
        "Birth certificate of Sofía Hernández Márquez, born August 14, 2012, Chicago, Cook County, "
        "Illinois (State of Illinois, Department of Public Health)"
    )
    # a letter's writer is no issuing authority; and the letter's own sentences name none
    assert "(" not in described["scans/letter_pastor.jpg"]
    assert "Department of Public Health" not in record.letter()


def test_the_translation_certificate_without_telephone_or_signature_is_flagged(
    counsel: Built,
) -> None:
    [found] = [
        f for f in counsel.report["findings"] if f["code"] == "incomplete-translation-certificate"
    ]
    assert found["file"] == "scans/acta_translation.pdf"
    assert "telephone number" in found["message"]
    assert "signature line is empty" in found["message"]
    assert "address" not in found["message"].split("lacks", 1)[1].split(";")[0]


def _tab_pages(pdf: Path) -> list[tuple[int, str, float]]:
    reader = PdfReader(pdf)
    return [
        (i, label, float(reader.pages[i].mediabox.width))
        for i, label in enumerate(reader.page_labels)
        if label.startswith("Tab ") and not label.endswith("(back)")
    ]


def test_plain_paper_tabs_and_duplex_are_settings_of_an_exported_config(
    record: Built, counsel: Built
) -> None:
    # the default: 9 x 11 in. tab stock, single-sided (no blank backs)
    default = counsel.out / "packet-filing.pdf"
    assert {width for _, _, width in _tab_pages(default)} == {648.0}
    assert not any(label.endswith("(back)") for label in PdfReader(default).page_labels)
    # packet.tabs: plain and packet.double_sided: true, in settings.yaml under PACKET_CONFIG_DIR
    filing = record.out / "packet-filing.pdf"
    tabs = _tab_pages(filing)
    assert tabs and {width for _, _, width in tabs} == {612.0}
    assert all(i % 2 == 0 for i, _, _ in tabs)  # each tab on the front of its own sheet
    labels = PdfReader(filing).page_labels
    assert all(labels[i + 1] == f"{label} (back)" for i, label, _ in tabs)


def _links(pdf: Path) -> list[tuple[int, int]]:
    """(page index holding the link, packet page label it lands on) for every link."""
    reader = PdfReader(pdf)
    labels = reader.page_labels
    found = []
    for i, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            assert "/A" not in annot, annot  # no packet-page: URI is left in the file
            found.append((i, labels[reader.get_page_number(annot["/Dest"][0].get_object())]))
    return found


def test_the_index_and_the_letters_citations_link_to_the_cited_pages(counsel: Built) -> None:
    first_pages: dict[str, int] = {}  # each exhibit's first page (a translation follows it)
    for d in counsel.report["documents"]:
        if d.get("exhibit"):
            first = d["packet_pages"][0]
            first_pages[d["exhibit"]] = min(first, first_pages.get(d["exhibit"], first))
    for variant in ("efile", "filing", "service"):
        pdf = counsel.out / f"packet-{variant}.pdf"
        links = _links(pdf)
        letter_pages = {i for i, _ in links}
        assert len(letter_pages) >= 2, variant  # the letter's pages and the index
        landed = {label for _, label in links}
        # each exhibit's first page is the target of its index row, in every variant
        assert {str(first) for first in first_pages.values()} <= landed, variant
    # a citation in the letter's text lands on the page it names
    text = counsel.letter()
    clinic = next(d for d in counsel.report["documents"] if d["file"] == "scans/clinic_letter.jpg")
    assert f"Exhibit {clinic['exhibit']}, p. {clinic['packet_pages'][0]}" in text
    first_index_page = next(
        i
        for i, p in enumerate(PdfReader(counsel.out / "packet-efile.pdf").pages)
        if "Index of Exhibits" in p.extract_text()
    )
    in_letter = {
        label for i, label in _links(counsel.out / "packet-efile.pdf") if i < first_index_page
    }
    assert str(clinic["packet_pages"][0]) in in_letter
