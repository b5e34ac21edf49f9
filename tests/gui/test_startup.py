"""Start-up: the list is on screen before SQLAlchemy, SQLModel or matplotlib are imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tracker.db.database import Database
from tracker.services.demo import build_demo

PROBE = Path(__file__).parents[1] / "benchmarks" / "launch_probe.py"


def test_first_paint_lists_the_data_without_heavy_imports(
    database: Database, data_dir: Path, pivot_home: Path
) -> None:
    build_demo(database)
    (loaded, shown) = database.reader.execute(
        "SELECT count(*), sum(archived = 0) FROM job_application WHERE deleted_at IS NULL"
    ).fetchone()
    database.close()
    environment = dict(os.environ, PIVOT_HOME=str(pivot_home), PIVOT_PROBE_T0=repr(time.time()))
    done = subprocess.run(
        [sys.executable, str(PROBE), "app", str(data_dir)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert (result["rows"], result["shown"]) == (loaded, shown)
    assert shown > 0
    assert result["imported"] == []
