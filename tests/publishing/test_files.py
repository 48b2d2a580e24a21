"""Safe file names and atomic writes."""

from __future__ import annotations

import os

import pytest

from haart_archive.errors import InvalidInput
from haart_archive.publishing import output_file_name, safe_slug, write_atomically


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Annual Report 2025", "annual-report-2025"),
        ("Ripoti ya Mwaka: Café ya Kisumu", "ripoti-ya-mwaka-cafe-ya-kisumu"),
        ("../../etc/passwd", "etc-passwd"),
        ("  --Press pack--  ", "press-pack"),
    ],
)
def test_safe_slug(name, slug):
    assert safe_slug(name) == slug


def test_a_name_with_nothing_usable_is_refused():
    with pytest.raises(InvalidInput):
        safe_slug("?!* ’")


def test_output_file_name_is_capped_and_has_its_extension():
    name = output_file_name("x" * 500, "pdf", suffix="cases")

    assert name == "x" * 60 + "-cases.pdf"


def test_write_is_complete_and_leaves_no_temporary_file(tmp_path):
    path = write_atomically(tmp_path, "report.pdf", b"%PDF-1.4 data")

    assert path.read_bytes() == b"%PDF-1.4 data"
    assert os.listdir(tmp_path) == ["report.pdf"]


def test_an_existing_file_is_not_replaced_unless_asked(tmp_path):
    write_atomically(tmp_path, "report.pdf", b"first")

    with pytest.raises(InvalidInput, match="already exists"):
        write_atomically(tmp_path, "report.pdf", b"second")
    write_atomically(tmp_path, "report.pdf", b"second", overwrite=True)
    assert (tmp_path / "report.pdf").read_bytes() == b"second"


@pytest.mark.parametrize("name", ["../escape.pdf", "sub/report.pdf", ".hidden"])
def test_names_with_folders_are_refused(tmp_path, name):
    with pytest.raises(InvalidInput):
        write_atomically(tmp_path, name, b"x")


def test_a_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    def failing_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)

    with pytest.raises(OSError):
        write_atomically(tmp_path, "report.pdf", b"data")
    assert os.listdir(tmp_path) == []
