"""`packet batch`: a docket of small generated cases, built locally and on a real Dask cluster."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from packet import json_output
from packet.batch import (
    BatchOptions,
    BatchResult,
    CaseResult,
    case_letters,
    copied_across,
    find_cases,
    output_names,
    run_batch,
    write_batch_report,
)
from packet.cli import show_batch
from packet.config import load_config
from packet.errors import ExitCode, UsageError
from packet.records import CaseStatus
from tests.conftest import REPO, run_packet, tree_hashes
from tests.test_check import doc
from tests.test_json_schemas import validate as validate_json

SECOND_CHILD = "    - {name: Paloma Prueba Ortiz, date_of_birth: 2018-07-04, status: usc}\n"


@pytest.fixture(scope="session")
def docket(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three cases of two one-page scans (cases 00 and 01 share a birth certificate, byte for
    byte; case 02 is nested a level down and claims a child with no birth certificate), one
    case whose case.yaml is invalid and one whose only file is not a document."""
    generated = tmp_path_factory.mktemp("generated")
    generate = [sys.executable, REPO / "samples" / "make_docket.py", generated]
    subprocess.run(
        [*generate, "--cases", "3", "--documents", "2", "--spouses"],
        check=True,
        capture_output=True,
    )
    cases = tmp_path_factory.mktemp("docket")
    shutil.copytree(generated / "case-00", cases / "case-00")
    shutil.copytree(generated / "case-01", cases / "case-01")
    shutil.copytree(generated / "case-02", cases / "2027" / "case-02")
    _add_second_child(cases / "2027" / "case-02" / "case.yaml")
    (cases / "broken").mkdir()
    (cases / "broken" / "case.yaml").write_text(
        "schema: 1\nrespondent: {name: Nadie Ejemplo, a_number: '12-34'}\n"
        "request: {type: dismissal}\n",
        encoding="utf-8",
    )
    (cases / "2027" / "notes").mkdir()  # a folder without case.yaml is not a case
    (cases / "unreadable" / "scans").mkdir(parents=True)
    shutil.copy(cases / "case-00" / "case.yaml", cases / "unreadable" / "case.yaml")
    (cases / "unreadable" / "scans" / "photo.jpg").write_bytes(b"not a picture at all\n")
    return cases


def _add_second_child(case_yaml: Path) -> None:
    lines = case_yaml.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("- {name:")) + 1
    case_yaml.write_text("".join([*lines[:at], SECOND_CHILD, *lines[at:]]), encoding="utf-8")


