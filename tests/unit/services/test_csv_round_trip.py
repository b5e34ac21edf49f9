"""Pivot's CSV read back by Pivot: any set of applications exported, imported into an empty
database and exported again gives the same file, byte for byte, and the same applications."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.db.database import Database
from tracker.db.opening import open_database
from tracker.domain.enums import Channel, Outcome, Priority, RoleCategory, Stage, WorkMode
from tracker.domain.records import ApplicationCreate
from tracker.services.applications import ApplicationService
from tracker.services.csv_export import CsvExport
from tracker.services.importing import DuplicatePolicy, ImportService
from tracker.services.pipeline import PipelineService
from tracker.services.queries import ApplicationQueries

# Text as people type it: Chinese, emoji, quotes, separators, and the starts of formulas.
_ALPHABET = st.sampled_from(
    list("字节跳动训练师模型岗位，。、“”") + list("abcXYZ 019") + list(",;\"'=+-@\t") + ["🚀", "　"]
)
_LINE = st.text(_ALPHABET, min_size=1, max_size=20).filter(lambda t: t.strip() != "")
_TEXT = st.text(st.sampled_from([*"字段 a,\"'=+-@", "\n", "\r", "\t"]), max_size=40)
_TAG = st.text(st.sampled_from(list("标签abc 01-=+@")), min_size=1, max_size=8).filter(
    lambda t: t.strip() != ""
)
_DAY = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 11, 1))
_APPLICATION = st.builds(
    ApplicationCreate,
    company_name=_LINE,
    role_title=_LINE,
    role_category=st.sampled_from(list(RoleCategory)),
    city=st.one_of(st.just(""), _LINE),
    work_mode=st.one_of(st.none(), st.sampled_from(list(WorkMode))),
    channel=st.one_of(st.none(), st.sampled_from(list(Channel))),
    referral_code=st.one_of(st.just(""), _LINE),
    job_url=st.sampled_from(["", "https://jobs.example.com/1?a=b&c=d", "http://例子.cn/职位"]),
    job_description=_TEXT,
    salary_text=st.sampled_from(["", "25-50K·19薪", "面议", "=1+1", "15K"]),
    applied_on=st.one_of(st.none(), _DAY),
    priority=st.sampled_from(list(Priority)),
    next_action=st.one_of(st.just(""), _LINE),
    next_action_due=st.one_of(st.none(), _DAY),
    tags=st.lists(_TAG, max_size=3, unique_by=lambda t: t.strip()).map(tuple),
    stage=st.sampled_from([Stage.WISHLIST, Stage.APPLIED]),
)
_PLAN = st.tuples(
    _APPLICATION,
    st.lists(st.sampled_from(list(Stage)), max_size=3),
    st.one_of(st.none(), st.sampled_from(list(Outcome))),
    st.lists(_TEXT.filter(lambda t: t.strip() != ""), max_size=2),
)


def _open(template: Path, folder: Path, name: str) -> Database:
    shutil.copy2(template, folder / f"{name}.db")
    return open_database(folder / f"{name}.db", folder / f"{name}-backups")


def _export(database: Database, path: Path) -> bytes:
    CsvExport(database).write(path, zone=UTC)
    return path.read_bytes()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plans=st.lists(_PLAN, min_size=1, max_size=4))
def test_pivot_csv_survives_export_and_import(
    migrated_template: Path, tmp_path: Path, plans: list[tuple[object, ...]]
) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as name:
        folder = Path(name)
        source, target = (
            _open(migrated_template, folder, "a"),
            _open(migrated_template, folder, "b"),
        )
        try:
            applications = ApplicationService(source)
            for data, stages, outcome, notes in plans:
                created = applications.create(data)  # type: ignore[arg-type]
                for stage in stages:  # type: ignore[attr-defined]
                    applications.change_state(created.id, stage, None)
                if outcome is not None:
                    applications.change_state(
                        created.id, str(stages[-1] if stages else data.stage), outcome
                    )  # type: ignore[index, attr-defined, arg-type]
                for body in notes:  # type: ignore[attr-defined]
                    applications.add_note(created.id, body)
            first = _export(source, folder / "a.csv")
            imports = ImportService(target, PipelineService(target).current)
            preview = imports.preview(folder / "a.csv", now=datetime.now(UTC), zone=UTC)
            assert preview.issues == [] and preview.importable == len(plans)
            imports.commit(preview, DuplicatePolicy.IMPORT, zone=UTC)
            assert _export(target, folder / "b.csv") == first
            keep = (
                "company_name", "role_title", "role_category", "city", "channel", "stage",
                "outcome", "applied_on", "salary_text", "next_action_due", "tags_json",
            )  # fmt: skip

            def rows(database: Database) -> list[str]:
                found = ApplicationQueries(database).rows()
                return sorted(repr([getattr(row, key) for key in keep]) for row in found)

            assert rows(target) == rows(source)
        finally:
            source.close()
            target.close()


def test_the_csv_in_the_users_words_imports_back_as_the_same_applications(
    database: Database, tmp_path: Path, qapp: object
) -> None:
    from tracker.domain.enums import Channel, Outcome, RoleCategory, Stage
    from tracker.domain.records import ApplicationCreate
    from tracker.services.container import Services
    from tracker.words.labels import label
    from tracker.words.language import CHINESE, ENGLISH, Translators
    from tracker.words.transfer import stage_names

    services = Services(database)
    created = services.applications.create(
        ApplicationCreate("字节跳动", "AI训练师", role_category=RoleCategory.AI_TRAINER,
                          channel=Channel.REFERRAL, stage=Stage.INTERVIEWING)
    )  # fmt: skip
    services.applications.change_state(created.id, Stage.INTERVIEWING, Outcome.REJECTED)
    before = {(r.company_name, r.stage, r.outcome, r.role_category, r.channel)
              for r in services.queries.rows()}  # fmt: skip
    translators = Translators()
    translators.install(CHINESE)
    try:
        path = tmp_path / "中文.csv"
        trainer = label(RoleCategory.AI_TRAINER)
        CsvExport(database).write(path, chinese=True, label=label, zone=UTC,
                                  stage_names=stage_names(services.pipeline.current()))  # fmt: skip
    finally:
        translators.install(ENGLISH)
    import csv

    (row,) = csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())
    assert (row["阶段"], row["结果"], row["渠道"]) == ("面试中", "未通过", "内推")
    assert row["方向"] == trainer == "AI训练师 / 数据标注"
    services.applications.delete([created.id])
    services.trash.empty()
    services.imports.commit(services.imports.preview(path))
    after = {(r.company_name, r.stage, r.outcome, r.role_category, r.channel)
             for r in services.queries.rows()}  # fmt: skip
    assert after == before
