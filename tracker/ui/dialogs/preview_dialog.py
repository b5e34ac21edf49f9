"""A version previewed as it is: an image decoded by Qt, or a PDF drawn page by page by PDFium
(``tracker.ui.pdf_pages``), from the bytes Pivot keeps; nothing in the file is run. Fitted to
the window, or at actual size and scrollable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.documents import PDF_TYPE, StoredFile
from tracker.ui.pdf_pages import PdfPages, UnreadablePdfError
from tracker.ui.widgets.plain_label import plain_label
from tracker.words.formatting import file_size


class PreviewDialog(QDialog):
    def __init__(self, stored: StoredFile, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(stored.file_name)
        self.resize(820, 900)
        self._stored = stored
        self._pdf: PdfPages | None = None
        self._image = QImage()
        self.page = 0
        self.shown = False
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        self.picture.setWordWrap(True)
        self.area = QScrollArea()
        self.area.setWidget(self.picture)
        self.area.setWidgetResizable(True)
        self.area.viewport().installEventFilter(self)
        self.facts = plain_label()
        self.fit = QCheckBox(self.tr("Fit to window"))
        self.fit.setChecked(True)
        self.fit.toggled.connect(self._show)
        self.previous = QPushButton(self.tr("Previous page"))
        self.previous.clicked.connect(lambda: self._turn(-1))
        self.next = QPushButton(self.tr("Next page"))
        self.next.clicked.connect(lambda: self._turn(1))
        self.page_text = plain_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        controls = QHBoxLayout()
        for widget in (self.fit, self.previous, self.page_text, self.next):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(self.area, 1)
        layout.addLayout(controls)
        self.shown = self._open(stored, data)
        for widget in (self.previous, self.next, self.page_text):
            widget.setVisible(self._pdf is not None and self._pdf.count > 1)
        self._show()

    def _open(self, stored: StoredFile, data: bytes) -> bool:
        size = file_size(stored.size)
        if stored.media_type == PDF_TYPE:
            try:
                self._pdf = PdfPages(data)
            except UnreadablePdfError:
                return self._refuse(self.tr("This PDF cannot be shown: it is damaged, locked "
                                            "with a password, or not a PDF."), size)  # fmt: skip
            pages = self.tr("%n page(s)", "", self._pdf.count)
            self.facts.setText(f"{stored.file_name} · {pages} · {size}")
            return self._pdf.count > 0
        self._image = QImage.fromData(data)
        if self._image.isNull():
            return self._refuse(self.tr("This image cannot be shown: it is damaged or of a "
                                        "kind Pivot does not read."), size)  # fmt: skip
        dimensions = f"{self._image.width()} × {self._image.height()}"
        self.facts.setText(f"{stored.file_name} · {dimensions} · {size}")
        return True

    def _refuse(self, why: str, size: str) -> bool:
        self.picture.setText(why)
        self.facts.setText(f"{self._stored.file_name} · {size}")
        self._pdf = None
        return False

    def _turn(self, step: int) -> None:
        if self._pdf is not None:
            self.page = min(max(self.page + step, 0), self._pdf.count - 1)
            self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The room for the picture changed: draw it again to fit."""
        if watched is self.area.viewport() and event.type() == QEvent.Type.Resize:
            self._show()
        return super().eventFilter(watched, event)

    def _show(self) -> None:
        if not self.shown:
            return
        room = self.area.viewport().size()
        if self._pdf is not None:
            self._show_page(room.width() - 2)
            return
        pixmap = QPixmap.fromImage(self._image)
        larger = pixmap.width() > room.width() or pixmap.height() > room.height()
        if self.fit.isChecked() and larger:
            mode = Qt.TransformationMode.SmoothTransformation
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, mode)
        self.picture.setPixmap(pixmap)

    def _show_page(self, width: int) -> None:
        assert self._pdf is not None
        count = self._pdf.count
        self.page_text.setText(self.tr("Page {page} of {count}").format(
            page=self.page + 1, count=count))  # fmt: skip
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < count - 1)
        try:
            image = self._pdf.render(self.page, max(width, 100) if self.fit.isChecked() else None)
        except UnreadablePdfError:
            self.picture.setText(self.tr("This page cannot be shown: the PDF is damaged."))
            return
        self.picture.setPixmap(QPixmap.fromImage(image))

    def done(self, result: int) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        super().done(result)
