"""Documents: résumés and portfolios kept with their versions, each file once in the data
folder; hostile files refused with nothing kept; versions recorded as sent; files in backups,
through a restore, after the trash is emptied, and beside a JSON export; the "résumé sent"
column of spreadsheets and older JSON files read as a version sent."""

from __future__ import annotations

import os
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from tracker.db import document_files
from tracker.db.database import Database
from tracker.db.opening import open_database
from tracker.domain.documents import (
    MAX_FILE_BYTES,
    DocumentDraft,
    VersionDraft,
    safe_file_name,
)
from tracker.domain.enums import DocumentKind
from tracker.domain.errors import FileError, FileProblem, ValidationError
from tracker.domain.records import ApplicationCreate
from tracker.services.backups import BackupKeeper
from tracker.services.container import Services
from tracker.services.csv_export import CsvExport
from tracker.services.documents import DocumentService
from tracker.services.importing import DuplicatePolicy, ImportService
from tracker.services.json_transfer import export_json, import_json, preview_json, read_document
from tracker.services.pipeline import PipelineService

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _stored_files(database: Database) -> list[Path]:
    folder = document_files.store_folder(database.path)
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


@pytest.fixture
def documents(services: Services) -> DocumentService:
    return services.documents


@pytest.fixture
def resume(documents: DocumentService) -> int:
    return documents.save_document(DocumentDraft(DocumentKind.RESUME, "简历", "投 AI 训练师用"))


def test_the_same_file_added_twice_is_kept_once_and_read_back_whole(
    documents: DocumentService, resume: int, database: Database, tmp_path: Path
) -> None:
    first = _file(tmp_path, "a/简历 v1.pdf", PDF)
    again = _file(tmp_path, "b/resume-copy.pdf", PDF)
    one = documents.save_version(VersionDraft(resume, "v1", added_on=date(2026, 11, 1)), first)
    two = documents.save_version(VersionDraft(resume, "v1 again"), again)
    assert len(_stored_files(database)) == 1
    stored, data = documents.content(one)
    assert (stored.file_name, stored.media_type, stored.size, data) == (
        "简历 v1.pdf", "application/pdf", len(PDF), PDF,
    )  # fmt: skip
    assert documents.version(two).file.file_name == "resume-copy.pdf"  # type: ignore[union-attr]
    assert first.read_bytes() == PDF  # the user's file is only read
    (row,) = documents.rows()
    assert [v.label for v in row.versions] == ["v1", "v1 again"]  # dated first, newest first
    assert all(v.previewable for v in row.versions)  # PDFs and images preview in Pivot
    word = documents.save_version(
        VersionDraft(resume, "Word"), _file(tmp_path, "cv.docx", b"PK\x03\x04 a Word file")
    )
    assert not documents.version(word).previewable  # saved out to be opened


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.pdf", b"", FileProblem.EMPTY),
        ("setup.exe", b"MZ\x90\x00" + b"\x00" * 60, FileProblem.EXECUTABLE),
        ("resume.pdf", b"MZ\x90\x00 a program named like a PDF", FileProblem.EXECUTABLE),
        ("run.sh", b"echo hi\n", FileProblem.EXECUTABLE),
        ("notes.txt", b"#!/bin/sh\nrm -rf ~\n", FileProblem.EXECUTABLE),
        ("portfolio.app", b"PK\x03\x04", FileProblem.EXECUTABLE),
        ("mach.bin", b"\xcf\xfa\xed\xfe" + b"\x00" * 20, FileProblem.EXECUTABLE),
    ],
)
def test_a_file_that_is_no_document_is_refused_and_nothing_is_kept(
    documents: DocumentService,
    resume: int,
    database: Database,
    tmp_path: Path,
    name: str,
    data: bytes,
    problem: FileProblem,
) -> None:
    source = _file(tmp_path, name, data)
    with pytest.raises(FileError) as refused:
        documents.save_version(VersionDraft(resume, "v9"), source)
    assert refused.value.problem is problem
    assert _stored_files(database) == []
    assert documents.rows()[0].versions == ()
    assert source.read_bytes() == data


