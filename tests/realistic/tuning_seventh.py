"""A tuning case of kinds and layouts the other tuning cases do not hold (`moraes`, Framingham,
Massachusetts): a Brazilian mother of two US-citizen children, a survivor of domestic violence,
whose younger son has epilepsy.

- a Brazilian passport data page (captions in Portuguese, English and French), photographed;
- a Brazilian birth certificate (the national model of certidão de nascimento, its matrícula
  number and boxed facts) photographed on a desk in low light at JPEG quality 40, and its
  English translation whose translator's certificate says "competent to translate from
  Portuguese into English" over a signature block with address and telephone;
- a Massachusetts abuse prevention order (G.L. c. 209A) of a district court, two pages of
  numbered orders and check boxes;
- a victim advocate's letter on a women's shelter's letterhead;
- a copier PDF of a pediatric neurologist's letter (a diagnosis and a treating physician, no
  title phrase), the son's Individualized Education Program (two pages of a state form) and a
  bank's checking statement;
- Massachusetts certified copies of both children's birth records from the city clerk;
- a HiSET high school equivalency certificate and a library's certificate of completion of an
  English as a second language course;
- an employer's letter printed side by side in English and Portuguese;
- a hospital portal's after visit summary for the son (diagnoses, medicines, no signature),
  photographed on a pale desk;
- the IRS notice CP565 assigning her an ITIN, and a Massachusetts tenancy-at-will agreement;
- her sister's letter to the judge in Portuguese, sent as a WhatsApp photo, and its
  translation in a file of its own;
- the town police's incident report of the assault, whose narrative tells of the c. 209A
  rights given; a wireless carrier's bill photographed upside down; the daughter's attendance
  summary printed from the district's student information system;
- a rent receipt from a receipt book filled in Portuguese by the landlord, not translated.

Written from what such papers look like; rules may be tuned on these, never on the blind
corpus. Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.realistic import capture, mrz
from tests.realistic import tuning_documents as doc
from tests.realistic.dates import card, long, spelled, us
from tests.realistic.model import CasePlan, Paper, Person, drawn, plain, up
from tests.realistic.paper import (
    GREY,
    Sheet,
    letterhead,
    mrz_lines,
    portrait,
    tinted,
)
from tests.realistic.paper import card as card_sheet

D = dt.date
STREET, CITY = "41 Hollis Street, Apt. 2", "Framingham, MA 01702"


def brazil_passport(person: Person, *, number: str, issued: dt.date, expiry: dt.date) -> Paper:
    """A Brazilian passport data page: captions in Portuguese, English and French, the photo on
    the left, the zone at the foot."""
    s = card_sheet(125, 88)
    tinted(s, (220, 232, 214), (238, 242, 230))
    s.security_background(9301, (214, 226, 206))
    s.text(0.15, 0.1, "REPÚBLICA FEDERATIVA DO BRASIL   ·   PASSAPORTE / PASSPORT", 8, "sans-bold")
    portrait(s, 0.18, 0.5, 1.2, 1.55, 9302)
    rows = [
        ("Tipo / Type / Type        Código do país / Country code", "P        BRA"),
        ("Passaporte nº / Passport No. / Passeport nº", number),
        ("Sobrenome / Surname / Nom", up(person.surname)),
        ("Nome / Given names / Prénoms", up(person.given)),
        ("Nacionalidade / Nationality / Nationalité", "BRASILEIRO(A)"),
        ("Data de nascimento / Date of birth / Date de naissance", card(person.born)),
        (
            "Sexo / Sex / Sexe     Local de nascimento / Place of birth",
            f"{person.sex}   {up(person.birthplace)}",
        ),
        ("Data de expedição / Date of issue / Date de délivrance", card(issued)),
        ("Válido até / Date of expiry / Date d'expiration", card(expiry)),
    ]
    y = 0.42
    for label, value in rows:
        s.text(1.55, y, label, 4.4, "sans", fill=(70, 80, 70))
        s.text(1.55, y + 0.065, value, 7.2, "sans-bold")
        y += 0.24
    s.text(1.55, y, "Autoridade / Authority / Autorité: DPF/SR/MG", 5, "sans")
    zone = mrz.td3(
        kind="P",
        country="BRA",
        surname=person.surname,
        given=person.given,
        number=number,
        nationality="BRA",
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
    )
    s.rect(0, 2.72, s.width, 0.75, outline=None, fill=(246, 246, 242))
    mrz_lines(s, 2.82, zone)
    return drawn(
        "brazil_passport_trilingual",
        [s],
        "passport",
        person,
        "identity",
        ("pt", "en"),
        mrz_zone=zone,
        is_card=True,
    )


CERTIDAO_LINES = [
    ("NOME", None),
    ("CPF", "123.456.789-09"),
    ("MATRÍCULA", "0541180155 1989 1 00087 214 0031552 41"),
    ("DATA DE NASCIMENTO POR EXTENSO", None),
    ("DIA / MÊS / ANO", None),
    ("HORA", "06:40"),
    ("MUNICÍPIO DE NASCIMENTO E UNIDADE DA FEDERAÇÃO", "GOVERNADOR VALADARES - MG"),
    ("LOCAL DE NASCIMENTO", "HOSPITAL SAMARITANO"),
    ("SEXO", None),
    ("FILIAÇÃO", None),
    (
        "AVÓS",
        "MATERNOS: JOSÉ CARLOS MORAES E TEREZINHA DE JESUS MORAES; PATERNOS: ANTÔNIO "
        "FERREIRA NETO E MARIA DAS GRAÇAS FERREIRA",
    ),
    ("DATA DO REGISTRO POR EXTENSO", "DOIS DE MAIO DE MIL NOVECENTOS E OITENTA E NOVE"),
]


def brazil_certidao(person: Person, mother: Person, father: Person, *, issued: dt.date) -> Paper:
    """The national model of a Brazilian certidão de nascimento (since 2010): the republic's
    arms line, the matrícula, the facts in stacked boxes with Portuguese captions, the
    registrar's attestation and the cartório's stamp."""
    s = Sheet()
    s.security_background(7712, (226, 236, 226))
    s.center(0.5, "REPÚBLICA FEDERATIVA DO BRASIL", 12, "serif-bold")
    s.center(0.74, "REGISTRO CIVIL DAS PESSOAS NATURAIS", 10, "serif-bold")
    s.center(1.05, "CERTIDÃO DE NASCIMENTO", 16, "serif-bold")
    words = {
        "NOME": up(person.name),
        "DATA DE NASCIMENTO POR EXTENSO": (
            "VINTE E DOIS DE ABRIL DE MIL NOVECENTOS E OITENTA E NOVE"
        ),
        "DIA / MÊS / ANO": person.born.strftime("%d / %m / %Y"),
        "SEXO": "FEMININO" if person.sex == "F" else "MASCULINO",
        "FILIAÇÃO": f"{up(father.name)} E {up(mother.name)}",
    }
    y = 1.5
    for caption, value in CERTIDAO_LINES:
        text = value if value is not None else words[caption]
        lines = s.wrap(text, 6.8, 10, "mono-bold")
        h = 0.28 + 0.17 * len(lines)
        s.rect(0.7, y, 7.1, h, weight=0.6)
        s.text(0.76, y + 0.03, caption, 6, "sans")
        s.lines(0.8, y + 0.2, lines, 10, "mono-bold")
        y += h + 0.05
    s.text(0.7, y + 0.1, "OBSERVAÇÕES / AVERBAÇÕES: NADA CONSTA", 8, "sans")
    y = s.para(
        0.7,
        y + 0.45,
        7.1,
        "O conteúdo da certidão é verdadeiro. Dou fé. Cartório do Registro Civil das Pessoas "
        "Naturais do 1º Subdistrito de Governador Valadares, Minas Gerais. Rua Marechal "
        f"Floriano, 905, Centro. Governador Valadares, {spelled(issued, 'pt')}.",
        9.5,
        "serif",
    )
    s.signature(3.2, y + 0.25, "Rosângela M. Teixeira", 18)
    s.center(y + 0.9, "Rosângela Maria Teixeira Dutra - Oficiala Substituta", 9, "serif")
    s.stamp(
        5.6,
        y + 0.2,
        ["CARTÓRIO DO REGISTRO CIVIL", "1º SUBDISTRITO", "GOV. VALADARES - MG"],
        8,
        (40, 60, 140),
        -6,
    )
    return drawn("brazil_certidao_nascimento", [s], "birth_certificate", person, "identity", "pt")


def certidao_translation(
    person: Person, mother: Person, father: Person, *, translator: str, dated: dt.date
) -> Paper:
    """A translation laid out as the original's boxes, captions in brackets, with the
    certificate most translators in private practice use: competence, "foregoing", and a
    signature block of address, telephone and e-mail."""
    s = Sheet()
    s.text(0.9, 0.6, "Translation from Portuguese", 9, "sans-italic", fill=GREY)
    y = s.center(0.9, "FEDERATIVE REPUBLIC OF BRAZIL", 12, "serif-bold")
    y = s.center(y, "CIVIL REGISTRY OF NATURAL PERSONS", 10, "serif-bold")
    y = s.center(y + 0.1, "BIRTH CERTIFICATE", 14, "serif-bold") + 0.2
    rows = [
        ("[NAME]", up(person.name)),
        ("[TAXPAYER NO. (CPF)]", "123.456.789-09"),
        ("[REGISTRATION NO.]", "0541180155 1989 1 00087 214 0031552 41"),
        ("[DATE OF BIRTH IN WORDS]", "TWENTY-SECOND OF APRIL, NINETEEN EIGHTY-NINE"),
        ("[DAY / MONTH / YEAR]", person.born.strftime("%d / %m / %Y")),
        ("[TIME]", "06:40"),
        ("[CITY AND STATE OF BIRTH]", "GOVERNADOR VALADARES - MG"),
        ("[PLACE OF BIRTH]", "SAMARITANO HOSPITAL"),
        ("[SEX]", "FEMALE"),
        ("[PARENTS]", f"{up(father.name)} AND {up(mother.name)}"),
        (
            "[GRANDPARENTS]",
            "MATERNAL: JOSÉ CARLOS MORAES AND TEREZINHA DE JESUS MORAES; "
            "PATERNAL: ANTÔNIO FERREIRA NETO AND MARIA DAS GRAÇAS FERREIRA",
        ),
        ("[DATE OF REGISTRATION IN WORDS]", "SECOND OF MAY, NINETEEN EIGHTY-NINE"),
        ("[REMARKS / ANNOTATIONS]", "NONE"),
    ]
    for caption, value in rows:
        s.text(0.9, y, caption, 8, "sans-bold")
        y = s.para(3.2, y, 4.6, value, 9.5, "serif") + 0.06
    y = s.para(
        0.9,
        y + 0.1,
        6.7,
        "[Attestation] The content of this certificate is true. I so attest. [signature] "
        "Rosângela Maria Teixeira Dutra, Deputy Registrar. [Stamp: Civil Registry Office, 1st "
        "Subdistrict, Governador Valadares - MG]",
        9.5,
        "serif",
    )
    s.line(0.9, y + 0.2, 7.6, y + 0.2, 0.6)
    y = s.center(y + 0.35, "TRANSLATOR'S CERTIFICATION", 11, "serif-bold") + 0.05
    y = s.para(
        0.9,
        y,
        6.7,
        f"I, {translator}, certify that I am competent to translate from Portuguese into English "
        "and that the foregoing is a true and accurate translation of the original birth "
        "certificate of which a copy is attached.",
        10.5,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator, 18)
    s.lines(
        0.9,
        y + 0.7,
        [
            f"{translator}, Translator",
            "88 Concord Street, Suite 3",
            "Framingham, MA 01702",
            "Tel. (508) 555-0176",
            "mbarbosa.translations@example.com",
            f"Dated: {us(dated)}",
        ],
        10,
        "serif",
    )
    return drawn(
        "brazil_certidao_translation", [s], "certificate_of_translation", person, "identity"
    )


def abuse_prevention_order(
    plaintiff: Person, defendant: Person, children: list[Person], *, issued: dt.date
) -> Paper:
    """A Massachusetts abuse prevention order (G.L. c. 209A) after notice and hearing: the
    court's caption and docket number, parties' boxes, numbered orders with check boxes, the
    justice's signature and the expiry of the order on the second page."""
    p1 = Sheet()
    p1.text(0.5, 0.4, "TRIAL COURT OF MASSACHUSETTS", 8, "sans-bold")
    p1.text(0.5, 0.55, "DISTRICT COURT DEPARTMENT", 8, "sans")
    p1.text(8.0, 0.4, "DOCKET NO.", 6, "sans", align="right")
    p1.text(8.0, 0.52, "2649RO000871", 11, "mono-bold", align="right")
    p1.center(0.85, "ABUSE PREVENTION ORDER", 15, "sans-bold")
    p1.center(1.12, "G.L. c. 209A", 9, "sans")
    y = p1.grid(
        0.5,
        1.45,
        7.5,
        [
            (
                0.5,
                [
                    (3, "PLAINTIFF (NAME)", up(plaintiff.name)),
                    (2, "PLAINTIFF'S DATE OF BIRTH", us(plaintiff.born)),
                    (2.5, "COURT", "FRAMINGHAM DISTRICT COURT"),
                ],
            ),
            (
                0.5,
                [
                    (3, "DEFENDANT (NAME)", up(defendant.name)),
                    (2, "DEFENDANT'S DATE OF BIRTH", us(defendant.born)),
                    (2.5, "DEFENDANT'S ADDRESS", "12 IRVING ST, FRAMINGHAM MA"),
                ],
            ),
            (
                0.45,
                [
                    (3, "RELATIONSHIP", "FORMER HOUSEHOLD MEMBER; PARENT OF PLAINTIFF'S CHILDREN"),
                    (4.5, "DEFENDANT'S DESCRIPTION", "M  5'10\"  190 LBS  BROWN EYES"),
                ],
            ),
        ],
    )
    y += 0.2
    p1.text(0.5, y, "THE COURT HAS ISSUED THE FOLLOWING ORDERS TO THE DEFENDANT:", 9, "sans-bold")
    y += 0.3
    orders = [
        (
            True,
            "1. YOU ARE ORDERED NOT TO ABUSE THE PLAINTIFF by harming, threatening or "
            "attempting to harm the plaintiff physically or by placing the plaintiff in fear "
            "of imminent serious physical harm, or by using force, threat or duress.",
        ),
        (
            True,
            "2. YOU ARE ORDERED NOT TO CONTACT THE PLAINTIFF, in person, by telephone, in "
            "writing, electronically or otherwise, either directly or through someone else, "
            "and to stay at least 100 yards away from the plaintiff.",
        ),
        (
            True,
            "3. YOU ARE ORDERED TO IMMEDIATELY LEAVE AND STAY AWAY FROM THE PLAINTIFF'S "
            f"RESIDENCE, located at {STREET}, {CITY}.",
        ),
        (True, "4. YOU ARE ORDERED TO STAY AWAY FROM THE PLAINTIFF'S WORKPLACE."),
        (
            True,
            "5. YOU ARE ORDERED NOT TO CONTACT THE CHILD(REN) listed below, and to stay away "
            "from their school: "
            + "; ".join(f"{up(c.name)} (DOB {us(c.born)})" for c in children)
            + ".",
        ),
        (
            True,
            "6. YOU ARE ORDERED TO SURRENDER ALL GUNS, AMMUNITION, GUN LICENSES AND FIREARMS "
            "IDENTIFICATION CARDS to the Framingham Police Department.",
        ),
        (False, "7. YOU ARE ORDERED TO PAY TEMPORARY SUPPORT (see separate order)."),
    ]
    for checked, text in orders:
        p1.rect(0.55, y + 0.02, 0.13, 0.13, weight=0.7)
        if checked:
            p1.text(0.565, y - 0.01, "X", 9, "sans-bold")
        y = p1.para(0.8, y, 7.1, text, 8.5, "sans", 1.25) + 0.1
    p1.text(0.5, 10.4, "DC-209A-2 (Rev. 01/24)", 6, "sans")
    p1.text(8.0, 10.4, "PAGE 1 OF 2", 6, "sans", align="right")
    p2 = Sheet()
    p2.text(
        0.5,
        0.4,
        f"DOCKET NO. 2649RO000871    {up(plaintiff.name)} v. {up(defendant.name)}",
        8,
        "sans",
    )
    y = p2.para(
        0.5,
        0.8,
        7.5,
        "VIOLATION OF THIS ORDER IS A CRIMINAL OFFENSE punishable by imprisonment or fine or "
        "both. The defendant was present at the hearing and was given a copy of this order in "
        "hand. The plaintiff's address is impounded and shall not be disclosed.",
        9,
        "sans-bold",
    )
    y = p2.grid(
        0.5,
        y + 0.3,
        7.5,
        [
            (
                0.5,
                [
                    (2, "DATE OF HEARING", us(issued)),
                    (2, "DATE ISSUED", us(issued)),
                    (
                        3,
                        "THIS ORDER EXPIRES AT 4:00 P.M. ON",
                        us(issued.replace(year=issued.year + 1)),
                    ),
                ],
            ),
            (
                0.5,
                [
                    (
                        4,
                        "NEXT HEARING (TO EXTEND OR MODIFY)",
                        us(issued.replace(year=issued.year + 1)),
                    ),
                    (3, "COURTROOM", "SESSION B"),
                ],
            ),
        ],
    )
    p2.signature(1.0, y + 0.35, "Patricia H. Olmstead", 20)
    p2.line(0.5, y + 0.95, 4.5, y + 0.95, 0.6)
    p2.text(0.5, y + 1.0, "JUSTICE   Hon. Patricia H. Olmstead", 8, "sans")
    p2.text(0.5, y + 1.4, "A TRUE COPY ATTEST:", 8, "sans-bold")
    p2.signature(2.3, y + 1.3, "D. Kowalczyk", 14)
    p2.text(0.5, y + 1.65, "Clerk-Magistrate", 8, "sans")
    p2.seal(6.6, y + 1.1, 0.6, "FRAMINGHAM DISTRICT COURT · COMMONWEALTH · ", "SEAL")
    p2.text(0.5, 10.4, "DC-209A-2 (Rev. 01/24)", 6, "sans")
    p2.text(8.0, 10.4, "PAGE 2 OF 2", 6, "sans", align="right")
    return drawn(
        "ma_209a_order",
        [p1, p2],
        "protective_order",
        plaintiff,
        "crime_victim",
        proves=(issued, issued),
    )


