"""Papers of a life here: school (a K-8 report card, an IEP, a GED certificate, a community
college transcript, a high school record), medical (a children's hospital letter, a pharmacy's
medication list, a disability determination), protection (a family court's restraining order,
a police report, a shelter's letter), rehabilitation (an AA attendance sheet signed by the
chairs, a probation discharge certificate, a court disposition), residence (a bilingual lease,
a power bill, a baptism certificate, a remittance receipt), work (a pay stub, a W-2, an
employer's letter) and a handwritten letter in Spanish.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.realistic import dates
from tests.realistic.model import Person, up
from tests.realistic.paper import BLUE_INK, GREY, INK, Sheet, letterhead, write_letter

NAVY = (20, 40, 95)
GREEN = (30, 100, 60)


# ---------------------------------------------------------------- school


def report_card(
    child: Person,
    *,
    school: str,
    district: str,
    grade: str,
    year: str,
    teacher: str,
    grades: list[tuple[str, str, str, str]],
    absences: tuple[int, int],
    seed: int,
) -> list[Sheet]:
    """An elementary report card: the district's header, subjects by grading period,
    attendance, the teacher's comment."""
    s = Sheet()
    y = letterhead(s, district, [school, f"School Year {year}"], NAVY, "star")
    s.center(y, "STUDENT PROGRESS REPORT", 14, "sans-bold")
    s.text(0.9, y + 0.4, f"Student: {up(child.name)}", 10, "sans-bold")
    s.text(4.6, y + 0.4, f"Grade: {grade}    Teacher: {teacher}", 10, "sans")
    s.text(
        0.9,
        y + 0.62,
        f"Student ID: {7300000 + seed}    Date of Birth: {dates.us(child.born)}",
        9,
        "sans",
    )
    rows = [["Subject", "Trimester 1", "Trimester 2", "Trimester 3"], *[list(g) for g in grades]]
    y = s.table(0.9, y + 1.0, [2.9, 1.25, 1.25, 1.25], rows, pt=9.5, row_height=0.3)
    s.text(0.9, y + 0.3, "ATTENDANCE", 10, "sans-bold")
    y = s.table(
        0.9,
        y + 0.55,
        [2.9, 1.25, 1.25, 1.25],
        [
            ["", "Trimester 1", "Trimester 2", "Trimester 3"],
            ["Days absent", str(absences[0]), str(absences[1]), "-"],
            ["Days tardy", "1", "0", "-"],
        ],
        pt=9.5,
        row_height=0.3,
    )
    s.text(
        0.9,
        y + 0.3,
        "Key: 4 Exceeds standard · 3 Meets standard · 2 Approaching · 1 Below",
        8,
        "sans",
        fill=GREY,
    )
    s.text(0.9, y + 0.6, "Teacher comments:", 10, "sans-bold")
    s.para(
        0.9,
        y + 0.85,
        6.7,
        f"{child.first} is a kind and hard-working student who reads every night and helps "
        "classmates. Her attendance this year has been excellent. Keep practicing "
        "multiplication facts at home.",
        10,
        "serif",
    )
    return [s]


def iep(
    child: Person,
    *,
    district: str,
    school: str,
    meeting: dt.date,
    disability: str,
    case_manager: str,
    parent: Person,
    services: list[tuple[str, str, str]],
) -> list[Sheet]:
    """An Individualized Education Program: the student's page (eligibility, present levels),
    then the services page with minutes and the participants' signatures."""
    p1 = Sheet()
    y = letterhead(p1, district, ["Special Education Department", school], GREEN, "leaf")
    p1.center(y, "INDIVIDUALIZED EDUCATION PROGRAM (IEP)", 14, "sans-bold")
    y = p1.grid(
        0.8,
        y + 0.4,
        6.9,
        [
            (
                0.45,
                [
                    (2, "Student Name", up(child.name)),
                    (1, "Date of Birth", dates.us(child.born)),
                    (1, "Grade", "5"),
                ],
            ),
            (
                0.45,
                [
                    (2, "Parent/Guardian", up(parent.name)),
                    (1, "IEP Meeting Date", dates.us(meeting)),
                    (1, "Meeting Type", "ANNUAL"),
                ],
            ),
            (
                0.45,
                [
                    (2, "Primary Eligibility", up(disability)),
                    (2, "Secondary Eligibility", "OTHER HEALTH IMPAIRMENT (EPILEPSY)"),
                ],
            ),
            (
                0.45,
                [
                    (2, "Case Manager", case_manager),
                    (2, "Home Language", "SPANISH - interpreter provided"),
                ],
            ),
        ],
        value_face="sans-bold",
    )
    p1.text(
        0.8,
        y + 0.25,
        "Present Levels of Academic Achievement and Functional Performance",
        10.5,
        "sans-bold",
    )
    y = p1.paras(
        0.8,
        y + 0.55,
        6.9,
        [
            f"{child.first} is a 5th grade student who receives special education services "
            "under the "
            "eligibility of autism, with a secondary eligibility of other health impairment "
            "because "
            "of a seizure disorder. He reads at a 3rd grade level and is working on two-step word "
            "problems in math. He communicates in short sentences in English and Spanish.",
            "He has a seizure action plan on file with the school nurse. Seizures in class have "
            "decreased since his medication was adjusted. He requires adult support in "
            "transitions, "
            "the cafeteria and on the bus.",
            "Parent concerns: Mother reports that she accompanies him to neurology appointments "
            "every month and administers his medication twice a day.",
        ],
        pt=10,
        face="serif",
    )
    p1.text(0.8, 10.3, "IEP page 1 of 2", 8, "sans", fill=GREY)
    p2 = Sheet()
    p2.text(0.8, 0.6, f"Student: {up(child.name)}   IEP date: {dates.us(meeting)}", 9, "sans-bold")
    p2.text(0.8, 0.95, "Special Education and Related Services", 11, "sans-bold")
    rows = [["Service", "Frequency / Minutes", "Location"], *[list(x) for x in services]]
    y = p2.table(0.8, 1.25, [2.8, 2.2, 1.9], rows, pt=9.5, row_height=0.32)
    p2.text(0.8, y + 0.3, "Accommodations", 11, "sans-bold")
    y = p2.lines(
        1.0,
        y + 0.6,
        [
            "- Extended time (1.5x) on classroom and state assessments",
            "- Visual schedule and advance notice of transitions",
            "- Seizure action plan; trained staff on bus and at recess",
            "- Small group setting for testing",
        ],
        10,
        "serif",
    )
    p2.text(0.8, y + 0.3, "Participants", 11, "sans-bold")
    y += 0.6
    for name, role in [
        (parent.name, "Parent"),
        (case_manager, "Special Education Teacher / Case Manager"),
        ("Lorena Whitfield", "General Education Teacher"),
        ("Dr. Ahmed Sultani", "LSSP / School Psychologist"),
    ]:
        p2.signature(0.9, y - 0.05, name, 14)
        p2.line(0.8, y + 0.35, 4.0, y + 0.35, 0.5)
        p2.text(4.2, y + 0.15, f"{name} - {role}", 9, "sans")
        y += 0.55
    p2.text(0.8, 10.3, "IEP page 2 of 2", 8, "sans", fill=GREY)
    return [p1, p2]


