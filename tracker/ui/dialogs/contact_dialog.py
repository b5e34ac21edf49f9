"""The form for a person: who they are, how the user met them, how to reach them, when they
last spoke and when to follow up."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.people import ContactDraft, validate_contact
from tracker.ui.dialogs.form_dialog import FormDialog
from tracker.ui.dialogs.form_fields import OptionalDateEdit, form_layout


class ContactDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[ContactDraft], object],
        existing: ContactDraft | None = None,
        parent: QWidget | None = None,
        *,
        companies: Sequence[str] = (),
    ) -> None:
        super().__init__(save, parent)
        self._id = existing.id if existing else None
        self.setWindowTitle(self.tr("Edit person") if existing else self.tr("New person"))
        self.resize(560, 600)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 王小明"))
        self.company = QLineEdit()
        completer = QCompleter(list(companies), self.company)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.setCompleter(completer)
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. HRBP, team lead of the annotation group"))
        self.how_met = QLineEdit()
        self.how_met.setPlaceholderText(self.tr("e.g. a former colleague, WAIC 2026, Maimai"))
        self.wechat = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.linkedin = QLineEdit()
        self.linkedin.setPlaceholderText("https://www.linkedin.com/in/…")
        self.last_contact_on = OptionalDateEdit(self.tr("Spoke on"))
        self.follow_up_on = OptionalDateEdit(self.tr("Remind me on"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What you talked about, what they offered to do"))
        form = form_layout()
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("Name *"), "name", self.name),
            (self.tr("Company"), "company", self.company),
            (self.tr("Role"), "role", self.role),
            (self.tr("How we met"), "how_met", self.how_met),
            (self.tr("WeChat"), "wechat", self.wechat),
            (self.tr("Phone"), "phone", self.phone),
            (self.tr("E-mail"), "email", self.email),
            (self.tr("LinkedIn"), "linkedin", self.linkedin),
            (self.tr("Last contact"), "last_contact_on", self.last_contact_on),
            (self.tr("Follow up"), "follow_up_on", self.follow_up_on),
            (self.tr("Notes"), "notes", self.notes),
        ]
        for text, name, widget in rows:
            form.addRow(text, self._field(name, widget))
        buttons = self._save_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if existing is not None:
            self._load(existing)
        self._remember_initial()

    def _load(self, draft: ContactDraft) -> None:
        self.name.setText(draft.name)
        self.company.setText(draft.company)
        self.role.setText(draft.role)
        self.how_met.setText(draft.how_met)
        self.wechat.setText(draft.wechat)
        self.phone.setText(draft.phone)
        self.email.setText(draft.email)
        self.linkedin.setText(draft.linkedin)
        self.last_contact_on.set_value(draft.last_contact_on)
        self.follow_up_on.set_value(draft.follow_up_on)
        self.notes.setPlainText(draft.notes)

    def values(self) -> ContactDraft:
        return ContactDraft(
            name=self.name.text(), company=self.company.text(), role=self.role.text(),
            how_met=self.how_met.text(), wechat=self.wechat.text(), phone=self.phone.text(),
            email=self.email.text(), linkedin=self.linkedin.text(),
            notes=self.notes.toPlainText(), last_contact_on=self.last_contact_on.value(),
            follow_up_on=self.follow_up_on.value(), id=self._id,
        )  # fmt: skip

    def _validate(self, values: ContactDraft) -> None:
        validate_contact(values)
