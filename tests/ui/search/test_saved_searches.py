"""Saved searches: save the current query, list, run, delete. Screenshots in English and
Swahili."""

from __future__ import annotations

import pytest

from tests.ui.conftest import CUSTODIAN, unlock
from tests.ui.publishing.data import save_shot


@pytest.mark.parametrize("language", ["en", "sw"])
def test_saved_searches(make_window, archive_folder, qtbot, language):
    window = make_window(archive_folder, language=language)
    unlock(window, *CUSTODIAN)
    workspace = window.workspace
    workspace.go("search")
    page = workspace.pages["search"]
    assert page.saved_combo.count() == 0 and not page.run_saved_button.isEnabled()
    page.query_edit.setText("job")
    page.new_search()
    page.check_facet("county", "nairobi")
    page.save_name_edit.setText("Nairobi jobs")
    page.save_button.click()
    assert page.saved_combo.count() == 1 and page.saved_combo.currentText() == "Nairobi jobs"
    save_shot(window, f"{language}-60-saved-searches", qtbot)

    page.query_edit.setText("boat")
    page.new_search()
    assert page.results.total == 1
    page.run_saved_button.click()
    assert page.query_edit.text() == "job" and page.filters == {"county": ["nairobi"]}
    assert page.results.total == 1 and page.results.hits[0].title == "Bar job in Nairobi"

    page.delete_saved_button.click()
    assert page.saved_combo.count() == 0
    assert window.archive.search.saved_searches() == []
