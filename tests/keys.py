"""The test run's data key, and a key file for commands run in a child process.

In this process ``tests/conftest.py`` makes ``TEST_KEY`` the key of every office database a
test opens with ``Store.open(path)``. A child process (a CLI command started with
``subprocess``) has no such key: it signs in like a real one, with a key file beside the
database (made here over ``TEST_KEY``) and ``LINDUNGI_PASSWORD``/``LINDUNGI_OPERATOR``.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage.keyfile import KeyFile

TEST_KEY = bytes(range(32))
PASSWORD = "kata-sandi-uji"


def signed_in_env(db_path: Path, operator: str = "uji") -> dict[str, str]:
    """Write a key file for ``db_path`` (``operator``/``PASSWORD`` over ``TEST_KEY``); the
    environment a child process signs in with."""
    kf = KeyFile.load(db_path) if KeyFile.exists(db_path) else KeyFile.create(db_path, TEST_KEY)
    if operator not in kf.operators():
        kf.set_password(operator, PASSWORD, TEST_KEY)
    return {"LINDUNGI_PASSWORD": PASSWORD, "LINDUNGI_OPERATOR": operator}
