"""The selected application in full: its facts, its stage history and its notes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.application_fields import FIELDS, FieldSpec, Kind
from tracker.domain.errors import NotFoundError, PivotError
from tracker.domain.interviews import RoundRead
from tracker.domain.pipeline import Pipeline, probably_ghosted, silent_days
from tracker.domain.records import ApplicationRead, PostingRead, StageEventRead
from tracker.domain.reference import benchmarks_for, stories_for
from tracker.domain.salary import SalaryParseError, parse_salary
from tracker.domain.validation import is_openable_url
from tracker.services.container import Services
from tracker.ui.dialogs.declared_field import LAID_OUT_BY_HAND
from tracker.ui.dialogs.form_fields import form_layout
from tracker.ui.widgets.alongside_section import AlongsideSection
from tracker.ui.widgets.entry_list import EntryList
from tracker.ui.widgets.materials_section import MaterialsSection
from tracker.ui.widgets.people_section import PeopleSection
from tracker.ui.widgets.plain_label import plain_label
from tracker.ui.widgets.posting_section import PostingSection
from tracker.ui.widgets.rounds_section import RoundsSection
from tracker.words import counts
from tracker.words.formatting import format_date, format_datetime, salary_preview, salary_problem
from tracker.words.imports import field_label
from tracker.words.labels import label, state_label

if TYPE_CHECKING:  # read with the application's people and company, after start-up
    from tracker.domain.companies import CompanyDraft
    from tracker.domain.documents import SentVersion
    from tracker.domain.people import ContactLink


def web_url(text: str) -> QUrl | None:
    """The link a click may open: http(s) only, a bare host becoming https."""
    text = text.strip()
    if not is_openable_url(text):
        return None
    url = QUrl(text if "://" in text else f"https://{text}")
    return url if url.scheme() in ("http", "https") and url.isValid() else None


def _excerpt(text: str, limit: int = 2000) -> str:
    """Long pasted descriptions are shown in part; the edit dialog holds them whole."""
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _shown(spec: FieldSpec, value: Any) -> str:
    """A declared field's value as the facts list shows it."""
    if value is None or value in ("", ()):
        return ""
    if spec.kind is Kind.TEXT:
        return _excerpt(value)
    if spec.kind is Kind.DATE:
        return format_date(value)
    if spec.kind is Kind.CHOICE:
        return label(value)
    if spec.kind is Kind.RATING:
        return "★" * int(value)
    if spec.kind is Kind.TAGS:
        return ", ".join(value)
    return str(value)


