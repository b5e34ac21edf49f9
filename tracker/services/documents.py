"""The user's materials: documents (résumés, portfolios, cover letters…) and their versions,
kept in the library and recorded as sent with applications. A version's file is copied into
the data folder (each content once); a file the user gives is only read, and a copy saved out
is never written over the database or what Pivot keeps beside it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from tracker.db import applications as application_store
from tracker.db import document_files as files
from tracker.db import document_store as store
from tracker.db.atomic_file import write_atomically
from tracker.db.database import Database
from tracker.db.models import Document, DocumentVersion, utc_now
from tracker.domain.documents import (
    DocumentDraft,
    DocumentRow,
    SentVersion,
    StoredFile,
    VersionDraft,
    VersionRow,
    validate_document,
    validate_version,
)
from tracker.domain.enums import DocumentKind
from tracker.domain.errors import NotFoundError


class DocumentService:
    def __init__(self, database: Database) -> None:
        self._database = database

    @property
    def _folder(self) -> Path:
        return files.store_folder(self._database.path)

    # -- reading ---------------------------------------------------------------------------

    def rows(self) -> list[DocumentRow]:
        with self._database.read_session() as session:
            return store.document_rows(session.connection())

    def version(self, version_id: int) -> VersionRow:
        with self._database.read_session() as session:
            found = store.version_row(session.connection(), version_id)
        if found is None:
            raise NotFoundError("document_version", version_id)
        return found

    def document_draft(self, document_id: int) -> DocumentDraft:
        with self._database.read_session() as session:
            row = session.get(Document, document_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("document", document_id)
            return DocumentDraft(DocumentKind.of(row.kind), row.title, row.notes, row.id)

    def version_draft(self, version_id: int) -> VersionDraft:
        with self._database.read_session() as session:
            row = session.get(DocumentVersion, version_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("document_version", version_id)
            return VersionDraft(
                row.document_id, row.label, row.link, row.notes, row.added_on, row.id
            )

    def sent_with(self, application_id: int) -> list[SentVersion]:
        with self._database.read_session() as session:
            return store.sent_with(session.connection(), application_id)

    def all_sent(self) -> list[SentVersion]:
        with self._database.read_session() as session:
            return store.all_sent(session.connection())

    def content(self, version_id: int) -> tuple[StoredFile, bytes]:
        """A version's file and what it holds, for a preview.

        Raises:
            FileError: the file is missing from the data folder or damaged.
        """
        stored = self.version(version_id).file
        if stored is None:
            raise NotFoundError("document_file", version_id)
        return stored, files.read_stored(self._folder, stored.file_hash)

    def save_copy(self, version_id: int, path: Path) -> None:
        """Write a version's file out under ``path`` (never onto the database or its sidecars)."""
        _stored, data = self.content(version_id)
        write_atomically(path, data, database=self._database.path)

    # -- writing ---------------------------------------------------------------------------

    def save_document(self, draft: DocumentDraft) -> int:
        """Add a document (``draft.id`` None) or change one; returns its id."""
        validate_document(draft)
        with self._database.write_session() as session:
            if draft.id is None:
                row = Document(title="")
            else:
                found = session.get(Document, draft.id)
                if found is None:
                    raise NotFoundError("document", draft.id)
                row = found
            row.kind, row.title, row.notes = draft.kind.value, draft.title.strip(), draft.notes
            row.updated_at = utc_now()
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

    def save_version(self, draft: VersionDraft, file: Path | None = None) -> int:
        """Add a version (``draft.id`` None) or change one; returns its id. With ``file``, the
        file is checked and copied into the data folder first (a refused file leaves nothing
        behind and nothing written).

        Raises:
            ValidationError: a label is missing, a text too long, the link not a web link.
            FileError: the file is not an ordinary file, empty, over 50 MB, a program or
                script, unreadable, or the data folder cannot take it.
        """
        validate_version(draft)
        stored = files.store_file(file, self._folder) if file is not None else None
        with self._database.write_session() as session:
            if session.get(Document, draft.document_id) is None:
                raise NotFoundError("document", draft.document_id)
            if draft.id is None:
                row = DocumentVersion(document_id=draft.document_id, label="")
            else:
                found = session.get(DocumentVersion, draft.id)
                if found is None:
                    raise NotFoundError("document_version", draft.id)
                row = found
            row.label, row.link, row.notes = draft.label.strip(), draft.link.strip(), draft.notes
            row.added_on = draft.added_on
            if stored is not None:
                row.file_hash, row.file_name = stored.file_hash, stored.file_name
                row.media_type, row.file_size = stored.media_type, stored.size
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

    def restore_file(self, version_id: int, stored: StoredFile | None) -> None:
        """Put a version's file back as it was (undoing a new file); the file itself is still
        in the data folder, since only emptying the trash removes files."""
        with self._database.write_session() as session:
            row = session.get(DocumentVersion, version_id)
            if row is None:
                raise NotFoundError("document_version", version_id)
            row.file_hash = stored.file_hash if stored else None
            row.file_name = stored.file_name if stored else ""
            row.media_type = stored.media_type if stored else ""
            row.file_size = stored.size if stored else None
            session.add(row)

    def send(
        self, application_id: int, version_id: int, on: date | None
    ) -> tuple[bool, date | None]:
        """Record a version as sent with an application on ``on``; returns whether it was
        already, and its day then, for undoing."""
        with self._database.write_session() as session:
            application_store.get_application(session, application_id)
            if session.get(DocumentVersion, version_id) is None:
                raise NotFoundError("document_version", version_id)
            connection = session.connection()
            before = store.sent_on(connection, application_id, version_id)
            store.set_sent(connection, application_id, version_id, on)
        return before

    def unsend(self, application_id: int, version_id: int) -> None:
        with self._database.write_session() as session:
            store.remove_sent(session.connection(), application_id, version_id)

    def send_labels(self, sent: Sequence[tuple[int, str, date | None]]) -> None:
        """Record résumés known by their label only as sent (see document_store)."""
        with self._database.write_session() as session:
            store.send_resume_labels(session.connection(), sent)
