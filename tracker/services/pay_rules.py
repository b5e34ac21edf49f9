"""The pay rules as data: read ``resources/pay_rules/*.json`` (and a user's ``pay_rules.json``),
check them, and hand the domain its rule objects.

The format is described in ``resources/pay_rules/README.md``. A user file adds cities, periods and
rule versions, or replaces those with the same key or the same ``valid_from``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from tracker.domain.errors import PivotError
from tracker.domain.pay import (
    NATIONAL,
    Bracket,
    Confidence,
    ContributionItem,
    ContributionPeriod,
    DeductionItem,
    HousingFundRules,
    LabourWithholding,
    MedicalTier,
    PayRules,
    Provenance,
    Region,
    Rounding,
    RuleBook,
    Source,
    TaxTable,
    TaxVersions,
    Version,
    table_problem,
)
from tracker.paths import resources_dir

RULES_FOLDER = "pay_rules"
USER_FILE = "pay_rules.json"
FORMAT = 1
FIRST_YEAR, LAST_YEAR = 2019, 2100
TAX_ITEMS = (
    "annual_table",
    "basic_deduction",
    "special_deductions",
    "annual_bonus_separate",
    "labour_withholding",
    "housing_fund_deduction",
)
SI_ITEMS = ("pension", "medical", "unemployment")
# The format nests about eight levels (regions → periods → a line → its sources → one source);
# anything far deeper is refused before it is walked.
MAX_DEPTH = 32
ONE, ZERO = Decimal(1), Decimal(0)
T = TypeVar("T")
Raw = dict[str, Any]


class RulesProblem(StrEnum):
    UNREADABLE = "unreadable"
    NOT_JSON = "not_json"
    WRONG_FORMAT = "wrong_format"
    MISSING = "missing"
    INVALID = "invalid"
    INCONSISTENT = "inconsistent"
    TOO_DEEP = "too_deep"  # nested far beyond the format's shape


class PayRulesError(PivotError):
    """A rule file that cannot be used; `where` points into it (``regions[0].periods[1]...``)."""

    def __init__(self, problem: RulesProblem, path: Path, where: str = "") -> None:
        super().__init__(f"{path}: {where + ': ' if where else ''}{problem.value}")
        self.problem = problem
        self.path = path
        self.where = where


def shipped_rules_dir() -> Path:
    return resources_dir() / RULES_FOLDER


# ---------------------------------------------------------------- reading one file's values


class _Reader:
    """Reads typed values out of one file, naming the place of any fault."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: RulesProblem = RulesProblem.INVALID) -> PayRulesError:
        return PayRulesError(problem, self.path, where)

    def get(self, raw: Raw, key: str, where: str) -> Any:
        if key not in raw:
            raise self.fail(f"{where}.{key}", RulesProblem.MISSING)
        return raw[key]

    def obj(self, value: Any, where: str) -> Raw:
        if not isinstance(value, dict):
            raise self.fail(where)
        return value

    def items(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list) or not value:
            raise self.fail(where)
        return value

    def text(self, raw: Raw, key: str, where: str, *, optional: bool = False) -> str:
        value = raw.get(key, "") if optional else self.get(raw, key, where)
        if not isinstance(value, str) or not (optional or value.strip()):
            raise self.fail(f"{where}.{key}")
        return value

    def amount(
        self, raw: Raw, key: str, where: str, *, low: Decimal = ZERO, high: Decimal | None = None
    ) -> Decimal:
        """A number from `low` to `high`: JSON integers and decimals, never true/false or NaN."""
        value = self.get(raw, key, where)
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise self.fail(f"{where}.{key}")
        number = Decimal(value)
        if not number.is_finite() or number < low or (high is not None and number > high):
            raise self.fail(f"{where}.{key}")
        return number

    def bound(self, raw: Raw, key: str, where: str) -> Decimal | None:
        """A non-negative amount, or null for no bound."""
        return None if self.get(raw, key, where) is None else self.amount(raw, key, where)

    def day(self, raw: Raw, key: str, where: str) -> date:
        try:
            return date.fromisoformat(self.get(raw, key, where))
        except (TypeError, ValueError) as error:
            raise self.fail(f"{where}.{key}") from error

    def enum(self, kind: Callable[[str], T], raw: Raw, key: str, where: str) -> T:
        try:
            return kind(self.get(raw, key, where))
        except ValueError as error:
            raise self.fail(f"{where}.{key}") from error

    def provenance(self, raw: Raw, where: str) -> Provenance:
        sources: list[Source] = []
        for index, item in enumerate(self.items(self.get(raw, "sources", where), where)):
            place = f"{where}.sources[{index}]"
            source = self.obj(item, place)
            url = self.text(source, "url", place)
            if not url.startswith(("https://", "http://")):
                raise self.fail(f"{place}.url")
            sources.append(Source(self.text(source, "title", place), url))
        confidence = self.enum(Confidence, raw, "confidence", where)
        return Provenance(confidence, tuple(sources), self.text(raw, "note", where, optional=True))

    def dates(self, raw: Raw, where: str) -> tuple[date, date | None]:
        start = self.day(raw, "valid_from", where)
        end = None if self.get(raw, "valid_to", where) is None else self.day(raw, "valid_to", where)
        if end is not None and end < start:
            raise self.fail(f"{where}.valid_to", RulesProblem.INCONSISTENT)
        return start, end


