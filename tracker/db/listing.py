"""Read-only listings in plain SQL over the light connection: the applications table must be on
screen before SQLAlchemy has even been imported. The column names are those of
``tracker.db.models``; tests run these queries against a migrated database."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from tracker.domain.agenda import FollowUp, OfferDeadline
from tracker.domain.enums import Channel, Outcome, RoleCategory, SalaryPeriod, Stage
from tracker.domain.pipeline import Pipeline, StageDefinition
from tracker.domain.records import ApplicationRow
from tracker.domain.text import match_key

# Each field of ApplicationRow and the expression that reads it, in the row's own order (the
# check below keeps the two in step, so that a field added to the row cannot read another's
# column).
_ROW_COLUMNS = (
    ("id", "a.id"), ("uuid", "a.uuid"), ("company_name", "c.name"),
    ("role_title", "a.role_title"), ("role_category", "a.role_category"), ("city", "a.city"),
    ("channel", "a.channel"), ("stage", "a.current_stage"), ("outcome", "a.outcome"),
    ("stage_changed_at", "a.stage_changed_at || '+00:00'"), ("applied_on", "a.applied_on"),
    ("salary_text", "a.salary_text"), ("salary_min", "a.salary_min"),
    ("salary_max", "a.salary_max"), ("salary_period", "a.salary_period"),
    ("salary_months", "a.salary_months"), ("next_action", "a.next_action"),
    ("next_action_due", "a.next_action_due"), ("archived", "a.archived"), ("tags_json", "a.tags"),
)  # fmt: skip
if tuple(name for name, _ in _ROW_COLUMNS) != ApplicationRow._fields:
    raise RuntimeError("the listing's columns are not those of ApplicationRow, in its order")
_ROWS_SQL = (
    f"SELECT {', '.join(expression for _, expression in _ROW_COLUMNS)}"
    " FROM job_application AS a JOIN company AS c ON c.id = a.company_id"
    " WHERE a.deleted_at IS NULL {where} ORDER BY a.id"
)


# Value-to-member tables: a dict lookup is several times faster than calling the enum class,
# which matters at 10,000 rows on every start.
_CATEGORIES = {member.value: member for member in RoleCategory}
_CHANNELS = {member.value: member for member in Channel}
_STAGES = {member.value: member for member in Stage}
_OUTCOMES = {member.value: member for member in Outcome}
_PERIODS = {member.value: member for member in SalaryPeriod}


def _row(values: Any) -> ApplicationRow:
    (id_, uuid, company, role, category, city, channel, stage, outcome, changed, applied,
     salary_text, salary_min, salary_max, period, months, next_action, due, archived,
     tags) = values  # fmt: skip
    # tuple.__new__ through _make, in the field order of ApplicationRow (that of _ROW_COLUMNS):
    # 10,000 times at start.
    return ApplicationRow._make(
        (
            id_,
            uuid,
            company,
            role,
            _CATEGORIES[category],
            city or "",
            _CHANNELS[channel] if channel else None,
            _STAGES.get(stage, stage),
            _OUTCOMES[outcome] if outcome else None,
            datetime.fromisoformat(changed),
            date.fromisoformat(applied) if applied else None,
            salary_text,
            salary_min,
            salary_max,
            _PERIODS[period] if period else None,
            months,
            next_action,
            date.fromisoformat(due) if due else None,
            bool(archived),
            tags,
        )
    )


def application_rows(
    connection: sqlite3.Connection, *, ids: list[int] | None = None
) -> list[ApplicationRow]:
    """Every application not in the trash, or just those with the given ids."""
    if ids is None:
        cursor = connection.execute(_ROWS_SQL.format(where=""))
    else:
        marks = ",".join("?" * len(ids))
        cursor = connection.execute(_ROWS_SQL.format(where=f"AND a.id IN ({marks})"), ids)
    return [_row(values) for values in cursor]


def live_application_count(connection: sqlite3.Connection) -> int:
    """Applications outside the trash."""
    row = connection.execute(
        "SELECT count(*) FROM job_application WHERE deleted_at IS NULL"
    ).fetchone()
    return int(row[0])


def company_names(connection: sqlite3.Connection) -> list[str]:
    """Companies with at least one application outside the trash, for the company picker."""
    rows = connection.execute(
        "SELECT c.name FROM company AS c WHERE c.deleted_at IS NULL AND EXISTS ("
        " SELECT 1 FROM job_application AS a WHERE a.company_id = c.id AND a.deleted_at IS NULL)"
        " ORDER BY c.name COLLATE NOCASE"
    )
    return [name for (name,) in rows]


def same_company_and_role(
    connection: sqlite3.Connection, company_name: str, role_title: str
) -> list[int]:
    """Ids of applications (not in the trash) for this company and role, ignoring width, case
    and spacing."""
    company_key = match_key(company_name)
    role_key = match_key(role_title)
    rows = connection.execute(
        "SELECT a.id, a.role_title FROM job_application AS a JOIN company AS c "
        "ON c.id = a.company_id WHERE c.name_key = ? AND a.deleted_at IS NULL",
        (company_key,),
    )
    return [int(id_) for id_, title in rows if match_key(title) == role_key]


def same_link(connection: sqlite3.Connection, link: str) -> list[int]:
    """Ids of applications (not in the trash) logged with this job link (a trailing slash or
    the letter case of the scheme and host aside)."""
    key = link_key(link)
    if not key:
        return []
    rows = connection.execute(
        "SELECT id, job_url FROM job_application"
        " WHERE deleted_at IS NULL AND job_url IS NOT NULL AND job_url != ''"
    )
    return [int(id_) for id_, url in rows if link_key(url) == key]


def link_key(link: str) -> str:
    text = link.strip().rstrip("/")
    scheme, separator, rest = text.partition("://")
    if not separator:
        return text
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"


def closed_at_company(
    connection: sqlite3.Connection, company_name: str, outcomes: tuple[str, ...], since: datetime
) -> list[tuple[int, str, str, datetime]]:
    """(id, role, outcome, when) of the company's applications (not in the trash) closed with
    one of these outcomes since a moment, the latest first."""
    marks = ",".join("?" * len(outcomes))
    rows = connection.execute(
        "SELECT a.id, a.role_title, a.outcome, a.stage_changed_at || '+00:00'"
        " FROM job_application AS a"
        " JOIN company AS c ON c.id = a.company_id"
        f" WHERE c.name_key = ? AND a.deleted_at IS NULL AND a.outcome IN ({marks})"
        " ORDER BY a.stage_changed_at DESC",
        (match_key(company_name), *outcomes),
    ).fetchall()
    found = []
    for id_, role, outcome, stamp in rows:
        when = datetime.fromisoformat(stamp)
        if when >= since:
            found.append((int(id_), str(role), str(outcome), when))
    return found


def read_pipeline(connection: sqlite3.Connection) -> Pipeline:
    """The stages in order, through the light connection (start-up reads it)."""
    rows = connection.execute(
        "SELECT key, name, hidden, ghost_after_days FROM pipeline_stage ORDER BY position, id"
    ).fetchall()
    if not rows:
        return Pipeline.default()
    return Pipeline(
        tuple(StageDefinition(key, name, bool(hidden), days) for key, name, hidden, days in rows)
    )


_DEADLINES_SQL = """
SELECT o.id, o.application_id, o.reply_deadline, c.name, a.role_title
FROM offer AS o
CROSS JOIN job_application AS a ON a.id = o.application_id  -- the few offers first
JOIN company AS c ON c.id = a.company_id
WHERE o.deleted_at IS NULL AND a.deleted_at IS NULL AND o.reply_deadline IS NOT NULL
  AND o.status IN ('pending', 'negotiating') AND o.reply_deadline <= ?
