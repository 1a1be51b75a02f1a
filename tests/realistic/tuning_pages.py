"""A paralegal's phone folder: documents photographed page by page, named the ways phones and
people name them, with the cues real pages give that they continue (or do not).

Written from a plain description of such folders, for tuning how segment joins page photos:

- a pastor's two-page letter photographed as IMG_2041.jpg, IMG_2042.jpg: page 2 has no
  letterhead, no heading and no page number; it simply continues the sentence page 1 broke off;
- a three-page lease with "Page k of 3" footers saved under an Android camera's timestamp
  names (20240312_101502.jpg ...), the numbers seconds apart, not counting by one;
- a green card's front and back, "green card front.jpg" and "green card back.jpg";
- a clinic's two-page letter saved from a messaging app: "carta clinica.jpeg" and
  "carta clinica (1).jpeg", the second page headed "Page 2" and the patient's name,
  photographed on a pale grey counter, not a dark desk;
- two pay stubs of the same person, one after the other under camera counters
  (IMG_2043.jpg, IMG_2044.jpg): two documents, not one;
- a copier's PDF of a stack in which documents of one kind follow each other: two letters of
  support from different writers, two pay stubs of different periods, then a district report
  card: five documents, each opening with its own title.

Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.realistic import capture
from tests.realistic import tuning_documents as doc
from tests.realistic.dates import long
from tests.realistic.model import CasePlan, Paper, Person, drawn
from tests.realistic.paper import Sheet, letterhead

D = dt.date


def continued_letter(
    about: Person,
    *,
    head: tuple[str, list[str], tuple[int, int, int], str],
    dated: dt.date,
    salutation: str,
    first: list[str],
    broken: tuple[str, str],
    second: list[str],
    closing: str,
    signer: str,
    signer_lines: list[str],
    second_header: str | None,
    label: str,
    type: str,
    equity: str,
) -> Paper:
    """A two-page letter on letterhead whose second page carries on where the first stopped:
    ``broken`` is one sentence split across the page break. ``second_header``, if any, is the
    running head a word processor puts on page 2 ("Maria Lopez, page 2")."""
    one = Sheet()
    name, lines, colour, mark = head
    y = letterhead(one, name, lines, colour, mark)
    y = one.text(0.9, y, long(dated), 11, "serif") + 0.15
    y = one.text(0.9, y, salutation, 11, "serif") + 0.1
    y = one.paras(0.9, y, 6.7, [*first, broken[0]], gap=0.12, pt=11, face="serif")
    two = Sheet()
    y = 0.9
    if second_header:
        y = two.text(0.9, 0.6, second_header, 9, "serif") + 0.35
    y = two.paras(0.9, y, 6.7, [broken[1], *second], gap=0.12, pt=11, face="serif")
    y = two.text(0.9, y + 0.05, closing, 11, "serif")
    two.signature(1.0, y + 0.05, signer, 20)
    two.lines(0.9, y + 0.6, [signer, *signer_lines], 10, "serif")
    return drawn(label, [one, two], type, about, equity, proves=(dated, dated))


def ortega() -> CasePlan:
    """Phoenix: a mother of two US-citizen sons, her husband a permanent resident; the whole
    folder is phone photos."""
    rosa = Person("Rosa Elena", "Ortega Luna", D(1986, 2, 17), "F", "Hermosillo")
    hector = Person("Héctor", "Valdez Ruiz", D(1983, 8, 30), "M", "Nogales")
    mateo = Person("Mateo", "Valdez Ortega", D(2013, 5, 9), "M", "Phoenix")
    street, city = "2718 West Roosevelt Street", "Phoenix, AZ 85009"
    rep = {
        "name": "Alma Cordero",
        "organization": "Desert Justice Legal Aid",
        "address": ["411 North Central Avenue, Suite 700", "Phoenix, AZ 85004"],
        "phone": "602-555-0144",
        "email": "acordero@djla.example",
        "eoir_id": "KT551903",
    }
    seed = 9100
    pastor = continued_letter(
        rosa,
        head=(
            "Iglesia Bautista Roca de Salvación",
            ["1902 West Van Buren Street", "Phoenix, AZ 85009", "(602) 555-0178"],
            (40, 60, 120),
            "cross",
        ),
        dated=D(2026, 9, 14),
        salutation="Dear Immigration Officer:",
        first=[
            f"I am the senior pastor of Iglesia Bautista Roca de Salvación and I write on "
            f"behalf of {rosa.name}, who has been a member of our congregation since March "
            "2015. I have known her and her family for more than eleven years.",
            "Rosa teaches the children's Bible class every Sunday morning and organises the "
            "food drive we hold each November for families in our neighbourhood. When a "
            "member of our church lost her husband in 2021, it was Rosa who cooked for her "
            "family for a month and drove her children to school.",
            "Her two sons are baptised members of our church and sing in the youth choir. "
            "Mateo, the elder, reads the scripture at our Christmas service. The family is "
            "present at every service and every church event, and the other families rely "
            "on Rosa's help in many ways.",
            "Our congregation counts about two hundred families, most of them working "
            "people of this part of the city. Many of them came to know our church because "
            "Rosa invited them, and several of the younger mothers say that she was the first "
            "person to welcome them when they arrived in Phoenix without knowing anyone.",
        ],
        broken=(
            "In the eleven years I have known her, Rosa has never once refused a request for "
            "help. When our church flooded in the summer storms of 2023, she came every "
            "evening for two weeks after her work to carry out the wet carpet, to clean the "
            "classrooms and to",
            "cook for the volunteers who rebuilt the walls. She asked for nothing in return and "
            "would not let us thank her in front of the congregation.",
        ),
        second=[
            "Her removal would take a mother from two young boys who were born here and know "
            "no other home, and it would take from our church one of the people who hold it "
            "together. I ask you with respect to allow her to remain with her family.",
            "Please call me at the number above if I can answer any question.",
        ],
        closing="In Christ,",
        signer="Rev. Tomás Aguirre Peña",
        signer_lines=["Senior Pastor"],
        second_header=None,
        label="pastor_letter_two_pages",
        type="letter_of_support",
        equity="community_ties",
    )
    clinic = continued_letter(
        mateo,
        head=(
            "Maryvale Children's Clinic",
            ["5102 West Indian School Road", "Phoenix, AZ 85031", "Tel. (602) 555-0190"],
            (20, 110, 110),
            "house",
        ),
        dated=D(2026, 10, 2),
        salutation="To whom it may concern:",
        first=[
            f"{mateo.name} (date of birth {mateo.born:%m/%d/%Y}) has been a patient of this "
            "clinic since 2014. I am his treating pediatrician. He was diagnosed with type 1 "
            "diabetes mellitus in January 2022 and requires insulin injections several times "
            "a day and close monitoring of his blood glucose.",
            f"His mother, {rosa.name}, is his primary caregiver. She checks his glucose "
            "during the night, gives his injections, keeps his records and brings him to each "
            "of his quarterly visits here and at the endocrinology clinic.",
        ],
        broken=(
            "Children of Mateo's age with type 1 diabetes depend entirely on an adult who "
            "understands the disease. A sudden change in his care, or the loss of the parent "
            "who has managed it, would put him at serious risk of",
            "diabetic ketoacidosis and of severe low blood sugar, both of which can require "
            "emergency hospital care.",
        ),
        second=[
            "In my medical opinion it is important for Mateo's health that his mother remain "
            "with him and continue to manage his treatment.",
        ],
        closing="Sincerely,",
        signer="Dana Whitfield, MD",
        signer_lines=["Pediatrics", "Maryvale Children's Clinic"],
        second_header=f"{mateo.name} - Page 2",
        label="clinic_letter_two_pages",
        type="medical_record",
        equity="caretaker",
    )

    def stub(period: tuple[dt.date, dt.date], paid: dt.date, hours: float, n: int) -> Paper:
        return doc.earnings_statement(
            rosa,
            company="Camelback Linen Services",
            company_address="3300 East Washington Street, Phoenix, AZ",
            street=street,
            city=city,
            period=period,
            check_date=paid,
            rate=16.25,
            hours=hours,
            ytd=20000.0 + 1250 * n,
            seed=seed + 20 + n,
        )

    neighbour = doc.support_letter(
        rosa,
        org="Roosevelt Neighbors Association",
        org_lines=["2700 West Roosevelt Street", "Phoenix, AZ 85009"],
        colour=(120, 40, 40),
        mark="house",
        signer="Gloria Esparza",
        title=["President"],
        body=[
            f"I have lived two doors from {rosa.name} since 2016. She watches our children "
            "when we work late and she is the first to help any neighbour in need.",
            "She is honest and hard-working, and our street would be poorer without her.",
        ],
        dated=D(2026, 8, 30),
        label="neighbour_letter",
    )
    coach = doc.support_letter(
        rosa,
        org="West Phoenix Youth Soccer League",
        org_lines=["PO Box 9021", "Phoenix, AZ 85009"],
        colour=(30, 100, 40),
        mark="leaf",
        signer="Luis Carrasco",
        title=["Head Coach, Under-14"],
        body=[
            f"{rosa.name} has volunteered with our league for six seasons. She keeps the "
            "team's records, drives players to away games and runs the snack stand.",
            "Families across the league know and trust her. I support her request without "
            "reservation.",
        ],
        dated=D(2026, 9, 2),
        label="coach_letter",
    )
    placed = [
        capture.copier(
            [
                neighbour,
                coach,
                stub((D(2026, 7, 6), D(2026, 7, 19)), D(2026, 7, 24), 80, 1),
                stub((D(2026, 7, 20), D(2026, 8, 2)), D(2026, 8, 7), 76, 2),
                doc.district_report_card(
                    mateo,
                    district="Cartwright Elementary School District",
                    campus="Estrella Elementary",
                    grade=7,
                    year=2025,
                    seed=seed + 40,
                ),
            ],
            "scans/copier stack.pdf",
            seed + 30,
        ),
        capture.desk(pastor, ["scans/IMG_2041.jpg", "scans/IMG_2042.jpg"], seed + 1),
        capture.desk(
            doc.earnings_statement(
                rosa,
                company="Camelback Linen Services",
                company_address="3300 East Washington Street, Phoenix, AZ",
                street=street,
                city=city,
                period=(D(2026, 9, 14), D(2026, 9, 27)),
                check_date=D(2026, 10, 2),
                rate=16.25,
                hours=80,
                ytd=24180.0,
                seed=seed + 3,
            ),
            "scans/IMG_2043.jpg",
            seed + 3,
        ),
        capture.desk(
            doc.earnings_statement(
                rosa,
                company="Camelback Linen Services",
                company_address="3300 East Washington Street, Phoenix, AZ",
                street=street,
                city=city,
                period=(D(2026, 9, 28), D(2026, 10, 11)),
                check_date=D(2026, 10, 16),
                rate=16.25,
                hours=78,
                ytd=25447.5,
                seed=seed + 4,
            ),
            "scans/IMG_2044.jpg",
            seed + 4,
        ),
        capture.desk(
            doc.lease_agreement(
                rosa,
                [hector, mateo],
                landlord="Roosevelt Row Rentals LLC",
                address=f"{street}, {city}",
                start=D(2024, 4, 1),
                end=D(2026, 3, 31),
                rent=1450,
                signed=D(2024, 3, 12),
                seed=seed + 5,
            ),
            ["scans/20240312_101502.jpg", "scans/20240312_101518.jpg", "scans/20240312_101533.jpg"],
            seed + 5,
        ),
        capture.card_photo(
            doc.resident_card(
                hector,
                a_number="A091553827",
                card_number="IOE0912345678",
                category="IR1",
                country="Mexico",
                country_code="MEX",
                since=D(2019, 6, 3),
                expiry=D(2029, 6, 2),
                equity="us_family",
                seed=seed + 8,
            ),
            ["scans/green card front.jpg", "scans/green card back.jpg"],
            seed + 8,
        ),
        capture.desk(
            clinic,
            ["scans/carta clinica.jpeg", "scans/carta clinica (1).jpeg"],
            seed + 10,
            surface="pale",  # on the clinic's grey counter
        ),
    ]
    case: dict[str, Any] = {
        "schema": 1,
        "respondent": {
            "name": rosa.name,
            "a_number": "208-441-937",
            "date_of_birth": rosa.born,
            "country": "Mexico",
            "entered_us": D(2009, 7, 1),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Phoenix, AZ",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "master",
            "opla_office": "Phoenix",
            "relief_sought": ["a U visa petition (Form I-918) pending with USCIS"],
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {
            "residence_since": D(2024, 4, 1),
            "spouse": {"name": hector.name, "status": "lpr"},
            "children": [{"name": mateo.name, "date_of_birth": mateo.born, "status": "usc"}],
            "caretaker": {"person": mateo.name, "condition": "type 1 diabetes"},
            "community_ties": True,
        },
    }
    # The folder is only what was photographed: the papers it lacks are true findings.
    missing = [
        {"code": "missing-identity"},
        {"code": "missing-g28"},
        {"code": "missing-evidence", "claim": "children[0]"},
        {"code": "missing-evidence", "claim": "spouse"},
    ]
    return CasePlan("ortega", "tuning", case, placed, missing, notes="no deliberate gap")
