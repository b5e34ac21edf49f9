"""What a user reads wherever the window shows text, decided the way Qt decides it.

Tooltips, "What's This?" help and labels left to guess take text that looks like HTML
(``Qt.mightBeRichText``) for rich text; buttons, menus, tabs and group titles take "&" for the
mark of a keyboard shortcut; Qt's own item delegates draw an item's text as it is; charts
typeset text between dollar signs as a formula unless told not to.

:func:`everything_shown` walks a window or dialog and lists, for every such text, what it holds
and what it reads as, so that a test can check that the user's own words read as typed.
"""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.text import Text
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.unit.charts.hunt import reads
from tracker.ui.widgets.card_delegate import CardDelegate
from tracker.ui.widgets.marked_text_delegate import MarkedTextDelegate

IMAGE = "(an image)"
UNCHECKED = "(shown in a way not known to be plain)"
# Pivot's own delegates known to draw an item's text as it is (QPainter.drawText, no mnemonic).
PLAIN_DELEGATES: tuple[type, ...] = (CardDelegate, MarkedTextDelegate)  # drawText, QTextLayout
_ROLES = {
    "display": Qt.ItemDataRole.DisplayRole,
    "tooltip": Qt.ItemDataRole.ToolTipRole,
    "what's this": Qt.ItemDataRole.WhatsThisRole,
}


@dataclass(frozen=True, slots=True)
class Shown:
    where: str  # the widget, model cell or chart the text is in
    held: str  # the string Pivot gave it
    reads: str  # what the user reads

    def misreads(self, typed: str) -> bool:
        """True when ``typed`` went into this text (as it is, escaped for HTML or for a
        shortcut mark) but does not read as typed."""
        escaped = (html.escape(typed, quote=False), html.escape(typed))
        forms = (typed, *escaped, typed.replace("&", "&&"))
        return any(form in self.held for form in forms) and typed not in self.reads


def rich(text: str) -> str:
    """What rich text reads as (an image is never read, nor loaded)."""
    if re.search(r"<\s*img", text, re.IGNORECASE):
        return IMAGE
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def guessed(text: str) -> str:
    """A tooltip, a "What's This?" or an automatic label."""
    return rich(text) if GuiQt.mightBeRichText(text) else text


def with_mnemonic(text: str) -> str:
    """A button's, menu entry's or tab's text: "&x" marks x as the shortcut, "&&" is "&"."""
    return re.sub(r"&(.)", r"\1", text, flags=re.DOTALL)


def label_text(label: QLabel) -> str:
    text = label.text()
    formats = Qt.TextFormat
    if label.textFormat() == formats.PlainText:
        return text
    if label.textFormat() == formats.RichText:
        return rich(text)
    if label.textFormat() == formats.AutoText:
        return guessed(text)
    return UNCHECKED  # Markdown


def everything_shown(root: QWidget, where: str) -> list[Shown]:
    """Every text ``root`` and the widgets in it show: labels, buttons, tabs, group titles,
    text boxes, rich text views, tooltips and "What's This?" help, every cell and header of
    every item view and combo box, completions, menu entries, and the texts of every chart."""
    found: list[Shown] = []
    for widget in [root, *root.findChildren(QWidget)]:
        place = f"{where}: {type(widget).__name__} {widget.objectName()}".rstrip()
        found.extend(_widget_texts(widget, place))
        if isinstance(widget, QHeaderView):
            found.extend(_header_texts(widget, place))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend(_model_texts(widget.model(), place, widget))
        completer = widget.completer() if isinstance(widget, (QLineEdit, QComboBox)) else None
        if completer is not None and completer.model() is not None:
            found.extend(_model_texts(completer.model(), f"{place} completions", None))
        if isinstance(widget, FigureCanvasQTAgg) and widget.isVisible():
            with warnings.catch_warnings():  # the layout is not what is read here
                warnings.filterwarnings("ignore", "constrained_layout not applied")
                widget.draw()  # tick labels are made when drawn
            for artist in widget.figure.findobj(Text):
                assert isinstance(artist, Text)
                found.append(Shown(f"{place} chart", artist.get_text(), reads(artist)))
    for action in root.findChildren(QAction):
        place = f"{where}: action {action.text()!r}"
        found.append(Shown(place, action.text(), with_mnemonic(action.text())))
        found.append(Shown(f"{place} tooltip", action.toolTip(), guessed(action.toolTip())))
        found.append(Shown(f"{place} help", action.whatsThis(), guessed(action.whatsThis())))
    return found


def _widget_texts(widget: QWidget, place: str) -> Iterator[Shown]:
    yield Shown(f"{place} tooltip", widget.toolTip(), guessed(widget.toolTip()))
    yield Shown(f"{place} help", widget.whatsThis(), guessed(widget.whatsThis()))
    if isinstance(widget, QLabel):
        yield Shown(place, widget.text(), label_text(widget))
    elif isinstance(widget, QAbstractButton):
        yield Shown(place, widget.text(), with_mnemonic(widget.text()))
    elif isinstance(widget, QGroupBox):
        yield Shown(place, widget.title(), with_mnemonic(widget.title()))
    elif isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            yield Shown(place, widget.tabText(tab), with_mnemonic(widget.tabText(tab)))
            yield Shown(f"{place} tooltip", widget.tabToolTip(tab), guessed(widget.tabToolTip(tab)))
    elif isinstance(widget, QTextEdit):
        yield Shown(place, widget.toHtml(), rich(widget.toHtml()))
    elif isinstance(widget, QLineEdit):
        yield Shown(place, widget.text(), widget.text())
    elif isinstance(widget, QPlainTextEdit):
        yield Shown(place, widget.toPlainText(), widget.toPlainText())
    elif isinstance(widget, QMenu):
        yield Shown(place, widget.title(), with_mnemonic(widget.title()))


def _header_texts(header: QHeaderView, place: str) -> Iterator[Shown]:
    model = header.model()
    if model is None:
        return
    count = (
        model.columnCount()
        if header.orientation() == Qt.Orientation.Horizontal
        else (model.rowCount())
    )
    for section in range(count):
        for name, role in _ROLES.items():
            value = model.headerData(section, header.orientation(), role)
            if isinstance(value, str):
                read = value if role == Qt.ItemDataRole.DisplayRole else guessed(value)
                yield Shown(f"{place} header {section} {name}", value, read)


def _model_texts(
    model: QAbstractItemModel, place: str, view: QAbstractItemView | None
) -> Iterator[Shown]:
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                if column == 0 and model.rowCount(index) > 0:
                    pending.append(index)
                for name, role in _ROLES.items():
                    value = model.data(index, role)
                    if not isinstance(value, str):
                        continue
                    at = f"{place} cell {row},{column} {name}"
                    if role == Qt.ItemDataRole.DisplayRole:
                        yield Shown(at, value, _drawn(view, index, value))
                    else:
                        yield Shown(at, value, guessed(value))


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model has one column (and keeps columnCount to itself)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _drawn(view: QAbstractItemView | None, index: QModelIndex, text: str) -> str:
    """An item's text as its delegate draws it: Qt's own delegates and Pivot's checked ones
    draw it as it is (a completion list is Qt's own)."""
    if view is None:
        return text
    delegate = view.itemDelegateForIndex(index)
    if type(delegate).__module__.startswith("PySide6") or isinstance(delegate, PLAIN_DELEGATES):
        return text
    return UNCHECKED
