"""The boards and sources a copied posting comes from, and the words postings use.

A board is told by its address (in the page's link or the text) or by its name in the text; a
recruiter's chat message by its 【company】 opening. What each board lays out differently is
handled by the general rules of ``tracker.domain.posting_reader`` reading the labels, classes
and line order below.
"""

from __future__ import annotations

import re
from enum import StrEnum

from tracker.domain.enums import Channel


class Board(StrEnum):
    BOSS = "boss"
    LIEPIN = "liepin"
    LAGOU = "lagou"
    ZHAOPIN = "zhaopin"
    JOB51 = "51job"
    NOWCODER = "nowcoder"
    SHIXISENG = "shixiseng"
    LINKEDIN = "linkedin"
    INDEED = "indeed"
    WECHAT = "wechat"
    CHAT = "chat"  # a recruiter's message: 【字节跳动】AI训练师 北京 20-30K·15薪
    OTHER = "other"


# board → (its addresses, its names as a page shows them)
_SIGNS: tuple[tuple[Board, tuple[str, ...], tuple[str, ...]], ...] = (
    (Board.BOSS, ("zhipin.com",), ("BOSS直聘", "Boss直聘")),
    (Board.LIEPIN, ("liepin.com",), ("猎聘",)),
    (Board.LAGOU, ("lagou.com",), ("拉勾",)),
    (Board.ZHAOPIN, ("zhaopin.com",), ("智联招聘",)),
    (Board.JOB51, ("51job.com",), ("前程无忧",)),
    (Board.NOWCODER, ("nowcoder.com",), ("牛客",)),
    (Board.SHIXISENG, ("shixiseng.com",), ("实习僧",)),
    (Board.LINKEDIN, ("linkedin.com",), ("LinkedIn", "领英")),
    (Board.INDEED, ("indeed.com",), ("Indeed",)),
    (Board.WECHAT, ("mp.weixin.qq.com",), ("微信公众号", "公众号", "微信扫一扫")),
)
CHAT_OPENING = re.compile(r"[【\[]\s*([^】\]\n]{1,40}?)\s*[】\]]\s*(.*)$", re.M)
# What a bracketed opening says when it is not a company's name.
_NOT_COMPANIES = frozenset(
    {
        "内推",
        "急招",
        "急聘",
        "招聘",
        "社招",
        "校招",
        "实习",
        "热招",
        "高薪",
        "远程",
        "兼职",
        "全职",
        "置顶",
    }
)

CHANNELS: dict[Board, Channel] = {
    Board.BOSS: Channel.BOSS,
    Board.LIEPIN: Channel.LIEPIN,
    Board.LAGOU: Channel.LAGOU,
    Board.NOWCODER: Channel.NOWCODER,
    Board.LINKEDIN: Channel.LINKEDIN,
    Board.ZHAOPIN: Channel.OTHER,
    Board.JOB51: Channel.OTHER,
    Board.SHIXISENG: Channel.OTHER,
    Board.INDEED: Channel.OTHER,
}


def board_of(text: str, link: str) -> Board:
    """The board a posting comes from: its link first, then an address or a name in the text."""
    for board, addresses, _ in _SIGNS:
        if any(address in link.lower() for address in addresses):
            return board
    lowered = text.lower()
    for board, addresses, _ in _SIGNS:
        if any(address in lowered for address in addresses):
            return board
    for board, _, names in _SIGNS:
        if any(name.lower() in lowered for name in names):
            return board
    if chat_opening(text):
        return Board.CHAT
    return Board.OTHER


def chat_opening(text: str) -> re.Match[str] | None:
    """The line of a message that opens with 【company】, when it names a company."""
    for match in CHAT_OPENING.finditer(text):
        if not recruiting_word(match[1]):
            return match
    return None


def recruiting_word(text: str) -> bool:
    """Whether a bracketed or separated piece says what is recruited rather than who."""
    text = text.strip()
    return text in _NOT_COMPANIES or bool(
        CAMPUS.search(text) or INTERNSHIP.search(text) or re.search(r"招", text)
    )


