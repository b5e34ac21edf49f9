"""New from posting, through the real clipboard, window and form: the form is filled in and
marked as guessed, saving keeps the posting with the application, duplicates and recent
rejections are pointed out, a posting can be pasted later and moved to the trash, and a file
or a link dropped on the window opens the form too."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, wait_for_detail, with_modal
from tracker.domain.enums import Channel, Outcome, RoleCategory
from tracker.domain.records import ApplicationCreate, ApplicationRead
from tracker.domain.search_results import SearchKind
from tracker.services.container import Services
from tracker.ui.dialogs.application_dialog import ApplicationDialog
from tracker.ui.dialogs.posting_fill import GUESSED_BACKGROUND
from tracker.ui.widgets.posting_section import PostingSection
from tracker.ui.window.main_window import MainWindow

POSTING_TEXT = """AI训练师（多模态）
15-25K·14薪
北京·朝阳区·望京
1-3年
本科
五险一金 双休
职位描述
负责多模态数据标注与质检，要求熟悉Python。
字节跳动
已上市
10000人以上
"""
POSTING_HTML = (
    '<html><head><link rel="canonical" href="https://www.zhipin.com/job_detail/abc.html">'
    "<script>track()</script></head><body>"
    + "".join(f"<p>{line}</p>" for line in POSTING_TEXT.splitlines())
    + "</body></html>"
)


@pytest.fixture(autouse=True)
def _clipboard_emptied_after() -> Iterator[None]:
    """Each test leaves the clipboard empty: mime data Qt still holds when the program ends is
    freed twice by the offscreen platform, and the test run would crash on its way out."""
    yield
    QGuiApplication.clipboard().clear()


def _copy(text: str, html: str = "") -> None:
    mime = QMimeData()
    mime.setText(text)
    if html:
        mime.setHtml(html)
    QGuiApplication.clipboard().setMimeData(mime)


def _capture_and(window: MainWindow, hands: Callable[[ApplicationDialog], None]) -> None:
    def work(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        hands(dialog)

    with_modal(window.capture_action.trigger, work)


def _guessed(dialog: ApplicationDialog) -> set[str]:
    return set(dialog.guesses.names)


def test_a_copied_posting_fills_the_form_and_is_kept_when_saved(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services
) -> None:
    window = make_window()
    _copy(POSTING_TEXT, POSTING_HTML)
    seen: dict[str, object] = {}

    def check_and_save(dialog: ApplicationDialog) -> None:
        seen["company"] = dialog.company.currentText()
        seen["role"] = dialog.role.text()
        seen["city"] = dialog.city.currentText()
        seen["district"] = dialog.district.text()
        seen["experience"] = dialog.declared["experience_asked"].value()
        seen["salary"] = dialog.salary.text()
        seen["link"] = dialog.job_url.text()
        seen["tags"] = dialog.tags.text()
        seen["category"] = dialog.category.value()
        seen["channel"] = dialog.channel.value()
        seen["guessed"] = _guessed(dialog)
        seen["style"] = dialog.role.styleSheet()
        seen["note"] = dialog.posting_note.text()
        seen["note_shown"] = dialog.posting_row.isVisibleTo(dialog)
        type_text(dialog.role, " ")  # the user edits the role: its mark goes
        seen["after_edit"] = _guessed(dialog)
        dialog.accept()

    _capture_and(window, check_and_save)
    assert seen["company"] == "字节跳动"
    assert seen["role"] == "AI训练师（多模态）"
    assert (seen["city"], seen["district"], seen["experience"]) == ("北京", "朝阳区", "1-3年")
    assert seen["salary"] == "15-25K·14薪"
    assert seen["link"] == "https://www.zhipin.com/job_detail/abc.html"
    assert seen["tags"] == "五险一金, 双休"
    assert seen["category"] is RoleCategory.AI_TRAINER
    assert seen["channel"] is Channel.BOSS
    assert {"company_name", "role_title", "city", "salary_text", "job_url"} <= seen["guessed"]  # type: ignore[operator]
    assert GUESSED_BACKGROUND in str(seen["style"])
    assert "BOSS Zhipin" in str(seen["note"]) and seen["note_shown"]
    assert "role_title" not in seen["after_edit"]  # type: ignore[operator]
    (row,) = services.queries.rows()
    assert (row.company_name, row.city, row.salary_months) == ("字节跳动", "北京", 14)
    (posting,) = services.postings.postings(row.id)
    assert posting.source == "boss" and posting.link.endswith("abc.html")
    assert "负责多模态数据标注" in posting.text
    assert "track" not in posting.html and "script" not in posting.html
    found = services.search.search("熟悉Python").group(SearchKind.POSTING)
    assert [hit.application_id for hit in found.hits] == [row.id]


def test_confirming_clears_every_mark_and_cancelling_saves_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services
) -> None:
    window = make_window()
    _copy(POSTING_TEXT)
    left: list[set[str]] = []

    def confirm_then_cancel(dialog: ApplicationDialog) -> None:
        assert _guessed(dialog)
        qtbot.mouseClick(dialog.confirm_guesses, Qt.MouseButton.LeftButton)
        left.append(_guessed(dialog))
        assert dialog.role.styleSheet() == ""
        dialog.reject()

    _capture_and(window, confirm_then_cancel)
    assert left == [set()]
    assert services.queries.rows() == []
    kept = services.database.reader.execute("SELECT count(*) FROM posting_snapshot").fetchone()
    assert kept == (0,)


def test_an_empty_clipboard_says_what_to_do(
    make_window: Callable[..., MainWindow], shown_messages: list[tuple[str, str]]
) -> None:
    window = make_window()
    _copy("   ")
    window.capture_action.trigger()
    ((title, text),) = shown_messages
    assert title == "New from posting" and "Ctrl+C" in text


def test_the_same_link_and_a_recent_rejection_at_the_company_are_pointed_out(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services
) -> None:
    earlier = services.applications.create(
        ApplicationCreate(
            company_name="字节跳动",
            role_title="数据标注员",
            job_url="https://www.zhipin.com/job_detail/abc.html/",
        )
    )
    services.applications.change_state(
        earlier.id, earlier.stage, Outcome.REJECTED, now=datetime.now(UTC) - timedelta(days=40)
    )
    window = make_window()
    _copy(POSTING_TEXT, POSTING_HTML)
    seen: list[str] = []
    opened: list[int] = []
    window.commands.open_application = opened.append

    def look(dialog: ApplicationDialog) -> None:
        qtbot.waitUntil(dialog.duplicate_warning.isVisibleTo(dialog).__bool__, timeout=2000)
        seen.append(dialog.duplicate_warning.text())
        assert dialog.open_duplicate.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.open_duplicate, Qt.MouseButton.LeftButton)

    _capture_and(window, look)
    (warning,) = seen
    assert "already logged this posting" in warning
    assert "turned down your application for 数据标注员" in warning
    assert opened == [earlier.id]
    assert len(services.queries.rows()) == 1  # nothing saved


def _posting_section(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services
) -> tuple[ApplicationRead, PostingSection]:
    """An application logged by hand, shown in the window: its panel's Posting section."""
    created = services.applications.create(
        ApplicationCreate(company_name="月之暗面", role_title="Prompt工程师")
    )
    window = make_window()
    page = window.applications_page
    window.show_application(created.id)
    wait_for_detail(qtbot, page, created.id)
    return created, page.detail.posting


