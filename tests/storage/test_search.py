"""Search: NIK exact and prefix, registration number, KPJ, name words with hostile input."""

from datetime import date

import pytest

from desktop_app.domain.regnumber import format_number
from desktop_app.services.registry import RegistryService
from desktop_app.storage.search import RegistrationQuery, fts_expression
from tests import factories


@pytest.fixture
def people(ctx):
    registry = RegistryService(ctx)
    names = ["Siti Aminah", "Nur'aini Ma'ruf", "Brian O'Brien", "Ṣāliḥ Hasan", "Aminah Siti Rahma", "Budi Santoso"]
    saved = [registry.register(factories.registration(full_name=n, birth_date=date(1980, 1, i + 1)))
             for i, n in enumerate(names)]
    registry.delete(saved[-1].id, "uji")
    return saved


def names(ctx, text, **kw):
    rows = ctx.store.registrations.page(RegistrationQuery(text=text, order_by="full_name", **kw), 0, 50)
    return [r["full_name"] for r in rows]


def test_name_words_any_order_and_prefix(ctx, people):
    assert names(ctx, "siti") == ["Aminah Siti Rahma", "Siti Aminah"]
    assert names(ctx, "amin sit") == ["Aminah Siti Rahma", "Siti Aminah"]
    assert names(ctx, "SALIH") == ["Ṣāliḥ Hasan"]          # diacritics folded


@pytest.mark.parametrize("hostile", ["O'Brien", '"', 'Brien"', "AND", "OR NOT", "siti*", "NEAR(siti)", "a:b",
                                     "'; DROP TABLE registrations; --", "(", "^"])
def test_hostile_input_never_breaks_the_query(ctx, people, hostile):
    names(ctx, hostile)  # must not raise
    assert ctx.store.registrations.count(RegistrationQuery(text=hostile)) >= 0


def test_apostrophes(ctx, people):
    assert names(ctx, "O'Brien") == ["Brian O'Brien"]
    assert names(ctx, "nur'aini") == ["Nur'aini Ma'ruf"]


def test_nik_exact_and_prefix(ctx, people):
    target = people[0]
    assert names(ctx, target.nik) == ["Siti Aminah"]
    assert names(ctx, target.nik[:4] + " " + target.nik[4:8]) != []
    assert len(names(ctx, "6409")) == 5   # the deleted one is not listed
    assert names(ctx, "9999") == [] and names(ctx, "1" * 17) == []


def test_registration_number_and_kpj(ctx, people):
    assert names(ctx, format_number(people[2].seq)) == ["Brian O'Brien"]
    assert names(ctx, "000003-0") == [] or format_number(3) == "000003-0"
    ctx.store.registrations.set_fields(people[1].id, kpj="12345678901")
    assert names(ctx, "12345678901") == ["Nur'aini Ma'ruf"]


def test_status_filters(ctx, people):
    assert names(ctx, "", status="deleted") == ["Budi Santoso"]
    assert names(ctx, people[-1].nik, status="deleted") == ["Budi Santoso"]
    assert "Budi Santoso" in names(ctx, people[-1].nik[:6], status="all")
    assert len(names(ctx, "", status="all")) == 6
    assert ctx.store.registrations.count(RegistrationQuery()) == 5


def test_fts_expression_quotes_every_word():
    assert fts_expression('Rin"aini x') == '"Rin"* AND "aini"* AND "x"*'
    assert fts_expression('"') is None


def test_deleted_records_leave_the_name_index_and_come_back_on_restore(ctx, people):
    registry = RegistryService(ctx)
    assert names(ctx, "budi") == []                              # deleted: not among active results
    assert names(ctx, "budi", status="deleted") == ["Budi Santoso"]  # but findable among deleted
    assert names(ctx, "Sant", status="all") == ["Budi Santoso"]
    registry.restore(people[-1].id)
    assert names(ctx, "budi") == ["Budi Santoso"]
    registry.update(people[-1].copy(full_name="Budiman Santoso"))
    assert names(ctx, "budiman") == ["Budiman Santoso"] and names(ctx, "budi") == ["Budiman Santoso"]
    fts_rows = ctx.store.db.execute("SELECT count(*) FROM registrations_fts").fetchone()[0]
    assert fts_rows == ctx.store.registrations.count(RegistrationQuery())


def test_bare_name_count_uses_the_index_alone_and_agrees_with_the_join(ctx, people):
    from desktop_app.storage.search import count_sql
    sql, _ = count_sql(RegistrationQuery(text="siti"))
    assert "registrations r" not in sql
    joined, params = count_sql(RegistrationQuery(text="siti", sex="P"))
    assert "registrations r" in joined
    assert ctx.store.registrations.count(RegistrationQuery(text="siti")) == \
        ctx.store.db.execute(joined, params).fetchone()[0] == 2


def test_every_sort_key_of_the_domain_has_its_sql():
    from desktop_app.domain.record_query import SORT_KEYS
    from desktop_app.storage.search import SORTABLE

    assert set(SORTABLE) == set(SORT_KEYS)
