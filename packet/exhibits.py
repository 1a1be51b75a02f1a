"""Exhibits: which documents go under which tab, in what order, described how.

Every document given is filed (copies of one paper were already left out by check): by equity in
taxonomy order, then by date (packet/dated.py), a translation in its original's exhibit with
the translator's certificate after it, generated when the translation carries none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from pypdf import PdfReader

from packet import typeset
from packet.case import format_a_number
from packet.check import certified
from packet.dated import dated_span
from packet.fields import issuer_name, kind_of
from packet.records import BuildContext, Document, Exhibit
from packet.templates import Templates, lower_first
from packet.text.fold import fold

# A form filed with the request (the representative's notice of appearance) is not evidence of
# an equity: it goes in the front matter, after the index that lists it, without a tab letter.
FORM_TYPES = ("g28",)
GENERATED_CERTIFICATE = "certificate of translation (generated)"


def exhibit_letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: the way tab stock is lettered."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def is_form(doc: Document) -> bool:
    return doc.type in FORM_TYPES and not doc.translates


def plan_exhibits(
    ctx: BuildContext,
    documents: list[Document],
    templates: Templates,
    certificates: dict[str, Document] | None = None,
) -> list[Exhibit]:
    """Exhibits in packet order: by equity (config order), then by date. ``certificates``: a
    translator's certificate sent on its own, by the name of the original it is for."""
    by_name = {d.name: d for d in documents}
    certificates = {o: c for o, c in (certificates or {}).items() if o in by_name}
    standing = {c.name for c in certificates.values()}
    # a translation rides with its original, and so does its certificate sent on its own
    kept = [d for d in documents if not d.translates and d.name not in standing]
    first_day = {d.name: span.start if (span := dated_span(d)) else dt.date.max for d in kept}
    kept.sort(
        key=lambda d: (
            ctx.config.taxonomy.equity_order(d.equity),
            first_day[d.name],
            d.file,
            d.file_pages or (0, 0),
        )
    )
    exhibits = []
    for i, d in enumerate(kept):
        parts: tuple[Document, ...] = (d,)
        if d.translation in by_name:
            parts = (d, by_name[d.translation])
        if d.name in certificates and len(parts) == 2:
            parts = (*parts, certificates[d.name])
        description = describe(d, ctx, templates)
        exhibits.append(Exhibit(exhibit_letter(i), d.equity, description, parts))
    return exhibits


def describe(
    doc: Document, ctx: BuildContext, templates: Templates, name_the_respondent: bool = True
) -> str:
    """'Birth certificate of Ana García, born May 2, 2010 (State of Illinois, Department of
    Public Health)', from exhibit_description.txt.j2, or the entry's `description` in case.yaml,
    which replaces it. The letter's short form (``name_the_respondent`` false) names no
    issuer: its sentences cite the exhibit, whose index row does."""
    entry = ctx.case.override_for(doc.file, doc.file_pages)
    if entry and entry.description:
        return entry.description
    born = doc.fields.date_of_birth
    about, span = doc.about, dated_span(doc)
    if span and span.start == span.end and span.start in ctx.case.birthdays():
        span = None  # a date of birth dates the person, not the paper
    issuer = issuer_name(doc.fields.issuer, ctx.config.rules.fields.issuer_markers)
    kinds = ctx.config.rules.kinds.get(doc.type, [])
    language = ctx.config.languages.languages.get(doc.language)
    day_first = language.day_first if language else False
    kind = kind_of(doc.text, kinds, day_first) if kinds else None
    place = _with_state(doc.fields.place, issuer) if name_the_respondent else None
    if about == ctx.case.respondent.name and not name_the_respondent:
        # "the birth certificate", not "the birth certificate, born ..." (the letter said so)
        about = None
        if born:
            born = span = None
    return templates.render(
        "exhibit_description.txt.j2",
        {
            "type": doc.type,
            "label": ctx.config.taxonomy.document_types[doc.type],
            "about": about,
            "born": born,
            "first_date": span.start if span else None,
            "last_date": span.end if span else None,
            "issued": doc.fields.issued,
            "issuer": issuer if name_the_respondent else None,
            "place": place,
            "kind": kind.label if kind else None,
            "kind_dated": kind.dated if kind else None,
            "kind_date": kind.date if kind else None,
            "today": ctx.today,
            "tax_year": doc.fields.tax_year,
            "honorable": doc.type == "military_record" and honorable(doc.text),
            "translated": bool(doc.translation),
            # a translator's certificate filed on its own, for a translation filed before
            "certificate_alone": doc.type == "certificate_of_translation" and not doc.translates,
        },
    ).strip()


_STATE = re.compile(r"^State of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _with_state(place: str | None, issuer: str | None) -> str | None:
    """The place a record states, with the state whose office registered it ("Cook County,
    Illinois" from the State of Illinois's certificate): a state registers only its own."""
    state = _STATE.match(issuer or "")
    if not place or not state or fold(state.group(1)) in fold(place):
        return place
    return f"{place}, {state.group(1)}"


_HONORABLE = re.compile(r"\bhonorabl[ey]\b")
_LESS_THAN_HONORABLE = re.compile(
    r"\b(?:other than honorable|dishonorable|under honorable conditions|bad conduct)\b"
)


def honorable(text: str) -> bool:
    """Whether a service record states an honorable discharge, and no lesser characterization
    ("general, under honorable conditions" is not an honorable discharge)."""
    folded = fold(text)
    return bool(_HONORABLE.search(folded)) and not _LESS_THAN_HONORABLE.search(folded)


def with_translation_certificates(
    exhibits: list[Exhibit], ctx: BuildContext, templates: Templates
) -> list[Exhibit]:
    """A translation that carries no certificate, and has none sent on its own after it, gets
    one, right after it, inside the exhibit. What counts as carrying one is check's rule, so
    the two never disagree."""
    phrases = ctx.config.requirements.translation.certificate_phrases
    done = []
    for e in exhibits:
        original, *rest = e.documents
        if rest and not any(certified(r, phrases) for r in rest):
            certificate = translation_certificate(original, rest[0], e, ctx, templates)
            e = dataclasses.replace(e, documents=(*e.documents, certificate))
        done.append(e)
    return done


def translation_certificate(
    original: Document,
    translation: Document,
    exhibit: Exhibit,
    ctx: BuildContext,
    templates: Templates,
) -> Document:
    case = ctx.case
    pdf = ctx.work / f"translation-certificate-{exhibit.letter}.pdf"
    markup = templates.render(
        "certificate_of_translation.j2",
        {
            "translator": case.translator_for(original.file, translation.file),
            "language": ctx.config.languages.name(original.language) or "the original language",
            "document": lower_first(exhibit.description.removesuffix(", with English translation")),
            "respondent": case.respondent.name,
            "a_number": format_a_number(case.respondent.a_number),
        },
    )
    style = typeset.styles()
    typeset.build(pdf, typeset.flowables(markup, style), "Certificate of translation")
    texts = tuple(page.extract_text() for page in PdfReader(pdf).pages)
    return Document(
        file=f"{translation.name} ({GENERATED_CERTIFICATE})",
        sha256="",
        pdf=pdf,
        page_texts=texts,
        type="certificate_of_translation",
        equity=exhibit.equity,
        about=original.about,
        about_claim=original.about_claim,
        language="en",
        confidence=1.0,
        reasons=("generated: the translation carries no certificate of its own",),
        translates=original.name,
    )
