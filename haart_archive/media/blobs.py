"""Encrypted blob store: one file per media original, sealed in chunks.

A blob file is laid out as::

    version (1 byte) | key version (4 bytes, big endian) | salt (32 bytes)
    chunk 0 | chunk 1 | ... | final chunk

Each chunk is the AES-256-GCM output (ciphertext and 16-byte tag) of up to 64 KiB of
plaintext. The construction follows age's STREAM: a key for this one file is derived
with HKDF from the tier key and the random salt, and each chunk's nonce is its index
(11 bytes) followed by a final-chunk flag (1 byte). Index and flag are also part of the
associated data, together with the header and the caller's associated data (which names
the blob's place, for example ``media|<row id>|story``). So

* a changed byte anywhere fails a tag (the header through the derived key and the AD);
* chunks swapped, reordered or copied from another blob fail (index, per-file key);
* a file cut at a chunk boundary fails (the last chunk left was not sealed as final);
* data appended after the final chunk is detected;
* a whole blob file renamed over another fails (the associated data differs).

Only ciphertext is ever written: a new blob goes to a temporary file in the store's own
folder, is flushed and fsynced, then renamed into place, so a crash leaves either the old
state or the new one, never a half-written blob under a real name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from haart_archive.errors import DamagedFile, InvalidInput, NotFound, TamperedRecord
from haart_archive.messages import Message
from haart_archive.vault.keys import Tier

FORMAT_VERSION = 1
CHUNK_SIZE = 64 * 1024
TAG_BYTES = 16
SALT_BYTES = 32
HEADER = struct.Struct(">BI")
HEADER_BYTES = HEADER.size + SALT_BYTES
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_BYTES
NAME_PATTERN = re.compile(r"^[0-9a-f]{32}$")
SUFFIX = ".blob"
TEMP_PREFIX = ".incoming-"
BLOB_FOLDER = "blobs"  # inside the archive folder

KeyForVersion = Callable[[int], bytes]


def blob_associated_data(asset_id: str, tier: Tier | str) -> bytes:
    """What binds a media blob to its asset and tier: a blob moved to another asset fails to open."""
    return f"media|{asset_id}|{Tier(tier)}".encode()


@dataclass(frozen=True)
class BlobInfo:
    """What the archive records about a stored blob.

    `sha256` is the hash of the plaintext: it lets an editor prove an original is intact,
    but it also confirms a guess of the file, so the archive must store it sealed.
    """

    name: str
    size: int
    sha256: str
    key_version: int


class BlobStore:
    """A folder of sealed blobs, each under a random name that says nothing about it."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    # -- writing -------------------------------------------------------------------------

    def write(
        self,
        source: BinaryIO | Iterable[bytes],
        key: bytes,
        key_version: int,
        associated_data: bytes,
    ) -> BlobInfo:
        """Seal everything `source` yields into a new blob and return its `BlobInfo`.

        `source` is a binary file object or any iterable of byte strings; it is read in
        chunks, so its size does not matter. `associated_data` must name the blob's place
        (for example ``b"media|<row id>|story"``) and be given again to read it.
        Nothing is left behind if reading the source or writing fails.
        """
        name = secrets.token_hex(16)
        return self._write_to(name, _chunks_of(source), key, key_version, associated_data)

    def reseal(
        self,
        name: str,
        key_for_version: KeyForVersion,
        associated_data: bytes,
        new_key: bytes,
        new_key_version: int,
        new_associated_data: bytes | None = None,
    ) -> BlobInfo:
        """Re-encrypt a blob under a new key (key rotation), atomically, keeping its name.

        The blob is decrypted and resealed chunk by chunk; if any chunk fails, the old file
        stays untouched and the error is raised.
        """
        plaintext = self.read(name, key_for_version, associated_data)
        target_ad = associated_data if new_associated_data is None else new_associated_data
        return self._write_to(name, plaintext, new_key, new_key_version, target_ad)

    def _write_to(
        self, name: str, chunks: Iterable[bytes], key: bytes, key_version: int, ad: bytes
    ) -> BlobInfo:
        _check_key(key, key_version, ad)
        temp = self.directory / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
        try:
            with _create_exclusive(temp) as out:
                size, digest = _seal_stream(out, chunks, key, key_version, ad)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self._path(name))
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            raise
        _fsync_directory(self.directory)
        return BlobInfo(name, size, digest, key_version)

    # -- reading -------------------------------------------------------------------------

    def read(
        self, name: str, key_for_version: KeyForVersion, associated_data: bytes
    ) -> Iterator[bytes]:
        """Yield the blob's plaintext chunk by chunk, each authenticated before it is yielded.

        Raises `TamperedRecord` when a chunk fails (changed, moved, wrong key) or data
        follows the final chunk, `DamagedFile` when the file is missing or cut short. The
        error can come after earlier chunks were yielded: a caller writing an export must
        discard what it wrote when that happens.
        """
        path = self._path(name)
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            raise DamagedFile(
                Message(
                    "The media file {name} is missing from the archive folder.",
                    name=name,
                )
            ) from None
        return _open_stream(handle, name, key_for_version, associated_data)

    def read_all(self, name: str, key_for_version: KeyForVersion, associated_data: bytes) -> bytes:
        """The whole plaintext of a small blob (photos, scans); use `read` for audio."""
        return b"".join(self.read(name, key_for_version, associated_data))

    def key_version(self, name: str) -> int:
        """The key version a blob was sealed with, read from its header without decrypting."""
        try:
            with self._path(name).open("rb") as handle:
                return _parse_header(handle.read(HEADER_BYTES), name)[0]
        except FileNotFoundError:
            raise DamagedFile(
                Message(
                    "The media file {name} is missing from the archive folder.",
                    name=name,
                )
            ) from None

    # -- housekeeping --------------------------------------------------------------------

    def delete(self, name: str) -> None:
        """Remove a blob file.

        The file is unlinked, not overwritten first: on SSDs and journalling or
        copy-on-write file systems an overwrite lands in new blocks and leaves the old ones
        in place, so it would only pretend. The file held nothing but ciphertext, and the
        archive relies on full-disk encryption for what the drive keeps.
        """
        try:
            self._path(name).unlink()
        except FileNotFoundError:
            raise NotFound(Message("There is no media file {name} to delete.", name=name)) from None
        _fsync_directory(self.directory)

    def exists(self, name: str) -> bool:
        """Whether a blob of that name is in the store."""
        return self._path(name).exists()

    def names(self) -> list[str]:
        """Names of every blob in the store (to find files no record points at)."""
        return sorted(
            p.name[: -len(SUFFIX)]
            for p in self.directory.glob(f"*{SUFFIX}")
            if _is_name(p.name[: -len(SUFFIX)])
        )

    def discard_unfinished(self) -> int:
        """Remove temporary files left by an interrupted write; return how many there were.

        They only ever held ciphertext, but they are incomplete and belong to no record.
        """
        count = 0
        for temp in self.directory.glob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
                count += 1
        return count

    def _path(self, name: str) -> Path:
        if not _is_name(name):
            raise InvalidInput(Message("That is not the name of a media file of the archive."))
        return self.directory / f"{name}{SUFFIX}"


