"""The people of a hunt from the window: their form, linking them to applications, following
up, vCard files in and out; every change on the window's undo stack, and told to the pages that
show people."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from tracker.domain.enums import Relation
from tracker.domain.errors import FileError, PivotError
from tracker.domain.people import ContactDraft, ContactLink
from tracker.domain.pipeline import Pipeline
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.dialogs import messages
from tracker.ui.plain_text import menu_text
from tracker.words.files import file_message

if TYPE_CHECKING:
    from tracker.ui.pages.people_page import PeoplePage


class PeopleCommands(QObject):
    people_changed = Signal()
    application_requested = Signal(int)  # open this application

    def __init__(
        self,
        window: QWidget,
        services: Services,
        actions: ApplicationActions,
        show_error: Callable[[PivotError], None],
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actions = actions
        self._show_error = show_error
        self._show_status = show_status

    def build_page(self, pipeline: Pipeline, settings: Settings | None) -> PeoplePage:
        from tracker.ui.pages.people_page import PeoplePage

        page = PeoplePage(self._services, pipeline, settings)
        page.storage_failed.connect(self._show_error)
        page.new_requested.connect(lambda: self.person(None))
        page.edit_requested.connect(self.person)
        page.delete_requested.connect(self.delete)
        page.followed_up_requested.connect(self.followed_up)
        page.import_requested.connect(self.import_vcards)
        page.export_requested.connect(self.export_vcards)
        page.panel.application_requested.connect(self.application_requested)
        return page

    # -- the form --------------------------------------------------------------------------

    def person(self, contact_id: int | None = None) -> int | None:
        """The form for someone new, or for someone kept; the id saved, or None."""
        from tracker.ui.dialogs.contact_dialog import ContactDialog

        people = self._services.people
        try:
            before = people.draft(contact_id) if contact_id is not None else None
            companies = self._services.queries.company_names()
        except PivotError as error:
            self._show_error(error)
            return None
        saved: list[int] = []

        def save(draft: ContactDraft) -> None:
            saved.append(people.save(draft))
            if before is None:
                new_id = saved[-1]
                self._push("Add {name}", draft.name,
                           lambda: people.set_deleted([new_id], True),
                           lambda: people.set_deleted([new_id], False))  # fmt: skip
            else:
                self._push("Edit {name}", draft.name,
                           lambda: people.save(before), lambda: people.save(draft))  # fmt: skip

        ContactDialog(save, before, self._window, companies=companies).exec()
        return saved[-1] if saved else None

    def delete(self, contact_id: int) -> None:
        people = self._services.people
        try:
            name = people.draft(contact_id).name
            people.set_deleted([contact_id], True)
        except PivotError as error:
            self._show_error(error)
            return
        self._push("Delete {name}", name,
                   lambda: people.set_deleted([contact_id], False),
                   lambda: people.set_deleted([contact_id], True))  # fmt: skip

    def followed_up(self, contact_id: int) -> None:
        """The user got in touch today."""
        people = self._services.people
        try:
            before = people.followed_up(contact_id, date.today())
        except PivotError as error:
            self._show_error(error)
            return
        self._push("Got in touch with {name}", before.name,
                   lambda: people.save(before),
                   lambda: people.followed_up(contact_id, date.today()))  # fmt: skip

    # -- links -----------------------------------------------------------------------------

    def link(self, application_id: int, company: str, role: str, suggested: Relation) -> None:
        """Ask who to link to an application and as what; someone new is added with the
        application's company."""
        from tracker.ui.dialogs.link_person_dialog import LinkPersonDialog

        people = self._services.people
        try:
            rows = people.rows()
        except PivotError as error:
            self._show_error(error)
            return
        dialog = LinkPersonDialog(rows, f"{role} · {company}", suggested, self._window)
        if not dialog.exec():
            return
        contact_id, name = dialog.chosen()
        relation = dialog.relation.value()
        try:
            added = contact_id is None
            if contact_id is None:
                contact_id = people.save(ContactDraft(name=name, company=company))
            before = people.link(contact_id, application_id, relation)
        except PivotError as error:
            self._show_error(error)
            return
        chosen = contact_id

        def undo() -> None:
            if before is None:
                people.unlink(chosen, application_id)
            else:
                people.link(chosen, application_id, before)
            if added:
                people.set_deleted([chosen], True)

        def redo() -> None:
            if added:
                people.set_deleted([chosen], False)
            people.link(chosen, application_id, relation)

        self._push("Link {name}", name, undo, redo)

    def unlink(self, link: ContactLink) -> None:
        people = self._services.people
        try:
            people.unlink(link.contact_id, link.application_id)
        except PivotError as error:
            self._show_error(error)
            return
        self._push("Unlink {name}", link.name,
                   lambda: people.link(link.contact_id, link.application_id, link.relation),
                   lambda: people.unlink(link.contact_id, link.application_id))  # fmt: skip

    # -- vCard -----------------------------------------------------------------------------

    def import_vcards(self) -> None:
        title = self.tr("Import people")
        chosen, _ = QFileDialog.getOpenFileName(
            self._window, title, QDir.homePath(), self.tr("Contact cards (*.vcf *.vcard)")
        )
        if not chosen:
            return
        people = self._services.people
        try:
            result = people.import_vcards(Path(chosen))
        except FileError as error:
            messages.show_error(self._window, title, file_message(error))
            return
        except PivotError as error:
            self._show_error(error)
            return
        added = list(result.added)
        parts = [self.tr("%n contact(s) added", "", len(added))]
        if result.already_there:
            parts.append(self.tr("%n already there", "", result.already_there))
        if result.left_out:
            parts.append(self.tr("%n card(s) without a name left out", "", result.left_out))
        self._show_status("; ".join(parts))
        if added:
            self._push("Import {name}", Path(chosen).name,
                       lambda: people.set_deleted(added, True),
                       lambda: people.set_deleted(added, False))  # fmt: skip

    def export_vcards(self, contact_ids: list[int]) -> None:
        if not contact_ids:
            return
        people = self._services.people
        title = self.tr("Export people")
        try:
            first = people.draft(contact_ids[0]).name if len(contact_ids) == 1 else ""
        except PivotError as error:
            self._show_error(error)
            return
        name = _file_name(first) if first else self.tr("people") + ".vcf"
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, title, str(Path.home() / name), self.tr("Contact cards (*.vcf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".vcf", ".vcard"):
            path = path.with_name(path.name + ".vcf")
        try:
            count = people.export_vcards(contact_ids, path)
        except FileError as error:
            messages.show_error(self._window, title, file_message(error))
            return
        except PivotError as error:
            self._show_error(error)
            return
        self._show_status(
            self.tr("%n contact(s) written to {file}", "", count).format(file=path.name)
        )

    def _push(
        self, text: str, name: str, undo: Callable[[], object], redo: Callable[[], object]
    ) -> None:
        """An action done: on the undo stack, and every page told now and after each step."""
        label = _undo_texts()[text].format(name=menu_text(name))
        self._actions.push_announced(label, undo, redo, self.people_changed.emit)


def _file_name(name: str) -> str:
    """A person's name as a file name on any system."""
    kept = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return f"{kept[:80] or 'person'}.vcf"


def _undo_texts() -> dict[str, str]:
    return {
        "Add {name}": QCoreApplication.translate("PeopleCommands", "Add {name}"),
        "Edit {name}": QCoreApplication.translate("PeopleCommands", "Edit {name}"),
        "Delete {name}": QCoreApplication.translate("PeopleCommands", "Delete {name}"),
        "Got in touch with {name}": QCoreApplication.translate(
            "PeopleCommands", "Got in touch with {name}"
        ),
        "Link {name}": QCoreApplication.translate("PeopleCommands", "Link {name}"),
        "Unlink {name}": QCoreApplication.translate("PeopleCommands", "Unlink {name}"),
        "Import {name}": QCoreApplication.translate("PeopleCommands", "Import {name}"),
    }
