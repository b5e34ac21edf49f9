"""A copied job posting read into the fields of an application.

What users copy is a board's detail page (as text, or as the HTML the clipboard carries), a
saved page, a WeChat recruiting post or a recruiter's chat message. The reader looks, for each
field, first at what the page's markup says (schema.org data, marked elements), then at labels
("工作地点：…"), then at the layout every board shares (the salary beside or under the title,
the company's name above its funding stage and size), and last at general rules (salary
patterns, city names, company endings). What it cannot find it leaves empty and names in
``missing``; what it finds is a guess the user confirms before anything is saved.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from tracker.domain import posting_boards as words
from tracker.domain.enums import Channel, HiringTrack, RoleCategory, WorkMode
from tracker.domain.errors import PivotError
from tracker.domain.import_status import guess_category
from tracker.domain.posting_boards import Board, board_of, chat_opening, recruiting_word
from tracker.domain.posting_html import PageFacts, looks_like_html, read_html, tidy_text
from tracker.domain.posting_places import (
    CITY_PATTERN,
    DISTRICT_PATTERN,
    city_and_district,
    english_city,
)
from tracker.domain.salary import Salary, SalaryParseError, parse_salary

MAX_POSTING_BYTES = 5 * 1024 * 1024
# Fields are looked for in the posting's first characters (a detail page names its company,
# title, city and salary near the top; what follows a long page's first 100,000 characters is
# recommendations and footers). The snapshot keeps the whole text.
FIELD_WINDOW = 100_000
# The fields a posting is expected to give; those not found are listed in ``missing``.
ESSENTIAL = ("company", "role", "city", "salary_text")
_NEAR = 4  # lines either side of the title searched first for the city and the salary
# What a line may start with before its label: emoji, bullets, numbering ("📍工作地点：").
_LEAD = r"[^\w\u4e00-\u9fff]*"
# A label alone on its line labels the next line only when it is this long ("公司名称",
# "Location"): short ones ("职位", "公司") are a page's menu.
_LONG_LABEL = 4
_SHORT = 60  # a value line is short; a longer one is a sentence of the description


class PostingError(PivotError):
    """Text that holds no posting to read: nothing at all, or more than Pivot reads for a
    posting (``too_large``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.too_large = reason == "too_large"


@dataclass(frozen=True, slots=True)
class CapturedPosting:
    """What was read from a posting; every non-empty field is a guess."""

    text: str  # the posting as plain text: its snapshot
    html: str = ""  # the sanitised HTML, when the posting came as HTML
    board: Board = Board.OTHER
    company: str = ""
    role: str = ""
    city: str = ""
    district: str = ""
    salary_text: str = ""
    salary: Salary | None = None
    experience: str = ""
    education: str = ""
    work_mode: WorkMode | None = None
    hiring_track: HiringTrack | None = None
    link: str = ""
    tags: tuple[str, ...] = ()
    category: RoleCategory | None = None
    channel: Channel | None = None
    description: str = ""

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(name for name in ESSENTIAL if not getattr(self, name))

    def summary(self) -> dict[str, Any]:
        """The fields as the command line's JSON prints them."""
        salary = self.salary
        return {
            "board": self.board.value,
            "company": self.company,
            "role": self.role,
            "city": self.city,
            "district": self.district,
            "salary_text": self.salary_text,
            "salary_min": salary.minimum if salary else None,
            "salary_max": salary.maximum if salary else None,
            "salary_period": salary.period.value if salary else None,
            "salary_currency": salary.currency if salary else None,
            "months_per_year": salary.months_per_year if salary else None,
            "experience": self.experience,
            "education": self.education,
            "work_mode": self.work_mode.value if self.work_mode else None,
            "hiring_track": self.hiring_track.value if self.hiring_track else None,
            "link": self.link,
            "tags": list(self.tags),
            "category": self.category.value if self.category else None,
            "channel": self.channel.value if self.channel else None,
            "missing": list(self.missing),
        }


def read_posting(text: str = "", html: str = "", *, url: str = "") -> CapturedPosting:
    """Read a posting given as text, as HTML, or both (the clipboard carries both).

    Raises:
        PostingError: neither holds any text.
    """
    if not html and looks_like_html(text):
        text, html = "", text
    if len(text) > MAX_POSTING_BYTES or len(text.encode()) > MAX_POSTING_BYTES:
        raise PostingError("too_large")
    if len(html.encode()) > MAX_POSTING_BYTES:
        if not text.strip():
            raise PostingError("too_large")
        html = ""  # the text alone is read; a page's markup this large is not a posting's
    page = read_html(html) if html.strip() else PageFacts()
    plain = tidy_text(text) if text.strip() else page.text
    if not plain.strip():
        raise PostingError("empty")
    link = url or page.url or _first_link(plain)
    reader = _Reader(plain[:FIELD_WINDOW], page)
    board = board_of(plain, link)
    role = reader.role(board)
    salary_text, salary = reader.salary()
    city, district = reader.city(board)
    category = guess_category(role) if role else RoleCategory.OTHER
    description = reader.description()
    if category is RoleCategory.OTHER and description:
        category = guess_category(description[:300])
    return CapturedPosting(
        text=plain,
        html=page.sanitised,
        board=board,
        company=reader.company(board),
        role=role,
        city=city,
        district=district,
        salary_text=salary_text,
        salary=salary,
        experience=reader.first(words.EXPERIENCE, "experience"),
        education=reader.first(words.EDUCATION, "education"),
        work_mode=reader.work_mode(),
        hiring_track=reader.hiring_track(board, role),
        link=link,
        tags=reader.tags(),
        category=None if category is RoleCategory.OTHER else category,
        channel=words.CHANNELS.get(board),
        description=description,
    )


def _first_link(text: str) -> str:
    links = [match[0].rstrip(".,;:!?") for match in words.URL.finditer(text)]
    return next((link for link in links if board_of("", link) is not Board.OTHER), "") or next(
        iter(links), ""
    )


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# A run of text that may be a salary: amounts with a unit, a currency or a period around them.
_PERIOD = (
    r"(?:\s*(?:/|每)\s*(?:月|年|天|日|小时|时|周|month|year|yr|hour|hr|day|week)(?![a-z])"
    r"|\s+(?:a|an|per)\s+(?:year|month|hour|day|week)\b)"
)
_ONE = (
    r"(?:[¥$]|US\$|HK\$)?\s*\d+(?:[.,]\d+)*(?:\s*(?:[kKwW](?![a-zA-Z])|[千万]))?"
    rf"(?:\s*(?:元|块|RMB|USD|CNY))?{_PERIOD}?"
)
_SALARY_RUN = re.compile(
    rf"(?:年包|年薪|月薪|日薪|时薪|底薪)?\s*{_ONE}(?:\s*[-~～至到—–]\s*{_ONE})?"
    r"(?:\s*[·・•*×xX,，]\s*\d{1,2}(?:-\d{1,2})?\s*薪|\s*[·・•*×xX]\s*\d{1,2}(?![\d.kKwW万千]))?"
)
_SALARY_SIGN = re.compile(r"[kKwW千万元块¥$薪]|年包|年薪|月薪|日薪|/|每|a year|an hour|per")
# One figure with only a unit ("3K"), and a Han character after it that is not 以上 or 起.
_BARE_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[kKwW千万]")
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff](?<![以起及])")
_LEAST_MONTHLY = 1000  # a monthly figure below this is not a salary ("3K" followers)


