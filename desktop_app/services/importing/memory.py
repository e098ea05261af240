"""What the office taught the importer: whole mappings per set of headers, and single header spellings.

A village sends the same layout every month. When a table arrives whose
headers (normalised, in order) are the same as those of a table mapped before,
that mapping is offered again — applied, and said so. Single spellings taught
for a header ("SEBUTAN" → full name) apply to any file.
"""

from __future__ import annotations

import hashlib

from desktop_app.domain.dates import now_iso
from desktop_app.services.importing.headers import normalize_header

LEARNED_KEY = "import.header_aliases"
MAPPINGS_KEY = "import.mappings"
MAX_MAPPINGS = 200


def signature(labels: list[tuple[str, str]]) -> str:
    """The identity of a header: its normalised labels in column order (blank trailing columns ignored)."""
    texts = [normalize_header(f"{group} {sub}".strip()) for group, sub in labels]
    while texts and not texts[-1]:
        texts.pop()
    return hashlib.sha256("|".join(texts).encode()).hexdigest()[:24] if any(texts) else ""


class MappingMemory:
    """Reads and writes the office settings that hold what was taught (``store.office``)."""

    def __init__(self, store) -> None:
        self.store = store

    def aliases(self) -> dict[str, str]:
        return dict(self.store.office.setting(LEARNED_KEY, {}) or {})

    def recall(self, labels: list[tuple[str, str]]) -> dict | None:
        """{"fields": {index: field}, "file": …, "saved_at": …} remembered for this header, or None."""
        key = signature(labels)
        found = (self.store.office.setting(MAPPINGS_KEY, {}) or {}).get(key) if key else None
        if not found:
            return None
        return {**found, "fields": {int(i): f for i, f in found.get("fields", {}).items()}}

    def remember(self, tables: list[tuple[list[tuple[str, str]], dict[int, str]]], file_name: str,
                 aliases: dict[str, str]) -> int:
        """Keep each table's whole mapping and the spellings the user chose; returns how many were kept.
        The caller holds the write transaction."""
        saved = dict(self.store.office.setting(MAPPINGS_KEY, {}) or {})
        count = 0
        for labels, fields in tables:
            key = signature(labels)
            if key:
                saved[key] = {"fields": {str(i): f for i, f in fields.items()}, "file": file_name,
                              "saved_at": now_iso()}
                count += 1
        if len(saved) > MAX_MAPPINGS:
            oldest = sorted(saved, key=lambda k: saved[k].get("saved_at", ""))
            for key in oldest[:len(saved) - MAX_MAPPINGS]:
                del saved[key]
        self.store.office.set_setting(MAPPINGS_KEY, saved)
        learned = self.aliases()
        learned.update(aliases)
        self.store.office.set_setting(LEARNED_KEY, learned)
        return count
