"""What the demo data is drawn from: companies, roles, salaries and the words of a job hunt into
AI roles in China, written the way a career changer would note them down."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.enums import (
    AnswerRating,
    Channel,
    HiringTrack,
    InterviewKind,
    Outcome,
    Priority,
    RoleCategory,
    Stage,
    WorkMode,
    WorkSchedule,
)

Cat = RoleCategory


@dataclass(frozen=True)
class CompanySeed:
    name: str
    industry: str
    cities: tuple[str, ...]  # head office first
    size: str
    funding_stage: str
    website: str
    kind: str  # a key of HIRES


@dataclass(frozen=True)
class QuestionSeed:
    question: str
    answer: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    """How far an application gets and how it ends."""

    stage: Stage
    outcome: Outcome | None = None
    upcoming: bool = False  # an interview is booked in the coming days

    @property
    def is_open(self) -> bool:
        return self.outcome is None and self.stage is not Stage.ACCEPTED


# Shares of the applications; about 60% get past the CV, a third reach interviews.
PLAN_WEIGHTS: tuple[tuple[Plan, int], ...] = (
    (Plan(Stage.WISHLIST), 7),
    (Plan(Stage.APPLIED), 12),
    (Plan(Stage.APPLIED, Outcome.GHOSTED), 12),
    (Plan(Stage.APPLIED, Outcome.REJECTED), 7),
    (Plan(Stage.APPLIED, Outcome.WITHDRAWN), 2),
    (Plan(Stage.SCREENING), 5),
    (Plan(Stage.SCREENING, Outcome.REJECTED), 5),
    (Plan(Stage.SCREENING, Outcome.TALENT_POOL), 3),
    (Plan(Stage.SCREENING, Outcome.WITHDRAWN), 2),
    (Plan(Stage.ASSESSMENT), 3),
    (Plan(Stage.ASSESSMENT, Outcome.REJECTED), 5),
    (Plan(Stage.INTERVIEWING, upcoming=True), 6),
    (Plan(Stage.INTERVIEWING), 4),
    (Plan(Stage.INTERVIEWING, Outcome.REJECTED), 8),
    (Plan(Stage.INTERVIEWING, Outcome.TALENT_POOL), 2),
    (Plan(Stage.INTERVIEWING, Outcome.WITHDRAWN), 2),
    (Plan(Stage.OFFER), 7),
    (Plan(Stage.OFFER, Outcome.DECLINED), 4),
)
ACCEPTED_PER = 60  # one accepted offer in every this many applications


# Days from today a next action falls due: a few overdue, some today, most this week.
DUE_OFFSETS = (-3, -2, -1, 0, 0, 1, 2, 3, 4, 5, 6, 8, 10, 13)
RATINGS: dict[str, dict[AnswerRating, float]] = {
    "passed": {AnswerRating.GOOD: 5, AnswerRating.OKAY: 4, AnswerRating.POOR: 1},
    "failed": {AnswerRating.GOOD: 1, AnswerRating.OKAY: 3, AnswerRating.POOR: 4},
    "pending": {AnswerRating.GOOD: 2, AnswerRating.OKAY: 4, AnswerRating.POOR: 2},
}


_COMPANY_TABLE = """
字节跳动 | 互联网 | 北京 上海 杭州 深圳 成都 | 10000人以上 | 未上市 | bytedance.com | big
阿里巴巴 | 互联网 / 电商 | 杭州 北京 上海 | 10000人以上 | 已上市 | alibaba.com | big
腾讯 | 互联网 | 深圳 北京 上海 广州 成都 | 10000人以上 | 已上市 | tencent.com | big
美团 | 本地生活 | 北京 上海 | 10000人以上 | 已上市 | meituan.com | big
百度 | 互联网 / 人工智能 | 北京 上海 深圳 | 10000人以上 | 已上市 | baidu.com | big
京东 | 电商 | 北京 上海 成都 | 10000人以上 | 已上市 | jd.com | big
快手 | 短视频 | 北京 杭州 | 10000人以上 | 已上市 | kuaishou.com | big
小红书 | 社区 / 内容 | 上海 北京 杭州 | 1000-9999人 | D轮及以上 | xiaohongshu.com | consumer
拼多多 | 电商 | 上海 | 10000人以上 | 已上市 | pinduoduo.com | big
网易 | 互联网 / 游戏 | 杭州 广州 北京 | 10000人以上 | 已上市 | 163.com | big
蚂蚁集团 | 金融科技 | 杭州 上海 北京 | 10000人以上 | 未上市 | antgroup.com | big
华为 | 通信 / 云计算 | 深圳 杭州 成都 | 10000人以上 | 未上市 | huawei.com | big
哔哩哔哩 | 视频社区 | 上海 | 1000-9999人 | 已上市 | bilibili.com | consumer
滴滴 | 出行 | 北京 杭州 | 10000人以上 | 已上市 | didiglobal.com | big
携程 | 在线旅游 | 上海 成都 | 10000人以上 | 已上市 | trip.com | consumer
商汤科技 | 人工智能 | 上海 北京 深圳 杭州 | 1000-9999人 | 已上市 | sensetime.com | ai
科大讯飞 | 人工智能 / 语音 | 合肥 北京 上海 广州 | 10000人以上 | 已上市 | iflytek.com | ai
出门问问 | 人工智能 | 北京 上海 | 100-499人 | 已上市 | mobvoi.com | ai
智谱AI | 大模型 | 北京 | 1000-9999人 | D轮及以上 | zhipuai.cn | llm
月之暗面 | 大模型 | 北京 上海 | 100-499人 | B轮 | moonshot.cn | llm
MiniMax | 大模型 | 上海 北京 | 500-999人 | B轮 | minimaxi.com | llm
深度求索 | 大模型 | 杭州 北京 | 100-499人 | 不需要融资 | deepseek.com | llm
百川智能 | 大模型 | 北京 | 100-499人 | A轮 | baichuan-ai.com | llm
零一万物 | 大模型 | 北京 | 100-499人 | A轮 | 01.ai | llm
阶跃星辰 | 大模型 | 上海 北京 | 100-499人 | B轮 | stepfun.com | llm
面壁智能 | 大模型 | 北京 | 100-499人 | A轮 | modelbest.cn | llm
海天瑞声 | AI 数据服务 | 北京 成都 | 500-999人 | 已上市 | speechocean.com | data
标贝科技 | AI 数据服务 | 北京 成都 | 100-499人 | B轮 | data-baker.com | data
数据堂 | AI 数据服务 | 北京 广州 | 500-999人 | 已上市 | datatang.com | data
云测数据 | AI 数据服务 | 北京 深圳 | 500-999人 | C轮 | testin.cn | data
米哈游 | 游戏 | 上海 | 1000-9999人 | 不需要融资 | mihoyo.com | consumer
得物 | 电商 | 上海 杭州 | 1000-9999人 | D轮及以上 | dewu.com | consumer
猿辅导 | 在线教育 | 北京 | 1000-9999人 | D轮及以上 | yuanfudao.com | edu
作业帮 | 在线教育 | 北京 成都 | 1000-9999人 | D轮及以上 | zuoyebang.com | edu
好未来 | 教育科技 | 北京 广州 | 10000人以上 | 已上市 | 100tal.com | edu
SHEIN | 跨境电商 | 广州 深圳 | 10000人以上 | 未上市 | shein.com | consumer
Shopee | 跨境电商 | 深圳 上海 | 1000-9999人 | 已上市 | shopee.com | intl
NVIDIA | 半导体 / AI 计算 | 上海 北京 深圳 | 1000-9999人 | 已上市 | nvidia.com | intl
微软亚洲研究院 | 研究机构 | 北京 上海 | 500-999人 | 已上市 | microsoft.com | intl
理想汽车 | 智能汽车 | 北京 上海 | 10000人以上 | 已上市 | lixiang.com | consumer
"""


def _company(line: str) -> CompanySeed:
    name, industry, cities, size, funding_stage, website, kind = (
        part.strip() for part in line.split("|")
    )
    return CompanySeed(name, industry, tuple(cities.split()), size, funding_stage, website, kind)


COMPANIES: tuple[CompanySeed, ...] = tuple(
    _company(line) for line in _COMPANY_TABLE.strip().splitlines()
)

KIND_WEIGHTS: dict[str, float] = {
    "big": 3.0, "llm": 2.5, "ai": 2.0, "data": 2.0, "consumer": 1.5, "edu": 1.5, "intl": 1.0,
}  # fmt: skip

_ALL = tuple(RoleCategory)
HIRES: dict[str, tuple[RoleCategory, ...]] = {
    "big": _ALL,
    "llm": (Cat.AI_TRAINER, Cat.LLM_ALGORITHM, Cat.RESEARCH, Cat.PROMPT, Cat.AI_PRODUCT,
            Cat.AI_APP_DEV, Cat.SOLUTIONS, Cat.DATA_ANALYST),
    "ai": (Cat.AI_TRAINER, Cat.ALGORITHM, Cat.LLM_ALGORITHM, Cat.AI_PRODUCT, Cat.SOLUTIONS,
           Cat.AI_APP_DEV, Cat.PROMPT),
    "data": (Cat.AI_TRAINER, Cat.DATA_ANALYST, Cat.PROMPT, Cat.SOLUTIONS, Cat.OTHER),
    "consumer": (Cat.AIGC_DESIGN, Cat.AI_PRODUCT, Cat.ALGORITHM, Cat.DATA_ANALYST, Cat.PROMPT,
                 Cat.AI_APP_DEV, Cat.AI_TRAINER, Cat.OTHER),
    "edu": (Cat.AI_PRODUCT, Cat.AI_APP_DEV, Cat.AI_TRAINER, Cat.PROMPT, Cat.AIGC_DESIGN, Cat.OTHER),
    "intl": (Cat.ALGORITHM, Cat.RESEARCH, Cat.SOLUTIONS, Cat.AI_APP_DEV, Cat.DATA_ANALYST,
             Cat.AI_PRODUCT),
}  # fmt: skip

# Weighted toward the roles people moving into AI from other careers go for.
CATEGORY_WEIGHTS: dict[RoleCategory, float] = {
    Cat.AI_TRAINER: 22, Cat.AI_PRODUCT: 17, Cat.PROMPT: 12, Cat.AI_APP_DEV: 12,
    Cat.AIGC_DESIGN: 10, Cat.DATA_ANALYST: 8, Cat.SOLUTIONS: 5, Cat.LLM_ALGORITHM: 5,
    Cat.ALGORITHM: 4, Cat.RESEARCH: 2, Cat.OTHER: 3,
}  # fmt: skip

ROLES: dict[RoleCategory, tuple[str, ...]] = {
    Cat.AI_TRAINER: ("AI训练师（多模态）", "大模型数据标注专家", "AI训练师（中文写作）",
                     "大模型评测专员", "AI训练师（代码方向）", "对话数据策划"),
    Cat.LLM_ALGORITHM: ("大模型算法工程师", "大模型算法工程师（RLHF）", "LLM 后训练工程师",
                        "多模态大模型算法工程师"),
    Cat.ALGORITHM: ("推荐算法工程师", "计算机视觉算法工程师", "搜索算法工程师", "NLP 算法工程师"),
    Cat.RESEARCH: ("大模型研究员", "Research Scientist, LLM Alignment", "多模态研究员"),
    Cat.PROMPT: ("Prompt工程师", "提示词工程师（AIGC）", "Prompt Engineer", "大模型应用策略专员"),
    Cat.AI_PRODUCT: ("AI产品经理", "AI产品经理（Agent 方向）", "大模型产品经理", "AIGC 产品经理",
                     "AI产品经理（教育）"),
    Cat.AI_APP_DEV: ("AI应用开发工程师", "大模型应用开发工程师（RAG）", "Agent 开发工程师",
                     "AI 全栈工程师", "LLM Application Engineer"),
    Cat.AIGC_DESIGN: ("AIGC视觉设计师", "AI 绘画设计师（Stable Diffusion）", "AIGC 视频创作者",
                      "AI 游戏美术设计师"),
    Cat.SOLUTIONS: ("AI解决方案架构师", "大模型售前解决方案专家", "AI Solutions Architect"),
    Cat.DATA_ANALYST: ("数据分析师", "数据分析师（AI 业务）", "大模型数据运营"),
    Cat.OTHER: ("AI 内容运营", "AI 课程讲师", "AI 社区运营"),
}  # fmt: skip

# Posted pay as job sites and recruiters write it; 面议 is left for the parser to refuse.
SALARIES: dict[RoleCategory, tuple[str, ...]] = {
    Cat.AI_TRAINER: ("8-12K", "10-15K·13薪", "9-14K", "1.2万/月", "12-18K·14薪", "面议",
                     "１０－１５Ｋ"),
    Cat.LLM_ALGORITHM: ("40-70K·16薪", "35-60K·15薪", "年薪60-90万", "50-80K·16薪"),
    Cat.ALGORITHM: ("30-50K·15薪", "25-45K·16薪", "年包50w", "30-45K"),
    Cat.RESEARCH: ("8-11万", "60-90K·16薪", "面议", "年包120w"),
    Cat.PROMPT: ("15-25K·14薪", "12-20K", "17.5K", "15-22K·13薪", "１５－２５Ｋ", "面议"),
    Cat.AI_PRODUCT: ("25-40K·15薪", "20-35K·16薪", "25-50K·19薪", "年包40w", "30-45K·14薪",
                     "面议"),
    Cat.AI_APP_DEV: ("20-35K·16薪", "25-40K·15薪", "18-30K·14薪", "年包40w", "1.5万/月"),
    Cat.AIGC_DESIGN: ("12-20K·13薪", "15-25K·14薪", "1.5万/月", "10-18K", "１２－２０Ｋ"),
    Cat.SOLUTIONS: ("30-50K·14薪", "25-40K·15薪", "年包45w", "面议"),
    Cat.DATA_ANALYST: ("15-25K·14薪", "12-18K·13薪", "17.5K", "20-30K·15薪"),
    Cat.OTHER: ("10-15K", "8-12K·13薪", "面议"),
}  # fmt: skip
INTERNSHIP_PAY = ("500元/天", "300-400元/天", "200-300元/天", "400元/天", "250元/天",
                  "150-200元/天")  # fmt: skip
# Monthly base when an offer follows a post that said 面议.
NEGOTIATED_BASE: dict[RoleCategory, tuple[int, int]] = {
    Cat.AI_TRAINER: (9_000, 14_000), Cat.RESEARCH: (60_000, 90_000),
    Cat.PROMPT: (15_000, 22_000), Cat.AI_PRODUCT: (25_000, 38_000),
    Cat.SOLUTIONS: (28_000, 42_000), Cat.OTHER: (9_000, 13_000),
}  # fmt: skip

TRACK_WEIGHTS = {HiringTrack.EXPERIENCED: 88, HiringTrack.INTERNSHIP: 12}
CHANNEL_WEIGHTS: dict[Channel, float] = {
    Channel.BOSS: 25, Channel.REFERRAL: 18, Channel.COMPANY_SITE: 14, Channel.LIEPIN: 12,
    Channel.LAGOU: 8, Channel.LINKEDIN: 7, Channel.HEADHUNTER: 7, Channel.NOWCODER: 6,
    Channel.OTHER: 3,
}  # fmt: skip
WORK_MODE_WEIGHTS = {WorkMode.ONSITE: 60, WorkMode.HYBRID: 28, WorkMode.REMOTE: 12}
PRIORITY_WEIGHTS = {Priority.HIGH: 25, Priority.MEDIUM: 50, Priority.LOW: 25}
EXCITEMENT_WEIGHTS = {1: 1, 2: 3, 3: 6, 4: 6, 5: 3}

TAGS: dict[RoleCategory, tuple[str, ...]] = {
    Cat.AI_TRAINER: ("多模态", "标注", "评测", "外包"),
    Cat.LLM_ALGORITHM: ("RLHF", "后训练", "大厂"),
    Cat.ALGORITHM: ("推荐", "CV", "大厂"),
    Cat.RESEARCH: ("论文", "对齐"),
    Cat.PROMPT: ("Prompt", "AIGC", "Agent"),
    Cat.AI_PRODUCT: ("Agent", "B端", "C端"),
    Cat.AI_APP_DEV: ("RAG", "Agent", "全栈"),
    Cat.AIGC_DESIGN: ("Stable Diffusion", "作品集", "游戏"),
    Cat.SOLUTIONS: ("售前", "出差"),
    Cat.DATA_ANALYST: ("SQL", "数据运营"),
    Cat.OTHER: ("运营",),
}  # fmt: skip
COMMON_TAGS = ("转行友好", "remote", "双休", "急招", "大小周", "内推")

# The demo's documents: (English, Chinese) titles of the résumé [False] and the portfolio [True];
# a version whose label starts with the prefix is the portfolio's.
PORTFOLIO_PREFIX = "作品集"
DOCUMENT_TITLES = {
    False: ("AI roles résumé", "AI 方向简历"),
    True: ("AIGC portfolio", "AIGC 作品集"),
}
RESUMES: dict[RoleCategory, tuple[str, ...]] = {
    Cat.AI_TRAINER: ("简历v3-AI训练师", "简历v2-AI训练师"),
    Cat.LLM_ALGORITHM: ("简历v2-算法",),
    Cat.ALGORITHM: ("简历v2-算法",),
    Cat.RESEARCH: ("CV-EN-research",),
    Cat.PROMPT: ("简历v4-Prompt", "简历v3-AI训练师"),
    Cat.AI_PRODUCT: ("简历v2-AI产品", "简历v3-AI产品（Agent）"),
    Cat.AI_APP_DEV: ("简历v2-AI应用开发", "Resume-EN-v1"),
    Cat.AIGC_DESIGN: ("作品集v2-AIGC", "简历v1-设计转AIGC"),
    Cat.SOLUTIONS: ("简历v1-解决方案",),
    Cat.DATA_ANALYST: ("简历v1-数据分析",),
    Cat.OTHER: ("简历v1-通用",),
}  # fmt: skip

DESCRIPTIONS: dict[RoleCategory, tuple[str, ...]] = {
    Cat.AI_TRAINER: (
        "1. 按标注规范完成大模型对话、多模态数据的标注与质检；\n"
        "2. 对模型回答做多维度评分，发现问题并沉淀 bad case；\n"
        "要求：本科及以上，文字功底好，细心，有教育 / 编辑 / 设计背景优先。",
        "负责中文写作方向 SFT 数据的撰写与审核，参与标注规范迭代。接受转行，有试岗。",
    ),
    Cat.AI_PRODUCT: (
        "负责 AI 助手 / Agent 类产品的需求分析、原型设计和效果评测；"
        "与算法团队定义评测集和上线标准。"
        "有 B 端产品经验、懂大模型能力边界者优先。",
        "Own the roadmap of an LLM-powered feature from discovery to launch; define metrics and "
        "work with research on evaluation.",
    ),
    Cat.PROMPT: (
        "设计和优化业务场景的 Prompt 与工作流，搭建评测集，跟踪线上效果。熟悉主流大模型，"
        "有内容、运营或写作背景优先。",
    ),
    Cat.AI_APP_DEV: (
        "基于大模型开发 RAG 问答、Agent 工作流等应用；熟悉 Python / TypeScript，"
        "了解 LangChain、向量数据库，有落地项目优先。",
    ),
    Cat.AIGC_DESIGN: (
        "使用 Stable Diffusion / Midjourney 产出运营与游戏美术素材，搭建可复用的风格工作流。"
        "需提供作品集。",
    ),
    Cat.LLM_ALGORITHM: (
        "参与大模型后训练（SFT、RLHF / DPO）与评测体系建设；熟悉 PyTorch 和分布式训练。",
    ),
}  # fmt: skip

# Stage moves: gaps in days before reaching each stage, and before each way of closing.
STAGE_GAPS: dict[Stage, tuple[int, int]] = {
    Stage.SCREENING: (2, 10), Stage.ASSESSMENT: (1, 5), Stage.INTERVIEWING: (1, 6),
    Stage.OFFER: (1, 5), Stage.ACCEPTED: (2, 6),
}  # fmt: skip
CLOSE_GAPS: dict[Outcome, tuple[int, int]] = {
    Outcome.REJECTED: (2, 10), Outcome.GHOSTED: (21, 40), Outcome.WITHDRAWN: (1, 8),
    Outcome.DECLINED: (2, 6), Outcome.TALENT_POOL: (2, 8),
}  # fmt: skip

EVENT_NOTES: dict[Stage | Outcome, tuple[str, ...]] = {
    Stage.WISHLIST: ("先收藏，等学长的内推码", "JD 很对口，周末改完简历再投"),
    Stage.APPLIED: ("BOSS 上直接沟通后投递", "官网投递", "Applied with the English resume"),
    Stage.SCREENING: ("HR 电话沟通，约了笔试", "HR 要了作品集链接", "猎头初筛通过，推给用人部门",
                      "简历通过初筛"),
    Stage.ASSESSMENT: ("收到标注测试题，48 小时内完成", "在线笔试：牛客 90 分钟",
                       "Take-home: a small RAG demo"),
    Stage.INTERVIEWING: ("约了一面，视频面", "HR 约了面试时间"),
    Stage.OFFER: ("口头 offer，等正式 offer letter", "收到 offer 邮件"),
    Stage.ACCEPTED: ("接受 offer，下个月入职",),
    Outcome.REJECTED: ("邮件通知未通过", "HR 说岗位已招满", "面试官反馈：项目深度不够"),
    Outcome.GHOSTED: ("投递三周没有任何回应", "HR 已读不回"),
    Outcome.WITHDRAWN: ("拿到更合适的机会，主动撤回", "岗位其实是外包，放弃了"),
    Outcome.DECLINED: ("薪资没谈拢，婉拒", "选择了另一家的 offer"),
    Outcome.TALENT_POOL: ("进入人才库，HR 说有 HC 再联系",),
}  # fmt: skip

NEXT_ACTIONS: dict[Stage, tuple[str, ...]] = {
    Stage.WISHLIST: ("改简历后投递", "找学长要内推码", "Send portfolio link"),
    Stage.APPLIED: ("跟进投递进度", "在 BOSS 上问一下 HR 进度", "Follow up with the recruiter"),
    Stage.SCREENING: ("回复 HR，约电话面时间", "准备自我介绍：转行动机", "补充作品集"),
    Stage.ASSESSMENT: ("完成标注测试题", "完成在线笔试", "Finish the take-home"),
    Stage.INTERVIEWING: ("跟进面试结果", "整理面试问题复盘"),
    Stage.OFFER: ("跟进 HR 薪资沟通", "对比 offer，确认答复时间", "问清楚试用期和公积金比例"),
    Stage.ACCEPTED: ("准备入职材料（离职证明、体检）",),
}  # fmt: skip
PREP_TOPICS = ("RLHF 流程", "标注规范", "项目经历", "作品集讲解", "转行动机", "RAG 架构",
               "Prompt 评测", "产品案例")  # fmt: skip

ORDINAL_ROUNDS: tuple[tuple[str, tuple[InterviewKind, ...]], ...] = (
    ("一面", (InterviewKind.VIDEO, InterviewKind.PHONE, InterviewKind.AI_INTERVIEW)),
    ("二面", (InterviewKind.VIDEO, InterviewKind.ONSITE)),
    ("三面", (InterviewKind.ONSITE, InterviewKind.VIDEO)),
    ("四面", (InterviewKind.VIDEO,)),
)
FINAL_ROUNDS = (("HR面", InterviewKind.HR), ("终面", InterviewKind.ONSITE),
                ("终面", InterviewKind.VIDEO))  # fmt: skip
WRITTEN_ROUND = ("笔试", InterviewKind.WRITTEN_TEST)
DURATIONS: dict[InterviewKind, tuple[int, ...]] = {
    InterviewKind.PHONE: (30,), InterviewKind.VIDEO: (45, 60), InterviewKind.ONSITE: (60, 90),
    InterviewKind.WRITTEN_TEST: (90, 120), InterviewKind.AI_INTERVIEW: (30,),
    InterviewKind.HR: (30, 45),
}  # fmt: skip
MEETING_LINKS = ("https://meeting.tencent.com/dm/{n}", "https://vc.feishu.cn/j/{n}",
                 "https://zoom.us/j/{n}")  # fmt: skip
# Who sits in a round: by kind where that decides it, else by the role's team.
INTERVIEWERS: dict[InterviewKind, tuple[str, ...]] = {
    InterviewKind.HR: ("HRBP", "HR 经理", "招聘负责人"),
    InterviewKind.AI_INTERVIEW: ("AI 面试官（录屏作答）",),
    InterviewKind.WRITTEN_TEST: ("",),
}
_TECH_PANEL = ("算法负责人 + HR", "两位算法工程师", "Team lead (English)", "业务线负责人")
_PRODUCT_PANEL = ("产品总监", "AI 产品负责人 + 算法同学", "业务线负责人", "Team lead (English)")
PANELS: dict[RoleCategory, tuple[str, ...]] = {
    Cat.AI_TRAINER: ("数据标注组长", "数据运营经理 + 质检负责人", "算法负责人 + HR"),
    Cat.LLM_ALGORITHM: _TECH_PANEL, Cat.ALGORITHM: _TECH_PANEL, Cat.RESEARCH: _TECH_PANEL,
    Cat.AI_APP_DEV: _TECH_PANEL, Cat.PROMPT: ("Prompt 组负责人", "算法负责人 + HR"),
    Cat.AI_PRODUCT: _PRODUCT_PANEL, Cat.DATA_ANALYST: _PRODUCT_PANEL, Cat.OTHER: _PRODUCT_PANEL,
    Cat.AIGC_DESIGN: ("设计总监 + 美术组长", "AIGC 项目负责人"),
    Cat.SOLUTIONS: ("解决方案部门经理", "售前总监 + 销售"),
}  # fmt: skip
# Beijing clock times (hour, minute) interviews are booked at.
INTERVIEW_TIMES = ((10, 0), (10, 30), (11, 0), (14, 0), (14, 30), (15, 0), (16, 0), (17, 0))

PREP_NOTES = (
    "复习 RLHF / DPO 的区别，准备转行动机的故事",
    "把作品集里的三个 AIGC 案例过一遍，控制在 10 分钟内",
    "准备 STAR：推动团队统一标注规范的经历",
    "查一下面试官背景，准备两个反问：团队规模、评测怎么做",
    "Review the RAG demo and be ready to explain chunking choices",
    "重看 JD，把简历里的项目和岗位要求一一对应",
)
REFLECTIONS: dict[str, tuple[str, ...]] = {
    "passed": ("整体顺利，面试官追问了标注一致性的细节", "项目讲得清楚，反问环节聊了团队规划",
               "Went well; they liked the evaluation set I built"),
    "failed": ("手撕代码没写完，基础还要补", "RLHF 的细节答得含糊，被追问两次就卡住了",
               "业务理解不够，没答出指标怎么拆"),
    "pending": ("感觉一般，HR 说一周内给结果", "聊得还可以，等通知"),
}  # fmt: skip

_TRAINER_QUESTIONS = (
    QuestionSeed("如何评估一条标注数据的质量？",
                 "看准确性、一致性和完整性：抽检加交叉标注算一致率，再重点看规范边界上的案例。",
                 ("数据质量",)),
    QuestionSeed("讲一下 RLHF 的完整流程",
                 "先 SFT，再让标注员对多个回答排序训练奖励模型，最后用 PPO 按奖励优化，"
                 "用 KL 约束不偏离 SFT 模型太远。", ("RLHF",)),
    QuestionSeed("两个标注员对同一条数据意见不一致，你怎么处理？",
                 "先回到规范找依据；规范没覆盖就交给质检仲裁，并把案例补进规范和培训材料。",
                 ("数据质量", "标注规范")),
    QuestionSeed("给你一个模型回答，你会从哪些维度打分？",
                 "有用性、真实性（有没有幻觉）、无害性、指令遵循和表达，每项都写扣分理由。",
                 ("评测",)),
    QuestionSeed("什么是幻觉？标注时怎么识别？",
                 "模型编造事实或出处。逐条核查数字、人名和引用，不确定的单独标出来。",
                 ("幻觉", "评测")),
    QuestionSeed("现场写一条 SFT 数据：让模型给初中生解释复利",
                 "先给定义，再用存钱的例子算三年的结果，最后一句总结，语气口语化。",
                 ("SFT", "写作")),
    QuestionSeed("你为什么从设计转 AI 训练师？",
                 "做设计时天天用 AI 工具，发现自己更喜欢研究模型为什么答错；"
                 "审美和细致正好用在数据质量上。", ("行为面", "转行")),
)  # fmt: skip
_LLM_QUESTIONS = (
    QuestionSeed("DPO 和 PPO 有什么区别？",
                 "DPO 直接用偏好对优化策略，不需要单独的奖励模型和在线采样，更稳定；"
                 "PPO 探索更强但工程复杂。",
                 ("RLHF", "DPO")),
    QuestionSeed("LoRA 的原理是什么？为什么省显存？",
                 "冻结原权重，在线性层旁加低秩矩阵只训练它们，可训练参数和优化器状态都少很多。",
                 ("微调",)),
    QuestionSeed("Explain the difference between fine-tuning and RAG",
                 "Fine-tuning changes the weights to teach skills or style; RAG keeps the "
                 "model fixed and retrieves documents at query time, so knowledge stays "
                 "fresh and citable.",
                 ("RAG", "微调")),
    QuestionSeed("KV Cache 是什么？有什么代价？",
                 "推理时缓存历史 token 的 K/V，避免重复计算；代价是显存随序列长度线性增长。",
                 ("推理优化",)),
    QuestionSeed("手写 self-attention",
                 "写了 QK^T/√d、mask 和 softmax，多头拆分时维度搞错了一次，后来改对了。",
                 ("手撕代码",)),
)  # fmt: skip
_ALGORITHM_QUESTIONS = (
    QuestionSeed("推荐系统里召回和排序分别做什么？",
                 "召回从海量候选里快速取几百个，重覆盖；排序用更重的模型精排，重准确。",
                 ("推荐",)),
    QuestionSeed("样本不平衡怎么处理？", "重采样、类别加权、focal loss，评估改看 PR 曲线和 F1。",
                 ("机器学习",)),
    QuestionSeed("AUC 线下涨了线上没涨，可能是什么原因？",
                 "特征穿越、线上线下特征不一致、样本分布变化，或者指标和业务目标不一致。",
                 ("推荐", "评测")),
    QuestionSeed("YOLO 和 Faster R-CNN 的区别？",
                 "YOLO 单阶段直接回归框，速度快；"
                 "Faster R-CNN 两阶段先出候选框再分类，精度通常更高。",
                 ("CV",)),
)  # fmt: skip
_RESEARCH_QUESTIONS = (
    QuestionSeed("最近读过印象最深的一篇论文是什么？",
                 "讲了 DPO 那篇，重点说它怎么把奖励模型消掉，以及我复现时遇到的问题。", ("论文",)),
    QuestionSeed("How would you evaluate long-context ability of a model?",
                 "Needle-in-a-haystack as a sanity check, then real multi-document QA and "
                 "summarisation tasks, reporting accuracy by position and length.", ("评测",)),
    QuestionSeed("Scaling law 说明了什么？",
                 "损失随参数量、数据量和算力按幂律下降，可以用来在固定预算下分配模型和数据规模。",
                 ("理论",)),
)  # fmt: skip
_PROMPT_QUESTIONS = (
    QuestionSeed("怎么让模型稳定输出 JSON？",
                 "给 schema 和 few-shot 示例，开 JSON mode 或函数调用；"
                 "程序侧校验，失败带错误信息重试。",
                 ("Prompt",)),
    QuestionSeed("Chain-of-Thought 什么时候有用，什么时候没必要？",
                 "多步推理、计算类任务有用；简单分类或抽取反而增加延迟和成本。", ("Prompt",)),
    QuestionSeed("怎么证明你改过的 prompt 更好？",
                 "固定测试集和评分标准做 A/B，模型打分加人工抽检，每个版本都留记录。",
                 ("Prompt", "评测")),
    QuestionSeed("What is prompt injection and how do you defend against it?",
                 "Untrusted text that overrides instructions. Separate system and user content, "
                 "filter tool outputs, limit tool permissions and check outputs.",
                 ("Prompt", "安全")),
)  # fmt: skip
_PRODUCT_QUESTIONS = (
    QuestionSeed("设计一个 AI 客服的评测指标",
                 "问题解决率、转人工率、回答准确率（抽检）、满意度，再加幻觉率和敏感问题拦截率。",
                 ("产品设计", "评测")),
    QuestionSeed("怎么判断一个需求适不适合用大模型做？",
                 "看容错度、输入是否开放、有没有可评估的标准，以及成本能否覆盖；规则能解决的不用模型。",
                 ("产品设计",)),
    QuestionSeed("如果做一个 AI 简历助手，MVP 是什么？",
                 "上传简历 + 目标 JD，输出逐条修改建议和匹配度，先只做中文互联网岗位。",
                 ("产品设计",)),
    QuestionSeed("大模型产品的推理成本怎么控制？",
                 "分级路由：简单问题用小模型，缓存高频回答，控制上下文长度，按场景限额。",
                 ("成本",)),
)  # fmt: skip
_APP_DEV_QUESTIONS = (
    QuestionSeed("RAG 检索效果不好，你会怎么排查？",
                 "先看切分粒度和 embedding 模型，再看 top-k 里有没有答案；"
                 "加 rerank 和 BM25 混合检索，最后才调 prompt。", ("RAG",)),
    QuestionSeed("Agent 的工具调用是怎么实现的？",
                 "把工具的 schema 给模型，模型输出调用参数，"
                 "程序执行后把结果放回上下文，循环到结束。",
                 ("Agent",)),
    QuestionSeed("流式输出前后端怎么做？",
                 "后端用 SSE 逐段推送，前端边收边渲染 Markdown，中断时能取消请求。", ("工程",)),
    QuestionSeed("Explain the difference between fine-tuning and RAG",
                 "RAG for fresh or private knowledge with citations; fine-tuning for format, "
                 "tone or skills the base model lacks.", ("RAG",)),
)  # fmt: skip
_DESIGN_QUESTIONS = (
    QuestionSeed("讲讲你的 Stable Diffusion 工作流",
                 "底模 + LoRA 控风格，ControlNet 控构图，局部重绘修细节，最后 PS 精修。",
                 ("AIGC", "工作流")),
    QuestionSeed("一组 AI 生成图怎么保证风格一致？",
                 "固定底模、LoRA 和关键词模板，用参考图和种子，统一后期调色。", ("AIGC",)),
    QuestionSeed("AI 生成图的版权风险你怎么看？",
                 "商用前确认模型和素材授权，避免指名模仿在世艺术家，重要物料保留人工创作记录。",
                 ("版权",)),
)  # fmt: skip
_SOLUTIONS_QUESTIONS = (
    QuestionSeed("客户想私有化部署大模型，你会先问哪些问题？",
                 "场景和并发量、数据能否出域、现有算力、预算和上线时间、谁来运维。", ("售前",)),
    QuestionSeed("怎么向非技术客户解释 RAG？",
                 "像开卷考试：模型先去客户自己的资料里找到相关段落，再根据这些段落回答。",
                 ("售前", "RAG")),
)  # fmt: skip
_ANALYST_QUESTIONS = (
    QuestionSeed("大模型产品的次日留存下降了，你怎么分析？",
                 "先确认口径和数据，再按渠道、新老用户、版本拆分，最后看功能使用和回答质量的变化。",
                 ("数据分析",)),
    QuestionSeed("写 SQL：求每个用户连续登录的最大天数",
                 "用日期减 row_number 得到分组键，按用户和分组键计数再取最大值。",
                 ("SQL", "手撕代码")),
    QuestionSeed("A/B 实验怎么判断结果显著？",
                 "事先定样本量和指标，做 t 检验或比例检验，注意多重比较和实验时长。", ("实验",)),
)  # fmt: skip
BEHAVIOURAL_QUESTIONS = (
    QuestionSeed("为什么想转行做 AI？",
                 "之前的工作里已经在用大模型提效，想把它变成主业；也系统学完了课程，做了两个项目。",
                 ("行为面", "转行")),
    QuestionSeed("转行之后，你比科班候选人强在哪里？",
                 "行业经验：我知道真实用户怎么提问，能写出贴近业务的数据和评测集。",
                 ("行为面", "转行")),
    QuestionSeed("讲一个你推动跨部门合作的例子", "用 STAR 讲了推动统一素材规范的项目。",
                 ("行为面",)),
    QuestionSeed("你的期望薪资是多少？", "给了一个区间，说明更看重成长空间，可以谈。",
                 ("行为面", "薪资")),
    QuestionSeed("Why do you want to leave your current job?",
                 "I want to work on AI products full time rather than as a side project.",
                 ("行为面",)),
    QuestionSeed("未来三年的职业规划？", "先把评测和数据做扎实，再往 AI 产品方向发展。",
                 ("行为面",)),
)  # fmt: skip
QUESTIONS: dict[RoleCategory, tuple[QuestionSeed, ...]] = {
    Cat.AI_TRAINER: _TRAINER_QUESTIONS,
    Cat.LLM_ALGORITHM: _LLM_QUESTIONS,
    Cat.ALGORITHM: _ALGORITHM_QUESTIONS,
    Cat.RESEARCH: _RESEARCH_QUESTIONS + _LLM_QUESTIONS,
    Cat.PROMPT: _PROMPT_QUESTIONS + _TRAINER_QUESTIONS[:2],
    Cat.AI_PRODUCT: _PRODUCT_QUESTIONS,
    Cat.AI_APP_DEV: _APP_DEV_QUESTIONS,
    Cat.AIGC_DESIGN: _DESIGN_QUESTIONS,
    Cat.SOLUTIONS: _SOLUTIONS_QUESTIONS + _APP_DEV_QUESTIONS[:1],
    Cat.DATA_ANALYST: _ANALYST_QUESTIONS,
    Cat.OTHER: _PRODUCT_QUESTIONS[:2] + _PROMPT_QUESTIONS[:1],
}

APPLICATION_NOTES = (
    "HR 说下周给反馈",
    "面试官很看重标注规范的理解",
    "团队刚组建，HC 比较多",
    "听内推人说组里加班不多",
    "岗位要求里写了 985，先试试",
    "The team is mostly remote; standups in English",
    "JD 里提到要会 Python 基础，补一下",
    "薪资范围比预期低，但平台不错",
    "猎头说这个岗位竞争很激烈",
    "作品集需要补一个视频类案例",
)

SCHEDULE_WEIGHTS = {WorkSchedule.FIVE_DAY: 62, WorkSchedule.ALTERNATING: 30,
                    WorkSchedule.NINE_NINE_SIX: 8}  # fmt: skip
WEEKLY_HOURS: dict[WorkSchedule, tuple[int, int]] = {
    WorkSchedule.FIVE_DAY: (40, 50), WorkSchedule.ALTERNATING: (50, 60),
    WorkSchedule.NINE_NINE_SIX: (66, 72),
}  # fmt: skip
HOUSING_FUND_RATES = (0.05, 0.07, 0.08, 0.10, 0.12)
OFFER_NOTES = ("base 还可以再谈 1K", "大小周，但团队氛围很好", "外包岗，转正机会不明确",
               "Remote friendly, one onsite week per quarter", "试用期六个月，有点长",
               "有免费三餐和班车")  # fmt: skip

# People of a demo hunt: surnames and given names (combined at random), how the user met them,
# what they were noted for.
SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "林", "何")
GIVEN_NAMES = ("小明", "思远", "雨桐", "佳怡", "子豪", "若曦", "俊杰", "婉清", "浩然", "欣怡",
               "一鸣", "可馨", "宇航", "梦瑶")  # fmt: skip
REFERRER_MET = ("前同事", "大学同学", "脉脉私信认识", "行业沙龙上加的微信", "表姐的同事",
                "A former colleague", "Met at WAIC 2026")  # fmt: skip
RECRUITER_MET = ("Boss直聘上主动联系", "猎聘 HR 打来电话", "LinkedIn message", "官网投递后加的微信")
REFERRER_ROLES = ("算法工程师", "产品经理", "数据标注组长", "Senior engineer", "运营负责人")
RECRUITER_ROLES = ("HRBP", "招聘专员", "Talent acquisition", "HR")
PEOPLE_NOTES = ("说可以帮忙看简历", "回复很快", "提醒过面试要准备作品集讲解", "周末不回消息",
                "Offered a coffee chat about the team", "")  # fmt: skip
