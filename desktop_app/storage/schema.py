"""Is a file exactly Lindungi's schema for its migration version?

A database that is restored or opened is trusted only when its ``sqlite_master``
holds the tables, indexes, triggers and views that Lindungi's own migrations
produce for the migrations it records — nothing more, nothing less, no changed
definition. A crafted file with an extra trigger (erasing audit rows, copying
personal data into a hidden table) is refused with what differs.

The reference for a version is built once per process by running the
migrations on an empty in-memory database. Definitions are compared after
folding whitespace, identifier quotes and case, so that the same schema written
by another SQLite build compares equal. ``sqlite_stat*`` tables (made by
``PRAGMA optimize``) carry no behaviour and are left out.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from sqlite_utils import Database

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.storage import driver
from desktop_app.storage.migrations import migrations

W_EXTRA = QT_TRANSLATE_NOOP("Storage", "{kind} {name} tambahan")
W_MISSING = QT_TRANSLATE_NOOP("Storage", "{kind} {name} hilang")
W_CHANGED = QT_TRANSLATE_NOOP("Storage", "{kind} {name} berubah")
W_ORDER = QT_TRANSLATE_NOOP("Storage", "riwayat pembaruan skema tidak dikenal ({names})")

_QUOTES = re.compile(r'["`\[\]]')
_SPACE = re.compile(r"\s+")
_PUNCT_SPACE = re.compile(r"\s*([(),;=])\s*")


def _normal(sql: str | None) -> str:
    if sql is None:
        return ""
    text = _SPACE.sub(" ", _QUOTES.sub("", sql)).strip().lower()
    return _PUNCT_SPACE.sub(r"\1", text)


def objects(conn: driver.Connection) -> dict[tuple[str, str], str]:
    """(type, name) → normalised definition of everything in ``sqlite_master``."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {(kind, name): _normal(sql) for kind, name, sql in rows if not name.startswith("sqlite_stat")}


def applied_names(conn: driver.Connection) -> list[str]:
    has = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
                       ).fetchone()[0]
    if not has:
        return []
    return [r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [migrations.name])]


@functools.lru_cache(maxsize=8)
def reference(applied: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """The schema Lindungi's migrations produce after exactly ``applied`` (a prefix of them)."""
    known = [m.name for m in migrations._migrations]
    db = Database(driver.memory(), execute_plugins=False)
    try:
        if applied:
            stop = known[len(applied)] if len(applied) < len(known) else None
            migrations.apply(db, stop_before=stop)
        return objects(db.conn)
    finally:
        db.close()


def differences(conn: driver.Connection) -> list[str]:
    """What differs from Lindungi's schema for the file's own migration version, in words;
    ``[]`` when it matches. A file from a newer Lindungi (unknown migrations) is not judged
    here (opening refuses it for that reason)."""
    applied = applied_names(conn)
    known = [m.name for m in migrations._migrations]
    if set(applied) - set(known):
        return []
    if applied != known[:len(applied)]:
        return [tr(W_ORDER, names=", ".join(applied))]
    if not applied:
        return []                                   # a new, empty file: the migrations make it
    expected, found = reference(tuple(applied)), objects(conn)
    out = [tr(W_EXTRA, kind=k, name=n) for (k, n) in sorted(found.keys() - expected.keys())]
    out += [tr(W_MISSING, kind=k, name=n) for (k, n) in sorted(expected.keys() - found.keys())]
    out += [tr(W_CHANGED, kind=k, name=n) for (k, n) in sorted(found.keys() & expected.keys())
            if found[(k, n)] != expected[(k, n)]]
    return out


def differences_of(path: Path) -> list[str]:
    """``differences`` of the file at ``path`` (read-only); ``[]`` when it cannot be read
    (the integrity check reports that)."""
    try:
        conn = driver.connect(path, mode="ro")
    except (driver.Error, driver.MissingKey):
        return []
    try:
        return differences(conn)
    except driver.DatabaseError:
        return []
    finally:
        conn.close()
