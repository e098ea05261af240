"""Drafts of unsaved form input: inside the encrypted database, one per database, read back, cleared."""

import json

from desktop_app.services.drafts import DraftStore
from desktop_app.storage.store import Store

NIK = "6409015708900001"


def test_draft_round_trip_and_clear_leave_no_plaintext_file(store, db_path, tmp_path):
    drafts = DraftStore(db_path, tmp_path / "drafts")
    assert drafts.load() is None
    drafts.save({"nik": NIK, "heirs": [{"name": "Ahmad"}]}, editing_id="abc")
    draft = drafts.load()
    assert draft.fields["heirs"][0]["name"] == "Ahmad" and draft.editing_id == "abc"
    assert store.drafts.get()[0]["nik"] == NIK                      # in the office database itself
    assert not (tmp_path / "drafts").exists()
    for path in db_path.parent.glob(db_path.name + "*"):
        assert NIK.encode() not in path.read_bytes(), path.name     # database and WAL are encrypted
    drafts.clear()
    assert drafts.load() is None and store.drafts.get() is None


def test_each_database_has_its_own_draft(tmp_path):
    for name in ("a.db", "b.db"):
        Store.open(tmp_path / name).close()
    one = DraftStore(tmp_path / "a.db", tmp_path / "drafts")
    two = DraftStore(tmp_path / "b.db", tmp_path / "drafts")
    one.save({"full_name": "A"})
    assert two.load() is None and one.load().fields == {"full_name": "A"}


def test_a_json_draft_of_an_earlier_version_moves_into_the_database(store, db_path, tmp_path):
    drafts = DraftStore(db_path, tmp_path / "drafts")
    drafts.legacy_path.parent.mkdir(parents=True)
    drafts.legacy_path.write_text(json.dumps({"format": 1, "saved_at": "2026-11-20T10:00:00", "editing_id": "",
                                              "fields": {"nik": NIK}}), encoding="utf-8")
    assert drafts.load().fields == {"nik": NIK}
    assert not drafts.legacy_path.exists() and store.drafts.get()[0] == {"nik": NIK}


def test_an_unreadable_old_draft_is_no_draft_and_is_removed(store, db_path, tmp_path):
    drafts = DraftStore(db_path, tmp_path / "drafts")
    drafts.legacy_path.parent.mkdir(parents=True)
    drafts.legacy_path.write_text("{not json", encoding="utf-8")
    assert drafts.load() is None and not drafts.legacy_path.exists()


def test_no_database_means_no_draft_and_no_error(tmp_path):
    drafts = DraftStore(tmp_path / "tidak-ada.db", tmp_path / "drafts")
    drafts.save({"full_name": "A"})
    assert drafts.load() is None and not (tmp_path / "tidak-ada.db").exists()
