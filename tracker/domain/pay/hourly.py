"""What an hour is worth: yearly money over the hours a schedule takes, with or without commute.

A year is 21.75 paid days a month (the divisor for a monthly wage, 人社部发〔2025〕2号 as cited in
the research), i.e. 52.2 five-day weeks; 双休 is the legal 8 × 5 = 40 hours, so a monthly wage over
21.75 × 8 hours is the official hourly wage. 大小周 adds a sixth day every other week; 996 is
9 am to 9 pm, six days, as the schedule is commonly described.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tracker.domain.enums import WorkSchedule
from tracker.domain.pay.errors import PayInputCode, PayInputError
from tracker.domain.pay.money import MONTHS_IN_YEAR, ZERO, cents, check_amount, to_decimal

PAID_DAYS_PER_MONTH = Decimal("21.75")
WEEKS_PER_YEAR = PAID_DAYS_PER_MONTH * MONTHS_IN_YEAR / 5  # 52.2
HOURS_PER_DAY = Decimal(8)
MAX_WEEKLY_HOURS = Decimal(7 * 24)
MAX_COMMUTE_MINUTES = Decimal(24 * 60)

# Working days a week and hours a week of each schedule.
SCHEDULE_WEEK: dict[WorkSchedule, tuple[Decimal, Decimal]] = {
    WorkSchedule.FIVE_DAY: (Decimal(5), Decimal(40)),
    WorkSchedule.ALTERNATING: (Decimal("5.5"), Decimal(44)),
    WorkSchedule.NINE_NINE_SIX: (Decimal(6), Decimal(72)),
}


@dataclass(frozen=True, slots=True)
class HourlyValue:
    work_hours: Decimal  # a year
    commute_hours: Decimal  # a year
    per_work_hour: Decimal
    per_hour_with_commute: Decimal


def hourly_value(
    amount: Decimal,
    schedule: WorkSchedule,
    *,
    weekly_hours: Decimal | None = None,
    commute_minutes: Decimal = ZERO,
) -> HourlyValue:
    """`amount` (yearly money, e.g. take-home) per hour worked, and per hour worked or commuting.

    Args:
        amount: Money a year.
        schedule: The work schedule; OTHER needs `weekly_hours`.
        weekly_hours: Hours worked a week, overriding the schedule's usual hours.
        commute_minutes: Minutes commuting a working day, both ways.

    Raises:
        PayInputError: Hours missing for OTHER, or hours or minutes outside a day or week.
    """
    amount = check_amount(to_decimal(amount, "amount"), "amount")
    commute_minutes = to_decimal(commute_minutes, "commute_minutes")
    if weekly_hours is not None:
        weekly_hours = to_decimal(weekly_hours, "weekly_hours")
    if weekly_hours is not None and not ZERO < weekly_hours <= MAX_WEEKLY_HOURS:
        raise PayInputError(PayInputCode.OUT_OF_RANGE, "weekly_hours", ("1", "168"))
    if not ZERO <= commute_minutes <= MAX_COMMUTE_MINUTES:
        raise PayInputError(PayInputCode.OUT_OF_RANGE, "commute_minutes", ("0", "1440"))
    usual = SCHEDULE_WEEK.get(schedule)
    if usual is None:
        if weekly_hours is None:
            raise PayInputError(PayInputCode.OUT_OF_RANGE, "weekly_hours", ("1", "168"))
        days = min(weekly_hours / HOURS_PER_DAY, Decimal(7))
        hours = weekly_hours
    else:
        days = usual[0]
        hours = usual[1] if weekly_hours is None else weekly_hours
    work = hours * WEEKS_PER_YEAR
    commute = commute_minutes / 60 * days * WEEKS_PER_YEAR
    return HourlyValue(
        work_hours=work,
        commute_hours=commute,
        per_work_hour=cents(amount / work),
        per_hour_with_commute=cents(amount / (work + commute)),
    )
