"""Text normalisation shared by matching, de-duplication and search."""

from __future__ import annotations

import unicodedata


def clean(text: str) -> str:
    """Trim and collapse runs of whitespace (what a form stores for a one-line field)."""
    return " ".join(text.split())


def match_key(text: str) -> str:
    """Width- and case-insensitive key: 'ＡＢＣ 科技' and 'abc  科技' are the same company."""
    return clean(unicodedata.normalize("NFKC", text)).casefold()
