"""The backup file: a copy of the vault header, then one sealed stream of named files.

A backup file is laid out as::

    magic (16 bytes) | format version (1 byte) | header length (4 bytes, big endian)
    vault header (the archive's own header file, as it was)
    stream header: version (1 byte) | store key version (4 bytes) | salt (32 bytes)
    file length (8 bytes, big endian)
    chunk 0 | chunk 1 | ... | final chunk

The chunks follow age's STREAM, as blobs do (`haart_archive.media.blobs`): each is the
AES-256-GCM output of up to 64 KiB; the key for this one file is HKDF of the `store` key's
backup sub-key and the salt; the nonce is the chunk index and a final-chunk flag, which are
also in the associated data with the stream header and a SHA-256 of everything before it.
So the embedded vault header cannot be swapped, chunks cannot be reordered, and a file cut
short or extended is detected. The file length is written last and is not authenticated: it
only tells a file that was cut short (DamagedFile) from one that was changed (TamperedRecord).

Every user's slot in the embedded header opens the `store` key (so does the recovery key),
which is why any of the archive's own credentials, and nothing else, open the backup.

Inside the stream, records follow each other::

    kind (1 byte: F file, M manifest) | name length (2) | name | size (8) | content

Files are the SQLCipher database snapshot (still encrypted under the store key) and the
blob files (still sealed under their tier keys). The manifest comes last: the JSON list of
files with sizes and SHA-256, the archive id, the store key version and the audit chain
head. Nothing in this module ever sees a plaintext field: the contents are ciphertext
already, and the stream seals them once more.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from haart_archive.errors import DamagedFile, TamperedRecord
from haart_archive.messages import Message
from haart_archive.vault.header import VaultHeader

MAGIC = b"HAART-BACKUP\x00\r\n\x1a"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">BI")
STREAM_HEADER = struct.Struct(">BI")
SALT_BYTES = 32
STREAM_HEADER_BYTES = STREAM_HEADER.size + SALT_BYTES
LENGTH_BYTES = 8
CHUNK_SIZE = 64 * 1024
TAG_BYTES = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_BYTES
MAX_HEADER_BYTES = 4 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
RECORD = struct.Struct(">BH")
SIZE = struct.Struct(">Q")
KIND_FILE = ord("F")
KIND_MANIFEST = ord("M")
MANIFEST_NAME = "manifest.json"
DATABASE_ENTRY = "archive.db"
BLOB_ENTRY = re.compile(r"^blobs/[0-9a-f]{32}\.blob$")
STREAM_INFO = b"haart-archive/backup-stream/v1"
KEY_PURPOSE = "backup"


def backup_stream_key(store_subkey: bytes, salt: bytes) -> AESGCM:
    """The AEAD for one backup file: HKDF of the store key's backup sub-key and the salt."""
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=STREAM_INFO).derive(store_subkey)
    return AESGCM(derived)


def is_allowed_entry(name: str) -> bool:
    """Only the database and blob files may be restored: no other path, no '..'."""
    return name == DATABASE_ENTRY or bool(BLOB_ENTRY.match(name))


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _chunk_ad(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def _ad_prefix(file_prefix: bytes, stream_header: bytes) -> bytes:
    return b"haart-backup|" + hashlib.sha256(file_prefix).digest() + stream_header


def _file_prefix(header_bytes: bytes) -> bytes:
    return MAGIC + PREFIX.pack(FORMAT_VERSION, len(header_bytes)) + header_bytes


# -- writing ---------------------------------------------------------------------------------


class BackupWriter:
    """Writes the prefix, then seals records chunk by chunk into `out` (a file opened 'wb')."""

    def __init__(self, out: BinaryIO, header_bytes: bytes, store_subkey: bytes, key_version: int):
        salt = os.urandom(SALT_BYTES)
        stream_header = STREAM_HEADER.pack(FORMAT_VERSION, key_version) + salt
        file_prefix = _file_prefix(header_bytes)
        self._out = out
        self._aead = backup_stream_key(store_subkey, salt)
        self._ad = _ad_prefix(file_prefix, stream_header)
        self._buffer = bytearray()
        self._index = 0
        self._finished = False
        self._length_at = len(file_prefix) + len(stream_header)
        self.bytes_written = self._length_at + LENGTH_BYTES
        out.write(file_prefix + stream_header + bytes(LENGTH_BYTES))

    def add_file(self, name: str, source: BinaryIO, size: int, on_bytes: Callable[[int], None] | None=None) -> str:
        """Copy exactly `size` bytes of `source` as a record; return their SHA-256."""
        self._record_head(KIND_FILE, name, size)
        digest = hashlib.sha256()
        left = size
        while left:
            piece = source.read(min(left, CHUNK_SIZE))
            if not piece:
                raise DamagedFile(Message(
                    "The file '{name}' shrank while it was being backed up; nothing was kept.",
                    name=name,
                ))
            digest.update(piece)
            self._write(piece)
            left -= len(piece)
            if on_bytes:
                on_bytes(len(piece))
        return digest.hexdigest()

    def finish(self, manifest: dict) -> None:
        """Seal the manifest as the last record and the final chunk."""
        data = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
        self._record_head(KIND_MANIFEST, MANIFEST_NAME, len(data))
        self._write(data)
        self._seal(bytes(self._buffer), final=True)
        self._buffer.clear()
        self._out.seek(self._length_at)
        self._out.write(SIZE.pack(self.bytes_written))
        self._out.seek(0, os.SEEK_END)
        self._finished = True

    def _record_head(self, kind: int, name: str, size: int) -> None:
        encoded = name.encode()
        self._write(RECORD.pack(kind, len(encoded)) + encoded + SIZE.pack(size))

    def _write(self, data: bytes) -> None:
        self._buffer += data
        # Keep at least one byte back: only the last chunk may carry the final flag.
        while len(self._buffer) > CHUNK_SIZE:
            self._seal(bytes(self._buffer[:CHUNK_SIZE]), final=False)
            del self._buffer[:CHUNK_SIZE]

    def _seal(self, chunk: bytes, final: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._index, final), chunk, _chunk_ad(self._ad, self._index, final))
        self._out.write(sealed)
        self.bytes_written += len(sealed)
        self._index += 1


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupPrefix:
    """What can be read from a backup file without any key."""

    header: VaultHeader
    header_bytes: bytes
    key_version: int
    salt: bytes
    file_prefix: bytes
    stream_header: bytes


