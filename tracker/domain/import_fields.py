"""What a column of an imported table can fill (a field of the form, declared in
``tracker.domain.application_fields``, or the record's stage, dates, history and notes), and the
header spellings that name each.

Headers are matched on a key that ignores case, width, spaces and punctuation, so "Company
Name", "company_name", "ＣＯＭＰＡＮＹ" and "公司名称" find their field without asking.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from tracker.domain.application_fields import FIELDS, REQUIRED


class ImportField(StrEnum):
    """The targets the known formats name. A field of the form is a target by its declared key
    whether or not it has a member here (members let a format table name it)."""

    COMPANY = "company"
    ROLE = "role"
    STATUS = "status"
    OUTCOME = "outcome"
    APPLIED_ON = "applied_on"
    SAVED_ON = "saved_on"
    LAST_MOVED = "last_moved"
    CITY = "city"
    URL = "url"
    SALARY = "salary"
    NOTES = "notes"
    DESCRIPTION = "description"
    CHANNEL = "channel"
    TAGS = "tags"
    CATEGORY = "category"
    PRIORITY = "priority"
    WORK_MODE = "work_mode"
    NEXT_ACTION = "next_action"
    NEXT_ACTION_DUE = "next_action_due"
    RESUME = "resume"
    REFERRAL_CODE = "referral_code"
    HISTORY = "history"
    # What other tools export about the user themself: kept out unless the user asks.
    CONTACT_EMAIL = "contact_email"
    CONTACT_PHONE = "contact_phone"
    ANSWERS = "answers"
    IGNORED = "ignored"


# Targets of a column that are not fields of the form: the state and history of the record,
# its notes, what other tools export about the user, and nothing.
RECORD_TARGETS = (
    ImportField.STATUS, ImportField.OUTCOME, ImportField.SAVED_ON, ImportField.LAST_MOVED,
    ImportField.HISTORY, ImportField.NOTES, ImportField.RESUME, ImportField.CONTACT_EMAIL,
    ImportField.CONTACT_PHONE, ImportField.ANSWERS,
)  # fmt: skip
# Every target a column can be mapped to, the form's fields first (in the form's order).
IMPORT_TARGETS: tuple[str, ...] = (*(spec.key for spec in FIELDS), *RECORD_TARGETS)
REQUIRED_FIELDS = tuple(spec.key for spec in REQUIRED)
PERSONAL_FIELDS = frozenset(
    {ImportField.CONTACT_EMAIL, ImportField.CONTACT_PHONE, ImportField.ANSWERS}
)
# Fields that may be mapped from several columns at once (their texts are joined).
MULTI_COLUMN_FIELDS = frozenset({ImportField.NOTES, ImportField.TAGS, ImportField.IGNORED})

# Header spellings of the record targets (those of the fields are declared with them).
_ALIASES: dict[ImportField, tuple[str, ...]] = {
    ImportField.STATUS: (
        "status", "stage", "list", "listname", "state", "progress", "application status",
        "状态", "阶段", "进度", "当前阶段", "申请状态", "投递状态", "狀態", "階段", "進度",
    ),
    ImportField.OUTCOME: ("outcome", "result", "结果", "结局"),
    ImportField.SAVED_ON: (
        "saved date", "saved on", "created", "created at", "createdAt", "date added",
        "added", "创建时间", "收藏时间", "添加时间",
    ),
    ImportField.LAST_MOVED: ("last moved", "lastMovedAt", "updated", "updated at", "更新时间"),
    ImportField.NOTES: (
        "notes", "note", "comments", "comment", "remarks", "备注", "笔记", "说明", "備註", "筆記",
    ),
    ImportField.HISTORY: ("history", "stage history", "经过", "阶段历史"),
    # The résumé sent, by its name: recorded as a version of the user's résumé.
    ImportField.RESUME: (
        "resume", "resume name", "resume version", "resume sent", "cv", "简历", "简历版本",
    ),
    ImportField.CONTACT_EMAIL: ("contact email", "email", "邮箱", "联系邮箱"),
    ImportField.CONTACT_PHONE: ("contact phone number", "phone", "电话", "手机", "联系电话"),
    ImportField.ANSWERS: ("question and answers", "questions and answers", "screening answers"),
}  # fmt: skip


def header_key(header: str) -> str:
    """A header as compared: NFKC, case-folded, without spaces, punctuation or a BOM."""
    text = unicodedata.normalize("NFKC", header.replace("\ufeff", "")).casefold()
    return re.sub(r"[\s_\-./:：（）()·]+", "", text)


ALIAS_FIELDS: dict[str, str] = {
    header_key(alias): target
    for target, aliases in [
        *((spec.key, (spec.key, *spec.headers, *spec.aliases)) for spec in FIELDS),
        *_ALIASES.items(),
    ]
    for alias in aliases
}


def field_for_header(header: str) -> str | None:
    """The target a header names (a field's key or a record target), or None."""
    return ALIAS_FIELDS.get(header_key(header))


def map_by_alias(headers: list[str]) -> dict[int, str]:
    """Column index → target, for every header an alias names; a target already taken by an
    earlier column is not given twice (unless it takes several columns)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        field = field_for_header(header)
        if field is None or (field in taken and field not in MULTI_COLUMN_FIELDS):
            continue
        mapping[index] = field
        taken.add(field)
    return mapping
