"""Shared fixtures. Every test runs offscreen and writes only below tmp paths."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LINDUNGI_LANG"] = "id"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.i18n import set_language  # noqa: E402
from desktop_app.services.context import Context  # noqa: E402
from desktop_app.services.office import OfficeService  # noqa: E402
from desktop_app.storage import driver  # noqa: E402
from desktop_app.storage.reference import RegionStore  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402
from tests import factories  # noqa: E402
from tests.keys import TEST_KEY  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """No test may touch the real user folders: data, logs and settings go to tmp."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("LINDUNGI_DATA_DIR", str(home))
    monkeypatch.delenv("LINDUNGI_DB", raising=False)
    set_language("id")
    yield
    set_language("id")


@pytest.fixture(autouse=True)
def _test_data_key():
    """Every office database a test opens with ``Store.open(path)`` is encrypted with
    ``TEST_KEY`` (the driver's fallback); keys remembered by one test are gone in the next."""
    driver.keys.forget()
    driver.keys.fallback = lambda path: TEST_KEY
    yield
    driver.keys.forget()
    driver.keys.fallback = None


@pytest.fixture(scope="session")
def regions() -> RegionStore:
    store = RegionStore()
    yield store
    store.close()


@pytest.fixture
def out_dir(tmp_path) -> Path:
    """An empty folder for files a test writes (the database lives beside it, not in it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "office.db"


@pytest.fixture
def store(db_path) -> Store:
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def ctx(store, regions) -> Context:
    """An office that is set up: profile, one operator, a default APBD scheme (id 1)."""
    context = factories.context(store, regions, "tester")
    offices = OfficeService(context)
    offices.save_office(factories.office())
    offices.add_operator("tester", "admin")
    offices.save_scheme(factories.scheme())
    return context
