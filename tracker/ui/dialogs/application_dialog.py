"""Add or edit an application. Nothing typed is lost: a problem is shown under its field and the
dialog stays open until the save succeeds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.application_fields import FIELDS
from tracker.domain.enums import Channel, HiringTrack, Priority, RoleCategory, Stage, WorkMode
from tracker.domain.pipeline import Pipeline
from tracker.domain.posting_reader import CapturedPosting
from tracker.domain.records import ApplicationCreate, ApplicationRead, ApplicationUpdate
from tracker.domain.salary import SalaryParseError, parse_salary
from tracker.domain.text import split_tags
from tracker.domain.validation import validate_application
from tracker.services.queries import ApplicationQueries
from tracker.ui.common_cities import CITIES
from tracker.ui.dialogs.declared_field import LAID_OUT_BY_HAND, DeclaredField
from tracker.ui.dialogs.form_dialog import FormDialog
from tracker.ui.dialogs.form_fields import OptionalDateEdit, form_layout
from tracker.ui.dialogs.posting_fill import GuessMarks, posting_note
from tracker.ui.widgets.choice_combo import ChoiceCombo, enum_combo, optional_enum_combo
from tracker.ui.widgets.click_through import let_clicks_through
from tracker.words.capture import already_logged, closed_before
from tracker.words.formatting import salary_preview, salary_problem
from tracker.words.imports import field_label
from tracker.words.labels import stage_label

SaveFunction = Callable[[ApplicationUpdate], object]


class ApplicationDialog(FormDialog):
    def __init__(
        self,
        queries: ApplicationQueries,
        save: SaveFunction,
        existing: ApplicationRead | None = None,
        parent: QWidget | None = None,
        pipeline: Pipeline | None = None,
        open_existing: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._pipeline = pipeline or Pipeline.default()
        self._queries = queries
        self._existing = existing
        self._open_existing = open_existing
        self._found: list[int] = []
        self.guesses = GuessMarks(self)
        self.setWindowTitle(self.tr("Edit application") if existing else self.tr("New application"))
        self.setMinimumWidth(820)
        self._build()
        if existing is not None:
            self._load(existing.fields)
        self._duplicate_timer = QTimer(self, singleShot=True, interval=250)
        self._duplicate_timer.timeout.connect(self._check_duplicates)
        self.company.currentTextChanged.connect(self._duplicate_timer.start)
        self.role.textChanged.connect(self._duplicate_timer.start)
        self.job_url.textChanged.connect(self._duplicate_timer.start)
        self._update_salary_preview()
        self._update_referral()
        self._remember_initial()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.company = QComboBox()
        self.company.setEditable(True)
        self.company.addItems(self._queries.company_names())
        self.company.setCurrentText("")
        completer = QCompleter(self.company.model(), self.company)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.company.setCompleter(completer)
        let_clicks_through(completer)
        self.company.setPlaceholderText(self.tr("Pick a company or type a new one"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. AI trainer (multimodal)"))
        self.category = enum_combo(list(RoleCategory))
        self.city = QComboBox()
        self.city.setEditable(True)
        self.city.addItems(CITIES)
        self.city.setCurrentText("")
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("e.g. 朝阳区, 南山区"))
        self.work_mode = optional_enum_combo(list(WorkMode), self.tr("Not stated"))
        self.hiring_track = enum_combo(list(HiringTrack))
        self.channel = optional_enum_combo(list(Channel), self.tr("Not stated"))
        self.channel.currentIndexChanged.connect(self._update_referral)
        self.referral_code = QLineEdit()
        self.referral_code.setPlaceholderText(self.tr("Referral code, if any"))
        self.job_url = QLineEdit()
        self.job_url.setPlaceholderText("https://")
        self.salary = QLineEdit()
        self.salary.setPlaceholderText(self.tr("As posted, e.g. 25-50K·19薪, 8-11万, 500元/天"))
        self.salary.textChanged.connect(self._update_salary_preview)
        self.salary_preview = QLabel()
        self.salary_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.salary_preview.setWordWrap(True)
        self.salary_preview.setObjectName("salaryPreview")
        self.stage: ChoiceCombo[str] = ChoiceCombo(
            [(stage_label(d.key, self._pipeline), d.key) for d in self._pipeline.visible()]
        )
        self.stage.set_value(Stage.APPLIED)
        self.applied_on = OptionalDateEdit(self.tr("Applied on"))
        self.applied_on.check.setChecked(True)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.priority = enum_combo(list(Priority))
        self.priority.set_value(Priority.MEDIUM)
        self.excitement = QSpinBox()
        self.excitement.setRange(0, 5)
        self.excitement.setSpecialValueText(self.tr("Not rated"))
        self.excitement.setSuffix(" / 5")
        self.next_action = QLineEdit()
        self.next_action.setPlaceholderText(self.tr("e.g. Prepare for the second interview"))
        self.next_action_due = OptionalDateEdit(self.tr("Due"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        self.job_description = QPlainTextEdit()
        self.job_description.setPlaceholderText(
            self.tr("Paste the job description here: postings are often taken down.")
        )
        self.job_description.setMinimumHeight(90)
        self.duplicate_warning = QLabel()
        self.duplicate_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_warning.setWordWrap(True)
        self.duplicate_warning.setStyleSheet("color: #A15C00;")
        self.open_duplicate = QPushButton(self.tr("Open it"))
        self.open_duplicate.clicked.connect(self._open_found)
        self.open_duplicate.setVisible(False)
        self.duplicate_warning.setVisible(False)
        self.posting_note = QLabel()
        self.posting_note.setTextFormat(Qt.TextFormat.PlainText)
        self.posting_note.setWordWrap(True)
        self.posting_note.setObjectName("postingNote")
        self.confirm_guesses = QPushButton(self.tr("All looks right"))
        self.confirm_guesses.clicked.connect(self._confirm_guesses)
        self.posting_row = QWidget()
        posting_row = QHBoxLayout(self.posting_row)
        posting_row.setContentsMargins(8, 6, 8, 6)
        posting_row.addWidget(self.posting_note, 1)
        posting_row.addWidget(self.confirm_guesses)
        self.posting_row.setStyleSheet(
            "#postingRow { background-color: #FFF9E6; border: 1px solid #E8D9A8; }"
        )
        self.posting_row.setObjectName("postingRow")
        self.posting_row.setVisible(False)

        left = form_layout()
        left.addRow(self.tr("Company *"), self._field("company_name", self.company))
        left.addRow(self.tr("Role *"), self._field("role_title", self.role))
        left.addRow(self.tr("Category"), self.category)
        left.addRow(self.tr("City"), self._field("city", self.city))
        left.addRow(self.tr("District"), self._field("district", self.district))
        left.addRow(self.tr("Work mode"), self.work_mode)
        left.addRow(self.tr("Hiring track"), self.hiring_track)
        left.addRow(self.tr("Channel"), self.channel)
        left.addRow(self.tr("Referral code"), self._field("referral_code", self.referral_code))
        left.addRow(self.tr("Job link"), self._field("job_url", self.job_url))
        right = form_layout()
        right.addRow(self.tr("Posted salary"), self._field("salary_text", self.salary))
        right.addRow("", self.salary_preview)
        if self._existing is None:
            right.addRow(self.tr("Stage"), self.stage)
        right.addRow(self.tr("Applied"), self.applied_on)
        right.addRow(self.tr("Priority"), self.priority)
        right.addRow(self.tr("Excitement"), self._field("excitement", self.excitement))
        right.addRow(self.tr("Next action"), self._field("next_action", self.next_action))
        right.addRow("", self.next_action_due)
        right.addRow(self.tr("Tags"), self._field("tags", self.tags))
        self.declared = {s.name: DeclaredField(s) for s in FIELDS if s.name not in LAID_OUT_BY_HAND}
        for name, editor in self.declared.items():
            right.addRow(field_label(editor.spec), self._field(name, editor.widget))

        columns = QGridLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        columns.setHorizontalSpacing(24)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        warning_row = QHBoxLayout()
        warning_row.addWidget(self.duplicate_warning, 1)
        warning_row.addWidget(self.open_duplicate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.posting_row)
        layout.addLayout(columns)
        layout.addWidget(QLabel(self.tr("Job description")))
        layout.addWidget(self.job_description, 1)
        layout.addLayout(warning_row)
        layout.addWidget(buttons)

    # -- values ----------------------------------------------------------------------------

    def _load(self, fields: ApplicationUpdate) -> None:
        self.company.setCurrentText(fields.company_name)
        self.role.setText(fields.role_title)
        self.category.set_value(fields.role_category)
        self.city.setCurrentText(fields.city)
        self.district.setText(fields.district)
        self.work_mode.set_value(fields.work_mode)
        self.hiring_track.set_value(fields.hiring_track)
        self.channel.set_value(fields.channel)
        self.referral_code.setText(fields.referral_code)
        self.job_url.setText(fields.job_url)
        self.salary.setText(fields.salary_text)
        self.applied_on.set_value(fields.applied_on)
        self.priority.set_value(fields.priority)
        self.excitement.setValue(fields.excitement or 0)
        self.next_action.setText(fields.next_action)
        self.next_action_due.set_value(fields.next_action_due)
        self.tags.setText(", ".join(fields.tags))
        self.job_description.setPlainText(fields.job_description)
        for name, editor in self.declared.items():
            editor.set_value(getattr(fields, name))

    def values(self) -> ApplicationUpdate:
        """What the form holds, as a create (new) or update (existing) request."""
        fields = ApplicationUpdate(
            company_name=self.company.currentText(),
            role_title=self.role.text(),
            role_category=self.category.value(),
            city=self.city.currentText(),
            district=self.district.text(),
            work_mode=self.work_mode.value(),
            hiring_track=self.hiring_track.value(),
            channel=self.channel.value(),
            referral_code=self.referral_code.text(),
            job_url=self.job_url.text(),
            job_description=self.job_description.toPlainText(),
            salary_text=self.salary.text(),
            applied_on=self.applied_on.value(),
            priority=self.priority.value(),
            excitement=self.excitement.value() or None,
            next_action=self.next_action.text(),
            next_action_due=self.next_action_due.value(),
            tags=split_tags(self.tags.text()),
            **{name: editor.value() for name, editor in self.declared.items()},
        )
        if self._existing is not None:
            return fields
        values: dict[str, Any] = {f.name: getattr(fields, f.name) for f in dataclass_fields(fields)}
        return ApplicationCreate(**values, stage=self.stage.value())

    # -- reactions -------------------------------------------------------------------------

    def _update_salary_preview(self) -> None:
        text = self.salary.text()
        if not text.strip():
            self.salary_preview.setText(self.tr("Type it as posted; Pivot reads the range."))
            return
        try:
            self.salary_preview.setText(salary_preview(parse_salary(text)))
        except SalaryParseError as error:
            self.salary_preview.setText(salary_problem(error))

    def _update_referral(self) -> None:
        self.referral_code.setEnabled(self.channel.value() is Channel.REFERRAL)

    def _stage_changed(self) -> None:
        is_wishlist = self.stage.value() == Stage.WISHLIST
        self.applied_on.check.setChecked(not is_wishlist)

    def _check_duplicates(self) -> None:
        """Say when this posting, or this role at this company, is already logged, and, for a
        new application, when the company turned the user down or went silent lately."""
        company, role, link = self.company.currentText(), self.role.text(), self.job_url.text()
        exclude = self._existing.id if self._existing else None
        by_link = self._queries.same_link(link, exclude_id=exclude) if link.strip() else []
        by_role = (
            self._queries.duplicates(company, role, exclude_id=exclude)
            if company.strip() and role.strip()
            else []
        )
        lines: list[str] = []
        if by_link:
            lines.append(already_logged())
        elif by_role:
            lines.append(
                self.tr("You already logged this role at this company. Saving logs it once more.")
            )
        self._found = by_link or by_role
        closed = (
            self._queries.recently_closed(company, datetime.now(UTC))
            if self._existing is None and company.strip()
            else None
        )
        if closed is not None:
            lines.append(closed_before(closed.role_title, closed.outcome, closed.closed_at))
            self._found = self._found or [closed.application_id]
        self.duplicate_warning.setText("\n".join(lines))
        self.duplicate_warning.setVisible(bool(lines))
        self.open_duplicate.setVisible(bool(self._found) and self._open_existing is not None)

    def _open_found(self) -> None:
        """Leave this form (asking first, if anything was typed) and show the one found."""
        if not self._found or self._open_existing is None:
            return
        found = self._found[0]
        self.reject()
        if self.result() == self.DialogCode.Rejected and not self.isVisible():
            self._open_existing(found)

    # -- a captured posting -----------------------------------------------------------------

    def fill_from_posting(self, captured: CapturedPosting) -> None:
        """Put what the posting gave into the form, each such field marked as guessed."""
        guessed: list[tuple[str, QWidget]] = []

        def put(name: str, widget: QWidget, present: object) -> None:
            if present:
                guessed.append((name, widget))

        self.company.setCurrentText(captured.company)
        put("company_name", self.company, captured.company)
        self.role.setText(captured.role)
        put("role_title", self.role, captured.role)
        if captured.category is not None:
            self.category.set_value(captured.category)
            put("role_category", self.category, True)
        self.city.setCurrentText(captured.city)
        put("city", self.city, captured.city)
        self.salary.setText(captured.salary_text)
        put("salary_text", self.salary, captured.salary_text)
        if captured.work_mode is not None:
            self.work_mode.set_value(captured.work_mode)
            put("work_mode", self.work_mode, True)
        if captured.hiring_track is not None:
            self.hiring_track.set_value(captured.hiring_track)
            put("hiring_track", self.hiring_track, True)
        if captured.channel is not None:
            self.channel.set_value(captured.channel)
            put("channel", self.channel, True)
        self.job_url.setText(captured.link)
        put("job_url", self.job_url, captured.link)
        self.tags.setText(", ".join(captured.tags))
        put("tags", self.tags, captured.tags)
        self.job_description.setPlainText(captured.description)
        put("job_description", self.job_description, captured.description)
        self.district.setText(captured.district)
        put("district", self.district, captured.district)
        for name, value in (
            ("experience_asked", captured.experience),
            ("education_asked", captured.education),
        ):
            if name in self.declared:
                self.declared[name].set_value(value)
                put(name, self.declared[name].widget, value)
        for name, widget in guessed:
            self.guesses.mark(name, widget)
        self.posting_note.setText(posting_note(captured))
        self.posting_row.setVisible(True)
        self._update_salary_preview()
        self._check_duplicates()

    def _confirm_guesses(self) -> None:
        self.guesses.clear_all()
        self.confirm_guesses.setEnabled(False)

    def _validate(self, values: ApplicationUpdate) -> None:
        validate_application(values)
