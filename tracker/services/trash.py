"""The trash: everything the user deleted (applications, notes, interview rounds and
questions, offers, their own stories and pay figures, people, documents), brought back or
emptied for good (after a backup; documents' files no record refers to go too)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from tracker.db import document_files, document_store, trash
from tracker.db.database import Database


@dataclass(frozen=True, slots=True)
class TrashItem:
    kind: str  # application, note, posting, round, question, offer, story, benchmark, contact
    id: int
    title: str
    detail: str  # the application (or source) it belongs to
    deleted_at: datetime  # aware, UTC


class TrashService:
    def __init__(self, database: Database, back_up: Callable[[str], object] | None = None) -> None:
        self._database = database
        self._back_up = back_up

    def items(self) -> list[TrashItem]:
        """Newest first."""
        with self._database.read_session() as session:
            rows = trash.trashed(session.connection())
        return [
            TrashItem(kind, id_, title or "", detail,
                      datetime.fromisoformat(stamp).replace(tzinfo=UTC))
            for kind, id_, title, detail, stamp in rows
        ]  # fmt: skip

    def restore(self, items: Iterable[TrashItem]) -> None:
        """Back where they were, in one transaction."""
        by_kind: dict[str, list[int]] = {}
        for item in items:
            by_kind.setdefault(item.kind, []).append(item.id)
        with self._database.write_session() as session:
            for kind, ids in by_kind.items():
                trash.set_deleted(session.connection(), kind, ids, None)
            if "application" in by_kind:
                trash.revive_companies_of(session.connection(), by_kind["application"])

    def put(self, kind: str, ids: list[int], when: datetime | None = None) -> None:
        with self._database.write_session() as session:
            trash.set_deleted(session.connection(), kind, ids, when or datetime.now(UTC))

    def take_out(self, kind: str, ids: list[int]) -> None:
        """Bring records of one kind back from the trash (undoing ``put``)."""
        with self._database.write_session() as session:
            trash.set_deleted(session.connection(), kind, ids, None)

    def empty(self) -> int:
        """Delete everything in the trash for good, a verified backup first (which keeps it
        recoverable for a while). Returns how many records were removed."""
        if self._back_up is not None:
            self._back_up("pre-delete")
        with self._database.write_session() as session:
            count = trash.empty(session.connection())
            kept = document_store.file_hashes(session.connection())
        # Documents' files no record refers to any more (the backups keep their own).
        document_files.remove_unused(document_files.store_folder(self._database.path), kept)
        return count
