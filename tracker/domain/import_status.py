"""Other tools' words for where an application stands, read as Pivot's stages and outcomes.

Huntr's lists, Teal's and JobSync's statuses, and what people type in their own spreadsheets in
Chinese and English. A user's own stage names are read too (the caller passes them in).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from tracker.domain.enums import Channel, Outcome, RoleCategory, Stage
from tracker.domain.import_fields import header_key

_STAGE_WORDS: dict[Stage, tuple[str, ...]] = {
    Stage.WISHLIST: (
        "wishlist", "wish list", "saved", "bookmarked", "interested", "to apply", "draft",
        "applying", "planned", "想投", "收藏", "待投递", "待申请", "准备投递", "感兴趣", "意向",
    ),
    Stage.APPLIED: (
        "applied", "submitted", "application sent", "sent", "已投递", "投递", "已申请",
        "申请", "已投", "已投简历", "投了",
    ),
    Stage.SCREENING: (
        "screening", "screen", "phone screen", "recruiter call", "in review", "reviewing",
        "简历筛选", "筛选", "筛选中", "初筛", "简历通过", "hr沟通", "沟通中",
    ),
    Stage.ASSESSMENT: (
        "assessment", "test", "online assessment", "oa", "take home", "take-home",
        "笔试", "测评", "测试", "作业", "机试",
    ),
    Stage.INTERVIEWING: (
        "interview", "interviewing", "interviews", "面试", "面试中", "一面", "二面", "三面",
        "终面", "hr面", "复试", "初试",
    ),
    Stage.OFFER: (
        "offer", "offered", "negotiating", "negotiation", "offer received", "谈薪", "offer中",
        "已获offer", "收到offer", "拿到offer", "意向书",
    ),
    Stage.ACCEPTED: (
        "accepted", "hired", "offer accepted", "joined", "已接受", "接受offer", "入职",
        "已入职", "签约", "已签约",
    ),
}  # fmt: skip

_OUTCOME_WORDS: dict[Outcome, tuple[str, ...]] = {
    Outcome.REJECTED: (
        "rejected", "rejection", "declined by company", "not selected", "no offer",
        "拒绝", "被拒", "未通过", "挂了", "不合适", "淘汰", "没过", "拒信",
    ),
    Outcome.DECLINED: ("declined", "offer declined", "turned down", "我拒绝", "婉拒", "拒了offer"),
    Outcome.WITHDRAWN: ("withdrawn", "withdrew", "放弃", "撤回", "不考虑"),
    Outcome.GHOSTED: (
        "ghosted", "no response", "no reply", "无回音", "没回复", "石沉大海", "已读不回", "未回复",
    ),
    Outcome.TALENT_POOL: ("talent pool", "人才库", "储备"),
}  # fmt: skip

_CHANNEL_WORDS: dict[Channel, tuple[str, ...]] = {
    Channel.BOSS: ("boss", "boss直聘", "bosszhipin", "zhipin", "直聘"),
    Channel.LIEPIN: ("liepin", "猎聘"),
    Channel.LAGOU: ("lagou", "拉勾", "拉钩"),
    Channel.NOWCODER: ("nowcoder", "牛客", "牛客网"),
    Channel.LINKEDIN: ("linkedin", "领英"),
    Channel.REFERRAL: ("referral", "referred", "内推", "推荐"),
    Channel.COMPANY_SITE: (
        "company site", "company website", "careers page", "website", "官网", "公司官网",
    ),
    Channel.HEADHUNTER: ("headhunter", "recruiter", "agency", "猎头"),
}  # fmt: skip

# Title words that name a role category, most specific first.
_CATEGORY_WORDS: tuple[tuple[RoleCategory, tuple[str, ...]], ...] = (
    (RoleCategory.AI_TRAINER, ("训练师", "标注", "trainer", "annotat", "data label")),
    (RoleCategory.PROMPT, ("prompt", "提示词")),
    (RoleCategory.AI_PRODUCT, ("产品经理", "product manager", "产品运营")),
    (RoleCategory.LLM_ALGORITHM, ("大模型算法", "llm algorithm", "llm engineer", "nlp算法")),
    (RoleCategory.RESEARCH, ("研究员", "research", "scientist")),
    (RoleCategory.ALGORITHM, ("算法", "algorithm", "machine learning", "ml engineer")),
    (RoleCategory.AIGC_DESIGN, ("aigc", "设计", "design", "视觉", "美术")),
    (RoleCategory.AI_APP_DEV, ("开发", "developer", "engineer", "工程师", "agent")),
    (RoleCategory.SOLUTIONS, ("解决方案", "solution", "售前", "presales")),
    (RoleCategory.DATA_ANALYST, ("数据分析", "data analyst", "analyst")),
)


_E = TypeVar("_E", bound=StrEnum)


def _table(words: Mapping[_E, tuple[str, ...]]) -> dict[str, _E]:
    return {header_key(word): value for value, group in words.items() for word in group}


_STAGES = _table(_STAGE_WORDS)
_OUTCOMES = _table(_OUTCOME_WORDS)
_CHANNELS = _table(_CHANNEL_WORDS)
_BY_VALUE = {header_key(value): value for value in (*Stage, *Outcome)}


def read_status(
    text: str, own_stages: Mapping[str, str] | None = None
) -> tuple[str | None, Outcome | None]:
    """The stage key and outcome a status word names: ``("interviewing", None)``,
    ``(None, Outcome.REJECTED)``; ``(None, None)`` when it names neither.

    Args:
        text: The status as the file writes it.
        own_stages: The user's stage names (as ``header_key`` of the name) → stage key.
    """
    key = header_key(text)
    if not key:
        return None, None
    if own_stages and key in own_stages:
        return own_stages[key], None
    if key in _BY_VALUE:
        value = _BY_VALUE[key]
        return (None, Outcome(value)) if value in set(Outcome) else (str(value), None)
    if key in _OUTCOMES:
        return None, Outcome(str(_OUTCOMES[key]))
    if key in _STAGES:
        return str(_STAGES[key]), None
    return None, None


def read_channel(text: str) -> Channel | None:
    """The channel a source names; a source Pivot does not know is "other", none is None."""
    key = header_key(text)
    if not key:
        return None
    value = _CHANNELS.get(key) or _BY_CHANNEL_VALUE.get(key)
    return Channel(str(value)) if value else Channel.OTHER


_BY_CHANNEL_VALUE = {header_key(value): value for value in Channel}


def guess_category(title: str) -> RoleCategory:
    """The role category a job title suggests (``AI训练师（多模态）`` → AI trainer)."""
    text = title.casefold()
    for category, words in _CATEGORY_WORDS:
        if any(word in text for word in words):
            return category
    return RoleCategory.OTHER
