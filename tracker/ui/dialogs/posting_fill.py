"""An application form filled in from a captured posting: every field the posting filled is
marked as guessed until the user edits it or confirms them all, and a note at the top says
where the posting came from and what could not be found."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from tracker.domain.posting_reader import CapturedPosting
from tracker.words.capture import board_name, missing_fields

GUESSED_BACKGROUND = "#FFF4CC"
_STYLED = (QLineEdit, QPlainTextEdit, QComboBox)


class GuessMarks(QObject):
    """The fields marked as guessed; a field's mark goes when the user edits it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._marked: dict[str, QWidget] = {}

    @property
    def names(self) -> list[str]:
        return list(self._marked)

    def mark(self, name: str, widget: QWidget) -> None:
        base = next((kind for kind in _STYLED if isinstance(widget, kind)), None)
        if base is not None:
            widget.setStyleSheet(f"{base.__name__} {{ background-color: {GUESSED_BACKGROUND}; }}")
        widget.setToolTip(
            QCoreApplication.translate("PostingFill", "Read from the posting: check it.")
        )
        self._marked[name] = widget
        for signal in _edit_signals(widget):
            signal.connect(lambda *_, n=name: self.clear(n))

    def clear(self, name: str) -> None:
        widget = self._marked.pop(name, None)
        if widget is not None:
            widget.setStyleSheet("")
            widget.setToolTip("")

    def clear_all(self) -> None:
        for name in list(self._marked):
            self.clear(name)


def _edit_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals a user's edit of the widget sends (not a programmatic change)."""
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QComboBox):
        signals: list[SignalInstance] = [widget.activated]
        line = widget.lineEdit() if widget.isEditable() else None
        if line is not None:
            signals.append(line.textEdited)
        return signals
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    return []


def posting_note(captured: CapturedPosting) -> str:
    """What the note above a filled form says."""
    source = board_name(captured.board)
    text = QCoreApplication.translate(
        "PostingFill",
        "Filled in from a posting ({source}). Fields on a yellow background were read from it: "
        "check them before saving. The posting itself is kept with the application.",
    ).format(source=source)
    if captured.missing:
        text += "\n" + QCoreApplication.translate(
            "PostingFill", "Not found in the posting: {fields}."
        ).format(fields=missing_fields(captured.missing))
    return text
