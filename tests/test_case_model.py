"""case.yaml: a mistake is reported with the file, the key path and what to do, exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from packet.case import load_case
from packet.config import load_config
from packet.errors import CaseFileError, ExitCode
from tests.conftest import run_packet

VALID = {
    "schema": 1,
    "respondent": {"name": "Ana Torres Vega", "a_number": "A012-345-678"},
    "request": {"type": "dismissal"},
    "claims": {
        "children": [{"name": "Leo Torres", "date_of_birth": "2015-01-02", "status": "usc"}]
    },
}


def write_case(folder: Path, data: dict | str) -> Path:
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    return folder


def error_for(folder: Path) -> str:
    with pytest.raises(CaseFileError) as caught:
        load_case(folder, load_config())
    assert caught.value.exit_code == ExitCode.bad_input
    return caught.value.message


def test_a_valid_case_loads_and_normalizes_the_a_number(tmp_path: Path) -> None:
    case = load_case(write_case(tmp_path, VALID), load_config())
    assert case.respondent.a_number == "012345678"
    assert [p.claim for p in case.people()] == ["respondent", "children[0]"]


def test_eight_digit_a_numbers_are_padded(tmp_path: Path) -> None:
    data = {**VALID, "respondent": {"name": "Ana", "a_number": 12345678}}
    assert load_case(write_case(tmp_path, data), load_config()).respondent.a_number == "012345678"


def test_a_wrong_type_names_the_key_path(tmp_path: Path) -> None:
    data = {
        **VALID,
        "claims": {
            "children": [
                VALID["claims"]["children"][0],
                {"name": "Mia", "date_of_birth": "2015-02-30", "status": "usc"},
            ]
        },
    }
    message = error_for(write_case(tmp_path, data))
    assert "case.yaml" in message
    assert "claims.children[1].date_of_birth" in message


def test_a_missing_required_key_is_named(tmp_path: Path) -> None:
    data = {k: v for k, v in VALID.items() if k != "respondent"}
    assert "respondent: required, but missing" in error_for(write_case(tmp_path, data))


def test_an_a_number_with_the_wrong_digit_count_is_refused(tmp_path: Path) -> None:
    data = {**VALID, "respondent": {"name": "Ana", "a_number": "12-345"}}
    message = error_for(write_case(tmp_path, data))
    assert "respondent.a_number" in message and "8 or 9 digits" in message


def test_an_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    data = {**VALID, "respondant": dict(VALID["respondent"])}
    message = error_for(write_case(tmp_path, data))
    assert "respondant: unknown key" in message and 'did you mean "respondent"' in message


def test_an_unknown_request_type_lists_the_known_ones(tmp_path: Path) -> None:
    message = error_for(write_case(tmp_path, {**VALID, "request": {"type": "pardon"}}))
    assert "request.type" in message and "administrative_closure" in message


def test_a_document_override_must_name_a_file_inside_the_case(tmp_path: Path) -> None:
    data = {
        **VALID,
        "documents": [{"file": "../elsewhere.pdf", "exclude": True}, {"file": "scans/nope.jpg"}],
    }
    message = error_for(write_case(tmp_path, data))
    assert "documents[0].file" in message and "outside the case folder" in message
    assert "documents[1].file" in message and "no file" in message


def test_yaml_aliases_are_refused_before_they_can_expand(tmp_path: Path) -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nschema: 1\n'
    assert "aliases" in error_for(write_case(tmp_path, bomb))


def test_invalid_yaml_is_reported_with_the_file(tmp_path: Path) -> None:
    message = error_for(write_case(tmp_path, "respondent: [unclosed\n"))
    assert "case.yaml, line 2" in message and "is not closed: check the brackets" in message


def test_the_cli_exits_2_and_writes_nothing_for_a_bad_case(tmp_path: Path) -> None:
    write_case(tmp_path, {**VALID, "respondent": {"name": "Ana", "a_number": "1"}})
    result = run_packet("build", tmp_path)
    assert result.returncode == 2, result.stderr
    assert "respondent.a_number" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.yaml"]


def test_a_folder_without_case_yaml_says_how_to_start_one(tmp_path: Path) -> None:
    result = run_packet("check", tmp_path)
    assert result.returncode == 2
    assert "no case.yaml" in result.stderr and "packet init" in result.stderr
