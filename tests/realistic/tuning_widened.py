"""More tuning documents, in editions, issuers and wordings the first tuning templates do not
use (a Texas abstract, an Illinois long form, an EAD, an IRS account transcript, a 1099-NEC, a
payroll vendor's stub, a district progress report, a nephrologist's and a psychiatrist's
letter, a discharge summary, a city police incident report, an I-918 Supplement B, a mosque's
letter, a Spanish church constancia, a utility bill, a construction employer's verification, a
probation completion certificate), written from what such documents look like. Rules may be
tuned on these; never on the blind corpus. Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.realistic.dates import abbreviated, card, dashed, long, spelled, us
from tests.realistic.model import Paper, Person, drawn, up
from tests.realistic.paper import (
    GREY,
    Sheet,
    letterhead,
    monospace_page,
    portrait,
    tinted,
    write_letter,
)
from tests.realistic.paper import card as card_sheet

D = dt.date


# ---------------------------------------------------------------- US vital records


def texas_birth_abstract(
    child: Person,
    mother: Person,
    father: Person,
    *,
    county: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """The Texas abstract: 'Certification of Birth' from the Vital Statistics Section, the
    facts in two columns of captions, the registrar's facsimile and a raised seal."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (226, 234, 222))
    s.border(0.35, 2.0)
    s.center(0.7, "THE STATE OF TEXAS", 16, "serif-bold")
    s.center(1.02, "CERTIFICATION OF BIRTH", 13, "serif-bold")
    s.center(1.3, "Texas Department of State Health Services · Vital Statistics Section", 8, "sans")
    rows = [
        ("Name", up(child.name), "Sex", "FEMALE" if child.sex == "F" else "MALE"),
        ("Date of Birth", us(child.born), "Place of Birth", up(child.birthplace)),
        (
            "County of Birth",
            up(county),
            "State File No.",
            f"142-{filed.year}-{rng.randint(10**5, 10**6 - 1)}",
        ),
        ("Mother", up(mother.name), "Birthplace", up(mother.birthplace)),
        ("Father", up(father.name), "Birthplace", up(father.birthplace)),
        ("Date Filed", us(filed), "Date Issued", us(issued)),
    ]
    y = 1.9
    for a, va, b, vb in rows:
        s.text(0.8, y, a, 8, "sans", fill=GREY)
        s.text(0.8, y + 0.16, va, 10.5, "mono-bold")
        s.text(4.6, y, b, 8, "sans", fill=GREY)
        s.text(4.6, y + 0.16, vb, 10.5, "mono-bold")
        y += 0.55
    y = s.para(
        0.8,
        y + 0.2,
        6.9,
        "This is a true and exact reproduction of the facts as recorded on the original "
        "document filed with the Vital Statistics Section. Issued under authority of "
        "Section 191.051, Health and Safety Code.",
        8.5,
        "serif",
    )
    s.signature(4.5, y + 0.2, "Dolores Achterberg-Ruiz", 17)
    s.line(4.4, y + 0.7, 7.6, y + 0.7, 0.6)
    s.text(4.4, y + 0.75, "State Registrar", 8)
    s.seal(1.9, y + 1.3, 0.5, "STATE OF TEXAS * DEPARTMENT OF HEALTH * ", "SEAL")
    return drawn("texas_dshs_abstract_two_column", [s], "birth_certificate", child, "us_family")


