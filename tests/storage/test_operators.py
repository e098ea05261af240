"""Operator accounts in the database (m008): three roles, the active flag, who changed what."""

import pytest


def test_roles_are_checked_and_changes_stamped(store):
    office = store.office
    office.add_operator("Rina", "supervisor", by="admin")
    with pytest.raises(Exception, match="CHECK constraint"):   # whichever SQLite driver
        office.add_operator("Budi", "kepala")
    office.update_operator("Rina", "admin", role="operator", active=0)
    row = office.operator("rina")
    assert (row["name"], row["role"], row["active"], row["created_by"], row["updated_by"]) == (
        "Rina", "operator", 0, "admin", "admin")
    assert row["created_at"] and row["updated_at"]
    assert office.operators() == [] and len(office.operators(active_only=False)) == 1
    office.add_operator("RINA", "admin", by="x")                  # comes back, role unchanged
    assert office.operator("Rina")["active"] == 1 and office.operator("Rina")["role"] == "operator"
    assert office.active_admins() == 0
