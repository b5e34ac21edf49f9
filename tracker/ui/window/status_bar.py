"""The main window's status bar: how many applications the table shows, the warnings that
must never be hidden by a passing message (no Chinese font; a newer Pivot's file, read-only),
and where the database is."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from tracker.ui.window.main_window import MainWindow

WARNING_STYLE = "color: #C62828;"


def build_status_bar(window: MainWindow, chinese_font_available: bool, database: Path) -> None:
    bar = window.statusBar()
    window.count_label = QLabel()
    bar.addWidget(window.count_label)
    window.font_warning = QLabel(
        QCoreApplication.translate(
            "MainWindow",
            "No Chinese font is installed, so Chinese text shows as boxes and Pivot speaks "
            "English. Install one (e.g. fonts-noto-cjk) and restart Pivot.",
        )
    )
    window.font_warning.setStyleSheet(WARNING_STYLE)
    window.font_warning.setVisible(not chinese_font_available)
    bar.addPermanentWidget(window.font_warning)  # never hidden by a message
    newer = QCoreApplication.translate(
        "MainWindow",
        "This file was written by a newer version of Pivot, so it is open read-only: "
        "you can read and export everything, but not change it. Update Pivot to edit.",
    )
    storage = QCoreApplication.translate(
        "MainWindow",
        "This file is on a read-only disk or share, so it is open read-only: you can read "
        "and export everything, but not change it. Copy it to a writable folder to edit.",
    )
    window.read_only_warning = QLabel(storage if window.read_only_storage else newer)
    window.read_only_warning.setStyleSheet(WARNING_STYLE + " font-weight: bold;")
    window.read_only_warning.setVisible(window.read_only)
    bar.addPermanentWidget(window.read_only_warning)
    path_label = QLabel(str(database))
    path_label.setTextFormat(Qt.TextFormat.PlainText)
    bar.addPermanentWidget(path_label)
