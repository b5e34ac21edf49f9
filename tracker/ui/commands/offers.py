"""Offers from the window: the offer form for a new or an existing offer, saved undoably; an
offer for an application not yet at the Offer stage moves it there, and an offer for a company
not logged yet starts its application at that stage. The steps of negotiating an offer too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from tracker.domain.enums import Stage
from tracker.domain.errors import PivotError
from tracker.domain.negotiation import StepDraft
from tracker.domain.offers import OfferRead
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationCreate
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.application_rows import ApplicationRows
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.commands.offer_actions import OfferActions
from tracker.ui.plain_text import menu_text

if TYPE_CHECKING:
    from tracker.ui.pages.offers_page import OffersPage


class OfferCommands(QObject):
    def __init__(
        self,
        window: QWidget,
        services: Services,
        actions: ApplicationActions,
        rows: ApplicationRows,
        pipeline: Pipeline,
        show_error: Callable[[PivotError], None],
        settings: Settings | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actions = actions
        self.offers = OfferActions(actions, services)
        self._rows = rows
        self._pipeline = pipeline
        self._show_error = show_error
        self._settings = settings

    def build_page(self) -> OffersPage:
        """The offers page, its buttons wired to these commands."""
        from tracker.ui.pages.offers_page import OffersPage

        page = OffersPage(self._services, self._settings)
        page.new_requested.connect(lambda: self._select(page, self.new()))
        page.edit_requested.connect(lambda offer: self._select(page, self.edit(offer)))
        page.delete_requested.connect(self.delete)
        page.storage_failed.connect(self._show_error)
        panel = page.negotiation
        panel.add_requested.connect(lambda offer: self.step(page, offer, None))
        panel.edit_requested.connect(lambda step: self._edit_step(page, step))
        panel.delete_requested.connect(self.delete_step)
        return page

    def step(self, page: OffersPage, offer: OfferRead, existing: StepDraft | None) -> None:
        """The form for a step of an offer's negotiation, with what its terms are worth."""
        from tracker.ui.dialogs.step_dialog import StepDialog

        steps = self._services.negotiation

        def save(draft: StepDraft) -> None:
            saved = steps.save(draft)
            if existing is None:
                self._push_step("Add a step to {name}", offer,
                                lambda: steps.set_deleted(saved, True),
                                lambda: steps.set_deleted(saved, False))  # fmt: skip
            else:
                before = existing
                self._push_step("Edit a step of {name}", offer,
                                lambda: steps.save(before), lambda: steps.save(draft))  # fmt: skip

        StepDialog(offer, page.step_value(offer), save, existing, self._window).exec()

    def _edit_step(self, page: OffersPage, step: StepDraft) -> None:
        offer = page.negotiation.offer
        if offer is not None:
            self.step(page, offer, step)

    def delete_step(self, step: StepDraft) -> None:
        steps = self._services.negotiation
        assert step.id is not None
        step_id = step.id
        try:
            offer = self._services.offers.get(step.offer_id)
            steps.set_deleted(step_id, True)
        except PivotError as error:
            self._show_error(error)
            return
        self._push_step("Delete a step of {name}", offer,
                        lambda: steps.set_deleted(step_id, False),
                        lambda: steps.set_deleted(step_id, True))  # fmt: skip

    def _push_step(
        self, text: str, offer: OfferRead, undo: Callable[[], object], redo: Callable[[], object]
    ) -> None:
        texts = {
            "Add a step to {name}": QCoreApplication.translate(
                "OfferCommands", "Add a step to {name}"
            ),
            "Edit a step of {name}": QCoreApplication.translate(
                "OfferCommands", "Edit a step of {name}"
            ),
            "Delete a step of {name}": QCoreApplication.translate(
                "OfferCommands", "Delete a step of {name}"
            ),
        }
        label = texts[text].format(name=menu_text(offer.title))
        self._actions.push_announced(label, undo, redo, self.offers.offers_changed.emit)

    def current_offer(self, page: OffersPage | None) -> OfferRead | None:
        return page.current_offer() if page is not None else None

    def edit_current(self, page: OffersPage | None) -> None:
        offer = self.current_offer(page)
        if offer is not None and page is not None:
            self._select(page, self.edit(offer))

    def delete_current(self, page: OffersPage | None) -> None:
        offer = self.current_offer(page)
        if offer is not None:
            self.delete(offer)

    @staticmethod
    def _select(page: OffersPage, offer: OfferRead | None) -> None:
        if offer is not None:
            page.mark_stale()
            page.select_offer(offer.id)

    def new(self, application_id: int | None = None) -> OfferRead | None:
        return self._open(None, application_id)

    def edit(self, offer: OfferRead) -> OfferRead | None:
        return self._open(offer, None)

    def delete(self, offer: OfferRead) -> None:
        try:
            self.offers.delete(offer)
        except PivotError as error:
            self._show_error(error)

    def _open(self, existing: OfferRead | None, application_id: int | None) -> OfferRead | None:
        from tracker.ui.dialogs.offer_dialog import OfferDialog, OfferForm

        saved: list[OfferRead] = []

        def save(form: OfferForm) -> None:
            draft = form.draft
            if form.new_application is not None:
                company, role = form.new_application
                created = self._actions.create(
                    ApplicationCreate(company_name=company, role_title=role, stage=Stage.OFFER)
                )
                draft = replace(draft, application_id=created.id)
            saved.append(self.offers.save(draft, existing))

        applications = [row for row in self._rows.rows() if not row.archived]
        dialog = OfferDialog(
            applications,
            self._services.offer_values,
            save,
            existing,
            application_id,
            self._window,
        )
        if not dialog.exec() or not saved:
            return None
        self._move_to_offer(saved[0].draft.application_id)
        return saved[0]

    def _move_to_offer(self, application_id: int) -> None:
        """An offer for an application still in an earlier stage: it moves to Offer (its own
        undoable step, so the move can be undone and the offer kept)."""
        row = self._rows.find(application_id)
        if row is None or row.outcome is not None:
            return
        if self._pipeline.position(row.stage) >= self._pipeline.position(Stage.OFFER):
            return
        try:
            self._actions.change_state(application_id, Stage.OFFER)
        except PivotError as error:
            self._show_error(error)
