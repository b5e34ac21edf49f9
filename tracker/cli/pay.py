"""``pivot pay``: the China take-home engine for one offer, from the command line.

Every figure is an estimate from published rules, not tax advice. Bad flags end with one line on
stderr and status 2. All the words the verb prints are in `TEXT` and `COLUMNS`, in one place.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeVar

from tracker.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, fail, say

if TYPE_CHECKING:
    from tracker.domain.pay import BaseChoice, PayInputError, PayNotice, PayRules
    from tracker.paths import AppPaths

T = TypeVar("T")

TEXT: dict[str, str] = {
    "help": "China take-home pay for one offer: tax, social insurance, housing fund",
    "description": "Estimate a year of pay in China after individual income tax and 五险一金. "
    "Figures are estimates from published rules, not tax advice.",
    "disclaimer": "An estimate from published rules, not tax advice; the 个人所得税 App has the "
    "final figures.",
    "settlement_meaning": "settlement = tax withheld − annual tax: positive is a refund at the "
    "annual settlement, negative an amount due",
    "h_monthly": "gross monthly wage (月薪), e.g. 25000 or 25k",
    "h_months": "months paid a year (薪数, default 12); months beyond 12 are the annual bonus",
    "h_bonus": "an annual bonus amount, added to the bonus",
    "h_bonus_method": "auto (the cheaper; default), separate or merged",
    "h_city": "a city by its Chinese name or pinyin: 北京, 上海, 杭州, 深圳, 广州, 成都, 南京, "
    "苏州, 武汉, 西安, 天津, 重庆 (default: national rates and a national default cap)",
    "h_year": "tax year (default: this year)",
    "h_si_base": "social-insurance base (default: the wage within the city's bounds)",
    "h_hf_base": "housing-fund base (default: the wage within the city's bounds)",
    "h_hf_rate": "housing-fund rate each side, 0.12 or 12%% (default: the city's usual; 0: none)",
    "h_no_si": "no social insurance nor housing fund (--hf-rate or --hf-base keep the fund)",
    "h_deductions": "special additional deductions a month (专项附加扣除)",
    "h_start_month": "first month employed this year (default 1)",
    "h_first_job": "first job of the year: the basic deduction counts the months since January, "
    "the special additional deductions every month since --deductions-from-month",
    "h_deductions_from_month": "the month you became eligible for the special additional "
    "deductions this year (default 1)",
    "h_medical_tier": "in a city with medical tiers (深圳): 1 for 一档 (深户), 2 for 二档 (the "
    "usual for others, the default)",
    "h_bonus_proration": "with --start-month after January: the extra months (N薪) prorated by "
    "months employed (prorated, the default) or paid in full (full)",
    "h_labour": "one labour-remuneration payment (劳务报酬, e.g. an internship) instead of wages",
    "h_json": "print JSON",
    "h_data_dir": "also read DIR/pay_rules.json, your own cities and years",
    "e_not_a_number": "pay: {flag} needs a number",
    "e_negative": "pay: {flag} must not be negative",
    "e_too_large": "pay: {flag} is too large",
    "e_out_of_range": "pay: {flag} must be between {low} and {high}",
    "e_unknown_city": "pay: unknown city {city!r}; known: {known}",
    "e_year_not_covered": "pay: --year must be {low} or later",
    "e_conflict": "pay: {flag} cannot be used with {other}",
    "e_method_unavailable": "pay: separate taxation of the annual bonus is not available in {year}",
    "e_needs_income": "pay: give --monthly N (a monthly wage) or --labour N (one payment)",
    "e_bad_method": "pay: --bonus-method must be auto, separate or merged",
    "e_no_medical_tiers": "pay: --medical-tier is for a city whose medical insurance has tiers "
    "(深圳); this one has a single rate",
    "e_bad_proration": "pay: --bonus-proration must be prorated or full",
    "e_rules": "pay: the pay rules cannot be used: {error}",
    "e_contributions_exceed_pay": "pay: with {flag} the contributions would take more than the "
    "monthly wage; give the base the employer declares (usually last year's average wage)",
    "n_year_beyond_rules": "{year} is after the latest rules known ({rule_year}); the latest "
    "figures are used",
    "n_city_figures_out_of_period": "no city figures cover months {months}; those from {start} "
    "are used",
    "n_city_figures_not_yet_known": "bounds of {start_month} used for {year_months}: newer figures "
    "not yet known",
    "n_national_default_bounds": "no city given: the bases are capped at a national default (3 "
    "times the national average wage); give --city for the city's real bounds",
    "n_social_insurance_base_clamped": "the social-insurance base {amount} is outside the city's "
    "bounds for {year_months}: {lower} is used, as the rule requires",
    "n_housing_fund_base_clamped": "the housing-fund base {amount} is outside the city's bounds "
    "for {year_months}: {lower} is used, as the rule requires",
    "n_third_party_figures": "some figures for {city} come from third-party sources, not official "
    "notices",
    "n_bonus_trap_zone": "the bonus of {amount} sits in a trap zone: a bonus of {lower} would "
    "leave more after tax (the zone ends at {upper})",
    "n_bonus_separate_unavailable": "separate taxation of the annual bonus is not available this "
    "year; the bonus is merged",
    "n_housing_fund_over_cap": "{amount} of the housing fund is above the deductible cap and taxed",
    "n_housing_fund_rate_below_minimum": "the housing-fund rate {rate} is below the city's "
    "minimum {minimum}",
    "n_bonus_prorated": "the extra months ({amount}) are prorated by the {employed} months "
    "employed this year: {lower} is paid (--bonus-proration full if the letter promises all)",
    "n_bonus_paid_in_full": "the extra months ({amount}) are paid in full although only "
    "{employed} months are employed this year, as --bonus-proration full says",
    "n_deductions_by_eligible_months": "first job of the year: the special additional deductions "
    "of {amount} a month count for the {employed} months since month {start}, the months of "
    "eligibility, not only the months employed (read from 国家税务总局公告2018年第60号: what "
    "the employer does not deduct is claimed back at the annual settlement)",
    "n_medical_tier": "medical insurance at {tier_name} ({tier_rate} employee){default}",
    "n_medical_tier_default": ", the city's default; --medical-tier chooses another",
    "n_assumed_figures": "no source gives some figures of {lines}: they are assumptions, "
    "named in the rules file",
    "n_labour_settlement": "labour remuneration is squared at the annual settlement, where 80 % "
    "of it joins comprehensive income: {amount} (positive: a refund)",
    "title": "Pay estimate for {year} (rules of {rule_year}), {place}. {disclaimer}",
    "national": "national default rates and bounds (no city given)",
    "total": "Total",
    "bonus_line": "Annual bonus {amount}, taxed {method}: {tax}",
    "separate": "separately",
    "merged": "merged into comprehensive income",
    "labour_line": "Labour payment {amount}: tax withheld {tax}, received {net}",
    "tax_line": "Tax withheld {withheld}; annual tax {annual}; settlement {settlement} "
    "(positive: a refund)",
    "cash_line": "Take-home {cash}; after settlement {after}",
    "fund_line": "; with both sides' housing fund {with_fund}",
    "note": "Note: {text}",
}
COLUMNS = ("Month", "Gross", "Social ins.", "Housing fund", "Tax", "Take-home")
ROW_KEYS = ("gross", "social_insurance", "housing_fund", "iit", "take_home")
TOTAL_KEYS = ("gross_total", "social_insurance_total", "housing_fund_total", "iit_total")

# The options that take a value; each flag is its name with dashes (``--start-month``).
VALUE_OPTIONS = (
    "monthly", "months", "bonus", "bonus_method", "city", "year", "si_base", "hf_base",
    "hf_rate", "deductions", "deductions_from_month", "start_month", "bonus_proration",
    "medical_tier", "labour",
)  # fmt: skip
METAVARS = {
    "bonus_method": "METHOD", "city": "NAME", "year": "YYYY", "hf_rate": "R", "start_month": "M",
    "deductions_from_month": "M", "bonus_proration": "HOW", "medical_tier": "TIER",
}  # fmt: skip
# What describes wages, and so cannot go with one labour payment.
WAGE_ONLY = (
    "monthly", "months", "bonus", "bonus_method", "si_base", "hf_base", "hf_rate",
    "start_month", "first_job_this_year", "no_social_insurance", "bonus_proration",
    "deductions_from_month", "medical_tier",
)  # fmt: skip
YEAR_TOTALS = (
    "gross_total", "pension_total", "medical_total", "unemployment_total",
    "social_insurance_total", "housing_fund_total", "housing_fund_employer_total",
    "housing_fund_taxed", "iit_wages", "bonus_tax",
)  # fmt: skip
WIDTHS = (13, 12, 12, 11, 13)
UNITS = {"k": Decimal(1000), "w": Decimal(10000), "万": Decimal(10000)}


class _UsageError(Exception):
    """A flag problem, already worded."""


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def add_pay_parser(subparsers: argparse._SubParsersAction[Any]) -> argparse.ArgumentParser:
    """Add the ``pay`` verb and its flags to the command line's verbs."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "pay", help=TEXT["help"], description=TEXT["description"]
    )
    for name in VALUE_OPTIONS:
        metavar = METAVARS.get(name, "N")
        parser.add_argument(_flag(name), dest=name, metavar=metavar, help=TEXT[f"h_{name}"])
    parser.add_argument("--no-social-insurance", action="store_true", help=TEXT["h_no_si"])
    parser.add_argument("--first-job-this-year", action="store_true", help=TEXT["h_first_job"])
    parser.add_argument("--json", action="store_true", help=TEXT["h_json"])
    parser.add_argument(
        "--data-dir", type=str, metavar="DIR", default=argparse.SUPPRESS, help=TEXT["h_data_dir"]
    )
    return parser


