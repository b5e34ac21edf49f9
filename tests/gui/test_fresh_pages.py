"""Every kind of write reaches every page that shows what it changed: a command and its undo,
an offer, something brought back from the trash, another program's change. After each, the
table, the agenda, the question bank, the offers, Insights and the stories show the new data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from tracker.db.opening import open_database
from tracker.domain.enums import Stage
from tracker.domain.interviews import QuestionDraft, RoundDraft
from tracker.domain.offers import OfferDraft
from tracker.domain.records import ApplicationCreate, ApplicationRead
from tracker.domain.reference_drafts import StoryDraft
from tracker.paths import AppPaths
from tracker.services.container import Services
from tracker.ui.window.main_window import MainWindow


def _sent(window: MainWindow, qtbot: QtBot) -> str:
    window.show_page(window._insights_slot)
    page = window._insights_slot.page()
    qtbot.waitUntil(lambda: not page._stale)
    return page.summary.text().split(" sent")[0]


def _deadlines_today(window: MainWindow) -> int:
    window.show_page(window.agenda_page)
    today = window.agenda_page.today
    return sum("Reply to the offer" in today.entry_text(i) for i in range(today.count()))


def _offers(window: MainWindow) -> int:
    window.show_page(window._offers_slot)
    return window._offers_slot.page().model.rowCount()


def _questions(window: MainWindow) -> int:
    window.show_page(window._questions_slot)
    return window.questions_page.model.rowCount()


def test_every_write_reaches_every_page(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    services: Services,
    app_paths: AppPaths,
) -> None:
    first = add("字节跳动", "AI训练师", stage=Stage.OFFER)
    window = make_window()
    assert _sent(window, qtbot) == "1 application"
    assert (_deadlines_today(window), _offers(window), _questions(window)) == (0, 0, 0)

    # A command, then its undo.
    window._actions.create(ApplicationCreate(company_name="智谱AI", role_title="PM"))
    assert _sent(window, qtbot) == "2 applications" and len(window.rows.rows()) == 2
    window._actions.undo_stack.undo()
    assert _sent(window, qtbot) == "1 application" and len(window.rows.rows()) == 1

    # An offer with a reply due today: the offers list and the agenda.
    draft = OfferDraft(first.id, salary_text="30K×15", monthly_base=30_000, months_per_year=15,
                       reply_deadline=date.today())  # fmt: skip
    window.offer_commands.offers.save(draft, None)
    assert (_offers(window), _deadlines_today(window)) == (1, 1)
    window._actions.undo_stack.undo()
    assert (_offers(window), _deadlines_today(window)) == (0, 0)

    # A round with a question, through the actions as its form saves it.
    round_ = RoundDraft(first.id, "一面", questions=(QuestionDraft("讲一下 RLHF"),))
    window.rounds._rounds.save(round_, None)
    assert _questions(window) == 1

    # Deleted, then back from the trash.
    window.show_page(window.applications_page)
    window.applications_page.select_ids([first.id])
    window.delete_action.trigger()
    assert (_sent(window, qtbot), _questions(window)) == ("0 applications", 0)
    back = [i for i in services.trash.items() if (i.kind, i.id) == ("application", first.id)]
    services.trash.restore(back)
    window.commands.trash_changed.emit()
    assert (_sent(window, qtbot), _questions(window)) == ("1 application", 1)

    # Another program writes to the same file: an application and a story of the user's own.
    window.show_page(window._stories_slot)
    stories_before = window.stories_page.story_list.count()
    other = open_database(app_paths.data_dir / "pivot.db", app_paths.data_dir / "backups")
    try:
        outside = Services(other)
        outside.applications.create(ApplicationCreate(company_name="月之暗面", role_title="LLM"))
        outside.reference.save_story(StoryDraft("我的转行故事", origin="设计师"))
    finally:
        other.close()
    window.reload_everything()  # what the window does when it sees the file changed
    assert _sent(window, qtbot) == "2 applications" and len(window.rows.rows()) == 2
    window.show_page(window._stories_slot)
    qtbot.waitUntil(lambda: window.stories_page.story_list.count() == stories_before + 1)
