"""The vault header: key slots that wrap the tier keys, like LUKS.

Each slot has its own X25519 key pair. The private key is sealed under a key derived from
the slot's passphrase (Argon2id); the tier keys of the slot's role travel in an HPKE
envelope (RFC 9180, from `cryptography`) sealed to the slot's public key. So:

* changing a passphrase rewrites one slot and touches no data;
* rotating a tier key (when a user is removed) re-wraps the new keys for every remaining
  slot with its public key alone, without knowing anybody's passphrase;
* an old copy of a removed user's slot only ever opens old key versions.

The header is one JSON file, replaced atomically. A SHA-256 checksum catches accidental
damage before any passphrase is tried; an HMAC under the `store` key, checked after unlock,
catches a header changed by someone who does not hold the archive's keys.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from haart_archive.errors import DamagedFile, InvalidInput, TamperedRecord, WrongPassphrase
from haart_archive.fileutil import atomic_write_bytes
from haart_archive.messages import Message
from haart_archive.vault.aead import SealedValueError, open_sealed, seal
from haart_archive.vault.kdf import KdfParams
from haart_archive.vault.keys import KeyRing, Tier, TierKey, derive_subkey
from haart_archive.vault.signing import Pins

HEADER_NAME = "vault.header"
FORMAT = "haart-archive-vault"
FORMAT_VERSION = 1
RECOVERY_SLOT_ID = "recovery"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class SlotGrant:
    """What a slot opens: the user it belongs to, the role, and the tier keys."""

    user_id: str
    role: str
    keys: tuple[TierKey, ...] = field(repr=False)
    # Signing (see vault.signing): the roster key (custodians only), the user's own signing
    # key, and the public keys to trust. Pins in the envelope are only a carrier: the ones
    # that count are sealed under the slot's passphrase (`pinned_in_slot`).
    roster_seed: bytes | None = field(default=None, repr=False)
    user_seed: bytes | None = field(default=None, repr=False)
    pins: Pins | None = None
    pinned_in_slot: bool = False
    slot_id: str = ""  # which slot it came from (not stored)

    def to_bytes(self) -> bytes:
        keys: dict[str, list] = {}
        for tier_key in self.keys:
            keys.setdefault(str(tier_key.tier), []).append([tier_key.version, tier_key.key.hex()])
        body: dict = {"user_id": self.user_id, "role": self.role, "keys": keys}
        if self.roster_seed:
            body["roster_seed"] = self.roster_seed.hex()
        if self.user_seed:
            body["user_seed"] = self.user_seed.hex()
        if self.pins:
            body["pins"] = self.pins.to_dict()
        return json.dumps(body).encode()

    @staticmethod
    def from_bytes(data: bytes) -> SlotGrant:
        parsed = json.loads(data)
        keys = tuple(
            TierKey(Tier(tier), int(version), bytes.fromhex(hex_key))
            for tier, versions in parsed["keys"].items()
            for version, hex_key in versions
        )
        return SlotGrant(
            parsed["user_id"], parsed["role"], keys,
            roster_seed=bytes.fromhex(parsed["roster_seed"]) if parsed.get("roster_seed") else None,
            user_seed=bytes.fromhex(parsed["user_seed"]) if parsed.get("user_seed") else None,
            pins=Pins.from_dict(parsed["pins"]) if parsed.get("pins") else None,
        )


@dataclass(frozen=True)
class KeySlot:
    """One slot of the header, as stored (nothing in it is readable without a secret)."""

    slot_id: str
    kdf: KdfParams
    public_key: bytes
    wrapped_private_key: bytes
    envelope: bytes

    def to_dict(self) -> dict:
        return {
            "slot_id": self.slot_id,
            "kdf": self.kdf.to_dict(),
            "public_key": _b64(self.public_key),
            "wrapped_private_key": _b64(self.wrapped_private_key),
            "envelope": _b64(self.envelope),
        }

    @staticmethod
    def from_dict(data: dict) -> KeySlot:
        return KeySlot(
            slot_id=str(data["slot_id"]),
            kdf=KdfParams.from_dict(data["kdf"]),
            public_key=_unb64(data["public_key"]),
            wrapped_private_key=_unb64(data["wrapped_private_key"]),
            envelope=_unb64(data["envelope"]),
        )


@dataclass(frozen=True)
class VaultHeader:
    """The parsed header file."""

    archive_id: str
    slots: tuple[KeySlot, ...]
    mac: bytes = b""
    inbox_public_key: bytes = b""
    # Counts every write; the machine's anchor remembers the highest seen (rollback check).
    generation: int = 0

    # -- lookup -------------------------------------------------------------------------
    def slot_id_for_user(self, user_name: str) -> str:
        """Slots are found by a keyed hash of the user name, so no staff name is stored."""
        normalised = " ".join(user_name.casefold().split())
        return hmac.new(bytes.fromhex(self.archive_id), normalised.encode(), hashlib.sha256).hexdigest()[:32]

    def find(self, slot_id: str) -> KeySlot | None:
        return next((slot for slot in self.slots if slot.slot_id == slot_id), None)

    # -- opening ------------------------------------------------------------------------
    def unlock(self, slot_id: str, secret: bytes) -> SlotGrant:
        """Open a slot with its passphrase (or recovery key); WrongPassphrase if it fails."""
        slot = self.find(slot_id)
        if slot is None:
            # Same message as a wrong passphrase: do not tell a guesser which names exist.
            slot_id_kdf = KdfParams(hashlib.sha256(slot_id.encode()).digest()[:16], *_dummy_cost(self))
            slot_id_kdf.derive(secret)
            raise WrongPassphrase(Message("That user name and passphrase do not open this archive."))
        kek = slot.kdf.derive(secret)
        try:
            sealed_part = open_sealed(kek, slot.wrapped_private_key, self._aad(slot_id, "private-key"))
        except SealedValueError:
            raise WrongPassphrase(Message("That user name and passphrase do not open this archive.")) from None
        private_bytes, pins = sealed_part[:32], sealed_part[32:]
        grant = replace(self._open_envelope(slot, private_bytes), slot_id=slot_id)
        if pins:
            # The pins sealed under the passphrase win over whatever the envelope says: anyone
            # holding the slot's public key can write an envelope, nobody else can write these.
            try:
                pinned = Pins.from_dict(json.loads(pins))
            except (ValueError, KeyError, TypeError):
                raise TamperedRecord(Message("The vault header is damaged: your key slot cannot be read.")) from None
            grant = replace(grant, pins=pinned, pinned_in_slot=True)
        return grant

    def _open_envelope(self, slot: KeySlot, private_bytes: bytes) -> SlotGrant:
        private_key = X25519PrivateKey.from_private_bytes(private_bytes)
        try:
            data = _SUITE.decrypt(slot.envelope, private_key, info=self._aad(slot.slot_id, "envelope"))
            return SlotGrant.from_bytes(data)
        except (InvalidTag, ValueError, KeyError, json.JSONDecodeError):
            raise TamperedRecord(Message(
                "The vault header is damaged: your key slot's keys cannot be read.",
            )) from None

    def verify_mac(self, keyring: KeyRing) -> None:
        """Check the whole header against the store key (call right after unlock)."""
        if not hmac.compare_digest(self.mac, self.compute_mac(keyring)):
            raise TamperedRecord(
                Message(
                    "The vault header was changed by someone who does not hold the archive's "
                    "keys.",
                )
            )

    def compute_mac(self, keyring: KeyRing) -> bytes:
        key = derive_subkey(keyring.current(Tier.STORE).key, "store/vault-header-mac")
        return hmac.new(key, self._body_bytes(), hashlib.sha256).digest()

    # -- changing -----------------------------------------------------------------------
    def with_slot(self, slot_id: str, secret: bytes, kdf: KdfParams, grant: SlotGrant) -> VaultHeader:
        """A header with `slot_id` (re)made for `secret`, replacing any slot of that id."""
        private_key = X25519PrivateKey.generate()
        public_key = private_key.public_key()
        private_bytes = private_key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        slot = KeySlot(
            slot_id=slot_id,
            kdf=kdf,
            public_key=public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw),
            wrapped_private_key=seal(
                kdf.derive(secret), 1, private_bytes + (grant.pins.to_bytes() if grant.pins else b""),
                self._aad(slot_id, "private-key"),
            ),
            envelope=b"",
        )
        slot = replace(slot, envelope=self._seal_envelope(slot, grant))
        others = tuple(existing for existing in self.slots if existing.slot_id != slot_id)
        return replace(self, slots=others + (slot,))

    def with_grant(self, slot_id: str, grant: SlotGrant) -> VaultHeader:
        """Re-wrap new keys for a slot using only its public key (key rotation)."""
        slot = self.find(slot_id)
        if slot is None:
            raise KeyError(slot_id)
        updated = replace(slot, envelope=self._seal_envelope(slot, grant))
        return replace(self, slots=tuple(updated if s.slot_id == slot_id else s for s in self.slots))

    def without_slot(self, slot_id: str) -> VaultHeader:
        return replace(self, slots=tuple(s for s in self.slots if s.slot_id != slot_id))

    def signed(self, keyring: KeyRing) -> VaultHeader:
        """The header as it will be written next: one generation on, with its MAC."""
        bumped = replace(self, generation=self.generation + 1)
        return replace(bumped, mac=bumped.compute_mac(keyring))

    def with_inbox_for(self, keyring: KeyRing) -> VaultHeader:
        """Publish the public key of the audit inbox that belongs to the current store key."""
        public = inbox_private_key(keyring).public_key()
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return replace(self, inbox_public_key=raw)

    def seal_for_inbox(self, note: bytes) -> bytes:
        """Seal a note (a failed unlock) that only a holder of the store key can read."""
        public_key = X25519PublicKey.from_public_bytes(self.inbox_public_key)
        return _SUITE.encrypt(note, public_key, info=f"inbox|{self.archive_id}".encode())

    def open_inbox_note(self, keyring: KeyRing, sealed: bytes) -> bytes:
        return _SUITE.decrypt(sealed, inbox_private_key(keyring), info=f"inbox|{self.archive_id}".encode())

    def _seal_envelope(self, slot: KeySlot, grant: SlotGrant) -> bytes:
        public_key = X25519PublicKey.from_public_bytes(slot.public_key)
        return _SUITE.encrypt(grant.to_bytes(), public_key, info=self._aad(slot.slot_id, "envelope"))

    def _aad(self, slot_id: str, purpose: str) -> bytes:
        return f"vault|{self.archive_id}|{slot_id}|{purpose}".encode()

    # -- file form ----------------------------------------------------------------------
    def _body(self) -> dict:
        body = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "archive_id": self.archive_id,
            "inbox_public_key": _b64(self.inbox_public_key),
            "slots": [slot.to_dict() for slot in sorted(self.slots, key=lambda s: s.slot_id)],
        }
        if self.generation:  # headers written before generations existed have none
            body["generation"] = self.generation
        return body

    def _body_bytes(self) -> bytes:
        return json.dumps(self._body(), sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        body = self._body()
        body["checksum"] = hashlib.sha256(self._body_bytes()).hexdigest()
        body["mac"] = self.mac.hex()
        return json.dumps(body, indent=1, sort_keys=True).encode()

    @staticmethod
    def from_bytes(data: bytes) -> VaultHeader:
        try:
            parsed = json.loads(data)
            if parsed.get("format") != FORMAT:
                raise DamagedFile(Message(
                    "This folder's vault header is not a HAART archive header.",
                ))
            if parsed.get("version") != FORMAT_VERSION:
                raise DamagedFile(
                    Message(
                        "The vault header has format version {get}, which this version of the app "
                        "cannot read.",
                        get=parsed.get('version'),
                    )
                )
            header = VaultHeader(
                archive_id=str(parsed["archive_id"]),
                slots=tuple(KeySlot.from_dict(slot) for slot in parsed["slots"]),
                mac=bytes.fromhex(parsed["mac"]),
                inbox_public_key=_unb64(parsed["inbox_public_key"]),
                generation=int(parsed.get("generation", 0)),
            )
            bytes.fromhex(header.archive_id)
            expected = hashlib.sha256(header._body_bytes()).hexdigest()
        except DamagedFile:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise DamagedFile(Message("The vault header is damaged and cannot be read.")) from None
        if not hmac.compare_digest(expected, str(parsed.get("checksum"))):
            raise DamagedFile(Message("The vault header is damaged: its checksum does not match."))
        return header


def inbox_private_key(keyring: KeyRing) -> X25519PrivateKey:
    """The audit inbox key pair is derived from the store key, so it rotates with it."""
    return X25519PrivateKey.from_private_bytes(keyring.current(Tier.STORE).subkey("audit-inbox"))


def _dummy_cost(header: VaultHeader) -> tuple[int, int, int]:
    if header.slots:
        kdf = header.slots[0].kdf
        return kdf.memory_kib, kdf.iterations, kdf.lanes
    return 1024, 1, 1


def new_header() -> VaultHeader:
    return VaultHeader(archive_id=os.urandom(16).hex(), slots=())


def read_header(folder: Path) -> VaultHeader:
    path = folder / HEADER_NAME
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(Message(
            "'{folder}' is a file, not an archive folder; give the folder that holds the archive.",
            folder=folder,
        ))
    try:
        data = path.read_bytes()
    except PermissionError:
        raise DamagedFile(Message(
            "The archive's vault header in '{folder}' cannot be read: permission denied.",
            folder=folder,
        )) from None
    except FileNotFoundError:
        raise DamagedFile(Message(
            "'{folder}' is not a HAART archive: it has no vault header.",
            folder=folder,
        )) from None
    return VaultHeader.from_bytes(data)


GENERATION_NAME = "vault.generation"


def write_header(folder: Path, header: VaultHeader) -> None:
    atomic_write_bytes(folder / HEADER_NAME, header.to_bytes())
    # A plain note of the newest generation, only so that an older header copied back over
    # the new one gets the right sentence ("older than the archive's keys"), not "damaged".
    atomic_write_bytes(folder / GENERATION_NAME, str(header.generation).encode())


def written_generation(folder: Path) -> int:
    try:
        return int((folder / GENERATION_NAME).read_text().strip() or 0)
    except (OSError, ValueError):
        return 0