# ---------------------------------------------------------------- reading the flags


def _number(args: argparse.Namespace, name: str) -> Decimal | None:
    """The flag's value as a number; ``25k`` and ``2.5万`` are read too."""
    text = getattr(args, name)
    if text is None:
        return None
    compact = text.strip().replace(",", "").replace("_", "").lower()
    scale = Decimal(1)
    if compact[-1:] in UNITS:
        scale, compact = UNITS[compact[-1]], compact[:-1]
    try:
        value = Decimal(compact) * scale
    except InvalidOperation:
        raise _UsageError(TEXT["e_not_a_number"].format(flag=_flag(name))) from None
    if not value.is_finite():
        raise _UsageError(TEXT["e_not_a_number"].format(flag=_flag(name)))
    return value


def _rate(args: argparse.Namespace) -> Decimal | None:
    """The housing-fund rate, given as 0.12 or 12%."""
    text = args.hf_rate
    if text is None:
        return None
    value = _number(argparse.Namespace(hf_rate=text.strip().removesuffix("%")), "hf_rate")
    return None if value is None else value / 100 if text.strip().endswith("%") else value


def _whole(args: argparse.Namespace, name: str, low: int, high: int) -> int | None:
    value = _number(args, name)
    if value is None:
        return None
    if value != value.to_integral_value() or not low <= value <= high:
        raise _UsageError(TEXT["e_out_of_range"].format(flag=_flag(name), low=low, high=high))
    return int(value)


