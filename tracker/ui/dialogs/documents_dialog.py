"""The document library: every résumé, portfolio, cover letter and other material, each with
its versions (newest first), what each version is (a file kept by Pivot, a link, or a label)
and how many applications it went to. Everything is shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.documents import DocumentRow, VersionRow
from tracker.ui.widgets.plain_label import plain_label
from tracker.words.formatting import file_size, format_date
from tracker.words.labels import label

_ROW = Qt.ItemDataRole.UserRole


class DocumentsDialog(QDialog):
    new_document_requested = Signal()
    edit_document_requested = Signal(int)
    delete_document_requested = Signal(int)
    add_version_requested = Signal(int)  # document id
    edit_version_requested = Signal(int)
    delete_version_requested = Signal(int)
    preview_requested = Signal(int)  # version id
    save_copy_requested = Signal(int)  # version id
    link_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Documents"))
        self.resize(900, 560)
        self.rows: list[DocumentRow] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Document / version"), self.tr("Made"),
                                   self.tr("Sent to")])  # fmt: skip
        self.tree.setColumnWidth(0, 300)
        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self._edit())
        self.facts = plain_label()
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setMinimumWidth(260)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text in (
            ("new", self.tr("New document…")),
            ("version", self.tr("Add version…")),
            ("edit", self.tr("Edit…")),
            ("delete", self.tr("Delete")),
            ("preview", self.tr("Preview")),
            ("copy", self.tr("Save a copy…")),
            ("link", self.tr("Open link")),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, n=name: self._act(n))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.facts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self._update_buttons()

    # -- what is shown ---------------------------------------------------------------------

    def show_documents(self, rows: list[DocumentRow]) -> None:
        """Fill the tree; the document or version chosen before stays chosen if still there."""
        kept = self.chosen()
        self.rows = rows
        self.tree.clear()
        again: QTreeWidgetItem | None = None
        for document in rows:
            top = QTreeWidgetItem([f"{label(document.kind)} · {document.title}", "", ""])
            top.setData(0, _ROW, document)
            self.tree.addTopLevelItem(top)
            again = again or (top if _same(kept, document) else None)
            for version in document.versions:
                day = format_date(version.added_on) if version.added_on else ""
                sent = self.tr("%n application(s)", "", version.sent)
                child = QTreeWidgetItem([self._version_text(version), day, sent])
                child.setData(0, _ROW, version)
                top.addChild(child)
                again = again or (child if _same(kept, version) else None)
            top.setExpanded(True)
        if again is not None:
            self.tree.setCurrentItem(again)
        self._chosen()

    def _version_text(self, version: VersionRow) -> str:
        if version.file is not None:
            return f"{version.label} ({version.file.file_name})"
        return version.label

    def chosen(self) -> DocumentRow | VersionRow | None:
        item = self.tree.currentItem()
        value = item.data(0, _ROW) if item is not None else None
        return value if isinstance(value, DocumentRow | VersionRow) else None

    def select_version(self, version_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            children = [top.child(n) for n in range(top.childCount())] if top else []
            for child in children:
                value = child.data(0, _ROW) if child is not None else None
                if child is not None and isinstance(value, VersionRow) and value.id == version_id:
                    self.tree.setCurrentItem(child)
                    return

    def _chosen(self, *_args: object) -> None:
        chosen = self.chosen()
        self.facts.setText(self._facts(chosen) if chosen is not None else self.tr(
            "Add your résumés, portfolios and cover letters, then record which version went "
            "with each application (in the application's panel)."
        ))  # fmt: skip
        self._update_buttons()

    def _facts(self, chosen: DocumentRow | VersionRow) -> str:
        if isinstance(chosen, DocumentRow):
            count = self.tr("%n version(s)", "", len(chosen.versions))
            return "\n\n".join(
                part for part in (f"{label(chosen.kind)} · {chosen.title}", count, chosen.notes)
                if part
            )  # fmt: skip
        lines = [chosen.label]
        if chosen.added_on:
            lines.append(self.tr("Made {day}").format(day=format_date(chosen.added_on)))
        if chosen.file is not None:
            lines.append(self.tr("File: {name} ({size})").format(
                name=chosen.file.file_name, size=file_size(chosen.file.size)))  # fmt: skip
        if chosen.link:
            lines.append(self.tr("Link: {link}").format(link=chosen.link))
        if chosen.file is None and not chosen.link:
            lines.append(self.tr("Kept elsewhere (no file in Pivot)"))
        lines.append(self.tr("Sent to %n application(s)", "", chosen.sent))
        return "\n".join(lines) + (f"\n\n{chosen.notes}" if chosen.notes else "")

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        version = chosen if isinstance(chosen, VersionRow) else None
        self.buttons["version"].setEnabled(chosen is not None)
        self.buttons["edit"].setEnabled(chosen is not None)
        self.buttons["delete"].setEnabled(chosen is not None)
        self.buttons["preview"].setEnabled(version is not None and version.previewable)
        self.buttons["copy"].setEnabled(version is not None and version.file is not None)
        self.buttons["link"].setEnabled(version is not None and bool(version.link))

    # -- what is asked ---------------------------------------------------------------------

    def _edit(self) -> None:
        self._act("edit")

    def _act(self, name: str) -> None:
        chosen = self.chosen()
        if name == "new":
            self.new_document_requested.emit()
        elif isinstance(chosen, DocumentRow):
            self._act_on_document(name, chosen)
        elif isinstance(chosen, VersionRow):
            self._act_on_version(name, chosen)

    def _act_on_document(self, name: str, document: DocumentRow) -> None:
        signals = {
            "version": self.add_version_requested,
            "edit": self.edit_document_requested,
            "delete": self.delete_document_requested,
        }
        if name in signals:
            signals[name].emit(document.id)

    def _act_on_version(self, name: str, version: VersionRow) -> None:
        if name == "link":
            self.link_requested.emit(version.link)
            return
        signals = {
            "version": self.add_version_requested,
            "edit": self.edit_version_requested,
            "delete": self.delete_version_requested,
            "preview": self.preview_requested,
            "copy": self.save_copy_requested,
        }
        if name in signals:
            signals[name].emit(version.document_id if name == "version" else version.id)


def _same(kept: DocumentRow | VersionRow | None, row: DocumentRow | VersionRow) -> bool:
    return kept is not None and type(kept) is type(row) and kept.id == row.id
