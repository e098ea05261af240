"""``Registration.copy`` with heirs among the changes (the form builds records that way)."""

from desktop_app.domain.registration import Heir, Registration


def test_copy_accepts_new_heirs_and_does_not_share_them():
    original = Registration(full_name="Siti", heirs=[Heir("Ahmad", "Suami")])
    new_heirs = [Heir("Budi", "Anak")]
    copy = original.copy(heirs=new_heirs, full_name="Siti Aminah")
    assert copy.full_name == "Siti Aminah"
    assert [h.name for h in copy.heirs] == ["Budi"]
    assert copy.heirs[0] is not new_heirs[0]
    assert [h.name for h in original.heirs] == ["Ahmad"]


def test_copy_without_changes_copies_heirs():
    original = Registration(heirs=[Heir("Ahmad", "Suami")])
    copy = original.copy()
    copy.heirs[0].name = "Changed"
    assert original.heirs[0].name == "Ahmad"

