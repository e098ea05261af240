"""The fields a spreadsheet column can feed, with their names on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.registration import FIELD_LABELS
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.headers import FIELD_KEYS, IGNORE

translate = QCoreApplication.translate
NOT_FOR_IMPORT = ("status", "reason", "note")     # BPJS answer columns
EXTRA_LABELS = {
    "row_number": QT_TRANSLATE_NOOP("ImportFields", "Nomor urut (tidak diimpor)"),
    "birth_place_date": QT_TRANSLATE_NOOP("ImportFields", "Tempat, tanggal lahir"),
    "sex_male": QT_TRANSLATE_NOOP("ImportFields", "Jenis kelamin: kolom L"),
    "sex_female": QT_TRANSLATE_NOOP("ImportFields", "Jenis kelamin: kolom P"),
    "rt_rw": QT_TRANSLATE_NOOP("ImportFields", "RT/RW"),
    "village": QT_TRANSLATE_NOOP("ImportFields", "Desa/Kelurahan (nama atau kode)"),
    "district": QT_TRANSLATE_NOOP("ImportFields", "Kecamatan"),
    "heir_name": QT_TRANSLATE_NOOP("ImportFields", "Ahli waris: nama"),
    "heir_relationship": QT_TRANSLATE_NOOP("ImportFields", "Ahli waris: hubungan"),
    "heir_nik": QT_TRANSLATE_NOOP("ImportFields", "Ahli waris: NIK"),
    "heir_phone": QT_TRANSLATE_NOOP("ImportFields", "Ahli waris: nomor HP"),
}


def field_label(key: str) -> str:
    if key == IGNORE:
        return translate("ImportFields", "(abaikan kolom ini)")
    if key in EXTRA_LABELS:
        return translate("ImportFields", EXTRA_LABELS[key])
    return tr(FIELD_LABELS[key]) if key in FIELD_LABELS else key


def field_choices() -> list[tuple[str, str]]:
    """(label, key) for the mapping combos; "ignore" first."""
    return [(field_label(IGNORE), IGNORE)] + [(field_label(k), k) for k in FIELD_KEYS if k not in NOT_FOR_IMPORT]
