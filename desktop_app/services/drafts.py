"""Unsaved form input kept so a crash or power cut loses nothing — inside the encrypted database.

The form writes its raw field texts here every few seconds while it has unsaved changes; the
draft is removed when the record is saved or discarded, and offered back when Lindungi next
opens the same database. It lives in the office database's ``drafts`` table (m007), so it is
encrypted like everything else and a full NIK never sits in a plaintext file. Each call opens
its own short connection (keyed by ``storage.driver``), so the draft is independent of the
window's transactions and of worker threads.

Earlier versions kept the draft as a JSON file in the user data folder (``folder``): such a
file is moved into the database on first use and deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.dates import now_iso
from desktop_app.errors import UserError
from desktop_app.files import leftovers
from desktop_app.paths import user_data_dir
from desktop_app.storage.store import Store

log = logging.getLogger(__name__)
FORMAT = 1


@dataclass
class Draft:
    fields: dict
    saved_at: datetime
    editing_id: str = ""


class DraftStore:
    def __init__(self, db_path: Path, folder: Path | None = None) -> None:
        self.db_path = Path(db_path)
        key = hashlib.sha256(str(self.db_path.resolve()).encode("utf-8")).hexdigest()[:16]
        self.legacy_path = (folder or user_data_dir() / "drafts") / f"draft-{key}.json"

    @contextlib.contextmanager
    def _store(self) -> Iterator[Store]:
        store = Store.open(self.db_path, create=False, migrate=False, check=False, auto_backup=False)
        try:
            yield store
        finally:
            store.close()

    def save(self, fields: dict, editing_id: str = "") -> None:
        try:
            with self._store() as store, store.write():
                store.drafts.put(fields, now_iso(), editing_id)
        except UserError as exc:                    # read-only media, a locked file: the form goes on
            log.warning("draft could not be saved: %s", exc.message)

    def load(self) -> Draft | None:
        """The saved draft, or None (an unreadable one is no draft)."""
        self._move_legacy_file()
        try:
            with self._store() as store:
                found = store.drafts.get()
        except UserError:
            return None
        if found is None:
            return None
        fields, saved_at, editing_id = found
        try:
            return Draft(fields, datetime.fromisoformat(saved_at), editing_id)
        except (TypeError, ValueError):
            log.warning("draft unreadable, ignored")
            return None

    def clear(self) -> None:
        try:
            with self._store() as store, store.write():
                store.drafts.delete()
        except UserError as exc:
            log.warning("draft could not be removed: %s", exc.message)
        self._remove_legacy_file()

    def _move_legacy_file(self) -> None:
        """A JSON draft of an earlier version: into the database, then gone from the disk."""
        if not self.legacy_path.is_file():
            return
        try:
            payload = json.loads(self.legacy_path.read_text(encoding="utf-8"))
            if payload.get("format") == FORMAT and isinstance(payload.get("fields"), dict):
                with self._store() as store, store.write():
                    store.drafts.put(payload["fields"], payload["saved_at"], payload.get("editing_id", ""))
        except (OSError, ValueError, KeyError, TypeError, UserError):
            log.warning("old draft file unreadable, removed: %s", self.legacy_path.name)
        self._remove_legacy_file()

    def _remove_legacy_file(self) -> None:
        self.legacy_path.unlink(missing_ok=True)
        for leftover in leftovers(self.legacy_path):  # of a save cut short by a crash
            leftover.unlink(missing_ok=True)
