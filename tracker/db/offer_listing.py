"""The offers list in plain SQL over the light connection: the Offers page lists every offer,
and reading them needs neither the database library nor a record object each."""

from __future__ import annotations

import sqlite3
from datetime import date
from types import SimpleNamespace

_LIVE_OFFERS_SQL = """
SELECT o.*, c.name AS company_name, a.role_title AS role_title,
       a.role_category AS role_category
FROM offer AS o
JOIN job_application AS a ON a.id = o.application_id
JOIN company AS c ON c.id = a.company_id
WHERE o.deleted_at IS NULL AND a.deleted_at IS NULL
ORDER BY o.reply_deadline IS NULL, o.reply_deadline, o.id DESC
"""
_DATES = ("received_on", "reply_deadline")
_FLAGS = ("non_compete", "outsourced", "hukou_support")


class OfferColumns(SimpleNamespace):
    """One stored offer's columns by name, as the record would give them (dates as dates,
    flags as booleans), with ``company_name``, ``role_title`` and ``role_category``."""


def live_offers(connection: sqlite3.Connection) -> list[OfferColumns]:
    """Every offer not in the trash whose application is not either; the soonest reply
    deadline first, then the newest."""
    cursor = connection.execute(_LIVE_OFFERS_SQL)
    names = [column[0] for column in cursor.description]
    offers = []
    for values in cursor:
        columns = dict(zip(names, values, strict=True))
        for name in _DATES:
            columns[name] = date.fromisoformat(columns[name]) if columns[name] else None
        for name in _FLAGS:
            columns[name] = bool(columns[name])
        offers.append(OfferColumns(**columns))
    return offers
