"""m011: the office's identity, kabupaten-unique registration numbers, origin/updating office.

The upgrade test builds a database at m010 (today's latest migration) with the rows and a signed slip
as the old version wrote them, then upgrades it and gives the office its number."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.nik import mask_nik
from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.domain.regnumber import OFFICE_BLOCK, format_number, office_seq
from desktop_app.domain.slip_token import SlipToken, sign
from desktop_app.errors import UserError
from desktop_app.services.office import OfficeService
from desktop_app.services.records import RecordsService
from desktop_app.services.registry import RegistryService
from desktop_app.services.verification import VerificationService
from desktop_app.storage.codec import registration_to_row
from desktop_app.storage.migrations import migrations
from desktop_app.storage.store import Store
from tests import factories

NEW_COLUMNS = ("origin_office", "updated_office", "legacy_seq")


def _old_row(store, reg, seq: int) -> None:
    """A registration as a version at m010 stored it (no m011 columns)."""
    row = registration_to_row(reg.copy(id=f"id-{seq}", seq=seq, created_by="lama"))
    row["created_at"] = "2026-03-01T09:00:00"
    for name in NEW_COLUMNS:
        row.pop(name)
    store.db.execute(f"INSERT INTO registrations ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                     list(row.values()))


def _m010_office(path):
    store = Store.open(path, migrate=False)
    migrations.apply(store.db, stop_before="m011_office_identity")
    office = factories.office()
    with store.write():
        store.db.execute(
            "INSERT INTO office (id, name, government_name, province_code, regency_code, district_code, "
            "created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')",
            [office.name, office.government_name, office.province_code, office.regency_code, office.district_code])
        store.db.execute("INSERT INTO operators (name, role, created_at) VALUES ('tester', 'admin', '2026-01-01')")
        store.schemes.save(factories.scheme(), "tester")
        _old_row(store, factories.registration(full_name="Siti Aminah"), 1)
        _old_row(store, factories.registration(full_name="Rahmawati Sulaiman"), 123)
    reg = factories.registration()
    slip = sign(SlipToken("000123-4", mask_nik(reg.nik), 1, date(2026, 3, 2)), store.slip_keys.private_key())
    store.close()
    return slip


def test_upgrade_from_m010_keeps_old_numbers_readable_and_their_slips_verify(tmp_path, regions):
    path = tmp_path / "lama.db"
    old_slip = _m010_office(path)
    store = Store.open(path)
    try:
        ctx = factories.context(store, regions)
        offices = OfficeService(ctx)
        assert offices.identity().code == "" and offices.identity().number is None
        assert offices.identity().level == "kecamatan"
        rows = store.db.execute("SELECT seq, legacy_seq, origin_office FROM registrations ORDER BY seq").fetchall()
        assert [tuple(r) for r in rows] == [(1, 1, ""), (123, 123, "")]
        records = RecordsService(ctx)
        assert records.search("000123-4")[1][0].name == "Rahmawati Sulaiman"

        offices.set_identity("ppu-pnj", 12)                 # the Dinas assigned code and number

        assert (offices.identity().code, offices.identity().number) == ("PPU-PNJ", 12)
        rows = store.db.execute("SELECT seq, legacy_seq, origin_office, updated_office FROM registrations "
                                "ORDER BY seq").fetchall()
        assert [tuple(r) for r in rows] == [(12_000_001, 1, "PPU-PNJ", "PPU-PNJ"),
                                            (12_000_123, 123, "PPU-PNJ", "PPU-PNJ")]
        # the printed number, the new number and the name all find the person
        for text in ("000123-4", "123-4", format_number(12_000_123), "12-123-" + format_number(12_000_123)[-1],
                     "Rahmawati"):
            count, hits = records.search(text)
            assert count == 1 and hits[0].name == "Rahmawati Sulaiman", text
            assert hits[0].number == format_number(12_000_123) == "012-000123-" + hits[0].number[-1]
        assert RegistryService(ctx).find_by_number("000123-4").full_name == "Rahmawati Sulaiman"
        # the slip printed before the upgrade still verifies, and shows the record's number today
        verdict = VerificationService(ctx).verify(old_slip)
        assert verdict.genuine and verdict.local and verdict.record["name"] == "Rahmawati Sulaiman"
        assert verdict.record["number"] == format_number(12_000_123)
        # new registrations continue the running number in the office's block; nothing is a legacy number
        new = RegistryService(ctx).register(factories.registration(full_name="Nur Aini"))
        assert new.seq == 12_000_124 and new.legacy_seq is None and new.origin_office == "PPU-PNJ"
        # the numbers are out: code and number are fixed now
        assert offices.identity_locked()
        with pytest.raises(UserError, match="tidak dapat diubah lagi"):
            offices.set_identity("PPU-PNJ", 13)
        with pytest.raises(UserError, match="tidak dapat diubah lagi"):
            offices.set_identity("PPU-LAIN", 12)
        audit = [r for r in store.audit.recent(limit=20) if r["entity"] == "office_identity"]
        assert len(audit) == 1 and "renumbered 2" in audit[0]["note"]
    finally:
        store.close()


def test_a_new_office_numbers_in_its_block_from_the_first_registration(ctx):
    offices = OfficeService(ctx)
    offices.set_identity("PPU-PNJ", 7)
    first = RegistryService(ctx).register(factories.registration())
    assert first.seq == office_seq(7, 1) and format_number(first.seq).startswith("007-000001-")
    stored = ctx.store.registrations.get(first.id)
    assert (stored.origin_office, stored.updated_office, stored.legacy_seq) == ("PPU-PNJ", "PPU-PNJ", None)


def test_an_office_without_a_number_issues_legacy_numbers_until_it_gets_one(ctx):
    first = RegistryService(ctx).register(factories.registration())
    assert first.seq == 1 and format_number(first.seq).startswith("000001-") and first.legacy_seq == 1
    OfficeService(ctx).set_identity("PPU-PNJ", None)          # a code only: numbers stay legacy
    second = RegistryService(ctx).register(factories.registration(full_name="Nur Aini"))
    assert second.seq == 2 and second.origin_office == "PPU-PNJ"
    assert ctx.store.registrations.get(first.id).origin_office == "PPU-PNJ"
    OfficeService(ctx).set_identity("PPU-PNJ", 3)
    assert [r.seq for r in ctx.store.registrations.active_for_nik(first.nik)] == [3_000_001]


def _received(store, reg, code: str, number: int, running: int, **changes):
    """A row as the exchange writes it: the sender's number, code and values (no storage stamping)."""
    row = registration_to_row(reg.copy(id=f"{code}-{running}", seq=office_seq(number, running), origin_office=code,
                                       updated_office=code, created_by="dari-sana", **changes))
    row["created_at"] = "2026-05-01T08:00:00"
    with store.write():
        store.db.execute(f"INSERT INTO registrations ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                         list(row.values()))


def test_rows_from_another_office_never_clash_and_its_number_and_code_are_refused(ctx):
    offices = OfficeService(ctx)
    offices.set_identity("PPU-PNJ", 1)
    mine = RegistryService(ctx).register(factories.registration(full_name="Siti Aminah"))
    _received(ctx.store, factories.registration(full_name="Siti Aminah Waru"), "PPU-WARU", 2, 1)
    assert {r["seq"] for r in ctx.store.registrations.page(RegistrationQuery(text="Siti"))} == {
        mine.seq, office_seq(2, 1)}                         # both in the name index, different rowids
    assert ctx.store.registrations.get_by_seq(office_seq(2, 1)).origin_office == "PPU-WARU"
    other = OfficeService(ctx)
    # a fresh office at the Dinas may not take another office's number or code
    assert other.identity_locked()
    ctx.store.db.execute("DELETE FROM registrations WHERE id = ?", [mine.id])   # unlock for the check
    assert "sudah dipakai kantor PPU-WARU" in other.identity_refusal("PPU-PNJ", 2)
    assert "sudah dipakai kantor lain" in other.identity_refusal("PPU-WARU", 1)


def test_a_local_edit_marks_this_office_as_updater_and_keeps_the_origin(ctx):
    OfficeService(ctx).set_identity("PPU-KAB", 9)
    _received(ctx.store, factories.registration(full_name="Siti Aminah"), "PPU-WARU", 2, 5)
    reg = ctx.store.registrations.get("PPU-WARU-5")
    RegistryService(ctx).update(reg.copy(address="Jl. Baru 1"))
    stored = ctx.store.registrations.get("PPU-WARU-5")
    assert (stored.origin_office, stored.updated_office, stored.seq) == ("PPU-WARU", "PPU-KAB", office_seq(2, 5))
    # the exchange writes the sender's value itself (no storage in between): it stays
    with ctx.store.write():
        ctx.store.db.execute("UPDATE registrations SET updated_office = 'PPU-WARU', address = 'x' WHERE id = ?",
                             [reg.id])
    assert ctx.store.registrations.get(reg.id).updated_office == "PPU-WARU"


@pytest.mark.parametrize("code,number,why", [
    ("", 1, "tidak dapat dipakai"), ("P", 1, "tidak dapat dipakai"), ("PPU_WARU", 1, "tidak dapat dipakai"),
    ("PPU--W", 1, "tidak dapat dipakai"), ("PPU-WARU", 0, "1 sampai 999"), ("PPU-WARU", 1000, "1 sampai 999"),
])
def test_bad_codes_and_numbers_are_refused_with_a_sentence(ctx, code, number, why):
    with pytest.raises(UserError, match=why):
        OfficeService(ctx).set_identity(code, number)
    assert OfficeService(ctx).identity().code == ""


def test_the_level_follows_the_office_area(ctx):
    offices = OfficeService(ctx)
    assert offices.identity().level == "kecamatan"
    office = factories.office()
    office.district_code = ""
    offices.save_office(office)
    assert offices.identity().level == "kabupaten"
    assert OFFICE_BLOCK == 10 ** 6


def test_the_audit_reader_and_the_subject_request_find_a_person_by_the_old_number(ctx):
    from desktop_app.domain.audit_query import AuditQuery
    from desktop_app.services.audit_reader import AuditReader
    from desktop_app.services.subject import SubjectService

    reg = RegistryService(ctx).register(factories.registration(full_name="Nur Aini"))
    old = format_number(reg.seq)
    OfficeService(ctx).set_identity("PPU-PNJ", 5)
    for number in (old, format_number(office_seq(5, reg.seq))):
        assert AuditReader(ctx).subjects(AuditQuery(person=number)).registration_ids == (reg.id,), number
        assert SubjectService(ctx).gather(number).registrations[0].full_name == "Nur Aini"


def test_an_exchange_asks_for_the_identity_first(ctx):
    with pytest.raises(UserError, match="belum punya kode dan nomor kantor"):
        OfficeService(ctx).assigned_identity()
    OfficeService(ctx).set_identity("PPU-PNJ", None)
    with pytest.raises(UserError, match="belum punya kode dan nomor kantor"):
        OfficeService(ctx).assigned_identity()
    OfficeService(ctx).set_identity("PPU-PNJ", 4)
    assert OfficeService(ctx).assigned_identity().as_dict() == {"code": "PPU-PNJ", "number": 4, "level": "kecamatan",
                                                                "name": "Kantor Kecamatan Penajam"}
