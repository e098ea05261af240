"""check_many (imports) says exactly what check (the form) says, for every kind of duplicate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.services.office import OfficeService
from desktop_app.services.registry import RegistryService
from tests import factories


def _swap(nik: str, i: int) -> str:
    return nik[:i] + nik[i + 1] + nik[i] + nik[i + 2:]


def test_check_many_gives_the_same_findings_as_check(ctx):
    registry = RegistryService(ctx)
    scheme = ctx.store.schemes.default()
    other = OfficeService(ctx).save_scheme(factories.scheme(name="APBDes 2026", is_default=False))
    born = date(1985, 3, 4)
    siti = registry.register(factories.registration(full_name="Siti Aminah"))
    budi = registry.register(factories.registration(full_name="Budi Santoso", birth_date=born, sex="L"))
    elsewhere = registry.register(factories.registration(full_name="Dewi Lestari", scheme_id=other.id,
                                                         birth_date=date(1988, 12, 25)))
    one_digit = siti.nik[:-1] + ("2" if siti.nik[-1] != "2" else "3")
    candidates = [
        factories.registration(nik=siti.nik, full_name="Siti Aminah"),                       # duplicate
        factories.registration(nik=one_digit, full_name="Siti Aminah"),                      # one digit away
        factories.registration(nik=_swap(budi.nik, 10), full_name="Budi Santosa", birth_date=born, sex="L"),
        factories.registration(nik=elsewhere.nik, full_name="Dewi Lestari", birth_date=date(1988, 12, 25)),
        factories.registration(full_name="Budi Santoso", birth_date=born, sex="L"),          # same desa and day
        factories.registration(full_name="Orang Lain", birth_date=date(1970, 1, 1), sex="L"),
    ]
    candidates = [replace(c, scheme_id=scheme.id) for c in candidates]
    many = registry.check_many(candidates, scheme)
    for reg, batch in zip(candidates, many, strict=True):
        single = registry.check(reg, scheme)
        assert sorted(p.code for p in batch.problems) == sorted(p.code for p in single.problems), reg.full_name
        assert [s.id for s in batch.similar] == [s.id for s in single.similar]
        assert [s.nik_hint for s in batch.similar] == [s.nik_hint for s in single.similar]
        assert (batch.duplicate.id if batch.duplicate else None) == (single.duplicate.id if single.duplicate else None)
    codes = [{p.code for p in c.problems} for c in many]
    assert "duplicate.nik" in codes[0] and "duplicate.near_nik" in codes[1] and "duplicate.near_nik" in codes[2]
    assert "duplicate.other_scheme" in codes[3] and "duplicate.similar" in codes[4]
    assert not {"duplicate.nik", "duplicate.near_nik", "duplicate.similar"} & codes[5]
