"""Interview rounds from the window: the round form opened for a new or an existing round,
saved undoably, the offer to move the application to Interviewing once one is scheduled, and a
scheduled round written to a calendar file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from tracker.domain.enums import InterviewStatus, Stage
from tracker.domain.errors import FileError, PivotError
from tracker.domain.interviews import QuestionGroup, RoundDraft, RoundRead
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.commands.application_actions import ApplicationActions, RoundActions
from tracker.ui.dialogs import messages
from tracker.words.files import file_message
from tracker.words.labels import stage_label

if TYPE_CHECKING:
    from tracker.services.calendar_export import CalendarWords


class RoundCommands(QObject):
    def __init__(
        self,
        window: QWidget,
        services: Services,
        actions: ApplicationActions,
        pipeline: Pipeline,
        current_application: Callable[[], ApplicationRead | None],
        show_error: Callable[[PivotError], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actions = actions
        self._rounds = RoundActions(actions, services)
        self._pipeline = pipeline
        self._current = current_application
        self._show_error = show_error

    def add(self) -> None:
        current = self._current()
        if current is not None:
            self.open(current, None)

    def edit(self, interview: RoundRead) -> None:
        current = self._current()
        if current is not None:
            self.open(current, interview)

    def delete(self, interview: RoundRead) -> None:
        try:
            self._rounds.delete(interview)
        except PivotError as error:
            self._show_error(error)

    def delete_questions(self, group: QuestionGroup | None) -> None:
        """The selected question of the bank to the trash, every time it was asked."""
        if group is None:
            return
        try:
            self._rounds.delete_questions(list(group.asked))
        except PivotError as error:
            self._show_error(error)

    def open_by_id(self, application_id: int, round_id: int) -> None:
        """A round opened from elsewhere (the question bank, a search result)."""
        try:
            application = self._services.applications.get(application_id)
            interview = self._services.interviews.get_round(round_id)
        except PivotError as error:
            self._show_error(error)
            return
        self.open(application, interview)

    def open(self, application: ApplicationRead, existing: RoundRead | None) -> None:
        from tracker.ui.dialogs.round_dialog import RoundDialog

        saved: list[RoundRead] = []

        def save(draft: RoundDraft) -> None:
            saved.append(self._rounds.save(draft, existing))

        def add_to_calendar(parent: QWidget) -> None:
            if existing is not None:
                self.add_to_calendar(application, existing, parent)

        try:
            people = self._services.people.names()
        except PivotError:
            people = []  # the form still opens: interviewers are typed then
        dialog = RoundDialog(
            application, save, existing, self._window, add_to_calendar, people=people
        )
        if dialog.exec() and saved:
            self._offer_interviewing(application, saved[0])

    def calendar_words(self) -> CalendarWords:
        """The labels of a calendar file, in the window's language."""
        from tracker.words.transfer import calendar_words

        return calendar_words()

    def add_to_calendar(
        self, application: ApplicationRead, interview: RoundRead, parent: QWidget | None = None
    ) -> Path | None:
        """Ask where to save the round's calendar file (.ics) and write it; the file written, or
        None when the round has no time, the user cancelled, or writing failed (and was shown)."""
        # Imported on first use: the export brings SQLModel and icalendar, which start-up skips.
        from tracker.services.calendar_export import InterviewCalendar, calendar_file_name

        if interview.scheduled_at is None:
            return None
        owner = parent or self._window
        name = calendar_file_name(application.fields.company_name, interview.draft.round_name)
        chosen, _filter = QFileDialog.getSaveFileName(
            owner, self.tr("Add to calendar"), str(Path.home() / name), self.tr("Calendar (*.ics)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            InterviewCalendar(self._services.database).write(
                path, [interview.id], self.calendar_words()
            )
        except FileError as error:
            messages.show_error(owner, self.tr("Add to calendar"), file_message(error))
            return None
        except PivotError as error:
            self._show_error(error)
            return None
        return path

    def _offer_interviewing(self, application: ApplicationRead, interview: RoundRead) -> None:
        """A round scheduled for an application not yet interviewing: ask to move it there."""
        if interview.draft.status is not InterviewStatus.SCHEDULED or application.outcome:
            return
        interviewing = self._pipeline.position(Stage.INTERVIEWING)
        if self._pipeline.position(application.stage) >= interviewing:
            return
        question = self.tr("Move this application to {stage}?").format(
            stage=stage_label(Stage.INTERVIEWING, self._pipeline)
        )
        if messages.confirm(self._window, self.tr("Interview scheduled"), question):
            try:
                self._actions.change_state(application.id, Stage.INTERVIEWING)
            except PivotError as error:
                self._show_error(error)
