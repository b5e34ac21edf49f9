"""Files a user might hand to ``pivot import``: spreadsheets as text, and Pivot JSON documents
built from a few values (uuids are derived from keys, so every run writes the same files)."""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

NAMESPACE = uuid.UUID("6f1d2c3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f")
HEADER = ("Company", "Role", "Status")


def uid(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def table_text(rows: Iterable[Sequence[str]], header: Sequence[str] = HEADER) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def interview_round(key: str, name: str = "Onsite", **values: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "uuid": uid(key, "round"),
        "round_name": name,
        "scheduled_at": "2026-03-02T02:00:00+00:00",
        "duration_minutes": 60,
        "time_zone": "Asia/Shanghai",
        "location": "Room 3",
        "questions": [{"uuid": uid(key, "question"), "question": "Why this role?"}],
    }
    record.update(values)
    return record


def application(
    key: str, role: str, *, stage: str = "interviewing", rounds: int = 1, **values: Any
) -> dict[str, Any]:
    """One application of company ``key`` with its stage history and ``rounds`` interviews."""
    record: dict[str, Any] = {
        "uuid": uid(key, "application"),
        "company_uuid": uid(key, "company"),
        "role_title": role,
        "current_stage": stage,
        "applied_on": "2026-01-05",
        "stage_changed_at": "2026-01-20T08:00:00+00:00",
        "stage_events": [
            {
                "uuid": uid(key, "event", 1),
                "to_stage": "applied",
                "occurred_at": "2026-01-05T08:00:00+00:00",
            },
            {
                "uuid": uid(key, "event", 2),
                "from_stage": "applied",
                "to_stage": stage,
                "occurred_at": "2026-01-20T08:00:00+00:00",
            },
        ],
        "notes": [{"uuid": uid(key, "note"), "body": "Met the team lead."}],
        "interview_rounds": [interview_round(f"{key}/{n}") for n in range(rounds)],
    }
    record.update(values)
    return record


def company(key: str, name: str, **values: Any) -> dict[str, Any]:
    return {"uuid": uid(key, "company"), "name": name, **values}


def document(
    companies: list[dict[str, Any]], applications: list[dict[str, Any]], **top: Any
) -> dict[str, Any]:
    return {
        "format": "pivot",
        "version": 1,
        "exported_at": "2026-01-25T00:00:00+00:00",
        "companies": companies,
        "applications": applications,
        **top,
    }


def single(key: str, company_name: str, role: str, **values: Any) -> dict[str, Any]:
    """A document of one application at one company."""
    return document([company(key, company_name)], [application(key, role, **values)])


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
