"""The log never holds what the user wrote: no notes, no salaries, no company names, no SQL
parameters, even at the most verbose level and when writes fail."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from tracker.domain.errors import StorageError
from tracker.domain.records import ApplicationCreate
from tracker.log import HANDLER_NAME, configure_logging
from tracker.services.container import Services
from tracker.services.csv_export import CsvExport

SECRETS = ("秘密公司甲", "年包 83 万", "面试官说我答得一般，别告诉别人", "mei.lin@example.com")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    configure_logging(tmp_path / "logs", verbose=True)
    yield tmp_path / "logs" / "pivot.log"
    for handler in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        handler.close()
        root.removeHandler(handler)
    root.setLevel(level)


def test_the_log_holds_no_personal_data(services: Services, log_file: Path, tmp_path: Path) -> None:
    created = services.applications.create(
        ApplicationCreate(company_name=SECRETS[0], role_title="AI训练师", salary_text=SECRETS[1])
    )
    services.applications.add_note(created.id, SECRETS[2])
    table = tmp_path / "import.csv"
    table.write_text(
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
        f'Resume Name,Question And Answers\n"8/15/26, 10:00 AM",{SECRETS[3]},,{SECRETS[0]}2,'
        "PM,,,\n",
        encoding="utf-8",
    )
    services.imports.commit(services.imports.preview(table))
    CsvExport(services.database).write(tmp_path / "out.csv")
    engine = services.database.engine

    def tiny(connection: sqlite3.Connection, _record: object) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", tiny)
    engine.dispose()
    with pytest.raises(StorageError):
        services.applications.add_note(created.id, SECRETS[2] * 20_000)
    event.remove(engine, "connect", tiny)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "pre-import" in text  # the log was written to
    assert not [secret for secret in SECRETS if secret in text]
