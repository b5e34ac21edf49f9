"""How a table file's bytes become text: its encoding and its delimiter.

Spreadsheets saved by Excel or WPS in Chinese are GBK; LinkedIn and most web tools write UTF-8,
sometimes with a byte-order mark; Excel's "Unicode text" is UTF-16 with tabs. The order of the
guesses matters: UTF-8 text read as GBK turns into silent mojibake, so a byte-order mark wins,
then strict UTF-8 over the whole file, then GB18030 (a superset of GBK) when the text reads as
Chinese and no other encoding reads plausibly (``encoding_guess``); otherwise the user is asked,
shown how each encoding reads the file.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable

UTF8_BOM = codecs.BOM_UTF8
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
DELIMITERS = (",", ";", "\t")
# Encodings a user may choose when Pivot could not tell (the mapping dialog, --encoding).
CHOOSABLE_ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16", "shift_jis", "cp1252")


def encoding_from_bom(head: bytes) -> str | None:
    """The encoding a byte-order mark names ("utf-8-sig" strips the mark), or None."""
    if head.startswith(UTF8_BOM):
        return "utf-8-sig"
    if head.startswith(UTF16_BOMS):
        return "utf-16"
    return None


def byte_order(head: bytes, encoding: str) -> str | None:
    """The encoding to read with when the user names one: as named, except UTF-16 without a
    byte-order mark, whose order the zero bytes of its ASCII characters tell (the delimiters and
    line ends are ASCII in every table). None when they do not tell."""
    try:
        named = codecs.lookup(encoding).name
    except LookupError:
        return encoding  # refused when the file is opened
    if named != "utf-16" or encoding_from_bom(head) is not None:
        return encoding
    pairs = head[: len(head) // 2 * 2]
    even_zeros, odd_zeros = pairs[0::2].count(0), pairs[1::2].count(0)
    if odd_zeros and not even_zeros:
        return "utf-16-le"
    if even_zeros and not odd_zeros:
        return "utf-16-be"
    return None


def decodes_as(chunks: Iterable[bytes], encoding: str) -> bool:
    """Whether every chunk, in order, decodes strictly in ``encoding`` (without holding the
    whole file in memory)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        for chunk in chunks:
            if b"\x00" in chunk and not encoding.startswith("utf-16"):
                return False  # a binary file (a workbook, an image), not text
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _widths(sample: str, delimiter: str) -> list[int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    widths: list[int] = []
    try:
        for row in reader:
            if row:
                widths.append(len(row))
            if len(widths) >= 20:
                break
    except csv.Error:
        pass
    return widths


def sniff_delimiter(sample: str) -> str:
    """Comma, semicolon or tab: the one that splits the header into the most columns, with the
    rows after it agreeing most often (a comma inside a quoted Chinese address does not count).
    A file of one column is read with commas."""
    best, best_score = ",", (1, 0)
    for delimiter in DELIMITERS:
        widths = _widths(sample, delimiter)
        if not widths or widths[0] < 2:
            continue
        agreeing = sum(1 for width in widths[1:] if width == widths[0])
        score = (widths[0] if agreeing or len(widths) == 1 else 1, agreeing)
        if score > best_score:
            best, best_score = delimiter, score
    return best
