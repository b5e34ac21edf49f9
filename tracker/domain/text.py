"""Text normalisation shared by matching, de-duplication and search."""

from __future__ import annotations

import unicodedata

# Invisible characters that can make a name read as something else (bidirectional overrides,
# isolates and marks, zero-width spaces, a stray byte-order mark). Joiners stay: emoji need them.
INVISIBLE = dict.fromkeys(
    [0x200B, 0x200E, 0x200F, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def clean(text: str) -> str:
    """Trim and collapse runs of whitespace, and drop invisible direction and zero-width
    characters (what a form stores for a one-line field)."""
    return " ".join(text.translate(INVISIBLE).split())


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
