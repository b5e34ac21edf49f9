"""Numbers and labels as the charts write them. Plain Python: importing this module loads no
matplotlib, so the window can use it before any chart exists."""

from __future__ import annotations

import unicodedata

from tracker.charts.words import ChartWords


def format_count(value: int) -> str:
    """A count with thousands separators: 5903 → '5,903'."""
    return f"{value:,}"


def format_days(days: float, words: ChartWords) -> str:
    """Days to one decimal under ten, whole days from there: '0.5 d', '6.7 d', '12 d'."""
    text = f"{days:,.0f}" if days >= 9.95 else f"{days:.1f}".removesuffix(".0")
    return words.days.format(days=text)


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


def _width(character: str) -> int:
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1


def text_width(label: str) -> int:
    """How wide a label is, in Latin letters (a Chinese character counts as two)."""
    return sum(map(_width, label))


def elide(label: str, limit: int) -> str:
    """The label, cut with '…' when wider than ``limit`` letters (a Chinese character counts
    as two)."""
    if text_width(label) <= limit:
        return label
    kept: list[str] = []
    used = 1  # room for the ellipsis
    for character in label:
        used += _width(character)
        if used > limit:
            break
        kept.append(character)
    return "".join(kept).rstrip() + "…"
