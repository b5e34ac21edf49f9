"""The offer comparison chart: one stacked bar per offer, money in the reader's language, Chinese
drawn without missing glyphs, and matplotlib loaded only when a chart is built."""

from __future__ import annotations

import itertools
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from matplotlib import rcParams
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tracker.domain.offer_value import ComponentStack
from tracker.ui.charts import mpl
from tracker.ui.charts.offer_components_canvas import (
    OfferComponentsCanvas,
    elide,
    format_yuan,
)
from tracker.words.language import CHINESE, ENGLISH, Translators

OFFERS = [
    ComponentStack("字节跳动 · AI产品经理", 251_600, 78_400, 37_500, 21_100, 21_100),
    ComponentStack("MiniMax · LLM工程师", 190_300, 46_200, 31_900, 18_000, 18_000),
    ComponentStack("某实习 · AI训练师实习", 100_200, 3_100, 11_200, 6_300, 6_300),
]
SEGMENTS = [
    "Take-home pay",
    "Housing fund",
    "Social insurance",
    "Income tax",
    "Employer's housing fund",
]


@pytest.fixture
def canvas(qtbot: QtBot) -> OfferComponentsCanvas:
    chart = OfferComponentsCanvas()
    qtbot.addWidget(chart)
    chart.resize(900, 320)
    with qtbot.waitExposed(chart):
        chart.show()
    return chart


@pytest.fixture
def chinese(_english: Translators) -> Iterator[None]:
    _english.install(CHINESE)
    yield
    _english.install(ENGLISH)


def only_axes(canvas: OfferComponentsCanvas) -> Axes:
    (axes,) = canvas.figure.axes
    return axes


def bars(canvas: OfferComponentsCanvas) -> list[Rectangle]:
    return [patch for patch in only_axes(canvas).patches if isinstance(patch, Rectangle)]


def test_each_segment_is_as_wide_as_its_figure_and_starts_where_the_last_ended(
    canvas: OfferComponentsCanvas,
) -> None:
    canvas.show_offers(OFFERS)
    per_segment = [
        [s.take_home for s in OFFERS],
        [s.housing_fund for s in OFFERS],
        [s.social_insurance for s in OFFERS],
        [s.tax for s in OFFERS],
        [s.housing_fund_employer for s in OFFERS],
    ]
    drawn = bars(canvas)
    assert [bar.get_width() for bar in drawn] == [v for values in per_segment for v in values]
    for offer in range(len(OFFERS)):
        row = drawn[offer :: len(OFFERS)]
        assert row[0].get_x() == 0
        for before, after in itertools.pairwise(row):
            assert after.get_x() == pytest.approx(before.get_x() + before.get_width())
    assert [label for label, _ in canvas.segments()] == SEGMENTS


def test_the_legend_names_every_segment_and_the_employer_share_is_hatched(
    canvas: OfferComponentsCanvas,
) -> None:
    canvas.show_offers(OFFERS)
    (legend,) = canvas.figure.legends
    assert [text.get_text() for text in legend.get_texts()] == SEGMENTS
    employer = bars(canvas)[-len(OFFERS) :]
    assert all(bar.get_hatch() for bar in employer)
    assert not any(bar.get_hatch() for bar in bars(canvas)[: -len(OFFERS)])


def test_the_first_offer_is_at_the_top(canvas: OfferComponentsCanvas) -> None:
    canvas.show_offers(OFFERS)
    canvas.figure.canvas.draw()
    axes = only_axes(canvas)
    assert [label.get_text() for label in axes.get_yticklabels()] == [s.label for s in OFFERS]
    take_home = bars(canvas)[: len(OFFERS)]
    tops = [bar.get_window_extent().y1 for bar in take_home]  # display y grows upwards
    assert tops == sorted(tops, reverse=True)


def test_each_bar_ends_with_its_take_home_pay(canvas: OfferComponentsCanvas) -> None:
    canvas.show_offers(OFFERS)
    notes = [text.get_text() for text in only_axes(canvas).texts]
    assert notes == ["¥252K take-home", "¥190K take-home", "¥100K take-home"]


def test_no_offers_shows_the_message_and_no_bars(canvas: OfferComponentsCanvas) -> None:
    canvas.show_offers(OFFERS)
    canvas.show_offers([])
    assert canvas.is_empty
    assert canvas.empty_text() == "No offers to compare yet."
    assert canvas.figure.axes == []
    assert canvas.figure.legends == []
    canvas.show_offers(OFFERS[:1])
    assert not canvas.is_empty
    assert len(bars(canvas)) == len(SEGMENTS)


