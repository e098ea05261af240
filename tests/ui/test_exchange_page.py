"""Tukar Data through the window only: two offices' windows, a file sent from one and received by the other,
the same file twice, a conflict decided in Data Peserta › Konflik, and the exchange key handed over.

Real encrypted databases (``tests.sync.offices``), the real worker process behind ``SyncService``, real widgets.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

from desktop_app.services.drafts import DraftStore
from desktop_app.services.sync import SyncService
from desktop_app.storage import driver
from desktop_app.storage.store import Store
from desktop_app.ui import file_dialogs
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.sync import page as exchange_page
from desktop_app.ui.sync.conflicts import ConflictsDialog
from tests import factories
from tests.keys import TEST_KEY
from tests.sync.offices import DESA_A, Office


@pytest.fixture
def offices(tmp_path, regions):
    desa = Office(tmp_path / "offices", regions, "PPU-TTG", "desa", 11, area=DESA_A)
    kec = Office(tmp_path / "offices", regions, "PPU-PNJ", "kecamatan", 10, area="64.09.01")
    desa.add_peer(kec, "up")
    kec.add_peer(desa, "down")
    return desa, kec


@contextlib.contextmanager
def office_window(qtbot, office: Office, tmp_path: Path):
    """The main window of one office's database, as its admin would see it."""
    driver.keys.remember(office.path, TEST_KEY)
    store = Store.open(office.path, auto_backup=False, check=False)
    ctx = factories.context(store, office.regions, "tester")
    settings = UiSettings(tmp_path / f"{office.code}.ini")
    window = MainWindow(ctx, settings, DraftStore(office.path, tmp_path / f"drafts-{office.code}"))
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.undo_stack.clear()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()


def exchange(window):
    window.stack.show_page("exchange")
    return window.stack.page("exchange")


def test_a_file_sent_from_one_window_is_received_in_the_other_once(qtbot, offices, tmp_path, answers, monkeypatch):
    desa, kec = offices
    person = desa.register(full_name="Siti Aminah", village_code=DESA_A)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_a: stick)
    with office_window(qtbot, desa, tmp_path) as window:
        page = exchange(window)
        assert page.peers.rowCount() == 1 and page.peers.item(0, 1).text() == "PPU-PNJ"
        assert page.selected_peer().code == "PPU-PNJ"           # the office above is chosen already
        assert page.send_button.isEnabled()
        page.send_button.click()
        [sent] = list(stick.glob("*.lsync"))
        assert sent.name == "PPU-TTG-PPU-PNJ-1.lsync"
        kind, _title, text = answers.shown[-1]
        assert kind == "info" and sent.name in text and "1 baru" in text
        assert page.ledger.rowCount() == 1 and page.ledger.item(0, 1).text() == "dikirim"
        assert "no. 1" in page.peers.item(0, 4).text()
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: sent)
    with office_window(qtbot, kec, tmp_path) as window:
        page = exchange(window)
        page.receive_button.click()
        kind, _title, text = answers.shown[-1]
        assert kind == "info" and "Dari PPU-TTG, berkas nomor 1: 1 baru" in text
        window.stack.show_page("records")
        records = window.records()
        assert records.model.total() == 1
        assert window.counts_label.text().startswith("1 peserta aktif")
        exchange(window).receive_button.click()                   # the same file again
        kind, _title, text = answers.shown[-1]
        assert "sudah pernah diterima" in text
        assert exchange(window).ledger.rowCount() == 1
    assert kec.get(person.id).full_name == "Siti Aminah"


