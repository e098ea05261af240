"""The records service: one door for the list, the CLI search and batch selection."""

from __future__ import annotations

from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.services.records import RecordsService
from desktop_app.services.registry import RegistryService
from tests import factories


def test_search_masks_niks_unless_asked_and_names_village_and_scheme(ctx):
    reg = RegistryService(ctx).register(factories.registration(full_name="Siti Rahmawati"))
    records = RecordsService(ctx)
    total, hits = records.search("rahma")
    assert total == 1 and hits[0].number == "000001-3" and hits[0].nik == reg.nik[:4] + "********" + reg.nik[-4:]
    assert hits[0].village == "Giri Mukti" and hits[0].scheme == "APBD Kabupaten 2026"
    _, full = records.search("rahma", full_nik=True)
    assert full[0].nik == reg.nik


def test_page_count_ids_and_total_agree(ctx):
    registry = RegistryService(ctx)
    regs = [registry.register(factories.registration(full_name=name), confirm_similar=True)
            for name in ("Ani Lestari", "Budi Santoso", "Citra Dewi")]
    registry.delete(regs[1].id, "ganda")
    records = RecordsService(ctx)
    assert records.total_active() == 2
    everyone = RegistrationQuery(status="all")
    assert records.count(everyone) == 3 and len(records.page(everyone, 0, 10)) == 3
    assert records.ids(RegistrationQuery(status="deleted")) == [regs[1].id]
