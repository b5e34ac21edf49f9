"""Labour remuneration (劳务报酬), as interns paid by the day usually are.

Each payment is withheld on its own (国家税务总局公告2018年第61号): up to 4,000 less 800, above it
less 20 %, then 20 / 30 / 40 % with quick deductions. At the annual settlement 80 % of it joins
comprehensive income (个人所得税法 art. 6) and is taxed on the annual table, so most of the
withholding usually comes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tracker.domain.pay.book import PayRules
from tracker.domain.pay.errors import PayInputCode, PayInputError
from tracker.domain.pay.money import MONTHS_IN_YEAR, ZERO, cents, check_amount, to_decimal
from tracker.domain.pay.notices import NoticeCode, PayNotice
from tracker.domain.pay.rules import LabourWithholding


@dataclass(frozen=True, slots=True)
class LabourPayment:
    amount: Decimal
    expenses: Decimal  # 800 or 20 %
    taxable: Decimal
    rate: Decimal
    quick_deduction: Decimal
    tax: Decimal

    @property
    def net(self) -> Decimal:
        return self.amount - self.tax


@dataclass(frozen=True, slots=True)
class LabourResult:
    """Labour payments in one tax year and their settlement.

    Attributes:
        income_counted: The part that joins comprehensive income at the settlement (收入额).
        iit_annual: The year's tax on it, after the basic and special deductions.
    """

    year: int
    rule_year: int
    payments: tuple[LabourPayment, ...]
    income_counted: Decimal
    iit_annual: Decimal
    notices: tuple[PayNotice, ...]

    @property
    def gross_total(self) -> Decimal:
        return sum((payment.amount for payment in self.payments), ZERO)

    @property
    def tax_withheld(self) -> Decimal:
        return sum((payment.tax for payment in self.payments), ZERO)

    @property
    def net_total(self) -> Decimal:
        return self.gross_total - self.tax_withheld

    @property
    def settlement(self) -> Decimal:
        """Withheld − liability: positive is a refund at the annual settlement."""
        return self.tax_withheld - self.iit_annual

    @property
    def net_after_settlement(self) -> Decimal:
        return self.net_total + self.settlement


def withhold_labour(amount: Decimal, rules: LabourWithholding) -> LabourPayment:
    """The tax withheld from one labour payment."""
    amount = check_amount(to_decimal(amount, "labour"), "labour")
    if amount <= rules.small_payment_limit:
        expenses = min(rules.fixed_expense, amount)
    else:
        expenses = amount * rules.expense_rate
    taxable = amount - expenses
    bracket = rules.table.bracket_for(taxable)
    tax = cents(rules.table.tax(taxable))
    return LabourPayment(
        amount, cents(expenses), cents(taxable), bracket.rate, bracket.quick_deduction, tax
    )


def compute_labour(
    payments: Sequence[Decimal],
    rules: PayRules,
    *,
    monthly_deductions: Decimal = ZERO,
) -> LabourResult:
    """Labour `payments` in a year with no wages: withholding and the annual settlement.

    `monthly_deductions` are special additional deductions claimed for all twelve months at the
    settlement.

    Raises:
        PayInputError: No payment, or a negative or absurd amount.
    """
    if not payments:
        raise PayInputError(PayInputCode.OUT_OF_RANGE, "labour")
    deductions = check_amount(to_decimal(monthly_deductions, "deductions"), "deductions")
    tax = rules.tax
    withheld = tuple(withhold_labour(amount, tax.labour) for amount in payments)
    total = sum((payment.amount for payment in withheld), ZERO)
    counted = total * tax.labour.income_share
    taxable = counted - (tax.basic_deduction_monthly + deductions) * MONTHS_IN_YEAR
    liability = cents(tax.annual_table.tax(taxable))
    refund = sum((payment.tax for payment in withheld), ZERO) - liability
    notices = (*rules.notices, PayNotice(NoticeCode.LABOUR_SETTLEMENT, amount=refund))
    return LabourResult(
        year=rules.year,
        rule_year=rules.rule_year,
        payments=withheld,
        income_counted=cents(counted),
        iit_annual=liability,
        notices=tuple(n for n in notices if n.code is not NoticeCode.THIRD_PARTY_FIGURES),
    )
