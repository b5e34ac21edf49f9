"""Pivot's own JSON file: exported whole and deterministically, read back with checks, imported
in one transaction that skips what is already there; export → import → export loses nothing."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from tracker.db import json_import_rows, search_index
from tracker.db.database import Database
from tracker.db.json_tables import NOT_EXPORTED, TABLES
from tracker.db.models import (
    Company,
    Contact,
    ContactApplication,
    ImportBatch,
    InterviewRound,
    JobApplication,
    Note,
    StageEvent,
)
from tracker.db.opening import open_database
from tracker.domain.documents import DocumentDraft, VersionDraft
from tracker.domain.enums import (
    AnswerRating,
    Channel,
    DocumentKind,
    InterviewKind,
    InterviewOutcome,
    InterviewStatus,
    Outcome,
    Priority,
    RoleCategory,
    Stage,
    WorkMode,
    WorkSchedule,
)
from tracker.domain.errors import FileError, FileProblem
from tracker.domain.interviews import QuestionDraft, RoundDraft
from tracker.domain.json_document import JsonPreview
from tracker.domain.offers import Criterion, OfferDraft
from tracker.domain.records import ApplicationCreate, PostingCreate
from tracker.domain.reference import FigurePeriod, OriginField
from tracker.domain.reference_drafts import BenchmarkDraft, StoryDraft
from tracker.domain.search_results import SearchKind
from tracker.services.applications import ApplicationService
from tracker.services.documents import DocumentService
from tracker.services.interviews import InterviewService
from tracker.services.json_transfer import (
    export_json,
    import_json,
    preview_json,
    read_document,
)
from tracker.services.offers import OfferService
from tracker.services.pipeline import PipelineService, new_custom_stage
from tracker.services.postings import PostingService
from tracker.services.queries import ApplicationQueries
from tracker.services.reference import ReferenceService
from tracker.services.search import SearchService
from tracker.services.trash import TrashService

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
SHANGHAI = ZoneInfo("Asia/Shanghai")
COUNTED_TABLES = (
    "company", "job_application", "stage_event", "note", "interview_round",
    "interview_question", "offer", "negotiation_step", "contact", "contact_application",
    "own_story",
    "own_benchmark", "pipeline_stage", "import_batch", "document", "document_version",
    "application_document",
)  # fmt: skip
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _open_copy(template: Path, folder: Path, name: str) -> Database:
    shutil.copy2(template, folder / f"{name}.db")
    return open_database(folder / f"{name}.db", folder / f"{name}-backups")


@pytest.fixture
def empty(migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A second, empty database beside the test's own."""
    opened = _open_copy(migrated_template, tmp_path, "empty")
    yield opened
    opened.close()


