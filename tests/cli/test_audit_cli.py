"""``lindungi audit``: verify (exit codes), filters, JSON and Excel output."""

from __future__ import annotations

import json

import pytest

from desktop_app.__main__ import main
from desktop_app.services.registry import RegistryService
from desktop_app.storage import driver
from tests import factories


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _tamper(db_path, sql: str) -> None:
    conn = driver.connect(db_path)
    guards = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
                          ).fetchall()
    for name, _sql in guards:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(sql)
    for _name, guard in guards:
        conn.execute(guard)
    conn.commit()
    conn.close()


def test_audit_verify_says_whole_then_names_the_edited_row(ctx, db_path, capsys):
    RegistryService(ctx).register(factories.registration())
    ctx.store.close()
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 0 and "utuh" in out
    _tamper(db_path, "UPDATE audit_log SET at = '2020-01-01T00:00:00+07:00' WHERE id = 2")
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 1 and "tidak utuh" in out and "#2" in out and "2020-01-01 00:00:00" in out
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db_path), "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False and data["broken"]["id"] == 2 and data["broken"]["reason"] == "broken"


def _accounts(ctx) -> None:
    """An operator Rina and a supervisor Sari beside the admin 'tester'; the CLI signs in as one of them."""
    from desktop_app.services.accounts import AccountService

    AccountService(ctx).add("Rina", "operator")
    AccountService(ctx).add("Sari", "supervisor")


def test_audit_lists_filters_and_writes_excel_for_a_supervisor(ctx, db_path, capsys, monkeypatch, tmp_path):
    reg = RegistryService(ctx).register(factories.registration())
    _accounts(ctx)
    ctx.store.close()
    monkeypatch.setenv("LINDUNGI_OPERATOR", "Rina")
    code, _out, err = run(capsys, "audit", "--db", str(db_path))
    assert code == 2 and "supervisor atau admin" in err                       # an operator may not read it
    monkeypatch.setenv("LINDUNGI_OPERATOR", "Sari")
    code, out, _ = run(capsys, "audit", "--db", str(db_path), "--person", reg.nik)
    assert code == 0 and "Data baru" in out and "1 dari 1 catatan" in out and reg.nik not in out
    code, out, _ = run(capsys, "audit", "--db", str(db_path), "--action", "create", "--by", "tester",
                       "--from", "2000-01-01", "--json")
    data = json.loads(out)
    assert data["total"] == 6 and {e["action"] for e in data["entries"]} == {"create"}   # 4 + the 2 accounts
    code, out, _ = run(capsys, "audit", "--db", str(db_path), "--xlsx", str(tmp_path / "log.xlsx"), "--json")
    assert code == 0 and json.loads(out)["rows"] >= 4 and (tmp_path / "log.xlsx").stat().st_size > 0
    code, out, _ = run(capsys, "audit", "subject", reg.nik, "--db", str(db_path), "--pdf", str(tmp_path / "s.pdf"))
    assert code == 0 and "Halimah" in out and reg.nik not in out and (tmp_path / "s.pdf").stat().st_size > 0
    with pytest.raises(SystemExit) as bad:
        run(capsys, "audit", "--db", str(db_path), "--from", "kemarin")
    assert bad.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err


def test_purge_lists_then_purges_only_with_the_named_count(ctx, db_path, capsys, monkeypatch):
    from desktop_app.domain.dates import YearMonth
    from desktop_app.services.office import OfficeService

    old = dict(coverage_start=YearMonth(2018, 1), coverage_end=YearMonth(2018, 12))
    scheme = OfficeService(ctx).save_scheme(factories.scheme(name="APBD 2018", is_default=False, **old))
    reg = RegistryService(ctx).register(factories.registration(scheme_id=scheme.id, **old))
    _accounts(ctx)
    ctx.store.close()
    monkeypatch.setenv("LINDUNGI_OPERATOR", "tester")
    code, out, _ = run(capsys, "purge", "--db", str(db_path))
    assert code == 1 and "APBD 2018" in out and "--yes 1" in out
    code, _out, err = run(capsys, "purge", "--db", str(db_path), "--yes", "2")
    assert code == 2 and "berubah" in err
    code, out, _ = run(capsys, "purge", "--db", str(db_path), "--yes", "1", "--json")
    assert code == 0 and json.loads(out)["people"] == 1
    assert reg.nik.encode() not in db_path.read_bytes()
    code, out, _ = run(capsys, "purge", "--db", str(db_path), "--years", "3")
    assert code == 0 and "0 orang" in out
    monkeypatch.setenv("LINDUNGI_OPERATOR", "Sari")
    code, _out, err = run(capsys, "purge", "--db", str(db_path), "--yes", "0")
    assert code == 2 and "admin" in err
