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
from functools import lru_cache

from haart_archive.redaction.gazetteer import fold, gazetteer
from haart_archive.redaction.normalise import lowered
from haart_archive.redaction.types import EntityType, Suggestion

_SENDER = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{4,40}\][ \t]*|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[APap][Mm])?"
    r"(?:[ \t]+-[ \t]+|[ \t]+(?P<way>(?i:from|to)[ \t]+)))(?P<name>(?(way)[^:\n]|[^:\n\d])[^:\n]{0,39}?)[ \t]*:",
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
            if not name or fold(name) in _NOT_PEOPLE or "<" in name or name[0].isdigit() or name[0] == "+":
                continue
            start = m.start("name")
            yield Suggestion(start, start + len(name), EntityType.PERSON, 0.85, SENDER_REASON, name)


# The first and the last word of a chat message, where people are addressed ("hold on sharon 🙏",
# "sharon, uko wapi?").
_FIRST_WORD = re.compile(r"[ \t]*([a-z][a-z'’]+)[ \t]*,")
# "Kemunto Bosibori: ...", "NEEMA: ...": a line said by someone (Messenger exports, transcripts).
_SPEAKER = re.compile(r"^[ \t]*[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
_LAST_WORD = re.compile(r"(?<![^\W\d_])([a-z][a-z'’]+)[^\w\n]*$", re.MULTILINE)


# Names that are also words people end a message with ("umefika salama?", "asante sana, baraka").
_MESSAGE_WORDS = frozenset([
    "faith", "mercy", "hope", "grace", "joy", "charity", "patience", "precious", "blessing", "purity", "gift",
    "baraka", "imani", "amani", "neema", "rehema", "zawadi", "tumaini", "furaha", "upendo", "subira", "sifa", "wema",
    "bahati", "pendo", "nuru", "tabasamu", "shukuru", "riziki", "mwaka", "chai", "baya", "were", "sang", "too",
    "said", "will", "may", "sunday", "major", "lucky", "chief", "hail", "wote", "kahawa", "umoja", "salama",
    "kambi", "shauri", "tatu", "kiti", "bare", "deni", "job", "maua", "hindi", "engineer", "bill", "mark",
])


def addressed_names(text: str) -> Iterator[Suggestion]:
    """Given names in lower case that open (before a comma) or close a chat message."""
    gaz = gazetteer()
    plain = (gaz.english, gaz.swahili, gaz.common, gaz.nouns, gaz.titles)
    for pattern in (_SENDER, _TELEGRAM, _SPEAKER):
        for m in pattern.finditer(text):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if pattern is _TELEGRAM:  # the message is on the next line
                start = line_end + 1
                line_end = text.find("\n", start)
                line_end = len(text) if line_end < 0 else line_end
            else:
                start = m.end()
            for word in (_FIRST_WORD.match(text, start, line_end), _LAST_WORD.search(text, start, line_end)):
                if word is None:
                    continue
                key = word.group(1)
                if (key in gaz.names and key not in _MESSAGE_WORDS and not any(key in words for words in plain)
                        and len(key) >= 3):
                    yield Suggestion(word.start(1), word.end(1), EntityType.PERSON, 0.5,
                                     "a given name in lower case addressing someone in a chat", key)


# Addressing someone in a chat: a greeting, then the name ("hi faith its ...", "asante sana purity.",
# "sawa charlo ID ni ..."); a name opening a message with "!" or a question to them ("sharu!!! uko
# wapi", "kerry uko tayari?"); a name closing a question or a list of people ("uko na nani fay??",
# "mimi na nimo na cherry.").
_GREETING = re.compile(
    r"(?<![^\W\d_])(?:hi|hello|hey|dear|sawa|asante(?:[ \t]+sana)?|thanks|thank[ \t]+you|pole|habari|niaje|mambo|"
    r"bye|kwaheri|morning|evening)[ \t,]+([a-z][a-z'’]{2,})(?![^\W\d_])")
# What follows a name said to someone ("hi faith, ...", "asante sana purity.", "hi faith its ...").
_ADDRESS_END = re.compile(r"[ \t]*(?:[,.!?]|$|its\b|it's\b|this\b|ni\b|uko\b|how\b|are\b|r\b|u\b|[A-Z])",
                          re.MULTILINE)
_OPENING = re.compile(r"[ \t]*([a-z][a-z'’]{2,})(?:[ \t]*!+|[ \t]+(?=(?:uko|upo|umefika|uko\b|are[ \t]+you|r[ \t]+u|"
                      r"where|how[ \t]+are)\b))")
_CLOSING = re.compile(r"(?<![^\W\d_])(na|and|with|nani|who)[ \t]+((?:[a-z][a-z'’]{2,}[ \t]+(?:na|and)[ \t]+)*"
                      r"[a-z][a-z'’]{2,})[ \t]*(?:[?.!]+(?=[ \t])|[?.!]*[ \t]*$)",
                      re.MULTILINE)
_LIST_WORD = re.compile(r"[a-z][a-z'’]+")
ADDRESSED_REASON = "a word in lower case addressing or listing someone in a chat"


# A Swahili verb with its subject and tense ("nitatuma", "amefika", "tulienda"), which word lists
# cannot hold in all its forms.
_SW_VERB = re.compile(r"(?:ni|u|a|tu|m|wa|ku|si|ha|hu|ki|i|li|ya|zi)(?:ta|li|me|na|ki|nge|ka|sha)[a-z]{2,}$")


def _plain_word(key: str) -> bool:
    """An ordinary word, a verb, a place or a title: what an unknown word in a chat must not be to be a name."""
    gaz = gazetteer()
    return (key in gaz.english or key in gaz.swahili or key in gaz.common or key in gaz.nouns or key in gaz.titles
            or key in gaz.places or key in _NOT_PEOPLE or (key not in gaz.names and _SW_VERB.match(key) is not None))


def chat_context_names(text: str) -> Iterator[Suggestion]:
    """Lower-case names in chat messages, from how people address and list each other."""
    if not is_chat(text):
        return
    gaz = gazetteer()
    for pattern in (_SENDER, _TELEGRAM):
        for m in pattern.finditer(text):
            start = m.end()
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            if pattern is _TELEGRAM:
                start = line_end + 1
                line_end = text.find("\n", start)
                line_end = len(text) if line_end < 0 else line_end
            hits = [(g.start(1), g.end(1), bool(_ADDRESS_END.match(text, g.end(1))))
                    for g in _GREETING.finditer(text, start, line_end)]
            opening = _OPENING.match(text, start, line_end)
            if opening:
                hits.append((opening.start(1), opening.end(1), False))
            for closing in _CLOSING.finditer(text, start, line_end):
                hits.extend((closing.start(2) + w.start(), closing.start(2) + w.end(), False)
                            for w in _LIST_WORD.finditer(closing.group(2)) if w.group() not in ("na", "and"))
            for lo, hi, greeted in hits:
                key = fold(text[lo:hi])
                # after a greeting, a given name that is also a word ("hi faith") is the name
                if (greeted and key in gaz.names and key not in gaz.titles) or not _plain_word(key):
                    yield Suggestion(lo, hi, EntityType.PERSON, 0.6, ADDRESSED_REASON, text[lo:hi])


@lru_cache(maxsize=4)
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


# Words around an ordinary word that make it a verb or a noun ("I hope", "hope to", "no hope").
_NOT_NAME_BEFORE = frozenset(["i", "we", "you", "u", "they", "let's", "lets", "to", "dont", "don't", "just", "really",
                              "still", "will", "can", "do", "no", "any", "some", "the", "a", "my", "our", "your",
                              "of", "in", "much", "so", "nice", "good", "new", "great", "full", "lost", "have",
                              "has", "had", "with", "for", "more", "less", "all", "without"])
_NOT_NAME_AFTER = frozenset(["to", "that", "so", "for", "you", "u", "it", "this", "we", "they", "i", "the", "of",
                             "in", "is", "you're", "ur", "everything", "things"])


def _common_word_names(text: str, common: set[str]) -> Iterator[Suggestion]:
    """An ordinary word that is a name in this chat ("Hope Nasimiyu"), again in lower case
    where it is not the word ("ya hope", "hope na faith", not "I hope" or "hope to")."""
    if not common:
        return
    low = lowered(text)
    for word in common:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if text[at].islower() and not (at and low[at - 1].isalpha()) and not low[end:end + 1].isalpha():
                before = re.findall(r"[a-z']+", low[max(0, at - 20):at])
                after = re.findall(r"[a-z']+", low[end:end + 20])
                if (not before or before[-1] not in _NOT_NAME_BEFORE) and (not after or after[0] not in
                                                                             _NOT_NAME_AFTER):
                    yield Suggestion(at, end, EntityType.PERSON, 0.55,
                                     "an ordinary word that is a name elsewhere in this chat", text[at:end])
            at = low.find(word, end)


def repeated_names(text: str, found: Iterable[Suggestion]) -> Iterator[Suggestion]:
    """Other occurrences of words of confident PERSON suggestions, in any case."""
    gaz = gazetteer()
    chat = is_chat(text)
    words: set[str] = set()
    senders: set[str] = set()
    common: set[str] = set()  # ordinary words seen as a capitalised given name before a surname ("Hope Nasimiyu")
    for s in found:
        if s.type != EntityType.PERSON or s.confidence < 0.6:
            continue
        found_words = _WORD.findall(s.text)
        for k, w in enumerate(found_words):
            key = fold(w)
            if len(key) >= 3 and key not in gaz.titles and key not in gaz.common:
                words.add(key)
                if s.reason == SENDER_REASON:
                    senders.add(key)
            elif (chat and key in gaz.common and key in gaz.names and w[0].isupper() and k + 1 < len(found_words)
                  and fold(found_words[k + 1]) not in gaz.common and s.reason != SENDER_REASON):
                common.add(key)
    if chat:
        yield from _common_word_names(text, common)
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