def _or(value: T | None, default: T) -> T:
    return default if value is None else value


def _check_combination(args: argparse.Namespace) -> None:
    def given(name: str) -> bool:
        return getattr(args, name) not in (None, False)

    if given("labour"):
        for name in WAGE_ONLY:
            if given(name):
                raise _UsageError(TEXT["e_conflict"].format(flag=_flag(name), other="--labour"))
    elif not given("monthly"):
        raise _UsageError(TEXT["e_needs_income"])
    if given("no_social_insurance") and given("si_base"):
        other = "--no-social-insurance"
        raise _UsageError(TEXT["e_conflict"].format(flag="--si-base", other=other))


def _input_message(error: PayInputError, args: argparse.Namespace, year: int) -> str:
    """One line for an input the engine refused."""
    flag = _flag(error.field)
    code = error.code.value
    if code == "unknown_city":
        return TEXT["e_unknown_city"].format(city=args.city, known=", ".join(error.allowed))
    if error.field == "medical_tier" and not error.allowed:
        return TEXT["e_no_medical_tiers"]
    if code == "out_of_range" and len(error.allowed) == 2:
        low, high = error.allowed
        return TEXT["e_out_of_range"].format(flag=flag, low=low, high=high)
    if code == "year_not_covered":
        return TEXT["e_year_not_covered"].format(low=error.allowed[0])
    if code == "method_unavailable":
        return TEXT["e_method_unavailable"].format(year=year)
    if code == "conflict":
        return TEXT["e_conflict"].format(flag=flag, other="--start-month")
    return TEXT[f"e_{code}"].format(flag=flag)


