"""Demo data: a believable few months of a career changer's hunt for AI roles in China, and at
scale a large file for measuring start-up.

Everything is written in one transaction with bulk inserts. Ids are chosen here, so that rows can
name their parents before anything is written. Dates count back from ``today``; the same seed and
day give the same data, apart from the random uuids.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any, TypeVar

from tracker.db import demo_store as store
from tracker.db.database import Database
from tracker.db.models import new_uuid
from tracker.domain.enums import (
    Channel,
    ContributionBase,
    HiringTrack,
    InterviewKind,
    InterviewOutcome,
    InterviewStatus,
    OfferStatus,
    Outcome,
    Relation,
    RoleCategory,
    Stage,
    WorkSchedule,
)
from tracker.domain.text import match_key
from tracker.services import demo_pools as pools
from tracker.services.applications import salary_columns
from tracker.services.demo_pools import Plan

Row = dict[str, Any]
Move = tuple[date, Stage, Outcome | None]
T = TypeVar("T")

DEFAULT_SEED = 20261125
SPAN_DAYS = 90
# China keeps one offset all year; interviews are booked on the Beijing clock.
_BEIJING = timezone(timedelta(hours=8))
_REFERRAL_CHARS = string.ascii_uppercase + string.digits


@dataclass(frozen=True)
class DemoSummary:
    applications: int
    stage_events: int
    interview_rounds: int
    questions: int
    offers: int
    notes: int
    companies: int
    people: int = 0


@dataclass
class _Timeline:
    moves: list[Move]
    past_rounds: list[date] = field(default_factory=list)
    upcoming_round: date | None = None


@dataclass
class _Rows:
    companies: list[Row] = field(default_factory=list)
    applications: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    rounds: list[Row] = field(default_factory=list)
    questions: list[Row] = field(default_factory=list)
    offers: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)
    contact_links: list[Row] = field(default_factory=list)
    # (application id, label of the résumé or portfolio version sent, day it went)
    materials_sent: list[tuple[int, str, date | None]] = field(default_factory=list)
    documents: list[Row] = field(default_factory=list)
    versions: list[Row] = field(default_factory=list)
    sent: list[Row] = field(default_factory=list)


def _pick(rng: random.Random, weights: Mapping[T, float]) -> T:
    return rng.choices(tuple(weights), tuple(weights.values()))[0]


def _shares(rng: random.Random, weights: Sequence[tuple[T, float]], count: int) -> list[T]:
    """``count`` values in the given shares: the whole part of each share first, the remainder
    drawn by weight; shuffled. Small sets keep their mix whatever the seed."""
    total = sum(weight for _, weight in weights)
    values = [value for value, weight in weights for _ in range(int(count * weight / total))]
    choices, chances = zip(*weights, strict=True)
    values += rng.choices(choices, chances, k=count - len(values))
    rng.shuffle(values)
    return values


def _plans(rng: random.Random, count: int) -> list[Plan]:
    accepted = round(count / pools.ACCEPTED_PER)
    plans = _shares(rng, pools.PLAN_WEIGHTS, count - accepted) + [Plan(Stage.ACCEPTED)] * accepted
    rng.shuffle(plans)
    return plans


def _intern_title(title: str) -> str:
    if title.isascii():
        return f"{title} Intern"
    return f"{title[:-1]}，实习）" if title.endswith("）") else f"{title}（实习）"


def _path(rng: random.Random, furthest: Stage) -> list[Stage]:
    """The stages after applied up to ``furthest``; a written test only sometimes."""
    stages = list(Stage)[Stage.SCREENING.position : furthest.position + 1]
    if furthest is not Stage.ASSESSMENT and rng.random() < 0.6 and Stage.ASSESSMENT in stages:
        stages.remove(Stage.ASSESSMENT)
    return stages


def _round_offsets(rng: random.Random, start: int, plan: Plan) -> list[int]:
    """Days (counted like the moves) of the interview rounds already held."""
    if plan.upcoming:
        held = rng.randint(0, 2)
    elif plan.stage in (Stage.OFFER, Stage.ACCEPTED):
        held = rng.randint(2, 4)
    else:
        held = rng.randint(1, 3)
    days = [start + rng.randint(1, 4)]
    for _ in range(held - 1):
        days.append(days[-1] + rng.randint(2, 7))
    return days[:held]


def _timeline(rng: random.Random, plan: Plan, today: date) -> _Timeline:
    """The moves of one application and its interview days, all past except a booked round."""
    if plan.stage is Stage.WISHLIST:
        return _Timeline([(today - timedelta(days=rng.randint(1, 30)), Stage.WISHLIST, None)])
    offsets: list[tuple[int, Stage, Outcome | None]] = []
    day = 0
    if rng.random() < 0.25:
        offsets.append((0, Stage.WISHLIST, None))
        day = rng.randint(1, 10)
    offsets.append((day, Stage.APPLIED, None))
    rounds: list[int] = []
    for stage in _path(rng, plan.stage):
        day += rng.randint(*pools.STAGE_GAPS[stage])
        offsets.append((day, stage, None))
        if stage is Stage.INTERVIEWING:
            rounds = _round_offsets(rng, day, plan)
            day = max([day, *rounds])
    if plan.outcome is not None:
        day += rng.randint(*pools.CLOSE_GAPS[plan.outcome])
        offsets.append((day, plan.stage, plan.outcome))
    idle = rng.randint(1, 10) if plan.is_open else rng.randint(1, max(1, SPAN_DAYS - 1 - day))
    start = today - timedelta(days=day + idle)
    return _Timeline(
        moves=[(start + timedelta(days=d), stage, outcome) for d, stage, outcome in offsets],
        past_rounds=[start + timedelta(days=d) for d in rounds],
        upcoming_round=today + timedelta(days=rng.randint(1, 6)) if plan.upcoming else None,
    )


def _round_names(
    rng: random.Random, count: int, *, to_offer: bool
) -> list[tuple[str, InterviewKind]]:
    names: list[tuple[str, InterviewKind]] = []
    ordinals = iter(pools.ORDINAL_ROUNDS)
    for index in range(count):
        if index == 0 and count > 1 and rng.random() < 0.15:
            names.append(pools.WRITTEN_ROUND)
        elif index == count - 1 and index > 0 and to_offer:
            names.append(rng.choice(pools.FINAL_ROUNDS))
        else:
            name, kinds = next(ordinals)
            names.append((name, rng.choice(kinds)))
    return names


def _round_to(value: float, step: int) -> int:
    return max(step, round(value / step) * step)


class _Builder:
    ARCHIVE_AFTER_DAYS = 30

    def __init__(
        self,
        rng: random.Random,
        today: date,
        ids: Mapping[str, Iterator[int]],
        *,
        chinese: bool = False,
    ) -> None:
        self.rng = rng
        self.today = today
        self.chinese = chinese
        self.start = datetime.combine(today - timedelta(days=SPAN_DAYS), time(1), tzinfo=UTC)
        self.rows = _Rows()
        self._ids = ids
        self._salaries: dict[str, dict[str, Any]] = {}
        self._company_ids: list[int] = []
        self._hiring: dict[RoleCategory, tuple[list[int], list[float]]] = {}

    def _own_words(self, pool: tuple[str, ...]) -> tuple[str, ...]:
        """What the user would have typed (notes, next actions, tags): in Chinese only when the
        window speaks Chinese; both languages otherwise."""
        if not self.chinese:
            return pool
        return tuple(text for text in pool if _has_chinese(text)) or pool

    def _at(self, day: date) -> datetime:
        """A moment in the Beijing working day of ``day`` (01:00-11:00 UTC)."""
        clock = time(self.rng.randint(1, 10), self.rng.randint(0, 59), self.rng.randint(0, 59))
        return datetime.combine(day, clock, tzinfo=UTC)

    def add_companies(self, existing: Mapping[str, int]) -> None:
        created = datetime.combine(self.today - timedelta(days=SPAN_DAYS + 1), time(2), UTC)
        for index, seed in enumerate(pools.COMPANIES):
            company_id = existing.get(match_key(seed.name))
            if company_id is None:
                company_id = next(self._ids["company"])
                self.rows.companies.append({
                    "id": company_id, "uuid": new_uuid(), "name": seed.name,
                    "name_key": match_key(seed.name), "website": f"https://www.{seed.website}",
                    "industry": seed.industry, "size": seed.size,
                    "funding_stage": seed.funding_stage, "city": seed.cities[0], "notes": "",
                    "created_at": created, "updated_at": created, "deleted_at": None,
                })  # fmt: skip
            self._company_ids.append(company_id)
            weight = pools.KIND_WEIGHTS[seed.kind]
            for category in pools.HIRES[seed.kind]:
                indices, weights = self._hiring.setdefault(category, ([], []))
                indices.append(index)
                weights.append(weight)

    def _salary(self, text: str) -> dict[str, Any]:
        if text not in self._salaries:
            self._salaries[text] = salary_columns(text)
        return self._salaries[text]

    def add_application(self, plan: Plan, category: RoleCategory) -> None:
        rng = self.rng
        indices, weights = self._hiring[category]
        company_index = rng.choices(indices, weights)[0]
        company = pools.COMPANIES[company_index]
        track = _pick(rng, pools.TRACK_WEIGHTS)
        internship = track is HiringTrack.INTERNSHIP
        title = rng.choice(pools.ROLES[category])
        title = _intern_title(title) if internship else title
        salary_text = rng.choice(pools.INTERNSHIP_PAY if internship else pools.SALARIES[category])
        channel = _pick(rng, pools.CHANNEL_WEIGHTS)
        timeline = _timeline(rng, plan, self.today)
        app_id = next(self._ids["application"])
        times = self._add_events(app_id, timeline.moves)
        rounds = self._add_rounds(app_id, plan, timeline, category, company.name, times)
        action, due = self._next_action(plan, timeline, rounds)
        city = rng.choice(company.cities)
        wished = plan.stage is Stage.WISHLIST
        row: Row = {
            "id": app_id, "uuid": new_uuid(),
            "company_id": self._company_ids[company_index],
            "role_title": title, "role_category": category.value, "city": city,
            "work_mode": _pick(rng, pools.WORK_MODE_WEIGHTS).value,
            "hiring_track": track.value,
            "channel": channel.value,
            "referral_code": "".join(rng.choices(_REFERRAL_CHARS, k=6))
            if channel is Channel.REFERRAL else None,
            "job_url": f"https://jobs.{company.website}/position/{rng.randint(10**5, 10**6 - 1)}"
            if rng.random() < 0.4 else None,
            "job_description": rng.choice(pools.DESCRIPTIONS[category])
            if category in pools.DESCRIPTIONS and rng.random() < 0.4 else "",
            "salary_text": salary_text, **self._salary(salary_text),
            "applied_on": next((d for d, s, _ in timeline.moves if s is Stage.APPLIED), None),
            "priority": _pick(rng, pools.PRIORITY_WEIGHTS).value,
            "excitement": _pick(rng, pools.EXCITEMENT_WEIGHTS) if rng.random() < 0.9 else None,
            "current_stage": timeline.moves[-1][1].value,
            "outcome": timeline.moves[-1][2].value if timeline.moves[-1][2] else None,
            "stage_changed_at": times[-1], "next_action": action, "next_action_due": due,
            "tags": rng.sample(self._own_words(pools.TAGS[category] + pools.COMMON_TAGS),
                               rng.choice((0, 1, 2, 3))),
        }  # fmt: skip
        if not wished:
            sent = rng.choice(pools.RESUMES[category])
            self.rows.materials_sent.append((app_id, sent, row["applied_on"]))
        row.update({
            "archived": self._archived(app_id, timeline),
            "created_at": times[0], "updated_at": times[-1], "deleted_at": None,
        })  # fmt: skip
        self.rows.applications.append(row)
        if plan.stage in (Stage.OFFER, Stage.ACCEPTED):
            self._add_offer(app_id, plan, timeline, category, salary_text, city, company)
        self._add_notes(app_id, times)

    def _add_events(self, app_id: int, moves: Sequence[Move]) -> list[datetime]:
        times: list[datetime] = []
        previous: tuple[str | None, str | None] = (None, None)
        for day, stage, outcome in moves:
            occurred = self._at(day)
            notes = self._own_words(pools.EVENT_NOTES[outcome or stage])
            self.rows.events.append({
                "id": next(self._ids["event"]), "uuid": new_uuid(), "application_id": app_id,
                "from_stage": previous[0], "from_outcome": previous[1],
                "to_stage": stage.value, "to_outcome": outcome.value if outcome else None,
                "occurred_at": occurred, "created_at": occurred,
                "note": self.rng.choice(notes) if self.rng.random() < 0.35 else "",
            })  # fmt: skip
            previous = (stage.value, outcome.value if outcome else None)
            times.append(occurred)
        return times

    def _add_rounds(
        self, app_id: int, plan: Plan, timeline: _Timeline, category: RoleCategory,
        company: str, times: Sequence[datetime],
    ) -> list[str]:  # fmt: skip
        """Write the rounds (held ones with their questions); return the round names."""
        rng = self.rng
        days = timeline.past_rounds + ([timeline.upcoming_round] if timeline.upcoming_round else [])
        to_offer = plan.stage in (Stage.OFFER, Stage.ACCEPTED)
        names = _round_names(rng, len(days), to_offer=to_offer)
        booked = next((t for t, m in zip(times, timeline.moves, strict=True)
                       if m[1] is Stage.INTERVIEWING), times[-1])  # fmt: skip
        for index, (day, (name, kind)) in enumerate(zip(days, names, strict=True)):
            held = day < self.today
            last = index == len(timeline.past_rounds) - 1
            result = "passed"
            if held and last and plan.outcome in (Outcome.REJECTED, Outcome.TALENT_POOL):
                result = "failed"
            elif not held or (last and plan.is_open and plan.stage is Stage.INTERVIEWING):
                result = "pending"
            scheduled = datetime.combine(
                day, time(*rng.choice(pools.INTERVIEW_TIMES)), _BEIJING
            ).astimezone(UTC)
            minutes = rng.choice(pools.DURATIONS[kind])
            online = kind in (InterviewKind.VIDEO, InterviewKind.AI_INTERVIEW)
            round_id = next(self._ids["round"])
            self.rows.rounds.append({
                "id": round_id, "uuid": new_uuid(), "application_id": app_id, "round_name": name,
                "kind": kind.value, "scheduled_at": scheduled, "time_zone": "Asia/Shanghai",
                "duration_minutes": minutes,
                "location": f"{company}办公室，前台报到" if kind is InterviewKind.ONSITE else "",
                "meeting_link": rng.choice(pools.MEETING_LINKS).format(
                    n=rng.randint(10**8, 10**9 - 1)) if online else "",
                "interviewers": rng.choice(
                    self._own_words(pools.INTERVIEWERS.get(kind, pools.PANELS[category]))),
                "status": (InterviewStatus.COMPLETED if held else InterviewStatus.SCHEDULED).value,
                "outcome": InterviewOutcome(result).value,
                "prep_notes": rng.choice(self._own_words(pools.PREP_NOTES))
                if rng.random() < 0.7 else "",
                "reflection": rng.choice(self._own_words(pools.REFLECTIONS[result]))
                if held else "",
                "created_at": booked, "updated_at": booked, "deleted_at": None,
            })  # fmt: skip
            if held:
                booked = scheduled + timedelta(minutes=minutes)
                self._add_questions(round_id, category, kind, result, booked)
        return [name for name, _ in names]

    def _add_questions(
        self, round_id: int, category: RoleCategory, kind: InterviewKind, result: str,
        when: datetime,
    ) -> None:  # fmt: skip
        pool: tuple[pools.QuestionSeed, ...] = pools.BEHAVIOURAL_QUESTIONS
        if kind is not InterviewKind.HR:
            pool = pools.QUESTIONS[category] + pool[:2]
        picked = self.rng.sample(pool, min(len(pool), self.rng.randint(1, 4)))
        for position, seed in enumerate(picked):
            self.rows.questions.append({
                "id": next(self._ids["question"]), "uuid": new_uuid(), "round_id": round_id,
                "position": position, "question": seed.question, "my_answer": seed.answer,
                "tags": list(seed.tags), "rating": _pick(self.rng, pools.RATINGS[result]).value,
                "created_at": when, "updated_at": when,
            })  # fmt: skip

    def _archived(self, app_id: int, timeline: _Timeline) -> bool:
        """Half the applications closed over a month ago are archived, as a tidy user would."""
        closed_on, _stage, outcome = timeline.moves[-1]
        old = (self.today - closed_on).days > self.ARCHIVE_AFTER_DAYS
        return outcome is not None and old and app_id % 2 == 0

    def _next_action(
        self, plan: Plan, timeline: _Timeline, rounds: Sequence[str]
    ) -> tuple[str, date | None]:
        rng = self.rng
        if not plan.is_open:
            return "", None
        if timeline.upcoming_round is not None:
            due = max(self.today, timeline.upcoming_round - timedelta(days=1))
            return f"准备{rounds[-1]}：{rng.choice(pools.PREP_TOPICS)}", due
        due = self.today + timedelta(days=rng.choice(pools.DUE_OFFSETS))
        if plan.stage is Stage.WISHLIST and rng.random() < 0.3:
            return rng.choice(self._own_words(pools.NEXT_ACTIONS[plan.stage])), None
        return rng.choice(self._own_words(pools.NEXT_ACTIONS[plan.stage])), due

    def _offer_pay(self, salary_text: str, category: RoleCategory) -> tuple[float | None, int, str]:
        """Monthly base, months paid a year and the letter's wording, within the posted range."""
        rng = self.rng
        salary = self._salary(salary_text)
        months = salary["salary_months"] or rng.randint(13, 16)
        low, high = salary["salary_min"], salary["salary_max"]
        if salary["salary_period"] == "day":
            return None, 12, f"{_round_to(rng.uniform(low, high), 50)}元/天"
        if salary["salary_period"] == "year":
            low, high = low / months, high / months
        elif low is None:
            low, high = pools.NEGOTIATED_BASE.get(category, (15_000, 25_000))
        base = _round_to(rng.triangular(low, high), 500)
        return float(base), months, f"{base / 1000:g}K·{months}薪"

    def _add_offer(
        self, app_id: int, plan: Plan, timeline: _Timeline, category: RoleCategory,
        salary_text: str, city: str, company: pools.CompanySeed,
    ) -> None:  # fmt: skip
        rng = self.rng
        received = next(d for d, s, o in timeline.moves if s is Stage.OFFER and o is None)
        if plan.stage is Stage.ACCEPTED or plan.outcome is Outcome.DECLINED:
            status = OfferStatus.ACCEPTED if plan.stage is Stage.ACCEPTED else OfferStatus.DECLINED
            deadline = timeline.moves[-1][0] + timedelta(days=rng.randint(0, 3))
        else:
            status = OfferStatus.NEGOTIATING if rng.random() < 0.25 else OfferStatus.PENDING
            deadline = self.today + timedelta(days=rng.randint(1, 7))
        base, months, letter = self._offer_pay(salary_text, category)
        intern = base is None
        schedule = _pick(rng, pools.SCHEDULE_WEIGHTS)
        startup = company.kind == "llm" and not intern
        equity = rng.choice((100_000.0, 200_000.0, 400_000.0)) if startup else None
        when = self._at(received)
        self.rows.offers.append({
            "id": next(self._ids["offer"]), "uuid": new_uuid(), "application_id": app_id,
            "received_on": received, "reply_deadline": deadline, "status": status.value,
            "city": city, "currency": "CNY", "salary_text": letter, "monthly_base": base,
            "months_per_year": float(months),
            "bonus_months": None if intern else rng.choice((None, 0.5, 1.0, 2.0, 3.0)),
            "bonus_amount": None,
            "bonus_expected_payout": 1.0 if intern else rng.choice((1.0, 1.0, 0.8)),
            "sign_on_bonus": rng.choice((10_000.0, 20_000.0, 30_000.0))
            if not intern and rng.random() < 0.15 else None,
            "equity_value": equity, "equity_vesting_years": 4 if equity else None,
            "monthly_allowances": rng.choice((None, 500.0, 1_000.0)),
            "contribution_base": (ContributionBase.MINIMUM if rng.random() < 0.25
                                  else ContributionBase.FULL_SALARY).value,
            "social_insurance_base": None, "housing_fund_base": None,
            "housing_fund_rate": None if intern else rng.choice(pools.HOUSING_FUND_RATES),
            "probation_months": None if intern else rng.choice((3, 3, 6)),
            "probation_pay_ratio": None if intern else rng.choice((0.8, 1.0, 1.0)),
            "work_schedule": schedule.value,
            "weekly_hours": float(rng.randint(*pools.WEEKLY_HOURS[schedule]))
            if schedule is not WorkSchedule.OTHER else None,
            "commute_minutes": rng.randrange(15, 80, 5),
            "non_compete": category in (RoleCategory.LLM_ALGORITHM, RoleCategory.RESEARCH),
            "outsourced": company.kind == "data" and rng.random() < 0.4,
            "hukou_support": rng.random() < 0.1,
            "notes": rng.choice(self._own_words(pools.OFFER_NOTES)) if rng.random() < 0.6 else "",
            **{f"rating_{name}": rng.randint(2, 5) for name in (
                "interest", "learning", "growth", "team", "stability", "work_life", "commute")},
            "created_at": when, "updated_at": when, "deleted_at": None,
        })  # fmt: skip

    def _add_notes(self, app_id: int, times: Sequence[datetime]) -> None:
        count = self.rng.choices((0, 1, 2), (45, 40, 15))[0]
        for body in self.rng.sample(self._own_words(pools.APPLICATION_NOTES), count):
            when = self.rng.choice(times) + timedelta(minutes=self.rng.randint(5, 120))
            self.rows.notes.append({
                "id": next(self._ids["note"]), "uuid": new_uuid(), "application_id": app_id,
                "body": body, "created_at": when, "updated_at": when, "deleted_at": None,
            })  # fmt: skip


