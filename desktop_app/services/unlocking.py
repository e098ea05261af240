"""Unlocking the office database at start: which case this is, sign-in, recovery, a new key.

The window (sign-in dialog, first-run wizard, "Lupa kata sandi") and the CLI (password
prompt, ``LINDUNGI_PASSWORD``, ``--password-file``, ``--key-file``) both come through here,
so they cannot disagree on what a start needs:

- ``SIGN_IN``: a key file lies beside the database; an operator's password unlocks it.
- ``NEW``: no database, no key file, no backups: a new office gets a fresh data key; the
  first-run wizard's admin page writes the key file. Until it does, a marker beside the
  database says the set-up is unfinished: a start after a crash mid-wizard sets that file
  aside (``backups/unfinished-setup-…``) and begins the set-up again, instead of asking for a
  recovery key that was never given.
- ``PLAINTEXT``: a database from before encryption at rest (``services.conversion``).
- ``NO_KEY_FILE``: an encrypted database whose key file is gone: only the recovery key opens it.
- ``KNOWN``: this process already signed in to this database (or a test run's key).

The password is checked against the key file *before* the database is opened, so a typo
is ``WrongPassword`` and never "the database is damaged, restore a backup".
"""

from __future__ import annotations

import enum
import logging
import os
from datetime import datetime
from pathlib import Path

from desktop_app.errors import UserError, WrongRecoveryKey
from desktop_app.files import write_text
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.paths import backup_dir_for
from desktop_app.storage import backup as backups
from desktop_app.storage import driver
from desktop_app.storage.keyfile import KEY_BYTES, KeyFile, check_password_rule, parse_recovery

log = logging.getLogger(__name__)
M_MISMATCH = QT_TRANSLATE_NOOP("Unlock", "Kedua kata sandi tidak sama; ketik lagi.")
M_NOT_THIS = QT_TRANSLATE_NOOP("Unlock", "Kunci pemulihan ini tidak membuka basis data {path}.")


class StartState(enum.Enum):
    KNOWN = "known"
    SIGN_IN = "sign_in"
    NEW = "new"
    PLAINTEXT = "plaintext"
    NO_KEY_FILE = "no_key_file"


def start_state(db_path: Path) -> StartState:
    db_path = Path(db_path)
    if driver.keys.known(db_path, exact=True) is not None:
        return StartState.KNOWN
    if KeyFile.exists(db_path):
        return StartState.SIGN_IN
    if _setup_marker(db_path).exists():
        _set_aside_unfinished_setup(db_path)
    has_data = db_path.is_file() and db_path.stat().st_size > 0
    if has_data and driver.is_plaintext(db_path):
        return StartState.PLAINTEXT
    if has_data:
        return StartState.NO_KEY_FILE
    if any(driver.is_plaintext(b) for b in backups.list_backups(db_path)):
        return StartState.PLAINTEXT                 # only plaintext backups left: restore, then convert
    return StartState.NO_KEY_FILE if backups.list_backups(db_path) else StartState.NEW


def operators(db_path: Path) -> list[str]:
    """The operators who can sign in (names in the key file)."""
    return KeyFile.load(db_path).operators()


def sign_in(db_path: Path, operator: str, password: str) -> bytes:
    """The data key when ``password`` is ``operator``'s (``WrongPassword`` otherwise); the
    key is remembered for the files of this database."""
    key = KeyFile.load(db_path).unlock(operator, password)
    driver.keys.remember(db_path, key)
    return key


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def begin_new_office(db_path: Path) -> bytes:
    """A new office's data key; the database about to be made with it is marked unfinished until
    ``set_admin_password`` has written the key file (see ``start_state``)."""
    write_text(_setup_marker(Path(db_path)), "Lindungi: set-up not finished\n", make_folder=True)
    return new_data_key()


def end_new_office(db_path: Path) -> None:
    """The set-up finished (key file written) or was abandoned (its file discarded)."""
    _setup_marker(Path(db_path)).unlink(missing_ok=True)


def _setup_marker(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".setup-pending")


