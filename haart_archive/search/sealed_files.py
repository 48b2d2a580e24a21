"""Index files sealed in chunks, written as a stream and read at random, chunk by chunk.

The layout is the blob store's (see `haart_archive.media.blobs`, after age's STREAM)::

    version (1 byte) | key version (4 bytes) | salt (32 bytes) | chunk 0 | ... | final chunk

Each chunk seals up to 64 KiB of plaintext with AES-256-GCM under a key derived for this
one file from the salt; the chunk's index and a final-chunk flag are its nonce and part
of its associated data, together with the header and the caller's associated data (the
index and the file's logical name). The primitives are the blob store's own.

A `SealedReader` serves random reads: each chunk it touches is decrypted and
authenticated before a byte of it is returned, and kept in a bounded `ChunkCache`. When
it opens, it authenticates the header and the final chunk, which also fixes the file's
length, so a file cut at a chunk boundary, extended, or renamed over another is refused
before Whoosh reads anything. A chunk changed, reordered or copied from another file
fails when it is first read. Every failure raises `IndexTampered`.
"""

from __future__ import annotations

import io
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag
from whoosh.filedb.structfile import StructFile

from haart_archive.media.blobs import (
    CHUNK_SIZE,
    FORMAT_VERSION,
    HEADER,
    HEADER_BYTES,
    SALT_BYTES,
    SEALED_CHUNK_SIZE,
    TAG_BYTES,
    associated_data_prefix,
    chunk_associated_data,
    chunk_nonce,
    stream_file_key,
)
from haart_archive.search.errors import IndexTampered, RebuildReason

Failure = Callable[[], IndexTampered]
Buffer = bytes | bytearray | memoryview
RECENT_CHUNKS = 16


