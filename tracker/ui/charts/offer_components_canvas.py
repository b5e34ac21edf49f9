"""Offers side by side: where each one's yearly gross pay goes (take-home, housing fund, social
insurance, tax) and what the employer adds to the housing fund on top."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QWidget

from tracker.domain.offer_value import ComponentStack
from tracker.ui.charts import mpl
from tracker.ui.charts.chart_canvas import ChartCanvas

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

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


def format_yuan(value: float, chinese: bool) -> str:
    """A yearly sum the way each language writes it, to three significant digits: Chinese
    312000 → '31.2万', 12500 → '1.25万'; English 312000 → '¥312K', 1250000 → '¥1.25M'."""
    if round(value) == 0:
        return "0"
    sign = "-" if value < 0 else ""
    amount = abs(value)
    if chinese:
        if amount < 10_000:
            return f"{sign}{amount:,.0f}"
        return f"{sign}{_significant(amount / 10_000)}万"
    if amount < 1_000:
        return f"{sign}¥{amount:,.0f}"
    thousands = _significant(amount / 1_000)
    if float(thousands) >= 1_000:
        return f"{sign}¥{_significant(amount / 1_000_000)}M"
    return f"{sign}¥{thousands}K"


def _significant(number: float, digits: int = 3) -> str:
    """'31.2', '1.25', '312', '1250': no more decimals than three significant digits need."""
    decimals = max(0, digits - len(str(int(number))))
    text = f"{number:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def chinese_figures() -> bool:
    """Money is written the Chinese way when the window's language is Chinese (installing a
    translation sets the default locale)."""
    return QLocale().language() == QLocale.Language.Chinese


def _width(character: str) -> int:
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1


def elide(label: str, limit: int) -> str:
    """The label, cut with '…' when wider than ``limit`` letters (a Chinese character counts
    as two)."""
    if sum(map(_width, label)) <= limit:
        return label
    kept: list[str] = []
    used = 1  # room for the ellipsis
    for character in label:
        used += _width(character)
        if used > limit:
            break
        kept.append(character)
    return "".join(kept).rstrip() + "…"


@dataclass(frozen=True, slots=True)
class _Segment:
    label: str
    values: list[float]
    colour: str
    hatch: str | None = None
    edge: str | None = None


class OfferComponentsCanvas(ChartCanvas):
    """One horizontal stacked bar per offer, the first offer at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stacks: list[ComponentStack] = []
        self.set_empty_text(self.tr("No offers to compare yet."))

    @property
    def stacks(self) -> list[ComponentStack]:
        return list(self._stacks)

    def show_offers(self, stacks: Sequence[ComponentStack]) -> None:
        self._stacks = list(stacks)
        self.refresh()

    def segments(self) -> list[tuple[str, list[float]]]:
        """Each segment's legend text and its values, offer by offer, left to right."""
        return [(segment.label, segment.values) for segment in self._segments()]

    def _segments(self) -> list[_Segment]:
        stacks = self._stacks
        return [
            _Segment(self.tr("Take-home pay"), [s.take_home for s in stacks], TAKE_HOME_COLOUR),
            _Segment(
                self.tr("Housing fund"), [s.housing_fund for s in stacks], HOUSING_FUND_COLOUR
            ),
            _Segment(
                self.tr("Social insurance"),
                [s.social_insurance for s in stacks],
                SOCIAL_INSURANCE_COLOUR,
            ),
            _Segment(self.tr("Income tax"), [s.tax for s in stacks], TAX_COLOUR),
            _Segment(
                self.tr("Employer's housing fund"),
                [s.housing_fund_employer for s in stacks],
                EMPLOYER_FUND_COLOUR,
                hatch=EMPLOYER_FUND_HATCH,
                edge=HOUSING_FUND_COLOUR,
            ),
        ]

    def sizeHint(self) -> QSize:
        """Tall enough for every offer's bar, the legend and the axis below."""
        return QSize(640, 110 + 52 * max(1, len(self._stacks)))

    def draw_chart(self, figure: Figure) -> bool:
        if not self._stacks:
            return False
        from matplotlib.ticker import FuncFormatter

        chinese = chinese_figures()
        axes: Axes = figure.add_subplot()
        rows = list(range(len(self._stacks)))
        starts = [0.0] * len(rows)
        for segment in self._segments():
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
        quiet = mpl.quiet_text_colour(self.palette())
        for row, (stack, end) in enumerate(zip(self._stacks, starts, strict=True)):
            amount = format_yuan(stack.take_home, chinese)
            axes.annotate(
                self.tr("{amount} take-home").format(amount=amount),
                xy=(end, row),
                xytext=(6, 0),
                textcoords="offset points",
                va="center",
                ha="left",
                color=quiet,
            )
        axes.set_yticks(rows, [stack.label for stack in self._stacks])
        axes.set_ylim(len(rows) - 0.5, -0.5)  # the first offer at the top
        axes.set_xlim(left=0)
        axes.xaxis.set_major_locator(mpl.spaced_locator(TICK_SPACING_POINTS))
        axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: format_yuan(x, chinese)))
        axes.set_xlabel(self.tr("Yuan a year"))
        axes.grid(axis="x")
        axes.spines[["left", "bottom"]].set_visible(False)
        self.add_legend()
        return True

    def fit_to_size(self) -> None:
        super().fit_to_size()
        if not self.figure.axes:
            return
        from matplotlib import rcParams
        from matplotlib.font_manager import FontProperties
        from matplotlib.patches import Rectangle

        points = FontProperties(size=rcParams["ytick.labelsize"]).get_size_in_points()
        letter = points * self.figure.dpi / 72 * LETTER_WIDTH
        limit = max(8, int(self.figure.bbox.width * LABEL_SHARE / letter))
        axes = self.figure.axes[0]
        axes.set_yticks(axes.get_yticks(), [elide(stack.label, limit) for stack in self._stacks])
        row_points = (self.figure.bbox.height * 72 / self.figure.dpi - CHROME_POINTS) / len(
            self._stacks
        )
        height = min(BAR_HEIGHT, THICKEST_BAR_POINTS / max(row_points, 1))
        for bars in axes.containers:
            for row, bar in enumerate(bars):
                if isinstance(bar, Rectangle):
                    bar.set_y(row - height / 2)
                    bar.set_height(height)
