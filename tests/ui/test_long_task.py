"""Long work runs through one task runner: progress, cancel halfway, and threads."""

from haart_archive.archive import Archive
from haart_archive.types.testimonies import TestimonyDraft
from tests.ui.conftest import CUSTODIAN, unlock


def test_rebuilding_the_index_cancelled_halfway_leaves_search_working(make_window, archive_folder):
    archive = Archive.open(archive_folder, *CUSTODIAN)
    with archive.bulk():  # enough documents for the index to report progress along the way
        for number in range(60):
            archive.testimonies.add(TestimonyDraft(title=f"Invented account {number}", text="Made-up words."))
    archive.lock()
    window = make_window(archive_folder)
    unlock(window, *CUSTODIAN)
    window.workspace.go("search")
    page = window.workspace.pages["search"]
    seen = []

    def cancel_at_half(done, total):
        seen.append((done, total))
        if total and done * 2 >= total and window.task_bar.cancel_button.isEnabled():
            window.task_bar.cancel_button.click()

    window.runner.progressed.connect(cancel_at_half)
    outcomes = []
    window.runner.finished.connect(outcomes.append)
    page.rebuild_button.click()
    assert outcomes == ["cancelled"]
    assert seen and seen[-1][0] < seen[-1][1], "it stopped before the end"
    assert "cancelled" in page.tier_note.text()
    assert not window.task_bar.isVisibleTo(window)
    page.query_edit.setText("passport")
    page.new_search()
    assert page.results.total == 1, "the old index is still used"


def test_work_runs_off_the_ui_thread_and_reports_back(make_window, archive_folder, qtbot):
    window = make_window(archive_folder, threaded=True)
    with qtbot.waitSignal(window.runner.finished, timeout=10000) as unlocked:
        unlock(window, *CUSTODIAN)
    assert unlocked.args == ["done"] and window.workspace is not None
    window.workspace.go("search")
    page = window.workspace.pages["search"]
    with qtbot.waitSignal(window.runner.finished, timeout=10000) as rebuilt:
        page.rebuild_button.click()
        assert window.task_bar.isVisibleTo(window), "the progress bar shows while it runs"
    assert rebuilt.args == ["done"]
    assert page.tier_note.text() == "The search index was rebuilt."
