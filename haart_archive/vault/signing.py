"""Signing keys: who may decide, as opposed to who may read (design invariant 9).

Keys decide who can read, but anyone holding a passphrase holds the `store` key and can edit
the database file itself. So every record whose authority matters is signed (Ed25519) and
checked before anything acts on it:

* the **roster key** is held by custodians and the recovery key only. It signs the staff
  roster (each user row: role, signing key, removal) and audit checkpoints. Its private key
  travels in the custodian slots' grants; its public key is *pinned* inside every slot's
  passphrase-sealed part, so swapping the header or the database cannot swap the anchor.
* every user has a **personal signing key**, derived from the roster key and the user id (so
  a custodian can re-issue a grant without knowing anybody's passphrase). Its public key is in
  the signed roster; the user signs records they make and their audit entries with it. A
  record is accepted only if the roster says its signer's role may make that kind of record.
* the **audit key** (X25519, derived from the roster key) seals audit entries so that only
  custodians can read them, while every role can append.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from haart_archive.vault.keys import derive_subkey

_RAW = serialization.Encoding.Raw


def _public_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)


def signing_key(seed: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_of(seed: bytes) -> bytes:
    return _public_raw(signing_key(seed))


def user_seed(roster_seed: bytes, user_id: str) -> bytes:
    """A user's personal signing seed: custodians can re-derive it, nobody else can."""
    return derive_subkey(roster_seed, f"signing/user/{user_id}")


def audit_private_key(roster_seed: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(derive_subkey(roster_seed, "audit/reader"))


def audit_public_key(roster_seed: bytes) -> bytes:
    return _public_raw(audit_private_key(roster_seed))


def sign(seed: bytes, payload: bytes) -> bytes:
    return signing_key(seed).sign(payload)


def verify(public: bytes, signature: bytes | None, payload: bytes) -> bool:
    if not signature or not public:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, payload)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Pins:
    """The public keys a session trusts, as pinned in the user's own slot."""

    roster: bytes
    audit: bytes

    def to_dict(self) -> dict:
        return {"roster": self.roster.hex(), "audit": self.audit.hex()}

    @staticmethod
    def from_dict(data: dict) -> Pins:
        return Pins(bytes.fromhex(data["roster"]), bytes.fromhex(data["audit"]))

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_dict(), sort_keys=True).encode()

    @staticmethod
    def of_roster_seed(roster_seed: bytes) -> Pins:
        return Pins(public_of(roster_seed), audit_public_key(roster_seed))