@dataclass
class BatchRun:
    cases: Path
    out: Path
    result: subprocess.CompletedProcess[str]
    inputs_before: dict[str, str]

    @property
    def batch_report(self) -> dict:
        return json.loads((self.out / "batch-report.json").read_text(encoding="utf-8"))

    def case(self, name: str) -> dict:
        return next(c for c in self.batch_report["cases"] if c["case"] == name)

    def report(self, name: str) -> dict:
        return json.loads((self.out / name / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def local_batch(
    docket: Path, ocr_cache: Path, tmp_path_factory: pytest.TempPathFactory
) -> BatchRun:
    out = tmp_path_factory.mktemp("batch-out")
    before = tree_hashes(docket)
    result = run_packet("batch", docket, "-o", out, "--cache-dir", ocr_cache)
    return BatchRun(docket, out, result, before)


@pytest.mark.e2e
def test_every_case_is_found_built_or_failed_alone(local_batch: BatchRun) -> None:
    assert local_batch.result.returncode == ExitCode.build_failed, local_batch.result.stderr
    statuses = {c["case"]: c["status"] for c in local_batch.batch_report["cases"]}
    assert statuses == {
        "broken": "failed",
        "case-00": "ready",
        "case-01": "ready",
        "case-02": "findings",
        "unreadable": "failed",
    }
    broken = local_batch.case("broken")
    assert "case.yaml" in broken["message"] and "respondent.a_number" in broken["message"]
    assert not (local_batch.out / "broken").exists()
    unreadable = local_batch.case("unreadable")["message"]
    assert "Nothing to build" in unreadable and "scans/photo.jpg" in unreadable


@pytest.mark.e2e
def test_each_case_gets_its_own_packet_and_report(local_batch: BatchRun) -> None:
    for name in ("case-00", "case-01", "case-02"):
        entry = local_batch.case(name)
        packet = local_batch.out / name / "packet-efile.pdf"
        assert entry["outputs"][0]["path"] == "packet-efile.pdf"
        assert packet.stat().st_size == entry["outputs"][0]["bytes"]
        assert stat.S_IMODE(packet.stat().st_mode) == 0o600
        report = local_batch.report(name)
        types = sorted(d["type"] for d in report["documents"])
        assert types == ["birth_certificate", "identity_document"]
        assert entry["pages"] == 2
    nested = local_batch.case("case-02")
    assert nested["folder"] == "2027/case-02"
    codes = [(f["code"], f.get("claim")) for f in local_batch.report("case-02")["findings"]]
    assert codes == [("missing-evidence", "children[1]")]
    assert nested["errors"] == 1


@pytest.mark.e2e
def test_a_scan_in_two_cases_is_read_once(local_batch: BatchRun) -> None:
    reads = local_batch.batch_report["reads"]
    assert reads["sources"] == 6
    assert reads["distinct"] == 5
    assert reads["ocr"] == 5 and reads["from_cache"] == 0  # nothing else reads these scans
    shared = "scans/birth_certificate.jpg"
    first, second = (
        next(d for d in local_batch.report(n)["documents"] if d["file"] == shared)
        for n in ("case-00", "case-01")
    )
    assert first["sha256"] == second["sha256"]
    assert first["about"] == second["about"] == "Diego Quintero Ortiz"


@pytest.mark.e2e
def test_summary_table_and_plain_progress_lines(local_batch: BatchRun) -> None:
    stdout, stderr = local_batch.result.stdout, local_batch.result.stderr
    header = next(line for line in stdout.splitlines() if "case" in line and "status" in line)
    assert header.split() == ["case", "pages", "errors", "warnings", "status", "time"]
    assert "broken: " in stdout and "respondent.a_number" in stdout
    assert "Report: " in stdout
    progress = [line for line in stderr.splitlines() if line.startswith("[")]
    assert [line.split("]")[0] for line in progress] == [f"[{i}/5" for i in range(1, 6)]
    assert "\x1b[" not in stderr  # no terminal control codes in a pipe


@pytest.mark.e2e
def test_inputs_are_never_written(local_batch: BatchRun) -> None:
    assert tree_hashes(local_batch.cases) == local_batch.inputs_before
    assert not any(p.name == "out" for p in local_batch.cases.rglob("*"))


@pytest.fixture
def rerun(local_batch: BatchRun, ocr_cache: Path, tmp_path: Path):
    """A copy of the built docket and its outputs, re-run in this process (OCR all cached)."""
    cases, out = tmp_path / "cases", tmp_path / "out"
    shutil.copytree(local_batch.cases, cases)
    shutil.copytree(local_batch.out, out)

    def run(force: bool = False) -> tuple[int, dict[str, dict]]:
        result = run_batch(cases, BatchOptions(out, force=force, cache_dir=ocr_cache))
        return result.exit_code, {c.case: vars(c) for c in result.cases}

    return cases, out, run


@pytest.mark.e2e
def test_rerun_skips_what_did_not_change(rerun, monkeypatch: pytest.MonkeyPatch) -> None:
    cases, out, run = rerun
    code, results = run()
    assert code == ExitCode.build_failed
    assert {n for n, c in results.items() if c["unchanged"]} == {"case-00", "case-01", "case-02"}
    assert results["case-02"]["status"] == "findings"  # the findings stay in the exit code
    assert results["broken"]["status"] == "failed"  # a failed case is always tried again
    assert not results["unreadable"]["unchanged"]

    (cases / "case-00" / "case.yaml").write_text(
        (cases / "case-00" / "case.yaml").read_text(encoding="utf-8") + "# edited\n",
        encoding="utf-8",
    )
    (out / "case-01" / "packet-efile.pdf").unlink()
    _, results = run()
    assert {n for n, c in results.items() if c["unchanged"]} == {"case-02"}
    assert (out / "case-01" / "packet-efile.pdf").is_file()

    _, results = run(force=True)
    assert not any(c["unchanged"] for c in results.values())

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # another day: letters are re-dated
    _, results = run()
    assert not any(c["unchanged"] for c in results.values())


@pytest.mark.e2e
def test_workers_that_stop_fail_the_waiting_cases_not_the_report(
    local_batch: BatchRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class LostWorkers:
        def map(self, *_: object) -> None:
            raise ConnectionResetError("worker lost")

    monkeypatch.setattr("packet.reading.executor_for", lambda *_: LostWorkers())
    options = BatchOptions(tmp_path / "out", jobs=1, cache_dir=tmp_path / "cache")
    result = run_batch(local_batch.cases, options)
    assert result.exit_code == ExitCode.build_failed
    messages = {c.case: c.message for c in result.cases}
    assert messages["case-00"] == "the workers stopped (ConnectionResetError: worker lost)"
    assert "respondent.a_number" in messages["broken"]
    assert (tmp_path / "out" / "batch-report.json").is_file()


# --- the same docket on a real Dask cluster: a scheduler and two worker processes on loopback ---


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    from distributed import LocalCluster  # a dependency: a missing install must fail, not skip

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.e2e
def test_dask_cluster_builds_the_same_packets(
    dask_scheduler: str, local_batch: BatchRun, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    fresh_cache = tmp_path / "cache"  # so that every scan really is read on the workers
    result = run_packet(
        "batch", local_batch.cases, "-o", out, "--scheduler", dask_scheduler,
        "--cache-dir", fresh_cache,
    )  # fmt: skip
    assert result.returncode == ExitCode.build_failed, result.stderr
    remote = BatchRun(local_batch.cases, out, result, {})
    assert remote.batch_report["reads"]["ocr"] == 5
    assert remote.batch_report["reads"]["sources"] == 6
    assert len(list(fresh_cache.glob("*/*/searchable.pdf"))) == 5  # sent back, kept by the client
    for name in ("case-00", "case-01", "case-02"):
        local, there = local_batch.report(name), remote.report(name)
        local.pop("timings"), there.pop("timings")
        assert there == local
        assert (out / name / "packet-efile.pdf").is_file()
    assert remote.case("broken") == local_batch.case("broken")


@pytest.mark.e2e
def test_unreachable_scheduler_is_reported(local_batch: BatchRun, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free: nothing listens once the socket is closed
    result = run_packet(
        "batch", local_batch.cases, "-o", tmp_path / "out", "--scheduler",
        f"tcp://127.0.0.1:{port}", "--cache-dir", tmp_path / "cache",
        env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"},
    )  # fmt: skip
    assert result.returncode == ExitCode.build_failed
    report = json.loads((tmp_path / "out" / "batch-report.json").read_text(encoding="utf-8"))
    failed = {c["case"]: c["message"] for c in report["cases"] if c["status"] == "failed"}
    assert set(failed) == {"broken", "case-00", "case-01", "case-02", "unreadable"}
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in failed["case-00"]
    assert "case-00: cannot reach the Dask scheduler" in result.stdout


# --- finding cases and naming their outputs: no OCR ---


def _case(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text("schema: 1\n", encoding="utf-8")
    return folder


def test_find_cases_walks_nested_folders_but_not_links_out(tmp_path: Path) -> None:
    root, outside = tmp_path / "cases", tmp_path / "elsewhere"
    a = _case(root / "a")
    b = _case(root / "2026" / "b")
    _case(root / "a" / "scans" / "inner")  # inside a case: evidence, not another case
    _case(root / ".hidden" / "c")
    _case(outside / "d")
    (root / "link-out").symlink_to(outside, target_is_directory=True)
    (root / "link-in").symlink_to(root / "2026", target_is_directory=True)
    _case(root / "out" / "e")  # the batch's own output folder
    found, notes = find_cases(root, root / "out")
    assert sorted(found) == sorted([a, b])
    assert len(notes) == 1 and "link-out" in notes[0] and "outside" in notes[0]


def test_output_names_are_unique_and_say_so(tmp_path: Path) -> None:
    root = tmp_path / "cases"
    cases = [root / "2026" / "garcia", root / "2027" / "garcia", root / "2026-garcia", root / "lee"]
    names, notes = output_names(cases, root)
    assert [names[c] for c in cases] == ["2026-garcia", "2027-garcia", "2026-garcia-2", "lee"]
    assert len(set(names.values())) == len(cases)
    assert notes == [
        "2026-garcia: its outputs go to 2026-garcia-2, since 2026-garcia is taken.",
        "2 cases are named 'garcia'; their outputs go to 2026-garcia, 2027-garcia.",
    ]


def test_an_output_folder_inside_a_case_is_refused(tmp_path: Path) -> None:
    case = _case(tmp_path / "cases" / "garcia")
    with pytest.raises(UsageError, match="inside the case folder"):
        run_batch(tmp_path / "cases", BatchOptions(case / "packets"))
    assert not (case / "packets").exists()


def test_a_folder_without_cases_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run_packet("batch", tmp_path / "empty", "-o", tmp_path / "out")
    assert result.returncode == ExitCode.bad_input
    assert "no case found" in result.stderr


def test_out_is_required() -> None:
    result = run_packet("batch", os.curdir)
    assert result.returncode == ExitCode.bad_input
    assert "--out" in result.stderr


@pytest.mark.e2e
def test_batch_json_and_batch_report_hold_to_their_schemas(
    local_batch: BatchRun, ocr_cache: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(local_batch.out, out)
    result = run_packet("batch", local_batch.cases, "-o", out, "--json", "--cache-dir", ocr_cache)
    content = json.loads(result.stdout)
    validate_json(content)
    validate_json(json.loads((out / "batch-report.json").read_text()))
    assert content["exit_code"] == result.returncode == 3  # two cases of the docket fail
    by_case = {c["case"]: c for c in content["cases"]}
    assert by_case["case-02"]["findings"][0]["claim"] == "children[1]"
    assert by_case["broken"]["findings"] is None and by_case["broken"]["report"] is None
    assert content["verdict"]["summary"] == "2 ready, 1 with errors, 2 failed"


# --- copied-letter across the cases of a docket -------------------------------------------------

TEMPLATE = (
    "To whom it may concern. I have known {who} for many years through our parish, where "
    "{who} volunteers every Sunday at the food pantry and helps the elderly neighbours of our "
    "block with their shopping and their appointments. {who} is honest, hard working and devoted "
    "to the family, and our community would lose a pillar if {who} were removed. I respectfully "
    "ask that the case be dismissed so that {who} can continue to care for the family.\n"
    "Sincerely, Father Tomás Prieto\nMarch 3, 2026"
)
RESPONDENTS = {"garcia": "Lucía García Prueba", "ruiz": "Marta Ruiz Ejemplo"}


def _docket_letters(texts: dict[str, str], same_file: bool = False) -> list[CaseResult]:
    config = load_config()
    results = []
    for case, text in texts.items():
        letter = doc(
            "scans/letter.jpg",
            "letter_of_support",
            RESPONDENTS[case],
            text,
            sha256="same" if same_file else f"sha-{case}",
        )
        result = CaseResult(case, case, CaseStatus.ready)
        result.letters = case_letters([letter], config, case, RESPONDENTS)
        # as a case skipped as unchanged has them: read back from batch-report.json
        result.letters = json.loads(json.dumps(result.letters))
        results.append(result)
    return results


def test_one_letter_for_two_respondents_is_a_docket_finding() -> None:
    cases = _docket_letters(
        {case: TEMPLATE.format(who=name.split()[0]) for case, name in RESPONDENTS.items()}
    )
    found = copied_across(cases, load_config())
    assert [(f.code, f.severity) for f in found] == [("copied-letter", "error")]
    assert found[0].letters == [
        {"case": "garcia", "file": "scans/letter.jpg"},
        {"case": "ruiz", "file": "scans/letter.jpg"},
    ]
    assert "garcia: scans/letter.jpg" in found[0].message
    assert "ruiz: scans/letter.jpg" in found[0].message


def test_one_letter_about_both_of_a_couple_is_not_a_copy() -> None:
    both = TEMPLATE.format(who="Lucía García Prueba and Marta Ruiz Ejemplo")
    config = load_config()
    # rescanned for each case (two files), and the very same file in both folders
    assert copied_across(_docket_letters(dict.fromkeys(RESPONDENTS, both)), config) == []
    one = TEMPLATE.format(who="Lucía")
    assert copied_across(_docket_letters(dict.fromkeys(RESPONDENTS, one), True), config) == []


def test_a_docket_finding_is_in_the_summary_the_json_and_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = _docket_letters(
        {case: TEMPLATE.format(who=name.split()[0]) for case, name in RESPONDENTS.items()}
    )
    reads = dict.fromkeys(("sources", "distinct", "from_cache", "ocr", "pages_ocr"), 0)
    result = BatchResult(
        cases, [], reads, tmp_path / "batch-report.json", 1.0, copied_across(cases, load_config())
    )
    assert result.exit_code == ExitCode.findings  # every case is ready; the docket is not
    show_batch(result)
    printed = " ".join(capsys.readouterr().out.split())
    assert "docket: copied-letter: garcia: scans/letter.jpg has the same body as ruiz:" in printed
    content = json_output.batch_output(tmp_path, tmp_path, result)
    validate_json(json.loads(json_output.dumps(content)))
    assert [f["code"] for f in content["findings"]] == ["copied-letter"]
    write_batch_report(result, tmp_path)
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    validate_json(report)
    assert report["findings"][0]["letters"][1] == {"case": "ruiz", "file": "scans/letter.jpg"}
