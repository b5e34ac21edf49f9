"""Combo boxes that give back Python values, enums included."""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

from tracker.words.labels import label

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class ChoiceCombo(QComboBox, Generic[T]):
    """Labelled choices whose value is the Python object itself (Qt item data would come back
    as a plain string, losing the enum)."""

    def __init__(self, choices: list[tuple[str, T]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[T] = []
        self.set_choices(choices)

    def set_choices(self, choices: list[tuple[str, T]]) -> None:
        self.clear()
        self._values = []
        for text, value in choices:
            self.addItem(text)
            self._values.append(value)

    def value(self) -> T:
        return self._values[max(self.currentIndex(), 0)]

    def set_value(self, value: T) -> None:
        self.setCurrentIndex(self._values.index(value) if value in self._values else 0)


def enum_combo(values: list[E]) -> ChoiceCombo[E]:
    return ChoiceCombo([(label(value), value) for value in values])


def optional_enum_combo(values: list[E], empty: str) -> ChoiceCombo[E | None]:
    """A first choice meaning 'not given', then the values."""
    choices: list[tuple[str, E | None]] = [(empty, None)]
    choices += [(label(value), value) for value in values]
    return ChoiceCombo(choices)
