"""The negotiation of the offer chosen in the list: each ask and counter, and what its terms are
worth in take-home pay against the offer as it stands, a year and over four years."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import NegotiationSide
from tracker.domain.negotiation import StepDraft
from tracker.domain.offer_value import OfferValue
from tracker.domain.offers import OfferRead
from tracker.ui.widgets.plain_label import plain_label
from tracker.ui.widgets.row_table import row_table
from tracker.words.formatting import format_amount, format_date, format_yuan

# A step's terms valued (None: the pay rules cannot value them).
Value = Callable[[StepDraft | None], OfferValue | None]
_GAIN = QColor("#2E7D32")
_LOSS = QColor("#C62828")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def side_text(side: NegotiationSide) -> str:
    if side is NegotiationSide.ASK:
        return QCoreApplication.translate("NegotiationPanel", "I asked")
    return QCoreApplication.translate("NegotiationPanel", "They offered")


def terms_text(step: StepDraft) -> str:
    """'40K × 16 months · bonus 2 months · sign-on ¥30,000 · equity ¥200,000'."""
    parts: list[str] = []
    if step.salary_text:
        parts.append(step.salary_text)
    elif step.monthly_base is not None:
        parts.append(format_amount(step.monthly_base))
    if step.months_per_year is not None and not step.salary_text:
        parts.append(QCoreApplication.translate("NegotiationPanel", "{months} months").format(
            months=f"{step.months_per_year:g}"
        ))  # fmt: skip
    if step.bonus_months is not None:
        parts.append(QCoreApplication.translate("NegotiationPanel", "bonus {months} months")
                     .format(months=f"{step.bonus_months:g}"))  # fmt: skip
    if step.sign_on_bonus is not None:
        parts.append(QCoreApplication.translate("NegotiationPanel", "sign-on {amount}")
                     .format(amount=format_yuan(step.sign_on_bonus)))  # fmt: skip
    if step.equity_value is not None:
        parts.append(QCoreApplication.translate("NegotiationPanel", "equity {amount}")
                     .format(amount=format_yuan(step.equity_value)))  # fmt: skip
    return " · ".join(parts)


def change_text(change: float) -> str:
    return ("+" if change > 0 else "−" if change < 0 else "±") + format_yuan(abs(change))


class NegotiationPanel(QWidget):
    add_requested = Signal(object)  # OfferRead
    edit_requested = Signal(object)  # StepDraft
    delete_requested = Signal(object)  # StepDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer: OfferRead | None = None
        self.steps: list[StepDraft] = []
        self.about = plain_label()
        self.about.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.table = row_table(
            [self.tr("Date"), self.tr("Who"), self.tr("Terms"), self.tr("Take-home a year"),
             self.tr("Change a year"), self.tr("Change over 4 years"), self.tr("Note")],
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit())
        self.add_button = QPushButton(self.tr("Add a step…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.show_steps(None, [], lambda _step: None)

    def show_steps(self, offer: OfferRead | None, steps: list[StepDraft], value: Value) -> None:
        """The offer's steps, each valued by ``value`` against the offer as it stands."""
        self.offer, self.steps = offer, steps
        self.add_button.setEnabled(offer is not None)
        if offer is None:
            self.about.setText(self.tr("Choose an offer in the list to keep its negotiation."))
        else:
            self.about.setText(
                self.tr(
                    "{offer}: each ask and counter, and what its terms would change in "
                    "take-home pay against the offer as it stands. Terms a step leaves out "
                    "stay as the offer says."
                ).format(offer=offer.title)
            )
        base = value(None) if offer is not None else None
        self.table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            valued = value(step)
            cells = [
                format_date(step.occurred_on) if step.occurred_on else "",
                side_text(step.side),
                terms_text(step),
                format_yuan(valued.take_home) if valued is not None else "",
                "", "", step.note.replace("\n", " "),
            ]  # fmt: skip
            if valued is not None and base is not None:
                cells[4] = change_text(valued.take_home - base.take_home)
                cells[5] = change_text(valued.four_years - base.four_years)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (3, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column in (4, 5) and text[:1] in ("+", "−"):
                    item.setForeground(_GAIN if text[0] == "+" else _LOSS)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def current_step(self) -> StepDraft | None:
        rows = self.table.selectionModel().selectedRows()
        return self.steps[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.current_step() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _add(self) -> None:
        if self.offer is not None:
            self.add_requested.emit(self.offer)

    def _edit(self) -> None:
        step = self.current_step()
        if step is not None:
            self.edit_requested.emit(step)

    def _delete(self) -> None:
        step = self.current_step()
        if step is not None:
            self.delete_requested.emit(step)
