"""The look: resources/style.qss, with headings sized from the system font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

STYLESHEET = Path(__file__).resolve().parents[1] / "resources" / "style.qss"


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET.read_text(encoding="utf-8"))
