"""Pengaturan › Operator: the office's operator accounts, managed by an admin.

An admin sees every account (role, active, who added or last changed it), adds one with a
role and — when the database is locked with passwords — a password typed twice, changes a
role, disables an account and resets a forgotten password. Every change asks first, and the
question's safe answer is what Enter presses; no input's Enter adds or changes anything.
Other roles see why they cannot manage accounts. The rules themselves live in
``services.accounts`` (the last admin is kept, nobody disables themselves).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services.accounts import Account, AccountService
from desktop_app.services.context import Context
from desktop_app.services.roles import Role, allowed
from desktop_app.ui import msgbox
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from desktop_app.ui.widgets.tables import read_only_table


def role_choices() -> list[tuple[str, str]]:
    return [(role.label(), role.value) for role in Role]


class PasswordDialog(QDialog):
    """A new password typed twice; ``password`` once both match."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first, self.second = QLineEdit(), QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("saveReason")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan kata sandi"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kata sandi baru:"), self.first)
        form.addRow(self.tr("Ulangi kata sandi:"), self.second)
        form.addRow(self.problem)
        form.addRow(buttons)
        msgbox.safe_default(self, buttons.button(QDialogButtonBox.StandardButton.Cancel))

    @property
    def password(self) -> str:
        return self.first.text()

    def check(self) -> None:
        if not self.first.text():
            self.problem.setText(self.tr("Kata sandi belum diisi."))
        elif self.first.text() != self.second.text():
            self.problem.setText(self.tr("Kedua kata sandi tidak sama; ketik ulang."))
        else:
            self.accept()


class OperatorsTab(QWidget):
    """The accounts table and what an admin may do with it."""

    accounts_changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.accounts = AccountService(ctx)
        self.rows: list[Account] = []
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.table = read_only_table([self.tr("Nama"), self.tr("Peran"), self.tr("Aktif"), self.tr("Ditambahkan"),
                                      self.tr("Terakhir diubah")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Nama operator baru"))
        self.new_role = ChoiceCombo()
        self.new_role.set_choices(role_choices())
        self.new_role.set_value(Role.OPERATOR.value)
        self.add_button = QPushButton(self.tr("Tambah operator…"))
        self.role_button = QPushButton(self.tr("Ubah peran…"))
        self.disable_button = QPushButton(self.tr("Nonaktifkan…"))
        self.password_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        for button, slot in ((self.add_button, self.add), (self.role_button, self.change_role),
                             (self.disable_button, self.disable), (self.password_button, self.reset_password)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 2)
        add_row.addWidget(self.new_role, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.role_button, self.disable_button, self.password_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(add_row)

    # --- showing -----------------------------------------------------------------------------
    def may_manage(self) -> bool:
        return allowed(self.ctx, "operators.manage")

    def refresh(self) -> None:
        manage = self.may_manage()
        self.notice.setText(fill(self.tr("Masuk sebagai {name} ({role})."), name=self.ctx.operator,
                                 role=Role(self.ctx.role).label() if self.ctx.role else "-") + " " + (
            self.tr("Operator mendaftar, mengubah, mengimpor dan mencetak; supervisor juga menghapus, "
                    "menampilkan NIK lengkap dan mengurus batch; admin juga mengatur kantor, skema, "
                    "cadangan dan akun operator.") if manage else
            self.tr("Hanya admin yang dapat mengelola akun operator.")))
        for widget in (self.table, self.new_name, self.new_role, self.add_button):
            widget.setEnabled(manage)
        self.rows = self.accounts.accounts() if manage else []
        self.table.setRowCount(len(self.rows))
        for row, account in enumerate(self.rows):
            values = (account.name, account.role.label(), self.tr("ya") if account.active else self.tr("tidak"),
                      _stamp(account.created_by, account.created_at), _stamp(account.updated_by, account.updated_at))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() if self.may_manage() else None
        self.role_button.setEnabled(chosen is not None and chosen.active)
        self.disable_button.setEnabled(chosen is not None and chosen.active)
        self.password_button.setEnabled(chosen is not None and chosen.active and self.uses_passwords())

    def uses_passwords(self) -> bool:
        return self.accounts.uses_passwords()

    # --- changing ----------------------------------------------------------------------------
    def _run(self, title: str, change) -> bool:
        try:
            change()
        except UserError as exc:
            msgbox.error(self, title, exc.message)
            return False
        self.refresh()
        self.accounts_changed.emit()
        return True

    def add(self) -> None:
        name, role = self.new_name.text().strip(), Role(self.new_role.value() or Role.OPERATOR)
        password = None
        if self.uses_passwords():
            dialog = PasswordDialog(fill(self.tr("Kata sandi untuk {name}"), name=name or "?"), self)
            if not dialog.exec():
                return
            password = dialog.password
        text = fill(self.tr("Tambahkan {name} sebagai {role}?"), name=name, role=role.label())
        if not msgbox.ask(self, self.tr("Tambah operator"), text, yes=self.tr("Tambahkan"), no=self.tr("Batal")):
            return
        if self._run(self.tr("Operator belum ditambahkan"), lambda: self.accounts.add(name, role, password)):
            self.new_name.clear()

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        roles = list(Role)
        index = msgbox.choose(self, self.tr("Ubah peran"), fill(self.tr("Peran baru untuk {name}:"), name=account.name),
                              [r.label() for r in roles], roles.index(account.role), ok=self.tr("Ubah"),
                              cancel=self.tr("Batal"))
        if index is None or roles[index] is account.role:
            return
        self._run(self.tr("Peran belum diubah"), lambda: self.accounts.set_role(account.name, roles[index]))

    def disable(self) -> None:
        account = self.selected()
        if account is None:
            return
        text = fill(self.tr("Nonaktifkan {name}? Ia tidak dapat masuk lagi; namanya tetap tercatat pada data "
                            "yang pernah ia ubah. Admin dapat mengaktifkannya lagi dengan menambahkannya."),
                    name=account.name)
        if msgbox.ask(self, self.tr("Nonaktifkan operator"), text, yes=self.tr("Nonaktifkan"), no=self.tr("Batal")):
            self._run(self.tr("Operator belum dinonaktifkan"), lambda: self.accounts.disable(account.name))

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PasswordDialog(fill(self.tr("Kata sandi baru untuk {name}"), name=account.name), self)
        if not dialog.exec():
            return
        text = fill(self.tr("Ganti kata sandi {name}? Kata sandi lamanya tidak berlaku lagi."), name=account.name)
        if msgbox.ask(self, self.tr("Atur ulang kata sandi"), text, yes=self.tr("Ganti"), no=self.tr("Batal")):
            self._run(self.tr("Kata sandi belum diganti"),
                      lambda: self.accounts.reset_password(account.name, dialog.password))


def _stamp(who: str, when: str | None) -> str:
    if not when:
        return ""
    return f"{who or '-'} · {when[:16].replace('T', ' ')}"
