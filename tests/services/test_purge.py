"""Retention purge: only schemes past N years, only after the named count, figures kept, nothing left behind."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.errors import NotAllowed, NotFound, UserError
from desktop_app.services.maintenance import backup, backup_entries
from desktop_app.services.office import OfficeService
from desktop_app.services.printing import PrintService
from desktop_app.services.purge import PurgeService
from desktop_app.services.report import ReportService
from desktop_app.services.roles import Role
from desktop_app.services.stats import StatsService
from desktop_app.services.subject import SubjectService
from desktop_app.storage.backup import automatic_backup
from tests import factories
from tests.services.printing_helpers import NAMES, batch_of, register

OLD = dict(coverage_start=YearMonth(2019, 1), coverage_end=YearMonth(2019, 12))


@pytest.fixture
def old_scheme(ctx):
    saved = OfficeService(ctx).save_scheme(factories.scheme(name="APBD 2019", is_default=False, **OLD))
    return saved.id


def _people(ctx, scheme_id, n, **changes):
    return [register(ctx, full_name=NAMES[i], scheme_id=scheme_id, mother_name=f"Ibu {NAMES[i]}",
                     phone=f"08129{i:07d}", **changes) for i in range(n)]


def test_only_old_schemes_are_due_and_the_count_must_match(ctx, old_scheme):
    _people(ctx, old_scheme, 3, **OLD)
    _people(ctx, 1, 2)
    service = PurgeService(ctx)
    assert service.years() == 5
    assert [(d.scheme.id, d.people) for d in service.due()] == [(old_scheme, 3)]
    assert service.due(years=10) == []                                      # 2019 is not 10 years ago
    with pytest.raises(UserError, match="3"):
        service.purge(confirmed_people=2)
    assert service.due()[0].people == 3                                     # nothing erased
    as_supervisor = factories.context(ctx.store, ctx.regions, "sri", role=Role.SUPERVISOR)
    with pytest.raises(NotAllowed, match="admin"):
        PurgeService(as_supervisor).purge(3)
    service.set_years(10)
    assert service.years() == 10 and service.due() == []
    with pytest.raises(UserError):
        service.set_years(0)


def test_a_purge_keeps_the_figures_and_leaves_no_trace(ctx, old_scheme, db_path, out_dir):
    regs = _people(ctx, old_scheme, 4, **OLD)
    kept = register(ctx, full_name="Zainal Arifin", mother_name="Ibu Lain", phone="081377777777")
    batch = batch_of(ctx, regs[:2])
    PrintService(ctx).print_slips([regs[0].id], out_dir / "bukti.pdf")
    before_backup = automatic_backup(ctx.store.db.conn, db_path, "daily")     # yesterday's kind of backup
    report_before = ReportService(ctx).compute(old_scheme).as_dict()
    stats_before = StatsService(ctx).compute(old_scheme).as_dict()
    all_before = StatsService(ctx).compute().as_dict()

    result = PurgeService(ctx).purge(confirmed_people=4)

    assert result.people == 4 and [d.scheme.id for d in result.schemes] == [old_scheme]
    assert ReportService(ctx).compute(old_scheme).as_dict() == report_before
    assert StatsService(ctx).compute(old_scheme).as_dict() == stats_before
    assert StatsService(ctx).compute().as_dict() == all_before
    assert ctx.store.registrations.count(RegistrationQuery(scheme_id=old_scheme)) == 0   # not listed any more
    assert ctx.store.registrations.get(kept.id).full_name == kept.full_name
    assert ctx.store.batches.counts(batch).people == 2
    with pytest.raises(NotFound):
        SubjectService(ctx).gather(regs[0].nik)
    assert ctx.store.audit.verify().ok
    row = ctx.store.audit.recent(1, action="data.purge")[0]
    assert row["new"]["people"] == 4 and row["entity_id"] == str(old_scheme)
    assert PurgeService(ctx).due() == []

    after_backup = backup(ctx.store, out_dir / "sesudah.db")
    secrets = [s.encode() for r in regs for s in (r.nik, r.full_name, r.mother_name, r.phone)]
    for path in (db_path, after_backup):                  # decrypted: every table, FTS shadow tables and WAL too
        raw = _decrypted(path)
        assert not [s for s in secrets if s in raw], path
    assert any(s in _decrypted(before_backup) for s in secrets)              # the old backup still has them
    assert [b.path for b in PurgeService(ctx).older_backups()] == [before_backup]
    automatic_backup(ctx.store.db.conn, db_path, "daily", now=datetime.now() + timedelta(days=1))   # after the purge
    assert len(backup_entries(db_path)) == 2 and len(PurgeService(ctx).older_backups()) == 1


def _decrypted(path) -> bytes:
    """Everything the file holds, read through the key (the bytes on disk are ciphertext)."""
    from desktop_app.storage import driver

    conn = driver.connect(path, mode="ro")
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(repr(row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')).encode()
    finally:
        conn.close()
