"""The one place that knows where files live: bundled resources and the user's data.

Resources are found in three layouts: a PyInstaller bundle (``sys._MEIPASS``), an
installed wheel (``desktop_app/resources``, mapped there by pyproject.toml) and a
source checkout (``resources/`` beside the package).

User data lives where ``platformdirs`` puts an application named "Lindungi" with
no author folder: ``%LOCALAPPDATA%\\Lindungi`` on Windows, ``~/Library/Application
Support/Lindungi`` on macOS, ``$XDG_DATA_HOME/Lindungi`` (``~/.local/share/Lindungi``)
elsewhere. That is also Qt's ``AppLocalDataLocation`` for an application without an
organisation (a UI test checks that both agree), found here without importing Qt so
the core and the CLI stay Qt-free. The local, not roaming, folder is used on purpose:
personal data must not follow a Windows roaming profile onto a server. (One
difference from earlier versions: on macOS, which Lindungi is not built for,
platformdirs also follows ``$XDG_DATA_HOME`` when a user has set it.)
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

import platformdirs
from platformdirs.api import PlatformDirsABC

from desktop_app import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """Folder holding region data, rates, fonts, translations and templates."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "wilayah").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found; tried " + ", ".join(map(str, candidates)))


def resource(*parts: str) -> Path:
    """Path of one bundled resource file, e.g. ``resource("rates", "iuran_bpu.csv")``."""
    return resources_dir().joinpath(*parts)


def app_dirs(platform: type[PlatformDirsABC] = platformdirs.PlatformDirs) -> PlatformDirsABC:
    """The platform's folders for Lindungi (nothing created). ``platform`` is this system's
    class unless a test asks what another system (e.g. ``platformdirs.windows.Windows``) answers."""
    return platform(APP_NAME, appauthor=False, roaming=False, ensure_exists=False)


def user_data_dir() -> Path:
    """Per-user folder for the database, backups, drafts and logs (not created here);
    ``LINDUNGI_DATA_DIR`` overrides it."""
    override = os.environ.get("LINDUNGI_DATA_DIR")
    if override:
        return Path(override)
    return Path(app_dirs().user_data_dir)


def default_db_path() -> Path:
    """The database used when neither ``--db`` nor ``LINDUNGI_DB`` names one."""
    override = os.environ.get("LINDUNGI_DB")
    if override:
        return Path(override)
    return user_data_dir() / "lindungi.db"


def log_dir() -> Path:
    """Folder of the rotating log files (a windowed app has no console)."""
    return user_data_dir() / "logs"


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database they protect, so they travel together."""
    return db_path.resolve().parent / "backups"


def lock_path_for(db_path: Path) -> Path:
    """The instance lock file beside a database (``<database>.lock``, QLockFile's format)."""
    return Path(str(Path(db_path).resolve()) + ".lock")
