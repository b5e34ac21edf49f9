"""Preferences ▸ Stages: add, rename, reorder and hide the stages of the user's pipeline, and
set after how many silent days each one flags an application as probably ghosted."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.pipeline import Pipeline, built_in
from tracker.services.pipeline import new_custom_stage
from tracker.words.labels import label, stage_label

NAME, SHOWN, GHOST = range(3)
NEVER = 0  # the ghost spin box's "never" value


class StageEditor(QWidget):
    """Edits a copy of the pipeline; ``pipeline()`` gives the result. Built-in stages and
    stages some application has been in can be hidden but not removed, so history stays whole."""

    def __init__(
        self,
        pipeline: Pipeline,
        used_keys: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stages = list(pipeline.stages)
        self._used = used_keys
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Shown"), self.tr("Probably ghosted after")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SHOWN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GHOST, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add stage"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_stage)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Leave a built-in stage's name empty to use its usual name in each language. "
                "Stages that applications have been in can be hidden, not removed: their "
                "history stays as it was."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self._fill(0)

    # -- the rows --------------------------------------------------------------------------

    def _fill(self, current: int) -> None:
        self.table.setRowCount(len(self._stages))
        for row, definition in enumerate(self._stages):
            name = QLineEdit(definition.name or "")
            stage = built_in(definition.key)
            name.setPlaceholderText(label(stage) if stage is not None else self.tr("Name"))
            name.setMaxLength(100)
            name.setFrame(False)
            self.table.setCellWidget(row, NAME, name)
            shown = QCheckBox()
            shown.setChecked(not definition.hidden)
            holder = QWidget()
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(shown, 0, Qt.AlignmentFlag.AlignCenter)
            self.table.setCellWidget(row, SHOWN, holder)
            ghost = QSpinBox()
            ghost.setRange(NEVER, 365)
            ghost.setSpecialValueText(self.tr("never"))
            ghost.setSuffix(self.tr(" days"))
            ghost.setValue(definition.ghost_after_days or NEVER)
            ghost.setFrame(False)
            self.table.setCellWidget(row, GHOST, ghost)
        self.table.resizeRowsToContents()
        if self._stages:
            self.table.selectRow(max(0, min(current, len(self._stages) - 1)))
        self._update_buttons()

    def _read_back(self) -> None:
        """What was typed into the rows, back into the list of stages."""
        for row, definition in enumerate(self._stages):
            name = self._name_edit(row).text().strip()
            shown = self._shown_box(row).isChecked()
            ghost = self._ghost_box(row).value()
            self._stages[row] = replace(
                definition,
                name=name or None,
                hidden=not shown,
                ghost_after_days=ghost if ghost != NEVER else None,
            )

    def _name_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, NAME)
        assert isinstance(widget, QLineEdit)
        return widget

    def _shown_box(self, row: int) -> QCheckBox:
        holder = self.table.cellWidget(row, SHOWN)
        box = holder.findChild(QCheckBox)
        assert isinstance(box, QCheckBox)
        return box

    def _ghost_box(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, GHOST)
        assert isinstance(widget, QSpinBox)
        return widget

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _removable(self, row: int) -> bool:
        if not 0 <= row < len(self._stages):
            return False
        key = self._stages[row].key
        return built_in(key) is None and key not in self._used

    def _update_buttons(self) -> None:
        row = self._current_row()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._stages) - 1)
        self.remove_button.setEnabled(self._removable(row))

    # -- commands --------------------------------------------------------------------------

    def add_stage(self) -> None:
        """A new stage of the user's own, after the selected one; its name is typed in place."""
        self._read_back()
        row = self._current_row()
        at = row + 1 if row >= 0 else len(self._stages)
        stage = new_custom_stage(self.tr("New stage"))
        self._stages.insert(at, replace(stage, ghost_after_days=14))
        self._fill(at)
        name = self._name_edit(at)
        name.setFocus()
        name.selectAll()

    def move_current(self, step: int) -> None:
        row = self._current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self._stages):
            return
        self._read_back()
        self._stages[row], self._stages[target] = self._stages[target], self._stages[row]
        self._fill(target)

    def remove_current(self) -> None:
        row = self._current_row()
        if not self._removable(row):
            return
        self._read_back()
        del self._stages[row]
        self._fill(row)

    def has_duplicate_names(self) -> bool:
        """Whether two stages would show the same name in this language (a stage renamed to
        another's built-in name, say)."""
        pipeline = self.pipeline()
        names = [stage_label(d.key, pipeline).strip().casefold() for d in pipeline.stages]
        return len(names) != len(set(names))

    def pipeline(self) -> Pipeline:
        self._read_back()
        return Pipeline(tuple(self._stages))
