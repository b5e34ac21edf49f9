"""The charts' words in the window's language (the charts themselves know no Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tracker.charts.words import ChartWords
from tracker.domain.enums import Channel, Outcome, RoleCategory, Stage
from tracker.domain.insights import IN_PROGRESS, OFFER_END
from tracker.words.labels import label


def chart_words() -> ChartWords:
    """Every phrase of the charts, translated now."""
    names: dict[str, str] = {}
    for kind in (Stage, Outcome, Channel, RoleCategory):
        for member in kind:
            names[member.value] = label(member)
    names[IN_PROGRESS] = QCoreApplication.translate("ChartWords", "Still open")
    names[OFFER_END] = label(Stage.OFFER)
    chinese = QLocale().language() == QLocale.Language.Chinese
    months = tuple(
        QCoreApplication.translate("ChartWords", "{month}").format(month=n) for n in range(1, 13)
    )
    return ChartWords(
        empty=QCoreApplication.translate(
            "ChartWords", "No applications in this period yet. Log some, or widen the dates."
        ),
        small_sample=QCoreApplication.translate(
            "ChartWords", "Only {count} applications so far: too few to read much into yet."
        ),
        percent=QCoreApplication.translate("ChartWords", "{value} %"),
        more=QCoreApplication.translate("ChartWords", "{count} more"),
        funnel_title=QCoreApplication.translate("ChartWords", "How far applications got"),
        funnel_note=QCoreApplication.translate(
            "ChartWords", "Each % is the share of the stage above that got this far."
        ),
        flow_title=QCoreApplication.translate("ChartWords", "Where applications went"),
        flow_no_moves=QCoreApplication.translate(
            "ChartWords", "No stage changes yet: every application is still where it started."
        ),
        activity_title=QCoreApplication.translate(
            "ChartWords", "Applications and interviews per week"
        ),
        applications=QCoreApplication.translate("ChartWords", "Applications"),
        interviews=QCoreApplication.translate("ChartWords", "Interviews"),
        running_total=QCoreApplication.translate("ChartWords", "Applications in total"),
        per_week=QCoreApplication.translate("ChartWords", "Per week"),
        this_week=QCoreApplication.translate("ChartWords", "This week"),
        goal_line=QCoreApplication.translate("ChartWords", "Goal: {count} a week"),
        week_of=QCoreApplication.translate("ChartWords", "{month} {day}"),
        channels_title=QCoreApplication.translate("ChartWords", "Which channels get answers"),
        response_rate=QCoreApplication.translate("ChartWords", "Got an answer"),
        interview_rate=QCoreApplication.translate("ChartWords", "Got an interview"),
        small_channel=QCoreApplication.translate("ChartWords", "Fewer than {count} applications"),
        channels_note=QCoreApplication.translate(
            "ChartWords", "Hatched: fewer than {count} applications, too few to call a trend."
        ),
        no_channel=QCoreApplication.translate("ChartWords", "Not recorded"),
        referred=QCoreApplication.translate("ChartWords", "Referred (内推), any channel"),
        not_referred=QCoreApplication.translate("ChartWords", "Not referred"),
        materials_title=QCoreApplication.translate(
            "ChartWords", "Which résumé and portfolio versions get answers"
        ),
        materials_empty=QCoreApplication.translate(
            "ChartWords",
            "No version recorded as sent yet: record which résumé or portfolio went with each "
            "application (in its panel) to compare them here.",
        ),
        materials_more=QCoreApplication.translate(
            "ChartWords", "{count} versions sent less often are not shown."
        ),
        times_title=QCoreApplication.translate("ChartWords", "How long each stage takes"),
        days_axis=QCoreApplication.translate("ChartWords", "Days"),
        days=QCoreApplication.translate("ChartWords", "{days} d"),
        first_answer=QCoreApplication.translate("ChartWords", "Until the first answer"),
        median=QCoreApplication.translate("ChartWords", "Median"),
        middle_half=QCoreApplication.translate("ChartWords", "Middle half"),
        categories_title=QCoreApplication.translate("ChartWords", "How each kind of role ended"),
        rounds_title=QCoreApplication.translate("ChartWords", "Interview rounds passed"),
        waiting=QCoreApplication.translate("ChartWords", "{count} waiting"),
        no_rounds=QCoreApplication.translate("ChartWords", "No interview rounds yet."),
        no_offers=QCoreApplication.translate("ChartWords", "No offers to compare yet."),
        take_home=QCoreApplication.translate("ChartWords", "Take-home pay"),
        housing_fund=QCoreApplication.translate("ChartWords", "Housing fund"),
        social_insurance=QCoreApplication.translate("ChartWords", "Social insurance"),
        income_tax=QCoreApplication.translate("ChartWords", "Income tax"),
        employer_housing_fund=QCoreApplication.translate("ChartWords", "Employer's housing fund"),
        take_home_amount=QCoreApplication.translate("ChartWords", "{amount} take-home"),
        yuan_a_year=QCoreApplication.translate("ChartWords", "Yuan a year"),
        months=months if chinese else ChartWords().months,
        chinese_money=chinese,
        names=names,
    )
