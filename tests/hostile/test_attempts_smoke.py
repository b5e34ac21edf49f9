"""The hostile-input attempts, run on this checkout: no attempt may lose data. (Attempts judged
"bad" are listed by ``python tests/hostile/attempts.py --details``; some of them are answers
the harness does not expect yet, such as an encoding question that shows each reading.)

Slow (a few minutes, the command line run a few hundred times); run with ``-m slow``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.attempts import all_attempts, run_all
from tests.hostile.summary import details
from tests.hostile.trial import Outcome

CHECKOUT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_no_hostile_attempt_loses_data() -> None:
    verdicts = run_all(CHECKOUT, all_attempts())
    lost = [v for v in verdicts if v.outcome is Outcome.LOST]
    assert not lost, "data lost:\n" + details(lost)
    assert any(v.outcome is Outcome.CLEAN for v in verdicts)
