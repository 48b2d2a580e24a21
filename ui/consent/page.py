"""Consent: what a survivor allowed, in plain words; the history as a timeline; recording a
grant; withdrawal as one clear action that lists what to take down; the expiring-soon list
and the consent receipt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QDate, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.types.consent import ConsentEvent, EventKind, Media, Use, label, labels
from ui import dialogs
from ui.consent.form import ConsentForm
from ui.errors import show_error
from ui.i18n import core_text, current_language
from ui.page import Page
from ui.tasks import TaskRunner
from ui.widgets import CheckGroup, heading, note

EXPIRING_DAYS = 60


class ConsentPage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.testimony_id: str | None = None
        self.titles: dict[str, str] = {}
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Testimony"))
        self.picker.currentIndexChanged.connect(lambda _i: self.show_testimony(self.picker.currentData()))
        # Expired and expiring apart: the first may no longer be used at all, the second soon.
        self.expired = self._consent_list(self.tr("Consents that have expired"))
        self.expiring = self._consent_list(self.tr("Consents expiring soon"))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Testimony:")))
        left.addWidget(self.picker)
        self.expired_label = QLabel(self.tr("Expired:"))
        left.addWidget(self.expired_label)
        left.addWidget(self.expired, 1)
        left.addWidget(QLabel(self.tr("Expiring within %1 days:").replace("%1", str(EXPIRING_DAYS))))
        left.addWidget(self.expiring, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        self.views = QStackedWidget()
        self.views.addWidget(self._summary_view())
        self.form = ConsentForm()
        self.form.submitted.connect(self._record_grant)
        self.form.cancelled.connect(lambda: self.views.setCurrentIndex(0))
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        self.views.addWidget(scroll)
        self.receipt = QTextBrowser()
        self.receipt.setAccessibleName(self.tr("Consent receipt"))
        self.views.addWidget(self._receipt_view())
        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Consent")))
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Consent")

    def _consent_list(self, name: str) -> QListWidget:
        listing = QListWidget()
        listing.setAccessibleName(name)
        listing.setWordWrap(True)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setTextElideMode(Qt.TextElideMode.ElideNone)
        listing.itemClicked.connect(self._pick_expiring)  # one click opens it, as a link would
        listing.itemActivated.connect(self._pick_expiring)
        return listing

    def _summary_view(self) -> QWidget:
        page = QWidget()
        self.state_label = heading("", 2)
        self.words = note()
        self.words.setObjectName("words")
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Consent history"))
        self.timeline.setWordWrap(True)
        self.takedowns = note()
        self.takedowns.setObjectName("notice")
        self.takedowns.hide()
        self.grant_button = QPushButton(self.tr("Record consent…"))
        self.grant_button.clicked.connect(self._show_form)
        self.withdraw_button = QPushButton(self.tr("Withdraw all consent"))
        self.withdraw_button.setObjectName("danger")
        self.withdraw_button.setAccessibleName(self.tr("Withdraw all consent for this testimony"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.receipt_button = QPushButton(self.tr("Consent receipt"))
        self.receipt_button.clicked.connect(self._show_receipt)
        buttons = QHBoxLayout()
        for button in (self.grant_button, self.withdraw_button, self.receipt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.state_label)
        layout.addWidget(self.words)
        layout.addLayout(buttons)
        layout.addLayout(self._renew_and_part_row())
        layout.addWidget(self.part_box)
        layout.addWidget(self.takedowns)
        layout.addWidget(QLabel(self.tr("History (oldest first):")))
        layout.addWidget(self.timeline, 1)
        return page

    def _renew_and_part_row(self) -> QHBoxLayout:
        self.renew_date = QDateEdit(QDate.currentDate().addYears(1))
        self.renew_date.setCalendarPopup(True)
        self.renew_date.setDisplayFormat("yyyy-MM-dd")
        self.renew_date.setAccessibleName(self.tr("Renew the consent until"))
        self.renew_button = QPushButton(self.tr("Renew until this date"))
        self.renew_button.clicked.connect(lambda: self.renew())
        self.part_button = QPushButton(self.tr("Withdraw some uses or media…"))
        self.part_button.setCheckable(True)
        self.part_button.toggled.connect(lambda on: self.part_box.setVisible(on))
        language = current_language()
        self.part_uses = CheckGroup([(u.value, label(u, language)) for u in Use], self.tr("Uses to withdraw"))
        self.part_media = CheckGroup([(m.value, label(m, language)) for m in Media], self.tr("Media to withdraw"))
        self.part_confirm = QPushButton(self.tr("Withdraw the ticked uses and media"))
        self.part_confirm.setObjectName("danger")
        self.part_confirm.clicked.connect(lambda: self.withdraw_part())
        self.part_box = QGroupBox(self.tr("Partial withdrawal: tick what the survivor takes back"))
        box_layout = QVBoxLayout(self.part_box)
        columns = QHBoxLayout()
        columns.addWidget(self.part_uses, 3)
        columns.addWidget(self.part_media, 2)
        box_layout.addLayout(columns)
        box_layout.addWidget(self.part_confirm, 0, Qt.AlignmentFlag.AlignRight)
        self.part_box.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Renew until:")))
        row.addWidget(self.renew_date)
        row.addWidget(self.renew_button)
        row.addStretch(1)
        row.addWidget(self.part_button)
        return row

    def renew(self, until: dt.date | None = None) -> None:
        if self.testimony_id is None:
            return
        until = until or self.renew_date.date().toPython()
        try:
            self.archive.consent.renew(self.testimony_id, until)
        except Exception as error:
            show_error(self, error)
            return
        self.reload()

    def withdraw_part(self, uses: Iterable[str] | None = None, media: Iterable[str] | None = None) -> None:
        if self.testimony_id is None:
            return
        uses = self.part_uses.checked() if uses is None else list(uses)
        media = self.part_media.checked() if media is None else list(media)
        if not uses and not media:
            dialogs.inform(self, self.tr("Tick at least one use or medium to withdraw."))
            return
        language = current_language()
        what = ", ".join([label(Use(u), language) for u in uses] + [label(Media(m), language) for m in media])
        question = self.tr("Withdraw consent for: %1? This is recorded and cannot be undone; everything "
                           "already published with it must be taken down.").replace("%1", what)
        if not dialogs.confirm(self, question):
            return
        try:
            notices = self.archive.consent.withdraw(self.testimony_id, uses=uses, media=media)
        except Exception as error:
            show_error(self, error)
            return
        self.part_uses.set_checked([])
        self.part_media.set_checked([])
        self.part_button.setChecked(False)
        self.reload()
        self._show_takedowns(notices, partial=True)

    def _receipt_view(self) -> QWidget:
        page = QWidget()
        self.receipt_language = QComboBox()
        self.receipt_language.setAccessibleName(self.tr("Language of the receipt"))
        self.receipt_language.addItem("English", "en")
        self.receipt_language.addItem("Kiswahili", "sw")
        self.receipt_language.currentIndexChanged.connect(lambda _i: self._show_receipt())
        save = QPushButton(self.tr("Save as PDF…"))
        save.clicked.connect(self._save_receipt)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.views.setCurrentIndex(0))
        row = QHBoxLayout()
        row.addWidget(self.receipt_language)
        row.addStretch(1)
        row.addWidget(back)
        row.addWidget(save)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.receipt, 1)
        return page

    # -- loading ----------------------------------------------------------------------------------
    def shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            summaries = self.archive.testimonies.list()
            soon = self.archive.consent.expiring(EXPIRING_DAYS)
            gone = self.archive.consent.expired()
        except Exception as error:
            show_error(self, error)
            return
        self.titles = {s.id: s.title or s.id[:8] for s in summaries}
        current = self.testimony_id
        self.picker.blockSignals(True)
        self.picker.clear()
        for summary in summaries:
            self.picker.addItem(self.titles[summary.id], summary.id)
        self.picker.blockSignals(False)
        for listing, entries, words, nothing in (
                (self.expired, gone, self.tr("expired %1"), self.tr("None.")),
                (self.expiring, soon, self.tr("expires %1"), self.tr("None in the next %1 days.")
                 .replace("%1", str(EXPIRING_DAYS)))):
            listing.clear()
            for entry in sorted(entries, key=lambda e: e.expires_on):
                text = self.titles.get(entry.testimony_id, "?") + "\n    " + words.replace(
                    "%1", entry.expires_on.isoformat())
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.testimony_id)
                listing.addItem(item)
            if not entries:
                empty = QListWidgetItem(nothing)
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                listing.addItem(empty)
        if current in self.titles or summaries:
            self.select(current if current in self.titles else summaries[0].id)

    def select(self, testimony_id: str) -> None:
        index = self.picker.findData(testimony_id)
        if index >= 0:
            self.picker.setCurrentIndex(index)
            self.show_testimony(testimony_id)

    def _pick_expiring(self, item: QListWidgetItem) -> None:
        testimony_id = item.data(Qt.ItemDataRole.UserRole)
        if testimony_id:
            self.select(testimony_id)

    def show_testimony(self, testimony_id: str | None) -> None:
        self.testimony_id = testimony_id
        self.views.setCurrentIndex(0)
        self.takedowns.hide()
        if testimony_id is None:
            return
        language = current_language()
        try:
            current = self.archive.consent.current(testimony_id)
            words = self.archive.consent.describe(testimony_id, language)
            history = self.archive.consent.history(testimony_id)
        except Exception as error:
            show_error(self, error)
            return
        self.state_label.setText(self.tr("Consent: %1").replace("%1", label(current.state, language)))
        self.words.setText("\n".join(words))
        self.timeline.clear()
        for event in history:
            self.timeline.addItem(self._event_line(event, language))
        if not history:
            standing = self.archive.consent_standing(testimony_id)
            self.words.setText(core_text(standing.sentence))
            empty = QListWidgetItem(self.tr("Nothing recorded yet. When the survivor gives consent, press "
                                            "“Record consent…” and fill in the form with them."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.timeline.addItem(empty)
        self.receipt_button.setEnabled(bool(history))  # a receipt of nothing would mislead
        self.withdraw_button.setEnabled(current.in_force)
        self.part_button.setEnabled(current.in_force)
        self.renew_button.setEnabled(current.terms is not None)

    def _event_line(self, event: ConsentEvent, language: str) -> str:
        kinds = {
            EventKind.GRANTED: self.tr("Consent granted"),
            EventKind.AMENDED: self.tr("Terms changed"),
            EventKind.RENEWED: self.tr("Renewed"),
            EventKind.PARTLY_WITHDRAWN: self.tr("Partly withdrawn"),
            EventKind.WITHDRAWN: self.tr("All consent withdrawn"),
            EventKind.EXPIRED: self.tr("Expired"),
        }
        parts = [f"{event.effective_on.isoformat()}  {kinds[event.kind]}"]
        if event.terms is not None:
            parts.append(self.tr("allowed: %1").replace("%1", labels(event.terms.uses, language) or "-"))
            parts.append(self.tr("until %1").replace("%1", event.terms.expires_on.isoformat()))
        if event.renewed_until:
            parts.append(self.tr("until %1").replace("%1", event.renewed_until.isoformat()))
        if event.withdrawn_uses or event.withdrawn_media:
            parts.append(labels(set(event.withdrawn_uses) | set(event.withdrawn_media), language)
                         if not (event.withdrawn_uses and event.withdrawn_media)
                         else labels(event.withdrawn_uses, language) + "; " + labels(event.withdrawn_media, language))
        return " — ".join(parts)

    # -- actions ----------------------------------------------------------------------------------------
    def _show_form(self) -> None:
        if self.testimony_id is None:
            return
        in_force = self.archive.consent.current(self.testimony_id).terms is not None
        self.form.reset(has_consent=in_force)
        self.views.setCurrentIndex(1)
        self.form.consenter_name.setFocus()

    def _record_grant(self, grant, amend: bool) -> None:
        try:
            testimony_id = self.testimony_id
            self.runner.call(self.tr("Saving the consent…"),
                             lambda: self.archive.consent.grant(testimony_id, grant, amend=amend), self)
        except Exception as error:
            show_error(self, error)
            return
        self.form.reset()
        self.reload()

    def withdraw(self) -> None:
        if self.testimony_id is None:
            return
        question = self.tr(
            "Withdraw all consent for \"%1\"? From today nothing from this testimony may be used "
            "or published. This is recorded and cannot be undone; the survivor can give consent again later."
        ).replace("%1", self.titles.get(self.testimony_id, ""))
        if not dialogs.confirm(self, question):
            return
        try:
            notices = self.archive.consent.withdraw(self.testimony_id)
        except Exception as error:
            show_error(self, error)
            return
        self.reload()
        self._show_takedowns(notices)

    def _show_takedowns(self, notices: list, partial: bool = False) -> None:
        if not notices:
            text = self.tr(
                "Consent withdrawn. Nothing from this testimony was published, so nothing needs taking down.")
        else:
            lines = [f"• {n.action}: {n.channel} ({n.kind}) — {n.reason}" for n in notices]
            text = self.tr("Consent withdrawn. Take these down now:") + "\n" + "\n".join(lines)
        if partial:
            text += "\n" + self.tr("The take-down list is also under Publications.")
        self.takedowns.setText(text)
        self.takedowns.show()

    def _show_receipt(self) -> None:
        if self.testimony_id is None:
            return
        try:
            page = self.archive.consent.receipt_html(self.testimony_id, self.receipt_language.currentData())
        except Exception as error:
            show_error(self, error)
            return
        self.receipt.setHtml(page)
        self.views.setCurrentIndex(2)

    def _save_receipt(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the consent receipt"), "consent-receipt.pdf",
                                              "PDF (*.pdf)")
        if path:
            save_html_as_pdf(self.receipt.toHtml(), Path(path))

    def archive_changed(self, record_id: str, kind: str) -> None:
        if self.isVisible() and self.views.currentIndex() == 0:
            self.reload()

    def clear(self) -> None:
        self.picker.clear()
        self.expiring.clear()
        self.expired.clear()
        self.timeline.clear()
        self.words.clear()
        self.receipt.clear()
        self.form.reset()
        self.part_button.setChecked(False)
        self.part_uses.set_checked([])
        self.part_media.set_checked([])
        self.titles = {}
        self.testimony_id = None


def save_html_as_pdf(page: str, path: Path) -> None:
    """Render in memory and write only the file the user chose."""
    document = QTextDocument()
    document.setHtml(page)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15)))
    document.print_(writer)
