"""Render the main window on demo data to PNG files, in English and in Chinese, to look at
(and for the README).

    python -m tests.screenshots OUTPUT_DIR [--size 1440x860]

Runs offscreen; the data is generated in a temporary folder and removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog

from tracker.db.opening import open_database
from tracker.domain.enums import Stage
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.services.demo import build_demo
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.window.main_window import MainWindow
from tracker.words.language import Translators


def _settle(milliseconds: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _page_name(window: MainWindow, number: int) -> str:
    names = {
        window.pages.indexOf(window.agenda_page): "agenda",
        window.pages.indexOf(window.applications_page): "main-window",
        window.pages.indexOf(window._board_slot): "board",
        window.pages.indexOf(window._questions_slot): "questions",
        window.pages.indexOf(window._offers_slot): "offers",
        window.pages.indexOf(window._people_slot): "people",
        window.pages.indexOf(window._insights_slot): "insights",
        window.pages.indexOf(window._stories_slot): "stories",
    }
    return names[number]


def _alongside(window: MainWindow, output: Path, language: str) -> Path:
    """An AI trainer application with the stories and pay figures of its kind of role."""
    from tracker.domain.enums import RoleCategory

    page = window.applications_page
    trainer = next(
        row
        for row in window.rows.rows()
        if row.role_category is RoleCategory.AI_TRAINER and not row.archived
    )
    window.show_application(trainer.id)
    _settle(600)
    page.detail.scroll_area.ensureWidgetVisible(page.detail.alongside, 0, 0)
    _settle()
    path = output / f"detail-alongside-{language}.png"
    window.grab().save(str(path))
    return path


def _capture(window: MainWindow, services: Services, output: Path, language: str) -> list[Path]:
    """New from posting: the form filled in from a saved BOSS page, its guesses marked; and the
    Posting view of an application with the posting kept."""
    from tracker.services.capture import capture_file, posting_of
    from tracker.ui.dialogs.application_dialog import ApplicationDialog

    postings = Path(__file__).parent / "fixtures" / "postings"
    captured = capture_file(postings / "boss-1.txt")
    form = ApplicationDialog(services.queries, lambda _values: None, parent=window)
    form.fill_from_posting(captured)
    form.show()
    _settle()
    dialog_path = output / f"capture-dialog-{language}.png"
    form.grab().save(str(dialog_path))
    form.hide()
    row = next(row for row in window.rows.rows() if not row.archived)
    if not services.postings.postings(row.id):
        services.postings.attach(row.id, posting_of(captured))
    window.show_application(row.id)
    _settle(600)
    page = window.applications_page
    page.detail.scroll_area.ensureWidgetVisible(page.detail.posting, 0, 0)
    _settle()
    view_path = output / f"posting-view-{language}.png"
    window.grab().save(str(view_path))
    return [dialog_path, view_path]


def _reminders(
    window: MainWindow,
    services: Services,
    settings: Settings,
    paths: AppPaths,
    output: Path,
    language: str,
) -> list[Path]:
    """What a reminder's notification says (drawn as the notification centre shows a title
    and its text: the platform's own window cannot be captured offscreen), one gathered
    notification of reminders missed while Pivot was closed, and Preferences ▸ Reminders."""
    from datetime import datetime, timedelta

    from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

    from tracker.domain.goals import suggested_goal
    from tracker.domain.reminders import ReminderState, due_now
    from tracker.ui.dialogs.preferences_dialog import PreferencesDialog
    from tracker.words import reminders as words

    now = datetime.now().astimezone()
    rows = window.rows.rows()
    found = services.reminders.reminders(rows, window.pipeline, now + timedelta(days=1), now.tzinfo)
    due = due_now(found, ReminderState(), now + timedelta(days=1), now.tzinfo)
    single = next((r for r in due if r.round_id is not None), due[0])
    toasts = (
        ("notification", words.reminder_title(single), words.reminder_text(single, now.tzinfo)),
        ("notification-missed", words.gathered_title(len(due), missed=True),
         words.gathered_text(due)),
    )  # fmt: skip
    written = []
    for name, title, text in toasts:
        toast = QFrame()
        toast.setStyleSheet("QFrame { background: #FAFAFA; border: 1px solid #C8C8D0; }")
        column = QVBoxLayout(toast)
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: bold; border: none;")
        body = QLabel(text)
        body.setStyleSheet("border: none;")
        for label in (heading, body):
            label.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(label)
        toast.setFixedWidth(420)
        toast.show()
        _settle()
        path = output / f"{name}-{language}.png"
        toast.grab().save(str(path))
        toast.hide()
        written.append(path)
    preferences = PreferencesDialog(
        settings, paths.data_dir, services.pipeline, window,
        goal_hint=words.goal_hint_text(suggested_goal(rows)),
    )  # fmt: skip
    preferences.tabs.setCurrentWidget(preferences.reminders)
    preferences.show()
    _settle()
    path = output / f"preferences-reminders-{language}.png"
    preferences.grab().save(str(path))
    preferences.hide()
    written.append(path)
    return written


def _people(window: MainWindow, services: Services, output: Path, language: str) -> list[Path]:
    """The People page with a referrer chosen (their applications listed), an application's
    People section, the form for a person and the dialog that links one."""
    from tracker.domain.enums import Relation
    from tracker.ui.dialogs.contact_dialog import ContactDialog
    from tracker.ui.dialogs.link_person_dialog import LinkPersonDialog

    people = services.people
    rows = people.rows()
    referrer = max(rows, key=lambda row: (row.applications, row.follow_up_on is not None))
    window.show_person(referrer.id)
    _settle()
    written = [output / f"people-chosen-{language}.png"]
    window.grab().save(str(written[-1]))
    (link, *_) = people.links_of_contact(referrer.id)
    window.show_application(link.application_id)
    _settle(600)
    page = window.applications_page
    page.detail.scroll_area.ensureWidgetVisible(page.detail.people, 0, 0)
    _settle()
    written.append(output / f"detail-people-{language}.png")
    window.grab().save(str(written[-1]))
    forms = (
        ("person", ContactDialog(lambda _draft: None, people.draft(referrer.id), window)),
        ("link-person", LinkPersonDialog(rows, f"{link.role_title} · {link.company_name}",
                                         Relation.REFERRER, window)),
    )  # fmt: skip
    for name, dialog in forms:
        dialog.show()
        _settle()
        written.append(output / f"{name}-{language}.png")
        dialog.grab().save(str(written[-1]))
        dialog.hide()
    return written


def _negotiation(window: MainWindow, services: Services, output: Path, language: str) -> list[Path]:
    """An offer's negotiation: the user's ask, the company's counter, each in take-home pay;
    and the form of a step."""
    from datetime import date

    from tracker.domain.enums import NegotiationSide
    from tracker.domain.negotiation import StepDraft
    from tracker.ui.dialogs.step_dialog import StepDialog

    window.show_page(window._offers_slot)
    page = window.offers_page
    offer = next(o for o in services.offers.list() if o.draft.monthly_base)
    base = offer.draft.monthly_base or 0
    months = offer.draft.months_per_year
    steps = services.negotiation
    if not steps.steps(offer.id):
        steps.save(StepDraft(offer.id, NegotiationSide.ASK, date(2026, 11, 28),
                             f"{(base + 3000) / 1000:g}K×{months + 1:g}", base + 3000,
                             months + 1, note="按脉脉上同级别的数据要的"))  # fmt: skip
        steps.save(StepDraft(offer.id, NegotiationSide.COUNTER, date(2026, 12, 2), "",
                             base + 1500, months, sign_on_bonus=20_000.0,
                             note="HR：薪数是统一的，可以给签字费"))  # fmt: skip
    page.reload()
    page.select_offer(offer.id)
    page.tabs.setCurrentWidget(page.negotiation)
    _settle()
    written = [output / f"negotiation-{language}.png"]
    window.grab().save(str(written[-1]))
    form = StepDialog(offer, page.step_value(offer), lambda _draft: None,
                      steps.steps(offer.id)[0], window)  # fmt: skip
    form.show()
    _settle()
    written.append(output / f"negotiation-step-{language}.png")
    form.grab().save(str(written[-1]))
    form.hide()
    page.tabs.setCurrentIndex(0)
    return written


def _documents(window: MainWindow, services: Services, output: Path, language: str) -> list[Path]:
    """The document library with a version chosen, an application's materials sent, the form
    of a version and an image version previewed."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from tracker.domain.documents import VersionDraft
    from tracker.domain.enums import DocumentKind
    from tracker.ui.dialogs.document_dialogs import VersionDialog
    from tracker.ui.dialogs.preview_dialog import PreviewDialog

    documents = services.documents
    portfolio = next(d for d in documents.rows() if d.kind is DocumentKind.PORTFOLIO)
    image_path = output / f".cover-{language}.png"
    if not any(v.file for v in portfolio.versions):
        cover = QImage(640, 400, QImage.Format.Format_RGB32)
        cover.fill(QColor("#F4F1EA"))
        painter = QPainter(cover)
        painter.fillRect(40, 40, 560, 90, QColor("#3A7BD5"))
        painter.fillRect(40, 160, 260, 200, QColor("#E08A2E"))
        painter.fillRect(340, 160, 260, 200, QColor("#2EA59A"))
        painter.end()
        cover.save(str(image_path))
        documents.save_version(VersionDraft(portfolio.id, "v3 标注案例"), image_path)
        image_path.unlink()
    library = window.document_commands.library()
    library.resize(980, 560)
    version = next(v for d in documents.rows() for v in d.versions if v.file is not None)
    library.select_version(version.id)
    _settle()
    written = [output / f"documents-{language}.png"]
    library.grab().save(str(written[-1]))
    stored, data = documents.content(version.id)
    preview = PreviewDialog(stored, data, window)
    preview.resize(720, 520)
    preview.show()
    _settle()
    written.append(output / f"document-preview-{language}.png")
    preview.grab().save(str(written[-1]))
    preview.hide()
    written.append(_pdf_preview(window, services, output, language))
    form = VersionDialog(lambda _values: None, version.document_id,
                         documents.version_draft(version.id), window,
                         file_name=stored.file_name, document_title=portfolio.title)  # fmt: skip
    form.show()
    _settle()
    written.append(output / f"document-version-{language}.png")
    form.grab().save(str(written[-1]))
    form.hide()
    library.hide()
    sent = documents.all_sent()
    chosen = next(s for s in sent if s.kind is DocumentKind.PORTFOLIO)
    documents.send(chosen.application_id, version.id, chosen.sent_on)
    window.show_application(chosen.application_id)
    _settle(600)
    page = window.applications_page
    page.detail.scroll_area.ensureWidgetVisible(page.detail.materials, 0, 0)
    _settle()
    written.append(output / f"detail-materials-{language}.png")
    window.grab().save(str(written[-1]))
    return written