def shelter_advocate_letter(client: Person, *, since: dt.date, dated: dt.date) -> Paper:
    """A domestic-violence program's letter: the program's letterhead, a confidential address,
    the advocate's account of services, signed with her credential."""
    s = Sheet()
    y = letterhead(
        s,
        "Harborlight House",
        [
            "Domestic Violence Shelter & Advocacy Services",
            "Confidential location · Mailing: P.O. Box 2281, Framingham, MA 01703",
            "24-hour hotline (508) 555-0190 · harborlighthouse.example.org",
        ],
        (120, 50, 110),
        "house",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.2
    y = s.text(0.9, y, "To Whom It May Concern:", 11, "serif") + 0.15
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"I am a domestic violence advocate at Harborlight House. I have known "
            f"{client.name} (date of birth {us(client.born)}) since {long(since)}, when she "
            "came to our shelter with her two children after her former partner assaulted her "
            "at their home.",
            "Since then Ms. Moraes has taken part in weekly individual advocacy sessions and in "
            "our Portuguese-language support group. Our legal advocate accompanied her to the "
            "Framingham District Court, where she obtained an abuse prevention order. She "
            "stayed in our emergency shelter for eleven weeks and moved to a transitional "
            "apartment in our program, and now lives independently with her children.",
            "I have watched her rebuild a safe home for her son and daughter with great "
            "courage. She continues to meet with me every month. If she were made to return "
            "to Brazil she would lose the safety plan, the services and the protection she has "
            "here.",
            "Please contact me at the hotline number above if you need more information.",
        ],
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.1, "Sincerely,", 11, "serif")
    s.signature(1.0, y + 0.05, "Danielle Okonkwo-Pereira", 20)
    s.lines(
        0.9,
        y + 0.6,
        ["Danielle Okonkwo-Pereira, MSW", "Senior Domestic Violence Advocate"],
        10,
        "serif",
    )
    return drawn(
        "shelter_advocate_letter",
        [s],
        "letter_of_support",
        client,
        "crime_victim",
        proves=(since, dated),
    )


