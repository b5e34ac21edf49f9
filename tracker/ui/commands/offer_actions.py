"""Offers saved and deleted from the window, undoably, on the window's one undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tracker.domain.offers import OfferDraft, OfferRead
from tracker.services.container import Services
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.plain_text import menu_text


class OfferActions(QObject):
    offers_changed = Signal()  # any offer saved, deleted or brought back

    def __init__(self, actions: ApplicationActions, services: Services) -> None:
        super().__init__(actions)
        self._actions = actions
        self._services = services

    def save(self, draft: OfferDraft, before: OfferRead | None) -> OfferRead:
        offers = self._services.offers
        saved = offers.save(draft)
        changed = self.offers_changed.emit

        if before is None:

            def undo() -> None:
                offers.set_deleted(saved.id, True)
                changed()

            def redo() -> None:
                offers.set_deleted(saved.id, False)
                changed()

            text = QCoreApplication.translate("OfferActions", "Add offer {name}")
        else:
            previous = before.draft

            def undo() -> None:
                offers.save(previous)
                changed()

            def redo() -> None:
                offers.save(draft)
                changed()

            text = QCoreApplication.translate("OfferActions", "Edit offer {name}")
        self._actions.push(text.format(name=menu_text(saved.title)), undo, redo)
        changed()
        return saved

    def delete(self, offer: OfferRead) -> None:
        offers = self._services.offers
        offers.set_deleted(offer.id, True)

        def set_deleted(deleted: bool) -> Callable[[], None]:
            def run() -> None:
                offers.set_deleted(offer.id, deleted)
                self.offers_changed.emit()

            return run

        text = QCoreApplication.translate("OfferActions", "Delete offer {name}")
        name = menu_text(offer.title)
        self._actions.push(text.format(name=name), set_deleted(False), set_deleted(True))
        self.offers_changed.emit()
