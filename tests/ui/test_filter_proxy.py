"""Filters apply on every Qt the project allows (begin/endFilterChange came in Qt 6.9)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ui.widgets import FilterProxy


class _Words(FilterProxy):
    word = ""

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        return self.word in self.sourceModel().index(row, 0, parent).data()


def _proxy() -> _Words:
    source = QStandardItemModel()
    for text in ("kitchen in Riyadh", "fishing boat", "kitchen in Doha"):
        source.appendRow(QStandardItem(text))
    proxy = _Words()
    proxy.setSourceModel(source)
    proxy._source = source  # keep the model alive with the proxy
    return proxy


def test_filter_on_a_current_qt(qapp):
    proxy = _proxy()
    proxy.set_filter(word="kitchen")
    assert proxy.rowCount() == 2


def test_filter_on_a_qt_without_begin_filter_change(qapp):
    proxy = _proxy()
    proxy.beginFilterChange = None  # as on Qt 6.6 to 6.8
    proxy.set_filter(word="boat")
    assert proxy.rowCount() == 1
