"""What an interrupted operation may leave: the archive opens, verifies, and holds the whole
operation or none of it. Each judge returns "whole" or "none" and asserts everything else."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from haart_archive.archive import Archive
from haart_archive.errors import WrongPassphrase
from haart_archive.services.backup import verify_backup
from haart_archive.store.models import MediaAsset
from haart_archive.vault.header import VaultHeader
from haart_archive.vault.keys import Tier
from tests.conftest import PASSPHRASES, USER_NAMES

SEARCH_WORD = "Riyadh"
TEMPLATE_TESTIMONIES = 30


def build_crash_template(source: Path, target: Path) -> Path:
    """The shared test archive, plus 30 testimonies, 3 recordings and a built index."""
    from haart_archive.types.testimonies import TestimonyDraft
    from tests.backup.helpers import canary_wav

    shutil.copytree(source, target, ignore=shutil.ignore_patterns("archive.lock"))
    with Archive.open(target, USER_NAMES["editor"], PASSPHRASES["editor"]) as archive:
        ids = []
        with archive.bulk():
            for number in range(TEMPLATE_TESTIMONIES):
                place = SEARCH_WORD if number % 3 == 0 else "Doha"
                ids.append(archive.testimonies.add(TestimonyDraft(
                    title=f"Crash fixture {number:02d}",
                    text=f"A fictional account number {number} of work promised in {place}. " * 20,
                    language="en",
                )))
        for testimony_id in ids[:3]:
            archive.media.add(testimony_id, canary_wav(), file_name="interview.wav")
        archive.search.search(SEARCH_WORD)
    return target


def _open(path: Path, role: str) -> Archive:
    return Archive.open(path, USER_NAMES[role], PASSPHRASES[role])


def _sound(archive: Archive) -> None:
    audit = archive.verify_audit()
    assert audit.ok, audit.problems
    check = archive.check()
    assert check.ok, check.problems


def search_totals(path: Path) -> tuple[int, int]:
    with _open(path, "editor") as archive:
        return (archive.search.search(SEARCH_WORD, tier="story").total,
                archive.search.search(SEARCH_WORD, tier="public").total)


def judge_rebuild(path: Path, expected: tuple[int, int]) -> str:
    with _open(path, "custodian") as archive:
        _sound(archive)
        # rebuild() audits {"tiers": [...]}; an automatic rebuild of a missing index audits "tier".
        rebuilt = any(e.action == "search index rebuilt" and "tiers" in e.detail for e in archive.audit_entries())
    assert search_totals(path) == expected
    return "whole" if rebuilt else "none"


def judge_backup(path: Path, out: Path) -> str:
    from tests.backup.helpers import user

    with _open(path, "custodian") as archive:
        _sound(archive)
    if not out.exists():
        return "none"
    report = verify_backup(out, user("custodian"))
    assert report.blobs == 3
    return "whole"


def judge_rotation(path: Path, removed: str, original_header: VaultHeader) -> str:
    """The removed user either still belongs (none) or is gone with every key they held."""
    try:
        _open(path, removed).lock()
        removed_opens = True
    except WrongPassphrase:
        removed_opens = False
    with _open(path, "custodian") as archive:  # opening finishes an interrupted rotation
        _sound(archive)
        names = {member.name for member in archive.users.list()}
        keyring = archive._ctx.keyring
        versions = {tier: sorted(k.version for k in keyring.all_keys() if k.tier == tier) for tier in Tier}
        with archive._ctx.read() as session:
            blobs = [(a.blob_name, Tier(a.tier)) for a in session.scalars(select(MediaAsset))]
        blob_versions = {tier: {archive._ctx.blobs.key_version(name) for name, t in blobs if t == tier}
                         for tier in {t for _, t in blobs}}
    _open(path, "communications" if removed != "communications" else "advocate").lock()
    if removed_opens:
        assert USER_NAMES[removed] in names
        assert all(v == [1] for v in versions.values()), versions
        return "none"
    assert USER_NAMES[removed] not in names
    assert all(len(v) == 1 and v[0] >= 2 for v in versions.values()), versions
    for tier, found in blob_versions.items():
        assert found == {versions[tier][0]}, (tier, found)
    # The removed user's old slot (a copy of the old header) opens no key in use now.
    old = original_header.unlock(original_header.slot_id_for_user(USER_NAMES[removed]), PASSPHRASES[removed].encode())
    held = {(k.tier, k.version) for k in old.keys}
    assert not held & {(tier, v[0]) for tier, v in versions.items()}
    return "whole"
