"""What the user typed (or a file brought in) is shown as the characters typed, never as
markup: every page of the real window, its detail pane and the dialogs it opens are walked over
a hunt whose every name looks like HTML, entities, shortcut marks or formulas, and every label,
button, tooltip, item, completion, menu entry and chart text is read the way Qt and matplotlib
would show it."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, wait_for_detail, with_modal
from tests.gui.shown_text import Shown, everything_shown
from tracker.domain.enums import InterviewOutcome, RoleCategory, Stage
from tracker.domain.interviews import QuestionDraft, RoundDraft
from tracker.domain.offers import OfferDraft
from tracker.domain.pipeline import StageDefinition
from tracker.domain.records import ApplicationCreate, ApplicationRead
from tracker.domain.reference_drafts import BenchmarkDraft, StoryDraft
from tracker.services import json_transfer
from tracker.services.container import Services
from tracker.ui.dialogs.import_dialog import ImportDialog
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]

# An image that would be read from disk (harmless here: a regression fails, it does not read
# /dev/zero until memory runs out), tags, an entity, a shortcut mark and formulas.
COMPANY = '<img src="/nonexistent/pivot.png">Acme'
ROLE = "<b>bold</b> PM"
CITY = "&amp; 城"
NEXT_ACTION = "<u>call</u> $x^2$"
NOTE = '<a href="file:///etc/passwd">note</a>'
TAG = "<i>tag</i>"
OWN_STAGE = "<s>HR</s> R&D $x^2$"
RENAMED_STAGE = "<em>Screened</em>"
ROUND = "<h1>R1</h1>"
QUESTION = "<img src=q.png>Why $5?"
ANSWER = "<b>answer</b>"
QUESTION_TAG = "&lt;tag&gt;"
OFFER_NOTE = "<b>offer</b> note"
STORY = "<b>story</b>"
ORIGIN = "<i>lawyer</i>"
LESSON = "<li>lesson</li>"
BENCHMARK = "<b>bench</b> role"
IMPORTED = '<img src="/nonexistent/import.png">Imported'
FILE_NAME = "<img src=hunt.png>hunt"  # no '/' in a file's name
TYPED = (COMPANY, ROLE, CITY, NEXT_ACTION, NOTE, TAG, OWN_STAGE, RENAMED_STAGE, ROUND, QUESTION,
         ANSWER, QUESTION_TAG, OFFER_NOTE, STORY, ORIGIN, LESSON, BENCHMARK, IMPORTED)  # fmt: skip


def a_hostile_hunt(services: Services) -> dict[str, int]:
    """Applications, a stage of the user's own and a renamed one, notes, tags, a round with a
    question, an offer, a story and a pay figure, all named with markup."""
    pipeline = services.pipeline.current()
    pipeline = pipeline.with_stage(StageDefinition("custom-hostile", OWN_STAGE), index=2)
    services.pipeline.save(pipeline.renamed(Stage.SCREENING, RENAMED_STAGE))
    now = datetime.now(UTC)
    today = date.today()
    common = {"city": CITY, "tags": (TAG,), "role_category": RoleCategory.AI_TRAINER}
    first = services.applications.create(
        ApplicationCreate(COMPANY, ROLE, next_action=NEXT_ACTION, next_action_due=today,
                          applied_on=today - timedelta(days=20), **common),  # type: ignore[arg-type]
        now=now - timedelta(days=40),
    )  # fmt: skip
    services.applications.change_state(first.id, "custom-hostile", now=now - timedelta(days=30))
    services.applications.change_state(first.id, Stage.SCREENING, now=now - timedelta(days=29))
    services.applications.add_note(first.id, NOTE)
    services.interviews.save_round(
        RoundDraft(first.id, ROUND, scheduled_at=now + timedelta(days=2), prep_notes=NOTE,
                   questions=(QuestionDraft(QUESTION, ANSWER, (QUESTION_TAG,)),))
    )  # fmt: skip
    services.interviews.save_round(
        RoundDraft(first.id, ROUND, scheduled_at=now - timedelta(days=3),
                   outcome=InterviewOutcome.PASSED)
    )  # fmt: skip
    second = services.applications.create(
        ApplicationCreate(COMPANY, OWN_STAGE, stage="custom-hostile",
                          applied_on=today - timedelta(days=10), **common),  # type: ignore[arg-type]
        now=now - timedelta(days=60),
    )  # fmt: skip
    offered = services.applications.create(
        ApplicationCreate(COMPANY, ROLE + " 2", stage=Stage.OFFER, **common)  # type: ignore[arg-type]
    )
    services.offers.save(
        OfferDraft(offered.id, salary_text="20K×14", monthly_base=20_000, months_per_year=14,
                   city="杭州", notes=OFFER_NOTE, reply_deadline=today + timedelta(days=3))
    )  # fmt: skip
    services.offers.save(OfferDraft(second.id, monthly_base=25_000, city=CITY))  # two to weigh
    services.reference.save_story(
        StoryDraft(STORY, origin=ORIGIN, target_role=ROLE, role_category=RoleCategory.AI_TRAINER,
                   summary=NOTE, lessons=(LESSON,), city=CITY, source_title=STORY,
                   figure_low=10_000, figure_high=12_000)
    )  # fmt: skip
    services.reference.save_benchmark(
        BenchmarkDraft(BENCHMARK, 15_000, 18_000, 2026, RoleCategory.AI_TRAINER, note=NOTE,
                       city=CITY, source_title=BENCHMARK)
    )  # fmt: skip
    return {"first": first.id, "second": second.id, "offered": offered.id}


def misread(shown: list[Shown]) -> list[str]:
    return [
        f"{entry.where}: {typed!r} reads {entry.reads!r}"
        for entry in shown
        for typed in TYPED
        if entry.misreads(typed)
    ]


def typed_in(shown: list[Shown]) -> set[str]:
    """The typed names that these texts hold (as they are or escaped)."""
    return {typed for typed in TYPED if any(entry.misreads(typed) or typed in entry.reads
                                            for entry in shown)}  # fmt: skip


def walk(root: QWidget, where: str, found: list[Shown]) -> None:
    """Add every text ``root`` shows to ``found``; it must show some of the typed names."""
    shown = everything_shown(root, where)
    assert typed_in(shown), f"{where} shows none of the typed names"
    found.extend(shown)


def test_every_page_shows_typed_names_as_typed(
    qtbot: QtBot, make_window: Window, services: Services
) -> None:
    ids = a_hostile_hunt(services)
    window = make_window()
    found: list[Shown] = []
    walk(window.agenda_page, "Agenda", found)
    page = window.applications_page
    window.show_application(ids["offered"])
    window.stage_actions["custom-hostile"].trigger()  # "Undo Move to <s>HR</s>…" in the menu
    window.show_application(ids["first"])
    wait_for_detail(qtbot, page, ids["first"])
    walk(page, "Applications", found)
    window.show_page(window._board_slot)
    window.board_page.select_ids([ids["second"]])
    wait_for_detail(qtbot, window.board_page, ids["second"])  # type: ignore[arg-type]
    walk(window.board_page, "Board", found)
    window.show_page(window._questions_slot)
    window.questions_page.table.selectRow(0)
    walk(window.questions_page, "Questions", found)
    window.show_page(window._offers_slot)
    window.offers_page.table.selectRow(0)
    for tab in range(window.offers_page.tabs.count()):
        window.offers_page.tabs.setCurrentIndex(tab)
        walk(window.offers_page, f"Offers tab {tab}", found)
    window.show_page(window._insights_slot)
    insights = window.insights_page
    qtbot.waitUntil(insights.in_view_drawn, timeout=10_000)
    insights.finish_drawing()
    walk(insights, "Insights", found)
    window.show_page(window._stories_slot)
    stories = window.stories_page
    own = next(s for s in stories.shown_stories() if s.own_id is not None)
    stories.select_story(own.key)
    for tab in range(stories.tabs.count()):
        stories.tabs.setCurrentIndex(tab)
        walk(stories, f"Stories tab {tab}", found)
    walk(window, "Window", found)  # menus, the toolbar and the status bar too
    assert misread(found) == []
    assert typed_in(found) == set(TYPED) - {IMPORTED, OFFER_NOTE}  # those two: in dialogs


def test_every_dialog_shows_typed_names_as_typed(
    qtbot: QtBot,
    make_window: Window,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ids = a_hostile_hunt(services)
    window = make_window()
    found: list[Shown] = []

    def look(where: str) -> Callable[[QDialog], None]:
        def hands(dialog: QDialog) -> None:
            walk(dialog, where, found)
            dialog.reject()

        return hands

    window.show_application(ids["first"])
    wait_for_detail(qtbot, window.applications_page, ids["first"])
    with_modal(window.edit_action.trigger, look("Application"))
    rounds = window.applications_page.detail.rounds.entries
    for edit in [b for b in rounds.findChildren(QToolButton) if b.objectName() == "edit"]:
        with_modal(edit.click, look("Round"))
    window.show_page(window._offers_slot)
    window.offers_page.table.selectRow(0)
    with_modal(window.offers_page.edit_button.click, look("Offer"))
    window.show_page(window._stories_slot)
    stories = window.stories_page
    own = next(s for s in stories.shown_stories() if s.own_id is not None)
    stories.select_story(own.key)
    with_modal(stories.edit_story.click, look("Story"))
    stories.tabs.setCurrentIndex(1)
    figures = stories.figure_table
    figures.selectRow(
        next(row for row in range(figures.rowCount()) if figures.item(row, 0).text() == BENCHMARK)
    )
    with_modal(stories.edit_benchmark.click, look("Pay figure"))
    with_modal(window.open_preferences, look("Preferences"))
    window.open_search()
    search = window._search
    assert search is not None
    type_text(search.query, "Acme")
    qtbot.waitUntil(lambda: search.results.topLevelItemCount() > 0)
    walk(search, "Search", found)
    search.close()
    services.applications.delete([ids["second"]])
    with_modal(window.trash_action.trigger, look("Trash"))
    source = tmp_path / "hostile.csv"
    with source.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([("Company", "Role", "City", "Note"),
                                    (IMPORTED, ROLE, CITY, NOTE)])  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: dialog.sample.rowCount() > 0)
        walk(dialog, "Import", found)
        dialog.reject()

    with_modal(window.import_action.trigger, preview)
    assert misread(found) == []
    assert typed_in(found) == set(TYPED)


def test_the_name_of_an_imported_file_reads_as_typed(
    make_window: Window,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """While a table is read, and when a Pivot export asks before importing, the file's name
    is shown as it is spelled."""
    services.applications.create(ApplicationCreate("Acme", "PM"))
    window = make_window()
    found: list[Shown] = []
    table = tmp_path / f"{FILE_NAME}.csv"
    table.write_text("Company,Role\nAcme,PM\n", encoding="utf-8")
    export = tmp_path / f"{FILE_NAME}.json"
    json_transfer.export_json(services.database, export)
    reading = services.imports.preview

    def read_and_look(*arguments: object, **options: Any) -> object:
        options["progress"](12)  # rows read so far
        (progress,) = window.findChildren(QProgressDialog)
        found.extend(everything_shown(progress, "Reading"))
        return reading(*arguments, **options)

    monkeypatch.setattr(services.imports, "preview", read_and_look)

    for chosen in (table, export):
        answer = (str(chosen), "")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, a=answer, **_k: a)

        def look(dialog: QDialog, where: str = f"Asked about {chosen.suffix}") -> None:
            found.extend(everything_shown(dialog, where))
            dialog.reject()

        with_modal(window.import_action.trigger, look)
    held = [entry.where for entry in found if FILE_NAME in entry.held]
    for where in ("Reading: QLabel", "Asked about .json: QLabel"):
        assert any(place.startswith(where) for place in held)
    assert [entry.where for entry in found if entry.misreads(FILE_NAME)] == []
