"""Full-text search: Chinese of any length and English prefixes are found, nothing else is, and
nothing in the trash."""

from __future__ import annotations

import pytest

from tracker.db import search_index
from tracker.db.database import Database
from tracker.db.models import InterviewQuestion, InterviewRound, utc_now
from tracker.domain.records import ApplicationCreate, ApplicationRead, ApplicationUpdate
from tracker.domain.search_results import SearchKind, SearchResults
from tracker.services import search as search_module
from tracker.services.applications import ApplicationService
from tracker.services.search import SearchService, snippet

K = SearchKind


@pytest.fixture
def applications(database: Database) -> ApplicationService:
    return ApplicationService(database)


@pytest.fixture
def search(database: Database) -> SearchService:
    return SearchService(database)


def _log(applications: ApplicationService, company: str, role: str, **fields: object) -> int:
    data = ApplicationCreate(company_name=company, role_title=role, **fields)  # type: ignore[arg-type]
    return applications.create(data).id


def _note(applications: ApplicationService, body: str, company: str = "某公司") -> int:
    application_id = _log(applications, company, "AI训练师")
    return applications.add_note(application_id, body).id


def _round(database: Database, application_id: int, name: str, **fields: object) -> int:
    with database.write_session() as session:
        interview = InterviewRound(application_id=application_id, round_name=name, **fields)
        session.add(interview)
        session.flush()
        assert interview.id is not None
        search_index.reindex(session.connection(), "round", [interview.id])
        return interview.id


def _question(database: Database, round_id: int, question: str, answer: str = "") -> int:
    with database.write_session() as session:
        asked = InterviewQuestion(round_id=round_id, question=question, my_answer=answer)
        session.add(asked)
        session.flush()
        assert asked.id is not None
        search_index.reindex(session.connection(), "question", [asked.id])
        return asked.id


def _ids(results: SearchResults, kind: SearchKind) -> list[int]:
    return [hit.record_id for hit in results.hits(kind)]


@pytest.mark.parametrize(
    "query",
    [
        "面试",
        "腾讯",
        "大模型",
        "多模态数据",
        "腾",
        "大",
        "面",
        "试",
        "模",
        "题",
        "腾讯 面试",
        "面 腾讯",
    ],
)
def test_chinese_of_any_length_is_found(
    applications: ApplicationService, search: SearchService, query: str
) -> None:
    note = _note(applications, "腾讯一面：大模型多模态数据的面试题", company="字节跳动")
    assert _ids(search.search(query), K.NOTE) == [note]


@pytest.mark.parametrize(
    "query",
    ["rlh", "RLHF", "rlhf", "ＲＬＨＦ", "ｒｌｈｆ 流程", "RLHF流程", "RLHF 流程", "流程 rl", "d"],
)
def test_english_prefixes_mixed_and_full_width_queries_are_found(
    applications: ApplicationService, search: SearchService, query: str
) -> None:
    note = _note(applications, "复习 RLHF流程 和 DPO")
    assert _ids(search.search(query), K.NOTE) == [note]


@pytest.mark.parametrize(
    "query",
    ["试面", "模大", "面试", "大模型训练", "lhf", "rlhfx", "DPO 面试", "程流", "cafe"],
)
def test_nothing_false_is_found(
    applications: ApplicationService, search: SearchService, query: str
) -> None:
    _note(applications, "面，试 大模型 复习 RLHF 流程 和 DPO")
    assert search.search(query).empty


def test_accents_are_ignored_as_the_index_ignores_them(
    applications: ApplicationService, search: SearchService
) -> None:
    note = _note(applications, "Lunch at the Café Zoë with the hiring manager")
    results = search.search("cafe zoe")
    assert _ids(results, K.NOTE) == [note]
    assert "Café Zoë" in results.hits(K.NOTE)[0].snippet


@pytest.mark.parametrize("query", ["", "   ", "，。！", '"', "*", "AND", "NOT", "OR 面试 )("])
def test_odd_queries_never_raise(
    applications: ApplicationService, search: SearchService, query: str
) -> None:
    _note(applications, "面试 AND OR NOT")
    search.search(query)  # no exception, whatever was typed


def test_an_empty_query_finds_nothing(search: SearchService) -> None:
    results = search.search(" ，")
    assert results.empty and results.count == 0
    assert [group.kind for group in results.groups] == list(SearchKind)


def test_every_kind_is_found_and_grouped(
    applications: ApplicationService, search: SearchService, database: Database
) -> None:
    application = _log(
        applications, "腾讯", "大模型算法工程师", job_description="负责 RLHF 训练", city="深圳"
    )
    note = applications.add_note(application, "内推人说 RLHF 组在扩招\n第二行").id
    interview = _round(database, application, "二面", prep_notes="复习 RLHF 和 PPO")
    question = _question(database, interview, "讲一下 RLHF 的流程", "SFT → 奖励模型 → PPO")
    results = search.search("rlhf")
    assert [group.kind for group in results.groups] == list(SearchKind)
    assert _ids(results, K.COMPANY) == []
    assert _ids(results, K.APPLICATION) == [application]
    assert _ids(results, K.NOTE) == [note]
    assert _ids(results, K.ROUND) == [interview]
    assert _ids(results, K.QUESTION) == [question]
    by_kind = {hit.kind: hit for hit in results.hits()}
    assert by_kind[K.APPLICATION].title == "大模型算法工程师 · 腾讯"
    assert by_kind[K.APPLICATION].context == "深圳"
    assert by_kind[K.NOTE].title == "内推人说 RLHF 组在扩招"
    assert by_kind[K.ROUND].title == "二面"
    assert by_kind[K.QUESTION].title == "讲一下 RLHF 的流程"
    for kind in (K.NOTE, K.ROUND, K.QUESTION):
        assert by_kind[kind].context == "大模型算法工程师 · 腾讯"
    assert all(hit.application_id == application for hit in results.hits())
    [company] = search.search("腾讯").hits(K.COMPANY)
    assert company.title == "腾讯" and company.application_id is None


