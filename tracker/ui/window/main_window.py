"""The main window: menus, toolbar, navigation, status bar, and the actions they trigger."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from tracker.domain.enums import Outcome
from tracker.domain.errors import NotFoundError, PivotError
from tracker.domain.records import (
    ApplicationRow,
)
from tracker.domain.search_results import SearchHit, SearchKind
from tracker.domain.text import match_key
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.application_rows import ApplicationRows
from tracker.ui.charts import mpl
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.commands.applications import NO_SELECTION, ApplicationCommands, SelectionPage
from tracker.ui.commands.capture import CaptureCommands, PostingDrops
from tracker.ui.commands.database import DatabaseCommands
from tracker.ui.commands.offers import OfferCommands
from tracker.ui.commands.reference import ReferenceCommands
from tracker.ui.commands.rounds import RoundCommands
from tracker.ui.commands.transfer import TransferCommands
from tracker.ui.data_changes import Change, DataChanges
from tracker.ui.dialogs import messages
from tracker.ui.icons import icon
from tracker.ui.pages.agenda_page import AgendaPage
from tracker.ui.pages.applications_page import ApplicationsPage
from tracker.ui.plain_text import menu_text
from tracker.ui.widgets.lazy_page import LazyPage
from tracker.ui.window.menus import build_actions, build_menu_bar, build_toolbar
from tracker.ui.window.outside_changes import OutsideChanges
from tracker.ui.window.status_bar import build_status_bar
from tracker.words.messages import error_message

if TYPE_CHECKING:
    # Built the first time they are shown, so start-up does not import them.
    from tracker.ui.commands.documents import DocumentCommands
    from tracker.ui.commands.people import PeopleCommands
    from tracker.ui.dialogs.search_dialog import SearchDialog
    from tracker.ui.pages.board_page import BoardPage
    from tracker.ui.pages.insights_page import InsightsPage
    from tracker.ui.pages.offers_page import OffersPage
    from tracker.ui.pages.people_page import PeoplePage
    from tracker.ui.pages.question_bank_page import QuestionBankPage
    from tracker.ui.pages.stories_page import StoriesPage


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    pipeline_changed = Signal()  # the window is rebuilt around the new stages
    warmed_up = Signal()  # the idle work after the first paint is done
    hidden_to_tray = Signal()  # closed while Pivot keeps running in the tray
    closed = Signal()  # the window closed for good: Pivot is quitting
    goal_changed = Signal()  # Preferences were saved: the weekly goal may have changed
    # Built by build_actions (window_menus), which lays the menus and the toolbar out too.
    about_action: QAction
    page_actions: list[QAction]  # Ctrl+1…8: the pages in their order
    archive_action: QAction
    backup_action: QAction
    backups_action: QAction
    capture_action: QAction
    documents_action: QAction
    check_action: QAction
    delete_action: QAction
    edit_action: QAction
    find_action: QAction
    import_action: QAction
    new_action: QAction
    next_stage_action: QAction
    offer_action: QAction
    open_folder_action: QAction
    preferences_action: QAction
    previous_stage_action: QAction
    quit_action: QAction
    redo_action: QAction
    search_action: QAction
    trash_action: QAction
    undo_action: QAction
    move_menu: QMenu
    # Built by build_status_bar.
    count_label: QLabel
    font_warning: QLabel
    read_only_warning: QLabel
    close_menu: QMenu
    export_menu: QMenu
    stage_actions: dict[str, QAction]
    outcome_actions: dict[Outcome, QAction]

    def __init__(
        self,
        services: Services,
        actions: ApplicationActions,
        settings: Settings,
        paths: AppPaths,
        *,
        chinese_font_available: bool = True,
        first_rows: list[ApplicationRow] | None = None,
    ) -> None:
        super().__init__()
        self._services = services
        self._actions = actions
        self._settings = settings
        self._paths = paths
        self.changes = DataChanges(self)  # every write says here what it changed
        self.setWindowTitle("Pivot")
        self.setWindowIcon(icon("app/pivot-app"))
        self._warm_up_scheduled = False
        self._search: SearchDialog | None = None
        self._warmed_up = False
        # Whether closing the window leaves Pivot running in the tray (set by the app, which
        # knows the preference and whether there is a tray); Quit always quits.
        self.keep_running: Callable[[], bool] = lambda: False
        self._quitting = False
        self._fit_default_size()
        self.pipeline = services.pipeline.current()
        actions.pipeline = self.pipeline
        self.rows = ApplicationRows(services.queries, first_rows)
        self.applications_page = ApplicationsPage(services, self.rows, settings, self.pipeline)
        self._board_slot: LazyPage[BoardPage] = LazyPage(self._build_board)
        self.agenda_page = AgendaPage(
            services, self.rows, self.pipeline, goal=lambda: settings.weekly_goal
        )
        self._questions_slot: LazyPage[QuestionBankPage] = LazyPage(self._build_questions)
        self._offers_slot: LazyPage[OffersPage] = LazyPage(self._build_offers_page)
        self._people_commands: PeopleCommands | None = None
        self._document_commands: DocumentCommands | None = None
        self._people_slot: LazyPage[PeoplePage] = LazyPage(self._build_people_page)
        self._insights_slot: LazyPage[InsightsPage] = LazyPage(self._build_insights_page)
        self.reference_commands = ReferenceCommands(self, services, actions, self._show_error)
        self._stories_slot: LazyPage[StoriesPage] = LazyPage(self._build_stories)
        self.database_commands = DatabaseCommands(self, paths, self.statusBar().showMessage)
        self.transfer = TransferCommands(
            self, services, actions, self.applications_page.visible_ids, self._show_error,
            self.statusBar().showMessage,
        )  # fmt: skip
        self.commands = ApplicationCommands(
            self,
            services,
            actions,
            self.rows,
            self.pipeline,
            self._page,
            self._show_error,
            self.statusBar().showMessage,
        )
        self.commands.open_application = self.show_application
        self.capture = CaptureCommands(self, self.commands)
        self.posting_drops = PostingDrops(self, self.capture.from_mime, lambda: not self.read_only)
        self.offer_commands = OfferCommands(
            self, services, actions, self.rows, self.pipeline, self._show_error, settings
        )
        self.rounds = RoundCommands(
            self,
            services,
            actions,
            self.pipeline,
            lambda: self._page().current_application(),
            self._show_error,
        )
        self._build_pages()
        build_actions(self, actions.undo_stack)
        build_menu_bar(self)
        self.move_button = build_toolbar(self)
        build_status_bar(self, chinese_font_available, paths.database)
        self._connect()
        self.outside_changes = OutsideChanges(
            self, services, self.reload_everything, self.statusBar().showMessage
        )
        self._restore_geometry()
        self.rows.load()
        self._open_first_page()
        self._show_counts_on_the_table()
        self._update_enabled()

    # -- building --------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(132)
        self.pages = QStackedWidget()
        self._add_page(self.agenda_page, "agenda", self.tr("Agenda"))
        self._add_page(self.applications_page, "applications", self.tr("Applications"))
        self._add_page(self._board_slot, "board", self.tr("Board"))
        self._add_page(self._questions_slot, "questions", self.tr("Questions"))
        self._add_page(self._offers_slot, "offers", self.tr("Offers"))
        self._add_page(self._people_slot, "people", self.tr("People"))
        self._add_page(self._insights_slot, "insights", self.tr("Insights"))
        self._add_page(self._stories_slot, "stories", self.tr("Stories"))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _open_first_page(self) -> None:
        """The agenda when something is due today, else the applications."""
        self.agenda_page.refresh(later_sections_after_paint=True)
        first = self.agenda_page if self.agenda_page.agenda.something_due else None
        self.show_page(first or self.applications_page)

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def show_application(self, application_id: int) -> None:
        """Open an application in the table, clearing filters that would hide it."""
        page = self.applications_page
        if page.model.row_of(application_id) is None:
            page.clear_filters(include_archived=True)
        self.show_page(page)
        page.select_ids([application_id])

    def _add_page(self, page: QWidget, icon_name: str, title: str) -> None:
        self.pages.addWidget(page)
        self.navigation.addItem(QListWidgetItem(icon(icon_name), title))

    def fill_application_menu(self, menu: QMenu) -> None:
        """The same entries in the Application menu and the table's context menu."""
        for entry in self._application_menu_actions():
            if isinstance(entry, QMenu):
                menu.addMenu(entry)
            elif entry is None:
                menu.addSeparator()
            else:
                menu.addAction(entry)

    def _application_menu_actions(self) -> list[QAction | QMenu | None]:
        return [
            self.edit_action,
            None,
            self.next_stage_action,
            self.previous_stage_action,
            self.move_menu,
            self.close_menu,
            self.offer_action,
            None,
            self.archive_action,
            self.delete_action,
        ]

    @property
    def read_only(self) -> bool:
        """A newer Pivot's file, or one on a read-only file system: read and export only."""
        database = self._services.database
        return database.newer_schema or database.read_only_storage

    @property
    def read_only_storage(self) -> bool:
        """The file is on a read-only file system."""
        return self._services.database.read_only_storage

    def _connect(self) -> None:
        self._connect_application_page(self.applications_page)
        self.applications_page.counts_changed.connect(self._show_counts)
        self.agenda_page.open_requested.connect(self.show_application)
        self.agenda_page.person_requested.connect(self.show_person)
        self.agenda_page.followed_up_requested.connect(
            lambda contact_id: self.people_commands.followed_up(contact_id)
        )
        self.agenda_page.ghosted_requested.connect(self.commands.mark_ghosted)
        self.agenda_page.done_requested.connect(self.commands.complete_next_action)
        self.agenda_page.reopen_requested.connect(self.commands.reopen_next_action)
        self._actions.next_action_done.connect(self.agenda_page.remember_done)
        self.agenda_page.storage_failed.connect(self._show_error)
        self.pages.currentChanged.connect(self._update_enabled)
        self.pages.currentChanged.connect(self._show_counts_on_the_table)
        self._actions.applications_changed.connect(self.rows.refresh)
        self._announce_changes()
        self._actions.applications_removed.connect(self.rows.remove)
        self.rows.failed.connect(self._show_error)
        self._actions.action_failed.connect(self._show_error)

    def _connect_application_page(self, page: ApplicationsPage | BoardPage) -> None:
        page.edit_requested.connect(self.commands.edit)
        page.selection_changed.connect(self._update_enabled)
        page.context_menu_requested.connect(self._show_context_menu)
        page.storage_failed.connect(self._show_error)
        page.detail.note_added.connect(self.commands.add_note)
        page.detail.note_deleted.connect(self.commands.delete_note)
        self.commands.note_saved.connect(page.detail.note_saved)
        page.detail.ghosted_requested.connect(self.commands.mark_ghosted)
        page.detail.rounds.add_requested.connect(self.rounds.add)
        page.detail.rounds.edit_requested.connect(self.rounds.edit)
        page.detail.rounds.delete_requested.connect(self.rounds.delete)
        page.detail.alongside.story_requested.connect(self.open_story)
        page.detail.people.link_requested.connect(lambda: self._link_person(page))
        page.detail.people.person_requested.connect(self.show_person)
        page.detail.people.unlink_requested.connect(lambda link: self.people_commands.unlink(link))
        page.detail.company_requested.connect(self.open_company)
        materials = page.detail.materials
        materials.send_requested.connect(lambda: self._send_material(page))
        materials.preview_requested.connect(lambda v: self.document_commands.preview(v))
        materials.link_requested.connect(lambda link: self.document_commands.open_link(link))
        materials.remove_requested.connect(lambda sent: self.document_commands.unsend(sent))
        self.changes.follow(
            Change.REFERENCE | Change.PEOPLE | Change.COMPANIES | Change.DOCUMENTS,
            page.reload_detail,
        )

    def _build_board(self) -> BoardPage:
        from tracker.ui.pages.board_page import BoardPage

        board = BoardPage(self._services, self.rows, self._settings, self.pipeline)
        self._connect_application_page(board)
        board.move_requested.connect(self.commands.move_dropped)
        board.refresh()
        if self._warmed_up:
            board.enable_details()
        return board

    def _build_questions(self) -> QuestionBankPage:
        from tracker.ui.pages.question_bank_page import QuestionBankPage

        questions = QuestionBankPage(self._services, self._settings)
        questions.round_requested.connect(self.rounds.open_by_id)
        questions.storage_failed.connect(self._show_error)
        questions.selection_changed.connect(self._update_enabled)
        self.changes.follow(Change.APPLICATIONS, questions.mark_stale)
        return questions

    def new_offer(self) -> None:
        """An offer for the selected application, from the Application menu."""
        current = self._page().current_application()
        if current is not None and self.offer_commands.new(current.id) is not None:
            self.show_page(self._offers_slot)

    def _build_offers_page(self) -> OffersPage:
        page = self.offer_commands.build_page()
        page.table.selectionModel().selectionChanged.connect(self._update_enabled)
        page.model.modelReset.connect(self._update_enabled)
        # The offers page shows the application each offer is for, and market figures.
        self.changes.follow(Change.EVERYTHING, page.mark_stale)
        return page

    def _announce_changes(self) -> None:
        """Every kind of write announces itself on the one channel; what is always there
        (the insight history, the agenda) follows it here, the pages as they are built."""
        announce = self.changes.announce
        self._actions.applications_changed.connect(lambda _ids: announce(Change.APPLICATIONS))
        self._actions.applications_removed.connect(lambda _ids: announce(Change.APPLICATIONS))
        self.offer_commands.offers.offers_changed.connect(lambda: announce(Change.OFFERS))
        self.reference_commands.reference_changed.connect(lambda: announce(Change.REFERENCE))
        self.commands.trash_changed.connect(self.reload_everything)
        # The insight history read so far (or ahead) no longer holds after any change to it.
        self.changes.follow(Change.APPLICATIONS | Change.PEOPLE, self._services.insights.invalidate)
        # Offer reply deadlines and follow-ups with people are on the agenda.
        self.changes.follow(Change.OFFERS | Change.PEOPLE, self.agenda_page.mark_stale)

    def reload_everything(self) -> None:
        """Another program changed the file, or records came back from the trash: the table
        and every page read it again (now or when shown)."""
        self.rows.load()
        self.changes.announce(Change.EVERYTHING)

    def _build_insights_page(self) -> InsightsPage:
        from tracker.ui.pages.insights_page import InsightsPage

        page = InsightsPage(self._services, self.rows, goal=lambda: self._settings.weekly_goal)
        self.goal_changed.connect(page.mark_stale)
        page.storage_failed.connect(self._show_error)
        self.changes.follow(Change.APPLICATIONS | Change.PEOPLE, page.mark_stale)
        return page

    @property
    def people_commands(self) -> PeopleCommands:
        """Built on first use: start-up loads none of it."""
        if self._people_commands is None:
            from tracker.ui.commands.people import PeopleCommands

            commands = PeopleCommands(
                self, self._services, self._actions, self._show_error,
                self.statusBar().showMessage,
            )  # fmt: skip
            commands.application_requested.connect(self.show_application)
            commands.people_changed.connect(lambda: self.changes.announce(Change.PEOPLE))
            self._people_commands = commands
        return self._people_commands

    @property
    def document_commands(self) -> DocumentCommands:
        """Built on first use: start-up loads none of it."""
        if self._document_commands is None:
            from tracker.ui.commands.documents import DocumentCommands

            commands = DocumentCommands(
                self, self._services, self._actions, self._show_error,
                self.statusBar().showMessage,
            )  # fmt: skip
            commands.documents_changed.connect(lambda: self.changes.announce(Change.DOCUMENTS))
            self._document_commands = commands
        return self._document_commands

    def _send_material(self, page: ApplicationsPage | BoardPage) -> None:
        application = page.detail.application
        if application is None:
            return
        fields = application.fields
        self.document_commands.send(
            application.id,
            f"{fields.role_title} · {fields.company_name}",
            fields.applied_on or date.today(),
        )

    def open_company(self, name: str) -> None:
        """The company's record and the user's history with it; saved undoably."""
        from tracker.ui.dialogs.company_dialog import CompanyDialog

        companies = self._services.companies
        try:
            company = companies.named(name)
            history = companies.history(company.id)
            people = [
                f"{row.name} ({row.role})" if row.role else row.name
                for row in self._services.people.rows()
                if match_key(row.company) == match_key(company.name)
            ]
        except PivotError as error:
            self._show_error(error)
            return

        def save(draft: object) -> None:
            from tracker.domain.companies import CompanyDraft

            assert isinstance(draft, CompanyDraft)
            before = companies.save(draft)
            label = self.tr("Edit company {name}").format(name=menu_text(draft.name))
            self._actions.push_announced(
                label, lambda: companies.save(before), lambda: companies.save(draft),
                lambda: self.changes.announce(Change.COMPANIES),
            )  # fmt: skip

        CompanyDialog(
            company, history, self.pipeline, save, self.show_application, self, people=people
        ).exec()

    def _build_people_page(self) -> PeoplePage:
        page = self.people_commands.build_page(self.pipeline, self._settings)
        page.table.selectionModel().selectionChanged.connect(self._update_enabled)
        page.model.modelReset.connect(self._update_enabled)
        # A person's page lists their applications, with their stages.
        self.changes.follow(Change.PEOPLE | Change.APPLICATIONS, page.mark_stale)
        return page

    @property
    def people_page(self) -> PeoplePage:
        return self._people_slot.page()

    def show_person(self, contact_id: int) -> None:
        page = self.people_page
        self.show_page(self._people_slot)
        page.select_person(contact_id)

    def _link_person(self, page: ApplicationsPage | BoardPage) -> None:
        from tracker.domain.enums import Channel, Relation

        application = page.detail.application
        if application is None:
            return
        fields = application.fields
        referred = fields.channel is Channel.REFERRAL and not any(
            link.relation is Relation.REFERRER for link in page.detail.people.links
        )
        suggested = Relation.REFERRER if referred else Relation.RECRUITER
        self.people_commands.link(application.id, fields.company_name, fields.role_title, suggested)

    def _build_stories(self) -> StoriesPage:
        page = self.reference_commands.build_page()
        self.changes.follow(Change.REFERENCE, page.mark_stale)
        return page

    def open_story(self, key: str) -> None:
        self.show_page(self._stories_slot)
        self.stories_page.select_story(key)

    @property
    def stories_page(self) -> StoriesPage:
        return self._stories_slot.page()

    @property
    def insights_page(self) -> InsightsPage:
        return self._insights_slot.page()

    @property
    def offers_page(self) -> OffersPage:
        return self._offers_slot.page()

    @property
    def board_page(self) -> BoardPage:
        return self._board_slot.page()

    @property
    def questions_page(self) -> QuestionBankPage:
        return self._questions_slot.page()

    def _application_pages(self) -> list[ApplicationsPage | BoardPage]:
        """The pages with a selection of applications that exist so far."""
        board = self._board_slot.built
        return [self.applications_page] if board is None else [self.applications_page, board]

    def _page(self) -> SelectionPage:
        """The page whose selection the application actions work on: the one on screen, when
        it shows applications; else none (an action never reaches a hidden selection)."""
        current = self.pages.currentWidget()
        board = self._board_slot.built
        if current is self._board_slot and board is not None:
            return board
        return self.applications_page if current is self.applications_page else NO_SELECTION

    def _on_offers(self) -> bool:
        return self.pages.currentWidget() is self._offers_slot

    def _people_on_screen(self) -> PeoplePage | None:
        people = self._people_slot.built
        return people if self.pages.currentWidget() is self._people_slot else None

    def _bank_on_screen(self) -> QuestionBankPage | None:
        bank = self._questions_slot.built
        return bank if self.pages.currentWidget() is self._questions_slot else None

    def edit_current(self) -> None:
        """Edit what is selected on the page on screen: an offer, a question (in its round),
        or an application."""
        bank = self._bank_on_screen()
        people = self._people_on_screen()
        if self._on_offers():
            self.offer_commands.edit_current(self._offers_slot.built)
        elif bank is not None:
            bank.edit_current()
        elif people is not None:
            if (chosen := people.current_id()) is not None:
                self.people_commands.person(chosen)
        else:
            self.commands.edit()

    def delete_current(self) -> None:
        """Delete (to the trash, undoable) what is selected on the page on screen."""
        bank = self._bank_on_screen()
        people = self._people_on_screen()
        if self._on_offers():
            self.offer_commands.delete_current(self._offers_slot.built)
        elif bank is not None:
            self.rounds.delete_questions(bank.current_group())
        elif people is not None:
            if (chosen := people.current_id()) is not None:
                self.people_commands.delete(chosen)
        else:
            self.commands.delete_selected()

    def _fit_default_size(self) -> None:
        """Roomy on a large screen, never larger than 90 % of a small one."""
        screen = self.screen().availableGeometry()
        self.resize(min(1440, int(screen.width() * 0.9)), min(860, int(screen.height() * 0.9)))

    def _restore_geometry(self) -> None:
        geometry = self._settings.state("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.state("main_window/state")
        if state is not None:
            self.restoreState(state)

    # -- events ----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._warm_up_scheduled:
            # Once the window has painted: load the editing half of the services (so that the
            # first click does not wait for the database library) and index rows for search.
            self._warm_up_scheduled = True
            QTimer.singleShot(0, self._warm_up)
        return super().event(event)

    def _warm_up(self) -> None:
        self.applications_page.model.prepare_search()
        _ = self._services.applications
        mpl.preload()  # the charts' library, on its own thread: the Offers and Insights pages
        self._warmed_up = True
        for page in self._application_pages():
            page.enable_details()
        # What start-up loaded lives as long as the window: move it out of the cyclic garbage
        # collector's sight, so that its full passes stop pausing typing for tens of ms.
        gc.freeze()
        # The insights page's history, read in a thread while nothing else happens.
        self._services.insights.read_ahead()
        self.warmed_up.emit()

    def quit_pivot(self) -> None:
        """File ▸ Quit: close for good, even when closing would keep Pivot in the tray."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if not self._quitting and self.keep_running():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
        self.closed.emit()

    def save_layout(self) -> None:
        self._settings.set_state("main_window/geometry", self.saveGeometry())
        self._settings.set_state("main_window/state", self.saveState())
        for page in self._application_pages():
            page.save_layout()
        built_pages = (self._offers_slot.built, self._questions_slot.built, self._people_slot.built)
        for built in built_pages:
            if built is not None:
                built.save_layout()
        self._settings.sync()

    def _show_counts_on_the_table(self) -> None:
        """The count of shown applications belongs to the table's filters only."""
        self.count_label.setVisible(self.pages.currentWidget() is self.applications_page)

    def _show_counts(self, shown: int, total: int) -> None:
        self.count_label.setText(
            self.tr("Applications shown: {shown} of {total}").format(shown=shown, total=total)
        )

    def _update_enabled(self) -> None:
        ids = self._page().selected_ids()
        one = len(ids) == 1
        single = (self.edit_action, self.next_stage_action, self.previous_stage_action)
        for action in (*single, self.offer_action):
            action.setEnabled(one)
        self.move_menu.setEnabled(one)
        self.close_menu.setEnabled(one)
        self.move_button.setEnabled(one)
        self.delete_action.setEnabled(bool(ids))
        self.archive_action.setEnabled(bool(ids))
        # Where the application already stands is not offered as a move.
        row = self.rows.find(ids[0]) if one else None
        for stage, action in self.stage_actions.items():
            action.setEnabled(row is None or row.outcome is not None or row.stage != stage)
        for outcome, action in self.outcome_actions.items():
            action.setEnabled(row is None or row.outcome is not outcome)
        archiving = self.commands.archiving(ids)
        self.archive_action.setText(self.tr("&Archive") if archiving else self.tr("Un&archive"))
        if self._on_offers():
            offer = self.offer_commands.current_offer(self._offers_slot.built)
            self.edit_action.setEnabled(offer is not None)
            self.delete_action.setEnabled(offer is not None)
            self.edit_action.setText(self.tr("&Edit offer…"))
            self.delete_action.setText(self.tr("&Delete offer"))
        elif (bank := self._bank_on_screen()) is not None:
            question = bank.current_group()
            self.edit_action.setEnabled(question is not None)
            self.delete_action.setEnabled(question is not None)
            self.edit_action.setText(self.tr("&Edit round of question…"))
            self.delete_action.setText(self.tr("&Delete question"))
        elif (people := self._people_on_screen()) is not None:
            person = people.current_id()
            self.edit_action.setEnabled(person is not None)
            self.delete_action.setEnabled(person is not None)
            self.edit_action.setText(self.tr("&Edit person…"))
            self.delete_action.setText(self.tr("&Delete person"))
        else:
            self.edit_action.setText(self.tr("&Edit application…"))
            self.delete_action.setText(self.tr("&Delete application"))
        if self.read_only:  # read and export only
            changing = (*single, self.offer_action, self.new_action, self.capture_action,
                        self.delete_action, self.archive_action, self.import_action,
                        self.trash_action)  # fmt: skip
            for action in changing:
                action.setEnabled(False)
            self.move_menu.setEnabled(False)
            self.close_menu.setEnabled(False)
            self.move_button.setEnabled(False)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        self.fill_application_menu(menu)
        menu.exec(position)

    def _show_error(self, error: PivotError) -> None:
        messages.show_error(self, "Pivot", error_message(error))
        if isinstance(error, NotFoundError) and error.kind == "application":
            self.rows.load()

    # -- actions ---------------------------------------------------------------------------

    def open_search(self) -> None:
        if self._search is None:
            from tracker.ui.dialogs.search_dialog import SearchDialog

            self._search = SearchDialog(self._services.search, self)
            self._search.open_requested.connect(self._open_hit)
        self._search.show()
        self._search.raise_()
        self._search.activateWindow()

    def _open_hit(self, hit: SearchHit) -> None:
        """A search result opens its record: a person, a company (over the table of its
        applications), the application a note or posting belongs to, or a round."""
        if hit.kind is SearchKind.CONTACT:
            self.show_person(hit.record_id)
            return
        if hit.kind is SearchKind.COMPANY:  # its applications behind its record
            page = self.applications_page
            page.clear_filters(include_archived=True)
            page.search.setText(hit.title)
            self.show_page(page)
            self.open_company(hit.title)
            return
        if hit.application_id is None:
            return
        round_id: int | None = None
        if hit.kind is SearchKind.ROUND:
            round_id = hit.record_id
        elif hit.kind is SearchKind.QUESTION:
            round_id = self._services.interview_queries.round_of_question(hit.record_id)
        self.show_application(hit.application_id)
        if round_id is not None:
            self.rounds.open_by_id(hit.application_id, round_id)

    def open_preferences(self) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        from tracker.domain.goals import suggested_goal
        from tracker.ui.dialogs.preferences_dialog import PreferencesDialog
        from tracker.words.reminders import goal_hint_text

        dialog = PreferencesDialog(
            self._settings, self._paths.data_dir, self._services.pipeline, self,
            tray_available=QSystemTrayIcon.isSystemTrayAvailable(),
            goal_hint=goal_hint_text(suggested_goal(self.rows.rows())),
        )  # fmt: skip
        if not dialog.exec():
            return
        self.goal_changed.emit()
        self.agenda_page.refresh()
        language = dialog.chosen_language()
        if language != self._settings.language:
            self._settings.language = language
            self.language_change_requested.emit(language)
        elif dialog.saved_pipeline is not None:
            self.pipeline_changed.emit()
