"""Paints an application as a card on the board: company, role, days in the stage, the next
action with its due date, and marks for an overdue action or a probable ghost."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from tracker.domain.palette import colour_of
from tracker.domain.pipeline import Pipeline, probably_ghosted
from tracker.domain.records import ApplicationRow
from tracker.ui.models.board_column_model import ROW_ROLE
from tracker.words.formatting import format_date

Index = QModelIndex | QPersistentModelIndex
CARD_HEIGHT = 76
_MARGIN = 4
_OVERDUE = QColor("#C62828")
_GHOST = QColor("#6F6A86")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, pipeline: Pipeline, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._pipeline = pipeline
        self.now = datetime.now(UTC)
        self.today = date.today()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), CARD_HEIGHT + 2 * _MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: ApplicationRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        card = option.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour_of(row.stage, row.outcome)))
        painter.drawRoundedRect(QRect(card.left(), card.top(), 5, card.height()), 2, 2)
        self._paint_text(painter, palette, card.adjusted(12, 6, -8, -6), row)
        painter.restore()

    def _paint_text(
        self, painter: QPainter, palette: QPalette, area: QRect, row: ApplicationRow
    ) -> None:
        text_colour = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(painter.font())
        bold.setBold(True)
        line = QFontMetrics(painter.font()).height() + 2
        painter.setFont(bold)
        painter.setPen(text_colour)
        ghosted = probably_ghosted(
            row.stage, row.outcome, row.stage_changed_at, self._pipeline, self.now
        )
        company_area = area
        if ghosted:
            company_area = area.adjusted(0, 0, -self._badge(painter, area), 0)
            painter.setFont(bold)
            painter.setPen(text_colour)
        self._line(painter, company_area, 0, row.company_name)
        plain = QFont(bold)
        plain.setBold(False)
        painter.setFont(plain)
        self._line(painter, area, line, row.role_title)
        painter.setPen(quiet)
        days = row.days_in_stage(self.now)
        status = (
            "" if days is None
            else QCoreApplication.translate("CardDelegate", "{days} d").format(days=days)
        )  # fmt: skip
        action = self._action_text(row)
        overdue = (
            row.is_open and row.next_action_due is not None and row.next_action_due < self.today
        )
        if action and status:
            status += " · "
        self._line(painter, area, 2 * line, status)
        if action:
            offset = QFontMetrics(plain).horizontalAdvance(status)
            painter.setPen(_OVERDUE if overdue else text_colour)
            self._line(painter, area.adjusted(offset, 0, 0, 0), 2 * line, action)

    @staticmethod
    def _badge(painter: QPainter, area: QRect) -> int:
        """A small 'ghosted?' mark in the top right corner; returns the width it takes."""
        text = QCoreApplication.translate("CardDelegate", "ghosted?")
        small = QFont(painter.font())
        small.setBold(False)
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        metrics = QFontMetrics(small)
        width = metrics.horizontalAdvance(text) + 10
        pill = QRect(area.right() - width, area.top(), width, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_GHOST)
        painter.drawRoundedRect(pill, 7, 7)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        return width + 6

    def _action_text(self, row: ApplicationRow) -> str:
        if row.next_action_due is None:
            return row.next_action
        due = format_date(row.next_action_due)[5:]  # MM-DD
        return f"{row.next_action} {due}".strip()

    @staticmethod
    def _line(painter: QPainter, area: QRect, top: int, text: str) -> None:
        metrics = QFontMetrics(painter.font())
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(area.width(), 0))
        rect = QRect(area.left(), area.top() + top, area.width(), metrics.height())
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )
