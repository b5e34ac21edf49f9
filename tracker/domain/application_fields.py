"""Every field of an application the user edits, declared once.

Each field of ``ApplicationUpdate`` carries what the rest of Pivot needs to know about it: its
kind, its maximum length, whether it is required, the label a user reads, its column in Pivot's
CSV (English and Chinese headers), the header spellings an import recognises, whether an import
may fill it into an application that lacks it, whether each row of the applications list
carries it, and whether the search finds an application by it.

Validation, the import reader and mapping, the CSV export and its query, the merge, the search
index and its snippets, the JSON checks, the form and the detail pane all read this declaration;
the database table (``tracker.db.models.JobApplication``) stays the schema, and a test proves
the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

from tracker.domain.enums import Channel, HiringTrack, Priority, RoleCategory, WorkMode
from tracker.domain.text import clean


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name translators' tools look for)
    """Marks a label for translation; the window layer translates it in ``context``."""
    return text


LABEL_CONTEXT = "ApplicationField"  # written out in each label below: lupdate reads literals


class Kind(StrEnum):
    LINE = "line"  # one line of text, trimmed and with runs of spaces collapsed
    LINK = "link"  # a web link
    TEXT = "text"  # free text of any length, kept as typed
    SALARY = "salary"  # a posted salary: kept as typed and read into numbers when stored
    DATE = "date"
    CHOICE = "choice"  # one member of an enumeration
    RATING = "rating"  # a whole number from 1 to 5, or none
    TAGS = "tags"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    kind: Kind
    label: str  # English; translated in LABEL_CONTEXT
    headers: tuple[str, str]  # its column in Pivot's CSV: English, Chinese
    key: str = ""  # what an import maps a column to (its name unless given)
    aliases: tuple[str, ...] = ()  # other headers an import recognises
    max_length: int | None = None
    required: bool = False
    choices: type[StrEnum] | None = None
    empty_is_null: bool = False  # stored as NULL rather than "" when empty
    mergeable: bool = False  # an import may fill it into an application that has nothing there
    # Carried by every row of the applications list (ApplicationRow: what the table shows, sorts
    # and filters on, read at every start, so kept to what those need).
    listed: bool = False
    searchable: bool = False  # found by the search (Ctrl+K)
    name: str = ""  # filled from the attribute it declares

    @property
    def column(self) -> str:
        """The column of ``job_application`` it is stored in (company_name lives on company)."""
        return self.name


def _spec(kind: Kind, label: str, headers: tuple[str, str], **more: Any) -> dict[str, FieldSpec]:
    return {"spec": FieldSpec(kind, label, headers, **more)}


# fmt: off
@dataclass(frozen=True, slots=True)
class ApplicationUpdate:
    """Every field of an application the user edits in its form (the stage moves separately)."""

    company_name: str = field(
        metadata=_spec(
            Kind.LINE,
            QT_TRANSLATE_NOOP("ApplicationField", "Company"),
            ("Company", "公司"),
            key="company",
            max_length=200,
            required=True,
            listed=True,
            searchable=True,
            aliases=(
                "company", "company name", "companyname", "employer", "organization",
                "organisation", "brandname", "公司", "公司名称", "企业", "企业名称", "单位",
                "单位名称", "雇主", "用人单位", "公司名稱", "企業", "企業名稱", "單位",
            ),
        )
    )
    role_title: str = field(
        metadata=_spec(
            Kind.LINE,
            QT_TRANSLATE_NOOP("ApplicationField", "Role"),
            ("Role", "职位"),
            key="role",
            max_length=300,
            required=True,
            listed=True,
            searchable=True,
            aliases=(
                "role", "title", "job title", "jobtitle", "position", "job", "job name", "jobname",
                "role title", "职位", "职位名称", "岗位", "岗位名称", "职务", "应聘职位",
                "申请职位", "投递职位", "角色", "職位", "職位名稱", "崗位", "職稱",
            ),
        )
    )
    role_category: RoleCategory = field(
        default=RoleCategory.OTHER,
        metadata=_spec(
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("ApplicationField", "Role category"),
            ("Category", "方向"),
            key="category",
            choices=RoleCategory,
            listed=True,
            aliases=("category", "role category", "方向", "类别", "职位类别", "岗位方向"),
        ),
    )
    city: str = field(
        default="",
        metadata=_spec(
            Kind.LINE,
            QT_TRANSLATE_NOOP("ApplicationField", "City"),
            ("City", "城市"),
            max_length=100,
            empty_is_null=True,
            mergeable=True,
            listed=True,
            searchable=True,
            aliases=(
                "city", "location", "cityname", "place", "城市", "地点", "工作地点", "工作城市",
                "base",
            ),
        ),
    )
    district: str = field(
        default="",
        metadata=_spec(
            Kind.LINE,
            QT_TRANSLATE_NOOP("ApplicationField", "District"),
            ("District", "区域"),
            max_length=100,
            mergeable=True,
            aliases=("district", "area", "areadistrict", "区域", "区县", "所在区", "工作区域"),
        ),
    )
    work_mode: WorkMode | None = field(
        default=None,
        metadata=_spec(
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("ApplicationField", "Work mode"),
            ("Work mode", "办公方式"),
            choices=WorkMode,
            mergeable=True,
            aliases=("work mode", "workplacetype", "remote", "办公方式", "工作方式"),
        ),
    )
    hiring_track: HiringTrack = field(
        default=HiringTrack.EXPERIENCED,
        metadata=_spec(
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("ApplicationField", "Hiring track"),
            ("Hiring track", "招聘类型"),
            choices=HiringTrack,
            aliases=("hiring track", "recruitment type", "招聘类型", "招聘类别", "招聘方式"),
        ),
    )
    channel: Channel | None = field(
        default=None,
        metadata=_spec(
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("ApplicationField", "Channel"),
            ("Channel", "渠道"),
            choices=Channel,
            mergeable=True,
            listed=True,
            aliases=(
                "source", "channel", "jobsource", "platform", "渠道", "来源", "投递渠道",
                "招聘平台",
            ),
        ),
    )
    referral_code: str = field(
        default="",
        metadata=_spec(
            Kind.LINE,
            QT_TRANSLATE_NOOP("ApplicationField", "Referral code"),
            ("Referral code", "内推码"),
            max_length=100,
            empty_is_null=True,
            mergeable=True,
            aliases=("referral code", "内推码"),
        ),
    )
    referred_by: str = field(
        default="",
        metadata=_spec(
            Kind.LINE,
            QT_TRANSLATE_NOOP("ApplicationField", "Referred by"),
            ("Referred by", "内推人"),
            max_length=100,
            mergeable=True,
            searchable=True,
            aliases=("referred by", "referrer", "referral contact", "内推人", "推荐人"),
        ),
    )
    job_url: str = field(
        default="",
        metadata=_spec(
            Kind.LINK,
            QT_TRANSLATE_NOOP("ApplicationField", "Job link"),
            ("Link", "链接"),
            key="url",
            max_length=2000,
            empty_is_null=True,
            mergeable=True,
            aliases=(
                "url", "link", "job url", "joburl", "job link", "posting", "链接", "网址",
                "职位链接", "岗位链接", "招聘链接", "連結",
            ),
        ),
    )
    job_description: str = field(
        default="",
        metadata=_spec(
            Kind.TEXT,
            QT_TRANSLATE_NOOP("ApplicationField", "Job description"),
            ("Job description", "职位描述"),
            key="description",
            mergeable=True,
            searchable=True,
            aliases=(
                "description", "job description", "jd", "htmlDescription", "职位描述", "岗位描述",
                "岗位职责", "职位详情",
            ),
        ),
    )
    salary_text: str = field(
        default="",
        metadata=_spec(
            Kind.SALARY,
            QT_TRANSLATE_NOOP("ApplicationField", "Salary"),
            ("Salary", "薪资"),
            key="salary",
            max_length=200,
            listed=True,
            searchable=True,
            aliases=(
                "salary", "salary range", "compensation", "pay", "salarydesc", "薪资", "薪酬",
                "工资", "薪资范围", "待遇", "月薪", "薪資", "薪水",
            ),
        ),
    )
    experience_asked: str = field(
        default="",
        metadata=_spec(
            Kind.LINE,
            QT_TRANSLATE_NOOP("ApplicationField", "Experience asked"),
            ("Experience asked", "经验要求"),
            max_length=50,
            mergeable=True,
            aliases=(
                "experience", "experience asked", "jobexperience", "years of experience",
                "经验要求", "工作经验", "经验",
            ),
        ),
    )
    education_asked: str = field(
        default="",
        metadata=_spec(
            Kind.LINE,
            QT_TRANSLATE_NOOP("ApplicationField", "Education asked"),
            ("Education asked", "学历要求"),
            max_length=50,
            mergeable=True,
            aliases=("education", "education asked", "jobdegree", "degree", "学历要求", "学历"),
        ),
    )
    applied_on: date | None = field(
        default=None,
        metadata=_spec(
            Kind.DATE,
            QT_TRANSLATE_NOOP("ApplicationField", "Date applied"),
            ("Applied on", "申请日期"),
            mergeable=True,
            listed=True,
            aliases=(
                "applied", "applied on", "applied at", "date applied", "applied date",
                "appliedDate", "application date", "date", "申请日期", "投递日期", "投递时间",
                "申请时间", "日期", "申請日期", "投遞日期",
            ),
        ),
    )
    priority: Priority = field(
        default=Priority.MEDIUM,
        metadata=_spec(
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("ApplicationField", "Priority"),
            ("Priority", "优先级"),
            choices=Priority,
            aliases=("priority", "优先级"),
        ),
    )
    excitement: int | None = field(
        default=None,
        metadata=_spec(
            Kind.RATING,
            QT_TRANSLATE_NOOP("ApplicationField", "Excitement"),
            ("Excitement", "心动程度"),
            aliases=("excitement", "interest", "心动程度", "兴趣度", "心动指数"),
        ),
    )
    next_action: str = field(
        default="",
        metadata=_spec(
            Kind.LINE,
            QT_TRANSLATE_NOOP("ApplicationField", "Next action"),
            ("Next action", "下一步"),
            max_length=500,
            mergeable=True,
            listed=True,
            searchable=True,
            aliases=("next action", "next step", "todo", "下一步", "待办"),
        ),
    )
    next_action_due: date | None = field(
        default=None,
        metadata=_spec(
            Kind.DATE,
            QT_TRANSLATE_NOOP("ApplicationField", "Next action due"),
            ("Due", "截止日期"),
            mergeable=True,
            listed=True,
            aliases=("due", "next action due", "deadline", "截止日期", "待办日期"),
        ),
    )
    tags: tuple[str, ...] = field(
        default=(),
        metadata=_spec(
            Kind.TAGS,
            QT_TRANSLATE_NOOP("ApplicationField", "Tags"),
            ("Tags", "标签"),
            listed=True,
            searchable=True,
            aliases=("tags", "tag", "labels", "标签"),
        ),
    )
# fmt: on


def _collect() -> tuple[FieldSpec, ...]:
    declared = []
    for attribute in fields(ApplicationUpdate):
        spec: FieldSpec = attribute.metadata["spec"]
        declared.append(replace(spec, name=attribute.name, key=spec.key or attribute.name))
    return tuple(declared)


FIELDS: tuple[FieldSpec, ...] = _collect()
BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}
BY_KEY: dict[str, FieldSpec] = {spec.key: spec for spec in FIELDS}
REQUIRED = tuple(spec for spec in FIELDS if spec.required)
MAX_LENGTHS: dict[str, int] = {
    spec.name: spec.max_length for spec in FIELDS if spec.max_length is not None
}
# The salary fields written beside the text as it was typed (see salary_columns).
SALARY_COLUMNS = (
    "salary_min", "salary_max", "salary_period", "salary_months", "salary_currency",
    "salary_issue",
)  # fmt: skip
# Stored on the company rather than on the application.
COMPANY_FIELD = "company_name"
STORED_FIELDS = tuple(spec for spec in FIELDS if spec.name != COMPANY_FIELD)
MIN_RATING, MAX_RATING = 1, 5
MERGEABLE = tuple(spec.name for spec in FIELDS if spec.mergeable)


def stored_value(spec: FieldSpec, value: Any) -> Any:
    """A form's value as its column stores it: one-line texts trimmed, choices as their keys,
    tags cleaned, nothing typed as NULL where the column takes NULL."""
    if spec.kind in (Kind.LINE, Kind.LINK, Kind.SALARY):
        text = value.strip() if spec.kind is not Kind.LINE else clean(value)
        return (text or None) if spec.empty_is_null else text
    if spec.kind is Kind.CHOICE:
        return value.value if value is not None else None
    if spec.kind is Kind.TAGS:
        return [clean(tag) for tag in value if clean(tag)]
    return value


def form_value(spec: FieldSpec, stored: Any) -> Any:
    """A stored column as the form holds it (the inverse of ``stored_value``)."""
    if spec.kind in (Kind.LINE, Kind.LINK, Kind.SALARY, Kind.TEXT):
        return stored or ""
    if spec.kind is Kind.CHOICE:
        assert spec.choices is not None
        return spec.choices(stored) if stored is not None else None
    if spec.kind is Kind.TAGS:
        return tuple(stored or ())
    return stored


def from_stored(values: dict[str, Any]) -> ApplicationUpdate:
    """The form's fields from a stored row (column name → value)."""
    return ApplicationUpdate(
        **{spec.name: form_value(spec, values.get(spec.column)) for spec in FIELDS}
    )