class DetailPanel(QWidget):
    note_added = Signal(int, str)  # application id, body
    note_deleted = Signal(object)  # NoteRead
    ghosted_requested = Signal(int)  # application id
    company_requested = Signal(str)  # the company's name: its record and history
    load_failed = Signal(object)  # a PivotError while reading the application

    def __init__(
        self, pipeline: Pipeline, services: Services | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self._services = services
        self._application: ApplicationRead | None = None
        # Unsaved note text per application: switching away never loses it, and it is never
        # added to the wrong application.
        self._drafts: dict[int, str] = {}
        self.setMinimumWidth(300)
        self.title = plain_label()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.company = plain_label()
        self.company_button = QPushButton(self.tr("Company…"))
        self.company_button.setToolTip(
            self.tr("What you keep about the company, and every application there")
        )
        self.company_button.clicked.connect(self._company_requested)
        self.state = plain_label()
        self.facts = form_layout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.open_link = QPushButton(self.tr("Open job posting"))
        self.open_link.clicked.connect(self._open_link)
        self.history = EntryList(self.tr("No moves yet."))
        self.notes = EntryList(self.tr("No notes yet."), {"delete": self.tr("Delete")})
        self.notes.action_requested.connect(lambda _name, note: self.note_deleted.emit(note))
        self.note_editor = QPlainTextEdit()
        self.note_editor.setPlaceholderText(self.tr("Write a note…"))
        self.note_editor.setMaximumHeight(70)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.clicked.connect(self._add_note)
        self.rounds = RoundsSection()
        self.people = PeopleSection()
        self.materials = MaterialsSection()
        self.posting = PostingSection()
        self.posting.paste_requested.connect(self._paste_posting)
        self.posting.remove_requested.connect(self._remove_posting)
        self.alongside = AlongsideSection()
        self.ghost_notice = plain_label()
        self.ghost_notice.setStyleSheet("color: #6F6A86;")
        self.mark_ghosted = QPushButton(self.tr("Mark as ghosted"))
        self.mark_ghosted.clicked.connect(self._mark_ghosted)
        self.empty = plain_label(self.tr("Select an application to see its details."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build()
        self.show_application(None)

    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        company_row = QHBoxLayout()
        company_row.addWidget(self.company, 1)
        company_row.addWidget(self.company_button)
        column.addLayout(company_row)
        column.addWidget(self.state)
        ghost_row = QHBoxLayout()
        ghost_row.addWidget(self.ghost_notice, 1)
        ghost_row.addWidget(self.mark_ghosted)
        column.addLayout(ghost_row)
        column.addLayout(self.facts)
        column.addWidget(self.open_link)
        column.addWidget(self._heading(self.tr("People")))
        column.addWidget(self.people)
        column.addWidget(self._heading(self.tr("Materials sent")))
        column.addWidget(self.materials)
        column.addWidget(self._heading(self.tr("Posting")))
        column.addWidget(self.posting)
        column.addWidget(self._heading(self.tr("Interviews")))
        column.addWidget(self.rounds)
        column.addWidget(self._heading(self.tr("Notes")))
        column.addWidget(self.note_editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_note_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.notes)
        column.addWidget(self._heading(self.tr("Stage history")))
        column.addWidget(self.history)
        column.addWidget(self._heading(self.tr("People who made this move")))
        column.addWidget(self.alongside)
        column.addStretch(1)
        self.content = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll)
        self.scroll_area = scroll

    @staticmethod
    def _heading(text: str) -> QLabel:
        heading = QLabel(text)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        return heading

    @property
    def application(self) -> ApplicationRead | None:
        return self._application

    def load(self, application_id: int) -> None:
        """Read the application and its rounds and show them (nothing, if it has gone)."""
        assert self._services is not None
        try:
            application = self._services.applications.get(application_id)
            rounds = self._services.interviews.rounds_of(application_id)
            postings = list(self._services.postings.postings(application_id))
            links = self._services.people.links_of_application(application_id)
            sent = self._services.documents.sent_with(application_id)
            company = self._services.companies.named(application.company_name)
            reference = self._services.reference
            category = application.fields.role_category
            stories = stories_for(reference.stories(), category)
            benchmarks = benchmarks_for(reference.benchmarks(), category)
        except NotFoundError:
            self.show_application(None)
        except PivotError as error:
            self.load_failed.emit(error)
        else:
            self.show_application(application, rounds, postings, links, company, sent)
            self.alongside.show_reference(stories, benchmarks)

    def show_application(
        self,
        application: ApplicationRead | None,
        rounds: list[RoundRead] | None = None,
        postings: list[PostingRead] | None = None,
        links: list[ContactLink] | None = None,
        company: CompanyDraft | None = None,
        sent: list[SentVersion] | None = None,
    ) -> None:
        self._keep_draft()
        self._application = application
        self.note_editor.setPlainText(self._drafts.get(application.id, "") if application else "")
        self.empty.setVisible(application is None)
        self.scroll_area.setVisible(application is not None)
        if application is None:
            return
        fields = application.fields
        self.title.setText(fields.role_title)
        facts = (company.industry, company.size, company.funding_stage) if company else ()
        self.company.setText(" · ".join(part for part in (fields.company_name, *facts) if part))
        self.state.setText(state_label(application.stage, application.outcome, self._pipeline))
        self._show_ghosting(application)
        self._fill_facts(application)
        self.open_link.setVisible(web_url(fields.job_url) is not None)
        self.rounds.show_rounds(rounds or [])
        self.posting.show_postings(postings or [])
        self.people.show_links(links or [])
        self.materials.show_sent(sent or [])
        self.history.set_entries(
            [self._history_entry(event) for event in reversed(application.history)]
        )
        self.notes.set_entries(
            [(format_datetime(note.created_at), note.body, note) for note in application.notes]
        )

    def _show_ghosting(self, application: ApplicationRead) -> None:
        now = datetime.now(UTC)
        ghosted = probably_ghosted(
            application.stage,
            application.outcome,
            application.stage_changed_at,
            self._pipeline,
            now,
        )
        self.ghost_notice.setVisible(ghosted)
        self.mark_ghosted.setVisible(ghosted)
        if ghosted:
            days = silent_days(application.stage_changed_at, now)
            self.ghost_notice.setText(
                self.tr("No answer for {days}: probably ghosted.").format(days=counts.days(days))
            )

    def _company_requested(self) -> None:
        if self._application is not None:
            self.company_requested.emit(self._application.fields.company_name)

    def _mark_ghosted(self) -> None:
        if self._application is not None:
            self.ghosted_requested.emit(self._application.id)

    def _fill_facts(self, application: ApplicationRead) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        fields = application.fields
        rows: list[tuple[str, str]] = [
            (self.tr("Category"), label(fields.role_category)),
            (self.tr("City"), " · ".join(part for part in (fields.city, fields.district) if part)),
            (self.tr("Work mode"), label(fields.work_mode) if fields.work_mode else ""),
            (self.tr("Hiring track"), label(fields.hiring_track)),
            (self.tr("Channel"), self._channel_text(application)),
            (self.tr("Posted salary"), self._salary_text(fields.salary_text)),
            (self.tr("Applied"), format_date(fields.applied_on)),
            (self.tr("Priority"), label(fields.priority)),
            (self.tr("Excitement"), "★" * fields.excitement if fields.excitement else ""),
            (self.tr("Next action"), self._next_action_text(application)),
            (self.tr("Tags"), ", ".join(fields.tags)),
            (self.tr("Job description"), _excerpt(fields.job_description)),
        ]
        rows += [
            (field_label(spec), _shown(spec, getattr(fields, spec.name)))
            for spec in FIELDS
            if spec.name not in LAID_OUT_BY_HAND
        ]
        for name, value in rows:
            if value:
                self.facts.addRow(name, plain_label(value))

    def _channel_text(self, application: ApplicationRead) -> str:
        fields = application.fields
        if fields.channel is None:
            return ""
        text = label(fields.channel)
        if fields.referral_code:
            text += " · " + self.tr("referral code {code}").format(code=fields.referral_code)
        return text

    @staticmethod
    def _salary_text(text: str) -> str:
        if not text:
            return ""
        try:
            reading = salary_preview(parse_salary(text))
        except SalaryParseError as error:
            reading = salary_problem(error)
        return f"{text}\n{reading}"

    def _next_action_text(self, application: ApplicationRead) -> str:
        fields = application.fields
        if fields.next_action_due is None:
            return fields.next_action
        due = self.tr("due {date}").format(date=format_date(fields.next_action_due))
        return f"{fields.next_action} ({due})" if fields.next_action else due

    def _history_entry(self, event: StageEventRead) -> tuple[str, str, object]:
        after = state_label(event.to_stage, event.to_outcome, self._pipeline)
        if event.from_stage is None:
            move = self.tr("Logged as {state}").format(state=after)
        else:
            before = state_label(event.from_stage, event.from_outcome, self._pipeline)
            move = f"{before} → {after}"
        text = f"{move}\n{event.note}" if event.note else move
        return format_datetime(event.occurred_at), text, event

    def _open_link(self) -> None:
        if self._application is None:
            return
        url = web_url(self._application.fields.job_url)
        if url is not None:
            QDesktopServices.openUrl(url)

    def _add_note(self) -> None:
        body = self.note_editor.toPlainText()
        if self._application is None or not body.strip():
            return
        self.note_added.emit(self._application.id, body)

    def _keep_draft(self) -> None:
        if self._application is None:
            return
        text = self.note_editor.toPlainText()
        if text.strip():
            self._drafts[self._application.id] = text
        else:
            self._drafts.pop(self._application.id, None)

    def _paste_posting(self) -> None:
        """Keep what the clipboard holds as the shown application's posting."""
        from PySide6.QtGui import QGuiApplication

        from tracker.domain.posting_reader import PostingError
        from tracker.services.capture import capture_text, posting_of
        from tracker.ui.dialogs import messages

        if self._application is None or self._services is None:
            return
        mime = QGuiApplication.clipboard().mimeData()
        try:
            captured = capture_text(
                mime.text() if mime is not None and mime.hasText() else "",
                mime.html() if mime is not None and mime.hasHtml() else "",
            )
            self._services.postings.attach(self._application.id, posting_of(captured, ""))
        except PostingError as error:
            text = (
                self.tr("The copied text is over 5 MB, more than Pivot keeps of a posting.")
                if error.too_large
                else self.tr("The clipboard holds no text. Copy the job posting first, then paste.")
            )
            messages.show_info(self, self.tr("Paste posting"), text)
            return
        except PivotError as error:
            self.load_failed.emit(error)
            return
        self.load(self._application.id)

    def _remove_posting(self, posting: PostingRead) -> None:
        if self._services is None:
            return
        try:
            self._services.trash.put("posting", [posting.id])
        except PivotError as error:
            self.load_failed.emit(error)
            return
        self.load(posting.application_id)

    def note_saved(self, application_id: int) -> None:
        """The window saved the note: forget its draft (it is kept if saving failed)."""
        self._drafts.pop(application_id, None)
        if self._application is not None and self._application.id == application_id:
            self.note_editor.clear()
