"""Every CLI command end to end, including bad input (one clear line, non-zero, nothing written)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.__main__ import main, wants_gui
from desktop_app.storage.search import RegistrationQuery
from desktop_app.storage.store import Store


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_nik_human_and_json(capsys):
    code, out, _ = run(capsys, "nik", "6409015708900001")
    assert code == 0 and "VALID" in out and "17 Agustus 1990" in out and "Penajam" in out
    code, out, _ = run(capsys, "nik", "3171013002001234", "--json")
    data = json.loads(out)
    assert code == 1 and data["valid"] is False and data["errors"][0]["code"] == "nik.date"
    assert set(data) >= {"nik", "valid", "sex", "birth_date", "region", "errors", "warnings"}
    code, out, _ = run(capsys, "nik", "640901570890001")
    assert code == 1 and "Excel" in out


def test_demo_then_search_stats_check_backup(capsys, tmp_path):
    db = tmp_path / "demo.db"
    code, out, _ = run(capsys, "demo", "--db", str(db), "--count", "300", "--seed", "7", "--json")
    data = json.loads(out)
    assert code == 0 and data["registrations"] == 300 and data["batches"] > 0
    assert data["stats"]["total"] == 300
    assert data["stats"]["contribution"]["monthly"] == 300 * 16_800

    code, out, _ = run(capsys, "search", "--db", str(db), "6409", "--json", "--limit", "5")
    result = json.loads(out)
    assert code == 0 and len(result["results"]) == 5 and result["total"] > 5
    assert "*" in result["results"][0]["nik"]            # masked by default

    code, out, _ = run(capsys, "search", "--db", str(db), "siti")
    assert code == 0 and "peserta ditampilkan" in out

    code, out, _ = run(capsys, "stats", "--db", str(db), "--json")
    stats = json.loads(out)
    assert sum(v["count"] for v in stats["by_village"]) == 300
    assert sum(stats["by_sex"].values()) == 300
    assert stats["contribution"]["annual"] == 12 * stats["contribution"]["monthly"]

    code, out, _ = run(capsys, "check", "--db", str(db))
    assert code == 0 and "baik" in out

    code, out, _ = run(capsys, "backup", "--db", str(db), "--out", str(tmp_path / "b.db"))
    assert code == 0 and (tmp_path / "b.db").exists()


def test_demo_refuses_a_database_with_data(capsys, tmp_path):
    db = tmp_path / "demo.db"
    run(capsys, "demo", "--db", str(db), "--count", "10")
    code, _, err = run(capsys, "demo", "--db", str(db), "--count", "10")
    assert code == 2 and "sudah berisi 10 pendaftaran" in err
    store = Store.open(db)
    assert store.registrations.count(RegistrationQuery()) == 10
    store.close()


@pytest.mark.parametrize("argv,needle", [
    (["search", "--db", "{tmp}/missing.db", "x"], "tidak ditemukan"),
    (["stats", "--db", "{tmp}/missing.db"], "tidak ditemukan"),
    (["demo", "--db", "{tmp}/d.db", "--count", "0"], "--count"),
    (["restore", "--db", "{tmp}/d.db", "--from", "{tmp}/nothing.db", "--yes"], "bukan cadangan"),
])
def test_bad_input_one_line_nonzero_nothing_written(capsys, tmp_path, argv, needle):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2 and needle in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "missing.db").exists() and not (tmp_path / "d.db").exists()


def test_damaged_database_message(capsys, tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"x" * 4096)
    code, _, err = run(capsys, "stats", "--db", str(db))
    assert code == 2 and "rusak" in err


def test_restore_round_trip(capsys, tmp_path):
    db = tmp_path / "demo.db"
    run(capsys, "demo", "--db", str(db), "--count", "20")
    run(capsys, "backup", "--db", str(db), "--out", str(tmp_path / "b.db"))
    code, out, _ = run(capsys, "restore", "--db", str(db), "--from", str(tmp_path / "b.db"), "--yes")
    assert code == 0 and "dipulihkan" in out


def test_every_command_has_plain_help(capsys):
    for command in ("nik", "demo", "search", "stats", "check", "backup", "restore"):
        with pytest.raises(SystemExit) as caught:
            main([command, "--help"])
        assert caught.value.code == 0
        assert "usage: lindungi " + command in capsys.readouterr().out


def test_window_or_command():
    assert wants_gui([]) and wants_gui(["--db", "x.db"]) and wants_gui(["--demo"])
    assert wants_gui(["--db", "nik"])  # a file called "nik" is not the nik command
    assert not wants_gui(["nik", "1"]) and not wants_gui(["--help"]) and not wants_gui(["--version"])


def test_console_entry_point_and_module_are_the_same_program(tmp_path):
    env = {**os.environ, "LINDUNGI_DATA_DIR": str(tmp_path)}
    args = ["nik", "6409015708900001", "--json"]
    by_module = subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, env=env)
    script = subprocess.run([str(Path(sys.executable).parent / "lindungi"), *args], capture_output=True, text=True,
                            env=env)
    assert by_module.returncode == script.returncode == 0
    assert json.loads(by_module.stdout) == json.loads(script.stdout)


def test_rates_list_and_correct(capsys, tmp_path):
    db = tmp_path / "r.db"
    run(capsys, "demo", "--db", str(db), "--count", "5")
    code, out, _ = run(capsys, "rates", "--db", str(db))
    assert code == 0 and "Rp16.800" not in out and "29 golongan belum dikonfirmasi" in out
    assert "Rp10.000" in out and "confirmed" in out
    code, out, _ = run(capsys, "rates", "--db", str(db), "--set", "1100000", "--jkk", "12500", "--json")
    brackets = json.loads(out)[0]["brackets"]
    assert brackets[1]["jkk"] == 12500 and brackets[1]["status"] == "corrected"
    store = Store.open(db)
    audit = store.audit.recent(action="update")
    store.close()
    assert audit[0]["entity"] == "rate_bracket" and audit[0]["old"] == {"jkk": 12000, "status": "transcribed"}
    code, _, err = run(capsys, "rates", "--db", str(db), "--set", "123")
    assert code == 2 and "golongan" in err


def test_output_piped_into_head_is_not_an_error(tmp_path):
    db = tmp_path / "p.db"
    env = {**os.environ, "LINDUNGI_DATA_DIR": str(tmp_path), "LINDUNGI_PASSWORD": "kata-sandi-demo"}  # a new office
    subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--db", str(db), "--count", "300"], env=env,
                   check=True, capture_output=True)
    pipe = subprocess.run(f'"{sys.executable}" -m desktop_app search --db "{db}" 6409 --limit 300 | head -1',
                          shell=True, env=env, capture_output=True, text=True)
    assert pipe.stdout.count("\n") == 1 and "kesalahan" not in pipe.stderr


def test_the_command_line_speaks_english_when_asked(tmp_path, capsys):
    from desktop_app.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "en", "slips", "--help"])
    out = capsys.readouterr().out
    assert "print enrolment slips" not in out and "Print the enrolment slips of one participant" in out
    assert "the PDF file to write" in out and "berkas PDF" not in out


def test_lang_after_the_command_is_understood_too(tmp_path, capsys):
    from desktop_app.cli import main

    with pytest.raises(SystemExit):
        main(["rates", "--help", "--lang", "en"])
    assert "correct the bracket starting at this income" in capsys.readouterr().out
