"""Consent values and their words: what a survivor allowed, the history of grants and
withdrawals, and the policy's decisions (defined in `haart_archive.consent`)."""

from __future__ import annotations

from haart_archive.consent import (
    Anonymity,
    Channel,
    ConsentEvent,
    ConsentGrant,
    ConsentState,
    ConsentTaking,
    ConsentTerms,
    CurrentConsent,
    Decision,
    EventIdentity,
    EventKind,
    ExpiryEntry,
    Media,
    Method,
    Obligation,
    ObligationKind,
    Release,
    ReleaseKind,
    TakedownNotice,
    Use,
    current_consent,
    default_expiry,
    describe,
    format_date,
    label,
)
from haart_archive.consent.terms import event_label, labels

__all__ = [
    "Anonymity", "Channel", "ConsentEvent", "ConsentGrant", "ConsentState", "ConsentTaking", "ConsentTerms",
    "CurrentConsent", "Decision", "EventIdentity", "EventKind", "ExpiryEntry", "Media", "Method", "Obligation",
    "ObligationKind", "Release", "ReleaseKind", "TakedownNotice", "Use", "current_consent", "default_expiry",
    "describe", "event_label", "format_date", "label", "labels",
]
