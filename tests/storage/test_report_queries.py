"""The report's fast queries (two covering indexes, no sort, open batches gathered per group) give
exactly what the plain definition gives: one CASE over each registration and its newest open batch,
grouped by everything, with the age computed from the birth date — on an office with every state,
a correction batch, deleted people, an ad-hoc scheme, a scheme without a fixed income base, people
without a birth date and birthdays on the cut-off days, for every scheme and period."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from desktop_app.domain.contribution import Cover, PeriodCost, period_cost
from desktop_app.domain.coverage import AGE_GROUPS
from desktop_app.domain.dates import YearMonth
from desktop_app.services.batches import BatchService
from desktop_app.services.office import OfficeService
from desktop_app.services.registry import RegistryService
from desktop_app.services.report import ReportService
from desktop_app.storage.codec import programs_from_text
from tests import factories
from tests.services.printing_helpers import register

# The plain definition (the report's single query before migration m013), kept here as ground truth.
STATE_SQL = """
CASE WHEN r.bpjs_status = 'diterima' THEN 'accepted'
     WHEN ob.kind = 'correction' THEN 'corrected'
     WHEN ob.status = 'draft' THEN 'draft'
     WHEN ob.status = 'locked' THEN 'exported'
     WHEN ob.status = 'submitted' THEN 'sent'
     WHEN r.bpjs_status = 'ditolak' THEN 'rejected'
     ELSE 'unbatched' END"""
FROM = """
FROM registrations r
LEFT JOIN (SELECT bi.registration_id AS rid, max(bi.batch_id) AS bid FROM batch_items bi
           JOIN batches b ON b.id = bi.batch_id
           WHERE bi.result = '' AND b.status IN ('draft', 'locked', 'submitted')
           GROUP BY bi.registration_id) o ON o.rid = r.id
