"""What every form dialog does alike: errors shown under their fields, the form kept as typed
when saving is refused, and a question before throwing away what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from tracker.domain.errors import StorageError, ValidationError
from tracker.ui.dialogs.form_fields import error_label, with_error
from tracker.ui.dialogs.messages import confirm, show_storage_error
from tracker.words.messages import field_message


class FormDialog(QDialog):
    """Subclasses build their fields with ``_field``, then call ``_remember_initial``; they
    give ``values()`` and ``_validate``. OK validates and saves; a refusal keeps the form."""

    def __init__(self, save: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._initial: object = None
        # Ctrl+Enter saves from any field, a multi-line one included (where Enter is a new
        # line); on macOS Qt reads Ctrl as the Command key.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

    def _field(self, name: str, widget: QWidget) -> QWidget:
        self._fields[name] = widget
        self._errors[name] = error_label()
        return with_error(widget, self._errors[name])

    def _save_buttons(self) -> QDialogButtonBox:
        """Save (which validates and saves) and Cancel (which asks before throwing away)."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _remember_initial(self) -> None:
        self._initial = self.values()

    def values(self) -> object:
        raise NotImplementedError

    def _validate(self, values: Any) -> None:
        raise NotImplementedError

    def _show_problems(self, error: ValidationError) -> None:
        for name, label in self._errors.items():
            problem = error.problems.get(name)
            label.setVisible(problem is not None)
            label.setText(field_message(problem, name) if problem else "")
        first = next((name for name in self._fields if name in error.problems), None)
        if first is not None:
            self._fields[first].setFocus()

    def reject(self) -> None:
        """Esc, Cancel or closing the window: ask before throwing away what was typed."""
        if self.values() != self._initial and not confirm(
            self, self.windowTitle(), self.tr("Discard what you typed in this form?")
        ):
            return
        super().reject()

    def accept(self) -> None:
        values = self.values()
        try:
            self._validate(values)
            self._save(values)
        except ValidationError as error:
            self._show_problems(error)
            return
        except StorageError as error:
            show_storage_error(self, error)
            return
        super().accept()
