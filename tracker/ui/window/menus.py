"""The main window's actions, and the menu bar and toolbar laid out from them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from tracker.domain.enums import Outcome
from tracker.ui.icons import icon
from tracker.ui.plain_text import menu_text, plain_tooltip
from tracker.words.labels import label, stage_label

if TYPE_CHECKING:
    from tracker.ui.window.main_window import MainWindow


# The texts keep the window's translation context, so each is translated once.


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon_name: str = "",
) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def build_actions(window: MainWindow, stack: QUndoStack) -> None:
    """Every action of the window, as attributes of the window."""
    std = QKeySequence.StandardKey
    window.new_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New application…"),
        window.commands.new,
        std.New,
        "new",
    )
    window.capture_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "New from &posting"),
        window.capture.from_clipboard,
        "Ctrl+Shift+V",
        "capture",
    )
    window.capture_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "A new application filled in from the job posting you copied"
        )
    )
    window.edit_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Edit application…"),
        window.edit_current,
        "Ctrl+E",
        "edit",
    )
    window.delete_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Delete application"),
        window.delete_current,
        std.Delete,
        "delete",
    )
    window.archive_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Archive"),
        window.commands.toggle_archived,
        "Ctrl+Shift+A",
        "archive",
    )
    window.search_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Search &everything…"),
        window.open_search,
        "Ctrl+K",
        "search",
    )
    window.find_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Find"),
        window.applications_page.focus_search,
        std.Find,
    )
    window.preferences_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Preferences…"),
        window.open_preferences,
        "Ctrl+,",
    )
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.next_stage_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Move to &next stage"),
        lambda: window.commands.step_stage(1),
        "Ctrl+]",
        "move",
    )
    window.offer_action = _action(
        window, QCoreApplication.translate("MainWindow", "Add an &offer…"), window.new_offer
    )
    window.previous_stage_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Move to &previous stage"),
        lambda: window.commands.step_stage(-1),
        "Ctrl+[",
    )
    files = window.database_commands
    window.backup_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Back up now"), files.back_up_now
    )
    window.trash_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Trash…"), window.commands.open_trash
    )
    window.backups_action = _action(
        window, QCoreApplication.translate("MainWindow", "Bac&kups…"), files.show_backups
    )
    window.check_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Check database"), files.check_database
    )
    window.open_folder_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Open data folder"),
        files.open_data_folder,
    )
    transfer = window.transfer
    window.import_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Import applications…"),
        transfer.import_file,
        "Ctrl+Shift+I",
    )
    window.export_menu = QMenu(QCoreApplication.translate("MainWindow", "E&xport"), window)
    export_entries = (
        (QCoreApplication.translate("MainWindow", "&CSV for Excel (the table as filtered)…"),
         transfer.export_csv),
        (QCoreApplication.translate(
            "MainWindow", "Excel &workbook (the table as filtered, offers, rounds)…"),
         transfer.export_workbook),
        (QCoreApplication.translate("MainWindow", "&Everything, as Pivot JSON…"),
         transfer.export_json),
        (QCoreApplication.translate("MainWindow", "&Interviews, as a calendar (.ics)…"),
         transfer.export_calendar),
    )  # fmt: skip
    for text, slot in export_entries:
        window.export_menu.addAction(text).triggered.connect(lambda _=False, s=slot: s())
    window.quit_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Quit"), window.quit_pivot, std.Quit
    )
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.about_action = _action(
        window, QCoreApplication.translate("MainWindow", "&About Pivot"), files.show_about
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.undo_action = stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    window.undo_action.setShortcut(std.Undo)
    window.undo_action.setIcon(icon("undo"))
    window.redo_action = stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    window.redo_action.setShortcuts([QKeySequence(std.Redo), QKeySequence("Ctrl+Y")])
    window.redo_action.setIcon(icon("redo"))
    # Their texts name what the user typed ("Undo Edit <role>"): tooltips that read as typed.
    stack.undoTextChanged.connect(_PlainTooltip(window.undo_action).follow)
    stack.redoTextChanged.connect(_PlainTooltip(window.redo_action).follow)
    window.move_menu = QMenu(QCoreApplication.translate("MainWindow", "&Move to"), window)
    window.move_menu.setIcon(icon("move"))
    window.stage_actions = {}
    for definition in window.pipeline.visible():
        name = stage_label(definition.key, window.pipeline)
        action = window.move_menu.addAction(menu_text(name))
        action.setToolTip(plain_tooltip(name))
        action.triggered.connect(lambda _=False, k=definition.key: window.commands.move_selected(k))
        window.stage_actions[definition.key] = action
    window.close_menu = QMenu(QCoreApplication.translate("MainWindow", "&Close as"), window)
    window.outcome_actions = {}
    for outcome in Outcome:
        action = window.close_menu.addAction(label(outcome))
        action.triggered.connect(lambda _=False, o=outcome: window.commands.close_selected(o))
        window.outcome_actions[outcome] = action


class _PlainTooltip(QObject):
    """Keeps an action's tooltip to its text without the shortcut mark, read as typed (Qt
    would take a text that looks like HTML for rich text). Owned by the action, so it goes
    with it."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self.follow()

    @Slot(str)
    def follow(self, _text: str = "") -> None:
        action = self.parent()  # asked each time: a reference kept to it can go stale
        if isinstance(action, QAction):
            action.setToolTip(plain_tooltip(action.iconText()))


