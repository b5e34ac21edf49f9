"""Text normalisation shared by matching, de-duplication and search."""

from __future__ import annotations

import unicodedata


def clean(text: str) -> str:
    """Trim and collapse runs of whitespace (what a form stores for a one-line field)."""
    return " ".join(text.split())


def match_key(text: str) -> str:
    """Width- and case-insensitive key: 'ＡＢＣ 科技' and 'abc  科技' are the same company."""
    return clean(unicodedata.normalize("NFKC", text)).casefold()


def split_tags(text: str) -> tuple[str, ...]:
    """Tags are typed separated by commas (half- or full-width) or semicolons."""
    for separator in ("，", "；", ";"):
        text = text.replace(separator, ",")
    seen: dict[str, None] = {}
    for tag in text.split(","):
        if tag.strip():
            seen.setdefault(tag.strip(), None)
    return tuple(seen)
