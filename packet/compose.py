"""Compose: the front matter staff used to type by hand, generated from the case and its exhibits.

Input: the Case and the classified ``Document``s. Output: a ``Composition``: the exhibits in packet
order with their letters and page ranges, the numbered front matter (cover letter, exhibit index,
the G-28) and the unnumbered pages only some variants carry (court cover page, tab dividers,
certificate of service). Wording lives in config/templates/, layout in packet/typeset.py.

Page numbers are the same in every variant, so that "see Exhibit C, pp. 14–15" in the letter
holds in the e-filing copy and in the tabbed paper copy alike: everything a variant adds is
unnumbered, and the numbered front matter is identical in all of them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import html
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    pass_eval_context,
)
from jinja2.nodes import EvalContext
from markupsafe import Markup, escape
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from packet import typeset
from packet.case import Case, format_a_number
from packet.check import certified
from packet.classify import Document
from packet.config import Config
from packet.errors import BuildError, ConfigError
from packet.text import LANGUAGE_NAMES, dates_in, long_date

# A form filed with the request (the representative's notice of appearance) is not evidence of
# an equity: it goes in the front matter, after the index that lists it, without a tab letter.
FORM_TYPES = ("g28",)
GENERATED_CERTIFICATE = "certificate of translation (generated)"


@dataclass(frozen=True)
class Exhibit:
    letter: str
    equity: str
    description: str
    documents: tuple[Document, ...]  # the document, its translation, the translation's certificate
    first_page: int = 0  # packet page numbers, 1-based, once known
    last_page: int = 0

    @property
    def pages(self) -> int:
        return sum(d.pages for d in self.documents)

    @property
    def page_ref(self) -> str:
        return page_ref(self.first_page, self.last_page)

    @property
    def citation(self) -> str:
        return f"Exhibit {self.letter}, {self.page_ref}"


@dataclass(frozen=True)
class FrontMatter:
    pdf: Path
    pages: int
    sections: tuple[tuple[str, int], ...]  # (title, 0-based page index) for bookmarks
    documents: tuple[tuple[Document, int], ...] = ()  # forms inside it, with their first page


@dataclass(frozen=True)
class Composition:
    """What assemble merges. Numbered pages (front matter, exhibits) are the same in every
    variant, so page references hold in all of them; variant-only pages are unnumbered."""

    title: str
    front_matter: FrontMatter  # numbered: cover letter, exhibit index, forms
    exhibits: tuple[Exhibit, ...]
    cover_page: Path | None  # unnumbered court cover page (filing, service)
    dividers: dict[str, Path]  # exhibit letter -> unnumbered tab divider page (filing, service)
    certificate_of_service: Path | None  # unnumbered, completed (service)


def page_ref(first: int, last: int) -> str:
    return f"p. {first}" if first == last else f"pp. {first}\u2013{last}"


def exhibit_letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: the way tab stock is lettered."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def compose(
    case: Case,
    documents: list[Document],
    config: Config,
    work: Path,
    today: dt.date,
    tab_cut: int = 5,
) -> Composition:
    templates = Templates(config)
    forms = [d for d in documents if _is_form(d)]
    evidence = [d for d in documents if not _is_form(d)]
    exhibits = plan_exhibits(evidence, config, case, today, templates)
    exhibits = with_translation_certificates(exhibits, case, config, work, templates)
    exhibits, front = front_matter(case, exhibits, forms, config, work, today, templates)
    a_number = format_a_number(case.respondent.a_number)
    title = f"Request for prosecutorial discretion: {case.respondent.name}, {a_number}"
    cut = max(1, tab_cut)
    return Composition(
        title,
        front,
        tuple(exhibits),
        cover_page=cover_page(work / "cover-page.pdf", case, config, today, templates),
        dividers={
            e.letter: typeset.tab_divider(
                work / f"tab-{e.letter}.pdf", e.letter, _escape(e.description), i % cut, cut
            )
            for i, e in enumerate(exhibits)
        },
        certificate_of_service=certificate_of_service(
            work / "certificate-of-service.pdf", case, config, today, templates
        ),
    )


# --- templates -------------------------------------------------------------------------------


class Templates:
    """config/templates/: `.j2` templates write block markup (escaped), `.txt.j2` plain text."""

    def __init__(self, config: Config) -> None:
        self.env = Environment(
            loader=FileSystemLoader(config.templates),
            autoescape=lambda name: not (name or "").endswith(".txt.j2"),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=_as_text,
        )
        self.env.filters["join"] = _join_as_text
        self.env.filters["long_date"] = long_date
        self.env.filters["cite"] = cite
        self.env.filters["lower_first"] = lower_first
        self.env.filters["literal"] = typeset.literal
        self.folder = config.templates

    def render(self, name: str, context: dict[str, Any]) -> str:
        with self._explained(name):
            return self.env.get_template(name).render(context)

    def request(self, case: Case) -> Template:
        name = f"requests/{case.request.type}.j2"
        with self._explained(name):
            return self.env.get_template(name)

    def render_letter(self, case: Case, context: dict[str, Any]) -> str:
        template = self.request(case)
        with self._explained(template.name or ""):
            return template.render(context)

    def block(self, template: Template, block: str, context: dict[str, Any]) -> str:
        """One block of a template on its own: the filing title a request template defines."""
        with self._explained(template.name or ""):
            return "".join(template.blocks[block](template.new_context(context))).strip()

    @contextlib.contextmanager
    def _explained(self, name: str) -> Iterator[None]:
        """A template someone edited by hand fails with its file and line, not a traceback."""
        try:
            yield
        except TemplateNotFound as exc:
            raise ConfigError(
                f"{self.folder / exc.name}: missing; each request type in taxonomy.yaml needs "
                "its letter template in config/templates/requests/."
            ) from None
        except TemplateError as exc:
            where = getattr(exc, "filename", None) or str(self.folder / name)
            line = getattr(exc, "lineno", None)
            raise ConfigError(
                f"{where}{f', line {line}' if line else ''}: {exc.message}; fix the template."
            ) from None


@pass_eval_context
def _as_text(context: EvalContext, value: Any) -> Any:
    """Every value a markup template writes is text (typeset.literal): a name, an address or
    an organization holding a blank line and "!! DETAINED" prints as it is, never a banner."""
    if context.autoescape and isinstance(value, str) and not isinstance(value, Markup):
        return Markup(typeset.literal(value))
    return value


@pass_eval_context
def _join_as_text(context: EvalContext, items: Iterable[Any], separator: str = "") -> str:
    """Jinja's join, with each item written as ``_as_text`` writes a value."""
    if not context.autoescape:
        return str(separator).join(str(item) for item in items)
    return Markup(escape(separator)).join(_as_text(context, item) for item in items)