def test_a_file_over_50_mb_is_refused_before_it_is_read(
    documents: DocumentService, resume: int, database: Database, tmp_path: Path
) -> None:
    huge = tmp_path / "portfolio.pdf"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(FileError) as refused:
        documents.save_version(VersionDraft(resume, "too big"), huge)
    assert refused.value.problem is FileProblem.TOO_LARGE
    assert _stored_files(database) == [] and documents.rows()[0].versions == ()


def test_a_folder_or_a_pipe_is_refused_without_waiting_on_it(
    documents: DocumentService, resume: int, tmp_path: Path
) -> None:
    with pytest.raises(FileError) as refused:
        documents.save_version(VersionDraft(resume, "v1"), tmp_path)
    assert refused.value.problem is FileProblem.IS_A_FOLDER
    if sys.platform != "win32":
        pipe = tmp_path / "resume.pdf"
        os.mkfifo(pipe)
        with pytest.raises(FileError) as refused:
            documents.save_version(VersionDraft(resume, "v1"), pipe)
        assert refused.value.problem is FileProblem.NOT_A_FILE


def test_a_name_that_climbs_out_of_its_folder_keeps_only_its_last_part() -> None:
    assert safe_file_name("../../pivot.db") == "pivot.db"
    assert safe_file_name("..\\..\\Windows\\cv.pdf") == "cv.pdf"
    assert safe_file_name("..") == "file"
    assert safe_file_name("简历\x00\u202e.pdf") == "简历.pdf"
    assert len(safe_file_name("长" * 400 + ".pdf")) == 255
    assert safe_file_name("长" * 400 + ".pdf").endswith(".pdf")


def test_a_version_needs_a_label_and_only_a_web_link(
    documents: DocumentService, resume: int
) -> None:
    for draft, field in (
        (VersionDraft(resume, "  "), "label"),
        (VersionDraft(resume, "v1", "file:///etc/passwd"), "link"),
        (VersionDraft(resume, "v1", "javascript:alert(1)"), "link"),
        (VersionDraft(resume, "x" * 201), "label"),
    ):
        with pytest.raises(ValidationError) as refused:
            documents.save_version(draft)
        assert field in refused.value.problems
    with pytest.raises(ValidationError):
        documents.save_document(DocumentDraft(DocumentKind.PORTFOLIO, ""))
    assert documents.rows()[0].versions == ()


def test_a_version_is_recorded_as_sent_and_the_change_can_be_undone(
    services: Services, documents: DocumentService, resume: int
) -> None:
    application = services.applications.create(
        ApplicationCreate(company_name="智谱", role_title="AI训练师")
    ).id
    version = documents.save_version(VersionDraft(resume, "v3"))
    assert documents.send(application, version, date(2026, 11, 2)) == (False, None)
    assert documents.send(application, version, date(2026, 11, 3)) == (True, date(2026, 11, 2))
    (sent,) = documents.sent_with(application)
    assert (sent.title, sent.label, sent.sent_on, sent.kind) == (
        "简历", "v3", date(2026, 11, 3), DocumentKind.RESUME,
    )  # fmt: skip
    assert documents.rows()[0].versions[0].sent == 1
    documents.unsend(application, version)
    assert documents.sent_with(application) == []


def test_a_version_in_the_trash_is_not_listed_as_sent_and_comes_back(
    services: Services, documents: DocumentService, resume: int
) -> None:
    application = services.applications.create(
        ApplicationCreate(company_name="智谱", role_title="AI训练师")
    ).id
    version = documents.save_version(VersionDraft(resume, "v3"))
    documents.send(application, version, None)
    services.trash.put("version", [version])
    assert documents.sent_with(application) == [] and documents.rows()[0].versions == ()
    (item,) = services.trash.items()
    assert (item.kind, item.title, item.detail) == ("version", "v3", "简历")
    services.trash.restore([item])
    assert [s.label for s in documents.sent_with(application)] == ["v3"]


