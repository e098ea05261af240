"""Pendaftaran: the registration form with its actions, live checks, carry-forward and drafts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.dates import format_date_long
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.registration import LegalBasis, MaritalStatus, Registration, spouse_relationship
from desktop_app.domain.regnumber import format_number
from desktop_app.i18n import fill
from desktop_app.services.context import Context
from desktop_app.services.drafts import DraftStore
from desktop_app.services.office import OfficeService
from desktop_app.services.registry import Check, RegistryService
from desktop_app.ui import msgbox
from desktop_app.ui.form import state
from desktop_app.ui.form.advance import AutoAdvance
from desktop_app.ui.form.binders import AddressBinder, MembershipBinder, NikAssistant
from desktop_app.ui.form.carry import CarryForward
from desktop_app.ui.form.print_slip import print_form_slip, update_print_button
from desktop_app.ui.form.problems_view import ProblemsView
from desktop_app.ui.form.saving import SaveFlow
from desktop_app.ui.form.widget import RegistrationForm
from desktop_app.ui.settings import UiSettings

AUTOSAVE_MS = 3000
CHECK_DELAY_MS = 250


class RegistrationPage(QWidget):
    """``records_changed(id)`` after a save; ``list_requested`` when the officer leaves an edit."""

    records_changed = Signal(str)
    list_requested = Signal()

    def __init__(
        self,
        ctx: Context,
        settings: UiSettings,
        undo_stack: QUndoStack,
        drafts: DraftStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.drafts, self.undo_stack = ctx, drafts, undo_stack
        self.registry, self.offices = RegistryService(ctx), OfficeService(ctx)
        self.form = RegistrationForm(ctx.today)
        self.form.load_birth_places_later(lambda: birth_place_names(ctx.regions))
        self.address = AddressBinder(self.form, ctx.regions, self.offices)
        self.membership = MembershipBinder(self.form, self.offices, ctx.today)
        self.nik_assistant = NikAssistant(self.form, ctx.regions, ctx.today)
        self.advance = AutoAdvance(self.form, ctx.regions, ctx.today, lambda: settings.auto_advance)
        self.problems = ProblemsView(self.form)
        self.carry = CarryForward(self.form, settings, self)
        self.saver = SaveFlow(self)
        self.base = Registration()
        self.last_saved: Registration | None = None
        self.check: Check | None = None
        self._baseline: dict = {}
        self._last_draft: dict | None = None
        self._build()
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS, timeout=self.run_check)
        self._autosave_timer = QTimer(self, interval=AUTOSAVE_MS, timeout=self.autosave)
        self._autosave_timer.start()
        self.form.edited.connect(self._check_timer.start)
        self.form.heirs.changed.connect(self._suggest_spouse)
        self.form.field_left.connect(self._field_left)
        self._undo_count, self._undo_index = undo_stack.count(), undo_stack.index()
        undo_stack.indexChanged.connect(self._undo_moved)
        self.new_record(carry=False)

    # --- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.mode_label = QLabel()
        self.mode_label.setObjectName("pageTitle")
        self.saved_banner = QLabel()
        self.saved_banner.setObjectName("savedBanner")
        self.saved_banner.setVisible(False)
        self.stamps_label = QLabel()
        self.stamps_label.setObjectName("fieldHint")
        self.stamps_label.setVisible(False)
        self.new_button = QPushButton(self.tr("Baru"))
        self.new_button.setToolTip(self.tr("Mulai pendaftaran baru (Ctrl+N)"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setToolTip(self.tr("Simpan (Ctrl+S)"))
        self.save_new_button = QPushButton(self.tr("Simpan && Baru"))
        self.save_new_button.setToolTip(self.tr("Simpan lalu mulai pendaftaran berikutnya (Ctrl+Shift+S)"))
        self.save_new_button.setObjectName("primaryButton")
        self.print_button = QPushButton(self.tr("Cetak Bukti"))
        self.print_button.clicked.connect(self.print_current)
        self.duplicate_button = QPushButton()
        self.duplicate_button.setVisible(False)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("saveReason")
        self.reason_label.setWordWrap(True)
        for button in (self.new_button, self.save_button, self.save_new_button, self.duplicate_button,
                       self.print_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.new_button.clicked.connect(lambda: self.request_new())
        self.save_button.clicked.connect(lambda: self.saver.save(then_new=False))
        self.save_new_button.clicked.connect(lambda: self.saver.save(then_new=True))
        self.duplicate_button.clicked.connect(self._open_duplicate)
        bar = QHBoxLayout()
        bar.addWidget(self.reason_label, 1)
        bar.addWidget(self.duplicate_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.save_new_button)
        header = QHBoxLayout()
        header.addWidget(self.mode_label)
        header.addWidget(self.saved_banner, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stamps_label)
        layout.addWidget(self.form, 1)
        layout.addLayout(bar)
        # Ctrl+N, Ctrl+S and Ctrl+Shift+S are the main window's menu actions; Esc belongs to the form.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)

    # --- modes ---------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return bool(self.base.id)

    def is_dirty(self) -> bool:
        return state.raw_state(self.form) != self._baseline

    def _clear(self) -> None:
        self.form.skip_on_tab([])
        state.set_raw_state(self.form, {})
        self.nik_assistant.reset()
        self.duplicate_button.setVisible(False)

    def new_record(self, *, carry: bool = True) -> None:
        """An empty form with the defaults and, when asked, the pinned values of the last saved person."""
        self.base = Registration()
        self._clear()
        self.address.defaults()
        self.membership.set_scheme(self.membership.default_scheme_id())
        self.form.legal_basis.set_value(LegalBasis.PUBLIC_TASK.value)
        self.form.marital_status.set_value("")
        self.form.bpjs_status.set_value("")
        if carry and self.last_saved is not None:
            self.carry.apply(self.last_saved, self.address)
        self.mode_label.setText(self.tr("Pendaftaran baru"))
        self.stamps_label.setVisible(False)
        self._start_clean(show_all=False)
        self.form.verticalScrollBar().setValue(0)
        self.form.nik.setFocus()

    def load(self, reg: Registration) -> None:
        """Show a stored registration for correction."""
        self.base = reg
        self._clear()
        self.address.set_village(reg.village_code)
        self.membership.set_scheme(reg.scheme_id)
        state.write_registration(self.form, reg)
        self.nik_assistant.update()
        title = fill(self.tr("Mengubah data {number}"), number=format_number(reg.seq))
        if reg.deleted:
            title += " — " + fill(self.tr("TERHAPUS ({reason})"), reason=reg.deleted_reason)
        self.mode_label.setText(title)
        self.show_stamps(reg)
        self._start_clean(show_all=True)
        self.form.full_name.setFocus()

    def show_stamps(self, reg: Registration) -> None:
        """"didaftarkan oleh … pada …" and, once changed, "terakhir diubah oleh … pada …"."""
        parts = [fill(self.tr("Didaftarkan oleh {who} pada {when}"), who=reg.created_by or "-",
                      when=_when(reg.created_at))]
        if reg.updated_at and (reg.updated_at, reg.updated_by) != (reg.created_at, reg.created_by):
            parts.append(fill(self.tr("terakhir diubah oleh {who} pada {when}"), who=reg.updated_by or "-",
                              when=_when(reg.updated_at)))
        self.stamps_label.setText(" · ".join(parts))
        self.stamps_label.setVisible(True)

    def focus_first(self) -> None:
        (self.form.full_name if self.editing else self.form.nik).setFocus()

    def open_record(self, registration_id: str) -> bool:
        """Open a record from the list (asks first when the form holds unsaved input)."""
        if self.is_dirty() and not self.confirm_discard():
            return False
        self.saved_banner.setVisible(False)          # the banner was about the previous record
        self.load(self.registry.get(registration_id))
        return True

    def _start_clean(self, *, show_all: bool) -> None:
        self.problems.reset(show_all=show_all)
        self._baseline = state.raw_state(self.form)
        self.run_check()

    def request_new(self) -> None:
        if self.is_dirty() and not self.confirm_discard():
            return
        self.saved_banner.setVisible(False)
        self.discard_draft()
        self.new_record(carry=True)

    def cancel(self) -> None:
        """Esc: ask before throwing typed input away; leaving an unchanged edit goes back to the list."""
        if self.is_dirty():
            if not self.confirm_discard():
                return
            self.discard_draft()
        was_editing = self.editing
        self.new_record(carry=True)
        if was_editing:
            self.list_requested.emit()

    def confirm_discard(self) -> bool:
        return msgbox.ask(
            self,
            self.tr("Buang perubahan?"),
            self.tr("Isian yang belum disimpan akan dibuang. Lanjutkan?"),
            yes=self.tr("Buang"),
            no=self.tr("Kembali ke isian"),
        )

    def _suggest_spouse(self) -> None:
        """A married person's first heir is usually the spouse: offer "Istri"/"Suami" once a name is typed."""
        rows = self.form.heirs.rows
        if not rows or not rows[0].name.text().strip() or rows[0].relationship.text():
            return
        spouse = spouse_relationship(self.form.sex.value() or "")
        if self.form.marital_status.value() == MaritalStatus.MARRIED and spouse:
            rows[0].relationship.set_value(spouse)

    # --- checking ------------------------------------------------------------
    def _field_left(self, key: str) -> None:
        self.problems.touched.add(key)
        self.run_check()
        if key == "nik" and self.check is not None and self.check.duplicate is not None:
            # A registered NIK cannot be saved again: stay here (fix it, or Alt+U opens the existing record).
            self.form.nik.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form.nik.selectAll()

    def current_registration(self) -> Registration:
        return state.read_registration(self.form, self.base)

    def run_check(self) -> list:
        self._check_timer.stop()
        reg = self.current_registration()
        self.check = self.registry.check(reg)
        problems = state.ui_problems(self.form) + state.as_typed_by_hand(self.check.problems)
        self.problems.render(problems)
        self._show_save_state(problems)
        return problems

    def _show_save_state(self, problems: list) -> None:
        # The duplicate is the one error that matters first: nothing else is worth fixing while it stands.
        errors = sorted((p for p in problems if p.is_error), key=lambda p: p.code != "duplicate.nik")
        deleted = self.base.deleted
        dirty = self.is_dirty()
        for button in (self.save_button, self.save_new_button):
            button.setEnabled(not errors and not deleted)
        if self.editing and not dirty:
            self.save_button.setEnabled(False)              # nothing changed: nothing to save
        if deleted:
            reason = self.tr("Data ini sudah dihapus; pulihkan dulu (Pulihkan di Data Peserta) sebelum mengubahnya.")
        elif not self.editing and not dirty and not self.problems.show_all and not self.problems.touched:
            reason = self.tr("Mulai dengan NIK peserta.")     # a blank form is not a list of mistakes
        elif self.editing and not dirty and not errors:
            reason = self.tr("Belum ada perubahan.")
        elif errors:
            reason = self.tr("Belum dapat disimpan — %n isian perlu diperbaiki: ", "", len(errors)) + errors[0].text()
        else:
            warnings = len(problems) - len(errors)
            reason = self.tr("Siap disimpan (%n peringatan).", "", warnings) if warnings else self.tr("Siap disimpan.")
        self.reason_label.setText(reason)
        quiet = not self.editing and not dirty and not self.problems.show_all and not self.problems.touched
        self.reason_label.setProperty("severity", "neutral" if quiet else "error" if errors or deleted else "ok")
        self.reason_label.style().polish(self.reason_label)
        update_print_button(self)
        tip = "\n".join("• " + p.text() for p in errors) or reason
        for button in (self.save_button, self.save_new_button):
            button.setToolTip(tip)
        duplicate = self.check.duplicate if self.check else None
        self.duplicate_button.setVisible(duplicate is not None)
        if duplicate is not None:
            self.duplicate_button.setText(
                fill(self.tr("B&uka data {number}"), number=format_number(duplicate.seq))
            )
            self.duplicate_button.setToolTip(self.tr("Buka data yang sudah terdaftar dengan NIK ini (Alt+U)"))

    def _open_duplicate(self) -> None:
        if self.check and self.check.duplicate is not None:
            if self.open_record(self.check.duplicate.id):
                self.discard_draft()

    # --- after saving ----------------------------------------------------------
    def saved(self, stored: Registration, *, then_new: bool, edited: bool) -> None:
        self.last_saved = stored
        self.discard_draft()
        text = (
            self.tr("Perubahan {number} ({name}) tersimpan.")
            if edited
            else self.tr("Tersimpan sebagai {number}: {name}.")
        )
        self.saved_banner.setText(
            fill(text, number=format_number(stored.seq), name=stored.full_name)
        )
        self.saved_banner.setVisible(True)
        if then_new:
            self.new_record(carry=True)
        else:
            self.load(stored)
        self.records_changed.emit(stored.id)

    def _undo_moved(self, index: int) -> None:
        """The banner follows Urungkan/Ulangi: after Ctrl+Z it no longer says the change is saved."""
        stack = self.undo_stack
        pushed = stack.count() != self._undo_count
        previous, self._undo_count, self._undo_index = self._undo_index, stack.count(), index
        if pushed or index == previous:
            return
        if index < previous:
            text = fill(self.tr("Diurungkan: {action}. Ctrl+Y mengulanginya."), action=stack.command(index).text())
        else:
            text = fill(self.tr("Diulang: {action}."), action=stack.command(index - 1).text())
        self.saved_banner.setText(text)
        self.saved_banner.setVisible(True)

    def print_current(self) -> None:
        """Cetak Bukti (Ctrl+P): the slip of the saved person this form is about."""
        print_form_slip(self)

    # --- drafts --------------------------------------------------------------
    def autosave(self) -> None:
        if not self.is_dirty():
            if self._last_draft is not None:
                self.discard_draft()
            return
        raw = state.raw_state(self.form)
        if raw != self._last_draft:
            self.drafts.save(raw, self.base.id)
            self._last_draft = raw

    def discard_draft(self) -> None:
        self.drafts.clear()
        self._last_draft = None

    def offer_draft(self) -> bool:
        """At start: put back input a crash left unsaved, if the officer wants it."""
        draft = self.drafts.load()
        if draft is None:
            return False
        who = draft.fields.get("full_name") or self.tr("(tanpa nama)")
        nik = mask_nik(str(draft.fields.get("nik") or ""))
        text = self.tr("Ada isian yang belum tersimpan dari {time}: {name} {nik}. Pulihkan isian itu?")
        text = (
            fill(text, time=draft.saved_at.strftime("%d/%m/%Y %H:%M"), name=who, nik=f"(NIK {nik})" if nik else "")
        )
        if not msgbox.ask(
            self, self.tr("Pulihkan isian?"), text, yes=self.tr("Pulihkan"), no=self.tr("Buang"), default_yes=True
        ):
            self.discard_draft()
            return False
        self.restore_draft(draft.fields, draft.editing_id)
        return True

    def restore_draft(self, fields: dict, editing_id: str) -> None:
        reg = self.registry.find(editing_id)
        if reg is not None:
            self.load(reg)
        else:
            self.new_record(carry=False)
        state.set_raw_state(self.form, fields)
        self.nik_assistant.update()
        self.problems.reset(show_all=True)
        self.run_check()
        self._last_draft = state.raw_state(self.form)


def birth_place_names(regions) -> list[str]:
    """Regency and city names without their prefix (``Penajam Paser Utara``), for completion."""
    names = set()
    for province in regions.children(None):
        for regency in regions.children(province.code):
            names.add(regency.name.removeprefix("Kabupaten ").removeprefix("Kota ").removeprefix("Kab. "))
    return sorted(names)


def _when(moment) -> str:
    """A stored moment as the form shows it: "21 November 2026 14.05"."""
    if moment is None:
        return "-"
    return f"{format_date_long(moment.date())} {moment:%H.%M}"
