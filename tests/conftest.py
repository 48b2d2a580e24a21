"""Fixtures shared by every test folder.

The fast Argon2 profile is switched on for the test process only (tests/fastkdf.py; child
processes get it through `tests.fastkdf.child_env`); production code refuses it. One
template archive is built per session and copied per test.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests import fastkdf

if TYPE_CHECKING:  # the archive stack loads when a test first needs it
    from haart_archive.archive import Archive

fastkdf.enable()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASES = {
    "custodian": "purple elephant dancing quietly at dawn",
    "editor": "copper giraffe reads slowly tonight",
    "communications": "velvet thunder paints the harbour",
    "advocate": "silent marimba plays at sunrise",
}
USER_NAMES = {
    "custodian": "Test Custodian Amani",
    "editor": "Test Editor Baraka",
    "communications": "Test Comms Chebet",
    "advocate": "Test Advocate Dalila",
}


@dataclass(frozen=True)
class ArchiveFixture:
    """A copied archive folder and how to open it as each role."""

    path: Path
    recovery_key: str
    testimony_ids: tuple[str, ...]

    def open(self, role: str = "custodian") -> Archive:
        from haart_archive.archive import Archive

        return Archive.open(self.path, USER_NAMES[role], PASSPHRASES[role])


def _build_template(folder: Path) -> ArchiveFixture:
    from haart_archive.archive import Archive
    from haart_archive.types.people import PersonIdentity, PersonProfile
    from haart_archive.types.testimonies import PersonInput, Tags, TestimonyDraft

    archive, recovery_key = Archive.create(folder, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    for role in ("editor", "communications", "advocate"):
        archive.users.add(USER_NAMES[role], role, PASSPHRASES[role])
    ids = []
    drafts = [
        TestimonyDraft(
            title="A job in Riyadh that was not real",
            text=(
                "My name is Zuhura Kadzo Fictional. The agent Jabari Mwinyi promised me work in Riyadh. "
                "At the airport the employer took my passport and I worked without pay for eight months. "
                "Call my sister on 0712 345 678."
            ),
            language="en",
            county="kilifi",
            tags=Tags(
                exploitation=("domestic_servitude",),
                indicators=("retention_of_documents", "withholding_wages"),
                sectors=("domestic_work",),
                routes=("kilifi - riyadh",),
            ),
            people=(
                PersonInput(
                    "survivor",
                    PersonIdentity(
                        "Zuhura Kadzo Fictional",
                        aliases=("Mama Zawadi",),
                        phones=("0712 345 678",),
                        home_village="Kaloleni",
                    ),
                    PersonProfile(gender="female", birth_year=1998),
                ),
                PersonInput("recruiter", PersonIdentity("Jabari Mwinyi")),
            ),
        ),
        TestimonyDraft(
            title="Safari ya Dubai",
            text="Wakala alichukua pasipoti yangu na sikulipwa mshahara kwa miezi sita huko Dubai.",
            language="sw",
            county="mombasa",
            tags=Tags(exploitation=("forced_labour",), indicators=("retention_of_documents",)),
            people=(PersonInput("survivor", PersonIdentity("Halima Fictional Said")),),
        ),
    ]
    for draft in drafts:
        ids.append(archive.testimonies.add(draft))
    archive.lock()
    return ArchiveFixture(folder, recovery_key, tuple(ids))


@pytest.fixture(scope="session")
def template_archive(tmp_path_factory: pytest.TempPathFactory) -> ArchiveFixture:
    return _build_template(tmp_path_factory.mktemp("template") / "archive")


@pytest.fixture()
def archive_copy(template_archive: ArchiveFixture, tmp_path: Path) -> ArchiveFixture:
    """A fresh copy of the template archive for one test."""
    target = tmp_path / "archive"
    shutil.copytree(template_archive.path, target, ignore=shutil.ignore_patterns("archive.lock"))
    return ArchiveFixture(target, template_archive.recovery_key, template_archive.testimony_ids)


@pytest.fixture()
def private_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A TMPDIR of the test's own, so a leak scan can read everything written there."""
    folder = tmp_path / "private-tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture(autouse=True)
def anchor_home(tmp_path_factory, monkeypatch) -> Path:
    """Each test gets its own rollback anchors (kept outside archive folders, in the user's
    configuration folder): the template archive is copied into many tests with one archive id.
    Set in the environment so child processes (the CLI, crash tests) use the same folder."""
    home = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home
