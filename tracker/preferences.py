"""Preferences and window state, in one INI file. Every key is declared here once."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from tracker.words.language import CHINESE, ENGLISH, LANGUAGE_SYSTEM

LANGUAGES = (LANGUAGE_SYSTEM, CHINESE, ENGLISH)
LANGUAGE_KEY = "preferences/language"
# Where earlier versions wrote the language: QSettings files a group named "general" as the
# INI file's own [General] section, and reads it back only as "General/..." (never as the
# "general/..." it was written with), so the choice seemed forgotten at every start.
OLD_LANGUAGE_KEYS = ("General/language", "general/language")


class Settings:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._settings.value(LANGUAGE_KEY)
        for old_key in OLD_LANGUAGE_KEYS:
            if value is None:
                value = self._settings.value(old_key)
        return str(value) if value in LANGUAGES else LANGUAGE_SYSTEM

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue(LANGUAGE_KEY, value)
        for old_key in OLD_LANGUAGE_KEYS:
            self._settings.remove(old_key)
        self._settings.sync()  # a preference is kept the moment it is chosen

    def state(self, key: str) -> QByteArray | None:
        """A saved geometry or header state, e.g. ``state("main_window/geometry")``."""
        value = self._settings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"state/{key}", value)

    @property
    def decision_weights(self) -> dict[str, float]:
        """The user's own weights on the decision tab, by factor name ({} when never set);
        values that are not numbers are left out."""
        raw = self._settings.value("decision/weights", "")
        try:
            loaded = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {
            str(key): float(value)
            for key, value in loaded.items()
            if isinstance(value, int | float) and not isinstance(value, bool)
        }

    @decision_weights.setter
    def decision_weights(self, weights: dict[str, float]) -> None:
        self._settings.setValue("decision/weights", json.dumps(weights))

    @property
    def offer_comparison(self) -> tuple[set[int], set[int]]:
        """The offers ticked for comparing, and every offer listed when they were ticked."""
        try:
            loaded = json.loads(str(self._settings.value("offers/comparison", "") or "{}"))
            compared, seen = loaded.get("compared", []), loaded.get("seen", [])
            return {int(i) for i in compared}, {int(i) for i in seen}
        except (ValueError, TypeError, AttributeError):
            return set(), set()

    @offer_comparison.setter
    def offer_comparison(self, value: tuple[set[int], set[int]]) -> None:
        compared, seen = value
        record = {"compared": sorted(compared), "seen": sorted(seen)}
        self._settings.setValue("offers/comparison", json.dumps(record))

    # -- reminders and the weekly goal ----------------------------------------------------

    def _flag(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    @property
    def notifications(self) -> bool:
        """Desktop notifications of reminders (on unless turned off)."""
        return self._flag("reminders/notifications", True)

    @notifications.setter
    def notifications(self, value: bool) -> None:
        self._set("reminders/notifications", value)

    @property
    def quiet_hours(self) -> tuple[time, time] | None:
        """When no notification is shown (local times), or None for none; 22:00–08:00 until
        the user says otherwise."""
        if not self._flag("reminders/quiet", True):
            return None
        start = _clock(self._settings.value("reminders/quiet_start"), DEFAULT_QUIET[0])
        end = _clock(self._settings.value("reminders/quiet_end"), DEFAULT_QUIET[1])
        return start, end

    @quiet_hours.setter
    def quiet_hours(self, value: tuple[time, time] | None) -> None:
        self._settings.setValue("reminders/quiet", value is not None)
        if value is not None:
            self._settings.setValue("reminders/quiet_start", value[0].strftime("%H:%M"))
            self._settings.setValue("reminders/quiet_end", value[1].strftime("%H:%M"))
        self._settings.sync()

    @property
    def keep_in_tray(self) -> bool:
        """Closing the window leaves Pivot running in the tray (off unless chosen)."""
        return self._flag("reminders/keep_in_tray", False)

    @keep_in_tray.setter
    def keep_in_tray(self, value: bool) -> None:
        self._set("reminders/keep_in_tray", value)

    def said_once(self, what: str) -> bool:
        """Whether a one-time explanation ("tray_close", "no_tray") was given; marks it given."""
        key = f"said/{what}"
        said = self._flag(key, False)
        if not said:
            self._set(key, True)
        return said

    @property
    def weekly_goal(self) -> int:
        """Applications the user means to send a week (0: no goal)."""
        try:
            stored = int(str(self._settings.value("goals/applications", 0)))
            return max(0, min(MOST_A_WEEK, stored))
        except (TypeError, ValueError):
            return 0

    @weekly_goal.setter
    def weekly_goal(self, value: int) -> None:
        self._set("goals/applications", max(0, min(MOST_A_WEEK, int(value))))

    def sync(self) -> None:
        self._settings.sync()


DEFAULT_QUIET = (time(22, 0), time(8, 0))
MOST_A_WEEK = 200


def _clock(value: object, default: time) -> time:
    try:
        return time.fromisoformat(str(value)) if value else default
    except ValueError:
        return default
