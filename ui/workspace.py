"""The unlocked main area: the places a user goes, chosen by role, beside their pages."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
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
from haart_archive.types.users import Role
from ui.page import Page
from ui.tasks import TaskRunner

# The places, in the order the navigation shows them, and who sees each.
PLACES: dict[str, set[Role]] = {
    "home": set(Role),
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


# Where each place's page lives; imported when a role that sees the place unlocks.
PAGE_MODULES = {
    "home": ("ui.home.page", "HomePage"),
    "testimonies": ("ui.testimonies.page", "TestimoniesPage"),
    "search": ("ui.search.page", "SearchPage"),
    "consent": ("ui.consent.page", "ConsentPage"),
    "redaction": ("ui.redaction.desk", "RedactionDeskPage"),
    "public_texts": ("ui.publishing.public_texts", "PublicTextsPage"),
    "publications": ("ui.publishing.page", "PublicationsPage"),
    "audit": ("ui.audit.page", "AuditPage"),
    "users": ("ui.staff.page", "UsersPage"),
    "import": ("ui.importing.page", "ImportPage"),
    "backup": ("ui.backup.page", "BackupPage"),
    "statistics": ("ui.statistics.page", "StatisticsPage"),
    "screening": ("ui.screening.panel", "ScreeningPage"),
}


def places_for(role: Role) -> list[str]:
    return [place for place, roles in PLACES.items() if role in roles]


class Workspace(QWidget):
    # The core tells of a change from the thread that made it (a worker, for saves and
    # imports); the pages hear of it on the UI thread.
    record_changed = Signal(str, str)

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
        # As wide as the longest place name in the (bold) navigation font plus its padding, so a
        # Swahili name such as "Meza ya kuficha taarifa" is never cut and no scroll bar appears.
        font = self.nav.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())),
                     default=0)
        self.nav.setFixedWidth(max(180, widest + 2 * metrics.horizontalAdvance("M") + 28))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._nav_changed)
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.record_changed.connect(self._archive_changed)
        archive.on_change(self.record_changed.emit)
        self.nav.setCurrentRow(0)

    def _make_page(self, place: str) -> Page:
        module, name = PAGE_MODULES[place]
        page_class = getattr(import_module(module), name)
        if place == "search":
            return page_class(self.archive, self.runner, open_testimony=self.open_testimony)
        if place == "home":
            return page_class(self.archive, self.runner, go=self.go)
        return page_class(self.archive, self.runner)

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
        """Show a place ("publications:clearances" also opens a tab); asks first when the
        current page has unsaved changes."""
        place, _, tab = place.partition(":")
        if place not in self.pages:
            return False
        self.nav.setCurrentRow(list(self.pages).index(place))
        if tab and self.current_place() == place and hasattr(self.pages[place], "show_tab"):
            self.pages[place].show_tab(tab)
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
        return page.settle_unsaved(self.tr("You have unsaved changes on this page."))

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

