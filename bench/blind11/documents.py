# ruff: noqa: E501  (the papers' wording is kept on one line each, as printed)
"""The papers of the eleventh blind corpus, drawn as their issuers print them: passports of
Kenya, Burundi, Uruguay and Cabo Verde, their birth records, US vital records of Tennessee,
Rhode Island and Massachusetts, a DD 214, VA, IRS, SSA, school, court, police and clinic papers,
letters. Every name, number and address is invented.
"""

from __future__ import annotations

import datetime as dt

from tests.realistic import dates
from tests.realistic.dates import long, us
from tests.realistic.model import Person, plain, up
from tests.realistic.paper import (
    BLUE_INK,
    GREY,
    INK,
    Sheet,
    card,
    letterhead,
    monospace_page,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)

__all__ = ["long", "us"]

RED = (150, 30, 40)
NAVY = (20, 40, 90)
GREEN = (30, 90, 50)


def money(value: float) -> str:
    return f"{value:,.2f}"


# ---------------------------------------------------------------- passports


def passport(
    *,
    person: Person,
    seed: int,
    header: list[str],
    labels: list[str],
    code: str,
    number: str,
    nationality: str,
    zone: tuple[str, ...],
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    date_language: str = "en",
    tint: tuple[tuple[int, int, int], tuple[int, int, int]] = ((232, 230, 240), (214, 220, 236)),
    personal: str = "",
) -> list[Sheet]:
    """A passport's data page (125 x 88 mm): the state's name, the photo, twelve labelled
    fields (labels in one or two languages) and the two lines of the zone."""
    s = card(125, 88)
    tinted(s, *tint)
    s.security_background(seed, (200, 204, 222))
    y = 0.1
    for line in header:
        y = s.center(y, line, 8.5 if line is header[0] else 7, "sans-bold")
    portrait(s, 0.22, 0.62, 1.15, 1.5, seed)
    values = [
        "P",
        code,
        number,
        up(person.surname),
        up(person.given),
        nationality,
        dates.card(person.born, date_language),
        person.sex,
        up(person.birthplace),
        dates.card(issued, date_language),
        dates.card(expiry, date_language),
        authority,
    ]
    x0, x1, x2 = 1.55, 2.55, 3.55
    rows = [
        [(x0, 0), (x1, 1), (x2, 2)],
        [(x0, 3)],
        [(x0, 4)],
        [(x0, 5)],
        [(x0, 6), (x2, 7)],
        [(x0, 8)],
        [(x0, 9), (x2, 11)],
        [(x0, 10)],
    ]
    y = 0.6
    for row in rows:
        for x, i in row:
            s.text(x, y, labels[i], 5, "sans")
            s.text(x, y + 0.085, values[i], 7.5, "sans-bold")
        y += 0.255
    if personal:
        s.text(0.22, 2.2, personal, 6, "sans-bold")
    s.signature(0.3, 2.32, person.first, 11)
    mrz_lines(s, 2.72, zone, 10.5)
    return [s]


# ---------------------------------------------------------------- foreign birth records


def kenya_birth(
    person: Person, father: str, mother: str, entry: str, serial: str, registered: dt.date
) -> list[Sheet]:
    """A Kenyan certificate of birth: the arms, the table of the register's columns, the
    assistant registrar's certificate under the Births and Deaths Registration Act."""
    s = Sheet(paper=(250, 248, 236))
    s.security_background(11, (228, 222, 200))
    s.border(0.35, 2.5)
    s.text(6.9, 0.6, f"No. {serial}", 11, "mono-bold", fill=RED)
    s.logo(3.95, 0.65, 0.6, "shield", (120, 60, 40))
    y = s.center(1.35, "REPUBLIC OF KENYA", 16, "serif-bold")
    y = s.center(y + 0.05, "CERTIFICATE OF BIRTH", 20, "serif-bold")
    y = s.center(y + 0.05, "BIRTHS AND DEATHS REGISTRATION ACT (Cap. 149)", 9, "serif")
    y = s.center(y + 0.12, "Birth in the Uasin Gishu District", 10, "serif-italic") + 0.15
    rows = [
        ("Entry No.", entry),
        ("Where Born", f"{person.birthplace}".upper()),
        ("Name", up(person.name)),
        ("Date of Birth", f"{person.born.day:02d}.{person.born.month:02d}.{person.born.year}"),
        ("Sex", "MALE" if person.sex == "M" else "FEMALE"),
        ("Name and Surname of Father", up(father)),
        ("Name and Maiden Surname of Mother", up(mother)),
        ("Name, Description and Residence of Informant", f"{up(father)}, FATHER, ELDORET"),
        ("Date of Registration", f"{registered.day:02d}.{registered.month:02d}.{registered.year}"),
        ("Name of Registering Officer", "J. K. MUTAI"),
    ]
    for label, value in rows:
        s.rect(0.9, y, 6.7, 0.42, weight=0.7)
        s.line(3.6, y, 3.6, y + 0.42, 0.7)
        s.text(1.0, y + 0.12, label, 9.5, "serif")
        s.text(3.7, y + 0.12, value, 10.5, "mono-bold")
        y += 0.42
    y += 0.3
    y = s.para(
        0.9,
        y,
        6.7,
        "I, PETER KIBET LANGAT, Assistant Registrar for Uasin Gishu District, hereby "
        "certify that this certificate is compiled from an entry/return in the Register of "
        "Births in the District.",
        10.5,
    )
    y = s.para(
        0.9,
        y + 0.12,
        6.7,
        f"Given under the seal of the Registrar of Births and Deaths on the {registered.day}th "
        f"day of {dates.month(registered)}, {registered.year}.",
        10.5,
    )
    s.seal(1.9, y + 0.9, 0.65, "REGISTRAR OF BIRTHS AND DEATHS * KENYA * ", "SEAL")
    s.signature(4.9, y + 0.5, "P. K. Langat", 18)
    s.line(4.7, y + 1.05, 7.4, y + 1.05, 0.6)
    s.text(4.8, y + 1.1, "Assistant Registrar", 9.5, "serif")
    s.text(
        0.9,
        10.2,
        "NOTE: This certificate is issued under Section 12 of the Births and Deaths "
        "Registration Act. Any alteration renders it invalid.",
        7.5,
        "serif-italic",
    )
    return [s]


def burundi_acte(
    person: Person, father: str, mother: str, number: str, issued: dt.date
) -> list[Sheet]:
    """A Burundian extrait d'acte de naissance: the republic and commune at the top left, the
    officer's declaration in French, names surname first in capitals, the commune's stamp."""
    s = Sheet(paper=(252, 251, 245))
    s.lines(
        0.8,
        0.6,
        ["REPUBLIQUE DU BURUNDI", "MINISTERE DE L'INTERIEUR", "PROVINCE DE NGOZI", "COMMUNE NGOZI"],
        10,
        "sans-bold",
    )
    s.text(0.8, 1.55, "SERVICE DE L'ETAT CIVIL", 9, "sans")
    s.text(5.3, 0.6, f"N° {number}", 11, "mono-bold")
    s.logo(5.6, 0.95, 0.55, "shield", (160, 30, 40))
    y = s.center(2.2, "EXTRAIT D'ACTE DE NAISSANCE", 17, "serif-bold")
    surname, given = up(person.surname), plain(person.given)
    b = person.born
    body = [
        f"L'an mil neuf cent quatre-vingt-dix, le {b.day} {dates.month(b, 'fr')}, est né(e) à "
        f"{person.birthplace}, Province de Ngozi, un enfant de sexe "
        f"{'féminin' if person.sex == 'F' else 'masculin'} auquel a été donné le nom de :",
        f"{surname} {given}",
        f"Fille de : {up(father)}, cultivateur, domicilié à Ngozi",
        f"Et de : {up(mother)}, ménagère, domiciliée à Ngozi",
        "Sur la déclaration du père, faite le 30 juillet 1990 devant Nous, Officier de l'Etat "
        "Civil de la Commune Ngozi, qui avons dressé le présent acte inscrit au registre des "
        "naissances de l'année 1990, volume II, folio 87.",
    ]
    y += 0.35
    for i, text in enumerate(body):
        if i == 1:
            y = s.center(y, text, 14, "mono-bold") + 0.15
        else:
            y = s.para(0.9, y, 6.7, text, 11.5, "serif") + 0.15
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        f"Pour extrait certifié conforme au registre. Délivré à Ngozi, le "
        f"{issued.day:02d}/{issued.month:02d}/{issued.year}.",
        11.5,
        "serif",
    )
    s.text(4.6, y + 0.35, "L'Officier de l'Etat Civil", 11, "serif-bold")
    s.signature(4.8, y + 0.65, "Ndikumana", 20)
    s.text(4.6, y + 1.3, "NDIKUMANA Jean-Bosco", 10.5, "serif")
    s.stamp(1.2, y + 0.55, ["COMMUNE NGOZI", "ETAT CIVIL", "BURUNDI"], 10, (60, 60, 150), -6)
    s.text(0.8, 10.3, "Droits perçus : 2.000 FBu   Quittance n° 0045117", 8.5, "serif-italic")
    return [s]


def uruguay_partida(
    person: Person, father: str, mother: str, acta: str, issued: dt.date
) -> list[Sheet]:
    """A Uruguayan testimonio de partida de nacimiento from the Registro de Estado Civil: the
    ministry's heading, the boxed register data and the transcribed act in Spanish."""
    s = Sheet()
    s.security_background(23, (222, 232, 242))
    s.logo(0.8, 0.55, 0.6, "star", (200, 160, 30))
    s.lines(
        1.6,
        0.55,
        [
            "REPÚBLICA ORIENTAL DEL URUGUAY",
            "MINISTERIO DE EDUCACIÓN Y CULTURA",
            "DIRECCIÓN GENERAL DEL REGISTRO DE ESTADO CIVIL",
        ],
        10,
        "sans-bold",
    )
    y = s.center(1.6, "TESTIMONIO DE PARTIDA DE NACIMIENTO", 15, "sans-bold")
    y = s.grid(
        0.8,
        y + 0.2,
        6.9,
        [
            (
                0.45,
                [
                    (2, "DEPARTAMENTO", "MONTEVIDEO"),
                    (1, "SECCIÓN JUDICIAL", "4a."),
                    (1, "AÑO", str(person.born.year)),
                    (1, "ACTA N°", acta),
                ],
            )
        ],
        label_pt=6,
    )
    b = person.born
    text = (
        f"En Montevideo, el día cinco de noviembre de mil novecientos setenta y nueve, ante mí, "
        f"Oficial de Estado Civil de la Cuarta Sección Judicial, comparece {father}, oriental, "
        f"de treinta y cuatro años, empleado, domiciliado en la calle Garibaldi 2417, y declara "
        f"que el día {b.day} de {dates.month(b, 'es')} de {b.year}, a la hora catorce y "
        f"veinte, en el Hospital Pereira Rossell de esta ciudad, nació un niño de sexo "
        f"masculino a quien se le puso por nombre {up(person.given)}, hijo del compareciente "
        f"y de {mother}, oriental, de treinta y tres años, labores, del mismo domicilio. "
        f"Abuelos paternos: Ramón Olivera y Blanca Acosta. Abuelos maternos: Héctor Pereyra y "
        f"Nélida Silva. Fueron testigos Julio Sosa y Raquel Ferreira, mayores de edad, de este "
        f"domicilio. Leída que les fue, la firman conmigo."
    )
    y = s.para(0.9, y + 0.3, 6.7, text, 11, "serif", 1.45)
    y = s.text(0.9, y + 0.2, "NOTAS MARGINALES: No tiene.", 10.5, "serif-bold")
    y = s.para(
        0.9,
        y + 0.25,
        6.7,
        f"ES COPIA FIEL del acta original que obra en este Registro. Montevideo, "
        f"{issued.day} de {dates.month(issued, 'es')} de {issued.year}.",
        11,
        "serif",
    )
    s.signature(4.9, y + 0.35, "Graciela Núñez", 18)
    s.line(4.6, y + 0.95, 7.5, y + 0.95, 0.6)
    s.text(4.7, y + 1.0, "Oficial de Estado Civil", 9.5, "serif")
    s.seal(2.0, y + 1.0, 0.62, "REGISTRO DE ESTADO CIVIL * MONTEVIDEO * ", "R.E.C.")
    s.text(0.9, 10.25, "Timbre profesional abonado. Serie EC N° 0931877", 8, "sans")
    return [s]


