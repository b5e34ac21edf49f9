"""The interview rounds of the application in the detail panel: when, what kind, how it went,
with buttons to add, edit and delete rounds."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tracker.domain.interview_rules import valid_time_zone
from tracker.domain.interviews import RoundRead
from tracker.ui.widgets.entry_list import EntryList
from tracker.words.labels import label


def round_time(interview: RoundRead) -> str:
    """'2026-11-28 14:00 Asia/Shanghai' in the zone the round was arranged in."""
    moment = interview.draft.scheduled_at
    if moment is None:
        return QCoreApplication.translate("RoundsSection", "Not scheduled yet")
    zone = interview.draft.time_zone
    local = moment.astimezone(ZoneInfo(zone)) if valid_time_zone(zone) else moment
    return f"{local:%Y-%m-%d %H:%M} {zone}"


class RoundsSection(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # RoundRead
    delete_requested = Signal(object)  # RoundRead

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = EntryList(
            self.tr("No interview rounds yet."),
            {"edit": self.tr("Edit"), "delete": self.tr("Delete")},
        )
        self.entries.action_requested.connect(self._act)
        self.add_button = QPushButton(self.tr("Add round"))
        self.add_button.clicked.connect(self.add_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entries)
        layout.addLayout(buttons)

    def _act(self, name: str, interview: object) -> None:
        (self.edit_requested if name == "edit" else self.delete_requested).emit(interview)

    def show_rounds(self, rounds: list[RoundRead]) -> None:
        self.entries.set_entries([(self._heading(r), self._summary(r), r) for r in rounds])

    @staticmethod
    def _heading(interview: RoundRead) -> str:
        return f"{interview.draft.round_name} · {round_time(interview)}"

    def _summary(self, interview: RoundRead) -> str:
        draft = interview.draft
        parts = [label(draft.kind), label(draft.status), label(draft.outcome)]
        text = " · ".join(parts)
        if draft.interviewers:
            text += "\n" + draft.interviewers
        if draft.questions:
            text += "\n" + self.tr("Questions asked: {count}").format(count=len(draft.questions))
        return text
