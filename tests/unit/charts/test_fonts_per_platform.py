"""The Chinese font the charts take on each platform, from the fonts a typical machine of it
has: Windows (Microsoft YaHei, else SimHei), macOS (PingFang SC, older ones Heiti SC), Linux
(Noto Sans CJK, else WenQuanYi), and none where none can draw Chinese."""

from __future__ import annotations

import pytest

from tracker.charts.style import pick_cjk_family

# What each platform ships (the Latin families first, as font lists tend to be).
WINDOWS_11 = ["Arial", "Segoe UI", "Times New Roman", "SimSun", "NSimSun", "SimHei",
              "Microsoft YaHei", "Microsoft YaHei UI", "KaiTi", "FangSong"]  # fmt: skip
WINDOWS_XP_CHINESE = ["Arial", "Tahoma", "SimSun", "NSimSun", "SimHei", "KaiTi_GB2312"]
MACOS_14 = ["Helvetica", "Helvetica Neue", "Menlo", "PingFang SC", "PingFang TC",
            "Songti SC", "Kaiti SC", "Hiragino Sans GB", "STHeiti"]  # fmt: skip
MACOS_10_10 = ["Helvetica", "Lucida Grande", "Heiti SC", "STHeiti", "Songti SC"]
DEBIAN = ["DejaVu Sans", "DejaVu Serif", "Noto Sans CJK SC", "Noto Serif CJK SC"]
DEBIAN_SMALL = ["DejaVu Sans", "WenQuanYi Micro Hei"]
CHINESE = {
    "SimSun", "NSimSun", "SimHei", "Microsoft YaHei", "Microsoft YaHei UI", "KaiTi", "FangSong",
    "KaiTi_GB2312", "PingFang SC", "PingFang TC", "Songti SC", "Kaiti SC", "Hiragino Sans GB",
    "STHeiti", "Heiti SC", "Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei",
}  # fmt: skip


@pytest.mark.parametrize(
    ("installed", "chosen"),
    [
        (WINDOWS_11, "Microsoft YaHei"),
        (WINDOWS_XP_CHINESE, "SimHei"),
        (MACOS_14, "PingFang SC"),
        (MACOS_10_10, "Heiti SC"),
        (DEBIAN, "Noto Sans CJK SC"),
        (DEBIAN_SMALL, "WenQuanYi Micro Hei"),
        (["DejaVu Sans", "Liberation Serif"], None),
    ],
    ids=[
        "windows-11",
        "windows-old",
        "macos-14",
        "macos-10.10",
        "debian",
        "debian-small",
        "no-chinese",
    ],
)
def test_each_platform_gets_its_best_chinese_font(installed: list[str], chosen: str | None) -> None:
    assert pick_cjk_family(installed, lambda family: family in CHINESE) == chosen


def test_an_unlisted_family_that_draws_chinese_is_taken_sans_serif_first() -> None:
    installed = ["Arial", "Some Song Serif", "Some Hei Sans"]
    drawn = {"Some Song Serif", "Some Hei Sans"}
    assert pick_cjk_family(installed, lambda family: family in drawn) == "Some Hei Sans"
