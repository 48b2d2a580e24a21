"""Consent: what a survivor allowed for one testimony, and whether a use may happen.

Pure domain code (no database, no Qt). The public API:

- words: `Use`, `Anonymity`, `Media`, `Method`, `EventKind`, `ConsentState`, `Channel`,
  `label`, `format_date`;
- records: `ConsentGrant` (a consent form; `from_dict` for JSON input), `ConsentTaking`,
  `ConsentTerms`, `EventIdentity`, `ConsentEvent` (with `public_json`, `identity_json`,
  `from_json`);
- history: `append_event`, `current_consent`, `CurrentConsent`, `expiring_soon`, `expired`,
  `due_expiry_event`, `ExpiryEntry`;
- policy: `may`, `Decision`, `Obligation`, `ObligationKind`, `channel_use`;
- withdrawal: `record_withdrawal`, `takedown_notices`, `Release`, `ReleaseKind`,
  `TakedownNotice`;
- words for people: `describe`, `render_receipt_html`.
"""

from haart_archive.consent.describe import describe
from haart_archive.consent.events import (
    ConsentEvent,
    ConsentGrant,
    ConsentTaking,
    ConsentTerms,
    EventIdentity,
    default_expiry,
)
from haart_archive.consent.history import (
    CurrentConsent,
    ExpiryEntry,
    append_event,
    current_consent,
    due_expiry_event,
    expired,
    expiring_soon,
)
from haart_archive.consent.policy import (
    Decision,
    Obligation,
    ObligationKind,
    channel_use,
    may,
)
from haart_archive.consent.receipt import render_receipt_html
from haart_archive.consent.terms import (
    Anonymity,
    Channel,
    ConsentState,
    EventKind,
    Media,
    Method,
    Use,
    format_date,
    label,
)
from haart_archive.consent.withdrawal import (
    Release,
    ReleaseKind,
    TakedownNotice,
    record_withdrawal,
    takedown_notices,
)

__all__ = [
    "Anonymity",
    "Channel",
    "ConsentEvent",
    "ConsentGrant",
    "ConsentState",
    "ConsentTaking",
    "ConsentTerms",
    "CurrentConsent",
    "Decision",
    "EventIdentity",
    "EventKind",
    "ExpiryEntry",
    "Media",
    "Method",
    "Obligation",
    "ObligationKind",
    "Release",
    "ReleaseKind",
    "TakedownNotice",
    "Use",
    "append_event",
    "channel_use",
    "current_consent",
    "default_expiry",
    "describe",
    "due_expiry_event",
    "expired",
    "expiring_soon",
    "format_date",
    "label",
    "may",
    "record_withdrawal",
    "render_receipt_html",
    "takedown_notices",
]
