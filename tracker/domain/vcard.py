"""vCard (.vcf) files: people read from what phones, Outlook, Apple Contacts and Google Contacts
export (vCard 2.1, 3.0 and 4.0), and people written as vCard 3.0, which all of them read.

Only text is read: photos, sounds and keys are skipped, nothing in a card is run or fetched.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from tracker.domain.people import LIMITS, ContactDraft

_LINE = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.DOTALL)
_WECHAT_SCHEMES = ("weixin:", "wechat:", "x-apple:wechat:")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LINE_OCTETS = 75


@dataclass
class VCardReading:
    """The people a file holds, and how many of its cards had no name to go by."""

    people: list[ContactDraft] = field(default_factory=list)
    nameless: int = 0


def _unfold(text: str) -> Iterator[str]:
    """Logical lines: folded lines joined (a line that starts with a space or a tab continues
    the one before; in 2.1, a quoted-printable value ending in "=" continues on the next)."""
    current: str | None = None
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
            continue
        if (
            current is not None
            and current.endswith("=")
            and "QUOTED-PRINTABLE" in (current.split(":", 1)[0].upper())
        ):
            current = current[:-1] + raw
            continue
        if current is not None:
            yield current
        current = raw
    if current is not None:
        yield current


def _parameters(raw: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for part in raw.split(";")[1:]:
        name, _, value = part.partition("=")
        if not value:  # 2.1: ";HOME;VOICE" are bare types
            name, value = "TYPE", name
        values = [v.strip().strip('"').lower() for v in value.split(",")]
        found.setdefault(name.strip().upper(), []).extend(values)
    return found


def _decoded(value: str, parameters: dict[str, list[str]]) -> str:
    if "quoted-printable" in parameters.get("ENCODING", ()):
        charset = (parameters.get("CHARSET") or ["utf-8"])[0]
        raw = quopri.decodestring(value.encode("ascii", "replace"))
        try:
            return raw.decode(charset, "replace")
        except LookupError:
            return raw.decode("utf-8", "replace")
    return value


def _unescaped(value: str) -> str:
    out: list[str] = []
    characters = iter(value)
    for character in characters:
        if character == "\\":
            following = next(characters, "")
            out.append("\n" if following in ("n", "N") else following)
        else:
            out.append(character)
    return "".join(out)


def _components(value: str) -> list[str]:
    """A structured value (N, ORG, ADR) cut at its unescaped semicolons."""
    return [_unescaped(part) for part in re.split(r"(?<!\\);", value)]


def _name_from_parts(parts: list[str]) -> str:
    family, given = [*parts, "", ""][:2]
    family, given = family.strip(), given.strip()
    if _CJK.search(family + given):
        return family + given  # 王小明: family name first, no space
    return " ".join(part for part in (given, family) if part)


class _Card:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.name_parts: list[str] = []
        self.preferred_email = False

    def take(self, name: str, parameters: dict[str, list[str]], value: str) -> None:
        types = set(parameters.get("TYPE", ())) | set(parameters.get("X-SERVICE-TYPE", ()))
        text = _unescaped(value) if name not in ("N", "ORG") else value
        if name == "FN":
            self.values.setdefault("name", text)
        elif name == "N":
            self.name_parts = _components(value)
        elif name == "ORG":
            self.values.setdefault("company", _components(value)[0])
        elif name in ("TITLE", "ROLE"):
            self.values.setdefault("role", text)
        elif name == "EMAIL":
            if "pref" in types and not self.preferred_email:
                self.values["email"], self.preferred_email = text, True
            self.values.setdefault("email", text)
        elif name == "TEL":
            self.values.setdefault("phone", text.removeprefix("tel:"))
        elif name == "NOTE":
            self.values.setdefault("notes", text)
        elif name == "X-PIVOT-HOW-MET":
            self.values.setdefault("how_met", text)
        else:
            self._take_profile(name, types, text)

    def _take_profile(self, name: str, types: set[str], text: str) -> None:
        lowered = text.lower()
        if name in ("URL", "X-SOCIALPROFILE") and (
            "linkedin.com" in lowered or "linkedin" in types
        ):
            self.values.setdefault("linkedin", text)
        elif name == "X-WECHAT" or (name == "X-SOCIALPROFILE" and types & {"wechat", "weixin"}):
            self.values.setdefault("wechat", text.rsplit("/", 1)[-1] if "://" in text else text)
        elif name == "IMPP" and lowered.startswith(_WECHAT_SCHEMES):
            self.values.setdefault("wechat", text.split(":")[-1])

    def person(self) -> ContactDraft | None:
        name = self.values.get("name", "").strip() or _name_from_parts(self.name_parts)
        if not name:
            name = self.values.get("company", "").strip()
        if not name:
            return None

        def value(key: str) -> str:
            return self.values.get(key, "").strip()[: LIMITS[key]]

        return ContactDraft(
            name=name[: LIMITS["name"]], company=value("company"), role=value("role"),
            how_met=value("how_met"), wechat=value("wechat"), phone=value("phone"),
            email=value("email"), linkedin=value("linkedin"), notes=value("notes"),
        )  # fmt: skip


def read_vcards(text: str) -> VCardReading:
    """Every card in a .vcf file's text (already decoded), in the file's order."""
    reading = VCardReading()
    card: _Card | None = None
    for line in _unfold(text.lstrip("\ufeff")):
        match = _LINE.match(line)
        if match is None:
            continue
        name = match.group(1).upper()
        value = match.group(3)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card = _Card()
        elif name == "END" and value.strip().upper() == "VCARD":
            if card is not None:
                person = card.person()
                if person is None:
                    reading.nameless += 1
                else:
                    reading.people.append(person)
            card = None
        elif card is not None:
            parameters = _parameters(match.group(2))
            if "b" in parameters.get("ENCODING", ()) or "base64" in parameters.get("ENCODING", ()):
                continue  # a photo, a sound, a key: never read
            card.take(name, parameters, _decoded(value, parameters))
    return reading


def _escaped(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def _folded(line: str) -> str:
    """A content line cut into lines of at most 75 octets, never inside a character."""
    pieces: list[str] = []
    current, size = "", 0
    for character in line:
        width = len(character.encode("utf-8"))
        limit = _LINE_OCTETS if not pieces else _LINE_OCTETS - 1
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += character
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def write_vcards(people: Iterable[ContactDraft]) -> str:
    """The people as one vCard 3.0 file's text (CRLF line ends, UTF-8 once encoded)."""
    lines: list[str] = []
    for person in people:
        person = replace(person, **{k: getattr(person, k).strip() for k in LIMITS})
        card = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escaped(person.name)}"]
        card.append(f"N:{_escaped(person.name)};;;;")
        optional = (
            ("ORG", person.company), ("TITLE", person.role), ("EMAIL;TYPE=INTERNET", person.email),
            ("TEL", person.phone), ("URL;TYPE=linkedin", person.linkedin),
            ("X-WECHAT", person.wechat), ("X-PIVOT-HOW-MET", person.how_met),
            ("NOTE", person.notes),
        )  # fmt: skip
        card += [f"{name}:{_escaped(value)}" for name, value in optional if value]
        card.append("END:VCARD")
        lines += [_folded(line) for line in card]
    return "".join(f"{line}\r\n" for line in lines)
