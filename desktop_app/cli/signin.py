"""Signing in from the command line: who, and the password that unlocks the office's data key.

Every command that opens the office database signs in first (``unlock``), like the window:

- the operator: ``--operator NAME``, else ``LINDUNGI_OPERATOR``, else the only operator in
  the key file;
- the password: ``--password-file FILE`` (its first line), else ``LINDUNGI_PASSWORD``, else a
  prompt (not echoed) when a person is at the keyboard;
- or, for unattended scripts kept by the Dinas, ``--key-file FILE`` holding the recovery key.

A wrong password exits with the key file's sentence (and counts toward the lock-out); a
database from before encryption is converted by opening the window once.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.i18n import fill, translate
from desktop_app.oserrors import file_error
from desktop_app.services import unlocking
from desktop_app.services.unlocking import StartState


def add_signin_options(parser: argparse.ArgumentParser) -> None:
    """``--password-file`` and ``--key-file`` (``--operator`` is ``cli.common``'s)."""
    parser.add_argument("--password-file", type=Path, default=None, metavar=translate("Cli", "BERKAS"),
                        help=translate("Cli", "berkas berisi kata sandi operator (baris pertama); bawaan: "
                                              "LINDUNGI_PASSWORD atau ditanyakan"))
    parser.add_argument("--key-file", type=Path, default=None, metavar=translate("Cli", "BERKAS"),
                        help=translate("Cli", "berkas berisi kunci pemulihan kantor, untuk skrip tanpa kata sandi"))


def _first_line(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise file_error(path, exc, writing=False) from exc
    return text.splitlines()[0] if text else ""


def _operator(args: argparse.Namespace, db_path: Path) -> str:
    name = getattr(args, "operator", None) or os.environ.get("LINDUNGI_OPERATOR")
    if name:
        return name
    names = unlocking.operators(db_path)
    if len(names) == 1:
        return names[0]
    raise UserError(translate("Cli", "Sebutkan operator yang masuk dengan --operator NAMA (atau LINDUNGI_OPERATOR)."))


def _password(args: argparse.Namespace, operator: str) -> str:
    if getattr(args, "password_file", None):
        return _first_line(args.password_file)
    if os.environ.get("LINDUNGI_PASSWORD"):
        return os.environ["LINDUNGI_PASSWORD"]
    if not sys.stdin.isatty():
        raise UserError(translate("Cli", "Kata sandi diperlukan: --password-file BERKAS, LINDUNGI_PASSWORD, atau "
                                         "jalankan perintah di terminal."))
    return getpass.getpass(fill(translate("Cli", "Kata sandi {operator}: "), operator=operator))


def unlock(args: argparse.Namespace, db_path: Path, *, create: bool = False) -> tuple[bytes | None, str | None]:
    """(data key, signed-in operator) for ``db_path``; (None, None) when this process already
    knows the key or there is no database (the caller opens it as usual). A new office
    (``create``) gets a data key and a key file with its first operator (``--operator``, else
    ``LINDUNGI_OPERATOR``, else ``cli:<login>``) and the password given."""
    state = unlocking.start_state(db_path)
    if state is StartState.PLAINTEXT:
        raise UserError(translate("Cli", "Basis data ini belum dienkripsi. Buka jendela Lindungi sekali untuk "
                                         "mengenkripsinya dan membuat akun admin, lalu jalankan perintah lagi."))
    key_file = getattr(args, "key_file", None)
    if key_file and state in (StartState.SIGN_IN, StartState.NO_KEY_FILE):
        operator = getattr(args, "operator", None) or os.environ.get("LINDUNGI_OPERATOR")
        return unlocking.recover(db_path, _first_line(key_file)), operator   # None: the only operator
    if state is StartState.NO_KEY_FILE:
        raise UserError(translate("Cli", "Berkas kunci di samping basis data tidak ada. Buka jendela Lindungi dan "
                                         "pilih \"Lupa kata sandi\" dengan kunci pemulihan, atau pakai --key-file."))
    if state is StartState.NEW and create:                 # its first operator is the one the command works as
        from desktop_app.cli.common import operator_name

        operator = operator_name(args)
        key = unlocking.new_data_key()
        unlocking.set_admin_password(db_path, key, operator, _password(args, operator))
        return key, None
    if state is not StartState.SIGN_IN:
        return None, None
    operator = _operator(args, db_path)
    return unlocking.sign_in(db_path, operator, _password(args, operator)), operator
