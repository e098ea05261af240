"""Printing slips: content, masking, reprints, audit, cancel, failures leave nothing behind."""

from datetime import datetime

import pytest

from desktop_app.domain.dates import format_date_long
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import NotFound, UserError
from desktop_app.services.jobs import Cancelled, Job
from desktop_app.services.print_settings import PrintSettings, save_print_settings
from desktop_app.services.printing import PrintService
from desktop_app.services.registry import RegistryService
from tests import factories
from tests.pdf_reading import all_text, fonts, page_count, page_texts
from tests.services.printing_helpers import NAMES, OTHER_VILLAGE, batch_of, people, register


def flat(path) -> str:
    return " ".join(all_text(path).split())


def test_slip_shows_number_name_masked_nik_and_scheme_facts(ctx, out_dir):
    reg = register(ctx, full_name="Siti Aminah", kpj="12345678901")
    out = out_dir / "slip.pdf"
    result = PrintService(ctx).print_slips([reg.id], out)
    assert (result.path, result.documents, result.pages, result.reprints) == (out, 1, 1, 0)
    text = flat(out)
    assert format_number(reg.seq) in text and "Siti Aminah" in text
    assert mask_nik(reg.nik) in text and reg.nik not in text
    for expected in ("Giri Mukti", "Penajam, Kabupaten Penajam Paser Utara", "Nelayan/Perikanan", "JKK + JKM",
                     "Januari 2026 – Desember 2026", "Rp16.800",
                     "Pemerintah Kabupaten Penajam Paser Utara (APBD Kabupaten/Kota)", "Ahmad Yani (Suami)",
                     "12345678901", "Jl. Nelayan No. 5 RT 003/RW 001", f"Penajam, {format_date_long(reg.birth_date)}",
                     "Petugas Contoh", "Dicetak 21 November 2026 oleh tester", "Rp42.000.000", "175"):
        assert expected in text, expected
    assert "SALINAN" not in text


def test_full_nik_on_the_setting(ctx, out_dir):
    reg = register(ctx)
    save_print_settings(ctx, PrintSettings(full_nik=True))
    out = out_dir / "slip.pdf"
    PrintService(ctx).print_slips([reg.id], out)
    assert reg.nik in flat(out)


def test_two_slips_per_a4_page_or_one_a5_per_page(ctx, out_dir):
    regs = people(ctx, 5)
    ids = [r.id for r in regs]
    a4 = out_dir / "a4.pdf"
    assert PrintService(ctx).print_slips(ids, a4).pages == 3
    assert page_count(a4) == 3
    save_print_settings(ctx, PrintSettings(slip_layout="a5"))
    a5 = out_dir / "a5.pdf"
    assert PrintService(ctx).print_slips(ids, a5).pages == 5
    texts = page_texts(a5)
    assert all(NAMES[i] in texts[i] for i in range(5))


def test_reprint_is_marked_salinan_counted_and_audited(ctx, out_dir):
    reg = register(ctx)
    service = PrintService(ctx)
    service.print_slips([reg.id], out_dir / "1.pdf")
    second = service.print_slips([reg.id], out_dir / "2.pdf")
    service.print_slips([reg.id], out_dir / "3.pdf")
    assert second.reprints == 1
    assert "SALINAN" not in flat(out_dir / "1.pdf")
    assert "SALINAN ke-1" in flat(out_dir / "2.pdf") and "SALINAN ke-2" in flat(out_dir / "3.pdf")
    assert ctx.store.registrations.get(reg.id).print_count == 3
    prints = [a for a in ctx.store.audit.for_entity("registration", reg.id) if a["action"] == "print"]
    assert [(a["old"]["print_count"], a["new"]["print_count"]) for a in prints] == [(0, 1), (1, 2), (2, 3)]
    assert prints[0]["operator"] == "tester" and prints[0]["new"]["file"] == "1.pdf"


def test_markup_and_non_latin_names_print_literally_with_dejavu(ctx, out_dir):
    names = ["<b>Budi & Ani</b>", "Nur'aini", "Ṣāliḥ Łukasz"]
    regs = [register(ctx, full_name=n) for n in names[1:]]
    # Validation refuses "<" and "&" in names; a record from an older import may still have them.
    with ctx.store.write():
        regs.append(ctx.store.registrations.insert(factories.registration(
            full_name=names[0], created_at=datetime(2026, 1, 5, 9, 0), created_by="import")))
    out = out_dir / "names.pdf"
    PrintService(ctx).print_slips([r.id for r in regs], out)
    text = all_text(out)
    assert all(n in text for n in names)
    used = fonts(out)
    assert used and all("DejaVuSans" in f for f in used) and all(used.values())


