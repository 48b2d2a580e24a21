"""The look at the default size: one-line boxes tall enough for descenders, progress not red."""

from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QLineEdit, QProgressBar

from tests.ui.conftest import unlock


def test_line_edits_leave_room_for_descenders(custodian_window):
    window = custodian_window
    window.workspace.go("search")
    boxes = [box for box in window.findChildren(QLineEdit) if box.isVisible()]
    assert boxes
    for box in boxes:
        metrics = QFontMetrics(box.font())
        assert box.contentsRect().height() >= metrics.height() + 2, box.accessibleName()


def test_a_progress_bar_is_not_red(make_window, archive_folder, qtbot):
    window = make_window(None)
    bar = QProgressBar(window)
    bar.setRange(0, 10)
    bar.setValue(5)
    bar.resize(200, 20)
    bar.show()
    qtbot.wait(10)
    image = bar.grab().toImage()
    colour = QColor(image.pixel(bar.width() // 4, bar.height() // 2))
    assert not (colour.red() > 150 and colour.green() < 80 and colour.blue() < 80), colour.name()


def test_swahili_navigation_is_not_cut(make_window, archive_folder, qtbot):
    from tests.ui.conftest import CUSTODIAN
    from tests.ui.test_core_messages import back_to_english

    try:
        window = make_window(archive_folder, language="sw")
        unlock(window, *CUSTODIAN)
        nav = window.workspace.nav
        qtbot.wait(20)
        font = nav.font()
        font.setBold(True)
        widest = max(QFontMetrics(font).horizontalAdvance(nav.item(i).text()) for i in range(nav.count()))
        assert nav.viewport().width() >= widest + 16
        assert not nav.horizontalScrollBar().isVisible() and not nav.verticalScrollBar().isVisible()
    finally:
        back_to_english()
