"""File ▸ Trash…: everything deleted (applications, notes, interview rounds, offers, the user's
own stories and pay figures), newest first; bring any of it back, or empty the trash for good
(a verified backup is made first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import PivotError
from tracker.services.trash import TrashItem, TrashService
from tracker.ui.dialogs import messages
from tracker.ui.widgets.row_table import Selection, row_table
from tracker.words import counts


def kind_text(kind: str) -> str:
    kinds = {
        "application": QCoreApplication.translate("TrashDialog", "Application"),
        "note": QCoreApplication.translate("TrashDialog", "Note"),
        "posting": QCoreApplication.translate("TrashDialog", "Captured posting"),
        "round": QCoreApplication.translate("TrashDialog", "Interview round"),
        "question": QCoreApplication.translate("TrashDialog", "Interview question"),
        "offer": QCoreApplication.translate("TrashDialog", "Offer"),
        "story": QCoreApplication.translate("TrashDialog", "Your story"),
        "benchmark": QCoreApplication.translate("TrashDialog", "Your pay figure"),
        "contact": QCoreApplication.translate("TrashDialog", "Person"),
        "negotiation": QCoreApplication.translate("TrashDialog", "Negotiation step"),
        "document": QCoreApplication.translate("TrashDialog", "Document"),
        "version": QCoreApplication.translate("TrashDialog", "Document version"),
    }
    return kinds.get(kind, kind)


class TrashDialog(QDialog):
    changed = Signal(bool)  # something came back (False) or the trash was emptied (True)

    def __init__(self, trash: TrashService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trash = trash
        self._items: list[TrashItem] = []
        self.setWindowTitle(self.tr("Trash"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = row_table(
            [self.tr("What"), self.tr("Title"), self.tr("Belongs to"), self.tr("Deleted")],
            selection=Selection.ExtendedSelection,
            stretch=1,
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.restore_button.clicked.connect(self._restore)
        self.empty_button.clicked.connect(self._empty)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            self._items = self._trash.items()
        except PivotError as error:
            messages.show_pivot_error(self, error)
            self._items = []
        self.intro.setText(
            self.tr("The trash is empty.")
            if not self._items
            else self.tr(
                "Deleted things stay here until you empty the trash. Select any to bring them "
                "back; emptying deletes them for good (a backup is made first)."
            )
        )
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            when = item.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
            cells = (kind_text(item.kind), item.title.replace("\n", " "), item.detail, when)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 280))
        self.empty_button.setEnabled(bool(self._items))
        self._selection_changed()

    def selected(self) -> list[TrashItem]:
        return [self._items[index.row()] for index in self.table.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.selected()))

    def _restore(self) -> None:
        try:
            self._trash.restore(self.selected())
        except PivotError as error:
            messages.show_pivot_error(self, error)
            return
        self.changed.emit(False)
        self.refresh()

    def _empty(self) -> None:
        question = self.tr(
            "Delete the {items} in the trash for good? A backup of your data is made "
            "first, so they can still be found in File ▸ Backups."
        ).format(items=counts.items(len(self._items)))
        if not messages.confirm(self, self.tr("Empty trash"), question):
            return
        try:
            self._trash.empty()
        except PivotError as error:
            messages.show_pivot_error(self, error)
            return
        self.changed.emit(True)
        self.refresh()
