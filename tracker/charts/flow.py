"""The flow: where applications went, as a Sankey diagram drawn with matplotlib's patches.

Stages stand in columns, left to right in pipeline order, and where applications ended (an
outcome, or still open) in a last column at the right. Each band is one link of the figures: its
thickness is its number of applications, so the bands leaving Applied are exactly as thick as
Applied's node, which holds every application.

Layout, column by column: a stage's outgoing bands leave its node top to bottom with the band
to the furthest stage first and the endings last, so the main path runs straight along the
top and endings peel off below; bands passing a column run above or below its node, keeping
their height when nothing pushes them. The ending nodes are ordered by where their bands come
from, so that bands cross only just before the last column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch, Rectangle
from matplotlib.path import Path

from tracker.charts import style
from tracker.charts.colours import key_colour
from tracker.charts.style import ChartTheme
from tracker.charts.text import elide, format_count, text_width
from tracker.charts.words import ChartWords
from tracker.domain.enums import Outcome, Stage
from tracker.domain.insights import IN_PROGRESS, SMALL_SAMPLE, FlowLink
from tracker.domain.pipeline import Pipeline

# Top to bottom where a stage's endings leave it, and the order ending nodes fall back to.
END_ORDER: tuple[str, ...] = (
    IN_PROGRESS,
    Outcome.TALENT_POOL,
    Outcome.DECLINED,
    Outcome.WITHDRAWN,
    Outcome.GHOSTED,
    Outcome.REJECTED,
)
_ENDS = frozenset(END_ORDER)
# Stages that are an end in themselves: an application there is done, not waiting.
TERMINAL_STAGES = frozenset({Stage.ACCEPTED.value})

NODE_WIDTH = 0.07  # of the distance between two columns
LAST_GAP = 1.5  # the distance to the endings' column, in columns: room for bands to cross
GAP_SHARE = 0.045  # the space between nodes, as a share of all applications
CHROME_POINTS = 80  # about what the title, the labels and the note take of the height
LETTER = 0.52  # a Latin letter's width, as a share of the font size


class Band(PathPatch):
    """One band of the flow, knowing the link it draws."""

    def __init__(self, path: Path, link: FlowLink, **kwargs: object) -> None:
        super().__init__(path, **kwargs)
        self.link = link


class Node(Rectangle):
    """One node of the flow: a stage, or an ending at the right."""

    def __init__(
        self, key: str, count: int, xy: tuple[float, float], width: float, height: float
    ) -> None:
        super().__init__(xy, width, height)
        self.key = key
        self.count = count


@dataclass
class _Stream:
    link: FlowLink
    # The stream's top edge at each column it crosses: (column, y) in order; the first is where
    # it leaves its source, the last where it reaches its target.
    stops: list[tuple[int, float]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return self.link.count


@dataclass
class _Layout:
    columns: list[str]  # stage keys, then "" for the endings' column
    nodes: list[tuple[str, int, float, float]]  # key, column, top, height
    streams: list[_Stream]
    bottom: float  # the lowest node's bottom edge


def is_end(key: str) -> bool:
    return key in _ENDS


def drawn_links(links: Sequence[FlowLink]) -> list[FlowLink]:
    """The links drawn as bands: all but an ended stage's "still open" (Accepted is an end)."""
    return [
        link
        for link in links
        if link.count > 0 and not (link.source in TERMINAL_STAGES and link.target == IN_PROGRESS)
    ]


def layout(links: Sequence[FlowLink], pipeline: Pipeline) -> _Layout:
    """Where each node and each band goes, in applications (y grows downwards). Laid out
    twice: the first pass finds the order of the ending nodes, the second has every stage's
    endings leave it in that order, so that its bands do not cross one another."""
    first = _layout(drawn_links(links), pipeline, END_ORDER, None)
    ends = [key for key, column, _top, _height in first.nodes if column == len(first.columns) - 1]
    ends += [key for key in END_ORDER if key not in ends]
    return _layout(drawn_links(links), pipeline, ends, ends)