def illinois_birth_long(
    child: Person,
    mother: Person,
    father: Person,
    *,
    hospital: str,
    city: str,
    county: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """A Cook County Clerk's certified copy of an Illinois Certificate of Live Birth: numbered
    boxes in bands, the clerk's certification across the foot."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (236, 228, 236))
    s.center(0.55, "STATE OF ILLINOIS", 12, "serif-bold")
    s.center(0.8, "CERTIFICATE OF LIVE BIRTH", 14, "serif-bold")
    s.text(5.9, 0.95, f"State File No. {rng.randint(10**6, 10**7 - 1)}", 8, "sans")
    given, _, middle = child.given.partition(" ")
    y = s.grid(
        0.6,
        1.2,
        7.3,
        [
            (
                0.5,
                [
                    (3, "1. CHILD - FIRST NAME", up(given)),
                    (2, "MIDDLE", up(middle)),
                    (3, "LAST", up(child.surname)),
                ],
            ),
            (
                0.5,
                [
                    (2, "2. SEX", child.sex),
                    (3, "3a. DATE OF BIRTH (Month, Day, Year)", us(child.born)),
                    (3, "3b. TIME", f"{rng.randint(1, 12)}:{rng.randint(10, 59)} AM"),
                ],
            ),
            (
                0.5,
                [
                    (3, "4a. PLACE OF BIRTH - NAME OF HOSPITAL", up(hospital)),
                    (2, "4b. CITY", up(city)),
                    (2, "4c. COUNTY", up(county)),
                ],
            ),
            (
                0.5,
                [
                    (4, "5a. MOTHER - NAME (First, Middle, Last)", up(mother.name)),
                    (2, "5b. DATE OF BIRTH", us(mother.born)),
                    (2, "5c. BIRTHPLACE", up(mother.birthplace)),
                ],
            ),
            (
                0.5,
                [
                    (4, "6a. FATHER - NAME (First, Middle, Last)", up(father.name)),
                    (2, "6b. DATE OF BIRTH", us(father.born)),
                    (2, "6c. BIRTHPLACE", up(father.birthplace)),
                ],
            ),
            (
                0.5,
                [
                    (4, "7. ATTENDANT - NAME AND TITLE", "M. OYELARAN-HUSS, M.D."),
                    (3, "8. DATE FILED BY LOCAL REGISTRAR", us(filed)),
                ],
            ),
        ],
    )
    y = s.para(
        0.6,
        y + 0.3,
        7.3,
        "I, the undersigned, Clerk of Cook County, hereby certify that this is a true and "
        "correct copy of the official record filed with the Illinois Department of Public "
        f"Health. Date issued: {us(issued)}.",
        9,
        "serif",
    )
    s.signature(4.6, y + 0.2, "Karen A. Yarbrough-Thiel", 17)
    s.text(4.6, y + 0.75, "Cook County Clerk", 8)
    s.seal(1.6, y + 1.0, 0.5, "COUNTY OF COOK * ILLINOIS * ", "CLERK")
    return drawn("illinois_birth_long", [s], "birth_certificate", child, "us_family")


# ---------------------------------------------------------------- cards


def ead_card(
    person: Person,
    *,
    a_number: str,
    card_number: str,
    category: str,
    country: str,
    valid_from: dt.date,
    expiry: dt.date,
    seed: int,
) -> Paper:
    """The front of an Employment Authorization Card (I-766): captions beside a photo, 'NOT
    VALID FOR REENTRY TO U.S.' across the foot; copied alone, without its back."""
    digits = a_number.replace("-", "").replace("A", "").zfill(9)
    front = card_sheet()
    tinted(front, (240, 228, 232), (228, 232, 240))
    front.text(0.12, 0.05, "UNITED STATES OF AMERICA", 6.5, "sans-bold")
    front.text(0.12, 0.17, "EMPLOYMENT AUTHORIZATION CARD", 9, "sans-bold", fill=(90, 40, 60))
    portrait(front, 0.12, 0.4, 1.0, 1.3, seed)
    y = 0.4
    for label, value in [
        ("Surname", up(person.surname)),
        ("Given Name", up(person.given)),
        ("USCIS#", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"),
        ("Category", category),
        ("Card#", card_number),
        ("Country of Birth", up(country)),
        ("Date of Birth   Sex", f"{card(person.born)}   {person.sex}"),
        ("Valid From   Card Expires", f"{card(valid_from)}   {card(expiry)}"),
    ]:
        front.text(1.25, y, label, 4.5, "sans", fill=(70, 60, 70))
        front.text(1.25, y + 0.065, value, 6.3, "sans-bold")
        y += 0.19
    front.text(0.12, 2.0, "NOT VALID FOR REENTRY TO U.S.", 6.5, "sans-bold")
    return Paper(
        "ead_card_front",
        [front.image],
        "identity_document",
        person.name,
        ["identity", "employment_and_taxes"],
        "en",
        None,
        None,
        True,
    )


# ---------------------------------------------------------------- taxes and pay


def account_transcript(
    person: Person,
    year: int,
    *,
    ssn_last4: str,
    street: str,
    agi: float,
    filed: dt.date,
    requested: dt.date,
    seed: int,
) -> Paper:
    """An IRS Account Transcript: the account balance and the transactions posted to the tax
    period (150 return filed, 806 withholding, 846 refund issued), the name cut to letters."""
    rng = random.Random(seed)
    refund = round(rng.uniform(300, 1800), 2)
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                               Account Transcript",
        "",
        f"Request Date:                                 {dashed(requested)}",
        f"Response Date:                                {dashed(requested)}",
        f"Tracking Number:                              {rng.randint(10**11, 10**12 - 1)}",
        "FORM NUMBER:   1040",
        f"TAX PERIOD:    Dec. 31, {year}",
        f"TAXPAYER IDENTIFICATION NUMBER:   XXX-XX-{ssn_last4}",
        f"{person.irs}",
        f"{up(street)[:8]} XXX",
        "",
        "               --- ANY MINUS SIGN SHOWN BELOW SIGNIFIES A CREDIT AMOUNT ---",
        "",
        "ACCOUNT BALANCE:                               0.00",
        "ACCRUED INTEREST:                              0.00   AS OF: " + dashed(requested),
        "ACCRUED PENALTY:                               0.00   AS OF: " + dashed(requested),
        "",
        "** INFORMATION FROM THE RETURN OR AS ADJUSTED **",
        "",
        "EXEMPTIONS:                                    00",
        "FILING STATUS:                                 Single",
        f"ADJUSTED GROSS INCOME:                         {agi:,.2f}",
        f"TAXABLE INCOME:                                {max(0.0, agi - 13850):,.2f}",
        "TAX PER RETURN:                                0.00",
        f"RETURN DUE DATE OR RETURN RECEIVED DATE (WHICHEVER IS LATER)  {abbreviated(filed)}",
        "",
        "TRANSACTIONS",
        "",
        "CODE  EXPLANATION OF TRANSACTION                 CYCLE      DATE           AMOUNT",
        f"150   Tax return filed                       {year + 1}1205  {dashed(filed)}"
        "        $0.00",
        "806   W-2 or 1099 withholding                           "
        f"{dashed(D(year + 1, 4, 15))}   -{refund:,.2f}",
        "846   Refund issued                                     "
        f"{dashed(filed + dt.timedelta(days=21))}    {refund:,.2f}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return drawn(
        "irs_account_transcript",
        [monospace_page(lines, 8.8, 0.7)],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def form_1099_nec(
    person: Person,
    year: int,
    *,
    payer: str,
    payer_lines: list[str],
    street: str,
    city: str,
    amount: float,
    seed: int,
) -> Paper:
    """Form 1099-NEC, Copy B: the payer's and recipient's boxes on the left, box 1
    nonemployee compensation on the right."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.6, 0.5, "CORRECTED (if checked)", 7, "sans")
    y = s.grid(
        0.6,
        0.75,
        7.3,
        [
            (
                1.1,
                [
                    (
                        5,
                        "PAYER'S name, street address, city or town, state or province, "
                        "country, ZIP "
                        "or foreign postal code, and telephone no.",
                        "\n".join([payer, *payer_lines]),
                    ),
                    (
                        3,
                        "OMB No. 1545-0116\nForm 1099-NEC\n"
                        f"(Rev. January {year})\nFor calendar year {year}",
                        "",
                    ),
                ],
            ),
            (
                0.45,
                [
                    (2.5, "PAYER'S TIN", f"{rng.randint(10, 99)}-{rng.randint(10**6, 10**7 - 1)}"),
                    (2.5, "RECIPIENT'S TIN", "XXX-XX-" + str(rng.randint(1000, 9999))),
                    (3, "1 Nonemployee compensation", f"$ {amount:,.2f}"),
                ],
            ),
            (
                0.45,
                [
                    (5, "RECIPIENT'S name", up(person.name)),
                    (
                        3,
                        "2 Payer made direct sales totaling "
                        "$5,000 or more of consumer products to recipient for resale",
                        "",
                    ),
                ],
            ),
            (
                0.45,
                [
                    (5, "Street address (including apt. no.)", up(street)),
                    (3, "4 Federal income tax withheld", "$ 0.00"),
                ],
            ),
            (
                0.45,
                [
                    (
                        5,
                        "City or town, state or province, country, and ZIP or foreign postal code",
                        up(city),
                    ),
                    (3, "5 State tax withheld", ""),
                ],
            ),
        ],
    )
    s.text(0.6, y + 0.1, "Copy B For Recipient", 9, "sans-bold")
    s.text(
        0.6, y + 0.3, "Form 1099-NEC (keep for your records)   www.irs.gov/Form1099NEC", 7, "sans"
    )
    s.text(5.0, y + 0.3, "Department of the Treasury - Internal Revenue Service", 7, "sans")
    return drawn(
        "form_1099_nec",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def vendor_pay_stub(
    person: Person,
    *,
    company: str,
    company_address: str,
    period: tuple[dt.date, dt.date],
    pay_date: dt.date,
    rate: float,
    hours: float,
    overtime: float,
    ytd_gross: float,
    seed: int,
) -> Paper:
    """A payroll vendor's pay stub, half a page: the employer and employee blocks side by
    side, a table of hours and earnings, taxes, and the net pay as a direct deposit."""
    rng = random.Random(seed)
    gross = rate * hours + rate * 1.5 * overtime
    fed, ss, med = gross * 0.06, gross * 0.062, gross * 0.0145
    net = gross - fed - ss - med
    s = Sheet()
    s.text(0.6, 0.5, company, 12, "sans-bold")
    s.text(0.6, 0.72, company_address, 8, "sans")
    s.text(5.4, 0.5, "Payroll processed by PayWell Payroll Services", 6.5, "sans", fill=GREY)
    s.text(0.6, 1.1, f"Employee: {person.name}", 9, "sans-bold")
    s.text(0.6, 1.28, f"Employee ID: {rng.randint(1000, 9999)}    Dept: 200 Framing", 8, "sans")
    s.text(4.6, 1.1, f"Pay Period: {us(period[0])} to {us(period[1])}", 8.5, "sans")
    s.text(4.6, 1.28, f"Pay Date: {us(pay_date)}", 8.5, "sans")
    y = s.table(
        0.6,
        1.6,
        [2.2, 1.0, 1.0, 1.3, 1.5],
        [
            ["Earnings", "Rate", "Hours", "Current", "YTD"],
            [
                "Regular",
                f"{rate:.2f}",
                f"{hours:.2f}",
                f"{rate * hours:,.2f}",
                f"{ytd_gross * 0.9:,.2f}",
            ],
            [
                "Overtime",
                f"{rate * 1.5:.2f}",
                f"{overtime:.2f}",
                f"{rate * 1.5 * overtime:,.2f}",
                f"{ytd_gross * 0.1:,.2f}",
            ],
            ["Gross Pay", "", "", f"{gross:,.2f}", f"{ytd_gross:,.2f}"],
        ],
        pt=8.5,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.6,
        y + 0.2,
        [3.2, 1.3, 1.5],
        [
            ["Taxes and Deductions", "Current", "YTD"],
            ["Federal Income Tax", f"{fed:,.2f}", f"{ytd_gross * 0.06:,.2f}"],
            ["Social Security", f"{ss:,.2f}", f"{ytd_gross * 0.062:,.2f}"],
            ["Medicare", f"{med:,.2f}", f"{ytd_gross * 0.0145:,.2f}"],
        ],
        pt=8.5,
        align=["left", "right", "right"],
    )
    s.text(0.6, y + 0.25, f"Net Pay: ${net:,.2f}", 11, "sans-bold")
    s.text(3.2, y + 0.27, f"Direct Deposit  Checking xxxx{rng.randint(1000, 9999)}", 8.5, "sans")
    return drawn(
        "vendor_pay_stub",
        [s],
        "pay_record",
        person,
        "employment_and_taxes",
        proves=(period[0], period[1]),
    )


# ---------------------------------------------------------------- school


def progress_report(
    student: Person,
    *,
    district: str,
    campus: str,
    grade: int,
    year: int,
    teacher: str,
) -> Paper:
    """A district's elementary progress report: the student block, a table of subjects by
    grading period with standards-based marks, attendance by period."""
    s = Sheet()
    s.center(0.55, up(district), 12, "sans-bold")
    s.center(0.8, campus, 10, "sans")
    s.center(1.05, f"Elementary Progress Report {year - 1}-{year}", 11, "sans-bold")
    s.text(0.7, 1.45, f"Student: {student.last_first()}", 9, "sans-bold")
    s.text(
        0.7,
        1.63,
        f"Birthdate: {us(student.born)}    Grade: {grade}    Teacher: {teacher}",
        8.5,
        "sans",
    )
    y = s.table(
        0.7,
        2.0,
        [2.6, 1.0, 1.0, 1.0, 1.0],
        [
            ["Subject", "Period 1", "Period 2", "Period 3", "Period 4"],
            ["Reading / Language Arts", "3", "3", "4", "4"],
            ["Mathematics", "3", "3", "3", "4"],
            ["Science", "3", "4", "4", "4"],
            ["Social Studies", "3", "3", "3", "3"],
            ["Days Absent", "1", "0", "2", "1"],
            ["Days Tardy", "0", "1", "0", "0"],
        ],
        pt=9,
        align=["left", "center", "center", "center", "center"],
    )
    y = s.para(
        0.7,
        y + 0.2,
        7.0,
        "4 = Exceeds standard  3 = Meets standard  2 = Approaching standard  1 = Below standard",
        8,
        "sans",
    )
    s.para(
        0.7,
        y + 0.2,
        7.0,
        f"Teacher comments: {student.first} is a kind classmate and a "
        "careful reader. Keep reading every night!",
        9,
        "serif",
    )
    return drawn(
        "district_progress_report",
        [s],
        "school_record",
        student,
        "education",
        proves=(D(year - 1, 8, 15), D(year, 5, 31)),
    )


# ---------------------------------------------------------------- medical


def specialist_letter(
    patient: Person,
    *,
    practice: str,
    practice_lines: list[str],
    physician: str,
    title: list[str],
    paragraphs: list[str],
    dated: dt.date,
    label: str,
    equity: str = "medical",
) -> Paper:
    """A specialist's letter about a patient on the practice's letterhead, with no title line:
    the diagnosis and the treatment in prose, the physician's signature block."""
    s = write_letter(
        (practice, practice_lines, (30, 100, 110), "cross"),
        long(dated),
        [],
        f"RE: {patient.name}    DOB: {us(patient.born)}",
        "To Whom It May Concern:",
        paragraphs,
        "Sincerely,",
        physician,
        title,
    )
    return drawn(label, [s], "medical_record", patient, equity, proves=(dated, dated))


def discharge_summary(
    patient: Person,
    *,
    hospital: str,
    hospital_lines: list[str],
    admitted: dt.date,
    discharged: dt.date,
    attending: str,
    diagnosis: str,
    seed: int,
) -> Paper:
    """A hospital's discharge summary: patient header block, admission and discharge dates,
    diagnoses, hospital course, medications and follow-up, signed electronically."""
    rng = random.Random(seed)
    s = Sheet()
    y = letterhead(s, hospital, hospital_lines, (20, 60, 120), "cross")
    y = s.text(0.8, y, "DISCHARGE SUMMARY", 13, "sans-bold")
    y = s.lines(
        0.8,
        y + 0.1,
        [
            f"Patient Name: {patient.last_first()}        MRN: {rng.randint(10**7, 10**8 - 1)}",
            f"DOB: {us(patient.born)}        Sex: {patient.sex}",
            f"Admission Date: {us(admitted)}        Discharge Date: {us(discharged)}",
            f"Attending Physician: {attending}",
        ],
        9.5,
        "sans",
    )
    for head, text in [
        ("Principal Diagnosis", diagnosis),
        (
            "Hospital Course",
            f"The patient was admitted through the emergency department with "
            f"{diagnosis}. {patient.he.capitalize()} was treated with intravenous fluids and "
            "antibiotics and improved steadily. Labs normalized before discharge.",
        ),
        ("Discharge Medications", "Lisinopril 10 mg daily; metformin 500 mg twice daily."),
        (
            "Follow-up",
            "Primary care in one week. Return to the emergency department for chest "
            "pain, fever or shortness of breath.",
        ),
    ]:
        y = s.text(0.8, y + 0.2, head, 10, "sans-bold")
        y = s.para(0.8, y + 0.03, 6.9, text, 9.5, "serif")
    s.text(0.8, y + 0.3, f"Electronically signed by {attending} on {us(discharged)}", 8.5, "sans")
    return drawn(
        "discharge_summary",
        [s],
        "medical_record",
        patient,
        "medical",
        proves=(admitted, discharged),
    )


# ---------------------------------------------------------------- police and courts


def incident_report(
    victim: Person,
    *,
    department: str,
    city: str,
    occurred: dt.date,
    reported: dt.date,
    offense: str,
    officer: str,
    seed: int,
) -> Paper:
    """A city police department's incident report, page one: case number, offense, the
    victim's block of boxes, the suspect block, and the officer's narrative."""
    rng = random.Random(seed)
    s = Sheet()
    s.logo(0.6, 0.45, 0.6, "shield", (20, 30, 80))
    s.text(1.35, 0.5, up(department), 13, "sans-bold")
    s.text(1.35, 0.75, "INCIDENT / OFFENSE REPORT", 10, "sans-bold")
    s.text(
        5.6, 0.5, f"Case No. {occurred.year % 100}-{rng.randint(10**5, 10**6 - 1)}", 9, "mono-bold"
    )
    y = s.grid(
        0.6,
        1.25,
        7.3,
        [
            (
                0.45,
                [
                    (4, "OFFENSE", up(offense)),
                    (2, "DATE OCCURRED", us(occurred)),
                    (2, "DATE REPORTED", us(reported)),
                ],
            ),
            (
                0.45,
                [
                    (
                        6,
                        "LOCATION OF OCCURRENCE",
                        f"{rng.randint(100, 9999)} BELLAIRE BLVD, {up(city)}",
                    ),
                    (2, "BEAT", f"{rng.randint(10, 20)}H{rng.randint(10, 40)}"),
                ],
            ),
            (
                0.45,
                [
                    (4, "VICTIM NAME (Last, First, Middle)", up(victim.last_first(False))),
                    (2, "DOB", us(victim.born)),
                    (2, "SEX / RACE", f"{victim.sex} / H"),
                ],
            ),
            (
                0.45,
                [
                    (4, "SUSPECT NAME", "UNKNOWN"),
                    (4, "SUSPECT DESCRIPTION", "H/M, 20-25, BLACK HOODIE"),
                ],
            ),
        ],
    )
    y = s.text(0.6, y + 0.2, "NARRATIVE", 10, "sans-bold")
    s.para(
        0.6,
        y + 0.05,
        7.3,
        f"On the above date officers were dispatched to a robbery in progress. The complainant, "
        f"{victim.name}, stated that an unknown male displayed a handgun, struck "
        f"{'her' if victim.sex == 'F' else 'him'} and took {victim.his} wallet and phone. "
        "The complainant gave a description and cooperated fully, and later identified the "
        "suspect from a photo array. EMS treated a laceration at the scene.",
        9.5,
        "serif",
    )
    s.text(0.6, 9.6, f"Reporting Officer: {officer}   Badge {rng.randint(1000, 9999)}", 8.5, "sans")
    return drawn(
        "city_police_offense_report",
        [s],
        "police_report",
        victim,
        "crime_victim",
        proves=(occurred, reported),
    )


def i918_supplement_b(
    victim: Person,
    *,
    agency: str,
    certifier: str,
    occurred: dt.date,
    signed: dt.date,
    offense: str,
) -> Paper:
    """Form I-918, Supplement B, U Nonimmigrant Status Certification, its first page: Part 1
    the victim, Part 2 the agency, Part 3 the criminal acts, a checkbox for helpfulness."""
    s = Sheet()
    s.text(0.6, 0.45, "Department of Homeland Security", 9, "sans-bold")
    s.text(0.6, 0.62, "U.S. Citizenship and Immigration Services", 9, "sans")
    s.text(5.2, 0.45, "USCIS Form I-918", 10, "sans-bold")
    s.text(5.2, 0.62, "Supplement B", 10, "sans-bold")
    s.center(1.0, "U Nonimmigrant Status Certification", 14, "sans-bold")
    y = s.text(0.6, 1.45, "Part 1. Victim Information", 10, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.05,
        7.3,
        [
            (
                0.45,
                [
                    (3, "Family Name (Last Name)", up(victim.surname)),
                    (3, "Given Name (First Name)", up(victim.first)),
                    (2, "Middle Name", up(victim.middle)),
                ],
            ),
            (0.45, [(3, "Date of Birth (mm/dd/yyyy)", us(victim.born)), (5, "Gender", victim.sex)]),
        ],
    )
    y = s.text(0.6, y + 0.2, "Part 2. Certifying Agency Information", 10, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.05,
        7.3,
        [
            (
                0.45,
                [
                    (4, "Name of Certifying Agency", agency),
                    (4, "Name of Certifying Official", certifier),
                ],
            ),
            (
                0.45,
                [
                    (
                        4,
                        "Title and Division/Office of Certifying Official",
                        "Captain, Major Offenders",
                    ),
                    (4, "Date of Signature", us(signed)),
                ],
            ),
        ],
    )
    y = s.text(0.6, y + 0.2, "Part 3. Criminal Acts", 10, "sans-bold")
    y = s.checkbox(0.7, y + 0.05, True, "Felonious Assault", 9)
    y = s.checkbox(0.7, y + 0.02, True, f"Other: {offense}", 9)
    y = s.text(0.6, y + 0.1, f"Date(s) of criminal activity: {us(occurred)}", 9.5, "sans")
    y = s.text(0.6, y + 0.2, "Part 4. Helpfulness of the Victim", 10, "sans-bold")
    y = s.checkbox(
        0.7,
        y + 0.05,
        True,
        "The victim has been, is being, or is likely to be "
        "helpful in the investigation or prosecution of the criminal activity.",
        9,
    )
    s.signature(1.0, y + 0.3, certifier, 18)
    s.text(0.7, y + 0.85, "Signature of Certifying Official", 8, "sans")
    return drawn(
        "i918_supplement_b",
        [s],
        "u_visa_certification",
        victim,
        ["crime_victim", "law_enforcement_cooperation"],
        proves=(signed, signed),
    )


def probation_completion(
    person: Person,
    *,
    court: str,
    county: str,
    cause: str,
    began: dt.date,
    ended: dt.date,
    officer: str,
) -> Paper:
    """A county adult probation department's certificate of successful completion."""
    s = Sheet()
    s.border(0.4, 2.0)
    s.center(0.9, f"{up(county)} COUNTY ADULT PROBATION DEPARTMENT", 12, "serif-bold")
    s.center(1.3, "Certificate of Successful Completion", 18, "serif-bold")
    y = s.center(1.9, "This certifies that", 11, "serif")
    y = s.center(y + 0.1, person.name, 18, "serif-bold")
    y = s.para(
        1.0,
        y + 0.2,
        6.5,
        f"has successfully completed the term of community supervision ordered by the {court} "
        f"in Cause No. {cause}, from {long(began)} through {long(ended)}, having satisfied "
        "all conditions, including payment of fines and fees and completion of the "
        "required classes.",
        11,
        "serif",
    )
    s.signature(1.2, y + 0.5, officer, 18)
    s.text(1.1, y + 1.05, f"{officer}, Community Supervision Officer", 9, "serif")
    s.text(5.0, y + 1.05, f"Date: {us(ended)}", 9, "serif")
    return drawn(
        "adult_probation_successful_completion",
        [s],
        "court_record",
        person,
        "rehabilitation",
        proves=(began, ended),
    )


# ---------------------------------------------------------------- letters and residence


def mosque_letter(
    about: Person,
    *,
    org: str,
    lines: list[str],
    signer: str,
    dated: dt.date,
    since: int,
) -> Paper:
    s = write_letter(
        (org, lines, (20, 100, 60), "house"),
        long(dated),
        [],
        "Re: Letter of Good Standing",
        "To the Honorable Immigration Judge:",
        [
            f"I am the Imam of {org}. I have known {about.name} since {since}, when "
            f"{about.he} began attending Friday prayers with {about.his} family.",
            f"{about.first} volunteers every Ramadan at our community iftar and helps "
            "elderly members with rides to their appointments. He is honest, humble and "
            "generous with his time.",
            "Our community would suffer a real loss if he were removed. I am available to "
            "answer any questions.",
        ],
        "Respectfully,",
        signer,
        ["Imam and Director", org],
    )
    return drawn(
        "masjid_good_standing_letter",
        [s],
        "letter_of_support",
        about,
        "community_ties",
        proves=(dated, dated),
    )


def constancia_iglesia(
    about: Person,
    *,
    church: str,
    lines: list[str],
    pastor: str,
    city: str,
    dated: dt.date,
    since: int,
) -> Paper:
    s = write_letter(
        (church, lines, (90, 40, 110), "cross"),
        f"{city}, {spelled(dated, 'es')}",
        [],
        "CONSTANCIA",
        "A quien corresponda:",
        [
            f"Por medio de la presente hago constar que el hermano {about.name} es miembro "
            f"activo de nuestra congregación desde el año {since}. Asiste fielmente a los "
            "servicios dominicales y colabora en el ministerio de jóvenes.",
            "Es un hombre trabajador, responsable y muy querido por la comunidad. Lo "
            "recomendamos ampliamente.",
            "Se extiende la presente a petición del interesado para los fines que a él convengan.",
        ],
        "Atentamente,",
        pastor,
        ["Pastor General", church],
    )
    return drawn(
        "constancia_iglesia",
        [s],
        "letter_of_support",
        about,
        "community_ties",
        "es",
        proves=(dated, dated),
    )


def utility_bill(
    person: Person,
    *,
    company: str,
    street: str,
    city: str,
    billed: dt.date,
    due: dt.date,
    amount: float,
    seed: int,
) -> Paper:
    """An electricity bill's first page: account block, service address, the billing period,
    usage, the amount due and the remittance stub."""
    rng = random.Random(seed)
    start = billed - dt.timedelta(days=30)
    s = Sheet()
    s.logo(0.6, 0.45, 0.6, "leaf", (230, 120, 20))
    s.text(1.35, 0.5, company, 14, "sans-bold", fill=(200, 90, 10))
    s.text(5.2, 0.5, f"Account Number: {rng.randint(10**9, 10**10 - 1)}", 8.5, "sans")
    s.text(5.2, 0.68, f"Statement Date: {us(billed)}", 8.5, "sans")
    s.lines(0.6, 1.3, [up(person.name), up(street), up(city)], 9.5, "sans")
    s.text(0.6, 2.1, f"Service Address: {up(street)}, {up(city)}", 8.5, "sans")
    s.text(0.6, 2.3, f"Service Period: {us(start)} - {us(billed)} (30 days)", 8.5, "sans")
    y = s.table(
        0.6,
        2.7,
        [3.6, 1.6, 1.6],
        [
            ["Electric Service Summary", "kWh", "Amount"],
            ["Energy charge", f"{rng.randint(700, 1400)}", f"${amount * 0.7:,.2f}"],
            ["Delivery charge", "", f"${amount * 0.25:,.2f}"],
            ["Taxes and fees", "", f"${amount * 0.05:,.2f}"],
            ["Total Amount Due", "", f"${amount:,.2f}"],
        ],
        pt=9,
        align=["left", "right", "right"],
    )
    s.text(0.6, y + 0.3, f"Please pay by {us(due)} to avoid a late fee.", 9, "sans-bold")
    s.line(0.6, 8.6, 7.9, 8.6, 0.6)
    s.text(0.6, 8.7, f"Return this portion with your payment. Amount due ${amount:,.2f}", 8, "sans")
    return drawn(
        "electric_bill",
        [s],
        "residence_record",
        person,
        "length_of_residence",
        proves=(start, billed),
    )


def employment_verification(
    employee: Person,
    *,
    company: str,
    lines: list[str],
    signer: str,
    since: dt.date,
    job: str,
    wage: float,
    dated: dt.date,
) -> Paper:
    s = write_letter(
        (company, lines, (60, 60, 60), "house"),
        long(dated),
        [],
        "Employment Verification",
        "To Whom It May Concern:",
        [
            f"Please accept this letter as verification that {employee.name} has been "
            f"employed by {company} since {long(since)}. {employee.he.capitalize()} currently "
            f"works full time as a {job}, 40 hours per week, at ${wage:.2f} per hour.",
            f"{employee.first} is one of our most dependable crew members and has been "
            "promoted twice. We would gladly keep him employed.",
        ],
        "Sincerely,",
        signer,
        ["Human Resources Manager", company],
    )
    return drawn(
        "employment_verification_letter",
        [s],
        "employment_letter",
        employee,
        "employment_and_taxes",
        proves=(since, dated),
    )