def test_a_posting_pasted_later_is_shown_as_plain_text_and_can_go_to_the_trash(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services
) -> None:
    _created, section = _posting_section(qtbot, make_window, services)
    assert "No posting kept" in section.about.text()
    hostile = "Prompt工程师 <b>粗体</b> <img src=x onerror=alert(1)> 20-30K"
    _copy(hostile)
    qtbot.mouseClick(section.paste, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.posting is not None, timeout=2000)
    assert section.text.toPlainText() == hostile  # shown as typed, not rendered
    assert section.text.isReadOnly()
    assert "pasted text" in section.about.text()
    qtbot.mouseClick(section.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.posting is None, timeout=2000)
    (item,) = services.trash.items()
    assert item.kind == "posting"


def _drop(window: MainWindow, mime: QMimeData) -> None:
    position = QPointF(window.width() / 2, window.height() / 2)
    for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.Drop):
        event = QDropEvent(
            position,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            kind,
        )
        QApplication.sendEvent(window, event)
        assert event.isAccepted()


def _drop_and_wait(qtbot: QtBot, window: MainWindow, mime: QMimeData, seen: list[object]) -> None:
    """Drop, then let the form open (after the drop has ended) and be looked at."""
    _drop(window, mime)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)


def test_a_posting_file_dropped_on_the_window_opens_the_filled_form(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    saved_page = tmp_path / "posting.html"
    saved_page.write_text(POSTING_HTML, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(saved_page))])
    roles: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        roles.append(dialog.role.text())
        dialog.reject()

    with_modal(lambda: _drop_and_wait(qtbot, window, mime, roles), look)
    assert roles == ["AI训练师（多模态）"]


def test_a_link_dropped_alone_fills_the_link_and_is_not_opened(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl("https://www.liepin.com/job/1967253091.shtml")])
    seen: list[tuple[str, str]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        seen.append((dialog.job_url.text(), dialog.role.text()))
        dialog.reject()

    with_modal(lambda: _drop_and_wait(qtbot, window, mime, seen), look)
    assert seen == [("https://www.liepin.com/job/1967253091.shtml", "")]


def test_a_file_that_is_not_a_posting_is_refused_with_a_reason(
    make_window: Callable[..., MainWindow], shown_messages: list[tuple[str, str]], tmp_path: Path
) -> None:
    window = make_window()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10)
    window.capture.from_file(binary)
    ((_title, text),) = shown_messages
    assert "no text Pivot can read as a job posting" in text
    assert binary.read_bytes().startswith(b"\x89PNG")


def test_pasting_an_empty_or_oversized_clipboard_into_the_panel_says_which(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: Services,
    shown_messages: list[tuple[str, str]],
) -> None:
    created, section = _posting_section(qtbot, make_window, services)
    _copy("  ")
    qtbot.mouseClick(section.paste, Qt.MouseButton.LeftButton)
    _copy("AI训练师 " * 700_000)
    qtbot.mouseClick(section.paste, Qt.MouseButton.LeftButton)
    assert [text for _title, text in shown_messages] == [
        "The clipboard holds no text. Copy the job posting first, then paste.",
        "The copied text is over 5 MB, more than Pivot keeps of a posting.",
    ]
    assert services.postings.postings(created.id) == []
