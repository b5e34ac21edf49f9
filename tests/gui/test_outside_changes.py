"""The window and other programs on the same file: a write waiting for another program's lock
keeps the window alive and says so; a change another program commits shows within seconds."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tracker.db.database import Database
from tracker.domain.enums import Stage
from tracker.domain.records import ApplicationCreate, ApplicationRead
from tracker.services.applications import ApplicationService
from tracker.services.container import Services
from tracker.ui.window.main_window import MainWindow


@pytest.mark.gui
def test_a_save_that_waits_for_another_programs_lock_keeps_the_window_alive(
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    data_dir: Path,
    qtbot: QtBot,
    shown_messages: list[tuple[str, str]],
) -> None:
    added = add("字节跳动", "AI训练师")
    window = make_window()
    holder = sqlite3.connect(str(data_dir / "pivot.db"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a database browser in the middle of a write
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    # This timer can only fire if the window's events run while the save waits.
    QTimer.singleShot(1200, lambda: holder.execute("ROLLBACK"))
    window.commands.move_dropped([added.id], Stage.SCREENING)
    holder.close()
    assert shown_messages == []
    assert any("waiting for it to finish" in text for text in said)
    assert window.rows.find(added.id).stage == Stage.SCREENING  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.outside_changes._waiting, timeout=3000)


@pytest.mark.gui
def test_a_change_committed_by_another_program_appears_in_every_page(
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    services: Services,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add("字节跳动", "AI训练师")
    window = make_window()
    window.show_page(window._insights_slot)
    read: list[int] = []
    reload = services.insights.reload
    monkeypatch.setattr(services.insights, "reload",
                        lambda rows: (read.append(len(rows)), reload(rows))[1])  # fmt: skip
    other = Database(data_dir / "pivot.db")  # `pivot import` in a terminal, say
    ApplicationService(other).create(ApplicationCreate(company_name="智谱", role_title="PM"))
    other.close()
    qtbot.waitUntil(lambda: len(window.rows.rows()) == 2, timeout=5000)
    assert sorted(row.company_name for row in window.rows.rows()) == ["字节跳动", "智谱"]
    assert window.applications_page.model.row_of(max(r.id for r in window.rows.rows())) is not None
    qtbot.waitUntil(lambda: 2 in read, timeout=5000)


@pytest.mark.gui
def test_the_windows_own_changes_are_not_read_twice(
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    added = add("字节跳动", "AI训练师")
    window = make_window()
    reloads: list[bool] = []
    monkeypatch.setattr(window.rows, "load", lambda: reloads.append(True))
    window.commands.move_dropped([added.id], Stage.SCREENING)
    window.outside_changes.check()
    assert reloads == []
