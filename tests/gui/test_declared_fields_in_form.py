"""Every declared field of an application is in the form and in the detail pane: the form loads
each one and saves it back unchanged, and the pane shows each value. A field added to the
declaration comes with an editor of its kind without the form naming it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.gui.modal import wait_for_detail
from tests.unit.services.test_declared_fields import FULL, sample
from tracker.domain.application_fields import FIELDS, Kind
from tracker.services.container import Services
from tracker.ui.dialogs.application_dialog import ApplicationDialog
from tracker.ui.dialogs.declared_field import DeclaredField
from tracker.ui.window.main_window import MainWindow


def test_the_form_loads_and_saves_every_declared_field(qtbot: QtBot, services: Services) -> None:
    created = services.applications.create(FULL)
    dialog = ApplicationDialog(
        services.queries, lambda _values: None, services.applications.get(created.id)
    )
    qtbot.addWidget(dialog)
    values = dialog.values()
    for spec in FIELDS:
        assert getattr(values, spec.name) == getattr(FULL, spec.name), spec.name


def test_an_editor_of_each_kind_gives_back_what_it_was_given(qtbot: QtBot) -> None:
    for index, kind in enumerate(Kind):
        spec = next((s for s in FIELDS if s.kind is kind), None)
        assert spec is not None, f"no declared field of kind {kind} to model one on"
        editor = DeclaredField(replace(spec, name=f"new_{kind}"))
        qtbot.addWidget(editor.widget)
        value = sample(spec, index)
        editor.set_value(value)
        assert editor.value() == value, kind
        if kind in (Kind.DATE, Kind.RATING):
            editor.set_value(None)
            assert editor.value() is None, kind


def test_the_detail_pane_shows_every_declared_fields_value(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services
) -> None:
    created = services.applications.create(FULL)
    window = make_window()
    window.show_application(created.id)
    page = window.applications_page
    wait_for_detail(qtbot, page, created.id)
    shown = "\n".join(label.text() for label in page.detail.content.findChildren(QLabel))
    for spec in FIELDS:
        if spec.kind in (Kind.LINE, Kind.TEXT, Kind.SALARY) and spec.name != "job_url":
            assert str(getattr(FULL, spec.name)).split("\n")[0] in shown, spec.name
