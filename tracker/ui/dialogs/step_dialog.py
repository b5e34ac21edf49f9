"""The form for one step of negotiating an offer: who put which terms on the table, and what
they would change in take-home pay, shown as they are typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import NegotiationSide
from tracker.domain.errors import PivotError
from tracker.domain.negotiation import StepDraft, validate_step
from tracker.domain.offer_rules import read_letter_pay
from tracker.domain.offers import OfferRead
from tracker.domain.salary import SalaryParseError
from tracker.ui.dialogs.form_dialog import FormDialog
from tracker.ui.dialogs.form_fields import OptionalDateEdit, OptionalNumber, form_layout
from tracker.ui.widgets.choice_combo import ChoiceCombo
from tracker.ui.widgets.negotiation_panel import Value, change_text, side_text
from tracker.ui.widgets.plain_label import plain_label
from tracker.words.formatting import format_yuan, salary_problem


class StepDialog(FormDialog):
    def __init__(
        self,
        offer: OfferRead,
        value: Value,
        save: Callable[[StepDraft], object],
        existing: StepDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._offer = offer
        self._value = value
        self._id = existing.id if existing else None
        self.setWindowTitle(self.tr("Edit step") if existing else self.tr("A step in negotiating"))
        self.setMinimumWidth(520)
        self.side = ChoiceCombo([(side_text(side), side) for side in NegotiationSide])
        self.occurred_on = OptionalDateEdit(self.tr("On"))
        self.salary_text = QLineEdit()
        self.salary_text.setPlaceholderText(self.tr("As said, e.g. 40K×16"))
        self.salary_text.textEdited.connect(self._fill_from_text)
        same = self.tr("As the offer")
        self.monthly_base = OptionalNumber(1e9, same, step=500)
        self.months_per_year = OptionalNumber(36, same, decimals=1, step=1, minimum=0)
        self.bonus_months = OptionalNumber(36, same, decimals=1, step=0.5, minimum=-0.5)
        self.sign_on_bonus = OptionalNumber(1e9, same, step=5000, minimum=-1)
        self.equity_value = OptionalNumber(1e9, same, step=10000, minimum=-1)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was said, what to answer"))
        self.note.setMaximumHeight(90)
        self.worth = plain_label()
        form = form_layout()
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("Who"), "side", self.side),
            (self.tr("Date"), "occurred_on", self.occurred_on),
            (self.tr("Salary as said"), "salary_text", self.salary_text),
            (self.tr("Monthly base"), "monthly_base", self.monthly_base),
            (self.tr("Months a year (薪)"), "months_per_year", self.months_per_year),
            (self.tr("Performance bonus, months"), "bonus_months", self.bonus_months),
            (self.tr("Sign-on bonus"), "sign_on_bonus", self.sign_on_bonus),
            (self.tr("Equity, whole grant"), "equity_value", self.equity_value),
            (self.tr("Note"), "note", self.note),
        ]
        for text, name, widget in rows:
            form.addRow(text, self._field(name, widget))
        form.addRow(self.tr("Worth"), self.worth)
        buttons = self._save_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if existing is not None:
            self._load(existing)
        for number in (
            self.monthly_base,
            self.months_per_year,
            self.bonus_months,
            self.sign_on_bonus,
            self.equity_value,
        ):
            number.valueChanged.connect(self._show_worth)  # fmt: skip
        self._show_worth()
        self._remember_initial()

    def _load(self, step: StepDraft) -> None:
        self.side.set_value(step.side)
        self.occurred_on.set_value(step.occurred_on)
        self.salary_text.setText(step.salary_text)
        self.monthly_base.set_number(step.monthly_base)
        self.months_per_year.set_number(step.months_per_year)
        self.bonus_months.set_number(step.bonus_months)
        self.sign_on_bonus.set_number(step.sign_on_bonus)
        self.equity_value.set_number(step.equity_value)
        self.note.setPlainText(step.note)

    def values(self) -> StepDraft:
        return StepDraft(
            offer_id=self._offer.id, side=self.side.value(),
            occurred_on=self.occurred_on.value(), salary_text=self.salary_text.text().strip(),
            monthly_base=self.monthly_base.number(),
            months_per_year=self.months_per_year.number(),
            bonus_months=self.bonus_months.number(),
            sign_on_bonus=self.sign_on_bonus.number(), equity_value=self.equity_value.number(),
            note=self.note.toPlainText(), id=self._id,
        )  # fmt: skip

    def _validate(self, values: StepDraft) -> None:
        validate_step(values)

    def _fill_from_text(self, text: str) -> None:
        """'40K×16' fills the monthly base and the months."""
        try:
            letter = read_letter_pay(text) if text.strip() else None
        except SalaryParseError as error:
            self.worth.setText(salary_problem(error))
            return
        if letter is None or letter.monthly_base is None:
            return
        self.monthly_base.set_number(round(letter.monthly_base, 2))
        if letter.months_per_year is not None:
            self.months_per_year.set_number(letter.months_per_year)

    def _show_worth(self) -> None:
        """What these terms would change, a year and over four years, as they are typed."""
        step = self.values()
        try:
            base, valued = self._value(None), self._value(step)
        except PivotError:
            base = valued = None
        if base is None or valued is None:
            self.worth.setText(self.tr("Pivot cannot value these terms under the pay rules."))
            return
        self.worth.setText(
            self.tr("{take_home} a year after tax ({year}); {four} over four years").format(
                take_home=format_yuan(valued.take_home),
                year=change_text(valued.take_home - base.take_home),
                four=change_text(valued.four_years - base.four_years),
            )
        )