# -- sealing ---------------------------------------------------------------------------------


def _check_key(key: bytes, key_version: int, associated_data: bytes) -> None:
    if len(key) != 32:
        raise ValueError("a blob key must be 32 bytes")
    if not 0 <= key_version < 2**32:
        raise ValueError("the key version must fit in 4 bytes")
    if not associated_data:
        raise ValueError("associated data is required: name where the blob belongs")


# The STREAM primitives below are public for the search index, whose files are sealed in
# this same format (haart_archive/search/sealed_files.py); change them with both in mind.


def stream_file_key(key: bytes, salt: bytes) -> AESGCM:
    """A key for one sealed file, so chunk nonces never repeat under the same key."""
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"haart-archive/blob-stream/v1"
    ).derive(key)
    return AESGCM(derived)


def chunk_nonce(index: int, final: bool) -> bytes:
    """The nonce of chunk `index`: the index (11 bytes) and the final-chunk flag."""
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def chunk_associated_data(prefix: bytes, index: int, final: bool) -> bytes:
    """What a chunk's tag covers: the file's prefix, the chunk index and the final flag."""
    return prefix + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def associated_data_prefix(header: bytes, associated_data: bytes) -> bytes:
    """The associated data every chunk of a file shares: its header and the caller's data."""
    return header + len(associated_data).to_bytes(4, "big") + associated_data


def _seal_stream(
    out: BinaryIO, chunks: Iterable[bytes], key: bytes, key_version: int, ad: bytes
) -> tuple[int, str]:
    """Write header and sealed chunks; return plaintext size and SHA-256."""
    salt = os.urandom(SALT_BYTES)
    header = HEADER.pack(FORMAT_VERSION, key_version) + salt
    aead, prefix = stream_file_key(key, salt), associated_data_prefix(header, ad)
    out.write(header)
    size, digest = 0, hashlib.sha256()
    for index, (chunk, final) in enumerate(_with_final_flag(_rechunk(chunks))):
        out.write(aead.encrypt(chunk_nonce(index, final), chunk, chunk_associated_data(prefix, index, final)))
        size += len(chunk)
        digest.update(chunk)
    return size, digest.hexdigest()


