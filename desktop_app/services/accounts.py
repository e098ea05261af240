"""Operator accounts and sessions: who may sign in, with which role, and who is signed in now.

``begin_session`` makes an active operator the one working (their role from the operators
table) and logs "sign_in"; ``end_session`` logs "sign_out" and leaves a session that may do
nothing guarded. Managing accounts is for an admin (``operators.manage``). When the office's
database is encrypted (a key file beside it, ``storage.keyfile``), adding an account or
resetting its password also gives that operator their own wrap of the data key, and disabling
one removes it, so a disabled operator can no longer open the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context, Session
from desktop_app.services.roles import Role, require
from desktop_app.storage.keyfile import KeyFile, check_password_rule

M_NAME = QT_TRANSLATE_NOOP("Office", "Nama operator wajib diisi.")
M_UNKNOWN = QT_TRANSLATE_NOOP("Office", "Operator \"{name}\" tidak terdaftar; tambahkan dulu di Pengaturan › "
                                        "Operator.")
M_DISABLED = QT_TRANSLATE_NOOP("Accounts", "Akun operator \"{name}\" sudah dinonaktifkan; minta admin "
                                           "mengaktifkannya lagi.")
M_EXISTS = QT_TRANSLATE_NOOP("Accounts", "Operator \"{name}\" sudah ada.")
M_BAD_ROLE = QT_TRANSLATE_NOOP("Accounts", "Peran \"{role}\" tidak dikenal (operator, supervisor atau admin).")
M_LAST_ADMIN = QT_TRANSLATE_NOOP("Accounts", "\"{name}\" adalah admin aktif terakhir; jadikan operator lain admin "
                                             "dulu.")
M_SELF = QT_TRANSLATE_NOOP("Accounts", "Anda tidak dapat menonaktifkan akun Anda sendiri.")
M_PASSWORD_NEEDED = QT_TRANSLATE_NOOP("Accounts", "Kata sandi wajib diisi: basis data kantor ini terkunci dengan "
                                                  "kata sandi setiap operator.")
M_NO_PASSWORDS = QT_TRANSLATE_NOOP("Accounts", "Basis data ini belum memakai kata sandi, jadi tidak ada kata sandi "
                                               "yang dapat diatur ulang.")


@dataclass(frozen=True)
class Account:
    """One operator account as the admin sees it."""

    name: str
    role: Role
    active: bool
    created_at: str
    created_by: str
    updated_at: str | None
    updated_by: str


def check_operator_name(name: str) -> str:
    """The tidied name, or ``UserError`` when it is empty."""
    if not (name or "").strip():
        raise UserError(tr(M_NAME))
    return name.strip()


def parse_role(text: str) -> Role:
    try:
        return Role(str(text).strip().lower())
    except ValueError:
        raise UserError(tr(M_BAD_ROLE, role=text)) from None


class AccountService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # --- sessions ----------------------------------------------------------------------------
    def begin_session(self, name: str) -> Session:
        """Make the active operator ``name`` the one working, with their role; log "sign_in"."""
        row = self._row(name)
        if not row["active"]:
            raise UserError(tr(M_DISABLED, name=row["name"]))
        session = self.ctx.session
        session.operator, session.role = row["name"], Role(row["role"])
        self._log("sign_in", row["name"], {"role": row["role"]})
        return session

    def end_session(self) -> None:
        """Log "sign_out"; the session may then do nothing guarded until the next sign-in."""
        if self.ctx.session.role is not None:
            self._log("sign_out", self.ctx.operator, None)
        self.ctx.session.role = None

    def without_session(self) -> None:
        """No one is signed in (a sign-in could not start): the services refuse everything guarded."""
        self.ctx.session.role = None

    # --- accounts ----------------------------------------------------------------------------
    def accounts(self) -> list[Account]:
        """Every account, disabled ones too (admin only)."""
        require(self.ctx, "operators.manage")
        return [_account(r) for r in self.store.office.operators(active_only=False)]

    def add(self, name: str, role: Role | str = Role.OPERATOR, password: str | None = None) -> Account:
        """A new account (or a disabled one back, with ``role``); with a key file the password is required."""
        require(self.ctx, "operators.manage")
        name, role = check_operator_name(name), parse_role(role)
        old = self.store.office.operator(name)
        if old is not None and old["active"]:
            raise UserError(tr(M_EXISTS, name=old["name"]))
        key_file = self._key_file()
        if key_file is not None:
            self._check_password(password)
        with self.store.write():
            self.store.office.add_operator(name, role.value, by=self.ctx.operator)
            if old is not None:
                self.store.office.update_operator(old["name"], self.ctx.operator, role=role.value)
            name = self._row(name)["name"]
            self.store.audit.record(self.ctx.operator, "create" if old is None else "update", "operator", name,
                                    old={"active": 0, "role": old["role"]} if old else None,
                                    new={"role": role.value, "active": 1})
            if key_file is not None:
                key_file.set_password(name, password, self._data_key())
        return _account(self._row(name))

    def disable(self, name: str) -> None:
        """The account can no longer sign in (kept for the log's names); never yourself or the last admin."""
        require(self.ctx, "operators.manage")
        row = self._row(name)
        if row["name"].casefold() == self.ctx.operator.casefold():
            raise UserError(tr(M_SELF))
        self._keep_an_admin(row)
        with self.store.write():
            self.store.office.update_operator(row["name"], self.ctx.operator, active=0)
            self.store.audit.record(self.ctx.operator, "disable", "operator", row["name"], old={"active": 1},
                                    new={"active": 0})
            key_file = self._key_file()
            if key_file is not None:
                key_file.remove(row["name"])

    def set_role(self, name: str, role: Role | str) -> None:
        require(self.ctx, "operators.manage")
        row, role = self._row(name), parse_role(role)
        if role is not Role.ADMIN:
            self._keep_an_admin(row)
        with self.store.write():
            self.store.office.update_operator(row["name"], self.ctx.operator, role=role.value)
            self.store.audit.record(self.ctx.operator, "set_role", "operator", row["name"], old={"role": row["role"]},
                                    new={"role": role.value})
        if row["name"].casefold() == self.ctx.operator.casefold():
            self.ctx.session.role = role

    def reset_password(self, name: str, password: str) -> None:
        """A new password for ``name`` (they forgot theirs); only for an encrypted database."""
        require(self.ctx, "operators.manage")
        row = self._row(name)
        key_file = self._key_file()
        if key_file is None:
            raise UserError(tr(M_NO_PASSWORDS))
        self._check_password(password)
        with self.store.write():
            self.store.office.update_operator(row["name"], self.ctx.operator)
            self.store.audit.record(self.ctx.operator, "reset_password", "operator", row["name"])
            key_file.set_password(row["name"], password, self._data_key())

    def uses_passwords(self) -> bool:
        """Whether this office's database is locked with operators' passwords (a key file beside it)."""
        return KeyFile.exists(self.store.path)

    # --- helpers -------------------------------------------------------------------------------
    def _row(self, name: str) -> dict:
        row = self.store.office.operator((name or "").strip())
        if row is None:
            raise NotFound(tr(M_UNKNOWN, name=name))
        return row

    def _keep_an_admin(self, row: dict) -> None:
        if row["role"] == Role.ADMIN and row["active"] and self.store.office.active_admins() <= 1:
            raise UserError(tr(M_LAST_ADMIN, name=row["name"]))

    def _log(self, action: str, name: str, new: dict | None) -> None:
        if self.store.readonly:            # read-only media: nothing can be written, nothing changes
            return
        with self.store.write():
            self.store.audit.record(name, action, "operator", name, new=new)

    def _key_file(self) -> KeyFile | None:
        return KeyFile.load(self.store.path) if KeyFile.exists(self.store.path) else None

    def _data_key(self) -> bytes:
        """The raw key the database was opened with (``Store.key``, set by ``Store.open(path, key=…)``)."""
        return self.store.key

    @staticmethod
    def _check_password(password: str | None) -> None:
        if not password:
            raise UserError(tr(M_PASSWORD_NEEDED))
        check_password_rule(password)


def _account(row: dict) -> Account:
    return Account(row["name"], Role(row["role"]), bool(row["active"]), row["created_at"], row["created_by"] or "",
                   row["updated_at"], row["updated_by"] or "")
