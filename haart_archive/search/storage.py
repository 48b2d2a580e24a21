"""Encrypted Whoosh storage: index files sealed in chunks, read lazily, under opaque names.

Stock Whoosh writes its table of contents as a pickle, and its `FileStorage` spills
stored fields and posting runs to plaintext temporary files during every commit. This
storage never lets a plaintext byte reach the disk, and never holds a whole file in
memory either:

- a file is sealed chunk by chunk as Whoosh writes it (`sealed_files.SealedWriter`, the
  blob store's 64 KiB STREAM format); the associated data names the index and the file's
  logical name, so a file copied to another name or another index fails to open;
- a file is read at random, chunk by chunk, each chunk authenticated before Whoosh sees
  a byte of it (`sealed_files.SealedReader`); opening a file authenticates its header
  and final chunk, so truncation is refused before anything is parsed (the table of
  contents is unpickled only from authenticated chunks); decrypted chunks are kept in
  one bounded cache per storage;
- names on disk are the AES-SIV encryption of the logical names (deterministic, so a
  name can be looked up without listing);
- `temp_storage()` returns a `SealedTempStorage`: the posting pool's spill runs and the
  column buffers go to disk sealed in the same format under a random key that only this
  process ever holds, so a run left behind by a killed process can never be read.
"""

from __future__ import annotations

import base64
import io
import os
import secrets
import threading
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from whoosh.filedb.filestore import Storage
from whoosh.filedb.structfile import BufferFile, StructFile

from haart_archive.search.errors import IndexTampered, RebuildReason
from haart_archive.search.sealed_files import (
    Buffer,
    ChunkCache,
    SealedReader,
    SealedStructFile,
    SealedWriter,
    integrity_failure,
    plaintext_length,
)
from haart_archive.vault.aead import SealedValueError, open_sealed
from haart_archive.vault.keys import derive_subkey

SUFFIX = ".hx"
PARTIAL_SUFFIX = ".partial"
TEMP_SUFFIX = ".spill"
KEY_VERSION = 1
# Decrypted chunks kept per open index (64 KiB each). Searching touches the term table,
# a few posting lists and the stored text of one page of hits; this keeps the hot part.
CACHE_BYTES = 32 * 1024 * 1024
# Files up to this size (field lengths, dates: a few bytes per document) are decrypted
# whole on first use and read from memory: Whoosh reads them once per matching document.
WHOLE_FILE_BYTES = 256 * 1024