def _base(*, enabled: bool, amount: Decimal | None) -> BaseChoice:
    from tracker.domain.enums import ContributionBase
    from tracker.domain.pay import BaseChoice

    policy = ContributionBase.FULL_SALARY if amount is None else ContributionBase.CUSTOM
    return BaseChoice(enabled=enabled, policy=policy, amount=amount)


# ---------------------------------------------------------------- JSON


def _money(value: Decimal | None) -> float | None:
    from tracker.domain.pay import cents

    return None if value is None else float(cents(value))


def _notice(notice: PayNotice, place: str, year: int) -> dict[str, Any]:
    def shown(value: Decimal | None) -> str:
        return "" if value is None else f"{_money(value):,.2f}"

    text = TEXT[f"n_{notice.code.value}"].format(
        year=notice.year,
        rule_year=notice.rule_year,
        city=place,
        start=notice.text,
        months=", ".join(str(m) for m in notice.months),
        year_months=_month_span(year, notice.months),
        start_month=notice.text[:7],
        employed=notice.months[0] if notice.months else "",
        tier_name=" / ".join(notice.names),
        tier_rate="" if notice.upper is None else f"{float(notice.upper) * 100:g} %",
        default=TEXT["n_medical_tier_default"] if notice.by_default else "",
        lines=", ".join(name.replace("_", " ") for name in notice.names),
        amount=shown(notice.amount),
        lower=shown(notice.lower),
        upper=shown(notice.upper),
        rate=notice.amount,
        minimum=notice.lower,
    )
    extra = {key: _money(getattr(notice, key)) for key in ("amount", "lower", "upper")}
    return {"code": notice.code.value, "message": text} | {
        key: value for key, value in extra.items() if value is not None
    }


def _month_span(year: int, months: tuple[int, ...]) -> str:
    """'2026-09' for one month, '2026-07 to 2026-12' for a run of them."""
    if not months:
        return str(year)
    first, last = f"{year}-{months[0]:02}", f"{year}-{months[-1]:02}"
    return first if first == last else f"{first} to {last}"


def _place(rules: PayRules) -> str:
    region = rules.region
    return TEXT["national"] if region.key == "national" else f"{region.name_zh} {region.name_en}"


