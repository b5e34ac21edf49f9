"""Every change the window makes to applications, made undoable.

Each action is done through the service first, so that its errors (a validation problem, a full
disk) reach the form that asked for it; only then is an undo command pushed, whose first redo
does nothing. Undo and redo call the services again. Views listen to the two signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.domain.enums import Outcome
from tracker.domain.errors import PivotError
from tracker.domain.interviews import QuestionRow, RoundDraft, RoundRead
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationCreate, ApplicationRead, ApplicationUpdate, NoteRead
from tracker.services.container import Services
from tracker.ui.plain_text import menu_text
from tracker.words.labels import label, stage_label

if TYPE_CHECKING:
    from tracker.services.applications import ApplicationService


class DoneTick(NamedTuple):
    """A next action ticked done, and the note that records it."""

    application_id: int
    action: str
    due: date | None
    note_id: int


class _DoneCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        undo: Callable[[], None],
        redo: Callable[[], None],
        failed: Callable[[PivotError], None],
    ) -> None:
        super().__init__(text)
        self._undo, self._redo, self._failed = undo, redo, failed
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # QUndoStack.push() calls redo(); the action is already done.
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except PivotError as error:
            self.setObsolete(True)
            self._failed(error)


class ApplicationActions(QObject):
    applications_changed = Signal(list)  # ids whose rows or details changed (or appeared)
    applications_removed = Signal(list)  # ids that left the list (trash)
    action_failed = Signal(object)  # a PivotError raised while undoing or redoing
    next_action_done = Signal(object)  # the DoneTick of a next action ticked done

    def __init__(self, services: Services, undo_stack: QUndoStack) -> None:
        super().__init__()
        self._services = services
        self.undo_stack = undo_stack
        self.pipeline: Pipeline | None = None  # for the names of moves in the undo menu

    @property
    def _applications(self) -> ApplicationService:
        return self._services.applications

    def push(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        """Record an action already done, so that it can be undone and redone."""
        self.undo_stack.push(_DoneCommand(text, undo, redo, self.action_failed.emit))

    def push_announced(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        announce: Callable[[], None],
    ) -> None:
        """Record an action already done whose every step (now, each undo and redo) is
        followed by ``announce``, which tells the pages what changed."""

        def undo_step() -> None:
            undo()
            announce()

        def redo_step() -> None:
            redo()
            announce()

        self.push(text, undo_step, redo_step)
        announce()

    def _changed(self, *ids: int) -> None:
        self.applications_changed.emit(list(ids))

    def create(self, data: ApplicationCreate) -> ApplicationRead:
        created = self._applications.create(data)
        id_ = created.id

        def undo() -> None:
            self._applications.delete([id_])
            self.applications_removed.emit([id_])

        def redo() -> None:
            self._applications.restore([id_])
            self._changed(id_)

        self.push(
            QCoreApplication.translate("ApplicationActions", "Add {role}").format(
                role=menu_text(created.role_title)
            ),
            undo,
            redo,
        )
        self._changed(id_)
        return created

    def update(self, before: ApplicationRead, data: ApplicationUpdate) -> ApplicationRead:
        id_ = before.id
        updated = self._applications.update(id_, data)

        def undo() -> None:
            self._applications.update(id_, before.fields)
            self._changed(id_)

        def redo() -> None:
            self._applications.update(id_, data)
            self._changed(id_)

        self.push(
            QCoreApplication.translate("ApplicationActions", "Edit {role}").format(
                role=menu_text(updated.role_title)
            ),
            undo,
            redo,
        )
        self._changed(id_)
        return updated

    def change_state(
        self, application_id: int, stage: str, outcome: Outcome | None = None, note: str = ""
    ) -> ApplicationRead:
        moved, event_uuid = self._applications.change_state(
            application_id, stage, outcome, note=note
        )
        if event_uuid is None:
            return moved  # already there: nothing written, nothing to undo
        events = [event_uuid]

        def undo() -> None:
            self._applications.undo_stage_event(events[-1])
            self._changed(application_id)

        def redo() -> None:
            _, uuid = self._applications.change_state(application_id, stage, outcome, note=note)
            if uuid is not None:
                events.append(uuid)
            self._changed(application_id)

        target = label(outcome) if outcome is not None else stage_label(stage, self.pipeline)
        self.push(
            QCoreApplication.translate("ApplicationActions", "Move to {state}").format(
                state=menu_text(target)
            ),
            undo,
            redo,
        )
        self._changed(application_id)
        return moved

    def set_archived(self, application_ids: list[int], archived: bool) -> None:
        # Undo touches only the rows this action changed: those already archived stay so.
        changed = self._applications.set_archived(application_ids, archived)
        if not changed:
            return

        def apply(value: bool) -> Callable[[], None]:
            def run() -> None:
                self._applications.set_archived(changed, value)
                self._changed(*changed)

            return run

        text = (
            QCoreApplication.translate("ApplicationActions", "Archive")
            if archived
            else QCoreApplication.translate("ApplicationActions", "Unarchive")
        )
        self.push(text, apply(not archived), apply(archived))
        self._changed(*changed)

    def delete(self, application_ids: list[int]) -> None:
        self._applications.delete(application_ids)

        def undo() -> None:
            self._applications.restore(application_ids)
            self._changed(*application_ids)

        def redo() -> None:
            self._applications.delete(application_ids)
            self.applications_removed.emit(list(application_ids))

        self.push(QCoreApplication.translate("ApplicationActions", "Delete"), undo, redo)
        self.applications_removed.emit(list(application_ids))

    def add_note(self, application_id: int, body: str) -> NoteRead:
        note = self._applications.add_note(application_id, body)

        def undo() -> None:
            self._applications.delete_note(note.id)
            self._changed(application_id)

        def redo() -> None:
            self._applications.restore_note(note.id)
            self._changed(application_id)

        self.push(QCoreApplication.translate("ApplicationActions", "Add note"), undo, redo)
        self._changed(application_id)
        return note

    def complete_next_action(self, application_id: int, action: str, due: date | None) -> None:
        """Tick a next action done; it is kept as a note saying it was done."""
        body = QCoreApplication.translate("ApplicationActions", "Done: {action}").format(
            action=action
        )
        tick = DoneTick(application_id, action, due, 0)
        tick = tick._replace(note_id=self._applications.complete_next_action(application_id, body))
        text = QCoreApplication.translate("ApplicationActions", "Done {action}")
        self.push(text.format(action=menu_text(action)), self._reopen(tick), self._tick(tick))
        self._changed(application_id)
        self.next_action_done.emit(tick)

    def reopen_next_action(self, tick: DoneTick) -> None:
        """Take a tick back on purpose (not through Undo): the action is due again."""
        self._reopen(tick)()
        text = QCoreApplication.translate("ApplicationActions", "Not done {action}")
        self.push(text.format(action=menu_text(tick.action)), self._tick(tick), self._reopen(tick))

    def _tick(self, tick: DoneTick) -> Callable[[], None]:
        def run() -> None:
            self._applications.complete_next_action(tick.application_id, "", note_id=tick.note_id)
            self._changed(tick.application_id)

        return run

    def _reopen(self, tick: DoneTick) -> Callable[[], None]:
        def run() -> None:
            self._applications.reopen_next_action(
                tick.application_id, tick.action, tick.due, tick.note_id
            )
            self._changed(tick.application_id)

        return run

    def delete_note(self, note: NoteRead) -> None:
        self._applications.delete_note(note.id)

        def undo() -> None:
            self._applications.restore_note(note.id)
            self._changed(note.application_id)

        def redo() -> None:
            self._applications.delete_note(note.id)
            self._changed(note.application_id)

        self.push(QCoreApplication.translate("ApplicationActions", "Delete note"), undo, redo)
        self._changed(note.application_id)


class RoundActions:
    """Undoable saves and deletions of interview rounds, on the same undo stack."""

    def __init__(self, actions: ApplicationActions, services: Services) -> None:
        self._actions = actions
        self._services = services

    def save(self, draft: RoundDraft, before: RoundRead | None) -> RoundRead:
        interviews = self._services.interviews
        saved = interviews.save_round(draft)
        application_id = draft.application_id
        changed = self._actions.applications_changed.emit

        if before is None:

            def undo() -> None:
                interviews.set_round_deleted(saved.id, True)
                changed([application_id])

            def redo() -> None:
                interviews.set_round_deleted(saved.id, False)
                changed([application_id])

            text = QCoreApplication.translate("ApplicationActions", "Add round {name}")
        else:
            previous = before.draft

            def undo() -> None:
                interviews.save_round(previous)
                changed([application_id])

            def redo() -> None:
                interviews.save_round(draft)
                changed([application_id])

            text = QCoreApplication.translate("ApplicationActions", "Edit round {name}")
        self._actions.push(text.format(name=menu_text(saved.draft.round_name)), undo, redo)
        changed([application_id])
        return saved

    def delete(self, interview: RoundRead) -> None:
        interviews = self._services.interviews
        interviews.set_round_deleted(interview.id, True)
        application_id = interview.draft.application_id
        changed = self._actions.applications_changed.emit

        def set_deleted(deleted: bool) -> Callable[[], None]:
            def run() -> None:
                interviews.set_round_deleted(interview.id, deleted)
                changed([application_id])

            return run

        text = QCoreApplication.translate("ApplicationActions", "Delete round {name}")
        name = menu_text(interview.draft.round_name)
        self._actions.push(text.format(name=name), set_deleted(False), set_deleted(True))
        changed([application_id])

    def delete_questions(self, questions: list[QuestionRow]) -> None:
        """Questions to the trash (one question asked in several rounds goes as one)."""
        trash = self._services.trash
        ids = [question.id for question in questions]
        applications = sorted({question.application_id for question in questions})
        trash.put("question", ids)
        changed = self._actions.applications_changed.emit

        def set_deleted(deleted: bool) -> Callable[[], None]:
            def run() -> None:
                if deleted:
                    trash.put("question", ids)
                else:
                    trash.take_out("question", ids)
                changed(applications)

            return run

        text = QCoreApplication.translate("ApplicationActions", "Delete question {question}")
        name = menu_text(questions[0].question)
        self._actions.push(text.format(question=name), set_deleted(False), set_deleted(True))
        changed(applications)
