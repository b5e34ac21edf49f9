"""Names as a form stores them: whitespace collapsed, and invisible characters that could make
one name read as another (a right-to-left override, a zero-width space) dropped; emoji kept
whole. (Fault matrix T-05.)"""

from __future__ import annotations

from tracker.domain.text import clean, match_key
from tracker.services.calendar_export import calendar_file_name


def test_invisible_direction_and_zero_width_characters_are_dropped() -> None:
    assert clean("字节\u200b跳动") == "字节跳动"
    assert clean("\u202egnp.exe") == "gnp.exe"
    assert clean("\ufeffAcme\u2066 Ltd\u2069") == "Acme Ltd"
    assert match_key("字节\u200b跳动") == match_key("字节跳动")


def test_emoji_sequences_keep_their_joiners() -> None:
    assert clean("AI 团队 👩\u200d💻") == "AI 团队 👩\u200d💻"


def test_a_calendar_file_name_has_no_invisible_characters() -> None:
    name = calendar_file_name("\u202e字节跳动", "二面\u200b")
    assert name == "interview-字节跳动-二面.ics"
