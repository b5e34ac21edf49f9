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

import unicodedata


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3400 <= code <= 0x4DBF  # extension A
        or 0x4E00 <= code <= 0x9FFF  # unified ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x3134F  # extensions B–G
    )


def _runs(text: str) -> list[tuple[bool, str]]:
    """The text as (is_chinese, run) pieces; everything that is neither a letter, a digit nor a
    Chinese character separates them."""
    pieces: list[tuple[bool, str]] = []
    current: list[str] = []
    current_cjk = False
    for char in unicodedata.normalize("NFKC", text).casefold():
        cjk = _is_cjk(char)
        if not (cjk or char.isalnum()):
            if current:
                pieces.append((current_cjk, "".join(current)))
                current = []
            continue
        if current and cjk != current_cjk:
            pieces.append((current_cjk, "".join(current)))
            current = []
        current.append(char)
        current_cjk = cjk
    if current:
        pieces.append((current_cjk, "".join(current)))
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