def test_cancelled_run_leaves_no_file_no_count_no_audit(ctx, out_dir):
    regs = people(ctx, 25)
    job = Job(lambda done, total, text: job.cancel() if done >= 10 else None)
    out = out_dir / "slips.pdf"
    with pytest.raises(Cancelled):
        PrintService(ctx).print_slips([r.id for r in regs], out, job)
    assert list(out_dir.iterdir()) == []
    assert all(ctx.store.registrations.get(r.id).print_count == 0 for r in regs)
    assert ctx.store.audit.recent(action="print") == []


def test_progress_is_reported(ctx, out_dir):
    regs = people(ctx, 12)
    seen = []
    PrintService(ctx).print_slips([r.id for r in regs], out_dir / "s.pdf", Job(lambda d, t, x: seen.append((d, t))))
    assert seen[0] == (0, 12) and (10, 12) in seen and seen[-1] == (12, 12)


def test_a_print_elsewhere_during_the_run_is_detected_and_nothing_is_kept(ctx, out_dir):
    reg = register(ctx)

    def meanwhile(done, total, text):
        if done == total:  # another desk prints the same slip while ours is being written
            with ctx.store.write():
                ctx.store.registrations.increment_print_counts([reg.id])

    with pytest.raises(UserError, match="komputer lain"):
        PrintService(ctx).print_slips([reg.id], out_dir / "s.pdf", Job(meanwhile))
    assert list(out_dir.iterdir()) == []
    assert ctx.store.registrations.get(reg.id).print_count == 1
    assert ctx.store.audit.recent(action="print") == []


def test_deleted_registration_is_refused(ctx, out_dir):
    reg = register(ctx)
    RegistryService(ctx).delete(reg.id, "salah input")
    with pytest.raises(UserError, match="sudah dihapus"):
        PrintService(ctx).print_slips([reg.id], out_dir / "s.pdf")
    assert list(out_dir.iterdir()) == []


def test_batch_slips_skip_deleted_people(ctx, out_dir):
    regs = people(ctx, 3)
    RegistryService(ctx).delete(regs[1].id, "pindah")
    batch = batch_of(ctx, regs)
    service = PrintService(ctx)
    assert service.batch_registration_ids(batch) == [regs[0].id, regs[2].id]
    result = service.print_batch_slips(batch, out_dir / "b.pdf")
    assert result.documents == 2
    assert NAMES[1] not in flat(out_dir / "b.pdf") and NAMES[2] in flat(out_dir / "b.pdf")


def test_lookups_by_number_and_missing_things(ctx, out_dir):
    reg = register(ctx)
    service = PrintService(ctx)
    assert service.registration_id_for_number(format_number(reg.seq)) == reg.id
    bad = format_number(reg.seq)[:-1] + str((int(format_number(reg.seq)[-1]) + 1) % 10)
    with pytest.raises(NotFound):
        service.registration_id_for_number(bad)
    with pytest.raises(NotFound):
        service.print_batch_slips(99, out_dir / "x.pdf")
    with pytest.raises(UserError):
        service.print_slips([], out_dir / "x.pdf")
    with pytest.raises(NotFound):
        service.print_slips(["no-such-id"], out_dir / "x.pdf")


def test_duplicate_ids_print_once(ctx, out_dir):
    reg = register(ctx, village_code=OTHER_VILLAGE)
    result = PrintService(ctx).print_slips([reg.id, reg.id], out_dir / "s.pdf")
    assert result.documents == 1 and ctx.store.registrations.get(reg.id).print_count == 1
    assert "Tanjung Tengah" in flat(out_dir / "s.pdf")


def test_unwritable_target_is_a_user_error_and_counts_nothing(ctx, out_dir):
    reg = register(ctx)
    with pytest.raises(UserError):
        PrintService(ctx).print_slips([reg.id], out_dir / "missing-folder" / "s.pdf")
    target = out_dir / "is-a-folder.pdf"
    target.mkdir()
    with pytest.raises(UserError, match="tidak dapat ditulis"):
        PrintService(ctx).print_slips([reg.id], target)
    assert ctx.store.registrations.get(reg.id).print_count == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["is-a-folder.pdf"]


def test_office_profile_is_required(store, regions, out_dir):
    bare = factories.context(store, regions, "x")
    with pytest.raises(UserError, match="Profil kantor"):
        PrintService(bare).print_recap(1, out_dir / "r.pdf")
