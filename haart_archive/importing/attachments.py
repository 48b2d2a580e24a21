"""Photos and recordings named by a row, or lying next to a document, checked before import."""

from __future__ import annotations

import re
from pathlib import Path

from haart_archive.errors import InvalidInput
from haart_archive.media.probe import DEFAULT_SIZE_LIMIT, MediaKind, accepted_extensions, probe
from haart_archive.messages import Message


def media_suffixes() -> set[str]:
    """Suffixes of photos and recordings (PDFs are documents in a folder import)."""
    return {f".{ext.lower().lstrip('.')}" for ext in accepted_extensions()} - {".pdf"}


def check_attachment(folder: Path, name: str) -> tuple[Path, str | None]:
    """(path, None) when the file exists and is what its name says, else (path, reason)."""
    path = Path(name) if Path(name).is_absolute() else folder / name
    if not path.is_file():
        return path, "no such file next to the spreadsheet; the testimony will be imported without it."
    return path, media_problem(path)


def media_problem(path: Path) -> str | None:
    try:
        found = probe(path, path.name, DEFAULT_SIZE_LIMIT)
    except InvalidInput as error:
        return f"{error.message.rstrip('.')}; the testimony will be imported without it."
    except Exception:  # a broken file must not stop the dry run
        return Message(
            "it cannot be read as a photo, scan or recording; the testimony will be imported "
            "without it."
        )
    if found.kind not in (MediaKind.IMAGE, MediaKind.AUDIO, MediaKind.PDF):
        return "it is not a photo, scan or recording."
    return None


def belongs_to(stem: str, file_name: str) -> bool:
    """'case 3-photo.jpg' belongs to 'case 3', but 'case 30.jpg' does not."""
    base = Path(file_name).stem
    if not base.lower().startswith(stem.lower()):
        return False
    rest = base[len(stem):]
    return rest == "" or re.match(r"^[\W_]", rest) is not None
