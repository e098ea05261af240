"""Tukar Data: send this office's changes to a partner office, receive theirs, see what travelled.

Every action is one ``SyncService`` call run through ``ui/workers.run_task`` (the engine itself runs in
its own worker process, started by the service). Sending and receiving are for a supervisor, the exchange
key for an admin; the buttons say so in their tooltips and the service refuses anyone else anyway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_moment
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services import roles
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.sync import ReceiveResult, SendResult, SyncService
from desktop_app.services.sync_folder import FolderPass
from desktop_app.ui import file_dialogs, msgbox
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.sync.conflicts import ConflictsDialog
from desktop_app.ui.widgets.buttons import action_and_cancel
from desktop_app.ui.widgets.tables import read_only_table
from desktop_app.ui.workers import report, run_task

MIN_PASSPHRASE = 8


def _number(value) -> str:
    return str(value) if value else "–"


class PeerDialog(QDialog):
    """A partner office: the code and number the Dinas gave it, its name, and which way it sits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah kantor mitra"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("mis. PPU-WARU"))
        self.code.textEdited.connect(lambda text: self.code.setText(text.upper()))
        self.name = QLineEdit()
        self.number = QSpinBox()
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(self.tr("belum tahu"))
        self.direction = QComboBox()
        for value, text in (("up", self.tr("di atas kantor ini (mis. kecamatan, Dinas)")),
                            ("down", self.tr("di bawah kantor ini (mis. desa)")),
                            ("", self.tr("setingkat"))):
            self.direction.addItem(text, value)
        form = QFormLayout()
        form.addRow(self.tr("&Kode kantor:"), self.code)
        form.addRow(self.tr("&Nama kantor:"), self.name)
        form.addRow(self.tr("N&omor kantor:"), self.number)
        form.addRow(self.tr("&Letak:"), self.direction)
        note = QLabel(self.tr("Kode dan nomor kantor diberikan oleh Dinas; lihat Bantuan › Tentang Lindungi di "
                              "kantor mitra."))
        note.setWordWrap(True)
        note.setObjectName("fieldHint")
        self.ok_button, self.cancel_button, buttons = action_and_cancel(self, self.tr("&Tambahkan"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.ok_button.setDefault(True)


class PassphraseDialog(QDialog):
    """A passphrase for the exchange-key file; asked twice when the file is being made."""

    def __init__(self, title: str, text: str, *, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("errorText")
        form = QFormLayout()
        form.addRow(self.tr("&Kata sandi berkas:"), self.first)
        if confirm:
            form.addRow(self.tr("&Ulangi:"), self.second)
        self.confirm = confirm
        self.ok_button, self.cancel_button, buttons = action_and_cancel(self, self.tr("OK"), self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.ok_button.setDefault(True)
        self.resize(480, self.sizeHint().height())

    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        if self.confirm and len(self.first.text()) < MIN_PASSPHRASE:
            self.problem.setText(fill(self.tr("Kata sandi berkas paling sedikit {n} karakter."), n=MIN_PASSPHRASE))
            return
        if self.confirm and self.first.text() != self.second.text():
            self.problem.setText(self.tr("Kedua isian kata sandi tidak sama."))
            return
        self.accept()


class ExchangePage(QWidget):
    """``records_changed`` after a file was received (every view catches up); ``folder_changed`` when the
    folder tukar or its automatic mode was changed here (the window restarts its watcher);
    ``folder_run_requested`` asks the window's watcher for a pass now."""

    records_changed = Signal()
    folder_changed = Signal()
    folder_run_requested = Signal()

    def __init__(self, ctx: Context, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.service = SyncService(ctx)
        self.identity_label = QLabel()
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.create_key_button = QPushButton(self.tr("&Buat kunci tukar…"))
        self.export_key_button = QPushButton(self.tr("E&kspor kunci tukar…"))
        self.import_key_button = QPushButton(self.tr("&Impor kunci tukar…"))
        self.create_key_button.clicked.connect(self.create_key)
        self.export_key_button.clicked.connect(self.export_key)
        self.import_key_button.clicked.connect(self.import_key)
        self.peers = read_only_table([self.tr("Kantor"), self.tr("Kode"), self.tr("Nomor"), self.tr("Letak"),
                                      self.tr("Terakhir dikirim"), self.tr("Terakhir diterima")])
        self.peers.itemSelectionChanged.connect(self._update_buttons)
        self.peers.doubleClicked.connect(lambda _i: self.send())
        self.add_peer_button = QPushButton(self.tr("&Tambah kantor mitra…"))
        self.send_button = QPushButton(self.tr("&Kirim ke kantor ini…"))
        self.resend_button = QPushButton(self.tr("Kirim &ulang semua…"))
        self.receive_button = QPushButton(self.tr("&Terima berkas…"))
        self.add_peer_button.clicked.connect(self.add_peer)
        self.send_button.clicked.connect(lambda: self.send())
        self.resend_button.clicked.connect(lambda: self.send(full=True))
        self.receive_button.clicked.connect(lambda: self.receive())
        self.conflicts_label = QLabel()
        self.conflicts_button = QPushButton(self.tr("Buka &konflik…"))
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Pilih &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_auto = QCheckBox(self.tr("Kirim dan terima &otomatis lewat folder ini (tiap 5 menit dan saat "
                                             "ada berkas baru)"))
        self.folder_auto.toggled.connect(self._auto_toggled)
        self.folder_now_button = QPushButton(self.tr("Jalankan &sekarang"))
        self.folder_now_button.clicked.connect(self.folder_run_requested)
        self.folder_status = QLabel()
        self.folder_status.setWordWrap(True)
        self.folder_status.setObjectName("fieldHint")
        self.ledger = read_only_table([self.tr("Waktu"), self.tr("Arah"), self.tr("Kantor"), self.tr("No."),
                                       self.tr("Baru"), self.tr("Diubah"), self.tr("Dihapus"), self.tr("Konflik"),
                                       self.tr("Operator"), self.tr("Berkas")])
        self._build_layout()
        self.refresh()

    # --- layout -------------------------------------------------------------------
    def _build_layout(self) -> None:
        key_box = QGroupBox(self.tr("Kantor ini dan kunci tukar"))
        key_row = QHBoxLayout()
        key_row.addStretch(1)
        for button in (self.create_key_button, self.export_key_button, self.import_key_button):
            key_row.addWidget(button)
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(self.identity_label)
        key_layout.addWidget(self.key_label)
        key_layout.addLayout(key_row)

        peers_box = QGroupBox(self.tr("Kantor mitra"))
        peer_row = QHBoxLayout()
        peer_row.addWidget(self.add_peer_button)
        peer_row.addStretch(1)
        for button in (self.resend_button, self.send_button, self.receive_button):
            peer_row.addWidget(button)
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(self.conflicts_label, 1)
        conflict_row.addWidget(self.conflicts_button)
        peers_layout = QVBoxLayout(peers_box)
        peers_layout.addWidget(self.peers, 1)
        peers_layout.addLayout(peer_row)
        peers_layout.addLayout(conflict_row)

        folder_box = QGroupBox(self.tr("Folder tukar"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.folder_now_button)
        folder_layout = QVBoxLayout(folder_box)
        folder_layout.addLayout(folder_row)
        folder_layout.addWidget(self.folder_auto)
        folder_layout.addWidget(self.folder_status)

        ledger_box = QGroupBox(self.tr("Berkas yang dikirim dan diterima"))
        ledger_layout = QVBoxLayout(ledger_box)
        ledger_layout.addWidget(self.ledger)

        layout = QVBoxLayout(self)
        layout.addWidget(key_box)
        layout.addWidget(peers_box, 2)
        layout.addWidget(folder_box)
        layout.addWidget(ledger_box, 2)

    # --- showing --------------------------------------------------------------------
    def refresh(self) -> None:
        identity = OfficeService(self.ctx).identity()
        if identity.code:
            self.identity_label.setText(fill(self.tr("Kantor ini: {name} — kode {code}, nomor {number}."),
                                             name=identity.name, code=identity.code,
                                             number=_number(identity.number)))
        else:
            self.identity_label.setText(self.tr("Kode kantor belum diisi. Isi kode dan nomor kantor dari Dinas di "
                                                "Pengaturan › Kantor sebelum bertukar data."))
        if self.service.has_sync_key():
            self.key_label.setText(self.tr("Kunci tukar kabupaten sudah ada: berkas yang dikirim tersandi dengan "
                                           "kunci ini dan hanya dapat dibuka kantor yang memilikinya."))
        else:
            self.key_label.setText(self.tr("Belum ada kunci tukar. Dinas membuat kunci tukar sekali (Buat kunci "
                                           "tukar), lalu mengekspornya ke kantor-kantor; kantor lain "
                                           "mengimpornya (Impor kunci tukar)."))
        chosen = self.selected_peer() if hasattr(self, "_peers") else None
        self._peers = peers = self.service.peers()
        self.peers.setRowCount(len(peers))
        directions = {"up": self.tr("di atas"), "down": self.tr("di bawah"), "": self.tr("setingkat")}
        for row, peer in enumerate(peers):
            sent = fill(self.tr("no. {n}, {date}"), n=peer.sent_seq, date=format_moment(peer.last_sent_at)) \
                if peer.sent_seq else "–"
            got = fill(self.tr("no. {n}, {date}"), n=peer.received_seq, date=format_moment(peer.last_received_at)) \
                if peer.received_seq else "–"
            values = (peer.name or peer.code, peer.code, _number(peer.number),
                      directions.get(peer.direction, peer.direction), sent, got)
            for column, value in enumerate(values):
                self.peers.setItem(row, column, QTableWidgetItem(value))
        if peers:                       # the partner chosen before, else the first office above this one
            above = next((p.code for p in peers if p.direction == "up"), peers[0].code)
            self.select_peer(chosen.code if chosen is not None else above)
        self._show_conflicts()
        self._show_folder()
        self._show_ledger()
        self._update_buttons()

    def _show_conflicts(self) -> None:
        count = len(self.service.conflicts()) if roles.allowed(self.ctx, "sync.resolve") else 0
        self.conflicts_label.setText(self.tr("%n konflik menunggu keputusan.", "", count) if count
                                     else self.tr("Tidak ada konflik yang menunggu keputusan."))
        self.conflicts_button.setEnabled(count > 0)

    def _show_folder(self) -> None:
        folder = self._folder()
        self.folder_label.setText(fill(self.tr("Folder: {path}"), path=folder) if folder
                                  else self.tr("Belum ada folder tukar. Pilih folder bersama (mis. folder yang "
                                               "disinkronkan dengan kantor mitra) atau flash disk."))
        self.folder_auto.blockSignals(True)
        self.folder_auto.setChecked(bool(folder) and self.settings.exchange_auto_for(self.ctx.db_path))
        self.folder_auto.blockSignals(False)
        self.folder_auto.setEnabled(bool(folder))
        self.folder_now_button.setEnabled(bool(folder))

    def _show_ledger(self) -> None:
        entries = self.service.ledger() if roles.allowed(self.ctx, "sync.exchange") else []
        self.ledger.setRowCount(len(entries))
        directions = {"sent": self.tr("dikirim"), "received": self.tr("diterima")}
        for row, entry in enumerate(entries):
            values = (format_moment(entry.at), directions.get(entry.direction, entry.direction), entry.peer,
                      str(entry.seq), str(entry.new), str(entry.updated), str(entry.deleted), str(entry.conflicts),
                      entry.operator, entry.file_name)
            for column, value in enumerate(values):
                self.ledger.setItem(row, column, QTableWidgetItem(value))

    def show_folder_pass(self, result: FolderPass | None, problem: str = "") -> None:
        """The window's folder watcher tells the page what its last pass did."""
        if problem:
            self.folder_status.setText(problem)
        elif result is not None:
            self.folder_status.setText(fill(self.tr("Terakhir dijalankan: {received} berkas diterima, {sent} dikirim."),
                                            received=len(result.received), sent=len(result.sent))
                                       + ("\n" + "\n".join(result.problems) if result.problems else ""))
        self.refresh()

    def _folder(self) -> str:
        return self.settings.exchange_folder_for(self.ctx.db_path)

    def _update_buttons(self) -> None:
        exchange = roles.allowed(self.ctx, "sync.exchange")
        key = roles.allowed(self.ctx, "sync.key")
        has_key = self.service.has_sync_key()
        chosen = self.peers.currentRow() >= 0
        no_exchange = "" if exchange else self.tr("Hanya supervisor atau admin yang dapat mengirim dan menerima.")
        no_key = "" if key else self.tr("Hanya admin yang dapat mengelola kunci tukar.")
        for button, on in ((self.send_button, exchange and chosen and has_key),
                           (self.resend_button, exchange and chosen and has_key),
                           (self.receive_button, exchange and has_key),
                           (self.add_peer_button, exchange)):
            button.setEnabled(on)
            button.setToolTip(no_exchange)
        if exchange and not has_key:
            for button in (self.send_button, self.resend_button, self.receive_button):
                button.setToolTip(self.tr("Impor kunci tukar dari Dinas dulu."))
        kabupaten = OfficeService(self.ctx).identity().level in ("", "kabupaten")
        self.create_key_button.setEnabled(key and not has_key and kabupaten)
        self.export_key_button.setEnabled(key and has_key)
        self.import_key_button.setEnabled(key)
        for button in (self.create_key_button, self.export_key_button, self.import_key_button):
            button.setToolTip(no_key)
        if key and not kabupaten:
            self.create_key_button.setToolTip(self.tr("Kunci tukar dibuat sekali di Dinas (kantor tingkat "
                                                      "kabupaten); kantor ini mengimpornya."))

    def showEvent(self, event) -> None:
        self.refresh()                   # who is signed in, and what arrived, may have changed
        super().showEvent(event)

    # --- partners --------------------------------------------------------------------
    def add_peer(self) -> None:
        dialog = PeerDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.service.add_peer(dialog.code.text().strip(), dialog.name.text().strip(),
                                  dialog.number.value() or None, dialog.direction.currentData())
        except UserError as exc:
            msgbox.error(self, self.tr("Kantor mitra belum ditambahkan"), exc.message)
            return
        self.refresh()

    def selected_peer(self):
        row = self.peers.currentRow()
        return self._peers[row] if 0 <= row < len(self._peers) else None

    def select_peer(self, code: str) -> None:
        for row, peer in enumerate(self._peers):
            if peer.code == code:
                self.peers.selectRow(row)

    # --- sending and receiving ----------------------------------------------------------
    def send(self, *, full: bool = False, folder: Path | None = None) -> SendResult | None:
        peer = self.selected_peer()
        if peer is None:
            return None
        office = peer.name or peer.code
        title = self.tr("Kirim ke kantor mitra")
        if full and not msgbox.ask(self, title, fill(self.tr(
                "Kirim ulang semua data ke {office}? Berkasnya memuat semua pendaftaran (lebih besar); pakai ini "
                "bila berkas sebelumnya hilang atau kantor itu memulai dari basis data baru."), office=office),
                yes=self.tr("Kirim ulang semua"), no=self.tr("Batal")):
            return None
        if folder is None:
            folder = file_dialogs.choose_folder(self, fill(self.tr("Simpan berkas untuk {office} di…"),
                                                           office=office),
                                                self.settings.last_folder or Path.home())
            if folder is None:
                return None
        self.settings.last_folder = str(folder)
        outcome = run_task(self, self.ctx, fill(self.tr("Menyiapkan berkas untuk {office}…"), office=office),
                           lambda ctx, job: SyncService(ctx).export_to(peer.code, folder, full=full, job=job))
        self.refresh()
        if not report(self, title, outcome):
            return None
        sent: SendResult = outcome.result
        msgbox.info(self, title, fill(self.tr(
            "Berkas {name} ditulis ke {folder}: {new} baru, {updated} diubah, {deleted} dihapus.\n"
            "Serahkan berkas ini ke {office} (flash disk, WhatsApp atau folder bersama); isinya tersandi."),
            name=sent.path.name, folder=sent.path.parent, new=sent.new, updated=sent.updated, deleted=sent.deleted,
            office=office))
        return sent

    def receive(self, path: Path | None = None) -> ReceiveResult | None:
        title = self.tr("Terima berkas tukar")
        if path is None:
            path = file_dialogs.open_file(self, title, self.settings.last_folder or Path.home(),
                                          file_dialogs.exchange_filter())
            if path is None:
                return None
        self.settings.last_folder = str(path.parent)
        outcome = run_task(self, self.ctx, fill(self.tr("Menerima {name}…"), name=path.name),
                           lambda ctx, job: SyncService(ctx).import_file(path, job=job))
        self.refresh()
        if not report(self, title, outcome):
            return None
        got: ReceiveResult = outcome.result
        if got.already_applied:
            msgbox.info(self, title, fill(self.tr("Berkas {name} sudah pernah diterima; tidak ada yang berubah."),
                                          name=path.name))
            return got
        self.records_changed.emit()
        text = fill(self.tr("Dari {office}, berkas nomor {seq}: {new} baru, {updated} diubah, {deleted} dihapus."),
                    office=got.from_code, seq=got.seq, new=got.new, updated=got.updated, deleted=got.deleted)
        if got.missing_before:
            text += "\n\n" + fill(self.tr("Berkas nomor {numbers} dari {office} belum pernah diterima. Minta kantor "
                                          "itu mengirimkannya lagi, atau mengirim ulang semua."),
                                  numbers=", ".join(str(n) for n in got.missing_before), office=got.from_code)
        if got.conflicts:
            text += "\n\n" + self.tr("%n konflik menunggu keputusan Anda.", "", got.conflicts)
            if msgbox.ask(self, title, text, yes=self.tr("Buka konflik"), no=self.tr("Nanti")):
                self.open_conflicts()
            return got
        msgbox.info(self, title, text)
        return got

    def open_conflicts(self) -> None:
        dialog = ConflictsDialog(self.ctx, self)
        dialog.resolved.connect(self.records_changed)
        dialog.exec()
        self.refresh()

    # --- the exchange key ---------------------------------------------------------------
    def create_key(self) -> None:
        title = self.tr("Buat kunci tukar")
        if not msgbox.ask(self, title, self.tr(
                "Buat kunci tukar untuk kabupaten ini? Lakukan ini sekali saja, di Dinas; semua kantor lain "
                "mengimpor kunci yang sama. Kunci kedua membuat kantor tidak dapat saling membaca berkas."),
                yes=self.tr("Buat kunci"), no=self.tr("Batal")):
            return
        try:
            self.service.create_sync_key()
        except UserError as exc:
            msgbox.error(self, title, exc.message)
        self.refresh()

    def export_key(self) -> None:
        title = self.tr("Ekspor kunci tukar")
        dialog = PassphraseDialog(title, self.tr(
            "Berkas kunci dilindungi kata sandi. Sampaikan kata sandinya kepada kantor penerima lewat jalan lain "
            "(telepon), bukan bersama berkasnya."), confirm=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        suggested = Path(self.settings.last_folder or Path.home()) / "kunci-tukar.kuncitukar"
        path = file_dialogs.save_file(self, title, suggested, file_dialogs.exchange_key_filter(),
                                      default_suffix=".kuncitukar")
        if path is None:
            return
        try:
            written = self.service.export_sync_key(path, dialog.passphrase())
        except UserError as exc:
            msgbox.error(self, title, exc.message)
            return
        msgbox.info(self, title, fill(self.tr("Kunci tukar ditulis ke {path}."), path=written))

    def import_key(self) -> None:
        title = self.tr("Impor kunci tukar")
        path = file_dialogs.open_file(self, title, self.settings.last_folder or Path.home(),
                                      file_dialogs.exchange_key_filter())
        if path is None:
            return
        dialog = PassphraseDialog(title, fill(self.tr("Kata sandi berkas {name}:"), name=path.name), confirm=False,
                                  parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.service.import_sync_key(path, dialog.passphrase())
        except UserError as exc:
            msgbox.error(self, title, exc.message)
            return
        self.refresh()
        msgbox.info(self, title, self.tr("Kunci tukar diimpor. Kantor ini sekarang dapat mengirim dan menerima "
                                         "berkas tukar."))

    # --- folder tukar --------------------------------------------------------------------
    def choose_folder(self) -> None:
        chosen = file_dialogs.choose_folder(self, self.tr("Pilih folder tukar"),
                                            self._folder() or Path.home())
        if chosen is not None:
            self.set_folder(chosen)

    def set_folder(self, folder: Path | None) -> None:
        self.settings.set_exchange_folder_for(self.ctx.db_path, str(folder) if folder else "")
        self.folder_changed.emit()
        self.refresh()

    def _auto_toggled(self, on: bool) -> None:
        self.settings.set_exchange_auto_for(self.ctx.db_path, on)
        self.folder_changed.emit()
