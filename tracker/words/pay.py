"""What the pay engine's notices say, in the user's language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from tracker.domain.pay import NoticeCode, PayNotice
from tracker.services.pay_rules import PayRulesError, RulesProblem
from tracker.words.formatting import format_yuan
from tracker.words.language import window_is_chinese


def _yuan(value: Decimal | None) -> str:
    return "" if value is None else format_yuan(float(value))


def _months(months: tuple[int, ...]) -> str:
    """'month 9' or 'months 7–12', in the user's language."""
    if len(months) == 1:
        return QCoreApplication.translate("PayNotices", "month {month}").format(month=months[0])
    return QCoreApplication.translate("PayNotices", "months {first}–{last}").format(
        first=months[0], last=months[-1]
    )


def notice_text(notice: PayNotice) -> str | None:
    """A notice as a sentence; None for the ones the offers page says otherwise (or not)."""
    code = notice.code
    if code is NoticeCode.BONUS_TRAP_ZONE:
        return QCoreApplication.translate(
            "PayNotices",
            "The bonus of {amount} sits in a tax trap: a bonus of {lower} would leave more "
            "after tax.",
        ).format(amount=_yuan(notice.amount), lower=_yuan(notice.lower))
    if code is NoticeCode.THIRD_PARTY_FIGURES:
        return QCoreApplication.translate(
            "PayNotices", "Some city figures come from third-party sources."
        )
    if code is NoticeCode.YEAR_BEYOND_RULES:
        return QCoreApplication.translate(
            "PayNotices", "No rules for {year} yet: those of {rule_year} are used."
        ).format(year=notice.year, rule_year=notice.rule_year)
    if code is NoticeCode.BONUS_SEPARATE_UNAVAILABLE:
        return QCoreApplication.translate(
            "PayNotices", "The bonus can no longer be taxed separately: it is merged."
        )
    if code is NoticeCode.HOUSING_FUND_OVER_CAP:
        return QCoreApplication.translate(
            "PayNotices", "{amount} of the housing fund is over the cap and taxed."
        ).format(amount=_yuan(notice.amount))
    if code is NoticeCode.HOUSING_FUND_RATE_BELOW_MINIMUM:
        return QCoreApplication.translate(
            "PayNotices", "The housing-fund rate is below the city's minimum."
        )
    if code is NoticeCode.LABOUR_SETTLEMENT:
        return QCoreApplication.translate(
            "PayNotices", "Squared at the annual settlement: {amount} (positive: a refund)."
        ).format(amount=_yuan(notice.amount))
    if code is NoticeCode.CITY_FIGURES_NOT_YET_KNOWN:
        return QCoreApplication.translate(
            "PayNotices", "Bounds of {start} used for {months}: newer figures are not yet known."
        ).format(start=notice.text[:7], months=_months(notice.months))
    if code is NoticeCode.NATIONAL_DEFAULT_BOUNDS:
        return QCoreApplication.translate(
            "PayNotices",
            "No city: bases are capped at a national default (3 times the national average "
            "wage); the city gives the real figures.",
        )
    if code in (NoticeCode.SOCIAL_INSURANCE_BASE_CLAMPED, NoticeCode.HOUSING_FUND_BASE_CLAMPED):
        side = (
            QCoreApplication.translate("PayNotices", "social-insurance")
            if code is NoticeCode.SOCIAL_INSURANCE_BASE_CLAMPED
            else QCoreApplication.translate("PayNotices", "housing-fund")
        )
        return QCoreApplication.translate(
            "PayNotices",
            "The {side} base of {asked} is outside the city's bounds for {months}: {used} is "
            "used, as the rule requires.",
        ).format(
            side=side,
            asked=_yuan(notice.amount),
            used=_yuan(notice.lower),
            months=_months(notice.months),
        )
    if code is NoticeCode.BONUS_PRORATED:
        return QCoreApplication.translate(
            "PayNotices",
            "First year: the extra months ({amount}) are prorated by the {months} months "
            "worked, {paid} is paid.",
        ).format(amount=_yuan(notice.amount), months=notice.months[0], paid=_yuan(notice.lower))
    if code is NoticeCode.BONUS_PAID_IN_FULL:
        return QCoreApplication.translate(
            "PayNotices",
            "First year: the extra months ({amount}) are paid in full for {months} months "
            "worked, as the letter promises.",
        ).format(amount=_yuan(notice.amount), months=notice.months[0])
    if code is NoticeCode.MEDICAL_TIER:
        name = notice.names[0] if window_is_chinese() else notice.names[-1]
        if notice.by_default:
            return QCoreApplication.translate(
                "PayNotices",
                "Medical insurance at {tier} by default; another tier can be chosen on the "
                "Social insurance and housing fund tab.",
            ).format(tier=name)
        return QCoreApplication.translate("PayNotices", "Medical insurance at {tier}.").format(
            tier=name
        )
    if code is NoticeCode.ASSUMED_FIGURES:
        return QCoreApplication.translate(
            "PayNotices", "Some of the city's caps are assumptions: no source gives them."
        )
    return None  # CITY_FIGURES_OUT_OF_PERIOD: the figures nearest in time are used


def notice_texts(notices: tuple[PayNotice, ...]) -> list[str]:
    return [text for notice in notices if (text := notice_text(notice)) is not None]


def user_rules_text(error: PayRulesError) -> str:
    """Why the user's own pay rules file is not used, naming it; the shipped rules are."""
    reasons = {
        RulesProblem.UNREADABLE: QCoreApplication.translate(
            "PayNotices", "it cannot be read as UTF-8 text"
        ),
        RulesProblem.NOT_JSON: QCoreApplication.translate("PayNotices", "it is not JSON"),
        RulesProblem.WRONG_FORMAT: QCoreApplication.translate(
            "PayNotices", "it is not in format 1"
        ),
        RulesProblem.MISSING: QCoreApplication.translate("PayNotices", "a value is missing"),
        RulesProblem.INVALID: QCoreApplication.translate("PayNotices", "a value is not valid"),
        RulesProblem.INCONSISTENT: QCoreApplication.translate(
            "PayNotices", "its figures contradict one another"
        ),
        RulesProblem.TOO_DEEP: QCoreApplication.translate(
            "PayNotices", "it is nested far deeper than pay rules are"
        ),
    }
    return QCoreApplication.translate(
        "PayNotices",
        "Your pay rules file {path} is not used ({reason}{where}); the rules shipped with "
        "Pivot are used instead.",
    ).format(
        path=error.path,
        reason=reasons[error.problem],
        where=f": {error.where}" if error.where else "",
    )
