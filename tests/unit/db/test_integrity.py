"""The integrity check: sound files pass, and each kind of damage is named."""

from __future__ import annotations

from pathlib import Path

from tests.unit.db.helpers import raw
from tracker.db.database import Database
from tracker.db.integrity import check_file
from tracker.domain.enums import Stage
from tracker.domain.records import ApplicationCreate
from tracker.services.applications import ApplicationService


def test_a_sound_file_passes_and_counts_applications(database: Database, data_dir: Path):
    ApplicationService(database).create(
        ApplicationCreate(company_name="快手", role_title="AI产品经理")
    )
    report = check_file(data_dir / "pivot.db")
    assert report.ok, report.problems
    assert report.applications == 1


def test_a_state_that_disagrees_with_its_history_is_reported(database: Database, data_dir):
    service = ApplicationService(database)
    created = service.create(ApplicationCreate(company_name="快手", role_title="AI产品经理"))
    connection = raw(data_dir / "pivot.db")
    connection.execute(
        "UPDATE job_application SET current_stage = ? WHERE id = ?",
        (Stage.OFFER.value, created.id),
    )
    connection.close()
    report = check_file(data_dir / "pivot.db")
    assert not report.ok
    assert "disagree with their stage history" in report.problems[0]


def test_a_file_that_is_not_pivots_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    assert check_file(path).problems == ["not an SQLite database"]
