"""Pivot's own JSON file: a lossless export of a database, and its import into another.

The export holds every live record (nothing in the trash) with every column, records referring
to one another by uuid; each kind in the order the database wrote it, so that an import writes
them in the same order. Importing that file into an empty database and exporting again gives
the same file, apart from ``exported_at``. The document's layout is described in
``tracker.domain.json_document``; the tables it carries in ``tracker.db.json_tables``.

Documents' files travel in a folder beside the file (``export.json`` → ``export-files/``), each
under its hash; an import takes a file from there only when it is a document Pivot keeps and its
content matches its hash (otherwise the version comes with its label only).

An import is one transaction, recorded as an ``ImportBatch`` (see
``tracker.db.json_import_rows``), leaving out the records the forms would refuse.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from tracker.db import document_files
from tracker.db.atomic_file import file_problem, write_atomically
from tracker.db.database import Database
from tracker.db.json_export_rows import document_of
from tracker.db.json_import_rows import known_stage_keys, present_uuids, write_document
from tracker.db.json_tables import SPECS
from tracker.db.models import (
    Contact,
    Document,
    DocumentVersion,
    JobApplication,
    OwnBenchmark,
    OwnStory,
)
from tracker.db.session import Session
from tracker.domain import json_document as doc
from tracker.domain.errors import FileError, FileProblem
from tracker.domain.json_checks import checked, unknown_fields
from tracker.domain.json_document import JsonPreview, PivotDocument, VersionEntry


def files_folder(path: Path) -> Path:
    """Where the documents' files of the JSON file at ``path`` travel."""
    return path.with_name(f"{path.stem}{doc.FILES_SUFFIX}")


def _export_files(database: Database, document: dict[str, object], path: Path) -> None:
    """Copy every version's file into the folder beside the export (each once, named by its
    hash; one there already is written again, so that what the folder holds is what the hash
    says)."""
    versions = document[doc.DOCUMENT_VERSIONS]
    assert isinstance(versions, list)
    hashes = sorted({str(v["file_hash"]) for v in versions if v.get("file_hash")})
    if not hashes:
        return
    store = document_files.store_folder(database.path)
    folder = files_folder(path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise FileError(file_problem(error), str(folder)) from error
    for file_hash in hashes:
        data = document_files.read_stored(store, file_hash)
        write_atomically(folder / file_hash, data, database=database.path)


def export_json(database: Database, path: Path, *, now: datetime | None = None) -> int:
    """Write the whole database to ``path`` as one Pivot JSON document, replacing any file there
    only once the new one is complete. Returns how many applications it holds.

    Raises:
        FileError: the file could not be written.
        StorageError: the database could not be read.
    """
    with database.read_session() as session:
        document = document_of(session, now or datetime.now(UTC))
    _export_files(database, document, path)
    write_atomically(path, doc.document_bytes(document), database=database.path)
    applications = document[doc.APPLICATIONS]
    assert isinstance(applications, list)
    return len(applications)


# --- Reading a file ---------------------------------------------------------------------------


def read_document(path: Path) -> PivotDocument:
    """Read and check a Pivot JSON file (the whole of it, before anything is written).

    Raises:
        FileError: NOT_PIVOT_JSON for anything but a Pivot document (other JSON, broken JSON,
            another kind of file); NEWER_PIVOT_JSON for a newer Pivot's document this one cannot
            read (one it can is read for what it knows, its other fields named in
            ``unknown_fields``); the kind of fault when the
            file cannot be read (NOT_A_FILE for a pipe or a device, never opened).
    """
    from tracker.services.import_table import regular_file

    regular_file(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FileError(file_problem(error), str(path)) from error
    try:
        raw = json.loads(data.decode("utf-8-sig"), parse_constant=_no_such_number)
        document = doc.parse_document(raw, SPECS)
    except doc.NewerDocumentError as error:
        raise FileError(FileProblem.NEWER_PIVOT_JSON, str(path)) from error
    except (ValueError, RecursionError) as error:  # JSON, UTF-8 and document errors alike
        raise FileError(FileProblem.NOT_PIVOT_JSON, str(path)) from error
    return replace(
        document, unknown_fields=unknown_fields(raw, SPECS), files_folder=str(files_folder(path))
    )


def _no_such_number(name: str) -> float:
    """NaN and Infinity are not JSON: Pivot would store them and then write files no other
    program reads."""
    raise ValueError(f"{name} is not a number JSON has")


# --- Import ---------------------------------------------------------------------------------


def preview_json(database: Database, document: PivotDocument) -> JsonPreview:
    """What ``import_json`` would add to this database, what it would skip, and the records it
    leaves out because the forms would refuse them."""
    with database.read_session() as session:
        document, left_out = checked(document, known_stage_keys(session))
        preview = doc.preview_of(
            document,
            present_applications=present_uuids(
                session, JobApplication, (entry.uuid for entry in document.applications)
            ),
            present_stories=present_uuids(
                session, OwnStory, (str(v["uuid"]) for v in document.own_stories)
            ),
            present_benchmarks=present_uuids(
                session, OwnBenchmark, (str(v["uuid"]) for v in document.own_benchmarks)
            ),
            present_contacts=present_uuids(
                session, Contact, (entry.uuid for entry in document.contacts)
            ),
            present_documents=present_uuids(
                session, Document, (str(v["uuid"]) for v in document.documents)
            ),
        )
        new_versions = _new_versions(session, document)
    store = document_files.store_folder(database.path)
    return replace(
        preview,
        missing_files=sum(1 for entry in new_versions if not _file_at_hand(entry, document, store)),
        version=document.version,
        unknown_fields=document.unknown_fields,
        left_out=left_out,
    )


def import_json(database: Database, document: PivotDocument, *, source_name: str) -> int:
    """Write what the document adds to the database in one transaction, all or nothing, leaving
    out the records the forms would refuse (``preview_json`` lists them); returns the id of the
    ``ImportBatch`` that records it (the new applications carry it).

    Raises:
        StorageError: the database could not be written (nothing was).
    """
    with database.read_session() as session:
        document, _left_out = checked(document, known_stage_keys(session))
        new_versions = {entry.uuid for entry in _new_versions(session, document)}
    store = document_files.store_folder(database.path)
    versions = tuple(
        entry
        if entry.uuid not in new_versions or _take_file(entry, document, store)
        else replace(entry, values={**entry.values, **_NO_FILE})
        for entry in document.document_versions
    )
    document = replace(document, document_versions=versions)
    with database.write_session() as session:
        return write_document(session, document, source_name=source_name)


_NO_FILE = {"file_hash": None, "file_name": "", "media_type": "", "file_size": None}


def _new_versions(session: Session, document: PivotDocument) -> list[VersionEntry]:
    entries = document.document_versions
    present = present_uuids(session, DocumentVersion, (entry.uuid for entry in entries))
    return [entry for entry in entries if entry.uuid not in present]


def _file_at_hand(entry: VersionEntry, document: PivotDocument, store: Path) -> bool:
    """Whether a version's file is kept already or lies beside the JSON file (a version
    without a file needs none)."""
    file_hash = entry.values.get("file_hash")
    if not file_hash:
        return True
    if document_files.stored_path(store, str(file_hash)).is_file():
        return True
    return bool(document.files_folder) and (Path(document.files_folder) / str(file_hash)).is_file()


def _take_file(entry: VersionEntry, document: PivotDocument, store: Path) -> bool:
    """Keep a new version's file from beside the JSON file; False when it cannot be (missing,
    refused as a document, or its content is not what its hash says)."""
    file_hash = entry.values.get("file_hash")
    if not file_hash or document_files.stored_path(store, str(file_hash)).is_file():
        return True
    if not document.files_folder:
        return False
    name = str(entry.values.get("file_name") or file_hash)
    try:
        stored = document_files.store_file(
            Path(document.files_folder) / str(file_hash), store, name=name
        )
    except FileError:
        return False
    return stored.file_hash == file_hash
