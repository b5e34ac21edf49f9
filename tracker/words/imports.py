"""The words of import and export: field names, format names and why a row was left out, in
the user's language (the command line uses them too)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tracker.domain.application_fields import BY_KEY, BY_NAME, LABEL_CONTEXT, FieldSpec
from tracker.domain.encoding_guess import Reading
from tracker.domain.import_fields import ImportField
from tracker.domain.import_formats import FormatKey
from tracker.domain.import_rows import RowIssue, RowProblem

if TYPE_CHECKING:  # the JSON file's words load with a JSON import, not at start-up
    from tracker.domain.json_checks import LeftOut
    from tracker.domain.json_document import JsonPreview

F = ImportField


def field_label(spec: FieldSpec) -> str:
    """A declared field of an application, as the user reads it."""
    return QCoreApplication.translate(LABEL_CONTEXT, spec.label)


def field_name(target: str) -> str:
    """What a column can be imported into (a field, by its key or name, or a record target)."""
    spec = BY_KEY.get(target) or BY_NAME.get(target)
    if spec is not None:
        return field_label(spec)
    names: dict[str, str] = {
        F.STATUS: QCoreApplication.translate("ImportWords", "Stage or status"),
        F.OUTCOME: QCoreApplication.translate("ImportWords", "Outcome"),
        F.SAVED_ON: QCoreApplication.translate("ImportWords", "Date saved"),
        F.LAST_MOVED: QCoreApplication.translate("ImportWords", "Date of the last move"),
        F.NOTES: QCoreApplication.translate("ImportWords", "Notes"),
        F.HISTORY: QCoreApplication.translate("ImportWords", "Stage history"),
        F.CONTACT_EMAIL: QCoreApplication.translate("ImportWords", "Contact email (personal)"),
        F.CONTACT_PHONE: QCoreApplication.translate("ImportWords", "Contact phone (personal)"),
        F.ANSWERS: QCoreApplication.translate("ImportWords", "Screening answers (personal)"),
        F.IGNORED: QCoreApplication.translate("ImportWords", "(not imported)"),
    }
    return names.get(target, target)


def format_name(key: FormatKey) -> str:
    names = {
        FormatKey.LINKEDIN_APPLICATIONS: QCoreApplication.translate(
            "ImportWords", "LinkedIn job applications"
        ),
        FormatKey.LINKEDIN_SAVED: QCoreApplication.translate("ImportWords", "LinkedIn saved jobs"),
        FormatKey.HUNTR: QCoreApplication.translate("ImportWords", "Huntr export"),
        FormatKey.JOBSYNC: QCoreApplication.translate("ImportWords", "JobSync export"),
        FormatKey.PIVOT_CSV: QCoreApplication.translate("ImportWords", "Pivot CSV"),
        FormatKey.PIVOT_JSON: QCoreApplication.translate("ImportWords", "Pivot JSON"),
        FormatKey.GENERIC: QCoreApplication.translate(
            "ImportWords", "Spreadsheet (columns matched by name)"
        ),
    }
    return names[key]


def problem_text(issue: RowIssue) -> str:
    """Why a row was left out (or what was assumed), with its field and value."""
    texts = {
        RowProblem.MISSING: QCoreApplication.translate(
            "ImportWords", "{field} is empty; the row is left out"
        ),
        RowProblem.TOO_LONG: QCoreApplication.translate(
            "ImportWords", "{field} is too long; the row is left out"
        ),
        RowProblem.BAD_LINK: QCoreApplication.translate(
            "ImportWords", "{field} “{value}” is not a web link; the row is left out"
        ),
        RowProblem.BAD_DATE: QCoreApplication.translate(
            "ImportWords", "{field} “{value}” is not a date; the row is left out"
        ),
        RowProblem.AMBIGUOUS_DATE: QCoreApplication.translate(
            "ImportWords",
            "{field} “{value}” could be day/month or month/day; choose how dates are written",
        ),
        RowProblem.DATE_LEFT_OUT: QCoreApplication.translate(
            "ImportWords", "{field} “{value}” is not a date; imported without it"
        ),
        RowProblem.UNKNOWN_STATUS: QCoreApplication.translate(
            "ImportWords",
            "status “{value}” is not a stage Pivot knows; imported at the first stage",
        ),
        RowProblem.BAD_HISTORY: QCoreApplication.translate(
            "ImportWords", "the stage history could not be read; imported without it"
        ),
        RowProblem.UNREADABLE: QCoreApplication.translate(
            "ImportWords", "a value in this row could not be read; the row is left out"
        ),
        RowProblem.UNCLOSED_QUOTE: QCoreApplication.translate(
            "ImportWords",
            "a quote opened in this row is never closed, so every line after it was read into "
            "one cell; the row is left out. Close the quote and import the file again",
        ),
        RowProblem.EXTRA_CELLS: QCoreApplication.translate(
            "ImportWords", "more cells than headers; the extra cells are ignored"
        ),
    }
    return texts[issue.problem].format(field=field_name(issue.field), value=issue.value)


def line_text(issue: RowIssue) -> str:
    return QCoreApplication.translate("ImportWords", "Line {line}: {problem}").format(
        line=issue.line, problem=problem_text(issue)
    )


def readings_text(readings: Sequence[Reading]) -> str:
    """How a file's first lines read in each encoding: the encoding's name, then its lines."""
    return "\n".join(
        f"{read.encoding.upper()}:\n" + "\n".join(f"    {line}" for line in read.lines)
        for read in readings
    )


LISTED_LEFT_OUT = 10


def _record_field_name(name: str) -> str:
    """A field of a record in a Pivot JSON file, as the forms name it."""
    names = {
        "current_stage": QCoreApplication.translate("ImportWords", "Stage"),
        "stage_events": F.HISTORY,
        "round_name": QCoreApplication.translate("ImportWords", "Round"),
        "scheduled_at": QCoreApplication.translate("ImportWords", "Date and time"),
        "meeting_link": QCoreApplication.translate("ImportWords", "Meeting link"),
        "body": F.NOTES,
    }
    named = names.get(name, name)
    return field_name(named) if isinstance(named, ImportField) or named == name else named


def left_out_text(record: LeftOut) -> str:
    """One record of a Pivot JSON file left out: which one, its field, what is wrong."""
    from tracker.domain.json_checks import LeftOutKind
    from tracker.words.messages import field_message

    kinds = {
        LeftOutKind.APPLICATION: QCoreApplication.translate("ImportWords", "Application"),
        LeftOutKind.NOTE: QCoreApplication.translate("ImportWords", "A note of application"),
        LeftOutKind.POSTING: QCoreApplication.translate(
            "ImportWords", "A captured posting of application"
        ),
        LeftOutKind.INTERVIEW_ROUND: QCoreApplication.translate(
            "ImportWords", "An interview round of application"
        ),
        LeftOutKind.OFFER: QCoreApplication.translate("ImportWords", "An offer of application"),
        LeftOutKind.STORY: QCoreApplication.translate("ImportWords", "Story"),
        LeftOutKind.BENCHMARK: QCoreApplication.translate("ImportWords", "Pay figure"),
        LeftOutKind.NEGOTIATION_STEP: QCoreApplication.translate("ImportWords", "Negotiation step"),
        LeftOutKind.DOCUMENT: QCoreApplication.translate("ImportWords", "Document"),
        LeftOutKind.DOCUMENT_VERSION: QCoreApplication.translate("ImportWords", "Document version"),
    }
    return QCoreApplication.translate(
        "ImportWords", "{record} {position} ({label}): {field}: {problem}"
    ).format(
        record=kinds[record.kind],
        position=record.position,
        label=record.label,
        field=_record_field_name(record.field),
        problem=field_message(record.problem, record.field),
    )


def json_notes(preview: JsonPreview) -> list[str]:
    """What to know before importing a Pivot JSON file: that it comes from a newer Pivot, the
    fields this one does not know, the records the forms would refuse."""
    from tracker.domain.json_document import FORMAT_VERSION

    notes: list[str] = []
    if preview.version > FORMAT_VERSION:
        notes.append(
            QCoreApplication.translate(
                "ImportWords",
                "It comes from a newer Pivot (file format {version}; this Pivot reads format "
                "{known}). What this Pivot knows is imported; what it does not know is left out.",
            ).format(version=preview.version, known=FORMAT_VERSION)
        )
    if preview.unknown_fields:
        notes.append(
            QCoreApplication.translate(
                "ImportWords", "Fields this Pivot does not know, left out: {fields}."
            ).format(fields=", ".join(preview.unknown_fields))
        )
    if preview.missing_files:
        notes.append(
            QCoreApplication.translate(
                "ImportWords",
                "Document versions without their file: {count}. The file is not in the folder "
                "of files beside the export (or it is not a document Pivot keeps); those "
                "versions are imported with their label only.",
            ).format(count=preview.missing_files)
        )
    if preview.left_out:
        lines = [left_out_text(record) for record in preview.left_out[:LISTED_LEFT_OUT]]
        if len(preview.left_out) > LISTED_LEFT_OUT:
            lines.append(
                QCoreApplication.translate("ImportWords", "… and {count} more").format(
                    count=len(preview.left_out) - LISTED_LEFT_OUT
                )
            )
        heading = QCoreApplication.translate(
            "ImportWords", "Left out, because the forms would refuse them:"
        )
        notes.append("\n".join([heading, *lines]))
    return notes
