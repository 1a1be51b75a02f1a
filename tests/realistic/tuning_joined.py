"""A phone folder in which nothing on a later page says it continues: for tuning how segment
joins camera-numbered photos by what the pages show (packet/segment.py, ``card_back`` and
``follows_on``).

Written from a plain description of such folders:

- a work permit, then the husband's green card front and back, all under camera numbers
  (IMG_5101.jpg, IMG_5102.jpg, IMG_5103.jpg): the card's back holds only the card number and
  the machine-readable zone; the work permit is another person's card, photographed just
  before; then the respondent's passport data page (IMG_5104.jpg);
- a three-page lease photographed page by page (IMG_5110.jpg ... IMG_5112.jpg) that prints no
  page numbers: its second page carries on the clause numbering ("7." after "6."), its third
  holds only the closing words and the landlord's and tenant's signature lines;
- a neighbour's letter photographed right after the lease (IMG_5113.jpg): a paper of its own;
- the marriage certificate and the G-28, scanned at the office.

Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.realistic import capture
from tests.realistic import tuning_documents as doc
from tests.realistic import tuning_widened as widened
from tests.realistic.dates import long, us
from tests.realistic.model import CasePlan, Paper, Person, drawn
from tests.realistic.paper import Sheet

D = dt.date


def unnumbered_lease(
    tenant: Person,
    household: list[Person],
    *,
    landlord: str,
    address: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    signed: dt.date,
) -> Paper:
    """A lease of numbered clauses over two pages and a page of signatures, with no page
    numbers, no running head and no footer: only the text says the pages are one paper."""
    clauses = [
        f"PARTIES. This lease is made on {long(signed)} between {landlord} (the Landlord) and "
        f"{tenant.name} (the Tenant).",
        f"PREMISES. The Landlord rents to the Tenant the house at {address}.",
        f"TERM. The lease begins on {us(start)} and ends on {us(end)}.",
        f"RENT. The rent is ${rent:,}.00 a month, paid on the first day of each month.",
        f"DEPOSIT. The Tenant has paid a deposit of ${rent:,}.00, returned within thirty days "
        "of the end of the lease, less lawful deductions.",
        "OCCUPANTS. The house is occupied by the Tenant and "
        + ", ".join(p.name for p in household)
        + " only.",
        "UTILITIES. The Tenant pays electricity and gas; the Landlord pays water and trash.",
        "REPAIRS. The Tenant reports needed repairs in writing; the Landlord makes them within "
        "a reasonable time.",
        "PETS. No pets are kept without the Landlord's written consent.",
        "ENTRY. The Landlord may enter the house to make repairs after one day's notice.",
        "LATE RENT. Rent paid after the fifth day of the month carries a fee of $50.00.",
        "NOTICE. Either party ends this lease at its term with thirty days' written notice.",
    ]
    pages = []
    for n, chunk in enumerate((clauses[:6], clauses[6:]), 1):
        s = Sheet()
        y = 0.8
        if n == 1:
            y = s.center(0.7, "RESIDENTIAL LEASE AGREEMENT", 16, "sans-bold") + 0.35
        for i, clause in enumerate(chunk):
            number = 6 * (n - 1) + i + 1
            y = s.para(0.9, y, 6.7, f"{number}. {clause}", 11, "serif") + 0.22
        pages.append(s)
    s = Sheet()
    y = s.para(
        0.9,
        0.9,
        6.7,
        "The Landlord and the Tenant have read this lease and agree to all of its terms.",
        11,
        "serif",
    )
    y += 0.6
    for who, name in (("Landlord", landlord), ("Tenant", tenant.name)):
        s.signature(1.1, y, name, 17)
        s.line(0.9, y + 0.5, 4.5, y + 0.5, 0.6)
        s.text(0.9, y + 0.55, f"{who}: {name}", 10, "sans")
        s.text(5.0, y + 0.3, f"Date: {us(signed)}", 10, "sans")
        y += 1.2
    pages.append(s)
    return drawn(
        "lease_unnumbered_pages",
        pages,
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(start, end),
    )


def salcedo() -> CasePlan:
    """Houston: a mother married to a permanent resident; the folder is phone photos under the
    camera's numbers."""
    lucia = Person("Lucía", "Salcedo Ibarra", D(1988, 11, 4), "F", "Monterrey")
    ernesto = Person("Ernesto", "Paredes Mejía", D(1985, 3, 21), "M", "Saltillo")
    camila = Person("Camila", "Paredes Salcedo", D(2015, 7, 30), "F", "Houston")
    street, city = "8114 Long Point Road", "Houston, TX 77055"
    seed = 9500
    rep = {
        "name": "Inés Carvajal",
        "organization": "Gulf Coast Immigrant Defense",
        "address": ["2900 Smith Street, Suite 410", "Houston, TX 77006"],
        "phone": "713-555-0162",
        "email": "icarvajal@gcid.example",
        "eoir_id": "HX448021",
    }
    placed = [
        capture.card_photo(
            widened.ead_card(
                lucia,
                a_number="A217-640-318",
                card_number="IOE0971845520",
                category="C10",
                country="Mexico",
                valid_from=D(2025, 8, 4),
                expiry=D(2030, 8, 3),
                seed=seed + 1,
            ),
            "scans/IMG_5101.jpg",
            seed + 1,
        ),
        capture.card_photo(
            doc.resident_card(
                ernesto,
                a_number="A094117265",
                card_number="IOE0948812307",
                category="IR1",
                country="Mexico",
                country_code="MEX",
                since=D(2018, 2, 12),
                expiry=D(2028, 2, 11),
                equity="us_family",
                seed=seed + 2,
            ),
            ["scans/IMG_5102.jpg", "scans/IMG_5103.jpg"],
            seed + 2,
        ),
        capture.card_photo(
            doc.passport_page(
                "MEX",
                lucia,
                number="G51170394",
                issued=D(2022, 1, 17),
                expiry=D(2032, 1, 16),
                equity="identity",
                seed=seed + 4,
            ),
            "scans/IMG_5104.jpg",
            seed + 4,
        ),
        capture.desk(
            unnumbered_lease(
                lucia,
                [ernesto, camila],
                landlord="Spring Branch Homes LLC",
                address=f"{street}, {city}",
                start=D(2025, 6, 1),
                end=D(2027, 5, 31),
                rent=1375,
                signed=D(2025, 5, 20),
            ),
            ["scans/IMG_5110.jpg", "scans/IMG_5111.jpg", "scans/IMG_5112.jpg"],
            seed + 10,
        ),
        capture.desk(
            doc.support_letter(
                lucia,
                org="Long Point Neighbors Association",
                org_lines=["8100 Long Point Road", "Houston, TX 77055"],
                colour=(90, 40, 110),
                mark="house",
                signer="Beatriz Olmos",
                title=["Secretary"],
                body=[
                    f"I have lived next door to {lucia.name} since 2019. She looks after the "
                    "children of our street when their parents work late, and she organises "
                    "the clean-up of our park every spring.",
                    "She is honest and generous, and our street relies on her.",
                ],
                dated=D(2026, 9, 8),
                label="neighbour_letter",
            ),
            "scans/IMG_5113.jpg",
            seed + 13,
        ),
        capture.scan(
            doc.nyc_marriage(
                ernesto, lucia, married=D(2014, 9, 13), seed=seed + 14, about=(lucia, ernesto)
            ),
            "scans/marriage.pdf",
            seed + 14,
            dpi=150,
        ),
        capture.scan(
            doc.g28_single(
                lucia,
                a_number="A217-640-318",
                rep={**rep, "bar_state": "TX", "bar_number": "24091377"},
                address=(street, city),
                signed=D(2026, 11, 2),
            ),
            "scans/G-28.pdf",
            seed + 15,
            dpi=150,
        ),
    ]
    case: dict[str, Any] = {
        "schema": 1,
        "respondent": {
            "name": lucia.name,
            "a_number": "217-640-318",
            "date_of_birth": lucia.born,
            "country": "Mexico",
            "entered_us": D(2011, 4, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Houston, TX",
            "next_hearing": D(2027, 3, 9),
            "hearing_type": "master",
            "opla_office": "Houston",
            "relief_sought": [
                "a provisional unlawful presence waiver (Form I-601A) after an approved I-130"
            ],
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {
            "residence_since": D(2025, 6, 1),
            "spouse": {"name": ernesto.name, "status": "lpr"},
            "community_ties": True,
        },
    }
    return CasePlan("salcedo", "tuning", case, placed, [], notes="no deliberate gap")
