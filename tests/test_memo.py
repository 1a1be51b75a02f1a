"""Facts remembered beside the OCR cache (packet/memo.py): the language a text reads as, the
type its phrases give it and what classify decided of a document. Remembered facts give the
same answers as working them out, and a missing, damaged or other-version memo is worked out
again."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from packet import classify as classify_module
from packet.case import Case
from packet.classify import classify, decide, remembered_decisions, score_types
from packet.config import Config, load_config
from packet.memo import Memo
from packet.records import Document, ReadSource, Source
from packet.text import language
from packet.text.language import read_language, remembered_readings
from tests.corpus import FAMILIES, corpus

CONFIG = load_config()

SPANISH = (
    "El suscrito certifica que la señora vive en esta ciudad desde hace diez años, que asiste "
    "cada domingo a la iglesia y que ayuda a sus vecinos con la comida de la semana."
)


def test_a_memo_keeps_facts_and_forgets_another_fingerprint(tmp_path: Path) -> None:
    memo = Memo(tmp_path / "facts.json", "one")
    memo.put("a", [1, 2])
    memo.save()
    assert stat.S_IMODE((tmp_path / "facts.json").stat().st_mode) == 0o600
    assert Memo(tmp_path / "facts.json", "one").get("a") == [1, 2]
    assert Memo(tmp_path / "facts.json", "two").get("a") is None


@pytest.mark.parametrize("content", ["", "{not json", '{"format": 1}', "[1, 2]", '"facts"'])
def test_a_damaged_memo_is_worked_out_again(tmp_path: Path, content: str) -> None:
    (tmp_path / "facts.json").write_text(content)
    memo = Memo(tmp_path / "facts.json", "one")
    assert memo.get("a") is None
    memo.put("a", 3)
    memo.save()
    assert Memo(tmp_path / "facts.json", "one").get("a") == 3


def test_remembered_languages_are_the_model_s(tmp_path: Path, monkeypatch) -> None:
    texts = [SPANISH, "The undersigned certifies that she has lived here for ten years. " * 3]
    fresh = [read_language(t, CONFIG.languages) for t in texts]
    with remembered_readings(tmp_path):
        assert [read_language(t, CONFIG.languages) for t in texts] == fresh
    assert fresh[0].code == "es"

    def no_model(*_):
        raise AssertionError("the model was asked about a remembered text")

    monkeypatch.setattr(language, "_identify", no_model)
    with remembered_readings(tmp_path):
        assert [read_language(t, CONFIG.languages) for t in texts] == fresh
    other = CONFIG.languages.model_copy(update={"min_probability": 0.99})
    with remembered_readings(tmp_path), pytest.raises(AssertionError, match="remembered"):
        read_language(SPANISH, other)  # other settings: the memo does not answer for them


def test_the_language_model_kept_unpacked_reads_as_the_library_s(tmp_path: Path) -> None:
    """The narrowed model kept beside the cache answers as py3langid's own file does, is the
    owner's only, and a damaged copy is made again rather than trusted."""
    codes = tuple(CONFIG.languages.languages)
    texts = [
        SPANISH,
        "The tenant agrees to pay the rent on the first day of each month.",
        "Je soussigné certifie que Madame habite cette ville depuis dix ans.",
        "Mwen sètifye ke madanm nan rete nan vil sa a depi dis lane.",
        "Certifico que a senhora mora nesta cidade há dez anos.",
        "NOMBRE / NAME: ANA LUCIA / FECHA DE NACIMIENTO / DATE OF BIRTH",
    ]
    library = language._identifier_kept_in(codes, None)
    made = language._identifier_kept_in(codes, tmp_path)  # unpacks the library's, keeps a copy
    [kept] = tmp_path.glob(f"{language.MODEL_COPY_PREFIX}*.npz")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    language._identifier_kept_in.cache_clear()
    read_back = language._identifier_kept_in(codes, tmp_path)
    assert read_back is not made
    for text in texts:
        assert read_back.classify(text) == library.classify(text) == made.classify(text)
    kept.write_bytes(kept.read_bytes()[:1000])  # cut short, as by a full disk
    language._identifier_kept_in.cache_clear()
    assert language._read_kept_model(kept) is None
    again = language._identifier_kept_in(codes, tmp_path)
    assert [again.classify(t) for t in texts] == [library.classify(t) for t in texts]
    assert language._read_kept_model(kept) is not None  # made again whole


