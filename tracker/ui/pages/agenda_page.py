"""The agenda: today (and anything overdue), the coming week, and applications that have
probably been ghosted, each with a way to act on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from functools import partial
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFont
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tracker.domain.agenda import HORIZON_DAYS, Agenda, AgendaItem, AgendaKind, build_agenda
from tracker.domain.errors import PivotError
from tracker.domain.goals import week_progress
from tracker.domain.pipeline import Pipeline
from tracker.domain.reminders import MORNING, Reminder, ReminderKind
from tracker.services.container import Services
from tracker.ui.application_rows import ApplicationRows
from tracker.ui.commands.application_actions import DoneTick
from tracker.ui.pages.read_when_shown import ReadWhenShown
from tracker.ui.widgets.entry_list import EntryList
from tracker.words import counts
from tracker.words.formatting import format_date
from tracker.words.reminders import week_text

# An agenda is for acting on: the most urgent entries of each section, not hundreds, unless
# the user asks for the rest of a section (up to a few hundred: beyond, the table filters).
SHOWN_PER_SECTION = 12
SHOWN_WHEN_OPENED = 300


def round_time_text(at: datetime, zone_name: str, here: tzinfo | None = None) -> str:
    """A round's time on its own clock (as it was entered, as the invitation says it), with
    the time on this computer's clock beside it when the two differ: '2026-12-03 17:00
    (Asia/Shanghai; 09:00 here)'."""
    local = at.astimezone(here)
    try:
        zone = ZoneInfo(zone_name) if zone_name else None
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    if zone is None:
        return local.strftime("%Y-%m-%d %H:%M")
    own = at.astimezone(zone)
    text = own.strftime("%Y-%m-%d %H:%M")
    if own.utcoffset() == local.utcoffset():
        return text
    local_text = local.strftime("%H:%M" if local.date() == own.date() else "%m-%d %H:%M")
    return QCoreApplication.translate("AgendaPage", "{time} ({zone}; {local} here)").format(
        time=text, zone=zone_name, local=local_text
    )


def _item_heading(item: AgendaItem) -> str:
    when = round_time_text(item.at, item.time_zone) if item.at else format_date(item.due)
    if item.overdue:
        return QCoreApplication.translate("AgendaPage", "overdue since {date}").format(date=when)
    return when


def _entry(item: AgendaItem | DoneTick, rows: ApplicationRows) -> tuple[str, str, object]:
    if isinstance(item, DoneTick):
        row = rows.find(item.application_id)
        who = f"{row.role_title} · {row.company_name}" if row is not None else ""
        done = QCoreApplication.translate("AgendaPage", "Done")
        return done, f"{item.action}\n{who}".rstrip(), item
    return _item_heading(item), _item_text(item), item


def _buttons(payload: object) -> tuple[str, ...]:
    if isinstance(payload, DoneTick):
        return ("reopen",)
    assert isinstance(payload, AgendaItem)
    if payload.kind is AgendaKind.ACTION:
        return ("done", "open", "snooze")
    if payload.kind is AgendaKind.GHOST:
        return ("open", "ghosted")
    if payload.kind is AgendaKind.FOLLOW_UP:
        return ("touched", "open", "snooze")
    return ("open", "snooze", "dismiss")


def _reminds_of(reminder: Reminder, item: AgendaItem) -> bool:
    """Whether a reminder is one of an agenda item's."""
    if item.kind is AgendaKind.FOLLOW_UP:
        return reminder.contact_id is not None and reminder.contact_id == item.contact_id
    if reminder.application_id != item.application_id:
        return False
    if item.kind is AgendaKind.ROUND:
        return reminder.round_id is not None and reminder.round_id == item.round_id
    if item.kind is AgendaKind.DEADLINE:
        return reminder.offer_id is not None
    return item.kind is AgendaKind.ACTION and reminder.kind is ReminderKind.ACTION_DUE


def _item_text(item: AgendaItem) -> str:
    who = f"{item.role_title} · {item.company_name}"
    if item.kind is AgendaKind.ROUND:
        what = QCoreApplication.translate("AgendaPage", "Interview: {round}")
        return f"{what.format(round=item.text)}\n{who}"
    if item.kind is AgendaKind.DEADLINE:
        reply = QCoreApplication.translate("AgendaPage", "Reply to the offer")
        return f"{reply}\n{who}"
    if item.kind is AgendaKind.GHOST:
        silence = QCoreApplication.translate("AgendaPage", "No answer for {days}")
        return f"{silence.format(days=counts.days(item.silent_days))}\n{who}"
    if item.kind is AgendaKind.FOLLOW_UP:
        follow = QCoreApplication.translate("AgendaPage", "Get back in touch with {name}")
        return f"{follow.format(name=item.text)}\n{item.company_name}".rstrip()
    return f"{item.text}\n{who}"


