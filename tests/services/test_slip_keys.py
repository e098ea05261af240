"""Two offices of one kabupaten: a slip printed by A verifies in B once B trusts A's public key.

Two real databases, the real slip PDF, the QR read back from the rendered page, the
real ``.lindungi-kunci`` file; importing is for an admin and is logged; the private
key never leaves the database (not in the exported file, not beside the backups).
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace

import pytest

from desktop_app.errors import NotAllowed, UserError
from desktop_app.formats import office_key_file
from desktop_app.services.maintenance import backup
from desktop_app.services.office import OfficeService
from desktop_app.services.roles import Role
from desktop_app.services.slip_keys import SlipKeyService
from desktop_app.services.verification import VerificationService
from desktop_app.storage.store import Store
from tests import factories
from tests.services.printing_helpers import register
from tests.services.test_verification import printed_code

OFFICE_B = replace(factories.office(), name="Kantor Kecamatan Waru", district_code="64.09.02")


@pytest.fixture
def office_b(tmp_path, regions):
    (tmp_path / "waru").mkdir()
    store = Store.open(tmp_path / "waru" / "office.db")
    ctx = factories.context(store, regions, "admin-waru")
    OfficeService(ctx).save_office(OFFICE_B)
    yield ctx
    store.close()


def secret_forms(key: bytes) -> list[bytes]:
    return [key, key.hex().encode(), base64.b64encode(key), base64.b32encode(key).rstrip(b"=")]


def test_a_slip_from_office_a_verifies_in_office_b_only_after_b_imports_as_key(ctx, office_b, out_dir):
    code = printed_code(ctx, register(ctx, full_name="Siti Aminah"), out_dir)
    before = VerificationService(office_b).verify(code)
    assert not before.genuine and before.status == "unknown_issuer"
    assert "kantor penerbit tidak dikenal" in before.message

    card = SlipKeyService(ctx).export(out_dir / "penajam.lindungi-kunci")
    shown = SlipKeyService(office_b).read(card)
    assert (shown.office_name, shown.office_code) == ("Kantor Kecamatan Penajam", "64.09.01")
    assert shown.fingerprint == SlipKeyService(ctx).own().fingerprint
    SlipKeyService(office_b).trust(shown, card.name)

    after = VerificationService(office_b).verify(code)
    assert after.genuine and after.status == "genuine_other_office" and not after.local
    assert after.issuer == "Kantor Kecamatan Penajam (64.09.01)"
    assert "diterbitkan oleh Kantor Kecamatan Penajam" in after.message
    assert after.record["nik"] == parse_nik(code) and "name" not in after.record   # the person lives in A
    number = code.split(":")[1]
    forged = code.replace(number, number[:-3] + ("9" if number[-3] != "9" else "8") + number[-2:])
    tampered = VerificationService(office_b).verify(forged)
    assert not tampered.genuine and tampered.status == "bad_signature"
    assert tampered.message == "TIDAK ASLI: isi kode telah diubah (tanda tangan tidak cocok)."


def parse_nik(code: str) -> str:
    return code.split(":")[2]


def test_the_exported_file_holds_only_the_public_key_and_both_steps_are_logged(ctx, office_b, out_dir):
    card = SlipKeyService(ctx).export(out_dir / office_key_file.default_name("Kantor Kecamatan Penajam"))
    assert card.name == "Kantor-Kecamatan-Penajam.lindungi-kunci"
    raw = card.read_bytes()
    assert len(raw) < 1024 and not any(form in raw for form in secret_forms(ctx.store.slip_keys.private_key()))
    data = json.loads(raw)
    assert base64.b64decode(data["public_key"]) == ctx.store.slip_keys.public_key()
    SlipKeyService(office_b).trust(SlipKeyService(office_b).read(card), card.name)
    exported = ctx.store.audit.recent(action="keys.export")[0]
    imported = office_b.store.audit.recent(action="keys.import")[0]
    assert exported["operator"] == "tester" and exported["note"] == card.name
    assert imported["operator"] == "admin-waru" and imported["entity_id"] == data["fingerprint"]
    [trusted] = SlipKeyService(office_b).trusted()
    assert trusted.imported_by == "admin-waru" and trusted.key.office_code == "64.09.01"


def test_only_an_admin_may_trust_a_key_and_a_key_is_trusted_once(ctx, office_b, out_dir, regions):
    card = SlipKeyService(ctx).export(out_dir / "a.lindungi-kunci")
    key = SlipKeyService(office_b).read(card)
    supervisor = factories.context(office_b.store, regions, "budi", role=Role.SUPERVISOR)
    with pytest.raises(NotAllowed, match="hanya boleh dilakukan oleh admin"):
        SlipKeyService(supervisor).trust(key, card.name)
    assert SlipKeyService(office_b).trusted() == []
    SlipKeyService(office_b).trust(key, card.name)
    with pytest.raises(UserError, match="sudah dipercaya"):
        SlipKeyService(office_b).read(card)
    with pytest.raises(UserError, match="kunci kantor ini sendiri"):
        SlipKeyService(ctx).read(card)


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01 not json", "bukan berkas kunci publik Lindungi"),
    (b'{"format": "lain"}', "bukan berkas kunci publik Lindungi"),
    (b"x" * (office_key_file.MAX_BYTES + 10), "bukan berkas kunci publik Lindungi"),
])
def test_a_file_that_is_not_a_key_file_is_refused(office_b, tmp_path, content, message):
    path = tmp_path / "x.lindungi-kunci"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        SlipKeyService(office_b).read(path)


def test_a_damaged_or_newer_key_file_is_refused(ctx, office_b, out_dir):
    card = SlipKeyService(ctx).export(out_dir / "a.lindungi-kunci")
    data = json.loads(card.read_text(encoding="utf-8"))
    key = bytearray(base64.b64decode(data["public_key"]))
    key[0] ^= 1
    card.write_text(json.dumps({**data, "public_key": base64.b64encode(bytes(key)).decode()}), encoding="utf-8")
    with pytest.raises(UserError, match="rusak"):
        SlipKeyService(office_b).read(card)
    card.write_text(json.dumps({**data, "version": 2}), encoding="utf-8")
    with pytest.raises(UserError, match="versi yang lebih baru"):
        SlipKeyService(office_b).read(card)


def test_every_database_has_its_own_key_and_backups_are_plain_copies_of_the_database(ctx, office_b, out_dir):
    private = ctx.store.slip_keys.private_key()
    assert private != office_b.store.slip_keys.private_key()
    printed_code(ctx, register(ctx), out_dir)
    SlipKeyService(ctx).export(out_dir / "a.lindungi-kunci")
    copy = backup(ctx.store, out_dir / "cadangan.db")
    again = Store.open(copy, auto_backup=False)
    try:
        assert again.slip_keys.private_key() == private      # the key travels only inside the database
    finally:
        again.close()
    holding = {p.name for p in ctx.db_path.parent.rglob("*")
               if p.is_file() and any(form in p.read_bytes() for form in secret_forms(private))}
    assert holding == set(), holding          # not even the database or its backup: both are encrypted


def test_an_admin_can_stop_trusting_a_key_and_its_slips_are_unknown_again(ctx, office_b, out_dir, regions):
    code = printed_code(ctx, register(ctx), out_dir)
    card = SlipKeyService(ctx).export(out_dir / "a.lindungi-kunci")
    key = SlipKeyService(office_b).read(card)
    SlipKeyService(office_b).trust(key, card.name)
    assert VerificationService(office_b).verify(code).genuine
    supervisor = factories.context(office_b.store, regions, "budi", role=Role.SUPERVISOR)
    with pytest.raises(NotAllowed):
        SlipKeyService(supervisor).untrust(key.fingerprint)
    with pytest.raises(UserError, match="Tidak ada kunci dipercaya"):
        SlipKeyService(office_b).untrust("AAAA-BBBB-CCCC-DDDD-EEEE")
    assert SlipKeyService(office_b).untrust(key.fingerprint.lower()) == key
    assert SlipKeyService(office_b).trusted() == []
    assert VerificationService(office_b).verify(code).status == "unknown_issuer"
    removed = office_b.store.audit.recent(action="keys.untrust")[0]
    assert removed["entity_id"] == key.fingerprint and removed["old"]["office"] == "Kantor Kecamatan Penajam"
