"""A completer's list lets the click that closes it through.

While a completer's list is open, a click elsewhere in the window only closed the list (Qt's
completer takes that press for itself): the user had to click the next field a second time.
Here the press that closes the list also reaches the widget under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QCompleter, QWidget


class _ClickThrough(QObject):
    def __init__(self, popup: QWidget) -> None:
        super().__init__(popup)
        self._popup = popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._popup or event.type() != QEvent.Type.MouseButtonPress:
            return False
        assert isinstance(event, QMouseEvent)
        at = event.globalPosition().toPoint()
        if self._popup.rect().contains(self._popup.mapFromGlobal(at)):
            return False  # a choice in the list: the completer's own
        self._popup.hide()
        target = QApplication.widgetAt(at)
        if target is None or target.window() is self._popup:
            return True
        if target.focusPolicy() & Qt.FocusPolicy.ClickFocus:
            target.setFocus(Qt.FocusReason.MouseFocusReason)
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            target.mapFromGlobal(event.globalPosition()),
            event.globalPosition(),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        QApplication.sendEvent(target, press)
        return True


def let_clicks_through(completer: QCompleter) -> None:
    """Make the press that closes ``completer``'s list reach what it was aimed at."""
    popup = completer.popup()  # made now, with the completer's own filter: this one runs first
    assert popup is not None
    popup.installEventFilter(_ClickThrough(popup))