def neurology_letter(patient: Person, parent: Person, *, since: dt.date, dated: dt.date) -> Paper:
    """A pediatric neurologist's letter on the clinic's letterhead: a diagnosis, the
    medicines, what the parent does, the doctor's name and board credentials; no title."""
    s = Sheet()
    y = letterhead(
        s,
        "MetroWest Children's Neurology Associates",
        [
            "Division of Pediatric Neurology · 61 Lincoln Street, Suite 410, Framingham, MA 01702",
            "Phone (508) 555-0134 · Fax (508) 555-0135",
        ],
        (20, 90, 130),
        "star",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.2
    y = (
        s.lines(
            0.9,
            y,
            [f"Patient: {patient.name}", f"DOB: {us(patient.born)}", "MRN: 00418822"],
            10.5,
            "serif",
        )
        + 0.2
    )
    y = s.text(0.9, y, "To whom it may concern,", 11, "serif") + 0.12
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"{patient.first} has been under my care since {long(since)}. He has focal "
            "epilepsy with secondary generalized seizures (ICD-10 G40.209), confirmed by "
            "video EEG and an MRI of the brain. He takes levetiracetam twice daily and carries "
            "rescue medication (intranasal midazolam) for seizures lasting longer than five "
            "minutes.",
            f"His mother, {parent.name}, is his primary caregiver. She gives his medication, "
            "keeps his seizure diary, has been trained to give rescue medication, and brings "
            "him to his appointments here every three months and to his EEGs at Boston "
            "Children's Hospital. His seizures have been far better controlled since his "
            "treatment became regular.",
            "An interruption in his care or the loss of his mother's daily supervision would "
            "put him at serious risk of prolonged seizures and injury. Please do not hesitate "
            "to contact my office with any questions.",
        ],
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.1, "Sincerely,", 11, "serif")
    s.signature(1.0, y + 0.05, "Arun Raghavan-Lowell", 20)
    s.lines(
        0.9,
        y + 0.6,
        [
            "Arun Raghavan-Lowell, MD",
            "Diplomate, American Board of Psychiatry and Neurology",
            "(Neurology with Special Qualification in Child Neurology)",
        ],
        10,
        "serif",
    )
    return drawn(
        "pediatric_neurology_letter",
        [s],
        "medical_record",
        patient,
        ("caretaker", "medical"),
        proves=(dated, dated),
    )


def iep(student: Person, parent: Person, *, start: dt.date) -> Paper:
    """The first two pages of a Massachusetts Individualized Education Program (form IEP 1 and
    IEP 2): the district's heading, the student's boxes, the period, the disability and the
    parent's concerns, then service delivery grid."""
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    p1 = Sheet()
    p1.text(0.5, 0.4, "Framingham Public Schools · Office of Special Education", 9, "sans-bold")
    p1.text(0.5, 0.58, "73 Mount Wayte Avenue, Framingham, MA 01702", 8, "sans")
    p1.center(0.95, "Individualized Education Program", 15, "serif-bold")
    p1.text(8.0, 0.4, "IEP 1", 9, "sans-bold", align="right")
    y = p1.grid(
        0.5,
        1.35,
        7.5,
        [
            (
                0.5,
                [
                    (3, "Student Name", student.name),
                    (2, "DOB", us(student.born)),
                    (1.5, "ID#", "2017-30415"),
                    (1, "Grade/Level", "3"),
                ],
            ),
            (
                0.5,
                [
                    (3, "IEP Dates: from", us(start)),
                    (3, "to", us(end)),
                    (2, "School", "Brophy Elementary"),
                ],
            ),
            (
                0.5,
                [
                    (4, "Parent/Guardian", parent.name),
                    (4, "Primary Language of Home", "Portuguese"),
                ],
            ),
        ],
    )
    sections = [
        (
            "PARENT AND/OR STUDENT CONCERNS",
            f"{parent.first} is worried that {student.first} misses class time after seizures and "
            "that his reading has fallen behind. She asks that staff know his seizure plan and "
            "that he be given extra time and breaks.",
        ),
        (
            "STUDENT STRENGTHS AND KEY EVALUATION RESULTS SUMMARY",
            f"{student.first} is friendly, curious and works hard. Testing in March showed "
            "average reasoning, below-grade reading fluency and slow processing speed. A "
            "neurologist has diagnosed epilepsy; medication causes fatigue in the mornings.",
        ),
        (
            "DISABILITY CATEGORY",
            "Health (Other Health Impairment: seizure disorder). Secondary: Specific Learning "
            "Disability (reading).",
        ),
        (
            "VISION STATEMENT",
            f"{student.first} will read at grade level and take part fully in the school day "
            "with a safe plan for his seizures.",
        ),
    ]
    y += 0.25
    for head, text in sections:
        p1.rect(0.5, y, 7.5, 0.24, outline=None, fill=(225, 225, 225))
        p1.text(0.58, y + 0.04, head, 8.5, "sans-bold")
        y = p1.para(0.6, y + 0.33, 7.3, text, 9.5, "serif") + 0.2
    p1.text(0.5, 10.4, "Massachusetts Department of Elementary and Secondary Education", 6, "sans")
    p2 = Sheet()
    p2.text(
        0.5,
        0.4,
        f"Student Name: {student.name}    IEP Dates: {us(start)} to {us(end)}",
        8.5,
        "sans",
    )
    p2.text(8.0, 0.4, "IEP 2", 9, "sans-bold", align="right")
    p2.center(0.8, "SERVICE DELIVERY", 13, "serif-bold")
    y = p2.table(
        0.5,
        1.2,
        [2.6, 1.6, 1.3, 2.0],
        [
            ["Focus on Goal #", "Type of Service", "Start Date", "Frequency and Duration"],
            ["1 Reading fluency", "Special Educator", us(start), "4 x 45 min / week"],
            [
                "2 Processing and work completion",
                "Special Educator",
                us(start),
                "2 x 30 min / week",
            ],
            ["Health plan support", "School Nurse", us(start), "Daily check-in"],
            ["Consultation with teacher", "Special Educator", us(start), "1 x 15 min / week"],
        ],
        pt=8.5,
    )
    y = p2.para(
        0.5,
        y + 0.4,
        7.5,
        "Accommodations: seizure action plan on file with every teacher; rescue medication "
        "held by the nurse; extended time (time and a half) on tests; rest breaks; preferential "
        "seating; copies of class notes.",
        9.5,
        "serif",
    )
    p2.text(0.5, y + 0.4, "Parent signature:", 9, "sans")
    p2.signature(2.0, y + 0.25, parent.name, 16)
    p2.text(5.0, y + 0.4, f"Date: {us(start - dt.timedelta(days=5))}", 9, "sans")
    return drawn(
        "ma_iep_pages",
        [p1, p2],
        "school_record",
        student,
        ("caretaker", "education"),
        proves=(start, start),
    )