class AgendaPage(ReadWhenShown):
    open_requested = Signal(int)  # application id
    person_requested = Signal(int)  # contact id
    followed_up_requested = Signal(int)  # contact id: the user got in touch today
    ghosted_requested = Signal(int)  # application id
    done_requested = Signal(int)  # application id whose next action is done
    reopen_requested = Signal(object)  # the DoneTick to take back
    storage_failed = Signal(object)

    def __init__(
        self,
        services: Services,
        rows: ApplicationRows,
        pipeline: Pipeline,
        parent: QWidget | None = None,
        goal: Callable[[], int] = lambda: 0,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._rows = rows
        self._pipeline = pipeline
        self._goal = goal
        self.goal_line = QLabel()
        self.goal_line.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_line.setObjectName("goalLine")
        self.goal_line.setVisible(False)
        self.agenda = Agenda((), (), ())
        self._computed_on = datetime.now().date()
        buttons = {
            "open": self.tr("Open"),
            "done": self.tr("Done"),
            "reopen": self.tr("Not done"),
            "ghosted": self.tr("Mark as ghosted"),
            "snooze": self.tr("Remind me later"),
            "dismiss": self.tr("No more reminders"),
            "touched": self.tr("Got in touch"),
        }
        entry_list = partial(
            EntryList, actions=buttons, actions_for=_buttons, struck=_is_tick
        )  # fmt: skip
        self.today = entry_list(self.tr("Nothing due today."))
        self.week = entry_list(
            self.tr("Nothing due in the next {days} days.").format(days=HORIZON_DAYS)
        )
        self.ghosts = entry_list(self.tr("No application has been silent too long."))
        # Next actions ticked done here, shown struck through (and able to be taken back)
        # until the day ends or the action is set again.
        self._ticks: dict[int, DoneTick] = {}
        self._opened: set[EntryList] = set()  # sections showing all their entries
        self._more: dict[EntryList, QPushButton] = {}
        for entries in (self.today, self.week, self.ghosts):
            entries.action_requested.connect(self._act)
            more = QPushButton()
            more.setFlat(True)
            more.setStyleSheet("text-align: left")
            more.clicked.connect(partial(self._open_or_close, entries))
            self._more[entries] = more
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.goal_line)
        for title, entries in (
            (self.tr("Today"), self.today),
            (self.tr("This week"), self.week),
            (self.tr("Probably ghosted"), self.ghosts),
        ):
            column.addWidget(self._heading(title))
            column.addWidget(entries)
            column.addWidget(self._more[entries])
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        rows.loaded.connect(self._rows_changed)
        rows.changed.connect(self._rows_changed)
        rows.removed.connect(self._rows_changed)

    def _rows_changed(self) -> None:
        self.mark_stale()

    def out_of_date(self) -> bool:
        return self._computed_on != datetime.now().date()

    def reload(self) -> None:
        self.refresh()

    @staticmethod
    def _heading(text: str) -> QLabel:
        heading = QLabel(text)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        return heading

    def compute(self) -> Agenda:
        now = datetime.now().astimezone()
        today = now.date()
        horizon = today + timedelta(days=HORIZON_DAYS + 1)
        end_of_horizon = datetime(horizon.year, horizon.month, horizon.day, tzinfo=now.tzinfo)
        rounds = self._services.interview_queries.upcoming(
            now - timedelta(hours=12), end_of_horizon
        )
        deadlines = self._services.queries.offer_deadlines(horizon)
        follow_ups = self._services.queries.follow_ups(horizon)
        return build_agenda(
            self._rows.rows(),
            rounds,
            deadlines,
            self._pipeline,
            now,
            today,
            follow_ups=follow_ups,
            limit=SHOWN_WHEN_OPENED if self._opened else SHOWN_PER_SECTION,
        )

    def refresh(self, *, later_sections_after_paint: bool = False) -> None:
        """Compute the agenda and show it. At start-up the sections below the first screen
        can wait for the window's first paint (``later_sections_after_paint``)."""
        try:
            self.agenda = self.compute()
        except PivotError as error:
            self.storage_failed.emit(error)
            return
        self.read_done()
        if self._computed_on != datetime.now().date():
            self._ticks.clear()  # yesterday's ticks are history (kept in the notes)
        self._computed_on = datetime.now().date()
        self._fill(self.today, self.agenda.today, self.agenda.totals[0])
        self._show_goal()
        if later_sections_after_paint:
            QTimer.singleShot(0, self._fill_later_sections)
        else:
            self._fill_later_sections()

    def _show_goal(self) -> None:
        goal = self._goal()
        self.goal_line.setVisible(goal > 0)
        if goal > 0:
            progress = week_progress(self._rows.rows(), goal, datetime.now().date())
            self.goal_line.setText(week_text(progress))
            self.goal_line.setStyleSheet(
                "font-weight: bold; color: #2E7D32;" if progress.met else "font-weight: bold;"
            )

    def _fill_later_sections(self) -> None:
        self._fill(self.week, self.agenda.this_week, self.agenda.totals[1])
        self._fill(self.ghosts, self.agenda.ghosts, self.agenda.totals[2])

    def _fill(self, entries: EntryList, items: tuple[AgendaItem, ...], total: int) -> None:
        if entries not in self._opened:
            items = items[:SHOWN_PER_SECTION]
        shown: list[AgendaItem | DoneTick] = list(items)
        if entries is not self.ghosts:
            shown.extend(self._ticks_in(entries))
        entries.set_entries([_entry(item, self._rows) for item in shown])
        more = total - len(items)
        button = self._more[entries]
        button.setVisible(more > 0 or entries in self._opened)
        button.setEnabled(len(items) < SHOWN_WHEN_OPENED or entries not in self._opened)
        if more > 0:
            button.setText(self.tr("…and {count} more: show them").format(count=more))
        else:
            button.setText(self.tr("Show fewer"))

    def _ticks_in(self, entries: EntryList) -> list[DoneTick]:
        """The ticks of a section whose application still has no next action set."""
        today = datetime.now().date()
        ticks = []
        for tick in self._ticks.values():
            row = self._rows.find(tick.application_id)
            if row is None or row.next_action:
                continue
            due_today = tick.due is None or tick.due <= today
            if due_today == (entries is self.today):
                ticks.append(tick)
        return ticks

    def _open_or_close(self, entries: EntryList) -> None:
        self._opened.symmetric_difference_update({entries})
        self.refresh()

    def remember_done(self, tick: DoneTick) -> None:
        """A next action was ticked done: keep showing it, struck through, on the agenda."""
        self._ticks[tick.application_id] = tick
        self._rows_changed()

    def _act(self, name: str, item: object) -> None:
        if isinstance(item, DoneTick):
            self.reopen_requested.emit(item)
            return
        assert isinstance(item, AgendaItem)
        if name == "ghosted":
            self.ghosted_requested.emit(item.application_id)
        elif name == "snooze":
            until = self.choose_snooze()
            if until is not None:
                self.snooze(item, until)
        elif name == "dismiss":
            self.dismiss(item)
        elif name == "done":
            self.done_requested.emit(item.application_id)
        elif item.contact_id is not None:  # a follow-up: got in touch, or open the person
            signal = self.followed_up_requested if name == "touched" else self.person_requested
            signal.emit(item.contact_id)
        else:
            self.open_requested.emit(item.application_id)

    # -- reminders -------------------------------------------------------------------------

    def choose_snooze(self) -> datetime | None:
        """Ask when to be reminded again: in an hour, or tomorrow morning."""
        now = datetime.now().astimezone()
        menu = QMenu(self)
        hour = menu.addAction(self.tr("In an hour"))
        tomorrow = menu.addAction(self.tr("Tomorrow morning"))
        chosen = menu.exec(QCursor.pos())
        if chosen is hour:
            return now + timedelta(hours=1)
        if chosen is tomorrow:
            return datetime.combine(now.date() + timedelta(days=1), MORNING, now.tzinfo)
        return None

    def _reminders_of(self, item: AgendaItem) -> list[Reminder]:
        now = datetime.now().astimezone()
        assert now.tzinfo is not None
        found = self._services.reminders.reminders(
            self._rows.rows(), self._pipeline, now, now.tzinfo
        )
        return [reminder for reminder in found if _reminds_of(reminder, item)]

    def snooze(self, item: AgendaItem, until: datetime) -> None:
        """Remind of this item again at ``until`` (its notification comes back then)."""
        try:
            self._services.reminders.snooze((r.key for r in self._reminders_of(item)), until)
        except PivotError as error:
            self.storage_failed.emit(error)

    def dismiss(self, item: AgendaItem) -> None:
        """No more notifications about this item (it stays on the agenda until it is past)."""
        try:
            self._services.reminders.mark_shown(r.key for r in self._reminders_of(item))
        except PivotError as error:
            self.storage_failed.emit(error)


def _is_tick(payload: object) -> bool:
    return isinstance(payload, DoneTick)
