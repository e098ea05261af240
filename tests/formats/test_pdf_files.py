"""A PDF appears at its target only when committed; otherwise nothing is left behind."""

import pytest

from desktop_app.errors import UserError
from desktop_app.formats.pdf_files import PendingFile


def test_commit_moves_the_file_into_place(tmp_path):
    target = tmp_path / "out.pdf"
    with PendingFile(target) as pending:
        pending.temp_path.write_bytes(b"%PDF-1.4 done")
        assert not target.exists()
        pending.commit()
    assert target.read_bytes() == b"%PDF-1.4 done"
    assert list(tmp_path.iterdir()) == [target]


def test_leaving_without_commit_removes_the_temporary_file_and_keeps_the_old_target(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with PendingFile(target) as pending:
            pending.temp_path.write_bytes(b"half")
            raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="tidak ada"):
        PendingFile(tmp_path / "nowhere" / "out.pdf")


def test_file_gets_normal_permissions_not_owner_only(tmp_path):
    import os
    import stat
    target = tmp_path / "out.pdf"
    with PendingFile(target) as pending:
        pending.commit()
    mode = stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