def bank_statement(person: Person, *, period: tuple[dt.date, dt.date]) -> Paper:
    """A bank's monthly checking statement: the bank's mark, the customer's name and address
    in the window block, a summary box and a list of transactions."""
    s = Sheet()
    s.logo(0.6, 0.45, 0.45, "shield", (0, 70, 50))
    s.text(1.15, 0.5, "Middlesex Savings Bank", 14, "serif-bold", fill=(0, 70, 50))
    s.text(1.15, 0.75, "P.O. Box 5210, Natick, MA 01760 · 1-800-555-0148", 8, "sans", fill=GREY)
    s.lines(0.9, 1.4, [up(person.name), up(STREET), up(CITY)], 10, "sans")
    s.text(8.0, 1.4, "Everyday Checking", 10, "sans-bold", align="right")
    s.text(8.0, 1.6, "Account number: ****4417", 9, "sans", align="right")
    s.text(
        8.0, 1.8, f"Statement period: {us(period[0])} - {us(period[1])}", 9, "sans", align="right"
    )
    y = s.table(
        0.9,
        2.5,
        [3.3, 1.5],
        [
            ["Account summary", ""],
            [f"Beginning balance on {us(period[0])}", "$1,208.44"],
            ["Deposits and other credits", "$2,964.10"],
            ["Withdrawals and other debits", "-$2,811.73"],
            [f"Ending balance on {us(period[1])}", "$1,360.81"],
        ],
        pt=9,
        align=["left", "right"],
    )
    rows = [["Date", "Description", "Amount", "Balance"]]
    balance = 1208.44
    for day, text, amount in [
        (2, "DIRECT DEP CLEANPRO SERVICES PAYROLL", 1482.05),
        (3, "CHECK 1187 RENT", -1450.00),
        (6, "POS MARKET BASKET #42 FRAMINGHAM", -96.12),
        (9, "EVERSOURCE ELECTRIC PAYMENT", -88.31),
        (14, "CVS/PHARMACY #1902 FRAMINGHAM", -24.50),
        (16, "DIRECT DEP CLEANPRO SERVICES PAYROLL", 1482.05),
        (21, "VERIZON WIRELESS PAYMENT", -95.00),
        (24, "POS MARKET BASKET #42 FRAMINGHAM", -113.40),
        (28, "MBTA COMMUTER RAIL PASS", -94.40),
    ]:
        balance += amount
        when = period[0].replace(day=day)
        rows.append([when.strftime("%m/%d"), text, f"{amount:,.2f}", f"{balance:,.2f}"])
    s.table(
        0.9,
        y + 0.5,
        [0.8, 3.7, 1.1, 1.1],
        rows,
        pt=8.5,
        rules="header",
        align=["left", "left", "right", "right"],
    )
    s.text(0.9, 10.3, "Member FDIC · Equal Housing Lender", 7, "sans", fill=GREY)
    return drawn(
        "bank_checking_statement",
        [s],
        "residence_record",
        person,
        "length_of_residence",
        proves=period,
    )


