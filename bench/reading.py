"""How well `packet build` reads real-looking folders it was never tuned on: the blind corpus.

Writes a blind corpus (bench/blind/cases.py, or with ``--corpus blind2`` ... ``blind5`` the
cases.py of bench/blind2/ ... bench/blind5/),
builds every case with the real `packet` command, matches the documents of each out/report.json
to the case's truth file and scores:

- document type, person (about) and equity accuracy, over every document of the truth;
- the share of documents inside files of several documents found with the right page range;
- documents photographed page by page joined into one document (their ``more_files``);
- false findings: findings neither expected nor allowed by the truth (target 0);
- the share of each stored photo page that is still background (desk, thumb), target < 3 %.

A document the tool did not split out or join counts as wrong for type, person and equity
(the headline numbers); the "as filed" numbers beside them score the entry that holds the
document's first page, to show whether the reading or the splitting is what failed.
NEVER TUNE RULES ON THIS CORPUS: see bench/README.md. Usage:

    python bench/reading.py [--corpus blind|blind2|...|blind8] [--only caballero,mejia]
                            [--keep DIR] [--cache-dir DIR] [--show]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.realistic.model import truth_path  # noqa: E402

# The blind corpora, each written by someone who had not read the rules: the module writing
# it, and the name its results are written under in bench/results.
CORPORA = {
    "blind": ("bench.blind.cases", "reading"),
    "blind2": ("bench.blind2.cases", "reading-blind2"),
    "blind3": ("bench.blind3.cases", "reading-blind3"),
    "blind4": ("bench.blind4.cases", "reading-blind4"),
    "blind5": ("bench.blind5.cases", "reading-blind5"),
    "blind6": ("bench.blind6.cases", "reading-blind6"),
    "blind7": ("bench.blind7.cases", "reading-blind7"),
    "blind8": ("bench.blind8.cases", "reading-blind8"),
    "blind9": ("bench.blind9.cases", "reading-blind9"),
    "blind10": ("bench.blind10.cases", "reading-blind10"),
    "blind11": ("bench.blind11.cases", "reading-blind11"),
    "blind12": ("bench.blind12.cases", "reading-blind12"),
    "blind13": ("bench.blind13.cases", "reading-blind13"),
    "blind14": ("bench.blind14.cases", "reading-blind14"),
    "blind15": ("bench.blind15.cases", "reading-blind15"),
    "blind16": ("bench.blind16.cases", "reading-blind16"),
    "blind17": ("bench.blind17.cases", "reading-blind17"),
    "blind18": ("bench.blind18.cases", "reading-blind18"),
    "blind19": ("bench.blind19.cases", "reading-blind19"),
    "blind20": ("bench.blind20.cases", "reading-blind20"),
    "blind21": ("bench.blind21.cases", "reading-blind21"),
    "blind22": ("bench.blind22.cases", "reading-blind22"),
    "blind23": ("bench.blind23.cases", "reading-blind23"),
}


# The corpus still blind: written by someone who had not read the rules, measured, and never
# studied case by case (bench/README.md says which are used up). `make bench` reports on it.
STILL_BLIND = "blind21"


def corpus(name: str) -> Any:
    """The module of a blind corpus: its ``CASES`` and ``write_corpus``."""
    return importlib.import_module(CORPORA[name][0])


TARGETS = {"type": 0.95, "about": 0.95, "equity": 0.95, "pages": 0.90, "background": 0.03}


# ---------------------------------------------------------------- matching


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).casefold().strip()
    return value


def right(expected: Any, got: Any) -> bool:
    """Whether ``got`` is the truth's value or one of the values it accepts."""
    options = expected if isinstance(expected, list) else [expected]
    return any(_norm(option) == _norm(got) for option in options)


def _holds(entry: dict[str, Any], file: str) -> bool:
    return entry.get("file") == file or file in (entry.get("more_files") or [])


def _pages(entry: dict[str, Any]) -> list[int] | None:
    pages = entry.get("pages")
    return list(pages) if pages else None


