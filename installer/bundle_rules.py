"""Which PySide6 files the bundle keeps: the Qt plugins, libraries and catalogues Lindungi uses.

``build_installer.spec`` filters PyInstaller's collected binaries and data through
``wanted(dest)`` (``dest`` is the path inside the bundle, e.g.
``PySide6/Qt/plugins/platforms/libqxcb.so`` or ``PySide6/plugins/platforms/qwindows.dll``).
Kept in a plain module, without PyInstaller, so the rules are unit-tested.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# Qt plugins kept, by folder: the platform plugins (windows on Windows, xcb on Linux, offscreen
# for the CI self-test), SVG icons, .ico/.jpeg images, printing, and what xcb needs.
QT_PLUGINS = {
    "platforms": {"qwindows", "qxcb", "qoffscreen"},
    "imageformats": {"qsvg", "qico", "qjpeg"},
    "iconengines": {"qsvgicon"},
    "styles": None,                     # None: every plugin of the folder
    "printsupport": None,
    "platforminputcontexts": None,
    "xcbglintegrations": None,
}
# Qt libraries of modules the app never imports, and (Windows) the software-OpenGL / ANGLE
# fallbacks: the widgets paint with Qt's raster engine, OpenGL is never used. (QtNetwork is kept:
# its local socket lets a second start bring the open window forward, ui/instance.py.)
QT_LIBRARIES_LEFT_OUT = re.compile(r"Qt6(Qml|Quick|Pdf|OpenGL|EglFs|Wayland|WlShell|Designer|Labs"
                                   r"|VirtualKeyboard|Multimedia|WebEngine)|^opengl32sw|^d3dcompiler|^libEGL"
                                   r"|^libGLESv2", re.IGNORECASE)


def wanted(dest: str) -> bool:
    """False for the parts of PySide6 the app does not use (plugins, libraries, Qt's own .qm)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if path.parts[0] != "PySide6":
        return True
    if "translations" in path.parts:
        return False                    # Qt ships no Indonesian catalogue; English needs none
    if "plugins" in path.parts:
        folder = path.parts[path.parts.index("plugins") + 1]
        if folder not in QT_PLUGINS:
            return False
        stem = path.name.split(".")[0].removeprefix("lib")
        return QT_PLUGINS[folder] is None or stem in QT_PLUGINS[folder]
    return not QT_LIBRARIES_LEFT_OUT.search(path.name)
