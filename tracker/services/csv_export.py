"""Applications as a CSV file for Excel and WPS: UTF-8 with a byte-order mark (so Chinese reads
right when the file is double-clicked), one row per application with its stage history and the
day it reached each stage, numbers as numbers, and every text cell that a spreadsheet would run
as a formula (``= + - @``, tab, CR, LF) prefixed with ``'``.

Pivot reads the file back: the import recognises its headers in either language."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any

from tracker.db.atomic_file import atomic_writer
from tracker.db.database import Database
from tracker.db.document_store import latest_resume_labels
from tracker.db.export_rows import application_rows, histories, note_bodies, stage_keys
from tracker.domain.application_fields import BY_KEY, Kind
from tracker.domain.enums import Outcome
from tracker.domain.history_text import Move, format_history
from tracker.domain.import_fields import ImportField
from tracker.domain.import_formats import PIVOT_COLUMNS, PIVOT_DERIVED_COLUMNS
from tracker.domain.import_rows import FORMULA_GUARD, needs_guard

F = ImportField
NOTE_SEPARATOR = "\n\n"
_NUMBERS = ("salary_min", "salary_max", "salary_period", "salary_months", "archived")


def guard(text: str) -> str:
    """A text cell as a spreadsheet shows it, never runs it."""
    return f"{FORMULA_GUARD}{text}" if needs_guard(text) else text


def _stored_time(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# The columns (by position among PIVOT_COLUMNS) whose values are keys, and what they name.
_CHOICES: dict[int, type[StrEnum] | None] = {
    position: (BY_KEY[target].choices if target in BY_KEY else None)
    for position, target in enumerate(PIVOT_COLUMNS)
    if (target in BY_KEY and BY_KEY[target].kind is Kind.CHOICE) or target in (F.STATUS, F.OUTCOME)
}


def _labelled(
    cells: list[Any], label: Callable[[StrEnum], str], stage_names: Mapping[str, str]
) -> list[Any]:
    """The key columns in the user's words (a stage by its name)."""
    targets = list(PIVOT_COLUMNS)
    for position, choices in _CHOICES.items():
        value = cells[position]
        if not value:
            continue
        if targets[position] == F.STATUS:
            cells[position] = guard(stage_names.get(value, value))
        elif targets[position] == F.OUTCOME:
            cells[position] = label(Outcome(value))
        elif choices is not None and value in {member.value for member in choices}:
            cells[position] = label(choices(value))
    return cells


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return "" if value is None else value


class CsvExport:
    def __init__(self, database: Database) -> None:
        self._database = database

    def write(
        self,
        path: Path,
        *,
        ids: Sequence[int] | None = None,
        chinese: bool = False,
        stage_names: Mapping[str, str] | None = None,
        zone: tzinfo | None = None,
        label: Callable[[StrEnum], str] | None = None,
    ) -> int:
        """Write the applications (the given ones, in that order, e.g. what the table shows
        after its filters; else all) and return how many.

        Args:
            chinese: headers in Chinese rather than English.
            stage_names: stage key → the name the user reads, for the stage date columns (and
                the stage column, when ``label`` is given).
            label: the user's word for an enumerated value (a category, a channel, an
                outcome…); without it those columns hold Pivot's keys.

        Raises:
            FileError: the file could not be written; an earlier file of that name is unchanged.
        """
        zone = zone or datetime.now().astimezone().tzinfo or UTC
        language = 1 if chinese else 0
        with self._database.reading() as connection:
            rows = application_rows(connection, ids)
            moves = histories(connection)
            notes = note_bodies(connection)
            stages = stage_keys(connection)
            resumes = latest_resume_labels(connection)
        names = stage_names or {}
        stage_header = "日期：{}" if chinese else "Date: {}"
        headers = [names_[language] for names_ in PIVOT_COLUMNS.values()]
        headers += [names_[language] for names_ in PIVOT_DERIVED_COLUMNS]
        headers += [stage_header.format(names.get(key, key)) for key in stages]
        buffer = io.StringIO(newline="")
        table = csv.writer(buffer, lineterminator="\r\n")
        with atomic_writer(path, database=self._database.path) as handle:
            handle.write("\ufeff".encode())
            table.writerow([guard(header) for header in headers])
            for row in rows:
                history = [
                    Move(stage, Outcome(outcome) if outcome else None, _stored_time(at))
                    for stage, outcome, at in moves.get(row["id"], [])
                ]
                extra: dict[str, str] = {F.NOTES: NOTE_SEPARATOR.join(notes.get(row["id"], [])),
                         F.RESUME: resumes.get(row["id"], "")}  # fmt: skip
                cells = self._cells(row, history, extra, stages, zone)
                if label is not None:
                    cells = _labelled(cells, label, names)
                table.writerow(cells)
                handle.write(buffer.getvalue().encode())
                buffer.seek(0)
                buffer.truncate()
            handle.write(buffer.getvalue().encode())
        return len(rows)

    @staticmethod
    def _cells(
        row: dict[str, Any],
        history: list[Move],
        texts: Mapping[str, str],
        stages: list[str],
        zone: tzinfo,
    ) -> list[Any]:
        """A row's cells; ``texts`` holds the columns kept elsewhere (notes, the résumé)."""
        cells: list[Any] = []
        for target in PIVOT_COLUMNS:
            spec = BY_KEY.get(target)
            if spec is not None and spec.kind is Kind.TAGS:
                value = ", ".join(json.loads(row[spec.column] or "[]"))
            elif spec is not None:
                value = row[spec.column]
            elif target == F.STATUS:
                value = row["current_stage"]
            elif target == F.OUTCOME:
                value = row["outcome"]
            elif target == F.HISTORY:
                value = format_history(history, zone)
            elif target in texts:
                value = texts[target]
            else:  # F.LAST_MOVED
                moved = _stored_time(row["stage_changed_at"]).astimezone(zone)
                value = moved.strftime("%Y-%m-%d %H:%M")
            cells.append(guard(str(value)) if value is not None else "")
        cells += [_number(row[name]) for name in _NUMBERS]
        reached: dict[str, str] = {}
        for move in history:
            reached.setdefault(move.stage, move.at.astimezone(zone).date().isoformat())
        cells += [reached.get(key, "") for key in stages]
        return cells