@dataclass
class Match:
    """One document of the truth and what the report made of it."""

    truth: dict[str, Any]
    exact: dict[str, Any] | None  # the report entry that is exactly this document
    holder: dict[str, Any] | None  # the entry holding its first page, exact or not
    structure: str  # "single", "range", "joined"


def match(truth_docs: list[dict[str, Any]], report_docs: list[dict[str, Any]]) -> list[Match]:
    matches = []
    for t in truth_docs:
        file, pages, more = t["file"], t.get("pages"), t.get("more_files") or []
        holders = [d for d in report_docs if _holds(d, file)]
        if pages:
            structure = "range"
            exact = next((d for d in holders if _pages(d) == pages and d["file"] == file), None)
            holder = exact or next(
                (d for d in holders if (r := _pages(d)) is None or r[0] <= pages[0] <= r[1]),
                None,
            )
        elif more:
            structure = "joined"
            exact = next(
                (d for d in holders if d["file"] == file and (d.get("more_files") or []) == more),
                None,
            )
            holder = exact or next((d for d in holders if d["file"] == file), None)
        else:
            structure = "single"
            exact = next(
                (
                    d
                    for d in holders
                    if d["file"] == file
                    and not d.get("more_files")
                    and _pages(d) in (None, [1, t["source_pages"]])
                ),
                None,
            )
            holder = exact or (holders[0] if holders else None)
        matches.append(Match(t, exact, holder, structure))
    return matches


def finding_expected(finding: dict[str, Any], expected: list[dict[str, Any]]) -> int | None:
    """The index of the truth's entry that this finding is, or None."""
    for i, entry in enumerate(expected):
        if finding.get("code") != entry["code"]:
            continue
        if all(right(value, finding.get(key)) for key, value in entry.items() if key != "code"):
            return i
    return None


# ---------------------------------------------------------------- photo pages


def sheet_quad(document: dict[str, Any], photo: str) -> list[list[float]] | None:
    """HOOK for the image-normalization work: the four corners (in the photo's own pixels, as
    saved, in the order they become the stored page's top-left, top-right, bottom-right and
    bottom-left) of the crop normalizing made of ``photo``, read from what the build reports
    for that page. None while the build reports no crop: the bench then checks whether the
    stored page is the whole photo (nothing cropped) and, if it is not, estimates from the
    stored pixels."""
    for key in ("normalized", "normalize", "crops"):
        pages = document.get(key)
        if isinstance(pages, list):
            for page in pages:
                if isinstance(page, dict) and page.get("file", document["file"]) == photo:
                    quad = page.get("sheet") or page.get("quad") or page.get("crop")
                    if quad and len(quad) == 4:
                        return quad
    return None


def _stored_images(pdf: Path, pages: list[int]):
    """The largest image on each of these packet pages (1-based), as PIL images."""
    import pikepdf
    from PIL import Image

    found = {}
    with pikepdf.open(pdf) as packet:
        for number in pages:
            if not 1 <= number <= len(packet.pages):
                continue
            page = packet.pages[number - 1]
            best = None
            for _name, raw in _images_of(page):
                image = pikepdf.PdfImage(raw)
                if best is None or image.width * image.height > best.width * best.height:
                    best = image
            if best is not None:
                found[number] = best.as_pil_image().convert("L")
    del Image
    return found


def _images_of(page):
    """Image XObjects of a page, also those inside its Form XObjects (our text layer)."""
    import pikepdf

    stack = [page.obj.get("/Resources", pikepdf.Dictionary())]
    while stack:
        resources = stack.pop()
        xobjects = resources.get("/XObject", {}) if resources else {}
        for name, obj in dict(xobjects).items():
            if obj.get("/Subtype") == "/Image":
                yield name, obj
            elif obj.get("/Subtype") == "/Form":
                stack.append(obj.get("/Resources"))


