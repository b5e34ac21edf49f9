"""Every message box goes through here: one place tests patch. The words come from
``tracker.words.messages``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.errors import PivotError, StorageError
from tracker.words.messages import error_message, storage_message


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    _show(QMessageBox.Icon.Warning, parent, title, text, detail)


def show_pivot_error(parent: QWidget | None, error: PivotError) -> None:
    """Any error an action met, as one message (nothing was lost)."""
    show_error(parent, "Pivot", error_message(error))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    _show(QMessageBox.Icon.Information, parent, title, text, "")


def _show(
    kind: QMessageBox.Icon, parent: QWidget | None, title: str, text: str, detail: str
) -> None:
    box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def show_storage_error(parent: QWidget | None, error: StorageError) -> None:
    show_error(parent, QCoreApplication.translate("Messages", "Pivot"), storage_message(error))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes
