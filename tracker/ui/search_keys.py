"""The searchable text of an application row, for the search boxes of the table and the board."""

from __future__ import annotations

from typing import Any

from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow
from tracker.domain.text import match_key
from tracker.words.labels import label, state_label


class SearchKeys:
    """Each row's searchable text: its own words plus the translated names of its category,
    channel and state (translated once per value, not once per row)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline
        self._labels: dict[object, str] = {}

    def _label(self, value: Any) -> str:
        key = self._labels.get(value)
        if key is None:
            if isinstance(value, tuple):
                text = state_label(value[0], value[1], self._pipeline)
            else:
                text = label(value)
            key = self._labels[value] = match_key(text)
        return key

    def __call__(self, row: ApplicationRow) -> str:
        own = " ".join(
            (
                row.company_name,
                row.role_title,
                row.city,
                row.salary_text,
                row.next_action,
                *row.tags,
            )
        )
        parts = [
            match_key(own),
            self._label(row.role_category),
            self._label((row.stage, row.outcome)),
        ]
        if row.channel is not None:
            parts.append(self._label(row.channel))
        return " ".join(parts)
