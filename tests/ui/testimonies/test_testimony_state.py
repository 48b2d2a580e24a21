"""The testimonies list shows where each testimony stands and filters by it."""

from __future__ import annotations


def test_the_list_filters_by_workflow_state(custodian_window):
    page = custodian_window.workspace.pages["testimonies"]
    desk = custodian_window.archive.redaction
    first = page.model.summary(0).id
    desk.create_version(first, desk.default_plan(first))  # a draft: the testimony is being redacted
    page.reload()
    combo = page.state_filter
    combo.setCurrentIndex(combo.findData("in_redaction"))
    shown = [page.proxy.mapToSource(page.proxy.index(r, 0)).row() for r in range(page.proxy.rowCount())]
    assert [page.model.summary(row).id for row in shown] == [first]
    column = page.model.COLUMNS.index("state")
    assert page.proxy.data(page.proxy.index(0, column)) == "being redacted"
    combo.setCurrentIndex(combo.findData("new"))
    assert page.proxy.rowCount() == page.model.rowCount() - 1


def test_sorting_by_a_header_orders_the_rows(custodian_window):
    from PySide6.QtCore import Qt

    page = custodian_window.workspace.pages["testimonies"]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == titles[::-1]
    page.county_filter.setCurrentIndex(page.county_filter.findData("mombasa"))
    assert [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())] == ["Mombasa"]
