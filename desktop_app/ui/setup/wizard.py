"""First run: where the office is, who works and signs there, and the first scheme. Three short pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.unlocking import check_new_password, set_admin_password
from desktop_app.ui import msgbox
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.setup.identity_box import IdentityBox
from desktop_app.ui.setup.office_editor import OfficeEditor
from desktop_app.ui.setup.scheme_editor import SchemeEditor


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str, body: QWidget, check=None) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._check = check
        layout = QVBoxLayout(self)
        layout.addWidget(body)

    def validatePage(self) -> bool:
        if self._check is None:
            return True
        try:
            self._check()
        except UserError as exc:
            msgbox.warn(self, self.wizard().windowTitle(), exc.message)
            target = field_named_in(self, exc.message)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return True


def field_named_in(page: QWidget, message: str) -> QWidget | None:
    """The input whose label the message names (longest label first: "NIP penanda tangan" before
    "Nama"), else the first empty one on the page: where the cursor belongs after the error box."""
    text = message.casefold()
    rows = []
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel) and field.widget() is not None:
                rows.append((label.widget().text().replace("&", "").casefold(), field.widget()))
    for name, widget in sorted(rows, key=lambda r: -len(r[0])):
        words = [w for w in name.replace(":", " ").split() if len(w) > 2]
        if name and (name in text or (words and all(w in text for w in words))):
            return widget
    empty = [w for _, w in rows if isinstance(w, QLineEdit) and w.isEnabled() and not w.text().strip()]
    return empty[0] if empty else None


class FirstRunWizard(QWizard):
    """Saves office, operator and scheme only when Finish is pressed (Cancel leaves nothing behind)."""

    def __init__(self, ctx: Context, settings: UiSettings, parent: QWidget | None = None, *,
                 data_key: bytes | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.data_key = data_key          # a new encrypted office: the admin page sets the password
        self.offices = OfficeService(ctx)
        self.setWindowTitle(self.tr("Lindungi — persiapan pertama"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for which, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Kembali")),
            (QWizard.WizardButton.NextButton, self.tr("&Lanjut >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Selesai")),
            (QWizard.WizardButton.CancelButton, self.tr("Batal")),
        ):
            self.setButtonText(which, text)
        self.office_editor = OfficeEditor(ctx.regions)
        self.identity_box = IdentityBox()
        self.operator = QLineEdit()
        self.scheme_editor = SchemeEditor(self.offices, ctx.today())
        self.scheme_editor.active.setVisible(False)
        self.scheme_editor.is_default.setVisible(False)
        self.addPage(
            _Page(
                self.tr("Wilayah kantor"),
                self.tr(
                    "Pilih wilayah kantor dari daftar Kemendagri. Ketik sebagian nama untuk "
                    "mencari. Desa yang ditawarkan di formulir mengikuti kabupaten ini. Kode dan nomor kantor "
                    "dari Dinas boleh diisi nanti di Pengaturan."
                ),
                self._region_body(),
                self._check_region,
            )
        )
        self.addPage(
            _Page(
                self.tr("Kantor dan petugas"),
                self.tr(
                    "Nama kantor dan penanda tangan dicetak di rekap dan berita acara. "
                    "Semua dapat diubah nanti di Pengaturan."
                ),
                self._office_body(),
                self._check_office,
            )
        )
        self.addPage(
            _Page(
                self.tr("Skema pertama"),
                self.tr(
                    "Siapa yang membayar iuran dan untuk masa berapa lama. Iuran JKK + JKM "
                    "untuk pekerja rentan: Rp16.800 per orang per bulan."
                ),
                self.scheme_editor,
                self._check_scheme,
            )
        )
        if data_key is not None:
            self.admin_page = AdminPage(self.operator)
            self.addPage(_Page(self.tr("Akun admin dan kunci data"),
                               self.tr("Data pekerja disimpan terenkripsi. Kata sandi admin membuka data ini."),
                               self.admin_page, self.admin_page.check))
        # Tab from the last field goes to Lanjut/Selesai, never to "< Kembali" (Enter would go back).
        self.button(QWizard.WizardButton.BackButton).setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resize(720, 620)

    def _typed_anything(self) -> bool:
        editor = self.office_editor
        return bool(self.currentId() > 0 or editor.cascade.province.text() or self.operator.text().strip())

    def reject(self) -> None:
        """Batal (or Esc) after something was typed asks first: the office's set-up would be lost."""
        if self._typed_anything() and not msgbox.ask(
                self, self.tr("Batalkan persiapan?"),
                self.tr("Isian persiapan belum disimpan dan akan hilang; Lindungi lalu ditutup. Batalkan?"),
                yes=self.tr("Batalkan dan tutup"), no=self.tr("Kembali ke isian")):
            return
        super().reject()

    def _office_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.office_editor.details_box)
        operator_form = QFormLayout()
        operator_form.addRow(self.tr("Nama Anda (operator)"), self.operator)
        layout.addLayout(operator_form)
        note = QLabel(self.tr("Nama operator dicatat pada setiap data yang Anda simpan."))
        note.setObjectName("fieldHint")
        layout.addWidget(note)
        return body

    def _region_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.office_editor.region_box)
        layout.addWidget(self.identity_box)
        layout.addStretch(1)
        return body

    def _check_region(self) -> None:
        self.office_editor.office()
        self._check_identity()

    def _check_identity(self) -> None:
        code, number = self.identity_box.value_code(), self.identity_box.value_number()
        if code or number is not None:
            self.offices.check_identity(code, number)

    def _check_office(self) -> None:
        office = self.office_editor.office()
        self.offices.check_office(office)
        self.offices.check_operator_name(self.operator.text())
        if not self.scheme_editor.payer_name.text().strip():
            self.scheme_editor.payer_name.setText(office.government_name)
        if not self.scheme_editor.name.text().strip():
            self.scheme_editor.name.setText(fill(self.tr("Pekerja Rentan {year}"), year=self.ctx.today().year))

    def _check_scheme(self) -> None:
        self.offices.check_scheme(self.scheme_editor.scheme())

    def accept(self) -> None:
        """Finish: save everything, or say why not and stay open."""
        try:
            office = self.office_editor.office()
            scheme = self.scheme_editor.scheme()
            operator = self.operator.text().strip()
            if self.data_key is not None:
                self.admin_page.check()
            self.offices.set_up(office, operator, scheme, code=self.identity_box.value_code(),
                                number=self.identity_box.value_number())
            if self.data_key is not None:
                set_admin_password(self.ctx.db_path, self.data_key, operator, self.admin_page.password.text())
        except UserError as exc:
            msgbox.error(self, self.windowTitle(), exc.message)
            return
        self.settings.operator = operator
        super().accept()


class AdminPage(QWidget):
    """The first admin: the operator named on the office page, a password typed twice, and
    what the recovery sheet is for (losing both means losing the data)."""

    def __init__(self, operator: QLineEdit) -> None:
        super().__init__()
        self.operator = operator
        self.name = QLabel()
        self.password, self.again = QLineEdit(), QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("Nama admin"), self.name)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.again)
        note = QLabel(self.tr("Setelah selesai, cetak lembar pemulihan (Pengaturan › Keamanan): kunci pemulihan "
                              "membuka data bila kata sandi lupa. Simpan di kantor, jangan bersama laptop. Bila "
                              "kata sandi dan lembar pemulihan sama-sama hilang, data tidak dapat dibuka lagi oleh "
                              "siapa pun."))
        note.setWordWrap(True)
        note.setObjectName("fieldHint")
        form.addRow(note)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.name.setText(self.operator.text().strip())
        super().showEvent(event)

    def check(self) -> None:
        check_new_password(self.password.text(), self.again.text())
