"""Interview rounds from the window: the round form opened for a new or an existing round,
saved undoably, and the offer to move the application to Interviewing once one is scheduled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from tracker.domain.enums import InterviewStatus, Stage
from tracker.domain.errors import PivotError
from tracker.domain.interviews import RoundDraft, RoundRead
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui import messages
from tracker.ui.application_actions import ApplicationActions, RoundActions
from tracker.ui.labels import stage_label


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

        if RoundDialog(application, save, existing, self._window).exec() and saved:
            self._offer_interviewing(application, saved[0])

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
