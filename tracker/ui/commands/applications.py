"""What the window's application actions do: log, edit, move, close, archive and delete the
selected applications, each one undoable step, and the notes of one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tracker.domain.enums import Outcome
from tracker.domain.errors import PivotError
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import (
    ApplicationCreate,
    ApplicationRead,
    ApplicationUpdate,
    NoteRead,
)
from tracker.services.container import Services
from tracker.ui.application_rows import ApplicationRows
from tracker.ui.commands.application_actions import ApplicationActions, DoneTick

if TYPE_CHECKING:
    from tracker.domain.posting_reader import CapturedPosting


class SelectionPage(Protocol):
    """A page with a selection of applications and a detail panel (the table, the board)."""

    def selected_ids(self) -> list[int]: ...
    def select_ids(self, ids: list[int]) -> None: ...
    def current_application(self) -> ApplicationRead | None: ...


class NoSelection:
    """A page with no applications of its own (the agenda, the offers, the charts…): the
    application actions have nothing to act on there."""

    def selected_ids(self) -> list[int]:
        return []

    def select_ids(self, ids: list[int]) -> None:
        pass

    def current_application(self) -> ApplicationRead | None:
        return None


NO_SELECTION = NoSelection()


class ApplicationCommands(QObject):
    note_saved = Signal(int)  # application id: the detail panels clear their note field
    trash_changed = Signal()  # records came back from the trash or left it for good

    def __init__(
        self,
        window: QWidget,
        services: Services,
        actions: ApplicationActions,
        rows: ApplicationRows,
        pipeline: Pipeline,
        page: Callable[[], SelectionPage],
        show_error: Callable[[PivotError], None],
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actions = actions
        self.rows = rows
        self.pipeline = pipeline
        self._page = page
        self._show_error = show_error
        self._status = status
        # Shows an application the window holds (set by the window; the form's "Open it").
        self.open_application: Callable[[int], None] | None = None

    def move_dropped(self, ids: list[int], target: object) -> None:
        """A card dropped on a column: each application moves there (one undoable step each)."""
        for application_id in ids:
            row = self.rows.find(application_id)
            if row is None:
                continue
            outcome = target if isinstance(target, Outcome) else None
            stage = row.stage if outcome is not None else str(target)
            try:
                self._actions.change_state(application_id, stage, outcome)
            except PivotError as error:
                self._show_error(error)
                return

    def open_trash(self) -> None:
        """File ▸ Trash: what comes back reappears at once; after emptying, the undo history
        (which may point at what is gone) starts afresh."""
        from tracker.ui.dialogs.trash_dialog import TrashDialog

        dialog = TrashDialog(self._services.trash, self._window)

        def changed(emptied: bool) -> None:
            if emptied:
                self._actions.undo_stack.clear()
            self.trash_changed.emit()

        dialog.changed.connect(changed)
        dialog.exec()

    def archiving(self, ids: list[int]) -> bool:
        """Whether the archive action would archive these (else it brings them back)."""
        rows = [row for row in (self.rows.find(id_) for id_ in ids) if row is not None]
        return not rows or not all(row.archived for row in rows)

    def new(self) -> None:
        self._open_new()

    def new_from_posting(self, captured: CapturedPosting, source: str) -> None:
        """The new-application form filled in from a posting, which is kept with what is saved
        (``source``: the board's key, or the file's name)."""
        self._open_new(captured, source)

    def _open_new(self, captured: CapturedPosting | None = None, source: str = "") -> None:
        created: list[int] = []

        def save(data: ApplicationUpdate) -> None:
            assert isinstance(data, ApplicationCreate)
            if captured is not None:
                from tracker.services.capture import posting_of

                data = replace(data, posting=posting_of(captured, source))
            created.append(self._actions.create(data).id)

        from tracker.ui.dialogs.application_dialog import ApplicationDialog

        dialog = ApplicationDialog(
            self._services.queries,
            save,
            parent=self._window,
            pipeline=self.pipeline,
            open_existing=self.open_application,
        )
        if captured is not None:
            dialog.fill_from_posting(captured)
        if dialog.exec() and created:
            self._page().select_ids(created)

    def edit(self) -> None:
        current = self._page().current_application()
        if current is None:
            return

        def save(data: ApplicationUpdate) -> None:
            self._actions.update(current, data)

        from tracker.ui.dialogs.application_dialog import ApplicationDialog

        ApplicationDialog(
            self._services.queries,
            save,
            existing=current,
            parent=self._window,
            pipeline=self.pipeline,
        ).exec()

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except PivotError as error:
            self._show_error(error)
            return False
        return True

    def move_selected(self, stage: str) -> None:
        current = self._page().current_application()
        if current is not None:
            self._run(lambda: self._actions.change_state(current.id, stage))

    def close_selected(self, outcome: Outcome) -> None:
        current = self._page().current_application()
        if current is not None:
            self._run(lambda: self._actions.change_state(current.id, current.stage, outcome))

    def step_stage(self, step: int) -> None:
        current = self._page().current_application()
        if current is None:
            return
        target = self.pipeline.step(current.stage, step)
        if current.outcome is not None:
            target = current.stage  # either key reopens a closed application where it stopped
        if target is None:
            self._status(
                self.tr("Already at the last stage.")
                if step > 0
                else self.tr("Already at the first stage."),
                4000,
            )
            return
        self.move_selected(target)

    def toggle_archived(self) -> None:
        ids = self._page().selected_ids()
        if not ids:
            return
        archive = self.archiving(ids)
        if self._run(lambda: self._actions.set_archived(ids, archive)):
            self._status(
                self.tr("Archived. Undo with Ctrl+Z.") if archive else self.tr("Unarchived."), 5000
            )

    def delete_selected(self) -> None:
        ids = self._page().selected_ids()
        if ids and self._run(lambda: self._actions.delete(ids)):
            self._status(self.tr("Deleted. Undo with Ctrl+Z."), 8000)

    def mark_ghosted(self, application_id: int) -> None:
        row = self.rows.find(application_id)
        if row is not None:
            self._run(lambda: self._actions.change_state(row.id, row.stage, Outcome.GHOSTED))

    def complete_next_action(self, application_id: int) -> None:
        row = self.rows.find(application_id)
        if row is not None and row.next_action:
            action, due = row.next_action, row.next_action_due
            self._run(lambda: self._actions.complete_next_action(row.id, action, due))

    def reopen_next_action(self, tick: DoneTick) -> None:
        self._run(lambda: self._actions.reopen_next_action(tick))

    def add_note(self, application_id: int, body: str) -> None:
        if self._run(lambda: self._actions.add_note(application_id, body)):
            self.note_saved.emit(application_id)

    def delete_note(self, note: NoteRead) -> None:
        self._run(lambda: self._actions.delete_note(note))
