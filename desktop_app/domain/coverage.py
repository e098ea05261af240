"""Where a registered person stands with BPJS — the states the supervisor's report counts — and
the age groups it shows. Only ``accepted`` means covered; only its months are committed money,
and ``sent`` (with BPJS, unanswered) is pending money.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Protocol

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr


class CoverageState(StrEnum):
    UNBATCHED = "unbatched"      # registered, never put in a batch (or taken out again)
    DRAFT = "draft"              # waiting in a draft batch
    EXPORTED = "exported"        # in an exported (locked) batch not yet sent
    SENT = "sent"                # sent to the Dinas/BPJS, no answer yet: pending money
    ACCEPTED = "accepted"        # BPJS accepted (KPJ): covered, committed money
    REJECTED = "rejected"        # BPJS rejected and not in a correction yet
    CORRECTED = "corrected"      # rejected, now in a correction batch


STATE_LABELS = {
    CoverageState.UNBATCHED: QT_TRANSLATE_NOOP("Coverage", "Belum masuk batch"),
    CoverageState.DRAFT: QT_TRANSLATE_NOOP("Coverage", "Batch draf"),
    CoverageState.EXPORTED: QT_TRANSLATE_NOOP("Coverage", "Sudah diekspor"),
    CoverageState.SENT: QT_TRANSLATE_NOOP("Coverage", "Terkirim, menunggu BPJS"),
    CoverageState.ACCEPTED: QT_TRANSLATE_NOOP("Coverage", "Diterima (terlindungi)"),
    CoverageState.REJECTED: QT_TRANSLATE_NOOP("Coverage", "Ditolak"),
    CoverageState.CORRECTED: QT_TRANSLATE_NOOP("Coverage", "Dalam batch koreksi"),
}
STATE_ORDER = tuple(CoverageState)

AGE_GROUPS = ((18, 25), (26, 35), (36, 45), (46, 55), (56, 65))
M_AGE = QT_TRANSLATE_NOOP("Coverage", "{low}–{high} tahun")
M_AGE_OTHER = QT_TRANSLATE_NOOP("Coverage", "lainnya")


def state_label(state: str) -> str:
    return tr(STATE_LABELS[CoverageState(state)]) if state in STATE_LABELS else state


def age_groups() -> list[str]:
    """The labels of ``AGE_GROUPS`` ("18–25 tahun" …), then "lainnya" for any other age."""
    return [tr(M_AGE, low=low, high=high) for low, high in AGE_GROUPS] + [tr(M_AGE_OTHER)]


class _Costed(Protocol):
    total: int


def budget_left(budget: int | None, states: Mapping[str, _Costed]) -> int | None:
    """What is left of an allocated budget: allocated − committed (accepted people) − pending (sent,
    unanswered). The one rule of the Laporan's "Sisa anggaran" and ``lindungi stats``; people in no
    batch, a draft or an unsent export spend nothing yet. None when no budget is set."""
    if not budget:
        return None
    spent = sum(states[s].total for s in (CoverageState.ACCEPTED.value, CoverageState.SENT.value) if s in states)
    return budget - spent
