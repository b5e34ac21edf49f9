"""The posting an application was captured from, as plain text: kept after the board takes it
down. A posting can be pasted later (for applications logged by hand or imported), and a newer
one kept beside it; the user's text is shown, never rendered or followed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from tracker.domain.records import PostingRead
from tracker.ui.widgets.plain_label import plain_label
from tracker.words.capture import source_name
from tracker.words.formatting import format_datetime

_SHOWN_HEIGHT = 220


class PostingSection(QWidget):
    paste_requested = Signal()  # keep what the clipboard holds as this application's posting
    remove_requested = Signal(object)  # PostingRead: into the trash

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._posting: PostingRead | None = None
        self.about = plain_label()
        self.about.setStyleSheet("color: #6F6A86;")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("postingText")
        self.text.setMaximumHeight(_SHOWN_HEIGHT)
        self.paste = QPushButton(self.tr("Paste posting"))
        self.paste.setToolTip(
            self.tr("Keep the job posting you copied with this application (Ctrl+C it first)")
        )
        self.paste.clicked.connect(self.paste_requested)
        self.remove = QPushButton(self.tr("Move to trash"))
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.paste)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.about)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.show_postings([])

    @property
    def posting(self) -> PostingRead | None:
        return self._posting

    def show_postings(self, postings: list[PostingRead]) -> None:
        """The newest posting in full; how many older ones there are."""
        self._posting = postings[0] if postings else None
        posting = self._posting
        self.text.setVisible(posting is not None)
        self.remove.setVisible(posting is not None)
        if posting is None:
            self.about.setText(
                self.tr(
                    "No posting kept. Boards take postings down: copy this one and paste it "
                    "here to keep it, searchable."
                )
            )
            self.text.clear()
            self.paste.setText(self.tr("Paste posting"))
            return
        about = self.tr("Captured {when} from {source}").format(
            when=format_datetime(posting.captured_at), source=source_name(posting.source)
        )
        if len(postings) > 1:
            about += " · " + self.tr("%n older version(s) kept", "", len(postings) - 1)
        self.about.setText(about)
        self.text.setPlainText(posting.text)
        self.paste.setText(self.tr("Paste a newer posting"))

    def _remove(self) -> None:
        if self._posting is not None:
            self.remove_requested.emit(self._posting)
