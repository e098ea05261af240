"""The role table: ranks, the refusal sentence, signed-out sessions, every action named once."""

import pytest

from desktop_app.errors import NotAllowed, UserError
from desktop_app.i18n import set_language
from desktop_app.services import roles
from desktop_app.services.context import Session
from desktop_app.services.roles import Role, allowed, require

OPERATOR_ACTIONS = {"register", "edit", "import", "print", "list.export.masked", "records.cross_office"}
SUPERVISOR_ACTIONS = {"delete", "restore", "nik.unmask", "list.export.full", "batch.export", "batch.submit",
                      "batch.answers", "batch.manage", "correction", "audit.read", "subject.view", "sync.exchange",
                      "sync.resolve"}
ADMIN_ACTIONS = {"office.setup", "scheme.manage", "operators.manage", "backup.manage", "restore.database",
                 "key.recovery", "data.purge", "keys.trust", "sync.key"}


def test_the_table_holds_exactly_the_agreed_actions():
    assert {a for a, (r, _) in roles.ACTIONS.items() if r is Role.OPERATOR} == OPERATOR_ACTIONS
    assert {a for a, (r, _) in roles.ACTIONS.items() if r is Role.SUPERVISOR} == SUPERVISOR_ACTIONS
    assert {a for a, (r, _) in roles.ACTIONS.items() if r is Role.ADMIN} == ADMIN_ACTIONS
    assert [r.value for r in Role] == ["operator", "supervisor", "admin"]


@pytest.mark.parametrize("role,may", [
    (Role.OPERATOR, OPERATOR_ACTIONS),
    (Role.SUPERVISOR, OPERATOR_ACTIONS | SUPERVISOR_ACTIONS),
    (Role.ADMIN, OPERATOR_ACTIONS | SUPERVISOR_ACTIONS | ADMIN_ACTIONS),
])
def test_each_role_may_exactly_its_actions_and_those_below(role, may):
    session = Session("rina", role)
    for action in roles.ACTIONS:
        assert allowed(session, action) is (action in may), action
        if action in may:
            require(session, action)
        else:
            with pytest.raises(NotAllowed) as caught:
                require(session, action)
            assert caught.value.action == action


def test_refusal_names_the_role_needed_and_who_is_signed_in():
    with pytest.raises(NotAllowed) as caught:
        require(Session("Rina", Role.OPERATOR), "delete")
    assert isinstance(caught.value, UserError)
    assert str(caught.value) == ("Menghapus pendaftaran hanya boleh dilakukan oleh supervisor atau admin; "
                                 "Anda masuk sebagai Rina (operator).")
    with pytest.raises(NotAllowed) as caught:
        require(Session("Budi", Role.SUPERVISOR), "operators.manage")
    assert "hanya boleh dilakukan oleh admin" in str(caught.value) and "Budi (supervisor)" in str(caught.value)


def test_refusal_in_english():
    set_language("en")
    with pytest.raises(NotAllowed) as caught:
        require(Session("Rina", Role.OPERATOR), "nik.unmask")
    assert str(caught.value) == "Showing the full NIK is only for a supervisor or an admin; you are signed in as " \
                                "Rina (operator)."


def test_a_signed_out_session_may_do_nothing_guarded():
    session = Session("Rina", None)
    for action in roles.ACTIONS:
        assert not allowed(session, action)
    with pytest.raises(NotAllowed, match="silakan masuk dulu"):
        require(session, "register")


def test_a_role_given_as_its_stored_text_counts_the_same():
    assert allowed(Session("x", "supervisor"), "delete") and not allowed(Session("x", "operator"), "delete")


def test_an_unknown_action_is_a_bug_not_a_refusal():
    with pytest.raises(ValueError):
        require(Session("x", Role.ADMIN), "registr")


def test_the_test_context_works_as_an_admin(ctx):
    other = ctx.sibling()
    try:
        assert ctx.role is Role.ADMIN and other.role is Role.ADMIN and other.session is ctx.session
    finally:
        other.close()


def test_refusal_for_an_admin_action_in_english():
    set_language("en")
    with pytest.raises(NotAllowed) as caught:
        require(Session("Budi", Role.SUPERVISOR), "backup.manage")
    assert str(caught.value) == "Managing backups is only for an admin; you are signed in as Budi (supervisor)."
