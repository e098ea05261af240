"""Two copies of Lindungi on one machine, each its own process and database, driven through the window.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tools/walk_two_offices.py STEP
    STEP: dinas-setup, kec-setup, dinas-receive, then dinas-folder and kec-folder at the same time
    (two processes: the kecamatan edits a person and both exchange through the folder tukar by themselves)

The first-run wizard of each office (kabupaten PPU-DINAS no. 1, kecamatan PPU-PNJ no. 10), the exchange key
made and exported at the Dinas and imported at the kecamatan, two people registered through the form, a file
sent on a "flash drive" and received (twice: the second changes nothing), then the folder tukar.
The person is played by timers that click the real widgets; message boxes, file dialogs and the
passphrase prompt are answered here (as a person would type). Screenshots go to SHOTS.
"""
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWizard

ROOT = Path("/tmp/walk")
SHOTS = ROOT / "shots"
STICK = ROOT / "flashdisk"
SHARED = ROOT / "folder-tukar"
for d in (SHOTS, STICK, SHARED):
    d.mkdir(parents=True, exist_ok=True)
PASSWORD = "sandi-panjang-walk"
STEP = sys.argv[1]
OFFICE = "dinas" if STEP.startswith("dinas") else "kec"
os.environ["LINDUNGI_DATA_DIR"] = str(ROOT / f"data-{OFFICE}")
DB = ROOT / f"{OFFICE}.db"

from desktop_app.ui import file_dialogs, msgbox  # noqa: E402
from desktop_app.ui.sync import page as exchange_page  # noqa: E402

log = []


def say(text):
    print(f"[{STEP}] {text}", flush=True)


def fake_ask(parent, title, text, **kw):
    say(f"ASK {title}: {text[:120]} -> yes")
    return True


def fake_show(kind):
    def show(parent, title, text, *rest):
        say(f"{kind.upper()} {title}: {text[:300]}")
        log.append((kind, title, text))
    return show


msgbox.ask = fake_ask
for k in ("info", "warn", "error"):
    setattr(msgbox, k, fake_show(k))
KEY_FILE = ROOT / "kunci-tukar.kuncitukar"
file_dialogs.save_file = lambda parent, title, suggested, filt, default_suffix=".xlsx": (
    KEY_FILE if default_suffix == ".kuncitukar" else ROOT / f"{OFFICE}-{Path(suggested).name}")
file_dialogs.choose_folder = lambda *a, **k: STICK


def typed_passphrase(self):
    self.first.setText("kata-sandi-tukar-kab")
    self.second.setText("kata-sandi-tukar-kab")
    self._check()
    return self.result()


exchange_page.PassphraseDialog.exec = typed_passphrase


def shot(widget, name):
    for _ in range(10):
        QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))
    say(f"screenshot {name}.png")


def type_into(combo, text):
    combo.lineEdit().setFocus()
    QTest.keyClicks(combo.lineEdit(), text)
    combo.resolve_text()


def fill_wizard(kabupaten: bool, code: str, number: int, operator: str):
    w = QApplication.activeModalWidget()
    if not isinstance(w, QWizard):
        QTimer.singleShot(100, lambda: fill_wizard(kabupaten, code, number, operator))
        return
    e = w.office_editor
    type_into(e.cascade.province, "kalimantan tim")
    type_into(e.cascade.regency, "penajam")
    if not kabupaten:
        type_into(e.cascade.district, "penajam")
    w.identity_box.code.setText(code)
    w.identity_box.number.setValue(number)
    shot(w, f"walk-{OFFICE}-wizard-1")
    w.next()
    if kabupaten:
        e.name.setText("Dinas Tenaga Kerja Kabupaten Penajam Paser Utara")
    e.head_name.setText("Kepala Contoh")
    e.head_title.setText("Kepala Dinas" if kabupaten else "Camat")
    w.operator.setText(operator)
    w.next()
    w.scheme_editor.pks_number.setText("560/12/2026")
    w.next()
    w.admin_page.password.setText(PASSWORD)
    w.admin_page.again.setText(PASSWORD)
    say(f"wizard at page {w.currentId()}; finishing")
    w.button(QWizard.WizardButton.FinishButton).click()


def exchange(window):
    window.stack.show_page("exchange")
    return window.stack.page("exchange")


def add_peer(page, code, name, number, direction):
    def fill(self):
        self.code.setText(code)
        self.name.setText(name)
        self.number.setValue(number)
        self.direction.setCurrentIndex(self.direction.findData(direction))
        return QDialog.DialogCode.Accepted
    exchange_page.PeerDialog.exec = fill
    page.add_peer_button.click()


