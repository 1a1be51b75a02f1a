"""Every case.yaml mistake is answered with what to write there, never a parser's words alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from packet.case import load_case
from packet.case_errors import closest, date_advice, file_suggestion
from packet.config import load_config
from packet.errors import CaseFileError
from tests.conftest import run_packet

HEAD = 'schema: 1\nrespondent: {name: Ana Torres Vega, a_number: "A012-345-678"}\n'
REQUEST = "request: {type: dismissal}\n"


def problems(folder: Path, text: str) -> str:
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CaseFileError) as caught:
        load_case(folder, load_config())
    return caught.value.message


def test_a_us_style_date_is_answered_with_the_iso_dates_it_can_mean(tmp_path: Path) -> None:
    text = HEAD + REQUEST + "claims:\n  children:\n    - {name: Leo, status: usc, "
    message = problems(tmp_path, text + "date_of_birth: 05/02/2010}\n")
    assert (
        "claims.children[0].date_of_birth: '05/02/2010' is not a date; write dates as "
        "YYYY-MM-DD: 2010-05-02 for May 2, 2010 or 2010-02-05 for February 5, 2010."
    ) in message
    assert "invalid character" not in message


def test_a_date_that_cannot_be_read_two_ways_gets_one(tmp_path: Path) -> None:
    assert (
        date_advice("25/12/2019") == "write dates as YYYY-MM-DD: 2019-12-25 for December 25, 2019"
    )


def test_an_impossible_day_says_how_long_the_month_is(tmp_path: Path) -> None:
    message = problems(tmp_path, HEAD.replace("}", ", date_of_birth: 2023-02-30}") + REQUEST)
    assert "respondent.date_of_birth: '2023-02-30' is not a date; February 2023 has 28 days" in (
        message
    )


def test_a_tab_is_answered_with_spaces_and_the_line(tmp_path: Path) -> None:
    message = problems(tmp_path, "schema: 1\nrespondent:\n\tname: Ana\n")
    assert "case.yaml, line 3: a tab character: indent with spaces (two per level)" in message
    assert message.endswith("\n    name: Ana")
    assert "found character" not in message  # PyYAML's scanner text


def test_a_colon_inside_a_value_says_to_quote_it(tmp_path: Path) -> None:
    message = problems(tmp_path, HEAD + "request: {type: dismissal}\nproceedings:\n  court: a: b\n")
    assert "line 5: a second `key:` on one line" in message and "put it in quotes" in message


def test_the_right_key_at_the_wrong_indent_says_where_it_belongs(tmp_path: Path) -> None:
    message = problems(tmp_path, HEAD + REQUEST + "children:\n  - {name: Leo, status: usc}\n")
    assert "children: belongs under claims:, not at the top level" in message
    assert 'did you mean "children"' not in message


def test_a_top_level_key_indented_under_another_says_so(tmp_path: Path) -> None:
    message = problems(tmp_path, HEAD + "request:\n  type: dismissal\n  documents: []\n")
    assert "request.documents: belongs at the top level (in the first column)" in message


def test_a_misspelt_key_suggests_the_key_valid_at_that_place(tmp_path: Path) -> None:
    text = HEAD.replace("}", ", date_of_brith: 1990-01-01}") + REQUEST
    assert 'respondent.date_of_brith: unknown key; did you mean "date_of_birth"?' in problems(
        tmp_path, text
    )


def test_a_missing_key_says_where_to_add_it(tmp_path: Path) -> None:
    message = problems(tmp_path, "schema: 1\nrespondent: {name: Ana}\n" + REQUEST)
    assert "respondent.a_number: required, but missing; add `a_number:` under respondent:." in (
        message
    )


def test_a_wrong_choice_lists_the_choices_and_the_closest(tmp_path: Path) -> None:
    text = HEAD + REQUEST + "claims:\n  children:\n    - {name: Leo, status: uscitizen}\n"
    assert (
        "claims.children[0].status: 'uscitizen' is not one of usc, lpr, other; did you mean 'usc'?"
    ) in problems(tmp_path, text)


def test_yes_please_is_not_a_boolean(tmp_path: Path) -> None:
    text = HEAD + REQUEST + "claims: {education: yes please}\n"
    assert "claims.education: write true or false (got 'yes please')." in problems(tmp_path, text)


def test_a_misspelt_request_type_gets_a_did_you_mean_and_the_list(tmp_path: Path) -> None:
    message = problems(tmp_path, HEAD + "request: {type: dismisal}\n")
    assert "request.type: 'dismisal' is not a request type; did you mean 'dismissal'?" in message
    assert "Write one of: dismissal, termination, administrative_closure," in message
    assert "deferred_action (config/taxonomy.yaml)" in message


def test_an_unknown_document_type_lists_every_valid_type(tmp_path: Path) -> None:
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans/acta.jpg").write_bytes(b"x")
    text = HEAD + REQUEST + "documents:\n  - {file: scans/acta.jpg, type: birth_cert}\n"
    message = problems(tmp_path, text)
    assert "'birth_cert' is not a document type; did you mean 'birth_certificate'?" in message
    for kind in load_config().taxonomy.document_types:
        assert kind in message
    assert " more" not in message


def test_an_unknown_office_gets_the_closest_one() -> None:
    from packet.case import Proceedings
    from packet.opla import find_office

    directory = load_config().opla_offices
    match = find_office(Proceedings(opla_office="Chicgo"), directory)
    assert match.problem == "'Chicgo' is not in the OPLA directory (did you mean 'Chicago'?)"


def test_a_documents_file_left_without_its_folder_suggests_the_one_under_scans(
    tmp_path: Path,
) -> None:
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans/probation.jpg").write_bytes(b"x")
    (tmp_path / "scans/lease_2014.jpg").write_bytes(b"x")
    text = (
        HEAD
        + REQUEST
        + (
            "documents:\n  - {file: probation.jpg, exclude: true}\n"
            "  - {file: scans/lease2014.jpg, exclude: true}\n"
            "  - {file: scans/nothing-like-it.pdf, exclude: true}\n"
        )
    )
    message = problems(tmp_path, text)
    assert (
        "documents[0].file: no file 'probation.jpg' in the case folder; "
        "did you mean 'scans/probation.jpg'?"
    ) in message
    assert "documents[1].file: no file 'scans/lease2014.jpg' in the case folder; did you mean " in (
        message
    )
    assert "'scans/lease_2014.jpg'?" in message
    assert (
        "documents[2].file: no file 'scans/nothing-like-it.pdf' in the case folder; give its "
        in (message)
    )


def test_explain_suggests_the_file_under_scans(tmp_path: Path) -> None:
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans/probation.jpg").write_bytes(b"x")
    (tmp_path / "case.yaml").write_text(HEAD + REQUEST, encoding="utf-8")
    result = run_packet("explain", tmp_path, "probation.jpg")
    assert result.returncode == 2
    assert "probation.jpg: no such file in the case folder" in result.stderr
    assert "did you mean scans/probation.jpg?" in result.stderr


def test_suggestions_prefer_the_same_name_then_capitals_then_spelling() -> None:
    files = ["scans/IMG_2041.JPG", "scans/b/acta.jpg", "scans/lease.pdf"]
    assert file_suggestion("acta.jpg", files) == "scans/b/acta.jpg"
    assert file_suggestion("scans/img_2041.jpg", files) == "scans/IMG_2041.JPG"
    assert file_suggestion("scans/lease.pfd", files) == "scans/lease.pdf"
    assert file_suggestion("scans/unrelated.tiff", files) is None
    assert closest("D", ["dismissal", "deferred_action"]) is None  # too short to guess from


@pytest.mark.parametrize(
    "text",
    [
        (
            Path(__file__).resolve().parent.parent / "samples" / "demo-case" / "case.yaml"
        ).read_text(),
        HEAD + REQUEST + "claims:\n  residence: {since: 2011-02-30}\n",  # stays text
        HEAD + "notes: |\n  Line one\n  line: two\nlist: [1, 2.5, yes, null, '007', 0x1f]\n",
        "",
    ],
)
def test_libyaml_reads_a_case_file_as_the_python_reader_does(tmp_path: Path, text: str) -> None:
    """A case.yaml is read with libyaml's parser when PyYAML has it (five times faster); its
    data are the Python parser's, with the same resolvers (no implicit timestamps)."""
    from packet import case

    assert case._FastCaseLoader is not None  # the wheels on PyPI carry libyaml
    path = tmp_path / "case.yaml"
    fast = case._case_data(text, path, case._FastCaseLoader)
    assert fast == case._case_data(text, path, case._CaseLoader)
    assert type(fast) is type(case._case_data(text, path, case._CaseLoader))


def test_a_key_given_twice_names_its_lines_through_libyaml(tmp_path: Path) -> None:
    text = HEAD + REQUEST + "claims:\n  residence: {since: 2011-02-01}\nrequest: {type: stay}\n"
    message = problems(tmp_path, text)
    assert "a key is given twice" in message and "request: lines 3 and 6." in message
