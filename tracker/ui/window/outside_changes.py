"""The window and the other programs that use its database file.

- A write that finds the file locked by another program (a database browser, a sync tool,
  ``pivot import`` in a terminal) waits for it without freezing: the window keeps painting and
  says what it waits for, for as long as the database's own wait lasts (then the usual
  "another program is using the database" message).
- A change committed by another program (``pivot import`` while the window is open, say) is
  noticed by SQLite's data version within a few seconds, and the window reads everything again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tracker.services.container import Services

WATCH_INTERVAL_MS = 2000
QUIET_MS = 300  # no word from the waiting write for this long: it has finished


class OutsideChanges(QObject):
    def __init__(
        self,
        parent: QObject,
        services: Services,
        reload: Callable[[], None],
        show_status: Callable[[str, int], None],
    ) -> None:
        super().__init__(parent)
        self._database = services.database
        self._reload = reload
        self._show_status = show_status
        self._waiting = False
        self._last_word = 0.0
        self._database.lock_wait = self.wait_a_moment
        self._database.changed_elsewhere()  # note where the file stands now
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Read everything again if another program changed the file since the last look."""
        if not self._waiting and self._database.changed_elsewhere():
            self._reload()

    def wait_a_moment(self, waited: float) -> None:
        """Called between short waits for another program's lock: say so, keep painting. The
        user's clicks and keys wait too, so that no second change starts inside this one."""
        self._last_word = time.monotonic()
        if not self._waiting:
            self._waiting = True
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            QTimer.singleShot(QUIET_MS, self._done_waiting)
        text = QCoreApplication.translate(
            "MainWindow",
            "Another program is using the database; waiting for it to finish ({seconds} s)…",
        )
        self._show_status(text.format(seconds=f"{waited:.0f}"), 3000)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)

    def _done_waiting(self) -> None:
        """The wait cursor goes once the waiting write has stopped reporting."""
        if (time.monotonic() - self._last_word) * 1000 < QUIET_MS:
            QTimer.singleShot(QUIET_MS, self._done_waiting)
            return
        self._waiting = False
        QApplication.restoreOverrideCursor()
