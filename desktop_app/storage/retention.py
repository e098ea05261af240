"""Which automatic backups to keep: thinned with age, within a count and a size budget.

The newest backup of each of the last 7 days is kept, then the newest of each week
for the 4 weeks before, then the newest of each month; at most ``KEEP`` in all, and
at most ``BUDGET_BYTES`` together (the newest ``MINIMUM`` are kept whatever their
size). Ages count back from the newest backup, not from the clock, so a laptop left
off for a month still keeps a week of dailies. At 1,000,000 people (≈ 0.9 GB a
backup) the budget keeps the newest 4 (≈ 3.6 GB) instead of 10 (≈ 9 GB); at
100,000 (≈ 90 MB) all 10 fit (≈ 0.9 GB). Backups the officer made and
``replaced-…`` files are never pruned.
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