ORDER BY o.reply_deadline
"""


def offer_deadlines(connection: sqlite3.Connection, until: date) -> list[OfferDeadline]:
    """Offers still waiting for the user's answer, due by ``until`` (overdue ones included)."""
    rows = connection.execute(_DEADLINES_SQL, (until.isoformat(),)).fetchall()
    return [
        OfferDeadline(id_, application_id, date.fromisoformat(deadline), company, role)
        for id_, application_id, deadline, company, role in rows
    ]


_FOLLOW_UPS_SQL = (
    "SELECT p.id, p.name, coalesce(c.name, ''), p.follow_up_on"
    " FROM contact AS p LEFT JOIN company AS c ON c.id = p.company_id"
    " WHERE p.deleted_at IS NULL AND p.follow_up_on IS NOT NULL AND p.follow_up_on <= ?"
    " ORDER BY p.follow_up_on"
)


def follow_ups(connection: sqlite3.Connection, until: date) -> list[FollowUp]:
    """People outside the trash to get back in touch with by ``until`` (overdue included)."""
    rows = connection.execute(_FOLLOW_UPS_SQL, (until.isoformat(),)).fetchall()
    return [
        FollowUp(id_, name, company, date.fromisoformat(str(due)[:10]))
        for id_, name, company, due in rows
    ]
