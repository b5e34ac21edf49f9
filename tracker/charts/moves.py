"""The map of moves: the professions people left (left) joined to the kinds of role they
reached (right), each line as thick as the number of stories that made that move."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path

from tracker.charts import style
from tracker.charts.style import ChartTheme

MOVE_COLOURS = (
    "#4A90D9", "#E08E2E", "#2EA5A5", "#8E6AD1", "#3FA45B", "#D35D5D", "#7A8896", "#C2A23A",
)  # fmt: skip
THINNEST, THICKEST = 2.0, 14.0  # line widths in points
LEFT, RIGHT = 0.0, 1.0


def _spread(count: int) -> list[float]:
    """``count`` heights from top to bottom, evenly apart."""
    if count == 1:
        return [0.5]
    return [1 - index / (count - 1) for index in range(count)]


def draw_moves(
    figure: Figure,
    moves: Sequence[tuple[str, str]],
    theme: ChartTheme,
    *,
    title: str,
    empty: str,
) -> None:
    """One line per (origin, target) pair, from the origin's name at the left to the target's
    at the right, thicker for more stories; each origin in its own colour. ``moves`` holds one
    pair per story."""
    style.start(figure, theme)
    if not moves:
        style.show_message(figure, empty, theme, title)
        return
    style.head(figure, title, theme)
    counts = Counter(moves)
    origins = sorted({origin for origin, _ in moves}, key=lambda o: (-sum(
        n for (left, _), n in counts.items() if left == o), o))  # fmt: skip
    targets = sorted({target for _, target in moves}, key=lambda t: (-sum(
        n for (_, right), n in counts.items() if right == t), t))  # fmt: skip
    left_at = dict(zip(origins, _spread(len(origins)), strict=True))
    right_at = dict(zip(targets, _spread(len(targets)), strict=True))
    colour = {origin: MOVE_COLOURS[n % len(MOVE_COLOURS)] for n, origin in enumerate(origins)}
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_xlim(-0.02, 1.02)
    axes.set_ylim(-0.12, 1.12)
    most = max(counts.values())
    for (origin, target), count in sorted(counts.items(), key=lambda item: -item[1]):
        start, end = left_at[origin], right_at[target]
        path = Path(
            [(LEFT, start), (0.5, start), (0.5, end), (RIGHT, end)],
            [Path.MOVETO, Path.CURVE4, Path.CURVE4, Path.CURVE4],
        )
        width = THINNEST + (THICKEST - THINNEST) * (count - 1) / max(1, most - 1)
        axes.add_patch(
            PathPatch(path, facecolor="none", edgecolor=colour[origin], linewidth=width,
                      alpha=0.55, capstyle="round", gid=f"move:{origin}>{target}:{count}")
        )  # fmt: skip
    for origin, height in left_at.items():
        axes.text(LEFT - 0.01, height, origin, ha="right", va="center", color=theme.text,
                  path_effects=style.halo(theme))  # fmt: skip
    for target, height in right_at.items():
        axes.text(RIGHT + 0.01, height, target, ha="left", va="center", color=theme.text,
                  path_effects=style.halo(theme))  # fmt: skip