# A message in the recruiter's words: "我这边是美团的HR，现在在招大模型产品经理".
MESSAGE_COMPANY = re.compile(
    r"(?:我(?:们)?(?:这边)?是|来自)\s*([^\s，,。的]{2,15}?)\s*的\s*(?:HR|hr|HRBP|招聘|猎头|人事|负责人)"
    r"|这里是\s*([^\s，,。的]{2,15}?)\s*的?\s*(?:HR|hr|HRBP|招聘|人事)"
    r"|我们\s*([^\s，,。]{2,15}?)\s*(?:在招|正在招|招聘)"
)
MESSAGE_TITLE = re.compile(r"(?:正在招|在招|招聘|急招)\s*[:：]?\s*([^，,。；;！!\n]{2,30})")
# A city after a word that introduces it, in running text: "地点上海", "base北京", "坐标深圳".
CITY_LEAD = re.compile(r"(?:地点|城市|base|Base|BASE|坐标|位于|工作地)\s*[:：]?\s*")


# Labels a posting puts before a value ("公司名称：…", "Location: …"), per field.
LABELS: dict[str, tuple[str, ...]] = {
    "company": ("公司名称", "公司全称", "企业名称", "招聘企业", "招聘单位", "招聘公司", "公司",
                "Company", "Employer", "Company name"),
    "role": ("职位名称", "岗位名称", "招聘岗位", "招聘职位", "职位", "岗位", "Job title", "Title",
             "Position", "Role"),
    "city": ("工作地点", "工作城市", "工作地址", "上班地点", "办公地点", "地点", "城市", "Base地",
             "base", "Base", "Location", "Work location", "Office"),
    "salary": ("薪资范围", "薪资待遇", "薪资", "薪酬", "月薪", "待遇", "工资", "Salary", "Pay",
               "Compensation", "Salary range"),
    "experience": ("工作经验", "经验要求", "经验", "Experience"),
    "education": ("学历要求", "学历", "Education"),
}  # fmt: skip

# Headings that open a posting's description, and those that close it.
DESCRIPTION_STARTS = re.compile(
    r"^(职位描述|岗位职责|工作职责|职位详情|职位介绍|职位信息|岗位描述|岗位介绍|工作内容|职位职责|"
    r"About the job|Job description|Full job description|Job Description|Responsibilities|"
    r"What you.ll do)[:：]?\s*(.*)$",
    re.I,
)
DESCRIPTION_ENDS = re.compile(
    r"^(公司介绍|公司信息|公司简介|工商信息|公司基本信息|工作地址|竞争力分析|看过该职位的人还看了|"
    r"相似职位|更多职位|相关推荐|BOSS安全提示|投递须知|About the company|About us|Company overview|"
    r"Similar jobs|Show more|Seniority level|Report this job|Set alert for similar jobs|"
    r"People also viewed)",
    re.I,
)

