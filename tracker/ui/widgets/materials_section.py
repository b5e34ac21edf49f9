"""The materials of one application in its panel: which résumé, portfolio and cover letter
versions went with it, and when; a version is previewed, its link opened, or recorded from
here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tracker.ui.widgets.entry_list import EntryList
from tracker.words.formatting import format_date
from tracker.words.labels import label

if TYPE_CHECKING:  # the panel is built at start-up; the documents' module loads with them
    from tracker.domain.documents import SentVersion


class MaterialsSection(QWidget):
    send_requested = Signal()
    preview_requested = Signal(int)  # version id
    link_requested = Signal(str)  # a version's web link
    remove_requested = Signal(object)  # SentVersion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sent: list[SentVersion] = []
        self.entries = EntryList(
            self.tr("No résumé or portfolio recorded: which version went with this application?"),
            {
                "preview": self.tr("Preview"),
                "link": self.tr("Open link"),
                "remove": self.tr("Remove"),
            },
            actions_for=_actions_of,
        )
        self.entries.action_requested.connect(self._act)
        self.send_button = QPushButton(self.tr("Record a version sent…"))
        self.send_button.clicked.connect(self.send_requested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entries)
        layout.addLayout(buttons)

    def show_sent(self, sent: list[SentVersion]) -> None:
        self.sent = sent
        self.entries.set_entries([self._entry(item) for item in sent])

    def _entry(self, item: SentVersion) -> tuple[str, str, object]:
        heading = label(item.kind)
        if item.sent_on is not None:
            heading = self.tr("{kind}, sent {day}").format(
                kind=heading, day=format_date(item.sent_on)
            )
        return heading, f"{item.title} · {item.label}", item

    def _act(self, name: str, item: SentVersion) -> None:
        if name == "preview":
            self.preview_requested.emit(item.version_id)
        elif name == "link":
            self.link_requested.emit(item.link)
        else:
            self.remove_requested.emit(item)


def _actions_of(payload: object) -> list[str]:
    item: SentVersion = payload  # type: ignore[assignment]
    names = ["preview"] if item.previewable else []
    return [*names, *(["link"] if item.link else []), "remove"]
