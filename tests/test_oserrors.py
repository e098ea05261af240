"""Each kind of file or folder problem, produced for real, becomes its own sentence saying what to do."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app import oserrors
from desktop_app.errors import UserError
from desktop_app.files import PendingFile, write_bytes


def mount_tmpfs(folder: Path, options: str) -> Path:
    """A small real filesystem (tmpfs) at ``folder``; skips where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("needs Linux mount")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    return folder


@pytest.fixture
def mounts():
    made: list[Path] = []
    yield made
    for folder in made:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_read_only_medium_says_unlock_the_flash_drive(tmp_path, mounts):
    folder = mount_tmpfs(tmp_path / "flashdisk", "ro,size=64k")
    mounts.append(folder)
    with pytest.raises(UserError) as caught:
        write_bytes(folder / "batch-1.xlsx", b"data")
    assert "hanya dapat dibaca" in caught.value.message and "flashdisk" in caught.value.message
    assert str(folder) in caught.value.message and "Read-only" in caught.value.detail


def test_a_full_small_filesystem_says_make_room_and_leaves_nothing(tmp_path, mounts):
    folder = mount_tmpfs(tmp_path / "small", "size=64k")
    mounts.append(folder)
    with pytest.raises(UserError) as caught:
        write_bytes(folder / "cadangan.sqlite", os.urandom(512 * 1024))
    assert "penuh" in caught.value.message and str(folder) in caught.value.message
    assert list(folder.iterdir()) == []                     # the half-written temporary file is gone


def test_a_name_too_long_says_choose_a_shorter_place(tmp_path):
    target = tmp_path / ("daftar-peserta-" * 20 + ".xlsx")
    with pytest.raises(UserError) as caught:
        write_bytes(target, b"data")
    assert "terlalu panjang" in caught.value.message


def test_a_vanished_folder_says_plug_the_drive_back(tmp_path):
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    folder.rmdir()                                          # pulled out after the folder was chosen
    with pytest.raises(UserError) as caught:
        PendingFile(folder / "bukti.pdf")
    assert "tidak ada lagi" in caught.value.message and "flashdisk" in caught.value.message


def test_a_file_in_use_by_another_program_says_close_it_there(tmp_path):
    program = tmp_path / "sleeper"
    shutil.copy(shutil.which("sleep") or "/bin/sleep", program)
    running = subprocess.Popen([str(program), "30"])
    try:
        time.sleep(0.2)
        with pytest.raises(OSError) as raised:
            open(program, "wb")                             # Linux refuses: text file busy (ETXTBSY)
        error = oserrors.file_error(program, raised.value)
    finally:
        running.kill()
        running.wait()
    assert oserrors.kind_of(raised.value) == oserrors.LOCKED
    assert "sedang dibuka di program lain" in error.message and "Tutup" in error.message


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="POSIX permissions; root ignores them")
def test_no_permission_says_choose_another_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError) as caught:
            write_bytes(folder / "x.pdf", b"data")
    finally:
        folder.chmod(0o755)
    assert "tidak diizinkan" in caught.value.message and "close" not in caught.value.message.lower()


def test_reading_a_file_that_vanished_names_the_file(tmp_path):
    path = tmp_path / "desa.xlsx"
    with pytest.raises(OSError) as raised:
        path.read_bytes()
    message = oserrors.describe(raised.value, path, writing=False)
    assert "desa.xlsx" in message and "tidak ada lagi" in message
