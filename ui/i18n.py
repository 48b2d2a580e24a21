"""English and Swahili for the interface, through Qt's translation system.

English is the source text; Swahili comes from resources/translations/haart_sw.qm (built
from haart_sw.ts by resources/translations/update.py). Labels of the controlled
vocabularies come with their Swahili from the core (`Term.label_in`); sentences the core
makes (errors, consent reasons, gate problems) are `Message`s, shown through `core_text`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from haart_archive.messages import catalog, translated

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = {"en": "English", "sw": "Kiswahili"}

_installed: list[QTranslator] = []
_current = "en"


def install_language(language: str) -> str:
    """Make `language` the interface language for widgets built from now on."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else "en"
    if _current != "en":
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"haart_{_current}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
        for name in ("qtbase", "qt"):
            qt_translator = QTranslator(app)
            if qt_translator.load(QLocale(_current), name, "_", _qt_translations()):
                app.installTranslator(qt_translator)
                _installed.append(qt_translator)
                break
    return _current


def current_language() -> str:
    return _current


def core_text(text: str) -> str:
    """A sentence from the core in the interface language: a `Message` is translated through
    the core's own catalog (the core cannot use Qt's); any other text is shown as it is."""
    return translated(text, catalog(_current))


def core_term(english: str) -> str:
    """A fixed English phrase the core stores as it is (an audit action such as 'testimony
    added'), in the interface language. What is stored never changes; only what is shown."""
    return catalog(_current).get(english, english) if _current != "en" else english


def _qt_translations() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
