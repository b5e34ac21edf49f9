"""A company as a record: what the user keeps about it, and their history with it: every
application there and how it ended, each one a double-click away."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.companies import CompanyDraft, validate_company
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow
from tracker.ui.dialogs.form_dialog import FormDialog
from tracker.ui.dialogs.form_fields import form_layout
from tracker.ui.widgets.plain_label import plain_label
from tracker.ui.widgets.row_table import row_table
from tracker.words.formatting import format_date
from tracker.words.labels import state_label


class CompanyDialog(FormDialog):
    def __init__(
        self,
        company: CompanyDraft,
        history: list[ApplicationRow],
        pipeline: Pipeline,
        save: Callable[[CompanyDraft], object],
        open_application: Callable[[int], None],
        parent: QWidget | None = None,
        *,
        people: Sequence[str] = (),
    ) -> None:
        """``people``: the user's people who work there, as "name (role)"."""
        super().__init__(save, parent)
        self._company = company
        self._history = history
        self._open_application = open_application
        self.setWindowTitle(self.tr("Company"))
        self.setMinimumWidth(620)
        self.name = plain_label(company.name)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.website = QLineEdit(company.website)
        self.website.setPlaceholderText("https://")
        self.industry = QLineEdit(company.industry)
        self.industry.setPlaceholderText(self.tr("e.g. 大模型, AIGC, e-commerce"))
        self.head_count = QLineEdit(company.size)
        self.head_count.setPlaceholderText(self.tr("e.g. 1000-9999人"))
        self.funding_stage = QLineEdit(company.funding_stage)
        self.funding_stage.setPlaceholderText(self.tr("e.g. B轮, listed, not financed"))
        self.city = QLineEdit(company.city)
        self.notes = QPlainTextEdit(company.notes)
        self.notes.setPlaceholderText(
            self.tr("What you heard about the team, the culture, the pay")
        )
        self.notes.setMaximumHeight(100)
        form = form_layout()
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("Website"), "website", self.website),
            (self.tr("Industry"), "industry", self.industry),
            (self.tr("Size"), "size", self.head_count),
            (self.tr("Funding stage"), "funding_stage", self.funding_stage),
            (self.tr("City"), "city", self.city),
            (self.tr("Notes"), "notes", self.notes),
        ]
        for text, name, widget in rows:
            form.addRow(text, self._field(name, widget))
        heading = QLabel(self.tr("Your history with them: %n application(s)", "", len(history)))
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        self.history = row_table(
            [self.tr("Role"), self.tr("Applied"), self.tr("Where it stands")], stretch=0
        )
        self.history.setRowCount(len(history))
        for row, application in enumerate(history):
            cells = (
                application.role_title,
                format_date(application.applied_on) if application.applied_on else "",
                state_label(application.stage, application.outcome, pipeline),
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.setMaximumHeight(200)
        self.history.itemDoubleClicked.connect(self._open)
        hint = plain_label(self.tr("Double-click an application to open it."))
        self.people = plain_label(
            self.tr("People there: {names}").format(names=", ".join(people)) if people else ""
        )
        self.people.setVisible(bool(people))
        buttons = self._save_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(form)
        layout.addWidget(heading)
        layout.addWidget(self.history)
        layout.addWidget(hint)
        layout.addWidget(self.people)
        layout.addWidget(buttons)
        self._remember_initial()

    def values(self) -> CompanyDraft:
        return CompanyDraft(
            self._company.id, self._company.name, self.website.text(), self.industry.text(),
            self.head_count.text(), self.funding_stage.text(), self.city.text(),
            self.notes.toPlainText(),
        )  # fmt: skip

    def _validate(self, values: CompanyDraft) -> None:
        validate_company(values)

    def _open(self, item: QTableWidgetItem) -> None:
        """Leave the form (asking first, if anything was typed) and show the application."""
        application = self._history[item.row()]
        self.reject()
        if not self.isVisible():
            self._open_application(application.id)
