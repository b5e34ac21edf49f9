"""Offers: saved with every field, read back, trashed and restored; valued in yuan a year under
the city's rules, with the figures derived by hand below."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tracker.domain.enums import ContributionBase, OfferStatus, WorkSchedule
from tracker.domain.errors import FieldProblem, NotFoundError, ValidationError
from tracker.domain.offer_rules import read_letter_pay
from tracker.domain.offer_value import Scenario
from tracker.domain.offers import Criterion, OfferDraft
from tracker.domain.records import ApplicationCreate
from tracker.services.container import Services
from tracker.services.offer_values import OfferValues


@pytest.fixture
def application_id(services: Services) -> int:
    created = services.applications.create(
        ApplicationCreate(company_name="月之暗面", role_title="AI产品经理")
    )
    return created.id


def hangzhou(application_id: int, **changes: object) -> OfferDraft:
    draft = OfferDraft(
        application_id,
        salary_text="17.5K×14",
        monthly_base=17_500,
        months_per_year=14,
        city="杭州",
        received_on=date(2026, 11, 20),
        reply_deadline=date(2026, 11, 30),
        work_schedule=WorkSchedule.ALTERNATING,
        commute_minutes=60,
        hukou_support=True,
        notes="HR 说可以谈签字费",
        ratings={Criterion.INTEREST: 5, Criterion.LEARNING: 4},
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def test_an_offer_keeps_every_field_and_its_names(services: Services, application_id: int) -> None:
    saved = services.offers.save(hangzhou(application_id, equity_value=200_000.0))
    assert saved.title == "月之暗面 · AI产品经理"
    assert saved.draft == replace(hangzhou(application_id, equity_value=200_000.0), id=saved.id)
    assert [offer.id for offer in services.offers.list()] == [saved.id]
    changed = services.offers.save(replace(saved.draft, status=OfferStatus.NEGOTIATING))
    assert services.offers.get(saved.id).draft.status is OfferStatus.NEGOTIATING
    assert changed.id == saved.id


def test_the_offers_list_reads_each_offer_as_saved(services: Services, application_id: int) -> None:
    """The list reads plain rows, the form a record: both give the offer as it was saved
    (dates as dates, flags as booleans, ratings, the company and role)."""
    saved = services.offers.save(
        hangzhou(application_id, outsourced=True, non_compete=False, bonus_months=2.5,
                 probation_months=3, medical_tier="二档", status=OfferStatus.NEGOTIATING)
    )  # fmt: skip
    (listed,) = services.offers.list()
    assert listed == services.offers.get(saved.id) == saved
    assert listed.draft.reply_deadline == date(2026, 11, 30)
    assert listed.draft.outsourced is True and listed.draft.hukou_support is True


def test_a_bad_offer_is_refused_whole(services: Services, application_id: int) -> None:
    bad = hangzhou(
        application_id,
        monthly_base=None,
        salary_text="面议",
        months_per_year=40,
        housing_fund_rate=0.2,
        reply_deadline=date(2026, 11, 1),
        ratings={Criterion.TEAM: 9},
    )
    with pytest.raises(ValidationError) as refused:
        services.offers.save(bad)
    assert refused.value.problems == {
        "monthly_base": FieldProblem.REQUIRED,
        "months_per_year": FieldProblem.OUT_OF_RANGE,
        "housing_fund_rate": FieldProblem.OUT_OF_RANGE,
        "reply_deadline": FieldProblem.OUT_OF_RANGE,
        "ratings": FieldProblem.OUT_OF_RANGE,
    }
    assert services.offers.list() == []


def test_trash_and_back(services: Services, application_id: int) -> None:
    saved = services.offers.save(hangzhou(application_id))
    services.offers.set_deleted(saved.id, True)
    assert services.offers.list() == []
    with pytest.raises(NotFoundError):
        services.offers.get(saved.id)
    services.offers.set_deleted(saved.id, False)
    assert services.offers.get(saved.id).id == saved.id


def test_salary_as_people_write_it() -> None:
    assert read_letter_pay("25K×16").monthly_base == 25_000
    assert read_letter_pay("25K×16").months_per_year == 16
    assert read_letter_pay("年包40w").monthly_base == pytest.approx(400_000 / 12)
    intern = read_letter_pay("500元/天")
    assert (intern.monthly_base, intern.rate) == (None, 500)


def test_hangzhou_17_5k_times_14(services: Services, application_id: int) -> None:
    """Derivation (2026 rules, 杭州, bases inside the city's bounds):
    social insurance 8 % + 2 % + 0.5 % of 17,500 = 1,837.50 a month → 22,050 a year;
    housing fund 12 % (杭州's usual) = 2,100 a month → 25,200 a year, as much again from the
    employer. Wages 210,000 − 60,000 − 22,050 − 25,200 = 102,750 taxable → 10 % − 2,520 = 7,755.
    The 14th-month bonus 35,000 taxed separately: 35,000 / 12 = 2,916.67 → 3 % → 1,050 (merged
    it would cost more). Tax 8,805; take-home 245,000 − 22,050 − 25,200 − 8,805 = 188,945."""
    offer = services.offers.save(hangzhou(application_id))
    valued = services.offer_values.value(offer)
    value = valued.value
    assert value is not None and valued.city_known
    assert (value.gross, value.social_insurance, value.housing_fund) == (245_000, 22_050, 25_200)
    assert (value.tax, value.take_home) == (8_805, 188_945)
    assert value.cash_plus_housing_fund == 188_945 + 2 * 25_200
    assert value.rule_year <= services.offer_values.year  # the latest rules known
    half = services.offer_values.value(offer, Scenario(bonus_share=0.5)).value
    assert half is not None and half.bonus == 17_500 and half.take_home < value.take_home


def test_an_internship_by_the_day_is_labour_remuneration(
    services: Services, application_id: int
) -> None:
    """500 a day, five days a week: 500 × 5 × 52.2 / 12 = 10,875 a month, 130,500 a year; no
    social insurance or housing fund; the annual settlement taxes 130,500 × 80 % = 104,400 less
    60,000 = 44,400 → 10 % − 2,520 = 1,920."""
    offer = services.offers.save(OfferDraft(application_id, salary_text="500元/天", city="北京"))
    value = services.offer_values.value(offer).value
    assert value is not None and value.internship
    assert (value.gross, value.social_insurance, value.tax) == (130_500, 0, 1_920)
    assert value.take_home == 128_580


def test_a_city_without_rules_uses_the_national_ones_and_says_so(
    services: Services, application_id: int
) -> None:
    offer = services.offers.save(hangzhou(application_id, city="合肥"))
    valued = services.offer_values.value(offer)
    assert not valued.city_known and valued.value is not None
    assert "National" in valued.region_name or "全国" in valued.region_name


def test_the_users_own_rules_add_a_city(
    tmp_path: Path, services: Services, application_id: int
) -> None:
    shipped = json.loads(
        (Path(__file__).parents[3] / "resources" / "pay_rules" / "hangzhou.json").read_text()
    )
    shipped["regions"][0]["key"] = "hefei"
    shipped["regions"][0]["name_zh"] = "合肥"
    shipped["regions"][0]["name_en"] = "Hefei"
    shipped["regions"][0]["aliases"] = []
    for period in shipped.get("periods", []):
        period["region"] = "hefei"
    (tmp_path / "pay_rules.json").write_text(json.dumps(shipped, ensure_ascii=False))
    values = OfferValues(tmp_path)
    offer = services.offers.save(hangzhou(application_id, city="合肥"))
    valued = values.value(offer)
    assert valued.city_known and valued.region_name == "合肥 Hefei"
    assert valued.value is not None and valued.value.take_home == 188_945


def test_contribution_policy_changes_the_money(services: Services, application_id: int) -> None:
    full = services.offer_values.value(services.offers.save(hangzhou(application_id))).value
    lowest = services.offer_values.value(
        services.offers.save(hangzhou(application_id, contribution_base=ContributionBase.MINIMUM))
    ).value
    assert full is not None and lowest is not None
    assert lowest.social_insurance < full.social_insurance
    assert lowest.take_home > full.take_home  # more cash now, less in the funds