# Words a job title holds (in titles, almost always; in other short lines, rarely).
ROLE_WORDS = re.compile(
    r"训练师|工程师|产品经理|经理|算法|研究员|设计师|标注|专家|运营|开发|架构师|科学家|分析师|"
    r"实习生|顾问|负责人|主管|总监|助理|专员|策划|编辑|写手|测试|讲师|评测|研究|"
    r"prompt|\b(?:PM|engineer|manager|scientist|designer|developer|analyst|researcher|trainer|"
    r"intern|specialist|lead|consultant|architect|annotator|writer)s?\b|"
    r"[师员官](?:[（(][^）)]*[）)])?$",
    re.I,
)
# A line that is a company's name: a registered name's ending.
COMPANY_ENDINGS = re.compile(
    r"(有限责任公司|股份有限公司|有限公司|集团|科技|公司|工作室|研究院|实验室|"
    r"\bInc\.?|\bLtd\.?|\bLLC|\bCo\.,? ?Ltd\.?|\bTechnologies|\bTechnology|\bLabs?|\bGroup)$",
    re.I,
)
# Lines a board shows under a company's name: its funding stage and its size.
COMPANY_FACTS = re.compile(
    r"^(已上市|不需要融资|未融资|天使轮|Pre-A轮|A\+?轮|B\+?轮|C\+?轮|D轮及以上|战略投资|上市公司|"
    r"民营公司|民营企业|国有企业|外资\S{0,6}|合资公司|创业公司|央企|"
    r"\d+-\d+人|\d+人以上|少于\d+人|\d+人以下|\d+ ?- ?\d+ employees|\d+,?\d*\+? employees|"
    r"民营|国企|外商独资|合资|事业单位|互联网|计算机软件|人工智能|IT服务|本地生活|电子商务|电商|"
    r"游戏|金融|教育|在线教育|企业服务|文娱|内容资讯|社交网络与媒体|医疗健康|汽车|智能硬件|硬件|"
    r"零售|零售/批发|物流|通信|半导体|新能源|咨询|广告营销|科研|Software Development|"
    r"Internet|IT Services and IT Consulting|Financial Services|"
    r"Technology, Information and Internet)$",
    re.I,
)
EXPERIENCE = re.compile(
    r"(\d+\s*[-~至]\s*\d+\s*年|\d+\s*年以上|\d+\s*年以内|\d+年及以上|经验不限|无需经验|无经验|"
    r"在校/应届|应届生|应届|\d+\+? years?(?: of experience)?)",
    re.I,
)
EDUCATION = re.compile(
    r"(学历不限|博士|硕士|研究生|本科|大专|中专/中技|中专|高中|"
    r"Bachelor'?s|Master'?s|PhD|Ph\.D\.)(及以上)?",
    re.I,
)
# Benefits a posting lists, and the tag each is kept as.
BENEFITS: tuple[tuple[str, str], ...] = (
    ("六险一金", "六险一金"), ("五险一金", "五险一金"), ("周末双休", "双休"), ("双休", "双休"),
    ("大小周", "大小周"), ("餐补", "餐补"), ("包吃", "包吃"), ("包住", "包住"),
    ("住房补贴", "房补"), ("房补", "房补"), ("交通补助", "交通补贴"), ("交通补贴", "交通补贴"),
    ("带薪年假", "带薪年假"), ("年终奖", "年终奖"), ("股票期权", "股票期权"), ("期权", "股票期权"),
    ("弹性工作", "弹性工作"), ("免费班车", "班车"), ("定期体检", "体检"), ("节日福利", "节日福利"),
    ("加班补助", "加班补助"), ("补充医疗保险", "补充医疗保险"), ("零食下午茶", "下午茶"),
    ("团建", "团建"), ("远程办公", "远程办公"),
)  # fmt: skip
REMOTE = re.compile(r"远程办公|远程工作|居家办公|可远程|全远程|\bremote\b", re.I)
HYBRID = re.compile(r"混合办公|\bhybrid\b", re.I)
CAMPUS = re.compile(r"校招|校园招聘|秋招|春招|20\d\d届|应届生|new grad|graduate program", re.I)
INTERNSHIP = re.compile(r"实习|\bintern(ship)?\b", re.I)
EXPERIENCED = re.compile(r"社招|社会招聘", re.I)
URL = re.compile(r"https?://[^\s<>\"'（）()【】，。；]+", re.I)
# A headline naming the company before what it recruits: "阶跃星辰 2027届校园招聘正式启动",
# "智谱AI招聘大模型数据运营".
RECRUITING_HEADLINE = re.compile(
    r"^(?:[【\[][^】\]]*[】\]])?\s*([^\s【】|｜:：，,。]{2,20}?)\s*"
    r"(?:20\d\d届|校园招聘|社会招聘|秋招|春招|校招|社招|招聘|在招)"
)
# Words before a title in a message: "在招AI产品运营", "招聘：…".
TITLE_LEAD = re.compile(r"^(?:正在招|在招|急招|急聘|招聘|招)\s*[:：]?\s*")
