"""requirements-windows.txt (what the Windows build installs) keeps up with pyproject.toml.

The wheel download itself needs the package index (``python tools/check_windows_wheels.py``);
this checks offline, with the tool's own functions, that every runtime and build dependency is
pinned inside pyproject's range, so adding a dependency without re-running the tool fails here.
"""

from __future__ import annotations

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tools import check_windows_wheels as wheels


def test_every_dependency_is_pinned_inside_pyprojects_range():
    pins = wheels.read_pins()
    assert wheels.pyproject_violations(pins) == []
    runtime, build = wheels.pyproject_requirements()
    assert {canonicalize_name(Requirement(r).name) for r in runtime + build} <= set(pins)


def test_a_dependency_missing_from_the_pins_is_reported():
    pins = wheels.read_pins()
    del pins["platformdirs"]
    pins["openpyxl"] = "3.2.0"                     # outside pyproject's openpyxl>=3.1.5,<3.2
    outside, missing = wheels.pyproject_violations(pins)
    assert outside.startswith("openpyxl==3.2.0 is outside pyproject's") and missing == "platformdirs: not pinned"