class SealedStorage(Storage):
    """A Whoosh `Storage` whose files are sealed under a key derived from `key`.

    `directory` is created on `create()`; `key` is the 32-byte search-index key of one
    tier; `index_id` names the index (it is part of every file's associated data and of
    every error message). `close()` forgets every decrypted chunk.
    """

    supports_mmap = False

    def __init__(self, directory: Path, key: bytes, index_id: str, cache_bytes: int = CACHE_BYTES):
        if len(key) != 32:
            raise ValueError("the search index key must be 32 bytes")
        self.directory = Path(directory)
        self.folder = str(self.directory)
        self.index_id = index_id
        self._file_key = derive_subkey(key, "search-index/files")
        self._name_cipher = AESSIV(
            derive_subkey(key, "search-index/names/1") + derive_subkey(key, "search-index/names/2")
        )
        self._disk_names: dict[str, str] = {}
        self._cache = ChunkCache(cache_bytes)
        self._whole: dict[str, bytes] = {}  # small files, decrypted whole
        # Logical names present on disk, read once; this process is the only writer
        # (Whoosh's lock here, the archive's lock file across processes).
        self._present: set[str] | None = None
        self._names_lock = threading.Lock()

    # -- names -------------------------------------------------------------------------

    def disk_name(self, name: str) -> str:
        """The opaque on-disk file name of the logical name `name`."""
        known = self._disk_names.get(name)
        if known is None:
            sealed = self._name_cipher.encrypt(name.encode("utf-8"), [self._aad_prefix()])
            known = base64.b32encode(sealed).decode("ascii").rstrip("=").lower() + SUFFIX
            self._disk_names[name] = known
        return known

    def logical_name(self, disk_name: str) -> str | None:
        """The logical name behind an on-disk name, or None if it is not one of ours."""
        if not disk_name.endswith(SUFFIX):
            return None
        stem = disk_name[: -len(SUFFIX)].upper()
        try:
            raw = base64.b32decode(stem + "=" * (-len(stem) % 8))
            return self._name_cipher.decrypt(raw, [self._aad_prefix()]).decode("utf-8")
        except (ValueError, InvalidTag, UnicodeDecodeError):
            return None

    def foreign_files(self) -> list[str]:
        """On-disk entries this key cannot name (another key's files, or damage)."""
        if not self.directory.is_dir():
            return []
        return [
            entry.name
            for entry in os.scandir(self.directory)
            if not _is_scratch(entry.name) and self.logical_name(entry.name) is None
        ]

    def _aad_prefix(self) -> bytes:
        return f"haart-search|{self.index_id}|".encode()

    def _aad(self, name: str) -> bytes:
        return self._aad_prefix() + name.encode("utf-8")

    def _path(self, name: str) -> Path:
        return self.directory / self.disk_name(name)

    # -- Storage interface ---------------------------------------------------------------

    def create(self) -> SealedStorage:
        self.directory.mkdir(parents=True, exist_ok=True)
        return self

    def destroy(self) -> None:
        self.close()

    def close(self) -> None:
        self._cache.clear()
        with self._names_lock:
            self._present = None
            self._whole.clear()

    def forget_listing(self) -> None:
        """Read the folder again on next use (another process has added files)."""
        with self._names_lock:
            self._present = None

    def list(self) -> list[str]:
        return sorted(self._present_names())

    def file_exists(self, name: str) -> bool:
        return name in self._present_names()

    def _present_names(self) -> set[str]:
        with self._names_lock:
            if self._present is None:
                self._present = set()
                if self.directory.is_dir():
                    names = (self.logical_name(entry.name) for entry in os.scandir(self.directory))
                    self._present = {name for name in names if name is not None}
            return self._present

    def file_modified(self, name: str) -> float:
        return self._path(name).stat().st_mtime

    def file_length(self, name: str) -> int:
        try:
            return plaintext_length(self._path(name).stat().st_size)
        except FileNotFoundError:
            raise NameError(name) from None

    def create_file(self, name: str, **kwargs) -> StructFile:
        """A file sealed to disk chunk by chunk, put in place when Whoosh closes it."""
        path = self._path(name)
        partial = path.with_name(path.name + PARTIAL_SUFFIX)
        _live_scratch.add(partial)
        writer = SealedWriter(
            partial, path, self._file_key, KEY_VERSION, self._aad(name),
            on_close=lambda _writer: self._written(name, partial),
        )
        return StructFile(io.BufferedWriter(writer, buffer_size=64 * 1024), name=name)

    def open_file(self, name: str, **kwargs) -> StructFile:
        """Random access to `name`; its header and final chunk are authenticated now.

        A small file is decrypted whole (every chunk authenticated) and served from memory.
        """
        reader = self.open_reader(name)
        if reader.length > WHOLE_FILE_BYTES:
            return SealedStructFile(reader, name)
        with self._names_lock:
            plain = self._whole.get(name)
        if plain is None:
            try:
                plain = reader.read_at(0, reader.length)
            finally:
                reader.close()
            with self._names_lock:
                self._whole[name] = plain
        else:
            reader.close()
        return BufferFile(memoryview(plain), name=name)

    def open_reader(self, name: str) -> SealedReader:
        return SealedReader(
            self._path(name), self._file_key, self._aad(name), self._cache,
            integrity_failure(self.index_id),
        )

    def delete_file(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)
        with self._names_lock:
            self._whole.pop(name, None)
            if self._present is not None:
                self._present.discard(name)

    def rename_file(self, frm: str, to: str, safe: bool = False) -> None:
        """Re-seal `frm` under the name `to` (the old ciphertext would not open there)."""
        if safe and self.file_exists(to):
            raise NameError(f"File {to!r} exists")
        reader = self.open_reader(frm)
        try:
            with self.create_file(to) as out:
                for index in range(reader.chunk_count):
                    out.write(reader.chunk(index))
        finally:
            reader.close()
        self.delete_file(frm)

    def lock(self, name: str) -> _ProcessLock:
        """An in-process lock (the archive holds its own single-writer lock file)."""
        return _ProcessLock.named(self.folder, name)

    def temp_storage(self, name: str | None = None) -> SealedTempStorage:
        return SealedTempStorage(self.directory, self.index_id)

    # -- whole files ---------------------------------------------------------------------

    def read_plaintext(self, name: str) -> bytes:
        """The whole authenticated plaintext of a small file (marker, table of contents)."""
        reader = self.open_reader(name)
        try:
            return reader.read_at(0, reader.length)
        finally:
            reader.close()

    def check_ends(self) -> None:
        """Authenticate the header and final chunk of every file (cheap: one chunk each).

        Catches a file truncated, extended, replaced by another or renamed over another,
        before Whoosh parses anything. Chunks in between are checked as they are read,
        or all at once by `verify`.
        """
        for name in self.list():
            self.open_reader(name).close()

    def verify(self) -> None:
        """Authenticate every chunk of every file, in constant memory (a file deleted
        meanwhile by a commit is skipped)."""
        for name in self.list():
            try:
                reader = self.open_reader(name)
            except NameError:
                continue
            try:
                reader.verify()
            finally:
                reader.close()

    def is_whole_file_format(self, name: str) -> bool:
        """Whether `name` opens in the format before chunks (each file sealed whole)."""
        try:
            open_sealed(self._file_key, self._path(name).read_bytes(), self._aad(name))
        except (OSError, SealedValueError):
            return False
        return True

    def remove_scratch(self) -> int:
        """Delete partial and spill files left by a killed process (only ciphertext)."""
        return _remove_scratch(self.directory)

    def _written(self, name: str, partial: Path) -> None:
        _live_scratch.discard(partial)
        self._present_names()
        with self._names_lock:
            self._whole.pop(name, None)
            self._present.add(name)

    @property
    def cached_bytes(self) -> int:
        """Plaintext held in memory: cached chunks and small files."""
        with self._names_lock:
            return self._cache.size + sum(len(plain) for plain in self._whole.values())


