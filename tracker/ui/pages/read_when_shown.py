"""Pages that read what they show when they come on screen, and again when told their data
changed: at once if on screen, else when next shown, so that pages behind others read nothing."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ReadWhenShown(QWidget):
    """A page whose data is read in :meth:`reload`, which calls :meth:`read_done` once it has
    read it (a failed read leaves the page stale, to be tried again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    @property
    def stale(self) -> bool:
        return self._stale

    def mark_stale(self) -> None:
        """What the page shows changed: read it again now if on screen, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self.out_of_date():
            self.reload()

    def out_of_date(self) -> bool:
        """Whether what was read no longer holds although nothing changed (a new day)."""
        return False

    def read_done(self) -> None:
        self._stale = False

    def reload(self) -> None:
        raise NotImplementedError