def plaintext_length(sealed_size: int) -> int:
    """The plaintext length of a well-formed sealed file of `sealed_size` bytes."""
    body = sealed_size - HEADER_BYTES
    chunks = max(1, -(-body // SEALED_CHUNK_SIZE))
    return max(0, body - chunks * TAG_BYTES)


class ChunkCache:
    """Decrypted chunks, least recently used first out, within a budget of bytes."""

    def __init__(self, budget_bytes: int):
        self.budget = budget_bytes
        self._chunks: OrderedDict[tuple, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> bytes | None:
        with self._lock:
            chunk = self._chunks.get(key)
            if chunk is not None:
                self._chunks.move_to_end(key)
            return chunk

    def put(self, key: tuple, chunk: bytes) -> None:
        with self._lock:
            if key in self._chunks:
                return
            self._chunks[key] = chunk
            self._size += len(chunk)
            while self._size > self.budget and len(self._chunks) > 1:
                _, dropped = self._chunks.popitem(last=False)
                self._size -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._chunks.clear()
            self._size = 0

    @property
    def size(self) -> int:
        return self._size


class SealedWriter(io.RawIOBase):
    """Seals what is written to it, chunk by chunk, into `partial`; `close()` finishes it.

    A chunk is sealed (as not final) only once more data follows it, so the last chunk
    is always the one sealed as final. On `close()` the file is flushed, fsynced when
    `durable`, and renamed to `path` (or left at `partial` when `path` is None).
    """

    def __init__(self, partial: Path, path: Path | None, key: bytes, key_version: int,
                 associated_data: bytes, durable: bool = True,
                 on_close: Callable[[SealedWriter], None] | None = None):
        super().__init__()
        salt = os.urandom(SALT_BYTES)
        header = HEADER.pack(FORMAT_VERSION, key_version) + salt
        self._aead = stream_file_key(key, salt)
        self._prefix = associated_data_prefix(header, associated_data)
        self._partial, self._path = partial, path
        self._durable, self._on_close = durable, on_close
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        self._handle = os.fdopen(os.open(partial, flags, 0o600), "wb", buffering=0)
        self._handle.write(header)
        self._buffer = bytearray()
        self._sealed = 0  # chunks written
        self.salt = salt

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer) -> int:
        self._buffer += data
        if len(self._buffer) > CHUNK_SIZE:
            self._seal_full_chunks()
        return len(data)

    def _seal_full_chunks(self) -> None:
        view, start = memoryview(self._buffer), 0
        pieces = []
        while len(self._buffer) - start > CHUNK_SIZE:  # keep at least one byte for later
            pieces.append(self._seal(view[start : start + CHUNK_SIZE], final=False))
            start += CHUNK_SIZE
        view.release()
        self._handle.write(b"".join(pieces))
        del self._buffer[:start]

    def _seal(self, chunk: Buffer, final: bool) -> bytes:
        index = self._sealed
        self._sealed += 1
        associated_data = chunk_associated_data(self._prefix, index, final)
        return self._aead.encrypt(chunk_nonce(index, final), bytes(chunk), associated_data)

    def tell(self) -> int:
        return self._sealed * CHUNK_SIZE + len(self._buffer)

    def seekable(self) -> bool:
        return False

    def seek(self, offset: int, whence: int = 0) -> int:
        here = self.tell()
        target = {0: offset, 1: here + offset}.get(whence)
        if target != here:
            raise io.UnsupportedOperation("a sealed index file is written front to back")
        return here

    def flush(self) -> None:
        """Nothing to do: only whole sealed chunks ever reach the file."""

    def close(self) -> None:
        if self.closed:
            return
        try:
            self._handle.write(self._seal(self._buffer, final=True))
            self._buffer = bytearray()
            if self._durable:
                os.fsync(self._handle.fileno())
        finally:
            self._handle.close()
            super().close()
        if self._path is not None:
            os.replace(self._partial, self._path)
        if self._on_close is not None:
            self._on_close(self)

    def abandon(self) -> None:
        """Close without finishing and remove the partial file."""
        if not self.closed:
            self._handle.close()
            super().close()
        self._partial.unlink(missing_ok=True)


class SealedReader:
    """Random access to the plaintext of a sealed file, authenticated chunk by chunk."""

    def __init__(self, path: Path, key: bytes, associated_data: bytes, cache: ChunkCache,
                 failure: Failure):
        self._failure = failure
        try:
            self._handle = os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0)), "rb", buffering=0)
        except FileNotFoundError:
            raise NameError(path.name) from None
        try:
            self._open(key, associated_data, cache)
        except BaseException:
            self._handle.close()
            raise

    def _open(self, key: bytes, associated_data: bytes, cache: ChunkCache) -> None:
        self._fd = self._handle.fileno()
        size = os.fstat(self._fd).st_size
        header = os.pread(self._fd, HEADER_BYTES, 0)
        if len(header) < HEADER_BYTES or header[0] != FORMAT_VERSION or size == HEADER_BYTES:
            raise self._failure()
        body = size - HEADER_BYTES
        self._count = -(-body // SEALED_CHUNK_SIZE)
        if body - (self._count - 1) * SEALED_CHUNK_SIZE < TAG_BYTES:
            raise self._failure()
        salt = header[HEADER.size :]
        self._aead = stream_file_key(key, salt)
        self._prefix = associated_data_prefix(header, associated_data)
        # The cache is keyed by place and salt: a copy of another file's bytes (same salt)
        # must still be decrypted, and fail, under this file's associated data.
        self._cache, self._cache_id = cache, (associated_data, salt)
        self.length = body - self._count * TAG_BYTES
        # Chunks this reader used last, by index: a lock-free first look before the
        # shared cache (binary searches in the term table hop between a few chunks).
        self.recent: dict[int, bytes] = {}
        self._pos = 0
        self._lock = threading.Lock()
        self.chunk(self._count - 1)  # the header and the final chunk, before anything else

    @property
    def chunk_count(self) -> int:
        return self._count

    def chunk(self, index: int) -> bytes:
        """The authenticated plaintext of chunk `index`."""
        plain = self.recent.get(index)
        if plain is not None:
            return plain
        key = (*self._cache_id, index)
        plain = self._cache.get(key)
        if plain is None:
            plain = self._decrypt(index)
            self._cache.put(key, plain)
        recent = self.recent
        if len(recent) >= RECENT_CHUNKS:
            recent.pop(next(iter(recent)), None)
        recent[index] = plain
        return plain

    def chunk_at(self, index: int) -> bytes:
        with self._lock:
            return self.chunk(index)

    def _decrypt(self, index: int) -> bytes:
        if not 0 <= index < self._count:
            raise self._failure()
        final = index == self._count - 1
        sealed = os.pread(self._fd, SEALED_CHUNK_SIZE, HEADER_BYTES + index * SEALED_CHUNK_SIZE)
        try:
            associated_data = chunk_associated_data(self._prefix, index, final)
            return self._aead.decrypt(chunk_nonce(index, final), sealed, associated_data)
        except InvalidTag:
            raise self._failure() from None

    def read_at(self, position: int, size: int) -> bytes:
        """Up to `size` bytes from `position` (fewer at the end of the file)."""
        if position >= self.length or size <= 0:
            return b""
        size = min(size, self.length - position)
        index, offset = divmod(position, CHUNK_SIZE)
        with self._lock:
            chunk = self.chunk(index)
            if offset + size <= len(chunk):
                return chunk[offset : offset + size]
            pieces = [chunk[offset:]]
            remaining = size - len(pieces[0])
            while remaining > 0:
                index += 1
                chunk = self.chunk(index)
                pieces.append(chunk[:remaining])
                remaining -= len(pieces[-1])
        return b"".join(pieces)

    def verify(self) -> None:
        """Decrypt and authenticate every chunk (without caching them)."""
        for index in range(self._count):
            self._decrypt(index)

    def close(self) -> None:
        self._handle.close()


class SealedStructFile(StructFile):
    """A Whoosh `StructFile` reading a `SealedReader` (seek and read in one step)."""

    def __init__(self, reader: SealedReader, name: str):
        self._reader = reader
        self._name = name
        self._pos = 0
        self.file = self
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def read(self, size: int | None = -1) -> bytes:
        reader, position = self._reader, self._pos
        if size is None or size < 0:
            size = reader.length - position
        index, offset = divmod(position, CHUNK_SIZE)
        chunk = reader.recent.get(index)
        if chunk is not None and offset + size <= len(chunk):  # the usual case
            self._pos = position + size
            return chunk[offset : offset + size]
        data = reader.read_at(position, size)
        self._pos = position + len(data)
        return data

    def peek(self, size: int = 1) -> memoryview:
        """Bytes from here to the end of the current chunk, without moving (so the
        unpickler reads a pickle in one call instead of many)."""
        index, offset = divmod(self._pos, CHUNK_SIZE)
        if self._pos >= self._reader.length:
            return memoryview(b"")
        chunk = self._reader.chunk_at(index)
        return memoryview(chunk)[offset : offset + max(size, 512)]

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int = -1) -> bytes:
        end = self._reader.length if size is None or size < 0 else self._pos + size
        line = bytearray()
        while self._pos < end:
            piece = self._reader.read_at(self._pos, min(256, end - self._pos))
            newline = piece.find(b"\n")
            if newline >= 0:
                piece = piece[: newline + 1]
            line += piece
            self._pos += len(piece)
            if newline >= 0:
                break
        return bytes(line)

    def get(self, position: int, length: int) -> bytes:
        self._pos = position + length
        index, offset = divmod(position, CHUNK_SIZE)
        chunk = self._reader.recent.get(index)
        if chunk is not None and offset + length <= len(chunk):
            return chunk[offset : offset + length]
        return self._reader.read_at(position, length)

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 0:
            self._pos = offset
        elif whence == 1:
            self._pos += offset
        else:
            self._pos = self._reader.length + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass

    def write(self, data: Buffer) -> int:
        raise io.UnsupportedOperation("an index file opened for reading cannot be written")

    def close(self) -> None:
        if not self.is_closed:
            self.is_closed = True
            self._reader.close()

    @property
    def closed(self) -> bool:
        return self.is_closed

    def subset(self, offset: int, length: int, name: str | None = None) -> StructFile:
        from whoosh.filedb.compound import SubFile

        return StructFile(SubFile(self, offset, length), name=name or self._name)

    def raw_file(self) -> SealedStructFile:
        return self


def integrity_failure(index_id: str) -> Failure:
    return lambda: IndexTampered(index_id, RebuildReason.TAMPERED)
