"""Reference stories and figures in the window's language: the text of the language shown,
and each figure with its unit, period, months a year and year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.domain.enums import SalaryPeriod
from tracker.domain.reference import Figure, FigurePeriod, Text, yearly_range
from tracker.words.formatting import format_range, per_period
from tracker.words.language import window_is_chinese

_PERIODS = {
    FigurePeriod.HOUR: SalaryPeriod.HOUR,
    FigurePeriod.DAY: SalaryPeriod.DAY,
    FigurePeriod.MONTH: SalaryPeriod.MONTH,
    FigurePeriod.YEAR: SalaryPeriod.YEAR,
}


def chinese() -> bool:
    return window_is_chinese()


def shown(text: Text | None) -> str:
    return "" if text is None else text.in_language(chinese())


def figure_text(figure: Figure) -> str:
    """As the source gives it: '8万–11万 a month × 14 (2025)', '7万 once', '400万 people'."""
    amount = format_range(figure.low, figure.high)
    period = _PERIODS.get(figure.period)
    if not figure.is_money:
        text = QCoreApplication.translate("Reference", "{amount} people").format(amount=amount)
    elif period is None:
        text = QCoreApplication.translate("Reference", "{amount} once").format(amount=amount)
    else:
        text = per_period(amount, period)
        if figure.months_per_year and figure.period is FigurePeriod.MONTH:
            text = QCoreApplication.translate("Reference", "{pay} × {months}").format(
                pay=text, months=figure.months_per_year
            )
    if figure.year is not None:
        text = QCoreApplication.translate("Reference", "{figure} ({year})").format(
            figure=text, year=figure.year
        )
    return text


def yearly_text(figure: Figure) -> str:
    """The figure a year ('≈ 112万–154万 a year'), or '' when it has no yearly value."""
    yearly = yearly_range(figure)
    if yearly is None or figure.period is FigurePeriod.YEAR:
        return ""
    return "≈ " + per_period(format_range(*yearly), SalaryPeriod.YEAR)
