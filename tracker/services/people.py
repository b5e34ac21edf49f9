"""The people of a hunt: contacts saved and put in the trash, linked to applications as
referrer, recruiter, interviewer…, followed up from the Agenda, read from and written to vCard
files. A .vcf the user gives is only read; a file written is never the database or its
sidecars."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from tracker.db import applications as application_store
from tracker.db import people_store as store
from tracker.db import search_index
from tracker.db.atomic_file import write_atomically
from tracker.db.database import Database
from tracker.db.models import Company, Contact, utc_now
from tracker.db.session import Session
from tracker.domain.enums import Relation
from tracker.domain.errors import FileError, FileProblem, NotFoundError, ValidationError
from tracker.domain.people import ContactDraft, ContactLink, ContactRow, validate_contact
from tracker.domain.text import match_key
from tracker.domain.vcard import read_vcards, write_vcards


@dataclass(frozen=True, slots=True)
class VCardImport:
    """What importing a .vcf did: the ids of the people added, and the cards left out (no
    name, or a value Pivot cannot keep) or already there (same name and company)."""

    added: tuple[int, ...]
    left_out: int
    already_there: int


class PeopleService:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- reading ---------------------------------------------------------------------------

    def rows(self) -> list[ContactRow]:
        """Everyone outside the trash, by name."""
        with self._database.read_session() as session:
            rows = store.contact_rows(session.connection())
        return sorted(rows, key=lambda row: (match_key(row.name), row.id))

    def draft(self, contact_id: int) -> ContactDraft:
        with self._database.read_session() as session:
            row = session.get(Contact, contact_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("contact", contact_id)
            company = ""
            if row.company_id is not None:
                found = session.get(Company, row.company_id)
                company = found.name if found is not None else ""
            return ContactDraft(
                name=row.name, company=company, role=row.role, how_met=row.how_met,
                wechat=row.wechat, phone=row.phone, email=row.email, linkedin=row.linkedin,
                notes=row.notes, last_contact_on=row.last_contact_on,
                follow_up_on=row.follow_up_on, id=row.id,
            )  # fmt: skip

    def links_of_application(self, application_id: int) -> list[ContactLink]:
        with self._database.read_session() as session:
            return store.links_of_application(session.connection(), application_id)

    def links_of_contact(self, contact_id: int) -> list[ContactLink]:
        with self._database.read_session() as session:
            return store.links_of_contact(session.connection(), contact_id)

    def names(self) -> list[str]:
        with self._database.read_session() as session:
            return store.contact_names(session.connection())

    # -- writing ---------------------------------------------------------------------------

    def save(self, draft: ContactDraft) -> int:
        """Add a person (``draft.id`` None) or change one; returns their id."""
        validate_contact(draft)
        with self._database.write_session() as session:
            return self._write(session, draft)

    def _write(self, session: Session, draft: ContactDraft) -> int:
        if draft.id is None:
            row = Contact(name="")
        else:
            found = session.get(Contact, draft.id)
            if found is None:
                raise NotFoundError("contact", draft.id)
            row = found
        row.name, row.role, row.how_met = draft.name.strip(), draft.role.strip(), draft.how_met
        row.wechat, row.phone = draft.wechat.strip(), draft.phone.strip()
        row.email, row.linkedin = draft.email.strip(), draft.linkedin.strip()
        row.notes = draft.notes
        row.last_contact_on, row.follow_up_on = draft.last_contact_on, draft.follow_up_on
        company = draft.company.strip()
        row.company_id = (
            application_store.get_or_create_company(session, company).id if company else None
        )
        row.updated_at = utc_now()
        session.add(row)
        session.flush()
        assert row.id is not None
        connection = session.connection()
        search_index.reindex(connection, "contact", [row.id])
        if row.company_id is not None:
            search_index.reindex(connection, "company", [row.company_id])
        return row.id

    def set_deleted(self, contact_ids: Sequence[int], deleted: bool) -> None:
        """Put people in the trash (their links stay, for when they come back) or take them
        out again."""
        with self._database.write_session() as session:
            for contact_id in contact_ids:
                row = session.get(Contact, contact_id)
                if row is None:
                    raise NotFoundError("contact", contact_id)
                row.deleted_at = datetime.now(UTC) if deleted else None
                session.add(row)

    def followed_up(self, contact_id: int, on: date) -> ContactDraft:
        """The user got in touch: the follow-up is done, ``on`` is the last contact. Returns
        the person as they were, for undoing."""
        before = self.draft(contact_id)
        with self._database.write_session() as session:
            row = session.get(Contact, contact_id)
            assert row is not None
            row.follow_up_on, row.last_contact_on = None, on
            row.updated_at = utc_now()
            session.add(row)
        return before

    def link(self, contact_id: int, application_id: int, relation: Relation) -> Relation | None:
        """Link a person to an application as ``relation``; returns what they were to it
        before (None: not linked), for undoing."""
        with self._database.write_session() as session:
            if session.get(Contact, contact_id) is None:
                raise NotFoundError("contact", contact_id)
            application_store.get_application(session, application_id)
            connection = session.connection()
            before = store.link_relation(connection, contact_id, application_id)
            store.set_link(connection, contact_id, application_id, relation.value)
        return None if before is None else Relation.of(before)

    def unlink(self, contact_id: int, application_id: int) -> None:
        with self._database.write_session() as session:
            store.remove_link(session.connection(), contact_id, application_id)

    # -- vCard -----------------------------------------------------------------------------

    def import_vcards(self, path: Path) -> VCardImport:
        """Add the people of a .vcf file (only read). People already there with the same name
        and company are not added twice.

        Raises:
            FileError: over 5 MB, not text, no card in it, or unreadable.
        """
        # Read as postings are (the size cap, the encodings); loaded when first needed.
        from tracker.services.capture import NotTextError, decode, read_posting_bytes

        data = read_posting_bytes(path)
        try:
            reading = read_vcards(decode(data))
        except NotTextError as error:
            raise FileError(FileProblem.NOT_A_VCARD, str(path)) from error
        if not reading.people and not reading.nameless:
            raise FileError(FileProblem.NOT_A_VCARD, str(path))
        left_out, already, added = reading.nameless, 0, []
        with self._database.write_session() as session:
            present = {
                (match_key(row.name), match_key(row.company))
                for row in store.contact_rows(session.connection())
            }
            for person in reading.people:
                key = (match_key(person.name), match_key(person.company))
                if key in present:
                    already += 1
                    continue
                try:
                    validate_contact(person)
                except ValidationError:
                    left_out += 1
                    continue
                present.add(key)
                added.append(self._write(session, person))
        return VCardImport(tuple(added), left_out, already)

    def export_vcards(self, contact_ids: Iterable[int], path: Path) -> int:
        """Write these people to a .vcf file; returns how many were written."""
        people = [self.draft(contact_id) for contact_id in contact_ids]
        write_atomically(path, write_vcards(people).encode("utf-8"), database=self._database.path)
        return len(people)
