"""A non-editable install finds resources/, and the package list in pyproject is complete."""

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desktop_app").rglob("__init__.py")}
    assert found | {"desktop_app.resources"} == listed


def test_version_has_one_source():
    from desktop_app import __version__
    assert "version" in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dynamic"]
    assert __version__.count(".") == 2


@pytest.mark.slow
def test_wheel_install_finds_resources(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("lindungi-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("desktop_app/resources/wilayah/wilayah.sqlite", "desktop_app/resources/wilayah/LICENSE",
                   "desktop_app/resources/rates/iuran_bpu.csv", "desktop_app/resources/translations/lindungi_en.qm"):
        assert needed in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    probe = ("import desktop_app.paths as p, desktop_app.storage.reference as r;"
             "print(p.resources_dir()); print(r.RegionStore().get('64.09').name)")
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=True).stdout.splitlines()
    assert out[0].startswith(str(target)) and out[1] == "Kabupaten Penajam Paser Utara"
