"""One row of an imported table read as an application: its fields, its history with the real
dates, its notes; or the reasons, by line and column, it cannot be imported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from enum import StrEnum
from functools import cached_property
from typing import Any

from tracker.domain.application_fields import (
    FIELDS,
    MAX_RATING,
    MIN_RATING,
    REQUIRED,
    FieldSpec,
    Kind,
)
from tracker.domain.dates import DateIssue, DateParseError, parse_date
from tracker.domain.enums import (
    Channel,
    HiringTrack,
    Outcome,
    Stage,
)
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.history_text import Move, parse_history
from tracker.domain.import_fields import ImportField, header_key
from tracker.domain.import_status import guess_category, read_channel, read_status
from tracker.domain.records import ApplicationCreate
from tracker.domain.text import clean, split_tags
from tracker.domain.validation import MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, validate_application

F = ImportField
FORMULA_GUARD = "'"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# What trackers write in a cell that has no value (Huntr writes "-").
EMPTY_MARKS = frozenset({"", "-", "—", "－", "N/A", "n/a"})


class RowProblem(StrEnum):
    MISSING = "missing"  # a required column is empty: the row is skipped
    TOO_LONG = "too_long"
    BAD_LINK = "bad_link"
    BAD_DATE = "bad_date"
    AMBIGUOUS_DATE = "ambiguous_date"
    UNKNOWN_STATUS = "unknown_status"  # imported at the format's first stage
    BAD_HISTORY = "bad_history"  # imported from its stage and dates instead
    EXTRA_CELLS = "extra_cells"  # more cells than headers: the extra ones are ignored
    UNREADABLE = "unreadable"  # a value that could not be read at all: the row is skipped
    UNCLOSED_QUOTE = "unclosed_quote"  # a quote opened and never closed swallowed the rest
    DATE_LEFT_OUT = "date_left_out"  # a date that could not be read: imported without it


SKIPPING = frozenset(
    {
        RowProblem.MISSING,
        RowProblem.TOO_LONG,
        RowProblem.BAD_LINK,
        RowProblem.BAD_DATE,
        RowProblem.AMBIGUOUS_DATE,
        RowProblem.UNREADABLE,
        RowProblem.UNCLOSED_QUOTE,
    }
)


DATE_PROBLEMS = frozenset({RowProblem.BAD_DATE, RowProblem.AMBIGUOUS_DATE})


def left_out_for_a_date(issues: Sequence[RowIssue]) -> bool:
    """Whether a row is left out only because a date in it could not be read (imported
    without that date, it would be kept)."""
    skipping = [issue.problem for issue in issues if issue.skips_row]
    return bool(skipping) and all(problem in DATE_PROBLEMS for problem in skipping)


@dataclass(frozen=True, slots=True)
class RowIssue:
    line: int
    problem: RowProblem
    field: str  # an ImportField value, or the form field a rule names
    value: str = ""

    @property
    def skips_row(self) -> bool:
        return self.problem in SKIPPING


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """An application as it will be stored: the form's fields, how it moved, its notes."""

    line: int
    data: ApplicationCreate
    moves: tuple[Move, ...]
    notes: tuple[str, ...] = ()
    resume: str = ""  # the label of the résumé sent

    @property
    def stage(self) -> str:
        return self.moves[-1].stage

    @property
    def outcome(self) -> Outcome | None:
        return self.moves[-1].outcome


@dataclass(frozen=True)
class RowReading:
    """What every row of one file is read with."""

    headers: list[str]
    mapping: Mapping[int, str]  # column index → target (see import_fields)
    now: datetime  # aware
    zone: tzinfo  # for times written without a zone
    default_stage: str = Stage.APPLIED
    channel: Channel | None = None
    day_first: bool | None = None
    include_personal: bool = False
    strip_formula_guard: bool = False  # Pivot's own CSV guards formula-like cells with '
    stage_order: Sequence[str] = tuple(Stage)
    own_stages: Mapping[str, str] = field(default_factory=dict)
    # A date that cannot be read leaves the row out, unless the user chose to import such rows
    # without that date.
    keep_undated: bool = False

    @cached_property
    def fields_in_file(self) -> tuple[tuple[FieldSpec, ...], dict[str, Any]]:
        """The form's fields the file has columns for, and what every row holds for each of
        the others (the same for every row: read once for the file, not once a row)."""
        present = set(self.mapping.values())
        empty = _Row(0, [], self)
        shown = tuple(spec for spec in FIELDS if spec.key in present)
        absent = {spec.name: _field_value(empty, spec) for spec in FIELDS if spec not in shown}
        return shown, absent


def unguard(text: str) -> str:
    """A cell as it was before the export guarded it against formulas."""
    if text.startswith(FORMULA_GUARD) and needs_guard(text[1:]):
        return text[1:]
    return text


def needs_guard(text: str) -> bool:
    """Whether a spreadsheet would read the text as a formula (or it starts like a guarded one)."""
    if text.startswith(FORMULA_STARTS):
        return True
    return text.startswith(FORMULA_GUARD) and needs_guard(text[1:])


