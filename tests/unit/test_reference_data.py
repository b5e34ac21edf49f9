"""The curated reference stories and market figures: their shape, their sources, the figures the
product promises, and that nothing of the spam injected into the second source article reaches
the app. Reads only the project's own files."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tracker.domain.enums import RoleCategory

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
REFERENCE = RESOURCES / "reference"
TRACKER = ROOT / "tracker"
TS = RESOURCES / "i18n" / "pivot_zh_CN.ts"

ORIGIN_FIELDS = {
    "design",
    "law",
    "media",
    "ecommerce",
    "engineering",
    "student",
    "business",
    "other",
}
ROLE_CATEGORIES = {category.value for category in RoleCategory}
UNITS = {"CNY", "people"}
PERIODS = {"hour", "day", "month", "year", "once"}
KINDS = {"pay", "context"}
YEARS = range(2015, 2031)
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CJK = re.compile(r"[\u4e00-\u9fff]")

SOURCE_FIELDS = {"key", "title", "outlet", "author", "author_note", "date", "date_note", "url"}
STORY_FIELDS = {
    "key",
    "title",
    "origin_field",
    "origin",
    "target_role",
    "role_category",
    "year",
    "city",
    "summary",
    "timeline",
    "figures",
    "lessons",
    "source",
}
FIGURE_FIELDS = {"label", "low", "high", "unit", "period", "months_per_year", "year"}
BENCHMARK_FIELDS = {
    "key",
    "kind",
    "role",
    "role_category",
    "city",
    "low",
    "high",
    "unit",
    "period",
    "months_per_year",
    "year",
    "note",
    "one_person",
    "stated",
    "source",
}

# Distinctive pieces of the spam interleaved with the second source article (video-site names,
# escort and sex ads, page chrome). None is a word Pivot has any use for.
SPAM_FRAGMENTS = (
    "小宝影院",
    "小寶影院",
    "电影小宝",
    "爱壹帆",
    "爱一帆",
    "aiyifan",
    "iyf",
    "ifun",
    "海外华人视频网",
    "华人影视",
    "免费在线影院",
    "寻芳网",
    "楼凤",
    "约炮",
    "伴游",
    "xnxx",
    "xxxvideo",
    "解锁全新阅读体验",
    "正版软件",
    "会所",
    "外围",
    "小姐",
)


def _load(name: str) -> dict[str, Any]:
    data = json.loads((REFERENCE / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def stories_file() -> dict[str, Any]:
    return _load("stories.json")


@pytest.fixture(scope="module")
def benchmarks_file() -> dict[str, Any]:
    return _load("benchmarks.json")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_text(value: object, where: str) -> None:
    assert isinstance(value, dict), f"{where}: not a bilingual text"
    assert set(value) == {"zh", "en"}, f"{where}: keys {sorted(value)}"
    zh, en = value["zh"], value["en"]
    assert isinstance(zh, str) and zh.strip(), f"{where}: empty zh"
    assert isinstance(en, str) and en.strip(), f"{where}: empty en"
    assert CJK.search(zh), f"{where}: zh has no Chinese: {zh!r}"
    ascii_share = sum(char.isascii() for char in en) / len(en)
    assert ascii_share >= 0.9, f"{where}: en is not mostly ASCII: {en!r}"


def _check_year(value: object, where: str) -> None:
    assert value is None or (isinstance(value, int) and value in YEARS), f"{where}: year {value}"


def _check_figure(figure: dict[str, Any], where: str) -> None:
    low, high = figure["low"], figure["high"]
    assert _is_number(low) and _is_number(high), f"{where}: low/high not numbers"
    assert 0 <= low <= high, f"{where}: range {low}–{high}"
    assert figure["unit"] in UNITS, f"{where}: unit {figure['unit']}"
    assert figure["period"] in PERIODS, f"{where}: period {figure['period']}"
    months = figure["months_per_year"]
    if months is not None:
        assert isinstance(months, int) and not isinstance(months, bool), where
        assert 12 <= months <= 18, f"{where}: months_per_year {months}"
        assert figure["period"] == "month", f"{where}: months_per_year without a monthly figure"
    _check_year(figure["year"], where)


def _check_source(source: dict[str, Any]) -> None:
    where = f"source {source.get('key')}"
    assert set(source) == SOURCE_FIELDS, f"{where}: fields {sorted(source)}"
    for name in ("key", "title", "outlet", "author", "date"):
        assert isinstance(source[name], str) and source[name].strip(), f"{where}: {name}"
    date = source["date"]
    assert DATE.match(date), f"{where}: date {date!r}"
    parts = [int(part) for part in date.split("-")] + [1, 1]
    dt.date(parts[0], parts[1], parts[2])  # a real calendar date
    assert parts[0] in YEARS, f"{where}: date {date}"
    if source["date_note"] is not None:
        _check_text(source["date_note"], f"{where}.date_note")
    url = source["url"]
    assert url is None or (isinstance(url, str) and url.startswith(("https://", "http://")))


def _check_story(story: dict[str, Any], sources: set[str]) -> None:
    where = f"story {story.get('key')}"
    assert set(story) == STORY_FIELDS, f"{where}: fields {sorted(story)}"
    assert isinstance(story["key"], str) and KEY.match(story["key"]), where
    for name in ("title", "origin", "target_role", "summary"):
        _check_text(story[name], f"{where}.{name}")
    assert story["origin_field"] in ORIGIN_FIELDS, f"{where}: origin_field"
    assert story["role_category"] in ROLE_CATEGORIES, f"{where}: role_category"
    _check_year(story["year"], where)
    if story["city"] is not None:
        _check_text(story["city"], f"{where}.city")
    assert isinstance(story["timeline"], list) and story["timeline"], f"{where}: timeline"
    for index, step in enumerate(story["timeline"]):
        assert set(step) == {"when", "what"}, f"{where}.timeline[{index}]"
        _check_text(step["when"], f"{where}.timeline[{index}].when")
        _check_text(step["what"], f"{where}.timeline[{index}].what")
    assert isinstance(story["figures"], list), f"{where}: figures"
    for index, figure in enumerate(story["figures"]):
        assert set(figure) == FIGURE_FIELDS, f"{where}.figures[{index}]: {sorted(figure)}"
        _check_text(figure["label"], f"{where}.figures[{index}].label")
        _check_figure(figure, f"{where}.figures[{index}]")
    assert isinstance(story["lessons"], list) and 2 <= len(story["lessons"]) <= 4, where
    for index, lesson in enumerate(story["lessons"]):
        _check_text(lesson, f"{where}.lessons[{index}]")
    assert story["source"] in sources, f"{where}: unknown source {story['source']}"


def _check_stated(stated: Any, where: str) -> None:
    """The source's own words: in Chinese as written, and in English the same words followed by
    a translation in brackets."""
    assert isinstance(stated, dict) and set(stated) == {"zh", "en"}, where
    assert CJK.search(stated["zh"]), f"{where}: not the Chinese source's words"
    translation = re.search(r"\(([^)]*)\)$", stated["en"])
    assert translation and re.search("[A-Za-z]{3}", translation[1]), f"{where}: no translation"


def _check_benchmark(benchmark: dict[str, Any], sources: set[str]) -> None:
    where = f"benchmark {benchmark.get('key')}"
    assert set(benchmark) == BENCHMARK_FIELDS, f"{where}: fields {sorted(benchmark)}"
    assert isinstance(benchmark["key"], str) and KEY.match(benchmark["key"]), where
    assert benchmark["kind"] in KINDS, f"{where}: kind"
    _check_text(benchmark["role"], f"{where}.role")
    assert benchmark["role_category"] in ROLE_CATEGORIES, f"{where}: role_category"
    if benchmark["city"] is not None:
        _check_text(benchmark["city"], f"{where}.city")
    _check_figure(benchmark, where)
    if benchmark["kind"] == "pay":
        assert benchmark["unit"] == "CNY", f"{where}: pay not in CNY"
    _check_text(benchmark["note"], f"{where}.note")  # every figure says how to read it
    _check_stated(benchmark["stated"], f"{where}.stated")  # and what the source wrote
    assert isinstance(benchmark["one_person"], bool), f"{where}: one_person"
    assert benchmark["source"] in sources, f"{where}: unknown source {benchmark['source']}"


def test_stories_file_has_its_shape(stories_file: dict[str, Any]) -> None:
    assert set(stories_file) == {"format", "sources", "stories"}
    assert stories_file["format"] == 1
    sources = stories_file["sources"]
    assert isinstance(sources, list) and sources
    for source in sources:
        _check_source(source)
    source_keys = [source["key"] for source in sources]
    assert len(source_keys) == len(set(source_keys)), "duplicate source keys"
    stories = stories_file["stories"]
    assert isinstance(stories, list) and stories
    for story in stories:
        _check_story(story, set(source_keys))
    story_keys = [story["key"] for story in stories]
    assert len(story_keys) == len(set(story_keys)), "duplicate story keys"
    assert {story["source"] for story in stories} == set(source_keys), "a source tells no story"


def test_benchmarks_file_has_its_shape(
    stories_file: dict[str, Any], benchmarks_file: dict[str, Any]
) -> None:
    assert set(benchmarks_file) == {"format", "benchmarks"}
    assert benchmarks_file["format"] == 1
    benchmarks = benchmarks_file["benchmarks"]
    assert isinstance(benchmarks, list) and benchmarks
    source_keys = {source["key"] for source in stories_file["sources"]}
    for benchmark in benchmarks:
        _check_benchmark(benchmark, source_keys)
    keys = [benchmark["key"] for benchmark in benchmarks]
    assert len(keys) == len(set(keys)), "duplicate benchmark keys"


def test_every_person_of_both_articles_has_a_story(stories_file: dict[str, Any]) -> None:
    stories = stories_file["stories"]
    assert len(stories) == 7
    by_source = {key: sum(s["source"] == key for s in stories) for key in ("a1", "a2")}
    assert by_source == {"a1": 6, "a2": 1}
    assert {s["origin_field"] for s in stories} >= {"design", "law", "media", "ecommerce"}


def test_an_ambiguous_date_says_so(stories_file: dict[str, Any]) -> None:
    second = next(s for s in stories_file["sources"] if s["key"] == "a2")
    assert second["date"] == "2025-01-30"
    note = second["date_note"]
    assert note is not None
    assert "2026-01-30" in note["zh"] and "2026-01-30" in note["en"]


def _has(
    figures: list[dict[str, Any]],
    low: float,
    high: float,
    period: str,
    months: int | None = None,
    **extra: object,
) -> bool:
    return any(
        f["low"] == low
        and f["high"] == high
        and f["period"] == period
        and f["months_per_year"] == months
        and all(f.get(name) == value for name, value in extra.items())
        for f in figures
    )


def test_the_figures_product_md_quotes_are_in_the_data(
    stories_file: dict[str, Any], benchmarks_file: dict[str, Any]
) -> None:
    story_figures = [
        {**figure, "role_category": story["role_category"]}
        for story in stories_file["stories"]
        for figure in story["figures"]
    ]
    assert _has(story_figures, 14000, 17500, "month", unit="CNY", role_category="ai_trainer")

    benchmarks = benchmarks_file["benchmarks"]
    assert _has(benchmarks, 14000, 17500, "month", kind="pay", role_category="ai_trainer")
    assert _has(benchmarks, 80000, 110000, "month", 14, kind="pay", unit="CNY", year=2025)
    assert _has(benchmarks, 60000, 90000, "month", 14, kind="pay", unit="CNY", year=2025)
    assert _has(benchmarks, 500, 1000, "day", kind="pay", unit="CNY", year=2025)
    assert any(
        b["role_category"] == "algorithm"
        and b["period"] == "year"
        and b["year"] == 2023
        and 470000 <= b["low"] <= b["high"] <= 480000
        for b in benchmarks
    )
    context = [b for b in benchmarks if b["kind"] == "context"]
    assert context and all(b["unit"] == "people" and b["year"] == 2030 for b in context)


def _text_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """Every file under the folder that reads as text; a compiled translation (.qm) is read for
    its UTF-16 strings."""
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        raw = path.read_bytes()
        if path.suffix == ".qm":  # strings may start at an odd offset: read both alignments
            even, odd = (raw[start:].decode("utf-16-be", errors="ignore") for start in (0, 1))
            yield path, even + "\n" + odd
            continue
        try:
            yield path, raw.decode("utf-8")
        except UnicodeDecodeError:
            continue


def _string_literals(source: str) -> Iterator[str]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _spam_in(text: str) -> list[str]:
    folded = text.casefold()
    return [fragment for fragment in SPAM_FRAGMENTS if fragment.casefold() in folded]


def test_no_spam_fragment_in_resources() -> None:
    found = {
        str(path.relative_to(ROOT)): hits
        for path, text in _text_files(RESOURCES)
        if (hits := _spam_in(text))
    }
    assert not found


def test_no_spam_fragment_in_the_translations() -> None:
    assert not _spam_in(TS.read_text(encoding="utf-8"))


def test_no_spam_fragment_in_the_code() -> None:
    found: dict[str, list[str]] = {}
    for path, text in _text_files(TRACKER):
        literals = _string_literals(text) if path.suffix == ".py" else iter([text])
        hits = sorted({hit for literal in literals for hit in _spam_in(literal)})
        if hits:
            found[str(path.relative_to(ROOT))] = hits
    assert not found


def test_the_spam_list_is_a_short_list_of_distinct_fragments() -> None:
    assert len(SPAM_FRAGMENTS) == len(set(SPAM_FRAGMENTS))
    assert 10 <= len(SPAM_FRAGMENTS) <= 30


# --- What the articles say, and no more ------------------------------------------------------


def _story(stories_file: dict[str, Any], key: str) -> dict[str, Any]:
    return next(story for story in stories_file["stories"] if story["key"] == key)


def _all_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def test_the_luqi_founder_is_described_as_the_article_does(stories_file: dict[str, Any]) -> None:
    founder = _all_text(_story(stories_file, "founder-enterprise-llm-deployment"))
    # The article: 研究生 at Zhejiang University; responsible for Midea's AIoT algorithms;
    # recommendation research at eLong. Not a master's, not "led", not an algorithm lead elsewhere.
    for overstated in ("硕士", "主导", "master's", "algorithm lead", "Algorithm lead", "led AIoT"):
        assert overstated not in founder, overstated
    assert "研究生" in founder and "美的" in founder and "艺龙研究推荐系统" in founder


def test_the_designers_offers_are_a_reading_of_a_bare_k(
    stories_file: dict[str, Any], benchmarks_file: dict[str, Any]
) -> None:
    offers = next(b for b in benchmarks_file["benchmarks"] if b["key"] == "ai-trainer-offers-2025")
    assert "421" in offers["note"]["zh"] and "421 days" in offers["note"]["en"]
    assert "约一年" not in offers["note"]["zh"] and "about a year" not in offers["note"]["en"]
    assert "读作月薪" in offers["note"]["zh"] and "read here as monthly" in offers["note"]["en"]
    assert "one person's offers" in offers["role"]["en"] and offers["one_person"] is True
    figure = _story(stories_file, "designer-to-ai-trainer")["figures"][0]
    assert "读作月薪" in figure["label"]["zh"] and "read as monthly" in figure["label"]["en"]


def test_the_friend_asked_unprompted(stories_file: dict[str, Any]) -> None:
    story = _story(stories_file, "ecommerce-to-llm-tool-developer")
    assert not any("Tell people" in lesson["en"] for lesson in story["lessons"])
    assert any("unprompted" in lesson["en"] for lesson in story["lessons"])
    # The LLM work is what they do now, not what they began in 2021.
    assert "Today they are an AI developer" in story["summary"]["en"]


def test_the_blockchain_graduates_old_job_is_not_called_engineering(
    stories_file: dict[str, Any],
) -> None:
    story = _story(stories_file, "blockchain-graduate-to-ai-painting-product-director")
    assert story["origin_field"] != "engineering"
    assert "未说明" in story["origin"]["zh"]


def test_an_inferred_author_says_so(stories_file: dict[str, Any]) -> None:
    a2 = next(source for source in stories_file["sources"] if source["key"] == "a2")
    assert a2["author"] == "克莱德" and "推断" in a2["author_note"]["zh"]
    assert "inferred" in a2["author_note"]["en"]


def test_the_summaries_are_written_as_an_editor_would(stories_file: dict[str, Any]) -> None:
    text = _all_text(stories_file["stories"])
    assert "讲述者" not in text and "narrator" not in text.casefold()


def test_an_average_is_not_called_a_floor(benchmarks_file: dict[str, Any]) -> None:
    openings = next(
        b for b in benchmarks_file["benchmarks"] if b["key"] == "deepseek-2025-openings-average"
    )
    assert "平均月薪" in openings["stated"]["zh"] and "平均" in openings["role"]["zh"]
    assert "下限" not in openings["role"]["zh"] and "floor" not in openings["role"]["en"]


def test_as_stated_is_the_sources_own_words(benchmarks_file: dict[str, Any]) -> None:
    liepin = next(
        b
        for b in benchmarks_file["benchmarks"]
        if b["key"] == "liepin-2023-algorithm-engineer-average"
    )
    assert liepin["stated"]["zh"] == "算法工程师平均薪酬47.5万"
    assert "年薪" not in liepin["stated"]["zh"]


def test_no_spam_fragment_in_what_the_screenshots_are_made_of() -> None:
    script = ROOT / "tests" / "screenshots.py"
    hits = {hit for literal in _string_literals(script.read_text(encoding="utf-8"))
            for hit in _spam_in(literal)}  # fmt: skip
    assert not hits


def test_the_spam_check_reads_compiled_translations() -> None:
    compiled = dict(_text_files(RESOURCES / "i18n"))
    qm = compiled[RESOURCES / "i18n" / "pivot_zh_CN.qm"]
    assert "导入" in qm  # the check sees the Chinese strings a .qm holds
