"""An application's stage history as one spreadsheet cell, a move a line, and back:

    2026-03-01 12:00 +08:00 applied
    2026-03-09 10:30 +08:00 interviewing
    2026-03-20 18:05 +08:00 interviewing rejected

Readable in Excel, exact to the minute, and read back by the import of Pivot's CSV.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from tracker.domain.enums import Outcome


@dataclass(frozen=True, slots=True)
class Move:
    """One step of a history: the stage (and outcome) reached, and when (aware)."""

    stage: str
    outcome: Outcome | None
    at: datetime


_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}) ([+-])(\d{2}):(\d{2}) (\S+)(?: (\S+))?$")


def format_history(moves: Iterable[Move], zone: tzinfo) -> str:
    lines = []
    for move in moves:
        local = move.at.astimezone(zone)
        stamp = local.strftime("%Y-%m-%d %H:%M %z")
        stamp = f"{stamp[:-2]}:{stamp[-2:]}"
        outcome = f" {move.outcome.value}" if move.outcome else ""
        lines.append(f"{stamp} {move.stage}{outcome}")
    return "\n".join(lines)


def parse_history(text: str) -> list[Move] | None:
    """The moves of a history cell, oldest first; None when any line is not one."""
    moves: list[Move] = []
    for line in text.strip().splitlines():
        match = _LINE.match(line.strip())
        if match is None:
            return None
        day, hour, minute, sign, off_h, off_m, stage, outcome = match.groups()
        offset = timedelta(hours=int(off_h), minutes=int(off_m)) * (-1 if sign == "-" else 1)
        try:
            at = datetime.fromisoformat(f"{day}T{hour}:{minute}").replace(tzinfo=timezone(offset))
            moves.append(Move(stage, Outcome(outcome) if outcome else None, at.astimezone(UTC)))
        except (ValueError, OverflowError):  # a day that does not exist, or out of range
            return None
    if not moves or any(later.at < earlier.at for earlier, later in itertools.pairwise(moves)):
        return None
    return moves
