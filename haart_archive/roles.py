"""Roles, the tiers their keys open, and the actions the core lets them take.

Keys decide who can read; this table decides who may write. Both are checked in the core.
"""

from __future__ import annotations

from enum import StrEnum

from haart_archive.errors import ArchiveError, InvalidInput, NotPermitted
from haart_archive.messages import Message
from haart_archive.vault.header import SlotGrant
from haart_archive.vault.keys import KeyRing, Tier
from haart_archive.vault.signing import Pins, user_seed


class Role(StrEnum):
    CUSTODIAN = "custodian"
    EDITOR = "editor"
    COMMUNICATIONS = "communications"
    ADVOCATE = "advocate"

    @staticmethod
    def parse(text: str) -> Role:
        try:
            return Role(text.strip().lower())
        except ValueError:
            raise InvalidInput(
                Message(
                    "'{text}' is not a role; choose one of: {value}.",
                    text=text,
                    value=', '.join(r.value for r in Role),
                )
            ) from None


ROLE_TIERS: dict[Role, frozenset[Tier]] = {
    Role.CUSTODIAN: frozenset(Tier),
    Role.EDITOR: frozenset(Tier),
    Role.COMMUNICATIONS: frozenset({Tier.STORE, Tier.PUBLIC}),
    Role.ADVOCATE: frozenset({Tier.STORE, Tier.PUBLIC}),
}

_STAFF = {Role.CUSTODIAN, Role.EDITOR}
ACTIONS: dict[str, set[Role]] = {
    "manage users": {Role.CUSTODIAN},
    "change archive settings": {Role.CUSTODIAN},
    "read the audit log": {Role.CUSTODIAN},
    "rotate keys": {Role.CUSTODIAN},
    "make backups": {Role.CUSTODIAN},
    "add or change testimonies": _STAFF,
    "delete testimonies": _STAFF,
    "add or change people": _STAFF,
    "add media": _STAFF,
    "record consent": _STAFF,
    "redact testimonies": _STAFF,
    "approve redacted versions": _STAFF,
    "rebuild the search index": _STAFF | {Role.COMMUNICATIONS, Role.ADVOCATE},
    "build publications": {Role.CUSTODIAN, Role.EDITOR, Role.COMMUNICATIONS},
    "release publications": {Role.CUSTODIAN, Role.EDITOR, Role.COMMUNICATIONS},
    "export partner data": {Role.CUSTODIAN, Role.EDITOR, Role.COMMUNICATIONS},
    "record takedowns": {Role.CUSTODIAN, Role.EDITOR, Role.COMMUNICATIONS},
}


def require(role: Role, action: str) -> None:
    """Raise NotPermitted naming the role and the action unless the role may take it."""
    if role not in ACTIONS[action]:
        raise NotPermitted(role.value, action)


def may(role: Role, action: str) -> bool:
    return role in ACTIONS[action]


class IncompleteKeys(NotPermitted):
    """The session lacks keys a grant must wrap (a grant never drops a tier silently)."""

    def __init__(self, role: str, missing: str):
        ArchiveError.__init__(self, Message(
            "This session does not hold every key the archive needs ({missing}); only a custodian "
            "holding all of them may do this. Nothing was changed.",
            missing=missing,
        ))
        self.role = role
        self.action = "rotate keys"


def missing_keys(keyring: KeyRing, role: Role) -> list[str]:
    """What `keyring` lacks to write a complete grant for `role`."""
    missing = [str(tier) for tier in sorted(ROLE_TIERS[role]) if not keyring.has(tier)]
    if role is Role.CUSTODIAN and not keyring.roster_seed:
        missing.append("roster signing key")
    return missing


def slot_grant(keyring: KeyRing, user_id: str, role: Role, pins: Pins | None = None) -> SlotGrant:
    """The keys a role's slot wraps: every held version of the role's tiers, the roster key
    for custodians, the user's signing key and the pinned public keys. Refuses (never drops a
    key silently) when the session lacks any of them."""
    missing = missing_keys(keyring, role)
    if keyring.roster_seed:
        seed = user_seed(keyring.roster_seed, user_id)
    elif keyring.user_seed and user_id == keyring.signing_user:
        seed = keyring.user_seed
    else:
        seed = None
        missing.append("signing key of that user")
    if missing:
        raise IncompleteKeys(role.value, ", ".join(missing))
    tiers = ROLE_TIERS[role]
    return SlotGrant(
        user_id, role.value, tuple(k for k in keyring.all_keys() if k.tier in tiers),
        roster_seed=keyring.roster_seed if role is Role.CUSTODIAN else None,
        user_seed=seed,
        pins=pins,
    )
