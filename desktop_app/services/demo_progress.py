"""Move a demo office along the batch life, so Laporan, the berita acara and the exports have every
state to show: some batches exported, most of those sent with a cover letter, and BPJS's answer
recorded for most people sent (accepted with a KPJ, a few rejected). Synthetic, like the demo."""

from __future__ import annotations

import random

from desktop_app.domain.batch import BatchStatus
from desktop_app.domain.dates import now_iso
from desktop_app.domain.registration import BpjsStatus
from desktop_app.services.context import Context

RECIPIENT = "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Penajam Paser Utara"
REASONS = ("Nama ibu kandung tidak sesuai", "NIK tidak ditemukan di Dukcapil", "Terdaftar di segmen penerima upah")


def advance(ctx: Context, *, exported: float = 0.7, sent: float = 0.85, answered: float = 0.8,
            accepted: float = 0.92, seed: int = 7) -> dict:
    """Share ``exported`` of the draft batches is locked; of those, ``sent`` is marked sent; of the
    people sent, ``answered`` get BPJS's answer (``accepted`` of them accepted, the rest rejected)."""
    rng, store, today = random.Random(seed), ctx.store, ctx.today().isoformat()
    drafts = [b for b in store.batches.all() if b.status is BatchStatus.DRAFT]
    counts = {"exported": 0, "sent": 0, "accepted": 0, "rejected": 0}
    kpj = 10_000_000_000 + rng.randrange(1_000_000)
    with store.write():
        for n, batch in enumerate(drafts[:int(len(drafts) * exported)], 1):
            store.batches.set_fields(batch.id, status=BatchStatus.LOCKED, locked_at=now_iso(),
                                     locked_by=ctx.operator, file_name=f"batch-{batch.id}-demo.xlsx",
                                     file_sha256=f"{rng.getrandbits(256):064x}", row_count=batch.people)
            counts["exported"] += 1
            if rng.random() >= sent:
                continue
            store.batches.set_fields(batch.id, status=BatchStatus.SUBMITTED, submitted_at=now_iso(), sent_on=today,
                                     cover_letter_no=f"560/{100 + n}/DTK-PPU/2026", recipient=RECIPIENT)
            counts["sent"] += 1
            for rid in store.batches.item_ids(batch.id):
                if rng.random() >= answered:
                    continue
                if rng.random() < accepted:
                    kpj += 1
                    store.batches.set_result(batch.id, rid, BpjsStatus.ACCEPTED.value, "", str(kpj))
                    store.registrations.set_fields(rid, bpjs_status=BpjsStatus.ACCEPTED.value, kpj=str(kpj))
                    counts["accepted"] += 1
                else:
                    reason = rng.choice(REASONS)
                    store.batches.set_result(batch.id, rid, BpjsStatus.REJECTED.value, reason)
                    store.registrations.set_fields(rid, bpjs_status=BpjsStatus.REJECTED.value, bpjs_reason=reason)
                    counts["rejected"] += 1
        store.audit.record(ctx.operator, "demo", "batches", "", new=counts)
    return counts
