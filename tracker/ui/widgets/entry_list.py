"""A plain vertical list of dated entries (stage history, notes) that grows with its content,
inside the detail panel's own scrolling; entries may carry buttons (edit, delete…)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

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
        *,
        actions_for: Callable[[object], Iterable[str]] | None = None,
        struck: Callable[[object], bool] | None = None,
    ) -> None:
        """``actions`` maps a name (sent with action_requested) to its button's text;
        ``actions_for`` (a payload → the names of its buttons) gives entries different buttons,
        and ``struck`` says which entries are done and shown struck through."""
        super().__init__(parent)
        self._actions = actions or {}
        self._actions_for = actions_for or (lambda _payload: self._actions)
        self._struck = struck or (lambda _payload: False)
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
        for name in self._actions_for(payload):
            button = QToolButton()
            button_text = self._actions[name]
            button.setText(button_text)
            button.setAutoRaise(True)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, n=name: self.action_requested.emit(n, payload))
            top.addWidget(button)
        column.addLayout(top)
        body = plain_label(text)
        if self._struck(payload):
            font = body.font()
            font.setStrikeOut(True)
            body.setFont(font)
            body.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(body)
        return entry

    def count(self) -> int:
        return len(self._entries)

    def entry_button(self, index: int, name: str) -> QToolButton | None:
        """The button ``name`` of an entry, if it has one."""
        return self._entries[index].findChild(QToolButton, name)

    def entry_text(self, index: int) -> str:
        """What an entry shows: its heading and its text, a line each."""
        labels = self._entries[index].findChildren(QLabel)
        return "\n".join(label.text() for label in labels)
