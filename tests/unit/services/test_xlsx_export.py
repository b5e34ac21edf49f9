"""The Excel workbook export: applications as the table shows them (labels, dates as dates,
amounts as numbers beside the salary as posted), offers with their take-home pay, rounds;
frozen headers and filters; text that looks like a formula stays text; and the workbook imports
back into the same applications."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from tracker.domain.enums import RoleCategory, Stage
from tracker.domain.errors import FileError, FileProblem
from tracker.domain.interviews import RoundDraft
from tracker.domain.offers import OfferDraft
from tracker.domain.records import ApplicationCreate
from tracker.services.container import Services
from tracker.services.xlsx_export import export_workbook
from tracker.words.workbook import workbook_words


def _fill(services: Services) -> None:
    first = services.applications.create(
        ApplicationCreate(
            "字节跳动", "AI训练师", role_category=RoleCategory.AI_TRAINER, city="北京",
            salary_text="15-25K·14薪",
            applied_on=date(2026, 11, 3), stage=Stage.INTERVIEWING, tags=("多模态",),
        )
    )  # fmt: skip
    services.applications.create(
        ApplicationCreate('=HYPERLINK("http://x")', "PM", applied_on=date(2026, 11, 5))
    )
    services.offers.save(OfferDraft(first.id, salary_text="25K×15", monthly_base=25_000,
                                    months_per_year=15, city="北京"))  # fmt: skip
    services.interviews.save_round(
        RoundDraft(first.id, "二面", scheduled_at=datetime(2026, 12, 8, 6, 0).astimezone())
    )


def test_the_workbook_holds_three_sheets_as_a_spreadsheet_user_expects(
    services: Services, tmp_path: Path
) -> None:
    _fill(services)
    path = tmp_path / "pivot.xlsx"
    assert export_workbook(services, path, workbook_words(services.pipeline.current())) == 2
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Applications", "Offers", "Interview rounds"]
    applications = book["Applications"]
    assert applications.freeze_panes == "A2" and applications.auto_filter.ref == "A1:P3"
    headers = [cell.value for cell in applications[1]]
    rows = {row[0]: dict(zip(headers, row, strict=True))
            for row in applications.iter_rows(min_row=2, values_only=True)}  # fmt: skip
    trainer = rows["字节跳动"]
    assert trainer["Stage"] == "Interviewing"
    assert trainer["Category"] == "AI trainer / data annotation"
    assert trainer["Applied on"] == datetime(2026, 11, 3)  # a date cell, not text
    assert (trainer["Salary"], trainer["Salary from"], trainer["Salary to"]) == (
        "15-25K·14薪", 15000, 25000,
    )  # fmt: skip
    assert trainer["Months a year"] == 14 and trainer["Tags"] == "多模态"
    assert '=HYPERLINK("http://x")' in rows  # kept as text, never a formula
    cell = next(c for c in applications["A"] if c.value == '=HYPERLINK("http://x")')
    assert cell.data_type == "s"
    offers = book["Offers"]
    offer = dict(zip([c.value for c in offers[1]], [c.value for c in offers[2]], strict=True))
    assert offer["Gross a year"] == 375000
    assert 0 < offer["Take-home a year"] < offer["Gross a year"]
    assert book["Interview rounds"]["C2"].value == "二面"
    assert applications.column_dimensions["A"].width >= 10


def test_the_workbook_imports_back_into_the_same_applications(
    services: Services, tmp_path: Path
) -> None:
    _fill(services)
    path = tmp_path / "pivot.xlsx"
    export_workbook(services, path, workbook_words(services.pipeline.current()))
    before = {(r.company_name, r.role_title, r.city, r.stage, r.applied_on, r.salary_text)
              for r in services.queries.rows()}  # fmt: skip
    for row in services.queries.rows():
        services.applications.delete([row.id])
    services.trash.empty()
    preview = services.imports.preview(path)
    assert preview.issue_count == 0
    services.imports.commit(preview)
    after = {(r.company_name, r.role_title, r.city, r.stage, r.applied_on, r.salary_text)
             for r in services.queries.rows()}  # fmt: skip
    assert after == before


def test_the_workbook_never_lands_on_the_database(services: Services) -> None:
    with pytest.raises(FileError) as refused:
        export_workbook(services, services.database.path, workbook_words())
    assert refused.value.problem is FileProblem.PROTECTED


def test_a_chinese_workbook_has_chinese_words_and_imports_back(
    services: Services, tmp_path: Path, qapp: object
) -> None:
    from tracker.words.language import CHINESE, ENGLISH, Translators

    _fill(services)
    translators = Translators()
    translators.install(CHINESE)
    try:
        path = tmp_path / "求职.xlsx"
        export_workbook(services, path, workbook_words(services.pipeline.current()))
    finally:
        translators.install(ENGLISH)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["申请", "Offer", "面试轮次"]
    sheet = book["申请"]
    assert [c.value for c in sheet[1]][:5] == ["公司", "职位", "方向", "城市", "状态"]
    assert "面试中" in [c.value for c in sheet["E"]]
    before = {(r.company_name, r.stage, r.role_category) for r in services.queries.rows()}
    for row in services.queries.rows():
        services.applications.delete([row.id])
    services.trash.empty()
    preview = services.imports.preview(path)
    assert preview.issue_count == 0, preview.issues
    services.imports.commit(preview)
    assert {(r.company_name, r.stage, r.role_category) for r in services.queries.rows()} == before
