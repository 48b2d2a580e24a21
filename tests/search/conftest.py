"""A small fictional corpus (English, Swahili, mixed) and index fixtures."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest

from haart_archive.search import IndexedDocument, SearchIndex

STORY_ID = "test-story"
PUBLIC_ID = "test-public"


def corpus() -> list[IndexedDocument]:
    """Fictional testimonies; every name and place is invented or generic."""
    return [
        IndexedDocument(
            id="T1",
            title="Recruited in Kilifi for a hotel job",
            body=(
                "The agent took my passport when we arrived in Riyadh. My employer refused "
                "to pay my salary for seven months. I was recruiting other girls before I "
                "understood. Wanjikũ helped me to escape with the help of a neighbour."
            ),
            language="en",
            people=("Wanjikũ Kamau", "Juma Bakari"),
            exploitation=("domestic_servitude",),
            indicators=("retention_of_documents", "withholding_wages"),
            sectors=("domestic_work",),
            routes=("Mombasa-Riyadh",),
            county="Kilifi",
            told_on=dt.date(2019, 3, 14),
            event_dates=(dt.date(2017, 6, 1),),
            consent_state="granted",
        ),
        IndexedDocument(
            id="T2",
            title="Ushuhuda wa mama kutoka Mombasa",
            body=(
                "Mama alilia sana nilipofika nyumbani. Wakala alichukua pasipoti yangu na "
                "sikulipwa mshahara kwa miezi sita. Watoto walikaa na bibi yao huko Kwale. "
                "Nilikuwa recruiting wasichana wengine kwa wakala."
            ),
            language="sw",
            people=("Achieng Otieno",),
            exploitation=("forced_labour",),
            indicators=("retention_of_documents", "debt_bondage"),
            county="Mombasa",
            told_on=dt.date(2021, 7, 2),
            consent_state="limited",
        ),
        IndexedDocument(
            id="T3",
            title="Fishing boat on the lake",
            body=(
                "We worked on the boat from five in the morning until midnight. The boss "
                "kept the money for the debt. The broker in Kisumu asked for shillings "
                "every month and the debt kept growing."
            ),
            language="en",
            people=("Otieno Ouma",),
            exploitation=("forced_labour",),
            indicators=("debt_bondage", "excessive_overtime"),
            sectors=("fishing",),
            county="Kisumu",
            told_on=dt.date(2022, 1, 20),
            event_dates=(dt.date(2020, 5, 5), dt.date(2021, 1, 1)),
            consent_state="granted",
        ),
        IndexedDocument(
            id="T4",
            title="Pole sana: safari ya Dubai",
            body=(
                "Pole sana they said but nobody helped. Nilifanya kazi ya nyumbani Dubai "
                "and the madam used to beat me. Tulifungiwa ndani ya nyumba."
            ),
            language="mixed",
            people=("Halima Noor",),
            exploitation=("domestic_servitude",),
            indicators=("restriction_of_movement", "physical_sexual_violence"),
            county="Mombasa",
            told_on=dt.date(2023, 11, 30),
            consent_state="withdrawn",
        ),
        IndexedDocument(
            id="T5",
            title="Street begging in Nairobi",
            body=(
                "The recruiter promised school fees. Instead we were forced to beg on the "
                "street in Nairobi and give all the money to the recruiter."
            ),
            language="en",
            exploitation=("forced_begging",),
            indicators=("deception",),
            county="Nairobi",
            told_on=dt.date(2018, 5, 9),
            consent_state="pending",
        ),
    ]


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A TMPDIR of the test's own (for this process and the processes it starts)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    return tmp_path / "index-story"


@pytest.fixture
def story(story_dir: Path, key: bytes):
    index = SearchIndex.build(story_dir, key, "story", STORY_ID, corpus())
    yield index
    index.close()
