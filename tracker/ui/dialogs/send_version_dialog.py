"""Record a version as sent with an application: which one (from the library) and the day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.documents import DocumentRow
from tracker.ui.dialogs.form_fields import form_layout
from tracker.ui.widgets.plain_label import plain_label
from tracker.words.labels import label


class SendVersionDialog(QDialog):
    library_requested = Signal()

    def __init__(
        self,
        rows: list[DocumentRow],
        application: str,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a version sent"))
        self.resize(520, 220)
        self.version = QComboBox()
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.empty = plain_label(
            self.tr("Your library has no version yet: add your résumé or portfolio first.")
        )
        self.library = QPushButton(self.tr("Documents…"))
        self.library.clicked.connect(self.library_requested)
        form = form_layout()
        form.addRow(self.tr("Application"), plain_label(application))
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Sent on"), self.day)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.empty)
        layout.addWidget(self.library)
        layout.addWidget(self.buttons)
        self.show_documents(rows)

    def show_documents(self, rows: list[DocumentRow]) -> None:
        """The versions to choose from, newest of each document first."""
        kept = self.chosen()
        self.version.clear()
        for document in rows:
            for version in document.versions:
                text = f"{label(document.kind)} · {document.title} · {version.label}"
                self.version.addItem(text, version.id)
        if kept is not None and (index := self.version.findData(kept)) >= 0:
            self.version.setCurrentIndex(index)
        empty = self.version.count() == 0
        self.empty.setVisible(empty)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not empty)

    def chosen(self) -> int | None:
        value = self.version.currentData()
        return int(value) if value is not None else None

    def sent_on(self) -> date:
        value = self.day.date().toPython()
        assert isinstance(value, date)
        return value
