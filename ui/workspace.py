"""The unlocked main area: the places a user goes, chosen by role, beside their pages."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.roles import Role
from ui import dialogs
from ui.dialogs import Answer
from ui.pages.base import ComingPage, Page
from ui.tasks import TaskRunner

# The places, in the order the navigation shows them, and who sees each.
PLACES: dict[str, set[Role]] = {
    "testimonies": {Role.CUSTODIAN, Role.EDITOR},
    "search": set(Role),
    "consent": {Role.CUSTODIAN, Role.EDITOR},
    "redaction": {Role.CUSTODIAN, Role.EDITOR},
    "public_texts": set(Role),
    "statistics": set(Role),
    "screening": set(Role),
    "publications": {Role.CUSTODIAN, Role.EDITOR, Role.COMMUNICATIONS},
    "audit": {Role.CUSTODIAN},
    "users": {Role.CUSTODIAN},
    "import": {Role.CUSTODIAN, Role.EDITOR},
    "backup": {Role.CUSTODIAN},
}


PAGE_MODULES = {
    "redaction": ("ui.pages.redaction_desk", "RedactionDeskPage"),
    "publications": ("ui.pages.publications", "PublicationsPage"),
    "public_texts": ("ui.pages.public_texts", "PublicTextsPage"),
    "import": ("ui.pages.import_page", "ImportPage"),
    "backup": ("ui.pages.backup_page", "BackupPage"),
    "statistics": ("ui.statistics.page", "StatisticsPage"),
    "screening": ("ui.screening.panel", "ScreeningPage"),
}


def places_for(role: Role) -> list[str]:
    return [place for place, roles in PLACES.items() if role in roles]


class Workspace(QWidget):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.pages: dict[str, Page] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Places"))
        self.stack = QStackedWidget()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        for place in places_for(archive.role):
            self._add_page(place, self._make_page(place))
        self.nav.setMaximumWidth(max(180, self.nav.sizeHintForColumn(0) + 32))
        self.nav.currentRowChanged.connect(self._nav_changed)
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        archive.on_change(self._archive_changed)
        self.nav.setCurrentRow(0)

    def _make_page(self, place: str) -> Page:
        archive, runner = self.archive, self.runner
        if place == "testimonies":
            from ui.pages.testimonies import TestimoniesPage

            return TestimoniesPage(archive, runner)
        if place == "audit":
            from ui.pages.audit import AuditPage

            return AuditPage(archive, runner)
        if place == "users":
            from ui.pages.users import UsersPage

            return UsersPage(archive, runner)
        if place in PAGE_MODULES:  # publications, public texts, import, backup
            module, name = PAGE_MODULES[place]
            return getattr(import_module(module), name)(archive, runner)
        if place == "consent" and _has_service(archive, "consent"):
            from ui.pages.consent import ConsentPage

            return ConsentPage(archive, runner)
        if place == "search" and _has_service(archive, "search"):
            from ui.pages.search import SearchPage

            return SearchPage(archive, runner, open_testimony=self.open_testimony)
        return self._coming(place)

    def _coming(self, place: str) -> Page:
        names = {
            "search": (self.tr("Search"), self.tr("Search arrives with the search service.")),
            "consent": (self.tr("Consent"), self.tr("Consent records arrive with the consent service.")),
            "redaction": (self.tr("Redaction desk"), self.tr(
                "The redaction desk will show the original and the redacted text side by side. It is not ready yet.")),
            "publications": (self.tr("Publications"), self.tr(
                "Publications will list what left the archive, where and under which consent. Not ready yet.")),
            "public_texts": (self.tr("Public texts"), self.tr(
                "Approved, redacted texts will be listed here once the redaction desk is ready. "
                "Use Search to find them.")),
        }
        name, explanation = names[place]
        return ComingPage(self.archive, self.runner, name, explanation)

    def _add_page(self, place: str, page: Page) -> None:
        self.pages[place] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(page.title())
        item.setData(Qt.ItemDataRole.UserRole, place)
        self.nav.addItem(item)

    # -- navigation ----------------------------------------------------------------------------
    def current_place(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def go(self, place: str) -> bool:
        """Show a place; asks first when the current page has unsaved changes."""
        if place not in self.pages:
            return False
        self.nav.setCurrentRow(list(self.pages).index(place))
        return self.current_place() == place

    def _nav_changed(self, row: int) -> None:
        current = self.stack.currentWidget()
        target = list(self.pages.values())[row]
        if current is not target and isinstance(current, Page) and not self._may_leave(current):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentWidget(target)
        target.shown()

    def _may_leave(self, page: Page) -> bool:
        if not page.has_unsaved_changes():
            return True
        answer = dialogs.ask_unsaved(self, self.tr("You have unsaved changes on this page."))
        if answer is Answer.SAVE:
            return page.save()
        if answer is Answer.DISCARD:
            page.discard()
            return True
        return False

    def open_testimony(self, testimony_id: str) -> None:
        """Open a testimony from another page (a search result, a consent record)."""
        if "testimonies" in self.pages and self.go("testimonies"):
            page = self.pages["testimonies"]
            if page.leave_editor():
                page.open_testimony(testimony_id)

    # -- unsaved changes, locking ------------------------------------------------------------------
    def unsaved_pages(self) -> list[Page]:
        return [page for page in self.pages.values() if page.has_unsaved_changes()]

    def resolve_unsaved(self) -> bool:
        """Before a lock the user asked for: save, discard or cancel each unsaved page."""
        return all(self._may_leave(page) for page in self.unsaved_pages())

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def clear(self) -> None:
        for page in self.pages.values():
            page.clear()
        self.banner.clear()

    def _archive_changed(self, record_id: str, kind: str) -> None:
        for page in self.pages.values():
            page.archive_changed(record_id, kind)


def _has_service(archive: Archive, name: str) -> bool:
    return name in type(archive).__dict__
