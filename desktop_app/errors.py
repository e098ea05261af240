"""The two kinds of failure: expected ones the user can act on, and bugs.

A ``UserError`` carries a message that is safe to show (already in the user's
language, no personal data beyond what the user typed). Everything else is a bug:
logged with its traceback and shown as one generic dialog or CLI line.
"""

from __future__ import annotations


class UserError(Exception):
    """An expected failure with a message fit for the person at the keyboard."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ValidationFailed(UserError):
    """Input was refused by the domain rules; ``problems`` says why, per field."""

    def __init__(self, message: str, problems: list) -> None:
        super().__init__(message)
        self.problems = problems


class DuplicateRegistration(UserError):
    """The NIK already has an active registration in the same scheme."""

    def __init__(self, message: str, existing_id: str, existing_number: str) -> None:
        super().__init__(message)
        self.existing_id = existing_id
        self.existing_number = existing_number


class DatabaseUnavailable(UserError):
    """The database file is locked, read-only, full, missing or damaged."""


class DamagedDatabase(DatabaseUnavailable):
    """The database failed its integrity check; ``backup`` names the latest good copy."""

    def __init__(self, message: str, backup: str | None) -> None:
        super().__init__(message)
        self.backup = backup


class RecoveryNeeded(DatabaseUnavailable):
    """The database is missing or empty while backups of it exist (or it is a 0-byte file):
    never a new office. ``backups`` lists the candidates, newest first."""

    def __init__(self, message: str, backups: list) -> None:
        super().__init__(message)
        self.backups = backups


class NotFound(UserError):
    """A record, batch or scheme the user named does not exist."""


class NotAllowed(UserError):
    """The signed-in operator's role may not do this; the message names the role needed."""

    def __init__(self, message: str, action: str) -> None:
        super().__init__(message)
        self.action = action


class WrongPassword(UserError):
    """The password (or the operator's name) does not unlock the office's key file: a typo,
    never a damaged database. ``locked_for`` is the seconds to wait before the next try
    (0 when another try is allowed now)."""

    def __init__(self, message: str, locked_for: int = 0) -> None:
        super().__init__(message)
        self.locked_for = locked_for


class WrongRecoveryKey(UserError):
    """The typed or scanned recovery key is not a recovery key, or not this office's."""


class KeyFileDamaged(UserError):
    """The key file beside the database cannot be read; the recovery key still opens the data."""
