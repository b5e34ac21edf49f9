"""The pure rules of import: delimiters, header aliases, recognised formats, other tools'
status words, the formula guard and the history cell."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tracker.domain.enums import Channel, Outcome, RoleCategory, Stage
from tracker.domain.history_text import Move, format_history, parse_history
from tracker.domain.import_fields import ImportField, field_for_header, map_by_alias
from tracker.domain.import_formats import FormatKey, recognise
from tracker.domain.import_rows import needs_guard, unguard
from tracker.domain.import_status import guess_category, read_channel, read_status
from tracker.domain.table_text import decodes_as, encoding_from_bom, sniff_delimiter


@pytest.mark.parametrize(
    ("sample", "delimiter"),
    [
        ("公司,职位,城市\n字节,AI训练师,北京\n", ","),
        ('Company;Role\n"A, Ltd";PM\n', ";"),
        ('公司\t职位\n"北京, 海淀"\tAI训练师\n', "\t"),
        ("Company\nAcme\n", ","),
    ],
)
def test_the_delimiter_is_the_one_that_splits_rows_alike(sample: str, delimiter: str) -> None:
    assert sniff_delimiter(sample) == delimiter


def test_a_byte_order_mark_names_the_encoding_and_gbk_is_not_utf8() -> None:
    assert encoding_from_bom(b"\xef\xbb\xbfa") == "utf-8-sig"
    assert encoding_from_bom("a".encode("utf-16")) == "utf-16"
    gbk = "公司名称".encode("gbk")
    assert not decodes_as([gbk], "utf-8") and decodes_as([gbk], "gb18030")
    # A character split across two chunks still decodes.
    text = "字节跳动".encode()
    assert decodes_as([text[:4], text[4:]], "utf-8")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("公司名称", ImportField.COMPANY), ("Company Name", ImportField.COMPANY),
        ("ＣＯＭＰＡＮＹ", ImportField.COMPANY), ("job_title", ImportField.ROLE),
        ("岗位", ImportField.ROLE), ("投递日期", ImportField.APPLIED_ON),
        ("Date Applied", ImportField.APPLIED_ON), ("薪资", ImportField.SALARY),
        ("備註", ImportField.NOTES),
    ],
)  # fmt: skip
def test_headers_find_their_field_in_either_language(header: str, field: ImportField) -> None:
    assert field_for_header(header) == field


def test_a_field_is_given_to_the_first_column_naming_it() -> None:
    assert map_by_alias(["Company", "公司", "Notes", "备注"]) == {
        0: ImportField.COMPANY, 2: ImportField.NOTES, 3: ImportField.NOTES,
    }  # fmt: skip


def test_known_exports_are_recognised_by_their_headers() -> None:
    linkedin = ["Application Date", "Contact Email", "Contact Phone Number", "Company Name",
                "Job Title", "Job Url", "Resume Name", "Question And Answers"]  # fmt: skip
    assert recognise(linkedin).key is FormatKey.LINKEDIN_APPLICATIONS  # type: ignore[union-attr]
    saved = ["Saved Date", "Job Url", "Job Title", "Company Name"]
    assert recognise(saved).key is FormatKey.LINKEDIN_SAVED  # type: ignore[union-attr]
    assert recognise(["公司", "职位", "阶段", "结果", "阶段历史"]).key is FormatKey.PIVOT_CSV  # type: ignore[union-attr]
    assert recognise(["Company", "Role"]) is None


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Interviewing", ("interviewing", None)), ("一面", ("interviewing", None)),
        ("Bookmarked", ("wishlist", None)), ("笔试", ("assessment", None)),
        ("挂了", (None, Outcome.REJECTED)), ("无回音", (None, Outcome.GHOSTED)),
        ("Offer Accepted", ("accepted", None)), ("talent_pool", (None, Outcome.TALENT_POOL)),
        ("something else", (None, None)),
    ],
)  # fmt: skip
def test_status_words_of_other_tools(text: str, state: tuple[object, object]) -> None:
    assert read_status(text) == state


def test_the_users_own_stage_names_are_read() -> None:
    assert read_status("HR 电话", {"hr电话": "custom-abc"}) == ("custom-abc", None)


def test_sources_and_titles() -> None:
    assert read_channel("BOSS直聘") is Channel.BOSS
    assert read_channel("Indeed") is Channel.OTHER
    assert guess_category("AI训练师（多模态）") is RoleCategory.AI_TRAINER
    assert guess_category("AI Product Manager, LLM Apps") is RoleCategory.AI_PRODUCT
    assert guess_category("Software Development Lead") is RoleCategory.OTHER  # no "pm" inside


@pytest.mark.parametrize("text", ["=SUM(A1)", "+86 138", "-5", "@cmd", "\tx", "'=x", "''=x"])
def test_formula_like_cells_are_guarded_and_read_back(text: str) -> None:
    assert needs_guard(text)
    assert unguard("'" + text) == text


@pytest.mark.parametrize("text", ["字节跳动", "'quoted'", "a=b", ""])
def test_plain_cells_are_left_alone(text: str) -> None:
    assert not needs_guard(text) and unguard(text) == text


def test_a_history_cell_reads_back_to_the_minute() -> None:
    moves = [
        Move("applied", None, datetime(2026, 3, 1, 4, 0, tzinfo=UTC)),
        Move("interviewing", None, datetime(2026, 3, 9, 2, 30, tzinfo=UTC)),
        Move("interviewing", Outcome.REJECTED, datetime(2026, 3, 20, 10, 5, tzinfo=UTC)),
    ]
    cell = format_history(moves, timezone(timedelta(hours=8)))
    assert cell.splitlines()[0] == "2026-03-01 12:00 +08:00 applied"
    assert parse_history(cell) == moves
    assert parse_history("2026-03-01 applied") is None
    backwards = "2026-03-02 10:00 +00:00 applied\n2026-03-01 10:00 +00:00 screening"
    assert parse_history(backwards) is None
    assert Stage.APPLIED.value == moves[0].stage
