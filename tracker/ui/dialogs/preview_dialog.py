"""An image version shown as it is: decoded by Qt from the bytes Pivot keeps (nothing else in
the file is read or run), fitted to the window and scrollable at full size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.documents import StoredFile
from tracker.ui.widgets.plain_label import plain_label
from tracker.words.formatting import file_size


class PreviewDialog(QDialog):
    def __init__(self, stored: StoredFile, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(stored.file_name)
        self.resize(820, 900)
        image = QImage.fromData(data)
        self.shown = not image.isNull()
        self._pixmap = QPixmap.fromImage(image) if self.shown else QPixmap()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        if not self.shown:
            self.picture.setText(self.tr("This image cannot be shown: it is damaged or of a kind "
                                         "Pivot does not read."))  # fmt: skip
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        self.area = scroll
        self.fit = QCheckBox(self.tr("Fit to window"))
        self.fit.setChecked(True)
        self.fit.toggled.connect(self._show)
        size = f"{image.width()} × {image.height()} · " if self.shown else ""
        facts = plain_label(f"{stored.file_name} · {size}{file_size(stored.size)}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.fit)
        layout.addWidget(buttons)
        self._show()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._show()

    def _show(self) -> None:
        if not self.shown:
            return
        if self.fit.isChecked():
            room = self.area.viewport().size()
            larger = self._pixmap.width() > room.width() or self._pixmap.height() > room.height()
            mode = Qt.TransformationMode.SmoothTransformation
            keep = Qt.AspectRatioMode.KeepAspectRatio
            self.picture.setPixmap(
                self._pixmap.scaled(room, keep, mode) if larger else self._pixmap
            )
        else:
            self.picture.setPixmap(self._pixmap)
