"""The one error the pay engine raises for bad input: a code and the input it concerns."""

from __future__ import annotations

from enum import StrEnum

from tracker.domain.errors import PivotError


class PayInputCode(StrEnum):
    """What is wrong with an input of the pay engine."""

    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_CITY = "unknown_city"
    YEAR_NOT_COVERED = "year_not_covered"
    CONFLICT = "conflict"
    METHOD_UNAVAILABLE = "method_unavailable"
    CONTRIBUTIONS_EXCEED_PAY = "contributions_exceed_pay"  # a declared base leaves less than 0


class PayInputError(PivotError, ValueError):
    """An input the pay engine cannot use.

    Attributes:
        code: What is wrong.
        field: Which input (``monthly``, ``start_month``, ``city``, ...).
        allowed: What would have been accepted, for the message: a range as two bounds, or the
            known names of cities.
    """

    def __init__(self, code: PayInputCode, field: str, allowed: tuple[str, ...] = ()) -> None:
        detail = f" (allowed: {', '.join(allowed)})" if allowed else ""
        super().__init__(f"{field}: {code.value}{detail}")
        self.code = code
        self.field = field
        self.allowed = allowed
