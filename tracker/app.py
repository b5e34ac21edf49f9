"""Composition root: paths → logging → database → services → translations → window."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from tracker import cli
from tracker.domain.errors import StorageError
from tracker.log import configure_logging
from tracker.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from tracker.db.database import Database
    from tracker.domain.records import ApplicationRow
    from tracker.preferences import Settings
    from tracker.ui.window.main_window import MainWindow
    from tracker.ui.window.notifier import Notifier, SystemTray
    from tracker.ui.window.single_instance import SingleInstance
    from tracker.words.language import Translators

logger = logging.getLogger(__name__)
AUTOMATIC_BACKUP_MINUTES = 30


def main(argv: list[str] | None = None) -> int:
    # Everything Pivot writes (database, backups, settings, logs) is private to the user.
    os.umask(0o077)
    args = cli.build_parser().parse_args(argv)
    if args.data_dir is not None and not args.data_dir.strip():
        return cli.refuse_empty_data_dir()
    paths = cli.resolve_paths(args.data_dir)
    configure_logging(paths.log_dir, verbose=args.verbose)
    if args.command:
        return cli.VERBS[args.command](args, paths)
    return run_window(paths, demo=args.demo, demo_into_data_dir=args.data_dir is not None)


class PivotApp:
    """One open database, its services and undo history, and the window showing them. A
    language switch replaces the window; the data, the selection's history and undo remain."""

    def __init__(
        self,
        paths: AppPaths,
        database: Database,
        settings: Settings,
        translators: Translators,
        *,
        chinese_font: bool,
        first_rows: list[ApplicationRow] | None = None,
    ) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication

        from tracker.services.backups import BackupKeeper
        from tracker.services.container import Services
        from tracker.ui.commands.application_actions import ApplicationActions

        self.paths = paths
        self.settings = settings
        self.translators = translators
        self.services = Services(database)
        self.actions = ApplicationActions(self.services, QUndoStack())
        self._chinese_font = chinese_font
        self._first_rows = first_rows
        self.keeper = BackupKeeper(paths.database, paths.backup_dir)
        # The tray and the reminders are built after the window's first paint (start-up does
        # not wait for them); until then closing the window quits as usual.
        self.tray: SystemTray | None = None
        self.notifier: Notifier | None = None
        QApplication.setQuitOnLastWindowClosed(False)  # Pivot quits when its window closes
        self.window = self._build_window()
        self._backup_timer = QTimer()
        self._backup_timer.setInterval(AUTOMATIC_BACKUP_MINUTES * 60_000)
        self._backup_timer.timeout.connect(self.automatic_backup)
        self._backup_timer.start()

    def _build_window(self) -> MainWindow:
        from tracker.ui.window.main_window import MainWindow

        window = MainWindow(
            self.services,
            self.actions,
            self.settings,
            self.paths,
            chinese_font_available=self._chinese_font,
            first_rows=self._first_rows,
        )
        self._first_rows = None
        window.keep_running = lambda: (
            self.settings.keep_in_tray and self.tray is not None and self.tray.available()
        )
        window.hidden_to_tray.connect(self._hidden_to_tray)
        window.closed.connect(self._quit)
        window.warmed_up.connect(self._start_reminders)
        window.language_change_requested.connect(self.switch_language)
        window.pipeline_changed.connect(self.rebuild_window)
        window.database_commands.restore_requested.connect(self.restore)
        return window

    def _build_reminders(self) -> Notifier:
        """The tray icon and the reminders it shows: built once, for every window."""
        from tracker.ui.window.notifier import Notifier, SystemTray

        self.tray = SystemTray()
        self.tray.open_requested.connect(self.bring_to_front)
        self.tray.quit_requested.connect(lambda: self.window.quit_pivot())
        self.notifier = Notifier(
            lambda: self.services.reminders,
            lambda: self.window.rows.rows(),
            lambda: self.window.pipeline,
            self.settings,
            self.tray,
        )
        self.notifier.open_requested.connect(self._open_reminder)
        self.notifier.unavailable.connect(
            lambda text: self.window.statusBar().showMessage(text, 20_000)
        )
        return self.notifier

    def _start_reminders(self) -> None:
        notifier = self.notifier or self._build_reminders()
        assert self.tray is not None
        if self.settings.notifications or self.settings.keep_in_tray:
            self.tray.show_icon()
        notifier.start()

    def _open_reminder(self, reminder: object) -> None:
        """A notification was clicked: the window comes up on what it was about."""
        from tracker.domain.reminders import Reminder

        assert isinstance(reminder, Reminder)
        self.bring_to_front()
        if reminder.contact_id is not None:
            self.window.show_person(reminder.contact_id)
            return
        self.window.show_application(reminder.application_id)
        if reminder.round_id is not None:
            self.window.rounds.open_by_id(reminder.application_id, reminder.round_id)

    def _hidden_to_tray(self) -> None:
        from tracker.words.reminders import tray_close

        if self.tray is not None and not self.settings.said_once("tray_close"):
            self.tray.show_message("Pivot", tray_close())

    def _quit(self) -> None:
        from PySide6.QtCore import QCoreApplication, QTimer

        QTimer.singleShot(0, QCoreApplication.quit)

    def switch_language(self, language: str) -> None:
        from tracker.words.language import window_language

        self.translators.install(window_language(language, chinese_font=self._chinese_font))
        self.rebuild_window()

    def rebuild_window(self) -> None:
        """A new window in place of the old one (after a change of language or of stages),
        keeping the layout and the table's filters."""
        old = self.window
        old.save_layout()
        view = old.applications_page.view_state()
        self.window = self._build_window()
        self.window.applications_page.restore_view_state(view)
        self.window.show()
        old.hide()
        old.deleteLater()

    def bring_to_front(self) -> None:
        """Another launch of Pivot on this folder: this window comes up instead."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def automatic_backup(self) -> None:
        """Every 30 minutes, when something changed: a verified backup, then the rotation."""
        try:
            self.keeper.back_up_if_changed("auto")
        except StorageError as error:
            from tracker.words.messages import storage_message

            logger.warning("automatic backup failed: %s", error.problem.value)
            self.window.statusBar().showMessage(storage_message(error), 30_000)

    def restore(self, backup: Path) -> None:
        """Put a backup in place of the database: the window lets go of the file, the backup
        goes in (the replaced file kept aside), and a new window opens on it."""
        from PySide6.QtCore import QCoreApplication

        from tracker.services.container import Services
        from tracker.services.maintenance import open_database
        from tracker.ui.commands.application_actions import ApplicationActions
        from tracker.ui.dialogs.messages import show_info, show_storage_error

        self.window.save_layout()
        self.services.close()
        aside = None
        try:
            aside = self.keeper.restore(backup)
        except StorageError as error:
            show_storage_error(self.window, error)
        try:
            database = open_database(
                self.paths.database, self.paths.backup_dir, read_only_if_newer=True
            )
        except StorageError as error:
            # Nothing usable to show: say why, and end the program the ordinary way.
            show_storage_error(self.window, error)
            self.window.hide()
            QCoreApplication.exit(cli.EXIT_PROBLEM)
            return
        self.services = Services(database)
        self.actions = ApplicationActions(self.services, type(self.actions.undo_stack)())
        old = self.window
        self.window = self._build_window()
        self.window.show()
        old.hide()
        old.deleteLater()
        if aside is not None:
            text = QCoreApplication.translate(
                "PivotApp", "The backup is in place. The file it replaced is kept in {folder}."
            )
            show_info(self.window, QCoreApplication.translate("PivotApp", "Restored"),
                      text.format(folder=aside))  # fmt: skip

    def close(self) -> None:
        self._backup_timer.stop()
        changed = self.keeper.changed()
        self.services.close()
        if changed:
            try:
                self.keeper.back_up("on-close")
            except StorageError:
                logger.warning("the backup on closing failed")
        self.settings.sync()


def _qt_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Pivot")
    app.setOrganizationName("Pivot")
    return app


def prepare_demo(paths: AppPaths, into_data_dir: bool) -> tuple[AppPaths, Path | None]:
    """Where the demo data set goes, and the throwaway folder to remove afterwards (None when
    it was written into the user's --data-dir, which must not hold a database yet)."""
    if into_data_dir:
        if paths.database.exists():
            raise FileExistsError(str(paths.database))
        return paths, None
    folder = Path(tempfile.mkdtemp(prefix="pivot-demo-"))
    return paths.with_data_dir(folder), folder


def run_window(paths: AppPaths, *, demo: bool = False, demo_into_data_dir: bool = False) -> int:
    from tracker.ui.pyside_imports import read_module_sources_lightly

    read_module_sources_lightly()  # before the window's modules are imported
    from tracker.services.maintenance import start_early_check
    from tracker.services.queries import RowsPrefetch
    from tracker.ui.window.single_instance import SingleInstance

    # A demo in a throwaway folder needs no lock; one written into a data folder does.
    instance = None if demo and not demo_into_data_dir else _single_instance(paths)
    if instance is False:
        return cli.EXIT_OK  # the running Pivot of this folder came to the front instead
    # Check the file and read the list while the window's code loads (~100 ms at 10,000
    # applications; SQLite works outside the interpreter's lock).
    early_check = None if demo else start_early_check(paths.database)
    prefetch = RowsPrefetch(paths.database) if early_check and early_check.started else None
    from tracker.preferences import Settings
    from tracker.ui.fonts import has_chinese_font
    from tracker.words.language import Translators, window_language

    app = _qt_application()
    settings = Settings(paths.settings_file)
    chinese_font = has_chinese_font()
    translators = Translators()
    translators.install(window_language(settings.language, chinese_font=chinese_font))
    _install_excepthook()
    throwaway: Path | None = None
    try:
        if demo:
            try:
                paths, throwaway = prepare_demo(paths, demo_into_data_dir)
            except FileExistsError as error:
                text = app.translate(
                    "CommandLine",
                    "{path} already holds a database; the demo needs an empty folder.",
                )
                return cli.fail(text.format(path=error), cli.EXIT_USAGE)
        database, recovered = _open_or_recover(paths, early_check)
        if database is None:
            return cli.EXIT_PROBLEM
        if demo:
            from tracker.services.demo import build_demo
            from tracker.words.language import CHINESE

            build_demo(database, chinese=translators.language == CHINESE)
        # Rows read before a recovery are the damaged file's: the window reads them again.
        fresh = not database.upgraded and not recovered
        first_rows = prefetch.take() if prefetch and fresh else None
        pivot = PivotApp(
            paths, database, settings, translators, chinese_font=chinese_font, first_rows=first_rows
        )
        if isinstance(instance, SingleInstance):
            instance.listen()
            instance.raise_requested.connect(pivot.bring_to_front)
        pivot.window.show()
        status = app.exec()
        pivot.close()
        return status
    finally:
        if throwaway is not None:
            shutil.rmtree(throwaway, ignore_errors=True)


def _open_or_recover(paths: AppPaths, early_check: object) -> tuple[Database | None, bool]:
    """The database, opened; a newer Pivot's file read-only. A missing or damaged file whose
    backups exist gets the recovery dialog: restore one (the damaged file is kept aside), or
    quit with nothing changed. The database (None when it could not be opened; the user was told
    why) and whether a backup was restored."""
    from tracker.db.opening import EarlyCheck
    from tracker.domain.errors import StorageProblem
    from tracker.services.backups import BackupKeeper, backups
    from tracker.services.maintenance import open_database
    from tracker.ui.dialogs import messages
    from tracker.words.messages import storage_message

    check = early_check if isinstance(early_check, EarlyCheck) else None
    try:
        database = open_database(paths.database, paths.backup_dir, check, read_only_if_newer=True)
        return database, False
    except StorageError as error:
        recoverable = error.problem in (StorageProblem.MISSING, StorageProblem.CORRUPT)
        if not recoverable or not backups(paths.backup_dir):
            messages.show_storage_error(None, error)
            return None, False
        problem = error
    from tracker.ui.dialogs.backups_dialog import BackupsDialog

    keeper = BackupKeeper(paths.database, paths.backup_dir)
    chosen: list[Path] = []
    dialog = BackupsDialog(keeper, None, problem_text=storage_message(problem))
    dialog.restore_requested.connect(chosen.append)
    dialog.exec()
    if not chosen:
        return None, False
    try:
        aside = keeper.restore(chosen[0], aside_label="damaged")
        database = open_database(paths.database, paths.backup_dir, read_only_if_newer=True)
    except StorageError as error:
        messages.show_storage_error(None, error)
        return None, False
    if aside is not None:
        logger.info("the damaged file was kept aside")
    return database, True


def _single_instance(paths: AppPaths) -> SingleInstance | bool:
    """This folder's lock, or False when another Pivot holds it (and was asked to come to the
    front). A folder that cannot be made is left to the opening checks to explain."""
    from tracker.ui.window.single_instance import SingleInstance

    try:
        paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return True
    instance = SingleInstance(paths.data_dir)
    return instance if instance.acquire() else False


def _install_excepthook() -> None:
    """A bug reaches one dialog (and the log), never a bare traceback on the user's screen."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtCore import QCoreApplication

        from tracker.ui.dialogs import messages

        # The stack (files, lines, functions) but not the message, which may hold user data.
        stack = "".join(traceback.format_tb(tb))
        logger.error("unexpected error: %s\n%s", kind.__name__, stack)
        messages.show_error(
            None,
            "Pivot",
            QCoreApplication.translate(
                "Messages",
                "Something went wrong inside Pivot. Your saved data is safe; the last action "
                "may not have been saved.",
            ),
            "".join(traceback.format_exception(kind, error, tb)),
        )

    sys.excepthook = hook
