"""The lock screen: a wrong passphrase says so plainly; after five failures a growing delay."""

import pytest

from tests.ui.conftest import CUSTODIAN, unlock
from ui.lockscreen import LockScreen, delay_after


@pytest.fixture(autouse=True)
def no_earlier_failures():
    LockScreen.failures = 0
    yield
    LockScreen.failures = 0


def test_a_wrong_passphrase_is_refused_in_plain_words_then_the_right_one_unlocks(make_window, archive_folder):
    window = make_window(archive_folder)
    unlock(window, CUSTODIAN[0], "not the right passphrase at all")
    assert window.workspace is None
    assert window.lock_screen.message.text() == "That user name and passphrase do not open this archive."
    assert window.lock_screen.passphrase_edit.text() == "", "a wrong passphrase is not left in the box"
    unlock(window, *CUSTODIAN)
    assert window.workspace is not None
    audit = [e.action for e in window.archive.audit_entries()]
    assert "failed unlock" in audit, "the custodian sees the failed attempt"


def test_after_five_failures_the_lock_screen_makes_you_wait_longer_each_time(make_window, archive_folder):
    window = make_window(archive_folder)
    for _ in range(5):
        unlock(window, CUSTODIAN[0], "wrong guess number something")
    screen = window.lock_screen
    assert not screen.unlock_button.isEnabled()
    assert "Wait 5 seconds" in screen.message.text()
    unlock(window, *CUSTODIAN)  # ignored while waiting
    assert window.workspace is None
    assert [delay_after(n) for n in (4, 5, 6, 7)] == [0, 5, 10, 20]
    assert delay_after(40) == 300
