"""What each insight chart shows for a hunt whose figures are known: the numbers in its labels,
the bands of the flow, the marked week, the small samples; the sentence in place of an empty
chart; every text inside the figure. Headless: matplotlib's Agg, no Qt."""

from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
import pytest
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text

from tests.unit.charts.hunt import (
    APPLIED,
    CHINESE,
    SMALL_CHANNELS,
    few,
    figure,
    hunt,
    nothing,
    shown,
    texts,
)
from tracker.charts import catalog
from tracker.charts.activity import draw_activity, week_label
from tracker.charts.categories import draw_categories
from tracker.charts.channels import draw_channels
from tracker.charts.flow import Band, Node, draw_flow
from tracker.charts.funnel import draw_funnel
from tracker.charts.offers import draw_offer_components
from tracker.charts.style import DARK, LIGHT
from tracker.charts.text import elide, format_days, format_yuan
from tracker.charts.times import draw_stage_times
from tracker.charts.words import ChartWords
from tracker.domain import insights
from tracker.domain.enums import Channel, Outcome, RoleCategory, Stage
from tracker.domain.insights import (
    IN_PROGRESS,
    CategoryOutcomes,
    ChannelStat,
    FlowLink,
    FunnelStep,
    Week,
)
from tracker.domain.pipeline import Pipeline, StageDefinition

ENGLISH = ChartWords()


def notes(drawn: Figure) -> list[str]:
    return [text.get_text() for text in drawn.findobj(Text) if text.get_gid() == "note"]


# -- the funnel ----------------------------------------------------------------------------


def test_the_funnel_labels_each_stage_with_its_count_and_the_rate_from_the_stage_before() -> None:
    drawn = figure()
    draw_funnel(drawn, insights.funnel(hunt()), ENGLISH, LIGHT)
    (axes,) = drawn.axes
    assert [text.get_text() for text in axes.texts] == [
        "12",
        "7 · 58 %",
        "4 · 57 %",
        "4 · 100 %",
        "2 · 50 %",
        "1 · 50 %",
    ]
    names = [label.get_text() for label in axes.get_yticklabels()]
    assert names == ["Applied", "Screening", "Assessment", "Interviewing", "Offer", "Accepted"]


def test_funnel_numbers_have_thousands_separators_and_the_words_percent_sign() -> None:
    steps = [FunnelStep("applied", 9_284, None), FunnelStep("screening", 5_903, 0.6358)]
    drawn = figure()
    draw_funnel(drawn, steps, ENGLISH, LIGHT)
    assert [text.get_text() for text in drawn.axes[0].texts] == ["9,284", "5,903 · 64 %"]
    draw_funnel(drawn, steps, CHINESE, LIGHT)
    assert [text.get_text() for text in drawn.axes[0].texts] == ["9,284", "5,903 · 64%"]
    assert [label.get_text() for label in drawn.axes[0].get_yticklabels()] == ["已投递", "沟通中"]


def test_the_users_own_stage_names_win() -> None:
    pipeline = Pipeline.default().with_stage(StageDefinition("screening", name="HR 聊过"))
    drawn = figure()
    draw_funnel(drawn, insights.funnel(hunt(pipeline)), ENGLISH, LIGHT, pipeline)
    assert "HR 聊过" in [label.get_text() for label in drawn.axes[0].get_yticklabels()]


# -- the flow ------------------------------------------------------------------------------


def bands(drawn: Figure) -> list[Band]:
    return [patch for patch in drawn.axes[0].patches if isinstance(patch, Band)]


def test_the_bands_leaving_applied_add_up_to_every_application() -> None:
    drawn = figure()
    draw_flow(drawn, insights.flow(hunt()), ENGLISH, LIGHT)
    leaving = [band for band in bands(drawn) if band.link.source == Stage.APPLIED]
    assert sum(band.link.count for band in leaving) == APPLIED
    # Each band is as thick as its count, and together they fill Applied's node exactly.
    (applied,) = [n for n in drawn.axes[0].patches if isinstance(n, Node) and n.key == "applied"]
    assert applied.get_height() == APPLIED
    edges: list[tuple[float, float]] = []
    for band in leaving:
        outline = np.asarray(band.get_path().vertices, dtype=float)
        at_node = outline[np.isclose(outline[:, 0], applied.get_x() + applied.get_width())]
        top, bottom = float(at_node[:, 1].min()), float(at_node[:, 1].max())
        edges.append((top, bottom))
        assert bottom - top == pytest.approx(band.link.count)
    edges.sort()
    assert edges[0][0] == pytest.approx(applied.get_y())
    for (_top, bottom), (top, _bottom) in itertools.pairwise(edges):
        assert top == pytest.approx(bottom)
    assert edges[-1][1] == pytest.approx(applied.get_y() + APPLIED)
    # The counts on those bands are shown, and add up to Applied's count.
    shown = [int(t.get_text()) for t in drawn.axes[0].texts if t.get_gid() == "band-count"]
    assert sorted(shown) == sorted(band.link.count for band in leaving)


