"""How money, salaries and dates read in each language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from tracker.domain.enums import SalaryPeriod
from tracker.domain.salary import Salary, SalaryIssue, SalaryParseError

_SYMBOLS = {"CNY": "", "USD": "$", "HKD": "HK$", "EUR": "€", "GBP": "£"}


def _trim(number: float) -> str:
    return f"{number:,.2f}".rstrip("0").rstrip(".")


def _unit(amount: float) -> tuple[float, str]:
    """The divisor and suffix that read naturally for an amount in the current language:
    万 in Chinese from 10,000; K and M in English."""
    if QLocale().language() == QLocale.Language.Chinese:
        return (10_000, "万") if amount >= 10_000 else (1, "")
    if amount >= 1_000_000:
        return 1_000_000, "M"
    return (1_000, "K") if amount >= 1_000 else (1, "")


def _in_unit(amount: float, unit: tuple[float, str], currency: str) -> str:
    divisor, suffix = unit
    return f"{_SYMBOLS.get(currency, f'{currency} ')}{_trim(amount / divisor)}{suffix}"


def format_amount(amount: float, currency: str = "CNY") -> str:
    """25000 → '25K' (English) or '2.5万' (Chinese); 950000 → '950K' / '95万'; 500 → '500'."""
    return _in_unit(amount, _unit(amount), currency)


def format_range(low: float, high: float, currency: str = "CNY") -> str:
    """Both ends in the unit of the larger one: '0.9万–1.4万', not '9,000–1.4万'."""
    if low == high:
        return format_amount(low, currency)
    unit = _unit(high)
    return f"{_in_unit(low, unit, currency)}–{_in_unit(high, unit, currency)}"


def per_period(amount: str, period: SalaryPeriod) -> str:
    """'25K a month' / '月薪 2.5万'."""
    templates = {
        SalaryPeriod.HOUR: QCoreApplication.translate("Salary", "{amount} an hour"),
        SalaryPeriod.DAY: QCoreApplication.translate("Salary", "{amount} a day"),
        SalaryPeriod.WEEK: QCoreApplication.translate("Salary", "{amount} a week"),
        SalaryPeriod.MONTH: QCoreApplication.translate("Salary", "{amount} a month"),
        SalaryPeriod.YEAR: QCoreApplication.translate("Salary", "{amount} a year"),
    }
    return templates[period].format(amount=amount)


def salary_preview(salary: Salary) -> str:
    """A plain reading of a parsed salary, e.g. '25K–50K a month × 19 ≈ 475K–950K a year'."""
    amount = format_range(salary.minimum, salary.maximum, salary.currency)
    if salary.open_ended:
        amount = QCoreApplication.translate("Salary", "{amount} or more").format(amount=amount)
    if salary.up_to:
        amount = QCoreApplication.translate("Salary", "up to {amount}").format(
            amount=format_amount(salary.maximum, salary.currency)
        )
    text = per_period(amount, salary.period) + _salary_remarks(salary)
    yearly = salary.yearly_range()
    if salary.period is not SalaryPeriod.MONTH or yearly is None or salary.up_to:
        return text
    if salary.months_per_year is None:
        template = QCoreApplication.translate("Salary", "{monthly} ≈ {yearly} (12 months assumed)")
    else:
        template = QCoreApplication.translate("Salary", "{monthly} × {months} ≈ {yearly}")
    months = str(salary.months_per_year)
    if salary.months_per_year_max is not None:
        months = f"{salary.months_per_year}–{salary.months_per_year_max}"
    yearly_text = per_period(format_range(*yearly, salary.currency), SalaryPeriod.YEAR)
    return template.format(monthly=text, months=months, yearly=yearly_text)


def _salary_remarks(salary: Salary) -> str:
    """What the reading assumed or the text added: a period read from the figure, a bonus
    already included."""
    remarks = []
    if salary.period_assumed and salary.period is SalaryPeriod.YEAR:
        remarks.append(
            QCoreApplication.translate("Salary", "read as a year's pay: no period given")
        )
    if salary.includes_bonus:
        remarks.append(QCoreApplication.translate("Salary", "year-end bonus included"))
    return f" ({'; '.join(remarks)})" if remarks else ""


def salary_problem(error: SalaryParseError) -> str:
    texts = {
        SalaryIssue.EMPTY: QCoreApplication.translate("Salary", "No salary given."),
        SalaryIssue.UPPER_BOUND_ONLY: QCoreApplication.translate(
            "Salary", "Only an upper bound: type the monthly base the letter gives."
        ),
        SalaryIssue.NEGOTIABLE: QCoreApplication.translate(
            "Salary", "Negotiable: kept as written, with no figure."
        ),
        SalaryIssue.UNRECOGNIZED: QCoreApplication.translate(
            "Salary", "Not a salary Pivot can read; it is kept as written."
        ),
        SalaryIssue.NEGATIVE: QCoreApplication.translate("Salary", "A salary cannot be negative."),
        SalaryIssue.ZERO: QCoreApplication.translate("Salary", "A salary cannot be zero."),
        SalaryIssue.REVERSED_RANGE: QCoreApplication.translate(
            "Salary", "The range is reversed: the first figure is larger."
        ),
        SalaryIssue.TOO_LARGE: QCoreApplication.translate(
            "Salary", "This figure is implausibly large; check the unit (K, 万)."
        ),
        SalaryIssue.TOO_LONG: QCoreApplication.translate(
            "Salary", "This text is too long for a salary."
        ),
        SalaryIssue.CONFLICTING_PERIOD: QCoreApplication.translate(
            "Salary", "This gives two pay periods (e.g. a day and a month); keep one."
        ),
    }
    return texts[error.issue]


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def format_datetime(value: datetime) -> str:
    """Local time, to the minute."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def format_yuan(amount: float) -> str:
    """An exact yearly figure: '¥188,945' (to the yuan: the estimates are not finer)."""
    return f"¥{amount:,.0f}"


def file_size(size: int) -> str:
    """A file's size as people read it: "1.2 MB", "820 KB", "512 bytes"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
