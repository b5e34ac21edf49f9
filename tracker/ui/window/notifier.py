"""Reminders that reach the user: desktop notifications through the system tray (the
platform's own notification centre), checked every minute while Pivot runs; those that fell due
while it was closed are shown once at the start, gathered in one notification. Clicking a
notification opens the record. Where the platform has no tray, Pivot says so once and the
Agenda still lists what is due."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from tracker.domain.errors import PivotError
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow
from tracker.domain.reminders import QuietHours, Reminder, due_now, missed
from tracker.preferences import Settings
from tracker.services.reminders import ReminderService
from tracker.ui.icons import icon
from tracker.words import reminders as words

logger = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000


class Tray(Protocol):
    """Where notifications are shown (the system tray; a stand-in in tests)."""

    @property
    def message_clicked(self) -> SignalInstance: ...

    def available(self) -> bool: ...

    def show_message(self, title: str, text: str) -> None: ...


class SystemTray(QObject):
    """Pivot's icon in the system tray: its notifications and a menu to open or quit Pivot."""

    message_clicked = Signal()
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(icon("app/pivot-app"), self)
        self._icon.setToolTip("Pivot")
        menu = QMenu()
        open_action = QAction(self.tr("Open Pivot"), menu)
        open_action.triggered.connect(self.open_requested)
        quit_action = QAction(self.tr("Quit Pivot"), menu)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(open_action)
        menu.addAction(quit_action)
        self._menu = menu
        self._icon.setContextMenu(menu)
        self._icon.messageClicked.connect(self.message_clicked)
        self._icon.activated.connect(self._activated)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show_icon(self) -> None:
        if self.available():
            self._icon.show()

    def show_message(self, title: str, text: str) -> None:
        self.show_icon()
        self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)


class Notifier(QObject):
    """Checks the reminders every minute and shows what is due."""

    open_requested = Signal(object)  # the Reminder whose notification was clicked
    unavailable = Signal(str)  # said once, where there is no tray

    def __init__(
        self,
        reminders: Callable[[], ReminderService],
        rows: Callable[[], list[ApplicationRow]],
        pipeline: Callable[[], Pipeline],
        settings: Settings,
        tray: Tray,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._rows = rows
        self._pipeline = pipeline
        self._settings = settings
        self.tray = tray
        self._clock = clock
        self._started: datetime | None = None
        self._clicked: Reminder | None = None  # what the last notification was about
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        tray.message_clicked.connect(self._message_clicked)

    def start(self) -> None:
        """The first check (reminders missed while Pivot was closed, gathered), then one a
        minute."""
        if self._started is not None:
            return
        self._started = self._clock()
        self.check()
        self._timer.start()

    def check(self) -> list[Reminder]:
        """Show what is due now; returns what was shown."""
        if not self._settings.notifications or self._started is None:
            return []
        now = self._clock()
        here = now.tzinfo
        assert here is not None
        quiet = self._settings.quiet_hours
        try:
            service = self._reminders()
            found = service.reminders(self._rows(), self._pipeline(), now, here)
            due = due_now(found, service.state(), now, here, QuietHours(*quiet) if quiet else None)
        except PivotError as error:  # the file is busy or gone: the next minute tries again
            logger.warning("reminders not read: %s", error)
            return []
        if not due:
            return []
        if not self.tray.available():
            if not self._settings.said_once("no_tray"):
                self.unavailable.emit(words.no_tray())
            return []
        self._show(due, gathered_as_missed=bool(missed(due, self._started)))
        try:
            service.mark_shown(key for reminder in due for key in reminder.keys)
        except PivotError as error:
            logger.warning("reminders shown but not remembered: %s", error)
        return due

    def _show(self, due: list[Reminder], *, gathered_as_missed: bool) -> None:
        here = self._clock().tzinfo
        self._clicked = due[0]
        if len(due) == 1 and not gathered_as_missed:
            reminder = due[0]
            title, text = words.reminder_title(reminder), words.reminder_text(reminder, here)
            self.tray.show_message(title, text)
            return
        # Several at once, or missed while Pivot was closed: one notification for them all
        # (a notification centre shows one at a time; a burst of them would hide the rest).
        self.tray.show_message(
            words.gathered_title(len(due), missed=gathered_as_missed), words.gathered_text(due)
        )

    def _message_clicked(self) -> None:
        if self._clicked is not None:
            self.open_requested.emit(self._clicked)
