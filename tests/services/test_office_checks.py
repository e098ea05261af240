"""Scheme periods and operator names are checked before they reach the database."""

import pytest

from desktop_app.domain.dates import YearMonth
from desktop_app.errors import UserError
from desktop_app.services.office import OfficeService
from tests import factories


def test_a_scheme_ending_before_it_starts_is_refused_with_a_message(ctx):
    offices = OfficeService(ctx)
    bad = factories.scheme(name="Terbalik", coverage_start=YearMonth(2026, 12), coverage_end=YearMonth(2026, 1),
                           is_default=False)
    with pytest.raises(UserError, match="tidak boleh sebelum"):
        offices.save_scheme(bad)
    assert [s.name for s in offices.schemes()] == ["APBD Kabupaten 2026"]


def test_an_operator_needs_a_name(ctx):
    with pytest.raises(UserError, match="wajib"):
        OfficeService(ctx).add_operator("   ")


def test_area_villages_and_districts_come_from_the_office_area(ctx):
    from dataclasses import replace

    from desktop_app.domain.regions import district_of
    from desktop_app.services.office import OfficeService

    offices = OfficeService(ctx)
    villages = offices.area_villages()
    assert villages and all(district_of(v.code) == "64.09.01" and d.code == "64.09.01" for v, d in villages)
    desa = replace(offices.office(), village_code=villages[0][0].code)
    offices.save_office(desa)
    assert offices.area_villages() == villages                       # a desa office: its whole kecamatan
    offices.save_office(replace(desa, district_code="", village_code=""))
    whole = offices.area_villages()
    assert len({d.code for _, d in whole}) > 1 and set(villages) < set(whole)
    assert [r.code for r in offices.districts()] == [r.code for r in ctx.regions.children("64.09")]
