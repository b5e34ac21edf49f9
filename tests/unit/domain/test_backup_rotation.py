"""The rotation of backups: recent ones all, then a day's, a week's, a month's; never the
newest, never one made before an upgrade, whatever the clock did."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.backup_rotation import BackupEntry, backups_to_remove

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def _entry(hours_ago: float, label: str = "auto") -> BackupEntry:
    made = NOW - timedelta(hours=hours_ago)
    return BackupEntry(f"{made:%Y%m%d-%H%M%S%f}-{label}", made, label)


def test_recent_backups_are_all_kept_and_older_ones_thinned() -> None:
    recent = [_entry(h) for h in (0.5, 1, 5, 30, 47)]
    same_day = [_entry(24 * 3 + h) for h in (1, 2, 3)]  # three of one day, three days ago
    ancient = [_entry(24 * 400)]
    removed = backups_to_remove(recent + same_day + ancient, NOW)
    assert set(removed) == {same_day[1], same_day[2], ancient[0]}


def test_a_pre_migration_backup_is_never_removed() -> None:
    old = _entry(24 * 500, "pre-migration")
    assert backups_to_remove([_entry(1), old], NOW) == []


_ENTRIES = st.lists(
    st.builds(
        _entry,
        st.floats(min_value=-48, max_value=24 * 800, allow_nan=False),
        st.sampled_from(["auto", "on-close", "manual", "pre-import", "pre-migration"]),
    ),
    max_size=60,
    unique_by=lambda e: e.name,
)


@given(_ENTRIES)
def test_rotation_never_removes_the_newest_or_a_pre_migration_backup(
    entries: list[BackupEntry],
) -> None:
    removed = backups_to_remove(entries, NOW)
    if entries:
        newest = max(entries, key=lambda e: e.made_at)
        assert newest not in removed
    assert not any(e.label == "pre-migration" for e in removed)
    kept = [e for e in entries if e not in removed]
    assert backups_to_remove(kept, NOW) == []  # rotating again removes nothing more


def test_a_backup_before_emptying_the_trash_stays_a_month() -> None:
    before_delete = _entry(24 * 5, "pre-delete")
    later_that_day = _entry(24 * 5 - 3, "on-close")
    assert backups_to_remove([_entry(1), before_delete, later_that_day], NOW) == []
    assert backups_to_remove([_entry(1), _entry(24 * 40, "pre-delete")], NOW) == []  # alone
