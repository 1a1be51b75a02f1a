"""The OPLA directory: every entry sourced, names found as people write them, the user's own
corrections merged over the packaged list, and an office the directory cannot address never
stopping a build (end to end on the demo case, with the OCR the demo build already did)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError
from pypdf import PdfReader

from packet.case import Case, Proceedings, load_case
from packet.check import check
from packet.config import (
    OplaDirectory,
    OplaOffice,
    config_dir,
    load_config,
    merge_opla_offices,
    user_opla_offices_file,
)
from packet.errors import ConfigError
from packet.opla import ADDRESS_BLANK, address_lines, find_office
from packet.records import BuildContext, Finding
from tests.conftest import DemoBuild, run_packet

DIRECTORY = load_config().opla_offices
PACKAGED = yaml.safe_load((config_dir() / "opla_offices.yaml").read_text(encoding="utf-8"))
READ_BY = dt.date(2026, 12, 1)  # when the packaged list was last read from its sources


def office(opla_office: str | None = None, court: str | None = None) -> str | None:
    return find_office(Proceedings(opla_office=opla_office, court=court), DIRECTORY).key


# --- every entry of the packaged directory --------------------------------------------------


@pytest.mark.parametrize("key", sorted(DIRECTORY.offices))
def test_every_office_is_named_addressed_and_sourced(key: str) -> None:
    entry = DIRECTORY.offices[key]
    assert entry.name.startswith("Office of the Principal Legal Advisor, ")
    assert entry.postal_address, "a letter needs somewhere to go"
    for value in ("name", "address", "mailing_address", "email", "area", "courts"):
        if getattr(entry, value):
            named = entry.sources[value]
            for source in [named] if isinstance(named, str) else named:
                page = DIRECTORY.sources[source]
                assert (page.url or page.read_from) and page.read <= READ_BY, (value, source)
    for court in entry.courts:
        assert court in DIRECTORY.courts


def test_the_directory_lists_the_25_field_locations_each_with_an_office() -> None:
    assert len(DIRECTORY.field_locations) == 25  # AILA's count, and ICE's list's areas
    for location in DIRECTORY.field_locations:
        assert any(o.field_location == location for o in DIRECTORY.offices.values()), location


def test_no_court_is_taken_by_two_offices() -> None:
    taken = [c for o in DIRECTORY.offices.values() for c in o.courts]
    assert len(taken) == len(set(taken))


def test_no_mailbox_is_given_without_a_source_that_publishes_it() -> None:
    # The stored copy of ICE's PD page ends before its table of mailboxes: none is made up.
    assert [k for k, o in DIRECTORY.offices.items() if o.email] == []


def test_a_value_without_a_source_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"no source for \['address'\]"):
        OplaOffice.model_validate(
            {
                "name": "Office of the Principal Legal Advisor, Springfield",
                "field_location": None,
                "address": ["1 Example Plaza", "Springfield, IL 62701"],
                "sources": {"name": "ice-opla-list"},
            }
        )


def test_one_name_meaning_two_offices_is_refused() -> None:
    data = merge_opla_offices(PACKAGED, {"offices": {"Boston": {"aliases": ["Cleveland"]}}})
    with pytest.raises(ValidationError, match="'Cleveland' means both"):
        OplaDirectory.model_validate(data)


# --- finding an office as people write it --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Chicago", "Chicago"),
        ("chicago", "Chicago"),
        ("  CHICAGO ", "Chicago"),
        ("los-angeles", "Los Angeles"),
        ("NYC", "New York"),
        ("New York City", "New York"),
        ("washington dc (sterling)", "Washington, D.C. (Sterling)"),
        ("Salt Lake City", "Denver (Salt Lake City)"),
        ("Saint Paul", "Minneapolis-St. Paul"),
        ("Cleveland", "Detroit (Cleveland)"),
        # ICE's own name for the office, as a paralegal copies it from ice.gov
        ("Office of the Principal Legal Advisor, New Orleans (Memphis)", "New Orleans (Memphis)"),
        ("Office of the Principal Legal Advisor, Philadelphia", "Philadelphia"),
        ("ICE OPLA - San Francisco (Sacramento)", "San Francisco (Sacramento)"),
        ("DHS/ICE Office of Chief Counsel, Denver", "Denver"),
    ],
)
def test_names_match_ignoring_case_spaces_and_punctuation_and_through_aliases(
    name: str, key: str
) -> None:
    assert office(name) == key


@pytest.mark.parametrize(
    ("court", "key"),
    [
        ("Chicago, IL", "Chicago"),
        ("Chicago Immigration Court", "Chicago"),
        ("Houston - S. Gessner Road", "Houston"),
        ("Houston, TX", "Houston"),
        ("Van Nuys", "Los Angeles (Van Nuys)"),
        ("Los Angeles, CA", "Los Angeles"),  # three courts, one field location: its main office
        ("New York - Varick Immigration Court", "New York (Varick Street)"),
        ("Sterling, VA", "Washington, D.C. (Sterling)"),
        ("Chelmsford, MA", "Boston"),  # no office in Chelmsford: Massachusetts is Boston's
    ],
)
def test_without_opla_office_the_court_finds_the_office(court: str, key: str) -> None:
    assert office(court=court) == key


@pytest.mark.parametrize("key", sorted(DIRECTORY.offices))
def test_every_court_an_office_takes_leads_back_to_it(key: str) -> None:
    for court in DIRECTORY.offices[key].courts:
        assert office(court=court) == key, court


def test_a_field_location_with_several_offices_takes_the_one_of_the_court() -> None:
    assert office("Washington", "Annandale, VA") == "Washington, D.C. (Annandale)"
    assert office("Arlington", "Sterling Immigration Court") == "Washington, D.C. (Sterling)"
    assert office("Chicago", "Kansas City, MO") == "Chicago (Kansas City)"
    assert office("New York", "Chicago, IL") == "New York"  # not its court: its main office


def test_washington_without_its_court_is_named_as_given_with_a_blank_address() -> None:
    match = find_office(Proceedings(opla_office="Washington", court="Chicago, IL"), DIRECTORY)
    assert match.office is None and match.claim == "proceedings.opla_office"
    assert "Annandale" in match.problem and "Sterling" in match.problem
    assert address_lines(match) == [
        "Office of the Principal Legal Advisor, Washington",
        ADDRESS_BLANK,
    ]


def test_a_court_the_directory_cannot_place_is_not_guessed() -> None:
    for court in ("Laredo, TX", "Kansas City, KS", "Springfield, IL"):
        match = find_office(Proceedings(court=court), DIRECTORY)
        assert match.office is None and match.claim == "proceedings.court"
        assert address_lines(match) == ["Office of the Principal Legal Advisor", ADDRESS_BLANK]


# --- case.yaml and the finding ---------------------------------------------------------------


CASE = {
    "schema": 1,
    "respondent": {"name": "Inés Vidal Soto", "a_number": "A123-456-789"},
    "proceedings": {"court": "Chicago, IL"},
    "request": {"type": "dismissal"},
}


@pytest.mark.parametrize("named", ["chicago", "Washington", "Springfield"])
def test_case_yaml_may_name_any_office(tmp_path: Path, named: str) -> None:
    data = {**CASE, "proceedings": {**CASE["proceedings"], "opla_office": named}}
    (tmp_path / "case.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    assert load_case(tmp_path, load_config()).proceedings.opla_office == named


def test_an_office_not_in_the_directory_is_a_warning_that_says_where_to_look() -> None:
    case = Case.model_validate({**CASE, "proceedings": {"opla_office": "Springfield"}})
    [found] = [f for f in _findings(case) if f.code == "unknown-opla-office"]
    assert (found.severity, found.claim) == ("warning", "proceedings.opla_office")
    assert '"Office of the Principal Legal Advisor, Springfield"' in found.message
    assert "https://www.ice.gov/contact/field-offices" in found.message
    assert "https://www.ice.gov/about-ice/opla/prosecutorial-discretion" in found.message


def test_an_office_the_directory_knows_is_no_finding() -> None:
    case = Case.model_validate({**CASE, "proceedings": {"opla_office": "chicago"}})
    assert [f for f in _findings(case) if f.code == "unknown-opla-office"] == []


# --- the user's own corrections --------------------------------------------------------------


@pytest.fixture()
def own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "settings"))
    path = user_opla_offices_file()
    assert path == tmp_path / "settings" / "evidence-packet" / "opla_offices.yaml"
    path.parent.mkdir(parents=True)
    return path


def test_the_users_own_file_adds_a_mailbox_and_keeps_the_rest(own_file: Path) -> None:
    own_file.write_text(
        "sources:\n"
        "  occ-notice: {title: OPLA Chicago's e-mail of 2027-01-04, read: 2027-01-05,"
        " url: 'file:notices/2027-01-04.eml'}\n"
        "offices:\n"
        "  Chicago:\n"
        "    email: pd-chicago@example.gov\n"
        "    sources: {email: occ-notice}\n",
        encoding="utf-8",
    )
    directory = load_config().opla_offices
    chicago = directory.offices["Chicago"]
    assert chicago.email == "pd-chicago@example.gov"
    assert chicago.address == DIRECTORY.offices["Chicago"].address
    assert chicago.sources["address"] == "ice-opla-list"
    assert directory.offices.keys() == DIRECTORY.offices.keys()


def test_an_entry_the_user_empties_of_its_address_is_a_warning(own_file: Path) -> None:
    own_file.write_text("offices:\n  Chicago:\n    address: null\n", encoding="utf-8")
    case = Case.model_validate({**CASE, "proceedings": {"opla_office": "Chicago"}})
    [found] = [f for f in _findings(case) if f.code == "unknown-opla-office"]
    assert found.message.startswith("The OPLA directory has no address for Chicago")


def test_a_mistake_in_the_users_own_file_names_that_file(own_file: Path) -> None:
    own_file.write_text("offices:\n  Chicago:\n    email: pd-chicago@example.gov\n", "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert caught.value.exit_code == 2
    assert (
        str(own_file) in caught.value.message and "no source for ['email']" in caught.value.message
    )


# --- end to end: the demo case with an office the directory cannot address -----------------


def _service_copy(demo_build: DemoBuild, ocr_cache: Path, folder: Path, opla_office: str):
    case_dir = folder / "demo-case"
    shutil.copytree(demo_build.case_dir, case_dir, ignore=shutil.ignore_patterns("out"))
    case_file = case_dir / "case.yaml"
    text = case_file.read_text(encoding="utf-8")
    case_file.write_text(
        text.replace("opla_office: Chicago", f"opla_office: {opla_office}"), "utf-8"
    )
    result = run_packet("build", case_dir, "--variant", "service", "--cache-dir", ocr_cache)
    report = json.loads((case_dir / "out" / "report.json").read_text(encoding="utf-8"))
    reader = PdfReader(case_dir / "out" / "packet-service.pdf")
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages]
    return result, report, pages


@pytest.fixture(scope="module")
def washington(demo_build: DemoBuild, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo case with `opla_office: Washington`, which used to stop the build."""
    return _service_copy(demo_build, ocr_cache, tmp_path_factory.mktemp("washington"), "Washington")


