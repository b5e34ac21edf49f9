"""The main window's menu bar and toolbar, laid out from the window's actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QToolBar, QToolButton

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


# The texts keep the window's translation context, so each is translated once.
def build_menu_bar(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.new_action)
    file_menu.addSeparator()
    file_menu.addAction(window.backup_action)
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
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.about_action)


def build_toolbar(window: MainWindow) -> QToolButton:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setMovable(False)
    toolbar.addAction(window.new_action)
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