def ma_birth(
    child: Person, mother: Person, father: Person, *, issued: dt.date, number: str
) -> Paper:
    """A city clerk's certified copy of a Massachusetts birth record: the Commonwealth's
    heading, the registered facts in a grid, the clerk's attestation and the city seal."""
    s = Sheet()
    s.security_background(int(number[-4:]), (232, 232, 242))
    s.center(0.5, "THE COMMONWEALTH OF MASSACHUSETTS", 12, "serif-bold")
    s.center(0.75, "CITY OF FRAMINGHAM · OFFICE OF THE CITY CLERK", 9, "sans")
    s.center(1.05, "CERTIFIED COPY OF A RECORD OF BIRTH", 14, "serif-bold")
    s.text(6.2, 1.38, f"REGISTERED NO. {number}", 8, "sans")
    given, _, middle = child.given.partition(" ")
    y = s.grid(
        0.6,
        1.6,
        7.3,
        [
            (
                0.5,
                [
                    (2.5, "1. NAME OF CHILD (First)", up(given)),
                    (1.5, "(Middle)", up(middle) or "-"),
                    (2.5, "(Last)", up(child.surname)),
                ],
            ),
            (
                0.5,
                [
                    (1.2, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                    (2.0, "3. DATE OF BIRTH", us(child.born)),
                    (3.3, "4. PLACE OF BIRTH", "METROWEST MEDICAL CENTER, FRAMINGHAM"),
                ],
            ),
            (
                0.5,
                [
                    (3.5, "5. MOTHER'S NAME (First, Middle, Last)", up(mother.name)),
                    (1.5, "6. DATE OF BIRTH", us(mother.born)),
                    (1.5, "7. BIRTHPLACE", "BRAZIL"),
                ],
            ),
            (
                0.5,
                [
                    (3.5, "8. FATHER'S NAME (First, Middle, Last)", up(father.name)),
                    (1.5, "9. DATE OF BIRTH", us(father.born)),
                    (1.5, "10. BIRTHPLACE", "BRAZIL"),
                ],
            ),
            (
                0.5,
                [
                    (3.5, "11. RESIDENCE OF PARENT", "FRAMINGHAM, MIDDLESEX COUNTY, MA"),
                    (3.0, "12. DATE FILED", us(child.born + dt.timedelta(days=9))),
                ],
            ),
        ],
    )
    y = s.para(
        0.6,
        y + 0.4,
        7.3,
        "I, the undersigned, hereby certify that I am the City Clerk of the City of Framingham, "
        "that as such I have custody of the records of births required by law to be kept in "
        "my office, and that the above is a true copy from said records.",
        10,
        "serif",
    )
    s.text(0.6, y + 0.3, f"Witness my hand and seal on {long(issued)}.", 10, "serif")
    s.signature(4.3, y + 0.5, "Lisa A. Ferrante", 18)
    s.text(4.3, y + 1.05, "City Clerk", 9, "serif")
    s.seal(1.8, y + 1.2, 0.6, "CITY OF FRAMINGHAM · MASSACHUSETTS · ", "SEAL")
    s.text(0.6, 10.3, "VS-2 (Rev. 2015) · Void if altered or photocopied", 6, "sans")
    return drawn("ma_city_clerk_birth", [s], "birth_certificate", child, "us_family")


def hiset_certificate(person: Person, *, passed: dt.date) -> Paper:
    """A Massachusetts high school equivalency certificate (HiSET) in landscape: the state's
    board, "has met the requirements", the commissioner's signature and a seal."""
    s = Sheet(11.0, 8.5)
    s.border(0.35, 2.5)
    s.center(0.9, "The Commonwealth of Massachusetts", 18, "serif-bold")
    s.center(1.35, "Department of Elementary and Secondary Education", 11, "serif-italic")
    s.center(2.05, "High School Equivalency Certificate", 26, "schoolbook-bold")
    s.center(2.85, "This certifies that", 12, "serif-italic")
    s.center(3.35, person.name, 26, "script")
    s.center(
        4.2, "has met the requirements established by the Board of Elementary and", 12, "serif"
    )
    s.center(
        4.45, "Secondary Education by passing the HiSET® examination and is awarded", 12, "serif"
    )
    s.center(4.7, "this Certificate, equivalent to a high school diploma.", 12, "serif")
    s.center(5.35, f"Awarded {long(passed)}", 12, "serif")
    s.text(1.4, 6.2, "Certificate No. MA-HSE-2019-044871", 9, "sans")
    s.signature(7.2, 6.05, "Jonah Whitcomb-Ortiz", 18)
    s.line(6.8, 6.6, 9.8, 6.6, 0.6)
    s.text(
        8.3, 6.65, "Commissioner of Elementary and Secondary Education", 8, "serif", align="center"
    )
    s.seal(2.4, 7.1, 0.55, "COMMONWEALTH OF MASSACHUSETTS · DESE · ", "SEAL")
    return drawn(
        "hiset_equivalency_certificate",
        [s],
        "diploma",
        person,
        "education",
        proves=(passed, passed),
    )


def esl_certificate(person: Person, *, completed: dt.date) -> Paper:
    """A public library's certificate of completion of an English course: landscape, the
    library's name, the level and hours, two signatures."""
    s = Sheet(11.0, 8.5)
    s.border(0.4, 1.5, double=False)
    s.logo(5.2, 0.7, 0.6, "leaf", (40, 110, 60))
    s.center(1.55, "Framingham Public Library · Adult Literacy Program", 12, "sans-bold")
    s.center(2.2, "Certificate of Completion", 28, "serif-bold")
    s.center(3.0, "presented to", 12, "serif-italic")
    s.center(3.45, person.name, 24, "script")
    s.center(4.3, "for successfully completing", 12, "serif")
    s.center(
        4.65,
        "English for Speakers of Other Languages (ESOL) - Intermediate Level 4",
        14,
        "serif-bold",
    )
    s.center(5.05, f"96 hours of instruction, September 2025 - {long(completed)}", 11, "serif")
    s.signature(1.8, 6.1, "Maureen T. Sullivan", 16)
    s.line(1.5, 6.6, 4.3, 6.6, 0.6)
    s.text(2.9, 6.65, "Program Coordinator", 9, "serif", align="center")
    s.signature(7.1, 6.1, "Paulo Henrique Sato", 16)
    s.line(6.7, 6.6, 9.5, 6.6, 0.6)
    s.text(8.1, 6.65, "Volunteer Instructor", 9, "serif", align="center")
    return drawn(
        "library_esol_completion",
        [s],
        ("diploma", "school_record"),
        person,
        ("education", "community_ties"),
        proves=(completed, completed),
    )


def bilingual_employer_letter(employee: Person, *, hired: dt.date, dated: dt.date) -> Paper:
    """A small company's letter printed in two columns, English on the left and Portuguese on
    the right, as owners write for staff whose families read the other language."""
    s = Sheet()
    y = letterhead(
        s,
        "CleanPro Services LLC",
        [
            "Commercial & Residential Cleaning · 300 Waverly Street, Framingham, MA 01702",
            "(508) 555-0162 · office@cleanpro.example",
        ],
        (30, 60, 140),
        "leaf",
    )
    y = s.text(0.7, y, long(dated), 10.5, "serif")
    s.text(
        4.45, y - 0.18, f"{dated.day} de {spelled(dated, 'pt').split(' de ', 1)[1]}", 10.5, "serif"
    )
    y += 0.2
    english = [
        "To Whom It May Concern:",
        f"This letter confirms that {employee.name} has worked for CleanPro Services LLC since "
        f"{long(hired)}. She is a team leader on our commercial crew and works 40 hours a "
        "week, Monday to Friday. Her pay is $22.50 an hour, by direct deposit every two weeks.",
        "She is reliable, honest and trusted with the keys of our clients' offices. We would "
        "be glad to keep her on our team for many years.",
        "Please call me with any question.",
    ]
    portuguese = [
        "A quem possa interessar:",
        f"Esta carta confirma que {employee.name} trabalha na CleanPro Services LLC desde "
        f"{spelled(hired, 'pt')}. Ela é líder de equipe no nosso serviço comercial e trabalha "
        "40 horas por semana, de segunda a sexta-feira. Seu salário é de US$ 22,50 por hora, "
        "pago por depósito direto a cada duas semanas.",
        "Ela é confiável, honesta e tem as chaves dos escritórios dos nossos clientes. "
        "Ficaremos felizes em mantê-la na nossa equipe por muitos anos.",
        "Estou à disposição para qualquer pergunta.",
    ]
    left = s.paras(0.7, y, 3.4, english, pt=10.5, face="serif")
    right = s.paras(4.45, y, 3.4, portuguese, pt=10.5, face="serif")
    s.line(4.27, y, 4.27, max(left, right), 0.5, GREY)
    y = max(left, right) + 0.1
    s.text(0.7, y, "Sincerely, / Atenciosamente,", 10.5, "serif")
    s.signature(0.8, y + 0.1, "Marcelo Tavares Lima", 20)
    s.lines(0.7, y + 0.65, ["Marcelo Tavares Lima", "Owner / Proprietário"], 10, "serif")
    return drawn(
        "bilingual_employer_letter_pt",
        [s],
        "employment_letter",
        employee,
        "employment_and_taxes",
        ("en", "pt"),
        proves=(hired, dated),
    )


def after_visit_summary(patient: Person, parent: Person, *, visited: dt.date) -> Paper:
    """A hospital system's after visit summary as its patient portal prints it: the system's
    name, the patient's line, the visit's boxes, diagnoses, medicines and instructions; no
    letter, no signature."""
    s = Sheet()
    s.text(
        0.6, 0.45, "MetroWest Pediatrics · MetroWest Health", 10, "sans-bold", fill=(20, 90, 130)
    )
    s.text(7.9, 0.45, "AFTER VISIT SUMMARY", 12, "sans-bold", align="right")
    s.line(0.6, 0.75, 7.9, 0.75, 1.0, (20, 90, 130))
    s.text(0.6, 0.9, f"{patient.name}    DOB: {us(patient.born)}    MRN: 00418822", 10, "sans-bold")
    s.text(0.6, 1.12, f"Visit date: {us(visited)}    Provider: Chen, Rebecca A, MD", 9, "sans")
    s.text(
        0.6, 1.3, "Department: MetroWest Pediatrics, 115 Lincoln St, Framingham MA 01702", 9, "sans"
    )
    y = 1.7
    for head, lines in [
        ("Reason for Visit", ["Follow-up; seizure after missed dose"]),
        (
            "Diagnoses",
            [
                "Focal epilepsy with secondary generalization (G40.209)",
                "Reading difficulty (R48.0)",
            ],
        ),
        (
            "Your Medication List",
            [
                "levETIRAcetam (KEPPRA) 100 mg/mL oral solution - 5 mL by mouth 2 times daily",
                "midazolam (NAYZILAM) 5 mg/spray nasal spray - 1 spray for seizure > 5 min",
            ],
        ),
        (
            "Instructions from Your Care Team",
            [
                "Give every dose on time; keep the seizure diary and bring it to neurology.",
                "Call 911 for a seizure over 5 minutes that does not stop with rescue medicine.",
                f"Your child's caregiver today: {parent.name} (mother).",
            ],
        ),
        (
            "Upcoming Appointments",
            [f"Neurology - Dr. Raghavan-Lowell    {us(visited + dt.timedelta(days=41))}"],
        ),
    ]:
        s.rect(0.6, y, 7.3, 0.26, outline=None, fill=(228, 236, 242))
        s.text(0.68, y + 0.05, head, 9.5, "sans-bold")
        y = s.lines(0.75, y + 0.36, lines, 9, "sans") + 0.2
    s.text(
        0.6, 10.3, f"Printed {us(visited)} 11:42 AM · MyChart · Page 1 of 1", 7, "sans", fill=GREY
    )
    return drawn(
        "after_visit_summary",
        [s],
        "medical_record",
        patient,
        ("caretaker", "medical"),
        proves=(visited, visited),
    )


def itin_notice(person: Person, *, itin: str, dated: dt.date) -> Paper:
    """The IRS's CP565 notice assigning an ITIN: the notice box at the top right, the
    taxpayer's window address, "We assigned you an Individual Taxpayer Identification Number"."""
    s = Sheet()
    s.text(0.6, 0.5, "Department of the Treasury", 9, "sans-bold")
    s.text(0.6, 0.66, "Internal Revenue Service", 9, "sans-bold")
    s.text(0.6, 0.82, "Austin, TX 73301-0057", 9, "sans")
    s.grid(
        5.0,
        0.45,
        2.9,
        [
            (0.3, [(1, "Notice", "CP565"), (1, "Tax year", str(dated.year - 1))]),
            (0.3, [(1, "Notice date", long(dated))]),
            (0.3, [(1, "Taxpayer ID number", itin)]),
        ],
        value_pt=8.5,
        value_face="sans",
    )
    s.lines(1.0, 1.6, [up(person.name), up(STREET), up(CITY)], 10, "sans")
    s.text(
        0.6,
        2.6,
        "We assigned you an Individual Taxpayer Identification Number (ITIN)",
        13,
        "sans-bold",
    )
    y = s.paras(
        0.6,
        3.0,
        7.3,
        [
            f"Thank you for your Form W-7, Application for IRS Individual Taxpayer Identification "
            f"Number. We assigned you the ITIN {itin}. Please use this number on your tax return, "
            "on correspondence with the IRS, and on forms that ask for a taxpayer identification "
            "number.",
            "Your ITIN is for federal tax purposes only. It does not entitle you to Social "
            "Security benefits and does not change your immigration status or your right to work "
            "in the United States.",
            "If you do not file a federal tax return with your ITIN at least once in three "
            "consecutive years, the number will expire.",
        ],
        pt=10,
        face="sans",
    )
    s.text(0.6, y + 0.3, "Keep this notice for your records.", 10, "sans-bold")
    s.text(0.6, 10.3, f"Notice CP565    Tax year {dated.year - 1}    Page 1 of 2", 7, "sans")
    return drawn(
        "irs_cp565_itin_notice",
        [s],
        "tax_record",
        person,
        ("employment_and_taxes", "identity"),
        proves=(dated, dated),
    )


def tenancy_at_will(tenant: Person, *, landlord: str, start: dt.date, signed: dt.date) -> Paper:
    """A Massachusetts tenancy-at-will agreement on a real-estate association's printed form:
    numbered clauses, blanks filled by hand-printed typing, both signatures."""
    s = Sheet()
    s.center(0.55, "TENANCY AT WILL", 16, "serif-bold")
    s.center(0.85, "Greater Boston Real Estate Board · Standard Form", 8, "sans")
    y = s.para(
        0.7,
        1.25,
        7.1,
        f"{landlord}, Landlord, hereby lets to {tenant.name}, Tenant, and the Tenant hereby "
        f"hires and takes as tenant at will of the Landlord, the premises known as {STREET}, "
        f"{CITY}, beginning {long(start)}, at a monthly rent of One Thousand Four Hundred Fifty "
        "Dollars ($1,450.00), payable in advance on the first day of each month.",
        10.5,
        "serif",
    )
    clauses = [
        "1. UTILITIES. The Tenant shall pay for electricity and gas. The Landlord shall "
        "furnish water and hot water.",
        "2. USE OF PREMISES. The premises shall be used as a private residence only, for the "
        "Tenant and the Tenant's two minor children, and for no other purpose.",
        "3. TERMINATION. Either party may end this tenancy by written notice given at least "
        "thirty days, or one full rental period, before the day it is to end.",
        "4. SECURITY DEPOSIT. No security deposit has been paid. Last month's rent of "
        "$1,450.00 has been paid and a receipt given.",
        "5. LEAD PAINT. The Tenant has received the Tenant Lead Law Notification.",
    ]
    y = s.paras(0.7, y + 0.2, 7.1, clauses, pt=10, face="serif")
    s.text(0.7, y + 0.3, f"Signed this {long(signed)}.", 10.5, "serif")
    s.signature(0.9, y + 0.6, landlord, 18)
    s.line(0.7, y + 1.15, 3.7, y + 1.15, 0.6)
    s.text(0.7, y + 1.2, "Landlord", 9, "serif")
    s.signature(4.6, y + 0.6, tenant.name, 16)
    s.line(4.4, y + 1.15, 7.6, y + 1.15, 0.6)
    s.text(4.4, y + 1.2, "Tenant", 9, "serif")
    return drawn(
        "ma_tenancy_at_will",
        [s],
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(start, D(2026, 11, 1)),
    )


def carta_irma(writer: str, subject: Person, *, dated: dt.date) -> Paper:
    """A sister's handwritten-style letter in Portuguese, as families write them: a place and
    date line, "Eu, ..., declaro", no letterhead."""
    s = Sheet()
    y = s.text(4.2, 0.9, f"Framingham, {spelled(dated, 'pt')}", 11, "serif")
    y = s.text(0.9, y + 0.4, "Excelentíssimo Senhor Juiz de Imigração,", 11, "serif") + 0.15
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"Eu, {writer}, brasileira, residente em Framingham, Massachusetts, venho por meio "
            f"desta declarar que sou irmã de {subject.name} e que convivo com ela desde que "
            "chegamos aos Estados Unidos.",
            "Minha irmã é uma mãe dedicada. Ela leva o filho Lucas a todas as consultas médicas "
            "e cuida dele todos os dias por causa da epilepsia. Trabalha muito para sustentar a "
            "família e nunca deixou faltar nada para os filhos.",
            "Peço com todo o respeito que Vossa Excelência permita que ela continue aqui com "
            "os filhos, que nasceram neste país e precisam da mãe.",
        ],
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.2, "Atenciosamente,", 11, "serif")
    s.signature(1.0, y + 0.05, writer, 20)
    s.lines(0.9, y + 0.6, [writer, "Telefone: (508) 555-0183"], 10, "serif")
    return drawn(
        "carta_irma_pt",
        [s],
        "letter_of_support",
        subject,
        "community_ties",
        "pt",
        proves=(dated, dated),
    )