def _layout(
    links: Sequence[FlowLink],
    pipeline: Pipeline,
    end_order: Sequence[str],
    fixed_ends: Sequence[str] | None,
) -> _Layout:
    stages = sorted(
        {link.source for link in links}
        | {link.target for link in links if not is_end(link.target)},
        key=lambda key: (key != Stage.APPLIED, pipeline.position(key)),
    )
    column = {key: index for index, key in enumerate(stages)}
    ends_column = len(stages)
    total = sum(link.count for link in links if link.source == stages[0]) if stages else 0
    gap = max(total * GAP_SHARE, 1e-9)
    streams = [_Stream(link) for link in links]

    def target_column(stream: _Stream) -> int:
        return ends_column if is_end(stream.link.target) else column[stream.link.target]

    def leaving_order(stream: _Stream) -> tuple[int, int]:
        target = stream.link.target
        if is_end(target):
            return (1, end_order.index(target))
        return (0, -column[target])

    nodes: list[tuple[str, int, float, float]] = []
    current: list[_Stream] = []  # the streams crossing into this column, top to bottom
    for index, key in enumerate(stages):
        arriving = [stream for stream in current if stream.link.target == key]
        leaving = sorted(
            (stream for stream in streams if stream.link.source == key), key=leaving_order
        )
        first = current.index(arriving[0]) if arriving else 0
        above = [stream for stream in current[:first] if stream.link.target != key]
        below = [stream for stream in current[first:] if stream.link.target != key]
        y = 0.0
        for stream in above:
            y = _pass(stream, index, y)
        top = y + gap if above else y
        height = max(
            sum(stream.count for stream in arriving), sum(stream.count for stream in leaving)
        )
        nodes.append((key, index, top, height))
        y = top
        for stream in arriving:
            stream.stops.append((index, y))
            y += stream.count
        y = top
        for stream in leaving:
            stream.stops.append((index, y))
            y += stream.count
        y = top + height + gap
        for stream in below:
            y = _pass(stream, index, y)
        current = above + leaving + below
    # The endings: ordered by the mean height their bands arrive from.
    arriving_at: dict[str, list[_Stream]] = {}
    for stream in current:
        arriving_at.setdefault(stream.link.target, []).append(stream)

    def centre(key: str) -> tuple[float, int]:
        if fixed_ends is not None:
            return (0.0, fixed_ends.index(key))
        group = arriving_at[key]
        weight = sum(stream.count for stream in group)
        mean = sum((stream.stops[-1][1] + stream.count / 2) * stream.count for stream in group)
        return (mean / weight, end_order.index(key))

    y = 0.0
    for key in sorted(arriving_at, key=centre):
        group = arriving_at[key]
        height = sum(stream.count for stream in group)
        nodes.append((key, ends_column, y, height))
        for stream in group:
            stream.stops.append((ends_column, y))
            y += stream.count
        y += gap
    for stream in streams:
        assert stream.stops[-1][0] == target_column(stream)
    bottom = max((top + height for _key, _column, top, height in nodes), default=0.0)
    return _Layout([*stages, ""], nodes, streams, bottom)


def _pass(stream: _Stream, index: int, lowest: float) -> float:
    """A stream crossing column ``index`` at its height so far, or lower when pushed; returns
    where the next stream may start."""
    y = max(lowest, stream.stops[-1][1]) if stream.stops else lowest
    stream.stops.append((index, y))
    return y + stream.count


def _x(column: int, columns: int) -> float:
    """A column's left edge; the endings' column stands further off."""
    last = columns - 1
    return float(column) if column < last else last - 1 + LAST_GAP


def _band_path(stream: _Stream, columns: int) -> Path:
    """The band's outline: its top edge left to right, its bottom edge back, joined by
    Bézier curves between columns and straight across the nodes it passes."""
    points: list[tuple[float, float]] = []  # the top edge at each column: in, out
    for index, (column, y) in enumerate(stream.stops):
        left = _x(column, columns)
        if index > 0:
            points.append((left, y))
        if index < len(stream.stops) - 1:
            points.append((left + NODE_WIDTH, y))
    vertices: list[tuple[float, float]] = [points[0]]
    codes: list[int] = [int(Path.MOVETO)]
    _edge(points, vertices, codes)
    bottom = [(x, y + stream.count) for x, y in reversed(points)]
    vertices.append(bottom[0])
    codes.append(int(Path.LINETO))
    _edge(bottom, vertices, codes)
    vertices.append(points[0])
    codes.append(int(Path.CLOSEPOLY))
    return Path(vertices, codes)


def _edge(
    points: list[tuple[float, float]], vertices: list[tuple[float, float]], codes: list[int]
) -> None:
    """From points[0] to each next point: a curve between columns, a line across a node."""
    for (x0, y0), (x1, y1) in pairwise(points):
        if abs(x1 - x0) <= NODE_WIDTH + 1e-9:
            vertices.append((x1, y1))
            codes.append(int(Path.LINETO))
        else:
            middle = (x0 + x1) / 2
            vertices += [(middle, y0), (middle, y1), (x1, y1)]
            codes += [int(Path.CURVE4)] * 3