def ged_certificate(p: Person, *, state: str, passed: dt.date, number: str) -> list[Sheet]:
    """A state's high school equivalency certificate earned on the GED test: a bordered
    diploma-style page, the state's seal, the commissioner's signature."""
    s = Sheet(paper=(250, 248, 240))
    s.border(0.45, 3.0)
    s.seal(4.25, 1.6, 0.75, f"STATE OF {up(state)} * EDUCATION AGENCY * ", "SEAL")
    s.center(2.7, f"The State of {state}", 22, "schoolbook-bold")
    s.center(3.3, "Certificate of High School Equivalency", 20, "script")
    s.center(4.1, "This certifies that", 12, "serif-italic")
    s.center(4.5, p.name, 24, "schoolbook-bold")
    s.paras(
        1.3,
        5.3,
        5.9,
        [
            "has satisfactorily completed the General Educational Development (GED®) tests and has "
            "met the requirements established by the State Board of Education for the issuance of "
            "this certificate, which is recognized as equivalent to a high school diploma.",
        ],
        pt=12,
        face="serif",
    )
    s.center(6.8, f"Awarded {dates.long(passed)}", 12, "serif")
    s.center(7.1, f"Certificate Number {number}", 10, "mono")
    s.signature(1.3, 8.0, "Miguel A. Faraday", 18)
    s.line(1.1, 8.6, 3.9, 8.6, 0.6)
    s.text(1.1, 8.65, "Commissioner of Education", 9, "serif")
    s.signature(4.9, 8.0, "Renee Doucet", 18)
    s.line(4.6, 8.6, 7.4, 8.6, 0.6)
    s.text(4.6, 8.65, "Chair, State Board of Education", 9, "serif")
    return [s]


def college_transcript(
    p: Person,
    *,
    college: str,
    address: str,
    student_id: str,
    terms: list[tuple[str, list[tuple[str, str, str, str]]]],
    printed: dt.date,
    award: str,
) -> list[Sheet]:
    """A community college's unofficial transcript: term by term, course, title, credit,
    grade, over two pages."""
    pages, s = [], None
    y = 0.0
    for i, (term, courses) in enumerate(terms):
        if s is None or y > 8.6:
            s = Sheet()
            pages.append(s)
            s.text(0.7, 0.5, college.upper(), 13, "sans-bold", fill=NAVY)
            s.text(0.7, 0.75, address, 8.5, "sans", fill=GREY)
            s.text(7.8, 0.5, "UNOFFICIAL TRANSCRIPT", 10, "sans-bold", align="right")
            s.text(7.8, 0.7, f"Printed {dates.us(printed)}", 8, "sans", align="right")
            s.text(
                0.7,
                1.05,
                f"Name: {up(p.last_first())}    Student ID: {student_id}    DOB: "
                f"{dates.us(p.born)[:5]}/****",
                9,
                "mono",
            )
            s.line(0.7, 1.3, 7.8, 1.3, 1.0)
            y = 1.5
        s.text(0.7, y, term, 10, "sans-bold")
        rows = [["Course", "Title", "Cr", "Grade"], *[list(c) for c in courses]]
        y = s.table(
            0.7,
            y + 0.22,
            [1.2, 4.1, 0.7, 0.9],
            rows,
            pt=8.5,
            row_height=0.24,
            rules="header",
            header_fill=None,
        )
        y += 0.25
        if i == len(terms) - 1:
            s.text(0.7, y + 0.1, f"Award: {award}", 10, "sans-bold")
    for n, page in enumerate(pages, 1):
        page.text(
            0.7,
            10.4,
            f"Page {n} of {len(pages)}  ·  This is not an official transcript.",
            8,
            "sans",
            fill=GREY,
        )
    return pages


def hs_record(
    p: Person,
    *,
    district: str,
    school: str,
    years: list[tuple[str, str, list[tuple[str, str]]]],
    withdrawn: dt.date,
    printed: dt.date,
) -> list[Sheet]:
    """A Texas school district's academic achievement record (cumulative record) for a student
    who entered from Mexico and withdrew, year by year."""
    s = Sheet()
    s.text(0.6, 0.5, up(district), 12, "sans-bold")
    s.text(0.6, 0.72, "ACADEMIC ACHIEVEMENT RECORD (AAR) - CUMULATIVE", 9, "sans-bold")
    s.text(7.9, 0.5, f"Printed: {dates.us(printed)}", 8, "mono", align="right")
    s.grid(
        0.6,
        0.95,
        7.3,
        [
            (
                0.42,
                [
                    (2, "STUDENT NAME (LAST, FIRST MIDDLE)", up(p.last_first(False))),
                    (1, "DATE OF BIRTH", dates.us(p.born)),
                    (1, "SEX", p.sex),
                ],
            ),
            (
                0.42,
                [
                    (2, "LAST CAMPUS", up(school)),
                    (1, "LEP / ESL", "YES / ESL"),
                    (1, "ENTRY DATE", years[0][1]),
                ],
            ),
        ],
        value_face="mono",
    )
    y = 1.95
    for label, entered, courses in years:
        s.text(0.6, y, f"{label}    Entry {entered}", 9, "mono-bold")
        y = (
            s.table(
                0.6,
                y + 0.2,
                [3.8, 1.0, 1.0, 1.5],
                [
                    ["COURSE", "SEM 1", "SEM 2", "CREDIT"],
                    *[[c, g, g2, "1.0"] for c, g2 in courses for g in [str(int(g2) - 3)]],
                ],
                pt=8,
                face="mono",
                header_face="mono-bold",
                row_height=0.22,
            )
            + 0.2
        )
    s.text(
        0.6,
        y + 0.1,
        f"WITHDRAWN {dates.us(withdrawn)}  REASON: 98 - OTHER (EMPLOYMENT)",
        9,
        "mono-bold",
    )
    s.text(
        0.6,
        y + 0.35,
        "CREDITS EARNED: 9.0   STATE ASSESSMENTS: TAKS READING 9 - MET STANDARD",
        8.5,
        "mono",
    )
    s.signature(5.0, y + 0.6, "R. Villarreal", 14)
    s.text(5.0, y + 1.1, "Registrar", 8, "sans")
    return [s]


# ---------------------------------------------------------------- medical


