"""Launch → main window painted with every application listed, as a ratio to a bare QMainWindow
launched the same way (goal ≤ 3.5×), measured in fresh interpreters, alternating, median of 7."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.conftest import ROWS, report

PROBE = Path(__file__).with_name("launch_probe.py")
RUNS = 7


def _launch(kind: str, data_dir: Path, home: Path) -> dict[str, object]:
    environment = dict(os.environ, PIVOT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    # As an installed Pivot starts: from compiled modules (the first, warming launch writes
    # them), not from source compiled anew at every start.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    arguments = [sys.executable, str(PROBE), kind] + ([str(data_dir)] if kind == "app" else [])
    environment["PIVOT_PROBE_T0"] = repr(time.time())
    done = subprocess.run(arguments, env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_launch_to_first_paint_against_a_bare_window(big_data_dir: Path, tmp_path: Path) -> None:
    _launch("bare", big_data_dir, tmp_path)  # warm the page cache for both
    _launch("app", big_data_dir, tmp_path)
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(_launch("bare", big_data_dir, tmp_path))
        app.append(_launch("app", big_data_dir, tmp_path))
    assert all(run["rows"] == ROWS for run in app), "every application is listed at first paint"
    assert all(run["imported"] == [] for run in app), "no SQLAlchemy/matplotlib before paint"
    floor = statistics.median(float(run["first_paint_ms"]) for run in bare)  # type: ignore[arg-type]
    ours = statistics.median(float(run["first_paint_ms"]) for run in app)  # type: ignore[arg-type]
    report(
        [
            f"launch → first paint, {ROWS} applications (median of {RUNS})",
            f"  bare QMainWindow floor: {floor:7.1f} ms",
            f"  Pivot main window:      {ours:7.1f} ms",
            f"  ratio:                  {ours / floor:7.2f}×   (goal ≤ 3.5×)",
        ]
    )
