"""A company as a record: what the user keeps about it, refused when it is not a web link or
too long, found by the search, and the user's whole history there."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tracker.domain.enums import Outcome, Stage
from tracker.domain.errors import ValidationError
from tracker.domain.records import ApplicationCreate
from tracker.domain.search_results import SearchKind
from tracker.services.container import Services


def test_what_the_user_keeps_about_a_company_is_saved_found_and_given_back_for_undo(
    services: Services,
) -> None:
    services.applications.create(ApplicationCreate(company_name="智谱AI", role_title="AI训练师"))
    companies = services.companies
    company = companies.named("智谱ai")  # case and width aside
    kept = replace(
        company, website="https://www.zhipuai.cn", industry="大模型", size="1000-9999人",
        funding_stage="D轮", notes="清华系，面试重视项目",
    )  # fmt: skip
    before = companies.save(kept)
    assert before == company and companies.named("智谱AI") == kept
    hits = services.search.search("清华系").group(SearchKind.COMPANY).hits
    assert [hit.title for hit in hits] == ["智谱AI"]
    companies.save(before)
    assert companies.named("智谱AI") == company


@pytest.mark.parametrize(
    ("change", "field"),
    [({"website": "javascript:alert(1)"}, "website"), ({"industry": "x" * 201}, "industry")],
)
def test_a_company_form_that_breaks_the_rules_is_refused(
    services: Services, change: dict[str, str], field: str
) -> None:
    services.applications.create(ApplicationCreate(company_name="智谱AI", role_title="AI训练师"))
    company = services.companies.named("智谱AI")
    with pytest.raises(ValidationError) as refused:
        services.companies.save(replace(company, **change))  # type: ignore[arg-type]
    assert field in refused.value.problems
    assert services.companies.named("智谱AI") == company


def test_the_history_holds_every_application_there_archived_and_closed_ones_too(
    services: Services,
) -> None:
    apps = services.applications
    first = apps.create(ApplicationCreate(company_name="百度", role_title="AI训练师"))
    second = apps.create(ApplicationCreate(company_name="百度", role_title="Prompt工程师"))
    apps.change_state(second.id, Stage.SCREENING, Outcome.REJECTED)
    apps.set_archived([second.id], True)
    gone = apps.create(ApplicationCreate(company_name="百度", role_title="删掉的"))
    apps.delete([gone.id])
    apps.create(ApplicationCreate(company_name="快手", role_title="AI训练师"))
    company = services.companies.named("百度")
    history = services.companies.history(company.id)
    assert {row.id for row in history} == {first.id, second.id}
    (closed,) = [row for row in history if row.id == second.id]
    assert (closed.outcome, closed.archived) == (Outcome.REJECTED, True)
