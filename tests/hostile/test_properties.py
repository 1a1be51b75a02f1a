"""Property-based: whatever case.yaml or whatever damaged file, `packet check` ends in exit 0, 1
or 2 with a message for a person, never a traceback and never a hang.

CI runs a small fixed-seed number of examples (profile "ci"); `make fuzz` runs many ("fuzz").
"""

from __future__ import annotations

import datetime as dt
import io
import os
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packet.cli import main
from tests.hostile.conftest import TINY_CASE_YAML
from tests.hostile.make_corpus import born_digital_pdf, scan

HANG_GUARD = 120.0  # seconds; far beyond any real example, so only a hang can trip it
settings.register_profile(
    "ci",
    max_examples=15,
    derandomize=True,  # the same examples on every run
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "fuzz",
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

KNOWN_KEYS = [
    "schema",
    "respondent",
    "name",
    "a_number",
    "date_of_birth",
    "entered_us",
    "request",
    "type",
    "claims",
    "children",
    "status",
    "documents",
    "file",
    "exclude",
    "translation",
    "proceedings",
    "stage",
    "negative_factors",
    "residence_since",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.dates(min_value=dt.date(1, 1, 1)).map(str),
    st.sampled_from(["dismissal", "usc", "A123-456-789", "../x", "/etc/passwd", "2023-02-30"]),
)
keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=12))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=5)),
    max_leaves=20,
)
good = yaml.safe_load(TINY_CASE_YAML)
case_mappings = st.one_of(
    st.dictionaries(keys, values, max_size=8),
    st.dictionaries(keys, values, max_size=4).map(lambda extra: {**good, **extra}),
    st.builds(
        lambda key, sub, value: {**good, key: {**good.get(key, {}), sub: value}},
        st.sampled_from(["respondent", "request", "claims", "proceedings"]),
        keys,
        values,
    ),
)


def check(case_dir: Path, *extra: str) -> Result:
    start = time.monotonic()
    result = CliRunner().invoke(main, ["check", str(case_dir), "--jobs", "1", *extra])
    assert time.monotonic() - start < HANG_GUARD
    assert isinstance(result.exception, SystemExit), result.output  # no uncaught exception
    assert result.exit_code in (0, 1, 2, 3), result.output
    # 3 only when the case holds nothing to build, and then it says what to add
    assert result.exit_code != 3 or "Nothing to build" in result.output, result.output
    assert result.output.strip(), "no message"
    assert "Traceback" not in result.output
    assert "internal error" not in result.output, result.output
    return result


@pytest.fixture
def empty_case(tmp_path: Path) -> Path:
    return tmp_path


@given(mapping=case_mappings)
def test_any_case_mapping_ends_in_a_documented_exit(empty_case: Path, mapping: dict) -> None:
    text = yaml.safe_dump(mapping, allow_unicode=True)
    (empty_case / "case.yaml").write_text(text, encoding="utf-8")
    result = check(empty_case)
    if result.exit_code == 2:
        assert "case.yaml" in result.output


@given(data=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_bytes_as_case_yaml_end_in_a_documented_exit(empty_case: Path, data: bytes) -> None:
    (empty_case / "case.yaml").write_bytes(data)
    assert check(empty_case).exit_code == 2  # random bytes are never a valid case


def _small_scan(fmt: str) -> bytes:
    from PIL import Image

    image = Image.open(io.BytesIO(scan("Mutated", fmt)))
    image = image.resize((image.width // 2, image.height // 2))
    buf = io.BytesIO()
    image.save(buf, fmt)
    return buf.getvalue()


SEEDS = {
    "jpg": _small_scan("JPEG"),
    "png": _small_scan("PNG"),
    "tif": _small_scan("TIFF"),
    "pdf": born_digital_pdf("MUTATED LETTER", pages=2),
}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    ext = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[ext])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "splice", "repeat"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "truncate":
            del data[at:]
        elif kind == "splice":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 256))]
    return ext, bytes(data)


@settings(max_examples=settings().max_examples // 2 or 1)
@given(sample=mutated())
def test_any_damaged_file_ends_in_a_documented_exit(
    tmp_path_factory: pytest.TempPathFactory, sample: tuple[str, bytes]
) -> None:
    ext, data = sample
    case_dir = tmp_path_factory.mktemp("mutated")
    (case_dir / "case.yaml").write_text(TINY_CASE_YAML, encoding="utf-8")
    (case_dir / f"scan.{ext}").write_bytes(data)
    result = check(case_dir, "--cache-dir", str(case_dir.parent / f"{case_dir.name}-cache"))
    # the case file is good: the scan cannot make it exit 2; rejected, it leaves nothing to
    # build (3, said so by check)
    assert result.exit_code in (0, 1, 3)
