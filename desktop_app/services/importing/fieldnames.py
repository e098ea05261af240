"""The names of the fields a column can feed, and why a column is not used — for every screen and output."""

from __future__ import annotations

from desktop_app.domain.registration import FIELD_LABELS
from desktop_app.formats.cells import column_letter
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.mapping import (
    WHY_ANSWER,
    WHY_EMPTY,
    WHY_ROW_NUMBER,
    WHY_TAKEN,
    WHY_UNKNOWN,
    WHY_USER,
    ColumnMapping,
)
from desktop_app.services.importing.vocabulary import FIELD_KEYS, IGNORE, NOT_FOR_IMPORT

IMPORT_FIELDS = tuple(k for k in FIELD_KEYS if k not in NOT_FOR_IMPORT)
_LABELS = {
    IGNORE: QT_TRANSLATE_NOOP("ImportFields", "(abaikan kolom ini)"),
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
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status (jawaban BPJS)"),
    "reason": QT_TRANSLATE_NOOP("ImportFields", "Alasan (jawaban BPJS atau laporan impor)"),
}
_WHY = {
    WHY_EMPTY: QT_TRANSLATE_NOOP("ImportFields", "kolom kosong"),
    WHY_UNKNOWN: QT_TRANSLATE_NOOP("ImportFields", "judul dan isinya tidak dikenali"),
    WHY_TAKEN: QT_TRANSLATE_NOOP("ImportFields", "cocok untuk {field}, tetapi kolom {rival} sudah dipakai untuk itu"),
    WHY_ANSWER: QT_TRANSLATE_NOOP("ImportFields", "kolom jawaban BPJS atau laporan impor, tidak diimpor"),
    WHY_ROW_NUMBER: QT_TRANSLATE_NOOP("ImportFields", "nomor urut, tidak diimpor"),
    WHY_USER: QT_TRANSLATE_NOOP("ImportFields", "diabaikan atas pilihan Anda"),
}
M_HIDDEN_COLUMN = QT_TRANSLATE_NOOP("ImportFields", "tersembunyi di berkas")


def field_label(key: str) -> str:
    """"Nama ibu kandung", "Ahli waris: hubungan", … in the current language."""
    if key in _LABELS:
        return tr(_LABELS[key])
    if key == "village_code":
        return tr(_LABELS["village"])
    return tr(FIELD_LABELS[key]) if key in FIELD_LABELS else key


def field_choices() -> list[tuple[str, str]]:
    """(label, key) for choosing a column's field; "ignore" first."""
    return [(field_label(IGNORE), IGNORE)] + [(field_label(k), k) for k in IMPORT_FIELDS]


def unused_reason(column: ColumnMapping) -> str:
    """Why ``column`` is not imported, in words."""
    text = tr(_WHY.get(column.why, _WHY[WHY_UNKNOWN]), field=field_label(column.wish) if column.wish else "",
              rival=column_letter(column.rival) if column.rival is not None else "")
    return text + (f" ({tr(M_HIDDEN_COLUMN)})" if column.hidden else "")
