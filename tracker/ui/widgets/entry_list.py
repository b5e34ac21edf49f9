"""A plain vertical list of dated entries (stage history, notes) that grows with its content,
inside the detail panel's own scrolling; entries may carry a remove button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from tracker.ui.widgets.plain_label import plain_label


class EntryList(QWidget):
    remove_requested = Signal(object)  # the payload of the entry

    def __init__(self, empty_text: str, remove_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._remove_text = remove_text
        self._texts: list[str] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._empty = plain_label(empty_text)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(self._empty)

    def set_entries(self, entries: list[tuple[str, str, object]]) -> None:
        """Each entry: a small heading (a date), its text, and a payload for removal."""
        while self._layout.count() > 1:
            item = self._layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the panel now, freed by Qt later
                widget.deleteLater()
        self._texts = []
        for heading, text, payload in entries:
            self._layout.addWidget(self._entry(heading, text, payload))
            self._texts.append(f"{heading}\n{text}")
        self._empty.setVisible(not entries)

    def _entry(self, heading: str, text: str, payload: object) -> QWidget:
        entry = QWidget()
        column = QVBoxLayout(entry)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        top = QHBoxLayout()
        date = plain_label(heading)
        date.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top.addWidget(date, 1)
        if self._remove_text:
            remove = QToolButton()
            remove.setText(self._remove_text)
            remove.setAutoRaise(True)
            remove.clicked.connect(lambda: self.remove_requested.emit(payload))
            top.addWidget(remove)
        column.addLayout(top)
        column.addWidget(plain_label(text))
        return entry

    def count(self) -> int:
        return len(self._texts)

    def entry_text(self, index: int) -> str:
        return self._texts[index]
