"""Render the real window offscreen on a demo database and save screenshots for the docs.

    python tools/screenshots.py            # writes docs/screenshots/*.png
    python tools/screenshots.py --only import    # only the import wizard's pages

Builds a fresh demo office (Kabupaten Penajam Paser Utara, 2,000 synthetic
people) in a temporary folder, starts Lindungi exactly as ``lindungi --db``
does, types a worker half-way into the form, and grabs the form, the records
list, the settings and the first-run wizard at 1366×768 (the common laptop).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 728)          # 768 minus a task bar


def build_demo(folder: Path) -> Path:
    from desktop_app.services.context import Context
    from desktop_app.services.demo import DemoBuilder
    from desktop_app.storage.reference import RegionStore
    from desktop_app.storage.store import Store
    path = folder / "demo.db"
    store, regions = Store.open(path), RegionStore()
    ctx = Context(store, regions, operator="Rina (operator)", role="admin")
    DemoBuilder(ctx, seed=7).build(2000)
    from desktop_app.services.demo_progress import advance
    advance(ctx)          # exported, sent and answered batches, so Laporan has every BPJS state to show
    store.close()
    regions.close()
    return path


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def type_worker(page) -> None:
    """What an officer has typed so far: NIK (birth date and sex follow), names, address…"""
    from PySide6.QtTest import QTest
    form = page.form
    QTest.keyClicks(form.nik, "6409015708900001")
    form.full_name.setText("Siti Aminah")
    form.birth_place.setText("Penajam")
    form.birth_date.setText("18/08/1990")          # differs from the NIK: an amber warning
    form.mother_name.setText("Halimah")
    form.marital_status.set_value("kawin")
    form.address.setText("Jl. Nelayan No. 5")
    form.rt.setText("003")
    form.rw.setText("001")
    page.address.set_village("64.09.01.1007")
    form.phone.setText("0812345")                  # too short: a red error
    form.occupation.set_value("Nelayan/Perikanan")
    form.income.setText("900.000")
    form.heirs.rows[0].name.setText("Ahmad Yani")
    form.heirs.rows[0].relationship.set_value("Suami")
    page.problems.show_all = True
    page.run_check()
    form.phone.setFocus()


def shoot(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main() -> int:
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["LINDUNGI_DATA_DIR"] = str(folder / "userdata")
        db = build_demo(folder)
        from desktop_app.app import start
        for language in ("id", "en"):
            running = start(["--db", str(db), "--lang", language])
            window, app = running.window, running.app
            window.resize(*SIZE)
            window.activateWindow()
            settle(app)
            suffix = "" if language == "id" else "-en"
            if only == "import":
                shoot_import(window, app, folder, suffix)
                running.close()
                continue
            window.stack.show_page("registration")
            type_worker(window.form())
            settle(app)
            shoot(window, f"form{suffix}")
            window.stack.show_page("records")
            records = window.records()
            records.filters.search.setText("siti")
            records.filters.emit_query()
            settle(app)
            shoot(window, f"list{suffix}")
            shoot_batches(window, app, suffix)
            shoot_import(window, app, folder, suffix)
            shoot_reports(window, app, suffix)
            if language == "id":
                shoot_verify(running)
                window.stack.show_page("settings")
                window.stack.page("settings").setCurrentIndex(1)
                settle(app)
                shoot(window, "settings")
                settings_page = window.stack.page("settings")
                settings_page.setCurrentWidget(settings_page.backups_tab)
                settle(app)
                shoot(window, "settings-backups")
                shoot_wizard(running)
            window.form().discard_draft()
            window.form().new_record(carry=False)
            running.close()
    return 0


def shoot_batches(window, app, suffix: str) -> None:
    """The Batch page with the biggest batch chosen, so the detail panel has members and totals."""
    page = window.stack.show_page("batches")
    biggest = max(page.model._rows, key=lambda line: line.counts.people)
    page.select_batch(biggest.batch.id)
    page.detail.members.selectRow(0)
    settle(app)
    shoot(window, f"batches{suffix}")
    from desktop_app.ui.batches.submit_dialog import SubmitDialog
    dialog = SubmitDialog(biggest.batch.id, biggest.counts.people, page.ctx.today(),
                          "Disnakertrans Kabupaten Penajam Paser Utara", window)
    dialog.letter.setText("560/214/Kec.Pnj/XI/2026")
    dialog.show()
    settle(app)
    shoot(dialog, f"batch-submit{suffix}")
    dialog.close()
    from desktop_app.services.office import OfficeService
    from desktop_app.ui.batches.renew_dialog import RenewDialog
    renew = RenewDialog(OfficeService(page.ctx).schemes(), window)
    renew.pks.setText("560/002/DTK-PPU/I/2027")
    renew.show()
    settle(app)
    shoot(renew, f"batch-renew{suffix}")
    renew.close()


def _headerless(folder: Path) -> Path:
    """A list typed without a header row: only the columns' values can say what they are."""
    from openpyxl import Workbook

    from tests.village_corpus.people import People
    people = People(77)
    wb = Workbook()
    for _ in range(12):
        p = people.person()
        wb.active.append([p.nik, p.name, p.place, p.birth.strftime("%d-%m-%Y"), p.sex, p.mother, p.address,
                          p.village, p.occupation, p.phone, p.heir, p.relation])
    path = folder / "tanpa-judul.xlsx"
    wb.save(path)
    return path


