"""The funnel: how many applications reached each stage, and the share of the stage before that
got this far."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from tracker.charts import style
from tracker.charts.colours import key_colour
from tracker.charts.style import ChartTheme
from tracker.charts.text import format_count
from tracker.charts.words import ChartWords
from tracker.domain.insights import SMALL_SAMPLE, FunnelStep
from tracker.domain.pipeline import Pipeline

BAR_SHARE = 0.72  # of a row
THICKEST_BAR_POINTS = 30


def step_label(step: FunnelStep, words: ChartWords) -> str:
    """'5,903', then for each later stage '3,778 · 64 %'."""
    count = format_count(step.reached)
    return count if step.rate is None else f"{count} · {words.rate(step.rate)}"


def draw_funnel(
    figure: Figure,
    steps: Sequence[FunnelStep],
    words: ChartWords,
    theme: ChartTheme,
    pipeline: Pipeline | None = None,
) -> None:
    """One bar per stage, Applied at the top, in the stage's colour, each over a faint track as
    long as Applied's; the count and the rate from the stage before at each bar's end.
    ``pipeline`` gives the user's own stage names."""
    style.start(figure, theme)
    applied = steps[0].reached if steps else 0
    if applied == 0:
        style.show_message(figure, words.empty, theme, words.funnel_title)
        return
    style.head(figure, words.funnel_title, theme)
    axes = figure.add_subplot()
    style.dress(axes, theme, strong="y")
    rows = list(range(len(steps)))
    height = style.bar_share(figure, len(rows), BAR_SHARE, THICKEST_BAR_POINTS)
    axes.barh(rows, [applied] * len(rows), height=height, color=theme.grid, alpha=0.55)
    axes.barh(
        rows,
        [step.reached for step in steps],
        height=height,
        color=[key_colour(step.stage) for step in steps],
        gid="funnel",
    )
    for row, step in enumerate(steps):
        axes.annotate(
            step_label(step, words),
            xy=(max(step.reached, 0), row),
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            color=theme.text,
            fontsize=style.points() * style.SMALL,
        )
    axes.set_yticks(rows, [words.stage_name(step.stage, pipeline) for step in steps])
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlim(0, applied)
    axes.xaxis.set_visible(False)
    axes.spines[["left", "bottom"]].set_visible(False)
    style.notes(
        figure,
        [
            words.funnel_note if len(steps) > 1 else "",
            words.small_sample.format(count=format_count(applied))
            if applied < SMALL_SAMPLE
            else "",
        ],
        theme,
    )
