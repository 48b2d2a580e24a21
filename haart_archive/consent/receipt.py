"""A printable consent receipt for the survivor, in plain English or Swahili (HTML).

Self-contained (inline style, no scripts, no external resources) and every value escaped.
The consenting person's name and the survivor's own conditions appear only when the
grant's identity part was loaded: the receipt is for the survivor, never for publication.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from haart_archive.consent.events import ConsentEvent
from haart_archive.consent.history import current_consent
from haart_archive.consent.terms import ConsentState, Media, Use, check_language, format_date, label

_WORDS = {
    "en": {
        "title": "Your consent receipt",
        "reference": "Reference",
        "date": "Consent given on",
        "by": "Consent given by",
        "minor": "Your parent or guardian gave consent for you, and you agreed too.",
        "status": "Status today",
        "agreed": "You agreed that we may use your story for:",
        "not_agreed": "You did not agree to:",
        "withdrawn": "You later withdrew:",
        "name": "How you will be named",
        "media": "What we may use",
        "no_media": "Only what is written here; no photos, voice or video.",
        "until": "Your consent lasts until {day}. After that we will ask you again.",
        "review": (
            "You asked to read any text about you before it is published. We will not publish it without your "
            "approval."
        ),
        "conditions": "Your own conditions",
        "how_title": "How to withdraw",
        "how": (
            "You can withdraw all or part of your consent at any time. It is free, you do not "
            "have to give a reason, and it will not change the help you receive from us."
        ),
        "contact": "Contact us at: {contact}. Give this reference: {reference}.",
        "after": (
            "We will then stop using your story and take down what we published with it. "
            "Copies that others have already printed or saved may be beyond our reach."
        ),
        "none": "We have no consent from you on record. We will not use your story outside your case work.",
        "ended": "This consent has ended. We will not use your story outside the case work already under way.",
    },
    "sw": {
        "title": "Stakabadhi ya ridhaa yako",
        "reference": "Namba ya kumbukumbu",
        "date": "Ridhaa ilitolewa tarehe",
        "by": "Ridhaa ilitolewa na",
        "minor": "Mzazi au mlezi wako alitoa ridhaa kwa niaba yako, na wewe pia ulikubali.",
        "status": "Hali ya leo",
        "agreed": "Ulikubali tutumie ushuhuda wako kwa ajili ya:",
        "not_agreed": "Hukukubali:",
        "withdrawn": "Baadaye uliondoa ridhaa kwa:",
        "name": "Jinsi utakavyotajwa",
        "media": "Tunachoweza kutumia",
        "no_media": "Maandishi haya tu; hakuna picha, sauti wala video.",
        "until": "Ridhaa yako inadumu hadi tarehe {day}. Baada ya hapo tutakuuliza tena.",
        "review": (
            "Uliomba kusoma maandishi yoyote yanayokuhusu kabla hayajachapishwa. Hatutayachapisha bila idhini "
            "yako."
        ),
        "conditions": "Masharti yako mwenyewe",
        "how_title": "Jinsi ya kuondoa ridhaa",
        "how": (
            "Unaweza kuondoa ridhaa yako yote au sehemu yake wakati wowote. Ni bure, huhitaji "
            "kutoa sababu, na haitabadilisha msaada unaoupata kutoka kwetu."
        ),
        "contact": "Wasiliana nasi kupitia: {contact}. Taja namba hii ya kumbukumbu: {reference}.",
        "after": (
            "Tukipokea ombi lako tutaacha kutumia ushuhuda wako na kuondoa tulichochapisha "
            "kwa kuutumia. Nakala ambazo wengine wamekwisha kuchapisha au kuhifadhi huenda "
            "zisiwe mikononi mwetu."
        ),
        "none": "Hatuna ridhaa yako kwenye kumbukumbu. Hatutatumia ushuhuda wako nje ya kazi ya kesi yako.",
        "ended": "Ridhaa hii imekwisha. Hatutatumia ushuhuda wako nje ya kazi ya kesi iliyokwisha anza.",
    },
}

_STYLE = (
    "body{font-family:sans-serif;max-width:40em;margin:2em auto;line-height:1.5;color:#111}"
    "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.5em}"
    "dt{font-weight:bold}dd{margin:0 0 .5em 0}"
)


def render_receipt_html(
    history: Sequence[ConsentEvent],
    language: str,
    organisation_contact: str,
    testimony_reference: str,
    on: date | None = None,
) -> str:
    """The survivor's receipt as one self-contained HTML page ('en' or 'sw').

    `on` is the day the receipt describes (default: today).
    """
    words = _WORDS[check_language(language)]
    now = current_consent(history, on or date.today())
    body = [f"<h1>{escape(words['title'])}</h1>", "<dl>"]
    body.append(_pair(words["reference"], testimony_reference))
    body.append(_pair(words["status"], label(now.state, language)))
    if now.granted_on is not None:
        body.append(_pair(words["date"], format_date(now.granted_on, language)))
    identity = now.grant_event.identity if now.grant_event else None
    if identity is not None and identity.consenter_name.strip():
        body.append(_pair(words["by"], identity.consenter_name))
    body.append("</dl>")
    body += _terms_section(now, words, language) if now.in_force else [_para(_ended(now, words))]
    body += _withdraw_section(words, organisation_contact, testimony_reference)
    return _page(language, words["title"], "\n".join(body))


def _ended(now, words: dict[str, str]) -> str:
    return words["none"] if now.state is ConsentState.NONE else words["ended"]


def _terms_section(now, words: dict[str, str], language: str) -> list[str]:
    terms, taking = now.terms, now.taking
    parts = []
    if taking is not None and taking.is_minor:
        parts.append(_para(words["minor"]))
    allowed = [use for use in Use if use in now.allowed_uses]
    refused = [use for use in Use if use not in terms.uses]
    withdrawn = [use for use in Use if use in now.withdrawn_uses]
    withdrawn += [medium for medium in Media if medium in now.withdrawn_media]
    parts += _list(words["agreed"], allowed, language)
    parts += _list(words["not_agreed"], refused, language)
    parts += _list(words["withdrawn"], withdrawn, language)
    parts.append("<dl>")
    parts.append(_pair(words["name"], label(terms.anonymity, language)))
    media = [medium for medium in Media if medium in now.allowed_media]
    shown = ", ".join(label(medium, language) for medium in media) or words["no_media"]
    parts.append(_pair(words["media"], shown))
    parts.append("</dl>")
    last_day = terms.expires_on - timedelta(days=1)
    parts.append(_para(words["until"].format(day=format_date(last_day, language))))
    if terms.review_before_publication:
        parts.append(_para(words["review"]))
    identity = now.grant_event.identity if now.grant_event else None
    if identity is not None and identity.conditions.strip():
        parts.append(f"<h2>{escape(words['conditions'])}</h2>")
        parts.append(f"<blockquote>{escape(identity.conditions)}</blockquote>")
    return parts


def _withdraw_section(words: dict[str, str], contact: str, reference: str) -> list[str]:
    return [
        f"<h2>{escape(words['how_title'])}</h2>",
        _para(words["how"]),
        _para(words["contact"].format(contact=contact, reference=reference)),
        _para(words["after"]),
    ]


def _list(heading: str, items: list, language: str) -> list[str]:
    if not items:
        return []
    rows = "".join(f"<li>{escape(label(item, language))}</li>" for item in items)
    return [_para(heading), f"<ul>{rows}</ul>"]


def _pair(term: str, value: str) -> str:
    return f"<dt>{escape(term)}</dt><dd>{escape(value)}</dd>"


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _page(language: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )
