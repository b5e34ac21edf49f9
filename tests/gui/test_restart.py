"""Everything the user sets or arranges is there after a restart: the window is used, closed,
and started again in a new process on the same settings file and database."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.test_offers import two_offers
from tracker.domain.decision_weights import Factor
from tracker.domain.interviews import QuestionDraft, RoundDraft
from tracker.domain.records import ApplicationRead
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.models.offer_table_model import OfferColumn
from tracker.ui.models.question_table_model import QuestionColumn
from tracker.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_every_choice_and_layout_survives_a_restart(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    services: Services,
    settings: Settings,
    app_paths: AppPaths,
) -> None:
    rich, liked = two_offers(services, add)
    asked = add("智谱AI", "AI训练师")
    services.interviews.save_round(
        RoundDraft(asked.id, "一面", questions=(QuestionDraft("讲一下 RLHF", tags=("RLHF",)),))
    )
    window = make_window()
    window.resize(780, 560)  # within the offscreen screen (800×600), as geometry restores
    settings.language = "zh_CN"  # as Preferences sets it
    window.applications_page.splitter.setSizes([500, 260])
    window.applications_page.table.setColumnWidth(1, 233)
    window.show_page(window._offers_slot)
    offers = window._offers_slot.page()
    offers.decision.set_weight(Factor.GROWTH, 9)
    model = offers.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).offer.id == rich)
    model.setData(model.index(row, OfferColumn.COMPARE), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    offers.splitter.setSizes([250, 400])
    offers.comparison.splitter.setSizes([300, 700])
    offers.table.setColumnWidth(OfferColumn.COMPANY, 211)
    window.show_page(window._questions_slot)
    window.questions_page.table.setColumnWidth(QuestionColumn.TAGS, 187)
    qtbot.wait(10)
    expected = {
        "language": "zh_CN",
        "weights": {f.value: w for f, w in offers.decision.weights().items()},
        "compared": [liked],
        "window": [window.width(), window.height()],
        "applications_splitter": window.applications_page.splitter.sizes(),
        "applications_column": 233,
        "offers_splitter": offers.splitter.sizes(),
        "comparison_splitter": offers.comparison.splitter.sizes(),
        "offers_column": 211,
        "questions_column": 187,
    }
    assert expected["weights"][Factor.GROWTH.value] == 9
    window.close()

    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.restart_child", str(app_paths.data_dir),
         str(app_paths.log_dir)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == expected
