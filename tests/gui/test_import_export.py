"""File ▸ Import and File ▸ Export through the real window: the preview dialog, a mapping
changed by hand, the import undone as one step, and the CSV export following the filters."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.gui.modal import with_modal
from tracker.domain.enums import Stage
from tracker.domain.import_fields import ImportField
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.dialogs.import_dialog import ImportDialog
from tracker.ui.window.main_window import MainWindow

FIXTURES = Path(__file__).parents[1] / "fixtures" / "imports"


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))


def _companies(window: MainWindow) -> list[str]:
    return sorted(row.company_name for row in window.rows.rows())


@pytest.mark.gui
def test_a_gbk_spreadsheet_imports_through_the_preview_and_undoes_in_one_step(
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    add("字节跳动", "AI训练师（多模态）")
    window = make_window()
    source = tmp_path / "求职记录.csv"
    shutil.copy2(FIXTURES / "求职记录_gbk.csv", source)
    _choose(monkeypatch, source)
    seen: dict[str, object] = {}

    def hands(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        seen["heading"] = dialog.heading.text()
        seen["sample"] = dialog.sample.item(0, 1).text()
        assert dialog.duplicates_box.isVisibleTo(dialog)
        seen["button"] = dialog.import_button.text()
        dialog.duplicate_choice.button(1).click()  # fill in what Pivot's is missing
        dialog.import_button.click()

    with_modal(window.import_action.trigger, hands)
    assert "GB18030" in str(seen["heading"]) and seen["sample"] == "字节跳动"
    assert seen["button"] == "Import 2 applications"
    assert _companies(window) == ["字节跳动", "小红书", "智谱AI"]
    assert window.undo_action.text() == "&Undo Import 求职记录.csv"
    window.undo_action.trigger()
    assert _companies(window) == ["字节跳动"]
    window.redo_action.trigger()
    assert _companies(window) == ["字节跳动", "小红书", "智谱AI"]


@pytest.mark.gui
def test_columns_mapped_by_hand_make_an_unknown_file_importable(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window()
    source = tmp_path / "bewerbungen.csv"
    source.write_text("Firma,Stelle,Datum\nAcme,AI Trainer,2026-09-01\n", encoding="utf-8")
    _choose(monkeypatch, source)
    seen: list[bool] = []

    def hands(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        seen.append(dialog.import_button.isEnabled())
        dialog._field_combos[0].set_value(ImportField.COMPANY)
        dialog._field_combos[1].set_value(ImportField.ROLE)
        dialog._field_combos[2].set_value(ImportField.APPLIED_ON)
        seen.append(dialog.import_button.isEnabled())
        dialog.import_button.click()

    with_modal(window.import_action.trigger, hands)
    assert seen == [False, True]
    (row,) = window.rows.rows()
    assert (row.company_name, row.stage, str(row.applied_on)) == (
        "Acme", Stage.APPLIED, "2026-09-01"
    )  # fmt: skip


@pytest.mark.gui
def test_a_refused_file_shows_a_message_and_changes_nothing(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown_messages: list[tuple[str, str]],
) -> None:
    window = make_window()
    source = tmp_path / "book.csv"
    source.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00")
    _choose(monkeypatch, source)
    window.import_action.trigger()
    assert "not a table Pivot can read" in shown_messages[-1][1]
    assert window.rows.rows() == [] and source.read_bytes().startswith(b"PK")


@pytest.mark.gui
def test_the_csv_export_follows_the_tables_filters(
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    add("字节跳动", "AI训练师", city="北京")
    add('=HYPERLINK("http://x")', "Prompt Engineer")
    window = make_window()
    window.applications_page.search.setText("AI训练师")
    target = tmp_path / "filtered.csv"
    _choose(monkeypatch, target)
    window.export_menu.actions()[0].trigger()
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [row[0] for row in rows[1:]] == ["字节跳动"]
    window.applications_page.search.setText("")
    window.export_menu.actions()[0].trigger()
    companies = [row[0] for row in csv.reader(target.read_text(encoding="utf-8-sig").splitlines())]
    assert '\'=HYPERLINK("http://x")' in companies


@pytest.mark.gui
def test_no_export_from_the_window_can_replace_the_database(
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[tuple[str, str]],
) -> None:
    add("字节跳动", "AI训练师")
    window = make_window()
    database = services.database.path
    before = database.read_bytes()
    _choose(monkeypatch, database)
    for action in window.export_menu.actions():
        if action.isSeparator():
            continue
        shown = len(shown_messages)
        action.trigger()
        assert len(shown_messages) == shown + 1, action.text()
        assert "Pivot's own database" in shown_messages[-1][1]
    assert database.read_bytes() == before
    assert [row.company_name for row in window.rows.rows()] == ["字节跳动"]


@pytest.mark.gui
def test_a_file_in_an_encoding_pivot_cannot_tell_asks_which_one(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = make_window()
    source = tmp_path / "western.csv"
    source.write_bytes("Company,Role,Salary\nCafé Noir,AI Trainer,€ 4000\n".encode("cp1252"))
    _choose(monkeypatch, source)
    asked: list[str] = []

    def choose(*args: object, **_kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "CP1252", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    seen: list[str] = []

    def hands(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        seen.append(dialog.sample.item(0, 1).text())
        dialog.reject()

    with_modal(window.import_action.trigger, hands)
    assert "encoded" in asked[0] and seen == ["Café Noir"]


@pytest.mark.gui
def test_a_file_that_only_fills_in_can_be_imported_and_keeps_its_chosen_encoding(
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    add("Café Noir", "AI Trainer")
    window = make_window()
    source = tmp_path / "western.csv"
    source.write_bytes(
        "Company,Role,City,Note\nCafé Noir,AI Trainer,Lyon,€ 4000\n".encode("cp1252")
    )
    _choose(monkeypatch, source)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("CP1252", True))
    seen: list[object] = []

    def hands(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        dialog.duplicate_choice.button(1).click()  # fill in what Pivot's is missing
        seen.append(dialog.import_button.isEnabled())
        dialog._field_combos[3].set_value(None)  # leave the note out: previewed again
        seen.append(dialog.encoding.value())
        seen.append(dialog.import_button.isEnabled())
        dialog.import_button.click()

    with_modal(window.import_action.trigger, hands)
    assert seen == [True, "cp1252", True]
    (row,) = window.rows.rows()
    assert row.city == "Lyon"


@pytest.mark.gui
def test_a_row_with_a_date_pivot_cannot_read_can_be_imported_without_it(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    services: Services,
) -> None:
    source = tmp_path / "applications.csv"
    source.write_text(
        "Company,Role,Date applied\n"
        "ByteDance,AI trainer,2026-10-03\n"
        "Zhipu AI,Prompt engineer,last Tuesday\n"
        "Moonshot,LLM engineer,sometime in spring\n",
        encoding="utf-8",
    )
    window = make_window()
    _choose(monkeypatch, source)
    seen: dict[str, object] = {}

    def hands(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        seen["before"] = (dialog.import_button.text(), dialog.keep_undated.text())
        assert dialog.keep_undated.isVisibleTo(dialog) and not dialog.keep_undated.isChecked()
        dialog.keep_undated.setChecked(True)
        seen["after"] = dialog.import_button.text()
        seen["issues"] = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
        dialog.import_button.click()

    with_modal(window.import_action.trigger, hands)
    assert seen["before"] == (
        "Import 1 application",
        "Import the 2 rows whose date cannot be read, without that date",
    )
    assert seen["after"] == "Import 3 applications"
    assert any("last Tuesday" in line and "imported without it" in line for line in seen["issues"])
    assert _companies(window) == ["ByteDance", "Moonshot", "Zhipu AI"]
    undated = [row for row in window.rows.rows() if row.company_name != "ByteDance"]
    assert all(services.applications.get(row.id).fields.applied_on is None for row in undated)


@pytest.mark.gui
def test_a_workbook_imports_from_the_sheet_chosen_in_the_preview(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "2025"
    first.append(["公司", "职位"])
    first.append(["旧公司", "旧职位"])
    second = book.create_sheet("2026")
    second.append(["公司", "职位", "状态"])
    second.append(["字节跳动", "AI训练师", "已投递"])
    second.append(["智谱AI", "Prompt工程师", "面试中"])
    source = tmp_path / "求职.xlsx"
    book.save(source)
    window = make_window()
    _choose(monkeypatch, source)
    seen: dict[str, object] = {}

    def hands(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        seen["first_sheet"] = dialog.sheet.value()
        seen["encoding_shown"] = dialog.encoding.isVisibleTo(dialog)
        dialog.sheet.set_value("2026")  # as the user picks it
        seen["sample"] = dialog.sample.item(0, 1).text()
        seen["button"] = dialog.import_button.text()
        dialog.import_button.click()

    with_modal(window.import_action.trigger, hands)
    assert seen["first_sheet"] == "2025" and seen["encoding_shown"] is False
    assert seen["sample"] == "字节跳动" and seen["button"] == "Import 2 applications"
    assert _companies(window) == ["字节跳动", "智谱AI"]
