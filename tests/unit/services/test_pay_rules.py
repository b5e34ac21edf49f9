"""The pay rule files: their schema and consistency, finding cities, choosing years, user files."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tracker.domain.pay import (
    NATIONAL,
    Confidence,
    NoticeCode,
    PayInputCode,
    PayInputError,
    RuleBook,
    table_problem,
)
from tracker.services.pay_rules import (
    USER_FILE,
    PayRulesError,
    RulesProblem,
    load_rule_book,
    rules_for,
    shipped_rules_dir,
)

D = Decimal
CITIES = {"beijing": "北京", "shanghai": "上海", "hangzhou": "杭州", "shenzhen": "深圳",
          "guangzhou": "广州", "chengdu": "成都", "nanjing": "南京", "suzhou": "苏州",
          "wuhan": "武汉", "xian": "西安", "tianjin": "天津", "chongqing": "重庆"}  # fmt: skip


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return load_rule_book()


def shipped(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((shipped_rules_dir() / name).read_text(encoding="utf-8"))
    return data


def walk(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every JSON object in `node` with its place."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from walk(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{where}[{index}]")


# ------------------------------------------------------------------ the shipped files


def test_every_shipped_file_is_format_1_and_every_figure_has_sources_and_confidence() -> None:
    files = sorted(shipped_rules_dir().glob("*.json"))
    assert {path.name for path in files} == {"tax.json", "national.json"} | {
        f"{city}.json" for city in CITIES
    }
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] == 1, path
        dated = [(where, node) for where, node in walk(data) if "valid_from" in node]
        assert dated, path
        for where, node in walk(data):
            if "sources" in node:
                assert node["confidence"] in {mark.value for mark in Confidence}, where
                assert node["sources"], where
                for source in node["sources"]:
                    assert source["title"].strip() and source["url"].startswith("http"), where
        for where, node in dated:
            assert "valid_to" in node, f"{path.name}{where}"


def test_the_tax_tables_are_sorted_continuous_and_the_monthly_one_is_derived(
    book: RuleBook,
) -> None:
    for version in book.tax.annual_table:
        assert table_problem(version.value) is None
        rules = book.tax_rules(version.valid_from.year)
        assert rules.monthly_table == version.value.divided(12)
        assert all(D(0) <= b.rate <= D(1) for b in version.value.brackets)
    for labour in book.tax.labour_withholding:
        assert table_problem(labour.value.table) is None
    assert "monthly_table" not in shipped("tax.json")["tax"]  # derived in code, never stored


def test_the_separate_bonus_option_ends_on_2027_12_31(book: RuleBook) -> None:
    (option,) = book.tax.annual_bonus_separate
    assert option.valid_to == date(2027, 12, 31)
    assert option.provenance.confidence is Confidence.OFFICIAL
    assert book.tax_rules(2027).bonus_separate is not None
    assert book.tax_rules(2028).bonus_separate is None


def test_the_published_amounts(book: RuleBook) -> None:
    # Research §1.4 and §1.6.
    rules = book.tax_rules(2026)
    assert rules.basic_deduction_monthly == 5000
    amounts = {item.key: item.amount for item in rules.special_deductions}
    assert amounts["child_education"] == 2000 and amounts["infant_care"] == 2000
    assert amounts["elderly_support_only_child"] == 3000 and amounts["rent_tier_1"] == 1500
    older = {item.key: item.amount for item in book.tax_rules(2021).special_deductions}
    assert older["child_education"] == 1000 and "infant_care" not in older
    labour = rules.labour
    assert (labour.small_payment_limit, labour.fixed_expense) == (D(4000), D(800))
    assert labour.expense_rate == D("0.2") and labour.income_share == D("0.8")
    assert rules.housing_fund_deduction_rate_cap == D("0.12")


def test_every_city_has_every_line_with_sane_figures(book: RuleBook) -> None:
    assert book.regions[0].key == NATIONAL
    assert {region.key for region in book.cities} == set(CITIES)
    for region in book.regions:
        assert region.periods, region.key
        starts = [period.valid_from for period in region.periods]
        assert starts == sorted(starts), region.key
        for period in region.periods:
            for item in (period.pension, period.medical, period.unemployment):
                assert D(0) < item.rate < D("0.1") and item.fixed >= 0
                if region.key == NATIONAL:  # a cap of 3 × the 2024 national average wage
                    assert item.base_min is None and item.base_max == D(124_110) / 12 * 3
                else:
                    assert item.base_min is not None and item.base_max is not None
                    assert 0 < item.base_min < item.base_max
                assert item.provenance.sources
            fund = period.housing_fund
            assert D("0.05") == fund.rate_min <= fund.default_rate <= fund.highest_rate
            assert fund.highest_rate == D("0.12")
            assert (fund.base_min is None) == (region.key == NATIONAL)
            assert fund.base_max is not None
            assert period.pension.rate == D("0.08")
            assert period.medical.rate == D("0.02") or period.medical_tiers  # 深圳's 二档: 0.5 %


def test_the_figures_research_cites(book: RuleBook) -> None:
    # Research §2.2: the latest period of each city, with its confidence.
    def latest(city: str) -> Any:
        return book.region(city).periods[-1]

    beijing_2024, beijing_2025 = book.region("beijing").periods[:2]
    assert (beijing_2024.pension.base_min, beijing_2024.pension.base_max) == (D(6821), D(35283))
    assert beijing_2024.valid_to == beijing_2025.valid_from - timedelta(days=1)
    assert beijing_2024.housing_fund.provenance.confidence is Confidence.RECALLED
    assert (beijing_2025.pension.base_min, beijing_2025.pension.base_max) == (D(7162), D(35811))
    assert beijing_2025.confidence is Confidence.OFFICIAL and beijing_2025.medical.fixed == 3
    assert (latest("beijing").pension.base_min, latest("beijing").pension.base_max) == (
        7270, 36348,
    )  # fmt: skip
    assert latest("beijing").pension.provenance.confidence is Confidence.THIRD_PARTY
    shanghai = latest("shanghai")
    assert (shanghai.pension.base_min, shanghai.pension.base_max) == (7546, 37731)
    assert (shanghai.housing_fund.base_min, shanghai.housing_fund.base_max) == (2740, 37731)
    assert shanghai.housing_fund.rate_max == D("0.07")
    assert shanghai.housing_fund.rounding.value == "yuan_half_up"
    assert shanghai.pension.provenance.confidence is Confidence.OFFICIAL
    assert latest("hangzhou").confidence is Confidence.THIRD_PARTY
    # Shenzhen's medical and unemployment caps are in no source found: assumptions, said so.
    assert latest("shenzhen").confidence is Confidence.ASSUMED
    assert latest("shenzhen").pension.provenance.confidence is Confidence.THIRD_PARTY
    assert latest("guangzhou").pension.provenance.confidence is Confidence.OFFICIAL
    assert latest("guangzhou").unemployment.rate == D("0.002")
    assert (latest("hangzhou").pension.base_min, latest("hangzhou").pension.base_max) == (
        4986, 25299,
    )  # fmt: skip


# ------------------------------------------------------------------ finding cities and years


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("北京", "beijing"), ("beijing", "beijing"), ("Beijing", "beijing"), ("BEIJING", "beijing"),
        ("北京市", "beijing"), ("ｂｅｉｊｉｎｇ", "beijing"), (" Bei jing ", "beijing"),
        ("上海", "shanghai"), ("shanghai", "shanghai"), ("杭州", "hangzhou"),
        ("Hangzhou", "hangzhou"), ("深圳", "shenzhen"), ("shenzhen", "shenzhen"),
        ("广州", "guangzhou"), ("guangzhou", "guangzhou"), (None, NATIONAL), ("", NATIONAL),
    ],
)  # fmt: skip
def test_cities_are_found_by_chinese_name_or_pinyin(
    book: RuleBook, name: str | None, key: str
) -> None:
    assert rules_for(book, 2026, name).region.key == key


def test_an_unknown_city_lists_the_known_ones(book: RuleBook) -> None:
    with pytest.raises(PayInputError) as caught:
        rules_for(book, 2026, "拉萨")
    assert caught.value.code is PayInputCode.UNKNOWN_CITY and caught.value.field == "city"
    assert set(caught.value.allowed) == {f"{zh}/{key}" for key, zh in CITIES.items()}


def test_years(book: RuleBook) -> None:
    assert book.latest_year == 2026
    current = rules_for(book, 2026, "beijing")
    assert current.rule_year == 2026 and current.notices[0].code is NoticeCode.THIRD_PARTY_FIGURES
    later = rules_for(book, 2029, "shanghai")
    assert later.year == 2029 and later.rule_year == 2026
    assert later.notices[0].code is NoticeCode.YEAR_BEYOND_RULES
    assert later.period(1).valid_from == date(2026, 7, 1)
    assert rules_for(book, 2019).rule_year == 2019
    with pytest.raises(PayInputError) as caught:
        rules_for(book, 2018)
    assert caught.value.code is PayInputCode.YEAR_NOT_COVERED and caught.value.field == "year"


def test_months_take_the_period_in_force(book: RuleBook) -> None:
    months = rules_for(book, 2026, "shanghai").months
    assert {period.valid_from for period in months[:6]} == {date(2025, 7, 1)}
    assert {period.valid_from for period in months[6:]} == {date(2026, 7, 1)}


# ------------------------------------------------------------------ a user's own rules


def beijing_period(start: str, cap: int) -> dict[str, Any]:
    period: dict[str, Any] = copy.deepcopy(shipped("beijing.json")["regions"][0]["periods"][-1])
    period["valid_from"], period["valid_to"] = start, None
    for line in period["social_insurance"].values():
        line["base_max"] = cap
    period["housing_fund"]["base_max"] = cap
    return period


def write_user_file(folder: Path, data: dict[str, Any]) -> None:
    (folder / USER_FILE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_user_file_adds_a_city_and_a_year_and_replaces_a_period(tmp_path: Path) -> None:
    hefei = {
        "key": "hefei", "name_zh": "合肥", "name_en": "Hefei", "aliases": ["hf"],
        "periods": [beijing_period("2026-01-01", 23493)],
    }  # fmt: skip
    beijing = {"key": "beijing", "periods": [beijing_period("2026-07-01", 40000),
                                             beijing_period("2027-07-01", 41000)]}  # fmt: skip
    write_user_file(tmp_path, {"format": 1, "latest_year": 2027, "regions": [hefei, beijing]})
    book = load_rule_book(tmp_path)
    assert book.latest_year == 2027
    assert rules_for(book, 2026, "合肥").region.key == "hefei"
    periods = book.region("北京").periods
    assert [p.valid_from.year for p in periods] == [2024, 2025, 2026, 2027]
    assert [p.pension.base_max for p in periods] == [35283, 35811, 40000, 41000]
    assert rules_for(book, 2027, "beijing").rule_year == 2027
    assert book.region("北京").name_en == "Beijing"


def test_without_a_user_file_the_shipped_rules_stand(tmp_path: Path) -> None:
    assert load_rule_book(tmp_path).latest_year == 2026


def test_a_user_file_replaces_a_tax_version(tmp_path: Path) -> None:
    version = copy.deepcopy(shipped("tax.json")["tax"]["basic_deduction"][0])
    version["valid_from"], version["monthly"] = "2027-01-01", 6000
    write_user_file(tmp_path, {"format": 1, "tax": {"basic_deduction": [version]}})
    book = load_rule_book(tmp_path)
    assert book.tax_rules(2026).basic_deduction_monthly == 5000
    assert book.tax_rules(2027).basic_deduction_monthly == 6000


def broken(change: str) -> dict[str, Any]:
    period = beijing_period("2027-07-01", 41000)
    region: dict[str, Any] = {"key": "beijing", "periods": [period]}
    data: dict[str, Any] = {"format": 1, "regions": [region]}
    if change == "rate":
        period["social_insurance"]["pension"]["rate"] = 1.5
    elif change == "overlap":
        period["valid_from"], period["valid_to"] = "2025-08-01", "2025-09-01"
        older = beijing_period("2025-07-01", 41000)
        older["valid_to"] = "2025-12-31"
        region["periods"].append(older)
    elif change == "sources":
        period["housing_fund"]["sources"] = []
    elif change == "url":
        period["housing_fund"]["sources"][0]["url"] = "file:///etc/passwd"
    elif change == "confidence":
        period["housing_fund"]["confidence"] = "sure"
    elif change == "bounds":
        period["social_insurance"]["medical"]["base_min"] = 50000
    elif change == "missing line":
        del period["social_insurance"]["unemployment"]
    elif change == "default rate":
        period["housing_fund"]["default_rate"] = 0.2
    elif change == "new city without names":
        region["key"] = "lhasa"
    elif change == "jumping table":
        version = copy.deepcopy(shipped("tax.json")["tax"]["annual_table"][0])
        version["valid_from"] = "2030-01-01"
        version["brackets"][1]["quick_deduction"] = 2500
        data = {"format": 1, "tax": {"annual_table": [version]}}
    elif change == "format":
        data["format"] = 2
    elif change == "unknown key":
        data["cities"] = []
    elif change == "date":
        period["valid_from"] = "July 2027"
    elif change == "reversed dates":
        period["valid_to"] = "2027-01-01"
    elif change == "unknown default tier":
        social = period["social_insurance"]
        tier = dict(social["medical"], name_zh="一档", name_en="tier 1")
        social["medical_tiers"] = {"1": tier}
        social["default_medical_tier"] = "2"
    return data


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("rate", RulesProblem.INVALID),
        ("overlap", RulesProblem.INCONSISTENT),
        ("sources", RulesProblem.INVALID),
        ("url", RulesProblem.INVALID),
        ("confidence", RulesProblem.INVALID),
        ("bounds", RulesProblem.INCONSISTENT),
        ("missing line", RulesProblem.MISSING),
        ("default rate", RulesProblem.INCONSISTENT),
        ("new city without names", RulesProblem.MISSING),
        ("jumping table", RulesProblem.INCONSISTENT),
        ("format", RulesProblem.WRONG_FORMAT),
        ("unknown key", RulesProblem.INVALID),
        ("date", RulesProblem.INVALID),
        ("reversed dates", RulesProblem.INCONSISTENT),
        ("unknown default tier", RulesProblem.INCONSISTENT),
    ],
)
def test_a_broken_user_file_is_refused_naming_where(
    tmp_path: Path, change: str, problem: RulesProblem
) -> None:
    write_user_file(tmp_path, broken(change))
    with pytest.raises(PayRulesError) as caught:
        load_rule_book(tmp_path)
    assert caught.value.problem is problem
    assert caught.value.path == tmp_path / USER_FILE
    assert str(tmp_path / USER_FILE) in str(caught.value)


def test_a_user_file_that_is_not_json(tmp_path: Path) -> None:
    (tmp_path / USER_FILE).write_text("{ not json", encoding="utf-8")
    with pytest.raises(PayRulesError) as caught:
        load_rule_book(tmp_path)
    assert caught.value.problem is RulesProblem.NOT_JSON


def test_an_empty_rules_folder(tmp_path: Path) -> None:
    with pytest.raises(PayRulesError) as caught:
        load_rule_book(rules_dir=tmp_path)
    assert caught.value.problem is RulesProblem.MISSING