def register_person(window, nik, name):
    from desktop_app.services.office import OfficeService
    from tests import factories
    from tests.ui.conftest import fill_form
    window.new_registration()
    form = window.form()
    scheme = OfficeService(window.ctx).default_scheme()
    from desktop_app.domain.nik import parse_nik
    info = parse_nik(nik, window.ctx.regions, today=window.ctx.today())
    reg = factories.registration(nik=nik, full_name=name, village_code="64.09.01.1001", scheme_id=scheme.id,
                                 coverage_start=scheme.coverage_start, coverage_end=scheme.coverage_end,
                                 birth_date=info.birth_date, sex=info.sex)
    fill_form(form, reg)
    shot(window, f"walk-{OFFICE}-form")
    form.saver.save(then_new=False)
    say(f"saved: {form.base.id and window.ctx.store.registrations.get(form.base.id).full_name}")


def steps(running):
    w = running.window
    w.resize(1320, 800)
    if STEP == "dinas-setup":
        page = exchange(w)
        page.create_key_button.click()
        page.export_key_button.click()
        add_peer(page, "PPU-PNJ", "Kantor Kecamatan Penajam", 10, "down")
        shot(w, "walk-dinas-exchange")
    elif STEP == "kec-setup":
        page = exchange(w)
        file_dialogs.open_file = lambda *a, **k: KEY_FILE
        def passphrase(self):
            self.first.setText("kata-sandi-tukar-kab")
            self._check()
            return self.result()
        exchange_page.PassphraseDialog.exec = passphrase
        page.import_key_button.click()
        add_peer(page, "PPU-DINAS", "Dinas Tenaga Kerja PPU", 1, "up")
        register_person(w, "6409015708900001", "Siti Aminah")
        register_person(w, "6409010101850002", "Budi Santoso")
        page = exchange(w)
        page.send_button.click()
        shot(w, "walk-kec-exchange-sent")
    elif STEP == "dinas-receive":
        page = exchange(w)
        sent = sorted(STICK.glob("PPU-PNJ-PPU-DINAS-*.lsync"))[-1]
        file_dialogs.open_file = lambda *a, **k: sent
        page.receive_button.click()
        page.receive_button.click()                      # the same file again: nothing changes
        shot(w, "walk-dinas-received")
        w.stack.show_page("records")
        w.records().refresh()
        shot(w, "walk-dinas-records")
    elif STEP in ("dinas-folder", "kec-folder"):
        page = exchange(w)
        if STEP == "kec-folder":
            from desktop_app.domain.record_query import RegistrationQuery
            from desktop_app.services.records import RecordsService
            first = RecordsService(w.ctx).page(RegistrationQuery(), 0, 1)[0]
            w.open_record(first["id"])
            form = w.form()
            form.form.phone.setText("081355550000")
            form.saver.save(then_new=False)
            say("phone changed in the form and saved")
            page = exchange(w)
        page.set_folder(SHARED)
        page.folder_auto.setChecked(True)          # the watcher runs a pass within a few seconds
        started = time.monotonic()

        def wait():
            done = [e for e in page.service.ledger() if e.direction == ("received" if OFFICE == "dinas" else "sent")
                    and e.file_name.endswith("-2.lsync")]
            if done or time.monotonic() - started > 90:
                say(f"folder pass: {[(e.direction, e.file_name, e.updated) for e in page.service.ledger()][:3]}")
                shot(w, f"walk-{OFFICE}-folder")
                w.close()
                return
            QTimer.singleShot(500, wait)
        QTimer.singleShot(500, wait)
        return
    w.close()


def main():
    from desktop_app.app import start
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if STEP == "dinas-setup":
        QTimer.singleShot(300, lambda: fill_wizard(True, "PPU-DINAS", 1, "admin-dinas"))
    elif STEP == "kec-setup":
        QTimer.singleShot(300, lambda: fill_wizard(False, "PPU-PNJ", 10, "admin-kec"))
    else:
        os.environ["LINDUNGI_PASSWORD"] = PASSWORD
        os.environ["LINDUNGI_OPERATOR"] = "admin-dinas" if OFFICE == "dinas" else "admin-kec"
    running = start(["--db", str(DB)])
    if isinstance(running, int):
        say(f"start returned {running}")
        return running
    QTimer.singleShot(500, lambda: steps(running))
    code = app.exec()
    running.close()
    say(f"done ({code}); messages: {len(log)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
