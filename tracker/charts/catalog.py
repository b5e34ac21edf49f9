"""Every insight chart, in the order they are shown: each works out its figures from the
insight data and draws them, so the window and the report can loop over all of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.figure import Figure

from tracker.charts.activity import draw_activity
from tracker.charts.categories import draw_categories
from tracker.charts.channels import draw_channels
from tracker.charts.flow import draw_flow
from tracker.charts.funnel import draw_funnel
from tracker.charts.materials import draw_materials
from tracker.charts.style import ChartTheme
from tracker.charts.times import draw_stage_times
from tracker.charts.words import ChartWords
from tracker.domain import insights
from tracker.domain.insights import InsightData
from tracker.domain.interviews import ROUND_NAMES

Draw = Callable[[Figure, InsightData, ChartWords, ChartTheme], None]


@dataclass(frozen=True, slots=True)
class ChartSpec:
    key: str
    title: Callable[[ChartWords], str]  # the chart's title, in the given words
    draw: Draw  # clears the figure and draws the chart of the data


def _funnel(figure: Figure, data: InsightData, words: ChartWords, theme: ChartTheme) -> None:
    draw_funnel(figure, insights.funnel(data), words, theme, data.pipeline)


def _flow(figure: Figure, data: InsightData, words: ChartWords, theme: ChartTheme) -> None:
    draw_flow(figure, insights.flow(data), words, theme, data.pipeline)


def _activity(figure: Figure, data: InsightData, words: ChartWords, theme: ChartTheme) -> None:
    draw_activity(figure, insights.activity(data), words, theme)


def _channels(figure: Figure, data: InsightData, words: ChartWords, theme: ChartTheme) -> None:
    draw_channels(figure, insights.channels(data), words, theme, insights.referrals(data))


def _times(figure: Figure, data: InsightData, words: ChartWords, theme: ChartTheme) -> None:
    draw_stage_times(
        figure,
        insights.stage_times(data),
        insights.first_response_days(data),
        words,
        theme,
        data.pipeline,
    )


def _materials(figure: Figure, data: InsightData, words: ChartWords, theme: ChartTheme) -> None:
    draw_materials(figure, insights.materials(data), words, theme, len(data.rows))


def _categories(figure: Figure, data: InsightData, words: ChartWords, theme: ChartTheme) -> None:
    draw_categories(
        figure,
        insights.category_outcomes(data),
        insights.round_pass_rates(data, ROUND_NAMES),
        words,
        theme,
    )


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("funnel", lambda words: words.funnel_title, _funnel),
    ChartSpec("flow", lambda words: words.flow_title, _flow),
    ChartSpec("activity", lambda words: words.activity_title, _activity),
    ChartSpec("channels", lambda words: words.channels_title, _channels),
    ChartSpec("times", lambda words: words.times_title, _times),
    ChartSpec("categories", lambda words: words.categories_title, _categories),
    ChartSpec("materials", lambda words: words.materials_title, _materials),
)
KEYS: tuple[str, ...] = tuple(chart.key for chart in CHARTS)


def chart(key: str) -> ChartSpec:
    """The chart of ``key``; KeyError for an unknown one."""
    for entry in CHARTS:
        if entry.key == key:
            return entry
    raise KeyError(key)
