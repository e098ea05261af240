"""The recovery sheet PDF (key in groups + QR that a reader decodes) and password changes."""

from __future__ import annotations

import pytest

from desktop_app.errors import WrongPassword
from desktop_app.services.recovery_sheet import KeyService
from desktop_app.storage import driver
from desktop_app.storage.keyfile import KeyFile, parse_recovery, recovery_text
from tests import factories
from tests.keys import PASSWORD, TEST_KEY, signed_in_env
from tests.pdf_reading import all_text, decode_qr_codes, page_count


def test_the_sheet_carries_the_key_in_groups_and_as_a_qr_a_reader_decodes(ctx, out_dir):
    path = KeyService(ctx).write_recovery_sheet(out_dir / "lembar.pdf")
    text = all_text(path)
    assert page_count(path) == 1
    key = recovery_text(TEST_KEY)
    assert all(group in text for group in key.split("-"))
    assert "SIMPAN DI KANTOR, JANGAN BERSAMA LAPTOP" in text and factories.office().name in text
    assert "Lupa kata sandi" in text and f"{factories.TODAY:%d-%m-%Y}" in text and "hilang" in text
    assert [parse_recovery(q) for q in decode_qr_codes(path, 1)] == [TEST_KEY]
    assert ctx.store.audit.recent(action="print")[0]["entity"] == "recovery_sheet"


def test_change_password_rewrites_only_the_key_file(ctx, db_path):
    signed_in_env(db_path, "tester")
    keys = KeyService(ctx)
    with pytest.raises(WrongPassword):
        keys.change_password("salah", "baru-sekali-1", "baru-sekali-1")
    keys.change_password(PASSWORD, "baru-sekali-1", "baru-sekali-1")
    assert KeyFile.load(db_path).unlock("tester", "baru-sekali-1") == TEST_KEY
    assert driver.opens_with(db_path, TEST_KEY)                 # the database keeps its data key
