"""Install Pivot's translation and Qt's own, following Preferences or the system locale."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tracker.paths import resources_dir

logger = logging.getLogger(__name__)

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGE_SYSTEM = "system"  # the choice of following the system's language


def window_is_chinese() -> bool:
    """True when the window speaks Chinese (installing a translation sets the default
    locale), so that figures and names follow the window's language."""
    return QLocale().language() == QLocale.Language.Chinese


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the one chosen in Preferences, else the system's if Pivot has it."""
    if setting != LANGUAGE_SYSTEM:
        return setting
    locale = system or QLocale.system()
    return CHINESE if locale.language() == QLocale.Language.Chinese else ENGLISH


def window_language(setting: str, *, chinese_font: bool, system: QLocale | None = None) -> str:
    """The window's language: as resolve_language, but English when no installed font can draw
    Chinese (the window would show boxes, its warning about the missing font included)."""
    language = resolve_language(setting, system)
    return ENGLISH if language == CHINESE and not chinese_font else language


class Translators:
    """Owns the installed translators so that a language switch can replace them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = ENGLISH

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language
        chinese = language == CHINESE
        QLocale.setDefault(
            QLocale(QLocale.Language.Chinese if chinese else QLocale.Language.English)
        )
        # English is the source language: its file holds only the plural forms ("1 row").
        sources = [(f"pivot_{language}", str(resources_dir() / "i18n"))]
        if language != ENGLISH:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            sources.append((f"qtbase_{language}", qt_dir))
        for name, folder in sources:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                logger.warning("translation %s not found", name)