def caboverde_certidao(
    person: Person, father: str, mother: str, assento: str, issued: dt.date
) -> list[Sheet]:
    """A Cabo Verdean certidão de nascimento from the Conservatória of Praia: numbered items in
    Portuguese, the date spelled out, the conservador's signature and the fees."""
    s = Sheet(paper=(252, 252, 248))
    s.logo(3.95, 0.45, 0.6, "star", (30, 60, 140))
    y = s.center(1.15, "REPÚBLICA DE CABO VERDE", 13, "serif-bold")
    y = s.center(y, "MINISTÉRIO DA JUSTIÇA", 10, "serif")
    y = s.center(y, "CONSERVATÓRIA DO REGISTO CIVIL DA PRAIA", 11, "serif-bold")
    y = s.center(y + 0.25, "CERTIDÃO DE NASCIMENTO", 17, "serif-bold")
    y = s.center(y, f"Assento n.º {assento} do ano de {person.born.year}", 10.5, "serif-italic")
    b = person.born
    items = [
        ("1. Nome", up(person.name)),
        ("2. Sexo", "Masculino" if person.sex == "M" else "Feminino"),
        (
            "3. Data do nascimento",
            f"dezoito de {dates.month(b, 'pt')} de mil novecentos e noventa e dois",
        ),
        ("4. Hora", "07h30"),
        ("5. Local", "Hospital Dr. Agostinho Neto, freguesia de Nossa Senhora da Graça"),
        ("6. Concelho", "Praia, ilha de Santiago"),
        ("7. Pai", f"{father}, natural de Santa Catarina"),
        ("8. Mãe", f"{mother}, natural da Praia"),
        ("9. Avós paternos", "Jorge Monteiro e Maria Tavares"),
        ("10. Avós maternos", "Domingos Fernandes e Antónia Semedo"),
        ("11. Declarante", "o pai"),
    ]
    y += 0.3
    for label, value in items:
        s.text(0.9, y, label + ":", 10.5, "serif-bold")
        y = s.para(3.0, y, 4.6, value, 10.5, "serif") + 0.08
    y = s.para(
        0.9,
        y + 0.25,
        6.7,
        f"Está conforme o original. Conservatória do Registo Civil da Praia, aos "
        f"{issued.day} dias do mês de {dates.month(issued, 'pt')} de {issued.year}.",
        10.5,
        "serif",
    )
    s.text(4.8, y + 0.3, "O Conservador,", 10.5, "serif")
    s.signature(4.9, y + 0.55, "Arlindo Lopes", 18)
    s.text(4.8, y + 1.15, "Arlindo Barbosa Lopes", 9.5, "serif")
    s.seal(2.0, y + 1.0, 0.6, "CONSERVATÓRIA DO REGISTO CIVIL * PRAIA * ", "CV")
    s.table(
        0.9,
        9.5,
        [2.6, 1.2],
        [["Emolumentos", "CVE"], ["Certidão", "350$00"], ["Selo", "50$00"]],
        8,
        "serif",
        "serif-bold",
    )
    return [s]


def translation(
    title: str,
    heading: list[str],
    body: list[str],
    certificate: list[str],
    translator: str,
    translator_lines: list[str],
    signed: dt.date,
) -> list[Sheet]:
    """An English translation typed by a translator, with its certificate on the same page
    under a rule."""
    s = Sheet()
    y = s.center(0.7, title, 13, "serif-bold")
    y = s.center(y, "[Translation from the original]", 9, "serif-italic") + 0.15
    for line in heading:
        y = s.center(y, line, 10, "serif-bold")
    y = s.paras(0.9, y + 0.2, 6.7, body, gap=0.1, pt=10.5, face="serif")
    y = max(y + 0.2, 6.9)
    s.line(0.9, y, 7.6, y, 1)
    y = s.center(y + 0.12, "CERTIFICATE OF TRANSLATION", 11, "serif-bold") + 0.08
    y = s.paras(0.9, y, 6.7, certificate, gap=0.08, pt=10, face="serif")
    s.signature(1.0, y + 0.05, translator, 18)
    s.line(0.9, y + 0.55, 3.9, y + 0.55, 0.6)
    y = s.lines(0.9, y + 0.6, [translator, *translator_lines], 9.5, "serif")
    s.text(5.2, y - 0.2, f"Date: {us(signed)}", 10, "serif")
    return [s]


# ---------------------------------------------------------------- US vital records