def salary_in(text: str) -> tuple[str, Salary | None] | None:
    """The first run of the text that reads as a salary (or says 面议), with its reading."""
    folded = _fold(text)
    for match in _SALARY_RUN.finditer(folded):
        run = match[0].strip()
        if not re.search(r"\d", run) or not _SALARY_SIGN.search(run):
            continue
        if _BARE_FIGURE.fullmatch(run) and _HAN_AFTER.match(folded, match.end()):
            continue  # "3K粉丝", "5w阅读": a count, not pay
        try:
            salary = parse_salary(run)
        except SalaryParseError:
            continue
        monthly_yuan = salary.period.value == "month" and salary.currency == "CNY"
        if monthly_yuan and salary.maximum < _LEAST_MONTHLY:
            continue
        return run, salary
    if re.search(r"(薪资)?面议", folded) and len(folded) <= _SHORT:
        return "面议", None
    return None


class _Reader:
    def __init__(self, text: str, page: PageFacts) -> None:
        self.text = text
        self.lines = [line.strip() for line in text.split("\n") if line.strip()]
        self.page = page
        self.posting: dict[str, Any] = page.postings[0] if page.postings else {}
        self.chat = chat_opening(text)
        self._title_line: int | None = None

    # -- labels and markup ---------------------------------------------------------------

    def labelled(self, name: str) -> Iterator[str]:
        """Values written after one of the field's labels, in the order of the text."""
        labels = "|".join(re.escape(label) for label in words.LABELS[name])
        pattern = re.compile(rf"^{_LEAD}(?:{labels})\s*[:：]\s*(.+)$", re.I)
        for index, line in enumerate(self.lines):
            if match := pattern.match(line):
                yield match[1].strip()
            elif (
                len(line) >= _LONG_LABEL
                and re.fullmatch(rf"{_LEAD}(?:{labels})\s*[:：]?", line, re.I)
                and index + 1 < len(self.lines)
            ):
                yield self.lines[index + 1]

    def marked(self, name: str) -> list[str]:
        """What the page's elements marked as this field hold: each one's first line."""
        return [text.split("\n")[0] for text in self.page.marked.get(name, [])]

    def ld(self, *path: str) -> str:
        value: Any = self.posting
        for key in path:
            if isinstance(value, list):
                value = value[0] if value else None
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, list):
            value = value[0] if value else None
        return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""

    # -- fields --------------------------------------------------------------------------

    def role(self, board: Board) -> str:
        for candidate in (self.ld("title"), *self.marked("role")):
            if role := _role_text(candidate):
                return role
        for value in self.labelled("role"):
            if role := _role_text(value):
                return role
        if self.chat and (role := _role_text(_chat_title(self.chat[2]))):
            return role
        if role := self._role_by_salary():
            return role
        message = words.MESSAGE_TITLE.search(self.text) if board is Board.OTHER else None
        if message and (role := _role_text(_chat_title(message[1]))):
            return role
        for index, line in enumerate(self.lines):
            if _is_title_like(line) and words.ROLE_WORDS.search(line):
                self._title_line = index
                return _role_text(line)
        if self.page.title:
            return _role_text(re.split(r"\s*[-_|–—]\s*", self.page.title)[0])
        return ""

    def _role_by_salary(self) -> str:
        """The title beside the salary on its line, or on a line just above it (every Chinese
        board shows the title with the salary next to it or under it)."""
        for index, line in enumerate(self.lines):
            found = salary_in(line)
            if found is None or found[1] is None:
                continue
            before = _role_text(line[: _fold(line).find(found[0])])
            if before and _is_title_like(before) and words.ROLE_WORDS.search(before):
                self._title_line = index
                return before
            for back in range(index - 1, max(index - 4, -1), -1):
                above = self.lines[back]
                if _is_title_like(above) and words.ROLE_WORDS.search(above):
                    self._title_line = back
                    return _role_text(above)
        return ""

    def _near_title(self) -> list[str]:
        if self._title_line is None:
            return []
        start = max(self._title_line - _NEAR, 0)
        return self.lines[start : self._title_line + _NEAR + 1]

    def salary(self) -> tuple[str, Salary | None]:
        sources: Iterable[str] = (
            *self.marked("salary"),
            _ld_salary(self.posting),
            *self.labelled("salary"),
            *self._near_title(),
            *self.lines,
        )
        for source in sources:
            if source and (found := salary_in(source)):
                return found
        return "", None

    def city(self, board: Board) -> tuple[str, str]:
        values = [
            *self.labelled("city"),
            *self.marked("city"),
            self.ld("jobLocation", "address", "addressLocality"),
            self.ld("jobLocation", "address", "addressRegion"),
        ]
        for value in values:
            if value and (found := _place(value)):
                return found
        if self.chat and (found := _place(self.chat[2])):
            return found
        for lead in words.CITY_LEAD.finditer(_fold(self.text)):
            if found := _place(_fold(self.text)[lead.end() : lead.end() + 12]):
                return found
        for line in (*self._near_title(), *self.lines):
            if found := _place(line):
                return found
        for value in (*values, *self._dotted_parts(1)):
            if value and len(value) <= _SHORT and not re.search(r"\d", value):
                return value.split(",")[0].strip(), ""
        return "", ""

    def company(self, board: Board) -> str:
        marked = (*self.marked("company"), *self.marked("company_area"))
        for candidate in (self.ld("hiringOrganization", "name"), *marked):
            if name := _company_text(candidate):
                return name
        if self.chat and (name := _company_text(self.chat[1])):
            return name
        for index, line in enumerate(self.lines[:-1]):
            if (
                words.COMPANY_FACTS.match(self.lines[index + 1])
                and not words.COMPANY_FACTS.match(line)
                and _is_title_like(line)
                and salary_in(line) is None
                and (name := _company_text(line))
            ):
                return name
        for value in self.labelled("company"):
            if name := _company_text(value):
                return name
        for part in (*self._dotted_parts(0), *self._title_parts()):
            if name := _company_text(part):
                return name
        for line in self.lines:
            if _is_title_like(line) and words.COMPANY_ENDINGS.search(line):
                return _company_text(line)
        under = self._title_line + 1 if self._title_line is not None else len(self.lines)
        if under < len(self.lines) and (name := _company_under_title(self.lines[under])):
            return name
        headlines = (words.RECRUITING_HEADLINE.match(line) for line in self.lines[:3])
        for match in (*headlines, words.MESSAGE_COMPANY.search(self.text)):
            if match and (name := _company_text(next((g for g in match.groups() if g), ""))):
                return name
        return ""

    def _title_parts(self) -> list[str]:
        """Parts of a "小红书 | AIGC内容运营 | 上海 | 18-28K" title line that are none of
        the title, a place, a salary or a requirement: the company."""
        if self._title_line is None:
            return []
        line = re.sub(r"^[【\[][^】\]]*[】\]]", "", self.lines[self._title_line])
        parts = [part.strip() for part in re.split(r"[|｜:：]", line)]
        if len(parts) < 2:
            return []
        labels = {label.casefold() for values in words.LABELS.values() for label in values}
        named = [re.sub(rf"^{_LEAD}", "", part) for part in parts]
        return [
            part
            for part in named
            if part and part.casefold() not in labels and _is_plain_name(part)
        ]

    def _dotted_parts(self, position: int) -> list[str]:
        """A part of the "Company · City · 2 weeks ago" line under an English title."""
        if self._title_line is None:
            return []
        for line in self.lines[self._title_line + 1 : self._title_line + 3]:
            parts = [part.strip() for part in re.split(r"\s+[·•]\s+", line)]
            if len(parts) > position + 1:
                return [parts[position]]
        return []

    def first(self, pattern: re.Pattern[str], name: str) -> str:
        for source in (*self.labelled(name), *self._near_title(), *self.lines):
            if match := pattern.search(_fold(source)):
                return match[0].strip()
        return ""

    def work_mode(self) -> WorkMode | None:
        head = "\n".join(self._near_title() or self.lines[:12])
        if words.HYBRID.search(head):
            return WorkMode.HYBRID
        if words.REMOTE.search(head):
            return WorkMode.REMOTE
        return None

    def hiring_track(self, board: Board, role: str) -> HiringTrack | None:
        head = "\n".join([role, *self._near_title()])
        if words.INTERNSHIP.search(role) or board is Board.SHIXISENG:
            return HiringTrack.INTERNSHIP
        if words.CAMPUS.search(head):
            return HiringTrack.CAMPUS
        if words.EXPERIENCED.search(head):
            return HiringTrack.EXPERIENCED
        return None

    def tags(self) -> tuple[str, ...]:
        found = [tag for word, tag in words.BENEFITS if word in self.text]
        return tuple(dict.fromkeys(found))

    def description(self) -> str:
        for index, line in enumerate(self.lines):
            if match := words.DESCRIPTION_STARTS.match(line):
                body = [match[2]] if match[2] else []
                for later in self.lines[index + 1 :]:
                    if words.DESCRIPTION_ENDS.match(later):
                        break
                    body.append(later)
                return "\n".join(body).strip()
        return ""


