"""Offers side by side: where each one's yearly gross pay goes (take-home, housing fund, social
insurance, tax) and what the employer adds to the housing fund on top."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib import rcParams
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter

from tracker.charts import style
from tracker.charts.style import ChartTheme
from tracker.charts.text import elide, format_yuan
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
) -> None:
    """One horizontal stacked bar per offer, the first offer at the top, each ending with its
    take-home pay; the legend above; market figures as bands behind the bars. No offers:
    :attr:`ChartWords.no_offers` instead."""
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
        axes.annotate(
            band.label,
            xy=(band.low, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, -3),
            textcoords="offset points",
            va="top",
            ha="left",
            color=theme.muted,
            fontsize="small",
        )
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
    fit_offer_components(figure, stacks)


def fit_offer_components(figure: Figure, stacks: Sequence[ComponentStack]) -> None:
    """Fit what depends on the figure's size: the offers' labels are cut to their share of the
    width, the bars kept from growing fat in a tall chart, the legend's columns refitted."""
    style.fit(figure)
    if not figure.axes or not stacks:
        return
    tick_points = FontProperties(size=rcParams["ytick.labelsize"]).get_size_in_points()
    letter = tick_points * figure.dpi / 72 * LETTER_WIDTH
    limit = max(8, int(figure.bbox.width * LABEL_SHARE / letter))
    axes = figure.axes[0]
    axes.set_yticks(axes.get_yticks(), [elide(stack.label, limit) for stack in stacks])
    row_points = (figure.bbox.height * 72 / figure.dpi - CHROME_POINTS) / len(stacks)
    height = min(BAR_HEIGHT, THICKEST_BAR_POINTS / max(row_points, 1))
    for bars in axes.containers:
        for row, bar in enumerate(bars):
            if isinstance(bar, Rectangle):
                bar.set_y(row - height / 2)
                bar.set_height(height)