def test_chinese_labels_draw_without_missing_glyphs(
    canvas: OfferComponentsCanvas, tmp_path: Path, chinese: None
) -> None:
    canvas.show_offers(OFFERS)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        canvas.figure.canvas.draw()
        canvas.save_png(tmp_path / "offers.png")
    assert [str(w.message) for w in caught] == []
    image = QImage(str(tmp_path / "offers.png"))
    assert (image.width(), image.height()) == (900, 320)
    assert rcParams["axes.unicode_minus"] is False


def test_money_reads_in_the_window_language(canvas: OfferComponentsCanvas, chinese: None) -> None:
    canvas.show_offers(OFFERS)
    canvas.figure.canvas.draw()
    axes = only_axes(canvas)
    assert [text.get_text() for text in axes.texts] == [
        "到手 25.2万",
        "到手 19万",
        "到手 10万",
    ]
    low, high = axes.get_xlim()
    ticks = [t.get_text() for t in axes.get_xticklabels() if low <= t.get_position()[0] <= high]
    assert ticks[0] == "0"
    assert all(tick.endswith("万") for tick in ticks[1:])


@pytest.mark.parametrize("size", [(900, 320), (480, 260), (1400, 420)])
def test_every_text_stays_inside_the_figure(
    qtbot: QtBot, canvas: OfferComponentsCanvas, size: tuple[int, int]
) -> None:
    canvas.show_offers(OFFERS)
    canvas.resize(*size)
    qtbot.waitUntil(lambda: canvas.figure.bbox.width == size[0])
    canvas.figure.canvas.draw()
    axes = only_axes(canvas)
    low, high = axes.get_xlim()
    ticks = [label for label in axes.get_xticklabels() if low <= label.get_position()[0] <= high]
    texts: list[Text] = [*axes.texts, *axes.get_yticklabels(), *ticks]
    texts += [axes.xaxis.label, *canvas.figure.legends[0].get_texts()]
    frame = canvas.figure.bbox
    for text in texts:
        if text.get_text():
            box = text.get_window_extent()
            assert frame.x0 <= box.x0 and box.x1 <= frame.x1, text.get_text()
            assert frame.y0 <= box.y0 and box.y1 <= frame.y1, text.get_text()


@pytest.mark.parametrize(
    ("value", "chinese", "expected"),
    [
        (312_000, True, "31.2万"),
        (312_000, False, "¥312K"),
        (250_000, True, "25万"),
        (250_000, False, "¥250K"),
        (99_960, True, "10万"),
        (12_500, False, "¥12.5K"),
        (12_500, True, "1.25万"),
        (5_000, True, "5,000"),
        (5_000, False, "¥5K"),
        (9_950, False, "¥9.95K"),
        (312_345, True, "31.2万"),
        (312_345, False, "¥312K"),
        (500, False, "¥500"),
        (1_250_000, False, "¥1.25M"),
        (999_700, False, "¥1M"),
        (1_250_000, True, "125万"),
        (0, True, "0"),
        (0, False, "0"),
        (-20_000, True, "-2万"),
        (-20_000, False, "-¥20K"),
    ],
)
def test_format_yuan(value: float, chinese: bool, expected: str) -> None:
    assert format_yuan(value, chinese) == expected


def test_long_labels_are_cut_counting_chinese_characters_double() -> None:
    assert elide("MiniMax · LLM Engineer", 30) == "MiniMax · LLM Engineer"
    assert elide("ByteDance · AI Product Manager", 16) == "ByteDance · AI…"
    assert elide("字节跳动 · AI产品经理", 12) == "字节跳动 ·…"


def test_the_chinese_font_comes_first_and_preferred_families_win() -> None:
    chosen = mpl.setup()
    if chosen is not None:
        assert rcParams["font.sans-serif"][0] == chosen
    never = lambda _family: False  # noqa: E731
    assert mpl.pick_cjk_family(["DejaVu Sans", "WenQuanYi Micro Hei"], never) == (
        "WenQuanYi Micro Hei"
    )
    assert mpl.pick_cjk_family(["PingFang SC", "Noto Sans CJK SC"], never) == "Noto Sans CJK SC"
    assert mpl.pick_cjk_family(["DejaVu Sans"], never) is None
    has_chinese = {"AR PL UMing CN", "Some Chinese Sans"}.__contains__
    installed = ["DejaVu Sans", "AR PL UMing CN", "Some Chinese Sans"]
    assert mpl.pick_cjk_family(installed, has_chinese) == "Some Chinese Sans"


def test_importing_the_chart_modules_does_not_import_matplotlib() -> None:
    code = (
        "import sys\n"
        "import tracker.ui.charts.offer_components_canvas\n"
        "print('matplotlib' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