def hospital_letter(
    child: Person,
    parent: Person,
    *,
    hospital: str,
    dept: str,
    address: list[str],
    signed: dt.date,
    doctor: str,
) -> list[Sheet]:
    """A children's hospital neurologist's letter about a chronic condition and the mother's
    part in the care."""
    return [
        write_letter(
            (hospital, [dept, *address], (0, 90, 140), "star"),
            dates.long(signed),
            ["To Whom It May Concern"],
            f"RE: {child.name}, DOB {dates.us(child.born)}",
            "Dear Sir or Madam:",
            [
                f"{child.name} has been followed in our Comprehensive Epilepsy Program since "
                "2019. He "
                "has a chronic seizure disorder (focal epilepsy with secondary generalization) and "
                "autism spectrum disorder, level 2. He takes two anti-seizure medications twice a "
                "day and carries rescue medication for prolonged seizures.",
                f"His mother, {parent.name}, is his primary caregiver. She brings him to every "
                "neurology visit, keeps his seizure diary, gives his medication and has been "
                "trained "
                "to give rescue medication. His seizure control depends on this daily routine; an "
                "interruption in his care or a separation from his mother would place him at real "
                "risk of status epilepticus and of regression.",
                "He will need specialized neurological care for the foreseeable future, which is "
                "available to him here. Please contact our clinic if further information is "
                "needed.",
            ],
            "Sincerely,",
            doctor,
            ["Pediatric Neurology", f"{hospital}"],
        )
    ]


def pharmacy_list(
    p: Person,
    *,
    pharmacy: str,
    address: str,
    printed: dt.date,
    meds: list[tuple[str, str, str, str]],
    prescriber: str,
) -> list[Sheet]:
    """A pharmacy's patient medication profile printed at the counter: each active drug with
    its directions, prescriber and last fill."""
    s = Sheet()
    s.text(0.6, 0.5, pharmacy, 14, "sans-bold", fill=(180, 20, 30))
    s.text(0.6, 0.78, address, 8.5, "sans", fill=GREY)
    s.text(7.9, 0.5, "PATIENT MEDICATION PROFILE", 10, "sans-bold", align="right")
    s.text(7.9, 0.7, f"Printed {dates.us(printed)} 14:06", 8, "mono", align="right")
    s.line(0.6, 1.0, 7.9, 1.0, 1.0)
    s.lines(
        0.6,
        1.15,
        [
            f"PATIENT: {up(p.last_first(False))}",
            f"DOB: {dates.us(p.born)}",
            "ALLERGIES: NKDA",
            "INSURANCE: NC MEDICAID (EMERGENCY) / CASH",
        ],
        9.5,
        "mono",
    )
    rows = [["Medication", "Directions", "Prescriber", "Last fill"], *[list(m) for m in meds]]
    y = s.table(
        0.6,
        2.0,
        [2.3, 2.6, 1.4, 1.0],
        rows,
        pt=8,
        face="mono",
        header_face="mono-bold",
        row_height=0.3,
    )
    s.para(
        0.6,
        y + 0.3,
        7.3,
        f"Active prescriptions: {len(meds)}. Primary prescriber: {prescriber}. This profile "
        "lists prescriptions filled at this pharmacy only.",
        8.5,
        "mono",
    )
    return [s]


def disability_determination(
    p: Person, *, case_no: str, decided: dt.date, onset: dt.date, condition: str
) -> list[Sheet]:
    """A state Medicaid disability determination notice: the decision, the basis, the review
    date and appeal rights."""
    s = Sheet()
    y = letterhead(
        s,
        "North Carolina Department of Health and Human Services",
        [
            "Division of Health Benefits · Disability Determination Services",
            "P.O. Box 243, Raleigh, NC 27602",
        ],
        NAVY,
        "shield",
    )
    s.text(0.9, y, dates.long(decided), 11, "serif")
    s.lines(0.9, y + 0.35, [up(p.name), "4419 KILBORNE DR APT 6", "CHARLOTTE NC 28205"], 10, "mono")
    s.text(5.0, y + 0.35, f"Case No.: {case_no}", 10, "mono")
    s.center(y + 1.3, "NOTICE OF DISABILITY DETERMINATION", 13, "serif-bold")
    y = s.paras(
        0.9,
        y + 1.7,
        6.7,
        [
            f"We have completed our review of the medical evidence in your case. We find that you "
            f"are DISABLED under the rules we use for Medicaid, beginning {dates.long(onset)}.",
            f"Basis for the decision: The medical records show {condition}. Your condition meets "
            "the listing for chronic kidney disease with hemodialysis. You are expected to need "
            "dialysis three times a week for at least 12 months.",
            "Your condition will be reviewed again in 24 months. If your condition improves you "
            "must tell us.",
            "If you disagree with this decision you have the right to ask for a hearing within 60 "
            "days of the date of this notice.",
        ],
        pt=11,
        face="serif",
    )
    s.signature(1.0, y + 0.2, "T. Blackwood", 16)
    s.lines(
        0.9,
        y + 0.75,
        ["Tamara Blackwood, Disability Examiner", "Disability Determination Services"],
        10,
        "serif",
    )
    return [s]


# ---------------------------------------------------------------- protection and courts


