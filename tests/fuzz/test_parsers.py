"""Fuzzing every parser that reads outside input: whatever the bytes or the JSON, the only
exceptions allowed out are the archive's typed errors (ArchiveError subclasses)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haart_archive.consent import ConsentGrant
from haart_archive.errors import ArchiveError
from haart_archive.media.blobs import BlobStore
from haart_archive.services.backup import verify_backup
from haart_archive.types.backup import Credentials
from haart_archive.types.testimonies import draft_from_dict
from haart_archive.vault.header import VaultHeader
from tests.conftest import PASSPHRASES, USER_NAMES, ArchiveFixture
from tests.consent.builders import form

FUZZ = settings(max_examples=int(os.environ.get("HAART_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True)
    | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25,
)


def _typed_only(call: Callable[..., object], *args: object) -> None:
    with contextlib.suppress(ArchiveError):
        call(*args)


def _mutated_dict(base: dict, data: st.DataObject) -> dict:
    """The valid record with some keys replaced by any JSON value, dropped, or added."""
    result = dict(base)
    for key in data.draw(st.lists(st.sampled_from(sorted(base)), max_size=4)):
        if data.draw(st.booleans()):
            result[key] = data.draw(json_values)
        else:
            result.pop(key, None)
    if data.draw(st.booleans()):
        result[data.draw(st.text(max_size=10))] = data.draw(json_values)
    return result


# -- JSON records -----------------------------------------------------------------------------

TESTIMONY = {
    "title": "A fictional journey", "text": "Fictional words.", "language": "en", "county": "kilifi",
    "told_on": "2024-03-01", "tags": {"exploitation": ["forced_labour"], "indicators": []},
    "event_years": [2022], "people": [{"role": "survivor", "identity": {"legal_name": "Fictional Name"}}],
}


@FUZZ
@given(st.data())
def test_testimony_records(data):
    _typed_only(draft_from_dict, _mutated_dict(TESTIMONY, data))


@FUZZ
@given(json_values)
def test_testimony_records_of_any_shape(value):
    _typed_only(draft_from_dict, value)


@FUZZ
@given(st.data())
def test_consent_forms(data):
    _typed_only(ConsentGrant.from_dict, _mutated_dict(form(), data))


@FUZZ
@given(json_values)
def test_consent_forms_of_any_shape(value):
    _typed_only(ConsentGrant.from_dict, value)


# -- the vault header -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def header_bytes(template_archive: ArchiveFixture) -> bytes:
    return (template_archive.path / "vault.header").read_bytes()


def _mutate_bytes(data: bytes, draw: Callable[[st.SearchStrategy], Any]) -> bytes:
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif data:
            del data[at : at + draw(st.integers(1, 64))]
    return bytes(data)


@FUZZ
@given(st.data())
def test_vault_header_bytes(header_bytes, data):
    _typed_only(VaultHeader.from_bytes, _mutate_bytes(header_bytes, data.draw))


@FUZZ
@given(st.binary(max_size=300))
def test_vault_header_random_bytes(raw):
    _typed_only(VaultHeader.from_bytes, raw)


def _with_checksum(body: dict) -> bytes:
    """A forged header whose checksum matches: it parses, so unlock sees the changed slot."""
    core = {k: v for k, v in body.items() if k not in ("checksum", "mac")}
    body = dict(
        body, checksum=hashlib.sha256(json.dumps(core, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    )
    return json.dumps(body).encode()


@FUZZ
@given(st.data())
def test_forged_header_fields_on_unlock(header_bytes, data):
    body = json.loads(header_bytes)
    slot = data.draw(st.sampled_from(body["slots"]))
    field = data.draw(st.sampled_from(["kdf", "public_key", "wrapped_private_key", "envelope", "slot_id"]))
    if field == "kdf":
        key = data.draw(st.sampled_from(["salt", "memory_kib", "iterations", "lanes"]))
        slot["kdf"][key] = data.draw(json_values | st.integers(-5, 2**40))
    else:
        slot[field] = data.draw(json_values | st.just(slot[field][:-4] + "AAA="))

    def parse_and_unlock(raw: bytes) -> None:
        header = VaultHeader.from_bytes(raw)
        for each in header.slots:
            header.unlock(each.slot_id, PASSPHRASES["custodian"].encode())

    _typed_only(parse_and_unlock, _with_checksum(body))


@pytest.mark.parametrize(("key", "value"), [
    ("lanes", 0), ("iterations", 0), ("memory_kib", 1), ("memory_kib", 2**40), ("iterations", 10**9), ("salt", ""),
])
def test_forged_kdf_parameters_are_damage_not_a_crash_or_a_hang(header_bytes, key, value):
    body = json.loads(header_bytes)
    body["slots"][0]["kdf"][key] = value
    with pytest.raises(ArchiveError, match="KDF parameters"):
        VaultHeader.from_bytes(_with_checksum(body))


# -- blobs --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def blob_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[BlobStore, str, bytes]:
    store = BlobStore(tmp_path_factory.mktemp("fuzz-blobs"))
    info = store.write([os.urandom(150_000)], b"k" * 32, 1, b"media|fuzz|story")
    return store, info.name, store._path(info.name).read_bytes()


@FUZZ
@given(st.data())
def test_blob_files(blob_store, data):
    store, name, original = blob_store
    path = store._path(name)
    path.write_bytes(_mutate_bytes(original, data.draw))
    try:
        _typed_only(lambda: b"".join(store.read(name, lambda version: b"k" * 32, b"media|fuzz|story")))
    finally:
        path.write_bytes(original)


# -- backup files -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def backup_file(template_archive: ArchiveFixture, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("fuzz-backup")
    shutil.copytree(template_archive.path, folder / "archive", ignore=shutil.ignore_patterns("archive.lock"))
    from haart_archive.archive import Archive

    with Archive.open(folder / "archive", USER_NAMES["custodian"], PASSPHRASES["custodian"]) as archive:
        archive.make_backup(folder / "b.hbk")
    return (folder / "b.hbk").read_bytes()


@FUZZ
@given(st.data())
def test_backup_files(backup_file, tmp_path_factory, data):
    path = Path(tmp_path_factory.getbasetemp()) / "fuzzed.hbk"
    mutated = _mutate_bytes(backup_file, data.draw)
    path.write_bytes(mutated)
    try:
        verify_backup(path, Credentials.of_user(USER_NAMES["editor"], PASSPHRASES["editor"]))
    except ArchiveError:
        return
    assert mutated == backup_file, "a changed backup verified"
