"""Telling a file's legacy encoding by what its text looks like: Chinese read as GBK, Western
text read as Windows-1252, and each read the other way round as the mojibake it is."""

from __future__ import annotations

import pytest

from tracker.domain.encoding_guess import choose, plausibility, ranked, reading

CHINESE = "公司,职位,城市\n字节跳动,AI训练师（多模态）,北京\n智谱AI,数据标注,上海\n"
WESTERN = "Company,Role,City\nMüller AG,Ingenieur,München\nBäckerei Schröder,Verkäufer,Köln\n"


@pytest.mark.parametrize(
    ("text", "codec", "plausible"),
    [
        (CHINESE, "gb18030", True),
        (CHINESE, "cp1252", False),  # "×Ö½ÚÌø¶¯": symbols and capitals in runs
        (WESTERN, "cp1252", True),
        (WESTERN, "gb18030", False),  # "M黱chen": a rare ideograph in every word
    ],
)
def test_each_text_looks_right_only_in_its_own_encoding(
    text: str, codec: str, plausible: bool
) -> None:
    original = "gb18030" if text is CHINESE else "cp1252"
    read = text.encode(original).decode(codec)
    assert plausibility(read).plausible is plausible


def test_gbk_chinese_is_read_without_asking_and_western_text_is_not() -> None:
    chinese = [reading(c, CHINESE.encode("gbk").decode(c)) for c in ("gb18030", "cp1252")]
    assert choose(chinese) == "gb18030"
    western = [reading(c, WESTERN.encode("cp1252").decode(c)) for c in ("gb18030", "cp1252")]
    assert choose(western) is None
    assert [r.encoding for r in ranked(western)] == ["cp1252", "gb18030"]
    assert ranked(western)[0].lines[1] == "Müller AG,Ingenieur,München"


def test_two_plausible_readings_are_not_chosen_between() -> None:
    data = "Company,Role\nStudio Créée,Designer\n".encode("cp1252")
    readings = [reading(c, data.decode(c)) for c in ("gb18030", "cp1252")]
    assert all(r.plausibility.plausible for r in readings)
    assert choose(readings) is None


def test_a_reading_shows_a_few_short_lines() -> None:
    read = reading("utf-8", "a\n\n" + "b" * 200 + "\nc\nd\n")
    assert read.lines[0] == "a" and len(read.lines) == 3 and len(read.lines[1]) == 60