class _People:
    """The people of the demo hunt: a referrer at each company the user was referred to, a
    recruiter at some others, a few to follow up with. Drawn from a generator of their own, so
    that the applications stay what the seed made them."""

    def __init__(self, builder: _Builder, seed: int) -> None:
        self._builder = builder
        self._rng = random.Random(seed + 1)
        self._by_company: dict[tuple[int, Relation], int] = {}

    def add(self) -> None:
        rng = self._rng
        for row in self._builder.rows.applications:
            if row["channel"] == Channel.REFERRAL.value:
                self._link(row, Relation.REFERRER)
            elif row["current_stage"] != Stage.WISHLIST.value and rng.random() < 0.3:
                self._link(row, Relation.RECRUITER)

    def _link(self, application: Row, relation: Relation) -> None:
        key = (application["company_id"], relation)
        if key not in self._by_company:
            self._by_company[key] = self._person(application, relation)
        self._builder.rows.contact_links.append({
            "contact_id": self._by_company[key], "application_id": application["id"],
            "relation": relation.value,
        })  # fmt: skip

    def _person(self, application: Row, relation: Relation) -> int:
        rng, builder = self._rng, self._builder
        today = builder.today
        referrer = relation is Relation.REFERRER
        contact_id = next(builder._ids["contact"])
        name = rng.choice(pools.SURNAMES) + rng.choice(pools.GIVEN_NAMES)
        met = builder._own_words(pools.REFERRER_MET if referrer else pools.RECRUITER_MET)
        roles = pools.REFERRER_ROLES if referrer else pools.RECRUITER_ROLES
        spoke = today - timedelta(days=rng.randint(1, 40)) if rng.random() < 0.6 else None
        follow = today + timedelta(days=rng.randint(-1, 6)) if rng.random() < 0.2 else None
        created = application["created_at"]
        builder.rows.contacts.append({
            "id": contact_id, "uuid": new_uuid(), "name": name,
            "company_id": application["company_id"], "role": rng.choice(roles),
            "how_met": rng.choice(met), "email": "", "phone": "",
            "wechat": f"wx_{rng.randint(10**5, 10**6 - 1)}", "linkedin": "",
            "notes": rng.choice(builder._own_words(pools.PEOPLE_NOTES)),
            "last_contact_on": spoke, "follow_up_on": follow, "import_batch_id": None,
            "created_at": created, "updated_at": created, "deleted_at": None,
        })  # fmt: skip
        return contact_id


