"""What the user chose is there at the next start: each preference is read back by a new
process on the same settings file (QSettings caches within one process, so only another
process shows what the file really holds)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tracker.preferences import Settings

ROOT = Path(__file__).resolve().parents[2]


def _read_in_a_new_process(path: Path, expression: str) -> str:
    code = (
        "import sys; from pathlib import Path; "
        "from tracker.preferences import Settings; "
        f"s = Settings(Path(sys.argv[1])); print({expression})"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=True,
    )  # fmt: skip
    return done.stdout.strip()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_chosen_language_is_there_at_the_next_start(tmp_path: Path, language: str) -> None:
    path = tmp_path / "pivot.ini"
    Settings(path).language = language
    assert _read_in_a_new_process(path, "s.language") == language


def test_a_language_saved_by_an_earlier_version_is_found(tmp_path: Path) -> None:
    path = tmp_path / "pivot.ini"
    path.write_text("[%General]\nlanguage=zh_CN\n", encoding="utf-8")
    assert _read_in_a_new_process(path, "s.language") == "zh_CN"
    settings = Settings(path)
    settings.language = "en"
    assert "[%General]" not in path.read_text(encoding="utf-8")
    assert _read_in_a_new_process(path, "s.language") == "en"


def test_the_decision_weights_are_there_at_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "pivot.ini"
    settings = Settings(path)
    settings.decision_weights = {"money": 3.0, "growth": 1.5}
    settings.sync()
    assert _read_in_a_new_process(path, "s.decision_weights") == "{'money': 3.0, 'growth': 1.5}"
