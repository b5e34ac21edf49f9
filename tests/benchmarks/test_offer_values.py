"""Valuing every offer of the benchmark database (a year's take-home under its city's rules,
the first year and the four-year figures), as the Offers page does on its first open: the time
an offer, beside a floor measured in the same run (reading the offers' rows with a raw SQLite
query, per offer). Goal of the pay engine: far below a millisecond an offer."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from tests.benchmarks.conftest import ROWS, report
from tracker.db.opening import open_database
from tracker.services.offer_values import OfferValues
from tracker.services.offers import OfferService

REPEATS = 3


def test_valuing_every_offer(big_data_dir: Path) -> None:
    database = open_database(big_data_dir / "pivot.db", big_data_dir / "backups")
    offers = OfferService(database).list()
    database.close()
    assert offers
    raw = []
    for _ in range(REPEATS):
        connection = sqlite3.connect(str(big_data_dir / "pivot.db"))
        start = time.perf_counter()
        rows = connection.execute("SELECT * FROM offer WHERE deleted_at IS NULL").fetchall()
        raw.append((time.perf_counter() - start) * 1000 / len(rows))
        connection.close()
    valued = []
    for _ in range(REPEATS):
        values = OfferValues(None)
        values.book()  # the rules are read once a session, before the page values anything
        start = time.perf_counter()
        results = values.values(offers)
        valued.append((time.perf_counter() - start) * 1000 / len(offers))
    assert sum(1 for result in results if result.value is not None) > len(offers) // 2
    floor, each = statistics.median(raw), statistics.median(valued)
    report([
        f"valuing the offers, {ROWS} applications, {len(offers)} offers",
        f"  floor (raw SQLite read of the offers' rows): {floor * 1000:6.1f} µs an offer",
        f"  valued:                                      {each:6.2f} ms an offer "
        f"({each / floor:,.0f}× floor; goal ≤ 0.5 ms)",
    ])  # fmt: skip
