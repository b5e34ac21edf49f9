"""File ▸ Import and File ▸ Export: choose a file, preview an import and run it with a progress
dialog (cancel writes nothing), undo a whole import in one step; write CSV, JSON and calendar
files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QProgressDialog,
    QWidget,
)

from tracker.domain.errors import FileError, FileProblem, PivotError
from tracker.services.container import Services
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.dialogs import messages
from tracker.ui.plain_text import menu_text
from tracker.words import counts

if TYPE_CHECKING:
    from tracker.services.importing import ImportPreview

IMPORT_FILTER = "*.csv *.tsv *.txt *.json *.xlsx *.xlsm"


class TransferCommands(QObject):
    def __init__(
        self,
        window: QWidget,
        services: Services,
        actions: ApplicationActions,
        visible_ids: Callable[[], list[int]],
        show_error: Callable[[PivotError], None],
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actions = actions
        self._visible_ids = visible_ids
        self._show_error = show_error
        self._status = status

    # -- import ----------------------------------------------------------------------------

    def import_file(self) -> None:
        """Ask for a file, then preview and import it."""
        patterns = self.tr("Tables and Pivot exports ({patterns});;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import applications"),
            QDir.homePath(),
            patterns.format(patterns=IMPORT_FILTER),
        )
        if chosen:
            self.import_path(Path(chosen))

    def import_path(self, path: Path) -> None:
        if path.suffix.lower() == ".json":
            self._import_json(path)
            return
        from tracker.ui.dialogs.import_dialog import ImportDialog

        try:
            preview = self._read(path)
            if preview is None:
                return
        except FileError as error:
            if error.problem is not FileProblem.UNKNOWN_ENCODING:
                self._show_error(error)
                return
            retried = self._preview_in_chosen_encoding(path, error)
            if retried is None:
                return
            preview = retried
        except PivotError as error:
            self._show_error(error)
            return
        if preview.ready and preview.rows == 0:
            self._show_error(FileError(FileProblem.NO_ROWS, str(path)))
            return
        dialog = ImportDialog(
            self._services.imports, preview, self._services.pipeline.current(), self._window
        )
        if not dialog.exec():
            return
        self._run_import(dialog)

    def _read(self, path: Path) -> ImportPreview | None:
        """The preview of a file, with a progress dialog that can cancel a long read (None
        then: nothing was read into Pivot, nothing written)."""
        from tracker.services.importing import ImportCancelledError

        progress = self._progress(self.tr("Reading {file}…").format(file=path.name), 0, 500)

        def advance(rows: int) -> None:
            progress.setLabelText(
                self.tr("Reading {file}: {rows}…").format(file=path.name, rows=counts.rows(rows))
            )
            QApplication.processEvents()

        try:
            with _busy():
                return self._services.imports.preview(
                    path, progress=advance, cancelled=progress.wasCanceled
                )
        except ImportCancelledError:
            return None
        finally:
            progress.close()

    def _progress(self, text: str, maximum: int, shown_after_ms: int) -> QProgressDialog:
        """A window-modal progress dialog (``maximum`` 0: no steps known) that appears when
        the work takes longer than ``shown_after_ms``; its text names the user's file, so it is
        plain text."""
        progress = QProgressDialog(self._window)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        progress.setLabel(label)
        progress.setLabelText(text)
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, maximum)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(shown_after_ms)
        return progress

    def _preview_in_chosen_encoding(self, path: Path, error: FileError) -> ImportPreview | None:
        """Pivot could not tell the file's encoding: the user names it (or cancels), shown how
        the file's first lines read in each encoding that fits."""
        from tracker.domain.encoding_guess import UnclearEncodingError
        from tracker.domain.table_text import CHOOSABLE_ENCODINGS
        from tracker.services.importing import ImportOptions
        from tracker.words.imports import readings_text

        names = [name.upper() for name in CHOOSABLE_ENCODINGS]
        readings = error.readings if isinstance(error, UnclearEncodingError) else ()
        question = self.tr("Pivot could not tell how this file's text is encoded. Which encoding "
                           "was it saved in?")  # fmt: skip
        current = 0
        if readings:
            question = self.tr(
                "Pivot could not tell how this file's text is encoded. Its first lines read "
                "like this in each encoding that fits:\n\n{readings}\n\nWhich encoding was it "
                "saved in?"
            ).format(readings=readings_text(readings))
            if readings[0].encoding in CHOOSABLE_ENCODINGS:
                current = CHOOSABLE_ENCODINGS.index(readings[0].encoding)
        chosen, accepted = QInputDialog.getItem(
            self._window, self.tr("Import {file}").format(file=path.name), question, names,
            current, False,
        )  # fmt: skip
        if not accepted:
            return None
        encoding = CHOOSABLE_ENCODINGS[names.index(chosen)]
        try:
            with _busy():
                return self._services.imports.preview(path, ImportOptions(encoding=encoding))
        except PivotError as failure:
            self._show_error(failure)
            return None

    def _run_import(self, dialog: object) -> None:
        from tracker.services.importing import ImportCancelledError
        from tracker.ui.dialogs.import_dialog import ImportDialog

        assert isinstance(dialog, ImportDialog)
        progress = self._progress(
            self.tr("Importing {file}…").format(file=dialog.path.name),
            max(dialog.preview.rows, 1),
            300,
        )

        def advance(done: int, total: int) -> None:
            progress.setValue(min(done, total))
            QApplication.processEvents()

        try:
            result = self._services.imports.commit(
                dialog.preview, dialog.policy(), progress=advance, cancelled=progress.wasCanceled
            )
        except ImportCancelledError:
            self._status(self.tr("Import cancelled: nothing was written."), 10000)
            return
        except PivotError as error:
            self._show_error(error)
            return
        finally:
            progress.close()
        self._done(result.batch_id, dialog.path.name, result.created, result.merged)
        text = self.tr(
            "Imported {created} from {file}, filled in {merged}; left out {duplicates} and "
            "{errors} with errors."
        )
        self._status(text.format(
            created=counts.applications(result.created), file=dialog.path.name,
            merged=result.merged, duplicates=counts.duplicates(result.skipped_duplicates),
            errors=counts.rows(result.skipped_errors)), 15000)  # fmt: skip

    def _import_json(self, path: Path) -> None:
        from tracker.services import json_transfer

        try:
            document = json_transfer.read_document(path)
            preview = json_transfer.preview_json(self._services.database, document)
        except PivotError as error:
            self._show_error(error)
            return
        from tracker.words.imports import json_notes

        question = self.tr("{file} is a Pivot export with {new} applications not in this "
                           "database ({present} already here are left as they are). Import them?"
                           ).format(file=path.name, new=preview.new_applications,
                                    present=preview.present_applications)  # fmt: skip
        asked = messages.confirm(
            self._window,
            self.tr("Import {file}").format(file=path.name),
            "\n\n".join([question, *json_notes(preview)]),
        )
        if not asked:
            return
        try:
            with _busy():
                self._services.imports.back_up_first()
                batch = json_transfer.import_json(
                    self._services.database, document, source_name=path.name
                )
        except PivotError as error:
            self._show_error(error)
            return
        self._done(batch, path.name, preview.new_applications, 0)

    def _done(self, batch_id: int, name: str, created: int, merged: int) -> None:
        """Show the imported rows and record the import as one undoable step."""
        imports = self._services.imports
        ids = imports.batch_ids(batch_id)

        def undo() -> None:
            imports.undo(batch_id)
            self._actions.applications_removed.emit(ids.created)
            self._actions.applications_changed.emit(ids.merged)

        def redo() -> None:
            imports.redo(batch_id)
            self._actions.applications_changed.emit(ids.created + ids.merged)

        text = QCoreApplication.translate("TransferCommands", "Import {file}").format(
            file=menu_text(name)
        )
        self._actions.push(text, undo, redo)
        self._actions.applications_changed.emit(ids.created + ids.merged)

    # -- export ----------------------------------------------------------------------------

    def _target(self, title: str, name: str, pattern: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, title, str(Path(QDir.homePath()) / name), pattern
        )
        return Path(chosen) if chosen else None

    def export_csv(self) -> None:
        from tracker.services.csv_export import CsvExport
        from tracker.words.labels import label
        from tracker.words.transfer import csv_language_is_chinese, stage_names

        path = self._target(self.tr("Export for Excel"), "pivot-applications.csv",
                            self.tr("CSV for Excel (*.csv)"))  # fmt: skip
        if path is None:
            return
        ids = self._visible_ids()
        names = stage_names(self._services.pipeline.current())
        self._write(lambda: CsvExport(self._services.database).write(
            path, ids=ids, chinese=csv_language_is_chinese(), stage_names=names, label=label,
        ), path)  # fmt: skip

    def export_workbook(self) -> None:
        from tracker.services.xlsx_export import export_workbook
        from tracker.words.workbook import workbook_words

        path = self._target(self.tr("Export an Excel workbook"), "pivot.xlsx",
                            self.tr("Excel workbook (*.xlsx)"))  # fmt: skip
        if path is None:
            return
        ids = self._visible_ids()
        words = workbook_words(self._services.pipeline.current())
        self._write(lambda: export_workbook(self._services, path, words, ids=ids), path)

    def export_json(self) -> None:
        from tracker.services.json_transfer import export_json

        path = self._target(self.tr("Export everything (JSON)"), "pivot-export.json",
                            self.tr("Pivot JSON (*.json)"))  # fmt: skip
        if path is not None:
            self._write(lambda: export_json(self._services.database, path), path)

    def export_calendar(self) -> None:
        from tracker.services.calendar_export import InterviewCalendar
        from tracker.words.transfer import calendar_words

        path = self._target(self.tr("Export interviews to a calendar"), "pivot-interviews.ics",
                            self.tr("Calendar (*.ics)"))  # fmt: skip
        if path is not None:
            self._write(lambda: InterviewCalendar(self._services.database).write(
                path, words=calendar_words()), path)  # fmt: skip

    def _write(self, write: Callable[[], int], path: Path) -> None:
        try:
            with _busy():
                count = write()
        except PivotError as error:
            self._show_error(error)
            return
        self._status(self.tr("{count} written to {path}").format(count=count, path=path), 15000)


class _busy:  # noqa: N801 - used as a statement: with _busy():
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()
