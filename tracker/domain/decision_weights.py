"""What the user weighs when choosing between offers: money and the seven rated criteria, each
given a weight from 0 to ``MAX_WEIGHT``, and the ready-made sets of weights (presets)."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from enum import StrEnum
from types import MappingProxyType

from tracker.domain.offers import Criterion

MAX_WEIGHT = 10.0


class Factor(StrEnum):
    """Everything an offer is scored on: money, then one factor per rated ``Criterion``
    (same values, so a factor and its criterion compare and hash alike)."""

    MONEY = "money"
    INTEREST = "interest"
    LEARNING = "learning"
    GROWTH = "growth"
    TEAM = "team"
    STABILITY = "stability"
    WORK_LIFE = "work_life"
    COMMUTE = "commute"


FACTORS: tuple[Factor, ...] = tuple(Factor)
"""Every factor in a fixed order: the order of score and weight tuples throughout."""

CRITERIA: tuple[Criterion, ...] = tuple(Criterion)

FACTOR_INDEX: Mapping[Factor, int] = MappingProxyType({f: i for i, f in enumerate(FACTORS)})

_FACTOR_OF: Mapping[Criterion, Factor] = MappingProxyType({c: Factor(c.value) for c in CRITERIA})


def factor_for(criterion: Criterion) -> Factor:
    """The factor that weighs ``criterion``."""
    return _FACTOR_OF[criterion]


class WeightsProblem(StrEnum):
    """Why a set of weights was refused; the window layer words it for the user."""

    UNKNOWN_FACTOR = "unknown_factor"
    NOT_A_NUMBER = "not_a_number"  # NaN or infinite
    NEGATIVE = "negative"
    TOO_HIGH = "too_high"  # above MAX_WEIGHT
    ALL_ZERO = "all_zero"  # nothing would be weighed


class WeightsError(ValueError):
    """A weight out of range, or no weight at all; ``factor`` names the weight at fault (None
    when the set as a whole is wrong)."""

    def __init__(self, problem: WeightsProblem, factor: Factor | None = None) -> None:
        super().__init__(problem.value if factor is None else f"{problem.value}: {factor.value}")
        self.problem = problem
        self.factor = factor


class Weights(Mapping[Factor, float]):
    """An immutable weight for every factor, each from 0 to ``MAX_WEIGHT``, not all 0.

    A factor left out of the mapping given weighs 0. Only the ratios between weights matter:
    an offer's total divides by the sum of the weights. Iterates over every factor, in
    ``FACTORS`` order, including those weighing 0.
    """

    __slots__ = ("_total", "_values")

    def __init__(self, weights: Mapping[Factor, float]) -> None:
        values = [0.0] * len(FACTORS)
        for factor, weight in weights.items():
            index = FACTOR_INDEX.get(factor)
            if index is None:
                raise WeightsError(WeightsProblem.UNKNOWN_FACTOR)
            values[index] = _checked(FACTORS[index], weight)
        total = math.fsum(values)
        if total <= 0:
            raise WeightsError(WeightsProblem.ALL_ZERO)
        self._values = tuple(values)
        self._total = total

    @property
    def values_in_order(self) -> tuple[float, ...]:
        """Every weight in ``FACTORS`` order."""
        return self._values

    @property
    def total(self) -> float:
        """The sum of every weight (> 0): what each offer's weighted sum is divided by."""
        return self._total

    def with_weight(self, factor: Factor, weight: float) -> Weights:
        """The same weights with ``factor`` set to ``weight`` (validated like any other)."""
        values = dict(zip(FACTORS, self._values, strict=True))
        values[factor] = weight
        return Weights(values)

    def __getitem__(self, factor: Factor) -> float:
        return self._values[FACTOR_INDEX[factor]]

    def __iter__(self) -> Iterator[Factor]:
        return iter(FACTORS)

    def __len__(self) -> int:
        return len(FACTORS)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Weights):
            return self._values == other._values
        return super().__eq__(other)

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        named = ", ".join(f"{f.value}={w:g}" for f, w in zip(FACTORS, self._values, strict=True))
        return f"Weights({named})"


def _checked(factor: Factor, weight: float) -> float:
    value = float(weight)
    if not math.isfinite(value):
        raise WeightsError(WeightsProblem.NOT_A_NUMBER, factor)
    if value < 0:
        raise WeightsError(WeightsProblem.NEGATIVE, factor)
    if value > MAX_WEIGHT:
        raise WeightsError(WeightsProblem.TOO_HIGH, factor)
    return value


class Preset(StrEnum):
    BALANCED = "balanced"
    MONEY_FIRST = "money_first"
    GROWTH_FIRST = "growth_first"
    INTEREST_FIRST = "interest_first"  # interest and learning first


def _preset(money: float, **criteria: float) -> Weights:
    weights = {Factor.MONEY: money}
    weights.update({Factor(name): value for name, value in criteria.items()})
    return Weights(weights)


# The presets, in the order the window offers them. Every factor keeps some weight (at least 2
# out of 10) so that no preset ignores anything outright:
# - balanced: money and every criterion weigh the same (5), money being one factor of eight;
# - money first: money 10; stability and work-life balance 3 (what protects the money and the
#   time it costs); the rest 2;
# - growth first: growth 10, learning 7 (what growth is built on), money 5 (still a
#   consideration), interest and team 4 (who one grows with and whether one cares), the rest 2;
# - interest first (interest and learning first): interest 10, learning 8, growth 5; money,
#   team and work-life balance 3; stability and commute 2.
PRESETS: Mapping[Preset, Weights] = MappingProxyType({
    Preset.BALANCED: _preset(
        5, interest=5, learning=5, growth=5, team=5, stability=5, work_life=5, commute=5
    ),
    Preset.MONEY_FIRST: _preset(
        10, interest=2, learning=2, growth=2, team=2, stability=3, work_life=3, commute=2
    ),
    Preset.GROWTH_FIRST: _preset(
        5, interest=4, learning=7, growth=10, team=4, stability=2, work_life=2, commute=2
    ),
    Preset.INTEREST_FIRST: _preset(
        3, interest=10, learning=8, growth=5, team=3, stability=2, work_life=3, commute=2
    ),
})  # fmt: skip