def _pdf_preview(window: MainWindow, services: Services, output: Path, language: str) -> Path:
    """A résumé kept as a PDF, previewed: a page drawn by PDFium to the window's width."""
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    from tracker.domain.documents import VersionDraft
    from tracker.domain.enums import DocumentKind
    from tracker.ui.dialogs.preview_dialog import PreviewDialog

    documents = services.documents
    resume = next(d for d in documents.rows() if d.kind is DocumentKind.RESUME)
    source = output / f".resume-{language}.pdf"
    with PdfPages(source) as pdf:
        for number, lines in enumerate((_RESUME_LINES, _RESUME_LINES[:4])):
            page = Figure(figsize=(8.27, 11.69), facecolor="white")
            for row, line in enumerate(lines):
                size = 22 if row == 0 and number == 0 else 12
                page.text(0.1, 0.92 - row * 0.045, line, fontsize=size)
            pdf.savefig(page)
    version = documents.save_version(VersionDraft(resume.id, "v4 (PDF)"), source)
    source.unlink()
    stored, data = documents.content(version)
    preview = PreviewDialog(stored, data, window)
    preview.resize(720, 620)
    preview.show()
    _settle()
    path = output / f"document-pdf-{language}.png"
    preview.grab().save(str(path))
    preview.hide()
    return path


