"""Authenticated encryption for every sealed value of the archive.

A sealed value is laid out as::

    version (1 byte) | key version (4 bytes, big endian) | nonce (12 bytes) | AES-256-GCM output

The first five bytes are also part of the associated data, so neither the format version
nor the key version can be changed without the tag failing. Callers must always pass
associated data naming where the value lives (table, column, row id, tier; or a file's
role and name): a ciphertext copied to another place then fails to open.
"""

from __future__ import annotations

import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from haart_archive.errors import TamperedRecord
from haart_archive.messages import Message

FORMAT_VERSION = 1
NONCE_BYTES = 12
HEADER = struct.Struct(">BI")
OVERHEAD = HEADER.size + NONCE_BYTES + 16


class SealedValueError(TamperedRecord):
    """A sealed value did not authenticate (wrong key, changed byte, or moved)."""


def seal(key: bytes, key_version: int, plaintext: bytes, associated_data: bytes) -> bytes:
    """Encrypt and authenticate `plaintext`, bound to `associated_data`."""
    if not associated_data:
        raise ValueError("associated data is required: name where the value lives")
    header = HEADER.pack(FORMAT_VERSION, key_version)
    nonce = os.urandom(NONCE_BYTES)
    return header + nonce + AESGCM(key).encrypt(nonce, plaintext, header + associated_data)


def key_version_of(sealed: bytes) -> int:
    """The key version a sealed value was made with (read without decrypting)."""
    if len(sealed) < OVERHEAD:
        raise SealedValueError(Message("A sealed value is too short: it was truncated or damaged."))
    version, key_version = HEADER.unpack_from(sealed)
    if version != FORMAT_VERSION:
        raise SealedValueError(Message(
            "A sealed value has an unknown format version ({version}).",
            version=version,
        ))
    return key_version


def open_sealed(key: bytes, sealed: bytes, associated_data: bytes, what: str = "A value") -> bytes:
    """Decrypt a value made by `seal`; raise `SealedValueError` naming `what` if it fails."""
    key_version_of(sealed)
    header = sealed[: HEADER.size]
    nonce = sealed[HEADER.size : HEADER.size + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, sealed[HEADER.size + NONCE_BYTES :], header + associated_data)
    except InvalidTag:
        raise SealedValueError(
            Message(
                "{what} could not be decrypted: it was changed, moved or damaged, or the key "
                "is wrong.",
                what=what,
            )
        ) from None
