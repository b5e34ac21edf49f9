"""A captured posting is kept with the application it became: written with it in one step,
found by the search, carried by the trash and the backups, and refused when it is empty."""

from __future__ import annotations

import sqlite3

import pytest

from tracker.db.database import Database
from tracker.domain.errors import ValidationError
from tracker.domain.records import ApplicationCreate, PostingCreate
from tracker.domain.search_results import SearchKind
from tracker.services.backups import BackupKeeper
from tracker.services.capture import capture_text
from tracker.services.container import Services

POSTING = "AI训练师\n15-25K·14薪\n北京 朝阳区\n职位描述\n要求熟悉Python，有标注经验者优先。"


def _count(database: Database, table: str) -> int:
    return int(database.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _captured(services: Services) -> int:
    captured = capture_text(POSTING)
    created = services.applications.create(
        ApplicationCreate(
            company_name="字节跳动",
            role_title=captured.role,
            city=captured.city,
            district=captured.district,
            salary_text=captured.salary_text,
            posting=PostingCreate(captured.text, captured.html, captured.board.value),
        )
    )
    return created.id


def test_the_posting_is_written_with_its_application_and_found_by_the_search(
    services: Services,
) -> None:
    application_id = _captured(services)
    (posting,) = services.postings.postings(application_id)
    assert posting.text == POSTING
    found = services.search.search("Python 标注经验").group(SearchKind.POSTING)
    assert [(hit.application_id, hit.title) for hit in found.hits] == [
        (application_id, "AI训练师 · 字节跳动")
    ]
    assert "标注经验" in found.hits[0].snippet


def test_a_posting_pasted_later_is_kept_beside_the_first_the_newest_first(
    services: Services,
) -> None:
    application_id = _captured(services)
    services.postings.attach(application_id, PostingCreate("新版职位：AI训练师（多模态）"))
    texts = [p.text for p in services.postings.postings(application_id)]
    assert texts == ["新版职位：AI训练师（多模态）", POSTING]


def test_an_empty_posting_is_refused_and_nothing_is_written(
    services: Services, database: Database
) -> None:
    application_id = _captured(services)
    with pytest.raises(ValidationError):
        services.postings.attach(application_id, PostingCreate("  \n"))
    assert _count(database, "posting_snapshot") == 1


def test_the_trash_takes_the_posting_with_its_application_and_brings_it_back(
    services: Services, database: Database
) -> None:
    application_id = _captured(services)
    services.applications.delete([application_id])
    assert not services.search.search("标注经验").group(SearchKind.POSTING).hits
    services.applications.restore([application_id])
    assert services.search.search("标注经验").group(SearchKind.POSTING).hits
    services.applications.delete([application_id])
    services.trash.empty()
    assert _count(database, "posting_snapshot") == 0
    assert _count(database, "search_posting") == 0


def test_a_backup_holds_the_posting(services: Services, database: Database) -> None:
    _captured(services)
    path = BackupKeeper(database.path, database.path.parent / "backups").back_up()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert connection.execute("SELECT text FROM posting_snapshot").fetchone() == (POSTING,)
    connection.close()


def test_a_posting_taken_back_on_its_own_is_in_the_trash_and_comes_back(
    services: Services,
) -> None:
    application_id = _captured(services)
    (posting,) = services.postings.postings(application_id)
    services.trash.put("posting", [posting.id])
    assert services.postings.postings(application_id) == []
    (item,) = services.trash.items()
    assert (item.kind, item.id, item.detail) == ("posting", posting.id, "字节跳动 · AI训练师")
    services.trash.restore([item])
    assert [p.id for p in services.postings.postings(application_id)] == [posting.id]
