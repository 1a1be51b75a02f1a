"""Classification accuracy on the labelled corpus (tests/corpus.py): type, equity, person.

Runs ``classify.decide`` on every document of the corpus, clean and degraded like OCR of a
poor phone photo, and writes the result to bench/results/classification.json and .md. Usage:

    python bench/classification.py [--level 0.08] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from packet.case import Case  # noqa: E402
from packet.classify import decide  # noqa: E402
from packet.config import load_config  # noqa: E402
from tests.corpus import Sample, corpus, degraded_corpus, held_out_corpus  # noqa: E402

TARGET = 0.97


def score(samples: list[Sample]) -> dict:
    config = load_config()
    cases = {}
    misses = []
    counts: Counter[str] = Counter()
    for s in samples:
        case = cases.setdefault(s.family.key, Case.model_validate(s.family.case))
        d = decide(s.text, "scan.jpg", case, config)
        about = s.family.name(s.about) if s.about else None
        got_about = d.person.name if d.person else None
        covers = d.fields.covers
        ok = {
            "type": d.type == s.type,
            "equity": d.equity == s.equity,
            "about": got_about == about,
            "language": d.language == s.language,
        }
        if s.covers:
            ok["covers"] = (
                bool(covers)
                and ((covers.start.isoformat(), covers.end.isoformat()) if covers else None)
                == s.covers
            )
        counts["documents"] += 1
        for key, right in ok.items():
            counts[f"{key}_total"] += 1
            counts[key] += right
        if s.type == "other":
            counts["other_total"] += 1
            counts["other"] += d.type == "other"
        wrong = [k for k, right in ok.items() if not right]
        if wrong:
            misses.append(
                {
                    "id": s.id,
                    "wrong": wrong,
                    "expected": [s.type, s.equity, about, s.language, s.covers],
                    "got": [d.type, d.equity, got_about, d.language, covers],
                    "confidence": d.confidence,
                }
            )
    rates = {
        k: round(counts[k] / counts[f"{k}_total"], 4)
        for k in ("type", "equity", "about", "language", "covers", "other")
        if counts[f"{k}_total"]
    }
    return {"documents": counts["documents"], "accuracy": rates, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--level", type=float, default=0.08, help="share of words OCR damages")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    args = parser.parse_args()
    clean, degraded = corpus(), degraded_corpus(level=args.level)
    later = held_out_corpus()
    results = {
        "clean": score(clean),
        f"degraded ({args.level:g})": score(degraded),
        "later wordings": score(later),
    }
    types = {s.type for s in clean}
    summary = {
        "corpus": {
            "documents": len(clean) + len(degraded) + len(later),
            "types": len(types),
            "spanish": sum(s.language == "es" for s in clean) * 2,
        },
        "target": TARGET,
        **{name: {k: v for k, v in r.items() if k != "misses"} for name, r in results.items()},
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "classification.json").write_text(
        json.dumps(
            {**summary, "misses": {n: r["misses"] for n, r in results.items()}},
            indent=2,
            ensure_ascii=False,
            default=str,  # a miss may hold a Span of dates
        )
        + "\n",
        encoding="utf-8",
    )
    lines = [
        "# Classification accuracy",
        "",
        f"Corpus: {summary['corpus']['documents']} documents ({len(clean)} clean, "
        f"{len(degraded)} degraded, {len(later)} in wordings written after the rules), "
        f"{len(types)} types, English and Spanish (tests/corpus.py). "
        "Target: type and equity >= 97 %.",
        "",
        "| corpus | documents | type | equity | person | language | covers | `other` kept other |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in results.items():
        a = r["accuracy"]
        lines.append(
            f"| {name} | {r['documents']} | "
            + " | ".join(
                f"{100 * a.get(k, 0):.1f} %"
                for k in ("type", "equity", "about", "language", "covers", "other")
            )
            + " |"
        )
    (args.out / "classification.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    if args.show_misses:
        for name, r in results.items():
            for m in r["misses"]:
                print(name, json.dumps(m, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
