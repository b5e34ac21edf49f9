"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and aborts the
process after a few thousand; the pin in pyproject.toml avoids it and this test guards the pin."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(100):
        label.setText("已投递")
    assert sys.getrefcount(None) >= before - 5
