"""A PDF kept by Pivot as images of its pages, for its preview: read by PDFium (the engine Qt's
own PDF module wraps) from the bytes Pivot holds, one page at a time at the size it is shown.
No form is filled and no script is run; a page is never drawn larger than the cap below."""

from __future__ import annotations

import math

from PySide6.QtGui import QImage

MAX_PIXELS = 30_000_000  # a page as drawn, at the most (a poster-sized page is scaled down)
SCREEN_SCALE = 96 / 72  # a PDF point at a screen's 96 dots an inch: "actual size"


class UnreadablePdfError(Exception):
    """The file is not a PDF PDFium reads: damaged, locked with a password, or not a PDF."""


class PdfPages:
    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium  # loaded with the first PDF previewed

        self._error = pdfium.PdfiumError
        self._data = data  # PDFium reads from this buffer: it lives as long as the document
        try:
            self._document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            raise UnreadablePdfError(str(error)) from error

    @property
    def count(self) -> int:
        return len(self._document)

    def render(self, index: int, width: int | None) -> QImage:
        """Page ``index`` (from 0) drawn ``width`` pixels wide, or at actual size for None.

        Raises:
            UnreadablePdfError: PDFium could not draw the page.
        """
        try:
            page = self._document[index]
            try:
                page_width, page_height = page.get_size()
                scale = width / page_width if width and page_width > 0 else SCREEN_SCALE
                area = max(page_width * page_height, 1.0)
                # a little under the cap: PDFium rounds each side up to a whole pixel
                scale = max(min(scale, 0.99 * math.sqrt(MAX_PIXELS / area)), 0.01)
                bitmap = page.render(scale=scale, rev_byteorder=True)
            finally:
                page.close()
        except self._error as error:
            raise UnreadablePdfError(str(error)) from error
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, _format(bitmap.mode)
        )
        return image.copy()  # Qt's own copy: the bitmap's memory goes with it

    def close(self) -> None:
        self._document.close()


def _format(mode: str) -> QImage.Format:
    formats = {
        "RGB": QImage.Format.Format_RGB888,
        "RGBA": QImage.Format.Format_RGBA8888,
        "RGBX": QImage.Format.Format_RGBX8888,
        "L": QImage.Format.Format_Grayscale8,
    }
    return formats.get(mode, QImage.Format.Format_RGB888)
