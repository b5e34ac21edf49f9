"""Preferences ▸ Reminders: desktop notifications, quiet hours, keeping Pivot in the tray, and
the weekly goal (with a goal suggested from the user's own interview rate)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from tracker.preferences import DEFAULT_QUIET, MOST_A_WEEK, Settings


class ReminderPreferences(QWidget):
    def __init__(
        self,
        settings: Settings,
        *,
        tray_available: bool,
        goal_hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.notifications = QCheckBox(self.tr("Show reminders as desktop notifications"))
        self.notifications.setChecked(settings.notifications)
        quiet = settings.quiet_hours
        self.quiet = QCheckBox(self.tr("Quiet hours, from"))
        self.quiet.setChecked(quiet is not None)
        start, end = quiet or DEFAULT_QUIET
        self.quiet_start = QTimeEdit(QTime(start.hour, start.minute))
        self.quiet_end = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
        self.quiet.toggled.connect(self._quiet_toggled)
        self._quiet_toggled(self.quiet.isChecked())
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        self.keep_in_tray = QCheckBox(
            self.tr("Keep Pivot running in the tray when its window closes")
        )
        self.keep_in_tray.setChecked(settings.keep_in_tray and tray_available)
        self.keep_in_tray.setEnabled(tray_available)
        tray_note = _note(
            self.tr(
                "Reminders reach you while Pivot runs; those that fall due while it is closed "
                "are shown, together, when it next starts."
            )
            if tray_available
            else self.tr("This desktop has no tray: reminders are listed in the Agenda.")
        )
        self.weekly_goal = QSpinBox()
        self.weekly_goal.setRange(0, MOST_A_WEEK)
        self.weekly_goal.setSpecialValueText(self.tr("No goal"))
        self.weekly_goal.setSuffix(self.tr(" a week"))
        self.weekly_goal.setValue(settings.weekly_goal)
        self.goal_hint = _note(goal_hint)
        form = QFormLayout(self)
        form.addRow(self.notifications)
        form.addRow(quiet_row)
        form.addRow(self.keep_in_tray)
        form.addRow(tray_note)
        form.addRow(self.tr("Applications goal"), self.weekly_goal)
        form.addRow("", self.goal_hint)

    def _quiet_toggled(self, on: bool) -> None:
        self.quiet_start.setEnabled(on)
        self.quiet_end.setEnabled(on)

    def store(self, settings: Settings) -> None:
        settings.notifications = self.notifications.isChecked()
        if self.quiet.isChecked():
            start, end = self.quiet_start.time(), self.quiet_end.time()
            settings.quiet_hours = (
                time(start.hour(), start.minute()),
                time(end.hour(), end.minute()),
            )
        else:
            settings.quiet_hours = None
        if self.keep_in_tray.isEnabled():
            settings.keep_in_tray = self.keep_in_tray.isChecked()
        settings.weekly_goal = self.weekly_goal.value()


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #6F6A86;")
    return label
