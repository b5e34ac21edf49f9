"""Time: how many days applications spend in each stage (the median, and the middle half of
them), and how long the first answer takes after applying."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from tracker.charts import style
from tracker.charts.colours import ANSWERS_COLOUR, key_colour, mix
from tracker.charts.style import ChartTheme
from tracker.charts.text import format_count, format_days
from tracker.charts.words import ChartWords
from tracker.domain.insights import SMALL_SAMPLE, Spread, StageTime
from tracker.domain.pipeline import Pipeline

BAR_SHARE = 0.46
THICKEST_BAR_POINTS = 16
TICK_SPACING_POINTS = 48  # between the day labels along the bottom
RANGE_FILL = 0.38  # how much of its colour the middle half's bar keeps


def draw_stage_times(
    figure: Figure,
    times: Sequence[StageTime],
    first_response: Spread | None,
    words: ChartWords,
    theme: ChartTheme,
    pipeline: Pipeline | None = None,
) -> None:
    """One row per stage in pipeline order, then one for the wait until the first answer: a
    pale bar over the middle half of the days, a dot at the median, labelled in days."""
    style.start(figure, theme)
    rows: list[tuple[str, Spread, str]] = [
        (words.stage_name(time.stage, pipeline), time.spread, key_colour(time.stage))
        for time in times
    ]
    if first_response is not None:
        rows.append((words.first_answer, first_response, ANSWERS_COLOUR))
    if not rows:
        style.show_message(figure, words.empty, theme, words.times_title)
        return
    axes = figure.add_subplot()
    style.dress(axes, theme, grid="x", strong="y")
    size = style.points() * style.SMALL
    height = style.bar_share(figure, len(rows), BAR_SHARE, THICKEST_BAR_POINTS)
    for row, (_name, spread, colour) in enumerate(rows):
        axes.barh(
            row,
            spread.high - spread.low,
            left=spread.low,
            height=height,
            color=mix(colour, theme.background, RANGE_FILL),
            zorder=2,
        )
        axes.plot(
            [spread.median],
            [row],
            marker="o",
            markersize=8,
            color=colour,
            markeredgecolor=theme.background,
            markeredgewidth=1.2,
            linestyle="none",
            zorder=3,
            gid="median",
        )
        axes.annotate(
            format_days(spread.median, words),
            xy=(max(spread.high, spread.median), row),
            xytext=(8, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            color=theme.text if spread.count >= SMALL_SAMPLE else theme.muted,
            fontsize=size,
        )
    if first_response is not None and len(rows) > 1:
        axes.axhline(len(rows) - 1.5, color=theme.grid, linewidth=0.8, zorder=1)
    axes.set_yticks(list(range(len(rows))), [name for name, _spread, _colour in rows])
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlim(0, max(spread.high for _name, spread, _colour in rows) * 1.04 or 1.0)
    axes.xaxis.set_major_locator(style.spaced_locator(TICK_SPACING_POINTS, integer=True))
    axes.xaxis.set_major_formatter(lambda value, _position: format_count(round(value)))
    axes.set_xlabel(words.days_axis)
    axes.spines[["left"]].set_visible(False)
    style.head(
        figure,
        words.times_title,
        theme,
        [
            Line2D([], [], marker="o", markersize=7, color=theme.muted, linestyle="none"),
            Patch(color=mix(theme.muted, theme.background, RANGE_FILL)),
        ],
        [words.median, words.middle_half],
    )
    counted = max(spread.count for _name, spread, _colour in rows)
    if counted < SMALL_SAMPLE:
        style.note(figure, words.small_sample.format(count=format_count(counted)), theme)