def _chat_title(text: str) -> str:
    """The title in a chat message after its 【company】: up to the first comma, city or salary."""
    text = words.TITLE_LEAD.sub("", re.split(r"[,，。;；!！|｜]", text.strip())[0])
    cut = len(text)
    if found := salary_in(text):
        cut = min(cut, _fold(text).find(found[0]))
    for pattern in (DISTRICT_PATTERN, CITY_PATTERN):
        if match := pattern.search(_fold(text)):
            cut = min(cut, match.start())
    return text[:cut]


def _is_plain_name(text: str) -> bool:
    """Not a title, a place, a salary, an experience or an education: maybe a name."""
    return not (
        words.ROLE_WORDS.search(text)
        or _place(text)
        or salary_in(text)
        or words.EXPERIENCE.search(text)
        or words.EDUCATION.search(text)
    )


def _company_under_title(line: str) -> str:
    """The line under an English title: "Appen", "TELUS International - Beijing"."""
    name = re.split(r"\s+[-–—]\s+|,\s*", line)[0] if _place(line) else line
    if _is_title_like(name) and _is_plain_name(name):
        return _company_text(name)
    return ""


# How a sentence of a description starts; a title never does.
_SENTENCE_START = re.compile(
    r"^(负责|要求|熟悉|具备|参与|协助|完成|能够|有|我们|你将|你|欢迎|如果|We |You |Our |If )", re.I
)