_RESUME_LINES = (
    "Lin Xiao - AI trainer / data annotation",
    "Shanghai  ·  lin.xiao@example.com",
    "",
    "Experience",
    "2023-2026  Product designer, e-commerce (3 years)",
    "2026       Annotation guidelines for a multimodal model (side project)",
    "",
    "Skills",
    "Prompt writing, RLHF preference labelling, quality review, Figma",
)


def _pay_figures(window: MainWindow, output: Path, language: str) -> Path:
    """Stories ▸ Pay figures with a figure chosen: its source's words, how it was read, and
    the context figures below."""
    window.show_page(window._stories_slot)
    page = window.stories_page
    page.tabs.setCurrentIndex(1)
    page.figure_table.selectRow(0)
    _settle()
    path = output / f"pay-figures-{language}.png"
    window.grab().save(str(path))
    page.tabs.setCurrentIndex(0)
    return path


def _dialogs(
    window: MainWindow, services: Services, paths: AppPaths, output: Path, language: str
) -> list[Path]:
    """The forms a user spends time in: an application, Preferences ▸ Stages, an interview
    round, an offer, the import preview and the backups."""
    from tracker.ui.dialogs.preferences_dialog import PreferencesDialog
    from tracker.ui.dialogs.round_dialog import RoundDialog

    preferences = PreferencesDialog(Settings(paths.data_dir / "p.ini"), paths.data_dir,
                                    services.pipeline, window)  # fmt: skip
    preferences.tabs.setCurrentWidget(preferences.stages)
    rounds = next(
        (row, found)
        for row in window.rows.rows()
        if (found := services.interviews.rounds_of(row.id))
        and any(r.draft.questions for r in found)
    )
    application = services.applications.get(rounds[0].id)
    interview = next(r for r in rounds[1] if r.draft.questions)
    round_form = RoundDialog(application, lambda _draft: None, interview, window)
    from tracker.ui.dialogs.offer_dialog import OfferDialog

    offer = services.offers.list()[-1]
    offer_form = OfferDialog(
        window.rows.rows(), services.offer_values, lambda _form: None, offer, None, window
    )
    from tracker.ui.dialogs.application_dialog import ApplicationDialog

    application_form = ApplicationDialog(services.queries, lambda _values: None, application,
                                         window)  # fmt: skip
    written = []
    forms = (
        ("application", application_form),
        ("preferences-stages", preferences), ("round", round_form), ("offer", offer_form),
        ("import", _import_dialog(window, services, paths)),
        ("backups", _backups_dialog(window, paths)),
    )  # fmt: skip
    for name, dialog in forms:
        dialog.show()
        _settle()
        path = output / f"{name}-{language}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.hide()
    offer_form.city.setCurrentText("深圳")  # a city with medical tiers
    offer_form.tabs.setCurrentIndex(1)
    offer_form.show()
    _settle()
    path = output / f"offer-funds-{language}.png"
    offer_form.grab().save(str(path))
    written.append(path)
    offer_form.hide()
    return written


