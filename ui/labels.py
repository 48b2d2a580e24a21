"""Translated names for the core's identifiers (roles, languages, vocabulary terms)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from haart_archive.types.users import Role
from haart_archive.vocabulary import VOCABULARIES, term
from ui.i18n import current_language


def role_label(role: Role | str) -> str:
    names = {
        Role.CUSTODIAN: QCoreApplication.translate("Labels", "Custodian"),
        Role.EDITOR: QCoreApplication.translate("Labels", "Editor"),
        Role.COMMUNICATIONS: QCoreApplication.translate("Labels", "Communications"),
        Role.ADVOCATE: QCoreApplication.translate("Labels", "Advocate"),
    }
    return names[Role(role)]


def term_label(vocabulary: str, code: str) -> str:
    """The vocabulary's own English or Swahili label; the code itself if unknown."""
    if not code:
        return ""
    try:
        return term(vocabulary, code).label_in(current_language())
    except KeyError:
        return code


def vocabulary_items(vocabulary: str) -> list[tuple[str, str]]:
    """(code, label) pairs in the vocabulary's order."""
    return [(entry.code, entry.label_in(current_language())) for entry in VOCABULARIES[vocabulary]]


def state_words(state: str) -> str:
    """Where a testimony stands in the redaction and publishing work, in plain words."""
    words = {
        "new": QCoreApplication.translate("Testimonies", "new"),
        "in_redaction": QCoreApplication.translate("Testimonies", "being redacted"),
        "stale": QCoreApplication.translate("Testimonies", "redaction out of date"),
        "approved": QCoreApplication.translate("Testimonies", "approved for use"),
        "published": QCoreApplication.translate("Testimonies", "published"),
    }
    return words.get(state, state)


def consent_words(state: str) -> str:
    words = {
        "none": QCoreApplication.translate("Consent", "none recorded"),
        "active": QCoreApplication.translate("Consent", "active"),
        "partly_withdrawn": QCoreApplication.translate("Consent", "partly withdrawn"),
        "withdrawn": QCoreApplication.translate("Consent", "withdrawn"),
        "expired": QCoreApplication.translate("Consent", "expired"),
    }
    return words.get(state, state)


def picker_label(title: str, record_id: str, county: str = "", date: str = "", *, duplicate: bool = True) -> str:
    """A title as a picker shows it: when another record has the same title, the county,
    the date and a short id tell them apart ("Bar job — Nairobi, 2020-05-01 · 1167f1")."""
    if not duplicate:
        return title
    facts = ", ".join(part for part in (term_label("county", county) if county else "", date) if part)
    short = record_id.replace("-", "")[:6]
    return f"{title} — {facts} · {short}" if facts else f"{title} · {short}"


def duplicated(titles: list[str]) -> set[str]:
    """The titles that occur more than once (case and spacing ignored)."""
    seen: dict[str, int] = {}
    for title in titles:
        key = " ".join(title.casefold().split())
        seen[key] = seen.get(key, 0) + 1
    return {title for title in titles if seen[" ".join(title.casefold().split())] > 1}
