"""Unsaved form input kept on disk so a crash or power cut loses nothing.

The form writes its raw field texts here every few seconds while it has
unsaved changes; the file is removed when the record is saved or discarded,
and offered back when Lindungi next opens the same database. One draft per
database, in the user data folder (never beside a database on a shared disk).
Writes are atomic (``desktop_app.files``: temporary file, fsync, rename), so a
draft is either the old one or the new one, never half of each.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.dates import now_iso
from desktop_app.files import leftovers, write_text
from desktop_app.paths import user_data_dir

log = logging.getLogger(__name__)
FORMAT = 1


@dataclass
class Draft:
    fields: dict
    saved_at: datetime
    editing_id: str = ""


class DraftStore:
    def __init__(self, db_path: Path, folder: Path | None = None) -> None:
        key = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
        self.path = (folder or user_data_dir() / "drafts") / f"draft-{key}.json"

    def save(self, fields: dict, editing_id: str = "") -> None:
        payload = {"format": FORMAT, "saved_at": now_iso(),
                   "editing_id": editing_id, "fields": fields}
        write_text(self.path, json.dumps(payload, ensure_ascii=False), make_folder=True)

    def load(self) -> Draft | None:
        """The saved draft, or None (a missing or unreadable file is no draft)."""
        try:
            payload = json.loads(self.path.read_text(encoding="utf-8"))
            if payload.get("format") != FORMAT or not isinstance(payload.get("fields"), dict):
                return None
            return Draft(payload["fields"], datetime.fromisoformat(payload["saved_at"]),
                         payload.get("editing_id", ""))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("draft file unreadable, ignored: %s", self.path.name)
            return None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
        for leftover in leftovers(self.path):  # of a save cut short by a crash
            leftover.unlink(missing_ok=True)
