"""The main window: menus, toolbar, navigation, status bar, and the actions they trigger."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from tracker.domain.enums import Outcome
from tracker.domain.errors import PivotError, StorageError, ValidationError
from tracker.domain.records import ApplicationCreate, ApplicationUpdate, NoteRead
from tracker.paths import AppPaths
from tracker.services.container import Services
from tracker.ui import messages
from tracker.ui.application_actions import ApplicationActions
from tracker.ui.application_rows import ApplicationRows
from tracker.ui.database_commands import DatabaseCommands
from tracker.ui.icons import icon
from tracker.ui.labels import label, stage_label
from tracker.ui.pages.applications_page import ApplicationsPage
from tracker.ui.pages.board_page import BoardPage
from tracker.ui.settings import Settings


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    warmed_up = Signal()  # the idle work after the first paint is done

    def __init__(
        self,
        services: Services,
        actions: ApplicationActions,
        settings: Settings,
        paths: AppPaths,
        *,
        chinese_font_available: bool = True,
    ) -> None:
        super().__init__()
        self._services = services
        self._actions = actions
        self._settings = settings
        self._paths = paths
        self.setWindowTitle("Pivot")
        self.setWindowIcon(icon("pivot"))
        self._fit_default_size()
        self.pipeline = services.pipeline.current()
        actions.pipeline = self.pipeline
        self.rows = ApplicationRows(services.queries)
        self.applications_page = ApplicationsPage(services, self.rows, settings, self.pipeline)
        self.board_page = BoardPage(services, self.rows, settings, self.pipeline)
        self.database_commands = DatabaseCommands(self, paths, self.statusBar().showMessage)
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar(chinese_font_available)
        self._connect()
        self._restore_geometry()
        self.rows.load()
        self._update_enabled()

    # -- building --------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(132)
        self.pages = QStackedWidget()
        self._add_page(self.applications_page, "applications", self.tr("Applications"))
        self._add_page(self.board_page, "board", self.tr("Board"))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _add_page(self, page: QWidget, icon_name: str, title: str) -> None:
        self.pages.addWidget(page)
        self.navigation.addItem(QListWidgetItem(icon(icon_name), title))

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New application…"), self.new_application, std.New, "new"
        )
        self.edit_action = self._action(
            self.tr("&Edit application…"), self.edit_application, "Ctrl+E", "edit"
        )
        self.delete_action = self._action(
            self.tr("&Delete"), self.delete_selected, std.Delete, "delete"
        )
        self.archive_action = self._action(
            self.tr("&Archive"), self.toggle_archived, "Ctrl+Shift+A", "archive"
        )
        self.find_action = self._action(
            self.tr("&Find"), self.applications_page.focus_search, std.Find
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.open_preferences, "Ctrl+,"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.next_stage_action = self._action(
            self.tr("Move to &next stage"), lambda: self.step_stage(1), "Ctrl+]", "move"
        )
        self.previous_stage_action = self._action(
            self.tr("Move to &previous stage"), lambda: self.step_stage(-1), "Ctrl+["
        )
        files = self.database_commands
        self.backup_action = self._action(self.tr("&Back up now"), files.back_up_now)
        self.check_action = self._action(self.tr("&Check database"), files.check_database)
        self.open_folder_action = self._action(self.tr("&Open data folder"), files.open_data_folder)
        self.quit_action = self._action(self.tr("&Quit"), self.close, std.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action(self.tr("&About Pivot"), files.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        stack = self._actions.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(std.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(std.Redo), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        self.move_menu = QMenu(self.tr("&Move to"), self)
        self.move_menu.setIcon(icon("move"))
        self.stage_actions: dict[str, QAction] = {}
        for definition in self.pipeline.visible():
            action = self.move_menu.addAction(stage_label(definition.key, self.pipeline))
            action.triggered.connect(lambda _=False, k=definition.key: self.move_selected(k))
            self.stage_actions[definition.key] = action
        self.close_menu = QMenu(self.tr("&Close as"), self)
        self.outcome_actions: dict[Outcome, QAction] = {}
        for outcome in Outcome:
            action = self.close_menu.addAction(label(outcome))
            action.triggered.connect(lambda _=False, o=outcome: self.close_selected(o))
            self.outcome_actions[outcome] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.check_action)
        file_menu.addAction(self.open_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        self._fill_application_menu(bar.addMenu(self.tr("&Application")))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _fill_application_menu(self, menu: QMenu) -> None:
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
            None,
            self.archive_action,
            self.delete_action,
        ]

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.edit_action)
        move_button = QToolButton()
        move_button.setMenu(self.move_menu)
        move_button.setDefaultAction(self.move_menu.menuAction())
        move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        move_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        move_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.move_button = move_button
        toolbar.addWidget(move_button)
        toolbar.addAction(self.archive_action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(toolbar)

    def _build_status_bar(self, chinese_font_available: bool) -> None:
        self.count_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.font_warning = QLabel(
            self.tr(
                "No Chinese font is installed, so Chinese text shows as boxes and Pivot speaks "
                "English. Install one (e.g. fonts-noto-cjk) and restart Pivot."
            )
        )
        self.font_warning.setStyleSheet("color: #C62828;")
        self.font_warning.setVisible(not chinese_font_available)
        self.statusBar().addPermanentWidget(self.font_warning)  # never hidden by a message
        path_label = QLabel(str(self._paths.database))
        path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(path_label)

    def _connect(self) -> None:
        for page in self._application_pages():
            page.edit_requested.connect(self.edit_application)
            page.selection_changed.connect(self._update_enabled)
            page.context_menu_requested.connect(self._show_context_menu)
            page.storage_failed.connect(self._show_error)
            page.detail.note_added.connect(self._add_note)
            page.detail.note_deleted.connect(self._delete_note)
        self.applications_page.counts_changed.connect(self._show_counts)
        self.board_page.move_requested.connect(self._move_dropped)
        self.pages.currentChanged.connect(self._update_enabled)
        self.pages.currentChanged.connect(
            lambda _index: self.count_label.setVisible(self._page() is self.applications_page)
        )
        self._actions.applications_changed.connect(self.rows.refresh)
        self._actions.applications_removed.connect(self.rows.remove)
        self.rows.failed.connect(self._show_error)
        self._actions.action_failed.connect(self._show_error)

    def _application_pages(self) -> tuple[ApplicationsPage, BoardPage]:
        return self.applications_page, self.board_page

    def _page(self) -> ApplicationsPage | BoardPage:
        """The page whose selection the application actions work on."""
        current = self.pages.currentWidget()
        return current if isinstance(current, BoardPage) else self.applications_page

    def _move_dropped(self, ids: list[int], target: object) -> None:
        """A card dropped on a column: each application moves there (one undoable step each)."""
        for application_id in ids:
            row = self.rows.find(application_id)
            if row is None:
                continue
            outcome = target if isinstance(target, Outcome) else None
            stage = row.stage if outcome is not None else str(target)
            try:
                self._actions.change_state(application_id, stage, outcome)
            except PivotError as error:
                self._show_error(error)
                return

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Once the window is on screen: load the editing half of the services (so that the
        # first click does not wait for the database library) and index the rows for search.
        QTimer.singleShot(50, self._warm_up)

    def _warm_up(self) -> None:
        self.applications_page.model.prepare_search()
        _ = self._services.applications
        # What start-up loaded lives as long as the window: move it out of the cyclic garbage
        # collector's sight, so that its full passes stop pausing typing for tens of ms.
        gc.freeze()
        self.warmed_up.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)

    def save_layout(self) -> None:
        self._settings.set_state("main_window/geometry", self.saveGeometry())
        self._settings.set_state("main_window/state", self.saveState())
        for page in self._application_pages():
            page.save_layout()
        self._settings.sync()

    def _show_counts(self, shown: int, total: int) -> None:
        self.count_label.setText(
            self.tr("Applications shown: {shown} of {total}").format(shown=shown, total=total)
        )

    def _update_enabled(self) -> None:
        ids = self._page().selected_ids()
        one = len(ids) == 1
        for action in (self.edit_action, self.next_stage_action, self.previous_stage_action):
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
        archiving = self._archiving(ids)
        self.archive_action.setText(self.tr("&Archive") if archiving else self.tr("Un&archive"))

    def _archiving(self, ids: list[int]) -> bool:
        """Whether the archive action would archive these (else it brings them back)."""
        rows = [row for row in (self.rows.find(id_) for id_ in ids) if row is not None]
        return not rows or not all(row.archived for row in rows)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        self._fill_application_menu(menu)
        menu.exec(position)

    def _show_error(self, error: PivotError) -> None:
        if isinstance(error, StorageError):
            messages.show_storage_error(self, error)
        elif isinstance(error, ValidationError):
            problems = "; ".join(messages.field_message(p) for p in error.problems.values())
            messages.show_error(
                self, "Pivot", self.tr("Not saved: {problems}").format(problems=problems)
            )
        else:
            messages.show_error(
                self,
                "Pivot",
                self.tr(
                    "That application no longer exists (it may have been deleted). "
                    "The list has been reloaded."
                ),
            )
            self.rows.load()

    # -- actions ---------------------------------------------------------------------------

    def new_application(self) -> None:
        created: list[int] = []

        def save(data: ApplicationUpdate) -> None:
            assert isinstance(data, ApplicationCreate)
            created.append(self._actions.create(data).id)

        from tracker.ui.dialogs.application_dialog import ApplicationDialog

        dialog = ApplicationDialog(
            self._services.queries, save, parent=self, pipeline=self.pipeline
        )
        if dialog.exec() and created:
            self._page().select_ids(created)

    def edit_application(self) -> None:
        current = self._page().current_application()
        if current is None:
            return

        def save(data: ApplicationUpdate) -> None:
            self._actions.update(current, data)

        from tracker.ui.dialogs.application_dialog import ApplicationDialog

        ApplicationDialog(
            self._services.queries, save, existing=current, parent=self, pipeline=self.pipeline
        ).exec()

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except PivotError as error:
            self._show_error(error)
            return False
        return True

    def move_selected(self, stage: str) -> None:
        current = self._page().current_application()
        if current is not None:
            self._run(lambda: self._actions.change_state(current.id, stage))

    def close_selected(self, outcome: Outcome) -> None:
        current = self._page().current_application()
        if current is not None:
            self._run(lambda: self._actions.change_state(current.id, current.stage, outcome))

    def step_stage(self, step: int) -> None:
        current = self._page().current_application()
        if current is None:
            return
        target = self.pipeline.step(current.stage, step)
        if current.outcome is not None:
            target = current.stage  # either key reopens a closed application where it stopped
        if target is None:
            self.statusBar().showMessage(
                self.tr("Already at the last stage.")
                if step > 0
                else self.tr("Already at the first stage."),
                4000,
            )
            return
        self.move_selected(target)

    def toggle_archived(self) -> None:
        ids = self._page().selected_ids()
        if not ids:
            return
        archive = self._archiving(ids)
        if self._run(lambda: self._actions.set_archived(ids, archive)):
            self.statusBar().showMessage(
                self.tr("Archived. Undo with Ctrl+Z.") if archive else self.tr("Unarchived."), 5000
            )

    def delete_selected(self) -> None:
        ids = self._page().selected_ids()
        if ids and self._run(lambda: self._actions.delete(ids)):
            self.statusBar().showMessage(self.tr("Deleted. Undo with Ctrl+Z."), 8000)

    def _add_note(self, application_id: int, body: str) -> None:
        if self._run(lambda: self._actions.add_note(application_id, body)):
            for page in self._application_pages():
                page.detail.note_saved(application_id)

    def _delete_note(self, note: NoteRead) -> None:
        self._run(lambda: self._actions.delete_note(note))

    def open_preferences(self) -> None:
        from tracker.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._settings, self._paths.data_dir, self)
        if dialog.exec():
            language = dialog.chosen_language()
            if language != self._settings.language:
                self._settings.language = language
                self.language_change_requested.emit(language)