LEFT JOIN batches ob ON ob.id = o.bid
JOIN schemes sc ON sc.id = r.scheme_id
WHERE r.deleted_at IS NULL"""
AGE = ("(CAST(substr(?, 1, 4) AS INTEGER) - CAST(substr(r.birth_date, 1, 4) AS INTEGER) "
       "- (substr(?, 6, 5) < substr(r.birth_date, 6, 5)))")
AGE_GROUP = "CASE " + " ".join(f"WHEN {AGE} BETWEEN {low} AND {high} THEN {i}"
                               for i, (low, high) in enumerate(AGE_GROUPS)) + f" ELSE {len(AGE_GROUPS)} END"


def plain(db, scheme_id, on: date, period) -> list[tuple]:
    where, params = "", []
    if scheme_id is not None:
        where, params = " AND r.scheme_id = ?", [scheme_id]
    if period is not None:
        where += " AND r.coverage_start <= ? AND r.coverage_end >= ?"
        params += [period[1].iso(), period[0].iso()]
    return db.execute(
        f"SELECT r.scheme_id, r.village_code, {STATE_SQL}, r.programs, CASE WHEN sc.income_base IS NULL THEN "
        f"r.income END, r.coverage_start, r.coverage_end, r.honorarium, r.sex, r.occupation, {AGE_GROUP}, "
        f"r.origin_office, count(*) {FROM}{where} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12",
        [on.isoformat()] * (2 * len(AGE_GROUPS)) + params).fetchall()


@pytest.fixture(scope="module")
def on() -> date:
    return date(2026, 11, 21)


@pytest.fixture
def office(store, regions, tmp_path):
    """The 300-person demo moved along its batch life, and then the awkward cases."""
    from desktop_app.services.demo import DemoBuilder
    from desktop_app.services.demo_progress import advance

    ctx = factories.context(store, regions, "demo")
    DemoBuilder(ctx, seed=5).build(300)
    advance(ctx)
    office = OfficeService(ctx)
    adhoc = office.save_scheme(factories.adhoc_scheme(rate_version="PP44-2015-PP49-2023"))
    free = office.save_scheme(replace(office.scheme(1), id=None, name="Skema tanpa dasar tetap", income_base=None))
    registry = RegistryService(ctx)
    for i, honorarium in enumerate((None, 2_000_000, 2_000_000)):
        registry.register(factories.officer(adhoc.id, honorarium=honorarium, birth_date=date(1990, 3, 1 + i)))
    for income in (1_000_000, 2_500_000, 2_500_000):
        register(ctx, scheme_id=free.id, income=income, coverage_start=YearMonth(2026, 3))
    # birthdays on the cut-off days of 18, 25/26, 55/56 and 65/66 years, a leap day, no birth date
    edges = ("2008-11-21", "2008-11-22", "2000-11-21", "2000-11-22", "1970-11-21", "1970-11-22", "1960-11-21",
             "1960-11-22", "1961-11-20", "2000-02-29", None)
    ids = [r[0] for r in store.db.execute("SELECT id FROM registrations WHERE deleted_at IS NULL ORDER BY seq "
                                          "LIMIT ?", [len(edges) + 2])]
    with store.write():
        for rid, born in zip(ids, edges, strict=False):
            store.db.execute("UPDATE registrations SET birth_date = ? WHERE id = ?", [born, rid])
    # a correction batch for the people BPJS rejected in one answered batch; two people deleted
    answered = next(b for b in store.batches.all() if "ditolak" in {
        r[0] for r in store.db.execute("SELECT result FROM batch_items WHERE batch_id = ?", [b.id])})
    BatchService(ctx).correction(answered.id)
    for rid in ids[-2:]:
        registry.delete(rid, "uji")
    return ctx


def fast(store, scheme_id, on, period) -> tuple[Counter, Counter]:
    schemes = {s.id: s for s in store.schemes.all()}
    money = Counter()
    for sid, village, state, programs, income, start, end, honorarium, n, office in store.report.money(scheme_id,
                                                                                                        period):
        money[sid, village, state, programs, income if schemes[sid].income_base is None else None,
              start, end, honorarium, office] += n
    people = Counter()
    for accepted, sex, occupation, age, n in store.report.people(scheme_id, on, period):
        people[accepted, sex, occupation, age] += n
    return money, people


def truth(store, scheme_id, on, period) -> tuple[Counter, Counter]:
    money, people = Counter(), Counter()
    for sid, village, state, programs, income, start, end, honorarium, sex, occupation, age, office, n in plain(
            store.db, scheme_id, on, period):
        money[sid, village, state, programs_from_text(programs), income, YearMonth.parse(start),
              YearMonth.parse(end), honorarium, office] += n
        people[state == "accepted", sex, occupation, age] += n
    return money, people


PERIODS = [None, (YearMonth(2026, 1), YearMonth(2026, 12)), (YearMonth(2026, 11), YearMonth(2026, 11)),
           (YearMonth(2026, 4), YearMonth(2026, 6)), (YearMonth(2027, 1), YearMonth(2027, 3))]


def test_the_fast_queries_equal_the_plain_definition(office, on):
    store = office.store
    states = Counter(s for (_, _, s, *_), n in truth(store, None, on, None)[0].items() for _ in range(n))
    assert {"accepted", "rejected", "sent", "exported", "draft", "corrected"} <= set(states)
    ages = truth(store, None, on, None)[1]
    assert {age for (_, _, _, age) in ages} == set(range(len(AGE_GROUPS) + 1))
    assert store.db.execute("SELECT count(*) FROM registrations WHERE deleted_at IS NULL AND birth_date IS NULL"
                            ).fetchone()[0] == 1
    for scheme_id in (None, 1, 2, 3):
        for period in PERIODS:
            for day in (on, date(2028, 2, 29), date(2026, 2, 28)):
                expected = truth(store, scheme_id, day, period)
                assert fast(store, scheme_id, day, period) == expected, (scheme_id, period, day)


def test_the_registered_months_count_every_active_person(office):
    rows = office.store.report.registered_per_month(None)
    assert sum(n for _, n in rows) == office.store.db.execute(
        "SELECT count(*) FROM registrations WHERE deleted_at IS NULL").fetchone()[0]


def test_the_report_costs_each_state_as_the_money_rule_costs_its_people(office, on):
    """Every state's people, person-months and rupiah equal ``period_cost`` over those people's
    covers from the plain query, clipped to the period (one scheme at a time, then added)."""
    store = office.store
    schemes = {s.id: s for s in store.schemes.all()}
    for period in PERIODS:
        expected: dict[str, PeriodCost] = {}
        for sid, _village, state, programs, income, start, end, honorarium, *_rest, n in plain(
                store.db, None, on, period):
            first, last = YearMonth.parse(start), YearMonth.parse(end)
            if period is not None:
                first, last = max(first, period[0]), min(last, period[1])
            cover = Cover(n, programs_from_text(programs), income, first, last, honorarium)
            cost = period_cost(store.schemes.rate_table(schemes[sid].rate_version), schemes[sid], [cover],
                               store.schemes.discounts())
            expected[state] = expected.get(state, PeriodCost()) + cost
        report = ReportService(office).compute(period=period)
        assert {s: c for s, c in report.states.items() if c.people} == expected, period
        assert sum(v.committed.total for v in report.by_village) == report.committed


def test_an_older_database_gets_the_report_indexes_at_upgrade_with_the_same_figures(ctx, db_path, on):
    from desktop_app.storage import backup as backups
    from desktop_app.storage.store import Store

    for i in range(3):
        register(ctx, full_name=f"Lama {chr(65 + i)}")
    db = ctx.store.db            # back to the version before m013 (which only adds the two indexes)
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm013_report_indexes'")
    db.execute("DROP INDEX registrations_report")
    db.execute("DROP INDEX registrations_report_people")
    before = truth(ctx.store, None, on, None)
    ctx.store.close()
    upgraded = Store.open(db_path)
    try:
        names = {r[0] for r in upgraded.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"registrations_report", "registrations_report_people"} <= names
        assert any("pre-m013" in p.name for p in backups.list_backups(db_path))     # it did upgrade
        assert fast(upgraded, None, on, None) == before and sum(before[0].values()) == 3
    finally:
        upgraded.close()
