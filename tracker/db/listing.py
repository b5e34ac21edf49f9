"""Read-only listings in plain SQL over the light connection: the applications table must be on
screen before SQLAlchemy has even been imported. The column names are those of
``tracker.db.models``; tests run these queries against a migrated database."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from typing import Any

from tracker.domain.enums import Channel, Outcome, RoleCategory, SalaryPeriod, Stage
from tracker.domain.records import ApplicationRow
from tracker.domain.text import match_key

_ROWS_SQL = """
SELECT a.id, a.uuid, c.name, a.role_title, a.role_category, a.city, a.channel,
       a.current_stage, a.outcome, a.stage_changed_at, a.applied_on, a.salary_text,
       a.salary_min, a.salary_max, a.salary_period, a.salary_months, a.next_action,
       a.next_action_due, a.archived, a.tags
FROM job_application AS a JOIN company AS c ON c.id = a.company_id
WHERE a.deleted_at IS NULL {where}
ORDER BY a.id
"""


def _datetime(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _row(values: Any) -> ApplicationRow:
    (id_, uuid, company, role, category, city, channel, stage, outcome, changed, applied,
     salary_text, salary_min, salary_max, period, months, next_action, due, archived,
     tags) = values  # fmt: skip
    return ApplicationRow(
        id=id_,
        uuid=uuid,
        company_name=company,
        role_title=role,
        role_category=RoleCategory(category),
        city=city or "",
        channel=Channel(channel) if channel else None,
        stage=Stage(stage),
        outcome=Outcome(outcome) if outcome else None,
        stage_changed_at=_datetime(changed),
        applied_on=_date(applied),
        salary_text=salary_text,
        salary_min=salary_min,
        salary_max=salary_max,
        salary_period=SalaryPeriod(period) if period else None,
        salary_months=months,
        next_action=next_action,
        next_action_due=_date(due),
        archived=bool(archived),
        tags=tuple(json.loads(tags)) if tags != "[]" else (),
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


def company_names(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM company WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
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
