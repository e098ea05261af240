"""The same person registered at two offices under different NIKs: what the Dinas looks for before a
batch goes to BPJS (a typo in a NIK, or a second KTP number).

Two active registrations of different offices, with different NIKs and covering overlapping months,
are the same person when their names are alike (``domain.names``: Muhammad/Muhamad, titles, bin/binti)
and they share the birth date or the family card (KK). The same NIK at two offices is not this rule's:
the exchange holds it as a ``same_nik`` conflict for a person.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum

from desktop_app.domain.names import key_similarity, name_key
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


def same_person_reason(a: dict, b: dict, key: Callable[[dict], str] | None = None) -> tuple[SameReason, float] | None:
    """Why registrations ``a`` and ``b`` (rows with nik, full_name, birth_date, kk_number, origin_office,
    coverage_start, coverage_end) look like one person registered at two offices, with the names'
    similarity (0–100); None if not. ``key(row)`` gives a row's ``name_key`` (a cache, for many pairs)."""
    if a["nik"] == b["nik"] or a["origin_office"] == b["origin_office"]:
        return None
    if a["coverage_start"] > b["coverage_end"] or b["coverage_start"] > a["coverage_end"]:
        return None
    key = key or (lambda row: name_key(row["full_name"]))
    score = key_similarity(key(a), key(b))
    if score < THRESHOLD:
        return None
    if a["birth_date"] and a["birth_date"] == b["birth_date"]:
        return SameReason.NAME_BIRTH, score
    if a["kk_number"] and a["kk_number"] == b["kk_number"]:
        return SameReason.KK_NAME, score
    return None


def candidate_pairs(rows: list[dict]) -> Iterator[tuple[dict, dict]]:
    """Every pair of ``rows`` of different offices sharing a birth date or a family card (each pair once),
    for ``same_person_reason`` to judge: grouping first keeps the comparisons to people who could match."""
    seen: set[tuple[str, str]] = set()
    for field in ("birth_date", "kk_number"):
        groups: dict[str, list[dict]] = {}
        for row in rows:
            if row[field]:
                groups.setdefault(row[field], []).append(row)
        for group in groups.values():
            if len(group) < 2 or len({r["origin_office"] for r in group}) < 2:
                continue
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if a["origin_office"] != b["origin_office"]:
                        pair = (a["id"], b["id"]) if a["id"] < b["id"] else (b["id"], a["id"])
                        if pair not in seen:
                            seen.add(pair)
                            yield a, b