# ---------------------------------------------------------------- the rules themselves


def _table(reader: _Reader, raw: Raw, where: str) -> TaxTable:
    brackets: list[Bracket] = []
    rows = reader.items(reader.get(raw, "brackets", where), f"{where}.brackets")
    for index, item in enumerate(rows):
        place = f"{where}.brackets[{index}]"
        row = reader.obj(item, place)
        brackets.append(
            Bracket(
                reader.bound(row, "up_to", place),
                reader.amount(row, "rate", place, high=ONE),
                reader.amount(row, "quick_deduction", place),
            )
        )
    problem = table_problem(TaxTable(tuple(brackets)))
    if problem is not None:
        raise reader.fail(f"{where}.brackets: {problem}", RulesProblem.INCONSISTENT)
    return TaxTable(tuple(brackets))


def _deductions(reader: _Reader, raw: Raw, where: str) -> tuple[DeductionItem, ...]:
    items: list[DeductionItem] = []
    for index, item in enumerate(reader.items(reader.get(raw, "items", where), where)):
        place = f"{where}.items[{index}]"
        row = reader.obj(item, place)
        per = reader.text(row, "per", place)
        if per not in ("month", "year"):
            raise reader.fail(f"{place}.per")
        if "confidence" in row:
            reader.enum(Confidence, row, "confidence", place)
        items.append(
            DeductionItem(
                reader.text(row, "key", place),
                reader.amount(row, "amount", place),
                per,
                reader.text(row, "note", place, optional=True),
            )
        )
    return tuple(items)


def _labour(reader: _Reader, raw: Raw, where: str) -> LabourWithholding:
    return LabourWithholding(
        small_payment_limit=reader.amount(raw, "small_payment_limit", where),
        fixed_expense=reader.amount(raw, "fixed_expense", where),
        expense_rate=reader.amount(raw, "expense_rate", where, high=ONE),
        table=_table(reader, raw, where),
        income_share=reader.amount(raw, "income_share", where, high=ONE),
    )


def _tax_value(reader: _Reader, item: str, raw: Raw, where: str) -> Any:
    if item == "annual_table":
        return _table(reader, raw, where)
    if item == "basic_deduction":
        return reader.amount(raw, "monthly", where, low=ONE)
    if item == "special_deductions":
        return _deductions(reader, raw, where)
    if item == "labour_withholding":
        return _labour(reader, raw, where)
    if item == "housing_fund_deduction":
        return reader.amount(raw, "rate_cap", where, low=Decimal("0.01"), high=ONE)
    return None  # annual_bonus_separate: its dates are the rule


