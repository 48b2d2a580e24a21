"""A small fictional archive with canaries in every kind of place, and a backup of it."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from pathlib import Path

from haart_archive.types.backup import Credentials
from haart_archive.types.people import PersonIdentity
from haart_archive.types.testimonies import PersonInput, TestimonyDraft
from tests.conftest import PASSPHRASES, USER_NAMES, ArchiveFixture

CANARIES = ("Zawadi Canarybird Fictional", "CanaryVillage Mkoroshoni", "0799 424 242", "Canary narrative of Malindi")
PCM_CANARY = b"PcmCanaryFramesXYZ!=" * 2  # 40 bytes: an even number, so whole 16-bit frames


def canary_wav(repeats: int = 4000) -> bytes:
    """A valid WAV (about 160 KB, three blob chunks) whose samples spell a canary."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(PCM_CANARY * repeats)
    return buffer.getvalue()


def user(role: str) -> Credentials:
    return Credentials.of_user(USER_NAMES[role], PASSPHRASES[role])


@dataclass(frozen=True)
class BackedUp:
    archive: ArchiveFixture
    backup: Path
    testimony_id: str
    media_id: str


def add_canaries(fixture: ArchiveFixture) -> tuple[str, str]:
    """A testimony and a recording full of canaries; returns their ids."""
    with fixture.open("editor") as archive:
        testimony_id = archive.testimonies.add(
            TestimonyDraft(
                title=CANARIES[3],
                text=f"{CANARIES[3]}. Call {CANARIES[2]}. She grew up in {CANARIES[1]}.",
                language="en",
                people=(PersonInput("survivor", PersonIdentity(CANARIES[0], home_village=CANARIES[1])),),
            )
        )
        media_id = archive.media.add(testimony_id, canary_wav(), file_name="interview.wav")
    return testimony_id, media_id


def backed_up(fixture: ArchiveFixture, folder: Path) -> BackedUp:
    testimony_id, media_id = add_canaries(fixture)
    out = folder / "archive-backup.hbk"
    with fixture.open("custodian") as archive:
        archive.make_backup(out)
    return BackedUp(fixture, out, testimony_id, media_id)
