"""Channels: the share of applications each channel got an answer to and an interview from,
with the counts behind each share. A channel with few applications is hatched and said to be a
small sample, so that 2 out of 2 is not read as a trend."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from tracker.charts import style
from tracker.charts.colours import ANSWERS_COLOUR, INTERVIEWS_COLOUR, mix
from tracker.charts.style import ChartTheme
from tracker.charts.text import format_count
from tracker.charts.words import ChartWords
from tracker.domain.insights import SMALL_SAMPLE, ChannelStat, GroupRates

PAIR_SHARE = 0.76  # a channel's two bars together, as a share of its row
THICKEST_PAIR_POINTS = 30
AXIS_POINTS = 34  # about what the axis below and the padding take of the height
NOTE_POINTS = 12  # a line of note under the chart
ROW_LINES = 2.0  # a channel's row, in lines of text
SMALL_HATCH = "////"
SMALL_FILL = 0.25  # how much of its colour a small sample's bar keeps
SMALL_HATCH_SHARE = 0.7  # and its hatching


def channel_name(stat: ChannelStat, words: ChartWords) -> str:
    return words.name(stat.channel.value) if stat.channel is not None else words.no_channel


def rate_label(part: int, whole: int, words: ChartWords) -> str:
    """'30 % · 12/40'."""
    share = part / whole if whole else 0.0
    return f"{words.rate(share)} · {format_count(part)}/{format_count(whole)}"


def draw_channels(
    figure: Figure,
    stats: Sequence[ChannelStat],
    words: ChartWords,
    theme: ChartTheme,
    referrals: tuple[ChannelStat, ChannelStat] | None = None,
) -> None:
    """Per channel, the busiest at the top: a bar for the share answered and one for the share
    interviewed, each labelled with its count; small samples hatched and pale. When the
    channels do not all fit the figure's height, the quietest share the last row. Below a
    line, ``referrals``: the referred applications against the others, whatever the channel."""
    style.start(figure, theme)
    stats = [stat for stat in stats if stat.applied > 0]
    if not stats:
        style.show_message(figure, words.empty, theme, words.channels_title)
        return
    any_small = any(stat.small_sample for stat in (*stats, *(referrals or ())))
    top = rates_head(figure, words.channels_title, words, theme, any_small)
    total = sum(stat.applied for stat in stats)
    notes = [
        words.small_sample.format(count=format_count(total)) if total < SMALL_SAMPLE else "",
    ]
    below = AXIS_POINTS + NOTE_POINTS * (any_small + (total < SMALL_SAMPLE))
    fit = style.rows_that_fit(figure, top + below, style.points() * ROW_LINES)
    extra = 2 if referrals is not None and fit > 3 else 0
    stats, names = _fitted(stats, fit - extra, words)
    split = len(stats)
    if extra and referrals is not None:
        stats = [*stats, *referrals]
        names = [*names, words.referred, words.not_referred]
    if any(stat.small_sample for stat in stats) != any_small:  # the merged row is not small
        any_small = not any_small
        for legend in list(figure.legends):
            legend.remove()
        rates_head(figure, words.channels_title, words, theme, any_small)
    draw_rate_rows(figure, stats, names, [split], words, theme)
    if any_small:
        notes.insert(0, words.channels_note.format(count=SMALL_SAMPLE))
    style.notes(figure, notes, theme)


def draw_rate_rows(
    figure: Figure,
    stats: Sequence[GroupRates],
    names: Sequence[str],
    splits: Sequence[int],
    words: ChartWords,
    theme: ChartTheme,
) -> None:
    """A row per group of applications, top down: a bar for the share answered and one for
    the share interviewed, each labelled with its count; small samples hatched and pale; a
    dashed line before each row of ``splits``."""
    axes = figure.add_subplot()
    style.dress(axes, theme, grid="x", strong="y")
    size = style.points() * style.SMALL
    height = style.bar_share(figure, len(stats), PAIR_SHARE, THICKEST_PAIR_POINTS) / 2
    for row, stat in enumerate(stats):
        for offset, colour, part in (
            (-height / 2, ANSWERS_COLOUR, stat.responded),
            (height / 2, INTERVIEWS_COLOUR, stat.interviewed),
        ):
            small = stat.small_sample
            axes.barh(
                row + offset,
                part / stat.applied,
                height=height,
                color=mix(colour, theme.background, SMALL_FILL) if small else colour,
                edgecolor=mix(colour, theme.background, SMALL_HATCH_SHARE),
                hatch=SMALL_HATCH if small else None,
                linewidth=0,
                gid="small-sample" if small else None,
            )
            axes.annotate(
                rate_label(part, stat.applied, words),
                xy=(part / stat.applied, row + offset),
                xytext=(5, 0),
                textcoords="offset points",
                ha="left",
                va="center",
                color=theme.muted if small else theme.text,
                fontsize=size * 0.95,
            )
    rows = list(range(len(stats)))
    for split in splits:
        if 0 < split < len(stats):
            axes.axhline(split - 0.5, color=theme.muted, linewidth=0.8, linestyle=(0, (4, 3)))
    axes.set_yticks(rows, names)
    for label, stat in zip(axes.get_yticklabels(), stats, strict=True):
        if stat.small_sample:
            label.set_color(theme.muted)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlim(0, 1)
    axes.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    axes.xaxis.set_major_formatter(lambda value, _position: words.rate(value))
    axes.spines[["left", "bottom"]].set_visible(False)


def rates_head(
    figure: Figure, title: str, words: ChartWords, theme: ChartTheme, small: bool
) -> float:
    """The title and the legend (with the small samples' entry when there are some)."""
    handles: list[Patch] = [Patch(color=ANSWERS_COLOUR), Patch(color=INTERVIEWS_COLOUR)]
    labels = [words.response_rate, words.interview_rate]
    if small:
        handles.append(
            Patch(
                facecolor=mix(theme.muted, theme.background, SMALL_FILL),
                edgecolor=mix(theme.muted, theme.background, SMALL_HATCH_SHARE),
                hatch=SMALL_HATCH,
                linewidth=0,
            )
        )
        labels.append(words.small_channel.format(count=SMALL_SAMPLE))
    return style.head(figure, title, theme, handles, labels)


def _fitted(
    stats: list[ChannelStat], fit: int, words: ChartWords
) -> tuple[list[ChannelStat], list[str]]:
    """The channels and their names, the quietest together in the last row when they are
    more than ``fit``."""
    names = [channel_name(stat, words) for stat in stats]
    if len(stats) <= fit:
        return stats, names
    rest = stats[fit - 1 :]
    merged = ChannelStat(
        None,
        sum(stat.applied for stat in rest),
        sum(stat.responded for stat in rest),
        sum(stat.interviewed for stat in rest),
    )
    return [*stats[: fit - 1], merged], [*names[: fit - 1], words.more.format(count=len(rest))]
