"""Translators: the application's own (.qm from resources/translations) and Qt's."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Install translators for `language` ("vi" or "en"); returns what was loaded.

    The source strings are Vietnamese. For Vietnamese, Qt ships no qtbase_vi, so our own
    qtbase_vi.qm translates the standard buttons and dialogs (OK, Cancel, Yes, No…).
    """
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    loaded = []
    folder = resources_dir() / "translations"
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        candidates = [("qtbase_vi", str(folder)),
                      ("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        candidates = [("kehoach_en", str(folder))]
    seen = set()
    for name, directory in candidates:
        if name in seen:
            continue
        tr = QTranslator(app)
        if tr.load(name, directory):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded.append(name)
            seen.add(name)
    if language == "en" and "kehoach_en" not in loaded:
        log.warning("English translation not found in %s (run `make translations`)", folder)
    return loaded
