"""Start the desktop app: `run()` is what `haart-archive` and `haart-archive gui` call."""

from __future__ import annotations

import atexit
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.errors import install_excepthook
from ui.i18n import install_language
from ui.settings import APPLICATION, ORGANISATION, interface_language, remembered_folder
from ui.style import apply_style
from ui.window import AppWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    apply_style(app)
    install_language(interface_language())
    return app


def open_demo(progress=None) -> tuple[Path, list[tuple[str, str, str]], str]:
    """A fresh demo archive in a new temporary folder, removed when the app quits;
    `progress(done, total)` is told each step (the window shows it while this runs)."""
    from haart_archive import demo as demo_module

    parent = Path(tempfile.mkdtemp(prefix="haart-demo-"))
    atexit.register(shutil.rmtree, parent, ignore_errors=True)
    folder = parent / "archive"
    demo = demo_module.create_demo_archive(folder, progress=progress)
    opened = getattr(demo, "archive", None)
    if opened is not None and hasattr(opened, "lock"):
        opened.lock()
    credentials = [(str(name), str(role), str(passphrase)) for name, role, passphrase in demo.credentials]
    return Path(getattr(demo, "folder", folder)), credentials, str(getattr(demo, "recovery_key", ""))


def build_window(archive_path: Path | None = None, demo: bool = False) -> AppWindow:
    if demo:  # the window shows at once, with progress, while the demo archive is made
        return AppWindow(None, make_demo=open_demo)
    folder = Path(archive_path) if archive_path else remembered_folder()
    return AppWindow(folder)


def run(archive_path: Path | None = None, demo: bool = False, argv: list[str] | None = None) -> int:
    """Show the window (setup on first run, else the lock screen) and run until it closes."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = make_application(argv)
    install_excepthook()
    window = build_window(archive_path, demo)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(run())
