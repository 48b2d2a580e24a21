"""What the app remembers between runs, in QSettings: the archive FOLDER and the interface
language. Nothing else goes there: no user names, no searches, no recent testimonies,
no window titles (invariant 1 of the design)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "HAART Kenya"
APPLICATION = "HAART Archive"
_FOLDER_KEY = "archive/folder"
_LANGUAGE_KEY = "interface/language"


def _settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def remembered_folder() -> Path | None:
    value = _settings().value(_FOLDER_KEY, "")
    return Path(value) if value else None


def remember_folder(folder: Path) -> None:
    settings = _settings()
    settings.setValue(_FOLDER_KEY, str(folder))
    settings.sync()


def interface_language() -> str:
    return str(_settings().value(_LANGUAGE_KEY, "en"))


def remember_language(language: str) -> None:
    settings = _settings()
    settings.setValue(_LANGUAGE_KEY, language)
    settings.sync()
