"""Which automatic backups to keep: thinned with age, within a count and a size budget.

The newest backup of each of the last 7 days is kept, then the newest of each week
for the 4 weeks before, then the newest of each month; at most ``KEEP`` in all, and
at most ``BUDGET_BYTES`` together (the newest ``MINIMUM`` are kept whatever their
size). Ages count back from the newest backup, not from the clock, so a laptop left
off for a month still keeps a week of dailies. Backups the officer made and
``replaced-…`` files are never pruned.

Every kept backup but the newest is then packed (``storage.backup.thin``: compressed and
sealed, ≈ 15 % of a page copy), so the budget is a ceiling, not what is used. At
1,000,000 people (a page copy ≈ 0.98 GB, packed ≈ 0.14–0.16 GB) all 10 are kept in
≈ 2.2–2.4 GB, and the folder is at most ≈ 3.1–3.3 GB (two page copies, between a new
backup and the packing of the one before): within ``BUDGET_BYTES`` (4 GiB ≈ 4.29 GB;
``bench/backup_budget.py``). At 100,000 people the 10 take ≈ 0.25 GB.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP = 10
MINIMUM = 2
BUDGET_BYTES = 4 * 1024**3
DAILY_DAYS, WEEKLY_DAYS = 7, 35


@dataclass(frozen=True)
class Candidate:
    path: Path
    taken_at: datetime
    size: int


def _bucket(age_days: int, when: datetime) -> tuple:
    if age_days < DAILY_DAYS:
        return ("day", when.date())
    if age_days < WEEKLY_DAYS:
        return ("week", tuple(when.isocalendar())[:2])
    return ("month", when.year, when.month)


def kept(candidates: list[Candidate], *, keep: int = KEEP, budget: int = BUDGET_BYTES) -> list[Candidate]:
    """The backups to keep, newest first."""
    ordered = sorted(candidates, key=lambda c: c.taken_at, reverse=True)
    if not ordered:
        return []
    newest = ordered[0].taken_at
    chosen, seen = [], set()
    for c in ordered:
        bucket = _bucket((newest - c.taken_at).days, c.taken_at)
        if bucket not in seen:
            seen.add(bucket)
            chosen.append(c)
    chosen = chosen[:keep]
    total = 0
    out = []
    for n, c in enumerate(chosen):
        if n >= MINIMUM and total + c.size > budget:
            break
        total += c.size
        out.append(c)
    return out
