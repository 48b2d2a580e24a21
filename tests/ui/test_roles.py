"""An advocate sees only Search, the public texts, statistics and the screening of pasted text;
no original is reachable."""

import pytest

from haart_archive.errors import NotPermitted
from tests.ui.conftest import ADVOCATE, EDITOR, unlock


def test_advocate_sees_only_search_and_public_texts(make_window, archive_folder):
    window = make_window(archive_folder)
    unlock(window, *ADVOCATE)
    workspace = window.workspace
    assert list(workspace.pages) == ["home", "search", "public_texts", "statistics", "screening"]
    names = [workspace.nav.item(i).text() for i in range(workspace.nav.count())]
    assert names == ["Home", "Search", "Public texts", "Statistics", "Screening"]
    search = workspace.pages["search"]
    assert not search.originals
    assert "public texts only" in search.tier_note.text()
    search.query_edit.setText("passport")
    search.new_search()
    assert search.results.total == 0, "nothing is approved for the public yet, and originals are not searched"
    with pytest.raises(NotPermitted):
        window.archive.testimonies.get(window.archive.testimonies.ids()[0])
    workspace.open_testimony(window.archive.testimonies.ids()[0])
    assert workspace.current_place() == "home", "there is no page that shows an original"


def test_editor_has_no_audit_or_user_management(make_window, archive_folder):
    window = make_window(archive_folder)
    unlock(window, *EDITOR)
    assert list(window.workspace.pages) == ["home", "testimonies", "search", "consent", "redaction", "public_texts",
                                            "statistics", "screening", "publications", "import"]
