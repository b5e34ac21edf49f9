"""Preferences: the language of the window, and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from tracker.ui.settings import LANGUAGE_SYSTEM, Settings
from tracker.ui.widgets.choice_combo import ChoiceCombo


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        # Each language is named in itself, so that it can be found whatever is showing.
        self.language = ChoiceCombo(
            [
                (self.tr("Follow the system"), LANGUAGE_SYSTEM),
                ("中文（简体）", "zh_CN"),
                ("English", "en"),
            ]
        )
        self.language.set_value(settings.language)
        folder = QLabel(str(data_dir))
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Language"), self.language)
        layout.addRow(self.tr("Data folder"), folder)
        layout.addRow(buttons)

    def chosen_language(self) -> str:
        return self.language.value()
