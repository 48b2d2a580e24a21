from tests.ui.conftest import CUSTODIAN


def test_unlock_shows_the_places_of_a_custodian(custodian_window):
    names = [custodian_window.workspace.nav.item(i).text() for i in range(custodian_window.workspace.nav.count())]
    assert names[:2] == ["Home", "Testimonies"]
    assert "Audit" in names and "Users and settings" in names
    assert custodian_window.windowTitle() == "HAART Archive"
    assert CUSTODIAN[0] in custodian_window.who.text()
