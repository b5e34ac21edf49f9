"""Launch a window in a fresh interpreter and report when it first painted.

    python launch_probe.py bare            a bare QMainWindow (the floor)
    python launch_probe.py app DATA_DIR    Pivot on the database in DATA_DIR

The parent passes its clock in PIVOT_PROBE_T0 just before starting this process, so the time
includes interpreter start-up and every import. Prints one JSON line: the milliseconds from
launch to the first paint of the window's central content, the rows on screen, and which heavy
libraries had been imported by then.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = float(os.environ["PIVOT_PROBE_T0"])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "matplotlib", "pydantic")


class FirstPaint(QObject):
    def __init__(self, rows: object = None) -> None:
        super().__init__()
        self.rows = rows
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            elapsed = (time.time() - T0) * 1000
            rows = self.rows() if callable(self.rows) else 0
            loaded = [name for name in HEAVY if name in sys.modules]
            sys.stdout.write(
                json.dumps({"first_paint_ms": elapsed, "rows": rows, "imported": loaded}) + "\n"
            )
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def bare() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Pivot")
    window.setCentralWidget(label)
    probe = FirstPaint()
    label.installEventFilter(probe)
    window.show()
    app.exec()


def pivot(data_dir: str) -> None:
    from pathlib import Path

    import tracker.app as app_module
    from tracker.ui.main_window import MainWindow

    original_show = MainWindow.showEvent

    def show_event(window: MainWindow, event: object) -> None:
        original_show(window, event)  # type: ignore[arg-type]
        model = window.applications_page.model
        probe = FirstPaint(model.rowCount)
        window._first_paint_probe = probe  # type: ignore[attr-defined]
        window.applications_page.table.viewport().installEventFilter(probe)

    MainWindow.showEvent = show_event  # type: ignore[method-assign]
    paths = app_module.cli.resolve_paths(Path(data_dir))
    app_module.run_window(paths)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        pivot(sys.argv[2])
