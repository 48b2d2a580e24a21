"""One way to run long work (import, index rebuild, key rotation, export) off the UI thread.

Like Anki's CollectionOp: the work is a plain function `work(progress, cancelled)` that
calls the core, which reports `progress(done, total)` and polls `cancelled()`. It runs on
a QThreadPool worker; the task bar shows a progress bar and a Cancel button; on success
`on_done(result)` runs on the UI thread, where pages refresh what changed. Errors become
the usual plain-sentence dialog. `TaskRunner(inline=True)` runs the work at once in the
calling thread, which makes tests deterministic.

Short work whose caller needs the answer before going on (a save, a preview) goes through
`TaskRunner.call`: it runs on the same worker while the UI thread keeps painting and ticking,
and returns the result (or raises the error) where it was called.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget
from shiboken6 import isValid

from haart_archive.tasks import CancelCheck, Progress
from ui import dialogs
from ui.errors import show_error

Work = Callable[[Progress, CancelCheck], Any]


class TaskCancelled(Exception):
    """Raised by work (or by `progress`) when the user pressed Cancel."""


@dataclass
class Task:
    title: str
    work: Work
    on_done: Callable[[Any], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    cancellable: bool = True
    stop: threading.Event = field(default_factory=threading.Event)

    def cancelled(self) -> bool:
        return self.stop.is_set()


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object, object)  # result, error


class _Worker(QRunnable):
    def __init__(self, task: Task, signals: _Signals):
        super().__init__()
        self.task = task
        self.signals = signals

    def run(self) -> None:
        result, error = _execute(self.task, self.signals.progress.emit)
        self.signals.finished.emit(result, error)


def _execute(task: Task, report: Progress) -> tuple[Any, BaseException | None]:
    def progress(done: int, total: int) -> None:
        report(done, total)
        if task.cancelled():
            raise TaskCancelled

    try:
        return task.work(progress, task.cancelled), None
    except BaseException as error:  # every failure goes back to the UI thread
        return None, error


class _Quiet(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except BaseException as failure:  # goes back to the UI thread
            result, error = None, failure
        self.signals.finished.emit(result, error)


class TaskRunner(QObject):
    """Runs one task at a time and tells the task bar what is happening."""

    started = Signal(str, bool)  # title, cancellable
    progressed = Signal(int, int)
    finished = Signal(str)  # "done", "cancelled" or "failed"

    def __init__(self, parent: QObject | None = None, *, inline: bool = False):
        super().__init__(parent)
        self.inline = inline
        self.current: Task | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals: _Signals | None = None
        self._quiet_pool = QThreadPool(self)
        self._quiet_pool.setMaxThreadCount(1)
        self._quiet: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return self.current is not None

    def run(self, task: Task) -> None:
        if self.busy:
            dialogs.inform(None, self.tr("Another task is still running; wait for it to finish or cancel it."))
            return
        self.current = task
        self.started.emit(task.title, task.cancellable)
        if self.inline:
            result, error = _execute(task, self.progressed.emit)
            self._finish(result, error)
            return
        signals = _Signals()
        signals.progress.connect(self.progressed)
        signals.finished.connect(self._finish)
        self._signals = signals
        self._pool.start(_Worker(task, signals))

    def call(self, title: str, function: Callable[[], Any], parent: QWidget | None = None) -> Any:
        """Run `function()` on the worker and return its result (or raise its error) here.

        Meanwhile the UI thread keeps running its event loop (the window paints, timers
        tick) but `parent`'s window takes no input, so nothing starts twice. While another
        task holds the worker, or inline, the function runs at once in this thread.
        """
        if self.inline or self.busy:
            return function()
        loop = QEventLoop()
        outcome: dict[str, Any] = {}

        def finished(result: Any, error: BaseException | None) -> None:
            outcome.update(result=result, error=error)
            loop.quit()

        task = Task(title, lambda _progress, _cancelled: function(), cancellable=False)
        self.current = task
        self.started.emit(title, False)
        signals = _Signals()
        signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        window = parent.window() if parent is not None else None
        focus = QApplication.focusWidget()
        if window is not None:
            window.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            self._pool.start(_Worker(task, signals))
            if not outcome:
                loop.exec()
        finally:
            QGuiApplication.restoreOverrideCursor()
            if window is not None:
                window.setEnabled(True)
                if focus is not None and isValid(focus):  # it may have gone meanwhile
                    focus.setFocus()
            self.current = None
            self.finished.emit("failed" if outcome.get("error") else "done")
        if outcome["error"] is not None:
            raise outcome["error"]
        return outcome["result"]

    def in_background(self, work: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None]) -> None:
        """Short work that must not hold up typing (the live leak check): on a worker of its
        own, beside any running task and not shown in the task bar; `on_done(result, error)`
        runs on the UI thread. Inline, at once."""
        if self.inline:
            try:
                result, error = work(), None
            except Exception as failure:  # handed to on_done like any failure
                result, error = None, failure
            on_done(result, error)
            return
        signals = _Signals()
        self._quiet.add(signals)

        def finished(result: Any, error: BaseException | None) -> None:
            self._quiet.discard(signals)
            on_done(result, error)

        signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        self._quiet_pool.start(_Quiet(work, signals))

    def cancel(self) -> None:
        if self.current is not None:
            self.current.stop.set()

    def wait(self) -> None:
        """Block until the running task returns (used when locking and quitting)."""
        self._pool.waitForDone()
        self._quiet_pool.waitForDone()

    def _finish(self, result: Any, error: BaseException | None) -> None:
        task, self.current, self._signals = self.current, None, None
        if task is None:
            return
        if error is None:
            self.finished.emit("done")
            if task.on_done:
                try:
                    task.on_done(result)
                except Exception as failure:  # a page's bug must not kill the app
                    show_error(None, failure)
        elif isinstance(error, TaskCancelled) or task.cancelled():
            self.finished.emit("cancelled")
            if task.on_cancelled:
                task.on_cancelled()
        else:
            self.finished.emit("failed")
            (task.on_error or (lambda e: show_error(None, e)))(error)


class TaskBar(QWidget):
    """Progress bar, what is running, and Cancel; lives in the main window's status bar."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the running task"))
        self.bar.setMinimumWidth(200)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._finished)
        self.hide()

    def _started(self, title: str, cancellable: bool) -> None:
        self.label.setText(title)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        self.show()

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.runner.cancel()

    def _finished(self, outcome: str) -> None:
        self.hide()
        self.last_outcome = outcome
