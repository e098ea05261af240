"""Automatic backups thinned with age, within a count and a size budget."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.storage import retention
from desktop_app.storage.retention import Candidate

NOW = datetime(2026, 12, 1, 8, 0)
GB = 1024**3


def _daily(days: int, size: int = 90 * 1024**2) -> list[Candidate]:
    return [Candidate(Path(f"b{d}.db"), NOW - timedelta(days=d), size) for d in range(days)]


def test_a_year_of_dailies_keeps_a_week_then_weeks_then_months():
    kept = retention.kept(_daily(365))
    ages = [(NOW - c.taken_at).days for c in kept]
    assert ages[:7] == list(range(7))
    assert len(kept) == retention.KEEP
    older = [c.taken_at.isocalendar()[:2] for c in kept[7:]]
    assert len(older) == len(set(older)) and min(ages[7:]) >= 7                 # then one per week


def test_at_a_million_people_the_budget_keeps_the_set_within_four_gigabytes():
    kept = retention.kept(_daily(30, size=int(0.9 * GB)))
    assert sum(c.size for c in kept) <= retention.BUDGET_BYTES and len(kept) == 4


def test_the_newest_two_are_kept_even_over_budget():
    kept = retention.kept(_daily(5, size=3 * GB))
    assert [(NOW - c.taken_at).days for c in kept] == [0, 1]


def test_ages_count_from_the_newest_backup_not_the_clock():
    old = [Candidate(c.path, c.taken_at - timedelta(days=200), c.size) for c in _daily(10)]
    assert len(retention.kept(old)) >= 7


def test_several_a_day_keep_the_newest_of_that_day():
    same_day = [Candidate(Path(f"h{h}.db"), NOW - timedelta(hours=h), 1) for h in range(5)]
    assert [c.path.name for c in retention.kept(same_day)] == ["h0.db"]
