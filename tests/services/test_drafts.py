"""Drafts of unsaved form input: saved atomically, one per database, read back, cleared."""

from desktop_app.files import leftovers
from desktop_app.services.drafts import DraftStore


def test_draft_round_trip_and_clear(tmp_path):
    drafts = DraftStore(tmp_path / "office.db", tmp_path / "drafts")
    assert drafts.load() is None
    drafts.save({"nik": "6409015708900001", "heirs": [{"name": "Ahmad"}]}, editing_id="abc")
    draft = drafts.load()
    assert draft.fields["heirs"][0]["name"] == "Ahmad" and draft.editing_id == "abc"
    assert not leftovers(drafts.path)
    drafts.clear()
    assert drafts.load() is None and not drafts.path.exists()


def test_each_database_has_its_own_draft(tmp_path):
    one = DraftStore(tmp_path / "a.db", tmp_path / "drafts")
    two = DraftStore(tmp_path / "b.db", tmp_path / "drafts")
    one.save({"full_name": "A"})
    assert two.load() is None


def test_an_unreadable_draft_is_no_draft(tmp_path):
    drafts = DraftStore(tmp_path / "office.db", tmp_path / "drafts")
    drafts.path.parent.mkdir(parents=True)
    drafts.path.write_text("{not json", encoding="utf-8")
    assert drafts.load() is None