def restraining_order(
    victim: Person,
    abuser: str,
    *,
    case_no: str,
    court: str,
    granted: dt.date,
    expires: dt.date,
    child: Person,
    judge: str,
) -> list[Sheet]:
    """A family court's domestic violence restraining order after hearing (a CLETS order): the
    parties, the stay-away and no-contact orders, the expiry, the judge's signature."""
    p1 = Sheet()
    p1.rect(0.5, 0.4, 4.2, 1.2, weight=0.6)
    p1.lines(
        0.6,
        0.45,
        ["Person Asking for Protection:", up(victim.name), "Address: (confidential)"],
        8.5,
        "sans",
    )
    p1.rect(4.7, 0.4, 3.3, 1.2, weight=0.6)
    p1.lines(
        4.8,
        0.45,
        ["Clerk stamps date here when form is filed.", "", "FILED", up(court), dates.us(granted)],
        8,
        "sans-bold",
    )
    p1.rect(0.5, 1.6, 4.2, 0.8, weight=0.6)
    p1.lines(
        0.6,
        1.65,
        [
            f"Superior Court of California, County of {court}",
            "Stanley Mosk Courthouse, Family Law",
            "111 N. Hill Street, Los Angeles, CA 90012",
        ],
        8.5,
        "sans",
    )
    p1.rect(4.7, 1.6, 3.3, 0.8, weight=0.6)
    p1.text(4.8, 1.7, "Case Number:", 8, "sans")
    p1.text(4.8, 1.95, case_no, 11, "mono-bold")
    p1.center(2.6, "Restraining Order After Hearing", 15, "sans-bold")
    p1.center(2.9, "(Order of Protection)    DV-130", 10, "sans-bold")
    y = 3.3
    items = [
        f"1. Protected Person: {victim.name}. Sex: F. Date of birth: {dates.us(victim.born)}.",
        f"2. Restrained Person: {abuser}. Sex: M. Race: Hispanic. Age: 38.",
        f"3. Additional Protected Persons: {child.name}, daughter, age "
        f"{(granted - child.born).days // 365}.",
        f"4. Expiration Date: This Order, except for any custody, visitation or support orders, "
        f"expires at midnight on {dates.us(expires)}.",
        "5. Hearing: There was a hearing on the date above. The Protected Person was present. "
        "The Restrained Person was present and was served with this order in court.",
        "6. Personal Conduct Orders: The person in 2 must not harass, attack, strike, threaten, "
        "assault, hit, follow, stalk, destroy personal property, or disturb the peace of the "
        "persons in 1 and 3, and must not contact them directly or indirectly by any means.",
        "7. Stay-Away Order: The person in 2 must stay at least 100 yards away from the persons "
        "in 1 and 3, their home, workplace, vehicle, and the child's school or child care.",
        "8. No Guns or Other Firearms or Ammunition: The person in 2 must not own, possess, "
        "have, buy or try to buy a firearm or ammunition, and must turn them in within 24 hours.",
    ]
    for item in items:
        y = p1.para(0.7, y, 7.0, item, 9.5, "sans") + 0.12
    p1.text(0.5, 10.4, "DV-130, Page 1 of 2   This is a Court Order.", 8, "sans-bold")
    p2 = Sheet()
    p2.text(0.6, 0.5, f"Case Number: {case_no}", 9, "mono-bold")
    y = p2.paras(
        0.7,
        0.9,
        7.0,
        [
            "9. Child Custody and Visitation: Sole legal and physical custody of the child in 3 is "
            "granted to the Protected Person. No visitation to the Restrained Person until "
            "further order.",
            "10. Batterer Intervention Program: The Restrained Person must complete a 52-week "
            "batterer intervention program and file proof of enrollment by the next review date.",
            "11. Service: This order was served in court. No other proof of service is needed.",
            "This order is effective when made. Law enforcement must enforce it in every state, "
            "tribal land and U.S. territory. It was entered into the California Restraining and "
            "Protective Order System (CARPOS) through the California Law Enforcement "
            "Telecommunications System (CLETS).",
        ],
        pt=9.5,
        face="sans",
        gap=0.15,
    )
    p2.text(0.7, y + 0.3, f"Date: {dates.us(granted)}", 10, "sans")
    p2.signature(4.2, y + 0.1, judge, 17)
    p2.line(4.0, y + 0.7, 7.6, y + 0.7, 0.6)
    p2.text(4.0, y + 0.75, f"Judicial Officer: {judge}", 8.5, "sans")
    p2.stamp(
        1.0,
        y + 1.3,
        ["CERTIFIED COPY", "SUPERIOR COURT OF CALIFORNIA", "COUNTY OF LOS ANGELES"],
        10,
        angle=4,
    )
    p2.text(0.5, 10.4, "DV-130, Page 2 of 2   This is a Court Order.", 8, "sans-bold")
    return [p1, p2]


def police_report(
    victim: Person,
    suspect: str,
    *,
    agency: str,
    dr_no: str,
    occurred: dt.datetime,
    address: str,
    officer: str,
    serial: str,
    narrative: list[str],
) -> list[Sheet]:
    """A city police department's investigative report for domestic violence: the boxed face
    sheet (DR number, crime, victim, suspect), then the officer's narrative."""
    s = Sheet()
    s.text(0.5, 0.45, agency.upper(), 12, "sans-bold")
    s.text(0.5, 0.65, "INVESTIGATIVE REPORT - DOMESTIC VIOLENCE", 9, "sans-bold")
    s.text(8.0, 0.45, f"DR No. {dr_no}", 11, "mono-bold", align="right")
    y = s.grid(
        0.5,
        0.95,
        7.5,
        [
            (
                0.42,
                [
                    (2, "CRIME / CODE SECTION", "CORPORAL INJURY ON SPOUSE/COHABITANT PC 273.5(A)"),
                    (1, "DATE/TIME OCCURRED", f"{dates.us(occurred.date())} {occurred:%H%M}"),
                ],
            ),
            (0.42, [(2, "LOCATION OF OCCURRENCE", up(address)), (1, "REPORTING DISTRICT", "0267")]),
            (
                0.42,
                [
                    (1.5, "VICTIM NAME (LAST, FIRST MIDDLE)", up(victim.last_first(False))),
                    (0.7, "SEX", "F"),
                    (1, "DOB", dates.us(victim.born)),
                    (1, "LANGUAGE", "SPANISH/K'ICHE'"),
                ],
            ),
            (
                0.42,
                [
                    (1.5, "SUSPECT NAME", up(suspect)),
                    (0.7, "SEX", "M"),
                    (1, "RELATIONSHIP", "COHABITANT / FATHER OF CHILD"),
                    (1, "STATUS", "ARRESTED"),
                ],
            ),
            (
                0.42,
                [
                    (1.5, "INJURIES", "CONTUSIONS L ARM, NECK REDNESS"),
                    (1, "MEDICAL", "RA #33 - REFUSED TRANSPORT"),
                    (1.2, "EPO ISSUED", "YES - EPO #23-00417"),
                ],
            ),
        ],
        value_face="mono",
    )
    s.text(0.5, y + 0.2, "NARRATIVE", 10, "sans-bold")
    y = s.paras(0.5, y + 0.45, 7.5, narrative, pt=9.5, face="mono", gap=0.12)
    s.text(
        0.5,
        y + 0.3,
        f"Reporting Officer: {officer}  Serial No. {serial}   Approved: Sgt. D. Haddad  Serial "
        "No. 31877",
        8.5,
        "mono",
    )
    s.stamp(5.5, 9.4, ["COPY", "RECORDS & IDENTIFICATION"], 10, angle=-5)
    return [s]


