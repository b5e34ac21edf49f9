"""Stories and pay figures of people who made the move, beside the user's own: the stories page
with its filters, the detail panel's stories and figures for an application's kind of role,
the user's own story and pay figure (added, shown beside, undone), and market figures in the
offer comparison."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, wait_for_detail, with_modal
from tracker.domain.enums import RoleCategory, Stage
from tracker.domain.offers import OfferDraft
from tracker.domain.records import ApplicationRead
from tracker.domain.reference import OriginField
from tracker.services.container import Services
from tracker.ui.dialogs.reference_dialogs import BenchmarkDialog, StoryDialog
from tracker.ui.pages.stories_page import StoriesPage
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]


def open_stories(window: MainWindow) -> StoriesPage:
    window.show_page(window._stories_slot)
    return window.stories_page


def save(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_stories_filter_by_role_and_by_profession(make_window: Window) -> None:
    page = open_stories(make_window())
    everyone = page.shown_stories()
    assert len(everyone) >= 7
    page.category.set_value(RoleCategory.AI_TRAINER)
    trainers = page.shown_stories()
    assert trainers and all(s.role_category is RoleCategory.AI_TRAINER for s in trainers)
    assert any(s.origin_field is OriginField.DESIGN for s in trainers)
    page.category.set_value(None)
    page.origin.set_value(OriginField.LAW)
    (lawyer,) = page.shown_stories()
    assert page.story_list.count() == 1
    page.story_list.setCurrentRow(0)
    shown = page.story_view.toPlainText()
    assert "Source:" in shown and lawyer.source.title in shown


def test_an_ai_trainer_application_shows_the_designers_offers_once_as_one_persons(
    qtbot: QtBot, make_window: Window, add: Add
) -> None:
    created = add("字节跳动", "AI训练师（多模态）", role_category=RoleCategory.AI_TRAINER)
    window = make_window()
    window.show_application(created.id)
    page = window.applications_page
    wait_for_detail(qtbot, page, created.id)
    alongside = page.detail.alongside
    stories = [alongside.stories.entry_text(n) for n in range(alongside.stories.count())]
    assert any("Designer" in text or "design" in text.lower() for text in stories)
    figures = [alongside.figures.entry_text(n) for n in range(alongside.figures.count())]
    everything = "\n".join(stories + figures)
    # One person's offers are that person's story, not market data: told once, and said so.
    assert everything.count("14K–17.5K a month") == 1
    assert "One person's AI-trainer offers" in everything
    assert all("(20" in text for text in figures)  # every figure names its year


def test_a_market_figure_beside_an_application_says_how_it_was_read(
    qtbot: QtBot, make_window: Window, add: Add
) -> None:
    created = add("DeepSeek", "深度学习研究员", role_category=RoleCategory.RESEARCH)
    window = make_window()
    window.show_application(created.id)
    page = window.applications_page
    wait_for_detail(qtbot, page, created.id)
    figures = page.detail.alongside.figures
    texts = [figures.entry_text(n) for n in range(figures.count())]
    researcher = next(text for text in texts if "8-11万元" in text)
    assert "14 months a year" in researcher or "14" in researcher
    assert "does not say which city" in researcher  # the note
    assert "Source: " in researcher
    intern = next(text for text in texts if "500-510元/天" in text)
    assert "at 21.75 working days" in intern and "a year" not in intern


def test_the_pay_figures_show_the_sources_words_and_how_each_was_read(
    make_window: Window,
) -> None:
    page = open_stories(make_window())
    page.tabs.setCurrentIndex(1)
    table = page.figure_table
    rows = {
        table.item(row, 0).text(): [table.item(row, c).text() for c in range(table.columnCount())]
        for row in range(table.rowCount())
    }
    liepin = next(cells for role, cells in rows.items() if "Algorithm engineer" in role)
    assert "算法工程师平均薪酬47.5万" in liepin[3]  # as stated: the article's own words
    offers = next(cells for role, cells in rows.items() if "one person's offers" in role)
    assert "× 12 months assumed" in offers[4]
    intern = next(cells for role, cells in rows.items() if "AGI large-model intern" in role)
    assert "a year" not in intern[4] and "21.75 working days" in intern[4]
    assert "inferred from the page footer" in offers[5]
    assert "Choose a figure" in page.figure_note.text()
    table.selectRow(list(rows).index(next(r for r in rows if "Algorithm engineer" in r)))
    note = page.figure_note.text()
    assert "by convention we read it as a year's pay" in note and "Source: " in note
    context = page.context_figures.text()
    assert page.context_heading.isVisibleTo(page) and page.context_figures.isVisibleTo(page)
    assert "6M people" in context and "does not name the source of the projection" in context


def test_a_story_names_an_inferred_author_as_inferred(make_window: Window) -> None:
    page = open_stories(make_window())
    page.origin.set_value(OriginField.DESIGN)
    page.story_list.setCurrentRow(0)
    assert "克莱德 (inferred from the page footer" in page.story_view.toPlainText()


def test_reading_a_story_from_the_detail_panel_opens_it(
    qtbot: QtBot, make_window: Window, add: Add
) -> None:
    created = add("智谱AI", "AI训练师", role_category=RoleCategory.AI_TRAINER)
    window = make_window()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)
    (read,) = [
        button
        for button in window.applications_page.detail.alongside.stories.findChildren(
            type(window.move_button)
        )
        if button.objectName() == "open"
    ][:1]
    read.click()
    page = window.stories_page
    assert window.pages.currentWidget() is window._stories_slot
    story = page.current_story()
    assert story is not None and story.role_category is RoleCategory.AI_TRAINER


def test_a_story_of_ones_own_appears_beside_and_can_be_undone(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    created = add("某律所科技", "法律 AI 产品经理", role_category=RoleCategory.AI_PRODUCT)
    window = make_window()
    page = open_stories(window)

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, StoryDialog)
        type_text(dialog.title, "表姐从律所转去做法律大模型")
        type_text(dialog.origin, "律师")
        dialog.origin_field.set_value(OriginField.LAW)
        dialog.role_category.set_value(RoleCategory.AI_PRODUCT)
        dialog.figure_low.set_number(30_000)
        dialog.figure_high.set_number(35_000)
        type_text(dialog.source_title, "和表姐的聊天")
        save(dialog)

    with_modal(page.add_story.click, write)
    own = [s for s in services.reference.stories() if s.own_id is not None]
    assert [s.title.zh for s in own] == ["表姐从律所转去做法律大模型"]
    assert any(s.own_id is not None for s in page.shown_stories())
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)
    alongside = window.applications_page.detail.alongside
    assert any("表姐" in alongside.stories.entry_text(n) for n in range(alongside.stories.count()))
    window._actions.undo_stack.undo()
    assert all(s.own_id is None for s in services.reference.stories())
    qtbot.waitUntil(
        lambda: all(
            "表姐" not in alongside.stories.entry_text(n) for n in range(alongside.stories.count())
        )
    )


def test_a_story_without_a_title_is_refused_and_kept(make_window: Window) -> None:
    page = open_stories(make_window())

    def leave_it_untitled(dialog: QDialog) -> None:
        assert isinstance(dialog, StoryDialog)
        type_text(dialog.origin, "设计师")
        save(dialog)
        assert dialog.isVisible() and dialog._errors["title"].text() == "Required."
        assert dialog.origin.text() == "设计师"
        dialog.reject()

    with_modal(page.add_story.click, leave_it_untitled)


def test_an_added_pay_figure_appears_in_the_offer_comparison(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    application = add("MiniMax", "多模态数据标注组长", role_category=RoleCategory.AI_TRAINER,
                      stage=Stage.OFFER)  # fmt: skip
    services.offers.save(OfferDraft(application.id, monthly_base=18_000, city="杭州"))
    window = make_window()
    page = open_stories(window)
    page.tabs.setCurrentIndex(1)

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, BenchmarkDialog)
        type_text(dialog.role, "朋友的标注组长 offer")
        dialog.role_category.set_value(RoleCategory.AI_TRAINER)
        dialog.low.set_number(18_000)
        dialog.high.set_number(22_000)
        dialog.months.setValue(14)
        dialog.year.setValue(2026)
        save(dialog)

    with_modal(page.add_benchmark.click, write)
    window.show_page(window._offers_slot)
    comparison = window.offers_page.comparison
    market = comparison.cell_text("Market figures", 0)
    assert "朋友的标注组长 offer: 18K–22K a month × 14 (2026)" in market
    assert "≈ 252K–308K a year" in market
    chart = comparison.chart
    assert chart is not None
    qtbot.waitUntil(lambda: bool(chart.bands))  # drawn once the page is laid out
    labels = [band.label for band in chart.bands]
    assert "朋友的标注组长 offer (2026)" in labels


def test_every_story_in_the_list_shows_its_year_and_city_however_long_its_move(
    qtbot: QtBot, make_window: Window
) -> None:
    window = make_window()
    window.resize(1280, 720)
    page = open_stories(window)
    qtbot.wait(10)
    metrics = page.story_list.fontMetrics()
    room = page.story_list.viewport().width()
    dated = 0
    for row, story in enumerate(page.shown_stories()):
        item = page.story_list.item(row)
        _title, second = item.text().split("\n")
        assert page.story_list.visualItemRect(item).height() >= 2 * metrics.lineSpacing()
        if story.year:
            dated += 1
            assert second.startswith(str(story.year))
            facts = second.split(" · ")[0 if not story.city else 1]
            # The year and city come before the move, so the line is cut after them.
            assert metrics.horizontalAdvance(second[: second.index(facts) + len(facts)]) < room
            assert str(story.year) in item.toolTip()
    assert dated >= 3
