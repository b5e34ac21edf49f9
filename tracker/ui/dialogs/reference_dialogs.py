"""Forms for the user's own stories and pay figures: a friend's move, a figure from an article,
kept with its source and shown beside applications and offers like the curated ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import RoleCategory
from tracker.domain.reference import FigurePeriod, OriginField
from tracker.domain.reference_drafts import (
    BenchmarkDraft,
    StoryDraft,
    validate_benchmark,
    validate_story,
)
from tracker.ui.dialogs.form_dialog import FormDialog
from tracker.ui.dialogs.form_fields import OptionalNumber, form_layout
from tracker.ui.widgets.choice_combo import ChoiceCombo, enum_combo


def _period_combo(*, once: bool) -> ChoiceCombo[FigurePeriod]:
    choices = [
        (QCoreApplication.translate("ReferenceDialogs", "a month"), FigurePeriod.MONTH),
        (QCoreApplication.translate("ReferenceDialogs", "a year"), FigurePeriod.YEAR),
        (QCoreApplication.translate("ReferenceDialogs", "a day"), FigurePeriod.DAY),
        (QCoreApplication.translate("ReferenceDialogs", "an hour"), FigurePeriod.HOUR),
    ]
    if once:
        choices.append((QCoreApplication.translate("ReferenceDialogs", "once"), FigurePeriod.ONCE))
    return ChoiceCombo(choices)


def _months_spin() -> QSpinBox:
    months = QSpinBox()
    months.setRange(11, 36)  # 11 shows as "not stated"
    months.setSpecialValueText(QCoreApplication.translate("ReferenceDialogs", "Not stated"))
    months.setSuffix(QCoreApplication.translate("ReferenceDialogs", " months a year"))
    return months


def _months(spin: QSpinBox) -> int | None:
    return spin.value() if spin.value() >= 12 else None


class StoryDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[StoryDraft], object],
        existing: StoryDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._id = existing.id if existing else None
        self.setWindowTitle(self.tr("Edit story") if existing else self.tr("A story of my own"))
        self.resize(620, 680)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. My cousin left law for a legal AI start-up"))
        self.origin = QLineEdit()
        self.origin.setPlaceholderText(self.tr("The job they left, e.g. lawyer"))
        self.origin_field = enum_combo(list(OriginField))
        self.target_role = QLineEdit()
        self.target_role.setPlaceholderText(self.tr("The role they reached"))
        self.role_category = enum_combo(list(RoleCategory))
        self.year = QSpinBox()
        self.year.setRange(1999, 2100)
        self.year.setSpecialValueText(self.tr("Not stated"))
        self.year.setValue(date.today().year)
        self.city = QLineEdit()
        self.summary = QPlainTextEdit()
        self.lessons = QPlainTextEdit()
        self.lessons.setPlaceholderText(self.tr("One lesson a line"))
        not_stated = self.tr("Not stated")
        self.figure_low = OptionalNumber(1e9, not_stated, step=500)
        self.figure_high = OptionalNumber(1e9, not_stated, step=500)
        self.figure_period = _period_combo(once=True)
        self.figure_months = _months_spin()
        self.source_title = QLineEdit()
        self.source_title.setPlaceholderText(self.tr("Where it comes from: an article, a friend"))
        self.source_url = QLineEdit()
        self.source_url.setPlaceholderText("https://")
        self.source_date = QLineEdit()
        self.source_date.setPlaceholderText("YYYY-MM-DD")
        form = form_layout()
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("Title *"), "title", self.title),
            (self.tr("Left"), "origin", self.origin),
            (self.tr("Profession"), "origin_field", self.origin_field),
            (self.tr("Reached"), "target_role", self.target_role),
            (self.tr("Kind of role"), "role_category", self.role_category),
            (self.tr("Year"), "year", self.year),
            (self.tr("City"), "city", self.city),
            (self.tr("What happened"), "summary", self.summary),
            (self.tr("Lessons"), "lessons", self.lessons),
            (self.tr("Pay from"), "figure", self.figure_low),
            (self.tr("Pay to"), "figure_high", self.figure_high),
            (self.tr("Per"), "figure_period", self.figure_period),
            (self.tr("Months a year"), "figure_months", self.figure_months),
            (self.tr("Source"), "source_title", self.source_title),
            (self.tr("Link"), "source_url", self.source_url),
            (self.tr("Date"), "source_date", self.source_date),
        ]
        for text, name, widget in rows:
            form.addRow(text, self._field(name, widget))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._save_buttons())
        if existing is not None:
            self._load(existing)
        self._remember_initial()

    def _load(self, draft: StoryDraft) -> None:
        self.title.setText(draft.title)
        self.origin.setText(draft.origin)
        self.origin_field.set_value(draft.origin_field)
        self.target_role.setText(draft.target_role)
        self.role_category.set_value(draft.role_category)
        self.year.setValue(draft.year or self.year.minimum())
        self.city.setText(draft.city)
        self.summary.setPlainText(draft.summary)
        self.lessons.setPlainText("\n".join(draft.lessons))
        self.figure_low.set_number(draft.figure_low)
        self.figure_high.set_number(draft.figure_high)
        self.figure_period.set_value(draft.figure_period)
        self.figure_months.setValue(draft.figure_months or self.figure_months.minimum())
        self.source_title.setText(draft.source_title)
        self.source_url.setText(draft.source_url)
        self.source_date.setText(draft.source_date)

    def values(self) -> StoryDraft:
        year = self.year.value()
        return StoryDraft(
            title=self.title.text(),
            origin=self.origin.text(),
            origin_field=self.origin_field.value(),
            target_role=self.target_role.text(),
            role_category=self.role_category.value(),
            year=year if year != self.year.minimum() else None,
            city=self.city.text(),
            summary=self.summary.toPlainText(),
            lessons=tuple(line for line in self.lessons.toPlainText().splitlines() if line.strip()),
            figure_low=self.figure_low.number(),
            figure_high=self.figure_high.number(),
            figure_period=self.figure_period.value(),
            figure_months=_months(self.figure_months),
            source_title=self.source_title.text(),
            source_url=self.source_url.text(),
            source_date=self.source_date.text(),
            id=self._id,
        )

    def _validate(self, values: StoryDraft) -> None:
        validate_story(values)


class BenchmarkDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[BenchmarkDraft], object],
        existing: BenchmarkDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._id = existing.id if existing else None
        self.setWindowTitle(self.tr("Edit pay figure") if existing else self.tr("A pay figure"))
        self.resize(560, 520)
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. AI trainer, a friend's offer"))
        self.role_category = enum_combo(list(RoleCategory))
        self.city = QLineEdit()
        required = self.tr("Required")
        self.low = OptionalNumber(1e9, required, step=500)
        self.high = OptionalNumber(1e9, required, step=500)
        self.period = _period_combo(once=False)
        self.months = _months_spin()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(90)
        self.source_title = QLineEdit()
        self.source_url = QLineEdit()
        self.source_url.setPlaceholderText("https://")
        self.source_date = QLineEdit()
        self.source_date.setPlaceholderText("YYYY-MM-DD")
        form = form_layout()
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("Role *"), "role", self.role),
            (self.tr("Kind of role"), "role_category", self.role_category),
            (self.tr("City"), "city", self.city),
            (self.tr("From *"), "figure", self.low),
            (self.tr("To *"), "figure_high", self.high),
            (self.tr("Per"), "period", self.period),
            (self.tr("Months a year"), "months_per_year", self.months),
            (self.tr("Year of the figure *"), "year", self.year),
            (self.tr("Note"), "note", self.note),
            (self.tr("Source"), "source_title", self.source_title),
            (self.tr("Link"), "source_url", self.source_url),
            (self.tr("Date"), "source_date", self.source_date),
        ]
        for text, name, widget in rows:
            form.addRow(text, self._field(name, widget))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._save_buttons())
        if existing is not None:
            self._load(existing)
        self._remember_initial()

    def _load(self, draft: BenchmarkDraft) -> None:
        self.role.setText(draft.role)
        self.role_category.set_value(draft.role_category)
        self.city.setText(draft.city)
        self.low.set_number(draft.low)
        self.high.set_number(draft.high)
        self.period.set_value(draft.period)
        self.months.setValue(draft.months_per_year or self.months.minimum())
        self.year.setValue(draft.year)
        self.note.setPlainText(draft.note)
        self.source_title.setText(draft.source_title)
        self.source_url.setText(draft.source_url)
        self.source_date.setText(draft.source_date)

    def values(self) -> BenchmarkDraft:
        return BenchmarkDraft(
            role=self.role.text(),
            low=self.low.number() or 0.0,
            high=self.high.number() or 0.0,
            year=self.year.value(),
            role_category=self.role_category.value(),
            period=self.period.value(),
            months_per_year=_months(self.months),
            city=self.city.text(),
            note=self.note.toPlainText(),
            source_title=self.source_title.text(),
            source_url=self.source_url.text(),
            source_date=self.source_date.text(),
            id=self._id,
        )

    def _validate(self, values: BenchmarkDraft) -> None:
        validate_benchmark(values)
