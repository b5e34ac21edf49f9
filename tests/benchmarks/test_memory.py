"""Resident memory of Pivot as a user runs it: started in a fresh interpreter on the benchmark
database, every page opened in turn (its data read, its charts drawn), then measured; beside a
bare Qt window launched the same way. Goal: ≤ 250 MB after every page at 10,000 applications."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.conftest import ROWS, report

PROBE = Path(__file__).with_name("launch_probe.py")


def _run(kind: str, data_dir: Path, home: Path) -> dict[str, object]:
    environment = dict(os.environ, PIVOT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed Pivot runs
    environment["PIVOT_PROBE_T0"] = repr(time.time())
    arguments = [sys.executable, str(PROBE), kind] + ([str(data_dir)] if kind != "bare" else [])
    done = subprocess.run(arguments, env=environment, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_memory_after_every_page(big_data_dir: Path, tmp_path: Path) -> None:
    bare = _run("bare", big_data_dir, tmp_path)
    tour = _run("tour", big_data_dir, tmp_path)
    assert tour["pages"] == tour["navigation"] > 0, "every page was opened"
    report(
        [
            f"resident memory, {ROWS} applications ({tour['kind']})",
            f"  a bare Qt window at its first paint: {bare['memory_mb']:6.0f} MB",
            f"  Pivot at its first paint:            {tour['at_first_paint_mb']:6.0f} MB",
            f"  Pivot after every page was opened:   {tour['memory_mb']:6.0f} MB"
            f"  ({float(tour['memory_mb']) / float(bare['memory_mb']):.1f}× the bare window;"  # type: ignore[arg-type]
            " goal ≤ 250 MB)",
        ]
    )
