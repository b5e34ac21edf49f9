"""Offers side by side: where each one's yearly gross pay goes (take-home, housing fund, social
insurance, tax) and what the employer adds to the housing fund on top."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib import rcParams
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Annotation, Text
from matplotlib.ticker import FuncFormatter

from tracker.charts import style
from tracker.charts.style import ChartTheme
from tracker.charts.text import elide, format_yuan, text_width
from tracker.charts.words import ChartWords
from tracker.domain.offer_value import ComponentStack, ReferenceBand

# The money that reaches the bank account stands out; what is deducted stays quiet.
TAKE_HOME_COLOUR = "#3B7DD8"
HOUSING_FUND_COLOUR = "#8DB4E2"
SOCIAL_INSURANCE_COLOUR = "#AEB6C1"
TAX_COLOUR = "#D3A294"
EMPLOYER_FUND_COLOUR = "#DCE8F6"  # with HOUSING_FUND_COLOUR hatching over it
EMPLOYER_FUND_HATCH = "////"

# Offer labels are cut short so that the bars keep most of the width: at most this share of
# it, counting a Latin letter as about 0.55 of the font size and a Chinese character as twice that.
LABEL_SHARE = 0.3
LETTER_WIDTH = 0.55
BAR_HEIGHT = 0.62  # of a row, until a bar would be thicker than THICKEST_BAR_POINTS
THICKEST_BAR_POINTS = 34
CHROME_POINTS = 70  # about what the legend and the axis below take of the figure's height
TICK_SPACING_POINTS = 56  # between the money labels along the bottom


BAND_COLOUR = "#F2C94C"  # market figures: a warm band behind the bars
MAX_BANDS = 3
BAND_LABEL = "market-band"  # the gid of a band's label
LINE_SPACING = 1.3  # a band label's line, as a share of its font size
HEADROOM_PAD_POINTS = 4  # between the axes' top, the band labels and the first bar
INSET_POINTS = 3  # a band label's distance from its band's start and the axes' edges
NAME_SHARE_OF_ROW = 0.72  # an offer's name is at most this share of its row's height
SMALLEST_NAME_POINTS = 6.5  # below this the canvas grows rather than the names shrink
LEAST_CHROME_POINTS = 110  # the legend on up to three lines and the axis below


@dataclass(frozen=True, slots=True)
class Segment:
    label: str
    values: list[float]
    colour: str
    hatch: str | None = None
    edge: str | None = None


def segments(stacks: Sequence[ComponentStack], words: ChartWords) -> list[Segment]:
    """The parts of every bar, left to right, each with its values offer by offer."""
    return [
        Segment(words.take_home, [s.take_home for s in stacks], TAKE_HOME_COLOUR),
        Segment(words.housing_fund, [s.housing_fund for s in stacks], HOUSING_FUND_COLOUR),
        Segment(
            words.social_insurance, [s.social_insurance for s in stacks], SOCIAL_INSURANCE_COLOUR
        ),
        Segment(words.income_tax, [s.tax for s in stacks], TAX_COLOUR),
        Segment(
            words.employer_housing_fund,
            [s.housing_fund_employer for s in stacks],
            EMPLOYER_FUND_COLOUR,
            hatch=EMPLOYER_FUND_HATCH,
            edge=HOUSING_FUND_COLOUR,
        ),
    ]


def draw_offer_components(
    figure: Figure,
    stacks: Sequence[ComponentStack],
    words: ChartWords,
    theme: ChartTheme,
    bands: Sequence[ReferenceBand] = (),
    fit: bool = True,
) -> None:
    """One horizontal stacked bar per offer, the first offer at the top, each ending with its
    take-home pay; the legend above; market figures as bands behind the bars. No offers:
    :attr:`ChartWords.no_offers` instead. ``fit``: fitted to the figure's size now (a caller
    that fits it itself, as the window's chart does after drawing, passes False)."""
    style.start(figure, theme)
    if not stacks:
        style.show_message(figure, words.no_offers, theme)
        return
    chinese = words.chinese_money
    axes = figure.add_subplot()
    style.dress(axes, theme, grid="x", strong="y")
    rows = list(range(len(stacks)))
    starts = [0.0] * len(rows)
    parts = segments(stacks, words)
    for segment in parts:
        axes.barh(
            rows,
            segment.values,
            height=BAR_HEIGHT,
            left=starts,
            color=segment.colour,
            hatch=segment.hatch,
            edgecolor=segment.edge or segment.colour,
            label=segment.label,
        )
        starts = [start + value for start, value in zip(starts, segment.values, strict=True)]
    for row, (stack, end) in enumerate(zip(stacks, starts, strict=True)):
        amount = format_yuan(stack.take_home, chinese)
        axes.annotate(
            words.take_home_amount.format(amount=amount),
            xy=(end, row),
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            color=theme.muted,
        )
    for band in bands[:MAX_BANDS]:
        axes.axvspan(band.low, band.high, color=BAND_COLOUR, alpha=0.22, linewidth=0, zorder=0)
        label = axes.annotate(
            band.label,
            xy=(band.low, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(0, 0),
            textcoords="offset points",
            va="top",
            ha="left",
            color=theme.muted,
            fontsize="small",
        )
        label.set_gid(BAND_LABEL)
        label.set_in_layout(False)  # placed in room kept for it above the bars
    axes.set_yticks(rows, [stack.label for stack in stacks])
    axes.set_ylim(len(rows) - 0.5, -0.5)  # the first offer at the top
    axes.set_xlim(left=0)
    axes.xaxis.set_major_locator(style.spaced_locator(TICK_SPACING_POINTS))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: format_yuan(x, chinese)))
    axes.set_xlabel(words.yuan_a_year)
    axes.spines[["left", "bottom"]].set_visible(False)
    handles = [
        Patch(
            facecolor=segment.colour,
            edgecolor=segment.edge or segment.colour,
            hatch=segment.hatch,
            linewidth=0,
        )
        for segment in parts
    ]
    labels = [segment.label for segment in parts]
    if bands:
        handles.append(Patch(facecolor=BAND_COLOUR, alpha=0.35, linewidth=0))
        labels.append(words.market_band)
    style.head(figure, "", theme, handles, labels)
    if fit:
        fit_offer_components(figure, stacks, bands)


