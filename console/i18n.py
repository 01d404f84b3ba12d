"""Loads the console's translations; English is the source language, Ukrainian the default."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the console's (and Qt's own) translations for `language`.

    Returns the installed translators so a caller (or a test) can remove them again;
    Qt keeps only a weak hold, so they must also be kept alive by the caller.
    """
    if language == "en":
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"kuty_{language}", str(I18N_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        # An untranslated console still works; say so in the log rather than fail.
        log.warning("no %s translation in %s; showing English", language, I18N_DIR)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
