"""Things a pay result wants the reader to know: codes and figures, never sentences."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class NoticeCode(StrEnum):
    YEAR_BEYOND_RULES = "year_beyond_rules"  # the latest rules known were used instead
    CITY_FIGURES_OUT_OF_PERIOD = "city_figures_out_of_period"  # no period covers some months
    CITY_FIGURES_NOT_YET_KNOWN = "city_figures_not_yet_known"  # months after the last period
    NATIONAL_DEFAULT_BOUNDS = "national_default_bounds"  # no city: the national default's bounds
    SOCIAL_INSURANCE_BASE_CLAMPED = "social_insurance_base_clamped"  # held to the city's bounds
    HOUSING_FUND_BASE_CLAMPED = "housing_fund_base_clamped"  # held to the city's bounds
    THIRD_PARTY_FIGURES = "third_party_figures"  # some city figures are not official
    BONUS_TRAP_ZONE = "bonus_trap_zone"  # a smaller bonus would leave more after tax
    BONUS_SEPARATE_UNAVAILABLE = "bonus_separate_unavailable"  # the option has ended
    HOUSING_FUND_OVER_CAP = "housing_fund_over_cap"  # part of the fund is not deductible
    HOUSING_FUND_RATE_BELOW_MINIMUM = "housing_fund_rate_below_minimum"
    BONUS_PRORATED = "bonus_prorated"  # a year joined late: the extra months by months employed
    BONUS_PAID_IN_FULL = "bonus_paid_in_full"  # a year joined late, the extra months in full
    DEDUCTIONS_BY_ELIGIBLE_MONTHS = "deductions_by_eligible_months"  # a first job of the year
    MEDICAL_TIER = "medical_tier"  # the city has medical tiers: which one was used
    ASSUMED_FIGURES = "assumed_figures"  # some lines rest on a stated assumption, not a source
    LABOUR_SETTLEMENT = "labour_settlement"  # withholding is squared at the annual settlement


@dataclass(frozen=True, slots=True)
class PayNotice:
    """One notice; which figures are set depends on the code.

    - YEAR_BEYOND_RULES: `year` is the year asked for, `rule_year` the rules used.
    - CITY_FIGURES_OUT_OF_PERIOD: `text` is the start date of the period used, `months` the
      months it stood in for.
    - CITY_FIGURES_NOT_YET_KNOWN: `text` is the start date of the last period known (used),
      `months` the months after its end.
    - NATIONAL_DEFAULT_BOUNDS: nothing; a city gives the real bounds.
    - SOCIAL_INSURANCE_BASE_CLAMPED / HOUSING_FUND_BASE_CLAMPED: `amount` is the base asked for,
      `lower` the base used (the floor or the cap), `months` the months it was held.
    - THIRD_PARTY_FIGURES: `text` is the city key.
    - BONUS_TRAP_ZONE: `amount` is the bonus, `lower` the band edge that would leave more after
      tax, `upper` the end of the zone (exact; round for display).
    - BONUS_SEPARATE_UNAVAILABLE: `text` is the last day of the option (ISO date), if known.
    - HOUSING_FUND_OVER_CAP: `amount` is the part of the employee's fund taxed over the year.
    - HOUSING_FUND_RATE_BELOW_MINIMUM: `amount` is the rate, `lower` the city's minimum.
    - BONUS_PRORATED: `amount` is the extra months' pay in full, `lower` the prorated part
      paid, `months` holds the months employed.
    - BONUS_PAID_IN_FULL: `amount` is the extra months' pay, `months` the months employed.
    - DEDUCTIONS_BY_ELIGIBLE_MONTHS: `amount` is the deductions a month, `months` holds how many
      months count, `text` the first of them (a month number).
    - MEDICAL_TIER: `text` is the tier's key, `names` its Chinese and English names,
      `by_default` True when none was chosen (the city's default), `upper` its employee rate.
    - ASSUMED_FIGURES: `names` holds the lines (pension, medical, unemployment, housing_fund)
      with a figure no source gives.
    - LABOUR_SETTLEMENT: `amount` is the refund (positive) or amount due at the settlement.
    """

    code: NoticeCode
    amount: Decimal | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    year: int | None = None
    rule_year: int | None = None
    text: str = ""
    months: tuple[int, ...] = ()
    names: tuple[str, ...] = ()
    by_default: bool = False
