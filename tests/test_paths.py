"""The user data folder comes from platformdirs and is the folder earlier versions used,
so existing databases are still found; the environment overrides still win."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from desktop_app import APP_NAME, paths

HOME = "/home/siti"
LOCAL = r"C:\Users\siti\AppData\Local"


def folder_of_earlier_versions(platform: str) -> Path:
    """Lindungi 0.1's hand-written ``user_data_dir`` (without the LINDUNGI_DATA_DIR override), kept
    verbatim as the reference: a database made by that version lives in this folder."""
    if platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


@pytest.fixture
def plain_env(monkeypatch):
    """A user's environment with only HOME set, no Lindungi overrides."""
    for name in ("LINDUNGI_DATA_DIR", "LINDUNGI_DB", "XDG_DATA_HOME", "LOCALAPPDATA",
                 "WIN_PD_OVERRIDE_LOCAL_APPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", HOME)
    return monkeypatch


@pytest.mark.parametrize("xdg_data_home", [None, "", "/data/siti/share"])
def test_linux_folder_is_the_one_earlier_versions_used(plain_env, xdg_data_home):
    if xdg_data_home is not None:
        plain_env.setenv("XDG_DATA_HOME", xdg_data_home)
    found = Path(paths.app_dirs(Unix).user_data_dir)
    assert found == folder_of_earlier_versions("linux")
    assert found == Path(xdg_data_home or f"{HOME}/.local/share") / "Lindungi"


def test_windows_folder_is_local_appdata_without_an_author_folder(plain_env):
    plain_env.setenv("LOCALAPPDATA", LOCAL)
    # On Windows platformdirs asks the shell for the Local AppData known folder (what %LOCALAPPDATA%
    # holds); on this test machine the same answer comes through platformdirs' documented override.
    plain_env.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", LOCAL)
    found = PureWindowsPath(paths.app_dirs(Windows).user_data_dir)
    assert found == PureWindowsPath(folder_of_earlier_versions("win32")) == PureWindowsPath(LOCAL, "Lindungi")
    assert "Roaming" not in found.parts and found.parts.count("Lindungi") == 1


def test_macos_folder_is_application_support(plain_env):
    found = PurePosixPath(paths.app_dirs(MacOS).user_data_dir)
    assert found == PurePosixPath(folder_of_earlier_versions("darwin"))
    assert found == PurePosixPath(HOME, "Library", "Application Support", "Lindungi")


def test_this_system_uses_its_own_folder_and_creates_nothing(plain_env, tmp_path):
    plain_env.setenv("HOME", str(tmp_path))
    plain_env.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    assert paths.user_data_dir() == folder_of_earlier_versions(sys.platform)
    assert paths.default_db_path() == folder_of_earlier_versions(sys.platform) / "lindungi.db"
    assert paths.log_dir() == folder_of_earlier_versions(sys.platform) / "logs"
    assert list(tmp_path.iterdir()) == []


def test_environment_overrides_win(plain_env, tmp_path):
    plain_env.setenv("LINDUNGI_DATA_DIR", str(tmp_path / "data"))
    assert paths.user_data_dir() == tmp_path / "data"
    assert paths.default_db_path() == tmp_path / "data" / "lindungi.db"
    plain_env.setenv("LINDUNGI_DB", str(tmp_path / "elsewhere" / "kantor.db"))
    assert paths.default_db_path() == tmp_path / "elsewhere" / "kantor.db"
    assert paths.user_data_dir() == tmp_path / "data"          # logs and drafts stay in the data folder


def test_backups_live_beside_the_database(tmp_path):
    assert paths.backup_dir_for(tmp_path / "kantor.db") == tmp_path.resolve() / "backups"
