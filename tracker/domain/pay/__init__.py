"""China take-home pay: individual income tax, social insurance and the housing fund.

Pure functions over frozen values; the rules come in as data (see ``resources/pay_rules``), loaded
by ``tracker.services.pay_rules``. The main entry points:

- `compute_year(PayInput, PayRules) -> YearResult`: a tax year of wages month by month.
- `compute_labour([payments], PayRules) -> LabourResult`: labour remuneration and its settlement.
- `compute_compensation(PayInput, PayRules, EquityGrant) -> CompensationResult`: joining year,
  steady year, four years with equity and sign-on.
- `hourly_value(amount, WorkSchedule, ...) -> HourlyValue`.

Every figure is an estimate from published rules, not tax advice.
"""

from tracker.domain.pay.bonus import (
    BonusMethod,
    BonusProration,
    BonusTaxation,
    TrapZone,
    separate_bonus_tax,
    trap_zone_of,
    trap_zones,
)
from tracker.domain.pay.book import NATIONAL, PayRules, RuleBook, TaxVersions, Version
from tracker.domain.pay.compensation import (
    CompensationResult,
    CompensationYear,
    EquityGrant,
    compute_compensation,
)
from tracker.domain.pay.contributions import BaseChoice, ContributionLines, monthly_contributions
from tracker.domain.pay.errors import PayInputCode, PayInputError
from tracker.domain.pay.hourly import HourlyValue, hourly_value
from tracker.domain.pay.labour import LabourPayment, LabourResult, compute_labour, withhold_labour
from tracker.domain.pay.money import Rounding, cents, to_decimal
from tracker.domain.pay.notices import NoticeCode, PayNotice
from tracker.domain.pay.results import BonusOutcome, MonthLine, YearResult
from tracker.domain.pay.rules import (
    Bracket,
    Confidence,
    ContributionItem,
    ContributionPeriod,
    DeductionItem,
    HousingFundRules,
    LabourWithholding,
    MedicalTier,
    Provenance,
    Region,
    Source,
    TaxRules,
    TaxTable,
    table_problem,
)
from tracker.domain.pay.year import PayInput, compute_year

__all__ = [
    "NATIONAL",
    "BaseChoice",
    "BonusMethod",
    "BonusOutcome",
    "BonusProration",
    "BonusTaxation",
    "Bracket",
    "CompensationResult",
    "CompensationYear",
    "Confidence",
    "ContributionItem",
    "ContributionLines",
    "ContributionPeriod",
    "DeductionItem",
    "EquityGrant",
    "HourlyValue",
    "HousingFundRules",
    "LabourPayment",
    "LabourResult",
    "LabourWithholding",
    "MedicalTier",
    "MonthLine",
    "NoticeCode",
    "PayInput",
    "PayInputCode",
    "PayInputError",
    "PayNotice",
    "PayRules",
    "Provenance",
    "Region",
    "Rounding",
    "RuleBook",
    "Source",
    "TaxRules",
    "TaxTable",
    "TaxVersions",
    "TrapZone",
    "Version",
    "YearResult",
    "cents",
    "compute_compensation",
    "compute_labour",
    "compute_year",
    "hourly_value",
    "monthly_contributions",
    "separate_bonus_tax",
    "table_problem",
    "to_decimal",
    "trap_zone_of",
    "trap_zones",
    "withhold_labour",
]
