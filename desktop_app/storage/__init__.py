"""Persistence: the only package that talks to SQLite (through sqlite-utils).

``driver`` is imported first: it makes sqlite-utils use SQLCipher (``sqlcipher3``)."""

from desktop_app.storage import driver  # noqa: F401  (must precede every sqlite_utils import)
