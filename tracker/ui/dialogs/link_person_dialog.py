"""Link a person to an application: someone already among the user's people, or a new one by
name, and what they are to it (the referrer, the recruiter, an interviewer…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import Relation
from tracker.domain.people import ContactRow
from tracker.ui.dialogs.form_fields import error_label, form_layout, with_error
from tracker.ui.widgets.choice_combo import enum_combo
from tracker.ui.widgets.plain_label import plain_label


def person_text(row: ContactRow) -> str:
    return " · ".join(part for part in (row.name, row.company) if part)


class LinkPersonDialog(QDialog):
    def __init__(
        self,
        people: list[ContactRow],
        application_text: str,
        relation: Relation = Relation.RECRUITER,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link a person"))
        self.setMinimumWidth(460)
        self._people = people
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in people:
            self.person.addItem(person_text(row), row.id)
        self.person.setCurrentIndex(-1)
        line = self.person.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Someone you know, or a new name"))
        completer = self.person.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.relation = enum_combo(list(Relation))
        self.relation.set_value(relation)
        self.error = error_label()
        form = form_layout()
        form.addRow(self.tr("Application"), plain_label(application_text))
        form.addRow(self.tr("Person"), with_error(self.person, self.error))
        form.addRow(self.tr("As"), self.relation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[int | None, str]:
        """The person chosen (their id), or None and the new name typed."""
        text = self.person.currentText().strip()
        for row in self._people:
            if text in (person_text(row), row.name):
                return row.id, row.name
        return None, text

    def accept(self) -> None:
        if not self.chosen()[1]:
            self.error.setText(self.tr("Choose someone, or type the name of someone new."))
            self.error.setVisible(True)
            self.person.setFocus()
            return
        super().accept()
