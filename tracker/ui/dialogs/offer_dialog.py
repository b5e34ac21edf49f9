"""The offer form: every field of a letter, the salary typed as people write it, the ratings of
what money does not measure, and a live estimate of the year's take-home pay."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import ContributionBase, OfferStatus, WorkSchedule
from tracker.domain.errors import FieldProblem, PivotError, ValidationError
from tracker.domain.offer_rules import read_letter_pay, validate_offer
from tracker.domain.offer_value import OfferValue
from tracker.domain.offers import Criterion, OfferDraft, OfferRead
from tracker.domain.pay import (
    NATIONAL,
    BonusProration,
    NoticeCode,
    PayInputCode,
    PayInputError,
    PayNotice,
)
from tracker.domain.records import ApplicationRow
from tracker.domain.salary import SalaryParseError
from tracker.services.offer_values import OfferValues
from tracker.ui.common_cities import CITIES
from tracker.ui.dialogs.form_dialog import FormDialog
from tracker.ui.dialogs.form_fields import OptionalDateEdit, OptionalNumber, form_layout
from tracker.ui.widgets.choice_combo import ChoiceCombo, enum_combo
from tracker.words.formatting import format_yuan, salary_problem
from tracker.words.labels import label
from tracker.words.language import window_is_chinese
from tracker.words.pay import notice_texts

HOUSING_FUND_RATES = (0.05, 0.06, 0.07, 0.08, 0.09, 0.10, 0.11, 0.12)


@dataclass(frozen=True)
class OfferForm:
    """What the form holds: the offer, and a new application's company and role when the
    offer is not for one already logged (its ``application_id`` is then 0)."""

    draft: OfferDraft
    new_application: tuple[str, str] | None = None


class OfferDialog(FormDialog):
    def __init__(
        self,
        applications: list[ApplicationRow],
        values: OfferValues,
        save: Callable[[OfferForm], object],
        existing: OfferRead | None = None,
        application_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._values = values
        self._existing = existing
        self.setWindowTitle(self.tr("Edit offer") if existing else self.tr("New offer"))
        self.resize(720, 640)
        self._build(applications)
        draft = existing.draft if existing else None
        chosen = draft.application_id if draft else application_id
        self.application.set_value(chosen)
        if draft is not None:
            self._load(draft)
        self._application_changed()
        self._estimate_timer = QTimer(self, singleShot=True, interval=150)
        self._estimate_timer.timeout.connect(self._show_estimate)
        self._estimate_on_change(self._estimate_timer.start)
        self._show_estimate()
        self._remember_initial()

    # -- building --------------------------------------------------------------------------

    def _build(self, applications: list[ApplicationRow]) -> None:
        money = self.tr("Not stated")
        self.application: ChoiceCombo[int | None] = ChoiceCombo(
            [(self.tr("A new application…"), None)]
            + [(f"{row.company_name} · {row.role_title}", row.id) for row in applications]
        )
        self._cities = {row.id: row.city.strip() for row in applications}
        self._inherited_city = ""
        self.application.currentIndexChanged.connect(self._application_changed)
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Company"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("Role"))
        self.salary_text = QLineEdit()
        self.salary_text.setPlaceholderText(self.tr("As the letter says, e.g. 25K×16, 500元/天"))
        self.salary_text.textEdited.connect(self._fill_from_text)
        self.salary_note = QLabel()
        self.salary_note.setWordWrap(True)
        self.monthly_base = OptionalNumber(10_000_000, money, suffix=self.tr(" yuan"), step=500)
        self.months_per_year = QSpinBox()
        self.months_per_year.setRange(12, 36)
        self.months_per_year.setSuffix(self.tr(" months"))
        self.bonus_months = OptionalNumber(
            24, money, decimals=1, step=0.5, suffix=self.tr(" months")
        )
        self.bonus_amount = OptionalNumber(100_000_000, money, suffix=self.tr(" yuan"))
        self.bonus_payout = QSpinBox()
        self.bonus_payout.setRange(0, 100)
        self.bonus_payout.setSuffix(" %")
        self.bonus_payout.setValue(100)
        self.sign_on = OptionalNumber(100_000_000, money, suffix=self.tr(" yuan"))
        self.equity_value = OptionalNumber(100_000_000, money, suffix=self.tr(" yuan"), step=10_000)
        self.vesting_years = QSpinBox()
        self.vesting_years.setRange(1, 10)
        self.vesting_years.setValue(4)
        self.vesting_years.setSuffix(self.tr(" years"))
        self.allowances = OptionalNumber(1_000_000, money, suffix=self.tr(" yuan"), step=100)
        months: list[tuple[str, int | None]] = [(self.tr("Not stated"), None)]
        months += [(QLocale().standaloneMonthName(m), m) for m in range(1, 13)]
        self.start_month: ChoiceCombo[int | None] = ChoiceCombo(months)
        self.bonus_proration = enum_combo(list(BonusProration))

        self.city = QComboBox()
        self.city.setEditable(True)
        self.city.addItems(CITIES)
        self.city.setCurrentText("")
        self.contribution_base = enum_combo(list(ContributionBase))
        self.contribution_base.currentIndexChanged.connect(self._policy_changed)
        city_usual = self.tr("The city's usual")
        self.si_base = OptionalNumber(1_000_000, city_usual, suffix=self.tr(" yuan"), step=500)
        self.hf_base = OptionalNumber(1_000_000, city_usual, suffix=self.tr(" yuan"), step=500)
        rates: list[tuple[str, float | None]] = [(city_usual, None)]
        rates += [(f"{rate:.0%}", rate) for rate in HOUSING_FUND_RATES]
        rates.append((self.tr("No housing fund"), 0.0))
        self.hf_rate: ChoiceCombo[float | None] = ChoiceCombo(rates)
        self.medical_tier: ChoiceCombo[str | None] = ChoiceCombo([(city_usual, None)])
        self.city.currentTextChanged.connect(self._city_changed)

        self.received_on = OptionalDateEdit(self.tr("Received"))
        self.reply_deadline = OptionalDateEdit(self.tr("Reply by"))
        self.status = enum_combo(list(OfferStatus))
        self.probation_months = QSpinBox()
        self.probation_months.setRange(0, 6)
        self.probation_months.setSpecialValueText(self.tr("None"))
        self.probation_months.setSuffix(self.tr(" months"))
        self.probation_ratio = QSpinBox()
        self.probation_ratio.setRange(50, 100)
        self.probation_ratio.setValue(100)
        self.probation_ratio.setSuffix(self.tr(" % of the pay"))
        self.schedule = enum_combo(list(WorkSchedule))
        self.weekly_hours = OptionalNumber(168, self.tr("The schedule's usual"), step=1,
                                           suffix=self.tr(" h a week"))  # fmt: skip
        self.commute = QSpinBox()
        self.commute.setRange(0, 1440)
        self.commute.setSingleStep(10)
        self.commute.setSuffix(self.tr(" min a day, both ways"))
        self.non_compete = QCheckBox(self.tr("Non-compete clause"))
        self.outsourced = QCheckBox(self.tr("Outsourced (外包)"))
        self.hukou = QCheckBox(self.tr("Helps with hukou (户口)"))

        self.ratings: dict[Criterion, QSpinBox] = {}
        for criterion in Criterion:
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("Not rated"))
            spin.setSuffix(" / 5")
            self.ratings[criterion] = spin
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What the letter or HR said, what to negotiate"))

        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        self.estimate.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        who = form_layout()
        who.addRow(self.tr("For"), self._field("application_id", self.application))
        names = QHBoxLayout()
        names.addWidget(self.company, 1)
        names.addWidget(self.role, 1)
        self.names_row = QWidget()
        self.names_row.setLayout(names)
        names.setContentsMargins(0, 0, 0, 0)
        who.addRow("", self._field("new_application", self.names_row))

        pay = form_layout()
        pay.addRow(self.tr("Salary as written"), self._field("salary_text", self.salary_text))
        pay.addRow("", self.salary_note)
        pay.addRow(self.tr("Monthly base"), self._field("monthly_base", self.monthly_base))
        pay.addRow(
            self.tr("Months a year (薪数)"),
            self._field("months_per_year", self.months_per_year),
        )
        pay.addRow(self.tr("Performance bonus"), self._field("bonus_months", self.bonus_months))
        pay.addRow(self.tr("Bonus amount"), self._field("bonus_amount", self.bonus_amount))
        pay.addRow(self.tr("Bonus expected paid"), self.bonus_payout)
        pay.addRow(self.tr("Sign-on bonus"), self._field("sign_on_bonus", self.sign_on))
        pay.addRow(self.tr("Equity (total)"), self._field("equity_value", self.equity_value))
        pay.addRow(self.tr("Vesting over"), self.vesting_years)
        pay.addRow(
            self.tr("Allowances a month"), self._field("monthly_allowances", self.allowances)
        )
        pay.addRow(self.tr("Starts in"), self._field("start_month", self.start_month))
        pay.addRow(self.tr("Extra months, first year"), self.bonus_proration)

        funds = form_layout()
        funds.addRow(self.tr("City"), self._field("city", self.city))
        funds.addRow(self.tr("Contributions"), self.contribution_base)
        funds.addRow(
            self.tr("Social-insurance base"),
            self._field("social_insurance_base", self.si_base),
        )
        funds.addRow(self.tr("Housing-fund base"), self._field("housing_fund_base", self.hf_base))
        funds.addRow(self.tr("Housing-fund rate"), self._field("housing_fund_rate", self.hf_rate))
        funds.addRow(self.tr("Medical insurance tier"), self.medical_tier)

        terms = form_layout()
        terms.addRow(self.tr("Status"), self.status)
        terms.addRow("", self.received_on)
        terms.addRow("", self._field("reply_deadline", self.reply_deadline))
        terms.addRow(self.tr("Probation"), self._field("probation_months", self.probation_months))
        terms.addRow(
            self.tr("Pay in probation"),
            self._field("probation_pay_ratio", self.probation_ratio),
        )
        terms.addRow(self.tr("Schedule"), self.schedule)
        terms.addRow(self.tr("Hours"), self._field("weekly_hours", self.weekly_hours))
        terms.addRow(self.tr("Commute"), self._field("commute_minutes", self.commute))
        for box in (self.non_compete, self.outsourced, self.hukou):
            terms.addRow("", box)

        ratings = form_layout()
        for criterion, spin in self.ratings.items():
            ratings.addRow(label(criterion), spin)
        ratings.addRow(self.tr("Notes"), self._field("notes", self.notes))

        self.tabs = QTabWidget()
        for layout, title in (
            (pay, self.tr("Pay")),
            (funds, self.tr("Social insurance and housing fund")),
            (terms, self.tr("Terms")),
            (ratings, self.tr("Beyond money")),
        ):
            page = QWidget()
            page.setLayout(layout)
            self.tabs.addTab(page, title)
        column = QVBoxLayout(self)
        column.addLayout(who)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.estimate)
        column.addWidget(self.buttons)
        self._policy_changed()

    def _estimate_on_change(self, start: Callable[[], None]) -> None:
        """Every field the money depends on restarts the estimate's timer (at its own interval:
        the signal's value is never passed on, or a timer started with a salary of 30,000
        would wait thirty seconds)."""

        def restart(*_value: object) -> None:
            start()

        self.salary_text.textChanged.connect(restart)
        self.city.currentTextChanged.connect(restart)
        for spin in (self.months_per_year, self.bonus_payout, self.vesting_years, self.commute):
            spin.valueChanged.connect(restart)
        for number in (self.monthly_base, self.bonus_months, self.bonus_amount, self.sign_on,
                       self.equity_value, self.allowances, self.si_base, self.hf_base,
                       self.weekly_hours):  # fmt: skip
            number.valueChanged.connect(restart)
        for combo in (self.contribution_base, self.hf_rate, self.schedule, self.start_month,
                      self.bonus_proration, self.medical_tier):  # fmt: skip
            combo.currentIndexChanged.connect(restart)

    # -- loading and reading ---------------------------------------------------------------

    def _load(self, draft: OfferDraft) -> None:
        self.salary_text.setText(draft.salary_text)
        self.monthly_base.set_number(draft.monthly_base)
        self.months_per_year.setValue(round(draft.months_per_year))
        self.bonus_months.set_number(draft.bonus_months)
        self.bonus_amount.set_number(draft.bonus_amount)
        self.bonus_payout.setValue(round(draft.bonus_expected_payout * 100))
        self.sign_on.set_number(draft.sign_on_bonus)
        self.equity_value.set_number(draft.equity_value)
        self.vesting_years.setValue(draft.equity_vesting_years or 4)
        self.allowances.set_number(draft.monthly_allowances)
        self.city.setCurrentText(draft.city)
        self.contribution_base.set_value(draft.contribution_base)
        self.si_base.set_number(draft.social_insurance_base)
        self.hf_base.set_number(draft.housing_fund_base)
        self.hf_rate.set_value(draft.housing_fund_rate)
        self.start_month.set_value(draft.start_month)
        self.bonus_proration.set_value(draft.bonus_proration)
        self._city_changed()
        self.medical_tier.set_value(draft.medical_tier)
        self.received_on.set_value(draft.received_on)
        self.reply_deadline.set_value(draft.reply_deadline)
        self.status.set_value(draft.status)
        self.probation_months.setValue(draft.probation_months or 0)
        self.probation_ratio.setValue(round((draft.probation_pay_ratio or 1) * 100))
        self.schedule.set_value(draft.work_schedule)
        self.weekly_hours.set_number(draft.weekly_hours)
        self.commute.setValue(draft.commute_minutes or 0)
        self.non_compete.setChecked(draft.non_compete)
        self.outsourced.setChecked(draft.outsourced)
        self.hukou.setChecked(draft.hukou_support)
        for criterion, spin in self.ratings.items():
            spin.setValue(draft.ratings.get(criterion, 0))
        self.notes.setPlainText(draft.notes)

    def values(self) -> OfferForm:
        application_id = self.application.value()
        probation = self.probation_months.value() or None
        draft = OfferDraft(
            application_id=application_id or 0,
            salary_text=self.salary_text.text().strip(),
            monthly_base=self.monthly_base.number(),
            months_per_year=self.months_per_year.value(),
            bonus_months=self.bonus_months.number(),
            bonus_amount=self.bonus_amount.number(),
            bonus_expected_payout=self.bonus_payout.value() / 100,
            sign_on_bonus=self.sign_on.number(),
            equity_value=self.equity_value.number(),
            equity_vesting_years=self.vesting_years.value() if self.equity_value.number() else None,
            monthly_allowances=self.allowances.number(),
            city=self.city.currentText().strip(),
            contribution_base=self.contribution_base.value(),
            social_insurance_base=self.si_base.number(),
            housing_fund_base=self.hf_base.number(),
            housing_fund_rate=self.hf_rate.value(),
            received_on=self.received_on.value(),
            reply_deadline=self.reply_deadline.value(),
            status=self.status.value(),
            probation_months=probation,
            probation_pay_ratio=self.probation_ratio.value() / 100 if probation else None,
            work_schedule=self.schedule.value(),
            weekly_hours=self.weekly_hours.number(),
            commute_minutes=self.commute.value() or None,
            non_compete=self.non_compete.isChecked(),
            outsourced=self.outsourced.isChecked(),
            hukou_support=self.hukou.isChecked(),
            start_month=self.start_month.value(),
            bonus_proration=self.bonus_proration.value(),
            medical_tier=self.medical_tier.value(),
            notes=self.notes.toPlainText(),
            ratings={c: spin.value() for c, spin in self.ratings.items() if spin.value()},
            id=self._existing.id if self._existing else None,
        )
        new = None if application_id else (self.company.text().strip(), self.role.text().strip())
        return OfferForm(draft, new)

    def _validate(self, values: OfferForm) -> None:
        problems: dict[str, FieldProblem] = {}
        if values.new_application is not None and not all(values.new_application):
            problems["new_application"] = FieldProblem.REQUIRED
        try:
            validate_offer(values.draft)
        except ValidationError as error:
            problems.update(error.problems)
        if not problems:
            problems.update(self._bases_beyond_pay(values.draft))
        if problems:
            raise ValidationError(problems)

    @staticmethod
    def _shown_notices(value: OfferValue, known: bool) -> tuple[PayNotice, ...]:
        """The estimate's notices; a city typed but not known is said by the line itself."""
        if known:
            return value.notices
        return tuple(n for n in value.notices if n.code is not NoticeCode.NATIONAL_DEFAULT_BOUNDS)

    def _bases_beyond_pay(self, draft: OfferDraft) -> dict[str, FieldProblem]:
        """A base typed by hand that leaves less than nothing of the month's pay is refused,
        on the base's own field, before anything is saved."""
        from tracker.domain.offer_value import value_offer

        rules, _known = self._values.rules(draft.city)
        try:
            value_offer(replace(draft, application_id=draft.application_id or 0), rules)
        except PayInputError as error:
            if error.code is PayInputCode.CONTRIBUTIONS_EXCEED_PAY:
                field = "social_insurance_base" if error.field == "si_base" else "housing_fund_base"
                return {field: FieldProblem.OUT_OF_RANGE}
        return {}

    # -- reactions -------------------------------------------------------------------------

    def _application_changed(self) -> None:
        """The offer is in its application's city unless the user said otherwise: an empty
        city, or one that came from the application chosen before, follows the choice."""
        chosen = self.application.value()
        self.names_row.setVisible(chosen is None)
        typed = self.city.currentText().strip()
        if typed in ("", self._inherited_city):
            self._inherited_city = self._cities.get(chosen, "") if chosen is not None else ""
            self.city.setCurrentText(self._inherited_city)

    def _city_changed(self) -> None:
        """The medical tiers of the city typed, where its medical insurance has tiers; the
        choice is kept when the new city has the same tier."""
        chosen = self.medical_tier.value()
        choices: list[tuple[str, str | None]] = [(self.tr("The city's usual"), None)]
        try:
            rules, known = self._values.rules(self.city.currentText())
        except PivotError:
            rules, known = None, False
        if rules is not None and known:
            chinese = window_is_chinese()
            for tier in rules.medical_tiers():
                choices.append((tier.name_zh if chinese else tier.name_en, tier.key))
        self.medical_tier.set_choices(choices)
        self.medical_tier.set_value(chosen)
        self.medical_tier.setEnabled(len(choices) > 1)

    def _policy_changed(self) -> None:
        custom = self.contribution_base.value() is ContributionBase.CUSTOM
        self.si_base.setEnabled(custom)
        self.hf_base.setEnabled(custom)

    def _fill_from_text(self, text: str) -> None:
        """Typing '25K×16' fills the monthly base and the months; a day rate leaves them empty
        (the offer is then an internship paid by the day)."""
        if not text.strip():
            self.salary_note.clear()
            return
        try:
            letter = read_letter_pay(text)
        except SalaryParseError as error:
            self.salary_note.setText(salary_problem(error))
            return
        if letter.monthly_base is None:
            self.monthly_base.set_number(None)
            self.salary_note.setText(
                self.tr("Paid by the day or hour: valued as an internship (labour remuneration).")
            )
            return
        self.monthly_base.set_number(round(letter.monthly_base, 2))
        if letter.months_per_year is not None:
            self.months_per_year.setValue(letter.months_per_year)
        self.salary_note.clear()

    def _show_estimate(self) -> None:
        form = self.values()
        draft = replace(form.draft, application_id=form.draft.application_id or 0)
        try:
            validate_offer(draft)
            rules, known = self._values.rules(draft.city)
            from tracker.domain.offer_value import value_offer

            value = value_offer(draft, rules)
        except PayInputError as error:
            if error.code is PayInputCode.CONTRIBUTIONS_EXCEED_PAY:
                self.estimate.setText(
                    self.tr(
                        "With these bases the contributions would take more than the monthly "
                        "pay: give the bases the employer declares (usually last year's average "
                        "wage)."
                    )
                )
            else:
                self.estimate.setText(self.tr("Take-home a year: fill in the pay to see it."))
            return
        except (PivotError, ValueError):
            self.estimate.setText(self.tr("Take-home a year: fill in the pay to see it."))
            return
        region = rules.region
        national = not known or region.key == NATIONAL
        name = region.name_zh if window_is_chinese() else region.name_en
        city = self.tr("national rates") if national else name
        self.estimate.setText(
            self.tr(
                "Take-home ≈ {take_home} a year ({with_funds} with both sides' housing fund); "
                "an estimate under the {year} rules for {city}, not tax advice."
            ).format(
                take_home=format_yuan(value.take_home),
                with_funds=format_yuan(value.cash_plus_housing_fund),
                year=value.rule_year,
                city=city,
            )
            + "".join(f"\n{text}" for text in notice_texts(self._shown_notices(value, known)))
        )