class _Row:
    def __init__(self, line: int, cells: list[str], reading: RowReading) -> None:
        self.line = line
        self.reading = reading
        self.issues: list[RowIssue] = []
        self.values: dict[str, list[tuple[str, str]]] = {}
        self._texts: dict[str, str] = {}
        self._dates: dict[str, date | datetime | None] = {}
        for index, cell in enumerate(cells):
            target = reading.mapping.get(index)
            if target is None or target == F.IGNORED:
                continue
            # Pivot's own CSV writes an empty cell for nothing, so "-" there is a value.
            own = reading.strip_formula_guard
            text = unguard(cell) if own else cell
            if (text != "") if own else (text.strip() not in EMPTY_MARKS):
                self.values.setdefault(target, []).append((reading.headers[index], text))
        if len(cells) > len(reading.headers) and any(
            c.strip() for c in cells[len(reading.headers) :]
        ):
            self.issue(RowProblem.EXTRA_CELLS, "", str(len(cells)))

    def issue(self, problem: RowProblem, name: str, value: str = "") -> None:
        self.issues.append(RowIssue(self.line, problem, name, value[:80]))

    def text(self, target: str) -> str:
        text = self._texts.get(target)
        if text is None:
            values = self.values.get(target, ())
            # Kept as written: one-line fields are cleaned when stored, long texts keep their
            # spacing.
            text = "\n".join(value for _header, value in values) if values else ""
            self._texts[target] = text
        return text

    def when(self, target: str) -> date | datetime | None:
        """The field's date or time (aware), read once; None when empty or unreadable (then an
        issue says why)."""
        if target in self._dates:
            return self._dates[target]
        self._dates[target] = value = self._read_date(target)
        return value

    def _read_date(self, target: str) -> date | datetime | None:
        raw = self.text(target)
        if not raw:
            return None
        try:
            value = parse_date(raw, day_first=self.reading.day_first).value
        except DateParseError as error:
            ambiguous = error.issue is DateIssue.AMBIGUOUS_DAY_MONTH
            if self.reading.keep_undated:
                self.issue(RowProblem.DATE_LEFT_OUT, target, raw)
            else:
                problem = RowProblem.AMBIGUOUS_DATE if ambiguous else RowProblem.BAD_DATE
                self.issue(problem, target, raw)
            return None
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=self.reading.zone)
        return value


def _instant(value: date | datetime | None, now: datetime) -> datetime | None:
    """A point in time for a history: a day alone is midday UTC of it (the same calendar day in
    every zone from UTC-11 to UTC+11), never later than now."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return min(value.astimezone(UTC), now)
    return min(datetime.combine(value, time(12), tzinfo=UTC), now)


def _day(value: date | datetime | None, zone: tzinfo) -> date | None:
    """The calendar day of a date, or of a time as the user's clock shows it."""
    return value.astimezone(zone).date() if isinstance(value, datetime) else value


_ENUM_KEYS: dict[type[StrEnum], dict[str, str]] = {}


def _enum_value(enum: type[StrEnum], text: str, words: Mapping[str, str]) -> str | None:
    if not text:
        return None
    keys = _ENUM_KEYS.get(enum)
    if keys is None:
        keys = _ENUM_KEYS[enum] = {header_key(member.value): member.value for member in enum}
    key = header_key(text)
    return keys.get(key) or words.get(key)


_ANSWERS = frozenset({Outcome.REJECTED, Outcome.GHOSTED, Outcome.TALENT_POOL})
_WORK_MODES = {"现场": "onsite", "坐班": "onsite", "到岗": "onsite", "onsite": "onsite",
               "混合": "hybrid", "远程": "remote", "居家": "remote"}  # fmt: skip
_PRIORITIES = {"高": "high", "中": "medium", "低": "low"}
_TRACKS = {"校招": "campus", "campus": "campus", "实习": "internship", "intern": "internship",
           "社招": "experienced"}  # fmt: skip
# How other tools write a few choices, beside Pivot's own keys.
_CHOICE_WORDS: dict[str, Mapping[str, str]] = {
    "work_mode": _WORK_MODES, "priority": _PRIORITIES, "hiring_track": _TRACKS,
}  # fmt: skip


def _rating(text: str) -> int | None:
    """A rating written as a number or as stars; None when it is neither, or not 1 to 5."""
    text = text.strip()
    stars = text.count("★")
    value = stars if stars and not text.strip("★☆ ") else int(text) if text.isdecimal() else 0
    return value if MIN_RATING <= value <= MAX_RATING else None


def _field_value(row: _Row, spec: FieldSpec) -> Any:
    """What a row holds for a field of the form; None when it holds nothing for it."""
    text = row.text(spec.key)
    if spec.kind is Kind.TEXT:
        return text
    if spec.kind in (Kind.LINE, Kind.LINK, Kind.SALARY):
        return clean(text)
    if spec.kind is Kind.DATE:
        return _day(row.when(spec.key), row.reading.zone)
    if spec.kind is Kind.TAGS:
        return split_tags(",".join(value for _h, value in row.values.get(spec.key, ())))
    if spec.kind is Kind.RATING:
        return _rating(text)
    assert spec.choices is not None
    if spec.choices is Channel:
        return read_channel(text) if text else row.reading.channel
    value = _enum_value(spec.choices, text, _CHOICE_WORDS.get(spec.name, {}))
    return spec.choices(value) if value else None