def carta_irma_translation(
    writer: str, subject: Person, *, dated: dt.date, translator: str, signed: dt.date
) -> Paper:
    """Its translation, typed under a heading, the certificate at the foot."""
    s = Sheet()
    y = s.center(0.7, "TRANSLATION", 13, "serif-bold")
    y = s.text(4.2, y + 0.3, f"Framingham, {long(dated)}", 10.5, "serif")
    y = s.text(0.9, y + 0.3, "Most Excellent Immigration Judge,", 10.5, "serif") + 0.1
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"I, {writer}, Brazilian, residing in Framingham, Massachusetts, hereby declare "
            f"that I am the sister of {subject.name} and that I have lived with her since we "
            "arrived in the United States.",
            "My sister is a devoted mother. She takes her son Lucas to all his medical "
            "appointments and cares for him every day because of his epilepsy. She works hard "
            "to support the family and has never let her children go without.",
            "I respectfully ask that Your Honor allow her to remain here with her children, who "
            "were born in this country and need their mother.",
            f"Sincerely, [signature] {writer}, Telephone: (508) 555-0183",
        ],
        pt=10.5,
        face="serif",
    )
    y = s.para(
        0.9,
        y + 0.3,
        6.7,
        f"I, {translator}, certify that I am competent to translate from Portuguese into English "
        "and that the foregoing is a true and accurate translation of the letter in Portuguese "
        "attached hereto.",
        10.5,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator, 18)
    s.lines(
        0.9,
        y + 0.7,
        [
            translator,
            "88 Concord Street, Suite 3, Framingham, MA 01702",
            "Tel. (508) 555-0176",
            f"Date: {us(signed)}",
        ],
        10,
        "serif",
    )
    return drawn(
        "carta_irma_pt_translation", [s], "certificate_of_translation", subject, "community_ties"
    )


