"""The audit page: newest entry first by number, records and details in words."""

import re

from PySide6.QtCore import Qt

from tests.ui.conftest import CUSTODIAN, unlock


def _column(page, column: int) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def test_audit_sorts_numerically_and_names_records(make_window, archive_folder):
    window = make_window(archive_folder)
    unlock(window, *CUSTODIAN)
    archive = window.archive
    assert window.workspace.go("audit")
    page = window.workspace.pages["audit"]
    page.reload()
    numbers = [int(n) for n in _column(page, 0)]
    assert max(numbers) >= 10  # crosses a power of ten, where text order would put 9 above 10
    assert numbers == sorted(numbers, reverse=True)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    numbers = [int(n) for n in _column(page, 0)]
    assert numbers == sorted(numbers)
    records = " ".join(_column(page, 4))
    titles = {t.title for t in archive.testimonies.list()}
    assert any(title in records for title in titles)
    assert not re.search(r"testimony [0-9a-f]{8}", records)
