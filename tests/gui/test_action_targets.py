"""The window's Edit and Delete act on what the user sees: the application selected in the
table or on the board, the offer selected on the Offers page, and nothing on a page with no
selection of its own (never an application hidden on another page)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.modal import with_modal
from tests.gui.test_offers import open_offers, two_offers
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.dialogs.offer_dialog import OfferDialog
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]


def _application_ids(services: Services) -> list[int]:
    return sorted(row.id for row in services.queries.rows())


@pytest.mark.gui
def test_delete_on_the_offers_page_deletes_the_selected_offer_not_an_application(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    rich, liked = two_offers(services, add)
    window = make_window()
    window.applications_page.select_ids([_application_ids(services)[0]])  # hidden from now on
    page = open_offers(window)
    page.select_offer(liked)
    assert window.delete_action.isEnabled()
    assert window.delete_action.text().replace("&", "") == "Delete offer"
    applications = _application_ids(services)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [offer.id for offer in services.offers.list()] == [rich]
    assert _application_ids(services) == applications
    window.undo_action.trigger()
    assert sorted(offer.id for offer in services.offers.list()) == sorted([rich, liked])


@pytest.mark.gui
def test_edit_on_the_offers_page_opens_the_selected_offer(
    make_window: Window, add: Add, services: Services
) -> None:
    _rich, liked = two_offers(services, add)
    window = make_window()
    page = open_offers(window)
    page.select_offer(liked)
    assert window.edit_action.text().replace("&", "") == "Edit offer…"
    opened: list[int] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, OfferDialog)
        opened.append(dialog._existing.id if dialog._existing else 0)
        dialog.reject()

    with_modal(window.edit_action.trigger, look)
    assert opened == [liked]


@pytest.mark.gui
@pytest.mark.parametrize("slot", ["_questions_slot", "_insights_slot", "_stories_slot"])
def test_a_page_without_its_own_selection_offers_no_application_actions(
    qtbot: QtBot, make_window: Window, add: Add, services: Services, slot: str
) -> None:
    added = add("字节跳动", "AI训练师")
    window = make_window()
    window.applications_page.select_ids([added.id])
    assert window.delete_action.isEnabled()
    window.show_page(getattr(window, slot))
    actions = (window.delete_action, window.edit_action, window.archive_action,
               window.next_stage_action, window.offer_action)  # fmt: skip
    assert not any(action.isEnabled() for action in actions)
    assert not window.move_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    window.delete_action.trigger()
    assert _application_ids(services) == [added.id]
    window.show_page(window.applications_page)
    assert window.delete_action.isEnabled()
    assert window.delete_action.text().replace("&", "") == "Delete application"
