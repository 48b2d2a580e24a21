"""Roles, the tiers their keys open, and the actions the core lets them take.

Keys decide who can read; this table decides who may write. Both are checked in the core.
"""

from __future__ import annotations

from enum import StrEnum

from haart_archive.errors import InvalidInput, NotPermitted
from haart_archive.messages import Message
from haart_archive.vault.header import SlotGrant
from haart_archive.vault.keys import KeyRing, Tier


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


def slot_grant(keyring: KeyRing, user_id: str, role: Role) -> SlotGrant:
    """The keys a role's slot wraps: every held version of the role's tiers."""
    tiers = ROLE_TIERS[role]
    return SlotGrant(user_id, role.value, tuple(k for k in keyring.all_keys() if k.tier in tiers))
