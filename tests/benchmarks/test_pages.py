"""Every page of the window on the benchmark database, in turn: its first open (from the click
in the navigation to the page painted with its data in), and a switch back to it afterwards,
beside a floor measured in the same run (a bare page of a stacked widget, switched to and
painted), with the longest time the window could not answer meanwhile (the longest single turn
of the event loop). Memory is measured in a Pivot of its own, as a user starts it
(test_memory.py): this process holds the whole test session besides.

The pages are opened once the charts' library, which the window loads on a background thread
after its first paint, is in (the time that takes is reported). Insights counts as open when the
charts in view are drawn (those below draw when scrolled to). Goals: a first open ≤ 400 ms, a
switch ≤ 100 ms, no block over 100 ms (reported, not asserted)."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.benchmarks.conftest import ROWS, report
from tracker.db.opening import open_database
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.charts import mpl
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.window.main_window import MainWindow

REPEATS = 5


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


class _Blocks:
    """The longest time the window could not answer: one call that held the event loop."""

    def __init__(self) -> None:
        self.longest = 0.0

    def timed(self, work: Callable[[], object]) -> None:
        start = time.perf_counter()
        work()
        self.longest = max(self.longest, (time.perf_counter() - start) * 1000)


def _until(ready: Callable[[], bool], blocks: _Blocks, limit: float = 120.0) -> None:
    app = QApplication.instance()
    assert app is not None
    start = time.perf_counter()
    while not ready():
        blocks.timed(app.processEvents)
        assert time.perf_counter() - start < limit, "the page never finished"


def _shown(
    widget: QWidget,
    switch: Callable[[], None],
    ready: Callable[[], bool],
    blocks: _Blocks | None = None,
) -> float:
    """Milliseconds from ``switch`` to ``widget`` painted with ``ready`` true; the longest
    single block of the event loop meanwhile goes to ``blocks``."""
    blocks = blocks or _Blocks()
    painted = _Painted()
    widget.installEventFilter(painted)
    start = time.perf_counter()
    blocks.timed(switch)
    _until(lambda: painted.seen and ready(), blocks)
    elapsed = (time.perf_counter() - start) * 1000
    widget.removeEventFilter(painted)
    return elapsed


def _floor(qtbot: QtBot) -> float:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    pages = [QLabel(f"page {n}") for n in range(2)]
    for page in pages:
        stack.addWidget(page)
    stack.resize(1280, 720)
    stack.show()
    qtbot.waitExposed(stack)
    times = []
    for n in range(REPEATS * 2):
        page = pages[(n + 1) % 2]
        times.append(_shown(page, lambda p=page: stack.setCurrentWidget(p), lambda: True))
    return statistics.median(times)


def test_every_page_first_open_and_switch(qtbot: QtBot, big_data_dir: Path, tmp_path: Path) -> None:
    shutil.copy2(big_data_dir / "pivot.db", tmp_path / "pivot.db")
    database = open_database(tmp_path / "pivot.db", tmp_path / "backups")
    services = Services(database)
    paths = AppPaths(data_dir=tmp_path, config_dir=tmp_path, log_dir=tmp_path)
    window = MainWindow(
        services, ApplicationActions(services, QUndoStack()), Settings(tmp_path / "s.ini"), paths
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    shown = time.perf_counter()
    with qtbot.waitSignal(window.warmed_up, timeout=60_000):
        window.show()
    # The charts' library loads on its own thread after the first paint; a user who looks at
    # the window for a moment before opening a chart page finds it loaded.
    mpl.preload().join()
    preloaded = (time.perf_counter() - shown) * 1000
    floor = _floor(qtbot)

    # Each page, and when it has its data in.
    def rendered(canvas: object) -> bool:
        """matplotlib renders a figure in a turn of its own after it is drawn: that too."""
        return not getattr(canvas, "_draw_pending", False)

    def offers_in() -> bool:  # the list, the comparison and its chart, rendered
        built = window._offers_slot.built
        chart = None if built is None else built.comparison.chart
        return (
            built is not None
            and built.model.rowCount() > 0
            and built.comparison._pending_chart is None
            and chart is not None
            and rendered(chart.canvas)
        )

    def charts_drawn() -> bool:  # every chart in view, rendered (the rest wait for a scroll)
        built = window._insights_slot.built
        return (
            built is not None
            and built.in_view_drawn()
            and all(rendered(c.canvas) for c in built.canvases if c not in built._pending)
        )

    def stories_in() -> bool:
        built = window._stories_slot.built
        return built is not None and built.story_list.count() > 0

    def people_in() -> bool:
        built = window._people_slot.built
        return built is not None and built.model.rowCount() > 0

    pages: list[tuple[str, QWidget, Callable[[], bool]]] = [
        ("Agenda", window.agenda_page, lambda: True),
        ("Applications", window.applications_page,
         lambda: window.applications_page.model.rowCount() > 0),
        ("Board", window._board_slot, lambda: window._board_slot.built is not None),
        ("Questions", window._questions_slot,
         lambda: window._questions_slot.built is not None),
        ("Offers", window._offers_slot, offers_in),
        ("People", window._people_slot, people_in),
        ("Insights", window._insights_slot, charts_drawn),
        ("Stories", window._stories_slot, stories_in),
    ]  # fmt: skip
    first: dict[str, float] = {}
    blocked: dict[str, float] = {}
    for name, page, ready in pages:
        if window.pages.currentWidget() is page:  # the page the window opened on: leave it
            other = next(widget for _, widget, _ in pages if widget is not page)
            window.show_page(other)
            QApplication.processEvents()
        blocks = _Blocks()
        first[name] = _shown(page, lambda p=page: window.show_page(p), ready, blocks)
        blocked[name] = blocks.longest
    switch: dict[str, list[float]] = {name: [] for name, _, _ in pages}
    for _ in range(REPEATS):
        for name, page, ready in pages:
            switch[name].append(_shown(page, lambda p=page: window.show_page(p), ready))
    offers = window._offers_slot.built
    assert offers is not None and offers.model.rowCount() > 0
    lines = [
        f"every page, {ROWS} applications, {offers.model.rowCount()} offers",
        f"  floor (a bare page switched to and painted): median {floor:6.1f} ms",
        f"  the charts' library loaded on its thread {preloaded:.0f} ms after the window's show",
    ]
    for name, _, _ in pages:
        median = statistics.median(switch[name])
        lines.append(
            f"  {name:<12} first open {first[name]:7.0f} ms ({first[name] / floor:6.0f}× floor)"
            f"   switch median {median:6.1f} ms ({median / floor:5.0f}× floor)"
            f"   longest block {blocked[name]:5.0f} ms"
        )
    lines.append("  goals: first open ≤ 400 ms, switch ≤ 100 ms, no block over 100 ms")
    report(lines)
    window.close()
    services.close()
