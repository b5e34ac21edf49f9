"""Every declared field of an application reaches every place that stores, exports, imports,
merges or searches applications. A field added to the declaration and the table is covered by
these tests without naming it here: each value below is made from the field's kind."""

from __future__ import annotations

import shutil
from dataclasses import fields as dataclass_fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String

from tracker.db.database import Database
from tracker.db.models import JobApplication
from tracker.db.opening import open_database
from tracker.domain.application_fields import (
    BY_KEY,
    BY_NAME,
    FIELDS,
    MERGEABLE,
    SALARY_COLUMNS,
    STORED_FIELDS,
    ApplicationUpdate,
    FieldSpec,
    Kind,
)
from tracker.domain.enums import Stage
from tracker.domain.import_fields import (
    IMPORT_TARGETS,
    RECORD_TARGETS,
    ImportField,
    field_for_header,
)
from tracker.domain.import_formats import PIVOT_COLUMNS, PIVOT_CSV_CHINESE, PIVOT_CSV_ENGLISH
from tracker.domain.records import ApplicationCreate, ApplicationRow
from tracker.services.applications import ApplicationService
from tracker.services.csv_export import CsvExport
from tracker.services.importing import DuplicatePolicy, ImportService
from tracker.services.json_transfer import export_json, import_json, read_document
from tracker.services.pipeline import PipelineService
from tracker.services.queries import ApplicationQueries
from tracker.services.search import SearchService

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
# Columns of job_application that are not fields of the form: keys, state, bookkeeping.
_NOT_FIELDS = {
    "id", "uuid", "company_id", "current_stage", "outcome", "stage_changed_at", "archived",
    "import_batch_id", "created_at", "updated_at", "deleted_at", *SALARY_COLUMNS,
}  # fmt: skip


def token(spec: FieldSpec, index: int) -> str:
    """A word found in no other field's value."""
    return f"{spec.name.replace('_', '')}{index}"


def sample(spec: FieldSpec, index: int) -> Any:
    """A value of the field's kind that is not its default and that a word search can find."""
    default = next(f.default for f in dataclass_fields(ApplicationUpdate) if f.name == spec.name)
    if spec.kind is Kind.LINE:
        return f"值{index} {token(spec, index)}"[: spec.max_length]
    if spec.kind is Kind.LINK:
        return f"https://jobs.example.com/{spec.name}?id={index}"
    if spec.kind is Kind.TEXT:
        return f"值{index} {token(spec, index)}\n第二行 = 1+1"
    if spec.kind is Kind.SALARY:
        return "25-50K·19薪"
    if spec.kind is Kind.DATE:
        return date(2026, 9, 1) + timedelta(days=index)
    if spec.kind is Kind.RATING:
        return 4
    if spec.kind is Kind.TAGS:
        return (token(spec, index), "多模态")
    assert spec.choices is not None
    return next(member for member in reversed(list(spec.choices)) if member != default)


FULL = ApplicationCreate(
    **{spec.name: sample(spec, index) for index, spec in enumerate(FIELDS)},
    stage=Stage.APPLIED,
)


def _fields(read: Any) -> ApplicationUpdate:
    """The form's fields of what was read (a create request carries its stage besides)."""
    values = {f.name: getattr(read, f.name) for f in dataclass_fields(ApplicationUpdate)}
    return ApplicationUpdate(**values)


def _expected() -> ApplicationUpdate:
    return _fields(FULL)


def _open(template: Path, folder: Path, name: str) -> Database:
    shutil.copy2(template, folder / f"{name}.db")
    return open_database(folder / f"{name}.db", folder / f"{name}-backups")


@pytest.fixture
def target(migrated_template: Path, tmp_path: Path) -> Any:
    opened = _open(migrated_template, tmp_path, "target")
    yield opened
    opened.close()


def test_the_declaration_and_the_table_agree() -> None:
    columns = JobApplication.__table__.columns  # type: ignore[attr-defined]
    assert {spec.column for spec in STORED_FIELDS} == set(columns.keys()) - _NOT_FIELDS
    for spec in STORED_FIELDS:
        column = columns[spec.column]
        if isinstance(column.type, String) and column.type.length is not None:
            assert spec.max_length == column.type.length, spec.name
        if spec.kind in (Kind.LINE, Kind.LINK):
            assert column.nullable == spec.empty_is_null, spec.name