def _moves(row: _Row, status: str | None, outcome: Outcome | None) -> tuple[Move, ...]:
    reading = row.reading
    history = row.text(F.HISTORY)
    if history:
        parsed = parse_history(history)
        if parsed is not None and all(m.stage in reading.stage_order for m in parsed):
            return tuple(parsed)
        row.issue(RowProblem.BAD_HISTORY, F.HISTORY, history)
    now = reading.now
    saved = _instant(row.when(F.SAVED_ON), now)
    applied = _instant(row.when(F.APPLIED_ON), now)
    moved = _instant(row.when(F.LAST_MOVED), now)
    order = list(reading.stage_order)
    stage = str(status or reading.default_stage)
    if status is None and stage == Stage.WISHLIST.value and (applied or outcome in _ANSWERS):
        # A date it was sent, or an answer to it, says more than a format's first stage.
        stage = Stage.APPLIED.value
    position = order.index(stage) if stage in order else len(order)
    points: list[tuple[str, datetime]] = []
    if saved is not None:
        points.append((Stage.WISHLIST.value, saved))
    if applied is not None and position >= order.index(Stage.APPLIED.value):
        points.append((Stage.APPLIED.value, applied))
    if not points or points[-1][0] != stage:
        points.append((stage, moved or (points[-1][1] if points else now)))
    moves: list[Move] = []
    for key, at in points:
        at = max(at, moves[-1].at) if moves else at
        moves.append(Move(key, None, at))
    if outcome is not None:
        moves.append(Move(stage, outcome, max(moved or moves[-1].at, moves[-1].at)))
    return tuple(moves)


def _notes(row: _Row) -> tuple[str, ...]:
    notes = [value for _header, value in row.values.get(F.NOTES, ())]
    if row.reading.include_personal:
        personal = [
            f"{header}: {value}"
            for target in (F.CONTACT_EMAIL, F.CONTACT_PHONE, F.ANSWERS)
            for header, value in row.values.get(target, ())
        ]
        if personal:
            notes.append("\n".join(personal))
    return tuple(note[:MAX_NOTE_LENGTH] for note in notes if note.strip())


def _state(row: _Row) -> tuple[str | None, Outcome | None]:
    raw_status = row.text(F.STATUS)
    status, outcome = (
        read_status(raw_status, row.reading.own_stages) if raw_status else (None, None)
    )
    if raw_status and status is None and outcome is None:
        row.issue(RowProblem.UNKNOWN_STATUS, F.STATUS, raw_status)
    raw_outcome = row.text(F.OUTCOME)
    if raw_outcome:
        _stage, read = read_status(raw_outcome)
        outcome = read or outcome
    return status, outcome


def read_row(
    line: int, cells: list[str], reading: RowReading
) -> tuple[ImportRecord | None, list[RowIssue]]:
    """The application a row describes and what was wrong with it (a record of None when the
    row cannot be imported; issues that do not skip it are warnings)."""
    try:
        return _read_row(line, cells, reading)
    except (ValueError, OverflowError):  # a value no rule above foresaw: that row only
        return None, [RowIssue(line, RowProblem.UNREADABLE, "")]


def _read_row(
    line: int, cells: list[str], reading: RowReading
) -> tuple[ImportRecord | None, list[RowIssue]]:
    row = _Row(line, cells, reading)
    for required in REQUIRED:
        if not row.text(required.key).strip():
            row.issue(RowProblem.MISSING, required.key)
    status, outcome = _state(row)
    moves = _moves(row, status, outcome)
    in_file, absent = reading.fields_in_file
    for spec in in_file:
        if spec.kind is Kind.DATE:
            row.when(spec.key)  # read now, so that a date that cannot be read is an issue
    if any(issue.skips_row for issue in row.issues):
        return None, row.issues
    values = dict(absent)
    values.update((spec.name, _field_value(row, spec)) for spec in in_file)
    title = values["role_title"]
    if values["role_category"] is None:
        values["role_category"] = guess_category(title)
    if values["hiring_track"] is None:
        values["hiring_track"] = HiringTrack(
            _TRACKS.get(header_key(title), HiringTrack.EXPERIENCED)
        )
    chosen = {name: value for name, value in values.items() if value is not None}
    data = ApplicationCreate(**chosen, stage=moves[0].stage)
    try:
        validate_application(data)
    except ValidationError as error:
        for name, problem in error.problems.items():
            kind = {
                FieldProblem.REQUIRED: RowProblem.MISSING,
                FieldProblem.INVALID: RowProblem.BAD_LINK,
            }
            row.issue(kind.get(problem, RowProblem.TOO_LONG), name, str(getattr(data, name)))
        return None, row.issues
    resume = " ".join(row.text(F.RESUME).split())[:MAX_LABEL_LENGTH]
    return ImportRecord(line, data, moves, _notes(row), resume), row.issues
