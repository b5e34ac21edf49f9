"""Chinese and English: the system locale is followed, Preferences can switch at once, and
every Chinese character the window shows has a font that can draw it (Qt would draw boxes
silently)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.modal import wait_for_detail
from tracker.app import PivotApp
from tracker.db.database import Database
from tracker.domain.records import ApplicationCreate, ApplicationRead
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.ui import fonts
from tracker.ui.fonts import has_chinese_font
from tracker.ui.models.application_table_model import Column
from tracker.ui.window.main_window import MainWindow
from tracker.words.language import CHINESE, ENGLISH, Translators, resolve_language, window_language


@pytest.fixture
def chinese(_english: Translators) -> Iterator[None]:
    _english.install(CHINESE)
    yield
    _english.install(ENGLISH)


def visible_texts(window: QWidget) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
    texts += [menu.title() for menu in window.findChildren(QMenu)]
    model = window.applications_page.model  # type: ignore[attr-defined]
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in Column]
    for row in range(model.rowCount()):
        texts += [str(model.index(row, column).data() or "") for column in Column]
    return texts


def missing_glyphs(texts: list[str]) -> set[str]:
    chinese_fonts = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    metrics = [QFontMetrics(QFont(family)) for family in chinese_fonts]
    wanted = {ch for text in texts for ch in text if "\u3400" <= ch <= "\u9fff"}
    return {ch for ch in wanted if not any(m.inFontUcs4(ord(ch)) for m in metrics)}


def test_language_follows_the_system_unless_chosen() -> None:
    assert (
        resolve_language("system", QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        == CHINESE
    )
    assert resolve_language("system", QLocale(QLocale.Language.English)) == ENGLISH
    assert resolve_language("system", QLocale(QLocale.Language.German)) == ENGLISH
    assert resolve_language("en", QLocale(QLocale.Language.Chinese)) == ENGLISH


def test_the_window_speaks_chinese_and_every_character_can_be_drawn(
    chinese: None,
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
) -> None:
    add("字节跳动", "AI训练师（多模态）", salary_text="15-25K·14薪")
    window = make_window()
    wait_for_detail(qtbot, window.applications_page)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "申请(&A)", "前往(&G)", "帮助(&H)"]
    model = window.applications_page.model
    assert model.headerData(Column.COMPANY, Qt.Orientation.Horizontal) == "公司"
    assert model.index(0, Column.STAGE).data() == "已投递"
    detail = window.applications_page.detail
    assert "月薪 1.5万–2.5万 × 14 薪 ≈ 年薪 21万–35万" in [
        label.text().splitlines()[-1] for label in detail.findChildren(QLabel) if label.text()
    ]
    assert has_chinese_font(), "install a CJK font (see README): Chinese would show as boxes"
    assert missing_glyphs(visible_texts(window)) == set()


def test_qt_own_dialog_buttons_are_translated_too(chinese: None, qtbot: QtBot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_switching_language_in_preferences_rebuilds_the_window_at_once(
    qtbot: QtBot, database: Database, app_paths: AppPaths, settings: Settings, _english
) -> None:
    pivot = PivotApp(app_paths, database, settings, _english, chinese_font=True)
    created = pivot.actions.create(
        ApplicationCreate(company_name="智谱AI", role_title="Prompt工程师")
    )
    first = pivot.window
    qtbot.addWidget(first)
    first.show()
    first.applications_page.search.setText("智谱")
    first.applications_page.show_archived.setChecked(True)
    first.applications_page.select_ids([created.id])
    pivot.switch_language(CHINESE)
    second = pivot.window
    qtbot.addWidget(second)
    assert second is not first and second.isVisible() and not first.isVisible()
    assert second.menuBar().actions()[0].text() == "文件(&F)"
    page = second.applications_page
    assert page.search.text() == "智谱" and page.show_archived.isChecked()
    assert page.selected_ids() == [created.id]
    pivot.switch_language(ENGLISH)
    qtbot.addWidget(pivot.window)
    assert pivot.window.menuBar().actions()[0].text() == "&File"


def test_without_a_chinese_font_pivot_says_so_in_english(
    qtbot: QtBot,
    database: Database,
    app_paths: AppPaths,
    settings: Settings,
    _english: Translators,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fonts.QFontDatabase, "families", lambda *_args: [])
    assert not has_chinese_font()
    language = window_language(CHINESE, chinese_font=has_chinese_font())
    assert language == ENGLISH
    _english.install(language)
    pivot = PivotApp(app_paths, database, settings, _english, chinese_font=has_chinese_font())
    qtbot.addWidget(pivot.window)
    pivot.window.show()
    pivot.window.statusBar().showMessage("a passing message")
    warning = pivot.window.font_warning
    assert warning.isVisible() and warning.text().startswith("No Chinese font is installed")
    pivot.switch_language(CHINESE)
    qtbot.addWidget(pivot.window)
    assert pivot.window.menuBar().actions()[0].text() == "&File"


def test_counts_say_one_and_many_in_english_and_chinese(_english: Translators) -> None:
    from tracker.words import counts

    assert (counts.rows(1), counts.rows(2), counts.rows(0)) == ("1 row", "2 rows", "0 rows")
    assert counts.applications(1) == "1 application" and counts.days(1) == "1 day"
    _english.install(CHINESE)
    try:
        assert (counts.rows(1), counts.rows(12)) == ("1 行", "12 行")
        assert counts.applications(3) == "3 条申请"
    finally:
        _english.install(ENGLISH)
