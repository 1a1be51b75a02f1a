"""A tuning case hard on WHOM each document is about (`lin`, Flushing, Queens): a Chinese mother
whose name is written surname first, surname last, with the given name split in two or
misspelt, and under her husband's surname; her husband (a US citizen and Army veteran) and two
US-citizen children who carry his surname. Most papers name several people and only one is the
subject:

- an IDNYC card of the respondent, photographed in a landscape frame;
- two New York City birth certificates of the children, the mother as "LIN, XIAO MEI" and the
  father in the parents' boxes (one photographed on a desk, one inside a copier stack);
- a school enrollment form of the son, the mother as parent and an aunt as emergency contact;
- a pediatric well-child visit summary of the son, the mother as guarantor;
- a New Jersey marriage certificate with two witnesses (one of them "ZHANG Wei");
- a police complaint report with the respondent as the victim and the offender named first;
- an employer's letter in memo form, the owner on the letterhead, signed by a supervisor;
- a landlord's letter that names the landlord first ("I, ZHOU Baoshan, ...");
- the husband's DD Form 214 (the veteran is the subject, not the respondent);
- a pay stub with a clerk's typo in her given name ("LIN, XIAMEI");
- a renter's insurance declarations page under her married name ("XIAOMEI L CHEN");
- a community center's letter calling her "Mrs. Chen".

Written from what such papers look like; rules may be tuned on these, never on the blind
corpus. Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.realistic import capture
from tests.realistic import tuning_documents as doc
from tests.realistic.dates import long, us
from tests.realistic.model import CasePlan, Paper, Person, drawn, up
from tests.realistic.paper import GREY, Sheet, letterhead, portrait, tinted
from tests.realistic.paper import card as card_sheet

D = dt.date
STREET, CITY = "41-22 Kissena Boulevard, Apt. 2F", "Flushing, NY 11355"


def idnyc_card(person: Person, *, number: str, issued: dt.date, expiry: dt.date) -> Paper:
    """The city's municipal identity card: the holder's name given name first, the photo on
    the right, DOB and expiry in small captions, the card number, no zone."""
    s = card_sheet()
    tinted(s, (214, 226, 242), (240, 244, 250))
    s.rect(0, 0, 3.37, 0.36, outline=None, fill=(20, 60, 140))
    s.text(0.1, 0.07, "IDNYC", 11, "sans-bold", fill=(255, 255, 255))
    s.text(
        3.25,
        0.11,
        "NEW YORK CITY IDENTIFICATION CARD",
        5.5,
        "sans-bold",
        align="right",
        fill=(255, 255, 255),
    )
    portrait(s, 2.35, 0.5, 0.85, 1.05, 8801)
    y = 0.5
    for label, value in [
        ("NAME", up(person.name)),
        ("DATE OF BIRTH", us(person.born)),
        ("ISSUED", us(issued)),
        ("EXPIRES", us(expiry)),
    ]:
        s.text(0.12, y, label, 4.5, "sans", fill=(70, 70, 90))
        y = s.text(0.12, y + 0.07, value, 7.5, "sans-bold") + 0.03
    s.text(0.12, 1.75, f"ID No. {number}", 7, "mono-bold")
    s.signature(0.9, 1.55, "Xiaomei Lin", 9)
    return Paper(
        "idnyc_card",
        [s.image],
        "identity_document",
        person.name,
        "identity",
        "en",
        None,
        None,
        True,
    )


def nyc_birth(
    child: Person,
    mother: Person,
    father: Person,
    *,
    number: str,
    filed: dt.date,
    issued: dt.date,
    hospital: str,
) -> Paper:
    """The city health department's certified copy of a birth certificate: the child's boxes
    first, then the mother's name before marriage, last name first, and the father's."""
    s = Sheet()
    s.security_background(int(number[-4:]), (236, 230, 240))
    s.center(0.5, "THE CITY OF NEW YORK", 10, "serif-bold")
    s.center(0.7, "DEPARTMENT OF HEALTH AND MENTAL HYGIENE", 9, "serif")
    s.center(0.88, "BUREAU OF VITAL STATISTICS", 9, "serif")
    s.center(1.2, "CERTIFICATE OF BIRTH", 16, "serif-bold")
    s.text(7.8, 1.5, f"Certificate No. 156-{filed.year}-{number}", 8.5, "mono-bold", align="right")
    first, *middle = up(child.given).split()
    y = s.grid(
        0.7,
        1.75,
        7.1,
        [
            (
                0.5,
                [
                    (1.5, "1a. CHILD'S NAME (First)", first),
                    (1.2, "1b. (Middle)", " ".join(middle)),
                    (1.3, "1c. (Last)", up(child.surname)),
                ],
            ),
            (
                0.5,
                [
                    (1.0, "2. SEX", "FEMALE" if child.sex == "F" else "MALE"),
                    (1.2, "3a. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                    (0.8, "3b. HOUR", "08:42 AM"),
                ],
            ),
            (
                0.5,
                [
                    (2.0, "4a. PLACE OF BIRTH: NAME OF HOSPITAL", up(hospital)),
                    (1.0, "4b. BOROUGH", "QUEENS"),
                ],
            ),
        ],
        label_pt=5.8,
        value_pt=9.5,
    )
    y = s.grid(
        0.7,
        y + 0.15,
        7.1,
        [
            (
                0.5,
                [
                    (
                        2.2,
                        "5a. MOTHER'S NAME PRIOR TO FIRST MARRIAGE (Last, First, Middle)",
                        f"{up(mother.surname)}, {up(mother.given[:4])} {up(mother.given[4:])}",
                    ),
                    (1.0, "5b. DATE OF BIRTH", us(mother.born)),
                    (1.0, "5c. BIRTHPLACE", "CHINA"),
                ],
            ),
            (
                0.5,
                [
                    (
                        2.2,
                        "6a. FATHER'S NAME (Last, First, Middle)",
                        f"{up(father.surname)}, {up(father.given)}",
                    ),
                    (1.0, "6b. DATE OF BIRTH", us(father.born)),
                    (1.0, "6c. BIRTHPLACE", "CHINA"),
                ],
            ),
            (
                0.5,
                [
                    (2.2, "7. MOTHER'S RESIDENCE", f"{up(STREET)}, {up(CITY)}"),
                    (1.0, "8. DATE FILED", us(filed)),
                ],
            ),
        ],
        label_pt=5.8,
        value_pt=9.0,
    )
    y = s.para(
        0.7,
        y + 0.35,
        7.1,
        "This is to certify that the foregoing is a true copy of a record on file in the "
        "Department of Health and Mental Hygiene. The Department does not certify to the "
        "truth of the statements made thereon, as no inquiry as to the facts has been "
        "provided by law.",
        8.5,
        "serif",
    )
    s.text(0.7, y + 0.25, f"Date issued: {us(issued)}", 9, "serif")
    s.signature(4.6, y + 0.1, "Oyelaran Whitcombe", 15)
    s.line(4.4, y + 0.55, 7.8, y + 0.55, 0.6)
    s.text(4.4, y + 0.6, "City Registrar", 8.5, "serif")
    s.seal(2.8, y + 1.3, 0.5, "CITY OF NEW YORK · HEALTH · ", "NYC")
    return drawn(
        "nyc_birth_certificate_boxes",
        [s],
        "birth_certificate",
        child,
        "us_family",
        proves=(filed, filed),
    )


def enrollment_form(student: Person, parent: Person, contact: Person, *, signed: dt.date) -> Paper:
    """A district's student enrollment form as a parent fills it: the student's section, the
    parent/guardian section and an emergency contact who is not a parent."""
    s = Sheet()
    s.text(0.6, 0.5, "NEW YORK CITY PUBLIC SCHOOLS", 11, "sans-bold")
    s.text(
        0.6,
        0.72,
        "P.S. 20 John Bowne · 142-30 Barclay Avenue, Flushing, NY 11355",
        8,
        "sans",
        fill=GREY,
    )
    s.text(7.9, 0.5, "STUDENT ENROLLMENT FORM", 11, "sans-bold", align="right")
    s.text(7.9, 0.72, "School Year 2025-2026", 8, "sans", align="right")
    y = s.text(0.6, 1.05, "SECTION A - STUDENT INFORMATION", 9, "sans-bold")
    first, *middle = student.given.split()
    y = s.grid(
        0.6,
        y + 0.03,
        7.3,
        [
            (
                0.42,
                [
                    (1.4, "Student Last Name", student.surname),
                    (1.4, "First Name", first),
                    (1.0, "Middle Name", " ".join(middle)),
                    (1.0, "Date of Birth", us(student.born)),
                ],
            ),
            (
                0.42,
                [
                    (1.0, "Grade Entering", "1"),
                    (1.2, "Home Language", "Chinese (Mandarin)"),
                    (2.6, "Home Address", f"{STREET}, {CITY}"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
        value_face="sans",
    )
    y = s.text(0.6, y + 0.2, "SECTION B - PARENT / GUARDIAN", 9, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.03,
        7.3,
        [
            (
                0.42,
                [
                    (1.6, "Parent/Guardian Last Name", parent.surname),
                    (1.4, "First Name", parent.given),
                    (1.0, "Relationship", "Mother"),
                    (1.2, "Cell Phone", "(718) 555-0143"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
        value_face="sans",
    )
    y = s.text(0.6, y + 0.2, "SECTION C - EMERGENCY CONTACT (other than parent)", 9, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.03,
        7.3,
        [
            (
                0.42,
                [
                    (2.4, "Name", f"{contact.surname} {contact.given}"),
                    (1.2, "Relationship", "Aunt"),
                    (1.6, "Phone", "(718) 555-0179"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
        value_face="sans",
    )
    y = s.text(0.6, y + 0.25, "SECTION D - PROOF OF ADDRESS PROVIDED", 9, "sans-bold") + 0.05
    y = s.checkbox(0.7, y, True, "Lease or landlord letter") + 0.03
    y = s.checkbox(0.7, y, True, "Utility bill (within 60 days)") + 0.03
    y = s.checkbox(0.7, y, False, "Property tax bill") + 0.25
    y = s.para(
        0.6,
        y,
        7.3,
        "I certify that the information on this form is true and that the "
        "student resides at the address given above.",
        9,
        "sans",
    )
    s.signature(0.8, y + 0.15, "Xiaomei Lin", 16)
    s.line(0.6, y + 0.6, 4.2, y + 0.6, 0.6)
    s.text(0.6, y + 0.65, "Signature of Parent/Guardian", 8, "sans")
    s.text(4.8, y + 0.4, f"Date: {us(signed)}", 9, "sans")
    s.text(
        0.6,
        10.3,
        "Office use: OTC  ATS entered 09/04/2025  Sec. K. Delacroix-Amin",
        7,
        "sans",
        fill=GREY,
    )
    return drawn(
        "school_enrollment_form_contact",
        [s],
        "school_record",
        student,
        "education",
        proves=(signed, signed),
    )


def well_child_summary(patient: Person, guarantor: Person, *, seen: dt.date) -> Paper:
    """A pediatric practice's after-visit summary: the patient banner, the guarantor and
    insurance block (the parent), growth, immunizations given and the next visit."""
    s = Sheet()
    s.text(0.6, 0.45, "MAIN STREET PEDIATRICS, P.C.", 12, "sans-bold")
    s.text(
        0.6,
        0.68,
        "136-20 38th Avenue, Suite 5C, Flushing, NY 11354 · (718) 555-0160",
        8,
        "sans",
        fill=GREY,
    )
    s.text(7.9, 0.45, "AFTER VISIT SUMMARY", 11, "sans-bold", align="right")
    s.rect(0.6, 0.95, 7.3, 0.55, fill=(236, 240, 236))
    s.text(0.7, 1.0, f"Patient: {up(patient.surname)}, {up(patient.given)}", 11, "sans-bold")
    s.text(0.7, 1.25, f"DOB: {us(patient.born)}   Age: 7 y   Sex: M   Acct: 330417", 9)
    s.text(5.0, 1.0, f"Visit: {us(seen)}", 9)
    s.text(5.0, 1.25, "Provider: Anneliese Mbeki-Ross, MD", 9)
    y = s.table(
        0.6,
        1.75,
        [1.9, 2.6, 2.8],
        [
            ["Guarantor", "Address", "Insurance"],
            [
                f"{up(guarantor.surname)}, {up(guarantor.given)}",
                f"{STREET}",
                "Child Health Plus - MetroPlus",
            ],
        ],
        pt=8.5,
    )
    y = s.text(0.6, y + 0.3, "Reason for visit: Well child check, 7 years", 10, "sans-bold")
    y = s.table(
        0.6,
        y + 0.15,
        [2.4, 2.4, 2.5],
        [
            ["Height", "Weight", "BMI percentile"],
            ["122.5 cm (55th %)", "24.1 kg (60th %)", "58th"],
        ],
        pt=9,
    )
    y = s.text(0.6, y + 0.3, "Immunizations given today", 10, "sans-bold")
    y = s.table(
        0.6,
        y + 0.1,
        [3.6, 1.8, 1.9],
        [["Vaccine", "Lot", "Site"], ["Influenza, quadrivalent", "UT7741CA", "L deltoid"]],
        pt=9,
    )
    y = s.para(
        0.6,
        y + 0.3,
        7.3,
        "Growth and development are normal for age. Vision and hearing screens passed. "
        "Discussed screen time, sleep and dental care with mother. Next well visit in "
        "one year.",
        9.5,
        "sans",
    )
    s.text(0.6, y + 0.3, f"Electronically signed: Anneliese Mbeki-Ross, MD {us(seen)}", 8.5)
    return drawn(
        "pediatric_after_visit_guarantor",
        [s],
        "medical_record",
        patient,
        ("medical", "us_family", "caretaker"),
        proves=(seen, seen),
    )


def nj_marriage(
    one: Person, two: Person, witnesses: tuple[str, str], *, married: dt.date, issued: dt.date
) -> Paper:
    """A New Jersey certified copy of a marriage certificate: each party's boxes, the officiant,
    two witnesses with their addresses, the registrar's certification."""
    s = Sheet()
    s.security_background(5514, (230, 236, 242))
    s.center(0.5, "STATE OF NEW JERSEY", 11, "serif-bold")
    s.center(0.7, "DEPARTMENT OF HEALTH · OFFICE OF VITAL STATISTICS AND REGISTRY", 8, "serif")
    s.center(1.0, "CERTIFIED COPY OF MARRIAGE CERTIFICATE", 14, "serif-bold")
    s.text(7.8, 1.3, "State File No. 2014-0092214", 8.5, "mono-bold", align="right")
    rows = []
    for tag, p in (("1", one), ("2", two)):
        rows.append(
            (
                0.48,
                [
                    (2.4, f"{tag}a. NAME OF PARTY {tag} (First, Middle, Last)", up(p.name)),
                    (1.0, f"{tag}b. DATE OF BIRTH", us(p.born)),
                    (1.4, f"{tag}c. BIRTHPLACE", "FUJIAN, CHINA"),
                ],
            )
        )
    rows.append(
        (
            0.48,
            [
                (2.4, "3. PLACE OF CEREMONY", "FORT LEE, BERGEN COUNTY"),
                (2.4, "4. DATE OF CEREMONY", us(married)),
            ],
        )
    )
    rows.append(
        (
            0.48,
            [
                (2.4, "5. OFFICIANT", "HON. MARGARET O'SULLIVAN-PARK, MUNICIPAL JUDGE"),
                (2.4, "6. DATE RECORDED", us(married + dt.timedelta(days=12))),
            ],
        )
    )
    rows.append((0.48, [(2.4, "7a. WITNESS", witnesses[0]), (2.4, "7b. WITNESS", witnesses[1])]))
    y = s.grid(0.7, 1.55, 7.1, rows, label_pt=5.8, value_pt=9.5)
    y = s.para(
        0.7,
        y + 0.4,
        7.1,
        "I hereby certify that this is a true copy of the record filed with the State "
        f"Registrar. Issued {long(issued)}.",
        9,
        "serif",
    )
    s.signature(4.5, y + 0.15, "Teodora Vanterpool", 15)
    s.line(4.3, y + 0.6, 7.8, y + 0.6, 0.6)
    s.text(4.3, y + 0.65, "State Registrar", 8.5, "serif")
    s.seal(2.5, y + 1.1, 0.5, "STATE OF NEW JERSEY · VITAL RECORDS · ", "NJ")
    return Paper(
        "nj_marriage_witnesses",
        [s.image],
        "marriage_certificate",
        (one.name, two.name),
        "us_family",
        "en",
        (married, married),
    )


