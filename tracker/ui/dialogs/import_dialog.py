"""The import preview: how Pivot read the file (format, encoding), which column fills which
field (changeable), the first rows exactly as they will be stored, the rows left out and why,
and what to do with applications Pivot already has. Nothing is written before Import."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import FileError
from tracker.domain.import_fields import IMPORT_TARGETS, ImportField
from tracker.domain.pipeline import Pipeline
from tracker.domain.table_text import CHOOSABLE_ENCODINGS
from tracker.services.import_workbook import sheet_names
from tracker.services.importing import (
    DuplicatePolicy,
    ImportOptions,
    ImportPreview,
    ImportService,
)
from tracker.ui.dialogs.form_fields import form_layout
from tracker.ui.plain_text import plain_tooltip
from tracker.ui.widgets.choice_combo import ChoiceCombo
from tracker.ui.widgets.row_table import Selection, row_table
from tracker.words import counts
from tracker.words.files import file_message
from tracker.words.imports import field_name, format_name, line_text
from tracker.words.labels import state_label

FIRST_VALUE_CHARACTERS = 60


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text.replace("\n", " ⏎ "))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(plain_tooltip(text[:500]))
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = row_table(headers, selection=Selection.NoSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportDialog(QDialog):
    def __init__(
        self,
        service: ImportService,
        preview: ImportPreview,
        pipeline: Pipeline,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.preview = preview
        self._pipeline = pipeline
        self._field_combos: list[ChoiceCombo[str | None]] = []
        self._filled_headers: list[str] | None = None
        self._failed = False
        self.setWindowTitle(self.tr("Import {file}").format(file=preview.path.name))
        self.resize(980, 760)
        self._build()
        self._show_preview()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        reading = form_layout()
        encodings: list[tuple[str, str | None]] = [(self.tr("Found by Pivot"), None)]
        encodings += [(name.upper(), name) for name in CHOOSABLE_ENCODINGS]
        self.encoding = ChoiceCombo(encodings)
        self.encoding.currentIndexChanged.connect(self._options_changed)
        reading.addRow(self.tr("Text encoding:"), self.encoding)
        # A workbook's sheets, in its order (a CSV file has none: the row stays hidden).
        self.sheet: ChoiceCombo[str | None] = ChoiceCombo([])
        self.sheet.currentIndexChanged.connect(self._options_changed)
        reading.addRow(self.tr("Sheet:"), self.sheet)
        self._reading = reading
        self.dates = ChoiceCombo[bool | None](
            [
                (self.tr("Only when unambiguous"), None),
                (self.tr("Day first (31/12/2026)"), True),
                (self.tr("Month first (12/31/2026)"), False),
            ]
        )
        self.dates.currentIndexChanged.connect(self._options_changed)
        reading.addRow(self.tr("Dates like 01/02/2026:"), self.dates)
        layout.addLayout(reading)
        columns = QGroupBox(self.tr("Columns"))
        column_layout = QVBoxLayout(columns)
        self.columns = _table([self.tr("Column in the file"), self.tr("First value"),
                               self.tr("Imported as")])  # fmt: skip
        column_layout.addWidget(self.columns)
        self.personal = QCheckBox(
            self.tr("Also import contact email, phone and screening answers (as a note)")
        )
        self.personal.toggled.connect(self._options_changed)
        column_layout.addWidget(self.personal)
        layout.addWidget(columns, 4)
        rows = QGroupBox(self.tr("The first rows, as they will be stored"))
        rows_layout = QVBoxLayout(rows)
        self.sample = _table([self.tr("Line"), self.tr("Company"), self.tr("Role"),
                              self.tr("Stage"), self.tr("Applied on"), self.tr("City"),
                              self.tr("Salary"), self.tr("Pivot has it")])  # fmt: skip
        rows_layout.addWidget(self.sample)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        rows_layout.addWidget(self.summary)
        self.issues = QListWidget()
        self.issues.setMaximumHeight(80)
        rows_layout.addWidget(self.issues)
        self.keep_undated = QCheckBox()
        self.keep_undated.toggled.connect(self._options_changed)
        rows_layout.addWidget(self.keep_undated)
        layout.addWidget(rows, 3)
        self.duplicates_box = QGroupBox(self.tr("Applications Pivot already has"))
        duplicates = QHBoxLayout(self.duplicates_box)
        self.duplicate_choice = QButtonGroup(self)
        choices = (
            (self.tr("Skip them"), DuplicatePolicy.SKIP),
            (self.tr("Fill in what Pivot's are missing"), DuplicatePolicy.MERGE),
            (self.tr("Import them anyway"), DuplicatePolicy.IMPORT),
        )
        self._policies: list[DuplicatePolicy] = []
        for index, (text, policy) in enumerate(choices):
            button = QRadioButton(text)
            self.duplicate_choice.addButton(button, index)
            self._policies.append(policy)
            duplicates.addWidget(button)
        self.duplicate_choice.button(0).setChecked(True)
        self.duplicate_choice.idToggled.connect(lambda _id, _on: self._show_count())
        layout.addWidget(self.duplicates_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- showing ---------------------------------------------------------------------------

    def _field_choices(self) -> list[tuple[str, str | None]]:
        choices: list[tuple[str, str | None]] = [(field_name(ImportField.IGNORED), None)]
        return choices + [(field_name(target), target) for target in IMPORT_TARGETS]

    def _show_preview(self) -> None:
        preview = self.preview
        table = preview.table
        self.heading.setText(
            self.tr("{file}: {format}, {encoding}, {rows}").format(
                file=table.path.name, format=format_name(preview.format),
                encoding=table.encoding.upper(), rows=counts.rows(preview.rows),
            )
        )  # fmt: skip
        self.encoding.blockSignals(True)
        self.encoding.set_value(preview.options.encoding)
        self.encoding.blockSignals(False)
        self._show_sheets()
        self._fill_columns()
        self.personal.setVisible(bool(preview.personal_columns) or preview.options.include_personal)
        self._fill_sample()
        self._fill_issues()
        undated = preview.undated
        self.keep_undated.setVisible(bool(undated) or preview.options.keep_undated)
        self.keep_undated.setText(
            self.tr("Import the {rows} whose date cannot be read, without that date").format(
                rows=counts.rows(undated)
            )
        )
        self.duplicates_box.setVisible(bool(preview.duplicates))
        self._show_count()

    def _show_sheets(self) -> None:
        table = self.preview.table
        workbook = bool(table.sheet)
        self._reading.setRowVisible(self.encoding, not workbook)
        self._reading.setRowVisible(self.sheet, workbook)
        if not workbook:
            return
        self.sheet.blockSignals(True)
        if self.sheet.count() == 0:
            names = sheet_names(table.path, table.size)
            self.sheet.set_choices([(name, name) for name in names])
        self.sheet.set_value(table.sheet)
        self.sheet.blockSignals(False)

    def _show_count(self) -> None:
        count = self._to_import()
        self.import_button.setEnabled(self.preview.ready and count > 0 and not self._failed)
        self.import_button.setText(
            self.tr("Import {applications}").format(applications=counts.applications(count))
        )

    def _to_import(self) -> int:
        """Applications the import writes: new ones, and for a merge the existing ones it may
        fill in."""
        duplicates = self.preview.duplicates
        if self.policy() is DuplicatePolicy.IMPORT:
            return self.preview.importable
        fillable = sum(1 for d in duplicates if d.existing_id is not None)
        merging = fillable if self.policy() is DuplicatePolicy.MERGE else 0
        return self.preview.importable - len(duplicates) + merging

    def _fill_columns(self) -> None:
        headers = self.preview.table.headers
        if headers == self._filled_headers:
            for row, combo in enumerate(self._field_combos):  # the sender may be one of them
                combo.blockSignals(True)
                mapped = self.preview.mapping.get(row)
                combo.set_value(None if mapped == ImportField.IGNORED else mapped)
                combo.blockSignals(False)
            return
        self._filled_headers = list(headers)
        first = self._first_values()
        self.columns.blockSignals(True)
        self.columns.setRowCount(len(headers))
        self._field_combos = []
        for row, header in enumerate(headers):
            self.columns.setItem(row, 0, _item(header))
            self.columns.setItem(row, 1, _item(first.get(row, "")[:FIRST_VALUE_CHARACTERS]))
            combo = ChoiceCombo(self._field_choices())
            mapped = self.preview.mapping.get(row)
            combo.set_value(None if mapped == ImportField.IGNORED else mapped)
            combo.currentIndexChanged.connect(self._options_changed)
            self.columns.setCellWidget(row, 2, combo)
            self._field_combos.append(combo)
        self.columns.resizeColumnsToContents()
        self.columns.blockSignals(False)

    def _first_values(self) -> dict[int, str]:
        from tracker.services.import_table import rows

        try:
            for row in rows(self.preview.table):
                return dict(enumerate(row.cells))
        except FileError:
            pass
        return {}

    def _fill_sample(self) -> None:
        sample = self.preview.sample
        repeated = {duplicate.line for duplicate in self.preview.duplicates}
        self.sample.setRowCount(len(sample))
        for row, record in enumerate(sample):
            data = record.data
            cells = (
                str(record.line), data.company_name, data.role_title,
                state_label(record.stage, record.outcome, self._pipeline),
                data.applied_on.isoformat() if data.applied_on else "", data.city,
                data.salary_text, self.tr("yes") if record.line in repeated else "",
            )  # fmt: skip
            for column, text in enumerate(cells):
                self.sample.setItem(row, column, _item(text))
        self.sample.resizeColumnsToContents()

    def _fill_issues(self) -> None:
        preview = self.preview
        self.issues.clear()
        if not preview.ready:
            missing = ", ".join(field_name(f) for f in preview.missing)
            self.summary.setText(
                self.tr("Choose the columns for: {fields}. Pivot needs them for every row.")
                .format(fields=missing)
            )  # fmt: skip
            self.issues.hide()
            return
        left_out = preview.rows - preview.importable
        text = self.tr("{rows}: {ready} can be imported, {left} left out.").format(
            rows=counts.rows(preview.rows), ready=preview.importable, left=left_out
        )
        if preview.duplicates:
            text += " " + self.tr("Already in Pivot or repeated in the file: {count}.").format(
                count=len(preview.duplicates)
            )
        if preview.personal_columns and not preview.options.include_personal:
            text += " " + self.tr("Personal data is left out: {columns}.").format(
                columns=", ".join(preview.personal_columns)
            )
        self.summary.setText(text)
        self.issues.setVisible(bool(preview.issues))
        self.issues.addItems([line_text(issue) for issue in preview.issues])

    # -- changes ---------------------------------------------------------------------------

    def policy(self) -> DuplicatePolicy:
        return self._policies[max(self.duplicate_choice.checkedId(), 0)]

    def options(self) -> ImportOptions:
        columns = {
            row: combo.value() or ImportField.IGNORED
            for row, combo in enumerate(self._field_combos)
        }
        return replace(
            self.preview.options,
            encoding=self.encoding.value(),
            sheet=self.sheet.value() if self.preview.table.sheet else None,
            columns=columns,
            day_first=self.dates.value(),
            include_personal=self.personal.isChecked(),
            keep_undated=self.keep_undated.isChecked(),
            duplicates=self.policy(),
        )

    def _options_changed(self) -> None:
        options = self.options()
        if self.sender() in (self.encoding, self.sheet):
            options = replace(options, columns={})  # other headers: match them again
        try:
            self.preview = self._service.preview(self.preview.path, options)
        except FileError as error:
            self._failed = True  # Import stays off until a preview succeeds again
            self.summary.setText(file_message(error))
            self.import_button.setEnabled(False)
            return
        self._failed = False
        self._show_preview()

    @property
    def path(self) -> Path:
        return self.preview.path