def test_an_unknown_office_builds_with_its_warning(washington) -> None:
    result, report, _ = washington
    assert result.returncode == 1, result.stderr  # the demo's deliberate gap; nothing else
    [found] = [f for f in report["findings"] if f["code"] == "unknown-opla-office"]
    assert (found["severity"], found["claim"]) == ("warning", "proceedings.opla_office")
    assert report["outputs"][0]["variant"] == "service"


def test_the_letter_and_the_certificate_name_it_with_a_blank_for_the_address(washington) -> None:
    _, _, pages = washington
    blank = "Office of the Principal Legal Advisor, Washington ____"
    letter = next(i for i, p in enumerate(pages) if "Dear Chief Counsel" in p)
    certificate = next(i for i, p in enumerate(pages) if "CERTIFICATE OF SERVICE" in p)
    assert blank in pages[letter] and blank in pages[certificate]


def test_a_sourced_address_reaches_the_letter_and_the_certificate(
    demo_build: DemoBuild, ocr_cache: Path, tmp_path: Path
) -> None:
    result, report, pages = _service_copy(demo_build, ocr_cache, tmp_path, "chicago")
    assert result.returncode == 1, result.stderr
    assert not [f for f in report["findings"] if f["code"] == "unknown-opla-office"]
    address = "Office of the Principal Legal Advisor, Chicago 55 E. Monroe Street, Suite 1400"
    letter = next(p for p in pages if "Dear Chief Counsel" in p)
    certificate = next(p for p in pages if "CERTIFICATE OF SERVICE" in p)
    cover = next(p for p in pages if "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW" in p)
    assert address in letter and address in certificate
    assert "Served on the Department of Homeland Security" in cover and address in cover


def _findings(case: Case) -> list[Finding]:
    ctx = BuildContext(case, load_config(), dt.date(2026, 12, 1), Path("."))
    return check(ctx, [], []).findings
