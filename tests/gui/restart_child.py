"""A second start of the window, in its own process, on the settings file and database a test
left: prints, as JSON, every remembered state it finds on screen.

    python -m tests.gui.restart_child DATA_DIR HOME
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from tracker.db.opening import open_database
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.models.offer_table_model import OfferColumn
from tracker.ui.models.question_table_model import QuestionColumn
from tracker.ui.window.main_window import MainWindow


def main(data_dir: Path, home: Path) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    paths = AppPaths(data_dir=data_dir, config_dir=home / "settings", log_dir=home)
    settings = Settings(paths.settings_file)
    database = open_database(data_dir / "pivot.db", data_dir / "backups")
    services = Services(database)
    window = MainWindow(services, ApplicationActions(services, QUndoStack()), settings, paths)
    window.show()
    window.show_page(window._offers_slot)
    offers = window._offers_slot.page()
    window.show_page(window._questions_slot)
    questions = window.questions_page
    app.processEvents()
    state = {
        "language": settings.language,
        "weights": {f.value: w for f, w in offers.decision.weights().items()},
        "compared": sorted(offers.model.compared),
        "window": [window.width(), window.height()],
        "applications_splitter": window.applications_page.splitter.sizes(),
        "applications_column": window.applications_page.table.columnWidth(1),
        "offers_splitter": offers.splitter.sizes(),
        "comparison_splitter": offers.comparison.splitter.sizes(),
        "offers_column": offers.table.columnWidth(OfferColumn.COMPANY),
        "questions_column": questions.table.columnWidth(QuestionColumn.TAGS),
    }
    window.close()
    database.close()
    return state


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))  # noqa: T201