def shelter_letter(
    p: Person,
    *,
    org: str,
    address: list[str],
    signed: dt.date,
    stay: tuple[dt.date, dt.date],
    signer: str,
) -> list[Sheet]:
    """A domestic violence shelter's letter confirming a stay and services (address withheld)."""
    return [
        write_letter(
            (
                org,
                ["Confidential location · Administrative office:", *address],
                (110, 40, 120),
                "house",
            ),
            dates.long(signed),
            ["To Whom It May Concern"],
            f"RE: {p.name}",
            "To whom it may concern:",
            [
                f"This letter confirms that {p.name} and her daughter resided in our emergency "
                f"domestic violence shelter from {dates.long(stay[0])} to "
                f"{dates.long(stay[1])}, after "
                "fleeing abuse by her former partner. Because our shelter's location is "
                "confidential, we do not give its address.",
                f"During her stay Ms. {p.surname.split()[0]} took part in individual "
                "counseling, safety "
                "planning, a weekly Spanish-language support group and parenting classes. Our "
                "legal "
                "advocate accompanied her to the hearing where she obtained a restraining order.",
                "She has continued in our follow-up program since leaving the shelter and attends "
                "counseling twice a month. She has been consistent, honest and devoted to her "
                "daughter's safety and recovery.",
            ],
            "Respectfully,",
            signer,
            ["Program Director, Emergency Shelter", org],
        )
    ]


def aa_sheet(
    p: Person, *, court_case: str, meetings: list[tuple[dt.date, str, str, str]]
) -> list[Sheet]:
    """A court-ordered meeting attendance sheet: each AA meeting with its date, group, time and
    the chairperson's signature and initials."""
    s = Sheet()
    s.center(0.5, "VERIFICATION OF ATTENDANCE", 14, "sans-bold")
    s.center(0.78, "Alcoholics Anonymous / 12-Step Meetings", 10, "sans")
    s.text(0.6, 1.15, f"Name: {p.name}", 10, "sans")
    s.text(4.6, 1.15, f"Court Case No.: {court_case}", 10, "sans")
    s.text(0.6, 1.4, "Probation Officer: K. Brzezinski, Cook County Adult Probation", 10, "sans")
    rows = [["Date", "Group / Meeting", "Time", "Chairperson signature"]]
    for d, group, time, _chair in meetings:
        rows.append([dates.us(d), group, time, ""])
    widths = [1.1, 3.1, 0.9, 2.2]
    y0 = 1.8
    y = s.table(0.6, y0, widths, rows, pt=9, row_height=0.4)
    rng = random.Random(len(meetings))
    for i, (_d, _g, _t, chair) in enumerate(meetings):
        s.signature(
            5.75 + rng.uniform(0, 0.3),
            y0 + 0.4 * (i + 1) - 0.02,
            chair,
            11,
            fill=BLUE_INK if i % 2 else INK,
        )
    s.para(
        0.6,
        y + 0.3,
        7.2,
        "Anonymity note: chairpersons sign with first name and last "
        "initial only. Attendance sheets are collected by the probation officer monthly.",
        8.5,
        "sans",
    )
    return [s]


def probation_certificate(
    p: Person, *, case_no: str, offense: str, sentenced: dt.date, discharged: dt.date, term: str
) -> list[Sheet]:
    """The adult probation department's certificate of successful completion, with the
    court's order of discharge."""
    s = Sheet(paper=(252, 250, 244))
    s.border(0.5, 2.0)
    s.center(1.0, "CIRCUIT COURT OF COOK COUNTY, ILLINOIS", 12, "serif-bold")
    s.center(1.3, "ADULT PROBATION DEPARTMENT", 11, "serif")
    s.center(2.0, "Certificate of Successful Completion", 22, "script")
    s.center(2.9, "This is to certify that", 12, "serif-italic")
    s.center(3.3, p.name, 20, "serif-bold")
    s.paras(
        1.2,
        4.0,
        6.1,
        [
            f"has successfully completed a term of {term} imposed on {dates.long(sentenced)} "
            "in case "
            f"number {case_no} ({offense}), having satisfied every condition of the sentence: "
            "alcohol evaluation and treatment, the victim impact panel, all fines and costs, and "
            "regular reporting.",
            "Probation was terminated satisfactorily and the defendant discharged on "
            f"{dates.long(discharged)}.",
        ],
        pt=12,
        face="serif",
        gap=0.25,
    )
    s.signature(1.3, 7.0, "Kasia Brzezinski", 17)
    s.line(1.2, 7.6, 3.9, 7.6, 0.6)
    s.text(1.2, 7.65, "Probation Officer", 9, "serif")
    s.signature(4.8, 7.0, "Dolores Fitzgibbon", 17)
    s.line(4.6, 7.6, 7.3, 7.6, 0.6)
    s.text(4.6, 7.65, "Deputy Chief Probation Officer", 9, "serif")
    s.seal(4.25, 8.8, 0.6, "ADULT PROBATION * COOK COUNTY * ", "SEAL")
    return [s]


def disposition(
    p: Person,
    *,
    printed_dob: dt.date,
    case_no: str,
    arrested: dt.date,
    charges: list[tuple[str, str, str]],
    sentence: list[str],
    clerk: str,
    certified: dt.date,
) -> list[Sheet]:
    """A clerk's certified statement of conviction/disposition from a criminal docket: the
    defendant (with the date of birth the clerk typed), charges, dispositions, sentence."""
    s = Sheet()
    s.center(0.5, "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS", 11, "mono-bold")
    s.center(0.72, "MUNICIPAL DEPARTMENT - FIRST DISTRICT", 10, "mono")
    s.center(1.05, "CERTIFIED STATEMENT OF CONVICTION / DISPOSITION", 11, "mono-bold")
    y = s.lines(
        0.7,
        1.5,
        [
            f"CASE NUMBER: {case_no}",
            "THE PEOPLE OF THE STATE OF ILLINOIS  v.",
            f"DEFENDANT: {up(p.last_first(False))}",
            f"DOB: {dates.us(printed_dob)}   SEX: {p.sex}   IR NO: 2384751",
            f"DATE OF ARREST: {dates.us(arrested)}   ARRESTING AGENCY: CHICAGO POLICE DEPT",
        ],
        10,
        "mono",
    )
    rows = [["CT", "STATUTE / DESCRIPTION", "DISPOSITION"], *[list(c) for c in charges]]
    y = s.table(
        0.7,
        y + 0.3,
        [0.5, 4.0, 2.6],
        rows,
        pt=8.5,
        face="mono",
        header_face="mono-bold",
        row_height=0.3,
    )
    s.text(0.7, y + 0.3, "SENTENCE:", 10, "mono-bold")
    y = s.lines(0.9, y + 0.55, sentence, 9.5, "mono")
    y = s.para(
        0.7,
        y + 0.4,
        7.1,
        "I, the Clerk of the Circuit Court of Cook County, certify that the above is a "
        "true and correct statement of the disposition of the above case as it appears in "
        f"the records of this office. Certified {dates.us(certified)}.",
        9.5,
        "mono",
    )
    s.signature(4.5, y + 0.2, clerk, 16)
    s.line(4.3, y + 0.8, 7.7, y + 0.8, 0.6)
    s.text(4.3, y + 0.85, f"{clerk}, Clerk of the Circuit Court", 8, "mono")
    s.seal(1.6, y + 0.9, 0.6, "CLERK OF THE CIRCUIT COURT * COOK COUNTY * ", "SEAL")
    return [s]


