"""Fictional material for the publication tests: consent, approved versions, a
communications user, and a screenshot helper (saved under $HAART_SCREENSHOT_DIR or
test-screenshots/)."""

from __future__ import annotations

import os
from pathlib import Path

from haart_archive.archive import Archive
from haart_archive.types.people import PersonIdentity, PersonProfile
from haart_archive.types.testimonies import PersonInput, TestimonyDraft
from tests.services.helpers import approved_version, consent_form
from tests.ui.conftest import CUSTODIAN

COMMUNICATIONS = ("Njeri Test", "orange pelicans count umbrellas before sunrise")
ROOT = Path(__file__).resolve().parents[2]


WAITRESS = "A waitress job that was not"
BOAT = "A fishing boat that never paid"
STORIES = (
    (WAITRESS, "The agent said it was a waitress job. Then he took my phone.", "Amani Kazungu"),
    (BOAT, "We worked nights on the boat and were never paid. The owner kept our money.", "Baraka Odhiambo"),
)


def prepare(folder: Path, approved: int = 2, *, review: bool = False) -> dict:
    """Two more fictional testimonies with consent for publication and partner sharing,
    approved redacted versions of the first `approved`, and a communications user.
    Returns {title: {"testimony": id, "version": id}}."""
    archive = Archive.open(folder, *CUSTODIAN)
    try:
        archive.users.add(COMMUNICATIONS[0], "communications", COMMUNICATIONS[1])
        for summary in archive.testimonies.list():  # the template's three: consent, nothing approved
            archive.consent.grant(summary.id, consent_form(review=review))
        found = {}
        for number, (title, text, name) in enumerate(STORIES):
            testimony_id = archive.testimonies.add(TestimonyDraft(
                title=title, text=text, county="kisumu", language="en",
                people=(PersonInput("survivor", PersonIdentity(legal_name=name), PersonProfile("female", 1998)),)))
            archive.consent.grant(testimony_id, consent_form(review=review))
            found[title] = {"testimony": testimony_id}
            if number < approved:
                found[title]["version"] = approved_version(archive, testimony_id)
    finally:
        archive.lock()
    return found


def screenshot_folder() -> Path:
    folder = Path(os.environ.get("HAART_SCREENSHOT_DIR", ROOT / "test-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_shot(window, name: str, qtbot) -> Path:
    qtbot.wait(20)
    path = screenshot_folder() / f"{name}.png"
    assert window.grab().save(str(path)), f"could not save {path}"
    assert path.stat().st_size > 5000
    return path