def _is_title_like(line: str) -> bool:
    return (
        0 < len(line) <= _SHORT
        and not re.search(r"[。；;！!？?，]$|[。；;！!？?]|，.*，", line)
        and not _SENTENCE_START.match(line)
    )


_TITLE_NOISE = re.compile(
    r"^(招聘中|急招|急聘|在线|刚刚活跃|今日活跃|新|hot|NEW)\s*|\s*(招聘|急招|急聘|\(急\)|（急）)$",
    re.I,
)


def _role_text(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^[【\[][^】\]]*[】\]]\s*(?=\S)", "", text)
    if found := salary_in(text):
        text = text.replace(found[0], " ").strip(" ·-|")
    parts = [part for part in re.split(r"\s*[|｜：:]\s*", text) if part]
    if len(parts) > 1:  # "MiniMax社招｜AI产品经理", "2027届校招：AI训练师"
        text = next((p for p in reversed(parts) if words.ROLE_WORDS.search(p)), parts[-1])
    text = _TITLE_NOISE.sub("", text).strip(" ·-|,，")
    return text if _is_title_like(text) else ""


def _company_text(text: str) -> str:
    text = " ".join(text.split()).strip(" ·-|,，")
    text = re.sub(r"\s*(查看全部职位|查看公司|关注|Follow)$", "", text)
    if not _is_title_like(text) or words.COMPANY_FACTS.match(text) or recruiting_word(text):
        return ""
    return text


