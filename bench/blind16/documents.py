"""The papers of the sixteenth blind corpus, drawn from what the real ones look like: passport
data pages with their zones, foreign civil records (a Brazilian certidão de nascimento, a Polish
odpis zupełny, an Indonesian kutipan akta kelahiran, a Turkish nüfus kayıt örneği), typed
translations and their certificates, four states' birth records, and the paperwork of everyday
American life: USCIS notices, benefit letters, a Social Security Statement, utility notices, a
bank's letter, school letters, family court orders, a pharmacy printout, a hospital bill, tax
forms, a driver license, church papers and a G-28.

Invented people, numbers and addresses only. NEVER TUNE RULES ON THESE PAPERS.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from tests.realistic import mrz
from tests.realistic.dates import long, month, us
from tests.realistic.model import Person, plain, up
from tests.realistic.paper import (
    BLUE_INK,
    GREY,
    INK,
    Sheet,
    card,
    letterhead,
    monospace_page,
    portrait,
    tinted,
)

RED = (170, 30, 40)
NAVY = (20, 40, 95)
PALE = (238, 238, 238)


# ---------------------------------------------------------------- numbers in words


_PT_UNITS = [
    "zero",
    "um",
    "dois",
    "três",
    "quatro",
    "cinco",
    "seis",
    "sete",
    "oito",
    "nove",
    "dez",
    "onze",
    "doze",
    "treze",
    "quatorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
]
_PT_TENS = [
    "_",
    "_",
    "vinte",
    "trinta",
    "quarenta",
    "cinquenta",
    "sessenta",
    "setenta",
    "oitenta",
    "noventa",
]
_PT_HUNDREDS = [
    "_",
    "cento",
    "duzentos",
    "trezentos",
    "quatrocentos",
    "quinhentos",
    "seiscentos",
    "setecentos",
    "oitocentos",
    "novecentos",
]


def pt_words(n: int) -> str:
    """Portuguese number words, as Brazilian registrars spell dates ("mil novecentos e ...")."""
    if n < 20:
        return _PT_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _PT_TENS[tens] + (f" e {_PT_UNITS[unit]}" if unit else "")
    if n < 1000:
        if n == 100:
            return "cem"
        hundreds, rest = divmod(n, 100)
        return _PT_HUNDREDS[hundreds] + (f" e {pt_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "mil" if thousands == 1 else f"{pt_words(thousands)} mil"
    if not rest:
        return head
    joiner = " e " if rest < 100 or rest % 100 == 0 else " "
    return head + joiner + pt_words(rest)


_ID_UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def id_words(n: int) -> str:
    """Indonesian number words ("seribu sembilan ratus delapan puluh satu")."""
    if n < 10:
        return _ID_UNITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_ID_UNITS[n - 10]} belas"
    if n < 100:
        tens, unit = divmod(n, 10)
        return f"{_ID_UNITS[tens]} puluh" + (f" {_ID_UNITS[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{_ID_UNITS[hundreds]} ratus"
        return head + (f" {id_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "seribu" if thousands == 1 else f"{id_words(thousands)} ribu"
    return head + (f" {id_words(rest)}" if rest else "")


PT_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
ID_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


# ---------------------------------------------------------------- passports


def passport(
    *,
    person: Person,
    number: str,
    code: str,
    heading: list[str],
    labels: list[str],
    nationality: str,
    place: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    when: Callable[[dt.date], str],
    seed: int,
    tint: tuple[tuple[int, int, int], tuple[int, int, int]],
    personal: str = "",
    personal_label: str = "",
) -> tuple[list[Sheet], tuple[str, str]]:
    """A passport's data page: the state's name across the top, the holder's photo, labelled
    fields (each label in the issuing state's language and English, as the page prints it),
    the zone at the foot. ``labels``: type, code, number, surname, given names, nationality,
    birth, sex, place of birth, issued, expiry, authority."""
    s = card(125, 88)
    tinted(s, *tint)
    s.security_background(seed, tuple(max(0, c - 16) for c in tint[0]))  # type: ignore[arg-type]
    y = 0.08
    for line in heading:
        y = s.center(y, line, 7, "sans-bold", fill=NAVY)
    portrait(s, 0.2, 0.62, 1.12, 1.45, seed)
    s.signature(0.25, 2.22, person.first, 13, fill=INK)
    x1, x2, x3 = 1.5, 2.25, 3.3
    step = 0.262

    def put(x: float, row: int, label: str, value: str) -> None:
        top = 0.58 + row * step
        s.text(x, top, label, 4.6, "sans", fill=(70, 70, 90))
        s.text(x, top + 0.075, value, 7.8, "sans-bold")

    put(x1, 0, labels[0], "P")
    put(x2, 0, labels[1], code)
    put(x3, 0, labels[2], number)
    put(x1, 1, labels[3], up(person.surname))
    put(x1, 2, labels[4], up(person.given))
    put(x1, 3, labels[5], nationality)
    put(x1, 4, labels[6], when(person.born))
    put(x3, 4, labels[7], person.sex)
    put(x1, 5, labels[8], place)
    put(x1, 6, labels[9], when(issued))
    put(x3, 6, labels[10], when(expiry))
    put(x1, 7, labels[11], authority)
    if personal_label:
        put(x3, 5, personal_label, personal)
    zone = mrz.td3(
        kind="P",
        country=code,
        surname=person.surname,
        given=person.given,
        number=number,
        nationality=code,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
        personal=personal,
    )
    s.rect(0, 2.78, s.width, s.height - 2.78, outline=None, fill=(246, 246, 240))
    y = 2.86
    for line in zone:
        s.text(0.2, y, line, 11.5, "mono-bold")
        y += 0.22
    return [s], zone


# ---------------------------------------------------------------- foreign civil records


def certidao_nascimento(
    *,
    person: Person,
    father: str,
    mother: str,
    grandparents: str,
    cpf: str,
    matricula: str,
    registered: dt.date,
    issued: dt.date,
    dnv: str,
    city: str,
    hospital: str,
    hour: str,
    cartorio: list[str],
    officer: str,
    place: str,
    seed: int,
) -> list[Sheet]:
    """The national model of a Brazilian birth certificate (since 2010): green security paper,
    the republic's name over the registry's, boxed fields in capitals, the date of birth in
    words, the thirty-two digit matrícula, the registrar's 'Dou fé' and the TJ seal number."""
    s = Sheet()
    s.security_background(seed, (214, 234, 214))
    s.border(0.4, 1.6)
    s.seal(4.25, 1.05, 0.45, "REPÚBLICA FEDERATIVA DO BRASIL ", "BRASIL")
    s.center(1.6, "REPÚBLICA FEDERATIVA DO BRASIL", 13, "serif-bold")
    s.center(1.86, "REGISTRO CIVIL DAS PESSOAS NATURAIS", 11, "serif-bold")
    s.center(2.2, "CERTIDÃO DE NASCIMENTO", 17, "serif-bold", fill=(20, 90, 40))
    words = (
        f"{pt_words(person.born.day)} de {PT_MONTHS[person.born.month - 1]} de "
        f"{pt_words(person.born.year)}"
    ).upper()
    rows = [
        (0.5, [(4, "NOME", up(person.name)), (2, "CPF", cpf)]),
        (0.5, [(1, "MATRÍCULA", matricula)]),
        (0.62, [(4, "DATA DE NASCIMENTO POR EXTENSO", words), (1, "HORA", hour)]),
        (
            0.5,
            [
                (1, "DIA", f"{person.born.day:02d}"),
                (1, "MÊS", f"{person.born.month:02d}"),
                (1, "ANO", str(person.born.year)),
                (3, "MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", city),
            ],
        ),
        (
            0.5,
            [
                (3, "LOCAL DE NASCIMENTO", hospital),
                (3, "MUNICÍPIO DE NASCIMENTO E UNIDADE DA FEDERAÇÃO", city),
            ],
        ),
        (0.5, [(1, "SEXO", "FEMININO" if person.sex == "F" else "MASCULINO"), (2, "GÊMEO", "NÃO")]),
        (0.62, [(1, "FILIAÇÃO", f"{father}\n{mother}")]),
        (0.62, [(1, "AVÓS", grandparents)]),
        (
            0.5,
            [
                (
                    3,
                    "DATA DO REGISTRO POR EXTENSO",
                    f"{pt_words(registered.day)} de {PT_MONTHS[registered.month - 1]} de "
                    f"{pt_words(registered.year)}".upper(),
                ),
                (2, "NÚMERO DA DECLARAÇÃO DE NASCIDO VIVO", dnv),
            ],
        ),
        (0.55, [(1, "AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "NADA CONSTA")]),
    ]
    y = s.grid(0.7, 2.6, 7.1, rows, label_pt=6, value_pt=9.5)
    y = s.lines(0.75, y + 0.15, cartorio, 8.5, "sans")
    y = s.para(
        0.75,
        y + 0.1,
        7.0,
        "O conteúdo da certidão é verdadeiro. Dou fé. "
        f"{place}, {issued.day:02d} de "
        f"{PT_MONTHS[issued.month - 1]} de {issued.year}.",
        9.5,
        "serif",
    )
    s.signature(4.6, y + 0.15, officer, 20)
    s.line(4.3, y + 0.75, 7.6, y + 0.75, 0.6)
    s.text(5.95, y + 0.8, f"{officer} - Oficial Substituta", 8, align="center")
    s.stamp(
        0.9,
        y + 0.2,
        ["SELO DIGITAL", "EBX41207-KQ", "Consulte em www.tjmg.jus.br"],
        7.5,
        colour=(30, 90, 60),
        angle=0,
    )
    return [s]


def odpis_zupelny(
    *,
    person: Person,
    pesel: str,
    father: tuple[str, str, str, str],
    mother: tuple[str, str, str, str, str],
    act: str,
    office: str,
    province: str,
    issued: dt.date,
    registrar: str,
    seed: int,
) -> list[Sheet]:
    """A Polish civil registry office's full copy of a birth act (odpis zupełny aktu urodzenia),
    as printed since the registers went digital: numbered rows in sections, dates as DD.MM.YYYY,
    the certifying formula and the head of the office's seal. ``father``: surname, given names,
    date, place; ``mother``: surname, given names, family name, date, place."""
    s = Sheet()
    s.security_background(seed, (236, 226, 236))
    s.seal(1.3, 1.05, 0.45, "RZECZPOSPOLITA POLSKA ", "RP")
    s.text(2.0, 0.7, "RZECZPOSPOLITA POLSKA", 12, "serif-bold")
    s.text(2.0, 0.95, f"Województwo {province}", 9.5, "serif")
    s.text(2.0, 1.14, office, 10, "serif-bold")
    s.text(7.8, 0.7, f"Numer aktu: {act}", 9, "sans", align="right")
    s.center(1.7, "ODPIS ZUPEŁNY AKTU URODZENIA", 16, "serif-bold")

    def section(y: float, title: str, rows: list[tuple[str, str]]) -> float:
        s.rect(0.8, y, 6.9, 0.28, outline=None, fill=(225, 225, 228))
        s.text(0.9, y + 0.05, title, 9, "sans-bold")
        y += 0.28
        for n, (label, value) in enumerate(rows, 1):
            s.rect(0.8, y, 6.9, 0.32, weight=0.5)
            s.text(0.88, y + 0.08, f"{n}.", 8.5)
            s.text(1.1, y + 0.08, label, 8.5)
            s.text(3.6, y + 0.06, value, 10, "mono-bold")
            y += 0.32
        return y + 0.12

    dob = person.born.strftime("%d.%m.%Y")
    y = section(
        2.1,
        "DANE DOTYCZĄCE DZIECKA",
        [
            ("Nazwisko", up(person.surname)),
            ("Imię (imiona)", up(person.given)),
            ("Płeć", "KOBIETA" if person.sex == "F" else "MĘŻCZYZNA"),
            ("Data urodzenia", dob),
            ("Godzina urodzenia", "07:40"),
            ("Miejsce urodzenia", up(person.birthplace)),
            ("Numer PESEL", pesel),
        ],
    )
    y = section(
        y,
        "DANE DOTYCZĄCE OJCA",
        [
            ("Nazwisko", father[0]),
            ("Imię (imiona)", father[1]),
            ("Data urodzenia", father[2]),
            ("Miejsce urodzenia", father[3]),
        ],
    )
    y = section(
        y,
        "DANE DOTYCZĄCE MATKI",
        [
            ("Nazwisko", mother[0]),
            ("Imię (imiona)", mother[1]),
            ("Nazwisko rodowe", mother[2]),
            ("Data urodzenia", mother[3]),
            ("Miejsce urodzenia", mother[4]),
        ],
    )
    y = section(y, "ADNOTACJE I WZMIANKI", [("Wzmianki dodatkowe", "BRAK")])
    y = s.para(
        0.8,
        y + 0.05,
        6.9,
        "Zaświadcza się zgodność powyższego odpisu z treścią aktu stanu cywilnego.",
        10,
        "serif",
    )
    s.text(0.8, y + 0.25, f"{office.split(' w ')[-1]}, {issued.strftime('%d.%m.%Y')}", 10, "serif")
    s.seal(2.3, y + 1.15, 0.55, f"URZĄD STANU CYWILNEGO W {office.split(' w ')[-1].upper()} ")
    s.signature(4.8, y + 0.45, registrar, 19)
    s.line(4.5, y + 1.05, 7.6, y + 1.05, 0.6)
    s.text(6.05, y + 1.1, "Kierownik Urzędu Stanu Cywilnego", 8.5, align="center")
    s.text(6.05, y + 1.27, registrar, 8.5, align="center")
    return [s]


def kutipan_akta(
    *,
    person: Person,
    father: str,
    mother: str,
    number: str,
    issued: dt.date,
    head: str,
    seed: int,
) -> list[Sheet]:
    """An Indonesian civil registry's extract of a birth act (kutipan akta kelahiran) of the
    early 1980s: the Garuda over the heading, one paragraph of prose naming the child and the
    married couple, the date spelled out in words, the head of the office's signature and seal."""
    s = Sheet()
    s.security_background(seed, (240, 232, 210))
    s.border(0.45, 2.2)
    s.seal(4.25, 1.1, 0.5, "REPUBLIK INDONESIA ", "GARUDA")
    s.center(1.75, "REPUBLIK INDONESIA", 12, "serif-bold")
    s.center(1.98, "PENCATATAN SIPIL", 11, "serif")
    s.text(1.0, 2.35, "WARGA NEGARA: INDONESIA", 9.5, "serif")
    s.text(7.5, 2.35, "STBLD. 1917 No. 130", 9.5, "serif", align="right")
    s.center(2.75, "KUTIPAN AKTA KELAHIRAN", 18, "serif-bold")
    s.center(3.1, f"No. {number}", 11, "serif")
    born = person.born
    words = f"{id_words(born.day)} {ID_MONTHS[born.month - 1]} {id_words(born.year)}"
    y = s.para(
        1.0,
        3.6,
        6.5,
        f"Berdasarkan Akta Kelahiran Nomor {number} menurut Stbld. 1917 No. 130 jo. 1919 No. 81 "
        f"bahwa di {person.birthplace} pada tanggal {words} telah lahir:",
        12,
        "serif",
        leading=1.6,
    )
    y = s.center(y + 0.25, up(person.name), 16, "serif-bold")
    y = s.para(
        1.0,
        y + 0.3,
        6.5,
        f"anak {'perempuan' if person.sex == 'F' else 'laki-laki'} dari suami-isteri "
        f"{father} dan {mother}.",
        12,
        "serif",
        leading=1.6,
    )
    y = s.para(
        1.0,
        y + 0.35,
        6.5,
        f"Kutipan ini dikeluarkan di {person.birthplace}, pada tanggal {issued.day} "
        f"{ID_MONTHS[issued.month - 1]} {issued.year}.",
        11,
        "serif",
    )
    s.text(4.4, y + 0.4, "KEPALA KANTOR CATATAN SIPIL", 10, "serif-bold")
    s.text(4.4, y + 0.6, f"KOTAMADYA {up(person.birthplace)},", 10, "serif-bold")
    s.seal(4.7, y + 1.45, 0.55, "KANTOR CATATAN SIPIL ")
    s.signature(5.0, y + 1.2, head, 22)
    s.text(4.4, y + 2.05, head, 10, "serif-bold")
    s.text(4.4, y + 2.23, "NIP. 010 072 315", 9, "serif")
    s.text(1.0, 9.9, "Bea Materai Rp. 500,-", 8.5, "serif", fill=GREY)
    return [s]


def nufus_kayit(
    *,
    person: Person,
    kimlik: str,
    father: tuple[str, str, str],
    mother: tuple[str, str, str],
    province: str,
    district: str,
    quarter: str,
    issued: dt.datetime,
    code: str,
) -> list[Sheet]:
    """A Turkish population register extract (nüfus kayıt örneği) printed from e-Devlet: the
    ministry's heading, the register's place, a table of the person and her parents, the
    electronic-signature note and the barcode's verification code. ``father``/``mother``:
    T.C. kimlik no, given name, birth place and date."""
    s = Sheet()
    s.text(0.6, 0.5, "T.C.", 10, "sans-bold")
    s.text(0.6, 0.68, "İÇİŞLERİ BAKANLIĞI", 10, "sans-bold")
    s.text(0.6, 0.86, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", 9.5, "sans")
    s.seal(7.4, 0.9, 0.42, "T.C. İÇİŞLERİ BAKANLIĞI ")
    s.center(1.45, "NÜFUS KAYIT ÖRNEĞİ", 15, "sans-bold")
    y = s.grid(
        0.6,
        1.8,
        7.3,
        [
            (
                0.42,
                [
                    (2, "İl", province),
                    (2, "İlçe", district),
                    (3, "Mahalle/Köy", quarter),
                    (1, "Cilt No", "47"),
                    (1, "Hane No", "318"),
                ],
            )
        ],
        label_pt=6.5,
        value_pt=8.5,
        value_face="sans-bold",
    )
    header = [
        "BSN",
        "Cinsiyeti",
        "Yakınlık Derecesi",
        "T.C. Kimlik No",
        "Adı",
        "Soyadı",
        "Baba Adı",
        "Ana Adı",
        "Doğum Yeri ve Tarihi",
        "Medeni Hali",
        "Durumu",
    ]
    own = person.born.strftime("%d.%m.%Y")
    rows = [
        header,
        [
            "1",
            "E",
            "Babası",
            father[0],
            father[1],
            up(person.surname),
            "MEHMET",
            "HATİCE",
            father[2],
            "Evli",
            "Sağ",
        ],
        [
            "2",
            "K",
            "Annesi",
            mother[0],
            mother[1],
            up(person.surname),
            "OSMAN",
            "FATMA",
            mother[2],
            "Evli",
            "Sağ",
        ],
        [
            "3",
            "K",
            "Kendisi",
            kimlik,
            up(person.given),
            up(person.surname),
            father[1],
            mother[1],
            f"{up(person.birthplace)} {own}",
            "Bekar",
            "Sağ",
        ],
    ]
    widths = [0.32, 0.5, 0.68, 0.9, 0.6, 0.55, 0.6, 0.55, 1.25, 0.55, 0.4]
    y = s.table(0.45, y + 0.25, widths, rows, pt=5.6, row_height=0.34)
    y = s.para(
        0.6,
        y + 0.35,
        7.3,
        "Açıklamalar: Kişinin nüfus kaydında herhangi bir açıklama bulunmamaktadır.",
        8.5,
        "sans",
    )
    y = s.para(
        0.6,
        y + 0.2,
        7.3,
        "Bu belge 5070 sayılı Elektronik İmza Kanunu çerçevesinde güvenli elektronik imza ile "
        "imzalanmıştır. Belgenin doğruluğunu turkiye.gov.tr adresindeki Barkodlu Belge "
        "Doğrulama hizmetinden barkod numarası ile kontrol edebilirsiniz.",
        8.5,
        "sans",
    )
    rng = random.Random(kimlik)
    x = 0.6
    while x < 3.2:
        w = rng.choice([0.012, 0.02, 0.03])
        s.rect(x, y + 0.3, w, 0.45, outline=None, fill=INK)
        x += w + rng.choice([0.012, 0.02])
    s.text(0.6, y + 0.82, f"Barkod: {code}", 8, "mono")
    s.text(
        7.9,
        y + 0.4,
        f"Belge Tarihi: {issued.strftime('%d.%m.%Y %H:%M')}",
        8,
        "sans",
        align="right",
    )
    s.text(7.9, 10.5, "Sayfa 1 / 1", 7.5, align="right", fill=GREY)
    return [s]


# ---------------------------------------------------------------- translations


def translation(
    title: str,
    lines: list[tuple[str, str]],
    notes: list[str],
    closing: list[str],
    *,
    pages: int = 1,
) -> list[Sheet]:
    """A translator's typed English rendering: the source named at the top, bracketed notes
    for seals and signatures, each field as the original lays it out (label: value)."""
    per_page = -(-len(lines) // pages)
    sheets = []
    for p in range(pages):
        s = Sheet()
        y = 0.8
        if p == 0:
            y = s.center(y, title, 12, "serif-bold") + 0.15
            for note in notes:
                y = s.para(1.0, y, 6.5, note, 10.5, "serif-italic") + 0.05
            y += 0.2
        for label, value in lines[p * per_page : (p + 1) * per_page]:
            if not label:
                y = s.para(1.0, y, 6.5, value, 11, "serif") + 0.08
                continue
            s.text(1.0, y, f"{label}:", 10.5, "serif-bold")
            y = s.para(3.4, y, 4.2, value, 11, "serif") + 0.06
        if p == pages - 1:
            y += 0.2
            for line in closing:
                y = s.para(1.0, y, 6.5, line, 10.5, "serif-italic") + 0.05
        s.text(7.5, 10.4, f"Page {p + 1} of {pages}", 8.5, "serif", align="right", fill=GREY)
        sheets.append(s)
    return sheets


def translator_certificate(
    heading: str,
    body: list[str],
    name: str,
    address: list[str],
    phone: str,
    signed: dt.date,
    notary: list[str] | None = None,
) -> list[Sheet]:
    """A translator's certificate on its own page: who translated what, competence and accuracy
    in the translator's words, signature, address, telephone and date."""
    s = Sheet()
    y = s.center(1.1, heading, 14, "serif-bold") + 0.4
    y = s.paras(1.0, y, 6.5, body, gap=0.2, pt=12, face="serif", leading=1.5)
    s.signature(1.1, y + 0.2, name, 22)
    s.line(1.0, y + 0.85, 4.4, y + 0.85, 0.6)
    y = s.lines(
        1.0, y + 0.92, [name, *address, f"Tel. {phone}", f"Date: {long(signed)}"], 11, "serif"
    )
    if notary:
        s.stamp(4.6, y + 0.2, notary, 8.5, colour=(40, 40, 120), angle=-4)
    return [s]


# ---------------------------------------------------------------- US birth records


def us_birth(
    *,
    heading: list[str],
    title: str,
    numbers: list[tuple[str, str]],
    rows: list[tuple[float, list[tuple[float, str, str]]]],
    certification: str,
    registrar: str,
    registrar_title: str,
    issued: str,
    seal: str,
    tint: tuple[int, int, int],
    seed: int,
    bands: list[tuple[str, int]] | None = None,
    warning: str = "",
) -> list[Sheet]:
    """A certified copy of a US birth record on security paper: the issuer's heading, the
    record's title and file numbers, its numbered boxes (optionally with section names up the
    left side), the registrar's certification, signature and seal, the issue date."""
    s = Sheet()
    s.security_background(seed, tint)
    s.border(0.35, 1.8)
    y = 0.62
    for i, line in enumerate(heading):
        y = s.center(y, line, 11 if i == 0 else 9, "serif-bold" if i == 0 else "serif")
    y = s.center(y + 0.06, title, 17, "serif-bold") + 0.1
    for i, (label, value) in enumerate(numbers):
        x = 0.75 if i == 0 else 7.75
        s.text(x, y, f"{label} {value}", 8.5, "sans-bold", align="left" if i == 0 else "right")
    y += 0.28
    left = 0.75
    if bands:
        left = 1.0
        band_top = y
        for name, count in bands:
            h = sum(r[0] for r in rows[:count])
            s.rect(0.75, band_top, 0.25, h, weight=0.6)
            s.vertical(0.8, band_top, h, name, 6)
            band_top += h
            rows_done = rows[:count]
            rows = rows[count:]
            y = s.grid(left, y, 6.75, rows_done, label_pt=5.5, value_pt=9)
    else:
        y = s.grid(left, y, 7.0, rows, label_pt=5.5, value_pt=9.5)
    y = s.para(0.85, y + 0.25, 6.8, certification, 8.5, "serif")
    s.seal(1.7, y + 0.85, 0.6, seal)
    s.signature(4.7, y + 0.25, registrar, 18)
    s.line(4.3, y + 0.85, 7.6, y + 0.85, 0.6)
    s.text(5.95, y + 0.9, registrar, 8.5, "sans", align="center")
    s.text(5.95, y + 1.06, registrar_title, 7.5, "sans", align="center")
    s.text(0.85, y + 1.6, f"DATE ISSUED: {issued}", 9, "sans-bold")
    if warning:
        s.para(0.85, 9.85, 6.8, warning, 6.5, "sans-bold", fill=(90, 60, 60))
    return [s]


# ---------------------------------------------------------------- letters and notices


def notice(
    *,
    agency: list[str],
    colour: tuple[int, int, int],
    mark: str,
    date_line: str,
    address: list[str],
    refs: list[tuple[str, str]],
    title: str,
    body: list[str],
    table: tuple[list[float], list[list[str]]] | None = None,
    after: list[str] | None = None,
    footer: str = "",
    signer: tuple[str, list[str]] | None = None,
    face: str = "sans",
    pt: float = 10,
) -> Sheet:
    """A government office's or a company's mailed notice: letterhead, a windowed address
    block, a box of reference numbers on the right, a bold title, body, an optional table,
    boilerplate at the foot."""
    s = Sheet()
    y = letterhead(s, agency[0], agency[1:], colour, mark, face="sans-bold")
    s.text(0.9, y, date_line, pt, face)
    ay = s.lines(0.9, y + 0.45, address, pt, face)
    ry = y
    for label, value in refs:
        s.text(5.0, ry, label, 8, "sans")
        ry = s.text(6.5, ry, value, 8.5, "sans-bold")
    s.rect(4.9, y - 0.07, 3.0, ry - y + 0.12, weight=0.5)
    y = max(ay, ry) + 0.35
    y = s.para(0.9, y, 6.7, title, pt + 2, "sans-bold") + 0.15
    y = s.paras(0.9, y, 6.7, body, gap=0.12, pt=pt, face=face)
    if table:
        y = s.table(0.9, y + 0.05, table[0], table[1], pt=pt - 1) + 0.2
    if after:
        y = s.paras(0.9, y, 6.7, after, gap=0.12, pt=pt, face=face)
    if signer:
        s.signature(1.0, y + 0.05, signer[0], 18)
        s.lines(0.9, y + 0.6, [signer[0], *signer[1]], pt - 1, face)
    if footer:
        s.line(0.8, 10.05, 7.7, 10.05, 0.5, GREY)
        s.para(0.8, 10.1, 6.9, footer, 6.8, "sans", fill=GREY)
    return s


def i797(
    *,
    kind: str,
    receipt: str,
    case_type: str,
    received: dt.date,
    priority: str,
    notice_date: dt.date,
    applicant: str,
    a_number: str,
    mail_to: list[str],
    body: list[str],
    seed: int,
) -> list[Sheet]:
    """Form I-797C or I-797 from USCIS: the security background, 'THE UNITED STATES OF
    AMERICA' and the notice type, the boxed receipt number, case type, dates, applicant, then
    the mailing block and the notice's own words, the service center's address at the foot."""
    s = Sheet()
    s.security_background(seed, (222, 232, 244))
    s.text(0.6, 0.5, "Department of Homeland Security", 9, "sans-bold")
    s.text(0.6, 0.66, "U.S. Citizenship and Immigration Services", 9, "sans")
    s.text(7.9, 0.5, kind, 9, "sans-bold", align="right")
    s.center(0.95, "THE UNITED STATES OF AMERICA", 14, "serif-bold")
    title = "Receipt" if "797C" in kind else "Approval Notice"
    s.text(0.6, 1.35, f"NOTICE TYPE  {title}", 10, "sans-bold")
    y = s.grid(
        0.6,
        1.6,
        7.3,
        [
            (
                0.45,
                [(2, "RECEIPT NUMBER", receipt), (3, "CASE TYPE", case_type)],
            ),
            (
                0.45,
                [
                    (1, "RECEIVED DATE", us(received)),
                    (1, "PRIORITY DATE", priority),
                    (1, "PAGE", "1 of 1"),
                    (1, "NOTICE DATE", us(notice_date)),
                ],
            ),
            (0.45, [(3, "APPLICANT", applicant), (2, "A#", a_number)]),
        ],
        label_pt=6,
        value_pt=9.5,
    )
    y = s.lines(0.9, y + 0.35, mail_to, 10, "mono") + 0.3
    y = s.paras(0.6, y, 7.2, body, gap=0.13, pt=9.5, face="sans")
    s.line(0.6, 9.6, 7.9, 9.6, 0.8)
    s.lines(
        0.6,
        9.68,
        [
            "U.S. CITIZENSHIP AND IMMIGRATION SERVICES",
            "Potomac Service Center",
            "2200 Potomac Avenue, Arlington, VA 20598-2040",
            "USCIS Contact Center: www.uscis.gov/contactcenter",
        ],
        7.5,
        "sans",
    )
    s.text(
        7.9,
        10.4,
        "Form I-797C 04/01/24" if "797C" in kind else "Form I-797 04/01/24",
        7,
        align="right",
    )
    return [s]


def ssa_statement(
    *,
    person: Person,
    ssn_tail: str,
    prepared: dt.date,
    earnings: list[tuple[int, int]],
    address: list[str],
) -> list[Sheet]:
    """The Social Security Statement as printed from my Social Security: page 1 the estimated
    benefits, page 2 the earnings record year by year with the taxed Social Security and
    Medicare earnings."""
    p1 = Sheet()
    p1.rect(0.6, 0.5, 7.3, 0.9, outline=None, fill=NAVY)
    p1.text(0.8, 0.62, "Your Social Security Statement", 20, "serif-bold", fill=(255, 255, 255))
    p1.text(0.8, 1.03, "www.ssa.gov/myaccount", 9, "sans", fill=(255, 255, 255))
    p1.text(
        7.7,
        0.68,
        f"Prepared especially for {plain(person.name)}",
        9,
        "sans-bold",
        fill=(255, 255, 255),
        align="right",
    )
    p1.text(
        7.7,
        0.9,
        f"{month(prepared)} {prepared.day}, {prepared.year}",
        9,
        "sans",
        fill=(255, 255, 255),
        align="right",
    )
    y = p1.lines(0.8, 1.7, address, 10, "sans") + 0.3
    y = p1.para(0.8, y, 6.9, "Your Estimated Benefits", 14, "sans-bold") + 0.1
    y = p1.para(
        0.8,
        y,
        6.9,
        "You have earned enough credits to qualify for benefits. At your current earnings "
        "rate, if you continue working until your full retirement age (67 years), your "
        "payment would be about $1,642 a month. The earliest age you can start receiving "
        "retirement benefits is 62; your payment would be about $1,148 a month.",
        10,
        "sans",
    )
    y = p1.table(
        0.8,
        y + 0.2,
        [3.6, 1.6, 1.7],
        [
            ["Benefit", "Age", "Monthly estimate"],
            ["Retirement - at full retirement age", "67", "$1,642"],
            ["Retirement - at age 70", "70", "$2,036"],
            ["Disability - if you became disabled right now", "-", "$1,511"],
            ["Family - your child, if you die this year", "-", "$1,178"],
        ],
        pt=9,
    )
    y = p1.para(
        0.8,
        y + 0.3,
        6.9,
        "Your Medicare: You have enough credits to qualify for Medicare at age 65. Even if you "
        "do not retire at age 65, be sure to contact Social Security three months before your "
        "65th birthday to enroll in Medicare.",
        10,
        "sans",
    )
    p1.para(
        0.8,
        y + 0.3,
        6.9,
        "This Statement is based on the earnings reported under your Social Security number, "
        f"XXX-XX-{ssn_tail}. Review your earnings record on page 2 carefully; if an amount is "
        "wrong, call 1-800-772-1213.",
        9,
        "sans-italic",
    )
    p1.text(7.7, 10.4, "Page 1", 8, align="right", fill=GREY)
    p2 = Sheet()
    p2.text(0.8, 0.6, "Your Earnings Record", 16, "sans-bold", fill=NAVY)
    p2.text(7.7, 0.66, f"{plain(person.name)}  XXX-XX-{ssn_tail}", 8.5, align="right")
    rows = [["Work Year", "Taxed Social Security Earnings", "Taxed Medicare Earnings"]]
    total = 0
    for year, amount in earnings:
        rows.append([str(year), f"${amount:,}", f"${amount:,}"])
        total += amount
    y = p2.table(0.8, 1.05, [1.5, 2.7, 2.7], rows, pt=9.5, align=["left", "right", "right"])
    y = p2.table(
        0.8,
        y + 0.25,
        [4.2, 2.7],
        [
            ["Total Social Security and Medicare taxes paid over your working career", ""],
            ["Estimated taxes paid for Social Security: You paid", f"${round(total * 0.062):,}"],
            ["Estimated taxes paid for Medicare: You paid", f"${round(total * 0.0145):,}"],
        ],
        pt=9,
        align=["left", "right"],
    )
    p2.para(
        0.8,
        y + 0.3,
        6.9,
        "Your earnings are reported by your employers, or by you if you are self-employed. "
        f"Earnings for {earnings[-1][0] + 1} may not be shown yet. Note: Your earnings record "
        "shows years in which you had earnings covered by Social Security.",
        9,
        "sans",
    )
    p2.text(7.7, 10.4, "Page 2", 8, align="right", fill=GREY)
    return [p1, p2]


# ---------------------------------------------------------------- tax forms


def w2(
    *,
    year: int,
    employee: Person,
    ssn_tail: str,
    employer: list[str],
    ein: str,
    wages: float,
    state: str,
    state_id: str,
    address: list[str],
    control: str,
) -> list[Sheet]:
    """Copy B of Form W-2 as employers print it: the boxed grid with letters a-f and numbers
    1-20, amounts in a monospace, the form's name and 'Department of the Treasury' below."""
    s = Sheet()
    fed = round(wages * 0.071, 2)
    ss = round(wages * 0.062, 2)
    med = round(wages * 0.0145, 2)
    st = round(wages * 0.04, 2) if state not in ("TX",) else 0.0

    def money(v: float) -> str:
        return f"{v:,.2f}"

    s.text(0.6, 0.45, "Copy B-To Be Filed With Employee's FEDERAL Tax Return.", 8, "sans-bold")
    s.text(0.6, 0.6, "This information is being furnished to the Internal Revenue Service.", 7)
    rows = [
        (
            0.42,
            [
                (3, "a  Employee's social security number", f"XXX-XX-{ssn_tail}"),
                (4, "OMB No. 1545-0008", ""),
            ],
        ),
        (
            0.42,
            [
                (3, "b  Employer identification number (EIN)", ein),
                (2, "1  Wages, tips, other compensation", money(wages)),
                (2, "2  Federal income tax withheld", money(fed)),
            ],
        ),
        (
            0.42,
            [
                (3, "c  Employer's name, address, and ZIP code", employer[0]),
                (2, "3  Social security wages", money(wages)),
                (2, "4  Social security tax withheld", money(ss)),
            ],
        ),
        (
            0.42,
            [
                (3, "", "\n".join(employer[1:])),
                (2, "5  Medicare wages and tips", money(wages)),
                (2, "6  Medicare tax withheld", money(med)),
            ],
        ),
        (
            0.42,
            [
                (3, "d  Control number", control),
                (2, "7  Social security tips", ""),
                (2, "8  Allocated tips", ""),
            ],
        ),
        (
            0.42,
            [
                (
                    3,
                    "e  Employee's first name and initial   Last name   Suff.",
                    up(
                        f"{employee.first} {employee.middle[:1]} {employee.surname}".replace(
                            "  ", " "
                        )
                    ),
                ),
                (2, "9", ""),
                (2, "10  Dependent care benefits", ""),
            ],
        ),
        (
            0.62,
            [
                (3, "f  Employee's address and ZIP code", "\n".join(address)),
                (2, "11  Nonqualified plans", ""),
                (2, "12a  See instructions for box 12", "DD | " + money(wages * 0.09)),
            ],
        ),
        (
            0.42,
            [
                (1, "15 State", state),
                (2, "Employer's state ID number", state_id),
                (2, "16  State wages, tips, etc.", money(wages) if st else ""),
                (2, "17  State income tax", money(st) if st else ""),
            ],
        ),
    ]
    y = s.grid(0.6, 0.8, 7.3, rows, label_pt=5.5, value_pt=9, value_face="mono-bold")
    s.text(0.6, y + 0.1, "Form", 8)
    s.text(0.95, y + 0.02, "W-2", 20, "sans-bold")
    s.text(1.8, y + 0.1, "Wage and Tax Statement", 11, "sans-bold")
    s.text(4.4, y + 0.02, str(year), 20, "sans-bold")
    s.text(7.9, y + 0.06, "Department of the Treasury-Internal Revenue Service", 7, align="right")
    return [s]


def form_1099(
    *,
    form: str,
    year: int,
    payer: list[str],
    payer_tin: str,
    recipient: Person,
    tin_tail: str,
    address: list[str],
    account: str,
    boxes: list[tuple[str, str]],
) -> list[Sheet]:
    """Copy B of a Form 1099 (NEC or K) as a platform's tax center prints it: payer and
    recipient boxes on the left, the numbered amount boxes on the right, 'For Recipient'."""
    s = Sheet()
    s.text(0.6, 0.5, "CORRECTED (if checked)  [ ]", 7.5)
    titles = {
        "1099-NEC": "Nonemployee Compensation",
        "1099-K": "Payment Card and Third Party Network Transactions",
    }
    left = [
        (
            1.15,
            [
                (
                    1,
                    "PAYER'S name, street address, city or town, state or province, country, "
                    "ZIP or foreign postal code, and telephone no."
                    if form == "1099-NEC"
                    else "FILER'S name, street address, city or town, state or province, country,"
                    " ZIP or foreign postal code, and telephone no.",
                    "\n".join(payer),
                )
            ],
        ),
        (
            0.42,
            [
                (1, "PAYER'S TIN" if form == "1099-NEC" else "FILER'S TIN", payer_tin),
                (1, "RECIPIENT'S TIN", f"XXX-XX-{tin_tail}"),
            ],
        ),
        (0.42, [(1, "RECIPIENT'S name", up(recipient.name))]),
        (0.42, [(1, "Street address (including apt. no.)", address[0])]),
        (0.42, [(1, "City or town, state or province, country, and ZIP", address[1])]),
        (0.42, [(1, "Account number (see instructions)", account)]),
    ]
    y_left = s.grid(0.6, 0.7, 3.9, left, label_pt=5.5, value_pt=8.5)
    y = 0.7
    for label, value in boxes:
        s.field(4.5, y, 2.0, 0.46, label, value, label_pt=5.5, value_pt=9)
        y += 0.46
    s.rect(6.5, 0.7, 1.4, y - 0.7, weight=0.6)
    s.text(6.58, 0.8, "OMB No. 1545-" + ("0116" if form == "1099-NEC" else "2205"), 6.5)
    s.text(6.58, 1.05, "Form", 7)
    s.text(6.58, 1.18, form, 13, "sans-bold")
    s.text(6.58, 1.5, f"(Rev. January {year - 1})" if form == "1099-NEC" else "(Rev. Jan 2024)", 6)
    s.text(6.58, 1.7, f"For calendar year {year}", 6.5, "sans-bold")
    s.text(6.58, 2.1, "Copy B", 10, "sans-bold")
    s.text(6.58, 2.3, "For Recipient", 7.5, "sans-bold")
    yy = max(y_left, y) + 0.12
    s.text(0.6, yy, f"Form {form}", 9, "sans-bold")
    s.text(1.7, yy, titles[form], 9, "sans-bold")
    s.text(7.9, yy, "Department of the Treasury - Internal Revenue Service", 7, align="right")
    s.para(
        0.6,
        yy + 0.3,
        7.3,
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on "
        "you if this income is taxable and the IRS determines that it has not been reported.",
        7,
        "sans",
    )
    return [s]


def g28(
    *,
    attorney: dict,
    client: Person,
    a_number: str,
    client_address: list[str],
    signed: dt.date,
) -> list[Sheet]:
    """Form G-28's first page: the attorney's boxes in Part 1, eligibility in Part 2, the
    client's in Part 3; the rest of the form follows in the real one, its signatures here."""
    s = Sheet()
    s.text(0.6, 0.45, "Notice of Entry of Appearance", 14, "sans-bold")
    s.text(0.6, 0.7, "as Attorney or Accredited Representative", 14, "sans-bold")
    s.text(7.9, 0.45, "DHS", 11, "sans-bold", align="right")
    s.text(7.9, 0.65, "Form G-28", 11, "sans-bold", align="right")
    s.text(7.9, 0.85, "OMB No. 1615-0105", 7.5, align="right")
    s.text(0.6, 1.0, "Department of Homeland Security", 8)
    s.rect(0.6, 1.25, 7.3, 0.24, outline=None, fill=NAVY)
    s.text(
        0.7,
        1.28,
        "Part 1.  Information About Attorney or Accredited Representative",
        9,
        "sans-bold",
        fill=(255, 255, 255),
    )
    family, given = attorney["name"].split()[-1], " ".join(attorney["name"].split()[:-1])
    y = s.grid(
        0.6,
        1.52,
        7.3,
        [
            (0.42, [(2, "1. Online Account Number (if any)", ""), (3, "", "")]),
            (
                0.42,
                [(3, "2.a. Family Name (Last Name)", family), (3, "2.b. Given Name", given)],
            ),
            (0.42, [(6, "3.a. Street Number and Name", attorney["address"][0])]),
            (0.42, [(6, "3.c. City or Town  3.d. State  3.e. ZIP Code", attorney["address"][1])]),
            (
                0.42,
                [
                    (3, "4. Daytime Telephone Number", attorney["phone"]),
                    (3, "6. Email Address (if any)", attorney["email"]),
                ],
            ),
        ],
        label_pt=6,
        value_pt=9,
    )
    s.rect(0.6, y + 0.1, 7.3, 0.24, outline=None, fill=NAVY)
    s.text(
        0.7,
        y + 0.13,
        "Part 2.  Eligibility Information for Attorney or Accredited Representative",
        9,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y = s.checkbox(
        0.7,
        y + 0.45,
        True,
        "1.a. I am an attorney eligible to practice law in, and "
        "a member in good standing of, the bar of the highest courts of:",
        8,
    )
    y = s.grid(
        0.6,
        y + 0.05,
        7.3,
        [
            (
                0.42,
                [
                    (3, "Licensing Authority", attorney.get("bar", "")),
                    (3, "1.b. Bar Number (if applicable)", attorney.get("bar_no", "")),
                ],
            ),
            (
                0.42,
                [
                    (
                        6,
                        "1.d. Name of Law Firm or Organization (if applicable)",
                        attorney["organization"],
                    )
                ],
            ),
        ],
        label_pt=6,
        value_pt=9,
    )
    s.rect(0.6, y + 0.1, 7.3, 0.24, outline=None, fill=NAVY)
    s.text(
        0.7,
        y + 0.13,
        "Part 3.  Notice of Appearance as Attorney or Accredited Representative",
        9,
        "sans-bold",
        fill=(255, 255, 255),
    )
    y = s.checkbox(0.7, y + 0.45, True, "1.a. USCIS    [ ] 2.a. ICE    [ ] 3.a. CBP", 8)
    y = s.grid(
        0.6,
        y + 0.05,
        7.3,
        [
            (
                0.42,
                [
                    (
                        6,
                        "List the form numbers or specific matter",
                        "Prosecutorial discretion request to ICE OPLA; related removal proceedings",
                    )
                ],
            ),
            (
                0.42,
                [
                    (3, "6.a. Family Name (Last Name)", up(client.surname)),
                    (3, "6.b. Given Name (First Name)", up(client.given)),
                ],
            ),
            (
                0.42,
                [
                    (3, "9. A-Number (if any)", f"A-{a_number}"),
                    (3, "12. Date of Birth (mm/dd/yyyy)", us(client.born)),
                ],
            ),
            (0.42, [(6, "13. Mailing Address", ", ".join(client_address))]),
        ],
        label_pt=6,
        value_pt=9,
    )
    y = s.para(
        0.6,
        y + 0.2,
        7.3,
        "Part 4. Client's Consent to Representation and Signature: "
        "I have requested the representation of and consented to being represented by "
        "the attorney or accredited representative named in Part 1 of this form.",
        8.5,
        "sans",
    )
    s.signature(0.9, y + 0.1, client.name, 18)
    s.line(0.7, y + 0.65, 4.3, y + 0.65, 0.6)
    s.text(0.7, y + 0.7, "Signature of Client or Authorized Signatory", 7)
    s.text(4.6, y + 0.45, us(signed), 10, "mono-bold")
    s.signature(0.9, y + 0.95, attorney["name"], 18)
    s.line(0.7, y + 1.5, 4.3, y + 1.5, 0.6)
    s.text(0.7, y + 1.55, "Signature of Attorney or Accredited Representative", 7)
    s.text(4.6, y + 1.3, us(signed), 10, "mono-bold")
    s.text(0.6, 10.45, "Form G-28 09/17/18", 7)
    s.text(7.9, 10.45, "Page 1 of 4", 7, align="right")
    return [s]


# ---------------------------------------------------------------- cards


def california_license(
    *, person: Person, number: str, address: list[str], issued: dt.date, expiry: dt.date, seed: int
) -> list[Sheet]:
    """A California driver license issued under AB 60: the state's name in script-like capitals
    on a gold-and-blue ground, 'FEDERAL LIMITS APPLY' in the top corner, numbered fields."""
    s = card()
    tinted(s, (236, 222, 176), (196, 214, 232))
    s.security_background(seed, (222, 210, 170))
    s.text(0.12, 0.07, "California", 17, "serif-bold", fill=(20, 50, 120))
    s.text(1.55, 0.13, "USA", 8, "sans-bold", fill=(20, 50, 120))
    s.text(1.95, 0.1, "DRIVER LICENSE", 8.5, "sans-bold", fill=(150, 30, 30))
    s.text(3.25, 0.3, "FEDERAL LIMITS APPLY", 5.5, "sans-bold", fill=(150, 30, 30), align="right")
    portrait(s, 0.12, 0.52, 0.95, 1.2, seed)
    x = 1.2

    def put(y: float, label: str, value: str, pt: float = 7.5, dx: float = 0.0) -> None:
        s.text(x + dx, y, label, 4.8, "sans-bold", fill=(150, 30, 30))
        s.text(x + dx + s.length(label, 4.8, "sans-bold") + 0.04, y - 0.02, value, pt, "sans-bold")

    put(0.5, "DL", number, 9)
    put(0.7, "EXP", us(expiry), 7.5)
    put(0.88, "LN", up(person.surname))
    put(1.03, "FN", up(person.given))
    s.text(x, 1.18, address[0].upper(), 6.5, "sans")
    s.text(x, 1.3, address[1].upper(), 6.5, "sans")
    put(1.47, "DOB", us(person.born), 7.5)
    put(1.62, "RSTR", "NONE", 6)
    put(1.62, "CLASS", "C", 6, dx=0.8)
    put(1.77, "SEX", person.sex, 6)
    put(1.77, "HGT", "5'-07\"", 6, dx=0.45)
    put(1.77, "WGT", "168 lb", 6, dx=1.0)
    put(1.92, "ISS", us(issued), 6)
    put(
        1.92,
        "DD",
        f"{issued.strftime('%m/%d/%Y')}{number[-5:]}/AAFD/{str(expiry.year)[2:]}",
        5,
        dx=0.8,
    )
    s.signature(0.14, 1.78, person.name, 11, fill=INK)
    return [s]


# ---------------------------------------------------------------- printouts


def pharmacy_history(
    *,
    store: list[str],
    patient: Person,
    guardian: str,
    address: str,
    printed: dt.datetime,
    fills: list[tuple[dt.date, str, str, str, str, str]],
) -> list[Sheet]:
    """A chain pharmacy's patient prescription history, printed at the counter for taxes or
    insurance: monospace columns of fill date, Rx number, drug, quantity, prescriber, paid."""
    lines = [
        *store,
        "",
        "PATIENT PRESCRIPTION HISTORY",
        f"PRINTED: {printed.strftime('%m/%d/%Y %I:%M %p')}",
        "",
        f"PATIENT : {up(patient.surname)}, {up(patient.given)}",
        f"DOB     : {us(patient.born)}",
        f"ADDRESS : {address.upper()}",
        f"RESP PTY: {guardian.upper()}",
        "PLAN    : MEDI-CAL RX  BIN 022659  PCN 6334225",
        "",
        "FILL DATE  RX#       DRUG / STRENGTH              QTY  PRESCRIBER       PAID",
        "-" * 78,
    ]
    for when, rx, drug, qty, doctor, paid in fills:
        lines.append(f"{us(when)} {rx:<9} {drug:<28} {qty:>4}  {doctor:<15} {paid:>6}")
    lines += [
        "-" * 78,
        f"TOTAL PRESCRIPTIONS: {len(fills)}",
        "",
        "THIS IS NOT A RECEIPT. PATIENT PAY AMOUNTS SHOWN AFTER INSURANCE.",
        "CONFIDENTIAL PATIENT INFORMATION - PROTECTED UNDER HIPAA.",
    ]
    return [monospace_page(lines, 8.6, top=0.7)]


def hospital_bill(
    *,
    hospital: list[str],
    guarantor: Person,
    patient: Person,
    address: list[str],
    account: str,
    statement: dt.date,
    visit: dt.date,
    charges: list[tuple[str, str, str]],
    adjustments: list[tuple[str, str]],
    due: str,
) -> list[Sheet]:
    """A hospital's two-page patient statement: page 1 the remittance slip and account summary,
    page 2 the itemized charges with the insurance adjustments."""
    p1 = Sheet()
    y = letterhead(p1, hospital[0], hospital[1:], (0, 100, 120), "cross", face="sans-bold")
    p1.text(0.9, y, "PATIENT STATEMENT", 14, "sans-bold")
    y = p1.grid(
        4.4,
        y - 0.1,
        3.4,
        [
            (0.42, [(1, "STATEMENT DATE", us(statement)), (1, "ACCOUNT NO.", account)]),
            (0.42, [(1, "AMOUNT DUE", due), (1, "PAY BY", us(statement + dt.timedelta(days=30)))]),
        ],
        label_pt=6,
        value_pt=9,
    )
    y = p1.lines(0.9, y + 0.35, [up(guarantor.name), *[a.upper() for a in address]], 10, "mono")
    p1.line(0.6, y + 0.3, 7.9, y + 0.3, 0.6)
    p1.text(
        0.6,
        y + 0.32,
        "- - - - - - - - - - please detach and return with payment - - - - - - - - - -",
        7.5,
        fill=GREY,
    )
    y = p1.table(
        0.9,
        y + 0.8,
        [2.6, 2.1, 2.0],
        [
            ["ACCOUNT SUMMARY", "", ""],
            ["Guarantor", up(guarantor.name), ""],
            ["Patient", up(patient.name), f"DOB {us(patient.born)}"],
            ["Date of service", us(visit), "Emergency Dept."],
            ["Total charges", "", charges_total(charges)],
            ["Insurance payments and adjustments", "", "see page 2"],
            ["Amount you owe", "", due],
        ],
        pt=9,
    )
    p1.paras(
        0.9,
        y + 0.3,
        6.7,
        [
            "Your insurance has processed this claim. The balance shown is your responsibility. "
            "If you cannot pay the full amount, call Patient Financial Services to set up an "
            "interest-free payment plan or to apply for financial assistance (charity care).",
            "Questions about your bill? Call (626) 555-0190, Monday-Friday 8:00 am - 5:00 pm.",
        ],
        pt=9.5,
        face="sans",
    )
    p1.text(7.7, 10.4, "Page 1 of 2", 8, align="right", fill=GREY)
    p2 = Sheet()
    p2.text(0.8, 0.6, f"ITEMIZED STATEMENT  -  ACCOUNT {account}", 11, "sans-bold")
    p2.text(0.8, 0.85, f"Patient: {up(patient.name)}    Service date: {us(visit)}", 9)
    rows = [["REV CODE", "DESCRIPTION", "AMOUNT"], *[list(c) for c in charges]]
    y = p2.table(
        0.8, 1.15, [1.0, 4.6, 1.3], rows, pt=8.5, rules="header", align=["left", "left", "right"]
    )
    rows = [["ADJUSTMENTS", "AMOUNT"], *[list(a) for a in adjustments], ["BALANCE DUE", due]]
    p2.table(0.8, y + 0.35, [5.6, 1.3], rows, pt=8.5, rules="header", align=["left", "right"])
    p2.text(7.7, 10.4, "Page 2 of 2", 8, align="right", fill=GREY)
    return [p1, p2]


def charges_total(charges: list[tuple[str, str, str]]) -> str:
    total = sum(float(c[2].replace("$", "").replace(",", "")) for c in charges)
    return f"${total:,.2f}"


def immunization_record(
    *,
    child: Person,
    mother: str,
    printed: dt.date,
    doses: list[tuple[str, list[dt.date]]],
    provider: str,
) -> list[Sheet]:
    """The New York City Citywide Immunization Registry's record, printed by a provider for a
    school: the health department's heading, the child's identifiers, one row per vaccine with
    the dates of each dose."""
    s = Sheet()
    s.text(0.7, 0.55, "NYC Health", 16, "sans-bold", fill=(0, 90, 160))
    s.text(0.7, 0.85, "New York City Department of Health and Mental Hygiene", 9)
    s.text(0.7, 1.0, "Citywide Immunization Registry (CIR)", 9, "sans-bold")
    s.text(7.8, 0.6, "IMMUNIZATION RECORD", 13, "sans-bold", align="right")
    s.text(7.8, 0.85, f"Printed: {us(printed)}", 8.5, align="right")
    s.line(0.7, 1.25, 7.8, 1.25, 1.2, (0, 90, 160))
    y = s.grid(
        0.7,
        1.4,
        7.1,
        [
            (
                0.42,
                [
                    (3, "Last Name", up(child.surname)),
                    (3, "First Name", up(child.given)),
                    (2, "Date of Birth", us(child.born)),
                    (1, "Sex", child.sex),
                ],
            ),
            (0.42, [(5, "Mother's Name", mother), (4, "CIR ID", "1047 2293 58")]),
        ],
        label_pt=6,
        value_pt=9,
    )
    rows = [["Vaccine", "Dose 1", "Dose 2", "Dose 3", "Dose 4", "Dose 5"]]
    for vaccine, when in doses:
        rows.append([vaccine, *[us(d) for d in when], *[""] * (5 - len(when))])
    y = s.table(0.7, y + 0.3, [1.85, 1.05, 1.05, 1.05, 1.05, 1.05], rows, pt=8.5)
    y = s.para(
        0.7,
        y + 0.3,
        7.1,
        "This record reflects immunizations reported to the Citywide Immunization Registry as "
        "of the date printed. New York State law requires that children attending school or "
        "child care be immunized. Vaccines given outside New York City may not appear.",
        8.5,
        "sans",
    )
    y = s.text(0.7, y + 0.3, f"Provider: {provider}", 9)
    s.signature(0.9, y + 0.05, "L. Okafor RN", 15)
    s.text(0.7, y + 0.55, "Authorized signature / stamp", 7.5, fill=GREY)
    s.stamp(
        4.8,
        y - 0.1,
        [provider.split(",")[0].upper(), "IMMUNIZATION - VERIFIED"],
        8,
        colour=(30, 60, 140),
        angle=-3,
    )
    return [s]


def baptism_certificate(
    *,
    church: list[str],
    person: Person,
    baptized: dt.date,
    minister: str,
    verse: str,
    seed: int,
) -> list[Sheet]:
    """A congregation's certificate of baptism on card stock: a decorative double border, a
    cross, 'This certifies that' in script, the name large, the date and the minister."""
    s = Sheet(paper=(252, 250, 240))
    s.security_background(seed, (242, 236, 214))
    s.border(0.45, 3.0)
    s.logo(3.95, 0.9, 0.6, "cross", (140, 110, 40))
    s.center(1.8, "Certificate of Baptism", 30, "script", fill=(100, 70, 20))
    s.center(2.7, "This certifies that", 16, "serif-italic")
    s.center(3.2, person.name, 26, "serif-bold")
    s.line(1.5, 3.75, 7.0, 3.75, 0.6)
    s.center(
        3.95, "having confessed faith in the Lord Jesus Christ, was baptized", 13, "serif-italic"
    )
    s.center(
        4.3, "in the name of the Father, and of the Son, and of the Holy Spirit", 13, "serif-italic"
    )
    s.center(
        4.9,
        f"on the {ordinal(baptized.day)} day of {month(baptized)}, {baptized.year}",
        14,
        "serif",
    )
    y = 5.5
    for line in church:
        y = s.center(y, line, 12 if y < 5.6 else 10.5, "serif-bold" if y < 5.6 else "serif")
    s.center(y + 0.4, verse, 10.5, "serif-italic", fill=GREY)
    s.signature(4.9, 8.2, minister, 20)
    s.line(4.6, 8.8, 7.4, 8.8, 0.6)
    s.text(6.0, 8.85, f"{minister}, Pastor", 10, "serif", align="center")
    s.seal(2.2, 8.6, 0.6, f"{church[0].upper()} ")
    return [s]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def court_order(
    *,
    court: list[str],
    caption_left: list[str],
    caption_right: list[str],
    title: str,
    preamble: list[str],
    ordered: list[str],
    judge: str,
    entered: dt.date,
    form: str,
    pages: int = 1,
) -> list[Sheet]:
    """A New York Family Court order on the court's official form: the court and county, the
    caption box (in the matter of ... docket and file numbers), the form's title, the
    findings ('Present:', 'upon the petition ...'), the decretal paragraphs ('ORDERED that'),
    the judge's signature and 'ENTER', the form number at the foot of every page."""
    sheets = []
    s = Sheet()
    y = s.lines(0.9, 0.6, court, 10, "serif")
    s.text(7.6, 0.6, form, 7.5, "sans", align="right")
    top = y + 0.2
    s.lines(0.9, top + 0.1, caption_left, 10.5, "serif")
    s.lines(5.0, top + 0.1, caption_right, 10.5, "serif")
    box_h = 0.22 * max(len(caption_left), len(caption_right)) + 0.3
    s.line(0.9, top, 4.7, top, 0.6)
    s.line(4.7, top, 4.7, top + box_h, 0.6)
    s.line(0.9, top + box_h, 4.7, top + box_h, 0.6)
    y = s.center(top + box_h + 0.3, title, 14, "serif-bold") + 0.2
    paragraphs = [*preamble, *[f"ORDERED that {p}" for p in ordered]]
    split = len(paragraphs) if pages == 1 else len(preamble) + max(1, len(ordered) // 2)
    for i, text in enumerate(paragraphs):
        if i == split:
            s.text(7.6, 10.45, f"{form}    Page 1 of {pages}", 7.5, align="right", fill=GREY)
            sheets.append(s)
            s = Sheet()
            s.text(0.9, 0.6, f"{caption_right[0]}  {caption_right[1]}", 9, "serif")
            y = 1.0
        y = s.para(0.9, y, 6.7, text, 11.5, "serif", leading=1.55) + 0.14
    y = s.text(0.9, y + 0.2, f"Dated: {long(entered)}", 11.5, "serif")
    s.text(4.6, y + 0.1, "ENTER:", 11.5, "serif-bold")
    s.signature(4.8, y + 0.35, judge, 20)
    s.line(4.6, y + 0.95, 7.6, y + 0.95, 0.6)
    s.text(4.6, y + 1.0, f"HON. {judge.upper()}, J.F.C.", 10, "serif")
    s.stamp(
        0.9,
        y + 0.5,
        ["FAMILY COURT", "KINGS COUNTY", f"ENTERED {us(entered)}"],
        9,
        colour=(60, 60, 140),
        angle=5,
    )
    s.text(
        7.6, 10.45, f"{form}    Page {len(sheets) + 1} of {pages}", 7.5, align="right", fill=GREY
    )
    sheets.append(s)
    return sheets


def plain_letter(
    head: tuple[str, list[str], tuple[int, int, int], str],
    date_line: str,
    recipient: list[str],
    re_line: str | None,
    salutation: str,
    body: list[str],
    closing: str,
    signer: str,
    signer_lines: list[str],
    *,
    face: str = "serif",
    pt: float = 11,
    align: str = "left",
) -> list[Sheet]:
    """A letter on letterhead (the toolkit's layout), as one sheet in a list."""
    from tests.realistic.paper import write_letter

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
            face=face,
            pt=pt,
            align=align,
        )
    ]


__all__ = ["BLUE_INK", "GREY", "PALE", "RED"]
