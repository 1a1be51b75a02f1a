"""A-numbers (alien registration numbers) as forms and notices write them: "A208-415-337",
"A# 208 415 337", "A-Number: 208415337", "USCIS# 208-415-337". Read in one place for
`packet init` (guessing the case's number) and check (a document's number against case.yaml's).
"""

from __future__ import annotations

import re

# "A" written against the digits, or a label before them; 8 or 9 digits, grouped or not. A bare
# run of nine digits is not taken: a phone or an account number looks the same.
_LABEL = (
    r"(?:a[\s.-]*(?:number|num|no)\.?|a\s*#|alien\s+(?:registration\s+)?(?:number|no\.?|#)"
    r"|uscis\s*(?:number|no\.?|#))"
)
_DIGITS = r"(\d{2,3})[\s.-]?(\d{3})[\s.-]?(\d{3})(?!\d)"
A_NUMBER = re.compile(
    rf"(?:\bA[\s#:.-]{{0,3}}{_DIGITS})|(?:(?i:\b{_LABEL})[\s:#.]{{0,4}}(?:[Aa][\s.-]?)?{_DIGITS})"
)


def a_numbers_in(text: str) -> list[str]:
    """The A-numbers a text writes, as case.yaml stores them (nine digits), in order, each once."""
    found: list[str] = []
    for m in A_NUMBER.finditer(text):
        groups = [g for g in m.groups() if g is not None]
        digits = "".join(groups).zfill(9)
        if digits not in found:
            found.append(digits)
    return found