def _add_documents(builder: _Builder) -> None:
    """The résumé and portfolio versions the demo sent: one document of each kind, each label
    a version (kept without a file), sent on the day of applying."""
    rows = builder.rows
    documents: dict[str, int] = {}
    versions: dict[str, int] = {}
    first = builder.today - timedelta(days=SPAN_DAYS)
    for application_id, label, sent_on in rows.materials_sent:
        portfolio = label.startswith(pools.PORTFOLIO_PREFIX)
        title = pools.DOCUMENT_TITLES[portfolio][builder.chinese]
        if title not in documents:
            documents[title] = next(builder._ids["document"])
            rows.documents.append({
                "id": documents[title], "uuid": new_uuid(),
                "kind": "portfolio" if portfolio else "resume", "title": title, "notes": "",
                "created_at": builder.start, "updated_at": builder.start, "deleted_at": None,
            })  # fmt: skip
        if label not in versions:
            versions[label] = next(builder._ids["version"])
            rows.versions.append({
                "id": versions[label], "uuid": new_uuid(), "document_id": documents[title],
                "label": _version_label(label), "added_on": first, "link": "", "notes": "",
                "file_hash": None, "file_name": "", "media_type": "", "file_size": None,
                "created_at": builder.start, "deleted_at": None,
            })  # fmt: skip
        rows.sent.append(
            {"application_id": application_id, "version_id": versions[label], "sent_on": sent_on}
        )


