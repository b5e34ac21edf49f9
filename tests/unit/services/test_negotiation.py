"""An offer's negotiation: steps kept in order, refused when they say nothing or something
impossible, valued on their own terms, and kept by the trash with their offer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tracker.domain.enums import NegotiationSide, Stage
from tracker.domain.errors import ValidationError
from tracker.domain.negotiation import StepDraft, on_terms
from tracker.domain.offers import OfferDraft
from tracker.domain.records import ApplicationCreate
from tracker.services.container import Services
from tracker.services.offer_values import OfferValues


def _offer(services: Services) -> int:
    application = services.applications.create(
        ApplicationCreate(company_name="字节跳动", role_title="AI产品经理", stage=Stage.OFFER)
    )
    return services.offers.save(
        OfferDraft(application.id, salary_text="30K×15", monthly_base=30_000,
                   months_per_year=15, city="北京")
    ).id  # fmt: skip


def test_steps_come_back_by_day_then_as_entered_and_edits_keep_their_place(
    services: Services,
) -> None:
    offer = _offer(services)
    steps = services.negotiation
    late = steps.save(StepDraft(offer, NegotiationSide.COUNTER, date(2026, 12, 3), note="HR"))
    undated = steps.save(StepDraft(offer, note="想法：要 16 薪"))
    early = steps.save(StepDraft(offer, NegotiationSide.ASK, date(2026, 12, 1), "35K×16",
                                 35_000.0, 16.0))  # fmt: skip
    assert [s.id for s in steps.steps(offer)] == [early, late, undated]
    first = steps.steps(offer)[0]
    steps.save(replace(first, sign_on_bonus=20_000.0))
    assert steps.steps(offer)[0] == replace(first, sign_on_bonus=20_000.0)


@pytest.mark.parametrize(
    ("step", "field"),
    [
        (StepDraft(1), "monthly_base"),  # says nothing at all
        (StepDraft(1, months_per_year=40.0), "months_per_year"),
        (StepDraft(1, monthly_base=-5.0), "monthly_base"),
        (StepDraft(1, sign_on_bonus=2e9), "sign_on_bonus"),
    ],
)
def test_a_step_that_says_nothing_or_the_impossible_is_refused(
    services: Services, step: StepDraft, field: str
) -> None:
    offer = _offer(services)
    with pytest.raises(ValidationError) as refused:
        services.negotiation.save(replace(step, offer_id=offer))
    assert field in refused.value.problems
    assert services.negotiation.steps(offer) == []


def test_sixteen_months_and_a_thousand_more_a_month_are_compared_in_take_home(
    services: Services,
) -> None:
    offer = services.offers.get(_offer(services))
    values = OfferValues(None, year=2026)
    stated = values.value(offer).value
    months = values.value(replace(offer, draft=on_terms(offer.draft, StepDraft(
        offer.id, months_per_year=16.0))))  # fmt: skip
    more = values.value(replace(offer, draft=on_terms(offer.draft, StepDraft(
        offer.id, monthly_base=31_000.0))))  # fmt: skip
    assert stated is not None and months.value is not None and more.value is not None
    sixteenth = months.value.take_home - stated.take_home
    thousand = more.value.take_home - stated.take_home
    # A 16th month (30K, taxed as a year-end bonus) against 15 × 1K more, each after tax and
    # contributions: both gain, neither by its gross.
    assert 0 < sixteenth < 30_000 and 0 < thousand < 15_000
    assert on_terms(offer.draft, StepDraft(offer.id, note="只是聊了聊")) == offer.draft


def test_a_step_in_the_trash_comes_back_and_goes_with_its_offer(services: Services) -> None:
    offer = _offer(services)
    steps = services.negotiation
    step = steps.save(StepDraft(offer, salary_text="35K×16", monthly_base=35_000.0))
    steps.set_deleted(step, True)
    assert steps.steps(offer) == []
    (item,) = [item for item in services.trash.items() if item.kind == "negotiation"]
    assert (item.title, item.detail) == ("35K×16", "字节跳动 · AI产品经理")
    services.trash.restore([item])
    assert [s.id for s in steps.steps(offer)] == [step]
    services.offers.set_deleted(offer, True)  # the offer's step is not listed on its own
    assert [item.kind for item in services.trash.items()] == ["offer"]
    services.trash.empty()
    reader = services.database.reader
    assert reader.execute("SELECT count(*) FROM negotiation_step").fetchone()[0] == 0