def _contribution(reader: _Reader, raw: Raw, where: str) -> ContributionItem:
    low = reader.bound(raw, "base_min", where)
    high = reader.bound(raw, "base_max", where)
    if low is not None and high is not None and low > high:
        raise reader.fail(f"{where}.base_min", RulesProblem.INCONSISTENT)
    return ContributionItem(
        rate=reader.amount(raw, "rate", where, high=ONE),
        fixed=reader.amount(raw, "fixed", where),
        base_min=low,
        base_max=high,
        rounding=reader.enum(Rounding, raw, "rounding", where),
        provenance=reader.provenance(raw, where),
    )


def _housing_fund(reader: _Reader, raw: Raw, where: str) -> HousingFundRules:
    low = reader.bound(raw, "base_min", where)
    high = reader.bound(raw, "base_max", where)
    if low is not None and high is not None and low > high:
        raise reader.fail(f"{where}.base_min", RulesProblem.INCONSISTENT)
    rules = HousingFundRules(
        rate_min=reader.amount(raw, "rate_min", where, high=ONE),
        rate_max=reader.amount(raw, "rate_max", where, high=ONE),
        supplementary_rate_max=reader.amount(raw, "supplementary_rate_max", where, high=ONE),
        default_rate=reader.amount(raw, "default_rate", where, high=ONE),
        base_min=low,
        base_max=high,
        rounding=reader.enum(Rounding, raw, "rounding", where),
        provenance=reader.provenance(raw, where),
        tax_free_base_max=reader.bound(raw, "tax_free_base_max", where)
        if "tax_free_base_max" in raw
        else None,
    )
    if not rules.rate_min <= rules.rate_max or not (
        rules.rate_min <= rules.default_rate <= rules.highest_rate
    ):
        raise reader.fail(f"{where}.default_rate", RulesProblem.INCONSISTENT)
    return rules


def _period(reader: _Reader, raw: Raw, where: str) -> ContributionPeriod:
    start, end = reader.dates(raw, where)
    social = reader.obj(reader.get(raw, "social_insurance", where), f"{where}.social_insurance")
    items = {
        name: _contribution(
            reader,
            reader.obj(reader.get(social, name, f"{where}.social_insurance"), name),
            f"{where}.social_insurance.{name}",
        )
        for name in SI_ITEMS
    }
    fund = reader.obj(reader.get(raw, "housing_fund", where), f"{where}.housing_fund")
    tiers, default = _medical_tiers(reader, social, f"{where}.social_insurance")
    return ContributionPeriod(
        valid_from=start,
        valid_to=end,
        pension=items["pension"],
        medical=items["medical"] if not tiers else _tier(tiers, default).item,
        unemployment=items["unemployment"],
        housing_fund=_housing_fund(reader, fund, f"{where}.housing_fund"),
        medical_tiers=tiers,
        default_medical_tier=default,
    )


def _medical_tiers(reader: _Reader, social: Raw, where: str) -> tuple[tuple[MedicalTier, ...], str]:
    """A city's medical tiers (optional): ``medical_tiers`` maps a key to a line with its
    ``name_zh`` and ``name_en``; ``default_medical_tier`` names the one used when none is
    chosen, which must also be the ``medical`` line."""
    if "medical_tiers" not in social:
        return (), ""
    place = f"{where}.medical_tiers"
    raw_tiers = reader.obj(reader.get(social, "medical_tiers", where), place)
    tiers = tuple(
        MedicalTier(
            key=str(key),
            name_zh=reader.text(reader.obj(line, f"{place}.{key}"), "name_zh", f"{place}.{key}"),
            name_en=reader.text(reader.obj(line, f"{place}.{key}"), "name_en", f"{place}.{key}"),
            item=_contribution(reader, reader.obj(line, f"{place}.{key}"), f"{place}.{key}"),
        )
        for key, line in raw_tiers.items()
    )
    default = reader.text(social, "default_medical_tier", where)
    if not tiers or default not in {tier.key for tier in tiers}:
        raise reader.fail(f"{where}.default_medical_tier", RulesProblem.INCONSISTENT)
    return tiers, default


