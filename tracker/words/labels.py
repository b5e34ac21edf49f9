"""The words for the domain's enumerated values, in the user's language.

Texts are marked with QT_TRANSLATE_NOOP so that lupdate collects them; ``label()`` translates at
the moment of display, so a language switch needs no restart of this table.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain.enums import (
    AnswerRating,
    Channel,
    ContributionBase,
    DocumentKind,
    HiringTrack,
    InterviewKind,
    InterviewOutcome,
    InterviewStatus,
    OfferStatus,
    Outcome,
    Priority,
    Relation,
    RoleCategory,
    Stage,
    WorkMode,
    WorkSchedule,
)
from tracker.domain.offers import Criterion
from tracker.domain.pay import BonusProration
from tracker.domain.pipeline import Pipeline, built_in
from tracker.domain.reference import OriginField

# The translation context of each text is the name of its enum class.
_PAIRS: tuple[tuple[StrEnum, object], ...] = (
    (Stage.WISHLIST, QT_TRANSLATE_NOOP("Stage", "Wishlist")),
    (Stage.APPLIED, QT_TRANSLATE_NOOP("Stage", "Applied")),
    (Stage.SCREENING, QT_TRANSLATE_NOOP("Stage", "Screening")),
    (Stage.ASSESSMENT, QT_TRANSLATE_NOOP("Stage", "Assessment")),
    (Stage.INTERVIEWING, QT_TRANSLATE_NOOP("Stage", "Interviewing")),
    (Stage.OFFER, QT_TRANSLATE_NOOP("Stage", "Offer")),
    (Stage.ACCEPTED, QT_TRANSLATE_NOOP("Stage", "Accepted")),
    (Outcome.REJECTED, QT_TRANSLATE_NOOP("Outcome", "Rejected")),
    (Outcome.DECLINED, QT_TRANSLATE_NOOP("Outcome", "Declined")),
    (Outcome.WITHDRAWN, QT_TRANSLATE_NOOP("Outcome", "Withdrawn")),
    (Outcome.GHOSTED, QT_TRANSLATE_NOOP("Outcome", "Ghosted")),
    (Outcome.TALENT_POOL, QT_TRANSLATE_NOOP("Outcome", "Talent pool")),
    (RoleCategory.AI_TRAINER, QT_TRANSLATE_NOOP("RoleCategory", "AI trainer / data annotation")),
    (RoleCategory.LLM_ALGORITHM, QT_TRANSLATE_NOOP("RoleCategory", "LLM algorithm engineer")),
    (
        RoleCategory.ALGORITHM,
        QT_TRANSLATE_NOOP("RoleCategory", "Algorithm engineer (CV / recommendation)"),
    ),
    (RoleCategory.RESEARCH, QT_TRANSLATE_NOOP("RoleCategory", "Research scientist")),
    (RoleCategory.PROMPT, QT_TRANSLATE_NOOP("RoleCategory", "Prompt engineer")),
    (RoleCategory.AI_PRODUCT, QT_TRANSLATE_NOOP("RoleCategory", "AI product manager")),
    (RoleCategory.AI_APP_DEV, QT_TRANSLATE_NOOP("RoleCategory", "AI application developer")),
    (RoleCategory.AIGC_DESIGN, QT_TRANSLATE_NOOP("RoleCategory", "AIGC / multimodal designer")),
    (RoleCategory.SOLUTIONS, QT_TRANSLATE_NOOP("RoleCategory", "AI solutions / pre-sales")),
    (RoleCategory.DATA_ANALYST, QT_TRANSLATE_NOOP("RoleCategory", "Data analyst")),
    (RoleCategory.OTHER, QT_TRANSLATE_NOOP("RoleCategory", "Other")),
    (Channel.BOSS, QT_TRANSLATE_NOOP("Channel", "BOSS Zhipin")),
    (Channel.LIEPIN, QT_TRANSLATE_NOOP("Channel", "Liepin")),
    (Channel.LAGOU, QT_TRANSLATE_NOOP("Channel", "Lagou")),
    (Channel.NOWCODER, QT_TRANSLATE_NOOP("Channel", "Nowcoder")),
    (Channel.LINKEDIN, QT_TRANSLATE_NOOP("Channel", "LinkedIn")),
    (Channel.REFERRAL, QT_TRANSLATE_NOOP("Channel", "Referral")),
    (Channel.COMPANY_SITE, QT_TRANSLATE_NOOP("Channel", "Company website")),
    (Channel.HEADHUNTER, QT_TRANSLATE_NOOP("Channel", "Headhunter")),
    (Channel.OTHER, QT_TRANSLATE_NOOP("Channel", "Other")),
    (Relation.REFERRER, QT_TRANSLATE_NOOP("Relation", "Referrer (内推)")),
    (Relation.RECRUITER, QT_TRANSLATE_NOOP("Relation", "Recruiter / HR")),
    (Relation.HIRING_MANAGER, QT_TRANSLATE_NOOP("Relation", "Hiring manager")),
    (Relation.INTERVIEWER, QT_TRANSLATE_NOOP("Relation", "Interviewer")),
    (Relation.PEER, QT_TRANSLATE_NOOP("Relation", "Peer / insider")),
    (Relation.OTHER, QT_TRANSLATE_NOOP("Relation", "Other")),
    (DocumentKind.RESUME, QT_TRANSLATE_NOOP("DocumentKind", "Résumé")),
    (DocumentKind.PORTFOLIO, QT_TRANSLATE_NOOP("DocumentKind", "Portfolio")),
    (DocumentKind.COVER_LETTER, QT_TRANSLATE_NOOP("DocumentKind", "Cover letter")),
    (DocumentKind.OTHER, QT_TRANSLATE_NOOP("DocumentKind", "Other material")),
    (HiringTrack.EXPERIENCED, QT_TRANSLATE_NOOP("HiringTrack", "Experienced hire")),
    (HiringTrack.CAMPUS, QT_TRANSLATE_NOOP("HiringTrack", "Campus hire")),
    (HiringTrack.INTERNSHIP, QT_TRANSLATE_NOOP("HiringTrack", "Internship")),
    (WorkMode.ONSITE, QT_TRANSLATE_NOOP("WorkMode", "On site")),
    (WorkMode.HYBRID, QT_TRANSLATE_NOOP("WorkMode", "Hybrid")),
    (WorkMode.REMOTE, QT_TRANSLATE_NOOP("WorkMode", "Remote")),
    (Priority.LOW, QT_TRANSLATE_NOOP("Priority", "Low")),
    (Priority.MEDIUM, QT_TRANSLATE_NOOP("Priority", "Medium")),
    (Priority.HIGH, QT_TRANSLATE_NOOP("Priority", "High")),
    (InterviewKind.PHONE, QT_TRANSLATE_NOOP("InterviewKind", "Phone")),
    (InterviewKind.VIDEO, QT_TRANSLATE_NOOP("InterviewKind", "Video")),
    (InterviewKind.ONSITE, QT_TRANSLATE_NOOP("InterviewKind", "On site")),
    (InterviewKind.WRITTEN_TEST, QT_TRANSLATE_NOOP("InterviewKind", "Written test")),
    (InterviewKind.ONLINE_ASSESSMENT, QT_TRANSLATE_NOOP("InterviewKind", "Online assessment")),
    (InterviewKind.AI_INTERVIEW, QT_TRANSLATE_NOOP("InterviewKind", "AI interview")),
    (InterviewKind.HR, QT_TRANSLATE_NOOP("InterviewKind", "HR interview")),
    (InterviewStatus.SCHEDULED, QT_TRANSLATE_NOOP("InterviewStatus", "Scheduled")),
    (InterviewStatus.COMPLETED, QT_TRANSLATE_NOOP("InterviewStatus", "Done")),
    (InterviewStatus.CANCELLED, QT_TRANSLATE_NOOP("InterviewStatus", "Cancelled")),
    (InterviewStatus.RESCHEDULED, QT_TRANSLATE_NOOP("InterviewStatus", "Rescheduled")),
    (InterviewOutcome.PENDING, QT_TRANSLATE_NOOP("InterviewOutcome", "Waiting for the result")),
    (InterviewOutcome.PASSED, QT_TRANSLATE_NOOP("InterviewOutcome", "Passed")),
    (InterviewOutcome.FAILED, QT_TRANSLATE_NOOP("InterviewOutcome", "Not passed")),
    (AnswerRating.GOOD, QT_TRANSLATE_NOOP("AnswerRating", "Went well")),
    (AnswerRating.OKAY, QT_TRANSLATE_NOOP("AnswerRating", "So-so")),
    (AnswerRating.POOR, QT_TRANSLATE_NOOP("AnswerRating", "Went badly")),
    (OfferStatus.PENDING, QT_TRANSLATE_NOOP("OfferStatus", "Waiting for my answer")),
    (OfferStatus.NEGOTIATING, QT_TRANSLATE_NOOP("OfferStatus", "Negotiating")),
    (OfferStatus.ACCEPTED, QT_TRANSLATE_NOOP("OfferStatus", "Accepted")),
    (OfferStatus.DECLINED, QT_TRANSLATE_NOOP("OfferStatus", "Declined")),
    (OfferStatus.EXPIRED, QT_TRANSLATE_NOOP("OfferStatus", "Expired")),
    (OfferStatus.RESCINDED, QT_TRANSLATE_NOOP("OfferStatus", "Withdrawn by the company")),
    (WorkSchedule.FIVE_DAY, QT_TRANSLATE_NOOP("WorkSchedule", "Five days (双休)")),
    (WorkSchedule.ALTERNATING, QT_TRANSLATE_NOOP("WorkSchedule", "Alternating six days (大小周)")),
    (WorkSchedule.NINE_NINE_SIX, QT_TRANSLATE_NOOP("WorkSchedule", "996")),
    (WorkSchedule.OTHER, QT_TRANSLATE_NOOP("WorkSchedule", "Other (give the weekly hours)")),
    (ContributionBase.FULL_SALARY, QT_TRANSLATE_NOOP("ContributionBase", "On the full salary")),
    (ContributionBase.MINIMUM, QT_TRANSLATE_NOOP("ContributionBase", "On the city's minimum")),
    (ContributionBase.CUSTOM, QT_TRANSLATE_NOOP("ContributionBase", "On bases I give")),
    (
        BonusProration.PRORATED,
        QT_TRANSLATE_NOOP("BonusProration", "Prorated by the months worked"),
    ),
    (BonusProration.FULL, QT_TRANSLATE_NOOP("BonusProration", "Paid in full")),
    (Criterion.INTEREST, QT_TRANSLATE_NOOP("Criterion", "Interest")),
    (Criterion.LEARNING, QT_TRANSLATE_NOOP("Criterion", "Learning")),
    (Criterion.GROWTH, QT_TRANSLATE_NOOP("Criterion", "Growth")),
    (Criterion.TEAM, QT_TRANSLATE_NOOP("Criterion", "Team")),
    (Criterion.STABILITY, QT_TRANSLATE_NOOP("Criterion", "Stability")),
    (Criterion.WORK_LIFE, QT_TRANSLATE_NOOP("Criterion", "Work-life balance")),
    (Criterion.COMMUTE, QT_TRANSLATE_NOOP("Criterion", "Commute")),
    (OriginField.DESIGN, QT_TRANSLATE_NOOP("OriginField", "Design")),
    (OriginField.LAW, QT_TRANSLATE_NOOP("OriginField", "Law")),
    (OriginField.MEDIA, QT_TRANSLATE_NOOP("OriginField", "Media")),
    (OriginField.ECOMMERCE, QT_TRANSLATE_NOOP("OriginField", "E-commerce")),
    (OriginField.ENGINEERING, QT_TRANSLATE_NOOP("OriginField", "Engineering")),
    (OriginField.STUDENT, QT_TRANSLATE_NOOP("OriginField", "Student")),
    (OriginField.BUSINESS, QT_TRANSLATE_NOOP("OriginField", "Business and founding")),
    (OriginField.OTHER, QT_TRANSLATE_NOOP("OriginField", "Other")),
)
# Keyed by the enum and the value: members of different enums may share a value ("other").
_TEXTS: dict[tuple[type, str], object] = {(type(key), key.value): text for key, text in _PAIRS}


def label(value: StrEnum) -> str:
    """The translated word for an enumerated value."""
    return QCoreApplication.translate(type(value).__name__, str(_TEXTS[(type(value), value.value)]))


def stage_label(key: str, pipeline: Pipeline | None = None) -> str:
    """A stage's name: the user's own if they named it, else the built-in one, translated."""
    definition = pipeline.definition(key) if pipeline is not None else None
    if definition is not None and definition.name:
        return definition.name
    stage = built_in(key)
    return label(stage) if stage is not None else key


def state_label(stage: str, outcome: Outcome | None, pipeline: Pipeline | None = None) -> str:
    """'Interviewing', or for a closed application 'Rejected · Interviewing'."""
    if outcome is None:
        return stage_label(stage, pipeline)
    return QCoreApplication.translate("Stage", "{outcome} · {stage}").format(
        outcome=label(outcome), stage=stage_label(stage, pipeline)
    )


def labelled_enums() -> list[StrEnum]:
    """Every value with a label (tests check that none is missing)."""
    return [member for member, _text in _PAIRS]