def shoot_import(window, app, folder: Path, suffix: str) -> None:
    """The import wizard on corpus files (nothing is imported): the sheets and columns of a workbook with one
    sheet per kelurahan, a list without headers whose columns are recognised from their values (to confirm),
    and the preview of a difficult list."""
    from tests.village_corpus.builder import build
    from tests.village_corpus.corpus import tuning
    files = {spec.name: spec for spec in tuning()}
    wizard = window.stack.show_page("import").wizard
    for name, shots in (("03-per-kelurahan", ["import-mapping"]), ("", ["import-confirm"]),
                        ("10-hostile", [None, "import-preview"])):
        path = build(files[name], folder)[0] if name else _headerless(folder)
        wizard.file_page.path.setText(str(path))
        for shot in shots:
            if wizard.currentPage() is wizard.mapping_page:
                wizard.mapping_page.confirm.setChecked(True)
            wizard.next()
            settle(app)
            if shot:
                shoot(window, f"{shot}{suffix}")
        wizard.done(0)
        settle(app)


def shoot_reports(window, app, suffix: str) -> None:
    """Laporan with its charts, then the per-desa table (people by BPJS state, committed and pending)."""
    page = window.stack.show_page("reports")
    page.refresh()
    page.tabs.setCurrentIndex(0)
    settle(app)
    shoot(window, f"reports{suffix}")
    page.tabs.setCurrentWidget(page.tables["village"])
    settle(app)
    shoot(window, f"reports-desa{suffix}")


def shoot_verify(running) -> None:
    """The verify dialog with the code of a slip just printed (signed with the demo office's key)."""
    from desktop_app.domain.nik import mask_nik
    from desktop_app.domain.regnumber import format_number
    from desktop_app.domain.slip_token import SlipToken, sign
    from desktop_app.services.verification import ensure_key
    from desktop_app.ui.verify_dialog import VerifyDialog
    ctx = running.ctx
    reg = ctx.store.registrations.get_by_seq(1)
    code = sign(SlipToken(format_number(reg.seq), mask_nik(reg.nik), reg.scheme_id, ctx.today()),
                ensure_key(ctx.store))
    dialog = VerifyDialog(ctx, running.window)
    dialog.code.setText(code)
    dialog.show()
    dialog.check()
    settle(running.app)
    shoot(dialog, "verify")
    dialog.close()


def shoot_wizard(running) -> None:
    from desktop_app.services.context import Context
    from desktop_app.storage.store import Store
    from desktop_app.ui.settings import UiSettings
    from desktop_app.ui.setup.wizard import FirstRunWizard
    folder = Path(tempfile.mkdtemp())
    store = Store.open(folder / "new.db")
    ctx = Context(store, running.ctx.regions, clock=date.today, role="admin")
    wizard = FirstRunWizard(ctx, UiSettings(folder / "settings.ini"))
    editor = wizard.office_editor
    editor.cascade.province.set_value("64")
    editor.cascade.regency.set_value("64.09")
    editor.cascade.district.set_value("64.09.01")
    wizard.show()
    wizard.next()
    editor.head_name.setText("Drs. Contoh Camat, M.Si.")
    editor.head_title.setText("Camat Penajam")
    wizard.operator.setText("Rina")
    wizard.next()
    settle(running.app)
    shoot(wizard, "wizard")
    wizard.close()
    store.close()


if __name__ == "__main__":
    sys.exit(main())