def fit_offer_components(
    figure: Figure, stacks: Sequence[ComponentStack], bands: Sequence[ReferenceBand] = ()
) -> None:
    """Fit what depends on the figure's size: the offers' labels are cut to their share of the
    width and shrunk to their rows, the bars kept from growing fat in a tall chart, the legend's
    columns refitted, and the market bands' labels given lines of their own above the bars."""
    style.fit(figure)
    if not figure.axes or not stacks:
        return
    axes = figure.axes[0]
    count = len(stacks)
    band_labels = [text for text in axes.texts if text.get_gid() == BAND_LABEL]
    line = _line_points(band_labels)
    headroom = line * len(band_labels) + (HEADROOM_PAD_POINTS if band_labels else 0)
    row_points = (figure.bbox.height * 72 / figure.dpi - CHROME_POINTS - headroom) / count
    _size_names(figure, axes, stacks, row_points)
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)  # where the axes sit now, so the rest can be measured
    spare = max(axes.get_window_extent().height * 72 / figure.dpi - headroom, 1.0)
    if spare / count < row_points:  # the legend or the axis took more than was guessed
        _size_names(figure, axes, stacks, spare / count)
    axes.set_ylim(count - 0.5, -0.5 - count * headroom / spare)
    height = min(BAR_HEIGHT, THICKEST_BAR_POINTS / max(spare / count, 1))
    for bars in axes.containers:
        for row, bar in enumerate(bars):
            if isinstance(bar, Rectangle):
                bar.set_y(row - height / 2)
                bar.set_height(height)
    _place_band_labels(figure, axes, band_labels, bands, line)


def _size_names(
    figure: Figure, axes: Axes, stacks: Sequence[ComponentStack], row_points: float
) -> None:
    """The offers' names and take-home amounts as large as their rows allow (up to the ticks'
    size), names cut to their share of the width."""
    size = max(SMALLEST_NAME_POINTS, min(_tick_points(), row_points * NAME_SHARE_OF_ROW))
    letter = size * figure.dpi / 72 * LETTER_WIDTH
    limit = max(8, int(figure.bbox.width * LABEL_SHARE / letter))
    axes.set_yticks(axes.get_yticks(), [elide(stack.label, limit) for stack in stacks])
    axes.tick_params(axis="y", labelsize=size)
    for text in axes.texts:
        if text.get_gid() != BAND_LABEL:
            text.set_fontsize(size)


def minimum_height_points(count: int, bands: int) -> float:
    """The least height at which every offer's name fits its row at the smallest size, with
    the legend, the axis and the band labels' lines."""
    band_lines = min(bands, MAX_BANDS)
    headroom = band_lines * _small_points() * LINE_SPACING + (HEADROOM_PAD_POINTS if bands else 0)
    return LEAST_CHROME_POINTS + headroom + count * SMALLEST_NAME_POINTS / NAME_SHARE_OF_ROW


def _small_points() -> float:
    return float(FontProperties(size="small").get_size_in_points())


def _tick_points() -> float:
    return float(FontProperties(size=rcParams["ytick.labelsize"]).get_size_in_points())


def _line_points(labels: Sequence[Text]) -> float:
    if not labels:
        return 0.0
    return float(labels[0].get_fontsize()) * LINE_SPACING


def _place_band_labels(
    figure: Figure, axes: Axes, labels: Sequence[Text], bands: Sequence[ReferenceBand], line: float
) -> None:
    """Each band's label on its own line at the top, starting where its band starts, moved
    left when it would run out of the axes, and cut when the axes are narrower than it."""
    frame = axes.get_window_extent()
    gap = INSET_POINTS * figure.dpi / 72
    room = frame.width - 2 * gap
    for index, (label, band) in enumerate(zip(labels, bands, strict=False)):
        label.set_text(band.label)
        width = label.get_window_extent().width
        if width > room:
            letters = max(4, int(text_width(band.label) * room / max(width, 1)))
            label.set_text(elide(band.label, letters))
            width = label.get_window_extent().width
        start = axes.transData.transform((band.low, 0))[0] + gap
        start = max(frame.x0 + gap, min(start, frame.x1 - gap - width))
        if isinstance(label, Annotation):
            label.xy = ((start - frame.x0) / frame.width, 1.0)
            label.xycoords = "axes fraction"
            label.set_position((0, -(HEADROOM_PAD_POINTS / 2 + index * line)))
