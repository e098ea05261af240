"""The one place that knows where files live: bundled resources and the user's data.

Resources are found in three layouts: a PyInstaller bundle (``sys._MEIPASS``), an
installed wheel (``desktop_app/resources``, mapped there by pyproject.toml) and a
source checkout (``resources/`` beside the package).

User data follows Qt's ``AppLocalDataLocation`` for an application named
"Lindungi" without an organisation (computed here without importing Qt, so the
core and the CLI stay Qt-free; a UI test checks that both agree). The local,
not roaming, folder is used on purpose: personal data must not follow a
Windows roaming profile onto a server.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

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


def user_data_dir() -> Path:
    """Per-user folder for the database, backups, drafts and logs (not created here)."""
    override = os.environ.get("LINDUNGI_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


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
