"""A small job hunt built by hand, with every figure known: twelve applications, their stage
events and their interview rounds."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from matplotlib import cbook
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from tracker.charts.words import ChartWords
from tracker.domain.enums import (
    Channel,
    DocumentKind,
    InterviewOutcome,
    Outcome,
    RoleCategory,
    Stage,
)
from tracker.domain.insights import InsightData, Material, Move, RoundResult, select
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 25, 18, 0, tzinfo=SHANGHAI)
START = NOW - timedelta(days=60)

# id: (channel, category, path of (stage, outcome) after Applied, days between moves)
PATHS: dict[int, tuple[Channel, RoleCategory, list[tuple[str, Outcome | None]]]] = {
    1: (Channel.BOSS, RoleCategory.AI_TRAINER, [(Stage.APPLIED, Outcome.REJECTED)]),
    2: (Channel.BOSS, RoleCategory.AI_TRAINER,
        [(Stage.SCREENING, None), (Stage.INTERVIEWING, None), (Stage.OFFER, None)]),
    3: (Channel.BOSS, RoleCategory.AI_PRODUCT,
        [(Stage.SCREENING, None), (Stage.SCREENING, Outcome.REJECTED)]),
    4: (Channel.BOSS, RoleCategory.AI_PRODUCT, []),
    5: (Channel.BOSS, RoleCategory.PROMPT, [(Stage.APPLIED, Outcome.GHOSTED)]),
    6: (Channel.LIEPIN, RoleCategory.AI_TRAINER,
        [(Stage.SCREENING, None), (Stage.ASSESSMENT, None), (Stage.INTERVIEWING, None),
         (Stage.INTERVIEWING, Outcome.REJECTED)]),
    7: (Channel.LIEPIN, RoleCategory.LLM_ALGORITHM,
        [(Stage.SCREENING, None), (Stage.INTERVIEWING, None)]),
    8: (Channel.LIEPIN, RoleCategory.PROMPT, [(Stage.SCREENING, None)]),
    9: (Channel.LIEPIN, RoleCategory.AI_PRODUCT, [(Stage.APPLIED, Outcome.WITHDRAWN)]),
    10: (Channel.REFERRAL, RoleCategory.AI_TRAINER,
         [(Stage.SCREENING, None), (Stage.INTERVIEWING, None), (Stage.OFFER, None),
          (Stage.ACCEPTED, None)]),
    11: (Channel.REFERRAL, RoleCategory.AI_PRODUCT,
         [(Stage.SCREENING, None), (Stage.SCREENING, Outcome.TALENT_POOL)]),
    12: (Channel.LINKEDIN, RoleCategory.PROMPT, [(Stage.APPLIED, Outcome.REJECTED)]),
}  # fmt: skip
APPLIED = len(PATHS)
# Channels with fewer than SMALL_SAMPLE (5) applications: Liepin (4), Referral (2), LinkedIn (1).
SMALL_CHANNELS = (Channel.LIEPIN, Channel.REFERRAL, Channel.LINKEDIN)


def row(id_: int, stage: str, outcome: Outcome | None, channel: Channel,
        category: RoleCategory, applied_on: date, changed: datetime) -> ApplicationRow:  # fmt: skip
    return ApplicationRow(
        id_, f"u{id_}", f"公司{id_}", "AI训练师", category, "北京", channel, stage, outcome,
        changed, applied_on, "", None, None, None, None, "", None, False,
    )  # fmt: skip


def hunt(pipeline: Pipeline | None = None) -> InsightData:
    rows: list[ApplicationRow] = []
    moves: dict[int, tuple[Move, ...]] = {}
    for id_, (channel, category, path) in PATHS.items():
        sent = START + timedelta(days=4 * id_)
        history = [Move(id_, Stage.APPLIED, None, sent)]
        at = sent
        for stage, outcome in path:
            at += timedelta(days=3)
            history.append(Move(id_, stage, outcome, at))
        stage, outcome = history[-1].to_stage, history[-1].to_outcome
        rows.append(row(id_, stage, outcome, channel, category, sent.date(), at))
        moves[id_] = tuple(history)
    rounds = [
        RoundResult(2, "一面", InterviewOutcome.PASSED, START + timedelta(days=20)),
        RoundResult(2, "二面", InterviewOutcome.PASSED, START + timedelta(days=23)),
        RoundResult(6, "一面", InterviewOutcome.FAILED, START + timedelta(days=40)),
        RoundResult(7, "一面", InterviewOutcome.PASSED, NOW - timedelta(days=2)),
        RoundResult(7, "二面", InterviewOutcome.PENDING, NOW + timedelta(days=1)),
        RoundResult(10, "一面", InterviewOutcome.PASSED, START + timedelta(days=50)),
        RoundResult(10, "HR面", InterviewOutcome.PASSED, START + timedelta(days=53)),
    ]
    return select(
        rows, moves, rounds, pipeline or Pipeline.default(), NOW, materials=materials_sent()
    )


def materials_sent(
    resume: str = "简历 · v3 多模态", portfolio: str = "作品集 · 标注案例"
) -> dict[int, tuple[Material, ...]]:
    """The hunt's résumé went with every application, its portfolio with 2, 6 and 10."""
    sent = {id_: (Material(DocumentKind.RESUME, resume),) for id_ in PATHS}
    for id_ in (2, 6, 10):
        sent[id_] += (Material(DocumentKind.PORTFOLIO, portfolio),)
    return sent


