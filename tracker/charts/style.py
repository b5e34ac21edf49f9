"""How every chart looks, wherever it is drawn: a font that can draw Chinese, a quiet base
style, light and dark colours, and the pieces each chart is built with (a title with its
legend, a note under the chart, the sentence that stands in for an empty one).

matplotlib is imported inside the functions: the window imports this module with its chart
canvas, before any chart is drawn."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend
    from matplotlib.patheffects import AbstractPathEffect
    from matplotlib.text import Text
    from matplotlib.ticker import Locator

T = TypeVar("T")

# The fonts tried first, in order; their Latin letters and digits read well too.
PREFERRED_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",  # Windows 7 and later
    "PingFang SC",  # macOS 10.11 and later
    "Hiragino Sans GB",
    "Heiti SC",  # older macOS
    "STHeiti",
    "SimHei",  # every Windows with Chinese support, before YaHei came
    "Droid Sans Fallback",
)

# Characters a font must have to be taken for Chinese text when it is not in the list above.
_CHINESE_SAMPLE = "中文字体万"

# Families that are less suited to a chart's labels, tried after the others.
_LAST_RESORT_WORDS = ("serif", "mono", "song", "ming", "kai", "fang")

BASE_POINTS = 10.0  # the text size when no window gives its own
PAD_POINTS = 8.0  # room kept free around the figure's edges
SMALL = 0.85  # notes, value labels and ticks, as a share of the base size
TITLE = 1.15


@dataclass(frozen=True, slots=True)
class ChartTheme:
    """The colours around the data: text, quieter text (axes, notes), the background and the
    grid lines. The data's own colours come from the palette and read on both presets."""

    text: str
    muted: str
    background: str
    grid: str

    @property
    def dark(self) -> bool:
        red, green, blue = (int(self.background[i : i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128


LIGHT = ChartTheme(text="#1F2933", muted="#616E7C", background="#FFFFFF", grid="#E4E7EB")
DARK = ChartTheme(text="#E4E7EB", muted="#9AA5B1", background="#1F2329", grid="#353C45")


# -- fonts and the base style --------------------------------------------------------------


def pick_cjk_family(installed: Iterable[str], draws_chinese: Callable[[str], bool]) -> str | None:
    """The family for Chinese text: the first preferred one installed, else the first other
    installed family that has Chinese characters (sans-serif faces before serif and mono)."""
    families = list(dict.fromkeys(installed))
    present = set(families)
    for family in PREFERRED_CJK_FAMILIES:
        if family in present:
            return family
    ordered = sorted(
        families, key=lambda name: any(word in name.lower() for word in _LAST_RESORT_WORDS)
    )
    return next((family for family in ordered if draws_chinese(family)), None)


def installed_cjk_family() -> str | None:
    """The installed family that draws Chinese text best, or None when none can."""
    from matplotlib import font_manager

    files: dict[str, str] = {}
    for entry in font_manager.fontManager.ttflist:
        files.setdefault(entry.name, entry.fname)

    def draws_chinese(family: str) -> bool:
        try:
            font = font_manager.get_font(files[family])
        except (OSError, RuntimeError):  # an unreadable font file
            return False
        return all(font.get_char_index(ord(character)) for character in _CHINESE_SAMPLE)

    return pick_cjk_family(files, draws_chinese)


class _State:
    looked_for_font = False
    family: str | None = None  # the installed family that draws Chinese
    configured = False  # the base style is set
    font_lock = threading.Lock()  # the font may be looked for ahead, on another thread


def cjk_family() -> str | None:
    """The installed family that draws Chinese text, looked for once (from any thread)."""
    with _State.font_lock:
        if not _State.looked_for_font:
            _State.family = installed_cjk_family()
            _State.looked_for_font = True
        return _State.family


def setup(points: float = BASE_POINTS) -> str | None:
    """Put the Chinese font first and set the base style at ``points`` text size. Returns the
    family that draws Chinese text, or None when no installed font can. Safe to call again
    (the font is looked for once)."""
    import matplotlib

    family = cjk_family()
    params = matplotlib.rcParams
    fallbacks = [name for name in params["font.sans-serif"] if name != family]
    params["font.family"] = ["sans-serif"]
    params["font.sans-serif"] = [family, *fallbacks] if family else fallbacks
    params["axes.unicode_minus"] = False  # not every CJK font has U+2212
    # Every text of a chart reads as typed: names are the user's (a stage called "$x^2$", a
    # company with "$" in it), never a formula for matplotlib to typeset. Tick labels too,
    # which are made when the chart is drawn.
    params["text.parse_math"] = False
    params.update(
        {
            "font.size": points,
            "axes.titlesize": points * TITLE,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.labelsize": points * SMALL,
            "xtick.labelsize": points * 0.9,
            "ytick.labelsize": points,
            "legend.fontsize": points * 0.9,
            "legend.frameon": False,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": False,
            "axes.axisbelow": True,
            "axes.linewidth": 0.8,
            "grid.linewidth": 0.8,
            "xtick.major.size": 0,
            "ytick.major.size": 0,
            "xtick.major.pad": 6,
            "ytick.major.pad": 8,
            "hatch.linewidth": 1.2,
            "patch.linewidth": 0,
            "figure.constrained_layout.w_pad": PAD_POINTS / 72,  # inches
            "figure.constrained_layout.h_pad": 6 / 72,
        }
    )
    _State.configured = True
    return family


def ensure_setup() -> None:
    """Set the base style up unless someone (the window, with its own text size) already did."""
    if not _State.configured:
        setup()


def points() -> float:
    """The base text size, in points."""
    import matplotlib

    return float(matplotlib.rcParams["font.size"])


def spaced_locator(points_apart: float, *, integer: bool = False) -> Locator:
    """Ticks at round numbers (whole ones when ``integer``), as many as fit with about
    ``points_apart`` between them at the axis's length when drawn (so that a narrow chart gets
    fewer, not crowded, labels)."""
    from matplotlib.axis import Axis, YAxis
    from matplotlib.ticker import MaxNLocator

    class SpacedLocator(MaxNLocator):
        def __call__(self) -> Sequence[float]:
            axis = self.axis
            figure = axis.get_figure(root=True) if isinstance(axis, Axis) else None
            if isinstance(axis, Axis) and figure is not None:
                box = axis.axes.bbox
                pixels = box.height if isinstance(axis, YAxis) else box.width
                self.set_params(nbins=max(2, int(pixels * 72 / figure.dpi // points_apart)))
            return super().__call__()

    return SpacedLocator(
        nbins=5, steps=[1, 2, 5, 10] if integer else [1, 2, 2.5, 5, 10], integer=integer
    )


# -- the pieces of a chart -----------------------------------------------------------------


def start(figure: Figure, theme: ChartTheme) -> None:
    """A cleared figure in the theme's background, laid out by matplotlib's constrained
    layout."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    ensure_setup()
    figure.clear()
    if not isinstance(figure.get_layout_engine(), ConstrainedLayoutEngine):
        figure.set_layout_engine("constrained")
    figure.set_facecolor(theme.background)
    figure.set_edgecolor(theme.background)


def dress(
    axes: Axes,
    theme: ChartTheme,
    *,
    grid: Literal["x", "y"] | None = None,
    strong: Literal["x", "y"] | None = None,
) -> None:
    """Theme colours on an axes: quiet spines, ticks and labels, the ``strong`` axis's tick
    labels (category names) in the text colour, optional grid lines across ``grid``."""
    axes.set_facecolor(theme.background)
    axes.spines[["top", "right"]].set_visible(False)
    for spine in axes.spines.values():
        spine.set_color(theme.grid)
    axes.tick_params(colors=theme.grid, labelcolor=theme.muted, length=0)
    if strong is not None:
        axes.tick_params(axis=strong, labelcolor=theme.text)
    axes.xaxis.label.set_color(theme.muted)
    axes.yaxis.label.set_color(theme.muted)
    axes.title.set_color(theme.text)
    if grid is not None:
        axes.grid(axis=grid, color=theme.grid, linewidth=0.8)
        axes.set_axisbelow(True)


def halo(theme: ChartTheme, width: float = 3.0) -> list[AbstractPathEffect]:
    """An outline in the background colour, so that text over bands stays readable."""
    from matplotlib.patheffects import withStroke

    return [withStroke(linewidth=width, foreground=theme.background)]


def _pad_inches(figure: Figure) -> float:
    engine = figure.get_layout_engine()
    pad = engine.get().get("w_pad") if engine is not None else None
    return float(pad) if isinstance(pad, (int, float)) else PAD_POINTS / 72


def _at_left(figure: Figure, text: Text) -> None:
    """Pin a figure text to the layout's left padding, whatever the figure's width."""
    from matplotlib.transforms import ScaledTranslation

    text.set_transform(
        figure.transFigure + ScaledTranslation(_pad_inches(figure), 0, figure.dpi_scale_trans)
    )


def show_message(figure: Figure, sentence: str, theme: ChartTheme, title: str = "") -> Text:
    """The sentence in place of a chart, centred, with no axes; the chart's title above."""
    head(figure, title, theme)
    return figure.text(
        0.5,
        0.5,
        sentence,
        ha="center",
        va="center",
        wrap=True,
        color=theme.muted,
        fontsize=points(),
        gid="message",
    )


@dataclass(frozen=True)
class _Heading:
    title: str
    handles: list[Artist]
    labels: list[str]
    theme: ChartTheme


_headings: WeakKeyDictionary[Legend, _Heading] = WeakKeyDictionary()


def head(
    figure: Figure,
    title: str,
    theme: ChartTheme,
    handles: Sequence[Artist] = (),
    labels: Sequence[str] = (),
) -> float:
    """The chart's title at the top left and, under it, a legend of ``handles`` in as many
    columns as fit the figure's width (:func:`fit` refits it after a resize). Returns the
    height they take, in points."""
    if handles:
        legend = _legend(figure, _Heading(title, list(handles), list(labels), theme))
        return float(legend.get_window_extent().height) * 72 / figure.dpi
    if not title:
        return 0.0
    text = figure.suptitle(
        title,
        x=0,
        ha="left",
        fontsize=points() * TITLE,
        fontweight="bold",
        color=theme.text,
    )
    _at_left(figure, text)
    return float(text.get_window_extent().height) * 72 / figure.dpi


def _legend(figure: Figure, heading: _Heading) -> Legend:
    size = points() * 0.9
    room = figure.bbox.width - 2 * _pad_inches(figure) * figure.dpi
    columns = len(heading.handles)
    while True:
        handles, labels = _by_rows(heading.handles, columns), _by_rows(heading.labels, columns)
        legend = figure.legend(
            handles,
            labels,
            loc="outside upper left",
            ncols=columns,
            title=heading.title or None,
            alignment="left",
            fontsize=size,
            title_fontproperties={"size": points() * TITLE, "weight": "bold"},
            borderpad=0,
            borderaxespad=_pad_inches(figure) * 72 / size,
            handlelength=1.2,
            handleheight=0.9,
            columnspacing=1.4,
            labelcolor=heading.theme.text,
            frameon=False,
        )
        legend.get_title().set_color(heading.theme.text)
        if columns == 1 or legend.get_window_extent().width <= room:
            break
        legend.remove()
        columns -= 1
    _headings[legend] = heading
    return legend


def _by_rows(items: Sequence[T], columns: int) -> list[T]:
    """``items`` reordered so that a legend, which fills its columns first, reads left to right
    and then down."""
    rows = -(-len(items) // columns)
    order = [row * columns + column for column in range(columns) for row in range(rows)]
    return [items[index] for index in order if index < len(items)]


def fit(figure: Figure) -> None:
    """Refit what depends on the figure's width (the legend's columns); call after a resize."""
    for legend in list(figure.legends):
        heading = _headings.get(legend)
        if heading is not None:
            legend.remove()
            _legend(figure, heading)


def note(figure: Figure, sentence: str, theme: ChartTheme) -> Text:
    """A quiet sentence under the chart, at the left (a small sample, how to read it)."""
    text = figure.supxlabel(
        sentence,
        x=0,
        ha="left",
        fontsize=points() * SMALL,
        color=theme.muted,
        wrap=True,
    )
    _at_left(figure, text)
    text.set_gid("note")
    return text


def notes(figure: Figure, sentences: Iterable[str], theme: ChartTheme) -> Text | None:
    """Several notes on one line each; None when there are none."""
    kept = [sentence for sentence in sentences if sentence]
    return note(figure, "\n".join(kept), theme) if kept else None


def rows_that_fit(figure: Figure, chrome_points: float, row_points: float) -> int:
    """How many rows of ``row_points`` fit the figure's height once the title, the legend and
    the axes (``chrome_points``) have taken theirs (two at least)."""
    height = figure.bbox.height * 72 / figure.dpi - chrome_points
    return max(2, int(height // row_points))


def bar_share(
    figure: Figure, rows: int, share: float, thickest_points: float, chrome_points: float = 90
) -> float:
    """The share of a row a bar takes: ``share``, or less when the rows are so tall that the
    bar would be thicker than ``thickest_points`` (``chrome_points``: about what the title,
    the legend and the axis take of the figure's height)."""
    row_points = (figure.bbox.height * 72 / figure.dpi - chrome_points) / max(rows, 1)
    return min(share, thickest_points / max(row_points, 1.0))


def hbars(
    axes: Axes,
    rows: Sequence[float],
    widths: Sequence[float],
    height: float,
    lefts: Sequence[float] | None = None,
    **properties: Any,
) -> PolyCollection:
    """Horizontal bars as one artist: much cheaper than a patch per bar when there are many
    (the axes' limits are left to the caller)."""
    from matplotlib.collections import PolyCollection

    starts = lefts if lefts is not None else [0.0] * len(rows)
    boxes = [
        [(x, y - height / 2), (x + w, y - height / 2), (x + w, y + height / 2), (x, y + height / 2)]
        for y, w, x in zip(rows, widths, starts, strict=True)
    ]
    bars = PolyCollection(boxes, closed=True, **properties)
    axes.add_collection(bars, autolim=False)
    return bars