def _place(text: str) -> tuple[str, str] | None:
    folded = _fold(text)
    if found := city_and_district(folded):
        return found
    if city := english_city(folded):
        return city, ""
    return None


def _ld_salary(posting: dict[str, Any]) -> str:
    """schema.org's baseSalary as salary text ("20000-30000/月", "$120000-$150000/year")."""
    salary = posting.get("baseSalary")
    if isinstance(salary, str | int | float):
        return str(salary)
    if not isinstance(salary, dict):
        return ""
    value = salary.get("value")
    currency = str(salary.get("currency") or "")
    unit = ""
    if isinstance(value, dict):
        unit = str(value.get("unitText") or "")
        low, high = value.get("minValue"), value.get("maxValue") or value.get("value")
    else:
        low, high = value, None
    if low is None and high is None:
        return ""
    figures = "-".join(_figure(v) for v in (low, high) if v is not None)
    period = {"MONTH": "/月", "YEAR": "/year", "HOUR": "/hour", "DAY": "/天", "WEEK": "/week"}
    sign = {"USD": "$", "CNY": "¥"}.get(currency.upper(), "")
    return f"{sign}{figures}{period.get(unit.upper(), '')}"


def _figure(value: object) -> str:
    try:
        number = float(str(value))
    except ValueError:
        return str(value)
    return f"{number:.0f}" if number == int(number) else f"{number}"
