"""Words of capturing a posting: the boards' names, the fields a posting lacked, and what the
duplicate checks say."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tracker.domain.enums import Outcome
from tracker.words.formatting import format_date

if TYPE_CHECKING:
    from tracker.domain.posting_boards import Board


def board_name(board: Board) -> str:
    from tracker.domain.posting_boards import Board

    names = {
        Board.BOSS: QCoreApplication.translate("Capture", "BOSS Zhipin"),
        Board.LIEPIN: QCoreApplication.translate("Capture", "Liepin"),
        Board.LAGOU: QCoreApplication.translate("Capture", "Lagou"),
        Board.ZHAOPIN: QCoreApplication.translate("Capture", "Zhaopin"),
        Board.JOB51: QCoreApplication.translate("Capture", "51job"),
        Board.NOWCODER: QCoreApplication.translate("Capture", "Nowcoder"),
        Board.SHIXISENG: QCoreApplication.translate("Capture", "Shixiseng"),
        Board.LINKEDIN: QCoreApplication.translate("Capture", "LinkedIn"),
        Board.INDEED: QCoreApplication.translate("Capture", "Indeed"),
        Board.WECHAT: QCoreApplication.translate("Capture", "a WeChat post"),
        Board.CHAT: QCoreApplication.translate("Capture", "a recruiter's message"),
        Board.OTHER: QCoreApplication.translate("Capture", "pasted text"),
    }
    return names[board]


def source_name(source: str) -> str:
    """A stored posting's source (a board's key, or a file's name) as the user reads it."""
    from tracker.domain.posting_boards import Board

    try:
        return board_name(Board(source))
    except ValueError:
        return source


def missing_fields(names: Iterable[str]) -> str:
    words = {
        "company": QCoreApplication.translate("Capture", "company"),
        "role": QCoreApplication.translate("Capture", "role"),
        "city": QCoreApplication.translate("Capture", "city"),
        "salary_text": QCoreApplication.translate("Capture", "salary"),
    }
    separator = QCoreApplication.translate("Capture", ", ")
    return separator.join(words.get(name, name) for name in names)


def already_logged() -> str:
    return QCoreApplication.translate(
        "Capture", "You already logged this posting. Saving logs it once more."
    )


def closed_before(role: str, outcome: Outcome, when: datetime) -> str:
    """A word on applying again where the company said no, or nothing, not long ago."""
    if outcome is Outcome.GHOSTED:
        text = QCoreApplication.translate(
            "Capture", "This company went silent on your application for {role} ({date})."
        )
    else:
        text = QCoreApplication.translate(
            "Capture", "This company turned down your application for {role} ({date})."
        )
    return text.format(role=role, date=format_date(when.date()))