def tennessee_birth(
    child: Person,
    mother: Person,
    father: Person,
    facility: str,
    county: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
) -> list[Sheet]:
    """A Tennessee certified certificate of birth: Office of Vital Records, numbered boxes,
    the state registrar's certification, on green security paper."""
    s = Sheet(paper=(240, 248, 240))
    s.security_background(31, (205, 228, 210))
    s.border(0.3, 1.5)
    s.text(0.7, 0.55, "TENNESSEE DEPARTMENT OF HEALTH", 9, "sans-bold")
    s.text(0.7, 0.72, "OFFICE OF VITAL RECORDS", 9, "sans")
    s.text(7.8, 0.55, f"STATE FILE NUMBER  {file_no}", 9, "mono-bold", align="right")
    y = s.center(1.05, "STATE OF TENNESSEE", 14, "serif-bold")
    y = s.center(y, "CERTIFICATE OF BIRTH", 18, "serif-bold") + 0.15
    rows = [
        (
            0.5,
            [
                (3, "1. CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                (1, "2. SEX", "FEMALE" if child.sex == "F" else "MALE"),
            ],
        ),
        (
            0.5,
            [
                (1.4, "3. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                (1, "4. TIME OF BIRTH", "0317"),
                (1.6, "5. PLACE OF BIRTH: CITY/TOWN", "CLARKSVILLE"),
            ],
        ),
        (
            0.5,
            [
                (2.6, "6. FACILITY NAME (If not institution, give street and number)", facility),
                (1.4, "7. COUNTY OF BIRTH", county),
            ],
        ),
        (
            0.5,
            [
                (2.6, "8. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(mother.name)),
                (1.4, "9. DATE OF BIRTH (Mo/Day/Yr)", us(mother.born)),
            ],
        ),
        (
            0.5,
            [
                (2.6, "10. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (1.4, "11. BIRTHPLACE (State, Territory or Foreign Country)", "KENYA"),
            ],
        ),
        (
            0.5,
            [
                (2.6, "12. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(father.name)),
                (1.4, "13. DATE OF BIRTH (Mo/Day/Yr)", us(father.born)),
            ],
        ),
        (
            0.5,
            [
                (2.6, "14. FATHER'S BIRTHPLACE", "KENYA"),
                (1.4, "15. DATE FILED BY REGISTRAR", us(filed)),
            ],
        ),
        (
            0.5,
            [
                (2.6, "16. CERTIFIER'S NAME AND TITLE", "R. HALVORSEN, M.D. - PHYSICIAN"),
                (1.4, "17. DATE CERTIFIED", us(child.born + dt.timedelta(days=1))),
            ],
        ),
    ]
    y = s.grid(0.7, y, 7.1, rows, label_pt=5.5, value_pt=10)
    y = s.para(
        0.8,
        y + 0.35,
        6.9,
        "This is to certify that this is a true and correct copy of the official record filed "
        "with the Tennessee Office of Vital Records. This certified copy is not valid unless "
        "it bears the raised seal of the Office of Vital Records.",
        9.5,
        "serif",
    )
    s.seal(1.7, y + 1.0, 0.7, "TENNESSEE * OFFICE OF VITAL RECORDS * ", "SEAL")
    s.signature(4.8, y + 0.5, "Gregory Whitfield", 18)
    s.line(4.6, y + 1.05, 7.6, y + 1.05, 0.6)
    s.lines(4.7, y + 1.1, ["State Registrar", f"Date Issued: {us(issued)}"], 9, "serif")
    s.text(0.7, 10.35, "PH-1654 (Rev. 01/20)          RDA 1244", 7, "sans")
    return [s]


def rhode_island_birth(
    child: Person, mother: Person, father_name: str, hospital: str, number: str, issued: dt.date
) -> list[Sheet]:
    """A Rhode Island certified copy of a certificate of live birth: Department of Health,
    Center for Vital Records, a boxed record and the registrar's attest."""
    s = Sheet(paper=(246, 244, 252))
    s.security_background(37 + child.born.year, (222, 216, 238))
    s.logo(0.7, 0.5, 0.55, "star", (40, 70, 140))
    s.lines(
        1.4,
        0.5,
        ["STATE OF RHODE ISLAND", "DEPARTMENT OF HEALTH", "CENTER FOR VITAL RECORDS"],
        10,
        "sans-bold",
    )
    s.text(7.8, 0.55, "CERTIFIED COPY", 10, "sans-bold", fill=RED, align="right")
    y = s.center(1.45, "CERTIFICATE OF LIVE BIRTH", 17, "serif-bold")
    y = s.center(y, f"State File No. {number}", 9.5, "mono") + 0.15
    rows = [
        (
            0.48,
            [
                (1, "CHILD - FIRST NAME", up(child.first)),
                (1, "MIDDLE NAME", up(child.middle)),
                (1.2, "LAST NAME", up(child.surname)),
            ],
        ),
        (
            0.48,
            [
                (1, "DATE OF BIRTH", us(child.born)),
                (0.6, "SEX", child.sex),
                (1.6, "CITY OR TOWN OF BIRTH", "PROVIDENCE"),
            ],
        ),
        (
            0.48,
            [(2.2, "PLACE OF BIRTH (HOSPITAL OR ADDRESS)", hospital), (1, "COUNTY", "PROVIDENCE")],
        ),
        (
            0.48,
            [
                (2.2, "MOTHER - NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (1, "MOTHER - BIRTHPLACE", "BURUNDI"),
            ],
        ),
        (
            0.48,
            [
                (2.2, "FATHER / PARENT - NAME", up(father_name)),
                (1, "FATHER - BIRTHPLACE", "BURUNDI"),
            ],
        ),
        (
            0.48,
            [
                (2.2, "MOTHER'S RESIDENCE - STREET, CITY", "118 POTTERS AVE, PROVIDENCE RI"),
                (1, "DATE RECORDED", us(child.born + dt.timedelta(days=9))),
            ],
        ),
    ]
    y = s.grid(0.7, y, 7.1, rows, label_pt=6, value_pt=10, value_face="sans-bold")
    y = s.para(
        0.8,
        y + 0.4,
        6.9,
        "I hereby certify that this is a true copy of the record on file in the Center for "
        "Vital Records, Rhode Island Department of Health. Issued under the provisions of "
        "R.I. Gen. Laws § 23-3-23.",
        9.5,
        "serif",
    )
    s.signature(4.9, y + 0.4, "Colleen M. Ferris", 17)
    s.line(4.7, y + 0.95, 7.6, y + 0.95, 0.6)
    s.lines(4.8, y + 1.0, ["State Registrar of Vital Records", f"Issued {us(issued)}"], 9, "serif")
    s.seal(1.8, y + 1.0, 0.66, "RHODE ISLAND DEPARTMENT OF HEALTH * ", "RI")
    s.text(0.7, 10.3, "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE", 7.5, "sans-bold")
    return [s]


def massachusetts_birth(
    child: Person, mother: Person, father: Person, hospital: str, record: str, issued: dt.date
) -> list[Sheet]:
    """A Massachusetts certified copy of a birth record issued by the city clerk of Brockton:
    the Commonwealth's heading, the record's fields, the clerk's attestation."""
    s = Sheet(paper=(250, 247, 238))
    s.security_background(41, (232, 222, 204))
    s.border(0.3, 1.2, double=False)
    y = s.center(0.6, "THE COMMONWEALTH OF MASSACHUSETTS", 14, "serif-bold")
    y = s.center(y, "CERTIFIED COPY OF BIRTH RECORD", 12, "serif")
    y = s.center(y + 0.02, "CITY OF BROCKTON - OFFICE OF THE CITY CLERK", 9, "sans")
    s.text(7.7, 0.5, f"Record No. {record}", 8.5, "mono", align="right")
    rows = [
        (0.48, [(3, "CHILD - NAME (FIRST, MIDDLE, LAST)", up(child.name)), (1, "SEX", child.sex)]),
        (
            0.48,
            [
                (1.3, "DATE OF BIRTH", us(child.born)),
                (0.8, "TIME", "10:42 PM"),
                (2, "PLACE OF BIRTH", f"{hospital}, BROCKTON"),
            ],
        ),
        (
            0.48,
            [
                (
                    3,
                    "MOTHER / PARENT - NAME (FIRST, MIDDLE, LAST, SURNAME AT BIRTH)",
                    up(mother.name),
                ),
                (1, "BIRTHPLACE", "CABO VERDE"),
            ],
        ),
        (
            0.48,
            [
                (3, "FATHER / PARENT - NAME (FIRST, MIDDLE, LAST)", up(father.name)),
                (1, "BIRTHPLACE", "CABO VERDE"),
            ],
        ),
        (
            0.48,
            [
                (3, "RESIDENCE OF MOTHER / PARENT", "57 N. MAIN ST APT 3, BROCKTON MA 02301"),
                (1, "DATE FILED", us(child.born + dt.timedelta(days=6))),
            ],
        ),
    ]
    y = s.grid(0.7, y + 0.35, 7.1, rows, label_pt=5.5, value_pt=10)
    y = s.para(
        0.8,
        y + 0.4,
        6.9,
        "I, the undersigned, hereby certify that I am the City Clerk of the City of Brockton; "
        "that as such I have custody of the records of births required by law to be kept in "
        "my office; and I do hereby certify that the above is a true copy from said records.",
        10,
        "serif",
    )
    y = s.text(0.8, y + 0.2, f"WITNESS my hand and seal on {long(issued)}.", 10, "serif")
    s.signature(4.8, y + 0.3, "Linda Costa Barros", 17)
    s.line(4.6, y + 0.85, 7.6, y + 0.85, 0.6)
    s.text(4.7, y + 0.9, "City Clerk", 9.5, "serif")
    s.seal(1.9, y + 0.9, 0.65, "CITY OF BROCKTON * MASSACHUSETTS * ", "1881")
    s.text(0.7, 10.3, "R-301 (Rev. 2018)  Registry of Vital Records and Statistics", 7, "sans")
    return [s]


def naturalization_certificate(
    person: Person, a_number: str, number: str, admitted: dt.date, city: str
) -> list[Sheet]:
    """A Form N-550 certificate of naturalization: the holder's description, the Secretary's
    findings, the date of admission, and the warning against copying it."""
    s = Sheet(paper=(246, 242, 230))
    s.security_background(43, (226, 216, 196))
    s.border(0.35, 2.5)
    s.text(0.7, 0.6, f"No. {number}", 11, "mono-bold", fill=RED)
    s.text(7.8, 0.6, f"USCIS Registration No. {a_number}", 9, "mono-bold", align="right")
    y = s.center(1.05, "THE UNITED STATES OF AMERICA", 16, "serif-bold")
    y = s.center(y + 0.1, "CERTIFICATE OF NATURALIZATION", 22, "serif-bold") + 0.2
    s.text(
        0.8, y, "Personal description of holder as of date of naturalization:", 9.5, "serif-italic"
    )
    desc = [
        f"Date of birth: {dates.abbreviated(person.born).upper()}",
        "Gender: FEMALE" if person.sex == "F" else "Gender: MALE",
        "Height: 5 feet 1 inches",
        "Marital status: WIDOWED",
        "Country of former nationality: URUGUAY",
    ]
    s.lines(0.9, y + 0.25, desc, 10, "mono-bold")
    portrait(s, 5.6, y, 1.6, 1.9, 5)
    y += 2.2
    s.text(
        0.9, y, "I certify that the description given is true, and that the photograph", 9, "serif"
    )
    s.text(0.9, y + 0.17, "affixed hereto is a likeness of me.", 9, "serif")
    s.signature(1.2, y + 0.4, plain(person.name), 16)
    s.line(0.9, y + 0.9, 4.5, y + 0.9, 0.5)
    s.text(0.9, y + 0.93, "(Complete and true signature of holder)", 7.5, "serif-italic")
    y += 1.35
    y = s.para(
        0.9,
        y,
        6.7,
        f"Be it known that, pursuant to an application filed with the Secretary of Homeland "
        f"Security at: {city.upper()}, the Secretary having found that:",
        11,
        "serif",
    )
    y = s.center(y + 0.1, up(person.name), 14, "mono-bold")
    y = s.para(
        0.9,
        y + 0.1,
        6.7,
        "then residing at TUCSON, ARIZONA, intends to reside in the United States when so "
        "required by the Naturalization Laws of the United States, had in all other respects "
        "complied with the applicable provisions of such naturalization laws, and was entitled "
        "to be admitted to citizenship, such person having taken the oath of allegiance at a "
        f"ceremony conducted by U.S. CITIZENSHIP AND IMMIGRATION SERVICES at {city.upper()} "
        f"on: {dates.abbreviated(admitted).upper()}, and was thereupon admitted as a citizen "
        "of the United States of America.",
        11,
        "serif",
    )
    y = s.para(
        0.9,
        y + 0.15,
        6.7,
        f"In testimony whereof, the seal of the Department of Homeland Security is affixed "
        f"this {admitted.day}th day of {dates.month(admitted)}, {admitted.year}.",
        11,
        "serif",
    )
    s.seal(2.0, y + 0.9, 0.7, "DEPARTMENT OF HOMELAND SECURITY * ", "DHS")
    s.signature(4.9, y + 0.45, "L. Ramirez-Owens", 17)
    s.line(4.6, y + 1.0, 7.6, y + 1.0, 0.6)
    s.text(4.7, y + 1.05, "Director, U.S. Citizenship and", 9, "serif")
    s.text(4.7, y + 1.2, "Immigration Services", 9, "serif")
    s.text(
        0.8,
        10.2,
        "IT IS PUNISHABLE BY U.S. LAW TO COPY, PRINT OR PHOTOGRAPH THIS CERTIFICATE "
        "WITHOUT LAWFUL AUTHORITY.",
        7.5,
        "sans-bold",
    )
    s.text(0.8, 10.4, "Form N-550 (Rev. 10/07)", 7, "sans")
    return [s]


# ---------------------------------------------------------------- military and VA


def dd214(
    person: Person,
    ssn_last: str,
    entered: dt.date,
    separated: dt.date,
    home: str,
    mailing: str,
) -> list[Sheet]:
    """DD Form 214 (August 2009 edition), member copy 4: the numbered boxes 1-30, dates as
    YYYYMMDD, the record of service in years, months and days."""
    s = Sheet()
    ymd = dates.compact
    s.text(0.45, 0.3, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES", 6.5, "sans-bold")
    s.text(8.05, 0.3, "THIS IS AN IMPORTANT RECORD. SAFEGUARD IT.", 6.5, "sans-bold", align="right")
    s.center(0.45, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY", 11, "sans-bold")
    s.center(
        0.64, "This Report Contains Information Subject to the Privacy Act of 1974, as amended.", 6
    )
    name = f"{up(person.surname)}, {up(person.given)}"
    g = dict(label_pt=5, value_pt=8, value_face="mono-bold")
    w = 7.6
    y = s.grid(
        0.45,
        0.8,
        w,
        [
            (
                0.38,
                [
                    (3, "1. NAME (Last, First, Middle)", name),
                    (2, "2. DEPARTMENT, COMPONENT AND BRANCH", "ARMY/RA"),
                    (1.4, "3. SOCIAL SECURITY NUMBER", f"XXX-XX-{ssn_last}"),
                ],
            ),
            (
                0.38,
                [
                    (1.6, "4.a. GRADE, RATE OR RANK", "SSG"),
                    (0.9, "b. PAY GRADE", "E06"),
                    (1.5, "5. DATE OF BIRTH (YYYYMMDD)", ymd(person.born)),
                    (2, "6. RESERVE OBLIGATION TERMINATION DATE (YYYYMMDD)", "20210408"),
                ],
            ),
            (
                0.42,
                [
                    (3.2, "7.a. PLACE OF ENTRY INTO ACTIVE DUTY", "NASHVILLE, TN"),
                    (
                        3.2,
                        "b. HOME OF RECORD AT TIME OF ENTRY (City and state, or complete address if known)",
                        home,
                    ),
                ],
            ),
            (
                0.42,
                [
                    (
                        3.2,
                        "8.a. LAST DUTY ASSIGNMENT AND MAJOR COMMAND",
                        "HHC 1ST BDE 101ST ABN DIV FORSCOM",
                    ),
                    (3.2, "b. STATION WHERE SEPARATED", "FORT CAMPBELL, KY 42223"),
                ],
            ),
            (
                0.38,
                [
                    (
                        4.4,
                        "9. COMMAND TO WHICH TRANSFERRED",
                        "USAR CON GP (ANNUAL TRNG) ST LOUIS MO",
                    ),
                    (2, "10. SGLI COVERAGE   AMOUNT: $400,000.00", "NONE"),
                ],
            ),
        ],
        **g,
    )
    s.rect(0.45, y, 4.2, 1.7, 0.6)
    s.text(0.5, y + 0.03, "11. PRIMARY SPECIALTY (List number, title and years and months in", 5)
    s.text(
        0.5,
        y + 0.13,
        "specialty. List additional specialty numbers and titles involving periods",
        5,
    )
    s.text(0.5, y + 0.23, "of one or more years.)", 5)
    s.lines(
        0.55,
        y + 0.4,
        [
            "92A10 AUTOMATED LOGISTICAL SPECIALIST",
            "-- 6 YRS 1 MOS//09L10 INTERPRETER/",
            "TRANSLATOR (SWAHILI) -- 1 YRS 2 MOS//",
            "NOTHING FOLLOWS",
        ],
        7.5,
        "mono-bold",
    )
    s.rect(4.65, y, 3.4, 1.7, 0.6)
    s.text(
        4.7, y + 0.03, "12. RECORD OF SERVICE          YEAR(S)  MONTH(S)  DAY(S)", 5, "sans-bold"
    )
    service = [
        ("a. DATE ENTERED AD THIS PERIOD", ymd(entered)),
        ("b. SEPARATION DATE THIS PERIOD", ymd(separated)),
        ("c. NET ACTIVE SERVICE THIS PERIOD", "0006  01  06"),
        ("d. TOTAL PRIOR ACTIVE SERVICE", "0000  00  00"),
        ("e. TOTAL PRIOR INACTIVE SERVICE", "0000  00  00"),
        ("f. FOREIGN SERVICE", "0000  09  14"),
        ("g. SEA SERVICE", "0000  00  00"),
        ("h. INITIAL ENTRY TRAINING", "0000  04  02"),
        ("i. EFFECTIVE DATE OF PAY GRADE", "20170601"),
    ]
    ly = y + 0.2
    for label, value in service:
        s.text(4.7, ly, label, 5.5)
        s.text(7.0, ly - 0.01, value, 6.5, "mono-bold")
        ly += 0.16
    y += 1.7
    s.rect(0.45, y, 4.2, 1.3, 0.6)
    s.text(0.5, y + 0.03, "13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN", 5)
    s.text(0.5, y + 0.13, "RIBBONS AWARDED OR AUTHORIZED (All periods of service)", 5)
    s.lines(
        0.55,
        y + 0.3,
        [
            "ARMY COMMENDATION MEDAL//ARMY ACHIEVEMENT",
            "MEDAL (2ND AWARD)//ARMY GOOD CONDUCT MEDAL",
            "(2ND AWARD)//NATIONAL DEFENSE SERVICE",
            "MEDAL//AFGHANISTAN CAMPAIGN MEDAL W/ CAMPAIGN",
            "STAR//NATO MEDAL//ARMY SERVICE RIBBON//",
        ],
        6.8,
        "mono-bold",
    )
    s.rect(4.65, y, 3.4, 1.3, 0.6)
    s.text(4.7, y + 0.03, "14. MILITARY EDUCATION (Course title, number of weeks,", 5)
    s.text(4.7, y + 0.13, "and month and year completed)", 5)
    s.lines(
        4.75,
        y + 0.3,
        [
            "BASIC LEADER COURSE, 4 WEEKS,",
            "2016//AIR ASSAULT COURSE, 2 WEEKS,",
            "2014//COMBAT LIFESAVER, 1 WEEK,",
            "2013//NOTHING FOLLOWS",
        ],
        6.8,
        "mono-bold",
    )
    y += 1.3
    y = s.grid(
        0.45,
        y,
        w,
        [
            (
                0.34,
                [
                    (3, "15.a. COMMISSIONED THROUGH SERVICE ACADEMY", "NO"),
                    (3, "b. COMMISSIONED THROUGH ROTC SCHOLARSHIP", "NO"),
                    (2, "c. ENLISTED UNDER LOAN REPAYMENT PROGRAM", "NO"),
                ],
            ),
            (
                0.34,
                [
                    (4, "16. DAYS ACCRUED LEAVE PAID", "12.0"),
                    (4, "17. MEMBER WAS PROVIDED COMPLETE DENTAL EXAMINATION ...", "YES"),
                ],
            ),
        ],
        **g,
    )
    s.rect(0.45, y, w + 0.0, 1.15, 0.6)
    s.text(0.5, y + 0.03, "18. REMARKS", 5, "sans-bold")
    s.lines(
        0.55,
        y + 0.18,
        [
            "ENLISTED UNDER THE MILITARY ACCESSIONS VITAL TO THE NATIONAL INTEREST (MAVNI)",
            "PROGRAM//SERVICE IN AFGHANISTAN 20150702-20160415//MEMBER HAS COMPLETED FIRST",
            "FULL TERM OF SERVICE//SUBJECT TO ACTIVE DUTY RECALL AND/OR ANNUAL SCREENING//",
            "NOTHING FOLLOWS",
        ],
        7,
        "mono-bold",
    )
    y += 1.15
    y = s.grid(
        0.45,
        y,
        w,
        [
            (
                0.48,
                [
                    (3, "19.a. MAILING ADDRESS AFTER SEPARATION (Include ZIP Code)", mailing),
                    (
                        2,
                        "b. NEAREST RELATIVE (Name and address - include ZIP Code)",
                        "CHEPKWONY, ESTHER (MOTHER)",
                    ),
                    (1.3, "20. MEMBER REQUESTS COPY 6 BE SENT TO DIR. OF VET AFFAIRS", "YES"),
                ],
            ),
            (
                0.55,
                [
                    (3, "21.a. MEMBER SIGNATURE", ""),
                    (0.9, "b. DATE", ymd(separated)),
                    (
                        3,
                        "22.a. OFFICIAL AUTHORIZED TO SIGN (Name, grade, title)",
                        "BRANDT, KAREN L, GS09, CHIEF, TRANSITION CENTER",
                    ),
                    (0.9, "b. DATE", ymd(separated)),
                ],
            ),
        ],
        **g,
    )
    s.signature(0.7, y - 0.42, plain(person.first + " " + person.surname), 13)
    s.signature(4.4, y - 0.42, "K Brandt", 12)
    s.center(
        y + 0.05,
        "SPECIAL ADDITIONAL INFORMATION (For use by authorized agencies only)",
        6.5,
        "sans-bold",
    )
    y = s.grid(
        0.45,
        y + 0.2,
        w,
        [
            (
                0.36,
                [
                    (3, "23. TYPE OF SEPARATION", "DISCHARGE"),
                    (3, "24. CHARACTER OF SERVICE (Include upgrades)", "HONORABLE"),
                ],
            ),
            (
                0.36,
                [
                    (2.4, "25. SEPARATION AUTHORITY", "AR 635-200, CHAP 4"),
                    (1.2, "26. SEPARATION CODE", "MBK"),
                    (1.2, "27. REENTRY CODE", "1"),
                ],
            ),
            (
                0.36,
                [
                    (
                        4.8,
                        "28. NARRATIVE REASON FOR SEPARATION",
                        "COMPLETION OF REQUIRED ACTIVE SERVICE",
                    )
                ],
            ),
            (
                0.36,
                [
                    (3, "29. DATES OF TIME LOST DURING THIS PERIOD (YYYYMMDD)", "NONE"),
                    (1.8, "30. MEMBER REQUESTS COPY 4", "YES"),
                ],
            ),
        ],
        **g,
    )
    s.text(0.45, y + 0.08, "DD FORM 214, AUG 2009", 7, "sans-bold")
    s.text(4.2, y + 0.08, "PREVIOUS EDITION IS OBSOLETE.", 6.5, "sans", align="center")
    s.text(8.05, y + 0.08, "MEMBER - 4", 9, "sans-bold", align="right")
    return [s]


def va_rating_letter(
    person: Person, file_last: str, address: list[str], dated: dt.date, received: dt.date
) -> list[Sheet]:
    """A VA regional office's decision letter on a claim for an increase: two pages, the
    combined evaluation, the monthly entitlement, a table of what was decided."""
    p1 = Sheet()
    y = letterhead(
        p1,
        "DEPARTMENT OF VETERANS AFFAIRS",
        [
            "Nashville Regional Benefit Office",
            "3322 West End Avenue, Suite 220",
            "Nashville, TN 37203",
        ],
        NAVY,
        "shield",
    )
    p1.text(7.6, 1.45, "In Reply Refer To: 320/214/JW", 8.5, "sans", align="right")
    p1.text(7.6, 1.6, f"File Number: XXX XX {file_last}", 8.5, "sans", align="right")
    y = p1.text(0.9, y + 0.1, long(dated), 11, "serif") + 0.15
    y = (
        p1.lines(
            0.9,
            y,
            [up(person.first + " " + person.middle[:1] + " " + person.surname), *address],
            11,
            "serif",
        )
        + 0.2
    )
    y = p1.text(0.9, y, f"Dear Mr. {person.surname}:", 11, "serif") + 0.1
    y = p1.paras(
        0.9,
        y,
        6.7,
        [
            f"We made a decision on your claim for an increased evaluation of your service-connected "
            f"disabilities, received on {long(received)}. This letter tells you what we decided. It "
            f"includes a copy of our rating decision that gives the evidence used and the reasons "
            f"for our decision.",
        ],
        pt=11,
        face="serif",
    )
    y = p1.text(0.9, y + 0.05, "What We Decided", 12, "serif-bold") + 0.05
    y = p1.paras(
        0.9,
        y,
        6.7,
        [
            "Your overall or combined rating is 70%. We pay you at this rate because of your "
            "service-connected post-traumatic stress disorder, lumbosacral strain and tinnitus. "
            "We increased the evaluation of your post-traumatic stress disorder from 50 percent to "
            "70 percent effective October 1, 2025.",
            "Your monthly entitlement amount is shown below:",
        ],
        pt=11,
        face="serif",
    )
    y = p1.table(
        0.9,
        y + 0.05,
        [1.6, 1.7, 1.6, 1.8],
        [
            ["Monthly", "Payment Start", "Combined", "Reason for"],
            ["Entitlement", "Date", "Rating", "Change"],
            ["$1,808.56", "Nov 1, 2025", "70%", "Rating Increased"],
            ["$1,848.34", "Dec 1, 2025", "70%", "Cost-of-living Adjustment"],
        ],
        9.5,
        "serif",
        "serif-bold",
    )
    y = p1.paras(
        0.9,
        y + 0.2,
        6.7,
        [
            "We are paying you as a single Veteran with one dependent child. You can add your "
            "dependents online at VA.gov. Payments are made on the first business day of each "
            "month for the prior month.",
            "Are You Entitled to Additional Benefits? Because your combined rating is 70 percent, "
            "you may be eligible for Veteran Readiness and Employment and for priority enrollment "
            "in VA health care at the Clarksville VA Clinic.",
        ],
        pt=11,
        face="serif",
    )
    p1.text(4.25, 10.3, "Page 1 of 2", 8.5, "sans", align="center")
    p2 = Sheet()
    p2.text(0.9, 0.6, f"{up(person.surname)}, {up(person.first)}", 9, "sans-bold")
    p2.text(7.6, 0.6, f"XXX XX {file_last}", 9, "sans", align="right")
    y = p2.text(0.9, 1.0, "Rating Decision - Summary of Issues", 12, "serif-bold") + 0.1
    y = p2.table(
        0.9,
        y,
        [2.9, 1.3, 1.0, 1.5],
        [
            ["Issue", "Decision", "Evaluation", "Effective Date"],
            ["Post-traumatic stress disorder", "Increased", "70%", "10/01/2025"],
            ["Lumbosacral strain", "Continued", "20%", "05/15/2019"],
            ["Tinnitus", "Continued", "10%", "05/15/2019"],
            ["Combined evaluation", "", "70%", "10/01/2025"],
        ],
        9.5,
        "serif",
        "serif-bold",
    )
    y = p2.text(0.9, y + 0.3, "Evidence", 12, "serif-bold") + 0.05
    y = p2.paras(
        0.9,
        y,
        6.7,
        [
            "VA Form 21-526EZ, received " + us(received) + "; VA examination, PTSD Review, "
            "Clarksville VA Clinic, 02/03/2026; treatment records, Tennessee Valley Healthcare "
            "System, 05/2019 through 01/2026; service treatment records, 04/2013 through 05/2019.",
        ],
        pt=10.5,
        face="serif",
    )
    y = p2.text(0.9, y + 0.1, "Reasons for Decision", 12, "serif-bold") + 0.05
    y = p2.paras(
        0.9,
        y,
        6.7,
        [
            "The evaluation of post-traumatic stress disorder is increased to 70 percent based on "
            "occupational and social impairment with deficiencies in most areas, including "
            "near-continuous anxiety, chronic sleep impairment and difficulty adapting to "
            "stressful circumstances. A higher evaluation of 100 percent is not warranted unless "
            "the evidence shows total occupational and social impairment.",
            "If you do not agree with our decision, you may request a Higher-Level Review, file a "
            "Supplemental Claim, or appeal to the Board of Veterans' Appeals within one year of the "
            "date of this letter (VA Form 20-0996, 20-0995 or 10182).",
        ],
        pt=10.5,
        face="serif",
    )
    y = p2.text(0.9, y + 0.15, "Sincerely yours,", 11, "serif")
    p2.lines(
        0.9,
        y + 0.3,
        ["Regional Office Director", "Nashville Regional Benefit Office"],
        10.5,
        "serif",
    )
    p2.text(4.25, 10.3, "Page 2 of 2", 8.5, "sans", align="center")
    return [p1, p2]


# ---------------------------------------------------------------- wages and taxes


def w2(
    person: Person,
    ssn_last: str,
    address: list[str],
    employer: list[str],
    ein: str,
    year: int,
    wages: float,
    state: str,
    state_id: str,
    control: str,
) -> list[Sheet]:
    """Form W-2, Copy B (to be filed with the employee's federal return): lettered and numbered
    boxes, OMB number, the year large, Department of the Treasury beneath."""
    s = Sheet()
    fed, ss, med = wages * 0.094, wages * 0.062, wages * 0.0145
    st_tax = wages * 0.0 if state in ("TN",) else wages * 0.045
    g = dict(label_pt=5.5, value_pt=9, value_face="mono-bold")
    top = 1.0
    s.rect(0.5, top, 7.5, 4.6, 1.2)
    s.grid(
        0.5,
        top,
        4.1,
        [
            (
                0.42,
                [
                    (1.4, "a  Employee's social security number", f"XXX-XX-{ssn_last}"),
                    (2, "OMB No. 1545-0008", ""),
                ],
            ),
            (0.42, [(1, "b  Employer identification number (EIN)", ein)]),
            (1.0, [(1, "c  Employer's name, address, and ZIP code", "\n".join(employer))]),
            (0.42, [(1, "d  Control number", control)]),
            (
                1.12,
                [
                    (
                        1,
                        "e  Employee's first name and initial   Last name   Suff.\nf  Employee's address and ZIP code",
                        "\n".join(
                            [
                                up(person.first + " " + person.middle[:1])
                                + " "
                                + up(person.surname),
                                *address,
                            ]
                        ),
                    )
                ],
            ),
        ],
        **g,
    )
    s.grid(
        4.6,
        top,
        3.4,
        [
            (
                0.42,
                [
                    (1, "1  Wages, tips, other compensation", money(wages)),
                    (1, "2  Federal income tax withheld", money(fed)),
                ],
            ),
            (
                0.42,
                [
                    (1, "3  Social security wages", money(wages)),
                    (1, "4  Social security tax withheld", money(ss)),
                ],
            ),
            (
                0.42,
                [
                    (1, "5  Medicare wages and tips", money(wages)),
                    (1, "6  Medicare tax withheld", money(med)),
                ],
            ),
            (0.42, [(1, "7  Social security tips", ""), (1, "8  Allocated tips", "")]),
            (0.42, [(1, "9", ""), (1, "10  Dependent care benefits", "")]),
            (
                0.42,
                [
                    (1, "11  Nonqualified plans", ""),
                    (1, "12a  See instructions for box 12", "DD | 6,412.00"),
                ],
            ),
            (
                0.42,
                [
                    (1, "13  Statutory employee / Retirement plan / Third-party sick pay", "   X"),
                    (1, "12b", "W  |   600.00"),
                ],
            ),
            (0.42, [(1, "14  Other", ""), (1, "12c", "")]),
        ],
        **g,
    )
    s.grid(
        0.5,
        top + 3.8,
        7.5,
        [
            (
                0.4,
                [
                    (0.5, "15  State", state),
                    (1.5, "Employer's state ID number", state_id),
                    (1.3, "16  State wages, tips, etc.", money(wages) if st_tax else ""),
                    (1.2, "17  State income tax", money(st_tax) if st_tax else ""),
                    (1.2, "18  Local wages, tips, etc.", ""),
                    (1, "19  Local income tax", ""),
                    (0.8, "20  Locality name", ""),
                ],
            ),
        ],
        **g,
    )
    s.text(0.5, top + 4.75, "Form", 8)
    s.text(0.85, top + 4.65, "W-2", 20, "sans-bold")
    s.text(1.7, top + 4.72, "Wage and Tax Statement", 11, "sans-bold")
    s.text(4.6, top + 4.65, str(year), 22, "sans-bold")
    s.text(
        8.0, top + 4.7, "Department of the Treasury—Internal Revenue Service", 7.5, align="right"
    )
    s.text(
        0.5, top + 5.15, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 8, "sans-bold"
    )
    s.text(
        0.5, top + 5.3, "This information is being furnished to the Internal Revenue Service.", 7.5
    )
    return [s]


def pay_stub(
    person: Person,
    employee_id: str,
    employer: list[str],
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    hours: float,
    rate: float,
    ytd: float,
    department: str,
) -> list[Sheet]:
    """An employer's earnings statement printed by a payroll service: the period, hours by
    earning type, taxes this period and year to date, net pay and the direct deposit."""
    s = Sheet()
    s.text(0.6, 0.55, employer[0], 13, "sans-bold")
    s.lines(0.6, 0.8, employer[1:], 8.5, "sans", fill=GREY)
    s.text(7.9, 0.55, "Earnings Statement", 14, "sans-bold", align="right")
    s.lines(
        5.4,
        0.85,
        [
            f"Period Beginning:  {us(period[0])}",
            f"Period Ending:     {us(period[1])}",
            f"Pay Date:          {us(paid)}",
        ],
        8.5,
        "mono",
    )
    s.lines(
        0.6,
        1.55,
        [
            f"Employee ID: {employee_id}",
            f"Department: {department}",
            "Filing Status: Single   Exemptions/Allowances: Federal 0, State 0",
        ],
        8.5,
        "sans",
    )
    s.lines(5.4, 1.55, [up(person.name), "118 POTTERS AVE", "PROVIDENCE RI 02905"], 9, "sans-bold")
    gross = hours * rate
    diff = 24 * 1.25
    gross_all = gross + diff
    rows = [
        ["Earnings", "rate", "hours", "this period", "year to date"],
        ["Regular", f"{rate:.2f}", f"{hours:.2f}", money(gross), money(ytd * 0.93)],
        ["Evening Differential", "1.25", "24.00", money(diff), money(ytd * 0.03)],
        ["Gross Pay", "", "", money(gross_all), money(ytd)],
    ]
    y = s.table(
        0.6,
        2.35,
        [2.2, 0.9, 0.9, 1.4, 1.6],
        rows,
        9,
        rules="header",
        align=["left", "right", "right", "right", "right"],
    )
    taxes = [
        ["Deductions", "Statutory", "", "this period", "year to date"],
        ["Federal Income Tax", "", "", f"-{money(gross_all * 0.07)}", money(ytd * 0.07)],
        ["Social Security Tax", "", "", f"-{money(gross_all * 0.062)}", money(ytd * 0.062)],
        ["Medicare Tax", "", "", f"-{money(gross_all * 0.0145)}", money(ytd * 0.0145)],
        ["RI State Income Tax", "", "", f"-{money(gross_all * 0.0375)}", money(ytd * 0.0375)],
        ["RI TDI", "", "", f"-{money(gross_all * 0.011)}", money(ytd * 0.011)],
        ["Dental Pre-tax", "", "", "-8.40", "184.80"],
    ]
    y = s.table(
        0.6,
        y + 0.3,
        [2.2, 0.9, 0.9, 1.4, 1.6],
        taxes,
        9,
        rules="header",
        align=["left", "right", "right", "right", "right"],
    )
    net = gross_all * (1 - 0.07 - 0.062 - 0.0145 - 0.0375 - 0.011) - 8.40
    s.text(0.6, y + 0.3, f"Net Pay   ${money(net)}", 12, "sans-bold")
    s.text(0.6, y + 0.6, f"Direct Deposit: Checking XXXXXX4471   ${money(net)}", 9, "mono")
    s.line(0.6, 6.6, 7.9, 6.6, 0.5)
    s.text(0.6, 6.7, "THIS IS NOT A CHECK - NON-NEGOTIABLE", 9, "sans-bold", fill=GREY)
    s.text(0.6, 6.9, "Your federal taxable wages this period are $" + money(gross_all - 8.40), 8)
    return [s]


def tax_return_transcript(
    person: Person, ssn_last: str, street: str, year: int, income: float, requested: dt.date
) -> list[Sheet]:
    """An IRS Form 1040 tax return transcript: monospace, names masked to four letters, the
    return's lines as filed (Schedule C income for a self-employed filer)."""
    masked = f"{plain(person.first).upper()[:4]} {plain(person.surname.split()[0]).upper()[:4]}"
    se_tax = round(income * 0.9235 * 0.153, 2)
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                              Tax Return Transcript",
        "",
        f"Request Date:              {dates.dashed(requested)}",
        f"Response Date:             {dates.dashed(requested)}",
        f"Tracking Number:           10872{year}5519{ssn_last}",
        f"SSN/ITIN Provided:         XXX-XX-{ssn_last}",
        f"Tax Period Ending:         12-31-{year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and",
        "the amount as adjusted (PC), if applicable. They do not show subsequent",
        "activity on the account.",
        "",
        f"SSN:                               XXX-XX-{ssn_last}",
        f"NAME(S) SHOWN ON RETURN:           {masked}",
        f"ADDRESS:                           {street}",
        "FILING STATUS:                     Single",
        "FORM NUMBER:                       1040",
        f"CYCLE POSTED:                      {year + 1}1605",
        f"RECEIVED DATE:                     Apr.08, {year + 1}",
        "REMITTANCE:                        $0.00",
        "EXEMPTION NUMBER:                  0",
        "DEPENDENT 1 NAME CTRL:",
        "",
        "Income",
        "WAGES, SALARIES, TIPS, ETC:                                       $0.00",
        "TAXABLE INTEREST INCOME: SCH B:                                   $0.00",
        f"BUSINESS INCOME OR LOSS (Schedule C):                       ${money(income)}",
        f"BUSINESS INCOME OR LOSS: SCHEDULE C PER COMPUTER:           ${money(income)}",
        f"TOTAL INCOME:                                               ${money(income)}",
        f"TOTAL INCOME PER COMPUTER:                                  ${money(income)}",
        "",
        "Adjustments to Income",
        f"SE TAX DEDUCTION:                                            ${money(se_tax / 2)}",
        f"ADJUSTED GROSS INCOME:                                      ${money(income - se_tax / 2)}",
        "",
        "Tax and Credits",
        "STANDARD DEDUCTION PER COMPUTER:                            $12,200.00",
        f"SE TAX:                                                      ${money(se_tax)}",
        f"TOTAL TAX LIABILITY TP FIGURES:                              ${money(se_tax)}",
        "",
        "Payments",
        f"ESTIMATED TAX PAYMENTS:                                      ${money(se_tax)}",
        "BAL DUE/OVER PYMT USING TP FIG PER COMPUTER:                      $0.00",
        "",
        "Schedule C--Profit or (Loss) from Business",
        "PRINCIPAL BUSINESS ACTIVITY CODE:  238990",
        "BUSINESS NAME:                     OLIV HAND",
        f"GROSS RECEIPTS OR SALES:                                    ${money(income * 1.32)}",
        f"NET PROFIT OR LOSS:                                         ${money(income)}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return [monospace_page(lines, 8.6, 0.55)]


def ssa_statement(
    person: Person,
    ssn_last: str,
    address: list[str],
    dated: dt.date,
    earnings: list[tuple[int, int]],
) -> list[Sheet]:
    """Page 3 of a Social Security Statement: the earnings record, year by year, taxed Social
    Security and Medicare earnings, as the online account prints it."""
    s = Sheet()
    s.text(0.7, 0.55, "Social Security Administration", 12, "sans-bold", fill=NAVY)
    s.text(7.8, 0.55, "Your Social Security Statement", 12, "sans-bold", fill=NAVY, align="right")
    s.line(0.7, 0.85, 7.8, 0.85, 1.5, NAVY)
    s.lines(
        0.7,
        1.0,
        [
            f"Prepared especially for {person.first} {person.middle[:1]}. {person.surname.split()[-1]}",
            *address,
        ],
        10,
        "sans",
    )
    s.text(7.8, 1.0, long(dated), 10, "sans", align="right")
    s.text(7.8, 1.17, f"SSN: XXX-XX-{ssn_last}", 9, "sans", align="right")
    y = s.text(0.7, 1.85, "Your Earnings Record", 15, "sans-bold", fill=NAVY) + 0.05
    y = s.para(
        0.7,
        y,
        7.0,
        "Review this earnings history carefully. Your benefits are based on the earnings we "
        "have recorded. If there are errors, contact us right away. Earnings from the current "
        "year may not be shown.",
        9.5,
        "sans",
    )
    rows = [["Work Year", "Taxed Social Security Earnings", "Taxed Medicare Earnings"]]
    for year, amount in earnings:
        rows.append([str(year), f"${amount:,}", f"${amount:,}"])
    y = s.table(1.2, y + 0.2, [1.3, 2.6, 2.3], rows, 10, align=["left", "right", "right"])
    total = sum(a for _, a in earnings)
    y = s.table(
        1.2,
        y + 0.15,
        [3.9, 2.3],
        [
            ["Total Social Security and Medicare taxes paid over your working career", ""],
            ["Estimated taxes paid for Social Security:  You paid:", f"${round(total * 0.062):,}"],
            ["Estimated taxes paid for Medicare:  You paid:", f"${round(total * 0.0145):,}"],
        ],
        8.5,
        align=["left", "right"],
    )
    s.text(0.7, 10.3, "Form SSA-7005-SM-OL", 7.5, "sans")
    s.text(7.8, 10.3, "Page 3", 8, "sans", align="right")
    return [s]


# ---------------------------------------------------------------- residence


def lease(
    *,
    title: str,
    state_line: str,
    landlord: str,
    tenants: list[str],
    premises: str,
    start: dt.date,
    end: dt.date,
    rent: float,
    deposit: float,
    signed: dt.date,
    clauses: list[str],
) -> list[Sheet]:
    """A residential lease of two pages: parties, premises, term and rent first; numbered
    clauses, signatures and dates on the second page."""
    p1 = Sheet()
    y = p1.center(0.7, title, 15, "serif-bold")
    y = p1.center(y, state_line, 9.5, "serif-italic") + 0.25
    first = [
        f'1. PARTIES. This Lease is made on {long(signed)} between {landlord} ("Landlord") '
        f'and {", ".join(tenants)} ("Tenant").',
        f"2. PREMISES. Landlord leases to Tenant the dwelling unit at {premises}, together "
        "with the appliances listed in the move-in checklist.",
        f"3. TERM. The term of this Lease begins on {long(start)} and ends at 11:59 p.m. on "
        f"{long(end)}. Unless either party gives written notice at least sixty (60) days before "
        "the end of the term, this Lease continues month to month on the same terms.",
        f"4. RENT. Tenant shall pay monthly rent of ${money(rent)}, due in advance on the first "
        "day of each month, at the Landlord's office or through the resident portal. Rent "
        "received after the fifth (5th) day of the month incurs a late fee of $50.00.",
        f"5. SECURITY DEPOSIT. Tenant has paid a security deposit of ${money(deposit)}, to be "
        "held and returned as the law of this State provides.",
        *clauses[:3],
    ]
    y = p1.paras(0.9, y, 6.7, first, gap=0.13, pt=10.5, face="serif")
    p1.text(0.9, 10.3, "Tenant initials: ______  ______", 9, "serif")
    p1.text(7.6, 10.3, "Page 1 of 2", 9, "serif", align="right")
    p2 = Sheet()
    y = p2.paras(0.9, 0.8, 6.7, clauses[3:], gap=0.13, pt=10.5, face="serif")
    y = p2.para(
        0.9,
        y + 0.2,
        6.7,
        "IN WITNESS WHEREOF, the parties have signed this Lease on the dates written below.",
        10.5,
        "serif",
    )
    y += 0.4
    for who in [landlord, *tenants]:
        p2.signature(1.0, y, plain(who.split(",")[0]), 17)
        p2.line(0.9, y + 0.5, 4.6, y + 0.5, 0.6)
        p2.text(0.9, y + 0.55, who, 9.5, "serif")
        p2.text(5.0, y + 0.3, f"Date: {us(signed)}", 10, "serif")
        y += 0.95
    p2.text(7.6, 10.3, "Page 2 of 2", 9, "serif", align="right")
    return [p1, p2]


def power_bill(
    person: Person,
    account: str,
    service_address: list[str],
    period: tuple[dt.date, dt.date],
    billed: dt.date,
    kwh: int,
    amount: float,
) -> list[Sheet]:
    """An electric utility's monthly bill: the account box, the service period, a usage bar
    chart of thirteen months and the payment stub to tear off."""
    s = Sheet()
    orange = (200, 100, 20)
    s.logo(0.6, 0.45, 0.5, "star", orange)
    s.text(1.2, 0.5, "Desert Valley Power", 16, "sans-bold", fill=orange)
    s.text(
        1.2, 0.78, "P.O. Box 80112, Tucson, AZ 85733-0112  ·  (520) 555-0190", 8, "sans", fill=GREY
    )
    s.grid(
        5.0,
        0.45,
        2.9,
        [
            (0.38, [(1, "ACCOUNT NUMBER", account)]),
            (
                0.38,
                [(1, "BILL DATE", us(billed)), (1, "DUE DATE", us(billed + dt.timedelta(days=21)))],
            ),
            (0.38, [(1, "AMOUNT DUE", f"${money(amount)}")]),
        ],
        label_pt=5.5,
        value_pt=9,
    )
    s.lines(0.6, 1.5, [up(person.name), *service_address], 10, "sans-bold")
    y = s.text(0.6, 2.45, "Service Summary", 12, "sans-bold") + 0.05
    y = s.table(
        0.6,
        y,
        [3.2, 1.6, 2.3],
        [
            ["Residential Service (R-01)", "", ""],
            [
                "Service period",
                f"{us(period[0])} - {us(period[1])}",
                f"{(period[1] - period[0]).days} days",
            ],
            ["Meter 4471093  actual read", "Previous 48112", f"Present {48112 + kwh}"],
            ["Energy used", f"{kwh:,} kWh", ""],
            ["Basic service charge", "", "$13.00"],
            ["Energy charge", f"{kwh:,} kWh x $0.1102", f"${money(kwh * 0.1102)}"],
            ["Power supply adjustor", "", "$4.62"],
            ["Taxes and fees", "", f"${money(amount - 13 - 4.62 - kwh * 0.1102)}"],
            ["Total current charges", "", f"${money(amount)}"],
        ],
        9,
        rules="header",
        align=["left", "left", "right"],
    )
    y = s.text(0.6, y + 0.3, "Your monthly usage (kWh)", 10, "sans-bold")
    heights = [620, 540, 480, 510, 690, 980, 1310, 1420, 1190, 860, 640, 580, kwh]
    for i, h in enumerate(heights):
        top = y + 1.4 - h / 1500 * 1.3
        s.rect(
            0.8 + i * 0.42,
            top,
            0.28,
            y + 1.4 - top,
            0.5,
            fill=(170, 170, 175) if i < 12 else orange,
        )
    s.line(0.6, y + 1.4, 6.4, y + 1.4, 0.6)
    s.line(0.4, 8.4, 8.1, 8.4, 0.8)
    s.text(
        4.25,
        8.25,
        "- - - - - - - - - - - Please detach and return this portion with your payment - - - - - - - - - - -",
        7,
        align="center",
    )
    s.lines(0.6, 8.6, ["Desert Valley Power", "P.O. Box 80112", "Tucson, AZ 85733-0112"], 9, "sans")
    s.grid(
        4.6,
        8.6,
        3.3,
        [
            (0.38, [(1, "Account number", account), (1, "Amount due", f"${money(amount)}")]),
            (
                0.38,
                [(1, "Due date", us(billed + dt.timedelta(days=21))), (1, "Amount enclosed", "")],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
    )
    s.text(0.6, 10.1, f"{account.replace('-', '')}0000{int(amount * 100):07d}5", 10, "mono")
    return [s]


# ---------------------------------------------------------------- schools


def iep(
    child: Person, parent: Person, sasid: str, meeting: dt.date, school: str, grade: str
) -> list[Sheet]:
    """Two pages of a Rhode Island individualized education program: the student's boxed
    identifying information, eligibility, present levels, goals, and the table of special
    education and related services."""
    p1 = Sheet()
    p1.text(0.6, 0.5, "Providence Public School District", 10, "sans-bold")
    p1.text(0.6, 0.67, "Office of Specialized Services", 8.5, "sans", fill=GREY)
    p1.text(7.9, 0.5, "Rhode Island Department of Education", 8.5, "sans", align="right")
    p1.text(7.9, 0.65, "IEP Form (rev. 2023)", 8, "sans", align="right", fill=GREY)
    y = p1.center(0.95, "INDIVIDUALIZED EDUCATION PROGRAM (IEP)", 14, "sans-bold") + 0.1
    end = meeting.replace(year=meeting.year + 1) - dt.timedelta(days=1)
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.42,
                [
                    (2, "Student Name (Last, First)", f"{up(child.surname)}, {up(child.first)}"),
                    (1, "Date of Birth", us(child.born)),
                    (1, "SASID", sasid),
                ],
            ),
            (
                0.42,
                [
                    (2, "School", school),
                    (1, "Grade", grade),
                    (1, "Primary Language", "Kirundi / French"),
                ],
            ),
            (
                0.42,
                [
                    (2, "Parent / Guardian", f"{parent.given} {parent.surname}"),
                    (2, "Address", "118 Potters Ave, Providence, RI 02905"),
                ],
            ),
            (
                0.42,
                [
                    (1, "IEP Meeting Date", us(meeting)),
                    (1, "IEP Start Date", us(meeting + dt.timedelta(days=3))),
                    (1, "IEP End Date", us(end)),
                    (1, "Reevaluation Due", "10/01/2028"),
                ],
            ),
            (
                0.42,
                [
                    (2, "Primary Disability Category", "AUTISM"),
                    (2, "Type of Meeting", "ANNUAL REVIEW"),
                ],
            ),
        ],
        label_pt=6,
        value_pt=9.5,
        value_face="sans-bold",
    )
    y = (
        p1.text(
            0.6,
            y + 0.2,
            "PRESENT LEVELS OF ACADEMIC ACHIEVEMENT AND FUNCTIONAL PERFORMANCE",
            9.5,
            "sans-bold",
        )
        + 0.05
    )
    y = p1.paras(
        0.6,
        y,
        7.3,
        [
            f"{child.first} is a {grade.lower()}-grade student who receives specialized instruction in "
            f"a self-contained classroom for part of the day. On the Fall i-Ready diagnostic he "
            f"scored at an early second-grade level in reading and at a first-grade level in "
            f"mathematics. He decodes CVC words and reads simple sentences with support.",
            f"{child.first} communicates with short phrases and uses a visual schedule to move "
            "between activities. Transitions, loud environments and changes in routine lead to "
            "distress (covering ears, leaving the area). Parent reports that he sleeps poorly and "
            "that home routines are planned around his needs.",
            "How the disability affects involvement and progress in the general curriculum: "
            "deficits in expressive and receptive language and in social communication limit his "
            "access to whole-class instruction without adult support.",
        ],
        gap=0.1,
        pt=9.5,
        face="sans",
    )
    y = p1.text(0.6, y + 0.1, "MEASURABLE ANNUAL GOALS", 9.5, "sans-bold") + 0.05
    y = p1.table(
        0.6,
        y,
        [0.9, 4.4, 2.0],
        [
            ["Area", "Goal", "Measured by"],
            [
                "Reading",
                "Read a grade-2 passage at 60 wcpm with 90% accuracy",
                "Curriculum probes, monthly",
            ],
            ["Math", "Add and subtract within 20 in 8 of 10 trials", "Work samples"],
            [
                "Communication",
                "Request help or a break with a 3-word phrase, 4 of 5 times",
                "SLP data",
            ],
            [
                "Social",
                "Take turns in a structured game with one peer for 5 minutes",
                "Observation",
            ],
        ],
        8.5,
    )
    p1.text(0.6, 10.35, f"Student: {child.name}    SASID {sasid}", 7.5, "sans")
    p1.text(7.9, 10.35, "Page 1 of 2", 7.5, "sans", align="right")
    p2 = Sheet()
    p2.text(
        0.6,
        0.5,
        f"IEP - {up(child.surname)}, {up(child.first)}   DOB {us(child.born)}",
        9,
        "sans-bold",
    )
    y = p2.text(0.6, 0.9, "SPECIAL EDUCATION AND RELATED SERVICES", 10, "sans-bold") + 0.05
    y = p2.table(
        0.6,
        y,
        [2.5, 1.5, 1.3, 1.0, 1.0],
        [
            ["Service", "Location", "Frequency", "Duration", "Start"],
            [
                "Specialized instruction - ELA",
                "Special ed. class",
                "5x weekly",
                "60 min",
                us(meeting),
            ],
            [
                "Specialized instruction - Math",
                "Special ed. class",
                "5x weekly",
                "45 min",
                us(meeting),
            ],
            ["Speech-language therapy", "Therapy room", "2x weekly", "30 min", us(meeting)],
            ["Occupational therapy", "Therapy room", "1x weekly", "30 min", us(meeting)],
            ["Paraprofessional support", "General ed.", "Daily", "Full day", us(meeting)],
        ],
        8.5,
    )
    y = p2.text(0.6, y + 0.25, "LEAST RESTRICTIVE ENVIRONMENT", 10, "sans-bold") + 0.05
    y = p2.para(
        0.6,
        y,
        7.3,
        f"{child.first} will spend 40-79% of the school day in the general education setting "
        "with paraprofessional support. He is removed for specialized instruction because his "
        "needs cannot be met with supplementary aids alone at this time.",
        9.5,
        "sans",
    )
    y = p2.text(0.6, y + 0.2, "ACCOMMODATIONS", 10, "sans-bold") + 0.05
    y = p2.lines(
        0.8,
        y,
        [
            "- Visual schedule and first/then board   - Noise-reducing headphones",
            "- Extended time (1.5x) on assessments      - Directions read aloud",
            "- Movement breaks every 20 minutes         - Interpreter (Kirundi) at meetings",
        ],
        9.5,
        "sans",
    )
    y = p2.text(
        0.6, y + 0.2, "EXTENDED SCHOOL YEAR:  [X] Eligible  [ ] Not eligible", 9.5, "sans-bold"
    )
    y = p2.text(0.6, y + 0.2, "IEP TEAM PARTICIPANTS", 10, "sans-bold") + 0.05
    team = [
        ("Parent", f"{parent.given} {parent.surname}"),
        ("Special Education Teacher", "Maureen T. Costigan"),
        ("General Education Teacher", "Luis A. Fontes"),
        ("School Psychologist", "Dr. Hannah Ostrowski, NCSP"),
        ("Speech-Language Pathologist", "Brianna Kettle, CCC-SLP"),
        ("LEA Representative", "Dana Whitcombe, Special Ed. Coordinator"),
    ]
    for role, name in team:
        p2.text(0.7, y + 0.1, role, 9, "sans")
        p2.text(3.0, y + 0.1, name, 9, "sans")
        p2.signature(5.4, y - 0.05, name.split(",")[0].split()[-1], 12)
        p2.line(5.3, y + 0.3, 7.9, y + 0.3, 0.5)
        y += 0.42
    p2.text(
        0.6,
        y + 0.2,
        "Parent received a copy of the Procedural Safeguards Notice (in French).",
        8.5,
        "sans-italic",
    )
    p2.text(7.9, 10.35, "Page 2 of 2", 7.5, "sans", align="right")
    return [p1, p2]


def psych_evaluation(child: Person, parent: Person, tested: dt.date, school: str) -> list[Sheet]:
    """A school psychologist's psychoeducational evaluation: confidential header, reason for
    referral, background, the tests given and their scores, eligibility and recommendations."""
    age_years = (tested - child.born).days // 365
    p1 = Sheet()
    p1.text(4.25, 0.5, "CONFIDENTIAL", 10, "sans-bold", fill=RED, align="center")
    y = letterhead(
        p1,
        "Providence Public School District",
        [
            "Office of Specialized Services - Psychological Services",
            "797 Westminster Street, Providence, RI 02903",
        ],
        NAVY,
        "leaf",
    )
    y = p1.center(y - 0.1, "PSYCHOEDUCATIONAL EVALUATION REPORT", 13, "sans-bold") + 0.1
    y = p1.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.4,
                [
                    (2, "Student", f"{child.surname}, {child.first}"),
                    (1, "Date of Birth", us(child.born)),
                    (1, "Age at Testing", f"{age_years} years"),
                ],
            ),
            (
                0.4,
                [(2, "School", school), (1, "Grade", "3"), (1, "Date(s) of Testing", us(tested))],
            ),
            (
                0.4,
                [
                    (2, "Parent", f"Ms. {parent.surname}"),
                    (2, "Examiner", "Hannah Ostrowski, Ph.D., NCSP"),
                ],
            ),
        ],
        label_pt=6,
        value_pt=9.5,
        value_face="sans-bold",
    )
    sections = [
        (
            "Reason for Referral",
            f"{child.first} was referred by his IEP team for his three-year reevaluation to update "
            "his cognitive, adaptive and social-emotional profile and to determine continued "
            "eligibility for special education.",
        ),
        (
            "Background Information",
            f"{child.first} lives with his mother, Ms. {parent.surname}, and his younger sister. "
            "Kirundi and French are spoken at home. He was diagnosed with autism spectrum "
            "disorder at age three at a hospital developmental clinic and has received speech "
            "and occupational therapy since preschool. Ms. " + parent.surname + " reports that "
            "he needs help with dressing and toileting and supervision at all times in the "
            "community, as he does not recognize danger near traffic.",
        ),
        (
            "Assessment Procedures",
            "Wechsler Intelligence Scale for Children, Fifth Edition (WISC-V); Vineland Adaptive "
            "Behavior Scales, Third Edition (parent and teacher forms); Autism Diagnostic "
            "Observation Schedule, Second Edition (ADOS-2), Module 2; Behavior Assessment System "
            "for Children, Third Edition (BASC-3); record review; classroom observation.",
        ),
    ]
    for head, text in sections:
        y = p1.text(0.8, y + 0.15, head, 10.5, "serif-bold") + 0.03
        y = p1.para(0.8, y, 6.9, text, 10, "serif")
    y = p1.table(
        0.8,
        y + 0.2,
        [3.2, 1.2, 1.2, 1.3],
        [
            ["WISC-V Index", "Standard", "Percentile", "Range"],
            ["Verbal Comprehension", "72", "3", "Very Low"],
            ["Visual Spatial", "94", "34", "Average"],
            ["Fluid Reasoning", "86", "18", "Low Average"],
            ["Working Memory", "76", "5", "Very Low"],
            ["Processing Speed", "80", "9", "Low Average"],
            ["Full Scale IQ", "79", "8", "Very Low"],
        ],
        9,
        "serif",
        "serif-bold",
    )
    p1.text(7.7, 10.35, "Page 1 of 2", 8, "sans", align="right")
    p2 = Sheet()
    p2.text(
        0.8,
        0.5,
        f"{child.surname}, {child.first} - Psychoeducational Evaluation (cont.)",
        9,
        "sans-bold",
    )
    y = p2.table(
        0.8,
        0.9,
        [3.2, 1.2, 2.5],
        [
            ["Vineland-3 (Parent)", "Standard", "Adaptive Level"],
            ["Communication", "61", "Low"],
            ["Daily Living Skills", "65", "Low"],
            ["Socialization", "58", "Low"],
            ["Adaptive Behavior Composite", "60", "Low"],
        ],
        9,
        "serif",
        "serif-bold",
    )
    y = p2.table(
        0.8,
        y + 0.15,
        [3.2, 1.2, 2.5],
        [
            ["ADOS-2 Module 2", "Score", "Classification"],
            ["Overall Total", "17", "Autism"],
            ["Comparison Score", "8", "High level of symptoms"],
        ],
        9,
        "serif",
        "serif-bold",
    )
    sections = [
        (
            "Summary",
            f"{child.first} presents with significant deficits in social communication and "
            "restricted, repetitive behaviors consistent with his diagnosis of autism spectrum "
            "disorder. His nonverbal reasoning is a relative strength. Adaptive skills fall well "
            "below age expectations across settings.",
        ),
        (
            "Eligibility",
            "The team should consider that " + child.first + " continues to meet the criteria "
            "for the disability category of Autism under the Rhode Island Regulations Governing "
            "the Education of Children with Disabilities, and that he requires specialized "
            "instruction and related services.",
        ),
        (
            "Recommendations",
            "1. Continue specialized instruction in a small-group setting with visual supports. "
            "2. Continue speech-language and occupational therapy. 3. Provide a consistent daily "
            "routine and advance notice of changes. 4. Extended school year services to prevent "
            "regression. 5. Continued coordination with his outside ABA and speech providers; "
            "his mother is the person who carries out the home program each day and should be "
            "given written copies of strategies in French.",
        ),
    ]
    for head, text in sections:
        y = p2.text(0.8, y + 0.2, head, 10.5, "serif-bold") + 0.03
        y = p2.para(0.8, y, 6.9, text, 10, "serif")
    p2.signature(0.9, y + 0.3, "Hannah Ostrowski", 18)
    p2.line(0.8, y + 0.85, 4.2, y + 0.85, 0.6)
    p2.lines(
        0.8,
        y + 0.9,
        [
            "Hannah Ostrowski, Ph.D., NCSP",
            "School Psychologist",
            f"Report date: {us(tested + dt.timedelta(days=12))}",
        ],
        9.5,
        "serif",
    )
    p2.text(7.7, 10.35, "Page 2 of 2", 8, "sans", align="right")
    return [p1, p2]


def transcript(
    *,
    school: list[str],
    title: str,
    student: Person,
    student_id: str,
    terms: list[tuple[str, list[tuple[str, str, str]]]],
    footer: list[str],
    issued: dt.date,
) -> list[Sheet]:
    """A school's official transcript: the school's heading, the student box, each term's
    courses with grade and credit in two columns, the registrar's certification."""
    s = Sheet()
    s.security_background(53 + len(terms), (230, 232, 240))
    s.center(0.5, school[0], 14, "serif-bold")
    y = s.lines(0.6, 0.78, [], 8)
    y = 0.78
    for line in school[1:]:
        y = s.center(y, line, 8.5, "sans", fill=GREY)
    y = s.center(y + 0.08, title, 12, "sans-bold") + 0.05
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.4,
                [
                    (2, "STUDENT NAME", f"{up(student.surname)}, {up(student.given)}"),
                    (1, "STUDENT ID", student_id),
                    (1, "DATE OF BIRTH", us(student.born)),
                ],
            ),
        ],
        label_pt=6,
        value_pt=9,
        value_face="sans-bold",
    )
    col, top, y0 = 0, y + 0.15, y + 0.15
    for term, courses in terms:
        x = 0.6 + col * 3.7
        y0 = s.text(x, y0, term, 8.5, "sans-bold")
        y0 = s.table(
            x,
            y0,
            [2.4, 0.5, 0.6],
            [["Course", "Grade", "Credit"], *[list(c) for c in courses]],
            7.5,
            rules="header",
            header_fill=None,
        )
        y0 += 0.12
        if y0 > 8.6 and col == 0:
            col, y0 = 1, top
    s.lines(0.6, 9.1, footer, 8.5, "sans")
    s.signature(5.3, 9.3, "M. Delgado", 15)
    s.line(5.2, 9.8, 7.9, 9.8, 0.5)
    s.text(5.2, 9.85, f"Registrar    Issued {us(issued)}", 8, "sans")
    s.seal(4.4, 9.6, 0.42, "OFFICIAL TRANSCRIPT * SEAL * ", "")
    s.text(
        0.6,
        10.35,
        "This transcript is official only when it bears the registrar's signature and seal.",
        7,
        "sans-italic",
    )
    return [s]


# ---------------------------------------------------------------- police and courts


def arrest_report(person: Person, address: str, arrested: dt.date, incident: str) -> list[Sheet]:
    """A city police department's arrest report of two pages: boxed arrestee data, the
    charge table with the chapter and section, the officer's narrative, booking and bail."""
    p1 = Sheet()
    p1.logo(0.6, 0.45, 0.6, "shield", NAVY)
    p1.lines(
        1.35,
        0.45,
        ["BROCKTON POLICE DEPARTMENT", "7 Commercial Street, Brockton, MA 02302"],
        11,
        "sans-bold",
    )
    p1.text(7.9, 0.5, "ARREST REPORT", 15, "sans-bold", align="right")
    p1.text(7.9, 0.8, f"Incident #: {incident}", 9, "mono-bold", align="right")
    g = dict(label_pt=5.5, value_pt=9, value_face="mono-bold")
    y = p1.grid(
        0.6,
        1.25,
        7.3,
        [
            (
                0.4,
                [
                    (1.3, "ARREST #", "22-1187-AR"),
                    (1, "DATE OF ARREST", us(arrested)),
                    (0.8, "TIME", "01:48"),
                    (2, "LOCATION OF ARREST", "MONTELLO ST AT CENTRE ST"),
                ],
            ),
            (
                0.4,
                [
                    (
                        3,
                        "ARRESTEE NAME (LAST, FIRST MIDDLE)",
                        f"{up(person.surname.split()[-1])}, {up(person.given)}",
                    ),
                    (1, "DOB", us(person.born)),
                    (0.6, "SEX", person.sex),
                    (0.6, "RACE", "B"),
                ],
            ),
            (0.4, [(3, "ADDRESS", address), (1, "HEIGHT", "5'10\""), (1, "WEIGHT", "175")]),
            (
                0.4,
                [
                    (2, "PLACE OF BIRTH", "CAPE VERDE"),
                    (1.5, "OCCUPATION", "WAREHOUSE"),
                    (1.5, "EMPLOYER", "BAY STATE FULFILLMENT"),
                ],
            ),
        ],
        **g,
    )
    y = p1.text(0.6, y + 0.15, "CHARGES", 9, "sans-bold") + 0.03
    y = p1.table(
        0.6,
        y,
        [0.5, 1.5, 4.0, 1.3],
        [
            ["#", "STATUTE", "DESCRIPTION", "TYPE"],
            ["1", "265/13A/A", "ASSAULT & BATTERY c265 S13A(a)", "MISDEMEANOR"],
            ["2", "272/53/A", "DISORDERLY CONDUCT c272 S53", "MISDEMEANOR"],
        ],
        8.5,
    )
    y = p1.text(0.6, y + 0.2, "NARRATIVE", 9, "sans-bold") + 0.03
    narrative = [
        f"On {long(arrested).replace(',', '')} at approximately 0130 hours, Officers were dispatched "
        "to the area of a bar at Montello Street for a report of a fight in the parking lot. "
        "On arrival I observed a group of approximately six males. A male, later identified as "
        "the reporting party, stated that he had been pushed to the ground and punched by a male "
        "wearing a grey hooded sweatshirt.",
        f"I spoke with the male in the grey sweatshirt, identified by his Massachusetts "
        f"identification card as {person.given} {person.surname.split()[-1]}. He stated that the "
        "other party had shoved his cousin first and that he stepped in to separate them. He "
        "was cooperative, did not appear intoxicated and answered all questions.",
        "The reporting party had a small abrasion on his left elbow and declined medical "
        "attention. Witness statements were conflicting. Based on the reporting party's "
        "statement the arrestee was placed under arrest for the above charges, handcuffed "
        "(double locked, checked for fit) and transported to the station by Ofc. Rezendes.",
    ]
    y = p1.paras(0.6, y, 7.3, narrative, gap=0.1, pt=9.5, face="serif")
    p1.text(7.9, 10.35, "Page 1 of 2", 8, "sans", align="right")
    p2 = Sheet()
    p2.text(
        0.6,
        0.5,
        f"BROCKTON POLICE DEPARTMENT  ARREST REPORT  {incident}   (continued)",
        9,
        "sans-bold",
    )
    y = p2.paras(
        0.6,
        0.85,
        7.3,
        [
            "At the station the arrestee was booked by the booking officer. He was advised of his "
            "Miranda rights and of his right to use the telephone, and he made a call at 0231 hours. "
            "He had no injuries and stated he had none. Property was inventoried and secured.",
            "The Clerk Magistrate was contacted and bail was set at personal recognizance. The "
            "arrestee was released at 0415 hours with notice to appear at Brockton District Court "
            "for arraignment.",
        ],
        gap=0.1,
        pt=9.5,
        face="serif",
    )
    y = p2.grid(
        0.6,
        y + 0.2,
        7.3,
        [
            (
                0.4,
                [
                    (2, "BOOKING OFFICER", "SGT. P. KELLEHER #141"),
                    (2, "BAIL", "PERSONAL RECOGNIZANCE"),
                    (1.5, "RELEASED", f"{us(arrested)} 04:15"),
                ],
            ),
            (
                0.4,
                [
                    (2, "COURT", "BROCKTON DISTRICT COURT"),
                    (2, "ARRAIGNMENT DATE", us(arrested + dt.timedelta(days=2))),
                    (1.5, "PRIOR RECORD", "NONE FOUND"),
                ],
            ),
            (
                0.4,
                [
                    (2, "ARRESTING OFFICER", "OFC. D. MACEDO #287"),
                    (2, "ASSISTING", "OFC. R. REZENDES #302"),
                    (1.5, "SUPERVISOR", "LT. A. GOMES"),
                ],
            ),
        ],
        **g,
    )
    p2.signature(0.8, y + 0.3, "D. Macedo", 16)
    p2.line(0.6, y + 0.85, 3.8, y + 0.85, 0.5)
    p2.text(0.6, y + 0.9, "Reporting Officer", 8.5, "sans")
    p2.signature(4.6, y + 0.3, "A. Gomes", 16)
    p2.line(4.4, y + 0.85, 7.6, y + 0.85, 0.5)
    p2.text(4.4, y + 0.9, "Approving Supervisor", 8.5, "sans")
    p2.stamp(
        4.7, 8.6, ["BROCKTON POLICE", "RECORDS DIVISION", "CERTIFIED COPY"], 9, (40, 60, 140), 5
    )
    p2.text(7.9, 10.35, "Page 2 of 2", 8, "sans", align="right")
    return [p1, p2]


def district_court_docket(
    person: Person, docket: str, arrested: dt.date, dismissed: dt.date, attested: dt.date
) -> list[Sheet]:
    """A Massachusetts District Court criminal docket, certified: the docket number, the
    parties, the offenses with their dispositions and the docket entries by date."""
    s = Sheet()
    s.text(0.5, 0.45, "DOCKET NUMBER", 6.5, "sans")
    s.text(0.5, 0.58, docket, 11, "mono-bold")
    s.center(0.45, "CRIMINAL DOCKET", 12, "sans-bold")
    s.center(0.65, "Trial Court of Massachusetts", 9, "serif-italic")
    s.center(0.8, "District Court Department", 9, "serif-italic")
    s.text(7.9, 0.45, "Brockton District Court", 9, "sans-bold", align="right")
    s.text(7.9, 0.6, "215 Main Street", 8, "sans", align="right")
    s.text(7.9, 0.73, "Brockton, MA 02301", 8, "sans", align="right")
    name = f"{up(person.surname.split()[-1])}, {up(person.given)}"
    g = dict(label_pt=5.5, value_pt=8.5, value_face="mono-bold")
    y = s.grid(
        0.5,
        1.05,
        7.5,
        [
            (
                0.42,
                [
                    (
                        3,
                        "DEFENDANT NAME AND ADDRESS",
                        f"{name}\n57 N MAIN ST APT 3 BROCKTON MA 02301",
                    ),
                    (1, "DATE OF BIRTH", us(person.born)),
                    (1.4, "OFFENSE DATE", us(arrested)),
                    (1.4, "DATE COMPLAINT ISSUED", us(arrested + dt.timedelta(days=2))),
                ],
            ),
            (
                0.42,
                [
                    (3, "POLICE DEPARTMENT / INCIDENT REPORT NO.", "BROCKTON PD  22-5531-OF"),
                    (2, "DEFENSE ATTORNEY", "MARGARET O. ABREU (CPCS)"),
                    (1.8, "NEXT EVENT", "NONE"),
                ],
            ),
        ],
        **g,
    )
    y = s.text(0.5, y + 0.15, "OFFENSE(S)", 8.5, "sans-bold") + 0.02
    y = s.table(
        0.5,
        y,
        [0.4, 3.4, 1.5, 2.2],
        [
            ["#", "OFFENSE", "CODE", "DISPOSITION / DATE"],
            ["1", "A&B c265 §13A(a)", "265/13A/A", f"DISMISSED  {us(dismissed)}"],
            ["2", "DISORDERLY CONDUCT c272 §53", "272/53/A", f"DISMISSED  {us(dismissed)}"],
        ],
        8,
    )
    y = s.text(0.5, y + 0.2, "DOCKET ENTRIES", 8.5, "sans-bold") + 0.02
    entries = [
        (
            us(arrested + dt.timedelta(days=2)),
            "Complaint issued. Defendant arraigned; advised of right to counsel; "
            "CPCS appointed. Released on personal recognizance. Pretrial conference scheduled.",
        ),
        (
            us(arrested + dt.timedelta(days=2)),
            "Pretrial conditions: stay away from and no contact with alleged victim.",
        ),
        (
            us(arrested + dt.timedelta(days=58)),
            "Pretrial conference held. Discovery ordered. Continued by agreement.",
        ),
        (
            us(dismissed - dt.timedelta(days=1)),
            "Commonwealth files nolle prosequi as to counts 1 and 2: alleged "
            "victim does not wish to proceed; insufficient evidence.",
        ),
        (
            us(dismissed),
            "Counts 1 and 2 DISMISSED at request of Commonwealth. Pretrial conditions "
            "terminated. Case closed. (Hon. R. Ferreira-Lynch)",
        ),
    ]
    rows = [["DATE", "DOCKET ENTRY"]]
    for date, text in entries:
        lines = s.wrap(text, 5.6, 8, "sans")
        rows.append([date, lines[0]])
        rows += [["", line] for line in lines[1:]]
    y = s.table(0.5, y, [1.2, 6.3], rows, 8, rules="header")
    s.text(0.5, y + 0.4, "A TRUE COPY ATTEST:", 10, "serif-bold")
    s.signature(0.7, y + 0.6, "Kevin P. Duarte", 17)
    s.line(0.5, y + 1.15, 4.0, y + 1.15, 0.6)
    s.lines(0.5, y + 1.2, ["Clerk-Magistrate / Asst. Clerk", f"Date: {us(attested)}"], 9, "serif")
    s.stamp(
        4.8, y + 0.3, ["BROCKTON DISTRICT COURT", "CERTIFIED", us(attested)], 10, (40, 60, 140), -4
    )
    s.text(0.5, 10.35, f"Printed: {us(attested)} 10:14    Page 1 of 1", 7.5, "sans")
    return [s]


# ---------------------------------------------------------------- clinical


def discharge_summary(
    patient: Person, caregiver: Person, admitted: dt.date, discharged: dt.date, mrn: str
) -> list[Sheet]:
    """A hospital discharge summary of two pages from the electronic record: the patient
    banner, diagnoses with codes, hospital course, medications and the disposition."""
    p1 = Sheet()
    p1.text(0.6, 0.45, "SAGUARO REGIONAL MEDICAL CENTER", 12, "sans-bold", fill=(120, 40, 40))
    p1.text(
        0.6,
        0.68,
        "2900 E. Grant Road, Tucson, AZ 85716   Health Information Management",
        8,
        "sans",
        fill=GREY,
    )
    y = p1.center(1.0, "DISCHARGE SUMMARY", 14, "sans-bold") + 0.05
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.38,
                [
                    (2.3, "PATIENT", f"{up(patient.surname)}, {up(patient.first)}"),
                    (1, "MRN", mrn),
                    (1, "DOB", us(patient.born)),
                    (0.6, "SEX", patient.sex),
                ],
            ),
            (
                0.38,
                [
                    (1, "ADMIT DATE", us(admitted)),
                    (1, "DISCHARGE DATE", us(discharged)),
                    (2.5, "ATTENDING", "Priya Raman-Holt, MD (Hospital Medicine)"),
                ],
            ),
            (
                0.38,
                [
                    (2, "PRIMARY CARE", "Alan J. Whitaker, MD"),
                    (
                        2.5,
                        "EMERGENCY CONTACT",
                        f"{caregiver.first} {caregiver.surname.split()[0]} (son) 520-555-0137",
                    ),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=8.5,
        value_face="sans-bold",
    )
    blocks = [
        (
            "DIAGNOSES",
            [
                "Principal: Acute metabolic encephalopathy due to urinary tract infection (G93.41, N39.0)",
                "Secondary: Alzheimer's disease with late onset (G30.1); dementia, moderate, with",
                "   behavioral disturbance (F02.B11); essential hypertension (I10); osteoporosis (M81.0);",
                "   history of fall with left wrist fracture (2024).",
            ],
        ),
    ]
    for head, lines in blocks:
        y = p1.text(0.6, y + 0.15, head, 9.5, "sans-bold") + 0.03
        y = p1.lines(0.7, y, lines, 9, "sans")
    y = p1.text(0.6, y + 0.15, "HOSPITAL COURSE", 9.5, "sans-bold") + 0.03
    y = p1.paras(
        0.6,
        y,
        7.3,
        [
            f"Mrs. {patient.surname.split()[0]} is a {(discharged - patient.born).days // 365}-year-old woman with "
            "moderate Alzheimer's dementia brought in by her son for two days of increased confusion, "
            "agitation at night and poor oral intake. Urinalysis was consistent with infection; "
            "culture grew E. coli sensitive to ceftriaxone. She received IV ceftriaxone, then oral "
            "cephalexin, with IV fluids. Mental status returned to baseline by hospital day 3.",
            "Baseline: oriented to person only; needs help with bathing, dressing, medication "
            "administration and meals; ambulates with a walker with standby assistance; at risk of "
            "wandering. Physical therapy recommends 24-hour supervision.",
        ],
        gap=0.1,
        pt=9.5,
        face="serif",
    )
    y = p1.text(0.6, y + 0.15, "DISCHARGE MEDICATIONS", 9.5, "sans-bold") + 0.03
    p1.table(
        0.6,
        y,
        [2.6, 1.3, 3.4],
        [
            ["Medication", "Dose", "Instructions"],
            ["Cephalexin", "500 mg", "By mouth 4 times a day for 4 more days"],
            ["Donepezil", "10 mg", "By mouth at bedtime (continue)"],
            ["Memantine", "10 mg", "By mouth twice a day (continue)"],
            ["Amlodipine", "5 mg", "By mouth daily (continue)"],
            ["Alendronate", "70 mg", "Once weekly, Sunday (continue)"],
        ],
        8.5,
    )
    p1.text(0.6, 10.35, f"{up(patient.surname)}, {up(patient.first)}  MRN {mrn}", 7.5, "sans")
    p1.text(7.9, 10.35, "Page 1 of 2", 7.5, "sans", align="right")
    p2 = Sheet()
    p2.text(
        0.6,
        0.45,
        f"DISCHARGE SUMMARY  {up(patient.surname)}, {up(patient.first)}  MRN {mrn}",
        9,
        "sans-bold",
    )
    y = p2.text(0.6, 0.85, "DISPOSITION", 9.5, "sans-bold") + 0.03
    y = p2.paras(
        0.6,
        y,
        7.3,
        [
            f"Discharged home with family. Her son, {caregiver.first} {caregiver.surname}, lives with "
            "the patient, is her primary caregiver and manages all of her medications and "
            "appointments. Caregiver teaching completed on signs of infection and delirium, fall "
            "precautions and hydration; he verbalized understanding and demonstrated the medication "
            "schedule with the pill organizer.",
            "Home health referral placed: skilled nursing x 2 weeks and physical therapy. Durable "
            "medical equipment: shower chair and bed rail ordered.",
        ],
        gap=0.1,
        pt=9.5,
        face="serif",
    )
    y = p2.text(0.6, y + 0.15, "FOLLOW-UP", 9.5, "sans-bold") + 0.03
    y = p2.lines(
        0.7,
        y,
        [
            "Alan J. Whitaker, MD (primary care) within 7 days",
            "Sonoran Memory Care Clinic (neurology), as scheduled",
            "Return to the Emergency Department for fever, new confusion or falls",
        ],
        9,
        "sans",
    )
    y = p2.text(
        0.6, y + 0.2, "CONDITION AT DISCHARGE:  Stable, at cognitive baseline.", 9.5, "sans-bold"
    )
    p2.text(
        0.6,
        y + 0.5,
        "Electronically signed by: Priya Raman-Holt, MD  " + us(discharged) + " 16:22",
        9,
        "sans",
    )
    p2.text(0.6, y + 0.7, "cc: Alan J. Whitaker, MD", 9, "sans")
    p2.text(7.9, 10.35, "Page 2 of 2", 7.5, "sans", align="right")
    return [p1, p2]


# ---------------------------------------------------------------- forms and letters


def g28(
    client: Person, a_number: str, rep: dict, signed: dt.date, address: list[str]
) -> list[Sheet]:
    """The first page of Form G-28 (DHS), notice of entry of appearance: the parts, the
    representative's data, the client's name and A-number."""
    s = Sheet()
    s.text(0.6, 0.45, "Notice of Entry of Appearance", 13, "sans-bold")
    s.text(0.6, 0.68, "as Attorney or Accredited Representative", 13, "sans-bold")
    s.text(7.9, 0.45, "DHS", 12, "sans-bold", align="right")
    s.text(7.9, 0.65, "Form G-28", 10, "sans-bold", align="right")
    s.text(7.9, 0.82, "OMB No. 1615-0105", 8, align="right")
    s.text(7.9, 0.96, "Expires 05/31/2027", 8, align="right")
    s.text(0.6, 0.95, "Department of Homeland Security", 9)
    s.rect(0.6, 1.2, 7.3, 0.22, fill=(210, 210, 210))
    s.text(
        0.65,
        1.23,
        "Part 1.  Information About Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    last, first = rep["name"].split()[-1], " ".join(rep["name"].split()[:-1])
    g = dict(label_pt=6, value_pt=9.5, value_face="mono-bold")
    y = s.grid(
        0.6,
        1.45,
        7.3,
        [
            (
                0.42,
                [
                    (1, "1. Online Account Number (if any)", ""),
                    (1, "2.a. Family Name (Last Name)", up(last)),
                    (1, "2.b. Given Name (First Name)", up(first)),
                ],
            ),
            (
                0.42,
                [
                    (2, "3.a. Street Number and Name", rep["address"][0]),
                    (1, "Ste. / Flr. / Apt.", ""),
                ],
            ),
            (
                0.42,
                [
                    (2, "3.d. City, State, ZIP Code", rep["address"][1]),
                    (1, "4. Daytime Telephone", rep["phone"]),
                ],
            ),
            (0.42, [(2, "6. Email Address (if any)", rep["email"]), (1, "7. Fax Number", "")]),
        ],
        **g,
    )
    s.rect(0.6, y + 0.1, 7.3, 0.22, fill=(210, 210, 210))
    s.text(
        0.65,
        y + 0.13,
        "Part 2.  Eligibility Information for Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y = s.checkbox(
        0.7, y + 0.45, False, "1.a. I am an attorney eligible to practice law in ...", 8.5
    )
    y = s.checkbox(
        0.7,
        y + 0.05,
        True,
        "2.a. I am an accredited representative of the following "
        "qualified nonprofit religious, charitable, social service, or similar organization "
        "established in the United States",
        8.5,
    )
    y = s.grid(
        0.6,
        y + 0.08,
        7.3,
        [
            (
                0.42,
                [
                    (2, "2.b. Name of Recognized Organization", rep["organization"]),
                    (1, "2.c. Date of Accreditation", "03/14/2023"),
                ],
            ),
        ],
        **g,
    )
    s.rect(0.6, y + 0.1, 7.3, 0.22, fill=(210, 210, 210))
    s.text(
        0.65,
        y + 0.13,
        "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
        9,
        "sans-bold",
    )
    y = s.checkbox(0.7, y + 0.45, False, "1.a. USCIS   ", 8.5)
    y = s.checkbox(
        0.7,
        y + 0.05,
        True,
        "1.b. ICE  List the specific matter: removal proceedings; request for prosecutorial discretion",
        8.5,
    )
    y = s.checkbox(0.7, y + 0.05, False, "1.c. CBP", 8.5)
    y = s.text(
        0.6,
        y + 0.1,
        "Information About Client (Applicant, Petitioner, Requestor, Beneficiary or Derivative, "
        "Respondent, or Document Requestor)",
        8,
        "sans-bold",
    )
    y = s.grid(
        0.6,
        y + 0.05,
        7.3,
        [
            (
                0.42,
                [
                    (1, "5.a. Family Name (Last Name)", up(client.surname)),
                    (1, "5.b. Given Name (First Name)", up(client.given)),
                    (1, "5.c. Middle Name", ""),
                ],
            ),
            (
                0.42,
                [
                    (1, "8. Client's USCIS Online Account Number", ""),
                    (1, "9. Alien Registration Number (A-Number)", "A-" + a_number),
                ],
            ),
            (
                0.42,
                [
                    (2, "11.a. Street Number and Name", address[0]),
                    (1, "11.d. City, State, ZIP", address[1]),
                ],
            ),
        ],
        **g,
    )
    y = s.text(
        0.6, y + 0.15, "Part 4.  Client's Consent to Representation and Signature", 9, "sans-bold"
    )
    s.signature(0.9, y + 0.1, plain(client.first + " " + client.surname.split()[0]), 16)
    s.line(0.6, y + 0.6, 5.0, y + 0.6, 0.5)
    s.text(0.6, y + 0.63, "2.a. Signature of Client or Authorized Signatory", 7.5)
    s.text(5.4, y + 0.4, us(signed), 10, "mono-bold")
    s.line(5.3, y + 0.6, 7.9, y + 0.6, 0.5)
    s.text(5.3, y + 0.63, "2.b. Date of Signature", 7.5)
    s.text(0.6, 10.35, "Form G-28 Edition 09/17/18", 8, "sans")
    s.text(7.9, 10.35, "Page 1 of 4", 8, "sans", align="right")
    return [s]


def letter(
    head, date_line, recipient, re_line, salutation, body, closing, signer, signer_lines, **kw
) -> list[Sheet]:
    return [
        write_letter(
            head,
            date_line,
            recipient,
            re_line,
            salutation,
            body,
            closing,
            signer,
            signer_lines,
            **kw,
        )
    ]


__all__ += ["BLUE_INK", "GREEN", "INK", "NAVY", "RED"]
