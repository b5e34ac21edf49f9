"""GUI fixtures: real widgets over a real (temporary) database, one window per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tracker.domain.records import ApplicationCreate, ApplicationRead
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.dialogs import form_dialog, messages
from tracker.ui.window.main_window import MainWindow
from tracker.words.language import ENGLISH, Translators


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators()
    translators.install(ENGLISH)
    yield translators
    translators.install(ENGLISH)


@pytest.fixture
def app_paths(data_dir: Path, pivot_home: Path) -> AppPaths:
    return AppPaths(data_dir=data_dir, config_dir=pivot_home / "settings", log_dir=pivot_home)


@pytest.fixture
def settings(app_paths: AppPaths) -> Settings:
    return Settings(app_paths.settings_file)


@pytest.fixture
def actions(services: Services) -> ApplicationActions:
    return ApplicationActions(services, QUndoStack())


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form closed at the end of a test would ask whether to discard it and block; tests
    that check the question patch this again."""
    monkeypatch.setattr(form_dialog, "confirm", lambda *_args: True)


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are recorded instead of blocking: (title, text) per box."""
    shown: list[tuple[str, str]] = []

    def record(_kind: object, _parent: QWidget | None, title: str, text: str, _detail: str) -> None:
        shown.append((title, text))

    monkeypatch.setattr(messages, "_show", record)
    return shown


@pytest.fixture
def make_window(
    qtbot: QtBot,
    services: Services,
    actions: ApplicationActions,
    settings: Settings,
    app_paths: AppPaths,
) -> Callable[..., MainWindow]:
    def make(**options: bool) -> MainWindow:
        window = MainWindow(services, actions, settings, app_paths, **options)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # so that keyboard shortcuts reach it
        return window

    return make


@pytest.fixture
def add(services: Services) -> Callable[..., ApplicationRead]:
    """Log an application directly through the service (test set-up, not under test)."""

    def create(company: str, role: str, **fields: object) -> ApplicationRead:
        return services.applications.create(
            ApplicationCreate(company_name=company, role_title=role, **fields)  # type: ignore[arg-type]
        )

    return create
