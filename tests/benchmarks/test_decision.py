"""Choosing between 10 offers, every criterion rated: ``decide`` after each move of a weight
slider (scores, totals, ranking and every weight's sensitivity; goal well under 1 ms). The
floor, measured in the same run, is a plain loop computing the 10 × 8 weighted sums and
picking the highest, without sensitivity."""

from __future__ import annotations

import random
import statistics
import time
from fractions import Fraction

import pytest

from tests.benchmarks.conftest import report
from tracker.domain.decision import FACTORS, MAX_WEIGHT, PRESETS, DecisionOffer, Preset, decide
from tracker.domain.offers import Criterion

OFFERS = 10
CRITERIA = tuple(Criterion)
MOVES = 20_000  # weight changes timed
CHECKED = 200  # of which this many are checked against exact arithmetic


def _offers(rng: random.Random) -> list[DecisionOffer]:
    return [
        DecisionOffer(
            key=key,
            name=f"offer {key}",
            money=rng.randrange(150, 600) * 1_000,
            ratings={criterion: rng.randint(1, 5) for criterion in Criterion},
        )
        for key in range(1, OFFERS + 1)
    ]


def _exact_ranking(offers: list[DecisionOffer], weights: list[float]) -> list[int]:
    """The ranking by brute force: every total in fractions, then money, then key."""
    best = max(offer.money for offer in offers)
    exact_weights = [Fraction(w) for w in weights]
    totals = []
    for offer in offers:
        row = [Fraction(offer.money) / Fraction(best)]
        row += [Fraction(offer.ratings[criterion] - 1, 4) for criterion in Criterion]
        totals.append(sum(w * s for w, s in zip(exact_weights, row, strict=True)))
    order = sorted(range(len(offers)), key=lambda i: (-totals[i], -offers[i].money, offers[i].key))
    return [offers[i].key for i in order]


def _floor(offers: list[DecisionOffer], weights: list[float]) -> int:
    """The least any weighing must do: 10 × 8 weighted sums, and the highest."""
    best = max(offer.money for offer in offers)
    top, winner = -1.0, 0
    for offer in offers:
        ratings = offer.ratings
        total = weights[0] * offer.money / best
        for weight, criterion in zip(weights[1:], CRITERIA, strict=True):
            total += weight * (ratings[criterion] - 1) / 4
        if total > top:
            top, winner = total, offer.key
    return winner


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@pytest.mark.benchmark
def test_decide_after_a_weight_change() -> None:
    rng = random.Random(20261125)
    offers = _offers(rng)
    # A slider moved each time: one factor, to a new value in half steps.
    moves = [
        (rng.randrange(len(FACTORS)), rng.randint(0, 2 * int(MAX_WEIGHT)) / 2) for _ in range(MOVES)
    ]
    weights = PRESETS[Preset.BALANCED]
    timings: list[float] = []
    checked = 0
    for number, (index, value) in enumerate(moves):
        moved = weights.with_weight(FACTORS[index], value)
        start = time.perf_counter()
        decision = decide(offers, moved)
        timings.append((time.perf_counter() - start) * 1e6)
        weights = moved
        if number % (MOVES // CHECKED) == 0:
            order = [result.key for result in decision.ranking]
            assert order == _exact_ranking(offers, list(weights.values_in_order))
            assert len(decision.sensitivity) == len(FACTORS)
            checked += 1
    assert checked == CHECKED

    floor: list[float] = []
    weights = PRESETS[Preset.BALANCED]
    for index, value in moves:
        weights = weights.with_weight(FACTORS[index], value)
        values = list(weights.values_in_order)
        start = time.perf_counter()
        winner = _floor(offers, values)
        floor.append((time.perf_counter() - start) * 1e6)
    winner_now = decision.winner
    assert winner_now is not None and winner == winner_now.key

    median, floor_median = statistics.median(timings), statistics.median(floor)
    report(
        [
            f"decide, {OFFERS} offers × {len(FACTORS)} factors ({MOVES} weight changes)",
            f"  floor (plain loop, 10 × 8 weighted sums): median {floor_median:7.1f} µs, "
            f"p95 {_percentile(floor, 0.95):7.1f} µs",
            f"  decide with sensitivity:                  median {median:7.1f} µs, "
            f"p95 {_percentile(timings, 0.95):7.1f} µs   (goal well under 1,000 µs)",
            f"  ratio of medians:                         {median / floor_median:7.2f}×",
        ]
    )
