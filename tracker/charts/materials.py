"""Materials: for each résumé, portfolio or cover letter version sent, the share of its
applications that got an answer and an interview, with the counts behind each share, so that
"did the portfolio with the annotation case study get more interviews?" has an answer. Few
applications are hatched and said to be a small sample, as on the channels chart."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from tracker.charts import style
from tracker.charts.channels import AXIS_POINTS, NOTE_POINTS, ROW_LINES, draw_rate_rows, rates_head
from tracker.charts.style import ChartTheme
from tracker.charts.text import elide, format_count
from tracker.charts.words import ChartWords
from tracker.domain.insights import SMALL_SAMPLE, MaterialStat

NAME_CHARACTERS = 26  # a row's name, shortened beyond this


def draw_materials(
    figure: Figure,
    stats: Sequence[MaterialStat],
    words: ChartWords,
    theme: ChartTheme,
    applications: int,
) -> None:
    """A row per version (résumés, then portfolios, then the rest; a dashed line between
    kinds), the version sent most first in each; when they do not all fit, the versions sent
    least are left out and the note says how many. ``applications``: how many the chart
    counts from (none: the period is empty; few: said to be a small sample)."""
    style.start(figure, theme)
    stats = [stat for stat in stats if stat.applied > 0]
    if not stats:
        empty = words.materials_empty if applications else words.empty
        style.show_message(figure, empty, theme, words.materials_title)
        return
    any_small = any(stat.small_sample for stat in stats)
    top = rates_head(figure, words.materials_title, words, theme, any_small)
    fit = style.rows_that_fit(
        figure, top + AXIS_POINTS + NOTE_POINTS * 3, style.points() * ROW_LINES
    )
    shown = _fitted(stats, fit)
    splits = [
        index
        for index in range(1, len(shown))
        if shown[index].material.kind is not shown[index - 1].material.kind
    ]
    names = [elide(stat.material.name, NAME_CHARACTERS) for stat in shown]
    draw_rate_rows(figure, shown, names, splits, words, theme)
    notes = [words.channels_note.format(count=SMALL_SAMPLE)] if any_small else []
    if applications < SMALL_SAMPLE:
        notes.append(words.small_sample.format(count=format_count(applications)))
    if len(shown) < len(stats):
        notes.append(words.materials_more.format(count=len(stats) - len(shown)))
    style.notes(figure, notes, theme)


def _fitted(stats: list[MaterialStat], fit: int) -> list[MaterialStat]:
    """The versions sent most, at most ``fit`` of them, in the chart's order."""
    if len(stats) <= fit:
        return stats
    kept = set(sorted(stats, key=lambda s: -s.applied)[: max(fit, 1)])
    return [stat for stat in stats if stat in kept]