def police_incident_report(victim: Person, suspect: Person, *, occurred: dt.date) -> Paper:
    """A town police department's incident report from a records system: the header and
    incident number, an offense box, persons as rows of boxes (victim, suspect), a narrative
    that tells of the c. 209A rights given, the reporting officer's block."""
    s = Sheet()
    s.text(0.5, 0.4, "FRAMINGHAM POLICE DEPARTMENT", 12, "sans-bold")
    s.text(0.5, 0.62, "1 William Welch Way, Framingham, MA 01702", 8, "sans")
    s.text(8.0, 0.4, "INCIDENT REPORT", 12, "sans-bold", align="right")
    s.text(8.0, 0.62, "Incident #: 26-4418-OF", 9, "mono-bold", align="right")
    y = s.grid(
        0.5,
        0.95,
        7.5,
        [
            (
                0.45,
                [
                    (2, "DATE/TIME REPORTED", f"{us(occurred)} 23:17"),
                    (2, "DATE/TIME OCCURRED", f"{us(occurred)} 22:50"),
                    (3.5, "LOCATION", f"{up(STREET)}, FRAMINGHAM"),
                ],
            ),
            (
                0.45,
                [
                    (4, "OFFENSE(S)", "A&B ON FAMILY/HOUSEHOLD MEMBER c265 s13M"),
                    (3.5, "DOMESTIC RELATED", "YES    ARREST: YES"),
                ],
            ),
        ],
        value_pt=8.5,
    )
    y += 0.15
    s.text(0.5, y, "PERSONS", 9, "sans-bold")
    y = s.grid(
        0.5,
        y + 0.2,
        7.5,
        [
            (
                0.45,
                [
                    (0.7, "TYPE", "VICTIM"),
                    (3, "NAME (LAST, FIRST MIDDLE)", victim.last_first(False)),
                    (1.2, "DOB", us(victim.born)),
                    (0.5, "SEX", victim.sex),
                    (2.1, "PHONE", "(508) 555-0177"),
                ],
            ),
            (
                0.45,
                [
                    (0.7, "TYPE", "SUSPECT"),
                    (3, "NAME (LAST, FIRST MIDDLE)", suspect.last_first(False)),
                    (1.2, "DOB", us(suspect.born)),
                    (0.5, "SEX", suspect.sex),
                    (2.1, "STATUS", "ARRESTED"),
                ],
            ),
        ],
        value_pt=8.5,
    )
    y += 0.2
    s.text(0.5, y, "NARRATIVE", 9, "sans-bold")
    y = s.paras(
        0.5,
        y + 0.22,
        7.5,
        [
            f"On the above date and time I was dispatched to {STREET} for a report of a "
            "domestic disturbance. On arrival I met the victim, "
            f"{plain(victim.name)}, who was crying and holding a towel to her lip. She "
            f"stated that her partner, {plain(suspect.name)}, had grabbed her by the neck and "
            "pushed her against the kitchen wall during an argument in front of their children.",
            "I observed redness on both sides of her neck and a small laceration on her lower "
            "lip. The children were unharmed. Framingham Fire evaluated the victim at the scene; "
            "she declined transport.",
            "The suspect was placed under arrest. The victim was advised of her rights under "
            "G.L. c. 209A and given the Domestic Violence Victim Rights form in Portuguese. "
            "An emergency order was requested from the on-call judge and granted by telephone.",
        ],
        pt=9.5,
        face="serif",
    )
    s.grid(
        0.5,
        y + 0.2,
        7.5,
        [
            (
                0.45,
                [
                    (3, "REPORTING OFFICER", "PTL. KEVIN M. ABRANTES #214"),
                    (2, "APPROVED BY", "SGT. L. NUNES #88"),
                    (2.5, "DATE", us(occurred)),
                ],
            ),
        ],
        value_pt=8.5,
    )
    return drawn(
        "framingham_incident_report",
        [s],
        "police_report",
        victim,
        "crime_victim",
        proves=(occurred, occurred),
    )


def phone_bill(person: Person, *, period: tuple[dt.date, dt.date]) -> Paper:
    """A wireless carrier's bill: the carrier's mark, "Your bill", the account box, the bill
    period, the amount due and a summary of charges by line."""
    s = Sheet()
    s.rect(0.5, 0.4, 0.35, 0.35, outline=None, fill=(200, 20, 30))
    s.text(0.95, 0.42, "northwave wireless", 16, "sans-bold")
    s.text(0.5, 1.0, "Your bill", 20, "sans-bold")
    s.text(0.5, 1.42, f"Bill period: {abbrev(period[0])} - {abbrev(period[1])}", 10, "sans")
    s.lines(0.5, 1.9, [up(person.name), up(STREET), up(CITY)], 10, "sans")
    s.grid(
        5.0,
        0.95,
        2.9,
        [
            (0.45, [(1, "Account number", "742118803-00001")]),
            (0.45, [(1, "Invoice number", "8819204471")]),
            (0.55, [(1, "Total due", "$95.00")]),
            (0.45, [(1, "Due date", abbrev(period[1] + dt.timedelta(days=20)))]),
        ],
        value_pt=10,
        value_face="sans-bold",
    )
    y = s.table(
        0.5,
        3.2,
        [4.5, 1.5, 1.5],
        [
            ["Summary", "", "Amount"],
            ["Previous balance", "", "$95.00"],
            [f"Payment - thank you  {abbrev(period[0] + dt.timedelta(days=6))}", "", "-$95.00"],
            ["Line (508) 555-0177  Luciana  Unlimited Plan", "", "$55.00"],
            ["Line (508) 555-0179  Sophia  Kids Plan", "", "$30.00"],
            ["Surcharges and taxes", "", "$10.00"],
            ["Total due", "", "$95.00"],
        ],
        pt=9.5,
        rules="header",
        align=["left", "left", "right"],
    )
    s.text(0.5, y + 0.4, "Pay online at northwave.example/pay or call 1-800-555-0155.", 9, "sans")
    s.text(0.5, 10.3, "Page 1 of 4", 7, "sans", fill=GREY)
    return drawn(
        "wireless_phone_bill",
        [s],
        "residence_record",
        person,
        "length_of_residence",
        proves=period,
    )


def abbrev(d: dt.date) -> str:
    return d.strftime("%b %d, %Y").replace(" 0", " ")


