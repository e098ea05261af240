"""Renewal: next period's scheme and a draft batch of the accepted, active, still-eligible participants,
KPJ carried over; the others listed with why; the recap and the export say "perpanjangan"."""

from datetime import date

import openpyxl
import pytest

from desktop_app.domain.dates import YearMonth
from desktop_app.errors import UserError
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.printing import PrintService
from desktop_app.services.registry import RegistryService
from desktop_app.services.renewal import RenewalService
from tests.pdf_reading import all_text
from tests.services.printing_helpers import register

NEXT = (YearMonth(2027, 1), YearMonth(2027, 12))


@pytest.fixture
def scheme_2026(ctx):
    accepted = [register(ctx, full_name=n) for n in ("Andi Saputra", "Budi Santoso", "Citra Lestari")]
    old_man = register(ctx, full_name="Kakek Tua", birth_date=date(1960, 6, 1), sex="L")   # 66 in Jan 2027
    rejected, waiting = register(ctx, full_name="Dewi Tolak"), register(ctx, full_name="Eko Tunggu")
    with ctx.store.write():
        for n, reg in enumerate(accepted + [old_man], 1):
            ctx.store.registrations.set_fields(reg.id, bpjs_status="diterima", kpj=f"1234567890{n}")
        ctx.store.registrations.set_fields(rejected.id, bpjs_status="ditolak")
    RegistryService(ctx).delete(accepted[2].id, "pindah ke luar daerah")
    return {"carried": accepted[:2], "left": [accepted[2], old_man, rejected, waiting]}


def test_renewal_carries_the_accepted_still_eligible_with_their_kpj(ctx, scheme_2026):
    result = RenewalService(ctx).renew(1, "APBD Kabupaten 2027", *NEXT, pks_number="560/002/2027",
                                       budget=4_000_000, target=20)
    new = result.scheme
    assert (new.coverage_start, new.coverage_end, new.pks_number, new.budget) == (*NEXT, "560/002/2027", 4_000_000)
    members = [ctx.store.registrations.get(i) for i in ctx.store.batches.item_ids(result.batch_id)]
    assert sorted(m.full_name for m in members) == ["Andi Saputra", "Budi Santoso"]
    assert all(m.scheme_id == new.id and m.kpj.startswith("1234567890") and m.bpjs_status == "" for m in members)
    assert all(m.coverage_start == NEXT[0] and "perpanjangan dari" in m.note for m in members)
    why = {name: reason for _, name, reason in result.left_out}
    assert why == {"Citra Lestari": "data sudah dihapus", "Kakek Tua": why["Kakek Tua"],
                   "Dewi Tolak": "ditolak BPJS", "Eko Tunggu": "belum diterima BPJS"}
    assert why["Kakek Tua"] == "umur 66 tahun pada awal skema baru (batas 18–65)"
    assert ctx.store.batches.get(result.batch_id).renewal_of == 1


def test_the_recap_and_the_export_say_perpanjangan(ctx, scheme_2026, out_dir):
    result = RenewalService(ctx).renew(1, "APBD Kabupaten 2027", *NEXT)
    recap = " ".join(all_text(PrintService(ctx).print_recap(result.batch_id, out_dir / "r.pdf").path).split())
    assert "Perpanjangan kepesertaan dari skema APBD Kabupaten 2026" in recap
    BatchExporter(ctx).export(result.batch_id, out_dir / "b.xlsx")
    info = {r[0].value: r[1].value for r in openpyxl.load_workbook(out_dir / "b.xlsx")["Info"].iter_rows(min_row=2)}
    assert info["Jenis batch"] == "Biasa — perpanjangan dari skema APBD Kabupaten 2026"


def test_a_renewal_must_start_after_the_old_scheme_and_needs_someone(ctx, scheme_2026):
    with pytest.raises(UserError, match="sesudah skema lama"):
        RenewalService(ctx).renew(1, "Tumpang tindih", YearMonth(2026, 12), YearMonth(2027, 11))
    with ctx.store.write():
        for reg in scheme_2026["carried"]:
            ctx.store.registrations.set_fields(reg.id, bpjs_status="")
    with pytest.raises(UserError, match="Tidak ada peserta"):
        RenewalService(ctx).renew(1, "Kosong", *NEXT)
    assert [s.name for s in ctx.store.schemes.all()] == ["APBD Kabupaten 2026"]


def test_lindungi_batch_renew(ctx, scheme_2026, capsys):
    import json

    from desktop_app.cli import main
    assert main(["batch", "renew", "1", "--name", "APBD 2027", "--start", "2027-01", "--end", "2027-12",
                 "--budget", "5000000", "--db", str(ctx.store.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["carried"] == 2 and len(data["left_out"]) == 4 and data["scheme"] == "APBD 2027"
