"""Registering people and building batches for the printing tests."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from desktop_app.services.registry import RegistryService
from tests import factories

OTHER_VILLAGE = "64.09.01.1001"   # kelurahan Tanjung Tengah, kecamatan Penajam
_birthdays = itertools.count()
NAMES = ("Andi Saputra", "Budi Santoso", "Citra Lestari", "Dewi Hidayat", "Eko Prasetyo", "Fajar Nugroho",
         "Gita Permata", "Hendra Wijaya", "Indah Sari", "Joko Susilo", "Kartini Rahayu", "Lukman Hakim",
         "Maya Anggraini", "Nanda Pratama", "Oktaviani Putri", "Purnomo Adi", "Rina Marlina", "Slamet Riyadi",
         "Taufik Hidayat", "Umi Kalsum", "Vera Yulianti", "Wahyu Setiawan", "Yanti Susanti", "Zainal Arifin",
         "Agus Salim")


def register(ctx, **changes):
    """A valid registration saved through the registry (distinct birth date each time)."""
    # 1,000 distinct birth dates, all adults inside the scheme's 18–65 window, however many tests ran before
    changes.setdefault("birth_date", date(1970, 1, 1) + timedelta(days=11 * (next(_birthdays) % 1000)))
    return RegistryService(ctx).register(factories.registration(**changes), confirm_similar=True)


def people(ctx, count: int, **changes) -> list:
    return [register(ctx, full_name=NAMES[i], **changes) for i in range(count)]


def batch_of(ctx, regs, scheme_id: int = 1, title: str = "Batch uji") -> int:
    store = ctx.store
    with store.write():
        batch_id = store.batches.create(scheme_id, ctx.operator, title=title)
        store.batches.add_items(batch_id, [r.id for r in regs])
    return batch_id