def complaint_report(victim: Person, *, occurred: dt.date, reported: dt.date) -> Paper:
    """A city police complaint report: the complaint block, the suspect's section before the
    victim's, both last name first, the narrative and the reporting officer."""
    s = Sheet()
    s.text(0.6, 0.45, "POLICE DEPARTMENT · CITY OF NEW YORK", 11, "sans-bold")
    s.text(7.9, 0.45, "COMPLAINT REPORT", 12, "sans-bold", align="right")
    s.text(7.9, 0.68, f"Complaint No. {reported.year}-109-004471", 8.5, "mono", align="right")
    y = s.grid(
        0.6,
        0.95,
        7.3,
        [
            (
                0.42,
                [
                    (1.2, "Pct.", "109"),
                    (1.8, "Date/Time of Occurrence", f"{us(occurred)} 21:40"),
                    (1.8, "Date Reported", us(reported)),
                    (2.0, "Offense", "ROBBERY 2ND DEGREE"),
                ],
            ),
            (
                0.42,
                [
                    (3.0, "Place of Occurrence", "MAIN STREET & 41 AVENUE, QUEENS"),
                    (2.0, "Premises Type", "STREET / SIDEWALK"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
    )
    y = s.text(0.6, y + 0.15, "SUSPECT / WANTED", 9, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.02,
        7.3,
        [
            (
                0.42,
                [
                    (2.4, "Name (Last, First)", "MORRELL, DUSTIN K"),
                    (0.8, "Sex", "M"),
                    (1.0, "Age", "29"),
                    (2.4, "Status", "ARRESTED " + us(occurred + dt.timedelta(3))),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
    )
    y = s.text(0.6, y + 0.15, "VICTIM", 9, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.02,
        7.3,
        [
            (
                0.42,
                [
                    (2.4, "Name (Last, First Middle)", f"{up(victim.surname)}, XIAO MEI"),
                    (0.8, "Sex", "F"),
                    (1.0, "DOB", us(victim.born)),
                    (2.4, "Injury", "BRUISED WRIST, ABRASIONS"),
                ],
            ),
            (
                0.42,
                [
                    (4.0, "Home Address", f"{up(STREET)}, {up(CITY)}"),
                    (2.0, "Language", "MANDARIN (INTERPRETER)"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
    )
    y = s.text(0.6, y + 0.2, "DETAILS", 9, "sans-bold") + 0.03
    y = s.para(
        0.6,
        y,
        7.3,
        "AT T/P/O C/V STATES THAT PERP APPROACHED HER FROM BEHIND, GRABBED HER BAG AND "
        "PUSHED HER TO THE GROUND, CAUSING INJURY TO HER WRIST. PERP FLED NORTHBOUND ON "
        "MAIN STREET. C/V REFUSED MEDICAL ATTENTION AT SCENE. C/V IDENTIFIED PERP IN A "
        "PHOTO ARRAY ON " + us(occurred + dt.timedelta(3)) + ". C/V COOPERATIVE AND "
        "WILLING TO PROSECUTE.",
        9,
        "mono",
    )
    y = s.grid(
        0.6,
        y + 0.3,
        7.3,
        [
            (
                0.42,
                [
                    (2.6, "Reporting Officer", "PO ANDREA KOWALCZYK-BELL"),
                    (1.2, "Tax No.", "951184"),
                    (2.0, "Supervisor", "SGT. TERRENCE ADEBAYO"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
    )
    return drawn(
        "nypd_complaint_suspect_first",
        [s],
        "police_report",
        victim,
        "crime_victim",
        proves=(occurred, reported),
    )


def supervisor_memo(
    employee: Person,
    *,
    company: str,
    owner: str,
    supervisor: str,
    since: dt.date,
    dated: dt.date,
) -> Paper:
    """An employer's letter set as a memo: the owner's name on the letterhead, TO/FROM/RE
    lines, the employee as "Ms. Lin" (her given name split in two), signed by a supervisor."""
    s = Sheet()
    y = letterhead(
        s,
        company,
        ["133-45 Roosevelt Avenue, Flushing, NY 11354", f"{owner}, Owner · (718) 555-0120"],
        (150, 30, 30),
        "star",
    )
    y = s.text(0.9, y, "MEMORANDUM", 14, "sans-bold") + 0.15
    first, second = employee.given[:4], employee.given[4:]
    for label, value in [
        ("DATE:", long(dated)),
        ("TO:", "Whom It May Concern"),
        ("FROM:", f"{supervisor}, Produce Department Supervisor"),
        ("RE:", f"Employment of {first} {second.capitalize()} {employee.surname}"),
    ]:
        s.text(0.9, y, label, 10.5, "sans-bold")
        y = s.text(1.8, y, value, 10.5, "sans") + 0.04
    s.line(0.9, y + 0.08, 7.6, y + 0.08, 0.8)
    y = s.paras(
        0.9,
        y + 0.3,
        6.7,
        [
            f"Ms. Lin has worked in our produce department since {long(since)}. She works full "
            "time, 40 hours a week, stocking, trimming and pricing produce, and she has trained "
            "many of our newer employees. She earns $17.25 an hour.",
            f"I have been Ms. Lin's direct supervisor for six years. She is reliable, honest and "
            f"always on time. Mr. {owner.split()[-1]} and I would be glad to keep her on our staff "
            "for many years.",
            "Please call me at the store if you need to confirm this information.",
        ],
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.1, "Respectfully,", 11, "serif")
    s.signature(1.0, y + 0.05, supervisor, 18)
    s.lines(0.9, y + 0.6, [supervisor, "Produce Department Supervisor", company], 10, "serif")
    return drawn(
        "employer_memo_supervisor",
        [s],
        "employment_letter",
        employee,
        "employment_and_taxes",
        proves=(dated, dated),
    )


def landlord_letter(
    landlord: Person, tenant: Person, husband: Person, *, since: dt.date, dated: dt.date
) -> Paper:
    """A handwritten-style landlord's statement on plain paper, the landlord's own name first
    and last name first ("I, ZHOU Baoshan"), the tenants after, notarized."""
    s = Sheet()
    y = s.center(0.8, "LANDLORD'S STATEMENT OF TENANCY", 14, "serif-bold") + 0.3
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"I, {up(landlord.surname)} {landlord.given}, residing at 41-22 Kissena Boulevard, "
            f"Flushing, New York 11355, am the owner of the two-family house at that address.",
            f"Since {long(since)} I have rented the second-floor apartment, Apt. 2F, to "
            f"{tenant.given} {tenant.surname} and her husband, {husband.given} {husband.surname}. "
            "They live there with their two children. They pay the rent of $1,850 a month on "
            "time, in person, on the first of every month.",
            "They are quiet and respectful tenants who help the older neighbours with their "
            "groceries and snow. I would rent to them again without hesitation.",
        ],
        pt=11.5,
        face="serif",
    )
    y = s.text(0.9, y + 0.1, f"Dated: {long(dated)}", 11, "serif")
    s.signature(1.0, y + 0.15, "Zhou Baoshan", 18)
    s.line(0.9, y + 0.7, 4.2, y + 0.7, 0.6)
    s.text(0.9, y + 0.75, f"{landlord.given} {landlord.surname}, Owner/Landlord", 10, "serif")
    s.text(0.9, y + 0.95, "Tel. (917) 555-0188", 10, "serif")
    s.stamp(
        4.6,
        y + 1.2,
        [
            "NOTARY PUBLIC, STATE OF NEW YORK",
            "HELENA CASTELLANO-WU",
            "No. 01CA6099812",
            "Qualified in Queens County",
        ],
        pt=7,
        colour=(40, 40, 120),
        angle=3,
    )
    return drawn(
        "landlord_statement_name_first",
        [s],
        ("residence_record", "letter_of_support"),
        tenant,
        "length_of_residence",
        proves=(since, dated),
    )


def dd214_reprint(member: Person, *, entered: dt.date, separated: dt.date) -> Paper:
    """A DD Form 214 member copy as the personnel records center reissues it: numbered boxes in
    three bands, the member's name last name first, his spouse nowhere on it."""
    s = Sheet()
    s.text(0.5, 0.4, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES", 7, "sans-bold")
    s.text(8.0, 0.4, "THIS IS AN IMPORTANT RECORD. SAFEGUARD IT.", 7, "sans-bold", align="right")
    s.center(0.62, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY", 12, "sans-bold")
    rows = [
        (
            0.42,
            [
                (2.6, "1. NAME (Last, First, Middle)", f"{up(member.surname)}, {up(member.given)}"),
                (1.6, "2. DEPARTMENT, COMPONENT AND BRANCH", "ARMY/RA"),
                (1.3, "3. SOCIAL SECURITY NUMBER", "XXX-XX-6624"),
            ],
        ),
        (
            0.42,
            [
                (1.6, "4a. GRADE, RATE OR RANK", "SGT"),
                (1.0, "4b. PAY GRADE", "E05"),
                (1.6, "5. DATE OF BIRTH (YYYYMMDD)", member.born.strftime("%Y%m%d")),
            ],
        ),
        (
            0.42,
            [
                (3.0, "7a. PLACE OF ENTRY INTO ACTIVE DUTY", "NEW YORK, NY"),
                (2.0, "7b. HOME OF RECORD AT TIME OF ENTRY", "FLUSHING, NY 11355"),
            ],
        ),
        (
            0.42,
            [
                (2.0, "12a. DATE ENTERED AD THIS PERIOD", entered.strftime("%Y%m%d")),
                (2.0, "12b. SEPARATION DATE THIS PERIOD", separated.strftime("%Y%m%d")),
                (2.0, "12c. NET ACTIVE SERVICE THIS PERIOD", "0006 00 00"),
            ],
        ),
        (
            0.6,
            [
                (
                    6.0,
                    "13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN RIBBONS",
                    "ARMY COMMENDATION MEDAL//ARMY GOOD CONDUCT MEDAL (2ND AWARD)//NATIONAL "
                    "DEFENSE SERVICE MEDAL//AFGHANISTAN CAMPAIGN MEDAL W/ CAMPAIGN STAR",
                )
            ],
        ),
        (
            0.42,
            [
                (3.0, "11. PRIMARY SPECIALTY", "92A AUTOMATED LOGISTICAL SPECIALIST 6 YRS"),
                (3.0, "14. MILITARY EDUCATION", "BASIC LEADER COURSE, 2012"),
            ],
        ),
        (
            0.42,
            [
                (2.0, "23. TYPE OF SEPARATION", "DISCHARGE"),
                (2.0, "24. CHARACTER OF SERVICE", "HONORABLE"),
                (2.0, "28. NARRATIVE REASON", "COMPLETION OF REQUIRED ACTIVE SERVICE"),
            ],
        ),
    ]
    y = s.grid(0.5, 0.9, 7.5, rows, label_pt=5.5, value_pt=8.5)
    s.text(0.5, y + 0.2, "MEMBER - 4", 9, "sans-bold")
    s.text(8.0, y + 0.2, "DD FORM 214, AUG 2009", 7, "sans", align="right")
    s.stamp(
        0.7,
        y + 0.6,
        ["CERTIFIED TRUE COPY", "NATIONAL PERSONNEL RECORDS CENTER"],
        pt=8,
        colour=(120, 30, 30),
        angle=-4,
    )
    return drawn("dd214_npr_reissue", [s], "military_record", member, "military_service")


def typo_stub(person: Person, *, period: tuple[dt.date, dt.date], paid: dt.date) -> Paper:
    """A supermarket's payroll stub, the employee's given name misspelt by payroll
    ("LIN, XIAMEI"), the pay period and the totals."""
    s = Sheet(8.5, 3.8)
    s.text(0.5, 0.3, "GOLDEN HARVEST FOOD MARKET INC.", 11, "sans-bold")
    s.text(8.0, 0.3, "EARNINGS STATEMENT", 11, "sans-bold", align="right")
    s.text(0.5, 0.58, f"{up(person.surname)}, {up(person.given).replace('O', '', 1)}", 10, "mono")
    s.text(0.5, 0.78, f"{up(STREET)}  {up(CITY)}", 8, "mono")
    s.text(5.0, 0.58, f"Pay period: {us(period[0])} - {us(period[1])}", 8.5)
    s.text(5.0, 0.78, f"Pay date: {us(paid)}   Emp #: 0412", 8.5)
    y = s.table(
        0.5,
        1.1,
        [2.6, 1.0, 1.0, 1.4, 1.5],
        [
            ["Earnings", "Hours", "Rate", "Current", "YTD"],
            ["Regular", "80.00", "17.25", "1,380.00", "28,980.00"],
            ["Federal income tax", "", "", "-71.20", "-1,495.20"],
            ["Social Security / Medicare", "", "", "-105.57", "-2,216.97"],
            ["NY State / NYC tax", "", "", "-88.90", "-1,866.90"],
        ],
        pt=8.5,
    )
    s.text(8.0, y + 0.15, "NET PAY $1,114.33", 10, "sans-bold", align="right")
    return drawn(
        "supermarket_stub_typo", [s], "pay_record", person, "employment_and_taxes", proves=period
    )


def renters_declarations(person: Person, married: str, *, start: dt.date) -> Paper:
    """A renter's insurance declarations page: the named insured under her married surname with
    a middle initial, the residence premises, the policy period and coverages."""
    s = Sheet()
    s.rect(0, 0, 8.5, 0.9, outline=None, fill=(0, 90, 80))
    s.text(0.6, 0.25, "HUDSON MUTUAL INSURANCE COMPANY", 15, "sans-bold", fill=(255, 255, 255))
    s.center(1.2, "RENTERS POLICY DECLARATIONS", 13, "sans-bold")
    end = start.replace(year=start.year + 1)
    y = s.grid(
        0.6,
        1.55,
        7.3,
        [
            (
                0.5,
                [
                    (3.0, "NAMED INSURED", f"{up(person.given)} L {up(married)}"),
                    (2.0, "POLICY NUMBER", "HR 44-190-3318"),
                ],
            ),
            (
                0.5,
                [
                    (3.0, "RESIDENCE PREMISES", f"{up(STREET)}\n{up(CITY)}"),
                    (2.0, "POLICY PERIOD", f"{us(start)} TO {us(end)}"),
                ],
            ),
        ],
        label_pt=6,
        value_pt=9.5,
    )
    y = s.table(
        0.6,
        y + 0.35,
        [4.3, 3.0],
        [
            ["Coverage", "Limit of liability"],
            ["C. Personal Property", "$25,000"],
            ["D. Loss of Use", "$7,500"],
            ["E. Personal Liability", "$300,000"],
            ["F. Medical Payments to Others", "$1,000"],
        ],
        pt=9.5,
    )
    y = s.text(0.6, y + 0.3, "Deductible: $500 all perils", 9.5)
    y = s.text(0.6, y + 0.1, "Annual premium: $214.00", 9.5)
    s.text(
        0.6,
        y + 0.4,
        f"Countersigned {us(start - dt.timedelta(days=9))}, Agent: "
        "Bowne Street Insurance Agency, Flushing, NY",
        8.5,
        fill=GREY,
    )
    return drawn(
        "renters_declarations_married_name",
        [s],
        "residence_record",
        person,
        "length_of_residence",
        proves=(start, end),
    )


def community_letter(member: Person, married: str, *, dated: dt.date) -> Paper:
    """A community center's letter calling the respondent "Mrs. Chen" (her husband's surname)
    and once by her full name, with the center's director signing."""
    s = Sheet()
    y = letterhead(
        s,
        "Flushing Chinese Community Service Center",
        ["37-08 Union Street, 3rd Floor, Flushing, NY 11354", "(718) 555-0115"],
        (20, 100, 90),
        "house",
        align="center",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.2
    y = s.text(0.9, y, "To Whom It May Concern:", 11, "serif") + 0.15
    mrs = f"Mrs. {married}"
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"I am writing in support of {member.given} {member.surname}, known to everyone at our "
            f"center as {mrs}. {mrs} has volunteered with us every Saturday since 2019.",
            f"{mrs} helps older immigrants fill in benefit forms, interprets between Mandarin, "
            "Fuzhounese and English at our weekly health fair, and during the pandemic she "
            "delivered meals to seniors who could not leave their homes.",
            f"Our center would lose one of its most dedicated volunteers without {mrs}. I hope she "
            "will be allowed to remain with her family in our community.",
        ],
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.1, "Sincerely,", 11, "serif")
    s.signature(1.0, y + 0.05, "Winifred Achterberg-Soong", 18)
    s.lines(0.9, y + 0.6, ["Winifred Achterberg-Soong", "Executive Director"], 10, "serif")
    return drawn(
        "community_center_letter_mrs",
        [s],
        "letter_of_support",
        member,
        "community_ties",
        proves=(dated, dated),
    )


def lin() -> CasePlan:
    """Flushing, Queens: a Chinese mother, her US-citizen husband (an Army veteran) and their
    two US-citizen children, a crime victim, with papers under three spellings of her name."""
    xiaomei = Person("Xiaomei", "Lin", D(1986, 4, 11), "F", "Fuqing, Fujian")
    jianguo = Person("Jianguo", "Chen", D(1983, 9, 2), "M", "Changle, Fujian")
    emily = Person("Emily Yutong", "Chen", D(2015, 6, 20), "F", "Queens")
    kevin = Person("Kevin Haoran", "Chen", D(2018, 11, 3), "M", "Queens")
    aunt = Person("Meifang", "Chen", D(1980, 2, 14), "F")
    landlord = Person("Baoshan", "Zhou", D(1958, 7, 30), "M")
    rep = {
        "name": "Ingeborg Okonkwo-Leung",
        "organization": "Queens Immigrant Justice Collaborative",
        "address": ["90-04 161st Street, Suite 702", "Jamaica, NY 11432"],
        "phone": "718-555-0131",
        "email": "iokonkwo@qijc.example",
        "eoir_id": "NY660417",
    }
    seed = 15800
    placed = [
        capture.card_photo(
            idnyc_card(
                xiaomei, number="1500 2281 9946", issued=D(2023, 2, 7), expiry=D(2028, 2, 7)
            ),
            "scans/idnyc.jpg",
            seed + 1,
        ),
        capture.desk(
            nyc_birth(
                emily,
                xiaomei,
                jianguo,
                number="041127",
                filed=D(2015, 7, 1),
                issued=D(2024, 1, 16),
                hospital="NewYork-Presbyterian Queens",
            ),
            "scans/emily birth.jpg",
            seed + 2,
        ),
        capture.copier(
            [
                nyc_birth(
                    kevin,
                    xiaomei,
                    jianguo,
                    number="118853",
                    filed=D(2018, 11, 21),
                    issued=D(2024, 1, 16),
                    hospital="Flushing Hospital Medical Center",
                ),
                enrollment_form(kevin, xiaomei, aunt, signed=D(2025, 8, 28)),
                well_child_summary(kevin, xiaomei, seen=D(2025, 11, 12)),
            ],
            "scans/kevin papers.pdf",
            seed + 3,
        ),
        capture.scan(
            nj_marriage(
                jianguo,
                xiaomei,
                ("ZHANG WEI", "Lisa Huang"),
                married=D(2014, 5, 17),
                issued=D(2022, 3, 9),
            ),
            "scans/marriage.pdf",
            seed + 4,
        ),
        capture.scan(
            complaint_report(xiaomei, occurred=D(2023, 9, 14), reported=D(2023, 9, 14)),
            "scans/police report.pdf",
            seed + 5,
        ),
        capture.scan(
            supervisor_memo(
                xiaomei,
                company="Golden Harvest Food Market",
                owner="Peter Ng",
                supervisor="Raymond Szeto",
                since=D(2018, 3, 5),
                dated=D(2026, 10, 9),
            ),
            "scans/work letter.pdf",
            seed + 6,
        ),
        capture.desk(
            landlord_letter(landlord, xiaomei, jianguo, since=D(2017, 9, 1), dated=D(2026, 10, 20)),
            "scans/IMG_3310.jpg",
            seed + 7,
        ),
        capture.scan(
            dd214_reprint(jianguo, entered=D(2006, 8, 14), separated=D(2012, 8, 13)),
            "scans/jianguo DD214.pdf",
            seed + 8,
        ),
        capture.scan(
            typo_stub(xiaomei, period=(D(2026, 9, 28), D(2026, 10, 11)), paid=D(2026, 10, 16)),
            "scans/paystub.jpg",
            seed + 9,
        ),
        capture.scan(
            renters_declarations(xiaomei, jianguo.surname, start=D(2024, 4, 1)),
            "scans/renters insurance.pdf",
            seed + 10,
        ),
        capture.scan(
            community_letter(xiaomei, jianguo.surname, dated=D(2026, 10, 24)),
            "scans/community center.pdf",
            seed + 11,
        ),
        capture.scan(
            doc.g28_single(
                xiaomei,
                a_number="A209-551-847",
                rep={**rep, "bar_state": "NY", "bar_number": "5512208"},
                address=(STREET, CITY),
                signed=D(2026, 11, 4),
            ),
            "scans/G-28.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case: dict[str, Any] = {
        "schema": 1,
        "respondent": {
            "name": xiaomei.name,
            "a_number": "209-551-847",
            "date_of_birth": xiaomei.born,
            "country": "China",
            "entered_us": D(2012, 10, 2),
            "address": [STREET, CITY],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "New York - Broadway, NY",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "master",
            "opla_office": "New York City",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2023, 1, 1),
            "children": [
                {"name": emily.name, "date_of_birth": emily.born, "status": "usc"},
                {"name": kevin.name, "date_of_birth": kevin.born, "status": "usc"},
            ],
            "spouse": {"name": jianguo.name, "status": "usc"},
            "military": {"member": "spouse", "branch": "Army"},
            "crime_victim": {"kind": "other"},
            "community_ties": True,
        },
    }
    findings = [
        # a DD-214 and a marriage certificate do not show citizenship: the spouse's US
        # citizenship is truly unproved by this folder
        {"code": "missing-evidence", "claim": "spouse"},
    ]
    return CasePlan(
        "lin",
        "tuning",
        case,
        placed,
        findings,
        notes="no deliberate gap: ID 2023, police 2023, renters 2024-25, enrollment and pediatric "
        "2025, letters and stub 2026; the landlord letter says since 2017",
    )
