"""Preferences: the language of the window, where the data lives, reminders and the weekly
goal, and the stages of the hunt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import FieldProblem, StorageError, ValidationError
from tracker.domain.pipeline import Pipeline
from tracker.preferences import Settings
from tracker.services.pipeline import PipelineService
from tracker.ui.dialogs import messages
from tracker.ui.dialogs.reminder_preferences import ReminderPreferences
from tracker.ui.widgets.choice_combo import ChoiceCombo
from tracker.ui.widgets.stage_editor import StageEditor
from tracker.words.language import LANGUAGE_SYSTEM
from tracker.words.messages import field_message


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        pipelines: PipelineService,
        parent: QWidget | None = None,
        *,
        tray_available: bool = True,
        goal_hint: str = "",
    ):
        super().__init__(parent)
        self._settings = settings
        self._pipelines = pipelines
        self._original = pipelines.current()
        self.saved_pipeline: Pipeline | None = None  # set when OK stored a changed pipeline
        self.setWindowTitle(self.tr("Preferences"))
        self.resize(620, 480)
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
        folder.setWordWrap(True)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Data folder"), folder)
        self.stages = StageEditor(self._original, pipelines.used_keys())
        self.reminders = ReminderPreferences(
            settings, tray_available=tray_available, goal_hint=goal_hint
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.reminders, self.tr("Reminders and goal"))
        self.tabs.addTab(self.stages, self.tr("Stages"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.value()

    def accept(self) -> None:
        """Store a changed pipeline first; if it is refused, say why and keep the dialog open
        with everything as typed."""
        pipeline = self.stages.pipeline()
        if pipeline != self._original:
            try:
                if self.stages.has_duplicate_names():
                    raise ValidationError({"stages": FieldProblem.INVALID})
                self.saved_pipeline = self._pipelines.save(pipeline)
            except StorageError as error:
                messages.show_storage_error(self, error)
                return
            except ValidationError as error:
                self.tabs.setCurrentWidget(self.stages)
                problems = "\n".join(
                    field_message(problem, field) for field, problem in error.problems.items()
                )
                messages.show_error(self, self.tr("Stages not saved"), problems)
                return
        self.reminders.store(self._settings)
        super().accept()
