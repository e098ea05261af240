"""Atomic file writing: a file appears at its target only when committed, nothing
half-written is left behind, and an unwritable target is one user error."""

import contextlib
import hashlib
import os
import stat

import pytest

from desktop_app.errors import UserError
from desktop_app.files import PendingFile, is_temporary, leftovers, sha256_of, write_bytes, write_text


def test_commit_moves_the_file_into_place(tmp_path):
    target = tmp_path / "out.pdf"
    with PendingFile(target) as pending:
        pending.temp_path.write_bytes(b"%PDF-1.4 done")
        assert not target.exists() and is_temporary(pending.temp_path)
        assert pending.temp_path.parent == tmp_path and pending.temp_path.suffix == ".pdf"
        pending.commit()
    assert target.read_bytes() == b"%PDF-1.4 done"
    assert list(tmp_path.iterdir()) == [target]


def test_leaving_without_commit_removes_the_temporary_file_and_keeps_the_old_target(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with PendingFile(target) as pending:
            pending.temp_path.write_bytes(b"half")
            assert leftovers(target) == [pending.temp_path]
            raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target] and leftovers(target) == []


def test_missing_folder_is_a_user_error_unless_asked_to_make_it(tmp_path):
    with pytest.raises(UserError, match="tidak ada"):
        PendingFile(tmp_path / "nowhere" / "out.pdf")
    written = write_text(tmp_path / "made" / "deeper" / "draft.json", "{}", make_folder=True)
    assert written.read_text(encoding="utf-8") == "{}"


def test_an_oserror_while_writing_becomes_the_one_user_error_and_leaves_nothing(tmp_path):
    target = tmp_path / "report.xlsx"
    with pytest.raises(UserError, match="penuh") as caught:
        with PendingFile(target) as pending:
            pending.temp_path.write_bytes(b"half")
            raise OSError(28, "No space left on device")
    assert "No space left on device" in caught.value.detail and str(target.parent) in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_target_that_cannot_be_replaced_is_a_user_error(tmp_path):
    target = tmp_path / "is-a-folder.xlsx"
    (target / "inside").mkdir(parents=True)
    with pytest.raises(UserError, match="tidak dapat ditulis"):
        write_bytes(target, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["is-a-folder.xlsx"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="POSIX permissions; root ignores them")
def test_a_read_only_folder_is_a_user_error(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError, match="tidak diizinkan menulis"):
            write_text(folder / "draft.json", "{}")
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_transaction_failure_takes_the_committed_file_out_again(tmp_path):
    target = tmp_path / "slips.pdf"
    steps = []

    class Transaction:
        def __enter__(self):
            steps.append("begin")

        def __exit__(self, exc_type, exc, tb):
            if exc_type is None:
                raise RuntimeError("COMMIT failed")   # after the file was moved
            steps.append("rollback")

    with pytest.raises(RuntimeError, match="COMMIT failed"):
        with PendingFile(target) as pending:
            pending.temp_path.write_bytes(b"%PDF")
            with pending.committing(Transaction()):
                steps.append("record")
    assert steps == ["begin", "record"] and not target.exists() and list(tmp_path.iterdir()) == []


def test_failure_inside_the_transaction_moves_nothing(tmp_path):
    target = tmp_path / "slips.pdf"
    with pytest.raises(UserError):
        with PendingFile(target) as pending:
            with pending.committing(contextlib.nullcontext()):
                raise UserError("race")
    assert list(tmp_path.iterdir()) == []


def test_file_gets_normal_permissions_not_owner_only(tmp_path):
    target = tmp_path / "out.pdf"
    with PendingFile(target) as pending:
        pending.commit()
    mode = stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_sha256_is_the_digest_of_the_bytes(tmp_path):
    data = os.urandom(3 << 20)
    path = write_bytes(tmp_path / "export.xlsx", data)
    assert sha256_of(path) == hashlib.sha256(data).hexdigest()