def dark_share(image) -> float:
    """An estimate from pixels alone: the share of 16-pixel blocks far darker than the paper
    (a dark desk, a thumb, a shadow). Text never darkens a whole block that much."""
    import numpy as np

    grey = np.asarray(image, dtype=np.float32)
    h, w = (grey.shape[0] // 16) * 16, (grey.shape[1] // 16) * 16
    if not h or not w:
        return 0.0
    blocks = grey[:h, :w].reshape(h // 16, 16, w // 16, 16).mean(axis=(1, 3))
    paper = float(np.percentile(blocks, 90))
    return float((blocks < 0.5 * paper).mean())


def background(
    photo_info: dict[str, Any], stored, quad: list[list[float]] | None
) -> tuple[float, str]:
    """The share of a stored photo page that is not the sheet, and how it was measured: from
    the crop the build reports (exact, on where the sheet truly lies), else from the stored
    pixels (an estimate: a strip of desk that light flattening turned pale is not seen)."""
    from PIL import Image

    from tests import photos

    if quad is not None:
        frame = photo_info["size"]
        corners = tuple(tuple(c) for c in photo_info["corners"])
        proxy = photos.Photo(Image.new("RGB", tuple(frame)), corners, 0, photo_info["turn"])  # type: ignore[arg-type]
        return photos.background_share(proxy, tuple(tuple(c) for c in quad)), "reported crop"  # type: ignore[arg-type]
    return dark_share(stored), "estimate: dark blocks of the stored page (no crop reported)"


# ---------------------------------------------------------------- one case


@dataclass
class CaseResult:
    key: str
    exit_code: int
    seconds: float
    documents: list[dict[str, Any]] = field(default_factory=list)
    false_findings: list[dict[str, Any]] = field(default_factory=list)
    missed_findings: list[dict[str, Any]] = field(default_factory=list)
    photo_pages: list[dict[str, Any]] = field(default_factory=list)
    extra_entries: list[str] = field(default_factory=list)
    error: str = ""


def build(case: Path, out: Path, cache: Path, jobs: int) -> tuple[int, float, str]:
    started = time.perf_counter()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "packet",
            "build",
            str(case),
            "-o",
            str(out),
            "--cache-dir",
            str(cache),
            "--jobs",
            str(jobs),
            "--variant",
            "efile",
        ],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return run.returncode, time.perf_counter() - started, run.stderr[-2000:]


def score_case(key: str, root: Path, out: Path, exit_code: int, seconds: float) -> CaseResult:
    truth = json.loads(truth_path(root, key).read_text(encoding="utf-8"))
    result = CaseResult(key, exit_code, seconds)
    report_file = out / "report.json"
    report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else {}
    report_docs = report.get("documents", [])
    matches = match(truth["documents"], report_docs)
    used = set()
    for m in matches:
        t = m.truth
        if t.get("duplicate_of") and m.holder is None:
            continue  # a copy the build left out: nothing to score
        record = {
            "file": t["file"],
            "structure": m.structure,
            "found": m.exact is not None,
            "label": t["label"],
            "pages": t.get("pages"),
            "more_files": t.get("more_files"),
            "expected": [t["type"], t["about"], t["equity"], t["language"]],
        }
        holder = m.holder or {}
        record["got"] = [holder.get(k) for k in ("type", "about", "equity", "language")]
        for name, index in (("type", 0), ("about", 1), ("equity", 2), ("language", 3)):
            ok = right(record["expected"][index], record["got"][index]) if m.holder else False
            record[f"{name}_as_filed"] = ok
            record[name] = ok and m.exact is not None
        result.documents.append(record)
        for d in (m.exact, m.holder):
            if d is not None:
                used.add(id(d))
    result.extra_entries = [d["file"] for d in report_docs if id(d) not in used]
    expected = truth["findings"]
    allowed = truth["allowed_findings"]
    seen = set()
    for f in report.get("findings", []):
        i = finding_expected(f, expected)
        if i is not None:
            seen.add(i)
        elif finding_expected(f, allowed) is None:
            result.false_findings.append(
                {k: f.get(k) for k in ("code", "severity", "claim", "file", "message")}
            )
    result.missed_findings = [e for i, e in enumerate(expected) if i not in seen]
    if not report:
        result.error = "no report.json was written"
    result.photo_pages = _photo_pages(truth, report, out)
    return result


def _photo_pages(truth: dict[str, Any], report: dict[str, Any], out: Path) -> list[dict]:
    outputs = [o for o in report.get("outputs", []) if o.get("variant") == "efile"]
    if not outputs:
        return []
    wanted: dict[int, tuple[str, dict[str, Any]]] = {}
    for photo in truth["photos"]:
        entry = next((d for d in report["documents"] if _holds(d, photo)), None)
        if not entry or not entry.get("packet_pages"):
            continue
        files = [entry["file"], *(entry.get("more_files") or [])]
        wanted[entry["packet_pages"][0] + files.index(photo)] = (photo, entry)
    rows = []
    for output in outputs:
        pdf = out / output["path"]
        numbered = output.get("packet_pages") or [1, output.get("pages", 0)]
        pages = [n for n in wanted if numbered[0] <= n <= numbered[1]]
        images = _stored_images(pdf, [n - numbered[0] + 1 for n in pages]) if pdf.exists() else {}
        for n in pages:
            photo, entry = wanted[n]
            stored = images.get(n - numbered[0] + 1)
            if stored is None:
                continue
            info = truth["photos"][photo]
            share, how = background(info, stored, sheet_quad(entry, photo))
            rows.append(
                {
                    "file": photo,
                    "packet_page": n,
                    "background": round(share, 4),
                    "measured": how,
                    "stored_size": list(stored.size),
                    "uncropped": round(1 - info["sheet_share"], 4),
                }
            )
    return rows


# ---------------------------------------------------------------- the whole corpus


def summarize(results: list[CaseResult]) -> dict[str, Any]:
    docs = [d for r in results for d in r.documents]
    counts: Counter[str] = Counter()
    for d in docs:
        for key in ("type", "about", "equity", "language"):
            counts[key] += d[key]
            counts[f"{key}_as_filed"] += d[f"{key}_as_filed"]
    n = len(docs) or 1
    ranged = [d for d in docs if d["structure"] == "range"]
    joined = [d for d in docs if d["structure"] == "joined"]
    photos = [p for r in results for p in r.photo_pages]
    false = [f | {"case": r.key} for r in results for f in r.false_findings]
    return {
        "cases": len(results),
        "documents": len(docs),
        "accuracy": {k: round(counts[k] / n, 4) for k in ("type", "about", "equity", "language")},
        "accuracy_as_filed": {
            k: round(counts[f"{k}_as_filed"] / n, 4)
            for k in ("type", "about", "equity", "language")
        },
        "multi_document_files": {
            "documents": len(ranged),
            "right_range": sum(d["found"] for d in ranged),
            "share": round(sum(d["found"] for d in ranged) / len(ranged), 4) if ranged else None,
        },
        "page_photos": {"documents": len(joined), "joined": sum(d["found"] for d in joined)},
        "false_findings": len(false),
        "false_findings_by_code": dict(Counter(f["code"] for f in false)),
        "false_findings_list": false,
        "missed_true_findings": [m | {"case": r.key} for r in results for m in r.missed_findings],
        "photo_pages": {
            "pages": len(photos),
            "mean_background": round(sum(p["background"] for p in photos) / len(photos), 4)
            if photos
            else None,
            "worst_background": max((p["background"] for p in photos), default=None),
            "over_target": sum(p["background"] >= TARGETS["background"] for p in photos),
            "mean_if_uncropped": round(sum(p["uncropped"] for p in photos) / len(photos), 4)
            if photos
            else None,
            "measured": dict(Counter(p["measured"] for p in photos)),
        },
        "exit_codes": {r.key: r.exit_code for r in results},
        "build_seconds": {r.key: round(r.seconds, 1) for r in results},
    }


def run(
    work: Path, only: list[str] | None, cache: Path | None, jobs: int, name: str = "blind"
) -> dict[str, Any]:
    cases = corpus(name)
    root = work / name
    cases.write_corpus(root, only)
    cache = cache or work / "cache"
    results = []
    for key in only or list(cases.CASES):
        out = work / "out" / key
        print(f"reading: building {key} ...", file=sys.stderr, flush=True)
        code, seconds, stderr = build(root / key, out, cache, jobs)
        result = score_case(key, root, out, code, seconds)
        if code > 1:
            result.error = f"exit {code}: {stderr.strip()[-400:]}"
        results.append(result)
    return {
        "corpus": name,
        "summary": summarize(results),
        "cases": [r.__dict__ for r in results],
    }


def markdown(r: dict[str, Any]) -> str:
    s = r["summary"]
    a, f = s["accuracy"], s["accuracy_as_filed"]
    multi, photos, joined = s["multi_document_files"], s["photo_pages"], s["page_photos"]

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.1f} %"

    name = r.get("corpus", "blind")
    title = "the blind corpus" if name == "blind" else f"the blind corpus {name[5:]}"
    lines = [
        f"# Reading real folders: {title}",
        "",
        f"{s['cases']} cases, {s['documents']} documents (bench/{name}/; never tune rules on it).",
        "",
        "| measure | result | target |",
        "| --- | --- | --- |",
        f"| document type | {pct(a['type'])} (as filed {pct(f['type'])}) | >= 95 % |",
        f"| person (about) | {pct(a['about'])} (as filed {pct(f['about'])}) | >= 95 % |",
        f"| equity | {pct(a['equity'])} (as filed {pct(f['equity'])}) | >= 95 % |",
        f"| language | {pct(a['language'])} (as filed {pct(f['language'])}) | |",
        f"| documents in multi-document files with the right pages | {multi['right_range']} of "
        f"{multi['documents']} ({pct(multi['share'])}) | >= 90 % |",
        f"| documents photographed page by page, joined | {joined['joined']} of "
        f"{joined['documents']} | all |",
        f"| false findings | {s['false_findings']} {s['false_findings_by_code'] or ''} | 0 |",
        f"| stored photo pages: background, mean / worst | {pct(photos['mean_background'])} / "
        f"{pct(photos['worst_background'])} over {photos['pages']} pages "
        f"({photos['over_target']} at or over 3 %; the photos themselves: "
        f"{pct(photos['mean_if_uncropped'])}) | < 3 % each |",
        "",
        '"As filed": the entry holding the document\'s first page is scored even when the '
        "document was not split out or joined; the headline counts those as wrong.",
        "",
        "| case | exit | build s | documents | type | person | equity | false findings | "
        "missed true findings |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for c in r["cases"]:
        docs = c["documents"]
        n = len(docs) or 1
        lines.append(
            f"| {c['key']} | {c['exit_code']} | {c['seconds']:.0f} | {len(docs)} | "
            + " | ".join(f"{sum(d[k] for d in docs)}/{n}" for k in ("type", "about", "equity"))
            + f" | {len(c['false_findings'])} | {len(c['missed_findings'])} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="blind")
    parser.add_argument("--only", help="comma-separated cases of the corpus (default: all)")
    parser.add_argument("--keep", type=Path, help="build here and keep the corpus and packets")
    parser.add_argument("--cache-dir", type=Path, help="an OCR cache to reuse (default: cold)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    parser.add_argument("--show", action="store_true", help="print every wrong document")
    args = parser.parse_args()
    only = args.only.split(",") if args.only else None
    known = corpus(args.corpus).CASES
    if unknown := [key for key in only or [] if key not in known]:
        parser.error(f"--only: no case {', '.join(unknown)} in {args.corpus}: {', '.join(known)}")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = run(args.keep, only, args.cache_dir, args.jobs, args.corpus)
    else:
        with tempfile.TemporaryDirectory(prefix="packet-bench-reading-") as tmp:
            result = run(Path(tmp), only, args.cache_dir, args.jobs, args.corpus)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = CORPORA[args.corpus][1]
    (args.out / f"{stem}.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (args.out / f"{stem}.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    if args.show:
        for case in result["cases"]:
            for d in case["documents"]:
                if not (d["type"] and d["about"] and d["equity"]):
                    print(case["key"], json.dumps(d, ensure_ascii=False))
            for f in case["false_findings"]:
                print(case["key"], "FALSE", json.dumps(f, ensure_ascii=False))


if __name__ == "__main__":
    main()
