"""Reference stories and figures in the window's language: the text of the language shown,
and each figure with its unit, period, months a year and year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.domain.enums import SalaryPeriod
from tracker.domain.reference import (
    Benchmark,
    Figure,
    FigurePeriod,
    Source,
    Text,
    assumes_twelve_months,
    monthly_range,
    yearly_range,
)
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
    """The figure on a comparable footing: a year ('≈ 112万–154万 a year', with '× 12 assumed'
    when the source gives no months), or for a day or hour rate a month at 21.75 working days,
    said as such (never a year); '' when there is nothing to convert."""
    if figure.is_money and figure.period in (FigurePeriod.DAY, FigurePeriod.HOUR):
        monthly = monthly_range(figure)
        assert monthly is not None
        amount = per_period(format_range(*monthly), SalaryPeriod.MONTH)
        if figure.period is FigurePeriod.DAY:
            return QCoreApplication.translate(
                "Reference", "≈ {amount} at 21.75 working days"
            ).format(amount=amount)
        return QCoreApplication.translate(
            "Reference", "≈ {amount} at 8 hours × 21.75 working days"
        ).format(amount=amount)
    yearly = yearly_range(figure)
    if yearly is None or figure.period is FigurePeriod.YEAR:
        return ""
    text = "≈ " + per_period(format_range(*yearly), SalaryPeriod.YEAR)
    if assumes_twelve_months(figure):
        text = QCoreApplication.translate("Reference", "{yearly} (× 12 months assumed)").format(
            yearly=text
        )
    return text


def stated_text(benchmark: Benchmark) -> str:
    """What the source wrote for the figure, in its own words; the figure as Pivot reads it
    when the source's words were not kept (the user's own figures)."""
    return shown(benchmark.stated) if benchmark.stated else figure_text(benchmark.figure)


def source_line(source: Source) -> str:
    """A source as cited: title, outlet, author (and how the author was found), date."""
    author = source.author
    if author and source.author_note is not None:
        author = QCoreApplication.translate("Reference", "{author} ({how})").format(
            author=author, how=shown(source.author_note)
        )
    cited = " · ".join(part for part in (source.title, source.outlet, author, source.date) if part)
    return cited or QCoreApplication.translate("Reference", "(no source given)")


def cited(source: Source) -> str:
    """'Source: …', as every place that shows a story or a figure names where it comes from."""
    return QCoreApplication.translate("Reference", "Source: {source}").format(
        source=source_line(source)
    )


def figure_note(benchmark: Benchmark) -> str:
    """How to read a figure: where it comes from and how it was read, and that one person's pay
    is not market data."""
    parts = [shown(benchmark.note)] if benchmark.note else []
    if benchmark.one_person and not parts:
        parts.append(QCoreApplication.translate("Reference", "One person's pay, not market data."))
    return " ".join(parts)
