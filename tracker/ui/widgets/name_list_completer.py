"""Completion for a field that lists several names ("王经理、李雷, HR"): the name being typed,
after the last separator, is completed from the user's people; anything else typed stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

_SEPARATOR = re.compile(r"[,，、;；/+]\s*")


class NameListCompleter(QCompleter):
    def __init__(self, names: Sequence[str], field: QLineEdit) -> None:
        super().__init__(field)
        # Kept here: a model only Qt refers to would be freed by Python.
        self._names = QStringListModel(list(names), self)
        self.setModel(self._names)
        self._field = field
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        field.setCompleter(self)

    def splitPath(self, path: str) -> list[str]:
        return [_SEPARATOR.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        text = self._field.text()
        parts = list(_SEPARATOR.finditer(text))
        kept = text[: parts[-1].end()] if parts else ""
        return kept + chosen
