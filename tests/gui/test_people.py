"""The People page and the people of an application, through the real widgets: adding someone,
linking a referrer from an application's panel and following the link both ways, Delete acting
on the person on screen, a follow-up on the Agenda, vCard files in and out, and undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QToolButton
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, wait_for_detail, with_modal
from tracker.domain.enums import Channel, Relation
from tracker.domain.people import ContactDraft
from tracker.domain.records import ApplicationRead
from tracker.domain.search_results import SearchKind
from tracker.services.container import Services
from tracker.ui.dialogs.contact_dialog import ContactDialog
from tracker.ui.dialogs.link_person_dialog import LinkPersonDialog
from tracker.ui.pages.people_page import PeoplePage
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]
WANG = ContactDraft(name="王小明", company="字节跳动", role="HRBP", how_met="WAIC 2026")


def open_people(window: MainWindow) -> PeoplePage:
    window.show_page(window._people_slot)
    return window.people_page


def press(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(which).click()


def entry_button(widget: object, name: str, index: int = 0) -> QToolButton:
    buttons = [b for b in widget.findChildren(QToolButton) if b.objectName() == name]  # type: ignore[attr-defined]
    return buttons[index]


def names_listed(page: PeoplePage) -> list[str]:
    return [page.model.row_at(row).name for row in range(page.model.rowCount())]


def test_someone_added_is_listed_shown_found_and_taken_back_by_undo(
    make_window: Window, services: Services
) -> None:
    window = make_window()
    page = open_people(window)
    assert window.navigation.currentItem().text() == "People"

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        type_text(dialog.name, "王小明")
        type_text(dialog.company, "字节跳动")
        type_text(dialog.wechat, "wxm_88")
        type_text(dialog.how_met, "WAIC 2026 展台")
        press(dialog, QDialogButtonBox.StandardButton.Save)

    with_modal(page.new_button.click, write)
    assert names_listed(page) == ["王小明"]
    page.table.selectRow(0)
    assert page.panel.name.text() == "王小明" and page.panel.where.text() == "字节跳动"
    hits = services.search.search("wxm_88").group(SearchKind.CONTACT).hits
    assert [hit.title for hit in hits] == ["王小明"]
    window._actions.undo_stack.undo()
    assert names_listed(page) == [] and services.people.rows() == []
    window._actions.undo_stack.redo()
    assert names_listed(page) == ["王小明"]


def test_a_form_without_a_name_or_with_a_bad_address_is_refused_and_kept(
    make_window: Window, services: Services
) -> None:
    page = open_people(make_window())

    def leave_it_unnamed(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        type_text(dialog.email, "not an address")
        type_text(dialog.company, "智谱")
        press(dialog, QDialogButtonBox.StandardButton.Save)
        assert dialog.isVisible() and dialog._errors["name"].text() == "Required."
        assert "@" in dialog._errors["email"].text()
        assert (dialog.company.text(), dialog.email.text()) == ("智谱", "not an address")
        dialog.reject()

    with_modal(page.new_button.click, leave_it_unnamed)
    assert services.people.rows() == []


def test_a_referrer_linked_from_the_application_is_on_both_sides_and_undone(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    created = add("智谱AI", "AI训练师", channel=Channel.REFERRAL)
    window = make_window()
    window.applications_page.enable_details()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)
    section = window.applications_page.detail.people

    def link_someone_new(dialog: QDialog) -> None:
        assert isinstance(dialog, LinkPersonDialog)
        assert dialog.relation.value() is Relation.REFERRER  # a referral asks for its referrer
        type_text(dialog.person, "李雷")
        press(dialog, QDialogButtonBox.StandardButton.Ok)

    with_modal(section.link_button.click, link_someone_new)
    qtbot.waitUntil(lambda: [link.name for link in section.links] == ["李雷"])
    (person,) = services.people.rows()
    assert (person.name, person.company, person.applications) == ("李雷", "智谱AI", 1)
    entry_button(section, "open").click()
    page = window.people_page
    assert window.pages.currentWidget() is window._people_slot
    assert page.current_id() == person.id
    assert "Referrer" in page.panel.applications.findChildren(type(page.panel.name))[1].text()
    entry_button(page.panel.applications, "open").click()
    assert window.pages.currentWidget() is window.applications_page
    window._actions.undo_stack.undo()
    assert services.people.rows() == []
    qtbot.waitUntil(lambda: section.links == [])


def test_linking_someone_known_keeps_one_person(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    created = add("字节跳动", "Prompt 工程师")
    known = services.people.save(WANG)
    window = make_window()
    window.applications_page.enable_details()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)

    def choose_known(dialog: QDialog) -> None:
        assert isinstance(dialog, LinkPersonDialog)
        dialog.person.setCurrentIndex(0)
        dialog.relation.set_value(Relation.INTERVIEWER)
        press(dialog, QDialogButtonBox.StandardButton.Ok)

    with_modal(window.applications_page.detail.people.link_button.click, choose_known)
    assert [row.id for row in services.people.rows()] == [known]
    (link,) = services.people.links_of_application(created.id)
    assert (link.contact_id, link.relation) == (known, Relation.INTERVIEWER)


def test_delete_on_the_people_page_takes_the_person_on_screen_not_an_application(
    make_window: Window, add: Add, services: Services
) -> None:
    created = add("字节跳动", "AI训练师")
    services.people.save(WANG)
    window = make_window()
    window.show_application(created.id)
    page = open_people(window)
    page.table.selectRow(0)
    assert window.delete_action.isEnabled() and window.delete_action.text() == "&Delete person"
    window.delete_action.trigger()
    assert services.people.rows() == [] and names_listed(page) == []
    assert [row.id for row in window.rows.rows()] == [created.id]
    (item,) = [item for item in services.trash.items() if item.kind == "contact"]
    assert item.title == "王小明"


def test_a_follow_up_due_is_on_the_agenda_and_got_in_touch_clears_it(
    qtbot: QtBot, make_window: Window, services: Services
) -> None:
    person = services.people.save(replace(WANG, follow_up_on=date.today()))
    window = make_window()
    window.show_page(window.agenda_page)
    agenda = window.agenda_page
    texts = [label.text() for label in agenda.today.findChildren(type(agenda.goal_line))]
    assert "Get back in touch with 王小明" in "\n".join(texts)
    entry_button(agenda.today, "touched").click()
    draft = services.people.draft(person)
    assert (draft.follow_up_on, draft.last_contact_on) == (None, date.today())
    qtbot.waitUntil(
        lambda: "王小明" not in "\n".join(
            label.text() for label in agenda.today.findChildren(type(agenda.goal_line))
        )
    )  # fmt: skip


def test_a_follow_up_opens_the_person(make_window: Window, services: Services) -> None:
    person = services.people.save(replace(WANG, follow_up_on=date.today()))
    window = make_window()
    window.show_page(window.agenda_page)
    entry_button(window.agenda_page.today, "open").click()
    assert window.pages.currentWidget() is window._people_slot
    assert window.people_page.current_id() == person


VCF = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:韩梅梅\r\nORG:月之暗面\r\nEND:VCARD\r\n"


def test_a_vcf_file_adds_its_people_and_the_import_is_undone(
    make_window: Window,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "contacts.vcf"
    source.write_text(VCF, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    window = make_window()
    page = open_people(window)
    page.import_button.click()
    assert names_listed(page) == ["韩梅梅"]
    assert "1 contact added" in window.statusBar().currentMessage()
    window._actions.undo_stack.undo()
    assert names_listed(page) == []


def test_a_file_that_is_not_a_vcard_is_refused_with_a_message(
    make_window: Window,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[tuple[str, str]],
) -> None:
    source = tmp_path / "photo.vcf"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    page = open_people(make_window())
    page.import_button.click()
    ((title, text),) = shown_messages
    assert title == "Import people" and "no contact card" in text
    assert services.people.rows() == []


def test_the_selected_person_is_written_to_a_vcf(
    make_window: Window, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.people.save(WANG)
    target = tmp_path / "wang"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page = open_people(make_window())
    page.table.selectRow(0)
    page.export_button.click()
    written = (tmp_path / "wang.vcf").read_text(encoding="utf-8")
    assert "FN:王小明" in written and "ORG:字节跳动" in written


def test_a_name_that_looks_like_markup_is_shown_as_typed(
    make_window: Window, services: Services
) -> None:
    services.people.save(replace(WANG, name="<b>Bold</b> <a href='x'>link</a>"))
    page = open_people(make_window())
    page.table.selectRow(0)
    assert page.panel.name.textFormat() is Qt.TextFormat.PlainText
    assert page.panel.name.text() == "<b>Bold</b> <a href='x'>link</a>"


def test_a_search_hit_on_a_person_opens_them(make_window: Window, services: Services) -> None:
    person = services.people.save(WANG)
    window = make_window()
    (hit,) = services.search.search("WAIC").group(SearchKind.CONTACT).hits
    window._open_hit(hit)
    assert window.pages.currentWidget() is window._people_slot
    assert window.people_page.current_id() == person


def test_a_search_hit_on_a_company_opens_its_record_over_its_applications(
    make_window: Window, add: Add, services: Services
) -> None:
    from tracker.ui.dialogs.company_dialog import CompanyDialog

    add("智谱AI", "AI训练师")
    add("字节跳动", "Prompt 工程师")
    window = make_window()
    (hit,) = services.search.search("智谱").group(SearchKind.COMPANY).hits
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, CompanyDialog)
        seen.append(dialog.name.text())
        dialog.reject()

    with_modal(lambda: window._open_hit(hit), look)
    assert seen == ["智谱AI"]
    page = window.applications_page
    assert window.pages.currentWidget() is page
    assert [page.model.row_at(r).company_name for r in range(page.model.rowCount())] == ["智谱AI"]


def test_the_interviewers_field_completes_the_name_being_typed_from_ones_people(
    add: Add,
) -> None:
    from tracker.ui.dialogs.round_dialog import RoundDialog

    dialog = RoundDialog(
        add("字节跳动", "AI训练师"), lambda _draft: None, people=["王小明", "李雷"]
    )
    field = dialog.interviewers
    completer = field.completer()
    assert completer is not None
    field.setText("算法负责人、王")
    completer.setCompletionPrefix(completer.splitPath(field.text())[0])
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "算法负责人、王小明"
    field.setText("随便一个新名字")  # any name may still be typed
    assert field.text() == "随便一个新名字"
    dialog.deleteLater()


def test_a_company_is_kept_from_the_application_panel_and_lists_the_history_there(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    from tracker.ui.dialogs.company_dialog import CompanyDialog

    first = add("月之暗面", "AI训练师")
    second = add("月之暗面", "Prompt 工程师")
    services.people.save(ContactDraft(name="韩梅梅", company="月之暗面", role="HRBP"))
    services.people.save(ContactDraft(name="别家的人", company="智谱"))
    window = make_window()
    window.applications_page.enable_details()
    window.show_application(first.id)
    detail = window.applications_page.detail
    wait_for_detail(qtbot, window.applications_page, first.id)

    def keep_facts(dialog: QDialog) -> None:
        assert isinstance(dialog, CompanyDialog)
        assert dialog.history.rowCount() == 2
        assert dialog.people.text() == "People there: 韩梅梅 (HRBP)"
        type_text(dialog.industry, "大模型")
        type_text(dialog.funding_stage, "B轮")
        press(dialog, QDialogButtonBox.StandardButton.Save)

    with_modal(detail.company_button.click, keep_facts)
    assert services.companies.named("月之暗面").industry == "大模型"
    qtbot.waitUntil(lambda: detail.company.text() == "月之暗面 · 大模型 · B轮")
    window._actions.undo_stack.undo()
    qtbot.waitUntil(lambda: detail.company.text() == "月之暗面")

    def open_the_other(dialog: QDialog) -> None:
        assert isinstance(dialog, CompanyDialog)
        row = next(
            r for r in range(dialog.history.rowCount())
            if dialog.history.item(r, 0).text() == "Prompt 工程师"
        )  # fmt: skip
        dialog.history.itemDoubleClicked.emit(dialog.history.item(row, 0))

    with_modal(detail.company_button.click, open_the_other)
    wait_for_detail(qtbot, window.applications_page, second.id)


def test_a_follow_up_can_be_put_off_like_any_reminder(
    make_window: Window, services: Services
) -> None:
    from datetime import datetime, timedelta

    person = services.people.save(replace(WANG, follow_up_on=date.today()))
    window = make_window()
    agenda = window.agenda_page
    (item,) = [i for i in agenda.agenda.today if i.contact_id == person]
    assert entry_button(agenda.today, "snooze") is not None
    until = datetime.now().astimezone() + timedelta(hours=1)
    agenda.snooze(item, until)
    key = f"follow_up:{person}:{date.today().isoformat()}"
    assert dict(services.reminders.state().snoozed) == {key: until}
