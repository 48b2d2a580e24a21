"""Names in chat and SMS transcripts, and names that come back in other forms.

A WhatsApp export names its sender on every line ("[12/06/2022, 21:14] Sammy Rotich: ...",
"12/06/2022, 21:14 - Sammy Rotich: ..."); an SMS dump says "From: ...". Those senders are
people, whatever their case. A name found once with confidence is a name wherever the same word
comes back in the text, in any case ("chebby" after "Chebby"); in a chat, where people write in
lower case, that holds for names that are also ordinary words too ("mercy" after "Mercy Jeptoo").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from haart_archive.redaction.gazetteer import fold, gazetteer
from haart_archive.redaction.normalise import lowered
from haart_archive.redaction.types import EntityType, Suggestion

_SENDER = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{4,40}\][ \t]*|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[APap][Mm])?"
    r"[ \t]+-[ \t]+)(?P<name>[^:\n\d][^:\n]{0,39}?)[ \t]*:",
    re.MULTILINE,
)
# Telegram's export: "Evo Agent, [04.02.2024 19:12]" on a line of its own above the message.
_TELEGRAM = re.compile(r"^[ \t]*(?P<name>[^\d\n,\[\]][^\n,\[\]]{0,39}?),[ \t]*\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
                       r"[ \t,]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[APap][Mm])?\][ \t]*$", re.MULTILINE)
_FROM = re.compile(r"^[ \t]*(?:From|Kutoka|Sender|To)[ \t]*:[ \t]*(?P<name>[^\d\n+][^\n:]{0,39}?)[ \t]*$",
                   re.MULTILINE | re.IGNORECASE)
_NOT_PEOPLE = frozenset(["mpesa", "m-pesa", "safaricom", "airtel", "system", "you", "wewe", "me", "mimi"])
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_REPEAT = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(?:['’]s)?(?![^\W\d_])")


SENDER_REASON = "sender of a chat message or SMS"


def sender_suggestions(text: str) -> Iterator[Suggestion]:
    """The sender of each chat line or SMS (not when it is a number or a service)."""
    for pattern in (_SENDER, _TELEGRAM, _FROM):
        for m in pattern.finditer(text):
            name = m.group("name").strip()
            if not name or fold(name) in _NOT_PEOPLE or "<" in name:
                continue
            start = m.start("name")
            yield Suggestion(start, start + len(name), EntityType.PERSON, 0.85, SENDER_REASON, name)


def is_chat(text: str) -> bool:
    """Whether the text reads like a chat or SMS transcript (several sender lines)."""
    for pattern in (_SENDER, _TELEGRAM):
        senders = pattern.finditer(text)
        if next(senders, None) is not None and next(senders, None) is not None:
            return True
    return False


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _after_name(low: str, start: int, words: set[str]) -> bool:
    before = _WORD_BEFORE.search(low, max(0, start - 30), start)
    return before is not None and before.group(1) in words


def repeated_names(text: str, found: Iterable[Suggestion]) -> Iterator[Suggestion]:
    """Other occurrences of words of confident PERSON suggestions, in any case."""
    gaz = gazetteer()
    chat = is_chat(text)
    words: set[str] = set()
    senders: set[str] = set()
    for s in found:
        if s.type != EntityType.PERSON or s.confidence < 0.6:
            continue
        for w in _WORD.findall(s.text):
            key = fold(w)
            if len(key) >= 3 and key not in gaz.titles and key not in gaz.common:
                words.add(key)
                if s.reason == SENDER_REASON:
                    senders.add(key)
    if not words:
        return
    low = lowered(text)
    for m in _REPEAT.finditer(low):
        if m.group(1) not in words:
            continue
        word = text[m.start():m.end()]
        key = m.group(1)
        dictionary = key in gaz.english or key in gaz.swahili
        ordinary = key in gaz.nouns or key in gaz.ambiguous or dictionary
        # A word in lower case that is also an ordinary word is the name again in a chat (for
        # names people write in lower case, not for dictionary words), or right after another
        # word of a name ("Bobi wine").
        if word[0].islower() and ordinary and not (
                chat and (key in senders or key in gaz.ambiguous or not dictionary)
                or _after_name(low, m.start(), words)):
            continue
        yield Suggestion(m.start(), m.end(), EntityType.PERSON, 0.6, "the same name appears elsewhere in this text",
                         word)