def read_prefix(handle: BinaryIO, label: str) -> BackupPrefix:
    """Parse the plain part of a backup; DamagedFile if it is not one or is cut short."""
    magic = handle.read(len(MAGIC))
    if magic != MAGIC:
        if len(magic) < len(MAGIC) and MAGIC.startswith(magic):
            raise DamagedFile(Message(
                "The backup file {label} was cut short: it has no header.",
                label=label,
            ))
        raise DamagedFile(Message("{label} is not a HAART Archive backup file.", label=label))
    fixed = handle.read(PREFIX.size)
    if len(fixed) < PREFIX.size:
        raise DamagedFile(Message(
            "The backup file {label} was cut short in its header.",
            label=label,
        ))
    version, header_length = PREFIX.unpack(fixed)
    if version != FORMAT_VERSION:
        raise DamagedFile(
            Message(
                "The backup file {label} has format version {version}, which this version of "
                "the app cannot read.",
                label=label,
                version=version,
            )
        )
    if header_length > MAX_HEADER_BYTES:
        raise DamagedFile(Message(
            "The vault header inside the backup file {label} is damaged (impossible "
            "length).",
            label=label,
        ))
    header_bytes = handle.read(header_length)
    if len(header_bytes) < header_length:
        raise DamagedFile(Message(
            "The backup file {label} was cut short in its vault header.",
            label=label,
        ))
    try:
        header = VaultHeader.from_bytes(header_bytes)
    except DamagedFile as error:
        raise DamagedFile(Message(
            "The vault header inside the backup file {label} is damaged: {message}",
            label=label,
            message=error.message,
        )) from None
    stream_header = handle.read(STREAM_HEADER_BYTES)
    if len(stream_header) < STREAM_HEADER_BYTES:
        raise DamagedFile(Message(
            "The backup file {label} was cut short before its content.",
            label=label,
        ))
    stream_version, key_version = STREAM_HEADER.unpack_from(stream_header)
    if stream_version != FORMAT_VERSION:
        raise DamagedFile(Message(
            "The content of the backup file {label} has an unknown format version "
            "({stream_version}).",
            label=label,
            stream_version=stream_version,
        ))
    length = handle.read(LENGTH_BYTES)
    if len(length) < LENGTH_BYTES:
        raise DamagedFile(Message(
            "The backup file {label} was cut short before its content.",
            label=label,
        ))
    declared = SIZE.unpack(length)[0]
    if declared == 0:
        raise DamagedFile(Message(
            "The backup file {label} is incomplete: its writing was interrupted.",
            label=label,
        ))
    actual = _file_size(handle)
    if actual is not None and actual < declared:
        raise DamagedFile(Message(
            "The backup file {label} was cut short: it has {actual} of its {declared} "
            "bytes.",
            label=label,
            actual=actual,
            declared=declared,
        ))
    return BackupPrefix(
        header, header_bytes, key_version, stream_header[STREAM_HEADER.size :],
        _file_prefix(header_bytes), stream_header,
    )


def _file_size(handle: BinaryIO) -> int | None:
    try:
        return os.fstat(handle.fileno()).st_size
    except (AttributeError, OSError, ValueError):
        return None


@dataclass(frozen=True)
class Record:
    kind: int
    name: str
    size: int


