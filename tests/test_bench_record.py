"""The benchmark results writer (bench/record.py) on made-up measurements: no timing here."""

from __future__ import annotations

import json

from bench.record import Measurement, Results, write

MACHINE = {
    "cores": 2,
    "memory_gib": 8.0,
    "platform": "Linux x86_64",
    "python": "3.11.7",
    **dict.fromkeys(("tesseract", "ocrmypdf", "ghostscript", "qpdf", "pikepdf", "pypdf"), "1.0"),
}


def made_up() -> Results:
    return Results(
        mode="quick",
        started="2026-01-02 03:04 UTC",
        seconds=90.0,
        machine=MACHINE,
        load_average={"start": [4.5, 4.0, 3.5], "end": [6.0, 5.0, 4.0]},
        measurements=[
            Measurement("cold read", 30.0, "s", 20.0, "bare tesseract", 1.25, of_ratio=True),
            Measurement("warm rebuild, per 100 pages", 0.5, "s", target=2.0, runs=3),
            Measurement("accuracy", 95.0, "%", target=97.0, at_least=True, note="3 misses"),
            Measurement("one scan changed", 1.9, "s"),
        ],
        profiles={"intake": ["1000 function calls in 2.000 seconds", "  1  2.0  lock.acquire"]},
    )


def test_verdicts_say_how_far_a_target_was_missed():
    cold, warm, accuracy, changed = made_up().measurements
    assert (cold.ratio, cold.met, cold.missed_by) == (1.5, False, 0.2)
    assert "missed** by 20 % (1.50×)" in cold.verdict()
    assert "missed** by 2.1 % (95 %)" in accuracy.verdict()
    assert (warm.met, warm.missed_by, warm.verdict()) == (True, None, "met")
    assert accuracy.met is False and round(accuracy.missed_by, 4) == round(2 / 97, 4)
    assert accuracy.target_text() == "≥ 97 %"
    assert changed.met is None and changed.verdict() == "" and changed.ratio is None


def test_table_and_json_carry_every_measurement_machine_and_load(tmp_path):
    write(made_up(), tmp_path)
    table = (tmp_path / "latest.md").read_text(encoding="utf-8")
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    assert len(rows) == 2 + 4  # header, rule and one row each
    assert "| cold read | 30 s | 20 s (bare tesseract) | 1.50× | ≤ 1.25× |" in table
    assert "Targets missed: cold read, accuracy." in table
    assert "[4.5, 4.0, 3.5]" in table and "[6.0, 5.0, 4.0]" in table
    assert "## Profile: intake" in table and "lock.acquire" in table
    assert "- **accuracy**: 3 misses" in table

    data = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert data["machine"] == MACHINE and data["load_average"]["end"] == [6.0, 5.0, 4.0]
    by_name = {m["name"]: m for m in data["measurements"]}
    assert (
        by_name["cold read"] | {"ratio": 1.5, "met": False, "missed_by": 0.2}
        == by_name["cold read"]
    )
    assert by_name["warm rebuild, per 100 pages"]["runs"] == 3
    assert by_name["one scan changed"]["met"] is None


def test_a_target_of_none_at_all_is_missed_by_a_count_not_a_share():
    false_findings = Measurement("false findings", 3, "findings", target=0)
    assert (false_findings.met, false_findings.missed_by) == (False, None)
    assert false_findings.verdict() == "**missed** (3 findings)"
    assert Measurement("false findings", 0, "findings", target=0).verdict() == "met"
