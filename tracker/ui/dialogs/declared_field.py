"""An editor for a declared field of an application that a form does not lay out by hand: a new
field appears in the form, is loaded and is saved without the form's code naming it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from tracker.domain.application_fields import MAX_RATING, FieldSpec, Kind
from tracker.domain.text import split_tags
from tracker.ui.dialogs.form_fields import OptionalDateEdit
from tracker.ui.widgets.choice_combo import optional_enum_combo
from tracker.words.imports import field_label

# The fields the application form and the detail pane lay out by hand; any other declared field
# gets an editor of its kind in the form and a line of its own in the pane.
LAID_OUT_BY_HAND = frozenset({
    "company_name", "role_title", "role_category", "city", "district", "work_mode", "hiring_track",
    "channel", "referral_code", "job_url", "job_description", "salary_text", "applied_on",
    "priority", "excitement", "next_action", "next_action_due", "tags",
})  # fmt: skip


class DeclaredField:
    """A widget for one field, chosen by the field's kind, with its value in the form's terms."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec
        self.widget: QWidget = self._make()

    def _make(self) -> QWidget:
        kind = self.spec.kind
        if kind is Kind.TEXT:
            return QPlainTextEdit()
        if kind is Kind.DATE:
            return OptionalDateEdit(field_label(self.spec))
        if kind is Kind.RATING:
            spin = QSpinBox()
            spin.setRange(0, MAX_RATING)
            spin.setSpecialValueText(QCoreApplication.translate("DeclaredField", "Not rated"))
            return spin
        if kind is Kind.CHOICE:
            assert self.spec.choices is not None
            not_stated = QCoreApplication.translate("DeclaredField", "Not stated")
            return optional_enum_combo(list(self.spec.choices), not_stated)
        line = QLineEdit()
        if kind is Kind.LINK:
            line.setPlaceholderText("https://")
        return line

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, OptionalDateEdit):
            return widget.value()
        if isinstance(widget, QSpinBox):
            return widget.value() or None
        if isinstance(widget, QLineEdit):
            return split_tags(widget.text()) if self.spec.kind is Kind.TAGS else widget.text()
        return widget.value()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, OptionalDateEdit):
            widget.set_value(value)
        elif isinstance(widget, QSpinBox):
            widget.setValue(value or 0)
        elif isinstance(widget, QLineEdit):
            widget.setText(", ".join(value) if self.spec.kind is Kind.TAGS else value)
        else:
            widget.set_value(value)  # type: ignore[attr-defined]