class SealedTempStorage(Storage):
    """Whoosh's scratch files (posting runs, column buffers), sealed under a random key.

    The key is made when the storage is and is never written anywhere, so nothing a
    killed rebuild leaves behind can be decrypted; `destroy()` removes every file.
    Files live beside the index under random names ending in `.spill`.
    """

    supports_mmap = False

    def __init__(self, directory: Path, index_id: str):
        self.directory = Path(directory)
        self.index_id = index_id
        self._key = os.urandom(32)
        self._files: dict[str, Path] = {}
        self._cache = ChunkCache(4 * 64 * 1024)
        self._lock = threading.Lock()

    def create(self) -> SealedTempStorage:
        return self

    def create_file(self, name: str, **kwargs) -> StructFile:
        path = self.directory / f"{secrets.token_hex(12)}{TEMP_SUFFIX}"
        _live_scratch.add(path)
        with self._lock:
            self._files[name] = path
        writer = SealedWriter(path, None, self._key, 0, self._aad(name), durable=False)
        if kwargs.get("mode") == "w+b":
            return StructFile(_WriteThenRead(writer, lambda: self._reader(name)), name=name)
        return StructFile(io.BufferedWriter(writer, buffer_size=64 * 1024), name=name)

    def open_file(self, name: str, **kwargs) -> StructFile:
        raw = _RawChunks(self._reader(name))
        return StructFile(io.BufferedReader(raw, buffer_size=64 * 1024), name=name)

    def _reader(self, name: str) -> SealedReader:
        with self._lock:
            path = self._files.get(name)
        if path is None:
            raise NameError(name)
        return SealedReader(path, self._key, self._aad(name), self._cache,
                            integrity_failure(self.index_id))

    def _aad(self, name: str) -> bytes:
        return f"haart-search-scratch|{name}".encode()

    def file_exists(self, name: str) -> bool:
        return name in self._files

    def list(self) -> list[str]:
        return sorted(self._files)

    def file_length(self, name: str) -> int:
        return plaintext_length(self._files[name].stat().st_size)

    def delete_file(self, name: str) -> None:
        with self._lock:
            path = self._files.pop(name, None)
        if path is not None:
            path.unlink(missing_ok=True)
            _live_scratch.discard(path)

    def rename_file(self, frm: str, to: str, safe: bool = False) -> None:
        with self._lock:
            self._files[to] = self._files.pop(frm)

    def temp_storage(self, name: str | None = None) -> SealedTempStorage:
        return SealedTempStorage(self.directory, self.index_id)

    def destroy(self) -> None:
        for name in list(self._files):
            self.delete_file(name)
        self._cache.clear()

    def close(self) -> None:
        self.destroy()