def _counts(database: Database) -> dict[str, int]:
    return {
        table: int(database.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in COUNTED_TABLES
    }


def _export(database: Database, path: Path) -> bytes:
    export_json(database, path, now=NOW)
    return path.read_bytes()


def _add_contact(database: Database, application_id: int, name: str, *, trashed: bool) -> str:
    with database.write_session() as session:
        application = session.get(JobApplication, application_id)
        assert application is not None
        contact = Contact(
            name=name,
            company_id=application.company_id,
            role="HRBP",
            email="hr@example.com",
            wechat="hr_wx",
            notes="周五下午回复",
            deleted_at=NOW if trashed else None,
        )
        session.add(contact)
        session.flush()
        assert contact.id is not None
        session.add(
            ContactApplication(
                contact_id=contact.id, application_id=application_id, relation="referrer"
            )
        )
        return contact.uuid


def _add_documents(database: Database, application_id: int) -> None:
    """A résumé with a file sent on a day, a portfolio link sent with no day, a version in the
    trash (not exported) and a document in the trash."""
    documents = DocumentService(database)
    resume = documents.save_document(DocumentDraft(DocumentKind.RESUME, "简历", "中文版"))
    source = database.path.parent / "incoming" / "简历 v3.pdf"
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(PDF)
    sent = documents.save_version(
        VersionDraft(resume, "v3 多模态", notes="加了标注项目", added_on=date(2026, 10, 1)), source
    )
    documents.send(application_id, sent, date(2026, 10, 8))
    portfolio = documents.save_document(DocumentDraft(DocumentKind.PORTFOLIO, "作品集"))
    link = documents.save_version(VersionDraft(portfolio, "在线版", "https://example.com/p"))
    documents.send(application_id, link, None)
    old = documents.save_version(VersionDraft(resume, "v1"))
    TrashService(database).put("version", [old])
    gone = documents.save_document(DocumentDraft(DocumentKind.COVER_LETTER, "删掉的求职信"))
    TrashService(database).put("document", [gone])


@dataclass(frozen=True)
class Filled:
    """What ``_fill`` wrote: live and trashed records to look for in the file."""

    live: list[int]
    trashed_application: str
    trashed_note: str
    trashed_round: str
    trashed_offer: str
    trashed_contact: str
    custom_stage: str


def _fill(database: Database) -> Filled:
    """A database with one of everything, a custom stage, and a record of each kind in the
    trash."""
    applications = ApplicationService(database)
    interviews = InterviewService(database)
    offers = OfferService(database)
    reference = ReferenceService(database)
    pipelines = PipelineService(database)
    custom = new_custom_stage("HR 电话")
    pipelines.save(pipelines.current().with_stage(custom, index=2).renamed("screening", "简历筛选"))

    first = applications.create(
        ApplicationCreate(
            company_name="字节跳动",
            role_title="AI训练师（多模态）",
            role_category=RoleCategory.AI_TRAINER,
            city="北京",
            work_mode=WorkMode.HYBRID,
            channel=Channel.REFERRAL,
            referral_code="NTA7K2",
            job_url="https://jobs.example.com/1",
            job_description='负责 "多模态" 数据标注\n=SUM(A1)\n+86 @hr',
            salary_text="15-25K·14薪",
            applied_on=date(2026, 10, 8),
            priority=Priority.HIGH,
            excitement=5,
            next_action="准备二面",
            next_action_due=date(2026, 12, 1),
            tags=("多模态", "转行友好"),
            district="海淀区",
            experience_asked="1-3年",
            education_asked="本科",
            posting=PostingCreate(
                "AI训练师（多模态）\n15-25K·14薪\n北京 海淀区\n要求：熟悉标注规范",
                "<h1>AI训练师（多模态）</h1><p>15-25K·14薪</p>",
                "boss",
                "https://www.zhipin.com/job_detail/1.html",
            ),
        ),
        now=NOW - timedelta(days=40),
    )
    trashed_posting = PostingService(database).attach(first.id, PostingCreate("删掉的职位"))
    TrashService(database).put("posting", [trashed_posting.id])
    applications.change_state(first.id, custom.key, note="HR 打电话", now=NOW - timedelta(days=30))
    applications.change_state(first.id, Stage.INTERVIEWING, now=NOW - timedelta(days=20))
    applications.add_note(first.id, "面试官很友好 🎉\n第二行")
    trashed_note = applications.add_note(first.id, "删掉的笔记")
    applications.delete_note(trashed_note.id)
    round_ = interviews.save_round(
        RoundDraft(
            first.id,
            "一面",
            kind=InterviewKind.VIDEO,
            scheduled_at=datetime(2026, 11, 10, 14, 0, tzinfo=SHANGHAI),
            duration_minutes=45,
            interviewers="王老师",
            status=InterviewStatus.COMPLETED,
            outcome=InterviewOutcome.PASSED,
            prep_notes="复习 RLHF",
            reflection="答得还行",
            questions=(
                QuestionDraft("介绍一下 RLHF", "先讲 SFT…", ("RLHF",), AnswerRating.GOOD),
                QuestionDraft("为什么转行？"),
            ),
        )
    )
    trashed_round = interviews.save_round(RoundDraft(first.id, "二面"))
    interviews.set_round_deleted(trashed_round.id, True)
    offer = offers.save(
        OfferDraft(
            first.id,
            salary_text="17.5K×14",
            monthly_base=17_500.5,
            months_per_year=14,
            bonus_months=1.5,
            city="杭州",
            received_on=date(2026, 11, 20),
            reply_deadline=date(2026, 11, 30),
            work_schedule=WorkSchedule.ALTERNATING,
            commute_minutes=60,
            hukou_support=True,
            notes="可以谈签字费",
            ratings={Criterion.INTEREST: 5, Criterion.LEARNING: 4},
        )
    )
    trashed_offer = offers.save(OfferDraft(first.id, monthly_base=9_000))
    offers.set_deleted(trashed_offer.id, True)
    from tracker.domain.enums import NegotiationSide
    from tracker.domain.negotiation import StepDraft
    from tracker.services.negotiation import NegotiationService

    steps = NegotiationService(database)
    steps.save(StepDraft(offer.id, NegotiationSide.ASK, date(2026, 11, 20), "20K×16", 20_000.0,
                         16.0, note="要 16 薪"))  # fmt: skip
    steps.save(StepDraft(trashed_offer.id, note="offer 已删，这一步跟着它"))
    steps.set_deleted(steps.save(StepDraft(offer.id, note="撤回的一步")), True)
    _add_documents(database, first.id)
    _add_contact(database, first.id, "李 HR", trashed=False)
    trashed_contact = _add_contact(database, first.id, "离职的 HR", trashed=True)

    second = applications.create(
        ApplicationCreate(company_name="ＡＢＣ 科技", role_title="Prompt 工程师"), now=NOW
    )
    applications.change_state(second.id, Stage.SCREENING, Outcome.REJECTED, now=NOW)
    applications.set_archived([second.id], True)
    gone = applications.create(ApplicationCreate(company_name="已删公司", role_title="删掉的"))
    applications.delete([gone.id])

    reference.save_story(
        StoryDraft("设计师转 AI 产品", origin_field=OriginField.DESIGN, year=2025, lessons=("a",))
    )
    reference.save_benchmark(
        BenchmarkDraft("AI训练师", 8_000.0, 15_000.0, 2026, period=FigurePeriod.MONTH)
    )
    assert offer.id and round_.id
    return Filled(
        live=[first.id, second.id],
        trashed_application=gone.uuid,
        trashed_note=trashed_note.uuid,
        trashed_round=trashed_round.uuid,
        trashed_offer=trashed_offer.uuid,
        trashed_contact=trashed_contact,
        custom_stage=custom.key,
    )


# --- Export -----------------------------------------------------------------------------------


def test_the_export_holds_every_live_record_with_every_column(
    database: Database, tmp_path: Path
) -> None:
    filled = _fill(database)
    path = tmp_path / "pivot.json"
    assert export_json(database, path, now=NOW) == 2
    text = path.read_text(encoding="utf-8")
    assert "字节跳动" in text and "\\u" not in text  # UTF-8, not escapes
    document = json.loads(text)
    assert (document["format"], document["version"]) == ("pivot", 1)
    assert document["exported_at"] == "2026-11-25T09:30:00+00:00"
    assert set(document) == {
        "format", "version", "exported_at", "pipeline", "companies", "applications",
        "own_stories", "own_benchmarks", "contacts", "negotiation_steps", "documents",
        "document_versions",
    }  # fmt: skip
    assert [d["title"] for d in document["documents"]] == ["简历", "作品集"]
    file_version, link_version = document["document_versions"]
    assert (file_version["label"], file_version["file_name"], file_version["file_size"]) == (
        "v3 多模态", "简历 v3.pdf", len(PDF),
    )  # fmt: skip
    assert file_version["media_type"] == "application/pdf"
    assert link_version["link"] == "https://example.com/p"
    assert (tmp_path / "pivot-files" / file_version["file_hash"]).read_bytes() == PDF
    first, second = document["applications"]
    assert first["role_title"] == "AI训练师（多模态）" and first["tags"] == ["多模态", "转行友好"]
    assert first["job_description"] == '负责 "多模态" 数据标注\n=SUM(A1)\n+86 @hr'
    assert first["created_at"] == "2026-10-16T09:30:00+00:00"
    assert first["applied_on"] == "2026-10-08"
    assert [e["to_stage"] for e in first["stage_events"]] == [
        "applied", filled.custom_stage, "interviewing",
    ]  # fmt: skip
    assert [n["body"] for n in first["notes"]] == ["面试官很友好 🎉\n第二行"]
    [round_] = first["interview_rounds"]
    assert round_["scheduled_at"] == "2026-11-10T06:00:00+00:00"
    assert [q["question"] for q in round_["questions"]] == ["介绍一下 RLHF", "为什么转行？"]
    [offer] = first["offers"]
    assert (offer["monthly_base"], offer["months_per_year"], offer["hukou_support"]) == (
        17_500.5, 14.0, True,
    )  # fmt: skip
    assert offer["rating_interest"] == 5 and offer["rating_team"] is None
    [step] = document["negotiation_steps"]
    assert (step["offer_uuid"], step["side"], step["months_per_year"], step["note"]) == (
        offer["uuid"], "ask", 16.0, "要 16 薪",
    )  # fmt: skip
    [contact] = document["contacts"]
    assert first["contact_uuids"] == [contact["uuid"]]
    assert first["contact_relations"] == {contact["uuid"]: "referrer"}
    assert first["versions_sent"] == {
        file_version["uuid"]: "2026-10-08", link_version["uuid"]: None,
    }  # fmt: skip
    companies = {c["uuid"]: c["name"] for c in document["companies"]}
    assert companies[first["company_uuid"]] == "字节跳动"
    assert companies[contact["company_uuid"]] == "字节跳动"
    assert (second["outcome"], second["archived"]) == ("rejected", True)
    # A company is not in the trash with its application: it goes out on its own.
    assert set(companies.values()) == {"字节跳动", "ＡＢＣ 科技", "已删公司"}
    stages = document["pipeline"]
    assert [s["key"] for s in stages][:4] == [
        "wishlist",
        "applied",
        filled.custom_stage,
        "screening",
    ]
    assert stages[3] == {
        "key": "screening", "name": "简历筛选", "position": 3, "hidden": False,
        "ghost_after_days": 14,
    }  # fmt: skip
    assert [s["title"] for s in document["own_stories"]] == ["设计师转 AI 产品"]
    assert [b["low"] for b in document["own_benchmarks"]] == [8_000.0]
    for trashed in (
        filled.trashed_application, filled.trashed_note, filled.trashed_round,
        filled.trashed_offer, filled.trashed_contact, "删掉的", "删掉的职位",
    ):  # fmt: skip
        assert trashed not in text


def test_every_column_but_the_keys_is_in_the_file(database: Database, tmp_path: Path) -> None:
    _fill(database)
    export_json(database, tmp_path / "pivot.json", now=NOW)
    document = json.loads((tmp_path / "pivot.json").read_text(encoding="utf-8"))
    first = document["applications"][0]
    records = {
        "companies": document["companies"][0],
        "applications": first,
        "stage_events": first["stage_events"][0],
        "notes": first["notes"][0],
        "postings": first["postings"][0],
        "interview_rounds": first["interview_rounds"][0],
        "questions": first["interview_rounds"][0]["questions"][0],
        "offers": first["offers"][0],
        "contacts": document["contacts"][0],
        "own_stories": document["own_stories"][0],
        "own_benchmarks": document["own_benchmarks"][0],
        "negotiation_steps": document["negotiation_steps"][0],
        "documents": document["documents"][0],
        "document_versions": document["document_versions"][0],
    }
    for section, model in TABLES.items():
        columns = {c.name for c in model.__table__.columns}  # type: ignore[attr-defined]
        assert columns - NOT_EXPORTED <= set(records[section]), section
        assert not (set(records[section]) & NOT_EXPORTED), section


def test_two_exports_of_one_database_are_identical(database: Database, tmp_path: Path) -> None:
    _fill(database)
    assert _export(database, tmp_path / "a.json") == _export(database, tmp_path / "b.json")
    export_json(database, tmp_path / "c.json")  # the time of the export by default
    stamped = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["exported_at"]
    assert datetime.fromisoformat(stamped).utcoffset() == timedelta(0)


def test_an_export_that_cannot_be_written_says_why(database: Database, tmp_path: Path) -> None:
    with pytest.raises(FileError) as failed:
        export_json(database, tmp_path / "missing-folder" / "pivot.json")
    assert failed.value.problem is FileProblem.NOT_FOUND
    assert list(tmp_path.glob("**/*.tmp")) == []


# --- Round trip -------------------------------------------------------------------------------


def test_export_import_export_is_lossless(
    database: Database, empty: Database, tmp_path: Path
) -> None:
    _fill(database)
    original = _export(database, tmp_path / "a.json")
    import_json(empty, read_document(tmp_path / "a.json"), source_name="a.json")
    assert _export(empty, tmp_path / "b.json") == original


_AWKWARD = st.sampled_from(
    [
        "=SUM(A1:A9)", "+8613800000000", "-1", "@admin", "字节跳动", "🎉🚀👩‍💻", 'say "hi"',
        "line one\nline two", "it's", "back\\slash", "\t tab", "ＡＢＣ", "",
    ]
)  # fmt: skip
_TEXT = st.one_of(_AWKWARD, st.text(st.characters(codec="utf-8"), max_size=40))
_NAME = st.one_of(_AWKWARD, st.text(max_size=30)).filter(lambda s: bool(s.strip()))
_STAGES = st.sampled_from([stage.value for stage in Stage])
_MOVE = st.tuples(_STAGES, st.none() | st.sampled_from(Outcome), _TEXT)
_ZONES = st.sampled_from([UTC, SHANGHAI, ZoneInfo("America/New_York"), timezone(timedelta(0))])
_MOMENT = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=_ZONES
)


