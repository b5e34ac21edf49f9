"""The files Pivot recognises without asking: their exact headers and what each column means.

Column lists follow the tools' own exports: LinkedIn's data archive (``Jobs/Job Applications.csv``,
``Jobs/Saved Jobs.csv``), Huntr's board export, JobSync's export, and Pivot's own CSV (its headers
in English or in Chinese). Anything else is mapped by header aliases.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tracker.domain.application_fields import FIELDS, REQUIRED, Kind
from tracker.domain.enums import Channel, Stage
from tracker.domain.import_fields import ImportField, header_key

F = ImportField


class FormatKey(StrEnum):
    LINKEDIN_APPLICATIONS = "linkedin-applications"
    LINKEDIN_SAVED = "linkedin-saved"
    HUNTR = "huntr"
    JOBSYNC = "jobsync"
    PIVOT_CSV = "pivot-csv"
    PIVOT_JSON = "pivot-json"
    GENERIC = "generic"


@dataclass(frozen=True)
class TableFormat:
    key: FormatKey
    columns: dict[str, str]  # header exactly as the tool writes it → target
    # How its dates are written: True day first, False month first, None unambiguous (ISO).
    day_first: bool | None = None
    stage: Stage = Stage.APPLIED  # where a row without a status starts
    channel: Channel | None = None
    # Headers that must all be present for the file to be taken as this format.
    signature: frozenset[str] = frozenset()

    def identifies(self, headers: list[str]) -> bool:
        present = {header_key(header) for header in headers}
        return {header_key(header) for header in self.signature} <= present

    def mapping(self, headers: list[str]) -> dict[int, str]:
        by_key = {header_key(name): value for name, value in self.columns.items()}
        return {
            index: by_key[header_key(header)]
            for index, header in enumerate(headers)
            if header_key(header) in by_key
        }


LINKEDIN_APPLICATIONS = TableFormat(
    FormatKey.LINKEDIN_APPLICATIONS,
    {
        "Application Date": F.APPLIED_ON,
        "Contact Email": F.CONTACT_EMAIL,
        "Contact Phone Number": F.CONTACT_PHONE,
        "Company Name": F.COMPANY,
        "Job Title": F.ROLE,
        "Job Url": F.URL,
        "Resume Name": F.RESUME,
        "Question And Answers": F.ANSWERS,
    },
    day_first=False,
    channel=Channel.LINKEDIN,
    signature=frozenset({"Application Date", "Company Name", "Job Title", "Job Url"}),
)
LINKEDIN_SAVED = TableFormat(
    FormatKey.LINKEDIN_SAVED,
    {
        "Saved Date": F.SAVED_ON,
        "Job Url": F.URL,
        "Job Title": F.ROLE,
        "Company Name": F.COMPANY,
    },
    day_first=False,
    stage=Stage.WISHLIST,
    channel=Channel.LINKEDIN,
    signature=frozenset({"Saved Date", "Job Url", "Job Title", "Company Name"}),
)
_HUNTR_IGNORED = (
    "id", "rootDomain", "color", "boardId", "boardName", "listId", "companyId",
    "companyDomain", "creatorUserId", "creatorUserFirstName", "creatorUserLastName",
    "creatorUserEmail", "deadline",
)  # fmt: skip
HUNTR = TableFormat(
    FormatKey.HUNTR,
    {
        "createdAt": F.SAVED_ON,
        "title": F.ROLE,
        "salary": F.SALARY,
        "location": F.CITY,
        "url": F.URL,
        "htmlDescription": F.DESCRIPTION,
        "lastMovedAt": F.LAST_MOVED,
        "listName": F.STATUS,
        "companyName": F.COMPANY,
        **dict.fromkeys(_HUNTR_IGNORED, F.IGNORED),
    },
    stage=Stage.WISHLIST,
    signature=frozenset({"listName", "companyName", "title", "lastMovedAt"}),
)
JOBSYNC = TableFormat(
    FormatKey.JOBSYNC,
    {
        "index": F.IGNORED,
        "createdAt": F.SAVED_ON,
        "applied": F.IGNORED,
        "appliedDate": F.APPLIED_ON,
        "Company": F.COMPANY,
        "JobTitle": F.ROLE,
        "jobType": F.IGNORED,
        "workplaceType": F.WORK_MODE,
        "Location": F.CITY,
        "JobSource": F.CHANNEL,
        "Status": F.STATUS,
    },
    stage=Stage.WISHLIST,
    signature=frozenset({"appliedDate", "JobTitle", "JobSource", "Status", "Company"}),
)

# Pivot's own CSV: its export headers in both languages (the export writes the user's language).
# The fields that name the application, its state, the other short fields in the form's order,
# its history, the long texts (job description), its notes and when it last moved.
_RECORD_COLUMNS: dict[str, tuple[str, str]] = {
    F.STATUS: ("Stage", "阶段"),
    F.OUTCOME: ("Outcome", "结果"),
    F.RESUME: ("Resume", "简历版本"),
    F.HISTORY: ("History", "阶段历史"),
    F.NOTES: ("Notes", "备注"),
    F.LAST_MOVED: ("Stage changed", "进入当前阶段"),
}
PIVOT_COLUMNS: dict[str, tuple[str, str]] = {
    **{spec.key: spec.headers for spec in REQUIRED},
    F.STATUS: _RECORD_COLUMNS[F.STATUS],
    F.OUTCOME: _RECORD_COLUMNS[F.OUTCOME],
    **{s.key: s.headers for s in FIELDS if not s.required and s.kind is not Kind.TEXT},
    F.RESUME: _RECORD_COLUMNS[F.RESUME],
    F.HISTORY: _RECORD_COLUMNS[F.HISTORY],
    **{spec.key: spec.headers for spec in FIELDS if spec.kind is Kind.TEXT},
    **{target: _RECORD_COLUMNS[target] for target in (F.NOTES, F.LAST_MOVED)},
}
# Columns of the export a reader wants in Excel but an import recomputes.
PIVOT_DERIVED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Salary from", "薪资下限"),
    ("Salary to", "薪资上限"),
    ("Salary period", "薪资周期"),
    ("Months a year", "年薪月数"),
    ("Archived", "已归档"),
)


def _pivot_format(language: int) -> TableFormat:
    columns = {names[language]: field for field, names in PIVOT_COLUMNS.items()}
    columns |= {names[language]: F.IGNORED for names in PIVOT_DERIVED_COLUMNS}
    identifying = (*(spec.key for spec in REQUIRED), F.STATUS, F.OUTCOME, F.HISTORY)
    return TableFormat(
        FormatKey.PIVOT_CSV,
        columns,
        signature=frozenset(PIVOT_COLUMNS[field][language] for field in identifying),
    )


PIVOT_CSV_ENGLISH = _pivot_format(0)
PIVOT_CSV_CHINESE = _pivot_format(1)

KNOWN_FORMATS = (
    PIVOT_CSV_ENGLISH,
    PIVOT_CSV_CHINESE,
    LINKEDIN_APPLICATIONS,
    LINKEDIN_SAVED,
    HUNTR,
    JOBSYNC,
)


def recognise(headers: list[str]) -> TableFormat | None:
    """The known format whose signature headers all appear, or None."""
    return next((known for known in KNOWN_FORMATS if known.identifies(headers)), None)


def format_named(key: FormatKey, headers: list[str]) -> TableFormat | None:
    """The format a user chose by name (--format), in the language its headers are in."""
    if key is FormatKey.PIVOT_CSV:
        return PIVOT_CSV_CHINESE if PIVOT_CSV_CHINESE.identifies(headers) else PIVOT_CSV_ENGLISH
    return next((known for known in KNOWN_FORMATS if known.key is key), None)
