"""The windowed app logs to a rotating file in the user's log folder, with NIKs and phones masked."""

import logging
import random
import re

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
    assert log_file.name == "lindungi.log" and "6409********0001" in text and "081*******90" in text
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


SEPARATORS = ["", " ", ".", "-", "_"]
CONTEXTS = ["{x}", "NIK {x} disimpan", "C:\\Users\\op\\Desktop\\slip_{x}.pdf", "/home/op/{x}/batch.xlsx",
            "berkas '{x}.xlsx' ditolak", "ada 3 {x} dan 2", "({x})", "KK={x};", "{x}{x}"]


def _grouped(digits: str, rng: random.Random) -> str:
    """``digits`` with a random separator (or none) between random groups."""
    out, i = [], 0
    while i < len(digits):
        n = rng.randint(1, 5)
        out.append(digits[i:i + n])
        i += n
    if rng.random() < 0.7:                        # one separator throughout, as people type them
        return rng.choice(SEPARATORS).join(out)
    return out[0] + "".join(rng.choice(SEPARATORS) + g for g in out[1:])


def _nik(rng: random.Random) -> str:
    return f"{rng.randint(11, 94)}{rng.randint(1, 99):02d}{rng.randint(1, 99):02d}" \
           f"{rng.randint(1, 71):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}{rng.randint(1, 9999):04d}"


def _phone(rng: random.Random) -> str:
    rest = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(7, 10)))
    return rng.choice(["0", "62", "+62"]) + "8" + str(rng.randint(1, 9)) + rest


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize("seed", range(20))
def test_no_nik_or_phone_survives_any_separators_or_surroundings(seed):
    rng = random.Random(seed)
    for _ in range(200):
        secret = _nik(rng) if rng.random() < 0.5 else _phone(rng)
        written = _grouped(secret.lstrip("+"), rng)
        if secret.startswith("+"):
            written = "+" + written
        masked = logs.mask_personal(rng.choice(CONTEXTS).replace("{x}", written))
        plain = _digits(secret)
        assert plain not in _digits(masked), (written, masked)
        hidden = len(plain) - (8 if len(plain) == 16 else (4 if plain.startswith("62") else 3) + 2)
        assert masked.count("*") >= hidden, (written, masked)


def test_the_examples_from_the_issue_are_masked_keeping_their_shape():
    cases = {"6409.0157.0890.0001": "6409.****.****.0001", "6409 0157 0890 0001": "6409 **** **** 0001",
             "0812-3456-7890": "081*-****-**90", "+62 812 3456 7890": "+62 81* **** **90",
             "ekspor_6409015708900001.xlsx": "ekspor_6409********0001.xlsx"}
    for text, expected in cases.items():
        assert logs.mask_personal(text) == expected


@pytest.mark.parametrize("text", ["auto-office-20261201-210608-harian.db", "20000 rows in 2.5 s",
                                  "batch 12 locked, sha256 3f2a9c", "2026-12-01 21:06:08,123", "versi 1.4.2",
                                  "kode wilayah 64.09.01.2001"])
def test_ordinary_numbers_stay_readable(text):
    assert logs.mask_personal(text) == text
