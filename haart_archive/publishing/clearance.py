"""An editor's clearance of a rendered publication: what exactly was checked.

Communications staff cannot run the leak check (it needs the identity key), so an editor
runs every gate on the rendered package and records a clearance. The clearance binds the
bytes: it holds the SHA-256 of every file of the package (PDF, HTML, Markdown and each
image file) and of the publication's specification. A release by someone without the
identity key passes only when every file it would write has exactly a cleared hash, so any
change, to a caption, an image or a single pixel, needs a new clearance.

The record is a plain value with a canonical byte form (`canonical`), so it can be signed.
Records of the first format held only a hash of the extracted text; they clear nothing now.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from haart_archive.publishing.render import RenderedFile

FORMAT = 2


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def spec_digest(spec: dict) -> str:
    """The hash of a publication's specification (its canonical JSON)."""
    return sha256(json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


@dataclass(frozen=True)
class ClearanceRecord:
    """What an editor cleared: the title (for people), the spec's hash and every file's hash."""

    title: str
    spec_sha256: str
    files: tuple[tuple[str, str], ...]  # (file name, SHA-256 of its bytes), sorted by name

    @classmethod
    def of(cls, title: str, spec: dict, files: Sequence[RenderedFile]) -> ClearanceRecord:
        return cls(title, spec_digest(spec), file_hashes(files))

    def to_json(self) -> dict:
        return {"format": FORMAT, "title": self.title, "spec_sha256": self.spec_sha256,
                "files": [[name, digest] for name, digest in self.files]}

    @classmethod
    def from_json(cls, data: dict) -> ClearanceRecord | None:
        """The record, or None for a record of an older format (it clears nothing)."""
        if data.get("format") != FORMAT:
            return None
        return cls(str(data["title"]), str(data["spec_sha256"]),
                   tuple((str(name), str(digest)) for name, digest in data["files"]))

    def canonical(self) -> bytes:
        """The bytes a signature over this record covers."""
        return json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def covers(self, spec: dict, files: Sequence[RenderedFile]) -> bool:
        """True when `files` are byte for byte the cleared files of this very spec."""
        return self.spec_sha256 == spec_digest(spec) and self.files == file_hashes(files)

    def changed_files(self, files: Sequence[RenderedFile]) -> list[str]:
        """The names of `files` whose bytes this record did not clear."""
        cleared = dict(self.files)
        return [f.name for f in files if cleared.get(f.name) != sha256(f.data)]


def file_hashes(files: Sequence[RenderedFile]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((f.name, sha256(f.data)) for f in files))