@dataclass(frozen=True)
class Plan:
    company: str
    role: str
    description: str
    tags: tuple[str, ...]
    salary: str
    moves: tuple[tuple[str, Outcome | None, str], ...]
    notes: tuple[str, ...]
    round_: tuple[str, datetime, tuple[tuple[str, str], ...]] | None
    base: float | None
    trashed: bool


_PLANS = st.builds(
    Plan,
    company=_NAME,
    role=_NAME,
    description=_TEXT,
    tags=st.lists(_NAME.map(lambda s: s[:50]), max_size=3).map(tuple),
    salary=st.sampled_from(["", "15-25K·14薪", "面议", "500元/天", "年包40w", "=1+1"]),
    moves=st.lists(_MOVE, max_size=3).map(tuple),
    notes=st.lists(_NAME, max_size=2).map(tuple),
    round_=st.none()
    | st.tuples(
        _NAME.map(lambda s: s[:100]),
        _MOMENT,
        st.lists(st.tuples(_NAME, _TEXT), max_size=2).map(tuple),
    ),
    base=st.none() | st.floats(min_value=1.0, max_value=10_000_000.0, allow_nan=False),
    trashed=st.booleans(),
)


def _apply(database: Database, plans: list[Plan], moment: datetime) -> None:
    applications = ApplicationService(database)
    interviews = InterviewService(database)
    offers = OfferService(database)
    for plan in plans:
        created = applications.create(
            ApplicationCreate(
                company_name=plan.company[:200],
                role_title=plan.role[:300],
                job_description=plan.description,
                tags=plan.tags,
                salary_text=plan.salary,
            ),
            now=moment,
        )
        for stage, outcome, note in plan.moves:
            applications.change_state(created.id, stage, outcome, note=note, now=moment)
        for body in plan.notes:
            applications.add_note(created.id, body)
        if plan.round_ is not None:
            name, scheduled_at, questions = plan.round_
            interviews.save_round(
                RoundDraft(
                    created.id,
                    name,
                    scheduled_at=scheduled_at,
                    interviewers=name,
                    questions=tuple(QuestionDraft(q, a, (a[:50],)) for q, a in questions),
                )
            )
        if plan.base is not None:
            offers.save(OfferDraft(created.id, monthly_base=plan.base, notes=plan.description))
        if plan.trashed:
            applications.delete([created.id])


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plans=st.lists(_PLANS, min_size=1, max_size=4), moment=_MOMENT)
def test_any_database_survives_export_and_import(
    migrated_template: Path, tmp_path: Path, plans: list[Plan], moment: datetime
) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as name:
        folder = Path(name)
        source = _open_copy(migrated_template, folder, "source")
        target = _open_copy(migrated_template, folder, "target")
        try:
            _apply(source, plans, moment)
            original = _export(source, folder / "a.json")
            document = read_document(folder / "a.json")
            import_json(target, document, source_name="a.json")
            assert _export(target, folder / "b.json") == original
            live = [plan for plan in plans if not plan.trashed]
            assert preview_json(target, document).present_applications == len(live)
        finally:
            source.close()
            target.close()


