"""Which OPLA office a case goes to, and the lines its letters are addressed with.

Check and compose both ask: check reports an office it cannot find (or finds without an
address) as ``unknown-opla-office``; compose addresses the letter, the certificate of service
and the cover page with the same answer, so the finding and the page never disagree.

Names are matched as people write them: ignoring case, spaces and punctuation ("chicago",
"New-York"), through aliases ("NYC"), and, when case.yaml names no office, through the
immigration court (``proceedings.court``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from packet.case import Proceedings
from packet.case_errors import closest
from packet.config import OplaDirectory, OplaOffice, name_key

OPLA = "Office of the Principal Legal Advisor"
ADDRESS_BLANK = "_" * 40  # a line to write the street address on by hand
_COURT_SUFFIX = "immigration court"
_STATE = re.compile(r"[,\s]+([A-Za-z]{2})\.?$")  # "Chicago, IL"
# What people write around an office's name: ICE's own full name for it ("Office of the
# Principal Legal Advisor, New Orleans (Memphis)"), the agency, or the office's name before
# 2003's reorganisation ("Office of the Chief Counsel"). The place is what identifies it.
_OFFICE_WORDS = re.compile(
    r"\b(?:u\.?\s*s\.?\s+)?(?:immigration\s+and\s+customs\s+enforcement|ice|dhs)\b"
    r"|\boffice\s+of\s+(?:the\s+)?(?:principal\s+legal\s+advis[eo]r|chief\s+counsel)\b"
    r"|\bopla\b|\bocc\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OfficeMatch:
    """The answer for one case: the office, or why there is none to address a letter to."""

    named: str | None  # proceedings.opla_office as case.yaml writes it
    key: str | None  # the directory's key for the office found
    office: OplaOffice | None
    claim: str  # the case.yaml key the answer rests on
    problem: str | None = None  # why the letter cannot be addressed from the directory

    @property
    def email(self) -> str | None:
        return self.office.email if self.office else None


def find_office(proceedings: Proceedings, directory: OplaDirectory) -> OfficeMatch:
    if proceedings.opla_office:
        return _by_name(proceedings.opla_office, proceedings.court, directory)
    if proceedings.court:
        return _by_court(proceedings.court, directory)
    return OfficeMatch(
        None,
        None,
        None,
        "proceedings.opla_office",
        "neither proceedings.opla_office nor proceedings.court is given",
    )


def address_lines(match: OfficeMatch) -> list[str]:
    """The address block for the letter, the certificate of service and the cover page: the
    office's name and postal address, or the name given with a blank line to fill in."""
    office = match.office
    if office and office.postal_address:
        return [office.name, *office.postal_address]
    if office:
        return [office.name, ADDRESS_BLANK]
    return [f"{OPLA}, {match.named}" if match.named else OPLA, ADDRESS_BLANK]


def _by_name(given: str, court: str | None, directory: OplaDirectory) -> OfficeMatch:
    """A field location first (the court then picks its office), else an office."""
    claim = "proceedings.opla_office"
    wanted = name_key(_OFFICE_WORDS.sub(" ", given)) or name_key(given)
    for location, entry in directory.field_locations.items():
        if wanted in {name_key(location), *map(name_key, entry.aliases)}:
            return _in_field_location(given, location, court, directory)
    for key, office in directory.offices.items():
        names = {key, office.name, _OFFICE_WORDS.sub(" ", office.name), *office.aliases}
        if wanted in set(map(name_key, names)):
            return _found(given, key, office, claim)
    known = [*directory.field_locations, *directory.offices]
    guess = closest(given, known)
    hint = f" (did you mean {guess!r}?)" if guess else ""
    return OfficeMatch(given, None, None, claim, f"{given!r} is not in the OPLA directory{hint}")


def _in_field_location(
    given: str, location: str, court: str | None, directory: OplaDirectory
) -> OfficeMatch:
    """One office of a field location: the court's, else the field location's main office."""
    claim = "proceedings.opla_office"
    offices = {k: o for k, o in directory.offices.items() if o.field_location == location}
    by_court = set(_offices_of_courts(court, directory)) & set(offices) if court else set()
    if len(by_court) == 1:
        key = by_court.pop()
        return _found(given, key, offices[key], claim)
    if location in offices:
        return _found(given, location, offices[location], claim)
    names = " and ".join(sorted(offices))
    which = f"none of them takes the court {court!r}" if court else "no court is given"
    return OfficeMatch(
        given, None, None, claim, f"OPLA {location} has several offices ({names}) and {which}"
    )


def _by_court(court: str, directory: OplaDirectory) -> OfficeMatch:
    claim = "proceedings.court"
    keys = sorted(set(_offices_of_courts(court, directory)))
    locations = {directory.offices[k].field_location for k in keys}
    if len(keys) == 1:
        return _found(None, keys[0], directory.offices[keys[0]], claim)
    if len(locations) == 1 and (main := locations.pop()) in keys:
        return _found(None, main, directory.offices[main], claim)
    problem = (
        f"the OPLA directory has no office for the court {court!r}"
        if not keys
        else f"the court {court!r} matches several OPLA offices ({', '.join(keys)})"
    )
    return OfficeMatch(None, None, None, claim, problem)


def _offices_of_courts(court: str, directory: OplaDirectory) -> list[str]:
    """The keys of the offices that take the courts ``court`` names (one court or a city's)."""
    courts = _courts_named(court, directory)
    return [k for k, o in directory.offices.items() if courts & set(o.courts)]


def _courts_named(text: str, directory: OplaDirectory) -> set[str]:
    """The courts a case.yaml `court` value names: "Chicago, IL", "Chicago Immigration Court",
    "Houston - S. Gessner Road", "Van Nuys"."""
    text, state = text.strip(), None
    if m := _STATE.search(text):
        text, state = text[: m.start()], m.group(1).upper()
    if text.casefold().endswith(_COURT_SUFFIX):
        text = text[: -len(_COURT_SUFFIX)]
    wanted = name_key(text)
    if not wanted:
        return set()
    found = set()
    for name, court in directory.courts.items():
        if state and court.state and court.state != state:
            continue
        short = name.removesuffix(" Immigration Court")
        city_in_name = short.split(" - ")[0]  # EOIR names a city's second court "City - Place"
        if wanted in {name_key(short), name_key(city_in_name), name_key(court.city or "")}:
            found.add(name)
    return found


def _found(named: str | None, key: str, office: OplaOffice, claim: str) -> OfficeMatch:
    problem = None if office.postal_address else f"the OPLA directory has no address for {key}"
    return OfficeMatch(named, key, office, claim, problem)
