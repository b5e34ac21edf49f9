"""The forms of the document library: a document (a résumé, portfolio, cover letter…) and one
of its versions (a file, a link to an online portfolio, or only a label)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.documents import (
    DocumentDraft,
    VersionDraft,
    validate_document,
    validate_version,
)
from tracker.domain.enums import DocumentKind
from tracker.domain.errors import FileError
from tracker.ui.dialogs import messages
from tracker.ui.dialogs.form_dialog import FormDialog
from tracker.ui.dialogs.form_fields import OptionalDateEdit, form_layout
from tracker.ui.widgets.choice_combo import enum_combo
from tracker.ui.widgets.plain_label import plain_label
from tracker.words.files import file_message


class DocumentDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[DocumentDraft], object],
        existing: DocumentDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._id = existing.id if existing else None
        self.setWindowTitle(self.tr("Edit document") if existing else self.tr("New document"))
        self.resize(480, 320)
        self.kind = enum_combo(list(DocumentKind))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 简历（AI 训练师方向）, Portfolio"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What it is for, what sets it apart"))
        form = form_layout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title *"), self._field("title", self.title))
        form.addRow(self.tr("Notes"), self._field("notes", self.notes))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._save_buttons())
        if existing is not None:
            self.kind.set_value(existing.kind)
            self.title.setText(existing.title)
            self.notes.setPlainText(existing.notes)
        self._remember_initial()

    def values(self) -> DocumentDraft:
        return DocumentDraft(
            self.kind.value(), self.title.text(), self.notes.toPlainText(), self._id
        )

    def _validate(self, values: DocumentDraft) -> None:
        validate_document(values)


class VersionDialog(FormDialog):
    """A version: its label, the day it was made, and a file (copied into Pivot's data folder
    when saved) or a link; a refused file keeps the form as typed."""

    def __init__(
        self,
        save: Callable[[tuple[VersionDraft, Path | None]], object],
        document_id: int,
        existing: VersionDraft | None = None,
        parent: QWidget | None = None,
        *,
        file_name: str = "",
        document_title: str = "",
        file: Path | None = None,
        made_on: date | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._document_id = document_id
        self._id = existing.id if existing else None
        self._file: Path | None = None
        title = self.tr("Edit version") if existing else self.tr("New version")
        self.setWindowTitle(f"{title} · {document_title}" if document_title else title)
        self.resize(560, 380)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. v3, annotation case study added"))
        self.added_on = OptionalDateEdit(self.tr("Made on"))
        self.file_text = plain_label(file_name or self.tr("No file"))
        self.choose_file = QPushButton(self.tr("Choose file…"))
        self.choose_file.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_text, 1)
        file_row.addWidget(self.choose_file)
        file_box = QWidget()
        file_box.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("https://… (an online portfolio, a shared drive)"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What changed in this version"))
        form = form_layout()
        form.addRow(self.tr("Label *"), self._field("label", self.label))
        form.addRow(self.tr("Made"), self.added_on)
        form.addRow(self.tr("File"), file_box)
        form.addRow(self.tr("Link"), self._field("link", self.link))
        form.addRow(self.tr("Notes"), self._field("notes", self.notes))
        hint = plain_label(
            self.tr(
                "A file is copied into Pivot's data folder (at most 50 MB; programs and scripts "
                "are refused). Without a file or link, the label alone records a version you "
                "keep elsewhere."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self._save_buttons())
        if existing is not None:
            self.label.setText(existing.label)
            self.added_on.set_value(existing.added_on)
            self.link.setText(existing.link)
            self.notes.setPlainText(existing.notes)
        else:
            self.added_on.set_value(made_on)
        if file is not None:
            self.set_file(file)
        self._remember_initial()

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file"),
            QDir.homePath(),
            self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.doc *.docx *.ppt *.pptx "
                    "*.key *.pages *.odt *.rtf *.txt *.md);;All files (*)"),
        )  # fmt: skip
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> None:
        self._file = path
        self.file_text.setText(path.name)
        if not self.label.text().strip():
            self.label.setText(path.stem[:200])

    def values(self) -> tuple[VersionDraft, Path | None]:
        draft = VersionDraft(
            self._document_id, self.label.text(), self.link.text(), self.notes.toPlainText(),
            self.added_on.value(), self._id,
        )  # fmt: skip
        return draft, self._file

    def _validate(self, values: tuple[VersionDraft, Path | None]) -> None:
        validate_version(values[0])

    def accept(self) -> None:
        try:
            super().accept()
        except FileError as error:  # the file was refused: nothing kept, the form as typed
            messages.show_error(self, self.windowTitle(), file_message(error))
