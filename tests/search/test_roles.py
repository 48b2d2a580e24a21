"""Attack: decrypt the public index ourselves and look for names; try wrong keys."""

from __future__ import annotations

import dataclasses
import os

import pytest

from haart_archive.errors import InvalidInput
from haart_archive.search import (
    IndexNeedsRebuild,
    IndexTampered,
    RebuildReason,
    SealedStorage,
    SearchIndex,
)

from .conftest import PUBLIC_ID, STORY_ID, corpus

NAME = "Wanjikũ"


def redacted(doc):
    """What the redaction desk would hand the public index: names replaced, no people."""
    body = doc.body.replace(NAME, "Survivor A")
    return dataclasses.replace(doc, body=body, people=())


def plaintexts(folder, key, index_id) -> bytes:
    storage = SealedStorage(folder, key, index_id)
    return b"".join(storage.read_plaintext(name) for name in storage.list())


def name_forms() -> list[bytes]:
    forms = [NAME, NAME.lower(), "wanjiku", "Wanjiku", "Kamau", "kamau"]
    return [f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le")]


def test_public_index_holds_no_name_that_was_only_in_the_story(tmp_path, story, story_dir, key):
    public_key = os.urandom(32)
    public_dir = tmp_path / "index-public"
    public = SearchIndex.build(public_dir, public_key, "public", PUBLIC_ID, map(redacted, corpus()))
    assert public.search("survivor").total == 1
    assert public.search("wanjiku").total == 0
    assert public.search("people:wanjiku").total == 0
    public.close()
    # Positive control: the story index, decrypted, does contain the name.
    story_plain = plaintexts(story_dir, key, STORY_ID)
    assert any(form in story_plain for form in name_forms())
    public_plain = plaintexts(public_dir, public_key, PUBLIC_ID)
    assert not [form for form in name_forms() if form in public_plain]


def test_public_schema_has_no_people_field_and_refuses_names(tmp_path):
    public = SearchIndex.create(tmp_path / "p", os.urandom(32), "public", PUBLIC_ID)
    assert "people" not in public._ix.schema
    with pytest.raises(InvalidInput):
        public.add(corpus()[0])
    public.close()


def test_wrong_key_cannot_open_an_index(story, story_dir):
    story.close()
    with pytest.raises(IndexTampered) as caught:
        SearchIndex.open(story_dir, os.urandom(32), "story", STORY_ID)
    assert caught.value.reason is RebuildReason.WRONG_KEY
    assert STORY_ID in caught.value.message


def test_another_index_id_cannot_open_the_files(story, story_dir, key):
    """Associated data binds the index id: files of the story index do not open as another."""
    story.close()
    with pytest.raises(IndexNeedsRebuild):
        SearchIndex.open(story_dir, key, "story", "some-other-index")
