"""The tax tables and the annual bonus taxed on its own: published figures, to the fen.

Sources are the research notes' tags: [TBX] MmzMing/ToolBox salary-calculator tests, [SDCW]
zhxt809-ui/shuducw-web ops/test-bonus-tax-calculator.mjs (checked against 财政部 税务总局公告2023年
第30号 and the Guangdong annex), [QW] qwerty258/china-individual-income-tax-calculator README.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from tracker.domain.pay import (
    Bracket,
    TaxRules,
    TrapZone,
    cents,
    separate_bonus_tax,
    trap_zone_of,
    trap_zones,
)
from tracker.services.pay_rules import load_rule_book

D = Decimal


@cache
def tax_rules(year: int = 2026) -> TaxRules:
    return load_rule_book().tax_rules(year)


def annual_tax(amount: str) -> Decimal:
    return cents(tax_rules().annual_table.tax(D(amount)))


def bonus_tax(amount: str) -> Decimal:
    return separate_bonus_tax(D(amount), tax_rules().monthly_table)


# Research §1.1, from [TBX] "reproduces the progressive sum at each bracket ceiling".
@pytest.mark.parametrize(
    ("taxable", "tax"),
    [
        ("36000", "1080"),
        ("144000", "11880"),
        ("300000", "43080"),
        ("420000", "73080"),
        ("660000", "145080"),
        ("960000", "250080"),
        ("2000000", "718080"),
    ],
)
def test_annual_tax_at_each_band_ceiling(taxable: str, tax: str) -> None:
    assert annual_tax(taxable) == D(tax)


def test_an_upper_bound_belongs_to_its_own_band_and_the_tax_is_continuous() -> None:
    # Research §1.1 ([JJGS] tax-calculator.test.ts, [TBX]): 36,000 → 3 %; 36,000.01 → 10 %, and
    # the tax there is still 1,080 (36,000.01 × 10 % − 2,520 = 1,080.001 → 1,080.00).
    table = tax_rules().annual_table
    assert table.bracket_for(D(36000)).rate == D("0.03")
    assert table.bracket_for(D("36000.01")).rate == D("0.1")
    assert table.bracket_for(D("36000.01")).quick_deduction == D(2520)
    assert annual_tax("36000.01") == D(1080)


@pytest.mark.parametrize("taxable", ["0", "-12000"])
def test_no_tax_on_nothing_or_less(taxable: str) -> None:
    # [TBX] "returns zero tax for non-positive taxable income".
    assert annual_tax(taxable) == 0


def test_the_monthly_table_is_the_annual_one_divided_by_12_and_matches_the_annex() -> None:
    # Research §1.2: the annex of 2023年第30号 as [SDCW] checked it cell by cell.
    annex = [
        Bracket(D(3000), D("0.03"), D(0)),
        Bracket(D(12000), D("0.1"), D(210)),
        Bracket(D(25000), D("0.2"), D(1410)),
        Bracket(D(35000), D("0.25"), D(2660)),
        Bracket(D(55000), D("0.3"), D(4410)),
        Bracket(D(80000), D("0.35"), D(7160)),
        Bracket(None, D("0.45"), D(15160)),
    ]
    assert list(tax_rules().monthly_table.brackets) == annex
    assert tax_rules().monthly_table == tax_rules().annual_table.divided(12)


# A1–A3 of research §6 ([SDCW]; [TBX]), then the other band edges of [SDCW].
@pytest.mark.parametrize(
    ("bonus", "tax"),
    [
        ("36000", "1080"),  # A1: 36,000 ÷ 12 = 3,000 → 3 %
        ("36001", "3390.10"),  # A2: 36,001 × 10 % − 210
        ("144000", "14190"),  # A3
        ("144001", "27390.20"),  # A3: 144,001 × 20 % − 1,410
        ("300000", "58590"),
        ("420000", "102340"),  # quick deduction 2,660, the monthly one
        ("660000", "193590"),  # [TBX]: 52,920 ÷ 12 = 4,410
        ("960000", "328840"),
        ("1200000", "524840"),
        ("3000", "90"),
        ("0", "0"),
    ],
)
def test_separate_bonus_tax(bonus: str, tax: str) -> None:
    assert bonus_tax(bonus) == D(tax)


def test_a1_net_and_a2_the_extra_tax_of_one_more_yuan() -> None:
    # A1: net 34,920; A2: 2,310.10 more than for 36,000; [SDCW]: 13,200.20 more at 144,001.
    assert D(36000) - bonus_tax("36000") == D(34920)
    assert bonus_tax("36001") - bonus_tax("36000") == D("2310.10")
    assert bonus_tax("144001") - bonus_tax("144000") == D("13200.20")


def test_f1_the_bonus_uses_the_monthly_quick_deduction_not_the_annual_one() -> None:
    # F1 ([QW] counter-example, research §3): 50,000 × 10 % − 2,520 = 2,480 is wrong; the monthly
    # table's quick deduction gives 50,000 × 10 % − 210 = 4,790.
    assert bonus_tax("50000") == D(4790)
    assert bonus_tax("50000") != D(2480)


def test_a5_trap_zones_end_where_published() -> None:
    # A5 ([SDCW]; [TBX]) and research §1.5 (420,000 and 660,000 computed there the same way).
    zones = trap_zones(tax_rules().monthly_table)
    assert [zone.edge for zone in zones] == [
        D(e) for e in (36000, 144000, 300000, 420000, 660000, 960000)
    ]
    assert [cents(zone.upper) for zone in zones] == [
        D("38566.67"),
        D("160500"),
        D("318333.33"),
        D("447500"),
        D("706538.46"),
        D("1120000"),
    ]


def test_inside_a_trap_zone_the_net_is_below_the_edge_s_and_equal_at_its_end() -> None:
    # [TBX] "flags a bonus that nets less than the smaller bonus below the cliff".
    def net(amount: str) -> Decimal:
        return D(amount) - bonus_tax(amount)

    zone = trap_zone_of(D(37000), tax_rules().monthly_table)
    assert zone is not None and zone.edge == D(36000)
    assert net("37000") < net("36000")
    assert abs(net("38566.67") - net("36000")) <= D("0.01")
    # [JJGS] bonus-tax.test.ts: 38,000 pays 3,590 and nets 34,410, 510 less than 36,000 would.
    assert bonus_tax("38000") == D(3590) and net("36000") - net("38000") == D(510)


@pytest.mark.parametrize("amount", ["0", "35000", "36000", "39000", "40000", "38566.67"])
def test_outside_the_zones(amount: str) -> None:
    # [TBX] and [SDCW]: the edge itself, below it, and past the recovery point are safe.
    # 38,566.67 is past the exact end 38,566.666…
    assert trap_zone_of(D(amount), tax_rules().monthly_table) is None


def test_a_zone_contains_only_what_lies_strictly_inside() -> None:
    zone = TrapZone(D(36000), D("38566.6"))
    assert not zone.contains(D(36000)) and zone.contains(D("36000.01"))
    assert not zone.contains(D("38566.6"))
