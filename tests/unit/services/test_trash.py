"""The trash: what the user deleted is listed (newest first, each with what it belonged to),
comes back as it was, or is emptied for good after a backup; the search forgets it then."""

from __future__ import annotations

from pathlib import Path

from tracker.db.database import Database
from tracker.domain.interviews import RoundDraft
from tracker.domain.records import ApplicationCreate
from tracker.services.backups import backups
from tracker.services.container import Services


def _count(database: Database, table: str) -> int:
    return int(database.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _setup(services: Services) -> tuple[int, int, int, int]:
    kept = services.applications.create(
        ApplicationCreate(company_name="字节跳动", role_title="AI训练师")
    )
    gone = services.applications.create(ApplicationCreate(company_name="阿里云", role_title="PM"))
    note = services.applications.add_note(kept.id, "二面准备：标注规范")
    interview = services.interviews.save_round(RoundDraft(kept.id, "二面"))
    services.applications.add_note(gone.id, "这条随申请一起删除")
    services.applications.delete([gone.id])
    services.applications.delete_note(note.id)
    services.interviews.set_round_deleted(interview.id, True)
    return kept.id, gone.id, note.id, interview.id


def test_the_trash_lists_what_was_deleted_with_what_it_belonged_to(services: Services) -> None:
    _kept, gone, note, interview = _setup(services)
    items = services.trash.items()
    assert {(i.kind, i.id) for i in items} == {
        ("application", gone),
        ("note", note),
        ("round", interview),
    }  # the deleted application's own note goes with it, not on its own
    by_kind = {item.kind: item for item in items}
    assert (by_kind["application"].title, by_kind["application"].detail) == ("PM", "阿里云")
    assert by_kind["note"].detail == "字节跳动 · AI训练师"
    assert items == sorted(items, key=lambda i: i.deleted_at, reverse=True)


def test_restored_records_come_back_as_they_were(services: Services) -> None:
    kept, gone, _note, _interview = _setup(services)
    services.trash.restore(services.trash.items())
    assert services.trash.items() == []
    assert {row.id for row in services.queries.rows()} == {kept, gone}
    assert [n.body for n in services.applications.get(kept).notes] == ["二面准备：标注规范"]
    assert [r.draft.round_name for r in services.interviews.rounds_of(kept)] == ["二面"]


def test_emptying_the_trash_deletes_for_good_after_a_backup(services: Services) -> None:
    kept, _gone, _note, _interview = _setup(services)
    assert services.trash.empty() == 3
    assert services.trash.items() == []
    assert (_count(services.database, "job_application"), _count(services.database, "note")) == (
        1, 0,
    )  # fmt: skip
    assert _count(services.database, "interview_round") == 0
    assert services.search.search("阿里云").empty and services.search.search("标注规范").empty
    labels = [info.label for info in backups(services.database.path.parent / "backups")]
    assert labels == ["pre-delete"]
    assert services.database.reader.execute("PRAGMA foreign_key_check").fetchall() == []
    assert [row.id for row in services.queries.rows()] == [kept]


def test_an_application_of_an_undone_import_comes_back_with_its_company(
    services: Services, tmp_path: Path
) -> None:
    table = tmp_path / "jobs.csv"
    table.write_text("Company,Role\n月之暗面,大模型工程师\n", encoding="utf-8")
    batch = services.imports.commit(services.imports.preview(table)).batch_id
    services.imports.undo(batch)
    assert services.search.search("月之暗面").empty
    services.trash.restore([i for i in services.trash.items() if i.kind == "application"])
    assert [row.company_name for row in services.queries.rows()] == ["月之暗面"]
    assert "月之暗面" in services.queries.company_names()
