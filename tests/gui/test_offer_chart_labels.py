"""The offer chart's words never sit on each other: offer names, take-home amounts, market-band
labels, the legend and the axis, at every count of offers and every size the window gives the
chart, in both languages. Checked on the drawn label boxes, not on the picture."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from pytestqt.qtbot import QtBot

from tracker.domain.offer_value import ComponentStack, ReferenceBand
from tracker.ui.charts.offer_components_canvas import OfferComponentsCanvas
from tracker.words.language import CHINESE, ENGLISH, Translators

COMPANIES = [
    "字节跳动 · AI产品经理（大模型方向）",
    "MiniMax · LLM工程师",
    "某实习 · AI训练师实习",
    "阿里巴巴 · 提示词工程师",
    "Moonshot AI · Prompt Engineer",
    "百度 · AI训练师（多模态数据标注与评测）",
    "腾讯 · AIGC产品运营",
    "小红书 · 大模型评测专家",
]
BANDS = [
    ReferenceBand("AI训练师（多模态数据） (2024)", 96_000, 180_000),
    ReferenceBand("AI训练师 offers in Beijing (2025)", 110_000, 240_000),
    ReferenceBand("大模型产品经理 (2025)", 300_000, 600_000),
]
SIZES = [(1250, 230), (900, 320), (600, 260), (480, 200), (1400, 520)]


def offers(count: int) -> list[ComponentStack]:
    stacks = []
    for index, name in enumerate(COMPANIES[:count]):
        pay = 90_000 + 45_000 * index
        stacks.append(ComponentStack(name, pay, pay * 0.2, pay * 0.15, pay * 0.1, 9_000))
    return stacks


@pytest.fixture(params=["en", "zh"])
def language(request: pytest.FixtureRequest, _english: Translators) -> Iterator[str]:
    if request.param == "zh":
        _english.install(CHINESE)
    yield request.param
    _english.install(ENGLISH)


def shown_texts(axes: Axes, canvas: OfferComponentsCanvas) -> list[Text]:
    low, high = axes.get_xlim()
    ticks = [t for t in axes.get_xticklabels() if low <= t.get_position()[0] <= high]
    texts = [*axes.texts, *axes.get_yticklabels(), *ticks, axes.xaxis.label]
    texts += [t for legend in canvas.figure.legends for t in legend.get_texts()]
    return [text for text in texts if text.get_visible() and text.get_text()]


def box(artist: Text | Rectangle) -> Bbox:
    return artist.get_window_extent().shrunk(0.97, 0.9)  # a hair of antialiasing is no overlap


@pytest.mark.parametrize("count", [1, 3, 5, 8])
@pytest.mark.parametrize("size", SIZES)
def test_no_label_overlaps_another_or_a_bar(
    qtbot: QtBot, language: str, count: int, size: tuple[int, int]
) -> None:
    canvas = OfferComponentsCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.show()
    canvas.show_offers(offers(count), BANDS)
    qtbot.waitUntil(lambda: canvas.figure.bbox.width == max(size[0], canvas.minimumWidth()))
    canvas.figure.canvas.draw()
    (axes,) = canvas.figure.axes
    texts = shown_texts(axes, canvas)
    for first, second in itertools.combinations(texts, 2):
        assert not box(first).overlaps(box(second)), (first.get_text(), second.get_text())
    frame = canvas.figure.bbox
    for text in texts:
        drawn = box(text)
        assert frame.x0 <= drawn.x0 and drawn.x1 <= frame.x1, text.get_text()
        assert frame.y0 <= drawn.y0 and drawn.y1 <= frame.y1, text.get_text()
    bars = [bar for container in axes.containers for bar in container]
    band_labels = [text for text in axes.texts if text.get_text() in {b.label for b in BANDS}]
    assert len(band_labels) == len(BANDS)
    for label, bar in itertools.product(band_labels, bars):
        assert isinstance(bar, Rectangle)
        assert not box(label).overlaps(box(bar)), label.get_text()
