"""Tried as someone who found the laptop: after a full session (register, draft, import, export,
print, backup) no file the app wrote — database, WAL, backups, drafts, scratch and temp
folders, logs — holds a readable NIK, name or phone. The Excel export and the PDFs the
officer chose to write for BPJS are the user's outputs and are not searched."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop_app.cli import main
from desktop_app.services.drafts import DraftStore
from desktop_app.services.registry import RegistryService
from tests import factories
from tests.village_lists import messy_list

NAME, PHONE = "Sumiati Rahayuningsih", "081377712345"


def _run(capsys, *argv) -> dict:
    assert main([str(a) for a in argv] + ["--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def _files_written(roots: list[Path], outputs: Path) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and outputs not in path.parents:
                found.append(path)
    return found


def test_no_file_the_app_wrote_holds_a_readable_nik_name_or_phone(ctx, db_path, out_dir, tmp_path, capsys):
    person = RegistryService(ctx).register(factories.registration(full_name=NAME, phone=PHONE), confirm_similar=True)
    DraftStore(db_path).save({"nik": person.nik, "full_name": NAME, "phone": PHONE})       # a crash draft
    village = out_dir / "desa.xlsx"                                   # the village's own file
    messy_list(village)
    imported = _run(capsys, "import", village, "--db", db_path, "--report", out_dir / "laporan.xlsx")
    batch = _run(capsys, "batch", "create", "--db", db_path, "--unbatched")["batch_id"]
    _run(capsys, "export", "--db", db_path, "--batch", batch, "--out", out_dir / "kirim.xlsx")
    _run(capsys, "slips", "--db", db_path, "--batch", batch, "--out", out_dir / "bukti.pdf")
    usb = tmp_path / "flashdisk"
    assert main(["backup", "--db", str(db_path), "--out", str(usb / "cadangan.db")]) == 0
    capsys.readouterr()
    secrets = [person.nik, NAME, PHONE, NAME.upper()]
    secrets += [d["nik"] for d in imported["details"] if d.get("status") == "new" and d.get("nik")][:5]
    assert len(secrets) > 5
    data_dir = Path(os.environ["LINDUNGI_DATA_DIR"])
    written = _files_written([tmp_path, data_dir], out_dir)
    names = {p.name for p in written}
    assert {"office.db", "office.db-wal"} <= names                   # the database is open: its WAL too
    assert any(p.parent.name == "backups" for p in written) and usb / "cadangan.db" in written
    for path in written:
        raw = path.read_bytes()
        for secret in secrets:
            for form in {secret.encode("utf-8"), secret.encode("utf-16-le")}:
                assert form not in raw, f"{secret[:4]}… readable in {path}"
