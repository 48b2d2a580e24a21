"""Search the originals, narrow with a facet, follow "did you mean", open a result."""


def test_search_with_a_facet_and_open_a_result(custodian_window):
    workspace = custodian_window.workspace
    workspace.go("search")
    page = workspace.pages["search"]
    assert "county:kilifi" in page.query_edit.toolTip(), "the syntax is explained in the tooltip"
    page.query_edit.setText("job")
    page.query_edit.returnPressed.emit()
    assert page.results.total == 2
    assert page.results_list.count() == 2
    assert "county" in page.facet_groups

    page.check_facet("county", "nairobi")
    assert page.filters == {"county": ["nairobi"]}
    assert page.results.total == 1
    assert page.results.hits[0].title == "Bar job in Nairobi"
    assert "<b>" in page.results.hits[0].fragments[0] or "<b>" in page.results.hits[0].title

    page.query_edit.setText("pasport")
    page.new_search()
    assert page.results.suggestion == "passport"
    assert page.suggestion_button.isVisible()
    page.suggestion_button.click()
    assert page.query_edit.text() == "passport" and page.results.total == 1

    page.query_edit.setText("boat")
    page.new_search()
    page.results_list.setCurrentRow(0)
    page._open_item(page.results_list.item(0))
    assert workspace.current_place() == "testimonies"
    editor = workspace.pages["testimonies"].editor
    assert editor.title_edit.text() == "Fishing boat on the lake"


def test_an_advocate_opens_a_result_and_reads_the_whole_public_text(make_window, archive_folder):
    from tests.ui.conftest import ADVOCATE, unlock
    from tests.ui.publishing.data import BOAT, prepare

    prepare(archive_folder)
    window = make_window(archive_folder)
    unlock(window, *ADVOCATE)
    assert window.workspace.go("search")
    page = window.workspace.pages["search"]
    page.query_edit.setText("boat")
    page.new_search()
    assert page.results.total >= 1
    page._open_item(page.results_list.item(0))
    shown = page.viewer.toPlainText()
    assert page.viewer.isVisible() and BOAT in shown
    assert "The owner kept our money" in shown  # beyond the fragment: the whole text


def test_facet_labels_wrap_instead_of_being_cut(custodian_window):
    from PySide6.QtWidgets import QLabel

    workspace = custodian_window.workspace
    workspace.go("search")
    page = workspace.pages["search"]
    page.query_edit.setText("job")
    page.new_search()
    labels = [label for group in page.facet_groups.values() for label in group.findChildren(QLabel)]
    assert labels and all(label.wordWrap() for label in labels)
    scroll = page.facet_box.parentWidget().parentWidget().parentWidget()
    assert scroll.horizontalScrollBarPolicy().name == "ScrollBarAlwaysOff"
