"""How well `packet build` reads the TUNING corpus (tests/realistic/tuning.py): the corpus rules
may be tuned on. Same build and scoring as bench/reading.py (which measures the blind corpus),
but it prints every wrong document and every false finding, since looking is what it is for.

    python bench/tuning.py [--only quiroz,okafor] [--keep DIR] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.reading import build, score_case, summarize  # noqa: E402
from tests.realistic.tuning import CASES, write_case  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help=f"comma-separated cases of {', '.join(CASES)}")
    parser.add_argument("--keep", type=Path, help="build here and keep the corpus and packets")
    parser.add_argument("--cache-dir", type=Path, help="an OCR cache to reuse (default: cold)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    keys = args.only.split(",") if args.only else list(CASES)
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        root = work / "tuning"
        results = []
        for key in keys:
            write_case(key, root)
            out = work / "out" / key
            print(f"tuning: building {key} ...", file=sys.stderr, flush=True)
            code, seconds, stderr = build(
                root / key, out, args.cache_dir or work / "cache", args.jobs
            )
            result = score_case(key, root, out, code, seconds)
            if code > 1:
                result.error = f"exit {code}: {stderr.strip()[-400:]}"
            results.append(result)
            for d in result.documents:
                if not (d["type"] and d["about"] and d["equity"]):
                    print(
                        f"  {key} {d['label']} ({d['file']}): expected {d['expected'][:3]}, "
                        f"got {d['got'][:3]}, split right: {d['found']}"
                    )
            for f in result.false_findings:
                print(f"  {key} FALSE {f['code']} {f['file']}: {f['message']}")
            if result.error:
                print(f"  {key} ERROR {result.error}")
    s = summarize(results)
    n = s["documents"]
    right = sum(
        all(d[k] for k in ("type", "about", "equity")) for r in results for d in r.documents
    )
    print(
        f"{s['cases']} cases, {n} documents: type {s['accuracy']['type']:.1%}, person "
        f"{s['accuracy']['about']:.1%}, equity {s['accuracy']['equity']:.1%}; all three right "
        f"{right}/{n}; false findings {s['false_findings']} {s['false_findings_by_code']}"
    )


if __name__ == "__main__":
    main()
