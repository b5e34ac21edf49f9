"""Help: a short guide to Pivot, and every keyboard shortcut the window has (read from the
window's own actions, so the list is never out of step with what the keys do)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, the keys) for every action with a shortcut, in menu order, once each."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = ", ".join(
            sequence.toString(QKeySequence.SequenceFormat.NativeText)
            for sequence in action.shortcuts()
            if not sequence.isEmpty()
        )
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        what = what.removesuffix("…")
        if keys and keys not in seen:
            seen.add(keys)
            rows.append((what, keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for number, (what, keys) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(what))
            self.table.setItem(number, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(480, 560)


def guide_text() -> str:
    return QCoreApplication.translate(
        "Guide",
        "Pivot keeps your whole job hunt in one file on this computer.\n\n"
        "1. Log each application (Ctrl+N): the company, the role, and the pay as the post "
        "writes it (25-50K·19薪). Pivot reads the pay and keeps your words. Or copy the job "
        "posting and press Ctrl+Shift+V: the form opens filled in, and the posting is kept.\n"
        "2. Move it through the stages as the hunt goes on: from the Move to menu, with "
        "Ctrl+] and Ctrl+[, or by dragging its card on the Board. Close it as rejected, "
        "declined, withdrawn or ghosted when it ends.\n"
        "3. Add each interview round from the application's panel, with the questions you "
        "were asked; the Questions page gathers them all. Link the people of each application "
        "there too (the friend who referred you, the recruiter): the People page keeps them, "
        "with a day to follow up. Record there which résumé and portfolio version you sent; "
        "Go ▸ Documents keeps them all.\n"
        "4. Add offers on the Offers page: Pivot works out a year's take-home pay under the "
        "city's rules, compares offers side by side and helps you decide.\n"
        "5. The Agenda shows what is due today and this week, and applications that have "
        "probably been ghosted. Insights shows where applications stop, and Stories those "
        "who made the same move.\n\n"
        "Everything can be undone (Ctrl+Z); deleted things go to File ▸ Trash. Backups are "
        "made on their own; File ▸ Backups lists them. Search everything with Ctrl+K.",
    )


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started with Pivot"))
        self.text = QLabel(guide_text())
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 460)
