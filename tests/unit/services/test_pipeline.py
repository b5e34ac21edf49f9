"""The user's pipeline: the built-in stages at first; stages of one's own, renamed, reordered
and hidden ones later, without any history changing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tracker.db.database import Database
from tracker.domain.enums import Stage
from tracker.domain.errors import ValidationError
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationCreate
from tracker.services.applications import ApplicationService
from tracker.services.pipeline import PipelineService, new_custom_stage


@pytest.fixture
def pipelines(database: Database) -> PipelineService:
    return PipelineService(database)


@pytest.fixture
def applications(database: Database) -> ApplicationService:
    return ApplicationService(database)


def test_a_new_file_has_the_built_in_pipeline(pipelines: PipelineService) -> None:
    current = pipelines.current()
    assert current.stage_keys() == [stage.value for stage in Stage]
    assert current == Pipeline.default()
    assert current.definition("applied").ghost_after_days == 21  # type: ignore[union-attr]


def test_own_stages_are_added_renamed_reordered_and_hidden(
    pipelines: PipelineService, applications: ApplicationService
) -> None:
    hr_call = new_custom_stage("HR 电话")
    pipeline = pipelines.current().with_stage(hr_call, index=2).renamed("screening", "简历筛选")
    assessment = pipeline.definition("assessment")
    assert assessment is not None
    pipeline = pipeline.with_stage(replace(assessment, hidden=True))
    saved = pipelines.save(pipeline)
    assert saved.stage_keys()[:4] == ["wishlist", "applied", hr_call.key, "screening"]
    assert saved.definition("screening").name == "简历筛选"  # type: ignore[union-attr]
    assert "assessment" not in [d.key for d in saved.visible()]
    created = applications.create(ApplicationCreate(company_name="快手", role_title="AI产品经理"))
    moved, _ = applications.change_state(created.id, hr_call.key)
    assert moved.stage == hr_call.key
    assert moved.history[-1].to_stage == hr_call.key
    assert saved.step("applied", 1) == hr_call.key


def test_stages_in_use_and_built_in_stages_stay(
    pipelines: PipelineService, applications: ApplicationService
) -> None:
    used, unused = new_custom_stage("HR 电话"), new_custom_stage("加面")
    pipelines.save(pipelines.current().with_stage(used).with_stage(unused))
    created = applications.create(ApplicationCreate(company_name="快手", role_title="AI产品经理"))
    applications.change_state(created.id, used.key)
    applications.change_state(created.id, Stage.INTERVIEWING)  # no longer there, but in history
    without_used = Pipeline(tuple(d for d in pipelines.current().stages if d.key != used.key))
    with pytest.raises(ValidationError):
        pipelines.save(without_used)
    without_built_in = Pipeline(tuple(d for d in pipelines.current().stages if d.key != "offer"))
    with pytest.raises(ValidationError):
        pipelines.save(without_built_in)
    without_unused = Pipeline(tuple(d for d in pipelines.current().stages if d.key != unused.key))
    assert unused.key not in pipelines.save(without_unused).stage_keys()


@pytest.mark.parametrize(
    "change",
    [
        lambda p: Pipeline(tuple(replace(d, hidden=True) for d in p.stages)),
        lambda p: p.renamed("applied", "面试中").renamed("interviewing", "面试中"),
        lambda p: p.with_stage(replace(p.stages[1], ghost_after_days=0)),
    ],
    ids=["all hidden", "two stages with one name", "zero days of silence"],
)
def test_impossible_pipelines_are_refused(pipelines: PipelineService, change) -> None:  # type: ignore[no-untyped-def]
    before = pipelines.current()
    with pytest.raises(ValidationError):
        pipelines.save(change(before))
    assert pipelines.current() == before


def test_a_move_to_an_unknown_stage_is_refused(applications: ApplicationService) -> None:
    created = applications.create(ApplicationCreate(company_name="快手", role_title="AI产品经理"))
    with pytest.raises(ValidationError):
        applications.change_state(created.id, "custom-nowhere")
    assert applications.get(created.id).stage is Stage.APPLIED


def test_an_empty_stage_name_is_refused() -> None:
    with pytest.raises(ValidationError):
        new_custom_stage("   ")