def test_every_link_is_a_band_except_an_accepted_offer_still_open() -> None:
    links = insights.flow(hunt())
    drawn = figure()
    draw_flow(drawn, links, ENGLISH, LIGHT)
    drawn_links = {band.link for band in bands(drawn)}
    skipped = set(links) - drawn_links
    assert skipped == {FlowLink(Stage.ACCEPTED, IN_PROGRESS, 1)}
    ends = {node.key: node.count for node in drawn.axes[0].patches if isinstance(node, Node)}
    assert ends[Outcome.REJECTED] == 4
    assert ends[Stage.ACCEPTED] == 1


def test_stage_columns_run_left_to_right_in_pipeline_order_and_endings_at_the_right() -> None:
    drawn = figure()
    draw_flow(drawn, insights.flow(hunt()), ENGLISH, LIGHT)
    nodes = [patch for patch in drawn.axes[0].patches if isinstance(patch, Node)]
    stages = [node for node in nodes if node.key in {stage.value for stage in Stage}]
    order = [node.key for node in sorted(stages, key=lambda node: node.get_x())]
    assert order == ["applied", "screening", "assessment", "interviewing", "offer", "accepted"]
    rightmost = max(node.get_x() for node in nodes)
    ends = {node.key for node in nodes if node.get_x() == rightmost}
    assert ends == {"rejected", "ghosted", "withdrawn", "talent_pool", IN_PROGRESS}


def test_a_flow_without_stage_changes_draws_what_it_has_and_says_so() -> None:
    links = [FlowLink("applied", IN_PROGRESS, 3), FlowLink("applied", "rejected", 4)]
    drawn = figure()
    draw_flow(drawn, links, ENGLISH, LIGHT)
    assert sum(band.link.count for band in bands(drawn)) == 7
    assert notes(drawn) == [ENGLISH.flow_no_moves]


# -- activity ------------------------------------------------------------------------------


def test_activity_marks_the_last_week_as_this_week() -> None:
    shown = insights.activity(hunt())
    weeks = shown.weeks
    assert shown.current == len(weeks) - 1
    drawn = figure()
    draw_activity(drawn, shown, ENGLISH, LIGHT)
    axes = drawn.axes[0]
    (span,) = [patch for patch in axes.patches if patch.get_gid() == "this-week"]
    corners = np.asarray(span.get_path().transformed(span.get_patch_transform()).vertices)
    assert (corners[:, 0].min(), corners[:, 0].max()) == (len(weeks) - 1.5, len(weeks) - 0.5)
    (label,) = [text for text in axes.texts if text.get_gid() == "this-week-label"]
    assert label.get_text() == "This week"
    assert label.get_position()[0] == len(weeks) - 1
    ticks = [tick.get_text() for tick in axes.get_xticklabels()]
    assert ticks[-1] == week_label(weeks[-1], ENGLISH) == "Nov 23"


def test_activity_draws_the_weekly_goal_as_a_line_above_every_bar() -> None:
    from dataclasses import replace

    shown = insights.activity(replace(hunt(), weekly_goal=40))
    assert shown.goal == 40
    drawn = figure()
    draw_activity(drawn, shown, ENGLISH, LIGHT)
    axes = drawn.axes[0]
    (goal,) = [line for line in axes.get_lines() if line.get_gid() == "goal"]
    assert list(goal.get_ydata()) == [40, 40]  # type: ignore[arg-type]
    assert axes.get_ylim()[1] > 40, "the goal fits on the chart"
    (label,) = [text for text in axes.texts if text.get_gid() == "goal-label"]
    assert label.get_text() == "Goal: 40 a week"
    plain = figure()
    draw_activity(plain, insights.activity(hunt()), ENGLISH, LIGHT)
    assert not [line for line in plain.axes[0].get_lines() if line.get_gid() == "goal"]


