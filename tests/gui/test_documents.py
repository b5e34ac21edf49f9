"""The document library and the materials of an application, through the real widgets: a
résumé and a version added from a file (and undone), a program refused with its message and
the form kept, a version recorded as sent from the application's panel and removed, an image
previewed, a copy saved out, and markup in a title shown as typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, wait_for_detail, with_modal
from tracker.domain.documents import DocumentDraft, VersionDraft
from tracker.domain.enums import DocumentKind
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.dialogs.document_dialogs import DocumentDialog, VersionDialog
from tracker.ui.dialogs.documents_dialog import DocumentsDialog
from tracker.ui.dialogs.preview_dialog import PreviewDialog
from tracker.ui.dialogs.send_version_dialog import SendVersionDialog
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def press(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(which).click()


def tree_texts(dialog: DocumentsDialog) -> list[str]:
    texts = []
    for index in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(index)
        assert top is not None
        texts.append(top.text(0))
        texts += [f"  {top.child(n).text(0)}" for n in range(top.childCount())]  # type: ignore[union-attr]
    return texts


def _png(tmp_path: Path) -> Path:
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3A7BD5"))
    path = tmp_path / "作品集 封面.png"
    image.save(str(path))
    return path


def test_a_resume_and_a_version_from_a_file_are_added_and_undone(
    make_window: Window, services: Services, tmp_path: Path
) -> None:
    window = make_window()
    window.documents_action.trigger()
    library = window.document_commands.library_dialog
    assert library is not None and library.isVisible()

    def new_resume(dialog: QDialog) -> None:
        assert isinstance(dialog, DocumentDialog)
        type_text(dialog.title, "简历（AI 训练师）")
        press(dialog, QDialogButtonBox.StandardButton.Save)

    with_modal(library.buttons["new"].click, new_resume)
    assert tree_texts(library) == ["Résumé · 简历（AI 训练师）"]
    library.tree.setCurrentItem(library.tree.topLevelItem(0))
    source = tmp_path / "简历 v3.pdf"
    source.write_bytes(PDF)

    def add_from_file(dialog: QDialog) -> None:
        assert isinstance(dialog, VersionDialog)
        dialog.set_file(source)
        assert dialog.label.text() == "简历 v3"  # named after the file until typed
        press(dialog, QDialogButtonBox.StandardButton.Save)

    with_modal(library.buttons["version"].click, add_from_file)
    assert tree_texts(library) == ["Résumé · 简历（AI 训练师）", "  简历 v3 (简历 v3.pdf)"]
    chosen = library.chosen()  # the new version is chosen
    assert chosen is not None and "简历 v3.pdf" in library.facts.text()
    assert library.buttons["copy"].isEnabled() and library.buttons["preview"].isEnabled()
    window._actions.undo_stack.undo()
    assert tree_texts(library) == ["Résumé · 简历（AI 训练师）"]
    window._actions.undo_stack.redo()
    assert tree_texts(library)[1] == "  简历 v3 (简历 v3.pdf)"


def test_a_program_offered_as_a_version_is_refused_and_the_form_kept(
    make_window: Window, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = services.documents.save_document(DocumentDraft(DocumentKind.PORTFOLIO, "作品集"))
    program = tmp_path / "portfolio.pdf"
    program.write_bytes(b"MZ\x90\x00 not a portfolio")
    shown: list[str] = []

    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Ok
    )
    window = make_window()

    def try_the_program(dialog: QDialog) -> None:
        assert isinstance(dialog, VersionDialog)
        type_text(dialog.label, "v2 带标注案例")
        dialog.set_file(program)
        press(dialog, QDialogButtonBox.StandardButton.Save)
        assert dialog.isVisible() and dialog.label.text() == "v2 带标注案例"
        assert dialog.file_text.text() == "portfolio.pdf"
        dialog.reject()

    with_modal(lambda: window.document_commands.version(document), try_the_program)
    assert len(shown) == 1 and "program or a script" in shown[0]
    assert services.documents.rows()[0].versions == ()


def test_a_version_recorded_as_sent_from_the_panel_is_listed_and_removed(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    documents = services.documents
    resume = documents.save_document(DocumentDraft(DocumentKind.RESUME, "简历"))
    documents.save_version(VersionDraft(resume, "v2 通用"))
    documents.save_version(VersionDraft(resume, "v3 多模态", added_on=date(2026, 11, 1)))
    created = add("智谱AI", "AI训练师", applied_on=date(2026, 11, 2))
    window = make_window()
    window.applications_page.enable_details()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)
    section = window.applications_page.detail.materials
    assert section.entries.count() == 0

    def choose_v3(dialog: QDialog) -> None:
        assert isinstance(dialog, SendVersionDialog)
        assert dialog.sent_on() == date(2026, 11, 2)  # the day it was applied for
        assert dialog.version.currentText() == "Résumé · 简历 · v3 多模态"  # newest first
        press(dialog, QDialogButtonBox.StandardButton.Save)

    with_modal(section.send_button.click, choose_v3)
    qtbot.waitUntil(lambda: section.entries.count() == 1)
    assert section.entries.entry_text(0) == "Résumé, sent 2026-11-02\n简历 · v3 多模态"
    assert [s.label for s in documents.sent_with(created.id)] == ["v3 多模态"]
    remove = [b for b in section.findChildren(QToolButton) if b.objectName() == "remove"]
    remove[0].click()
    qtbot.waitUntil(lambda: section.entries.count() == 0)
    assert documents.sent_with(created.id) == []
    window._actions.undo_stack.undo()
    qtbot.waitUntil(lambda: section.entries.count() == 1)


def test_an_image_is_previewed_and_a_copy_saved_out(
    make_window: Window, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = services.documents
    portfolio = documents.save_document(DocumentDraft(DocumentKind.PORTFOLIO, "作品集"))
    image = documents.save_version(VersionDraft(portfolio, "封面"), _png(tmp_path))
    window = make_window()
    library = window.document_commands.library()
    library.select_version(image)
    assert library.buttons["preview"].isEnabled()

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, PreviewDialog)
        assert dialog.shown and dialog.picture.pixmap().width() == 40
        dialog.reject()

    with_modal(library.buttons["preview"].click, look)
    target = tmp_path / "out.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    library.buttons["copy"].click()
    assert target.read_bytes() == (tmp_path / "作品集 封面.png").read_bytes()


def test_markup_in_a_title_is_shown_as_typed(make_window: Window, services: Services) -> None:
    documents = services.documents
    resume = documents.save_document(DocumentDraft(DocumentKind.RESUME, "<b>简历</b>", "<i>x</i>"))
    documents.save_version(VersionDraft(resume, "<img src=x>"))
    library = make_window().document_commands.library()
    assert tree_texts(library) == ["Résumé · <b>简历</b>", "  <img src=x>"]
    library.tree.setCurrentItem(library.tree.topLevelItem(0))
    assert "<i>x</i>" in library.facts.text()
    from PySide6.QtCore import Qt

    assert library.facts.textFormat() == Qt.TextFormat.PlainText


def test_an_empty_library_is_filled_from_the_record_dialog_and_the_version_chosen(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    created = add("月之暗面", "AI产品经理", applied_on=date(2026, 11, 20))
    window = make_window()
    window.applications_page.enable_details()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)
    section = window.applications_page.detail.materials

    def new_document(dialog: QDialog) -> None:
        assert isinstance(dialog, DocumentDialog)
        type_text(dialog.title, "作品集")
        press(dialog, QDialogButtonBox.StandardButton.Save)

    def new_version(dialog: QDialog) -> None:
        assert isinstance(dialog, VersionDialog)
        type_text(dialog.label, "在线版")
        type_text(dialog.link, "https://example.com/portfolio")
        press(dialog, QDialogButtonBox.StandardButton.Save)

    def fill_library(dialog: QDialog) -> None:
        assert isinstance(dialog, DocumentsDialog)  # over the form, usable while it waits
        with_modal(dialog.buttons["new"].click, new_document)
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
        with_modal(dialog.buttons["version"].click, new_version)
        dialog.reject()

    def record(dialog: QDialog) -> None:
        assert isinstance(dialog, SendVersionDialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled() and dialog.empty.isVisible()
        with_modal(dialog.library.click, fill_library)
        assert dialog.version.currentText().endswith("作品集 · 在线版")
        assert save.isEnabled()
        save.click()

    with_modal(section.send_button.click, record)
    qtbot.waitUntil(lambda: section.entries.count() == 1)
    links = [b for b in section.findChildren(QToolButton) if b.objectName() == "link"]
    assert len(links) == 1  # a link version opens from the panel
    (sent,) = services.documents.sent_with(created.id)
    assert (sent.label, sent.sent_on, sent.link) == (
        "在线版", date(2026, 11, 20), "https://example.com/portfolio",
    )  # fmt: skip


def _pdf(path: Path, pages: int, inches: tuple[float, float] = (8.27, 11.69)) -> Path:
    """A real PDF of ``pages`` pages, as matplotlib writes one (A4 unless told)."""
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    with PdfPages(path) as pdf:
        for number in range(pages):
            page = Figure(figsize=inches)
            page.text(0.1, 0.9, f"Resume, page {number + 1}", fontsize=20)
            pdf.savefig(page)
    return path


def test_a_pdf_version_is_previewed_page_by_page(
    make_window: Window, services: Services, tmp_path: Path
) -> None:
    documents = services.documents
    resume = documents.save_document(DocumentDraft(DocumentKind.RESUME, "简历"))
    version = documents.save_version(VersionDraft(resume, "v3"), _pdf(tmp_path / "cv.pdf", 2))
    library = make_window().document_commands.library()
    library.select_version(version)
    assert library.buttons["preview"].isEnabled()

    def read_both_pages(dialog: QDialog) -> None:
        assert isinstance(dialog, PreviewDialog)
        assert dialog.shown and "2 pages" in dialog.facts.text()
        assert dialog.page_text.text() == "Page 1 of 2" and not dialog.previous.isEnabled()
        first = dialog.picture.pixmap()
        room = dialog.area.viewport().width()
        assert room - 10 <= first.width() <= room  # drawn to fit the width
        assert first.height() > first.width()  # an A4 page, upright
        dialog.next.click()
        assert dialog.page_text.text() == "Page 2 of 2" and not dialog.next.isEnabled()
        dialog.fit.setChecked(False)  # actual size: 595 points at 96 dpi
        assert abs(dialog.picture.pixmap().width() - round(595.4 * 96 / 72)) <= 2
        dialog.reject()

    with_modal(library.buttons["preview"].click, read_both_pages)


def test_a_damaged_pdf_or_a_poster_sized_page_never_breaks_the_preview(
    services: Services, tmp_path: Path
) -> None:
    from tracker.ui.pdf_pages import MAX_PIXELS, PdfPages

    documents = services.documents
    resume = documents.save_document(DocumentDraft(DocumentKind.RESUME, "简历"))
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    version = documents.save_version(VersionDraft(resume, "damaged"), damaged)
    stored, data = documents.content(version)
    preview = PreviewDialog(stored, data)
    assert not preview.shown and "cannot be shown" in preview.picture.text()
    poster = PdfPages(_pdf(tmp_path / "poster.pdf", 1, (200.0, 200.0)).read_bytes())
    image = poster.render(0, None)  # actual size would be 19,200 pixels square
    assert not image.isNull() and image.width() * image.height() <= MAX_PIXELS
    poster.close()
