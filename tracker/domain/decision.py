"""Choosing between offers: each offer scored 0–1 on money and on every rated criterion, the
scores weighed by the user's weights into a total from 0 to 100, the offers ranked, and how
far each weight may move before another offer comes first.

Scores: money is the offer's money over the best money among the offers compared (0 for all
when the best is 0); a rating r (1–5) scores (r - 1) / 4; a missing rating scores the neutral
0.5 and is listed as missing. An offer's total is Σ w·s / Σ w × 100.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from tracker.domain.decision_sensitivity import FactorSensitivity, Shift, sensitivity
from tracker.domain.decision_weights import (
    CRITERIA,
    FACTOR_INDEX,
    FACTORS,
    MAX_WEIGHT,
    PRESETS,
    Factor,
    Preset,
    Weights,
    WeightsError,
    WeightsProblem,
    factor_for,
)
from tracker.domain.offers import RATING_RANGE, Criterion

__all__ = [
    "FACTORS",
    "MAX_WEIGHT",
    "NEUTRAL_SCORE",
    "PRESETS",
    "TOTAL_EPSILON",
    "Decision",
    "DecisionOffer",
    "Factor",
    "FactorSensitivity",
    "OfferResult",
    "Preset",
    "Shift",
    "TieBreak",
    "Weights",
    "WeightsError",
    "WeightsProblem",
    "decide",
    "factor_for",
]

NEUTRAL_SCORE = 0.5
"""The score of a missing rating: the middle of the scale, as a rating of 3."""

TOTAL_EPSILON = 1e-9
"""Totals (0–100) closer than this are equal, and the tie rule orders them."""

_RATING_SCORE: Mapping[int, float] = {rating: (rating - 1) / 4 for rating in RATING_RANGE}
_SCORE_OR_NEUTRAL: Mapping[int | None, float] = {
    rating: NEUTRAL_SCORE if rating is None else _RATING_SCORE[rating]
    for rating in (None, *RATING_RANGE)
}


@dataclass(frozen=True, slots=True)
class DecisionOffer:
    """One offer as the decision sees it.

    ``key`` is the offer's id; ``money`` a yearly figure in yuan (for instance take-home plus
    housing fund; 0 or more); ``ratings`` the user's 1–5 rating of each criterion, any of
    which may be missing.
    """

    key: int
    name: str
    money: float
    ratings: Mapping[Criterion, int]

    def __post_init__(self) -> None:
        if not math.isfinite(self.money) or self.money < 0:
            raise ValueError(f"offer {self.key}: money must be a finite figure of 0 or more")
        for criterion, rating in self.ratings.items():
            if rating not in _RATING_SCORE:
                raise ValueError(f"offer {self.key}: rating of {criterion} outside 1–5")


class TieBreak(StrEnum):
    """Why the winner is first: a higher total, or the tie rule among equal totals."""

    TOTAL = "total"  # no other offer has the same total
    MONEY = "money"  # same total, more money than every offer it ties with
    KEY = "key"  # same total and same money: the lower key (the older offer) first


@dataclass(frozen=True, slots=True)
class OfferResult:
    """One offer's place and figures.

    ``rank`` counts from 1 (equal totals are ranked by the tie rule); ``total`` is 0–100;
    ``scores`` are 0–1 and ``contributions`` the points of the total each factor brings
    (w·s / Σ w × 100, adding up to ``total``), both in ``FACTORS`` order; ``missing`` lists
    the criteria without a rating, scored ``NEUTRAL_SCORE`` (whatever their weight).
    """

    key: int
    name: str
    rank: int
    total: float
    money: float
    scores: tuple[float, ...]
    contributions: tuple[float, ...]
    missing: tuple[Criterion, ...]

    def score(self, factor: Factor) -> float:
        """This offer's score on ``factor``, 0–1."""
        return self.scores[FACTOR_INDEX[factor]]

    def contribution(self, factor: Factor) -> float:
        """The points of the total ``factor`` brings, 0–100."""
        return self.contributions[FACTOR_INDEX[factor]]