def cite(exhibits: Iterable[Exhibit]) -> str:
    """'see Exhibit C, pp. 14–15; Exhibit D, p. 16', or '' when nothing is enclosed."""
    # no line break inside "Exhibit C" or "p. 14": a reader scans for them
    refs = [e.citation.replace(" ", "\u00a0").replace(",\u00a0", ", ") for e in exhibits]
    return f"see {'; '.join(refs)}" if refs else ""


def lower_first(text: str) -> str:
    """'Birth certificate of Ana' -> 'birth certificate of Ana'; 'U visa' stays as it is."""
    first = text.split(" ", 1)[0]
    return text if len(first) < 2 or not first[1:].islower() else text[0].lower() + text[1:]


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


# --- exhibits --------------------------------------------------------------------------------


def _is_form(doc: Document) -> bool:
    return doc.type in FORM_TYPES and not doc.translates


def plan_exhibits(
    documents: list[Document],
    config: Config,
    case: Case,
    today: dt.date,
    templates: Templates,
) -> list[Exhibit]:
    """Exhibits in packet order: by equity (config order), then by date.

    Every document given is filed: copies of one paper were already left out by check.left_out.
    """
    by_file = {d.file: d for d in documents}
    # a translation rides with its original
    kept = [d for d in documents if not d.translates]
    dated = {d.file: dated_span(d, case, today) for d in kept}
    kept.sort(
        key=lambda d: (
            config.taxonomy.equity_order(d.equity),
            (dated[d.file] or (dt.date.max,))[0],
            d.file,
        )
    )
    exhibits = []
    for i, d in enumerate(kept):
        parts = (d, by_file[d.translation]) if d.translation in by_file else (d,)
        description = describe(d, config, case, today, templates)
        exhibits.append(Exhibit(exhibit_letter(i), d.equity, description, parts))
    return exhibits


