"""Lock after the custodian's idle time, with a countdown warning first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut,
}
MAX_WARNING_SECONDS = 30


class IdleWatcher(QObject):
    """Watches keyboard and mouse across the app. After `idle - warning` quiet seconds it
    emits `warning(seconds_left)` every second; any activity cancels the countdown
    (`resumed`), and at zero it emits `timed_out`."""

    warning = Signal(int)
    resumed = Signal()
    timed_out = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None):
        super().__init__(parent)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._start_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)
        self._left = 0
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        total = max(1, round(minutes * 60))
        self.warning_seconds = min(MAX_WARNING_SECONDS, max(1, total // 4))
        self.quiet_ms = (total - self.warning_seconds) * 1000
        self.restart()

    def restart(self) -> None:
        if self._tick.isActive():
            self._tick.stop()
            self.resumed.emit()
        self._quiet.start(max(0, self.quiet_ms))

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._quiet.stop()
        self._tick.stop()

    @property
    def counting_down(self) -> bool:
        return self._tick.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.restart()
        return False

    def _start_countdown(self) -> None:
        self._left = self.warning_seconds
        self.warning.emit(self._left)
        self._tick.start()

    def _count(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.warning.emit(self._left)
            return
        self._tick.stop()
        self.timed_out.emit()
