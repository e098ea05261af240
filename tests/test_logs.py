"""The windowed app logs to a rotating file in the user's log folder, with NIKs and phones masked."""

import logging

import pytest

from desktop_app import logs


@pytest.fixture
def log_file(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = logs.configure_logging(tmp_path / "logs")
    yield path
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def test_log_file_is_in_the_given_folder_and_masks_personal_data(log_file):
    logging.getLogger("desktop_app.test").warning("saved NIK %s phone %s", "6409015708900001", "081234567890")
    text = log_file.read_text(encoding="utf-8")
    assert log_file.name == "lindungi.log" and "6409********0001" in text and "081******90" in text
    assert "6409015708900001" not in text and "081234567890" not in text


def test_log_rotates_at_one_megabyte_keeping_five_files(log_file):
    logger = logging.getLogger("desktop_app.test")
    for n in range(7000):
        logger.info("line %05d %s", n, "x" * 1000)
    rotated = sorted(p.name for p in log_file.parent.iterdir())
    assert rotated == ["lindungi.log", *[f"lindungi.log.{i}" for i in range(1, 6)]]
    assert all(p.stat().st_size <= 1_000_000 for p in log_file.parent.iterdir())


def test_a_second_call_keeps_the_first_file(log_file, tmp_path):
    assert logs.configure_logging(tmp_path / "elsewhere") == log_file