def test_compiled_templates_are_kept_in_the_cache_and_follow_edits(tmp_path: Path):
    from packet.templates import COMPILED_FOLDER, Templates, keep_compiled

    folder = tmp_path / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "note.txt.j2").write_text("Dear {{ name }},\n")
    config = CONFIG.model_copy(update={"directory": tmp_path / "config"})
    assert config.templates == folder
    keep_compiled(config, tmp_path / "cache")
    assert Templates(config).render("note.txt.j2", {"name": "Ana"}) == "Dear Ana,"
    assert any((tmp_path / "cache" / COMPILED_FOLDER).iterdir())
    keep_compiled(config, tmp_path / "other")  # another cache: the one kept follows it
    assert Templates(config).render("note.txt.j2", {"name": "Ana"}) == "Dear Ana,"
    (folder / "note.txt.j2").write_text("Querida {{ name }}:\n")
    os.utime(folder / "note.txt.j2", (1, 1))  # a changed time, however fast the edit
    assert Templates(config).render("note.txt.j2", {"name": "Ana"}) == "Querida Ana:"


def _corpus_read(tmp_path: Path) -> list[tuple[Case, list[ReadSource]]]:
    """The clean corpus's texts as scans read, each family's under its own case.yaml."""
    by_family: dict[str, list[ReadSource]] = {}
    for i, sample in enumerate(corpus()):
        name = f"scans/{sample.id}.jpg"
        source = Source(tmp_path / name, name, f"{i:064x}", "jpeg", 1)
        read = ReadSource(source, tmp_path / f"{i}.pdf", tuple(sample.text.split("\f")))
        by_family.setdefault(sample.family.key, []).append(read)
    return [(Case.model_validate(f.case), by_family[f.key]) for f in FAMILIES]


def _fresh(cases: list[tuple[Case, list[ReadSource]]], config: Config) -> list[list[Document]]:
    classify_module._typed.clear()  # what this process worked out is no memo
    return [classify(read, case, config) for case, read in cases]


def test_remembered_types_and_decisions_are_classify_s(tmp_path: Path, monkeypatch) -> None:
    """A warm check reads each document's type and decision from the cache folder: the same
    documents as deciding them again, without trying a rule's phrase on any text."""
    cases = _corpus_read(tmp_path)
    fresh = _fresh(cases, CONFIG)
    with remembered_decisions(tmp_path / "cache"):
        assert _fresh(cases, CONFIG) == fresh
    assert {p.name for p in (tmp_path / "cache").iterdir()} == {"types.json", "decisions.json"}

    def no_rules(*_):
        raise AssertionError("a remembered text was scored or decided again")

    monkeypatch.setattr(classify_module, "score_types", no_rules)
    monkeypatch.setattr(classify_module, "decide", no_rules)
    with remembered_decisions(tmp_path / "cache"):
        assert _fresh(cases, CONFIG) == fresh
        segment_pages = [
            classify_module.type_of(t, CONFIG) for _, r in cases for t in r[0].page_texts
        ]
    classify_module._typed.clear()
    monkeypatch.undo()
    assert segment_pages == [
        classify_module.type_of(t, CONFIG) for _, r in cases for t in r[0].page_texts
    ]