def build_menu_bar(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.new_action)
    file_menu.addAction(window.capture_action)
    file_menu.addSeparator()
    file_menu.addAction(window.import_action)
    file_menu.addMenu(window.export_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.trash_action)
    file_menu.addAction(window.backup_action)
    file_menu.addAction(window.backups_action)
    file_menu.addAction(window.check_action)
    file_menu.addAction(window.open_folder_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    edit_menu.addAction(window.search_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.preferences_action)
    window.fill_application_menu(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Application"))
    )
    go_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    window.page_actions = []
    for row in range(window.navigation.count()):
        action = go_menu.addAction(menu_text(window.navigation.item(row).text()))
        action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        action.triggered.connect(lambda _=False, r=row: window.navigation.setCurrentRow(r))
        window.page_actions.append(action)
    go_menu.addSeparator()
    window.documents_action = go_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Documents (résumés, portfolios)…")
    )
    window.documents_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    window.documents_action.triggered.connect(lambda: window.document_commands.library())
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    guide = help_menu.addAction(QCoreApplication.translate("MainWindow", "&Getting started"))
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: _show_help(window, guide=True))
    keys = help_menu.addAction(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
    keys.triggered.connect(lambda: _show_help(window, guide=False))
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)


def _show_help(window: MainWindow, *, guide: bool) -> None:
    from tracker.ui.dialogs.help_dialogs import GuideDialog, ShortcutsDialog

    if guide:
        GuideDialog(window).exec()
        return
    actions = [action for menu in window.menuBar().findChildren(QMenu)
               for action in menu.actions()]  # fmt: skip
    ShortcutsDialog([*actions, *window.actions()], window).exec()


def build_toolbar(window: MainWindow) -> QToolButton:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setMovable(False)
    toolbar.addAction(window.new_action)
    toolbar.addAction(window.capture_action)
    toolbar.addAction(window.edit_action)
    move_button = QToolButton()
    move_button.setMenu(window.move_menu)
    move_button.setDefaultAction(window.move_menu.menuAction())
    move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    move_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    move_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
    toolbar.addWidget(move_button)
    toolbar.addAction(window.archive_action)
    toolbar.addAction(window.delete_action)
    toolbar.addSeparator()
    toolbar.addAction(window.undo_action)
    toolbar.addAction(window.redo_action)
    window.addToolBar(toolbar)
    return move_button
