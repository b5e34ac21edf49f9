"""The People page: everyone the user keeps (referrers, recruiters, interviewers, peers), found
by typing, each with how to reach them, when they last spoke, when to follow up, and every
application they are part of."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import NotFoundError, PivotError
from tracker.domain.people import ContactDraft, ContactLink
from tracker.domain.pipeline import Pipeline
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.dialogs.form_fields import form_layout
from tracker.ui.models.contact_table_model import ContactColumn, ContactTableModel
from tracker.ui.pages.read_when_shown import ReadWhenShown
from tracker.ui.widgets.detail_panel import web_url
from tracker.ui.widgets.entry_list import EntryList
from tracker.ui.widgets.plain_label import plain_label
from tracker.ui.widgets.table_view import TableView
from tracker.ui.window.remembered_layout import RememberedLayout
from tracker.words.formatting import format_date
from tracker.words.labels import label, state_label


class PersonPanel(QWidget):
    """One person in full."""

    application_requested = Signal(int)  # application id

    def __init__(self, pipeline: Pipeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self.person: ContactDraft | None = None
        self.name = plain_label()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.where = plain_label()
        self.facts = form_layout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.open_linkedin = QPushButton(self.tr("Open LinkedIn profile"))
        self.open_linkedin.clicked.connect(self._open_linkedin)
        self.applications = EntryList(
            self.tr("Not linked to any application yet. Link them from an application's panel."),
            {"open": self.tr("Open")},
        )
        self.applications.action_requested.connect(
            lambda _name, link: self.application_requested.emit(link.application_id)
        )
        self.empty = plain_label(self.tr("Select someone to see how you know them."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.name)
        column.addWidget(self.where)
        column.addLayout(self.facts)
        column.addWidget(self.open_linkedin)
        column.addWidget(_heading(self.tr("Applications")))
        column.addWidget(self.applications)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll_area)
        self.show_person(None, [])

    def show_person(self, person: ContactDraft | None, links: list[ContactLink]) -> None:
        self.person = person
        self.empty.setVisible(person is None)
        self.scroll_area.setVisible(person is not None)
        if person is None:
            return
        self.name.setText(person.name)
        self.where.setText(" · ".join(part for part in (person.role, person.company) if part))
        while self.facts.rowCount():
            self.facts.removeRow(0)
        rows = [
            (self.tr("How we met"), person.how_met),
            (self.tr("WeChat"), person.wechat),
            (self.tr("Phone"), person.phone),
            (self.tr("E-mail"), person.email),
            (self.tr("LinkedIn"), person.linkedin),
            (self.tr("Last contact"), _day(person.last_contact_on)),
            (self.tr("Follow up"), _day(person.follow_up_on)),
            (self.tr("Notes"), person.notes),
        ]
        for name, value in rows:
            if value:
                self.facts.addRow(name, plain_label(value))
        self.open_linkedin.setVisible(web_url(person.linkedin) is not None)
        self.applications.set_entries([self._entry(link) for link in links])

    def _entry(self, link: ContactLink) -> tuple[str, str, object]:
        state = state_label(link.stage, link.outcome, self._pipeline)
        return f"{label(link.relation)} · {state}", f"{link.role_title} · {link.company_name}", link

    def _open_linkedin(self) -> None:
        url = web_url(self.person.linkedin) if self.person is not None else None
        if url is not None:
            QDesktopServices.openUrl(url)


def _day(day: date | None) -> str:
    return format_date(day) if day is not None else ""


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = QFont(heading.font())
    font.setBold(True)
    heading.setFont(font)
    return heading


class PeoplePage(ReadWhenShown):
    new_requested = Signal()
    edit_requested = Signal(int)  # contact id
    delete_requested = Signal(int)  # contact id
    followed_up_requested = Signal(int)  # contact id: got in touch today
    import_requested = Signal()
    export_requested = Signal(list)  # contact ids
    storage_failed = Signal(object)

    def __init__(
        self,
        services: Services,
        pipeline: Pipeline,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.model = ContactTableModel(self)
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ContactColumn.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Every column in view beside the person's panel at 1280 pixels.
        widths = {
            ContactColumn.NAME: 80, ContactColumn.COMPANY: 100, ContactColumn.ROLE: 100,
            ContactColumn.HOW_MET: 130, ContactColumn.LAST_CONTACT: 92,
        }  # fmt: skip
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(
            ContactColumn.APPLICATIONS, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.set_placeholder(
            self.tr(
                "No one yet. Add the people of your hunt (the friend who can refer you, the "
                "recruiter, your interviewers) with “New person”, or import a .vcf file."
            )
        )
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name, company, role or how you met"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_query)
        self.new_button = QPushButton(self.tr("New person…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.followed_up_button = QPushButton(self.tr("Got in touch today"))
        self.followed_up_button.setToolTip(
            self.tr("Today becomes the last contact, and the follow-up is done")
        )
        self.import_button = QPushButton(self.tr("Import .vcf…"))
        self.export_button = QPushButton(self.tr("Export .vcf…"))
        self.export_button.setToolTip(self.tr("The selected person, or everyone if none is"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.followed_up_button.clicked.connect(self._followed_up)
        self.import_button.clicked.connect(self.import_requested.emit)
        self.export_button.clicked.connect(self._export)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.followed_up_button,
        ):
            buttons.addWidget(button)  # fmt: skip
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.count = QLabel()
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table)
        self.panel = PersonPanel(pipeline)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setSizes([720, 380])
        self.layout_memory = RememberedLayout(settings)
        self.layout_memory.add("people/splitter", self.splitter)
        self.layout_memory.add("people/header", header)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._selection_changed()

    def save_layout(self) -> None:
        self.layout_memory.save()

    def reload(self) -> None:
        chosen = self.current_id()
        try:
            rows = self._services.people.rows()
        except PivotError as error:
            self.storage_failed.emit(error)
            return
        self.read_done()
        self.model.set_rows(rows)
        if chosen is not None:
            self.select_person(chosen)

    def select_person(self, contact_id: int) -> bool:
        """Select someone, clearing a search that hides them; False if they are not listed."""
        if self.model.row_of(contact_id) is None and self.search.text():
            self.search.clear()
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _selection_changed(self) -> None:
        contact_id = self.current_id()
        chosen = contact_id is not None
        for button in (self.edit_button, self.delete_button, self.followed_up_button):
            button.setEnabled(chosen)
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(
            self.tr("%n contact(s)", "", total) if shown == total
            else self.tr("{shown} of {total}").format(shown=shown, total=total)
        )  # fmt: skip
        if contact_id is None:
            self.panel.show_person(None, [])
            return
        try:
            person = self._services.people.draft(contact_id)
            links = self._services.people.links_of_contact(contact_id)
        except NotFoundError:
            self.panel.show_person(None, [])
        except PivotError as error:
            self.storage_failed.emit(error)
        else:
            self.panel.show_person(person, links)

    def _edit(self) -> None:
        contact_id = self.current_id()
        if contact_id is not None:
            self.edit_requested.emit(contact_id)

    def _delete(self) -> None:
        contact_id = self.current_id()
        if contact_id is not None:
            self.delete_requested.emit(contact_id)

    def _followed_up(self) -> None:
        contact_id = self.current_id()
        if contact_id is not None:
            self.followed_up_requested.emit(contact_id)

    def _export(self) -> None:
        contact_id = self.current_id()
        if contact_id is not None:
            self.export_requested.emit([contact_id])
        else:
            shown = range(self.model.rowCount())
            self.export_requested.emit([self.model.row_at(i).id for i in shown])
