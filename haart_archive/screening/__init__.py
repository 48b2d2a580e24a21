"""Screening for indicators of trafficking (Qt-free, rules only, English and Swahili).

    from haart_archive.screening import screen
    result = screen(text)            # Screening
    result.verdict                   # "strong", "some" or "none"
    result.to_dict()                 # the JSON of `haart-archive screen --json`

A screening aid, not a legal finding. How the rules decide: rules.py; the words: cues.py.
"""

from haart_archive.screening.model import (
    ELEMENTS,
    VERDICTS,
    Element,
    Evidence,
    IndicatorFinding,
    Screening,
    SuggestedTags,
)
from haart_archive.screening.screen import screen

__all__ = [
    "ELEMENTS",
    "VERDICTS",
    "Element",
    "Evidence",
    "IndicatorFinding",
    "Screening",
    "SuggestedTags",
    "screen",
]
