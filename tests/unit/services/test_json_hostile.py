"""A Pivot JSON file edited by hand or written by a newer Pivot: every record goes through the
rules the forms apply, those that break them are left out with their reason and the rest come
in; a newer file says so, and the fields this Pivot does not know are named, not dropped."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tracker.db.database import Database
from tracker.db.opening import open_database
from tracker.domain.errors import FieldProblem, FileError, FileProblem
from tracker.domain.interviews import RoundDraft
from tracker.domain.json_checks import LeftOutKind
from tracker.domain.records import ApplicationCreate
from tracker.services.applications import ApplicationService
from tracker.services.calendar_export import InterviewCalendar
from tracker.services.interviews import InterviewService
from tracker.services.json_transfer import export_json, import_json, preview_json, read_document
from tracker.services.queries import ApplicationQueries

ROLES = ("stage", "excitement", "empty title", "long title", "file link", "far round", "fine")


@pytest.fixture
def other(migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    folder = tmp_path / "other"
    folder.mkdir()
    shutil.copy2(migrated_template, folder / "pivot.db")
    opened = open_database(folder / "pivot.db", folder / "backups")
    yield opened
    opened.close()


def _exported(database: Database, tmp_path: Path) -> dict[str, Any]:
    applications = ApplicationService(database)
    for role in ROLES:
        created = applications.create(ApplicationCreate(company_name="Acme", role_title=role))
        if role == "far round":
            InterviewService(database).save_round(
                RoundDraft(created.id, "一面", scheduled_at=datetime(2026, 6, 1, tzinfo=UTC))
            )
    export_json(database, tmp_path / "export.json")
    return json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _edited(document: dict[str, Any]) -> dict[str, Any]:
    by_role = {a["role_title"]: a for a in document["applications"]}
    by_role["stage"]["current_stage"] = "no-such-stage"
    by_role["excitement"]["excitement"] = 99
    by_role["empty title"]["role_title"] = ""
    by_role["long title"]["role_title"] = "x" * 100_000
    by_role["file link"]["job_url"] = "file:///etc/passwd"
    by_role["far round"]["interview_rounds"][0]["scheduled_at"] = "9999-06-01T00:00:00+00:00"
    return document


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_records_the_forms_would_refuse_are_left_out_with_their_reason(
    database: Database, other: Database, tmp_path: Path
) -> None:
    path = _write(tmp_path / "edited.json", _edited(_exported(database, tmp_path)))
    document = read_document(path)
    preview = preview_json(other, document)
    reasons = {(r.kind, r.field, r.problem) for r in preview.left_out}
    assert reasons == {
        (LeftOutKind.APPLICATION, "current_stage", FieldProblem.INVALID),
        (LeftOutKind.APPLICATION, "excitement", FieldProblem.OUT_OF_RANGE),
        (LeftOutKind.APPLICATION, "role_title", FieldProblem.REQUIRED),
        (LeftOutKind.APPLICATION, "role_title", FieldProblem.TOO_LONG),
        (LeftOutKind.APPLICATION, "job_url", FieldProblem.INVALID),
        (LeftOutKind.INTERVIEW_ROUND, "scheduled_at", FieldProblem.OUT_OF_RANGE),
    }
    assert preview.new_applications == 2 and preview.interview_rounds == 0
    import_json(other, document, source_name="edited.json")
    rows = ApplicationQueries(other).rows()
    assert sorted(row.role_title for row in rows) == ["far round", "fine"]
    assert all(InterviewService(other).rounds_of(row.id) == [] for row in rows)
    InterviewCalendar(other).write(tmp_path / "interviews.ics")  # no round in year 9999


def test_a_newer_pivots_export_imports_what_this_one_knows_and_names_the_rest(
    database: Database, other: Database, tmp_path: Path
) -> None:
    document = _exported(database, tmp_path)
    document["version"] = 2
    document["timeline"] = []
    document["applications"][0]["mood"] = "hopeful"
    document["applications"][0]["stage_events"][0]["weather"] = "rain"
    read = read_document(_write(tmp_path / "newer.json", document))
    assert read.version == 2
    assert read.unknown_fields == ("applications.mood", "stage_events.weather", "timeline")
    preview = preview_json(other, read)
    assert preview.version == 2 and preview.unknown_fields == read.unknown_fields
    import_json(other, read, source_name="newer.json")
    assert len(ApplicationQueries(other).rows()) == len(ROLES)


def test_unknown_fields_of_this_version_are_named_too(database: Database, tmp_path: Path) -> None:
    document = _exported(database, tmp_path)
    document["companies"][0]["logo"] = "acme.png"
    assert read_document(_write(tmp_path / "extra.json", document)).unknown_fields == (
        "companies.logo",
    )


def test_a_newer_export_this_pivot_cannot_read_says_it_is_newer(
    database: Database, tmp_path: Path
) -> None:
    document = _exported(database, tmp_path)
    document["version"] = 2
    document["applications"] = {"moved": "elsewhere"}
    with pytest.raises(FileError) as refused:
        read_document(_write(tmp_path / "newer.json", document))
    assert refused.value.problem is FileProblem.NEWER_PIVOT_JSON


def test_what_a_person_is_to_an_application_is_checked_and_unknown_ones_read_as_other(
    database: Database, other: Database, tmp_path: Path
) -> None:
    from tracker.domain.enums import Relation
    from tracker.domain.people import ContactDraft
    from tracker.services.people import PeopleService

    document = _exported(database, tmp_path)
    person = "00000000-0000-4000-8000-0000000000c1"
    document["contacts"] = [
        {**document["companies"][0], "uuid": person, "name": "李雷", "company_uuid": None}
    ]
    for key in ("name_key", "website", "industry", "size", "funding_stage", "city"):
        document["contacts"][0].pop(key, None)
    first = document["applications"][0]
    first["contact_uuids"] = [person]
    first["contact_relations"] = ["referrer"]
    with pytest.raises(FileError) as refused:
        read_document(_write(tmp_path / "bad.json", document))
    assert refused.value.problem is FileProblem.NOT_PIVOT_JSON
    first["contact_relations"] = {person: "mentor"}
    import_json(other, read_document(_write(tmp_path / "newer.json", document)), source_name="x")
    people = PeopleService(other)
    (row,) = people.rows()
    assert people.draft(row.id) == ContactDraft(name="李雷", id=row.id)
    (link,) = people.links_of_contact(row.id)
    assert link.relation is Relation.OTHER


def test_a_negotiation_step_the_form_would_refuse_is_left_out_with_its_reason(
    database: Database, other: Database, tmp_path: Path
) -> None:
    from tracker.domain.enums import Stage
    from tracker.domain.negotiation import StepDraft
    from tracker.domain.offers import OfferDraft
    from tracker.services.negotiation import NegotiationService
    from tracker.services.offers import OfferService

    created = ApplicationService(database).create(
        ApplicationCreate(company_name="Acme", role_title="offer", stage=Stage.OFFER)
    )
    offer = OfferService(database).save(OfferDraft(created.id, monthly_base=20_000))
    steps = NegotiationService(database)
    steps.save(StepDraft(offer.id, salary_text="25K×16", monthly_base=25_000.0, months_per_year=16))
    steps.save(StepDraft(offer.id, note="HR 说再等等"))
    export_json(database, tmp_path / "export.json")
    document = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    document["negotiation_steps"][0]["months_per_year"] = 99.0
    read = read_document(_write(tmp_path / "edited.json", document))
    preview = preview_json(other, read)
    (left_out,) = preview.left_out
    assert (left_out.kind, left_out.label, left_out.field, left_out.problem) == (
        LeftOutKind.NEGOTIATION_STEP, "25K×16", "months_per_year", FieldProblem.OUT_OF_RANGE,
    )  # fmt: skip
    import_json(other, read, source_name="edited.json")
    (imported,) = OfferService(other).list()
    assert [s.note for s in NegotiationService(other).steps(imported.id)] == ["HR 说再等等"]
