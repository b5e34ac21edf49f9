"""A job posting's HTML read into plain text, a sanitised copy, and what its markup says.

What a user copies from a board's page, or saves of it, is HTML full of scripts, trackers and
remote images. Pivot keeps the text, and a copy of the markup reduced to a few harmless tags
with no attributes: nothing in it runs, loads or links anywhere. On the way it notes what the
page's own markup says about the job: the schema.org ``JobPosting`` a board embeds for search
engines, the page's address, and the elements whose class names say salary, company, title or
city. Nothing here touches the network.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from typing import Any

# Elements whose content is never text a person reads.
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
     "head", "select", "button", "form", "textarea", "audio", "video", "math"}
)  # fmt: skip
# Elements that start a new line of text.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
     "ul", "ol", "table", "dd", "dt", "dl", "header", "footer", "aside", "nav", "main",
     "blockquote", "pre", "hr", "title", "body", "html", "figure", "figcaption", "address"}
)  # fmt: skip
# Inline elements a layout uses to set pieces side by side (salary next to title, one benefit
# after another): a space keeps the pieces apart.
_SEPARATED = frozenset({"span", "a", "td", "th", "label", "em", "time", "dfn", "cite", "small"})
# Tags the sanitised copy keeps (without any attribute); every other tag is dropped and its
# text kept, unless it is one of _SKIPPED.
_KEPT_TAGS = frozenset(
    {"p", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i",
     "em", "table", "tr", "td", "th", "div", "span", "dl", "dt", "dd", "blockquote", "pre",
     "hr"}
)  # fmt: skip
_VOID = frozenset(
    {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "track",
     "wbr", "param"}
)  # fmt: skip

# A class, id, itemprop or data-testid naming what an element holds, as boards mark them up.
_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("salary", re.compile(r"salary|pay|compensation|baseSalary", re.I)),
    ("company", re.compile(
        r"(company|com|org|brand|employer)[-_]?(name|title|link)|^cname$|companyName", re.I)),
    ("company_area", re.compile(r"company|employer|hiringOrganization", re.I)),
    ("role", re.compile(
        r"(job|position|post|topcard)[-_]?(name|title)|jobTitle|^name$|^title$", re.I)),
    ("city", re.compile(
        r"(^|[-_])(city|location|area|address|jobLocation|workplace)([-_]|$)", re.I)),
)  # fmt: skip
_MARK_ATTRIBUTES = ("class", "id", "itemprop", "data-testid")
_MARKED_TEXT_LIMIT = 200  # longer marked text is a section, not a value


@dataclass
class PageFacts:
    """What an HTML page says of itself, beside its text."""

    text: str = ""
    sanitised: str = ""
    title: str = ""  # the page's <title> or og:title
    url: str = ""  # its canonical address, og:url, or where it was saved from
    postings: list[dict[str, Any]] = field(default_factory=list)  # schema.org JobPostings
    # mark → texts (lines kept), in page order: "salary", "company" (an element naming the
    # company), "company_area" (one about it, its name first), "role", "city".
    marked: dict[str, list[str]] = field(default_factory=dict)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._text: list[str] = []
        self._clean: list[str] = []
        self._skipping: list[str] = []
        self._json_ld: list[str] | None = None
        self._title: list[str] | None = None
        self._open: list[tuple[str, str | None, list[str]]] = []  # tag, mark, its text

    # -- tags ----------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(values)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self._url(values.get("href", ""))
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._json_ld = []
        if tag == "title" and not self._skipping_body():
            self._title = []
        if tag in _SKIPPED:
            self._skipping.append(tag)
            return
        if self._skipping:
            return
        self._separate(tag)
        if tag in _KEPT_TAGS:
            self._clean.append(f"<{tag}>")
        if tag not in _VOID:
            self._open.append((tag, _mark(values), []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._json_ld is not None:
            self._postings("".join(self._json_ld))
            self._json_ld = None
        if tag == "title" and self._title is not None:
            self.facts.title = self.facts.title or " ".join("".join(self._title).split())
            self._title = None
        if self._skipping:
            if tag == self._skipping[-1] or (tag in self._skipping and tag != "head"):
                while self._skipping and self._skipping.pop() != tag:
                    pass
            return
        self._separate(tag)
        if tag in _KEPT_TAGS and tag not in _VOID:
            self._clean.append(f"</{tag}>")
        if any(open_tag == tag for open_tag, _, _ in self._open):
            while self._open:
                open_tag, mark, pieces = self._open.pop()
                self._close_mark(mark, pieces)
                if open_tag == tag:
                    break

    def _separate(self, tag: str) -> None:
        separator = "\n" if tag in _BLOCKS else " " if tag in _SEPARATED else ""
        if separator:
            self._text.append(separator)
            for _, mark, pieces in self._open:
                if mark is not None:
                    pieces.append(separator)

    def handle_data(self, data: str) -> None:
        if self._json_ld is not None:
            self._json_ld.append(data)
        if self._title is not None:
            self._title.append(data)
        if self._skipping:
            return
        self._text.append(data)
        self._clean.append(escape(data, quote=False))
        for _, mark, pieces in self._open:
            if mark is not None:
                pieces.append(data)

    def close(self) -> None:
        super().close()
        while self._open:
            _, mark, pieces = self._open.pop()
            self._close_mark(mark, pieces)
        self.facts.text = tidy_text("".join(self._text))
        self.facts.sanitised = "".join(self._clean)

    # -- what the markup says ------------------------------------------------------------

    def _skipping_body(self) -> bool:
        return any(tag != "head" for tag in self._skipping)

    def _close_mark(self, mark: str | None, pieces: list[str]) -> None:
        if mark is None:
            return
        text = tidy_text("".join(pieces))
        if text and len(text) <= _MARKED_TEXT_LIMIT:
            self.facts.marked.setdefault(mark, []).append(text)

    def _meta(self, values: dict[str, str]) -> None:
        name = (values.get("property") or values.get("name") or "").lower()
        content = values.get("content", "")
        if name == "og:url":
            self._url(content)
        elif name == "og:title" and content.strip():
            self.facts.title = " ".join(content.split())

    def _url(self, address: str) -> None:
        address = address.strip()
        if not self.facts.url and re.match(r"https?://", address, re.I):
            self.facts.url = address

    def _postings(self, source: str) -> None:
        try:
            data = json.loads(source)
        except ValueError:
            return
        self.facts.postings.extend(_job_postings(data))


def _mark(values: dict[str, str]) -> str | None:
    for attribute in _MARK_ATTRIBUTES:
        for token in values.get(attribute, "").split():
            for mark, pattern in _MARKS:
                if pattern.search(token):
                    return mark
    return None


def _job_postings(data: Any) -> list[dict[str, Any]]:
    """Every schema.org JobPosting in a JSON-LD value (alone, in a list, or in a @graph)."""
    if isinstance(data, list):
        return [posting for item in data for posting in _job_postings(item)]
    if not isinstance(data, dict):
        return []
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    found = [data] if "JobPosting" in kinds else []
    return found + _job_postings(data.get("@graph", []))


def tidy_text(text: str) -> str:
    """Lines trimmed, spaces collapsed, no runs of empty lines."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy).strip()


