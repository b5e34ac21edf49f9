"""The user's materials: résumés, portfolios and cover letters, each with versions, and which
version went to which application (and when).

A version is a file kept in the data folder (by its content's hash), a link to an online
portfolio, or only a label: a version sent from elsewhere (what older Pivot files kept as the
free-text "résumé sent"). Files are only ever stored and shown: never run, never rendered
beyond an image or PDF preview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.domain.enums import DocumentKind
from tracker.domain.errors import FieldProblem, FileProblem, ValidationError
from tracker.domain.validation import MAX_LABEL_LENGTH, is_openable_url

MAX_FILE_BYTES = 50 * 1024 * 1024
HASH_PATTERN = re.compile(r"[0-9a-f]{64}")
# Field → longest text the database keeps.
LIMITS = {"title": 200, "label": MAX_LABEL_LENGTH, "link": 2000, "notes": 100_000, "file_name": 255}


# Programs and scripts a double-click would run, on any of the three systems.
_RUNNABLE_SUFFIXES = frozenset({
    "exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "cpl", "ps1", "psm1", "vbs", "vbe",
    "wsf", "wsh", "hta", "jar", "lnk", "reg", "dll", "sys", "sh", "bash", "zsh", "csh",
    "command", "app", "dylib", "so", "bin", "run", "elf", "apk", "appimage", "deb", "rpm", "pkg",
    "dmg",
})  # fmt: skip
_RUNNABLE_MAGIC = (
    b"MZ",  # Windows programs and libraries
    b"\x7fELF",  # Linux
    b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",  # macOS
    b"\xca\xfe\xba\xbe",  # macOS universal binaries (and Java classes)
    b"#!",  # scripts
)  # fmt: skip
HEAD_BYTES = 8
_MEDIA_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "bmp": "image/bmp",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "key": "application/vnd.apple.keynote",
    "pages": "application/vnd.apple.pages",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "txt": "text/plain",
    "md": "text/markdown",
    "html": "text/html",
    "zip": "application/zip",
}
OTHER_MEDIA = "application/octet-stream"
IMAGE_TYPES = frozenset(t for t in _MEDIA_TYPES.values() if t.startswith("image/"))
PDF_TYPE = "application/pdf"


def suffix_of(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return suffix.lower() if dot and stem else ""


def safe_file_name(name: str) -> str:
    """The name a file is shown and exported under: its last part only (a name such as
    ``../../pivot.db`` or ``C:\\x\\cv.pdf`` keeps ``pivot.db`` / ``cv.pdf``), without control
    characters, leading dots or spaces, at most 255 characters, never empty."""
    last = re.split(r"[\\/]", name)[-1]
    last = "".join(ch for ch in last if ch.isprintable()).strip().lstrip(".").strip()
    if len(last) > LIMITS["file_name"]:
        suffix = suffix_of(last)
        keep = LIMITS["file_name"] - len(suffix) - 1
        last = f"{last[:keep]}.{suffix}" if suffix and keep > 0 else last[: LIMITS["file_name"]]
    return last or "file"


def media_type_of(name: str) -> str:
    return _MEDIA_TYPES.get(suffix_of(name), OTHER_MEDIA)


def shows_itself(media_type: str) -> bool:
    """An image or a PDF, which Pivot previews; other files are saved out to be opened."""
    return media_type in IMAGE_TYPES or media_type == PDF_TYPE


def refusal_of(name: str, size: int, head: bytes) -> FileProblem | None:
    """Why a file of this name, size and first bytes may not be added as a document, or None."""
    if size == 0:
        return FileProblem.EMPTY
    if size > MAX_FILE_BYTES:
        return FileProblem.TOO_LARGE
    if suffix_of(name) in _RUNNABLE_SUFFIXES or head.startswith(_RUNNABLE_MAGIC):
        return FileProblem.EXECUTABLE
    return None


def is_file_hash(value: str) -> bool:
    """A stored file's name in the data folder: a SHA-256 in lower-case hex, nothing else (a
    file's record can never point outside that folder)."""
    return bool(HASH_PATTERN.fullmatch(value))


@dataclass(frozen=True, slots=True)
class DocumentDraft:
    kind: DocumentKind
    title: str
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class VersionDraft:
    """A version as its form holds it; its file, if any, is added apart (``StoredFile``)."""

    document_id: int
    label: str
    link: str = ""
    notes: str = ""
    added_on: date | None = None
    id: int | None = None


def _check_lengths(
    draft: object, names: tuple[str, ...], problems: dict[str, FieldProblem]
) -> None:
    for name in names:
        if name not in problems and len(getattr(draft, name)) > LIMITS[name]:
            problems[name] = FieldProblem.TOO_LONG


def validate_document(draft: DocumentDraft) -> None:
    problems: dict[str, FieldProblem] = {}
    if not draft.title.strip():
        problems["title"] = FieldProblem.REQUIRED
    _check_lengths(draft, ("title", "notes"), problems)
    if problems:
        raise ValidationError(problems)


def validate_version(draft: VersionDraft) -> None:
    problems: dict[str, FieldProblem] = {}
    if not draft.label.strip():
        problems["label"] = FieldProblem.REQUIRED
    _check_lengths(draft, ("label", "link", "notes"), problems)
    link = draft.link.strip()
    if "link" not in problems and link and not is_openable_url(link):
        problems["link"] = FieldProblem.INVALID
    if problems:
        raise ValidationError(problems)


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file kept in the data folder: found by its hash, shown under its original name."""

    file_hash: str
    file_name: str
    media_type: str
    size: int


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: int
    document_id: int
    label: str
    added_on: date | None
    link: str
    notes: str
    file: StoredFile | None
    sent: int  # applications outside the trash it went to

    @property
    def previewable(self) -> bool:
        return self.file is not None and shows_itself(self.file.media_type)


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    kind: DocumentKind
    title: str
    notes: str
    versions: tuple[VersionRow, ...]  # newest first


@dataclass(frozen=True, slots=True)
class SentVersion:
    """A version that went to an application, and when."""

    application_id: int
    version_id: int
    sent_on: date | None
    kind: DocumentKind
    title: str  # the document's
    label: str  # the version's
    previewable: bool
    link: str
