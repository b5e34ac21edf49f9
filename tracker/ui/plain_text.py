"""The user's words shown as typed, never as markup.

Qt reads a tooltip as HTML whenever it looks like HTML (``Qt.mightBeRichText``): a company
called "<b>Acme</b>" would show in bold, and one called '<img src="/dev/zero">' would make Qt
read that file. Menu entries and buttons take "&" for the mark of a keyboard shortcut. Text
that comes from the user or from a file goes through here before it reaches either; labels
showing it are plain text (see ``widgets.plain_label``).
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    """A tooltip that reads as the characters of ``text``. Text Qt would take for HTML is
    escaped, inside a paragraph that keeps its spaces and line breaks; other text is left as it
    is (Qt shows it as plain text)."""
    if not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def menu_text(text: str) -> str:
    """User text inside a menu entry or a button: '&' shown as itself, not as a keyboard
    mnemonic."""
    return text.replace("&", "&&")
