"""A plain vertical list of dated entries (stage history, notes) that grows with its content,
inside the detail panel's own scrolling; entries may carry buttons (edit, delete…)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from tracker.ui.widgets.plain_label import plain_label


class EntryList(QWidget):
    action_requested = Signal(str, object)  # the action's name and the entry's payload

    def __init__(
        self,
        empty_text: str,
        actions: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``actions`` maps a name (sent with action_requested) to its button's text."""
        super().__init__(parent)
        self._actions = actions or {}
        self._entries: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._empty = plain_label(empty_text)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(self._empty)

    def set_entries(self, entries: list[tuple[str, str, object]]) -> None:
        """Each entry: a small heading (a date), its text, and a payload for its buttons."""
        while self._layout.count() > 1:
            item = self._layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the panel now, freed by Qt later
                widget.deleteLater()
        self._entries = [self._entry(heading, text, payload) for heading, text, payload in entries]
        for entry in self._entries:
            self._layout.addWidget(entry)
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
        for name, button_text in self._actions.items():
            button = QToolButton()
            button.setText(button_text)
            button.setAutoRaise(True)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, n=name: self.action_requested.emit(n, payload))
            top.addWidget(button)
        column.addLayout(top)
        column.addWidget(plain_label(text))
        return entry

    def count(self) -> int:
        return len(self._entries)

    def entry_text(self, index: int) -> str:
        """What an entry shows: its heading and its text, a line each."""
        labels = self._entries[index].findChildren(QLabel)
        return "\n".join(label.text() for label in labels)
