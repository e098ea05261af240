"""The one placeholder helper and plural selection for core texts."""

from __future__ import annotations

import pytest

from desktop_app import i18n
from desktop_app.i18n import QT_TRANSLATE_NOOP, fill, plural_index, set_language, tr, trn


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("id")


def test_fill_puts_values_in_and_keeps_unfilled_placeholders_visible():
    assert fill("Batch {id}: {title}", id=3, title="Desa Babulu") == "Batch 3: Desa Babulu"
    assert fill("Batch {id}: {title}", id=3) == "Batch 3: {title}"


def test_fill_never_reads_a_brace_in_a_value_as_a_placeholder():
    assert fill("Nama: {name}", name="{id} Budi") == "Nama: {id} Budi"


def test_fill_survives_a_stray_brace_in_a_translation():
    assert fill("50% {x} }", x=1) == "50% 1 }"


def test_fill_translates_marked_values(english):
    label = QT_TRANSLATE_NOOP("Nik", "Nomor KK")
    assert fill("{label} wrong", label=label) == "Family card number wrong"


def test_plural_index_by_language():
    assert [plural_index(n, "id") for n in (0, 1, 2)] == [0, 0, 0]
    assert [plural_index(n, "en") for n in (0, 1, 2, -1)] == [1, 0, 1, 0]


def test_trn_picks_the_english_form_and_formats_the_count(english, monkeypatch):
    text = QT_TRANSLATE_NOOP("Test", "%n baris ditolak")
    monkeypatch.setitem(i18n._catalogue("en"), ("Test", "%n baris ditolak"), "%n row refused|%n rows refused")
    assert trn(text, 1) == "1 row refused"
    assert trn(text, 1200) == "1,200 rows refused"


def test_trn_in_indonesian_keeps_the_one_form_with_dot_thousands():
    assert trn(QT_TRANSLATE_NOOP("Test", "%n baris ditolak"), 1200) == "1.200 baris ditolak"


def test_tr_fills_after_translating(english):
    assert tr(QT_TRANSLATE_NOOP("Nik", "{label} wajib diisi."), label="X") == "X is required."


def test_a_core_count_text_reads_right_in_english_for_one_and_many(english):
    from desktop_app.services.registry import M_INVALID

    assert trn(M_INVALID, 1) == "The record cannot be saved yet: 1 error needs fixing."
    assert trn(M_INVALID, 3) == "The record cannot be saved yet: 3 errors need fixing."
