"""Interview rounds and their questions: saved whole, edited in place, found in the bank."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.db.database import Database
from tracker.domain.enums import AnswerRating, InterviewKind, InterviewStatus, RoleCategory
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.interviews import QuestionDraft, RoundDraft
from tracker.domain.records import ApplicationCreate
from tracker.services.applications import ApplicationService
from tracker.services.interview_queries import InterviewQueries
from tracker.services.interviews import InterviewService

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def interviews(database: Database) -> InterviewService:
    return InterviewService(database)


@pytest.fixture
def queries(database: Database) -> InterviewQueries:
    return InterviewQueries(database)


@pytest.fixture
def application_id(database: Database) -> int:
    created = ApplicationService(database).create(
        ApplicationCreate(
            company_name="字节跳动",
            role_title="AI训练师（多模态）",
            role_category=RoleCategory.AI_TRAINER,
        )
    )
    return created.id


def first_round(application_id: int, **changes: object) -> RoundDraft:
    values: dict[str, object] = {
        "application_id": application_id,
        "round_name": "一面",
        "kind": InterviewKind.VIDEO,
        "scheduled_at": datetime(2026, 11, 28, 14, 0, tzinfo=SHANGHAI),
        "duration_minutes": 45,
        "meeting_link": "https://meeting.example.com/abc",
        "interviewers": "算法负责人",
        "prep_notes": "复习 RLHF 流程",
        "questions": (
            QuestionDraft(
                "讲一下 RLHF 的完整流程", "SFT → 奖励模型 → PPO", ("RLHF",), AnswerRating.GOOD
            ),
            QuestionDraft("如何评估一条标注数据的质量？", tags=("数据质量",)),
        ),
    }
    values.update(changes)
    return RoundDraft(**values)  # type: ignore[arg-type]


def test_a_round_is_saved_with_its_questions(interviews: InterviewService, application_id: int):
    saved = interviews.save_round(first_round(application_id))
    [read] = interviews.rounds_of(application_id)
    assert read.id == saved.id
    assert read.draft.scheduled_at == datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
    assert read.draft.time_zone == "Asia/Shanghai"
    assert [q.question for q in read.draft.questions] == [
        "讲一下 RLHF 的完整流程",
        "如何评估一条标注数据的质量？",
    ]
    assert read.draft.questions[0].rating is AnswerRating.GOOD
    assert read.draft.questions[0].tags == ("RLHF",)


def test_editing_keeps_questions_in_place_adds_and_removes(
    interviews: InterviewService, database: Database, application_id: int
) -> None:
    saved = interviews.save_round(first_round(application_id))
    kept, removed = saved.draft.questions
    edited = QuestionDraft(kept.question, "SFT、RM、PPO 三步", kept.tags, kept.rating, kept.id)
    added = QuestionDraft("为什么从设计转 AI 训练师？", tags=("行为面",))
    again = interviews.save_round(
        first_round(application_id, id=saved.id, questions=(added, edited), reflection="聊得不错")
    )
    assert [q.question for q in again.draft.questions] == [added.question, kept.question]
    assert again.draft.questions[1].id == kept.id
    assert again.draft.questions[1].my_answer == "SFT、RM、PPO 三步"
    assert again.draft.reflection == "聊得不错"
    (count,) = database.reader.execute("SELECT count(*) FROM interview_question").fetchone()
    assert count == 2 and removed.id not in {q.id for q in again.draft.questions}


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"round_name": "  "}, {"round_name": FieldProblem.REQUIRED}),
        ({"time_zone": "Mars/Olympus"}, {"time_zone": FieldProblem.INVALID}),
        ({"duration_minutes": 0}, {"duration_minutes": FieldProblem.OUT_OF_RANGE}),
        ({"meeting_link": "javascript:alert(1)"}, {"meeting_link": FieldProblem.INVALID}),
        ({"scheduled_at": datetime(2026, 11, 28, 14)}, {"scheduled_at": FieldProblem.INVALID}),
        ({"questions": (QuestionDraft("   "),)}, {"questions": FieldProblem.REQUIRED}),
    ],
)
def test_bad_rounds_are_refused_and_nothing_is_written(
    interviews: InterviewService, application_id: int, change: dict, problem: dict
) -> None:
    with pytest.raises(ValidationError) as caught:
        interviews.save_round(first_round(application_id, **change))
    assert caught.value.problems == problem
    assert interviews.rounds_of(application_id) == []


def test_the_question_bank_lists_every_question_with_its_context(
    interviews: InterviewService, queries: InterviewQueries, application_id: int
) -> None:
    interviews.save_round(first_round(application_id))
    rows = queries.question_bank()
    assert [(r.question, r.company_name, r.round_name) for r in rows] == [
        ("讲一下 RLHF 的完整流程", "字节跳动", "一面"),
        ("如何评估一条标注数据的质量？", "字节跳动", "一面"),
    ]
    assert rows[0].role_category is RoleCategory.AI_TRAINER
    assert rows[0].asked_on is not None and rows[0].asked_on.isoformat() == "2026-11-28"


def test_rounds_in_the_trash_leave_the_bank_and_the_agenda(
    interviews: InterviewService, queries: InterviewQueries, application_id: int
) -> None:
    soon = datetime.now(UTC) + timedelta(days=1)
    saved = interviews.save_round(first_round(application_id, scheduled_at=soon))
    window = (datetime.now(UTC), datetime.now(UTC) + timedelta(days=7))
    assert [r.id for r in queries.upcoming(*window)] == [saved.id]
    interviews.set_round_deleted(saved.id, True)
    assert queries.question_bank() == [] and queries.upcoming(*window) == []
    interviews.set_round_deleted(saved.id, False)
    assert len(queries.question_bank()) == 2


def test_a_question_in_the_trash_leaves_the_bank_the_round_search_and_export(
    database: Database,
    interviews: InterviewService,
    queries: InterviewQueries,
    application_id: int,
) -> None:
    from tracker.db.json_export_rows import document_of
    from tracker.domain.search_results import SearchKind
    from tracker.services.search import SearchService
    from tracker.services.trash import TrashService

    saved = interviews.save_round(first_round(application_id))
    first = next(row for row in queries.question_bank() if "RLHF" in row.question)
    trash = TrashService(database)
    trash.put("question", [first.id])
    assert [row.question for row in queries.question_bank()] == ["如何评估一条标注数据的质量？"]
    assert [q.question for q in interviews.get_round(saved.id).draft.questions] == [
        "如何评估一条标注数据的质量？"
    ]
    search = SearchService(database)
    assert search.search("RLHF").hits(SearchKind.QUESTION) == ()
    # Saving the round again (its form never showed the trashed question) leaves it be.
    interviews.save_round(interviews.get_round(saved.id).draft)
    (item,) = [item for item in trash.items() if item.kind == "question"]
    assert (item.title, item.detail) == (
        "讲一下 RLHF 的完整流程",
        "字节跳动 · AI训练师（多模态） · 一面",
    )
    with database.read_session() as session:
        exported = str(document_of(session, datetime.now(UTC)))
    assert "完整流程" not in exported and "如何评估" in exported
    trash.take_out("question", [first.id])
    assert len(queries.question_bank()) == 2
    assert len(search.search("RLHF").hits(SearchKind.QUESTION)) == 1
    trash.put("question", [first.id])
    assert trash.empty() == 1
    assert [row.question for row in queries.question_bank()] == ["如何评估一条标注数据的质量？"]


def test_only_scheduled_rounds_in_the_window_are_upcoming(
    interviews: InterviewService, queries: InterviewQueries, application_id: int
) -> None:
    now = datetime.now(UTC)
    interviews.save_round(first_round(application_id, scheduled_at=now + timedelta(days=2)))
    interviews.save_round(
        first_round(application_id, round_name="二面", scheduled_at=now + timedelta(days=20))
    )
    interviews.save_round(
        first_round(
            application_id,
            round_name="HR面",
            scheduled_at=now + timedelta(days=3),
            status=InterviewStatus.CANCELLED,
        )
    )
    upcoming = queries.upcoming(now, now + timedelta(days=7))
    assert [(r.round_name, r.company_name) for r in upcoming] == [("一面", "字节跳动")]


def test_rounds_and_questions_are_searchable(
    interviews: InterviewService, database: Database, application_id: int
) -> None:
    saved = interviews.save_round(first_round(application_id))
    found = database.reader.execute(
        "SELECT rowid FROM search_question WHERE search_question MATCH ?", ('"rlhf"*',)
    ).fetchall()
    assert [row[0] for row in found] == [saved.draft.questions[0].id]
    found_round = database.reader.execute(
        "SELECT rowid FROM search_round WHERE search_round MATCH ?", ('"复习"',)
    ).fetchall()
    assert found_round == [(saved.id,)]