def test_activity_draws_applications_and_interviews_per_week_and_the_running_total() -> None:
    shown = insights.activity(hunt(), most_weeks=6)
    weeks = shown.weeks
    drawn = figure()
    draw_activity(drawn, shown, ENGLISH, LIGHT)
    axes, running = drawn.axes
    heights = [bar.get_height() for bar in axes.patches if isinstance(bar, Rectangle)]
    heights = heights[: 2 * len(weeks)]
    assert heights[: len(weeks)] == [week.applications for week in weeks]
    assert heights[len(weeks) :] == [week.interviews for week in weeks]
    (line,) = running.get_lines()
    totals = list(
        itertools.accumulate((week.applications for week in weeks), initial=shown.carried)
    )[1:]
    assert list(line.get_ydata()) == totals  # type: ignore[arg-type]
    assert totals[-1] == len(hunt().rows)  # what was sent before the weeks shown is carried
    assert str(totals[-1]) in [text.get_text() for text in running.texts]
    (legend,) = drawn.legends
    assert legend.get_title().get_text() == ENGLISH.activity_title
    assert [t.get_text() for t in legend.get_texts()] == [
        "Applications",
        "Interviews",
        "Applications in total",
    ]


def test_weeks_are_named_in_the_words_language() -> None:
    weeks = insights.activity(hunt()).weeks
    assert week_label(weeks[-1], CHINESE) == "11月23日"


# -- channels ------------------------------------------------------------------------------


def test_channels_show_each_rate_with_its_counts_and_hatch_small_samples() -> None:
    stats = insights.channels(hunt())
    drawn = figure()
    draw_channels(drawn, stats, ENGLISH, LIGHT)
    axes = drawn.axes[0]
    labels = [text.get_text() for text in axes.texts]
    assert labels[:2] == ["60 % · 3/5", "20 % · 1/5"]  # BOSS: 3 answered, 1 interviewed of 5
    assert "50 % · 1/2" in labels  # Referral's interviews
    bars = [patch for patch in axes.patches if isinstance(patch, Rectangle)]
    small = [bar for bar in bars if bar.get_gid() == "small-sample"]
    assert len(small) == 2 * len(SMALL_CHANNELS)
    assert all(bar.get_hatch() for bar in small)
    assert not any(bar.get_hatch() for bar in bars if bar not in small)
    names = axes.get_yticklabels()
    assert [name.get_text() for name in names] == ["BOSS Zhipin", "Liepin", "Referral", "LinkedIn"]
    assert names[0].get_color() == LIGHT.text
    assert {name.get_color() for name in names[1:]} == {LIGHT.muted}
    (legend,) = drawn.legends
    assert [t.get_text() for t in legend.get_texts()][-1] == "Fewer than 5 applications"
    handle = legend.legend_handles[-1]
    assert isinstance(handle, Patch) and handle.get_hatch()
    assert notes(drawn) == [ENGLISH.channels_note.format(count=5)]


def test_channels_without_small_samples_need_no_note() -> None:
    stats = [replace(stat, applied=stat.applied * 10) for stat in insights.channels(hunt())]
    drawn = figure()
    draw_channels(drawn, stats, ENGLISH, LIGHT)
    assert notes(drawn) == []
    assert len(drawn.legends[0].get_texts()) == 2


def test_an_unrecorded_channel_is_named_so() -> None:
    stats = [replace(insights.channels(hunt())[0], channel=None)]
    drawn = figure()
    draw_channels(drawn, stats, ENGLISH, LIGHT)
    assert [label.get_text() for label in drawn.axes[0].get_yticklabels()] == ["Not recorded"]


# -- time, categories and rounds -----------------------------------------------------------


def test_stage_times_show_each_median_in_days_and_the_first_answer_last() -> None:
    data = hunt()
    times = insights.stage_times(data)
    first = insights.first_response_days(data)
    assert first is not None
    drawn = figure()
    draw_stage_times(drawn, times, first, ENGLISH, LIGHT)
    axes = drawn.axes[0]
    names = [label.get_text() for label in axes.get_yticklabels()]
    assert names[-1] == "Until the first answer"
    assert names[0] == "Applied"
    assert [text.get_text() for text in axes.texts][-1] == format_days(first.median, ENGLISH)
    medians = [line.get_xdata()[0] for line in axes.get_lines() if line.get_gid() == "median"]  # type: ignore[index]
    assert medians == [time.spread.median for time in times] + [first.median]


