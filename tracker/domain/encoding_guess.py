"""Which reading of a file's bytes looks like text a person typed.

A file that is not UTF-8 usually decodes in more than one legacy encoding, and each reading is
"valid". What tells them apart is what the text looks like: Chinese text read as GBK is made of
common characters (those of GB2312); Western text read as Windows-1252 has an accented letter
here and there inside words. The wrong readings look wrong: Western text read as GBK turns
every accented letter and the letter after it into a rare ideograph ("München" → "M黱chen");
Chinese text read as Windows-1252 turns into runs of symbols and capitals ("字节" → "×Ö½Ú").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from tracker.domain.errors import FileError, FileProblem

# Encodings tried, in order, when a file is neither marked nor UTF-8.
LEGACY_ENCODINGS = ("gb18030", "cp1252")
# The one read without asking when only it looks right: Pivot's users write Chinese.
TRUSTED_LEGACY = "gb18030"
PREVIEW_LINES = 3
PREVIEW_CHARACTERS = 60
# A reading is plausible when at most this share of its non-ASCII characters is wrong, and at
# most this share is wrong or rare (a Chinese name may use a character outside GB2312).
MOST_WRONG = 0.1
MOST_WRONG_OR_RARE = 0.5
# Symbols Western text uses (currency, quotes, dashes, degrees, the middle dot of 15K·14薪).
_COMMON_SYMBOLS = frozenset("€£¥©®°·«»–—‘’‚“”„…•×§")
_LATIN_END = 0x0300  # Latin-1 Supplement and Latin Extended end here


@dataclass(frozen=True, slots=True)
class Plausibility:
    """How the non-ASCII characters of a text look."""

    characters: int  # non-ASCII characters looked at
    wrong: int  # control, private-use or unassigned characters; symbol soup
    rare: int  # ideographs outside the common set

    @property
    def plausible(self) -> bool:
        if not self.characters:
            return True
        return (
            self.wrong <= MOST_WRONG * self.characters
            and self.wrong + self.rare <= MOST_WRONG_OR_RARE * self.characters
        )

    @property
    def score(self) -> float:
        """From 1 (every character looks right) down: for ordering readings."""
        if not self.characters:
            return 1.0
        return 1.0 - (self.wrong + 0.5 * self.rare) / self.characters


@dataclass(frozen=True, slots=True)
class Reading:
    """A file's first lines as one encoding reads them."""

    encoding: str
    lines: tuple[str, ...]
    plausibility: Plausibility


class UnclearEncodingError(FileError):
    """Pivot cannot tell the file's encoding (UNKNOWN_ENCODING); ``readings`` shows how the
    encodings that decode it read its first lines, the one that looks most right first."""

    def __init__(self, path: str, readings: tuple[Reading, ...]) -> None:
        super().__init__(FileProblem.UNKNOWN_ENCODING, path)
        self.readings = readings


def _is_han(character: str) -> bool:
    code = ord(character)
    return (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
    )


def _is_common(character: str) -> bool:
    """A character of GB2312: the 6,763 common hanzi, Chinese punctuation, full-width forms."""
    try:
        character.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _is_text(character: str, category: str) -> bool:
    """A letter, digit, mark, space or punctuation of any script, or a common symbol."""
    return category.startswith(("L", "P", "Z", "N", "M")) or character in _COMMON_SYMBOLS


def _latin_run_is_wrong(run: str) -> bool:
    """A run of adjacent Latin-1 or Latin Extended characters: one letter or common symbol is
    what Western words hold ("é", "€"), two lower-case letters at most ("créée"); more is what
    Chinese text read as Windows-1252 looks like."""
    if len(run) == 1:
        return not (run.isalpha() or run in _COMMON_SYMBOLS)
    return len(run) > 2 or not all(c.isalpha() and c.islower() for c in run)


def plausibility(text: str) -> Plausibility:
    """How much the non-ASCII characters of ``text`` look like what a person typed."""
    characters = wrong = rare = 0
    run = ""
    for character in text + "\n":
        if _LATIN_END > ord(character) >= 0x80 and unicodedata.category(character) != "Cc":
            run += character
            continue
        if run:
            characters += len(run)
            wrong += len(run) if _latin_run_is_wrong(run) else 0
            run = ""
        if ord(character) < 0x80:
            continue
        characters += 1
        category = unicodedata.category(character)
        if category in ("Cc", "Co", "Cn", "Cs") or character == "\ufffd":
            wrong += 1
        elif _is_han(character) or not _is_text(character, category):
            rare += 0 if _is_common(character) else 1
    return Plausibility(characters, wrong, rare)


def reading(encoding: str, text: str) -> Reading:
    """The first lines of ``text`` (a file's beginning, decoded) as a reading in ``encoding``."""
    lines = [line for line in text.splitlines() if line.strip()][:PREVIEW_LINES]
    shown = tuple(
        line if len(line) <= PREVIEW_CHARACTERS else line[: PREVIEW_CHARACTERS - 1] + "…"
        for line in lines
    )
    return Reading(encoding, shown, plausibility(text))


def choose(readings: list[Reading]) -> str | None:
    """The encoding to read without asking: the trusted one, when it alone looks right; None
    when the user must choose (the readings in order of how right they look)."""
    plausible = [r for r in readings if r.plausibility.plausible]
    if len(plausible) == 1 and plausible[0].encoding == TRUSTED_LEGACY:
        return TRUSTED_LEGACY
    return None


def ranked(readings: list[Reading]) -> tuple[Reading, ...]:
    """The readings, the one that looks most right first."""
    return tuple(sorted(readings, key=lambda r: -r.plausibility.score))
