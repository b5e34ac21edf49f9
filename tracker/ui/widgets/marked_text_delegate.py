"""Draws an item's lines of plain text with spans of them marked (where a search matched), the
way a browser's find marks a page: bold on a highlighter colour. The text is never markup."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

# The spans to mark, one tuple of (start, end) per line of the item's text.
MARKS_ROLE = Qt.ItemDataRole.UserRole + 20
_HIGHLIGHTER = QColor(255, 214, 64, 150)


class MarkedTextDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        marks = index.data(MARKS_ROLE)
        if not marks:
            super().paint(painter, option, index)
            return
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        # The view's option has its line breaks as Unicode line separators.
        # The view's option has its line breaks as Unicode line separators.
        lines = view.text.replace("\u2028", "\n").split("\n")
        view.text = ""
        widget = view.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, view, widget)
        metrics = view.fontMetrics
        selected = bool(view.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(area)
        painter.setPen(view.palette.color(role))
        top = area.top() + (area.height() - metrics.lineSpacing() * len(lines)) / 2
        for number, line in enumerate(lines):
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width() - 4)
            spans = marks[number] if number < len(marks) else ()
            layout = QTextLayout(shown, view.font)
            layout.setFormats(_formats(spans, len(shown), selected))
            layout.beginLayout()
            text_line = layout.createLine()
            text_line.setLineWidth(area.width())
            layout.endLayout()
            layout.draw(painter, QPointF(area.left() + 2, top + number * metrics.lineSpacing()))
        painter.restore()


def _formats(
    spans: tuple[tuple[int, int], ...], length: int, selected: bool
) -> list[QTextLayout.FormatRange]:
    ranges = []
    for start, end in spans:
        end = min(end, length)
        if start >= end:
            continue
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        if selected:
            mark.setFontUnderline(True)
        else:
            mark.setBackground(_HIGHLIGHTER)
        span = QTextLayout.FormatRange()
        span.start, span.length, span.format = start, end - start, mark
        ranges.append(span)
    return ranges
