"""Dates as documents write them, in the languages of the corpus."""

from __future__ import annotations

import datetime as dt

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ht": "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm",
}


def month(d: dt.date, language: str = "en") -> str:
    return MONTHS[language].split()[d.month - 1]


def us(d: dt.date) -> str:
    """06/14/1990"""
    return d.strftime("%m/%d/%Y")


def dashed(d: dt.date) -> str:
    """06-14-1990, as IRS transcripts write dates."""
    return d.strftime("%m-%d-%Y")


def long(d: dt.date) -> str:
    """June 14, 1990"""
    return f"{month(d)} {d.day}, {d.year}"


def abbreviated(d: dt.date) -> str:
    """Jun. 14, 1990"""
    name = month(d)
    return f"{name[:3]}{'.' if len(name) > 3 else ''} {d.day:02d}, {d.year}"


def day_month_year(d: dt.date) -> str:
    """14/06/1990"""
    return d.strftime("%d/%m/%Y")


def compact(d: dt.date) -> str:
    """19900614"""
    return d.strftime("%Y%m%d")


def spelled(d: dt.date, language: str) -> str:
    """14 de junio de 1990, 14 juin 1990, 14 jen 1990."""
    if language in ("es", "pt"):
        return f"{d.day} de {month(d, language)} de {d.year}"
    return f"{d.day} {month(d, language)} {d.year}"


def card(d: dt.date, language: str = "en") -> str:
    """14 JUN 1990 (passports and cards), or 14 JUN/JUIN 1990 on bilingual French pages."""
    en = month(d)[:3].upper()
    if language == "fr":
        fr = month(d, "fr")[:4].upper().rstrip(".")
        return f"{d.day:02d} {en}/{fr} {d.year}" if fr[:3] != en else f"{d.day:02d} {en} {d.year}"
    if language == "es":
        es = month(d, "es")[:3].upper()
        return f"{d.day:02d} {es}/{en} {d.year}" if es != en else f"{d.day:02d} {en} {d.year}"
    return f"{d.day:02d} {en} {d.year}"
