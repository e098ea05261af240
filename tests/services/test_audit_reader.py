"""The processing-log reader: filters, the person filter, roles, masking, the auditor's Excel."""

from __future__ import annotations

import time
from datetime import date

import openpyxl
import pytest

from desktop_app.domain.audit_query import AuditQuery
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import NotAllowed, UserError
from desktop_app.services.audit_reader import AuditReader
from desktop_app.services.registry import RegistryService
from desktop_app.services.roles import Role
from tests import factories
from tests.services.printing_helpers import batch_of, people


@pytest.fixture
def log(ctx):
    regs = people(ctx, 3)
    other = factories.context(ctx.store, ctx.regions, "sri", role=Role.SUPERVISOR)
    RegistryService(other).delete(regs[1].id, "pindah domisili")
    batch = batch_of(ctx, regs[:1])
    with ctx.store.write():
        ctx.store.audit.record("tester", "export", "batch", str(batch), new={"rows": 1})
    return regs, batch


def test_filters_by_operator_action_and_date(ctx, log):
    reader = AuditReader(ctx)
    assert reader.count(AuditQuery()) == ctx.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    lines = reader.page(AuditQuery(operator="sri"))
    assert [ln.action for ln in lines] == ["delete"] and lines[0].action_label == "Penghapusan"
    assert "pindah domisili" in lines[0].detail
    assert reader.count(AuditQuery(action="create")) == 3 + 3          # office, operator, scheme + 3 people
    today = date.today()
    assert reader.count(AuditQuery(date_from=today, date_to=today)) == reader.count(AuditQuery())
    assert reader.count(AuditQuery(date_to=date(2000, 1, 1))) == 0


def test_a_person_by_nik_or_number_brings_their_rows_and_their_batches(ctx, log):
    regs, batch = log
    reader = AuditReader(ctx)
    by_nik = reader.page(AuditQuery(person=regs[0].nik))
    assert {ln.action for ln in by_nik} == {"create", "export"}
    assert any(ln.subject == f"peserta {format_number(regs[0].seq)}" for ln in by_nik)
    by_number = reader.page(AuditQuery(person=format_number(regs[1].seq)))
    assert [ln.action for ln in by_number] == ["delete", "create"]                    # newest first
    assert reader.count(AuditQuery(person="6409010101010001")) == 0                 # not held here
    with pytest.raises(UserError, match="nomor pendaftaran"):
        reader.count(AuditQuery(person="Siti"))


def test_details_never_show_a_full_nik_and_an_operator_may_not_read(ctx, log):
    regs, _batch = log
    for line in AuditReader(ctx).page(AuditQuery(), 0, 1000):
        assert all(r.nik not in line.detail for r in regs)
    as_operator = factories.context(ctx.store, ctx.regions, "budi", role=Role.OPERATOR)
    with pytest.raises(NotAllowed):
        AuditReader(as_operator).count(AuditQuery())


def test_the_auditors_excel_reads_back_with_the_chain_head(ctx, log, out_dir):
    regs, _batch = log
    path, rows = AuditReader(ctx).export_xlsx(AuditQuery(person=regs[0].nik), out_dir / "log.xlsx")
    wb = openpyxl.load_workbook(path)
    data = [[c.value for c in row] for row in wb["Log"].iter_rows()]
    assert data[0][:4] == ["No.", "Waktu", "Operator", "Tindakan"] and len(data) == rows + 1 == 3
    assert [r[3] for r in data[1:]] == ["Data baru", "Ekspor"]
    info = {r[0].value: r[1].value for r in wb["Info"].iter_rows()}
    exported = ctx.store.audit.recent(1, action="audit.export")[0]
    before = ctx.store.db.execute("SELECT id, hash FROM audit_log WHERE id = ?", [exported["id"] - 1]).fetchone()
    assert info["Keutuhan log"].startswith("Log pemrosesan utuh")
    assert info["Catatan terakhir (id:hash)"] == f"{before[0]}:{before[1]}"      # the anchor an auditor keeps
    assert info["Saringan"] == f"person={mask_nik(regs[0].nik)}"
    assert exported["new"]["rows"] == 2 and exported["new"]["to"] == str(path.resolve())


def test_filtered_pages_are_fast_at_100k_rows(ctx):
    rows = [(f"op{i % 7}", "create" if i % 3 else "print", "registration", f"r{i}", None, {"n": i}, "")
            for i in range(100_000)]
    for start in range(0, len(rows), 20_000):
        ctx.store.audit.record_many(rows[start:start + 20_000])
    reader = AuditReader(ctx)
    began = time.perf_counter()
    total = reader.count(AuditQuery(operator="op3", action="print"))
    page = reader.page(AuditQuery(operator="op3", action="print"), 4000)
    first = reader.page(AuditQuery())
    took = time.perf_counter() - began
    print(f"audit count + 2 pages at 100k rows: {took * 1000:.0f} ms")
    assert total == len([1 for i in range(100_000) if i % 7 == 3 and i % 3 == 0])
    assert len(page) == 200 and page[0].operator == "op3" and len(first) == 200 and took < 1.0
