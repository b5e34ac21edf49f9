"""Is there a font that can draw Chinese? Without one Qt draws boxes, silently."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase


def has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
