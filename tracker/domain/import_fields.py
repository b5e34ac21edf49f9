"""The fields an imported row can fill, and the header spellings that name them.

Headers are matched on a key that ignores case, width, spaces and punctuation, so "Company
Name", "company_name", "ＣＯＭＰＡＮＹ" and "公司名称" find their field without asking.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class ImportField(StrEnum):
    COMPANY = "company"
    ROLE = "role"
    STATUS = "status"
    OUTCOME = "outcome"
    APPLIED_ON = "applied_on"
    SAVED_ON = "saved_on"
    LAST_MOVED = "last_moved"
    CITY = "city"
    URL = "url"
    SALARY = "salary"
    NOTES = "notes"
    DESCRIPTION = "description"
    CHANNEL = "channel"
    TAGS = "tags"
    CATEGORY = "category"
    PRIORITY = "priority"
    WORK_MODE = "work_mode"
    NEXT_ACTION = "next_action"
    NEXT_ACTION_DUE = "next_action_due"
    RESUME = "resume"
    REFERRAL_CODE = "referral_code"
    HISTORY = "history"
    # What other tools export about the user themself: kept out unless the user asks.
    CONTACT_EMAIL = "contact_email"
    CONTACT_PHONE = "contact_phone"
    ANSWERS = "answers"
    IGNORED = "ignored"


REQUIRED_FIELDS = (ImportField.COMPANY, ImportField.ROLE)
PERSONAL_FIELDS = frozenset(
    {ImportField.CONTACT_EMAIL, ImportField.CONTACT_PHONE, ImportField.ANSWERS}
)
# Fields that may be mapped from several columns at once (their texts are joined).
MULTI_COLUMN_FIELDS = frozenset({ImportField.NOTES, ImportField.TAGS, ImportField.IGNORED})

_ALIASES: dict[ImportField, tuple[str, ...]] = {
    ImportField.COMPANY: (
        "company", "company name", "companyname", "employer", "organization", "organisation",
        "brandname", "公司", "公司名称", "企业", "企业名称", "单位", "单位名称", "雇主", "用人单位",
        "公司名稱", "企業", "企業名稱", "單位",
    ),
    ImportField.ROLE: (
        "role", "title", "job title", "jobtitle", "position", "job", "job name", "jobname",
        "role title", "职位", "职位名称", "岗位", "岗位名称", "职务", "应聘职位", "申请职位",
        "投递职位", "角色", "職位", "職位名稱", "崗位", "職稱",
    ),
    ImportField.STATUS: (
        "status", "stage", "list", "listname", "state", "progress", "application status",
        "状态", "阶段", "进度", "当前阶段", "申请状态", "投递状态", "狀態", "階段", "進度",
    ),
    ImportField.OUTCOME: ("outcome", "result", "结果", "结局"),
    ImportField.APPLIED_ON: (
        "applied", "applied on", "applied at", "date applied", "applied date", "appliedDate",
        "application date", "date", "申请日期", "投递日期", "投递时间", "申请时间", "日期",
        "申請日期", "投遞日期",
    ),
    ImportField.SAVED_ON: (
        "saved date", "saved on", "created", "created at", "createdAt", "date added",
        "added", "创建时间", "收藏时间", "添加时间",
    ),
    ImportField.LAST_MOVED: ("last moved", "lastMovedAt", "updated", "updated at", "更新时间"),
    ImportField.CITY: (
        "city", "location", "cityname", "place", "城市", "地点", "工作地点", "工作城市", "base",
    ),
    ImportField.URL: (
        "url", "link", "job url", "joburl", "job link", "posting", "链接", "网址",
        "职位链接", "岗位链接", "招聘链接", "連結",
    ),
    ImportField.SALARY: (
        "salary", "salary range", "compensation", "pay", "salarydesc", "薪资", "薪酬",
        "工资", "薪资范围", "待遇", "月薪", "薪資", "薪水",
    ),
    ImportField.NOTES: (
        "notes", "note", "comments", "comment", "remarks", "备注", "笔记", "说明", "備註", "筆記",
    ),
    ImportField.DESCRIPTION: (
        "description", "job description", "jd", "htmlDescription", "职位描述", "岗位描述",
        "岗位职责", "职位详情",
    ),
    ImportField.CHANNEL: (
        "source", "channel", "jobsource", "platform", "渠道", "来源", "投递渠道", "招聘平台",
    ),
    ImportField.TAGS: ("tags", "tag", "labels", "标签"),
    ImportField.CATEGORY: ("category", "role category", "方向", "类别", "职位类别", "岗位方向"),
    ImportField.PRIORITY: ("priority", "优先级"),
    ImportField.WORK_MODE: ("work mode", "workplacetype", "remote", "办公方式", "工作方式"),
    ImportField.NEXT_ACTION: ("next action", "next step", "todo", "下一步", "待办"),
    ImportField.NEXT_ACTION_DUE: ("due", "next action due", "deadline", "截止日期", "待办日期"),
    ImportField.RESUME: ("resume", "resume name", "resume version", "cv", "简历", "简历版本"),
    ImportField.REFERRAL_CODE: ("referral code", "内推码"),
    ImportField.HISTORY: ("history", "stage history", "经过", "阶段历史"),
    ImportField.CONTACT_EMAIL: ("contact email", "email", "邮箱", "联系邮箱"),
    ImportField.CONTACT_PHONE: ("contact phone number", "phone", "电话", "手机", "联系电话"),
    ImportField.ANSWERS: ("question and answers", "questions and answers", "screening answers"),
}  # fmt: skip


def header_key(header: str) -> str:
    """A header as compared: NFKC, case-folded, without spaces, punctuation or a BOM."""
    text = unicodedata.normalize("NFKC", header.replace("\ufeff", "")).casefold()
    return re.sub(r"[\s_\-./:：（）()·]+", "", text)


ALIAS_FIELDS: dict[str, ImportField] = {
    header_key(alias): field for field, aliases in _ALIASES.items() for alias in aliases
}


def field_for_header(header: str) -> ImportField | None:
    return ALIAS_FIELDS.get(header_key(header))


def map_by_alias(headers: list[str]) -> dict[int, ImportField]:
    """Column index → field, for every header an alias names; a field already taken by an
    earlier column is not given twice (unless it takes several columns)."""
    mapping: dict[int, ImportField] = {}
    taken: set[ImportField] = set()
    for index, header in enumerate(headers):
        field = field_for_header(header)
        if field is None or (field in taken and field not in MULTI_COLUMN_FIELDS):
            continue
        mapping[index] = field
        taken.add(field)
    return mapping
