"""The residence timeline: the residence case.yaml claims, against the days the evidence covers.

Check reports each gap longer than ``residence.gap_months`` (config/requirements.yaml) as a
``residence-gap`` finding, and `packet check` draws the timeline month by month.
"""

from __future__ import annotations

from packet.dated import presence_spans
from packet.dates import clip, longer_than, uncovered
from packet.records import BuildContext, Document, Timeline
from packet.text.names import find_name, name_tokens, same_name


def residence_timeline(ctx: BuildContext, documents: list[Document]) -> Timeline | None:
    """The residence claimed since ``claims.residence_since``, and what dated evidence covers."""
    case, config, today = ctx.case, ctx.config, ctx.today
    since = case.claims.residence_since
    if since is None or since > today:
        return None
    paperwork = set(config.requirements.filing_paperwork)
    periods = set(config.requirements.residence.period_types)
    abroad = set(config.requirements.residence.from_abroad)
    respondent = case.respondent.name
    # A court record or pay stub that prints a date of birth does not cover the years since it.
    births = case.birthdays()
    evidence = sorted(
        clipped
        for d in documents
        if d.type not in paperwork
        and not d.translates
        and not (d.type in abroad and d.about and same_name(d.about, respondent))
        and places_the_respondent(d, respondent)
        for span in presence_spans(d, today, d.type in periods, births)
        if (clipped := clip(span, since, today))
    )
    months = config.requirements.residence.gap_months
    gaps = [g for g in uncovered(evidence, since, today) if longer_than(g, months)]
    return Timeline(since, today, tuple(evidence), tuple(gaps), months)


def places_the_respondent(doc: Document, respondent: str) -> bool:
    """Whether a document's dates show where the respondent was: it is about them, or it names
    them (a child's birth certificate naming the mother, a school letter to the father, a
    spouse's hospital record listing them as next of kin). A spouse's discharge papers or
    naturalization certificate, which name only the spouse, show where the spouse was."""
    if doc.about is None or same_name(doc.about, respondent):
        return True
    return bool(find_name(respondent, name_tokens(doc.text)))