class _RawChunks(io.RawIOBase):
    """A `SealedReader` as a raw stream, so `io.BufferedReader` serves small reads in C."""

    def __init__(self, reader: SealedReader):
        super().__init__()
        self._reader = reader
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self._reader.read_at(self._pos, len(buffer))
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._reader.length}[whence]
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        if not self.closed:
            self._reader.close()
        super().close()


class _WriteThenRead:
    """A scratch file written front to back, then read back at random (column buffers)."""

    def __init__(self, writer: SealedWriter, open_reader: Callable[[], SealedReader]):
        self._writer: io.BufferedWriter | None = io.BufferedWriter(writer, buffer_size=64 * 1024)
        self._open_reader = open_reader
        self._reader: io.BufferedReader | None = None

    def write(self, data: Buffer) -> int:
        if self._writer is None:
            raise io.UnsupportedOperation("a scratch file is written before it is read")
        return self._writer.write(data)

    def tell(self) -> int:
        return self._writer.tell() if self._writer is not None else self._reading().tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._reading().seek(offset, whence)

    def read(self, size: int = -1) -> bytes:
        return self._reading().read(size)

    def flush(self) -> None:
        if self._writer is not None:
            self._writer.flush()

    def _reading(self) -> io.BufferedReader:
        if self._reader is None:
            self._writer.close()
            self._writer = None
            self._reader = io.BufferedReader(_RawChunks(self._open_reader()), buffer_size=64 * 1024)
        return self._reader

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._reader is not None:
            self._reader.close()


# Partial and spill files this process is writing; anything else with their suffixes was
# left by a killed process and may be removed.
_live_scratch: set[Path] = set()


def _is_scratch(disk_name: str) -> bool:
    return disk_name.endswith((PARTIAL_SUFFIX, TEMP_SUFFIX))


def _remove_scratch(directory: Path) -> int:
    removed = 0
    if not directory.is_dir():
        return removed
    for entry in os.scandir(directory):
        path = Path(entry.path)
        if _is_scratch(entry.name) and path not in _live_scratch:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


class _ProcessLock:
    """A non-blocking lock shared by every storage of this process on one folder."""

    _registry: dict[tuple[str, str], _ProcessLock] = {}
    _registry_lock = threading.Lock()

    def __init__(self) -> None:
        self._lock = threading.Lock()

    @classmethod
    def named(cls, folder: str, name: str) -> _ProcessLock:
        key = (os.path.realpath(folder), name)
        with cls._registry_lock:
            return cls._registry.setdefault(key, cls())

    def acquire(self, blocking: bool = False, timeout: float = -1) -> bool:
        if not blocking:
            return self._lock.acquire(blocking=False)
        return self._lock.acquire(timeout=timeout)

    def release(self) -> None:
        self._lock.release()

    def locked(self) -> bool:
        return self._lock.locked()


__all__ = ["IndexTampered", "RebuildReason", "SealedStorage", "SealedTempStorage"]
