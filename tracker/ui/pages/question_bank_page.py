"""The question bank: every question asked in every round (the same question asked again is one
line, with how many times), filterable by tag, company and role category, with a search over
questions, answers and tags."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import RoleCategory
from tracker.domain.errors import PivotError
from tracker.domain.interviews import QuestionGroup, QuestionRow, group_questions
from tracker.domain.text import match_key
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.models.question_table_model import QuestionColumn, QuestionTableModel
from tracker.ui.pages.read_when_shown import ReadWhenShown
from tracker.ui.widgets.choice_combo import ChoiceCombo, optional_enum_combo
from tracker.ui.widgets.plain_label import plain_label
from tracker.ui.widgets.table_view import TableView
from tracker.ui.window.remembered_layout import RememberedLayout
from tracker.words.formatting import format_date


class QuestionBankPage(ReadWhenShown):
    round_requested = Signal(int, int)  # application id, round id
    storage_failed = Signal(object)
    selection_changed = Signal()

    def __init__(
        self, services: Services, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.layout_memory = RememberedLayout(settings)
        self._all: list[QuestionRow] = []
        self.model = QuestionTableModel(self)
        self._build()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search questions, answers and tags…"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter: ChoiceCombo[str | None] = ChoiceCombo([(self.tr("All tags"), None)])
        self.company_filter: ChoiceCombo[str | None] = ChoiceCombo(
            [(self.tr("All companies"), None)]
        )
        self.category_filter = optional_enum_combo(list(RoleCategory), self.tr("All categories"))
        self.search.textChanged.connect(self._apply)
        for combo in (self.tag_filter, self.company_filter, self.category_filter):
            combo.currentIndexChanged.connect(self._apply)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.company_filter, 1)
        filters.addWidget(self.category_filter, 1)
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # The question takes the room; the other columns are as wide as what they hold.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QuestionColumn.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in QuestionColumn:
            if column is not QuestionColumn.QUESTION:
                self.table.setColumnWidth(column, 110)
        self.table.setColumnWidth(QuestionColumn.TIMES, 80)
        self.table.setColumnWidth(QuestionColumn.TAGS, 150)
        self.table.setColumnWidth(QuestionColumn.ROLE, 170)
        self.table.setColumnWidth(QuestionColumn.COMPANY, 120)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.table.doubleClicked.connect(self._open_round)
        self.answer = plain_label()
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answer.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.answer)
        splitter.setSizes([560, 160])
        self.layout_memory.add("questions/header", header)
        self.layout_memory.add("questions/splitter", splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def save_layout(self) -> None:
        self.layout_memory.save()

    def reload(self) -> None:
        try:
            self._all = self._services.interview_queries.question_bank()
        except PivotError as error:
            self.storage_failed.emit(error)
            return
        self.read_done()
        self._refill_choices()
        self._apply()

    def _refill_choices(self) -> None:
        tags = sorted({tag for row in self._all for tag in row.tags}, key=match_key)
        companies = sorted({row.company_name for row in self._all}, key=match_key)
        for combo, values, everything in (
            (self.tag_filter, tags, self.tr("All tags")),
            (self.company_filter, companies, self.tr("All companies")),
        ):
            chosen = combo.value()
            combo.blockSignals(True)
            combo.set_choices([(everything, None), *((value, value) for value in values)])
            combo.set_value(chosen)
            combo.blockSignals(False)

    def _apply(self) -> None:
        terms = match_key(self.search.text()).split()
        tag, company = self.tag_filter.value(), self.company_filter.value()
        category = self.category_filter.value()
        shown = [
            row
            for row in self._all
            if (tag is None or tag in row.tags)
            and (company is None or row.company_name == company)
            and (category is None or row.role_category is category)
            and all(term in _search_text(row) for term in terms)
        ]
        self.model.set_rows(group_questions(shown))
        self.table.set_placeholder(
            self.tr("No questions yet: add them to the rounds of your interviews.")
            if not self._all
            else self.tr("No question matches these filters.")
        )
        self.answer.clear()
        self.selection_changed.emit()

    def current_group(self) -> QuestionGroup | None:
        """The question selected (with every time it was asked), if any."""
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _show_selected(self) -> None:
        group = self.current_group()
        if group is None:
            self.answer.clear()
            return
        self.answer.setText(self._answers_text(group))

    def _answers_text(self, group: QuestionGroup) -> str:
        """The question, then each time it was asked with the answer given then."""
        parts = [group.latest.question]
        if group.times > 1:
            parts.append(self.tr("Asked {count} times:").format(count=group.times))
        for row in group.asked:
            where = " · ".join(
                part for part in (format_date(row.asked_on), row.company_name, row.round_name)
                if part
            )  # fmt: skip
            answer = row.my_answer or self.tr("(no answer written down)")
            parts.append(f"{where}\n{answer}" if group.times > 1 else answer)
        return "\n\n".join(parts)

    def edit_current(self) -> None:
        """Open the round the selected question was last asked in (its questions are edited
        there)."""
        group = self.current_group()
        if group is not None:
            self.round_requested.emit(group.latest.application_id, group.latest.round_id)

    def _open_round(self) -> None:
        self.edit_current()


def _search_text(row: QuestionRow) -> str:
    return match_key(" ".join((row.question, row.my_answer, *row.tags)))
