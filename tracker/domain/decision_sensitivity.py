"""How far each weight may move before another offer comes first.

With every other weight fixed, moving one factor's weight ``w`` makes each offer's weighted sum
``a + w·s`` (``s`` its score on that factor) while every total shares the denominator (the sum
of the weights): the ranking is the ranking of the weighted sums, lines in ``w``. The leader
changes where another offer's line crosses the leader's, so each threshold is solved exactly,
not searched for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.domain.decision_weights import FACTORS, MAX_WEIGHT, Factor

# Two thresholds closer than this (in weight) are the same one; a crossing this close to the
# end of the range is at the end.
WEIGHT_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Shift:
    """A move of one weight that puts another offer first.

    ``weight`` is the threshold: the leader's total and ``leader``'s total are equal there, the
    current winner stays first at every weight strictly between the current one and
    ``weight``, and ``leader`` (an offer key) is first just beyond it. At the threshold itself
    the tie rule (more money, then the lower key) decides. When ``at_end`` is True the totals
    only meet at the end of the range (0 or ``MAX_WEIGHT``), and ``leader`` is first there by
    the tie rule.
    """

    weight: float
    leader: int
    at_end: bool = False


@dataclass(frozen=True, slots=True)
class FactorSensitivity:
    """What moving one factor's weight, every other weight held, does to the winner.

    ``raised`` is the first change met raising the weight towards ``MAX_WEIGHT``, ``lowered``
    the first met lowering it towards 0; None means the winner stays first all the way.
    ``sole_weight`` is True when this is the only factor weighing anything: it cannot reach
    0 (weights may not all be 0), and moving it changes no total, since every total is then
    the offers' score on this factor.
    """

    factor: Factor
    weight: float
    raised: Shift | None
    lowered: Shift | None
    sole_weight: bool = False

    @property
    def holds(self) -> bool:
        """True when the winner stays first over the whole range of this weight."""
        return self.raised is None and self.lowered is None

    @property
    def nearest(self) -> Shift | None:
        """The change reached by the smaller move of this weight (None if there is none)."""
        if self.raised is None or self.lowered is None:
            return self.raised or self.lowered
        up = self.raised.weight - self.weight
        down = self.weight - self.lowered.weight
        return self.raised if up <= down else self.lowered


def sensitivity(
    weights: Sequence[float],
    scores: Sequence[Sequence[float]],
    sums: Sequence[float],
    tie_order: Sequence[int],
    keys: Sequence[int],
    leader: int,
) -> tuple[FactorSensitivity, ...]:
    """Every factor's sensitivity, in ``FACTORS`` order.

    ``weights`` are the current weights and ``scores[i]`` offer ``i``'s scores (0–1), both in
    ``FACTORS`` order; ``sums[i]`` is offer ``i``'s weighted sum Σ w·s; ``tie_order[i]`` is
    its place by the tie rule alone (lower comes first); ``leader`` is the winner's index.
    """
    total = sum(weights)
    result = []
    for index, factor in enumerate(FACTORS):
        weight = weights[index]
        if total - weight <= 0:
            # The only weight: every total is this factor's score whatever its weight.
            result.append(FactorSensitivity(factor, weight, None, None, sole_weight=True))
            continue
        up = _first_change(index, 1.0, MAX_WEIGHT - weight, scores, sums, tie_order, leader)
        down = _first_change(index, -1.0, weight, scores, sums, tie_order, leader)
        result.append(
            FactorSensitivity(
                factor,
                weight,
                None if up is None else _shift(weight + up[0], up[1], keys, up[2]),
                None if down is None else _shift(weight - down[0], down[1], keys, down[2]),
            )
        )
    return tuple(result)


def _shift(weight: float, index: int, keys: Sequence[int], at_end: bool) -> Shift:
    # Rounded to the precision thresholds are told apart at, which drops the float noise of
    # the division (0.8000000000000025 for 0.8).
    return Shift(round(min(max(weight, 0.0), MAX_WEIGHT), 9), keys[index], at_end)


def _first_change(
    factor: int,
    direction: float,
    room: float,
    scores: Sequence[Sequence[float]],
    sums: Sequence[float],
    tie_order: Sequence[int],
    leader: int,
) -> tuple[float, int, bool] | None:
    """The first lead change moving one weight by up to ``room`` in ``direction`` (+1 raises
    it, -1 lowers it): (distance moved, index of the new leader, whether it is at the end of
    the range), or None when the leader stays first."""
    leader_slope = direction * scores[leader][factor]
    leader_sum = sums[leader]
    limit = room + WEIGHT_EPSILON
    nearest = limit
    crossings: list[tuple[float, float, int]] = []  # (distance, how fast it gains, index)
    for other, row in enumerate(scores):
        gain = direction * row[factor] - leader_slope
        if other == leader or gain <= 0:
            continue  # never catches up in this direction
        gap = leader_sum - sums[other]
        distance = gap / gain if gap > 0 else 0.0  # level now: it leads after any move
        if distance <= limit:
            crossings.append((distance, gain, other))
            nearest = min(nearest, distance)
    if not crossings:
        return None
    reach = nearest + WEIGHT_EPSILON
    first = [(gain, other) for distance, gain, other in crossings if distance <= reach]
    if nearest < room - WEIGHT_EPSILON:
        # Just beyond the crossing, the offer gaining fastest leads; equal gains, the tie rule.
        _, best = min(first, key=lambda pair: (-pair[0], tie_order[pair[1]]))
        return nearest, best, False
    # The totals only meet at the end of the range: the tie rule alone decides there.
    best = min((other for _, other in first), key=lambda other: tie_order[other])
    if tie_order[best] > tie_order[leader]:
        return None
    return room, best, True
