"""File names and atomic writes for everything publishing puts on disk.

File names are derived from a neutral name that the person releasing chooses (for
example "annual-report-2025"), never from item text, so a survivor's name cannot end up
in a file name. Writes go to a temporary file in the target folder, are flushed to disk
and then renamed, so a crash leaves either the old state or the whole new file.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

MAX_SLUG_LENGTH = 60
_EXTENSION = re.compile(r"^[a-z0-9]{1,8}$")


def safe_slug(neutral_name: str) -> str:
    """A lowercase ASCII slug of letters, digits and single hyphens.

    Accents are folded (e -> e), everything else becomes a hyphen. Raises InvalidInput
    when nothing usable is left, rather than inventing a name.
    """
    folded = unicodedata.normalize("NFKD", neutral_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    slug = slug[:MAX_SLUG_LENGTH].rstrip("-")
    if not slug:
        raise InvalidInput(Message("Choose a file name with at least one letter or digit."))
    return slug


def output_file_name(neutral_name: str, extension: str, *, suffix: str = "") -> str:
    """``<slug>[-<suffix>].<extension>``, for example ``annual-report-2025-cases.csv``."""
    if not _EXTENSION.match(extension):
        raise InvalidInput(Message("A file extension is a few lowercase letters or digits."))
    stem = safe_slug(neutral_name)
    if suffix:
        stem = f"{stem}-{safe_slug(suffix)}"
    return f"{stem}.{extension}"


def write_atomically(directory: Path, name: str, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``directory/name`` through a temporary file and a rename.

    ``name`` must be a bare file name (as made by output_file_name). Refuses to replace an
    existing file unless ``overwrite`` is set, so one release never clobbers another.
    """
    directory = Path(directory)
    if name != Path(name).name or name.startswith("."):
        raise InvalidInput(Message("A publication file name cannot contain a folder."))
    if not directory.is_dir():
        raise InvalidInput(Message("The folder chosen for the files does not exist."))
    target = directory / name
    if target.exists() and not overwrite:
        raise InvalidInput(Message("A file named {name} already exists in that folder.", name=name))
    handle, temp_name = tempfile.mkstemp(dir=directory, prefix=".partial-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target
