"""The current consent in plain sentences, in English or Swahili (UI and `consent show`).

Uses only the public part, so every role can read it.
"""

from __future__ import annotations

from haart_archive.consent.history import CurrentConsent
from haart_archive.consent.terms import (
    ConsentState,
    Media,
    Use,
    check_language,
    format_date,
    label,
    labels,
)

_EN = {
    "none": "No consent has been recorded: nothing but internal case work is allowed.",
    "withdrawn": "Consent was withdrawn on {day}: nothing but internal case work already under way is allowed.",
    "expired": "Consent expired on {day}: nothing but internal case work already under way is allowed.",
    "active": "Consent is {state}, given on {granted} by {method}, until {until}.",
    "soon": "It expires soon: {days} days left.",
    "allowed": "Allowed: {items}.",
    "refused": "Not allowed: {items}.",
    "nothing": "Nothing is allowed.",
    "withdrawn_item": "Withdrawn on {day}: {items}.",
    "anonymity": "The survivor must appear as: {level}.",
    "media": "Media allowed: {items}.",
    "no_media": "No media allowed.",
    "review": "The survivor asked to review any text before it is published.",
    "minor": "Given for a minor by a parent or guardian, with the minor's own assent.",
    "minor_incomplete": (
        "Given for a minor without both the guardian's grant and the minor's assent, so it does not count."
    ),
    "risk": (
        "Risk flagged (open court case or safety concern): every use beyond case work needs an extra safety review."
    ),
    "conditions": "The survivor set conditions in their own words (readable by editors).",
    "interpreter": "An interpreter was used.",
}

_SW = {
    "none": "Hakuna ridhaa iliyorekodiwa: hakuna kinachoruhusiwa isipokuwa kazi ya kesi ndani ya shirika.",
    "withdrawn": "Ridhaa iliondolewa tarehe {day}: inaruhusiwa tu kuendelea na kazi ya kesi iliyokwisha anza.",
    "expired": "Muda wa ridhaa ulikwisha tarehe {day}: inaruhusiwa tu kuendelea na kazi ya kesi iliyokwisha anza.",
    "active": "Ridhaa {state}; ilitolewa tarehe {granted} kwa {method}, hadi tarehe {until}.",
    "soon": "Muda wake unakaribia kwisha: zimebaki siku {days}.",
    "allowed": "Kinachoruhusiwa: {items}.",
    "refused": "Kisichoruhusiwa: {items}.",
    "nothing": "Hakuna kinachoruhusiwa.",
    "withdrawn_item": "Ridhaa iliondolewa tarehe {day} kwa: {items}.",
    "anonymity": "Manusura atajwe kwa: {level}.",
    "media": "Maudhui yanayoruhusiwa: {items}.",
    "no_media": "Hakuna picha, sauti wala video zinazoruhusiwa.",
    "review": "Manusura aliomba kusoma maandishi yoyote kabla hayajachapishwa.",
    "minor": "Ilitolewa kwa niaba ya mtoto na mzazi au mlezi, na mtoto mwenyewe alikubali.",
    "minor_incomplete": (
        "Ilitolewa kwa niaba ya mtoto bila ridhaa ya mlezi na kukubali kwa mtoto, kwa hiyo haihesabiki."
    ),
    "risk": (
        "Kuna hatari (kesi iliyo mahakamani au hofu ya usalama): kila matumizi nje ya kazi ya kesi yanahitaji "
        "ukaguzi wa ziada wa usalama."
    ),
    "conditions": "Manusura aliweka masharti kwa maneno yake mwenyewe (wahariri wanaweza kuyasoma).",
    "interpreter": "Mkalimani alitumika.",
}


def describe(current: CurrentConsent, language: str = "en") -> list[str]:
    """Plain sentences describing `current` (from `current_consent`), 'en' or 'sw'."""
    words = _SW if check_language(language) == "sw" else _EN
    if current.state is ConsentState.NONE or current.terms is None:
        return [words["none"]]
    if current.state is ConsentState.WITHDRAWN:
        return [
            words["withdrawn"].format(day=format_date(current.withdrawn_on or current.on, language))
        ]
    if current.state is ConsentState.EXPIRED:
        return [
            words["expired"].format(day=format_date(current.expired_on or current.on, language))
        ]
    return _in_force(current, words, language)


def _in_force(current: CurrentConsent, words: dict[str, str], language: str) -> list[str]:
    terms, taking = current.terms, current.taking
    assert terms is not None and current.granted_on is not None
    sentences = [
        words["active"].format(
            state=label(current.state, language),
            granted=format_date(current.granted_on, language),
            method=label(taking.method, language) if taking else "?",
            until=format_date(terms.expires_on, language),
        )
    ]
    if current.expiring_soon:
        sentences.append(words["soon"].format(days=current.days_left))
    sentences += _uses(current, words, language)
    sentences.append(words["anonymity"].format(level=label(terms.anonymity, language)))
    media = current.allowed_media
    sentences.append(
        words["media"].format(items=labels(media, language)) if media else words["no_media"]
    )
    sentences += _flags(current, words)
    return sentences


def _uses(current: CurrentConsent, words: dict[str, str], language: str) -> list[str]:
    allowed = current.allowed_uses
    refused = frozenset(Use) - allowed - current.withdrawn_uses.keys()
    sentences = [
        words["allowed"].format(items=labels(allowed, language)) if allowed else words["nothing"]
    ]
    if refused:
        sentences.append(words["refused"].format(items=labels(refused, language)))
    by_day: dict = {}
    for item, day in [*current.withdrawn_uses.items(), *current.withdrawn_media.items()]:
        by_day.setdefault(day, []).append(item)
    for day in sorted(by_day):
        uses = [item for item in by_day[day] if isinstance(item, Use)]
        media = [item for item in by_day[day] if isinstance(item, Media)]
        items = ", ".join(filter(None, [labels(uses, language), labels(media, language)]))
        sentences.append(
            words["withdrawn_item"].format(day=format_date(day, language), items=items)
        )
    return sentences


def _flags(current: CurrentConsent, words: dict[str, str]) -> list[str]:
    terms, taking = current.terms, current.taking
    assert terms is not None
    sentences = []
    if terms.review_before_publication:
        sentences.append(words["review"])
    if taking and taking.is_minor:
        sentences.append(
            words["minor"] if taking.minor_consent_complete else words["minor_incomplete"]
        )
    if taking and taking.interpreter_used:
        sentences.append(words["interpreter"])
    if terms.risk_flag:
        sentences.append(words["risk"])
    if terms.has_conditions:
        sentences.append(words["conditions"])
    return sentences