# --- Import -----------------------------------------------------------------------------------


def test_an_import_is_one_batch_that_marks_its_applications(
    database: Database, empty: Database, tmp_path: Path
) -> None:
    _fill(database)
    export_json(database, tmp_path / "a.json")
    document = read_document(tmp_path / "a.json")
    assert preview_json(empty, document) == JsonPreview(
        new_applications=2, present_applications=0, interview_rounds=1, offers=1, notes=1,
        stories=1, benchmarks=1, contacts=1, documents=2,
    )  # fmt: skip
    batch_id = import_json(empty, document, source_name="求职记录.json")
    with empty.read_session() as session:
        batch = session.get(ImportBatch, batch_id)
        assert batch is not None
        assert (batch.source_name, batch.format, batch.created_count) == (
            "求职记录.json", "pivot-json", 2,
        )  # fmt: skip
        marks = session.exec(select(JobApplication.import_batch_id)).all()
        assert marks == [batch_id, batch_id]


def test_importing_twice_skips_everything_the_second_time(
    database: Database, empty: Database, tmp_path: Path
) -> None:
    _fill(database)
    export_json(database, tmp_path / "a.json")
    document = read_document(tmp_path / "a.json")
    import_json(empty, document, source_name="a.json")
    before = _counts(empty)
    assert preview_json(empty, document) == JsonPreview(
        new_applications=0, present_applications=2, interview_rounds=0, offers=0, notes=0,
        stories=0, benchmarks=0, contacts=0,
    )  # fmt: skip
    second = import_json(empty, document, source_name="a.json")
    assert _counts(empty) == {**before, "import_batch": before["import_batch"] + 1}
    with empty.read_session() as session:
        batch = session.get(ImportBatch, second)
        assert batch is not None and batch.created_count == 0
    # Into the database it came from: everything is already there.
    assert preview_json(database, document).present_applications == 2


