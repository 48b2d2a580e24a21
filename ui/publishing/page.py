"""Publications: the builder, the register, the take-down list and partner exports, as tabs
of one place. Each tab is its own module; this page wires them together."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from haart_archive.archive import Archive
from ui.page import Page
from ui.partner.view import PartnerExportView
from ui.publishing.builder import PublicationBuilder
from ui.publishing.clearances import ClearancesView
from ui.publishing.register import RegisterView, TakedownView
from ui.tasks import TaskRunner
from ui.widgets import heading


class PublicationsPage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.builder = PublicationBuilder(archive, runner)
        self.register = RegisterView(archive)
        self.takedowns = TakedownView(archive)
        self.partner = PartnerExportView(archive, runner)
        self.clearances = ClearancesView(archive, runner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Publications"))
        self.tabs.addTab(self.builder, self.tr("Build"))
        self.tabs.addTab(self.register, self.tr("Register"))
        self.tabs.addTab(self.takedowns, self.tr("Take down"))
        self.tabs.addTab(self.partner, self.tr("Partner export"))
        self.tabs.addTab(self.clearances, self.tr("Clearances"))
        self.clearances.changed.connect(self._clearance_count)
        self.clearances.open_spec.connect(self._open_cleared)
        self.builder.clearance_requested.connect(lambda _id: self.clearances.reload())
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.builder.built.connect(lambda _id: self.register.reload())
        self.partner.exported.connect(lambda _id: self.register.reload())
        self.takedowns.changed.connect(self._takedown_count)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Publications")))
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Publications")

    def show_tab(self, name: str) -> None:
        tab = {"build": self.builder, "register": self.register, "takedown": self.takedowns,
               "partner": self.partner, "clearances": self.clearances}[name]
        self.tabs.setCurrentWidget(tab)
        self._tab_shown()

    def shown(self) -> None:
        self.takedowns.reload()  # the tab's title counts what waits, so it is loaded at once
        self.clearances.reload()
        self._tab_shown()

    def _tab_shown(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.builder and self.builder.library.rowCount() == 0:
            self.builder.reload()
        elif current is self.register:
            self.register.reload()
        elif current is self.takedowns:
            self.takedowns.reload()
        elif current is self.clearances:
            self.clearances.reload()

    def _takedown_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.takedowns)
        text = self.tr("Take down (%1)").replace("%1", str(count)) if count else self.tr("Take down")
        self.tabs.setTabText(index, text)

    def _clearance_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.clearances)
        self.tabs.setTabText(index, self.tr("Clearances (%1)").replace("%1", str(count)) if count
                             else self.tr("Clearances"))

    def _open_cleared(self, spec) -> None:
        self.builder.reload()
        self.builder.set_spec(spec.to_dict())
        self.tabs.setCurrentWidget(self.builder)

    def archive_changed(self, record_id: str, kind: str) -> None:
        if self.isVisible():
            self.builder.reload()
            self.takedowns.reload()

    def clear(self) -> None:
        for view in (self.builder, self.register, self.takedowns, self.partner, self.clearances):
            view.clear()
