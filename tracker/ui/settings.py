"""Preferences and window state, in one INI file. Every key is declared here once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGE_SYSTEM = "system"
LANGUAGES = (LANGUAGE_SYSTEM, "zh_CN", "en")


class Settings:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._settings.value("general/language", LANGUAGE_SYSTEM))
        return value if value in LANGUAGES else LANGUAGE_SYSTEM

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("general/language", value)

    def state(self, key: str) -> QByteArray | None:
        """A saved geometry or header state, e.g. ``state("main_window/geometry")``."""
        value = self._settings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._settings.sync()
