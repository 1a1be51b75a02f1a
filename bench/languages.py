"""Language identification: py3langid (packet/text/language.py) next to the marker-word count it
replaced, on the same labelled texts in one run: the labelled corpus (tests/corpus.py, English
and Spanish, clean and OCR-damaged) and invented Portuguese, French, Haitian Creole and bilingual
documents made here. Writes bench/results/languages.json and .md. Usage:

    python bench/languages.py
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from packet.config import load_config  # noqa: E402
from packet.text.fold import words  # noqa: E402
from packet.text.language import _identifier, language_of  # noqa: E402
from tests.corpus import corpus, degrade, degraded_corpus  # noqa: E402

# The rule before py3langid: count marker words of English and Spanish (config/languages.yaml
# until issue 16); another language wins when it outweighs English 1.5 times with 3 markers.
MARKERS = {
    "en": str.split("the of and to is this that with for name date birth has was from"),
    "es": str.split(
        "el la los las del y que por con nombre fecha nacimiento para una su al se sexo edad "
        "acta registro escuela grado ciclo periodo pago empresa trabajador nacionalidad "
        "apellidos nombres domicilio lugar"
    ),
}


def markers_language(text: str) -> str:
    counts = {code: sum(w in set(m) for w in words(text)) for code, m in MARKERS.items()}
    return "es" if counts["es"] > counts["en"] * 1.5 and counts["es"] >= 3 else "en"


PEOPLE = ["Lucas Quiroz", "Chloé Baptiste", "Wilner Jean", "Ana Souza", "Marie Pierre"]
PLACES = {"pt": "São Paulo", "fr": "Lyon", "ht": "Pòtoprens"}
TEMPLATES = {
    "pt": [
        "CERTIDÃO DE NASCIMENTO\nNome do registrado: {name}\n"
        "Data de nascimento: {day}/0{month}/20{yy}\nLocal de nascimento: {place}\n"
        "Filiação: Maria da Silva e José Souza\nO oficial do registro civil certifica que "
        "esta certidão reproduz o termo do livro.",
        "Declaração\nEu, Maria da Silva, declaro para os devidos fins que conheço {name} há "
        "muitos anos. É uma pessoa honesta e trabalhadora, que cuida da família.",
        "Atestado médico\nAtesto que o paciente {name} esteve em consulta nesta data e precisa "
        "de tratamento contínuo. São Paulo, {day} de março de 20{yy}.",
    ],
    "fr": [
        "EXTRAIT D'ACTE DE NAISSANCE\nNom de l'enfant : {name}\nDate de naissance : le {day} "
        "mars 20{yy}\nLieu de naissance : {place}\nDressé par nous, officier de l'état civil, "
        "sur la déclaration de la mère.",
        "Attestation\nJe soussignée, Marie Pierre, atteste connaître {name} depuis dix ans. "
        "C'est une personne honnête et travailleuse qui s'occupe de ses enfants.",
        "Certificat médical\nJe certifie avoir examiné {name} ce jour. Son état de santé "
        "nécessite un suivi régulier. Fait à {place}, le {day} avril 20{yy}.",
    ],
    "ht": [
        "AK NESANS\nNon pitit la: {name}\nDat nesans: {day} mas de mil {yy}\nKote li fèt: "
        "{place}\nNou menm ofisye eta sivil la sètifye ke papye sa a se kopi egzak rejis la.",
        "Lèt\nMwen menm, Marie Pierre, mwen konnen {name} depi dis lane. Se yon moun onèt ki "
        "travay di e ki pran swen fanmi li.",
        "Sètifika medikal\nMwen sètifye ke mwen egzamine {name} jodi a. Li bezwen swen "
        "regilye pou maladi li. Fèt nan {place}, {day} avril {yy}.",
    ],
}
BILINGUAL = (
    "ESTADOS UNIDOS MEXICANOS\nPASAPORTE / PASSPORT\nApellidos / Surname\n{surname}\n"
    "Nombres / Given names\n{given}\nNacionalidad / Nationality\nMEXICANA\n"
    "Fecha de nacimiento / Date of birth\n{day} 03 19{yy}\nLugar de nacimiento / Place of birth\n"
    "OAXACA\nFecha de caducidad / Date of expiry\n01 01 2030"
)


def invented(rng: random.Random) -> list[tuple[str, str]]:
    """(text, language) pairs: each template with five people, clean and OCR-damaged."""
    out = []
    for code, templates in TEMPLATES.items():
        for template in templates:
            for name in PEOPLE:
                text = template.format(
                    name=name, day=rng.randint(10, 28), month=rng.randint(1, 9),
                    yy=rng.randint(10, 19), place=PLACES[code],
                )  # fmt: skip
                out += [(text, code), (degrade(text, rng, 0.08), code)]
    for name in PEOPLE:
        given, surname = name.upper().split(" ", 1)
        text = BILINGUAL.format(surname=surname, given=given, day=rng.randint(10, 28), yy=85)
        out += [(text, "en"), (degrade(text, rng, 0.08), "en")]  # bilingual: read as English
    return out


def main() -> None:
    config = load_config()
    rng = random.Random(16)
    labelled = [(s.text, s.language) for s in corpus() + degraded_corpus()] + invented(rng)
    started = time.perf_counter()
    _identifier(tuple(config.languages.languages))
    load = time.perf_counter() - started
    results = {}
    for name, identify in (
        ("py3langid", lambda t: language_of(t, config.languages)),
        ("markers (before)", markers_language),
    ):
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        started = time.perf_counter()
        for text, truth in labelled:
            total[truth] += 1
            right[truth] += identify(text) == truth
        seconds = time.perf_counter() - started
        results[name] = {
            "accuracy": sum(right.values()) / len(labelled),
            "by_language": {code: right[code] / total[code] for code in sorted(total)},
            "ms_per_document": 1000 * seconds / len(labelled),
        }
    record = {"documents": len(labelled), "model_load_s": load, "results": results}
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "languages.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    codes = sorted(results["py3langid"]["by_language"])
    lines = [
        f"# Language identification ({len(labelled)} labelled documents; model load "
        f"{load:.2f} s once per process)",
        "",
        "| rule | accuracy | " + " | ".join(codes) + " | ms per document |",
        "|---|---:|" + "---:|" * len(codes) + "---:|",
    ]
    for name, r in results.items():
        per = " | ".join(f"{100 * r['by_language'][c]:.1f} %" for c in codes)
        lines.append(
            f"| {name} | {100 * r['accuracy']:.1f} % | {per} | {r['ms_per_document']:.2f} |"
        )
    (out / "languages.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