def draw_flow(
    figure: Figure,
    links: Sequence[FlowLink],
    words: ChartWords,
    theme: ChartTheme,
    pipeline: Pipeline | None = None,
) -> None:
    """The Sankey diagram of ``links``; ``pipeline`` gives the stages' order and the user's own
    names (the default pipeline when None)."""
    pipeline = pipeline or Pipeline.default()
    style.start(figure, theme)
    plan = layout(links, pipeline)
    if plan.bottom <= 0:
        style.show_message(figure, words.empty, theme, words.flow_title)
        return
    style.head(figure, words.flow_title, theme)
    axes = figure.add_subplot()
    axes.set_axis_off()
    columns = len(plan.columns)
    alpha = 0.5 if theme.dark else 0.42
    for stream in plan.streams:
        axes.add_patch(
            Band(
                _band_path(stream, columns),
                stream.link,
                facecolor=key_colour(stream.link.target),
                edgecolor="none",
                alpha=alpha,
                zorder=1,
            )
        )
    for key, column, top, height in plan.nodes:
        node = Node(key, round(height), (_x(column, columns), top), NODE_WIDTH, height)
        node.set_facecolor(key_colour(key))
        node.set_edgecolor("none")
        node.set_zorder(3)
        axes.add_patch(node)
    axes.set_xlim(0, _x(columns - 1, columns) + NODE_WIDTH)
    axes.set_ylim(plan.bottom, 0)
    _label_nodes(axes, plan, words, theme, pipeline)
    _label_applied_bands(axes, plan, figure, theme)
    applied = sum(stream.count for stream in plan.streams if stream.stops[0][0] == 0)
    moved = any(not is_end(stream.link.target) for stream in plan.streams)
    style.notes(
        figure,
        [
            "" if moved else words.flow_no_moves,
            words.small_sample.format(count=format_count(applied))
            if applied < SMALL_SAMPLE
            else "",
        ],
        theme,
    )


def _units_per_point(figure: Figure, plan: _Layout) -> float:
    """Roughly how many applications one point of the chart's height stands for."""
    height = max(figure.bbox.height * 72 / figure.dpi - CHROME_POINTS, 40.0)
    return plan.bottom / height


def _label_nodes(
    axes: Axes, plan: _Layout, words: ChartWords, theme: ChartTheme, pipeline: Pipeline
) -> None:
    """Each stage's name and count above its node, the name cut to its column's width; each
    ending's to the right of its node, nudged apart where small nodes crowd."""
    figure = axes.get_figure(root=True)
    assert isinstance(figure, Figure)
    columns = len(plan.columns)
    size = style.points() * style.SMALL
    ends = [node for node in plan.nodes if node[1] == columns - 1]
    end_labels = [
        f"{words.name(key)}  {format_count(round(height))}" for key, _c, _t, height in ends
    ]
    # The width a stage's name may take: its column's, once the endings' labels have theirs.
    letter = size * LETTER
    widest_end = max((text_width(label) for label in end_labels), default=0) * letter + 12
    chart = figure.bbox.width * 72 / figure.dpi - 2 * style.PAD_POINTS - widest_end
    column_points = chart / (_x(columns - 1, columns) + NODE_WIDTH)
    limit = max(4, int((column_points - 4) / letter))
    for key, column, top, height in plan.nodes:
        if column == columns - 1:
            continue
        axes.annotate(
            f"{elide(words.stage_name(key, pipeline), limit)}\n{format_count(round(height))}",
            xy=(_x(column, columns), top),
            xytext=(0, 3),
            textcoords="offset points",
            ha="left",
            va="bottom",
            color=theme.text,
            fontsize=size,
            linespacing=1.25,
            path_effects=style.halo(theme),
            zorder=5,
        )
    line = size * 1.35 * _units_per_point(figure, plan)
    centres = _spread([top + height / 2 for _key, _column, top, height in ends], line)
    x = _x(columns - 1, columns) + NODE_WIDTH
    for label, y in zip(end_labels, centres, strict=True):
        axes.annotate(
            label,
            xy=(x, y),
            xytext=(5, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            color=theme.text,
            fontsize=size,
            zorder=5,
        )


def _label_applied_bands(axes: Axes, plan: _Layout, figure: Figure, theme: ChartTheme) -> None:
    """The count on every band leaving Applied, just past its node: they add up to Applied's."""
    size = style.points() * style.SMALL
    leaving = sorted(
        (stream for stream in plan.streams if stream.stops[0][0] == 0),
        key=lambda stream: stream.stops[0][1],
    )
    line = size * 1.2 * _units_per_point(figure, plan)
    centres = _spread([stream.stops[0][1] + stream.count / 2 for stream in leaving], line)
    for stream, y in zip(leaving, centres, strict=True):
        axes.annotate(
            format_count(stream.count),
            xy=(NODE_WIDTH, y),
            xytext=(4, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            color=theme.text,
            fontsize=size,
            path_effects=style.halo(theme),
            zorder=5,
            gid="band-count",
        )


def _spread(centres: list[float], spacing: float) -> list[float]:
    """Label heights as close to ``centres`` (ascending) as labels ``spacing`` apart allow:
    labels that would overlap form a run, centred on the mean of their own centres."""
    runs: list[tuple[float, list[float]]] = []  # (the first label's height, the run's centres)
    for centre in centres:
        runs.append((centre, [centre]))
        while len(runs) > 1:
            (start, above), (first, below) = runs[-2], runs[-1]
            if first >= start + len(above) * spacing:
                break
            merged = above + below
            runs[-2:] = [(sum(merged) / len(merged) - (len(merged) - 1) * spacing / 2, merged)]
    return [start + index * spacing for start, run in runs for index in range(len(run))]
