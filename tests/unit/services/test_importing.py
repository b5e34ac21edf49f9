"""Importing other tools' files and spreadsheets through the service: what the preview finds,
what one transaction writes, and the batch undone and redone as a whole."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker.db.database import Database
from tracker.domain.enums import Channel, Outcome, RoleCategory, Stage
from tracker.domain.errors import FileError, FileProblem, StorageError, StorageProblem
from tracker.domain.import_fields import ImportField
from tracker.domain.import_formats import FormatKey
from tracker.domain.import_rows import RowProblem
from tracker.domain.records import ApplicationCreate
from tracker.services.container import Services
from tracker.services.importing import (
    DuplicatePolicy,
    ImportCancelledError,
    ImportOptions,
)

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
SHANGHAI = timezone(timedelta(hours=8))


def _fixture(name: str, tmp_path: Path) -> Path:
    copy = tmp_path / name
    shutil.copy2(FIXTURES / name, copy)
    return copy


def _count(database: Database, table: str, where: str = "1") -> int:
    query = f"SELECT count(*) FROM {table} WHERE {where}"
    return int(database.reader.execute(query).fetchone()[0])


def _import(services: Services, path: Path, options: ImportOptions | None = None) -> int:
    preview = services.imports.preview(path, options or ImportOptions(), now=NOW, zone=SHANGHAI)
    return services.imports.commit(preview, now=NOW, zone=SHANGHAI).batch_id


def _by_company(services: Services) -> dict[str, object]:
    return {row.company_name: row for row in services.queries.rows()}


def test_linkedin_applications_keep_their_dates_and_leave_personal_data_out(
    services: Services, tmp_path: Path
) -> None:
    path = _fixture("Job Applications.csv", tmp_path)
    preview = services.imports.preview(path, now=NOW, zone=SHANGHAI)
    assert preview.format is FormatKey.LINKEDIN_APPLICATIONS and preview.ready
    assert preview.personal_columns == [
        "Contact Email", "Contact Phone Number", "Question And Answers"
    ]  # fmt: skip
    services.imports.commit(preview, now=NOW, zone=SHANGHAI)
    rows = _by_company(services)
    minimax = services.applications.get(rows["MiniMax"].id)  # type: ignore[attr-defined]
    assert minimax.fields.applied_on == date(2026, 8, 15)
    assert minimax.fields.channel is Channel.LINKEDIN
    assert minimax.fields.role_category is RoleCategory.AI_TRAINER
    # 10:00 AM in the user's zone (UTC+8) is 02:00 UTC.
    assert minimax.history[0].occurred_at == datetime(2026, 8, 15, 2, tzinfo=UTC)
    assert minimax.notes == ()
    dump = "".join(str(row) for row in database_rows(services.database))
    assert "mei.lin@example.com" not in dump and "18000" not in dump


def database_rows(database: Database) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for table in ("job_application", "note", "stage_event", "company"):
        rows += database.reader.execute(f"SELECT * FROM {table}").fetchall()
    return rows


def test_personal_data_comes_in_only_when_asked_for(services: Services, tmp_path: Path) -> None:
    _import(
        services, _fixture("Job Applications.csv", tmp_path), ImportOptions(include_personal=True)
    )
    minimax = services.applications.get(_by_company(services)["MiniMax"].id)  # type: ignore[attr-defined]
    assert "Contact Email: mei.lin@example.com" in minimax.notes[0].body
    assert "What is your expected salary?:18000" in minimax.notes[0].body


def test_linkedin_saved_jobs_land_on_the_wishlist(services: Services, tmp_path: Path) -> None:
    _import(services, _fixture("Saved Jobs.csv", tmp_path))
    moonshot = _by_company(services)["Moonshot AI"]
    assert moonshot.stage == Stage.WISHLIST and moonshot.applied_on is None  # type: ignore[attr-defined]


def test_huntr_lists_become_stages_with_the_day_each_was_reached(
    services: Services, tmp_path: Path
) -> None:
    preview = services.imports.preview(_fixture("huntr.csv", tmp_path), now=NOW, zone=SHANGHAI)
    assert preview.format is FormatKey.HUNTR and preview.issues == []
    services.imports.commit(preview, now=NOW, zone=SHANGHAI)
    rows = _by_company(services)
    alibaba = services.applications.get(rows["Alibaba Cloud"].id)  # type: ignore[attr-defined]
    assert alibaba.stage == Stage.INTERVIEWING
    assert [e.to_stage for e in alibaba.history] == [Stage.WISHLIST, Stage.INTERVIEWING]
    assert alibaba.history[1].occurred_at == datetime(2026, 9, 10, 7, 30, tzinfo=UTC)
    assert alibaba.fields.salary_text == "15-20K·14薪"
    assert alibaba.fields.job_url == "https://jobs.example.com/ai-trainer"
    sensetime = rows["SenseTime"]
    assert sensetime.outcome is Outcome.REJECTED  # type: ignore[attr-defined]
    assert services.applications.get(sensetime.id).fields.job_url == ""  # type: ignore[attr-defined]


def test_jobsync_statuses_and_sources_are_mapped(services: Services, tmp_path: Path) -> None:
    _import(services, _fixture("jobsync.csv", tmp_path))
    rows = _by_company(services)
    assert rows["Tencent"].stage == Stage.INTERVIEWING  # type: ignore[attr-defined]
    assert rows["Tencent"].channel is Channel.LINKEDIN  # type: ignore[attr-defined]
    assert rows["NetEase"].stage == Stage.WISHLIST  # type: ignore[attr-defined]
    assert rows["NetEase"].channel is Channel.COMPANY_SITE  # type: ignore[attr-defined]
    assert rows["iFlytek"].outcome is Outcome.REJECTED  # type: ignore[attr-defined]
    assert rows["iFlytek"].applied_on == date(2026, 8, 26)  # type: ignore[attr-defined]


def test_a_gbk_spreadsheet_with_chinese_headers_imports_without_asking(
    services: Services, tmp_path: Path
) -> None:
    preview = services.imports.preview(_fixture("求职记录_gbk.csv", tmp_path), now=NOW)
    assert (preview.format, preview.table.encoding) == (FormatKey.GENERIC, "gb18030")
    assert preview.mapping[0] == ImportField.COMPANY and preview.ready
    services.imports.commit(preview, now=NOW)
    rows = _by_company(services)
    bytedance = services.applications.get(rows["字节跳动"].id)  # type: ignore[attr-defined]
    assert bytedance.role_title == "AI训练师（多模态）"
    assert (bytedance.stage, bytedance.fields.channel) == (Stage.INTERVIEWING, Channel.REFERRAL)
    assert bytedance.fields.applied_on == date(2026, 9, 3)
    assert bytedance.notes[0].body == "HR 说下周约二面\n记得准备标注规范"
    assert rows["小红书"].outcome is Outcome.REJECTED  # type: ignore[attr-defined]
    assert rows["智谱AI"].salary_min == 20000  # type: ignore[attr-defined]


def test_utf8_with_a_bom_and_utf16_with_tabs_are_read(services: Services, tmp_path: Path) -> None:
    bom = services.imports.preview(_fixture("tracker_utf8_bom.csv", tmp_path))
    assert bom.table.encoding == "utf-8-sig" and bom.table.headers[0] == "Company"
    assert bom.sample[0].data.company_name == "Moonshot AI, Beijing office"
    utf16 = services.imports.preview(_fixture("excel_unicode_text.txt", tmp_path))
    assert (utf16.table.encoding, utf16.table.delimiter) == ("utf-16", "\t")
    assert [r.data.company_name for r in utf16.sample] == ["百度", "美团"]
    assert utf16.sample[1].outcome is Outcome.GHOSTED


def test_semicolons_quoted_newlines_and_ragged_rows(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        'Company;Role;Notes\n"Acme; Ltd";"Prompt\nEngineer";first\nShort row only\n'
        "Beta;AI Trainer;note;extra;cells\n",
        encoding="utf-8",
    )
    preview = services.imports.preview(path)
    assert preview.table.delimiter == ";"
    assert preview.sample[0].data.company_name == "Acme; Ltd"
    assert preview.sample[0].data.role_title == "Prompt Engineer"  # one line, as a form stores it
    problems = {(issue.line, issue.problem) for issue in preview.issues}
    assert (4, RowProblem.MISSING) in problems  # the line the short row starts on
    assert (5, RowProblem.EXTRA_CELLS) in problems
    assert preview.importable == 2 and preview.rows == 3


def test_a_field_of_a_million_characters_is_kept(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    description = "职" * 1_000_000
    path.write_text(
        f'Company,Role,Description\nAcme,AI Trainer,"{description}"\n', encoding="utf-8"
    )
    _import(services, path)
    row = services.queries.rows()[0]
    assert services.applications.get(row.id).fields.job_description == description


def test_unknown_columns_are_named_and_mapping_them_by_hand_imports(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "own.csv"
    path.write_text("Firma,Stelle,Datum\nAcme,AI Trainer,2026-09-01\n", encoding="utf-8")
    preview = services.imports.preview(path)
    assert not preview.ready and preview.missing == [ImportField.COMPANY, ImportField.ROLE]
    options = ImportOptions(
        overrides={"Firma": ImportField.COMPANY, "Stelle": ImportField.ROLE,
                   "Datum": ImportField.APPLIED_ON}
    )  # fmt: skip
    _import(services, path, options)
    assert services.queries.rows()[0].applied_on == date(2026, 9, 1)


def test_errors_are_listed_by_line_and_those_rows_left_out(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "errors.csv"
    path.write_text(
        "Company,Role,Date Applied,Link\n"
        "Acme,AI Trainer,2026-13-45,\n"
        ",Prompt Engineer,,\n"
        "Beta,LLM Engineer,,javascript:alert(1)\n"
        "Gamma,AI PM,01/02/2026,\n"
        "Delta,AI Trainer,2026-09-01,https://example.com/job\n",
        encoding="utf-8",
    )
    preview = services.imports.preview(path)
    reasons = {(i.line, i.problem) for i in preview.issues}
    assert reasons == {
        (2, RowProblem.BAD_DATE), (3, RowProblem.MISSING), (4, RowProblem.BAD_LINK),
        (5, RowProblem.AMBIGUOUS_DATE),
    }  # fmt: skip
    services.imports.commit(preview)
    assert [row.company_name for row in services.queries.rows()] == ["Delta"]
    dated = services.imports.preview(path, ImportOptions(day_first=True))
    assert (5, RowProblem.AMBIGUOUS_DATE) not in {(i.line, i.problem) for i in dated.issues}


def _existing(services: Services) -> int:
    data = ApplicationCreate(company_name="字节跳动", role_title="AI训练师（多模态）", city="")
    return services.applications.create(data).id


def test_duplicates_are_found_and_skipped_merged_or_imported(
    services: Services, tmp_path: Path
) -> None:
    existing = _existing(services)
    path = _fixture("求职记录_gbk.csv", tmp_path)
    preview = services.imports.preview(path)
    assert [(d.line, d.existing_id) for d in preview.duplicates] == [(2, existing)]
    skipped = services.imports.commit(preview, DuplicatePolicy.SKIP)
    assert (skipped.created, skipped.skipped_duplicates) == (2, 1)
    services.imports.undo(skipped.batch_id)
    merged = services.imports.commit(services.imports.preview(path), DuplicatePolicy.MERGE)
    assert (merged.created, merged.merged) == (2, 1)
    after = services.applications.get(existing)
    assert (after.fields.city, after.fields.salary_text) == ("北京", "25-50K·19薪")
    services.imports.undo(merged.batch_id)
    assert services.applications.get(existing).fields.city == ""
    services.imports.redo(merged.batch_id)
    assert services.applications.get(existing).fields.city == "北京"
    services.imports.undo(merged.batch_id)
    anyway = services.imports.commit(services.imports.preview(path), DuplicatePolicy.IMPORT)
    assert anyway.created == 3
    assert [r.company_name for r in services.queries.rows()].count("字节跳动") == 2


def test_an_import_is_undone_and_redone_as_a_whole(services: Services, tmp_path: Path) -> None:
    mine = _existing(services)
    batch = _import(services, _fixture("huntr.csv", tmp_path))
    assert len(services.queries.rows()) == 4
    services.imports.undo(batch)
    assert [row.id for row in services.queries.rows()] == [mine]
    assert services.search.search("Alibaba").empty
    services.imports.redo(batch)
    assert len(services.queries.rows()) == 4
    assert not services.search.search("Alibaba").empty


def test_a_cancelled_import_writes_nothing(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    lines = [f"Company {i},AI Trainer {i},2026-09-01" for i in range(600)]
    path.write_text("Company,Role,Date Applied\n" + "\n".join(lines), encoding="utf-8")
    preview = services.imports.preview(path)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError):
        services.imports.commit(preview, progress=lambda d, t: seen.append((d, t)),
                                cancelled=lambda: bool(seen))  # fmt: skip
    assert seen == [(250, 600)]
    assert _count(services.database, "job_application") == 0
    assert _count(services.database, "import_batch") == 0


def test_a_failure_midway_writes_nothing(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.services import import_writer

    path = tmp_path / "big.csv"
    lines = [f"Company {i},AI Trainer {i}" for i in range(1200)]
    path.write_text("Company,Role\n" + "\n".join(lines), encoding="utf-8")
    preview = services.imports.preview(path)
    calls = []
    original = import_writer.store.insert_rows

    def failing(session: object, table: str, records: list[object]) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise StorageError(StorageProblem.DISK_FULL, "pivot.db")
        original(session, table, records)  # type: ignore[arg-type]

    monkeypatch.setattr(import_writer.store, "insert_rows", failing)
    with pytest.raises(StorageError):
        services.imports.commit(preview)
    assert _count(services.database, "job_application") == 0
    assert _count(services.database, "company") == 0


def test_a_file_changed_after_its_preview_is_refused(services: Services, tmp_path: Path) -> None:
    path = _fixture("jobsync.csv", tmp_path)
    preview = services.imports.preview(path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("4,2026-09-01,true,2026-09-02,Xiaomi,AI Trainer,FT,Hybrid,Beijing,,Applied\n")
    with pytest.raises(FileError) as raised:
        services.imports.commit(preview)
    assert raised.value.problem is FileProblem.CHANGED
    assert _count(services.database, "job_application") == 0


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", FileProblem.NOT_A_TABLE),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", FileProblem.NOT_A_TABLE),
        (bytes([0x81, 0x20, 0xFF, 0xFE, 0x30]) * 3, FileProblem.UNKNOWN_ENCODING),
    ],
    ids=["empty", "a workbook", "undecodable"],
)
def test_files_that_are_not_tables_are_refused_untouched(
    services: Services, tmp_path: Path, content: bytes, problem: FileProblem
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(FileError) as raised:
        services.imports.preview(path)
    assert raised.value.problem is problem
    assert path.read_bytes() == content


def test_a_chosen_encoding_reads_what_could_not_be_guessed(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "big5.csv"
    path.write_bytes("公司,職位\n台積電,AI訓練師\n".encode("big5"))
    preview = services.imports.preview(path, ImportOptions(encoding="big5"))
    assert preview.sample[0].data.company_name == "台積電"


def test_an_import_backs_the_database_up_first(services: Services, tmp_path: Path) -> None:
    _import(services, _fixture("jobsync.csv", tmp_path))
    backups = list((services.database.path.parent / "backups").glob("pivot-*-pre-import.db"))
    assert len(backups) == 1


def test_an_import_of_pivot_json_is_undone_as_a_whole(
    services: Services, tmp_path: Path, migrated_template: Path
) -> None:
    from tracker.db.opening import open_database
    from tracker.services.json_transfer import export_json, import_json, read_document

    _import(services, _fixture("huntr.csv", tmp_path))
    export_json(services.database, tmp_path / "pivot.json")
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    shutil.copy2(migrated_template, other_dir / "pivot.db")
    other = Services(open_database(other_dir / "pivot.db", other_dir / "backups"))
    batch = import_json(other.database, read_document(tmp_path / "pivot.json"), source_name="x")
    assert len(other.queries.rows()) == 3
    other.imports.undo(batch)
    assert other.queries.rows() == [] and other.search.search("Alibaba").empty
    other.imports.redo(batch)
    assert len(other.queries.rows()) == 3
    other.close()


def test_values_no_rule_foresaw_leave_out_their_row_only(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(
        "Company,Role,Link,History\n"
        "Acme,AI Trainer,http://[object Object],\n"
        "Beta,AI Trainer,,0001-01-01 00:30 +08:00 applied\n"
        "Gamma,AI Trainer,https://example.com/job,\n",
        encoding="utf-8",
    )
    preview = services.imports.preview(path)
    assert {(i.line, i.problem) for i in preview.issues} == {
        (2, RowProblem.BAD_LINK), (3, RowProblem.BAD_HISTORY),
    }  # fmt: skip
    assert preview.importable == 2


def test_a_merge_keeps_a_salary_whole(services: Services, tmp_path: Path) -> None:
    data = ApplicationCreate(company_name="字节跳动", role_title="AI训练师", salary_text="面议")
    existing = services.applications.create(data).id
    path = tmp_path / "pay.csv"
    path.write_text("公司,职位,薪资,城市\n字节跳动,AI训练师,20-30K·14薪,北京\n", encoding="utf-8")
    services.imports.commit(services.imports.preview(path), DuplicatePolicy.MERGE)
    after = services.applications.get(existing)
    assert (after.fields.salary_text, after.fields.city) == ("面议", "北京")
    row = services.queries.rows()[0]
    assert (row.salary_min, row.salary_months) == (None, None)


def test_two_rows_merged_into_one_application_undo_to_what_was_there(
    services: Services, tmp_path: Path
) -> None:
    data = ApplicationCreate(company_name="Acme", role_title="AI Trainer", tags=("a",))
    existing = services.applications.create(data).id
    path = tmp_path / "tags.csv"
    path.write_text("Company,Role,Tags\nAcme,AI Trainer,b\nAcme,AI Trainer,c\n", encoding="utf-8")
    result = services.imports.commit(services.imports.preview(path), DuplicatePolicy.MERGE)
    assert services.applications.get(existing).fields.tags == ("a", "b", "c")
    services.imports.undo(result.batch_id)
    assert services.applications.get(existing).fields.tags == ("a",)


def test_a_time_in_utc_gives_the_day_on_the_users_clock(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "zulu.csv"
    path.write_text("Company,Role,Date Applied\nAcme,AI Trainer,2026-03-01T18:00:00Z\n", "utf-8")
    preview = services.imports.preview(path, now=NOW, zone=SHANGHAI)
    assert preview.sample[0].data.applied_on == date(2026, 3, 2)


def test_linkedin_saved_then_applied_moves_the_saved_job_on_and_back(
    services: Services, tmp_path: Path
) -> None:
    saved = tmp_path / "Saved Jobs.csv"
    saved.write_text(
        "Saved Date,Job Url,Job Title,Company Name\n"
        '"8/1/26, 9:00 AM",https://www.linkedin.com/jobs/view/1,AI Trainer,MiniMax\n',
        encoding="utf-8",
    )
    applied = tmp_path / "Job Applications.csv"
    applied.write_text(
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
        "Resume Name,Question And Answers\n"
        '"8/15/26, 10:00 AM",,,MiniMax,AI Trainer,https://www.linkedin.com/jobs/view/1,cv.pdf,\n',
        encoding="utf-8",
    )
    _import(services, saved)
    preview = services.imports.preview(applied, now=NOW, zone=SHANGHAI)
    batch = services.imports.commit(preview, DuplicatePolicy.MERGE, now=NOW, zone=SHANGHAI)
    (row,) = services.queries.rows()
    moved = services.applications.get(row.id)
    assert moved.stage == Stage.APPLIED and moved.fields.applied_on == date(2026, 8, 15)
    assert [e.to_stage for e in moved.history] == [Stage.WISHLIST, Stage.APPLIED]
    assert moved.history[1].occurred_at == datetime(2026, 8, 15, 2, tzinfo=UTC)
    services.imports.undo(batch.batch_id)
    back = services.applications.get(row.id)
    assert back.stage == Stage.WISHLIST and len(back.history) == 1
    assert back.fields.applied_on is None
    services.imports.redo(batch.batch_id)
    assert services.applications.get(row.id).stage == Stage.APPLIED
    assert _count(services.database, "stage_event") == 2


def test_columns_chosen_by_place_map_blank_and_repeated_headers(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "blank.csv"
    path.write_text(",,日期,日期\nAcme,AI Trainer,2026-09-01,2026-09-20\n", encoding="utf-8")
    options = ImportOptions(
        columns={0: ImportField.COMPANY, 1: ImportField.ROLE, 2: ImportField.APPLIED_ON,
                 3: ImportField.NEXT_ACTION_DUE}
    )  # fmt: skip
    preview = services.imports.preview(path, options)
    record = preview.sample[0].data
    assert (record.company_name, record.role_title) == ("Acme", "AI Trainer")
    assert (record.applied_on, record.next_action_due) == (date(2026, 9, 1), date(2026, 9, 20))


def _second(migrated_template: Path, tmp_path: Path) -> Services:
    from tracker.db.opening import open_database

    folder = tmp_path / "second"
    folder.mkdir()
    shutil.copy2(migrated_template, folder / "pivot.db")
    return Services(open_database(folder / "pivot.db", folder / "backups"))


def test_pivot_json_into_a_pivot_in_use_keeps_its_stages_and_undoes_its_stories(
    services: Services, tmp_path: Path, migrated_template: Path
) -> None:
    from tracker.domain.reference import FigurePeriod
    from tracker.domain.reference_drafts import StoryDraft
    from tracker.services.json_transfer import export_json, import_json, read_document

    _import(services, _fixture("jobsync.csv", tmp_path))
    pipeline = services.pipeline.current()
    services.pipeline.save(pipeline.renamed("screening", "简历关"))
    services.reference.save_story(
        StoryDraft(title="朋友转 AI 训练师", origin="设计师", target_role="AI训练师",
                   figure_low=15000, figure_high=18000, figure_period=FigurePeriod.MONTH)
    )  # fmt: skip
    export_json(services.database, tmp_path / "pivot.json")
    other = _second(migrated_template, tmp_path)
    try:
        other.applications.create(ApplicationCreate(company_name="Mine", role_title="PM"))
        other.pipeline.save(other.pipeline.current().renamed("screening", "HR 初筛"))
        batch = import_json(other.database, read_document(tmp_path / "pivot.json"),
                            source_name="pivot.json")  # fmt: skip
        assert other.pipeline.current().definition("screening").name == "HR 初筛"  # type: ignore[union-attr]
        own = [story for story in other.reference.stories() if story.title.zh == "朋友转 AI 训练师"]
        assert len(own) == 1 and len(other.queries.rows()) == 4
        other.imports.undo(batch)
        assert [s for s in other.reference.stories() if s.title.zh == "朋友转 AI 训练师"] == []
        assert [row.company_name for row in other.queries.rows()] == ["Mine"]
    finally:
        other.close()


def test_a_long_preview_reports_its_rows_and_can_be_cancelled(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    lines = [f"Company {i},AI Trainer {i}" for i in range(700)]
    path.write_text("Company,Role\n" + "\n".join(lines), encoding="utf-8")
    heard: list[int] = []
    preview = services.imports.preview(path, progress=heard.append)
    assert heard == [250, 500] and preview.rows == 700
    with pytest.raises(ImportCancelledError):
        services.imports.preview(path, cancelled=lambda: True)
