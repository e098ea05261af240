"""Typed access to the window's own state (QSettings, an INI file in the user data dir).

Only UI state lives here: window geometry, the last view, language, the
operator at this computer and the carry-forward toggles. Business settings
(office, schemes, rates) live in the database so they travel with it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.paths import user_data_dir

SETTINGS_FILE = "settings.ini"
# RT/RW differ from one person to the next even within a desa: not carried unless pinned.
DEFAULT_CARRY = ("village", "occupation", "scheme", "coverage")


class UiSettings:
    """Read/write one setting per property; unknown or broken values fall back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_data_dir() / SETTINGS_FILE
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _text(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def _list(self, key: str, default: tuple[str, ...]) -> list[str]:
        if not self._qs.contains(key):
            return list(default)
        value = self._qs.value(key)
        if value is None or value == "":
            return []
        return [value] if isinstance(value, str) else [str(v) for v in value]

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def last_view(self) -> str:
        return self._text("window/last_view", "registration")

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._qs.setValue("window/last_view", value)

    def _top_level(self, key: str) -> str:
        """A key of the INI file's ``[General]`` section. Earlier versions wrote ``general/<key>``,
        which Qt stores as ``[%General]`` and reads back as ``General/<key>`` (so it never matched
        on Linux, where keys are case-sensitive): those values are still read."""
        for name in (key, f"General/{key}", f"general/{key}"):
            value = self._text(name)
            if value:
                return value
        return ""

    @property
    def language(self) -> str:
        value = self._top_level("language")
        return value if value in ("id", "en") else "id"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("language", value)

    @property
    def operator(self) -> str:
        return self._top_level("operator")

    @operator.setter
    def operator(self, value: str) -> None:
        self._qs.setValue("operator", value)

    @property
    def lock_minutes(self) -> int:
        """Minutes without a key press or click before the window locks (0: never); 10 by default."""
        try:
            return max(0, int(self._text("security/lock_minutes", "10")))
        except ValueError:
            return 10

    @lock_minutes.setter
    def lock_minutes(self, value: int) -> None:
        self._qs.setValue("security/lock_minutes", str(int(value)))

    @property
    def auto_advance(self) -> bool:
        """Fixed-length fields (NIK, date, RT) move the cursor on by themselves; on by default."""
        return self._text("form/auto_advance", "true") != "false"

    @auto_advance.setter
    def auto_advance(self, value: bool) -> None:
        self._qs.setValue("form/auto_advance", "true" if value else "false")

    @property
    def carry_forward(self) -> list[str]:
        return self._list("form/carry_forward", DEFAULT_CARRY)

    @carry_forward.setter
    def carry_forward(self, value: list[str]) -> None:
        self._qs.setValue("form/carry_forward", list(value))

    @property
    def records_header(self) -> QByteArray:
        return self._bytes("records/header")

    @records_header.setter
    def records_header(self, value: QByteArray) -> None:
        self._qs.setValue("records/header", value)

    @property
    def last_folder(self) -> str:
        """The folder of the last Excel file chosen (export, import, BPJS answer)."""
        return self._text("files/last_folder", str(Path.home()))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._qs.setValue("files/last_folder", value)

    # The folder tukar belongs to one database on this computer (two offices' databases may be open here).
    def exchange_folder_for(self, db_path: Path) -> str:
        return self._text(f"exchange/{_path_key(db_path)}/folder")

    def set_exchange_folder_for(self, db_path: Path, value: str) -> None:
        self._qs.setValue(f"exchange/{_path_key(db_path)}/folder", value)

    def exchange_auto_for(self, db_path: Path) -> bool:
        return self._text(f"exchange/{_path_key(db_path)}/auto", "0") in ("1", "true")

    def set_exchange_auto_for(self, db_path: Path, value: bool) -> None:
        self._qs.setValue(f"exchange/{_path_key(db_path)}/auto", "1" if value else "0")

    def export_path(self, sha256: str) -> Path | None:
        """Where this computer wrote the export with this SHA-256 (None when not here)."""
        value = self._text(f"exports/{sha256}") if sha256 else ""
        return Path(value) if value else None

    def remember_export(self, sha256: str, path: Path) -> None:
        self._qs.setValue(f"exports/{sha256}", str(path))

    def sync(self) -> None:
        self._qs.sync()


def _path_key(path: Path) -> str:
    """A settings key for one database file (its resolved path, hashed: QSettings keys cannot hold every path)."""
    return hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
