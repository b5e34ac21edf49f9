"""File-menu commands about the database file itself: back up, check, show the folder, about."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from tracker import __version__
from tracker.domain.errors import StorageError
from tracker.paths import AppPaths
from tracker.services import maintenance
from tracker.ui.dialogs import messages


class DatabaseCommands(QObject):
    restore_requested = Signal(object)  # the Path of a backup to put in place of the database

    def __init__(
        self, parent: QWidget, paths: AppPaths, show_status: Callable[[str, int], None]
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._paths = paths
        self._show_status = show_status

    def back_up_now(self) -> None:
        from tracker.services.backups import BackupKeeper

        try:
            path = BackupKeeper(self._paths.database, self._paths.backup_dir).back_up("manual")
        except StorageError as error:
            messages.show_storage_error(self._window, error)
            return
        self._show_status(self.tr("Backup written: {path}").format(path=path), 10000)

    def show_backups(self) -> None:
        """The backups dialog; a restore it asks for goes to whoever owns the database."""
        from tracker.services.backups import BackupKeeper
        from tracker.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(BackupKeeper(self._paths.database, self._paths.backup_dir),
                               self._window)  # fmt: skip
        dialog.restore_requested.connect(self.restore_requested.emit)
        dialog.exec()

    def check_database(self) -> None:
        try:
            report = maintenance.check_database(self._paths.database)
        except StorageError as error:
            messages.show_storage_error(self._window, error)
            return
        title = self.tr("Check database")
        if report.ok:
            text = self.tr("No problems found in the database. Applications: {count}.")
            messages.show_info(self._window, title, text.format(count=report.applications))
            return
        messages.show_error(
            self._window,
            title,
            self.tr(
                "The check found problems; it changed nothing. Keep this file (do not "
                "delete it) and restore the newest backup from the backups folder."
            ),
            "\n".join(report.problems),
        )

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data_dir)))

    def show_about(self) -> None:
        """Help ▸ About: the version, and where the data and its backups live (as plain text:
        a folder's name is never read as markup)."""
        text = self.tr(
            "Pivot {version}\nA private, local tracker for a job hunt into AI roles.\n"
            "Your data stays in one file on this computer."
        ).format(version=__version__)
        where = self.tr("Database: {database}\nBackups: {backups}").format(
            database=self._paths.database, backups=self._paths.backup_dir
        )
        messages.show_info(self._window, self.tr("About Pivot"), f"{text}\n\n{where}")
