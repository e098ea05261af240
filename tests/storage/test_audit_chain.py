"""The processing log's hash chain: chaining on write, in the migration, and catching edits by hand."""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlite_utils import Database

from desktop_app.services.registry import RegistryService
from desktop_app.storage import audit_chain, driver
from desktop_app.storage.migrations import migrations
from desktop_app.storage.store import Store
from tests import factories


def _register(ctx, n: int) -> list[str]:
    service = RegistryService(ctx)
    ids = []
    for i in range(n):
        reg = factories.registration(birth_date=date(1980, 1, 1 + i), full_name=f"Warga {chr(65 + i)}")
        ids.append(service.register(reg, confirm_similar=True).id)
    return ids


def _by_hand(db_path, *statements: str) -> None:
    """What someone with the sqlite3 tool could do: drop the guards, change the table, put the guards back
    (so the schema check at open sees nothing)."""
    conn = driver.connect(db_path)
    guards = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
                          ).fetchall()
    assert len(guards) == 2
    for name, _sql in guards:
        conn.execute(f"DROP TRIGGER {name}")
    for sql in statements:
        conn.execute(sql)
    for _name, sql in guards:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_fresh_log_verifies_and_every_row_is_chained(ctx):
    _register(ctx, 3)
    report = ctx.store.audit.verify()
    assert report.ok and report.rows >= 3
    rows = ctx.store.db.execute("SELECT hash, body_sha FROM audit_log ORDER BY id").fetchall()
    assert all(len(h) == 64 and len(b) == 64 for h, b in rows)
    assert len({h for h, _ in rows}) == len(rows)
    assert report.head_hash == rows[-1][0]


def test_rows_cannot_be_changed_or_deleted_through_the_app_connection(ctx):
    _register(ctx, 1)
    with pytest.raises(Exception, match="cannot be changed"):
        ctx.store.db.execute("UPDATE audit_log SET operator = 'someone' WHERE id = 1")
    with pytest.raises(Exception, match="cannot be deleted"):
        ctx.store.db.execute("DELETE FROM audit_log WHERE id = 1")


@pytest.mark.parametrize("statement, reason", [
    ("UPDATE audit_log SET operator = 'orang lain' WHERE id = {mid}", audit_chain.BROKEN),
    ("UPDATE audit_log SET new = replace(new, 'Warga', 'Palsu') WHERE id = {mid}", audit_chain.EDITED),
    ("DELETE FROM audit_log WHERE id = {mid}", audit_chain.BROKEN),
])
def test_an_edited_or_deleted_row_is_the_first_broken_link(ctx, db_path, statement, reason):
    _register(ctx, 5)
    rows = ctx.store.db.execute("SELECT id FROM audit_log ORDER BY id").fetchall()
    mid = rows[len(rows) // 2][0]
    ctx.store.close()
    _by_hand(db_path, statement.format(mid=mid))
    store = Store.open(db_path)
    try:
        broken = store.audit.verify().broken
    finally:
        store.close()
    assert broken is not None and broken.reason == reason
    # a deleted row is noticed at the row after it
    assert broken.id == (mid + 1 if statement.startswith("DELETE") else mid)


def _verify(db_path):
    store = Store.open(db_path)
    try:
        return store.audit.verify().broken
    finally:
        store.close()


def test_an_inserted_row_and_a_cut_tail_are_found(ctx, db_path):
    _register(ctx, 4)
    last, head = ctx.store.db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    ctx.store.close()
    at, body = "2026-01-01T00:00:00+08:00", audit_chain.body_sha(None, None)
    insert = ("INSERT INTO audit_log (id, at, operator, action, entity, entity_id, body_sha, hash) "
              f"VALUES ({last + 1}, '{at}', 'x', 'delete', 'registration', 'r', '{body}', '{{hash}}')")
    _by_hand(db_path, insert.format(hash="f" * 64))
    assert (_verify(db_path).id, _verify(db_path).reason) == (last + 1, audit_chain.BROKEN)

    # a forger who knows the algorithm appends a row with a right hash: the recorded head gives it away
    forged = audit_chain.row_hash(head, last + 1, at, "x", "delete", "registration", "r", "", body)
    _by_hand(db_path, f"DELETE FROM audit_log WHERE id > {last}", insert.format(hash=forged))
    assert _verify(db_path).reason == audit_chain.UNKNOWN_HEAD

    _by_hand(db_path, f"DELETE FROM audit_log WHERE id >= {last}")      # the forged row and the real last one
    broken = _verify(db_path)
    assert broken.reason == audit_chain.MISSING_TAIL and broken.id == last - 1


def test_record_outside_a_transaction_takes_its_own_and_stays_chained(store):
    store.audit.record("tester", "export", "report", 7, new={"rows": 1})
    store.audit.record_many([("tester", "import", "registration", "a", None, {"x": 1}, "n"),
                             ("tester", "import", "registration", "b", None, None, "")])
    assert not store.db.conn.in_transaction
    assert store.audit.verify().ok
    assert store.db.execute("SELECT entity_id FROM audit_log WHERE id = 1").fetchone()[0] == "7"


def test_the_migration_chains_rows_written_before_it(tmp_path):
    db = Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="m009_audit_chain")
    db.conn.executemany("INSERT INTO audit_log (at, operator, action, entity, entity_id, old, new, note) "
                        "VALUES (?, 'lama', 'create', 'registration', ?, NULL, ?, '')",
                        [(f"2025-01-01T08:00:{i % 60:02d}+08:00", f"r{i}", f'{{"n": {i}}}')
                         for i in range(1, 12_001)])             # more than one page of the migration
    db.conn.commit()
    migrations.apply(db)
    report = audit_chain.verify(db)
    assert report.ok and report.rows == 12_000 and report.head_id == 12_000
    db.close()


def test_verify_at_100k_rows_is_quick(tmp_path):
    """The check at start walks the whole chain; measured here (figure in the report)."""
    db = Database(tmp_path / "big.db")
    migrations.apply(db)
    from desktop_app.storage.audit import AuditRepo

    repo = AuditRepo(db)
    body = {"full_name": "Siti Aminah", "nik": "6409015708900001", "address": "Jl. Sudirman 1" * 20}
    for start in range(0, 100_000, 10_000):
        repo.record_many([("op", "create", "registration", f"r{i}", None, body, "")
                          for i in range(start, start + 10_000)])
    began = time.perf_counter()
    report = repo.verify()
    took = time.perf_counter() - began
    print(f"verify 100k audit rows: {took:.2f} s")
    assert report.ok and report.rows == 100_000
    assert took < 5
    db.close()
