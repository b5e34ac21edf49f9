"""Splitters and table columns that come back as the user left them: each restored from the
settings when built and saved there when the window closes (and, for splitters, as soon as
they are moved)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QSplitter

from tracker.preferences import Settings

Remembered = QSplitter | QHeaderView


class RememberedLayout:
    """The remembered parts of one page, each under its own settings key."""

    def __init__(self, settings: Settings | None) -> None:
        self._settings = settings
        self._parts: dict[str, Remembered] = {}

    def add(self, key: str, part: Remembered) -> None:
        self._parts[key] = part
        if self._settings is None:
            return
        state = self._settings.state(key)
        if state is not None:
            part.restoreState(state)
        if isinstance(part, QSplitter):
            part.splitterMoved.connect(lambda *_: self._save(key, part))

    def save(self) -> None:
        for key, part in self._parts.items():
            self._save(key, part)

    def _save(self, key: str, part: Remembered) -> None:
        if self._settings is not None:
            self._settings.set_state(key, part.saveState())
