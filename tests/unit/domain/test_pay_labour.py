"""Labour remuneration (劳务报酬): per-payment withholding and the annual settlement.

[JJGS] ystarlongzi/jijiangeshui labor-tax.test.ts, checked against 国家税务总局公告2018年第61号
(800 up to 4,000, 20 % above; 20 / 30 / 40 % with quick deductions 0 / 2,000 / 7,000).
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from tracker.domain.pay import (
    NoticeCode,
    PayInputCode,
    PayInputError,
    PayRules,
    compute_labour,
    withhold_labour,
)
from tracker.services.pay_rules import load_rule_book

D = Decimal


@cache
def rules() -> PayRules:
    return load_rule_book().rules_for(2026, None)


@pytest.mark.parametrize(
    ("amount", "expenses", "taxable", "rate", "quick", "tax"),
    [
        ("3000", "800", "2200", "0.2", "0", "440"),  # [JJGS] net 2,560
        ("10000", "2000", "8000", "0.2", "0", "1600"),  # [JJGS] net 8,400
        ("30000", "6000", "24000", "0.3", "2000", "5200"),  # [JJGS] net 24,800
        ("70000", "14000", "56000", "0.4", "7000", "15400"),  # [JJGS]
        ("4000", "800", "3200", "0.2", "0", "640"),  # derived: 4,000 is still "up to 4,000"
        ("4000.01", "800.00", "3200.01", "0.2", "0", "640.00"),  # derived: 20 % above it
        ("500", "500", "0", "0.2", "0", "0"),  # derived: 800 off leaves nothing
    ],
)
def test_withholding_one_payment(
    amount: str, expenses: str, taxable: str, rate: str, quick: str, tax: str
) -> None:
    payment = withhold_labour(D(amount), rules().tax.labour)
    assert payment.expenses == D(expenses) and payment.taxable == D(taxable)
    assert payment.rate == D(rate) and payment.quick_deduction == D(quick)
    assert payment.tax == D(tax) and payment.net == D(amount) - D(tax)


def test_the_settlement_refunds_an_intern_below_the_basic_deduction() -> None:
    # Research §1.6: 80 % joins comprehensive income; 10,000 → 8,000 counted, below 60,000, so
    # the 1,600 withheld comes back.
    result = compute_labour([D(10000)], rules())
    assert result.tax_withheld == D(1600) and result.income_counted == D(8000)
    assert result.iit_annual == 0 and result.settlement == D(1600)
    assert result.net_after_settlement == D(10000)
    notice = next(n for n in result.notices if n.code is NoticeCode.LABOUR_SETTLEMENT)
    assert notice.amount == D(1600)


def test_an_intern_at_500_a_day_for_six_months() -> None:
    # Research §1.6: 500 元/天 × 21.75 days = 10,875 a month. Derived: each payment withholds
    # 10,875 × 80 % × 20 % = 1,740, 10,440 in all; 80 % of 65,250 = 52,200 < 60,000 → no tax.
    result = compute_labour([D(10875)] * 6, rules())
    assert result.tax_withheld == D(10440) and result.iit_annual == 0
    assert result.settlement == D(10440)


def test_a_large_payment_still_owes_at_the_settlement() -> None:
    # Derived: 100,000 withholds 80,000 × 40 % − 7,000 = 25,000; the year counts 80,000 −
    # 60,000 = 20,000 → 600; refund 24,400. With 2,000 a month of deductions: 24,000 off → 0.
    result = compute_labour([D(100000)], rules())
    assert result.tax_withheld == D(25000) and result.iit_annual == D(600)
    assert result.settlement == D(24400)
    deducted = compute_labour([D(100000)], rules(), monthly_deductions=D(2000))
    assert deducted.iit_annual == 0


@pytest.mark.parametrize("payments", [[], [D(-1)]])
def test_bad_payments(payments: list[Decimal]) -> None:
    with pytest.raises(PayInputError) as caught:
        compute_labour(payments, rules())
    assert caught.value.field == "labour"
    assert caught.value.code in (PayInputCode.OUT_OF_RANGE, PayInputCode.NEGATIVE)