def test_categories_split_each_kind_of_role_by_how_it_ended_and_rounds_show_pass_rates() -> None:
    data = hunt()
    outcomes = insights.category_outcomes(data)
    rounds = insights.round_pass_rates(data, ("一面", "二面", "HR面"))
    drawn = figure()
    draw_categories(drawn, outcomes, rounds, ENGLISH, LIGHT)
    left, right = drawn.axes
    segments = [c for c in left.collections if isinstance(c, PolyCollection)]
    keys = [str(segment.get_gid()).removeprefix("end:") for segment in segments]
    assert keys == ["offer", IN_PROGRESS, "talent_pool", "withdrawn", "ghosted", "rejected"]
    assert [t.get_text() for t in left.texts] == [str(c.total) for c in outcomes]
    assert [t.get_text() for t in right.texts] == [
        "75 % · 3/4",  # 一面: 3 passed, 1 failed
        "100 % · 1/1",  # 二面: 1 passed…
        "1 waiting",  # …and 1 waiting for the result
        "100 % · 1/1",
    ]
    assert [label.get_text() for label in right.get_yticklabels()] == ["一面", "二面", "HR面"]


# -- empty and small -----------------------------------------------------------------------


@pytest.mark.parametrize("spec", catalog.CHARTS, ids=catalog.KEYS)
def test_no_data_shows_the_sentence_and_no_axes(spec: catalog.ChartSpec) -> None:
    drawn = figure()
    spec.draw(drawn, hunt(), ENGLISH, LIGHT)
    spec.draw(drawn, nothing(), ENGLISH, LIGHT)
    assert drawn.axes == []
    assert drawn.legends == []
    shown = texts(drawn)
    assert ENGLISH.empty in shown
    assert spec.title(ENGLISH) in shown


@pytest.mark.parametrize("spec", catalog.CHARTS, ids=catalog.KEYS)
def test_a_small_sample_is_drawn_and_said_to_be_small(spec: catalog.ChartSpec) -> None:
    drawn = figure()
    spec.draw(drawn, few(2), ENGLISH, LIGHT)
    assert drawn.axes != []
    assert any("Only 2 applications so far" in note for note in notes(drawn)), notes(drawn)


def test_an_empty_period_of_weeks_is_empty_too() -> None:
    weeks = tuple(Week(week.start, 0, 0) for week in insights.activity(hunt()).weeks)
    drawn = figure()
    draw_activity(drawn, insights.Activity(weeks), ENGLISH, LIGHT)
    assert drawn.axes == []
    assert ENGLISH.empty in texts(drawn)


def test_no_offers_shows_its_sentence() -> None:
    drawn = figure()
    draw_offer_components(drawn, [], ENGLISH, LIGHT)
    assert drawn.axes == []
    assert texts(drawn) == ["No offers to compare yet."]


# -- fit and words -------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(600, 340), (720, 400), (1280, 720)])
@pytest.mark.parametrize("words", [ENGLISH, CHINESE], ids=["en", "zh"])
@pytest.mark.parametrize("spec", catalog.CHARTS, ids=catalog.KEYS)
def test_every_text_stays_inside_the_figure(
    spec: catalog.ChartSpec, words: ChartWords, size: tuple[int, int]
) -> None:
    drawn = figure(*size)
    spec.draw(drawn, hunt(), words, DARK)
    frame = drawn.bbox
    for text in shown(drawn):
        box = text.get_window_extent()
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1 + 0.5, text.get_text()
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1 + 0.5, text.get_text()


def test_the_flows_labels_do_not_overlap() -> None:
    drawn = figure(600, 340)
    draw_flow(drawn, insights.flow(hunt()), CHINESE, LIGHT)
    drawn.canvas.draw()
    boxes = [text.get_window_extent() for text in drawn.axes[0].texts]
    for first, second in itertools.combinations(boxes, 2):
        assert not first.overlaps(second)


def test_a_missing_name_falls_back_to_its_key() -> None:
    words = ChartWords(names={"applied": "已投递"})
    assert words.name("applied") == "已投递"
    assert words.name("custom-7") == "custom-7"
    assert ENGLISH.name(Channel.REFERRAL) == "Referral"
    assert ENGLISH.rate(0.6358) == "64 %"
    assert CHINESE.rate(1.0) == "100%"


def test_numbers_and_labels_are_written_for_people() -> None:
    assert format_days(0.46, ENGLISH) == "0.5 d"
    assert format_days(6.0, ENGLISH) == "6 d"
    assert format_days(12.4, CHINESE) == "12 天"
    assert format_yuan(312_000, True) == "31.2万"
    assert elide("字节跳动 · AI产品经理", 12) == "字节跳动 ·…"