def test_a_conflict_is_shown_in_data_peserta_and_decided_there(qtbot, offices, tmp_path, answers, monkeypatch):
    desa, kec = offices
    out = tmp_path / "out"
    out.mkdir()
    reg = desa.register(village_code=DESA_A, address="Jl. Lama 1")
    kec.receive(desa.send(kec, out).path)
    desa.edit(reg.id, address="Jl. Desa 2")
    kec.edit(reg.id, address="Jl. Kecamatan 3")
    edited = desa.send(kec, out).path
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: Path(edited))
    answers.ask_replies = [False]                               # "Buka konflik?" — later
    with office_window(qtbot, kec, tmp_path) as window:
        exchange(window).receive_button.click()
        title, text = answers.asked[-1]
        assert "1 konflik menunggu keputusan" in text
        assert "1 konflik" in exchange(window).conflicts_label.text()
        window.stack.show_page("records")
        records = window.records()
        records.refresh()
        qtbot.waitUntil(lambda: records.conflicts_button.isVisible())
        assert records.conflicts_button.text() == "Konflik (1)"
        dialog = ConflictsDialog(window.ctx, window)
        assert dialog.list.rowCount() == 1
        assert [dialog.values.item(0, c).text() for c in range(4)] == [
            "Alamat", "Jl. Lama 1", "Jl. Kecamatan 3", "Jl. Desa 2"]
        assert dialog.list.item(0, 4).text() == "PPU-TTG"
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.close_button.isDefault()                  # Enter decides nothing
        dialog.incoming_button.click()
        assert dialog.list.rowCount() == 0
        dialog.close()
        records.refresh()
        qtbot.waitUntil(lambda: not records.conflicts_button.isVisible())
    assert kec.get(reg.id).address == "Jl. Desa 2"
    assert kec.conflicts() == []


def test_the_exchange_key_is_made_at_the_dinas_and_imported_at_an_office(qtbot, offices, tmp_path, answers,
                                                                          monkeypatch, regions):
    desa, kec = offices
    dinas = Office(tmp_path / "offices", regions, "PPU-DINAS", "kabupaten", 1, area="64.09")
    for office in (desa, kec, dinas):                           # nobody has a key yet
        with office.session() as (store, _ctx), store.write():
            store.db.execute("DELETE FROM sync_key")
    key_file = tmp_path / "kunci-tukar.kuncitukar"

    def typed(dialog_self):
        dialog_self.first.setText("kata-sandi-tukar")
        dialog_self.second.setText("kata-sandi-tukar")
        dialog_self._check()
        return dialog_self.result()
    monkeypatch.setattr(exchange_page.PassphraseDialog, "exec", typed)
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a, **_k: key_file)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: key_file)
    answers.ask_replies = [True]
    with office_window(qtbot, kec, tmp_path) as window:
        page = exchange(window)
        assert not page.receive_button.isEnabled() and "Impor kunci tukar" in page.receive_button.toolTip()
        assert not page.create_key_button.isEnabled() and "Dinas" in page.create_key_button.toolTip()
    with office_window(qtbot, dinas, tmp_path) as window:
        page = exchange(window)
        page.create_key_button.click()
        assert page.export_key_button.isEnabled() and not page.create_key_button.isEnabled()
        page.export_key_button.click()
        assert key_file.is_file() and b"kata-sandi" not in key_file.read_bytes()
        own = SyncService(window.ctx).sync_key_fingerprint()
    with office_window(qtbot, desa, tmp_path) as window:
        page = exchange(window)
        page.import_key_button.click()
        assert answers.shown[-1][0] == "info"
        assert page.receive_button.isEnabled()
        assert SyncService(window.ctx).sync_key_fingerprint() == own


def test_an_operator_sees_the_page_but_may_not_send(qtbot, offices, tmp_path, answers):
    desa, _kec = offices
    with desa.session() as (store, _ctx):
        pass
    driver.keys.remember(desa.path, TEST_KEY)
    store = Store.open(desa.path, auto_backup=False, check=False)
    try:
        ctx = factories.context(store, desa.regions, "tester", role="operator")
        page = exchange_page.ExchangePage(ctx, UiSettings(tmp_path / "op.ini"))
        page.select_peer("PPU-PNJ")
        assert not page.send_button.isEnabled() and "supervisor" in page.send_button.toolTip()
        assert not page.create_key_button.isEnabled() and "admin" in page.create_key_button.toolTip()
        page.deleteLater()
    finally:
        store.close()


def test_the_passphrase_dialog_refuses_a_short_or_mistyped_passphrase(qtbot):
    dialog = exchange_page.PassphraseDialog("Ekspor", "…", confirm=True)
    qtbot.addWidget(dialog)
    dialog.first.setText("pendek")
    dialog.second.setText("pendek")
    dialog._check()
    assert dialog.result() != QDialog.DialogCode.Accepted and "8 karakter" in dialog.problem.text()
    dialog.first.setText("cukup-panjang")
    dialog.second.setText("cukup-panjanG")
    dialog._check()
    assert "tidak sama" in dialog.problem.text()