def read_html(html: str) -> PageFacts:
    """The page's text, its sanitised copy and what its markup says. Never raises on bad
    markup: what cannot be parsed is read as text."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.facts


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|body|div|p|span|h1|table|meta)\b", head)
    )


@dataclass(frozen=True, slots=True)
class SavedPage:
    """The page inside a saved web archive (.mhtml)."""

    html: str
    text: str
    url: str


def read_mhtml(data: bytes) -> SavedPage | None:
    """The HTML (or text) part of a MIME web archive, decoded; None when there is none."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    url = str(message.get("Snapshot-Content-Location", "") or "")
    html = text = ""
    for part in message.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        if content_type not in ("text/html", "text/plain"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        content = _decoded(payload, part.get_content_charset())
        url = url or str(part.get("Content-Location", "") or "")
        if content_type == "text/html" and not html:
            html = content
        elif content_type == "text/plain" and not text:
            text = content
    if not html and not text:
        return None
    return SavedPage(html, text, url if re.match(r"https?://", url, re.I) else "")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def _decoded(payload: bytes, charset: str | None) -> str:
    """A part's bytes as text: its declared charset, the one its HTML names, else UTF-8 (Chrome
    and Edge save pages as UTF-8 without naming it in the part), else GB18030."""
    named = charset or (m[1].decode("ascii") if (m := _META_CHARSET.search(payload[:4000])) else "")
    for encoding in (named, "utf-8"):
        if encoding:
            try:
                return payload.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return payload.decode("gb18030", errors="replace")
