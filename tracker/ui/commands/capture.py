"""New from posting: what the clipboard holds, or what is dropped on the window (text, HTML,
a saved page, a link), becomes a filled-in new-application form. Nothing is fetched from the
network and nothing is saved without the form."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from tracker.domain.errors import FileError
from tracker.ui.commands.applications import ApplicationCommands
from tracker.ui.dialogs import messages
from tracker.words.files import file_message

# The files a posting is read from (as the capture service reads them).
POSTING_SUFFIXES = (".txt", ".html", ".htm", ".mhtml", ".mht")


class CaptureCommands(QObject):
    def __init__(self, window: QWidget, commands: ApplicationCommands) -> None:
        super().__init__(window)
        self._window = window
        self._commands = commands

    def from_clipboard(self) -> None:
        """Application ▸ New from posting (Ctrl+Shift+V)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self.from_mime(mime):
            messages.show_info(
                self._window,
                self.tr("New from posting"),
                self.tr(
                    "The clipboard holds no text. Open the job posting, select its text (or "
                    "press Ctrl+A), copy it with Ctrl+C, and try again."
                ),
            )

    def from_mime(self, mime: QMimeData) -> bool:
        """Open the form for what a drop or the clipboard carries; False when it holds nothing
        that could be a posting."""
        from tracker.domain.posting_reader import PostingError
        from tracker.services.capture import capture_text

        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files:
            self.from_file(Path(files[0]))
            return True
        text = mime.text() if mime.hasText() else ""
        html = mime.html() if mime.hasHtml() else ""
        links = [url.toString() for url in mime.urls() if url.scheme() in ("http", "https")]
        if links and (not text.strip() or text.strip() == links[0]) and not html.strip():
            return self._from_link(links[0])
        try:
            with _waiting():
                captured = capture_text(text, html)
        except PostingError as error:
            if error.too_large:
                messages.show_error(
                    self._window,
                    self.tr("New from posting"),
                    self.tr(
                        "The copied posting is over 5 MB, more than Pivot reads for a posting. "
                        "Copy only the posting's own text and try again."
                    ),
                )
                return True
            return False
        self._commands.new_from_posting(captured, "")
        return True

    def from_file(self, path: Path) -> None:
        from tracker.services.capture import capture_file

        try:
            with _waiting():
                captured = capture_file(path)
        except FileError as error:
            messages.show_error(self._window, self.tr("New from posting"), file_message(error))
            return
        self._commands.new_from_posting(captured, path.name)

    def _from_link(self, link: str) -> bool:
        """A link alone fills the link field; Pivot does not open it."""
        from tracker.domain.posting_reader import PostingError
        from tracker.services.capture import capture_text

        try:
            captured = capture_text(link)
        except PostingError:
            return False
        self._commands.new_from_posting(captured, "")
        return True


def accepts(mime: QMimeData) -> bool:
    """Whether a drag carries what the window takes: text, HTML, a web link or a posting file."""
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile()).suffix.lower() in POSTING_SUFFIXES
        if url.scheme() in ("http", "https"):
            return True
    return mime.hasText() or mime.hasHtml()


class PostingDrops(QObject):
    """Lets a posting be dropped anywhere on the window that does not take drops itself."""

    def __init__(
        self,
        window: QWidget,
        capture: Callable[[QMimeData], bool],
        allowed: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(window)
        self._capture = capture
        self._allowed = allowed
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._allowed():
            return super().eventFilter(watched, event)
        if isinstance(event, QDragEnterEvent | QDropEvent) and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
        ):
            mime = event.mimeData()
            if mime is not None and accepts(mime):
                event.acceptProposedAction()
                return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            mime = event.mimeData()
            if mime is not None and accepts(mime):
                event.acceptProposedAction()
                # The form opens after the drop has ended (the source waits until then), from
                # a copy: the drop's own data is gone by that time.
                kept = _copy(mime)
                QTimer.singleShot(0, lambda: self._capture(kept))
                return True
        return super().eventFilter(watched, event)


def _copy(mime: QMimeData) -> QMimeData:
    copy = QMimeData()
    if mime.hasUrls():
        copy.setUrls(mime.urls())
    if mime.hasHtml():
        copy.setHtml(mime.html())
    if mime.hasText():
        copy.setText(mime.text())
    return copy


@contextmanager
def _waiting() -> Iterator[None]:
    """A busy cursor while a large posting is read (a 5 MB page takes a second or two)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
