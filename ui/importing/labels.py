"""The import page's words: the archive fields a spreadsheet column can fill."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_words(name: str) -> str:
    translate = QCoreApplication.translate
    return {
        "title": translate("Import", "Title"),
        "text": translate("Import", "Testimony text"),
        "language": translate("Import", "Language"),
        "county": translate("Import", "County"),
        "told_on": translate("Import", "Date told"),
        "place_told": translate("Import", "Place told"),
        "taken_by": translate("Import", "Taken by"),
        "notes": translate("Import", "Notes"),
        "tags.exploitation": translate("Import", "Form of exploitation"),
        "tags.indicators": translate("Import", "ILO indicators"),
        "tags.sectors": translate("Import", "Sectors"),
        "tags.push_factors": translate("Import", "Push factors"),
        "tags.routes": translate("Import", "Routes"),
        "survivor_name": translate("Import", "Survivor's name"),
        "survivor_gender": translate("Import", "Survivor's gender"),
        "survivor_phone": translate("Import", "Survivor's phone"),
        "survivor_birth_year": translate("Import", "Survivor's year of birth"),
        "recruiter_name": translate("Import", "Recruiter's name"),
        "attachments": translate("Import", "Attachments"),
    }.get(name, name)
