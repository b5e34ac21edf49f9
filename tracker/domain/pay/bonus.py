"""The annual one-time bonus (全年一次性奖金): separate taxation, merging, and the trap zones."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from tracker.domain.pay.money import ONE, ZERO, cents
from tracker.domain.pay.rules import TaxTable


class BonusMethod(StrEnum):
    """How the caller wants the bonus taxed."""

    AUTO = "auto"  # whichever gives the lower annual tax
    SEPARATE = "separate"  # 单独计税, on the monthly-converted table
    MERGED = "merged"  # 并入综合所得


class BonusProration(StrEnum):
    """How the extra months (N薪) of a year joined after January are paid."""

    PRORATED = "prorated"  # by months employed that year: the common practice
    FULL = "full"  # the whole of them, as some offer letters promise


class BonusTaxation(StrEnum):
    """How the bonus was taxed in a result."""

    SEPARATE = "separate"
    MERGED = "merged"
    NONE = "none"  # no bonus


@dataclass(frozen=True, slots=True)
class TrapZone:
    """Bonuses above `edge` and below `upper` leave less after separate tax than `edge` does."""

    edge: Decimal
    upper: Decimal

    def contains(self, bonus: Decimal) -> bool:
        return self.edge < bonus < self.upper


def separate_bonus_tax_exact(bonus: Decimal, monthly_table: TaxTable) -> Decimal:
    """``bonus × rate − quick``, the rate and quick deduction found with bonus ÷ 12 (财政部
    税务总局公告2023年第30号); unrounded."""
    if bonus <= 0:
        return ZERO
    bracket = monthly_table.bracket_for(bonus / 12)
    return max(bonus * bracket.rate - bracket.quick_deduction, ZERO)


def separate_bonus_tax(bonus: Decimal, monthly_table: TaxTable) -> Decimal:
    """The separate tax on `bonus`, rounded to the fen."""
    return cents(separate_bonus_tax_exact(bonus, monthly_table))


def trap_zones(monthly_table: TaxTable) -> tuple[TrapZone, ...]:
    """One zone above each band edge of the bonus table (12 × each monthly bound).

    At the edge the bonus keeps ``edge − tax(edge)``; just above it the whole bonus jumps to the
    next rate, and the net only catches up at ``upper = (edge − tax(edge) − quick′) ÷ (1 − rate′)``.
    """
    zones: list[TrapZone] = []
    brackets = monthly_table.brackets
    for below, above in pairwise(brackets):
        if below.upper is None:
            break
        edge = below.upper * 12
        kept = edge - separate_bonus_tax_exact(edge, monthly_table)
        upper = (kept - above.quick_deduction) / (ONE - above.rate)
        if upper > edge:
            zones.append(TrapZone(edge, upper))
    return tuple(zones)


def trap_zone_of(bonus: Decimal, monthly_table: TaxTable) -> TrapZone | None:
    """The trap zone `bonus` sits in, or None."""
    for zone in trap_zones(monthly_table):
        if zone.contains(bonus):
            return zone
    return None
