"""Search everything: a small frameless window over the main one. Results follow every
keystroke, grouped by kind; Up/Down choose, Enter or a double-click opens, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import StorageError
from tracker.domain.search_results import SearchGroup, SearchHit, SearchKind, SearchResults
from tracker.services.search import SearchService
from tracker.ui.plain_text import plain_tooltip
from tracker.ui.widgets.marked_text_delegate import MARKS_ROLE, MarkedTextDelegate
from tracker.ui.widgets.plain_label import plain_label
from tracker.words.messages import storage_message

SIZE = (640, 480)
_HIT_ROLE = Qt.ItemDataRole.UserRole
_MOVES = {
    Qt.Key.Key_Down.value: 1,
    Qt.Key.Key_Up.value: -1,
    Qt.Key.Key_PageDown.value: 5,
    Qt.Key.Key_PageUp.value: -5,
}


class SearchDialog(QDialog):
    open_requested = Signal(object)  # the SearchHit chosen

    def __init__(self, search_service: SearchService, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self._service = search_service
        self._hit_items: list[QTreeWidgetItem] = []
        self._was_active = False
        self.setModal(False)
        self.setWindowTitle(self.tr("Search"))
        self.resize(*SIZE)

        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Search companies, roles, job descriptions, notes, interviews…")
        )
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.search)
        self.query.returnPressed.connect(self.open_current)
        self.query.installEventFilter(self)

        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setIndentation(12)
        self.results.setUniformRowHeights(False)
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always reaches the box
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.itemActivated.connect(self._activated)
        self.results.setItemDelegate(MarkedTextDelegate(self.results))

        self.message = plain_label()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message.hide()
        keys = plain_label(self.tr("↑↓ choose · Enter opens · Esc closes"))
        keys.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(frame)
        column.addWidget(self.query)
        column.addWidget(self.results, 1)
        column.addWidget(self.message, 1)
        column.addWidget(keys)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def _group_names(self) -> dict[SearchKind, str]:
        return {
            SearchKind.COMPANY: self.tr("Companies"),
            SearchKind.CONTACT: self.tr("People"),
            SearchKind.APPLICATION: self.tr("Applications"),
            SearchKind.POSTING: self.tr("Captured postings"),
            SearchKind.NOTE: self.tr("Notes"),
            SearchKind.ROUND: self.tr("Interview rounds"),
            SearchKind.QUESTION: self.tr("Interview questions"),
        }

    def search(self, text: str) -> None:
        """Show what the service finds for ``text`` (the search box calls this as it changes)."""
        try:
            results = self._service.search(text)
        except StorageError as error:
            self._show(SearchResults(), storage_message(error))
            return
        if results.empty and text.strip():
            self._show(results, self.tr("Nothing found for “{query}”.").format(query=text.strip()))
        else:
            self._show(results, "")

    def _show(self, results: SearchResults, message: str) -> None:
        self.results.clear()
        self._hit_items = []
        names = self._group_names()
        for group in results.groups:
            if group.hits:
                self._add_group(names[group.kind], group)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.results.setVisible(not message)
        if self._hit_items:
            self._choose(self._hit_items[0])

    def _add_group(self, name: str, group: SearchGroup) -> None:
        count = len(group.hits)
        if group.more:
            heading_text = self.tr("{group} ({count}+)").format(group=name, count=count)
        else:
            heading_text = self.tr("{group} ({count})").format(group=name, count=count)
        heading = QTreeWidgetItem(self.results, [heading_text])
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = heading.font(0)
        font.setBold(True)
        heading.setFont(0, font)
        heading.setFirstColumnSpanned(True)
        heading.setExpanded(True)
        for hit in group.hits:
            item = QTreeWidgetItem(heading, [_display(hit)])
            item.setData(0, _HIT_ROLE, hit)
            item.setData(0, MARKS_ROLE, _marks(hit))
            item.setToolTip(0, plain_tooltip(_display(hit)))
            self._hit_items.append(item)

    def hits_shown(self) -> list[SearchHit]:
        return [item.data(0, _HIT_ROLE) for item in self._hit_items]

    def current_hit(self) -> SearchHit | None:
        item = self.results.currentItem()
        hit = item.data(0, _HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, SearchHit) else None

    def _choose(self, item: QTreeWidgetItem) -> None:
        self.results.setCurrentItem(item)
        self.results.scrollToItem(item)

    def _move(self, step: int) -> None:
        if not self._hit_items:
            return
        current = self.results.currentItem()
        index = self._hit_items.index(current) if current in self._hit_items else -1
        self._choose(self._hit_items[max(0, min(len(self._hit_items) - 1, index + step))])

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.accept()
            self.open_requested.emit(hit)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item in self._hit_items:
            self._choose(item)
            self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = _MOVES.get(event.key())
            if step is not None and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                self._move(step)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            centre = parent.window().frameGeometry().center()
            self.move(centre - self.rect().center())
        self.query.setFocus()
        self.query.selectAll()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() != QEvent.Type.ActivationChange:
            return
        if self.isActiveWindow():
            self._was_active = True
        elif self._was_active and self.isVisible():
            self.reject()  # like a popup: a click elsewhere puts it away

    def hideEvent(self, event: QHideEvent) -> None:
        self._was_active = False
        super().hideEvent(event)


def _display(hit: SearchHit) -> str:
    """What was found (and whose), then the text around the match when there is more to it
    than the title: never an empty line."""
    first = f"{hit.title} — {hit.context}" if hit.context else hit.title
    return f"{first}\n{hit.snippet}" if _snippet_adds(hit) else first


def _snippet_adds(hit: SearchHit) -> bool:
    """Whether the snippet says more than the title (a one-line note is its own title)."""
    return bool(hit.snippet.strip()) and hit.snippet.strip("…") != hit.title


def _marks(hit: SearchHit) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The spans to mark on each line of ``_display``: in the title, then in the snippet."""
    return (hit.title_marks, hit.snippet_marks) if _snippet_adds(hit) else (hit.title_marks,)
