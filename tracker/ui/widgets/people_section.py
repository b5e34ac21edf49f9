"""The people of one application in its panel: who referred the user, the recruiter, the
interviewers…, each opening their page; someone is linked from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tracker.ui.widgets.entry_list import EntryList
from tracker.words.labels import label

if TYPE_CHECKING:  # the panel is built at start-up; the people's module loads with them
    from tracker.domain.people import ContactLink


class PeopleSection(QWidget):
    link_requested = Signal()
    person_requested = Signal(int)  # contact id
    unlink_requested = Signal(object)  # ContactLink

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links: list[ContactLink] = []
        self.entries = EntryList(
            self.tr("No one linked: the friend who referred you, the recruiter, interviewers."),
            {"open": self.tr("Open"), "unlink": self.tr("Unlink")},
        )
        self.entries.action_requested.connect(self._act)
        self.link_button = QPushButton(self.tr("Link a person…"))
        self.link_button.clicked.connect(self.link_requested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entries)
        layout.addLayout(buttons)

    def show_links(self, links: list[ContactLink]) -> None:
        self.links = links
        self.entries.set_entries([(label(link.relation), link.name, link) for link in links])

    def _act(self, name: str, link: ContactLink) -> None:
        if name == "unlink":
            self.unlink_requested.emit(link)
        else:
            self.person_requested.emit(link.contact_id)
