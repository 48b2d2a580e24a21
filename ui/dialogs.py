"""The few modal questions the app asks, in one place.

Every page asks through these functions, so wording stays consistent and tests can answer
them (they replace `answerer`) without a modal loop blocking the run.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    YES = "yes"
    NO = "no"
    OK = "ok"


def _ask_with_message_box(kind: str, parent: QWidget | None, text: str) -> Answer | str | None:
    if kind == "text":
        from PySide6.QtWidgets import QInputDialog

        typed, ok = QInputDialog.getMultiLineText(
            parent, QCoreApplication.translate("Dialogs", "HAART Archive"), text)
        return typed if ok else None
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "HAART Archive"))
    box.setText(text)
    box.setAccessibleName(text)
    if kind == "unsaved":
        box.setIcon(QMessageBox.Icon.Question)
        save = box.addButton(QCoreApplication.translate("Dialogs", "Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QCoreApplication.translate("Dialogs", "Discard changes"),
                                QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        return {save: Answer.SAVE, discard: Answer.DISCARD}.get(box.clickedButton(), Answer.CANCEL)
    if kind == "confirm":
        box.setIcon(QMessageBox.Icon.Question)
        yes = box.addButton(QCoreApplication.translate("Dialogs", "Yes"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(QCoreApplication.translate("Dialogs", "No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return Answer.YES if box.clickedButton() is yes else Answer.NO
    box.setIcon(QMessageBox.Icon.Warning if kind == "warn" else QMessageBox.Icon.Information)
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return Answer.OK


# Tests replace this with a function that records the question and returns an answer.
answerer: Callable[[str, QWidget | None, str], Answer | str | None] = _ask_with_message_box


def ask_unsaved(parent: QWidget | None, text: str) -> Answer:
    """Save, discard or cancel."""
    return answerer("unsaved", parent, text)


def confirm(parent: QWidget | None, text: str) -> bool:
    return answerer("confirm", parent, text) is Answer.YES


def inform(parent: QWidget | None, text: str) -> None:
    answerer("inform", parent, text)


def warn(parent: QWidget | None, text: str) -> None:
    answerer("warn", parent, text)


def ask_text(parent: QWidget | None, text: str) -> str | None:
    """A few lines typed in answer to `text`; None when the person cancelled."""
    answer = answerer("text", parent, text)
    if answer is None or answer in (Answer.CANCEL, Answer.NO):
        return None
    return answer if isinstance(answer, str) else ""