def attendance_summary(student: Person, *, year: int) -> Paper:
    """A student information system's attendance printout: the district and school, the
    student's line, a table of months with days in membership, present and absent."""
    s = Sheet()
    s.text(0.6, 0.5, "Framingham Public Schools", 11, "sans-bold")
    s.text(0.6, 0.7, "Aspen Student Information System", 8, "sans", fill=GREY)
    s.text(7.9, 0.5, "Student Attendance Summary", 12, "sans-bold", align="right")
    s.text(7.9, 0.72, f"School year {year}-{year + 1}", 9, "sans", align="right")
    s.line(0.6, 0.95, 7.9, 0.95, 0.8)
    s.text(
        0.6,
        1.1,
        f"Student: {student.surname}, {student.given}   ID: 2014-22871   DOB: {us(student.born)}",
        9.5,
        "sans",
    )
    s.text(
        0.6, 1.3, "School: Brophy Elementary   Grade: 06   Homeroom: 214 (Ms. Quintal)", 9.5, "sans"
    )
    rows = [["Month", "Membership", "Present", "Absent (Exc)", "Absent (Unexc)", "Tardy"]]
    months = ["Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    days = [18, 21, 17, 16, 19, 15, 21, 16, 20, 12]
    absent = [0, 1, 0, 2, 0, 0, 1, 0, 0, 0]
    for m, n, a in zip(months, days, absent, strict=True):
        rows.append(
            [f"{m} {year if m in months[:4] else year + 1}", str(n), str(n - a), str(a), "0", "0"]
        )
    rows.append(["Total", str(sum(days)), str(sum(days) - sum(absent)), str(sum(absent)), "0", "0"])
    y = s.table(
        0.6, 1.7, [1.3, 1.2, 1.1, 1.3, 1.4, 1.0], rows, pt=9, align=["left"] + ["right"] * 5
    )
    s.text(
        0.6,
        y + 0.3,
        f"Attendance rate: {100 * (1 - sum(absent) / sum(days)):.1f}%",
        9.5,
        "sans-bold",
    )
    s.text(0.6, 10.3, f"Printed {us(D(year + 1, 6, 20))} by FPS Registrar", 7, "sans", fill=GREY)
    return drawn(
        "aspen_attendance_summary",
        [s],
        "school_record",
        student,
        ("education", "us_family"),
        proves=(D(year, 9, 1), D(year + 1, 6, 20)),
    )


def recibo_aluguel(tenant: Person, *, landlord: str, month_paid: dt.date, paid: dt.date) -> Paper:
    """A rent receipt from a receipt book, filled in Portuguese by a Brazilian landlord:
    "RECIBO", the amount in figures and words, "referente ao aluguel", the address, signed."""
    s = Sheet(8.5, 3.8)
    s.border(0.12, 1.2, double=False)
    s.text(0.35, 0.3, "RECIBO", 18, "serif-bold")
    s.text(5.2, 0.32, "Nº 0087", 11, "mono-bold")
    s.text(6.4, 0.3, "US$ 1.450,00", 13, "mono-bold")
    y = s.para(
        0.35,
        0.95,
        7.8,
        f"Recebi de {tenant.name} a importância de mil quatrocentos e cinquenta dólares, "
        f"referente ao aluguel do mês de {spelled(month_paid, 'pt').split(' de ', 1)[1]} do "
        f"apartamento situado à {STREET}, {CITY}.",
        12,
        "serif-italic",
    )
    s.text(0.35, y + 0.25, "Para maior clareza firmo o presente.", 11, "serif")
    s.text(4.5, y + 0.25, f"Framingham, {spelled(paid, 'pt')}", 11, "serif")
    s.signature(4.6, y + 0.55, landlord, 16)
    s.line(4.5, y + 1.05, 7.9, y + 1.05, 0.6)
    s.text(4.5, y + 1.1, f"{landlord} (proprietário)", 9, "serif")
    return drawn(
        "recibo_aluguel_pt",
        [s],
        "residence_record",
        tenant,
        "length_of_residence",
        "pt",
        proves=(month_paid, paid),
    )


def moraes() -> CasePlan:
    """Framingham: a Brazilian mother of two US-citizen children, a survivor of domestic
    violence under a 209A order, caring for her son who has epilepsy."""
    luciana = Person(
        "Luciana Aparecida", "Moraes Ferreira", D(1989, 4, 22), "F", "Governador Valadares"
    )
    mother = Person("Sônia Regina", "Moraes", D(1962, 8, 14), "F")
    father = Person("Geraldo", "Ferreira", D(1958, 1, 30), "M")
    everton = Person("Everton", "Lopes Batista", D(1986, 3, 11), "M")
    sophia = Person("Sophia Vitória", "Lopes Moraes", D(2014, 11, 3), "F", "Framingham")
    lucas = Person("Lucas Gabriel", "Lopes Moraes", D(2017, 6, 19), "M", "Framingham")
    rep = {
        "name": "Hannah Castellanos-Reid",
        "organization": "MetroWest Immigrant Legal Defense",
        "address": ["200 Union Avenue, Suite 5", "Framingham, MA 01702"],
        "phone": "508-555-0120",
        "email": "hcreid@mwild.example",
        "eoir_id": "MA771204",
    }
    seed = 12400
    placed = [
        capture.card_photo(
            brazil_passport(luciana, number="GF482913", issued=D(2023, 2, 6), expiry=D(2033, 2, 5)),
            "scans/passaporte.jpg",
            seed + 1,
        ),
        capture.desk(
            brazil_certidao(luciana, mother, father, issued=D(2024, 7, 18)),
            "scans/certidao de nascimento.jpg",
            seed + 2,
            quality=40,
        ),
        capture.scan(
            certidao_translation(
                luciana, mother, father, translator="Mariana Barbosa Quinn", dated=D(2026, 9, 12)
            ),
            "scans/translation birth certificate.pdf",
            seed + 3,
        ),
        capture.scan(
            abuse_prevention_order(luciana, everton, [sophia, lucas], issued=D(2026, 3, 9)),
            "scans/209A order.pdf",
            seed + 4,
            dpi=150,
        ),
        capture.scan(
            shelter_advocate_letter(luciana, since=D(2026, 2, 21), dated=D(2026, 10, 8)),
            "scans/advocate letter.jpg",
            seed + 5,
        ),
        capture.copier(
            [
                neurology_letter(lucas, luciana, since=D(2021, 5, 4), dated=D(2026, 9, 29)),
                iep(lucas, luciana, start=D(2026, 4, 6)),
                bank_statement(luciana, period=(D(2026, 8, 1), D(2026, 8, 31))),
            ],
            "scans/SCAN_20261104.pdf",
            seed + 6,
        ),
        capture.scan(
            ma_birth(sophia, luciana, everton, issued=D(2024, 9, 3), number="2014-003318"),
            "scans/sophia birth.pdf",
            seed + 10,
        ),
        capture.scan(
            ma_birth(lucas, luciana, everton, issued=D(2024, 9, 3), number="2017-001902"),
            "scans/lucas birth.pdf",
            seed + 11,
        ),
        capture.desk(
            hiset_certificate(luciana, passed=D(2019, 6, 14)),
            "scans/IMG_3318.jpg",
            seed + 12,
        ),
        capture.scan(
            esl_certificate(luciana, completed=D(2026, 6, 11)),
            "scans/ESL certificate.jpg",
            seed + 13,
        ),
        capture.scan(
            bilingual_employer_letter(luciana, hired=D(2016, 3, 14), dated=D(2026, 10, 20)),
            "scans/carta do trabalho.pdf",
            seed + 14,
        ),
        capture.desk(
            after_visit_summary(lucas, luciana, visited=D(2026, 8, 18)),
            "scans/IMG_3402.jpg",
            seed + 16,
            surface="pale",
        ),
        capture.scan(
            itin_notice(luciana, itin="9XX-83-4417", dated=D(2017, 5, 22)),
            "scans/ITIN letter.pdf",
            seed + 17,
        ),
        capture.scan(
            tenancy_at_will(
                luciana, landlord="Walter J. Kozlowski", start=D(2019, 9, 1), signed=D(2019, 8, 24)
            ),
            "scans/tenancy.pdf",
            seed + 18,
            dpi=150,
        ),
        capture.desk(
            carta_irma("Patrícia Moraes Ferreira", luciana, dated=D(2026, 10, 3)),
            "scans/WhatsApp Image 2026-10-04 at 09.12.55.jpeg",
            seed + 19,
        ),
        capture.scan(
            carta_irma_translation(
                "Patrícia Moraes Ferreira",
                luciana,
                dated=D(2026, 10, 3),
                translator="Mariana Barbosa Quinn",
                signed=D(2026, 10, 9),
            ),
            "scans/letter sister english.pdf",
            seed + 20,
        ),
        capture.scan(
            police_incident_report(luciana, everton, occurred=D(2026, 2, 20)),
            "scans/police report.pdf",
            seed + 21,
        ),
        capture.desk(
            phone_bill(luciana, period=(D(2025, 12, 11), D(2026, 1, 10))),
            "scans/IMG_3417.jpg",
            seed + 22,
            turn=180,
        ),
        capture.scan(
            attendance_summary(sophia, year=2025),
            "scans/sophia attendance.pdf",
            seed + 23,
        ),
        capture.desk(
            recibo_aluguel(
                luciana, landlord="Gilberto Souza", month_paid=D(2018, 4, 1), paid=D(2018, 4, 2)
            ),
            "scans/recibo abril 2018.jpg",
            seed + 24,
        ),
        capture.scan(
            doc.g28_single(
                luciana,
                a_number="A214-880-317",
                rep={**rep, "bar_state": "MA", "bar_number": "690412"},
                address=(STREET, CITY),
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
            "name": luciana.name,
            "a_number": "214-880-317",
            "date_of_birth": luciana.born,
            "country": "Brazil",
            "entered_us": D(2013, 8, 20),
            "address": [STREET, CITY],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Boston, MA",
            "next_hearing": D(2027, 4, 13),
            "hearing_type": "master",
            "opla_office": "Boston",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2016, 3, 14),
            "children": [
                {"name": sophia.name, "date_of_birth": sophia.born, "status": "usc"},
                {"name": lucas.name, "date_of_birth": lucas.born, "status": "usc"},
            ],
            "education": True,
            "caretaker": {"person": lucas.name, "condition": "epilepsy"},
            "crime_victim": {"kind": "domestic_violence"},
            "community_ties": True,
        },
    }
    return CasePlan(
        "moraes",
        "tuning",
        case,
        placed,
        # the landlord's receipt in Portuguese has no translation in the folder
        [{"code": "untranslated-document", "file": "scans/recibo abril 2018.jpg"}],
        notes="no deliberate gap: employed since 2016-03, the claimed residence start",
    )
