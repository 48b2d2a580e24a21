"""Sealed blobs in the database: the folder's blob file, part by part, in `blob_chunk`.

Part 0 is the blob's header (format, key version, salt) and each following part one sealed
chunk, so the bytes are exactly those of a blob file and the same STREAM code seals and
opens them (`haart_archive.media.blobs`); a large recording is read one chunk at a time.
A blob is written in one transaction: it is there whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection, Engine

from haart_archive.errors import DamagedFile, InvalidInput, NotFound
from haart_archive.media.blobs import (
    HEADER_BYTES,
    BlobInfo,
    BlobStore,
    KeyForVersion,
    _check_key,
    _is_name,
    _open_stream,
    _parse_header,
    _seal_stream,
)
from haart_archive.messages import Message
from haart_archive.store.models import BlobChunk


class ServerBlobStore(BlobStore):
    """The blob store's interface over the `blob_chunk` table."""

    def __init__(self, engine: Engine):  # no folder: nothing of it touches this disk
        self.engine = engine
        self.directory = None

    def _write_to(self, name: str, chunks: Iterable[bytes], key: bytes, key_version: int, ad: bytes) -> BlobInfo:
        _check_key(key, key_version, ad)
        self._check_name(name)
        with self.engine.begin() as connection:
            connection.execute(delete(BlobChunk).where(BlobChunk.blob_name == name))
            size, digest = _seal_stream(_PartWriter(connection, name), chunks, key, key_version, ad)
        return BlobInfo(name, size, digest, key_version)

    def read(self, name: str, key_for_version: KeyForVersion, associated_data: bytes) -> Iterator[bytes]:
        self._check_name(name)
        if not self.exists(name):
            raise _missing(name)
        return _open_stream(_PartReader(self.engine, name), name, key_for_version, associated_data)

    def key_version(self, name: str) -> int:
        self._check_name(name)
        with self.engine.connect() as connection:
            header = connection.scalar(_part(name, 0))
        if header is None:
            raise _missing(name)
        return _parse_header(header[:HEADER_BYTES], name)[0]

    def delete(self, name: str) -> None:
        self._check_name(name)
        with self.engine.begin() as connection:
            removed = connection.execute(delete(BlobChunk).where(BlobChunk.blob_name == name)).rowcount
        if not removed:
            raise NotFound(Message("There is no media file {name} to delete.", name=name))

    def exists(self, name: str) -> bool:
        self._check_name(name)
        with self.engine.connect() as connection:
            return connection.scalar(select(func.count()).where(BlobChunk.blob_name == name, BlobChunk.part == 0)) > 0

    def names(self) -> list[str]:
        with self.engine.connect() as connection:
            return list(connection.scalars(select(BlobChunk.blob_name).where(BlobChunk.part == 0)
                                           .order_by(BlobChunk.blob_name)))

    def discard_unfinished(self) -> int:
        return 0  # a blob is written in one transaction: there is never half of one

    def raw_parts(self, name: str) -> Iterator[bytes]:
        """The blob's stored bytes, part by part (for moving an archive, not for reading)."""
        part = 0
        while True:
            with self.engine.connect() as connection:
                data = connection.scalar(_part(name, part))
            if data is None:
                return
            yield data
            part += 1

    def put_raw(self, connection: Connection, name: str, parts: Iterable[bytes]) -> None:
        """Store a blob's bytes as they are (moving an archive: no key is needed)."""
        writer = _PartWriter(connection, name)
        for data in parts:
            writer.write(data)

    @staticmethod
    def _check_name(name: str) -> None:
        if not _is_name(name):
            raise InvalidInput(Message("That is not the name of a media file of the archive."))


def _part(name: str, part: int):
    return select(BlobChunk.data).where(BlobChunk.blob_name == name, BlobChunk.part == part)


def _missing(name: str) -> DamagedFile:
    return DamagedFile(Message("The media file {name} is missing from the archive's server.", name=name))


class _PartWriter:
    """What `_seal_stream` writes to: each write (the header, then each sealed chunk) is a part."""

    def __init__(self, connection: Connection, name: str):
        self._connection = connection
        self._name = name
        self._part = 0

    def write(self, data: bytes) -> None:
        self._connection.execute(insert(BlobChunk).values(blob_name=self._name, part=self._part, data=bytes(data)))
        self._part += 1


class _PartReader:
    """A file-like view of a blob's parts, fetched one at a time as `_open_stream` reads."""

    def __init__(self, engine: Engine, name: str):
        self._engine = engine
        self._name = name
        self._next = 0
        self._buffer = bytearray()
        self._done = False

    def __enter__(self) -> _PartReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._buffer.clear()

    def read(self, size: int) -> bytes:
        while len(self._buffer) < size and not self._done:
            with self._engine.connect() as connection:
                data = connection.scalar(_part(self._name, self._next))
            if data is None:
                self._done = True
            else:
                self._buffer += data
                self._next += 1
        out = bytes(self._buffer[:size])
        del self._buffer[:size]
        return out
