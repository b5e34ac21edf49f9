"""Activity: applications sent and interviews held per week, with the running total of
applications, the current week marked."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import blended_transform_factory

from tracker.charts import style
from tracker.charts.colours import APPLICATIONS_COLOUR, INTERVIEWS_COLOUR
from tracker.charts.style import ChartTheme
from tracker.charts.text import format_count, text_width
from tracker.charts.words import ChartWords
from tracker.domain.insights import SMALL_SAMPLE, Activity, Week

BAR_WIDTH = 0.36  # each of the two bars of a week
LETTER = 0.6  # a Latin letter's width, as a share of the font size
CHROME_WIDTH_POINTS = 90  # about what the two value axes take of the width


def week_label(week: Week, words: ChartWords) -> str:
    day = week.start
    return words.week_of.format(month=words.months[day.month - 1], day=day.day)


def draw_activity(figure: Figure, activity: Activity, words: ChartWords, theme: ChartTheme) -> None:
    """Two bars a week (applications, interviews), the running total of applications as a line
    on its own axis at the right (starting from what was sent before the weeks shown, so it
    ends at the period's count), and this week shaded and named when it is shown."""
    style.start(figure, theme)
    weeks = activity.weeks
    if not any(week.applications or week.interviews for week in weeks):
        style.show_message(figure, words.empty, theme, words.activity_title)
        return
    axes = figure.add_subplot()
    style.dress(axes, theme, grid="y")
    slots = list(range(len(weeks)))
    last = slots[-1]
    axes.bar(
        [x - BAR_WIDTH / 2 for x in slots],
        [week.applications for week in weeks],
        width=BAR_WIDTH,
        color=APPLICATIONS_COLOUR,
        zorder=2,
    )
    axes.bar(
        [x + BAR_WIDTH / 2 for x in slots],
        [week.interviews for week in weeks],
        width=BAR_WIDTH,
        color=INTERVIEWS_COLOUR,
        zorder=2,
    )
    if activity.current is not None:
        _mark_this_week(axes, activity.current, words, theme)
    highest = max(max(week.applications, week.interviews) for week in weeks)
    if activity.goal:
        highest = max(highest, activity.goal)
        _draw_goal(axes, activity.goal, words, theme)
    axes.set_ylim(0, highest * 1.08)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    axes.yaxis.set_major_formatter(lambda value, _position: format_count(round(value)))
    axes.set_ylabel(words.per_week)
    axes.spines[["left"]].set_visible(False)
    axes.set_xlim(-0.6, last + 0.6)
    step = _label_step(figure, weeks, words)
    axes.set_xticks(
        slots,
        [
            week_label(week, words) if (last - x) % step == 0 else ""
            for x, week in zip(slots, weeks, strict=True)
        ],
    )

    totals = activity.running_totals()
    line_colour = theme.text
    running = axes.twinx()
    style.dress(running, theme)
    running.spines[["left", "right", "bottom"]].set_visible(False)
    (line,) = running.plot(
        slots,
        totals,
        color=line_colour,
        linewidth=1.6,
        marker="o",
        markersize=3.5,
        zorder=3,
    )
    running.annotate(
        format_count(totals[-1]),
        xy=(last, totals[-1]),
        xytext=(0, 6),
        textcoords="offset points",
        ha="center",
        va="bottom",
        color=line_colour,
        fontsize=style.points() * style.SMALL,
        fontweight="bold",
        path_effects=style.halo(theme),
    )
    running.set_ylim(0, max(totals[-1], 1) * 1.18)
    running.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    running.yaxis.set_major_formatter(lambda value, _position: format_count(round(value)))
    running.tick_params(axis="y", labelcolor=theme.muted)
    running.set_ylabel(words.running_total)
    style.head(
        figure,
        words.activity_title,
        theme,
        [Patch(color=APPLICATIONS_COLOUR), Patch(color=INTERVIEWS_COLOUR), line],
        [words.applications, words.interviews, words.running_total],
    )
    sent_total = activity.sent
    if sent_total < SMALL_SAMPLE:
        style.note(figure, words.small_sample.format(count=format_count(sent_total)), theme)


def _draw_goal(axes: Axes, goal: int, words: ChartWords, theme: ChartTheme) -> None:
    """The weekly goal of applications: a dashed line across the weeks, named at its left."""
    axes.axhline(goal, color=APPLICATIONS_COLOUR, linestyle=(0, (5, 3)), linewidth=1.3,
                 zorder=1.5, gid="goal")  # fmt: skip
    axes.text(
        0.005,
        goal,
        words.goal_line.format(count=format_count(goal)),
        transform=blended_transform_factory(axes.transAxes, axes.transData),
        ha="left",
        va="bottom",
        color=APPLICATIONS_COLOUR,
        fontsize=style.points() * style.SMALL,
        path_effects=style.halo(theme),
        gid="goal-label",
    )


def _mark_this_week(axes: Axes, index: int, words: ChartWords, theme: ChartTheme) -> None:
    axes.axvspan(index - 0.5, index + 0.5, color=theme.grid, alpha=0.7, zorder=0, gid="this-week")
    axes.text(
        index,
        1.0,
        words.this_week,
        transform=blended_transform_factory(axes.transData, axes.transAxes),
        ha="center",
        va="bottom",
        color=theme.muted,
        fontsize=style.points() * style.SMALL,
        gid="this-week-label",
    )


def _label_step(figure: Figure, weeks: Sequence[Week], words: ChartWords) -> int:
    """Label every week, or every second, third… when the labels would crowd."""
    widest = max(text_width(week_label(week, words)) for week in weeks)
    label_points = widest * style.points() * 0.9 * LETTER + 10
    room = figure.bbox.width * 72 / figure.dpi - CHROME_WIDTH_POINTS
    return max(1, math.ceil(label_points * len(weeks) / max(room, 1.0)))
