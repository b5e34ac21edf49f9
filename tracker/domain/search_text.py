"""How text is cut for full-text search, so that Chinese of any length is found.

SQLite's tokenizers do not segment Chinese: ``unicode61`` keeps a whole run of Chinese
characters as one token, and ``trigram`` cannot match fewer than three characters (on SQLite
3.40 its LIKE even returns nothing for two). So the text is cut here: every run of Chinese
characters becomes its overlapping pairs plus its last character alone
(面试题 → 面试 试题 题), and other words stay whole. Then a query of two or more Chinese
characters is the phrase of its pairs, and a single character is a prefix of a pair or the
last character of a run: each finds exactly the texts that contain it.
"""

from __future__ import annotations

import re
import unicodedata

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Extension A, the unified ideographs, the compatibility ideographs, extensions B–G.
_CHINESE = re.compile(f"([{_CJK}]+)")
_WORD = re.compile(r"[^\W_]+")  # letters and digits, Chinese included: what str.isalnum() takes


def _runs(text: str) -> list[tuple[bool, str]]:
    """The text as (is_chinese, run) pieces; everything that is neither a letter, a digit nor a
    Chinese character separates them."""
    pieces: list[tuple[bool, str]] = []
    for word in _WORD.findall(unicodedata.normalize("NFKC", text).casefold()):
        if word.isascii():
            pieces.append((False, word))
            continue
        # Split at every change between Chinese and other letters: odd pieces are Chinese.
        for index, piece in enumerate(_CHINESE.split(word)):
            if piece:
                pieces.append((index % 2 == 1, piece))
    return pieces


def _pairs(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_text(*parts: str) -> str:
    """The text as the search index stores it (space-separated tokens)."""
    tokens: list[str] = []
    for part in parts:
        for is_cjk, run in _runs(part):
            if is_cjk:
                tokens.extend(_pairs(run))
                tokens.append(run[-1])
            else:
                tokens.append(run)
    return " ".join(tokens)


def match_query(query: str) -> str | None:
    """An FTS5 MATCH expression finding texts that contain everything typed, or None when the
    query holds nothing searchable. The last word typed may be unfinished, so Latin words match
    as prefixes: search works as you type."""
    clauses: list[str] = []
    for is_cjk, run in _runs(query):
        if is_cjk and len(run) == 1:
            clauses.append(f'"{run}"*')
        elif is_cjk:
            clauses.append('"' + " ".join(_pairs(run)) + '"')
        else:
            clauses.append(f'"{run}"*')
    return " AND ".join(clauses) if clauses else None
