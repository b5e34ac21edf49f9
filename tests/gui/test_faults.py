"""Faults while working, through the real window: the disk is full, another program holds the
database, the file is read-only. Each time the message says what happened, the form keeps
everything typed, and what was saved before is intact. (Fault matrix D-07, D-11, D-24.)"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import event

from tests.gui.modal import type_text, with_modal
from tracker.db import pragmas
from tracker.db.database import Database
from tracker.domain.records import ApplicationRead
from tracker.ui.dialogs.application_dialog import ApplicationDialog
from tracker.ui.window.main_window import MainWindow


@contextmanager
def _disk_full(database: Database, data_dir: Path) -> Iterator[None]:
    engine = database.engine

    def tiny(connection: sqlite3.Connection, _record: object) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", tiny)
    engine.dispose()
    yield
    event.remove(engine, "connect", tiny)
    engine.dispose()


@contextmanager
def _locked(database: Database, data_dir: Path) -> Iterator[None]:
    holder = sqlite3.connect(str(data_dir / "pivot.db"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a database browser in the middle of a write
    yield
    holder.execute("ROLLBACK")
    holder.close()


@contextmanager
def _read_only(database: Database, data_dir: Path) -> Iterator[None]:
    engine = database.engine

    def query_only(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute("PRAGMA query_only = ON")  # as a read-only medium answers writes

    event.listen(engine, "connect", query_only)
    engine.dispose()
    yield
    event.remove(engine, "connect", query_only)
    engine.dispose()


DESCRIPTION = "负责多模态数据的标注规范、质检与模型评测。\n" * 3000
FAULTS = {
    "disk full": (_disk_full, "The disk is full"),
    "locked by another program": (_locked, "Another program is using the database"),
    "read-only": (_read_only, "cannot be written"),
}


@pytest.mark.gui
@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_fault_while_saving_keeps_the_form_and_the_data(
    fault: str,
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    database: Database,
    data_dir: Path,
    shown_messages: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pragmas, "BUSY_TIMEOUT_MS", 100)
    add("字节跳动", "AI训练师")
    window = make_window()
    before = database.reader.execute("SELECT * FROM job_application").fetchall()
    make_fault, message = FAULTS[fault]
    kept: dict[str, object] = {}

    def hands(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        type_text(dialog.company, "阿里云")
        type_text(dialog.role, "大模型训练师")
        type_text(dialog.salary, "25-50K·19薪")
        dialog.job_description.setPlainText(DESCRIPTION)  # needs new pages on the disk
        with make_fault(database, data_dir):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        kept["open"] = dialog.isVisible()
        kept["typed"] = (dialog.company.currentText(), dialog.role.text(), dialog.salary.text(),
                         dialog.job_description.toPlainText() == DESCRIPTION)  # fmt: skip
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # fault gone

    with_modal(window.new_action.trigger, hands)
    assert message in shown_messages[0][1]
    assert kept == {"open": True, "typed": ("阿里云", "大模型训练师", "25-50K·19薪", True)}
    after = database.reader.execute("SELECT * FROM job_application").fetchall()
    assert after[: len(before)] == before and len(after) == len(before) + 1
    assert database.reader.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