def test_emptying_the_trash_removes_the_file_but_its_backup_keeps_it_for_a_restore(
    services: Services, documents: DocumentService, resume: int, database: Database, tmp_path: Path
) -> None:
    version = documents.save_version(VersionDraft(resume, "v1"), _file(tmp_path, "cv.pdf", PDF))
    kept_too = documents.save_version(VersionDraft(resume, "v2"), _file(tmp_path, "cv.png", PNG))
    services.trash.put("version", [version])
    services.trash.empty()  # backs up first
    stored = _stored_files(database)
    assert [path.read_bytes() for path in stored] == [PNG]
    backups = database.path.parent / "backups"
    assert PDF in [p.read_bytes() for p in (backups / "documents").rglob("*") if p.is_file()]
    (before_emptying,) = sorted(backups.glob("pivot-*-pre-delete.db"))
    database.close()
    shutil.rmtree(document_files.store_folder(database.path))  # and even with the files gone
    BackupKeeper(database.path, backups).restore(before_emptying)
    reopened = open_database(database.path, backups)
    try:
        restored = DocumentService(reopened)
        Services(reopened).trash.take_out("version", [version])  # it was in the trash then
        assert restored.content(version)[1] == PDF
        assert restored.content(kept_too)[1] == PNG
    finally:
        reopened.close()


def test_a_missing_or_altered_file_is_reported_not_shown(
    documents: DocumentService, resume: int, database: Database, tmp_path: Path
) -> None:
    version = documents.save_version(VersionDraft(resume, "v1"), _file(tmp_path, "cv.pdf", PDF))
    (path,) = _stored_files(database)
    path.write_bytes(PDF + b"changed outside Pivot")
    with pytest.raises(FileError) as refused:
        documents.content(version)
    assert refused.value.problem is FileProblem.MISSING_DOCUMENT
    path.unlink()
    with pytest.raises(FileError) as refused:
        documents.content(version)
    assert refused.value.problem is FileProblem.MISSING_DOCUMENT


