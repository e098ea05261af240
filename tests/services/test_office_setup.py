"""First-run set-up in one transaction, the session's operator, and the read-only context."""

from __future__ import annotations

import pytest

from desktop_app.errors import UserError
from desktop_app.services.context import DEFAULT_OPERATOR, Context
from desktop_app.services.office import OfficeService
from tests import factories


@pytest.fixture
def blank(store, regions) -> Context:
    return Context(store, regions, clock=lambda: factories.TODAY)


def test_set_up_saves_office_operator_and_default_scheme_and_signs_the_operator_in(blank):
    offices = OfficeService(blank)
    saved = offices.set_up(factories.office(), "  Rina  ", factories.scheme(is_default=False))
    assert offices.is_set_up() and saved.is_default
    assert blank.operator == "Rina"
    assert offices.operators() == ["Rina"]
    rows = blank.store.db.execute("SELECT operator, entity FROM audit_log ORDER BY id").fetchall()
    assert {e for _, e in rows} == {"office", "operator", "scheme"} and {o for o, _ in rows} == {"Rina"}


def test_set_up_is_all_or_nothing(blank):
    offices = OfficeService(blank)
    with pytest.raises(UserError, match="Nama skema"):
        offices.set_up(factories.office(), "Rina", factories.scheme(name=" "))
    assert offices.office() is None and offices.operators() == [] and offices.schemes() == []
    assert blank.operator == DEFAULT_OPERATOR


def test_set_up_needs_an_operator_name(blank):
    with pytest.raises(UserError, match="operator"):
        OfficeService(blank).set_up(factories.office(), "   ", factories.scheme())


def test_only_a_known_operator_can_be_made_current(ctx):
    offices = OfficeService(ctx)
    with pytest.raises(UserError, match="tidak terdaftar"):
        offices.use_operator("Orang Asing")
    offices.add_operator("Budi")
    offices.use_operator("Budi")
    assert ctx.operator == "Budi"


def test_the_context_cannot_be_changed_in_place(ctx):
    with pytest.raises(AttributeError, match="read-only"):
        ctx.operator = "someone"
    with pytest.raises(AttributeError):
        ctx.store = None


def test_a_sibling_context_shares_the_session_on_a_second_connection(ctx):
    sibling = ctx.sibling()
    try:
        assert sibling.store.db.conn is not ctx.store.db.conn
        assert sibling.session is ctx.session and sibling.store.verdict is ctx.store.verdict
        OfficeService(ctx).add_operator("Budi")
        OfficeService(ctx).use_operator("Budi")
        assert sibling.operator == "Budi"
    finally:
        sibling.close()
