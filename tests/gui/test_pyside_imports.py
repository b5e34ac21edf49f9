"""Modules imported after PySide6 are not kept in memory line by line, and PySide6 still learns
which of them name it."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tracker.ui import pyside_imports


def _module(tmp_path: Path, name: str, text: str) -> object:
    (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_a_module_imported_afterwards_is_answered_without_its_lines_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # put back after
    pyside_imports.read_module_sources_lightly()
    linecache.clearcache()
    # What PySide6's import hook does with each module imported after it.
    feature.feature_imported(_module(tmp_path, "pivot_probe_plain", "VALUE = 1\n" * 2000))
    feature.feature_imported(_module(tmp_path, "pivot_probe_qt", "from PySide6 import QtCore\n"))
    assert str(tmp_path / "pivot_probe_plain.py") not in linecache.cache
    answers = feature.pyside_feature_dict  # PySide6's own record of each module
    assert answers["pivot_probe_plain"] == -1  # does not name PySide6: ignored
    assert answers["pivot_probe_qt"] == 0  # names it
    for name in ("pivot_probe_plain", "pivot_probe_qt"):
        answers.pop(name)


def test_modules_without_a_readable_source_do_not_name_pyside(tmp_path: Path) -> None:
    assert not pyside_imports.mentions_pyside(sys)  # built in
    gone = type(sys)("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # packed in an archive, say: not on disk
    assert not pyside_imports.mentions_pyside(gone)


def test_the_charts_library_loads_on_a_thread_and_the_line_cache_goes_on_the_windows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from tracker.ui.charts import mpl

    tidied_on: list[threading.Thread] = []
    monkeypatch.setattr(mpl, "_preloading", None)  # as in a fresh Pivot
    monkeypatch.setattr(
        mpl, "forget_module_sources", lambda: tidied_on.append(threading.current_thread())
    )
    loader = mpl.preload()
    assert loader is not threading.current_thread() and mpl.preload() is loader  # once
    loader.join(timeout=60)
    qtbot.waitUntil(lambda: bool(tidied_on), timeout=5000)
    assert tidied_on == [threading.main_thread()]
    assert "matplotlib.backends.backend_qtagg" in sys.modules
