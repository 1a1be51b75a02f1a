"""What a supplemental cover letter says: the context config/templates/supplement_letter.j2 is
rendered with (`packet build --supplement-to`, docs/supplements.md).

The cover letter's own context (packet/letter.py: parties, voice, equities, new evidence), plus
the earlier filings (when, what they asked, which letters and pages they hold), what changed
(``request.prior_request.changes``, each new exhibit, what it replaces) and, equity by equity,
the exhibits already on file that the request still relies on, cited by their filed letters and
pages. The request's own words (its ``ask`` and ``subject``) come from its template in
config/templates/requests/, so a supplement asks exactly what the request asks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from markupsafe import Markup

from packet import typeset
from packet.letter import letter_context
from packet.records import BuildContext, Document, Exhibit, FiledExhibit
from packet.templates import Templates


def supplement_context(
    ctx: BuildContext,
    exhibits: list[Exhibit],
    forms: list[Document],
    earlier: tuple[FiledExhibit, ...],
    templates: Templates,
) -> dict[str, Any]:
    record = ctx.filed
    assert record is not None, "a supplement's letter needs the filed record"
    config, case = ctx.config, ctx.case
    context = letter_context(ctx, exhibits, forms)
    request = templates.request(case)
    # the request template's blocks are markup already escaped: kept as they are
    ask = Markup(templates.block(request, "ask", context))
    subject = Markup(templates.block(request, "subject", context))
    standing = [e for e in earlier if e.replaced_by is None]
    replaces = {e.replaced_by: e for e in earlier if e.replaced_by}
    filed_label = config.taxonomy.request_types.get(record.request)
    prior = case.request.prior_request
    return context | {
        "ask": ask,
        "subject": subject,
        "filings": [_filing(day, earlier) for day in record.filings],
        "filed_date": record.date,
        "filed_request": filed_label.label if filed_label else record.request,
        "same_request": record.request == case.request.type,
        "renewal": bool(prior and prior.outcome == "denied"),
        "changes": typeset.paragraphs(prior.changes or "") if prior else [],
        "new_exhibits": exhibits,
        "replaces": lambda e: replaces.get(e.letter),
        "on_file": [
            {
                "label": label,
                "new": [e for e in exhibits if e.equity == key],
                "earlier": [e for e in standing if e.equity == key],
            }
            for key, label in config.taxonomy.equities.items()
            if any(e.equity == key for e in standing)
        ],
        "cite_filed": cite_filed,
        "earlier_first": earlier[0].letter if earlier else "",
        "earlier_last": earlier[-1].letter if earlier else "",
    }


def cite_filed(exhibits: list[FiledExhibit]) -> str:
    """'see Exhibit C, p. 14; Exhibit D, p. 16' for exhibits filed before: as the `cite` filter
    writes a citation, but never a link, since the page is in a packet already filed."""
    refs = [e.citation.replace(" ", "\u00a0").replace(",\u00a0", ", ") for e in exhibits]
    return f"see {'; '.join(refs)}" if refs else ""


def _filing(day: dt.date, earlier: tuple[FiledExhibit, ...]) -> dict[str, Any]:
    """One earlier filing: its day, and the letters and pages it filed."""
    mine = [e for e in earlier if e.filed_on == day]
    return {
        "date": day,
        "first_letter": mine[0].letter if mine else "",
        "last_letter": mine[-1].letter if mine else "",
        "first_page": min((e.first_page for e in mine), default=0),
        "last_page": max((e.last_page for e in mine), default=0),
    }
