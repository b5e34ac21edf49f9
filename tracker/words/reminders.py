"""What a reminder says: its title and its text, alone or gathered with others."""

from __future__ import annotations

from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QObject

from tracker.domain.goals import GoalHint, WeekProgress
from tracker.domain.reminders import Reminder, ReminderKind
from tracker.words import counts
from tracker.words.formatting import format_date

# A gathered notification names this many reminders, then how many more there are.
NAMED_IN_A_GROUP = 5


def _when(reminder: Reminder, here: tzinfo | None) -> str:
    """A round's time on its own clock, and on this computer's when they differ."""
    if reminder.event_at is None:
        return ""
    try:
        zone: tzinfo | None = ZoneInfo(reminder.time_zone) if reminder.time_zone else here
    except (ZoneInfoNotFoundError, ValueError):
        zone = here
    own = reminder.event_at.astimezone(zone)
    local = reminder.event_at.astimezone(here)
    text = own.strftime("%Y-%m-%d %H:%M")
    if own.utcoffset() != local.utcoffset():
        text += " " + QCoreApplication.translate("Reminders", "({time} here)").format(
            time=local.strftime("%H:%M")
        )
    return text


def reminder_title(reminder: Reminder) -> str:
    kind = reminder.kind
    if kind is ReminderKind.ROUND_DAY_BEFORE:
        return QCoreApplication.translate("Reminders", "Interview coming up: {round}").format(
            round=reminder.text
        )
    if kind is ReminderKind.ROUND_HOUR_BEFORE:
        return QCoreApplication.translate("Reminders", "Interview starting soon: {round}").format(
            round=reminder.text
        )
    if kind is ReminderKind.DEADLINE_TWO_DAYS:
        return QCoreApplication.translate("Reminders", "Reply to an offer within two days")
    if kind is ReminderKind.DEADLINE_MORNING:
        return QCoreApplication.translate("Reminders", "Reply to an offer today")
    if kind is ReminderKind.ACTION_DUE:
        return QCoreApplication.translate("Reminders", "Due today: {action}").format(
            action=reminder.text
        )
    if kind is ReminderKind.FOLLOW_UP:
        return QCoreApplication.translate("Reminders", "Get back in touch with {name}").format(
            name=reminder.text
        )
    return QCoreApplication.translate("Reminders", "Probably ghosted")


def reminder_text(reminder: Reminder, here: tzinfo | None = None) -> str:
    who = f"{reminder.role_title} · {reminder.company_name}"
    kind = reminder.kind
    if kind is ReminderKind.FOLLOW_UP:
        return reminder.company_name
    if kind in (ReminderKind.ROUND_DAY_BEFORE, ReminderKind.ROUND_HOUR_BEFORE):
        return f"{who}\n{_when(reminder, here)}"
    if kind in (ReminderKind.DEADLINE_TWO_DAYS, ReminderKind.DEADLINE_MORNING):
        assert reminder.event_at is not None
        day = reminder.event_at.astimezone(here).date()
        reply = QCoreApplication.translate("Reminders", "Reply by {date}").format(
            date=format_date(day)
        )
        return f"{who}\n{reply}"
    if kind is ReminderKind.GHOSTED:
        silence = QCoreApplication.translate("Reminders", "No answer for {days}.").format(
            days=counts.days(int(reminder.text or 0))
        )
        return f"{who}\n{silence}"
    return who


class ReminderCounts(QObject):
    """The counted phrases of reminders (lupdate reads plural forms from tr())."""

    def missed(self, count: int) -> str:
        return self.tr("%n reminder(s) while Pivot was closed", "", count)

    def due(self, count: int) -> str:
        return self.tr("%n reminder(s)", "", count)

    def more(self, count: int) -> str:
        return self.tr("…and %n more", "", count)

    def week(self, count: int) -> str:
        return self.tr("This week: {sent} of %n application(s)", "", count)

    def streak(self, count: int) -> str:
        return self.tr("goal met %n week(s) in a row", "", count)


_COUNTED = ReminderCounts()


def gathered_title(count: int, *, missed: bool) -> str:
    return _COUNTED.missed(count) if missed else _COUNTED.due(count)


def gathered_text(reminders: list[Reminder]) -> str:
    lines = [
        f"{reminder_title(r)} — {r.role_title} · {r.company_name}"
        for r in reminders[:NAMED_IN_A_GROUP]
    ]
    more = len(reminders) - NAMED_IN_A_GROUP
    if more > 0:
        lines.append(_COUNTED.more(more))
    return "\n".join(lines)


def no_tray() -> str:
    return QCoreApplication.translate(
        "Reminders",
        "Desktop notifications are not available here, so reminders are not shown as they "
        "fall due; the Agenda still lists everything that is due.",
    )


def tray_close() -> str:
    return QCoreApplication.translate(
        "Reminders",
        "Pivot keeps running in the tray to show reminders. Quit it from the tray icon's menu, "
        "or turn this off in Preferences.",
    )


def week_text(progress: WeekProgress) -> str:
    """The Agenda's line on the weekly goal: 'This week: 4 of 10 applications · goal met 3
    weeks in a row'."""
    text = _COUNTED.week(progress.goal).format(sent=progress.sent)
    if progress.streak:
        text += " · " + _COUNTED.streak(progress.streak)
    return text


def goal_hint_text(hint: GoalHint | None) -> str:
    if hint is None:
        return QCoreApplication.translate(
            "Reminders",
            "Once ten applications have gone out and one reached an interview, Pivot suggests "
            "a goal from your own interview rate.",
        )
    return QCoreApplication.translate(
        "Reminders",
        "At your {rate} interview rate, {interviews} interviews a week needs about "
        "{applications} applications.",
    ).format(
        rate=f"{hint.interview_rate:.0%}",
        interviews=hint.interviews,
        applications=hint.applications,
    )