# ---------------------------------------------------------------- residence


def lease_bilingual(
    tenant: Person,
    *,
    landlord: str,
    address: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    signed: dt.date,
) -> list[Sheet]:
    """A residential lease printed in two columns, English left and Spanish right, two pages."""
    clauses = [
        (
            "1. PARTIES. This lease is made between",
            f"{landlord} (Landlord) and {tenant.name} (Tenant).",
            "1. PARTES. Este contrato se celebra entre",
            f"{landlord} (Arrendador) y {tenant.name} (Inquilina).",
        ),
        (
            "2. PREMISES.",
            f"The Landlord rents to the Tenant the apartment at {address}.",
            "2. INMUEBLE.",
            f"El Arrendador renta a la Inquilina el departamento ubicado en {address}.",
        ),
        (
            "3. TERM.",
            f"The term begins on {dates.long(start)} and ends on {dates.long(end)}.",
            "3. PLAZO.",
            f"El plazo comienza el {dates.spelled(start, 'es')} y termina el "
            f"{dates.spelled(end, 'es')}.",
        ),
        (
            "4. RENT.",
            f"Rent is ${rent:,} per month, due on the first day of each month.",
            "4. RENTA.",
            f"La renta es de ${rent:,} mensuales, pagaderos el día primero de cada mes.",
        ),
        (
            "5. DEPOSIT.",
            f"Tenant has paid a security deposit of ${rent:,}.",
            "5. DEPÓSITO.",
            f"La Inquilina ha pagado un depósito de garantía de ${rent:,}.",
        ),
        (
            "6. OCCUPANTS.",
            "The premises will be occupied only by the Tenant and her minor daughter.",
            "6. OCUPANTES.",
            "El inmueble será ocupado solamente por la Inquilina y su hija menor de edad.",
        ),
        (
            "7. UTILITIES.",
            "Tenant pays electricity and gas. Landlord pays water and trash.",
            "7. SERVICIOS.",
            "La Inquilina paga luz y gas. El Arrendador paga agua y basura.",
        ),
    ]
    p1 = Sheet()
    p1.center(0.6, "RESIDENTIAL LEASE AGREEMENT", 14, "serif-bold")
    p1.center(0.88, "CONTRATO DE ARRENDAMIENTO RESIDENCIAL", 12, "serif-bold")
    p1.line(4.25, 1.25, 4.25, 10.0, 0.5, GREY)
    yl = yr = 1.3
    for en_h, en, es_h, es in clauses:
        yl = p1.para(0.7, yl, 3.35, f"{en_h} {en}", 9.5, "serif") + 0.15
        yr = p1.para(4.45, yr, 3.35, f"{es_h} {es}", 9.5, "serif") + 0.15
        yl = yr = max(yl, yr)
    p1.text(0.7, 10.3, "Page 1 of 2 / Página 1 de 2", 8, "sans", fill=GREY)
    p2 = Sheet()
    p2.line(4.25, 0.6, 4.25, 6.0, 0.5, GREY)
    more = [
        (
            "8. RULES.",
            "No smoking. Quiet hours 10 p.m. to 7 a.m.",
            "8. REGLAS.",
            "No se permite fumar. Horas de silencio de 10 p.m. a 7 a.m.",
        ),
        (
            "9. REPAIRS.",
            "Tenant must report needed repairs in writing.",
            "9. REPARACIONES.",
            "La Inquilina debe reportar por escrito las reparaciones necesarias.",
        ),
        (
            "10. ENGLISH CONTROLS.",
            "If the versions differ, the English version controls.",
            "10. IDIOMA.",
            "Si las versiones difieren, prevalece la versión en inglés.",
        ),
    ]
    yl = yr = 0.7
    for en_h, en, es_h, es in more:
        yl = p2.para(0.7, yl, 3.35, f"{en_h} {en}", 9.5, "serif") + 0.15
        yr = p2.para(4.45, yr, 3.35, f"{es_h} {es}", 9.5, "serif") + 0.15
        yl = yr = max(yl, yr)
    y = yl + 0.5
    for who, name in [("Landlord / Arrendador", landlord), ("Tenant / Inquilina", tenant.name)]:
        p2.signature(0.9, y, name, 16)
        p2.line(0.7, y + 0.55, 4.5, y + 0.55, 0.6)
        p2.text(0.7, y + 0.6, f"{who}: {name}", 9, "sans")
        p2.text(5.0, y + 0.6, f"Date / Fecha: {dates.us(signed)}", 9, "sans")
        y += 1.1
    p2.text(0.7, 10.3, "Page 2 of 2 / Página 2 de 2", 8, "sans", fill=GREY)
    return [p1, p2]


def power_bill(
    p: Person,
    *,
    utility: str,
    account: str,
    service: str,
    period: tuple[dt.date, dt.date],
    due: dt.date,
    kwh: int,
    amount: float,
) -> list[Sheet]:
    """An electric utility's monthly bill: the logo, account and service address, the usage
    graph, the amount due and the remittance stub to tear off."""
    s = Sheet()
    s.logo(0.6, 0.45, 0.55, "leaf", (0, 110, 170))
    s.text(1.3, 0.5, utility, 16, "sans-bold", fill=(0, 110, 170))
    s.text(7.9, 0.5, "Your Energy Bill", 12, "sans-bold", align="right")
    s.text(
        7.9,
        0.75,
        f"Bill date {dates.abbreviated(period[1] + dt.timedelta(days=2))}",
        9,
        "sans",
        align="right",
    )
    s.grid(
        0.6,
        1.3,
        7.3,
        [
            (0.5, [(1.5, "Account number", account), (2, "Service address", up(service))]),
            (
                0.5,
                [
                    (1.5, "Billing period", f"{dates.us(period[0])} - {dates.us(period[1])}"),
                    (1, "Amount due", f"${amount:,.2f}"),
                    (1, "Due date", dates.us(due)),
                ],
            ),
        ],
        value_face="sans-bold",
        value_pt=10,
    )
    s.text(0.6, 2.5, f"Customer: {up(p.name)}", 10, "sans-bold")
    s.text(0.6, 2.9, "Your usage (kWh)", 10, "sans-bold")
    rng = random.Random(kwh)
    for i in range(13):
        h = rng.uniform(0.4, 1.4) if i < 12 else kwh / 800
        s.rect(
            0.8 + i * 0.42,
            4.6 - h,
            0.28,
            h,
            outline=None,
            fill=(0, 110, 170) if i == 12 else (170, 200, 220),
        )
    s.table(
        0.6,
        5.0,
        [4.5, 2.8],
        [
            ["Charges", "Amount"],
            ["Basic customer charge", "$14.00"],
            [f"Energy charge {kwh} kWh", f"${amount - 21.4:,.2f}"],
            ["Renewable energy rider", "$1.12"],
            ["Sales tax", "$6.28"],
            ["Total amount due", f"${amount:,.2f}"],
        ],
        pt=9.5,
        row_height=0.3,
        align=["left", "right"],
    )
    s.line(0.5, 8.3, 8.0, 8.3, 0.6, GREY)
    s.text(
        0.6,
        8.35,
        "- - - - - - - - - - - - Please return this portion with your payment - - - - - - - - "
        "- - - -",
        7,
        "sans",
        fill=GREY,
    )
    s.lines(0.6, 8.7, [up(p.name), up(service)], 9, "mono")
    s.text(5.0, 8.7, f"Account {account}", 9, "mono")
    s.text(5.0, 8.9, f"Amount due ${amount:,.2f}", 9, "mono-bold")
    return [s]


