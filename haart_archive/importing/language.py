"""Guess whether a text is English, Swahili or a mix of both, from common short words.

Intake notes in Kenya switch between English and Swahili in one sentence, so the guess
counts stop words of each language and calls a text mixed when neither clearly wins.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = _words(
    "the and of to in was i my me he she it that for with on at is they we but not had "
    "her his him them this there were be have from by are as an our you your when then "
    "so did what who"
)
SWAHILI = _words(
    "na ya wa kwa ni za la katika kuwa hii yangu mimi sana lakini pia huko alikuwa "
    "nilikuwa kama hiyo wake wangu yeye sisi wao hapo baada kabla kisha bila hata tu "
    "ili hakuna nikiwa alisema nilienda tulikuwa walikuwa kwamba hadi mpaka yetu zangu "
    "wetu nao nami naye"
)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_STOP_WORDS = 4
CLEAR_MAJORITY = 0.8


def guess_language(text: str) -> str:
    """'en', 'sw' or 'mixed'; a text with too few common words counts as English."""
    english = swahili = 0
    for match in WORD.finditer(text[:200_000]):
        word = match.group().lower()
        if word in ENGLISH:
            english += 1
        elif word in SWAHILI:
            swahili += 1
    total = english + swahili
    if total < MIN_STOP_WORDS:
        return "en"
    share = swahili / total
    if share >= CLEAR_MAJORITY:
        return "sw"
    if share <= 1 - CLEAR_MAJORITY:
        return "en"
    return "mixed"
