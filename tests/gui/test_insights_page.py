"""The insights page through the real widgets: every chart drawn from the history, redrawn
once per filter change, saved as PNG and SVG, and a helpful sentence when nothing matches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from tracker.domain.enums import Channel, Outcome, RoleCategory, Stage
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.pages.insights_page import InsightsPage
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]


def figure_texts(page: InsightsPage, key: str) -> list[str]:
    canvas = next(c for c in page.canvases if c.spec.key == key)
    return [text.get_text() for text in canvas.figure.findobj(lambda a: hasattr(a, "get_text"))]


def open_insights(qtbot: QtBot, window: MainWindow) -> InsightsPage:
    """The page opened, the charts in view drawn, then the others (as scrolling would)."""
    window.show_page(window._insights_slot)
    page = window.insights_page
    qtbot.waitUntil(page.in_view_drawn, timeout=10_000)
    page.finish_drawing()
    return page


def a_small_hunt(add: Add, services: Services) -> None:
    today = date.today()
    for n in range(4):
        add(f"公司{n}", "AI训练师", applied_on=today - timedelta(days=10), channel=Channel.BOSS,
            role_category=RoleCategory.AI_TRAINER)  # fmt: skip
    moved = add("智谱AI", "Prompt工程师", applied_on=today - timedelta(days=20),
                channel=Channel.REFERRAL, role_category=RoleCategory.PROMPT)  # fmt: skip
    services.applications.change_state(moved.id, Stage.SCREENING)
    services.applications.change_state(moved.id, Stage.INTERVIEWING)
    rejected = add("百川", "AI产品经理", applied_on=today - timedelta(days=15),
                   channel=Channel.LIEPIN, role_category=RoleCategory.AI_PRODUCT)  # fmt: skip
    services.applications.change_state(rejected.id, Stage.APPLIED, Outcome.REJECTED)


def test_every_chart_is_drawn_from_the_history(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    a_small_hunt(add, services)
    page = open_insights(qtbot, make_window())
    assert page.data is not None and len(page.data.rows) == 6
    funnel = " ".join(figure_texts(page, "funnel"))
    assert "6" in funnel and "Screening" in funnel
    assert page.summary.text() == "6 applications sent in this period."


def test_a_filter_change_redraws_every_chart_once(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    a_small_hunt(add, services)
    page = open_insights(qtbot, make_window())
    drawn: Counter[str] = Counter()
    for canvas in page.canvases:
        canvas.drawn.connect(lambda key: drawn.update([key]))
    with qtbot.waitSignal(page.redrawn, timeout=10_000):
        page.channel.set_value(Channel.BOSS)
        page.finish_drawing()
    assert drawn == Counter({canvas.spec.key: 1 for canvas in page.canvases})
    assert page.data is not None and len(page.data.rows) == 4
    assert page.summary.text() == "4 applications sent in this period."


def test_a_period_without_applications_says_so_in_every_chart(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    a_small_hunt(add, services)
    page = open_insights(qtbot, make_window())
    with qtbot.waitSignal(page.redrawn, timeout=10_000):
        page.category.set_value(RoleCategory.RESEARCH)
        page.finish_drawing()
    for canvas in page.canvases:
        texts = figure_texts(page, canvas.spec.key)
        assert any("No applications in this period yet" in text for text in texts), canvas.spec.key


def test_a_chart_is_saved_as_png_and_svg(
    qtbot: QtBot, make_window: Window, add: Add, services: Services, tmp_path: Path
) -> None:
    a_small_hunt(add, services)
    page = open_insights(qtbot, make_window())
    funnel = page.canvases[0]
    png = funnel.save_as("png", tmp_path / "funnel.png")
    svg = funnel.save_as("svg", tmp_path / "funnel.svg")
    assert png is not None and png.read_bytes().startswith(b"\x89PNG")
    assert svg is not None and "<svg" in svg.read_text(encoding="utf-8")[:500]


def test_a_change_in_the_hunt_reaches_the_charts(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    a_small_hunt(add, services)
    window = make_window()
    page = open_insights(qtbot, window)
    assert page.data is not None
    window.commands.mark_ghosted(page.data.rows[0].id)

    def ghost_charted() -> None:
        assert page.data is not None and page.in_view_drawn()
        assert any(row.outcome is Outcome.GHOSTED for row in page.data.rows)

    qtbot.waitUntil(ghost_charted, timeout=10_000)


def test_the_charts_out_of_view_wait_until_they_are_scrolled_into_view(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    a_small_hunt(add, services)
    window = make_window()
    window.resize(1100, 620)
    window.show_page(window._insights_slot)
    page = window.insights_page
    qtbot.waitUntil(page.in_view_drawn, timeout=10_000)
    qtbot.wait(200)  # more turns of the event loop: nothing out of view is drawn meanwhile
    waiting = [canvas.spec.key for canvas in page._pending]
    assert "funnel" not in waiting and "materials" in waiting
    bar = page._scroll.verticalScrollBar()
    assert bar.maximum() > 0
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        bar.setValue(value)  # down a page at a time, as a reader scrolls
        qtbot.waitUntil(page.in_view_drawn, timeout=10_000)
    assert page._pending == []


def test_every_chart_fits_its_smallest_size_with_every_category_and_channel(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    """A busy hunt at the charts' smallest size: nothing collapses (matplotlib would warn, and
    a warning fails this test)."""
    today = date.today()
    channels, categories = list(Channel), list(RoleCategory)
    role = "大模型应用开发工程师（RAG 方向）"
    for n in range(3 * len(categories)):
        sent = today - timedelta(days=n % 40)
        channel, category = channels[n % len(channels)], categories[n % len(categories)]
        add(f"公司{n}", role, applied_on=sent, channel=channel, role_category=category)
    page = open_insights(qtbot, make_window())
    for canvas in page.canvases:
        width = canvas.minimumSizeHint().width()
        canvas.setFixedSize(canvas.minimumSizeHint())
        qtbot.waitUntil(lambda c=canvas, w=width: c.figure.bbox.width == w)
        canvas.show_data(page.data)  # type: ignore[arg-type]
        canvas.canvas.draw()
        assert not canvas.is_empty


def test_the_mouse_wheel_over_a_chart_scrolls_the_page(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    a_small_hunt(add, services)
    window = make_window()
    window.resize(1280, 720)
    page = open_insights(qtbot, window)
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the charts are taller than the window"
    canvas = page.canvases[0].canvas
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    wheel = QWheelEvent(
        centre, canvas.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(canvas, wheel)
    assert bar.value() > 0
