"""Launch a window in a fresh interpreter and report when it had painted.

    python launch_probe.py bare            a bare QMainWindow (the floor)
    python launch_probe.py app DATA_DIR    Pivot on the database in DATA_DIR
    python launch_probe.py tour DATA_DIR   Pivot, then every page in turn: resident memory

The parent passes its clock in PIVOT_PROBE_T0 just before starting this process, so the time
includes interpreter start-up and every import. The clock stops once the window's first paint
has finished (right after its first paint event, when control is back in the event loop).
Prints one JSON line: the milliseconds from launch to then, the applications loaded, the page
on screen, and which heavy libraries had been imported by then.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

T0 = float(os.environ["PIVOT_PROBE_T0"])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "matplotlib", "pydantic")


class FirstPaint(QObject):
    def __init__(self, describe: Callable[[], dict[str, object]]) -> None:
        super().__init__()
        self.describe = describe
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        elapsed = (time.time() - T0) * 1000
        loaded = [name for name in HEAVY if name in sys.modules]
        memory, _ = resident_mb()
        result = {
            "first_paint_ms": elapsed,
            "imported": loaded,
            "memory_mb": memory,
            **self.describe(),
        }
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
        QApplication.instance().quit()


def bare() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Pivot"))
    probe = FirstPaint(lambda: {"rows": 0, "page": "bare"})
    window.installEventFilter(probe)
    window.show()
    app.exec()


PAGE_SECONDS = 3.0  # each page of the tour: opened, its data read and its charts drawn


def resident_mb() -> tuple[float, str]:
    """The process's resident memory now (Linux), else its peak so far."""
    import resource
    from pathlib import Path

    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024, "now"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024), "peak"


class Tour(QObject):
    """After the first paint, every page of the window in turn, as a user clicks through
    them; then the resident memory, printed as one JSON line, and quit."""

    def __init__(self, window: object) -> None:
        super().__init__()
        self.window = window
        self.next_page = 0
        self.after_paint: dict[str, float] = {}

    def start(self) -> None:
        self.after_paint["memory_mb"], _ = resident_mb()
        QTimer.singleShot(int(PAGE_SECONDS * 1000), self.step)

    def draw_every_chart(self) -> None:
        """Insights draws the charts out of view when they are scrolled to: the tour draws
        them all, so that memory counts every chart."""
        insights = self.window._insights_slot.built  # type: ignore[attr-defined]
        if insights is not None and insights.isVisible():
            insights.finish_drawing()

    def step(self) -> None:
        navigation = self.window.navigation  # type: ignore[attr-defined]
        if self.next_page:
            self.after_paint[navigation.item(self.next_page - 1).text()], _ = resident_mb()
        if self.next_page < navigation.count():
            navigation.setCurrentRow(self.next_page)
            self.next_page += 1
            QTimer.singleShot(int(PAGE_SECONDS * 500), self.draw_every_chart)
            QTimer.singleShot(int(PAGE_SECONDS * 1000), self.step)
            return
        import gc

        gc.collect()
        memory, kind = resident_mb()
        result = {
            "pages": self.next_page,
            "navigation": navigation.count(),
            "memory_mb": memory,
            "kind": kind,
            "at_first_paint_mb": self.after_paint["memory_mb"],
            "steps": self.after_paint,
        }
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
        QApplication.instance().quit()


def pivot(data_dir: str, tour: bool = False) -> None:
    from pathlib import Path

    import tracker.app as app_module
    from tracker.ui.window.main_window import MainWindow

    original_show = MainWindow.showEvent

    def show_event(window: MainWindow, event: object) -> None:
        original_show(window, event)  # type: ignore[arg-type]

        def describe() -> dict[str, object]:
            page = window.pages.currentWidget()
            return {
                "rows": window.applications_page.model.total_count(),
                "shown": window.applications_page.model.rowCount(),
                "page": type(page).__name__,
            }

        if tour:
            walk = Tour(window)
            window._tour = walk  # type: ignore[attr-defined]
            QTimer.singleShot(0, walk.start)
            return
        probe = FirstPaint(describe)
        window._first_paint_probe = probe  # type: ignore[attr-defined]
        window.installEventFilter(probe)

    MainWindow.showEvent = show_event  # type: ignore[method-assign]
    paths = app_module.cli.resolve_paths(Path(data_dir))
    app_module.run_window(paths)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        pivot(sys.argv[2], tour=sys.argv[1] == "tour")
