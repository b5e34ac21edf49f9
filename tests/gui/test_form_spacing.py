"""Labels stand apart from their fields in every form, in Chinese too (where no colon ends a
label and "岗位类别" ran into "AI训练师")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from tests.gui.modal import with_modal
from tracker.domain.records import ApplicationRead
from tracker.ui.window.main_window import MainWindow

MIN_GAP = 10


def _gaps(widget: QWidget) -> list[tuple[str, int]]:
    gaps = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or label.widget() is None:
                continue
            if not label.widget().isVisible():
                continue
            gap = field.geometry().left() - label.geometry().right()
            gaps.append((label.widget().text(), gap))
    return gaps


@pytest.mark.gui
def test_every_form_keeps_its_labels_apart_from_their_fields(
    make_window: Callable[..., MainWindow], add: Callable[..., ApplicationRead]
) -> None:
    added = add("字节跳动", "AI训练师")
    window = make_window()
    window.applications_page.enable_details()
    window.applications_page.select_ids([added.id])
    measured: list[tuple[str, int]] = []

    def measure(dialog: QDialog) -> None:
        measured.extend(_gaps(dialog))
        dialog.done(0)

    for open_form in (window.new_action.trigger, window.edit_action.trigger,
                      window.offer_commands.new):  # fmt: skip
        with_modal(open_form, measure)
    measured.extend(_gaps(window.applications_page.detail))
    assert len(measured) > 20
    assert [(text, gap) for text, gap in measured if gap < MIN_GAP] == []
