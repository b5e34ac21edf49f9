"""Role categories and interview rounds: how each kind of role's applications ended, and the
share of each round (一面, 二面…) passed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from tracker.charts import style
from tracker.charts.colours import PASSED_COLOUR, key_colour
from tracker.charts.style import ChartTheme
from tracker.charts.text import elide, format_count, text_width
from tracker.charts.words import ChartWords
from tracker.domain.enums import Outcome
from tracker.domain.insights import (
    IN_PROGRESS,
    OFFER_END,
    SMALL_SAMPLE,
    CategoryOutcomes,
    RoundPass,
)

# Left to right: the good ends first, then the open ones, then the others.
END_ORDER: tuple[str, ...] = (
    OFFER_END,
    IN_PROGRESS,
    Outcome.TALENT_POOL,
    Outcome.DECLINED,
    Outcome.WITHDRAWN,
    Outcome.GHOSTED,
    Outcome.REJECTED,
)
BAR_SHARE = 0.68
THICKEST_BAR_POINTS = 22
BELOW_POINTS = 56  # about what the rounds' title, the axis below and the padding take
NOTE_POINTS = 12  # a line of note under the chart
LETTER = 0.56  # a Latin letter's width, as a share of the font size
ROW_LINES = 1.15  # a row, in lines of text
SHORTEST_BAR_POINTS = 60  # each panel keeps at least this much for its bars
GAPS_POINTS = 40  # the pads around ticks and between the panels
LONG_NAME = 16  # a role category's name keeps this many letters before labels give way
LONGEST_NAME = 24  # and never more than this, so that the bars keep their room
SHORT_NAME = 6
ROUND_NAME = 10  # letters of a round's name (a Chinese character counts as two)


def pass_label(result: RoundPass, words: ChartWords, counts: bool = True) -> str:
    """'79 % · 15/19' (or '79 %' without ``counts``); empty when nothing is decided yet."""
    if result.pass_rate is None:
        return ""
    rate = words.rate(result.pass_rate)
    if not counts:
        return rate
    return f"{rate} · {format_count(result.passed)}/{format_count(result.decided)}"


def waiting_label(result: RoundPass, words: ChartWords) -> str:
    return words.waiting.format(count=format_count(result.pending)) if result.pending else ""


@dataclass(frozen=True, slots=True)
class _Row:
    """One bar at the left: a role category, or the quietest ones together."""

    name: str
    ends: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.ends.values())


def _rows(outcomes: Sequence[CategoryOutcomes], fit: int, words: ChartWords) -> list[_Row]:
    """A row per category, the busiest first; when they do not all fit, the quietest
    together in the last row."""
    rows = [_Row(words.name(c.category.value), c.ends) for c in outcomes if c.total > 0]
    if len(rows) <= fit:
        return rows
    rest = rows[fit - 1 :]
    merged: Counter[str] = Counter()
    for row in rest:
        merged.update(row.ends)
    return [*rows[: fit - 1], _Row(words.more.format(count=len(rest)), dict(merged))]


@dataclass(frozen=True, slots=True)
class _Room:
    """What the labels may hold at the figure's width."""

    name_letters: int  # of a role category's name
    counts: bool  # a round's passed/decided counts beside its rate
    waiting: bool  # a round's count of results still to come


def _room(
    figure: Figure, outcomes: Sequence[_Row], rounds: Sequence[RoundPass], words: ChartWords
) -> _Room:
    """The longest labels that leave both panels room for their bars: the rounds' waiting
    counts go first, then their passed/decided counts, then the names get shorter."""
    letter = style.points() * LETTER
    small = letter * style.SMALL
    width = figure.bbox.width * 72 / figure.dpi - 2 * style.PAD_POINTS - GAPS_POINTS
    names = max(text_width(row.name) for row in outcomes)
    totals = max(text_width(format_count(c.total)) for c in outcomes) * small + 6
    longest_round = max((text_width(r.round_name) for r in rounds), default=0)
    round_names = min(longest_round, ROUND_NAME) * letter
    letters = 0
    for counts, waiting in ((True, True), (True, False), (False, False)):
        labels = max(
            (
                text_width(
                    pass_label(r, words, counts) + ("  " + waiting_label(r, words)) * waiting
                )
                for r in rounds
            ),
            default=text_width(words.no_rounds),
        )
        fixed = totals + round_names + labels * small + 2 * SHORTEST_BAR_POINTS
        letters = int((width - fixed) / letter)
        if letters >= min(names, LONG_NAME):
            return _Room(min(letters, names, LONGEST_NAME), counts, waiting)
    return _Room(max(SHORT_NAME, letters), False, False)


