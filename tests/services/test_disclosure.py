"""Personal data leaving the database is logged in one shape: what, how many people, where to;
unmasking a NIK is a service call that checks the role."""

from __future__ import annotations

import pytest

from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.errors import NotAllowed
from desktop_app.services.disclosure import DisclosureService
from desktop_app.services.list_export import ListExporter
from desktop_app.services.maintenance import backup
from desktop_app.services.printing import PrintService
from desktop_app.services.roles import Role
from tests import factories
from tests.services.printing_helpers import batch_of, people


def _last(ctx, action: str) -> dict:
    return ctx.store.audit.recent(1, action=action)[0]


def test_unmasking_the_list_needs_a_supervisor_and_is_logged_with_the_filter(ctx):
    people(ctx, 3)
    query = RegistrationQuery(text="Andi")
    as_operator = factories.context(ctx.store, ctx.regions, "budi", role=Role.OPERATOR)
    with pytest.raises(NotAllowed, match="supervisor atau admin"):
        DisclosureService(as_operator).unmask_list(query, 1)
    assert ctx.store.audit.recent(1, action="nik.unmask") == []
    as_supervisor = factories.context(ctx.store, ctx.regions, "sri", role=Role.SUPERVISOR)
    DisclosureService(as_supervisor).unmask_list(query, 1)
    row = _last(ctx, "nik.unmask")
    assert row["operator"] == "sri" and row["entity"] == "registrations"
    assert row["new"] == {"document": "list", "people": 1, "to": "screen", "filter": {"text": "Andi",
                                                                                    "status": "active"}}


def test_opening_a_record_in_the_form_logs_that_person(ctx):
    reg = people(ctx, 1)[0]
    assert DisclosureService(ctx).open_record(reg.id).nik == reg.nik
    row = _last(ctx, "nik.unmask")
    assert (row["entity"], row["entity_id"], row["new"]["people"], row["new"]["document"]) == (
        "registration", reg.id, 1, "record")


def test_exports_and_prints_say_what_how_many_and_where(ctx, out_dir):
    regs = people(ctx, 4)
    listed = ListExporter(ctx).export(RegistrationQuery(), out_dir / "daftar.xlsx", full_nik=True)
    row = _last(ctx, "export_list")["new"]
    assert (row["document"], row["people"], row["to"], row["full_nik"]) == ("list", 4, str(listed.path.resolve()),
                                                                          True)
    printed = PrintService(ctx).print_slips([regs[0].id], out_dir / "bukti.pdf")
    row = _last(ctx, "print")
    assert row["entity_id"] == regs[0].id and row["new"]["to"] == str(printed.path.resolve())
    batch = batch_of(ctx, regs[:3])
    PrintService(ctx).print_recap(batch, out_dir / "rekap.pdf")
    row = _last(ctx, "print")["new"]
    assert (row["document"], row["people"], row["to"]) == ("recap", 3, str((out_dir / "rekap.pdf").resolve()))
    copy = backup(ctx.store, out_dir / "cadangan.db")
    row = _last(ctx, "backup")["new"]
    assert (row["document"], row["people"], row["to"]) == ("backup", 4, str(copy.resolve()))
    assert ctx.store.audit.verify().ok
