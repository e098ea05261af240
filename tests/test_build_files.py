"""The build files: version from one source, the Qt file filter of the spec, the installer script compiles."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "installer"))
import bundle_rules  # noqa: E402
import make_release  # noqa: E402


def test_version_is_read_from_the_package_without_importing_it():
    assert make_release.read_version(ROOT) == __version__
    assert make_release.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert make_release.version_tuple("1.12.3rc2") == (1, 12, 3, 0)


def test_windows_version_resource_carries_the_version(tmp_path):
    path = make_release.write_version_info(tmp_path, "1.2.3")
    text = path.read_text(encoding="utf-8")
    call = ast.parse(text, mode="eval").body          # one VSVersionInfo(...) expression, as PyInstaller reads it
    assert call.func.id == "VSVersionInfo"
    assert "filevers=(1, 2, 3, 0)" in text and "prodvers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('OriginalFilename', 'Lindungi.exe')" in text
    assert "StringTable('042104B0'" in text and "VarStruct('Translation', [1057, 1200])" in text


def test_the_spec_reads_the_version_through_make_release_and_is_valid_python():
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    assert "read_version(ROOT)" in spec and "__version__ =" not in spec
    assert "console=False" in spec and 'str(ROOT / "resources"), "resources"' in spec


@pytest.mark.parametrize("dest, keep", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/platforms/qoffscreen.dll", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/plugins/imageformats/qico.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/translations/qtbase_en.qm", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt6Gui.dll", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt6Qml.dll", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", True),    # the local socket that brings an open window forward
    ("PySide6/opengl32sw.dll", False),
    ("resources/wilayah/wilayah.sqlite", True),
    ("reportlab/fonts/Vera.ttf", True),
])
def test_spec_keeps_only_the_qt_files_the_app_uses(dest, keep):
    assert bundle_rules.wanted(dest) is keep
    assert bundle_rules.wanted(dest.replace("/", "\\")) is keep     # Windows separators


def test_ci_runs_the_build_smoke_test_after_the_suite():
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert lines.index("python3 dev.py test") < lines.index("bash .ci/build-smoke")
    smoke = (ROOT / ".ci" / "build-smoke").read_text()
    assert "set -euo pipefail" in smoke and "--self-test" in smoke and "makensis" in smoke


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (makensis) is not installed")
def test_installer_script_compiles_against_a_payload(tmp_path):
    payload = tmp_path / "Lindungi"
    (payload / "_internal" / "resources").mkdir(parents=True)
    (payload / "Lindungi.exe").write_bytes(b"MZ placeholder")
    (payload / "_internal" / "resources" / "README.md").write_text("x")
    out = tmp_path / "Lindungi-test-setup.exe"     # a bare "setup.exe" draws NSIS warning 9000
    command = make_release.nsis_command("makensis", payload, __version__, out, fast=True)
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr   # -WX: a warning fails too
    assert out.read_bytes()[:2] == b"MZ" and out.stat().st_size > 50_000


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (makensis) is not installed")
def test_installer_script_refuses_to_build_without_a_version(tmp_path):
    result = subprocess.run(["makensis", "-V1", f"-DOUTFILE={tmp_path / 'x.exe'}", str(make_release.NSI)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0 and "Pass the version" in result.stdout + result.stderr
