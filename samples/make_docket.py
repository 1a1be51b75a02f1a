"""Generate a docket: many small cases of invented people, for `packet batch` tests and benchmarks.

Each case folder gets a case.yaml and one-page scans at 150 dpi: the respondent's state ID card,
the U.S.-citizen child's birth certificate, then (with --documents 3 or 4) a letter of support
and a tax transcript. With --spouses,
cases 0 and 1 are a married couple in separate proceedings sharing their child's birth
certificate, byte for byte, as a legal-aid office would copy the same scan into both folders.
Deterministic: the same arguments write the same bytes. Usage:

    python samples/make_docket.py OUT_DIR [--cases 20] [--documents 2] [--spouses]
"""

from __future__ import annotations

import argparse
import io
import random
from pathlib import Path

from make_demo_scans import as_scan, render, write_if_changed  # beside this script
from PIL import Image

DPI = 150
FIRST = ["Lucía", "Carmen", "Jorge", "Marisol", "Esteban", "Beatriz", "Héctor", "Yolanda"]
LAST = ["Ramírez", "Quintero", "Salazar", "Benítez", "Orozco", "Villalobos", "Cárdenas", "Pineda"]
CHILD = ["Diego", "Valeria", "Tomás", "Isabel", "Andrés", "Camila", "Emilio", "Renata"]


def person(i: int) -> dict:
    first, last = FIRST[i % len(FIRST)], LAST[(i * 3 + 1) % len(LAST)]
    child = f"{CHILD[i % len(CHILD)]} {last} Ortiz"
    return {
        "name": f"{first} {last} Ortiz",
        "a_number": f"A2{i:02d}-{(i * 37) % 1000:03d}-{(i * 91 + 7) % 1000:03d}",
        "born": 1975 + i % 15,
        "child": child,
        "child_born": (2009 + i % 9, 1 + i % 12, 1 + (i * 5) % 27),
    }


def identification_card(p: dict) -> list[tuple[str, str]]:
    return [
        ("small", "STATE OF ILLINOIS - SECRETARY OF STATE"),
        ("title", "IDENTIFICATION CARD"),
        ("rule", ""),
        ("field", f"Name:  {p['name']}"),
        ("field", f"Date of birth:  02/11/{p['born']}"),
        ("field", "Address:  Chicago, Illinois"),
        ("field", f"Card number:  {p['a_number'][1:].replace('-', '')}"),
    ]


def birth_certificate(p: dict) -> list[tuple[str, str]]:
    year, month, day = p["child_born"]
    return [
        ("small", "STATE OF ILLINOIS - DEPARTMENT OF PUBLIC HEALTH - DIVISION OF VITAL RECORDS"),
        ("title", "CERTIFICATE OF LIVE BIRTH"),
        ("rule", ""),
        ("field", f"CHILD'S NAME:  {p['child']}"),
        ("field", f"DATE OF BIRTH:  {month:02d}/{day:02d}/{year}"),
        ("field", "PLACE OF BIRTH:  Cook County, Chicago, Illinois"),
        ("field", f"PARENT'S NAME:  {p['name']}"),
        ("rule", ""),
        ("text", "This is to certify that this is a true and correct copy of the official record."),
    ]


def letter_of_support(p: dict) -> list[tuple[str, str]]:
    return [
        ("title", "Centro Comunitario del Barrio"),
        ("field", "March 3, 2025"),
        ("field", "To Whom It May Concern:"),
        (
            "text",
            f"I write this letter of support for {p['name']}, a volunteer at our food pantry "
            "every Saturday since 2015. Our community would lose a generous neighbor.",
        ),
        ("field", "Sincerely,  Director of Volunteers"),
    ]


def tax_transcript(p: dict) -> list[tuple[str, str]]:
    return [
        ("small", "Department of the Treasury - Internal Revenue Service"),
        ("title", "Tax Return Transcript"),
        ("field", "Tax Period Ending: Dec. 31, 2023"),
        ("field", f"Name(s) Shown on Return: {p['name'].upper()}"),
        ("field", "Form Number: 1040        Filing Status: Head of Household"),
        ("field", "ADJUSTED GROSS INCOME: ........ $34,120.00"),
    ]


def case_yaml(p: dict, documents: int) -> str:
    year, month, day = p["child_born"]
    ties = "\n  community_ties: true" if documents >= 3 else ""
    return f"""schema: 1
respondent:
  {{name: {p["name"]}, a_number: "{p["a_number"]}", date_of_birth: {p["born"]}-02-11,
   address: [1420 W. Cermak Rd, "Chicago, IL 60608"]}}
proceedings: {{court: "Chicago, IL", opla_office: Chicago}}
request: {{type: dismissal}}
claims:
  children:
    - {{name: {p["child"]}, date_of_birth: {year}-{month:02d}-{day:02d}, status: usc}}{ties}
"""


def scan_jpeg(blocks: list[tuple[str, str]], rng: random.Random) -> bytes:
    page = as_scan(render(blocks), rng)
    page = page.resize((int(8.5 * DPI), int(11 * DPI)), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=70, dpi=(DPI, DPI))
    return buf.getvalue()


def docket_files(cases: int, documents: int = 2, spouses: bool = False) -> dict[str, bytes]:
    rng = random.Random(20261125)
    files: dict[str, bytes] = {}
    makers = [identification_card, birth_certificate, letter_of_support, tax_transcript][:documents]
    names = ["id_card.jpg", "birth_certificate.jpg", "letter_of_support.jpg", "tax.jpg"]
    for i in range(cases):
        p = person(i)
        if spouses and i == 1:  # the couple's child and birth certificate are case 0's
            p = {**p, "child": person(0)["child"], "child_born": person(0)["child_born"]}
        folder = f"case-{i:02d}"
        files[f"{folder}/case.yaml"] = case_yaml(p, documents).encode()
        for make, name in zip(makers, names, strict=False):
            if spouses and i == 1 and make is birth_certificate:
                files[f"{folder}/scans/{name}"] = files[f"case-00/scans/{name}"]
                continue
            files[f"{folder}/scans/{name}"] = scan_jpeg(make(p), rng)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--cases", type=int, default=20)
    parser.add_argument("--documents", type=int, choices=[1, 2, 3, 4], default=2)
    parser.add_argument("--spouses", action="store_true")
    args = parser.parse_args()
    files = docket_files(args.cases, args.documents, args.spouses)
    written = sum(write_if_changed(args.out_dir / name, data) for name, data in files.items())
    print(f"{args.cases} cases in {args.out_dir}: {written} files written, the rest unchanged")


if __name__ == "__main__":
    main()