def test_channels_that_do_not_fit_a_short_chart_share_its_last_row() -> None:
    stats = [
        ChannelStat(channel, 40 - index, 20 - index, 10) for index, channel in enumerate(Channel)
    ]
    drawn = figure(600, 240)
    draw_channels(drawn, stats, ENGLISH, LIGHT)
    axes = drawn.axes[0]
    names = [label.get_text() for label in axes.get_yticklabels()]
    shown_rows = len(names) - 1
    assert 2 <= shown_rows < len(stats) - 1
    rest = stats[shown_rows:]
    assert names[-1] == f"{len(rest)} more"
    applied = sum(stat.applied for stat in rest)
    answered = sum(stat.responded for stat in rest)
    assert axes.texts[-2].get_text().endswith(f" · {answered}/{applied}")
    for text in shown(drawn):
        assert drawn.bbox.y0 <= text.get_window_extent().y0, text.get_text()


def test_role_categories_that_do_not_fit_share_the_last_row() -> None:
    outcomes = [
        CategoryOutcomes(category, {"rejected": 5 + index, "in_progress": 3})
        for index, category in enumerate(reversed(RoleCategory))
    ]
    drawn = figure(600, 260)
    draw_categories(drawn, outcomes, [], ENGLISH, LIGHT)
    left = drawn.axes[0]
    names = [label.get_text() for label in left.get_yticklabels()]
    rest = outcomes[len(names) - 1 :]
    assert len(names) < len(outcomes)
    assert names[-1] == f"{len(rest)} more"
    assert left.texts[-1].get_text() == str(sum(category.total for category in rest))
    assert ENGLISH.no_rounds in texts(drawn)


def test_referred_applications_are_drawn_below_the_channels_after_a_line() -> None:
    stats = insights.channels(hunt())
    referred = insights.ChannelStat(Channel.REFERRAL, 6, 5, 3)
    others = insights.ChannelStat(None, 12, 4, 1)
    drawn = figure()
    draw_channels(drawn, stats, ENGLISH, LIGHT, (referred, others))
    axes = drawn.axes[0]
    names = [name.get_text() for name in axes.get_yticklabels()]
    assert names[-2:] == ["Referred (内推), any channel", "Not referred"]
    assert names[:-2] == ["BOSS Zhipin", "Liepin", "Referral", "LinkedIn"]
    labels = [text.get_text() for text in axes.texts]
    assert "83 % · 5/6" in labels and "8 % · 1/12" in labels
    (line,) = [line for line in axes.lines if line.get_ydata()[0] == len(names) - 2.5]
    assert line.get_linestyle() != "None"


def test_each_version_sent_gets_its_rates_with_kinds_apart_and_small_ones_hatched() -> None:
    from tracker.charts.materials import draw_materials
    from tracker.domain.enums import DocumentKind

    resume = insights.Material(DocumentKind.RESUME, "简历 · v3 多模态")
    older = insights.Material(DocumentKind.RESUME, "简历 · v2 通用版（投递了很多次的那一版）")
    portfolio = insights.Material(DocumentKind.PORTFOLIO, "作品集 · 标注案例")
    stats = (
        insights.MaterialStat(resume, 10, 6, 3),
        insights.MaterialStat(older, 12, 3, 1),
        insights.MaterialStat(portfolio, 3, 2, 2),
    )
    drawn = figure()
    draw_materials(drawn, stats, ENGLISH, LIGHT, 25)
    axes = drawn.axes[0]
    names = [name.get_text() for name in axes.get_yticklabels()]
    assert names[0] == "简历 · v3 多模态" and names[2] == "作品集 · 标注案例"
    assert names[1].endswith("…")  # a long name is cut, never over the bars
    labels = [text.get_text() for text in axes.texts]
    assert "60 % · 6/10" in labels and "67 % · 2/3" in labels
    (line,) = [line for line in axes.lines if line.get_ydata()[0] == 1.5]  # before the portfolio
    assert line.get_linestyle() != "None"
    hatched = [patch for patch in axes.patches if patch.get_gid() == "small-sample"]
    assert len(hatched) == 2  # the portfolio's two bars
    assert ENGLISH.channels_note.format(count=insights.SMALL_SAMPLE) in texts(drawn)
    empty = figure()
    draw_materials(empty, (), ENGLISH, LIGHT, 25)
    assert ENGLISH.materials_empty in texts(empty)
