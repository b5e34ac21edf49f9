"""Add or edit an interview round: when and how, who, what to prepare, how it went, and the
questions asked. Like every form, it keeps what was typed until the save succeeds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import InterviewKind, InterviewOutcome, InterviewStatus
from tracker.domain.interview_rules import validate_round
from tracker.domain.interviews import DEFAULT_TIME_ZONE, ROUND_NAMES, RoundDraft, RoundRead
from tracker.domain.records import ApplicationRead
from tracker.ui.dialogs.form_dialog import FormDialog
from tracker.ui.dialogs.form_fields import error_label, form_layout
from tracker.ui.dialogs.messages import show_info
from tracker.ui.widgets.choice_combo import enum_combo
from tracker.ui.widgets.name_list_completer import NameListCompleter
from tracker.ui.widgets.questions_editor import QuestionsEditor

TIME_ZONES = (
    "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo",
    "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "UTC",
)  # fmt: skip
SaveRound = Callable[[RoundDraft], object]
# Writes the saved round to a calendar file; the widget is the parent of what it shows.
AddToCalendar = Callable[[QWidget], object]


class RoundDialog(FormDialog):
    def __init__(
        self,
        application: ApplicationRead,
        save: SaveRound,
        existing: RoundRead | None = None,
        parent: QWidget | None = None,
        add_to_calendar: AddToCalendar | None = None,
        people: Sequence[str] = (),
    ) -> None:
        """``add_to_calendar`` offers a button for it when the saved round has a time;
        ``people`` are the names the interviewers field completes (any name may be typed)."""
        super().__init__(save, parent)
        self._people = people
        self._application = application
        self._existing = existing
        self._add_to_calendar = add_to_calendar
        title = self.tr("Edit interview round") if existing else self.tr("New interview round")
        self.setWindowTitle(title)
        self.resize(760, 720)
        self._build(existing.draft if existing else None)
        self.calendar_button = self._calendar_button()
        self._remember_initial()

    def _calendar_button(self) -> QPushButton | None:
        """'Add to calendar…' for a round saved with a time; absent otherwise."""
        if self._add_to_calendar is None or self._existing is None:
            return None
        if self._existing.scheduled_at is None:
            return None
        button = self.buttons.addButton(
            self.tr("Add to calendar…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        button.setToolTip(self.tr("Save this round as an .ics file that calendar apps import"))
        button.setEnabled(self.scheduled.isChecked())
        self.scheduled.toggled.connect(button.setEnabled)
        button.clicked.connect(self._calendar_clicked)
        return button

    # -- building --------------------------------------------------------------------------

    def _build(self, draft: RoundDraft | None) -> None:
        self.round_name = QComboBox()
        self.round_name.setEditable(True)
        self.round_name.addItems(ROUND_NAMES)
        self.round_name.setCurrentText(draft.round_name if draft else ROUND_NAMES[0])
        self.kind = enum_combo(list(InterviewKind))
        self.kind.set_value(draft.kind if draft else InterviewKind.VIDEO)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(TIME_ZONES)
        self.time_zone.setCurrentText(draft.time_zone if draft else DEFAULT_TIME_ZONE)
        self.scheduled = QCheckBox(self.tr("Scheduled for"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._show_time(draft.scheduled_at if draft else None)
        self.scheduled.toggled.connect(self.when.setEnabled)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSpecialValueText(self.tr("Not stated"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(draft.duration_minutes or 0 if draft else 0)
        self.location = QLineEdit(draft.location if draft else "")
        self.location.setPlaceholderText(self.tr("Address, floor, meeting room"))
        self.meeting_link = QLineEdit(draft.meeting_link if draft else "")
        self.meeting_link.setPlaceholderText("https://")
        self.interviewers = QLineEdit(draft.interviewers if draft else "")
        self.interviewers.setPlaceholderText(self.tr("e.g. Algorithm lead + HR"))
        NameListCompleter(self._people, self.interviewers)
        self.status = enum_combo(list(InterviewStatus))
        self.status.set_value(draft.status if draft else InterviewStatus.SCHEDULED)
        self.outcome = enum_combo(list(InterviewOutcome))
        self.outcome.set_value(draft.outcome if draft else InterviewOutcome.PENDING)
        self.prep_notes = QPlainTextEdit(draft.prep_notes if draft else "")
        self.prep_notes.setPlaceholderText(self.tr("What to prepare"))
        self.reflection = QPlainTextEdit(draft.reflection if draft else "")
        self.reflection.setPlaceholderText(self.tr("How it went, what to do better"))
        for text in (self.prep_notes, self.reflection):
            text.setFixedHeight(72)
        self.questions = QuestionsEditor(draft.questions if draft else ())

        when = QHBoxLayout()
        when.addWidget(self.scheduled)
        when.addWidget(self.when, 1)
        when.addWidget(self.time_zone, 1)
        left = form_layout()
        left.addRow(self.tr("Round *"), self._field("round_name", self.round_name))
        left.addRow(self.tr("Kind"), self.kind)
        left.addRow(self.tr("Duration"), self._field("duration_minutes", self.duration))
        left.addRow(self.tr("Interviewers"), self._field("interviewers", self.interviewers))
        right = form_layout()
        right.addRow(self.tr("Status"), self.status)
        right.addRow(self.tr("Result"), self.outcome)
        right.addRow(self.tr("Place"), self._field("location", self.location))
        right.addRow(self.tr("Meeting link"), self._field("meeting_link", self.meeting_link))
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setHorizontalSpacing(24)
        notes = form_layout()
        notes.addRow(self.tr("Preparation"), self.prep_notes)
        notes.addRow(self.tr("Reflection"), self.reflection)

        content = QWidget()
        column = QVBoxLayout(content)
        heading = QLabel(
            f"{self._application.fields.role_title} · {self._application.fields.company_name}"
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(heading)
        when_box = QWidget()
        when_box.setLayout(when)
        when.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._field("scheduled_at", when_box))
        self._errors["time_zone"] = error_label()
        column.addWidget(self._errors["time_zone"])
        column.addLayout(grid)
        column.addLayout(notes)
        column.addWidget(QLabel(self.tr("Questions asked")))
        column.addWidget(self._field("questions", self.questions))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _show_time(self, moment: datetime | None) -> None:
        self.scheduled.setChecked(moment is not None)
        self.when.setEnabled(moment is not None)
        zone = self._zone() or ZoneInfo(DEFAULT_TIME_ZONE)
        local = (moment or datetime.now(zone).replace(minute=0, second=0)).astimezone(zone)
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def _zone(self) -> ZoneInfo | None:
        try:
            return ZoneInfo(self.time_zone.currentText().strip())
        except (ValueError, KeyError):
            return None

    # -- values ----------------------------------------------------------------------------

    def _scheduled_at(self) -> datetime | None:
        if not self.scheduled.isChecked():
            return None
        chosen = self.when.dateTime()
        day, clock = chosen.date(), chosen.time()
        wall = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        zone = self._zone()
        # Without a known zone the time stays naive: validation then names the zone field.
        return wall.replace(tzinfo=zone) if zone is not None else wall

    def values(self) -> RoundDraft:
        return RoundDraft(
            application_id=self._application.id,
            round_name=self.round_name.currentText(),
            kind=self.kind.value(),
            scheduled_at=self._scheduled_at(),
            time_zone=self.time_zone.currentText().strip(),
            duration_minutes=self.duration.value() or None,
            location=self.location.text(),
            meeting_link=self.meeting_link.text(),
            interviewers=self.interviewers.text(),
            status=self.status.value(),
            outcome=self.outcome.value(),
            prep_notes=self.prep_notes.toPlainText(),
            reflection=self.reflection.toPlainText(),
            questions=self.questions.values(),
            id=self._existing.id if self._existing else None,
        )

    # -- reactions -------------------------------------------------------------------------

    def _calendar_clicked(self) -> None:
        """The calendar file holds the round as saved, so unsaved changes must be saved first."""
        if self._add_to_calendar is None:
            return
        if self.values() != self._initial:
            show_info(
                self,
                self.tr("Add to calendar"),
                self.tr(
                    "Save the round first: the calendar file holds the round as it was last saved."
                ),
            )
            return
        self._add_to_calendar(self)

    def _validate(self, values: RoundDraft) -> None:
        validate_round(values)
