"""A workbook for Excel and WPS: the applications as the table shows them, the offers with their
take-home pay, and the interview rounds, each a sheet with a frozen header row, filters and
column widths that fit. Words are the user's (labels, not keys); dates are dates and amounts
numbers (the salary as posted beside its reading). Written whole or not at all, never over the
database or what Pivot keeps beside it."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.db.atomic_file import atomic_writer
from tracker.domain.records import ApplicationRow
from tracker.services.calendar_export import CalendarRound
from tracker.services.offer_values import ValuedOffer

if TYPE_CHECKING:
    from tracker.services.container import Services

WIDEST_COLUMN = 60  # characters
HEADER_FILL = "DCE6F1"


@dataclass(frozen=True, slots=True)
class WorkbookWords:
    """The words of the workbook in the user's language (from the window's words)."""

    sheets: tuple[str, str, str]  # applications, offers, rounds
    application_headers: tuple[str, ...]  # as APPLICATION_COLUMNS
    offer_headers: tuple[str, ...]  # as OFFER_COLUMNS
    round_headers: tuple[str, ...]  # as ROUND_COLUMNS
    label: Callable[[Any], str]  # an enumerated value's word
    stage: Callable[[str], str]  # a stage key's name


APPLICATION_COLUMNS = (
    "company", "role", "category", "city", "stage", "outcome", "applied_on", "salary_text",
    "salary_min", "salary_max", "salary_months", "channel", "next_action", "next_action_due",
    "tags", "archived",
)  # fmt: skip
OFFER_COLUMNS = (
    "company", "role", "city", "salary_text", "monthly_base", "months", "gross", "social",
    "fund", "tax", "take_home", "first_year", "four_years", "deadline", "status",
)  # fmt: skip
ROUND_COLUMNS = ("company", "role", "round", "when", "time_zone", "status", "interviewers")


def _application(row: ApplicationRow, words: WorkbookWords) -> list[Any]:
    return [
        row.company_name, row.role_title, words.label(row.role_category), row.city,
        words.stage(row.stage), words.label(row.outcome) if row.outcome else "", row.applied_on,
        row.salary_text, row.salary_min, row.salary_max, row.salary_months,
        words.label(row.channel) if row.channel else "", row.next_action, row.next_action_due,
        ", ".join(row.tags), "✓" if row.archived else "",
    ]  # fmt: skip


def _offer(valued: ValuedOffer, words: WorkbookWords) -> list[Any]:
    offer, value = valued.offer, valued.value
    draft = offer.draft
    money = (
        [value.gross, value.social_insurance, value.housing_fund, value.tax, value.take_home,
         value.first_year, value.four_years]
        if value is not None else [None] * 7
    )  # fmt: skip
    return [
        offer.company_name, offer.role_title, draft.city, draft.salary_text, draft.monthly_base,
        draft.months_per_year, *[round(amount) if amount is not None else None for amount in money],
        draft.reply_deadline, words.label(draft.status),
    ]  # fmt: skip


def _round(interview: CalendarRound, words: WorkbookWords, zone: tzinfo) -> list[Any]:
    at = interview.scheduled_at.astimezone(zone).replace(tzinfo=None)
    return [
        interview.company_name, interview.role_title, interview.round_name, at,
        interview.time_zone, words.label(interview.status), interview.interviewers,
    ]  # fmt: skip


def write_workbook(
    path: Path,
    database: Path,
    rows: Sequence[ApplicationRow],
    offers: Sequence[ValuedOffer],
    rounds: Sequence[CalendarRound],
    words: WorkbookWords,
    zone: tzinfo,
) -> None:
    """Write the workbook to ``path`` (never to the database at ``database`` or beside it).

    Raises:
        FileError: the file could not be written; an earlier file of that name is unchanged.
    """
    import openpyxl

    book = openpyxl.Workbook()
    sheets = (
        (words.application_headers, [_application(row, words) for row in rows]),
        (words.offer_headers, [_offer(offer, words) for offer in offers]),
        (words.round_headers, [_round(interview, words, zone) for interview in rounds]),
    )
    for number, (title, (headers, cells)) in enumerate(zip(words.sheets, sheets, strict=True)):
        sheet = book.active if number == 0 else book.create_sheet()
        sheet.title = _sheet_title(title)
        _fill(sheet, headers, cells)
    with atomic_writer(path, database=database) as handle:
        book.save(handle)


def _sheet_title(text: str) -> str:
    """Excel's limits on a sheet's name: 31 characters, none of []:*?/\\."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip()
    return cleaned[:31] or "Sheet"


def _fill(sheet: Any, headers: Sequence[str], rows: list[list[Any]]) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    widths = [_width(header) for header in headers]
    for values in rows:
        sheet.append([_cell(value) for value in values])
        for column, value in enumerate(values):
            widths[column] = max(widths[column], _width(value))
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula stays text
            elif isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, WIDEST_COLUMN)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _width(value: Any) -> int:
    """How wide a value shows, a Chinese character counting as two."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = str(value).split("\n")[0]
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def export_workbook(
    services: Services,
    path: Path,
    words: WorkbookWords,
    *,
    ids: Sequence[int] | None = None,
    zone: tzinfo | None = None,
) -> int:
    """The workbook of the applications (the given ones, in that order, as the table shows them
    after its filters; else all), every offer and every scheduled round; returns how many
    applications went in."""
    from tracker.services.calendar_export import InterviewCalendar

    zone = zone or datetime.now().astimezone().tzinfo
    assert zone is not None
    rows = services.queries.rows_by_id(list(ids)) if ids is not None else services.queries.rows()
    if ids is not None:
        order = {id_: n for n, id_ in enumerate(ids)}
        rows = sorted(rows, key=lambda row: order.get(row.id, len(order)))
    offers = services.offer_values.values(services.offers.list())
    rounds = InterviewCalendar(services.database).rounds()
    write_workbook(path, services.database.path, rows, offers, rounds, words, zone)
    return len(rows)
