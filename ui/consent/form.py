"""The consent form: every field of a consent record, checked by the core's own rules
(`ConsentGrant.problems()`) before anything is recorded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from haart_archive.types.consent import (
    Anonymity,
    ConsentGrant,
    ConsentTaking,
    ConsentTerms,
    EventIdentity,
    Media,
    Method,
    Use,
    default_expiry,
    label,
)
from ui.i18n import core_text, current_language
from ui.widgets import CheckGroup, note


class ConsentForm(QWidget):
    submitted = Signal(object, bool)  # ConsentGrant, amend
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        language = current_language()
        self.consented_on = _date_edit(self.tr("Date consent was given"))
        self.consented_on.dateChanged.connect(self._default_expiry)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("How consent was given"))
        for method in Method:
            self.method.addItem(label(method, language), method.value)
        self.conversation_language = QComboBox()
        self.conversation_language.setEditable(True)
        self.conversation_language.setAccessibleName(self.tr("Language of the consent conversation"))
        self.conversation_language.addItems(["Kiswahili", "English", "Sheng", "Dholuo", "Kikuyu"])
        self.consenter_name = _line(self.tr("Who consented"))
        self.consenter_relation = _line(self.tr("Relation to the survivor"), "self")
        self.taken_by = _line(self.tr("Staff member who took the consent"))
        self.witness = _line(self.tr("Witness"))
        self.interpreter_used = QCheckBox(self.tr("An interpreter was used"))
        self.interpreter_name = _line(self.tr("Interpreter's name"))
        self.is_minor = QCheckBox(self.tr("The survivor is a minor (under 18)"))
        self.guardian_granted = QCheckBox(self.tr("A parent or guardian granted the consent"))
        self.minor_assent = QCheckBox(self.tr("The minor gave their own assent"))
        self.assent_note = _line(self.tr("How the minor gave assent"))
        self.uses = CheckGroup([(u.value, label(u, language)) for u in Use], self.tr("Uses allowed"))
        self.anonymity = QComboBox()
        self.anonymity.setAccessibleName(self.tr("How the survivor must be named"))
        for level in Anonymity:
            self.anonymity.addItem(label(level, language), level.value)
        self.media = CheckGroup([(m.value, label(m, language)) for m in Media], self.tr("Material allowed"))
        self.expires_on = _date_edit(self.tr("Consent expires on"))
        self.review = QCheckBox(self.tr("The survivor wants to review anything before it is published"))
        self.risk_flag = QCheckBox(self.tr("There is a safety risk to the survivor"))
        self.risk_details = QPlainTextEdit()
        self.risk_details.setAccessibleName(self.tr("Risk details"))
        self.risk_details.setTabChangesFocus(True)
        self.conditions = QPlainTextEdit()
        self.conditions.setAccessibleName(self.tr("Conditions, in the survivor's own words"))
        self.conditions.setTabChangesFocus(True)
        for edit in (self.risk_details, self.conditions):
            edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.amend = QCheckBox(self.tr("This replaces the current terms (an amendment)"))
        self.problems = note()
        self.problems.setObjectName("warning")
        self._layout()
        self.reset()

    def _layout(self) -> None:
        who = QGroupBox(self.tr("Who and how"))
        form = QFormLayout(who)
        form.addRow(self.tr("Consent given on:"), self.consented_on)
        form.addRow(self.tr("Method:"), self.method)
        form.addRow(self.tr("Language spoken:"), self.conversation_language)
        form.addRow(self.tr("Consenter's name:"), self.consenter_name)
        form.addRow(self.tr("Relation:"), self.consenter_relation)
        form.addRow(self.tr("Taken by:"), self.taken_by)
        form.addRow(self.tr("Witness:"), self.witness)
        form.addRow(self.interpreter_used)
        form.addRow(self.tr("Interpreter:"), self.interpreter_name)
        form.addRow(self.is_minor)
        form.addRow(self.guardian_granted)
        form.addRow(self.minor_assent)
        form.addRow(self.tr("Assent:"), self.assent_note)
        what = QGroupBox(self.tr("What the survivor allowed"))
        terms = QFormLayout(what)
        terms.addRow(self.tr("Uses:"), self.uses)
        terms.addRow(self.tr("Naming:"), self.anonymity)
        terms.addRow(self.tr("Material:"), self.media)
        terms.addRow(self.tr("Expires on:"), self.expires_on)
        terms.addRow(self.review)
        terms.addRow(self.risk_flag)
        terms.addRow(self.tr("Risk details:"), self.risk_details)
        terms.addRow(self.tr("Conditions:"), self.conditions)
        record = QPushButton(self.tr("Record this consent"))
        record.setDefault(True)
        record.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.amend)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(record)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(what)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    def reset(self, *, has_consent: bool = False) -> None:
        self.consented_on.setDate(QDate.currentDate())
        self._default_expiry(self.consented_on.date())
        for edit in (self.consenter_name, self.taken_by, self.witness, self.interpreter_name, self.assent_note):
            edit.clear()
        self.consenter_relation.setText("self")
        for box in (self.interpreter_used, self.is_minor, self.guardian_granted, self.minor_assent,
                    self.review, self.risk_flag):
            box.setChecked(False)
        self.uses.set_checked(())
        self.media.set_checked(())
        self.anonymity.setCurrentIndex(0)
        self.risk_details.clear()
        self.conditions.clear()
        self.problems.clear()
        self.amend.setChecked(has_consent)
        self.amend.setVisible(has_consent)

    def _default_expiry(self, day: QDate) -> None:
        self.expires_on.setDate(QDate(default_expiry(day.toPython())))

    def grant(self) -> ConsentGrant:
        conditions = self.conditions.toPlainText().strip()
        return ConsentGrant(
            consented_on=self.consented_on.date().toPython(),
            taking=ConsentTaking(
                method=Method(self.method.currentData()),
                language=self.conversation_language.currentText().strip() or "?",
                interpreter_used=self.interpreter_used.isChecked(),
                is_minor=self.is_minor.isChecked(),
                guardian_granted=self.guardian_granted.isChecked(),
                minor_assent=self.minor_assent.isChecked(),
            ),
            terms=ConsentTerms(
                uses=frozenset(Use(code) for code in self.uses.checked()),
                anonymity=Anonymity(self.anonymity.currentData()),
                media=frozenset(Media(code) for code in self.media.checked()),
                expires_on=self.expires_on.date().toPython(),
                review_before_publication=self.review.isChecked(),
                risk_flag=self.risk_flag.isChecked(),
                has_conditions=bool(conditions),
            ),
            identity=EventIdentity(
                consenter_name=self.consenter_name.text().strip(),
                consenter_relation=self.consenter_relation.text().strip(),
                taken_by=self.taken_by.text().strip(),
                witness=self.witness.text().strip(),
                interpreter_name=self.interpreter_name.text().strip(),
                assent_note=self.assent_note.text().strip(),
                conditions=conditions,
                risk_details=self.risk_details.toPlainText().strip(),
            ),
        )

    def submit(self) -> None:
        grant = self.grant()
        problems = grant.problems()
        if problems:
            self.problems.setText("\n".join(f"• {core_text(p)}" for p in problems))
            return
        self.problems.clear()
        self.submitted.emit(grant, self.amend.isChecked())

    def set_uses(self, uses: list[str], media: list[str]) -> None:
        """Tick uses and media by identifier (keyboard users tick them with Space)."""
        self.uses.set_checked(uses)
        self.media.set_checked(media)


def _date_edit(accessible_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(accessible_name)
    edit.setDate(QDate(dt.date.today()))
    return edit


def _line(accessible_name: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(accessible_name)
    return edit