def _set_aside_unfinished_setup(db_path: Path) -> None:
    """A database made by a first-run wizard that never finished (the window was killed before the key file
    was written): nobody can open it, so it moves into ``backups/`` under a name no restore offers, with its
    journal files, and the set-up starts again. Nothing is deleted."""
    if db_path.is_file():
        folder = backup_dir_for(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"unfinished-setup-{db_path.stem}-{datetime.now():%Y%m%d-%H%M%S}.db"
        for suffix in ("-wal", "-shm", ""):
            part = Path(str(db_path) + suffix)
            if part.exists():
                part.replace(Path(str(target) + suffix))
        log.warning("an unfinished set-up was set aside as %s", target.name)
    for pending in backups.list_backups(db_path):     # the backups it made are as unreadable as it is
        if backups.describe(db_path, pending)[0] != "replaced":
            pending.replace(pending.with_name("unfinished-setup-" + pending.name))
    end_new_office(db_path)


def check_new_password(password: str, again: str) -> None:
    """Refuse a new password that is too short or not typed the same twice."""
    check_password_rule(password)
    if password != again:
        raise UserError(tr(M_MISMATCH))


def set_admin_password(db_path: Path, data_key: bytes, operator: str, password: str) -> KeyFile:
    """Give ``operator`` ``password`` over ``data_key`` (making the key file when there is none)."""
    check_password_rule(password)
    kf = KeyFile.load(db_path) if KeyFile.exists(db_path) else KeyFile.create(db_path, data_key)
    kf.set_password(operator, password, data_key)
    end_new_office(db_path)
    return kf


def recover(db_path: Path, text: str) -> bytes:
    """The data key from a typed or scanned recovery key, checked against this office (its key
    file, or when that is gone, the database itself)."""
    db_path = Path(db_path)
    if KeyFile.exists(db_path):
        try:
            key = KeyFile.load(db_path).verify_recovery(text)
        except UserError as exc:
            if isinstance(exc, WrongRecoveryKey):
                raise
            key = parse_recovery(text)             # a damaged key file: the database decides
        else:
            driver.keys.remember(db_path, key)
            return key
    else:
        key = parse_recovery(text)
    if db_path.is_file() and not driver.opens_with(db_path, key):
        raise WrongRecoveryKey(tr(M_NOT_THIS, path=db_path))
    driver.keys.remember(db_path, key)
    return key


def reset_with_recovery(db_path: Path, text: str, operator: str, password: str, again: str) -> bytes:
    """"Lupa kata sandi": the recovery key sets a new password for ``operator`` (an admin);
    the key file is rewritten (made anew when it was lost or damaged), never the database."""
    check_new_password(password, again)
    key = recover(db_path, text)
    try:
        kf = KeyFile.load(db_path) if KeyFile.exists(db_path) else KeyFile.create(db_path, key)
    except UserError:                              # damaged beyond reading: start a new one
        kf = KeyFile.create(db_path, key)
    kf.set_password(operator, password, key)
    return key


def take_failed_attempts(db_path: Path) -> list[dict]:
    """Failed sign-ins since the last good one, for the audit log ({"operator", "at"})."""
    return KeyFile.load(db_path).take_failed_attempts() if KeyFile.exists(db_path) else []


def begin_session(ctx, operator: str) -> None:
    """After a good sign-in: the failed attempts the key file kept go into the audit log, then
    ``operator`` begins their session with their role (``AccountService.begin_session``)."""
    failed = take_failed_attempts(ctx.db_path)
    if failed:
        with ctx.store.write():
            for attempt in failed:
                ctx.store.audit.record(attempt["operator"], "sign_in_failed", "operator", attempt["operator"],
                                       new={"at": attempt["at"]})
    from desktop_app.services.accounts import AccountService

    AccountService(ctx).begin_session(operator)


def conversion_needed(db_path: Path) -> bool:
    """True while the database or a backup of it is still plaintext (from before encryption)."""
    from desktop_app.storage import conversion

    return conversion.needed(db_path)


def encrypt_existing(db_path: Path, key: bytes) -> None:
    """Encrypt the plaintext database and backups with ``key`` (already in the key file)."""
    from desktop_app.storage import conversion

    conversion.convert(db_path, key)
    driver.keys.remember(db_path, key)