def test_a_company_is_matched_by_name_when_its_uuid_is_unknown(
    database: Database, empty: Database, tmp_path: Path
) -> None:
    ApplicationService(database).create(ApplicationCreate(company_name="abc 科技", role_title="A"))
    ApplicationService(empty).create(ApplicationCreate(company_name="ＡＢＣ 科技", role_title="B"))
    export_json(database, tmp_path / "a.json")
    import_json(empty, read_document(tmp_path / "a.json"), source_name="a.json")
    with empty.read_session() as session:
        companies = session.exec(select(Company)).all()
        assert [c.name for c in companies] == ["ＡＢＣ 科技"]  # the one already there
        owners = session.exec(select(JobApplication.company_id)).all()
        assert set(owners) == {companies[0].id}


def test_the_pipeline_takes_the_files_stages(
    database: Database, empty: Database, tmp_path: Path
) -> None:
    filled = _fill(database)
    pipelines = PipelineService(empty)
    own = new_custom_stage("只在这里")
    pipelines.save(pipelines.current().with_stage(own).renamed("applied", "已投"))
    export_json(database, tmp_path / "a.json")
    import_json(empty, read_document(tmp_path / "a.json"), source_name="a.json")
    merged = pipelines.current()
    assert merged.stage_keys()[:4] == ["wishlist", "applied", filled.custom_stage, "screening"]
    assert merged.definition("screening").name == "简历筛选"  # type: ignore[union-attr]
    assert merged.definition("applied").name is None  # type: ignore[union-attr]
    assert own.key in merged.stage_keys()  # the database's own stage stays


