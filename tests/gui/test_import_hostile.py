"""File ▸ Import with files that lie or never end, through the real window: a pipe, a header
without rows, an encoding Pivot cannot be sure of, a newer Pivot's export, a JSON file with
records the forms would refuse. Each is said plainly; nothing is written unless it can be."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tracker.services.container import Services
from tracker.ui.dialogs.import_dialog import ImportDialog
from tracker.ui.window.main_window import MainWindow


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


@pytest.fixture
def opened_previews(monkeypatch: pytest.MonkeyPatch) -> list[ImportDialog]:
    """Import previews that were opened (and closed at once)."""
    opened: list[ImportDialog] = []

    def record(dialog: ImportDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ImportDialog, "exec", record)
    return opened


@pytest.mark.gui
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("name", ["pipe.csv", "pipe.json"])
def test_a_pipe_is_refused_with_a_message(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown_messages: list[tuple[str, str]],
    opened_previews: list[ImportDialog],
    name: str,
) -> None:
    window = make_window()
    fifo = tmp_path / name
    os.mkfifo(fifo)
    _choose(monkeypatch, fifo)
    window.import_action.trigger()
    assert "not an ordinary file" in shown_messages[-1][1]
    assert opened_previews == [] and window.rows.rows() == []


@pytest.mark.gui
def test_a_header_without_rows_says_there_is_nothing_to_import(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown_messages: list[tuple[str, str]],
    opened_previews: list[ImportDialog],
) -> None:
    window = make_window()
    source = tmp_path / "header.csv"
    source.write_text("Company,Role\n", encoding="utf-8")
    _choose(monkeypatch, source)
    window.import_action.trigger()
    assert "no rows" in shown_messages[-1][1]
    assert opened_previews == [] and not window.undo_action.isEnabled()


@pytest.mark.gui
def test_an_unclear_encoding_asks_showing_how_each_reads(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    opened_previews: list[ImportDialog],
    shown_messages: list[tuple[str, str]],
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = make_window()
    source = tmp_path / "western.csv"
    source.write_bytes("Company,Role,City\nMüller AG,Ingenieur,München\n".encode("cp1252"))
    _choose(monkeypatch, source)
    asked: list[tuple[str, list[str], int]] = []

    def choose(_parent: object, _title: str, label: str, items: list[str], current: int,
               *_rest: object) -> tuple[str, bool]:  # fmt: skip
        asked.append((label, items, current))
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    window.import_action.trigger()
    label, items, current = asked[0]
    assert "Müller AG,Ingenieur,München" in label and "M黮ler AG" in label
    assert "CP1252" in label and "GB18030" in label
    assert items[current] == "CP1252"
    assert opened_previews[0].preview.sample[0].data.city == "München"


@pytest.mark.gui
def test_a_newer_pivot_json_says_so_and_names_what_it_leaves_out(
    make_window: Callable[..., MainWindow],
    add: Callable[..., object],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from tracker.services.json_transfer import export_json
    from tracker.ui.dialogs import messages

    add("Acme", "AI Trainer")
    add("Beta", "Prompt Engineer")
    export = tmp_path / "pivot.json"
    export_json(services.database, export)
    document = json.loads(export.read_text(encoding="utf-8"))
    document["version"] = 2
    document["timeline"] = []
    for application in document["applications"]:
        application["uuid"] = application["uuid"][:-4] + "beef"  # new to this database
        if application["role_title"] == "Prompt Engineer":
            application["job_url"] = "file:///etc/passwd"
    export.write_text(json.dumps(document), encoding="utf-8")
    window = make_window()
    _choose(monkeypatch, export)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", answer)
    window.import_action.trigger()
    assert "newer Pivot" in asked[0] and "timeline" in asked[0]
    assert "Beta · Prompt Engineer" in asked[0] and "Job link" in asked[0]
    assert sorted(row.role_title for row in window.rows.rows()) == [
        "AI Trainer", "AI Trainer", "Prompt Engineer"
    ]  # fmt: skip
