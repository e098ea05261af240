"""The same person registered at two offices under different NIKs: what the Dinas looks for before a
batch goes to BPJS (a typo in a NIK, or a second KTP number).

Two active registrations of different offices, with different NIKs and covering overlapping months,
are the same person when their names are alike (``domain.names``: Muhammad/Muhamad, titles, bin/binti)
and they share the birth date or the family card (KK). The same NIK at two offices is not this rule's:
the exchange holds it as a ``same_nik`` conflict for a person.
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.domain.names import name_similarity
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

THRESHOLD = 85.0


class SameReason(StrEnum):
    NAME_BIRTH = "name_birth"      # names alike, same birth date
    KK_NAME = "kk_name"            # names alike, same family card


REASON_LABELS = {
    SameReason.NAME_BIRTH: QT_TRANSLATE_NOOP("CrossOffice", "nama mirip, tanggal lahir sama"),
    SameReason.KK_NAME: QT_TRANSLATE_NOOP("CrossOffice", "nama mirip, nomor KK sama"),
}


def reason_label(reason: str) -> str:
    return tr(REASON_LABELS[SameReason(reason)]) if reason in REASON_LABELS else reason


def same_person_reason(a: dict, b: dict) -> tuple[SameReason, float] | None:
    """Why registrations ``a`` and ``b`` (rows with nik, full_name, birth_date, kk_number, origin_office)
    look like one person registered at two offices, with the names' similarity (0–100); None if not."""
    if a["nik"] == b["nik"] or a["origin_office"] == b["origin_office"]:
        return None
    score = name_similarity(a["full_name"], b["full_name"])
    if score < THRESHOLD:
        return None
    if a["birth_date"] and a["birth_date"] == b["birth_date"]:
        return SameReason.NAME_BIRTH, score
    if a["kk_number"] and a["kk_number"] == b["kk_number"]:
        return SameReason.KK_NAME, score
    return None