def test_a_copied_application_gets_fresh_uuids_for_its_records(
    database: Database, tmp_path: Path
) -> None:
    _fill(database)
    export_json(database, tmp_path / "a.json")
    raw = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    raw["applications"][0]["uuid"] = "00000000-0000-4000-8000-000000000001"
    (tmp_path / "b.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    before = _counts(database)
    import_json(database, read_document(tmp_path / "b.json"), source_name="b.json")
    after = _counts(database)
    assert after["job_application"] == before["job_application"] + 1
    assert after["stage_event"] == before["stage_event"] + 3
    assert after["company"] == before["company"]  # matched by uuid
    assert after["contact_application"] == before["contact_application"] + 1
    with database.read_session() as session:
        uuids = session.exec(select(StageEvent.uuid)).all()
        assert len(set(uuids)) == len(uuids)


def test_times_with_any_offset_are_stored_as_the_same_moment(
    database: Database, empty: Database, tmp_path: Path
) -> None:
    ApplicationService(database).create(ApplicationCreate(company_name="X", role_title="Y"))
    export_json(database, tmp_path / "a.json")
    raw = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    raw["applications"][0]["created_at"] = "2026-03-01T08:00:00+08:00"
    (tmp_path / "b.json").write_text(json.dumps(raw), encoding="utf-8")
    import_json(empty, read_document(tmp_path / "b.json"), source_name="b.json")
    with empty.read_session() as session:
        [application] = session.exec(select(JobApplication)).all()
        assert application.created_at == datetime(2026, 3, 1, 0, 0, tzinfo=UTC)


def test_imported_records_are_found_and_listed(
    database: Database, empty: Database, tmp_path: Path
) -> None:
    _fill(database)
    export_json(database, tmp_path / "a.json")
    import_json(empty, read_document(tmp_path / "a.json"), source_name="a.json")
    rows = ApplicationQueries(empty).rows()
    assert {(row.company_name, row.role_title) for row in rows} == {
        ("字节跳动", "AI训练师（多模态）"), ("ＡＢＣ 科技", "Prompt 工程师"),
    }  # fmt: skip
    assert sorted(ApplicationQueries(empty).company_names()) == ["字节跳动", "ＡＢＣ 科技"]
    search = SearchService(empty)
    for query, kind in (
        ("多模态", SearchKind.APPLICATION),
        ("字节跳动", SearchKind.COMPANY),
        ("友好", SearchKind.NOTE),
        ("王老师", SearchKind.ROUND),
        ("RLHF", SearchKind.QUESTION),
        ("标注规范", SearchKind.POSTING),
        ("周五下午回复", SearchKind.CONTACT),
    ):
        assert search.search(query).hits(kind), (query, kind)
    (application,) = [r for r in rows if r.role_title == "AI训练师（多模态）"]
    (posting,) = PostingService(empty).postings(application.id)
    assert posting.text.endswith("要求：熟悉标注规范") and posting.source == "boss"
    assert posting.html == "<h1>AI训练师（多模态）</h1><p>15-25K·14薪</p>"


# --- Files that are not Pivot's ---------------------------------------------------------------


def _valid(database: Database, tmp_path: Path) -> dict[str, Any]:
    _fill(database)
    export_json(database, tmp_path / "valid.json")
    return json.loads((tmp_path / "valid.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _broken(valid: dict[str, Any], kind: str) -> bytes:
    text = json.dumps(valid, ensure_ascii=False)
    if kind == "truncated":
        return text[: len(text) // 2].encode("utf-8")
    if kind == "csv":
        return "公司,职位,状态\n字节跳动,AI训练师,已投递\n".encode()
    if kind == "gbk":
        return "公司,职位\n字节跳动,AI训练师\n".encode("gbk")
    if kind == "empty":
        return b""
    if kind == "nested":
        return b"[" * 100_000 + b"]" * 100_000
    changed = json.loads(text)
    if kind == "other_program":
        changed = {"name": "my-app", "version": "1.0.0", "dependencies": {}}
    elif kind == "a_list":
        changed = [changed]
    elif kind == "version_zero":
        changed["version"] = 0
    elif kind == "version_true":
        changed["version"] = True
    elif kind == "wrong_type":
        changed["applications"][0]["excitement"] = "five"
    elif kind == "naive_time":
        changed["applications"][0]["created_at"] = "2026-11-25T09:30:00"
    elif kind == "unknown_outcome":
        changed["applications"][1]["outcome"] = "vanished"
    elif kind == "missing_uuid":
        del changed["applications"][0]["stage_events"][0]["uuid"]
    elif kind == "missing_company":
        changed["companies"] = []
    elif kind == "uuid_twice":
        changed["applications"][1]["uuid"] = changed["applications"][0]["uuid"]
    elif kind == "null_title":
        changed["applications"][0]["role_title"] = None
    elif kind == "infinite_pay":  # Python writes it; no JSON reader takes it back
        changed["applications"][0]["salary_max"] = float("inf")
    return json.dumps(changed).encode("utf-8")


@pytest.mark.parametrize(
    "kind",
    [
        "truncated", "csv", "gbk", "empty", "nested", "other_program", "a_list",
        "version_zero", "version_true", "wrong_type", "naive_time", "unknown_outcome",
        "missing_uuid", "missing_company", "uuid_twice", "null_title", "infinite_pay",
    ],
)  # fmt: skip
def test_a_file_that_is_not_pivot_json_is_refused(
    database: Database, empty: Database, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(_broken(_valid(database, tmp_path), kind))
    before = _counts(empty)
    with pytest.raises(FileError) as refused:
        read_document(path)
    assert refused.value.problem is FileProblem.NOT_PIVOT_JSON
    assert refused.value.path == str(path)
    assert _counts(empty) == before


def test_a_file_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    with pytest.raises(FileError) as missing:
        read_document(tmp_path / "nowhere.json")
    assert missing.value.problem is FileProblem.NOT_FOUND
    with pytest.raises(FileError) as folder:
        read_document(tmp_path)
    assert folder.value.problem is FileProblem.IS_A_FOLDER


def test_a_byte_order_mark_is_accepted(database: Database, tmp_path: Path) -> None:
    _fill(database)
    export_json(database, tmp_path / "a.json")
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + (tmp_path / "a.json").read_bytes())
    assert len(read_document(tmp_path / "bom.json").applications) == 2


# --- All or nothing ---------------------------------------------------------------------------


def _fail(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("the disk went away")


@pytest.mark.parametrize("target", ["_insert_questions", "_own_records", "reindex"])
def test_a_failure_half_way_leaves_nothing_of_the_file(
    database: Database,
    empty: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
) -> None:
    _fill(database)
    ApplicationService(empty).create(ApplicationCreate(company_name="原有", role_title="原有"))
    export_json(database, tmp_path / "a.json")
    document = read_document(tmp_path / "a.json")
    before = _counts(empty)
    pipeline = PipelineService(empty).current()
    owner = search_index if target == "reindex" else json_import_rows
    monkeypatch.setattr(owner, target, _fail)
    with pytest.raises(RuntimeError):
        import_json(empty, document, source_name="a.json")
    assert _counts(empty) == before
    assert PipelineService(empty).current() == pipeline
    with empty.read_session() as session:
        assert session.exec(select(InterviewRound)).all() == []
        assert session.exec(select(Note)).all() == []
    monkeypatch.undo()
    import_json(empty, document, source_name="a.json")  # and it goes through afterwards
    assert _counts(empty)["job_application"] == before["job_application"] + 2
