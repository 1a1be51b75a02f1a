"""report.json, batch-report.json and the --json outputs hold to the JSON Schemas the package
ships (packet/schemas/, described in docs/report-json.md)."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import DemoBuild, run_packet

SCHEMAS = {
    "packet-report/1": "report.schema.json",
    "packet-batch/1": "batch-report.schema.json",
    "packet-check/1": "check.schema.json",
    "packet-build/1": "build.schema.json",
    "packet-batch-run/1": "batch.schema.json",
}


def validate(content: dict) -> None:
    """Against the schema the content names, as a script would."""
    schema = json.loads(
        resources.files("packet").joinpath("schemas", SCHEMAS[content["schema"]]).read_text()
    )
    jsonschema.Draft202012Validator(schema).validate(content)


@pytest.mark.parametrize("name", sorted(SCHEMAS.values()))
def test_each_schema_is_a_valid_json_schema_named_for_its_format(name: str) -> None:
    schema = json.loads(resources.files("packet").joinpath("schemas", name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    assert SCHEMAS[schema["$id"]] == name
    documented = (Path(__file__).parent.parent / "docs/report-json.md").read_text()
    assert f"`{schema['$id']}`" in documented and name in documented


@pytest.mark.e2e
def test_report_json_and_build_json_hold_to_their_schemas(
    demo_build: DemoBuild, ocr_cache: Path, tmp_path: Path
) -> None:
    validate(demo_build.report)
    case_dir = tmp_path / "demo-case"
    shutil.copytree(demo_build.case_dir, case_dir, ignore=shutil.ignore_patterns("out"))
    result = run_packet("build", case_dir, "--json", "--variant", "all", "--cache-dir", ocr_cache)
    content = json.loads(result.stdout)
    validate(content)
    assert content["written"] and [o["variant"] for o in content["outputs"]] == [
        "efile",
        "filing",
        "service",
    ]
    validate(json.loads((case_dir / "out/report.json").read_text()))
    strict = run_packet("build", case_dir, "--json", "--strict", "--cache-dir", ocr_cache)
    refused = json.loads(strict.stdout)
    validate(refused)
    assert refused["written"] is False and refused["report"] is None and refused["outputs"] == []


@pytest.mark.e2e
def test_check_json_and_its_errors_hold_to_the_schema(
    demo_build: DemoBuild, ocr_cache: Path, tmp_path: Path
) -> None:
    # On a copy: check writes its own review page, which would replace the shared build's.
    case_dir = tmp_path / "demo-case"
    shutil.copytree(demo_build.case_dir, case_dir, ignore=shutil.ignore_patterns("out"))
    validate(json.loads(run_packet("check", case_dir, "--json", "--cache-dir", ocr_cache).stdout))
    (tmp_path / "case.yaml").write_text("schema: 1\nrespondent:\n\tname: Ana\n")
    failed = json.loads(run_packet("check", tmp_path, "--json").stdout)
    validate(failed)
    assert (
        failed["error"]["kind"] == "case-file"
        and "indent with spaces" in failed["error"]["message"]
    )