def _import_dialog(window: MainWindow, services: Services, paths: AppPaths) -> QDialog:
    """The preview of a spreadsheet saved by WPS (GBK), with one application Pivot has and one
    row whose date cannot be read."""
    from tracker.ui.dialogs.import_dialog import ImportDialog

    known = window.rows.rows()[0]
    table = paths.data_dir / "求职记录.csv"
    lines = [
        "公司名称,职位,状态,投递日期,薪资,城市,渠道,备注",
        "字节跳动,AI训练师（多模态）,一面,2026年9月3日,25-50K·19薪,北京,内推,HR 说下周约二面",
        "智谱AI,提示词工程师,已投递,2026/9/8,20-30K,北京,BOSS直聘,",
        "小红书,AI产品经理,挂了,2026-08-30,面议,上海,官网,薪资面议",
        f"{known.company_name},{known.role_title},已投递,2026-09-01,,,,",
        "月之暗面,大模型应用工程师,笔试,下周三,40-60K·16薪,北京,猎头,",
    ]
    table.write_bytes("\n".join(lines).encode("gbk", errors="replace"))
    preview = services.imports.preview(table)
    return ImportDialog(services.imports, preview, services.pipeline.current(), window)


def _backups_dialog(window: MainWindow, paths: AppPaths) -> QDialog:
    from tracker.services.backups import BackupKeeper
    from tracker.ui.dialogs.backups_dialog import BackupsDialog

    keeper = BackupKeeper(paths.database, paths.backup_dir)
    if not list(paths.backup_dir.glob("pivot-*.db")):
        for label in ("pre-import", "auto", "manual"):
            keeper.back_up(label)
    return BackupsDialog(keeper, window)


def render(output: Path, width: int, height: int) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="pivot-shots-") as folder:
        root = Path(folder)
        database = open_database(root / "pivot.db", root / "backups")
        build_demo(database)
        services = Services(database)
        paths = AppPaths(data_dir=root, config_dir=root, log_dir=root)
        translators = Translators()
        for language in ("en", "zh_CN"):
            translators.install(language)
            actions = ApplicationActions(services, QUndoStack())
            settings = Settings(root / f"{language}.ini")
            settings.weekly_goal = 10  # the Agenda shows the week against it
            window = MainWindow(services, actions, settings, paths)
            window.resize(width, height)
            window.show()
            page = window.applications_page
            visible = [page.model.row_at(row) for row in range(page.model.rowCount())]
            interviewing = next(
                row for row in visible if row.stage is Stage.INTERVIEWING and row.is_open
            )
            page.select_ids([interviewing.id])
            _settle()
            for number in range(window.navigation.count()):
                window.navigation.setCurrentRow(number)
                if number == window.pages.indexOf(window._board_slot):
                    window.board_page.select_ids([interviewing.id])
                if number == window.pages.indexOf(window._insights_slot):
                    window.insights_page.finish_drawing()
                _settle()
                name = _page_name(window, number)
                path = output / f"{name}-{language}.png"
                window.grab().save(str(path))
                written.append(path)
            written.append(_alongside(window, output, language))
            written.append(_pay_figures(window, output, language))
            written.extend(_people(window, services, output, language))
            written.extend(_documents(window, services, output, language))
            written.extend(_capture(window, services, output, language))
            written.extend(_reminders(window, services, settings, paths, output, language))
            offers = window.offers_page
            offers.tabs.setCurrentWidget(offers.decision)
            _settle()
            path = output / f"decision-{language}.png"
            window.grab().save(str(path))
            written.append(path)
            written.extend(_negotiation(window, services, output, language))
            written.extend(_dialogs(window, services, paths, output, language))
            window.close()
        services.close()
    translators.install("en")
    del app
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--size", default="1440x860")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    args.output.mkdir(parents=True, exist_ok=True)
    for path in render(args.output, width, height):
        print(path)  # noqa: T201


if __name__ == "__main__":
    main()