def _version_label(label: str) -> str:
    """A label of the demo pools as a version of its document: 简历v3-AI训练师 → v3-AI训练师."""
    for prefix in ("简历", "作品集"):
        if label.startswith(prefix):
            return label.removeprefix(prefix)
    return label


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in text)


def build_demo(
    database: Database,
    *,
    count: int = 60,
    today: date | None = None,
    seed: int = DEFAULT_SEED,
    chinese: bool = False,
) -> DemoSummary:
    """Add ``count`` demo applications, with their history, interviews, offers and notes, to
    ``database`` in one transaction. Companies already there (by name) are reused. With
    ``chinese``, what the user would have typed is in Chinese, as a Chinese window's user
    writes it."""
    today = today or date.today()
    rng = random.Random(seed)
    with database.write_session() as session:
        builder = _Builder(rng, today, store.next_ids(session), chinese=chinese)
        builder.add_companies(store.company_ids(session))
        categories = _shares(rng, tuple(pools.CATEGORY_WEIGHTS.items()), count)
        for plan, category in zip(_plans(rng, count), categories, strict=True):
            builder.add_application(plan, category)
        _People(builder, seed).add()
        _add_documents(builder)
        rows = builder.rows
        store.insert_all(session, {
            "company": rows.companies, "application": rows.applications, "event": rows.events,
            "round": rows.rounds, "question": rows.questions, "offer": rows.offers,
            "note": rows.notes, "contact": rows.contacts, "contact_link": rows.contact_links,
            "document": rows.documents, "version": rows.versions, "sent": rows.sent,
        })  # fmt: skip
    return DemoSummary(
        applications=len(rows.applications),
        stage_events=len(rows.events),
        interview_rounds=len(rows.rounds),
        questions=len(rows.questions),
        offers=len(rows.offers),
        notes=len(rows.notes),
        companies=len(rows.companies),
        people=len(rows.contacts),
    )
