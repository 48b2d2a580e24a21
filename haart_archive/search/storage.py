"""Encrypted Whoosh storage: every index file sealed whole, under an opaque name.

Stock Whoosh writes its table of contents as a pickle, and its `FileStorage` spills
stored fields and posting runs to plaintext temporary files during every commit. This
storage never lets a plaintext byte reach the disk:

- a file is built in memory and sealed with AES-256-GCM when Whoosh closes it; the
  associated data names the index and the file's logical name, so a file copied to
  another name or another index fails to open;
- a file is read and authenticated whole before Whoosh parses a byte of it (the table
  of contents is unpickled only after its tag checks), then served from memory as a
  `BufferFile`, as `RamStorage` does;
- names on disk are the AES-SIV encryption of the logical names (deterministic, so a
  name can be looked up without listing);
- `temp_storage()` returns a storage that lives only in memory.
"""

from __future__ import annotations

import base64
import os
import threading
from io import BytesIO
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from whoosh.filedb.filestore import RamStorage, Storage
from whoosh.filedb.structfile import BufferFile, StructFile

from haart_archive.search.errors import IndexTampered, RebuildReason
from haart_archive.vault.aead import OVERHEAD, SealedValueError, open_sealed, seal
from haart_archive.vault.keys import derive_subkey

SUFFIX = ".hx"
PARTIAL_SUFFIX = ".partial"
KEY_VERSION = 1


class SealedStorage(Storage):
    """A Whoosh `Storage` whose files are sealed under a key derived from `key`.

    `directory` is created on `create()`; `key` is the 32-byte search-index key of one
    tier; `index_id` names the index (it is part of every file's associated data and of
    every error message). Decrypted files are kept in memory while the storage is open,
    so searching never decrypts twice; `close()` forgets them.
    """

    supports_mmap = False

    def __init__(self, directory: Path, key: bytes, index_id: str):
        if len(key) != 32:
            raise ValueError("the search index key must be 32 bytes")
        self.directory = Path(directory)
        self.folder = str(self.directory)
        self.index_id = index_id
        self._file_key = derive_subkey(key, "search-index/files")
        self._name_cipher = AESSIV(
            derive_subkey(key, "search-index/names/1") + derive_subkey(key, "search-index/names/2")
        )
        self._plain: dict[str, bytes] = {}
        self._disk_names: dict[str, str] = {}
        # Logical names present on disk, read once; this process is the only writer
        # (Whoosh's lock here, the archive's lock file across processes).
        self._present: set[str] | None = None
        self._cache_lock = threading.Lock()

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
            if not entry.name.endswith(PARTIAL_SUFFIX) and self.logical_name(entry.name) is None
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
        with self._cache_lock:
            self._plain.clear()
            self._present = None

    def list(self) -> list[str]:
        return sorted(self._present_names())

    def file_exists(self, name: str) -> bool:
        return name in self._present_names()

    def _present_names(self) -> set[str]:
        with self._cache_lock:
            if self._present is None:
                self._present = set()
                if self.directory.is_dir():
                    names = (self.logical_name(entry.name) for entry in os.scandir(self.directory))
                    self._present = {name for name in names if name is not None}
            return self._present

    def file_modified(self, name: str) -> float:
        return self._path(name).stat().st_mtime

    def file_length(self, name: str) -> int:
        with self._cache_lock:
            if name in self._plain:
                return len(self._plain[name])
        return max(0, self._path(name).stat().st_size - OVERHEAD)

    def create_file(self, name: str, **kwargs) -> StructFile:
        """A file built in memory and sealed to disk when Whoosh closes it."""

        return StructFile(_KeptBytesIO(on_close=lambda value: self._write(name, value)), name=name)

    def open_file(self, name: str, **kwargs) -> BufferFile:
        """The authenticated plaintext of `name`, served from memory."""
        return BufferFile(memoryview(self.read_plaintext(name)), name=name)

    def delete_file(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)
        with self._cache_lock:
            self._plain.pop(name, None)
            if self._present is not None:
                self._present.discard(name)

    def rename_file(self, frm: str, to: str, safe: bool = False) -> None:
        """Re-seal `frm` under the name `to`: the old ciphertext would not open there."""
        if safe and self.file_exists(to):
            raise NameError(f"File {to!r} exists")
        self._write(to, self.read_plaintext(frm))
        self.delete_file(frm)

    def lock(self, name: str) -> _ProcessLock:
        """An in-process lock (the archive holds its own single-writer lock file)."""
        return _ProcessLock.named(self.folder, name)

    def temp_storage(self, name: str | None = None) -> MemoryTempStorage:
        return MemoryTempStorage()

    # -- sealing -------------------------------------------------------------------------

    def read_plaintext(self, name: str) -> bytes:
        """Read, authenticate and cache one file; raise `IndexTampered` if it fails."""
        with self._cache_lock:
            cached = self._plain.get(name)
        if cached is not None:
            return cached
        try:
            sealed = self._path(name).read_bytes()
        except FileNotFoundError:
            raise NameError(name) from None
        try:
            plain = open_sealed(self._file_key, sealed, self._aad(name), what="An index file")
        except SealedValueError:
            raise IndexTampered(self.index_id, RebuildReason.TAMPERED) from None
        with self._cache_lock:
            self._plain[name] = plain
        return plain

    def _write(self, name: str, plaintext: bytes) -> None:
        """Seal and write atomically (partial file, fsync, rename)."""
        sealed = seal(self._file_key, KEY_VERSION, plaintext, self._aad(name))
        path = self._path(name)
        partial = path.with_name(path.name + PARTIAL_SUFFIX)
        with open(partial, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
        self._present_names()
        with self._cache_lock:
            self._plain[name] = plaintext
            self._present.add(name)


class _KeptBytesIO(BytesIO):
    """A BytesIO whose value survives `close()`.

    Whoosh's posting pool writes runs through `raw_file()` and closes the raw file
    directly, which would throw the bytes of an in-memory file away.
    """

    def __init__(self, on_close=None):
        super().__init__()
        self._kept: bytes | None = None
        self._on_close = on_close

    def close(self) -> None:
        if not self.closed:
            self._kept = super().getvalue()
            if self._on_close is not None:
                self._on_close(self._kept)
        super().close()

    def getvalue(self) -> bytes:
        return self._kept if self.closed and self._kept is not None else super().getvalue()


class MemoryTempStorage(RamStorage):
    """Whoosh's temporary storage, kept in memory so nothing plaintext reaches a disk.

    Unlike a stock `RamStorage`, a file's bytes are kept when its raw file is closed
    (which is how the posting pool closes its spilled runs), and `temp_storage()`
    returns another in-memory storage instead of a folder under the system temp dir.
    """

    def create_file(self, name: str, **kwargs) -> StructFile:
        def keep(value: bytes) -> None:
            self.files[name] = value

        return StructFile(_KeptBytesIO(on_close=keep), name=name)

    def temp_storage(self, name: str | None = None) -> MemoryTempStorage:
        return MemoryTempStorage()


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
