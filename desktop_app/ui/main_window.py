"""The main window: navigation between pages, menus and shortcuts, status bar, undo, window state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QWidget

from desktop_app.i18n import fill
from desktop_app.services.context import Context
from desktop_app.services.drafts import DraftStore
from desktop_app.services.office import OfficeService
from desktop_app.services.records import RecordsService
from desktop_app.services.roles import Role
from desktop_app.ui import msgbox
from desktop_app.ui.audit_banner import start_audit_check
from desktop_app.ui.navigation import PageSpec, PageStack
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.sync.folder import FolderExchanger

STATUS_DELAY_MS = 150


class MainWindow(QMainWindow):
    restore_requested = Signal(Path)   # the app closes the window, restores, and opens again

    def __init__(self, ctx: Context, settings: UiSettings, drafts: DraftStore, *,
                 extra_pages: list[PageSpec] = ()) -> None:
        super().__init__()
        self.ctx, self.settings, self.drafts = ctx, settings, drafts
        self.undo_stack = QUndoStack(self)
        self.stack = PageStack(self._page_specs(list(extra_pages)))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.stack.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_menus()
        self.stack.page_shown.connect(self._page_shown)
        office = OfficeService(ctx).office()
        self.setWindowTitle(f"Lindungi — {office.name}" if office else "Lindungi")
        if not self.restoreGeometry(settings.geometry):
            self.resize(1320, 720)
        self.stack.show_page(settings.last_view)
        QTimer.singleShot(STATUS_DELAY_MS, self, self.update_total)   # after the window is usable
        self.audit_check = start_audit_check(self, ctx)                # the processing log is whole?
        self.folder = FolderExchanger(ctx, self)                       # the folder tukar, when one is set
        self.folder.passed.connect(self._folder_passed)
        self.folder.failed.connect(self._folder_failed)
        self._configure_folder()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        focus_first = getattr(self.stack.currentWidget(), "focus_first", None)
        if focus_first is not None:
            focus_first()

    # --- pages -----------------------------------------------------------------
    def _page_specs(self, extra: list[PageSpec]) -> list[PageSpec]:
        return [
            PageSpec("registration", self.tr("Pendaftaran"), "register", self._make_form, "Ctrl+1"),
            PageSpec("records", self.tr("Data Peserta"), "records", self._make_records, "Ctrl+2"),
            PageSpec("batches", self.tr("Batch"), "batches", self._make_batches, "Ctrl+3"),
            PageSpec("import", self.tr("Impor"), "import", self._make_import, "Ctrl+4"),
            PageSpec("reports", self.tr("Laporan"), "reports", self._make_reports, "Ctrl+5"),
            PageSpec("exchange", self.tr("Tukar Data"), "exchange", self._make_exchange, "Ctrl+6"),
            *extra,
            PageSpec("settings", self.tr("Pengaturan"), "settings", self._make_settings,
                     f"Ctrl+{len(extra) + 7}"),
        ]

    def _make_form(self) -> QWidget:
        from desktop_app.ui.form.page import RegistrationPage
        page = RegistrationPage(self.ctx, self.settings, self.undo_stack, self.drafts)
        page.records_changed.connect(self._records_changed)
        page.list_requested.connect(lambda: self.stack.show_page("records"))
        page.print_changed.connect(self._sync_print_action)
        return page

    def _make_records(self) -> QWidget:
        from desktop_app.ui.records.page import RecordsPage
        page = RecordsPage(self.ctx, self.settings, self.undo_stack)
        page.open_requested.connect(self.open_record)
        page.counts_changed.connect(self._show_counts)
        page.records_changed.connect(self._records_changed)
        page.batches_changed.connect(self._batches_changed)
        return page

    def _make_batches(self) -> QWidget:
        from desktop_app.ui.batches.page import BatchPage
        page = BatchPage(self.ctx, self.settings)
        page.batches_changed.connect(self._batches_changed)
        page.open_requested.connect(self.open_record)
        return page

    def _make_import(self) -> QWidget:
        from desktop_app.ui.importing.page import ImportPage
        page = ImportPage(self.ctx, self.settings)
        page.imported.connect(lambda _batch: self._batches_changed())
        page.open_batch.connect(self.open_batch)
        return page

    def _make_reports(self) -> QWidget:
        from desktop_app.ui.reports.page import ReportsPage
        return ReportsPage(self.ctx)

    def _make_exchange(self) -> QWidget:
        from desktop_app.ui.sync.page import ExchangePage
        page = ExchangePage(self.ctx, self.settings)
        page.records_changed.connect(self._batches_changed)
        page.folder_changed.connect(self._configure_folder)
        page.folder_run_requested.connect(self._run_folder_now)
        return page

    def _make_settings(self) -> QWidget:
        from desktop_app.ui.setup.settings_page import SettingsPage
        page = SettingsPage(self.ctx, self.settings)
        page.schemes_changed.connect(self._schemes_changed)
        page.operator_changed.connect(self._show_operator)
        page.restore_requested.connect(self.restore_requested)
        return page

    def form(self):
        return self.stack.page("registration")

    def records(self):
        return self.stack.page("records")

    def open_record(self, registration_id: str) -> None:
        form = self.form()
        if form.open_record(registration_id):
            self.stack.show_page("registration")

    def _records_changed(self, registration_id: str = "") -> None:
        """A save, delete, undo or redo: refresh the list, the count, and the form if it shows that record."""
        records = self.stack.built("records")
        if records is not None:
            records.refresh()
        form = self.stack.built("registration")
        if form is not None and registration_id and form.base.id == registration_id and not form.is_dirty():
            fresh = form.registry.get(registration_id)
            if fresh != form.base:
                form.load(fresh)
        if form is not None:
            form.refresh_print()
        self.update_total()

    def _batches_changed(self) -> None:
        """Batches or their people changed (new batch, import, answer, print): every view catches up."""
        self._records_changed()
        records = self.stack.built("records")
        if records is not None:
            records.filters.reload_schemes()
        for key in ("batches", "reports"):
            page = self.stack.built(key)
            if page is not None and page is not self.sender():
                page.refresh()

    def open_batch(self, batch_id: int) -> None:
        self.stack.show_page("batches")
        self.stack.page("batches").select_batch(batch_id)

    def _schemes_changed(self) -> None:
        form = self.stack.built("registration")
        if form is not None:
            form.membership.reload()
        records = self.stack.built("records")
        if records is not None:
            records.filters.reload_schemes()
            records.refresh()

    # --- menus -------------------------------------------------------------------
    def _action(self, text: str, keys, slot, menu) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        self.send_action = self._action(self.tr("&Kirim ke kantor mitra…"), "Ctrl+Shift+M", self.send_to_peer,
                                        file_menu)
        self.receive_action = self._action(self.tr("&Terima berkas tukar…"), "Ctrl+Shift+D", self.receive_file,
                                           file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Keluar"), QKeySequence.StandardKey.Quit, self.close, file_menu)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("Urungkan"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Ulangi"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        self._action(self.tr("&Cari peserta"), QKeySequence.StandardKey.Find, self.find, edit_menu)
        form_menu = bar.addMenu(self.tr("&Formulir"))
        self.new_action = self._action(self.tr("Pendaftaran &baru"), "Ctrl+N", self.new_registration, form_menu)
        self.save_action = self._action(self.tr("&Simpan"), "Ctrl+S", lambda: self._save(False), form_menu)
        self.save_new_action = self._action(self.tr("Simpan && &Baru"), "Ctrl+Shift+S", lambda: self._save(True),
                                            form_menu)
        # Ctrl+Enter too, the usual "send this form" key: two presses for the most frequent command at a drive
        self.save_new_action.setShortcuts([QKeySequence("Ctrl+Shift+S"), QKeySequence("Ctrl+Return"),
                                           QKeySequence("Ctrl+Enter")])
        form_menu.addSeparator()
        self.print_action = self._action(self.tr("&Cetak Bukti"), "Ctrl+P", self.print_current, form_menu)
        form_menu.addSeparator()
        self.carry_menu = form_menu.addMenu(self.tr("Bawa ke pendaftaran berikutnya"))
        form_menu.aboutToShow.connect(self._fill_carry_menu)
        self.batch_menu = bar.addMenu(self.tr("B&atch"))
        self.batch_menu.aboutToShow.connect(self._fill_batch_menu)
        go_menu = bar.addMenu(self.tr("&Halaman"))
        for number, key in enumerate(self.stack.order, start=1):
            spec = self.stack.specs[key]
            self._action(spec.title, f"Ctrl+{number}", lambda _c=False, k=key: self.stack.show_page(k), go_menu)
        help_menu = bar.addMenu(self.tr("Ban&tuan"))
        self._action(self.tr("&Bantuan singkat"), QKeySequence.StandardKey.HelpContents, self.show_help, help_menu)
        self.verify_action = self._action(self.tr("&Periksa keaslian bukti…"), "Ctrl+Shift+Q", self.verify_slip,
                                          help_menu)
        self.about_action = self._action(self.tr("&Tentang Lindungi"), None, self.show_about, help_menu)

    def _fill_carry_menu(self) -> None:
        self.carry_menu.clear()
        self.carry_menu.addActions(list(self.form().carry.actions.values()))

    def _fill_batch_menu(self) -> None:
        page = self.stack.page("batches")
        self.batch_menu.clear()
        self.batch_menu.addActions(list(page.actions.values()))

    def _sync_print_action(self) -> None:
        """On the form, Cetak Bukti in the menu (Ctrl+P) is what the form's button is, and is off on a
        blank form with nobody saved; the other pages print what they show."""
        from desktop_app.ui.form.print_slip import can_print_or_explain

        form = self.stack.built("registration")
        on_form = self.stack.current_key() == "registration" and form is not None
        self.print_action.setEnabled(not on_form or can_print_or_explain(form))
        numbered = on_form and form.print_button.isEnabled()
        self.print_action.setText("&" + form.print_button.text() if numbered else self.tr("&Cetak Bukti"))

    def print_current(self) -> None:
        """Ctrl+P: the page shown prints what it shows (the form's person, the chosen people, a batch)."""
        print_here = getattr(self.stack.currentWidget(), "print_current", None)
        if print_here is not None:
            print_here()

    # --- exchange between offices ------------------------------------------------------
    def send_to_peer(self) -> None:
        """Berkas › Kirim ke kantor mitra: the Tukar Data page, sending to the partner chosen there (or asked)."""
        self.stack.show_page("exchange")
        page = self.stack.page("exchange")
        if page.selected_peer() is None and page.peers.rowCount() == 1:
            page.peers.selectRow(0)
        if page.selected_peer() is None:
            msgbox.info(self, self.tr("Kirim ke kantor mitra"),
                        self.tr("Pilih kantor mitra di daftar dulu (atau tambahkan kantor mitra)."))
            return
        page.send()

    def receive_file(self) -> None:
        self.stack.show_page("exchange")
        self.stack.page("exchange").receive()

    def _configure_folder(self) -> None:
        self.folder.configure(self.settings.exchange_folder_for(self.ctx.db_path),
                              self.settings.exchange_auto_for(self.ctx.db_path))

    def _run_folder_now(self) -> None:
        self._configure_folder()
        if not self.folder.run_now():
            self.statusBar().showMessage(self.tr("Folder tukar sedang dijalankan."), 5000)

    def _folder_passed(self, result) -> None:
        if result.changed:
            self._batches_changed()
            self.statusBar().showMessage(fill(self.tr("Folder tukar: {received} berkas diterima, {sent} dikirim."),
                                              received=len(result.received), sent=len(result.sent)), 15000)
        page = self.stack.built("exchange")
        if page is not None:
            page.show_folder_pass(result)

    def _folder_failed(self, problem: str) -> None:
        self.statusBar().showMessage(problem, 15000)
        page = self.stack.built("exchange")
        if page is not None:
            page.show_folder_pass(None, problem)

    def verify_slip(self) -> None:
        from desktop_app.ui.verify_dialog import VerifyDialog
        dialog = VerifyDialog(self.ctx, self)
        dialog.open_requested.connect(self.open_record)
        dialog.exec()

    def new_registration(self) -> None:
        self.stack.show_page("registration")
        self.form().request_new()

    def _save(self, then_new: bool) -> None:
        if self.stack.current_key() == "registration":
            self.form().saver.save(then_new=then_new)

    def find(self) -> None:
        self.stack.show_page("records")
        self.records().focus_search()

    def show_help(self) -> None:
        from desktop_app.ui.help_dialog import HelpDialog
        HelpDialog(self).exec()

    def show_about(self) -> None:
        from desktop_app.ui.about import AboutDialog
        AboutDialog(self, db_path=self.ctx.db_path, identity=OfficeService(self.ctx).identity()).exec()

    # --- status bar ----------------------------------------------------------------
    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label, self.operator_label, self.db_label = QLabel(), QLabel(), QLabel()
        self.db_label.setText(fill(self.tr("Basis data: {path}"), path=self.ctx.db_path))
        self.db_label.setToolTip(str(self.ctx.db_path.resolve()))
        for label in (self.counts_label, self.operator_label, self.db_label):
            status.addPermanentWidget(label)
        self._show_operator()

    def _show_operator(self) -> None:
        """Who is signed in, with their role (a signed-out session shows so)."""
        role = self.ctx.role
        if role is None:
            self.operator_label.setText(self.tr("Belum masuk"))
            return
        self.operator_label.setText(fill(self.tr("Masuk sebagai {name} ({role})"), name=self.ctx.operator,
                                         role=Role(role).label()))

    def update_total(self) -> None:
        total = RecordsService(self.ctx).total_active()
        self.counts_label.setText(self.tr("%n peserta aktif", "", total))

    def _show_counts(self, shown: int, total: int) -> None:
        self.counts_label.setText(self.tr("%n peserta aktif", "", total) + " · "
                                  + self.tr("%n ditampilkan", "", shown))

    def _page_shown(self, key: str, widget: QWidget) -> None:
        self.settings.last_view = key
        for action in (self.save_action, self.save_new_action):
            action.setEnabled(key == "registration")
        self._sync_print_action()
        if key == "records":
            widget.refresh()
        focus_first = getattr(widget, "focus_first", None)
        if focus_first is not None:
            focus_first()

    # --- closing -------------------------------------------------------------------
    def offer_draft(self) -> None:
        form = self.form()
        if form.drafts.load() is not None:
            self.stack.show_page("registration")
            form.offer_draft()

    def closeEvent(self, event: QCloseEvent) -> None:
        form = self.stack.built("registration")
        if form is not None and form.is_dirty():
            if not msgbox.ask(self, self.tr("Tutup Lindungi?"),
                              self.tr("Ada isian yang belum disimpan. Isian itu disimpan sebagai draf dan "
                                      "ditawarkan lagi saat Lindungi dibuka. Tutup sekarang?"),
                              yes=self.tr("Tutup"), no=self.tr("Kembali")):
                event.ignore()
                return
            form.autosave()
        self.folder.stop()                  # no pass may outlive the window's connection
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        event.accept()
