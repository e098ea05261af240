"""Kemendagri region codes from a prebuilt, read-only SQLite file in resources/.

``build_reference`` turns ``wilayah.csv`` + ``kode_lama.csv`` into
``wilayah.sqlite`` (run ``python -m desktop_app.storage.reference`` after
updating the CSVs; a test checks the two stay in sync). Opening the prebuilt
file is a few milliseconds, so start-up never waits for 91,000 CSV rows.
"""

from __future__ import annotations

import csv
import hashlib
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path

from desktop_app.domain.regions import Level, Region, level_of
from desktop_app.files import PendingFile
from desktop_app.paths import resource

SOURCES = ("wilayah.csv", "kode_lama.csv")
REFERENCE_FILE = "wilayah.sqlite"

_SCHEMA = """
CREATE TABLE region (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, level INTEGER NOT NULL,
    historic INTEGER NOT NULL DEFAULT 0, last_seen INTEGER
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def sources_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


def _tidy_old_name(name: str) -> str:
    """``KAB. MERAUKE`` → ``Kabupaten Merauke`` (old lists are upper case)."""
    if name.isupper():
        name = name.title()
    return name.replace("Kab. ", "Kabupaten ")


def build_reference(folder: Path, target: Path) -> None:
    """(Re)build the reference database from the CSV files in ``folder``."""
    with PendingFile(target) as pending:
        _fill_reference(folder, pending.temp_path)
        pending.commit()


def _fill_reference(folder: Path, path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(_SCHEMA)
    with open(folder / "wilayah.csv", encoding="utf-8", newline="") as f:
        rows = [(r["kode"], r["nama"].strip(), int(level_of(r["kode"])), 0, None)
                for r in csv.DictReader(f)]
    current = {r[0] for r in rows}
    with open(folder / "kode_lama.csv", encoding="utf-8", newline="") as f:
        rows += [(r["kode"], _tidy_old_name(r["nama"].strip()), int(level_of(r["kode"])), 1,
                  int(r["terakhir_ada"]))
                 for r in csv.DictReader(f) if r["kode"] not in current]
    conn.executemany("INSERT INTO region VALUES (?,?,?,?,?)", rows)
    conn.execute("INSERT INTO meta VALUES ('sources_sha256', ?)", (sources_digest(folder),))
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


class RegionStore:
    """``RegionDirectory`` over the prebuilt file: lookups, children, type-ahead."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or resource("wilayah", REFERENCE_FILE)
        uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self.get = lru_cache(maxsize=20000)(self._get)

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def _get(self, code: str) -> Region | None:
        rows = self._rows("SELECT code, name, historic FROM region WHERE code = ?", (code,))
        return Region(rows[0][0], rows[0][1], bool(rows[0][2])) if rows else None

    def children(self, code: str | None) -> list[Region]:
        """Current sub-regions of ``code`` (provinces when ``None``), by code."""
        if code is None:
            sql, params = "SELECT code, name, historic FROM region WHERE level = 1 AND historic = 0", ()
        else:
            # Children share the prefix "code." ('/' sorts right after '.').
            sql = ("SELECT code, name, historic FROM region WHERE code > ? AND code < ? "
                   "AND level = ? AND historic = 0")
            params = (code + ".", code + "/", int(level_of(code)) + 1)
        return [Region(c, n, bool(h)) for c, n, h in self._rows(sql + " ORDER BY code", params)]

    def lineage(self, code: str) -> list[Region]:
        """Province … down to ``code`` itself, skipping levels that are unknown."""
        parts = code.split(".")
        out = []
        for i in range(1, len(parts) + 1):
            region = self.get(".".join(parts[:i]))
            if region:
                out.append(region)
        return out

    def search(self, text: str, *, within: str | None = None, level: Level | None = None,
               limit: int = 50) -> list[Region]:
        """Current regions whose name contains ``text`` (case-insensitive), optionally
        inside the region ``within`` and at one level; names starting with it first."""
        clauses, params = ["historic = 0", "name LIKE ? ESCAPE '\\'"], []
        like = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{like}%")
        if within:
            clauses.append("code > ? AND code < ?")
            params += [within + ".", within + "/"]
        if level:
            clauses.append("level = ?")
            params.append(int(level))
        sql = ("SELECT code, name, historic FROM region WHERE " + " AND ".join(clauses)
               + " ORDER BY (name LIKE ? ESCAPE '\\') DESC, name LIMIT ?")
        rows = self._rows(sql, tuple(params) + (f"{like}%", limit))
        return [Region(c, n, bool(h)) for c, n, h in rows]

    def source_digest(self) -> str:
        return self._rows("SELECT value FROM meta WHERE key = 'sources_sha256'")[0][0]

    def close(self) -> None:
        self._conn.close()


if __name__ == "__main__":  # pragma: no cover - maintenance command
    folder = resource("wilayah")
    build_reference(folder, folder / REFERENCE_FILE)
    print("built", folder / REFERENCE_FILE)
