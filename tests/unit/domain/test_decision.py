"""The decision model: scores, totals, ranking, tie rule, weights and presets, and sensitivity
thresholds checked against a brute-force search in exact arithmetic."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.decision import (
    FACTORS,
    MAX_WEIGHT,
    NEUTRAL_SCORE,
    PRESETS,
    Decision,
    DecisionOffer,
    Factor,
    Preset,
    Shift,
    TieBreak,
    Weights,
    WeightsError,
    WeightsProblem,
    decide,
    factor_for,
)
from tracker.domain.offers import Criterion

C = Criterion
F = Factor
PROPERTY = settings(max_examples=200, deadline=None)
STEP = Fraction(1, 20)  # brute force steps each weight by 0.05
NUDGE = 1e-6  # "just before" and "just past" a threshold


def _rated(money: float, interest: int, key: int, name: str) -> DecisionOffer:
    """Rated 3 (score 0.5) on everything but interest."""
    ratings = dict.fromkeys(Criterion, 3)
    ratings[C.INTEREST] = interest
    return DecisionOffer(key=key, name=name, money=money, ratings=ratings)


A = _rated(300_000, interest=2, key=1, name="A")
B = _rated(240_000, interest=5, key=2, name="B")


# Scores: money A 300k/300k = 1, B 240k/300k = 0.8; interest A (2-1)/4 = 0.25, B (5-1)/4 = 1;
# the other six criteria 0.5 for both.
#
# money first (money 10; interest, learning, growth, team, commute 2; stability, work-life 3),
# Σw = 10 + 5·2 + 2·3 = 26; the six others weigh 2+2+2+3+3+2 = 14, bringing 14·0.5 = 7:
#   A = (10·1 + 2·0.25 + 7) / 26 = 17.5 / 26 → 67.307…;  B = (10·0.8 + 2·1 + 7) / 26 = 17 / 26
# interest first (interest 10, learning 8, growth 5, money, team, work-life 3, stability and
# commute 2), Σw = 36; the six others weigh 8+5+3+2+3+2 = 23, bringing 11.5:
#   A = (3·1 + 10·0.25 + 11.5) / 36 = 17 / 36;  B = (3·0.8 + 10·1 + 11.5) / 36 = 23.9 / 36
# balanced (every weight 5), Σw = 40; the six others bring 30·0.5 = 15:
#   A = (5·1 + 5·0.25 + 15) / 40 = 21.25 / 40 = 53.125;  B = (5·0.8 + 5·1 + 15) / 40 = 60
TOTALS = [
    (Preset.MONEY_FIRST, [(1, 1750 / 26), (2, 1700 / 26)]),
    (Preset.INTEREST_FIRST, [(2, 2390 / 36), (1, 1700 / 36)]),
    (Preset.BALANCED, [(2, 60.0), (1, 53.125)]),
]


@pytest.mark.parametrize(("preset", "expected"), TOTALS)
def test_totals_and_ranking_as_derived_by_hand(
    preset: Preset, expected: list[tuple[int, float]]
) -> None:
    decision = decide([A, B], PRESETS[preset])
    assert [r.key for r in decision.ranking] == [key for key, _ in expected]
    assert [r.total for r in decision.ranking] == pytest.approx([t for _, t in expected], rel=1e-12)
    assert [r.rank for r in decision.ranking] == [1, 2]
    assert decision.tie_break is TieBreak.TOTAL and decision.tied_with_winner == ()
    for result in decision.ranking:
        assert sum(result.contributions) == pytest.approx(result.total, rel=1e-12)


def test_scores_and_contributions_as_derived_by_hand() -> None:
    decision = decide([A, B], PRESETS[Preset.MONEY_FIRST])
    a, b = decision.result(1), decision.result(2)
    assert decision.best_money == 300_000
    assert a.score(F.MONEY) == 1.0 and b.score(F.MONEY) == pytest.approx(0.8)
    assert a.score(F.INTEREST) == 0.25 and b.score(F.INTEREST) == 1.0
    assert a.score(F.TEAM) == b.score(F.TEAM) == 0.5
    # money: 10·1/26·100 = 38.46…; interest: 2·0.25/26·100 = 1.92…; stability 3·0.5/26·100
    assert a.contribution(F.MONEY) == pytest.approx(1000 / 26)
    assert a.contribution(F.INTEREST) == pytest.approx(50 / 26)
    assert b.contribution(F.STABILITY) == pytest.approx(150 / 26)
    assert a.scores == tuple(a.score(f) for f in FACTORS)


def test_sensitivity_as_derived_by_hand() -> None:
    # Money first, money's weight m moving: A = m·1 + 0.5 + 7, B = 0.8·m + 2 + 7 (the shared
    # denominator aside); they meet where 0.2·m = 1.5, m = 7.5: below it B leads.
    # Interest's weight i moving: A = 10 + 0.25·i + 7, B = 8 + i + 7; they meet at i = 8/3.
    decision = decide([A, B], PRESETS[Preset.MONEY_FIRST])
    money = decision.sensitivity_of(F.MONEY)
    assert money.raised is None
    assert money.lowered == Shift(weight=7.5, leader=2)
    interest = decision.sensitivity_of(F.INTEREST)
    assert interest.lowered is None
    assert interest.raised is not None and interest.raised.leader == 2
    assert interest.raised.weight == pytest.approx(8 / 3, abs=1e-9)
    assert interest.nearest is interest.raised and not interest.holds
    # Learning weighs both the same: nothing it does changes the winner.
    assert decision.sensitivity_of(F.LEARNING).holds
    # Interest first, interest's weight i: A = 3 + 0.25·i + 11.5, B = 2.4 + i + 11.5; they meet
    # at i = 0.6 / 0.75 = 0.8, below which A leads.
    decision = decide([A, B], PRESETS[Preset.INTEREST_FIRST])
    assert decision.sensitivity_of(F.INTEREST).lowered == Shift(weight=0.8, leader=1)


def test_equal_totals_go_by_money_then_key() -> None:
    # Money 1, interest 1 (Σw = 2): P pays 200k and rates interest 3 → (1 + 0.5)/2 = 75;
    # Q pays 100k and rates 5 → (0.5 + 1)/2 = 75; R is Q again under a lower key.
    weights = Weights({F.MONEY: 1, F.INTEREST: 1})
    p = DecisionOffer(7, "P", 200_000, {C.INTEREST: 3})
    q = DecisionOffer(9, "Q", 100_000, {C.INTEREST: 5})
    r = DecisionOffer(8, "R", 100_000, {C.INTEREST: 5})
    decision = decide([q, r, p], weights)
    assert [(x.key, x.total) for x in decision.ranking] == [(7, 75.0), (8, 75.0), (9, 75.0)]
    assert decision.tied_with_winner == (8, 9)
    assert decision.tie_break is TieBreak.MONEY
    decision = decide([q, r], weights)
    assert [x.key for x in decision.ranking] == [8, 9]
    assert decision.tie_break is TieBreak.KEY
    # Q and R score alike on everything: no weight can part them.
    assert all(entry.holds for entry in decision.sensitivity)
    # P and R are level now, P first on money: raising interest (R's strength) puts R first at
    # once, from the current weight on; lowering it only widens P's lead.
    decision = decide([p, r], weights)
    interest = decision.sensitivity_of(F.INTEREST)
    assert interest.raised == Shift(weight=1.0, leader=8)
    assert interest.lowered is None


def test_missing_ratings_count_as_neutral_and_are_listed() -> None:
    unrated = DecisionOffer(1, "unrated", 100_000, {})
    middling = DecisionOffer(2, "middling", 100_000, dict.fromkeys(Criterion, 3))
    partly = DecisionOffer(3, "partly", 100_000, {C.INTEREST: 3, C.TEAM: 3})
    decision = decide([unrated, middling, partly], PRESETS[Preset.GROWTH_FIRST])
    totals = {result.key: result.total for result in decision.ranking}
    assert totals[1] == totals[2] == totals[3]
    assert decision.result(1).missing == tuple(Criterion)
    assert decision.result(1).score(F.GROWTH) == NEUTRAL_SCORE
    assert decision.result(2).missing == ()
    missing = set(Criterion) - {C.INTEREST, C.TEAM}
    assert set(decision.result(3).missing) == missing
    assert decision.missing_ratings == {1: tuple(Criterion), 3: decision.result(3).missing}


@pytest.mark.parametrize(
    ("ratings", "score"), [(1, 0.0), (2, 0.25), (3, 0.5), (4, 0.75), (5, 1.0), (None, 0.5)]
)
def test_rating_scores(ratings: int | None, score: float) -> None:
    rated = {} if ratings is None else {C.COMMUTE: ratings}
    decision = decide([DecisionOffer(1, "x", 0, rated)], Weights({F.COMMUTE: 4}))
    assert decision.result(1).score(F.COMMUTE) == score
    assert decision.result(1).total == score * 100


def test_no_money_anywhere_scores_zero() -> None:
    offers = [DecisionOffer(1, "x", 0, {C.TEAM: 5}), DecisionOffer(2, "y", 0, {C.TEAM: 1})]
    decision = decide(offers, Weights({F.MONEY: 10, F.TEAM: 10}))
    assert [r.score(F.MONEY) for r in decision.ranking] == [0.0, 0.0]
    assert [(r.key, r.total) for r in decision.ranking] == [(1, 50.0), (2, 0.0)]


def test_one_offer_nothing_can_change() -> None:
    decision = decide([A], PRESETS[Preset.BALANCED])
    assert decision.winner is not None and decision.winner.key == 1
    assert len(decision.sensitivity) == len(FACTORS)
    assert all(entry.holds and entry.nearest is None for entry in decision.sensitivity)


def test_no_offers() -> None:
    decision = decide([], PRESETS[Preset.BALANCED])
    assert decision.winner is None and decision.ranking == () and decision.sensitivity == ()


def test_the_only_weight_cannot_reach_zero_and_changes_nothing() -> None:
    decision = decide([A, B], Weights({F.INTEREST: 4}))
    assert decision.winner is not None and decision.winner.key == 2
    interest = decision.sensitivity_of(F.INTEREST)
    assert interest.sole_weight and interest.holds
    # Money from 0: A = 0.25·4 + m, B = 1·4 + 0.8·m; they meet at m = 3 / 0.2 = 15 > 10.
    assert decision.sensitivity_of(F.MONEY).holds
    assert not decision.sensitivity_of(F.MONEY).sole_weight


def test_a_lead_taken_only_at_the_end_of_the_range() -> None:
    # P pays 200k and rates interest 3, Q pays 100k and rates it 5. Money 5, interest's weight
    # i: P = 5 + 0.5·i, Q = 2.5 + i; they meet at i = 5 and Q leads beyond.
    p = DecisionOffer(1, "P", 200_000, {C.INTEREST: 3})
    q = DecisionOffer(2, "Q", 100_000, {C.INTEREST: 5})
    decision = decide([p, q], Weights({F.MONEY: 5, F.INTEREST: 1}))
    assert decision.sensitivity_of(F.INTEREST).raised == Shift(weight=5.0, leader=2)
    # Money 10: P = 10 + 0.5·i, Q = 5 + i meet at i = 10, the end of the range, where the tie
    # rule puts P (more money) first: the winner holds.
    decision = decide([p, q], Weights({F.MONEY: 10}))
    assert decision.sensitivity_of(F.INTEREST).raised is None
    # Same money, team 5 and money 1: Q = 1 + 0·5 + i, P = 1 + 1·5 + 0.5·i meet at i = 10,
    # where the lower key (Q's) wins the tie: Q takes the lead there and only there.
    q_first = DecisionOffer(1, "Q", 200_000, {C.INTEREST: 5, C.TEAM: 1})
    p_second = DecisionOffer(2, "P", 200_000, {C.INTEREST: 3, C.TEAM: 5})
    decision = decide([q_first, p_second], Weights({F.TEAM: 5, F.MONEY: 1}))
    assert decision.sensitivity_of(F.INTEREST).raised == Shift(
        weight=MAX_WEIGHT, leader=1, at_end=True
    )


def test_two_offers_catching_up_at_once_the_faster_one_leads() -> None:
    # Money 10, interest's weight i (now 1). L pays 500k and rates interest 1: 10·1 + 0·i;
    # J pays 400k and rates 3: 10·0.8 + 0.5·i; K pays 300k and rates 5: 10·0.6 + 1·i. All
    # three meet at i = 4 (10 = 8 + 2 = 6 + 4), where L still wins the tie on money; just
    # beyond, K, gaining fastest, is first.
    offers = [
        DecisionOffer(1, "L", 500_000, {C.INTEREST: 1}),
        DecisionOffer(2, "J", 400_000, {C.INTEREST: 3}),
        DecisionOffer(3, "K", 300_000, {C.INTEREST: 5}),
    ]
    weights = Weights({F.MONEY: 10, F.INTEREST: 1})
    assert decide(offers, weights.with_weight(F.INTEREST, 4)).tied_with_winner == (2, 3)
    assert decide(offers, weights).sensitivity_of(F.INTEREST).raised == Shift(4.0, leader=3)


@pytest.mark.parametrize(
    ("given_weights", "problem", "factor"),
    [
        ({F.MONEY: -1}, WeightsProblem.NEGATIVE, F.MONEY),
        ({F.TEAM: 10.5}, WeightsProblem.TOO_HIGH, F.TEAM),
        ({F.GROWTH: math.nan}, WeightsProblem.NOT_A_NUMBER, F.GROWTH),
        ({F.GROWTH: math.inf}, WeightsProblem.NOT_A_NUMBER, F.GROWTH),
        ({}, WeightsProblem.ALL_ZERO, None),
        ({F.MONEY: 0, F.TEAM: 0}, WeightsProblem.ALL_ZERO, None),
        ({"salary": 3}, WeightsProblem.UNKNOWN_FACTOR, None),
    ],
)
def test_invalid_weights_raise_a_coded_error(
    given_weights: Mapping[Factor, float], problem: WeightsProblem, factor: Factor | None
) -> None:
    with pytest.raises(WeightsError) as raised:
        Weights(given_weights)
    assert raised.value.problem is problem and raised.value.factor == factor
    assert isinstance(raised.value, ValueError)


def test_weights_are_an_immutable_mapping_of_every_factor() -> None:
    weights = Weights({F.MONEY: 4, C.TEAM: 2})  # type: ignore[dict-item]
    assert list(weights) == list(FACTORS) and len(weights) == len(FACTORS)
    assert weights[F.MONEY] == 4 and weights[F.TEAM] == 2 and weights[F.COMMUTE] == 0
    assert weights.total == 6
    moved = weights.with_weight(F.COMMUTE, 10)
    assert moved[F.COMMUTE] == 10 and weights[F.COMMUTE] == 0
    assert moved == Weights(dict(moved)) and hash(moved) == hash(Weights(dict(moved)))
    assert moved != weights
    with pytest.raises(WeightsError):
        weights.with_weight(F.MONEY, 11)
    with pytest.raises(WeightsError):
        weights.with_weight(F.MONEY, 0).with_weight(F.TEAM, 0)


def test_presets_are_valid_distinct_and_lead_with_their_factor() -> None:
    assert list(PRESETS) == [
        Preset.BALANCED,
        Preset.MONEY_FIRST,
        Preset.GROWTH_FIRST,
        Preset.INTEREST_FIRST,
    ]
    assert len(set(PRESETS.values())) == len(PRESETS)
    for weights in PRESETS.values():
        assert all(0 < weight <= MAX_WEIGHT for weight in weights.values())
    assert len(set(PRESETS[Preset.BALANCED].values())) == 1

    def heaviest(preset: Preset) -> list[Factor]:
        weights = PRESETS[preset]
        return sorted(weights, key=lambda factor: -weights[factor])[:2]

    assert heaviest(Preset.MONEY_FIRST)[0] is F.MONEY
    assert heaviest(Preset.GROWTH_FIRST) == [F.GROWTH, F.LEARNING]
    assert heaviest(Preset.INTEREST_FIRST) == [F.INTEREST, F.LEARNING]


def test_every_criterion_has_its_factor() -> None:
    assert FACTORS[0] is F.MONEY and len(FACTORS) == len(Criterion) + 1
    for criterion in Criterion:
        assert factor_for(criterion).value == criterion.value
    assert {factor_for(c) for c in Criterion} == set(FACTORS) - {F.MONEY}


@pytest.mark.parametrize(
    "make",
    [
        lambda: DecisionOffer(1, "x", -1, {}),
        lambda: DecisionOffer(1, "x", math.nan, {}),
        lambda: DecisionOffer(1, "x", 0, {C.TEAM: 0}),
        lambda: DecisionOffer(1, "x", 0, {C.TEAM: 6}),
    ],
)
def test_impossible_offers_are_refused(make: Callable[[], DecisionOffer]) -> None:
    with pytest.raises(ValueError):
        make()


def test_keys_must_be_unique() -> None:
    with pytest.raises(ValueError):
        decide([A, A], PRESETS[Preset.BALANCED])


# --- Brute force, in exact arithmetic -------------------------------------------------------


@dataclass(frozen=True)
class Exact:
    """The offers' scores as fractions: the winner at any weights, with no rounding at all."""

    keys: list[int]
    money: list[float]
    scores: list[list[Fraction]]

    @classmethod
    def of(cls, offers: list[DecisionOffer]) -> Exact:
        best = max(offer.money for offer in offers)
        scores = []
        for offer in offers:
            row = [Fraction(offer.money) / Fraction(best) if best else Fraction(0)]
            for criterion in Criterion:
                rating = offer.ratings.get(criterion)
                row.append(Fraction(1, 2) if rating is None else Fraction(rating - 1, 4))
            scores.append(row)
        return cls([o.key for o in offers], [o.money for o in offers], scores)

    def ranking(self, weights: list[Fraction]) -> list[int]:
        total = sum(weights, Fraction(0))
        totals = [
            sum((w * s for w, s in zip(weights, row, strict=True)), Fraction(0)) / total
            for row in self.scores
        ]
        order = sorted(
            range(len(self.keys)), key=lambda i: (-totals[i], -self.money[i], self.keys[i])
        )
        return [self.keys[i] for i in order]

    def winner(self, weights: list[Fraction]) -> int:
        return self.ranking(weights)[0]


def _weights_at(base: list[Fraction], index: int, value: Fraction) -> list[Fraction]:
    moved = list(base)
    moved[index] = value
    return moved


def _brute_force(
    exact: Exact, base: list[Fraction], index: int, direction: int
) -> tuple[Fraction, Fraction, int] | None:
    """Steps one weight by STEP towards the end of its range (the end itself included): the
    last weight where the winner was unchanged, the first where it changed, and the new one."""
    start = base[index]
    end = Fraction(int(MAX_WEIGHT)) if direction > 0 else Fraction(0)
    if direction < 0 and sum(base) == start:
        return None  # the only weight: it cannot reach 0
    leader = exact.winner(base)
    previous = start
    while previous != end:
        value = previous + direction * STEP
        value = min(value, end) if direction > 0 else max(value, end)
        winner = exact.winner(_weights_at(base, index, value))
        if winner != leader:
            return previous, value, winner
        previous = value
    return None


def _winner_at(offers: list[DecisionOffer], weights: Weights, factor: Factor, value: float) -> int:
    winner = decide(offers, weights.with_weight(factor, value)).winner
    assert winner is not None
    return winner.key


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[DecisionOffer], list[Fraction], Factor]:
    count = draw(st.integers(min_value=2, max_value=6))
    keys = draw(st.lists(st.integers(1, 99), min_size=count, max_size=count, unique=True))
    offers = [
        DecisionOffer(
            key=key,
            name=str(key),
            money=draw(st.integers(0, 30)) * 10_000,
            ratings=draw(st.dictionaries(st.sampled_from(list(Criterion)), st.integers(1, 5))),
        )
        for key in keys
    ]
    halves = st.integers(0, 2 * int(MAX_WEIGHT)).map(lambda n: Fraction(n, 2))
    weights = draw(st.lists(halves, min_size=len(FACTORS), max_size=len(FACTORS)).filter(any))
    return offers, weights, draw(st.sampled_from(FACTORS))


@PROPERTY
@given(case=cases())
def test_ranking_matches_exact_arithmetic(
    case: tuple[list[DecisionOffer], list[Fraction], Factor],
) -> None:
    offers, base, _ = case
    weights = Weights(dict(zip(FACTORS, map(float, base), strict=True)))
    decision = decide(offers, weights)
    assert [r.key for r in decision.ranking] == Exact.of(offers).ranking(base)


@PROPERTY
@given(case=cases())
def test_thresholds_match_brute_force(
    case: tuple[list[DecisionOffer], list[Fraction], Factor],
) -> None:
    offers, base, factor = case
    weights = Weights(dict(zip(FACTORS, map(float, base), strict=True)))
    decision: Decision = decide(offers, weights)
    assert decision.winner is not None
    leader = decision.winner.key
    entry = decision.sensitivity_of(factor)
    assert entry.sole_weight == (sum(base) == base[FACTORS.index(factor)])
    exact = Exact.of(offers)
    index = FACTORS.index(factor)
    for direction, shift in ((1, entry.raised), (-1, entry.lowered)):
        found = _brute_force(exact, base, index, direction)
        if found is None:
            assert shift is None, (direction, shift)
            continue
        assert shift is not None, (direction, found)
        before, after, _ = found
        low, high = sorted((before, after))
        assert float(low) - 1e-9 <= shift.weight <= float(high) + 1e-9
        if shift.at_end:
            assert shift.weight == float(after) and after in (0, MAX_WEIGHT)
            assert exact.winner(_weights_at(base, index, after)) == shift.leader
            continue
        # Just past the threshold the new leader is first; just before, still the old one.
        past = shift.weight + direction * NUDGE
        assert 0 <= past <= MAX_WEIGHT
        assert _winner_at(offers, weights, factor, past) == shift.leader != leader
        if direction * (shift.weight - weights[factor]) >= NUDGE:
            assert _winner_at(offers, weights, factor, shift.weight - direction * NUDGE) == leader
