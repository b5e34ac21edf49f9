"""Where Pivot keeps its files: one place decides, with one override for tests and one for users.

- ``PIVOT_HOME`` (environment): data, settings and logs all live under this folder. Tests and
  throwaway runs use it so that nothing touches the user's real files.
- ``--data-dir DIR`` (command line): the database and its backups live in DIR; settings and logs
  stay where the platform keeps them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

APP_NAME = "Pivot"
DATABASE_FILE = "pivot.db"
BACKUP_FOLDER = "backups"  # beside the database
LOCK_FILE = "pivot.lock"  # beside the database: one Pivot per data folder
HOME_VARIABLE = "PIVOT_HOME"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_FOLDER

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "pivot.ini"

    def with_data_dir(self, data_dir: Path) -> AppPaths:
        return replace(self, data_dir=data_dir.expanduser().absolute())


def default_paths(environ: dict[str, str] | None = None) -> AppPaths:
    """The platform's folders, or everything under ``PIVOT_HOME`` when it is set."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_VARIABLE)
    if home:
        root = Path(home).expanduser().absolute()
        return AppPaths(data_dir=root, config_dir=root / "settings", log_dir=root / "logs")
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return AppPaths(
        data_dir=Path(dirs.user_data_dir),
        config_dir=Path(dirs.user_config_dir),
        log_dir=Path(dirs.user_log_dir),
    )


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside it in a wheel."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "_resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Pivot's resources folder is missing; reinstall Pivot.")
