"""Tier keys, purpose sub-keys and the key ring an unlocked session holds."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from haart_archive.messages import Message
from haart_archive.vault.aead import SealedValueError, key_version_of, open_sealed, seal

KEY_BYTES = 32


class Tier(StrEnum):
    """The four key tiers. `store` opens the SQLCipher file; the others seal fields."""

    STORE = "store"
    IDENTITY = "identity"
    STORY = "story"
    PUBLIC = "public"


@dataclass(frozen=True)
class TierKey:
    """One version of one tier's key."""

    tier: Tier
    version: int
    key: bytes = field(repr=False)

    @staticmethod
    def generate(tier: Tier, version: int = 1) -> TierKey:
        return TierKey(tier, version, os.urandom(KEY_BYTES))

    def subkey(self, purpose: str) -> bytes:
        """A key for one purpose ("fields", "blobs", "search-index", ...) derived with HKDF."""
        return _cached_subkey(self.key, f"{self.tier}/{purpose}")


def derive_subkey(key: bytes, purpose: str) -> bytes:
    """HKDF-SHA256 of `key` with the purpose as info; never reuse a key across purposes."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"haart-archive/" + purpose.encode()
    ).derive(key)


@lru_cache(maxsize=256)
def _cached_subkey(key: bytes, purpose: str) -> bytes:
    # Listing 10,000 titles must not run HKDF 10,000 times. The cache lives as long as the
    # process, like the key ring itself; `KeyRing.forget()` clears it.
    return derive_subkey(key, purpose)


class KeyRing:
    """The tier keys an unlocked user holds (every version they hold, newest current).

    Python cannot wipe bytes; keeping every key in this one object means `forget()` and
    dropping the reference is all that locking needs to do.
    """

    def __init__(self, keys: list[TierKey], roster_seed: bytes | None = None, user_seed: bytes | None = None):
        self._keys: dict[Tier, dict[int, TierKey]] = {}
        # Signing seeds (vault.signing): the roster key (custodians) and the user's own key.
        self.roster_seed = roster_seed
        self.user_seed = user_seed
        self.signing_user: str | None = None
        for tier_key in keys:
            self._keys.setdefault(tier_key.tier, {})[tier_key.version] = tier_key

    def has(self, tier: Tier) -> bool:
        return bool(self._keys.get(tier))

    def tiers(self) -> set[Tier]:
        return {tier for tier, versions in self._keys.items() if versions}

    def current(self, tier: Tier) -> TierKey:
        versions = self._keys.get(tier)
        if not versions:
            raise KeyError(tier)
        return versions[max(versions)]

    def version(self, tier: Tier, version: int) -> TierKey:
        return self._keys[tier][version]

    def add(self, tier_key: TierKey) -> None:
        self._keys.setdefault(tier_key.tier, {})[tier_key.version] = tier_key

    def drop_older(self, tier: Tier, keep_version: int) -> None:
        """Forget every version of `tier` older than `keep_version` (after a rotation)."""
        versions = self._keys.get(tier, {})
        for version in [v for v in versions if v < keep_version]:
            del versions[version]

    def all_keys(self) -> list[TierKey]:
        return [k for versions in self._keys.values() for k in versions.values()]

    def forget(self) -> None:
        self._keys.clear()
        self.roster_seed = self.user_seed = None
        _cached_subkey.cache_clear()

    def seal(self, tier: Tier, purpose: str, plaintext: bytes, associated_data: bytes) -> bytes:
        """Seal under the current key of `tier`, sub-keyed by `purpose`."""
        tier_key = self.current(tier)
        aad = f"{tier}|".encode() + associated_data
        return seal(tier_key.subkey(purpose), tier_key.version, plaintext, aad)

    def open(self, tier: Tier, purpose: str, sealed: bytes, associated_data: bytes, what: str) -> bytes:
        """Open a value sealed by `seal`, with whichever key version made it."""
        version = key_version_of(sealed)
        try:
            tier_key = self.version(tier, version)
        except KeyError:
            raise SealedValueError(
                Message(
                    "{what} is sealed with a key you do not hold ({tier} key, version {version}).",
                    what=what,
                    tier=tier,
                    version=version,
                )
            ) from None
        aad = f"{tier}|".encode() + associated_data
        return open_sealed(tier_key.subkey(purpose), sealed, aad, what)