def _header(rules: PayRules, notices: tuple[PayNotice, ...]) -> dict[str, Any]:
    national = rules.region.key == "national"
    weakest = max((period.confidence for period in rules.months), key=lambda mark: mark.rank)
    return {
        "estimate": True,
        "disclaimer": TEXT["disclaimer"],
        "currency": "CNY",
        "year": rules.year,
        "rule_year": rules.rule_year,
        "city": None if national else rules.region.key,
        "city_name": None if national else rules.region.name_zh,
        "city_figures_confidence": None if national else weakest.value,
        "settlement_meaning": TEXT["settlement_meaning"],
        "warnings": [_notice(notice, _place(rules), rules.year) for notice in notices],
    }


def _wages_json(pay: Any, rules: PayRules) -> dict[str, Any]:
    from tracker.domain.pay import compute_year

    result = compute_year(pay, rules)
    bonus, trap, money = result.bonus, result.bonus.trap_zone, _money
    return _header(rules, result.notices) | {
        "kind": "wages",
        **{name: money(getattr(result, name)) for name in YEAR_TOTALS},
        "bonus_total": money(bonus.amount),
        "bonus_method_used": bonus.taxation.value,
        "iit_total": money(result.iit_total),
        "iit_annual": money(result.iit_annual),
        "settlement": money(result.settlement),
        "take_home_total": money(result.take_home_total),
        "take_home_after_settlement": money(result.take_home_after_settlement),
        "cash_plus_housing_fund": money(result.cash_plus_housing_fund),
        "bonus": {
            "amount": money(bonus.amount),
            "separate_tax": money(bonus.separate_tax),
            "liability_separate": money(bonus.liability_separate),
            "liability_merged": money(bonus.liability_merged),
            "trap_zone": trap and {"edge": money(trap.edge), "upper": money(trap.upper)},
        },
        "months": [
            {
                "month": line.month,
                **{key: money(getattr(line, key)) for key in ("gross", "wage", "bonus")},
                **{
                    key: money(getattr(line.contributions, key))
                    for key in ("si_base", "pension", "medical", "unemployment")
                },
                "social_insurance": money(line.social_insurance),
                "hf_base": money(line.contributions.hf_base),
                "housing_fund": money(line.housing_fund),
                "housing_fund_employer": money(line.contributions.housing_fund_employer),
                **{key: money(getattr(line, key)) for key in ("iit", "bonus_tax", "take_home")},
            }
            for line in result.months
        ],
    }


def _labour_json(amount: Decimal, deductions: Decimal, rules: PayRules) -> dict[str, Any]:
    from tracker.domain.pay import compute_labour

    result = compute_labour([amount], rules, monthly_deductions=deductions)
    payment, money = result.payments[0], _money
    zero = 0.0
    return _header(rules, result.notices) | {
        "kind": "labour",
        "gross_total": money(result.gross_total),
        "social_insurance_total": zero,
        "housing_fund_total": zero,
        "iit_wages": zero,
        "bonus_tax": zero,
        "bonus_method_used": "none",
        "labour_tax": money(result.tax_withheld),
        "labour_net": money(result.net_total),
        "labour": {
            "expenses": money(payment.expenses),
            "taxable": money(payment.taxable),
            "rate": float(payment.rate),
            "quick_deduction": money(payment.quick_deduction),
            "income_counted_at_settlement": money(result.income_counted),
        },
        "iit_total": money(result.tax_withheld),
        "iit_annual": money(result.iit_annual),
        "settlement": money(result.settlement),
        "take_home_total": money(result.net_total),
        "take_home_after_settlement": money(result.net_after_settlement),
        "months": [],
    }


# ---------------------------------------------------------------- the table


def _row(first: object, values: list[Any]) -> str:
    cells = (f"{value:,.2f}" if isinstance(value, float) else str(value) for value in values)
    return f"{first!s:>5} " + " ".join(f"{c:>{w}}" for c, w in zip(cells, WIDTHS, strict=True))