def test_a_copy_saved_out_is_never_written_over_the_database(
    documents: DocumentService, resume: int, database: Database, tmp_path: Path
) -> None:
    version = documents.save_version(VersionDraft(resume, "v1"), _file(tmp_path, "cv.pdf", PDF))
    before = database.path.read_bytes()
    with pytest.raises(FileError) as refused:
        documents.save_copy(version, database.path)
    assert refused.value.problem is FileProblem.PROTECTED
    assert database.path.read_bytes() == before
    documents.save_copy(version, tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == PDF


# --- Transfer ---------------------------------------------------------------------------------


@pytest.fixture
def other(migrated_template: Path, tmp_path: Path) -> Database:
    folder = tmp_path / "other"
    folder.mkdir()
    shutil.copy2(migrated_template, folder / "pivot.db")
    opened = open_database(folder / "pivot.db", folder / "backups")
    yield opened  # type: ignore[misc]
    opened.close()


def _sent_version(services: Services, tmp_path: Path) -> tuple[int, int]:
    documents = services.documents
    resume = documents.save_document(DocumentDraft(DocumentKind.RESUME, "简历"))
    version = documents.save_version(
        VersionDraft(resume, "v3 多模态"), _file(tmp_path, "in/简历.pdf", PDF)
    )
    application = services.applications.create(
        ApplicationCreate(company_name="智谱", role_title="AI训练师", applied_on=date(2026, 11, 2))
    ).id
    documents.send(application, version, date(2026, 11, 2))
    return application, version


def test_the_files_travel_beside_a_json_export_and_come_back_in_an_import(
    services: Services, other: Database, tmp_path: Path
) -> None:
    _sent_version(services, tmp_path)
    path = tmp_path / "out" / "export.json"
    path.parent.mkdir()
    export_json(services.database, path)
    files = path.parent / "export-files"
    assert [p.read_bytes() for p in files.iterdir()] == [PDF]
    document = read_document(path)
    assert preview_json(other, document).missing_files == 0
    import_json(other, document, source_name="export.json")
    imported = DocumentService(other)
    ((sent,),) = [imported.sent_with(row.id) for row in Services(other).queries.rows()]
    assert (sent.label, sent.sent_on) == ("v3 多模态", date(2026, 11, 2))
    assert imported.content(sent.version_id)[1] == PDF


def test_a_file_missing_or_swapped_beside_the_export_leaves_the_version_without_it(
    services: Services, other: Database, tmp_path: Path
) -> None:
    _sent_version(services, tmp_path)
    path = tmp_path / "export.json"
    export_json(services.database, path)
    (copied,) = (tmp_path / "export-files").iterdir()
    copied.write_bytes(b"MZ a program in place of the resume")
    document = read_document(path)
    import_json(other, document, source_name="export.json")
    (row,) = DocumentService(other).rows()
    assert [(v.label, v.file) for v in row.versions] == [("v3 多模态", None)]
    assert _stored_files(other) == []
    shutil.rmtree(tmp_path / "export-files")
    fresh = read_document(path)
    assert preview_json(other, fresh).missing_files == 0  # that version is there already


def test_a_hash_that_names_a_path_refuses_the_version_not_the_file(
    services: Services, other: Database, tmp_path: Path
) -> None:
    import json

    _sent_version(services, tmp_path)
    path = tmp_path / "export.json"
    export_json(services.database, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["document_versions"][0]["file_hash"] = "../../pivot.db"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    document = read_document(path)
    preview = preview_json(other, document)
    assert [(item.kind.value, item.field) for item in preview.left_out] == [
        ("document_version", "file_hash")
    ]
    import_json(other, document, source_name="export.json")
    (row,) = DocumentService(other).rows()
    assert row.versions == ()
    assert (other.path.parent / "pivot.db").exists()


def test_an_older_json_files_resume_text_becomes_a_version_sent(
    services: Services, other: Database, tmp_path: Path
) -> None:
    import json

    services.applications.create(
        ApplicationCreate(company_name="智谱", role_title="AI训练师", applied_on=date(2026, 10, 8))
    )
    path = tmp_path / "old.json"
    export_json(services.database, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in ("documents", "document_versions"):
        del data[key]
    (application,) = data["applications"]
    del application["versions_sent"]
    application["resume_version"] = "简历v3-AI训练师"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    document = read_document(path)
    assert document.unknown_fields == ()
    import_json(other, document, source_name="old.json")
    ((sent,),) = [DocumentService(other).sent_with(r.id) for r in Services(other).queries.rows()]
    assert (sent.kind, sent.label, sent.sent_on) == (
        DocumentKind.RESUME, "简历v3-AI训练师", date(2026, 10, 8),
    )  # fmt: skip


@pytest.mark.parametrize("chinese", [False, True], ids=["english", "chinese"])
def test_the_resume_sent_survives_pivots_csv(
    services: Services, other: Database, tmp_path: Path, chinese: bool
) -> None:
    _sent_version(services, tmp_path)
    path = tmp_path / "applications.csv"
    CsvExport(services.database).write(path, chinese=chinese)
    assert "v3 多模态" in path.read_text(encoding="utf-8-sig")
    imports = ImportService(other, PipelineService(other).current)
    imports.commit(imports.preview(path), DuplicatePolicy.IMPORT)
    ((sent,),) = [DocumentService(other).sent_with(r.id) for r in Services(other).queries.rows()]
    assert (sent.kind, sent.label, sent.sent_on) == (
        DocumentKind.RESUME, "v3 多模态", date(2026, 11, 2),
    )  # fmt: skip


def test_a_huntr_resume_column_is_read_as_the_resume_sent(other: Database, tmp_path: Path) -> None:
    path = tmp_path / "huntr.csv"
    path.write_text(
        "Company,Job Title,List,Resume Name\n"
        "Moonshot,AI Trainer,Applied,Resume-EN-v2\n"
        "Zhipu,Prompt Engineer,Applied,Resume-EN-v2\n",
        encoding="utf-8",
    )
    imports = ImportService(other, PipelineService(other).current)
    imports.commit(imports.preview(path), DuplicatePolicy.IMPORT)
    (row,) = DocumentService(other).rows()
    assert [(v.label, v.sent) for v in row.versions] == [("Resume-EN-v2", 2)]


def test_insights_read_which_versions_went_with_each_application(
    services: Services, tmp_path: Path
) -> None:
    from tracker.domain.insights import InsightFilter, Material, materials

    application, version = _sent_version(services, tmp_path)
    services.insights.invalidate()
    data = services.insights.data(InsightFilter())
    assert data.materials == {application: (Material(DocumentKind.RESUME, "简历 · v3 多模态"),)}
    (stat,) = materials(data)
    assert (stat.applied, stat.small_sample) == (1, True)
    services.trash.put("version", [version])  # a version in the trash is not charted
    services.insights.invalidate()
    assert materials(services.insights.data(InsightFilter())) == ()


def test_a_document_emptied_from_the_trash_takes_its_versions_links_and_files(
    services: Services, database: Database, tmp_path: Path
) -> None:
    application, _version = _sent_version(services, tmp_path)
    (document,) = services.documents.rows()
    services.trash.put("document", [document.id])
    assert services.documents.sent_with(application) == []
    services.trash.empty()
    assert _stored_files(database) == []
    rows = database.reader.execute(
        "SELECT (SELECT count(*) FROM document_version), (SELECT count(*) FROM"
        " application_document)"
    ).fetchone()
    assert rows == (0, 0)


def test_a_merge_records_the_rows_resume_where_none_was_and_its_undo_takes_it_back(
    services: Services, tmp_path: Path
) -> None:
    saved = services.applications.create(
        ApplicationCreate(company_name="Moonshot", role_title="AI Trainer")
    ).id
    path = tmp_path / "huntr.csv"
    path.write_text(
        "Company,Job Title,List,Resume Name\nMoonshot,AI Trainer,Applied,Resume-EN-v2\n",
        encoding="utf-8",
    )
    imports = services.imports
    result = imports.commit(imports.preview(path), DuplicatePolicy.MERGE)
    assert result.merged == 1
    assert [s.label for s in services.documents.sent_with(saved)] == ["Resume-EN-v2"]
    imports.undo(result.batch_id)
    assert services.documents.sent_with(saved) == []
    imports.redo(result.batch_id)
    assert [s.label for s in services.documents.sent_with(saved)] == ["Resume-EN-v2"]
    # A résumé already recorded is kept: the row's is not added beside it.
    again = imports.commit(imports.preview(path), DuplicatePolicy.MERGE)
    assert again.merged == 0
    assert len(services.documents.sent_with(saved)) == 1


def test_the_database_check_names_document_files_gone_from_the_data_folder(
    services: Services, database: Database, tmp_path: Path
) -> None:
    from tracker.db.integrity import check_file

    _sent_version(services, tmp_path)
    assert check_file(database.path).ok
    (stored,) = _stored_files(database)
    stored.unlink()
    report = check_file(database.path)
    assert report.problems == ["1 of 1 document files missing from the documents folder"]


def test_a_file_changed_beside_an_earlier_export_is_written_again(
    services: Services, tmp_path: Path
) -> None:
    _sent_version(services, tmp_path)
    path = tmp_path / "export.json"
    export_json(services.database, path)
    (copied,) = (tmp_path / "export-files").iterdir()
    copied.write_bytes(b"edited outside Pivot")
    export_json(services.database, path)
    assert copied.read_bytes() == PDF


def test_a_backup_copies_the_files_where_the_disk_takes_no_links(
    services: Services, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from tracker.services.maintenance import back_up

    _sent_version(services, tmp_path)

    def no_links(*_args: object) -> None:
        raise OSError(errno.EINVAL, "links not supported here")

    monkeypatch.setattr(os, "link", no_links)
    back_up(database.path, database.path.parent / "backups")
    kept = [p for p in (database.path.parent / "backups" / "documents").rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in kept] == [PDF]