def test_every_field_is_a_target_of_the_import_with_its_own_headers() -> None:
    for spec in FIELDS:
        assert spec.key in IMPORT_TARGETS
        assert PIVOT_COLUMNS[spec.key] == spec.headers
        for header in (*spec.headers, *spec.aliases):
            assert field_for_header(header) == spec.key, (spec.name, header)
        assert PIVOT_CSV_ENGLISH.mapping([spec.headers[0]]) == {0: spec.key}
        assert PIVOT_CSV_CHINESE.mapping([spec.headers[1]]) == {0: spec.key}
    named = {member for member in ImportField if member not in (*RECORD_TARGETS, "ignored")}
    assert named <= set(BY_KEY), "a member of ImportField names no declared field"


@pytest.mark.parametrize("chinese", [False, True], ids=["english", "chinese"])
def test_every_field_survives_pivots_csv(
    database: Database, target: Database, tmp_path: Path, chinese: bool
) -> None:
    created = ApplicationService(database).create(FULL)
    path = tmp_path / "applications.csv"
    CsvExport(database).write(path, chinese=chinese, zone=UTC)
    imports = ImportService(target, PipelineService(target).current)
    preview = imports.preview(path, now=NOW, zone=UTC)
    assert preview.issues == [] and preview.importable == 1
    imports.commit(preview, DuplicatePolicy.IMPORT, zone=UTC)
    (row,) = ApplicationQueries(target).rows()
    assert (
        _fields(ApplicationService(target).get(row.id).fields)
        == _fields(ApplicationService(database).get(created.id).fields)
        == _expected()
    )


def test_every_field_survives_pivots_json(
    database: Database, target: Database, tmp_path: Path
) -> None:
    created = ApplicationService(database).create(FULL)
    export_json(database, tmp_path / "pivot.json", now=NOW)
    import_json(target, read_document(tmp_path / "pivot.json"), source_name="pivot.json")
    assert _fields(ApplicationService(target).get(created.id).fields) == _expected()


def test_a_merge_fills_every_mergeable_field_the_application_lacks(
    database: Database, target: Database, tmp_path: Path
) -> None:
    ApplicationService(database).create(FULL)
    bare = ApplicationService(target).create(
        ApplicationCreate(company_name=FULL.company_name, role_title=FULL.role_title)
    )
    path = tmp_path / "applications.csv"
    CsvExport(database).write(path, zone=UTC)
    imports = ImportService(target, PipelineService(target).current)
    imports.commit(imports.preview(path, now=NOW, zone=UTC), DuplicatePolicy.MERGE, zone=UTC)
    merged = ApplicationService(target).get(bare.id).fields
    for name in MERGEABLE:
        assert getattr(merged, name) == getattr(FULL, name), name


def test_the_search_finds_an_application_by_each_searchable_field(database: Database) -> None:
    created = ApplicationService(database).create(FULL)
    search = SearchService(database)
    for index, spec in enumerate(FIELDS):
        if not spec.searchable or spec.kind not in (Kind.LINE, Kind.TEXT, Kind.TAGS):
            continue
        hits = [hit for group in search.search(token(spec, index)).groups for hit in group.hits]
        assert created.id in {hit.application_id for hit in hits}, spec.name
        shown = [f"{hit.title} {hit.snippet}" for hit in hits if hit.kind == "application"]
        assert any(token(spec, index) in text for text in shown), f"no snippet for {spec.name}"


def test_the_listed_fields_are_those_each_row_of_the_list_carries() -> None:
    carried = {"tags" if name == "tags_json" else name for name in ApplicationRow._fields}
    assert {spec.name for spec in FIELDS if spec.listed} == carried & set(BY_NAME)


def test_a_listed_field_reaches_the_row_the_list_reads(database: Database) -> None:
    created = ApplicationService(database).create(FULL)
    (row,) = [row for row in ApplicationQueries(database).rows() if row.id == created.id]
    for spec in FIELDS:
        if spec.listed:
            assert getattr(row, spec.name) == getattr(FULL, spec.name), spec.name