def _open_stream(
    handle: BinaryIO, name: str, key_for_version: KeyForVersion, ad: bytes
) -> Iterator[bytes]:
    with handle:
        header = handle.read(HEADER_BYTES)
        key_version, salt = _parse_header(header, name)
        aead, prefix = stream_file_key(key_for_version(key_version), salt), associated_data_prefix(header, ad)
        chunks = _sealed_chunks(handle, name)
        current = next(chunks, None)
        if current is None:
            raise DamagedFile(Message(
                "The media file {name} was cut short: it holds no content.",
                name=name,
            ))
        index = 0
        for following in chunks:  # look one chunk ahead to know which one is last
            yield _open_chunk(aead, prefix, index, current, False, name)
            current, index = following, index + 1
        yield _open_chunk(aead, prefix, index, current, True, name)


def _open_chunk(
    aead: AESGCM, prefix: bytes, index: int, sealed: bytes, final: bool, name: str
) -> bytes:
    try:
        return aead.decrypt(chunk_nonce(index, final), sealed, chunk_associated_data(prefix, index, final))
    except InvalidTag:
        pass
    if _opens_as(aead, prefix, index, sealed, not final):
        if final:
            raise DamagedFile(
                Message(
                    "The media file {name} was cut short after part {value}: restore it from a "
                    "backup.",
                    name=name,
                    value=index + 1,
                )
            )
        raise TamperedRecord(Message(
            "The media file {name} has data added after its final part.",
            name=name,
        ))
    if index == 0:
        raise TamperedRecord(
            Message(
                "The media file {name} could not be decrypted: the key is wrong, or the file "
                "was changed, damaged or moved from another record.",
                name=name,
            )
        )
    raise TamperedRecord(
        Message(
            "Part {value} of the media file {name} could not be decrypted: it was "
            "changed, damaged or moved.",
            value=index + 1,
            name=name,
        )
    )


def _opens_as(aead: AESGCM, prefix: bytes, index: int, sealed: bytes, final: bool) -> bool:
    try:
        aead.decrypt(chunk_nonce(index, final), sealed, chunk_associated_data(prefix, index, final))
    except InvalidTag:
        return False
    return True


def _parse_header(header: bytes, name: str) -> tuple[int, bytes]:
    if len(header) < HEADER_BYTES:
        raise DamagedFile(Message(
            "The media file {name} was cut short: its header is incomplete.",
            name=name,
        ))
    version, key_version = HEADER.unpack_from(header)
    if version != FORMAT_VERSION:
        raise DamagedFile(
            Message(
                "The media file {name} has an unknown format version ({version}): it is "
                "damaged or was made by a newer version of the app.",
                name=name,
                version=version,
            )
        )
    return key_version, header[HEADER.size :]


def _sealed_chunks(handle: BinaryIO, name: str) -> Iterator[bytes]:
    while chunk := handle.read(SEALED_CHUNK_SIZE):
        if len(chunk) < TAG_BYTES:
            raise DamagedFile(Message(
                "The media file {name} was cut short inside its last part.",
                name=name,
            ))
        yield chunk


# -- chunking --------------------------------------------------------------------------------


def _chunks_of(source: BinaryIO | Iterable[bytes]) -> Iterable[bytes]:
    read = getattr(source, "read", None)
    if read is None:
        return source  # type: ignore[return-value]
    return iter(lambda: read(CHUNK_SIZE), b"")


def _rechunk(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """Regroup byte strings of any size into CHUNK_SIZE pieces (the last may be shorter)."""
    buffer = bytearray()
    for piece in pieces:
        if not isinstance(piece, bytes | bytearray | memoryview):
            raise TypeError("a blob source must yield bytes")
        buffer += piece
        while len(buffer) >= CHUNK_SIZE:
            yield bytes(buffer[:CHUNK_SIZE])
            del buffer[:CHUNK_SIZE]
    yield bytes(buffer)


def _with_final_flag(chunks: Iterator[bytes]) -> Iterator[tuple[bytes, bool]]:
    """Pair each chunk with whether it is the last; an empty tail folds into a full chunk."""
    previous = next(chunks)
    for chunk in chunks:
        if not chunk:
            break
        yield previous, False
        previous = chunk
    yield previous, True


# -- files -----------------------------------------------------------------------------------


def _is_name(name: str) -> bool:
    return bool(NAME_PATTERN.match(name))


def _create_exclusive(path: Path) -> BinaryIO:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def _fsync_directory(directory: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder, and needs no such step."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
