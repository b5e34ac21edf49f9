"""The user's documents in SQL: the library as listed, the versions sent with each application,
and the links an import or an older file's "résumé sent" text makes, inside a session the caller
owns. Nothing in the trash is read."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection

from tracker.db.models import new_uuid, utc_now
from tracker.domain.documents import (
    DocumentRow,
    SentVersion,
    StoredFile,
    VersionRow,
    shows_itself,
)
from tracker.domain.enums import DocumentKind

# The title of the résumé that versions known only by their label belong to, when the user
# has no résumé of their own yet (an older file's "résumé sent", an imported "Resume" column).
EXTERNAL_TITLE = "简历 Résumé"

_LIVE_SENT = (
    "SELECT count(*) FROM application_document AS s JOIN job_application AS a"
    " ON a.id = s.application_id AND a.deleted_at IS NULL WHERE s.version_id = v.id"
)
_LIVE_VERSIONS = (
    "SELECT v.id, v.document_id, v.label, v.added_on, v.link, v.notes, v.file_hash,"
    f" v.file_name, v.media_type, v.file_size, ({_LIVE_SENT})"
    " FROM document_version AS v JOIN document AS d ON d.id = v.document_id"
    " WHERE v.deleted_at IS NULL AND d.deleted_at IS NULL"
)
_VERSIONS = f"{_LIVE_VERSIONS} ORDER BY v.document_id, coalesce(v.added_on, '') DESC, v.id DESC"
_SENT = (
    "SELECT s.application_id, s.version_id, s.sent_on, d.kind, d.title, v.label, v.file_hash,"
    " v.media_type, v.link"
    " FROM application_document AS s"
    " JOIN document_version AS v ON v.id = s.version_id AND v.deleted_at IS NULL"
    " JOIN document AS d ON d.id = v.document_id AND d.deleted_at IS NULL"
)


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _version(row: Any) -> VersionRow:
    id_, document, label, added, link, notes, file_hash, name, media, size, sent = row
    stored = StoredFile(file_hash, name, media, size or 0) if file_hash else None
    return VersionRow(id_, document, label, _day(added), link, notes, stored, sent)


def version_row(connection: Connection, version_id: int) -> VersionRow | None:
    """One version outside the trash (and not of a document in it)."""
    row = connection.exec_driver_sql(f"{_LIVE_VERSIONS} AND v.id = ?", (version_id,)).first()
    return None if row is None else _version(row)


def document_rows(connection: Connection) -> list[DocumentRow]:
    """Every document outside the trash with its versions (newest first), by kind and title."""
    versions: dict[int, list[VersionRow]] = {}
    for row in connection.exec_driver_sql(_VERSIONS):
        version = _version(row)
        versions.setdefault(version.document_id, []).append(version)
    rows = connection.exec_driver_sql(
        "SELECT id, kind, title, notes FROM document WHERE deleted_at IS NULL ORDER BY id"
    )
    return [
        DocumentRow(id_, DocumentKind.of(kind), title, notes, tuple(versions.get(id_, ())))
        for id_, kind, title, notes in rows
    ]


def _sent(row: Any) -> SentVersion:
    application, version, sent_on, kind, title, label, file_hash, media, link = row
    previewable = bool(file_hash) and shows_itself(media)
    return SentVersion(
        application, version, _day(sent_on), DocumentKind.of(kind), title, label, previewable,
        link,
    )  # fmt: skip


def sent_with(connection: Connection, application_id: int) -> list[SentVersion]:
    """The versions sent with one application, earliest first."""
    rows = connection.exec_driver_sql(
        f"{_SENT} WHERE s.application_id = ? ORDER BY coalesce(s.sent_on, ''), s.rowid",
        (application_id,),
    )
    return [_sent(row) for row in rows]


def all_sent(connection: Connection) -> list[SentVersion]:
    """Every version sent with an application outside the trash."""
    rows = connection.exec_driver_sql(
        f"{_SENT} JOIN job_application AS a ON a.id = s.application_id AND a.deleted_at IS NULL"
    )
    return [_sent(row) for row in rows]


def latest_resume_labels(connection: sqlite3.Connection) -> dict[int, str]:
    """Application id → the label of the résumé version it was sent last (the CSV's column;
    read on the light connection the spreadsheet exports use)."""
    rows = connection.execute(
        f"{_SENT} WHERE d.kind = 'resume' ORDER BY coalesce(s.sent_on, ''), s.rowid"
    )
    return {sent.application_id: sent.label for sent in map(_sent, rows)}


def set_sent(connection: Connection, application_id: int, version_id: int, on: date | None) -> None:
    connection.exec_driver_sql(
        "INSERT INTO application_document (application_id, version_id, sent_on) VALUES (?, ?, ?)"
        " ON CONFLICT (application_id, version_id) DO UPDATE SET sent_on = excluded.sent_on",
        (application_id, version_id, on.isoformat() if on else None),
    )


def sent_on(
    connection: Connection, application_id: int, version_id: int
) -> tuple[bool, date | None]:
    """Whether the version went with the application, and on which day."""
    row = connection.exec_driver_sql(
        "SELECT sent_on FROM application_document WHERE application_id = ? AND version_id = ?",
        (application_id, version_id),
    ).first()
    return (False, None) if row is None else (True, _day(row[0]))


def remove_sent(connection: Connection, application_id: int, version_id: int) -> None:
    connection.exec_driver_sql(
        "DELETE FROM application_document WHERE application_id = ? AND version_id = ?",
        (application_id, version_id),
    )


def _insert(connection: Connection, table: str, values: dict[str, Any]) -> int:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    connection.exec_driver_sql(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values())
    )
    return int(connection.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())


def _external_resume(connection: Connection) -> int:
    """The résumé versions known only by their label go to: the user's first résumé, or one
    made for them."""
    found = connection.exec_driver_sql(
        "SELECT id FROM document WHERE kind = 'resume' AND deleted_at IS NULL ORDER BY id LIMIT 1"
    ).first()
    if found is not None:
        return int(found[0])
    now = utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")
    return _insert(connection, "document", {
        "uuid": new_uuid(), "kind": DocumentKind.RESUME.value, "title": EXTERNAL_TITLE,
        "notes": "", "created_at": now, "updated_at": now,
    })  # fmt: skip


def send_resume_labels(
    connection: Connection, sent: Iterable[tuple[int, str, date | None]]
) -> list[int]:
    """Record résumés known only by their label as sent: (application id, label, day). A label
    a résumé version already has is that version; any other becomes a version without a file.
    Returns the version each went as, in order."""
    sent = [(application, label.strip(), on) for application, label, on in sent if label.strip()]
    if not sent:
        return []
    document = _external_resume(connection)
    versions = {
        label: id_
        for id_, label in connection.exec_driver_sql(
            "SELECT v.id, v.label FROM document_version AS v JOIN document AS d"
            " ON d.id = v.document_id AND d.kind = 'resume' AND d.deleted_at IS NULL"
            " WHERE v.deleted_at IS NULL ORDER BY v.id DESC"
        )
    }
    now = utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")
    for application, label, on in sent:
        if label not in versions:
            versions[label] = _insert(connection, "document_version", {
                "uuid": new_uuid(), "document_id": document, "label": label,
                "added_on": on.isoformat() if on else None, "link": "", "notes": "",
                "file_name": "", "media_type": "", "created_at": now,
            })  # fmt: skip
        set_sent(connection, application, versions[label], on)
    return [versions[label] for _application, label, _on in sent]


def has_resume_sent(connection: Connection, application_id: int) -> bool:
    return any(item.kind is DocumentKind.RESUME for item in sent_with(connection, application_id))


def file_hashes(connection: Connection) -> set[str]:
    """The files every version refers to, in the trash or not (they stay until it is emptied)."""
    rows = connection.exec_driver_sql(
        "SELECT DISTINCT file_hash FROM document_version WHERE file_hash IS NOT NULL"
    )
    return {str(value) for (value,) in rows}
