"""Excel and WPS workbooks (.xlsx) through the same import as CSV: a chosen sheet, merged
header cells, dates stored as dates, as Excel serials or as text, numbers stored as text,
hidden rows, formulas by their cached value; and hostile workbooks refused with a reason,
nothing written, the file untouched."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.errors import FileError, FileProblem
from tracker.services.container import Services
from tracker.services.import_workbook import cell_text
from tracker.services.importing import ImportOptions


def _workbook(
    path: Path, rows: list[list[object]], *, title: str = "申请", first: str = ""
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    if first:
        sheet.title = first  # an empty sheet before the one with the data
        sheet = book.create_sheet()
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_workbook_imports_like_a_csv(services: Services, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "求职.xlsx", [
        ["公司", "职位", "城市", "薪资", "投递日期", "状态"],
        ["字节跳动", "AI训练师", "北京", "15-25K·14薪", datetime(2026, 11, 3), "已投递"],
        ["月之暗面", "Prompt工程师", "上海", "25K", 46330, "面试中"],  # a date as an Excel serial
        ["智谱AI", "AI产品经理", "北京", "30000", "2026/11/20", "沟通中"],  # a date as text
    ], first="说明")  # fmt: skip
    preview = services.imports.preview(path)
    assert preview.table.sheet == "申请"
    assert (preview.rows, preview.importable, preview.issue_count) == (3, 3, 0)
    result = services.imports.commit(preview)
    assert result.created == 3
    rows = {row.company_name: row for row in services.queries.rows()}
    assert rows["字节跳动"].applied_on == date(2026, 11, 3)
    assert rows["月之暗面"].applied_on == date(2026, 11, 4)  # serial 46330
    assert rows["智谱AI"].applied_on == date(2026, 11, 20)
    assert rows["字节跳动"].salary_months == 14
    assert rows["月之暗面"].stage == "interviewing"


def test_merged_headers_hidden_rows_formulas_and_numbers_as_text(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "jobs.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Role", "Salary", None])
    sheet.merge_cells("C1:D1")  # "Salary" over two columns: both read as salary
    sheet.append(["Acme AI", "AI Trainer", "20000", "=C2*2"])
    sheet.append(["Hidden Co", "LLM Engineer", 30000, None])
    sheet.row_dimensions[3].hidden = True
    book.save(path)
    preview = services.imports.preview(path)
    assert preview.table.headers[:3] == ["Company", "Role", "Salary"]
    assert preview.rows == 2  # the hidden row is read like the others
    names = [record.data.company_name for record in preview.sample]
    assert names == ["Acme AI", "Hidden Co"]
    assert preview.sample[1].data.salary_text == "30000"


def test_a_named_sheet_is_read_and_an_unknown_one_refused(
    services: Services, tmp_path: Path
) -> None:
    path = _workbook(tmp_path / "jobs.xlsx", [["Company", "Role"], ["Acme", "PM"]], title="2026")
    assert services.imports.preview(path, ImportOptions(sheet="2026")).rows == 1
    with pytest.raises(FileError) as refused:
        services.imports.preview(path, ImportOptions(sheet="2025"))
    assert refused.value.problem is FileProblem.NO_SUCH_SHEET


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, FileProblem.OLD_OR_LOCKED_WORKBOOK),
        (b"PK\x03\x04 this is not really a zip" + b"\x00" * 100, FileProblem.NOT_A_TABLE),
        (b"", FileProblem.NOT_A_TABLE),
    ],
    ids=["password-or-xls", "damaged", "empty"],
)
def test_a_file_that_is_not_a_readable_workbook_is_refused_and_left_alone(
    services: Services, tmp_path: Path, content: bytes, problem: FileProblem
) -> None:
    path = tmp_path / "jobs.xlsx"
    path.write_bytes(content)
    with pytest.raises(FileError) as refused:
        services.imports.preview(path)
    assert refused.value.problem is problem
    assert path.read_bytes() == content
    assert services.queries.rows() == []


def test_a_workbook_over_50_mb_is_refused_before_it_is_read(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "huge.xlsx"
    with open(path, "wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(51 * 1024 * 1024)
    with pytest.raises(FileError) as refused:
        services.imports.preview(path)
    assert refused.value.problem is FileProblem.TOO_LARGE


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.none(),
        st.integers(-(10**12), 10**12),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=40),
        st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
        st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
        st.booleans(),
    )
)
def test_any_cell_reads_as_text_without_a_trailing_point_zero(value: object) -> None:
    text = cell_text(value)
    assert isinstance(text, str)
    if isinstance(value, float) and value.is_integer():
        assert not text.endswith(".0")
        assert int(text) == value
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        assert text == value.date().isoformat()


def test_the_workbook_kept_between_preview_and_import_is_let_go_after(
    services: Services, tmp_path: Path
) -> None:
    from tracker.services import import_workbook

    path = _workbook(tmp_path / "jobs.xlsx", [["Company", "Role"], ["Acme", "PM"]])
    preview = services.imports.preview(path)
    assert import_workbook._LAST, "read once for the preview and the import"
    services.imports.commit(preview)
    assert not import_workbook._LAST