def _print(data: dict[str, Any], place: str) -> None:
    def shown(key: str) -> str:
        return f"{data[key]:,.2f}"

    say(TEXT["title"].format(place=place, **data))
    if data["kind"] == "labour":
        say(
            TEXT["labour_line"].format(
                amount=shown("gross_total"), tax=shown("labour_tax"), net=shown("labour_net")
            )
        )
    else:
        say(_row(COLUMNS[0], list(COLUMNS[1:])))
        for line in data["months"]:
            say(_row(line["month"], [line[key] for key in ROW_KEYS]))
        totals = [data[key] for key in (*TOTAL_KEYS, "take_home_total")]
        say(_row(TEXT["total"], totals))
        if data["bonus_method_used"] != "none":
            say(
                TEXT["bonus_line"].format(
                    amount=shown("bonus_total"),
                    method=TEXT[data["bonus_method_used"]],
                    tax=shown("bonus_tax"),
                )
            )
    say(
        TEXT["tax_line"].format(
            withheld=shown("iit_total"),
            annual=shown("iit_annual"),
            settlement=f"{data['settlement']:+,.2f}",
        )
    )
    cash = TEXT["cash_line"].format(
        cash=shown("take_home_total"), after=shown("take_home_after_settlement")
    )
    if data["kind"] == "wages":
        cash += TEXT["fund_line"].format(with_fund=shown("cash_plus_housing_fund"))
    say(cash)
    for warning in data["warnings"]:
        say(TEXT["note"].format(text=warning["message"]))


# ---------------------------------------------------------------- the verb


def run_pay(args: argparse.Namespace, paths: AppPaths) -> int:
    """Compute and print the year `args` describe; 2 and one line on stderr for bad flags."""
    from tracker.domain.pay import BonusMethod, BonusProration, PayInput, PayInputError
    from tracker.services.pay_rules import PayRulesError, load_rule_book, rules_for

    year = date.today().year
    try:
        _check_combination(args)
        year = _or(_whole(args, "year", 1900, 2100), year)
        try:
            method = BonusMethod((args.bonus_method or "auto").strip().lower())
        except ValueError:
            raise _UsageError(TEXT["e_bad_method"]) from None
        try:
            proration = BonusProration((args.bonus_proration or "prorated").strip().lower())
        except ValueError:
            raise _UsageError(TEXT["e_bad_proration"]) from None
        rules = rules_for(load_rule_book(paths.data_dir), year, args.city)
        deductions = _or(_number(args, "deductions"), Decimal(0))
        if args.labour is not None:
            data = _labour_json(_or(_number(args, "labour"), Decimal(0)), deductions, rules)
        else:
            hf_rate, hf_base = _rate(args), _number(args, "hf_base")
            no_si = args.no_social_insurance
            pay = PayInput(
                monthly=_or(_number(args, "monthly"), Decimal(0)),
                months_paid=_or(_number(args, "months"), Decimal(12)),
                bonus=_or(_number(args, "bonus"), Decimal(0)),
                bonus_method=method,
                start_month=_or(_whole(args, "start_month", 1, 12), 1),
                first_job_this_year=args.first_job_this_year,
                deductions_from_month=_or(_whole(args, "deductions_from_month", 1, 12), 1),
                bonus_proration=proration,
                medical_tier=(args.medical_tier or "").strip() or None,
                social_insurance=_base(enabled=not no_si, amount=_number(args, "si_base")),
                housing_fund=_base(
                    enabled=not no_si or hf_rate is not None or hf_base is not None,
                    amount=hf_base,
                ),
                housing_fund_rate=hf_rate,
                special_deductions=deductions,
            )
            data = _wages_json(pay, rules)
    except _UsageError as problem:
        return fail(str(problem), EXIT_USAGE)
    except PayInputError as error:
        return fail(_input_message(error, args, year), EXIT_USAGE)
    except PayRulesError as error:
        return fail(TEXT["e_rules"].format(error=error), EXIT_PROBLEM)
    try:
        if args.json:
            say(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            _print(data, _place(rules))
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (``| head``): not a failure
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK
