"""Shenzhen's medical insurance has tiers with their own rates and bounds: one person is in one
tier, the default (二档, the usual for people without Shenzhen hukou) said in the output, the
other chosen by name; figures no source gives are named as assumptions."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from tracker.domain.pay import (
    Confidence,
    NoticeCode,
    PayInput,
    PayInputCode,
    PayInputError,
    PayRules,
    cents,
    compute_year,
)
from tracker.services.pay_rules import load_rule_book

D = Decimal


@cache
def rules(city: str, year: int = 2026) -> PayRules:
    return load_rule_book().rules_for(year, city)


def test_every_tier_is_a_whole_line_and_the_default_is_the_medical_line() -> None:
    for region in load_rule_book().cities:
        for period in region.periods:
            if not period.medical_tiers:
                continue
            keys = [tier.key for tier in period.medical_tiers]
            assert period.default_medical_tier in keys
            assert period.medical == period.medical_for(period.default_medical_tier)
            for tier in period.medical_tiers:
                assert tier.name_zh and tier.name_en and tier.item.provenance.sources
    shenzhen = rules("shenzhen").period(1)
    assert {t.key: t.item.rate for t in shenzhen.medical_tiers} == {"1": D("0.02"), "2": D("0.005")}


def test_the_default_tier_is_used_and_named() -> None:
    shenzhen = rules("shenzhen")
    result = compute_year(PayInput(D(20_000)), shenzhen)
    tier = shenzhen.period(1).medical_for("2")
    assert result.months[0].contributions.medical == cents(D(20_000) * tier.rate)
    (named,) = [n for n in result.notices if n.code is NoticeCode.MEDICAL_TIER]
    assert named.text == "2" and named.by_default and named.upper == D("0.005")
    assert "二档" in named.names[0]


def test_the_other_tier_is_chosen_by_its_key() -> None:
    shenzhen = rules("shenzhen")
    result = compute_year(PayInput(D(20_000), medical_tier="1"), shenzhen)
    assert result.months[0].contributions.medical == cents(D(20_000) * D("0.02"))
    (named,) = [n for n in result.notices if n.code is NoticeCode.MEDICAL_TIER]
    assert named.text == "1" and not named.by_default


def test_an_unknown_tier_or_a_tier_in_a_city_without_tiers_is_refused() -> None:
    with pytest.raises(PayInputError) as refused:
        compute_year(PayInput(D(20_000), medical_tier="3"), rules("shenzhen"))
    assert refused.value.code is PayInputCode.OUT_OF_RANGE and refused.value.allowed == ("1", "2")
    with pytest.raises(PayInputError) as refused:
        compute_year(PayInput(D(20_000), medical_tier="1"), rules("beijing"))
    assert refused.value.field == "medical_tier" and refused.value.allowed == ()
    assert not [
        n
        for n in compute_year(PayInput(D(20_000)), rules("beijing")).notices
        if n.code is NoticeCode.MEDICAL_TIER
    ]


def test_figures_no_source_gives_are_named_as_assumptions() -> None:
    result = compute_year(PayInput(D(40_000)), rules("shenzhen"))
    (assumed,) = [n for n in result.notices if n.code is NoticeCode.ASSUMED_FIGURES]
    assert assumed.names == ("medical", "unemployment")
    period = rules("shenzhen").period(1)
    assert period.medical.provenance.confidence is Confidence.ASSUMED
    assert period.confidence is Confidence.ASSUMED
    official = compute_year(PayInput(D(40_000)), rules("shanghai", 2025))
    assert NoticeCode.ASSUMED_FIGURES not in {n.code for n in official.notices}


def test_an_offer_keeps_its_value_when_its_tier_is_not_its_city_s() -> None:
    from tracker.domain.offer_value import value_offer
    from tracker.domain.offers import OfferDraft

    moved = OfferDraft(1, monthly_base=30_000, city="北京", medical_tier="1")
    plain = OfferDraft(1, monthly_base=30_000, city="北京")
    assert value_offer(moved, rules("beijing")) == value_offer(plain, rules("beijing"))
    shenzhen = OfferDraft(1, monthly_base=30_000, city="深圳", medical_tier="1")
    default = OfferDraft(1, monthly_base=30_000, city="深圳")
    tier_one = value_offer(shenzhen, rules("shenzhen"))
    assert tier_one.social_insurance > value_offer(default, rules("shenzhen")).social_insurance
