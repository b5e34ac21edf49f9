"""Every released schema has a golden database (tests/fixtures/golden); each must open with
this version, reach the head revision, and keep every value it held."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.unit.db.helpers import raw
from tracker.db.integrity import check_file
from tracker.db.opening import open_database
from tracker.db.schema import SHIPPED
from tracker.domain.enums import Channel, DocumentKind, Outcome, Stage
from tracker.domain.reference import OriginField
from tracker.services.applications import ApplicationService
from tracker.services.documents import DocumentService
from tracker.services.pipeline import PipelineService
from tracker.services.reference import ReferenceService

GOLDEN = Path(__file__).parents[2] / "fixtures" / "golden"


@pytest.fixture(params=sorted(GOLDEN.glob("schema-*.db")), ids=lambda p: p.stem)
def golden(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    copy = tmp_path / "pivot.db"
    shutil.copy2(request.param, copy)
    return copy


def test_every_released_schema_has_a_golden_file() -> None:
    assert {p.stem for p in GOLDEN.glob("schema-*.db")} >= {
        f"schema-{revision}" for revision in SHIPPED.revisions
    }


def test_golden_databases_open_at_head_with_every_value(golden: Path) -> None:
    database = open_database(golden, golden.parent / "backups")
    connection = raw(golden)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
        SHIPPED.head,
    )
    service = ApplicationService(database)
    first = service.get(1)
    assert first.uuid == "6f0c2a52-1a0e-4a8e-9b1e-0c9f6f0e0101"
    assert (first.company_name, first.role_title) == ("字节跳动", "AI训练师（多模态）")
    assert first.fields.channel is Channel.REFERRAL and first.fields.referral_code == "NTA7K2"
    assert first.fields.salary_text == "25-50K·19薪"
    assert first.fields.tags == ("多模态", "转行友好")
    assert first.fields.applied_on == date(2026, 9, 3)
    assert first.stage is Stage.INTERVIEWING
    assert [e.note for e in first.history] == ["", "HR 电话沟通，约了一面"]
    assert first.history[1].occurred_at == datetime(2026, 9, 10, 3, tzinfo=UTC)
    assert first.notes[0].body == "面试官很看重标注规范的理解\n第二行"
    second = service.get(2)
    assert second.company_name == "ＡＢＣ 科技 🚀"
    assert second.role_title == 'Prompt工程师 "quoted" <b>'
    assert (second.outcome, second.archived) == (Outcome.GHOSTED, True)
    rows = {
        "interview_question": ("讲一下 RLHF 的完整流程", "SFT → 奖励模型 → PPO", '["RLHF"]'),
        "offer": (35000.0, 16.0, "alternating", 0.12),
        "contact": ("王经理", "wx_hr"),
    }
    assert (
        connection.execute("SELECT question, my_answer, tags FROM interview_question").fetchone()
        == rows["interview_question"]
    )
    assert (
        connection.execute(
            "SELECT monthly_base, months_per_year, work_schedule, housing_fund_rate FROM offer"
        ).fetchone()
        == rows["offer"]
    )
    assert connection.execute("SELECT name, wechat FROM contact").fetchone() == rows["contact"]
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert connection.execute("SELECT count(*) FROM search_question").fetchone() == (1,)
    connection.close()
    assert PipelineService(database).current().stage_keys()[:2] == ["wishlist", "applied"]
    # The "résumé sent" text of older files is a résumé version sent on the day of applying.
    documents = DocumentService(database)
    resume = [s for s in documents.sent_with(1) if s.kind is DocumentKind.RESUME]
    assert [(s.label, s.sent_on) for s in resume] == [("简历v3", date(2026, 9, 3))]
    assert documents.sent_with(2) == []
    database.close()
    assert check_file(golden).ok


def test_the_documents_of_schema_0012_survive_upgrades(tmp_path: Path) -> None:
    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0012.db", copy)
    database = open_database(copy, tmp_path / "backups")
    documents = DocumentService(database)
    portfolio = [s for s in documents.sent_with(1) if s.kind is DocumentKind.PORTFOLIO]
    assert [(s.title, s.label, s.sent_on, s.link) for s in portfolio] == [
        ("作品集", "在线作品集 v2", date(2026, 9, 4), "https://example.com/portfolio")
    ]
    (kept,) = [d for d in documents.rows() if d.kind is DocumentKind.PORTFOLIO]
    assert kept.notes == "标注案例 + Agent 原型" and kept.versions[0].notes == "加了标注案例"
    database.close()


def test_a_changed_pipeline_survives_upgrades(tmp_path: Path) -> None:
    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0002.db", copy)
    database = open_database(copy, tmp_path / "backups")
    pipeline = PipelineService(database).current()
    database.close()
    own = pipeline.definition("custom-0000golden01")
    assert own is not None and (own.name, own.ghost_after_days) == ("HR 电话", 7)
    assert pipeline.stage_keys()[2] == "custom-0000golden01"
    assert pipeline.definition("screening").name == "简历筛选"  # type: ignore[union-attr]
    assert pipeline.definition("assessment").hidden  # type: ignore[union-attr]


def test_the_users_own_stories_and_benchmarks_survive_upgrades(tmp_path: Path) -> None:
    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0003.db", copy)
    database = open_database(copy, tmp_path / "backups")
    reference = ReferenceService(database, folder=tmp_path)
    story = reference.story_draft(1)
    assert (story.title, story.origin_field, story.figure_months) == (
        "表姐从律所转去做法律大模型",
        OriginField.LAW,
        15,
    )
    assert story.lessons == ("先用 AI 解决自己行业的问题", "作品比证书有用")
    benchmark = reference.benchmark_draft(1)
    assert (benchmark.role, benchmark.low, benchmark.months_per_year) == (
        "多模态数据标注组长",
        18000,
        14,
    )
    database.close()


def test_an_import_batch_survives_upgrades_and_still_undoes(tmp_path: Path) -> None:
    from tracker.services.importing import ImportService

    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0004.db", copy)
    database = open_database(copy, tmp_path / "backups")
    applications = ApplicationService(database)
    assert applications.get(2).fields.city == "上海"
    assert applications.get(3).fields.applied_on == date(2026, 10, 8)
    imports = ImportService(database, PipelineService(database).current)
    assert imports.batch_ids(1).created == [3] and imports.batch_ids(1).merged == [2]
    imports.undo(1)
    assert applications.get(2).fields.city == ""
    assert applications.get(2).fields.job_url == ""
    database.close()


def test_a_question_in_the_trash_survives_upgrades_and_comes_back(tmp_path: Path) -> None:
    from tracker.services.interview_queries import InterviewQueries
    from tracker.services.trash import TrashService

    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0005.db", copy)
    database = open_database(copy, tmp_path / "backups")
    queries = InterviewQueries(database)
    assert queries.question_bank() == []
    trash = TrashService(database)
    (item,) = [item for item in trash.items() if item.kind == "question"]
    assert item.title == "讲一下 RLHF 的完整流程"
    assert item.deleted_at == datetime(2026, 11, 2, 8, tzinfo=UTC)
    trash.restore([item])
    assert [row.question for row in queries.question_bank()] == ["讲一下 RLHF 的完整流程"]
    database.close()


@pytest.mark.parametrize(("schema", "expected"), [
    ("0005", (None, "prorated", None)),
    ("0006", (7, "full", "1")),
])  # fmt: skip
def test_an_offers_start_and_tier_survive_upgrades_and_older_offers_take_the_defaults(
    tmp_path: Path, schema: str, expected: tuple[object, str, object]
) -> None:
    from tracker.domain.pay import BonusProration
    from tracker.services.offers import OfferService

    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / f"schema-{schema}.db", copy)
    database = open_database(copy, tmp_path / "backups")
    (offer,) = OfferService(database).list()
    draft = offer.draft
    assert (draft.start_month, draft.bonus_proration.value, draft.medical_tier) == expected
    assert isinstance(draft.bonus_proration, BonusProration)
    assert draft.monthly_base == 35000.0
    database.close()


def test_who_referred_the_user_survives_upgrades_and_is_found(tmp_path: Path) -> None:
    from tracker.services.search import SearchService

    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0007.db", copy)
    database = open_database(copy, tmp_path / "backups")
    assert ApplicationService(database).get(1).fields.referred_by == "李雷"
    hits = [hit for group in SearchService(database).search("李雷").groups for hit in group.hits]
    assert [hit.application_id for hit in hits] == [1]
    database.close()


def test_a_captured_posting_and_what_it_asks_survive_upgrades_and_are_found(
    tmp_path: Path,
) -> None:
    from tracker.domain.search_results import SearchKind
    from tracker.services.postings import PostingService
    from tracker.services.search import SearchService

    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0008.db", copy)
    database = open_database(copy, tmp_path / "backups")
    fields = ApplicationService(database).get(1).fields
    assert (fields.district, fields.experience_asked, fields.education_asked) == (
        "朝阳区",
        "1-3年",
        "本科",
    )
    (posting,) = PostingService(database).postings(1)
    assert posting.text.startswith("AI训练师\n15-25K·14薪") and posting.source == "boss"
    assert posting.link == "https://www.zhipin.com/job_detail/golden.html"
    found = SearchService(database).search("数据标注").group(SearchKind.POSTING)
    assert [hit.application_id for hit in found.hits] == [1]
    database.close()


def test_files_older_than_0008_gain_an_empty_posting_index(golden: Path) -> None:
    database = open_database(golden, golden.parent / "backups")
    connection = raw(golden)
    count = connection.execute("SELECT count(*) FROM search_posting").fetchone()[0]
    snapshots = connection.execute("SELECT count(*) FROM posting_snapshot").fetchone()[0]
    assert count == snapshots
    database.close()


def test_what_became_of_reminders_survives_upgrades(tmp_path: Path) -> None:
    from tests.fixtures.golden.make_schema_0009 import SHOWN, SNOOZED, SNOOZED_UNTIL
    from tracker.services.reminders import ReminderService

    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0009.db", copy)
    database = open_database(copy, tmp_path / "backups")
    state = ReminderService(database).state()
    assert set(state.shown) == {SHOWN}
    assert dict(state.snoozed) == {SNOOZED: SNOOZED_UNTIL}
    database.close()


def test_people_survive_upgrades_and_are_found(tmp_path: Path) -> None:
    from tests.fixtures.golden import make_schema_0010 as golden_0010
    from tracker.domain.enums import Relation
    from tracker.domain.search_results import SearchKind
    from tracker.services.people import PeopleService
    from tracker.services.search import SearchService

    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0010.db", copy)
    database = open_database(copy, tmp_path / "backups")
    people = PeopleService(database)
    (row,) = people.rows()
    draft = people.draft(row.id)
    assert (draft.name, draft.company, draft.how_met) == ("王经理", "字节跳动", golden_0010.HOW_MET)
    assert (draft.linkedin, draft.last_contact_on, draft.follow_up_on) == (
        golden_0010.LINKEDIN, golden_0010.LAST_CONTACT, golden_0010.FOLLOW_UP,
    )  # fmt: skip
    (link,) = people.links_of_contact(row.id)
    assert (link.application_id, link.relation) == (1, Relation.REFERRER)
    found = SearchService(database).search("沙龙").group(SearchKind.CONTACT)
    assert [hit.title for hit in found.hits] == ["王经理"]
    database.close()


def test_the_contact_of_every_golden_file_is_listed_and_found(golden: Path) -> None:
    from tracker.domain.search_results import SearchKind
    from tracker.services.people import PeopleService
    from tracker.services.search import SearchService

    database = open_database(golden, golden.parent / "backups")
    people = PeopleService(database)
    (row,) = people.rows()
    assert row.name == "王经理" and row.applications == 1
    found = SearchService(database).search("王经理").group(SearchKind.CONTACT)
    assert [hit.record_id for hit in found.hits] == [row.id]
    database.close()


def test_an_offers_negotiation_survives_upgrades(tmp_path: Path) -> None:
    from dataclasses import replace

    from tests.fixtures.golden.make_schema_0011 import ASK, COUNTER
    from tracker.services.negotiation import NegotiationService

    copy = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0011.db", copy)
    database = open_database(copy, tmp_path / "backups")
    steps = NegotiationService(database).steps(1)
    assert [replace(step, id=None) for step in steps] == [ASK, COUNTER]
    database.close()
