"""The applications table model: valid for Qt's model tester, sorted and filtered in Python."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from tracker.domain.enums import Channel, Outcome, RoleCategory, SalaryPeriod, Stage
from tracker.domain.filtering import ApplicationFilter
from tracker.domain.records import ApplicationRow
from tracker.ui.models.application_table_model import (
    ROW_ROLE,
    SORT_ROLE,
    ApplicationTableModel,
    Column,
)

NOW = datetime.now(UTC)


def row(id_: int, company: str, role: str, **overrides: object) -> ApplicationRow:
    values: dict[str, object] = {
        "id": id_,
        "uuid": f"uuid-{id_}",
        "company_name": company,
        "role_title": role,
        "role_category": RoleCategory.AI_TRAINER,
        "city": "北京",
        "channel": Channel.BOSS,
        "stage": Stage.APPLIED,
        "outcome": None,
        "stage_changed_at": NOW - timedelta(days=id_),
        "applied_on": date(2026, 11, id_),
        "salary_text": "",
        "salary_min": None,
        "salary_max": None,
        "salary_period": None,
        "salary_months": None,
        "next_action": "",
        "next_action_due": None,
        "archived": False,
        "tags_json": "[]",
    }
    values.update(overrides)
    return ApplicationRow(**values)  # type: ignore[arg-type]


@pytest.fixture
def rows() -> list[ApplicationRow]:
    return [
        row(1, "字节跳动", "AI训练师", salary_text="15-25K", salary_min=15000.0,
            salary_max=25000.0, salary_period=SalaryPeriod.MONTH, tags_json='["多模态"]'),
        row(2, "智谱AI", "Prompt工程师", role_category=RoleCategory.PROMPT, city="上海",
            stage=Stage.INTERVIEWING, channel=Channel.REFERRAL),
        row(3, "月之暗面", "AI产品经理", role_category=RoleCategory.AI_PRODUCT,
            outcome=Outcome.REJECTED, salary_text="年包40w", salary_min=400000.0,
            salary_max=400000.0, salary_period=SalaryPeriod.YEAR),
        row(4, "Shopee", "Data analyst", role_category=RoleCategory.DATA_ANALYST,
            archived=True, applied_on=None, stage=Stage.WISHLIST,
            next_action="Send portfolio", next_action_due=date(2020, 1, 1)),
    ]  # fmt: skip


@pytest.fixture
def model(qtmodeltester: ModelTester, rows: list[ApplicationRow]) -> ApplicationTableModel:
    model = ApplicationTableModel()
    model.set_filter(ApplicationFilter(include_archived=True))
    model.set_rows(rows)
    qtmodeltester.check(model)
    return model


def companies(model: ApplicationTableModel) -> list[str]:
    return [model.index(r, Column.COMPANY).data() for r in range(model.rowCount())]


def test_model_passes_the_qt_model_tester_through_changes(
    qtmodeltester: ModelTester, model: ApplicationTableModel, rows: list[ApplicationRow]
) -> None:
    model.sort(Column.COMPANY, Qt.SortOrder.AscendingOrder)
    model.update_rows([row(5, "美团", "AI应用开发")])
    model.remove_ids({1})
    model.set_filter(ApplicationFilter(text="ai"))
    qtmodeltester.check(model, force_py=True)
    assert set(companies(model)) == {"智谱AI", "月之暗面", "美团"}


def test_cells_show_what_the_user_reads(model: ApplicationTableModel) -> None:
    model.sort(Column.COMPANY, Qt.SortOrder.AscendingOrder)
    by_company = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    rejected = by_company["月之暗面"]
    assert model.index(rejected, Column.STAGE).data() == "Rejected · Applied"
    assert model.index(rejected, Column.SALARY).data() == "年包40w"
    assert model.index(rejected, Column.CATEGORY).data() == "AI product manager"
    overdue = by_company["Shopee"]
    assert model.index(overdue, Column.NEXT_ACTION).data() == "Send portfolio · overdue 2020-01-01"
    assert model.index(overdue, Column.NEXT_ACTION).data(Qt.ItemDataRole.ForegroundRole)
    assert model.index(overdue, Column.APPLIED).data() == ""
    assert isinstance(model.index(0, 0).data(ROW_ROLE), ApplicationRow)
    assert model.headerData(Column.DAYS_IN_STAGE, Qt.Orientation.Horizontal) == "Days in stage"


def test_days_in_stage_stop_counting_once_an_application_is_closed(
    model: ApplicationTableModel,
) -> None:
    model.sort(Column.DAYS_IN_STAGE, Qt.SortOrder.AscendingOrder)
    days = {model.index(r, 0).data(): model.index(r, Column.DAYS_IN_STAGE).data()
            for r in range(model.rowCount())}  # fmt: skip
    assert days == {"字节跳动": "1", "智谱AI": "2", "月之暗面": "", "Shopee": "4"}
    assert companies(model)[-1] == "月之暗面"  # nothing to compare: last either way
    model.sort(Column.DAYS_IN_STAGE, Qt.SortOrder.DescendingOrder)
    assert companies(model)[-1] == "月之暗面"


def test_sorting_by_salary_compares_a_year_with_months(model: ApplicationTableModel) -> None:
    model.sort(Column.SALARY, Qt.SortOrder.DescendingOrder)
    # 年包40w ≈ 33K a month beats 15-25K a month; rows without a figure come last.
    assert companies(model)[:2] == ["月之暗面", "字节跳动"]
    assert model.index(0, Column.SALARY).data(SORT_ROLE) == pytest.approx(400000 / 12)


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_rows_without_a_value_sort_last_either_way(
    model: ApplicationTableModel, order: Qt.SortOrder
) -> None:
    model.sort(Column.APPLIED, order)
    assert companies(model)[-1] == "Shopee"
    dated = companies(model)[:-1]
    expected = ["字节跳动", "智谱AI", "月之暗面"]
    assert dated == (expected if order == Qt.SortOrder.AscendingOrder else expected[::-1])


def test_sorting_keeps_the_selected_row_under_the_selection(model: ApplicationTableModel):
    model.sort(Column.COMPANY, Qt.SortOrder.AscendingOrder)
    target = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "智谱AI")
    kept = QPersistentModelIndex(model.index(target, 0))
    model.sort(Column.COMPANY, Qt.SortOrder.DescendingOrder)
    assert model.index(kept.row(), 0).data() == "智谱AI"


@pytest.mark.parametrize(
    ("application_filter", "expected"),
    [
        (ApplicationFilter(), {"字节跳动", "智谱AI", "月之暗面"}),
        (ApplicationFilter(include_archived=True), {"字节跳动", "智谱AI", "月之暗面", "Shopee"}),
        (ApplicationFilter(text="多模态"), {"字节跳动"}),  # a tag
        (ApplicationFilter(text="上海 prompt"), {"智谱AI"}),  # city and role, any case
        (ApplicationFilter(text="referral"), {"智谱AI"}),  # the channel's label
        (ApplicationFilter(text="ＡＩ产品"), {"月之暗面"}),  # full-width typed
        (ApplicationFilter(state=ApplicationFilter.OPEN), {"字节跳动", "智谱AI"}),
        (ApplicationFilter(state=Outcome.REJECTED), {"月之暗面"}),
        (ApplicationFilter(state=Stage.APPLIED), {"字节跳动"}),
        (ApplicationFilter(category=RoleCategory.PROMPT), {"智谱AI"}),
        (ApplicationFilter(channel=Channel.BOSS), {"字节跳动", "月之暗面"}),
        (ApplicationFilter(text="不存在"), set()),
    ],
)
def test_filters(
    model: ApplicationTableModel, application_filter: ApplicationFilter, expected: set[str]
) -> None:
    model.set_filter(application_filter)
    assert set(companies(model)) == expected
