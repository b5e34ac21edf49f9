"""The vocabulary of a job hunt.

Values are stable keys stored in the database and in exports; the words a user reads come from
the window layer's translations, never from here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Stage(StrEnum):
    """Where an open application stands in the pipeline, in pipeline order."""

    WISHLIST = "wishlist"
    APPLIED = "applied"
    SCREENING = "screening"
    ASSESSMENT = "assessment"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"

    @property
    def position(self) -> int:
        return _STAGE_ORDER.index(self)

    def next(self) -> Stage | None:
        index = self.position + 1
        return _STAGE_ORDER[index] if index < len(_STAGE_ORDER) else None

    def previous(self) -> Stage | None:
        index = self.position - 1
        return _STAGE_ORDER[index] if index >= 0 else None


_STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)


class Outcome(StrEnum):
    """How an application closed. An application without an outcome is open."""

    REJECTED = "rejected"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"
    TALENT_POOL = "talent_pool"


class RoleCategory(StrEnum):
    AI_TRAINER = "ai_trainer"
    LLM_ALGORITHM = "llm_algorithm"
    ALGORITHM = "algorithm"
    RESEARCH = "research"
    PROMPT = "prompt"
    AI_PRODUCT = "ai_product"
    AI_APP_DEV = "ai_app_dev"
    AIGC_DESIGN = "aigc_design"
    SOLUTIONS = "solutions"
    DATA_ANALYST = "data_analyst"
    OTHER = "other"


class Channel(StrEnum):
    BOSS = "boss"
    LIEPIN = "liepin"
    LAGOU = "lagou"
    NOWCODER = "nowcoder"
    LINKEDIN = "linkedin"
    REFERRAL = "referral"
    COMPANY_SITE = "company_site"
    HEADHUNTER = "headhunter"
    OTHER = "other"


class HiringTrack(StrEnum):
    EXPERIENCED = "experienced"
    CAMPUS = "campus"
    INTERNSHIP = "internship"


class WorkMode(StrEnum):
    ONSITE = "onsite"
    HYBRID = "hybrid"
    REMOTE = "remote"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class InterviewKind(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    ONSITE = "onsite"
    WRITTEN_TEST = "written_test"
    ONLINE_ASSESSMENT = "online_assessment"
    AI_INTERVIEW = "ai_interview"
    HR = "hr"


class InterviewStatus(StrEnum):
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"


class InterviewOutcome(StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"


class AnswerRating(StrEnum):
    """How a question in an interview went, in the user's own judgement."""

    GOOD = "good"
    OKAY = "okay"
    POOR = "poor"


class OfferStatus(StrEnum):
    PENDING = "pending"
    NEGOTIATING = "negotiating"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    RESCINDED = "rescinded"


class WorkSchedule(StrEnum):
    FIVE_DAY = "five_day"  # 双休
    ALTERNATING = "alternating"  # 大小周
    NINE_NINE_SIX = "996"
    OTHER = "other"


class ContributionBase(StrEnum):
    """Which salary the employer declares for social insurance and the housing fund."""

    FULL_SALARY = "full_salary"
    MINIMUM = "minimum"
    CUSTOM = "custom"


class SalaryPeriod(StrEnum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class _OrOther(StrEnum):
    """Values of a kind a newer Pivot may add to: one this Pivot does not know reads as
    "other" (each such kind has it)."""

    @classmethod
    def of(cls, value: str) -> Self:
        try:
            return cls(value)
        except ValueError:
            return cls("other")


class Relation(_OrOther):
    """What a person is to one application (内推人, HR, the manager, an interviewer…)."""

    REFERRER = "referrer"
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    PEER = "peer"
    OTHER = "other"


class NegotiationSide(StrEnum):
    """Who put a negotiation step's terms on the table."""

    ASK = "ask"  # the user asked for them
    COUNTER = "counter"  # the company offered them


class DocumentKind(_OrOther):
    """What a document of the user's library is."""

    RESUME = "resume"
    PORTFOLIO = "portfolio"
    COVER_LETTER = "cover_letter"
    OTHER = "other"