def _tier(tiers: tuple[MedicalTier, ...], key: str) -> MedicalTier:
    return next(tier for tier in tiers if tier.key == key)


# ---------------------------------------------------------------- files and merging


def _within_depth(raw: Any, limit: int) -> bool:
    """Whether no list or object of ``raw`` lies deeper than ``limit`` (walked without
    recursion)."""
    pending: list[tuple[Any, int]] = [(raw, 1)]
    while pending:
        value, depth = pending.pop()
        children = value.values() if isinstance(value, dict) else value
        if isinstance(value, dict | list):
            if depth > limit:
                return False
            pending.extend((child, depth + 1) for child in children)
    return True


class _Draft:
    """The rules gathered so far, keyed so that a later file can replace or add."""

    def __init__(self) -> None:
        self.latest_year: int | None = None
        self.tax: dict[str, dict[date, tuple[Version[Any], Path]]] = {k: {} for k in TAX_ITEMS}
        self.regions: dict[str, Raw] = {}
        self.periods: dict[str, dict[date, tuple[ContributionPeriod, Path]]] = {}

    def add_file(self, path: Path) -> None:
        reader = _Reader(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise reader.fail("", RulesProblem.UNREADABLE) from error
        try:
            raw = json.loads(text, parse_float=Decimal)
        except json.JSONDecodeError as error:
            raise reader.fail(f"line {error.lineno}", RulesProblem.NOT_JSON) from error
        except RecursionError as error:
            raise reader.fail("", RulesProblem.TOO_DEEP) from error
        if not _within_depth(raw, MAX_DEPTH):
            raise reader.fail("", RulesProblem.TOO_DEEP)
        top = reader.obj(raw, "")
        if top.get("format") != FORMAT:
            raise reader.fail("format", RulesProblem.WRONG_FORMAT)
        unknown = set(top) - {"format", "latest_year", "tax", "regions", "note"}
        if unknown:
            raise reader.fail(sorted(unknown)[0])
        if "latest_year" in top:
            year = top["latest_year"]
            if isinstance(year, bool) or not isinstance(year, int):
                raise reader.fail("latest_year")
            if not FIRST_YEAR <= year <= LAST_YEAR:
                raise reader.fail("latest_year")
            self.latest_year = year
        if "tax" in top:
            self._add_tax(reader, reader.obj(top["tax"], "tax"))
        if "regions" in top:
            for index, item in enumerate(reader.items(top["regions"], "regions")):
                self._add_region(reader, reader.obj(item, f"regions[{index}]"), f"regions[{index}]")

    def _add_tax(self, reader: _Reader, tax: Raw) -> None:
        for item, versions in tax.items():
            if item not in TAX_ITEMS:
                raise reader.fail(f"tax.{item}")
            for index, entry in enumerate(reader.items(versions, f"tax.{item}")):
                where = f"tax.{item}[{index}]"
                raw = reader.obj(entry, where)
                start, end = reader.dates(raw, where)
                value = _tax_value(reader, item, raw, where)
                version = Version(start, end, value, reader.provenance(raw, where))
                self.tax[item][start] = (version, reader.path)

    def _add_region(self, reader: _Reader, raw: Raw, where: str) -> None:
        key = reader.text(raw, "key", where).strip().lower()
        if not key.isascii() or not key.replace("_", "").isalnum():
            raise reader.fail(f"{where}.key")
        known = self.regions.setdefault(key, {"key": key, "aliases": []})
        for name in ("name_zh", "name_en"):
            if name in raw or name not in known:
                known[name] = reader.text(raw, name, where)
        aliases = raw.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise reader.fail(f"{where}.aliases")
        known["aliases"] = [*known["aliases"], *(a for a in aliases if a not in known["aliases"])]
        periods = self.periods.setdefault(key, {})
        for index, entry in enumerate(reader.items(reader.get(raw, "periods", where), where)):
            place = f"{where}.periods[{index}]"
            period = _period(reader, reader.obj(entry, place), place)
            periods[period.valid_from] = (period, reader.path)

    def book(self) -> RuleBook:
        tax = {item: self._ordered(item, self.tax[item]) for item in TAX_ITEMS}
        regions = [self._region(key) for key in self.regions]
        regions.sort(key=lambda region: (region.key != NATIONAL, region.key))
        if not regions or regions[0].key != NATIONAL:
            raise PayRulesError(RulesProblem.MISSING, shipped_rules_dir(), "regions.national")
        if self.latest_year is None:
            raise PayRulesError(RulesProblem.MISSING, shipped_rules_dir(), "latest_year")
        return RuleBook(
            latest_year=self.latest_year,
            tax=TaxVersions(
                annual_table=tax["annual_table"],
                basic_deduction=tax["basic_deduction"],
                special_deductions=tax["special_deductions"],
                annual_bonus_separate=tax["annual_bonus_separate"],
                labour_withholding=tax["labour_withholding"],
                housing_fund_deduction=tax["housing_fund_deduction"],
            ),
            regions=tuple(regions),
        )

    def _ordered(
        self, item: str, versions: dict[date, tuple[Version[Any], Path]]
    ) -> tuple[Version[Any], ...]:
        if not versions:
            raise PayRulesError(RulesProblem.MISSING, shipped_rules_dir(), f"tax.{item}")
        ordered = [versions[start] for start in sorted(versions)]
        _check_sequence(((v.valid_from, v.valid_to, path) for v, path in ordered), f"tax.{item}")
        return tuple(version for version, _ in ordered)

    def _region(self, key: str) -> Region:
        raw = self.regions[key]
        periods = self.periods.get(key, {})
        ordered = [periods[start] for start in sorted(periods)]
        _check_sequence(((p.valid_from, p.valid_to, path) for p, path in ordered), key)
        return Region(
            key=key,
            name_zh=raw["name_zh"],
            name_en=raw["name_en"],
            aliases=tuple(raw["aliases"]),
            periods=tuple(period for period, _ in ordered),
        )


def _check_sequence(spans: Iterable[tuple[date, date | None, Path]], where: str) -> None:
    """Versions may leave gaps but never overlap; an open end lasts until the next start."""
    previous_end: date | None = None
    for index, (start, end, path) in enumerate(spans):
        if index and previous_end is not None and start <= previous_end:
            raise PayRulesError(RulesProblem.INCONSISTENT, path, f"{where}: {start} overlaps")
        previous_end = end


def load_rule_book(user_dir: Path | None = None, *, rules_dir: Path | None = None) -> RuleBook:
    """Every rule file in `rules_dir` (the shipped ones by default), then `user_dir`/pay_rules.json
    if it exists, as one checked rule book.

    Raises:
        PayRulesError: A file cannot be read, is not JSON, or breaks the format; it says where.
    """
    folder = shipped_rules_dir() if rules_dir is None else rules_dir
    draft = _Draft()
    files = sorted(folder.glob("*.json"))
    if not files:
        raise PayRulesError(RulesProblem.MISSING, folder)
    for path in files:
        draft.add_file(path)
    if user_dir is not None and (user_dir / USER_FILE).is_file():
        draft.add_file(user_dir / USER_FILE)
    return draft.book()


def rules_for(book: RuleBook, year: int, city: str | None = None) -> PayRules:
    """The rules for tax `year` in `city` (a Chinese name or pinyin; None for the national
    default). A year after the book's latest is computed with the latest rules, and says so.

    Raises:
        PayInputError: UNKNOWN_CITY with the known ones, or a year before the current tax law.
    """
    return book.rules_for(year, city)