def baptism(
    child: Person,
    *,
    parish: str,
    address: list[str],
    baptized: dt.date,
    parents: str,
    godparents: str,
    priest: str,
    book: str,
    issued: dt.date,
) -> list[Sheet]:
    """A Catholic parish's certificate of baptism: the cross, the sacramental register's book
    and page, the child, parents, godparents, the minister, the pastor's seal."""
    s = Sheet(paper=(252, 250, 242))
    s.border(0.5, 2.5)
    s.logo(3.95, 0.75, 0.6, "cross", (120, 90, 40))
    s.center(1.5, parish, 15, "serif-bold")
    s.center(1.8, ", ".join(address), 9, "serif")
    s.center(2.4, "Certificate of Baptism", 26, "script")
    rows = [
        ("This is to certify that", child.name),
        ("Child of", parents),
        ("Born", f"{dates.long(child.born)}, at {child.birthplace}"),
        ("Was baptized on", dates.long(baptized)),
        ("According to the Rite of the Roman Catholic Church by", priest),
        ("The sponsors being", godparents),
        ("As appears from the Baptismal Register of this Church", book),
    ]
    y = 3.4
    for label, value in rows:
        s.center(y, label, 10.5, "serif-italic")
        s.center(y + 0.25, value, 13, "serif-bold")
        y += 0.7
    s.text(1.0, y + 0.3, f"Dated: {dates.long(issued)}", 11, "serif")
    s.signature(4.8, y + 0.1, "Fr. Tomás Echeverría", 16)
    s.line(4.6, y + 0.7, 7.4, y + 0.7, 0.6)
    s.text(4.6, y + 0.75, "Pastor", 9, "serif")
    s.seal(2.0, y + 1.4, 0.55, f"{up(parish)} * SEAL * ", "✝" if False else "+")
    return [s]


def remittance_receipt(
    sender: Person,
    *,
    company: str,
    agent: str,
    sent: dt.datetime,
    folio: str,
    receiver: str,
    place: str,
    amount: float,
    rate: float,
) -> list[Sheet]:
    """A money transfer agent's thermal receipt (long and narrow): sender, receiver, amount,
    rate, fee, the tracking number, the required consumer disclosures."""
    s = Sheet(3.2, 7.2, paper=(246, 244, 238))
    y = s.text(1.6, 0.2, company, 12, "sans-bold", align="center")
    y = s.lines(
        0.15, y, [agent, "4630 N TRYON ST, CHARLOTTE NC", "TEL 704-555-0187", "-" * 36], 7, "mono"
    )
    y = s.lines(
        0.15,
        y,
        [
            "RECIBO AL REMITENTE / SENDER RECEIPT",
            f"FECHA/DATE: {sent:%m/%d/%Y %H:%M}",
            f"FOLIO: {folio}",
            "",
            "REMITENTE / SENDER:",
            f" {up(sender.name)}",
            " 4419 KILBORNE DR APT 6",
            " CHARLOTTE NC 28205",
            "BENEFICIARIO / RECEIVER:",
            f" {up(receiver)}",
            f" {up(place)}",
            "-" * 36,
            f"MONTO ENVIADO/AMOUNT  USD {amount:9.2f}",
            f"CARGO/FEE             USD {4.99:9.2f}",
            f"TOTAL                 USD {amount + 4.99:9.2f}",
            f"TIPO DE CAMBIO/RATE       {rate:9.4f}",
            f"RECIBE/RECEIVES       MXN {amount * rate:9.2f}",
            "-" * 36,
            "DISPONIBLE/AVAILABLE: INMEDIATO",
            "You have a right to dispute errors",
            "within 180 days. Usted tiene derecho",
            "a disputar errores dentro de 180 dias.",
            "",
            "FIRMA DEL CLIENTE:",
        ],
        7,
        "mono",
    )
    s.signature(0.3, y, sender.first, 12, fill=INK)
    return [s]


# ---------------------------------------------------------------- work


def pay_stub(
    p: Person,
    *,
    employer: str,
    address: str,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    hours: float,
    rate: float,
    ytd: float,
    number: str,
) -> list[Sheet]:
    """A payroll service's earnings statement with the check stub: hours, rate, taxes, YTD."""
    gross = hours * rate
    fed, ss, med, st = gross * 0.06, gross * 0.062, gross * 0.0145, gross * 0.0425
    net = gross - fed - ss - med - st
    s = Sheet()
    s.text(0.6, 0.5, employer, 13, "sans-bold")
    s.text(0.6, 0.75, address, 8.5, "sans", fill=GREY)
    s.text(7.9, 0.5, "EARNINGS STATEMENT", 11, "sans-bold", align="right")
    s.grid(
        0.6,
        1.1,
        7.3,
        [
            (
                0.45,
                [
                    (2, "Employee", up(p.name)),
                    (1, "Employee ID", number),
                    (1.4, "Pay period", f"{dates.us(period[0])} - {dates.us(period[1])}"),
                    (1, "Pay date", dates.us(paid)),
                ],
            )
        ],
        value_face="sans-bold",
        value_pt=8.5,
    )
    y = s.table(
        0.6,
        1.8,
        [2.4, 1.0, 1.0, 1.4, 1.5],
        [
            ["Earnings", "Rate", "Hours", "This period", "Year to date"],
            [
                "Regular",
                f"{rate:.2f}",
                f"{min(hours, 80):.2f}",
                f"{min(hours, 80) * rate:,.2f}",
                f"{ytd * 0.9:,.2f}",
            ],
            [
                "Overtime",
                f"{rate * 1.5:.2f}",
                f"{max(0, hours - 80):.2f}",
                f"{max(0, hours - 80) * rate * 1.5:,.2f}",
                f"{ytd * 0.1:,.2f}",
            ],
            ["Gross pay", "", "", f"{gross:,.2f}", f"{ytd:,.2f}"],
        ],
        pt=9,
        row_height=0.28,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.6,
        y + 0.3,
        [3.4, 1.4, 2.5],
        [
            ["Deductions", "This period", "Year to date"],
            ["Federal income tax", f"{fed:,.2f}", f"{ytd * 0.06:,.2f}"],
            ["Social Security tax", f"{ss:,.2f}", f"{ytd * 0.062:,.2f}"],
            ["Medicare tax", f"{med:,.2f}", f"{ytd * 0.0145:,.2f}"],
            ["NC state income tax", f"{st:,.2f}", f"{ytd * 0.0425:,.2f}"],
        ],
        pt=9,
        row_height=0.28,
        align=["left", "right", "right"],
    )
    s.text(0.6, y + 0.25, f"NET PAY  ${net:,.2f}", 12, "sans-bold")
    s.line(0.5, 7.9, 8.0, 7.9, 0.6, GREY)
    s.text(0.6, 8.05, f"{employer}   Direct deposit advice No. {number}{paid:%m%d}", 8.5, "sans")
    s.text(0.6, 8.4, f"Pay to the order of {up(p.name)}", 9, "mono")
    s.text(6.5, 8.4, f"${net:,.2f}", 10, "mono-bold")
    s.text(0.6, 8.7, "NON-NEGOTIABLE  ·  THIS IS NOT A CHECK", 9, "sans-bold", fill=GREY)
    return [s]


