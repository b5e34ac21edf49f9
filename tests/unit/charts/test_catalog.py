"""Every chart of the catalog, in Chinese, on a real-sized hunt: drawn and saved without a single
warning (a glyph missing from the font is a warning, and a box in the picture)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from matplotlib.image import imread

from tests.unit.charts.hunt import CHINESE, figure, hunt, texts
from tracker.charts import catalog
from tracker.charts.style import DARK, LIGHT, setup
from tracker.charts.words import ChartWords


def test_the_catalog_lists_every_insight_chart_in_order() -> None:
    assert catalog.KEYS == (
        "funnel", "flow", "activity", "channels", "times", "categories", "materials",
    )  # fmt: skip
    assert catalog.chart("flow").title(CHINESE) == "投递的去向"
    with pytest.raises(KeyError):
        catalog.chart("pie")


def test_every_chart_draws_in_chinese_without_a_warning(tmp_path: Path) -> None:
    assert setup() is not None, "no installed font draws Chinese: install fonts-noto-cjk"
    data = hunt()
    for spec in catalog.CHARTS:
        for name, theme in (("light", LIGHT), ("dark", DARK)):
            drawn = figure()
            path = tmp_path / f"{spec.key}-{name}.png"
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                spec.draw(drawn, data, CHINESE, theme)
                shown = texts(drawn)
                drawn.savefig(path)
            assert [str(warning.message) for warning in caught] == [], spec.key
            assert imread(path).shape[:2] == (400, 720)
            assert any("\u4e00" <= character <= "\u9fff" for text in shown for character in text)
            assert not any(key in text for text in shown for key in ("in_progress", "talent_pool"))


def test_a_missing_glyph_would_be_caught() -> None:
    """The check above would see boxes: matplotlib warns when a font lacks a character."""
    drawn = figure()
    drawn.text(0.5, 0.5, "投递", family="DejaVu Sans")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        drawn.canvas.draw()
    assert any("missing from font" in str(warning.message) for warning in caught)


def test_english_is_the_default() -> None:
    words = ChartWords()
    assert words.flow_title == "Where applications went"
    assert words.name("in_progress") == "Still open"
