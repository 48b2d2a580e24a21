"""The import itself: exactly what the dry run announced, all or nothing, nothing in plain."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from haart_archive.errors import NotPermitted
from haart_archive.importing import plan_import
from haart_archive.store.models import MediaAsset, Person
from haart_archive.tasks import Cancelled
from tests.importing.sources import csv_file, docx_file, intake_sheet_rows, photo, xlsx_file
from tests.leakscan import scan


def _folder_source(root):
    folder = root / "intake"
    docx_file(folder / "case 1.docx", ["The agent promised me hotel work in Doha and kept my passport."],
              heading="Hotel job in Doha")
    photo(folder / "case 1-hands.jpg")
    photo(folder / "case 1-room.png", "blue")
    (folder / "case 2.txt").write_text("Nilifanya kazi za nyumbani bila mshahara na wakala alichukua pasipoti yangu.")
    (folder / "case 3.md").write_text("# Boat\n\nWe fished for months and were never paid.\n")
    photo(folder / "case 3.jpg", "green")
    return folder


def _counts(archive):
    with archive._ctx.read() as session:
        people = session.scalar(select(func.count()).select_from(Person))
        media = session.scalar(select(func.count()).select_from(MediaAsset))
    blobs = len(list((archive.folder / "blobs").glob("*.blob")))
    return {"testimonies": sorted(archive.testimonies.ids()), "people": people, "media": media, "blobs": blobs}


def test_import_creates_exactly_what_the_dry_run_announced(archive_copy, tmp_path):
    sheet = xlsx_file(tmp_path / "sheet" / "intake.xlsx", intake_sheet_rows())
    photo(tmp_path / "sheet" / "amina.jpg")
    photo(tmp_path / "sheet" / "juma.png")
    for source in (_folder_source(tmp_path), sheet):
        plan = plan_import(source)
        with archive_copy.open("editor") as archive:
            before = set(archive.testimonies.ids())
            steps = []
            result = archive.run_import(plan, progress=lambda done, total, seen=steps: seen.append((done, total)))
            created = set(archive.testimonies.ids()) - before
            assert created == set(result.testimony_ids)
            assert len(created) == len(plan.testimonies)
            for item, testimony_id in zip(plan.testimonies, result.testimony_ids, strict=True):
                record = archive.testimonies.get(testimony_id, with_identities=True)
                assert (record.title, record.text, record.language) == (
                    item.draft.title,
                    item.draft.text,
                    item.draft.language,
                )
                assert sorted(m.file_name for m in archive.media.list(testimony_id)) == sorted(
                    p.name for p in item.attachments
                )
                assert [p.role for p in record.people] == [p.role for p in item.draft.people]
                if item.attachments:
                    first = archive.media.list(testimony_id)[0]
                    assert archive.media.read(first.id) in {p.read_bytes() for p in item.attachments}
            assert steps[-1] == (plan.steps, plan.steps)
            assert [d for d, _ in steps] == sorted(d for d, _ in steps)
            assert set(result.source_files) == set(plan.source_files())


def test_a_cancelled_import_leaves_nothing(archive_copy, tmp_path):
    plan = plan_import(_folder_source(tmp_path))
    with archive_copy.open("editor") as archive:
        assert archive.search.search("passport").total >= 1  # the index exists, so the import indexes
        before = _counts(archive)
        polls = []

        def cancelled():
            polls.append(1)
            return len(polls) > 4  # after the first testimony, its photos and the second

        with pytest.raises(Cancelled, match="nothing was kept"):
            archive.run_import(plan, cancelled=cancelled)
        assert _counts(archive) == before
        assert archive.search.search("Doha").total == 0
    with archive_copy.open("custodian") as archive:
        assert archive.check().ok


def test_a_failure_midway_leaves_nothing_and_the_error_goes_through(archive_copy, tmp_path, monkeypatch):
    sheet = xlsx_file(tmp_path / "intake.xlsx", intake_sheet_rows())
    photo(tmp_path / "amina.jpg")
    photo(tmp_path / "juma.png")
    plan = plan_import(sheet)
    with archive_copy.open("editor") as archive:
        before = _counts(archive)
        real_add = archive.media.add
        calls = []

        def failing_add(*args, **kwargs):
            calls.append(1)
            if len(calls) == 2:
                raise OSError("disk unplugged")
            return real_add(*args, **kwargs)

        monkeypatch.setattr(archive.media, "add", failing_add)
        with pytest.raises(OSError):
            archive.run_import(plan)
        assert _counts(archive) == before


def test_cancel_raised_by_the_progress_callback_also_undoes(archive_copy, tmp_path):
    class TaskCancelled(Exception):
        pass

    def progress(done, total):
        if done == 3:
            raise TaskCancelled

    plan = plan_import(_folder_source(tmp_path))
    with archive_copy.open("editor") as archive:
        before = _counts(archive)
        with pytest.raises(TaskCancelled):
            archive.run_import(plan, progress=progress)
        assert _counts(archive) == before


def test_advocates_cannot_import(archive_copy, tmp_path):
    plan = plan_import(_folder_source(tmp_path))
    with archive_copy.open("advocate") as archive, pytest.raises(NotPermitted):
        archive.run_import(plan)


def test_source_text_never_lands_in_plain_in_the_archive_or_tmpdir(archive_copy, tmp_path, private_tmpdir):
    canaries = ["Qzxcanaryword", "Wvbnkanarytitle", "Ploiucanaryname", "Mnbvcanarycell", "Rtyucanaryrecruiter"]
    folder = tmp_path / "sources"
    docx_file(folder / "docs" / "story.docx", [f"The employer in {canaries[0]} kept my passport."], heading=canaries[1])
    photo(folder / "docs" / "story-1.jpg")
    sheet = csv_file(folder / "intake.csv", [
        ["Title", "Testimony", "Survivor name", "Recruiter", "Notes"],
        [f"{canaries[1]} again", f"I worked for {canaries[3]} without pay.", f"Fictional {canaries[2]}",
         canaries[4], f"Notes about {canaries[0]}"],
    ], encoding="cp1252")
    with archive_copy.open("editor") as archive:
        archive.search.search("passport")
        for source in (folder / "docs", sheet):
            archive.run_import(plan_import(source))
        assert archive.search.search(canaries[0]).total >= 1  # indexed, so the index is scanned too
    with archive_copy.open("editor") as archive:
        assert archive.search.search(canaries[3]).total == 1
    assert scan([archive_copy.path, private_tmpdir], canaries) == []