def test_remembered_decisions_are_not_reused_for_another_config_or_case(
    tmp_path: Path, monkeypatch
) -> None:
    """A decision remembered under one config/, case.yaml, version of the code or day is worked
    out again under another: an edited rule or A-number, a new release, a new day never get a
    stale answer."""
    cases = _corpus_read(tmp_path)[:2]
    with remembered_decisions(tmp_path):
        _fresh(cases, CONFIG)
    decided, scored = [], []
    monkeypatch.setattr(
        classify_module, "decide", lambda *a, **k: decided.append(a) or decide(*a, **k)
    )
    monkeypatch.setattr(
        classify_module, "score_types", lambda *a: scored.append(a) or score_types(*a)
    )
    with remembered_decisions(tmp_path):
        _fresh(cases, CONFIG)
    assert (decided, scored) == ([], [])

    weights = CONFIG.rules.weights.model_copy(
        update={"evidence": CONFIG.rules.weights.evidence + 1}
    )
    rules = CONFIG.rules.model_copy(update={"weights": weights})
    edited = CONFIG.model_copy(update={"rules": rules})
    unremembered = _fresh(cases, edited)
    decided.clear()
    scored.clear()
    with remembered_decisions(tmp_path):
        assert _fresh(cases, edited) == unremembered
    documents = sum(len(r) for _, r in cases)
    assert len(decided) == documents and scored  # every one worked out again

    decided.clear()
    case, read = cases[0]
    respondent = case.respondent.model_copy(update={"a_number": "987654321"})
    with remembered_decisions(tmp_path):
        _fresh([(case.model_copy(update={"respondent": respondent}), read)], CONFIG)
    assert len(decided) == len(cases[0][1])

    decided.clear()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1900000000")  # another day
    with remembered_decisions(tmp_path):
        _fresh(cases, CONFIG)
    assert len(decided) == documents

    decided.clear()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    monkeypatch.setattr(classify_module, "code_version", lambda: "another release")
    with remembered_decisions(tmp_path):
        _fresh(cases, CONFIG)
    assert len(decided) == documents


def _config_copy(tmp_path: Path) -> Path:
    from packet.config import export_config

    target = tmp_path / "config"
    export_config(target)
    return target


def test_config_remembered_in_the_cache_is_config_read_again(tmp_path: Path) -> None:
    """config/'s files' data kept as JSON by the SHA-256 of their text load the same Config,
    and an edited file is read again: a rule changed in it counts at once."""
    from packet.config import CONFIG_MEMO, _load_config

    directory, cache = _config_copy(tmp_path), tmp_path / "cache"
    offices = tmp_path / "no-user-offices.yaml"
    read = _load_config.__wrapped__(directory, offices, None)
    first = _load_config.__wrapped__(directory, offices, cache)
    assert (cache / CONFIG_MEMO).is_file()
    assert stat.S_IMODE((cache / CONFIG_MEMO).stat().st_mode) == 0o600
    again = _load_config.__wrapped__(directory, offices, cache)
    assert first == read and again == read
    settings = directory / "settings.yaml"
    settings.write_text(settings.read_text().replace("min_score:", "min_score: 7 #"))
    edited = _load_config.__wrapped__(directory, offices, cache)
    assert edited.settings.classify.min_score == 7
    assert edited != read


def test_a_mistake_in_config_is_named_whatever_the_cache_holds(tmp_path: Path) -> None:
    from packet.config import _load_config
    from packet.errors import ConfigError

    directory, cache = _config_copy(tmp_path), tmp_path / "cache"
    offices = tmp_path / "no-user-offices.yaml"
    _load_config.__wrapped__(directory, offices, cache)
    (directory / "taxonomy.yaml").write_text("document_types: [unclosed\n")
    with pytest.raises(ConfigError, match=r"taxonomy\.yaml: not valid YAML"):
        _load_config.__wrapped__(directory, offices, cache)


@pytest.mark.parametrize(
    ("text", "kept"),
    [("a: [1, 2]\nb: {c: text}\n", True), ("since: 2020-01-31\n", False), ("1: one\n", False)],
)
def test_config_data_json_would_change_is_not_remembered(
    tmp_path: Path, text: str, kept: bool
) -> None:
    """YAML's dates and number keys do not come back from JSON as they were: such a file is
    parsed each time instead."""
    from packet.config import _read_yaml

    path = tmp_path / "file.yaml"
    path.write_text(text)
    memo = Memo(tmp_path / "config.json", "one")
    data = _read_yaml(path, memo)
    assert memo.changed is kept
    assert _read_yaml(path, memo) == data
