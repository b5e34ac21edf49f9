"""Money as `Decimal`, rounded the way payslips round it.

Floats are read through their shortest text form, so ``0.1`` becomes ``Decimal("0.1")`` and not the
binary fraction behind it; every published example then matches to the fen.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from tracker.domain.pay.errors import PayInputCode, PayInputError

ZERO = Decimal(0)
ONE = Decimal(1)
CENT = Decimal("0.01")
YUAN = Decimal(1)
MONTHS_IN_YEAR = 12
# Larger amounts are typing mistakes, not pay: 10 billion yuan.
MAX_AMOUNT = Decimal(10) ** 10

MoneyLike = Decimal | int | float | str


class Rounding(StrEnum):
    """How one contribution line is rounded: to the fen (0.01) or to the whole yuan, half up."""

    FEN_HALF_UP = "fen_half_up"
    YUAN_HALF_UP = "yuan_half_up"

    @property
    def unit(self) -> Decimal:
        return CENT if self is Rounding.FEN_HALF_UP else YUAN


def cents(value: Decimal) -> Decimal:
    """`value` rounded half up to the fen."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def rounded(value: Decimal, rounding: Rounding) -> Decimal:
    """`value` rounded half up to the unit `rounding` names, kept with two decimals."""
    return value.quantize(rounding.unit, rounding=ROUND_HALF_UP).quantize(CENT)


def to_decimal(value: MoneyLike, field: str) -> Decimal:
    """`value` as a finite Decimal; `field` names the input in the error otherwise.

    Raises:
        PayInputError: NOT_A_NUMBER for text that is no number, NaN or infinity.
    """
    if isinstance(value, bool):
        raise PayInputError(PayInputCode.NOT_A_NUMBER, field)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise PayInputError(PayInputCode.NOT_A_NUMBER, field)
        value = repr(value)
    try:
        number = value if isinstance(value, Decimal) else Decimal(value)
    except (InvalidOperation, ValueError, TypeError) as error:
        raise PayInputError(PayInputCode.NOT_A_NUMBER, field) from error
    if not number.is_finite():
        raise PayInputError(PayInputCode.NOT_A_NUMBER, field)
    return number


def check_amount(value: Decimal, field: str) -> Decimal:
    """`value` if it is a plausible amount of money: not negative, not absurdly large."""
    if not value.is_finite():
        raise PayInputError(PayInputCode.NOT_A_NUMBER, field)
    if value < 0:
        raise PayInputError(PayInputCode.NEGATIVE, field)
    if value > MAX_AMOUNT:
        raise PayInputError(PayInputCode.TOO_LARGE, field)
    return value