def few(count: int) -> InsightData:
    """The first ``count`` applications of the hunt only."""
    data = hunt()
    kept = data.rows[:count]
    ids = {kept_row.id for kept_row in kept}
    return select(
        kept,
        {key: value for key, value in data.moves.items() if key in ids},
        data.rounds,
        data.pipeline,
        NOW,
        materials=data.materials,
    )


def nothing() -> InsightData:
    return select([], {}, [], Pipeline.default(), NOW)


def figure(width: int = 720, height: int = 400) -> Figure:
    drawn = Figure(figsize=(width / 100, height / 100), dpi=100, layout="constrained")
    FigureCanvasAgg(drawn)
    return drawn


def shown(drawn: Figure) -> list[Text]:
    """Every text the figure draws, once drawn (so that tick labels are real): no empty or
    hidden ones, no tick labels of a hidden axis or outside an axis's range."""
    drawn.canvas.draw()
    hidden: set[int] = set()
    for axes in drawn.axes:
        for axis, (low, high) in ((axes.xaxis, axes.get_xlim()), (axes.yaxis, axes.get_ylim())):
            labels = [*axis.get_ticklabels(), axis.label]
            if not axes.axison or not axis.get_visible():
                hidden.update(map(id, labels))
                continue
            index = 0 if axis is axes.xaxis else 1
            for label in axis.get_ticklabels():
                if not min(low, high) <= label.get_position()[index] <= max(low, high):
                    hidden.add(id(label))
    return [
        text
        for text in drawn.findobj(Text)
        if isinstance(text, Text)
        and text.get_visible()
        and text.get_text()
        and id(text) not in hidden
    ]


FORMULA = "(typeset as a formula)"


def reads(text: Text) -> str:
    """What a text puts on the page: its characters, or FORMULA when matplotlib would typeset
    them as mathematics (an even number of unescaped dollar signs, unless told not to)."""
    raw = text.get_text()
    if not text.get_parse_math():
        return raw
    if cbook.is_math_text(raw):
        return FORMULA
    return raw.replace(r"\$", "$")


def texts(drawn: Figure) -> list[str]:
    """What every text the figure draws says."""
    return [text.get_text() for text in shown(drawn)]


CHINESE_NAMES = {
    "applied": "已投递", "screening": "沟通中", "assessment": "笔试/测评", "interviewing": "面试中",
    "offer": "Offer", "accepted": "已接受", "wishlist": "想投", "rejected": "未通过",
    "declined": "已拒绝", "withdrawn": "已放弃", "ghosted": "无回音", "talent_pool": "泡池子",
    "in_progress": "进行中", "boss": "BOSS直聘", "liepin": "猎聘", "lagou": "拉勾",
    "nowcoder": "牛客", "linkedin": "领英", "referral": "内推", "company_site": "官网",
    "headhunter": "猎头", "other": "其他", "ai_trainer": "AI训练师 / 数据标注",
    "llm_algorithm": "大模型算法", "algorithm": "算法工程师（CV / 推荐）",
    "research": "深度学习研究员", "prompt": "Prompt工程师", "ai_product": "AI产品经理",
    "ai_app_dev": "AI应用开发", "aigc_design": "AIGC设计 / 多模态",
    "solutions": "AI解决方案 / 售前", "data_analyst": "数据分析",
}  # fmt: skip

CHINESE = ChartWords(
    empty="这段时间还没有投递。记录几条，或放宽日期范围。",
    small_sample="目前只有 {count} 份投递，样本太少，先别急着下结论。",
    percent="{value}%",
    funnel_title="投递走到了哪一步",
    funnel_note="百分比：上一阶段中走到这一步的比例。",
    flow_title="投递的去向",
    flow_no_moves="还没有阶段变化：每份投递都还在原处。",
    activity_title="每周投递与面试",
    applications="投递",
    interviews="面试",
    running_total="累计投递",
    per_week="每周",
    this_week="本周",
    week_of="{month}{day}日",
    months=tuple(f"{month}月" for month in range(1, 13)),
    channels_title="哪些渠道有回音",
    response_rate="有回复",
    interview_rate="有面试",
    small_channel="不足 {count} 份投递",
    channels_note="斜线：投递不足 {count} 份，样本太少，看不出趋势。",
    no_channel="未记录",
    times_title="每个阶段要多久",
    days_axis="天",
    days="{days} 天",
    first_answer="投递到首次回复",
    median="中位数",
    middle_half="中间一半",
    categories_title="各类岗位的结果",
    rounds_title="各轮面试通过率",
    waiting="{count} 个待定",
    no_rounds="还没有面试记录。",
    no_offers="还没有可比较的 offer。",
    take_home="到手",
    housing_fund="公积金",
    social_insurance="社保",
    income_tax="个税",
    employer_housing_fund="单位缴公积金",
    take_home_amount="到手 {amount}",
    yuan_a_year="元/年",
    chinese_money=True,
    names=CHINESE_NAMES,
)
