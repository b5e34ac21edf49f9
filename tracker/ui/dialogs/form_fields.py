"""Small pieces shared by forms: an optional date and inline field errors."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box turns the date on."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        value = self.edit.date().toPython()
        assert isinstance(value, date)
        return value

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


# Room between a label and its field: Chinese labels have no colon to end them, and without it
# "岗位类别" ran into its value.
LABEL_GAP = 14


def form_layout() -> QFormLayout:
    """A form of labelled fields, the labels apart from their fields in every language."""
    form = QFormLayout()
    form.setHorizontalSpacing(LABEL_GAP)
    return form


def error_label() -> QLabel:
    """A red line under a field saying what is wrong with it; hidden while all is well."""
    error = QLabel()
    error.setTextFormat(Qt.TextFormat.PlainText)
    error.setWordWrap(True)
    error.setStyleSheet("color: #C62828;")
    error.setVisible(False)
    return error


def with_error(field: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


class OptionalNumber(QDoubleSpinBox):
    """A number that may be left out: its lowest value shows ``none_text`` and means None."""

    def __init__(
        self,
        maximum: float,
        none_text: str,
        *,
        decimals: int = 0,
        suffix: str = "",
        step: float = 1000,
        minimum: float = 0,
    ) -> None:
        super().__init__()
        self.setRange(minimum, maximum)
        self.setDecimals(decimals)
        self.setSingleStep(step)
        self.setSuffix(suffix)
        self.setGroupSeparatorShown(True)
        self.setSpecialValueText(none_text)
        self.setValue(minimum)

    def number(self) -> float | None:
        value = self.value()
        return None if value == self.minimum() else value

    def set_number(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)
