"""Every word a chart shows, handed in by the caller: the window builds a translated set, the
report and the tests their own. The defaults are English.

Phrases with ``{placeholders}`` are filled with :meth:`str.format`; numbers arrive already
formatted (thousands separators, percentages through :attr:`ChartWords.percent`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from tracker.domain.enums import Channel, Outcome, RoleCategory, Stage
from tracker.domain.insights import IN_PROGRESS, OFFER_END
from tracker.domain.pipeline import Pipeline

# English names of the keys the insight figures use: stages, outcomes, channels, role
# categories, and the two ends that are not an outcome ("in_progress", "offer").
ENGLISH_NAMES: Mapping[str, str] = MappingProxyType(
    {
        Stage.WISHLIST: "Wishlist",
        Stage.APPLIED: "Applied",
        Stage.SCREENING: "Screening",
        Stage.ASSESSMENT: "Assessment",
        Stage.INTERVIEWING: "Interviewing",
        Stage.OFFER: "Offer",
        Stage.ACCEPTED: "Accepted",
        Outcome.REJECTED: "Rejected",
        Outcome.DECLINED: "Declined",
        Outcome.WITHDRAWN: "Withdrawn",
        Outcome.GHOSTED: "Ghosted",
        Outcome.TALENT_POOL: "Talent pool",
        IN_PROGRESS: "Still open",
        OFFER_END: "Offer",
        Channel.BOSS: "BOSS Zhipin",
        Channel.LIEPIN: "Liepin",
        Channel.LAGOU: "Lagou",
        Channel.NOWCODER: "Nowcoder",
        Channel.LINKEDIN: "LinkedIn",
        Channel.REFERRAL: "Referral",
        Channel.COMPANY_SITE: "Company website",
        Channel.HEADHUNTER: "Headhunter",
        Channel.OTHER: "Other",
        RoleCategory.AI_TRAINER: "AI trainer / data annotation",
        RoleCategory.LLM_ALGORITHM: "LLM algorithm engineer",
        RoleCategory.ALGORITHM: "Algorithm engineer (CV / recommendation)",
        RoleCategory.RESEARCH: "Research scientist",
        RoleCategory.PROMPT: "Prompt engineer",
        RoleCategory.AI_PRODUCT: "AI product manager",
        RoleCategory.AI_APP_DEV: "AI application developer",
        RoleCategory.AIGC_DESIGN: "AIGC / multimodal designer",
        RoleCategory.SOLUTIONS: "AI solutions / pre-sales",
        RoleCategory.DATA_ANALYST: "Data analyst",
        RoleCategory.OTHER: "Other",
    }
)

ENGLISH_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


@dataclass(frozen=True)
class ChartWords:
    """The phrases, titles and axis labels of the charts, and the names of the keys they show.
    An empty title leaves the chart without one (for a page that heads it itself)."""

    # -- every chart ---------------------------------------------------------------------
    empty: str = "No applications in this period yet. Log some, or widen the dates."
    small_sample: str = "Only {count} applications so far: too few to read much into yet."
    percent: str = "{value} %"
    more: str = "{count} more"  # the rows that do not fit a small chart, together

    # -- the funnel ----------------------------------------------------------------------
    funnel_title: str = "How far applications got"
    funnel_note: str = "Each % is the share of the stage above that got this far."

    # -- the flow ------------------------------------------------------------------------
    flow_title: str = "Where applications went"
    flow_no_moves: str = "No stage changes yet: every application is still where it started."

    # -- activity ------------------------------------------------------------------------
    activity_title: str = "Applications and interviews per week"
    applications: str = "Applications"
    interviews: str = "Interviews"
    running_total: str = "Applications in total"
    per_week: str = "Per week"
    this_week: str = "This week"
    goal_line: str = "Goal: {count} a week"
    week_of: str = "{month} {day}"  # a week by its Monday
    months: tuple[str, ...] = ENGLISH_MONTHS

    # -- channels ------------------------------------------------------------------------
    channels_title: str = "Which channels get answers"
    response_rate: str = "Got an answer"
    interview_rate: str = "Got an interview"
    small_channel: str = "Fewer than {count} applications"
    channels_note: str = "Hatched: fewer than {count} applications, too few to call a trend."
    no_channel: str = "Not recorded"
    referred: str = "Referred (内推), any channel"
    not_referred: str = "Not referred"

    # -- materials -----------------------------------------------------------------------
    materials_title: str = "Which résumé and portfolio versions get answers"
    materials_empty: str = (
        "No version recorded as sent yet: record which résumé or portfolio went with each "
        "application (in its panel) to compare them here."
    )
    materials_more: str = "{count} versions sent less often are not shown."

    # -- time ----------------------------------------------------------------------------
    times_title: str = "How long each stage takes"
    days_axis: str = "Days"
    days: str = "{days} d"
    first_answer: str = "Until the first answer"
    median: str = "Median"
    middle_half: str = "Middle half"

    # -- role categories and rounds ------------------------------------------------------
    categories_title: str = "How each kind of role ended"
    rounds_title: str = "Interview rounds passed"
    waiting: str = "{count} waiting"
    no_rounds: str = "No interview rounds yet."

    # -- offers --------------------------------------------------------------------------
    no_offers: str = "No offers to compare yet."
    take_home: str = "Take-home pay"
    housing_fund: str = "Housing fund"
    social_insurance: str = "Social insurance"
    income_tax: str = "Income tax"
    employer_housing_fund: str = "Employer's housing fund"
    take_home_amount: str = "{amount} take-home"
    yuan_a_year: str = "Yuan a year"
    market_band: str = "Market figures (gross a year)"
    chinese_money: bool = False  # 31.2万 rather than ¥312K

    # Stage keys, Outcome values, Channel values, RoleCategory values, "in_progress", "offer".
    names: Mapping[str, str] = field(default_factory=lambda: ENGLISH_NAMES)

    def name(self, key: str) -> str:
        """The name of a key; the key itself when it has none."""
        return self.names.get(key, key)

    def stage_name(self, key: str, pipeline: Pipeline | None = None) -> str:
        """A stage's name: the user's own from the pipeline when they named it."""
        definition = pipeline.definition(key) if pipeline is not None else None
        if definition is not None and definition.name:
            return definition.name
        return self.name(key)

    def rate(self, share: float) -> str:
        """A share as a whole percentage: 0.64 → '64 %'."""
        return self.percent.format(value=f"{round(share * 100):,}")
