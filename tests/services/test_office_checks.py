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
