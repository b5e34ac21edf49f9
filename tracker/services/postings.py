"""The postings kept with applications: read them, paste one later. One is taken back by
putting it in the trash (``TrashService.put("posting", …)``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from tracker.db import applications as application_store
from tracker.db import postings as store
from tracker.db.database import Database
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.records import PostingCreate, PostingRead


def validate_posting(posting: PostingCreate) -> None:
    if not posting.text.strip():
        raise ValidationError({"text": FieldProblem.REQUIRED})


class PostingService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def postings(self, application_id: int) -> Sequence[PostingRead]:
        """The application's postings, the newest first."""
        with self._database.read_session() as session:
            return store.postings_of(session, application_id)

    def attach(self, application_id: int, posting: PostingCreate) -> PostingRead:
        """Keep a posting with an application that exists (logged before, or imported)."""
        validate_posting(posting)
        with self._database.write_session() as session:
            application_store.get_application(session, application_id)
            return store.add_posting(session, application_id, posting, datetime.now(UTC))
