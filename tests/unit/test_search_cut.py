"""The search index cuts text into runs of Chinese and runs of other letters and digits: the
fast cut (regular expressions) against the definition, character by character, on random text
mixing scripts, widths, marks, emoji and separators."""

from __future__ import annotations

import random
import unicodedata

from tracker.domain.search_text import _runs, index_text


def _is_chinese(char: str) -> bool:
    code = ord(char)
    return (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
    )


def _runs_by_definition(text: str) -> list[tuple[bool, str]]:
    """Letters and digits (str.isalnum) and Chinese characters make runs; a change between
    Chinese and the rest starts a new one; anything else separates them."""
    pieces: list[tuple[bool, str]] = []
    current, chinese = "", False
    for char in unicodedata.normalize("NFKC", text).casefold():
        here = _is_chinese(char)
        if not (here or char.isalnum()):
            if current:
                pieces.append((chinese, current))
            current = ""
            continue
        if current and here != chinese:
            pieces.append((chinese, current))
            current = ""
        current += char
        chinese = here
    if current:
        pieces.append((chinese, current))
    return pieces


def test_the_cut_matches_its_definition_on_mixed_text() -> None:
    rng = random.Random(20261204)
    alphabet = (
        "面试题大模型训练师 RLHF，。、a1_-·•\t\n\u00e9\u0301Ⅻ²ｱＡＢ①😀\u3400\U00020001\uf900ßİﬁ"
        + "".join(chr(rng.randrange(0x20, 0x3100)) for _ in range(400))
    )
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert _runs(text) == _runs_by_definition(text), repr(text)


def test_chinese_is_cut_into_pairs_and_its_last_character() -> None:
    assert index_text("AI训练师（RLHF）") == "ai 训练 练师 师 rlhf"
