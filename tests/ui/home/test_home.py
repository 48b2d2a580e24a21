"""Home: the first page after unlocking says what waits for this role and links to it."""

from tests.ui.conftest import ADVOCATE, CUSTODIAN, EDITOR, unlock


def test_the_editor_lands_on_home_and_follows_a_link(make_window, archive_folder):
    window = make_window(archive_folder)
    unlock(window, *EDITOR, stay_home=True)
    workspace = window.workspace
    assert workspace.current_place() == "home"
    home = workspace.pages["home"]
    assert "waiting_redaction" in home.rows and "clearances_waiting" in home.rows
    label, button = home.rows["waiting_redaction"]
    assert label.text().startswith("3 "), "the template's three testimonies have no redacted version"
    assert "backup" not in home.rows, "backups are the custodian's"
    assert not home.rows["clearances_waiting"][0].isEnabled(), "nothing waiting: shown quietly"
    assert label.isEnabled()
    button.click()
    assert workspace.current_place() == "redaction"


def test_each_role_sees_its_own_work(make_window, archive_folder):
    window = make_window(archive_folder)
    unlock(window, *CUSTODIAN)
    home = window.workspace.pages["home"]
    assert "backup" in home.rows and "No backup" in home.rows["backup"][0].text()
    window.lock("manual")
    unlock(window, *ADVOCATE)
    home = window.workspace.pages["home"]
    assert "waiting_redaction" not in home.rows and "backup" not in home.rows
    assert home.all_done.text(), "an advocate with nothing to do is told so, not shown an empty page"