class BackupReader:
    """Yields the records of an unlocked backup, authenticating every chunk on the way.

    Errors name the part of the file (chunk number) and what was being read there.
    """

    def __init__(self, handle: BinaryIO, prefix: BackupPrefix, store_subkey: bytes, label: str):
        self._handle = handle
        self._label = label
        self._aead = backup_stream_key(store_subkey, prefix.salt)
        self._ad = _ad_prefix(prefix.file_prefix, prefix.stream_header)
        self._where = "the start of the content"
        self._chunks = self._plain_chunks()
        self._buffer = bytearray()
        self._ended = False

    # records --------------------------------------------------------------------------
    def records(self) -> Iterator[tuple[Record, Iterator[bytes]]]:
        """Each record with an iterator over its content; the manifest record comes last.

        The content iterator must be consumed before asking for the next record.
        """
        while True:
            self._where = "the framing between files"
            head = self._read_exact(RECORD.size, allow_end=True)
            if head is None:
                raise DamagedFile(Message(
                    "The backup file {label} ends without its manifest: it is incomplete.",
                    label=self._label,
                ))
            kind, name_length = RECORD.unpack(head)
            raw_name = self._read_exact(name_length)
            size = SIZE.unpack(self._read_exact(SIZE.size))[0]
            try:
                name = raw_name.decode("utf-8")
            except UnicodeDecodeError:
                raise DamagedFile(Message(
                    "The backup file {label} names a file in a form it cannot read.",
                    label=self._label,
                )) from None
            record = Record(kind, name, size)
            if kind == KIND_MANIFEST:
                if size > MAX_MANIFEST_BYTES:
                    raise DamagedFile(Message(
                        "The manifest of the backup file {label} has an impossible size.",
                        label=self._label,
                    ))
                yield record, self._content(record)
                self._where = "the end of the file"
                if self._read_exact(1, allow_end=True) is not None:
                    raise DamagedFile(Message(
                        "The backup file {label} has data after its manifest.",
                        label=self._label,
                    ))
                return
            if kind != KIND_FILE or not is_allowed_entry(name):
                raise DamagedFile(Message(
                    "The backup file {label} holds an entry it should not ({kind}); it is not a "
                    "valid backup.",
                    label=self._label,
                    kind=kind,
                ))
            yield record, self._content(record)

    def _content(self, record: Record) -> Iterator[bytes]:
        self._where = describe_entry(record.name)
        left = record.size
        while left:
            piece = self._read_some(min(left, CHUNK_SIZE))
            left -= len(piece)
            yield piece

    # bytes ----------------------------------------------------------------------------
    def _read_exact(self, count: int, allow_end: bool = False) -> bytes | None:
        data = bytearray()
        while len(data) < count:
            piece = self._read_some(count - len(data), allow_end=allow_end and not data)
            if piece is None:
                return None
            data += piece
        return bytes(data)

    def _read_some(self, count: int, allow_end: bool = False) -> bytes | None:
        if not self._buffer:
            chunk = next(self._chunks, None)
            if chunk is None:
                if allow_end:
                    return None
                raise DamagedFile(
                    Message(
                        "The backup file {label} ends inside {where}: it is incomplete.",
                        label=self._label,
                        where=self._where,
                    )
                )
            self._buffer += chunk
        piece = bytes(self._buffer[:count])
        del self._buffer[:count]
        return piece

    def _plain_chunks(self) -> Iterator[bytes]:
        current = self._next_sealed()
        if current is None:
            raise DamagedFile(Message(
                "The backup file {label} was cut short: it holds no content.",
                label=self._label,
            ))
        index = 0
        while True:
            following = self._next_sealed()
            final = following is None
            yield self._open(index, current, final)
            if final:
                return
            current, index = following, index + 1

    def _next_sealed(self) -> bytes | None:
        sealed = self._handle.read(SEALED_CHUNK_SIZE)
        if not sealed:
            return None
        if len(sealed) <= TAG_BYTES:
            raise DamagedFile(Message(
                "The backup file {label} was cut short inside its last part.",
                label=self._label,
            ))
        return sealed

    def _open(self, index: int, sealed: bytes, final: bool) -> bytes:
        try:
            return self._aead.decrypt(_nonce(index, final), sealed, _chunk_ad(self._ad, index, final))
        except InvalidTag:
            pass
        if self._opens_as(index, sealed, not final):
            if final:
                raise DamagedFile(
                    Message(
                        "The backup file {label} was cut short after part {value} (inside {where}): "
                        "it is incomplete.",
                        label=self._label,
                        value=index + 1,
                        where=self._where,
                    )
                )
            raise TamperedRecord(Message(
                "The backup file {label} has data added after its final part.",
                label=self._label,
            ))
        if index == 0:
            raise TamperedRecord(
                Message(
                    "The backup file {label} could not be decrypted at its first part: it was "
                    "changed or damaged (or its key version does not match its vault header).",
                    label=self._label,
                )
            )
        raise TamperedRecord(
            Message(
                "Part {value} of the backup file {label} (in {where}) could not be "
                "decrypted: it was changed or damaged.",
                value=index + 1,
                label=self._label,
                where=self._where,
            )
        )

    def _opens_as(self, index: int, sealed: bytes, final: bool) -> bool:
        try:
            self._aead.decrypt(_nonce(index, final), sealed, _chunk_ad(self._ad, index, final))
        except InvalidTag:
            return False
        return True


def describe_entry(name: str) -> str:
    if name == DATABASE_ENTRY:
        return "the database"
    if name == MANIFEST_NAME:
        return "the manifest"
    if name.startswith("blobs/"):
        return f"media file {name[6:38]}"
    return "an unknown entry"
