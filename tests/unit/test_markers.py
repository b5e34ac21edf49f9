"""Every test that needs Qt carries the ``gui`` marker (given by the suite's conftest from the
fixtures it uses), so that ``-m "not gui"`` leaves all of them out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _collected(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *args, "tests/gui",
         "tests/unit/test_cli.py"],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip
    return [line for line in done.stdout.splitlines() if "::" in line]


def test_not_gui_leaves_out_every_test_of_the_window() -> None:
    every = _collected()
    without_qt = _collected("-m", "not gui")
    assert any(name.startswith("tests/gui/") for name in every)
    assert without_qt and not any(name.startswith("tests/gui/") for name in without_qt)
    assert all(name.startswith("tests/unit/test_cli.py") for name in without_qt)
