"""The people of a hunt in SQL: contacts as listed and their links to applications, inside a
session the caller owns. Nothing in the trash is read. (Follow-ups due, which the Agenda reads
at start-up, are read with the light connection: ``tracker.db.listing``.)"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection

from tracker.domain.enums import Outcome, Relation
from tracker.domain.people import ContactLink, ContactRow

_LIVE_APPLICATIONS = (
    "SELECT count(*) FROM contact_application AS l JOIN job_application AS a"
    " ON a.id = l.application_id AND a.deleted_at IS NULL WHERE l.contact_id = p.id"
)
_CONTACT_ROWS = (
    f"SELECT p.id, p.name, coalesce(c.name, ''), p.role, p.how_met, ({_LIVE_APPLICATIONS}),"
    " p.last_contact_on, p.follow_up_on"
    " FROM contact AS p LEFT JOIN company AS c ON c.id = p.company_id"
    " WHERE p.deleted_at IS NULL"
)
_LINKS = (
    "SELECT l.contact_id, l.application_id, l.relation, p.name, a.role_title, c.name,"
    " a.current_stage, a.outcome"
    " FROM contact_application AS l"
    " JOIN contact AS p ON p.id = l.contact_id AND p.deleted_at IS NULL"
    " JOIN job_application AS a ON a.id = l.application_id AND a.deleted_at IS NULL"
    " JOIN company AS c ON c.id = a.company_id"
)


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def contact_rows(connection: Connection) -> list[ContactRow]:
    """Everyone outside the trash, in the order the database returns them."""
    return [
        ContactRow(id_, name, company, role, how_met, count, _day(last), _day(follow))
        for id_, name, company, role, how_met, count, last, follow in connection.exec_driver_sql(
            _CONTACT_ROWS
        )
    ]


def _link(row: Any) -> ContactLink:
    contact, application, relation, name, role, company, stage, outcome = row
    return ContactLink(
        contact, application, Relation.of(relation), name, role, company, stage,
        Outcome(outcome) if outcome else None,
    )  # fmt: skip


def _links(connection: Connection, where: str, value: int) -> list[ContactLink]:
    rows = connection.exec_driver_sql(f"{_LINKS} WHERE {where} = ? ORDER BY l.rowid", (value,))
    return [_link(row) for row in rows]


def links_of_application(connection: Connection, application_id: int) -> list[ContactLink]:
    return _links(connection, "l.application_id", application_id)


def links_of_contact(connection: Connection, contact_id: int) -> list[ContactLink]:
    return _links(connection, "l.contact_id", contact_id)


def set_link(connection: Connection, contact_id: int, application_id: int, relation: str) -> None:
    """Link a person to an application as ``relation`` (a link there already takes it)."""
    connection.exec_driver_sql(
        "INSERT INTO contact_application (contact_id, application_id, relation) VALUES (?, ?, ?)"
        " ON CONFLICT (contact_id, application_id) DO UPDATE SET relation = excluded.relation",
        (contact_id, application_id, relation),
    )


def remove_link(connection: Connection, contact_id: int, application_id: int) -> None:
    connection.exec_driver_sql(
        "DELETE FROM contact_application WHERE contact_id = ? AND application_id = ?",
        (contact_id, application_id),
    )


def link_relation(connection: Connection, contact_id: int, application_id: int) -> str | None:
    row = connection.exec_driver_sql(
        "SELECT relation FROM contact_application WHERE contact_id = ? AND application_id = ?",
        (contact_id, application_id),
    ).first()
    return None if row is None else str(row[0])


def contact_names(connection: Connection) -> list[str]:
    """The names of everyone outside the trash, each once."""
    rows = connection.exec_driver_sql(
        "SELECT DISTINCT name FROM contact WHERE deleted_at IS NULL ORDER BY name"
    )
    return [name for (name,) in rows]