def test_a_trashed_application_hides_itself_its_notes_rounds_and_questions(
    applications: ApplicationService, search: SearchService, database: Database
) -> None:
    application = _log(applications, "智谱AI", "评测专员", job_description="对齐评测")
    applications.add_note(application, "对齐方向的笔记")
    interview = _round(database, application, "一面", reflection="对齐问题答得好")
    _question(database, interview, "什么是对齐？")
    assert search.search("对齐").count == 4
    applications.delete([application])
    assert search.search("对齐").empty
    applications.restore([application])
    assert search.search("对齐").count == 4


def test_a_trashed_round_hides_itself_and_its_questions(
    applications: ApplicationService, search: SearchService, database: Database
) -> None:
    application = _log(applications, "某公司", "AI产品经理")
    interview = _round(database, application, "终面", deleted_at=utc_now())
    _question(database, interview, "终面问了商业模式")
    assert search.search("终面").empty


def test_deleted_notes_are_not_found(
    applications: ApplicationService, search: SearchService
) -> None:
    kept = _note(applications, "笔记：薪资可以谈")
    dropped = _note(applications, "笔记：薪资不能谈")
    applications.delete_note(dropped)
    assert _ids(search.search("薪资"), K.NOTE) == [kept]
    applications.restore_note(dropped)
    assert _ids(search.search("薪资"), K.NOTE) == [dropped, kept]


def test_edits_are_found_under_the_new_text_only(
    applications: ApplicationService, search: SearchService
) -> None:
    created: ApplicationRead = applications.create(
        ApplicationCreate(
            company_name="百度", role_title="Prompt工程师", job_description="写提示词"
        )
    )
    applications.update(
        created.id,
        ApplicationUpdate(company_name="百度", role_title="Agent 开发", job_description="搭智能体"),
    )
    assert search.search("提示词").empty
    assert search.search("prompt").empty
    assert _ids(search.search("智能体"), K.APPLICATION) == [created.id]
    assert _ids(search.search("agent"), K.APPLICATION) == [created.id]


def test_newest_first_and_more_beyond_per_kind(
    applications: ApplicationService, search: SearchService
) -> None:
    application = _log(applications, "某公司", "AI训练师")
    notes = [applications.add_note(application, f"第 {n} 次面试").id for n in range(7)]
    results = search.search("面试", per_kind=5)
    group = results.group(K.NOTE)
    assert [hit.record_id for hit in group.hits] == notes[::-1][:5]
    assert group.more
    exact = search.search("面试", per_kind=7).group(K.NOTE)
    assert len(exact.hits) == 7 and not exact.more


def test_records_in_the_trash_do_not_take_places_of_others(
    applications: ApplicationService, search: SearchService
) -> None:
    kept = [_note(applications, f"面经 {n}") for n in range(3)]
    for _ in range(40):
        applications.delete_note(_note(applications, "面经 已删"))
    group = search.search("面经", per_kind=2).group(K.NOTE)
    assert [hit.record_id for hit in group.hits] == kept[::-1][:2] and group.more
    group = search.search("面经", per_kind=3).group(K.NOTE)
    assert [hit.record_id for hit in group.hits] == kept[::-1] and not group.more


def test_snippets_hold_the_match_in_the_original_text(
    applications: ApplicationService, search: SearchService
) -> None:
    body = "一" * 80 + "这里提到了ＲＬＨＦ的细节" + "二" * 80
    _note(applications, body)
    [hit] = search.search("rlhf").hits(K.NOTE)
    assert "这里提到了ＲＬＨＦ的细节" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 90


def test_snippets_show_the_text_the_title_does_not(
    applications: ApplicationService, search: SearchService
) -> None:
    _log(applications, "MiniMax", "RLHF 工程师", job_description="负责\n\nRLHF 数据")
    [hit] = search.search("rlhf").hits(K.APPLICATION)
    assert hit.snippet == "负责 RLHF 数据"


@pytest.mark.parametrize(
    ("texts", "query", "expected"),
    [
        (["abc", "x rlhf y"], "rlhf", "x rlhf y"),
        (["prerlhf " + "x" * 40 + " rlhf end"], "rlhf", "…" + "x" * 29 + " rlhf end"),
        (["a" * 50 + " rlhf " + "b" * 50], "rlhf", "…" + "a" * 29 + " rlhf " + "b" * 29 + "…"),
        (["ｘｙ面试"], "面试", "ｘｙ面试"),
        (["ﬁne-tuning 面试"], "tuning", "ﬁne-tuning 面试"),
        (["", "nothing here"], "zzz", "nothing here"),
    ],
)
def test_snippet(texts: list[str], query: str, expected: str) -> None:
    assert snippet(texts, query) == expected


def test_a_query_sqlite_refuses_finds_nothing(
    applications: ApplicationService, search: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    _note(applications, "面试")
    monkeypatch.setattr(search_module, "match_query", lambda _query: '"面试')
    assert search.search("面试").empty
