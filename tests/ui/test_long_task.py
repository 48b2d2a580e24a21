"""Long work runs through one task runner: progress, cancel halfway, and threads; while it
runs the window keeps ticking (a timer on the UI thread is the witness)."""

import threading
import time

from PySide6.QtCore import QTimer

from haart_archive.archive import Archive
from haart_archive.services.search import SearchService
from haart_archive.services.testimonies import Testimonies
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
    qtbot.waitUntil(lambda: page.index_state == "open", timeout=10000)  # opened on the worker at unlock
    with qtbot.waitSignal(window.runner.finished, timeout=10000) as rebuilt:
        page.rebuild_button.click()
        assert window.task_bar.isVisibleTo(window), "the progress bar shows while it runs"
    assert rebuilt.args == ["done"]
    assert page.tier_note.text() == "The search index was rebuilt."


class Ticks:
    """A 20 ms timer on the UI thread; a blocked UI thread shows as a long gap."""

    def __init__(self):
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.timer.start(20)

    def stop(self) -> None:
        self.timer.stop()

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.times, self.times[1:], strict=False)), default=0.0)


def test_the_first_search_after_unlock_does_not_block_the_window(make_window, archive_folder, qtbot, monkeypatch):
    opening = SearchService.open_indexes
    threads = []

    def slow_open(self, progress=None, cancelled=None):
        threads.append(threading.current_thread())
        time.sleep(0.8)  # a big archive's index takes this long to open
        return opening(self, progress, cancelled)

    monkeypatch.setattr(SearchService, "open_indexes", slow_open)
    window = make_window(archive_folder, threaded=True)
    with qtbot.waitSignal(window.runner.started, timeout=10000,
                          check_params_cb=lambda title, _cancellable: "search index" in title):
        unlock(window, *CUSTODIAN)
    assert window.task_bar.isVisibleTo(window) and window.task_bar.cancel_button.isEnabled()
    window.workspace.go("search")
    page = window.workspace.pages["search"]
    ticks = Ticks()
    began = time.perf_counter()
    page.query_edit.setText("passport")
    page.new_search()
    assert time.perf_counter() - began < 0.3, "the search waits for the index without holding the UI thread"
    assert page.results is None
    qtbot.waitUntil(lambda: page.results is not None, timeout=10000)
    ticks.stop()
    assert page.results.total == 1, "the search asked meanwhile ran once the index was open"
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks.times) >= 10 and ticks.longest_gap() < 0.4, ticks.longest_gap()


def test_a_save_runs_on_the_worker_while_the_window_keeps_ticking(make_window, archive_folder, qtbot, monkeypatch):
    window = make_window(archive_folder, threaded=True)
    with qtbot.waitSignal(window.runner.finished, timeout=10000):
        unlock(window, *CUSTODIAN)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)  # the index opened
    page = window.workspace.pages["testimonies"]
    page.open_testimony(window.archive.testimonies.ids()[0])
    editor = page.editor
    editor.title_edit.setText("A title changed while the clock ticks")
    updating = Testimonies.update
    threads = []

    def slow_update(self, *args, **kwargs):
        threads.append(threading.current_thread())
        time.sleep(0.5)
        return updating(self, *args, **kwargs)

    monkeypatch.setattr(Testimonies, "update", slow_update)
    ticks = Ticks()
    assert editor.save()
    ticks.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks.times) >= 5 and ticks.longest_gap() < 0.3, ticks.longest_gap()
    assert window.archive.testimonies.get(editor.testimony_id).title == "A title changed while the clock ticks"
    assert not editor.has_unsaved_changes()
