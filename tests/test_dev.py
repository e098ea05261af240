"""dev.py, the README's two commands: the apt list it reads, the Qt platform it checks, the
libraries it finds missing, and what it says about skipped checks."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import dev


def qt_plugin(name: str) -> Path:
    import PySide6
    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / name


def test_the_apt_list_has_every_group_dev_py_and_ci_use():
    groups = {name: dev.apt_entries(name) for name in ("python", "qt", "tools", "build")}
    assert all(groups.values()), [name for name, entries in groups.items() if not entries]
    assert "python3-venv" in [package for package, _m, _w in groups["python"]]
    assert dev.apt_entries("no-such-group") == []


def test_each_test_program_names_its_command_and_what_it_is_for():
    tools = {package: (command, purpose) for package, command, purpose in dev.apt_entries("tools")}
    assert tools["libreoffice-calc-nogui"][0] == "soffice" and "second reader" in tools["libreoffice-calc-nogui"][1]
    assert tools["nsis"][0] == "makensis" and "installer" in tools["nsis"][1]


def test_qt_libraries_are_named_by_the_file_that_shows_them():
    markers = [marker for _p, marker, _w in dev.apt_entries("qt") if marker]
    assert "libxcb-cursor.so.0" in markers              # the one a plain desktop most often lacks
    assert all(re.fullmatch(r"lib[\w.+-]+\.so\.\d+", m) or m.startswith("/") for m in markers), markers


@pytest.mark.parametrize(("env", "platforms"), [
    ({"QT_QPA_PLATFORM": "offscreen"}, ["offscreen"]),
    ({"QT_QPA_PLATFORM": "xcb:display=:1", "WAYLAND_DISPLAY": "wayland-0"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
    ({"DISPLAY": ":0"}, ["xcb"]),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
    ({}, ["xcb"]),                                        # Qt's default; dev.py then says no display is set
])
def test_the_platform_checked_is_the_one_qt_will_try(env, platforms):
    assert dev.qt_platforms(env) == platforms


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd (glibc)")
def test_missing_libraries_are_found_through_the_loader(tmp_path):
    plugin = qt_plugin("libqoffscreen.so")
    assert dev.missing_libraries(plugin) == []          # set up by dev.py: nothing missing here
    lone = tmp_path / "platforms" / plugin.name         # away from Qt's lib folder its RUNPATH points to
    lone.parent.mkdir()
    shutil.copy(plugin, lone)
    missing = dev.missing_libraries(lone)
    assert "libQt6Gui.so.6" in missing and "libQt6Core.so.6" in missing
    assert all(name.endswith(tuple(f".so.{n}" for n in range(10))) for name in missing)


def test_qt_needs_nothing_for_the_offscreen_tests_here():
    assert dev.qt_needs(["offscreen"]) == {}


def test_skipped_checks_are_named_with_the_one_command_that_enables_them(capsys):
    dev.report_skipped(dev.apt_entries("tools"))
    out = capsys.readouterr().out
    assert "soffice (package libreoffice-calc-nogui): LibreOffice" in out and "makensis (package nsis)" in out
    command = [line for line in out.splitlines() if "enable them with:" in line]
    assert len(command) == 1 and command[0].endswith("apt-get install -y --no-install-recommends "
                                                     "libreoffice-calc-nogui nsis")