def w2(
    p: Person,
    *,
    year: int,
    employer: list[str],
    ein: str,
    wages: float,
    state: str,
    state_id: str,
    address: list[str],
    ssn: str,
) -> list[Sheet]:
    """Form W-2, Wage and Tax Statement, Copy B, with its numbered boxes."""
    s = Sheet()
    fed, ss, med, st = wages * 0.07, wages * 0.062, wages * 0.0145, wages * 0.045
    s.text(0.5, 0.45, "Copy B - To Be Filed With Employee's FEDERAL Tax Return.", 8, "sans-bold")
    s.grid(
        0.5,
        0.7,
        7.5,
        [
            (
                0.45,
                [(1.2, "a Employee's social security number", ssn), (2, "OMB No. 1545-0008", "")],
            ),
            (
                0.45,
                [
                    (2, "b Employer identification number (EIN)", ein),
                    (1, "1 Wages, tips, other compensation", f"{wages:,.2f}"),
                    (1, "2 Federal income tax withheld", f"{fed:,.2f}"),
                ],
            ),
            (
                1.0,
                [
                    (2, "c Employer's name, address, and ZIP code", "\n".join(employer)),
                    (1, "3 Social security wages", f"{wages:,.2f}"),
                    (1, "4 Social security tax withheld", f"{ss:,.2f}"),
                ],
            ),
            (
                0.45,
                [
                    (2, "d Control number", f"{year}-{ein[-4:]}"),
                    (1, "5 Medicare wages and tips", f"{wages:,.2f}"),
                    (1, "6 Medicare tax withheld", f"{med:,.2f}"),
                ],
            ),
            (
                1.0,
                [
                    (
                        2,
                        "e Employee's first name and initial   Last name   f Employee's "
                        "address and ZIP code",
                        "\n".join([up(p.name), *[up(a) for a in address]]),
                    ),
                    (1, "12a See instructions for box 12", ""),
                    (1, "13 Statutory employee / Retirement plan", ""),
                ],
            ),
            (
                0.45,
                [
                    (0.5, "15 State", state),
                    (1.5, "Employer's state ID number", state_id),
                    (1, "16 State wages, tips, etc.", f"{wages:,.2f}"),
                    (1, "17 State income tax", f"{st:,.2f}"),
                ],
            ),
        ],
        value_face="mono-bold",
        value_pt=9,
    )
    s.text(0.5, 5.1, "Form W-2  Wage and Tax Statement", 12, "sans-bold")
    s.text(4.6, 5.1, str(year), 16, "sans-bold")
    s.text(5.4, 5.15, "Department of the Treasury - Internal Revenue Service", 7.5, "sans")
    s.line(0.5, 5.6, 8.0, 5.6, 0.4, GREY)
    s.text(
        0.5,
        5.7,
        "This information is being furnished to the Internal Revenue Service.",
        7.5,
        "sans",
        fill=GREY,
    )
    return [s]


def employment_letter(
    p: Person,
    *,
    company: str,
    address: list[str],
    since: dt.date,
    signed: dt.date,
    signer: str,
    title: str,
    role: str,
    wage: str,
) -> list[Sheet]:
    """An employer's letter on letterhead: dates of employment, position, pay, character."""
    return [
        write_letter(
            (company, address, (90, 60, 30), "house"),
            dates.long(signed),
            ["U.S. Immigration and Customs Enforcement", "Office of the Principal Legal Advisor"],
            f"RE: Employment of {p.name}",
            "To Whom It May Concern:",
            [
                f"I am the {title.lower()} of {company}. {p.name} has worked for our company "
                f"continuously since {dates.long(since)}, first as a helper in the shop and, since "
                f"2012, as a {role}. He works full time, about 45 hours a week, and earns {wage}.",
                "In twenty years he has never missed a shift without calling in. He trains our new "
                "hires, he is trusted with the keys to the shop, and customers ask for him by "
                "name. "
                "When our business nearly closed in 2020 he stayed and helped us rebuild.",
                "I know of his 2019 arrest. He told me himself the next morning, completed "
                "everything "
                "the court asked of him, and has not had a drink since. We would lose one of our "
                "best people if he were removed. I am available to answer any questions.",
            ],
            "Sincerely,",
            signer,
            [title, company],
        )
    ]


def handwritten_letter(lines: list[str], *, seed: int, signer: str) -> list[Sheet]:
    """A letter written by hand in blue pen on ruled notebook paper: the lines wander a little,
    the words lean, it is signed at the foot."""
    rng = random.Random(seed)
    s = Sheet(paper=(250, 250, 244))
    for i in range(30):
        y = 1.0 + i * 0.32
        s.line(0.3, y, 8.2, y, 0.5, (160, 190, 225))
    s.line(1.0, 0.0, 1.0, 11.0, 0.6, (230, 150, 150))
    for i in range(3):
        s.draw.ellipse(
            (s.px(0.3), s.px(2 + i * 3.5), s.px(0.5), s.px(2.2 + i * 3.5)), fill=(200, 200, 200)
        )
    y = 1.0 - 0.27
    for line in lines:
        if line:
            s.text(
                1.15 + rng.uniform(-0.05, 0.1),
                y + rng.uniform(-0.03, 0.03),
                line,
                15,
                "script",
                fill=BLUE_INK,
            )
        y += 0.32
    s.signature(4.5, y + 0.05, signer, 20)
    return [s]
