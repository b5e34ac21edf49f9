"""Helpers for driving the window as a user does: modal dialogs, typing, waiting for details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tracker.ui.pages.applications_page import ApplicationsPage


def with_modal(open_dialog: Callable[[], object], hands: Callable[[QDialog], None]) -> None:
    """Call ``open_dialog`` (which runs a modal dialog) and let ``hands`` work the dialog. If the
    hands fail, the dialog is closed so the test fails instead of hanging."""
    failures: list[BaseException] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, act)
            return
        try:
            hands(dialog)
        except BaseException as error:  # reported after the dialog closes
            failures.append(error)
            dialog.reject()

    QTimer.singleShot(0, act)
    open_dialog()
    if failures:
        raise failures[0]


def type_text(widget: QWidget, text: str) -> None:
    """Type into a line edit or editable combo box the way an input method commits text
    (QTest.keyClicks can only type ASCII: it aborts on Chinese characters)."""
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert isinstance(line, QLineEdit)
    line.setFocus()
    line.insert(text)


def wait_for_detail(
    qtbot: QtBot, page: ApplicationsPage, application_id: int | None = None
) -> None:
    """The detail panel loads shortly after the selection settles; wait for it."""

    def shown() -> None:
        current = page.detail.application
        assert current is not None
        assert application_id is None or current.id == application_id

    qtbot.waitUntil(shown, timeout=2000)
