"""Logging, editing and moving applications through the service, one transaction each."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tracker.db.database import Database
from tracker.domain.enums import Channel, Outcome, RoleCategory, SalaryPeriod, Stage
from tracker.domain.errors import (
    FieldProblem,
    NotFoundError,
    StorageError,
    StorageProblem,
    ValidationError,
)
from tracker.domain.records import ApplicationCreate, ApplicationUpdate
from tracker.services.applications import ApplicationService, event_time_for
from tracker.services.queries import ApplicationQueries


@pytest.fixture
def service(database: Database) -> ApplicationService:
    return ApplicationService(database)


@pytest.fixture
def queries(database: Database) -> ApplicationQueries:
    return ApplicationQueries(database)


def _count(database: Database, table: str) -> int:
    return int(database.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_create_writes_the_application_and_its_first_stage_event(
    service: ApplicationService, database: Database
) -> None:
    created = service.create(
        ApplicationCreate(
            company_name=" 字节跳动 ",
            role_title="AI训练师（多模态）",
            role_category=RoleCategory.AI_TRAINER,
            channel=Channel.REFERRAL,
            referral_code="NTA7K2",
            salary_text="15-25K·14薪",
            tags=("多模态", "转行友好"),
        )
    )
    assert created.company_name == "字节跳动"
    assert created.stage is Stage.APPLIED and created.outcome is None
    [event] = created.history
    assert event.from_stage is None and event.to_stage is Stage.APPLIED
    assert created.fields.tags == ("多模态", "转行友好")
    assert _count(database, "job_application") == 1
    assert _count(database, "stage_event") == 1


def test_salary_is_stored_as_written_and_as_parsed(service: ApplicationService, database):
    created = service.create(
        ApplicationCreate(company_name="深度求索", role_title="研究员", salary_text="80-110K·14薪")
    )
    row = database.reader.execute(
        "SELECT salary_text, salary_min, salary_max, salary_period, salary_months, salary_issue"
        " FROM job_application WHERE id = ?",
        (created.id,),
    ).fetchone()
    assert row == ("80-110K·14薪", 80000.0, 110000.0, SalaryPeriod.MONTH.value, 14, None)


def test_negotiable_salary_keeps_its_text_and_why_it_has_no_figure(service, database):
    created = service.create(
        ApplicationCreate(company_name="MiniMax", role_title="AI产品经理", salary_text="面议")
    )
    row = database.reader.execute(
        "SELECT salary_text, salary_min, salary_issue FROM job_application WHERE id = ?",
        (created.id,),
    ).fetchone()
    assert row == ("面议", None, "negotiable")


def test_company_names_match_regardless_of_width_case_and_spacing(service, database) -> None:
    service.create(ApplicationCreate(company_name="ＡＢＣ 科技", role_title="数据分析师"))
    service.create(ApplicationCreate(company_name="abc  科技", role_title="Prompt工程师"))
    assert _count(database, "company") == 1


def test_an_old_application_date_dates_its_first_event(service: ApplicationService) -> None:
    created = service.create(
        ApplicationCreate(company_name="百度", role_title="AI产品经理", applied_on=date(2026, 3, 2))
    )
    assert created.history[0].occurred_at.date() == date(2026, 3, 2)
    assert created.stage_changed_at == created.history[0].occurred_at


def test_event_time_for_today_or_no_date_is_now() -> None:
    now = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    assert event_time_for(None, now) == now
    assert event_time_for(date(2026, 11, 25), now) == now
    assert event_time_for(date(2026, 11, 1), now) == datetime(2026, 11, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("company", "role", "problems"),
    [
        ("", "AI训练师", {"company_name": FieldProblem.REQUIRED}),
        ("美团", "   ", {"role_title": FieldProblem.REQUIRED}),
        ("x" * 201, "AI训练师", {"company_name": FieldProblem.TOO_LONG}),
    ],
)
def test_invalid_forms_are_refused_and_write_nothing(
    service: ApplicationService, database: Database, company: str, role: str, problems: dict
) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(ApplicationCreate(company_name=company, role_title=role))
    assert caught.value.problems == problems
    assert _count(database, "job_application") == 0
    assert _count(database, "company") == 0


def test_only_web_links_are_accepted(service: ApplicationService) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(
            ApplicationCreate(company_name="美团", role_title="x", job_url="javascript:alert(1)")
        )
    assert caught.value.problems == {"job_url": FieldProblem.INVALID}
    created = service.create(
        ApplicationCreate(company_name="美团", role_title="x", job_url="www.zhipin.com/job/1")
    )
    assert created.fields.job_url == "www.zhipin.com/job/1"


def test_update_changes_fields_and_company_but_not_the_stage(service, database) -> None:
    created = service.create(ApplicationCreate(company_name="百度", role_title="AI产品经理"))
    updated = service.update(
        created.id,
        ApplicationUpdate(
            company_name="百度智能云", role_title="AI产品经理（大模型）", city="北京"
        ),
    )
    assert updated.company_name == "百度智能云"
    assert updated.fields.city == "北京"
    assert updated.stage is Stage.APPLIED and len(updated.history) == 1


def test_moving_writes_one_event_and_undo_takes_it_back(service, database) -> None:
    created = service.create(ApplicationCreate(company_name="小红书", role_title="AIGC设计师"))
    moved, event_uuid = service.change_state(created.id, Stage.INTERVIEWING, note="约了一面")
    assert moved.stage is Stage.INTERVIEWING
    assert [e.to_stage for e in moved.history] == [Stage.APPLIED, Stage.INTERVIEWING]
    assert moved.history[-1].from_stage is Stage.APPLIED
    assert moved.history[-1].note == "约了一面"
    restored = service.undo_stage_event(event_uuid)
    assert restored.stage is Stage.APPLIED and len(restored.history) == 1
    assert restored.stage_changed_at == restored.history[0].occurred_at
    assert _count(database, "stage_event") == 1


def test_only_the_latest_move_can_be_taken_back(service: ApplicationService) -> None:
    created = service.create(ApplicationCreate(company_name="小红书", role_title="AIGC设计师"))
    _, first = service.change_state(created.id, Stage.SCREENING)
    service.change_state(created.id, Stage.INTERVIEWING)
    with pytest.raises(NotFoundError):
        service.undo_stage_event(first)


def test_closing_and_reopening_keep_the_stage(service: ApplicationService) -> None:
    created = service.create(ApplicationCreate(company_name="网易", role_title="Prompt工程师"))
    closed, _ = service.change_state(created.id, Stage.APPLIED, Outcome.GHOSTED)
    assert closed.outcome is Outcome.GHOSTED and closed.stage is Stage.APPLIED
    reopened, _ = service.change_state(created.id, Stage.SCREENING)
    assert reopened.outcome is None
    assert [(e.to_stage, e.to_outcome) for e in reopened.history] == [
        (Stage.APPLIED, None),
        (Stage.APPLIED, Outcome.GHOSTED),
        (Stage.SCREENING, None),
    ]


def test_archive_and_trash_are_reversible(service, queries: ApplicationQueries) -> None:
    first = service.create(ApplicationCreate(company_name="京东", role_title="算法工程师"))
    second = service.create(ApplicationCreate(company_name="拼多多", role_title="数据分析师"))
    service.set_archived([first.id, second.id], True)
    assert all(row.archived for row in queries.rows())
    service.delete([first.id])
    assert [row.id for row in queries.rows()] == [second.id]
    with pytest.raises(NotFoundError):
        service.get(first.id)
    service.restore([first.id])
    assert {row.id for row in queries.rows()} == {first.id, second.id}


def test_deleting_several_is_all_or_nothing(service, queries: ApplicationQueries) -> None:
    kept = service.create(ApplicationCreate(company_name="京东", role_title="算法工程师"))
    with pytest.raises(NotFoundError):
        service.delete([kept.id, 9999])
    assert [row.id for row in queries.rows()] == [kept.id]


def test_notes_are_added_newest_first_and_can_be_deleted_and_restored(service) -> None:
    created = service.create(ApplicationCreate(company_name="蚂蚁集团", role_title="AI产品经理"))
    first = service.add_note(created.id, "投递后 HR 当天回复")
    second = service.add_note(created.id, "Send portfolio link")
    assert [n.body for n in service.get(created.id).notes] == [second.body, first.body]
    service.delete_note(first.id)
    assert [n.id for n in service.get(created.id).notes] == [second.id]
    service.restore_note(first.id)
    assert len(service.get(created.id).notes) == 2
    with pytest.raises(ValidationError):
        service.add_note(created.id, "   ")


def test_duplicates_are_found_by_company_and_role(service, queries: ApplicationQueries) -> None:
    created = service.create(ApplicationCreate(company_name="字节跳动", role_title="AI训练师"))
    assert queries.duplicates("字节跳动", " ai训练师 ") == [created.id]
    assert queries.duplicates("字节跳动", "AI训练师", exclude_id=created.id) == []
    assert queries.duplicates("腾讯", "AI训练师") == []


def test_listing_rows_carry_every_column(service, queries: ApplicationQueries) -> None:
    created = service.create(
        ApplicationCreate(
            company_name="商汤科技",
            role_title="计算机视觉算法工程师",
            role_category=RoleCategory.ALGORITHM,
            city="上海",
            channel=Channel.BOSS,
            salary_text="25-50K·19薪",
            applied_on=date(2026, 11, 20),
            next_action="准备二面",
            next_action_due=date(2026, 11, 28),
            tags=("CV",),
        )
    )
    [row] = queries.rows()
    assert (row.id, row.uuid, row.company_name, row.role_title) == (
        created.id,
        created.uuid,
        "商汤科技",
        "计算机视觉算法工程师",
    )
    assert (row.role_category, row.city, row.channel) == (
        RoleCategory.ALGORITHM,
        "上海",
        Channel.BOSS,
    )
    assert (row.stage, row.outcome, row.applied_on) == (Stage.APPLIED, None, date(2026, 11, 20))
    assert (row.salary_min, row.salary_max, row.salary_period, row.salary_months) == (
        25000.0,
        50000.0,
        SalaryPeriod.MONTH,
        19,
    )
    assert (row.next_action, row.next_action_due, row.tags) == (
        "准备二面",
        date(2026, 11, 28),
        ("CV",),
    )
    assert row.stage_changed_at == created.stage_changed_at
    assert queries.company_names() == ["商汤科技"]


def test_read_only_file_refuses_writes_and_keeps_data(database: Database, data_dir: Path):
    service = ApplicationService(database)
    service.create(ApplicationCreate(company_name="华为", role_title="AI解决方案架构师"))
    database.close()
    read_only = Database(data_dir / "pivot.db", read_only=True)
    with pytest.raises(StorageError) as caught:
        ApplicationService(read_only).create(ApplicationCreate(company_name="x", role_title="y"))
    assert caught.value.problem is StorageProblem.READ_ONLY
    assert [row.company_name for row in ApplicationQueries(read_only).rows()] == ["华为"]
    read_only.close()


def test_correcting_the_application_date_moves_the_first_event(service) -> None:
    created = service.create(
        ApplicationCreate(
            company_name="米哈游", role_title="AIGC设计师", applied_on=date(2026, 11, 20)
        )
    )
    updated = service.update(
        created.id,
        ApplicationUpdate(
            company_name="米哈游", role_title="AIGC设计师", applied_on=date(2026, 10, 1)
        ),
    )
    assert updated.history[0].occurred_at.date() == date(2026, 10, 1)
    assert updated.stage_changed_at == updated.history[0].occurred_at


def test_a_date_after_the_next_move_leaves_the_history_alone(service) -> None:
    created = service.create(
        ApplicationCreate(
            company_name="米哈游", role_title="AIGC设计师", applied_on=date(2026, 10, 1)
        )
    )
    moved, _ = service.change_state(
        created.id, Stage.SCREENING, now=datetime(2026, 10, 5, 9, tzinfo=UTC)
    )
    updated = service.update(
        created.id,
        ApplicationUpdate(
            company_name="米哈游", role_title="AIGC设计师", applied_on=date(2026, 10, 9)
        ),
    )
    assert [e.occurred_at for e in updated.history] == [e.occurred_at for e in moved.history]


def test_a_corrected_spelling_of_a_company_is_kept(service, queries) -> None:
    created = service.create(ApplicationCreate(company_name="bytedance", role_title="AI训练师"))
    service.update(created.id, ApplicationUpdate(company_name="ByteDance", role_title="AI训练师"))
    assert service.get(created.id).company_name == "ByteDance"
    assert queries.company_names() == ["ByteDance"]


def test_the_company_picker_offers_companies_in_use(service, queries) -> None:
    created = service.create(ApplicationCreate(company_name="百川智能", role_title="AI产品经理"))
    service.update(created.id, ApplicationUpdate(company_name="零一万物", role_title="AI产品经理"))
    assert queries.company_names() == ["零一万物"]