def draw_categories(
    figure: Figure,
    outcomes: Sequence[CategoryOutcomes],
    rounds: Sequence[RoundPass],
    words: ChartWords,
    theme: ChartTheme,
) -> None:
    """At the left, one bar per role category (the busiest first) split by how its applications
    ended, as shares, with the count at the end; at the right, each round's pass rate."""
    style.start(figure, theme)
    outcomes = [category for category in outcomes if category.total > 0]
    if not outcomes:
        style.show_message(figure, words.empty, theme, words.categories_title)
        return
    ends = [key for key in END_ORDER if any(c.ends.get(key) for c in outcomes)]
    ends += sorted({key for c in outcomes for key in c.ends} - set(ends))
    handles = [Patch(color=key_colour(key)) for key in ends]
    top = style.head(figure, words.categories_title, theme, handles, [words.name(k) for k in ends])
    total = sum(category.total for category in outcomes)
    below = BELOW_POINTS + NOTE_POINTS * (total < SMALL_SAMPLE)
    fit = style.rows_that_fit(figure, top + below, style.points() * ROW_LINES)
    rows = _rows(outcomes, fit, words)
    rounds = rounds[:fit]
    grid = figure.add_gridspec(1, 2, width_ratios=(3, 2))
    left = figure.add_subplot(grid[0, 0])
    right = figure.add_subplot(grid[0, 1])
    # Bars as thick in both panels: the thinner panel's (the one with more rows) sets it.
    busiest = max(len(rows), len(rounds))
    thickness = style.bar_share(figure, busiest, BAR_SHARE, THICKEST_BAR_POINTS, top + below)
    room = _room(figure, rows, rounds, words)
    _draw_outcomes(left, rows, ends, thickness * len(rows) / busiest, room, words, theme)
    _draw_rounds(right, rounds, thickness * len(rounds) / busiest, room, words, theme)
    if total < SMALL_SAMPLE:
        style.note(figure, words.small_sample.format(count=format_count(total)), theme)


def _draw_outcomes(
    axes: Axes,
    outcomes: Sequence[_Row],
    ends: Sequence[str],
    height: float,
    room: _Room,
    words: ChartWords,
    theme: ChartTheme,
) -> None:
    style.dress(axes, theme, strong="y")
    rows = list(range(len(outcomes)))
    starts = [0.0] * len(rows)
    for key in ends:
        shares = [c.ends.get(key, 0) / c.total for c in outcomes]
        style.hbars(
            axes,
            rows,
            shares,
            height,
            starts,
            facecolor=key_colour(key),
            edgecolor=theme.background,
            linewidth=0.6,
            gid=f"end:{key}",
        )
        starts = [start + share for start, share in zip(starts, shares, strict=True)]
    for row, category in enumerate(outcomes):
        axes.annotate(
            format_count(category.total),
            xy=(1.0, row),
            xytext=(5, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            color=theme.muted,
            fontsize=style.points() * style.SMALL,
        )
    axes.set_yticks(rows, [elide(row.name, room.name_letters) for row in outcomes])
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlim(0, 1)
    axes.set_xticks([0, 0.5, 1.0])
    axes.xaxis.set_major_formatter(lambda value, _position: words.rate(value))
    axes.spines[["left", "bottom"]].set_visible(False)


def _draw_rounds(
    axes: Axes,
    rounds: Sequence[RoundPass],
    height: float,
    room: _Room,
    words: ChartWords,
    theme: ChartTheme,
) -> None:
    style.dress(axes, theme, strong="y")
    axes.set_title(
        words.rounds_title, loc="left", fontsize=style.points(), color=theme.text, wrap=True
    )
    if not rounds:
        axes.set_axis_off()
        axes.text(
            0.0,
            0.5,
            words.no_rounds,
            transform=axes.transAxes,
            ha="left",
            va="center",
            color=theme.muted,
            fontsize=style.points() * style.SMALL,
        )
        return
    rows = list(range(len(rounds)))
    size = style.points() * style.SMALL
    style.hbars(axes, rows, [1.0] * len(rows), height, facecolor=theme.grid, alpha=0.55)
    style.hbars(
        axes,
        rows,
        [result.pass_rate or 0.0 for result in rounds],
        height,
        facecolor=PASSED_COLOUR,
        gid="pass-rate",
    )
    for row, result in enumerate(rounds):
        label = axes.annotate(
            pass_label(result, words, room.counts),
            xy=(1.0, row),
            xytext=(5, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            color=theme.text,
            fontsize=size,
        )
        if result.pending and (room.waiting or result.pass_rate is None):
            axes.annotate(
                waiting_label(result, words),
                xy=(1.0, 0.5),
                xycoords=label,
                xytext=(6 if label.get_text() else 0, 0),
                textcoords="offset points",
                ha="left",
                va="center",
                color=theme.muted,
                fontsize=size,
            )
    axes.set_yticks(rows, [elide(result.round_name, ROUND_NAME) for result in rounds])
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlim(0, 1)
    axes.xaxis.set_visible(False)
    axes.spines[["left", "bottom"]].set_visible(False)