@dataclass(frozen=True, slots=True)
class Decision:
    """The offers ranked under ``weights``, best first.

    ``tied_with_winner`` holds the keys of the offers whose total equals the winner's, in
    tie-rule order, and ``tie_break`` says why the winner is first among them.
    ``sensitivity`` holds one entry per factor, in ``FACTORS`` order (none without offers).
    ``best_money`` is the money every money score is measured against.
    """

    weights: Weights
    ranking: tuple[OfferResult, ...]
    tied_with_winner: tuple[int, ...]
    tie_break: TieBreak
    sensitivity: tuple[FactorSensitivity, ...]
    best_money: float

    @property
    def winner(self) -> OfferResult | None:
        """The offer ranked first; None without offers."""
        return self.ranking[0] if self.ranking else None

    def result(self, key: int) -> OfferResult:
        """The figures of the offer ``key`` (KeyError if it was not compared)."""
        for result in self.ranking:
            if result.key == key:
                return result
        raise KeyError(key)

    def sensitivity_of(self, factor: Factor) -> FactorSensitivity:
        """What moving ``factor``'s weight does to the winner."""
        return self.sensitivity[FACTOR_INDEX[factor]]

    @property
    def missing_ratings(self) -> dict[int, tuple[Criterion, ...]]:
        """Offer key -> its criteria without a rating, for the offers missing any."""
        return {result.key: result.missing for result in self.ranking if result.missing}


def decide(offers: Iterable[DecisionOffer], weights: Weights) -> Decision:
    """Score, weigh and rank ``offers`` (keys unique) and solve each weight's sensitivity.

    Ranking: the higher total first; equal totals (within ``TOTAL_EPSILON``), the more money
    first, then the lower key.
    """
    compared = tuple(offers)
    if len({offer.key for offer in compared}) != len(compared):
        raise ValueError("offer keys must be unique")
    weight_row = weights.values_in_order
    best_money = max((offer.money for offer in compared), default=0.0)
    scores: list[list[float]] = []
    sums: list[float] = []
    missing: list[tuple[Criterion, ...]] = []
    for offer in compared:
        ratings = offer.ratings
        row = [offer.money / best_money if best_money > 0 else 0.0]
        row += [_SCORE_OR_NEUTRAL[ratings.get(criterion)] for criterion in CRITERIA]
        scores.append(row)
        sums.append(sum([w * s for w, s in zip(weight_row, row, strict=True)]))
        if len(ratings) == len(CRITERIA):
            missing.append(())
        else:
            missing.append(tuple([c for c in CRITERIA if c not in ratings]))

    by_tie_rule = sorted(range(len(compared)), key=lambda i: (-compared[i].money, compared[i].key))
    tie_order = [0] * len(compared)
    for place, index in enumerate(by_tie_rule):
        tie_order[index] = place
    order, top = _rank(sums, tie_order, TOTAL_EPSILON * weights.total / 100)

    scale = 100 / weights.total
    points = [w * scale for w in weight_row]  # what a score of 1 on each factor brings
    ranking = tuple(
        OfferResult(
            key=compared[i].key,
            name=compared[i].name,
            rank=rank,
            total=sums[i] * scale,
            money=compared[i].money,
            scores=tuple(scores[i]),
            contributions=tuple([p * s for p, s in zip(points, scores[i], strict=True)]),
            missing=missing[i],
        )
        for rank, i in enumerate(order, start=1)
    )
    if not order:
        return Decision(weights, (), (), TieBreak.TOTAL, (), best_money)
    leader = order[0]
    keys = [offer.key for offer in compared]
    return Decision(
        weights=weights,
        ranking=ranking,
        tied_with_winner=tuple(keys[i] for i in order[1:top]),
        tie_break=_tie_break(compared, order[:top]),
        sensitivity=sensitivity(weight_row, scores, sums, tie_order, keys, leader),
        best_money=best_money,
    )


def _rank(sums: list[float], tie_order: list[int], epsilon: float) -> tuple[list[int], int]:
    """Indices best first, and how many share the top total. Sums within ``epsilon`` of the
    first of their run are equal and go by the tie rule."""
    order = sorted(range(len(sums)), key=lambda i: -sums[i])
    top = 0
    start = 0
    while start < len(order):
        end = start + 1
        head = sums[order[start]]
        while end < len(order) and head - sums[order[end]] <= epsilon:
            end += 1
        if end - start > 1:
            order[start:end] = sorted(order[start:end], key=tie_order.__getitem__)
        if start == 0:
            top = end
        start = end
    return order, top


def _tie_break(compared: tuple[DecisionOffer, ...], tied: list[int]) -> TieBreak:
    if len(tied) == 1:
        return TieBreak.TOTAL
    money = compared[tied[0]].money
    if all(compared[i].money < money for i in tied[1:]):
        return TieBreak.MONEY
    return TieBreak.KEY
