"""The user's own stories and pay figures from the window: their forms, saved and deleted
undoably on the window's undo stack; every change tells the pages that show them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from tracker.domain.errors import PivotError
from tracker.domain.reference_drafts import BenchmarkDraft, StoryDraft
from tracker.services.container import Services
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.plain_text import menu_text

if TYPE_CHECKING:
    from tracker.ui.pages.stories_page import StoriesPage


class ReferenceCommands(QObject):
    reference_changed = Signal()

    def __init__(
        self,
        window: QWidget,
        services: Services,
        actions: ApplicationActions,
        show_error: Callable[[PivotError], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actions = actions
        self._show_error = show_error

    def build_page(self) -> StoriesPage:
        """The stories page, its buttons wired to these commands."""
        from tracker.ui.pages.stories_page import StoriesPage

        page = StoriesPage(self._services)
        page.storage_failed.connect(self._show_error)
        page.add_story_requested.connect(lambda: self.story(None))
        page.edit_story_requested.connect(self.story)
        page.delete_story_requested.connect(self.delete_story)
        page.add_benchmark_requested.connect(lambda: self.benchmark(None))
        page.edit_benchmark_requested.connect(self.benchmark)
        page.delete_benchmark_requested.connect(self.delete_benchmark)
        return page

    def story(self, story_id: int | None = None) -> None:
        """The form for a new story of the user's own, or for one of theirs."""
        from tracker.ui.dialogs.reference_dialogs import StoryDialog

        reference = self._services.reference
        try:
            before = reference.story_draft(story_id) if story_id is not None else None
        except PivotError as error:
            self._show_error(error)
            return

        def save(draft: StoryDraft) -> None:
            saved = reference.save_story(draft)
            assert saved.own_id is not None
            own_id = saved.own_id
            if before is None:
                self._push("Add story {name}", draft.title,
                           lambda: reference.set_story_deleted(own_id, True),
                           lambda: reference.set_story_deleted(own_id, False))  # fmt: skip
            else:
                self._push("Edit story {name}", draft.title,
                           lambda: reference.save_story(before),
                           lambda: reference.save_story(draft))  # fmt: skip

        StoryDialog(save, before, self._window).exec()

    def delete_story(self, story_id: int) -> None:
        reference = self._services.reference
        try:
            title = reference.story_draft(story_id).title
            reference.set_story_deleted(story_id, True)
        except PivotError as error:
            self._show_error(error)
            return
        self._push("Delete story {name}", title,
                   lambda: reference.set_story_deleted(story_id, False),
                   lambda: reference.set_story_deleted(story_id, True))  # fmt: skip

    def benchmark(self, benchmark_id: int | None = None) -> None:
        """The form for a new pay figure of the user's own, or for one of theirs."""
        from tracker.ui.dialogs.reference_dialogs import BenchmarkDialog

        reference = self._services.reference
        try:
            before = reference.benchmark_draft(benchmark_id) if benchmark_id is not None else None
        except PivotError as error:
            self._show_error(error)
            return

        def save(draft: BenchmarkDraft) -> None:
            saved = reference.save_benchmark(draft)
            assert saved.own_id is not None
            own_id = saved.own_id
            if before is None:
                self._push("Add pay figure {name}", draft.role,
                           lambda: reference.set_benchmark_deleted(own_id, True),
                           lambda: reference.set_benchmark_deleted(own_id, False))  # fmt: skip
            else:
                self._push("Edit pay figure {name}", draft.role,
                           lambda: reference.save_benchmark(before),
                           lambda: reference.save_benchmark(draft))  # fmt: skip

        BenchmarkDialog(save, before, self._window).exec()

    def delete_benchmark(self, benchmark_id: int) -> None:
        reference = self._services.reference
        try:
            role = reference.benchmark_draft(benchmark_id).role
            reference.set_benchmark_deleted(benchmark_id, True)
        except PivotError as error:
            self._show_error(error)
            return
        self._push("Delete pay figure {name}", role,
                   lambda: reference.set_benchmark_deleted(benchmark_id, False),
                   lambda: reference.set_benchmark_deleted(benchmark_id, True))  # fmt: skip

    def _push(
        self, text: str, name: str, undo: Callable[[], object], redo: Callable[[], object]
    ) -> None:
        """An action done: on the undo stack, and every page told now and after each step."""
        label = _undo_texts()[text].format(name=menu_text(name))
        self._actions.push_announced(label, undo, redo, self.reference_changed.emit)


def _undo_texts() -> dict[str, str]:
    return {
        "Add story {name}": QCoreApplication.translate("ReferenceCommands", "Add story {name}"),
        "Edit story {name}": QCoreApplication.translate("ReferenceCommands", "Edit story {name}"),
        "Delete story {name}": QCoreApplication.translate(
            "ReferenceCommands", "Delete story {name}"
        ),
        "Add pay figure {name}": QCoreApplication.translate(
            "ReferenceCommands", "Add pay figure {name}"
        ),
        "Edit pay figure {name}": QCoreApplication.translate(
            "ReferenceCommands", "Edit pay figure {name}"
        ),
        "Delete pay figure {name}": QCoreApplication.translate(
            "ReferenceCommands", "Delete pay figure {name}"
        ),
    }
