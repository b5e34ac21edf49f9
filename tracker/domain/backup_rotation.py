"""Which backups to keep: every one of the last two days, then the newest of each day for a
week, of each week for a month, of each month for a year; one made before an import, a restore
or emptying the trash for a month in any case. Never the newest backup, and never one made
before an upgrade of the file (the way back to the old version)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

KEEP_ALL = timedelta(days=2)
DAILY = timedelta(days=7)
WEEKLY = timedelta(weeks=4)
MONTHLY = timedelta(days=365)
PROTECTED_LABELS = frozenset({"pre-migration"})
# Backups made before something the user may want to take back stay a month whatever else.
SAFETY_LABELS = frozenset({"pre-delete", "pre-import", "pre-restore"})
SAFETY_KEPT = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class BackupEntry:
    name: str
    made_at: datetime  # aware
    label: str


def _bucket(entry: BackupEntry, now: datetime) -> tuple[str, object] | None:
    """The period an older backup stands for; None for one that is kept anyway."""
    age = now - entry.made_at
    if age < KEEP_ALL or (entry.label in SAFETY_LABELS and age < SAFETY_KEPT):
        return None
    day = entry.made_at.date()
    if age < DAILY:
        return "day", day
    if age < WEEKLY:
        return "week", tuple(day.isocalendar())[:2]
    if age < MONTHLY:
        return "month", (day.year, day.month)
    return "older", None


def backups_to_remove(entries: Iterable[BackupEntry], now: datetime) -> list[BackupEntry]:
    """The backups the rotation deletes (a clock that jumped back counts them as new)."""
    ordered = sorted(entries, key=lambda e: e.made_at, reverse=True)
    if not ordered:
        return []
    kept_buckets: set[tuple[str, object]] = set()
    remove: list[BackupEntry] = []
    for index, entry in enumerate(ordered):
        if index == 0 or entry.label in PROTECTED_LABELS:
            continue
        bucket = _bucket(entry, now)
        if bucket is None:
            continue
        if bucket[0] == "older" or bucket in kept_buckets:
            remove.append(entry)
        else:
            kept_buckets.add(bucket)  # the newest of its period stays
    return remove
