"""The document library from the window: documents and versions added, changed and put in the
trash, files previewed and saved out, versions recorded as sent with applications; every change
on the window's undo stack, and told to what shows documents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from tracker.domain.documents import (
    DocumentDraft,
    SentVersion,
    StoredFile,
    VersionDraft,
)
from tracker.domain.errors import FileError, PivotError
from tracker.services.container import Services
from tracker.services.documents import DocumentService
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.dialogs import messages
from tracker.ui.dialogs.documents_dialog import DocumentsDialog
from tracker.ui.plain_text import menu_text
from tracker.ui.widgets.detail_panel import web_url
from tracker.words.files import file_message


class DocumentCommands(QObject):
    documents_changed = Signal()

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
        self.library_dialog: DocumentsDialog | None = None
        self.documents_changed.connect(self.reload_library)

    @property
    def _documents(self) -> DocumentService:
        return self._services.documents

    # -- the library -----------------------------------------------------------------------

    def library(self) -> DocumentsDialog:
        """Show the library (one window, raised when asked again)."""
        if self.library_dialog is None:
            self.library_dialog = self._wired(DocumentsDialog(self._window))
        self.reload_library()
        self.library_dialog.show()
        self.library_dialog.raise_()
        self.library_dialog.activateWindow()
        return self.library_dialog

    def library_over(self, parent: QWidget) -> None:
        """The library as a dialog of its own over ``parent`` (a form waiting for a version),
        which it must not leave behind."""
        kept = self.library_dialog
        self.library_dialog = self._wired(DocumentsDialog(parent))
        try:
            self.reload_library()
            self.library_dialog.exec()
        finally:
            self.library_dialog.deleteLater()
            self.library_dialog = kept

    def _wired(self, dialog: DocumentsDialog) -> DocumentsDialog:
        dialog.new_document_requested.connect(lambda: self.document(None))
        dialog.edit_document_requested.connect(self.document)
        dialog.delete_document_requested.connect(self.delete_document)
        dialog.add_version_requested.connect(lambda document: self.version(document, None))
        dialog.edit_version_requested.connect(self.edit_version)
        dialog.delete_version_requested.connect(self.delete_version)
        dialog.preview_requested.connect(self.preview)
        dialog.save_copy_requested.connect(self.save_copy)
        dialog.link_requested.connect(self.open_link)
        return dialog

    def reload_library(self) -> None:
        if self.library_dialog is None:
            return
        try:
            self.library_dialog.show_documents(self._documents.rows())
        except PivotError as error:
            self._show_error(error)

    def _parent(self) -> QWidget:
        dialog = self.library_dialog
        return dialog if dialog is not None and dialog.isVisible() else self._window

    # -- documents -------------------------------------------------------------------------

    def document(self, document_id: int | None = None) -> int | None:
        from tracker.ui.dialogs.document_dialogs import DocumentDialog

        documents = self._documents
        try:
            before = documents.document_draft(document_id) if document_id is not None else None
        except PivotError as error:
            self._show_error(error)
            return None
        saved: list[int] = []

        def save(draft: DocumentDraft) -> None:
            saved.append(documents.save_document(draft))
            new_id = saved[-1]
            if before is None:
                self._push("Add {name}", draft.title,
                           lambda: self._services.trash.put("document", [new_id]),
                           lambda: self._services.trash.take_out("document", [new_id]))  # fmt: skip
            else:
                self._push("Edit {name}", draft.title,
                           lambda: documents.save_document(before),
                           lambda: documents.save_document(draft))  # fmt: skip

        DocumentDialog(save, before, self._parent()).exec()
        return saved[-1] if saved else None

    def delete_document(self, document_id: int) -> None:
        try:
            title = self._documents.document_draft(document_id).title
        except PivotError as error:
            self._show_error(error)
            return
        self._trash("document", document_id, title)

    def _trash(self, kind: str, record_id: int, name: str) -> None:
        trash = self._services.trash
        try:
            trash.put(kind, [record_id])
        except PivotError as error:
            self._show_error(error)
            return
        self._push("Delete {name}", name,
                   lambda: trash.take_out(kind, [record_id]),
                   lambda: trash.put(kind, [record_id]))  # fmt: skip

    # -- versions --------------------------------------------------------------------------

    def version(self, document_id: int, file: Path | None = None) -> int | None:
        """The form for a new version of a document (with ``file`` chosen already, if given)."""
        from tracker.ui.dialogs.document_dialogs import VersionDialog

        documents = self._documents
        try:
            title = documents.document_draft(document_id).title
        except PivotError as error:
            self._show_error(error)
            return None
        saved: list[int] = []

        def save(values: tuple[VersionDraft, Path | None]) -> None:
            draft, chosen = values
            saved.append(documents.save_version(draft, chosen))
            new_id = saved[-1]
            self._push("Add {name}", draft.label,
                       lambda: self._services.trash.put("version", [new_id]),
                       lambda: self._services.trash.take_out("version", [new_id]))  # fmt: skip

        VersionDialog(
            save, document_id, None, self._parent(), document_title=title, file=file,
            made_on=date.today(),
        ).exec()  # fmt: skip
        if saved and self.library_dialog is not None:
            self.library_dialog.select_version(saved[-1])
        return saved[-1] if saved else None

    def edit_version(self, version_id: int) -> None:
        from tracker.ui.dialogs.document_dialogs import VersionDialog

        documents = self._documents
        try:
            before = documents.version_draft(version_id)
            stored = documents.version(version_id).file
        except PivotError as error:
            self._show_error(error)
            return

        def save(values: tuple[VersionDraft, Path | None]) -> None:
            draft, chosen = values
            documents.save_version(draft, chosen)
            after: StoredFile | None = documents.version(version_id).file

            def undo() -> None:
                documents.save_version(before)
                documents.restore_file(version_id, stored)

            def redo() -> None:
                documents.save_version(draft)
                documents.restore_file(version_id, after)

            self._push("Edit {name}", draft.label, undo, redo)

        name = stored.file_name if stored is not None else ""
        VersionDialog(save, before.document_id, before, self._parent(), file_name=name).exec()

    def delete_version(self, version_id: int) -> None:
        try:
            label = self._documents.version_draft(version_id).label
        except PivotError as error:
            self._show_error(error)
            return
        self._trash("version", version_id, label)

    def preview(self, version_id: int) -> None:
        from tracker.ui.dialogs.preview_dialog import PreviewDialog

        try:
            stored, data = self._documents.content(version_id)
        except FileError as error:
            messages.show_error(self._parent(), self.tr("Preview"), file_message(error))
            return
        except PivotError as error:
            self._show_error(error)
            return
        PreviewDialog(stored, data, self._parent()).exec()

    def save_copy(self, version_id: int) -> None:
        title = self.tr("Save a copy")
        try:
            stored = self._documents.version(version_id).file
        except PivotError as error:
            self._show_error(error)
            return
        if stored is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent(), title, str(Path.home() / stored.file_name)
        )
        if not chosen:
            return
        try:
            self._documents.save_copy(version_id, Path(chosen))
        except FileError as error:
            messages.show_error(self._parent(), title, file_message(error))
            return
        except PivotError as error:
            self._show_error(error)
            return
        self._show_status(self.tr("Saved a copy as {file}").format(file=Path(chosen).name))

    # -- sent with applications ------------------------------------------------------------

    def send(self, application_id: int, application: str, day: date) -> None:
        """Ask which version went with an application, and when."""
        from tracker.ui.dialogs.send_version_dialog import SendVersionDialog

        documents = self._documents
        try:
            rows = documents.rows()
        except PivotError as error:
            self._show_error(error)
            return
        dialog = SendVersionDialog(rows, application, day, self._window)

        def refresh() -> None:
            dialog.show_documents(documents.rows())

        dialog.library_requested.connect(lambda: self.library_over(dialog))
        self.documents_changed.connect(refresh)
        try:
            if not dialog.exec() or dialog.chosen() is None:
                return
        finally:
            self.documents_changed.disconnect(refresh)
        version_id, on = dialog.chosen(), dialog.sent_on()
        assert version_id is not None
        try:
            was, before = documents.send(application_id, version_id, on)
            name = documents.version(version_id).label
        except PivotError as error:
            self._show_error(error)
            return

        def undo() -> None:
            if was:
                documents.send(application_id, version_id, before)
            else:
                documents.unsend(application_id, version_id)

        self._push("Record {name} as sent", name, undo,
                   lambda: documents.send(application_id, version_id, on))  # fmt: skip

    def unsend(self, sent: SentVersion) -> None:
        documents = self._documents
        try:
            documents.unsend(sent.application_id, sent.version_id)
        except PivotError as error:
            self._show_error(error)
            return
        self._push("Remove {name}", sent.label,
                   lambda: documents.send(sent.application_id, sent.version_id, sent.sent_on),
                   lambda: documents.unsend(sent.application_id, sent.version_id))  # fmt: skip

    @staticmethod
    def open_link(text: str) -> None:
        """A version's link, if it is a web link (only those ever open)."""
        url = web_url(text)
        if url is not None:
            QDesktopServices.openUrl(url)

    def _push(
        self, text: str, name: str, undo: Callable[[], object], redo: Callable[[], object]
    ) -> None:
        label = _undo_texts()[text].format(name=menu_text(name))
        self._actions.push_announced(label, undo, redo, self.documents_changed.emit)


def _undo_texts() -> dict[str, str]:
    return {
        "Add {name}": QCoreApplication.translate("DocumentCommands", "Add {name}"),
        "Edit {name}": QCoreApplication.translate("DocumentCommands", "Edit {name}"),
        "Delete {name}": QCoreApplication.translate("DocumentCommands", "Delete {name}"),
        "Record {name} as sent": QCoreApplication.translate(
            "DocumentCommands", "Record {name} as sent"
        ),
        "Remove {name}": QCoreApplication.translate("DocumentCommands", "Remove {name}"),
    }
