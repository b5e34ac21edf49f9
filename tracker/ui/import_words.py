"""The words of import and export: field names, format names and why a row was left out, in
the user's language (the command line uses them too)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from tracker.domain.encoding_guess import Reading
from tracker.domain.import_fields import ImportField
from tracker.domain.import_formats import FormatKey
from tracker.domain.import_rows import RowIssue, RowProblem

F = ImportField


def field_name(field: ImportField | str) -> str:
    names = {
        F.COMPANY: QCoreApplication.translate("ImportWords", "Company"),
        F.ROLE: QCoreApplication.translate("ImportWords", "Role"),
        F.STATUS: QCoreApplication.translate("ImportWords", "Stage or status"),
        F.OUTCOME: QCoreApplication.translate("ImportWords", "Outcome"),
        F.APPLIED_ON: QCoreApplication.translate("ImportWords", "Date applied"),
        F.SAVED_ON: QCoreApplication.translate("ImportWords", "Date saved"),
        F.LAST_MOVED: QCoreApplication.translate("ImportWords", "Date of the last move"),
        F.CITY: QCoreApplication.translate("ImportWords", "City"),
        F.URL: QCoreApplication.translate("ImportWords", "Job link"),
        F.SALARY: QCoreApplication.translate("ImportWords", "Salary"),
        F.NOTES: QCoreApplication.translate("ImportWords", "Notes"),
        F.DESCRIPTION: QCoreApplication.translate("ImportWords", "Job description"),
        F.CHANNEL: QCoreApplication.translate("ImportWords", "Channel"),
        F.TAGS: QCoreApplication.translate("ImportWords", "Tags"),
        F.CATEGORY: QCoreApplication.translate("ImportWords", "Role category"),
        F.PRIORITY: QCoreApplication.translate("ImportWords", "Priority"),
        F.WORK_MODE: QCoreApplication.translate("ImportWords", "Work mode"),
        F.NEXT_ACTION: QCoreApplication.translate("ImportWords", "Next action"),
        F.NEXT_ACTION_DUE: QCoreApplication.translate("ImportWords", "Next action due"),
        F.RESUME: QCoreApplication.translate("ImportWords", "Résumé version"),
        F.REFERRAL_CODE: QCoreApplication.translate("ImportWords", "Referral code"),
        F.HISTORY: QCoreApplication.translate("ImportWords", "Stage history"),
        F.CONTACT_EMAIL: QCoreApplication.translate("ImportWords", "Contact email (personal)"),
        F.CONTACT_PHONE: QCoreApplication.translate("ImportWords", "Contact phone (personal)"),
        F.ANSWERS: QCoreApplication.translate("ImportWords", "Screening answers (personal)"),
        F.IGNORED: QCoreApplication.translate("ImportWords", "(not imported)"),
    }
    form_fields = {
        "company_name": F.COMPANY, "role_title": F.ROLE, "job_url": F.URL, "city": F.CITY,
        "salary_text": F.SALARY, "next_action": F.NEXT_ACTION, "resume_version": F.RESUME,
        "referral_code": F.REFERRAL_CODE, "tags": F.TAGS,
    }  # fmt: skip
    key = form_fields.get(str(field), field)
    try:
        return names[ImportField(key)]
    except ValueError:
        return str(field)


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
