"""File ▸ Backups…: every verified backup (when, why, how many applications it holds), made
now on request, or restored in place of the database (the replaced file is kept aside)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import StorageError
from tracker.services.backups import BackupInfo, BackupKeeper, applications_in, backups
from tracker.ui.dialogs import messages
from tracker.ui.widgets.row_table import row_table


def reason_text(label: str) -> str:
    """Why a backup was made, in words."""
    reasons = {
        "manual": QCoreApplication.translate("BackupsDialog", "Backed up by you"),
        "auto": QCoreApplication.translate("BackupsDialog", "Automatic (every 30 minutes)"),
        "on-close": QCoreApplication.translate("BackupsDialog", "When Pivot closed"),
        "pre-migration": QCoreApplication.translate("BackupsDialog", "Before an upgrade"),
        "pre-import": QCoreApplication.translate("BackupsDialog", "Before an import"),
        "pre-restore": QCoreApplication.translate("BackupsDialog", "Before a restore"),
        "pre-delete": QCoreApplication.translate("BackupsDialog", "Before emptying the trash"),
    }
    return reasons.get(label, label)


class BackupsDialog(QDialog):
    restore_requested = Signal(object)  # the Path of the backup to put in place

    def __init__(
        self,
        keeper: BackupKeeper,
        parent: QWidget | None = None,
        *,
        problem_text: str | None = None,
    ) -> None:
        """``problem_text``: the dialog opens instead of Pivot, because the database is
        missing or damaged; restoring a backup (or quitting) are the only ways on."""
        super().__init__(parent)
        self._keeper = keeper
        self._shown: list[BackupInfo] = []
        self._recovering = problem_text is not None
        self.setWindowTitle(
            self.tr("Pivot cannot open your data") if self._recovering else self.tr("Backups")
        )
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            problem_text + "\n\n" + self.tr("Choose a backup to restore, or close to quit.")
            if problem_text is not None
            else self.tr(
                "Pivot keeps verified copies of your file: every 30 minutes when something "
                "changed, when it closes, and before upgrades, imports and restores. Recent "
                "ones are all kept, older ones one a day, a week, a month."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.table = row_table(
            [self.tr("Made"), self.tr("Why"), self.tr("Applications")], stretch=1
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        self.empty_note = QLabel(
            self.tr(
                "No backups yet: this data folder is new, or its backups folder was emptied. "
                "Pivot makes the first one 30 minutes after something changes, or when it "
                "closes; Back up now makes one at once."
            )
        )
        self.empty_note.setWordWrap(True)
        layout.addWidget(self.empty_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        for button in (self.back_up_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.back_up_button.setVisible(not self._recovering)  # there is nothing to back up
        self.back_up_button.clicked.connect(self._back_up)
        self.restore_button.clicked.connect(self._restore)
        self.folder_button.clicked.connect(self._open_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._shown = backups(self._keeper.backup_dir)
        self.table.setRowCount(len(self._shown))
        locale = QLocale()
        for row, info in enumerate(self._shown):
            when = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            count = applications_in(info.path)
            cells = (when, reason_text(info.label), "" if count is None else locale.toString(count))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.empty_note.setVisible(not self._shown)
        if self._shown:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _back_up(self) -> None:
        try:
            self._keeper.back_up("manual")
        except StorageError as error:
            messages.show_storage_error(self, error)
            return
        self.refresh()

    def _restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        when = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        question = self.tr(
            "Put the backup of {when} in place of your current data? Your current file is not "
            "deleted: it is kept in a folder beside it, and backed up first."
        ).format(when=when)
        if self._recovering or messages.confirm(self, self.tr("Restore a backup"), question):
            self.restore_requested.emit(info.path)
            self.accept()

    def _open_folder(self) -> None:
        folder: Path = self._keeper.backup_dir
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