def describe(
    doc: Document,
    config: Config,
    case: Case,
    today: dt.date,
    templates: Templates,
    name_the_respondent: bool = True,
) -> str:
    """'Birth certificate of Ana García, born May 2, 2010', from exhibit_description.txt.j2."""
    born = doc.fields.get("date_of_birth")
    about, span = doc.about, dated_span(doc, case, today)
    if about == case.respondent.name and not name_the_respondent:
        # "the birth certificate", not "the birth certificate, born ..." (the letter said so)
        about = None
        if born:
            born = span = None
    return templates.render(
        "exhibit_description.txt.j2",
        {
            "type": doc.type,
            "label": config.taxonomy.document_types[doc.type],
            "about": about,
            "born": dt.date.fromisoformat(born) if born else None,
            "first_date": span[0] if span else None,
            "last_date": span[1] if span else None,
            "tax_year": doc.fields.get("tax_year"),
            "translated": bool(doc.translation),
        },
    ).strip()


def dated_span(doc: Document, case: Case, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day a document speaks for: the span or issue date classify read from
    it when it did, else the dates in its text that are not anyone's birthday or in the future."""
    if covers := doc.fields.get("covers"):
        return dt.date.fromisoformat(covers["from"]), dt.date.fromisoformat(covers["to"])
    if issued := doc.fields.get("issued"):
        return dt.date.fromisoformat(issued), dt.date.fromisoformat(issued)
    births = case.birthdays()
    dates = sorted({d for d in dates_in(doc.text) if d not in births and d <= today})
    return (dates[0], dates[-1]) if dates else None


def with_translation_certificates(
    exhibits: list[Exhibit], case: Case, config: Config, work: Path, templates: Templates
) -> list[Exhibit]:
    """A translation that carries no certificate gets one, right after it, inside the exhibit.
    What counts as carrying one is check's rule, so the two never disagree."""
    phrases = config.requirements.translation.certificate_phrases
    done = []
    for e in exhibits:
        original, *rest = e.documents
        if rest and not certified(rest[0], phrases):
            certificate = translation_certificate(original, rest[0], e, case, work, templates)
            e = dataclasses.replace(e, documents=(*e.documents, certificate))
        done.append(e)
    return done


def translation_certificate(
    original: Document,
    translation: Document,
    exhibit: Exhibit,
    case: Case,
    work: Path,
    templates: Templates,
) -> Document:
    pdf = work / f"translation-certificate-{exhibit.letter}.pdf"
    markup = templates.render(
        "certificate_of_translation.j2",
        {
            "translator": case.translator_for(original.file, translation.file),
            "language": LANGUAGE_NAMES.get(original.language, "the original language"),
            "document": lower_first(exhibit.description.removesuffix(", with English translation")),
            "respondent": case.respondent.name,
            "a_number": format_a_number(case.respondent.a_number),
        },
    )
    style = typeset.styles()
    typeset.build(pdf, typeset.flowables(markup, style), "Certificate of translation")
    texts = tuple(page.extract_text() for page in PdfReader(pdf).pages)
    return Document(
        file=f"{translation.file} ({GENERATED_CERTIFICATE})",
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
        translates=original.file,
    )


# --- front matter: cover letter, index, forms --------------------------------------------------


def front_matter(
    case: Case,
    exhibits: list[Exhibit],
    forms: list[Document],
    config: Config,
    work: Path,
    today: dt.date,
    templates: Templates,
) -> tuple[list[Exhibit], FrontMatter]:
    """Render until the page count settles: the letter cites pages that follow it.

    The guess only grows, so this ends; should the text come out shorter than the pages its
    citations assumed, blank pages keep those citations true."""
    text_pdf, pdf = work / "front-matter-text.pdf", work / "front-matter.pdf"
    form_pages = sum(f.pages for f in forms)
    text_pages = 2  # a letter and an index, each at least a page
    for _ in range(8):
        exhibits = numbered(exhibits, first_page=text_pages + form_pages + 1)
        placed = _placed_forms(forms, text_pages + 1)
        marks, rendered = _render_text(text_pdf, case, exhibits, placed, config, today, templates)
        if rendered <= text_pages:
            break
        text_pages = rendered
    else:
        raise BuildError("the cover letter and index would not settle on a page count.")
    sections = list(marks)
    writer = PdfWriter()
    writer.append(PdfReader(text_pdf), import_outline=False)
    for _ in range(text_pages - rendered):
        writer.add_blank_page(*LETTER)
    for form, first in placed:
        sections.append((config.taxonomy.document_types[form.type], first - 1))
        writer.append(PdfReader(form.pdf), import_outline=False)
    with pdf.open("wb") as f:
        writer.write(f)
    return exhibits, FrontMatter(pdf, text_pages + form_pages, tuple(sections), tuple(placed))


def numbered(exhibits: list[Exhibit], first_page: int) -> list[Exhibit]:
    out, page = [], first_page
    for e in exhibits:
        out.append(dataclasses.replace(e, first_page=page, last_page=page + e.pages - 1))
        page += e.pages
    return out


def _placed_forms(forms: list[Document], first_page: int) -> list[tuple[Document, int]]:
    placed, page = [], first_page
    for form in forms:
        placed.append((form, page))
        page += form.pages
    return placed


def _render_text(
    pdf: Path,
    case: Case,
    exhibits: list[Exhibit],
    forms: list[tuple[Document, int]],
    config: Config,
    today: dt.date,
    templates: Templates,
) -> tuple[list[tuple[str, int]], int]:
    style = typeset.styles()
    marks: list[tuple[str, int]] = []
    context = letter_context(case, exhibits, config, today, (f for f, _ in forms))
    briefs = {
        e.letter: describe(e.documents[0], config, case, today, templates, False) for e in exhibits
    }
    context["brief"] = lambda e: briefs.get(e.letter, e.description)
    letter = templates.render_letter(case, context)
    story: list[Flowable] = [
        typeset.SectionMark("Cover letter", marks),
        *typeset.flowables(letter, style),
        PageBreak(),
        typeset.SectionMark("Exhibit index", marks),
        *typeset.flowables(templates.render("exhibit_index.j2", context), style),
        Spacer(0, 4),
        index_table(exhibits, forms, config, style),
    ]
    return marks, typeset.build(pdf, story, "Cover letter and index of exhibits")


IndexEntry = tuple[str, str, int, int]  # tab letter, description, first and last page


def index_groups(
    exhibits: list[Exhibit], forms: list[tuple[Document, int]], config: Config
) -> list[tuple[str, list[IndexEntry]]]:
    """The index's sections in packet order: the forms filed with the request, then each
    equity that has exhibits, under its label."""
    groups: list[tuple[str, list[IndexEntry]]] = []
    if forms:
        filed = [
            ("\u2014", config.taxonomy.document_types[f.type], first, first + f.pages - 1)
            for f, first in forms
        ]
        groups.append(("Filed with this request", filed))
    for key, label in config.taxonomy.equities.items():
        shown = [
            (e.letter, e.description, e.first_page, e.last_page)
            for e in exhibits
            if e.equity == key
        ]
        if shown:
            groups.append((label, shown))
    return groups


def index_table(
    exhibits: list[Exhibit],
    forms: list[tuple[Document, int]],
    config: Config,
    style: dict,
) -> Table:
    def row(tab: str, description: str, first: int, last: int) -> list[Paragraph]:
        pages = str(first) if first == last else f"{first}\u2013{last}"
        return [
            Paragraph(tab, style["cell"]),
            Paragraph(_escape(description), style["cell"]),
            Paragraph(pages, style["cell"]),
        ]

    header = ["<b>Tab</b>", "<b>Description</b>", "<b>Pages</b>"]
    rows: list[list] = [[Paragraph(h, style["cell"]) for h in header]]
    heading_rows = []
    for label, entries in index_groups(exhibits, forms, config):
        heading_rows.append(len(rows))
        rows.append([Paragraph(f"<b>{_escape(label)}</b>", style["cell"]), "", ""])
        rows.extend(row(*entry) for entry in entries)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), typeset.FONT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in heading_rows:
        commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), "#eeeeee")]
    table = Table(rows, colWidths=[0.6 * inch, 5.1 * inch, 0.8 * inch], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


# --- what the letter says ----------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    """Who is speaking: counsel about "Respondent", or the respondent pro se in the first person."""

    we: str
    We: str
    our: str
    us: str
    subj: str
    poss: str
    Poss: str
    obj: str
    has: str
    is_: str


COUNSEL = Voice("we", "We", "our", "us", "Respondent", "Respondent's", "Respondent's",
                "Respondent", "has", "is")  # fmt: skip
PRO_SE = Voice("I", "I", "my", "me", "I", "my", "My", "me", "have", "am")


def letter_context(
    case: Case,
    exhibits: list[Exhibit],
    config: Config,
    today: dt.date,
    forms: Iterable[Document] = (),
) -> dict[str, Any]:
    rep, resp, proc = case.representative, case.respondent, case.proceedings
    by_equity = {key: [e for e in exhibits if e.equity == key] for key in config.taxonomy.equities}
    return {
        **parties(case, config),
        "date": long_date(today),
        "today": today,
        "v": PRO_SE if rep is None else COUNSEL,
        "pro_se": rep is None,
        "proceedings": proc,
        "next_hearing": proc.next_hearing,
        "request_label": config.taxonomy.request_types[case.request.type].label,
        "narrative": [p.strip() for p in (case.request.narrative or "").split("\n\n") if p.strip()],
        "claims": case.claims,
        "respondent_record": resp,
        "equities": present_equities(case, by_equity, config),
        "exhibits": by_equity,
        "birth_certificate_of": lambda name: _exhibit_of(exhibits, "birth_certificate", name),
        "marriage_certificate": next(
            (e for e in exhibits if e.documents[0].type == "marriage_certificate"), None
        ),
        "proof_of": lambda claim: _proof_of(exhibits, claim, config),
        "years_between": years_between,
        "age_at_entry": _age_at_entry(case),
        "negative_factors": case.negative_factors,
        "rehabilitation": by_equity.get("rehabilitation", []),
        "prior": case.request.prior_request,
        "new_evidence": new_evidence(case, exhibits, today),
        "first_letter": exhibits[0].letter if exhibits else "",
        "last_letter": exhibits[-1].letter if exhibits else "",
        "forms": [config.taxonomy.document_types[f.type] for f in forms],
        "brief": lambda e: e.description,
    }


def parties(case: Case, config: Config) -> dict[str, Any]:
    """Who writes, to whom, about whom: shared by the letter, cover page and certificates."""
    rep, resp, proc = case.representative, case.respondent, case.proceedings
    office = config.opla_offices.get(proc.opla_office or "")
    office_lines = (
        [v for v in (office.name, office.street, office.city) if v]
        if office
        else ["Office of the Principal Legal Advisor"]
    )
    if rep:
        sender = [rep.name, *([rep.organization] if rep.organization else []), *rep.address]
        contact = [v for v in (rep.phone, rep.email) if v]
        signer = [rep.name, *([f"EOIR ID {rep.eoir_id}"] if rep.eoir_id else [])]
        signer_role = f"Counsel for {resp.name}"
    else:
        sender, contact = [resp.name, *resp.address], []
        signer, signer_role = [resp.name], "Respondent, pro se"
    return {
        "sender": sender,
        "contact": contact,
        "signer": signer,
        "signer_role": signer_role,
        "signer_name": rep.name if rep else resp.name,
        "office": office_lines,
        "office_email": office.email if office else None,
        "respondent": resp.name,
        "a_number": format_a_number(resp.a_number),
        "court": proc.court,
        "judge": proc.judge,
        "detained": proc.detained,
        "stage": proc.stage,
    }


def _claimed_equities(case: Case) -> set[str]:
    """The equities case.yaml claims: each is worth a paragraph even without its documents."""
    c, r = case.claims, case.respondent
    claimed = {
        "us_family": bool(c.children or c.spouse),
        "length_of_residence": bool(c.residence_since or r.entered_us),
        "arrived_as_child": (_age_at_entry(case) or 99) < 18,
        "identity": bool(r.country),
        "education": c.education,
        "military_service": bool(c.military),
        "community_ties": c.community_ties,
        "medical": bool(c.medical),
        "caretaker": bool(c.caretaker),
        "crime_victim": bool(c.crime_victim),
        "law_enforcement_cooperation": c.law_enforcement_cooperation,
    }
    return {k for k, v in claimed.items() if v}


def present_equities(
    case: Case, by_equity: dict[str, list[Exhibit]], config: Config
) -> list[dict[str, Any]]:
    claimed = _claimed_equities(case)
    return [
        {"key": key, "label": label, "exhibits": by_equity[key]}
        for key, label in config.taxonomy.equities.items()
        if by_equity[key] or key in claimed
    ]


def _exhibit_of(exhibits: list[Exhibit], doc_type: str, name: str) -> Exhibit | None:
    return next(
        (e for e in exhibits if e.documents[0].type == doc_type and e.documents[0].about == name),
        None,
    )


def _proof_of(exhibits: list[Exhibit], claim: str, config: Config) -> list[Exhibit]:
    """The exhibits config/requirements.yaml accepts as proof of a claim, whatever their equity
    (a U visa certification is filed as crime-victim evidence but proves cooperation too)."""
    types = {t for rule in config.requirements.claims.get(claim, []) for t in rule.types}
    return [e for e in exhibits if e.documents[0].type in types]


def years_between(start: dt.date, end: dt.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _age_at_entry(case: Case) -> int | None:
    r = case.respondent
    if r.date_of_birth and r.entered_us:
        return years_between(r.date_of_birth, r.entered_us)
    return None


def new_evidence(case: Case, exhibits: list[Exhibit], today: dt.date) -> list[Exhibit]:
    """For a renewal: the exhibits dated after the prior request was decided."""
    prior = case.request.prior_request
    if not prior:
        return []
    return [
        e
        for e in exhibits
        if (span := dated_span(e.documents[0], case, today)) and span[1] > prior.date
    ]


# --- unnumbered pages: cover page, certificate of service ----------------------------------------


def _markup_page(pdf: Path, markup: str, title: str) -> Path:
    typeset.build(pdf, typeset.flowables(markup, typeset.styles()), title)
    return pdf


def _filing_context(
    case: Case, config: Config, today: dt.date, templates: Templates
) -> dict[str, Any]:
    context = letter_context(case, [], config, today)
    context["filing_title"] = templates.block(templates.request(case), "filing_title", context)
    return context


def cover_page(pdf: Path, case: Case, config: Config, today: dt.date, templates: Templates) -> Path:
    context = _filing_context(case, config, today, templates)
    return _markup_page(pdf, templates.render("cover_page.j2", context), "Cover page")


def certificate_of_service(
    pdf: Path, case: Case, config: Config, today: dt.date, templates: Templates
) -> Path:
    context = _filing_context(case, config, today, templates)
    markup = templates.render("certificate_of_service.j2", context)
    return _markup_page(pdf, markup, "Certificate of service")
